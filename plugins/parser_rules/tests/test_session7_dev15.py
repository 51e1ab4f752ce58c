"""Session 7, rules read from eval/dev15: invented conversations from other trades (flooring,
garden supplies, fabrics, groceries, pharmacy, furniture), never lines of the corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Arben Hoti, Rr. Dibrës 40, Tiranë, 069 555 1234"

GARDEN = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TURF", "Bar i gatshëm në rrotull (m²)", ("bar rrotull",), Decimal("4"), ()),
        CatalogProduct(
            "CORK",
            "Pllakë tape për mure (m²)",
            ("cork tiles", "Korkplatten"),
            Decimal("12"),
            ("4 mm", "6 mm", "10 mm"),
        ),
        CatalogProduct(
            "SOIL",
            "Dhé kopshti (m³)",
            ("dhe", "garden soil", "terriccio"),
            Decimal("30"),
            ("e zezë", "torfë"),
        ),
        CatalogProduct("MULCH", "Lëvore pishe (m³)", ("bark mulch",), Decimal("45"), ()),
        CatalogProduct(
            "POT",
            "Vazo balte",
            ("clay pot", "Tontopf", "vaso di terracotta"),
            Decimal("3"),
            ("12 cm", "20 cm"),
        ),
        CatalogProduct("SEED", "Farë bari", (), Decimal("6"), ("1 kg", "5 kg")),
    ),
)


def _garden(*lines: str) -> list[tuple[str | None, int, str | None]]:
    return items(parse(*lines, ADDR, catalog=GARDEN))


# --- a product sold by the square or cubic metre: the area/volume is its count -------------
def test_square_metres_count_a_product_sold_by_area_even_with_thickness_variants() -> None:
    assert _garden("c: dua pllake tape 6 mm per murin e dhomes, 35 m2") == [("CORK", 35, "6 mm")]
    assert _garden("c: I need cork tiles, the 4 mm ones, 18 square meters") == [
        ("CORK", 18, "4 mm")
    ]
    assert _garden("c: Korkplatten 10 mm, wir brauchen 40 Quadratmeter") == [("CORK", 40, "10 mm")]


def test_cubic_metres_count_a_product_sold_by_volume() -> None:
    assert _garden("c: me duhen 3 kubik dhe kopshti te zi") == [("SOIL", 3, "e zezë")]
    assert _garden("c: can you bring 4 cubic meters of pine bark mulch") == [("MULCH", 4, None)]
    assert _garden("c: vorrei 2 metri cubi di terriccio torba") == [("SOIL", 2, "torfë")]


def test_a_length_is_still_the_variant_of_a_product_not_sold_by_area() -> None:
    assert _garden("c: dua 6 vazo balte 20 cm") == [("POT", 6, "20 cm")]


# --- round numbers in words -----------------------------------------------------------------
def test_hundreds_and_tens_in_words() -> None:
    assert _garden("c: dua vazo balte 12 cm, dyqind cope") == [("POT", 200, "12 cm")]
    assert _garden("c: Tontöpfe 12 cm, sechzig Stück bitte") == [("POT", 60, "12 cm")]
    assert _garden("c: vasi di terracotta 20 cm, ottanta pezzi") == [("POT", 80, "20 cm")]


# --- the person who receives the parcel ------------------------------------------------------
def test_the_receiver_named_after_i_merr_is_the_name() -> None:
    o = parse(
        "c: dua 2 filxhana blu per zyren",
        "c: Zyra Arkitekt Studio, Rr. Kavajes 12, Tirane. I merr Dorina Meta, 068 221 3344",
    )
    assert o.customer_name == "Dorina Meta"
    o = parse(
        "c: nji xhup lekure te zi",
        "c: Lavazhi Dielli, rr. Nena Tereze 8, Prizren, e pranon Blerim Krasniqi 044 123 456",
    )
    assert o.customer_name == "Blerim Krasniqi"


def test_a_town_written_with_a_gheg_genitive() -> None:
    o = parse("c: dua nje unaze argjendi", "c: n'Han t'Elezit, rr. Dardania 4. Shpresa Ahmeti")
    assert o.city == "Hani i Elezit"


# --- what the customer already has, said as a sentence of its own ----------------------------
def test_a_product_followed_by_kam_and_a_full_stop_is_owned() -> None:
    assert items(parse("c: unaze kam. dua 2 filxhana blu. Durres, Rr. Taulantia 9")) == [
        ("CUP", 2, "blu")
    ]


# --- one word cut at two lengths by the stemmer ------------------------------------------------
BIKE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "CHAIN", "Zinxhir biçiklete 116 hallka me kyç", ("zinxhiri",), Decimal("15"), ()
        ),
        CatalogProduct("LUBE", "Spraj për zinxhir", ("vaj zinxhiri",), Decimal("7"), ()),
    ),
)


def test_the_definite_form_meets_an_alias_cut_shorter() -> None:
    assert items(parse("c: dua zinxhirin", ADDR, catalog=BIKE)) == [("CHAIN", 1, None)]
    assert items(parse("c: dua spraj per zinxhirin", ADDR, catalog=BIKE)) == [("LUBE", 1, None)]


def test_same_root_links_two_cuts_of_one_word_only() -> None:
    from plugins.parser_rules.mentions import _same_root

    assert _same_root("zinxh", {"zinxhir"})  # "zinxhiri" / "zinxhirin"
    assert _same_root("kompjut", {"kompjuter"})
    assert not _same_root("bluz", {"bluzetat"})  # too far apart
    assert not _same_root("#black", {"#blackish"})  # concepts are not roots
