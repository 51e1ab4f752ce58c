"""Delivery details on shops the parser has not seen (session 4): villages and small towns,
diaspora addresses with postcodes, which of several phone numbers is the delivery number.
Shops, people and addresses are invented for the tests; none is a corpus line."""

from __future__ import annotations

import pytest

from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.places import find_cities
from plugins.parser_rules.tests.conftest import parse


# --- villages and small towns (data/settlements.json) ----------------------------------------
@pytest.mark.parametrize(
    ("text", "city"),
    [
        # Albania: administrative units and villages
        ("Vithkuq, Rruga e Shkollës 4. Dhimitër Kona 069 111 2233", "Vithkuq"),
        ("Ma dërgoni në Dhërmi, Rruga Panorama 2. Kristo Leka 068 222 3344", "Dhërmi"),
        ("Bushat, lagjja e Re, shtëpia 17. Pal Marku 067 333 4455", "Bushat"),
        # Kosovo, with the Kosovo "q" for "ç"
        ("Kaqanik, rr. Adem Jashari 9. Blerta Hoti 044 123 456", "Kacanik"),
        ("Prekaz, rr. e Dëshmorëve 3, Fitore Jashari 049 222 333", "Prekaz"),
        # North Macedonia: Albanian and Macedonian names
        ("Fshati Xhepçisht, rruga 5 nr 12. Agim Rexhepi 070 123 456", "Xhepçisht"),
        ("Dzepciste, ulica 5 br 12. Agim Rexhepi 070 123 456", "Dzepciste"),
        # Montenegro, Preševo valley
        ("Vladimir, Ulqin, shtëpia e dytë pas xhamisë. Lule Gjoni 067 555 6677", "Ulqin"),
        ("Tërnoc, rr. Skënderbeu 40. Valdrin Ismaili 063 111 222", "Tërnoc"),
    ],
)
def test_village_alone_in_its_part_is_the_city(text: str, city: str) -> None:
    o = parse(f"c: Dua nje xhup lekure te zeze. {text}", country="AL")
    assert o.city == city


def test_village_after_a_preposition() -> None:
    o = parse(
        "c: Nje kafe turke 500 g. Ma sillni në Llugaj, te dyqani i Gjonit. "
        "Marjana Doda 069 444 5566"
    )
    assert o.city == "Llugaj"


def test_the_town_beats_its_village() -> None:
    # both named: the town (municipality) is the delivery city
    o = parse(
        "c: Nje vaj ulliri 3 L", "c: Elbasan, Shirgjan, rr. e Shkollës 6. Ilda Hysa 069 555 1122"
    )
    assert o.city == "Elbasan"
    o = parse(
        "c: Nje vaj ulliri 1 L. fsh. Sërbinovë, Gostivar. Ajshe Memeti 070 999 888", country="MK"
    )
    assert o.city == "Gostivar"


@pytest.mark.parametrize(
    "text",
    [
        # a village's name that is a family name inside a street's or a person's name
        "Rr. Hysen Prekazi 14, Mitrovice",
        "Rruga Ndue Bushati 3, Shkoder",
        # a village's name in a neighbourhood's name
        "lagjja Vithkuq, Rr. Sotir Peci 4, Korce",
    ],
)
def test_village_inside_a_street_name_stays_in_the_street(text: str) -> None:
    o = parse(f"c: Dua nje xhup lekure kafe. {text}. Besa Hoxha 069 123 4567")
    assert o.city in ("Mitrovice", "Shkoder", "Korce")
    assert o.address is not None and text.split(",")[0] in o.address


def test_village_said_without_an_address_is_not_the_city() -> None:
    # a word that is a village's name said alone, in a message without address or phone
    o = parse(
        "c: Dua nje xhup lekure te zeze", "c: Bushat", "c: Tirane, Rr. Elbasanit 5. 069 111 2222"
    )
    assert o.city == "Tirane"


def test_village_needs_a_capital() -> None:
    assert find_cities(tokenize("prekaz nje fjale")) == []
    assert [c.city for c in find_cities(tokenize("Prekaz"))] == ["Prekaz"]


