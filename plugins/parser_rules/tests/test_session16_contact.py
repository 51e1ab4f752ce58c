"""Session 16 (contact): the customer's name, address and phone. Invented shops, people,
streets and sentences (none from a corpus); each test fails when its rule breaks."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import parse

ORDER = "c: Dua nje xhup lekure te zeze"


# --- the name --------------------------------------------------------------------------------


def test_own_number_after_the_name_keeps_it_over_a_lone_word() -> None:
    # the name said right before the writer's own number is still the order's name when no
    # other name is said as one (a lone capitalised word is a quarter, not a person)
    o = parse(
        ORDER,
        "m: Ok. Adresa?",
        "c: Rruga Pjeter Bogdani nr 14, Rrapishta. Name Mirjeta Cani, meine Nummer +49 170 555 1234"
        " aber ruft lieber meinen Onkel an 068 221 3344",
    )
    assert o.customer_name == "Mirjeta Cani"
    assert o.phone == "+355682213344"


def test_greeting_words_are_no_name() -> None:
    for hello in ("Çkemi", "Pozdrav", "Ahoj", "Zdravei"):
        o = parse(f"c: {hello}, dua 2 xhupa e 1 bluze", "m: Po", "c: ok po pres")
        assert o.customer_name is None, hello


def test_thanks_before_the_name_and_address() -> None:
    o = parse(
        ORDER,
        "m: Ok, 9000 den",
        "c: hvala Blerta Iseni, Tetovo, ul. Ilindenska 40, 072 345 678",
        country="MK",
    )
    assert o.customer_name == "Blerta Iseni"


def test_contact_person_label() -> None:
    for line in (
        "c: rr. Dardania 7, Gjilan. Personi kontaktues Driton Kastrati 044 111 222",
        "c: Hauptstrasse 3, Prizren. Ansprechpartner Driton Kastrati 044 111 222",
    ):
        o = parse(ORDER, line, country="XK")
        assert o.customer_name == "Driton Kastrati", line


# --- the address: notes for the courier ----------------------------------------------------------


def test_at_whose_home_after_the_street_is_no_part_of_it() -> None:
    for note in ("tek prindërit", "te vjehrra", "at my parents"):
        o = parse(ORDER, f"c: Rruga Ali Kelmendi 19, {note}. Arta Hoxha 069 555 1212")
        assert o.address == "Rruga Ali Kelmendi 19", note


def test_note_between_the_street_and_the_floor_is_dropped() -> None:
    for note in ("pallati me farmacine poshte", "te zyrat e noterit"):
        o = parse(ORDER, f"c: rruga Hoxha Tahsim 33, {note}, kati 3. Besa Leka 069 555 1212")
        assert o.address == "rruga Hoxha Tahsim 33, kati 3", note


# --- the phone ----------------------------------------------------------------------------------


def test_courier_should_call_this_number() -> None:
    o = parse(
        ORDER,
        "m: Adresa?",
        "c: Rruga Ali Kelmendi 19, Korce. Drita Pali. Kurier soll 068 441 2233 anrufen,"
        " nicht meine +49 160 777 8899",
    )
    assert o.phone == "+355684412233"


def test_call_us_in_the_customer_s_mouth_is_the_customer_s_number() -> None:
    o = parse(
        ORDER,
        "m: Adresa?",
        "c: Rruga Ali Kelmendi 19, Korce. Ilir Dema. Na thirrni kur jeni poshte ne 068 441 2233"
        " (zyra 082 242 424 mbyllet heret)",
    )
    assert o.phone == "+355684412233"


def test_lower_case_note_in_brackets_after_the_number_is_no_name() -> None:
    o = parse(ORDER, "c: Rruga Ali Kelmendi 19, Korce. 068 441 2233 (mbyllet heret)")
    assert o.customer_name is None


# --- is it an order? -----------------------------------------------------------------------------


def test_gheg_past_order_asked_about_is_no_new_order() -> None:
    for line in (
        "c: Tung, kam bo porosi dje 2 xhupa te zi, ende sjane ardh",
        "c: Tung, xhupi qe e bona te marten ku mbet?",
    ):
        o = parse(line, "m: Na falni, korrieri vjen sot", "c: ok po pres")
        assert not o.is_order, line


def test_asking_for_the_money_back_is_no_order() -> None:
    o = parse(
        "c: Xhupi erdhi dje. Ju lutem dua kthimin e parave",
        "m: Na vjen keq, ua kthejme",
        "c: ok pres",
    )
    assert not o.is_order


def test_no_need_now_in_gheg_is_a_retreat() -> None:
    o = parse(
        "c: sa e keni vajin e ullirit 1 L?",
        "m: 1100 leke",
        "c: mire, kur te kaloj e marr, tani s'kam nevoj",
    )
    assert not o.is_order


def test_a_wrong_name_printed_is_a_complaint() -> None:
    o = parse(
        "c: Pershendetje, 2 bluzat kan emrin gabim, duhet Besa jo Besi",
        "m: Na falni, i ribejme",
        "c: ok pres",
    )
    assert not o.is_order


# --- the address typed on with the order ---------------------------------------------------------


def test_address_label_before_a_german_street_in_a_run_on_message() -> None:
    o = parse(
        "c: mirdita dua nje xhup te zi 2 cope dhe kafe 500 g adresa eshte Grazer Straße 12"
        " Villach 9500 emri Arben Zeka numri 0664 123 4567"
    )
    assert o.address == "Grazer Straße 12"
    assert o.city == "Villach"
    assert o.customer_name == "Arben Zeka"


def test_name_after_a_full_stop_before_the_street() -> None:
    o = parse("c: Dua nje xhup te zi dhe nje bluze M. Dardan Rama, Rr. Lidhja e Pejes 9, Peje")
    assert o.customer_name == "Dardan Rama"
    # the dot of a street abbreviation is no full stop: the street's name is no signature
    o = parse("c: Dua nje bluze M. Dergojeni ne Rr. Agim Ramadani, pallati 3, Peje. 044 111 222")
    assert o.customer_name is None
    assert o.address == "Rr. Agim Ramadani, pallati 3"


def test_landmark_after_the_number_of_an_inflected_street_word() -> None:
    o = parse(ORDER, "c: Jam ne Rrugen Naim Frasheri 8 prane bashkise. Lulzim Kola 069 555 1212")
    assert o.address == "Rrugen Naim Frasheri 8"


def test_business_named_before_the_numbered_street() -> None:
    for place in ("Hotel Guri", "Bar Kalaja", "Dyqani Elsa"):
        o = parse(ORDER, f"c: {place}, Rruga Ali Demi 40, Tirane. Sokol Meta 069 555 1212")
        assert o.address == "Rruga Ali Demi 40", place


def test_residence_named_before_its_floor() -> None:
    o = parse(ORDER, "c: Velipoje, apartamentet Detari, kati 2, ap 5. Mira Gjoni 069 555 1212")
    assert o.address == "apartamentet Detari, kati 2, ap 5"


def test_numbered_bungalow_is_the_address() -> None:
    o = parse(ORDER, "c: Bungalow 9, Lura camping. Name is Ana Leka, mobile 069 555 1212")
    assert o.address == "Bungalow 9"


def test_street_taken_back_inside_the_address() -> None:
    for back in ("jo jo", "nein sorry", "no wait"):
        o = parse(
            ORDER,
            f"c: Kafe Drini, Rr. e Kavajes? {back} Rr. Myslym Shyri 12, Tirane. Ana Leka"
            " 069 555 1212",
        )
        assert o.address == "Rr. Myslym Shyri 12", back


def test_the_merchant_greets_or_addresses_the_customer_by_name() -> None:
    for merchant in (
        "m: Pershendetje Drita, po e dergojme ne Rr. Kavajes 40, Tirane si heren e kaluar?",
        "m: Mire jemi 🙂 Drita, ta dergojme ne Rr. Kavajes 40, Tirane si heren e kaluar?",
    ):
        o = parse("c: cmkm, dua nje xhup te zi", merchant, "c: po po, 069 555 1212")
        assert o.customer_name == "Drita", merchant


def test_coming_to_the_shop_the_merchant_invites_to_is_a_pickup() -> None:
    o = parse(
        "c: Tung, jemi me pushime ne Sarande. Dua nje xhup te zi",
        "m: Po, 9000 leke. Kaloni nga dyqani ne qender, ora 9-20",
        "c: ok vij neser ora 11. Emri Besnik Hoxha 069 555 1212",
    )
    assert o.is_order and o.city is None
    # a delivery address given after the invitation keeps the town
    o = parse(
        "c: Dua nje xhup te zi",
        "m: Po, 9000 leke. Kaloni nga dyqani ose e dergojme",
        "c: dergojeni, Rr. Skenderbeu 4, Sarande. Besnik Hoxha 069 555 1212",
    )
    assert o.city == "Sarande"


def test_town_asked_for_before_a_village_address_is_the_city() -> None:
    o = parse(
        "c: Tung, a e dergoni xhupin e zi ne Gjakove?",
        "m: Po, 9000 leke me transport",
        "c: mire. Besa Krasniqi, fshati Rogove, afer shkolles. 044 555 121",
        country="XK",
    )
    assert o.city == "Gjakove"


def test_one_unknown_word_after_the_street_is_its_quarter_not_a_name() -> None:
    o = parse(ORDER, "c: Rruga Hamdi Sina nr 8, Rrapishta. 069 555 1212")
    assert o.customer_name is None
    # signed right before the number it is the name
    o = parse(ORDER, "c: Rruga Hamdi Sina nr 8, Tirane? Lleshaj 069 555 1212")
    assert o.customer_name == "Lleshaj"


def test_number_said_not_to_be_used_yields() -> None:
    for line in (
        "c: Rruga Ali Kelmendi 19. Drita Pali. Bitte 068 441 2233 anrufen, nicht meine deutsche"
        " +49 160 777 8899",
        "c: Rruga Ali Kelmendi 19. Drita Pali. Call 068 441 2233, not my UK one +44 7700 900 123",
    ):
        assert parse(ORDER, line).phone == "+355684412233", line


def test_person_named_after_the_office_s_own_name() -> None:
    for office in ("Zyra e Avokatit", "Firma e Ndertimit"):
        o = parse(ORDER, f"c: {office} Mirela Kasa, Rr. Skenderbeu 12, Durres. 069 555 1212")
        assert o.customer_name == "Mirela Kasa", office
        assert o.address == "Rr. Skenderbeu 12", office
