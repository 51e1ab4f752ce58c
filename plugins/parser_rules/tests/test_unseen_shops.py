"""Rules for shops the parser has not seen: sizes given the other way (a child's age or height
for sizes in cm, a rug's sides in metres), Albanian ordinals on numbers, sizes inside a range,
decimals written two ways, product words of several words, the English article "a", street
words that are common words. Invented shops and sentences, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.numbers import find_measures
from plugins.parser_rules.places import street_score
from plugins.parser_rules.tests.conftest import items, parse
from plugins.parser_rules.variants import variant_spec


def _cat(*products: CatalogProduct) -> Catalog:
    return Catalog(currency="EUR", products=products)


KIDS = _cat(
    CatalogProduct(
        "PJ", "Pizhame fëmijësh", (), Decimal("12"), ("86-92", "98-104", "110-116", "122-128")
    ),
    CatalogProduct("DR", "Fustan vajze", (), Decimal("18"), ("2-3 vjeç", "4-5 vjeç", "6-7 vjeç")),
    CatalogProduct("BODY", "Body bebe", (), Decimal("8"), ("56", "62", "68", "74", "80")),
    CatalogProduct("JKT", "Xhup fëmijësh", (), Decimal("30"), ("98/104", "110/116", "122/128")),
)


def test_a_childs_age_meets_sizes_in_cm() -> None:
    assert items(parse("c: dua nje pizhame per djalin 5 vjec", catalog=KIDS)) == [
        ("PJ", 1, "110-116")
    ]
    assert items(parse("c: eine Pyjama für meine Tochter, sie ist 7 Jahre alt", catalog=KIDS)) == [
        ("PJ", 1, "122-128")
    ]
    assert items(parse("c: one kids jacket xhup for a 3 year old", catalog=KIDS)) == [
        ("JKT", 1, "98/104")
    ]
    # a baby's months: the size made for up to that age
    assert items(parse("c: 2 body bebe per nje 5 muajsh", catalog=KIDS)) == [("BODY", 2, "68")]


def test_a_childs_height_meets_sizes_in_cm_or_in_years() -> None:
    assert items(parse("c: pizhame per vajzen qe ka 1 m e 20", catalog=KIDS)) == [
        ("PJ", 1, "122-128")
    ]
    assert items(parse("c: pizhame, djali eshte 1.01", catalog=KIDS)) == [("PJ", 1, "98-104")]
    # 120 cm is the height of a six-year-old: the dress for 6-7
    assert items(parse("c: fustan vajze, e gjate 120 cm", catalog=KIDS)) == [("DR", 1, "6-7 vjeç")]


def test_metres_and_centimetres_are_one_length() -> None:
    keys = [m.key for m in find_measures(tokenize("1 m e 20"))]
    assert keys == ["cm:120"]
    assert [m.key for m in find_measures(tokenize("1m40"))] == ["cm:140"]
    # a count after a length is not centimetres
    assert [m.key for m in find_measures(tokenize("2 m e 3 cope"))] == ["cm:200"]


HOME = _cat(
    CatalogProduct("RUG", "Qilim", (), Decimal("80"), ("120x170", "160x230", "200x290")),
    CatalogProduct("CUR", "Perde", (), Decimal("30"), ("140 x 250 cm", "280 x 250 cm")),
    CatalogProduct("TOW", "Peshqir", (), Decimal("9"), ("50x90", "70x140")),
    CatalogProduct("BOLT", "Vida", (), Decimal("3"), ("4x40 mm", "5x60 mm")),
)


def test_sides_in_metres_meet_the_nearest_size() -> None:
    assert variant_spec("200x290").dims == (200.0, 290.0)
    assert variant_spec("2x3 m").dims == (200.0, 300.0)
    assert variant_spec("4x40 mm").dims == ()
    assert items(parse("c: dua nje qilim 2 me 3", catalog=HOME)) == [("RUG", 1, "200x290")]
    assert items(parse("c: a rug 1.6 by 2.3 metres please", catalog=HOME)) == [
        ("RUG", 1, "160x230")
    ]
    assert items(parse("c: perde 2 cope 1.40 me 2.50", catalog=HOME)) == [
        ("CUR", 2, "140 x 250 cm")
    ]
    # far from every size: no variant
    assert items(parse("c: nje qilim 3 me 4", catalog=HOME)) == [("RUG", 1, None)]


def test_big_and_small_among_sizes_by_surface() -> None:
    assert items(parse("c: dua 2 peshqira te medhenj", catalog=HOME)) == [("TOW", 2, "70x140")]
    assert items(parse("c: zwei kleine Handtücher peshqir", catalog=HOME)) == [("TOW", 2, "50x90")]


SHOP = _cat(
    CatalogProduct("PERF", "Parfum Rose", (), Decimal("40"), ("30 ml", "50 ml", "100 ml")),
    CatalogProduct("SNK", "Atlete Urban", (), Decimal("50"), ("38", "39", "40", "41")),
    CatalogProduct("SOCK", "Çorape pambuku", (), Decimal("2"), ("36-40", "41-46")),
    CatalogProduct("SLIP", "Papuçe", (), Decimal("9"), ("36-37", "38-39", "40-41")),
    CatalogProduct("LENS", "Lente kontakti", (), Decimal("20"), ("-1.00", "-1.50", "-2.50")),
    CatalogProduct("BR", "Byzylyk", (), Decimal("25"), ("Ari", "Argjend")),
)


def test_albanian_ordinal_on_a_number_is_the_size_not_a_count() -> None:
    assert items(parse("c: dua parfumin rose 50shin", catalog=SHOP)) == [("PERF", 1, "50 ml")]
    assert items(parse("c: dy parfume te 30shit", catalog=SHOP)) == [("PERF", 2, "30 ml")]
    assert items(parse("c: atletet urban, te 40-shit", catalog=SHOP)) == [("SNK", 1, "40")]


def test_a_size_inside_a_range_of_sizes() -> None:
    assert items(parse("c: corape pambuku 3 pale numer 43", catalog=SHOP)) == [("SOCK", 3, "41-46")]
    assert items(parse("c: nje pale papuqe 39", catalog=SHOP)) == [("SLIP", 1, "38-39")]


def test_decimals_written_with_or_without_trailing_zero() -> None:
    assert items(parse("c: dua lente kontakti -2.5 nje kuti", catalog=SHOP)) == [
        ("LENS", 1, "-2.50")
    ]
    assert items(parse("c: lente kontakti minus 1,5, 2 kuti", catalog=SHOP)) == [
        ("LENS", 2, "-1.50")
    ]


def test_gold_named_by_the_noun() -> None:
    assert items(parse("c: dua byzylykun prej ari", catalog=SHOP)) == [("BR", 1, "Ari")]
    assert items(parse("c: I want the gold bracelet byzylyk", catalog=SHOP)) == [("BR", 1, "Ari")]


CLOTHES = _cat(
    CatalogProduct("EVE", "Fustan mbrëmje", (), Decimal("60"), ("E zezë", "E kuqe")),
    CatalogProduct("SUM", "Fustan veror", (), Decimal("25"), ("E bardhë", "E verdhë")),
    CatalogProduct("SUN", "Syze dielli", (), Decimal("30"), ("E zezë", "Kafe")),
    CatalogProduct("TEE", "Bluzë me mëngë të shkurtra", (), Decimal("10"), ("S", "M", "L")),
    CatalogProduct("RING", "Unazë", (), Decimal("20"), ("16", "17", "18")),
)


def test_product_words_of_several_words() -> None:
    assert items(parse("c: I'll take the black evening gown", catalog=CLOTHES)) == [
        ("EVE", 1, "E zezë")
    ]
    assert items(parse("c: vorrei un abito da sera rosso", catalog=CLOTHES)) == [
        ("EVE", 1, "E kuqe")
    ]
    assert items(parse("c: I want sunglasses, brown ones", catalog=CLOTHES)) == [("SUN", 1, "Kafe")]
    assert items(parse("c: dua nje t-shirt L", catalog=CLOTHES)) == [("TEE", 1, "L")]


def test_english_article_a_does_not_ask() -> None:
    # Albanian "a" asks ("a e keni...?"); the English article starts a bare list
    assert items(parse("c: a white summer dress fustan veror please", catalog=CLOTHES)) == [
        ("SUM", 1, "E bardhë")
    ]
    order = parse("c: a e keni fustanin veror te bardhe", catalog=CLOTHES)
    assert not order.is_order


def test_common_words_that_end_streets_need_a_name() -> None:
    assert street_score(tokenize("silver ring size 18")) < 3
    assert street_score(tokenize("a ring size 18")) < 3
    assert street_score(tokenize("Kaiser Ring 18")) >= 3
    assert street_score(tokenize("station road 5")) >= 3
    order = parse("c: I want a ring size 18", catalog=CLOTHES)
    assert items(order) == [("RING", 1, "18")]
    assert order.address is None


PARTY = _cat(
    CatalogProduct("BAL", "Balona latex", (), Decimal("1"), ("Ari", "Argjend", "Rozë", "Blu")),
    CatalogProduct("NUM", "Balonë numër", (), Decimal("4"), ("0", "1", "2", "3")),
    CatalogProduct("PLT", "Pjata letre", (), Decimal("3"), ("10 copë", "20 copë")),
)


def test_a_word_two_products_share_is_the_one_sold_in_the_words_variant() -> None:
    assert items(parse("c: dua 20 balona roze dhe 10 blu", catalog=PARTY)) == [
        ("BAL", 20, "Rozë"),
        ("BAL", 10, "Blu"),
    ]
    assert items(parse("c: 15 balona te arta, 5 te argjendta", catalog=PARTY)) == [
        ("BAL", 15, "Ari"),
        ("BAL", 5, "Argjend"),
    ]


def test_packs_of_n_are_not_n_of_each() -> None:
    assert items(parse("c: pjata letre 3 pako nga 20", catalog=PARTY)) == [("PLT", 3, "20 copë")]


HOUSE = _cat(
    CatalogProduct(
        "VAC", "Fshesë me korrent", ("aspirapolvere",), Decimal("120"), ("Me qese", "Pa qese")
    ),
    CatalogProduct("COAT", "Pallto", (), Decimal("90"), ("Bezhë", "Zezë")),
    CatalogProduct("BAG", "Çanta shpine", (), Decimal("30"), ()),
    CatalogProduct("SHIRT", "Këmishë me vija", (), Decimal("22"), ("S", "M", "L")),
)


def test_without_names_the_variant_sold_without() -> None:
    assert items(parse("c: vorrei un aspirapolvere senza sacchetto", catalog=HOUSE)) == [
        ("VAC", 1, "Pa qese")
    ]
    assert items(parse("c: dua fshesen me korrent pa qese", catalog=HOUSE)) == [
        ("VAC", 1, "Pa qese")
    ]
    # a product without such a variant: "senza" still removes it
    order = parse(
        "c: dua nje pallto bezhe dhe nje fshese me korrent me qese",
        "c: ok, ma senza la pallto",
        catalog=HOUSE,
    )
    assert items(order) == [("VAC", 1, "Me qese")]


def test_loose_spelling_of_double_letters_and_q_for_c() -> None:
    assert items(parse("c: palton bezhe e dua", catalog=HOUSE)) == [("COAT", 1, "Bezhë")]
    assert items(parse("c: dua nje qante shpine", catalog=HOUSE)) == [("BAG", 1, None)]


def test_polite_bare_list_commits() -> None:
    order = parse("c: the beige coat pallto please", catalog=HOUSE)
    assert order.is_order and items(order) == [("COAT", 1, "Bezhë")]
    order = parse("c: pallto ju lutem", catalog=HOUSE)
    assert order.is_order and items(order) == [("COAT", 1, None)]
    assert not parse("c: pallto sa kushton ju lutem", catalog=HOUSE).is_order


def test_a_general_concept_the_catalog_names_in_its_own_words() -> None:
    # "striped" is the concept of "me vija" (lines/stripes), only for a catalog holding it
    assert items(parse("c: I'll take the striped kemishe, large", catalog=HOUSE)) == [
        ("SHIRT", 1, "L")
    ]


JEWEL = _cat(
    CatalogProduct("EAR-G", "Vathë ari", (), Decimal("120"), ()),
    CatalogProduct("EAR-S", "Vathë argjendi", (), Decimal("30"), ()),
    CatalogProduct(
        "W-M", "Orë dore për meshkuj", (), Decimal("80"), ("Rrip lëkure", "Rrip metalik")
    ),
    CatalogProduct("W-F", "Orë dore për femra", (), Decimal("75"), ("Rozë", "Argjend")),
)


def test_german_compounds_carry_the_attribute() -> None:
    assert items(parse("c: ich möchte Silberohrringe", catalog=JEWEL)) == [("EAR-S", 1, None)]
    assert items(parse("c: ich möchte eine Herrenuhr mit Lederarmband", catalog=JEWEL)) == [
        ("W-M", 1, "Rrip lëkure")
    ]
    assert items(parse("c: eine Damenuhr in rosa bitte", catalog=JEWEL)) == [("W-F", 1, "Rozë")]


FARM = _cat(
    CatalogProduct("HONEY", "Mjaltë lulesh", (), Decimal("10"), ("250 g", "500 g", "1 kg")),
    CatalogProduct("OIL", "Vaj ulliri", (), Decimal("12"), ("1 L", "3 L", "5 L")),
    CatalogProduct("HOOD", "Duks", (), Decimal("25"), ("Gri S", "Gri M", "E zezë S", "E zezë M")),
    CatalogProduct("JEANS", "Xhinse", (), Decimal("30"), ("30", "32", "34")),
)
DETAILS = "c: Mira Kola, Rr. Dibres 12, Tirane, 0692223344"


def test_a_place_in_the_merchants_list_of_options() -> None:
    order = parse(
        "c: mjalte lulesh dua",
        "m: 1) 250 g 2) 500 g 3) 1 kg",
        "c: te treten",
        DETAILS,
        catalog=FARM,
    )
    assert items(order) == [("HONEY", 1, "1 kg")]
    order = parse(
        "c: olive oil please",
        "m: We have 1 L, 3 L and 5 L",
        "c: the first one",
        DETAILS,
        catalog=FARM,
    )
    assert items(order) == [("OIL", 1, "1 L")]
    order = parse(
        "c: Olivenöl bitte", "m: 1 L, 3 L oder 5 L?", "c: die letzte", DETAILS, catalog=FARM
    )
    assert items(order) == [("OIL", 1, "5 L")]


def test_the_amount_of_the_one_chosen() -> None:
    order = parse(
        "c: vorrei l'olio d'oliva", "m: 1 L, 3 L o 5 L?", "c: quella da 3", DETAILS, catalog=FARM
    )
    assert items(order) == [("OIL", 1, "3 L")]
    # a bare number after the product is still a count when nothing marks it as the amount
    assert items(parse("c: dua vaj ulliri 5 L, 3 shishe", catalog=FARM)) == [("OIL", 3, "5 L")]


def test_a_colour_answered_alone_waits_for_the_size() -> None:
    order = parse(
        "c: duksin e dua",
        "m: Cilen ngjyre?",
        "c: te zezen",
        "m: Masa?",
        "c: M",
        DETAILS,
        catalog=FARM,
    )
    assert items(order) == [("HOOD", 1, "E zezë M")]


def test_a_size_then_no_better_another() -> None:
    order = parse("c: xhinse dua", "m: cilen mase?", "c: 32, jo me mire 34", DETAILS, catalog=FARM)
    assert items(order) == [("JEANS", 1, "34")]


HARDWARE = _cat(
    CatalogProduct(
        "PAINT", "Bojë fasade", (), Decimal("40"), ("Bardhë / White 5 L", "Bardhë / White 15 L")
    ),
    CatalogProduct("KET", "Kazan uji elektrik", (), Decimal("25"), ("Inox", "E bardhë")),
    CatalogProduct("TAB", "Mbulesë tavoline", (), Decimal("5"), ("Rrethore", "Drejtkëndore")),
    CatalogProduct("SET", "Set pizhame", (), Decimal("15"), ("2 vjeç", "5 vjeç")),
    CatalogProduct("TAPE", "Shirit izolues", (), Decimal("1"), ()),
)


def test_general_words_for_paint_kettles_round_and_steel() -> None:
    assert items(parse("c: I need white facade paint, 15 litres", catalog=HARDWARE)) == [
        ("PAINT", 1, "Bardhë / White 15 L")
    ]
    assert items(parse("c: vorrei un bollitore in acciaio", catalog=HARDWARE)) == [
        ("KET", 1, "Inox")
    ]
    assert items(parse("c: kazanin e ujit inoksi e dua", catalog=HARDWARE)) == [("KET", 1, "Inox")]
    assert items(parse("c: a round tablecloth please", catalog=HARDWARE)) == [
        ("TAB", 1, "Rrethore")
    ]


def test_containers_count_the_product() -> None:
    assert items(parse("c: boje fasade e bardhe 5 L, 3 kova", catalog=HARDWARE)) == [
        ("PAINT", 3, "Bardhë / White 5 L")
    ]
    assert items(parse("c: 4 rrotulla shirit izolues", catalog=HARDWARE)) == [("TAPE", 4, None)]


def test_a_three_letter_catalog_word_inflected() -> None:
    assert items(parse("c: dua setin e pizhames per 5 vjec", catalog=HARDWARE)) == [
        ("SET", 1, "5 vjeç")
    ]


def test_a_count_of_pieces_does_not_name_a_numbered_variant() -> None:
    assert items(parse("c: set pizhame per 5 vjec, 2 cope", catalog=HARDWARE)) == [
        ("SET", 2, "5 vjeç")
    ]


KITCHEN = _cat(
    CatalogProduct("PAN", "Tigan granit", (), Decimal("22"), ("20 cm", "24cm", "28cm", "32 CM")),
    CatalogProduct(
        "WHEY", "Whey Protein", (), Decimal("40"), ("908g Chocolate", "2.27kg Chocolate")
    ),
    CatalogProduct("GAIN", "Serious Mass", (), Decimal("50"), ("2.72 kg", "5.45 kg")),
    CatalogProduct("TEE", "Maicë", (), Decimal("12"), ("S", "M", "L")),
    CatalogProduct("CREA", "Creatine", (), Decimal("20"), ("300g", "500g")),
    CatalogProduct("PRE", "C4 Pre-Workout", (), Decimal("30"), ("Fruit Punch", "Cherry")),
    CatalogProduct("WAL-F", "Portofol femrash", (), Decimal("28"), ("E kuqe", "Rozë")),
    CatalogProduct("WAL-M", "Portofol meshkujsh", (), Decimal("30"), ("Zi", "Kafe e errët")),
)


def test_a_merchants_list_of_sizes_in_stock_confirms_none() -> None:
    order = parse(
        "c: sa kushton tigani granit?",
        "m: 2200 lek. E kemi ne 20, 24, 28 dhe 32 cm",
        "c: ok po e marr",
        DETAILS,
        catalog=KITCHEN,
    )
    assert items(order) == [("PAN", 1, None)]
    order = parse(
        "c: tigan granit dua", "m: Tigani 28 cm, 2200 lek", "c: ok", DETAILS, catalog=KITCHEN
    )
    assert items(order) == [("PAN", 1, "28cm")]


def test_pounds_meet_grams() -> None:
    assert items(parse("c: dua whey protein 2 paund chocolate", catalog=KITCHEN)) == [
        ("WHEY", 1, "908g Chocolate")
    ]
    assert items(parse("c: I want serious mass, the 12 lbs one", catalog=KITCHEN)) == [
        ("GAIN", 1, "5.45 kg")
    ]


def test_a_word_for_size_is_not_a_product() -> None:
    order = parse(
        "c: dua nje maice M", "c: maicen me mire S se masat jane te medha", catalog=KITCHEN
    )
    assert items(order) == [("TEE", 1, "S")]


def test_foreign_c_spelt_k_and_model_codes() -> None:
    assert items(parse("c: dua nje kreatin 500 gram", catalog=KITCHEN)) == [("CREA", 1, "500g")]
    assert items(parse("c: dua c4 me shije qershie", catalog=KITCHEN)) == [("PRE", 1, "Cherry")]


def test_two_products_one_word_the_variant_said_with_it_decides() -> None:
    order = parse(
        "c: dua nje tigan granit 24",
        "m: 2200 lek",
        "c: edhe nje portofol kafe te erret",
        DETAILS,
        catalog=KITCHEN,
    )
    assert items(order) == [("PAN", 1, "24cm"), ("WAL-M", 1, "Kafe e errët")]


def test_a_word_two_products_share_then_a_variant_only_one_has() -> None:
    order = parse(
        "c: kerkoj nje portofol",
        "m: per femra apo meshkuj? ngjyra?",
        "c: kafe te erret",
        "c: edhe nje tigan 28",
        DETAILS,
        catalog=KITCHEN,
    )
    assert items(order) == [("WAL-M", 1, "Kafe e errët"), ("PAN", 1, "28cm")]


TYRES = _cat(
    CatalogProduct("SAVA", "Sava Eskimo", (), Decimal("55"), ("185/65 R15", "195/65 R15")),
    CatalogProduct("CONT", "Continental Winter", (), Decimal("105"), ("195/65 R15", "205/55 R16")),
    CatalogProduct("TEE", "Bluzë", (), Decimal("10"), ("S", "M", "L")),
)


def test_a_variant_said_before_the_product_was_settled() -> None:
    order = parse(
        "c: a keni goma dimri 195/65 R15?",
        "m: Po: Sava 55€ dhe Continental 105€ copa",
        "c: Sava atehere, 4 cope",
        DETAILS,
        catalog=TYRES,
    )
    assert items(order) == [("SAVA", 4, "195/65 R15")]


def test_a_variant_said_for_another_product_is_not_carried() -> None:
    order = parse(
        "c: dua nje bluze M",
        "c: edhe goma sava 4 cope",
        DETAILS,
        catalog=TYRES,
    )
    assert items(order) == [("TEE", 1, "M"), ("SAVA", 4, None)]


CARE = _cat(
    CatalogProduct("WAX", "Turtle Wax", (), Decimal("14"), ()),
    CatalogProduct("BCAA", "BCAA pluhur", (), Decimal("25"), ("Lemon", "Watermelon")),
    CatalogProduct("BED", "Krevat", (), Decimal("400"), ("160x200", "180x200")),
)


def test_a_count_after_only_or_take_changes_the_count() -> None:
    assert items(parse("c: 3 turtle wax", "c: wax vetem nje", catalog=CARE)) == [("WAX", 1, None)]
    assert items(parse("c: BCAA lemon", "c: BCAA nimm zwei bitte", catalog=CARE)) == [
        ("BCAA", 2, "Lemon")
    ]
    # the number after "instead of" is the old value, not a count
    order = parse("c: a bed 180x200", "c: make the bed 160 instead of 180", catalog=CARE)
    assert items(order) == [("BED", 1, "160x200")]


def test_albanian_spelling_of_foreign_x_and_w() -> None:
    assert items(parse("c: dua 2 vaksa turtle", catalog=CARE)) == [("WAX", 2, None)]
