"""Session 5 (helper s5-accept): the customer accepts what the merchant proposes. Invented
shops and sentences only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Arta Leka, Rr. Myslym Shyri 12, Tirane, 069 555 1234"

BAKERY = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("CAKE-CHOC", "Tortë çokollate", (), Decimal("2500"), ("8 veta", "12 veta")),
        CatalogProduct("CAKE-FRUIT", "Tortë me fruta", (), Decimal("2800"), ("8 veta", "12 veta")),
        CatalogProduct("CANDLES", "Qirinj ditëlindjeje", (), Decimal("200"), ()),
        CatalogProduct("BOX", "Kuti dhuratë për tortë", (), Decimal("300"), ()),
    ),
)

FURNITURE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "DESK-OAK", "Tavolinë pune Oslo", ("desk oslo",), Decimal("180"), ("120 cm", "140 cm")
        ),
        CatalogProduct(
            "CHAIR-ERGO", "Karrige zyre Ergo", ("office chair",), Decimal("120"), ("e zezë", "gri")
        ),
        CatalogProduct("LAMP-DESK", "Llambë tavoline Nova", (), Decimal("35"), ()),
        CatalogProduct(
            "TV-32", "Ekran Vision 32", ("tv vision",), Decimal("300"), ("FHD 60Hz", "QHD 165Hz")
        ),
        CatalogProduct("MAT-GAME", "Tapet karrigeje gaming", ("gaming mat",), Decimal("25"), ()),
    ),
)


def test_a_generic_word_the_merchant_names_as_one_product_is_ordered() -> None:
    # "a cake" fits two cakes; the merchant recommends one and the customer takes it
    o = parse(
        "c: Kerkoj nje torte per djalin, ben 10 vjec te shtunen",
        "m: Për fëmijë ju rekomandojmë tortën me çokollatë 12 veta, 2500 lekë.",
        "c: po ate, ok",
        "c: edhe qirinj",
        "m: Qirinj ditëlindjeje 200 lekë.",
        ADDR,
        catalog=BAKERY,
    )
    # the cake read first fitted both cakes; the one the merchant names is no longer generic
    assert items(o) == [("CAKE-CHOC", 1, "12 veta"), ("CANDLES", 1, None)]


def test_what_a_proposal_is_for_is_not_proposed() -> None:
    # "for gaming" says what the desk is for; "gaming mat" is not proposed
    o = parse(
        "c: I need a desk, something wide, I work from home",
        "m: Desk Oslo 140 cm, 180 EUR, we recommend it for gaming too",
        "c: ok that one",
        ADDR,
        catalog=FURNITURE,
    )
    assert items(o) == [("DESK-OAK", 1, "140 cm")]


def test_of_two_options_the_recommended_one_is_taken() -> None:
    # "per gaming" says what the screen is for (not the gaming mat); of the two refresh rates
    # named in full, the one after "ju rekomandoj" is taken
    o = parse(
        "c: dua dicka per dhomen e djalit, per lojera",
        "m: Vision 32 QHD 165Hz 300 EUR, e kemi edhe FHD 60Hz por per gaming ju rekomandoj QHD 165",
        "c: ok ate",
        ADDR,
        catalog=FURNITURE,
    )
    assert items(o) == [("TV-32", 1, "QHD 165Hz")]


GARAGE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "WIPER", "Fshirëse xhami Bosch", ("wiper blades",), Decimal("18"), ("45 cm", "55 cm")
        ),
        CatalogProduct(
            "OIL-5W30", "Vaj motori 5W-30", ("motor oil",), Decimal("30"), ("1 L", "4 L")
        ),
        CatalogProduct("BULB-H7", "Llambë H7", ("h7",), Decimal("8"), ()),
    ),
)


def test_an_item_asked_about_and_confirmed_by_the_merchant_is_taken_by_a_yes() -> None:
    o = parse(
        "c: Habt ihr Wischerblätter von Bosch in 55 cm?",
        "m: Ja, Bosch 55 cm, 18 Euro.",
        "c: Super. Und 4 L Motoröl 5W-30 bitte",
        ADDR,
        catalog=GARAGE,
    )
    assert ("WIPER", 1, "55 cm") in items(o)
    assert ("OIL-5W30", 1, "4 L") in items(o)


def test_an_item_asked_about_and_confirmed_is_taken_by_the_details() -> None:
    # the customer asks whether the shop also has it; the merchant confirms naming it and the
    # customer goes on with the address
    o = parse(
        "c: dua vaj motori 4 litra. A keni edhe llamba H7?",
        "m: Po, Llambë H7 8 euro.",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("OIL-5W30", 1, "4 L"), ("BULB-H7", 1, None)]
    o = parse(
        "c: I'd like the 4 L motor oil. Do you also have wiper blades 55 cm?",
        "m: Yes, Bosch 55 cm, 18 euro.",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("OIL-5W30", 1, "4 L"), ("WIPER", 1, "55 cm")]


def test_an_item_declined_or_only_asked_about_is_not_taken() -> None:
    # the merchant declines: the "ok" orders nothing of it
    o = parse(
        "c: a keni fshirese Bosch 55 cm?",
        "m: Fshirëse 55 cm nuk kemi momentalisht, vetëm 45 cm.",
        "c: ok. Atehere vaj motori 4 L",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("OIL-5W30", 1, "4 L")]
    # the merchant only asks back: nothing is confirmed
    o = parse(
        "c: Do you have wiper blades?",
        "m: Which length, 45 or 55 cm?",
        "c: ok. I'll take the 4 L motor oil",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("OIL-5W30", 1, "4 L")]
    # the merchant asks back and the customer gives the address: the open question orders nothing
    o = parse(
        "c: dua vaj motori 4 litra. A keni edhe fshirese xhami?",
        "m: Po, cilat, 45 apo 55 cm?",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("OIL-5W30", 1, "4 L")]


TEA = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "TEA-GREEN", "Çaj jeshil Sencha", ("green tea",), Decimal("6"), ("100 g", "250 g")
        ),
        CatalogProduct(
            "TEA-MINT", "Çaj mente marokene", ("mint tea",), Decimal("5"), ("100 g", "250 g")
        ),
        CatalogProduct("POT-GLASS", "Çajnik qelqi", ("teapot",), Decimal("20"), ("0.6 L", "1 L")),
        CatalogProduct(
            "POT-IRON",
            "Çajnik gize japonez",
            ("cast iron teapot",),
            Decimal("45"),
            ("0.6 L", "1 L"),
        ),
    ),
)


def test_the_merchant_names_another_product_of_the_kind_read() -> None:
    # "a teapot ... the heavy black kind" was read as the glass one; the merchant's statement
    # names the cast-iron one, which the customer's words also describe
    o = parse(
        "c: I'd like 250 g of green tea",
        "c: and a teapot of 1 L, the heavy black Japanese kind",
        "m: Çajnik gize japonez 1 L, 45 EUR.",
        ADDR,
        catalog=TEA,
    )
    assert items(o) == [("TEA-GREEN", 1, "250 g"), ("POT-IRON", 1, "1 L")]
    # the same in the merchant's closing sum, as a part after "+"
    o = parse(
        "c: Vorrei il tè verde Sencha da 250 g e una teiera nera giapponese da 1 L",
        "c: Anna Rossi, Via Roma 3, Tirane, 069 555 1234",
        "m: Noted 👍 Sencha 250 g + Çajnik gize japonez 1 L, dorëzim nesër",
        catalog=TEA,
    )
    assert ("POT-IRON", 1, "1 L") in items(o)


def test_the_merchant_naming_a_product_in_fewer_words_switches_nothing() -> None:
    # "Çaj 250 g" fits the mint tea ordered as well as the green one
    o = parse(
        "c: dua caj mente marokene 250 g",
        "m: Çaj jeshil Sencha nuk e kemi; çaj 250 g 5 euro.",
        ADDR,
        catalog=TEA,
    )
    assert items(o) == [("TEA-MINT", 1, "250 g")]
    # an alternative offered as a question, or declined, is not the line
    o = parse(
        "c: dua nje cajnik qelqi 1 L",
        "m: Çajnik qelqi 1 L 20 euro, apo çajnik gize japonez?",
        ADDR,
        catalog=TEA,
    )
    assert items(o) == [("POT-GLASS", 1, "1 L")]


AUDIO = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SPK", "Altoparlant Boom", ("speaker boom",), Decimal("60"), ()),
        CatalogProduct("HP", "Sonic Wireless Headphones", (), Decimal("45"), ("White", "Black")),
        CatalogProduct("CASE", "Sonic Charging Case", (), Decimal("15"), ()),
    ),
)


def test_a_merchant_name_fitting_two_products_is_the_one_sold_in_the_variant_said() -> None:
    # "Sonic" names the headphones and their charging case; only the headphones come in white
    o = parse(
        "c: dua altoparlantin Boom",
        "c: edhe dicka per te degjuar muzike ne autobus, te bardha",
        "m: Ok: Boom 60 + Sonic White 45 = 105 euro.",
        ADDR,
        catalog=AUDIO,
    )
    assert items(o) == [("SPK", 1, None), ("HP", 1, "White")]


FARM = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("SEED", "Farë domate", ("tomato seeds",), Decimal("200"), ("10 g", "50 g")),
        CatalogProduct("SOIL", "Dhé torfe", ("potting soil",), Decimal("900"), ("20 L", "50 L")),
        CatalogProduct(
            "POT", "Vazo plastike", ("plastic pot",), Decimal("150"), ("12 cm", "18 cm")
        ),
        CatalogProduct("CAN", "Ujitëse", ("watering can",), Decimal("700"), ("5 L", "10 L")),
    ),
)


def test_the_merchants_restated_order_taken_by_a_yes_or_the_details() -> None:
    # the customer asks what a beginner needs; the merchant restates a list with counts
    o = parse(
        "c: vazot i kam, dua te mbjell domate ne ballkon, cfare me duhet?",
        "m: Farë domate 10 g, dhe për 6 vazo rreth 50 L dhé.",
        "c: ok, edhe nje ujitese te vogel",
        "m: Pra: 1 farë domate 10 g, 1 dhé torfe 50 L, 1 ujitëse 5 L = 1800 lekë.",
        "c: po ashtu",
        ADDR,
        catalog=FARM,
    )
    assert sorted(items(o)) == [("CAN", 1, "5 L"), ("SEED", 1, "10 g"), ("SOIL", 1, "50 L")]
    # the same taken by the delivery details; the count in the restatement is the count
    o = parse(
        "c: I need tomato seeds and some soil for my balcony",
        "m: So: tomato seeds 50 g x1, potting soil 20 L x2 = 2000 ALL.",
        ADDR,
        catalog=FARM,
    )
    assert sorted(items(o)) == [("SEED", 1, "50 g"), ("SOIL", 2, "20 L")]


def test_a_restatement_corrected_or_asked_is_not_taken() -> None:
    # the customer corrects the merchant's sum: the customer's count stays
    o = parse(
        "c: dua 3 vazo 18 cm dhe fare domate 10 g",
        "m: Pra 2 vazo 18 cm + 1 farë domate 10 g.",
        "c: jo, 3 vazo",
        ADDR,
        catalog=FARM,
    )
    assert sorted(items(o)) == [("POT", 3, "18 cm"), ("SEED", 1, "10 g")]
    # a merchant's question proposing more is not a restatement
    o = parse(
        "c: dua fare domate 10 g",
        "m: 1 farë domate 10 g, edhe 2 vazo plastike 12 cm?",
        "c: ok",
        ADDR,
        catalog=FARM,
    )
    assert items(o) == [("SEED", 1, "10 g")]


PRINT = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "INV-CLS", "Ftesa dasme klasike", ("ftesa",), Decimal("1"), ("50 copë", "100 copë")
        ),
        CatalogProduct(
            "INV-GOLD", "Ftesa dasme me shkronja ari", (), Decimal("2"), ("50 copë", "100 copë")
        ),
        CatalogProduct("MENU", "Menu tavoline", (), Decimal("1"), ()),
    ),
)


def test_the_customer_picks_one_of_the_merchants_options_by_its_words() -> None:
    # "ftesa" (the classic ones' own word) asked the question the two options answer
    o = parse(
        "c: dua ftesa per dasem, 100 cope sa kushtojne?",
        "m: Ftesa klasike 100 copë 100 euro. Ftesa me shkronja ari 100 copë 200 euro.",
        "c: ato me shkronja ari, duken me bukur",
        ADDR,
        catalog=PRINT,
    )
    assert items(o) == [("INV-GOLD", 1, "100 copë")]


def test_options_both_ordered_or_of_other_kinds_stay() -> None:
    # the customer named both kinds in their own words: both stay
    o = parse(
        "c: dua 50 ftesa klasike dhe 50 ftesa me shkronja ari",
        "m: Ftesa klasike 50 copë 50 euro. Ftesa me shkronja ari 50 copë 100 euro.",
        "c: ok, ato me shkronja ari i dua me emrat tane",
        ADDR,
        catalog=PRINT,
    )
    assert sorted(items(o)) == [("INV-CLS", 1, "50 copë"), ("INV-GOLD", 1, "50 copë")]
    # the merchant confirms two products of different kinds: naming one keeps the other
    o = parse(
        "c: dua ftesa 100 cope dhe menu tavoline",
        "m: Ftesa klasike 100 copë 100 euro, menu tavoline 1 euro copa.",
        "c: menu tavoline 10 cope",
        ADDR,
        catalog=PRINT,
    )
    assert sorted(items(o)) == [("INV-CLS", 1, "100 copë"), ("MENU", 10, None)]


BIKES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BIKE-CITY", "Biçikletë Urbana", (), Decimal("300"), ("M", "L")),
        CatalogProduct("BIKE-MTB", "Biçikletë Rocky", (), Decimal("420"), ("M", "L")),
        CatalogProduct("LOCK", "Dry Lock", ("lock",), Decimal("25"), ()),
    ),
)


def test_the_customer_chooses_an_offer_by_the_merchants_own_words_for_it() -> None:
    o = parse(
        "c: dua dicka per te shkuar ne pune, me shporte per cantat",
        "m: Kemi Urbana me shportë 300 euro, ose Rocky me amortizator 420 euro.",
        "c: a eshte e rende?",
        "m: Jo shume, 14 kg.",
        "c: ok ma mire ajo me shporte atehere, dy cope",
        ADDR,
        catalog=BIKES,
    )
    assert items(o) == [("BIKE-CITY", 2, None)]


def test_words_the_merchant_said_of_both_offers_or_declined_choose_nothing() -> None:
    # "ajo" after two offers of one kind says nothing of which
    o = parse(
        "c: dua dicka per te shkuar ne pune",
        "m: Urbana me dritë 300 euro, Rocky me dritë 420 euro.",
        "c: ok ajo me drite",
        catalog=BIKES,
    )
    assert items(o) == []
    o = parse(
        "c: dua dicka per te shkuar ne pune",
        "m: Urbana 300 euro, ose Rocky me amortizator 420 euro.",
        "c: jo, ajo me amortizator eshte e shtrenjte",
        catalog=BIKES,
    )
    assert items(o) == []
    # "a bike" read as one of them, then "ok ajo" after two offers of one kind: no second bike
    o = parse(
        "c: dua nje bicikelte",
        "m: Urbana 300 euro, Rocky 420 euro.",
        "c: ok ajo",
        ADDR,
        catalog=BIKES,
    )
    assert len(items(o)) == 1


LIGHTS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "BULB", "Poç LED", (), Decimal("3"), ("E14 5W 2700K", "E27 9W 2700K", "E27 9W 6500K")
        ),
        CatalogProduct("SPOT", "Spot tavani", (), Decimal("6"), ("2700K", "4000K")),
        CatalogProduct("STRIP", "Shirit drite", (), Decimal("9"), ("2 m", "5 m")),
    ),
)


def test_a_variant_said_in_full_names_the_one_product_sold_in_it() -> None:
    o = parse(
        "c: kam nevoje per dicka per abazhurin e dhomes, te ngrohte",
        "m: E14 5W 2700K, 3 euro copa.",
        "c: ok ate, 4 cope",
        ADDR,
        catalog=LIGHTS,
    )
    assert items(o) == [("BULB", 4, "E14 5W 2700K")]


def test_a_variant_said_in_part_or_inside_a_longer_one_names_nothing_else() -> None:
    # "2700K" is the spot's variant only inside the bulb's "E27 9W 2700K": the bulb
    o = parse(
        "c: what do I need for the living room ceiling lamp?",
        "m: E27 9W 2700K, 3 euro each.",
        "c: yes that one",
        ADDR,
        catalog=LIGHTS,
    )
    assert items(o) == [("BULB", 1, "E27 9W 2700K")]
    # "9W" alone is a part of a variant, not a product
    o = parse(
        "c: what do I need for the living room ceiling lamp?",
        "m: Something of 9W is enough.",
        "c: ok that one",
        catalog=LIGHTS,
    )
    assert items(o) == []


def test_a_yes_to_a_recommendation_takes_the_product_recommended() -> None:
    o = parse(
        "c: dua spot tavani 4000K",
        "c: cfare shkon per abazhurin e dhomes?",
        "m: Për lexim ju sugjeroj E14 5W 2700K.",
        "c: po, mire",
        ADDR,
        catalog=LIGHTS,
    )
    assert items(o) == [("SPOT", 1, "4000K"), ("BULB", 1, "E14 5W 2700K")]
    o = parse(
        "c: I'd like the ceiling spot 4000K",
        "c: and what goes in the bedside lamp?",
        "m: I'd recommend E14 5W 2700K for reading.",
        "c: ok great",
        ADDR,
        catalog=LIGHTS,
    )
    assert items(o) == [("SPOT", 1, "4000K"), ("BULB", 1, "E14 5W 2700K")]


def test_a_recommendation_declined_hesitated_or_asked_is_not_taken() -> None:
    for answer in ("c: jo, faleminderit", "c: ok, do e mendoj", "c: ok, sa kushton?"):
        o = parse(
            "c: dua spot tavani 4000K",
            "c: cfare shkon per abazhurin e dhomes?",
            "m: Për lexim ju sugjeroj E14 5W 2700K.",
            answer,
            ADDR,
            catalog=LIGHTS,
        )
        assert items(o) == [("SPOT", 1, "4000K")], answer


def test_a_yes_opening_a_longer_sentence_takes_the_item_confirmed() -> None:
    o = parse(
        "c: Avete i tergicristalli Bosch da 55 cm?",
        "m: Sì, Bosch 55 cm, 18 euro.",
        "c: sì, e poi l'olio motore 4 L per favore",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("WIPER", 1, "55 cm"), ("OIL-5W30", 1, "4 L")]
    # a no opening it takes nothing
    o = parse(
        "c: Avete i tergicristalli Bosch da 55 cm?",
        "m: Sì, Bosch 55 cm, 18 euro.",
        "c: no, troppo cari, solo l'olio motore 4 L",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("OIL-5W30", 1, "4 L")]


PANTRY = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("HAMPER", "Shportë dhuratë", ("gift hamper",), Decimal("40"), ()),
        CatalogProduct(
            "HONEY", "Mjaltë mali", ("honey",), Decimal("8"), ("250 g", "500 g", "1 kg")
        ),
        CatalogProduct("JAM", "Reçel fiku", ("fig jam",), Decimal("5"), ("250 g", "500 g")),
    ),
)


def test_a_size_answered_after_the_merchant_named_another_product_orders_it() -> None:
    o = parse(
        "c: Vorrei una shportë dhuratë e qualcosa di dolce per la colazione",
        "m: Shportë dhuratë 40 euro. Mjaltë mali kemi 250 g, 500 g dhe 1 kg.",
        "c: allora due vasetti da mezzo chilo",
        ADDR,
        catalog=PANTRY,
    )
    assert items(o) == [("HAMPER", 1, None), ("HONEY", 2, "500 g")]


def test_a_size_of_a_line_in_the_order_or_of_two_products_named_adds_nothing() -> None:
    # the size is the honey's, already in the order: no second product
    o = parse(
        "c: dua mjalte mali",
        "m: Mjaltë mali 250 g, 500 g, 1 kg; kemi edhe reçel fiku.",
        "c: 500 g",
        ADDR,
        catalog=PANTRY,
    )
    assert items(o) == [("HONEY", 1, "500 g")]
    # both products the merchant named come in 250 g: which one is not said
    o = parse(
        "c: dua nje shporte dhurate",
        "m: Shportë dhuratë 40 euro. Mjaltë mali dhe reçel fiku kemi në 250 g.",
        "c: edhe dy 250 g",
        ADDR,
        catalog=PANTRY,
    )
    assert items(o) == [("HAMPER", 1, None)]


def test_a_proposal_taken_one_for_each_counts_the_pieces_of_the_order() -> None:
    o = parse(
        "c: dua 3 spote tavani 4000K",
        "c: cfare shkon per abazhuret e dhomave?",
        "m: Ju sugjeroj E14 5W 2700K.",
        "c: po, nga nje per secilin",
        ADDR,
        catalog=LIGHTS,
    )
    assert items(o) == [("SPOT", 3, "4000K"), ("BULB", 3, "E14 5W 2700K")]
    o = parse(
        "c: I'd like 2 ceiling spots 4000K",
        "c: and what goes in the bedside lamp?",
        "m: I'd recommend E14 5W 2700K.",
        "c: ok, one please",
        ADDR,
        catalog=LIGHTS,
    )
    assert items(o) == [("SPOT", 2, "4000K"), ("BULB", 1, "E14 5W 2700K")]


def test_an_offer_picked_by_its_place_or_its_price() -> None:
    offers = "m: Kemi Urbana 300 euro dhe Rocky 420 euro."
    for answer, sku in (
        ("c: te dyten", "BIKE-MTB"),
        ("c: the first one please", "BIKE-CITY"),
        ("c: la più economica", "BIKE-CITY"),
        ("c: die teurere bitte", "BIKE-MTB"),
    ):
        o = parse("c: dua dicka per te shkuar ne pune", offers, answer, ADDR, catalog=BIKES)
        assert items(o) == [(sku, 1, None)], answer


def test_a_place_said_later_or_with_a_no_picks_no_offer() -> None:
    o = parse(
        "c: dua dicka per te shkuar ne pune",
        "m: Kemi Urbana 300 euro dhe Rocky 420 euro.",
        "c: jo, as e para as e dyta",
        catalog=BIKES,
    )
    assert items(o) == []


def test_an_order_word_after_a_recommendation_takes_it() -> None:
    for answer in ("c: merre", "c: den nehme ich"):
        o = parse(
            "c: dua karrigen Ergo te zeze",
            "c: edhe dicka per te punuar ne shtepi per djalin",
            "m: Tavolinë pune Oslo 120 cm, 180 euro, ju rekomandoj këtë.",
            answer,
            ADDR,
            catalog=FURNITURE,
        )
        assert items(o) == [("CHAIR-ERGO", 1, "e zezë"), ("DESK-OAK", 1, "120 cm")], answer


def test_a_thumbs_up_alone_is_a_yes() -> None:
    for answer in ("c: 👍", "c: 👌🏻"):
        o = parse(
            "c: dua karrigen Ergo te zeze",
            "c: edhe dicka per te punuar ne shtepi per djalin",
            "m: Tavolinë pune Oslo 120 cm, 180 euro, ju rekomandoj këtë.",
            answer,
            ADDR,
            catalog=FURNITURE,
        )
        assert items(o) == [("CHAIR-ERGO", 1, "e zezë"), ("DESK-OAK", 1, "120 cm")], answer
    # a thumbs-up inside a text is left as it is
    o = parse(
        "c: dua karrigen Ergo te zeze",
        "c: edhe dicka per te punuar ne shtepi per djalin",
        "m: Tavolinë pune Oslo 120 cm, 180 euro, ju rekomandoj këtë.",
        "c: e shtrenjte 👍 do e mendoj",
        ADDR,
        catalog=FURNITURE,
    )
    assert items(o) == [("CHAIR-ERGO", 1, "e zezë")]


def test_the_order_going_on_after_the_merchant_confirmed_takes_the_item_asked() -> None:
    o = parse(
        "c: Do you have the Bosch wiper blades in 55 cm?",
        "m: Yes, Bosch 55 cm, 18 euro.",
        "c: And the 4 L motor oil",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("WIPER", 1, "55 cm"), ("OIL-5W30", 1, "4 L")]
    # "or" is no going on
    o = parse(
        "c: Do you have the Bosch wiper blades in 55 cm?",
        "m: Yes, Bosch 55 cm, 18 euro.",
        "c: Or rather the 4 L motor oil",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("OIL-5W30", 1, "4 L")]


def test_the_merchants_restatement_of_one_products_lines_by_variant() -> None:
    # the merchant restates each line with its count and full variant; the customer's details
    # accept it
    o = parse(
        "c: dua 6 poça LED 6500K",
        "c: edhe 2 te vogla 5W",
        "m: Pra E27 9W 2700K x6 dhe E14 5W 2700K x2, gjithsej 24 euro.",
        ADDR,
        catalog=LIGHTS,
    )
    assert sorted(items(o)) == [("BULB", 2, "E14 5W 2700K"), ("BULB", 6, "E27 9W 2700K")]
    # with the same counts for both lines the restated lines, accepted, are the lines too
    # (session 6: the restatement said yes to replaces the product's lines)
    o = parse(
        "c: dua 2 poça LED 6500K",
        "c: edhe 2 te vogla 5W",
        "m: Pra E27 9W 2700K x2 dhe E14 5W 2700K x2.",
        ADDR,
        catalog=LIGHTS,
    )
    assert sorted(items(o)) == [("BULB", 2, "E14 5W 2700K"), ("BULB", 2, "E27 9W 2700K")]