def test_gazetteer_keeps_cities_and_names_out() -> None:
    # a settlement never shadows a city, and given names are never settlements
    assert [c.minor for c in find_cities(tokenize("Tirane"))] == [False]
    assert find_cities(tokenize("Arben Blerim")) == []


def test_village_after_fshati_with_a_street_beside() -> None:
    o = parse("c: Dua nje xhup lekure. Fshati Xhepçisht, rruga 5 nr 12. Agim Rexhepi 070 123 456")
    assert (o.city, o.address) == ("Xhepçisht", "rruga 5 nr 12")


def test_village_after_fsh_without_a_street_is_the_address() -> None:
    o = parse(
        "c: Nje kafe turke 250 g. Drilona Sejdiu, fsh. Dobërdoll, Kërçovë, 075 222 111",
        country="MK",
    )
    assert (o.city, o.address) == ("Kercove", "fsh. Dobërdoll")


def test_city_after_a_given_name_is_a_family_name() -> None:
    # a school or square named after a person: "Hasan Prishtina", "Avni Rustemi"
    o = parse("c: Dy vaj ulliri 3 L. Teuta Lika, Gjimnazi Hasan Prishtina, Qukës. 068 777 1122")
    assert o.city == "Qukës"


# --- which number is the delivery number -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # the writer abroad, the parcel for a parent at home
        (
            "Per mamin: Shpresa Duka, Rr. Kastriotet 9, Berat, 068 321 4455. "
            "Numri im ketu +44 7700 900 123",
            "+355683214455",
        ),
        (
            "Für meinen Vater: Rexhep Hoti, Rr. Nëna Terezë 4, Gjilan, 044 321 654. "
            "Meine Nummer 0171 2345678",
            "+38344321654",
        ),
        (
            "Per mia zia: Liri Gega, Rr. Skënderbeu 2, Lezhë, 069 765 4321. "
            "Io sono a Torino, 347 123 4567",
            "+355697654321",
        ),
        # the writer at the delivery address abroad, a relative's number at home
        (
            "Mimoza Rama, Hauptstraße 12, 70173 Stuttgart. Numri im 0176 1234 5678, "
            "motra e ka 069 111 2233 po ajo asht n'Tirane",
            "+4917612345678",
        ),
    ],
)
def test_delivery_number_of_the_delivery_country(text: str, phone: str) -> None:
    o = parse(f"c: Dua nje vaj ulliri 3 L. {text}")
    assert o.phone == phone


def test_own_number_yields_to_the_number_given_with_the_address() -> None:
    o = parse(
        "c: Dy kafe turke 250 g per gjyshen: Hana Leka, Rr. Dibres 40, Tirane, 069 222 3344",
        "c: numri im 068 555 6677",
    )
    assert o.phone == "+355692223344"


def test_own_new_number_is_a_correction() -> None:
    o = parse(
        "c: Nje kafe turke 250 g. Rr. Dibres 40, Tirane, 069 222 3344",
        "c: numri im i ri 068 555 6677",
    )
    assert o.phone == "+355685556677"


def test_number_after_if_i_dont_answer_is_a_fallback() -> None:
    o = parse(
        "c: Nje vaj ulliri 1 L. Rr. Ali Kelmendi 8, Prizren. "
        "045 333 222 nese nuk pergjigjem thirrni vellain 044 999 888",
        country="XK",
    )
    assert o.phone == "+38345333222"
    o = parse(
        "c: One olive oil 1 L. 8 Mill Lane, Luton. 07700 900 555, "
        "if I don't answer call my wife 07700 900 666"
    )
    assert o.phone == "+447700900555"


def test_call_her_names_the_delivery_number() -> None:
    o = parse(
        "c: Nje kafe turke 500 g. Rr. Dibres 40, Tirane. Numri im 069 123 4567 por jam ne pune, "
        "pakon e merr nusja. Telefonojini asaj 068 765 4321"
    )
    assert o.phone == "+355687654321"


def test_for_the_courier_call_my_brother() -> None:
    o = parse(
        "c: One olive oil 3 L to my parents, Rr. Dibres 40, Tirane. My number here is "
        "+49 152 1234 5678, but for the courier call my brother 069 321 0000"
    )
    assert o.phone == "+355693210000"


