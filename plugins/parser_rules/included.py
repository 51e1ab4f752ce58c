"""Goods the shop says come with the order are no line of it.

"A mundemi me marr edhe maska per femijet?" - "Maskat e snorkelit janë të përfshira në tur": the
shop answers that the masks come with the tour; "Qiraja e pistës … kaskat përfshihen": the
helmets come with the track. The product named before the shop's "included / përfshihen /
incluso / inklusive" in a statement (not a question) is no line, unless the customer names it
again after that message (then it is wanted on its own). See docs/parser.md, "Session 22:
dev47".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from plugins.parser_rules.catalog_match import CatalogIndex
from plugins.parser_rules.item_state import ItemState
from plugins.parser_rules.lexicon import word_set
from plugins.parser_rules.mentions import find_mentions
from plugins.parser_rules.segments import Sentence

_ACTIVE = word_set("includes_verbs")
_NEGATIONS = word_set("negations") | {"s"}  # "s'përfshihen": "s" is a token


def _negated(s: Sentence, start: int, end: int) -> bool:
    """A negation in the segment before the phrase or the word right after it ("nuk
    përfshihen", "not included", "incluso no")."""
    return any(t.text in _NEGATIONS for t in s.toks[start : end + 1])


def included_by_shop(
    index: CatalogIndex, merchant_sents: dict[int, list[Sentence]]
) -> dict[int, frozenset[int]]:
    """Per merchant message, the products its statements say are included: the best fits of
    each mention before an "included" phrase in the same segment."""
    out: dict[int, frozenset[int]] = {}
    for i, sents in merchant_sents.items():
        found: set[int] = set()
        for s in sents:
            if s.question or not s.toks:
                continue
            for a, e in s.spans("included"):
                # the segment the phrase closes: back to the last break before it
                start = max((b for b in s.breaks if b <= a), default=0)
                # "Llambat brenda nuk përfshihen", "not included", "non incluso": sold apart
                if _negated(s, start, e) or any(t.text in _ACTIVE for t in s.toks[a:e]):
                    continue  # "paketa i përfshin": the package holds them, it is not held
                for m in find_mentions(index, s.toks, s.breaks):
                    if start <= m.start and m.end <= a and m.candidates:
                        best = m.candidates[0][0]
                        found |= {p for sc, p in m.candidates if sc >= best - 1e-9}
        if found:
            out[i] = frozenset(found)
    return out


def _best_fits(index: CatalogIndex, s: Sentence) -> frozenset[int]:
    out: set[int] = set()
    for m in find_mentions(index, s.toks, s.breaks):
        if m.candidates:
            best = m.candidates[0][0]
            out |= {p for sc, p in m.candidates if sc >= best - 1e-9}
    return frozenset(out)


def drop_included(
    state: ItemState,
    included: dict[int, frozenset[int]],
    history: Sequence[tuple[Sentence, frozenset[int]]],
) -> None:
    """Drop the lines of products the shop said are included, unless a customer sentence after
    that message names the product."""
    if not included:
        return
    gone: set[int] = set()
    for i, products in included.items():
        # the best fits of the customer's later mentions ("balaklavat" fits the helmet too,
        # less well: it does not name it)
        later: Iterable[frozenset[int]] = (
            _best_fits(state.index, s) for s, named in history if s.message > i and named
        )
        wanted = set().union(*later)
        gone |= products - wanted
    if gone and any(it.product not in gone for it in state.items if not it.tentative):
        state.items[:] = [it for it in state.items if it.product not in gone]
