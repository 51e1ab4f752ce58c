"""The count of a line priced per thing it serves ("Montimi 400 den për dritare" and the
customer's "për 3 dritare": three fittings).

A line whose count the customer left unsaid, priced by the merchant "<amount> [currency] për /
per / pro / for each / je <noun>" in the message that names it, has the count the customer gave
for that noun ("3 dritare", "two windows", "10 panele"), when the customer gave exactly one such
count of two or more. The noun is no piece word or currency; a unit of a metre, kilo or litre
("12 € për metër") takes the customer's count of that unit ("5 metra"). A service line the
customer names with "për 10 panele" right after it ("montim për 10 panele", "installation for
4 doors") counts the same way, service words being in ``words.json`` (``service_words``).

A shop that prices by the day ("38€ dita", "€6/day", "5€ secila në ditë": an amount, then a
day word of ``words.json`` ``day_words``) counts its lines in piece-days: a line whose name the
merchant follows with a number of days ("Golf automatik 10 ditë + karrige 10 ditë", "extra
driver 4 days", "2 makina x 3 ditë") counts its pieces times those days.

A line whose variant is a can or pack of a volume or weight ("4 L", "500 g") counts the cans a
larger amount of the same unit the customer said after its name fills ("vaj 10w40, 8 litra
gjithsej" of the "4 L" can: 2), when the amount is a whole number of cans and no size of the
product's own, and the line's count is unsaid or is that amount's number ("8 litra" read as 8).

A line of a product the catalog sells by the square metre or by the metre ("Pllakë granit
(m²)", "Pragje (metër linear)") counts the amount in that unit the merchant last stated after
the line was named ("3 × 0,65 = 1,95 m², llogarisim 2 m²": 2; "4 × 1,50 = 6 metër linear":
6), the one whole amount of a sentence that is no question and names no other product ("5 m …
ose 4 m" are options), when the line is the order's only one sold in that unit or the sentence
names its product (a word of the line's own variant names no other product). So does a line
of one piece of a product sold per day, week or month ("Karrige me qira (javë)": "Ok, 3 javë e
lehtë alumini" is 3; not "(3 ditë)", a fixed term). An amount the customer says after it ("ok
5 metra atehere" after the shop's "zakonisht 4 metra") stands. A product whose name says no
unit counts so too when the merchant prices it by the square metre in the chat ("Laminat AC4
8mm 520 den/m²"); of two different amounts in one sentence with no "or", the last is taken when
it is the largest ("4x5 = 20 m², me humbje merrni 22 m²": the reckoning, then what to buy).

A line of a product whose name says the container it comes in ("Podlogë (rrotull)", "Kollë
(thes 25 kg)"; not "Arkë 6 shishe", which holds six) and whose count the customer left unsaid
counts the merchant's "N <that container>" in a statement naming it and no other product
("Podloga vjen në rrotulla 15 m², ju duhen 2 rrotulla").

A product whose name sets off one unit with a dash or a bracket ("Salla sportive – 1 orë",
"Sauna (1 orë)") is sold per that unit too; a line of one piece of a product sold per hour
counts the whole hours of the one clock span the merchant says with its name ("fusha e vogël
15–17", "E diel 18–20 fusha 7+1", "prej 9 deri 11"): a slot booked by the hour.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from core.types import ExtractedItem
from plugins.parser_rules.catalog_match import CatalogIndex
from plugins.parser_rules.item_state import MAX_QTY, Item, ItemState
from plugins.parser_rules.lexicon import intent_spans, lexicon, word_set
from plugins.parser_rules.mentions import Mention, find_mentions
from plugins.parser_rules.normalize import Token, fold, stem, tokenize
from plugins.parser_rules.numbers import clock_at, find_measures, number_value, unit_of
from plugins.parser_rules.quantities import (
    area_amounts,
    area_unit_at,
    glued,
    sold_by_area,
    sold_by_length,
    sold_by_unit,
)
from plugins.parser_rules.segments import Sentence
from plugins.parser_rules.variants import FOR_ANY, match_variant, word_key

_PER = word_set("per_words")
_CURRENCY = word_set("currency")
_SERVICE = word_set("service_words")
# "installation for 4 doors", "Montage für 3 Fenster": after a service, "for" says what it serves
_SERVES = _PER | FOR_ANY
_DAYS = word_set("day_words")
_OR = word_set("or_words")
_CONTAINERS = word_set("containers")
# the periods a product may be sold per ("Karrige me qira (javë)", "Autobus (në ditë)")
_PERIODS = {"day": _DAYS, "week": word_set("week_words"), "month": word_set("month_words")}
# "5€ secila në ditë", "€5 a day": the words between a price and its day word
_DAY_LINKS = _PER | word_set("pack_per") | word_set("each_one")
DAYS_AFTER = 6  # tokens read after a name for its days ("karrige 1-4 vjeç 10 ditë")
MAX_DAYS = 90
MAX_SENTENCES = 200  # sentences read (the last ones) on each side
MAX_TOKENS = 200  # tokens read in one sentence


def _noun(tok: Token, units: bool = False) -> str | None:
    t = tok.text
    if units and (u := unit_of(t)) is not None and u[1] >= 100:
        return f"={u[0]}:{u[1]:g}"  # "12 € për metër": priced by the metre, kilo or litre
    if not t.isalpha() or len(t) < 3 or t in _CURRENCY or unit_of(t) is not None:
        return None
    if lexicon().concept(t) == "piece" or number_value(t) is not None:
        return None
    return word_key(t)


def _priced_per(sent: Sentence) -> list[tuple[int, str]]:
    """ "400 den per dritare", "Montimi 400 per dritare": (token index of "per", noun key)."""
    toks = sent.toks[:MAX_TOKENS]
    out: list[tuple[int, str]] = []
    for k in range(1, len(toks) - 1):
        if toks[k].text not in _PER:
            continue
        j = k - 1
        if toks[j].text in _CURRENCY and j > 0:
            j -= 1
        v = number_value(toks[j].text)
        if v is None or v < 10 or not toks[j].text[:1].isdigit():
            continue  # an amount, not "per 2"
        noun = _noun(toks[k + 1], units=True)
        if noun is not None:
            out.append((k, noun))
    return out


def _lines_by_product(state: ItemState) -> dict[int, list[Item]]:
    """The order's lines by product, in the order's order."""
    lines: dict[int, list[Item]] = {}
    for it in state.items:
        lines.setdefault(it.product, []).append(it)
    return lines


def _counts_of(sents: Sequence[Sentence], noun: str) -> set[int]:
    """The counts the customer said of ``noun`` ("3 dritare", "dy dritare")."""
    found: set[int] = set()
    for sent in sents[-MAX_SENTENCES:]:
        toks = sent.toks[:MAX_TOKENS]
        for k in range(len(toks) - 1):
            v = number_value(toks[k].text)
            if v is None or not 2 <= v <= MAX_QTY or v != int(v) or glued(sent, k):
                continue  # not "1 m", the size of the pieces
            nxt = toks[k + 1].text
            if noun[:1] == "=":
                u = unit_of(nxt)
                if u is not None and f"={u[0]}:{u[1]:g}" == noun:
                    found.add(int(v))
            elif nxt.isalpha() and word_key(nxt) == noun:
                found.add(int(v))
    return found


@lru_cache(maxsize=4096)
def name_priced_per(name: str) -> tuple[frozenset[str], bool]:
    """The keys of the goods a catalog name says its product is priced per, and whether it says
    so opening a parenthesis: "për / per / pro / each" and at most four words closing the name,
    its parenthesis or a comma part ("Përkthim standard (për faqe)" → faqe; "Montim (për copë
    dritare/derë)" → dritare, derë, piece words skipped; "Tapet për makinë" → makinë, outside
    parentheses, unless the name says it in parentheses too: "Strukturë për panel (për panel)").
    None for a time unit (``name_unit``), people (``per_person_counts``) or a measure ("Larje
    tepihu për m2": the measure rules)."""
    text = fold(name)
    toks = tokenize(text)
    found: frozenset[str] = frozenset()  # the first outside parentheses, if none inside
    for k in range(1, len(toks) - 1):
        if toks[k].text not in _PER:
            continue
        words: list[Token] = []
        for j in range(k + 1, len(toks)):
            words.append(toks[j])
            if j + 1 == len(toks) or any(c in text[toks[j].end : toks[j + 1].start] for c in "(),"):
                break
        if len(words) > 4:
            continue
        nouns: set[str] = set()
        for w in words:
            if w.text in _ANY_UNIT or w.text in _PER_PERSON or _people(w.text):
                break
            if lexicon().concept(w.text) == "piece":
                continue
            noun = _noun(w)
            if noun is None:
                break
            nouns.add(noun)
        else:
            if nouns:
                opened = "(" in text[toks[k - 1].end : toks[k].start]
                if opened:
                    return frozenset(nouns), True
                found = found or frozenset(nouns)
    return found, False


def name_per_noun(name: str) -> str | None:
    """The key of the one noun a catalog name says its product is priced per
    (``name_priced_per``), for a count the customer says of it ("tre faqe")."""
    nouns, _opened = name_priced_per(name)
    return next(iter(nouns)) if len(nouns) == 1 else None


def per_unit_counts(
    state: ItemState,
    merchant: Mapping[int, Sequence[Sentence]],
    customer: Sequence[Sentence],
) -> None:
    """Set the count of each open line priced per a thing the customer counted."""
    open_lines = {
        it.product: it
        for it in state.items
        if not it.qty_explicit and it.quantity == 1 and not it.tentative
    }
    if not open_lines:
        return
    index = state.index
    wanted: dict[int, str] = {}  # product -> the noun it is priced per
    for msg in sorted(merchant)[-MAX_SENTENCES:]:
        sents = merchant[msg]
        named: list[tuple[int, int, int]] = []  # (sentence, token, product)
        for s, sent in enumerate(sents):
            for m in find_mentions(index, sent.toks[:MAX_TOKENS], sent.breaks):
                if not m.ambiguous:
                    named.append((s, m.start, m.product))
        for s, sent in enumerate(sents):
            for k, noun in _priced_per(sent):
                before = [p for s0, k0, p in named if (s0, k0) < (s, k)]
                if before and before[-1] in open_lines:
                    wanted[before[-1]] = noun
    # "montim per 10 panele": a service named with what it serves
    for sent in customer[-MAX_SENTENCES:]:
        toks = sent.toks[:MAX_TOKENS]
        for m in find_mentions(index, toks, sent.breaks):
            if m.ambiguous or m.product not in open_lines or m.product in wanted:
                continue
            if not any(toks[k].text in _SERVICE for k in range(m.start, m.end)):
                continue
            for k in range(m.start + 1, min(m.end + 1, len(toks) - 2)):
                if toks[k].text not in _SERVES:
                    continue
                v = number_value(toks[k + 1].text)
                served = _noun(toks[k + 2])
                if v is not None and 2 <= v <= MAX_QTY and served is not None:
                    wanted[m.product] = served
                break
    for product in open_lines:
        # "Përkthim standard (për faqe)", "Apostille (për dokument)": the catalog's own name says
        # what the product is priced per, so the customer's "tre faqe" counts it even when the
        # merchant writes the price as "750 den/faqe"
        per = name_per_noun(index.products[product].name)
        if per is not None and product not in wanted:
            wanted[product] = per
    for product, noun in wanted.items():
        counts = _counts_of(customer, noun)
        if len(counts) == 1:
            it = open_lines[product]
            it.quantity = next(iter(counts))
            it.qty_explicit = True


def variant_per_noun_counts(state: ItemState, merchant: Mapping[int, Sequence[Sentence]]) -> None:
    """ "6 faqe italisht + 1 faqe anglisht" for two lines of "Përkthim dokumenti (për faqe)",
    one Italian, one English: the shop's statement (no question) of a count of the noun a
    product is priced per (``name_per_noun``), followed in its segment by the words of one of
    that product's variants, counts the line of that variant, when the product has two or more
    lines, each in its own variant, all named before that statement. The latest statement wins.
    ``per_unit_counts`` reads one line per product; this reads the shop's split."""
    index = state.index
    split: dict[int, dict[int, Item]] = {}  # product -> variant -> its line
    for product, its in _lines_by_product(state).items():
        variants = {it.variant for it in its}
        if len(its) < 2 or None in variants or len(variants) != len(its):
            continue
        if any(it.tentative for it in its) or name_per_noun(index.products[product].name) is None:
            continue
        split[product] = {it.variant: it for it in its if it.variant is not None}
    if not split:
        return
    counts: dict[tuple[int, int], int] = {}
    for msg in sorted(merchant)[-MAX_SENTENCES:]:
        for sent in merchant[msg]:
            if sent.question:
                continue
            toks = sent.toks[:MAX_TOKENS]
            for product, lines in split.items():
                if any(it.message > msg for it in lines.values()):
                    continue
                noun = name_per_noun(index.products[product].name)
                specs = index.products[product].specs
                for k in range(len(toks) - 2):
                    v = number_value(toks[k].text)
                    if v is None or v != int(v) or not 1 <= v <= MAX_QTY or glued(sent, k):
                        continue
                    if not toks[k + 1].text.isalpha() or word_key(toks[k + 1].text) != noun:
                        continue
                    hi = sent.segment_bounds(k)[1]
                    hit = match_variant(specs, toks, k + 2, hi)
                    if hit is not None and hit.index in lines:
                        counts[(product, hit.index)] = int(v)
    for (product, variant), n in counts.items():
        it = split[product][variant]
        it.quantity, it.qty_explicit = n, True


def _per_day_price(toks: Sequence[Token], k: int) -> bool:
    """``toks[k]`` is a day word after an amount: "38 € dita", "€ 6 day", "5 € secila ne dite"."""
    j = k - 1
    while j >= 0 and k - j <= 3 and toks[j].text in _DAY_LINKS:
        j -= 1
    if j < 0:
        return False
    if toks[j].text in _CURRENCY:
        return True
    # "€6/day", but not "5€ 2 ditë" (a price, then a number of days)
    return (
        j >= 1
        and number_value(toks[j].text) is not None
        and toks[j - 1].text in _CURRENCY
        and (j < 2 or number_value(toks[j - 2].text) is None)
    )


def _days_after(
    toks: Sequence[Token],
    k: int,
    stop: int,
    words: frozenset[str] = _DAYS,
    reach: int = DAYS_AFTER,
) -> int | None:
    """The number of days (units of ``words``) said between token ``k`` (after a name's first
    word: a name's mention can end past a number, "sigurim i plotë 7 | ditë") and ``stop``,
    within ``reach`` tokens of ``k``."""
    for j in range(k, min(stop, k + reach, len(toks) - 1)):
        if toks[j + 1].text not in words or _per_day_price(toks, j + 1):
            continue
        v = number_value(toks[j].text)
        if v is not None and v == int(v) and 1 <= v <= MAX_DAYS:
            return int(v)
    return None


def _units_result(sent: Sentence, toks: Sequence[Token], words: frozenset[str]) -> int | None:
    """The units after the last "=" of a sentence ("… = 6 javë"), when they are of ``words``."""
    out = None
    for j in range(1, len(toks) - 1):
        if toks[j + 1].text not in words or "=" not in sent.raw[toks[j - 1].end : toks[j].start]:
            continue
        v = number_value(toks[j].text)
        if v is not None and v == int(v) and 1 <= v <= MAX_QTY:
            out = int(v)
    return out


_UNIT_WORDS: dict[str, frozenset[str]] = {
    **_PERIODS,  # "Depo magazinimi (në muaj)", "Abonim (për muaj)"
    "night": word_set("night_words"),
    "hour": word_set("hour_words"),
}
_ANY_UNIT = frozenset().union(*_UNIT_WORDS.values())
# an adjective of a period -> a unit word of that period ("mujor" -> "muaj")
_PERIOD_ADJECTIVES = {
    adj: sorted(_PERIODS[period])[0]
    for period, cls in (("month", "monthly"), ("week", "weekly"), ("day", "daily"))
    for adj in word_set(f"{cls}_adjectives")
}
# "Kamarier për orë", "Vend ankorimi në mol (për natë)", "Qira autobusi (në ditë)"
_NAME_PER = word_set("pack_per")
_PART_OPENERS = "(–—-"  # what sets a part of a name off ("… – 1 orë", "… (1 orë)")


def _unit_of_word(word: str) -> str | None:
    for unit, words in _UNIT_WORDS.items():
        if word in words:
            return unit
    return None


@lru_cache(maxsize=4096)
def name_unit(name: str, units: frozenset[str] = _ANY_UNIT) -> str | None:
    """The unit a catalog name says its product is sold per: a unit word (``units``) after
    "për / per / në / pro" or alone in parentheses, closing the name or its parenthesis
    ("Kamarier për orë", "Karrige me qira (javë)", "Set ski, për ditë"); not a unit after a
    number ("Xhubleta (3 ditë)" is a span sold whole) nor one inside the name ("Rrip për orë
    smart" is a strap for a watch)."""
    text = fold(name)
    toks = tokenize(text)
    for k, t in enumerate(toks):
        # "Kontabilitet mujor – shpk", "Abonim mujor", "Qira ditore": an adjective of a
        # period after the name's first word says it is sold per that period
        period = _PERIOD_ADJECTIVES.get(t.text) if k else None
        if period is not None and period in units:
            return period
        if t.text not in units or k == 0:
            continue
        before = text[toks[k - 1].end : t.start]
        after = text[t.end : toks[k + 1].start] if k + 1 < len(toks) else ")"
        opened = "(" in before and number_value(toks[k - 1].text) is None
        # "Strehim qeni për natë (i vogël …)": the unit may close the name before its notes
        if (opened or toks[k - 1].text in _NAME_PER) and any(c in after for c in "),("):
            if k >= 2 and number_value(toks[k - 2].text) is not None and not opened:
                continue  # "për 2 orë"
            return t.text
        # "Salla sportive – 1 orë", "Fusha 5+1 – 1 orë (ditë / mbrëmje)", "Sauna (1 orë)":
        # one unit closing a part of the name set off by a dash or a parenthesis
        lead = text[toks[k - 2].end : toks[k - 1].start] if k >= 2 else ""
        if (
            number_value(toks[k - 1].text) == 1
            and any(c in lead for c in _PART_OPENERS)
            and (k + 1 == len(toks) or any(c in after for c in ")(,"))
        ):
            return t.text
    return None


def _units_before(toks: Sequence[Token], k: int, words: frozenset[str]) -> int | None:
    """ "3 javë karrige standarde", "3 notti ormeggio": the units said right before a name."""
    if k < 2 or toks[k - 1].text not in words or _per_day_price(toks, k - 1):
        return None
    v = number_value(toks[k - 2].text)
    if v is not None and v == int(v) and 1 <= v <= MAX_DAYS:
        return int(v)
    return None


_HOURS = _UNIT_WORDS["hour"]
_RANGE_TO = word_set("range_to")  # "prej 9 deri 11", "from 9 to 11"
_DASHES = ("-", "–", "—")


def _hour_of(toks: Sequence[Token], raw: str, k: int) -> tuple[int, int] | None:
    """The hour a clock time at ``toks[k]`` says ("15", "15:00") and the index past it."""
    clock = clock_at(toks, raw, k)
    if clock is None or clock[1]:
        return None  # "18:30": not a whole hour
    return clock[0], clock[2]


def clock_span(sent: Sentence, lo: int, hi: int) -> tuple[int, int] | None:
    """The hours that start and end the one clock span said between tokens ``lo`` and ``hi``:
    "15–17", "20:00-22:00", "prej 9 deri 11" (a slot booked by the hour); not a span of a
    duration ("2-3 orë") nor one of more than twelve hours."""
    toks, raw = sent.toks, sent.raw
    spans = []
    for k in range(max(0, lo), min(hi, len(toks))):
        start = _hour_of(toks, raw, k)
        if start is None or start[1] >= len(toks):
            continue
        j = start[1]
        if toks[j].text in _RANGE_TO:
            j += 1
        elif raw[toks[j - 1].end : toks[j].start].strip() not in _DASHES:
            continue
        end = _hour_of(toks, raw, j) if j < min(hi, len(toks)) else None
        if end is None or (end[1] < len(toks) and toks[end[1]].text in _HOURS):
            continue
        if 1 <= end[0] - start[0] <= 12:
            spans.append((start[0], end[0]))
    return spans[0] if len(spans) == 1 else None


def _joined(sent: Sentence, toks: Sequence[Token], end: int, stop: int) -> bool:
    """The words from a name's end (token ``end``) to the next name (``stop``) join the two as
    one list ("3 inç + gjenerator", "160 kg dhe zhaba"): no comma or stop between them and no
    unit of time or price."""
    a, b = toks[min(end, stop) - 1].end, toks[stop].start
    return not any(c in sent.raw[a:b] for c in ",.;:") and not any(
        t.text in _ANY_UNIT or t.text in _CURRENCY for t in toks[end:stop]
    )


def _terms(index: CatalogIndex, product: int, words: frozenset[str]) -> frozenset[int]:
    """The units a product's variants name ("Anëtarësim (në muaj)" sold in "6 muaj" and "12
    muaj"): the term of a contract, said with the name, is no number of units bought."""
    specs = index.products[product].specs
    return frozenset(n for sp in specs for n in _periods(words, tokenize(sp.text))) | frozenset(
        n for sp in specs for n in _period_range(words, sp.text)
    )


def _period_range(forms: frozenset[str], text: str) -> range:
    """The whole numbers of a range of a period a variant names ("6-18 muaj", "0–3 Monate",
    "2-4 weeks"): an age or a term said inside it ("e kam 14 muaj") picks the variant and
    counts no units."""
    low = fold(text)
    toks = tokenize(low)
    for k in range(len(toks) - 2):
        if (
            toks[k + 2].text not in forms
            or low[toks[k].end : toks[k + 1].start].strip() not in _DASHES
        ):
            continue
        lo, hi = number_value(toks[k].text), number_value(toks[k + 1].text)
        if (
            lo is not None
            and hi is not None
            and lo == int(lo)
            and hi == int(hi)
            and 0 <= lo < hi <= MAX_QTY
        ):
            return range(int(lo), int(hi) + 1)
    return range(0)


def _customer_units(
    state: ItemState,
    declared: Mapping[int, frozenset[str]],
    customer: Sequence[Sentence],
    merchant: Mapping[int, Sequence[Sentence]] | None,
) -> dict[int, int]:
    """The units the customer last says right after the name of a product sold per a unit
    ("2 karrige me qira 3 javë", "kayak for 4 hours"; with ``merchant``, of a shop that prices
    by the day, also the days after the name of a product it prices so: "Biçikleta 25€ në ditë"
    … "2 biçikleta për 3 ditë"): product -> units, each product's own ("Kajak 3 orë, jelek 2
    orë": 3 and 2)."""
    index = state.index
    out: dict[int, int] = {}
    daily = _priced_per_unit(index, merchant, _DAYS) if merchant is not None else set()
    for sent in customer[-MAX_SENTENCES:]:
        toks = sent.toks[:MAX_TOKENS]
        if not any(t.text in _ANY_UNIT for t in toks):
            continue
        found = [m for m in find_mentions(index, toks, sent.breaks) if not m.ambiguous]
        for n, m in enumerate(found):
            words = declared.get(m.product, _DAYS if m.product in daily else None)
            if words is None or toks[m.start].text in words:
                continue
            stop = found[n + 1].start if n + 1 < len(found) else len(toks)
            d = _days_after(toks, m.start + 1, stop, words)
            if d is not None and d not in _terms(index, m.product, words):
                out[m.product] = d  # not "anëtarësim 12 muaj" of one sold in "12 muaj": its term
    return out


def per_day_counts(
    state: ItemState,
    merchant: Mapping[int, Sequence[Sentence]],
    customer: Sequence[Sentence] = (),
) -> None:
    """Count in piece-days the lines of a shop that prices by the day, from the merchant's days;
    and in piece-units the lines of a product whose name says it is sold per day, week, night
    or hour ("Kamarier për orë": "2 kamarierë x 4 orë" is 8), from the units the merchant says
    after or right before its name, or in a sentence naming no product when it is the one line
    sold per that unit ("Ok, 3 javë e lehtë alumini"); the units the customer says after its
    name count it when the merchant said none with its name (``_customer_units``): the line's
    pieces times those units, the one factor left unsaid being 1."""
    sents = [s for m in sorted(merchant)[-MAX_SENTENCES:] for s in merchant[m]]
    by_day = any(
        t.text in _DAYS and _per_day_price(s.toks, k)
        for s in sents
        for k, t in enumerate(s.toks[:MAX_TOKENS])
    )
    index = state.index
    declared: dict[int, frozenset[str]] = {}  # product -> the words of the unit its name says
    for it in state.items:
        word = name_unit(index.products[it.product].name)
        unit = _unit_of_word(word) if word is not None else None
        if unit is not None and not it.tentative:
            declared[it.product] = _UNIT_WORDS[unit]
    if not by_day and not declared:
        return
    days: dict[int, int] = {}  # product -> the units the merchant last said with its name
    results: dict[int, int] = {}  # product -> the units a sum naming no product comes to
    named: set[int] = set()  # products whose units the merchant said with their name
    # (product, variant) -> the units said with the name and that variant ("pompë 3 inç … 2
    # ditë", then "pompë 2 inç për 1 ditë": each line of the pump its own days)
    line_days: dict[tuple[int, int], int] = {}
    said: set[int] = set()  # products whose units came from their name only, not a day price
    by_hour = any(w is _HOURS for w in declared.values())
    slots: dict[int, tuple[int, int]] = {}  # product -> the clock span its hours are from
    for sent in sents:
        toks = sent.toks[:MAX_TOKENS]
        if not any(t.text in _ANY_UNIT or by_hour and t.text.isdigit() for t in toks):
            continue
        # "… x 4 orë = 8 orë" of "Kamarier për orë": the name's unit word names no product
        found = [
            m
            for m in find_mentions(index, toks, sent.breaks)
            if not m.ambiguous and toks[m.start].text not in declared.get(m.product, ())
        ]
        joined: list[tuple[int, int | None]] = []  # (product, variant) named without units
        for n, m in enumerate(found):
            stop = found[n + 1].start if n + 1 < len(found) else len(toks)
            words = declared.get(m.product)
            hit = match_variant(index.products[m.product].specs, toks, m.start, stop)
            variant = hit.index if hit is not None else None
            d = None
            span = None
            if by_day:
                d = _days_after(toks, m.start + 1, stop)
            if d is None and words is not None:
                d = _days_after(toks, m.start + 1, stop, words)
                if d is None:
                    d = _units_before(toks, m.start, words)
                if d is None and words is _HOURS:
                    # "Gati: fusha e vogël 15–17", "E diel 18–20 fusha 7+1": the slot's hours
                    span = clock_span(sent, found[n - 1].end if n else 0, stop)
                    if span is not None:
                        d = span[1] - span[0]
                if d in _terms(index, m.product, words):
                    d = None  # "25€/muaj me 12 muaj" of a product sold in "12 muaj": its term
            if d is not None:
                # "pompë 3 inç + gjenerator 6 kW për 2 ditë": the units said after the last of
                # names joined by "+ / and" are the units of each (sold per the same unit)
                for p, v in [
                    (p, v) for p, v in joined if words is not None and declared.get(p) is words
                ] + [(m.product, variant)]:
                    days[p] = d
                    named.add(p)
                    if v is not None:
                        line_days[(p, v)] = d
                    if span is None or p != m.product:
                        slots.pop(p, None)
                    else:
                        slots[p] = span
                    if not by_day:
                        said.add(p)
                joined = []
            elif (
                words is not None
                and stop < len(toks)
                and _joined(sent, toks, m.end, stop)
                # "Guide (EN) 26–27/09 + insurance 2 persons × 2 days": a date or count of its
                # own after the name (past its variant) keeps it apart
                and not any(
                    t.text[:1].isdigit() for t in toks[max(m.end, hit.end if hit else 0) : stop]
                )
            ):
                joined.append((m.product, variant))
            else:
                joined = []
        if not found and not sent.question:
            for product, words in declared.items():
                others = [p for p, w in declared.items() if w is words and p != product]
                # "Nga plani që na dërguat, rreth 5 orë.": the units may close a long
                # sentence that names no product, so the whole sentence is read
                d = _days_after(toks, 0, len(toks), words, len(toks))
                if d is not None and not others and d not in _terms(index, product, words):
                    days[product] = d
                    said.add(product)
                    slots.pop(product, None)
                    # "2 fëmijë × 3 javë = 6 javë": the units the shop's sum comes to are the
                    # line's count, the pieces already in them
                    result = _units_result(sent, toks, words)
                    if result is not None:
                        results[product] = result
    told = _customer_units(state, declared, customer, merchant if by_day else None)
    for product, d in told.items():
        if product not in named:
            days[product] = d
            said.add(product)
            slots.pop(product, None)
            results.pop(product, None)
    for it in state.items:
        if it.product in results and not it.tentative:
            it.quantity = results[it.product]
            it.qty_explicit = True
            continue
        d = days.get(it.product)
        if it.variant is not None:
            d = line_days.get((it.product, it.variant), d)
        if d is not None and it.product in said and it.quantity == d:
            continue  # "Harku 2 ditë = 2 x 3000": the count already read is the units
        span = slots.get(it.product)
        if span is not None and it.quantity != 1:
            if it.quantity in span and d is not None:
                it.quantity = d  # "fusha 16–18" read as 18 of it: the clock's number, no count
                it.qty_explicit = True
            continue  # a slot is booked once
        if d is not None and not it.tentative:
            it.quantity = min(MAX_QTY, it.quantity * d)
            it.qty_explicit = True


_NIGHTS = _UNIT_WORDS["night"]
_LODGING = word_set("lodging_words")


def _stay_nights(sents: Sequence[Sentence]) -> tuple[int, int] | None:
    """The nights of the stay the customer last states ("për 3 net", "te dy netet", "for the 2
    nights", "3 notti"): a number right before a night word that is no price ("35€ nata"); with
    the message that states them."""
    nights = None
    for sent in sents[-MAX_SENTENCES:]:
        toks = sent.toks[:MAX_TOKENS]
        for k in range(1, len(toks)):
            if toks[k].text not in _NIGHTS or _per_day_price(toks, k):
                continue
            v = number_value(toks[k - 1].text)
            if v is not None and v == int(v) and 1 <= v <= MAX_DAYS and not glued(sent, k - 1):
                nights = (int(v), sent.message)
    return nights


def _priced_per_unit(
    index: CatalogIndex, merchant: Mapping[int, Sequence[Sentence]], words: frozenset[str]
) -> set[int]:
    """The products the merchant prices per a unit of ``words`` (the night, the day): a name
    followed, before any other unit word, by an amount and such a word ("kemi dhomën familjare,
    80€ nata", "2 triple rooms, 65€ per night", "dyshja 65€ / tekja 43€ nata", "biçikleta 25€
    në ditë"; not "Darka 12€ për person")."""
    out: set[int] = set()
    for sent in (s for m in sorted(merchant)[-MAX_SENTENCES:] for s in merchant[m]):
        toks = sent.toks[:MAX_TOKENS]
        nights = [k for k, t in enumerate(toks) if t.text in words and _per_day_price(toks, k)]
        if not nights:
            continue
        for m in find_mentions(index, toks, sent.breaks):
            k = m.end
            while k < len(toks) and toks[k].text not in _ANY_UNIT and not _people(toks[k].text):
                k += 1
            if k in nights and not m.ambiguous:
                out.add(m.product)
    return out


def per_night_counts(
    state: ItemState, merchant: Mapping[int, Sequence[Sentence]], customer: Sequence[Sentence]
) -> None:
    """Count a stay in room-nights: a line of a product let by the night (a room: a name that
    opens with a word of ``words.json`` ``lodging_words``; a name sold "për natë"; or one the
    merchant prices "80€ nata") counts its pieces times the nights of the stay the customer
    states ("a ka dhoma për 3 net" … "dy dyshe": 6), unless its count already is those nights
    and was read in the message that states them (the item reader may take "rrimë 3 net" as the
    count; a line read in another message has its own count: the shop's "2 triple rooms", then
    "both triples for the 2 nights", is 4)."""
    stay = _stay_nights(customer)
    if stay is None or stay[0] == 1:
        return
    nights, told = stay
    index = state.index
    priced: set[int] | None = None
    for it in state.items:
        if it.tentative or it.quantity * nights > MAX_QTY:
            continue
        if it.quantity == nights and it.message == told:
            continue
        name = index.products[it.product].name
        if name_unit(name, _NIGHTS) is not None:
            # a name sold "(për natë)" with a count said was counted by per_day_counts
            per_night = not it.qty_explicit
        else:
            toks = tokenize(fold(name))
            per_night = bool(toks) and toks[0].text in _LODGING
            if not per_night:
                if priced is None:
                    priced = _priced_per_unit(index, merchant, _NIGHTS)
                per_night = it.product in priced
        if per_night:
            it.quantity *= nights
            it.qty_explicit = True


_SIZE_UNITS = ("ml:", "g:")  # a can's volume, a pack's weight


def cans_for_amount(state: ItemState, customer: Sequence[Sentence]) -> None:
    """Count in cans of its variant's size a line whose amount the customer gave in litres or
    kilos after its name, in the message that named it ("vaj 10w40, 8 litra gjithsej" for the
    "4 L" can: 2). A product of two lines is left alone: the amount may be either's."""
    lines = _lines_by_product(state)
    index = state.index
    for product, its in lines.items():
        it = its[0]
        measure = state.entry(it).specs[it.variant].measure if it.variant is not None else None
        if len(its) != 1 or it.tentative or not (measure or "").startswith(_SIZE_UNITS):
            continue
        unit, _, size = (measure or "").partition(":")
        each = float(size)
        # "maskë 1 litërshe" … "ma qit 500 atëherë": an amount that is a size of its own
        # named the variant the customer then changed, not cans
        sizes = {sp.measure for sp in state.entry(it).specs}
        counts: set[tuple[int, int]] = set()  # (cans, the amount's number)
        for sent in customer[-MAX_SENTENCES:]:
            if sent.message != it.message:
                continue
            toks = sent.toks[:MAX_TOKENS]
            found = find_mentions(index, toks, sent.breaks)
            for k, m in enumerate(found):
                if m.product != product:
                    continue
                # after its name, up to the next name's segment ("mjaltë 1kg dhe çaj mali
                # 100gr": the kilo is the honey's; "vaj 10w40, 8 litra gjithsej": the oil's)
                hi = sent.segment_bounds(found[k + 1].start)[0] if k + 1 < len(found) else len(toks)
                for ms in find_measures(toks[m.end : hi]):
                    n = ms.amount / each
                    if ms.key in sizes or ms.unit != unit:
                        continue
                    if ms.amount > each and n == int(n) and n <= MAX_QTY:
                        counts.add((int(n), int(ms.number)))
        if len(counts) == 1:
            n, said = next(iter(counts))
            if it.quantity == said or not it.qty_explicit and it.quantity == 1:
                it.quantity = n
                it.qty_explicit = True


_PER_PERSON = word_set("per_person_words")
_PER_MEMBER = word_set("per_member_words")
_BOUND = word_set("range_up_to") | word_set("range_above") | {"min", "minimum"}
_HEADCOUNT = word_set("headcount_words")


def _member_form(word: str, unit: str) -> bool:
    """ "lojtarë" / "lojtar", "pilotë" / "pilot", "players" / "player", "giocatori" /
    "giocatore": a form of the member word a name prices its product per."""
    return (
        stem(word) == stem(unit)
        or word.startswith(unit)
        and len(word) - len(unit) <= 3
        or len(unit) > 4
        and word[:-1] == unit[:-1]
    )


def per_member_counts(state: ItemState, sents: Sequence[Sentence]) -> None:
    """Count the members a line of a product priced per player, driver or pupil serves
    ("Dhoma …, për lojtar", "Sesion kartingu (për pilot)", "Kurs në grup (për nxënës, në
    muaj)"): a line whose count is unsaid takes the number said right before that same word in
    the conversation ("5 lojtarë × 1400", "2 nxënës × 3 muaj"), when it says one such number
    (a number before another word for people, "tre fëmijë", is not counted: the players may be
    the parents and the children together; nor a bound, "max 6 nxënës")."""
    index = state.index
    for it in state.items:
        if it.tentative or it.qty_explicit or it.quantity != 1:
            continue
        unit = name_unit(index.products[it.product].name, _PER_MEMBER)
        if unit is None:
            continue
        found: set[int] = set()
        for sent in sents[-2 * MAX_SENTENCES :]:
            toks = sent.toks[:MAX_TOKENS]
            for k in range(len(toks) - 1):
                if not _member_form(toks[k + 1].text, unit) or k and toks[k - 1].text in _BOUND:
                    continue  # "max 6 nxënës", "min. 6 pilotë": the group's bound, not a count
                v = number_value(toks[k].text)
                if v is not None and v == int(v) and 2 <= v <= MAX_QTY and not glued(sent, k):
                    found.add(int(v))
        if len(found) == 1:
            it.quantity = found.pop()
            it.qty_explicit = True


def _people(word: str) -> bool:
    return word in _HEADCOUNT or lexicon().concept(word) == "persons"


_ADULTS = word_set("party_adults")
_CHILDREN = word_set("party_children")
_SUM_JOINS = word_set("sum_joins")
_WE_ARE = word_set("we_are")
_COUPLE = word_set("couple_words")
_PERSON_DEFINITE = word_set("person_definite")
_ME = frozenset({"mua", "mu", "me", "mich", "mir"})
_MY = frozenset({"my", "mein", "meinen", "meine", "mio", "mia", "il", "la", "tim", "time"})


def _party_at(toks: Sequence[Token], k: int) -> tuple[int, int] | None:
    """ "2 të rritur", "3 adults", "2 të rritur + 2 fëmijë", "3 adults and 2 kids", "2 adulti e 1
    bambino" at token ``k``: (people, the token after the party). A number of children alone is
    no party (they may be what a product is for)."""
    total, j, adults, kinds = 0, k, False, 0
    while j < len(toks) and kinds < 2:
        v = number_value(toks[j].text)
        if v is None or v != int(v) or not 1 <= v <= MAX_QTY:
            break
        w = j + 1
        if w < len(toks) and toks[w].text in ("te", "t"):
            w += 1
        if w >= len(toks) or toks[w].text not in _ADULTS and toks[w].text not in _CHILDREN:
            break
        adults = adults or toks[w].text in _ADULTS
        total += int(v)
        kinds += 1
        j = w + 1
        if kinds < 2 and j < len(toks) - 1 and toks[j].text in _SUM_JOINS:
            j += 1
    if not adults or total < 2:
        return None
    return total, j


def _party_sizes(sent: Sentence, sizes: set[str] | frozenset[str] = frozenset()) -> list[int]:
    """The head counts a sentence gives: a number before a word for people ("jemi 8 veta", "25
    guests"), a party of adults and children summed ("2 të rritur + 2 fëmijë": 4), the number
    after "jemi / jena / we are / siamo / wir sind" ("jemi 4"), and "për mua dhe burrin" / "for
    me and my wife" (2). A number of people a variant holds (``sizes``) is the variant's."""
    toks = sent.toks[:MAX_TOKENS]
    out: list[int] = []
    k = 0
    while k < len(toks):
        t = toks[k].text
        if t in _WE_ARE and (t not in ("are", "sind") or k and toks[k - 1].text in ("we", "wir")):
            party = _party_at(toks, k + 1) if k + 1 < len(toks) else None
            if party is not None:
                out.append(party[0])
                k = party[1]
                continue
            v = number_value(toks[k + 1].text) if k + 1 < len(toks) else None
            if v is not None and v == int(v) and 2 <= v <= 50 and not glued(sent, k + 1):
                out.append(int(v))
                k += 2
                continue
        if t in FOR_ANY and k + 3 < len(toks) and toks[k + 1].text in _ME:
            j = k + 2
            if toks[j].text in _SUM_JOINS:
                j += 1
                if j < len(toks) - 1 and toks[j].text in _MY:
                    j += 1
                if toks[j].text in _COUPLE:
                    out.append(2)
                    k = j + 1
                    continue
        party = _party_at(toks, k) if t[:1].isdigit() else None
        if party is not None:
            out.append(party[0])
            k = party[1]
            continue
        if k + 1 < len(toks) and _people(toks[k + 1].text) and t not in sizes:
            v = number_value(t)
            if v is not None and v == int(v) and 2 <= v <= MAX_QTY and not glued(sent, k):
                out.append(int(v))
        k += 1
    return out


def _quoted_per_person(sent: Sentence) -> int | None:
    """ "14.000 den për person", "25€ per person", "32 € a persona", "40 € pro Person", "55€
    personi": the token of the per or per-person word after an amount, when the sentence has
    one."""
    toks = sent.toks[:MAX_TOKENS]
    for k in range(1, len(toks)):
        definite = toks[k].text in _PERSON_DEFINITE  # "55€ personi", "1500 lekë koka"
        if not definite and (
            k + 1 == len(toks) or toks[k].text not in _PER or toks[k + 1].text not in _PER_PERSON
        ):
            continue
        if _amount_before(toks, k):
            return k
    return None


def _amount_before(toks: Sequence[Token], k: int) -> bool:
    """An amount right before token k: a number, then a currency word or not ("25€", "4.200
    den" read as 4.2, "1500"); a bare number only from 10 on."""
    j = k - 1
    priced = toks[j].text in _CURRENCY
    if priced and j > 0:
        j -= 1
    v = number_value(toks[j].text)
    return v is not None and toks[j].text[:1].isdigit() and (priced or v >= 10)


def _named_before(
    index: CatalogIndex, msents: Sequence[Sentence], places: Sequence[tuple[int, int]]
) -> list[int | None]:
    """For each place (sentence, token) of a merchant message, the last product the message
    names unambiguously before it, or None."""
    named = [
        (s, m.start, m.product)
        for s, sent in enumerate(msents)
        for m in find_mentions(index, sent.toks[:MAX_TOKENS], sent.breaks)
        if not m.ambiguous
    ]
    out: list[int | None] = []
    for place in places:
        before = [p for s0, k0, p in named if (s0, k0) < place]
        out.append(before[-1] if before else None)
    return out


def quoted_per_person_counts(
    state: ItemState, merchant: Mapping[int, Sequence[Sentence]], sents: Sequence[Sentence]
) -> None:
    """A line the shop prices per person in the chat though its catalog name does not say so
    ("Pushime … me autobus" quoted "14.000 den për person", "Autobus …" quoted "Vajtje-ardhje
    4.200 den për person") counts the head count the conversation gives, when it gives one
    ("2 të rritur e 2 fëmijë", "jemi 4", "për mua dhe burrin"). The line is the one the
    quote's message names before the quote, or one whose variant the quoting sentence names;
    when the message names no product, the order's only open line."""
    index = state.index
    open_lines = [
        it for it in state.items if not it.tentative and not it.qty_explicit and it.quantity == 1
    ]
    if not open_lines:
        return
    chosen: list[Item] = []
    for msg in sorted(merchant)[-MAX_SENTENCES:]:
        msents = merchant[msg]
        quotes = [
            (s, k) for s, sent in enumerate(msents) if (k := _quoted_per_person(sent)) is not None
        ]
        if not quotes:
            continue
        for last in _named_before(index, msents, quotes):
            if last is not None:
                chosen += [it for it in open_lines if it.product == last]
            elif len(open_lines) == 1:
                chosen += open_lines
    chosen = list({id(it): it for it in chosen}.values())
    if not chosen:
        return
    said = [
        (sent.message, sent.start, n)
        for sent in sents[-2 * MAX_SENTENCES :]
        for n in _party_sizes(sent)
    ]
    if said:
        n = max(said)[2]  # the latest head count: "jemi 3" … "jemi 4" after a sister-in-law joins
        for it in chosen:
            it.quantity = n
            it.qty_explicit = True


_PER_CHILD = word_set("per_child_words")


def _quoted_per_member(sent: Sentence) -> tuple[int, str] | None:
    """ "1000 lekë për fëmijë", "15€ per child", "1400 lekë për lojtar": the token of "për" and
    the member word after an amount, when the sentence has one."""
    toks = sent.toks[:MAX_TOKENS]
    for k in range(1, len(toks) - 1):
        unit = toks[k + 1].text
        if toks[k].text not in _PER or unit not in _PER_CHILD and unit not in _PER_MEMBER:
            continue
        if _amount_before(toks, k):
            return k, unit
    return None


def quoted_per_member_counts(
    state: ItemState, merchant: Mapping[int, Sequence[Sentence]], sents: Sequence[Sentence]
) -> None:
    """A line the shop prices per child, player or pupil in the chat ("Regjistrimi 1000 lekë
    për fëmijë", "15€ per child") counts the number said right before a form of that word ("dy
    fëmijët", "2 kids"), when the conversation says one such number (not after a bound, "max 8
    fëmijë"). The line is the one the quote's message names before the quote."""
    index = state.index
    open_lines = {
        it.product: it
        for it in state.items
        if not it.tentative and not it.qty_explicit and it.quantity == 1
    }
    if not open_lines:
        return
    wanted: dict[int, str] = {}
    for msg in sorted(merchant)[-MAX_SENTENCES:]:
        msents = merchant[msg]
        quotes = [(s, q) for s, sent in enumerate(msents) if (q := _quoted_per_member(sent))]
        if not quotes:
            continue
        places = [(s, k) for s, (k, _unit) in quotes]
        lasts = _named_before(index, msents, places)
        for (_s, (_k, unit)), last in zip(quotes, lasts, strict=True):
            if last is not None and last in open_lines:
                wanted[last] = unit
    for product, unit in wanted.items():
        found: set[int] = set()
        child = unit in _PER_CHILD  # "per child" counts "8 kids", "3 children", "2 fëmijë"
        for sent in sents[-2 * MAX_SENTENCES :]:
            toks = sent.toks[:MAX_TOKENS]
            for k in range(len(toks) - 1):
                w = toks[k + 1].text
                if not (_member_form(w, unit) or child and w in _CHILDREN):
                    continue
                if k and toks[k - 1].text in _BOUND:
                    continue
                v = number_value(toks[k].text)
                if v is not None and v == int(v) and 2 <= v <= MAX_QTY and not glued(sent, k):
                    found.add(int(v))
        if len(found) == 1:
            it = open_lines[product]
            it.quantity = found.pop()
            it.qty_explicit = True


@lru_cache(maxsize=4096)
def per_person_and_period(name: str) -> bool:
    """A catalog name that prices its product per person and per a period the name closes with
    (``name_unit``): "Sigurim udhëtimi (për person në ditë)", "Kamp (per person / week)": a
    line of it counts people × periods (``per_person_counts``, then ``per_day_counts``)."""
    if name_unit(name) is None:
        return False
    text = fold(name)
    toks = tokenize(text)
    for k in range(1, len(toks) - 1):
        if toks[k].text not in _PER_PERSON or toks[k - 1].text not in _NAME_PER:
            continue
        nxt = toks[k + 1].text
        if nxt in _ANY_UNIT and "/" in text[toks[k].end : toks[k + 1].start]:
            return True
        if nxt in _NAME_PER and k + 2 < len(toks) and toks[k + 2].text in _ANY_UNIT:
            return True
    return False


def per_person_counts(state: ItemState, sents: Sequence[Sentence]) -> None:
    """Count the people a line of a product sold per person serves ("Meny premium për person",
    "Kafe dhe çaj për person", "Sigurim (për person në ditë)"): a line whose count is unsaid
    takes the number of people the conversation gives ("catering for 25 people", "jemi rreth 80
    veta", the merchant's "kafe/çaj për 80 veta"), when it gives one such number; a number of
    people a variant of an ordered line holds ("tavolina për 8 veta" of "8 veta") is that
    variant's, not the guests. Run before ``per_day_counts``, which multiplies a line priced per
    person and per a period by its periods."""
    index = state.index
    lines = [
        it
        for it in state.items
        if not it.tentative
        and not it.qty_explicit
        and it.quantity == 1
        and (
            name_unit(index.products[it.product].name, _PER_PERSON) is not None
            or per_person_and_period(index.products[it.product].name)
        )
    ]
    if not lines:
        return
    sizes = {
        k
        for it in state.items
        for sp in state.entry(it).specs
        if "#persons" in sp.keys
        for k in sp.keys
        if k.isdigit()
    }
    found: set[int] = set()
    for sent in sents[-2 * MAX_SENTENCES :]:
        found.update(_party_sizes(sent, sizes))
    if len(found) == 1:
        n = found.pop()
        for it in lines:
            it.quantity = n
            it.qty_explicit = True


OWN_UNIT_AFTER = 4  # tokens read after a line's name for its count in the unit it is sold per


def own_unit_counts(state: ItemState, sents: Sequence[Sentence]) -> None:
    """ "rafting i gjatë 5 persona, transport 4 ulëse" for "Rafting (për person)" and
    "Transport nga Tirana (për ulëse)": a count of the thing a line's catalog name is priced
    per (people, or the one noun of ``name_per_noun``), said right after the product's name in
    its segment, counts that line - each line its own, the latest said, where
    ``per_person_counts`` and ``per_unit_counts`` take the conversation's one count for all."""
    index = state.index
    units: dict[int, tuple[bool, str | None]] = {}
    for product, its in _lines_by_product(state).items():
        it = its[0]
        if len(its) != 1 or it.tentative or it.qty_explicit or it.quantity != 1:
            continue
        name = index.products[product].name
        people = name_unit(name, _PER_PERSON) is not None
        noun = None if people else name_per_noun(name)
        if people or noun is not None:
            units[product] = (people, noun)
    if not units:
        return
    counts: dict[int, int] = {}
    for sent in sorted(sents[-2 * MAX_SENTENCES :], key=lambda s: (s.message, s.start)):
        toks = sent.toks[:MAX_TOKENS]
        for m in find_mentions(index, toks, sent.breaks):
            if m.ambiguous or m.product not in units:
                continue
            people, noun = units[m.product]
            for j in range(m.end, min(m.end + OWN_UNIT_AFTER, len(toks) - 1)):
                if j > m.end and j in sent.breaks or j + 1 in sent.breaks:
                    break
                v = number_value(toks[j].text)
                w = toks[j + 1].text
                if v is None or v != int(v) or not 2 <= v <= MAX_QTY or glued(sent, j):
                    continue
                if _people(w) if people else w.isalpha() and word_key(w) == noun:
                    counts[m.product] = int(v)
                    break
    for it in state.items:
        if it.product in counts:
            it.quantity, it.qty_explicit = counts[it.product], True


_FOR_US = word_set("for_us_words")
_BOTH = word_set("both_words")


def _for_us(sent: Sentence) -> tuple[int, int] | None:
    """ "për të dy", "for both of us", "per noi due", "für uns beide", "për të 4": the token
    the phrase starts at and the number of people the goods are for, when the phrase closes its
    segment (not "për të dy dhomat": the two rooms)."""
    toks = sent.toks[:MAX_TOKENS]
    for k, t in enumerate(toks):
        if t.text not in FOR_ANY:
            continue
        j = k + 1
        while j < len(toks) and toks[j].text in _FOR_US and j - k <= 3:
            j += 1
        if j >= len(toks):
            continue
        w = toks[j].text
        v = 2.0 if w in _BOTH else number_value(w)
        if w[:1].isdigit() and (j == k + 1 or toks[j - 1].text not in ("te", "t")):
            continue  # "për 2" may be a size ("tortë për 2"); "për të 4" is the four of us
        if v is None or v != int(v) or not 2 <= v <= 10 or glued(sent, j):
            continue
        if j == k + 1 and w not in _BOTH:
            continue  # "setin për dy": a set for two (a variant), not "for the two of us"
        e = j + 1
        while e < len(toks) and toks[e].text in _FOR_US and e not in sent.breaks:
            e += 1
        if e == len(toks) or e in sent.breaks:
            return k, int(v)
    return None


def for_us_counts(state: ItemState, customer: Sequence[Sentence]) -> None:
    """ "ok express për të dy", "va bene, per te dy" (after "2500 lekë për person"), "for both of
    us": a line of one piece whose count is unsaid serves that many people, so it counts them.
    The line is the one named last before the phrase in its sentence, or, when the sentence
    names none, the line last named in an earlier message. The number needs its article or
    pronoun ("për të dy", "for both of us"): "setin për dy" is the set for two."""
    if not state.items:
        return
    index = state.index
    for sent in customer[-MAX_SENTENCES:]:
        hit = _for_us(sent)
        if hit is None:
            continue
        at, n = hit
        found = [m for m in find_mentions(index, sent.toks[:MAX_TOKENS], sent.breaks)]
        before = [m for m in found if m.end <= at and not m.ambiguous]
        if before:
            lines = [it for it in state.items if it.product == before[-1].product]
        elif not found:
            earlier = [it for it in state.items if it.message < sent.message]
            lines = earlier[-1:]
        else:
            continue
        if len(lines) == 1:
            it = lines[0]
            if it.quantity == 1 and not it.qty_explicit and not it.tentative:
                it.quantity = n
                it.qty_explicit = True


def proposed_amounts(
    state: ItemState, merchant: Mapping[int, Sequence[Sentence]], customer: Sequence[Sentence]
) -> None:
    """ "Shalqirin e shesim me kg … Ju sjellim një rreth 9 kg?" - "po po": a whole amount the
    merchant proposes in a question, in the unit the product last named in that message is sold
    per (its name: "Shalqi (kg)"), is the count of that product's one line when the customer's
    next message says yes and the line's count was unsaid or one (a piece the merchant weighs)."""
    index = state.index
    lines = _lines_by_product(state)
    replies = {s.message: s for s in reversed(customer)}  # each message's first sentence
    for msg in sorted(merchant)[-MAX_SENTENCES:]:
        reply = replies.get(msg + 1)
        if reply is None or not reply.has("agree") or reply.question:
            continue
        last: int | None = None  # the product last named in the message
        for sent in merchant[msg]:
            toks = sent.toks[:MAX_TOKENS]
            for m in find_mentions(index, toks, sent.breaks):
                if not m.ambiguous:
                    last = m.product
            if not sent.question or last is None or len(lines.get(last, ())) != 1:
                continue
            it = lines[last][0]
            unit = sold_by_unit(index.products[last].name)
            if unit is None or it.quantity != 1:
                continue  # "ni shalqi" is one piece, the merchant reckons its kilos
            for k in range(len(toks) - 1):
                u = unit_of(toks[k + 1].text)
                v = number_value(toks[k].text)
                if u != unit or v is None or v != int(v):
                    continue
                if 2 <= v <= MAX_QTY and not glued(sent, k):
                    it.quantity = int(v)
                    it.qty_explicit = True
                    it.tentative = False
                    break


def _metres(entry_specs: Sequence[str | None], toks: Sequence[Token]) -> list[int]:
    """The whole metres said in ``toks`` that are no length of a variant ("25 cm" is a width)."""
    out: list[int] = []
    for ms in find_measures(toks):
        if any(area_unit_at(toks, j) for j in range(ms.start + 1, ms.end)):
            continue  # "120 m2": an area, not metres
        n = ms.amount / 100 if ms.unit == "cm" else 0.0
        if 1 <= n <= MAX_QTY and n == int(n) and ms.key not in entry_specs:
            out.append(int(n))
    return out


def _its_variant(index: CatalogIndex, toks: Sequence[Token], m: Mention, product: int) -> bool:
    """The words of mention ``m`` are all words of a variant of ``product`` ("3 javë e lehtë
    alumini": the chair's variant, not the aluminium crutches)."""
    specs = index.products[product].specs
    return all(any(word_key(t.text) in sp.keys for sp in specs) for t in toks[m.start : m.end])


_PERIOD_FORMS = frozenset().union(*_PERIODS.values())


def _period_of(name: str) -> str | None:
    """ "Karrige me rrota me qira (javë)": the period (day, week, month) a name prices it per
    (see ``name_unit``; "Xhubleta me qira (3 ditë)" is a fixed term)."""
    word = name_unit(name, _PERIOD_FORMS)
    return next((p for p, forms in _PERIODS.items() if word in forms), None)


def _periods(forms: frozenset[str], toks: Sequence[Token]) -> list[int]:
    """The whole numbers of a period said in ``toks`` ("3 javë")."""
    out: list[int] = []
    for k in range(len(toks) - 1):
        v = number_value(toks[k].text)
        if v is not None and 1 <= v <= MAX_QTY and v == int(v) and toks[k + 1].text in forms:
            out.append(int(v))
    return out


def _priced_by_area(state: ItemState, merchant: Mapping[int, Sequence[Sentence]]) -> set[int]:
    """The ordered products the merchant prices by the square metre though their names say no
    unit ("AC4 8mm 520 den/m²", "1850 €/m2": a currency, then a square-metre unit): the product
    named last before the price in its sentence (or in an earlier priced sentence of the same
    message), or, when none is named, the one product of the lines the customer named in the
    message the merchant answers."""
    index = state.index
    out: set[int] = set()
    for msg in sorted(merchant)[-MAX_SENTENCES:]:
        named: int | None = None
        for sent in merchant[msg]:
            toks = sent.toks[:MAX_TOKENS]
            found: list[Mention] | None = None
            for k in range(1, len(toks)):
                if toks[k - 1].text not in _CURRENCY or not area_unit_at(toks, k):
                    continue
                if found is None:
                    found = [x for x in find_mentions(index, toks, sent.breaks) if not x.ambiguous]
                before = [x.product for x in found if x.end <= k - 1]
                if before:
                    out.add(before[-1])
                elif named is not None:
                    out.add(named)
                else:
                    asked = [it.message for it in state.items if it.message < msg]
                    last = max(asked, default=None)
                    products = {it.product for it in state.items if it.message == last}
                    if len(products) == 1:
                        out |= products
            if found:
                named = found[-1].product
    return out


def _unit_only(toks: Sequence[Token], m: Mention) -> bool:
    """Mention ``m`` is only unit words and numbers ("200 lekë në ditë, 14 ditë", "520 € në
    javë, 3 javë" naming "Kartë 10 ditë" or "Paketë (2 vizita/javë)" by their unit word): the
    unit of an amount or a price, no product."""
    span = range(m.start, m.end)
    return any(toks[k].text in _ANY_UNIT or area_unit_at(toks, k) for k in span) and all(
        toks[k].text in _ANY_UNIT or area_unit_at(toks, k) or number_value(toks[k].text) is not None
        for k in span
    )


def _kind_amounts(index: CatalogIndex, product: int, kind: str, toks: Sequence[Token]) -> list[int]:
    """The whole amounts of ``kind`` (area, length, or a period of ``_PERIODS``) said in
    ``toks`` that may count ``product``."""
    if kind == "area":
        return area_amounts(toks)
    if kind in _PERIODS:
        terms = _terms(index, product, _PERIODS[kind])
        return [n for n in _periods(_PERIODS[kind], toks) if n not in terms]
    specs = [sp.measure for sp in index.products[product].specs]
    return _metres(specs, toks)


def _variant_said(
    index: CatalogIndex, toks: Sequence[Token], product: int, variant: int
) -> list[tuple[int, int]]:
    """Where the words of ``product``'s variant ``variant`` are said in a row in ``toks`` (all
    its words, one of them no number): the spans, or [] when the variant has no such words."""
    words = [word_key(t.text) for t in tokenize(fold(index.products[product].variants[variant]))]
    if not any(w.isalpha() for w in words):
        return []
    keys = [word_key(t.text) for t in toks]
    n = len(words)
    return [(k, k + n) for k in range(len(keys) - n + 1) if keys[k : k + n] == words]


def _own_part_amounts(
    index: CatalogIndex,
    sent: Sentence,
    toks: Sequence[Token],
    found: Sequence[Mention],
    product: int,
    kind: str,
    variant: int | None = None,
) -> list[int] | None:
    """In a sentence that lists several products ("Bar 40 m² + 2 kova ngjitës 12 kg + montim
    40 m²", "gjeotekstil, 40 m² × 120 lek, dhe montim 40 m² × 400"), the one amount of
    ``kind`` said in the product's own part: from the start of the segment its name is in to
    the start of the segment of the next product named, when the product is named once and
    its part names no other product; else None. A product not named is found by the words of
    the line's ``variant`` ("Ok dab mjalti 65 m², heqje 60 m²": the laminate's colour)."""
    own = [(x.start, x.end) for x in found if x.product == product]
    if not own and variant is not None:
        own = _variant_said(index, toks, product, variant)
    if len(own) != 1:
        return None
    m_start, m_end = own[0]
    lo = sent.segment_bounds(m_start)[0]
    hi = len(toks)
    for x in found:
        if x.product == product or _its_variant(index, toks, x, product) or _unit_only(toks, x):
            continue
        if x.start >= m_end:
            hi = min(hi, sent.segment_bounds(x.start)[0])
        elif x.end > lo:
            return None  # another product named in the same part, before this one
    if hi <= m_start:
        return None  # the next product is in the product's own segment
    amounts = _kind_amounts(index, product, kind, toks[lo:hi])
    return amounts[:1] if len(set(amounts)) == 1 else None


def merchant_measure_counts(
    state: ItemState, merchant: Mapping[int, Sequence[Sentence]], customer: Sequence[Sentence]
) -> None:
    """Count a line of a product sold by the square metre or by the metre in the amount of that
    unit the merchant last stated for it (see the module's docstring)."""
    index = state.index
    lines = _lines_by_product(state)
    kinds: dict[int, str] = {}
    for product, its in lines.items():
        name = index.products[product].name
        if len(its) != 1 or its[0].tentative:
            continue
        if sold_by_area(name):
            kinds[product] = "area"
        elif sold_by_length(name):
            kinds[product] = "length"
        elif (period := _period_of(name)) is not None and its[0].quantity == 1:
            kinds[product] = period  # one piece: the periods are its count
    for product in _priced_by_area(state, merchant):
        its = lines.get(product, [])
        if product not in kinds and len(its) == 1 and not its[0].tentative:
            kinds[product] = "area"
    if not kinds:
        return
    sents = [(s, True) for m in sorted(merchant)[-MAX_SENTENCES:] for s in merchant[m]]
    sents += [(s, False) for s in customer[-MAX_SENTENCES:]]
    sents.sort(key=lambda x: x[0].message)  # stable: a message's sentences keep their order
    counts: dict[int, int] = {}
    for sent, shop in sents:
        if shop and sent.question:
            continue
        toks = sent.toks[:MAX_TOKENS]
        found: list[Mention] | None = None
        for product, kind in kinds.items():
            it = lines[product][0]
            early = sent.message < it.message
            if early and not (shop and sent.message + 1 == it.message):
                continue
            amounts = _kind_amounts(index, product, kind, toks)
            if not amounts:
                continue
            if found is None:
                found = [x for x in find_mentions(index, toks, sent.breaks) if not x.ambiguous]
            named = {
                x.product
                for x in found
                if not _its_variant(index, toks, x, product) and not _unit_only(toks, x)
            }
            others = named - {product}
            if early and not any(x.product == product for x in found):
                # the shop's reckoning the customer answers by naming the line ("gjeotekstil,
                # 40 m² × 120 lek" - "gjeotekstilin po") must name it itself
                continue
            if others and not (
                product in named
                and len(set(amounts)) == 1
                and all(kinds.get(p) == kind for p in others)
            ):
                # "Kabllo 40 m, Zgjatues 3 m x2": the metres of another product; but "kabllo dhe
                # litar, 45 m secili", "60 m kabllo dhe 60 m litar": one amount of lines all
                # sold in that unit is each one's; and in a list of several products ("Bar 40
                # m² + 2 kova ngjitës + montim 40 m²") the one amount of the product's own part
                own = _own_part_amounts(index, sent, toks, found, product, kind, it.variant)
                if own is None:
                    continue
                amounts = own
                named = named | {product}  # "Ok dab mjalti 65 m², heqje 60 m²": by its variant
            if not shop:
                # "ok 5 metra atehere" after the shop's advice: the customer's amount stands
                counts.pop(product, None)
                if (
                    not named
                    and not sent.question
                    and len(set(amounts)) == 1
                    and not any(
                        k == kind and lines[p][0].message <= sent.message
                        for p, k in kinds.items()
                        if p != product
                    )
                ):
                    # "ok bejme 60 metra" naming no product: the amount of the one line sold in
                    # that unit so far
                    counts[product] = amounts[0]
                continue
            if product not in named and any(
                k == kind and lines[p][0].message <= sent.message
                for p, k in kinds.items()
                if p != product
            ):
                # two lines sold in this unit: the sentence must name its product (not a line
                # first named after it: "merrni 22 m²" of the laminate, then "Montimi 200 den/m²")
                continue
            if len(set(amounts)) == 1:
                # "5 m … ose 4 m": two amounts are options, not the one stated
                counts[product] = amounts[0]
            elif amounts[-1] == max(amounts) and not any(t.text in _OR for t in toks):
                # "4x5 = 20 m², me humbje merrni 22 m²": the reckoning, then the amount to buy
                counts[product] = amounts[-1]
    for product, n in counts.items():
        it = lines[product][0]
        it.quantity = n
        it.qty_explicit = True


@lru_cache(maxsize=4096)
def name_container(name: str) -> str | None:
    """The key of the container a catalog name says its product comes in ("Podlogë (rrotull)",
    "Ngjitës për parket (kovë 15 kg)", "Farbe im Eimer"): its one container word, or None; not
    a container after a number ("Arkë 6 shishe" is a crate that holds six bottles)."""
    toks = tokenize(fold(name))
    keys = {
        word_key(t.text)
        for k, t in enumerate(toks)
        if t.text in _CONTAINERS and (k == 0 or number_value(toks[k - 1].text) is None)
    }
    if len(keys) != 1 or any(
        t.text in _CONTAINERS and k and number_value(toks[k - 1].text) is not None
        for k, t in enumerate(toks)
    ):
        return None
    return next(iter(keys))


def merchant_container_counts(state: ItemState, merchant: Mapping[int, Sequence[Sentence]]) -> None:
    """Count a line of a product whose name says the container it comes in ("Podlogë për
    laminat (rrotull)") and whose count the customer left unsaid in the number of those
    containers the merchant last stated for it ("Podloga vjen në rrotulla 15 m², ju duhen 2
    rrotulla"), in a statement that names it and no other product."""
    index = state.index
    lines = _lines_by_product(state)
    wanted: dict[int, str] = {}
    for product, its in lines.items():
        key = name_container(index.products[product].name)
        if key is None or len(its) != 1 or its[0].tentative or its[0].qty_explicit:
            continue
        wanted[product] = key
    if not wanted:
        return
    counts: dict[int, int] = {}
    for msg in sorted(merchant)[-MAX_SENTENCES:]:
        for sent in merchant[msg]:
            if sent.question:
                continue
            toks = sent.toks[:MAX_TOKENS]
            found: list[Mention] | None = None
            for product, key in wanted.items():
                if msg < lines[product][0].message:
                    continue
                amounts = [
                    int(v)
                    for k in range(len(toks) - 1)
                    if toks[k + 1].text in _CONTAINERS
                    and word_key(toks[k + 1].text) == key
                    and (v := number_value(toks[k].text)) is not None
                    and v == int(v)
                    and 2 <= v <= MAX_QTY
                    and not glued(sent, k)
                ]
                if len(set(amounts)) != 1:
                    continue
                if found is None:
                    found = [x for x in find_mentions(index, toks, sent.breaks) if not x.ambiguous]
                named = {x.product for x in found if not _its_variant(index, toks, x, product)}
                if product not in named or named - {product}:
                    continue  # "100 copë = 2 kuti" of no product, or of another one too
                counts[product] = amounts[0]
    for product, n in counts.items():
        it = lines[product][0]
        it.quantity = n
        it.qty_explicit = True


def served_nouns(name: str) -> frozenset[str]:
    """The things a catalog name says in parentheses its product is priced per
    (``name_priced_per``): "Strukturë alumini (për panel)" → panel, "Montim (për copë
    dritare/derë)" → dritare, derë; not "Tapet për makinë", which says what the mats are for."""
    nouns, opened = name_priced_per(name)
    return nouns if opened else frozenset()


def per_served_counts(state: ItemState) -> None:
    """A line of a service or part priced per a thing the order holds ("Montim (për copë
    dritare/derë)" beside 3 windows, "Strukturë (për panel)" beside 10 panels, a tyre fitting
    "(për gomë)" beside 4 tyres), whose count is unsaid, counts the pieces of the order's
    lines of products named by that thing (the head word of their name): "m'i montoni krejt
    dritaret" is 3 fittings. A line of a product that is itself priced per a thing is no such
    line, and nothing changes when the order holds fewer than two of the things."""
    index = state.index
    open_lines = [
        it for it in state.items if not it.tentative and not it.qty_explicit and it.quantity == 1
    ]
    if not open_lines:
        return
    for it in open_lines:
        nouns = served_nouns(index.products[it.product].name)
        if not nouns:
            continue
        pieces = 0
        for other in state.items:
            entry = index.products[other.product]
            if other.product == it.product or other.tentative or served_nouns(entry.name):
                continue
            head = tokenize(fold(entry.name))
            if head and head[0].text.isalpha() and word_key(head[0].text) in nouns:
                pieces += other.quantity
        if 2 <= pieces <= MAX_QTY:
            it.quantity = pieces
            it.qty_explicit = True


@lru_cache(maxsize=1024)
def _one_way(name: str) -> bool:
    """A catalog name says its product is one trip in one direction ("Marrje / dorëzim me makinë
    (një drejtim)", "Transfer (one way)"; ``intents.json`` ``one_way``)."""
    return bool(intent_spans("one_way", [t.text for t in tokenize(fold(name))]))


def round_trip_counts(
    state: ItemState, merchant: Mapping[int, Sequence[Sentence]], customer: Sequence[Sentence]
) -> None:
    """A line of a product sold one way ("(një drejtim)") counts two trips when, from the
    message that named it on, the customer asks for the trip there and back ("po, vajtje dhe
    kthim", "there and back please") or the merchant states it in no question ("pra marrje +
    kthim 2400"): each of its pieces is a trip out and a trip back."""
    index = state.index
    lines = [
        it
        for it in state.items
        if not it.tentative
        and it.quantity * 2 <= MAX_QTY
        and _one_way(index.products[it.product].name)
    ]
    if not lines:
        return
    sents = list(customer[-MAX_SENTENCES:])
    sents += [s for m in sorted(merchant)[-MAX_SENTENCES:] for s in merchant[m] if not s.question]
    for it in lines:
        if any(s.message >= it.message and s.spans("round_trip") for s in sents):
            it.quantity *= 2
            it.qty_explicit = True


def _kind_of_variant(variant: str) -> str | None:
    """The one word a variant is ("dritare", "derë", "window"), as a catalog key, or None."""
    toks = tokenize(fold(variant))
    if len(toks) != 1 or not toks[0].text.isalpha():
        return None
    return word_key(toks[0].text)


def split_by_served_kind(items: list[ExtractedItem], index: CatalogIndex) -> None:
    """A service line left without a variant whose variants are each one kind of thing
    ("Montim (për copë)" in "dritare" / "derë", "Fitting" in "window" / "door") is split by
    the order's other lines of those kinds: a line belongs to the kind its product's name
    holds ("Derë rrjete pet …" is a door, "Rrjetë pet për dritare (m²)" a window). The kinds
    of lines sold by the piece count their pieces; one kind sold by the area (its pieces
    unknown) takes what is left of the service's count. The split is made only when the
    counts add up to the service's count, and each kind gets at least one."""
    entries = index.by_sku
    for it in list(items):
        entry = entries.get(it.product or "")
        if entry is None or it.variant is not None or len(entry.variants) < 2:
            continue
        kinds = [_kind_of_variant(v) for v in entry.variants]
        if any(k is None for k in kinds) or len(set(kinds)) != len(kinds):
            continue
        known: dict[int, int] = {}
        unknown: set[int] = set()
        for other in items:
            e = entries.get(other.product or "")
            if other is it or e is None or other.product == it.product:
                continue
            keys = {word_key(t.text) for t in tokenize(fold(e.name)) if t.text.isalpha()}
            hit = [v for v, k in enumerate(kinds) if k in keys]
            if len(hit) != 1:
                continue
            if sold_by_area(e.name) or sold_by_length(e.name) or name_unit(e.name) is not None:
                unknown.add(hit[0])  # its count is square metres, metres or days, not pieces
            else:
                known[hit[0]] = known.get(hit[0], 0) + other.quantity
        if len(set(known) | unknown) < 2 or len(unknown) > 1 or unknown & set(known):
            continue
        left = it.quantity - sum(known.values())
        if unknown:
            if left < 1:
                continue
            known[next(iter(unknown))] = left
        elif left != 0:
            continue
        at = items.index(it)
        items[at : at + 1] = [
            replace(it, quantity=known[v], variant=entry.variants[v]) for v in sorted(known)
        ]
