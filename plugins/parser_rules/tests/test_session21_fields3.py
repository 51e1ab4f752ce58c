"""Session 21: the customer's address, city, name and phone (invented shops and wording)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import named_catalog, parse

BOOKS = named_catalog(("KNG-DEC", "Kniga za deca"))
PARKING = named_catalog(("PRK-2", "Parkplatz"))
BAKERY = named_catalog(("BYR-SPI", "Byrek me spinaq"))
LAUNDRY = named_catalog(("PST-JRG", "Pastrim jorgani"))
GAS = named_catalog(("GAZ-10", "Bombol gazi 10 kg"))
PHARMACY = named_catalog(("VIT-C", "Vitamina C"))
FURNITURE = named_catalog(("KMD-BRD", "Komodine e bardhe"))
GARDEN = named_catalog(("TRF-20", "Torf"))
FLORIST = named_catalog(("BQT-20", "Buqete me 20 trendafila"))
MOVER = named_catalog(("PIA-TR", "Piano transport"))
CAKES = named_catalog(("TRT-DSM", "Torte dasme"))
OFFICE = named_catalog(("LTR-A4", "Leter A4"))
WATER = named_catalog(("UJE-19", "Bidon uji 19 L"))
SUGAR = named_catalog(("SHQ-5KG", "Sheqer 5 kg"))


def test_macedonian_definite_word_is_no_nordic_street() -> None:
    """A bookshop in Struga: "knigata" (the book) ends like the Nordic "-gata" street."""
    order = parse(
        "c: Zdravo, dali ja imate knigata za decata? 2 parcinja",
        "m: Zdravo! Da, 2 knigi 900 den. Na koe ime?",
        "c: jas knigata 2 parcinja, vo petok",
        "c: Marija Petrovska, 078 221 904",
        catalog=BOOKS,
        country="MK",
    )
    assert order.is_order
    assert order.address is None


def test_number_with_er_before_platz_is_a_size() -> None:
    """A car park renting spaces: "der 2er Platz" is a space for two cars, not a street."""
    order = parse(
        "c: Grüezi, ich hätte gern einen Parkplatz im Monat Mai, dann den 2er Platz in der Garage",
        "m: Po, vendi për 2 makina 120 CHF në muaj. Emri?",
        "c: Peter Keller, 078 612 40 17",
        catalog=PARKING,
    )
    assert order.is_order
    assert order.address is None


def test_the_road_ahead_is_no_street() -> None:
    """A bakery packing food for a trip: "e kom rrugën e gjatë deri n Shkodër" is the journey."""
    order = parse(
        "c: dua 4 byrek me spinaq. ma mire ashtu, e kom rrugen e gjate deri n Shkoder",
        "m: Ok, 4 byrek me spinaq 800 lekë. Emri?",
        "c: Dritan Hoxha 069 551 2290",
        catalog=BAKERY,
    )
    assert order.is_order
    assert order.address is None
    assert order.city is None


def test_name_after_the_shops_title_is_the_customers() -> None:
    """A laundry: the shop greets "zonja Drita" and the customer signs nothing."""
    order = parse(
        "c: edhe kete jave 2 jorgane per pastrim",
        "m: Mirëdita zonja Drita! 2 jorgane, 1200 lekë. Te adresa e fundit, Rr. Myslym Shyri 14?",
        "c: po, aty. tel 068 440 1276",
        catalog=LAUNDRY,
    )
    assert order.is_order
    assert order.customer_name == "Drita"


def test_capitals_message_gives_the_family_name_of_the_addressed_name() -> None:
    """A gas-cylinder refill: the customer types in capitals, the shop calls him "zoti Gjon"."""
    order = parse(
        "c: DUA NJI BOMBOL GAZI TE MBUSHUR",
        "m: Po, 1 bombol 10 kg 1800 lekë. Adresa?",
        "c: LAGJJA KODRA SHPIA E GJON MARKUT PRANE KISHES",
        "m: Një numër, zoti Gjon?",
        "c: 0674418820",
        catalog=GAS,
    )
    assert order.is_order
    assert order.customer_name == "Gjon Markut"


def test_town_typed_after_the_house_number_ends_the_street() -> None:
    """A pharmacy delivery: the town and the number spelled in words run into the street line."""
    order = parse(
        "c: dua 2 kuti vitamina C",
        "m: 2 kuti vitamina C, 8€. Adresa dhe emri?",
        "c: Liridona Berisha rruga Adem Jashari numer 12 Prizren tel zero dyzet e nente "
        "... 049 512 660",
        catalog=PHARMACY,
        country="XK",
    )
    assert order.is_order
    assert order.address == "rruga Adem Jashari numer 12"
    assert order.city == "Prizren"


def test_landmark_after_the_floor_is_a_hint() -> None:
    """A furniture shop: "kati 3 afër spitalit" after the house number; the landmark goes."""
    order = parse(
        "c: dua 1 komodine te bardhe",
        "m: 1 komodinë e bardhë, 90€. Adresa?",
        "c: rruga Gjergj Fishta nr 18 kati 3 afer spitalit. Mira Lika 069 331 2090",
        catalog=FURNITURE,
    )
    assert order.is_order
    assert order.address == "rruga Gjergj Fishta nr 18 kati 3"


def test_road_named_after_two_towns_is_no_city() -> None:
    """A garden centre: "Rruga Tiranë-Elbasan" is a road; the village is the place."""
    order = parse(
        "c: dua 3 thase torf",
        "m: 3 thasë 20 L, 1500 lekë. Ku t'i sjellim?",
        "c: Shen Meri, Rruga Tirane-Elbasan, shtepia e bardhe perball karburantit. "
        "Elona Cela 067 903 1185",
        catalog=GARDEN,
    )
    assert order.is_order
    assert order.city is None


def test_town_the_shop_asks_the_address_in_is_the_city() -> None:
    """A florist: the daughter graduates in Elbasan, the mother lives in Tetovo."""
    order = parse(
        "c: Pershendetje, vajza ime diplomohet ne Elbasan te shtunen, une jetoj ne Tetove. "
        "A mund t'i dergoni nje buqete me 20 trendafila?",
        "m: Po, buqeta me 20 trëndafila 4000 lekë. Adresa në Elbasan dhe emri?",
        "c: Rruga Qemal Stafa nr 40, kati 2. Drita Ademi, 071 338 206",
        catalog=FLORIST,
    )
    assert order.is_order
    assert order.city == "Elbasan"


def test_first_town_of_the_shops_route_is_the_city() -> None:
    """A piano mover: the shop writes the route "Vlorë–Fier"; the street is in Vlorë."""
    order = parse(
        "c: Hi, I need my piano moved from my flat in Vlore to Fier next week",
        "m: Hi! Yes, we do Vlorë–Fier, piano transport 15000 lekë. Is that ok?",
        "c: Perfect. Anna Berg, Rruga Sadik Zotaj nr 5, +44 7700 900 512",
        catalog=MOVER,
    )
    assert order.is_order
    assert order.city == "Vlore"


def test_named_venue_without_a_street_is_the_address() -> None:
    """A cake shop delivering to a wedding hall: "Restorant Lugina" by its name, no street."""
    order = parse(
        "c: dua nje torte dasme me 3 kate",
        "m: Torta 3 katëshe 9000 den. Ku ta sjellim?",
        "c: Restorant Lugina, Tetove. Arben Rexhepi 070 615 229",
        catalog=CAKES,
        country="MK",
    )
    assert order.is_order
    assert order.address == "Restorant Lugina"


def test_contact_after_a_lower_case_role_is_the_name() -> None:
    """An office-supplies order: "Kontakt sekretarja Mimoza Hoxha" names the person to call."""
    order = parse(
        "c: na duhen 5 pako leter A4 per zyren",
        "m: 5 pako letër A4, 2500 lekë. Adresa?",
        "c: rr. Myslym Shyri nr 12, Tirane. Kontakt sekretarja Mimoza Hoxha 069 321 5540",
        catalog=OFFICE,
    )
    assert order.is_order
    assert order.customer_name == "Mimoza Hoxha"


def test_village_then_the_house_described_is_the_address() -> None:
    """Bottled water delivered to a holiday home: the village, then the house and its landmark."""
    order = parse(
        "c: dua 3 bidona uji 19 L",
        "m: 3 bidona 19 L, 900 lekë. Ku t'i sjellim?",
        "c: Jemi ne Qerret, vila e verdhe me 2 kate perballe farmacise",
        "m: Emri dhe numri?",
        "c: Mira Leka 069 331 2090",
        catalog=WATER,
    )
    assert order.is_order
    assert order.address == "Qerret, vila e verdhe me 2 kate perballe farmacise"


def test_venue_before_its_street_leaves_the_street() -> None:
    """A sugar wholesaler: "Kafe Ylli, Rruga Dardania pn, …": the street is the address."""
    order = parse(
        "c: na duhen 2 thase sheqer per lokalin",
        "m: 2 thasë sheqer 5 kg, 12€. Adresa?",
        "c: Kafe Ylli, Rruga Dardania pn, afer furres. Agim Berisha 045 118 902",
        catalog=SUGAR,
        country="XK",
    )
    assert order.is_order
    assert order.address == "Rruga Dardania, afer furres"
