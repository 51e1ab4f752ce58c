"""The shop's priced add-on, taken with the details or a yes.

"Matja jashtë Gjakovës 25€. Emri dhe numri?" - "Agron Sadiku 044 …"; "E mbështjellim me najlon
flluska, 8 CHF. Total 123 CHF." - "ok. Pranuesi: …"; "Calibration after the windscreen, 80 €." -
"fine, tomorrow at 9?": the shop states a product or service the order lacks with its price, as
a part of what the customer gets (not a question, options, advice, a condition or a decline),
and the customer's next message gives the delivery details or opens with a yes, without turning
anything down. That product is a line of the order: the customer went on with the shop's sum.

``take_priced_offer`` (session 21) reads the shop's question "Ta shtojmë?" answered with a yes
and refuses a question for the details on purpose; this reader takes the statement of a price
that the customer answers by going on. See docs/parser.md, "Session 23: missing item lines".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plugins.parser_rules.catalog_match import (
    ProductEntry,
    headed_by,
    non_product_words,
    token_keys,
)
from plugins.parser_rules.included import said_free, says_free
from plugins.parser_rules.item_state import MAX_QTY
from plugins.parser_rules.lexicon import lexicon, word_set
from plugins.parser_rules.mentions import Mention
from plugins.parser_rules.merchant_lines import (
    _CURRENCY,
    _DETAIL_ASKS,
    _FREE,
    _TOTAL,
    _amount,
    _counted_unit,
    _kind,
    _takes_that,
    advised_variant,
    states,
)
from plugins.parser_rules.numbers import number_value
from plugins.parser_rules.segments import Sentence

if TYPE_CHECKING:
    from plugins.parser_rules.items import ItemReader

_NEGATIONS = word_set("negations")
_WITHOUT = word_set("without")
_WITH = word_set("with_words")
_HOUR_BEFORE = word_set("hour_before")
# "× 2", "x2": the shop's count right after the line's price or name
_TIMES = frozenset(["x", "×", "*"])


def _counted(sent: Sentence, lo: int, hi: int) -> int:
    """The shop's count of the line in toks[lo:hi] of its sentence: "2 ambalazhe × 400" (a number
    right before the name) or "… 15€ x3" ("x" then a number), else 1."""
    toks = sent.toks
    if lo > 0 and not sent.raw[toks[lo - 1].end : toks[lo].start].strip():
        # right before the name, nothing between ("Saraj zona 3, dalja …" counts no call-out)
        v = number_value(toks[lo - 1].text)
        if (
            v is not None
            and 1 < v <= MAX_QTY
            and v == int(v)
            and toks[lo - 1].text not in lexicon().weak_numbers
            and not (lo > 1 and toks[lo - 2].text in _WITH)  # "seti me 5 rrota": what it holds
        ):
            return int(v)
    for k in range(lo + 1, hi - 1):
        # after the price: "15€ x3", not "sensorë × 25 = 50€" (the price after "×")
        if toks[k].text in _TIMES and (
            toks[k - 1].text in _CURRENCY or _amount(toks[k - 1].text) is not None
        ):
            v = number_value(toks[k + 1].text)
            if v is not None and 1 < v <= MAX_QTY and v == int(v):
                return int(v)
    return 1


def _goes_on(sents: list[Sentence], gives: bool, names: bool) -> bool:
    """The customer's message goes on with the shop's sum: it gives the details or opens with a
    yes, and turns nothing down (no negation, hesitation or cancellation in it) nor points at
    one thing the shop said ("that one"). A message that
    names goods of its own chooses among what the shop said ("e marrim me 3 … 4 orë" after the
    prices of 3 and 5 players, "po edhe tv, me 100" after a list of packages)."""
    if not (gives or (sents and sents[0].toks)):
        return False  # (a message of details alone is blanked: no words left)
    for s in sents:
        if s.has("hesitate") or s.has("cancel") or s.has("remove") or s.has("only"):
            return False  # ("ok, atëherë vetëm një zile": only what it names)
        if _takes_that(s):
            return False  # "ok e dua atë", "I'll take that one": one of what the shop said
        if any(t.text in _NEGATIONS for t in s.toks):
            return False
    if gives and not names:
        return True
    first = sents[0]
    if names:
        return _yes_apart(first)
    # a yes within the first words ("ajde ok", "ufff shtrejt po mirë"): an interjection or a
    # sigh about the price before it
    return any(a <= 2 for a, _b in first.spans("agree")) and not first.question


def take_closing_addons(reader: ItemReader, last: int, author: str, details_before: bool) -> None:
    """ "Montimi jashtë Gjakovës 100€. Gjithsej 650€. Faleminderit!" and the conversation ends:
    the shop's last message, right after the customer gave the details, sums the order with a
    fee the order lacks; the customer has gone on with that sum already (the details), so the
    fee is read as ``take_priced_addons`` reads it after a message of details. Only when the
    last message sums ("Gjithsej", "Total", "=")."""
    if author != "merchant" or not details_before or not reader.offered:
        return
    if reader.offered[0].message != last:
        return
    if not any("=" in ms.raw or not _TOTAL.isdisjoint(ms.texts) for ms in reader.offered):
        return
    take_priced_addons(reader, last + 1, [], True)


def _turns_down(s: Sentence) -> bool:
    """The customer's sentence turns goods down ("karaoken leje", "jo, pa kornizë", "hiqe")."""
    return (
        s.has("remove")
        or s.has("cancel")
        or s.has("hesitate")
        or any(t.text in _NEGATIONS or t.text in _WITHOUT for t in s.toks)
    )


