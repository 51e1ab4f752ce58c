"""Session 13 speed pass: the index build's own tokens memo, one spec object per variant text,
and the words that can start no measure. Each keeps the answers of the code it replaces."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules import memo
from plugins.parser_rules.catalog_match import build_index
from plugins.parser_rules.lexicon import lexicon
from plugins.parser_rules.normalize import Token, tokenize
from plugins.parser_rules.numbers import _may_start_measure, measure_at
from plugins.parser_rules.variants import variant_spec


def _catalog(n: int, variants: tuple[str, ...] = ("S", "M", "L")) -> Catalog:
    return Catalog(
        currency="ALL",
        products=tuple(
            CatalogProduct(f"P{k}", f"Fustan model{k}", (f"fustani {k}",), Decimal(10), variants)
            for k in range(n)
        ),
    )


def test_build_restores_the_callers_tokens_memo() -> None:
    assert memo._TOKENS.get() is None
    build_index(_catalog(3))
    assert memo._TOKENS.get() is None and memo._TOKENS_CAP.get() is None

    @memo.per_conversation
    def parse() -> tuple[int, int]:
        tokenize("dua nje fustan")
        before = len(memo._TOKENS.get() or {})
        build_index(_catalog(20))
        return before, len(memo._TOKENS.get() or {})

    assert parse() == (1, 1)  # the catalog's names did not fill the parse's memo


def test_build_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo, "BUILD_ENTRIES", 5)
    seen: list[int] = []
    real = memo._TOKENS

    class Spy:
        def get(self) -> dict[str, tuple[Token, ...]] | None:
            found = real.get()
            if found is not None:
                seen.append(len(found))
            return found

        def set(self, value: dict[str, tuple[Token, ...]] | None) -> object:
            return real.set(value)

        def reset(self, token: object) -> None:
            real.reset(token)  # type: ignore[arg-type]

    monkeypatch.setattr(memo, "_TOKENS", Spy())
    big = build_index(_catalog(200))
    assert seen and max(seen) <= 5
    monkeypatch.undo()
    assert big.products[150].keys == build_index(_catalog(200)).products[150].keys


def test_equal_variant_texts_share_one_spec() -> None:
    index = build_index(_catalog(4, ("S", "M", "e zeze")))
    first = index.products[0].specs
    assert first == [variant_spec(v) for v in ("S", "M", "e zeze")]
    for entry in index.products[1:]:
        assert entry.specs is not first  # each product has its own list
        assert all(a is b for a, b in zip(entry.specs, first, strict=True))


def _words() -> list[str]:
    lex = lexicon()
    out = ["2", "12", "1,5", "0.7", "fustan", "kile", "litershe", "gjysemkilshe", "halbliter"]
    out += sorted(lex.half_words) + sorted(lex.numbers)[:200]
    out += ["kilsh", "metershe", "gramsh", "nje", "dy", "half", "mezzo", "xl", "blu", "shishe"]
    return out


def test_a_word_that_may_start_no_measure_starts_none() -> None:
    units = ["kg", "kile", "g", "l", "ml", "m", "cm", "litra", "e", "a", "gjysme", "1", "2", "x"]
    for w in _words():
        if _may_start_measure(w):
            continue
        for u in units:
            for v in units:
                toks = tokenize(f"{w} {u} {v} 20 cm")
                if toks and toks[0].text == w:
                    assert measure_at(toks, 0) is None, (w, u, v)
    assert _may_start_measure("2") and _may_start_measure("gjysem")
    assert not _may_start_measure("fustan")
