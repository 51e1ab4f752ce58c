"""A customer's sentence cut into segments: the unit item rules work on.

Segments break at commas, "+", ";", "/", line breaks and conjunctions ("dhe", "edhe", "and",
"und", "oppure"...). Each sentence carries its tokens, its segment boundaries and its intents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from plugins.parser_rules.lexicon import intent_spans, intents_spans, lexicon, word_set
from plugins.parser_rules.memo import memoised_sentences
from plugins.parser_rules.normalize import Token, sentences, tokenize
from plugins.parser_rules.numbers import number_value

CONJUNCTIONS = word_set("conjunctions")
_SEPARATORS = frozenset(",;:+/\n&")
# clothing size letters, folded ("L/XL" is one size: variants.SIZE_LETTERS)
_SIZES = frozenset(["xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl"])
_AND_COUNT = word_set("and_count")
_SLAVIC = word_set("slavic_markers")
_ADDITIVE = word_set("additive")
MAX_TOKENS = 400


@dataclass
class Sentence:
    message: int
    start: int  # char offset of the sentence in the message
    raw: str
    toks: list[Token]
    breaks: set[int]
    question: bool
    intents: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # what pure readers of the sentence found in it (``memo.per_sentence``), kept with it
    facts: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def texts(self) -> list[str]:
        return [t.text for t in self.toks]

    def spans(self, intent: str) -> list[tuple[int, int]]:
        """The token spans of an intent family; a family not found up front (``_INTENTS``) is
        found on first use and kept (``intent_spans``, its phrase set's ``find``, asked here
        without the call between)."""
        found = self.intents.get(intent)
        if found is None:
            found = self.intents[intent] = lexicon().intents[intent].find(self.texts)
        return found

    def has(self, intent: str) -> bool:
        found = self.intents.get(intent)
        if found is None:
            # ``spans`` on first use, without the call between (the same family kept)
            found = self.intents[intent] = lexicon().intents[intent].find(self.texts)
        return bool(found)

    def sub(self, a: int, b: int) -> Sentence:
        """The tokens a..b as a sentence of their own (same message, same character offsets)."""
        toks = self.toks[a:b]
        intents = {
            k: [(s - a, e - a) for s, e in v if a <= s and e <= b] for k, v in self.intents.items()
        }
        breaks = {k - a for k in self.breaks if a < k < b}
        return Sentence(self.message, self.start, self.raw, toks, breaks, self.question, intents)

    def segment_bounds(self, i: int) -> tuple[int, int]:
        lo = i
        while lo > 0 and lo not in self.breaks:
            lo -= 1
        hi = i + 1
        while hi < len(self.toks) and hi not in self.breaks:
            hi += 1
        return lo, hi


_INTENTS = (
    "order",
    "agree",
    "hesitate",
    "cancel",
    "past",
    "complaint",
    "inquiry",
    "correct",
    "only",
    "old_value",
    "remove",
    "question",
    "shipping",
    "decline",
    "both",
    "as_proposed",
    "price_ask",
    "enough",
    "not_needed",
)
_QUESTION_START = word_set("question_start")


def and_count(toks: Sequence[Token], k: int) -> bool:
    """ "una grande blu e una media rosa", "nje e zeze e nje gri": "e" (and) before a count
    word joins two things; elsewhere it is an article ("e madhe")."""
    return (
        toks[k].text in _AND_COUNT
        and not (k and toks[k - 1].text in ("tutti", "tutte"))  # "tutte e due": both
        and k + 1 < len(toks)
        and toks[k + 1].text.isalpha()
        and number_value(toks[k + 1].text) is not None
    )


def _and_code(raw: str, toks: Sequence[Token], k: int) -> bool:
    """'#40 e #01', '#12 rozë e #31': "e" before a shade code written with "#", a few words
    after another such code, joins two codes; an article never stands before a code."""
    return (
        0 < k < len(toks) - 1
        and raw[toks[k].end : toks[k + 1].start].strip() == "#"
        and toks[k + 1].text.isdigit()
        and any(
            toks[j].text.isdigit() and raw[toks[j].start - 1 : toks[j].start] == "#"
            for j in range(max(0, k - 5), k)
        )
    )


_SO_THAT = word_set("so_that")


def _so_that(texts: Sequence[str], a: int) -> bool:
    """The words at ``a`` follow "që / për të / damit / affinché": a purpose clause."""
    k = a - 1
    if k >= 1 and texts[k] == "te":
        k -= 1  # "që të mos", "për të mos"
    return k >= 0 and texts[k] in _SO_THAT and (texts[k] != "per" or k + 1 < a)


def _sum_code(a: str, b: str) -> bool:
    """Two small numbers glued by "+" ("2+1", "3+1", "8+1"): a code the goods are named by (a
    flat's rooms and kitchens, a van's seats), not two counts."""
    return a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2


@memoised_sentences  # asked again for a message by several readers (memo.py)
def split_sentences(message_index: int, text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for s, e in sentences(text):
        raw = text[s:e]
        toks = tokenize(raw)[:MAX_TOKENS]
        if not toks:
            continue
        breaks: set[int] = set()
        # Macedonian / Serbian "crven i nude": "i" is "and", where in Albanian it is an article
        slavic_and = "i" if any(t.text in _SLAVIC for t in toks) else ""
        for k in range(1, len(toks)):
            between = raw[toks[k - 1].end : toks[k].start]
            if between == "/" and toks[k - 1].text.isdigit() and toks[k].text.isdigit():
                continue  # "30/32", "1/2": one size or amount, not two segments
            if between == "+" and _sum_code(toks[k - 1].text, toks[k].text):
                continue  # "2+1" (a flat's rooms), "8+1" (a van's seats): one code
            if between == "/" and toks[k - 1].text in _SIZES and toks[k].text in _SIZES:
                continue  # "L/XL", "S/M": one size of two letters, not two choices
            if not _SEPARATORS.isdisjoint(between) or toks[k].text in CONJUNCTIONS:
                breaks.add(k)
            if toks[k - 1].text in CONJUNCTIONS or toks[k - 1].text == slavic_and:
                breaks.add(k)
            if toks[k].text == slavic_and:
                breaks.add(k)
            if toks[k].text in _AND_COUNT and (and_count(toks, k) or _and_code(raw, toks, k)):
                breaks.update((k, k + 1))
            if toks[k].text == "i" and k + 1 < len(toks) and toks[k + 1].text in _ADDITIVE:
                breaks.add(k)  # Macedonian / Serbian "i uste", "i još" (and also)
        texts = [t.text for t in toks]
        intents = intents_spans(_INTENTS, texts)
        # "ja lista: Era, Alba, Dua, Hana": an order word written as a name among names
        intents["order"] = [
            (a, b) for a, b in intents["order"] if not (b == a + 1 and _listed_name(raw, toks, a))
        ]
        for name in ("remove", "cancel"):
            # "nje zinxhir qe mos i humb" (a chain so that he does not lose them): a "don't" in
            # a purpose clause removes and cancels nothing
            intents[name] = [(a, b) for a, b in intents[name] if not _so_that(texts, a)]
        if intents["only"]:
            intents["only"] = [
                (a, b)
                for a, b in intents["only"]
                if not _only_when(texts, b) and not _just_now(texts, a, b)
            ]
        if intents["past"]:
            # "paguaj kur vjen", "I'll pay when it arrives": paying on delivery, not asking
            # where an earlier order is
            paid = intents_spans(("pay_on_delivery",), texts)["pay_on_delivery"]
            intents["past"] = [
                (a, b) for a, b in intents["past"] if not any(p <= a and b <= q for p, q in paid)
            ]
        if intents["complaint"]:
            # "vajtje dhe kthim", "there and back": the trip back, not goods sent back
            trip = intents_spans(("round_trip",), texts)["round_trip"]
            intents["complaint"] = [
                (a, b)
                for a, b in intents["complaint"]
                if not any(p <= a and b <= q for p, q in trip)
            ]
        question = raw.rstrip().endswith("?")
        sent = Sentence(message_index, s, raw, toks, breaks, question, intents)
        # the words read above are the sentence's ``texts`` (the cached property's own value,
        # kept where it looks first, so it is not worked out again on first use)
        sent.__dict__["texts"] = texts
        out.append(sent)
    return out


# "vetëm për 1 nëntor", "only on Saturday", "solo per sabato", "nur für Samstag"
_TIME_PREPS = frozenset(("per", "for", "on", "ne", "me", "fur", "am", "il", "nel", "deri", "until"))
_TIMES = word_set("not_goods")


def _only_when(texts: Sequence[str], b: int) -> bool:
    """ "30 karrige vetëm për 1 nëntor" (chairs only for the 1st): "only" before a preposition
    and a date, a day or a span of time limits when, not which products (session 15)."""
    if b >= len(texts) or texts[b] not in _TIME_PREPS:
        return False
    after = texts[b + 1 : b + 4]
    when = intent_spans("when", after)
    return bool(when) or any(t in _TIMES for t in after)


_RECENT_PAST = word_set("recent_past")
_PERFECT = frozenset(("have", "has", "had", "ve", "d"))


def _just_now(texts: Sequence[str], a: int, b: int) -> bool:
    """ "my brother just came over", "I've just measured it": English "just" before a verb in
    the past (or after "have") says when, not "only" (session 19)."""
    if texts[a] != "just":
        return False
    if a and texts[a - 1] in _PERFECT:
        return True
    return b < len(texts) and (
        texts[b] in _RECENT_PAST or len(texts[b]) > 4 and texts[b].endswith("ed")
    )


def _listed_name(raw: str, toks: list[Token], k: int) -> bool:
    """The capitalised word at ``k`` stands between commas ("Era, Alba, Dua, Hana"; the names
    around it may be blanked as contact details): an item of a list of names, not the verb
    "dua" (I want)."""
    t = toks[k]
    return (
        k > 0
        and t.raw[:1].isupper()
        and raw[: t.start].rstrip().endswith(",")
        and raw[t.end :].lstrip()[:1] == ","
    )


# what follows the Albanian question particle "a": a clitic, a negation, a modal or a verb
# ("a e keni", "a ju ka mbetur", "a dergoni", "a mund", "a osht"); the English article "a" is
# followed by the thing itself ("a black dress, M")
_AFTER_A = word_set("after_question_a")


def starts_like_question(sent: Sentence) -> bool:
    if not sent.toks or sent.toks[0].text not in _QUESTION_START:
        return False
    if sent.toks[0].text == "a" and len(sent.toks) > 1:
        nxt = sent.toks[1].text
        return nxt in _AFTER_A or (len(nxt) > 3 and nxt.endswith("ni"))
    return True
