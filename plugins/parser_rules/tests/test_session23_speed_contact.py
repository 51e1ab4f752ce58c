"""Session 23 speed pass over the contact scan: the same answers with less work.

``names.intro_names`` searched every message with ``_INTRO`` and ``_NAME_INTROS``, two long
case-blind regexes, though a match needs an intro word ("jam", "emri", "my name is", "për"); an
ASCII message is now searched only when its lower case holds a piece of one (``_INTRO_WORDS``,
``_NAME_INTRO_WORDS``), as ``_CHILD_OF`` already was. ``contact.scan_message`` looks for the
corrected house number only beside its label, blanks the phone spans by slices, and reads the
words of a trip and of a ticket from one set of the parts' words. The tests compare each
shortcut with the long way and check that the work skipped is skipped. The shops and messages
are invented.
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from plugins.parser_rules import contact, names
from plugins.parser_rules.contact import Details, blank, scan_message
from plugins.parser_rules.lexicon import word_list

_NAME = "Lirie Dushi"

# one phrase for every intro word of _INTRO (the regex must match each: a phrase the regex
# does not read tests nothing)
_INTRO_PHRASES = [
    "jam noterja {n}",
    "kontakt sekretarja {n}",
    "une jam {n}",
    "un jom {n}",
    "emri im eshte {n}",
    "emri i saj {n}",
    "e kam emrin {n}",
    "kom emrin {n}",
    "emni jem o {n}",
    "emni i saj asht {n}",
    "emri: {n}",
    "name is {n}",
    "my name is {n}",
    "his name is {n}",
    "si chiama {n}",
    "ihr name ist {n}",
    "emrat: {n}",
    "names: {n}",
    "nomi: {n}",
    "namen: {n}",
    "sein name ist {n}",
    "er heisst {n}",
    "quhet {n}",
    "quhemi {n}",
    "thirret {n}",
    "is called {n}",
    "heisse {n}",
    "trajnerja {n}",
    "mesuesi {n}",
    "doktoresha {n}",
    "coach {n}",
    "trainer {n}",
    "teacher {n}",
    "lehrerin {n}",
    "insegnante {n}",
    "maestra {n}",
    "an den Hausverwalter {n}",
    "to the caretaker {n}",
    "concierge {n}",
    "la custode {n}",
    "portinaio {n}",
    "kujdestarit {n}",
    "administratorja {n}",
    "I'm {n}",
    "I am {n}",
    "this is {n}",
    "nome {n}",
    "mi chiamo {n}",
    "sono {n}",
    "ich bin {n}",
    "mein name ist {n}",
    "per {n}",
    "for {n}",
    "an {n}",
    "to {n}",
    "recipient {n}",
    "marresi {n}",
    "za {n}",
    "kontakti im {n}",
    "contact person {n}",
    "kontaktperson {n}",
    "Ansprechpartnerin {n}",
    "persona di contatto {n}",
    "referente {n}",
    "sender {n}",
    "derguesja {n}",
    "Absender {n}",
    "mittente {n}",
    "kontakt ne kantier {n}",
    "destinatario {n}",
    "c/o {n}",
    "ne emer te {n}",
    "n'emer te {n}",
    "na emer {n}",
    "ne emrin tim {n}",
    "nemer {n}",
    "a nome di {n}",
    "intestata a {n}",
    "booked under {n}",
    "reservation under {n}",
    "rezervimi me emrin {n}",
    "under the name of {n}",
    "auf den namen {n}",
]


@pytest.mark.parametrize("phrase", _INTRO_PHRASES)
def test_every_intro_word_lets_the_intro_search_run(phrase: str) -> None:
    for text in (
        phrase.format(n=_NAME),
        "Mirembrema, " + phrase.format(n=_NAME) + ", 069 123 4567",
        phrase.upper().replace("{N}", _NAME),
    ):
        assert names._INTRO.search(text) is not None, text
        assert names._INTRO_WORDS.search(text.lower()) is not None, text


@pytest.mark.parametrize("word", word_list("name_intros"))
def test_every_name_intro_word_lets_its_search_run(word: str) -> None:
    text = f"Tortë me çokollatë, {word} {_NAME}".encode("ascii", "ignore").decode()
    if not word.isascii():
        return  # a word with a letter outside ASCII is searched for in any case
    assert names._NAME_INTROS.search(text) is not None, text
    assert names._NAME_INTRO_WORDS.search(text.lower()) is not None, text


# invented messages to a bakery, a tyre shop and a florist, with and without an intro
_MESSAGES = [
    "Dua 2 torta me fruta, per neser ora 10",
    "Jam Besa Kelmendi, 044 222 333",
    "emri im eshte Ardit Gashi, rr. Nena Tereze 4",
    "4 goma 205/55 R16, dimerore",
    "Ok flm, shihemi",
    "Send to my sister Elira Hasa, Rruga Kavajes 40",
    "I am Tom Riley, for the wedding on Saturday",
    "Shkruani Nexhat Hoti ne fature",
    "une jam valon hasani numri 049 111 222",
    "Buqeta me roze te bardha, kartolina: Gezuar!",
    "Booked under Drita Lama please",
    "Tirane, Rr. Elbasanit 12, P. 3",
    "Sono Marta Bianchi, consegna a Durazzo",
    "Kontakt ne kantier Agim Hoxha 068 333 4444",
    "c/o Rita Kola, Bulevardi Zogu 3",
    "edhe 3 bukë misri",
]


def _always(pattern: re.Pattern[str]) -> Any:
    """A hint that lets every search run: the code before the shortcut."""

    class Always:
        def search(self, _text: str) -> bool:
            return True

    return Always()


def test_intro_names_answer_as_the_full_search(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [names.intro_names(t) for t in _MESSAGES]
    monkeypatch.setattr(names, "_INTRO_WORDS", _always(names._INTRO_WORDS))
    monkeypatch.setattr(names, "_NAME_INTRO_WORDS", _always(names._NAME_INTRO_WORDS))
    slow = [names.intro_names(t) for t in _MESSAGES]
    assert fast == slow
    assert any(fast)  # the battery holds introduced names


class _Refused:
    """A regex that may not be searched."""

    def finditer(self, *_a: Any) -> Any:
        raise AssertionError("searched")

    def search(self, *_a: Any) -> Any:
        raise AssertionError("searched")


def test_no_intro_search_in_a_message_without_an_intro_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(names, "_INTRO", _Refused())
    monkeypatch.setattr(names, "_NAME_INTROS", _Refused())
    assert names.intro_names("Dua 2 torta me fruta, Rr. Durresit 4") == []
    assert names.intro_names("4 goma dimerore 205/55 R16") == []
    with pytest.raises(AssertionError):
        names.intro_names("Jam Besa Kelmendi")  # the intro word: searched
    with pytest.raises(AssertionError):
        names.intro_names("Unë jam Besa Kelmendi")  # not ASCII: searched as before


def _blank_by_chars(text: str, spans: list[tuple[int, int]]) -> str:
    """``contact.blank`` before this session: one character at a time."""
    chars = list(text)
    for s, e in spans:
        for k in range(s, min(e, len(chars))):
            chars[k] = " "
    return "".join(chars)


def test_blank_answers_as_the_character_loop() -> None:
    rng = random.Random(23)
    texts = ["Luleshitje 3 cope, 069 123 4567 Arta", "", "x", "Gomat: +383 44 111 222 / 049 5"]
    for text in texts:
        for _ in range(200):
            spans = [
                (rng.randint(0, len(text) + 3), rng.randint(0, len(text) + 6))
                for _ in range(rng.randint(0, 4))
            ]
            assert blank(text, spans) == _blank_by_chars(text, spans), (text, spans)
    assert blank("abc", [(-2, 1)]) == _blank_by_chars("abc", [(-2, 1)])


def _details(texts: list[str]) -> Details:
    details = Details()
    for k, text in enumerate(texts):
        scan_message(details, k, text, "AL", True)
    return details


def test_the_corrected_house_number_is_read_beside_its_label() -> None:
    details = _details(
        ["Rr. Myslym Shyri 14, Tirane", "jo gabim, 41 eshte numri i shtepise, jo 14"]
    )
    assert max(details.addresses, key=lambda c: c.score).value.startswith("Rr. Myslym Shyri 41")
    details = _details(["Via Roma 7, Durres", "the house number is 17, not 7"])
    assert any("17" in c.value for c in details.addresses)


def test_no_house_number_search_without_its_label(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contact, "_HOUSE_NUMBER", _Refused())
    _details(["Rr. Myslym Shyri 14, Tirane", "2 goma dimerore, 069 123 4567"])
    with pytest.raises(AssertionError):
        _details(["41 eshte numri i shtepise"])
    with pytest.raises(AssertionError):
        _details(["numri i shtëpisë 41"])  # not ASCII: searched as before


def test_a_town_beside_a_ticket_or_a_trip_is_read_as_before() -> None:
    # a travel agency: the town the ticket goes to is no delivery town
    assert not _details(["2 bileta per Durres, te shtunen"]).cities
    assert not _details(["A keni autobus per Vlore?"]).cities
    # a removals van: the vehicle the goods go by is no trip
    assert [c.value for c in _details(["Me furgon per Vlore, Rr. Sheshi 5"]).cities] == ["Vlore"]


# invented merchant messages: a bakery, a tailor, a bike shop, a pharmacy
_MERCHANT = [
    "Faleminderit Arta! Dergesa neser.",
    "Mirëdita zonja Drita! Torta është gati.",
    "Një numër, zoti Gjon?",
    "Grazie Bianca, a domani",
    "Hi Sarah, the bike is ready. Thanks Tom",
    "Guten Tag Frau Keller, die Jacke ist fertig",
    "Po, e kemi. Emri juaj?",
    "Shume mire! Dicka tjeter?",
    "Ok Besnik, 2 kuti",
    "Dear Mr. Hughes, your order ships today",
]


def _thanked_the_long_way(text: str) -> list[str]:
    """``names.thanked_names`` before this session."""
    found = [m.group(1) for m in names._THANKS.finditer(text) if names.plausible_name(m.group(1))]
    titled = [
        m.group(2)
        for m in names._HONORIFIC.finditer(text)
        if names.fold(m.group(1)) in names._HONORIFICS and names.known_given(m.group(2))
    ]
    vocative = [m.group(1) for m in names._VOCATIVE.finditer(text) if names.known_given(m.group(1))]
    return found + titled + vocative


def test_thanked_and_addressed_words_answer_as_before() -> None:
    for text in _MERCHANT:
        assert names.thanked_names(text) == _thanked_the_long_way(text), text
        old = {names.fold(m.group(1)) for m in names._THANKS.finditer(text)} - names.NOT_NAME
        assert names.addressed_words(text) == old, text
    assert names.thanked_names("Mirëdita zonja Drita! Torta është gati.")[-1:] == ["Drita"]


def test_no_title_search_without_a_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names, "_HONORIFIC", _Refused())
    assert names.thanked_names("Faleminderit Arta! Dergesa neser.") == ["Arta"]
    with pytest.raises(AssertionError):
        names.thanked_names("Mirëdita zonja Drita!")
    with pytest.raises(AssertionError):
        names.thanked_names("Guten Tag FRAU Keller")  # the title in capitals: searched


def _asked(text: str) -> tuple[bool, bool]:
    details = Details()
    scan_message(details, 0, text, "AL", False)
    return details.name_asked, details.own_name_asked


def test_the_merchant_asking_for_the_name_is_read_as_before() -> None:
    assert _asked("Emri juaj?") == (True, True)
    assert _asked("Your name and address please?") == (True, True)
    assert _asked("Il suo nome?") == (True, True)
    assert _asked("C'emer ka?") == (True, False)
    assert _asked("Emrin dhe numrin?") == (True, False)
    assert _asked("Adresa dhe numri?") == (False, False)
    assert _asked("Shume mire! Dicka tjeter?") == (False, False)


def test_no_name_question_search_without_a_name_word(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contact, "_ASKS_NAME", _Refused())
    monkeypatch.setattr(contact, "_ASKS_OWN_NAME", _Refused())
    assert _asked("Adresa dhe numri?") == (False, False)
    with pytest.raises(AssertionError):
        _asked("Emri?")
    with pytest.raises(AssertionError):
        _asked("Çfarë emri?")  # not ASCII: searched as before


def test_the_shop_asking_for_a_variant_is_read_from_the_words() -> None:
    from plugins.parser_rules.detect import _SIZE_NUMBER, _TOPICS, Timeline, read_merchant
    from plugins.parser_rules.segments import split_sentences

    for text, asked in [
        ("Cfare mase e doni?", True),
        ("Which colour?", True),
        ("Sa numer keni?", True),
        ("Faleminderit, dergesa neser", False),
    ]:
        for sent in split_sentences(0, text):
            tl = Timeline()
            read_merchant(tl, sent)
            long_way = any(t.text in _TOPICS or t.text in _SIZE_NUMBER for t in sent.toks)
            assert (tl.variant_asked == 0) == long_way == asked, text
