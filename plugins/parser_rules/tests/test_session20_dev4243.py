"""Session 20 (dev42 and dev43, second pass): a contract term that is one of a monthly
product's variants ("me 12 muaj") is no count of months, and a clock time ("18:30", "20:00")
is no count, and numbers listed before a word of years ("9, 6 dhe 3 vjeç") are all ages.
Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

GYM = Catalog(
    products=(
        CatalogProduct(
            "ANET",
            "Anëtarësim palestre (në muaj)",
            ("anetaresim", "palester"),
            Decimal(25),
            ("pa kontratë", "6 muaj", "12 muaj"),
        ),
        CatalogProduct("PESHQIR", "Peshqir", ("peshqir",), Decimal(5), ()),
    )
)

STORAGE = Catalog(
    products=(
        CatalogProduct("DEPO", "Depo magazinimi (në muaj)", ("depo",), Decimal(40), ()),
        CatalogProduct("DRYN", "Dry sigurie", ("dry",), Decimal(8), ()),
    )
)

SPA = Catalog(
    products=(
        CatalogProduct("SAUNA", "Hyrje saune (2 orë)", ("sauna",), Decimal(600), ()),
        CatalogProduct("MASAZH", "Masazh klasik", ("masazh",), Decimal(1500), ("30 min", "60 min")),
        CatalogProduct("CAJ", "Çaj bimor", ("caj",), Decimal(150), ()),
    )
)


POOL = Catalog(
    products=(
        CatalogProduct("SYZE", "Syze noti", ("syze",), Decimal(300), ()),
        CatalogProduct("KAPELE", "Kapelë noti", ("kapele",), Decimal(200), ()),
    )
)


def test_a_term_the_product_is_sold_in_is_no_count_of_months() -> None:
    o = parse(
        "c: Pershendetje sa kushton anetaresimi ne palester?",
        "m: Anëtarësimi 25€/muaj me 12 muaj, 30€ pa kontratë.",
        "c: ok anetaresimin me 12 muaj, emri Dardan Hoxha 044 123 456",
        catalog=GYM,
    )
    assert items(o) == [("ANET", 1, "12 muaj")]


def test_the_shops_term_after_a_yes_is_no_count_of_months_either() -> None:
    o = parse(
        "c: dua anetaresim ne palester",
        "m: Anëtarësimi 25€/muaj me 12 muaj, 30€ pa kontratë.",
        "c: ok",
        catalog=GYM,
    )
    assert [(p, q) for p, q, _v in items(o)] == [("ANET", 1)]


def test_months_of_a_product_with_no_terms_still_count() -> None:
    o = parse(
        "c: dua nje depo per 3 muaj, Besa Krasniqi 044 555 123",
        "m: Depo 40€/muaj, 3 muaj. Në rregull.",
        catalog=STORAGE,
    )
    assert items(o) == [("DEPO", 3, None)]


def test_a_clock_time_after_the_name_is_no_count() -> None:
    o = parse("c: dua sauna ne 18:30 dhe masazh 60 min ne 20:00", catalog=SPA)
    assert items(o) == [("SAUNA", 1, None), ("MASAZH", 1, "60 min")]


def test_the_shops_clock_times_do_not_count_the_lines() -> None:
    o = parse(
        "c: dua 2 sauna dhe masazh 60 min",
        "m: Sauna në 18:30, masazhi në 20:00. Emri?",
        "c: Arta Leka 049 815 306",
        catalog=SPA,
    )
    assert items(o) == [("SAUNA", 2, None), ("MASAZH", 1, "60 min")]


def test_a_count_closing_the_segment_still_counts() -> None:
    o = parse("c: dua sauna 3, caj 2", catalog=SPA)
    assert items(o) == [("SAUNA", 3, None), ("CAJ", 2, None)]


def test_numbers_listed_before_a_word_of_years_are_all_ages() -> None:
    o = parse("c: dua syze noti per djemt 8, 11 dhe 13 vjec", catalog=POOL)
    assert items(o) == [("SYZE", 1, None)]


def test_a_count_before_one_age_still_counts() -> None:
    o = parse("c: dua syze noti 3, per djalin 8 vjec", catalog=POOL)
    assert items(o) == [("SYZE", 3, None)]
