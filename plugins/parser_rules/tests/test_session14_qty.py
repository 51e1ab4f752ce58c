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


CHAIRS = catalog_of(
    ("CHR", "Karrige plazhi", "10", ("blu", "jeshile", "e kuqe")),
    ("BAG", "Çantë ftohëse", "12", ()),
)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("c: dua kater karrige dy blu dy jeshile", [("CHR", 2, "blu"), ("CHR", 2, "jeshile")]),
        ("c: 3 karrige 2 blu 1 te kuqe", [("CHR", 2, "blu"), ("CHR", 1, "e kuqe")]),
        ("c: dua dy karrige nje blu nje jeshile", [("CHR", 1, "blu"), ("CHR", 1, "jeshile")]),
        # no count of its own in the first piece: the count before the name is that piece's
        ("c: dua dy karrige blu dhe nje jeshile", [("CHR", 2, "blu"), ("CHR", 1, "jeshile")]),
    ],
)
def test_a_total_before_the_name_then_a_count_for_each_variant(
    line: str, want: list[tuple[str, int, str]]
) -> None:
    # "kater karrige dy blu dy jeshile": four chairs, two of them blue and two green; the four
    # is their total, not the count of the first colour
    o = parse(
        "c: pershendetje, a keni karrige plazhi?",
        "m: Po, 10 euro, blu, jeshile, e kuqe",
        line,
        "c: Arben Daci, Rr. Detit 4, Durres, 069 123 4567",
        catalog=CHAIRS,
    )
    assert items(o) == want


INVITES = catalog_of(
    ("INV", "Ftesë dasme", "2", ("e bardhë", "ari")),
    ("BAL", "Balona", "1", ()),
)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("c: we need around 90, actually make it 95 to be safe", 95),
        ("c: about 120 guests, actually make it 130", 130),
        # a small count corrected: as before
        ("c: we need 3, sorry, 4", 4),
        # a large count, then a small number: no correction of the count
        ("c: we need 90, sorry, 4 boxes", 90),
    ],
)
def test_a_large_count_corrected_by_another_large_count(line: str, want: int) -> None:
    # "around 90, actually make it 95": the count after the correction word replaces the one
    # before it, whatever its size, when both are of the same size (above 20)
    o = parse(
        "c: hello, do you have wedding invitations?",
        "m: yes, 2 euro each, white or gold",
        line,
        "c: Arben Daci, Rr. Detit 4, Durres, 069 123 4567",
        catalog=INVITES,
    )
    assert [(p, q) for p, q, _v in items(o)] == [("INV", want)]


SWIM = catalog_of(
    ("ARM", "Krahë noti për fëmijë (palë)", "5", ("0-3 vjeç", "3-6 vjeç")),
    ("FIN", "Swim fins (pair)", "19", ("38-39", "42-43")),
    ("RNG", "Rreth noti", "6", ()),
)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("c: dua krahe noti dy pale per 3-6 vjec", ("ARM", 2, "3-6 vjeç")),
        ("c: I need two pairs of fins 42-43", ("FIN", 2, "42-43")),
        ("c: dua 2 pale krahe 0-3 vjec", ("ARM", 2, "0-3 vjeç")),
    ],
)
def test_pairs_of_a_product_the_catalog_sells_by_the_pair(
    line: str, want: tuple[str, int, str]
) -> None:
    # "Krahë noti (palë)", "Swim fins (pair)": the name says in brackets it is sold by the pair,
    # so "dy palë" are two of it, not four pieces
    o = parse(
        "c: pershendetje",
        "m: urdhero",
        line,
        "c: Arben Daci, Rr. Detit 4, Durres, 069 123 4567",
        catalog=SWIM,
    )
    assert items(o) == [want]