# --- diaspora addresses ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "address", "city"),
    [
        ("Arta Gjoka, 8 Willow Close, Leicester LE2 6QT", "8 Willow Close", "Leicester"),
        (
            "Dritan Lulaj, Flat 2, 41 Station Road, Croydon CR0 2AP",
            "Flat 2, 41 Station Road",
            "Croydon",
        ),
        ("Besa Marku, 19 Elm Avenue, Ashford TN23 4HD", "19 Elm Avenue", "Ashford"),
        ("Ylli Pepa, 3 Kings Road, Milton Keynes, MK9 1AA", "3 Kings Road", "Milton Keynes"),
        ("Eni Kola, 72 High Street, Watford wd17 2bs", "72 High Street", "Watford"),
    ],
)
def test_uk_postcode_is_neither_street_nor_town(text: str, address: str, city: str) -> None:
    o = parse(f"c: Two olive oil 1 L please. {text}, 07700 900 241")
    assert (o.address, o.city, o.phone) == (address, city, "+447700900241")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Via Dante 14, 70122 Bari", "Bari"),
        ("Kafe Bar Drini, Rr. Mbretëresha Teutë 3, Vlorë", "Vlore"),
    ],
)
def test_bar_is_a_word_and_bari_is_in_italy(text: str, city: str) -> None:
    o = parse(f"c: Due olio d'oliva 1 L. Klea Dano, {text}. 333 123 4567")
    assert o.city == city


@pytest.mark.parametrize(
    ("text", "address", "city"),
    [
        ("Grazer Straße 12/4, 8010 Graz", "Grazer Straße 12/4", "Graz"),
        ("Karl-Marx-Straße 88, 12043 Berlin", "Karl-Marx-Straße 88", "Berlin"),
        ("Alte Landstrasse 5, 8800 Thalwil", "Alte Landstrasse 5", "Thalwil"),
    ],
)
def test_street_word_after_its_name_keeps_the_name(text: str, address: str, city: str) -> None:
    o = parse(f"c: Zwei Olivenöl 1 L. Valentina Dedaj, {text}, 0664 123 4567")
    assert (o.address, o.city) == (address, city)


# --- names -------------------------------------------------------------------------------------
def test_size_letter_answered_alone_is_no_name() -> None:
    o = parse(
        "c: Dua bluze pambuku",
        "m: Cilën masë?",
        "c: L, dy cope",
        "c: Nuk dua dergese, vij vete. Lira Dushku jam",
        "c: 069 444 1212",
    )
    assert o.customer_name == "Lira Dushku"


def test_full_name_signed_after_the_definite_given_name() -> None:
    o = parse(
        "c: Tung, jam Petriti. Dua nje kafe turke 500 g",
        "c: Lagjja 4, Rruga Bardhyl 12. Petrit Shala",
        "c: 069 555 4433",
    )
    assert o.customer_name == "Petrit Shala"


@pytest.mark.parametrize(
    "text",
    [
        "Please send it to my sister Donika Vata, Rruga 28 Nëntori, pallati 3, Fier",
        "Mandatelo a mia zia Donika Vata, Rruga 28 Nëntori, pallati 3, Fier",
        "Bitte an meine Tante Donika Vata, Rruga 28 Nëntori, pallati 3, Fier",
        "Dergojeni te motra ime Donika Vata, Rruga 28 Nëntori, pallati 3, Fier",
    ],
)
def test_relative_named_for_the_parcel(text: str) -> None:
    o = parse(f"c: Nje vaj ulliri 3 L. {text}. 068 333 2211")
    assert o.customer_name == "Donika Vata"


@pytest.mark.parametrize(
    ("text", "address", "city"),
    [
        ("Via Roma 21, Cinisello Balsamo (MI)", "Via Roma 21", "Cinisello Balsamo"),
        ("Via Garibaldi 5, Lumezzane (BS)", "Via Garibaldi 5", "Lumezzane"),
    ],
)
def test_province_code_after_the_town(text: str, address: str, city: str) -> None:
    o = parse(f"c: Due olio d'oliva 1 L. Erjon Cela, {text}. 333 765 4321")
    assert (o.address, o.city) == (address, city)


