"""Session 21 (dev45, second half): invented shops and sentences (none taken from a corpus).
Each test names the trade it is written in; the rule it checks was found in another trade."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARTA = "c: Arta Hoxha, Rr. Ismail Qemali 7, Durrës, 068 444 2211"

# a language school: courses and workbooks
SCHOOL = catalog_of(
    ("KURS", "Kurs anglisht", "100", ()),
    ("LIB", "Libër ushtrimesh", "15", ()),
)


def test_an_each_count_in_brackets_splits_the_count_before_it() -> None:
    """A language school. "2 × kurs + 6 libra (3 secili)": the bracket says how the 6 books
    fall to the two students; each line keeps the count written before its name."""
    o = parse(
        "c: pershendetje, jemi dy vete, duam kursin e anglishtes me librat",
        "m: Pra 2 × kurs anglisht + 6 libra ushtrimesh (3 secili). Në rregull?",
        "c: po",
        ARTA,
        catalog=SCHOOL,
    )
    assert sorted(items(o)) == [("KURS", 2, None), ("LIB", 6, None)]


# a bakery: cakes to order
BAKERY = catalog_of(
    ("TORTE", "Tortë çokollate", "25", ("1 kg", "2 kg")),
    ("KEK", "Kek me fruta", "8", ()),
)


def test_a_day_and_month_joined_by_a_full_stop_is_a_date_not_a_count() -> None:
    """A bakery. "kek me fruta 12.07", "nga 18.07": the day the cake is wanted, not 12 cakes
    nor 18 of each."""
    o = parse("c: dua kek me fruta 12.07", "m: Në rregull, e përgatisim.", ARTA, catalog=BAKERY)
    assert items(o) == [("KEK", 1, None)]
    o = parse(
        "c: dua torte cokollate 2 kg nga 18.07, edhe kek me fruta",
        "m: Në rregull, e përgatisim.",
        ARTA,
        catalog=BAKERY,
    )
    assert sorted(items(o)) == [("KEK", 1, None), ("TORTE", 1, "2 kg")]


# a tyre shop: car and van tyres, fitting priced per piece by the vehicle it is for
TYRES = catalog_of(
    ("GM", "Gomë makine 205/55 R16", "60", ()),
    ("GK", "Gomë furgoni 215/65 R16", "85", ()),
    ("MONT", "Montim (për copë)", "5", ("makinë", "furgon")),
)


def test_a_fitting_whose_variants_are_kinds_is_split_by_the_lines_of_each_kind() -> None:
    """A tyre shop. Fitting sold in the variants "makinë" / "furgon": with 4 car tyres and 2
    van tyres and "montim 6 copë", the fitting is 4 for the car and 2 for the van."""
    o = parse(
        "c: dua 4 goma makine 205/55 dhe 2 goma furgoni 215/65",
        "m: Pra 4 goma makine + 2 goma furgoni, montim 6 copë. Ok?",
        "c: po me montim",
        ARTA,
        catalog=TYRES,
    )
    assert sorted(items(o)) == [
        ("GK", 2, None),
        ("GM", 4, None),
        ("MONT", 2, "furgon"),
        ("MONT", 4, "makinë"),
    ]


# a gym: memberships paid by the month
GYM = catalog_of(
    ("ABO", "Abonim palestre (pagesë mujore)", "25", ()),
    ("PT", "Trajner personal (seancë)", "15", ()),
)


def test_a_name_that_says_monthly_in_brackets_is_sold_per_month() -> None:
    """A gym. "Abonim palestre (pagesë mujore)" is sold by the month, so "për 3 muaj" counts
    3 months."""
    o = parse(
        "c: dua abonim palestre per 3 muaj",
        "m: Në rregull, ju presim.",
        ARTA,
        catalog=GYM,
    )
    assert items(o) == [("ABO", 3, None)]


# a coworking space: desks by the month
COWORK = catalog_of(
    ("DESK", "Tavolinë coworking (në muaj)", "90", ()),
    ("LOCK", "Dollap personal", "10", ()),
)


def test_the_shops_people_times_months_counts_a_line_sold_per_month() -> None:
    """A coworking space. The shop writes "2 persona × 3 muaj tavolinë coworking" without a
    result: people times the months a line sold per month is counted in, 6 desk-months."""
    o = parse(
        "c: jemi 2 veta, duam tavoline coworking",
        "m: Shënova: 2 persona × 3 muaj tavolinë coworking. Emri?",
        ARTA,
        catalog=COWORK,
    )
    assert items(o) == [("DESK", 6, None)]


# a furniture shop: delivery charged only outside the capital
FURNITURE = catalog_of(
    ("KOM", "Komodë me 3 sirtarë", "12000", ()),
    ("DRG", "Dërgesë jashtë Tiranës", "800", ()),
)


def test_a_delivery_sold_outside_a_town_is_no_line_of_an_order_to_that_town() -> None:
    """A furniture shop. "Dërgesë jashtë Tiranës" is the fee for orders outside Tirana; the
    shop's "dërgesa 800 lek" to an address in Tirana adds no delivery line (one to Durrës
    does)."""
    lines = (
        "c: dua komoden me 3 sirtare",
        "m: ✅ 1 komodë = 12.000 lek, dërgesa 800 lek nesër pasdite, pagesa në dorëzim.",
    )
    o = parse(*lines, "c: Arta Hoxha, Rr. e Durrësit 7, Tiranë, 068 444 2211", catalog=FURNITURE)
    assert items(o) == [("KOM", 1, None)]
    o = parse(*lines, ARTA, catalog=FURNITURE)
    assert sorted(items(o)) == [("DRG", 1, None), ("KOM", 1, None)]


# a pet shop: travel crates by the weight of the dog
PETS = catalog_of(
    ("KAF", "Kafaz transporti për qen", "40", ("deri 10 kg", "deri 25 kg")),
    ("RRIP", "Rrip qeni", "8", ()),
)


def test_an_amount_on_the_bound_of_an_up_to_range_is_that_range() -> None:
    """A pet shop. "10 kg" for crates "deri 10 kg" / "deri 25 kg": the range up to 10 holds it
    most narrowly; the wider one holds it too, but it is not the one meant."""
    o = parse("c: dua nje kafaz transporti per qen 10 kg", "m: Në rregull.", ARTA, catalog=PETS)
    assert items(o) == [("KAF", 1, "deri 10 kg")]
