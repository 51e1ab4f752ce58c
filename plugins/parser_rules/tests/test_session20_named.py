"""Session 20 (named): the product the shop's reply names in the catalog's words, for goods the
customer described in words of their own, taken by the customer, is the line. Invented shops
and sentences (a pastry shop, a hardware store), none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

DETAILS = "c: Arta Hoxha, Rr. Dibrës 40, Tiranë, 069 412 5530"

CAKES = catalog_of(
    ("TRT-COK", "Tortë çokollate", "2500", ("8 racione", "12 racione")),
    ("TRT-NUS", "Tortë Nusja", "3000", ("8 racione", "12 racione")),
    ("BKL", "Bakllava me arra", "4000", ("tepsi e vogël", "tepsi e madhe")),
    ("SHEQ", "Sheqerpare", "800", ()),
)


def test_the_restatement_renames_the_customers_line() -> None:
    # "a cake with white chocolate and flowers" is read as the chocolate cake; the shop's
    # restatement names its own cake for it, with the same count, beside the baklava the
    # customer named, and the customer sends the details: the cake is the shop's one
    o = parse(
        "c: pershendetje, per fejese dua nje torte me cokollate te bardhe e lule, per 12 veta,"
        " dhe 1 bakllava tepsi te madhe",
        "m: Tortë Nusja 12 racione dhe bakllava tepsi e madhe. Adresa?",
        DETAILS,
        catalog=CAKES,
    )
    assert sorted(items(o)) == [("BKL", 1, "tepsi e madhe"), ("TRT-NUS", 1, "12 racione")]


def test_a_restatement_by_the_kind_word_alone_renames_nothing() -> None:
    # guard: "Tortë 12 racione" names the customer's cake as well as any other: the line stays
    o = parse(
        "c: pershendetje, per fejese dua nje torte me cokollate te bardhe e lule, per 12 veta,"
        " dhe 1 bakllava tepsi te madhe",
        "m: Tortë 12 racione dhe bakllava tepsi e madhe. Adresa?",
        DETAILS,
        catalog=CAKES,
    )
    assert ("TRT-COK", 1, "12 racione") in items(o)
