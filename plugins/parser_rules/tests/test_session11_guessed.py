"""Session 11: ``ExtractedOrder.guessed``, the customer's words that made a line only through a
weak match (another product fits them as well). Invented shops and sentences (no corpus
lines)."""

from __future__ import annotations

import time
from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct, Evidence, ExtractedOrder
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.guessed import guessed
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.tests.conftest import items, parse

SCARVES = Catalog(
    products=(
        CatalogProduct("WOOL", "Shall leshi", (), Decimal("15"), ("i kuq", "i zi")),
        CatalogProduct("SILK", "Shall mëndafshi", (), Decimal("25"), ("bezhë", "blu")),
        CatalogProduct("HAT", "Kapelë dimri", (), Decimal("10"), ()),
    )
)

CAMP = Catalog(
    products=(
        CatalogProduct("T2", "Tendë kampingu Trekker", (), Decimal("60"), ()),
        CatalogProduct("T4", "Tendë familjare Vista", (), Decimal("120"), ()),
        CatalogProduct("BAG", "Thes gjumi", (), Decimal("30"), ()),
    )
)

CUPS = Catalog(
    products=(
        CatalogProduct("CW", "Filxhan kafeje i bardhë", (), Decimal("4"), ()),
        CatalogProduct("CB", "Filxhan kafeje i zi", (), Decimal("4"), ()),
    )
)

DETAILS = "c: Drita Kelmendi, rr. Pjeter Bogdani 14, Tiranë, 068 345 1290"


def flagged(order: ExtractedOrder) -> list[str]:
    return [e.text for e in order.guessed]


# --- what it flags -----------------------------------------------------------------------


def test_a_word_two_sibling_names_share_is_flagged() -> None:
    order = parse("c: Dua nje shall, ju lutem", DETAILS, catalog=SCARVES)
    assert items(order) == [("WOOL", 1, None)]
    assert flagged(order) == ["shall"]
    ev = order.guessed[0]
    assert ev.message_index == 0
    assert "Dua nje shall, ju lutem"[ev.start : ev.end] == "shall"
    assert order.guessed[0] == order.items[0].evidence


def test_an_albanian_plural_with_a_count_is_flagged() -> None:
    order = parse("c: 2 shalla, ju lutem", DETAILS, catalog=SCARVES)
    assert items(order) == [("WOOL", 2, None)]
    assert flagged(order) == ["shalla"]


def test_the_word_in_another_language_for_a_kind_two_products_are_is_flagged() -> None:
    for text, word in (
        ("c: I'd like a scarf please", "scarf"),
        ("c: vorrei una sciarpa", "sciarpa"),
        ("c: Ich möchte einen Schal", "Schal"),
    ):
        order = parse(text, DETAILS, catalog=SCARVES)
        assert len(order.items) == 1, text
        assert flagged(order) == [word], text


def test_a_cross_language_group_several_tents_share_is_flagged() -> None:
    for text, word in (
        ("c: Ich brauche ein Zelt", "Zelt"),
        ("c: I need a tent", "tent"),
        ("c: vorrei una tenda", "tenda"),
        ("c: dua nje tende", "tende"),
    ):
        order = parse(text, DETAILS, catalog=CAMP)
        assert len(order.items) == 1, text
        assert flagged(order) == [word], text


def test_a_tie_between_colours_nobody_said_is_flagged() -> None:
    order = parse("c: Dua dy filxhana", DETAILS, catalog=CUPS)
    assert len(order.items) == 1 and order.items[0].quantity == 2
    assert flagged(order) == ["filxhana"]


# --- what it leaves alone ----------------------------------------------------------------


def test_the_whole_catalog_name_is_not_flagged() -> None:
    order = parse("c: Dua nje shall leshi", DETAILS, catalog=SCARVES)
    assert items(order) == [("WOOL", 1, None)]
    assert flagged(order) == []
    order = parse("c: dua nje thes gjumi", DETAILS, catalog=CAMP)
    assert items(order) == [("BAG", 1, None)]
    assert flagged(order) == []


def test_a_name_word_only_one_product_holds_is_not_flagged() -> None:
    order = parse("c: dua nje tende kampingu", DETAILS, catalog=CAMP)
    assert items(order) == [("T2", 1, None)]
    assert flagged(order) == []
    order = parse("c: Dua nje shall mendafshi", DETAILS, catalog=SCARVES)
    assert items(order) == [("SILK", 1, None)]
    assert flagged(order) == []


def test_the_merchant_naming_the_product_is_not_flagged() -> None:
    order = parse("c: Dua nje shall", "m: Shall leshi, 15 euro. Adresa?", DETAILS, catalog=SCARVES)
    assert items(order) == [("WOOL", 1, None)]
    assert flagged(order) == []
    order = parse("c: I need a tent", "m: Tenda Vista kushton 120 euro", DETAILS, catalog=CAMP)
    assert items(order) == [("T4", 1, None)]
    assert flagged(order) == []


def test_a_variant_only_one_sibling_is_sold_in_is_not_flagged() -> None:
    order = parse("c: Dua nje shall blu", DETAILS, catalog=SCARVES)
    assert items(order) == [("SILK", 1, "blu")]
    assert flagged(order) == []
    order = parse("c: Dua nje shall te zi", DETAILS, catalog=SCARVES)
    assert items(order) == [("WOOL", 1, "i zi")]
    assert flagged(order) == []


def test_an_attribute_word_said_elsewhere_in_the_sentence_is_not_flagged() -> None:
    for text in ("c: Dua dy filxhana, ato te zezat", "c: Two cups please, the black ones"):
        order = parse(text, DETAILS, catalog=CUPS)
        assert items(order) == [("CB", 2, None)], text
        assert flagged(order) == [], text


def test_words_unrecognised_already_flags_are_not_flagged_again() -> None:
    order = parse("c: Dua nje shall, ju lutem", DETAILS, catalog=SCARVES)
    line = order.items[0]
    assert line.evidence is not None
    index = index_for(SCARVES)
    said = split_sentences(0, "Dua nje shall, ju lutem")
    assert guessed(index, [(0, line)], said, []) == [line.evidence]
    assert guessed(index, [(0, line)], said, [], [line.evidence]) == []
    other = Evidence(0, 0, 3, "Dua")
    assert guessed(index, [(0, line)], said, [], [other]) == [line.evidence]


def test_the_flag_changes_nothing_else() -> None:
    guess = parse("c: Dua nje shall, ju lutem", DETAILS, catalog=SCARVES)
    named = parse("c: Dua nje shall leshi, ju lutem", DETAILS, catalog=SCARVES)
    assert guess.guessed and not named.guessed
    assert items(guess) == items(named)
    assert (guess.customer_name, guess.phone, guess.city, guess.missing) == (
        named.customer_name,
        named.phone,
        named.city,
        named.missing,
    )


def test_no_catalog_no_flag() -> None:
    order = parse("c: Dua nje shall, ju lutem", DETAILS, catalog=Catalog())
    assert order.guessed == []


def test_a_100_kb_message_stays_fast() -> None:
    text = "Dua 2 shalla dhe nje tende, " + "shall tende Zelt tent " * 6000
    text = text[:100_000]
    t0 = time.perf_counter()
    order = parse("c: " + text, DETAILS, catalog=CAMP)
    assert time.perf_counter() - t0 < 5.0
    assert len(order.guessed) <= 8
