"""Session 23 speed pass on the item reader: the same answers with less work.

``numbers.find_measures`` is asked again for the same tokens by the mentions, the corrections,
the variants and the merchant's lines: its answer is kept in the conversation's memo.
``quantities.not_a_count`` is asked again for the same number of one sentence: its answer is
kept on the sentence, and so is ``pack_size``'s. ``pack_size``, ``pack_counts``,
``items._for_each`` and ``corrections._old_value_tokens`` walk a sentence's tokens only when
one of their trigger words is in it. ``ItemReader._note_unnamed`` asks ``unnamed_segments``
only when the sentence holds a word that reader could count as goods. Each test compares a
shortcut with the long way and checks that the work skipped is skipped. The shops and
messages are invented: a hardware store, a bakery, a florist, a pet shop.
"""

from __future__ import annotations

from typing import Any

import pytest

from plugins.parser_rules import corrections, items, numbers, quantities
from plugins.parser_rules.catalog_match import function_words, index_for
from plugins.parser_rules.items import _PURPOSE, ItemReader, _for_each
from plugins.parser_rules.memo import per_conversation
from plugins.parser_rules.merchant_lines import unnamed_segments
from plugins.parser_rules.normalize import fold, tokenize
from plugins.parser_rules.segments import Sentence, split_sentences
from plugins.parser_rules.tests.conftest import catalog_of, parse
from plugins.parser_rules.tests.conftest import items as item_lines

# a hardware store: nails by weight, cable by the metre, screws in cartons
HARDWARE = catalog_of(
    ("NAIL", "Gozhdë çeliku", "3", ("500 g", "1 kg")),
    ("CABLE", "Kabllo elektrike 2.5 mm", "1", ()),
    ("SCREW", "Vida druri (kuti 100 copë)", "4", ()),
    ("GLUE", "Ngjitës universal", "5", ("125 ml", "250 ml")),
)

# a bakery: cakes by size, bread, biscuits by weight
BAKERY = catalog_of(
    ("CAKE", "Torte me çokollatë", "25", ("e vogël", "e madhe")),
    ("BREAD", "Bukë fshati", "1", ()),
    ("BISC", "Biskota me gjalpë", "6", ("250 g", "500 g")),
)

# a florist: roses by colour, pots by size
FLORIST = catalog_of(
    ("ROSE", "Trëndafil", "2", ("e kuqe", "e bardhë", "rozë")),
    ("POT", "Vazo qeramike", "12", ("14 cm", "21 cm")),
)

# a pet shop: food in sacks, litter, a leash
PETS = catalog_of(
    ("FOOD", "Ushqim qeni", "20", ("3 kg", "10 kg")),
    ("LITTER", "Rërë mace", "8", ()),
    ("LEASH", "Zinxhir qeni", "9", ("S", "M", "L")),
)

SENTENCES = (
    "dua 2 kile gozhde dhe gjysem kile tjeter",
    "1/2 kg gozhda, 3 metra kabllo 2.5 mm dhe nje koli me 12 cope",
    "half a kilo of nails and 250 ml glue, thanks",
    "mezzo chilo di chiodi e due litri di colla",
    "ein halbes Kilo Nägel und 2 Kartons Schrauben, je 100 Stück",
    "biskota 500 g x2 dhe nje torte e madhe per 8 veta",
    "jo te kuqe, me mire 5 te bardha dhe nje vazo 21 cm",
    "statt der roten lieber weiße Rosen, nicht so groß",
    "ushqim qeni 10 kg, 2 thase, jo 3 kg",
    "ok flm",
    "Rr. Kavajes 12, kati 3, ap. 6",
    "nga dy per secilin dhe 3 per 10-11 vjec",
    "2500 yerine 3000 olsun",
    "ne crni nego beli, 2 kom",
)


def _sentences() -> list[Sentence]:
    return [s for i, text in enumerate(SENTENCES) for s in split_sentences(i, text)]


# -- find_measures: kept per conversation --------------------------------------------------


