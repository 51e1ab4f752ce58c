"""Session 10, dev23 part A: general mechanisms, tested on invented shops of other trades
(car accessories, bike workshop, phone repair, ...) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

CAR = Catalog(
    currency="MKD",
    products=(
        CatalogProduct(
            "WIPER", "Wiper blade", ("metlicka", "brisac", "fshirese xhami"), Decimal("400"),
            ("front", "rear"),
        ),
        CatalogProduct("MATS", "Floor mats", ("patosnici", "tapete"), Decimal("900"), ()),
        CatalogProduct("BULB", "Headlight bulb H7", ("sijalica", "llampe"), Decimal("300"), ()),
    ),
)  # fmt: skip

BIKE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("GUARD", "Parafango bici", (), Decimal("12"), ()),
        CatalogProduct("BELL", "Zile biçiklete", ("bell",), Decimal("5"), ()),
    ),
)

PHONE = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("SCREEN", "Ekran iPhone 11", ("ekran", "display"), Decimal("6000"), ()),
        CatalogProduct("BATT", "Bateri iPhone 11", ("bateri", "battery"), Decimal("3500"), ()),
    ),
)


def test_only_with_one_of_two_variants_keeps_that_line() -> None:
    # front and rear wipers first; "samo zadnji" (only the rear) with "the front is ok" after
    order = parse(
        "c: zdravo, treba mi prednji i zadnji brisac i patosnici",
        "m: Brisaci 400 den. svaki, patosnici 900. Znaci: prednji brisac, zadnji brisac, "
        "patosnici = 1700 den.",
        "c: Ipak samo prednji brisac, zadnji je ok. I patosnici",
        "c: Marko Ilievski, ul. Ilindenska 4, Bitola, 070 111 222",
        catalog=CAR,
        country="MK",
    )
    assert items(order) == [("WIPER", 1, "front"), ("MATS", 1, None)]


def test_rear_and_front_in_serbian_and_albanian_name_the_variant() -> None:
    order = parse(
        "c: treba mi zadnja metlicka, 070 111 222, Marko, ul. Ilindenska 4, Bitola",
        catalog=CAR,
        country="MK",
    )
    assert items(order) == [("WIPER", 1, "rear")]
    order = parse(
        "c: dua nje fshirese xhami te mbrapme. Arta Lika, rr. Dibres 5, Tirane, 069 222 3344",
        catalog=CAR,
    )
    assert items(order) == [("WIPER", 1, "rear")]


def test_mudguard_in_turkish_and_german_names_the_catalog_word() -> None:
    order = parse(
        "c: merhaba, iki tane çamurluk lazım, Mehmet Kaya, rr. Dibres 5, Tirane, 069 222 3344",
        catalog=BIKE,
    )
    assert items(order) == [("GUARD", 2, None)]
    order = parse(
        "c: Hallo, ich hätte gern ein Schutzblech. Jonas Berg, Rr. Dibres 5, Tirane, 069 222 3344",
        catalog=BIKE,
    )
    assert items(order) == [("GUARD", 1, None)]


def test_part_the_customer_replaced_last_year_is_not_ordered() -> None:
    order = parse(
        "c: a e keni ekranin per iPhone 11?",
        "m: Po, 6000 lek. Ju duhet edhe bateria?",
        "c: jo, vetem ekranin, baterine e nderrova vjet",
        "c: Ilir Hoxha, rr. Dibres 5, Tirane, 069 222 3344",
        catalog=PHONE,
    )
    assert items(order) == [("SCREEN", 1, None)]
    order = parse(
        "c: do you have the display?",
        "m: Yes, 6000 lek. Battery too?",
        "c: no, only the display, the battery I replaced last year",
        "c: Ilir Hoxha, rr. Dibres 5, Tirane, 069 222 3344",
        catalog=PHONE,
    )
    assert items(order) == [("SCREEN", 1, None)]


def test_turkish_boulevard_after_its_name_is_the_street() -> None:
    order = parse(
        "c: iki tane çamurluk lazım",
        "c: Mehmet Kaya, Tetovo, Ilindenska bulvarı no 14, tel 070 312 999",
        catalog=BIKE,
        country="MK",
    )
    assert order.address == "Ilindenska bulvarı no 14"


WEDDING = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("BOWTIE", "Papion mëndafshi", ("papion", "bow tie", "papillon"),
                       Decimal("1200"), ("me llastik", "me nyjë")),
        CatalogProduct("CUFF", "Mansheta argjendi", ("cufflinks", "gemelli"), Decimal("2500"), ()),
    ),
)  # fmt: skip


def test_knot_and_elastic_in_other_languages_name_the_variant() -> None:
    order = parse(
        "c: vorrei un papillon, quello col nodo vero, non l'elastico. Sara Leka, "
        "Rruga Durresit 12, Tirane, 069 555 1234",
        catalog=WEDDING,
    )
    assert items(order) == [("BOWTIE", 1, "me nyjë")]
    order = parse(
        "c: hi, one bow tie, the elastic one please. Sara Leka, "
        "Rruga Durresit 12, Tirane, 069 555 1234",
        catalog=WEDDING,
    )
    assert items(order) == [("BOWTIE", 1, "me llastik")]


FLOWERS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("BOX", "Kuti me trëndafila", ("flower box",), Decimal("4000"),
                       ("rozë 20", "rozë 30", "e bardhë 20", "e bardhë 30")),
        CatalogProduct("CANDLE", "Qiri aromatik", ("candle",), Decimal("800"),
                       ("vanilje", "lavandë")),
        CatalogProduct("CARD", "Kartolinë", ("card",), Decimal("200"), ()),
    ),
)  # fmt: skip


def test_colour_before_the_name_in_the_merchants_summary_fills_the_open_line() -> None:
    # the colour said before the name and the size after it, in a summary of several lines
    order = parse(
        "c: Hi, a flower box for my sister, pink please, and a card",
        "m: Hi! For 25 roses take the 30 one.",
        "c: Deliver to Ana Meta, Rruga Kavajes 40, Tirane, 069 444 5566",
        "c: and 2 vanilla candles",
        "m: Done: pink box 30, 2 vanilla candles, card = 5800 lek.",
        "c: amazing thanks",
        catalog=FLOWERS,
    )
    assert sorted(items(order)) == [
        ("BOX", 1, "rozë 30"),
        ("CANDLE", 2, "vanilje"),
        ("CARD", 1, None),
    ]


PETS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("FOOD", "Ushqim qeni 3 kg", ("ushqim qeni", "Hundefutter"), Decimal("2500"),
                       ()),
        CatalogProduct("COLLAR", "Qafore lëkure", ("qafore", "collar", "Halsband"), Decimal("900"),
                       ()),
        CatalogProduct("LEASH", "Zinxhir qeni", ("zinxhir", "leash", "Leine"), Decimal("700"), ()),
    ),
)  # fmt: skip


def test_a_product_with_a_bare_no_after_it_is_taken_out() -> None:
    order = parse(
        "c: dua 2 ushqim qeni dhe nje qafore",
        "m: 2 ushqim + qafore = 5900 lek.",
        "c: Drita Hoxha, rr. Dibres 5, Tirane, 069 222 3344",
        "c: ah qaforen jo, e ka ende te vjetren",
        catalog=PETS,
    )
    assert items(order) == [("FOOD", 2, None)]


def test_weg_takes_a_product_out_in_german() -> None:
    order = parse(
        "c: Hallo, zwei Hundefutter und eine Leine bitte",
        "m: Gerne, 5700 Lek.",
        "c: die Leine lieber weg. Drita Hoxha, rr. Dibres 5, Tirane, 069 222 3344",
        catalog=PETS,
    )
    assert items(order) == [("FOOD", 2, None)]


TEA = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("GREEN", "Çaj jeshil", ("green tea", "grüner Tee"), Decimal("6"), ()),
        CatalogProduct("POT", "Çajnik qelqi", ("teapot", "Teekanne", "cajnik"), Decimal("20"), ()),
    ),
)


def test_what_the_customer_brews_with_is_not_ordered() -> None:
    order = parse(
        "c: 3 green tea please, my mum only brews with a teapot anyway. "
        "Rita Cela, Rruga Kavajes 8, Tirane, 069 777 1122",
        catalog=TEA,
    )
    assert items(order) == [("GREEN", 3, None)]
    order = parse(
        "c: dua 3 caj jeshil, ajo gatuan vetem me cajnik. Rita Cela, Rruga Kavajes 8, "
        "Tirane, 069 777 1122",
        catalog=TEA,
    )
    assert items(order) == [("GREEN", 3, None)]


MOTO = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("FILTER", "Filtër vaji", ("oil filter",), Decimal("9"), ()),
        CatalogProduct("OIL", "Engine oil", ("vaj motori",), Decimal("25"), ()),
        CatalogProduct("PLUG", "Spark plug", ("kandele",), Decimal("6"), ()),
    ),
)


def test_a_word_two_products_share_said_after_one_of_them_is_the_other() -> None:
    # "vajin" fits the oil filter ("Filtër vaji") and the oil ("vaj motori") alike; the filter
    # was just named
    order = parse(
        "c: hi, do you have them for a Yamaha?",
        "m: Yes, filter 9€, oil 25€.",
        "c: ma dergoni filtrin edhe vajin. Besnik Gashi, rr. Dibres 5, Tirane, 069 222 3344",
        catalog=MOTO,
    )
    assert sorted(items(order)) == [("FILTER", 1, None), ("OIL", 1, None)]


FLORIST = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("VASE", "Vazo qelqi", ("glass vase", "staklena vaza"), Decimal("15"),
                       ("5 lule", "10 lule")),
        CatalogProduct("ROSE", "Trëndafil i kuq", ("red rose", "ruza"), Decimal("2"), ()),
    ),
)  # fmt: skip


def test_goods_after_for_and_a_number_are_what_a_product_is_sized_for() -> None:
    order = parse(
        "c: hi, a glass vase for 10 roses please. Era Dema, rr. Dibres 5, Tirane, 069 222 3344",
        catalog=FLORIST,
    )
    assert [i.product for i in order.items] == ["VASE"]
    order = parse(
        "c: zdravo, jednu staklenu vazu za deset ruza. Era Dema, Kralja Petra 5, Gračanica, "
        "045 222 334",
        catalog=FLORIST,
        country="XK",
    )
    assert [i.product for i in order.items] == ["VASE"]


def test_a_bare_street_before_a_settlement_is_the_street() -> None:
    order = parse(
        "c: jednu staklenu vazu",
        "c: Era Dema, Kralja Petra 5, Gračanica, 045 222 334",
        catalog=FLORIST,
        country="XK",
    )
    assert order.address == "Kralja Petra 5"


def test_times_a_month_is_no_count() -> None:
    order = parse(
        "c: zdravo, zadnata metlicka mi e skrsena",
        "m: Zdravo! Imame, 400 den.",
        "c: ne sakam poveke da ja menuvam, tri pati vo mesec",
        "c: Marko Ilievski, ul. Ilindenska 4, Bitola, 070 111 222",
        catalog=CAR,
        country="MK",
    )
    assert [(p, q) for p, q, _v in items(order)] == [("WIPER", 1)]
    order = parse(
        "c: a keni fshirese xhami te pasme?",
        "m: Po, 400 den.",
        "c: mire, se e nderroj dy here ne muaj",
        "c: Marko Ilievski, ul. Ilindenska 4, Bitola, 070 111 222",
        catalog=CAR,
        country="MK",
    )
    assert [(p, q) for p, q, _v in items(order)] == [("WIPER", 1)]


BAKERY = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("BYREK", "Byrek me spinaq", ("byrek",), Decimal("300"), ()),
        CatalogProduct("KEK", "Kek me arra", ("kek",), Decimal("300"), ()),
        CatalogProduct("TORTA", "Tortë ditëlindjeje", ("torte",), Decimal("2500"),
                       ("çokollatë", "vanilje")),
    ),
)  # fmt: skip


def test_a_line_priced_on_top_of_the_merchants_sum_stays() -> None:
    # "= 900 lek, plus torta 2500": the sum leaves out the cake whose flavour comes later
    order = parse(
        "c: dua 2 byrek dhe 1 kek, edhe nje torte, shijen jua them neser",
        "m: 2 byrek + kek = 900 lek, plus torta 2500. Shijen na e thoni kur te doni.",
        "c: mire. Mira Kola, rr. Dibres 5, Tirane, 069 222 3344",
        catalog=BAKERY,
    )
    assert sorted(items(order)) == [("BYREK", 2, None), ("KEK", 1, None), ("TORTA", 1, None)]


HARDWARE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("HAMMER", "Çekiç", ("cekic", "hammer"), Decimal("8"), ()),
        CatalogProduct("SCREWS", "Vida druri (100 copë)", ("vida",), Decimal("6"), ()),
    ),
)


def test_a_list_joined_by_plus_then_its_price_is_the_total() -> None:
    # "Çekiç + 2 pako vida, 20€": the merchant's sum says two packs, not 200 screws
    order = parse(
        "c: dua nje cekic dhe 200 vida",
        "m: Vidat jane ne pako me 100 cope. Çekiç + 2 pako vida, 20€, pagesa ne dorezim.",
        "c: Gent Hoxha, rr. Dibres 5, Tirane, 069 222 3344",
        catalog=HARDWARE,
    )
    assert sorted(items(order)) == [("HAMMER", 1, None), ("SCREWS", 2, None)]
    # a unit price after the list is no total
    order = parse(
        "c: dua nje cekic dhe 2 pako vida",
        "m: Çekiç + vida, 6€ pakoja.",
        "c: Gent Hoxha, rr. Dibres 5, Tirane, 069 222 3344",
        catalog=HARDWARE,
    )
    assert sorted(items(order)) == [("HAMMER", 1, None), ("SCREWS", 2, None)]


AQUA = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("PUMP", "Pompë uji", ("Wasserpumpe", "Pumpe"), Decimal("30"),
                       ("për filtër", "për fontanë")),
        CatalogProduct("FOOD", "Ushqim peshqish", ("Fischfutter", "Futter"), Decimal("5"), ()),
        CatalogProduct("NET", "Rrjetë peshqish", ("Kescher",), Decimal("12"), ()),
    ),
)  # fmt: skip


def test_a_product_word_after_fur_is_no_name_but_the_variant() -> None:
    order = parse(
        "c: Hallo, eine Pumpe für Filter",
        "c: Jana Lika, Rr. Dibres 5, Tirane, 069 222 3344",
        catalog=AQUA,
    )
    assert items(order) == [("PUMP", 1, "për filtër")]
    assert order.customer_name == "Jana Lika"


def test_a_fee_after_its_amount_names_no_product_of_that_price() -> None:
    # "12€ Versand" is the shipping, not the net sold at 12€
    order = parse(
        "c: Grüezi!",
        "m: Grüezi! Wir liefern auch in die Schweiz, 12€ Versand.",
        "c: Super.",
        "c: dann zwei Fischfutter. Jana Lika, Bahnhofstrasse 4, 8400 Winterthur",
        catalog=AQUA,
    )
    assert items(order) == [("FOOD", 2, None)]


def test_swiss_no_before_an_article_adds_a_product() -> None:
    order = parse(
        "c: Grüezi, zwei Fischfutter bitte. Jana Lika, Bahnhofstrasse 4, 8400 Winterthur",
        "c: ah und no es Kescher",
        catalog=AQUA,
    )
    assert sorted(items(order)) == [("FOOD", 2, None), ("NET", 1, None)]


MOPED = Catalog(
    currency="MKD",
    products=(
        CatalogProduct("LIGHT", "Rear light", ("zadnje svetlo", "drita e pasme"), Decimal("350"),
                       ()),
        CatalogProduct("TYRE", "Guma mopedi", ("guma",), Decimal("900"), ('12"', '14"')),
    ),
)  # fmt: skip


def test_a_position_word_alone_or_before_another_noun_names_no_product() -> None:
    # "zadnja guma" is the rear tyre, not the rear light whose alias holds "zadnje"
    order = parse(
        "c: zdravo, zadnja guma mi je pukla, treba mi nova 14",
        "c: Marko Ilievski, ul. Ilindenska 4, Bitola, 070 111 222",
        catalog=MOPED,
        country="MK",
    )
    assert items(order) == [("TYRE", 1, '14"')]
    order = parse(
        "c: zdravo, treba mi guma 14. Mi pukna zadnata",
        "c: Marko Ilievski, ul. Ilindenska 4, Bitola, 070 111 222",
        catalog=MOPED,
        country="MK",
    )
    assert items(order) == [("TYRE", 1, '14"')]
    # the light named in full stays the light
    order = parse(
        "c: treba mi zadnje svetlo. Marko Ilievski, ul. Ilindenska 4, Bitola, 070 111 222",
        catalog=MOPED,
        country="MK",
    )
    assert items(order) == [("LIGHT", 1, None)]


def test_the_two_the_merchant_named_for_described_goods_are_ordered() -> None:
    # the customer describes two parts in words the catalog lacks; the merchant names both
    order = parse(
        "c: hi, the round thing that holds the wheel on my moped is broken, and the red lamp "
        "at the back too. do you have both?",
        "m: Hi! That's the hub, 900 den, and the rear light 350 den.",
        "c: ok just the two then",
        "c: Tom Hale, ul. Ilindenska 4, Bitola, 070 111 222",
        catalog=Catalog(
            currency="MKD",
            products=(
                CatalogProduct("HUB", "Hub", ("glavčina",), Decimal("900"), ()),
                CatalogProduct("LIGHT", "Rear light", ("zadno svetlo",), Decimal("350"), ()),
                CatalogProduct("BELL", "Bell", ("zvonce",), Decimal("150"), ()),
            ),
        ),
        country="MK",
    )
    assert sorted(items(order)) == [("HUB", 1, None), ("LIGHT", 1, None)]


def test_yes_to_the_merchants_pickup_question_leaves_no_delivery_city() -> None:
    order = parse(
        "c: jemi ne Itali, vijme ne Durres me 10 korrik. dua 2 ushqim qeni",
        "m: Me kënaqësi! I merrni në dyqan?",
        "c: po ne dyqan. Klea Hoxha, +39 347 220 1189",
        catalog=PETS,
    )
    assert items(order) == [("FOOD", 2, None)]
    assert order.city is None


OFFICE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("PAPER", "Letër A4 (500 fletë)", ("leter A4", "paper"), Decimal("6"), ()),
        CatalogProduct("PENS", "Kuti stilolapsash (10 copë)", ("stilolapsa",), Decimal("5"),
                       ("blu", "të zinj")),
    ),
)  # fmt: skip


def test_a_yes_of_its_own_then_a_new_contact_confirms_the_typed_address() -> None:
    order = parse(
        "c: per zyren na duhen 5 leter A4. Edhe 10 stilolapsa blu",
        "m: Stilolapsat i kemi në kuti me 10 copë, blu 5€. Një kuti mjafton?",
        "c: po nje kuti",
        "c: Dergojeni ne zyre si heren e kaluar",
        "m: Te Alfa Print, Rr. Durresit 12, kati 2, Tiranë?",
        "c: Po. Kontakti kete here Ardit Hoxha 069 555 1234, Mira eshte me pushime",
        catalog=OFFICE,
    )
    assert order.address is not None and "Durresit 12" in order.address
    assert order.city is not None and order.city.startswith("Tiran")
    assert order.customer_name == "Ardit Hoxha"


def test_a_part_with_a_price_is_no_street() -> None:
    order = parse(
        "c: per zyren na duhen 10 stilolapsa te zinj",
        "m: Stilolapsat i kemi në kuti me 10 copë, të zinj 5€. Një kuti mjafton?",
        "c: po nje kuti",
        "c: Ardit Hoxha 069 555 1234",
        catalog=OFFICE,
    )
    assert order.address is None


def test_a_count_before_a_da_clause_counts_the_item_discussed() -> None:
    # "take two for me, so that I have a spare": the purpose clause does not hide the count
    order = parse(
        "c: dali imate guma 14?",
        "m: Imame, 900 den.",
        "c: zemi mi dve, da imam rezerva",
        "c: Marko Ilievski, ul. Ilindenska 4, Bitola, 070 111 222",
        catalog=MOPED,
        country="MK",
    )
    assert items(order) == [("TYRE", 2, '14"')]
