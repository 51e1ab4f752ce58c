"""Session 13 (words, second pass): products a customer names by the verb of a service, by a word
in a name's brackets, by the unit said, and words a shop's trade uses. Invented shops and
sentences, none from a corpus."""

from __future__ import annotations

import time

from plugins.parser_rules.tests.conftest import items, named_catalog, parse

BESA = "c: Besa Krasniqi, Rr. Dardania 12, Prishtine, 044 321 654"


KLIMA = named_catalog(
    ("K9", "Klime inverter 12000 BTU"),
    ("MNT", "Montim klime"),
    ("SRV", "Servisim klime (pastrim e kontroll)"),
    ("TUB", "Tuba bakri 3 m"),
)


def test_fitting_by_its_verb_gheg() -> None:
    o = parse(
        "c: e dua kliman inverter 12000 btu",
        "m: 45000 lek",
        "c: ma montoni ju?",
        BESA,
        catalog=KLIMA,
    )
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


VERA = named_catalog(
    ("VB", "Verë Vranac 0.75 l"),
    ("VK", "Verë Vranac, kuti 6 shishe"),
)


def test_unit_counted_in_a_pack_is_the_bottle() -> None:
    # "shishe" is in the pack's name only as what it holds: two bottles, not two packs
    o = parse("c: 2 shishe vere vranac", BESA, catalog=VERA)
    assert items(o) == [("VB", 2, None)]
    o = parse("c: nje kuti vere vranac", BESA, catalog=VERA)
    assert items(o) == [("VK", 1, None)]


PEMET = named_catalog(("PK", "Portokalle"), ("LP", "Lëng portokalli 1 l"), ("ML", "Mollë"))


def test_fruit_named_like_a_colour_and_its_purpose() -> None:
    # "Portokalle" is a whole name; "për lëng" says what the oranges are for, no juice line
    o = parse("c: 5 kg portokall per leng", BESA, catalog=PEMET)
    assert items(o) == [("PK", 5, None)]
    o = parse("c: 5 kg oranges for juice", BESA, catalog=PEMET)
    assert items(o) == [("PK", 5, None)]


PERIME = named_catalog(
    ("KG", "Kungulleshka (kg)"),
    ("PT", "Patëllxhan (kg)"),
    ("KR", "Karrota (kg)"),
)


def test_vegetables_in_other_languages() -> None:
    o = parse("c: 2 kg zucchine e 1 kg melanzane", BESA, catalog=PERIME)
    assert sorted(items(o)) == [("KG", 2, None), ("PT", 1, None)]
    o = parse("c: 2 kg Zucchini und 1 kg Karotten", BESA, catalog=PERIME)
    assert sorted(items(o)) == [("KG", 2, None), ("KR", 1, None)]


MERCERI = named_catalog(
    ("PE", "Pe qepjeje poliester 500 m"),
    ("GJ", "Gjilpëra qepjeje, set 10"),
    ("LS", "Lesh për thurje 100 g"),
)


def test_sewing_words() -> None:
    o = parse("c: 2 gomitoli e un set di aghi", BESA, catalog=MERCERI)
    assert sorted(items(o)) == [("GJ", 1, None), ("LS", 2, None)]
    o = parse("c: ich brauche 3 Faden", BESA, catalog=MERCERI)
    assert items(o) == [("PE", 3, None)]


def test_hostile_input() -> None:
    # a bracket of hundreds of words, a 100 kB message of verbs, brackets and control characters
    shop = named_catalog(
        ("SRV", "Servisim (pastrim " + "e kontroll " * 300 + ")((("),
        ("VK", "Verë, kuti 6 shishe (" * 40),
        ("MNT", "Montim klime"),
    )
    big = "ma montoni " + "pastroni (klime) 2 shishe \x00\x07\u202e " * 4000
    t0 = time.perf_counter()
    o = parse("c: " + big[:100_000], BESA, catalog=shop)
    assert isinstance(items(o), list)
    assert time.perf_counter() - t0 < 20
