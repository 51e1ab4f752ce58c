"""Session 20 (dev42, second half): invented shops and sentences (none taken from a corpus)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARTA = "c: Arta Leka, Rr. Myslym Shyri 12, Tiranë, 069 555 1234"

# an events rental: heaters and fans by the day, priced per day
EVENTS = catalog_of(
    ("HEAT", "Ngrohës me gaz për tenda (në ditë)", "15", ("5 kW", "10 kW")),
    ("FAN", "Ventilator industrial (në ditë)", "10", ("40 cm", "60 cm")),
    ("TENT", "Tendë 6x12 (në ditë)", "120", ()),
)


# a building site's generators by their power
SITE = catalog_of(
    ("GEN", "Generator (per day)", "20", ("3 kW", "20 kW")),
    ("SAW", "Concrete saw (per day)", "35", ()),
)


def test_kilowatts_are_the_variant_not_a_count() -> None:
    # "a 20 kW generator" is one generator of 20 kW, not twenty generators; rented for 3 days,
    # it is 3 generator-days (session 20, factors: the customer's days after the name count)
    o = parse("c: a 20 kW generator for 3 days please", ARTA, catalog=SITE)
    assert items(o) == [("GEN", 3, "20 kW")]


def test_units_said_after_names_joined_by_plus_are_each_ones() -> None:
    # "ventilator 60 cm + ngrohës 5 kW për 2 ditë": both are rented for the two days
    o = parse(
        "c: dua ventilator te madh edhe ngrohes te vogel",
        "m: Ventilator 60 cm 10€/ditë, ngrohës 5 kW 15€/ditë.",
        "c: ok",
        "m: Pra ventilator 60 cm + ngrohës 5 kW për 2 ditë. Adresa?",
        ARTA,
        catalog=EVENTS,
    )
    assert sorted(items(o)) == [("FAN", 2, "60 cm"), ("HEAT", 2, "5 kW")]


def test_a_gheg_day_word_after_a_number_is_no_count() -> None:
    # "dy dit tenden": two days of one tent, which the shop restates as 2 days
    o = parse(
        "c: a keni tende per dasem?",
        "m: Po, tenda 6x12 120€ në ditë.",
        "c: ok dy dit tenden",
        "m: Tenda 6x12 2 ditë. Adresa?",
        ARTA,
        catalog=EVENTS,
    )
    assert items(o) == [("TENT", 2, None)]


def test_days_after_a_times_sign_are_no_count() -> None:
    # "× 2 ditë" is how long the fan is rented, not two fans (which would make 4 fan-days)
    o = parse(
        "c: a keni ventilator te madh per stendin?",
        "m: Po, ventilator 40 cm dhe 60 cm, 10€/ditë.",
        "c: mire, 60 per 2 dite",
        "m: Shënuar: ventilator 60 cm × 2 ditë. Adresa?",
        ARTA,
        catalog=EVENTS,
    )
    assert items(o) == [("FAN", 2, "60 cm")]


def test_days_after_a_typed_x_are_no_count() -> None:
    o = parse(
        "c: a keni ventilator te madh per stendin?",
        "m: Po, ventilator 40 cm dhe 60 cm, 10€/ditë.",
        "c: mire, 60 per 2 dite",
        "m: Shënuar: ventilator 60 cm x 2 ditë. Adresa?",
        ARTA,
        catalog=EVENTS,
    )
    assert items(o) == [("FAN", 2, "60 cm")]


# a plumber's shop: pumps by their outlet in inches
PLUMBING = catalog_of(
    ("PUMP", "Pompë uji zhytëse", "60", ("1 inç", "2 inç")),
    ("HOSE", "Zorrë uji 20 m", "25", ()),
)


def test_a_unit_word_with_an_albanian_definite_ending_is_a_measure() -> None:
    # "2 inçin" is the pump of two inches: it counts no hose
    o = parse(
        "c: po e marr pompen", "m: 1 inç apo 2 inç?", "c: 2 incin e zorren", ARTA, catalog=PLUMBING
    )
    assert ("HOSE", 1, None) in items(o)


# a water park: an entry's word is also a building's entrance ("hyrja 2")
PARK = catalog_of(
    ("ENTRY", "Hyrje ditore", "800", ("i rritur", "fëmijë")),
    ("LOCKER", "Dollap me çelës", "100", ()),
)


def test_a_count_after_a_plus_is_no_entrance_number() -> None:
    o = parse("c: dua 3 hyrje + 2 dollape", ARTA, catalog=PARK)
    # (no child named: the adult entry, session 23, person_tiers)
    assert sorted(items(o)) == [("ENTRY", 3, "i rritur"), ("LOCKER", 2, None)]


# a beauty salon: bookings under a name, the shop's restatement taken with the booking
SALON = catalog_of(
    ("MANI", "Manikyr", "1500", ("klasik", "gel")),
    ("PEDI", "Pedikyr", "1800", ()),
)


def test_a_booking_under_a_name_after_the_restatement_is_the_order() -> None:
    o = parse(
        "c: sa kushton manikyri me gel dhe pedikyri? jemi dy motra",
        "m: Manikyr gel 1500, pedikyr 1800.",
        "c: ok vetem manikyr",
        "m: Pra 2 manikyr gel, nesër ora 10?",
        "c: po ora 10 mire rezervimi me emrin Drita Hoxha",
        catalog=SALON,
    )
    assert o.is_order
    assert items(o) == [("MANI", 2, "gel")]
    assert o.customer_name == "Drita Hoxha"


SPA_DAY = catalog_of(
    ("MANI", "Manikyr", "1500", ("klasik", "gel")),
    ("PEDI", "Pedikyr", "1800", ()),
    ("FACE", "Maskë fytyre", "900", ()),
)


def test_a_booking_phrase_takes_the_restatement_that_leaves_a_line_out() -> None:
    # the shop restates two of the three things asked about; the booking under a name takes it
    o = parse(
        "c: jemi dy shoqe do donim manikyr me gel dhe pedikyr dhe maske fytyre sa kushton",
        "m: Manikyr gel 1500, pedikyr 1800, maskë 900. Gjithsej për dy 8400.",
        "c: ok po masken e lme",
        "m: Pra 2 manikyr gel + 2 pedikyr, nesër ora 11?",
        "c: po ora 11 shume mire rezervimi me emrin Drita Hoxha",
        catalog=SPA_DAY,
    )
    assert sorted(items(o)) == [("MANI", 2, "gel"), ("PEDI", 2, None)]


def test_an_order_phrase_does_not_take_a_bare_list_of_offers() -> None:
    # the shop lists what it has; "e dua" alone does not order both
    o = parse(
        "c: cfare keni sot?",
        "m: Kemi manikyr 1500, pedikyr 1800",
        "c: ok e dua",
        catalog=SALON,
    )
    assert len(items(o)) != 2


# a tailor: the customer brings the clothes in at a time
TAILOR = catalog_of(
    ("HEM", "Shkurtim pantallonash (palë)", "400", ()),
    ("ZIP", "Ndërrim zinxhiri xhakete", "900", ()),
)


def test_coming_at_an_hour_is_an_appointment_not_a_delay() -> None:
    o = parse(
        "c: dua te shkurtoj 2 pale pantallona",
        "m: Shkurtimi 400 lekë palën, gati nesër.",
        "c: mire. do vij ne 5",
        catalog=TAILOR,
    )
    assert o.is_order
    assert items(o) == [("HEM", 2, None)]


def test_coming_in_some_minutes_is_an_appointment_too() -> None:
    o = parse(
        "c: dua te shkurtoj nje pale pantallona sot",
        "m: Po, 400 lekë, 20 minuta.",
        "c: ok do vij per 10 minuta",
        catalog=TAILOR,
    )
    assert o.is_order


def test_coming_to_see_still_puts_off() -> None:
    o = parse(
        "c: dua te shkurtoj 2 pale pantallona",
        "m: Shkurtimi 400 lekë palën.",
        "c: do vij ne dyqan ta shoh",
        catalog=TAILOR,
    )
    assert not o.is_order


def test_the_shops_count_times_a_catalog_price_counts_the_line() -> None:
    # the customer describes two jackets; the shop reckons "2 × 900"
    o = parse(
        "c: dua zinxhir te ri per xhaketen time dhe per te djalit",
        "m: Ok, zinxhiri i xhaketës, 2 × 900 lekë. Emri?",
        "c: Besa Gjoni 069 555 1234",
        catalog=TAILOR,
    )
    assert items(o) == [("ZIP", 2, None)]


def test_a_count_answering_how_many_commits() -> None:
    o = parse(
        "c: a i shkurtoni pantallonat?",
        "m: Po, 400 lekë palën. Sa palë?",
        "c: tre pale. jam Genti",
        catalog=TAILOR,
    )
    assert o.is_order
    assert items(o) == [("HEM", 3, None)]


CAFE = catalog_of(
    ("PIE", "Byrek", "100", ()),
    ("JUICE", "Lëng portokalli", "80", ()),
    ("CAKE", "Kek", "300", ()),
)


def test_both_with_three_lines_counts_the_line_spoken_of() -> None:
    # "të dyja" is two cakes, not two of every line
    o = parse(
        "c: dua nje byrek dhe nje leng portokalli",
        "c: edhe kek keni?",
        "m: Po, keku 300 lekë copa. Sa copë?",
        "c: dy cope te dyja",
        ARTA,
        catalog=CAFE,
    )
    assert sorted(items(o)) == [("CAKE", 2, None), ("JUICE", 1, None), ("PIE", 1, None)]


def test_two_lines_of_one_product_keep_their_own_days() -> None:
    # the big fan for three days, then a small one for one day: not both for one day
    o = parse(
        "c: dua ventilatorin e madh per 3 dite",
        "m: Ok, ventilator 60 cm 3 ditë, 10€/ditë.",
        "c: edhe nje te vogel per 1 dite",
        "m: Ok, edhe një ventilator 40 cm për 1 ditë. Adresa?",
        ARTA,
        catalog=EVENTS,
    )
    assert sorted(items(o)) == [("FAN", 1, "40 cm"), ("FAN", 3, "60 cm")]
