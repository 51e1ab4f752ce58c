"""Session 6 (helper s6-partb): general rules for unseen shops. Invented shops and sentences
only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Besa Krasniqi, Rr. Nënë Tereza 8, Pejë, 044 123 456"

OUTDOOR = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "MAT", "Dyshekth kampingu i palosshëm", (), Decimal("1500"), ("jeshil", "blu")
        ),
        CatalogProduct("POLES", "Shkopinj alumini (palë)", (), Decimal("3000")),
        CatalogProduct("BAG", "Çantë shpine 40 L", (), Decimal("5000")),
        CatalogProduct("GAS", "Kartuçë gazi", (), Decimal("500"), ("100 g", "250 g")),
    ),
)


def test_big_and_small_in_every_albanian_form() -> None:
    # the definite plural "të mëdhatë" and "të vegjlve" are big and small like "e madhe"
    o = parse("c: dua 3 kartuce gazi nga te medhate", ADDR, catalog=OUTDOOR)
    assert items(o) == [("GAS", 3, "250 g")]
    o = parse("c: Vorrei una kartuce gazi, quella grossa", ADDR, catalog=OUTDOOR)
    assert items(o)[0][2] == "250 g"
    o = parse("c: Ich nehme 2 Kartuce gazi, die kleinsten", ADDR, catalog=OUTDOOR)
    assert items(o)[0][2] == "100 g"


def test_camping_mats_and_poles_in_four_languages() -> None:
    o = parse("c: Vorrei due materassini e i bastoncini da trekking", ADDR, catalog=OUTDOOR)
    assert items(o) == [("MAT", 2, None), ("POLES", 1, None)]
    o = parse("c: I'd like a sleeping mat and hiking poles please", ADDR, catalog=OUTDOOR)
    assert items(o) == [("MAT", 1, None), ("POLES", 1, None)]
    o = parse("c: Ich möchte eine Isomatte und Wanderstöcke", ADDR, catalog=OUTDOOR)
    assert items(o) == [("MAT", 1, None), ("POLES", 1, None)]


DAIRY_SOAP = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SOAP", "Sapun ulliri", (), Decimal("4"), ("qumësht dhie", "qumësht dele")),
        CatalogProduct("SOAP-CHAR", "Sapun qymyri", (), Decimal("5")),
        CatalogProduct("LOTION", "Locion trupi", (), Decimal("9"), ("qumësht gomareje", "aloe")),
    ),
)


def test_kinds_of_milk_meet_variants_in_any_language() -> None:
    o = parse("c: vorrei tre saponi al latte di capra", ADDR, catalog=DAIRY_SOAP)
    assert items(o) == [("SOAP", 3, "qumësht dhie")]
    o = parse("c: two soaps with sheep's milk please", ADDR, catalog=DAIRY_SOAP)
    assert items(o) == [("SOAP", 2, "qumësht dele")]
    o = parse("c: Ich möchte die Körperlotion mit Eselsmilch", ADDR, catalog=DAIRY_SOAP)
    assert items(o) == [("LOTION", 1, "qumësht gomareje")]
