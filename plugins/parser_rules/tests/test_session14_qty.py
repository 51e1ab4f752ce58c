"""Session 14: quantities. One test per rule, on invented shops and invented sentences (none
taken from a corpus)."""

from __future__ import annotations

import pytest

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

BEACH = catalog_of(
    ("UMB", "Çadër plazhi", "30", ("e kuqe", "e verdhë")),
    ("MAT", "Dyshek uji", "12", ()),
)


@pytest.mark.parametrize(
    "address",
    [
        "c: vijme te shtunen, a mundeni me i qu n apartament? Vila Rosa, Kodra, ap. 6",
        "c: we arrive on friday, can you bring them to the flat? Villa Rosa, apt 9",
        "c: arriviamo venerdi, potete portarli a casa? Residenza Mare, interno 8",
        "c: vijme te premten, a mund t'i sillni ne shtepi? Pallati i bardhe, kati 5",
        "c: doagjame vo petok, mozete li da gi donesete? Zgrada Sonce, stan 6",
    ],
)
def test_the_number_of_a_flat_or_floor_is_no_count(address: str) -> None:
    # "ap. 7", "kati 5", "stan 6": the number after a part of a building is where the goods go,
    # not a new count of the item named last
    o = parse(
        "c: pershendetje, a keni cadra?",
        "m: Po, 30 euro",
        "c: i du 2 cadra te kuqe dhe nje dyshek",
        address,
        "c: Arben Daci 069 123 4567",
        catalog=BEACH,
    )
    assert items(o) == [("UMB", 2, "e kuqe"), ("MAT", 1, None)]
