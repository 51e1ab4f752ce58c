"""Session 13 (words, second pass): products a customer names by the verb of a service, by a word
in a name's brackets, by the unit said, and words a shop's trade uses. Invented shops and
sentences, none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

BESA = "c: Besa Krasniqi, Rr. Dardania 12, Prishtine, 044 321 654"


def _shop(*rows: tuple[str, str]) -> Catalog:
    return Catalog(
        products=tuple(CatalogProduct(sku, name, (), Decimal("900"), ()) for sku, name in rows)
    )


KLIMA = _shop(
    ("K9", "Klime inverter 12000 BTU"),
    ("MNT", "Montim klime"),
    ("SRV", "Servisim klime (pastrim e kontroll)"),
    ("TUB", "Tuba bakri 3 m"),
)


def test_fitting_by_its_verb_gheg() -> None:
    o = parse("c: e dua kliman inverter 12000 btu", "m: 45000 lek", "c: ma montoni ju?", BESA,
              catalog=KLIMA)
    assert sorted(items(o)) == [("K9", 1, None), ("MNT", 1, None)]


def test_fitting_by_its_verb_english() -> None:
    o = parse("c: I want the inverter 12000 btu, can you install it too?", BESA, catalog=KLIMA)
    assert sorted(items(o)) == [("K9", 1, None), ("MNT", 1, None)]


def test_fitting_by_its_verb_german() -> None:
    o = parse("c: ich nehme die Klime inverter 12000, könnt ihr das auch einbauen?", BESA,
              catalog=KLIMA)
    assert sorted(items(o)) == [("K9", 1, None), ("MNT", 1, None)]


def test_fitting_by_its_verb_italian() -> None:
    o = parse("c: prendo il climatizzatore inverter 12000, me lo montate?", BESA, catalog=KLIMA)
    assert sorted(items(o)) == [("K9", 1, None), ("MNT", 1, None)]


def test_bracket_word_reaches_name() -> None:
    o = parse("c: a ma pastroni klimen? e kam te vjeter", BESA, catalog=KLIMA)
    assert items(o) == [("SRV", 1, None)]


def test_bracket_word_noun() -> None:
    o = parse("c: dua nje pastrim per klimen time", BESA, catalog=KLIMA)
    assert items(o) == [("SRV", 1, None)]


FRUTA = _shop(
    ("MK", "Mollë (kg)"),
    ("MA", "Mollë, arkë 18 kg"),
    ("PK", "Portokall (kg)"),
)


def test_unit_picks_crate() -> None:
    o = parse("c: nje arke molle ju lutem", BESA, catalog=FRUTA)
    assert items(o) == [("MA", 1, None)]


def test_unit_picks_kg() -> None:
    o = parse("c: 2 kg molle ju lutem", BESA, catalog=FRUTA)
    assert items(o) == [("MK", 2, None)]


def test_purpose_phrase_no_line() -> None:
    o = parse("c: 5 kg portokall per leng", BESA, catalog=FRUTA)
    assert items(o) == [("PK", 5, None)]
