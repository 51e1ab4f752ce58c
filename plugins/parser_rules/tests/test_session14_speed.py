"""Session 14 (speed): the cheap prefilter of compound numbers keeps the tokens it returned."""

from plugins.parser_rules.normalize import tokenize


def test_compound_number_still_merged() -> None:
    texts = [t.text for t in tokenize("dua njezet e pese cope te kuqe")]
    assert "njezet e pese" in texts


def test_sentence_without_compound_first_word_unchanged() -> None:
    texts = [t.text for t in tokenize("Dua 2 bluza te kuqe ne Tirane")]
    assert texts == ["dua", "2", "bluza", "te", "kuqe", "ne", "tirane"]
