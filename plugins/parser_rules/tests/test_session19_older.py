"""Session 19 (the lowest older tuning sets): invented shops and sentences (none taken from a
corpus)."""

from __future__ import annotations

from decimal import Decimal

from core.types import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARTA = "c: Arta Krasniqi, Rr. Fehmi Agani 12, Prishtinë, 044 555 321"

# a sandwich bar whose tuna sandwich has an alias that holds one of the breads every
# sandwich is sold in
SANDWICHES = Catalog(
    products=(
        CatalogProduct("SND-PUL", "Sanduiç pule", (), Decimal("3"), ("në bagetë", "në tost")),
        CatalogProduct(
            "SND-TUN", "Sanduiç me ton", ("ton ne bagete",), Decimal("3"), ("në bagetë", "në tost")
        ),
    )
)


def test_a_variant_in_a_siblings_alias_does_not_name_the_sibling() -> None:
    # "në bagetë" is how every sandwich is sold; the tuna sandwich's alias holding it does
    # not make "sanduic pule ne bagete" the tuna one
    o = parse(
        "c: pershendetje, 3 sanduic pule ne bagete per zyren",
        ARTA,
        catalog=SANDWICHES,
    )
    assert items(o) == [("SND-PUL", 3, "në bagetë")]


BAKERY = catalog_of(
    ("CRS", "Croissant", "1.2", ()),
    ("BAG", "Baguette", "1.5", ()),
)


def test_just_before_a_past_verb_is_not_only() -> None:
    # "my sister just arrived" says when, not "only": the baguette stays in the order
    o = parse(
        "c: hi, 2 croissants and a baguette please",
        "m: Sure! Address?",
        ARTA,
        "c: wait make it 3 croissants, my sister just arrived",
        catalog=BAKERY,
    )
    assert sorted(items(o)) == [("BAG", 1, None), ("CRS", 3, None)]


PACKING = catalog_of(
    ("TAPE", "Shirit ngjitës transparent", "2", ("24 mm", "48 mm")),
    ("WRAP", "Letër kraft", "5", ()),
)


def test_macedonian_rolls_count_the_line() -> None:
    # "4 ролни" / "4 rolni" (four rolls) after the name and its width counts the tape
    o = parse(
        "c: zdravo, shirit ngjites 48 mm, 4 ролни ve molam",
        ARTA,
        catalog=PACKING,
    )
    assert items(o) == [("TAPE", 4, "48 mm")]


HARDWARE = Catalog(
    products=(
        CatalogProduct(
            "GLUE",
            "Ngjitës montimi (tub 300 ml)",
            ("ngjites tub",),
            Decimal("6"),
            ("i bardhë", "transparent"),
        ),
        CatalogProduct("FOAM", "Shkumë poliuretani", (), Decimal("7"), ()),
    )
)


def test_a_count_before_the_container_the_name_holds_counts() -> None:
    # "3 tuba" between the name and the variant: the count in tubes, though "tub" is a word
    # of the name's bracket
    o = parse(
        "c: pershendetje, ngjites montimi 3 tuba transparent dhe nje shkume",
        ARTA,
        catalog=HARDWARE,
    )
    assert sorted(items(o)) == [("FOAM", 1, None), ("GLUE", 3, "transparent")]


TILES = catalog_of(
    ("TILE", "Pllakë dyshemeje", "12", ("30x30", "60x60")),
    ("GLUE", "Ngjitës pllakash", "9", ()),
)


def test_no_then_a_count_the_shops_question_did_not_say_is_the_new_count() -> None:
    # the shop asks back "5 boxes?", the customer answers "no 7, ..." (not "not 7")
    o = parse(
        "c: pllaka 60x60, nga 5 kuti per secilen banje",
        "m: 5 kuti pllaka 60x60?",
        "c: jo 7, jane dy banjo",
        ARTA,
        catalog=TILES,
    )
    assert items(o) == [("TILE", 7, "60x60")]
