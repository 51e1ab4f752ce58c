"""The plugin's lexicons (data/*.json), loaded once, folded and indexed for lookup."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from plugins.parser_rules.compounds import compounds
from plugins.parser_rules.normalize import fold, stem, tokenize

DATA = Path(__file__).parent / "data"

Phrase = tuple[str, ...]


def load(name: str) -> Any:
    with open(DATA / name, encoding="utf-8") as fh:
        return json.load(fh)


def load_merged(*names: str) -> dict[str, list[str]]:
    """Lexicon files of one shape (key -> forms) merged in order: a key's forms are joined, and
    a form keeps the first key that claimed it (so the hand-kept file wins over the general)."""
    merged: dict[str, list[str]] = {}
    for name in names:
        for key, forms in load(name).items():
            if not key.startswith("_"):
                merged.setdefault(key, []).extend(forms)
    return merged


def any_of(*parts: str) -> re.Pattern[str]:
    """One search for several plain strings: ``any_of(*parts).search(text)`` finds one exactly
    when ``any(p in text for p in parts)`` does (a prefilter, in one C call)."""
    return re.compile("|".join(re.escape(p) for p in parts))


def words(text: str) -> Phrase:
    return tuple(t.text for t in tokenize(text))


@dataclass
class PhraseSet:
    """Multi-word phrases indexed by their first word, matched on token boundaries."""

    by_first: dict[str, list[Phrase]] = field(default_factory=dict)
    # the lengths of the phrases each first word opens, longest first, and the phrases: ``find``
    # looks each length's cut of the words up instead of comparing every phrase of the bucket
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    phrases: set[Phrase] = field(default_factory=set)

    def add(self, phrase: Phrase) -> None:
        if phrase:
            bucket = self.by_first.setdefault(phrase[0], [])
            if phrase not in bucket:
                bucket.append(phrase)
                bucket.sort(key=len, reverse=True)
                self.phrases.add(phrase)
                held = self.lengths.get(phrase[0], ())
                if len(phrase) not in held:
                    self.lengths[phrase[0]] = tuple(sorted((*held, len(phrase)), reverse=True))

    def find(self, toks: Sequence[str]) -> list[tuple[int, int]]:
        """(start, end) token spans of the phrases found, the longest at each position."""
        out: list[tuple[int, int]] = []
        lengths = self.lengths
        if lengths.keys().isdisjoint(toks):
            return out
        phrases = self.phrases
        size = len(toks)
        for i, t in enumerate(toks):
            for n in lengths.get(t, ()):
                # a one-word phrase is the word itself; a longer one must fit before the end
                if n == 1 or i + n <= size and tuple(toks[i : i + n]) in phrases:
                    out.append((i, i + n))
                    break
        return out

    def __contains__(self, toks: object) -> bool:
        return isinstance(toks, tuple) and bool(toks) and toks in self.by_first.get(toks[0], ())


def phrase_set(items: Iterable[str]) -> PhraseSet:
    ps = PhraseSet()
    for item in items:
        ps.add(words(item))
    return ps


# inflection endings that may follow a root: Albanian (definite, plural, cases) and the Italian
# and German adjective endings of the listed forms
_ENDINGS = frozenset(
    [
        "",
        "a",
        "e",
        "ë",
        "i",
        "o",
        "u",
        "in",
        "en",
        "un",
        "it",
        "ut",
        "et",
        "at",
        "es",
        "ës",
        "s",
        "n",
        "t",
        "ja",
        "je",
        "ve",
        "ave",
        "eve",
        "ët",
        "të",
        "te",
        "er",
        "em",
        "es",
        # of nouns in -i: "qershi" -> "me shije qershie", "vanilje" -> "vaniljes"
        "ie",
        "ise",
        "ive",
        "ite",
    ]
)


def _vowel(letter: str) -> str:
    """Albanian definite/indefinite endings alternate a/e/ë: one class for the three."""
    return "e" if letter in ("a", "e", "ë") else letter


_MEMO = 65536


@dataclass
class Lexicon:
    numbers: dict[str, int]
    weak_numbers: frozenset[str]
    half_words: frozenset[str]
    concept_exact: dict[str, str]  # folded single word -> concept
    concept_stem: dict[str, list[tuple[str, str]]]  # root -> (letter after the root, concept)
    concept_phrases: PhraseSet
    concept_of_phrase: dict[Phrase, str]
    intents: dict[str, PhraseSet]
    given_names: frozenset[str]
    family_names: frozenset[str]
    street_words: frozenset[str]
    street_suffixes: frozenset[str]
    detail_words: frozenset[str]
    product_exact: dict[str, str] = field(default_factory=dict)  # folded word -> product group
    product_stem: dict[str, str] = field(default_factory=dict)  # stem -> product group
    # "te dyten", "the second one", "la seconda", "die zweite": position in a list (-1: last)
    ordinals: dict[str, int] = field(default_factory=dict)
    # a word in several groups ("backpack": bag and backpack) -> the later ones
    product_more: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # product words of several words ("evening gown", "syze dielli", "t-shirt") -> group
    product_phrases: PhraseSet = field(default_factory=PhraseSet)
    product_of_phrase: dict[Phrase, str] = field(default_factory=dict)
    # concepts.json + concepts_general.json, for variant strings only
    general_exact: dict[str, str] = field(default_factory=dict)
    general_stem: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    variant_phrases: PhraseSet = field(default_factory=PhraseSet)
    variant_of_phrase: dict[Phrase, str] = field(default_factory=dict)
    # "EN" -> english: the codes written in capitals, read only so (see is_code)
    codes: dict[str, str] = field(default_factory=dict)
    # light_blue -> #light #blue
    shade_parts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # memos of concept() / variant_concept(), emptied when they grow past _MEMO words
    _concepts: dict[str, str | None] = field(default_factory=dict, repr=False)
    _variant_concepts: dict[str, str | None] = field(default_factory=dict, repr=False)

    def product_group(self, word: str) -> str | None:
        """The cross-language group of a product word ("regalo", "Geschenk" -> "gift")."""
        g = self.product_exact.get(word)
        if g is None and len(word) > 4 and word.isalpha():
            root = stem(word)
            if len(root) >= 4:
                g = self.product_stem.get(root)
        return g

    def product_groups(self, word: str) -> tuple[str, ...]:
        """Every group of a product word, the first one first."""
        g = self.product_group(word)
        return (g, *self.product_more.get(word, ())) if g is not None else ()

    def concept(self, word: str) -> str | None:
        """The attribute concept of a folded word (concepts.json): read everywhere."""
        try:
            return self._concepts[word]
        except KeyError:
            if len(self._concepts) > _MEMO:
                self._concepts.clear()
            c = self._concepts[word] = _lookup(self.concept_exact, self.concept_stem, word)
            return c

    def variant_concept(self, word: str) -> str | None:
        """The concept of a word when it is read against catalog variant strings: the hand-kept
        concepts first, then the general ones (concepts_general.json). A general concept is
        only a way for a customer's word to meet a variant word of the same concept ("a fiori"
        for "Me lule"); it never splits, ends or starts a product mention, so a word that is
        also a product word ("mish" in "byrek me mish") keeps its product reading there."""
        try:
            return self._variant_concepts[word]
        except KeyError:
            pass
        c = self.concept(word)
        if c is None and self.general_exact:
            c = _lookup(self.general_exact, self.general_stem, word)
        if c is None and 3 <= len(word) <= 4 and word.isalpha() and word not in self.general_stem:
            # "Ton" (tuna) when "toni" and "tonin" are forms of one concept: a short Albanian
            # noun whose definite forms (-i, -in) the lexicon lists is that concept too; not a
            # root the stems already know ("gjat" of "gjatë" / "gjati": "ma t gjat" is longer)
            c = self.general_exact.get(word + "i")
            if c is None or self.general_exact.get(word + "in") != c:
                c = None
        if len(self._variant_concepts) > _MEMO:
            self._variant_concepts.clear()
        self._variant_concepts[word] = c
        return c

    def variant_keys(self, concept: str) -> tuple[str, ...]:
        """The keys a variant concept stands for: a general shade ``light_blue`` / ``dark_green``
        is the existing ``#light`` / ``#dark`` beside the colour, the same keys "blu e hapur" or
        "verde scuro" give word by word, so "hellblau" meets "Blu e çelët"."""
        return self.shade_parts.get(concept) or ("#" + concept,)


def _lookup(
    exact: dict[str, str], stems: dict[str, list[tuple[str, str]]], word: str
) -> str | None:
    c = exact.get(word)
    if c is None and len(word) > 3:
        root = stem(word)
        if len(root) >= 4 or len(word) - len(root) <= 2:
            # the ending must be an Albanian one the form shares ("zezat"/"zeza"), so that a
            # foreign form ("Türkis") does not claim a root ("turke")
            if word[len(root) :] not in _ENDINGS:
                return None  # "rossetto" is not "rosso" + an ending
            after = _vowel(word[len(root) : len(root) + 1])
            for letter, concept in stems.get(root, ()):
                if not after or not letter or after == letter:
                    return concept
    return c


def is_code(form: str) -> bool:
    """A concept form of two or three capital letters ("EN", "DE", "ITA") is a code: a word
    ("it", "de", "en") when written otherwise, so it names the concept only in capitals."""
    return 2 <= len(form) <= 3 and form.isalpha() and form.isupper()


def _codes(concepts: dict[str, list[str]]) -> dict[str, str]:
    return {
        f: c for c, forms in concepts.items() if not c.startswith("_") for f in forms if is_code(f)
    }


def _concept_tables(
    concepts: dict[str, list[str]],
) -> tuple[dict[str, str], dict[str, list[tuple[str, str]]], PhraseSet, dict[Phrase, str]]:
    exact: dict[str, str] = {}
    stems: dict[str, list[tuple[str, str]]] = {}
    cphrases = PhraseSet()
    cof: dict[Phrase, str] = {}
    for concept, forms in concepts.items():
        if concept.startswith("_"):
            continue
        for form in forms:
            if is_code(form):
                continue  # "EN", "DE": read only as written in capitals (Lexicon.codes)
            w = words(form)
            if len(w) == 1:
                exact.setdefault(w[0], concept)
                root = stem(w[0])
                # only short endings fold ("bardhe" -> "bardh"); "marrone" must not claim "marr"
                if len(root) >= 4 and len(w[0]) - len(root) <= 2:
                    stems.setdefault(root, []).append(
                        (_vowel(w[0][len(root) : len(root) + 1]), concept)
                    )
            elif w:
                cphrases.add(w)
                cof.setdefault(w, concept)
    return exact, stems, cphrases, cof


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    nums_data = load("numbers.json")
    numbers: dict[str, int] = {}
    for lang, table in nums_data.items():
        if not lang.startswith("_"):
            numbers.update({fold(k): int(v) for k, v in table.items()})
    for form, v in compounds().values.items():
        numbers.setdefault(form, v)  # "njezet e pese", "venticinque" (compounds.py)
    concepts = load("concepts.json")
    exact, stems, cphrases, cof = _concept_tables(concepts)
    # the general concepts, read only against variant strings (see Lexicon.variant_concept)
    gexact, gstems, gphrases, gof = _concept_tables(
        load_merged("concepts.json", "concepts_general.json")
    )
    for ph, c in cof.items():
        gof[ph] = c  # a phrase of the hand-kept file keeps its concept
    colours = {fold(w) for w in load("words.json")["colours"]}
    shades: dict[str, tuple[str, ...]] = {
        c: ("#" + c.split("_", 1)[0], "#" + c.split("_", 1)[1])
        for c in load("concepts_general.json")
        if c.split("_", 1)[0] in ("light", "dark") and c.split("_", 1)[-1] in colours
    }
    intents = {k: phrase_set(v) for k, v in load("intents.json").items() if not k.startswith("_")}
    names = load("names.json")
    places = load("places.json")
    pexact: dict[str, str] = {}
    pstem: dict[str, str] = {}
    pphrases = PhraseSet()
    pmore: dict[str, tuple[str, ...]] = {}
    pof: dict[Phrase, str] = {}
    for group, forms in load_merged("products.json", "products_general.json").items():
        if group.startswith("_"):
            continue
        for form in forms:
            w = words(form)
            if len(w) > 1 and w not in pof:
                pphrases.add(w)
                pof[w] = group
            if len(w) != 1:
                continue
            first = pexact.setdefault(w[0], group)
            if first != group and group not in pmore.get(w[0], ()):
                pmore[w[0]] = (*pmore.get(w[0], ()), group)
            root = stem(w[0])
            if len(root) >= 4 and w[0].isalpha():
                pstem.setdefault(root, group)
    return Lexicon(
        ordinals={fold(k): int(v) for k, v in nums_data.get("_ordinals", {}).items()},
        product_exact=pexact,
        product_stem=pstem,
        product_more=pmore,
        product_phrases=pphrases,
        product_of_phrase=pof,
        numbers=numbers,
        weak_numbers=frozenset(fold(w) for w in nums_data["_weak"]),
        half_words=frozenset(fold(w) for w in nums_data["_half"]),
        concept_exact=exact,
        concept_stem=stems,
        concept_phrases=cphrases,
        concept_of_phrase=cof,
        general_exact=gexact,
        general_stem=gstems,
        variant_phrases=gphrases,
        variant_of_phrase=gof,
        codes=_codes(load_merged("concepts.json", "concepts_general.json")),
        shade_parts=shades,
        intents=intents,
        given_names=frozenset(fold(n) for n in names["given"]),
        family_names=frozenset(fold(n) for n in names["family"]),
        street_words=frozenset(fold(w) for w in places["street"]),
        street_suffixes=frozenset(fold(w) for w in places["street_suffix"]),
        detail_words=frozenset(fold(w) for w in places["address_detail"]),
    )


def has_intent(name: str, toks: Sequence[str]) -> bool:
    return bool(lexicon().intents[name].find(toks))


def intent_spans(name: str, toks: Sequence[str]) -> list[tuple[int, int]]:
    return lexicon().intents[name].find(toks)


@lru_cache(maxsize=8)
def _by_first(
    names: tuple[str, ...],
) -> dict[str, tuple[tuple[int, dict[Phrase, list[str]]], ...]]:
    """The phrases of several intent families indexed by their first word: for each length,
    longest first, the phrases of that length and the families that hold each."""
    out: dict[str, dict[int, dict[Phrase, list[str]]]] = {}
    for name in names:
        for first, phrases in lexicon().intents[name].by_first.items():
            for ph in phrases:
                out.setdefault(first, {}).setdefault(len(ph), {}).setdefault(ph, []).append(name)
    return {
        first: tuple(sorted(by_len.items(), key=lambda x: x[0], reverse=True))
        for first, by_len in out.items()
    }


def intents_spans(names: tuple[str, ...], toks: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
    """``{name: intent_spans(name, toks)}`` for every family in ``names``, in one pass: at each
    word, each length's cut of the words is looked up, longest first, and each family takes the
    longest of its phrases found there."""
    index = _by_first(names)
    out: dict[str, list[tuple[int, int]]] = {name: [] for name in names}
    size = len(toks)
    for i, t in enumerate(toks):
        bucket = index.get(t)
        if not bucket:
            continue
        done: set[str] = set()
        for n, held in bucket:
            if i + n > size:
                continue
            for name in held.get(tuple(toks[i : i + n]), ()):
                if name not in done:
                    out[name].append((i, i + n))
                    done.add(name)
    return out


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    data: dict[str, Any] = load("words.json")
    return data


def word_list(name: str) -> list[str]:
    """A closed word class from data/words.json, in file order."""
    return [str(w) for w in _words()[name]]


@lru_cache(maxsize=16)
def intent_words(name: str) -> frozenset[str]:
    """The one-word phrases of an intent family of data/intents.json, folded as matched."""
    return frozenset(p[0] for p in lexicon().intents[name].phrases if len(p) == 1)


@lru_cache(maxsize=64)
def word_set(name: str) -> frozenset[str]:
    """A closed word class from data/words.json, as written and folded (no diacritics)."""
    raw = [str(w) for w in _words()[name]]
    return frozenset(raw) | frozenset(fold(w) for w in raw)
