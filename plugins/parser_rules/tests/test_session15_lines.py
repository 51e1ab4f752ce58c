"""Session 15 (lines): products missing, extra or counted wrong. Invented shops and sentences,
none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARTA = "c: Arta Berisha, Rr. Nene Tereza 4, Prishtine, 044 123 456"

DRINKS = catalog_of(
    ("RAKI", "Raki kumbulle", "15", ("0.5 L", "1 L")),
    ("VERE", "Verë e kuqe", "9", ("0.75 L",)),
    ("LULE", "Lule vazo", "5", ()),
)


def test_doubled_letter_on_a_short_catalog_word() -> None:
    # "rraki" is "raki" with its "r" doubled, as chat writes it: the plum raki, not nothing
    o = parse("c: dua nji rraki 1 litersh dhe nje vere", ARTA, catalog=DRINKS)
    assert sorted(items(o)) == [("RAKI", 1, "1 L"), ("VERE", 1, None)]


def test_doubled_letter_on_a_four_letter_name() -> None:
    o = parse("c: me duhen 3 llule", ARTA, catalog=DRINKS)
    assert items(o) == [("LULE", 3, None)]


PAINT = catalog_of(
    ("ROL", "Rul boje me doreze", "450", ("10 cm", "18 cm")),
    ("TRAY", "Tavë plastike për rul", "300", ()),
    ("TAPE", "Shirit maskimi", "180", ("25 mm", "50 mm")),
)


def test_one_before_another_kind_is_another_line() -> None:
    # the tray's name holds "rul", yet "one tray" after the rollers is a line of its own
    o = parse("c: dua dy rula, nje tave", ARTA, catalog=PAINT)
    assert sorted(items(o)) == [("ROL", 2, None), ("TRAY", 1, None)]


def test_one_roller_one_tray() -> None:
    o = parse("c: mi duhet nje rul i madh, nje tave", ARTA, catalog=PAINT)
    assert sorted(items(o)) == [("ROL", 1, "18 cm"), ("TRAY", 1, None)]


PANTRY = catalog_of(
    ("TEA", "Çaj mali", "3", ()),
    ("HONEY", "Mjaltë mali", "11", ("450 g", "900 g")),
    ("JAM", "Reçel fiku", "6", ()),
)


def test_asking_to_add_is_adding_sq() -> None:
    o = parse(
        "c: dua 2 pako caj mali",
        ARTA,
        "m: Faleminderit, u regjistrua",
        "c: a mund te shtoj edhe nje recel fiku?",
        "m: Po, u shtua",
        catalog=PANTRY,
    )
    assert sorted(items(o)) == [("JAM", 1, None), ("TEA", 2, None)]


def test_asking_to_add_is_adding_en_it() -> None:
    for ask in ("c: can I add one fig jam?", "c: posso aggiungere una marmellata di fichi?"):
        o = parse("c: dua 2 pako caj mali", ARTA, ask, catalog=PANTRY)
        assert ("JAM", 1, None) in items(o), ask


def test_asking_whether_they_have_it_adds_nothing() -> None:
    # a question without "add" still only asks
    o = parse("c: dua 2 pako caj mali", ARTA, "c: a keni edhe recel fiku?", catalog=PANTRY)
    assert items(o) == [("TEA", 2, None)]


RENTAL = Catalog(
    products=(
        CatalogProduct("ARCH", "Hark dekorativ me qira", ("arco",), Decimal("3000"), ("rrethor",)),
        CatalogProduct("CHAIR", "Karrige me qira", ("sedie",), Decimal("250"), ("e bardhë", "ari")),
    )
)


def test_only_for_a_day_keeps_the_other_products_sq() -> None:
    # "vetëm për të shtunën" limits when the chairs are wanted, not which products
    o = parse(
        "c: harkun rrethor e dua per te shtunen",
        "c: edhe 20 karrige te bardha vetem per te shtunen",
        ARTA,
        catalog=RENTAL,
    )
    assert sorted(items(o)) == [("ARCH", 1, "rrethor"), ("CHAIR", 20, "e bardhë")]


def test_only_for_a_date_keeps_the_other_products_it() -> None:
    o = parse("c: vorrei l'arco", "c: e 20 sedie bianche solo per sabato", ARTA, catalog=RENTAL)
    assert sorted(items(o)) == [("ARCH", 1, None), ("CHAIR", 20, "e bardhë")]


def test_only_before_a_product_still_keeps_it_alone() -> None:
    o = parse("c: harkun rrethor e dua", "c: jo, vetem 20 karrige te bardha", ARTA, catalog=RENTAL)
    assert items(o) == [("CHAIR", 20, "e bardhë")]


TWEEZERS = catalog_of(
    ("TWZ", "Piskatore inoksi", "900", ("e drejtë", "e lakuar")),
    ("GLUE", "Ngjitës qerpikësh", "1200", ()),
)


def test_definite_forms_of_a_shape_name_a_second_line_sq() -> None:
    # "atë të drejtën" (that one, the straight one): the definite form names the variant, so
    # the second line is not lost
    o = parse("c: dua piskatoren e lakuar dhe ate te drejten, nga 1", ARTA, catalog=TWEEZERS)
    assert sorted(items(o)) == [("TWZ", 1, "e drejtë"), ("TWZ", 1, "e lakuar")]


SOLAR = catalog_of(
    ("CON", "Konektor MC4 (çift)", "300", ()),
    ("FUSE", "Siguresë DC 10A", "400", ()),
)


def test_count_of_pairs_after_a_name_with_a_number_sq() -> None:
    # "4" before "çift" counts the pairs; it is not the "4" of "MC4"
    o = parse("c: dua konektor mc4 nja 4 cift", ARTA, catalog=SOLAR)
    assert items(o) == [("CON", 4, None)]


def test_count_of_pairs_after_a_name_with_a_number_de_it() -> None:
    o = parse("c: Konektor MC4 3 Paare bitte", ARTA, catalog=SOLAR)
    assert items(o) == [("CON", 3, None)]
    o = parse("c: vorrei konektor mc4 2 coppie", ARTA, catalog=SOLAR)
    assert items(o) == [("CON", 2, None)]


POWER = catalog_of(
    ("CTRL", "Kontrollues ngarkimi MPPT", "9000", ("40 A", "60 A")),
    ("INV", "Inverter hibrid", "90000", ("5 kW",)),
)


def test_code_without_a_vowel_names_its_product_in_small_letters() -> None:
    # "mppt" is no word of any language: the catalog's capitalised code, written small
    o = parse("c: dua inverterin 5 kW edhe ni mppt 60A", ARTA, catalog=POWER)
    assert sorted(items(o)) == [("CTRL", 1, "60 A"), ("INV", 1, "5 kW")]
    o = parse("c: I need one mppt 40 A please", ARTA, catalog=POWER)
    assert items(o) == [("CTRL", 1, "40 A")]
