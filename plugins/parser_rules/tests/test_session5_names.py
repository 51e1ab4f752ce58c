"""Session 5 (helper s5-names): how the customer's words meet a catalog product's name.
Invented shops and sentences only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Arta Leka, Rr. Myslym Shyri 12, Tirane, 069 555 1234"

DAIRY = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "CRATE", "Arkë me 12 kavanoza Kos dhie nga fshati 500 g", (), Decimal("3000"), ()
        ),
        CatalogProduct("KOS", "Kos dhie", ("goat yogurt",), Decimal("300"), ("500 g", "1 kg")),
        CatalogProduct("MILK", "Qumësht lope", ("cow milk",), Decimal("120"), ()),
    ),
)

BIKES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("B-CITY", "Biçikletë qyteti", ("city bike",), Decimal("300"), ()),
        CatalogProduct("B-CUBE", "Biçikletë mali Cube Aim", ("cube aim",), Decimal("650"), ()),
        CatalogProduct("B-KIDS", "Biçikletë fëmijësh 20", ("kids bike",), Decimal("180"), ()),
        CatalogProduct("H-CUBE", "Helmetë Cube", ("cube helmet",), Decimal("60"), ()),
    ),
)


def test_a_container_word_before_a_name_leaves_the_name_free() -> None:
    # "kavanoza" is a word of the crate's long name; the run it starts names nothing, so the
    # goat yogurt said right after it is still read
    o = parse("c: dua 3 kavanoza kos dhie 1 kg", ADDR, catalog=DAIRY)
    assert items(o) == [("KOS", 3, "1 kg")]
    o = parse("c: 2 kavanoza qumesht lope ju lutem", ADDR, catalog=DAIRY)
    assert items(o) == [("MILK", 2, None)]


def test_a_brand_after_the_kind_is_one_product() -> None:
    # the kind word (several bikes) and, a few words later, a brand word of some of them
    o = parse("c: dua nje biciklete per djalin, cube", ADDR, catalog=BIKES)
    assert items(o) == [("B-CUBE", 1, None)]
    o = parse("c: ich möchte ein Fahrrad für meinen Sohn, ein Cube", ADDR, catalog=BIKES)
    assert items(o) == [("B-CUBE", 1, None)]
    # "and" between them: two products
    o = parse("c: dua nje biciklete qyteti dhe nje helmete cube", ADDR, catalog=BIKES)
    assert sorted(items(o)) == [("B-CITY", 1, None), ("H-CUBE", 1, None)]


def test_albanian_endings_on_short_catalog_words() -> None:
    from plugins.parser_rules.catalog_match import index_for, key_of

    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct("PICO", "Projektor Pico", (), Decimal("90"), ()),
            CatalogProduct("MOKA", "Kafetierë Moka", (), Decimal("40"), ()),
            CatalogProduct("SET", "Set furçash", (), Decimal("12"), ()),
        ),
    )
    index = index_for(shop)
    # a word of four letters in -a takes the feminine endings; three letters take any
    assert index.resolve("moken") == key_of("moka")
    assert index.resolve("setin") == "set"
    # "picen" (the pizza) is not an ending of "Pico" (its forms are "picon", "picoja")
    assert index.resolve("picen") is None


CAR_PARTS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BEAR", "Kushinetë rrote", ("wheel bearing",), Decimal("25"), ()),
        CatalogProduct("OILF", "Filtër vaji", ("oil filter",), Decimal("8"), ()),
        CatalogProduct("MAT", "Tapet makine gome", ("car mats",), Decimal("30"), ()),
    ),
)


def test_price_verbs_and_times_of_day_name_no_product() -> None:
    # "kushton" (it costs) is no misspelt "kushinetë"; "mattina" (morning) is no "Matte"
    o = parse("c: sa kushton nje filter vaji? e dua", ADDR, catalog=CAR_PARTS)
    assert items(o) == [("OILF", 1, None)]
    o = parse("c: vorrei un filtro olio, passo domani mattina", ADDR, catalog=CAR_PARTS)
    assert items(o) == [("OILF", 1, None)]
    # "dha" (gave) is no form of "dhi" (goat), "tha" (said) none of another word
    farm = Catalog(
        currency="ALL",
        products=(
            CatalogProduct("MILK", "Qumësht dhie", (), Decimal("200"), ()),
            CatalogProduct("EGGS", "Vezë fshati", (), Decimal("30"), ()),
        ),
    )
    o = parse("c: numrin ma dha shoqja, dua 10 veze fshati", ADDR, catalog=farm)
    assert items(o) == [("EGGS", 10, None)]


MUSIC = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("GTR", "Kitarë klasike Admira", (), Decimal("9000"), ()),
        CatalogProduct("TUNE", "Akordues dixhital", (), Decimal("900"), ()),
        CatalogProduct("AMP", "Amplifikator 20W", (), Decimal("7000"), ()),
        CatalogProduct("CASE", "Këllëf i butë", (), Decimal("2500"), ()),
    ),
)

GARAGE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("PLUG", "Kandelë NGK", (), Decimal("6"), ()),
        CatalogProduct("PADS", "Ferrënga para", (), Decimal("35"), ()),
        CatalogProduct("BATT", "Akumulator 60Ah", (), Decimal("90"), ()),
    ),
)

FOOD = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("MINCE", "Mish i grirë viçi", (), Decimal("9"), ("500 g", "1 kg")),
        CatalogProduct("BEER", "Arkë birre Peja 24 shishe", (), Decimal("20"), ()),
        CatalogProduct("LAMP", "Reflektor LED 30W", (), Decimal("25"), ()),
        CatalogProduct("CEIL", "Plafonierë LED", (), Decimal("30"), ()),
    ),
)


def test_general_product_words_of_more_trades() -> None:
    o = parse("c: vorrei una chitarra e un accordatore", ADDR, catalog=MUSIC)
    assert sorted(items(o)) == [("GTR", 1, None), ("TUNE", 1, None)]
    o = parse("c: ich nehme den Verstärker und eine Gitarrentasche", ADDR, catalog=MUSIC)
    assert sorted(items(o)) == [("AMP", 1, None), ("CASE", 1, None)]
    o = parse("c: 4 Zündkerzen und die Batterie, bitte", ADDR, catalog=GARAGE)
    assert ("PLUG", 4, None) in items(o)
    o = parse("c: I need a car battery and front brake pads", ADDR, catalog=GARAGE)
    assert sorted(items(o)) == [("BATT", 1, None), ("PADS", 1, None)]
    o = parse("c: ich möchte ein Kilo Hackfleisch", ADDR, catalog=FOOD)
    assert items(o) == [("MINCE", 1, "1 kg")]
    o = parse("c: vorrei una cassa di birra Peja", ADDR, catalog=FOOD)
    assert items(o) == [("BEER", 1, None)]
    o = parse("c: two floodlights and a ceiling light please", ADDR, catalog=FOOD)
    assert sorted(items(o)) == [("CEIL", 1, None), ("LAMP", 2, None)]


DOORS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("D-OUT", "Derë e jashtme metalike", (), Decimal("400"), ()),
        CatalogProduct("D-IN", "Derë e brendshme", (), Decimal("150"), ()),
    ),
)


def test_outside_and_inside_choose_between_products_of_one_kind() -> None:
    o = parse("c: vorrei una porta esterna", ADDR, catalog=DOORS)
    assert items(o) == [("D-OUT", 1, None)]
    o = parse("c: I need two internal doors", ADDR, catalog=DOORS)
    assert items(o) == [("D-IN", 2, None)]


HARDWARE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TAP", "Rubinet kuzhine krom", (), Decimal("45"), ()),
        CatalogProduct("SAND", "Letër zmerile P120", (), Decimal("1"), ()),
        CatalogProduct("GPU", "Kartë grafike RTX 3060", (), Decimal("320"), ()),
        CatalogProduct("PSU", "Furnizues 650W", (), Decimal("70"), ()),
        CatalogProduct("RIM", "Fellne alumini 16", (), Decimal("90"), ()),
    ),
)


def test_general_words_of_hardware_pc_and_car_shops() -> None:
    o = parse(
        "c: vorrei un rubinetto per la cucina e 10 fogli di carta vetrata", ADDR, catalog=HARDWARE
    )
    assert sorted(items(o)) == [("SAND", 10, None), ("TAP", 1, None)]
    o = parse("c: ich brauche eine Grafikkarte und ein Netzteil", ADDR, catalog=HARDWARE)
    assert sorted(items(o)) == [("GPU", 1, None), ("PSU", 1, None)]
    o = parse("c: I'd like 4 alloy wheels", ADDR, catalog=HARDWARE)
    assert items(o) == [("RIM", 4, None)]


SWEETS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("VIA", "Via Lattea barretta", (), Decimal("1"), ()),
        CatalogProduct("DARK", "Tavoletta Lindt fondente", (), Decimal("3"), ()),
    ),
)


def test_a_product_named_with_a_street_word_is_not_an_address() -> None:
    # "Via Lattea" starts with a street word; with no house number it is the product
    o = parse("c: Vorrei Via Lattea e una tavoletta Lindt", ADDR, catalog=SWEETS)
    assert sorted(items(o)) == [("DARK", 1, None), ("VIA", 1, None)]
    assert o.address == "Rr. Myslym Shyri 12"
    # a count further on is no house number
    o = parse("c: Vorrei Via Lattea da 24 barrette e una tavoletta Lindt", ADDR, catalog=SWEETS)
    assert ("DARK", 1, None) in items(o)
    assert any(sku == "VIA" for sku, _q, _v in items(o))
    # a street of the same word with a number is still the address
    o = parse(
        "c: una tavoletta Lindt",
        "c: Via Roma 12, Milano, Ana Rossi 333 123 4567",
        catalog=SWEETS,
    )
    assert o.address == "Via Roma 12"


LAMPS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("DESK", "Llambë tavoline", ("desk lamp",), Decimal("2500"), ()),
        CatalogProduct("READ", "Dritë leximi me kapëse", ("reading light",), Decimal("1200"), ()),
        CatalogProduct(
            "STRIP",
            "Shirit LED",
            ("led strip",),
            Decimal("900"),
            ("e bardhë e ngrohtë", "e bardhë e ftohtë", "RGB"),
        ),
    ),
)


def test_the_colour_of_the_light_is_no_lamp() -> None:
    # "drite te ngrohte" (warm light) describes the lamp; it does not name "Dritë leximi"
    o = parse("c: dua nje llambe tavoline, drite te ngrohte", ADDR, catalog=LAMPS)
    assert items(o) == [("DESK", 1, None)]
    o = parse("c: vorrei una desk lamp, luce calda", ADDR, catalog=LAMPS)
    assert items(o) == [("DESK", 1, None)]
    # the light named by its own words is still the product
    o = parse("c: dua nje drite leximi", ADDR, catalog=LAMPS)
    assert items(o) == [("READ", 1, None)]


def test_warm_and_cool_light_are_variant_words() -> None:
    o = parse("c: 2 led strip, luce calda", ADDR, catalog=LAMPS)
    assert items(o) == [("STRIP", 2, "e bardhë e ngrohtë")]
    o = parse("c: dua 3 shirit led te bardhe te ftohte", ADDR, catalog=LAMPS)
    assert items(o) == [("STRIP", 3, "e bardhë e ftohtë")]


DRINKS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("CRATE", "Arkë Korça 20 shishe", (), Decimal("18"), ()),
        CatalogProduct("BEER", "Birrë Korça e zezë", ("birra korca scura",), Decimal("1"), ()),
        CatalogProduct("JUICE", "Lëng molle 1 L", ("apple juice",), Decimal("2"), ()),
    ),
)


def test_a_crate_said_is_the_crate_not_the_bottle() -> None:
    o = parse("c: vorrei una cassa di birra scura", ADDR, catalog=DRINKS)
    assert items(o) == [("CRATE", 1, None)]
    o = parse("c: eine Kiste Bier bitte", ADDR, catalog=DRINKS)
    assert items(o) == [("CRATE", 1, None)]
    o = parse("c: 3 birra korca dhe nje leng molle", ADDR, catalog=DRINKS)
    assert sorted(items(o)) == [("BEER", 3, None), ("JUICE", 1, None)]


TOOLS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("SCR", "Set kaçavida 6 copë", (), Decimal("1200"), ()),
        CatalogProduct("SET", "Set çelësash inox", (), Decimal("3000"), ()),
        CatalogProduct("ONE", "Çelës inox 17", (), Decimal("300"), ()),
    ),
)


def test_a_word_for_pieces_names_no_product() -> None:
    # "sa copë" (how many pieces) does not choose the set whose name says "6 copë"
    o = parse("c: seti i inoksit sa cope ka? e dua", ADDR, catalog=TOOLS)
    assert items(o) == [("SET", 1, None)]
    o = parse("c: il set inox, quanti pezzi? lo prendo", ADDR, catalog=TOOLS)
    assert items(o) == [("SET", 1, None)]


GARDEN = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("SOIL", "Dhe për kaktuse", (), Decimal("600"), ("5 L", "10 L")),
        CatalogProduct("POT", "Vazo balte", (), Decimal("400"), ()),
        CatalogProduct("SPADE", "Lopatë dore", (), Decimal("500"), ()),
    ),
)


def test_the_accented_word_for_soil_is_not_and() -> None:
    # "dhè" (soil) folds to "dhe" (and); the accent, or a name that starts with it, tells them
    o = parse("c: dua 2 vazo balte dhe 2 thasë dhè 10 L", ADDR, catalog=GARDEN)
    assert sorted(items(o)) == [("POT", 2, None), ("SOIL", 2, "10 L")]
    o = parse("c: edhe dheun per kaktuse, 5 litra", ADDR, catalog=GARDEN)
    assert items(o) == [("SOIL", 1, "5 L")]
    o = parse("c: nje vazo balte dhe nje lopate dore", ADDR, catalog=GARDEN)
    assert sorted(items(o)) == [("POT", 1, None), ("SPADE", 1, None)]


SUITS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SHOE", "Këpucë lëkure", ("leather shoes",), Decimal("80"), ("41", "42")),
        CatalogProduct("BELT", "Rrip lëkure", ("leather belt",), Decimal("25"), ()),
    ),
)


def test_a_product_the_customer_has_from_someone_is_not_ordered() -> None:
    o = parse("c: dua kepuce lekure 42. rripin e kam nga babai", ADDR, catalog=SUITS)
    assert items(o) == [("SHOE", 1, "42")]
    o = parse(
        "c: leather shoes size 41 please. the belt I already have from my dad", ADDR, catalog=SUITS
    )
    assert items(o) == [("SHOE", 1, "41")]


BAKERY = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TRI", "Trileçe me karamel", (), Decimal("3"), ()),
        CatalogProduct("KRF", "Krofne me reçel", (), Decimal("1"), ()),
        CatalogProduct("QFT", "Qofte të fërguara (porcion)", (), Decimal("5"), ()),
    ),
)


def test_general_words_of_a_bakery_and_grill() -> None:
    o = parse("c: vorrei 6 ciambelle e una porzione di polpette", ADDR, catalog=BAKERY)
    assert sorted(items(o)) == [("KRF", 6, None), ("QFT", 1, None)]
    o = parse("c: 2 tres leches please", ADDR, catalog=BAKERY)
    assert items(o) == [("TRI", 2, None)]


PAINT = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("PAINT", "Bojë muri e bardhë", (), Decimal("2500"), ("5 L", "15 L")),
        CatalogProduct("ROLL", "Rul bojë", ("rul",), Decimal("600"), ()),
    ),
)


def test_a_product_the_customer_found_at_home_is_not_ordered() -> None:
    o = parse("c: boje muri 15 L, rulin e gjeta ne shtepi", ADDR, catalog=PAINT)
    assert items(o) == [("PAINT", 1, "15 L")]
    o = parse("c: the wall paint, 5 L. the roller I found at home", ADDR, catalog=PAINT)
    assert items(o) == [("PAINT", 1, "5 L")]


def test_a_german_compound_is_its_last_part() -> None:
    # "Gitarrentasche" is a bag (for a guitar), not a guitar
    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct("GTR", "Kitarë klasike", (), Decimal("120"), ()),
            CatalogProduct("BAG", "Çantë për kitarë", (), Decimal("30"), ()),
        ),
    )
    o = parse("c: ich möchte eine Gitarrentasche", ADDR, catalog=shop)
    assert items(o) == [("BAG", 1, None)]
    o = parse("c: ich möchte eine Gitarre", ADDR, catalog=shop)
    assert items(o) == [("GTR", 1, None)]


SALON = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("CHAIR", "Karrige frizeri", (), Decimal("300"), ()),
        CatalogProduct("DRYER", "Tharëse flokësh 2000W", (), Decimal("60"), ()),
    ),
)


def test_a_trade_word_before_a_business_name_is_no_item() -> None:
    # "Frizeri Vera" is the customer's salon, not the hairdresser's chair
    o = parse(
        "c: dua 2 tharese flokesh",
        "c: Arta Leka, Rr. Myslym Shyri 12, Tirane, 069 555 1234, frizeri Vera Style",
        catalog=SALON,
    )
    assert items(o) == [("DRYER", 2, None)]
    # the chair named by its words is still an item
    o = parse("c: nje karrige frizeri dhe nje tharese", ADDR, catalog=SALON)
    assert sorted(items(o)) == [("CHAIR", 1, None), ("DRYER", 1, None)]
