"""Session 13: counts and variants of the lines the parser makes. One test per rule, on invented
shops and invented sentences (none taken from a corpus)."""

from __future__ import annotations

import time

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

BESA = "c: Besa Kryeziu, Rr. Dardania 7, Prishtine, 044 123 456"


GROCER = catalog_of(
    ("MOL", "Mollë Golden (kg)", "120", ("e kuqe", "e verdhe")),
    ("DAR", "Dardhë (kg)", "150", ()),
)

HONEY = catalog_of(
    ("MJL", "Mjaltë lulesh", "900", ("500 g", "1 kg")),
    ("PRP", "Propolis", "700", ()),
)

NUTS = catalog_of(
    ("ARR", "Arra të qëruara", "1500", ("1 kg", "3 kg")),
    ("BAJ", "Bajame", "1800", ()),
)

SCARVES = catalog_of(
    ("SHL", "Shall mëndafshi", "25", ("blu", "e kuqe", "jeshile")),
    ("KAP", "Kapele leshi", "15", ()),
)

FILTERS = catalog_of(
    ("FLT", "Filter uji (pako 3 copë)", "12", ("standard", "me karbon")),
    ("KAN", "Kanë qelqi", "20", ()),
)

DOORS = catalog_of(
    ("DER", "Derë e brendshme", "150", ("70 cm", "80 cm", "90 cm")),
    ("MNT", "Montim", "30", ()),
)

SOLAR = catalog_of(
    ("PAN", "Panel fotovoltaik 450 W", "110", ()),
    ("INS", "Instalim panelesh", "20", ()),
)


def test_gheg_send_me_orders_the_kilos_it_counts() -> None:
    # "ma qit" (Gheg: send me) is an order verb: "katër kile" after it counts the pears
    o = parse(
        "c: a keni dardha sot?",
        "m: Po, 150 lekë kg",
        "c: ma qit katër kile",
        BESA,
        catalog=GROCER,
    )
    assert items(o) == [("DAR", 4, None)]


def test_count_then_no_and_the_old_count() -> None:
    # "mjaltin 4 jo 2": four, not the two said before
    o = parse(
        "c: dua mjaltë lulesh 1 kg x2",
        "m: Ok, 2 kavanoza 1 kg",
        "c: mjaltin 4 jo 2, se i coj edhe vellait",
        BESA,
        catalog=HONEY,
    )
    assert items(o) == [("MJL", 4, "1 kg")]


def test_a_larger_amount_may_cost_in_proportion_to_the_catalog_price() -> None:
    # the catalog's 1500 is the price of 1 kg: the 3 kg bag at 4500 is one bag, not three
    o = parse(
        "c: the 3 kilo bag of walnuts please",
        "c: dhe nje qese bajame",
        "m: Arra 3 kg dhe bajame, 6300 lekë gjithsej",
        BESA,
        catalog=NUTS,
    )
    assert sorted(items(o)) == [("ARR", 1, "3 kg"), ("BAJ", 1, None)]


def test_and_with_another_variant_adds_a_line_even_with_a_trailing_actually() -> None:
    o = parse(
        "c: do you have the silk scarves in blue?",
        "m: Yes, blue, red and green, 25€",
        "c: I'll take two in blue",
        "c: and a green one for my aunt actually",
        BESA,
        catalog=SCARVES,
    )
    assert sorted(items(o)) == [("SHL", 1, "jeshile"), ("SHL", 2, "blu")]


def test_a_plain_yes_to_a_count_of_packs_asked_back() -> None:
    # the customer counts cartridges, the merchant asks back in packs, "yes" takes the packs
    o = parse(
        "c: dua 6 filtra me karbon",
        "m: Filtrat vijne pako me 3 cope. 2 pako me karbon?",
        "c: yes",
        BESA,
        catalog=FILTERS,
    )
    assert items(o) == [("FLT", 2, "me karbon")]


def test_a_service_priced_per_thing_takes_the_customers_count_of_it() -> None:
    o = parse(
        "c: dua 4 dyer 80 cm, per 4 dhoma",
        "m: 4 dyer 80 cm. Montimin e doni? 30 euro per dhome",
        "c: po, me montim",
        BESA,
        catalog=DOORS,
    )
    assert sorted(items(o)) == [("DER", 4, "80 cm"), ("MNT", 4, None)]