def test_given_name_is_not_a_generated_city_form() -> None:
    # "Valon" is a generated form of the Italian "Valona" (Vlorë) and a given name
    o = parse("c: Nje kafe turke 250 g, e marr vete ne dyqan", "c: Valon Hoxha 069 888 7766")
    assert (o.city, o.customer_name) == (None, "Valon Hoxha")


@pytest.mark.parametrize(
    ("text", "address", "city"),
    [
        ("Marina Gjika, Egnatias 41, Thessaloniki 54630", "Egnatias 41", "Selanik"),
        ("Marina Gjika, Ermou 7, Athina", "Ermou 7", "Athine"),
    ],
)
def test_street_without_a_street_word_before_the_town(text: str, address: str, city: str) -> None:
    o = parse(f"c: Ena vaj ulliri 1 L. {text}. kinito 697 111 2233")
    assert (o.address, o.city) == (address, city)


def test_a_real_street_beats_a_name_and_number() -> None:
    o = parse(
        "c: Nje bluze pambuku M. Drita Kola, Rr. Kavajes 5, Tirane. Ermal 2, Durres. 069 111 2222"
    )
    assert o.address == "Rr. Kavajes 5"


@pytest.mark.parametrize(
    "text",
    [
        "Send to 12 Church Street, Bolton BL1 2AB",
        "Please deliver to 12 Church Street, Bolton BL1 2AB",
    ],
)
def test_send_to_leads_the_street(text: str) -> None:
    o = parse(f"c: Two olive oil 1 L. {text}. Erion Kacani 07911 222333")
    assert (o.address, o.city) == ("12 Church Street", "Bolton")


def test_village_case_forms_and_other_alphabets() -> None:
    o = parse(
        "c: Nje kafe turke 500 g",
        "c: Adresa: Čegrane, ulica 3 br. 15. Fatmir Zeqiri 070 222 333",
        country="MK",
    )
    assert o.city == "Čegrane"
    o = parse(
        "c: Nje vaj ulliri 3 L", "c: Tërnoc, rr. 15 nr 4, Agron Musliu, 062 444 555", country="XK"
    )
    assert (o.city, o.address) == ("Tërnoc", "rr. 15 nr 4")


def test_village_after_fshati_without_a_town_is_the_city_too() -> None:
    o = parse(
        "c: Nje kafe turke 250 g", "c: Fshati Shtiqën, shtëpia e Lulëzim Hoxhës. 068 555 1234"
    )
    assert (o.city, o.address) == ("Shtiqën", "Fshati Shtiqën, shtëpia e Lulëzim Hoxhës")


def test_ulica_and_broj_abbreviations_stay_whole() -> None:
    o = parse(
        "c: Nje vaj ulliri 3 L",
        "c: Tetovo, Poroj, ul. 105 br. 8. Ardita Ismaili 071 111 222",
        country="MK",
    )
    assert (o.city, o.address) == ("Tetovo", "ul. 105 br. 8")  # as written (session 19)


def test_lower_case_name_with_a_known_given_name() -> None:
    o = parse(
        "c: Dua 2 bluze pambuku M",
        "m: Emri, adresa, telefoni?",
        "c: arlind berisha, rr. adem jashari 5, ferizaj, 044 111 222",
        country="XK",
    )
    assert (o.customer_name, o.city) == ("Arlind Berisha", "Ferizaj")


def test_two_word_city_is_not_read_twice() -> None:
    assert [c.city for c in find_cities(tokenize("tani jam në Fushë Krujë"))] == ["Fushe Kruje"]
    o = parse(
        "c: Dua nje xhup lekure",
        "c: Kam ndërruar adresë: tani jam në Fushë Krujë, Rr. Kombinati 3. 069 202 3030 Bledi",
    )
    assert o.city == "Fushe Kruje"


