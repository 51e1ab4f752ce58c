"""Session 17 (extra, second round): lines the customer did not order. Invented shops and
sentences, none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, named_catalog, parse

MIRA = "c: Mira Hoxha, Rr. Elbasanit 7, Tirane, 068 411 2290"

KITCHEN = named_catalog(
    ("SCALE", "Bilancia"),
    ("WOK", "Wok"),
    ("PRESS", "Pentola"),
)

GERMAN_KITCHEN = named_catalog(
    ("KETTLE", "Wasserkocher"),
    ("PAN", "Bratpfanne"),
)


def test_used_with_past_italian_definite_article() -> None:
    # "cucinano con la pentola": what they cook with, past "la", is theirs, not goods
    o = parse(
        "c: Vorrei una wok per mia zia, loro cucinano con la pentola",
        MIRA,
        catalog=KITCHEN,
    )
    assert items(o) == [("WOK", 1, None)]


def test_used_with_past_german_definite_article() -> None:
    o = parse(
        "c: einen Wasserkocher bitte, meine Eltern kochen nur mit der Bratpfanne",
        MIRA,
        catalog=GERMAN_KITCHEN,
    )
    assert items(o) == [("KETTLE", 1, None)]


def test_used_with_italian_plural_verb() -> None:
    # "cuciniamo" (we cook) is a use verb like "cucina"
    o = parse(
        "c: una bilancia per favore, cuciniamo con wok",
        MIRA,
        catalog=KITCHEN,
    )
    assert items(o) == [("SCALE", 1, None)]


CURTAINS = Catalog(
    products=(
        CatalogProduct("ROD", "Shufër perdesh", (), Decimal("20"), ("120 cm", "160 cm")),
        CatalogProduct("RING", "Unaza me kapëse", (), Decimal("3"), ("krom", "ari")),
        CatalogProduct("RINGPL", "Unaza plastike", ("unazat",), Decimal("2"), ("krom", "ari")),
    )
)


def test_alias_that_is_only_the_kind_word_refers_to_the_ordered_line() -> None:
    # "unazat po": the alias "unazat" is only the word both ring names open with; it answers
    # for the rings already ordered, it adds no plastic rings
    o = parse(
        "c: dua 2 shufra perdesh 160 cm dhe 10 unaza me kapese krom",
        "m: Shufra 160 cm 20€, unazat me kapëse 3€. Pra 2 shufra, 10 unaza?",
        "c: unazat po, shufrat jo se i kam",
        MIRA,
        catalog=CURTAINS,
    )
    assert items(o) == [("RING", 10, "krom")]


def test_alias_alone_still_names_its_product() -> None:
    # unchanged: with no ring line in the order the alias names its own product
    o = parse(
        "c: dua 2 shufra perdesh 160 cm dhe 10 unazat",
        MIRA,
        catalog=CURTAINS,
    )
    assert ("RINGPL", 10, None) in items(o)


REPAIRS = named_catalog(
    ("KETTLE", "Kazan elektrik"),
    ("FIX", "Riparim pajisjesh"),
    ("CABLE", "Kabllo rryme"),
)


def test_gheg_possessive_after_product_is_the_customers_own() -> None:
    # "kazani jem" (Gheg for "kazani im", my kettle): the customer's own appliance, beside the
    # repair asked for, is no line
    o = parse(
        "c: kazani jem i vjeter nuk ngroh mo, ju lutem nje riparim pajisjesh",
        MIRA,
        catalog=REPAIRS,
    )
    assert items(o) == [("FIX", 1, None)]


SHELVES = named_catalog(
    ("GLUE", "Ngjitës druri"),
    ("BOARD", "Dërrasë rafti"),
)


def test_for_a_measure_of_another_product_is_its_purpose() -> None:
    # "për 3 metër dërrasë": the glue is for three metres of shelf board, no board is ordered
    o = parse(
        "c: dua nje ngjites druri per 3 meter derrase",
        MIRA,
        catalog=SHELVES,
    )
    assert items(o) == [("GLUE", 1, None)]


def test_for_a_measure_in_english() -> None:
    o = parse(
        "c: one ngjites druri please, for 2 m derrase rafti",
        MIRA,
        catalog=SHELVES,
    )
    assert items(o) == [("GLUE", 1, None)]
