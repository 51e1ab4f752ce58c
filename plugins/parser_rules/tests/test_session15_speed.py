"""Session 15 speed pass: the variant words of a window read once for every product's variants
(``variants._window_keys``, ``memo.memoised_values``), the catalog's name words tokenized once
per index build (``catalog_match._name_words``), a spec's own facts made once per spec object
(``VariantSpec.measured``, ``.growth``, ``.words``, ``.long_words``), the correction test asked
only after a negation (``Corrections._old_value_tokens``), the names' prefilters in one search
(``lexicon.any_of``) and an "or" word found by a set test (``merchant_lines.states``). Each keeps
the answers of the code it replaces; shops and sentences are invented."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules import memo
from plugins.parser_rules.catalog_match import _concept_words, _name_words, build_index
from plugins.parser_rules.contact import _PICKUP_HINTS
from plugins.parser_rules.corrections import Corrections
from plugins.parser_rules.lexicon import any_of, lexicon
from plugins.parser_rules.merchant_lines import states
from plugins.parser_rules.normalize import name_tokens, tokenize
from plugins.parser_rules.segments import split_sentences
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


# --- facts of one variant, made once per spec ----------------------------------------------------

_SIZES_SOLD = {
    # text: (measured, heights, ages)
    "110-116": (False, (110.0, 116.0), None),
    "98/104": (False, (98.0, 104.0), None),
    "120 cm": (True, (120.0, 120.0), None),
    "XL (58 cm)": (True, (58.0, 58.0), None),
    "2-3 vjeç": (False, None, (2.0, 3.0)),
    "4 Jahre": (False, None, (4.0, 4.0)),
    "6-12 muaj": (False, None, (0.5, 1.0)),
    "500 g": (True, None, None),
    "4 (9-14 kg)": (False, None, None),
    "2 (110 cm)": (True, None, None),
    "e zezë": (False, None, None),
    "M": (False, None, None),
}


def test_a_specs_measure_heights_and_ages_are_its_own() -> None:
    for text, (measured, heights, ages) in _SIZES_SOLD.items():
        sp = variant_spec(text)
        assert (sp.measured, sp.growth) == (measured, (heights, ages)), text
        assert sp.measured is sp.measured and sp.growth is sp.growth  # made once
        # the cached facts leave the frozen spec's equality and hash alone
        fresh = variant_spec(text)
        assert sp == fresh and hash(sp) == hash(fresh) and repr(sp) == repr(fresh)


def test_a_childs_age_meets_the_height_sizes_and_the_height_the_ages() -> None:
    heights = tuple(variant_spec(v) for v in ("98-104", "110-116", "122-128"))
    ages = tuple(variant_spec(v) for v in ("2-3 vjeç", "4-5 vjeç", "6-7 vjeç"))
    toks = tokenize("per nje vajze 5 vjec")
    hit = match_variant(heights, toks, 0, len(toks))
    assert hit is not None and hit.index == 1  # five years: 110-116
    toks = tokenize("mein Sohn ist 1,20 gross")
    hit = match_variant(ages, toks, 0, len(toks))
    assert hit is not None and hit.index == 2  # 120 cm: six or seven years
    toks = tokenize("dua nje te kuqe")
    assert match_variant(heights, toks, 0, len(toks)) is None


# --- the old value of a correction ----------------------------------------------------------------


def _old(text: str) -> list[str]:
    sent = split_sentences(0, text)[0]
    return [sent.toks[k].text for k in sorted(Corrections._old_value_tokens(None, sent))]  # type: ignore[arg-type]


def test_the_value_said_not_wanted_is_the_old_one() -> None:
    assert _old("jo te bardhe, te zeze") == ["bardhe"]
    assert _old("nicht so klein bitte") == ["klein"]
    assert _old("not the S, the M please") == ["s"]
    assert _old("ne crveni, tuku sini") == ["crveni"]  # Macedonian "not X, but Y"
    assert _old("jo jo, te bardhe") == []  # "no no": an answer, not "not white"
    # "no" then "better": the value between them is the new one
    assert _old("jo 38 me mire 40") == []


# --- several plain strings in one search ----------------------------------------------------------


def test_any_of_finds_what_any_substring_finds() -> None:
    parts = ("rgo", "qo", "ço", "sill")
    found = any_of(*parts)
    for text in ("dergojeni te Ana", "qoje tek Besa", "çoni te vllau", "sillni neser", "", "ok"):
        assert bool(found.search(text)) == any(p in text for p in parts), text
    assert any_of("a.b").search("axb") is None  # the parts are plain text, not patterns


def test_every_pickup_phrase_holds_a_hint() -> None:
    # scan_message tokenizes a message for the "pickup" intent only when a hint is in it
    phrases = [ph for b in lexicon().intents["pickup"].by_first.values() for ph in b]
    assert len(phrases) >= 10
    for ph in phrases:
        assert _PICKUP_HINTS.search(" ".join(ph)) is not None, ph


def test_a_specs_words_and_long_words_are_its_own() -> None:
    sp = variant_spec("PS5 / Xbox Series X|S")
    assert sp.words == ("xbox", "seri")  # no number, no one-letter word
    assert sp.long_words == (("series", "seri"),)
    sp = variant_spec("Oqean blu 250 ml")
    assert sp.words == ("oqea",) and sp.long_words == (("oqean", "oqea"),)
    assert variant_spec("kafe e errët").words == ()  # concepts only
    assert variant_spec("E27 9W 3000K").long_words == ()


def test_one_word_of_one_variant_and_a_short_form_name_it() -> None:
    games = tuple(variant_spec(v) for v in ("PS5 / Xbox Series X|S", "PS4"))
    toks = tokenize("ni per xbox ju lutem")
    hit = match_variant(games, toks, 0, len(toks))
    assert hit is not None and hit.index == 0
    paints = tuple(variant_spec(v) for v in ("Oqean blu", "Limon i verdhe"))
    toks = tokenize("ngjyra ocean")  # another spelling of "oqean"
    hit = match_variant(paints, toks, 0, len(toks))
    assert hit is not None and hit.index == 0
    toks = tokenize("the lemon one")
    hit = match_variant(paints, toks, 0, len(toks))
    assert hit is not None and hit.index == 1


def test_options_with_or_are_no_statement_of_the_merchant() -> None:
    for text in ("e zeze apo blu", "black or blue", "nero o blu", "schwarz oder blau"):
        assert not states(split_sentences(0, text)[0]), text
    for text in ("e kemi te zeze", "Kemi vetem blu."):
        assert states(split_sentences(0, text)[0]), text
