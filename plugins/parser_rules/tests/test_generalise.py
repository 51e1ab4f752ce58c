"""Rules for a shop the parser has never seen: variants in the customer's own words, totals with
their breakdown, diaspora phone numbers and addresses, cancellations of the occasion, open
variants. Every conversation is invented for its rule (not taken from a corpus)."""

from decimal import Decimal

import pytest

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

SWEETS = Catalog(
    products=(
        CatalogProduct(
            "MUF",
            "Mafin",
            ("mafina", "muffin", "cupcake"),
            Decimal("120"),
            ("cokollate", "vanilje", "luleshtrydhe"),
        ),
        CatalogProduct("BRW", "Torte me arra", ("torte arre", "walnut cake"), Decimal("2200"), ()),
        CatalogProduct(
            "PAS",
            "Pasta",
            ("pastat", "pastry", "Gebäck"),
            Decimal("90"),
            ("me krem", "e thjeshte"),
        ),
        CatalogProduct(
            "CND",
            "Qiri aromatik",
            ("qiri", "candle", "candela", "Kerze"),
            Decimal("700"),
            ("vanilje", "limon", "pishe"),
        ),
    )
)
CARE = Catalog(
    products=(
        CatalogProduct(
            "SHG",
            "Xhel dushi",
            ("xhel", "shower gel", "Duschgel", "bagnoschiuma"),
            Decimal("650"),
            ("250 ml", "500 ml"),
        ),
        CatalogProduct(
            "DEO",
            "Deodorant",
            ("deo", "deodorante"),
            Decimal("500"),
            ("per femra", "per meshkuj"),
        ),
        CatalogProduct(
            "CHG",
            "Karikues telefoni",
            ("karikues", "charger", "caricatore", "Ladegerät"),
            Decimal("1200"),
            ("USB-C", "Lightning"),
        ),
        CatalogProduct(
            "BOOK",
            "Liber ngjyrosje",
            ("liber", "coloring book", "Malbuch"),
            Decimal("400"),
            ("kafshe", "princesha"),
        ),
        CatalogProduct(
            "PAD",
            "Mbrojtese gjuri",
            ("mbrojtese", "knee pads", "ginocchiere"),
            Decimal("900"),
            ("nr 1", "nr 2", "nr 3"),
        ),
        CatalogProduct(
            "SEAT", "Mbulese sediljesh", ("mbulese", "seat covers"), Decimal("3000"), ()
        ),
        CatalogProduct("POLO", "Bluze polo", ("polo",), Decimal("1500"), ()),
    )
)
DETAILS = "Mira Kola, Rr. Elbasanit 14, Tirane, 068 444 1212"


# --- 1. variants in the customer's own words ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("Dua nje xhel dushi, te madhin", "500 ml"),
        ("One shower gel please, the big one", "500 ml"),
        ("Un bagnoschiuma, quello piccolo", "250 ml"),
        ("Nje deodorant per burra", "per meshkuj"),
        ("A deodorant for men please", "per meshkuj"),
        ("Un deodorante da donna", "per femra"),
        ("Ein Ladegerät Typ C bitte", "USB-C"),
        ("Nje karikues type-c", "USB-C"),
        ("One charger for iPhone, lightning", "Lightning"),
        ("Ein Malbuch mit Tieren", "kafshe"),
        ("A coloring book with princesses", "princesha"),
    ],
)
def test_variant_in_customer_words(text: str, variant: str) -> None:
    o = parse(f"c: {text}. {DETAILS}", catalog=CARE)
    assert o.is_order
    assert [(i.variant) for i in o.items] == [variant]


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("3 mafina alla fragola", "luleshtrydhe"),
        ("3 cupcakes vanilla", "vanilje"),
        ("3 Muffins mit Erdbeeren", "luleshtrydhe"),
        ("3 mafina me cokollate", "cokollate"),
    ],
)
def test_flavour_in_other_languages(text: str, variant: str) -> None:
    o = parse(f"c: {text}. {DETAILS}", catalog=SWEETS)
    assert items(o) == [("MUF", 3, variant)]


