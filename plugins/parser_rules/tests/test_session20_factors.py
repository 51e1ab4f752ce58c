"""Session 20 (counts that are a product of two factors): invented shops and sentences (none
taken from a corpus)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

DEA = "c: Dea Hoxha, Rr. Ismail Qemali 7, Durrës, 068 444 2211"

# a lakeside rental: kayaks and paddle boards by the hour, life vests by the day
LAKE = catalog_of(
    ("KAY", "Kajak dyshe (për orë)", "8", ()),
    ("SUP", "Dërrasë SUP (për orë)", "6", ()),
    ("VEST", "Jelek shpëtimi (në ditë)", "3", ("S", "M", "L")),
)


def test_the_customers_units_after_the_name_multiply_its_pieces() -> None:
    # "2 kajake dyshe për 3 orë": two kayaks for three hours each, six kayak-hours; the shop
    # confirms without repeating the hours
    o = parse(
        "c: pershendetje, dua 2 kajake dyshe per 3 ore neser",
        "m: Në rregull, ju presim. Emri?",
        DEA,
        catalog=LAKE,
    )
    assert items(o) == [("KAY", 6, None)]


def test_each_product_takes_the_units_said_after_its_own_name() -> None:
    # "3 dërrasa SUP 2 orë, 1 kajak 4 orë": each line its own hours (3 × 2 and 1 × 4)
    o = parse(
        "c: 3 derrasa sup 2 ore, 1 kajak 4 ore",
        "m: Ok, rezervuar.",
        DEA,
        catalog=LAKE,
    )
    assert sorted(items(o)) == [("KAY", 4, None), ("SUP", 6, None)]


def test_the_shops_units_with_the_name_win_over_the_customers() -> None:
    # a guard (passes without the rule too): the shop restates the hours with the name, and its
    # "2 orë" is the booking, not the customer's 3
    o = parse(
        "c: dua 1 kajak dyshe per 3 ore",
        "m: Kemi vetëm 2 orë të lira: kajak dyshe 2 orë. Ok?",
        "c: ok",
        DEA,
        catalog=LAKE,
    )
    assert items(o) == [("KAY", 2, None)]


# a hiking agency: insurance priced per person and per day, a guide per group
HIKE = catalog_of(
    ("INS", "Sigurim aksidenti (për person në ditë)", "2", ()),
    ("GUIDE", "Guidë mali (për grup)", "80", ()),
    ("BAG", "Çantë shpine me qira (në ditë)", "5", ()),
)


def test_a_line_priced_per_person_and_per_day_counts_people_times_days() -> None:
    # "jemi 4 veta, 3 ditë" with insurance "për person në ditë": 4 × 3 = 12 person-days
    o = parse(
        "c: pershendetje jemi 4 veta, duam guide edhe sigurim per 3 dite",
        "m: Po, guida 80€ për grup, sigurimi 2€ për person në ditë. Emri?",
        DEA,
        catalog=HIKE,
    )
    assert sorted(items(o)) == [("GUIDE", 1, None), ("INS", 12, None)]


# a bike hire that prices by the day in the chat (the catalog names say no unit)
BIKES = catalog_of(
    ("EBIKE", "Biçikletë elektrike me qira", "25", ()),
    ("HELMET", "Helmetë biçiklete", "3", ()),
)


def test_in_a_shop_that_prices_by_the_day_the_customers_days_after_a_name_count() -> None:
    # the shop prices "25€ në ditë"; "2 biçikleta elektrike për 3 ditë" is 6 bike-days
    o = parse(
        "c: sa kushton biçikleta elektrike?",
        "m: Biçikleta elektrike 25€ në ditë, helmeta falas.",
        "c: ok, dua 2 biçikleta elektrike për 3 ditë",
        "m: Në rregull, emri?",
        DEA,
        catalog=BIKES,
    )
    assert items(o) == [("EBIKE", 6, None)]


# a lakeside guesthouse: rooms let by the night
INN = catalog_of(
    ("D2", "Dhomë dyshe", "40", ()),
    ("D1", "Dhomë teke", "25", ()),
)


def test_rooms_counted_in_another_message_are_multiplied_by_nights_equal_to_them() -> None:
    # the shop offers "2 double rooms"; "both doubles for the 2 nights" is 2 rooms × 2 nights,
    # though the rooms' count equals the nights: it was not read from "2 nights"
    o = parse(
        "c: Hi, we are 4 adults, any rooms free this weekend?",
        "m: Hello! We have 2 double rooms free, 40€ per night with breakfast.",
        "c: Great, book both doubles for the 2 nights please",
        "m: Done. Name?",
        DEA,
        catalog=INN,
    )
    assert items(o) == [("D2", 4, None)]


# a gym: memberships by the month, sold for a term
GYM = catalog_of(
    ("MEM", "Anëtarësim palestre (në muaj)", "30", ("3 muaj", "12 muaj")),
    ("TRAINER", "Trajner personal (për orë)", "15", ()),
)


def test_a_term_the_product_is_sold_in_is_no_number_of_units() -> None:
    # "anëtarësim 12 muaj" names the 12-month term, one membership; "trajner 3 orë" is 3 hours
    o = parse(
        "c: dua anetaresim palestre 12 muaj edhe trajner personal 3 ore",
        "m: Në rregull. Emri?",
        DEA,
        catalog=GYM,
    )
    assert sorted(items(o)) == [("MEM", 1, "12 muaj"), ("TRAINER", 3, None)]
