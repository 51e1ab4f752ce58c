"""Session 19: customer fields and detection (invented shops and wording)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import items, parse


def test_town_in_its_other_spelling_is_kept_as_written() -> None:
    # "Podujevo" is another spelling of Podujevë: the courier reads the town as it was written
    order = parse(
        "c: dua 2 kafe turke 500 g",
        "m: Kafe e bluar 500 g x2 = 1200 lekë. Adresa?",
        "c: Ilir Gashi, rr. Zahir Pajaziti 7, Podujevo, 044 221 305",
    )
    assert order.address == "rr. Zahir Pajaziti 7"
    assert order.city == "Podujevo"


def test_where_the_traveller_lives_is_no_delivery_town() -> None:
    order = parse(
        "c: Pershendetje, jam student ne Tirane dhe dua nje bilete vajtje per te hënen, "
        "edhe nje vaj ulliri 1 L",
        "m: Vaj ulliri 1 L 1100 lekë. Emri?",
        "c: Dritan Hoxha 068 551 2044",
    )
    assert order.customer_name == "Dritan Hoxha"
    assert order.city is None


def test_a_return_journey_is_a_trip() -> None:
    order = parse(
        "c: Wir wohnen in Wien und brauchen eine Rückfahrt, dazu 2 T-Shirt M",
        "m: T-Shirt M x2, 3000 Lekë. Name?",
        "c: Lena Maurer, +43 664 512 3387",
    )
    assert items(order) == [("TSH", 2, "M")]
    assert order.city is None


def test_merchant_awaiting_the_customer_at_the_shop_is_a_pickup() -> None:
    order = parse(
        "c: jam ne Shkoder, a ma ruani nje xhup lekure te zi?",
        "m: Po. Emri?",
        "c: Besnik Marku 069 443 1200",
        "m: Ok Besnik, të shtunën ju presim në dyqan.",
    )
    assert order.is_order
    assert order.address is None
    assert order.city is None


def test_abholung_offered_and_the_customer_comes() -> None:
    order = parse(
        "c: Hallo, wir sind in Berat. Habt ihr Olivenöl 3 L?",
        "m: Ja, 3 L 2900 Lekë. Abholung morgen im Laden?",
        "c: Ja, ich komme um 9. Jonas Weber +49 151 2233 4455",
    )
    assert items(order) == [("OIL", 1, "3 L")]
    assert order.city is None


def test_the_written_quote_after_the_details_does_not_retreat() -> None:
    order = parse(
        "c: per dyqanin tone na duhen 3 bluze M dhe 2 xhupa lekure te zi",
        "m: Ok: 3 bluzë M, 2 xhup lëkure e zezë. Adresa?",
        "c: Rr. Dibres 40, Tirane",
        "c: Mira Leka 069 123 4567",
        "m: Faleminderit, ju dergoj oferten e plote ne email",
    )
    assert order.is_order
    assert order.address == "Rr. Dibres 40"


def test_a_wholesale_enquiry_still_retreats() -> None:
    order = parse(
        "c: a keni bluze me shumice? na dergoni oferten, 300 cope",
        "m: Per shumice ju dergojme oferten ne email",
    )
    assert not order.is_order


def test_village_word_and_the_town_again_is_no_address() -> None:
    order = parse(
        "c: dua 2 kafe turke 500 g",
        "m: Kafe e bluar 500 g x2 = 1200 lekë. Adresa?",
        "c: Agim Rama, fshati Dardhe, 069 221 3050",
    )
    assert order.address is None
    assert order.city == "Dardhe"


def test_labelled_name_whose_family_name_is_a_word() -> None:
    # "Klein" is also a word (small); right after "Name:" and closed by the number it is the name
    order = parse(
        "c: Hallo, habt ihr Olivenöl 3 L?",
        "m: Ja, 3 L 2900 Lekë. Adresse?",
        "c: Rruga Myslym Shyri 12, Tirane. Name: Wiebke Klein, +49 151 2233 4455",
    )
    assert order.customer_name == "Wiebke Klein"
    assert order.city == "Tirane"


def test_a_boat_in_the_address_is_no_ticket() -> None:
    # a vehicle named in the address ("varka Lira") is where the parcel goes; only a ticket
    # makes every town of the message the traveller's
    order = parse(
        "c: dua 2 kafe turke 500 g per varken",
        "m: Kafe e bluar 500 g x2 = 1200 lekë. Ku t'i dergojme?",
        "c: Marina e Durresit, pontili C, varka Lira ne Durres. Arben Kola 069 221 3050",
    )
    assert order.city == "Durres"


def test_village_of_two_words_with_its_landmark() -> None:
    order = parse(
        "c: dua 2 kafe turke 500 g",
        "m: Kafe e bluar 500 g x2 = 1200 lekë. Adresa?",
        "c: Valon Krasniqi, Llapashticë e Poshtme, afer shkolles, Podujevë. 044 221 305",
    )
    assert order.address == "Llapashticë e Poshtme, afer shkolles"
    assert order.city == "Podujeve"


def test_macedonian_form_of_a_village_in_albanian_spelling() -> None:
    # "Gorna Bellica" is Bellicë e Sipërme (Struga) in the Macedonian form, Albanian spelling
    order = parse(
        "c: dua 2 kafe turke 500 g",
        "m: Kafe e bluar 500 g x2 = 1200 lekë. Adresa?",
        "c: Furra Besa, Gorna Bellica, rruga kryesore. Ilber Sulejmani 070 221 305",
        country="MK",
    )
    assert order.city == "Gorna Bellica"
