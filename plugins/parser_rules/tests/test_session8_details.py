"""Delivery details, session 8: given names that are also words, an address label before the
name, the relative who takes the parcel ("his mom is …"), a school or hospital typed in lower
case after "deliver to" / "dërgojeni te". Shops, people and addresses are invented for the
tests; none is a corpus line."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import parse


def test_a_given_name_that_is_also_a_colour_signs_the_details() -> None:
    o = parse("c: Bardha Lika, 068 41 22 903, Rr. Dibrës, Pall. 8, Tiranë. dua xhupin e zi")
    assert o.customer_name == "Bardha Lika"
    assert o.address == "Rr. Dibrës, Pall. 8"
    # the colour still names the variant
    o = parse("c: 2 bluze te bardha M", "c: Drita Hoxha, rr. Kavajes 4, Tirane")
    assert o.customer_name == "Drita Hoxha"


def test_an_address_label_before_the_name_is_not_part_of_it() -> None:
    o = parse("c: dua xhupin", "c: adresa Besnik Lala, rr. Naim Frashëri, pall. 4, Elbasan")
    assert o.customer_name == "Besnik Lala"
    assert o.address == "rr. Naim Frashëri, pall. 4"
    o = parse(
        "c: Ich möchte die Lederjacke",
        "c: Adresse Ardita Berisha, Bahnhofstrasse 5, 8001 Zürich, 076 555 12 34",
    )
    assert o.customer_name == "Ardita Berisha"
    assert o.address == "Bahnhofstrasse 5"


def test_the_relative_who_takes_the_parcel_is_named_after_is() -> None:
    o = parse(
        "c: I'd like the leather jacket for my nephew",
        "m: ok",
        "c: Rruga Myslym Shyri 12, Tirana. his mom is Dorina Leka, 069 310 7842. "
        "my number +1 (917) 555-0143",
    )
    assert o.customer_name == "Dorina Leka"
    assert o.phone == "+355693107842"
    o = parse(
        "c: Ich möchte die Lederjacke für meinen Neffen",
        "c: Rruga Myslym Shyri 12, Tirana, seine Mutter ist Dorina Leka, 069 310 7842",
    )
    assert o.customer_name == "Dorina Leka"
    o = parse(
        "c: vorrei la giacca di pelle per mio nipote",
        "c: Rruga Myslym Shyri 12, Tirana, sua madre è Dorina Leka, 069 310 7842",
    )
    assert o.customer_name == "Dorina Leka"


def test_a_school_typed_in_lower_case_after_deliver_to_is_the_address() -> None:
    o = parse(
        "c: I'd like the leather jacket, it's a gift for my niece in durres",
        "c: deliver to shkolla 9-vjecare Naim Frasheri, lagjja 3, ask for the teacher. "
        "her dad is Gent Lika 069 310 7842",
    )
    assert o.address == "shkolla 9-vjecare Naim Frasheri, lagjja 3"
    assert o.customer_name == "Gent Lika"
    o = parse("c: dua xhupin", "c: qojeni te spitali Asim Zeneli, Gjakove, 049 310 784")
    assert o.address == "spitali Asim Zeneli"
    assert o.city == "Gjakove"
    # a school without its name is no address
    o = parse("c: dua xhupin, ma dergoni te shkolla se e kam afer", "c: Gjakove, 049 310 784")
    assert o.address is None


def test_a_village_typed_in_lower_case_after_the_verb_of_sending_is_the_place() -> None:
    o = parse(
        "c: tung a po ma qoni ni xhup ne ponoshec se jam ketu per pushime",
        "m: Po. Emri?",
        "c: Arben Gashi, shpija e trete mas xhamis",
        "c: +41 78 624 19 05",
        country="XK",
    )
    assert o.city == "Ponoshec"
    assert o.address == "shpija e trete mas xhamis"


def test_villages_and_coastal_places_of_the_gazetteer() -> None:
    o = parse("c: dua xhupin", "c: Ana Pali, Rruga e Shkollës 8, Vrakë, 068 700 2214")
    assert o.city == "Vrakë"
    # a place whose name holds a town's name is that place, not the town
    o = parse("c: dua xhupin", "c: Arben Gashi, Shkëmbi i Kavajës, Rruga Plazhi 4, 069 520 7711")
    assert o.city == "Shkëmbi i Kavajës"
    o = parse(
        "c: dua xhupin",
        "m: Ku ndodheni?",
        "c: n'shkembin e kavajes, hotel Adriatik, dhoma 12. Arben Gashi 069 520 7711",
    )
    assert o.city is not None and o.city.lower() == "shkembin e kavajes"
    assert o.address == "hotel Adriatik, dhoma 12"


def test_a_district_of_skopje_in_albanian_is_no_name() -> None:
    o = parse(
        "c: dua xhupin",
        "m: Adresa?",
        "c: Studio Lejla, Gazi Babë, rr. Bitpazarska 21, Shkup",
        "c: Lejla Ahmeti, tel +389 70 901 336",
        country="MK",
    )
    assert o.customer_name == "Lejla Ahmeti"
    assert o.city == "Shkup"


def test_a_quarter_and_its_landmark_lead_the_house() -> None:
    o = parse(
        "c: dua xhupin",
        "c: mire. ne Kodra e Diellit prane kishes, vila me porte te bardhe, Arta Leka "
        "069 284 6620 vlore",
    )
    assert o.address == "Kodra e Diellit prane kishes, vila me porte te bardhe"
    assert o.city == "Vlore"
    o = parse("c: dua xhupin", "c: te Kodra e Diellit afer xhamise, Arta Leka 069 284 6620 vlore")
    assert o.address == "Kodra e Diellit afer xhamise"


def test_a_name_typed_in_lower_case_before_the_village() -> None:
    o = parse("c: dua xhupin", "c: arben iseni s. Cegran kod dzamija gostivar 075 / 602 - 481")
    assert o.customer_name == "Arben Iseni"
    assert o.city == "Gostivar"
    o = parse("c: dua xhupin", "c: arta leka fshati dushk 069 334 1209")
    assert o.customer_name == "Arta Leka"
    assert o.city == "Dushk"


def test_a_street_typed_in_lower_case_before_its_number() -> None:
    o = parse(
        "c: dua xhupin",
        "c: ok qoji Valon Krasniqi ferizaj rruga dëshmorët e kombit 44 tel +383 43 901 227",
        country="XK",
    )
    assert o.customer_name == "Valon Krasniqi"
    assert o.address == "rruga dëshmorët e kombit 44"
    assert o.city == "Ferizaj"
    o = parse("c: please send the jacket", "c: Tom Baker, Tirana, rruga e elbasanit 12")
    assert o.address == "rruga e elbasanit 12"


def test_the_street_typed_before_the_order_and_the_floor_given_after_the_question() -> None:
    o = parse(
        "c: mirdita jam Drita Kola nga rruga e elbasanit te pallati 45 ngjitur me furren "
        "mo sill te lutem nje xhup te zi dhe dy bluze",
        "m: Shkalla dhe kati?",
        "c: shkalla 2 kati 5. merr vajzen 069 870 3301 kur te vish",
    )
    assert o.customer_name == "Drita Kola"
    assert o.address == "rruga e elbasanit te pallati 45 ngjitur me furren, shkalla 2 kati 5"
    assert o.city is None  # the street's name, not the town of Elbasan
    o = parse("c: Besa Hoxha nga rruga e kavajes 12 please send one leather jacket")
    assert o.address == "rruga e kavajes 12"


def test_the_town_landmark_and_name_typed_on_after_the_order() -> None:
    o = parse(
        "c: mirdita po du nje xhup te zi per djalin edhe dy bluze M nje per vajzen ja qoni "
        "ne Gostivar afer Kishes se Vjeter te furra e bukes Agim Rexhepi 071 44 88 21",
        country="MK",
    )
    assert o.customer_name == "Agim Rexhepi"
    assert o.address == "afer Kishes se Vjeter te furra e bukes"
    assert o.city == "Gostivar"
    assert o.phone == "+38971448821"
    o = parse(
        "c: hi, please send one leather jacket to Durres near the Central Park, "
        "Gent Lika 069 310 7842"
    )
    assert o.customer_name == "Gent Lika"
    assert o.city == "Durres"


def test_a_guesthouse_or_restaurant_named_is_the_address() -> None:
    o = parse(
        "c: Hi! We are hiking this week and staying at Bujtina Lisi i Vjeter in Tropoje. "
        "Could you deliver there?",
        "m: Sure, what would you like?",
        "c: one leather jacket. Anna Berg, mobile +46 70 123 45 67",
    )
    assert o.address == "Bujtina Lisi i Vjeter"
    assert o.customer_name == "Anna Berg"
    o = parse(
        "c: dua 2 kg kafe turke",
        "c: un jom Driton Berisha, +383 49 555 120, restoranti 'Lisi' n Marash",
        country="XK",
    )
    assert o.customer_name == "Driton Berisha"
    assert o.address == "restoranti 'Lisi' n Marash"


def test_where_we_are_said_after_the_order_leads_the_address() -> None:
    o = parse(
        "c: mirdita doja dy bluze M dhe nje xhup te zi per dyqanin a i sillni ne dyqan "
        "jemi te tregu i vjeter afer kishes se madhe dyqani i rrobave Dafina emri jam "
        "Dafina Hoxha nr 068 771 2211"
    )
    assert o.address == "tregu i vjeter afer kishes se madhe dyqani i rrobave Dafina"
    assert o.customer_name == "Dafina Hoxha"
    assert o.phone == "+355687712211"


def test_whose_flat_it_is_before_the_numbered_street_is_a_note() -> None:
    o = parse(
        "c: Ich möchte die Lederjacke",
        "c: Wohnung bei Familie Hoxha, Rruga Flamurit 22, 2. Stock, Sarande. Ich bin Jonas Weber",
    )
    assert o.address == "Rruga Flamurit 22, 2. Stock"  # the German ordinal floor stays whole
    o = parse(
        "c: I want the jacket",
        "c: Apartment at Mrs Leka's, Rruga Flamurit 22, 2nd floor, Sarande. I'm Tom Weber "
        "069 310 4477",
    )
    assert o.address == "Rruga Flamurit 22, 2nd floor"
    # without a street, where the writer stays is the address
    o = parse("c: dua xhupin", "c: Jam te Rexhep Luci, ndërtesa C, Sarande. Tom Weber 069 310 4477")
    assert o.address == "te Rexhep Luci, ndërtesa C"
