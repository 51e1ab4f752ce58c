"""Session 13 (words): catalog products a customer names by a word several products share, or
in another language's word for a service. Invented shops and sentences, none from a corpus."""

from __future__ import annotations

import time

from plugins.parser_rules.tests.conftest import items, named_catalog, parse

ARTA = "c: Arta Gjoni, Rr. Kavajes 40, Tirane, 069 765 4321"


GARAGE = named_catalog(
    ("AKU", "Akumulator 70Ah"),
    ("FEN", "Fener LED"),
    ("M-AKU", "Montim akumulatori"),
    ("M-FEN", "Montim feneri"),
)


def test_service_for_the_goods_in_the_order() -> None:
    # "montim" fits both fittings: the one for the kind of goods ordered is meant
    o = parse(
        "c: me duhet nje akumulator per furgonin",
        "m: Akumulator 70Ah, 9000 lek",
        "c: mire, dhe me montim",
        ARTA,
        catalog=GARAGE,
    )
    assert sorted(items(o)) == [("AKU", 1, None), ("M-AKU", 1, None)]


HOME = named_catalog(
    ("SPL", "Kondicioner split 9000"),
    ("MNT", "Montim kondicioneri"),
    ("TLK", "Telekomandë universale"),
    ("DMN", "Demontim i të vjetrit"),
)


def test_service_and_remote_in_english() -> None:
    o = parse(
        "c: I'd like the split 9000 and the installation, and a spare remote please",
        ARTA,
        catalog=HOME,
    )
    assert sorted(items(o)) == [("MNT", 1, None), ("SPL", 1, None), ("TLK", 1, None)]


def test_removal_in_italian() -> None:
    o = parse("c: vorrei lo split 9000 e lo smontaggio", ARTA, catalog=HOME)
    assert sorted(items(o)) == [("DMN", 1, None), ("SPL", 1, None)]


VACUUM = named_catalog(
    ("P-CRD", "Philips Cordless"),
    ("B-STD", "Bosch Standard"),
    ("B-CRD", "Bosch Cordless"),
)


def test_word_picks_the_one_offered() -> None:
    # "cordless" fits two products; the merchant offered only one of them
    o = parse(
        "c: which vacuum would you suggest?",
        "m: Bosch Standard 80€ or Bosch Cordless 150€",
        "c: does the cordless last long?",
        "m: yes, about 40 minutes",
        "c: ok the cordless then",
        ARTA,
        catalog=VACUUM,
    )
    assert items(o) == [("B-CRD", 1, None)]


def test_long_message_of_shared_words_stays_fast() -> None:
    text = "c: " + "montim akumulator \x07 " * 5000
    t0 = time.perf_counter()
    parse(text, ARTA, catalog=GARAGE)
    assert time.perf_counter() - t0 < 5.0
