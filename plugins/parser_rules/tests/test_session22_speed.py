"""Session 22 speed pass: win back session 21's slowdown without changing any answer.

Three readers walked the whole catalog for every conversation (``bundles.collapse_bundles``
looked for a "+" in every product's name; ``mentions._in_other_variant`` tested every product's
variants, and every product that shares the word, for each word it was asked about); they now
look the catalog up in tables built once per index. ``shop_counts`` and ``uncertain_counts`` read
the same merchant sentences for the same products' stated counts; the reading is kept on the
sentence. ``contact.address_asked_in`` looked for towns in every merchant question that an
address followed, though a town is taken only after "adresa në". The tests compare with the
code replaced and check that the work skipped is skipped. The shops and messages are invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import pytest

from plugins.parser_rules import arithmetic, contact, uncertain_counts
from plugins.parser_rules.bundles import bundle_products, collapse_bundles
from plugins.parser_rules.catalog_match import CatalogIndex, index_for
from plugins.parser_rules.item_state import Item, ItemState
from plugins.parser_rules.mentions import _in_other_variant, _key_holders, _word_variants
from plugins.parser_rules.normalize import Token, fold, tokenize
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.tests.conftest import catalog_of, items, parse
from plugins.parser_rules.variants import (
    _NOT_BEFORE,
    VariantHit,
    VariantSpec,
    _near_keys,
    _one_word_of_one,
    _window_keys,
    variant_spec,
    word_key,
)


class _NoWalk(list[Any]):
    """A product list that may be indexed but not walked: a reader that walks it fails."""

    def __iter__(self) -> Any:
        raise AssertionError("the catalog was walked")


class _Untouched(_NoWalk):
    """A product list that may not even be indexed: a reader that reads a product fails."""

    def __getitem__(self, k: Any) -> Any:
        raise AssertionError("a product was read")


def _unwalkable(index: CatalogIndex, untouched: bool = False) -> CatalogIndex:
    """A copy of ``index`` whose product list cannot be walked (with ``untouched``, not read
    at all), its tables built first."""
    copy = replace(index)
    bundle_products(copy)
    _word_variants(copy)
    _key_holders(copy)
    copy.products = (_Untouched if untouched else _NoWalk)(index.products)
    return copy


# -- bundles: the products whose names hold a "+" -------------------------------------------

# a phone-repair shop: two repairs and the bundle of both
REPAIR = catalog_of(
    ("SCR", "Ndërrim ekrani", "60", ()),
    ("BAT", "Ndërrim baterie", "35", ()),
    ("BOTH", "Servis i plotë (Ndërrim ekrani + Ndërrim baterie)", "85", ()),
    ("CASE", "Mbrojtëse silikoni", "8", ("e zezë", "transparente")),
)


def test_bundle_products_are_the_names_with_a_plus_once_per_index() -> None:
    index = index_for(REPAIR)
    found = bundle_products(index)
    assert found == tuple(p for p, e in enumerate(index.products) if "+" in e.name) == (2,)
    assert bundle_products(index) is found  # kept on the index


def test_bundles_collapse_as_before() -> None:
    """The repair shop's customer names both repairs, the shop offers the full service: one
    line of the bundle."""
    lines = (
        "c: pershendetje, me duhet nderrim ekrani dhe nderrim baterie per telefonin",
        "m: Servisi i plotë ju del 85€, më lirë se veç e veç.",
        "c: ok, e sjell neser. Dritan Hoxha 069 555 1234",
    )
    assert [sku for sku, _n, _v in items(parse(*lines, catalog=REPAIR))] == ["BOTH"]


def test_a_catalog_without_bundles_is_not_walked_for_them() -> None:
    """A shop that sells no bundle: its two lines are left as they are, and no product is read
    to find that out."""
    shop = catalog_of(("SCR", "Ndërrim ekrani", "60", ()), ("BAT", "Ndërrim baterie", "35", ()))
    state = ItemState(_unwalkable(index_for(shop), untouched=True))
    state.items = [Item(product=0), Item(product=1, quantity=2)]
    collapse_bundles(state, [])
    assert [(it.product, it.quantity) for it in state.items] == [(0, 1), (1, 2)]


# -- a word said inside another product's variant ----------------------------------------------

# a photo studio: rooms hired for half or a full day, and a single "day" of prints
STUDIO = catalog_of(
    ("ROOM", "Studio e vogël – qira", "40", ("gjysmë dite", "ditë e plotë")),
    ("HALL", "Salla e madhe – qira", "90", ("gjysmë dite", "ditë e plotë")),
    ("DAY", "Ditë fotografimi (paketë)", "150", ()),
    ("PRINT", "Printim 4 foto", "5", ("4 foto mat", "4 foto xixë")),
)


def _old_in_other_variant(
    index: CatalogIndex,
    toks: Sequence[Token],
    resolved: list[str | None],
    breaks: set[int],
    i: int,
) -> bool:
    """``mentions._in_other_variant`` as it was (session 21): every product walked."""
    k = resolved[i]
    if k is None or k[:1] == "~":
        return False
    mine = set(index.by_key.get(k, ()))
    lo, hi = i, i + 1
    while lo > 0 and lo not in breaks and i - lo < 3:
        lo -= 1
    while hi < len(resolved) and hi not in breaks and hi - i < 3:
        hi += 1
    near = {x for x in resolved[lo:hi] if x is not None}
    if any(x != k and any(x in index.products[p].keys for p in mine) for x in near):
        return False
    if any(ph == (k,) for p in mine for ph in index.products[p].phrases):
        return False
    said = {word_key(t.text) for t in toks[lo:hi]}
    own = word_key(toks[i].text)
    return any(
        len(sp.keys) >= 2
        and own in sp.keys
        and not any(x[:1].isdigit() for x in sp.keys if x != own)
        and said.issuperset(sp.keys)
        for p in index.products
        if p.index not in mine
        for sp in p.specs
    )


_STUDIO_SENTENCES = [
    "ditë e plotë na duhet per fotot e dasmes",
    "gjysmë dite mjafton",
    "dua nje ditë fotografimi te shtunen",
    "salla e madhe per ditë e plotë",
    "4 foto mat ju lutem",
    "studio e vogel, gjysme dite, dhe printim 4 foto xixe",
    "a keni dite te lire javen tjeter",
]


@pytest.mark.parametrize("text", _STUDIO_SENTENCES)
def test_a_word_inside_another_variant_is_read_as_the_walk_read_it(text: str) -> None:
    index = index_for(STUDIO)
    walked = _unwalkable(index)
    for sent in split_sentences(0, text):
        resolved = [index.resolve(t.text) for t in sent.toks]
        for i in range(len(sent.toks)):
            want = _old_in_other_variant(index, sent.toks, resolved, sent.breaks, i)
            assert _in_other_variant(walked, sent.toks, resolved, sent.breaks, i) == want


def test_the_studio_day_inside_a_rooms_variant_names_no_package() -> None:
    """ "ditë e plotë" (the rooms' variant) is not the day package; "ditë fotografimi" is."""
    index = index_for(STUDIO)
    sent = split_sentences(0, "ditë e plotë na duhet")[0]
    resolved = [index.resolve(t.text) for t in sent.toks]
    assert _in_other_variant(index, sent.toks, resolved, sent.breaks, 0)
    sent = split_sentences(0, "dua nje ditë fotografimi")[0]
    resolved = [index.resolve(t.text) for t in sent.toks]
    assert not _in_other_variant(index, sent.toks, resolved, sent.breaks, 2)


def test_key_holders_are_the_products_keys_inverted() -> None:
    index = index_for(STUDIO)
    holders = _key_holders(index)
    for e in index.products:
        for key in e.keys:
            assert e.index in holders[key]
    assert all(key in index.products[p].keys for key, ps in holders.items() for p in ps)


# -- the merchant's stated counts, read once ---------------------------------------------------

# a garden centre: the shop states the count of the one line in its reply
GARDEN = catalog_of(
    ("POT", "Saksi balte 20 cm", "6", ()),
    ("SOIL", "Dhe lulesh 20 L", "9", ()),
)


def test_the_shops_stated_counts_are_read_once_per_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """shop_counts and uncertain_counts ask the same sentences for the same products: each
    (sentence, products) is read once, and the order is the one read afresh."""
    lines = (
        "c: pershendetje, dua saksi balte 20 cm dhe nje dhe lulesh",
        "m: Ok, 3 saksi balte 20 cm dhe 1 dhe lulesh 20 L, gjithsej 27€.",
        "c: po. Rr. Kavajes 12, Tirane. Elira 069 222 3344",
    )
    fresh = parse(*lines, catalog=GARDEN)
    seen: list[tuple[int, frozenset[int]]] = []
    read = uncertain_counts._read_statements

    def counting(index: CatalogIndex, sent: Any, products: set[int]) -> Any:
        seen.append((id(sent), frozenset(products)))
        return read(index, sent, products)

    monkeypatch.setattr(uncertain_counts, "_read_statements", counting)
    again = parse(*lines, catalog=GARDEN)
    assert again.items == fresh.items and again.uncertain == fresh.uncertain
    assert seen and len(seen) == len(set(seen))


# -- the town the shop asked the address in ----------------------------------------------------


def _texts(*lines: str) -> list[tuple[int, str, str]]:
    return [
        (i, "customer" if s[:2] == "c:" else "merchant", s[2:].strip()) for i, s in enumerate(lines)
    ]


def test_no_town_is_looked_for_in_a_question_without_address_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A furniture shop asks "Adresa dhe numri?" (no "adresa në"): its towns are not read."""
    calls: list[int] = []
    find = contact.find_cities

    def counting(*a: Any, **k: Any) -> Any:
        calls.append(1)
        return find(*a, **k)

    details = contact.Details()
    details.addresses = [contact.Candidate("Rruga Dibres 40", 1.0, 1, 0, 15)]
    monkeypatch.setattr(contact, "find_cities", counting)
    contact.address_asked_in(
        details, _texts("m: Adresa dhe numri, në Durrës?", "c: Rruga Dibres 40")
    )
    assert calls == [] and details.cities == []
    contact.address_asked_in(
        details, _texts("m: Adresa në Durrës dhe numri?", "c: Rruga Dibres 40")
    )
    assert calls == [1] and [fold(c.value) for c in details.cities] == ["durres"]


# -- the one variant a word names --------------------------------------------------------------


def _old_one_word_of_one(
    specs: Sequence[VariantSpec], toks: Sequence[Token], keys_at: dict[str, int]
) -> VariantHit | None:
    """``variants._one_word_of_one`` as it was: each variant's words tested one call each."""
    if not keys_at:
        return None

    def said(k: str) -> bool:
        at = keys_at.get(k)
        return at is not None and not (at and toks[at - 1].text in _NOT_BEFORE)

    hits = {
        vi: [k for k in sp.words if said(k)]
        for vi, sp in enumerate(specs)
        if "#without" not in sp.keys or "#without" in keys_at
    }
    hits = {vi: ks for vi, ks in hits.items() if ks}
    if len(hits) != 1:
        return None
    vi, ks = next(iter(hits.items()))
    at = min(keys_at[k] for k in ks)
    return VariantHit(vi, 1.5, at, at + 1)


# a phone-case shop: cases made for one phone model, with or without a stand
_CASES = ("për iPhone 15", "për Samsung Galaxy", "Pixel pa mbajtëse", "Pixel me mbajtëse")


@pytest.mark.parametrize(
    "text",
    [
        "nje per samsung ju lutem",
        "dua ate per iphone",
        "pixel pa mbajtese",
        "pa samsung, per iphone",
        "jo samsung po pixel",
        "samsung galaxy apo iphone",
        "nje kapak i zi",
    ],
)
def test_one_word_of_one_answers_as_before(text: str) -> None:
    specs = [variant_spec(v) for v in _CASES]
    toks = tokenize(text)
    window = tuple(range(len(toks)))
    keys_at, _concepts = _window_keys(tuple(toks), window)
    for said in (keys_at, _near_keys(specs, toks, list(window))):
        assert _one_word_of_one(specs, toks, said) == _old_one_word_of_one(specs, toks, said)


# -- the shop's arithmetic: the lines' prices only when a term is written ----------------------

# a print shop: business cards by the box, flyers by the hundred
PRINT = catalog_of(
    ("CARD", "Kartvizita (kuti 100 copë)", "15", ()),
    ("FLY", "Fletëpalosje A5 (100 copë)", "25", ()),
)


def test_no_line_is_priced_for_arithmetic_the_shop_never_wrote(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The shop answers without "×" or "=": the lines are not priced for its arithmetic, and
    the order is the one read before."""
    lines = (
        "c: pershendetje, dua 2 kuti kartvizita",
        "m: Po, 15€ kutia, gati të hënën.",
        "c: ok. Rr. Durresit 8, Tirane. Gent 068 111 2233",
    )
    fresh = parse(*lines, catalog=PRINT)

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("priced without a term")

    monkeypatch.setattr(arithmetic, "line_pricing", refuse)
    assert parse(*lines, catalog=PRINT).items == fresh.items
    assert items(fresh) == [("CARD", 2, None)]


def test_the_shops_arithmetic_still_counts_the_line() -> None:
    """The print shop writes "3 × 15 = 45€": the term still counts the cards' line."""
    o = parse(
        "c: pershendetje, dua kartvizita",
        "m: Kartvizita 3 kuti × 15€ = 45€, ok?",
        "c: po. Rr. Durresit 8, Tirane. Gent 068 111 2233",
        catalog=PRINT,
    )
    assert items(o) == [("CARD", 3, None)]
