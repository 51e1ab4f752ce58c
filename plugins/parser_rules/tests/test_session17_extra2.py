"""Session 17 (extra, second round): lines the customer did not order. Invented shops and
sentences, none from a corpus."""

from __future__ import annotations

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
