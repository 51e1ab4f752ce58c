"""The count the shop last stated for a line, after the customer's last word on it.

"edhe dy të tjera" - "5 saksi balte 14 cm atëherë"; "make it 4 of the little ones" - "OK, 4
cupcake boxes: 48€": the shop's reply states, in the catalog's words, the count it wrote down
for one product of the order.
When the customer does not speak of that product again, and no change of a count follows,
the shop's count is the line's: the shop's notebook is the order, and it reads the customer's
change (or the customer's count in words the parser does not read) better than the parser.

The counts are read as ``uncertain_counts`` reads them (the merchant's statements: a small
number right before the name or marked "x2" after it, in a sentence that states or asks to
confirm, not in an offer, a question of options, a decline or a condition). Only a product
with one line in the order is changed, and only when its latest statement is one count, of no
variant or of the line's own variant; a line split by variant is left to the readers of
splits. See docs/parser.md, "Session 21: quantities".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from core.plugin_api import ExtractedItem
from plugins.parser_rules.arithmetic import recounted_since
from plugins.parser_rules.catalog_match import CatalogIndex
from plugins.parser_rules.mentions import Mention, find_mentions
from plugins.parser_rules.merchant_lines import _asks_to_confirm, states
from plugins.parser_rules.normalize import fold, tokenize
from plugins.parser_rules.numbers import number_value
from plugins.parser_rules.per_unit import name_unit
from plugins.parser_rules.restated_order import MAX_RESTATED_COUNT, _disputes
from plugins.parser_rules.segments import Sentence
from plugins.parser_rules.totals import total_check
from plugins.parser_rules.uncertain_counts import _changes, _Said, _statements
from plugins.parser_rules.variants import says_verbatim

MAX_SENTENCES = 400  # merchant sentences read (the last ones)


def shop_stated_counts(
    items: list[ExtractedItem],
    index: CatalogIndex,
    merchant: Mapping[int, Sequence[Sentence]],
    customer: Mapping[int, Sequence[Sentence]],
    texts: Sequence[tuple[int, str, str]],
) -> None:
    """Set the count of each one-line product to the count the shop last stated for it, when
    the customer neither names that product nor changes a count afterwards."""
    if not items:
        return
    where: dict[int, list[int]] = {}
    for k, line in enumerate(items):
        entry = index.by_sku.get(line.product or "")
        if entry is not None:
            where.setdefault(entry.index, []).append(k)
    single = {p for p, ks in where.items() if len(ks) == 1}
    variant_of = {p: items[ks[0]].variant for p, ks in where.items()}
    if not single:
        return
    stated: dict[int, list[_Said]] = {}
    sents = [s for m in sorted(merchant) for s in merchant[m]][-MAX_SENTENCES:]
    for sent in sents:
        if not (states(sent) or _asks_to_confirm(sent)):
            continue
        if not any(number_value(t.text) is not None for t in sent.toks):
            continue
        if sent.has("shop_has"):
            continue  # "Po, i kemi edhe 4 saksi": the stock, not the order
        mentions = find_mentions(index, sent.toks, sent.breaks)
        for s in _statements(index, sent, single):
            if not _named(s, sent, mentions) or _shared(s, sent, mentions, variant_of):
                continue
            if not _plain(s, sent, index):
                continue
            stated.setdefault(s.product, []).append(s)
    if not stated:
        return
    said = [s for m in sorted(customer) for s in customer[m]]
    changed = max((c.message for c in said if _changes(c)), default=-1)
    changes: dict[int, int] = {}
    stated_at: dict[int, int] = {}
    for p, all_said in stated.items():
        last = max(s.message for s in all_said)
        if last < changed:
            continue
        latest = [s for s in all_said if s.message == last]
        if any(not s.tied for s in latest):
            # "2 saksi balte … + 1 saksi për kaktus": words that fit every pot yield to the
            # words that name this one
            latest = [s for s in latest if not s.tied]
        if len({s.count for s in latest}) != 1:
            continue
        k = where[p][0]
        line = items[k]
        variants = index.products[p].variants
        named = {variants[s.variant] for s in latest if s.variant is not None}
        if named and named != {line.variant}:
            continue
        count = latest[0].count
        if count == line.quantity or count > MAX_RESTATED_COUNT:
            continue  # a larger count is taken from a restatement only on a yes (restated_order)
        ev = line.evidence
        if ev is not None and last <= ev.message_index and ev.message_index in customer:
            continue  # said before the customer ordered it: an offer, a pack, the stock
        if not _taken(p, last, customer, index):
            continue
        if recounted_since(index, line.product, last, texts):
            continue  # "Va bene, 6 giorni allora, 72€": a later count with its sum stands
        if name_unit(index.products[p].name) and line.quantity % count == 0:
            # "2 betoniera për 3 ditë" of a mixer hired by the day: the shop counts the
            # pieces, the line counts piece-days (the readers of units multiplied it)
            continue
        if any(
            m.product == p
            for c in said
            if c.message > last
            for m in find_mentions(index, c.toks, c.breaks)
        ):
            continue  # the customer spoke of the product again
        changes[k] = count
        stated_at[k] = last
    if not changes:
        return
    new = [
        replace(line, quantity=changes[k]) if k in changes else line for k, line in enumerate(items)
    ]
    before = total_check(items, texts, index)
    if before is not None and before[1] and before[0].message > min(stated_at.values()):
        after = total_check(new, texts, index)
        if after is None or not after[1]:
            return  # the lines added up to the shop's total; the shop's count does not
    items[:] = new


def _inside(s: _Said, sent: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions whose words lie inside the statement's span."""
    lo, hi = s.evidence.start - sent.start, s.evidence.end - sent.start
    toks = sent.toks
    return [m for m in mentions if lo <= toks[m.start].start and toks[m.end - 1].end <= hi]


