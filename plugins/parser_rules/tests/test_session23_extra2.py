"""Session 23 (extra, second pass): common words read as products. A word of its own - a
room or place, a person, a relative, the first person ("shtëpi", "motra", "unë") - is never
read as a cut or misspelt catalog word. Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.types import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDRESS = "c: Rr. Ilir Konushevci 4, Ferizaj, 049 331 207, Arta Hoxha"

# a stationery shop: one of its pens is of the brand "Uni"
STATIONERY = Catalog(
    products=(
        CatalogProduct("FLET", "Fletore A4", (), Decimal("1"), ()),
        CatalogProduct("UNI", "Stilolaps Uni", (), Decimal("2"), ()),
    )
)


def test_a_pronoun_is_no_misspelt_product_word() -> None:
    # "unë" (I) is not a misspelt "Uni": a word of its own is never cut to a catalog word
    o = parse("c: mirdita, une dua 3 fletore A4", "m: Po, 3€. Adresa?", ADDRESS, catalog=STATIONERY)
    assert items(o) == [("FLET", 3, None)]
    o = parse(
        "c: hi, 3 fletore A4 pls, une jam ne zyre",
        "m: Po, 3€. Adresa?",
        ADDRESS,
        catalog=STATIONERY,
    )
    assert items(o) == [("FLET", 3, None)]


def test_the_brand_said_as_written_is_still_named() -> None:
    # guard: "uni" as written names the pen
    o = parse("c: dua 2 stilolapsa uni", "m: Po, 4€. Adresa?", ADDRESS, catalog=STATIONERY)
    assert items(o) == [("UNI", 2, None)]


# a boat hire: an extra hour ("Orë shtesë") shares its first letters with "shtëpi"
BOATS = Catalog(
    products=(
        CatalogProduct("VAR", "Varkë me vela (ditë)", (), Decimal("80"), ()),
        CatalogProduct("SHT", "Orë shtesë", (), Decimal("15"), ()),
        CatalogProduct("JEL", "Jelek shpëtimi", (), Decimal("5"), ()),
    )
)


def test_a_gheg_place_word_is_no_cut_product_word() -> None:
    # "te shtepis" (at the house, Gheg genitive) is where to bring them, not "shtesë"
    o = parse(
        "c: 2 jelek shpetimi, ma qoni te shtepis e vjeter afer xhamis",
        "m: Po, 10€. Adresa?",
        ADDRESS,
        catalog=BOATS,
    )
    assert items(o) == [("JEL", 2, None)]


# a plumber: a boiler, its servicing and a kitchen tap
PLUMBER = Catalog(
    products=(
        CatalogProduct("BOJ", "Bojler 80 litra", (), Decimal("150"), ()),
        CatalogProduct("SERV", "Servisim bojleri", (), Decimal("25"), ()),
        CatalogProduct("RUB", "Rubinet kuzhine", (), Decimal("30"), ()),
    )
)


def test_goods_the_customer_has_said_old_are_no_line() -> None:
    # Gheg "e kom bojler t'vjetër": the boiler they have; the servicing is ordered
    o = parse(
        "c: pershendetje, e kom bojler t'vjeter te banjo, du servisim bojleri",
        "m: Po, 25€. Adresa?",
        ADDRESS,
        catalog=PLUMBER,
    )
    assert items(o) == [("SERV", 1, None)]
    o = parse(
        "c: mirdita, e kam bojlerin e vjeter, dua nje rubinet kuzhine",
        "m: Po, 30€. Adresa?",
        ADDRESS,
        catalog=PLUMBER,
    )
    assert items(o) == [("RUB", 1, None)]


def test_goods_had_with_a_clitic_and_no_old_word_are_still_wanted() -> None:
    # guard: "e kam bojler 80 litra" names the model wanted (nothing says it is old)
    o = parse(
        "c: e kam bojler 80 litra, dua edhe 1 tjeter",
        "m: Po, 150€. Adresa?",
        ADDRESS,
        catalog=PLUMBER,
    )
    assert items(o) == [("BOJ", 1, None)]
