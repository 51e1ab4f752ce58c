"""Session 18 (units): counting in the unit the catalog sells. Invented shops and sentences,
none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.per_unit import name_unit
from plugins.parser_rules.tests.conftest import items, parse

GARDEN = Catalog(
    products=(
        CatalogProduct(
            "HOSE",
            "Zorrë uji gome (për metër)",
            ("zorre", "zorrë uji"),
            Decimal(120),
            ("13 mm", "19 mm", "25 mm"),
        ),
        CatalogProduct("TAP", "Rubinet oborri", ("rubinet",), Decimal(900), ()),
    )
)


def test_metres_of_a_product_sold_by_the_metre_in_millimetre_thicknesses_count_it() -> None:
    # "19 mm" is the hose's bore, not a length: the metres said after it are what is wanted
    o = parse(
        "c: dua zorre uji 19 mm, 15 metra, dhe nje rubinet oborri",
        "c: Rr. Elbasanit 40, Tiranë, Klodian Deda 069 551 2290",
        catalog=GARDEN,
    )
    assert items(o) == [("HOSE", 15, "19 mm"), ("TAP", 1, None)]


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


def test_weeks_in_a_sentence_naming_no_product_count_the_one_weekly_line() -> None:
    o = parse(
        "c: dua nje betoniere te vogel me qira",
        "m: Për sa kohë?",
        "c: 3 jave",
        "m: Ok, 3 javë 150 L. Adresa?",
        "c: Fier, lagjja Kongresi, Arben Mema 068 227 1904",
        catalog=RENTAL,
    )
    assert items(o) == [("MIX", 3, "150 L")]


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


FLOORS = Catalog(
    products=(
        CatalogProduct(
            "LAM", "Parket laminat (m²)", ("parket", "laminat"), Decimal(1400), ("8 mm", "12 mm")
        ),
        CatalogProduct(
            "SKIRT", "Listelë druri (për metër)", ("listele", "listela"), Decimal(300), ()
        ),
        CatalogProduct("TILE", "Pllakë banjo (m²)", ("pllake",), Decimal(1800), ()),
        CatalogProduct("GLUE", "Ngjitës pllakash 25 kg", ("ngjites",), Decimal(1200), ()),
    )
)


def test_the_merchants_reckoning_in_square_metres_and_metres_counts_the_lines() -> None:
    o = parse(
        "c: dua parket laminat 8 mm per dhomen, eshte 4 me 3.5, edhe listele rreth e rrotull",
        "m: 4 × 3,5 = 14 m², me humbje llogarisim 15 m². Listela: 2 × 4 + 2 × 3,5 = 15 metër.",
        "c: ne rregull. Rr. Durrësit 12, Tiranë. Sokol Bregu 068 402 7712",
        catalog=FLOORS,
    )
    assert items(o) == [("LAM", 15, "8 mm"), ("SKIRT", 15, None)]


def test_a_reckoning_fits_no_line_when_two_are_sold_by_the_square_metre() -> None:
    # guard: parquet and tiles are both sold by the m²; the area may be either's
    o = parse(
        "c: dua parket laminat 12 mm dhe pllake banjo",
        "m: 3 × 4 = 12 m².",
        "c: ne rregull. Rr. Durrësit 12, Tiranë. Sokol Bregu 068 402 7712",
        catalog=FLOORS,
    )
    assert items(o) == [("LAM", 1, "12 mm"), ("TILE", 1, None)]


PANTRY = Catalog(
    products=(
        CatalogProduct(
            "OLIVE",
            "Vaj ulliri i derdhur (për litër)",
            ("vaj ulliri",),
            Decimal(900),
            ("ekstra i virgjër", "i zakonshëm"),
        ),
        CatalogProduct("JUG", "Bidon plastik", ("bidon",), Decimal(300), ("5 L", "10 L")),
        CatalogProduct("VIN", "Uthull molle (për litër)", ("uthull",), Decimal(400), ()),
    )
)


def test_litres_answered_count_a_line_sold_per_litre() -> None:
    o = parse(
        "c: dua vaj ulliri te zakonshem, edhe nje bidon plastik 10 litersh",
        "m: Sa litra vaj?",
        "c: 6 litra",
        "c: Rr. Myslym Shyri 20, Tiranë. Arta Leka 069 331 0042",
        catalog=PANTRY,
    )
    # "10 litërsh" is the jug's size, not more oil
    assert items(o) == [("OLIVE", 6, "i zakonshëm"), ("JUG", 1, "10 L")]


def test_litres_are_no_count_when_two_open_lines_are_sold_per_litre() -> None:
    # guard: oil and vinegar are both sold by the litre; "3 litra" may be either's
    o = parse(
        "c: dua vaj ulliri te zakonshem dhe uthull molle",
        "c: 3 litra",
        "c: Rr. Myslym Shyri 20, Tiranë. Arta Leka 069 331 0042",
        catalog=PANTRY,
    )
    assert ("OLIVE", 3, "i zakonshëm") not in items(o)


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


NUTS = Catalog(
    products=(
        CatalogProduct("ALM", "Bajame (pako)", ("bajame",), Decimal(900), ("1 kg", "2 kg")),
        CatalogProduct("WAL", "Arra të qëruara (kg)", ("arra",), Decimal(1100), ()),
    )
)


def test_kilos_that_are_another_lines_pack_size_do_not_count_a_line_sold_per_kilo() -> None:
    o = parse(
        "c: dua bajame",
        "m: Kemi pako 1 kg dhe 2 kg",
        "c: nje pako, 2 kg",
        "c: edhe arra te qeruara",
        "c: Rr. Dibrës 77, Tiranë. Ilir Doko 069 281 5530",
        catalog=NUTS,
    )
    assert items(o) == [("ALM", 1, "2 kg"), ("WAL", 1, None)]
