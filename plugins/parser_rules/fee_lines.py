"""The delivery line: when the catalog sells the delivery as a product ("Dërgesë me korrier",
"Shipping abroad") and the merchant's last total charges it ("… + korrieri = 2800 lekë",
"= 2500 lekë, korrieri 400", "+ dërgesa SHBA = 13100"), the order holds one delivery: the
product the total's fee word names, when it names exactly one. Not when a delivery line is in
the order already, nor when the customer answers the total by collecting the goods."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from core.plugin_api import Evidence, ExtractedItem
from plugins.parser_rules.catalog_match import CatalogIndex
from plugins.parser_rules.lexicon import word_set
from plugins.parser_rules.normalize import fold, stem, tokenize
from plugins.parser_rules.segments import Sentence, split_sentences
from plugins.parser_rules.totals import stated_total
from plugins.parser_rules.variants import match_variant

_FEE = word_set("fee_words")


@lru_cache(maxsize=4096)
def _fee_roots_of(name: str) -> frozenset[str]:
    """The roots of the fee words a product's name holds as written ("Dërgesë me korrier …":
    derg, korrier; not "Poster" through the root of "posta")."""
    return frozenset(stem(t.text) for t in tokenize(name[:200]) if t.text in _FEE)


def _same_root(a: str, b: str) -> bool:
    return a == b or min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))


def _fee_products(index: CatalogIndex) -> dict[int, frozenset[str]]:
    """The products whose name holds a fee word (the delivery sold as a line), with its roots."""
    out: dict[int, frozenset[str]] = {}
    for k, entry in enumerate(index.products):
        roots = _fee_roots_of(entry.name)
        if roots:
            out[k] = roots
    return out


def add_fee_line(
    items: list[ExtractedItem], texts: Sequence[tuple[int, str, str]], index: CatalogIndex
) -> None:
    """Add the delivery line the merchant's last total charges (see the module's doc)."""
    if not items:
        return
    total, _named = stated_total(texts, len(items) == 1)  # a bare "= 1600" sums one line
    if total is None or _FEE.isdisjoint(t.text for t in tokenize(total.text)):
        return
    fees = _fee_products(index)  # only now: a scan of the catalog's names (cached per name)
    if not fees or any(index.products[p].sku in {it.product for it in items} for p in fees):
        return
    for i, author, text in texts:
        if (
            i > total.message
            and author == "customer"
            and any(s.has("pickup") for s in split_sentences(i, text))
        ):
            return  # "i marr vetë": the customer collects, no delivery
    found: list[tuple[int, int, Sentence, int | None]] = []
    for sent in split_sentences(total.message, total.text):
        for k, t in enumerate(sent.toks):
            if t.text not in _FEE:
                continue
            root = stem(t.text)
            # "korrieri" (root korr) for "korrier" in the name: one word, inflected
            named = [p for p, roots in fees.items() if any(_same_root(root, r) for r in roots)]
            hi = sent.segment_bounds(k)[1]
            hits = {p: match_variant(index.products[p].specs, sent.toks, k + 1, hi) for p in named}
            if len(named) > 1:
                # "dërgesa SHBA": the fee word of several delivery products, then a variant
                # ("SHBA/Kanada") only one of them offers
                named = [p for p in named if hits[p] is not None]
            if len(named) == 1:
                h = hits[named[0]]
                found.append((named[0], k, sent, h.index if h is not None else None))
    if len({p for p, _k, _s, _v in found}) != 1:
        return
    p, k, sent, variant = found[0]
    entry = index.products[p]
    t = sent.toks[k]
    items.append(
        ExtractedItem(
            product=entry.sku,
            name=entry.name,
            quantity=1,
            variant=entry.variants[variant] if variant is not None else None,
            unit_price=entry.price,
            evidence=Evidence(total.message, t.start, t.end, t.raw),
        )
    )


def _town(text: str) -> str:
    # "Tetovë", "Tetovo", "Tetova": one town in Albanian and Macedonian endings
    return fold(text).strip().rstrip("aeioë")


def fee_town_variant(items: list[ExtractedItem], city: str | None, index: CatalogIndex) -> None:
    """A delivery line sold per town ("Dërgesa": Tetovë, Gostivar, Shkup) with no variant said
    takes the variant of the order's delivery city."""
    if not city or len(_town(city)) < 3:
        return
    for it in items:
        if it.variant is not None or it.product is None:
            continue
        entry = index.by_sku.get(it.product)
        if entry is None or not _fee_roots_of(entry.name):
            continue
        towns = [v for v in entry.variants if _town(v) == _town(city)]
        if len(towns) == 1:
            it.variant = towns[0]
