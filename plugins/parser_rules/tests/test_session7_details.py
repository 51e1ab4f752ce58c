"""Delivery details and detection, session 7 (round 2): the person the courier asks for, a town
in the genitive after a place, where the writer is over from, a number rarely checked, and a
delivery-status question typed without apostrophes. Shops, people and addresses are invented;
none is a corpus line."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import items, parse


def test_the_person_the_courier_asks_for_is_named_in_full() -> None:
    o = parse("c: 1 unaze", "c: ma sillni ne Lezhe, thuaj Marin Gjoni. numri 069 123 4567")
    assert o.customer_name == "Marin Gjoni"
    o = parse("c: 1 unaze", "c: Spitali i Pejes, pyetni per doktoreshen Arta Berisha, 044 123 456")
    assert o.customer_name == "Arta Berisha"
    o = parse("c: 2 bluze M", "c: the gym in Fier, ask for coach Blerta Hoxha, 069 555 1234")
    assert o.customer_name == "Blerta Hoxha"


def test_a_town_in_the_genitive_after_a_place_is_the_city() -> None:
    o = parse("c: 1 unaze", "c: n'spital te Vushtrris, Rr. Dardania 4, 044 123 456, Ana Leka")
    assert o.city == "Vushtrri"
    o = parse("c: 1 unaze", "c: Spitali i Pejes, pyetni per doktoreshen Arta Berisha, 044 123 456")
    assert o.city == "Peje"
    assert o.address == "Spitali i Pejes"


def test_the_town_one_is_over_from_is_not_the_delivery_town() -> None:
    o = parse(
        "c: I'm over from Munich for the summer, do you deliver to Sarande?",
        "c: 1 vaj ulliri 3 L. Rruga Butrinti 5, Sarande, Ana Leka, 069 123 4567",
    )
    assert o.city == "Sarande"


def test_a_number_rarely_checked_yields_to_the_local_one() -> None:
    o = parse(
        "c: 1 kafe 500 g",
        "c: Ana Leka, Rr. Butrinti 5, Sarande. call me on 069 123 4567, my German one is "
        "+49 176 4432 1190 but I rarely check it",
    )
    assert o.phone == "+355691234567"


def test_a_status_question_without_apostrophes_is_no_order() -> None:
    o = parse(
        "c: pagova cizmet te henen me karte, ende ska ardh. ku mbeti?",
        "m: Me cilin emer?",
        "c: Ana Leka, Fier",
    )
    assert not o.is_order


def test_a_deferred_size_after_the_details_leaves_the_order_standing() -> None:
    o = parse(
        "c: dua nje pale cizme dimri per gruan",
        "m: Çfarë numri? Kemi 37 deri 41.",
        "c: se di sakt. Ja te dhenat: Lule Gashi, Rr. Iliria 8, Lipjan, 045 321 987",
        "m: Faleminderit! Na shkruani numrin kur ta dini.",
        "c: ok e pyes sonte edhe ju shkruj",
    )
    assert o.is_order
    assert items(o) == [("BOOT", 1, None)]
    assert o.customer_name == "Lule Gashi"
    o = parse(
        "c: one cotton t-shirt for my son please",
        "m: Sure, which size?",
        "c: Mark Doda, Rruga Kavajes 12, Tirane, 069 444 1212",
        "m: Thanks! Just tell us the size when you know it.",
        "c: ok I'll ask him and let you know",
    )
    assert o.is_order
    assert items(o) == [("TSH", 1, None)]


def test_a_deferral_without_details_is_still_no_order() -> None:
    o = parse(
        "c: dua nje pale cizme dimri per gruan",
        "m: Çfarë numri? Kemi 37 deri 41.",
        "c: ok e pyes sonte edhe ju shkruj",
    )
    assert not o.is_order


def test_a_landmark_alone_is_the_address_of_a_place_without_streets() -> None:
    o = parse("c: 1 unaze", "c: Marin Gjoni, Lezhe, afer kishes, 069 123 4567")
    assert o.address == "afer kishes"
    assert o.city == "Lezhe"
    o = parse("c: 2 kafe 500 g", "c: ma sillni ne Kruje, perballe furres Arti, 069 123 4567")
    assert o.address == "perballe furres Arti"
    o = parse("c: 1 olive oil 3 L", "c: Ana Leka, Fier, main road near the stadium, 069 123 4567")
    assert o.address == "main road near the stadium"
    o = parse(
        "c: 1 unaze",
        "c: ok. name is Marin Gjoni, the shop is across from the petrol station in Lezhe. "
        "069 123 4567",
    )
    assert o.address == "the shop is across from the petrol station"
    assert o.city == "Lezhe"


def test_a_landmark_after_the_village_and_its_town_completes_the_village() -> None:
    o = parse("c: 1 unaze", "c: Marin Gjoni, fshati Balldren, Lezhe, afer xhamise. 069 123 4567")
    assert o.address == "fshati Balldren, afer xhamise"


def test_a_numbered_street_still_beats_a_landmark() -> None:
    o = parse("c: 1 unaze", "c: Marin Gjoni, Lezhe, Rr. Besa 4, afer kishes, 069 123 4567")
    assert o.address == "Rr. Besa 4"


def test_a_shipping_question_with_the_order_is_not_the_street() -> None:
    o = parse(
        "c: N Lezhe dergoni? me duhet 1 unaze",
        "c: po. Adresa: Lezhe, Rr. Gjergj Fishta nr. 12. Marin Gjoni 069 123 4567",
    )
    assert o.address == "Rr. Gjergj Fishta nr. 12"
    assert o.city == "Lezhe"


def test_the_labelled_address_beats_an_unlabelled_one() -> None:
    o = parse(
        "c: 2 kafe 500 g. Address: Tirane, Rruga Elbasanit 14. Ana Leka 069 123 4567",
        "c: zyra ime osht ne Rruga Dibres 5",
    )
    assert o.address == "Rruga Elbasanit 14"


def test_a_quarter_named_before_its_house_stays_in_the_address() -> None:
    o = parse("c: 1 unaze", "c: Fier, Kodra e Diellit, vila 12. Ana Leka 069 123 4567")
    assert o.address == "Kodra e Diellit, vila 12"
    assert o.city == "Fier"
    o = parse("c: 2 bluze M", "c: Durres, Blloku, pallati 7, ap 3. Ana Leka 069 123 4567")
    assert o.address == "Blloku, pallati 7, ap 3"
    # a person's name before the building is the name, not a quarter
    o = parse("c: 1 unaze", "c: Ana Leka, pallati 5, kati 2, Fier, 069 123 4567")
    assert o.customer_name == "Ana Leka"
    assert o.address == "pallati 5, kati 2"


def test_a_landmark_after_the_town_said_in_a_request_without_a_phone() -> None:
    o = parse("c: 1 unaze", "c: m'i qoni ne Lezhe, perballe furres Arti, thuaj Marin Gjoni")
    assert o.address == "perballe furres Arti"
    assert o.customer_name == "Marin Gjoni"


def test_a_sentence_ends_after_a_bracket() -> None:
    o = parse(
        "c: 1 unaze",
        "c: Ana Leka, Fier, main road near the school (rruga kryesore afer shkolles). "
        "Her phone 069 123 4567",
    )
    assert o.address == "main road near the school"


def test_landmarks_and_the_person_asked_for_in_other_languages() -> None:
    o = parse("c: 1 unaze", "c: Ana Leka, Fier, vicino alla chiesa, 069 123 4567")
    assert o.address == "vicino alla chiesa"
    o = parse("c: 1 unaze", "c: Lezhe, neben der Moschee, fragen Sie nach Marin Gjoni, 069 123 456")
    assert o.address == "neben der Moschee"
    assert o.customer_name == "Marin Gjoni"


def test_a_long_message_of_the_new_address_words_gives_a_sane_result() -> None:
    # the new patterns' windows are bounded; speed itself is measured in bench/, not here
    text = "c: " + "thuaj pyetni per afer Adresa: Uji i Ftohte, vila " * 2000
    o = parse("c: 1 unaze", text)
    assert items(o) == [("RING", 1, None)]


def test_a_refusal_after_the_size_question_is_still_a_retreat() -> None:
    o = parse(
        "c: nje pale cizme dimri",
        "m: Çfarë numri?",
        "c: Lule Gashi, Rr. Iliria 8, Lipjan, 045 321 987",
        "m: Faleminderit! Cilin numer?",
        "c: hmm, e shtrenjte, s'po e marr",
    )
    assert not o.is_order
