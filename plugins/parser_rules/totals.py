"""The merchant's total as a check on the order, the way a shop assistant adds up the notebook
line: "2 x 2300 + 1900 = 6500 lek", "Gjithsej 8400", "Total 24€", "2100 Lek + 200 Lek Versand".
When the lines read from the conversation do not add up to the total the merchant last stated
(with or without a delivery fee the merchant named), priced by the catalog or by the prices the
merchant quoted for a variant, the smallest change that makes them add up is made when exactly
one does: the lines the total's message itemises (as the whole order, or in place of their
products' lines), one line dropped, one count the message says, one product it names or one
only asked about added, several lines left out. When they already add up, the message's plain
itemisation may still restate their variants. Nothing is changed when a line has no known
price, when a discount is in play, when the merchant quoted a price after the total or an amount
the prices do not explain, or when several changes would fit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from itertools import combinations, product

from core.plugin_api import Evidence, ExtractedItem
from plugins.parser_rules.catalog_match import CatalogIndex, ProductEntry
from plugins.parser_rules.item_state import MAX_QTY
from plugins.parser_rules.lexicon import lexicon, word_set
from plugins.parser_rules.memo import memoised_text, memoised_values
from plugins.parser_rules.mentions import Mention, find_mentions
from plugins.parser_rules.merchant_lines import bracketed
from plugins.parser_rules.normalize import Token, fold, tokenize
from plugins.parser_rules.numbers import number_value
from plugins.parser_rules.per_unit import _UNIT_WORDS
from plugins.parser_rules.prices import NOT_A_PRICE, price_value, priced_product, quoted_price
from plugins.parser_rules.quantities import glued, not_a_count, quantity_after, quantity_before
from plugins.parser_rules.segments import Sentence, split_sentences
from plugins.parser_rules.variants import VariantHit, match_variant

_TOTAL = word_set("total_words")
_FEE = word_set("fee_words")
_OFF = word_set("discount_words")
_ADDED = word_set("additive") | word_set("add_words")
_ADDED_WORDS = 4  # words before a product's name looked at for "edhe / also"
# with the ISO codes merchants type after a sum ("2,000 ALL total", "1500 MKD")
_CURRENCIES = "|".join(
    re.escape(c) for c in sorted(word_set("currency") | {"all", "mkd"}, key=len, reverse=True)
)
# "8.400", "8,400", "11 500" (thousands grouped by a space, as merchants type them), "9.80"
_NUM = r"(\d{1,3}(?:[.,]\d{3}){1,4}|\d{1,3}(?: \d{3}){1,4}|\d+(?:[.,]\d{1,2})?)(?![.,]{0,2}\d)"
_CUR = r"(?:\s*(?:" + _CURRENCIES + r")(?![^\W\d_]))?"
_WORD = r"([^\W\d_]+)"
# "2 x 2300 + 1900 = 6500", "total: 24", "gjithsej 8400 lek", "8400 lek gjithsej", "2,000 ALL
# total"; a bare "2 copë = 5800" may be one line's sum
_EQUALS = re.compile(r"\+[^=.!?\n]{0,300}=\s*(?:€\s*)?" + _NUM)  # bounded: linear on "+++…"
_BARE = re.compile(r"=\s*(?:€\s*)?" + _NUM)
# "triko 152, suknja e zezë, 2 hulahopki = 2360 den": a list summed
_LISTED = re.compile(r",[^,=.!?\n]{1,150},[^=.!?\n]{0,150}=\s*(?:€\s*)?" + _NUM)
# "a piece / the pack / the metre / the kilo" after a price: "14€ metri" is per metre
_EACH = word_set("each_one") | {
    "cope",
    "copa",
    "copë",
    "piece",
    "pc",
    "stuck",
    "stück",
    "pakoja",
    "metri",
    "metër",
    "meter",
    "kilja",
    "kilogrami",
}
# "Mulli i zi + 2 pako letra 02, 47€": a list joined by "+", then after a comma its price
_PLUS_LISTED = re.compile(
    r"\+[^=.!?\n,+]{1,150},\s*(?:€\s*)?" + _NUM + r"\s*(?:€|" + _CURRENCIES + r")(?![^\W\d_])"
)
# "2100 Lek + 200 Lek Versand", "52€ + transporti 10€": the goods' sum, then a fee
_PLUS = re.compile(_NUM + _CUR + r"\s*\+\s*(?:€\s*)?")
# what may follow a total word before its amount: "Totali me transportin 5250", "плаќање при
# подигање, 1580 ден"
_WORDS_THEN_NUM = re.compile(r"(?:[\s,]+[^\W\d_]+){0,3}[\s,]*:?\s*(?:€\s*)?" + _NUM)
_UNIT_EQUALS = re.compile(r"\s*[^\W\d_]{0,6}\s*=\s*(?:€\s*)?" + _NUM)
_BEFORE_WORD = re.compile(_NUM + _CUR + r"\s*" + _WORD)
# "+ transporti 300", "dërgesa për Ferizaj 5€", "+ 3€ transport"
_FEE_AFTER = re.compile(_WORD + r"(?:\s+[^\W\d_]+){0,3}\s*:?\s*(?:€\s*)?" + _NUM)
# a price the merchant quotes: "2190 den", "€ 35"
_PRICE = re.compile(r"€\s*" + _NUM + "|" + _NUM + r"\s*(?:" + _CURRENCIES + r")(?![^\W\d_])")

# "= 6400 lek, plus xhaketa 4500", "= 39€ + the mug 8€": a line priced on top of the sum
# (bounded: at most three words between)
_MORE = re.compile(
    r"[^\w+]{0,4}(?:lek|all|den|eur|euro|€)?[^\w+]{0,4}(?:\+|\bplus\b|\bpiu\b)\s*"
    r"((?:[^\W\d_]+\s+){0,3})(?:€\s*)?" + _NUM
)
_AMBIGUOUS = 3  # products one name in the total's message may equally be
_READINGS = 9  # readings of the total's message tried
_MAX_LINES = 10  # lines beyond which no subset of them is tried


@dataclass(frozen=True)
class Total:
    message: int
    value: Decimal
    text: str  # the message that states it


def _worded(
    pattern: re.Pattern[str], text: str, words: frozenset[str], num: int, word: int
) -> Iterator[tuple[int, Decimal]]:
    """(end, value) of each number the pattern finds beside one of ``words``."""
    for m in pattern.finditer(text):
        if m.group(word) in words:
            v = price_value(m.group(num))
            if v is not None:
                yield m.end(num), v


def _total_in(text: str, bare: bool, worded: bool, fee: bool) -> Decimal | None:
    """The last total the (folded) text states, or None; ``worded``: it holds a total word;
    ``fee``: a fee word."""
    found = [
        (m.end(1), price_value(m.group(1)))
        for pattern in ((_BARE,) if bare else (_EQUALS, _LISTED))
        for m in pattern.finditer(text)
    ]
    if not bare:
        # not a unit price: "Blau + Grau, 69€ secila, 138€"
        found += [
            (m.end(1), price_value(m.group(1)))
            for m in _PLUS_LISTED.finditer(text)
            if not _EACH.intersection(re.findall(r"[^\W\d_]+", text[m.end() : m.end() + 20])[:2])
        ]
    if worded:
        for w in re.finditer(r"[^\W\d_]+", text):
            m = _WORDS_THEN_NUM.match(text, w.end()) if w.group() in _TOTAL else None
            # "Pagesa në dorë, 300 lekë transporti": the amount after the payment word is the
            # delivery fee it names, not the order's sum
            if m is not None and _fee_at(text, m.start(1)) is None:
                # "Gjithsej 6 m = 3900 lekë": the count of what is summed, then its sum
                m = _UNIT_EQUALS.match(text, m.end(1)) or m
                if (v := price_value(m.group(1))) is not None:
                    found.append((m.end(1), v))
        found += _worded(_BEFORE_WORD, text, _TOTAL, 1, 2)
    if fee and not found:  # "2100 Lek + 200 Lek Versand" with no other total
        for m in _PLUS.finditer(text):
            goods, charge = price_value(m.group(1)), _fee_at(text, m.end())
            if goods is not None and charge is not None:
                found.append((charge[1], goods + charge[0]))
    sums = [(end, v) for end, v in found if v is not None]
    if not sums:
        return None
    end, value = max(sums)  # "Totali 1800 + 700 = 2500": the last one
    more = _MORE.match(text, end)
    if (
        more is not None
        and (v := price_value(more.group(2))) is not None
        and v != value
        and _fee_at(text, more.start(1)) is None  # "= 6400 lek + 200 lek transport"
        and more.group(1).strip()  # a bare "+ 350" after the total is the delivery
        and _FEE.isdisjoint(more.group(1).split())
    ):
        return None  # "… = 6400 lek, plus xhaketa 4500": a line on top, the sum is not all
    return value


def _fee_at(text: str, pos: int) -> tuple[Decimal, int] | None:
    """The fee written at ``pos`` ("200 Lek Versand", "transporti 10€"): its amount and end."""
    m = _BEFORE_WORD.match(text, pos)
    if m is not None and m.group(2) in _FEE and (v := price_value(m.group(1))) is not None:
        return v, m.end()
    m = _FEE_AFTER.match(text, pos)
    if m is not None and m.group(1) in _FEE and (v := price_value(m.group(2))) is not None:
        return v, m.end()
    return None


_LETTERS = re.compile(r"[^\W\d_]+")


@memoised_text
def _letter_words(low: str) -> frozenset[str]:
    """The words (letters only) of a folded message: ``stated_total`` reads every message of
    the conversation, and is asked twice (``total_check``, ``fit_total``)."""
    return frozenset(_LETTERS.findall(low))


def stated_total(
    texts: Sequence[tuple[int, str, str]], bare: bool = False
) -> tuple[Total | None, set[Decimal]]:
    """The total the merchant stated last, unless a price quoted after it or a discount makes
    it stale, and the delivery fees the merchant named (a set the callers share: read, never
    changed). Asked by ``total_check`` and ``fit_total`` with the same texts: read once per
    conversation (memo.py)."""
    return _stated_total(tuple(texts), bare)


@memoised_values
def _stated_total(
    texts: tuple[tuple[int, str, str], ...], bare: bool
) -> tuple[Total | None, set[Decimal]]:
    last: Total | None = None
    fees: set[Decimal] = set()
    haggled = False  # the customer's message before asks for a discount ("a ka zbritje?")
    for i, author, text in texts:
        low = fold(text)
        words = _letter_words(low)
        if author != "merchant":
            haggled = not words.isdisjoint(_OFF)
            continue
        if haggled and last is not None and _TOTAL.isdisjoint(words):
            amounts = [price_value(m.group(1) or m.group(2)) for m in _PRICE.finditer(low)]
            if amounts and all(a is not None and a < last.value for a in amounts):
                # "Ju bëjmë 4800 den": the price after haggling; the total before it was the
                # lines' sum
                haggled = False
                continue
        haggled = False
        if not words.isdisjoint(_OFF):
            return None, set()  # a discount: the total is not the catalog's sum
        named_fees: set[Decimal] = set()
        if not words.isdisjoint(_FEE):
            # each fee word tried in turn ("me kurier per Shkup 5€": a search from "me" would
            # take the words up to the amount and never try "kurier")
            named_fees.update(
                v
                for w in _LETTERS.finditer(low)
                if w.group() in _FEE
                and (m := _FEE_AFTER.match(low, w.start())) is not None
                and (v := price_value(m.group(2))) is not None
            )
            named_fees.update(v for _e, v in _worded(_BEFORE_WORD, low, _FEE, 1, 2))
            fees |= named_fees
        value = _total_in(low, bare, not words.isdisjoint(_TOTAL), not words.isdisjoint(_FEE))
        if value is not None:
            last = Total(i, value, text)
        elif last is not None and any(
            price_value(m.group(1) or m.group(2)) not in named_fees for m in _PRICE.finditer(low)
        ):
            # "Ne rregull: 1 xhakete, 2190 den + dergesa": restated, not totalled (a delivery
            # fee named after the total leaves it standing)
            last = None
    return last, fees


def _said_counts(text: str) -> set[int]:
    """The counts the total's message says, in digits or words ("3 x 600 = 1800")."""
    numbers = lexicon().numbers
    out: set[int] = set()
    for t in tokenize(text):
        if t.text.isdigit() and len(t.text) <= 3:
            out.add(int(t.text))
        elif t.text in numbers:
            out.add(numbers[t.text])
    return out


