"""Session 22 (variants of the right product): invented shops and sentences, none from a
corpus. A product sold by place takes the variant of the customer's town; an amount in a range
of days is that range beside variants that hold the unit as a bare word."""

from __future__ import annotations

from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.tests.conftest import catalog_of, items, parse
from plugins.parser_rules.variants import match_variant, variant_spec

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
        "c: pershendetje, dua nje akordim pianoje sa me shpejt",
        "m: Po, vijmë nesër. Adresa?",
        "c: Rruga Taulantia 12, Durrës. Erion Hoxha 069 555 1234",
        catalog=PIANO,
    )
    assert items(o) == [("AKORD", 1, "brenda Durrësit")]


def test_a_visit_to_a_village_takes_the_elsewhere_variant() -> None:
    """A gardener prices mowing in Korçë and in the villages around: an address in another
    place of the same country is "fshatrat përreth"."""
    o = parse(
        "c: a vini me kosit barin ne oborr?",
        "m: Po, vijmë të shtunën. Ku jeni?",
        "c: ne Pogradec, lagjja 5. Mira Daci 068 222 3344",
        catalog=GARDEN,
    )
    assert items(o) == [("KOSITJE", 1, "fshatrat përreth")]


def test_a_town_abroad_is_no_village_around() -> None:
    """Guard: a customer abroad gives no "elsewhere" variant of a shop's home country."""
    o = parse(
        "c: a vini me kosit barin ne oborr?",
        "m: Po, vijmë të shtunën. Ku jeni?",
        "c: jam ne Zürich, Bahnhofstrasse 3. Mira Daci",
        catalog=GARDEN,
    )
    assert [v for _p, _q, v in items(o)] in ([], [None])


RENTAL = catalog_of(
    ("QIRA", "Qira rimorkio", "20", ("deri 3 ditë", "4–7 ditë", "8–14 ditë", "30 ditë")),
)


def test_an_amount_in_a_range_of_days_beside_bare_day_variants_names_the_range() -> None:
    """A trailer rental priced by days: "deri 3 ditë" and "30 ditë" hold "ditë" as a word,
    "8–14 ditë" as the unit of its range; "për 10 ditë" still falls in the range."""
    specs = [variant_spec(v) for v in ("deri 3 ditë", "4–7 ditë", "8–14 ditë", "30 ditë")]
    toks = tokenize("per 10 dite")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and hit.index == 2
    o = parse("c: dua nje rimorkio me qira per 10 dite, a e keni te lire?", catalog=RENTAL)
    assert items(o) == [("QIRA", 1, "8–14 ditë")]


BIKES = catalog_of(
    ("BIKE-K", "Biçikletë fëmijësh", "140", ('16"', '20"', '24"')),
    ("HELM", "Kaskë", "20", ()),
)


def test_the_shops_conclusion_names_the_variant_the_customer_described() -> None:
    """A bike shop: the customer orders a 16-inch bike with his details, then asks for "the
    bigger one"; the shop's last word concludes "Atëherë 20"" (not its largest, 24"): the
    bike is the one the shop named."""
    o = parse(
        "c: dua nje biciklete per djalin, 16 inch. Arben Kola, Rruga Dibres 20, Tirane "
        "069 444 5566",
        "m: Po e kemi, 120€.",
        "c: se harrova, djali osht i gjate, beje me te madhen",
        'm: Atëherë 20" 👍',
        catalog=BIKES,
    )
    assert items(o) == [("BIKE-K", 1, '20"')]


def test_a_customer_who_names_another_variant_after_the_conclusion_keeps_it() -> None:
    """Guard: the customer who answers the conclusion with another variant keeps his."""
    o = parse(
        "c: dua nje biciklete per djalin, 20 inch. Arben Kola, Rruga Dibres 20, Tirane "
        "069 444 5566",
        "m: Po e kemi, 140€. Sa i gjatë është djali?",
        "c: 1.45, e ka rrit shpejt",
        'm: Atëherë 24", 160€.',
        "c: jo jo, 20 inch e dua se rritet",
        catalog=BIKES,
    )
    assert items(o) == [("BIKE-K", 1, '20"')]