def test_flavour_word_is_not_a_product() -> None:
    # "chocolate" is the flavour of the muffins, not a chocolate cake
    o = parse(f"c: 4 muffins vanilla and a couple chocolate. {DETAILS}", catalog=SWEETS)
    assert sorted(items(o)) == [("MUF", 2, "cokollate"), ("MUF", 4, "vanilje")]


# --- 4. a total followed by its breakdown ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "8 pasta: 5 me krem, 3 te thjeshta",
        "8 pastries: 5 me krem, 3 e thjeshte",
    ],
)
def test_total_then_breakdown(text: str) -> None:
    o = parse(f"c: {text}. {DETAILS}", catalog=SWEETS)
    assert sorted(items(o)) == [("PAS", 3, "e thjeshte"), ("PAS", 5, "me krem")]


def test_total_then_breakdown_in_words() -> None:
    o = parse(f"c: kater qirinj: nje limon, tre pishe. {DETAILS}", catalog=SWEETS)
    assert sorted(items(o)) == [("CND", 1, "limon"), ("CND", 3, "pishe")]


# --- 5. a correction that splits one line into two variants -----------------------------------
def test_correction_splits_into_two_variants() -> None:
    o = parse(
        f"c: 2 xhel dushi 500 ml. {DETAILS}",
        "m: Ne rregull, 1300 leke",
        "c: ma mire nje 500 ml edhe nje 250 ml",
        catalog=CARE,
    )
    assert sorted(items(o)) == [("SHG", 1, "250 ml"), ("SHG", 1, "500 ml")]


# --- 8. a size number next to a count --------------------------------------------------------
def test_size_number_next_to_count() -> None:
    o = parse(f"c: 2 mbrojtese numer 2 dhe nje numer 3. {DETAILS}", catalog=CARE)
    assert sorted(items(o)) == [("PAD", 1, "nr 3"), ("PAD", 2, "nr 2")]


# --- 2./3. diaspora phone numbers -------------------------------------------------------------
def test_delivery_number_beats_own_number_if_needed() -> None:
    o = parse(
        "c: Dua nje xhel dushi 500 ml per motren ne Gjakove, Rr. Ismail Qemali 3. "
        "Numri i motres 049 222 333. Numri im +49 171 2345678 nese ju duhet",
        catalog=CARE,
        country="XK",
    )
    assert o.phone == "+38349222333"


def test_own_number_just_in_case_after_delivery_number() -> None:
    o = parse(
        "c: One shower gel 250 ml for my brother, Besnik Gashi, Rr. Dardania 8, Peje, "
        "his phone 044 555 666. My number is +41 76 123 45 67 just in case",
        catalog=CARE,
        country="XK",
    )
    assert o.phone == "+38344555666"


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Flat 2, 40 Green Lane, London. Drita Hasani 07700 900 318", "+447700900318"),
        ("I live in the UK: 18 Mill Road, Luton, Drita Hasani, 07911 123456", "+447911123456"),
        ("Bahnhofstrasse 9, 8400 Winterthur. Drita Hasani 052 222 33 44", "+41522223344"),
        ("Jam ne Zvicer, Seestrasse 4, Zug. Drita Hasani, tel 041 711 22 33", "+41417112233"),
        ("Wohne in Wien, Favoritenstraße 10. Drita Hasani 0660 1234567", "+436601234567"),
    ],
)
def test_foreign_local_number_read_in_the_named_country(text: str, phone: str) -> None:
    o = parse(f"c: Nje xhel dushi 250 ml. {text}", catalog=CARE, country="XK")
    assert o.phone == phone


def test_home_number_stays_home_beside_a_foreign_word() -> None:
    o = parse(
        "c: I'm in Germany, sending to my mum in Fier: one shower gel 500 ml, "
        "Lagjja 5, Rr. Kastriotet 12, Fier, Vera Dhima 068 190 3344",
        catalog=CARE,
    )
    assert o.phone == "+355681903344"


