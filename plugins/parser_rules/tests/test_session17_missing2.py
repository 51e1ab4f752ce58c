"""Session 17 (missing, second round): lines the customer ordered that the parser lost. Invented
shops and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

GRILL = catalog_of(
    ("PIZ", "Pica margarita", "600", ("e vogël", "e madhe")),
    ("COL", "Kola", "150", ()),
    ("FRT", "Patate të skuqura", "200", ()),
)


def test_a_count_after_a_room_number_and_a_full_stop_starts_the_goods() -> None:
    # "dhoma 12. 3 pica …": the full stop after the room number ends the address; the count
    # and the goods after it were read as more of the address and never reached the items
    o = parse(
        "c: Hotel Drini te lungomari, dhoma 12. 3 pica margarita te medha, 2 kola",
        "c: Emri Dritan Hoxha 068 441 2290",
        catalog=GRILL,
    )
    assert sorted(items(o)) == [("COL", 2, None), ("PIZ", 3, "e madhe")]
    assert o.address == "Hotel Drini te lungomari, dhoma 12"
