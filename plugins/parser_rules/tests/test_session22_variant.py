"""Session 22 (variants of the right product): invented shops and sentences, none from a
corpus. A product sold by place takes the variant of the customer's town."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

PIANO = catalog_of(
    ("AKORD", "Akordim pianoje", "40", ("brenda Durrësit", "jashtë Durrësit")),
    ("TELA", "Tel pianoje", "6", ()),
)

GARDEN = catalog_of(
    ("KOSITJE", "Kositje bari", "25", ("Korçë qytet", "fshatrat përreth")),
    ("PLEH", "Pleh organik", "8", ()),
)


def test_a_visit_priced_by_place_takes_the_customers_town() -> None:
    """A piano tuner prices the visit inside and outside Durrës; the customer asks for the
    tuning and gives an address in Durrës: the visit is "brenda Durrësit"."""
    o = parse(
        "c: pershendetje, dua nje akordim pianoje sa me shpejt\n"
        "m: Po, vijmë nesër. Adresa?\n"
        "c: Rruga Taulantia 12, Durrës. Erion Hoxha 069 555 1234",
        catalog=PIANO,
    )
    assert items(o) == [("AKORD", 1, "brenda Durrësit")]


def test_a_visit_to_a_village_takes_the_elsewhere_variant() -> None:
    """A gardener prices mowing in Korçë and in the villages around: an address in another
    place of the same country is "fshatrat përreth"."""
    o = parse(
        "c: a vini me kosit barin ne oborr?\n"
        "m: Po, vijmë të shtunën. Ku jeni?\n"
        "c: ne Pogradec, lagjja 5. Mira Daci 068 222 3344",
        catalog=GARDEN,
    )
    assert items(o) == [("KOSITJE", 1, "fshatrat përreth")]


def test_a_town_abroad_is_no_village_around() -> None:
    """Guard: a customer abroad gives no "elsewhere" variant of a shop's home country."""
    o = parse(
        "c: a vini me kosit barin ne oborr?\n"
        "m: Po, vijmë të shtunën. Ku jeni?\n"
        "c: jam ne Zürich, Bahnhofstrasse 3. Mira Daci",
        catalog=GARDEN,
    )
    assert [v for _p, _q, v in items(o)] in ([], [None])