def _yes_apart(first: Sentence) -> bool:
    """The message's first segment is a yes and nothing else ("shumë mirë. edhe një kabinë",
    "ok, and a stand too"): the yes takes the shop's sum, the goods after it are added to it
    (not "ok e dua setin", which says what the yes is for)."""
    if first.question:
        return False
    end = min((b for b in first.breaks if b > 0), default=len(first.toks))
    agreed = {k for a, b in first.spans("agree") for k in range(a, b)}
    return 0 < end <= 4 and all(k in agreed for k in range(end))


def take_priced_addons(
    reader: ItemReader, message: int, sents: list[Sentence], gives: bool
) -> None:
    """Add the products the shop's last message states with a price, the order lacks and the
    customer's next message goes on from (``_goes_on``). A product is taken when its mention
    holds a word of its name or of an alias in the shop's own words (not a cross-language group:
    "ulje" is no oil; not a city, nor the hour after "ora"), a price follows it before the next
    product's mention (``_price_at``), the message names a currency, the customer never turned
    it down nor said its word in this message, it is not of the kind of a line of the order (an
    alternative to what was chosen) nor one of several of one kind in the sentence (a price
    list), and it does not describe a line named before it (``_describes``)."""
    offered = reader.offered
    if not offered or offered[0].message != message - 1:
        return
    # the message names a currency ("2 ambalazhe × 400 = 800. Gjithsej 7100 lekë.")
    if not any(t.text in _CURRENCY for ms in offered for t in ms.toks):
        return
    named = {p for s, ps in reader.history if s.message == message for p in ps}
    # (a word that fits several products names goods as much: "4 short flights")
    named |= {
        p
        for (s, _ps), tied in zip(reader.history, reader.history_tied, strict=False)
        if s.message == message
        for t in tied
        for p in t
    }
    if not _goes_on(sents, gives, bool(named)):
        return
    if (
        sents
        and any(a == 0 for a, _b in sents[0].spans("agree"))
        and any(ms.question and not _DETAIL_ASKS.isdisjoint(ms.texts) for ms in offered)
    ):
        return  # "… Shporta 15 €. Ku ta dërgojmë?" - "po, në Ferizaj": the yes answers where
    state = reader.state
    index = state.index
    said = {p for s, ps in reader.history if _turns_down(s) for p in ps}
    # the rivals of a line the customer's words chose ("rocchetti di PLA" read as the printed
    # figure, not the spool): the shop's word for that line is not another product
    said |= {
        p for _s, ps in reader.history if any(state.find(q) is not None for q in ps) for p in ps
    }
    kinds = {_kind_of(reader, it.product) for it in state.items}
    # the customer's own words in this message: a word of the shop's add-on said in it was read
    # as something else ("15 min + video", a variant of the line) and is not the add-on
    own = {k for s in sents for k in token_keys(s.toks) if k}
    for ms in offered:
        if not states(ms):
            continue
        if any(t.text in _FREE for t in ms.toks):
            continue
        mentions = reader._proposals(ms)
        free = said_free(ms, mentions) if says_free(ms) else []
        if named & {m.product for m in mentions}:
            continue  # the customer's message picks among what this sentence lists
        new = [m for m in mentions if state.find(m.product) is None]
        listed = [_kind_of(reader, p) for p in {m.product for m in new}]
        for m in mentions:
            p = m.product
            if listed.count(_kind_of(reader, p)) > 1:
                continue  # "50 Mbps 15€, 100 Mbps 19€, 300 Mbps 25€": a price list to choose from
            if ms.toks[m.start].text in _HOUR_BEFORE:
                continue  # "E enjte ora 11.": the hour, not "Stërvitje 1 orë"
            if all(ms.toks[k].text in non_product_words() for k in range(m.start, m.end)):
                continue  # "Korçë–Selanik" names the route, not "Magnet Korça"
            if m.end - m.start == 1 and _counted_unit(ms, m.start):
                continue  # "Për 5 paketa … 49500 lek": the unit the order is counted in
            if _describes(ms, m, mentions, reader, kinds):
                continue
            if own.intersection(m.keys):
                continue  # "only mine with video": the customer's words, read otherwise
            if m in free or p in said or state.find(p) is not None:
                continue
            if m.start and ms.toks[m.start - 1].text in _WITHOUT:
                continue  # "Gjithsej pa kabllo: 970€", "total without the cable"
            entry = index.products[p]
            if not any(key[:1] != "~" and _own_key(entry, key) for key in m.keys):
                continue
            if _kind_of(reader, p) in kinds:
                continue
            later = [x.start for x in mentions if x.start > m.start and x.product != p]
            hi = min(later) if later else len(ms.toks)
            if not any(_price_at(ms, k) for k in range(m.end, hi)):
                continue  # no price of its own ("dreka në 12:00" states an hour)
            hit = advised_variant(ms, entry.specs, m.start, hi)
            line = reader._named_line(ms, m, (_counted(ms, m.start, hi), 0), hit, False)
            state.items.append(line)


