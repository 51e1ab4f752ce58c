"""The per-conversation memos (memo.py): only inside one parse, answers handed out as copies."""

from __future__ import annotations

import pytest

from plugins.parser_rules import memo
from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.variants import VariantSpec, match_variant, variant_spec


def _specs() -> list[VariantSpec]:
    return [variant_spec(v) for v in ("e zeze", "e bardhe", "blu")]


def test_no_memo_outside_a_parse() -> None:
    assert memo._MEMO.get() is None and memo._TOKENS.get() is None
    toks = tokenize("dua nje te bardhe")
    assert match_variant(_specs(), toks, 0, len(toks)) is not None
    assert memo._MEMO.get() is None and memo._TOKENS.get() is None


def test_memo_lives_for_one_call_and_answers_alike() -> None:
    specs = _specs()
    seen: list[int] = []

    @memo.per_conversation
    def parse() -> None:
        toks = tokenize("dua nje te bardhe")
        first = match_variant(specs, toks, 0, len(toks))
        again = match_variant(specs, list(toks), 0, len(toks))
        assert first is not None and again is not None
        assert first == again and first is not again  # a copy: VariantHit is mutable
        again.index = 99
        assert match_variant(specs, toks, 0, len(toks)) == first
        assert match_variant(specs, toks, 0, 2) is None  # another window, computed anew
        seen.append(len(memo._MEMO.get() or {}))

    parse()
    # two answers of match_variant, the variant words of their two windows (_window_keys) and
    # what is read of the variant list alone, once (_spec_facts, session 23), and that the
    # window 0:2 had no candidate (``no_candidate``, session 23)
    assert seen == [6]
    assert memo._MEMO.get() is None and memo._TOKENS.get() is None


def test_tokens_are_a_new_list_each_time() -> None:
    @memo.per_conversation
    def parse() -> None:
        a = tokenize("Rr. Kavajes 12, Tirane")
        a[0] = a[0]._replace(text="changed")
        b = tokenize("Rr. Kavajes 12, Tirane")
        assert b[0].text == "rr" and b is not a
        assert b == tokenize("Rr. Kavajes 12, Tirane")

    parse()


def test_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo, "MAX_ENTRIES", 3)

    @memo.per_conversation
    def parse() -> int:
        for k in range(10):
            assert tokenize(f"fjala {k}")[1].text == str(k)
        return len(memo._TOKENS.get() or {})

    assert parse() == 3


def test_mentions_are_copies() -> None:
    from decimal import Decimal

    from core.plugin_api import Catalog, CatalogProduct
    from plugins.parser_rules.catalog_match import index_for
    from plugins.parser_rules.mentions import find_mentions

    index = index_for(
        Catalog(products=(CatalogProduct("F1", "Fustan Kalo", (), Decimal(1000), ("S", "M")),))
    )

    @memo.per_conversation
    def parse() -> None:
        toks = tokenize("dua 2 fustan kalo")
        first = find_mentions(index, toks, set())
        assert first
        first[0].candidates.clear()
        first[0].end = 0
        again = find_mentions(index, list(toks), set())
        assert again and again[0].candidates and again[0].end > 0
        again[0].keys.append("x")
        assert "x" not in find_mentions(index, toks, set())[0].keys

    parse()


def test_a_messages_words_are_kept_for_the_parse_only() -> None:
    calls: list[str] = []

    @memo.memoised_text
    def words(text: str) -> frozenset[str]:
        calls.append(text)
        return frozenset(text.split())

    assert words("gjithsej 12 lek") == words("gjithsej 12 lek")
    assert len(calls) == 2  # outside a parse nothing is kept

    @memo.per_conversation
    def parse() -> None:
        assert words("totali 9 euro") == frozenset(["totali", "9", "euro"])
        assert words("totali 9 euro") == frozenset(["totali", "9", "euro"])

    parse()
    parse()
    assert calls.count("totali 9 euro") == 2  # once per parse: the memo ends with it
