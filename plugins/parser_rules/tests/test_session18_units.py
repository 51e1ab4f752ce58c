"""Session 18 (units): counting in the unit the catalog sells. Invented shops and sentences,
none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.per_unit import name_unit
from plugins.parser_rules.tests.conftest import items, parse

RENTAL = Catalog(
    products=(
        CatalogProduct(
            "MIX",
            "Betoniere me qira (javë)",
            ("betoniere", "betonierë"),
            Decimal(3000),
            ("150 L", "250 L"),
        ),
        CatalogProduct("DJ", "DJ me muzikë për orë", ("dj",), Decimal(2500), ()),
        CatalogProduct("PHOTO", "Fotograf për orë", ("fotograf", "fotografe"), Decimal(3000), ()),
        CatalogProduct(
            "CAMP",
            "Vend kamperi (për natë)",
            ("vend kamperi", "vend per kamper"),
            Decimal(1500),
            ("me rrymë", "pa rrymë"),
        ),
        CatalogProduct("CASE", "Kuti veglash", ("kuti veglash",), Decimal(1500), ()),
        CatalogProduct("STRAP", "Rrip për orë dore", ("rrip",), Decimal(800), ()),
    )
)


def test_a_name_says_the_unit_its_product_is_sold_per() -> None:
    assert name_unit("Betoniere me qira (javë)") == "jave"
    assert name_unit("Fotograf për orë") == "ore"
    assert name_unit("Vend parkimi, për natë") == "nate"
    # a span sold whole, and a watch strap: no unit
    assert name_unit("Kostum me qira (3 ditë)") is None
    assert name_unit("Rrip për orë dore") is None


def test_weeks_the_merchant_says_before_the_name_count_a_weekly_rental() -> None:
    o = parse(
        "c: pershendetje, a keni betoniere me qira?",
        "m: Po, 150 L dhe 250 L, 3000 lekë në javë",
        "c: na duhet per 2 jave, e madhja",
        "m: 2 javë betoniere 250 L atëherë?",
        "c: po. Fier, lagjja Kongresi, Arben Mema 068 227 1904",
        catalog=RENTAL,
    )
    assert items(o) == [("MIX", 2, "250 L")]


def test_nights_in_a_sentence_naming_no_product_count_the_one_nightly_line() -> None:
    o = parse(
        "c: a keni vend per kamper ne kamping?",
        "m: Po, me rrymë ose pa rrymë. Për sa net?",
        "c: 4 net, me rryme",
        "m: Ok, 4 netë me rrymë. Emri?",
        "c: Genti Dushku 069 118 2040",
        catalog=RENTAL,
    )
    assert items(o) == [("CAMP", 4, "me rrymë")]


def test_people_times_hours_count_a_service_sold_per_hour() -> None:
    o = parse(
        "c: per fejese na duhen 2 fotografe per 3 ore, edhe nje DJ",
        "m: 2 fotografë x 3 orë = 6 orë, DJ x 5 orë. Totali 30500",
        "c: ne rregull. Salla Dea, Durrës. Mira Kola 067 300 4412",
        catalog=RENTAL,
    )
    # "= 6 orë": the unit word of the name after the sum names no second photographer line
    assert items(o) == [("PHOTO", 6, None), ("DJ", 5, None)]


def test_hours_said_of_goods_not_sold_per_hour_count_nothing() -> None:
    # guard: a toolbox is not sold by the hour ("gati për 2 orë" is when it is ready)
    o = parse(
        "c: dua nje kuti veglash",
        "m: Kuti veglash 1500, gati për 2 orë. Adresa?",
        "c: Fier, lagjja Kongresi, Arben Mema 068 227 1904",
        catalog=RENTAL,
    )
    assert items(o) == [("CASE", 1, None)]


PARTY = Catalog(
    products=(
        CatalogProduct("BUF", "Bufe darke për person", ("bufe",), Decimal(900), ("mish", "peshk")),
        CatalogProduct("JUICE", "Lëngje frutash për person", ("lengje",), Decimal(150), ()),
        CatalogProduct(
            "TBL", "Tavolinë me qira", ("tavolina",), Decimal(400), ("6 veta", "10 veta")
        ),
        CatalogProduct("CAKE", "Tortë", ("torte",), Decimal(3000), ()),
    )
)


def test_a_line_sold_per_person_counts_the_guests() -> None:
    o = parse(
        "c: Pershendetje, per pagezim kemi 45 mysafire, na duhet bufe darke me peshk",
        "m: Bufe me peshk 900 lekë për person. Diçka tjetër?",
        "c: edhe lengje per te gjithe",
        "m: Ok. Adresa?",
        "c: Rr. Kavajës 88, Tiranë. Elona Hysa 069 400 1188",
        catalog=PARTY,
    )
    assert items(o) == [("BUF", 45, "peshk"), ("JUICE", 45, None)]


def test_the_people_a_table_seats_are_not_the_guests() -> None:
    o = parse(
        "c: dua 5 tavolina per 10 veta dhe bufe me mish per 50 veta",
        "c: Rr. Kavajës 88, Tiranë. Elona Hysa 069 400 1188",
        catalog=PARTY,
    )
    assert items(o) == [("TBL", 5, "10 veta"), ("BUF", 50, "mish")]


def test_a_line_sold_per_piece_keeps_its_count_beside_guests() -> None:
    # guard: the cake is not sold per person
    o = parse(
        "c: kemi 30 veta, dua nje torte",
        "c: Rr. Kavajës 88, Tiranë. Elona Hysa 069 400 1188",
        catalog=PARTY,
    )
    assert items(o) == [("CAKE", 1, None)]


BUTCHER = Catalog(
    products=(
        CatalogProduct("LAMB", "Qengj i plotë (kg)", ("qengj",), Decimal(1200), ()),
        CatalogProduct("SAUS", "Suxhuk shtëpie", ("suxhuk",), Decimal(700), ()),
    )
)


def test_kilos_the_merchant_proposes_for_a_piece_count_a_line_sold_per_kilo_on_a_yes() -> None:
    o = parse(
        "c: dua nje qengj per Bajram dhe 2 suxhuke",
        "m: Qengjin e shesim me kg, del rreth 11-13 kg. Ju pergatisim nje 12 kg?",
        "c: po",
        "c: Rr. Dibrës 77, Tiranë. Ilir Doko 069 281 5530",
        catalog=BUTCHER,
    )
    assert items(o) == [("LAMB", 12, None), ("SAUS", 2, None)]


def test_kilos_proposed_and_refused_count_nothing() -> None:
    # guard: the customer's answer is no yes
    o = parse(
        "c: dua nje qengj per Bajram dhe 2 suxhuke",
        "m: Qengjin e shesim me kg, del rreth 11-13 kg. Ju pergatisim nje 12 kg?",
        "c: jo, me te vogel",
        "c: Rr. Dibrës 77, Tiranë. Ilir Doko 069 281 5530",
        catalog=BUTCHER,
    )
    assert ("LAMB", 12, None) not in items(o)
