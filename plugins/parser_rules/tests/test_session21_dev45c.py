"""Session 21 (dev45, second pass): invented shops and sentences (none taken from a corpus)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

# a dog walker: walks sold one by one
WALKS = catalog_of(
    ("WALK", "Shëtitje qeni (një orë)", "5", ()),
    ("BATH", "Larje qeni", "15", ()),
)


def test_the_shops_new_count_and_its_sum_after_an_addition_is_the_count() -> None:
    """A dog walker (not the corpus's nursery): "3 × 5€ = 15€" counted three walks; the
    customer adds a day, and the shop's "Mirë, 4 shëtitje atëherë, 20€" (a count, then after
    a comma its sum) is the count now."""
    o = parse(
        "c: pershendetje, dua shetitje qeni te henen, te marten dhe te merkuren",
        "m: Pra 3 shëtitje: 3 × 5€ = 15€. Emri?",
        "c: Arta Berisha 069 234 5678, Rr. Kavajës 10, Tiranë",
        "c: a mundeni edhe te premten?",
        "m: Mirë, 4 shëtitje atëherë, 20€ 👍",
        catalog=WALKS,
    )
    assert items(o) == [("WALK", 4, None)]


# a clothes shop: a jacket priced higher in its largest size, socks by the pair
CLOTHES = catalog_of(
    ("JKT", "Xhaketë dimri", "60", ("M", "L", "XXL")),
    ("SOX", "Çorape leshi", "5", ()),
)


def test_a_variant_priced_after_a_colon_and_the_products_name_is_that_variants_price() -> None:
    """A clothes shop (not the corpus's airport taxi): "XXL: Xhaketë dimri 140€" prices the
    XXL above the catalog's 60, so the total of 160€ holds the 4 pairs of socks the customer
    asked for (not 20, the socks' sum read as their count against the catalog's price)."""
    o = parse(
        "c: pershendetje, dua nje xhakete dimri per vellain, eshte shume i gjate",
        "m: Për atë gjatësi ju duhet XXL: Xhaketë dimri 140€.",
        "c: ok XXL, edhe 4 pale corape leshi",
        "m: 4 palë çorape 5€ copa = 20€. Totali 160€.",
        "c: mire. Arta Berisha 069 234 5678, Rr. Kavajës 10, Tiranë",
        catalog=CLOTHES,
    )
    assert sorted(items(o)) == [("JKT", 1, "XXL"), ("SOX", 4, None)]


# a bike rental: mountain bikes by the day, a luggage trailer in two loads
BIKES = catalog_of(
    ("BIKE", "Biçikletë mali me qira (në ditë)", "15", ()),
    ("TRL", "Rimorkio për bagazhe (në ditë)", "8", ("deri 20 kg", "deri 40 kg")),
)


def test_a_products_options_priced_one_by_one_choose_no_variant() -> None:
    """A bike rental (not the corpus's pack horse): the shop names the trailer for the
    customer's own word ("karroc") and lists its options, "deri 20 kg 8€ ditën, deri 40 kg
    12€": the line it adds chooses neither (before, the first one listed was taken); the
    shop's advice "ajo deri 40 kg", which the customer's "ani" takes, is the variant."""
    o = parse(
        "c: Selam, jemi tre shoq, dojm me dal ne mal me biçikleta, i keni?",
        "m: Po, biçikletë mali 15€ ditën për person.",
        "c: mire. na i kena ca çanta te randa, a mundet ni karroc me i bart?",
        "m: Rimorkio për bagazhe: deri 20 kg 8€ ditën, deri 40 kg 12€. Për tre veta zakonisht"
        " duhet ajo deri 40 kg.",
        "c: ani nje rimorkio per çanta edhe tre biçikleta per ne. Arta Berisha 069 234 5678",
        catalog=BIKES,
    )
    assert sorted(items(o)) == [("BIKE", 3, None), ("TRL", 1, "deri 40 kg")]
