"""Session 23 (lead): check_lexicons.py reports a key written twice in one JSON object. JSON
keeps the last one, so a new word class named like an old one (a helper's ``child_words`` beside
another's) silently replaced it."""

from __future__ import annotations

from pathlib import Path

from plugins.parser_rules.data.check_lexicons import DOCUMENTED, read_object


def test_a_class_written_twice_is_reported(tmp_path: Path) -> None:
    # an invented lexicon of a kite shop: two branches each added 'line_words'
    path = tmp_path / "kites.json"
    path.write_text(
        '{"_doc": "Words of a kite shop.",'
        ' "_doc_line_words": "line_words: the kite line.", "line_words": ["spango", "line"],'
        ' "_doc_tail_words": "tail_words: the tail.", "tail_words": ["bisht", "tail"],'
        ' "line_words": ["filo", "schnur"]}',
        encoding="utf-8",
    )
    errors: list[str] = []
    raw = read_object(path, errors)
    assert errors == ["kites.json: key 'line_words' twice in one object (the last one wins)"]
    assert raw["line_words"] == ["filo", "schnur"]  # what JSON keeps, and why it is an error


def test_the_shipped_lexicons_have_no_key_twice() -> None:
    for path in DOCUMENTED:
        errors: list[str] = []
        read_object(path, errors)
        assert errors == [], errors
