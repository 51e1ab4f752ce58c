"""Counts and lines the merchant's own restatement contradicts (``ExtractedOrder.uncertain``).

A signal for the merchant, never a change to the lines: read after the lines are final (after
the total check and the open variants), when the conversation is an order with a catalog.

The merchant often restates the order with its counts ("Ok: 2 x bakllava, 1 kg kurabie",
"Fondant e kuqe ×2, e zezë ×2", "3 palë 42-44 dhe 2 palë 39-41", "Perla 3 × 250, zemra
2 × 250"). Where the parser's lines do not hold what the merchant's latest restatement of a
product says, the count or the split of that product's lines is probably wrong (the parser read
a count from a weight, missed a correction, merged two variants or split one). Flagged, per
product of the order, in the merchant's latest message that states a count for it:

* a count with a variant said in full (the variant after the name, or alone in a segment that
  names no product: "e zezë ×2", "2 palë 39-41") that differs from the line of that variant, or
  a variant no line has;
* a count without a variant, or one opening a breakdown in brackets ("2 Blusen (schwarz +
  weiß)"), that is neither the product's total nor the count of one of its lines.

A count is a small whole number or a number word right before the name (over "x", a
container, a pair word: "2 x", "3 palë", "dy kuti") or marked after it by "x2", "×2" or
"3 × 250" (a count times a unit price); not an article ("a", "un", "ein"), not part of a price,
a date, a code or a size ("2.900", "12:30", "A5", "33x33", "(12"), not after "me / with / of /
nga / për" ("pako me 6", "box of 6"), not before a unit or a currency ("250 g", "6 €"), not in
"të dyja / both". Sentences that ask, offer options, decline, advise or set a condition state
nothing (``merchant_lines.states``), nor does a name made only of a container word ("2 pako").
A restatement older than the customer's last correction, removal or "only" is out of date and
is not read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.plugin_api import Evidence, ExtractedItem
from plugins.parser_rules.catalog_match import CatalogIndex
from plugins.parser_rules.lexicon import lexicon, word_set
from plugins.parser_rules.mentions import Mention, find_mentions
from plugins.parser_rules.merchant_lines import _asks_to_confirm, _in_full, states
from plugins.parser_rules.normalize import Token
from plugins.parser_rules.numbers import number_value, unit_of
from plugins.parser_rules.segments import Sentence
from plugins.parser_rules.variants import VariantHit, VariantSpec, match_variant

MAX_FLAGS = 8
MAX_SENTENCES = 400  # merchant sentences read (the last ones)


@dataclass(frozen=True)
class _Said:
    """A count the merchant stated for a product (and perhaps one of its variants)."""

    message: int
    product: int
    count: int
    variant: int | None
    evidence: Evidence
    bracket: bool = False  # the variant opens a breakdown in brackets: "2 Blusen (schwarz + …)"
    parts: tuple[int, ...] = ()  # the variants of that breakdown, when two or more are named
    tied: bool = False  # the words fit other products as well: the order's one was taken


def uncertain_counts(
    index: CatalogIndex,
    lines: Sequence[tuple[int, ExtractedItem]],
    merchant: Iterable[Sentence],
    said: Sequence[Sentence] = (),
) -> list[Evidence]:
    """The merchant's words that state a count or a split of the order's products that the
    lines (``(product index, line)``) do not hold."""
    products = {p for p, _line in lines}
    if not products:
        return []
    stated: dict[int, list[_Said]] = {}
    said = list(said)
    for sent in list(merchant)[-MAX_SENTENCES:]:
        if not (states(sent) or _asks_to_confirm(sent)):
            continue
        if not any(number_value(t.text) is not None for t in sent.toks):
            continue
        for s in _statements(index, sent, products):
            stated.setdefault(s.product, []).append(s)
    # the customer's last word on the goods after which a statement may be out of date: a
    # count, a correction, a removal ("prit, bone tre", "make it 3 boxes L and 2 XL")
    changed = max((c.message for c in said if _changes(c)), default=-1)
    out: list[Evidence] = []
    for p, all_said in stated.items():
        last = max(s.message for s in all_said)
        if last < changed:
            continue
        latest = [s for s in all_said if s.message == last]
        mine = [line for q, line in lines if q == p]
        total = sum(line.quantity for line in mine)
        counts = {line.quantity for line in mine}
        variants = index.products[p].variants
        by_variant = {line.variant.casefold(): line.quantity for line in mine if line.variant}
        for s in latest:
            if s.variant is None or s.bracket:
                # "2 Blusen (schwarz + weiß)": the product's lines together
                if s.count != total and s.count not in counts:
                    out.append(s.evidence)
                elif s.parts and {variants[v].casefold() for v in s.parts} != set(by_variant):
                    out.append(s.evidence)  # "2 xhemper (3-4 dhe 7-8)" against one line
                continue
            name = variants[s.variant].casefold() if s.variant < len(variants) else ""
            if by_variant.get(name) != s.count:
                out.append(s.evidence)
        if len(out) >= MAX_FLAGS:
            break
    seen: list[Evidence] = []
    for ev in out:
        if ev not in seen:
            seen.append(ev)
    return seen[:MAX_FLAGS]


def _statements(index: CatalogIndex, sent: Sentence, products: set[int]) -> list[_Said]:
    """The counts the merchant's sentence states for the order's ``products``. A pure function
    of the index, the sentence (its tokens, raw text and segments, not ``question``) and the
    products, kept on the sentence (``Sentence.facts``): ``shop_counts`` asks it of the same
    sentences for the same products before the flags are read (the answer is a new list of the
    same frozen statements)."""
    key = (_statements, id(index), frozenset(products))
    kept = sent.facts.get(key)
    if kept is not None and kept[0] is index:
        return list(kept[1])
    out = _read_statements(index, sent, products)
    sent.facts[key] = (index, tuple(out))
    return out


def _read_statements(index: CatalogIndex, sent: Sentence, products: set[int]) -> list[_Said]:
    out: list[_Said] = []
    mentions = find_mentions(index, sent.toks, sent.breaks)
    for k, m in enumerate(mentions):
        p = _of_order(m, products)
        if p not in products or all(t.text in _FILLERS for t in sent.toks[m.start : m.end]):
            continue  # "2 pako nga 1 kg": a container word is no name
        entry = index.products[p]
        lo = mentions[k - 1].end if k else 0
        lo = max(lo, sent.segment_bounds(m.start)[0])
        hi = mentions[k + 1].start if k + 1 < len(mentions) else len(sent.toks)
        hi = min(hi, sent.segment_bounds(m.start)[1])
        hit = match_variant(entry.specs, sent.toks, m.end, hi) if entry.specs else None
        if hit is None and entry.specs and lo < m.start:
            hit = match_variant(entry.specs, sent.toks, lo, m.start)
        used = set(range(hit.start, hit.end)) if hit is not None else set()
        q = _count_before(sent, m.start, lo, used) or _count_after(sent, m.end, hi, used)
        if q is None:
            continue
        a = min(m.start, q[1], hit.start if hit else m.start)
        b = max(m.end, q[1] + 1, hit.end if hit else m.end)
        s, e = sent.toks[a].start, sent.toks[b - 1].end
        ev = Evidence(sent.message, sent.start + s, sent.start + e, sent.raw[s:e])
        bracket = (
            hit is not None
            and "(" in sent.raw[max(0, sent.toks[hit.start].start - 2) : sent.toks[hit.start].start]
        )
        parts = _breakdown(sent, entry.specs, hit) if hit is not None and bracket else ()
        tied = p != m.product
        out.append(
            _Said(sent.message, p, q[0], hit.index if hit else None, ev, bracket, parts, tied)
        )
    # "3 palë 42-44 dhe 2 palë 39-41", "8 rozë, 4 të zeza": segments that name no product,
    # a variant of one of the order's products with its count
    named = sorted((m.start, m.product) for m in mentions if m.product in products)
    lo, tried = 0, 0
    while lo < len(sent.toks) and tried < _MAX_SEGMENTS:
        hi = sent.segment_bounds(lo)[1]
        if not any(lo < m.end and m.start < hi for m in mentions):
            tried += 1
            got = _variant_count(index, sent, lo, hi, products, named)
            if got is not None:
                out.append(got)
        lo = hi
    return out


def _of_order(m: Mention, products: set[int]) -> int:
    """The product a mention names: "4 saksi" fits the clay and the plastic pot alike; when
    exactly one of the products it fits best is in the order, it is that one."""
    if not m.ambiguous or m.product in products:
        return m.product
    top = m.candidates[0][0]
    mine = {p for sc, p in m.candidates if sc >= top - 1e-9 and p in products}
    return mine.pop() if len(mine) == 1 else m.product


def _breakdown(sent: Sentence, specs: Sequence[VariantSpec], hit: VariantHit) -> tuple[int, ...]:
    """The variants said in full in the brackets the hit opens ("(3-4 dhe 7-8)"), when two or
    more."""
    toks = sent.toks
    close = sent.raw.find(")", toks[hit.start].start)
    if close < 0:
        return ()
    found: list[int] = []
    lo = hit.start
    while lo < len(toks) and toks[lo].start < close and len(found) < 8:
        hi = sent.segment_bounds(lo)[1]
        while hi > lo + 1 and toks[hi - 1].start > close:
            hi -= 1
        h = match_variant(specs, toks, lo, hi)
        if h is not None and _in_full(specs[h.index], sent, h) and h.index not in found:
            found.append(h.index)
        lo = hi
    return tuple(found) if len(found) >= 2 else ()


_MAX_PRODUCTS = 30  # the order's products tried on a segment that names none
_MAX_SEGMENTS = 40  # segments naming no product read per sentence


def _variant_count(
    index: CatalogIndex,
    sent: Sentence,
    lo: int,
    hi: int,
    products: set[int],
    named: list[tuple[int, int]],
) -> _Said | None:
    toks = sent.toks
    if not any(number_value(t.text) is not None for t in toks[lo:hi]):
        return None
    hits = {}
    for p in sorted(products)[:_MAX_PRODUCTS]:
        specs = index.products[p].specs
        h = match_variant(specs, toks, lo, hi) if specs else None
        if h is not None and _in_full(specs[h.index], sent, h):
            hits[p] = h
    if not hits:
        return None
    before = [p for start, p in named if start < lo and p in hits]
    if before:
        p = before[-1]  # "Fondant e kuqe ×2, e zezë ×2": the product named before
    elif len(hits) == 1:
        p = next(iter(hits))
    else:
        return None
    h = hits[p]
    used = set(range(h.start, h.end))
    q = _count_before(sent, h.start, lo, used) or _count_after(sent, h.end, hi, used)
    if q is None:
        return None
    a, b = min(h.start, q[1]), max(h.end, q[1] + 1)
    s, e = toks[a].start, toks[b - 1].end
    ev = Evidence(sent.message, sent.start + s, sent.start + e, sent.raw[s:e])
    return _Said(sent.message, p, q[0], h.index, ev)


_MAX_COUNT = 99  # a bare number above this is a price, a size or a pack's contents
# words before a number that make it no count: "pako me 6", "box of 6", "for 4", "nga 2"
_NOT_BEFORE = word_set("purpose") | frozenset(
    ["me", "with", "con", "mit", "of", "di", "von", "da", "nga", "each", "per", "por", "deri", "od"]
)


def _number(sent: Sentence, k: int) -> int | None:
    """A count written at token ``k``: a small whole number or a number word (not an article
    such as "a", "un", "ein"), not part of a price, a date, a code or a range."""
    toks = sent.toks
    t = toks[k].text
    if t in lexicon().weak_numbers:
        return None
    v = number_value(t)
    if v is None or v != int(v) or not 1 <= v <= _MAX_COUNT:
        return None
    if t[:1].isdigit():
        if not t.isdigit():
            return None
        before = sent.raw[max(0, toks[k].start - 1) : toks[k].start]
        after = sent.raw[toks[k].end : toks[k].end + 2]
        if before[-1:] in _GLUE_BEFORE or after[:1] in _GLUE_AFTER and after[1:2].isdigit():
            return None  # "2.900", "12:30", "(12", "30/32", "10-14"
        if before.isalnum() and not (before in "xX" and _x_mark(sent, k)):
            return None  # "A5", "FFP2", "M365": part of a code (not the "x" of "x4")
        if after[:1] in ("x", "X", "×") and sent.raw[toks[k].end + 1 : toks[k].end + 2].isdigit():
            return None  # "2x18", "40x30": a size
        if after[:1] in _GLUE_AFTER and not after[1:2].isdigit() and after[:1] != ",":
            return None if after[:1] in "-/" else int(v)
    if k and toks[k - 1].text in _NOT_BEFORE:
        return None
    if k + 1 < len(toks) and toks[k + 1].text in _CURRENCY:
        return None  # "x 6 €": a price
    if any(a <= k < b for a, b in sent.spans("both")):
        return None  # "të dyja", "both"
    return int(v)


_GLUE_BEFORE = frozenset("(./:-–,#€$")
_STOP = word_set("stopwords")
_CURRENCY = word_set("currency")
_GLUE_AFTER = frozenset(".,:/-–")


def _count_before(sent: Sentence, start: int, lo: int, skip: set[int]) -> tuple[int, int] | None:
    """ "2 x bakllava", "3 palë çorape", "dy kuti": a count right before the name (over a
    "x", a container, a pair word or a stop word, at most two)."""
    toks = sent.toks
    k = start - 1
    fillers = 0
    while k >= lo and fillers <= 2 and k + 1 not in sent.breaks:
        t = toks[k].text
        if k in skip or t in _FILLERS:
            k -= 1
            fillers += 1
            continue
        q = _number(sent, k)
        if q is None or _measure(sent, k):
            return None
        j = k - 1
        if (
            k in sent.breaks
            and j >= 0
            and (j == 0 or j in sent.breaks)
            and "+" in sent.raw[toks[j].end : toks[k].start]
        ):
            first = _number(sent, j)  # "8 + 4 llamba": the counts of one product's lines
            if first is not None:
                return (first + q, k)
        return (q, k)
    return None


def _count_after(sent: Sentence, end: int, hi: int, skip: set[int]) -> tuple[int, int] | None:
    """ "bakllava x2", "e kuqe ×2", "tyl 4 m x1": a count marked by "x" or "×" after the name
    (over its variant words)."""
    toks = sent.toks
    k = end
    while k < hi and k - end <= 6 and (k in skip or _measure(sent, k) or _filler_after(toks[k])):
        k += 1
    if k + 1 < hi and toks[k].text == "x" and toks[k + 1].start <= toks[k].end + 1:
        if k > 0 and toks[k - 1].end == toks[k].start and toks[k - 1].text[:1].isdigit():
            return None  # "33x33", "2x18": a size
        k += 1  # "x2", "x 2"
    elif end < k < hi and "×" in sent.raw[toks[k - 1].end : toks[k].start]:
        pass  # "×2"
    elif k + 1 < hi and _times(sent, k):
        pass  # "3 × 250", "2 x 450": the count before the unit price
    else:
        return None
    q = _number(sent, k)
    return (q, k) if q is not None else None


def _times(sent: Sentence, k: int) -> bool:
    """ "3 × 250": a count, a times sign, a bigger number (the unit price)."""
    toks = sent.toks
    gap = sent.raw[toks[k].end : toks[k + 1].start]
    if "×" in gap and toks[k + 1].text.isdigit():
        return int(toks[k + 1].text) >= 100
    if toks[k + 1].text == "x" and k + 2 < len(toks) and toks[k + 2].text.isdigit():
        return toks[k].start < toks[k + 1].start - 0 and int(toks[k + 2].text) >= 100
    return False


def _filler_after(tok: Token) -> bool:
    """A unit, a stop word or a concept (a colour, a size) between a name and its "x2"."""
    t = tok.text
    return unit_of(t) is not None or t in _STOP or lexicon().concept(t) is not None


def _x_mark(sent: Sentence, k: int) -> bool:
    """The token before ``k`` is a lone "x" glued to it ("x4"), not a code's last letter."""
    toks = sent.toks
    return k > 0 and toks[k - 1].text == "x" and (k < 2 or toks[k - 2].end < toks[k - 1].start)


def _measure(sent: Sentence, k: int) -> bool:
    """ "250 g", "4 m", "1,5 L": a number with its unit is an amount, not a count."""
    toks = sent.toks
    return (
        k + 1 < len(toks)
        and toks[k].text[:1].isdigit()
        and unit_of(toks[k + 1].text) is not None
        and toks[k + 1].text != "x"
    )


_FILLERS = (
    frozenset(["x"])
    | word_set("containers")
    | word_set("liquid_containers")
    | word_set("pair_words")
    | word_set("bulk_packs")
    | word_set("count_links")
)


_CHANGES = ("correct", "remove", "only", "cancel")


def _changes(sent: Sentence) -> bool:
    """The customer's sentence changes a count ("prit, bone tre", "make it 3 boxes", "only 2");
    not a change of address ("kemi ndërru lokal")."""
    return any(sent.has(name) for name in _CHANGES) and any(
        t.text not in lexicon().weak_numbers and number_value(t.text) is not None for t in sent.toks
    )
