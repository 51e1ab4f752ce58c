"""Session 21, fixes the lead made at the merges (each fails without its fix)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

KAYAK = catalog_of(
    ("KAJ", "Kajak me orë", "10", ("Liqeni i Komanit", "Lumi Shala")),
    ("DRN", "Video me dron", "40", ()),
)


def test_a_count_after_a_times_sign_in_the_shops_restatement_is_one_factor() -> None:
    """A kayak rental. The shop's last restatement "3 persona × 2 orë në liqen" writes no
    result: its "2 orë" is the second factor of people × hours, not the line's count, so the
    line keeps the 6 hours the shop's checked sum gave (shop_counts read the 2 as the shop's
    stated count)."""
    o = parse(
        "c: jemi 3 veta, sa kushton kajaku?",
        "m: 10€ ora për person. Liqeni i Komanit ose lumi Shala.",
        "c: Shala 2 ore per te tre",
        "m: Në rregull: 3 persona × 2 orë Shala = 60€. Cilën ditë?",
        "c: e marrim edhe videon me dron. po ma mire liqeni, ndrrojeni pls",
        "m: S'ka problem: 3 persona × 2 orë në liqen + video me dron. Emri?",
        "c: Arta Hoxha, 068 444 2211",
        catalog=KAYAK,
    )
    assert items(o) == [("KAJ", 6, "Liqeni i Komanit"), ("DRN", 1, None)]


COWORK = catalog_of(("PASS", "Ditë pune në coworking", "15", ()), ("LOCK", "Dollap", "5", ()))


def test_the_shops_later_count_with_its_sum_outranks_its_earlier_stated_count() -> None:
    """A coworking space. The shop states "Pra 3 ditë: 3 × 15€ = 45€"; after the customer adds
    a day it writes "Va bene, 4 giorni allora, 60€": the later count with its sum stands, and
    the earlier statement is not the shop's last stated count (shop_counts took the 3)."""
    o = parse(
        "c: buongiorno, posso lavorare da voi lunedi martedi e mercoledi?",
        "m: Po! Pra 3 ditë: 3 × 15€ = 45€. Emri?",
        "c: Giulia Berisha, 347 218 5530",
        "m: Grazie Giulia!",
        "c: ah scusi, anche giovedi",
        "m: Va bene, 4 giorni allora, 60€ 👍",
        catalog=COWORK,
    )
    assert items(o) == [("PASS", 4, None)]
