"""Session 22 (quantities of the right product): invented shops and sentences (none taken
from a corpus)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARTA = "c: Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202"

# a bike workshop that prices in euro: a full service, a chain, a brake fitting, delivery
BIKES = catalog_of(
    ("SERV", "Servis i plotë biçiklete", "15", ()),
    ("CHAIN", "Zinxhir biçiklete", "12", ("8 shpejtësi", "11 shpejtësi")),
    ("BRAKE", "Montim frenash", "9", ("para", "mbrapa")),
    ("DEL", "Dërgesë në shtëpi", "5", ()),
)


def test_the_terms_of_a_sum_that_adds_up_are_prices() -> None:
    """A bike workshop (the rule came from a removals firm): the shop restates the order as a
    sum of prices that adds up to the total it states ("… 12 + dërgesë 5 = 32 €"). The 12
    after the chain's variant and the 5 after the delivery are what each line costs, not how
    many: every line stays one."""
    o = parse(
        "c: dua nje servis te plote, nje zinxhir 11 shpejtesi dhe ma sillni ne shtepi",
        "m: Pra: servis i plotë 15 + zinxhir 11 shpejtësi 12 + dërgesë në shtëpi 5 = 32 €.",
        "c: ok",
        ARTA,
        catalog=BIKES,
    )
    assert sorted(items(o)) == [
        ("CHAIN", 1, "11 shpejtësi"),
        ("DEL", 1, None),
        ("SERV", 1, None),
    ]


def test_a_number_with_a_currency_after_it_is_a_price() -> None:
    """A swimming pool (the rule came from a karting track): the shop lists what each length
    of a lesson costs ("15€ për 30 min, 25€ për 60 min"); the prices before the variants are
    not counts of lessons, and the customer takes one."""
    shop = catalog_of(
        ("LESSON", "Mësim noti me trajner", "15", ("30 min", "60 min")),
        ("PASS", "Kartë 5 hyrje pishinë", "40", ("të rritur", "fëmijë")),
    )
    o = parse(
        "c: dua karten me 5 hyrje per te rritur edhe nje mesim me trajner, sa kushton krejt",
        "m: Kartë 5 hyrje 40€. Mësimi me trajner 15€ për 30 min, 25€ për 60 min.",
        "c: karten po, trajnerin nje ore te plote",
        ARTA,
        catalog=shop,
    )
    assert sorted((p, q) for p, q, _v in items(o)) == [("LESSON", 1), ("PASS", 1)]


def test_the_floor_of_the_address_is_no_new_count() -> None:
    """A carpet cleaner (the rule came from a handyman): the customer takes one carpet off in
    words that say no count ("njanin e lava vet"), the shop writes the new sum ("2 × 800 + 2 ×
    1500 = 4600"), and the customer then gives the floor of the address ("kati 3"): the floor
    is no count said after the shop's arithmetic, so the arithmetic's counts stand."""
    shop = catalog_of(
        ("RUG", "Larje qilimi (për copë)", "800", ()),
        ("SOFA", "Larje kolltuku (për copë)", "1500", ()),
    )
    o = parse(
        "c: dua larje per 3 qilima dhe 2 kolltuqe",
        "m: Larje qilimi 800 lekë copa, kolltuk 1500 → 3 × 800 + 2 × 1500 = 5400 lekë",
        "c: a prit, njanin e lava vet dje",
        "m: Atëherë 2 × 800 + 2 × 1500 = 4600 lekë. Ku jeni?",
        "c: Rr. Elbasanit 5, Tiranë",
        "m: Cili kat?",
        "c: kati 3. Arta Leka 069 555 0202",
        catalog=shop,
    )
    assert sorted(items(o)) == [("RUG", 2, None), ("SOFA", 2, None)]