@pytest.mark.parametrize(
    ("text", "address", "city"),
    [
        (
            "Krushë e Madhe, afër shkollës, shtëpia me portë të kuqe",
            "Krushë e Madhe, afër shkollës, shtëpia me portë të kuqe",
            "Krushë e Madhe",
        ),
        ("Dorf Lisec, neben der Moschee", "Dorf Lisec, neben der Moschee", "Lisec"),
    ],
)
def test_village_without_streets_starts_the_address(text: str, address: str, city: str) -> None:
    o = parse("c: Nje vaj ulliri 3 L", f"c: {text}. Besim Krasniqi 049 123 321", country="XK")
    assert (o.address, o.city) == (address, city)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Ma sillni ne Kavaje, te shkolla Lidhja e Prizrenit. Mira Dule",
            "te shkolla Lidhja e Prizrenit",
        ),
        ("Dorina Hasa, Spitali Rajonal, Kavaje", "Spitali Rajonal"),
        (
            "Please deliver to Kavaje, near the Mosque Ethem Bey. Mira Dule",
            "near the Mosque Ethem Bey",
        ),
    ],
)
def test_a_named_institution_is_the_address_without_a_street(text: str, address: str) -> None:
    o = parse(f"c: Nje kafe turke 250 g. {text}, 069 212 1212")
    assert (o.address, o.city) == (address, "Kavaje")


def test_a_school_named_after_a_person_keeps_its_name() -> None:
    o = parse(
        "c: Nje kafe turke 250 g",
        "c: Shkolla 9-vjeçare Avni Rustemi, Qukës. Ardi Lala 068 313 1313",
    )
    assert (o.address, o.city) == ("Shkolla 9-vjeçare Avni Rustemi", "Qukës")


# --- bounds ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Fshati Poroj, " * 300,
        "Patision 215, Athina, " * 200,
        "Krushë e Madhe, afër xhamisë, " * 150,
        "Luton LU1 3PT, (MI) " * 200,
        "numri im 069 111 2222 " * 150,
    ],
)
def test_long_runs_of_places_and_numbers_stay_fast(text: str) -> None:
    import time

    parse("c: x")  # indexes built
    t0 = time.perf_counter()
    parse("c: Dua nje xhup lekure", f"c: {text}")
    assert time.perf_counter() - t0 < 20.0  # a hang guard, not a speed figure (bench/)


@pytest.mark.parametrize(
    "text",
    [
        "Vij vete neser, jam ne Korce per pune. Ilda Gjika 069 333 2211",
        "I'll pick it up on Saturday, I'm in Durres for a wedding. Ilda Gjika 069 333 2211",
        "Passo a ritirare sabato, sono a Valona. Ilda Gjika 069 333 2211",
    ],
)
def test_pickup_has_no_delivery_city(text: str) -> None:
    o = parse("c: Nje kafe turke 250 g", f"c: {text}")
    assert (o.city, o.customer_name) == (None, "Ilda Gjika")


def test_contact_to_call_is_not_the_recipient() -> None:
    o = parse(
        "c: Due olio d'oliva 1 L",
        "c: Serena Dibra, Rruga Taulantia 8, Durazzo",
        "c: Il mio numero +39 320 111 2233, per la consegna chiamate mio cugino Edi 069 444 5566",
    )
    assert (o.customer_name, o.phone) == ("Serena Dibra", "+355694445566")


def test_second_number_after_or_is_a_fallback() -> None:
    o = parse(
        "c: Nje kafe turke 250 g. Rr. Dibres 4, Tirane. "
        "Ema Kola 067 111 2233, ose burri 069 444 5566"
    )
    assert o.phone == "+355671112233"


def test_upper_and_lower_villages_of_one_name() -> None:
    o = parse(
        "c: Nje vaj ulliri 3 L",
        "c: Për babin: Qazim Rama, Krushë e Vogël, cel 049 222 111. "
        "Numri im gjerman 0176 1234 5678",
        country="XK",
    )
    assert (o.city, o.phone) == ("Krushë e Vogël", "+38349222111")


def test_unknown_village_after_fshati_beside_a_numbered_street() -> None:
    o = parse(
        "c: Nje vaj ulliri 3 L",
        "c: Petrit Lala, fshati Gjonëm, lagjja 2 Korriku, shtëpia 9. 068 111 3322",
    )
    assert (o.city, o.address) == ("Gjonëm", "lagjja 2 Korriku, shtëpia 9")


