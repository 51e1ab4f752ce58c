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

