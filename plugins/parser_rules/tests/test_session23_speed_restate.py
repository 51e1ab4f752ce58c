"""Session 23 speed pass on the merchant's restatement (``RestatedOrder.merchant``): the same
answers with less work.

``merchant`` reads each stating line of every merchant message with a fresh ``ItemReader`` to
see whether it restates the order. Most merchant messages name no goods ("Faleminderit! Adresa
dhe numri?"), and a fresh reader makes a line only from a catalog mention or from a product
spelled a character at a time: ``_may_name_goods`` asks that first, and without either the
fresh reading is skipped (it would give no item, and ``merchant`` returns on no item).

Each test compares the shortcut with the long way and checks that the work skipped is skipped.
The shops and messages are invented: a bicycle shop, a cosmetics shop, a balloon shop.
"""

from __future__ import annotations

from typing import Any

import pytest

from plugins.parser_rules import items as items_module
from plugins.parser_rules import restated_order
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.items import ItemReader
from plugins.parser_rules.mentions import find_mentions
from plugins.parser_rules.restated_order import _may_name_goods
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.tests.conftest import catalog_of, parse
from plugins.parser_rules.tests.conftest import items as item_lines

# a bicycle shop: helmets by size, tubes by wheel, lights
BIKES = catalog_of(
    ("HELM", "Helmetë biçiklete", "35", ("S", "M", "L")),
    ("TUBE", "Kamerdare 26 inch", "6", ("ventil auto", "ventil presta")),
    ("LAMP", "Drita LED para", "12", ()),
)

# a cosmetics shop: creams by skin, lipsticks by shade
BEAUTY = catalog_of(
    ("CREAM", "Krem fytyre", "18", ("lëkurë e thatë", "lëkurë e yndyrshme")),
    ("LIP", "Buzëkuq mat", "9", ("nude", "e kuqe", "rozë")),
    ("SOAP", "Sapun natyral", "4", ()),
)

# a balloon shop: letters and digits sold one at a time (spelled), and a bunch
BALLOONS = catalog_of(
    ("LET", "Balona shkronja", "3", tuple("ABCDEFGHIJKLMNOPRSTUVZ")),
    ("NUM", "Balona numra", "3", tuple("0123456789")),
    ("BUNCH", "Buqetë balonash", "15", ()),
)

SHOPS = (BIKES, BEAUTY, BALLOONS)

# merchant messages: most name no goods; some restate the order
MERCHANT = (
    "Faleminderit! Adresa dhe numri i telefonit?",
    "Po, e kemi. Ku t'i dërgojmë?",
    "Thank you! Your address please?",
    "Danke! Wohin sollen wir liefern?",
    "Grazie, il suo indirizzo?",
    "Dërgesa 2-3 ditë, pagesa në dorëzim.",
    "Ok, 2 copë. Emri?",
    "Pra 2 helmetë M dhe 1 drita LED. Adresa?",
    "So: 3 kamerdare presta, total 18€. Address?",
    "Pra: 1 krem fytyre për lëkurë të thatë + 2 buzëkuq nude. Ku t'i dërgojmë?",
    "Also 2 Sapun natyral und 1 Buzëkuq mat rozë, richtig?",
    "Pra balona shkronja A N A dhe numri 30?",
    "Dakord. 1 buqetë balonash.",
)


def test_may_name_goods_is_a_mention_or_a_spelled_product() -> None:
    for shop in SHOPS:
        index = index_for(shop)
        for i, text in enumerate(MERCHANT):
            sents = [s for s in split_sentences(i, text) if s.toks]
            named = any(find_mentions(index, s.toks, s.breaks) for s in sents)
            assert _may_name_goods(index, sents) == (bool(index.spelled) or named)
    assert index_for(BALLOONS).spelled and not index_for(BIKES).spelled


def test_a_fresh_reader_makes_no_line_where_no_goods_may_be_named() -> None:
    """The long way: where ``_may_name_goods`` is False, a fresh reader reading the sentences
    ends with no line; where it names goods it may make lines."""
    skipped = 0
    for shop in SHOPS:
        index = index_for(shop)
        for i, text in enumerate(MERCHANT):
            sents = [s for s in split_sentences(i, text) if s.toks]
            if _may_name_goods(index, sents):
                continue
            skipped += 1
            fresh = ItemReader(index)
            for s in sents:
                fresh.read(s, commit=True)
            assert fresh.state.items == [], text
    assert skipped >= 10  # the shortcut is taken for most of these messages
    # the restating ones still name goods
    bikes = index_for(BIKES)
    assert _may_name_goods(bikes, split_sentences(0, MERCHANT[7]))
    assert not _may_name_goods(bikes, split_sentences(0, MERCHANT[0]))