# --- 10. names and cities ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Emri i saj Hajrije Berisha", "Hajrije Berisha"),
        ("Her name is Lumturije Krasniqi", "Lumturije Krasniqi"),
        ("Trajneri Ilir Morina", "Ilir Morina"),
        ("Per Sevdije, Rr. Nena Tereze 5", "Sevdije"),
    ],
)
def test_names_introduced(text: str, name: str) -> None:
    o = parse(
        f"c: Dua nje xhel dushi 250 ml. {text}, Rr. Nena Tereze 5, Ferizaj, 044 123 456",
        catalog=CARE,
        country="XK",
    )
    assert o.customer_name == name


@pytest.mark.parametrize(
    ("text", "city", "address"),
    [
        ("Dietikon, Bahnhofstrasse 3", "Dietikon", "Bahnhofstrasse 3"),
        ("Bahnhofstrasse 3, 8953 Dietikon", "Dietikon", "Bahnhofstrasse 3"),
        ("Lindenweg 7 ne Wallisellen", "Wallisellen", "Lindenweg 7"),
        ("Lindenweg 7, 9999 Oberfeld", "Oberfeld", "Lindenweg 7"),
    ],
)
def test_swiss_city_around_the_street(text: str, city: str, address: str) -> None:
    o = parse(
        f"c: Dua nje xhel dushi 250 ml. Edona Krasniqi, {text}, 079 555 44 33",
        catalog=CARE,
        country="XK",
    )
    assert (o.city, o.address) == (city, address)


# --- 9. the occasion cancelled ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Na vjen keq, u anulua dasma. S'na duhen ma",
        "Sorry, the party was cancelled, we don't need them anymore",
        "Scusate, la festa è saltata, non ci servono più",
        "Die Feier wurde abgesagt, wir brauchen sie nicht mehr",
    ],
)
def test_occasion_cancelled_cancels_the_order(text: str) -> None:
    o = parse(
        "c: 12 mafina me cokollate per te shtunen",
        "m: Po, 1440 leke. Adresa?",
        f"c: {DETAILS}",
        "m: Faleminderit, i pergatisim",
        f"c: {text}",
        catalog=SWEETS,
    )
    assert not o.is_order


# --- 10. an order whose variant is still open -------------------------------------------------
def test_order_with_flavour_still_open() -> None:
    o = parse(
        "c: Dua 10 mafina per ditelindje, shijen jua them neser",
        f"c: {DETAILS}",
        "m: Ne rregull, presim shijen",
        catalog=SWEETS,
    )
    assert o.is_order
    assert items(o) == [("MUF", 10, None)]
    assert "variant" in o.missing


# --- 6. products named in another language -----------------------------------------------------
PANTRY = Catalog(
    products=(
        CatalogProduct(
            "GBX", "Kuti dhurate", ("kuti dhurate",), Decimal("1500"), ("e vogel", "e madhe")
        ),
        CatalogProduct("TRS", "Turshi e perzier", ("turshi",), Decimal("450"), ()),
        CatalogProduct("DJB", "Djathe i bardhe", ("djathe",), Decimal("800"), ()),
        CatalogProduct("MJL", "Mjalte mali", ("mjalte",), Decimal("1200"), ()),
    )
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vorrei una confezione regalo grande", [("GBX", 1, "e madhe")]),
        ("I'd like a small gift box", [("GBX", 1, "e vogel")]),
        ("Zwei Gläser Turschi gemischt bitte", [("TRS", 2, None)]),
        ("Two jars of mixed pickles please", [("TRS", 2, None)]),
        ("Un chilo di formaggio bianco", [("DJB", 1, None)]),
        ("1 Weißkäse bitte", [("DJB", 1, None)]),
        ("Ein Glas Honig", [("MJL", 1, None)]),
    ],
)
def test_product_in_another_language(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    o = parse(f"c: {text}. {DETAILS}", catalog=PANTRY)
    assert items(o) == expected


def test_merchant_confirmation_names_and_counts_the_product() -> None:
    o = parse(
        "c: Habt ihr noch das Zeug von letzter Woche? Drei davon bitte",
        "m: Po, 3 kavanoza turshi e perzier, 1350 leke",
        f"c: Ja genau. {DETAILS}",
        catalog=PANTRY,
    )
    assert items(o) == [("TRS", 3, None)]


# --- 7. words of a variant or of the context are not products --------------------------------
def test_what_a_product_is_for_is_not_another_product() -> None:
    o = parse(f"c: Dua mbulese sediljesh per nje Polo. {DETAILS}", catalog=CARE)
    assert items(o) == [("SEAT", 1, None)]


def test_what_a_product_is_for_in_a_later_sentence() -> None:
    o = parse(
        "c: I need seat covers. They are for my Polo, 2012",
        f"c: {DETAILS}",
        catalog=CARE,
    )
    assert items(o) == [("SEAT", 1, None)]


# --- more ways to say two variants, and what is not an item -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Due muffin alla vaniglia e due al cioccolato",
        "Zwei Muffins mit Vanille und zwei mit Schokolade",
    ],
)
def test_two_counted_variants_in_one_segment(text: str) -> None:
    o = parse(f"c: {text}. {DETAILS}", catalog=SWEETS)
    assert sorted(items(o)) == [("MUF", 2, "cokollate"), ("MUF", 2, "vanilje")]