def test_name_before_the_street_in_one_part() -> None:
    o = parse(
        "c: Nje kafe turke 250 g",
        "c: Fjolla Berisha rr. Nëna Terezë 19/4 Gjilan 044 321 987",
        country="XK",
    )
    assert (o.customer_name, o.address, o.city) == (
        "Fjolla Berisha",
        "rr. Nëna Terezë 19/4",
        "Gjilan",
    )


def test_institution_after_a_delivery_verb() -> None:
    o = parse(
        "c: 20 bluze pambuku M",
        "c: Dergojini ne Gjimnazi Sami Frashëri, Kumanovë. Kontakt Ilir Jakupi 070 111 999",
        country="MK",
    )
    assert (o.address, o.city) == ("Gjimnazi Sami Frashëri", "Kumanove")


def test_village_in_a_sentence_then_its_landmark() -> None:
    o = parse(
        "c: Nje kafe turke 250 g",
        "c: ok. jetoj ne fshatin Bradashesh, prane xhamise. Sokol Hysa",
        "c: 068 123 9876",
    )
    assert (o.address, o.city) == ("fshatin Bradashesh, prane xhamise", "Bradashesh")


@pytest.mark.parametrize(
    ("text", "country", "phone"),
    [
        (
            "Rr. Ilindenska 12, Tetovë. Tel: 044 334 555 (shtëpia), 070 123 456 (cel)",
            "MK",
            "+38970123456",
        ),
        (
            "Rr. Ismail Qemali 5, Tirane. Zyra 04 222 3344, celulari 069 222 3344",
            "AL",
            "+355692223344",
        ),
        ("Via Po 3, 10124 Torino. Casa 011 812 3456, cell 347 812 3456", "AL", "+393478123456"),
    ],
)
def test_mobile_beats_a_landline(text: str, country: str, phone: str) -> None:
    o = parse(f"c: Nje kafe turke 250 g. {text}. Ariana Kola", country=country)
    assert o.phone == phone


def test_village_in_lower_case_after_fshati() -> None:
    o = parse(
        "c: Nje kafe turke 250 g",
        "c: Ardit Lala, fshati poroj, rruga 12 nr 5, 070 111 222",
        country="MK",
    )
    assert (o.city, o.address) == ("Poroj", "rruga 12 nr 5")
    assert find_cities(tokenize("poroj")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dorant veseli, rr. 3 nr 7, prizren, 049 333 222", "Dorant Veseli"),
        ("ok faleminderit, rr. 3 nr 7, prizren, 049 333 222", None),
    ],
)
def test_lower_case_name_opening_the_details(text: str, name: str | None) -> None:
    o = parse("c: Nje kafe turke 250 g", f"c: {text}", country="XK")
    assert o.customer_name == name


@pytest.mark.parametrize(
    "text",
    [
        "z. Bujar Leka, Rr. Dibres 4, Tirane, 069 123 4567",
        "Znj. Bora Leka, Rr. Dibres 4, Tirane, 069 123 4567",
        "Frau Bora Leka, Hauptstraße 4, 70173 Stuttgart, 0176 1234 5678",
        "Sig.ra Bora Leka, Via Roma 4, 20121 Milano, 333 123 4567",
        "Mr Bujar Leka, 4 Mill Road, Luton LU2 0AA, 07700 900 456",
    ],
)
def test_title_before_the_name_is_dropped(text: str) -> None:
    o = parse("c: Nje kafe turke 250 g", f"c: {text}")
    assert o.customer_name in ("Bujar Leka", "Bora Leka")


@pytest.mark.parametrize(("answer", "name"), [("sokol", "Sokol"), ("mira hoxha", "Mira Hoxha")])
def test_lower_case_given_name_answering_the_name_question(answer: str, name: str) -> None:
    o = parse(
        "c: Nje kafe turke 250 g",
        "c: Rr. Dibres 4, Tirane, 069 123 4567",
        "m: Emri?",
        f"c: {answer}",
    )
    assert o.customer_name == name


def test_lower_case_word_after_the_name_question_is_no_name_unless_a_given_name() -> None:
    o = parse(
        "c: Nje kafe turke 250 g", "c: Rr. Dibres 4, Tirane, 069 123 4567", "m: Emri?", "c: po"
    )
    assert o.customer_name is None
