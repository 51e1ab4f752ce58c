"""Items without a catalog: the product as the customer named it ("2 kg kurabie")."""

from __future__ import annotations

from dataclasses import dataclass, field

from plugins.parser_rules.lexicon import lexicon, word_set
from plugins.parser_rules.numbers import number_value, unit_of
from plugins.parser_rules.segments import Sentence

_STOP_AFTER = word_set("stop_after")
_SKIP_BEFORE = word_set("skip_before")
_ADJ_TAIL = word_set("adj_tail")


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

    def read(self, sent: Sentence) -> bool:
        if not sent.has("order") and not (sent.intents.get("question") and sent.has("order")):
            return False
        toks = sent.toks
        found = False
        k = 0
        n = len(toks)
        while k < n:
            v = number_value(toks[k].text)
            if v is None or (toks[k].text[:1].isdigit() and len(toks[k].text) > 3):
                k += 1
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
        return found
