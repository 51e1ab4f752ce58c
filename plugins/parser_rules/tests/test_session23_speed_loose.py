"""Session 23 speed pass on the loose reader (``corrections._loose``): the same answers with
less work.

``_loose`` reads a sentence that names no product against the lines already ordered ("ok
faleminderit", "edhe" alone before "edhe dy X", "make it 3"). Three of its readers now refuse
first with a cheap test:

- ``_loose_quantity`` keeps a word as a count only when it has a number value in 1..MAX_QTY:
  it now asks that first, before the pure tests of what a number counts (``not_a_count``,
  ``for_purpose``, ``glued``, ``_label``), so a word that is no number is not read by them;
- ``_loose_split`` reads a piece only when it holds a number or a half, and ``_counts_after``
  needs a count: a sentence with neither (``_numbered``) reads no piece;
- after a lone "also" with nothing after it, the window after it is empty: ``match_variant``
  answers None there for every item, so it is not asked.

Each test compares a shortcut with the long way and checks that the work skipped is skipped.
The shops and messages are invented: a stationery shop, a garden centre, a tea shop.
"""

from __future__ import annotations

from typing import Any

import pytest

from plugins.parser_rules import corrections
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.corrections import _counts_after, _numbered
from plugins.parser_rules.item_state import MAX_QTY
from plugins.parser_rules.lexicon import lexicon
from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.numbers import number_value
from plugins.parser_rules.quantities import split_at_numbers
from plugins.parser_rules.segments import Sentence, split_sentences
from plugins.parser_rules.tests.conftest import catalog_of, parse
from plugins.parser_rules.tests.conftest import items as item_lines
from plugins.parser_rules.variants import match_variant

# a stationery shop: notebooks by size, pens by colour, paper in reams
STATIONERY = catalog_of(
    ("NOTE", "Fletore me spirale", "3", ("A5", "A4")),
    ("PEN", "Stilolaps xhel", "1", ("blu", "e zezë", "e kuqe")),
    ("PAPER", "Letër fotokopje 80 g", "6", ()),
)

# a garden centre: seeds by kind, soil in sacks, pots by size
GARDEN = catalog_of(
    ("SEED", "Fara domatesh", "2", ("qershi", "kaubojse")),
    ("SOIL", "Dhe universal", "7", ("20 l", "50 l")),
    ("POT", "Vazo plastike", "4", ("S", "M", "L")),
)

# a tea shop: loose tea by weight, cups by colour
TEA = catalog_of(
    ("GREEN", "Çaj jeshil", "5", ("100 g", "250 g")),
    ("CUP", "Filxhan porcelani", "8", ("e bardhë", "gri")),
)

SHOPS = (STATIONERY, GARDEN, TEA)

SENTENCES = (
    "ok faleminderit",
    "ok flm shume",
    "po ajo",
    "edhe",
    "dhe",
    "also",
    "und auch",
    "anche",
    "perfetto grazie",
    "danke schön",
    "thanks a lot",
    "e bardha",
    "te zezen ju lutem",
    "bone 3",
    "make it two",
    "dy blu e nje te zeze",
    "gjysem kile",
    "nga dy te dyja",
    "2 te kuqe, 3 blu",
    "A5 3 cope e A4 2",
    "doch lieber drei",
    "ne fakt 4",
)


def _sentences() -> list[Sentence]:
    return [s for i, text in enumerate(SENTENCES) for s in split_sentences(i, text)]


# -- _loose_split: no piece without a number or a half -------------------------------------


def test_numbered_is_a_number_or_a_half_in_the_sentence() -> None:
    half = lexicon().half_words
    for sent in _sentences():
        assert _numbered(sent) == any(
            number_value(t.text) is not None or t.text in half for t in sent.toks
        )
    said = {s.raw: _numbered(s) for s in _sentences()}
    assert not said["ok faleminderit"] and not said["edhe"] and not said["danke schön"]
    assert said["bone 3"] and said["make it two"] and said["gjysem kile"]


def test_a_sentence_without_a_number_has_no_piece_the_split_reads() -> None:
    """The long way: ``_loose_split``'s loop reads only a piece holding a number or a half,
    and ``_counts_after`` finds no count: both give nothing where ``_numbered`` is False."""
    half = lexicon().half_words
    for shop in SHOPS:
        index = index_for(shop)
        for sent in _sentences():
            if _numbered(sent):
                continue
            for a, b in split_at_numbers(sent, 0, len(sent.toks)):
                assert not any(
                    number_value(t.text) is not None or t.text in half for t in sent.toks[a:b]
                )
            for p in index.products:
                assert _counts_after(sent, p.specs, set(), None) == []


CONVERSATIONS = (
    (
        STATIONERY,
        (
            "c: pershendetje, dua 2 fletore me spirale A4 dhe stilolapsa",
            "m: Po. Stilolapsat i kemi blu, te zeze, te kuqe",
            "c: dy blu e nje te zeze",
            "c: ok faleminderit. Rr. Myslym Shyri 5, Tirane. Ana 069 222 3344",
        ),
    ),
    (
        GARDEN,
        (
            "c: Hallo, ich brauche Fara domatesh qershi",
            "m: Sa pako?",
            "c: 3",
            "c: und auch Vazo plastike, M",
            "m: Ok.",
            "c: danke schön. Rr. Kavajes 20, Tirane. Luan 068 555 1122",
        ),
    ),
    (
        TEA,
        (
            "c: ciao, vorrei un filxhan porcelani",
            "m: E bardhë apo gri?",
            "c: gri, e anche çaj jeshil 250 g",
            "c: perfetto grazie. Rr. Durresit 8, Tirane. Sara 067 888 9900",
        ),
    ),
    (
        STATIONERY,
        (
            "c: i need notebooks A5 and pens",
            "m: how many?",
            "c: 4 A5, and the pens 2 blue 1 red",
            "c: thanks a lot. Rr. Elbasanit 3, Tirane. Mark 069 111 0000",
        ),
    ),
)


