"""Is there an order, session 5: wholesale answers, waiting for stock, calling back, orders on a
condition, an earlier order and its damage. Conversations invented for the tests."""

from __future__ import annotations

import pytest

from plugins.parser_rules.tests.conftest import parse


@pytest.mark.parametrize(
    "lines",
    [
        # the merchant answers as to a wholesale enquiry, the customer only waits
        (
            "c: Kemi kafene ne Lezhe, na duhen rreth 10 kg kafe turke ne muaj. Cfare cmimi?",
            "m: Per shumice kemi cmim tjeter, ju telefonon pronari sot",
            "c: ok presim",
        ),
        # asking for the offer / the price list
        (
            "c: We run a hotel, we need about 40 cups every season",
            "m: Hello! We can do a trade price",
            "c: ok, send the list to our email",
        ),
        ("c: Dergoni nje oferte per 200 filxhana", "m: Sigurisht, sot me email"),
        # calling back later ("ju marr në telefon" is a call, not "I'll take")
        (
            "c: Sa kushton vaji i ullirit 3 L?",
            "m: 2900 leke",
            "c: mire do flas me burrin dhe ju marr ne telefon",
        ),
        # waiting for the colour to come back in stock
        (
            "c: A e keni filxhanin blu? e dua per kuzhinen",
            "m: Momentalisht vetem te bardhin, blu vjen javen tjeter",
            "c: ok do pres atehere, me lajmeroni kur te vije",
        ),
        # an order on a condition, never met
        (
            "c: Sa e keni kafene turke 1 kg?",
            "m: Per sasi te medha ju telefonon pronari",
            "c: Mire. Po te jete cmimi i mire marr edhe vajin e ullirit",
        ),
        # an earlier order: when it arrives, or what arrived broken
        ("c: Kemi bere porosi te henen per dy xhupa, emri Arta. Kur mberrin?",),
        (
            "c: Ma sollen porosine dje por nje shishe vaj ishte e plasaritur",
            "c: a ma nderroni?",
            "m: Na dergoni nje foto",
        ),
    ],
)
def test_not_an_order(lines: tuple[str, ...]) -> None:
    assert not parse(*lines).is_order


@pytest.mark.parametrize(
    "lines",
    [
        # a wholesale answer, then the customer orders and gives the details
        (
            "c: Kemi kafene, sa kushton kafja turke 1 kg me shumice?",
            "m: Per shumice 1100 leke kilja",
            "c: Ok, dergoni 5 kg. Rruga Dibres 40, Tirane, 069 111 2222",
        ),
        # the condition met: the merchant says yes, the customer gives the details
        (
            "c: Nese e keni xhupin e zi, e dua",
            "m: Po e kemi",
            "c: Mire, Besa Kola, Rruga Dibres 40, Tirane, 069 111 2222",
        ),
        # a customer's "I'll wait" for the courier in a placed order
        (
            "c: Dua 2 filxhana blu. Arta Leka, Rruga Dibres 40, Tirane, 069 111 2222",
            "m: Faleminderit, nisen neser",
            "c: ok, pres korrierin",
        ),
    ],
)
def test_still_an_order(lines: tuple[str, ...]) -> None:
    assert parse(*lines).is_order


@pytest.mark.parametrize(
    "keep",
    [
        "vij vete neser ne dyqan, me ruani 2. jam Dritoni",
        "I'll pick them up tomorrow, hold it for me",
    ],
)
def test_keep_it_for_me_is_an_order(keep: str) -> None:
    o = parse("c: Filxhane blu a keni? 2 cope", "m: Po, 300 leke copa", f"c: {keep}")
    assert o.is_order


@pytest.mark.parametrize(
    "lines",
    [
        # payday: the order word is inside "when I get paid"
        ("c: Sa kushton filxhani blu?", "m: 300 leke", "c: mire, do ju shkruaj kur te marr rrogen"),
        ("c: How much is the leather jacket?", "m: 9000 lek", "c: ok I'll take it when I get paid"),
        # an earlier order: has it been sent?
        ("c: Porosia ne emer te Arta Leka, 069 111 2222, xhupi i zi. A e keni nis?",),
    ],
)
def test_payday_and_sent_questions_are_not_orders(lines: tuple[str, ...]) -> None:
    assert not parse(*lines).is_order


def test_cancel_it_with_a_reason_naming_colours() -> None:
    o = parse(
        "c: dua nje filxhan blu. Arta Leka, Rr. Dibres 4, Tirane 069 111 2222",
        "m: E regjistruam",
        "c: Sorry, anuloje, vajza nuk e do as blu as te bardhe",
    )
    assert not o.is_order