def _catalog_prices(
    items: Sequence[ExtractedItem], total: Total, known: set[Decimal], pricing: Pricing
) -> bool:
    """Every amount the total's message quotes is the total, a fee, or a line's price (the
    catalog's, or the one quoted for its variant) times a count: "walnuts 250 g 400 ALL" for a
    product the catalog sells at 1300 says the merchant priced this order otherwise, and the
    catalog cannot check its total."""
    for m in _PRICE.finditer(fold(total.text)):
        v = price_value(m.group(1) or m.group(2))
        if v is None or v <= 0 or v in known:
            continue
        if not any(_multiple(v, pricing.unit(it)) is not None for it in items):
            return False
    return True


Line = tuple[str | None, int, str | None]
Stated = tuple[ExtractedItem, bool]  # a line the total's message states, whether it says a count


def _held(index: CatalogIndex, items: Sequence[ExtractedItem]) -> list[ProductEntry]:
    """The catalog products the lines hold, once each, in the lines' order."""
    skus = dict.fromkeys(it.product or "" for it in items)
    return [index.by_sku[sku] for sku in skus if sku in index.by_sku]


def _total_lines(
    index: CatalogIndex, total: Total, items: Sequence[ExtractedItem]
) -> list[list[Stated]]:
    """Each product the total's message names, as the lines it may be (one per product its
    name fits equally well: "2 case A14" for two cases of the phone), with the count said before
    or after the name ("2 case A14", "Gyp 1 m x3") and whether one was, the variant said beside
    it in its part of the message, or the variants listed after it. Before the first name (or in
    a message that names none), the variants of the order's products it lists with their counts
    are their lines, each part one product's ("Ok: 2 blu, 2 bordo, 1 e bardhë = 6.000 lekë")."""
    out: list[list[Stated]] = []
    sents = [s for s in split_sentences(total.message, total.text) if not s.has("old_value")]
    # "one 2 kg pack instead of 1 kg": a change told, not the lines listed
    held = _held(index, items)
    for sent in sents:
        found = find_mentions(index, sent.toks, sent.breaks)
        # "S'ka problem: 3 të bardha, 1 gri mat, 2 fuga antracit": before the first name, the
        # variants of the order's products listed with their counts, each part one product's
        end = _own_count_at(index, sent, found[0], 0) if found else len(sent.toks)
        unnamed = [line for e in held for line in _listed(e, total, sent, 0, end) if line[1]]
        starts = Counter(_start(line) for line in unnamed)
        out += [[line] for line in unnamed if starts[_start(line)] == 1]
        for k, m in enumerate(found):
            lo = found[k - 1].end if k else 0
            last = k + 1 == len(found)
            hi = len(sent.toks) if last else _own_count_at(index, sent, found[k + 1], m.end)
            # the variant in the name's own part of the message ("crna suknja, 2 rozevi …")
            seg_lo, seg_hi = sent.segment_bounds(m.start)
            part = (max(lo, seg_lo), min(hi, seg_hi))
            best = m.candidates[0][0]
            ways = [
                w
                for score, p in m.candidates[:_AMBIGUOUS]
                if score >= best - 1e-9  # another product the name fits as well
                if (w := _stated(index.products[p], total, sent, (m.start, m.end), (lo, hi), part))
            ]
            listed = _listed(index.products[m.product], total, sent, seg_hi, hi)
            if len(ways) == 1 and ways[0][0].variant is None and len(listed) >= 2:
                # "Mbulesat: S, M dhe L nga 1500 lekë": the variants listed after the name are
                # its lines
                out += [[line] for line in listed]
            elif ways:
                out.append(ways)
    return out


