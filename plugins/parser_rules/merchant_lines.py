"""The merchant's lines: the product the merchant names for what the customer pointed at, the
variant a confirmation states for an item left open, the item the merchant asks about; and
words that are a variant of the product just named rather than a product of their own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from plugins.parser_rules.catalog_match import (
    STOPWORDS,
    CatalogIndex,
    function_words,
    head_key,
    headed_by,
    is_attribute,
    key_of,
    serves_goods,
)
from plugins.parser_rules.delivery_line import _FREE
from plugins.parser_rules.included import said_free
from plugins.parser_rules.item_state import (
    CONTAINERS,
    MAX_QTY,
    NEGATIONS,
    PAIR_WORDS,
    Item,
    ItemState,
    said_line,
)
from plugins.parser_rules.lexicon import lexicon, load, phrase_set, word_set
from plugins.parser_rules.memo import per_sentence
from plugins.parser_rules.mentions import Mention, find_mentions, for_something, resolved_keys
from plugins.parser_rules.normalize import Token, fold, tokenize
from plugins.parser_rules.numbers import (
    find_measures,
    measure_at,
    number_value,
    same_measure,
    unit_of,
)
from plugins.parser_rules.prices import counts_then_sums, priced_product, quoted_price
from plugins.parser_rules.quantities import (
    area_count,
    counted,
    glued,
    length_count,
    model_codes,
    name_measures,
    packs_stated,
    pieces_per_pack,
    priced_by_length,
    quantity_after,
    quantity_before,
    restated_count,
    sold_by_area,
    sold_by_unit,
)
from plugins.parser_rules.segments import CONJUNCTIONS, Sentence, starts_like_question
from plugins.parser_rules.variants import (
    VariantHit,
    VariantSpec,
    match_variant,
    said_measures,
    variant_spec,
    word_key,
)

_OR = word_set("or_words")
_WHICH = word_set("which_words")
_THAT = word_set("demonstratives")
# "bejeni komplet", "all of that", "beides": a bulk yes besides the intent "both"
_TAKE_ALL = phrase_set(load("words.json")["take_all"])
_JOINERS = _OR | CONJUNCTIONS
_COMES_IN = word_set("comes_in")
_GREETINGS = word_set("greetings")
_ADDITIVE = word_set("additive")
_CURRENCY = word_set("currency")
_SUMMARY = word_set("summary_openers")
_THEN = _SUMMARY | word_set("discourse")  # "Ok, atëherë …", "Va bene, allora …"
# "Of course: …", "S'ka problem: …", "Kein Problem: …": a preface a colon ends before the list
_PREFACES = frozenset(
    tuple(t.text for t in tokenize(fold(w))) for w in word_set("summary_prefaces")
)
# "Konfirmoj: …", "Rezervuar 1 korrik: …", "U rregullua Klea: …": the shop's word that it has
# booked, confirmed or set right the order, before a colon, opens its restatement
_BOOKED = frozenset(tuple(t.text for t in tokenize(fold(w))) for w in word_set("booked_prefaces"))
_BOOKED_MAX = max(map(len, _BOOKED), default=0)
# "5 panele atëherë", "3 boxes then": a count said and closed by "then" is the merchant's
# conclusion of what was just said, a restatement as much as "Pra: 5 panele"
_CLOSERS = word_set("summary_closers")
_MAX_THEN_COUNT = 20  # a larger number after "atëherë" is a size or a price
_CHEAPER = word_set("cheaper")
# the "to" of a span ("110 deri 152"); Italian "a" only after "da" (below)
_SPAN_WORDS = word_set("range_to") - {"a"}
_DEARER = word_set("dearer")


def unnamed_segments(
    index: CatalogIndex, sent: Sentence, mentions: list[Mention], spans: list[tuple[int, int]]
) -> tuple[int, bool, frozenset[str]]:
    """The segments of a customer's sentence that name goods in words no catalog name holds
    ("dhe keto luget e pirunjte", "e un mulinello grande", "the stuff against ticks"): how many,
    whether one of them adds to the order ("also ...", "dhe ...") rather than asks, and their
    words that are no attribute ("luget", "pirunjte")."""
    if not sent.toks:
        return 0, False, frozenset()
    fw = function_words()
    if not any(
        len(t.text) >= 5 and t.text.isalpha() and t.text not in fw and t.text not in _GREETINGS
        for t in sent.toks
    ):
        # a part counts only through a word of five letters or more, no function word or
        # greeting (``words`` below): a sentence without one has none, whatever is taken
        return 0, False, frozenset()
    keys: list[str | None] | None = None
    # a name that fits several products equally and gave no item ("baterin") is still open
    # a mention after "for" ("sprejin per goma", "spray for the tyres") says what the goods
    # are for, it names none
    taken = {
        i
        for m in mentions
        if not m.ambiguous and not for_something(sent.toks, m.start)
        for i in range(m.start, m.end)
    }
    # the tokens an item was read from ("nje te bardhe M" for the shirt already named)
    taken |= {
        k
        for k, t in enumerate(sent.toks)
        for a, b in spans
        if a <= sent.start + t.start < b or a < sent.start + t.end <= b
    }
    # "m'duhen 40 thasë": the words of an intent ("I need") name no goods
    said = {k for spans in sent.intents.values() for a, b in spans for k in range(a, b)}
    bounds = sorted({0, len(sent.toks), *sent.breaks})
    count, adds = 0, False
    unknown: set[str] = set()
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if any(i in taken for i in range(lo, hi)):
            continue
        words = [
            k
            for k in range(lo, hi)
            if len(t := sent.toks[k].text) >= 5
            and t.isalpha()
            and t not in fw
            and t not in _GREETINGS
            and k not in said
        ]
        if words and keys is None:
            keys = resolved_keys(index, sent.toks)  # only when a part may name goods
        if keys is not None and any(
            (key := keys[k]) is None or not is_attribute(key) for k in words
        ):
            count += 1
            start = {sent.toks[k].text for k in range(max(0, lo - 1), min(hi, lo + 2))}
            adds |= bool(start & _ADDITIVE)
            unknown.update(
                sent.toks[k].text
                for k in words
                if (key := keys[k]) is None or not is_attribute(key)
            )
    return count, adds, frozenset(unknown)


def in_span(sent: Sentence, a: int, b: int, lo: int = 0, hi: int | None = None) -> bool:
    """A number of toks[a:b] is an end of a span of sizes the merchant states ("Imame 110 do
    152 cm", "nga 110 deri 152", "sizes 36 to 41", "da 110 a 152"): what is in stock from one
    end to the other, not one size."""
    toks = sent.toks
    top = len(toks) if hi is None else min(hi, len(toks))
    ends = [i for i in range(max(0, a), min(b, len(toks))) if toks[i].text.isdigit()]
    for k in (k for i in ends for k in (i - 2, i)):
        if (
            lo <= k
            and k + 2 < top
            and toks[k].text.isdigit()
            and toks[k + 2].text.isdigit()
            and (
                toks[k + 1].text in _SPAN_WORDS
                or toks[k + 1].text == "a"
                and k > 0
                and toks[k - 1].text == "da"
            )
        ):
            return True
    return False


def stock_list(specs: list[VariantSpec], sent: Sentence, lo: int, hi: int) -> bool:
    """Three or more variants named one after the other, joined only by commas and "dhe / and /
    e / o": the merchant lists what is in stock, it does not confirm one."""
    spans = sorted(
        {
            (h.start, h.end)
            for spec in specs
            if (h := match_variant([spec], sent.toks, lo, hi)) is not None
        }
    )
    if len(specs) >= 3 and hi > lo:
        # "Kemi 140x140, 140x180 dhe 140x240": three of the written variants, word for word
        raw = fold(sent.raw[sent.toks[lo].start : sent.toks[hi - 1].end])
        written = [
            sp.text
            for sp in specs
            # (the words written in ``raw`` at all before the regex reads where they stand)
            if (f := fold(sp.text)) in raw
            and re.search(rf"(?<![\w.,]){re.escape(f)}(?![\w]|[.,]\d)", raw)
        ]
        if len(written) >= 3:
            return True
    if _unit_run(specs, sent, lo, hi) >= 3 or any(in_span(sent, a, b, lo, hi) for a, b in spans):
        return True
    run = best = 1 if spans else 0
    for (_a, b), (c, _d) in zip(spans, spans[1:], strict=False):
        between = sent.raw[sent.toks[b - 1].end : sent.toks[c].start]
        joined = (
            c >= b
            and all(sent.toks[k].text in _JOINERS for k in range(b, c))
            and ("," in between or ";" in between or c > b)
        )  # "20, 24, 28 dhe 32 cm"; not "3 (6-10 kg)"
        run = run + 1 if joined else 1
        best = max(best, run)
    return best >= 3


# "and" between the numbers of a list ("8, 12 i 16 kg", "8, 12 e 16 kg")
_RUN_JOINERS = _JOINERS | frozenset(["i", "и", "e", "y", "et"])


def _unit_run(specs: list[VariantSpec], sent: Sentence, lo: int, hi: int) -> int:
    """The most measure variants named by one run of numbers that shares the unit written
    after its last ("Imame 8, 12, 16, 20 i 24 kg"): a list of what is in stock."""
    measures = {sp.measure for sp in specs if sp.measure}
    toks = sent.toks
    best = 0
    if len(measures) < 3:
        return 0
    for k in range(max(lo, 1), min(hi, len(toks))):
        if unit_of(toks[k].text) is None or not toks[k - 1].text[:1].isdigit():
            continue
        named, j = 0, k - 1
        while j >= max(lo, k - 16):
            t = toks[j].text
            if t[:1].isdigit() and number_value(t) is not None:
                named += variant_spec(f"{t} {toks[k].text}").measure in measures
            elif not (t in _RUN_JOINERS and j > lo and toks[j - 1].text[:1].isdigit()):
                break
            j -= 1
        best = max(best, named)
    return best


_PACK_KEYS = frozenset(key_of(w) for w in CONTAINERS)


_ADD_WORDS = word_set("add_words")
# the shop asks for the delivery details: a yes after it answers no offer
_DETAIL_ASKS = (
    word_set("address_labels")
    | word_set("name_labels")
    | word_set("phone_labels")
    | word_set("where_words")
)


_BUNDLES = CONTAINERS | word_set("bundles")


def _bundle(index: CatalogIndex, sent: Sentence, m: Mention) -> bool:
    """A set, box, basket or kit: its name (or the merchant's word for it) opens with one."""
    name = tokenize(fold(index.products[m.product].name))
    return bool(name) and name[0].text in _BUNDLES or sent.toks[m.start].text in _BUNDLES


def _drop_contents(index: CatalogIndex, sent: Sentence, found: list[Mention]) -> list[Mention]:
    """ "Kutia Lux 4500 lekë: qiri 380 g + difuzor 100 ml", "Set 2900 lek (parfum 50 ml +
    deodorant)", "Geschenkkorb: Honig, Tee und Kekse": after a set, box or basket the merchant
    names, the products listed after a colon or inside a parenthesis are what it holds, not
    lines of the order. The list starts at the colon (a price may come before it: "… 4500 lekë:
    qiri …"); a product followed by a colon of its own ("Kutia: 2500, Difuzor: 2600") starts
    another line, and a colon followed by a price is no list of contents."""
    if len(found) < 2 or not any(c in sent.raw for c in ":("):
        return found
    toks = sent.toks
    out: list[Mention] = []
    k = 0
    while k < len(found):
        m = found[k]
        out.append(m)
        k += 1
        if m.ambiguous or not _bundle(index, sent, m) or k >= len(found):
            continue
        nxt = found[k]
        between = sent.raw[toks[m.end - 1].end : toks[nxt.start].start]
        opener = max(between.rfind(":"), between.rfind("("))
        if opener < 0 or any(c in between[opener + 1 :] for c in ".;"):
            continue
        # the list opens with the product or its count: "…: 3 qirinj", "(parfum 50 ml …"
        gap = [t for t in toks[m.end : nxt.start] if t.start >= toks[m.end - 1].end + opener]
        if len(gap) > 1 or gap and number_value(gap[0].text) is None:
            continue
        closing = ")" if between[opener] == "(" else ""
        while k < len(found):
            c = found[k]
            after = sent.raw[toks[c.end - 1].end : toks[c.end - 1].end + 40]
            own_colon = re.match(r"[^,;+:()]{0,25}:", after) is not None
            if own_colon:
                break  # "Kutia Mini: 2500, Difuzor: 2600": a line of its own
            k += 1
            if (
                closing
                and closing
                in sent.raw[
                    toks[c.end - 1].end : toks[found[k].start].start
                    if k < len(found)
                    else len(sent.raw)
                ]
            ):
                break
    return out


def _in_condition(sent: Sentence, k: int) -> bool:
    """ "nëse mbani edhe çadrën, ju këshillojmë 65 L", "if you carry the tent too, …": a
    product in the merchant's condition is not what it proposes."""
    return any(k - 5 <= s0 < k for s0, _e in sent.spans("conditional"))


_THOSE = frozenset(
    ["ato", "ata", "keto", "kto", "those", "these", "quelli", "quelle", "questi", "queste"]
)


def _kind(index: CatalogIndex, product: int) -> str:
    """The word a product's name says what it is by ("Set takëmesh" → takëm, "Filtër i
    jashtëm" → filtër): the first key of its name that is not a pack word."""
    entry = index.products[product]
    words = entry.phrases[0] if entry.phrases else ()
    return next((k for k in words if k not in _PACK_KEYS), entry.sku)


# a plain "and" joining the parts of a list (not "edhe / also", which adds in passing)
_AND = word_set("and_words")


def _counted_unit(sent: Sentence, k: int) -> bool:
    """ "palë", "kavanoza", "copë" right after a number (and "of / di / von" after it): the
    unit the goods are counted in."""
    t = sent.toks[k].text
    if t in ("of", "di", "da", "von", "de") and k > 1:
        return _counted_unit(sent, k - 1)  # "2 pairs of gloves", "2 vasetti di miele"
    return (
        k > 0
        and number_value(sent.toks[k - 1].text) is not None
        and (t in PAIR_WORDS or t in CONTAINERS or lexicon().concept(t) == "piece")
    )


def _leads(sent: Sentence, start: int, starts: set[int]) -> bool:
    """The mention opens the merchant's sentence, after at most a yes, a "so" and a count ("Po,
    2 sete ...", "Sì, cintura ...", "Ok: ...", "Pra: ..."), or a part of a list of products
    ("Fairy 1L + 3 sfungjerë"): the merchant states what the customer gets. ``starts``: where
    mentions start."""
    # "Ok", "Po", and the shop's "we have" ("Kemi elektrike infrared 600 den")
    agree = {k for i in ("agree", "shop_has") for a, b in sent.spans(i) for k in range(a, b)}
    opener = _greeting_colon(sent)  # "Përshëndetje Sabit: 2 pizhame …"
    # "Ok: 2 x 1 kg kurabie + 500 g biskota": a count's "x" and a measure before the name
    measured = {k for ms in find_measures(sent.toks[:start]) for k in range(ms.start, ms.end)}
    lead = [
        k < opener
        or k in agree
        or k in measured
        or (sent.toks[k].text == "x" and k > 0 and number_value(sent.toks[k - 1].text) is not None)
        or number_value(sent.toks[k].text) is not None
        or sent.toks[k].text in CONJUNCTIONS - _ADDITIVE
        or sent.toks[k].text in _THEN  # "Pra: 2 thase ...", "So: ...", "Atëherë H2 ..."
        or _counted_unit(sent, k)  # "Pra: 2 palë doreza", "Ok: 3 kavanoza mjaltë"
        # "Done: small backpack, blue smock 116": a colour or size word before the name
        or k + 1 == start
        and lexicon().concept(sent.toks[k].text) is not None
        for k in range(start)
    ]
    lo = sent.segment_bounds(start)[0]
    if all(lead):
        return True
    colon = sent.raw.find(":")
    if 0 <= colon < sent.toks[start].start:
        # "S'ka problem: 2 …", "Kein Problem: …", "Perfect: …": a short preface and a colon,
        # then the list of what the customer gets
        after = next(k for k, t in enumerate(sent.toks) if t.start > colon)
        if after <= 3 and all(lead[after:]):
            return True
    if all(lead[lo:]) and lo and "+" in sent.raw[sent.toks[lo - 1].end : sent.toks[lo].start]:
        return True  # "Elsa nr 40 + vello klasik 5 m": a part of the merchant's sum
    if (
        lo
        and _opens_summary(sent)
        and all(lead[k] or sent.toks[k].text in _ADDITIVE for k in range(lo, start))
    ):
        return True  # "Ok: e zezë + gri, plus 2 mbulesa L": a line of the restatement
    # "..., me të shkon mirë edhe llambë koke": an extra in passing, not a part of a list
    prev = sent.segment_bounds(lo - 1)[0] if lo else 0
    if 0 < prev < lo and all(t.text in _AND for t in sent.toks[prev:lo]):
        # "…, 1 palë doreza dhe 2 palë çorape", "LED E27 9W x10 dhe 2 automata 16A"
        prev = sent.segment_bounds(prev - 1)[0]
    while 0 < prev < lo and all(_price_word(t.text) for t in sent.toks[prev:lo]):
        # "400 tulla = 5 paleta, 248€; suva 5 x 9€": a price of the line before ends it
        prev = sent.segment_bounds(prev - 1)[0]
    return all(lead[lo:]) and any(prev <= k < lo for k in starts)


def _price_word(text: str) -> bool:
    return number_value(text) is not None or text in _CURRENCY or text == "x"


def _line_start(sent: Sentence, start: int, floor: int) -> int:
    """Where a line of the merchant's list starts: the count, "x", measure and unit words
    before the product's name at ``start`` (not before ``floor``)."""
    measured = {
        k
        for ms in find_measures(sent.toks[floor:start])
        for k in range(floor + ms.start, floor + ms.end)
    }
    k = start
    while (
        k > floor
        and not any(ch in ",+;&" for ch in sent.raw[sent.toks[k - 1].end : sent.toks[k].start])
    ) and (
        k - 1 in measured
        or number_value(sent.toks[k - 1].text) is not None
        or sent.toks[k - 1].text == "x"
        or _counted_unit(sent, k - 1)
    ):
        k -= 1
    return k


def advised_variant(
    sent: Sentence, specs: list[VariantSpec], lo: int, hi: int
) -> VariantHit | None:
    """The variant a merchant's sentence names for a product in toks[lo:hi]; of two options,
    the one after "ju rekomandoj / I'd recommend / vi consiglio" ("QHD 144Hz, e kemi edhe FHD
    75Hz, por ju rekomandoj QHD")."""
    hit = match_variant(specs, sent.toks, lo, hi)
    if hit is None:
        after = [b for _a, b in sent.spans("advice") if lo <= b < hi]
        if after:
            hit = match_variant(specs, sent.toks, after[0], hi)
    return hit


def bracketed(sent: Sentence, lo: int, hi: int) -> set[int]:
    """The tokens of toks[lo:hi] inside parentheses."""
    out: set[int] = set()
    depth = 0
    prev = sent.toks[lo - 1].end if lo else 0
    for k in range(lo, hi):
        gap = sent.raw[prev : sent.toks[k].start]
        depth = max(0, depth + gap.count("(") - gap.count(")"))
        if depth:
            out.add(k)
        prev = sent.toks[k].end
    return out


def _in_full(spec: VariantSpec, sent: Sentence, h: VariantHit) -> bool:
    """Every part of the variant is said in the hit: its words and numbers, and its measure
    ("2022" alone is not "2022 0.75 L")."""
    toks = sent.toks[h.start : h.end]
    said = {word_key(t.text) for t in toks}
    if any(k not in said for k in spec.keys if k[:1] != "#"):
        return False
    if spec.measure is None or not (spec.keys or spec.size or spec.range_ or spec.number):
        # "3 x 16\" dhe 2 x 24\"": a variant that is only a measure is said in full by its
        # number, the unit left to a mark the tokens drop or to the words before
        return True
    return any(same_measure(spec.measure, m.key) for m in find_measures(toks))


def _names_one_band(specs: Sequence[VariantSpec], sent: Sentence, h: VariantHit) -> bool:
    """ "1 i rritur + 2 fëmijë" for "fëmijë 3-12 vjeç", "2 Kinder" for "Kinder 6-14 J.": a
    restated variant said by its words without its band or number, when those words are every
    word of the variant and no other variant of the product holds them (the numbers only mark
    the band the word already names)."""
    spec = specs[h.index]
    if spec.measure is not None or spec.size is not None:
        return False
    words = [k for k in spec.keys if k[:1].isalpha()]
    said = {word_key(t.text) for t in sent.toks[h.start : h.end]}
    if not words or any(k not in said for k in words):
        return False
    # what is left unsaid is the band: its numbers and its unit ("3", "12", "#years")
    band = spec.range_[2] if spec.range_ is not None else None
    if any(not (k[:1].isdigit() or k == band or k[:1] == "#") for k in spec.keys if k not in said):
        return False
    return not any(
        all(k in other.keys for k in words) for j, other in enumerate(specs) if j != h.index
    )


_OK_COLON = re.compile(r"^\W*(?:ok|okay|okej|dakord|n[eë] rregull|va bene|alles klar)\s*:", re.I)


def _keeps_said(index: CatalogIndex, it: Item, p: int) -> bool:
    """ "a winter duvet" … "Winter duvet 200x220" beside "Jorgan 4 stinë 200x220", "mish viçi"
    … "qengj i prerë, 3 kg viç": a concept the customer said that the line's product holds
    (winter, beef) is held by the product a merchant's line would switch it to, in its name or
    a variant ("cadren per 4 vete" … "Cadra Drenova per 4 persona")."""
    mine = index.products[it.product].keys
    entry = index.products[p]
    return all(
        k in entry.keys or any(k in sp.keys for sp in entry.specs)
        for k in it.said
        if k[:1] == "#" and k in mine
    )


def _says_variant(spec: VariantSpec, sent: Sentence) -> bool:
    """The sentence names that variant ("… e kemi teke, dopio dhe king", "comes in black")."""
    return match_variant([spec], sent.toks, 0, len(sent.toks)) is not None


def _greeting_colon(sent: Sentence) -> int:
    """ "Përshëndetje Sabit: 2 …", "Thanks Anna: …", "Grazie mille Marco: …": a greeting or
    thanks, with at most the customer's name, before a colon (or an emoji) opens the merchant's
    statement; so does the shop's word that it booked or confirmed the order, with at most a
    name or a date ("Rezervuar 1 korrik: …", "U rregullua Klea: …", "Booked ✅ …"), and a
    yes with the customer's name ("Ok Nezir: …").
    Returns how many tokens the opener holds (0: none)."""
    toks = sent.toks
    if (
        len(toks) >= 3
        and any(a == 0 and b == 1 for a, b in sent.spans("agree"))
        and toks[1].raw[:1].isupper()
        and any(ch in sent.raw[toks[1].end : toks[2].start] for ch in ":,")
    ):
        return 2  # "Ok Nezir: 2 flamuj …", "Ok Rinesa, TV box …": a yes and the customer's name
    # each cut of the first words looked up in the set, longest first (none is a prefix of
    # another, so at most one cut is a preface)
    words = tuple(t.text for t in toks[:_BOOKED_MAX])
    booked = next((n for n in range(len(words), 0, -1) if words[:n] in _BOOKED), 0)
    if not toks or toks[0].text not in _GREETINGS and not booked:
        return 0
    for k in range(max(1, booked), min(len(toks), booked + 4)):
        between = sent.raw[toks[k - 1].end : toks[k].start]
        if ":" in between or any(_emoji(ch) for ch in between):
            return k  # "Tung vlla 😄 2 …": an emoji closes the greeting as a colon does
        if any(ch.isdigit() for ch in toks[k].text) and not booked:
            return 0
    return 0


def _emoji(ch: str) -> bool:
    return ord(ch) >= 0x2600 and not ch.isalnum()


def _name_start(sent: Sentence, start: int, name: str) -> int:
    """Where the product's name starts when function words of its own name ("La Vie …", "The
    Ordinary …", "Il Gufo …") stand before the words the mention was found by."""
    words = {t.text for t in tokenize(fold(name))}
    while (
        start > 0
        and sent.toks[start - 1].text in words
        and number_value(sent.toks[start - 1].text) is None
    ):
        start -= 1
    return start


def _preface_colon(sent: Sentence) -> bool:
    """ "Sure: …", "Of course: …", "S'ka problem: …", "Tamam: …": a yes or a "no problem" of at
    most three words, then a colon, opens the merchant's statement."""
    toks = sent.toks
    gaps = (sent.raw[toks[k - 1].end : toks[k].start] for k in range(1, min(len(toks), 4)))
    k = next((k for k, gap in enumerate(gaps, 1) if ":" in gap), 0)
    if not k:
        return False
    agree = {j for a, b in sent.spans("agree") for j in range(a, b)}
    return all(j in agree for j in range(k)) or tuple(t.text for t in toks[:k]) in _PREFACES


def own_numbers(sent: Sentence, lo: int, hi: int, keys: frozenset[str]) -> set[int]:
    """ "1 set 24 copë ari", "1 bojë muri 10 L gri": the tokens of a number or a measure the
    product's own name holds, which are no count."""
    out = {k for k in range(lo, hi) if sent.toks[k].text.isdigit() and sent.toks[k].text in keys}
    for m in find_measures(sent.toks[lo:hi]):
        if "=" + m.key in keys:
            out.update(range(lo + m.start, lo + m.end))
    return out


@per_sentence  # asked by the summary and the restatement readers for the same sentence
def _opens_summary(sent: Sentence) -> bool:
    """ "Pra: …", "Ok: …", "Allora …", "Faleminderit Arta: …", "Sure: …": the merchant opens a
    restatement of the order."""
    return bool(sent.toks) and (
        sent.toks[0].text in _SUMMARY
        # "Ok, atëherë 1 … dhe 1 …", "Okay so: …", "Va bene, allora …": a yes, then the opener
        or any(
            s == 0 and e < len(sent.toks) and sent.toks[e].text in _THEN
            for s, e in sent.spans("agree")
        )
        or bool(_OK_COLON.match(sent.raw))
        or _greeting_colon(sent) > 0
        or _preface_colon(sent)
        or _preface_then(sent)
        or _closed_by_then(sent)
        or _opened_by_then(sent)
    )


def _preface_then(sent: Sentence) -> bool:
    """ "Pa problem, atëherë 3 …", "No problem, so 3 …": a "no problem", then the opener."""
    words = tuple(t.text for t in sent.toks[:4])
    # each cut of the first words looked up in the set (not each preface compared with them)
    return any(words[n] in _THEN and words[:n] in _PREFACES for n in range(len(words)))


def _closed_by_then(sent: Sentence) -> bool:
    """ "5 panele atëherë", "3 boxes then": a count, then what it counts, closed by "then"."""
    return len(sent.toks) >= 3 and sent.toks[0].text.isdigit() and sent.toks[-1].text in _CLOSERS


def _opened_by_then(sent: Sentence) -> bool:
    """ "Atëherë 1 … dhe 1 …", "Then 2 … and 1 …": "then" right before a count opens the
    shop's conclusion of what was said, as "5 panele atëherë" closes one."""
    # a count is small: "Atëherë 140 i rri mirë" names a size (140 cm), not 140 pieces
    return (
        len(sent.toks) >= 3
        and sent.toks[0].text in _CLOSERS
        and sent.toks[1].text.isdigit()
        and 1 <= int(sent.toks[1].text) <= _MAX_THEN_COUNT
    )


def _of(
    lines: tuple[tuple[int, int, int | None], ...], product: int
) -> tuple[tuple[int, int, int | None], ...]:
    """The lines of one product among ``lines`` (``_lines_now``)."""
    return tuple(x for x in lines if x[0] == product)


def _counted_variant(
    specs: Sequence[VariantSpec], sent: Sentence, lo: int, hi: int
) -> VariantHit | None:
    """The variant of a restated line ("2 Nude 3", "10 × Ø8", "10 × 8"): its count first is no
    part of it when the rest names a variant in full (the count would make "Nude 2" as
    likely)."""
    toks = sent.toks
    times = hi - lo >= 2 and "×" in sent.raw[toks[lo].end : toks[lo + 1].start]  # "10 × 8"
    if (
        hi - lo >= 2
        and toks[lo].text.isdigit()
        and (times or number_value(toks[lo + 1].text) is None)
    ):
        h = match_variant(specs, toks, lo, hi, skip={lo})
        if h is not None and _in_full(specs[h.index], sent, h):
            return h
    return match_variant(specs, toks, lo, hi)


def _counted_sum(sent: Sentence) -> bool:
    """ "50 × çimento 40 kg + 15 × Ø10": the merchant's sum of two or more lines, each opening
    with its count."""
    parts = sent.raw.split("+")
    return len(parts) >= 2 and all(p.strip()[:1].isdigit() for p in parts)


def _names_other(
    index: CatalogIndex, sent: Sentence, lo: int, hi: int, product: int, hit: VariantHit
) -> bool:
    """A word of toks[lo:hi] outside the variant found and any note in parentheses is in the
    names of other products, not in those of ``product`` ("navy L ×2" is no line of the white
    polo); a word of one of ``product``'s own variants is not ("10 të bardhë" of the belts,
    though "Kimono (me rrip të bardhë)" holds "bardhë")."""
    note = bracketed(sent, lo, hi)  # "1 x shade 2 (darkest brown)": a note
    specs = index.products[product].specs
    for k in range(lo, hi):
        word = sent.toks[k].text
        if hit.start <= k < hit.end or k in note or len(word) < 3 or not word.isalpha():
            continue
        if any(word_key(word) in sp.keys for sp in specs):
            continue
        owners = index.by_key.get(key_of(word), ())
        if owners and product not in owners:
            return True
    return False


def _split_by_variant(lines: Sequence[tuple[Mention, int, VariantHit | None, Sentence]]) -> bool:
    """A product named twice in the merchant's restatement is one product's lines by variant:
    each with a variant, none the same."""
    seen: dict[int, set[int]] = {}
    for m, _q, h, _s in lines:
        if h is None or h.index in seen.setdefault(m.product, set()):
            return False
        seen[m.product].add(h.index)
    return True


def _names_only(sent: Sentence, mentions: list[Mention]) -> bool:
    """The sentence is one product's name and nothing else but linking words ("Montim?",
    "Gift wrap?", "Edhe montimin?"), or the shop's "do you want" ("Dëshironi edhe syrin e
    derës?", "Would you like a gift box?"); or its words from "also" on are ("Origjinal atëherë
    👍 Edhe xham mbrojtës?")."""
    also = next((k for k, t in enumerate(sent.toks) if t.text in _ADDITIVE), 0)
    if any(m.start > also for m in mentions):
        mentions = [m for m in mentions if m.start > also]
    else:
        also = 0
    if len(mentions) != 1:
        return False
    m = mentions[0]
    offer = {k for a, b in sent.spans("offer_asks") for k in range(a, b)}
    return all(
        m.start <= k < m.end or t.text in STOPWORDS or t.text in _ADDITIVE or k in offer
        for k, t in enumerate(sent.toks)
        if k >= also
    )


def _count_asked(sent: Sentence) -> bool:
    """ "2 pako 0.8?", "3 copë?", "2 Stück?": a question asking back for a yes that opens with
    a small count of packs or pieces and says little else."""
    toks = sent.toks
    if not _asks_to_confirm(sent) or not 2 <= len(toks) <= 6:
        return False
    v = number_value(toks[0].text)
    if v is None or not 1 <= v <= 20 or v != int(v):
        return False
    nxt = toks[1].text
    return nxt in CONTAINERS or lexicon().concept(nxt) == "piece"


def _asks_to_confirm(sent: Sentence) -> bool:
    """ "600x1000 x2 + 600x1200 x1?": the merchant's restatement asked back for a yes (no
    question word, no options)."""
    return sent.question and not _asks_otherwise(sent)


@per_sentence  # asked of one sentence by several readers; reads no ``question`` (memo.py)
def _asks_otherwise(sent: Sentence) -> bool:
    """The sentence opens like a question, holds a question word, options, a decline or a
    condition: asked of a question, it does not ask back for a yes (``_asks_to_confirm``, which
    asks ``question`` itself: ``open_variants`` sets it on a new sub-sentence)."""
    return (
        starts_like_question(sent)
        or sent.has("question")
        or any(t.text in _OR for t in sent.toks)
        or sent.has("decline")
        or sent.has("conditional")
    )


# words of a total ("4800 den gjithsej", "total 20 €", "insgesamt", "vkupno")
_TOTAL = word_set("total_words")
# "2 copë = 1800", "3 pcs = 45.00", "2x = 600": a count and the sum it makes
_AMOUNT = r"(\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)"
_COUNT_SUM = re.compile(
    r"(?<![\d.,])(\d{1,2})\s*(?:x|cope|copë|copa|pcs|pc|pieces|pezzi|stuck|stück|stk)?\s*="
    r"\s*" + _AMOUNT,
    re.IGNORECASE,
)
_SUM = re.compile(r"=\s*" + _AMOUNT)


# "… ×2, e zezë ×2 = 1750 lekë": the lines before an equals sign and an amount are summed
_SUMS_TO = re.compile(r"=\s*\d")
_DISPUTE_WORDS = 60  # the words of a customer's sentence read for a variant the split lacks


def _another_variant_after(specs: Sequence[VariantSpec], sent: Sentence, hit: VariantHit) -> bool:
    """Another variant of the product is named later in the sentence than ``hit``: the
    sentence lists the product's options ("Kalë për bagazhe: deri 40 kg 35€, deri 80 kg
    50€"), it chooses none."""
    other = match_variant(specs, sent.toks, hit.end, len(sent.toks))
    return other is not None and other.index != hit.index


def _amount(text: str) -> Decimal | None:
    """ "1.800", "1,800", "1 800", "17.60": the amount (a separator before three digits groups
    thousands, before one or two it marks the decimals)."""
    t = text.strip()
    m = re.fullmatch(r"(\d+(?:[.,\s]\d{3})*)(?:[.,](\d{1,2}))?", t)
    if m is None:
        return None
    whole = re.sub(r"[.,\s]", "", m.group(1))
    return Decimal(whole + ("." + m.group(2) if m.group(2) else ""))


def states(sent: Sentence) -> bool:
    """The merchant states what the customer gets: not a question, options ("… or …?"), a
    decline, advice or a condition."""
    return not (sent.question or _offers_or_declines(sent))


@per_sentence  # asked about 3 times per merchant sentence; reads no ``question`` (memo.py)
def _offers_or_declines(sent: Sentence) -> bool:
    """Options ("… or …"), a decline, advice or a condition: not what the customer gets
    (``states``, which asks ``question`` itself: ``open_variants`` sets it on a new
    sub-sentence)."""
    return (
        not _OR.isdisjoint(sent.texts)
        or sent.has("decline")
        or sent.has("advice")
        or sent.has("conditional")
    )


_WITH_WORDS = word_set("with_words") | word_set("including_words")


# how far below the best a rival's score may be and still name the same kind: the same words
# matched, a name's coverage (1.5 x a share) or its head word (0.2) aside
_NEAR_TIE = 0.3


def _one_offer(named: list[tuple[Sentence, Mention]]) -> bool:
    """The products the merchant named are one offer: said in one sentence, each joined to the
    one before by "+" ("Oferta: Dragon roll 16 copë + Tempura roll 16 copë, 2400 lekë")."""
    sent = named[0][0]
    if any(s is not sent for s, _m in named):
        return False
    spans = sorted((m.start, m.end) for _s, m in named)
    toks = sent.toks
    return all(
        "+" in sent.raw[toks[a_end - 1].end : toks[b_start].start]
        for (_a, a_end), (b_start, _b) in zip(spans, spans[1:], strict=False)
    )


def _takes_that(sent: Sentence) -> bool:
    """ "e dua ate", "I'll take it", "lo prendo": an order verb and a word pointing at what was
    just offered, in a short sentence."""
    return (
        len(sent.toks) <= 6
        and (sent.has("order") or sent.has("agree"))
        and any(t.text in _THAT for t in sent.toks)
    )


def _bracket_note(sent: Sentence, before: Mention, m: Mention) -> bool:
    """ "Pelet A1 (ahu) 240€/ton": a mention that is the whole of a bracket (no number in it)
    right after the product named before it and its variant words (no comma, "+" or full stop
    between them) is a note on that product (its wood, its kind), not another product offered."""
    raw = sent.raw
    a, b = sent.toks[m.start].start, sent.toks[m.end - 1].end
    if raw[:a].rstrip()[-1:] != "(" or raw[b:].lstrip()[:1] != ")":
        return False
    opened = raw[:a].rstrip()
    gap = opened[sent.toks[before.end - 1].end : len(opened) - 1]
    return not any(c in gap for c in ",;.+:!?()") and len(gap.split()) <= 2


class MerchantLines:
    """Mixin of :class:`~plugins.parser_rules.items.ItemReader`."""

    state: ItemState
    focus: Item | None
    _merchant_cache: dict[tuple[int, int], list[Mention]]
    # per merchant sentence, the products it says come with other goods or are not needed
    free_named: dict[tuple[int, int], frozenset[int]]
    free_dropped: set[int]  # the products of the lines ``note_free`` took out
    options: tuple[int, frozenset[str]] = (-1, frozenset())
    discussed: dict[int, frozenset[int]]
    by_length: set[int]  # products the merchant prices by the metre
    offered: list[Sentence]  # the merchant's last message
    history: list[tuple[Sentence, frozenset[int]]]  # the customer's sentences, their products
    advised: tuple[Sentence, Item, VariantHit] | None  # a variant the merchant advises
    pending_count: tuple[int, int] | None  # (message, count) said with no product
    shipping_asked: int  # the customer's message that last asked about shipping
    advised_split = False  # ... for another person than the variant the item has
    # the advice taken as a change, kept until the end of the message ("... one each")
    advised_undo: tuple[int, Item, int | None, str | None, Sentence, VariantHit] | None = None
    # products an ambiguous word named, waiting for a variant to say which (message, products,
    # asked); read by ItemReader._waiting_variant
    waiting: tuple[int, tuple[int, ...], bool] | None = None
    # the shop's message declining lines of the order and naming other goods: (message, the
    # lines' products, the others); read by drop_declined
    declined: tuple[int, frozenset[int], frozenset[int]] | None = None

    if TYPE_CHECKING:

        def _waiting_variant(self, sent: Sentence, merchant: bool = False) -> bool: ...

    def _variant_line(self, it: Item, q: int | None, sent: Sentence, h: VariantHit) -> Item:
        raise NotImplementedError

    # the products the merchant named, two or more, for a customer who had named none:
    # (message, lines); "both / the two" in the next message takes them
    named_several: tuple[int, list[tuple[Sentence, Mention]]] | None = None
    unnamed_order = False  # the customer ordered, in words no product of the catalog holds
    # the customer's last message named goods in words the catalog lacks: (message, segments,
    # ordered); the merchant's answer right after it may name them
    unnamed_asks: tuple[int, int, bool] | None = None
    # (message, the words of those segments no catalog key holds): the customer's own name for
    # the goods the merchant's answer names ("Lichterketten" for "Vargje dritash")
    unnamed_words: tuple[int, frozenset[str]] = (-1, frozenset())
    unnamed_added = -1  # the customer's message whose unnamed goods were added ("dhe një për …")
    proposed_in = -1  # the merchant message whose names were taken for the customer's words
    # (message, line, count before): a count the customer's message gave an older line
    recounted: tuple[int, Item, int] | None = None
    service_offer: tuple[int, int, int] | None = None  # (message, product, variant)
    # the merchant's words for each of two or more products it offered: (message, {product:
    # the words of its part of the sentence no other offered product's part holds})
    option_words: tuple[int, dict[int, tuple[Sentence, Mention, frozenset[str]]]] | None = None
    # the merchant's restatement of the order: (message, [(product, count, variant)])
    summary: tuple[int, list[tuple[Mention, int, VariantHit | None, Sentence]]] | None = None
    # the merchant's restatement of the lines of one product by variant: (message, product,
    # [(count, variant, sentence)])
    split_summary: tuple[int, int, list[tuple[int, VariantHit, Sentence]]] | None = None
    # "S rozë dhe L e zezë, 4800 den gjithsej": variants of one product restated without counts
    # the order's lines when the restatement was made: a later customer message that changed
    # nothing ("Mentor Rama, mesues") lets the details after it still take the restatement
    summary_lines: tuple[tuple[int, int, int | None], ...] = ()
    split_lines: tuple[tuple[int, int, int | None], ...] = ()  # ... when the split was made
    split_doubted: bool = False  # the customer said no, changed or removed after it
    split_counted: bool = False  # each of its lines has a count said
    # the product's lines when the customer first answered the split
    split_heard: tuple[tuple[int, int, int | None], ...] | None = None

    def _hit_key(self, sent: Sentence, hit: VariantHit | None) -> str | None:
        raise NotImplementedError

    def note_packs(self, sent: Sentence, before: dict[int, int] | None = None) -> None:
        raise NotImplementedError

    def _mentions(self, sent: Sentence) -> list[Mention]:
        key = (sent.message, sent.start)
        kept = self._merchant_cache.get(key)
        if kept is not None:
            return kept  # (what is kept is a list, never None: one look-up for a hit)
        if key not in self._merchant_cache:
            index = self.state.index
            found = find_mentions(index, sent.toks, sent.breaks)
            if index.models:
                # "Sienna 2500, 39 euro": the merchant names a product by its model alone
                taken = {i for m in found for i in range(m.start, m.end)}
                for i, t in enumerate(sent.toks):
                    p = index.models.get(key_of(t.text)) if i not in taken else None
                    if p is not None and t.raw[:1].isupper():
                        found.append(Mention(i, i + 1, [(1.0, p)], [key_of(t.text)]))
                found.sort(key=lambda m: m.start)
            found = [
                k
                for m in found
                if (k := self._by_variant(sent, m) if m.ambiguous else self._ordered_kind(sent, m))
                is not None
            ]
            named = self._variant_names(sent, found)
            if named is not None:
                found = sorted([*found, named], key=lambda m: m.start)
            found = sorted([*found, *self._priced(sent, found)], key=lambda m: m.start)
            found = _drop_contents(index, sent, found)
            found = self._drop_with_contents(sent, found)
            free = said_free(sent, found)
            if free:
                # "kaskat përfshihen", "Me PEI s'ju duhet ngjitës": goods the shop says come
                # with another or are not needed are no offer (``note_free`` drops them)
                self.free_named[key] = frozenset(m.product for m in free if not m.ambiguous)
                found = [m for m in found if m not in free]
            self._merchant_cache[key] = self._drop_variant_words(sent, found)
        return self._merchant_cache[key]

    def note_free(self, sents: list[Sentence]) -> None:
        """ "A mundemi me marr edhe maska?" - "Maskat janë të përfshira në tur", "edhe ngjitësi?"
        - "Me PEI s'ju duhet ngjitës": a line only asked about or named in the customer's message
        just before, of goods the shop's answer says come with another product or are not
        needed, goes (the customer may still order it after)."""
        free: set[int] = set()
        for sent in sents:
            self._mentions(sent)
            free |= self.free_named.get((sent.message, sent.start), frozenset())
        if free:
            # the lines only asked about, and those the customer's message just before named
            # ("A mundemi me marr edhe maska?"): the shop's answer is about them
            last = sents[0].message - 1
            out = [
                it
                for it in self.state.items
                if it.product in free and (it.tentative or it.message == last)
            ]
            self.free_dropped |= {it.product for it in out}
            self.state.items = [it for it in self.state.items if not any(it is o for o in out)]

    @staticmethod
    def _drop_with_contents(sent: Sentence, found: list[Mention]) -> list[Mention]:
        """ "shporta për lindje 40€ (me rrobe, pelena dhe arush të vogël)", "the gift box (with
        a candle and a mug)": what a product holds, in brackets after it, is no offer."""
        if "(" not in sent.raw or len(found) < 2:
            return found
        out: list[Mention] = [found[0]]
        for m in found[1:]:
            at = sent.toks[m.start].start
            opened = sent.raw.rfind("(", 0, at)
            inside = opened > sent.toks[found[0].end - 1].end and ")" not in sent.raw[opened:at]
            words = sent.raw[opened + 1 : at].split()[:1] if inside else []
            if words and fold(words[0]).strip(",.:") in _WITH_WORDS:
                continue
            if _bracket_note(sent, out[-1], m):
                continue
            out.append(m)
        return out

    def _variant_names(self, sent: Sentence, found: list[Mention]) -> Mention | None:
        """ "E27 9W 3000K është drita e ngrohtë, 250 lekë": a variant of several parts said in
        full that only one product sells names that product (one whose variant is said inside
        a longer one, "3000K" of a spot in "E27 9W 3000K", does not count)."""
        index = self.state.index
        taken = {i for m in found for i in range(m.start, m.end)}
        pairs = {
            pv
            for i, t in enumerate(sent.toks)
            if i not in taken
            for pv in index.variant_codes.get(word_key(t.text), ())
        }
        full: list[tuple[int, VariantHit]] = []
        for p, vi in pairs:
            spec = index.products[p].specs[vi]
            h = match_variant([spec], sent.toks, 0, len(sent.toks))
            if h is not None and _in_full(spec, sent, h) and not taken & set(range(h.start, h.end)):
                full.append((p, h))
        full = [
            (p, h)
            for p, h in full
            if not any(
                q != p
                and g.start <= h.start
                and h.end <= g.end
                and g.end - g.start > h.end - h.start
                for q, g in full
            )
        ]
        products = {p for p, _h in full}
        if len(products) != 1 or products & {m.product for m in found}:
            return None
        p, h = full[0]
        return Mention(h.start, h.end, [(1.0, p)], [])  # no name said: no keys

    def _priced(self, sent: Sentence, found: list[Mention]) -> list[Mention]:
        """ "Me i madhi është 32 cm, 2200 lek": a price quoted in a segment that names no
        product names the one product sold at that price, while the customer has named no
        product, last named goods in words the catalog lacks, or named them by a word that fits
        several products ("një kovë bojë" - "2400 lek kova")."""
        out: list[Mention] = []
        if 0 <= self.shipping_asked < sent.message:
            # "do you ship to Vlorë?" - "Yes, 300 lek, 1-2 days": the answer quotes the fee
            return out
        if (
            self.state.items
            and self.unnamed_asks is None
            and not any(it.weak for it in self.state.items)
        ):
            return out
        for k in range(len(sent.toks)):
            p = priced_product(self.state.index, sent.toks, k)
            if p is None or self.state.find(p) is not None:
                continue
            lo, hi = sent.segment_bounds(k)
            if not any(lo <= m.start < hi for m in found):
                out.append(Mention(k, k + 1, [(1.0, p)], []))  # no name said: no keys
        return out

    def _by_variant(self, sent: Sentence, m: Mention) -> Mention:
        """ "DualSense White" (a controller and a charger): of the products a name fits
        equally, the only one sold in the variant said after it in its segment."""
        products = self.state.index.products
        top = m.candidates[0][0]
        hi = sent.segment_bounds(m.start)[1]
        fitting = [
            (sc, p)
            for sc, p in m.candidates
            if sc >= top - 1e-9 and match_variant(products[p].specs, sent.toks, m.end, hi)
        ]
        if len(fitting) != 1:
            return m
        return Mention(m.start, m.end, fitting, m.keys)

    def _ordered_kind(self, sent: Sentence, m: Mention) -> Mention | None:
        """ "2 x detergjent 5 L Lavande" (liquid detergent ordered, washing powder sold in kg):
        a kind word several products share, followed by a variant the best-named one does not
        sell but exactly one other in the order does, names that one. When several in the
        order sell it ("Tepsitë i kemi 30, 40 dhe 50 cm" with two "Tepsi byrek" lines, beside
        "Bakllava tepsi"), the word speaks of their kind and names no product (None)."""
        if len(m.candidates) < 2:
            return m
        products = self.state.index.products
        hi = sent.segment_bounds(m.start)[1]
        top = m.candidates[0][1]
        if not products[top].specs or self.state.find(top) is not None:
            return m
        if match_variant(products[top].specs, sent.toks, m.end, hi) is not None:
            return m
        fitting = [
            (sc, p)
            for sc, p in m.candidates[1:8]
            if self.state.find(p) is not None
            and match_variant(products[p].specs, sent.toks, m.end, hi) is not None
        ]
        if (
            not m.start
            and len({p for _sc, p in fitting}) > 1
            and all(headed_by(products[p], m.keys[0]) for _sc, p in fitting)
            and not headed_by(products[top], m.keys[0])
        ):
            return None
        if len(fitting) != 1:
            return m
        return Mention(m.start, m.end, fitting, m.keys)

    def merchant_fill(self, sents: list[Sentence]) -> None:
        """The merchant's confirmation names a variant the customer left open ("3 kabllo USB-C 1m",
        "Pipette für große Hunde (qen L)"); options ("50ml apo 100ml?") tie and name none."""
        open_items = [
            it for it in self.state.items if it.variant is None and self.state.entry(it).specs
        ]
        for it in open_items:
            for sent in sents:
                if sent.question and (
                    any(t.text in _OR for t in sent.toks) or sent.has("question")
                ):
                    continue  # options ("50ml apo 100ml?") or a question about it name none
                if any(a <= 1 for a, _b in sent.spans("conditional")):
                    continue  # "Nese blini online, digital": advice under a condition
                mentions = self._mentions(sent)
                named = [m for m in mentions if it.product in {p for _s, p in m.candidates}]
                if not named and not (len(open_items) == 1 and not mentions):
                    continue
                lo = named[0].start if named else 0
                hi = len(sent.toks)
                later = [
                    m.start
                    for m in mentions
                    if m.start > lo and it.product not in {p for _s, p in m.candidates}
                ]
                if later:
                    hi = min(later)
                specs = self.state.entry(it).specs
                hit = match_variant(specs, sent.toks, lo, hi)
                if hit is not None and stock_list(specs, sent, lo, hi):
                    continue  # "E kemi ne 20, 24, 28 dhe 32 cm": a list of what is in stock
                if (
                    hit is not None
                    and it.proposed
                    and it.message == sent.message
                    and _another_variant_after(specs, sent, hit)
                ):
                    # "Kalë për bagazhe: deri 40 kg 35€ ditën, deri 80 kg 50€" for the
                    # customer's own words: the options of the line just named, none chosen
                    continue
                if hit is not None:
                    it.variant = hit.index
                    it.variant_key = self._hit_key(sent, hit)
                    break
                if self._split_by_merchant(it, sent, lo, hi):
                    break
                if named and not sent.question:
                    # "ju del një kovë 14 litërshe hidromat" (14 L in three colours): the size
                    # the merchant states waits for the colour the customer says next
                    heard = said_measures(sent.toks[:hi])
                    if any(f"={sp.measure}" in heard for sp in specs if sp.measure):
                        it.hints = it.hints | heard

    def note_declined(self, sents: list[Sentence]) -> None:
        """ "Panda për ato data sapo u zu 😕 kemi Renault Clio 30€ dita": the shop declines
        a line of the order and names other goods; kept for the customer's answer."""
        self.declined = None
        held = {it.product for it in self.state.items}
        named = {m.product for s in sents for m in self._mentions(s) if not m.ambiguous}
        refused = {
            m.product
            for s in sents
            if s.has("decline")
            for m in self._mentions(s)
            if not m.ambiguous and m.product in held
        }
        if refused and named - held:
            self.declined = (sents[0].message, frozenset(refused), frozenset(named - held))

    def drop_declined(self, message: int) -> None:
        """The customer's message right after the shop declined a line takes one of the other
        goods the shop named ("mirë, Clio le të jetë"): the declined line goes."""
        declined, self.declined = self.declined, None
        if declined is None or declined[0] != message - 1:
            return
        _m, refused, others = declined
        if any(it.product in others and not it.tentative for it in self.state.items):
            self.state.items = [it for it in self.state.items if it.product not in refused]

    def fill_from_offer(self, message: int) -> None:
        """ "Edhe kryqezat, 3 mm per 60x60?" - "po 2 pako kryqe": a product the customer names
        without a variant right after the merchant named it with one takes that variant (not
        from options, "3 mm apo 2 mm?", nor a list of what is in stock)."""
        if not self.offered or self.offered[0].message != message - 1:
            return
        for it in self.state.items:
            specs = self.state.entry(it).specs
            if it.message != message or it.variant is not None or not specs:
                continue
            for ms in self.offered:
                if any(t.text in _OR for t in ms.toks):
                    continue
                mentions = self._mentions(ms)
                named = [m for m in mentions if not m.ambiguous and m.product == it.product]
                if len(named) != 1:
                    continue
                later = [x.start for x in mentions if x.start > named[0].start]
                lo, hi = named[0].start, min(later) if later else len(ms.toks)
                hit = match_variant(specs, ms.toks, lo, hi)
                if hit is not None and not stock_list(specs, ms, lo, hi):
                    it.variant = hit.index
                    it.variant_key = self._hit_key(ms, hit)
                    break

    def take_priced_offer(self, message: int, sents: list[Sentence]) -> None:
        """ "… kockën përtypëse masë S, 350 lekë. Ta fusim në paketë?" - "po dy copë më mirë":
        the shop's message names one product the order lacks, says a price and asks a question
        that asks for no detail; a customer message opening with a yes takes it, also
        when it goes on about other things (``accept_proposal`` reads a short yes only). The
        count is the one number the yes's sentence says, else one."""
        if not self.offered or self.offered[0].message != message - 1 or not sents:
            return
        first = sents[0]
        agree = first.spans("agree")
        if first.start or not agree or agree[0][0] != 0 or first.has("hesitate"):
            return
        if any(t.text in NEGATIONS for t in first.toks[1:3]):
            return  # "po jo", "ok no": the yes is taken back
        asked = [ms for ms in self.offered if ms.question]
        if not asked or any(t.text in _DETAIL_ASKS for ms in asked for t in ms.toks):
            return  # "Ku t'i dërgojmë?", "Emri?": the shop asks for the details, not a yes
        index = self.state.index
        # the offer is the question's sentence or the one right before it; it names the
        # product by the head of its name ("kockën përtypëse", "Instalimi"), with a price, and
        # no goods of the order (not "I vogli 50 g (250 lekë) … Kështu?", the order restated)
        k = self.offered.index(asked[-1])
        near = self.offered[max(0, k - 1) : k + 1]
        named: dict[int, tuple[Sentence, Mention]] = {}
        for ms in near:
            for m in self._proposals(ms):
                named.setdefault(m.product, (ms, m))
        new = [p for p in named if self.state.find(p) is None]
        if len(new) != 1:
            return
        ms, m = named[new[0]]
        if any(x.product != m.product for x in self._proposals(ms)):
            return  # its sentence names goods of the order too: the order restated
        entry = index.products[m.product]
        if not any(headed_by(entry, key) for key in m.keys):
            return
        if not any(_amount(t.text) is not None for t in ms.toks) or not any(
            t.text in _CURRENCY for t in ms.toks
        ):
            return
        hit = advised_variant(ms, entry.specs, m.start, len(ms.toks))
        said = match_variant(entry.specs, first.toks, 0, len(first.toks))
        counts = [
            int(v)
            for k, t in enumerate(first.toks)
            if (v := number_value(t.text)) is not None
            and 1 <= v <= MAX_QTY
            and v == int(v)
            and t.text not in lexicon().weak_numbers
            and not glued(first, k)
            and not (said is not None and said.start <= k < said.end)
        ]
        line = self._named_line(ms, m, None, said or hit, False)
        if len(counts) == 1:
            line.quantity, line.qty_explicit = counts[0], True
        if said is not None:
            line.variant_key = self._hit_key(first, said)
        self.state.items.append(line)

    def merchant_count(self, sents: list[Sentence]) -> bool:
        """ "Spray … 900 lekë copa. 2 copë = 1800 lekë", "4 perde 26 € copa = 104 €": the
        merchant's count and the sum it makes, for the one line whose count the customer left
        unsaid and whose price times that count is the sum, is that line's count."""
        if self._count_then_sum(sents):
            return True
        open_items = [it for it in self.state.items if not it.qty_explicit and it.quantity == 1]
        if not open_items:
            return False
        index = self.state.index
        for sent in sents:
            said = [(int(m.group(1)), m.group(2)) for m in _COUNT_SUM.finditer(sent.raw)]
            for m in _SUM.finditer(sent.raw):
                # "4 perde liri 26 € copa = 104 €", "4 × 250 = 1000 den": a count said before
                # the sum, the price between
                said += [
                    (int(t.text), m.group(1))
                    for t in sent.toks
                    if t.end <= m.start() and t.text.isdigit() and len(t.text) <= 2
                ]
            for n, amount in said:
                total = _amount(amount)
                if not 2 <= n <= 20 or total is None:
                    continue
                fits = [
                    it
                    for it in open_items
                    if (price := index.products[it.product].price) is not None
                    and price * n == total
                ]
                if len(fits) == 1:
                    fits[0].quantity = n
                    fits[0].qty_explicit = True
                    return False
        return False

    def _count_then_sum(self, sents: list[Sentence]) -> bool:
        """ "Va bene, 6 giorni allora, 72€", "Mirë, 4 shëtitje atëherë, 20€": the merchant's
        new count, a word or two, then after a comma its sum with a currency. When exactly one
        line of the order costs that sum at that count (whatever count it had: the customer
        has just added to it), the count is that line's, and True (a restatement before it is
        out of date)."""
        items = self.state.items
        index = self.state.index
        for sent in sents:
            if sent.question:
                continue
            for n, amount in counts_then_sums(sent.toks, sent.raw):
                fits = [
                    it
                    for it in items
                    if (price := index.products[it.product].price) is not None
                    and price * n == amount
                ]
                if len(fits) == 1 and fits[0].quantity != n:
                    fits[0].quantity = n
                    fits[0].qty_explicit = True
                    return True
        return False

    def take_restated_counts(self, message: int, sents: list[Sentence]) -> None:
        """ "Pra 13 m². Ngjitës 4 thasë." - "ok 13 atehere, 4 thase": bare counts of a message
        naming no product that repeat the counts the merchant just stated for the items (each
        value for one item) are those items' counts."""
        if not self.offered or self.offered[0].message != message - 1 or len(sents) != 1:
            return
        sent = sents[0]
        if sent.question or find_mentions(self.state.index, sent.toks, sent.breaks):
            return
        index = self.state.index
        stated: dict[int, set[int]] = {}  # value -> products the merchant stated it for
        for ms in self.offered:
            mentions = self._mentions(ms)
            for k, m in enumerate(mentions):
                if m.ambiguous or self.state.find(m.product) is None:
                    continue
                hi = mentions[k + 1].start if k + 1 < len(mentions) else len(ms.toks)
                lo = mentions[k - 1].end if k else 0
                entry = index.products[m.product]
                for q in (
                    quantity_before(ms, m.start, lo, entry.paired, set()),
                    quantity_after(ms, m.end, hi, entry.paired, set()),
                ):
                    if q is not None:
                        stated.setdefault(q[0], set()).add(m.product)
            area = [
                it.product
                for it in self.state.items
                if sold_by_area(index.products[it.product].name)
            ]
            n = area_count(ms.toks, 0, len(ms.toks)) if len(area) == 1 else None
            if n is not None:
                stated.setdefault(n, set()).add(area[0])
        # "dy shishe nga 1 litri": the number of a measure is a size, not a count
        sized = {k for m in find_measures(sent.toks) for k in range(m.start, m.end)}
        said = [
            int(v)
            for k, t in enumerate(sent.toks)
            if (v := number_value(t.text)) is not None
            and v == int(v)
            and not glued(sent, k)
            and k not in sized
        ]
        picks = {v: next(iter(stated[v])) for v in said if len(stated.get(v, ())) == 1}
        if len(picks) < 2 or len(set(picks.values())) != len(picks):
            return  # one repeated count is read by the usual rules
        for v, p in picks.items():
            it = self.state.find(p)
            if it is not None:
                it.quantity = max(1, min(v, MAX_QTY))
                it.qty_explicit = True

    def _split_by_merchant(self, it: Item, sent: Sentence, lo: int, hi: int) -> bool:
        """ "dy komplete" ... "Kompleti HOME, 8-9 vjeç dhe 12-13 vjeç, 2800 secili": a
        confirmation naming as many variants as the open line counts is one line each."""
        if sent.question or not 2 <= it.quantity <= MAX_QTY:
            return False
        specs = self.state.entry(it).specs
        hits = [
            (k, h)
            for k, spec in enumerate(specs)
            if (h := match_variant([spec], sent.toks, lo, hi)) is not None
        ]
        spans = {(h.start, h.end) for _k, h in hits}
        if len(spans) != len(hits) or stock_list(specs, sent, lo, hi):
            return False
        # "8 dreka (6 standard + 2 vegjetariane)", "2 boxes of -1.75 … and 2 boxes of -2.00"
        # for an open line of 8 / 4: each variant stated with its own count, the counts adding
        # up to the line's, is one line each with its count
        counts = _split_counts(sent, [h for _k, h in hits], lo) if len(hits) >= 2 else None
        if counts is not None and sum(counts) != it.quantity:
            counts = None
        if counts is None and (len(hits) != it.quantity or it.quantity > 6):
            return False
        first = min(h.start for _k, h in hits)
        last = max(h.start for _k, h in hits)
        if any(sent.toks[k].text in _OR for k in range(first, last)) or any(
            sent.toks[k].text in _COMES_IN for k in range(lo, first)
        ):
            # "50 thasë × 40 kg ose 80 × 25 kg", "çaji vjen në 50 g dhe 100 g": the choices the
            # merchant offers, not the lines of the order
            return False
        pos = self.state.items.index(it)
        by_start = sorted(hits, key=lambda x: x[1].start)
        self.state.items[pos : pos + 1] = [
            replace(
                it,
                quantity=counts[j] if counts is not None else 1,
                qty_explicit=it.qty_explicit or counts is not None,
                variant=k,
                variant_key=self._hit_key(sent, h),
            )
            for j, (k, h) in enumerate(by_start)
        ]
        return True

    def merchant_advice(self, sents: list[Sentence]) -> None:
        """ "Ju keshilloj 80/D", "I'd recommend the 42", "vi consiglio la 3000": the variant
        the merchant advises for an item, taken by a yes in the customer's next message."""
        self.advised = None
        for sent in sents:
            spans = sent.spans("advice")
            if not spans or sent.question:
                continue
            a = spans[0][1]
            # "ju sugjeroj E14 5W 2700K" names the bulb: its "2700K" is no spot's variant
            others = [m for m in self._mentions(sent) if m.start >= a]
            fits = [
                (it, hit)
                for it in ([self.focus] if self.focus in self.state.items else self.state.items)
                if it is not None
                for hit in (
                    match_variant(self.state.entry(it).specs, sent.toks, a, len(sent.toks)),
                )
                if hit is not None
                and not any(
                    m.product != it.product and m.start <= hit.start < m.end for m in others
                )
            ]
            if len(fits) == 1:
                it, hit = fits[0]
                # "Per vajzen 4-5 vjec. Per djalin ju keshilloj 8-9": the variant the item has is
                # named for another person in the same message; the advice is a second line
                other = it.variant is not None and any(
                    (h := match_variant(self.state.entry(it).specs, s.toks, 0, len(s.toks)))
                    is not None
                    and h.index == it.variant
                    for s in sents
                    if s is not sent
                )
                self.advised = (sent, it, hit)
                self.advised_split = other and hit.index != it.variant

    def take_advice(self, sent: Sentence) -> bool:
        """A yes ("ok", "po", "si thoni ju", "ok me dergoni 2 cope") right after the advice."""
        if self.advised is None or sent.question:
            return False
        ms, it, hit = self.advised
        if sent.message != ms.message + 1 or it not in self.state.items:
            return False
        if not (sent.has("agree") or sent.has("as_proposed") or sent.has("order")):
            return False
        if match_variant(self.state.entry(it).specs, sent.toks, 0, len(sent.toks)) is not None:
            return False  # the customer says a variant of their own
        self.advised = None
        if self.advised_split and (it.quantity >= 2 or sent.has("both")):
            # "2 kostume, njeri 6 vjec tjetri 9 vjec" - "ok si thoni ju": one of each
            it.quantity = max(1, it.quantity - 1)
            self.state.items.append(self._variant_line(it, 1, ms, hit))
            return True
        if self.advised_split:
            # "Ok si thoni ju. Nje per secilin": "one each" may follow in the same message
            self.advised_undo = (sent.message, it, it.variant, it.variant_key, ms, hit)
        it.variant = hit.index
        it.variant_key = self._hit_key(ms, hit)
        return True

    def advice_each(self, sent: Sentence) -> bool:
        """ "... Nje per secilin": the advised variant was a second line after all."""
        undo = self.advised_undo
        if undo is None or sent.message != undo[0] or not sent.has("both"):
            return False
        self.advised_undo = None
        _m, it, variant, key, ms, hit = undo
        if it not in self.state.items:
            return False
        it.variant, it.variant_key = variant, key
        self.state.items.append(self._variant_line(it, 1, ms, hit))
        return True

    def merchant_switch(self, sents: list[Sentence]) -> None:
        """The customer's words fit several products ("kjo fletorja" for two notebooks) and the
        merchant's answer names one of them ("Po, Moleskine A5 e kuqe"): the item is that one."""
        for sent in sents:
            self._switch_by_variant(sent)
        self._switch_named(sents)
        self._swap_in_total(sents)
        words: dict[int, frozenset[str]] = {}
        heard: dict[int, frozenset[str]] = {}  # with the attributes said ("pambuk", "500 g")
        # the products the merchant's words fit about as well ("4 tuba" for the tubes and the
        # "Boiler … me tuba vakumi"): the one read from the customer's words stays
        near: dict[int, set[int]] = {}
        for sent in sents:
            if sent.question:
                continue
            for m in self._mentions(sent):
                if not m.ambiguous:
                    own = frozenset(k for k in m.keys if not is_attribute(k))
                    words[m.product] = words.get(m.product, frozenset()) | own
                    heard[m.product] = heard.get(m.product, frozenset()) | set(m.keys)
                    top = m.candidates[0][0]
                    near.setdefault(m.product, set()).update(
                        p for sc, p in m.candidates[1:4] if sc >= top - 0.1
                    )
        named = set(words)
        if not named:
            return
        index = self.state.index
        # the sentence that names each product
        said_in = {
            m.product: sent
            for sent in sents
            if not sent.question
            for m in self._mentions(sent)
            if not m.ambiguous
        }
        for it in self.state.items:
            if it.product in named:
                it.weak = False  # "Trachtenkostüm" ... "Kostum vajze 5-6": the merchant names it
                model = {
                    k for k in words[it.product] if self.state.index.models.get(k) == it.product
                }
                if model:
                    # known by its model too ("dyshek" … the merchant's "Relax 90x190"): no
                    # longer only a word that several products' names hold
                    it.said = it.said | model
            said = {k for k in it.said if k[:1] not in "#=" and not k[:1].isdigit()}
            if not said or it.product in named:
                continue
            # a variant already chosen carries over when the named product sells it too
            # ("çarçafët … për dopio" - "seti pambuk … teke, dopio dhe king")
            chosen = (
                index.products[it.product].variants[it.variant] if it.variant is not None else None
            )
            # "nji pako lapsa" beside a pencil case ordered in the same words - "kutia e lapsave
            # 390, lapsa HB 120": of the products named, the ones not already in the order
            # "pjaten me lule" read as the flower pot - "Pjata e darkës me motiv blu": the
            # product the merchant names is headed by a word the customer said that the line's
            # product lacks
            mine = index.products[it.product].keys
            fits = [
                p
                for p in named
                if (
                    said <= index.products[p].keys
                    or any(k not in mine and headed_by(index.products[p], k) for k in said)
                )
                and _keeps_said(index, it, p)
                and it.product not in near.get(p, ())
                and not any(o.product == p for o in self.state.items)
                and (
                    chosen is None
                    # the merchant's sentence naming it says that variant of it too
                    or chosen in index.products[p].variants
                    and _says_variant(
                        index.products[p].specs[index.products[p].variants.index(chosen)],
                        said_in[p],
                    )
                )
            ]
            if (
                len(fits) == 1
                and heard[fits[0]] <= said
                and self._serves_instead(it, said, fits[0])
            ):
                continue
            if len(fits) == 1:
                if _amount_in_name(
                    index.products[it.product].name, index.products[fits[0]].name, it.quantity
                ):
                    # "kabllo … 100 metrat" read as metres of the cable sold by the metre - the
                    # merchant's "rrotull 100 m": one roll of the size said, not 100 rolls
                    it.quantity = 1
                it.product = fits[0]
                it.weak = False  # "nje kitare" (several) - "kitaren klasike 3/4": that one
                if chosen is not None:
                    it.variant = index.products[fits[0]].variants.index(chosen)
                    it.variant_key = None

    def _serves_instead(self, it: Item, said: set[str], named: int) -> bool:
        """ "me montim" read as the fitting for the panels ordered - "... per daten e
        montimit": the merchant names the product by only the shared word said, and it serves
        none of the other goods ordered while the one read serves them; that one stays."""
        index = self.state.index
        goods = {
            k
            for o in self.state.items
            if o is not it
            for k in index.products[o.product].keys
            if not is_attribute(k)
        }
        return serves_goods(index.products[it.product], said, goods) and not serves_goods(
            index.products[named], said, goods
        )

    def _switch_by_variant(self, sent: Sentence) -> None:
        """ "ni dorez xbox, ajo blu" (read as the charger) ... "Shock Blue 3.790, ate?": the
        merchant's answer names in full a variant of one other product the customer's words
        also fit, and no product: the line is that product in that variant."""
        if any(m.keys for m in self._mentions(sent)) or not self.state.items:
            return
        index = self.state.index
        for it in self.state.items[-1:]:
            if it.variant is not None and self.state.entry(it).specs:
                continue
            own = self.state.entry(it)
            # the words said that the product read lacks ("xbox" beside "dorez" for a charger)
            said = {k for k in it.said if not is_attribute(k)} - own.keys
            rivals: set[int] = set()
            if said:
                # the products a variant of several words said here belongs to (the cheap first
                # look; read only when some word said is not the product's own)
                sold = {
                    p for t in sent.toks for p, _v in index.variant_words.get(word_key(t.text), ())
                }
                rivals = (
                    {p for k in said for p in index.by_key.get(k, ())} & sold if sold else set()
                )
            words = {k for k in it.said if not is_attribute(k)}
            if not said and words:
                # "nje boje gri" (read as the facade paint, no variant of it named) ... "Kemi
                # gri perle": the customer's words fit other products as well, and the answer
                # names a variant of one of them; ``by_key[k]`` is every product whose keys hold
                # k (the index keeps the two in step), so the rivals are read from the word
                # fewest products hold (the set is the same from any word; only the order it is
                # built in differs, and only a single switch found is taken)
                first = min(words, key=lambda k: len(index.by_key.get(k, ())))
                rivals = {p for p in index.by_key.get(first, ()) if words <= index.products[p].keys}
            if rivals <= {it.product}:
                continue  # no other product to switch to (the cheap test before the variants)
            if own.specs and match_variant(own.specs, sent.toks, 0, len(sent.toks)) is not None:
                continue  # the answer fits the product read: nothing to switch
            found = []
            heard = {word_key(t.text) for t in sent.toks} if not said else set()
            whole: list[tuple[int, frozenset[str]]] = []
            for p in rivals - {it.product}:
                if any(o.product == p for o in self.state.items):
                    continue
                h = match_variant(index.products[p].specs, sent.toks, 0, len(sent.toks))
                if h is not None and h.score >= 6.0:
                    found.append((p, h))
                elif heard:
                    # "gri perle" for "2.5 L gri perle" and "5 L gri perle": the words of
                    # several variants of it, said in full
                    full = {
                        frozenset(sp.keys)
                        for sp in index.products[p].specs
                        if len(sp.keys) >= 2 and set(sp.keys) <= heard
                    }
                    if len(full) == 1:
                        whole.append((p, next(iter(full))))
            if len(found) == 1 and not whole:
                p, h = found[0]
                it.product = p
                it.variant = h.index
                it.variant_key = self._hit_key(sent, h)
            elif len(whole) == 1 and not found:
                it.product = whole[0][0]
                it.variant, it.variant_key = None, None
                it.hints = it.hints | whole[0][1]

    def merchant_focus(self, sents: list[Sentence]) -> None:
        """The item the merchant asks about ("Sa kapele sakte, 2?"): the answer is about it."""
        named = {
            m.product
            for sent in sents
            for m in self._mentions(sent)
            if self.state.find(m.product) is not None
        }
        asked = {
            m.product
            for sent in sents
            if sent.question
            for m in self._mentions(sent)
            if self.state.find(m.product) is not None
        }
        if len(named) > 1 and len(asked) == 1:
            # "Stap 4 m, kutija 3 kata ima. Plovci 4 g - 10 parcinja?": of the items the message
            # names, the one its question asks about
            named = asked
        self.focus = self.state.find(named.pop()) if len(named) == 1 else None
        # the sizes the merchant names for an item are the ones "the small one" chooses from
        for it in self.state.items:
            specs = self.state.entry(it).specs
            if not specs or not any(sp.order is not None for sp in specs):
                continue
            seen = set(self.discussed.get(it.product, ()))
            if it.variant is not None:
                seen.add(it.variant)
            for sent in sents:
                for m in find_measures(sent.toks):
                    seen.update(k for k, sp in enumerate(specs) if same_measure(sp.measure, m.key))
            self.discussed[it.product] = frozenset(seen)
        for sent in sents:
            if priced_by_length(sent.toks) and self.state.items:
                # "Po, 600 lekë metri": the metres the customer says next count it
                named = {m.product for m in self._mentions(sent)}
                self.by_length |= named or {self.state.items[-1].product}
        self.service_offer = self._service_offer(sents)
        # "1) 500 g 2) 1 kg", "E kemi 1 L, 3 L dhe 5 L": read when "te dyten" needs it
        self.offered = sents
        for sent in sents:
            self.note_packs(sent)  # "koli me 12 copë"
            self._packs_for_pieces(sent)
        # "te kuq, te verdhe apo mix?": the options the merchant offers for the item asked about
        self.options = (-1, frozenset())
        for sent in sents:
            if sent.question and any(t.text in _OR for t in sent.toks):
                self.options = (sent.message, frozenset(t.text for t in sent.toks))

    def _packs_for_pieces(self, sent: Sentence) -> None:
        """ "Ftesa (pako 50 copë)": "100 copë" or "për 150 mysafirë" - "janë 2 pako" / "that's
        3 packs": the merchant's count of packs, in a sentence naming no other product, of the
        line whose product is sold in packs (the one line, or the one line of the product the
        sentence names: "Kutizat vijnë në pako me 50 copë, pra 3 pako") is its count, when the
        customer's count was unsaid or is the pieces those packs hold."""
        items = self.state.items
        if not items:
            return
        named = {m.product for m in self._mentions(sent)} if len(items) > 1 else set()
        lines = [it for it in items if it.product in named]
        if len(items) > 1 and (len(named) != 1 or len(lines) != 1):
            return
        it = lines[0] if lines else items[0]
        entry = self.state.entry(it)
        size = pieces_per_pack(entry.name)
        n = (
            packs_stated(sent, model_codes(entry.variants), entry.contents)
            if size is not None
            else None
        )
        if size is None or n is None or n == it.quantity:
            return
        if any(m.product != it.product for m in self._mentions(sent)):
            return
        if not it.qty_explicit or (n - 1) * size < it.quantity <= n * size:
            it.quantity = n
            it.qty_explicit = True

    def _service_offer(self, sents: list[Sentence]) -> tuple[int, int, int] | None:
        """ "A e beni me emrin e saj?" - "Po, emër sipas porosisë +600 lekë": the merchant's
        answer to a question names in full a variant of several words of a product not in the
        order (message, product, variant); a yes to it orders it."""
        history: list[tuple[Sentence, frozenset[int]]] = getattr(self, "history", [])
        if not sents or not history:
            return None
        last = history[-1][0].message
        if not any(h.question for h, _n in history[-4:] if h.message == last):
            return None
        index = self.state.index
        for sent in sents:
            if sent.question or any(m.keys for m in self._mentions(sent)):
                continue  # "PULSE 3D Midnight Black": the product is named, not a service
            found: set[tuple[int, int]] = set()
            for t in sent.toks:
                for p, vi in index.variant_words.get(word_key(t.text), ()):
                    spec = index.products[p].specs[vi]
                    h = match_variant([spec], sent.toks, 0, len(sent.toks))
                    if h is not None and h.score >= 5.0 + len(spec.keys):
                        found.add((p, vi))
            if len({p for p, _v in found}) == 1:
                p, vi = next(iter(found))
                if self.state.find(p) is None:
                    return sent.message, p, vi
        return None

    def take_service(self, sent: Sentence) -> bool:
        """ "shume mire" after the merchant's "Po, emër sipas porosisë +600": ordered."""
        offer = self.service_offer
        if offer is None or sent.question or len(sent.toks) > 4 or not sent.has("agree"):
            return False
        msg, p, vi = offer
        if sent.message != msg + 1 or self.state.find(p) is not None:
            return False
        self.service_offer = None
        self.state.items.insert(
            max(0, len(self.state.items) - 1),
            Item(p, 1, vi, None, False, False, sent.message, 0, 0, ""),
        )
        return True

    def accept_proposal(self, sent: Sentence) -> bool:
        """A short yes right after the merchant's message takes what it proposes: "Pra 2 kuti
        me kikirik?" - "po ashtu" (the count), "Me kete shkon nje kapele blu" - "po ate" (the
        product, added), "ok si thoni ju" (as you say). A plain "ok" takes nothing new."""
        if sent.question or not sent.toks or len(sent.toks) > 5 or not self.offered:
            return False
        if sent.message != self.offered[0].message + 1:
            return False
        if any(s.message == sent.message and s.start < sent.start and p for s, p in self.history):
            # "kameramanin e dytë jo, vetëm fotografin. Regjistroje në emrin tim": the message
            # answered the offer with goods already; the order word after them takes no more
            return False
        as_said = sent.has("as_proposed")
        that = any(t.text in _THAT for t in sent.toks)
        one = that and not any(t.text in _THOSE for t in sent.toks)  # "atë", not "ato"
        # "E14, ju sugjeroj 5W 3000K" - "po": a yes to what the merchant recommends
        yes = sent.has("agree") or sent.has("order")  # "ok", "po", "merre", "den nehme ich"
        advised = any(ms.spans("advice") and not ms.question for ms in self.offered)
        # "For walls P120 is a good grit, ok?" - "yes perfect": the variant the merchant advises
        # in a question, for the one item whose variants it names
        asked = any(ms.spans("advice") and ms.question for ms in self.offered) and yes
        # "Shtoje edhe atë", "add that too", "aggiungi anche quello": a yes that adds it
        adds = any(t.text in _ADD_WORDS for t in sent.toks)
        # "2 pako 0.8?" - "yes": a plain yes to a question that only restates a count of packs
        # or pieces (with a variant) for a line takes that count
        counts_asked = (
            yes
            and len(sent.toks) <= 3
            and not sent.has("correct")
            and any(not self._proposals(ms) and _count_asked(ms) for ms in self.offered)
        )
        # "200 L me presion 110.000 copa. Montim?" - "po": a question that only names one
        # product offers it
        offer_asked = (
            yes
            and not sent.start  # "nein, mein Bruder macht das. Schicken an: …": the no first
            and any(ms.question and _names_only(ms, self._proposals(ms)) for ms in self.offered)
        )
        if (
            not (
                as_said
                or (that and (sent.has("agree") or adds))
                or (advised and yes)
                or asked
                or offer_asked
            )
            and not counts_asked
        ):
            return False
        if any(t.text in NEGATIONS for t in sent.toks) or sent.has("hesitate"):
            return False
        index = self.state.index
        changed = False
        before = list(self.state.items)
        # the products the merchant's last sentence proposing any names that the order lacks
        new: set[int] = set()
        for ms in self.offered:
            named = {m.product for m in self._proposals(ms)}
            found = {p for p in named if self.state.find(p) is None}
            if found and len({_kind(index, p) for p in named}) < len(named):
                found = set()  # "Urbana 300, Rocky 420" - "ok ajo": which one is not said
            new = found or new
        for ms in self.offered:
            mentions = self._proposals(ms)
            # "Pra 2 kuti me kikirik?" about the one item asked, "Qesen e 5 kileve atehere?"
            # about the one item whose variants it names: its count and variant
            fits = [
                it
                for it in self.state.items
                if match_variant(self.state.entry(it).specs, ms.toks, 0, len(ms.toks))
            ]
            if (
                not mentions
                and ms.question
                and (
                    as_said
                    or asked
                    and bool(ms.spans("advice"))
                    and len(fits) == 1
                    or counts_asked
                    and _count_asked(ms)
                )
                and (len(self.state.items) == 1 or len(fits) == 1)
            ):
                it = self.state.items[0] if len(self.state.items) == 1 else fits[0]
                entry = self.state.entry(it)
                hit = match_variant(entry.specs, ms.toks, 0, len(ms.toks))
                if hit is not None:
                    used = set(range(hit.start, hit.end))
                    q = quantity_before(ms, hit.start, 0, entry.paired, used)
                    it.variant = hit.index
                    it.variant_key = self._hit_key(ms, hit)
                    if q is not None:
                        it.quantity = max(1, min(q[0], MAX_QTY))
                        it.qty_explicit = True
                    it.tentative = False
                    changed = True
                elif (n := counted(ms, 0, len(ms.toks))) is not None:
                    # "... 3200 lek pro Eimer. 2 Stück?" - "ja genau": the count asked
                    it.quantity = max(1, min(n, MAX_QTY))
                    it.qty_explicit = True
                    it.tentative = False
                    changed = True
            for k, m in enumerate(mentions):
                entry = index.products[m.product]
                hi = mentions[k + 1].start if k + 1 < len(mentions) else len(ms.toks)
                hit = advised_variant(ms, entry.specs, m.start, hi)
                used = set(range(hit.start, hit.end)) if hit else set()
                # the count of a question ("Pra 2 kuti?") or of an advice ("ju keshillojme nje
                # pale dumbbell 4 kg"); not a count of stock ("e kemi 2 cope")
                proposes = ms.question or bool(ms.spans("advice"))
                q = quantity_before(ms, m.start, 0, entry.paired, used) if proposes else None
                if q is not None and not ms.question and q[0] > 20:
                    q = None  # "Per bel 95 ju shkon rripi": a size, not a count
                if q is not None and any(q[1] < a < m.start for a, _b in ms.spans("advice")):
                    # "Për 1 vjeç me 10 kg rekomandojmë ulësen 9-18 kg": a number before the
                    # advice says whom it is for, not how many
                    q = None
                line = self.state.find(m.product)
                if line is None:
                    if new != {m.product}:
                        continue  # "po ate" takes the one new product the merchant proposes
                    self.state.items.append(self._named_line(ms, m, q, hit, False))
                    changed = True
                    continue
                if one and new and m.product not in new:
                    continue  # "Ate e du": the one proposed, not the one asked about beside it
                if q is not None and (as_said or that):
                    line.quantity = max(1, min(q[0], MAX_QTY))
                    line.qty_explicit = True
                    changed = True
                if hit is not None and line.variant is None:
                    line.variant = hit.index
                    line.variant_key = self._hit_key(ms, hit)
                    changed = True
                line.tentative = False
        added = [it for it in self.state.items if it not in before]
        # "Dëshironi edhe çaj mali?" - "po, 100 g": the variant the yes says for the one added
        said = (
            match_variant(self.state.entry(added[0]).specs, sent.toks, 0, len(sent.toks))
            if len(added) == 1
            else None
        )
        if said is not None and added[0].variant is None:
            added[0].variant, added[0].variant_key = said.index, self._hit_key(sent, said)
        counts = [
            int(v)
            for k, t in enumerate(sent.toks)
            if (v := number_value(t.text)) is not None
            and 1 <= v <= MAX_QTY
            and t.text not in lexicon().weak_numbers
            and not glued(sent, k)
            and not (said is not None and said.start <= k < said.end)
        ]
        if one and len(added) == 1:
            # "Drenova për 2 …; ju rekomandojmë Gramoz …" - "Atë e dua": the one proposed in
            # place of the one of its kind asked about
            kind = _kind(index, added[0].product)
            self.state.items = [
                it
                for it in self.state.items
                if not (it.tentative and it in before and _kind(index, it.product) == kind)
            ]
        if changed and len(counts) == 1 and len(added) == 1:
            # "ok ato, kater": yes to the product proposed, and how many
            added[0].quantity = counts[0]
            added[0].qty_explicit = True
        return changed

    def _proposals(self, sent: Sentence) -> list[Mention]:
        """The products a merchant's sentence names as goods: not one that fits several, nor
        what another is for ("ju rekomandoj QHD 144 per gaming" names no gaming mouse)."""
        products = self.state.index.products
        out = []
        for m in self._mentions(sent):
            top = m.candidates[0][0]
            if m.ambiguous:
                # "2 pizhame 3 vjeç" when the order holds one of the pyjamas: the kind's word
                # names the product of that kind already ordered
                held = {
                    p for s, p in m.candidates if s >= top - 1e-9 and self.state.find(p) is not None
                }
                if len(held) != 1:
                    continue
                m = Mention(m.start, m.end, [(top, held.pop())], m.keys)
            elif self.state.find(m.product) is None:
                # "стап 2.40" when the order holds the spinning rod: a rival the kind's word
                # names nearly as well (a shorter name's coverage aside) and the order holds
                near = {
                    p
                    for s, p in m.candidates[1:]
                    if s >= top - _NEAR_TIE - 1e-9 and self.state.find(p) is not None
                }
                if len(near) == 1:
                    m = Mention(m.start, m.end, [(top, near.pop())], m.keys)
            # "per quella canna Shimano Sienna": the reel's own words start after the rod
            own = products[m.product].keys
            head = next(
                (k for k in range(m.start, m.end) if key_of(sent.toks[k].text) in own), m.start
            )
            if not for_something(sent.toks, head) and not _in_condition(sent, m.start):
                out.append(m)
        return out

    def _named_line(
        self,
        sent: Sentence,
        m: Mention,
        q: tuple[int, int] | None,
        hit: VariantHit | None,
        tentative: bool,
        proposed: bool = False,
    ) -> Item:
        """A new line of the product ``m`` names in ``sent``, with the count ``q`` and the
        variant ``hit`` said there; its evidence is that mention."""
        return said_line(
            sent,
            m.start,
            m.end,
            m.product,
            q[0] if q else None,
            hit,
            self._hit_key(sent, hit),
            tentative,
            proposed=proposed,
        )

    def listed(self, product: int) -> tuple[int, ...]:
        """The variants of ``product`` the merchant's last message lists, in the order written
        ("1) 500 g 2) 1 kg"), when it lists two or more."""
        specs = self.state.index.products[product].specs
        best: dict[tuple[int, int], tuple[float, int]] = {}
        for sent in self.offered:
            for k, spec in enumerate(specs):
                h = match_variant([spec], sent.toks, 0, len(sent.toks))
                if h is None:
                    continue
                # "60 cm ... 45 cm" beside "65 cm": the words at one place are the variant
                # they name best, not a near one ("60" is no "65 cm")
                at = (sent.start, h.start)
                if at not in best or h.score > best[at][0]:
                    best[at] = (h.score, k)
        order = tuple(k for _at, (_s, k) in sorted(best.items()))
        return order if len(order) >= 2 and len(set(order)) == len(order) else ()

    def _count_said_with(self, message: int) -> tuple[int, int] | None:
        """The count the customer's ``message`` said with goods the catalog's words lack, for
        the product the merchant's answer names (taken once)."""
        waiting = self.pending_count
        if waiting is None or waiting[0] != message:
            return None
        self.pending_count = None
        return (waiting[1], 0)

    def merchant_names(self, sents: list[Sentence]) -> None:
        """The merchant names the product the customer pointed at ("the one in your story"):
        kept as a tentative item while the customer has named none and the message names one."""
        if self.waiting is not None:
            # "nje pako tela" (two kinds of strings) - "Të zakonshmet janë 012-053 … Po i
            # shtojmë?": the variant only one of them sells, kept while the customer says yes
            for sent in sents:
                if any(m.keys for m in self._mentions(sent)):
                    continue  # "Portofol femrash rozë pudër": it names the product itself
                if self._waiting_variant(sent, True):
                    break
        if self.state.items:
            self._asks_variant_of_new(sents)
            return
        self.unnamed_asks = None
        found: dict[int, tuple[Sentence, Mention]] = {}
        for sent in sents:
            for m in self._mentions(sent):
                if not m.ambiguous:
                    found.setdefault(m.product, (sent, m))
        if len(found) > 1:
            self.named_several = (sents[0].message, list(found.values()))
            named = self._named_by_variant(sents)
            if named is not None and all(
                s is named[0] and named[2].start <= x.start and x.end <= named[2].end
                for s, x in found.values()
                if x.product != named[1].product
            ):
                # "#12 rozë pudër": "pudër" (powder) is a word of the variant, not a product
                sent, m, h = named
                self.state.items.append(self._named_line(sent, m, None, h, True))
            return
        if not found:
            return
        sent, m = next(iter(found.values()))
        qty: tuple[int, int] | None = None
        if not sent.question:
            # "Po, 2 kavanoza turshi e perzier": the merchant's confirmation states the count
            entry = self.state.index.products[m.product]
            qty = quantity_before(sent, m.start, 0, entry.paired, set())
        if qty is None:
            # "dua dy drita për oborrin" - "Projektor LED 50W, 3200 lekë"
            qty = self._count_said_with(sent.message - 1)
        self.state.items.append(self._named_line(sent, m, qty, None, True))
        # "Po, blu qielli ne 2.5 L …, ne 5 L …": the words of several variants of it said in
        # full, no one variant; "the small ones" next choose among them
        heard = {word_key(t.text) for t in sent.toks}
        heard |= set(variant_spec(" ".join(t.text for t in sent.toks)).keys)  # "blu qielli"
        full = {
            frozenset(sp.keys)
            for sp in self.state.index.products[m.product].specs
            if len(sp.keys) >= 2 and set(sp.keys) <= heard
        }
        if len(full) == 1:
            self.state.items[-1].hints = next(iter(full))
        if self.unnamed_order:
            # "Vorrei il vestito grigio" - "Kostum classic fit hiri 54": what was ordered
            self.state.items[-1].tentative = False

    def _asks_variant_of_new(self, sents: list[Sentence]) -> None:
        """ "edhe ate me bjeshkë" - "Peizazhin malor? Në cilën masë?": the message names one
        product the order lacks, and its question asks which variant: kept as a tentative line
        the customer's answer ("të voglin") chooses the variant of."""
        if not any(s.question and _WHICH.intersection(t.text for t in s.toks) for s in sents):
            return
        found = {
            m.product: (sent, m) for sent in sents for m in self._mentions(sent) if not m.ambiguous
        }
        if len(found) != 1 or not next(iter(found.values()))[0].question:
            return  # "Mjaltë lule: gjysmë kile 1000 lekë … Cilin?": a product it offers
        sent, m = next(iter(found.values()))
        if self.state.find(m.product) is not None or not self.state.index.products[m.product].specs:
            return
        self.state.items.append(self._named_line(sent, m, None, None, True))

    def take_named_several(self, sent: Sentence) -> bool:
        """ "the thumb thing ... and the red light at the back, do you have both?" - "That's
        the throttle … and the rear light …" - "ok just the two then": "both / the two" in a
        later message, before anything else is named, orders what the merchant named."""
        several = self.named_several
        if several is None or self.state.items or sent.question:
            return False
        if sent.message - several[0] > 4:
            return False
        if not sent.has("both") and not (
            sent.message == several[0] + 1 and _one_offer(several[1]) and _takes_that(sent)
        ):
            return False
        self.named_several = None
        for ms, m in several[1]:
            hit = match_variant(
                self.state.index.products[m.product].specs, ms.toks, m.start, len(ms.toks)
            )
            self.state.items.append(self._named_line(ms, m, None, hit, False))
        return True

    def take_all_offered(self, sent: Sentence) -> bool:
        """ "Po, 60 m kabllo dhe 60 m litar. Kuadri monofazë 9500." - "dakord te gjitha": a bulk
        yes ("both / all of them / komplet / beides") in the customer's reply to the merchant's
        message that names two or more products takes each of them the order lacks, whether or
        not the order has lines; not those it declines or gives for free. The count is the one
        the merchant states with it, else one."""
        if sent.question or not self.offered or sent.message != self.offered[0].message + 1:
            return False
        named = find_mentions(self.state.index, sent.toks, sent.breaks)
        if not any(
            not for_something(sent.toks, a)  # "për të dy orët", "for both of us": for whom
            and measure_at(sent.toks, b - 1) is None  # "dy shishe nga 1 litri": of a litre
            and not any(m.start < b and a < m.end for m in named)  # "gjaku komplet": a name
            for a, b in sent.spans("both") + _TAKE_ALL.find(sent.texts)
        ):
            return False
        found: dict[int, tuple[Sentence, Mention]] = {}
        for ms in self.offered:
            if ms.has("decline") or any(t.text in _FREE for t in ms.toks):
                continue
            for m in self._mentions(ms):
                lo, hi = ms.segment_bounds(m.start)
                if not m.ambiguous and any(
                    number_value(t.text) is not None for t in ms.toks[lo:hi]
                ):
                    # "Kuadri monofazë 9500": offered with its price or count, not "... pasi
                    # të pastrohet pusi" (after the well is cleaned)
                    found.setdefault(m.product, (ms, m))
        if len(found) < 2:
            return False
        # "Mjalti 1kg" for the honey already ordered: judged against the order before the yes
        # ("presostati" shares a root with the "presioni" of a tank taken in the same yes)
        taken = [
            (ms, m)
            for ms, m in found.values()
            if self.state.find(m.product) is None and self._new_kind(m)
        ]
        for ms, m in taken:
            entry = self.state.index.products[m.product]
            hit = match_variant(entry.specs, ms.toks, m.start, len(ms.toks))
            used = set(range(hit.start, hit.end)) if hit else set()
            q = None if ms.question else quantity_before(ms, m.start, 0, entry.paired, used)
            self.state.items.append(self._named_line(ms, m, q, hit, False))
        return bool(taken)

    def _named_by_variant(
        self, sents: list[Sentence]
    ) -> tuple[Sentence, Mention, VariantHit] | None:
        """ "ngjyren e fotos" - "Ajo është #12 rozë pudër, 350 den.": the merchant's statement
        says in full a variant of several parts that only one product sells, without naming the
        product: that product in that variant."""
        index = self.state.index
        hits: list[tuple[Sentence, Mention, VariantHit]] = []
        for sent in sents:
            if sent.question or not states(sent):
                continue
            near = {p for t in sent.toks for p, _v in index.variant_codes.get(word_key(t.text), ())}
            for p in near:
                specs = index.products[p].specs
                h = match_variant(specs, sent.toks, 0, len(sent.toks))
                if h is not None and _in_full(specs[h.index], sent, h):
                    hits.append((sent, Mention(h.start, h.end, [(1.0, p)], []), h))
        return hits[0] if len({m.product for _s, m, _h in hits}) == 1 else None

    def merchant_adds(self, sents: list[Sentence]) -> None:
        """ "dhe keto luget e pirunjte, 2 sete" - "Seti i takemeve 24 cope Gold, 2 sete": the
        customer named something in words the catalog lacks and the merchant's answer right after
        names products not in the order: they are the lines, with the merchant's count and
        variant. Not from a question ("... or ...?", "do you also want ...?"), a decline, advice
        or a list naming more products than the customer's unnamed parts."""
        asks, self.unnamed_asks = self.unnamed_asks, None
        if asks is None or not sents or sents[0].message != asks[0] + 1:
            return
        _msg, parts, ordered = asks
        index = self.state.index
        found: list[tuple[Sentence, Mention, int]] = []
        for sent in sents:
            if not states(sent):
                continue
            mentions = self._mentions(sent)
            if not any(number_value(t.text) is not None for t in sent.toks):
                continue  # "Urime!": a statement of what the customer gets has a count or price
            for k, m in enumerate(mentions):
                if m.ambiguous or self.state.find(m.product) is not None:
                    continue
                if (
                    m.start
                    and sent.toks[m.start - 1].text in _CURRENCY
                    and not any(
                        c in sent.raw[sent.toks[m.start - 1].end : sent.toks[m.start].start]
                        for c in ",;"
                    )
                ):
                    # "4200 lek seti": a price per piece ("690 €, Pellet A1", "690 €; Pellet
                    # A1": the next line)
                    continue
                if not _leads(sent, m.start, {x.start for x in mentions}):
                    continue  # "Me hirin shkon mire nje kravate": an extra suggested in passing
                if any(
                    match_variant(self.state.entry(it).specs, sent.toks, m.start, m.end)
                    for it in self.state.items
                ):
                    continue  # "Deluxe Edition": a variant of a line in the order
                if for_something(sent.toks, m.start) or not self._new_kind(m):
                    continue  # "per shirt"; "Mjalti 1kg" for the honey already ordered
                if any(m.product == p for _s, _m, p in found):
                    continue
                hi = mentions[k + 1].start if k + 1 < len(mentions) else len(sent.toks)
                found.append((sent, m, hi))
        if not found or len(found) > parts:
            return
        named = {m.product for sent in sents for m in self._mentions(sent)}
        # "canister 800 L/h" for the filter read as the inner one: another of the same kind;
        # "dhe një për bërrylin" (and one for the elbow) beside a wrist support taken before:
        # goods added in that message are a new line, not another reading of an older one
        kinds = {
            _kind(index, it.product)
            for it in self.state.items
            if it.product not in named and (asks[0] != self.unnamed_added or it.message == asks[0])
        }
        for sent, m, hi in [f for f in found if _kind(index, f[1].product) in kinds]:
            self._switch_kind(asks[0], sent, m, hi, named)
        found = [f for f in found if _kind(index, f[1].product) not in kinds]
        for sent, m, hi in found:
            entry = index.products[m.product]
            hit = match_variant(entry.specs, sent.toks, m.start, hi)
            if hit is not None and _another_variant_after(entry.specs, sent, hit):
                hit = None  # "deri 40 kg 35€, deri 80 kg 50€": the options, none chosen yet
            used = set(range(hit.start, hit.end)) if hit else set()
            q = quantity_before(sent, m.start, 0, entry.paired, used)
            later = [c for s in sents if s.start > sent.start if (c := restated_count(s))]
            if q is None and len(found) == 1 and len(later) == 1:
                q = (later[0], 0)  # "Seti i takemeve 24 copë Gold, 4200 lek. 2 sete = 8400"
            if q is None and len(found) == 1:
                # "edhe fletore te medha me katrore 2 pako" - "Fletore A4 me katrorë"
                q = self._count_said_with(asks[0])
            if q is None and not sent.question:
                # "fije 2.4 mm x2", "Zarfe C4 kafe 3 pako 21€": the count the merchant states
                # after the name of the goods it read for the customer's words
                # (within the name's segment: "Rul 18 cm und 2x Najlon": the 2 is the next one's)
                seg_hi = min(hi, sent.segment_bounds(m.start)[1])
                q = quantity_after(sent, m.end, seg_hi, entry.paired, used, digits=True)
                if q is not None and _a_variant_number(entry.variants, q[0]):
                    q = None  # "Disk 40 dhembe x3" beside a "3 dhembe" variant: not sure
            line = self._named_line(sent, m, q, hit, not ordered, proposed=True)
            if self.unnamed_words[0] == asks[0]:
                line.own_words = self.unnamed_words[1]
            self.state.items.append(line)
        self.proposed_in = sents[0].message
        recount, self.recounted = self.recounted, None
        added = self.state.items[-1] if found and self.state.items[-1].proposed else None
        if recount is not None and added is not None and len(found) == 1:
            msg, line, old = recount
            if (
                msg == asks[0]
                and any(it is line for it in self.state.items)
                and line.product not in named
                and added.qty_explicit
                and added.quantity == line.quantity
            ):
                line.quantity = old  # "2 sete" was the new goods' count, as the merchant says

    def _switch_kind(
        self,
        asked: int | None,
        sent: Sentence,
        m: Mention,
        hi: int,
        named: set[int],
        since: int = -1,
    ) -> bool:
        """ "dhe një të vogël nga ai i luleve" (read as the pine honey) - "Mjaltë lule mali:
        gjysmë kile 1000": the merchant's answer names another product of the kind of the one
        line the customer's last message read (``asked``; else of the one line of that kind the
        merchant does not name, the latest message's when several): the line is that product."""
        index = self.state.index
        kind = _kind(index, m.product)
        same = [
            it
            for it in self.state.items
            if _kind(index, it.product) == kind and it.product not in named and it.message >= since
        ]
        if asked is not None or len(same) > 1:
            last = asked if asked is not None else max(it.message for it in same)
            same = [it for it in same if it.message == last]
        if len(same) != 1:
            return False
        it = same[0]
        # "Mjalti 1kg" fits the mountain honey ordered as well as any other; "vello klasik"
        # does not fit the lace veil
        own = {k for k in m.keys if k[:1] != "=" and not k[:1].isdigit()}
        if not own - index.products[it.product].keys or not _keeps_said(index, it, m.product):
            return False
        lo, hi_seg = sent.segment_bounds(m.start)
        if set(resolved_keys(index, sent.toks)[lo:hi_seg]) & (
            index.products[it.product].keys - index.products[m.product].keys
        ):
            return False  # "flyer A5 500 copë": the merchant's words name the line's A5 too
        entry = index.products[m.product]
        hit = match_variant(entry.specs, sent.toks, m.start, hi)
        old = self.state.entry(it).variants[it.variant] if it.variant is not None else None
        if _amount_in_name(self.state.entry(it).name, entry.name, it.quantity):
            it.quantity = 1  # "litar … 50 metrat" - "litar rrotull 50 m": one roll of 50 m
        it.product = m.product
        it.variant = hit.index if hit else None
        it.variant_key = self._hit_key(sent, hit)
        it.weak = False
        if hit is None and old in entry.variants:
            it.variant = entry.variants.index(old)  # the variant said fits the product named
        return True

    def _swap_in_total(self, sents: list[Sentence]) -> None:
        """ "Farbstifte, die kleinere Box" (read as pencils) - "… neseser blu 390, set vizatimi
        24 pjesë 650 den. Total 3440 den.": the merchant's answer restates the order with its
        total, naming every line of the customer's last message but one and one product not in
        the order: that product takes the line's place."""
        if not sents or not any(_TOTAL.intersection(t.text for t in s.toks) for s in sents):
            return
        found = [(sent, m) for sent in sents if states(sent) for m in self._mentions(sent)]
        named = {m.product for _s, m in found if not m.ambiguous}
        new = {m.product for _s, m in found if self.state.find(m.product) is None}
        lines = self.state.items
        unnamed = [it for it in lines if it.product not in named]
        if len(named) < 3 or len(new) != 1 or len(unnamed) != 1 or not new <= named:
            return
        it = unnamed[0]
        if it.message != sents[0].message - 1 or it.variant is not None:
            return
        sent, m = next((s, m) for s, m in found if m.product in new)
        entry = self.state.index.products[m.product]
        later = [x.start for s, x in found if s is sent and x.start > m.start]
        hit = match_variant(entry.specs, sent.toks, m.start, min(later, default=len(sent.toks)))
        it.product, it.weak = m.product, False
        it.variant = hit.index if hit else None
        it.variant_key = self._hit_key(sent, hit)

    def _switch_named(self, sents: list[Sentence]) -> None:
        """ "nje te bardhe M" (read as the red kit) - "Fanella AWAY e bardhë M 4500", "make the
        filter the smaller external one" - "Sure, canister 800 L/h instead": the merchant's
        statement names, as what the customer gets, a product not in the order of the kind of a
        line it does not name: the line is that product. Not from a question, a decline, options
        ("... or ...?"), advice or a condition; not a product named in passing."""
        named = {m.product for sent in sents for m in self._mentions(sent)}
        asks = self.unnamed_asks
        # "po. dhe një për bërrylin" (and one for the elbow) - "Suport bërryli …": the answer to
        # goods the customer just added names them; an older line of that kind stays
        since = (
            asks[0]
            if asks is not None
            and asks[0] == self.unnamed_added
            and sents
            and sents[0].message == asks[0] + 1
            else -1
        )
        for sent in sents:
            if not states(sent):
                continue
            mentions = self._proposals(sent)
            starts = {x.start for x in mentions}
            for k, m in enumerate(mentions):
                if self.state.find(m.product) is not None or not _leads(sent, m.start, starts):
                    continue
                hi = mentions[k + 1].start if k + 1 < len(mentions) else len(sent.toks)
                self._switch_kind(None, sent, m, hi, named, since)

    def _new_kind(self, m: Mention) -> bool:
        """The merchant's mention holds a word no product in the order has ("takemeve" beside
        the knife set): not another name for a line already read ("Mjalti 1kg")."""
        products = self.state.index.products
        # a number of the name ("Pellet A1" beside "Sobë me pellet") is a word of it too
        own = {
            k
            for k in m.keys
            if not is_attribute(k) or k[:1].isdigit() and k in products[m.product].keys
        }
        return all(own - products[it.product].keys for it in self.state.items)

    def merchant_summary(self, sents: list[Sentence]) -> None:
        """ "Ok: 2 starter 25 kg, 2 pirëse 10 L, 2 ushqyese 10 kg.", "Pulës 0.75 x2, Shesh i
        Bardhë x1 = 4500": the merchant restates the order, two or more products each with its
        count, one of them already in the order. Kept for the customer's next message (a yes or
        the delivery details take it, see ``take_summary``). Not a question, a decline, options,
        advice or a condition; not a product named twice (lines of one product split by
        variant are the customer's to say)."""
        pending, counted = self.split_summary, self.split_counted
        self._merchant_summary(sents)
        if (
            pending is not None
            and counted
            and self.summary is None
            and self.split_summary is None
            and not self.split_doubted
            and self.split_heard == _of(self._lines_now(), pending[1])
            # it splits what the customer's lines did not: more lines than they hold
            and len(self.split_heard) < len(pending[2])
        ):
            # "Në rregull: 2 të rritur … dhe 1 fëmijë …. Vetëm vajtje?" - "vetëm vajtje" - the
            # shop's next message restates nothing: the customer answered on and left the
            # split, each of its lines counted, as it was stated, and the shop went on
            self._take_split(*pending)

    def _merchant_summary(self, sents: list[Sentence]) -> None:
        self.summary = None
        self.split_summary = None
        for sent in sents:
            if not (states(sent) or _asks_to_confirm(sent)):
                continue
            self._split_summary(sent)
            mentions = self._proposals(sent)
            starts = {m.start for m in mentions}
            products = [m.product for m in mentions]
            # "Ok, 2 kemisha 128 cm.": after the customer's change, one line of the order
            # restated with its count and its variant in full
            one_line = len(products) == 1 and bool(sent.spans("agree")[:1] == [(0, 1)])
            if len(set(products)) < 2 and not (
                len(products) == 1 and (_opens_summary(sent) or one_line or _counted_sum(sent))
            ):
                # "Ok: e zezë + gri, plus 2 mbulesa L": one product restated with its count
                # after "Ok: / Pra / So" is a restatement too
                continue
            twice = len(set(products)) != len(products)
            opened = _opens_summary(sent)
            lines: list[tuple[Mention, int, VariantHit | None, Sentence]] = []
            index = self.state.index
            # where each line starts: its count, "x" and measure before the name ("2 x 1 kg
            # kurabie + 500 g biskota")
            begins = [
                _line_start(
                    sent,
                    _name_start(sent, m.start, index.products[m.product].name),
                    mentions[k - 1].end if k else 0,
                )
                for k, m in enumerate(mentions)
            ]
            for k, m in enumerate(mentions):
                entry = index.products[m.product]
                if not _leads(sent, _name_start(sent, m.start, entry.name), starts):
                    break
                hi = begins[k + 1] if k + 1 < len(mentions) else len(sent.toks)
                hi = min(hi, sent.segment_bounds(m.start)[1])
                lo = mentions[k - 1].end if k else 0
                hit = match_variant(entry.specs, sent.toks, m.start, hi)
                if hit is None and begins[k] < m.start:
                    # "1 kovë 5 kg tableta": the variant said before the name
                    hit = match_variant(entry.specs, sent.toks, begins[k], m.start)
                own = max(lo, sent.segment_bounds(m.start)[0])
                if hit is None and own < m.start:
                    # "blue smock 116": the variant's words on both sides of the name
                    hit = match_variant(entry.specs, sent.toks, own, hi)
                used = set(range(hit.start, hit.end)) if hit else set()
                used |= bracketed(sent, m.end, hi)  # "Qese 35L (30 copë) x1": a note
                q = quantity_before(sent, m.start, lo, entry.paired, used)
                counted_first = q is not None  # "2 kemisha 128 cm": the count opens the line
                q = q or quantity_after(sent, m.end, hi, entry.paired, used, digits=True)
                if q is None:
                    # "saten 3 m + astar 2 m": metres of a cloth sold by the metre count it
                    metres = length_count(entry, sent.toks, lo, hi, m.product in self.by_length)
                    q = (metres, lo) if metres is not None else None
                if q is None and opened:
                    # "Ok: 2 x 1 kg kurabie + 500 g biskota", "… and the flamingo float": a
                    # line of the restatement without a count (0: none said)
                    q = (0, -1)
                if q is None or not 0 <= q[0] <= MAX_QTY:
                    break
                lines.append((m, q[0], hit, sent))
            else:
                if twice and not _split_by_variant(lines):
                    continue
                if not any(q for _m, q, _h, _s in lines):
                    continue  # no count at all: a list of goods, not the order restated
                if one_line and not (opened or counted_first and self._restates_line(lines[0])):
                    continue
                if any(self.state.find(m.product) is not None for m, _q, _h, _s in lines):
                    self.summary = (sent.message, lines)
                    self.summary_lines = self._lines_now()

    def _split_summary(self, sent: Sentence) -> None:
        """ "Pra E27 9W 3000K x6 dhe E14 5W 3000K x2": the merchant restates the lines of one
        product in the order, each a variant of several parts said in full with its count, the
        counts and the variants different."""
        index = self.state.index
        products = index.products
        # only products in the order with a variant of several parts a word here belongs to
        near = {p for t in sent.toks for p, _v in index.variant_codes.get(word_key(t.text), ())}
        totalled = (
            bool(_TOTAL.intersection(t.text for t in sent.toks))
            or _SUMS_TO.search(sent.raw) is not None
        )
        wide: set[int] = set()
        # "3 x 140 cm dhe 1 x 60 cm", "10 x 230, 5 x 115": two or more lines in the shop's
        # notebook form (a count and "x") restate lines as an opener or a total does
        if _opens_summary(sent) or totalled or len(_TIMES_COUNT.findall(sent.raw)) >= 2:
            # "Pra Black x2, Cyan, Magenta nga 1?", "S rozë dhe L e zezë, 4800 den gjithsej":
            # variants restated after "Pra / Ok:" or with a total (also when a word here is
            # part of another product's variant: "set" of "set 12")
            wide = {
                it.product for it in self.state.items if len(products[it.product].specs) >= 2
            } - near
            near = near | wide
        mentions = self._mentions(sent) if near else []
        summed = _SUMS_TO.search(sent.raw)
        if summed is not None:
            # "… 2 palë 39-41 = 40€": the sum after "=" names no product by its price
            mentions = [m for m in mentions if sent.toks[m.start].start < summed.start()]
        # "Qirinj 1, 8, 5, 0 (600 lekë) + …": a line's price names no product the order lacks
        mentions = [
            m
            for m in mentions
            if not (
                m.end == m.start + 1
                and quoted_price(sent.toks, m.start) is not None
                and self.state.find(m.product) is None
            )
        ]
        for p in near & {it.product for it in self.state.items}:
            said: list[tuple[int, VariantHit, Sentence]] = []
            first_at, bare = -1, 0
            counted = True  # every line's count said (none "one of each", none from metres)
            for lo in sorted({0, *sent.breaks}):
                hi = sent.segment_bounds(lo)[1]
                others = [m for m in mentions if m.product != p and lo <= m.start < hi]
                if others and not self._variant_words_only(p, sent, lo, hi, others):
                    continue  # "... + 2 sherebel 50 g": a line of another product
                before = [m for m in mentions if m.start < lo]
                if (
                    before
                    and p not in {q for _s, q in before[-1].candidates}
                    and not any(lo <= m.start < hi for m in mentions)
                    and any(m.start >= hi and p in {q for _s, q in m.candidates} for m in mentions)
                    and not any(index.resolve(t.text) in products[p].keys for t in sent.toks[lo:hi])
                ):
                    # "jelek L x2, XL x1; kemishe …": "XL x1", between the vest and the shirts
                    # named after it, goes on the vest's lines
                    continue
                h = _counted_variant(products[p].specs, sent, lo, hi)
                if h is None or not (
                    _in_full(products[p].specs[h.index], sent, h)
                    or _names_one_band(products[p].specs, sent, h)
                ):
                    continue
                if p in wide and _names_other(index, sent, lo, hi, p, h):
                    continue  # "navy L ×2, white XL ×1": a word only another product's names hold
                used = set(range(h.start, h.end))
                used |= own_numbers(sent, lo, hi, products[p].keys)
                paired = products[p].paired
                q = quantity_before(sent, h.start, lo, paired, used) or quantity_after(
                    sent, h.end, hi, paired, used, digits=True
                )
                if q is None:
                    # "Pra li e bardhë 2 m, bezhë 8 m": metres of a cloth sold by the metre
                    metres = length_count(products[p], sent.toks, lo, hi, p in self.by_length)
                    q = (metres, lo) if metres is not None else None
                    counted = False
                if q is None and said:
                    bare += 1  # a variant of the breakdown with no count of its own
                if q is None and (_opens_summary(sent) or totalled):
                    # "Ok: 160x200 e bardhë, 160x200 bezhë", "S rozë dhe L e zezë, 4800 den
                    # gjithsej": one of each
                    q = (1, 0)
                    counted = False
                if q is not None and 1 <= q[0] <= MAX_QTY:
                    said.append((q[0], h, sent))
                    if len(said) == 1:
                        # where the first count is: before the product's name ("2 Blusen
                        # (schwarz + weiß)") it may count the whole breakdown
                        first_at = q[1]
            variants = {h.index for _q, h, _s in said}
            if (
                len(said) >= 2
                and said[0][0] == len(said)
                and bare == len(said) - 1  # "… (schwarz + weiß)", not "…, 1 portokalli"
                and any(m.product == p and first_at < m.start < said[0][1].start for m in mentions)
            ):
                # "Ok: 2 Blusen (schwarz + weiß)": a total before the name, then one of each
                said[0] = (1, said[0][1], said[0][2])
            if len(said) >= 2 and len(variants) == len(said):
                self.split_summary = (sent.message, p, said)
                self.split_doubted = False
                self.split_counted = counted
                self.split_heard = None
                self.split_lines = self._lines_now()

    def _variant_words_only(
        self, p: int, sent: Sentence, lo: int, hi: int, others: list[Mention]
    ) -> bool:
        """ "1 pensionist + 2 fëmijë" beside a product "Festë për fëmijë": the other products
        a piece of the restatement names are none of the order's, and their words are all
        inside the variant of ``p`` the piece names right after the count it opens with: the
        piece is a line of ``p``."""
        if any(self.state.find(m.product) is not None for m in others):
            return False
        toks = sent.toks
        if not toks[lo].text.isdigit():
            return False  # the piece opens with its count: "2 fëmijë"
        h = _counted_variant(self.state.index.products[p].specs, sent, lo, hi)
        return (
            h is not None
            and h.start == lo + 1
            and all(h.start <= m.start and m.end <= h.end for m in others)
        )

    def _take_split(
        self, message: int, product: int, said: list[tuple[int, VariantHit, Sentence]]
    ) -> None:
        """The restated lines of one product, said yes to, are its lines: a line of a variant
        restated takes its count, a line of the restated count takes its variant, and the
        variants restated that no line has are new lines ("jo nje 1.20 ne vend te 80shit" -
        "600x1000 x2 + 600x1200 x1?" - "Po")."""
        lines = [it for it in self.state.items if it.product == product]
        left = list(lines)
        for q, h, ms in said:
            # the customer's own line of that variant before one only asked about or proposed
            same = sorted((x for x in left if x.variant == h.index), key=lambda x: x.tentative)
            it = same[0] if same else None
            if it is None:
                it = next((x for x in left if x.quantity == q), None)
            if it is None:
                m = Mention(h.start, h.end, [(1.0, product)], [])
                self.state.items.append(self._named_line(ms, m, (q, 0), h, False))
                continue
            left.remove(it)
            it.quantity, it.qty_explicit, it.tentative = q, True, False
            it.variant, it.variant_key = h.index, self._hit_key(ms, h)
        for it in left:
            self.state.items.remove(it)  # a line the restatement no longer holds

    def dispute_split(self, sent: Sentence) -> None:
        """ "jo blu, te kuqen" after "Glazurë e zezë + glazurë blu = 10€": a customer's sentence
        after the merchant's restatement of one product's lines that names a variant of it the
        restatement does not hold disputes the restatement; the customer's own lines stand."""
        split = self.split_summary
        if split is None or sent.message <= split[0]:
            return
        if self.split_heard is None:
            # the product's lines as the customer's answer found them (the shop's own message
            # may have filled them after the split was read)
            self.split_heard = _of(self._lines_now(), split[1])
        if (
            sent.has("cancel")
            or sent.has("correct")
            or sent.has("remove")
            or (sent.toks and sent.toks[0].text in NEGATIONS)
        ):
            self.split_doubted = True  # "jo, …": not left as it was stated
        specs = self.state.index.products[split[1]].specs
        held = {h.index for _q, h, _s in split[2]}
        for k in range(min(len(sent.toks), _DISPUTE_WORDS)):
            h = match_variant(specs, sent.toks, k, k + 1)
            if h is not None and h.index not in held:
                self.split_summary = None
                return

    def take_summary(self, message: int) -> bool:
        """The customer's message right after the merchant's restatement of the order says yes
        to it (or gives the delivery details): its products are the order's lines, with the
        counts it states; a line's variant is filled when the customer left it open."""
        split, self.split_summary = self.split_summary, None
        unchanged = self._lines_now() == self.split_lines
        if split is not None and (message == split[0] + 1 or (message > split[0] and unchanged)):
            # the next message, or a later one when the customer changed nothing since ("Ok: 2
            # Nude 3 dhe 2 Nero 3" - "Klea Duka" - the address)
            self._take_split(*split)
        summary, self.summary = self.summary, None
        if summary is None or message <= summary[0]:
            return split is not None
        if message > summary[0] + 1 and self._lines_now() != self.summary_lines:
            return split is not None  # the customer changed the order since
        named = [m.product for m, _q, _h, _s in summary[1]]
        # "forget the pump" with the address, right after "1 dispenser, 1 pump USB. Address?":
        # a line the customer removed since the restatement is not taken back from it
        removed = {p for p, _q, _v in self.summary_lines} - {it.product for it in self.state.items}
        ssent = summary[1][0][3]
        if len(set(named)) >= 2 and (
            "=" in ssent.raw or _TOTAL.intersection(t.text for t in ssent.toks)
        ):
            # "2 Good Girl 30 ml + 1 La Vie 30 ml = 3600", said yes to: the merchant summed
            # the whole order, a line it leaves out is not ordered (a line added since, in the
            # message that says yes, stays)
            before = {p for p, _q, _v in self.summary_lines}
            self.state.items[:] = [
                it
                for it in self.state.items
                if it.product in named or it.product not in before or it.qty_explicit
            ]
        for p in {p for p in named if named.count(p) > 1}:
            # "Pra: 2 palë doreza për fëmijë, 1 palë doreza të rritur": one product's lines
            # restated by variant, said yes to, are its lines
            said = [
                (q or 1, h, ms) for m, q, h, ms in summary[1] if m.product == p and h is not None
            ]
            self._take_split(message, p, said)
        for m, q, hit, ms in summary[1]:
            if named.count(m.product) > 1 or m.product in removed:
                continue
            same = [it for it in self.state.items if it.product == m.product]
            if len(same) > 1 and len(summary[1]) == 1 and hit is not None:
                # "Ok, 2 kemisha 128 cm", one line restated: the line of that variant
                same = [it for it in same if it.variant == hit.index] or same
            if len(same) > 1:
                continue
            if not same:
                self.state.items.append(self._named_line(ms, m, (q or 1, 0), hit, False))
                continue
            it = same[0]
            it.tentative = False
            if q:
                it.quantity, it.qty_explicit = q, True
            specs = self.state.index.products[m.product].specs
            if hit is not None and (
                it.variant is None
                or (
                    _in_full(specs[hit.index], ms, hit)
                    and match_variant(
                        [specs[it.variant]],
                        ms.toks,
                        min(hit.start, m.start),
                        max(hit.end, m.end),
                    )
                    is None
                )
            ):
                # the variant the merchant restates in full, not the line's own, is the
                # line's ("Ok: 2 x 1 kg kurabie" after the customer's words read as 500 g)
                it.variant, it.variant_key = hit.index, self._hit_key(ms, hit)
        return True

    def take_closing_summary(self, after_change: bool) -> None:
        """ "statt 6 nur 5 Meter" - "Kein Problem: 5 m³ dru + 3 pako briketa = 274.60€" and the
        conversation ends: the merchant's restatement that opens with a yes ("Ok:", "Tamam:")
        right after the customer's message changing a count, with no customer message after
        it, accepts the change. Only the counts are taken, and only when each product it
        names is one line of the order (no line added, none split)."""
        summary = self.summary
        if summary is None or not after_change:
            return
        lines = summary[1]
        if not _opens_summary(lines[0][3]) or self._lines_now() != self.summary_lines:
            return
        named = [m.product for m, _q, _h, _s in lines]
        if len(set(named)) != len(named):
            return
        same = [[it for it in self.state.items if it.product == p] for p in named]
        if any(len(s) != 1 for s in same):
            return
        self.summary = None
        for (_m, q, _h, _s), (it,) in zip(lines, same, strict=True):
            if q and q != it.quantity:
                it.quantity, it.qty_explicit = q, True

    def _restates_line(self, line: tuple[Mention, int, VariantHit | None, Sentence]) -> bool:
        """The merchant's "Ok, 2 kemisha 128 cm" names a line of the order by its variant in
        full, with a count, right after the customer's message."""
        m, q, hit, sent = line
        specs = self.state.index.products[m.product].specs
        return (
            q > 0
            and hit is not None
            and _in_full(specs[hit.index], sent, hit)
            and any(it.product == m.product and it.variant == hit.index for it in self.state.items)
        )

    def _lines_now(self) -> tuple[tuple[int, int, int | None], ...]:
        return tuple((it.product, it.quantity, it.variant) for it in self.state.items)

    def note_option_words(self, sents: list[Sentence]) -> None:
        """ "Continental WinterContact 105€ … kemi edhe Kleber 4 stinësh 78€": the words the
        merchant says with each product it offers ("4 stinësh"), by which the customer may choose
        it later ("ato 4 stinesh"). Kept until the merchant offers others, for four messages."""
        fw = function_words()
        parts: dict[int, tuple[Sentence, Mention, set[str]]] = {}
        for sent in sents:
            if sent.has("decline"):
                continue
            mentions = self._proposals(sent)
            for k, m in enumerate(mentions):
                lo, hi = sent.segment_bounds(m.start)
                hi = min(hi, mentions[k + 1].start) if k + 1 < len(mentions) else hi
                own = self.state.index.products[m.product].keys
                words = {
                    key_of(t.text)
                    for t in sent.toks[m.start : hi]
                    if len(t.text) >= 4 and t.text.isalpha() and t.text not in fw
                } - own
                if m.product not in parts:
                    parts[m.product] = (sent, m, words)
        if len(parts) < 2:
            if (
                self.option_words is not None
                and sents
                and sents[0].message > self.option_words[0] + 4
            ):
                self.option_words = None
            return
        shared = {w for a in parts for b in parts if a != b for w in parts[a][2] & parts[b][2]}
        self.option_words = (
            sents[0].message,
            {p: (ms, m, frozenset(w - shared)) for p, (ms, m, w) in parts.items()},
        )

    def pick_by_words(self, sent: Sentence) -> bool:
        """ "ok ma mirë ato 4 stinësh atëherë, katër copë": a sentence naming no product that
        chooses ("ok", "po", "dua", "ato …") by words the merchant said with exactly one of the
        products it offered, or right after the offers names its place or price ("the second
        one", "la più economica"): that product is ordered, with the count said."""
        if self.option_words is None or sent.question:
            return False
        if any(t.text in NEGATIONS for t in sent.toks) or sent.has("hesitate"):
            return False
        fits: list[int] = []
        if sent.has("agree") or sent.has("order") or any(t.text in _THAT for t in sent.toks):
            said = {key_of(t.text) for t in sent.toks if len(t.text) >= 4 and t.text.isalpha()}
            fits = [p for p, (_s, _m, words) in self.option_words[1].items() if said & words]
        if not fits and sent.message == self.option_words[0] + 1 and len(sent.toks) <= 6:
            fits = self._place_pick(sent, list(self.option_words[1]))
        if len(fits) != 1 or self.state.find(fits[0]) is not None:
            return False
        index = self.state.index

        def fit(p: int) -> float:
            h = match_variant(index.products[p].specs, sent.toks, 0, len(sent.toks))
            return h.score if h is not None else 0.0

        if any(
            it.product in self.option_words[1] and fit(it.product) > fit(fits[0])
            for it in self.state.items
        ):
            # "… 0-13 kg, ose Isofix nga 0 deri 18 kg" - "nga 0 deri 13": a variant only the
            # offer already in the order sells chooses that one
            return False
        ms, m, _w = self.option_words[1][fits[0]]
        self.option_words = None
        q = counted(sent, 0, len(sent.toks))
        line = self._named_line(ms, m, (q, 0) if q else None, None, False)
        h = match_variant(self.state.index.products[m.product].specs, sent.toks, 0, len(sent.toks))
        if h is not None:
            # "ate me drita, te zezen", "the one with lights, in black": the variant said with
            # the choice
            line.variant, line.variant_key = h.index, self._hit_key(sent, h)
        self.state.items.append(line)
        return True

    def _place_pick(self, sent: Sentence, offers: list[int]) -> list[int]:
        """ "the second one", "te parin", "la più economica", "den günstigeren": the offer at
        that place in the merchant's message, or the cheaper or dearer of them."""
        ordinals = lexicon().ordinals
        at = [ordinals[t.text] for t in sent.toks if t.text in ordinals]
        if len(at) == 1 and (at[0] == -1 or 1 <= at[0] <= len(offers)):
            return [offers[at[0] - 1 if at[0] > 0 else -1]]
        cheap = any(t.text in _CHEAPER for t in sent.toks)
        dear = any(t.text in _DEARER for t in sent.toks)
        prices = [self.state.index.products[p].price for p in offers]
        if cheap == dear or any(v is None for v in prices) or len(set(prices)) != len(prices):
            return []
        pick = (min if cheap else max)(zip(prices, offers, strict=True))
        return [pick[1]]

    def answer_offer(self, sent: Sentence) -> bool:
        """ "L'olio abbiamo da 0.5, 1, 3 e 5 litri" - "allora due bottiglie da un litro": a
        sentence naming no product, right after the merchant named one not in the order, that
        says a variant only that product of those named sells, and none of the order's lines:
        that product is ordered in that variant, with the count said."""
        if sent.question or not self.offered or sent.message != self.offered[0].message + 1:
            return False
        if any(t.text in NEGATIONS for t in sent.toks) or sent.has("hesitate"):
            return False
        products = self.state.index.products
        fits = [
            (ms, m, h)
            for ms in self.offered
            if not ms.has("decline")
            for m in self._proposals(ms)
            if self.state.find(m.product) is None
            for h in (match_variant(products[m.product].specs, sent.toks, 0, len(sent.toks)),)
            if h is not None
        ]
        if fits and any(
            match_variant(products[it.product].specs, sent.toks, 0, len(sent.toks))
            for it in self.state.items
        ):
            return False  # "te zezen" for a line in the order: corrections read it
        if len({m.product for _s, m, _h in fits}) != 1:
            return False
        ms, m, h = fits[0]
        said = {word_key(t.text) for t in sent.toks}
        if not all(
            k in said
            for k in products[m.product].specs[h.index].keys
            if k.isalpha() and len(k) >= 3
        ):
            return False  # "Auto mi je Škoda Fabia": one word of "Škoda Octavia 3" is not it
        used = set(range(h.start, h.end))
        q = quantity_before(sent, h.start, 0, products[m.product].paired, used) or quantity_before(
            sent, len(sent.toks), h.end, products[m.product].paired, used
        )
        line = self._named_line(ms, m, q, None, False)
        line.variant, line.variant_key = h.index, self._hit_key(sent, h)
        self.state.items.append(line)
        return True

    def take_confirmed(self, sent: Sentence) -> bool:
        """ "Habt ihr den Trimmer in Rosé?" - "Ja, FX Skeleton Rose Gold, 145€" - "Super.": a
        short yes right after the merchant's statement naming an item the customer asked about
        orders that item; "po ashtu" after the merchant's restatement of the order takes it."""
        if sent.question or not (sent.has("agree") or sent.has("as_proposed")):
            return False
        if any(t.text in NEGATIONS for t in sent.toks) or sent.has("correct"):
            return False
        if sent.has("only") and all(a > 0 for a, _b in sent.spans("agree")):
            # "actually only the rear one, the front one is ok": the "ok" says what is fine as
            # it is; the sentence narrows the order, it does not take the merchant's summary
            return False
        taken = self.take_summary(sent.message)
        # "Super.", "yes, and a gift box ...": a short yes, or one opening the sentence
        opens = len(sent.toks) <= 3 or any(a == 0 for a, _b in sent.spans("agree"))
        if not opens:
            return taken
        # "Me LED kemi vetëm drejtkëndore" - "Ok mire, po e marr te rrumbullaketen 60": the yes
        # takes the product of that kind the sentence names, not the merchant's one
        index = self.state.index
        own = {
            m.product
            for m in self._mentions(sent)
            if not m.ambiguous and any(it.product == m.product for it in self.state.items)
        }
        kinds = {_kind(index, p) for p in own}
        skip = {
            it.product
            for it in self.state.items
            if it.product not in own and _kind(index, it.product) in kinds
        }
        return self.confirm_asked(sent.message, skip)

    def confirm_asked(self, message: int, skip: frozenset[int] | set[int] = frozenset()) -> bool:
        """The customer's message right after the merchant's statement that names an item the
        customer asked about (the product, or a variant of it) says yes to it: that item is
        ordered. Not after a decline, nor after a question of the merchant's alone ("... oder
        Schwarz?"). ``skip``: products of the kind of one the yes itself names (the yes is for
        that one, not for another of its kind)."""
        if not self.offered or message != self.offered[0].message + 1:
            return False
        asked = [it for it in self.state.items if it.tentative and not it.proposed]
        if not asked or any(ms.has("decline") for ms in self.offered):
            return False
        states = [ms for ms in self.offered if not ms.question]
        named = {m.product for ms in states for m in self._proposals(ms)}
        changed = False
        for it in asked:
            if it.product in skip:
                continue
            specs = self.state.entry(it).specs
            if it.product in named or any(
                not any(t.text in _OR for t in ms.toks)
                and match_variant(specs, ms.toks, 0, len(ms.toks), skip=self._others(ms, it))
                is not None
                for ms in states
            ):
                it.tentative = False
                changed = True
        return changed

    def _others(self, sent: Sentence, it: Item) -> set[int]:
        """The tokens of the merchant's sentence that name other products and their variants
        ("Kutia Mini: …"): those words ("Mini") state no variant of the item asked about."""
        out: set[int] = set()
        products = self.state.index.products
        for m in self._mentions(sent):
            if m.product == it.product:
                continue
            out.update(range(m.start, m.end))
            hi = sent.segment_bounds(m.start)[1]
            h = match_variant(products[m.product].specs, sent.toks, m.end, hi)
            if h is not None:
                out.update(range(h.start, h.end))
        return out

    def take_proposed(self, sent: Sentence) -> bool:
        """ "Perfetto", "ok", "po" right after the merchant named what the customer described:
        the lines it named are ordered."""
        if sent.message != self.proposed_in + 1 or sent.question:
            return False
        if not (sent.has("agree") or sent.has("order") or sent.has("as_proposed")):
            return False
        changed = False
        for it in self.state.items:
            if it.proposed and it.tentative:
                it.tentative = False
                changed = True
        return changed

    def _size_named(self, sent: Sentence, m: Mention) -> bool:
        """A mention headed by a size word ("mini", "maxi") that opens an alias the shop wrote
        for a product of its own ("mini qiri", "Maxi pack"), in the shop's spelling: it names
        that small- or large-format product, not the smallest size of the one named before."""
        index = self.state.index
        if not m.keys or m.keys[0] not in index.heads:
            return False
        if m.keys[0] not in ("#small", "#large"):
            return False
        # the shop's own word ("mini"), not another size word ("3 of the small ones")
        if not any(
            t.text in index.written and lexicon().concept(t.text) in ("small", "large")
            for t in sent.toks[m.start : m.end]
        ):
            return False
        return any(ph and ph[0] == m.keys[0] for ph in index.products[m.product].phrases)

    def _adds_head(self, sent: Sentence, m: Mention) -> bool:
        """ "edhe ni bateri" beside "Shpuese me bateri" (1 bateri / 2 bateri) and "Bateri 18V":
        "also" and the word another product's name opens with add that product."""
        index = self.state.index
        opening = [p for _s, p in m.candidates if head_key(index.products[p]) in m.keys]
        return (
            not m.ambiguous and m.product in opening or m.ambiguous and len(opening) == 1
        ) and any(t.text in _ADDITIVE for t in sent.toks[max(0, m.start - 3) : m.start])

    def _drop_variant_words(self, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
        """ "karikues makine USB-C": words that are a variant of the product just named are not a
        product of their own (even when another product's name holds them)."""
        out: list[Mention] = []
        items = self.state.items
        last = self.focus if self.focus in items else (items[-1] if items else None)
        for m in mentions:
            if self._size_named(sent, m):
                out.append(m)  # "dhe një mini": the shop's mini product, not the smallest size
                continue
            if (
                not out
                and last is not None
                and m.end - m.start == 1
                and m.product != last.product
                and not self._adds_head(sent, m)
            ):
                # "posterin a3?" (mat / me shkëlqim) … "4 mat atehere": one word that is a
                # variant of the item in the order, though another product's name holds it
                h = match_variant(self.state.entry(last).specs, sent.toks, m.start, m.end)
                if h is not None and h.start <= m.start < h.end:
                    continue
                if h is None and _variant_word(self.state.entry(last).specs, sent.toks[m.start]):
                    # "3 L dhe 5 L, me arome Lavande ose Freski Mali": a word written in the
                    # item's variants (two of them hold it) is that variant, not "Freskues"
                    continue
            if out:
                prev = out[-1]
                spec = self.state.index.products[prev.product].specs
                hit = match_variant(spec, sent.toks, m.start, m.end)
                if hit is None:
                    # "Pipette für große Hunde (qen L)": the variant may run past the mention
                    hit = match_variant(spec, sent.toks, m.start, sent.segment_bounds(m.start)[1])
                    if hit is not None and not hit.start <= m.start < hit.end:
                        hit = None
                if hit is None and all(is_attribute(k) for k in m.keys):
                    # "Al Fakher, eine doppel apfel und eine traube minze": a flavour said with
                    # the words before it in its segment is one variant of the product named
                    lo_seg = max(prev.end, sent.segment_bounds(m.start)[0])
                    hit = match_variant(spec, sent.toks, lo_seg, m.end)
                    if hit is not None and not hit.start <= m.start < hit.end:
                        hit = None
                if hit is not None and hit.start <= m.start:
                    prev.end = m.end
                    continue
            out.append(m)
        return out


def _variant_word(specs: Sequence[VariantSpec], tok: Token) -> bool:
    """The word as the shop writes it in a variant of the item ("Freski" of "3 L Freski Mali"),
    a word of three letters or more that is no number."""
    if len(tok.text) < 3 or not tok.text.isalpha():
        return False
    return any(tok.text in {t.text for t in tokenize(sp.text)} for sp in specs[:40])


def _amount_in_name(old: str, new: str, qty: int) -> bool:
    """A line counted in the unit ``old`` is sold by ("100" metres of a cable sold by the
    metre) becomes a product whose name states that amount as its size ("Kabllo rrotull 100
    m"): the amount was the size of the one piece, not the count."""
    unit = sold_by_unit(old)
    if unit is None or qty < 2 or sold_by_unit(new) is not None:
        return False
    return f"{unit[0]}:{qty * unit[1]:g}" in name_measures(new)


def _a_variant_number(variants: Sequence[str], n: int) -> bool:
    """``n`` is a number written in one of the product's variants ("3 dhembe", "size 4")."""
    return any(number_value(t.text) == n for v in variants for t in tokenize(fold(v)))


_TIMES_COUNT = re.compile(r"(?<![\w.,])\d{1,2}\s*[x×]\s+(?=\S)")
_SPLIT_COUNT_GAP = 3  # "2 boxes of -1.75": the count at most three words before the variant


def _split_counts(sent: Sentence, hits: list[VariantHit], lo: int) -> list[int] | None:
    """The count stated right before each variant hit (in order of position): a whole number
    at most ``_SPLIT_COUNT_GAP`` words before it and after the hit before; None when one has
    none."""
    out: list[int] = []
    floor = lo
    for h in sorted(hits, key=lambda x: x.start):
        count = None
        for k in range(h.start - 1, max(floor, h.start - _SPLIT_COUNT_GAP) - 1, -1):
            v = number_value(sent.toks[k].text)
            if v is not None:
                if v == int(v) and 1 <= v <= MAX_QTY and not glued(sent, k):
                    count = int(v)
                break
        if count is None:
            return None
        out.append(count)
        floor = h.end
    return out