CONVERSATIONS = (
    (
        BIKES,
        (
            "c: pershendetje, dua 2 helmeta M dhe nje drite LED para",
            "m: Pra 2 helmetë M dhe 1 drita LED. Adresa?",
            "c: po. Rr. Barrikadave 4, Tirane. Ardit 069 123 4567",
            "m: Faleminderit! Dërgesa 2-3 ditë.",
        ),
    ),
    (
        BIKES,
        (
            "c: hi, I need inner tubes 26 inch presta",
            "m: How many?",
            "c: 3 please",
            "m: So: 3 kamerdare presta, total 18€. Address?",
            "c: yes. Rr. Kavajes 11, Tirane. Erion 068 765 4321",
        ),
    ),
    (
        BEAUTY,
        (
            "c: Hallo, ich möchte Krem fytyre für trockene Haut und 2 Buzëkuq mat nude",
            "m: Danke! Wohin sollen wir liefern?",
            "c: Rr. Durresit 9, Tirane. Elira 067 222 1100",
        ),
    ),
    (
        BEAUTY,
        (
            "c: ciao, vorrei 2 sapun natyral",
            "m: Grazie, il suo indirizzo?",
            "c: Rruga e Elbasanit 7, Tirane. Giulia 069 333 4455",
            "m: Pra: 2 sapun natyral. Ok?",
            "c: perfetto",
        ),
    ),
    (
        BALLOONS,
        (
            "c: dua balona shkronja ANA dhe numrin 30",
            "m: Ok, 3 copë. Emri?",
            "c: po. Rr. Myslym Shyri 2, Tirane. Besa 069 999 8877",
        ),
    ),
)


