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


YARD = catalog_of(
    ("SND", "Rërë e larë (m³)", "20", ("e imët", "e trashë")),
    ("GRV", "Zhavorr (m³)", "16", ()),
    ("CEM", "Çimento 25 kg", "6", ()),
)


def test_the_gheg_word_for_sand_names_the_sand() -> None:
    # "rena" is the Gheg "rëra": after the customer drops the cement, "only the sand and the
    # gravel" keeps both; the unknown word left the sand out
    o = parse(
        "c: dua 3 kubik rere te imet, 2 kubik zhavorr dhe 5 thase cimento",
        "m: 3 m³ rërë e imët, 2 m³ zhavorr, 5 çimento. Gjithsej 118€.",
        "c: jo, cimenton sdu ma. veq rena e zhavorri",
        "c: Fatos Krasniqi, rr. Agim Ramadani 22, Gjilan, 044 287 615",
        catalog=YARD,
    )
    assert sorted(items(o)) == [("GRV", 2, None), ("SND", 3, "e imët")]