def _start(line: Stated) -> int:
    return line[0].evidence.start if line[0].evidence is not None else -1


def _listed(entry: ProductEntry, total: Total, sent: Sentence, lo: int, hi: int) -> list[Stated]:
    """The lines of ``entry`` the parts of the sentence between ``lo`` and ``hi`` list, one
    variant each, with their counts ("2 blu, 2 bordo, 1 e bardhë")."""
    if len(entry.specs) < 2:
        return []
    out: list[Stated] = []
    for a in sorted({lo, *(b for b in sent.breaks if lo < b < hi)}):
        b = min(sent.segment_bounds(a)[1], hi)
        hit = match_variant(entry.specs, sent.toks, a, b)
        line = _stated(entry, total, sent, (hit.start, hit.end), (a, b), (a, b)) if hit else None
        if line is not None and line[0].variant is not None:
            out.append(line)
    return out


def _own_count_at(index: CatalogIndex, sent: Sentence, m: Mention, lo: int) -> int:
    """Where the next name's own count starts ("…, 2 sete për topuz"), else the name."""
    found = quantity_before(sent, m.start, lo, index.products[m.product].paired, set())
    return found[1] if found is not None else m.start


def _stated(
    entry: ProductEntry,
    total: Total,
    sent: Sentence,
    span: tuple[int, int],
    counted: tuple[int, int],
    part: tuple[int, int],
) -> Stated | None:
    """The line a name (or a variant) at ``span`` states, with the count said in ``counted``
    and the variant said in ``part`` (token ranges of the sentence)."""
    if entry.price is None or entry.price <= 0:
        return None
    (start, end), (lo, hi) = span, counted
    hit = match_variant(entry.specs, sent.toks, *part)
    used = set(range(hit.start, hit.end)) if hit else set()
    used |= bracketed(sent, end, hi)  # "Qese 35L (30 copë) x1": a note, not a count
    q = _priced_count(sent.toks, end, hi, entry.price) or _count_of(
        quantity_before(sent, min(start, hit.start if hit else start), lo, entry.paired, used)
        or quantity_after(sent, max(end, hit.end if hit else end), hi, entry.paired, used, True)
    )
    first, last = sent.toks[start], sent.toks[end - 1]
    a, b = sent.start + first.start, sent.start + last.end  # in the message
    line = ExtractedItem(
        product=entry.sku,
        name=entry.name,
        quantity=q or 1,
        variant=entry.variants[hit.index] if hit is not None else None,
        unit_price=entry.price,
        evidence=Evidence(total.message, a, b, total.text[a:b]),
    )
    return line, q is not None


def _count_of(found: tuple[int, int] | None) -> int | None:
    return found[0] if found is not None and 1 <= found[0] <= MAX_QTY else None


def _priced_count(toks: Sequence[Token], lo: int, hi: int, price: Decimal) -> int | None:
    """ "4 x 450", "450 x 4", "4 × 450": the count beside the product's own price."""
    for k in range(lo + 1, min(hi, len(toks) - 1)):
        if toks[k].text not in ("x", "×"):
            continue
        a, b = price_value(toks[k - 1].text), price_value(toks[k + 1].text)
        other = b if a == price else a if b == price else None
        if other is not None and other == int(other) and 1 <= other <= MAX_QTY:
            return int(other)
    return None


