"""Round 3 (session 4, helper d): products the customer names in words the catalog lacks, that
the merchant's answer then names. Invented shops and sentences only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Arta Leka, Rr. Myslym Shyri 12, Tirane, 069 555 1234"

OUTDOOR = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("BACKPACK", "Çantë shpine", (), Decimal("3500"), ("20 L", "30 L")),
        CatalogProduct("BOTTLE", "Shishe uji (alumin)", (), Decimal("900"), ("500 ml", "750 ml")),
        CatalogProduct("TENT", "Tendë kampingu", (), Decimal("9000"), ("2 veta", "4 veta")),
        CatalogProduct("LAMP", "Llambë koke", (), Decimal("1200"), ()),
    ),
)

PETS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("FOOD", "Ushqim qeni", (), Decimal("2500"), ("3 kg", "15 kg")),
        CatalogProduct("SPRAY", "Spray kundër rriqrave", (), Decimal("900"), ("100 ml", "250 ml")),
        CatalogProduct("COLLAR", "Qafore lëkure", (), Decimal("1100"), ("S", "M", "L")),
    ),
)

CLEAN = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("FAIRY", "Fairy detergjent enësh", (), Decimal("3"), ("0.5L", "1L")),
        CatalogProduct("SPONGE", "Sfungjer kuzhine", (), Decimal("0.5"), ()),
        CatalogProduct("MOP", "Shtupë dyshemeje", (), Decimal("8"), ()),
    ),
)


def test_the_merchant_names_what_the_customer_added_in_other_words() -> None:
    # the customer names one product, then another in words no catalog name holds
    o = parse(
        "c: Ich nehme das Zelt, Tendë kampingu für 2 veta. Dazu zwei Trinkflaschen, die grossen",
        "m: Po: 2 shishe uji 750 ml, 1800 lekë.",
        ADDR,
        catalog=OUTDOOR,
    )
    assert items(o) == [("TENT", 1, "2 veta"), ("BOTTLE", 2, "750 ml")]
    o = parse(
        "c: I'd like the 15 kg dog food",
        "c: also the stuff against ticks for him, the big bottle",
        "m: Spray kundër rriqrave 250 ml, 900 lekë. Ok?",
        "c: yes fine",
        ADDR,
        catalog=PETS,
    )
    assert items(o) == [("FOOD", 1, "15 kg"), ("SPRAY", 1, "250 ml")]


def test_a_question_answered_by_the_merchant_is_ordered_by_a_yes() -> None:
    o = parse(
        "c: vorrei il Fairy da 1L",
        "c: avete anche spugnette piccole?",
        "m: Po, sfungjer kuzhine 0.5 euro.",
        "c: perfetto, due allora",
        ADDR,
        catalog=CLEAN,
    )
    assert ("SPONGE", 2, None) in items(o) or ("SPONGE", 1, None) in items(o)
    assert ("FAIRY", 1, "1L") in items(o)


def test_the_merchant_suggesting_or_comparing_adds_nothing() -> None:
    # an upsell question the customer ignores
    o = parse(
        "c: dua ushqim qeni 15 kg, dhe dicka per pastrimin e veshve",
        "m: Ushqim qeni 15 kg 2500. A doni edhe qafore lëkure?",
        ADDR,
        catalog=PETS,
    )
    assert items(o) == [("FOOD", 1, "15 kg")]
    # options offered with "or"
    o = parse(
        "c: I want the 15 kg dog food and something for fleas",
        "m: Spray kundër rriqrave 100 ml apo qafore lëkure M?",
        ADDR,
        catalog=PETS,
    )
    assert items(o) == [("FOOD", 1, "15 kg")]
    # a decline
    o = parse(
        "c: ich nehme den Fairy 1L und einen Bodenwischer mit Eimer",
        "m: Na vjen keq, nuk e kemi shtupë dyshemeje me kovë.",
        ADDR,
        catalog=CLEAN,
    )
    assert items(o) == [("FAIRY", 1, "1L")]
    # an extra named in passing, not opening the merchant's sentence
    o = parse(
        "c: dua tenden kampingu 4 veta, edhe dicka per ndricim",
        "m: Tendë kampingu 4 veta 9000, me të shkon mirë edhe llambë koke.",
        ADDR,
        catalog=OUTDOOR,
    )
    assert items(o) == [("TENT", 1, "4 veta")]


def test_the_merchants_name_for_a_line_already_read_adds_nothing() -> None:
    # the customer's words were read as one product; the merchant names another of the same
    # kind: not a second line
    o = parse(
        "c: I want the dog food, the big bag, and some treats",
        "m: Ushqim qeni 15 kg, 2500.",
        ADDR,
        catalog=PETS,
    )
    assert items(o) == [("FOOD", 1, "15 kg")]
    # the merchant's answer to the address names no new goods
    o = parse(
        "c: dua ushqim qeni 3 kg",
        "c: Rr. Myslym Shyri 12, Tirane, pranë farmacisë, 069 555 1234, Arta Leka",
        "m: Faleminderit, qafore lëkure falas për klientët e rinj.",
        catalog=PETS,
    )
    assert items(o) == [("FOOD", 1, "3 kg")]


def test_the_merchants_list_names_each_described_product() -> None:
    # German / English / Albanian descriptions; the merchant's answer names the catalog product
    o = parse(
        "c: Ich nehme die Tendë kampingu für 2 veta. Dazu zwei Feldflaschen, die grossen",
        "m: Po: 2 shishe uji 750 ml, 1800 lekë.",
        ADDR,
        catalog=OUTDOOR,
    )
    assert items(o) == [("TENT", 1, "2 veta"), ("BOTTLE", 2, "750 ml")]
    o = parse(
        "c: I need Fairy 1L and three of those scrubbing pads",
        "m: Fairy 1L + 3 sfungjer kuzhine = 4.5€",
        ADDR,
        catalog=CLEAN,
    )
    assert ("SPONGE", 3, None) in items(o)
    o = parse(
        "c: dua ushqim qeni 3 kg, edhe dicka kunder pleshtave",
        "m: Spray kundër rriqrave 250 ml, 900 lekë.",
        "c: ok",
        ADDR,
        catalog=PETS,
    )
    assert items(o) == [("FOOD", 1, "3 kg"), ("SPRAY", 1, "250 ml")]


def test_a_name_without_count_variant_or_price_is_no_line() -> None:
    # a word of a product name used as a greeting or remark by the merchant
    o = parse(
        "c: dua ushqim qeni 3 kg, edhe dicka kunder pleshtave",
        "m: Spray, po. Ju njoftojmë.",
        ADDR,
        catalog=PETS,
    )
    assert items(o) == [("FOOD", 1, "3 kg")]


OIL = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("OLIVE", "Vaj ulliri", (), Decimal("900"), ("0.5 L", "1 L")),
        CatalogProduct("SUN", "Vaj luledielli", (), Decimal("300"), ("0.5 L", "1 L")),
        CatalogProduct("SALT", "Kripë deti", (), Decimal("100"), ()),
    ),
)


def test_the_merchant_names_another_product_of_the_kind_the_description_was_read_as() -> None:
    # "the other one, of seeds" was read as a second line of the olive oil; the merchant's
    # answer names the sunflower oil: that line is the sunflower oil, in the size said
    o = parse(
        "c: dua dy shishe vaj ulliri 1 L",
        "c: dhe një të vogël, nga ai tjetri i farave për gatim",
        "m: Vaj luledielli: 0.5 L 300 lekë.",
        "c: mirë",
        ADDR,
        catalog=OIL,
    )
    assert items(o) == [("OLIVE", 2, "1 L"), ("SUN", 1, "0.5 L")]
    # offered as an option in a question: nothing switches
    o = parse(
        "c: dua dy shishe vaj ulliri 1 L",
        "c: dhe një të vogël, nga ai tjetri i farave për gatim",
        "m: Vaj luledielli 0.5 L apo ulliri 0.5 L?",
        ADDR,
        catalog=OIL,
    )
    assert ("SUN", 1, "0.5 L") not in items(o)


PHONES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SCREEN", "Ekran iPhone 12", (), Decimal("90"), ()),
        CatalogProduct("SCREEN-SRV", "Ndërrim ekrani (me punë)", (), Decimal("20"), ()),
        CatalogProduct("CASE", "Mbështjellëse silikoni", ("case",), Decimal("10"), ("e zezë",)),
    ),
)


def test_a_genitive_after_the_head_word_names_the_product() -> None:
    # "ndërrimi i ekranit" is "Ndërrim ekrani", not any product with "ekran"
    o = parse("c: dua ndërrimin e ekranit", ADDR, catalog=PHONES)
    assert items(o) == [("SCREEN-SRV", 1, None)]


def test_a_name_fitting_several_products_is_named_by_the_merchant() -> None:
    # "the screen" fits the part and the repair; the merchant's answer names the repair
    o = parse(
        "c: I want the black case, and can you also do the screen?",
        "m: Po, ndërrimi i ekranit 20€, në dyqan.",
        "c: ok great",
        ADDR,
        catalog=PHONES,
    )
    assert items(o) == [("CASE", 1, "e zezë"), ("SCREEN-SRV", 1, None)]


STORE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BOX", "Kuti kartoni", ("box",), Decimal("5"), ()),
        CatalogProduct("BAT", "Pila stilo", ("battery",), Decimal("1"), ()),
        CatalogProduct("CUP", "Filxhan kafeje", ("cup",), Decimal("2"), ()),
    ),
)


def test_english_plurals_in_es_and_ies_reach_a_singular_alias() -> None:
    assert items(parse("c: I want 3 boxes", ADDR, catalog=STORE)) == [("BOX", 3, None)]
    o = parse("c: I need four batteries and 2 boxes", ADDR, catalog=STORE)
    assert items(o) == [("BAT", 4, None), ("BOX", 2, None)]
    # a plural of a word the catalog does not hold names nothing
    assert items(parse("c: I want 3 foxes", ADDR, catalog=STORE)) == []


def test_the_merchants_count_restated_after_the_name() -> None:
    # the count stands in a short sentence of its own after the product line
    o = parse(
        "c: dua ushqim qeni 3 kg",
        "c: edhe ate sprein kunder pleshtave",
        "m: Spray kundër rriqrave 250 ml, 900 lekë copa. 2 copë = 1800 lekë",
        "c: mire",
        ADDR,
        catalog=PETS,
    )
    assert items(o) == [("FOOD", 1, "3 kg"), ("SPRAY", 2, "250 ml")]
    o = parse(
        "c: vorrei il Fairy da 1L, e quei cosi gialli per strofinare",
        "m: Sfungjer kuzhine 0.5 euro. 3 pieces, 1.5 euro",
        "c: ok",
        ADDR,
        catalog=CLEAN,
    )
    assert ("SPONGE", 3, None) in items(o)


def test_a_count_after_a_description_goes_to_the_goods_the_merchant_names() -> None:
    # the customer's count was read as a new count of the older line; the merchant gives it to
    # the product it names for the description
    o = parse(
        "c: I'd like the Fairy 1L",
        "c: and those yellow scrubbing things. 3 pieces",
        "m: Sfungjer kuzhine 0.5 euro. 3 pieces, 1.5 euro",
        "c: ok",
        ADDR,
        catalog=CLEAN,
    )
    assert items(o) == [("FAIRY", 1, "1L"), ("SPONGE", 3, None)]
    o = parse(
        "c: dua ushqim qeni 3 kg",
        "c: dhe ato pikat per pleshtat e veshve. 2 cope",
        "m: Spray kundër rriqrave 100 ml, 900 lekë. 2 copë = 1800",
        "c: mire",
        ADDR,
        catalog=PETS,
    )
    assert items(o) == [("FOOD", 1, "3 kg"), ("SPRAY", 2, "100 ml")]
    # the merchant states the count for the older line: it stays there
    o = parse(
        "c: dua ushqim qeni 3 kg",
        "c: dhe ato pikat per pleshtat e veshve. 2 cope",
        "m: Ushqim qeni 3 kg 2 copë, spray kundër rriqrave 100 ml.",
        "c: mire",
        ADDR,
        catalog=PETS,
    )
    assert items(o) == [("FOOD", 2, "3 kg"), ("SPRAY", 1, "100 ml")]
