"""Session 8: orders missed or invented by detection (invented shops and messages)."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

KIDS = Catalog(
    currency="MKD",
    products=(
        CatalogProduct(
            "TUL-W", "Fustan tyl i bardhë", (), Decimal("1400"), ("92 cm", "104 cm", "116 cm")
        ),
        CatalogProduct(
            "TUL-P", "Fustan tyl rozë", (), Decimal("1400"), ("92 cm", "104 cm", "116 cm")
        ),
        CatalogProduct("FLW", "Fustan pambuku me lule", (), Decimal("900"), ("2 vjeç", "4 vjeç")),
        CatalogProduct(
            "COAT", "Xhup i lehtë", ("jakna",), Decimal("1700"), ("110 cm", "128 cm", "140 cm")
        ),
    ),
)

_DETAILS = "c: Mira Petrovska, Manastir, ul. Partizanska 10, 070 123 456"


# -- a deferral answering the merchant's question for the variant leaves the variant open --


def test_choice_offered_then_asking_someone_keeps_the_order() -> None:
    o = parse(
        "c: Dua dy fustane me lule, m'i rezervoni ju lutem",
        "c: Ela Hoxha, 070 222 333, Rr. Ilindenska 5, Tetove",
        "m: Faleminderit! 2 vjeç apo 4 vjeç?",
        "c: hmm po e pyes burrin njehere dhe ju shkruaj",
        catalog=KIDS,
        country="MK",
    )
    assert o.is_order
    assert items(o) == [("FLW", 2, None)]


def test_or_not_is_no_choice_of_variant() -> None:
    o = parse(
        "c: Dua dy fustane me lule, m'i rezervoni ju lutem",
        "c: Ela Hoxha, 070 222 333, Rr. Ilindenska 5, Tetove",
        "m: Faleminderit! I doni apo jo?",
        "c: hmm po e pyes burrin njehere dhe ju shkruaj",
        catalog=KIDS,
        country="MK",
    )
    assert not o.is_order


def test_serbian_size_question_then_deferral_keeps_the_order() -> None:
    o = parse(
        "c: Dua nje xhup te lehte per vajzen.",
        _DETAILS,
        "m: Vazi. Koja velicina?",
        "c: ke ja prasham cerka mi i ke vi javam",
        catalog=KIDS,
        country="MK",
    )
    assert o.is_order
    assert items(o) == [("COAT", 1, None)]


def test_turkish_deferral_without_a_variant_question_withdraws() -> None:
    o = parse(
        "c: Dua nje xhup te lehte per vajzen.",
        _DETAILS,
        "m: Tamam, 1700 den.",
        "c: biraz dusuneyim, sonra yazarim",
        catalog=KIDS,
        country="MK",
    )
    assert not o.is_order


def test_serbian_think_it_over_withdraws() -> None:
    o = parse(
        "c: Uzecu jaknu za cerku",
        "m: Dobro, 1700 den",
        "c: ipak cu razmisliti, javicu vam",
        catalog=KIDS,
        country="MK",
    )
    assert not o.is_order


# -- a question about an earlier order is not a new one --


def test_gheg_where_has_the_order_got_to_is_no_order() -> None:
    o = parse(
        "c: porosia e xhupit te lehte ku ka mbet? kaluan 5 dit",
        "m: Na falni, del sot",
        "c: ok flm",
        catalog=KIDS,
        country="MK",
    )
    assert not o.is_order


def test_where_has_it_got_to_with_items_is_no_order() -> None:
    o = parse(
        "c: porosia ime me 2 fustane me lule ku ka mbetur, jane 6 dite",
        "m: Nesër arrin",
        catalog=KIDS,
        country="MK",
    )
    assert not o.is_order


def test_turkish_where_is_my_order_is_no_order() -> None:
    o = parse("c: siparişim nerede? xhupi i lehtë, 3 gün oldu", catalog=KIDS, country="MK")
    assert not o.is_order


# -- a compound whose tail holds a function word ("Tüllkleider" ends in "leider") --


def test_german_tulle_dresses_compound() -> None:
    o = parse("c: Ich möchte zwei Tüllkleider, eins weiß und eins rosa", catalog=KIDS)
    assert o.is_order
    assert sorted(items(o)) == [("TUL-P", 1, None), ("TUL-W", 1, None)]


def test_swiss_german_order_of_tulle_dresses() -> None:
    o = parse("c: Hoi, i wett zwei Tüllkleider, eis wiss und eis rosa", catalog=KIDS)
    assert o.is_order
    assert sorted(items(o)) == [("TUL-P", 1, None), ("TUL-W", 1, None)]


def test_delivery_address_is_still_no_dress() -> None:
    o = parse("c: Bitte an die Lieferadresse schicken", catalog=KIDS)
    assert not o.is_order
    assert items(o) == []


# -- the merchant advises several products; the customer takes "only the others" --

HERBS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("SAGE", "Sherebelë e thatë", ("sage",), Decimal("300"), ("50 g", "100 g")),
        CatalogProduct("MINT", "Mendër mali", ("mint",), Decimal("250"), ()),
        CatalogProduct("JAM", "Reçel fiku", ("fig jam",), Decimal("600"), ()),
    ),
)


def test_only_the_other_two_takes_the_advised_products_not_named() -> None:
    o = parse(
        "c: Kam dhimbje barku, çfarë më këshilloni?",
        "m: Ju këshilloj sherebelë 50 g, mendër mali dhe një reçel fiku",
        "c: reçel kam plot në shtëpi, vetëm dy të tjerat",
        "c: Besa Lika, Rruga Dibrës 40, Tiranë, 068 777 1122",
        catalog=HERBS,
    )
    assert o.is_order
    assert sorted(items(o)) == [("MINT", 1, None), ("SAGE", 1, "50 g")]


def test_english_just_the_others() -> None:
    o = parse(
        "c: what would you recommend for a sore throat?",
        "m: I'd recommend sage 100 g, mint and fig jam",
        "c: I have mint already, just the other two please",
        "c: Jon Doe, 12 High Street, London, 07700 900 123",
        catalog=HERBS,
    )
    assert o.is_order
    assert sorted(items(o)) == [("JAM", 1, None), ("SAGE", 1, "100 g")]


def test_the_others_without_advice_take_nothing() -> None:
    o = parse(
        "c: çfarë keni për çaj?",
        "m: Kemi sherebelë, mendër mali dhe reçel fiku",
        "c: reçel nuk dua, vetëm të tjerat i shoh një herë",
        catalog=HERBS,
    )
    assert not o.is_order


def test_product_before_a_negated_want_is_not_ordered() -> None:
    o = parse(
        "c: çfarë keni për çaj?",
        "m: Kemi sherebelë, mendër mali dhe reçel fiku",
        "c: reçelin s'e dua, faleminderit",
        catalog=HERBS,
    )
    assert not o.is_order


def test_negated_want_drops_only_the_product_before_it() -> None:
    o = parse(
        "c: çfarë keni për çaj?",
        "m: Kemi sherebelë, mendër mali dhe reçel fiku",
        "c: sherebelë 100 g po, reçelin nuk e dua",
        "c: Besa Lika, Rruga Dibrës 40, Tiranë, 068 777 1122",
        catalog=HERBS,
    )
    assert o.is_order
    assert items(o) == [("SAGE", 1, "100 g")]