def test_one_and_the_other_with_bare_amounts() -> None:
    o = parse(
        f"c: 2 xhel dushi 500 ml. {DETAILS}",
        "m: Ok",
        "c: Jo, njena 500 e tjetra 250",
        catalog=CARE,
    )
    assert sorted(items(o)) == [("SHG", 1, "250 ml"), ("SHG", 1, "500 ml")]


@pytest.mark.parametrize(
    "text",
    ["Eshte dhurate per motren", "It's a gift for my sister", "Ist ein Geschenk"],
)
def test_saying_it_is_a_gift_adds_no_gift_box(text: str) -> None:
    o = parse(f"c: Nje mjalte mali. {text}. {DETAILS}", catalog=PANTRY)
    assert items(o) == [("MJL", 1, None)]


def test_landmark_said_later_does_not_replace_the_street() -> None:
    o = parse(
        "c: Nje xhel dushi 250 ml. Rr. Taulantia 8, Durres. Mira Kola 068 444 1212",
        "c: Eshte afer Hotel Adriatik",
        catalog=CARE,
    )
    assert o.address == "Rr. Taulantia 8"


def test_english_street_after_its_number() -> None:
    o = parse(
        "c: Two shower gels 500 ml, to 14 Station Road, Leeds. Mira Kola 07700 900 777",
        catalog=CARE,
        country="XK",
    )
    assert (o.address, o.city, o.phone) == ("14 Station Road", "Leeds", "+447700900777")


def test_own_number_if_there_is_a_problem() -> None:
    o = parse(
        "c: Nje xhel dushi 250 ml per vellain ne Peje, Rr. Mbreti Bardhyl 3, Dardan Lika "
        "044 777 888. Numri im 0041 79 444 55 66 nese ka problem",
        catalog=CARE,
        country="XK",
    )
    assert o.phone == "+38344777888"


def test_unknown_single_name_after_per_when_nothing_better() -> None:
    o = parse(
        "c: Nje xhel dushi 250 ml per Drilona, Rr. Iliria 4, Vushtrri, 044 321 654",
        catalog=CARE,
        country="XK",
    )
    assert o.customer_name == "Drilona"


def test_word_after_per_that_continues_is_not_a_name() -> None:
    o = parse(
        "c: Nje karikues per Samsung A15, Rr. Iliria 4, Vushtrri, 044 321 654",
        catalog=CARE,
        country="XK",
    )
    assert o.customer_name is None


def test_unknown_town_after_ne_in() -> None:
    o = parse(
        "c: Nje xhel dushi 250 ml. Edona Krasniqi, Lindenweg 7 in Oberfeld, 079 555 44 33",
        catalog=CARE,
        country="XK",
    )
    assert (o.address, o.city) == ("Lindenweg 7", "Oberfeld")


