"""Session 20 (dev43 part b): a one-way trip booked there and back, a name sold "për natë
(…)", one amount in metres for several lines sold by the metre, the customer's lone amount in
metres, two products after one have-verb, pay and register verbs that commit, a restated variant
word another product's name holds, a number joined to an age, the town where the customer works,
and two days joined by "until". Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.per_unit import name_unit
from plugins.parser_rules.tests.conftest import items, parse

SHUTTLE = Catalog(
    products=(
        CatalogProduct(
            "TRANSFER",
            "Transfertë aeroporti me minibus (një drejtim)",
            ("transferte", "transfer"),
            Decimal(1500),
            (),
        ),
        CatalogProduct("BAGAZH", "Bagazh shtesë", ("bagazh",), Decimal(300), ()),
    )
)

MARINA = Catalog(
    products=(
        CatalogProduct(
            "ANKORIM",
            "Vend ankorimi për natë (varka deri 8 m, mbi 8 m)",
            ("ankorim", "vend ankorimi"),
            Decimal(2000),
            ("deri 8 m", "mbi 8 m"),
        ),
        CatalogProduct("RRYME", "Lidhje rryme", ("rryme",), Decimal(300), ()),
    )
)

FENCING = Catalog(
    products=(
        CatalogProduct("RRJETE", "Rrjetë gardhi (për metër)", ("rrjete",), Decimal(400), ()),
        CatalogProduct("TEL", "Tel me gjemba (për metër)", ("tel me gjemba",), Decimal(90), ()),
        CatalogProduct("SHTYLLE", "Shtyllë hekuri", ("shtylle",), Decimal(1200), ()),
    )
)

PRINT_SHOP = Catalog(
    products=(
        CatalogProduct("TONER", "Toner printeri", ("toner",), Decimal(3500), ()),
        CatalogProduct("PRINTER", "Printer lazer", ("printer",), Decimal(18000), ()),
        CatalogProduct("KOMPJUTER", "Kompjuter zyre", ("kompjuter",), Decimal(45000), ()),
        CatalogProduct("LETER", "Letër A4 (pako 500)", ("leter",), Decimal(600), ()),
    )
)

SWIM_CLUB = Catalog(
    products=(
        CatalogProduct("KURS", "Kurs noti (muaj)", ("kurs noti", "noti"), Decimal(30), ()),
        CatalogProduct("REGJ", "Tarifë regjistrimi", ("regjistrimi",), Decimal(10), ()),
        CatalogProduct("SYZE", "Syze noti", ("syze",), Decimal(12), ()),
    )
)

DOJO_SHOP = Catalog(
    products=(
        CatalogProduct(
            "RRIP", "Rrip xhudo", ("rripa", "brezi"), Decimal(6), ("i bardhë", "i verdhë", "blu")
        ),
        CatalogProduct(
            "KIMONO", "Kimono xhudo me rrip të bardhë", ("kimono",), Decimal(30), ("130", "150")
        ),
    )
)


def test_a_one_way_trip_asked_there_and_back_is_two_trips() -> None:
    o = parse(
        "c: pershendetje, sa kushton transferta nga aeroporti per ne Durres?",
        "m: 1500 lekë në një drejtim me minibus.",
        "c: ok, dua transferten vajtje dhe kthim, me 12 gusht. Erjon Cela 069 412 7730",
        catalog=SHUTTLE,
    )
    assert items(o) == [("TRANSFER", 2, None)]


def test_the_merchant_stating_the_trip_there_and_back_counts_two() -> None:
    o = parse(
        "c: a beni transfer nga aeroporti? na merrni edhe kur kthehemi",
        "m: Po, pra marrje + kthim 3000 lekë.",
        "c: ok ne rregull. Arta Leka 068 220 4417",
        catalog=SHUTTLE,
    )
    assert items(o) == [("TRANSFER", 2, None)]


def test_a_one_way_trip_alone_stays_one() -> None:
    o = parse(
        "c: dua nje transfer nga aeroporti te hoteli, vetem vajtje",
        "m: 1500 lekë. Emri?",
        "c: Besa Dema 069 300 1122",
        catalog=SHUTTLE,
    )
    assert items(o) == [("TRANSFER", 1, None)]


def test_a_unit_that_closes_the_name_before_its_notes_is_the_selling_unit() -> None:
    assert name_unit("Vend ankorimi për natë (varka deri 8 m, mbi 8 m)") == "nate"
    assert name_unit("Rrip për orë smart") is None


def test_a_stay_sold_per_night_counts_the_nights_the_merchant_reckons() -> None:
    # the name says "për natë" before its notes in parentheses: sold per night
    o = parse(
        "c: mirdita, a keni vend per nje varke 7 metra nga 3 deri 7 korrik?",
        "m: Po. Deri 8 m 2000 lekë nata. Nga 3 deri 7 janë 4 netë.",
        "c: mire, rezervojeni. Gent Hoxha 067 455 2210",
        catalog=MARINA,
    )
    assert items(o) == [("ANKORIM", 4, "deri 8 m")]


def test_one_amount_in_metres_for_two_lines_sold_by_the_metre_is_each_ones() -> None:
    o = parse(
        "c: pershendetje, dua te rrethoj oborrin, me duhet rrjeta edhe teli me gjemba",
        "m: Po, 30 m rrjetë dhe 30 m tel me gjemba mjaftojnë për oborrin tuaj.",
        "c: dakord. Dorian Meta, Fushë-Krujë, 069 877 1203",
        catalog=FENCING,
    )
    assert sorted(items(o)) == [("RRJETE", 30, None), ("TEL", 30, None)]


def test_the_customers_lone_metre_amount_counts_the_one_line_sold_by_the_metre() -> None:
    o = parse(
        "c: dua te rrethoj oborrin me rrjete gardhi. sa del metri?",
        "m: 400 lekë metri. Shtyllat 1200 copa.",
        "c: ok bejme 25 metra. Shtylla a i keni?",
        "m: Po.",
        "c: 6 shtylla. Ilir Kasa, Kamëz, 068 112 5533",
        catalog=FENCING,
    )
    assert sorted(items(o)) == [("RRJETE", 25, None), ("SHTYLLE", 6, None)]


def test_two_products_after_one_have_verb_are_both_owned() -> None:
    o = parse(
        "c: kam kompjuterin dhe printerin por me ka mbaruar bojra. dua nje toner",
        "m: Po, 3500 lekë.",
        "c: ok. Rudina Lala 069 554 3321, Rr. Kavajes 40, Tirane",
        catalog=PRINT_SHOP,
    )
    assert items(o) == [("TONER", 1, None)]


def test_i_pay_for_it_now_commits() -> None:
    o = parse(
        "c: a ka kurs noti per te rritur? sa kushton?",
        "m: 30 € në muaj, regjistrimi 10 €.",
        "c: ok e paguaj regjistrimin edhe kursin sot. Teuta Hasani",
        catalog=SWIM_CLUB,
    )
    assert o.is_order
    assert {p for p, _q, _v in items(o)} == {"KURS", "REGJ"}


def test_a_restated_variant_word_that_another_products_name_holds_stays_a_line() -> None:
    # "të bardhë" is in the kimono's name ("me rrip të bardhë"), but it is a variant of the belts
    o = parse(
        "c: a shitni rripa xhudo?",
        "m: Po, 6 € copa.",
        "c: me duhen 10 te bardhe, 6 te verdhe edhe 4 blu. edhe 3 kimono 130",
        "m: Pra: 10 të bardhë, 6 të verdhë, 4 blu, 3 kimono 130. Me postë?",
        "c: po. Drita Krasniqi, Rr. Adem Jashari 3, Gjakovë, 044 318 902",
        catalog=DOJO_SHOP,
    )
    assert sorted(items(o)) == [
        ("KIMONO", 3, "130"),
        ("RRIP", 4, "blu"),
        ("RRIP", 6, "i verdhë"),
        ("RRIP", 10, "i bardhë"),
    ]


SWIM_SCHOOL = Catalog(
    products=(
        CatalogProduct(
            "NOT",
            "Kurs noti mujor",
            ("noti",),
            Decimal(30),
            ("fëmijë (5–11)", "të rinj (12–17)"),
        ),
        CatalogProduct("SYZE", "Syze noti", ("syze",), Decimal(12), ()),
    )
)


def test_a_number_joined_to_an_age_is_an_age_too() -> None:
    # "8 e 13 vjet": both numbers are ages, neither counts the course
    o = parse(
        "c: a pranoni femij per not? i kom dy djem 8 e 13 vjet",
        "m: Po, 30 € në muaj.",
        "c: ok. i regjistroj te dy per kete muaj. Vesa Rama 044 120 334",
        catalog=SWIM_SCHOOL,
    )
    assert [q for _p, q, _v in items(o)] == [1]


BAKERY = Catalog(
    products=(
        CatalogProduct(
            "TORTE", "Tortë ditëlindjeje", ("torte",), Decimal(25), ("8 racione", "12 racione")
        ),
    )
)


def test_the_town_where_the_customer_works_is_no_delivery_town() -> None:
    o = parse(
        "c: sa kushton torta 12 racione?",
        "m: 25 €.",
        "c: ok e paguaj kur ta marr, se un punoj ne Durres",
        "m: Mirë. Numri juaj?",
        "c: 069 318 5520",
        catalog=BAKERY,
    )
    assert items(o) == [("TORTE", 1, "12 racione")]
    assert o.city is None


BABY_HIRE = Catalog(
    products=(
        CatalogProduct("KARRIGE", "Karrige makine për bebe me qira", ("karrige",), Decimal(8), ()),
        CatalogProduct("KARROCE", "Karrocë me qira", ("karroce",), Decimal(10), ()),
    )
)


def test_two_days_joined_by_until_are_a_span_of_dates_not_a_count() -> None:
    o = parse(
        "c: a keni karroce me qira? na duhet vetem per nje jave, 12 deri 19",
        "m: Po, e kemi të lirë. Emri?",
        "c: Era Shala 069 771 2045, e marrim ne dyqan",
        catalog=BABY_HIRE,
    )
    assert items(o) == [("KARROCE", 1, None)]
