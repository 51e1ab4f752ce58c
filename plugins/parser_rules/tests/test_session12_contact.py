"""Session 12: the customer fields (name, street address, city, phone). Invented conversations
(other people, streets and towns than the corpus); each test fails when its rule breaks."""

from __future__ import annotations

import time

from plugins.parser_rules.tests.conftest import parse

ORDER = "c: Nje kafe turke 250 g"


def fields(*lines: str, country: str = "AL") -> tuple[str | None, ...]:
    o = parse(*lines, country=country)
    return o.customer_name, o.address, o.city, o.phone


# --- names -------------------------------------------------------------------------------


def test_a_gheg_or_familiar_kinship_word_heads_the_relatives_name() -> None:
    for text, name in (
        ("c: vllau Driton Hasani, Rahovec, rr. Skenderbeu 12, 044 321 765", "Driton Hasani"),
        ("c: Mama Shpresa Dervishi, Shtime, rr. Dardania 4, 049 765 432", "Shpresa Dervishi"),
        ("c: nana Hajrije Bytyqi, Rahovec, rr. Adem Jashari 8, 045 111 222", "Hajrije Bytyqi"),
    ):
        assert parse(ORDER, text, country="XK").customer_name == name, text


def test_the_relative_beats_a_feast_said_after_for() -> None:
    name = parse(
        "c: Per Ramazan Bajram du me porosit 2 kafe turke 250 g",
        "c: vllau Fatos Krasniqi, Shtime, rr. Dardania 9, 044 909 808",
        country="XK",
    ).customer_name
    assert name == "Fatos Krasniqi"


def test_a_feast_is_no_name() -> None:
    o = parse(
        "c: Per Kurban Bajram du me porosit 2 kafe turke 250 g",
        "c: Rr. Dituria 4, Tetovo, 070 123 456",
        country="MK",
    )
    assert o.customer_name is None
    # the given name Bajram alone, or with a family name, is still a person
    assert parse(ORDER, "c: Bajram Zeqiri, Rr. Dituria 4, Tetovo", country="MK").customer_name == (
        "Bajram Zeqiri"
    )


def test_the_person_after_send_it_to_is_the_name() -> None:
    o = parse(
        "c: Nje vaj ulliri 3 L, e paguaj une online",
        "c: dergojeni te Blerim Kastrati, Gjakove, rr. Mother Teresa 17",
        "c: numri i tij 049 876 123",
        country="XK",
    )
    assert (o.customer_name, o.city, o.address) == (
        "Blerim Kastrati",
        "Gjakove",
        "rr. Mother Teresa 17",
    )


def test_the_owners_house_after_a_landmark_names_the_person() -> None:
    o = parse(
        ORDER,
        "c: ne Dardhe, afer kishes, shtepia e Thanas Gjikes. ketu me njohin te gjithe. "
        "069 444 5566",
    )
    assert o.customer_name == "Thanas Gjikes"
    assert o.address == "ne Dardhe, afer kishes"  # the remark after it is no address either


def test_a_lower_case_remark_after_a_landmark_is_no_address() -> None:
    o = parse(ORDER, "c: ne Dardhe, afer kishes, ketu me njohin te gjithe, 069 765 1234")
    assert (o.address, o.city) == ("ne Dardhe, afer kishes", "Dardhe")
    # a part that opens with its address word continues the address
    o = parse(ORDER, "c: ne Dardhe, afer kishes, prane shkolles, 069 765 1234")
    assert o.address == "ne Dardhe, afer kishes, prane shkolles"


def test_an_owners_house_alone_stays_the_address() -> None:
    o = parse(ORDER, "c: Fshati Dardhë, shtëpia e Vasil Nakos. 069 444 5566")
    assert o.address == "Fshati Dardhë, shtëpia e Vasil Nakos"


def test_a_name_introduced_right_before_the_street_in_a_run_on_message() -> None:
    o = parse(
        "c: dua te porosis nje kafe turke 250 g per gjyshen ne fier e ka qejf shume emri i saj "
        "eshte Mimoza Hysa lagjja 11 Nentori rruga Ismail Qemali pallati 7 kati trete numri i saj "
        "069 321 4455 une jam ne itali"
    )
    assert o.customer_name == "Mimoza Hysa"
    assert o.address == "lagjja 11 Nentori rruga Ismail Qemali pallati 7 kati trete"


# --- cities ------------------------------------------------------------------------------


def test_the_municipality_names_the_town() -> None:
    o = parse(ORDER, "c: Agim Berisha, fshati Lubizhdë afër shkollës, komuna Prizren, 044 234 876")
    assert (o.city, o.address) == ("Prizren", "fshati Lubizhdë afër shkollës")
    o = parse(ORDER, "c: Agim Berisha, Zym, Rr. Dëshmorët 12 komuna Prizren, 044 234 876")
    assert (o.city, o.address) == ("Prizren", "Rr. Dëshmorët 12")
    o = parse(ORDER, "c: Besa Leka, Rr. Kastriotët 3, bashkia e Shkodrës, 069 888 1212")
    assert (o.city, o.address) == ("Shkoder", "Rr. Kastriotët 3")