@pytest.mark.parametrize(
    "text",
    [
        "Dasma u anulua, nuk na nevojiten me",
        "We won't need them, the party is off, no need anymore",
    ],
)
def test_more_ways_to_say_not_needed(text: str) -> None:
    o = parse(f"c: 6 mafina me vanilje. {DETAILS}", "m: Ne rregull", f"c: {text}", catalog=SWEETS)
    assert not o.is_order


KIDS = Catalog(
    products=(
        CatalogProduct(
            "SWM",
            "Kostum banje femije",
            ("kostum banje", "swimsuit", "costume da bagno"),
            Decimal("1800"),
            ("Djem", "Vajza"),
        ),
    )
)


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("Nje kostum banje per vajza", "Vajza"),
        ("A swimsuit for girls", "Vajza"),
        ("Un costume da bagno per bambino", "Djem"),
        ("Ein Badeanzug, kostum banje für Jungen", "Djem"),
    ],
)
def test_boys_and_girls_in_every_language(text: str, variant: str) -> None:
    o = parse(f"c: {text}. {DETAILS}", catalog=KIDS)
    assert items(o) == [("SWM", 1, variant)]


def test_spicy_and_mild_in_every_language() -> None:
    cat = Catalog(
        products=(CatalogProduct("AJV", "Ajvar", ("ajvar",), Decimal("500"), ("i bute", "pikant")),)
    )
    for text, variant in (
        ("Nje ajvar djeges", "pikant"),
        ("One jar of ajvar, hot", "pikant"),
        ("Un ajvar piccante", "pikant"),
        ("Ein Ajvar, mild bitte", "i bute"),
    ):
        o = parse(f"c: {text}. {DETAILS}", catalog=cat)
        assert items(o) == [("AJV", 1, variant)], text


def test_name_after_a_measure_and_a_full_stop() -> None:
    o = parse(
        "c: Nje mjalte 500g. Mira Kola, Rr. Elbasanit 14, Tirane, 068 444 1212", catalog=PANTRY
    )
    assert o.customer_name == "Mira Kola"


@pytest.mark.parametrize(
    "text",
    [
        "numri i motres 049 555 123. Numri im +41 78 999 88 77",
        "her phone 049 555 123, my number +41 78 999 88 77",
    ],
)
def test_recipient_number_beats_own_number(text: str) -> None:
    o = parse(
        "c: Nje xhel dushi 250 ml per motren ne Prizren, Rr. Remzi Ademaj 4, "
        f"Shqipe Berisha, {text}",
        catalog=CARE,
        country="XK",
    )
    assert o.phone == "+38349555123"


@pytest.mark.parametrize(
    "text",
    [
        "Make it one 500ml shower gel and one 250ml",
        "Xhel dushi: ma mire nje 500 ml dhe nje 250 ml",
    ],
)
def test_correction_naming_the_product_splits_it(text: str) -> None:
    o = parse(f"c: 2 xhel dushi 500 ml. {DETAILS}", "m: Ok", f"c: {text}", catalog=CARE)
    assert sorted(items(o)) == [("SHG", 1, "250 ml"), ("SHG", 1, "500 ml")]


def test_total_then_of_which() -> None:
    o = parse(f"c: 10 muffins, of which 6 chocolate and 4 vanilla. {DETAILS}", catalog=SWEETS)
    assert sorted(items(o)) == [("MUF", 4, "vanilje"), ("MUF", 6, "cokollate")]


@pytest.mark.parametrize(
    "text",
    [
        "Per shijen po e mendoj edhe ju shkruaj neser",
        "Still thinking about the flavour, I'll let you know tomorrow",
        "Il gusto ci penso e vi scrivo domani",
        "Den Geschmack muss ich mir noch überlegen",
    ],
)
def test_hesitating_about_the_variant_keeps_the_order(text: str) -> None:
    o = parse(
        "c: 12 mafina per te shtunen",
        f"c: {DETAILS}",
        "m: Cilen shije?",
        f"c: {text}",
        catalog=SWEETS,
    )
    assert o.is_order
    assert items(o) == [("MUF", 12, None)]


