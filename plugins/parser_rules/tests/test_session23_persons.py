"""Session 23 (head counts for products sold per person): invented shops and sentences (none
taken from a corpus). The rule came from holiday packages and bus tickets a travel agency quotes
"për person"; the tests are set in other trades."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARTA = "c: Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202"


def test_adults_and_children_summed_count_a_line_the_shop_prices_per_person() -> None:
    """An agritourism farm: the dinner's catalog name says nothing of people, the shop quotes
    it "1800 lekë për person"; "3 te rritur e 2 femije" is a party of five."""
    shop = catalog_of(
        ("DINNER", "Darkë tradicionale në fermë", "1800", ()),
        ("HONEY", "Kavanoz mjalti", "1200", ()),
    )
    o = parse(
        "c: Pershendetje, a ka vend per darke te shtunen? jemi 3 te rritur e 2 femije",
        "m: Po ka vend. Darka tradicionale 1800 lekë për person, me verë shtëpie.",
        "c: shume mire, rezervojeni",
        ARTA,
        catalog=shop,
    )
    assert items(o) == [("DINNER", 5, None)]


def test_a_party_in_italian_counts_a_tour_quoted_a_persona() -> None:
    """A boat tour in Italian: "30 € a persona", "siamo 2 adulti e 2 bambini" is four."""
    shop = catalog_of(
        ("TOUR", "Giro in barca alle grotte", "30", ()),
        ("PHOTO", "Foto ricordo", "10", ()),
    )
    o = parse(
        "c: Buongiorno, domani c'è posto per il giro in barca? Siamo 2 adulti e 2 bambini",
        "m: Buongiorno! Sì, partenza alle 10, 30 € a persona.",
        "c: perfetto, prenotiamo. Marco Rossi 333 555 0199",
        catalog=shop,
        country="IT",
    )
    assert items(o) == [("TOUR", 4, None)]


def test_we_are_n_counts_a_class_quoted_per_person() -> None:
    """A cooking class in English: "we are 3" with no word for people after the number."""
    shop = catalog_of(
        ("CLASS", "Byrek cooking class", "40", ()),
        ("APRON", "Apron", "15", ()),
    )
    o = parse(
        "c: Hi! Is there a byrek cooking class on Friday? We are 3",
        "m: Hello! Yes, Friday at 17:00, 40€ per person, ingredients included.",
        "c: great, book it please. Emma Clark +44 7700 900123",
        catalog=shop,
        country="GB",
    )
    assert items(o) == [("CLASS", 3, None)]


def test_for_me_and_my_wife_is_two_people() -> None:
    """A spa in Albanian (Gheg "per mu") and the same in English: "për mua dhe gruan" / "for me
    and my wife" counts two of a massage the shop quotes per person."""
    shop = catalog_of(
        ("MASSAGE", "Masazh relaksues 60 min", "3000", ()),
        ("SAUNA", "Hyrje në saunë", "800", ()),
    )
    o = parse(
        "c: pershendetje, a ka termin per masazh relaksues te dielen?",
        "m: Po, e diel në 11:00, 3000 lekë për person.",
        "c: ok, per mu dhe gruan ju lutem",
        ARTA,
        catalog=shop,
    )
    assert items(o) == [("MASSAGE", 2, None)]
    o = parse(
        "c: Hi, is the relaxing massage free on Sunday?",
        "m: Yes, Sunday at 11:00, 3000 lekë per person.",
        "c: ok, for me and my wife please. Emma Clark +44 7700 900123",
        catalog=shop,
    )
    assert items(o) == [("MASSAGE", 2, None)]


def test_the_latest_head_count_stands() -> None:
    """A city walk in German: "wir sind 3 Personen", then a friend joins and "wir sind 4" is the
    customer's latest word, so the walk quoted "pro Person" counts four."""
    shop = catalog_of(
        ("WALK", "Stadtführung Altstadt", "15", ()),
        ("MAP", "Stadtplan", "3", ()),
    )
    o = parse(
        "c: Hallo, ist die Stadtführung Altstadt morgen frei? Wir sind 3 Personen",
        "m: Ja, um 10 Uhr, 15 € pro Person.",
        "c: Ein Freund kommt mit, wir sind 4. Bitte buchen. Jonas Weber, 0176 5550123",
        catalog=shop,
        country="DE",
    )
    assert items(o) == [("WALK", 4, None)]


