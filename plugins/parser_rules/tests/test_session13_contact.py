"""Session 13: the customer fields (name, street address, city, phone). Invented conversations
(other people, streets and towns than the corpus); each test fails when its rule breaks."""

from __future__ import annotations

import time

from plugins.parser_rules.tests.conftest import parse

ORDER = "c: Nje kafe turke 250 g"


# --- the address: remarks after it ----------------------------------------------------------


def test_a_new_sentence_that_no_address_part_opens_with_ends_the_address() -> None:
    for text in (
        "c: Rr. Pjeter Bogdani 14, ap. 3. Un e marr vete poshte. Mira Leka 069 765 4321",
        "c: Rr. Pjeter Bogdani 14, ap. 3. ik me shkalle se kati 3 s'ka ashensor. "
        "Mira Leka 069 765 4321",
    ):
        assert parse(ORDER, text).address == "Rr. Pjeter Bogdani 14, ap. 3", text


def test_a_day_and_hour_after_the_address_are_no_part_of_it() -> None:
    o = parse(
        ORDER, "c: Rr. Fan Noli 8, pallati 4, Elbasan. Të hënën ora 10", "c: Ilir Meta 069 111 2233"
    )
    assert (o.address, o.city) == ("Rr. Fan Noli 8, pallati 4", "Elbasan")


def test_how_the_house_looks_continues_the_address() -> None:
    o = parse(
        ORDER,
        "c: Fshati Zall-Herr, shtepia e dyte pas xhamise, me porte blu",
        "c: Dritan Gjoni 068 222 3344",
    )
    assert o.address is not None and o.address.endswith("me porte blu")


def test_a_place_above_a_shop_and_the_floor_after_it_stay() -> None:
    o = parse(
        ORDER, "c: Rruga Dibres, nr 40, mbi dyqanin e luleve, kati 3", "c: Besa Kola 069 321 4455"
    )
    assert o.address is not None and o.address.endswith("mbi dyqanin e luleve, kati 3")


def test_a_seafront_promenade_is_a_street() -> None:
    o = parse(ORDER, "c: Himare, lungomare vicino al Hotel Ionian, Marco Rossi, 069 555 1122")
    assert o.address == "lungomare vicino al Hotel Ionian"


def test_a_name_and_number_after_a_village_alone_is_its_street() -> None:
    o = parse(ORDER, "c: Janjevë, Cara Lazara 19, Goran Petrović, 044 765 210", country="XK")
    assert (o.address, o.city) == ("Cara Lazara 19", "Janjevë")


# --- the city --------------------------------------------------------------------------------


def test_a_town_after_a_relatives_address_label_is_the_city_not_a_name() -> None:
    o = parse(
        ORDER,
        "c: Adresa e babait: Kumanove, Rr. Ilindenska 40. Emri Qazim Rexhepi",
        "c: numri i tij 070 321 654",
        country="MK",
    )
    assert (o.city, o.customer_name) == ("Kumanove", "Qazim Rexhepi")


def test_a_town_in_lower_case_after_a_product_word_is_where_the_goods_come_from() -> None:
    o = parse("c: 1 vaj ulliri berati 1 L. Rr. Kavajes 30, ap 2. Besa 069 123 4567")
    assert o.city is None
    assert o.address == "Rr. Kavajes 30, ap 2"


def test_villages_of_kosovo_and_albania_and_the_albanian_name_of_aracinovo() -> None:
    for text, country, city in (
        ("c: Llapnasellë, te shkolla, Arta Rexha 044 210 987", "XK", "Llapnasellë"),
        ("c: Bardhosh, afer xhamise, Arta Rexha 044 210 987", "XK", "Bardhosh"),
        ("c: Haraçinë, te xhamia e vjeter, Arta Rexha 070 210 987", "MK", "Haraçinë"),
    ):
        assert parse(ORDER, text, country=country).city == city, text


# --- the phone -------------------------------------------------------------------------------


def test_a_number_to_call_when_the_first_does_not_pick_up_yields() -> None:
    o = parse(
        ORDER,
        "c: Her name is Drita Bala, Rruga Naim Frasheri 7, Korce",
        "c: Her phone 0691234567 - if she doesn't pick up call my cousin 068 765 4321",
    )
    assert o.phone == "+355691234567"


def test_the_couriers_number_spelt_kurieri_yields() -> None:
    o = parse(
        ORDER,
        "c: Struge, rr. Goce Delcev 5, Fatmir Ademi",
        "c: telefoni im 070 222 333. Kurieri i Struges e ka numrin 071 444 555",
        country="MK",
    )
    assert o.phone == "+38970222333"


def test_a_sentence_ends_after_a_closing_quote() -> None:
    o = parse(ORDER, "c: Rr. Myslym Shyri 9, dyqani 'Drini'. Arta Dedja 069 321 7788")
    assert (o.phone, o.customer_name) == ("+355693217788", "Arta Dedja")


# --- the name --------------------------------------------------------------------------------


def test_what_the_goods_are_for_asked_is_no_name() -> None:
    o = parse(
        "c: a keni xhup lekure per Opel Astra?",
        "m: Po, 9000 lek",
        "c: ok nje te zeze",
        "m: Emri?",
        "c: Luan Prifti, 069 555 6677",
    )
    assert o.customer_name == "Luan Prifti"


def test_a_given_name_in_its_definite_form_before_jam() -> None:
    o = parse(ORDER, "c: vij vete neser, Gentiani jam, 069 444 5566")
    assert o.customer_name == "Gentiani"


# --- hostile input ---------------------------------------------------------------------------


def test_long_messages_of_sentences_and_control_characters_stay_fast() -> None:
    junk = ("Rr. Dibres 4, kati 2. Të hënën ora 10. \x00\x07 " * 2500)[:100_000]
    t0 = time.perf_counter()
    parse(ORDER, "c: " + junk, "c: " + "dyqani 'X'. " * 8000)
    assert time.perf_counter() - t0 < 5


def test_a_quarter_of_a_city_names_its_city() -> None:
    o = parse(ORDER, "c: Shkozet, rruga e Portit 12, Elda Hoxha 069 876 5432")
    assert o.city == "Durres"


def test_a_hotel_after_te_in_a_request_is_the_address() -> None:
    o = parse(ORDER, "c: Gent, 069 777 8899. Lini te recepsioni te hotel Rozafa")
    assert o.address == "hotel Rozafa"


def test_both_after_te_is_a_remark_not_a_place() -> None:
    o = parse(
        ORDER,
        "c: Lushnje, lagjja Kodra, prane xhamise se re, te dyja shtepite me oborr",
        "c: Sokol Dervishi 068 555 1020",
    )
    assert o.address == "lagjja Kodra, prane xhamise se re"