@pytest.mark.parametrize("text", SENTENCES)
def test_measures_are_the_ones_read_token_by_token(text: str) -> None:
    """Inside and outside a conversation's memo, asked once or twice, the answer is the walk's."""
    toks = tokenize(fold(text))
    walked = numbers._find_measures(toks)
    assert numbers.find_measures(toks) == walked

    @per_conversation
    def twice() -> tuple[list[numbers.Measure], list[numbers.Measure]]:
        return numbers.find_measures(toks), numbers.find_measures(list(toks))

    first, second = twice()
    assert first == second == walked


def test_measures_of_the_same_tokens_are_read_once_per_conversation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The hardware store's "2 kile gozhdë, gjysëm kile tjetër" is walked once in a
    conversation, and each caller gets a list of its own."""
    calls: list[int] = []
    walk = numbers._find_measures

    def counting(toks: Any) -> Any:
        calls.append(1)
        return walk(toks)

    monkeypatch.setattr(numbers, "_find_measures", counting)
    toks = tokenize(fold("2 kile gozhdë, gjysëm kile tjetër"))

    @per_conversation
    def asked() -> list[list[numbers.Measure]]:
        out = [numbers.find_measures(toks) for _ in range(3)]
        out[0].clear()  # a caller changing its list changes no other answer
        out.append(numbers.find_measures(toks))
        return out

    answers = asked()
    assert calls == [1]
    assert answers[1] == answers[2] == answers[3] == walk(toks)
    assert [(m.unit, m.amount) for m in answers[3]] == [("g", 2000.0), ("g", 500.0)]


def test_a_parse_measures_as_before() -> None:
    """The bakery's biscuits by weight: the order the memo'd measures give."""
    order = parse(
        "c: pershendetje, dua biskota me gjalpe 500 g dhe nje torte me cokollate te vogel",
        "m: Po, i kemi. Adresa?",
        "c: Rr. Durresit 40, Tirane. Arta 069 444 5566",
        catalog=BAKERY,
    )
    assert sorted(item_lines(order)) == [("BISC", 1, "500 g"), ("CAKE", 1, "e vogël")]


# -- not_a_count and pack_size: kept on the sentence ---------------------------------------


def test_not_a_count_is_the_long_way_for_every_number() -> None:
    for sent in _sentences():
        for k in range(len(sent.toks)):
            for named in (False, True):
                long_way = quantities._not_a_count(sent, k, named)
                assert quantities.not_a_count(sent, k, named) is long_way
                assert quantities.not_a_count(sent, k, named) is long_way  # from the sentence


def test_not_a_count_reads_a_number_of_a_sentence_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pet shop's "ushqim qeni 10 kg, 2 thase": each (number, named) is read once."""
    seen: list[tuple[int, bool]] = []
    long_way = quantities._not_a_count

    def counting(sent: Sentence, k: int, named: bool = False) -> bool:
        seen.append((k, named))
        return long_way(sent, k, named)

    monkeypatch.setattr(quantities, "_not_a_count", counting)
    sent = split_sentences(0, "ushqim qeni 10 kg, 2 thase per 3 muaj")[0]
    for _ in range(3):
        for k in range(len(sent.toks)):
            quantities.not_a_count(sent, k)
    quantities.not_a_count(sent, 4, True)
    assert len(seen) == len(set(seen)) == len(sent.toks) + 1
    fresh = split_sentences(1, "ushqim qeni 10 kg, 2 thase per 3 muaj")[0]
    assert [quantities.not_a_count(fresh, k) for k in range(len(fresh.toks))] == [
        long_way(sent, k) for k in range(len(sent.toks))
    ]


