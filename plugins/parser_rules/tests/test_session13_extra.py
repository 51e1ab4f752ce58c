"""Session 13: extra products, a line for goods the customer did not order. One test per rule,
on invented shops and invented sentences (none taken from a corpus): goods refused or turned
down after asking, a room or the thing measured for the seller, what a product is for, the
service for the goods ordered, a flavour said as a second product."""

from __future__ import annotations

import time
from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ANA = "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567"


def _skus(o: object) -> set[str | None]:
    return {p for p, _q, _v in items(o)}  # type: ignore[arg-type]


FISH = catalog_of(
    ("LVR", "Levrek (kg)", "1400", ()),
    ("KRK", "Karkaleca (kg)", "2200", ()),
    ("MIDH", "Midhje (kg)", "600", ()),
)

PLUMB = catalog_of(
    ("TAP", "Bateri lavamani", "3500", ("krom", "e zezë")),
    ("KTAP", "Bateri kuzhine me dush", "5200", ()),
    ("HEAT", "Scaldabagno elektrik", "18000", ("50 L", "80 L")),
    ("SIF", "Sifon plastik", "400", ()),
)

SOLAR = catalog_of(
    ("PNL", "Panel diellor 400 W", "9000", ()),
    ("HOSE", "Tub vakumi rezervë", "1500", ()),
    ("BVAC", "Boiler diellor me tuba vakumi", "85000", ("150 L", "200 L")),
    ("MPNL", "Montim paneli (për panel)", "2000", ()),
)

DAIRY = catalog_of(
    ("DJB", "Djathë i bardhë (kg)", "900", ()),
    ("MJL", "Mjaltë mali", "1600", ("450 g", "900 g")),
)

SHISHA = Catalog(
    products=(
        CatalogProduct(
            "NAK",
            "Duhan shisha Al Mazaya 250 g",
            ("al mazaya",),
            Decimal("1500"),
            ("Mollë e dyfishtë", "Rrush me nenexhik", "Limon me nenexhik"),
        ),
        # a mint liquid whose alias is the flavour word alone
        CatalogProduct("LIQ", "E-liquid Mentë", ("menta",), Decimal("700"), ("3 mg", "6 mg")),
    )
)

SLEEP = catalog_of(
    ("DYS", "Dyshek ortopedik", "30000", ("140x200", "160x200")),
    ("BAZ", "Bazë krevati", "12000", ("140x200", "160x200")),
)


def test_a_product_refused_with_a_negated_want_leaves_the_order() -> None:
    # asked about, then "X nuk dua": the line asked about goes, the rest stays
    o = parse(
        "c: levrek 2 kile",
        "c: edhe karkaleca keni?",
        "m: Po, 2200 kg",
        "c: jo karkaleca nuk dua, shume shtrenjt. me mire midhje 1 kg",
        ANA,
        catalog=FISH,
    )
    assert _skus(o) == {"LVR", "MIDH"}


def test_a_negated_want_reads_over_a_clitic_and_po() -> None:
    o = parse(
        "c: 1 kg levrek dhe 1 kg karkaleca",
        "c: nuk po i dua karkalecat",
        ANA,
        catalog=FISH,
    )
    assert _skus(o) == {"LVR"}


def test_leave_it_removes_the_product_named() -> None:
    o = parse("c: 1 kg levrek edhe midhje 1 kg", "c: jo lere midhjen", ANA, catalog=FISH)
    assert _skus(o) == {"LVR"}


def test_a_room_names_no_product() -> None:
    # "banjo" reaches the water heater only through the last part of "scaldabagno"
    o = parse(
        "c: per banjon e re: 2 sifona plastik dhe 1 bateri lavamani krom",
        ANA,
        catalog=PLUMB,
    )
    assert _skus(o) == {"SIF", "TAP"}


def test_a_room_after_the_goods_is_where_they_go() -> None:
    o = parse("c: dy sifona per lavamanin e banjos edhe te kuzhines", ANA, catalog=PLUMB)
    assert _skus(o) == {"SIF"}


def test_a_service_word_names_the_service_for_the_goods_ordered() -> None:
    # "montim" is the whole alias of the air conditioner's fitting, yet the panels were ordered
    shop = Catalog(
        products=SOLAR.products[:4]
        + (CatalogProduct("MKND", "Montim kondicioneri", ("montimi",), Decimal("6000"), ()),)
    )
    o = parse("c: 8 panele diellore 400 W", "c: edhe me montim", ANA, catalog=shop)
    # the fitting is priced per panel, so it counts the 8 panels (session 19)
    assert ("MPNL", 8, None) in items(o)
    assert "MKND" not in _skus(o)


def test_no_thanks_enough_turns_down_what_was_asked_since() -> None:
    o = parse(
        "c: 2 kg djathe te bardhe",
        "c: a keni mjalte mali",
        "m: Po, 450 g dhe 900 g",
        "c: jo ok faleminderit mjafton",
        ANA,
        catalog=DAIRY,
    )
    assert _skus(o) == {"DJB"}


def test_no_thanks_we_have_it_orders_nothing() -> None:
    o = parse(
        "c: 2 kg djathe te bardhe",
        "m: Kemi edhe mjalte mali 900 g, a e doni?",
        "c: jo, faleminderit, kemi mjalte",
        ANA,
        catalog=DAIRY,
    )
    assert _skus(o) == {"DJB"}


def test_a_flavour_in_the_segment_of_a_tobacco_is_its_variant() -> None:
    # "minze" alone fits two of the tobacco's variants (and the mint liquid's alias); with the
    # grape before it in its segment it is one variant
    o = parse(
        "c: 2 pako Al Mazaya, eine doppel apfel und eine traube minze",
        ANA,
        catalog=SHISHA,
    )
    assert _skus(o) == {"NAK"}


def test_what_the_goods_are_for_is_not_read_into_their_name() -> None:
    # "tuba vakumi për boilerin": the boiler is what the tubes are for
    o = parse("c: me duhen 3 tuba vakumi per boilerin", ANA, catalog=SOLAR)
    assert items(o) == [("HOSE", 3, None)]


def test_the_merchants_words_that_fit_the_product_read_keep_it() -> None:
    o = parse(
        "c: me duhen 3 tuba vakumi per boilerin",
        "m: Po, 3 tuba 4500 leke, neser",
        ANA,
        catalog=SOLAR,
    )
    assert items(o) == [("HOSE", 3, None)]


def test_a_thing_measured_for_the_seller_is_not_ordered() -> None:
    o = parse(
        "c: dua nje dyshek ortopedik",
        "c: krevati eshte 160 me 200",
        ANA,
        catalog=SLEEP,
    )
    assert _skus(o) == {"DYS"}


def test_hostile_input_stays_safe_and_fast() -> None:
    big = "jo faleminderit kemi mjalte banjo krevati eshte 160 per " * 2000  # ~110 kB
    t0 = time.perf_counter()
    o = parse(
        "c: 2 kg djathe te bardhe",
        "c: " + big,
        "c: \x00\x07 lere\x1b mjalten \x0c jo, faleminderit, mjafton",
        ANA,
        catalog=DAIRY,
    )
    assert time.perf_counter() - t0 < 10
    assert "DJB" in _skus(o)