def _as_stated(
    items: Sequence[ExtractedItem], stated: Sequence[Stated], whole: bool
) -> list[ExtractedItem]:
    """The order with each product the total's message names in the lines it states there; a
    stated line takes its product's line's variant and count when it says none. A product
    named without a variant or a count, or once with the count its lines add up to, keeps its
    lines ("Leotard i zi 116 + 128", "Bakllava 1800 lek/kg"). ``whole``: the stated lines are
    the whole order; else the lines of the products not named stay."""
    named = dict.fromkeys(it.product for it, _c in stated)
    out = [] if whole else [it for it in items if it.product not in named]
    for sku in named:
        said = [(it, counted) for it, counted in stated if it.product == sku]
        own = [it for it in items if it.product == sku]
        if (
            own
            and all(it.variant is None for it, _c in said)
            and (
                not any(counted for _i, counted in said)
                or sum(it.quantity for it, _c in said) == sum(it.quantity for it in own)
            )
        ):
            out += own
            continue
        for it, counted in said:
            if own:
                it = replace(
                    it,
                    variant=it.variant or own[0].variant,
                    quantity=it.quantity if counted else own[0].quantity,
                )
            out.append(it)
    return out


def _edits(
    items: list[ExtractedItem], counts: set[int], new: Sequence[ExtractedItem]
) -> Iterator[list[ExtractedItem]]:
    """The orders one small change away: a line dropped, a line's count set to one of
    ``counts``, a product of ``new`` added."""
    for k, it in enumerate(items):
        before, after = items[:k], items[k + 1 :]
        if before + after:
            yield before + after  # a line too many
        for c in {c for c in counts if 1 <= c <= MAX_QTY} - {it.quantity}:
            yield [*before, replace(it, quantity=c), *after]  # a count said
    for line in new:  # a product the total names besides the lines, or one asked about
        for c in {c for c in counts | {1, line.quantity} if 1 <= c <= MAX_QTY}:
            yield [*items, replace(line, quantity=c)]


def _implied_counts(
    items: list[ExtractedItem],
    pricing: Pricing,
    targets: set[Decimal],
    text: str,
    texts: Sequence[tuple[int, str, str]],
) -> Iterator[list[ExtractedItem]]:
    """The orders with one line's count set to the one that makes a target with the others,
    for a line whose unit price the total's message quotes ("Rollers 18 cm 450 each"), when
    the customer wrote that count somewhere ("two 18cm rollers" read as one)."""
    quoted = {price_value(m.group(1)) for m in re.finditer(_NUM, text)}
    written = {c for _i, author, said in texts if author == "customer" for c in _said_counts(said)}
    if written:
        # not the hours of "e hënë-e premte 9-17", a floor, a date or an age: a count
        written &= _customer_counts(texts)
    for k, it in enumerate(items):
        others = pricing.sum(items[:k] + items[k + 1 :])
        unit = pricing.unit(it)
        if others is None or unit is None or unit not in quoted:
            continue
        for target in targets:
            count = _multiple(target - others, unit)
            if count is not None and count != it.quantity and count in written:
                yield [*items[:k], replace(it, quantity=count), *items[k + 1 :]]


def _customer_counts(texts: Sequence[tuple[int, str, str]]) -> set[int]:
    """The numbers the customer writes that may count goods: not one ``not_a_count`` calls
    a date, an hour, an address or an age, nor one ``glued`` to letters, a slash, a range or a
    plus ("9-17", "27/3", "2+2")."""
    out: set[int] = set()
    for i, author, text in texts:
        if author != "customer":
            continue
        # "049 330 812": the groups of a phone number count nothing
        phones = [m.span() for m in _PHONE_SHAPE.finditer(text) if _digits(m.group()) >= 8]
        for sent in split_sentences(i, text):
            for k, t in enumerate(sent.toks):
                v = number_value(t.text)
                if v is None or v != int(v) or not 1 <= v <= MAX_QTY:
                    continue
                at = sent.start + t.start
                if phones and any(a <= at < b for a, b in phones):
                    continue
                if not (t.text[:1].isdigit() and glued(sent, k)) and not not_a_count(sent, k):
                    out.add(int(v))
    return out


# a phone number as people write it: "+39 347 882 1053", "049 330 812", "069-723-5540"
_PHONE_SHAPE = re.compile(r"(?<![\w.,])(?:\+\d{2,3}|0\d{1,3})(?:[ \-./]?\d{2,4}){2,}(?!\w)")


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


_WRITTEN = 30  # numbers of a message read for the counts two of them make
_UNITS = frozenset().union(*_UNIT_WORDS.values())


def _written_counts(texts: Sequence[tuple[int, str, str]], before: int) -> set[int]:
    """The counts the customer writes before message ``before`` (not a date, an address or an
    age: ``not_a_count``; but the people, nights or hours a line may be counted in), and the
    products of two of them one message writes ("për 4 persona, 3 net": 12)."""
    out: set[int] = set()
    for i, author, text in texts:
        if author != "customer" or i >= before:
            continue
        said: list[int] = []
        phones = [m.span() for m in _PHONE_SHAPE.finditer(text) if _digits(m.group()) >= 8]
        for sent in split_sentences(i, text):
            toks = sent.toks
            for k, t in enumerate(toks):
                v = number_value(t.text)
                if v is None or v != int(v) or not 1 <= v <= MAX_QTY or len(said) >= _WRITTEN:
                    continue
                if phones and any(a <= sent.start + t.start < b for a, b in phones):
                    continue  # "049 330 812": a phone number's group
                nxt = toks[k + 1].text if k + 1 < len(toks) else ""
                if (
                    nxt in _UNITS
                    or lexicon().concept(nxt) == "persons"
                    # "mon-fri 8-12", "27/3": a range or a slash is no count written
                    or not not_a_count(sent, k)
                    and not (t.text[:1].isdigit() and glued(sent, k))
                ):
                    said.append(int(v))
        out.update(said)
        out.update(a * b for n, a in enumerate(said) for b in said[n + 1 :] if a > 1 and b > 1)
    return {c for c in out if 1 <= c <= MAX_QTY}