def test_children_alone_are_no_head_count() -> None:
    """A number of children alone is what a product may be for, not the party: the shop's
    per-person quote of a workshop and "2 femije" leave the count to the customer."""
    shop = catalog_of(
        ("WORKSHOP", "Punëtori qeramike", "1500", ()),
        ("CLAY", "Pako argjile", "700", ()),
    )
    o = parse(
        "c: pershendetje, a ka punetori qeramike te shtunen per 2 femije?",
        "m: Po, e shtunë në 10:00, 1500 lekë për person.",
        "c: mire, vetem per vajzen e madhe atehere",
        ARTA,
        catalog=shop,
    )
    assert items(o) == [("WORKSHOP", 1, None)]


def test_a_product_named_per_person_counts_a_summed_party() -> None:
    """A zoo whose catalog name says "per person" (the rule came from an island tour): "2 adults
    and 3 kids" is a party of five; before, neither number stood before a word for people."""
    shop = catalog_of(
        ("ENTRY", "Zoo day ticket (per person)", "12", ()),
        ("FEED", "Animal feed bag", "2", ()),
    )
    o = parse(
        "c: Hi, can we book the zoo day ticket for Saturday? 2 adults and 3 kids",
        "m: Sure, Saturday is open from 9 to 18.",
        "c: great, book it. Emma Clark +44 7700 900123",
        catalog=shop,
    )
    assert items(o) == [("ENTRY", 5, None)]


def test_a_price_said_per_the_person_without_per() -> None:
    """A wine cellar (the rule came from a horse trek): "1200 lekë personi" quotes the tasting
    per person as "400 lekë copa" quotes per piece; the party's latest head count counts it
    (the shop's own "3 persona" after one drops out)."""
    shop = catalog_of(
        ("TASTE", "Degustim verërash në kantinë", "1200", ()),
        ("BOTTLE", "Shishe vere e kuqe", "1500", ()),
    )
    o = parse(
        "c: pershendetje, a ka vend per degustim verash te shtunen? jemi 4 veta",
        "m: Po, e shtunë në 17:00, 1200 lekë personi.",
        "c: mire, rezervojeni. shoqja ime s'vjen dot, ka pune",
        "m: Në rregull, e kalova në 3 persona.",
        ARTA,
        catalog=shop,
    )
    assert items(o) == [("TASTE", 3, None)]


def test_a_line_the_shop_prices_per_child_counts_the_children() -> None:
    """A party shop in English and a pizzeria in Italian (the rule came from a swimming school's
    registration fee): "Face painting is 5€ per child" / "Il laboratorio pizza 10 € a bambino"
    counts the children the customer gives."""
    shop = catalog_of(
        ("FACE", "Face painting", "5", ()),
        ("BALLOON", "Balloon arch", "60", ()),
    )
    o = parse(
        "c: Hi, is face painting possible on Sunday for the birthday? We will have 8 kids",
        "m: Yes! Face painting is 5€ per child, about 10 minutes each.",
        "c: perfect, book it. Emma Clark +44 7700 900123",
        catalog=shop,
    )
    assert items(o) == [("FACE", 8, None)]
    shop = catalog_of(
        ("PIZZA", "Laboratorio pizza per bambini", "10", ()),
        ("TORTA", "Torta di compleanno", "35", ()),
    )
    o = parse(
        "c: Buongiorno, sabato fate il laboratorio pizza? saranno 6 bambini",
        "m: Sì, sabato alle 16. Il laboratorio pizza 10 € a bambino, con bibita.",
        "c: perfetto, prenotiamo. Marco Rossi 333 555 0199",
        catalog=shop,
        country="IT",
    )
    assert items(o) == [("PIZZA", 6, None)]
