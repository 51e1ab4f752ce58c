"""Session 17 (detection): whether the customer committed to an order. Invented shops, people
and sentences (none from a corpus); each test fails when its rule breaks."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import parse

# --- the merchant confirms a cancellation: "we cancel it" ----------------------------------------


def test_merchant_we_cancel_it_after_the_customer_drops_the_order() -> None:
    for answer in ("Ne rregull, e anulojme.", "Ok, we'll cancel it.", "Va bene, lo annulliamo."):
        o = parse(
            "c: Dua 3 filxhana te bardhe",
            "m: Ok, 900 leke. Adresa?",
            "c: Rruga Myslym Shyri 40, Tirane. Elona Doci 068 555 7788",
            "m: E shenuam",
            "c: me fal, motra i solli filxhanat nga Italia, s'na duhen me",
            f"m: {answer} Gjithe te mirat",
        )
        assert not o.is_order, answer


# --- "not for me, only for the kids": narrowed, not cancelled -------------------------------------


def test_only_after_a_cancel_narrows_the_order() -> None:
    for line in (
        "c: jo per mua s'me duhet, vetem per vajzen",
        "c: actually I don't need it for me, only for my son",
    ):
        o = parse(
            "c: Dua dy bluza M, nje per mua nje per vajzen",
            "m: Ok, 3000 leke. Adresa?",
            "c: Rruga e Durresit 12, Tirane, Arben Hysa 069 444 1212",
            line,
        )
        assert o.is_order, line


def test_a_cancel_without_only_still_cancels() -> None:
    o = parse(
        "c: Dua dy bluza M",
        "m: Ok, 3000 leke. Adresa?",
        "c: Rruga e Durresit 12, Tirane, Arben Hysa 069 444 1212",
        "c: me fal, s'me duhet me",
    )
    assert not o.is_order


# --- after a message about an earlier purchase, "please" asks about that order --------------------


def test_please_about_an_earlier_order_places_no_new_one() -> None:
    o = parse(
        "c: Pershendetje, unaza qe mora dje ka emrin shkruar gabim",
        "m: Na vjen keq, e ribejme falas, gati te premten",
        "c: ok por ju lutem shikoni mire kete here, unaza eshte per fejese",
    )
    assert not o.is_order


def test_please_with_a_list_still_orders_in_a_fresh_conversation() -> None:
    o = parse(
        "c: Pershendetje, unaza argjendi ju lutem", "c: Rruga Elbasanit 3, Tirane 069 111 2233"
    )
    assert o.is_order


# --- "the same order again": an order before any goods are named ---------------------------------


def test_the_same_order_again_orders() -> None:
    for line in (
        "c: Pershendetje, jam Besa nga Lezha, porosita javen e kaluar. Ma beni edhe sot te"
        " njejten porosi",
        "c: Hi, it's Tom, I ordered last week. The same order again please",
    ):
        o = parse(
            line,
            "m: Pershendetje! Ishte 1 xhup lekure i zi. Njesoj?",
            "c: po",
        )
        assert o.is_order, line


# --- after a message about an earlier purchase, a question asks about that order ------------------


def test_question_after_a_complaint_places_no_new_order() -> None:
    for line in (
        "c: po L. a e merr korrieri bluzen apo e sjell une?",
        "c: yes L. will the courier take it or do I bring the t-shirt?",
    ):
        o = parse(
            "c: Pershendetje, bluza qe mora dje eshte e prishur ne qafe",
            "m: Na vjen keq! Na e ktheni, ua nderrojme falas. Masa L si e para?",
            line,
            "m: Korrieri vjen neser",
            "c: ok faleminderit",
        )
        assert not o.is_order, line


# --- "can you make me …?": a request to the shop orders ------------------------------------------


def test_a_request_to_the_shop_orders_when_the_customer_comes_by() -> None:
    o = parse(
        "c: a mundeni me m'i qit 2 filxhana blu me inicialet tona",
        "m: Po, gati te enjten. 400 leke copa",
        "c: ok vij pas dreke. jam Flutura",
    )
    assert o.is_order


def test_a_request_then_a_hesitation_is_no_order() -> None:
    o = parse(
        "c: Pershendetje, a mund te ma beni nje xhup lekure te zi me emrin tim",
        "m: Po, gati te enjten. 9000 leke",
        "c: hmm e mendoj pak, faleminderit",
    )
    assert not o.is_order
