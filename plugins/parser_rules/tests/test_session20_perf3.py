"""Session 20 speed pass, third part: skip what cannot fire. The merchant's read-back of the
delivery details (``extract._echoed_places``) looked for every street and town the customer
gave with a regular expression built from the value, compiled anew for each value; a value the
message does not hold as a substring cannot match, so the substring test (and the cheaper
message and length tests) go first. The restatement reader's answer (``RestatedOrder.customer``)
changes nothing while no restatement is kept or held loose, so ``extract`` asks it, and whether
the customer's message is a short yes (``_confirms``), only while one waits
(``RestatedOrder.waiting``). The tests compare with the code replaced and check that the work
that cannot fire is skipped. The shops and messages are invented."""

from __future__ import annotations

import re
from typing import Any

import pytest

from plugins.parser_rules import extract
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.contact import Candidate, Details
from plugins.parser_rules.extract import _echoed_places
from plugins.parser_rules.normalize import fold
from plugins.parser_rules.restated_order import RestatedOrder
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.tests.conftest import catalog_of, items, parse


def _old_echoed(details: Details, message: int, text: str) -> list[tuple[int, int]]:
    """``_echoed_places`` as it was: the pattern searched for every value."""
    folded = fold(text)

    def found(cands: list[Candidate]) -> list[tuple[int, int]]:
        spans = []
        for c in cands:
            value = fold(c.value).strip()
            m = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", folded) if len(value) >= 4 else None
            if c.message < message and m is not None:
                spans.append(m.span())
        return spans

    streets = found(details.addresses)
    return streets + found(details.cities) if streets else []


def _details() -> Details:
    # a tile shop's customer gave the street and the town in message 1; message 3 gave another
    d = Details()
    d.addresses = [
        Candidate("Rruga e Qershive 14", 1.0, 1, 0, 19),
        Candidate("Rr. Lulishtja (pallati 3)", 1.0, 3, 0, 25),
        Candidate("Bregu", 1.0, 1, 0, 5),
        Candidate("Ho", 1.0, 1, 0, 2),
    ]
    d.cities = [Candidate("Fushë-Krujë", 1.0, 1, 0, 11), Candidate("Lezhë", 1.0, 3, 0, 5)]
    return d


# the shop's messages: read back whole, in other case and accents, in part, glued to a word,
# with the later address (message 3), with nothing of it, and with the town alone
_TEXTS = [
    "Ok, pllakat vijne neser ne Rruga e Qershive 14, Fushë-Krujë.",
    "OK: RRUGA E QERSHIVE 14 - FUSHE-KRUJE, paguani ne dorezim",
    "Dergesa ne Rruga e Qershive, Fushe Kruje",
    "Dergesa ne XRruga e Qershive 14x, Fushë-Krujë",
    "Dergesa ne Rr. Lulishtja (pallati 3), Lezhë",
    "Faleminderit! 2 kuti pllaka 30x60 = 4800 lek",
    "Fushë-Krujë, neser ora 10",
    "Bregu i Lumit 7, Fushë-Krujë, Bregu",
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("message", [0, 2, 4])
def test_echoed_places_are_the_ones_the_pattern_found(text: str, message: int) -> None:
    assert _echoed_places(_details(), message, text) == _old_echoed(_details(), message, text)


def test_echoed_places_build_no_pattern_where_none_can_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searched: list[str] = []

    class _Re:
        def __getattr__(self, name: str) -> Any:
            return getattr(re, name)

        def search(self, pattern: str, string: str) -> re.Match[str] | None:
            searched.append(pattern)
            return re.search(pattern, string)

    monkeypatch.setattr(extract, "re", _Re())
    # nothing of the address in the message: no pattern at all
    assert _echoed_places(_details(), 2, "Faleminderit! 2 kuti pllaka 30x60 = 4800 lek") == []
    assert searched == []
    # the street of message 1 read back: its pattern only (not the later address, not "Ho"
    # with fewer than four letters, not "Bregu", which the message does not hold), then the
    # town beside it
    text = "Ok, vijne neser ne Rruga e Qershive 14, Fushë-Krujë."
    spans = _echoed_places(_details(), 2, text)
    assert [text[a:b] for a, b in spans] == ["Rruga e Qershive 14", "Fushë-Krujë"]
    assert len(searched) == 2


# a pet-food shop
PETS = catalog_of(
    ("DOG", "Ushqim qeni", "1200", ("3 kg", "10 kg")),
    ("BON", "Kockë lodër", "300", ()),
    ("CAT", "Rërë mace", "500", ()),
)
_DETAILS = "c: Arta Gashi, Rr. Lulishtja 7, Prizren, 044 318 902"


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    confirms = extract._confirms

    def counted(text: str) -> bool:
        asked.append(text)
        return confirms(text)

    monkeypatch.setattr(extract, "_confirms", counted)
    return asked


def test_no_yes_is_read_while_no_restatement_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    # the shop never restates the order and never asks back: no customer message is asked
    # whether it is a short yes
    asked = _counting(monkeypatch)
    o = parse(
        "c: pershendetje, dua 2 thase ushqim qeni 10 kg",
        "m: Po, i kemi.",
        "c: ok edhe nje kocke loder",
        "m: Dakord, faleminderit.",
        _DETAILS,
        catalog=PETS,
    )
    assert sorted(items(o)) == [("BON", 1, None), ("DOG", 2, "10 kg")]
    assert asked == []


def test_a_yes_to_a_waiting_restatement_is_still_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # the shop's list, asked back and answered "po": the restatement waits, the yes is read and
    # the list sets the count the customer left unsaid
    asked = _counting(monkeypatch)
    o = parse(
        "c: me duhet ushqim qeni 3 kg edhe rere mace",
        "m: Ushqim qeni 3 kg, 2 rërë mace?",
        "c: po. " + _DETAILS[3:],
        catalog=PETS,
    )
    assert sorted(items(o)) == [("CAT", 2, None), ("DOG", 1, "3 kg")]
    assert any(t.startswith("po.") for t in asked)


@pytest.mark.parametrize("named", [False, True])
@pytest.mark.parametrize("details", [False, True])
@pytest.mark.parametrize("yes", [False, True])
@pytest.mark.parametrize("ordered", [False, True])
def test_an_answer_to_no_restatement_changes_nothing(
    named: bool, details: bool, yes: bool, ordered: bool
) -> None:
    r = RestatedOrder(index_for(PETS))
    r.seen = {0}
    assert not r.waiting()
    before = dict(vars(r))
    r.customer(split_sentences(3, "po, dergojeni neser"), named, details, yes, ordered)
    assert vars(r) == before
