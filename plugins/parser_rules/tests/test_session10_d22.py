"""Session 10, dev22: general mechanisms, tested on invented shops of other trades (vases,
bags, lamps, cutlery, ...) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

VASES = Catalog(
    products=(
        CatalogProduct(
            "VASE-CER", "Vazo qeramike", ("ceramic vase",), Decimal("15"), ("20 cm", "30 cm")
        ),
        CatalogProduct(
            "VASE-GLS", "Vazo xhami", ("glass vase",), Decimal("12"), ("20 cm", "30 cm")
        ),
    )
)  # fmt: skip

BAGS = Catalog(
    products=(
        CatalogProduct(
            "BAG", "Çantë shpine", ("Rucksack", "backpack"), Decimal("40"),
            ("E zezë", "Kafe", "Jeshile"),
        ),
        CatalogProduct("NAME", "Qëndisje emri", ("Bestickung",), Decimal("4"), ()),
    )
)  # fmt: skip

CUTLERY = Catalog(
    products=(
        CatalogProduct(
            "SPOON", "Lugë çaji", ("teaspoons",), Decimal("12"),
            ("Inox", "Inox i larë me ar"),
        ),
        CatalogProduct("TRAY", "Tabaka druri", (), Decimal("20"), ()),
    )
)  # fmt: skip

DETAILS = "c: Arta Hoxha, rr. Myslym Shyri 12, Tiranë, 069 412 3344"


def test_a_size_answer_goes_to_the_item_the_merchant_just_spoke_of() -> None:
    # two vases asked about; the merchant answers about the ceramic one alone, and "30 please"
    # (a longer sentence than a bare answer) is its size, not the glass vase's
    order = parse(
        "c: Hi, I like the ceramic vase, and how tall is the glass vase?",
        "m: The ceramic vase comes in 20 and 30 cm, 15 euro",
        "c: 30 please, my mother likes them tall",
        DETAILS,
        catalog=VASES,
    )
    assert items(order) == [("VASE-CER", 1, "30 cm")]


def test_a_german_dative_colour_names_the_variant() -> None:
    # "mit braunem Stoff": the dative ending -em of braun
    order = parse(
        "c: Hallo, ich möchte den Rucksack mit braunem Stoff",
        DETAILS,
        catalog=BAGS,
    )
    assert items(order) == [("BAG", 1, "Kafe")]


def test_without_after_a_value_describes_that_line_and_removes_nothing() -> None:
    # "die grüne ohne Bestickung": the green one stays; "without" leaves out what follows it
    order = parse(
        "c: Ich hätte gern zwei Rucksäcke, einen schwarzen und einen grünen",
        "c: Auf den schwarzen bitte den Namen 'Ben', die grüne ohne Bestickung",
        DETAILS,
        catalog=BAGS,
    )
    bags = sorted(i for i in items(order) if i[0] == "BAG")
    assert bags == [("BAG", 1, "E zezë"), ("BAG", 1, "Jeshile")]


def test_gold_plated_in_gheg_participle() -> None:
    # "te lame me ar" is the Gheg "të larë me ar" (gold-plated)
    order = parse(
        "c: i du lugt e caji te lame me ar, 6 cope",
        DETAILS,
        catalog=CUTLERY,
    )
    assert items(order) == [("SPOON", 6, "Inox i larë me ar")]