@pytest.mark.parametrize("shop,lines", CONVERSATIONS)
def test_a_parse_splits_as_the_long_way(
    shop: Any, lines: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every sentence read as numbered (the long way) gives the same order."""
    short = parse(*lines, catalog=shop)
    monkeypatch.setattr(corrections, "_numbered", lambda sent: True)
    long_way = parse(*lines, catalog=shop)
    assert repr(short) == repr(long_way)


def test_ok_thanks_is_not_split(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stationery shop: "ok faleminderit" after the pens is not cut into pieces; "dy blu e
    nje te zeze" still is."""
    shop, lines = CONVERSATIONS[0]
    fresh = parse(*lines, catalog=shop)
    asked: list[str] = []
    real = corrections.split_at_numbers

    def counting(sent: Sentence, start: int, stop: int, specs: Any = ()) -> Any:
        asked.append(" ".join(t.text for t in sent.toks))
        return real(sent, start, stop, specs)

    monkeypatch.setattr(corrections, "split_at_numbers", counting)
    again = parse(*lines, catalog=shop)
    assert repr(again) == repr(fresh)
    assert not any(a.startswith("ok faleminderit") for a in asked)
    assert all(any(number_value(w) is not None for w in a.split()) for a in asked), asked


# -- _loose_quantity: a count is a number first --------------------------------------------


def test_what_a_number_counts_is_asked_only_of_a_number(monkeypatch: pytest.MonkeyPatch) -> None:
    """``not_a_count``, ``for_purpose`` and ``glued`` are asked by ``_loose_quantity`` only of
    a word with a number value that may be a count; the order is the one read before."""
    asked: list[str] = []

    def spy(name: str) -> Any:
        real = getattr(corrections, name)

        def run(sent: Sentence, k: int, *rest: Any) -> Any:
            asked.append(sent.toks[k].text)
            return real(sent, k, *rest)

        return run

    for shop, lines in CONVERSATIONS:
        fresh = parse(*lines, catalog=shop)
        with monkeypatch.context() as mp:
            for name in ("not_a_count", "for_purpose", "glued"):
                mp.setattr(corrections, name, spy(name))
            again = parse(*lines, catalog=shop)
        assert repr(again) == repr(fresh)
    for w in asked:
        v = number_value(w)
        assert v is not None and 1 <= v <= MAX_QTY, w


def test_a_bare_count_still_sets_the_line() -> None:
    """The garden centre: "3" after "Sa pako?" counts the seeds; the tea shop's "perfetto
    grazie" changes no count."""
    order = parse(*CONVERSATIONS[1][1], catalog=GARDEN)
    assert ("SEED", 3, "qershi") in item_lines(order)
    tea = parse(*CONVERSATIONS[2][1], catalog=TEA)
    assert sorted(item_lines(tea)) == [("CUP", 1, "gri"), ("GREEN", 1, "250 g")]


# -- a lone "also": no variant over an empty window ----------------------------------------


def test_an_empty_window_names_no_variant() -> None:
    """The long way: ``match_variant`` over toks[n:n] answers None for any product's variants,
    so the items the "also" loop would try are all passed over."""
    for shop in SHOPS:
        index = index_for(shop)
        for text in SENTENCES:
            toks = tokenize(text)
            for p in index.products:
                for n in range(len(toks) + 1):
                    assert match_variant(p.specs, toks, n, n) is None
                    for vi in range(len(p.specs)):
                        assert match_variant(p.specs, toks, n, n, prefer=vi) is None


@pytest.mark.parametrize(
    "last",
    ["c: edhe dy stilolapsa te kuq", "c: and also two pens red", "c: edhe 2 stilolapsa blu"],
)
def test_also_alone_asks_no_empty_window(last: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stationery shop: "edhe" before the pens it adds is read against the notebooks
    without asking ``match_variant`` over the nothing after it; the order is as before."""
    lines = (
        "c: pershendetje, dua 2 fletore me spirale A4",
        "m: Po, i kemi. Dicka tjeter?",
        last,
        "c: flm. Rr. Myslym Shyri 5, Tirane. Ana 069 222 3344",
    )
    fresh = parse(*lines, catalog=STATIONERY)
    windows: list[tuple[int, int]] = []
    real = corrections.match_variant

    def counting(specs: Any, toks: Any, lo: int, hi: int, *rest: Any, **kw: Any) -> Any:
        windows.append((lo, hi))
        return real(specs, toks, lo, hi, *rest, **kw)

    monkeypatch.setattr(corrections, "match_variant", counting)
    again = parse(*lines, catalog=STATIONERY)
    assert repr(again) == repr(fresh)
    assert windows and all(lo < hi for lo, hi in windows)
    assert ("NOTE", 2, "A4") in item_lines(fresh)
