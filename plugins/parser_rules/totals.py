"""The merchant's total as a check on the order, the way a shop assistant adds up the notebook
line: "2 x 2300 + 1900 = 6500 lek", "Gjithsej 8400", "Total 24€". When the lines read from the
conversation do not add up to the total the merchant last stated (with or without a delivery
fee the merchant named), and exactly one small change makes them add up (one line's count, one
line too many, one product the total's message names that no line holds), that change is made.
Nothing is changed when the sum already fits, when a line has no price, when a discount is in
play, when the merchant quoted a price after the total or an amount the catalog's prices do not
explain, or when several changes would fit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from core.plugin_api import Evidence, ExtractedItem
from plugins.parser_rules.catalog_match import CatalogIndex
from plugins.parser_rules.item_state import MAX_QTY
from plugins.parser_rules.lexicon import lexicon, word_set
from plugins.parser_rules.mentions import find_mentions
from plugins.parser_rules.normalize import fold, tokenize
from plugins.parser_rules.prices import price_value
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.variants import match_variant

_TOTAL = word_set("total_words")
_FEE = word_set("fee_words")
_OFF = word_set("discount_words")
# with the ISO codes merchants type after a sum ("2,000 ALL total", "1500 MKD")
_CURRENCIES = "|".join(
    re.escape(c) for c in sorted(word_set("currency") | {"all", "mkd"}, key=len, reverse=True)
)
_NUM = r"(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,2})?)(?![.,]{0,2}\d)"
_CUR = r"(?:\s*(?:" + _CURRENCIES + r")(?![^\W\d_]))?"
_WORD = r"([^\W\d_]+)"
# "2 x 2300 + 1900 = 6500", "total: 24", "gjithsej 8400 lek", "8400 lek gjithsej", "2,000 ALL
# total"; a bare "2 copë = 5800" may be one line's sum
_EQUALS = re.compile(r"\+[^=.!?\n]{0,300}=\s*(?:€\s*)?" + _NUM)  # bounded: linear on "+++…"
_BARE = re.compile(r"=\s*(?:€\s*)?" + _NUM)
_AFTER_WORD = re.compile(_WORD + r"\s*:?\s*(?:€\s*)?" + _NUM)
_BEFORE_WORD = re.compile(_NUM + _CUR + r"\s*" + _WORD)
# "+ transporti 300", "dërgesa për Ferizaj 5€", "+ 3€ transport"
_FEE_AFTER = re.compile(_WORD + r"(?:\s+[^\W\d_]+){0,3}\s*:?\s*(?:€\s*)?" + _NUM)
# a price the merchant quotes: "2190 den", "€ 35"
_PRICE = re.compile(r"€\s*" + _NUM + "|" + _NUM + r"\s*(?:" + _CURRENCIES + r")(?![^\W\d_])")


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


def _total_in(text: str, bare: bool, worded: bool) -> Decimal | None:
    """The last total the (folded) text states, or None; ``worded``: it holds a total word."""
    equals = (_BARE if bare else _EQUALS).finditer(text)
    found = [(m.end(1), price_value(m.group(1))) for m in equals]
    if worded:
        found += _worded(_AFTER_WORD, text, _TOTAL, 2, 1)
        found += _worded(_BEFORE_WORD, text, _TOTAL, 1, 2)
    sums = [(end, v) for end, v in found if v is not None]
    return max(sums)[1] if sums else None  # "Totali 1800 + 700 = 2500": the last one


def stated_total(
    texts: Sequence[tuple[int, str, str]], bare: bool = False
) -> tuple[Total | None, set[Decimal]]:
    """The total the merchant stated last, unless a price quoted after it or a discount makes
    it stale, and the delivery fees the merchant named."""
    last: Total | None = None
    fees: set[Decimal] = set()
    for i, author, text in texts:
        if author != "merchant":
            continue
        low = fold(text)
        words = set(re.findall(r"[^\W\d_]+", low))
        if not words.isdisjoint(_OFF):
            return None, set()  # a discount: the total is not the catalog's sum
        if not words.isdisjoint(_FEE):
            fees.update(v for _e, v in _worded(_FEE_AFTER, low, _FEE, 2, 1))
            fees.update(v for _e, v in _worded(_BEFORE_WORD, low, _FEE, 1, 2))
        value = _total_in(low, bare, not words.isdisjoint(_TOTAL))
        if value is not None:
            last = Total(i, value, text)
        elif last is not None and _PRICE.search(low):
            last = None  # "Ne rregull: 1 xhakete, 2190 den + dergesa": restated, not totalled
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


def _catalog_prices(items: Sequence[ExtractedItem], total: Total, known: set[Decimal]) -> bool:
    """Every amount the total's message quotes is the total, a fee, or a line's catalog price
    times a count: "walnuts 250 g 400 ALL" for a product the catalog sells at 1300 says the
    merchant priced this order otherwise, and the catalog cannot check its total."""
    for m in _PRICE.finditer(fold(total.text)):
        v = price_value(m.group(1) or m.group(2))
        if v is None or v <= 0 or v in known:
            continue
        if not any(_multiple(v, it.unit_price) is not None for it in items):
            return False
    return True


def _named_new(
    index: CatalogIndex, items: Sequence[ExtractedItem], message: int, text: str
) -> list[ExtractedItem]:
    """Each product the total's message names unambiguously that no line holds, as a line of one
    (with the variant said right after its name): "Doreza 8 + top nr. 5 = 50€" names the ball."""
    have = {it.product for it in items}
    out: list[ExtractedItem] = []
    for sent in split_sentences(message, text):
        found = find_mentions(index, sent.toks, sent.breaks)
        for k, m in enumerate(found):
            entry = index.products[m.product]
            if m.ambiguous or entry.sku in have or entry.price is None or entry.price <= 0:
                continue
            hi = found[k + 1].start if k + 1 < len(found) else len(sent.toks)
            hit = match_variant(entry.specs, sent.toks, m.end, hi)
            first, last = sent.toks[m.start], sent.toks[m.end - 1]
            out.append(
                ExtractedItem(
                    product=entry.sku,
                    name=entry.name,
                    variant=entry.variants[hit.index] if hit is not None else None,
                    unit_price=entry.price,
                    evidence=Evidence(message, first.start, last.end, text[first.start : last.end]),
                )
            )
            have.add(entry.sku)
    return out


def fit_total(
    items: list[ExtractedItem],
    texts: Sequence[tuple[int, str, str]],
    index: CatalogIndex | None = None,
) -> None:
    """Make the one small change to ``items`` that makes them add up to the merchant's total."""
    if not items or any(it.unit_price is None or it.unit_price <= 0 for it in items):
        return
    total, fees = stated_total(texts, len(items) == 1)
    if total is None:
        return
    targets = {total.value} | {total.value - f for f in fees if 0 < f < total.value}
    have = sum((it.unit_price or Decimal(0)) * it.quantity for it in items)
    if have in targets:
        return
    if not _catalog_prices(items, total, targets | fees):
        return
    said = _said_counts(total.text)
    new = _named_new(index, items, total.message, total.text) if index is not None else []
    options: dict[tuple[tuple[str | None, int, str | None], ...], list[ExtractedItem]] = {}

    def option(lines: list[ExtractedItem]) -> None:
        options[tuple((it.product, it.quantity, it.variant) for it in lines)] = lines

    for t in targets:
        for k, it in enumerate(items):
            rest = have - (it.unit_price or Decimal(0)) * it.quantity
            before, after = items[:k], items[k + 1 :]
            if rest == t and before + after:
                option(before + after)  # a line too many
            count = _count(t - rest, it.unit_price, said)
            if count is not None:
                option([*before, replace(it, quantity=count), *after])  # a count said
        for line in new:  # the product the total names besides the lines
            count = _count(t - have, line.unit_price, said | {1})
            if count is not None:
                option([*items, replace(line, quantity=count)])
    if len(options) == 1:
        items[:] = next(iter(options.values()))


def _multiple(amount: Decimal, price: Decimal | None) -> int | None:
    """The count (1 to MAX_QTY) of ``price`` that makes ``amount``, or None."""
    if not price or amount <= 0 or amount % price:
        return None
    count = int(amount / price)
    return count if count <= MAX_QTY else None


def _count(amount: Decimal, price: Decimal | None, said: set[int]) -> int | None:
    """The count of ``price`` that makes ``amount``, when it is one of the counts ``said``."""
    count = _multiple(amount, price)
    return count if count in said else None
