"""A bundle the shop sells as one product ("Kombo Familja (300 Mbps + TV Plus)"): its bracket
lists its parts, each another product of the catalog. The customer who lists the parts of a
bundle the shop offered, or who takes the bundle after naming its parts, orders the bundle."""

from __future__ import annotations

from collections.abc import Iterable

from plugins.parser_rules.catalog_match import (
    _BRACKETED,
    CatalogIndex,
    name_tokens,
    token_keys,
)
from plugins.parser_rules.item_state import Item, ItemState
from plugins.parser_rules.mentions import find_mentions
from plugins.parser_rules.segments import Sentence


def bundle_parts(index: CatalogIndex, product: int) -> tuple[int, ...]:
    """The products a bundle's bracket lists, joined by "+": each part's words are words of
    exactly one other product's name or alias (not a bundle itself). Empty when the bracket
    lists fewer than two parts or a part names no product or several."""
    entry = index.products[product]
    found: list[int] = []
    for inner in _BRACKETED.findall(entry.name[:200]):
        parts = [p for p in inner.split("+") if p.strip()]
        if len(parts) < 2:
            continue
        for part in parts:
            keys = {k for k in token_keys(name_tokens(part)) if k}
            fits = [
                e.index
                for e in index.products
                if e.index != product
                and keys
                and keys <= {k for ph in e.phrases if ph not in e.bracketed for k in ph}
                and "+" not in e.name
            ]
            if len(fits) != 1 or fits[0] in found:
                return ()
            found.append(fits[0])
        return tuple(found)
    return ()


_BUNDLES_ATTR = "_bundle_products"  # the index keeps its bundles' indexes (computed once)


def bundle_products(index: CatalogIndex) -> tuple[int, ...]:
    """The indexes of the catalog's products whose names hold a "+" (the only ones
    ``bundle_parts`` can find parts for), in catalog order, once per index: a conversation
    asks for them without walking the whole catalog."""
    found: tuple[int, ...] | None = getattr(index, _BUNDLES_ATTR, None)
    if found is None:
        found = tuple(pid for pid, e in enumerate(index.products) if "+" in e.name)
        setattr(index, _BUNDLES_ATTR, found)
    return found


def collapse_bundles(state: ItemState, merchant_sents: Iterable[Sentence]) -> None:
    """ "Kombo Max (1 Gbps + TV Premium) del 45€" - "deal kombo max 24" after "1 giga" and "tv
    premium": the lines of a bundle's parts named before the bundle go, the bundle holds them.
    "Kombo Familja: 300 Mbps + TV Plus, 32€" - "po ajo e mira me sport. 24 muaj": every part of
    a bundle the shop named is a line and the bundle is none: the parts become the bundle (its
    count the parts' smallest, the parts' variant when the bundle is sold in it)."""
    items = [it for it in state.items if not it.tentative]
    if len(items) < 2:
        return
    index = state.index
    named: set[int] | None = None
    for pid in bundle_products(index):
        parts = bundle_parts(index, pid)
        lines = [next((it for it in items if it.product == p), None) for p in parts]
        held = [it for it in lines if it is not None]
        if not parts or not held:
            continue
        bundle = state.find(pid)
        if bundle is not None and not bundle.tentative:
            gone = [it for it in held if it.message <= bundle.message and it in state.items]
            for it in gone:
                state.items.remove(it)
            if bundle.variant is None:
                bundle.variant = _parts_variant(index, pid, gone)
            continue
        if len(held) != len(parts):
            continue
        if named is None:
            named = {
                m.product
                for s in merchant_sents
                for m in find_mentions(index, s.toks, s.breaks)
                if not m.ambiguous
            }
        if pid not in named:
            continue
        first = held[0]
        line = Item(
            product=pid,
            quantity=min(it.quantity for it in held),
            variant=_parts_variant(index, pid, held),
            message=max(it.message for it in held),
            start=first.start,
            end=first.end,
            text=first.text,
        )
        at = state.items.index(first)
        for it in held:
            state.items.remove(it)
        state.items.insert(at, line)


def _parts_variant(index: CatalogIndex, bundle: int, parts: list[Item]) -> int | None:
    """The variant a part's line was chosen in ("24 muaj", "e madhe"), when the bundle is sold
    in it too."""
    variants = index.products[bundle].variants
    for it in parts:
        if it.variant is not None:
            chosen = index.products[it.product].variants[it.variant]
            if chosen in variants:
                return variants.index(chosen)
    return None
