"""Delivery details, session 6: a town between the name and the street, words that say nothing
about the address, residences and buildings, the merchant's restated address confirmed with
more than a yes, where the writer is now, the house described after a named street, and the
courier told which number to ring. Shops, people and addresses are invented for the tests; none
is a corpus line."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import parse


def test_a_town_between_the_name_and_the_street_is_not_part_of_the_name() -> None:
    o = parse("c: 1 unaze", "c: Arben Hoxha Gostivar rruga Bardhyl nr 9 tel 070 222 333")
    assert o.customer_name == "Arben Hoxha"
    assert o.city == "Gostivar"
    assert o.address == "rruga Bardhyl nr 9"  # the phone's label is not the street's


def test_saying_the_house_has_no_number_adds_nothing() -> None:
    o = parse("c: 1 unaze", "c: Teuta Gashi, Drenas, rruga Adem Jashari pa numer", "c: 044 123 765")
    assert o.address == "rruga Adem Jashari"
    o = parse("c: 1 unaze", "c: Teuta Gashi, Lipjan, Schulstrasse ohne Hausnummer, 045 777 120")
    assert o.address == "Schulstrasse"


def test_a_street_word_alone_after_a_given_name_is_a_family_name() -> None:
    o = parse("c: 2 filxhan", "c: Miranda Sheshi, Rruga Myslym Shyri nr. 8, Tirane, 067 333 4455")
    assert o.customer_name == "Miranda Sheshi"
    assert o.address == "Rruga Myslym Shyri nr. 8"


def test_an_interjection_is_never_a_name() -> None:
    o = parse(
        "c: 1 unaze per Nora Kelmendi, Ferizaj, rr. Dëshmorët 4, 049 111 222",
        "c: Oh, und doch zwei Ringe",
    )
    assert o.customer_name == "Nora Kelmendi"


def test_a_residence_and_its_building_and_flat_are_the_address() -> None:
    o = parse(
        "c: 1 unaze", "c: Paul Reed, Rezidenca Dielli, building C, flat 4, Durres, 069 2211 334"
    )
    assert o.address == "Rezidenca Dielli, building C, flat 4"
    o = parse("c: 1 unaze", "c: Hana Berisha. Jem te Fehmi Agani, ndertesa B kati 3, 044 500 600")
    assert o.address == "te Fehmi Agani, ndertesa B kati 3"


def test_the_merchants_address_confirmed_by_a_yes_and_the_phone() -> None:
    o = parse(
        "c: 1 unaze. Valdet Krasniqi, jem te Agim Ramadani",
        "m: Pra: Rr. Agim Ramadani 14, kati 2, Prishtine? Nr i telefonit?",
        "c: po. 049 333 812",
    )
    assert o.address == "Rr. Agim Ramadani 14, kati 2"
    assert o.city == "Prishtine"
    assert o.phone == "+38349333812"


def test_at_a_town_is_the_town_not_the_address() -> None:
    o = parse(
        "c: 1 unaze",
        "c: Ne Roshnik, te Berati. Meri Dule, shtepia e Duleve prane kishes. Cel 069 444 1212",
    )
    assert o.address == "shtepia e Duleve prane kishes"
    assert o.city in ("Berat", "Roshnik")


def test_where_the_writer_is_now_is_not_part_of_the_address() -> None:
    o = parse(
        "c: 1 unaze",
        "c: Kosta Leka, Himare, rruga e Kalase, shtepia me dritare jeshile. "
        "Jam ne Selanik deri te hene, numri im +30 694 000 1122",
    )
    assert o.address == "rruga e Kalase"


def test_the_house_described_after_a_numbered_or_named_street_is_dropped() -> None:
    o = parse(
        "c: 1 unaze", "c: Ana Lika, Korce, rruga Pandeli Cale, shtepia me porte kafe, 068 1112 223"
    )
    assert o.address == "rruga Pandeli Cale"
    # after a neighbourhood alone it is what finds the door
    o = parse("c: 1 unaze", "c: Ana Lika, Korce, lagjja 7, shtepia me porte kafe, 068 1112 223")
    assert o.address == "lagjja 7, shtepia me porte kafe"


def test_the_number_the_courier_should_ring() -> None:
    o = parse(
        "c: 1 unaze ne Sarande",
        "c: John Hale, Rruga Jonianet 5. My UK mobile is +44 7700 900 123 but the courier "
        "should ring my Albanian one, 068 900 1234",
    )
    assert o.phone == "+355689001234"


def test_a_street_without_a_street_word_before_the_floor() -> None:
    o = parse("c: 1 unaze", "c: Lena Dula, Ulpiana C 4/2, hyrja 3, kati 5, Prishtine, 044 700 800")
    assert o.address == "Ulpiana C 4/2, hyrja 3, kati 5"
    o = parse(
        "c: 1 unaze", "c: Nikos Dula, Tsimiski 40, 2os orofos, 54623 Thessaloniki, +30 694 000 1133"
    )
    assert o.address == "Tsimiski 40, 2os orofos"


def test_a_lower_case_name_before_the_street() -> None:
    o = parse("c: 1 unaze", "c: arben hoxha rr. Kavajes 5 Tirane 069 123 4567")
    assert o.customer_name == "Arben Hoxha"
    assert o.address == "rr. Kavajes 5"


def test_the_parent_the_writer_orders_for() -> None:
    o = parse(
        "c: Buonasera, sono la figlia di Agron Lala, vorrei un anello per lui",
        "c: Rruga e Elbasanit 12, Tirane. Tel di papà 069 765 4321",
    )
    assert o.customer_name == "Agron Lala"
    o = parse("c: 1 unaze. I'm the son of Agim Berisha: Rr. Kavajes 5, Tirane, 069 123 4567")
    assert o.customer_name == "Agim Berisha"


def test_the_street_word_in_the_accusative() -> None:
    o = parse(
        "c: 1 unaze",
        "c: Kantieri ne rrugen Ahmet Krasniqi, prane shkolles, Gjilan. Arsim Hoxha 044 123 456",
    )
    assert o.address == "rrugen Ahmet Krasniqi, prane shkolles"


def test_the_relative_named_after_per_in_the_accusative() -> None:
    o = parse(
        "c: 1 unaze per vellain tim Fatmir Krasniqi ne Gjilan, rr. Adem Jashari nr.12, "
        "tel: +383 45 222 333",
        "c: nr im +49 176 1234567",
        country="XK",
    )
    assert o.customer_name == "Fatmir Krasniqi"
    assert o.phone == "+38345222333"


def test_a_label_ends_an_address_typed_on_one_line() -> None:
    o = parse(
        "c: 1 unaze",
        "c: adresa Mitrovice rr. Mbretereshes Teute 5 kati 2 emri Blerta Hasani 044 333 222",
        country="XK",
    )
    assert o.address == "rr. Mbretereshes Teute 5 kati 2"
    assert o.customer_name == "Blerta Hasani"


def test_a_note_in_brackets_is_neither_the_address_nor_a_label_of_the_number() -> None:
    o = parse(
        "c: 1 unaze",
        "c: Korçë, Rruga Fan Noli nr 21 (dyqani i rrobave poshte), Ermira 0697 123 456",
    )
    assert o.address == "Rruga Fan Noli nr 21"
    assert o.phone == "+355697123456"  # "dyqani" in the note does not make it the shop's number


def test_pn_says_the_house_has_no_number() -> None:
    o = parse("c: 1 unaze", "c: Sokol Hoxha, Rr. Ali Kelmendi p.n., Fier, 069 111 2233")
    assert o.address == "Rr. Ali Kelmendi"


def test_the_blocks_of_flats_in_the_plural() -> None:
    o = parse("c: 1 unaze", "c: Tirane, pallatet Agimi, shk 2 kati 7, Alketa 0677788990")
    assert o.address == "pallatet Agimi, shk 2 kati 7"


def test_the_paternal_aunt_and_the_in_laws_named_for_the_parcel() -> None:
    o = parse(
        "c: 1 unaze, dergoje te halla ime Shpresa Morina, Mitrovice, rruga e Ibrit nr 3",
        "c: numri i hallës 044 888 777",
        country="XK",
    )
    assert o.customer_name == "Shpresa Morina"
    o = parse("c: 1 unaze per nusen time Arta Gashi, Peje, rr. Lidhja e Pejes 8, 049 111 555")
    assert o.customer_name == "Arta Gashi"


def test_gheg_my_name_is_and_a_block_with_its_entrance_and_flat() -> None:
    o = parse(
        "c: 1 unaze",
        "c: Emni jem o Besim Krasniqi, jetoj n'Prishtine, Ulpiana D2 hyrja 3 banesa 9, 049 100 200",
        country="XK",
    )
    assert o.customer_name == "Besim Krasniqi"
    assert o.address == "Ulpiana D2 hyrja 3 banesa 9"


def test_a_name_and_a_house_number_beside_the_town_is_the_street() -> None:
    o = parse("c: 1 unaze", "c: Drita, Prishtine, Ulpiana 7/3. Tel 00383 44 111 222", country="XK")
    assert o.address == "Ulpiana 7/3"


def test_a_number_typed_digit_by_digit() -> None:
    o = parse("c: 1 unaze", "c: Rr. Durresit 10, Tirane, Klea. numri 0 6 9 1 2 3 4 5 6 7")
    assert o.phone == "+355691234567"  # not the first seven digits as a short number


def test_the_word_village_without_its_name_before_a_landmark() -> None:
    o = parse(
        "c: 1 unaze, dergoni ne fshat te shkolla, Zajaz. Vesel Asani 070 222 111", country="MK"
    )
    assert o.address == "te shkolla"
