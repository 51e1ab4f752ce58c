"""Session 14 (extra): a service word after the goods it serves, read by one rule whether the
word names one product best or several alike. Invented shops and sentences, none from a
corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import items, named_catalog, parse

DRITA = "c: Drita Hoxha, Rr. Elbasanit 12, Tirane, 068 111 2233"

HEATING = named_catalog(
    ("BOJ", "Bojler elektrik 80L"),
    ("PMP", "Pompe uji 1HP"),
    ("M-BOJ", "Montim bojleri"),
    ("M-PMP", "Montim pompe"),
)


def test_fitting_for_the_heater_ordered() -> None:
    # "montim" fits both fittings: the one for the kind of goods already ordered is meant
    o = parse(
        "c: dua nje bojler elektrik 80L",
        "m: 80L kushton 25000 lek",
        "c: ok, edhe montimin",
        DRITA,
        catalog=HEATING,
    )
    assert sorted(items(o)) == [("BOJ", 1, None), ("M-BOJ", 1, None)]


def test_fitting_for_the_pump_ordered() -> None:
    o = parse(
        "c: pompe uji 1HP keni?",
        "m: po, 15000 lek",
        "c: e marr, me montim",
        DRITA,
        catalog=HEATING,
    )
    assert sorted(items(o)) == [("M-PMP", 1, None), ("PMP", 1, None)]


BATH = named_catalog(
    ("LAV", "Lavaman qeramike"),
    ("DUS", "Kabine dushi"),
    ("M-LAV", "Montim lavamani (për copë)"),
    ("M-DUS", "Montim kabine dushi me silikon"),
)


def test_merchant_repeating_the_service_word_names_no_other() -> None:
    # the merchant's closing words hold only the shared word the customer said: the fitting
    # read from the customer's words stays
    o = parse(
        "c: dua nje kabine dushi",
        "m: 24000 lek",
        "c: ok, me montim",
        DRITA,
        "m: Faleminderit, ju lajmerojme per diten e montimit",
        catalog=BATH,
    )
    assert sorted(items(o)) == [("DUS", 1, None), ("M-DUS", 1, None)]


BEDDING = named_catalog(
    ("BTN", "Batanije leshi e trashe"),
    ("SHT", "Set çarçafësh liri me llastik"),
    ("SND", "Set ndërresash mëndafshi (këllëf batanije, çarçaf, jastëk)"),
)


def test_what_a_set_holds_is_not_what_it_serves() -> None:
    # the bracketed contents of a set name no goods it serves: "sete carcafesh" after a
    # blanket is the sheet set, not the set whose contents list a blanket cover
    o = parse(
        "c: dua nje batanije leshi",
        "m: 6000 lek",
        "c: dhe dy sete carcafesh",
        DRITA,
        catalog=BEDDING,
    )
    assert sorted(items(o)) == [("BTN", 1, None), ("SHT", 2, None)]
