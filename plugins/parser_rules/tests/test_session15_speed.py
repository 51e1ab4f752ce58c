"""Session 15 speed pass: the variant words of a window read once for every product's variants
(``variants._window_keys``, ``memo.memoised_values``) and the catalog's name words tokenized once
per index build (``catalog_match._name_words``). Each keeps the answers of the code it replaces;
shops and sentences are invented."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules import memo
from plugins.parser_rules.catalog_match import _concept_words, _name_words, build_index
from plugins.parser_rules.normalize import name_tokens, tokenize
from plugins.parser_rules.variants import _window_keys, match_variant, variant_spec

# --- the variant words of one window, read once -----------------------------------------------

_SPECS = {
    "colours": tuple(variant_spec(v) for v in ("e zezë", "blu", "e kuqe")),
    "sizes": tuple(variant_spec(v) for v in ("S", "M", "L", "XL")),
    "weights": tuple(variant_spec(v) for v in ("250 g", "500 g", "1 kg")),
    "shades": tuple(variant_spec(v) for v in ("M blu", "L blu", "M gri")),
}
_SENTENCES = [
    "dua nje te zeze ne M",
    "e dua blu te erret, masa L",
    "vorrei quella rossa da mezzo chilo",
    "ich nehme die schwarze in XL",
    "the navy one, medium please",
    "gjysem kile e kuqe",
    "jo te bardhe, te zeze",
]


def _answers() -> list[object]:
    out: list[object] = []
    for text in _SENTENCES:
        toks = tokenize(text)
        for specs in _SPECS.values():
            # the whole sentence, a part of it and the sentence less its first word
            for lo, hi, skip in ((0, len(toks), None), (1, len(toks), None), (0, 3, {0})):
                out.append(match_variant(specs, toks, lo, hi, skip))
    return out


def test_match_variant_answers_alike_with_and_without_the_conversations_memo() -> None:
    plain = _answers()
    memoised = memo.per_conversation(_answers)()
    assert memoised == plain
    # the sentences do name variants: the test compares answers, not a row of Nones
    assert sum(1 for a in plain if a is not None) >= 10


def test_one_window_is_read_once_and_its_dicts_stay_as_read() -> None:
    toks = tokenize("the navy one in L")
    window = tuple(range(len(toks)))

    @memo.per_conversation
    def run() -> None:
        keys, concepts = _window_keys(tuple(toks), window)
        seen_keys, seen_concepts = dict(keys), dict(concepts)
        # "navy" for the "blu" variants: match_variant adds "#blue" to its own copy
        hit = match_variant(_SPECS["shades"], toks, 0, len(toks))
        assert hit is not None and hit.index == 1  # "L blu"
        assert match_variant(_SPECS["sizes"], toks, 0, len(toks)) is not None
        again = _window_keys(tuple(toks), window)
        assert again[0] is keys and again[1] is concepts  # asked again: the memo's answer
        assert keys == seen_keys and concepts == seen_concepts  # unchanged by the callers
        assert "#blue" not in keys

    run()


def test_window_keys_depend_on_the_window_only() -> None:
    toks = tokenize("nje e zeze dhe nje e kuqe")
    first = _window_keys(tuple(toks), (0, 1, 2))
    second = _window_keys(tuple(toks), (4, 5, 6))
    assert "#black" in first[1] and "#red" not in first[1]
    assert "#red" in second[1] and "#black" not in second[1]
    assert second[1]["#red"] == 5  # "e kuqe" from its first word, by its index in the sentence


def test_memoised_values_keeps_an_answer_per_arguments_for_the_conversation() -> None:
    calls: list[tuple[str, int]] = []

    @memo.memoised_values
    def doubled(word: str, n: int) -> str:
        calls.append((word, n))
        return word * n

    assert doubled("ka", 2) == "kaka" and doubled("ka", 2) == "kaka"
    assert len(calls) == 2  # outside a conversation nothing is kept

    @memo.per_conversation
    def run() -> None:
        assert doubled("ka", 2) == "kaka"
        assert doubled("ka", 3) == "kakaka"  # another argument, another answer
        assert doubled("ka", 2) == "kaka"
        assert doubled("ka", 3) == "kakaka"

    calls.clear()
    run()
    assert calls == [("ka", 2), ("ka", 3)]


# --- the catalog's name words, tokenized once per build -----------------------------------------

_FABRICS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("DRS", "Fustan sateni", ("fustan me lule",), Decimal("4500"), ()),
        CatalogProduct(
            "SHR",
            "Këmishë satin",
            ("satin shirt", "Tavolinë e rrumbullakët"),
            Decimal("3000"),
            ("S", "M"),
        ),
        CatalogProduct(
            "CUS",
            "Jastëk kadife",
            ("velvet cushion", "Tavolinë rotonda", "x" * 250),
            Decimal("1200"),
            (),
        ),
    ),
)


def test_name_words_are_each_name_then_its_aliases_cut_at_200_characters() -> None:
    names = _name_words(_FABRICS)
    texts = [str(t)[:200] for p in _FABRICS.products for t in (p.name, *p.aliases)]
    assert names == [name_tokens(t) for t in texts]
    assert len(names) == 9 and len(names[-1][0].raw) == 200


def test_concept_words_in_the_order_of_the_names() -> None:
    assert _concept_words(_name_words(_FABRICS)) == [
        ("satin", "sate"),
        ("floral", "lul"),  # "me lule": a concept of two words ending in a product word
        ("satin", "sati"),
        ("satin", "sati"),
        ("round", "rrumbullak"),
        ("round", "rrumbullak"),
        ("velvet", "kadif"),
        ("velvet", "velv"),
        ("round", "rotond"),
    ]


def test_general_words_and_united_concept_keys_of_the_index() -> None:
    index = build_index(_FABRICS)
    # the first word said for each concept
    assert index.general == {
        "satin": "sate",
        "floral": "lul",
        "round": "rrumbullak",
        "velvet": "kadif",
    }
    # one concept's words written differently reach every product holding one of them
    assert sorted(index.by_key["sate"]) == sorted(index.by_key["sati"]) == [0, 1]
    assert sorted(index.by_key["rrumbullak"]) == sorted(index.by_key["rotond"]) == [1, 2]
    assert index.by_key["velv"] == index.by_key["kadif"] == [2]
    assert {"sate", "sati"} <= index.products[0].keys
