import pytest

from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.numbers import find_measures, number_value


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("nje", 1),
        ("ni", 1),
        ("dy", 2),
        ("tri", 3),
        ("kater", 4),
        ("two", 2),
        ("three", 3),
        ("due", 2),
        ("cinque", 5),
        ("zwei", 2),
        ("drei", 3),
        ("zweimal", 2),
        ("7", 7),
    ],
)
def test_number_words_in_four_languages(word: str, value: int) -> None:
    assert number_value(word) == value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("gjysem kile", "g:500"),
        ("gjysmë kile", "g:500"),
        ("half a kilo", "g:500"),
        ("mezzo chilo", "g:500"),
        ("halbes Kilo", "g:500"),
        ("dy kile", "g:2000"),
        ("3 litrash", "ml:3000"),
        ("tre litri", "ml:3000"),
        ("250gr", "g:250"),
        ("1,5 L", "ml:1500"),
        ("zwei Liter", "ml:2000"),
    ],
)
def test_measures(text: str, key: str) -> None:
    ms = find_measures(tokenize(text))
    assert [m.key for m in ms] == [key]
