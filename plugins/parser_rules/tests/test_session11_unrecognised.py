"""Session 11: ``ExtractedOrder.unrecognised``, the customer's words that ask for goods no line
accounts for. Invented shops and sentences (no corpus lines)."""

from __future__ import annotations

import time
from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct, ExtractedOrder
from plugins.parser_rules.tests.conftest import items, parse

BAKERY = Catalog(
    products=(
        CatalogProduct("BREAD", "Bukë fshati", ("buke", "bread", "pane", "Brot"), Decimal("1"), ()),
        CatalogProduct(
            "PIE", "Byrek me spinaq", ("byrek", "spinach pie", "Spinatkuchen"), Decimal("2"),
            ("i vogël", "i madh"),
        ),
        CatalogProduct(
            "CAKE", "Tortë me çokollatë", ("torte", "chocolate cake", "torta"), Decimal("20"),
            ("8 veta", "12 veta"),
        ),
    )
)  # fmt: skip

HARDWARE = Catalog(
    products=(
        CatalogProduct(
            "PAINT", "Bojë muri", ("boje", "wall paint", "pittura", "Wandfarbe"), Decimal("15"),
            ("5 L", "10 L"),
        ),
        CatalogProduct(
            "BRUSH", "Penel", ("brush", "pennello", "Pinsel"), Decimal("3"), ("5 cm", "10 cm")
        ),
    )
)  # fmt: skip

DETAILS = "c: Drita Kelmendi, rr. Pjeter Bogdani 14, Tiranë, 068 345 1290"


def flagged(order: ExtractedOrder) -> list[str]:
    return [e.text for e in order.unrecognised]


# --- what it catches ---------------------------------------------------------------------


def test_a_count_with_a_noun_the_catalog_does_not_know_is_flagged() -> None:
    order = parse("c: Dua 2 bukë fshati dhe 3 krifle", DETAILS, catalog=BAKERY)
    assert items(order) == [("BREAD", 2, None)]
    assert flagged(order) == ["krifle"]
    ev = order.unrecognised[0]
    assert (ev.message_index, ev.text) == (0, "krifle")
    assert "Dua 2 bukë fshati dhe 3 krifle"[ev.start : ev.end] == "krifle"


def test_gheg_without_diacritics_a_box_of_something_unknown() -> None:
    order = parse("c: nji byrek te madh edhe nji kuti kurabie", DETAILS, catalog=BAKERY)
    assert items(order) == [("PIE", 1, "i madh")]
    assert flagged(order) == ["kurabie"]


def test_german_plus_a_count() -> None:
    order = parse("c: Ein Brot bitte, plus 2 Brezel", DETAILS, catalog=BAKERY)
    assert items(order) == [("BREAD", 1, None)]
    assert flagged(order) == ["Brezel"]


def test_italian_e_with_a_count() -> None:
    order = parse("c: Vorrei una torta da 8 veta e 2 cornetti", DETAILS, catalog=BAKERY)
    assert items(order) == [("CAKE", 1, "8 veta")]
    assert flagged(order) == ["cornetti"]


def test_english_two_of_the_wraps() -> None:
    order = parse("c: One spinach pie, small, and two of the wraps", DETAILS, catalog=BAKERY)
    assert items(order) == [("PIE", 1, "i vogël")]
    assert flagged(order) == ["wraps"]


def test_also_opening_a_segment_that_named_nothing() -> None:
    order = parse("c: dua 10 L boje muri, edhe stuko per muret", DETAILS, catalog=HARDWARE)
    assert items(order) == [("PAINT", 1, "10 L")]
    assert flagged(order) == ["stuko"]


def test_an_order_verb_with_also_in_a_later_message() -> None:
    order = parse("c: 2 bukë", "c: me sill edhe kurabie", DETAILS, catalog=BAKERY)
    assert items(order) == [("BREAD", 2, None)]
    assert flagged(order) == ["kurabie"]
    order = parse("c: 2 bukë", "c: i dua edhe kurabiet", DETAILS, catalog=BAKERY)
    assert flagged(order) == ["kurabiet"]


def test_an_amount_before_the_unknown_goods() -> None:
    order = parse("c: 2 bukë dhe 1 kile sheqer", DETAILS, catalog=BAKERY)
    assert items(order) == [("BREAD", 2, None)]
    assert flagged(order) == ["sheqer"]


def test_macedonian_latin_count() -> None:
    order = parse("c: Sakam edno pennello i dva valjaka", DETAILS, catalog=HARDWARE)
    assert items(order) == [("BRUSH", 1, None)]
    assert flagged(order) == ["valjaka"]


# --- what it leaves alone -------------------------------------------------------------------


def test_quiet_when_everything_is_matched() -> None:
    order = parse("c: Dua 2 bukë dhe 1 byrek te vogel", DETAILS, catalog=BAKERY)
    assert items(order) == [("BREAD", 2, None), ("PIE", 1, "i vogël")]
    assert flagged(order) == []


