"""Session 13: compound number words are one number ("njëzet e pesë" is 25, not 20), in every
language of the number lexicon. Invented shops and messages (none taken from a corpus); each
test fails when compound numbers are read one word at a time."""

from __future__ import annotations

import time

from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.numbers import number_value
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

LIRA = "c: Lira Berisha, Rr. Skënderbeu 12, Pejë, 049 321 654"


FAVOURS = catalog_of(
    ("QIR", "Qiri aromatik", "3", ("vanilje", "lavandë")),
    ("KUT", "Kuti dhuratash", "2", ()),
)


def _count(*lines: str, country: str = "AL") -> list[tuple[str | None, int, str | None]]:
    return items(parse(*lines, LIRA, catalog=FAVOURS, country=country))


def test_albanian_tens_and_units_are_one_number() -> None:
    assert _count("c: dua njëzet e pesë qirinj aromatik") == [("QIR", 25, None)]
    assert _count("c: më dërgoni tridhjet e dy kuti dhuratash") == [("KUT", 32, None)]


def test_gheg_tens_and_units_without_the_diacritics() -> None:
    assert _count("c: ma qit njizet e nji kuti dhuratash") == [("KUT", 21, None)]
    assert _count("c: du njizet e nji qirinj aromatik") == [("QIR", 21, None)]


def test_albanian_hundred_and_tens() -> None:
    assert _count("c: porosis njëqind e pesëdhjetë kuti dhuratash për dasmën") == [
        ("KUT", 150, None)
    ]


def test_english_hyphenated_and_spaced_tens_and_units() -> None:
    assert _count("c: I'd like twenty-five scented candles please") == [("QIR", 25, None)]
    assert _count("c: I'd like twenty five gift boxes please") == [("KUT", 25, None)]


def test_english_a_hundred_and_fifty() -> None:
    assert _count("c: please send a hundred and fifty gift boxes") == [("KUT", 150, None)]


def test_italian_compound_in_one_word() -> None:
    assert _count("c: vorrei venticinque candele aromatiche", country="IT") == [("QIR", 25, None)]
    assert _count("c: vorrei ventuno candele aromatiche", country="IT") == [("QIR", 21, None)]
    assert _count("c: mi servono centocinquanta scatole regalo", country="IT") == [
        ("KUT", 150, None)
    ]


def test_german_units_und_tens_in_one_word() -> None:
    assert _count("c: ich hätte gern fünfundzwanzig Duftkerzen", country="DE") == [
        ("QIR", 25, None)
    ]
    assert _count("c: bitte zweiunddreißig Geschenkboxen", country="DE") == [("KUT", 32, None)]
    assert _count("c: bitte hundertfünfzig Geschenkboxen", country="DE") == [("KUT", 150, None)]


def test_serbian_macedonian_turkish_greek_tens_and_units() -> None:
    for text, value in (
        ("dvadeset pet", 25),
        ("двадесет и пет", 25),
        ("dvaeset i dva", 22),
        ("yirmi beş", 25),
        ("otuz iki", 32),
        ("ikosi pente", 25),
    ):
        toks = tokenize(f"sakam {text} kutii")
        assert [number_value(t.text) for t in toks] == [None, value, None], text
        assert toks[1].raw == text  # the span is the whole compound
    assert _count("c: dua dvadeset pet kuti dhuratash") == [("KUT", 25, None)]


def test_the_albanian_e_after_a_number_that_is_no_tens_word_is_no_compound() -> None:
    assert [t.text for t in tokenize("tre e kuqe, dhjete e pese")] == [
        "tre",
        "e",
        "kuqe",
        "dhjete",
        "e",
        "pese",
    ]
    assert [t.text for t in tokenize("njezet, e pese")][0] == "njezet"  # a comma between


def test_a_compound_on_a_date_or_a_price_keeps_its_meaning() -> None:
    toks = tokenize("me njëzet e pesë qershor, 25 euro")
    assert [(t.text, t.start, t.end) for t in toks][1] == ("njezet e pese", 3, 16)
    assert number_value(toks[1].text) == 25


def test_a_long_message_of_number_words_and_control_characters_stays_fast() -> None:
    chunk = "njëzet e \x00\x07 pesë twenty-five dvadeset\x1b i pet venticinque e e "
    text = (chunk * (100_000 // len(chunk) + 1))[:100_000]
    t0 = time.perf_counter()
    toks = tokenize(text)
    parse("c: " + text.replace("\n", " "), catalog=FAVOURS)
    assert time.perf_counter() - t0 < 5
    assert toks