def _total_counts(
    items: list[ExtractedItem],
    pricing: Pricing,
    found: tuple[Total, set[Decimal], set[Decimal]],
    texts: Sequence[tuple[int, str, str]],
    index: CatalogIndex | None,
) -> Iterator[list[ExtractedItem]]:
    """The orders with one line's count set to the one that makes a target with the others,
    when the customer wrote that count, or two numbers that make it, before the total; when no
    one line can, those with two lines' counts set so, each a count written so. Only when the
    prices can be trusted and the total is the last word: the customer names no product after
    it, every amount the merchant quoted up to it is the total, a fee, or a line's price or
    price times its count in that order, and the merchant wrote the amount a line of a product
    sold in amounts costs (its catalog price is of one amount: "Pista 6x6 6000 den"); such a
    line's count is never changed ("Mishi 2 kg 23€" of a meat the catalog prices 11.5 is one
    pack, not two)."""
    total, targets, fees = found
    if index is None or pricing.sum(items) is None:
        return
    units = [pricing.unit(it) or Decimal(0) for it in items]
    countable = [
        k
        for k, it in enumerate(items)
        if it.product not in pricing.by_amount or (it.product, it.variant) in pricing.quotes
    ]
    whole = sum((u * it.quantity for u, it in zip(units, items, strict=True)), Decimal(0))
    fits: list[list[ExtractedItem]] = []
    for k in countable:
        others = whole - units[k] * items[k].quantity
        for target in targets:
            count = _multiple(target - others, units[k])
            if count is not None and count != items[k].quantity:
                fits.append([*items[:k], replace(items[k], quantity=count), *items[k + 1 :]])
    if _named_since(index, total, texts):
        return
    said = [fold(text) for i, author, text in texts if author == "merchant" and i <= total.message]
    quoted = {price_value(m.group(1) or m.group(2)) for low in said for m in _PRICE.finditer(low)}
    written = {price_value(m.group(1)) for low in said for m in re.finditer(_NUM, low)}
    counts = _written_counts(texts, total.message)

    def trusted(order: list[ExtractedItem]) -> bool:
        lines = list(zip(order, units, strict=True))
        known = targets | fees | set(units) | {u * it.quantity for it, u in lines}
        return quoted <= known and not any(
            it.product in pricing.by_amount
            and (it.product, it.variant) not in pricing.quotes
            and u * it.quantity not in written
            for it, u in lines
        )

    def counted(order: list[ExtractedItem]) -> bool:
        return all(it.quantity in counts for it, old in zip(order, items, strict=True) if it != old)

    singles = [order for order in fits if counted(order) and trusted(order)]
    if singles or len(countable) > _MAX_LINES:
        yield from singles
        return
    # "2 dhoma, 3 net … 2 darka për 4 veta" … "Gjithsej 268€": two lines' counts together
    for a, b in combinations(countable, 2):
        others = whole - units[a] * items[a].quantity - units[b] * items[b].quantity
        for target in targets:
            for ca in sorted(counts - {items[a].quantity}):
                cb = _multiple(target - others - units[a] * ca, units[b])
                if cb is None or cb == items[b].quantity or cb not in counts:
                    continue
                order = list(items)
                order[a] = replace(items[a], quantity=ca)
                order[b] = replace(items[b], quantity=cb)
                if trusted(order):
                    yield order


def _swaps(items: list[ExtractedItem], index: CatalogIndex) -> Iterator[list[ExtractedItem]]:
    """The orders with one line's product replaced by another product the words that named it
    may equally name (the line's evidence), with the same count, and the line's variant when
    that product has it."""
    held = {it.product for it in items}
    for k, it in enumerate(items):
        if it.evidence is None:
            continue
        others = {
            p
            for sent in split_sentences(0, it.evidence.text)
            for m in find_mentions(index, sent.toks, sent.breaks)
            for _score, p in m.candidates
        }
        for p in sorted(others):
            entry = index.products[p]
            if entry.sku in held or not entry.price:
                continue
            variant = it.variant if it.variant in entry.variants else None
            line = replace(
                it, product=entry.sku, name=entry.name, unit_price=entry.price, variant=variant
            )
            yield [*items[:k], line, *items[k + 1 :]]


def _fewer(items: list[ExtractedItem]) -> Iterator[list[ExtractedItem]]:
    """The orders with two or more of the lines left out (at least one kept)."""
    if len(items) > _MAX_LINES:
        return
    for n in range(len(items) - 2, 0, -1):
        for kept in combinations(range(len(items)), n):
            yield [items[k] for k in kept]


Prices = dict[tuple[str | None, str | None], Decimal]


def _variant_prices(
    index: CatalogIndex, items: Sequence[ExtractedItem], texts: Sequence[tuple[int, str, str]]
) -> Prices:
    """The prices the merchant quoted for the variants of the lines' products ("Kabllo 2m 6€",
    "Bidoni 5 L 5000 lekë", "28 cm 2900 lek"): an amount with its currency right after the
    variant's words (at most two words between, no number, no "="), in a part of the message
    that names no other product and says no count before it. The latest quote wins."""
    held = [e for e in _held(index, items) if e.variants]
    out: Prices = {}
    for i, author, text in texts:
        if author != "merchant" or not held or not any(ch.isdigit() for ch in text):
            continue
        sents = split_sentences(i, text)
        # "Pllaka 40x30 9000 lekë. Pllakëzat: bronz 1500, inoks 1300.": in a message that
        # quotes a price with its currency, an amount closing a part after a variant's words
        # is that variant's price too
        bare = any(quoted_price(s.toks, k) for s in sents for k in range(len(s.toks)))
        for sent in sents:
            toks = sent.toks
            quotes = [
                (k, v)
                for k in range(len(toks))
                if (v := quoted_price(toks, k) or (_bare_price(sent, k, held) if bare else None))
                and not any(t.text in NOT_A_PRICE for t in toks[max(0, k - 3) : k])
            ]
            if not quotes:
                continue
            found = find_mentions(index, toks, sent.breaks)
            for k, value in quotes:
                lo = sent.segment_bounds(k)[0]
                if lo == k > 0:
                    lo = sent.segment_bounds(k - 1)[0]  # "uleset 9-18 kg, 12000 lek"
                owner = [index.products[m.product].sku for m in found if lo <= m.start < k]
                for entry in held:
                    if owner and owner[-1] != entry.sku:
                        continue  # "karikuesi … Lightning 15€": the charger's price
                    hit = match_variant(entry.specs, toks, lo, k)
                    named = hit is None and bool(owner)
                    if named:
                        hit = _variant_before_colon(entry, sent, found, lo, k)
                    if (
                        hit is not None
                        and (k - hit.end <= 2 or named)
                        # "2x Espresso 250 g 13€": a count before it makes the amount a sum
                        and not any(_counting(t.text) for t in toks[lo : hit.start])
                        and not any(t.text[:1].isdigit() for t in toks[hit.end : k])
                        and "=" not in sent.raw[toks[hit.end - 1].end : toks[k].start]
                    ):
                        out[entry.sku, entry.variants[hit.index]] = value
    return out