def _named(s: _Said, sent: Sentence, mentions: Sequence[Mention]) -> bool:
    """The statement names its product ("3 saksi balte"), not only a variant of it in loose
    words ("3 ovals" beside "2 pasqyra ovale"): a count of loose words that no line holds is
    no restatement of that line (session 20's restatement parts)."""
    return any(any(p == s.product for _sc, p in m.candidates) for m in _inside(s, sent, mentions))


def _shared(
    s: _Said, sent: Sentence, mentions: Sequence[Mention], order: Mapping[int, str | None]
) -> bool:
    """The words of the statement fit another product of the order too ("1 lapsa me gomë" of
    the pencil, also words of the set "Kuti lapsash + gomë"): which line it counts is not
    sure."""
    for m in _inside(s, sent, mentions):
        top = m.candidates[0][0]
        for sc, p in m.candidates:
            if p == s.product or p not in order:
                continue
            # "byrek" fits the spinach and the cheese pie alike: a tie is not sure; a weaker
            # fit is, unless the words say that line's own variant ("HB 2 copë")
            variant = order[p]
            if sc >= top - 1e-9 or (variant and says_verbatim(sent.toks[m.start :], variant)):
                return True
    return False


# "= 10 kunja", "= 8 m²": what a sum or a pack comes to, "3 persona × 2 orë": a second
# factor; "x 3 ditë": a factor follows
_AFTER_SUM = re.compile(r"(?:[=→×*]|\bx)\s*$")
_FACTOR_NEXT = re.compile(r"^\s*[x×*]\s*\d")
_TERM_NEXT = re.compile(r"^\s*(?:[^\W\d_]+\s*[=×*]|[x×*]\s*\d)")
_NUMBER_BEFORE = re.compile(r"\d\s*$")


def _plain(s: _Said, sent: Sentence, index: CatalogIndex) -> bool:
    """The statement is a plain count of the line: not what a pack or a sum comes to ("1 pako
    = 10 kunja"), not one factor of a product ("2 biçikleta x 3 ditë = 60€"), not a number of
    the product's own name ("7 Drithërat 500 g" of "Musli 7 Drithërat")."""
    lo, hi = s.evidence.start - sent.start, s.evidence.end - sent.start
    if _AFTER_SUM.search(sent.raw[max(0, lo - 3) : lo]) or _FACTOR_NEXT.match(sent.raw[hi:]):
        return False
    # "2 instruktorë x 3 orë = 6 orë": a unit word and "=" or "x 2" follow: a term
    if _TERM_NEXT.match(sent.raw[hi:]):
        return False
    if _NUMBER_BEFORE.search(sent.raw[max(0, lo - 8) : lo]):
        return False  # "2 instruktorë x 3": the count read after the name is a second factor
    name = {t.text for t in tokenize(fold(index.products[s.product].name))}
    return not any(
        lo <= t.start < hi and t.text in name and number_value(t.text) == s.count for t in sent.toks
    )


def _taken(
    product: int, message: int, customer: Mapping[int, Sequence[Sentence]], index: CatalogIndex
) -> bool:
    """The customer answered the shop's message and did not dispute it: the first customer
    message after it neither corrects, narrows, removes nor opens with a no, unless only in a
    sentence that names another product of the catalog ("po, vetëm ujitësen e dua blu")."""
    after = [m for m in customer if m > message]
    if not after:
        return False
    sents = customer[min(after)]
    for sent in sents:
        if not _disputes([sent]):
            continue
        named = {m.product for m in find_mentions(index, sent.toks, sent.breaks)}
        if not named or product in named:
            return False
    return True