def test_a_quarter_in_brackets_after_the_town() -> None:
    o = parse(ORDER, "c: Arben Duka, Rruga Myslym Shyri 40, ap 5, Tiranë (Blloku). 069 222 3344")
    assert (o.city, o.address) == ("Tirane", "Rruga Myslym Shyri 40, ap 5")
    o = parse(
        ORDER,
        "c: Може. Ана Петровска, ул. Партизанска 21/3, Скопје (Карпош). 070 555 321",
        country="MK",
    )
    assert o.customer_name == "Ана Петровска"
    assert o.city is not None and o.city.startswith("Shkup")


def test_a_village_opening_a_part_before_its_landmark() -> None:
    o = parse(
        "c: Jam ne Athine, dua nje vaj ulliri 3 L per prinderit ne Voskopoje",
        "c: babai Kristaq Gjini, Voskopoje prane kishes se Shen Kollit. nr i tij 068 77 66 554",
    )
    assert o.city == "Voskopoje"
    assert o.address == "prane kishes se Shen Kollit"
    assert o.phone == "+355687766554"


def test_where_the_writer_is_at_home_is_the_place() -> None:
    o = parse(
        ORDER, "c: jam ne Pojan, te dyqani i Agimit afer shkolles. Marjeta Dule. 069 555 1212"
    )
    assert (o.city, o.address) == ("Pojan", "Pojan, te dyqani i Agimit afer shkolles")
    # abroad it is only where the writer is
    o = parse(ORDER, "c: jam ne Athine. Rr. Ismail Qemali 5, Korce, 069 555 1212")
    assert o.city == "Korce"


# --- addresses ---------------------------------------------------------------------------


def test_a_landmark_after_the_house_number_in_the_same_part_is_dropped() -> None:
    o = parse(
        ORDER, "c: Rr. Hasan Prishtina 23 afer stacionit te autobusave, Ferizaj. Ilir 044 222 333"
    )
    assert o.address == "Rr. Hasan Prishtina 23"
    # after a block's number the landmark finds the block; before the floor it stays
    o = parse(ORDER, "c: rruga e Durresit te pallati 12 ngjitur me furren, Tirane, 069 111 2222")
    assert o.address == "rruga e Durresit te pallati 12 ngjitur me furren"
    o = parse(ORDER, "c: Rr. Hasan Prishtina 23 afer postes kati 2, Ferizaj, 044 222 333")
    assert o.address == "Rr. Hasan Prishtina 23 afer postes kati 2"


def test_the_main_road_keeps_the_house_described_on_it() -> None:
    o = parse(ORDER, "c: Zym, rruga kryesore, shtepia e verdhe pas kishes. Gjon Marku 044 765 123")
    assert o.address == "rruga kryesore, shtepia e verdhe pas kishes"
    # a named street with its house number does not
    o = parse(ORDER, "c: Rr. Gjergj Fishta 8, shtepia e verdhe, Shkoder. Gjon Marku 069 765 1234")
    assert o.address == "Rr. Gjergj Fishta 8"


# --- phones ------------------------------------------------------------------------------


def test_a_number_retyped_with_a_digit_changed_corrects_it() -> None:
    o = parse(ORDER, "c: Rr. Kavajes 10, Tirane. tel 069 123 4567", "c: jo gabim, 069 123 4576")
    assert o.phone == "+355691234576"
    o = parse(ORDER, "c: Rr. Kavajes 10, Tirane. tel 069 123 4567", "c: sorry 069 132 4567")
    assert o.phone == "+355691324567"


def test_a_second_contact_one_digit_apart_is_not_a_correction() -> None:
    # in the same message, or given as the fallback, it is another person's number
    o = parse(
        ORDER, "c: Rr. Kavajes 10, Tirane, 069 123 4567, nese s'pergjigjem burri 069 123 4568"
    )
    assert o.phone == "+355691234567"
    o = parse(
        ORDER,
        "c: Rr. Kavajes 10, Tirane, 069 123 4567",
        "c: nese nuk pergjigjem, burri 069 123 4568",
    )
    assert o.phone == "+355691234567"


def test_if_he_does_not_answer_my_number_is_the_fallback() -> None:
    o = parse(
        "c: Jam ne Mynih, dua nje vaj ulliri 3 L per babin",
        "c: babai Petrit Hoxha, Rr. Bajram Curri 5, Lushnje. nr i tij 068 12 34 567. "
        "ne rast se s'pergjigjet, mua me gjeni ne +49 151 2345 6789",
    )
    assert o.phone == "+355681234567"


def test_the_phone_label_after_the_address_is_not_part_of_it() -> None:
    o = parse(ORDER, "c: Hana Kola, Rr. Naim Frasheri 7 pallati 3 kati 2 numri i saj 069 777 8899")
    assert o.address == "Rr. Naim Frasheri 7 pallati 3 kati 2"


# --- bounds ------------------------------------------------------------------------------


def test_hostile_messages_stay_bounded() -> None:
    t0 = time.perf_counter()
    for text in (
        "komuna Prizren, " * 7000,
        "Tiranë (Blloku) " * 7000,
        ("vllau Ilir Hoxha \x00\x07 dergojeni te Ana Leka ") * 3000,
        "Rr. Kavajes 1 afer " * 6000 + "069 123 4567",
        "069 123 4567 069 123 4568 " * 4000,
    ):
        o = parse(ORDER, "c: " + text[:100_000])
        assert o is not None
    assert time.perf_counter() - t0 < 20
