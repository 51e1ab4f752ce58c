"""Customer words that ask for goods the parser could not name (``ExtractedOrder.unrecognised``).

A signal for the merchant, never an item: the lines stay as the reader made them. Read after the
items, on the customer's sentences of an order, with what the rest of the parser already knows:

* a *count* ("3", "dy", "nji", "two", "due", "zwei", "dva") opening a segment, or after "and",
  "also" or an order verb ("dhe 3 krifle", "edhe nji kuti …", "plus 2 Brezel", "e 2 cornetti",
  "and two of the wraps"), followed by a word nobody accounts for;
* "also" opening a segment that named nothing, in a sentence that orders or names goods
  elsewhere, followed by such a word ("me sill edhe …", "i dua edhe …"). An order verb alone
  before an unknown word is not read: the verb after "dua të" / "vorrei" is unknown too.

A word is accounted for when it lies in a product mention or an item's words, was taken as a
contact detail (blanked before items are read), resolves in the catalog (a product word, a
variant, a concept, a measure), or is a word of the lexicons that never names goods (stop and
intent words, numbers, units, containers, people, places, days, payment and delivery words…).
Nothing is read in a question, a sentence about an earlier purchase or a complaint, nor one that
cancels, declines, hesitates, removes, sets a condition or asks for prices or pictures.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from core.plugin_api import Evidence
from plugins.parser_rules.catalog_match import (
    CatalogIndex,
    function_words,
    is_attribute,
    loose_spelling,
)
from plugins.parser_rules.lexicon import lexicon, word_set
from plugins.parser_rules.mentions import find_mentions
from plugins.parser_rules.normalize import Token, tokenize
from plugins.parser_rules.numbers import find_measures, number_value, unit_of
from plugins.parser_rules.segments import CONJUNCTIONS, Sentence

MAX_FLAGS = 8
_MAX_COUNT = 50  # a bare number above this is a price, a year, a size or an address
_QUIET = (
    "cancel",
    "decline",
    "hesitate",
    "not_needed",
    "remove",
    "past",
    "complaint",
    "inquiry",
    "conditional",
    "elsewhere",
    "want_to_know",
    "price_ask",
    "info_request",
    "asks",
    "shipping",
    "bought",
)
_ADDITIVE = word_set("additive") | word_set("add_words")
_LINKS = word_set("count_links")  # "two of the wraps", "3 pacchi di": words between count and noun


@lru_cache(maxsize=1)
def _never_goods() -> frozenset[str]:
    """Words of the lexicons that name no goods, beside the function words."""
    lex = lexicon()
    out = set(function_words())
    for name in (
        "not_goods",
        "containers",
        "liquid_containers",
        "pair_words",
        "size_keywords",
        "currency",
        "payment_methods",
        "paid_in",
        "pay_verbs",
        "trades",
        "business_places",
        "organisations",
        "the_others",
        "each_one",
        "greetings",
        "when",
        "attribute_nouns",
        "dimension_words",
        "colours",
        "demonstratives",
        "negations",
        "phone_labels",
        "name_labels",
        "address_labels",
        "lead_words",
        "not_name",
        "amounts",
        "discourse",
        "prepositions",
        "same_words",
        "variant_topics",
        "body_self",
        "people_words",
        "plain_words",
        "kin_objects",
        "category_nouns",
        "request_openers",
        "thousands",
        "purpose",
        "seek_verbs",
    ):
        out |= word_set(name)
    out |= lex.family_names | lex.street_words | lex.detail_words
    out |= set(lex.ordinals) | lex.half_words | word_set("add_words")
    return frozenset(out)


def unrecognised(
    index: CatalogIndex,
    said: Iterable[Sentence],
    known: Sequence[tuple[int, int, int]],
    products: Iterable[int] = (),
    declines: Iterable[Sentence] = (),
) -> list[Evidence]:
    """The spans of ``said`` (the customer's sentences of the order, contact details blanked)
    that ask for goods nothing accounts for; ``known`` are the items' (message, start, end),
    ``products`` the catalog products of the order's lines (a word like one of their names,
    "çesme" for "Çezmë", is the line the merchant's words made); ``declines`` the merchant's
    sentences that decline goods ("krifle nuk kemi"): goods they name are not asked for."""
    said = list(said)
    out: list[tuple[Sentence, int, int]] = []
    lines = frozenset(products)
    named: list[frozenset[str]] = []  # made on the first sentence that needs it
    for sent in said:
        if sent.question or not any(
            t.text in _ADDITIVE or number_value(t.text) is not None for t in sent.toks
        ):
            continue  # no count and no "also": nothing to read (most sentences)
        got = _flags(index, sent, known)
        if got and not any(sent.has(name) for name in _QUIET):
            if not named:
                named.append(_name_words(index, lines))
            out += [
                (sent, a, b)
                for a, b in got
                if all(len(t.text) < 4 or t.text[:4] not in named[0] for t in sent.toks[a:b])
            ]
            if len(out) >= MAX_FLAGS:
                break
    if not out:
        return []
    # a later retreat ("krifle nuk i dua më"), the merchant's decline ("nuk kemi krifle") or a
    # restriction to what was named ("vetëm bukët atëherë") takes the words back
    retreat = [
        (r.message, frozenset(t.text[:4] for t in r.toks if len(t.text) >= 3))
        for r in [*said, *declines]
        if any(r.has(name) for name in _RETREATS)
    ]
    only_after = max((r.message for r in said if r.has("only")), default=-1)
    kept = []
    for sent, a, b in out[:MAX_FLAGS]:
        words = {t.text[:4] for t in sent.toks[a:b]}
        if sent.message < only_after or any(
            m >= sent.message and not words.isdisjoint(w) for m, w in retreat
        ):
            continue
        s, e = sent.toks[a].start, sent.toks[b - 1].end
        kept.append(Evidence(sent.message, sent.start + s, sent.start + e, sent.raw[s:e]))
    return kept


_RETREATS = ("cancel", "remove", "not_needed", "decline")


def _flags(
    index: CatalogIndex,
    sent: Sentence,
    known: Sequence[tuple[int, int, int]],
) -> list[tuple[int, int]]:
    toks = sent.toks
    n = len(toks)
    taken = [False] * n
    for m in find_mentions(index, toks, sent.breaks):
        for k in range(m.start, m.end):
            taken[k] = True
    spans = [(s - sent.start, e - sent.start) for i, s, e in known if i == sent.message]
    if spans:
        for k, t in enumerate(toks):
            if any(s < t.end and t.start < e for s, e in spans):
                taken[k] = True
    measure_end: dict[int, int] = {m.start: m.end for m in find_measures(toks)}
    measured = [False] * n
    for a, b in measure_end.items():
        for k in range(a, b):
            measured[k] = True
    out: list[tuple[int, int]] = []
    k = 0
    while k < n:
        j = -1
        if (
            not taken[k]
            and _count(toks, k, k in measure_end)
            and _led(sent, k)
            and not _hyphened(sent, k)
        ):
            j = measure_end.get(k, k + 1)  # "1 kile bajame", "2 litri di olio": past the amount
        elif not taken[k] and (k == 0 or k in sent.breaks) and _opens_more(sent, k, taken):
            j = k + 1  # "edhe qumësht 2 litra", "edhe stuko për muret"
        if j >= 0:
            stop = _segment_end(sent, j if j < n else k)
            while j < stop and j - k <= 4 and (_link(toks[j], taken[j]) or measured[j]):
                j += 1
            end = _unknown_run(index, sent, j, stop, taken)
            if end > j and not _describes(sent, end, taken):
                out.append((j, end))
                k = end
                continue
        k += 1
    return out


def _name_words(index: CatalogIndex, products: Iterable[int]) -> frozenset[str]:
    """The first four letters of the words of the lines' names and aliases (their loose
    spelling too: "cesme" for "Çezmë")."""
    out: set[str] = set()
    for p in products:
        for phrase in index.products[p].phrases:
            for w in phrase:
                if len(w) >= 4 and w.isalpha():
                    out.add(w[:4])
                    out.add(loose_spelling(w)[:4])
    return frozenset(out)


def _hyphened(sent: Sentence, k: int) -> bool:
    """ "Të 50-shin", "25-shet": a number with an ordinal or adjective ending is no count."""
    toks = sent.toks
    return k + 1 < len(toks) and sent.raw[toks[k].end : toks[k + 1].start] == "-"


def _segment_end(sent: Sentence, k: int) -> int:
    return sent.segment_bounds(k)[1]


def _unknown_run(index: CatalogIndex, sent: Sentence, j: int, stop: int, taken: list[bool]) -> int:
    """The end of the unknown words from ``j`` (``j`` when there are none), at most four."""
    end = j
    while end < stop and end - j < 4 and _unknown(index, sent.toks[end], taken[end]):
        end += 1
    return end


def _opens_more(sent: Sentence, k: int, taken: list[bool]) -> bool:
    """ "edhe qumësht", "plus the wraps", "auch Kerzen": "also" opening a segment, in a
    sentence whose other segments named goods or that orders ("dua …, edhe …")."""
    toks = sent.toks
    if toks[k].text not in _ADDITIVE or any(
        toks[j].text in _PURPOSE for j in range(k - 2, k) if j >= 0
    ):
        return False  # "për mua edhe vëllain": for whom, not what
    lo, hi = sent.segment_bounds(k)
    if any(taken[lo:hi]):
        return False
    return sent.has("order") or any(taken[:lo]) or any(taken[hi:])


def _describes(sent: Sentence, end: int, taken: list[bool]) -> bool:
    """The unknown words stand before a product named ("eine gute Schere", "zwei Packungen
    türkischer Kaffee") or before a contact detail blanked out ("an meinen Vater <name>"):
    they describe it."""
    toks = sent.toks
    if end < len(toks) and end not in sent.breaks and taken[end]:
        return True
    gap_end = toks[end].start if end < len(toks) else len(sent.raw)
    return "   " in sent.raw[toks[end - 1].end : gap_end]


def _count(toks: Sequence[Token], k: int, amount: bool) -> bool:
    """A count: a number word or a small bare number, not a size, a price or part of a date;
    ``amount``: it opens a measure ("1 kile", "2 litri")."""
    t = toks[k]
    if k and toks[k - 1].text in _PURPOSE:
        return False  # "për një dasëm", "per un runner": what the goods are for
    v = number_value(t.text)
    if v is None or v != int(v) or not 1 <= v <= _MAX_COUNT:
        return amount and v is not None
    if t.text[:1].isdigit():
        if not t.text.isdigit():
            return False
        if k and toks[k - 1].text in _SIZE_WORDS:
            return False  # "nr 3", "size 4"
        if k + 1 < len(toks) and toks[k + 1].start == t.end and toks[k + 1].text != "x":
            return False  # "12.05", "10:30", "30/32"; "1x" counts
    return True


_SIZE_WORDS = word_set("size_keywords")
_PURPOSE = word_set("purpose")


def _led(sent: Sentence, k: int) -> bool:
    """The count opens a segment, or follows "and", "also" or an order verb (over up to two
    stop words: "edhe nga një", "dua të porosis një")."""
    j = k
    while j > 0 and j not in sent.breaks and k - j < 2 and sent.toks[j - 1].text in _STOP:
        j -= 1
    if j == 0 or j in sent.breaks or k == 0 or k in sent.breaks:
        return True
    prev = sent.toks[j - 1].text
    if prev in CONJUNCTIONS or prev in _ADDITIVE or sent.toks[k - 1].text in _AND_COUNT:
        return True  # "e 2 cornetti", "i dva valjaka": "and" before a count
    return any(e in (j, k) for _s, e in sent.spans("order"))


_STOP = word_set("stopwords")
_AND_COUNT = word_set("and_before_count")


def _link(tok: Token, taken: bool) -> bool:
    """A word between a count and the thing counted ("two of the", "3 pacchi di", "2 kuti me")."""
    t = tok.text
    return not taken and (t in _LINKS or t in _CONTAINERS or unit_of(t) is not None)


_CONTAINERS = (
    word_set("containers")
    | word_set("liquid_containers")
    | word_set("pair_words")
    | word_set("bulk_packs")
)


def _unknown(index: CatalogIndex, tok: Token, taken: bool) -> bool:
    t = tok.text
    if taken or len(t) < 3 or not t.isalpha() or t in _never_goods():
        return False
    if number_value(t) is not None or unit_of(t) is not None:
        return False
    lex = lexicon()
    if lex.variant_concept(t) is not None or t in _variant_words(index):
        return False
    if lex.product_group(t) == "gift":
        return False  # "I'd like to send a gift": what the goods are, not which
    key = index.resolve(t)
    # a catalog word no line took ("disqe" when the discs are not among the lines) asks too;
    # a concept, measure or number of the catalog describes
    return key is None or not is_attribute(key)


_VARIANT_WORDS: dict[int, tuple[CatalogIndex, frozenset[str]]] = {}


def _variant_words(index: CatalogIndex) -> frozenset[str]:
    """Every word of the catalog's variant strings ("Berry", "Intenso", "Starking"), once per
    index (a few indexes are kept, as catalog_match keeps them)."""
    got = _VARIANT_WORDS.get(id(index))
    if got is not None and got[0] is index:
        return got[1]
    words = frozenset(
        t.text for e in index.products for v in e.variants for t in tokenize(v) if len(t.text) >= 3
    )
    if len(_VARIANT_WORDS) >= 64:
        _VARIANT_WORDS.clear()
    _VARIANT_WORDS[id(index)] = (index, words)
    return words
