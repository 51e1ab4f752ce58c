"""Session 23: customer fields and order detection (invented shops and wording)."""

from __future__ import annotations

from plugins.parser_rules.phones import find_phones
from plugins.parser_rules.tests.conftest import named_catalog, parse

FLORIST = named_catalog(("BQT-21", "Buqete me 21 trendafila"), ("DRG-Q", "Dergese ne qytet"))
BOILERS = named_catalog(("BJL-80", "Bojler 80 litra"), ("MNT-B", "Montim bojleri"))
CATERER = named_catalog(("MEN-A", "Meny A per person"), ("TRT-D", "Torte dasme"))
BAKERY = named_catalog(("BKL-1", "Bakllava tepsi"), ("DRG", "Dergesa"))
PRINTS = named_catalog(("KPT-XL", "Kapuc me print XL"))
CLEANING = named_catalog(("PST-DV", "Pastrim divani"))


def test_a_country_code_typed_without_its_plus_is_read_as_one() -> None:
    """Numbers typed with the country code but no "+" or "00" ("383 44 …", "49 176 …",
    "355 69 …"): the mobile read internationally, not a long landline of the shop's country."""
    assert [h.e164 for h in find_phones("nr i tij 383 45 220 781", "XK")] == ["+38345220781"]
    assert [h.e164 for h in find_phones("Handy 49 151 2345 6789", "XK")] == ["+4915123456789"]
    assert [h.e164 for h in find_phones("cel 355 68 441 2290", "AL")] == ["+355684412290"]
    # a national mobile without its trunk zero is still read at home
    assert [h.e164 for h in find_phones("tel 44 220 118", "XK")] == ["+38344220118"]


def test_the_country_code_without_plus_in_an_order() -> None:
    """A boiler installer: the customer types the Kosovo number with 383 in front."""
    order = parse(
        "c: Pershendetje, dua nje bojler 80 litra me montim",
        "m: Po, bojleri 80 L 150 € + montimi 30 €. Adresa dhe numri?",
        "c: Rr. Luan Haradinaj 12, Prishtine, Bekim Rama 383 49 118 602",
        catalog=BOILERS,
        country="XK",
    )
    assert order.phone == "+38349118602"


def test_a_service_had_before_and_the_money_wanted_back_is_no_order() -> None:
    """A boiler installer: the customer speaks of the boiler the shop fitted and wants the money
    back ("i du paret" names no goods: it speaks of that earlier job). The English case is a
    guard (no order on the start tree either)."""
    sq = parse(
        "c: Pershendetje, bojleri qe ma keni montu muajin e kaluar nuk po ngroh. Du me e kthy",
        "m: Na vjen keq, vjen tekniku nesër.",
        "c: e kom provu 10 her. i du paret",
        "m: Ok, nëse s'rregullohet ju kthejmë paratë.",
        "c: ok",
        catalog=BOILERS,
    )
    assert not sq.is_order
    en = parse(
        "c: Hi, the boiler you replaced last month is leaking again",
        "m: Sorry! Our technician comes tomorrow.",
        "c: I want my money back",
        catalog=BOILERS,
    )
    assert not en.is_order


def test_the_head_count_after_a_venue_is_no_part_of_its_address() -> None:
    """A caterer: the hall, then how many guests, then what they need; and the hall's street
    given later is the address."""
    order = parse(
        "c: Pershendetje, dasma me 20 shtator. Restoranti Ylli, rreth 180 veta. Na duhet "
        "meny A per te gjithe edhe torte dasme",
        "m: Po, meny A 18 € për person, torta 120 €. Emri dhe adresa e restorantit?",
        "c: Dritan Hoxha 069 441 2290, Restoranti Ylli, Rruga Durresit 45",
        catalog=CATERER,
    )
    assert order.address is not None
    assert "veta" not in order.address and "Durresit 45" in order.address


def test_a_new_sentence_asking_for_more_ends_the_address() -> None:
    """A bakery: the street, then a new sentence that asks the shop for something more."""
    order = parse(
        "c: nje tepsi bakllava me dergese",
        "m: 35 €. Adresa?",
        "c: Rruga Myslym Shyri 14. Na duhet ta prisni ne copa te vogla. Elira Gjoni 068 220 4411",
        catalog=BAKERY,
    )
    assert order.address == "Rruga Myslym Shyri 14"


def test_a_landmark_after_a_street_without_number_is_a_hint() -> None:
    """A sofa cleaner: "p.n." (no number) stands for the house number, and the landmark after
    it is for the technician, not the address."""
    order = parse(
        "c: dua pastrim divani",
        "m: 25 €. Adresa?",
        "c: rr. Adem Jashari p.n. afer shkolles se mesme, Gjilan, Arta Berisha 044 551 207",
        catalog=CLEANING,
        country="XK",
    )
    assert order.address is not None
    assert "shkolles" not in order.address and "Adem Jashari" in order.address


