"""Goods the shop says come with the order, or are not needed, are no line of it.

"A mundemi me marr edhe maska per femijet?" - "Maskat e snorkelit janë të përfshira në tur": the
shop answers that the masks come with the tour; "Qiraja e pistës … kaskat përfshihen": the
helmets come with the track; "Me PEI s'ju duhet ngjitës": no glue is needed. ``said_free`` is
the one reader of such a sentence (intents.json ``comes_included``, ``comes_within``,
``needless``). Its two users: the shop's offers leave those goods out and a line only asked
about goes (``merchant_lines``), and at the end ``drop_included`` drops the lines of goods the
shop said are included, unless the customer names them again after that message (then they are
wanted on their own). See docs/parser.md, "Session 22: dev47", "Session 22 (extra)" and
"Session 22: one reader where this session's branches wrote two".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from plugins.parser_rules.catalog_match import CatalogIndex
from plugins.parser_rules.item_state import ItemState
from plugins.parser_rules.lexicon import word_set
from plugins.parser_rules.mentions import Mention, find_mentions
from plugins.parser_rules.segments import Sentence

_NEGATIONS = word_set("negations") | {"s"}  # "s'përfshihen": "s" is a token


def says_free(sent: Sentence, only_included: bool = False) -> bool:
    """The sentence holds a phrase of goods included or not needed (``said_free`` reads it)."""
    if sent.has("comes_included"):
        return True
    return not only_included and (sent.has("comes_within") or sent.has("needless"))


def said_free(
    sent: Sentence, found: Sequence[Mention], only_included: bool = False
) -> list[Mention]:
    """The mentions ``found`` in a shop's sentence that it says come with other goods or are not
    needed: before "përfshihen / included / incluso / inbegriffen" in its clause ("kaskat
    përfshihen", "Maskat janë të përfshira në tur": not the tour after it), after "përfshin /
    includes / beinhaltet" in its clause ("përfshin montimin"), and after "s'ju duhet / you
    don't need / non serve / brauchen Sie nicht" in its clause, else right before it in its
    clause ("TVSH nuk ju duhet"). A clause ends at a comma, semicolon or colon. A negation up to
    three words before "included" says the opposite ("nuk përfshihet", "not included", "non è
    incluso"). Not in a question ("A ju duhet edhe X?" offers X). The one reader of both uses:
    the shop's offers (``merchant_lines``: all three) and the lines dropped at the end
    (``drop_included``: ``only_included``, the goods before "included")."""
    if not found or sent.question:
        return []
    raw, toks = sent.raw, sent.toks

    def clause(a: int, b: int) -> tuple[int, int]:
        """The character span of the clause around the tokens ``a:b``."""
        lo = max(raw.rfind(c, 0, toks[a].start) for c in ",;:") + 1
        ends = [e for c in ",;:" if (e := raw.find(c, toks[b - 1].end)) >= 0]
        return lo, min(ends, default=len(raw))

    def within(lo: int, hi: int) -> list[Mention]:
        return [m for m in found if lo <= toks[m.start].start and toks[m.end - 1].end <= hi]

    def negated(a: int) -> bool:
        """ "nuk përfshihet", "not included", "non è incluso": the opposite."""
        return any(toks[k].text in _NEGATIONS for k in range(max(0, a - 3), a))

    out: list[Mention] = []
    for a, b in sent.spans("comes_included"):
        if negated(a):
            continue
        lo, _hi = clause(a, b)
        out += within(lo, toks[a].start)
    if only_included:
        return out
    for a, b in sent.spans("comes_within"):
        if negated(a):
            continue
        _lo, hi = clause(a, b)
        out += within(toks[b - 1].end, hi)
    for a, b in sent.spans("needless"):
        lo, hi = clause(a, b)
        out += within(toks[b - 1].end, hi) or within(lo, toks[a].start)[-1:]
    return out


def included_by_shop(
    index: CatalogIndex, merchant_sents: dict[int, list[Sentence]]
) -> dict[int, frozenset[int]]:
    """Per merchant message, the products its statements say are included (``said_free``, the
    goods before "përfshihen / included"): the best fits of each such mention."""
    out: dict[int, frozenset[int]] = {}
    for i, sents in merchant_sents.items():
        found: set[int] = set()
        for s in sents:
            if s.question or not s.toks or not says_free(s, only_included=True):
                continue  # (no mentions read for a sentence that says nothing of the kind)
            mentions = [m for m in find_mentions(index, s.toks, s.breaks) if m.candidates]
            for m in said_free(s, mentions, only_included=True):
                found |= _best_of(m)
        if found:
            out[i] = frozenset(found)
    return out


def _best_of(m: Mention) -> set[int]:
    """The products a mention fits best (all those tied with its first candidate)."""
    if not m.candidates:
        return set()
    best = m.candidates[0][0]
    return {p for sc, p in m.candidates if sc >= best - 1e-9}


def _best_fits(index: CatalogIndex, s: Sentence) -> frozenset[int]:
    out: set[int] = set()
    for m in find_mentions(index, s.toks, s.breaks):
        out |= _best_of(m)
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
