"""Session 18 (contact fields and detection): the delivery town, the address and whether the
customer committed to an order. Invented shops, people and sentences (none from a corpus); each
test fails when its rule breaks."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import named_catalog, parse

# --- a town after "për / to / nach" in a message about a trip is where the trip goes -------------

TRAVEL = named_catalog(
    ("LINE-SK", "Bileta Tetove - Shkup"),
    ("LINE-MUN", "Bileta per Gjermani"),
    ("TRF", "Transfer aeroporti"),
)


def test_a_ticket_to_a_town_gives_no_delivery_town() -> None:
    for line in (
        "c: pershendetje, dua 3 bileta per Vlore te shtunen",
        "c: a keni autobus per Korce neser ne mengjes? dua 2 bileta",
        "c: Hi, I need 2 tickets, is there a bus to Elbasan on Friday?",
    ):
        o = parse(
            line,
            "m: Po, nisja ora 8. Emri dhe numri?",
            "c: Dritan Hoxha 069 444 1212",
            catalog=TRAVEL,
        )
        assert o.city is None, line


def test_a_town_for_delivery_beside_no_trip_stays() -> None:
    for line in (
        "c: dua 2 bluza M, a i dergoni per Vlore?",
        "c: dua 2 bluza M, m'i nisni me furgon per Vlore",
    ):
        o = parse(line, "m: Po, 3000 leke. Emri dhe numri?", "c: Dritan Hoxha 069 444 1212")
        assert o.city == "Vlore", line


# --- "…platz für …": a word for a place, then what it is for, is no street ----------------------


def test_a_place_word_with_a_street_ending_then_what_it_is_for_is_no_address() -> None:
    for line in (
        "c: Hallo, wir kommen am Freitag, brauchen Parkplatz für 2 Autos ab 3. Juli. 2 T-Shirts M",
        "c: Hallo! Stellplatz für 3 Nächte ab 5. Juli, und 2 T-Shirts M",
    ):
        o = parse(line, "m: Ok, 3000 Lek. Name?", "c: Name Jonas Keller, Handy +49 151 2345 6789")
        assert o.address is None, line


def test_a_street_with_the_same_ending_and_its_number_stays() -> None:
    o = parse(
        "c: 2 T-Shirts M bitte",
        "m: Ok, Adresse?",
        "c: Lindenplatz 7, 8004 Zürich, Jonas Keller +41 79 123 45 67",
    )
    assert o.address == "Lindenplatz 7"


# --- "qojeni në <village>, te <landmark>": the sending words lead the village --------------------


def test_sending_words_before_a_village_and_its_landmark_give_the_address() -> None:
    o = parse(
        "c: dua nje xhup lekure te zi",
        "m: Ok, 9000 leke. Ku ta dergojme?",
        "c: qojeni ne Sfeqel, te shkolla e vjeter, Mentor Krasniqi 044 555 123",
    )
    assert o.address == "Sfeqel, te shkolla e vjeter"


# --- an earlier purchase: a refund, "qe ma dhatë", a new one in exchange --------------------------


def test_money_back_for_an_earlier_purchase_is_no_order() -> None:
    o = parse(
        "c: Cizmet e dimrit qe mora te ju u shqyen prape!!",
        "m: Na vjen keq, sillni cizmet dhe faturen",
        "c: dua paret mbrapsht jo ti shikoni",
    )
    assert not o.is_order


def test_the_other_one_after_goods_that_did_not_fit_is_no_order() -> None:
    o = parse(
        "c: pershendetje, cizmet 39 qe ma dhat javen e kalume nuk me hyjne fare, jane te vogla",
        "m: Na falni. Sillni cizmet ti nderrojme",
        "c: mire po kur mundem me ardh. a e keni tjetrin n stok",
        "m: Po e kemi",
    )
    assert not o.is_order


def test_a_new_one_for_goods_that_came_broken_is_no_order() -> None:
    o = parse(
        "c: Filxhani qe ma nisët ka ardh i thyer",
        "m: Na vjen keq per filxhanin, na dergoni nje foto",
        "c: ja foto. dua nje te re",
        "m: Ok, e zevendesojme falas",
    )
    assert not o.is_order


def test_a_new_one_in_a_fresh_conversation_still_orders() -> None:
    o = parse(
        "c: dua nje xhup lekure te zi, nje te re jo te perdorur",
        "m: Ok, 9000 leke. Adresa?",
        "c: Rruga e Kavajes 12, Tirane, Besa Hoxha 069 444 1212",
    )
    assert o.is_order


# --- "mos e rezervoni më": the reservation is called off -----------------------------------------


def test_do_not_reserve_it_any_more_cancels() -> None:
    o = parse(
        "c: a e keni kafe turke 500 g?",
        "m: Po, ta rezervojme?",
        "c: po rezervoje, e merr vellai pasdite. Blerina",
        "m: E rezervuam",
        "c: me fal, e gjeti nje pako ne shtepi. mos e rezervoni ma",
    )
    assert not o.is_order


# --- Gheg "ma rujni" (keep it for me) orders -----------------------------------------------------


def test_keep_it_for_me_in_gheg_orders() -> None:
    o = parse(
        "c: a e keni vajin e ullirit 3 L",
        "m: Po, 3300 leke",
        "c: ok ma rujni vajin e ullirit, vi pasdite",
        "m: Ne rregull. Ne cfare emri?",
        "c: Agron Berisha",
    )
    assert o.is_order


# --- the name: "kam emrin …", Gheg "emri em …", a relative named with "and" --------------------


def test_i_have_the_name_introduces_the_writer() -> None:
    for line in (
        "c: Rruga Dibres 40, Tirane. Kam emrin Valmir Dervishi, tel 068 333 4455",
        "c: Rruga Dibres 40, Tirane. E kom emrin Valmir Dervishi, tel 068 333 4455",
    ):
        o = parse("c: dua 2 filxhana", "m: Ok. Adresa dhe emri?", line)
        assert o.customer_name == "Valmir Dervishi", line


def test_a_relative_named_after_and_yields_to_the_writer() -> None:
    o = parse(
        "c: dua 2 bluza M, nje per mua nje per nanen",
        "m: Ok, 3000 leke. Emrat?",
        "c: emri em Arbnor Gjoka edhe nana Drita Gjoka",
        "c: nr 049 222 333",
    )
    assert o.customer_name == "Arbnor Gjoka"


def test_a_yes_before_the_name_and_the_street_leaves_the_name() -> None:
    for first in ("po 👍", "yes 👍", "ok"):
        o = parse(
            "c: dua 2 filxhana",
            "m: Ok, 600 leke. Adresa?",
            f"c: {first} Ilda Meta, Rr. Dibres 40, pallati 3, Tirane",
            "c: 068 333 4455",
        )
        assert o.customer_name == "Ilda Meta", first
