"""Session 20 (dev43, third pass): a bundle the shop sells as one product, named by its parts.
Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

SIZES = ("e vogël", "e madhe")

GRILL = Catalog(
    products=(
        CatalogProduct("HAMB", "Hamburger viçi", ("hamburger",), Decimal(300), ()),
        CatalogProduct("PAT", "Patate të skuqura", ("patate",), Decimal(150), SIZES),
        CatalogProduct("LIM", "Limonadë shtëpie", ("limonade",), Decimal(120), ()),
        CatalogProduct(
            "MENU", "Menu Viçi (Hamburger viçi + Patate të skuqura)", ("menu",), Decimal(400), SIZES
        ),
    )
)


def test_the_parts_of_a_bundle_the_shop_offered_are_the_bundle() -> None:
    # the customer lists the menu's parts; the shop named the menu: one menu, not two lines
    o = parse(
        "c: pershendetje, dua nje hamburger vici dhe patate te skuqura te medha",
        "m: Si Menu Viçi (hamburger + patate) ju del 400 lekë, më lirë se veç e veç.",
        "c: ok dergojeni ne Rr. Myslym Shyri 12, Tirane. Besa 069 412 3301",
        catalog=GRILL,
    )
    assert items(o) == [("MENU", 1, "e madhe")]


def test_the_bundle_taken_after_its_parts_holds_them() -> None:
    # the parts first, then the bundle the shop proposed: the parts' lines go
    o = parse(
        "c: sa kushton nje hamburger? edhe patate",
        "m: Hamburgeri 300, patatet 150. Menu Viçi me të dyja 400.",
        "c: atehere menune, dhe nje limonade. Rr. Myslym Shyri 12, Tirane. Besa 069 412 3301",
        catalog=GRILL,
    )
    assert sorted(str(sku) for sku, _n, _v in items(o)) == ["LIM", "MENU"]


def test_the_parts_stay_lines_when_the_shop_named_no_bundle() -> None:
    o = parse(
        "c: dua nje hamburger vici dhe patate te skuqura te medha",
        "m: Në rregull, 450 lekë gjithsej.",
        "c: ok dergojeni ne Rr. Myslym Shyri 12, Tirane. Besa 069 412 3301",
        catalog=GRILL,
    )
    assert sorted(str(sku) for sku, _n, _v in items(o)) == ["HAMB", "PAT"]


PAINT = Catalog(
    products=(
        CatalogProduct(
            "BOJE5", "Bojë e bardhë për mure 5 L", (), Decimal(1800), ("pa erë", "antimykotike")
        ),
        CatalogProduct("RUL", "Rul për bojë", (), Decimal(400), ()),
    )
)


def _paint(line: str) -> list[tuple[str | None, int, str | None]]:
    return items(
        parse(
            "c: " + line,
            "m: Në rregull, 3600 lekë.",
            "c: ok. Arta Leka, Rr. Kavajes 40, Tirane 069 400 1122",
            catalog=PAINT,
        )
    )


def test_the_thing_a_variant_is_without_said_alone_names_no_variant() -> None:
    # "me erë normale" (with the usual smell) is no "pa erë" (odourless)
    assert _paint("dua 2 boje te bardhe per mure, me ere normale") == [("BOJE5", 2, None)]


def test_the_variant_without_a_thing_is_named_with_its_without() -> None:
    assert _paint("dua 2 boje te bardhe per mure, pa ere ju lutem") == [("BOJE5", 2, "pa erë")]


PRINT = Catalog(
    products=(
        CatalogProduct("FLY", "Fletëpalosje A5", (), Decimal(20), ()),
        CatalogProduct("KV", "Kartvizita standard", (), Decimal(5), ()),
        CatalogProduct("KVP", "Kartvizita Plus", (), Decimal(9), ()),
        CatalogProduct("LAM", "Laminim", (), Decimal(3), ()),
    )
)


def _print(line: str) -> list[tuple[str | None, int, str | None]]:
    return items(
        parse(
            "c: " + line,
            "m: Në rregull.",
            "c: ok. Arta Leka, Rr. Kavajes 40, Tirane 069 400 1122",
            catalog=PRINT,
        )
    )


def test_plus_for_and_names_no_product_called_plus() -> None:
    assert _print("dua 500 fletepalosje A5 plus laminim") == [("FLY", 500, None), ("LAM", 1, None)]


def test_plus_after_a_word_of_the_name_is_that_name() -> None:
    assert _print("dua 200 kartvizita plus") == [("KVP", 200, None)]


COWORK = Catalog(
    products=(
        CatalogProduct("WIFI50", "Wi-Fi zyre 50 Mbps", ("wifi bazë", "50 Mbps"), Decimal(20), ()),
        CatalogProduct("WIFI200", "Wi-Fi zyre 200 Mbps", ("200 Mbps",), Decimal(35), ()),
        CatalogProduct("DESK", "Tavolinë fikse", (), Decimal(90), ()),
    )
)


def test_the_number_of_a_name_in_the_shops_restatement_counts_nothing() -> None:
    # "50 Mbps" restated is the plan's name: one plan, not 50 of it
    o = parse(
        "c: dua wifi bazë dhe nje tavoline fikse. Arta Leka 069 400 1122",
        "m: Rregull Arta: 50 Mbps + tavolinë fikse, nga e hëna.",
        "c: po faleminderit",
        catalog=COWORK,
    )
    assert items(o) == [("WIFI50", 1, None), ("DESK", 1, None)]


def test_a_restated_bundle_holds_the_customers_lines_of_its_parts() -> None:
    # the shop restates the menu (never a line) with the lemonade it offered, and asks for the
    # address: the hamburger and fries are the menu, the lemonade is taken
    o = parse(
        "c: dua nje hamburger vici dhe patate te skuqura",
        "m: Sot kemi edhe limonadë shtëpie, 120 lekë.",
        "c: hamburgerin me patate te medha",
        "m: Konfirmojmë: Menu Viçi e madhe, limonadë shtëpie. Adresa?",
        "c: Rr. Myslym Shyri 12, Tirane, Besa 069 412 3301",
        catalog=GRILL,
    )
    assert items(o) == [("MENU", 1, "e madhe"), ("LIM", 1, None)]


def test_the_details_a_restatement_asks_for_say_yes_to_it() -> None:
    # the lemonade the shop offered and restated is taken by the address given, no "po" said
    o = parse(
        "c: dua nje hamburger vici dhe patate te skuqura",
        "m: Kemi edhe limonadë shtëpie 120.",
        "c: mire",
        "m: Konfirmojmë: hamburger viçi, patate të skuqura, limonadë shtëpie. Adresa dhe telefoni?",
        "c: Rr. Myslym Shyri 12, Tirane, Besa 069 412 3301",
        catalog=GRILL,
    )
    assert items(o) == [("HAMB", 1, None), ("PAT", 1, None), ("LIM", 1, None)]
