"""Session 5 (helper s5-extras): extra products from context and wrong quantities. Invented
shops and sentences only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Besa Krasniqi, Rr. Nënë Tereza 8, Pejë, 044 123 456"

PANTRY = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("FLOUR", "Miell gruri", ("flour",), Decimal("1"), ("1 kg", "5 kg")),
        CatalogProduct(
            "RICE", "Oriz", ("rice", "riso"), Decimal("2"), ("1 kg basmati", "1 kg i bardhe")
        ),
        CatalogProduct("OIL", "Vaj luledielli", ("sunflower oil",), Decimal("3"), ("1 L", "2 L")),
        CatalogProduct("NUTS", "Arra", ("walnuts", "noci"), Decimal("6"), ("250 g", "500 g")),
    ),
)


def test_an_amount_that_is_several_of_a_variant_counts_it() -> None:
    # 10 kg of a flour sold in 1 kg and 5 kg bags: two bags of 5 kg
    o = parse("c: dua 10 kg miell gruri", ADDR, catalog=PANTRY)
    assert items(o) == [("FLOUR", 2, "5 kg")]
    # the variant whose other words were said wins over the bigger one
    o = parse("c: I'd like 3 kg of basmati rice", ADDR, catalog=PANTRY)
    assert items(o) == [("RICE", 3, "1 kg basmati")]
    # "a kilo and a half" of walnuts sold in 250 g and 500 g: three of 500 g
    o = parse("c: vorrei 1.5 kg di noci", ADDR, catalog=PANTRY)
    assert items(o) == [("NUTS", 3, "500 g")]
    # an amount that is itself a variant is the variant
    o = parse("c: vaj luledielli 2 L", ADDR, catalog=PANTRY)
    assert items(o) == [("OIL", 1, "2 L")]


def test_an_amount_said_later_counts_the_item_in_its_variant() -> None:
    o = parse(
        "c: a keni oriz basmati?",
        "m: Po, pako 1 kg 2 euro",
        "c: 4 kile ju lutem",
        ADDR,
        catalog=PANTRY,
    )
    assert items(o) == [("RICE", 4, "1 kg basmati")]
    o = parse(
        "c: Haben Sie Walnüsse, noci?",
        "m: Ja, 250 g und 500 g",
        "c: ein Kilo bitte",
        ADDR,
        catalog=PANTRY,
    )
    assert items(o) == [("NUTS", 2, "500 g")]
