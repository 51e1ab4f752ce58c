"""Round 3 (session 4) rules for items on unseen shops. Invented shops and sentences only, not
corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

KITCHEN = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("CUP", "Filxhan porcelani", (), Decimal("5"), ("i bardhë", "blu")),
        CatalogProduct("PAN", "Tigan alumini", (), Decimal("20"), ("24 cm", "28 cm")),
        CatalogProduct("TEA", "Çaj mali", (), Decimal("3"), ()),
    ),
)


def test_a_count_said_to_be_enough_replaces_the_count() -> None:
    o = parse("c: dua 3 filxhane blu", "c: hmm nje mjafton per tani", catalog=KITCHEN)
    assert items(o) == [("CUP", 1, "blu")]
    o = parse("c: I'd like 3 blue cups", "c: one is enough", catalog=KITCHEN)
    assert items(o) == [("CUP", 1, "blu")]
    o = parse("c: vorrei 3 tazze blu", "c: ne basta una", catalog=KITCHEN)
    assert items(o) == [("CUP", 1, "blu")]
    o = parse("c: ich nehme 3 blaue Tassen", "c: eine reicht", catalog=KITCHEN)
    assert items(o) == [("CUP", 1, "blu")]
    # with the product named, in a message that names two
    o = parse(
        "c: dua 3 filxhane blu dhe nje tigan 24 cm", "c: filxhanat, dy mjaftojne", catalog=KITCHEN
    )
    assert items(o) == [("PAN", 1, "24 cm"), ("CUP", 2, "blu")]


def test_no_comma_then_a_counted_product_corrects_its_count() -> None:
    # "Jo, <product> dy ..." corrects the count; it does not refuse the product
    o = parse("c: dua 3 filxhane blu", "c: Jo, filxhanat dy mjaftojne", catalog=KITCHEN)
    assert items(o) == [("CUP", 2, "blu")]
    o = parse("c: du 4 tigana 28 cm", "c: jo, tiganat dy mjaftojne", catalog=KITCHEN)
    assert items(o) == [("PAN", 2, "28 cm")]


ANGLER = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("R1", "Kallam karbon Shark", (), Decimal("60"), ("3.30 m", "3.90 m")),
        CatalogProduct("R2", "Kallam teleskopik Lux", (), Decimal("30"), ("2.70 m", "3.00 m")),
        CatalogProduct("REEL", "Mulinel Storm", (), Decimal("40"), ("2000", "4000")),
        CatalogProduct("MONO", "Fije najloni 150m", (), Decimal("5"), ("0.16 mm", "0.28 mm")),
        CatalogProduct("HK", "Grepa çeliku", (), Decimal("3"), ("Nr 4", "Nr 8", "Nr 14")),
        CatalogProduct("FL", "Tapë peshkimi", (), Decimal("2"), ("3g", "5g")),
    ),
)


def test_fishing_words_in_other_languages() -> None:
    o = parse("c: vorrei una canna, 3.90", catalog=ANGLER)
    assert items(o) == [("R1", 1, "3.90 m")]
    o = parse("c: I need a fishing rod, 2.70", catalog=ANGLER)
    assert items(o) == [("R2", 1, "2.70 m")]
    o = parse("c: un mulinello 4000 e filo 0,28, due bobine", catalog=ANGLER)
    assert items(o) == [("REEL", 1, "4000"), ("MONO", 2, "0.28 mm")]
    o = parse("c: ich brauche eine Angelschnur 0,16 und Haken Nr 8", catalog=ANGLER)
    assert items(o) == [("MONO", 1, "0.16 mm"), ("HK", 1, "Nr 8")]
    o = parse("c: 4 galleggianti da 5g", catalog=ANGLER)
    assert items(o) == [("FL", 4, "5g")]


def test_a_bare_decimal_is_a_length_in_metres() -> None:
    o = parse("c: dua nje kallam teleskopik, 3.00", catalog=ANGLER)
    assert items(o) == [("R2", 1, "3.00 m")]
    o = parse("c: a rod please, the 3,30 one", catalog=ANGLER)
    assert items(o) == [("R1", 1, "3.30 m")]


def test_a_count_after_its_variant() -> None:
    o = parse("c: Ami numero 14 tre confezioni e numero 4 due", catalog=ANGLER)
    assert items(o) == [("HK", 3, "Nr 14"), ("HK", 2, "Nr 4")]
    o = parse("c: hooks size 8 three packs and size 14 two", catalog=ANGLER)
    assert items(o) == [("HK", 3, "Nr 8"), ("HK", 2, "Nr 14")]
    o = parse("c: dua tigan 24 cm tre cope dhe 28 cm dy", catalog=KITCHEN)
    assert items(o) == [("PAN", 3, "24 cm"), ("PAN", 2, "28 cm")]
    o = parse("c: dua filxhane blu tre cope dhe te bardhe dy", catalog=KITCHEN)
    assert items(o) == [("CUP", 3, "blu"), ("CUP", 2, "i bardhë")]


GARDEN = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("HOSE", "Tub uji me rrotull", (), Decimal("1500"), ("10 m", "30 m")),
        CatalogProduct("TIGHTS", "Kollant mikrofibër", (), Decimal("500"), ("Nude 1", "Nero 1")),
    ),
)


def test_lengths_said_without_their_unit() -> None:
    # metres and centimetres joined by "e": "3 e 90" is 3.90 m
    o = parse("c: dua nje kallam karbon 3 e 90", catalog=ANGLER)
    assert items(o) == [("R1", 1, "3.90 m")]
    # the metres of a roll as written, in a correction
    o = parse("c: dua nje tub uji 10 metra", "c: jo prit, s'arrin. beje 30", catalog=GARDEN)
    assert items(o) == [("HOSE", 1, "30 m")]
    # a decimal written with a comma and a trailing zero: "0,20" is 0.2 mm
    o = parse("c: voglio filo 0,28", "c: facciamo 0,16 invece", catalog=ANGLER)
    assert items(o) == [("MONO", 1, "0.16 mm")]


def test_flesh_colour_is_nude() -> None:
    o = parse("c: dua nje kollant ngjyre mishi", catalog=GARDEN)
    assert items(o) == [("TIGHTS", 1, "Nude 1")]
    o = parse("c: vorrei un collant color carne", catalog=GARDEN)
    assert items(o) == [("TIGHTS", 1, "Nude 1")]
    o = parse("c: one kollant please, skin colour", catalog=GARDEN)
    assert items(o) == [("TIGHTS", 1, "Nude 1")]
