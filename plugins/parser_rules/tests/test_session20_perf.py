"""Session 20 speed pass: the same answers with less work. A "no problem, then" opener found by
looking each cut of the first words up in the preface set (``merchant_lines._preface_then``); the
merchant's variant read for a switch only when another product could take the line
(``_switch_by_variant``); an inflection ending found by one slice per ending length
(``normalize.stem``); ``measure_at`` and ``_clock`` asked only for the tokens that can start a
measure or tell the hour (``numbers.find_measures``, ``variants.match_variant``). Each test
checks the answers against the code replaced, and that the work skipped is skipped. The shops
and sentences are invented."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import pytest

from plugins.parser_rules import merchant_lines, normalize, numbers, variants
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.items import ItemReader
from plugins.parser_rules.merchant_lines import _PREFACES, _THEN, _preface_then
from plugins.parser_rules.normalize import _SUFFIXES, Token, stem, tokenize
from plugins.parser_rules.numbers import find_measures, measure_at
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.tests.conftest import catalog_of
from plugins.parser_rules.variants import match_variant, variant_spec

# --- "no problem, then 3 ...": each cut of the first words looked up --------------------------


def _preface_then_before(words: tuple[str, ...]) -> bool:
    """The code replaced: every preface compared with the first words."""
    return any(
        len(words) > len(p) and words[: len(p)] == p and words[len(p)] in _THEN for p in _PREFACES
    )


class _NoWalk(frozenset[tuple[str, ...]]):
    """The preface set, looked up but never walked."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        raise AssertionError("the prefaces were walked one by one")


_OPENERS = [
    "Pa problem, atehere 3 kuti caji",
    "No problem, so 2 lamps in green",
    "Nessun problema, allora 4 tazze",
    "Ok atehere 2 copë",
    "Faleminderit, 250 lek",
    "so",
    "",
    "Kein Problem, also zwei Kannen",
]


@pytest.mark.parametrize("text", _OPENERS)
def test_preface_then_answers_as_the_walk_over_every_preface(text: str) -> None:
    for sent in split_sentences(0, text) or []:
        words = tuple(t.text for t in sent.toks[:4])
        assert _preface_then(sent) == _preface_then_before(words)


def test_preface_then_looks_the_set_up_instead_of_walking_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(merchant_lines, "_PREFACES", _NoWalk(_PREFACES))
    answers = [_preface_then(s) for text in _OPENERS for s in split_sentences(0, text)]
    # an opener of the lexicon is still found ("no problem" then "so")
    assert any(answers)


# --- the merchant's variant read for a switch only when a rival product exists -----------------

_TEA_SHOP = catalog_of(
    ("KP1", "Kupë çaji Lumi", "600", ("e bardhë", "blu")),
    ("TJ2", "Tenxhere gize Borë", "2500", ("20 cm", "24 cm")),
    ("LG3", "Lugë druri Pyll", "150", ()),
)


def test_no_variant_is_read_for_a_switch_when_no_other_product_fits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reader = ItemReader(index_for(_TEA_SHOP))
    for s in split_sentences(0, "dua nje kupe caji lumi"):
        reader.read(s, commit=True)
    assert [it.product for it in reader.state.items] == [0]
    asked: list[object] = []

    def counted(*args: object, **kwargs: object) -> object:
        asked.append(args)
        return match_variant(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(merchant_lines, "match_variant", counted)
    for s in split_sentences(1, "Po, e kemi ne blu."):
        reader._switch_by_variant(s)
    # no product but the one read holds the words said: nothing to switch to, nothing read
    assert asked == []
    assert [(it.product, it.variant) for it in reader.state.items] == [(0, None)]


# --- an inflection ending, one slice per length ------------------------------------------------


def _stem_before(word: str, floor: int | None = None) -> str:
    """The code replaced: every ending tried with ``endswith``, in the list's order."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if floor is None:
        floor = 3 if len(word) <= 4 else 4
    w = word[:-3] + "f" if len(word) > 5 and word.endswith("ves") else word
    changed = True
    while changed:
        changed = False
        for suffix in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= floor:
                w = w[: -len(suffix)]
                changed = True
                break
    return w


def test_the_endings_are_grouped_by_length_longest_first() -> None:
    by_length = normalize._SUFFIXES_BY_LENGTH
    lengths = [n for n, _ends in by_length]
    assert lengths == sorted(set(lengths), reverse=True)
    assert {s for _n, ends in by_length for s in ends} == set(_SUFFIXES)
    assert all(len(s) == n for n, ends in by_length for s in ends)


def test_stem_answers_as_every_ending_tried_in_turn() -> None:
    roots = ["kupe", "tenxher", "lug", "gjerdan", "scarves", "knive", "ab", "xyz", "çajnik"]
    words = {
        root + a + b for root in roots for a, b in itertools.product(("", *_SUFFIXES), repeat=2)
    }
    words |= {"fustanin", "bluzat", "zezat", "kupat", "tenxheret", "lugët", "123", "e2e"}
    for w in sorted(words):
        for floor in (None, 3, 4):
            assert stem.__wrapped__(w, floor) == _stem_before(w, floor), (w, floor)


# --- measure_at and _clock asked only where they can answer ------------------------------------


def test_find_measures_asks_measure_at_only_where_a_measure_can_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    toks = tokenize("dua dy kavanoza mjalte nga gjysem kile dhe nje shishe vaj 1 litersh")
    plain = find_measures(toks)
    asked: list[int] = []

    def counted(tk: Sequence[Token], i: int) -> object:
        asked.append(i)
        return measure_at(tk, i)

    monkeypatch.setattr(numbers, "measure_at", counted)
    assert find_measures(toks) == plain
    assert plain  # "gjysem kile", "1 litersh" are measures
    # "dua", "kavanoza", "mjalte", "dhe", "shishe", "vaj" start none: not asked
    assert 0 not in asked and len(asked) < len(toks) - 3


def test_match_variant_asks_for_the_hour_only_at_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    specs = tuple(variant_spec(v) for v in ("e bardhë", "blu", "20 cm"))
    cases = ["dua nje blu", "e bardha ju lutem", "20 cm pas ora 5", "nje te bardhe dhe 2 blu"]
    plain = [match_variant(specs, tokenize(t), 0, 99) for t in cases]
    asked: list[str] = []
    clock = variants._clock

    def counted(tk: Sequence[Token], i: int) -> bool:
        asked.append(tk[i].text)
        return clock(tk, i)

    monkeypatch.setattr(variants, "_clock", counted)
    assert [match_variant(specs, tokenize(t), 0, 99) for t in cases] == plain
    assert asked and all(w.isdigit() for w in asked)
