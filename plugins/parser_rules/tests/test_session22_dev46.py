"""Session 22 (dev46): invented shops and sentences, none taken from a corpus. Each test names
the trade it is written in."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

# a furniture shop that delivers by zone of the city
FURNITURE = catalog_of(
    ("SOFA", "Divan këndor", "450", ("gri", "bezhë")),
    ("TBL", "Tavolinë kafeje", "80", ()),
    ("DEL", "Dërgesë në shtëpi", "5", ("Zona 1", "Zona 2", "Zona 3")),
)


def test_the_fee_of_the_zone_the_address_falls_in_is_the_delivery_line() -> None:
    """Furniture shop: "Kombinati është Zona 2, 10€" names the zone and its fee without any
    delivery noun; the delivery is a line in that zone."""
    o = parse(
        "c: dua divanin këndor gri",
        "m: Divan këndor gri 450€. Adresa?",
        "c: Ana Leka, Rr. Myslym Shyri 12, Kombinat, Tiranë, 069 123 4567",
        "m: Kombinati është Zona 2, 10€. Gjithsej 460€.",
        "c: ok",
        catalog=FURNITURE,
    )
    assert items(o) == [("SOFA", 1, "gri"), ("DEL", 1, "Zona 2")]


def test_a_zone_named_in_english_with_its_fee_in_brackets() -> None:
    """Furniture shop: "Kashar is Zone 3 (15 €)" in English names the catalog's "Zona 3"."""
    o = parse(
        "c: I want the coffee table please",
        "m: Sure, the coffee table is 80 €. Kashar is Zone 3 (15 €).",
        "c: great, Ana Leka, Rr. e Kavajës 100, Kashar, 069 123 4567",
        catalog=FURNITURE,
    )
    assert items(o) == [("TBL", 1, None), ("DEL", 1, "Zona 3")]


def test_a_number_of_the_sum_is_no_zone() -> None:
    """Furniture shop: the sum "2 × 80 + 450" holds a bare 2, no zone: no delivery line."""
    o = parse(
        "c: dua divanin këndor gri edhe 2 tavolina kafeje, i marr vetë në dyqan",
        "m: 2 × 80 + 450 = 610€. Emri?",
        "c: Ana Leka 069 123 4567",
        catalog=FURNITURE,
    )
    assert sorted(items(o)) == [("SOFA", 1, "gri"), ("TBL", 2, None)]


# a coworking space that sells desks and a day pass
COWORK = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("DESK", "Tavolinë e lirë", ("hot desk",), Decimal("12"), ()),
        CatalogProduct("ROOM", "Sallë mbledhjesh", ("meeting room",), Decimal("25"), ()),
        CatalogProduct("PASS", "Karta e anëtarit", ("karta dite", "karta jave"), Decimal("8"), ()),
        CatalogProduct("DAY", "Ditë prove falas", (), Decimal("0"), ()),
    ),
)


def test_a_period_alone_names_no_product_of_whose_name_it_is_a_later_word() -> None:
    """Coworking: "për gjithë ditën" and "nje javë" say how long; "ditë" and "javë" are later
    words of the pass's aliases ("karta dite", "karta jave"), no pass is ordered."""
    o = parse(
        "c: dua nje sallë mbledhjesh për gjithë ditën, nje javë rresht. Ana Leka 069 123 4567",
        catalog=COWORK,
    )
    assert items(o) == [("ROOM", 1, None)]


def test_a_period_that_opens_a_name_still_names_it_with_the_names_next_word() -> None:
    """Coworking: "Ditë prove falas" opens with a day: "një ditë prove" names it."""
    o = parse(
        "c: dua një ditë prove, Ana Leka 069 123 4567",
        catalog=COWORK,
    )
    assert items(o) == [("DAY", 1, None)]


# a dog groomer that also sells vet visits
GROOMER = catalog_of(
    ("CUT", "Qethje qeni", "20", ("e vogël", "e madhe")),
    ("VISIT", "Vizitë veterinere", "15", ()),
)


def test_a_noun_after_every_says_how_often() -> None:
    """Dog groomer: "e bëjmë çdo vizitë" says how often; no vet visit is asked for."""
    o = parse(
        "c: dua qethje qeni e vogël, e bëjmë çdo vizitë. Ana Leka 069 123 4567",
        catalog=GROOMER,
    )
    assert items(o) == [("CUT", 1, "e vogël")]


# a pet hotel whose catalog describes its boarding as "where the dog sleeps"
PET_HOTEL = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BATH", "Larje qeni", ("banjo qeni",), Decimal("15"), ()),
        CatalogProduct("BOARD", "Strehim nate", ("qe fle aty", "qe rri brenda"), Decimal("25"), ()),
    ),
)