def _variant_before_colon(
    entry: ProductEntry, sent: Sentence, found: Sequence[Mention], lo: int, k: int
) -> VariantHit | None:
    """ "van 8+1: Rinas–Prishtinë 230€", "XL: bluza pambuku 1800 lek": the part before the
    price is the product's name alone, and the variant closes the part before the colon; its
    hit then (the amount is that variant's price). Not after a count ("2 × XL: …")."""
    toks = sent.toks
    if not 0 < lo < k or ":" not in sent.raw[toks[lo - 1].end : toks[lo].start]:
        return None
    if not any(m.start == lo and m.end >= k and m.product == entry.index for m in found):
        return None
    hit = match_variant(entry.specs, toks, sent.segment_bounds(lo - 1)[0], lo)
    if hit is None or hit.end != lo or (hit.start and _counting(toks[hit.start - 1].text)):
        return None
    return hit


def _bare_price(sent: Sentence, k: int, held: Sequence[ProductEntry]) -> Decimal | None:
    """An amount of two or more digits that closes a part of the sentence ("inoks 1300,") and
    is no variant of the lines' products ("Leotard 116 + 128": sizes)."""
    toks = sent.toks
    if not toks[k].text.isdigit() or len(toks[k].text) < 2:
        return None
    if any(match_variant(e.specs, toks, k, k + 1) is not None for e in held):
        return None
    if k + 1 < len(toks) and k + 1 not in sent.breaks:
        return None
    return price_value(toks[k].text)


def _counting(word: str) -> bool:
    return word == "x" or word[:1].isdigit() or word in lexicon().numbers


@dataclass
class Pricing:
    """What a line costs: the price the merchant quoted for its variant, else the catalog's. A
    product sold in amounts (500 g / 1 kg, 50x70 / 70x140) has one catalog price, of one of its
    amounts; once the merchant quotes the price of one of them, an amount not quoted has no
    known price ("Fileto 1 kg 6.9€" says nothing of the 2 kg pack)."""

    quotes: Prices = field(default_factory=dict)
    by_amount: frozenset[str | None] = frozenset()

    def unit(self, it: ExtractedItem) -> Decimal | None:
        quoted = self.quotes.get((it.product, it.variant))
        if quoted is not None:
            return quoted
        if it.product in self.by_amount and any(p == it.product for p, _v in self.quotes):
            return None
        return it.unit_price

    def sum(self, items: Sequence[ExtractedItem]) -> Decimal | None:
        units = [self.unit(it) for it in items]
        if any(u is None for u in units):
            return None
        return sum(
            ((u or Decimal(0)) * it.quantity for u, it in zip(units, items, strict=True)),
            Decimal(0),
        )


def line_pricing(
    index: CatalogIndex, items: Sequence[ExtractedItem], texts: Sequence[tuple[int, str, str]]
) -> Pricing:
    """What the lines cost: the prices the merchant quoted for their variants, else the
    catalog's (``Pricing``)."""
    held = _held(index, items)
    amounts = frozenset(
        e.sku
        for e in held
        if len(e.specs) >= 2
        and all(sp.measure or sp.dims for sp in e.specs)
        and len({sp.measure or sp.dims for sp in e.specs}) == len(e.specs)
    )
    return Pricing(_variant_prices(index, items, texts), amounts)


def _line(it: ExtractedItem) -> Line:
    return it.product, it.quantity, it.variant


def _key(items: Sequence[ExtractedItem]) -> tuple[Line, ...]:
    return tuple(sorted((_line(it) for it in items), key=str))


def _targets(
    items: Sequence[ExtractedItem], texts: Sequence[tuple[int, str, str]]
) -> tuple[Total, set[Decimal], set[Decimal]] | None:
    """The total the merchant last stated, the sums the lines may make (the total, or the total
    less a delivery fee the merchant named) and the fees; None when no total is stated or a
    line has no price."""
    if not items or any(it.unit_price is None or it.unit_price <= 0 for it in items):
        return None
    total, fees = stated_total(texts, len(items) == 1)
    if total is None:
        return None
    return total, {total.value} | {total.value - f for f in fees if 0 < f < total.value}, fees


def total_check(
    items: Sequence[ExtractedItem],
    texts: Sequence[tuple[int, str, str]],
    index: CatalogIndex | None = None,
) -> tuple[Total, bool] | None:
    """The total the merchant last stated and whether the lines add up to it, priced as
    :func:`fit_total` prices them; None when the chat states no total or the prices cannot
    check it. The order page shows a total the lines miss, so the merchant checks the items."""
    found = _targets(items, texts)
    if found is None:
        return None
    total, targets, fees = found
    if Pricing().sum(items) in targets:
        return total, True
    if index is None:
        return total, False
    pricing = line_pricing(index, items, texts)
    amount = pricing.sum(items)
    if amount is None or not _catalog_prices(items, total, targets | fees, pricing):
        return None  # the merchant priced this order otherwise: the catalog cannot check it
    return total, amount in targets


def fit_total(
    items: list[ExtractedItem],
    texts: Sequence[tuple[int, str, str]],
    index: CatalogIndex | None = None,
    asked: Sequence[ExtractedItem] = (),
) -> None:
    """Make the lines add up to the merchant's total (``_fit``); the lines the customer added
    after it (``_added_after``) are no part of it and stay as they are."""
    found = _targets(items, texts)
    late = _added_after(index, items, found[0], texts) if index and found else set()
    if not late:
        _fit(items, texts, found, index, asked)
        return
    early = [it for it in items if _line(it) not in late]
    if early:
        _fit(early, texts, _targets(early, texts), index, asked)
    items[:] = early + [it for it in items if _line(it) in late]


