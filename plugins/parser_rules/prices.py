"""The merchant's price quote as a product's name: "Me i madhi është 32 cm, 2200 lek" answers
the customer's "the biggest one you have" with the one product of the catalog sold at 2200."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from plugins.parser_rules.catalog_match import CatalogIndex
from plugins.parser_rules.lexicon import word_set
from plugins.parser_rules.normalize import Token

_CURRENCY = word_set("currency")
# "Total 3030 den", "gjithsej 5600", "dërgesa 300 lek": a sum or a fee, not a product's price
NOT_A_PRICE = word_set("price_not_product")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d{1,3}(?: \d{3})+")
_DECIMAL = re.compile(r"\d+(?:[.,]\d{1,2})?")


def price_value(text: str) -> Decimal | None:
    """ "4.790", "4,790" and "4 790" are 4790, "16,90" and "9.80" are 16.90 and 9.80, "2200"
    is 2200."""
    try:
        if _GROUPED.fullmatch(text):
            return Decimal(re.sub(r"[., ]", "", text))
        if _DECIMAL.fullmatch(text):
            return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None
    return None


def quoted_price(toks: Sequence[Token], k: int) -> Decimal | None:
    """The amount token ``k`` quotes with its currency beside it ("2200 lek", "€ 35", "890
    den"), or None."""
    if toks[k].text[:1] not in "0123456789":
        return None
    beside = (k + 1 < len(toks) and toks[k + 1].text in _CURRENCY) or (
        k > 0 and toks[k - 1].text in _CURRENCY
    )
    value = price_value(toks[k].text) if beside else None
    return value if value is not None and value > 0 else None


def counts_then_sums(toks: Sequence[Token], raw: str) -> list[tuple[int, Decimal]]:
    """ "6 giorni allora, 72€", "4 shëtitje atëherë, 20€": each count (2-60) followed by a
    word or two, then after a comma a sum with its currency, as (count, sum); ``raw`` is the
    text the tokens' spans index."""
    out: list[tuple[int, Decimal]] = []
    for p in range(3, len(toks)):
        amount = quoted_price(toks, p)
        if amount is None:
            continue
        q = p - 1 if toks[p - 1].text in _CURRENCY else p
        words = q
        while words > 0 and q - words < 2 and toks[words - 1].text.isalpha():
            words -= 1
        k = words - 1
        if words == q or k < 0 or not toks[k].text.isdigit():
            continue
        if "," in raw[toks[q - 1].end : toks[q].start] and 2 <= (n := int(toks[k].text)) <= 60:
            out.append((n, amount))
    return out


def priced_product(index: CatalogIndex, toks: Sequence[Token], k: int) -> int | None:
    """The product whose price token ``k`` quotes, with its currency beside it, when only that
    product costs so much and no word before it makes the number a sum or a fee."""
    value = quoted_price(toks, k)
    if value is None or any(t.text in NOT_A_PRICE for t in toks[max(0, k - 3) : k]):
        return None
    if k + 2 < len(toks) and toks[k + 1].text in _CURRENCY and toks[k + 2].text in NOT_A_PRICE:
        return None  # "12€ Versand", "300 lek transporti": the fee after its amount
    return index.by_price.get(value)
