"""Session 10, speed second pass: the shortcuts answer as the code they stand in front of."""

from __future__ import annotations

import copy

import phonenumbers

from plugins.parser_rules import memo, names, phones
from plugins.parser_rules.mentions import Mention
from plugins.parser_rules.places import _PART_SPLIT, split_parts
from plugins.parser_rules.variants import VariantHit


def test_shallow_copy_is_copy_copy() -> None:
    for obj in (VariantHit(1, 2.0, 3, 4), Mention(1, 2, [(1.0, 3)], ["a"])):
        a, b = copy.copy(obj), memo._shallow(obj)
        assert type(b) is type(obj) and vars(a) == vars(b) and b is not obj
        assert b.__dict__ is not obj.__dict__


def test_shared_parses_answer_as_phonenumbers() -> None:
    for e164 in ("+355672531674", "+38942214555", "+4915123456789", "+1"):
        try:
            num = phonenumbers.parse(e164, None)
        except phonenumbers.NumberParseException:
            assert phones._parsed_e164(e164) is None and phones.region_of(e164) is None
            continue
        assert phones.region_of(e164) == phonenumbers.region_code_for_number(num)
    assert phones._home_reading("067 253 1674", "AL") == "+355672531674"
    assert phones._home_reading("0 6 9 1 2 3 4", "AL") is None
    assert phones.to_e164("067 253 1674", "AL", ("AL",)) == "+355672531674"


def test_intro_prefilters_let_every_match_through() -> None:
    """Where one of the three regexes matches, its prefilter in intro_names lets it run."""
    texts = [
        "Sono la figlia di Ramiz Koci",
        "I'm the DAUGHTER of Ana Leka",
        "the ſon of Ana Leka",  # long s: the case-blind regex reads it as "son"
        "ask for nurse Ana Leka",
        "ASK FOR Ana Leka",
        "KERKONI Ana Leka",
        "I merr Arta Leka",
        "ia dorëzoni Ilir Hoxhës",
        "Kërkoni Ana Leka",
        "thuaj Gjon Marku",
        "Tell Gjon Marku",
    ]
    blind = ((names._CHILD_OF, names._CHILD_OF_WORDS), (names._ASK_FOR, names._ASK_FOR_WORDS))
    matched = 0
    for text in texts:
        low = text.lower() if text.isascii() else None
        for rx, words in blind:
            if rx.search(text) is not None:
                matched += 1
                assert low is None or words.search(low) is not None, text
        if names._RECEIVES.search(text) is not None:
            matched += 1
            assert names._RECEIVES_WORDS.search(text) is not None, text
    assert matched >= 9


def test_split_parts_without_cut_characters_is_one_part() -> None:
    for text in ("dua nje fustan te kuq", "ok flm", "Arta Hoxha 0692345678"):
        assert _PART_SPLIT.search(text) is None
        assert split_parts(text) == [(0, len(text))]
    assert split_parts("Tirane, Rr. Kavajes 12") == [(0, 6), (8, 22)]
