"""Customer words that made a line only through a weak match (``ExtractedOrder.guessed``).

A signal for the merchant, never a change to the lines: read after the lines are final, on the
customer's words of each line (the span that named its product). A line is a guess when the
words that tie it to its product do not tell it from another product of the catalog:

* the runner-up product scores the same words as well (``mentions.match_score``; up to the
  small bonus of a name that opens with the word said, ``_TIE``), and the words reach the
  product by its literal name or alias words ("fustan" for two dresses);
* or the runner-up scores them about as well (within ``_NEAR``) and the product is reached only
  by a weak match: a cross-language group ("Geschenkbox" for a gift box and a gift bag), a root
  cut further than the stemmer's, or a fuzzy spelling.

Nothing is flagged for a line the merchant's message named, a product the customer named by a
whole catalog name or alias, a line whose product the customer's other words (a variant, a
colour, a size, a kind: "die für Herren") or the merchant's words set apart from the runner-up,
a line whose variant the runner-up is not sold in, nor words ``unrecognised`` already flags.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from core.plugin_api import Evidence, ExtractedItem
from plugins.parser_rules.catalog_match import CatalogIndex, is_attribute, key_of
from plugins.parser_rules.mentions import match_score, resolved_keys
from plugins.parser_rules.normalize import stem
from plugins.parser_rules.segments import Sentence

MAX_FLAGS = 8
_NEAR = 1.0  # a weak match: a runner-up this close is as good a reading of the words
_TIE = 0.25  # literal words: a tie, or the bonus of the name opening with the word said
_MAX_RIVALS = 200  # products scored per line (the ones sharing a product word with it)


def guessed(
    index: CatalogIndex,
    lines: Sequence[tuple[int, ExtractedItem]],
    said: Iterable[Sentence],
    merchant: Iterable[Sentence],
    flagged: Sequence[Evidence] = (),
) -> list[Evidence]:
    """The evidence of the ``lines`` ((product index, line)) whose customer words in ``said``
    (the customer's sentences of the order) name their product only as a guess; ``merchant``
    are the merchant's sentences, ``flagged`` the words ``unrecognised`` flagged."""
    by_message: dict[int, list[Sentence]] = {}
    for sent in said:
        by_message.setdefault(sent.message, []).append(sent)
    out: list[Evidence] = []
    merchant_keys: set[str] | None = None
    for product, line in lines:
        ev = line.evidence
        if ev is None or ev.message_index not in by_message or _overlaps(flagged, ev):
            continue
        where = _sentence_of(by_message[ev.message_index], ev)
        if where is None:
            continue  # the merchant's line or restatement: the merchant's own words
        rival = _rival(index, product, line, where, ev)
        if rival is None:
            continue
        if merchant_keys is None:
            merchant_keys = {key_of(t.text) for ms in merchant for t in ms.toks if t.text.isalpha()}
        own = index.products[product].keys - index.products[rival].keys
        if own & merchant_keys:
            continue  # the merchant wrote a word of this product that the other lacks
        if ev not in out:  # one span for several lines ("kemishet dy XL e nje L")
            out.append(ev)
        if len(out) >= MAX_FLAGS:
            break
    return out


def _overlaps(flags: Sequence[Evidence], ev: Evidence) -> bool:
    return any(
        f.message_index == ev.message_index and f.start < ev.end and ev.start < f.end for f in flags
    )


def _sentence_of(sents: Sequence[Sentence], ev: Evidence) -> Sentence | None:
    for s in sents:
        if s.start <= ev.start and ev.end <= s.start + len(s.raw):
            return s
    return None


def _rival(
    index: CatalogIndex, product: int, line: ExtractedItem, sent: Sentence, ev: Evidence
) -> int | None:
    """The product the line's words fit as well as its own (nothing the customer said sets
    them apart), or None when the words name the line's product."""
    toks = sent.toks
    lo, hi = ev.start - sent.start, ev.end - sent.start
    span = [k for k, t in enumerate(toks) if t.start < hi and lo < t.end]
    if not span:
        return None
    a, b = span[0], span[-1] + 1
    keys = resolved_keys(index, toks[a:b])
    entry = index.products[product]
    present = [k for k in keys if k is not None]
    literal: set[str] = set()  # keys the customer wrote as the catalog's words
    weak = False
    for t, k in zip(toks[a:b], keys, strict=True):
        if k is None:
            continue
        how = _how(index, t.text, k)
        if how == "literal":
            literal.add(k)
        elif k in entry.keys and not is_attribute(k):
            weak = True
    if not any(k in entry.keys and not is_attribute(k) for k in literal):
        weak = True  # no word of its name as written: a group, a cut root or a spelling
    if any(ph and set(ph) <= literal for ph in entry.phrases):
        return None  # the whole name or an alias, as the catalog writes it
    score = match_score(index, present, product)
    near = _NEAR if weak else _TIE
    found: set[int] = set()
    for k in present:
        if not is_attribute(k):
            found.update(index.by_key.get(k, ()))
            if len(found) > _MAX_RIVALS:
                break
    found.discard(product)
    best: tuple[float, int] | None = None
    for q in sorted(found)[:_MAX_RIVALS]:
        s = match_score(index, present, q)
        if s >= score - near and (best is None or s > best[0]):
            best = (s, q)
    if best is None:
        return None
    rival = index.products[best[1]]
    if line.variant is not None and line.variant.casefold() not in {
        v.casefold() for v in rival.variants
    }:
        return None  # the variant chosen is not sold in the other one
    own = entry.keys - rival.keys
    if own.intersection(resolved_keys(index, toks)):
        return None  # "the men's one", "rozë", "30 L": the customer's word sets it apart
    return best[1]


def _how(index: CatalogIndex, word: str, key: str) -> str:
    """How a customer's word reached ``key``: "literal" (the catalog's own word, inflected as
    the stemmer knows), "group" (another language's word for the kind), "near" (a root cut
    further, a compound's part, a loose or fuzzy spelling)."""
    lit = index.literal.get(word) or index.literal.get(stem(word)) or key_of(word)
    if key == lit or index.whole.get(lit) == key or is_attribute(key):
        return "literal"
    return "group" if key[:1] == "~" else "near"