@pytest.mark.parametrize("shop,lines", CONVERSATIONS)
def test_a_parse_is_the_long_ways(
    shop: Any, lines: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every merchant message read with a fresh reader (the long way) gives the same order."""
    short = parse(*lines, catalog=shop)
    monkeypatch.setattr(restated_order, "_may_name_goods", lambda index, lines: True)
    long_way = parse(*lines, catalog=shop)
    assert repr(short) == repr(long_way)


def _fresh_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sentences ``merchant``'s fresh readers read (each ``ItemReader`` built after the
    conversation's own reader)."""
    read: list[str] = []
    real = items_module.ItemReader.read
    readers: list[int] = []
    real_init = items_module.ItemReader.__init__

    def init(self: Any, index: Any) -> None:
        real_init(self, index)
        readers.append(id(self))

    def counting(self: Any, sent: Any, commit: bool) -> bool:
        if readers and id(self) != readers[0]:
            read.append(sent.raw)
        return real(self, sent, commit)

    monkeypatch.setattr(items_module.ItemReader, "__init__", init)
    monkeypatch.setattr(items_module.ItemReader, "read", counting)
    return read


def test_a_message_naming_no_goods_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cosmetics shop: "Danke! Wohin sollen wir liefern?" names no product, so no fresh
    reader reads it; the customer's lines are the order as before."""
    shop, lines = CONVERSATIONS[2]
    before = parse(*lines, catalog=shop)
    read = _fresh_reads(monkeypatch)
    after = parse(*lines, catalog=shop)
    assert repr(after) == repr(before)
    assert read == []
    assert item_lines(after) == [("CREAM", 1, "lëkurë e thatë"), ("LIP", 2, "nude")]


def test_a_restatement_is_still_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bicycle shop: "Pra 2 helmetë M dhe 1 drita LED. Adresa?" names goods and is read by
    a fresh reader; the closing "Faleminderit! Dërgesa 2-3 ditë." is not."""
    shop, lines = CONVERSATIONS[0]
    read = _fresh_reads(monkeypatch)
    order = parse(*lines, catalog=shop)
    assert any("helmetë" in r for r in read)
    assert not any("Faleminderit" in r or "Dërgesa" in r for r in read)
    assert sorted(item_lines(order)) == [("HELM", 2, "M"), ("LAMP", 1, None)]


def test_a_spelled_shop_reads_every_stating_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The balloon shop sells letters one at a time: a fresh reader may make lines from the
    letters alone, so its merchant lines are read the long way, "Ok, 3 copë" too, though it
    names no product."""
    shop, lines = CONVERSATIONS[4]
    index = index_for(shop)
    assert index.spelled
    assert _may_name_goods(index, [s for s in split_sentences(0, "Po. Ok") if s.toks])
    read = _fresh_reads(monkeypatch)
    order = parse(*lines, catalog=shop)
    assert any("copë" in r for r in read)
    assert item_lines(order) == [("LET", 2, "A"), ("LET", 1, "N"), ("NUM", 1, "3"), ("NUM", 1, "0")]


# -- match_variant: the call with ``prefer`` after one that had no candidate ---------------

# a paint shop: colours in two sheens and sizes; a tie between sheens needs the current one
PAINT = catalog_of(
    ("WALL", "Bojë muri", "25", ("E bardhë mat 5 L", "E bardhë satin 5 L", "Gri mat 5 L")),
    ("ROLL", "Rul bojë", "7", ("18 cm", "25 cm")),
)

WINDOWS = (
    "ok faleminderit",
    "danke schön",
    "grazie mille",
    "e bardhe",
    "satin",
    "mat",
    "the grey one",
    "25 cm please",
    "bone gri",
    "jo, satin",
)


def test_no_candidate_means_the_preferred_call_finds_none() -> None:
    """The long way: where ``match_variant`` found no candidate (``no_candidate``), the same
    window asked with each variant as ``current`` and then as ``prefer`` answers None both
    times; where a candidate tied, ``prefer`` may settle it (and no fact is noted)."""
    from plugins.parser_rules import memo
    from plugins.parser_rules.variants import match_variant, no_candidate

    noted: list[str] = []

    @memo.per_conversation
    def check() -> None:
        for shop in (PAINT, BIKES, BEAUTY):
            for entry in index_for(shop).products:
                specs = entry.specs
                for text in WINDOWS:
                    toks = [t for s in split_sentences(0, text) for t in s.toks]
                    n = len(toks)
                    for cur in range(len(specs)):
                        first = match_variant(specs, toks, 0, n, current=cur)
                        if first is None and no_candidate(specs, toks, 0, n, None):
                            noted.append(text)
                            assert match_variant(specs, toks, 0, n, prefer=cur) is None
                            assert (
                                match_variant(
                                    specs, toks, 0, n, prefer=cur, among=frozenset({0, 1})
                                )
                                is None
                            )

    check()
    assert "ok faleminderit" in noted and "danke schön" in noted
    # outside a conversation nothing is noted: the caller does the work
    assert not no_candidate(index_for(PAINT).products[0].specs, [], 0, 0, None)


@pytest.mark.parametrize("said", ["c: 5 L", "c: jo, mat", "c: ne fakt gri"])
def test_a_tie_is_still_settled_by_the_current_variant(
    said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The paint shop: white satin ordered. "5 L" fits all three paints alike (a tie): the
    call with the current variant as ``prefer`` is still made and keeps the white satin;
    "ok faleminderit" after it names no variant, so that call is not made; the long way
    (``no_candidate`` always False) makes it and gives the same order."""
    from plugins.parser_rules import corrections

    lines = (
        "c: pershendetje, dua 2 boje muri e bardhe satin 5 L",
        "m: Po, e kemi. Dicka tjeter?",
        said,
        "c: ok faleminderit. Rr. Dibres 12, Tirane. Dritan 069 444 5566",
    )
    before = parse(*lines, catalog=PAINT)
    real = corrections.match_variant

    def asked(short: bool) -> list[str]:
        preferred: list[str] = []

        def counting(specs: Any, toks: Any, lo: int, hi: int, *args: Any, **kw: Any) -> Any:
            if kw.get("prefer") is not None and lo == 0 and hi == len(toks):
                preferred.append(" ".join(t.text for t in toks))
            return real(specs, toks, lo, hi, *args, **kw)

        monkeypatch.setattr(corrections, "match_variant", counting)
        if not short:
            monkeypatch.setattr(corrections, "no_candidate", lambda *a: False)
        assert repr(parse(*lines, catalog=PAINT)) == repr(before)
        return preferred

    short = asked(True)
    assert not any(p.startswith("ok faleminderit") for p in short), short
    assert ("5 l" in short) == (said == "c: 5 L")
    assert any(p.startswith("ok faleminderit") for p in asked(False))
    if said == "c: 5 L":
        assert item_lines(before) == [("WALL", 2, "E bardhë satin 5 L")]