def test_the_shops_town_said_before_the_street_is_the_city() -> None:
    """A bakery in Tetovë: the merchant prices the delivery in its town; the customer then gives
    only the street."""
    order = parse(
        "c: nje tepsi bakllava",
        "m: 30 € + dërgesa 100 në Tetovë.",
        "c: ok. adresa ul. Ilindenska 40, vlez 2. Blerina Sela, 070 331 224",
        catalog=BAKERY,
        country="MK",
    )
    assert order.city == "Tetove"


def test_the_name_after_agreeing_before_the_phone() -> None:
    """A print shop, in English and Italian: a word of agreement, the full name, the phone."""
    en = parse(
        "c: one XL hoodie with print",
        "m: 25 €. Name and phone?",
        "c: deal, Nora Bajrami, 069 441 2290",
        catalog=PRINTS,
    )
    assert en.customer_name == "Nora Bajrami"
    it = parse(
        "c: una felpa XL con stampa",
        "m: 25 €. Nome e telefono?",
        "c: va bene Marco Leka 069 441 2291",
        catalog=PRINTS,
    )
    assert it.customer_name == "Marco Leka"


def test_me_emer_te_gives_the_name() -> None:
    """A florist: "me emër të" (in the name of) before the name, as "në emër të"."""
    order = parse(
        "c: nje buqete me 21 trendafila",
        "m: 40 €. Ku ta dërgojmë?",
        "c: Tirane, rr. Kavajes 40/2. Me emer te Flutura Daci, numri 0069 112 3344",
        catalog=FLORIST,
    )
    assert order.customer_name == "Flutura Daci"


def test_a_street_compound_after_the_address_label_mid_sentence() -> None:
    """A babysitting agency in Switzerland: the address label comes after other words, and the
    street is a compound ("…strasse"); the floor stays with it."""
    order = parse(
        "c: Brauche Reinigung vom Sofa am Samstag",
        "m: Po, 90 CHF. Adresa?",
        "c: Ja super 🙏 Adresse Lindenstrasse 14, 8004 Zürich, 2. Stock. Ich bin Fatime Krasniqi",
        catalog=CLEANING,
        country="CH",
    )
    assert order.address is not None and order.address.startswith("Lindenstrasse 14")


def test_the_town_the_shop_delivers_inside_is_the_city() -> None:
    """A bakery, in English and Albanian: the merchant prices delivery inside its town; the
    customer gives the street only."""
    en = parse(
        "c: Hi, one tray of baklava please",
        "m: 30 €. Delivery inside Shkodër 200 lek. Address?",
        "c: Rruga Kolë Idromeno, Pallati 4, Ap 12. Dea Marku, 068 220 7781",
        catalog=BAKERY,
    )
    assert en.city == "Shkoder"
    sq = parse(
        "c: nje tepsi bakllava",
        "m: 30 €, dërgesa brenda Korçës 200 lekë. Adresa?",
        "c: Bulevardi Republika, pallati 7, ap 3. Dea Marku 068 220 7781",
        catalog=BAKERY,
    )
    assert sq.city == "Korce"


def test_then_no_thanks_after_the_shops_answer_orders_nothing() -> None:
    """A caterer, in Albanian and English: the customer learns the condition and turns the
    service down."""
    sq = parse(
        "c: a e beni torten e dasmes pa menyne?",
        "m: Torten e dasmës e bëjmë vetëm me menynë A, 18 € për person.",
        "c: aha, na duhej veç torte dasme. atehere jo, flm",
        "m: Ju faleminderit!",
        catalog=CATERER,
    )
    assert not sq.is_order
    en = parse(
        "c: do you do the wedding cake without the menu?",
        "m: Only together with menu A, 18 € per person.",
        "c: oh, we only needed one wedding cake. then no, thanks",
        catalog=CATERER,
    )
    assert not en.is_order


def test_with_the_name_opening_a_sentence_gives_the_name() -> None:
    """A sofa cleaner: "Me emrin …" opening its own sentence names the customer; after goods
    ("kapuc me emrin …") it is a name printed on them, not the customer's."""
    order = parse(
        "c: dua pastrim divani te shtunen",
        "m: 25 €. Adresa?",
        "c: Rr. Fehmi Agani 12, Prishtine. Me emrin Vjosa Kelmendi. Numri 044 551 207",
        catalog=CLEANING,
        country="XK",
    )
    assert order.customer_name == "Vjosa Kelmendi"
    printed = parse(
        "c: nje kapuc me print XL me emrin Dua Lipa",
        "m: 25 €. Adresa?",
        "c: Rr. Kavajes 40, Tirane, 069 112 3344",
        catalog=PRINTS,
    )
    assert printed.customer_name != "Dua Lipa"
