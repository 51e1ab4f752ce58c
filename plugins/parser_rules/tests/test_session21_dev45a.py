"""Session 21 (dev45, first half): invented shops and sentences (none taken from a corpus)."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.mentions import find_mentions
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

# a cleaning service: a flat priced by its rooms + kitchen ("2+1")
CLEAN = catalog_of(
    ("DEEP", "Pastrim i thellë banese", "6000", ("1+1", "2+1", "3+1", "vilë")),
    ("WIN", "Larje dritaresh", "2000", ()),
)


def test_a_flat_said_by_rooms_plus_kitchen_names_that_variant() -> None:
    """A cleaning service: "2+1" is one code of the flat, not "2" and "1" (nor the "1+1")."""
    o = parse(
        "c: pershendetje, kam nje apartament 2+1, dua pastrim te thelle banese",
        "m: Për 2+1 kushton 7000 lekë.",
        "c: ok, rezervojeni. Arta Berisha 069 234 5678, Rr. Kavajës 10, Tiranë",
        catalog=CLEAN,
    )
    assert items(o) == [("DEEP", 1, "2+1")]


def test_a_flat_code_glued_by_plus_is_one_segment() -> None:
    """A cleaning service: "3+1" said with the product before it stays one variant, not a
    3+1 read as the "1+1" after a break at the "+"."""
    o = parse(
        "c: pershendetje, sa kushton pastrimi i thelle per nje banese 3+1 ne Tirane?",
        "m: 8000 lekë.",
        "c: ok, rezervojeni. Arta Berisha 069 234 5678, Rr. Kavajës 10",
        catalog=CLEAN,
    )
    assert items(o) == [("DEEP", 1, "3+1")]


# a self-storage company: units rented by the month
STORE = catalog_of(
    ("UNIT", "Depo me qira (mujore)", "3000", ("5 m²", "10 m²")),
    ("LOCK", "Dry sigurie", "800", ()),
)


def test_a_price_per_its_unit_times_a_number_counts_the_line() -> None:
    """A self-storage company: "3000 lekë/muaj × 6" (a price per month, then the months) counts
    6 months of the unit, though no "=" follows."""
    o = parse(
        "c: pershendetje, dua nje depo 5 m² per gjysem viti, nga 1 marsi, edhe nje dry",
        "m: Depo 5 m² 3000 lekë/muaj × 6 + dry 800. Ju presim!",
        "c: ok faleminderit. Arta Berisha 069 234 5678",
        catalog=STORE,
    )
    assert sorted(items(o)) == [("LOCK", 1, None), ("UNIT", 6, "5 m²")]


# a coworking space: desks by the month in half or full day, and a single trial day
COWORK = catalog_of(
    ("DESK", "Tavolinë fikse – mujore", "120", ("gjysmë dite", "ditë e plotë")),
    ("OFFICE", "Zyrë private – mujore", "300", ("gjysmë dite", "ditë e plotë")),
    ("TRIAL", "Ditë prove (hyrje e vetme)", "10", ()),
)


def _named(text: str) -> list[str]:
    index = index_for(COWORK)
    sent = split_sentences(0, text)[0]
    return [index.products[m.product].sku for m in find_mentions(index, sent.toks, sent.breaks)]


def test_a_word_inside_another_products_whole_variant_names_no_product() -> None:
    """A coworking space: "ditë e plotë" answers which desk (the desks' variant), it is not the
    trial day whose name opens with "Ditë"; "ditë prove" still names the trial day."""
    assert _named("ditë e plotë na duhet se punojmë të dy") == []
    assert _named("gjysmë dite mjafton") == []
    assert _named("dua nje ditë prove te henen") == ["TRIAL"]


def test_the_trial_day_said_with_its_own_word_is_still_named() -> None:
    """A coworking space (guard): "ditë prove" holds a word of its own name."""
    o = parse(
        "c: pershendetje, dua nje ditë prove te henen",
        "m: Po, 10€.",
        "c: ok. Arta Berisha 069 234 5678",
        catalog=COWORK,
    )
    assert items(o) == [("TRIAL", 1, None)]


# a kennel: a dog's stay sold by the week
KENNEL = catalog_of(
    ("STAY", "Strehim qeni – për javë", "70", ("qen i vogël", "qen i madh")),
    ("BATH", "Larje qeni", "15", ()),
)


def test_the_units_the_shops_sum_comes_to_are_the_count() -> None:
    """A kennel: "2 kafshë × 3 javë = 6 javë" in a sentence naming no product gives 6
    dog-weeks, not the one stay read before times the 3 weeks said first (the customer's later
    count of baths keeps the shop's multiplication from being read as a term)."""
    o = parse(
        "c: Hallo, a keni strehim qeni? ne korrik",
        "m: Po, qen i vogël 50€/javë, qen i madh 70€/javë.",
        "c: mire, qen i madh, te dy qente, per te 3 javet",
        "m: Ok, 2 kafshë × 3 javë = 6 javë × 70€ = 420€. Duhet libreza e vaksinave.",
        "c: edhe 2 larje qeni ju lutem",
        "m: Shënova. Emri?",
        "c: Arben Gashi, 044 123 456",
        catalog=KENNEL,
    )
    assert sorted(items(o)) == [("BATH", 2, None), ("STAY", 6, "qen i madh")]


# a cleaning service again: two services priced by the flat
CLEAN2 = catalog_of(
    ("DEEP", "Pastrim i thellë banese", "6000", ("1+1", "2+1", "3+1")),
    ("WIN", "Larje dritaresh banese", "2000", ("1+1", "2+1", "3+1")),
)


def test_a_corrected_flat_changes_every_line_said_for_it() -> None:
    """A cleaning service: both services were asked for one flat "2+1"; "gabova, është 3+1"
    corrects the flat, so both lines take it, not only the latest."""
    o = parse(
        "c: pershendetje, dua pastrim te thelle banese edhe larje dritaresh per nje banese 2+1",
        "m: Për 2+1: 7000 + 2500 lekë.",
        "c: me fal, gabova, eshte 3+1",
        "m: Për 3+1: 8000 + 3000 lekë. Kur?",
        "c: te shtunen. Arta Berisha 069 234 5678, Rr. Kavajës 10, Tiranë",
        catalog=CLEAN2,
    )
    assert sorted(items(o)) == [("DEEP", 1, "3+1"), ("WIN", 1, "3+1")]


def test_a_phone_said_to_be_greek_is_read_in_greece() -> None:
    """A florist: "numri grek 697 123 4567" is a Greek mobile, not an Austrian number."""
    o = parse(
        "c: pershendetje, dua nje buqete me trendafila per neser",
        "m: Po, 3000 lekë.",
        "c: ok. Eleni Papa, numri grek 697 123 4567, Rr. Kavajës 10, Tiranë",
    )
    assert o.phone == "+306971234567"


# a football academy: training by the month, and a minibus to training by the month
ACADEMY = Catalog(
    products=(
        CatalogProduct(
            "TRAIN", "Stërvitje futbolli – mujore", (), Decimal("30"), ("U8", "U10", "U12")
        ),
        CatalogProduct(
            "BUS",
            "Transporti me minibus – mujor",
            ("transporti",),
            Decimal("20"),
            ("Zona 1", "Zona 2"),
        ),
    )
)


def test_a_ride_sold_by_the_month_is_a_product_not_the_delivery_fee() -> None:
    """A football academy: "Transporti me minibus – mujor" is a monthly service the customer
    names with "transporti", not the shop's delivery fee left to the delivery-line rules."""
    o = parse(
        "c: Tung, jam babai i Arbrit (stervitje futbolli, U10). Prej marsit na duhet transporti "
        "se s'mund ta coj cdo dite",
        "m: Tung! Lagjja juaj është Zona 2, 20€/muaj.",
        "c: ok. Rr. Kavajës 10, Tiranë. Arben Leka 069 234 5678",
        catalog=ACADEMY,
    )
    assert sorted(items(o)) == [("BUS", 1, "Zona 2"), ("TRAIN", 1, "U10")]


# a removals firm: its name's "Transporti" holds no inflected Italian "porta" (door)
MOVERS = catalog_of(
    ("MOVE", "Transporti i mobiljeve", "100", ()),
    ("BOX", "Kuti kartoni", "2", ()),
)


def test_a_compounds_tail_is_read_only_as_the_group_writes_it() -> None:
    """A removals firm: "possiamo portarla sabato" (bring her) names no transport: the last
    part of "Transporti" is not the door group's "porta" inflected."""
    index = index_for(MOVERS)
    sent = split_sentences(0, "possiamo portarla sabato alla casa nuova?")[0]
    assert find_mentions(index, sent.toks, sent.breaks) == []


# a boat-trip operator: one trip by boat type, life vests for children
BOATS = catalog_of(
    ("TRIP", "Xhiro me varkë Ksamil ⇄ Sarandë", "40", ("varkë e vogël", "gomone", "motoskaf")),
    ("VEST", "Jelek shpëtimi për fëmijë (për xhiro)", "3", ()),
)


def test_a_bare_variant_part_of_the_closing_booking_is_read() -> None:
    """A boat-trip operator: in "Rezervuar ✅ … Ksamil → Sarandë, gomone + 1 jelek …" the part
    "gomone" is the variant of the trip named before it, so the closing booking is read whole."""
    o = parse(
        "c: pershendetje, duam nje xhiro me varke nga Ksamili ne Sarande te shtunen, jemi 5 veta",
        "m: Për 5 persona gomone 60€. Për fëmijët jelek shpëtimi 3€.",
        "c: ok po rezervo. Arta Berisha 069 234 5678",
        "m: Rezervuar ✅ 12.08 ora 9:00 Ksamil → Sarandë, gomone + 1 jelek shpëtimi për fëmijë.",
        catalog=BOATS,
    )
    assert sorted(items(o)) == [("TRIP", 1, "gomone"), ("VEST", 1, None)]
