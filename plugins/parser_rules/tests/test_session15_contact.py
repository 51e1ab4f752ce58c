"""Session 15: the customer fields (name, phone, city) and whether there is an order at all.
Invented shops, people, streets and sentences (none from a corpus); each test fails when its
rule breaks."""

from __future__ import annotations

from plugins.parser_rules.phones import find_phones
from plugins.parser_rules.tests.conftest import parse

ORDER = "c: Dua nje xhup lekure te zeze"


# --- the name: words before it that are no part of it ------------------------------------------


def test_za_before_the_name_is_for() -> None:
    o = parse(
        "c: Dobar den, 2 bluze M",
        "m: Da, 1500 den parce. Adresa?",
        "c: ul. Partizanska 14, Bitola. Za Goran Trajkovski, 072 345 678",
        country="MK",
    )
    assert o.customer_name == "Goran Trajkovski"


def test_contact_label_before_the_name() -> None:
    for line, name in (
        ("c: Rr. Dibres 40, Tirane. Kontakti Mirela Hoxha 069 432 1100", "Mirela Hoxha"),
        ("c: Rr. Dibres 40, Tirane. contact: Sokol Marku 069 432 1100", "Sokol Marku"),
    ):
        assert parse(ORDER, line).customer_name == name, line


def test_contact_label_before_a_title_leaves_the_title_to_its_own_label() -> None:
    o = parse(ORDER, "c: Rr. Dibres 40, Tirane. Kontakti: mesuesja Liljana Dema, 069 432 1100")
    assert o.customer_name == "Liljana Dema"


def test_za_in_lower_case_before_a_lower_case_word_is_no_label() -> None:
    o = parse(
        "c: Zdravo, za zimata dali imate cizme 40?",
        "m: Da, 7000 den",
        "c: dobro, edna. Vesna Petrova, ul. Ilindenska 5, Tetovo, 071 222 333",
        country="MK",
    )
    assert o.customer_name == "Vesna Petrova"


def test_familiar_kin_word_with_my_is_no_part_of_the_name() -> None:
    for kin in ("Babi im", "Nana jeme", "Mama ime"):
        o = parse(ORDER, f"c: {kin} Qerim Daci, Rr. Skenderbeu 8, Durres. Tel 068 765 4321")
        assert o.customer_name == "Qerim Daci", kin


def test_a_family_name_with_dj_is_read() -> None:
    o = parse(
        "c: Zdravo, 1 kafe turke 500 g",
        "m: Ok. Adresa?",
        "c: Bar Jadran, Budva. pitajte za Vesnu Đurović, 067 123 456",
        country="ME",
    )
    assert o.customer_name == "Vesnu Đurović"


def test_a_town_typed_after_the_name_is_no_part_of_it() -> None:
    o = parse(ORDER, "c: Arta Hoxha Durres, Rruga Taulantia 12, 069 555 1234")
    assert (o.customer_name, o.city) == ("Arta Hoxha", "Durres")
    # a given name, then a town as the family name, stays whole
    o = parse(ORDER, "c: Ilir Hasan Prishtina, Rr. Dardania 4, Prizren 044 123 456")
    assert o.customer_name == "Ilir Hasan Prishtina"


# --- the phone: the one the merchant writes back ---------------------------------------------


def test_the_number_the_merchant_writes_back_is_the_delivery_number() -> None:
    o = parse(
        ORDER,
        "m: Ku ta dergojme?",
        "c: Rr. Myslym Shyri 20, Tirane, Ana Koci",
        "c: numri im 069 111 2233 po nese s'pergjigjem thirr vellain 068 444 5566",
        "m: Ne rregull, korrieri therret 069 111 2233 fillimisht.",
    )
    assert o.phone == "+355691112233"
    o = parse(
        ORDER,
        "m: Ku ta dergojme?",
        "c: Rr. Myslym Shyri 20, Tirane, Ana Koci. 069 111 2233 ose 068 444 5566",
        "m: Ok, e shenuam 068 444 5566 per shoferin.",
    )
    assert o.phone == "+355684445566"


def test_both_numbers_written_back_decide_nothing() -> None:
    lines = (
        ORDER,
        "m: Ku ta dergojme?",
        "c: Rr. Myslym Shyri 20, Tirane, Ana Koci",
        "c: 069 111 2233, ose 068 444 5566",
    )
    both = parse(*lines, "m: Ok: 069 111 2233 dhe 068 444 5566.").phone
    assert both == parse(*lines).phone
    one = parse(*lines, "m: Ok, 068 444 5566.").phone
    assert one == "+355684445566" and parse(*lines, "m: Ok, 069 111 2233.").phone != one


def test_the_number_the_customer_says_is_better_to_call_wins_even_a_landline() -> None:
    for line, phone in (
        (
            "c: Leopoldstr. 12, München. Emri: Drita Berisha. Numri im 0151 2233 4455 po ma mire "
            "thirrni nanen 089 1234 567",
            "+49891234567",
        ),
        (
            "c: Rr. Kavajes 10, Tirane, Arben Lika. UK number +44 7700 900123 but better call "
            "my Albanian one 068 765 4321",
            "+355687654321",
        ),
    ):
        assert parse(ORDER, line).phone == phone, line


