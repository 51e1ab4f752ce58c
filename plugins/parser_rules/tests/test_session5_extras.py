"""Session 5 (helper s5-extras): extra products from context and wrong quantities. Invented
shops and sentences only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Besa Krasniqi, Rr. Nënë Tereza 8, Pejë, 044 123 456"

PANTRY = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("FLOUR", "Miell gruri", ("flour",), Decimal("1"), ("1 kg", "5 kg")),
        CatalogProduct(
            "RICE", "Oriz", ("rice", "riso"), Decimal("2"), ("1 kg basmati", "1 kg i bardhe")
        ),
        CatalogProduct("OIL", "Vaj luledielli", ("sunflower oil",), Decimal("3"), ("1 L", "2 L")),
        CatalogProduct("NUTS", "Arra", ("walnuts", "noci"), Decimal("6"), ("250 g", "500 g")),
    ),
)


def test_an_amount_that_is_several_of_a_variant_counts_it() -> None:
    # 10 kg of a flour sold in 1 kg and 5 kg bags: two bags of 5 kg
    o = parse("c: dua 10 kg miell gruri", ADDR, catalog=PANTRY)
    assert items(o) == [("FLOUR", 2, "5 kg")]
    # the variant whose other words were said wins over the bigger one
    o = parse("c: I'd like 3 kg of basmati rice", ADDR, catalog=PANTRY)
    assert items(o) == [("RICE", 3, "1 kg basmati")]
    # "a kilo and a half" of walnuts sold in 250 g and 500 g: three of 500 g
    o = parse("c: vorrei 1.5 kg di noci", ADDR, catalog=PANTRY)
    assert items(o) == [("NUTS", 3, "500 g")]
    # an amount that is itself a variant is the variant
    o = parse("c: vaj luledielli 2 L", ADDR, catalog=PANTRY)
    assert items(o) == [("OIL", 1, "2 L")]


def test_an_amount_said_later_counts_the_item_in_its_variant() -> None:
    o = parse(
        "c: a keni oriz basmati?",
        "m: Po, pako 1 kg 2 euro",
        "c: 4 kile ju lutem",
        ADDR,
        catalog=PANTRY,
    )
    assert items(o) == [("RICE", 4, "1 kg basmati")]
    o = parse(
        "c: Haben Sie Walnüsse, noci?",
        "m: Ja, 250 g und 500 g",
        "c: ein Kilo bitte",
        ADDR,
        catalog=PANTRY,
    )
    assert items(o) == [("NUTS", 2, "500 g")]


BAKERY = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("BOX", "Pako mëngjesi", ("breakfast box",), Decimal("900"), ()),
        CatalogProduct("CRO", "Kroasan", ("croissant",), Decimal("100"), ()),
        CatalogProduct("SUG", "Sheqer kallami", ("cane sugar",), Decimal("500"), ("250 g", "1 kg")),
    ),
)


def test_a_pack_word_beside_another_product_is_its_packing() -> None:
    # "Pako mëngjesi" starts with the pack word, but "dy pako" here packs the croissants
    o = parse("c: dua kroasan dy pako", ADDR, catalog=BAKERY)
    assert items(o) == [("CRO", 2, None)]
    o = parse("c: 3 pako kroasan ju lutem", ADDR, catalog=BAKERY)
    assert items(o) == [("CRO", 3, None)]
    # a pack word with a variant of an item in the order is that item's packing
    o = parse(
        "c: a keni sheqer kallami?",
        "m: Po, pako 250 g ose 1 kg",
        "c: nje pako 1 kg",
        ADDR,
        catalog=BAKERY,
    )
    assert items(o) == [("SUG", 1, "1 kg")]
    # the pack product named in full, or alone with nothing else, is still ordered
    o = parse("c: dua nje pako mengjesi edhe 2 kroasan", ADDR, catalog=BAKERY)
    assert items(o) == [("BOX", 1, None), ("CRO", 2, None)]
    o = parse("c: dua 2 pako per neser", ADDR, catalog=BAKERY)
    assert items(o) == [("BOX", 2, None)]


FABRIC = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("LIN", "Pëlhurë liri (metri)", ("linen",), Decimal("9"), ("bezhë", "blu")),
        CatalogProduct("ROPE", "Litar najloni 10m", ("rope",), Decimal("6"), ("e kuqe", "e zezë")),
        CatalogProduct("TAPE", "Shirit dekorativ (me metër)", ("ribbon",), Decimal("1"), ()),
    ),
)


def test_metres_count_a_product_sold_by_the_metre() -> None:
    o = parse("c: dua 3 metra pelhure liri bezhe", ADDR, catalog=FABRIC)
    assert items(o) == [("LIN", 3, "bezhë")]
    # said later for the item, and for a second colour with "also"
    o = parse(
        "c: sa e keni pelhuren e lirit?",
        "m: 9 euro metri, bezhe ose blu",
        "c: dua nja 4 metra, blu",
        "c: edhe 2 metra te tjera bezhe",
        ADDR,
        catalog=FABRIC,
    )
    assert items(o) == [("LIN", 4, "blu"), ("LIN", 2, "bezhë")]
    o = parse("c: I'd like 12 m of the ribbon", ADDR, catalog=FABRIC)
    assert items(o) == [("TAPE", 12, None)]
    # a length in the name ("10m") is no sale by the metre: "10 m" is the rope, one of it
    o = parse("c: one red rope 10 m please", ADDR, catalog=FABRIC)
    assert items(o) == [("ROPE", 1, "e kuqe")]


PAINT = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("WALL", "Bojë murale", ("wall paint",), Decimal("2500"), ("5 L", "15 L")),
        CatalogProduct("ROLL", "Rul bojaxhiu", ("paint roller",), Decimal("600"), ()),
    ),
)


def test_a_count_right_before_the_variant_said_later_counts_it() -> None:
    o = parse(
        "c: dua boje murale, 3 kova nga 5 L",
        "m: 5 L kemi vetem 1, 15 L ka sa te doni",
        "c: ok atehere 1 te 15 litershin",
        ADDR,
        catalog=PAINT,
    )
    assert items(o) == [("WALL", 1, "15 L")]
    o = parse(
        "c: I need wall paint, three 5 L buckets",
        "m: We only have 15 L left",
        "c: fine, two of the 15 L then",
        ADDR,
        catalog=PAINT,
    )
    assert items(o) == [("WALL", 2, "15 L")]


def test_a_number_before_a_month_is_a_date_not_a_count() -> None:
    o = parse("c: dua nje pako mengjesi", "c: dergesa 14 shkurti, ju lutem", ADDR, catalog=BAKERY)
    assert items(o) == [("BOX", 1, None)]
    o = parse(
        "c: vorrei dei croissant",
        "m: quanti?",
        "c: 6. Consegna 12 agosto",
        ADDR,
        catalog=BAKERY,
    )
    assert items(o) == [("CRO", 6, None)]
    o = parse(
        "c: 2 pako kroasan",
        "c: Lagjja 28 Nentori, prane shkolles, Fier. Drita 069 222 3344",
        catalog=BAKERY,
    )
    assert items(o) == [("CRO", 2, None)]


FLOWERS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "ROSE", "Trëndafil", ("rose", "roses"), Decimal("2"), ("e kuqe", "e bardhë")
        ),
        CatalogProduct("VASE", "Vazo qelqi", ("vase",), Decimal("9"), ()),
    ),
)


def test_a_line_removed_then_a_count_in_the_same_sentence() -> None:
    o = parse(
        "c: dua 5 trendafila te kuq dhe 3 te bardhe",
        "c: jo prit, te bardhet hiqi, beji 7 te kuq",
        ADDR,
        catalog=FLOWERS,
    )
    assert items(o) == [("ROSE", 7, "e kuqe")]
    o = parse(
        "c: 4 red roses and 2 white roses please",
        "c: sorry, remove the white ones, make it 6 red",
        ADDR,
        catalog=FLOWERS,
    )
    assert items(o) == [("ROSE", 6, "e kuqe")]


GRILL = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("KOFTA", "Qofte zgare", ("kofta",), Decimal("5"), ("20 copë", "50 copë")),
        CatalogProduct(
            "SUIT", "Kostum burrash", ("suit",), Decimal("200"), ("Blu 50", "Blu 52", "Gri 52")
        ),
        CatalogProduct("BOOT", "Çizme shiu", ("rain boots",), Decimal("30"), ("41", "42", "43")),
    ),
)


def test_a_number_over_twenty_that_is_a_variant_is_no_count() -> None:
    o = parse("c: dua 50 qofte zgare per te shtunen", ADDR, catalog=GRILL)
    assert items(o) == [("KOFTA", 1, "50 copë")]
    # the size of two variants: no count, the colour still open
    o = parse(
        "c: a e keni kete kostum?", "m: Po, blu dhe gri", "c: po ate, 52", ADDR, catalog=GRILL
    )
    assert items(o) == [("SUIT", 1, None)]
    o = parse(
        "c: dua cizme shiu, numri 42",
        "c: jo, cizmet 43 m'i beni, se vesh corape te trasha",
        ADDR,
        catalog=GRILL,
    )
    assert items(o) == [("BOOT", 1, "43")]


def test_a_product_the_customer_has_from_someone_is_not_ordered() -> None:
    o = parse("c: dua 10 trendafila te kuq. vazon e kam nga gjyshja", ADDR, catalog=FLOWERS)
    assert items(o) == [("ROSE", 10, "e kuqe")]
    o = parse("c: 5 rose rosse per favore. il vase ce l'ho a casa", ADDR, catalog=FLOWERS)
    assert items(o) == [("ROSE", 5, "e kuqe")]
    # without "from / at", alone at the end of the message, "e kam" still needs more
    o = parse("c: dua 10 trendafila te kuq edhe vazon", ADDR, catalog=FLOWERS)
    assert items(o) == [("ROSE", 10, "e kuqe"), ("VASE", 1, None)]


SHOES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("NIKE", "Atlete Nike Revolution", ("nike",), Decimal("60"), ("38", "40")),
        CatalogProduct("ADI", "Atlete Adidas Runfalcon", ("adidas",), Decimal("55"), ("38", "40")),
        CatalogProduct("SAND", "Sandale lekure", ("sandals",), Decimal("30"), ("38", "40")),
        CatalogProduct(
            "JKT", "Jakne dimri Columbia", ("columbia", "winter jacket"), Decimal("90"), ("S", "M")
        ),
        CatalogProduct("JKT2", "Jakne shiu", ("rain jacket",), Decimal("40"), ("S", "M")),
    ),
)


WATCHES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SPORT", "Orë sportive", (), Decimal("30"), ("e zezë", "e verdhë")),
        CatalogProduct("WOOD", "Orë druri", (), Decimal("50"), ()),
        CatalogProduct(
            "CAS",
            "Casio klasike femra",
            ("ore femrash casio",),
            Decimal("45"),
            ("argjend", "e verdhë"),
        ),
    ),
)


def test_a_kind_then_its_brand_in_one_sentence_is_one_item() -> None:
    # "ore te zeze" would be the black sports watch; "nje casio" says which watch
    o = parse("c: dua nje ore te zeze per gruan, nje casio", ADDR, catalog=WATCHES)
    assert items(o) == [("CAS", 1, None)]
    o = parse("c: I'd like a black watch for my wife, a Casio", ADDR, catalog=WATCHES)
    assert items(o) == [("CAS", 1, None)]
    # a count before the second name makes it another item
    o = parse("c: dua nje ore te zeze per gruan, 2 casio", ADDR, catalog=WATCHES)
    assert items(o) == [("SPORT", 1, "e zezë"), ("CAS", 2, None)]
    o = parse("c: dua nje pale atlete per djalin, adidas, numri 38", ADDR, catalog=SHOES)
    assert items(o) == [("ADI", 1, "38")]
    o = parse("c: I need a jacket for my wife, Columbia, size M", ADDR, catalog=SHOES)
    assert items(o) == [("JKT", 1, "M")]
    # with "and" between they are two
    o = parse("c: dua sandale lekure 40 dhe atlete nike 40", ADDR, catalog=SHOES)
    assert items(o) == [("SAND", 1, "40"), ("NIKE", 1, "40")]


TEA = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("MNT", "Çaj mali", ("caj", "tea"), Decimal("3"), ("50 g", "100 g")),
        CatalogProduct(
            "GRN", "Çaj jeshil japonez", ("green tea",), Decimal("5"), ("50 g", "100 g")
        ),
        CatalogProduct("MUG", "Filxhan çaji", ("tea cup",), Decimal("4"), ()),
    ),
)


def test_a_kind_said_first_yields_to_the_one_of_that_kind_chosen_later() -> None:
    o = parse(
        "c: dua caj per dimer, 100 g",
        "m: Kemi caj mali dhe caj jeshil japonez",
        "c: japonezin",
        ADDR,
        catalog=TEA,
    )
    assert items(o) == [("GRN", 1, "100 g")]
    o = parse(
        "c: I'd like some tea",
        "m: Mountain tea or Japanese green tea (caj jeshil japonez)?",
        "c: ok, japonez",
        ADDR,
        catalog=TEA,
    )
    assert items(o) == [("GRN", 1, None)]
    # a count said with the kind keeps it; another kind of goods keeps it too
    o = parse("c: dua 2 caj mali", "c: edhe nje filxhan", ADDR, catalog=TEA)
    assert items(o) == [("MNT", 2, None), ("MUG", 1, None)]


def test_instead_of_a_count_and_a_size_the_size_is_old() -> None:
    o = parse(
        "c: dua 2 shishe vaj luledielli nga 1 L",
        "c: prit, vajin beje nje 2 L ne vend te dy 1 litroshe",
        ADDR,
        catalog=PANTRY,
    )
    assert items(o) == [("OIL", 1, "2 L")]
    o = parse(
        "c: two 1 L bottles of sunflower oil",
        "c: wait, make it one 2 L instead of two 1 L",
        ADDR,
        catalog=PANTRY,
    )
    assert items(o) == [("OIL", 1, "2 L")]
    # a sentence ending in the old count
    o = parse("c: sunflower oil 2 L, instead of 2", ADDR, catalog=PANTRY)
    assert items(o) == [("OIL", 1, "2 L")]


SALON = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("DYE", "Ngjyrë flokësh krem", ("hair dye",), Decimal("6"), ("3-0", "5-0")),
        CatalogProduct("DEV", "Oksidant krem", ("developer",), Decimal("5"), ("3%", "6%")),
    ),
)


def test_the_part_before_a_new_product_read_for_an_older_item_is_not_the_new_ones() -> None:
    o = parse(
        "c: dua ngjyre flokesh krem",
        "m: Cilin numer?",
        "c: ok, 3-0 2 tuba edhe oksidantin",
        ADDR,
        catalog=SALON,
    )
    assert items(o) == [("DYE", 2, "3-0"), ("DEV", 1, None)]
    o = parse(
        "c: I'd like hair dye",
        "m: Which shade?",
        "c: ok, 3-0, two tubes, and the developer",
        ADDR,
        catalog=SALON,
    )
    assert items(o) == [("DYE", 2, "3-0"), ("DEV", 1, None)]


FARM = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("EGG", "Vezë fshati", ("eggs", "uova", "Eier"), Decimal("0.3"), ()),
        CatalogProduct(
            "QUAIL", "Vezë shkurte", ("quail eggs",), Decimal("3"), ("12 copë", "30 copë")
        ),
        CatalogProduct("CORN", "Bukë misri", ("cornbread", "Maisbrot"), Decimal("1"), ()),
    ),
)


def test_counts_in_words_over_ten_and_dozens() -> None:
    cases = [
        ("c: twenty eggs please", 20),
        ("c: vorrei quindici uova", 15),
        ("c: zwanzig Eier bitte", 20),
        ("c: dua trembedhjete veze fshati", 13),
        ("c: nje duzine veze fshati", 12),
        ("c: ich möchte ein Dutzend Eier", 12),
        ("c: half a dozen eggs please", 6),
        ("c: gjysme duzine veze fshati", 6),
        ("c: mezza dozzina di uova", 6),
        ("c: dy duzina veze fshati", 24),
        ("c: 2 dozen eggs", 24),
    ]
    for text, n in cases:
        assert items(parse(text, ADDR, catalog=FARM)) == [("EGG", n, None)], text


def test_a_count_that_is_the_pieces_of_a_variant_names_it() -> None:
    o = parse("c: a dozen quail eggs please", ADDR, catalog=FARM)
    assert items(o) == [("QUAIL", 1, "12 copë")]
    o = parse("c: dua 30 veze shkurte", ADDR, catalog=FARM)
    assert items(o) == [("QUAIL", 1, "30 copë")]
    # a count that is no pack size stays a count
    o = parse("c: 2 quail eggs packs of 12", ADDR, catalog=FARM)
    assert items(o) == [("QUAIL", 2, "12 copë")]


def test_a_count_corrected_inside_the_sentence() -> None:
    o = parse("c: dua 3 kroasan, jo, 5", ADDR, catalog=BAKERY)
    assert items(o) == [("CRO", 5, None)]
    o = parse("c: three croissants, sorry, four", ADDR, catalog=BAKERY)
    assert items(o) == [("CRO", 4, None)]
    o = parse("c: vorrei dei croissant", "c: x3, anzi x2", ADDR, catalog=BAKERY)
    assert items(o) == [("CRO", 2, None)]
    # "instead of 2": the count after it is the old one
    o = parse("c: 4 croissants instead of 2", ADDR, catalog=BAKERY)
    assert items(o) == [("CRO", 4, None)]
    # a size after the correction is no count
    o = parse("c: dua cizme shiu 42, jo, 43", ADDR, catalog=GRILL)
    assert items(o) == [("BOOT", 1, "43")]


def test_metres_of_two_variants_in_one_sentence() -> None:
    o = parse("c: dua 4 metra pelhure liri bezhe dhe 3 metra blu", ADDR, catalog=FABRIC)
    assert items(o) == [("LIN", 4, "bezhë"), ("LIN", 3, "blu")]


GARAGE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "BATT", "Bateri makine Varta", ("car battery",), Decimal("90"), ("60Ah", "74Ah")
        ),
        CatalogProduct("WIPER", "Fshirëse xhami", ("wiper blades",), Decimal("12"), ()),
        CatalogProduct("FIT", "Montim", ("fitting",), Decimal("10"), ()),
    ),
)


def test_a_count_in_a_question_asking_the_shop_to_do_it_counts() -> None:
    o = parse(
        "c: I'd like wiper blades",
        "m: 12 euro each",
        "c: could you send 2 to my brother in Prizren?",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("WIPER", 2, None)]
    o = parse(
        "c: dua fshirese xhami",
        "c: a mund te m'i ruani 2 per neser?",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("WIPER", 2, None)]
    # a price question is no request: its number does not count
    o = parse("c: dua fshirese xhami", "c: can you tell me the price of 3?", ADDR, catalog=GARAGE)
    assert items(o) == [("WIPER", 1, None)]


def test_the_count_before_a_product_named_in_the_same_sentence_is_the_older_items() -> None:
    o = parse(
        "c: Do you have the Varta car battery 74Ah?",
        "m: Yes, 90 euro. Fitting is 10 euro",
        "c: can you keep 2 for me plus the fitting?",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("BATT", 2, "74Ah"), ("FIT", 1, None)]


DRINKS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("W6", "Paketë 6 shishe ujë Tepelena", ("six pack water",), Decimal("3"), ()),
        CatalogProduct("W1", "Ujë Tepelena 1.5 L", ("water",), Decimal("0.6"), ()),
    ),
)


def test_the_number_of_a_products_name_said_with_it_is_no_count() -> None:
    o = parse("c: dua 6 shishe uje tepelena", ADDR, catalog=DRINKS)
    assert items(o) == [("W6", 1, None)]
    o = parse("c: dua 2 pako me 6 shishe uje tepelena", ADDR, catalog=DRINKS)
    assert items(o) == [("W6", 2, None)]


HONEY = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("HON", "Mjaltë mali", ("mountain honey",), Decimal("12"), ("1 kg", "500 g")),
        CatalogProduct("JAM", "Reçel fiku", ("fig jam",), Decimal("5"), ()),
    ),
)


def test_also_a_small_one_after_the_product_is_another_line() -> None:
    o = parse("c: dua 2 kavanoza mjalte mali, edhe nje te vogel", ADDR, catalog=HONEY)
    assert items(o) == [("HON", 2, "1 kg"), ("HON", 1, "500 g")]
    o = parse("c: three jars of mountain honey and also a small one", ADDR, catalog=HONEY)
    assert items(o) == [("HON", 3, "1 kg"), ("HON", 1, "500 g")]
    # without "also" the size is the product's own
    o = parse("c: dua 2 kavanoza mjalte mali, te vogla", ADDR, catalog=HONEY)
    assert items(o) == [("HON", 2, "500 g")]


WEIGHTS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("PLATE", "Pllakë gize", ("weight plate",), Decimal("10"), ("5 kg", "10 kg")),
        CatalogProduct("BAR", "Shufër 180cm", ("barbell",), Decimal("60"), ()),
    ),
)


def test_a_count_of_each_of_two_sizes_with_of() -> None:
    o = parse("c: dua 4 pllaka gize nga 5 kile dhe 2 nga dhjete", ADDR, catalog=WEIGHTS)
    assert items(o) == [("PLATE", 4, "5 kg"), ("PLATE", 2, "10 kg")]
    o = parse("c: weight plates: 4 of 5 kg and 2 of 10 kg", ADDR, catalog=WEIGHTS)
    assert items(o) == [("PLATE", 4, "5 kg"), ("PLATE", 2, "10 kg")]
    # "nga dy" alone is still two of each
    o = parse("c: pllaka gize 5 kg dhe shufer, nga dy", ADDR, catalog=WEIGHTS)
    assert items(o) == [("PLATE", 2, "5 kg"), ("BAR", 2, None)]


def test_a_count_corrected_for_one_of_two_lines_of_a_product() -> None:
    o = parse(
        "c: dua 4 pllaka gize nga 5 kg dhe 2 nga 10 kg",
        "c: hmm, pllakat e 5 kg beji 2",
        ADDR,
        catalog=WEIGHTS,
    )
    assert sorted(items(o)) == [("PLATE", 2, "10 kg"), ("PLATE", 2, "5 kg")]


TEES = Catalog(
    currency="EUR",
    products=(CatalogProduct("TEE", "Bluzë pambuku", ("t-shirt",), Decimal("9"), ("S", "M", "L")),),
)


def test_the_negation_s_before_a_verb_is_no_size_s() -> None:
    o = parse(
        "c: dua 2 bluza pambuku M",
        "c: S'ka nevoje per korrier, vij vete neser",
        "c: Drita 069 222 3344",
        catalog=TEES,
    )
    assert items(o) == [("TEE", 2, "M")]
    o = parse("c: dua 2 bluza pambuku M", "c: S'kam kohe sot, dergojeni neser", ADDR, catalog=TEES)
    assert items(o) == [("TEE", 2, "M")]
    # a size S answered alone still is one
    o = parse("c: dua 2 bluza pambuku", "m: Masa?", "c: S", ADDR, catalog=TEES)
    assert items(o) == [("TEE", 2, "S")]


BARBER = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("CAPE", "Pelerinë berberi", ("cape",), Decimal("12"), ("e zezë", "gri")),
        CatalogProduct(
            "CHAIR", "Karrige berberi hidraulike", ("barber chair",), Decimal("300"), ()
        ),
        CatalogProduct("CLIP", "Makinë qethjeje Wahl", ("clipper", "wahl"), Decimal("120"), ()),
        CatalogProduct("OIL", "Vaj për makinë qethjeje", ("clipper oil",), Decimal("5"), ()),
    ),
)


def test_a_product_after_for_that_follows_another_is_what_it_is_for() -> None:
    o = parse("c: dua nje pelerine te zeze per karrigen e berberit", ADDR, catalog=BARBER)
    assert items(o) == [("CAPE", 1, "e zezë")]
    o = parse("c: vorrei una cape grigia per la barber chair del salone", ADDR, catalog=BARBER)
    assert items(o) == [("CAPE", 1, "gri")]
    # "per" before the first product is also "about": it stays
    o = parse("c: per karrigen berberi, a e keni ne te zeze?", "c: po e dua", ADDR, catalog=BARBER)
    assert items(o) == [("CHAIR", 1, None)]


def test_only_keeps_the_products_named_after_it() -> None:
    o = parse("c: kam makine qethjeje wahl, me duhet vetem vaj per te", ADDR, catalog=BARBER)
    assert items(o) == [("OIL", 1, None)]
    o = parse("c: the Wahl clipper I have, I only need the cape in grey", ADDR, catalog=BARBER)
    assert items(o) == [("CAPE", 1, "gri")]
    # "only" before both keeps both
    o = parse("c: vetem nje pelerine gri dhe vaj per makine qethjeje", ADDR, catalog=BARBER)
    assert items(o) == [("CAPE", 1, "gri"), ("OIL", 1, None)]


LIVING = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "SOFA", "Divan 3 vende", ("sofa", "divano"), Decimal("500"), ("gri", "bezhë")
        ),
        CatalogProduct(
            "TBL", "Tavolinë kafeje", ("coffee table",), Decimal("90"), ("arre", "e bardhë")
        ),
        CatalogProduct("CUSH", "Jastëk dekorativ", ("cushion",), Decimal("15"), ("gri", "blu")),
    ),
)


def test_a_product_said_as_my_own_beside_one_ordered_is_not_ordered() -> None:
    o = parse("c: I'd like the coffee table in white to go with my grey sofa", ADDR, catalog=LIVING)
    assert items(o) == [("TBL", 1, "e bardhë")]
    o = parse("c: dua 2 jasteke blu qe te shkojne me divanin tim", ADDR, catalog=LIVING)
    assert items(o) == [("CUSH", 2, "blu")]
    o = parse("c: vorrei due cushion blu per il mio divano", ADDR, catalog=LIVING)
    assert items(o) == [("CUSH", 2, "blu")]
    # a product already in the order keeps its line when called "mine"
    o = parse(
        "c: dua divanin gri",
        "c: edhe 2 jasteke blu per divanin tim",
        ADDR,
        catalog=LIVING,
    )
    assert items(o) == [("SOFA", 1, "gri"), ("CUSH", 2, "blu")]


WINE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("RED", "Verë Kallmet", ("kallmet",), Decimal("9"), ()),
        CatalogProduct("WHITE", "Verë Pulës", ("pules",), Decimal("8"), ()),
    ),
)


def test_a_count_said_before_the_product_in_another_message() -> None:
    o = parse(
        "c: dua tre shishe vere te bardhe",
        "m: E bardha jone eshte Pules. Ate?",
        "c: pulesin po",
        ADDR,
        catalog=WINE,
    )
    assert items(o) == [("WHITE", 3, None)]
    o = parse(
        "c: I'd like two bottles of something red",
        "m: We have Kallmet",
        "c: ok the kallmet",
        ADDR,
        catalog=WINE,
    )
    assert items(o) == [("RED", 2, None)]
    # a count the product says itself wins
    o = parse("c: dua tre shishe vere", "m: cilen?", "c: 1 kallmet", ADDR, catalog=WINE)
    assert items(o) == [("RED", 1, None)]


GARDEN = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SOIL", "Torf për lule", ("potting soil",), Decimal("5"), ("20 L", "45 L")),
    ),
)


def test_a_number_word_right_before_a_size_in_digits_counts_it() -> None:
    o = parse(
        "c: dua 3 thase torf per lule",
        "m: 20 L apo 45 L?",
        "c: mire, nje 45-she atehere",
        ADDR,
        catalog=GARDEN,
    )
    assert items(o) == [("SOIL", 1, "45 L")]
    o = parse(
        "c: three bags of potting soil",
        "m: 20 L or 45 L?",
        "c: fine, one of 45 then",
        ADDR,
        catalog=GARDEN,
    )
    assert items(o) == [("SOIL", 1, "45 L")]


BISCUITS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "COOK",
            "Biskota shtëpie",
            ("cookies", "biscotti", "Kekse"),
            Decimal("4"),
            ("250 g", "500 g"),
        ),
        CatalogProduct(
            "TART", "Tortë frutash", ("fruit tart", "torta", "Torte"), Decimal("20"), ()
        ),
    ),
)


def test_a_unit_and_a_half() -> None:
    for text in (
        "c: dua nje kile e gjysme biskota shtepie",
        "c: one and a half kilos of cookies please",
        "c: a kilo and a half of cookies please",
        "c: vorrei un chilo e mezzo di biscotti",
    ):
        assert items(parse(text, ADDR, catalog=BISCUITS)) == [("COOK", 3, "500 g")], text


def test_none_of_a_product_removes_it() -> None:
    o = parse(
        "c: vorrei biscotti 500 g e una torta", "c: anzi niente torta", ADDR, catalog=BISCUITS
    )
    assert items(o) == [("COOK", 1, "500 g")]
    o = parse("c: 500 g Kekse und eine Torte", "c: doch keine Torte", ADDR, catalog=BISCUITS)
    assert items(o) == [("COOK", 1, "500 g")]


PASTRY = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "CROI", "Kroasan", ("croissant",), Decimal("1"), ("i thjeshtë", "me çokollatë")
        ),
    ),
)


def test_half_and_half_of_a_total() -> None:
    o = parse("c: 6 croissants, half plain and half chocolate", ADDR, catalog=PASTRY)
    assert items(o) == [("CROI", 3, "i thjeshtë"), ("CROI", 3, "me çokollatë")]
    o = parse("c: dua 4 kroasan: gjysma te thjeshte, gjysma me cokollate", ADDR, catalog=PASTRY)
    assert items(o) == [("CROI", 2, "i thjeshtë"), ("CROI", 2, "me çokollatë")]


GYM = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("GLOVE", "Doreza palestre", ("gym gloves",), Decimal("15"), ("S", "M")),
        CatalogProduct("MAT", "Tapet yoga", ("yoga mat",), Decimal("20"), ()),
        CatalogProduct("CAKE", "Tortë ditëlindjeje", ("birthday cake",), Decimal("25"), ()),
    ),
)


def test_what_follows_a_verb_of_starting_or_celebrating_is_an_activity() -> None:
    o = parse(
        "c: dua te filloj palestren ne shtepi. Sa kushton tapeti yoga?",
        "c: po e marr",
        ADDR,
        catalog=GYM,
    )
    assert items(o) == [("MAT", 1, None)]
    o = parse("c: I want to start yoga at home, I'd like the yoga mat", ADDR, catalog=GYM)
    assert items(o) == [("MAT", 1, None)]
    # the same word as the thing ordered stays
    o = parse("c: dua doreza palestre M", ADDR, catalog=GYM)
    assert items(o) == [("GLOVE", 1, "M")]