def _old_pack_size(sent: Sentence) -> int | None:
    """``pack_size`` as it was: every token walked."""
    toks = sent.toks
    n = len(toks)
    for k, t in enumerate(toks):
        if t.text not in quantities.BULK_PACKS:
            continue
        j = k + 1
        has = j < n and toks[j].text in quantities._PACK_HAS
        if j < n and (toks[j].text in quantities._PACK_OF or has):
            j += 1
        v = numbers.number_value(toks[j].text) if j < n and toks[j].text[:1].isdigit() else None
        if v is not None and 2 <= v <= 200 and v == int(v):
            after = toks[j + 1].text if j + 1 < n else ""
            if (
                quantities._pieces(after)
                or j > k + 1
                and not has
                and numbers.unit_of(after) is None
            ):
                return int(v)
        b = k - 1
        if b >= 0 and toks[b].text in quantities._PACK_PER:
            b -= 1
        if b >= 1 and quantities._pieces(toks[b].text):
            w = numbers.number_value(toks[b - 1].text) if toks[b - 1].text[:1].isdigit() else None
            if w is not None and 2 <= w <= 200 and w == int(w):
                return int(w)
    return None


def _old_pack_counts(sent: Sentence) -> set[int]:
    toks = sent.toks
    out: set[int] = set()
    for k in range(len(toks) - 1):
        if toks[k + 1].text in quantities.BULK_PACKS:
            v = numbers.number_value(toks[k].text)
            if v is not None and 1 <= v <= quantities.MAX_QTY and v == int(v):
                out.add(int(v))
    return out


CARTONS = (
    "koli me 12 cope vida",
    "Koli 24 copë, sa kushton?",
    "a carton of 10 and 3 cartons of nails",
    "Karton mit 50 Stück, zwei Kartons bitte",
    "12 pezzi per cartone, 2 cartoni",
    "nje karton ka 10 kuti",
    "dua 2 koli",
    "sa kushton gozhda?",
)


@pytest.mark.parametrize("text", CARTONS + SENTENCES)
def test_cartons_are_read_as_the_walk_read_them(text: str) -> None:
    for sent in split_sentences(0, text):
        assert quantities.pack_size(sent) == _old_pack_size(sent)
        assert quantities.pack_size(sent) == _old_pack_size(sent)  # from the sentence
        assert quantities.pack_counts(sent) == _old_pack_counts(sent)


def test_a_sentence_without_a_carton_word_is_not_walked_for_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "3 copë vida dhe 2 kg gozhdë" names no carton: no word of it is asked whether it counts
    pieces; "koli me 12 copë" still gives 12."""

    def no_pieces(word: str) -> bool:
        raise AssertionError("a word was read for pieces")

    monkeypatch.setattr(quantities, "_pieces", no_pieces)
    sent = split_sentences(0, "3 copë vida dhe 2 kg gozhdë")[0]
    assert quantities.pack_size(sent) is None and quantities.pack_counts(sent) == set()
    monkeypatch.undo()
    assert quantities.pack_size(split_sentences(1, "koli me 12 copë")[0]) == 12


# -- _for_each: its trigger words first ----------------------------------------------------


def _old_for_each(sent: Sentence) -> bool:
    toks = sent.toks
    if any(t.text in items._EACH_DATIVE for t in toks):
        return True
    return any(
        toks[k].text in _PURPOSE and toks[k + 1].text in items._EACH_ONE
        for k in range(len(toks) - 1)
    )


EACH = (
    "nga nje pale secilit",
    "nga dy per secilin",
    "one set for each",
    "una per ciascuno",
    "je eine für jeden",
    "per te dy",
    "for the dog",
)


@pytest.mark.parametrize("text", EACH + SENTENCES)
def test_for_each_is_read_as_before(text: str) -> None:
    for sent in split_sentences(0, text):
        assert _for_each(sent) == _old_for_each(sent)


# -- _old_value_tokens: walked only beside a "not" or an "instead" -------------------------


class _Every(frozenset[str]):
    """A word set every sentence meets: the reader walks every sentence as it did before."""

    def isdisjoint(self, other: Any) -> bool:
        return False


OLD_VALUES = (
    "jo te kuqe, te bardha",
    "te zezen jo, vetem rozen",
    "32, jo me mire 34",
    "not the 14 cm, the 21 cm one",
    "statt der roten lieber weiße Rosen",
    "non la rossa, la bianca",
    "ne crni nego beli",
    "2500 yerine 3000 olsun",
    "büyük değil, küçük",
    "jo jo, te kuqe",
    "46 më vjen e ngushtë",
    "s'duhen dy te vogla, ço nje te madhe",
    "ok flm",
    "dua 3 trendafila roze",
)


@pytest.mark.parametrize("text", OLD_VALUES + SENTENCES)
def test_old_values_are_the_ones_the_walk_found(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The florist's corrections: the tokens named as the old value, with and without the
    trigger-word test."""
    reader = ItemReader(index_for(FLORIST))
    for sent in split_sentences(0, text):
        found = reader._old_value_tokens(sent)
        with monkeypatch.context() as m:
            m.setattr(corrections, "_OLD_VALUE_WORDS", _Every())
            assert reader._old_value_tokens(sent) == found


