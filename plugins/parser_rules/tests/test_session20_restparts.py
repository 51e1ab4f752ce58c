"""Session 20 (restparts): a restatement with one part the reader cannot read. An invented
tile shop, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.restated_order import _unread_parts
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

DETAILS = "c: Blerim Krasniqi, Rr. Nëna Terezë 12, Gjilan, 044 512 633"

TILES = catalog_of(
    ("PLK", "Pllakë dyshemeje", "14", ("gri", "bezhë")),
    ("PSQ", "Pasqyrë banjoje", "30", ("ovale", "katrore")),
    ("KRY", "Kryq distancues", "2", ()),
)
ASKED = "c: dua 20 pllaka gri, 2 pasqyra ovale edhe kryqe distancues"


def test_a_part_of_a_lines_count_in_loose_words_is_that_line() -> None:
    # "2 ovals" is no product the reader knows, but it has the count of the customer's mirror
    # line and, but for its ending, a word of the mirror's variant ("ovale"): that line,
    # kept; the restatement is read whole and the crosses it leaves out go
    o = parse(ASKED, "m: Pra: 20 pllaka gri, 2 ovals. Adresa?", DETAILS, catalog=TILES)
    assert sorted(items(o)) == [("PLK", 20, "gri"), ("PSQ", 2, "ovale")]


def test_a_part_of_other_goods_still_refuses_the_restatement() -> None:
    # guard: "2 kova ngjitës" has the mirrors' count but no word of them: other goods, the
    # restatement is not read and the customer's crosses stand
    o = parse(ASKED, "m: Pra: 20 pllaka gri, 2 kova ngjitës. Adresa?", DETAILS, catalog=TILES)
    assert ("KRY", 1, None) in items(o)


def test_a_part_of_loose_words_but_another_count_refuses() -> None:
    # guard: "3 ovals" for the 2 mirrors ordered: a count no line of the order holds
    o = parse(ASKED, "m: Pra: 20 pllaka gri, 3 ovals. Adresa?", DETAILS, catalog=TILES)
    assert ("KRY", 1, None) in items(o)


def test_a_word_and_colon_before_the_count_open_the_list() -> None:
    # "Sure: 3 ovals" is a counted part too ("Sure:" opens the list), of no line's count:
    # the restatement is not read whole, and the mirrors it does not read are not dropped
    o = parse(ASKED, "m: Sure: 3 ovals, 20 pllaka gri, 1 kryq. Adresa?", DETAILS, catalog=TILES)
    assert ("PSQ", 2, "ovale") in items(o)


def test_a_count_of_nights_is_no_unread_goods() -> None:
    # "Pra 3 net + 2 kova ngjitës": the nights booked count no goods (the lexicon's
    # night_words); the glue buckets are a part left unread
    parts = _unread_parts("Pra 3 net + 2 kova ngjitës", [], index_for(TILES))
    assert [m.group().strip() for m, _ in parts] == ["2 kova ngjitës"]
    assert [count for _, count in parts] == [2]