def _describes(
    ms: Sentence, m: Mention, mentions: list[Mention], reader: ItemReader, kinds: set[str]
) -> bool:
    """The mention follows a product of the order (or of the kind of one: the shop's word for
    it may fit a sibling) in the shop's sentence with no price between: it describes that
    product ("Großer Strauß mit 41 Rosen, 70€", "the large bouquet (41 red roses) is 70€",
    "klasični muški sat, metalna narukvica, 85€"), it is no line of its own."""
    for x in mentions:
        if x.start >= m.start:
            continue
        if reader.state.find(x.product) is None and _kind_of(reader, x.product) not in kinds:
            continue
        if not any(_price_at(ms, k) for k in range(x.end, m.start)):
            return True
    return False


def _clock(ms: Sentence, k: int) -> bool:
    """toks[k] is an hour or its minutes ("deri në 11:00"), or a part of a date ("21/6")."""
    toks, raw = ms.toks, ms.raw
    before = raw[toks[k - 1].end : toks[k].start] if k else ""
    after = raw[toks[k].end : toks[k + 1].start] if k + 1 < len(toks) else ""
    return (before in (":", "/") and toks[k - 1].text.isdigit()) or (
        after in (":", "/") and toks[k + 1].text.isdigit()
    )


def _price_at(ms: Sentence, k: int) -> bool:
    """toks[k] is a price: an amount before a currency ("70€", "1.500 den") or closing its part
    of the sentence ("Kuzhina 7200, tavolina 500"); not a count before the goods ("41 Rosen"),
    a date ("14/6") or an hour."""
    toks = ms.toks
    if _amount(toks[k].text) is None or _clock(ms, k):
        return False
    if k + 1 == len(toks):
        return True
    between = ms.raw[toks[k].end : toks[k + 1].start].strip()
    return toks[k + 1].text in _CURRENCY or (between != "" and between[0] in ",;+=.")


def _own_key(entry: ProductEntry, key: str) -> bool:
    """``key`` is a word of the product's name or of an alias (not a group's key)."""
    return headed_by(entry, key) or any(key in ph for ph in entry.phrases)


def _kind_of(reader: ItemReader, product: int) -> str:
    return _kind(reader.state.index, product)
