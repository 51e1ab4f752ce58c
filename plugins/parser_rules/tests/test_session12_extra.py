"""Session 12, round 2: products nobody ordered. Invented shops and sentences (no corpus
lines): each test fails if its rule breaks."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

DETAILS = "c: Arta Hoxha, rr. Naim Frasheri 21, Tiranë, 068 221 4470"

BAKERY = Catalog(
    products=(
        CatalogProduct("BYR-SPI", "Byrek me spinaq", (), Decimal("1"), ("i vogël", "tepsi")),
        CatalogProduct("BYR-MISH", "Byrek me mish", (), Decimal("1"), ("i vogël", "tepsi")),
        CatalogProduct("BYR-DJA", "Byrek me djathë", (), Decimal("1"), ("i vogël", "tepsi")),
        CatalogProduct("BOZA", "Boza", (), Decimal("1"), ("0.5 L", "1 L")),
    )
)

GARDEN = Catalog(
    products=(
        CatalogProduct("HOSE-G", "Zorrë uji 20 m", ("zorre",), Decimal("15"), ()),
        CatalogProduct("SPR-A", "Spërkatës automatik", ("sperkates",), Decimal("9"), ()),
        CatalogProduct("SPR-M", "Spërkatës manual", ("sperkates",), Decimal("4"), ()),
        CatalogProduct("GLOVE", "Doreza kopshti", ("doreza",), Decimal("3"), ()),
    )
)


# --- a removal naming a word several products share takes the one ordered ------------------


def test_remove_with_a_word_shared_by_several_products_takes_the_one_ordered() -> None:
    order = parse(
        "c: 2 byrek me mish tepsi dhe nje boza 1 L",
        "c: byrekun hiqe se e bejme vete",
        DETAILS,
        catalog=BAKERY,
    )
    assert items(order) == [("BOZA", 1, "1 L")]


def test_remove_verb_first_with_a_shared_word_takes_the_one_ordered() -> None:
    order = parse(
        "c: nje byrek me djathe i vogel edhe dy boza 0.5 L",
        "c: hiqe byrekun",
        DETAILS,
        catalog=BAKERY,
    )
    assert items(order) == [("BOZA", 2, "0.5 L")]


def test_a_shared_word_removes_nothing_when_two_of_its_products_are_ordered() -> None:
    order = parse(
        "c: nje byrek me djathe tepsi, nje byrek me spinaq tepsi",
        "c: hiqe byrekun",
        DETAILS,
        catalog=BAKERY,
    )
    assert sorted(str(p) for p, _q, _v in items(order)) == ["BYR-DJA", "BYR-SPI"]


# --- a product refused with a postposed no followed by the reason -------------------------


def test_a_postposed_no_with_its_reason_takes_the_product_out() -> None:
    order = parse(
        "c: dua nje zorre uji dhe 2 sperkates manual",
        "m: Zorrë 15€, spërkatës manual 4€. Edhe doreza?",
        "c: dorezat po. sperkatesit jo se i kam te vjetrit",
        DETAILS,
        catalog=GARDEN,
    )
    assert ("SPR-M", 2, None) not in items(order)
    assert ("HOSE-G", 1, None) in items(order)


def test_a_postposed_no_followed_by_other_words_is_not_a_refusal() -> None:
    order = parse(
        "c: dua nje zorre uji dhe 2 sperkates manual",
        "c: sperkatesit jo dy, tre",
        DETAILS,
        catalog=GARDEN,
    )
    assert any(p == "SPR-M" for p, _q, _v in items(order))
