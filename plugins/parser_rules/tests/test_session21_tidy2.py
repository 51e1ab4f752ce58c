"""Session 21 (tidy2): word lists that lived in the code are read from words.json; the two
'come' lists and the two abbreviation tables are one class each (invented sentences and shops,
none from a corpus)."""

from __future__ import annotations

import pytest

from plugins.parser_rules import (
    contact,
    corrections,
    detect,
    extract,
    items,
    merchant_lines,
    names,
    normalize,
    places,
    segments,
    unrecognised,
    variants,
)
from plugins.parser_rules.lexicon import word_list, word_set
from plugins.parser_rules.normalize import tokenize

# (module constant, its words.json class): the moves of this session
MOVED = [
    (places._SEND, "send_verbs"),
    (places._ONLY_STREET, "street_only_suffixes"),
    (contact._STREET_PROPER, "street_proper"),
    (contact._QUARTERS, "quarter_words"),
    (contact._STREET_ABBREV, "street_before_name"),
    (contact._CLITICS, "send_clitics"),
    (contact._FROM_ANY, "from_words"),
    (items._OWNED_FROM, "owned_from"),
    (items._CLITIC, "clitics_before_name"),
    (items._OBJECT_CLITIC, "object_clitics"),
    (items._CLITICS, "negated_clitics"),
    (items._BOTH_AND, "both_and"),
    (extract._CLITICS, "modal_clitics"),
    (corrections._CLITICS, "have_clitics"),
    (corrections._AND, "and_opening"),
    (merchant_lines._AND, "and_words"),
    (segments._AND_COUNT, "and_count"),
    (unrecognised._AND_COUNT, "and_before_count"),
    (variants._KIN, "kin_sizes"),
    (variants._KIN_TAILS, "kin_tails"),
    (variants._HOUR_BEFORE, "hour_before"),
    (variants._TIME_PREPS, "time_preps"),
]


@pytest.mark.parametrize(("constant", "cls"), MOVED, ids=[c for _v, c in MOVED])
def test_each_moved_list_is_its_words_json_class(constant: frozenset[str], cls: str) -> None:
    assert constant == word_set(cls)


def test_endings_read_with_endswith_stay_tuples_of_their_class() -> None:
    # str.endswith takes a tuple, not a frozenset
    assert isinstance(places._STREET_ENDINGS, tuple)
    assert isinstance(contact._GERMAN_STREET, tuple)
    assert set(places._STREET_ENDINGS) == word_set("street_endings")
    assert set(contact._GERMAN_STREET) == word_set("street_after_name")


def test_a_street_ending_in_the_class_makes_a_street() -> None:
    """A Dutch flower shop delivering to "Kerkstraat 12": '-straat' is in street_endings."""
    assert places.street_score(tokenize("Kerkstraat 12")) >= 3


def test_kin_words_are_read_as_written() -> None:
    # names.KIN was matched against lower-case raw words: the class as written, not folded
    assert frozenset(word_list("kin_words")) == names.KIN
    assert "mother" in names.KIN and "schwiegermutter" in names.KIN


def test_send_to_me_and_from_or_of_join_their_readers() -> None:
    """A ski rental: "ich komme aus Innsbruck" is where the writer comes from (from_words after
    a verb of being), and "sillmi" is a verb of sending (send_to_me)."""
    assert contact._origin(tokenize("ich komme aus Innsbruck"), 3)
    assert word_set("from_words") | word_set("from_or_of") == contact._FROM
    assert "sillmi" in contact._SEND_TO and places._SEND <= contact._SEND_TO


def test_an_hour_after_a_day_and_a_time_word_is_no_variant() -> None:
    """A bakery: "ritiro domani dopo le 5": 'dopo' (time_preps) before the hour."""
    assert variants._clock(tokenize("ritiro domani dopo le 5"), 4)
    assert variants._clock(tokenize("vij sahat 5"), 2)  # hour_before


# --- one class of 'come' verbs ---------------------------------------------------------------


def test_come_is_one_class_for_the_pickup_and_the_appointment() -> None:
    """A watch repair shop offers to collect at the shop; "ok passo domani alle 10": 'passo'
    was only in detect's list (come_words), not in contact's own, so the customer's coming was
    not read as a pickup."""
    assert contact._COME == detect._COME == word_set("come_words")
    d = contact.Details()
    d.pickup_offered = True
    contact.scan_message(d, 1, "ok passo domani alle 10", "IT", True)
    assert d.pickup


def test_come_without_a_pickup_offer_is_no_pickup() -> None:
    """The guard: the same words with no offer from the shop before them."""
    d = contact.Details()
    contact.scan_message(d, 1, "ok passo domani alle 10", "IT", True)
    assert not d.pickup


# --- one table of abbreviations --------------------------------------------------------------


def _parts(text: str) -> list[str]:
    return [text[a:b] for a, b in places.split_parts(text)]


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in normalize.sentences(text)]


def test_abbreviations_are_one_table_for_sentences_and_parts() -> None:
    assert word_set("abbreviations") == normalize._ABBREVIATIONS
    assert word_set("abbreviations") - word_set("part_end_abbreviations") == places._ABBREV


def test_a_street_abbreviation_does_not_end_a_sentence() -> None:
    """A Macedonian furniture shop's address: "ul." and "br." were only the parts' table, so
    the sentence was cut after each."""
    text = "Adresa: ul. Ilindenska br. 5 Tetovo. Faleminderit"
    assert _sentences(text) == ["Adresa: ul. Ilindenska br. 5 Tetovo.", " Faleminderit"]


def test_a_phone_label_abbreviation_does_not_end_a_part() -> None:
    """A bookshop's customer: "tel." was only the sentences' table, so the part was cut
    between the label and the number."""
    assert _parts("Marco Neri tel. 069 123 4567") == ["Marco Neri tel. 069 123 4567"]


def test_no_house_number_still_ends_the_street_part() -> None:
    """A pharmacy delivery: "Rr. Dardania pn. Ema Gashi": 'pn.' (no house number) ends the
    street, the name is the next part (part_end_abbreviations), though no sentence ends."""
    assert _parts("Rr. Dardania pn. Ema Gashi") == ["Rr. Dardania pn", "Ema Gashi"]
    assert len(_sentences("Rr. Dardania pn. Ema Gashi")) == 1


def test_a_title_ends_its_part_so_the_name_is_a_part_of_its_own() -> None:
    """A dental lab's customer signs "Dott. Lucia Ferri, 333 123 4567": the title is cut from
    the name for the part reader (part_end_abbreviations), though no sentence ends there."""
    text = "Dott. Lucia Ferri, 333 123 4567"
    assert _parts(text)[:2] == ["Dott", "Lucia Ferri"]
    assert len(_sentences(text)) == 1