def test_hesitating_about_the_variant_before_any_detail_is_no_order() -> None:
    o = parse(
        "c: Sa kushton nje mafin? Cilat shije i keni?",
        "m: 120 leke. Cokollate, vanilje, luleshtrydhe",
        "c: Ok, po e mendoj per shijen, ju shkruaj",
        catalog=SWEETS,
    )
    assert not o.is_order


def test_product_named_in_a_german_question_with_a_compound() -> None:
    o = parse(
        "c: Kann ich die Geschenkbox auch in groß bestellen?",
        "m: Po, kuti dhurate e madhe 1500 leke",
        f"c: Super, dann eine bitte. {DETAILS}",
        catalog=PANTRY,
    )
    assert items(o) == [("GBX", 1, "e madhe")]


def test_aside_in_brackets_describes_the_product_before_it() -> None:
    o = parse(f"c: Ein Honig (die große Geschenkbox nicht) bitte. {DETAILS}", catalog=PANTRY)
    assert items(o) == [("MJL", 1, None)]


def test_backpack_in_other_words() -> None:
    cat = Catalog(
        products=(
            CatalogProduct(
                "BAG", "Canta shpine", ("canta", "Tasche"), Decimal("2000"), ("e zeze", "blu")
            ),
        )
    )
    for text in ("Einen Kinderrucksack in Blau", "Uno zaino blu", "A blue backpack"):
        o = parse(f"c: {text}. {DETAILS}", catalog=cat)
        assert items(o) == [("BAG", 1, "blu")], text


def test_one_word_answer_repeating_an_option_is_not_a_product() -> None:
    cat = Catalog(
        products=(
            CatalogProduct("CND", "Qiri", ("qiri", "candle"), Decimal("700"), ("vanilje", "mix")),
            CatalogProduct("MIX", "Pako mix", ("mix", "pako mix"), Decimal("900"), ()),
        )
    )
    o = parse(
        "c: Nje qiri ju lutem",
        "m: Vanilje apo mix?",
        "c: Mix.",
        f"c: {DETAILS}",
        catalog=cat,
    )
    assert items(o) == [("CND", 1, "mix")]


def test_shop_currency_of_one_country_is_a_phone_hint() -> None:
    from core.plugin_api import ParseContext
    from plugins.parser_rules.extract import extract
    from plugins.parser_rules.tests.conftest import conv

    msgs = conv("c: Nje mjalte mali. Mira Kola, Langstrasse 12, 044 760 11 22")
    ctx = ParseContext(channel="whatsapp", country="AL", currency="CHF")
    assert extract(msgs, PANTRY, ctx).phone == "+41447601122"


@pytest.mark.parametrize(
    ("text", "address", "city"),
    [
        ("Seestrasse 5 8810 Horgen", "Seestrasse 5", "Horgen"),
        ("Seestrasse 5, CH-8810 Horgen", "Seestrasse 5", "Horgen"),
        ("Seestrasse 5 CH-8810 Horgen", "Seestrasse 5", "Horgen"),
        ("Königstr. 40, 70173 Stuttgart", "Königstr. 40", "Stuttgart"),
    ],
)
def test_postcodes_are_neither_street_nor_city(text: str, address: str, city: str) -> None:
    o = parse(f"c: Nje xhel dushi 250 ml. Edona Krasniqi, {text}, 079 555 44 33", catalog=CARE)
    assert (o.address, o.city) == (address, city)


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("Po du 2 xhel dushi, te mdhat", "500 ml"),
        ("Zwei Duschgel, die größeren bitte", "500 ml"),
        ("Due bagnoschiuma, i più piccoli", "250 ml"),
    ],
)
def test_big_and_small_in_gheg_and_comparatives(text: str, variant: str) -> None:
    o = parse(f"c: {text}", f"c: {DETAILS}", catalog=CARE)
    assert items(o) == [("SHG", 2, variant)]