def test_where_someone_sleeps_names_no_goods() -> None:
    """Pet hotel: "ai fle shumë" says the dog sleeps a lot; only the bath is ordered, though
    an alias of the boarding is "që fle aty"."""
    o = parse("c: dua larje qeni, ai fle shume", "c: Ana Leka 069 123 4567", catalog=PET_HOTEL)
    assert items(o) == [("BATH", 1, None)]


def test_where_a_relative_lives_names_no_goods() -> None:
    """Dog sitter (English): "my sister lives near you" is not the live-in sitter."""
    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct("BATH", "Dog bath", (), Decimal("15"), ()),
            CatalogProduct("BOARD", "Live-in dog sitter", (), Decimal("25"), ()),
        ),
    )
    o = parse("c: need a dog bath, my sister lives near you. Ana Leka 069 123 4567", catalog=shop)
    assert items(o) == [("BATH", 1, None)]


# a home clinic whose nurse visit is also called "motra" (sister), as nurses are addressed
CLINIC = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("INJ", "Injeksion në shtëpi", ("gjilpere",), Decimal("7"), ()),
        CatalogProduct("NURSE", "Vizitë infermiere", ("motra", "nurse"), Decimal("20"), ()),
    ),
)


def test_a_relative_with_a_possessive_is_a_person() -> None:
    """Home clinic: "motra ime e hap derën" is the customer's sister, not a nurse visit."""
    o = parse(
        "c: dua nje injeksion ne shtepi. motra ime e hap deren. Ana Leka 069 123 4567",
        catalog=CLINIC,
    )
    assert items(o) == [("INJ", 1, None)]


# a hair salon that books by the hour
SALON = catalog_of(
    ("CUT", "Qethje flokësh", "10", ("burra", "gra")),
    ("DYE", "Ngjyrosje flokësh", "30", ()),
)


def test_an_hour_said_with_its_part_of_the_day_is_no_count() -> None:
    """Hair salon: "ne 7 te darkes per ngjyrosje" asks for seven in the evening; one dye."""
    o = parse(
        "c: a ka vend te premten ne 7 te darkes per ngjyrosje?",
        "m: Po, e premte 19:00.",
        "c: ok rezervoje. Ana Leka 069 123 4567",
        catalog=SALON,
    )
    assert items(o) == [("DYE", 1, None)]


# a car-parts shop
PARTS = catalog_of(
    ("OIL", "Vaj motori", "30", ("5W-30", "10W-40")),
    ("FLT", "Filtër ajri", "8", ()),
)


def test_a_model_year_after_the_cars_name_is_no_count() -> None:
    """Car parts: "Toyota Corolla 2012 filter ajri" gives the car's year; one air filter."""
    o = parse(
        "c: dua vaj motori 5W-30 per Passat. Toyota Corolla 2012 filter ajri.",
        "c: Ana Leka 069 123 4567",
        catalog=PARTS,
    )
    assert items(o) == [("OIL", 1, "5W-30"), ("FLT", 1, None)]


# a laser-tag arena priced per player, dearer at weekends than the catalog's price
LASER = catalog_of(
    ("LASER", "Laser tag, për lojtar", "800", ("para 17:00", "pas 17:00")),
    ("PHOTO", "Foto e printuar", "500", ()),
)


def test_a_line_sold_per_player_counts_the_players_the_shop_states() -> None:
    """Laser tag: "5 lojtarë × 1000" at the weekend price (not the catalog's 800): the line
    sold "për lojtar" counts the five players."""
    o = parse(
        "c: a mund te luajme laser tag te dielen? dy prindër e tre fëmijë",
        "m: Po, e diel 11:00 e lirë. 5 lojtarë × 1000 = 5000 lekë.",
        "c: rezervojeni. Ana Leka 069 123 4567",
        catalog=LASER,
    )
    assert items(o) == [("LASER", 5, None)]


# an electronics shop that sells monitors by screen-size band
MONITORS = catalog_of(
    ("MON", "Monitor", "150", ('deri 24"', '27-32"', '34" e më shumë')),
    ("CBL", "Kabllo HDMI", "5", ()),
)


def test_a_size_in_inches_meets_a_band_written_with_the_inch_mark() -> None:
    """Electronics: "monitor 32 inch" is the band '27-32"' written with the inch mark."""
    o = parse("c: dua nje monitor 32 inch. Ana Leka 069 123 4567", catalog=MONITORS)
    assert items(o) == [("MON", 1, '27-32"')]
