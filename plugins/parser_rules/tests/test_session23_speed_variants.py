"""Session 23 speed pass on the variants, the merchant's lines and the shared text tools: the
same answers with less repeated work. ``match_variant`` reads the size letters of its window
once per call instead of once per size variant, and asks its fallback readings only where their
own first test can pass; ``Sentence.has`` / ``spans`` find a family on first use without the
call between; ``states`` and ``_asks_to_confirm`` keep their question-free part on the sentence;
``unnamed_segments`` returns at once when no word may name goods; ``_switch_by_variant`` reads
the variant words only when a word said is not the product's own, and its rivals from the word
fewest products hold; the mentions memo copies plain lists without the copy module's dispatch;
``split_sentences`` keeps the words it read as the sentence's ``texts``. Each test compares with
the code replaced (or with the fact the shortcut rests on) or checks that the skipped work is
skipped. The shops and messages are invented.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from plugins.parser_rules import memo, merchant_lines, variants
from plugins.parser_rules.catalog_match import function_words, index_for, is_attribute
from plugins.parser_rules.items import ItemReader
from plugins.parser_rules.lexicon import intent_spans
from plugins.parser_rules.mentions import Mention, find_mentions, for_something, resolved_keys
from plugins.parser_rules.merchant_lines import (
    _ADDITIVE,
    _GREETINGS,
    _OR,
    _asks_to_confirm,
    states,
    unnamed_segments,
)
from plugins.parser_rules.normalize import Token, tokenize
from plugins.parser_rules.segments import Sentence, split_sentences, starts_like_question
from plugins.parser_rules.tests.conftest import catalog_of, items, parse
from plugins.parser_rules.variants import (
    _CONCEPT_OF_SIZE,
    _ORDINAL_ARTICLES,
    _ORDINAL_WORDS,
    _SIZE_OF_CONCEPT,
    _by_dims,
    _letters_at,
    _match_one,
    _ordinal,
    _same_words,
    _shade_of,
    _size_letter_at,
    _window_keys,
    counts_ordinal,
    match_variant,
    variant_spec,
)

# a climbing-gear shop: harnesses in size letters, ropes by length, chalk by weight, helmets in
# colours; sentences in Albanian, English, Italian and German
CLIMB = catalog_of(
    ("HAR", "Parzmore ngjitjeje Vertika", "8500", ("XS", "S", "M", "L", "XL")),
    ("ROPE", "Litar dinamik Granit", "14000", ("40 m", "60 m", "70 m")),
    ("CHALK", "Magnez pluhur", "900", ("100 g", "250 g", "500 g")),
    ("HELM", "Helmetë Kulm", "6200", ("e kuqe", "blu", "e bardhë")),
    ("BAG", "Thes magnezi", "1800", ("S", "M", "L")),
)

SENTENCES = [
    "dua nje parzmore ne M",
    "2 te M edhe nje L",
    "the harness in size L please, and one XL",
    "vorrei l'imbrago taglia S, anzi la M",
    "ich brauche den Gurt in Größe XS",
    "S'ka nevojë, masa M",
    "3 L, 2 XL",
    "nje e madhe dhe nje e vogel",
    "medium per mua, large per vellain",
    "S 23 eshte modeli",
    "litar 60 m dhe magnez 250 g",
    "helmeten e kuqe ne L",
    "2 t'3shit dhe dy te 40-tat",
    "ok flm",
]


def _toks(text: str) -> list[Token]:
    return tokenize(text)


def _match_one_before(
    spec: variants.VariantSpec, toks: Sequence[Token], window: list[int], keys_at: dict[str, int]
) -> tuple[float, int, int] | None:
    """The size branch replaced: the window read again for each size variant, every concept of
    ``_SIZE_OF_CONCEPT`` walked."""
    for i in window:
        if _size_letter_at(toks, i) == spec.size:
            return 10.0, i, i + 1
    for concept, letter in _SIZE_OF_CONCEPT.items():
        if letter == spec.size and concept in keys_at:
            return 6.0, keys_at[concept], keys_at[concept] + 1
    return None


# --- size letters: read once per call -----------------------------------------------------------


def test_each_size_letter_is_the_concept_of_one() -> None:
    assert len(set(_SIZE_OF_CONCEPT.values())) == len(_SIZE_OF_CONCEPT)
    assert {c: s for s, c in _CONCEPT_OF_SIZE.items()} == _SIZE_OF_CONCEPT


def test_size_letters_read_once_answer_as_the_window_read_per_variant() -> None:
    specs = [variant_spec(v) for v in ("XS", "S", "M", "L", "XL", "XXL")]
    for text in SENTENCES:
        toks = _toks(text)
        for lo in range(len(toks)):
            window = list(range(lo, len(toks)))
            keys_at, _concepts = _window_keys(tuple(toks), tuple(window))
            letters = _letters_at(toks, window)
            for spec in specs:
                before = _match_one_before(spec, toks, window, keys_at)
                assert _match_one(spec, toks, window, keys_at, [], lo, letters) == before, (
                    text,
                    lo,
                    spec.text,
                )
                assert _match_one(spec, toks, window, keys_at, [], lo) == before


def test_match_variant_reads_each_token_for_a_size_letter_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    specs = [variant_spec(v) for v in ("XS", "S", "M", "L", "XL")]
    asked: list[int] = []

    def counted(toks: Sequence[Token], i: int) -> str | None:
        asked.append(i)
        return _size_letter_at(toks, i)

    monkeypatch.setattr(variants, "_size_letter_at", counted)
    toks = _toks("dua nje parzmore ne masen L")
    hit = match_variant(specs, toks, 0, len(toks))
    # XS, S and M are not said: the window was read once, not once for each of them
    assert hit is not None and specs[hit.index].text == "L"
    assert sorted(asked) == list(range(len(toks)))


# --- the article before an ordinal count: counts_ordinal's first test ---------------------------


def test_an_ordinal_count_always_follows_an_article() -> None:
    for text in [*SENTENCES, "2 te 60 dhe 3 t'8shit", "nje te 38-tat", "2 e 3"]:
        toks = _toks(text)
        for i in range(len(toks)):
            if counts_ordinal(toks, i):
                assert toks[i - 1].text in _ORDINAL_ARTICLES, (text, i)


def test_the_count_before_an_ordinal_size_is_still_no_size() -> None:
    specs = [variant_spec(v) for v in ("36", "38", "40", "42")]
    toks = _toks("qoni 2 t'40shit")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and specs[hit.index].text == "40"


# --- the fallback readings asked only where their first test can pass --------------------------


def test_the_fallback_readings_answer_none_where_they_are_no_longer_asked() -> None:
    plain = [variant_spec(v) for v in ("e kuqe", "blu", "e bardhë")]
    toks = _toks("helmeten per vajzen time")
    window = list(range(len(toks)))
    # no sides in any variant: _by_dims answers none
    assert not any(sp.dims for sp in plain)
    assert _by_dims(plain, toks, window) is None
    # no current variant nor words: no kin
    assert _same_words(plain, None) == []
    # no size or length word said: no ordinal; no concept said: no shade
    assert _ordinal(plain, {"#red": 0}) is None
    assert {"#red"}.isdisjoint(_ORDINAL_WORDS)
    assert _shade_of(plain, toks, {}) is None


def test_no_side_is_looked_for_where_no_variant_has_two(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object) -> None:
        raise AssertionError("sides looked for")

    monkeypatch.setattr(variants, "_by_dims", refused)
    specs = [variant_spec(v) for v in ("e kuqe", "blu", "e bardhë")]
    toks = _toks("nje helmete jeshile")
    assert match_variant(specs, toks, 0, len(toks)) is None
    # a rug shop's sides are still read where the variants have them
    monkeypatch.undo()
    rugs = [variant_spec(v) for v in ("160x230", "200x290")]
    toks = _toks("nje qilim 2 me 3 metra")
    hit = match_variant(rugs, toks, 0, len(toks))
    assert hit is not None and rugs[hit.index].text == "200x290"


def test_climbing_orders_read_as_before() -> None:
    order = parse(
        "c: Pershendetje, dua nje parzmore vertika ne M dhe 2 magnez pluhur 250 g",
        "m: Po, i kemi. Adresa?",
        "c: Rr. Myslym Shyri 12, Tirane, 0691234567, Besa Kola",
        catalog=CLIMB,
    )
    assert sorted(items(order)) == [("CHALK", 2, "250 g"), ("HAR", 1, "M")]


# --- Sentence.has / spans: a family found on first use ------------------------------------------


def test_a_family_found_on_first_use_is_the_one_intent_spans_finds() -> None:
    families = ("advice", "conditional", "polite", "when", "shipping", "decline", "agree")
    for text in [
        "Ju keshilloj madhesine M",
        "Nese e merrni sot, dergojme neser",
        "Na lini nje numer ju lutem",
        "If you order today we ship tomorrow",
        "Se ordina oggi, spediamo domani",
        "Wenn Sie heute bestellen, liefern wir morgen",
    ]:
        for s in split_sentences(0, text):
            for name in families:
                fresh = Sentence(s.message, s.start, s.raw, s.toks, s.breaks, s.question, {})
                assert fresh.has(name) == bool(intent_spans(name, [t.text for t in s.toks]))
                assert fresh.intents[name] == intent_spans(name, [t.text for t in s.toks])
                other = Sentence(s.message, s.start, s.raw, s.toks, s.breaks, s.question, {})
                assert other.spans(name) == fresh.intents[name]
                assert other.intents == fresh.intents


# --- states and _asks_to_confirm: the question-free part kept on the sentence ------------------


def _states_before(sent: Sentence) -> bool:
    return not (
        sent.question
        or not _OR.isdisjoint(sent.texts)
        or sent.has("decline")
        or sent.has("advice")
        or sent.has("conditional")
    )


def _asks_to_confirm_before(sent: Sentence) -> bool:
    return (
        sent.question
        and not starts_like_question(sent)
        and not sent.has("question")
        and not any(t.text in _OR for t in sent.toks)
        and not sent.has("decline")
        and not sent.has("conditional")
    )


_SHOP_LINES = [
    "Pra: 1 parzmore M dhe 2 magnez 250 g?",
    "Ok, 1 litar 60 m.",
    "E kemi ne S apo M?",
    "Na vjen keq, litari 70 m ka mbaruar.",
    "Ju keshilloj helmeten e bardhe.",
    "Nese doni, e kemi edhe ne blu.",
    "So: one harness M and two chalk 250 g?",
    "Allora: un imbrago M e due magnesite?",
    "Also: ein Gurt M und zwei Magnesia 250 g?",
    "Sa cope?",
]


def test_states_and_asks_to_confirm_answer_as_before() -> None:
    for text in _SHOP_LINES:
        for s in split_sentences(3, text):
            for question in (s.question, not s.question):
                # a new sub-sentence whose question flag is then changed (as open_variants does)
                sub = s.sub(0, len(s.toks))
                old = s.sub(0, len(s.toks))
                assert (states(sub), _asks_to_confirm(sub)) == (
                    _states_before(old),
                    _asks_to_confirm_before(old),
                ), text
                sub.question = old.question = question
                assert (states(sub), _asks_to_confirm(sub)) == (
                    _states_before(old),
                    _asks_to_confirm_before(old),
                ), (text, question)
                # the families found on the way are the same (readers see ``intents``)
                assert sub.intents == old.intents


def test_states_reads_a_sentence_once(monkeypatch: pytest.MonkeyPatch) -> None:
    (s,) = split_sentences(5, "Ok, 1 litar 60 m dhe 1 thes magnezi M.")
    asked: list[str] = []
    has = Sentence.has

    def counted(self: Sentence, intent: str) -> bool:
        asked.append(intent)
        return has(self, intent)

    monkeypatch.setattr(Sentence, "has", counted)
    answers = {states(s) for _ in range(4)}
    assert answers == {True}
    assert asked == ["decline", "advice", "conditional"]


# --- unnamed_segments: no word that may name goods, no part -------------------------------------


def _unnamed_before(
    index: object, sent: Sentence, mentions: list[Mention], spans: list[tuple[int, int]]
) -> tuple[int, bool, frozenset[str]]:
    """The code replaced (no early return)."""
    if not sent.toks:
        return 0, False, frozenset()
    fw = function_words()
    keys = None
    taken = {
        i
        for m in mentions
        if not m.ambiguous and not for_something(sent.toks, m.start)
        for i in range(m.start, m.end)
    }
    taken |= {
        k
        for k, t in enumerate(sent.toks)
        for a, b in spans
        if a <= sent.start + t.start < b or a < sent.start + t.end <= b
    }
    said = {k for spans in sent.intents.values() for a, b in spans for k in range(a, b)}
    bounds = sorted({0, len(sent.toks), *sent.breaks})
    count, adds = 0, False
    unknown: set[str] = set()
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if any(i in taken for i in range(lo, hi)):
            continue
        words = [
            k
            for k in range(lo, hi)
            if len(t := sent.toks[k].text) >= 5
            and t.isalpha()
            and t not in fw
            and t not in _GREETINGS
            and k not in said
        ]
        if words and keys is None:
            keys = resolved_keys(index, sent.toks)  # type: ignore[arg-type]
        if keys is not None and any(
            (key := keys[k]) is None or not is_attribute(key) for k in words
        ):
            count += 1
            start = {sent.toks[k].text for k in range(max(0, lo - 1), min(hi, lo + 2))}
            adds |= bool(start & _ADDITIVE)
            unknown.update(
                sent.toks[k].text
                for k in words
                if (key := keys[k]) is None or not is_attribute(key)
            )
    return count, adds, frozenset(unknown)


def test_unnamed_segments_answer_as_before() -> None:
    index = index_for(CLIMB)
    for text in [
        *SENTENCES,
        "dhe keto karabinat e kuqe",
        "edhe nje cante per litarin",
        "ok faleminderit shume",
        "po, 2 copë",
        "und noch zwei Expressen",
    ]:
        for s in split_sentences(0, text):
            mentions = find_mentions(index, s.toks, s.breaks)
            for spans in ([], [(s.start, s.start + 3)]):
                assert unnamed_segments(index, s, mentions, spans) == _unnamed_before(
                    index, s, mentions, spans
                ), text


def test_no_word_is_resolved_where_none_may_name_goods(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object) -> None:
        raise AssertionError("words resolved")

    monkeypatch.setattr(merchant_lines, "resolved_keys", refused)
    monkeypatch.setattr(merchant_lines, "for_something", refused)
    index = index_for(CLIMB)
    read = Mention(0, 1, [(1.0, 0)], ["m"])  # a line read from the first word
    for text in ("ok flm", "po, 2 copë", "M dhe L", "ja, zwei"):
        for s in split_sentences(0, text):
            # neither the words taken by lines nor the words' keys are worked out
            assert unnamed_segments(index, s, [read], [(0, 1)]) == (0, False, frozenset())


# --- _switch_by_variant: the rivals from the word fewest products hold --------------------------

# a yarn shop: plurals in -nj, a compound head, an acronym, materials that unite keys
YARN = catalog_of(
    ("W1", "Fill leshi merino Mali", "700", ("gri", "e bardhë")),
    ("W2", "Fill leshi merino Deti", "750", ("gri perle", "blu deti")),
    ("W3", "Shtiza thurjeje bambu", "400", ("4 mm", "5 mm")),
    ("W4", "Shtizanj rrethore", "600", ("40 cm", "80 cm")),
    ("W5", "Sockenwolle Berg", "900", ("grau", "rot")),
    ("W6", "Fill pambuku PVC", "300", ()),
)


def test_a_keys_holders_are_every_product_whose_keys_hold_it() -> None:
    index = index_for(YARN)
    for k, held in index.by_key.items():
        assert set(held) == {e.index for e in index.products if k in e.keys}, k
    for e in index.products:
        assert all(e.index in index.by_key[k] for k in e.keys)


def test_the_variant_words_are_not_read_when_every_word_said_is_the_products_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = index_for(YARN)
    reader = ItemReader(index)
    for s in split_sentences(0, "dua nje fill leshi merino mali"):
        reader.read(s, commit=True)
    assert [it.product for it in reader.state.items] == [0]

    class _Refused(dict[str, object]):
        def get(self, *_args: object) -> object:
            raise AssertionError("variant words read")

    monkeypatch.setattr(index, "variant_words", _Refused(index.variant_words))
    for s in split_sentences(1, "Po, e kemi ne gri perle."):
        reader._switch_by_variant(s)
    assert [it.product for it in reader.state.items] == [0]


def test_a_yarn_line_is_switched_as_before() -> None:
    order = parse(
        "c: dua nje fill leshi merino",
        "m: Kemi gri perle, 750 lek",
        "c: ok, me dergoni ne Durres, 0691112233, Era Hoxha, Rr. Taulantia 4",
        catalog=YARN,
    )
    assert items(order) == [("W2", 1, "gri perle")]


# --- the mentions memo: plain copies ------------------------------------------------------------


class _Keys(list[str]):
    """A list subclass field: still copied by the copy module, keeping its class."""


@dataclass
class _Found:
    start: int
    candidates: list[tuple[float, int]]
    keys: list[str]
    seen: set[int] = field(default_factory=set)
    notes: dict[str, int] = field(default_factory=dict)


def test_a_memo_copy_is_the_copy_modules_copy() -> None:
    obj = _Found(2, [(1.0, 3)], _Keys(["litar"]), {1}, {"a": 1})
    out = memo._copied(obj)
    assert out == obj and out is not obj
    for name in ("candidates", "keys", "seen", "notes"):
        assert getattr(out, name) == getattr(obj, name)
        assert getattr(out, name) is not getattr(obj, name)
        assert type(getattr(out, name)) is type(copy.copy(getattr(obj, name)))
    assert type(out.keys) is _Keys
    m = Mention(0, 2, [(2.5, 1), (1.0, 3)], ["litar", "dinamik"])
    c = memo._copied(m)
    assert c == m and c.candidates is not m.candidates and c.keys is not m.keys


# --- split_sentences: the words read are the sentence's texts -----------------------------------


def test_a_sentences_texts_are_its_tokens_words() -> None:
    for text in [*SENTENCES, *_SHOP_LINES]:
        for s in split_sentences(0, text):
            assert s.texts == [t.text for t in s.toks]
            sub = s.sub(1, len(s.toks))
            assert sub.texts == [t.text for t in s.toks[1:]]


# --- what match_variant reads of a variant list alone: once per list and conversation ----------

_LISTS = [
    ("XS", "S", "M", "L", "XL"),
    ("40 m", "60 m", "70 m"),
    ("e kuqe", "blu", "e bardhë"),
    ("160x230", "200x290"),
    ("2-3 vjec", "4-5 vjec", "110-116 cm"),
    ("Thes 15 kg", "Paletë 66 thasë"),
    ("A", "B", "C", "D", "E"),
    ("Bluetooth 5.0 Pro", "Kabllor klasik"),
    (),
]


def test_a_lists_facts_are_what_each_call_read() -> None:
    for texts in _LISTS:
        specs = [variant_spec(v) for v in texts]
        facts = variants._spec_facts(specs)
        assert facts.held == {k for sp in specs for k in sp.keys}
        assert facts.groups == variants._variant_groups(tuple(sp.text for sp in specs))
        assert facts.dims == any(sp.dims for sp in specs)
        assert facts.measured == any(sp.measured for sp in specs)
        assert facts.letters == (
            len(specs) >= 5 and all(len(sp.text.strip()) == 1 and sp.text.isalpha() for sp in specs)
        )
        toks = _toks("dua 2 thasë, per 4 vjec, 2 me 3 metra, bluetooth")
        window = list(range(len(toks)))
        # each fallback reading answers none where its fact says it cannot pass
        if not facts.growth:
            assert variants._by_growth(specs, toks, window) is None
        if not facts.container:
            assert variants._counted_container(specs, toks, window) is None
        if not facts.words:
            assert variants._one_word_of_one(specs, toks, {"bluetooth": 6, "#blue": 0}) is None
        if not facts.long_words:
            assert variants._near_keys(specs, toks, window) == {}
    # and the facts that can pass are there
    assert variants._spec_facts([variant_spec(v) for v in _LISTS[4]]).growth
    assert variants._spec_facts([variant_spec(v) for v in _LISTS[5]]).container
    assert variants._spec_facts([variant_spec(v) for v in _LISTS[6]]).letters
    assert variants._spec_facts([variant_spec(v) for v in _LISTS[7]]).long_words


def test_a_lists_facts_are_read_once_per_conversation() -> None:
    specs = [variant_spec(v) for v in ("XS", "S", "M", "L", "XL")]
    read: list[int] = []
    facts = variants._spec_facts.__wrapped__  # type: ignore[attr-defined]

    def counted(items: Sequence[variants.VariantSpec]) -> object:
        read.append(len(items))
        return facts(items)

    wrapped = memo.memoised_by_identity(counted)

    @memo.per_conversation
    def conversation() -> list[object]:
        return [wrapped(specs), wrapped(list(specs)), wrapped(tuple(specs)), wrapped(specs[:4])]

    first, again, as_tuple, fewer = conversation()
    # the same specs (in any sequence) are read once; another list is read on its own
    assert first is again is as_tuple and fewer is not first
    assert read == [5, 4]
    # nothing outlives the conversation; outside one, each call reads
    assert conversation()[0] is not first
    assert wrapped(specs) is not wrapped(specs)


def test_variants_found_in_a_conversation_are_the_ones_found_outside_one() -> None:
    lists = [[variant_spec(v) for v in texts] for texts in _LISTS if texts]
    said = [*SENTENCES, "ne madhesi 4-5 vjec", "2 thasë", "qilimin 2 me 3 metra", "ate B"]

    def answers() -> list[object]:
        return [
            match_variant(specs, toks, lo, len(toks))
            for specs in lists
            for text in said
            for toks in [_toks(text)]
            for lo in range(len(toks))
        ]

    outside = answers()
    inside = memo.per_conversation(answers)()
    assert inside == outside
