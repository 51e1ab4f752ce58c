"""Items without a catalog: the product as the customer named it ("2 kg kurabie")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plugins.parser_rules.lexicon import lexicon, word_set
from plugins.parser_rules.numbers import number_value, unit_of
from plugins.parser_rules.segments import Sentence

_STOP_AFTER = word_set("stop_after")
_SKIP_BEFORE = word_set("skip_before")
_ADJ_TAIL = word_set("adj_tail")
_NOT_GOODS = word_set("not_goods")  # "per 15 veta", "ne 3 dite": people and time, not goods
_AVAILABLE = re.compile(
    r"\b(?:is|are) (?:the |your )?(?P<x>[\w' -]{3,60}?) (?:still )?(?:available|in stock)\b"
    r"|\b(?:a e keni|a i keni|e keni|i keni|keni|avete|habt ihr|haben sie) (?:ende |ancora |noch )?"
    r"(?:la |il |lo |le |i |gli |den |die |das )?(?P<y>[\w' -]{3,60}?)(?=[?.,]|$)",
    re.IGNORECASE,
)
_RELATIVE = frozenset(["qe", "që", "that", "which", "che", "die", "der", "das"])
_ONE = frozenset(["one", "it", "them", "e", "i", "një", "nje", "ni", "uno", "una", "eins"])


def _counted_noun(word: str) -> bool:
    """ "pale", "cope", "pieces", "Stück", "kavanoza": what a count of goods is followed by."""
    lex = lexicon()
    return (
        word in word_set("pair_words")
        or word in word_set("containers")
        or lex.concept(word) == "piece"
    )


@dataclass
class FreeItem:
    name: str
    quantity: int
    message: int
    start: int
    end: int


@dataclass
class FreeItems:
    items: list[FreeItem] = field(default_factory=list)
    asked: FreeItem | None = None  # "Is the filigree necklace still available?"
    ordering: int = -1  # the message whose order phrase the following sentences continue

    def read(self, sent: Sentence) -> bool:
        if sent.question and not self.items:
            m = _AVAILABLE.search(sent.raw)
            if m is not None:
                g = "x" if m.group("x") else "y"
                name = m.group(g).strip()
                self.asked = FreeItem(
                    name, 1, sent.message, sent.start + m.start(g), sent.start + m.end(g)
                )
        if sent.has("order"):
            self.ordering = sent.message
        elif self.ordering != sent.message or sent.question:
            return False  # a sentence after "e dua." in the same message goes on with the order
        # "I'd like one shipped to London": the thing asked about
        asked = self.asked is not None and not self.items and not sent.question
        if asked and self.asked is not None and any(t.text in _ONE for t in sent.toks):
            self.items.append(self.asked)
            self.asked = None
            return True
        toks = sent.toks
        found = False
        k = 0
        n = len(toks)
        while k < n:
            v = number_value(toks[k].text)
            if v is None or (toks[k].text[:1].isdigit() and len(toks[k].text) > 3):
                k += 1
                continue
            if toks[k].text in ("a", "an") or (k + 1 < n and toks[k + 1].text in _NOT_GOODS):
                k += 1  # "a mund te...", "per 15 veta"
                continue
            qty = max(1, int(v))
            j = k + 1
            if j < n and unit_of(toks[j].text) is not None:
                j += 1
            while j < n and toks[j].text in (
                "pale",
                "pal",
                "cope",
                "copë",
                "pair",
                "pieces",
                "of",
                "di",
            ):
                j += 1
            words: list[int] = []
            while j < n and len(words) < 5 and j not in sent.breaks or (j < n and not words):
                t = toks[j].text
                if t in _STOP_AFTER and words and t not in ("me", "with", "con", "mit", "e"):
                    break
                if number_value(t) is not None and words:
                    break
                words.append(j)
                j += 1
            while words and (
                toks[words[-1]].text in _ADJ_TAIL
                or toks[words[-1]].text in ("me", "e", "te", "with", "con", "mit")
            ):
                words.pop()
            if words and toks[words[0]].text not in lexicon().numbers:
                a, b = toks[words[0]].start, toks[words[-1]].end
                self.items.append(
                    FreeItem(sent.raw[a:b], qty, sent.message, sent.start + a, sent.start + b)
                )
                found = True
            k = max(j, k + 1)
        if not found:
            found = self._named_first(sent)
        return found

    def _named_first(self, sent: Sentence) -> bool:
        """ "Vathet e filigranit qe keni postuar i dua 2 pale": named first, counted after."""
        toks = sent.toks
        counts = [
            k
            for k, t in enumerate(toks[:-1])
            if number_value(t.text) is not None
            and t.text not in ("a", "an")
            and _counted_noun(toks[k + 1].text)
        ]
        if not counts:
            return False
        start = max([b for b in sent.breaks if b <= counts[0]] + [0])
        words: list[int] = []
        for k in range(start, counts[0]):
            t = toks[k].text
            ordering = bool(lexicon().intents["order"].find([t]))
            if t in _RELATIVE or (
                words and (ordering or t in _SKIP_BEFORE and t not in ("e", "me", "te"))
            ):
                break
            if not words and (
                t in _SKIP_BEFORE or t in lexicon().numbers or lexicon().intents["order"].find([t])
            ):
                continue
            words.append(k)
        if not words or len(words) > 5:
            return False
        a, b = toks[words[0]].start, toks[words[-1]].end
        q = number_value(toks[counts[0]].text) or 1
        self.items.append(
            FreeItem(sent.raw[a:b], max(1, int(q)), sent.message, sent.start + a, sent.start + b)
        )
        return True
