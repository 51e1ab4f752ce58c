"""The merchant's restatement of the lines of one product, said yes to, is the order's lines
for that product (MerchantLines._split_summary / _take_split). Shop and lines are invented."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

HOME = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "SHEET",
            "Çarçaf me llastik",
            ("carcaf",),
            Decimal("22"),
            ("160x200 e bardhë", "160x200 gri", "90x200 e bardhë", "90x200 gri"),
        ),
        CatalogProduct(
            "RAD",
            "Radiator panel",
            ("radiator",),
            Decimal("95"),
            ("600x800", "600x1000", "600x1200"),
        ),
        CatalogProduct("VALVE", "Valvul radiatori", ("valvul",), Decimal("9"), ("1/2", "3/4")),
    ),
)
DETAILS = "c: Drita Krasniqi, Rr. Agim Ramadani 14, Prishtine, 044 222 333"


def test_a_restatement_asked_back_and_said_yes_to_gives_the_lines() -> None:
    o = parse(
        "c: radiator 1 m 2 cope edhe nje 80 cm",
        "m: 600x1000 x2 dhe 600x800 x1, 285 €",
        "c: jo, ate te 80 beje 1.20",
        "m: 600x1000 x2 + 600x1200 x1?",
        "c: Po",
        DETAILS,
        catalog=HOME,
    )
    assert sorted(items(o)) == [("RAD", 1, "600x1200"), ("RAD", 2, "600x1000")]


def test_ok_colon_opens_a_restatement_of_one_of_each() -> None:
    o = parse(
        "c: carcaf me llastik per krevat dopjo, nje te bardhe e nje gri, edhe nje per krevat "
        "tek te bardhe",
        "m: Ok: 160x200 e bardhë, 160x200 gri, 90x200 e bardhë. Po?",
        "c: po",
        DETAILS,
        catalog=HOME,
    )
    assert sorted(items(o)) == [
        ("SHEET", 1, "160x200 e bardhë"),
        ("SHEET", 1, "160x200 gri"),
        ("SHEET", 1, "90x200 e bardhë"),
    ]


def test_a_line_of_another_product_is_not_a_line_of_this_one() -> None:
    o = parse(
        "c: 2 radiator 600x1000 dhe 2 valvul 1/2",
        "m: Pra: 2 radiator 600x1000 + 2 valvul 1/2. Adresa?",
        "c: po. Drita Krasniqi, Rr. Agim Ramadani 14, Prishtine, 044 222 333",
        catalog=HOME,
    )
    assert sorted(items(o)) == [("RAD", 2, "600x1000"), ("VALVE", 2, "1/2")]


def test_a_list_of_what_is_in_stock_is_no_restatement() -> None:
    o = parse(
        "c: carcaf me llastik i keni?",
        "m: Kemi 160x200 e bardhë, 160x200 gri, 90x200 e bardhë",
        "c: po, nje 160x200 gri",
        DETAILS,
        catalog=HOME,
    )
    assert items(o) == [("SHEET", 1, "160x200 gri")]
