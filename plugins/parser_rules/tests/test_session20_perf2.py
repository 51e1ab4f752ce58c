"""Session 20 speed pass, second part: each merchant sentence read once. Whether a sentence opens
the shop's restatement (``merchant_lines._opens_summary``) is kept on the sentence
(``memo.per_sentence``, ``Sentence.facts``): the summary reader and the restatement reader ask it
of the same sentence. The shop's "booked / confirmed" opener (``_greeting_colon``) is found by
looking each cut of the first words up in the set, not by walking the set. A phrase set
(``lexicon.PhraseSet.find``, ``lexicon.intents_spans``) looks each length's cut of the words up
instead of comparing every phrase that opens with the word. The merchant's stated total
(``totals.stated_total``) is read once per conversation, not once by ``total_check`` and again
by ``fit_total``. Each test checks the answers against
the code replaced, and that the work skipped is skipped. The shops and sentences are invented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from plugins.parser_rules import merchant_lines, totals
from plugins.parser_rules.lexicon import PhraseSet, _by_first, intent_spans, intents_spans, lexicon
from plugins.parser_rules.memo import per_conversation, per_sentence
from plugins.parser_rules.merchant_lines import _BOOKED, _greeting_colon, _opens_summary
from plugins.parser_rules.normalize import fold, tokenize
from plugins.parser_rules.segments import _INTENTS, Sentence, split_sentences

# a print shop, a boat hire, a flower stall and a garage confirming or restating orders
_OPENERS = [
    "Konfirmoj: 200 kartvizita mat, 1 banner 2x1 m.",
    "U rregullua Mimoza: 3 kartolina dhe 1 zarf.",
    "Rezervuar 14 gusht: varka e vogël, 4 orë.",
    "Booked ✅ 2 kayaks for Saturday",
    "Confirmed Luca: 12 tulips, 1 vase.",
    "E konfirmojme: 4 goma dimri 205/55.",
    "Pra: 2 kuti me çokollata dhe 1 kartolinë.",
    "Ok Drita: 1 tortë me luleshtrydhe.",
    "Faleminderit Arben: 5 dosje, 2 lapsa.",
    "Atëherë 3 buqeta me trëndafila",
    "Kemi edhe ngjyrë të kuqe.",
    "Sa copë ju duhen?",
    "Rezervisano.",
    "",
]


def _sentence(text: str) -> Sentence:
    sents = split_sentences(0, text)
    return sents[0] if sents else Sentence(0, 0, "", [], set(), False)


def _greeting_colon_before(sent: Sentence) -> int:
    """The booked opener as the code replaced found it: every booked phrase compared with the
    first words (then the rest of ``_greeting_colon`` unchanged)."""
    toks = sent.toks
    return next((len(p) for p in _BOOKED if tuple(t.text for t in toks[: len(p)]) == p), 0)


class _NoWalk(frozenset[tuple[str, ...]]):
    """The booked set, looked up but never walked."""

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        raise AssertionError("the booked set was walked")


@pytest.mark.parametrize("text", _OPENERS)
def test_booked_opener_is_the_one_the_walk_found(text: str) -> None:
    sent = _sentence(text)
    words = tuple(t.text for t in sent.toks)
    cut = next((n for n in range(len(words), 0, -1) if words[:n] in _BOOKED), 0)
    assert cut == _greeting_colon_before(sent)


def test_no_booked_phrase_is_the_start_of_another() -> None:
    """At most one cut of the first words is a booked phrase, so the cut looked up longest first
    is the one any walk of the set meets."""
    assert not [a for a in _BOOKED for b in _BOOKED if a != b and b[: len(a)] == a]


def test_greeting_colon_looks_the_booked_set_up_instead_of_walking_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = [_greeting_colon(_sentence(t)) for t in _OPENERS]
    monkeypatch.setattr(merchant_lines, "_BOOKED", _NoWalk(_BOOKED))
    assert [_greeting_colon(_sentence(t)) for t in _OPENERS] == answers
    assert answers[:6] == [1, 3, 3, 1, 2, 2]  # the booked openers, with a name or a date


def test_opens_summary_is_read_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    colon = merchant_lines._preface_colon

    def counting(sent: Sentence) -> bool:
        asked.append(sent.raw)
        return colon(sent)

    monkeypatch.setattr(merchant_lines, "_preface_colon", counting)
    # "Kemi edhe ngjyrë të kuqe." opens nothing, so every test of the chain is asked once
    sent = _sentence("Kemi edhe ngjyrë të kuqe.")
    first = _opens_summary(sent)
    assert _opens_summary(sent) is first is False
    assert asked == ["Kemi edhe ngjyrë të kuqe."]
    # a new sentence of the same words (another message) is read for itself
    _opens_summary(_sentence("Kemi edhe ngjyrë të kuqe."))
    assert len(asked) == 2


@pytest.mark.parametrize("text", _OPENERS)
def test_opens_summary_kept_is_the_answer_read_afresh(text: str) -> None:
    sent = _sentence(text)
    kept = _opens_summary(sent)
    assert _opens_summary(sent) == kept == _opens_summary.__wrapped__(sent)  # type: ignore[attr-defined]


def test_a_sub_sentence_keeps_no_fact_of_the_whole() -> None:
    """``Sentence.sub`` makes a new sentence: what was found in the whole is not its answer."""
    calls: list[int] = []

    @per_sentence
    def length(sent: Sentence) -> int:
        calls.append(1)
        return len(sent.toks)

    whole = _sentence("Konfirmoj: 200 kartvizita mat, 1 banner 2x1 m.")
    assert length(whole) == len(whole.toks)
    part = whole.sub(0, 3)
    assert length(part) == 3
    assert length(whole) == len(whole.toks) and len(calls) == 2
    # the facts take no part in comparing sentences
    assert whole == _sentence("Konfirmoj: 200 kartvizita mat, 1 banner 2x1 m.")


# --- phrase sets: each length's cut of the words looked up -------------------------------------


def _find_before(ps: PhraseSet, toks: list[str]) -> list[tuple[int, int]]:
    """The code replaced: every phrase that opens with the word compared, longest first."""
    out: list[tuple[int, int]] = []
    for i, t in enumerate(toks):
        for phrase in ps.by_first.get(t, ()):
            n = len(phrase)
            if n == 1 or tuple(toks[i : i + n]) == phrase:
                out.append((i, i + n))
                break
    return out


# a bakery's and a tyre shop's phrases: several open with the same word, one is a single word
_PHRASES = [
    ("me", "dergoni"),
    ("me", "dergoni", "neser"),
    ("me",),
    ("ma", "sillni"),
    ("ma", "sillni", "ne", "shtepi"),
    ("torte", "me", "krem"),
    ("goma", "dimri"),
]
_WORDS = [
    "me dergoni neser nje torte me krem",
    "ma sillni ne shtepi 4 goma dimri",
    "ma sillni ne",  # the longer phrase does not fit before the end
    "me dergoni",
    "torte me",
    "me me me",
    "goma vere",
    "",
]


class _NoBucket(list[tuple[str, ...]]):
    def __iter__(self) -> Iterator[tuple[str, ...]]:
        raise AssertionError("a bucket of phrases was walked")


@pytest.mark.parametrize("text", _WORDS)
def test_phrase_set_finds_what_the_walk_found(text: str) -> None:
    ps = PhraseSet()
    for ph in _PHRASES:
        ps.add(ph)
    toks = text.split()
    assert ps.find(toks) == _find_before(ps, toks)


def test_phrase_set_looks_cuts_up_instead_of_walking_its_buckets() -> None:
    ps = PhraseSet()
    for ph in _PHRASES:
        ps.add(ph)
    assert ps.lengths["me"] == (3, 2, 1) and ps.lengths["goma"] == (2,)
    answers = [ps.find(t.split()) for t in _WORDS]
    ps.by_first = {k: _NoBucket(v) for k, v in ps.by_first.items()}
    assert [ps.find(t.split()) for t in _WORDS] == answers
    assert answers[0] == [(0, 3), (4, 7), (5, 6)] and answers[2] == [(0, 2)]


# a flower stall's, a bike shop's and a caterer's customers
_SENTENCES = [
    "Ma dergoni neser buqeten me trendafila, ju lutem",
    "nuk e dua me, anuloje porosine",
    "Can you send me two helmets? I ordered one last week",
    "Vorrei ordinare 40 porzioni, ma forse domani",
    "me me me po po",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_intents_found_in_one_pass_are_each_familys_own(text: str) -> None:
    toks = [t.text for t in tokenize(fold(text))]
    found = intents_spans(_INTENTS, toks)
    assert found == {name: intent_spans(name, toks) for name in _INTENTS}
    assert found == {name: _find_before(lexicon().intents[name], toks) for name in _INTENTS}


def test_intent_index_holds_each_length_once_longest_first() -> None:
    index = _by_first(_INTENTS)
    for bucket in index.values():
        lengths = [n for n, _held in bucket]
        assert lengths == sorted(set(lengths), reverse=True)


# --- the merchant's stated total, read once per conversation -----------------------------------


def test_stated_total_is_read_once_per_conversation(monkeypatch: pytest.MonkeyPatch) -> None:
    # a candle shop: the total with a delivery fee
    texts = [
        (0, "customer", "dua 3 qirinj me arome vanilje"),
        (1, "merchant", "3 x 400 = 1200 lekë + 200 transport, gjithsej 1400 lekë"),
        (2, "customer", "ok"),
    ]
    outside = [totals.stated_total(texts), totals.stated_total(texts, True)]
    folded: list[str] = []
    fold_before = totals.fold

    def counting(text: str) -> str:
        folded.append(text)
        return fold_before(text)

    monkeypatch.setattr(totals, "fold", counting)

    @per_conversation
    def parse() -> list[object]:
        return [
            totals.stated_total(texts),
            totals.stated_total(list(texts)),  # the same texts, another list
            totals.stated_total(texts, True),
        ]

    first, again, bare = parse()
    assert [first, bare] == outside and again == first
    assert outside[0][0] is not None and outside[0][0].value == 1400
    assert len(folded) == 2 * len(texts)  # read for each ``bare`` once, not three times
    parse()
    assert len(folded) == 4 * len(texts)  # nothing outlives a conversation
