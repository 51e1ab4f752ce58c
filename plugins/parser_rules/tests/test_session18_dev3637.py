"""Session 18, dev36 and dev37: what is left. Invented shops, people, streets and sentences
(none from a corpus); each test fails when its rule is reverted."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

CAMP = catalog_of(
    ("TENT", "Cadër kampingu", "80", ("2 veta", "4 veta")),
    ("BAG", "Thes gjumi", "25", ()),
    ("LAMP", "Llambë koke", "12", ("e kuqe", "e zezë")),
    ("STOVE", "Sobë gazi", "30", ()),
)


def test_a_bare_yes_to_the_restatement_is_no_change_after_it() -> None:
    # the yes applies the restated counts; it does not make the customer's words after the
    # restatement a change, so the line the restatement leaves out goes
    o = parse(
        "c: dua nje cader per 4 veta, edhe nje llambe koke e zeze",
        "m: Cadra 80€, llamba 12€. Per femijet ju duhen 3 thase gjumi",
        "c: ok edhe thes gjumi",
        "m: Pra: 1 cader 4 veta, 3 thase gjumi, 1 sobe gazi",
        "c: genau. Rruga Ismail Qemali 12, Elbasan, Arta Leka 069 123 4567",
        catalog=CAMP,
    )
    assert items(o) == [("TENT", 1, "4 veta"), ("BAG", 3, None), ("STOVE", 1, None)]