def test_units_measures_and_variants_are_not_goods() -> None:
    order = parse("c: 2 kova boje 5 L dhe 1 penel 10 cm", DETAILS, catalog=HARDWARE)
    assert items(order) == [("PAINT", 2, "5 L"), ("BRUSH", 1, "10 cm")]
    assert flagged(order) == []


def test_party_sizes_ages_and_dates_are_not_counts_of_goods() -> None:
    order = parse(
        "c: Dua nje torte per 12 veta, per 3 vjecaret e mi, per 20 maj", DETAILS, catalog=BAKERY
    )
    assert items(order) == [("CAKE", 1, "12 veta")]
    assert flagged(order) == []


def test_dimensions_and_prices_are_not_counts() -> None:
    order = parse(
        "c: dua boje muri 10 L, muri eshte 4 me 3 metra, e kam pa 15 euro", DETAILS,
        catalog=HARDWARE,
    )  # fmt: skip
    assert items(order) == [("PAINT", 1, "10 L")]
    assert flagged(order) == []


def test_house_numbers_floors_and_phones_are_contact_details() -> None:
    order = parse("c: 2 bukë fshati. Rr. Dibres 3, kati 2, 069 222 3344, Tirane", catalog=BAKERY)
    assert items(order) == [("BREAD", 2, None)]
    assert flagged(order) == []


def test_people_are_not_goods() -> None:
    order = parse("c: 2 bukë, nje per mua edhe nje per motren", DETAILS, catalog=BAKERY)
    assert flagged(order) == []
    order = parse("c: One chocolate cake for my sister and two friends", DETAILS, catalog=BAKERY)
    assert flagged(order) == []


def test_greetings_and_delivery_and_payment_talk_are_quiet() -> None:
    order = parse(
        "c: Pershendetje! Dua 2 buke. Edhe nje pyetje: paguaj me karte apo cash?",
        "m: Po, me karte",
        "c: Dergesa neser ne mengjes. Faleminderit shume",
        DETAILS,
        catalog=BAKERY,
    )
    assert items(order) == [("BREAD", 2, None)]
    assert flagged(order) == []


def test_the_merchants_messages_are_not_read() -> None:
    order = parse(
        "c: Dua 2 buke",
        "m: Ok, edhe 2 krifle falas per ju",
        DETAILS,
        catalog=BAKERY,
    )
    assert flagged(order) == []


def test_a_question_about_something_is_not_an_order_of_it() -> None:
    order = parse("c: Dua 2 buke. A keni edhe 3 krifle?", DETAILS, catalog=BAKERY)
    assert items(order) == [("BREAD", 2, None)]
    assert flagged(order) == []


def test_cancelled_or_declined_goods_are_quiet() -> None:
    # the customer takes the words back
    order = parse("c: Dua 2 buke dhe 3 krifle", "c: jo, krifle nuk i dua me", DETAILS,
                  catalog=BAKERY)  # fmt: skip
    assert items(order) == [("BREAD", 2, None)]
    assert flagged(order) == []
    # the merchant has none
    order = parse(
        "c: Dua 2 buke dhe 3 krifle", "m: Krifle nuk kemi, na vjen keq", "c: ok", DETAILS,
        catalog=BAKERY,
    )  # fmt: skip
    assert items(order) == [("BREAD", 2, None)]
    assert flagged(order) == []
    # the customer keeps only what was named
    order = parse("c: Dua 2 buke dhe 3 krifle", "c: vetem buket atehere", DETAILS,
                  catalog=BAKERY)  # fmt: skip
    assert flagged(order) == []


def test_not_an_order_has_no_flags() -> None:
    order = parse("c: sa kushton 1 byrek dhe 3 krifle?", catalog=BAKERY)
    assert not order.is_order
    assert order.unrecognised == []


def test_the_flag_changes_nothing_else() -> None:
    with_unknown = parse("c: Dua 2 bukë fshati dhe 3 krifle", DETAILS, catalog=BAKERY)
    without = parse("c: Dua 2 bukë fshati", DETAILS, catalog=BAKERY)
    assert items(with_unknown) == items(without)
    assert (with_unknown.customer_name, with_unknown.phone, with_unknown.city) == (
        without.customer_name,
        without.phone,
        without.city,
    )


def test_a_100_kb_message_stays_fast() -> None:
    text = "Dua 2 bukë dhe 3 krifle, " + "edhe 2 " + "x" * 50 + " " + "1 2 3 4 5 6 7 8 9 " * 5000
    text = text[:100_000]
    t0 = time.perf_counter()
    order = parse("c: " + text, DETAILS, catalog=BAKERY)
    assert time.perf_counter() - t0 < 5.0
    assert len(order.unrecognised) <= 8
