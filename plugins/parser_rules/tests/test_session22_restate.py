"""Session 22 (restate): the shop's summary the customer accepts. An opened list whose counts
are above twenty, each written before its goods as a notebook line, that asks for the details
and is answered by them, is the order. Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

HARDWARE = catalog_of(
    ("VID", "Vida druri", "5", ("4x40", "5x60")),
    ("UPA", "Upa plastike", "4", ("6 mm", "8 mm")),
    ("SIL", "Silikon transparent", "450", ()),
)


def test_an_opened_list_of_large_counts_answered_by_the_details_is_the_order() -> None:
    # A hardware store (the corpus lines were a caterer, a photo studio and an invitations
    # shop). "Ok: 30 vida …, 24 upa …, 1 silikon …. Adresa?": counts above twenty, each before
    # its goods, each part a line read; the customer gives the details: the list is the order,
    # over the customer's "6 pa upa" read as a line of 6 mm plugs
    o = parse(
        "c: pershendetje, dua vidat per rafte ne beton",
        "m: Vida 5x60 me upa 8 mm. Sa vrima?",
        "c: 24 me upa, edhe 6 pa upa ne dru. edhe nje silikon",
        "m: Ok: 30 vida 5x60, 24 upa 8 mm, 1 silikon transparent. Adresa?",
        "c: Arben Hoxha, Rr. Dibrës 40, Tiranë, 069 123 4567",
        catalog=HARDWARE,
    )
    assert sorted(items(o)) == [("SIL", 1, None), ("UPA", 24, "8 mm"), ("VID", 30, "5x60")]


def test_a_price_after_the_goods_is_no_count_the_details_accept() -> None:
    # guard: "silikon transparent 450" is the price written after the goods; the details given
    # do not make it a count of 450
    o = parse(
        "c: dua 2 silikon transparent",
        "m: Ok: silikon transparent 450, vida 5x60 5 lek copa. Adresa?",
        "c: Arben Hoxha, Rr. Dibrës 40, Tiranë, 069 123 4567",
        catalog=HARDWARE,
    )
    assert ("SIL", 2, None) in items(o)