def test_the_number_for_when_the_courier_comes_is_the_delivery_number() -> None:
    o = parse(
        ORDER,
        "m: Ku ta dergojme?",
        "c: Drilon Krasniqi, Rr. Nena Tereze 5, Prishtine. une jam 044 111 222",
        "c: po kur te vije korieri thirre Besen ne 049 333 444",
        country="XK",
    )
    assert o.phone == "+38349333444"


def test_a_date_is_no_phone_number() -> None:
    assert find_phones("me daten 14.08.2026 te gdhendur", "XK") == []
    assert find_phones("am 3/9/2025 bitte", "DE") == []
    assert [p.e164 for p in find_phones("tel 044 123 456", "XK")] == ["+38344123456"]


# --- the city: where someone comes from, a street named after a person ------------------------


def test_a_town_after_from_is_no_delivery_city() -> None:
    o = parse(
        "c: Pershendetje, jemi me pushime ne Sarande prej Gjilani. Dua 2 bluze L",
        "m: Po. Ku jeni?",
        "c: Hotel Butrinti, dhoma 12. Dardan Zeka +383 44 555 666",
    )
    assert o.city == "Sarande"
    o = parse(
        "c: Hi, can I order a leather jacket for my brother in Korce from Milan?",
        "m: Sure, black or brown?",
        "c: black. Ilir Dako, Rruga Ismail Qemali 5, +355 69 222 3344",
    )
    assert o.city == "Korce"


def test_a_town_that_is_the_family_name_in_a_street_is_no_city() -> None:
    # "Ismail" is a given name (names.json), so "Vlora" after it is his family name
    o = parse(ORDER, "c: ne kopshtin nr 2 te rruga Ismail Vlora ne ora 9 emri im Elda Hysa")
    assert o.city is None


# --- the street: named the German way inside a run of words ------------------------------------


def test_a_german_compound_street_after_the_name_without_commas() -> None:
    o = parse(ORDER, "c: Arta Berisha Seestrasse 12 8800 Thalwil", "c: 076 555 44 33")
    assert (o.customer_name, o.address, o.city) == ("Arta Berisha", "Seestrasse 12", "Thalwil")


def test_a_town_adjective_before_the_street_stays_in_it() -> None:
    o = parse(ORDER, "c: Blerim Gashi Ottakringer Hauptstraße 14/3, Wien, 0660 123 4567")
    assert o.address == "Ottakringer Hauptstraße 14/3"


# --- is it an order? ----------------------------------------------------------------------------


def test_the_name_given_to_find_an_earlier_order_places_no_new_one() -> None:
    o = parse(
        "c: pershendetje, xhupin qe porosita javen e kaluar kur vjen?",
        "m: Pershendetje, na jepni emrin ju lutem",
        "c: Blerina Gjata, xhupi i lekures i zi",
        "m: Vjen te henen, na falni per vonesen",
    )
    assert not o.is_order


def test_a_reminder_in_a_conversation_about_an_earlier_order_orders_nothing() -> None:
    for reminder in ("mos harroni edhe 2 filxhana blu", "mos harroni 2 filxhanat e bardha"):
        o = parse(
            "c: pershendetje, xhupin qe e porosita dje kur e sillni?",
            "m: Na falni, neser ne mengjes jemi aty",
            f"c: mire, {reminder}",
        )
        assert not o.is_order, reminder


def test_a_reminder_while_ordering_keeps_the_order() -> None:
    o = parse(
        "c: dua 2 bluze M",
        "m: Ok, adresa?",
        "c: Rr. Kavajes 10, Tirane, Arben Lika 069 123 4567. mos harroni filxhanin blu",
    )
    assert o.is_order


def test_waiting_for_what_the_shop_lacks_orders_nothing() -> None:
    for ask in ("mu me duhet 41, kur t'ju vjen ma tregoni", "I need the 41, let me know when"):
        o = parse(
            "c: a i keni cizmet 41?",
            "m: 41 nuk e kemi tani, pritet javen tjeter",
            f"c: {ask}",
        )
        assert not o.is_order, ask


def test_no_unfortunately_declines() -> None:
    o = parse(
        "c: a keni xhup lekure kafe?",
        "m: Jo fatkeqesisht, vetem te zeze",
        "c: jo mua me duhet kafe. kur ju vjen?",
    )
    assert not o.is_order


def test_asking_when_it_comes_without_a_decline_keeps_the_order() -> None:
    o = parse(
        "c: dua 2 bluze M, kur t'ju vijne ma tregoni",
        "m: Ok, adresa?",
        "c: Rr. Kavajes 10, Tirane, Arben Lika 069 123 4567",
    )
    assert o.is_order


def test_a_spilled_delivery_and_money_back_is_a_complaint_not_an_order() -> None:
    for first, last in (
        ("c: vaji i ullirit 3 L qe ma dergut ka ardh i derdhun", "c: kthejini parat ju lutem"),
        ("c: the olive oil 3 L you sent me arrived spilled", "c: I want my money back please"),
    ):
        o = parse(first, "m: Na vjen keq! Nje te ri apo parat?", last)
        assert not o.is_order, first


def test_cancelling_it_with_the_reason_naming_goods_cancels_the_order() -> None:
    o = parse(
        "c: Dua 2 filxhana blu",
        "m: Po. Ku t'i dergojme?",
        "c: Tirane, Rruga e Durresit 20",
        "m: Emri dhe numri?",
        "c: Me fal, e anuloj, vjehrra na solli 6 filxhana nga Italia",
    )
    assert not o.is_order