def test_a_sentence_without_a_no_is_not_walked_for_old_values(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "dua 3 trëndafila rozë" has no "not", "instead" or postposed "not": the readers of a
    "no" opening the sentence are not asked."""

    def no(*a: Any) -> bool:
        raise AssertionError("the sentence was walked for a no")

    monkeypatch.setattr(corrections, "_no_then_breakdown", no)
    monkeypatch.setattr(corrections, "_no_then_new_count", no)
    reader = ItemReader(index_for(FLORIST))
    assert reader._old_value_tokens(split_sentences(0, "dua 3 trëndafila rozë")[0]) == set()
    with pytest.raises(AssertionError):
        reader._old_value_tokens(split_sentences(0, "jo 8 roze e 4 te bardha")[0])


def test_a_parse_with_a_refused_colour_is_as_before() -> None:
    order = parse(
        "c: pershendetje, dua 5 trendafila",
        "m: Cfare ngjyre? Kemi te kuqe, te bardhe, roze.",
        "c: jo te kuqe, te bardha. Rr. Elbasanit 7, Tirane. Blerta 068 111 2233",
        catalog=FLORIST,
    )
    assert item_lines(order) == [("ROSE", 5, "e bardhë")]


# -- _note_unnamed: unnamed_segments only where a word may name goods ----------------------

UNNAMED = (
    "dhe keto luget e pirunjte",
    "e un mulinello grande",
    "the stuff against ticks",
    "und noch ein Hundebett",
    "ok flm",
    "po, 2",
    "Pershendetje",
    "sa kushton?",
    "dua 2 thase ushqim qeni",
    "faleminderit shume",
)


@pytest.mark.parametrize("text", UNNAMED + SENTENCES)
def test_no_unnamed_goods_where_no_word_can_name_them(text: str) -> None:
    """Where no word of 5+ letters is a word of goods, ``unnamed_segments`` (the long way) finds
    no part: the shortcut loses nothing."""
    index = index_for(PETS)
    fw = function_words()
    for sent in split_sentences(0, text):
        may = any(
            len(t.text) >= 5
            and t.text.isalpha()
            and t.text not in fw
            and t.text not in items._GREETING_WORDS
            for t in sent.toks
        )
        if not may:
            assert unnamed_segments(index, sent, [], [])[0] == 0


def test_a_short_answer_is_not_read_for_unnamed_goods(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pet shop: "po, 2" after an order is not read for goods the catalog lacks; "und noch
    ein Hundebett" still is, and the whole order is the one read before."""
    lines = (
        "c: dua ushqim qeni 10 kg",
        "m: Sa thase?",
        "c: po, 2",
        "c: und noch ein Hundebett",
        "m: Hundebett kemi vetem ne dyqan.",
        "c: ok. Rr. Kavajes 3, Tirane. Ilir 069 333 4455",
    )
    fresh = parse(*lines, catalog=PETS)
    asked: list[str] = []

    def counting(index: Any, sent: Sentence, mentions: Any, spans: Any) -> Any:
        asked.append(sent.raw)
        return unnamed_segments(index, sent, mentions, spans)

    monkeypatch.setattr(items, "unnamed_segments", counting)
    again = parse(*lines, catalog=PETS)
    assert item_lines(again) == item_lines(fresh) and again.unrecognised == fresh.unrecognised
    assert "po, 2" not in asked and any("Hundebett" in s for s in asked)
