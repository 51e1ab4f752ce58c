"""Session 12: variants, products nobody ordered, and order detection. Invented shops and
sentences (no corpus lines): each test fails if its rule breaks."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.tests.conftest import items, parse
from plugins.parser_rules.variants import compound_concept

DETAILS = "c: Drita Kelmendi, rr. Pjeter Bogdani 14, Tiranë, 068 345 1290"

SAUCES = Catalog(
    products=(
        CatalogProduct("AJV", "Ajvar shtëpie", ("ajvar",), Decimal("4"), ("i butë", "pikant")),
        CatalogProduct("PEP", "Speca turshi", (), Decimal("3"), ()),
    )
)

CAMP = Catalog(
    products=(
        CatalogProduct("TENT", "Tendë kampingu", ("tenda",), Decimal("60"), ("standard", "XXL")),
        CatalogProduct("MUG", "Filxhan emajli", ("filxhan",), Decimal("6"), ("i bardhë", "i zi")),
        CatalogProduct("BOOT", "Këpucë mali", (), Decimal("90"), ("41", "42")),
        CatalogProduct("LAMP", "Llambë koke", (), Decimal("15"), ()),
    )
)

SCHOOL = Catalog(
    products=(
        CatalogProduct("BAG", "Çantë fëmijësh", (), Decimal("20"), ("blu", "rozë")),
        CatalogProduct("BOX", "Kuti dhurate", ("gift box",), Decimal("2"), ()),
        CatalogProduct("PEN", "Stilolaps", (), Decimal("1"), ()),
        CatalogProduct("GLOVE", "Doreza pune", ("doreza",), Decimal("5"), ()),
    )
)

PETS = Catalog(
    products=(
        CatalogProduct("BED", "Shtrat qeni", (), Decimal("30"), ("50 cm", "70 cm")),
        CatalogProduct("LEASH", "Rrip qeni", ("rripi",), Decimal("8"), ("1 m", "2 m")),
        CatalogProduct("FOOD", "Ushqim qeni", (), Decimal("12"), ()),
    )
)

ROPES = Catalog(
    products=(CatalogProduct("ROPE", "Litar najloni", ("konop",), Decimal("1"), ("10 m", "20 m")),)
)

GLAZE = Catalog(
    products=(
        CatalogProduct(
            "GLZ", "Glazurë qeramike", ("glazure",), Decimal("5"), ("e kuqe", "e zezë", "blu")
        ),
    )
)


# --- of two variants, the one refused names the other --------------------------------------


def test_a_refused_variant_of_two_names_the_other() -> None:
    assert items(parse("c: dua nje tende, jo XXL", DETAILS, catalog=CAMP)) == [
        ("TENT", 1, "standard")
    ]
    assert items(parse("c: dua nje filxhan, jo te zine", DETAILS, catalog=CAMP)) == [
        ("MUG", 1, "i bardhë")
    ]
    assert items(parse("c: I'd like one tent, not the XXL", DETAILS, catalog=CAMP)) == [
        ("TENT", 1, "standard")
    ]


def test_a_refused_variant_said_without_the_product_names_the_other() -> None:
    order = parse(
        "c: a keni tenda kampingu?",
        "m: Po, standard 60€ dhe XXL 90€",
        "c: hocu jednu, ne treba mi XXL",
        DETAILS,
        catalog=CAMP,
    )
    assert items(order) == [("TENT", 1, "standard")]


def test_the_merchant_stated_variant_the_customer_refuses_is_replaced() -> None:
    order = parse(
        "c: a e keni tenden?",
        "m: Po, e kemi XXL 90€",
        "c: mire, nje, jo XXL",
        DETAILS,
        catalog=CAMP,
    )
    assert items(order) == [("TENT", 1, "standard")]


def test_a_postposed_turkish_not_refuses_the_value_before_it() -> None:
    assert items(parse("c: 2 kavanoz ajvar, aci olmasin", DETAILS, catalog=SAUCES)) == [
        ("AJV", 2, "i butë")
    ]


def test_macedonian_and_serbian_words_for_spicy_and_mild() -> None:
    assert items(parse("c: sakam 3 ajvar lut", DETAILS, catalog=SAUCES)) == [("AJV", 3, "pikant")]
    assert items(parse("c: hocu 2 ajvar blagi", DETAILS, catalog=SAUCES)) == [("AJV", 2, "i butë")]


def test_a_size_that_does_not_fit_does_not_choose_the_other_size() -> None:
    order = parse("c: dua kepuce mali", "c: 42 me vjen e ngushte", DETAILS, catalog=CAMP)
    assert items(order) == [("BOOT", 1, None)]


def test_with_three_variants_a_refusal_chooses_none() -> None:
    order = parse("c: dua nje glazure, jo blu", DETAILS, catalog=GLAZE)
    assert items(order) == [("GLZ", 1, None)]


# --- products nobody ordered ---------------------------------------------------------------


def test_a_word_for_people_alone_names_no_product() -> None:
    order = parse("c: dua te bej nje surprize femijve, 10 stilolapsa", DETAILS, catalog=SCHOOL)
    assert items(order) == [("PEN", 10, None)]


def test_a_gift_said_as_the_occasion_names_no_gift_box() -> None:
    order = parse("c: dua me i çu ni dhurat mbeses: 3 stilolapsa", DETAILS, catalog=SCHOOL)
    assert items(order) == [("PEN", 3, None)]
    # but a gift box named with a word of its own is one
    order = parse("c: 3 stilolapsa dhe nje kutia dhurate", DETAILS, catalog=SCHOOL)
    assert ("BOX", 1, None) in items(order)


def test_where_the_customer_is_names_no_goods() -> None:
    order = parse(
        "c: 2 stilolapsa ju lutem",
        DETAILS,
        "c: sillni pas ores 5 se jam ne pune",
        catalog=SCHOOL,
    )
    assert items(order) == [("PEN", 2, None)]


def test_a_product_of_the_order_said_after_without_leaves_it() -> None:
    order = parse(
        "c: nje shtrat qeni 70 cm dhe ushqim qeni",
        "m: Shtrat 70 cm + ushqim + rrip 2 m = 50€",
        "c: pa rrip thashe",
        DETAILS,
        catalog=PETS,
    )
    assert {p for p, _q, _v in items(order)} == {"BED", "FOOD"}


# --- variants the conversation does not give --------------------------------------------------


def test_the_merchants_total_does_not_restate_a_variant_the_customer_corrected() -> None:
    order = parse(
        "c: 2 glazure, nje te zeze dhe nje te kuqe",
        "m: Glazurë e zezë + glazurë blu = 10€",
        "c: jo blu, te kuqen",
        DETAILS,
        catalog=GLAZE,
    )
    assert sorted(items(order), key=str) == [("GLZ", 1, "e kuqe"), ("GLZ", 1, "e zezë")]


def test_words_that_chose_another_lines_variant_do_not_fill_a_new_line() -> None:
    order = parse(
        "c: a keni shtrat qeni?",
        "m: Po, 50 cm dhe 70 cm",
        "c: me te madhin. edhe nje rrip qeni",
        "m: Rripi 1 m apo 2 m?",
        DETAILS,
        catalog=PETS,
    )
    assert items(order) == [("BED", 1, "70 cm"), ("LEASH", 1, None)]


def test_the_albanian_noun_for_size_is_not_big() -> None:
    assert compound_concept("madhesine", "madh") == ()
    assert compound_concept("gjatesia", "gjat") == ()
    assert compound_concept("lederarmband", "lederarmband") == ("#leather",)


def test_a_village_name_is_no_compound_colour() -> None:
    assert compound_concept("nerodime", "nerodim") == ()
    assert compound_concept("nerofarbe", "nerofarb") != ()


def test_serbian_metres_are_a_measure() -> None:
    order = parse("c: treba mi konop od 20 metara", DETAILS, catalog=ROPES)
    assert items(order) == [("ROPE", 1, "20 m")]


# --- is it an order? --------------------------------------------------------------------------


def test_a_yes_to_the_details_the_merchant_typed_commits() -> None:
    order = parse(
        "c: si heren e kaluar ju lutem",
        "m: Pra 2 shtreter qeni 50 cm? Ne adresen Rr. Dibres 20, Tirane, Ana Duka, 069 111 2233?",
        "c: po po",
        catalog=PETS,
    )
    assert order.is_order
    assert items(order) == [("BED", 2, "50 cm")]


def test_paying_on_delivery_is_no_question_about_an_earlier_order() -> None:
    order = parse(
        "c: a keni ushqim qeni?",
        "m: Po, 12€",
        "c: 3 thase",
        "c: Ana Duka, Kamez, rruga kryesore prane shkolles. paguaj kur vjen",
        catalog=PETS,
    )
    assert order.is_order
    assert items(order) == [("FOOD", 3, None)]


def test_a_macedonian_past_order_is_not_a_new_one() -> None:
    order = parse(
        "c: zdravo, pred 5 dena poracav lambа za glava, ushte ne e stignato",
        "m: Izvinete, kurirot ke vi se javi denes",
        "c: ok fala",
        catalog=CAMP,
    )
    assert not order.is_order


def test_the_merchant_confirming_a_cancellation_retreats() -> None:
    order = parse(
        "c: dua 2 stilolapsa",
        DETAILS,
        "c: me fal, mos i dergoni",
        "m: S'ka problem, e anulova",
        catalog=SCHOOL,
    )
    assert not order.is_order
    order = parse(
        "c: sakam 2 stilolapsa",
        DETAILS,
        "c: izvinete, ne isprakjajte",
        "m: Nema problem, otkazano",
        catalog=SCHOOL,
    )
    assert not order.is_order


def test_gheg_it_came_to_me_is_about_an_earlier_order() -> None:
    order = parse(
        "c: sot me erdh porosia, doreza jan te grisuna",
        "m: Na vjen keq, na i ktheni",
        "c: ok",
        catalog=SCHOOL,
    )
    assert not order.is_order


def test_pay_on_delivery_phrase_is_kept_out_of_past_spans() -> None:
    sent = split_sentences(0, "paguaj kur vjen")[0]
    assert not sent.has("past")
    assert split_sentences(0, "porosia kur vjen?")[0].has("past")


def test_a_yes_naming_the_restated_variants_takes_the_merchants_lines() -> None:
    """Only a variant the merchant's restatement lacks disputes it (``dispute_split``)."""
    order = parse(
        "c: 2 glazure, nje te zeze dhe nje te kuqe",
        "m: Te kuqen s'e kemi. Glazurë e zezë + glazurë blu = 10€",
        "c: ok, e zeza dhe blu",
        DETAILS,
        catalog=GLAZE,
    )
    assert sorted(items(order), key=str) == [("GLZ", 1, "blu"), ("GLZ", 1, "e zezë")]
