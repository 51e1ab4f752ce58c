"""Session 19 (one product in several variants is several lines): counts bound to variant words
after one product name. Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

PACKING = catalog_of(
    ("KD", "Kuti druri", "25", ("15x15", "25x25")),
    ("KK", "Kuti kartoni", "2", ("20x20", "30x30")),
)
CLINIC = catalog_of(
    ("SYR", "Shiringa (pako 100 copë)", "6", ("2 ml", "5 ml", "10 ml")),
    ("GLV", "Doreza lateksi", "5", ("S", "M", "L")),
)
DRITA = "c: Drita Hoxha, Rr. Iliria 12, Tiranë, 069 123 4567"


def test_a_word_several_products_share_then_counted_sizes_of_one_of_them() -> None:
    # "kuti" names both boxes; each counted size after it is sold by the cardboard box alone,
    # so each piece is a line of it (the first piece is no guess a later named line outweighs)
    o = parse("c: dua kuti, dy 20x20 dhe nje 30x30", DRITA, catalog=PACKING)
    assert items(o) == [("KK", 2, "20x20"), ("KK", 1, "30x30")]
    o = parse("c: du kuti: tre copë 15x15 e ni 25x25", DRITA, catalog=PACKING)
    assert items(o) == [("KD", 3, "15x15"), ("KD", 1, "25x25")]


def test_the_albanian_noun_of_a_unit_symbol_is_that_unit() -> None:
    # "10 mlshat" (the 10 ml ones): the unit symbol with the Albanian -sh noun ending
    o = parse(
        "c: na duhen shiringa 5 ml 4 pako edhe 10 mlshat 2 pako",
        DRITA,
        catalog=CLINIC,
    )
    assert items(o) == [("SYR", 4, "5 ml"), ("SYR", 2, "10 ml")]
