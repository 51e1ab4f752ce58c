"""The merchant's price quote names the product the customer described in words the catalog
lacks (prices.py, MerchantLines._priced). The shop is the tests' invented one."""

from __future__ import annotations

from decimal import Decimal

from plugins.parser_rules.prices import price_value
from plugins.parser_rules.tests.conftest import items, parse

DETAILS = "c: Arben Hoxha, Rr. Kavajes 4, Tirane, 069 123 4567"


def test_price_values_in_local_writing() -> None:
    assert price_value("4.790") == Decimal(4790)
    assert price_value("4,790") == Decimal(4790)
    assert price_value("16,90") == Decimal("16.90")
    assert price_value("9.80") == Decimal("9.80")
    assert price_value("2200") == Decimal(2200)
    assert price_value("12a") is None


def test_the_price_quoted_names_the_one_product_sold_at_it() -> None:
    o = parse(
        "c: a keni dicka te ngrohte per dimer per burrin?",
        "m: Po, kemi nje model shume te mire, 9000 lek",
        "c: mire, e dua",
        DETAILS,
    )
    assert items(o) == [("JKT", 1, None)]


def test_the_currency_may_come_first() -> None:
    o = parse(
        "c: something small and silver for my wife?",
        "m: Yes, we have a lovely one, Lek 4000",
        "c: great, I'll take it",
        DETAILS,
    )
    assert items(o) == [("RING", 1, None)]


def test_a_total_or_a_fee_names_no_product() -> None:
    o = parse(
        "c: dua dicka per dhurate",
        "m: Gjithsej 600 lek me transportin",
        "c: ok",
        DETAILS,
    )
    assert ("COF", 1, None) not in items(o)


def test_a_price_after_the_customer_named_the_product_adds_nothing() -> None:
    # 300 is the cup's price, but the customer named the ring and nothing else
    o = parse("c: dua nje unaze", "m: Unaza 4000 lek, dhe kutia 300 lek", "c: ok", DETAILS)
    assert items(o) == [("RING", 1, None)]


def test_a_price_two_products_share_names_neither() -> None:
    o = parse(
        "c: a keni dicka per kuzhinen?",
        "m: Po, 1100 lek",
        "c: ok e marr",
        DETAILS,
        catalog=_two_at_1100(),
    )
    assert items(o) == []


def _two_at_1100():  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from plugins.parser_rules.tests.conftest import SHOP

    products = tuple(
        replace(p, price=Decimal(1100)) if p.sku == "COF" else p for p in SHOP.products
    )
    return replace(SHOP, products=products)


def test_the_count_said_with_goods_the_merchant_then_names() -> None:
    o = parse(
        "c: dua dy gjera te ngrohta per dimer per burrin",
        "m: Po, kemi xhupin e lekures, 9000 lek",
        "c: mire",
        DETAILS,
    )
    assert items(o) == [("JKT", 2, None)]
    # a number after a word is a measure, not the count ("gjoksi 104")
    o = parse(
        "c: dicka te ngrohte per burrin, gjoksi 104",
        "m: Po, kemi xhupin e lekures, 9000 lek",
        "c: mire",
        DETAILS,
    )
    assert items(o) == [("JKT", 1, None)]


def test_the_price_tells_which_of_the_products_a_generic_word_fits() -> None:
    from core.plugin_api import Catalog, CatalogProduct

    paints = Catalog(
        currency="ALL",
        products=(
            CatalogProduct("INT", "Bojë plastike për brenda", (), Decimal(1600), ()),
            CatalogProduct("EXT", "Bojë fasade", (), Decimal(2400), ()),
            CatalogProduct("ENM", "Bojë smalt", (), Decimal(900), ()),
        ),
    )
    o = parse(
        "c: dua nje kove boje per dhomen e gjumit",
        "m: Po, e kemi, 2400 lek kova",
        "c: mire",
        DETAILS,
        catalog=paints,
    )
    assert items(o) == [("EXT", 1, None)]
