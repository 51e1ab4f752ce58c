"""Session 9, dev21: general mechanisms, tested on invented shops of other trades (curtains,
table linen, candles and soap, pet shop, bakery, tools) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

CURTAINS = Catalog(
    products=(
        CatalogProduct(
            "ROD", "Shufër perdesh", ("curtain rod", "Vorhangstange"), Decimal("1500"),
            ("120 cm", "125 cm", "160 cm", "165 cm"),
        ),
        CatalogProduct("RING", "Unaza perdesh (pako 10)", (), Decimal("400"), ()),
    )
)  # fmt: skip

LINEN = Catalog(
    products=(
        CatalogProduct(
            "CLOTH", "Mbulesë tavoline", ("Tischdecke", "tablecloth", "stolnjak"), Decimal("2500"),
            ("80x80 cm", "140x180 cm", "140x240 cm"),
        ),
        CatalogProduct("NAPKIN", "Peceta pambuku (6 copë)", ("Servietten",), Decimal("900"), ()),
    )
)  # fmt: skip

CANDLES = Catalog(
    products=(
        CatalogProduct(
            "CANDLE", "Qiri aromatik", ("scented candle",), Decimal("800"),
            ("Sweet Orange", "Ocean Breeze"),
        ),
        CatalogProduct(
            "SOAP", "Sapun artizanal", ("handmade soap",), Decimal("450"),
            ("Sweet Orange Blossom", "Ocean Breeze Mint"),
        ),
    )
)  # fmt: skip

BIRDS = Catalog(
    products=(
        CatalogProduct("CAGE", "Kafaz zogu", (), Decimal("2000"), ()),
        CatalogProduct("SPRAY", "Sprej dezinfektues", (), Decimal("600"), ()),
        CatalogProduct("SEED", "Farëra për zogj 1 kg", (), Decimal("500"), ()),
    )
)

BAKERY = Catalog(
    products=(
        CatalogProduct(
            "PIE", "Byrek tepsi", ("byrek",), Decimal("1200"),
            ("me spinaq", "me djathë", "me mish"),
        ),
        CatalogProduct("BREAD", "Bukë fshati", ("buke",), Decimal("150"), ()),
    )
)  # fmt: skip

DETAILS = "c: Arta Hoxha, rr. Myslym Shyri 12, Tiranë, 069 412 3344"


def test_one_of_each_takes_the_variants_the_merchant_named_not_their_neighbours() -> None:
    # the merchant names 120 cm and 160 cm; 125 cm and 165 cm are sold too, but "nga nje"
    # means one of each of the two named
    order = parse(
        "c: pershendetje, dua shufra perdesh per dy dritare, nuk e di masen",
        "m: Per dritaret tuaja shkojne 120 cm per te voglen dhe 160 cm per te madhen",
        "c: ok atehere nga nje",
        DETAILS,
        catalog=CURTAINS,
    )
    assert sorted(items(order)) == [("ROD", 1, "120 cm"), ("ROD", 1, "160 cm")]


def test_which_length_asked_is_no_length_chosen() -> None:
    # "welche Länge" asks for the length: it is not "lange" (the longest rod)
    order = parse(
        "c: Hallo, ich brauche eine Vorhangstange, weiß aber nicht welche Länge",
        DETAILS,
        catalog=CURTAINS,
    )
    assert items(order) == [("ROD", 1, None)]


def test_which_length_in_english_picks_no_length() -> None:
    order = parse(
        "c: hi, I need a curtain rod but which long one fits, no idea",
        DETAILS,
        catalog=CURTAINS,
    )
    assert items(order) == [("ROD", 1, None)]


def test_gheg_give_me_with_a_count_for_a_variant_only() -> None:
    # "mi qo tre ocean breeze": a Gheg "send me" orders the count said with the variant
    order = parse(
        "c: a keni sapun artizanal",
        "m: Po, 450 lek: sweet orange blossom dhe ocean breeze mint",
        "c: mi qo tre ocean breeze",
        DETAILS,
        catalog=CANDLES,
    )
    assert items(order) == [("SOAP", 3, "Ocean Breeze Mint")]


def test_gheg_give_me_in_its_other_forms() -> None:
    order = parse(
        "c: a keni sapun artizanal",
        "m: Po, 450 lek: sweet orange blossom dhe ocean breeze mint",
        "c: ma jep 2 sweet orange blossom",
        DETAILS,
        catalog=CANDLES,
    )
    assert items(order) == [("SOAP", 2, "Sweet Orange Blossom")]


def test_words_of_a_variant_of_the_ordered_product_name_no_other_product() -> None:
    # "Ocean Breeze" is the candle's whole variant, but the soap being ordered sells
    # "Ocean Breeze Mint": the customer's "dy ocean breeze" are soaps
    order = parse(
        "c: a keni sapun artizanal",
        "m: Po, 450 lek: sweet orange blossom dhe ocean breeze mint",
        "c: mi qo nje sweet orange",
        "c: edhe dy ato ocean breeze",
        DETAILS,
        catalog=CANDLES,
    )
    assert sorted(items(order)) == [
        ("SOAP", 1, "Sweet Orange Blossom"),
        ("SOAP", 2, "Ocean Breeze Mint"),
    ]


def test_goods_asked_for_something_are_the_product_the_merchant_names() -> None:
    # "ilaçin per kafaz": what the goods are for (a cage) is a product of the shop, but the
    # goods themselves are named in words the catalog lacks; the merchant's answer names them
    order = parse(
        "c: dua 2 kg farera",
        "c: a e keni edhe ilaçin per kafaz qe e pastron",
        "m: Po, sprej dezinfektues 600 lek",
        "c: qite edhe ate",
        DETAILS,
        catalog=BIRDS,
    )
    assert items(order) == [("SEED", 2, None), ("SPRAY", 1, None)]


def test_serbian_price_interest_for_a_business_is_an_inquiry() -> None:
    # a restaurant asks the price of many cloths and will come back: no order
    order = parse(
        "c: Dobar dan, otvaramo restoran i zanima nas cena za 30 stolnjaka 140x180",
        "m: Dobar dan! Za 20+ komada 10% popusta",
        "c: Hvala, javiću se",
        catalog=LINEN,
        country="XK",
    )
    assert not order.is_order


def test_macedonian_i_will_call_back_is_a_hesitation() -> None:
    order = parse(
        "c: zdravo, mi treba stolnjak 140x240",
        "m: 2500 den, da go ispratime?",
        "c: dobro, moram prvo da se dogovorim so soprugata",
        catalog=LINEN,
        country="MK",
    )
    assert not order.is_order


HARDWARE = Catalog(
    products=(
        CatalogProduct(
            "CHAIN", "Zinxhir çeliku", ("lanac",), Decimal("300"),
            ("4 mm", "6 mm", "8 mm", "10 mm"),
        ),
        CatalogProduct(
            "SPRING", "Sustë dere", ("door spring",), Decimal("450"),
            ("E lehtë", "E mesme", "E fortë"),
        ),
        CatalogProduct("HOOK", "Grep muri", (), Decimal("80"), ()),
        CatalogProduct(
            "FERT", "Pleh kimik", ("dubrivo", "đubrivo"), Decimal("900"),
            ("5 kg", "10 kg", "25 kg"),
        ),
    )
)  # fmt: skip


def test_numbers_sharing_one_unit_are_options_not_the_last_one() -> None:
    # "Kemi 5, 10 dhe 25 kg" lists what is in stock: the sack stays open
    order = parse(
        "c: dua nje pleh kimik dhe 10 grepa muri",
        "m: Cfare peshe? Kemi 5, 10 dhe 25 kg",
        "c: do e pyes burrin. Arta Hoxha, rr. Myslym Shyri 12, Tiranë, 069 412 3344",
        catalog=HARDWARE,
    )
    assert ("FERT", 1, None) in items(order)


def test_what_thickness_asked_is_no_thickness_chosen() -> None:
    order = parse(
        "c: dua 3 metra zinxhir celiku",
        "m: Cfare trashesie?",
        "c: do e pyes mjeshtrin. Arta Hoxha, rr. Myslym Shyri 12, Tiranë, 069 412 3344",
        catalog=HARDWARE,
    )
    assert items(order) == [("CHAIN", 3, None)]


def test_one_of_a_bare_amount_in_serbian_names_the_measure() -> None:
    # "jedan od 5 i jedan od 25": the amounts after "od" (of) are the sacks' weights
    order = parse(
        "c: zdravo, treba mi dubrivo",
        "m: Imamo vreće od 5 kg, 10 kg i 25 kg",
        "c: uzeću jedan od 5 i jedan od 25",
        "c: Arta Hoxha, rr. Myslym Shyri 12, Tiranë, 069 412 3344",
        catalog=HARDWARE,
    )
    assert sorted(items(order)) == [("FERT", 1, "25 kg"), ("FERT", 1, "5 kg")]


def test_easy_and_strong_name_the_light_and_hard_grades() -> None:
    order = parse(
        "c: hi, a door spring please, the easy one",
        DETAILS,
        catalog=HARDWARE,
    )
    assert items(order) == [("SPRING", 1, "E lehtë")]
    order = parse("c: 2 strong door springs please", DETAILS, catalog=HARDWARE)
    assert items(order) == [("SPRING", 2, "E fortë")]


HOME_GYM = Catalog(
    products=(
        CatalogProduct("BENCH", "Bankë e palosshme", (), Decimal("8000"), ()),
        CatalogProduct(
            "BAR", "Shufër tërheqjeje", ("pull-up bar",), Decimal("2500"), ()
        ),
    )
)  # fmt: skip


def test_a_bench_named_by_a_compound_or_in_serbian_is_the_bench() -> None:
    order = parse("c: Hallo, ich möchte die Trainingsbank bestellen", DETAILS, catalog=HOME_GYM)
    assert items(order) == [("BENCH", 1, None)]
    order = parse("c: zdravo, treba mi jedna klupa za vezbanje", DETAILS, catalog=HOME_GYM)
    assert items(order) == [("BENCH", 1, None)]


def test_also_and_a_capitalised_product_word_is_no_name() -> None:
    # "Noch Servietten": "also napkins", not a person called Noch Servietten
    order = parse(
        "c: Ich nehme die Tischdecke 140x180",
        "c: Noch Servietten",
        "c: Lieferung an Arta Hoxha, rr. Myslym Shyri 12, Tiranë, 069 412 3344",
        catalog=LINEN,
    )
    assert items(order) == [("CLOTH", 1, "140x180 cm"), ("NAPKIN", 1, None)]
    assert order.customer_name == "Arta Hoxha"


PHYSIO = Catalog(
    products=(
        CatalogProduct("ROLL", "Rrotull masazhi me gunga", (), Decimal("1500"), ()),
        CatalogProduct("TAPE", "Shirit kinesiologjik", ("kinesio tape",), Decimal("700"), ()),
        CatalogProduct("PAINT", "Rul boje 25 cm", (), Decimal("400"), ()),
    )
)  # fmt: skip


def test_a_foam_roller_in_english_or_german_is_the_massage_roller() -> None:
    order = parse("c: hi, one foam roller and a kinesio tape please", DETAILS, catalog=PHYSIO)
    assert items(order) == [("ROLL", 1, None), ("TAPE", 1, None)]
    order = parse("c: Hallo, ich hätte gern eine Faszienrolle", DETAILS, catalog=PHYSIO)
    assert items(order) == [("ROLL", 1, None)]


SAILING = Catalog(
    products=(
        CatalogProduct("ROPE", "Litar najloni 10 m", (), Decimal("900"), ()),
        CatalogProduct("TAPE", "Metër shirit 5 m", (), Decimal("600"), ()),
        CatalogProduct("OIL", "Vaj motori 1 L", (), Decimal("1200"), ()),
    )
)  # fmt: skip


def test_a_unit_word_that_opens_a_catalog_name_after_a_digit_is_the_product() -> None:
    # "litar" is a rope in Albanian (and a litre elsewhere), "metër" opens "Metër shirit":
    # after a digit they are the goods the catalog names, not a measure
    order = parse("c: dua 3 litar najloni dhe 2 meter shirit", DETAILS, catalog=SAILING)
    assert items(order) == [("ROPE", 3, None), ("TAPE", 2, None)]


MUGS = Catalog(
    products=(
        CatalogProduct("MUG-W", "Filxhan qeramike me dorezë, e bardhë", (), Decimal("500"),
                       ("250 ml", "350 ml")),
        CatalogProduct("MUG-B", "Filxhan qeramike me dorezë, blu", (), Decimal("550"),
                       ("250 ml", "350 ml")),
        CatalogProduct("PLATE", "Pjatë qeramike", (), Decimal("700"), ()),
    )
)  # fmt: skip


def test_the_same_goods_in_another_colour_sold_apart_are_the_sibling_with_their_own_size() -> None:
    # the white and the blue mug are two products; "edhe blu po ato 350" is the blue one
    order = parse(
        "c: dua filxhanin qeramike te bardhe 250 ml edhe blu po ato me doreze 350",
        DETAILS,
        catalog=MUGS,
    )
    assert items(order) == [("MUG-W", 1, "250 ml"), ("MUG-B", 1, "350 ml")]


SECURITY = Catalog(
    products=(
        CatalogProduct(
            "CAM-HD", "Kamerë sigurie Full HD", ("security camera",), Decimal("4000"), ()
        ),
        CatalogProduct(
            "CAM-4K", "Kamerë sigurie 4K me kamerë të dytë", ("security camera 4K",),
            Decimal("9000"), (),
        ),
        CatalogProduct("SD", "Kartë memorie 64 GB", (), Decimal("1500"), ()),
    )
)  # fmt: skip


def test_the_simple_one_is_the_product_whose_name_adds_no_extras() -> None:
    order = parse(
        "c: sa kushtojne kamerat?",
        "m: Full HD 4000, 4K me dy kamera 9000",
        "c: ma dergoni kameren e thjeshte",
        DETAILS,
        catalog=SECURITY,
    )
    assert items(order) == [("CAM-HD", 1, None)]
    order = parse("c: dua nje kamere te thjeshte", DETAILS, catalog=SECURITY)
    assert items(order) == [("CAM-HD", 1, None)]


def test_gheg_remove_verb_drops_the_line() -> None:
    # "hjeke" is the Gheg "hiqe" (take it out)
    order = parse(
        "c: dua nje kamere sigurie full hd edhe nje karte memorie 64 gb",
        "m: 4000 + 1500 = 5500 lek",
        "c: hmm shtrenjt, hajde hjeke karten",
        DETAILS,
        catalog=SECURITY,
    )
    assert items(order) == [("CAM-HD", 1, None)]


PHONE_CASES = Catalog(
    products=(
        CatalogProduct("GLASS", "Xham mbrojtës ekrani", (), Decimal("800"),
                       ("Samsung Galaxy A54", "iPhone 15 Pro")),
        CatalogProduct("CASE", "Mbështjellëse silikoni universale", (), Decimal("600"),
                       ("E zezë", "Transparente")),
    )
)  # fmt: skip


def test_one_word_of_a_model_variant_is_no_answer_to_the_offer() -> None:
    # the merchant offers screen glass for two models; "Samsung Xcover" names neither
    order = parse(
        "c: a keni mbeshtjellese silikoni?",
        "m: Po, universale 600 lek. Kemi edhe xham ekrani per Samsung Galaxy A54 dhe iPhone 15 Pro",
        "c: mbeshtjellesen te zeze. telefoni im eshte Samsung Xcover",
        DETAILS,
        catalog=PHONE_CASES,
    )
    assert items(order) == [("CASE", 1, "E zezë")]
