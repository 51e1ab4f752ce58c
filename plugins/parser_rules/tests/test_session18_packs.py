"""Session 18 (packs): packs and pieces, "for each". Invented shops and sentences, none from a
corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

GARDEN = catalog_of(
    ("LAMP", "Llambë solare kopshti", "1200", ("e zezë", "e bardhë")),
    ("STAKE", "Kunj plastik (metër)", "90", ()),
    ("BATT", "Bateri rezervë", "300", ()),
)


def test_goods_for_each_line_ordered_before_count_that_many_times() -> None:
    order = parse(
        "c: pershendetje, dua tre llamba solare te zeza",
        "m: Po, 1200 lekë copa.",
        "c: edhe 2 bateri rezerve per secilen",
        "c: Arta Kola, Rr. Dibrës 12, Tiranë, 069 111 2233",
        catalog=GARDEN,
    )
    assert ("BATT", 6, None) in items(order)
    assert ("LAMP", 3, "e zezë") in items(order)


def test_for_each_after_a_single_piece_changes_nothing() -> None:
    # guard: one lamp before, so "for each" is one each (passes either way)
    order = parse(
        "c: pershendetje, dua nje llambe solare te bardhe",
        "c: edhe 2 bateri rezerve per secilen",
        "c: Arta Kola, Rr. Dibrës 12, Tiranë, 069 111 2233",
        catalog=GARDEN,
    )
    assert ("BATT", 2, None) in items(order)
