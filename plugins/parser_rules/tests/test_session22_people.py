"""Session 22 (head counts: per person, per group, or the tier a group picks): invented shops
and sentences (none taken from a corpus)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARTA = "c: Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202"


def test_a_head_count_picks_the_tier_of_a_group_package() -> None:
    """A museum (the rule came from a birthday package of a karting track): the guided visit
    is sold for a class "deri 20 / deri 30 nxënës"; "jemi 24 nxënës" is the size of the group,
    so it picks "deri 30 nxënës" and the visit stays one."""
    shop = catalog_of(
        ("VISIT", "Vizitë e guiduar për nxënës", "8000", ("deri 20 nxënës", "deri 30 nxënës")),
        ("BOOK", "Katalog i muzeut", "900", ()),
    )
    o = parse(
        "c: Pershendetje, dua te rezervoj nje vizite te guiduar per klasen, jemi 24 nxenes",
        "m: Po, e enjte ora 10 është e lirë.",
        "c: ok rezervojeni",
        ARTA,
        catalog=shop,
    )
    assert items(o) == [("VISIT", 1, "deri 30 nxënës")]


def test_a_number_before_the_word_for_children_of_a_tiered_package_is_no_count() -> None:
    """A day camp in German (the rule came from a birthday package of an escape room): "für 14
    Kinder" names the product by its own word and gives the group's size; the camp sold "bis
    10 / bis 15 Kinder" is one, in the tier that holds 14."""
    shop = catalog_of(
        ("CAMP", "Tagescamp für Kinder", "300", ("bis 10 Kinder", "bis 15 Kinder")),
        ("BUS", "Bustransfer", "80", ()),
    )
    o = parse(
        "c: Hallo, können wir das Tagescamp für 14 Kinder am Freitag buchen?",
        "m: Ja, Freitag ist frei.",
        "c: super, bitte buchen",
        "c: Jonas Weber, 0176 5550123",
        catalog=shop,
        country="DE",
    )
    assert items(o) == [("CAMP", 1, "bis 15 Kinder")]


def test_a_line_priced_per_player_counts_the_players_the_shop_states() -> None:
    """A mini-golf course in German (the rule came from an escape room priced "për lojtar"):
    the round is sold per player, the customer lists adults and children, and the shop states
    "Platz für 5 Spieler"; the round's line counts the five players."""
    shop = catalog_of(
        ("ROUND", "Minigolf Runde, pro Spieler", "8", ()),
        ("DRINK", "Limonade", "3", ()),
    )
    o = parse(
        "c: Hallo, wir sind 2 Erwachsene und 3 Kinder. Ist die Minigolf Runde morgen um 15 Uhr "
        "frei?",
        "m: Ja gerne, um 15 Uhr ist Platz für 5 Spieler frei.",
        "c: Super, dann buchen wir die Minigolf Runde. Jonas Weber, 0176 5550123",
        catalog=shop,
        country="DE",
    )
    assert items(o) == [("ROUND", 5, None)]


def test_a_bound_of_the_group_is_no_count_of_members() -> None:
    """A dance school (the rule came from a tutoring centre): "max 8 nxënës" bounds the group;
    the "3 nxënës" the shop states is the count of the course priced per pupil."""
    shop = catalog_of(
        ("GRP", "Kurs vallëzimi në grup (për nxënës)", "3000", ()),
        ("SHOES", "Këpucë baleti", "2500", ()),
    )
    o = parse(
        "c: pershendetje, a ka vend ne kursin e vallezimit ne grup per femijet e mi?",
        "m: Po, grupi fillon të hënën, max 8 nxënës, 3000 lekë për nxënës.",
        "c: ok, regjistroni te gjithe",
        "m: Në rregull, 3 nxënës në grupin e së hënës.",
        ARTA,
        catalog=shop,
    )
    assert items(o) == [("GRP", 3, None)]


def test_ppl_is_a_head_count_for_a_line_sold_per_person() -> None:
    """A wine cellar (the rule came from a horse-trekking stable): "we are 3 ppl" in a chat is
    the number of people a tasting priced per person serves."""
    shop = catalog_of(
        ("TASTE", "Degustim vere (për person)", "15", ()),
        ("BOTTLE", "Shishe vere e kuqe", "12", ()),
    )
    o = parse(
        "c: hi, is the wine tasting still possible this saturday evening? we are 3 ppl",
        "m: Yes, Saturday at 17:00, 15€ per person.",
        "c: perfect, book it please",
        ARTA,
        catalog=shop,
    )
    assert items(o) == [("TASTE", 3, None)]


def test_a_head_count_names_no_variant_of_another_unit() -> None:
    """A spa (the rule came from a horse-trekking stable whose treks last "2 / 3 / 5 ditë"): "3
    ppl" counts the people a package priced per person serves; its 3 does not name the "3
    ditë" package, which the customer never chose."""
    shop = catalog_of(
        ("SPA", "Paketë relaksi në spa (për person)", "60", ("3 ditë", "5 ditë")),
        ("MASS", "Masazh", "30", ()),
    )
    o = parse(
        "c: hi, do you have the spa relax package next weekend? 3 ppl",
        "m: Yes, next weekend is free.",
        "c: great, book it please",
        ARTA,
        catalog=shop,
    )
    assert items(o) == [("SPA", 3, None)]
