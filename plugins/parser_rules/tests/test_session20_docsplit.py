"""Session 20 (docsplit): words.json and intents.json describe each class on its own line, in the
``_doc_<class>`` key right before the class; check_lexicons.py checks every class has its line."""

from __future__ import annotations

from plugins.parser_rules.data.check_lexicons import DOCUMENTED, check_docs, read_object
from plugins.parser_rules.lexicon import lexicon, word_set


def test_a_class_without_its_doc_line_is_reported() -> None:
    # an invented lexicon of a bicycle repair shop: 'spoke_words' has no description
    raw: dict[str, object] = {
        "_doc": "Words of a bicycle repair shop.",
        "_doc_tyre_words": "tyre_words: words for a tyre ('gomë', 'tyre', 'Reifen').",
        "tyre_words": ["gome", "tyre", "reifen"],
        "spoke_words": ["rreze", "spoke", "speiche"],
    }
    errors = check_docs("bikes.json", raw)
    assert errors == ["bikes.json: class 'spoke_words' has no _doc_spoke_words line"]


def test_a_doc_line_without_its_class_is_reported() -> None:
    raw: dict[str, object] = {
        "_doc": "Words of a tea house.",
        "_doc_kettle_words": "kettle_words: a kettle ('çajnik', 'kettle').",
        "_doc_cup_words": "cup_words: a cup ('filxhan', 'cup', 'tazza').",
        "cup_words": ["filxhan", "cup", "tazza"],
    }
    assert check_docs("tea.json", raw) == [
        "tea.json: _doc_kettle_words describes no class 'kettle_words'"
    ]


def test_a_doc_line_away_from_its_class_or_not_a_string_is_reported() -> None:
    raw: dict[str, object] = {
        "_doc": ["not", "a", "string"],
        "_doc_rope_words": "rope_words: a rope ('litar', 'rope', 'Seil').",
        "knot_words": ["nyje", "knot", "Knoten"],
        "_doc_knot_words": 3,
        "rope_words": ["litar", "rope", "seil"],
    }
    assert check_docs("sailing.json", raw) == [
        "sailing.json: _doc is not a string",
        "sailing.json: _doc_knot_words is not right before 'knot_words'",
        "sailing.json: _doc_knot_words is not a string",
        "sailing.json: _doc_rope_words is not right before 'rope_words'",
    ]


def test_the_plugin_files_describe_every_class() -> None:
    for path in DOCUMENTED:
        errors: list[str] = []
        raw = read_object(path, errors)
        assert raw and not errors
        assert check_docs(path.name, raw) == []


def test_the_doc_lines_are_no_word_class_or_intent() -> None:
    assert not any(name.startswith("_") for name in lexicon().intents)
    assert "order" in lexicon().intents
    assert "shtoni" in word_set("add_words")
