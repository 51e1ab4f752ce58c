"""Session 20 speed pass, third part: skip what cannot fire. The merchant's read-back of the
delivery details (``extract._echoed_places``) looked for every street and town the customer
gave with a regular expression built from the value, compiled anew for each value; a value the
message does not hold as a substring cannot match, so the substring test (and the cheaper
message and length tests) go first. The tests compare with the code replaced and check that no
pattern is built where none can match. The shops and messages are invented."""

from __future__ import annotations

import re
from typing import Any

import pytest

from plugins.parser_rules import extract
from plugins.parser_rules.contact import Candidate, Details
from plugins.parser_rules.extract import _echoed_places
from plugins.parser_rules.normalize import fold


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