def _fit(
    items: list[ExtractedItem],
    texts: Sequence[tuple[int, str, str]],
    found: tuple[Total, set[Decimal], set[Decimal]] | None,
    index: CatalogIndex | None = None,
    asked: Sequence[ExtractedItem] = (),
) -> None:
    """Make the smallest change to ``items`` that makes them add up to the merchant's total,
    when exactly one such change fits. In order: the lines the total's message itemises as the
    whole order; those lines in place of their products' lines; one change to the lines read
    (a line dropped, a count the total's message says or a count of one, a product it names or
    one ``asked`` about added); one change after taking the lines it itemises (a count of one,
    or said); one line's product swapped for another its words name; several lines dropped.
    ``found`` is ``_targets(items, texts)``."""
    if found is None:
        return
    total, targets, fees = found
    adds_up = Pricing().sum(items) in targets
    if adds_up and (index is None or all(it.variant is None for it in items)):
        return
    named = _total_lines(index, total, items) if index is not None else []
    if adds_up:
        if index is not None:
            _restated_variants(items, named, index, total, texts)
        return
    stated = [it for ways in named for it, _c in ways]
    pricing = line_pricing(index, [*items, *stated], texts) if index is not None else Pricing()
    # "Me shtesë urgjente (500 den) … 3 × 750 + 500 = 2750": an amount of a product the total's
    # message names beside the lines is that product's price, not a price the catalog lacks
    if pricing.sum(items) in targets or not _catalog_prices(
        [*items, *stated], total, targets | fees, pricing
    ):
        return
    if index is not None and _scaled_sum(index, items, pricing) in targets:
        return  # the catalog's price is of the smallest amount: "2 kg" costs twice "1 kg"
    said = _said_counts(total.text)
    priced: list[ExtractedItem] = []
    # a product the customer talks about after the total ("ok atehere hiqe fundin") is the
    # customer's to decide, not the total's
    since = _named_since(index, total, texts) if (named or asked) and index is not None else set()
    if named and index is not None:
        # "jo blu, te kuqen" after "xhel i zi + xhel blu = 3100": a line whose variant the
        # customer spoke of since is the customer's to decide too
        since |= _variants_since(index, items, total, texts)
    named = [ways for ways in named if not {it.product for it, _c in ways} & since]
    held = {it.product for it in items}
    new = [ways[0][0] for ways in named if len(ways) == 1 and ways[0][0].product not in held]
    # a product only asked about ("a i keni patikat nr 29?") that the total says was taken
    new += [line for line in asked if line.product not in held | since]
    new = list({line.product: line for line in reversed(new)}.values())
    # a variant the merchant quoted a price for that no line holds ("bërryl 90° 14 €" for the
    # elbow the customer asked for beside the pipes)
    if index is not None:
        lines = {(it.product, it.variant) for it in items}
        new += [
            ExtractedItem(sku, index.by_sku[sku].name, 1, variant, index.by_sku[sku].price)
            for sku, variant in pricing.quotes
            if (sku, variant) not in lines and sku not in since and sku in index.by_sku
        ]
        priced = _priced_only(index, [*items, *new], texts, total, since)
        new += priced
    readings = [list(r) for r in product(*named)][:_READINGS] if named else []
    if any(
        all(counted for _l, counted in r) and _key(_as_stated(items, r, True)) == _key(items)
        for r in readings
    ):
        return  # the total's message counts out these very lines: the prices are off, not they
    plain = readings if len(readings) == 1 else []
    levels: list[Iterator[list[ExtractedItem]]] = [
        (_as_stated(items, r, True) for r in readings),
        (_as_stated(items, r, False) for r in readings),
        _edits(items, said | {1}, new),
        # a change after taking the lines itemised, only when each name is plain (a guess and
        # a change are one too many)
        (e for r in plain for e in _edits(_as_stated(items, r, False), said | {1}, [])),
        # the count of one line that makes up the total, when only one line can ("two 18cm
        # rollers" read as one)
        _implied_counts(items, pricing, targets, total.text, texts),
        # the count of one line the total alone implies, when only one line can take a count
        # the conversation writes ("6 metra" … "Gjithsej 90€") or one two of its numbers make
        # ("4 persona, 3 net" … "Gjithsej 240€": 12)
        _total_counts(items, pricing, found, texts, index),
        # a line read as the wrong one of the products its words name ("kamerat": the Full HD
        # or the 4K camera)
        _swaps(items, index) if index is not None else iter(()),
        # a line read as another product than the one the merchant priced ("kostum per djem,
        # 6-7 vjeç, 3400 den" read as the hat it comes with)
        (
            [*items[:k], replace(line, quantity=it.quantity), *items[k + 1 :]]
            for line in priced
            for k, it in enumerate(items)
        ),
        # several lines too many ("ato qe vihen ne vend te poçit" read as two more cameras)
        _fewer(items),
    ]
    said_words = {t.text for t in tokenize(fold(total.text))}
    for level in levels:
        fits = {_key(c): c for c in level if c and pricing.sum(c) in targets}
        if len(fits) > 1:
            fits = _echoed(fits, said_words)
        if len(fits) == 1:
            items[:] = next(iter(fits.values()))
        if fits:
            return


def _added_after(
    index: CatalogIndex,
    items: Sequence[ExtractedItem],
    total: Total,
    texts: Sequence[tuple[int, str, str]],
) -> set[Line]:
    """The lines of the products the customer added after the total was stated, "edhe / also /
    anche / auch" right before their name ("edhe nji fustan te gjate" after "45€ + postë 5€"):
    the total could not count them."""
    added = {
        index.products[p].sku
        for sent in _later_sentences(total, texts)
        for m in find_mentions(index, sent.toks, sent.breaks)
        if any(t.text in _ADDED for t in sent.toks[max(0, m.start - _ADDED_WORDS) : m.start])
        for _score, p in m.candidates
    }
    return {_line(it) for it in items if it.product in added}


def _scaled_sum(
    index: CatalogIndex, items: Sequence[ExtractedItem], pricing: Pricing
) -> Decimal | None:
    """The lines' sum when a product sold in amounts (1 kg / 2 kg) has its catalog price for
    its smallest amount and a larger amount costs in proportion; None when no line changes."""
    total = Decimal(0)
    scaled = False
    for it in items:
        unit = pricing.unit(it)
        if unit is None:
            return None
        entry = index.by_sku.get(it.product) if it.product else None
        if (
            entry is not None
            and it.variant is not None
            and (it.product, it.variant) not in pricing.quotes
            and it.product in pricing.by_amount
            and all(sp.measure for sp in entry.specs)
            and len({sp.measure.split(":")[0] for sp in entry.specs if sp.measure}) == 1
            and it.variant in entry.variants
        ):
            amounts = [float(sp.measure.split(":")[1]) for sp in entry.specs if sp.measure]
            mine = amounts[entry.variants.index(it.variant)]
            if min(amounts) > 0 and mine != min(amounts):
                unit = unit * Decimal(str(round(mine / min(amounts), 3)))
                scaled = True
        total += unit * it.quantity
    return total if scaled else None


