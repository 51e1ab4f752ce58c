"""Session 20, second pass: the customer's city and name (invented shops and wording)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import parse


def test_town_where_the_writer_is_typed_as_a_part_is_passing() -> None:
    # a tailor's alterations booked from another town: the customer says where they are, as
    # a part of its own, and nothing is sent there
    order = parse(
        "c: pershendetje, dua ta shkurtoj nje pallto, s'po vij dot sot, jom n Elbasan",
        "m: Ok, shkurtimi 800 lekë. Emri dhe numri?",
        "c: Besnik Mema 069 331 2045",
    )
    assert order.is_order
    assert order.customer_name == "Besnik Mema"
    assert order.city is None


def test_town_where_the_writer_is_beside_the_phone_or_a_landmark_is_kept() -> None:
    beside_phone = parse(
        "c: dua 2 bluza M",
        "m: Ok. Emri dhe numri?",
        "c: Arta Leka, jam ne Vlore, 069 443 1200",
    )
    assert beside_phone.city == "Vlore"
    landmark = parse(
        "c: dua 2 bluza M, jam ne Vlore, afer shkolles Ismail Qemali",
        "m: Ok. Emri dhe numri?",
        "c: Arta Leka 069 443 1200",
    )
    assert landmark.city == "Vlore"


def test_role_word_opening_the_sentence_before_the_name_is_dropped() -> None:
    # a paint shop's delivery to a site: the customer signs with their trade
    order = parse(
        "c: dua 2 kova boje te bardhe 15 litra",
        "m: Ok, 2 kova. Adresa, emri dhe numri?",
        "c: Tirane, Rruga Myslym Shyri 12. Bojaxhi Besnik Hoxha 069 331 2045",
    )
    assert order.customer_name == "Besnik Hoxha"


def test_name_with_the_fathers_given_name_is_kept() -> None:
    # control: a known given name first, the father's name in the middle, is all the name
    order = parse(
        "c: dua 2 kova boje te bardhe 15 litra",
        "m: Ok, 2 kova. Adresa, emri dhe numri?",
        "c: Tirane, Rruga Myslym Shyri 12. Arben Ramadan Hoxha 069 331 2045",
    )
    assert order.customer_name == "Arben Ramadan Hoxha"


def test_bresje_is_a_place_of_kosovo() -> None:
    # a settlement of Fushë Kosovë the gazetteer lacked (data: settlements.json)
    order = parse(
        "c: dua 2 bluza M",
        "m: Ok. Emri, adresa dhe numri?",
        "c: Vesa Gashi, Rr. Adem Jashari 14, Bresje. 045 221 908",
    )
    assert order.city == "Bresje"


def test_landline_of_the_town_the_message_names_is_read_at_home() -> None:
    # a bakery in North Macedonia delivering to an accountant's office: "044 …" is a Kosovo
    # mobile too, but the message names Tetovë, the area of the Macedonian landline 044
    office = parse(
        "c: dua 2 bluza M per zyren",
        "m: Ok. Adresa dhe numri?",
        "c: Zyra e kontabilitetit, Rr. Ilindenska 40, Tetove. 044 335 120",
        country="MK",
    )
    assert office.phone == "+38944335120"
    street = parse(
        "c: dua 2 bluza M",
        "m: Ok. Adresa dhe numri?",
        "c: Rr. Tetova 40, Gostivar. 044 335 120",
        country="MK",
    )
    assert street.phone == "+38344335120"  # a street named for the town is no town said
