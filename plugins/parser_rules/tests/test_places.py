import pytest

from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.places import find_cities, split_parts, street_score


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("ne Shkoder", "Shkoder"),
        ("Shkodra", "Shkoder"),
        ("nga Shkodres", "Shkoder"),
        ("Durrësi", "Durres"),
        ("a Durazzo", "Durres"),
        ("n'Prizren", "Prizren"),
        ("Prizrenit", "Prizren"),
        ("Mitrovica", "Mitrovice"),
        ("ne Shkup", "Shkup"),
        ("Skopje", "Shkup"),
        ("Tetovo", "Tetove"),
        ("Zürich", "Zurich"),
        ("Genf", "Geneve"),
        ("München", "Munchen"),
        ("London", "London"),
        ("Fushë Kosovë", "Fushe Kosove"),
    ],
)
def test_city_forms(text: str, city: str) -> None:
    assert [c.city for c in find_cities(tokenize(text))] == [city]


def test_ambiguous_city_needs_a_capital() -> None:
    assert find_cities(tokenize("viti i kaluar")) == []


def test_parts_keep_abbreviations_whole() -> None:
    text = "Rr. Myslym Shyri, P. 7, Ap. 3\nTirane"
    assert [text[s:e] for s, e in split_parts(text)] == [
        "Rr. Myslym Shyri",
        "P. 7",
        "Ap. 3",
        "Tirane",
    ]


@pytest.mark.parametrize(
    "text",
    ["Rruga e Kavajes 10", "Via Verdi 3", "Hauptstrasse 12", "Bulevardi Zogu I", "14 Baker Street"],
)
def test_street_words(text: str) -> None:
    assert street_score(tokenize(text)) >= 3