def test_a_service_named_with_what_it_serves() -> None:
    o = parse(
        "c: dua 8 panele fotovoltaike, edhe instalim per 8 panele",
        BESA,
        catalog=SOLAR,
    )
    assert sorted(items(o)) == [("INS", 8, None), ("PAN", 8, None)]


WOOD = catalog_of(
    ("DRU", "Dru zjarri lisi", "55", ("1 m", "33 cm")),
    ("PRJ", "Prerje në vend", "10", ()),
)


def test_a_service_priced_per_metre_takes_the_metres_ordered() -> None:
    o = parse(
        "c: dua 6 metra dru lisi 1 m",
        "m: Prerja në vend 10 € për metër, a e doni?",
        "c: po, edhe prerjen",
        BESA,
        catalog=WOOD,
    )
    assert sorted(items(o)) == [("DRU", 6, "1 m"), ("PRJ", 6, None)]


CHEESE = catalog_of(
    ("DJH", "Djathë i bardhë", "600", ("i butë", "i fortë")),
    ("GJZ", "Gjizë", "300", ()),
)

CHEESE_SAUSAGE = catalog_of(
    ("SUX", "Suxhuk", "400", ("i butë", "djegës")),
    ("GJZ", "Gjizë", "300", ()),
)

VINEGAR = catalog_of(
    ("UTH", "Uthull molle", "300", ("0.5 L", "1 L")),
    ("VAJ", "Vaj ulliri", "900", ()),
)

LAMPS = catalog_of(
    ("E14", "Llambë LED E14", "2", ("4W 2700K", "4W 6500K")),
    ("KBL", "Kabllo zgjatuese", "6", ()),
)


def test_a_gheg_mild_without_its_final_vowel_splits_the_count() -> None:
    # "t'but" (Gheg for "të butë"): one hard, two mild
    o = parse(
        "c: dua 3 cope djathe te bardhe",
        "m: Të butë apo të fortë?",
        "c: njo te forte dy t'but",
        BESA,
        catalog=CHEESE,
    )
    assert sorted(items(o)) == [("DJH", 1, "i fortë"), ("DJH", 2, "i butë")]


def test_warm_light_in_serbian_meets_the_low_colour_temperature() -> None:
    o = parse(
        "c: Zdravo, treba mi jedna E14, toplo svetlo",
        "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567",
        catalog=LAMPS,
    )
    assert items(o) == [("E14", 1, "4W 2700K")]


BEANS = catalog_of(
    ("FSL", "Fasule (kg)", "250", ("e bardhë", "barbunja")),
    ("ORZ", "Oriz (kg)", "180", ()),
)


def test_kilos_opening_each_piece_count_each_variant() -> None:
    o = parse("c: 3 kg fasule te bardha, 2 kg barbunja", BESA, catalog=BEANS)
    assert sorted(items(o)) == [("FSL", 2, "barbunja"), ("FSL", 3, "e bardhë")]


def test_the_spicy_ones_in_the_definite_form_are_removed() -> None:
    o = parse(
        "c: 2 suxhuka te bute dhe 1 djeges",
        "c: djegesin hiqe",
        BESA,
        catalog=CHEESE_SAUSAGE,
    )
    assert items(o) == [("SUX", 2, "i butë")]


def test_the_definite_unit_after_of_is_one_unit() -> None:
    # "nga litri": of the litre (one-litre bottles), three of them
    o = parse(
        "c: a keni uthull molle?",
        "m: Po, 0.5 L dhe 1 L",
        "c: dua 3 shishe nga litri",
        BESA,
        catalog=VINEGAR,
    )
    assert items(o) == [("UTH", 3, "1 L")]


def test_in_a_correction_the_count_word_before_the_new_size_counts() -> None:
    o = parse(
        "c: two jars of the flower honey, the 500 g ones please",
        "m: Sure, 2 x 500 g",
        "c: actually make the honey one 1 kg jar instead",
        BESA,
        catalog=HONEY,
    )
    assert items(o) == [("MJL", 1, "1 kg")]


def test_hostile_messages_stay_bounded() -> None:
    long = "montim per 3 dritare 400 den per dritare " * 2500  # 100 kB
    t0 = time.perf_counter()
    parse("c: " + long, "m: " + long + "\x00\x07", "c: po 2 jo 1 \x1b", catalog=DOORS)
    assert time.perf_counter() - t0 < 10