def _priced_only(
    index: CatalogIndex,
    items: Sequence[ExtractedItem],
    texts: Sequence[tuple[int, str, str]],
    total: Total,
    since: set[str | None],
) -> list[ExtractedItem]:
    """Products the merchant named by their price alone, as far as the catalog's words go: an
    amount quoted before the total that is the catalog price of exactly one product, which no
    line holds ("Beyaz işlemeli yemeni 650 denar" for the white headscarf sold at 650), with the
    one variant that message names, if any."""
    held = {it.product for it in items} | since
    lines = _held(index, items)
    out: list[ExtractedItem] = []
    for i, author, text in texts:
        if author != "merchant" or i >= total.message or not any(c.isdigit() for c in text):
            continue
        for sent in split_sentences(i, text):
            toks = sent.toks
            quotes = [(k, p) for k in range(len(toks)) if (p := priced_product(index, toks, k))]
            if not quotes:
                continue
            named = find_mentions(index, toks, sent.breaks)
            for k, p in quotes:
                entry = index.products[p]
                if entry.sku in held:
                    continue
                lo = sent.segment_bounds(k)[0]
                if any(lo <= m.start < k for m in named):
                    continue  # "kockat BrickTown 500 copë (1790 den)": a product named there
                if any(e.specs and match_variant(e.specs, toks, max(lo, k - 3), k) for e in lines):
                    continue  # "1 litro (300 lek)": the price of a variant of a line's product
                hit = match_variant(entry.specs, toks, 0, len(toks)) if entry.specs else None
                variant = entry.variants[hit.index] if hit is not None else None
                out.append(ExtractedItem(entry.sku, entry.name, 1, variant, entry.price))
                held.add(entry.sku)
    return out


def _echoed(
    fits: dict[tuple[Line, ...], list[ExtractedItem]], said: set[str]
) -> dict[tuple[Line, ...], list[ExtractedItem]]:
    """Of several orders that add up, those whose lines' variants the total's message names
    most ("magnetike për xham + 2 kabllo = 21€": the holder for the windscreen is the one kept,
    not the one for the vent)."""

    def echo(c: list[ExtractedItem]) -> int:
        return sum(
            1
            for it in c
            if it.variant
            and (words := [t.text for t in tokenize(fold(it.variant)) if len(t.text) > 1])
            and all(w in said for w in words)
        )

    scores = {k: echo(c) for k, c in fits.items()}
    best = max(scores.values())
    return {k: c for k, c in fits.items() if scores[k] == best}


def _restated_variants(
    items: list[ExtractedItem],
    named: list[list[Stated]],
    index: CatalogIndex,
    total: Total,
    texts: Sequence[tuple[int, str, str]],
) -> None:
    """The lines add up, and the total's message itemises them plainly with the same counts but
    other variants, each written in full ("Set La Vie Est Belle 3200 + 2 hair mist vanilje 2200
    = …" for a set read as "Good Girl"): the variants it states are the lines', unless the
    customer spoke of a product or a variant since."""
    if not named or any(len(ways) != 1 for ways in named):
        return
    whole = _as_stated(items, [ways[0] for ways in named], True)
    if sorted((it.product, it.quantity) for it in whole) != sorted(
        (it.product, it.quantity) for it in items
    ) or _key(whole) == _key(items):
        return
    said = {t.text for t in tokenize(fold(total.text))}
    changed = {it.variant for it in whole} - {it.variant for it in items}
    if not all({t.text for t in tokenize(fold(v or ""))} <= said for v in changed):
        return  # "1 cucë 16+ muaj" is not written "6-16 muaj"
    entries = _held(index, items)[:_SINCE_LINES]
    for sent in _later_sentences(total, texts):
        if find_mentions(index, sent.toks, sent.breaks) or any(
            match_variant(e.specs, sent.toks, k, k + 1)
            for e in entries
            for k in range(min(len(sent.toks), _SINCE_WORDS))
        ):
            # "ah me fal, 6-7 vjec i dua": the customer changed it since; "jo blu, te kuqen"
            # names two of the variants, each one a word of its own
            return
    items[:] = whole


_SINCE_WORDS = 60  # the words of a later sentence read for a variant word
_SINCE_SENTENCES = 40  # the customer's sentences after the total read for one
_SINCE_LINES = 30  # the lines checked


def _later_sentences(total: Total, texts: Sequence[tuple[int, str, str]]) -> list[Sentence]:
    """The customer's first sentences after the total (bounded: _SINCE_SENTENCES)."""
    out: list[Sentence] = []
    for i, author, text in texts:
        if i > total.message and author == "customer":
            out += split_sentences(i, text)
            if len(out) >= _SINCE_SENTENCES:
                return out[:_SINCE_SENTENCES]
    return out


def _variants_since(
    index: CatalogIndex,
    items: Sequence[ExtractedItem],
    total: Total,
    texts: Sequence[tuple[int, str, str]],
) -> set[str | None]:
    """The products of the lines whose variants the customer names after the total (the
    first _SINCE_SENTENCES sentences, _SINCE_WORDS words each, _SINCE_LINES lines)."""
    out: set[str | None] = set()
    later = _later_sentences(total, texts)
    for e in _held(index, items)[:_SINCE_LINES]:
        if not e.specs:
            continue
        for sent in later:
            n = min(len(sent.toks), _SINCE_WORDS)
            if any(match_variant(e.specs, sent.toks, k, k + 1) for k in range(n)):
                out.add(e.sku)
                break
    return out


def _named_since(
    index: CatalogIndex, total: Total, texts: Sequence[tuple[int, str, str]]
) -> set[str | None]:
    """The products the customer may name after the total was stated ("fundin": every skirt)."""
    return {
        index.products[p].sku
        for i, author, text in texts
        if i > total.message and author == "customer"
        for sent in split_sentences(i, text)
        for m in find_mentions(index, sent.toks, sent.breaks)
        for _score, p in m.candidates
    }


def _multiple(amount: Decimal, price: Decimal | None) -> int | None:
    """The count (1 to MAX_QTY) of ``price`` that makes ``amount``, or None."""
    if not price or amount <= 0 or amount % price:
        return None
    count = int(amount / price)
    return count if count <= MAX_QTY else None
