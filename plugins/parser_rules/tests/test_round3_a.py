"""Round 3 (session 4) rules for items on unseen shops. Invented shops and sentences only, not
corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

KITCHEN = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("CUP", "Filxhan porcelani", (), Decimal("5"), ("i bardhë", "blu")),
        CatalogProduct("PAN", "Tigan alumini", (), Decimal("20"), ("24 cm", "28 cm")),
        CatalogProduct("TEA", "Çaj mali", (), Decimal("3"), ()),
    ),
)


def test_a_count_said_to_be_enough_replaces_the_count() -> None:
    o = parse("c: dua 3 filxhane blu", "c: hmm nje mjafton per tani", catalog=KITCHEN)
    assert items(o) == [("CUP", 1, "blu")]
    o = parse("c: I'd like 3 blue cups", "c: one is enough", catalog=KITCHEN)
    assert items(o) == [("CUP", 1, "blu")]
    o = parse("c: vorrei 3 tazze blu", "c: ne basta una", catalog=KITCHEN)
    assert items(o) == [("CUP", 1, "blu")]
    o = parse("c: ich nehme 3 blaue Tassen", "c: eine reicht", catalog=KITCHEN)
    assert items(o) == [("CUP", 1, "blu")]
    o = parse("c: dua 3 filxhane blu", "c: ok, veç nji po mjafton", catalog=KITCHEN)
    assert items(o) == [("CUP", 1, "blu")]
    # with the product named, in a message that names two
    o = parse(
        "c: dua 3 filxhane blu dhe nje tigan 24 cm", "c: filxhanat, dy mjaftojne", catalog=KITCHEN
    )
    assert items(o) == [("PAN", 1, "24 cm"), ("CUP", 2, "blu")]


def test_no_comma_then_a_counted_product_corrects_its_count() -> None:
    # "Jo, <product> dy ..." corrects the count; it does not refuse the product
    o = parse("c: dua 3 filxhane blu", "c: Jo, filxhanat dy mjaftojne", catalog=KITCHEN)
    assert items(o) == [("CUP", 2, "blu")]
    o = parse("c: du 4 tigana 28 cm", "c: jo, tiganat dy mjaftojne", catalog=KITCHEN)
    assert items(o) == [("PAN", 2, "28 cm")]


ANGLER = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("R1", "Kallam karbon Shark", (), Decimal("60"), ("3.30 m", "3.90 m")),
        CatalogProduct("R2", "Kallam teleskopik Lux", (), Decimal("30"), ("2.70 m", "3.00 m")),
        CatalogProduct("REEL", "Mulinel Storm", (), Decimal("40"), ("2000", "4000")),
        CatalogProduct("MONO", "Fije najloni 150m", (), Decimal("5"), ("0.16 mm", "0.28 mm")),
        CatalogProduct("HK", "Grepa çeliku", (), Decimal("3"), ("Nr 4", "Nr 8", "Nr 14")),
        CatalogProduct("FL", "Tapë peshkimi", (), Decimal("2"), ("3g", "5g")),
    ),
)


def test_fishing_words_in_other_languages() -> None:
    o = parse("c: vorrei una canna, 3.90", catalog=ANGLER)
    assert items(o) == [("R1", 1, "3.90 m")]
    o = parse("c: I need a fishing rod, 2.70", catalog=ANGLER)
    assert items(o) == [("R2", 1, "2.70 m")]
    o = parse("c: un mulinello 4000 e filo 0,28, due bobine", catalog=ANGLER)
    assert items(o) == [("REEL", 1, "4000"), ("MONO", 2, "0.28 mm")]
    o = parse("c: ich brauche eine Angelschnur 0,16 und Haken Nr 8", catalog=ANGLER)
    assert items(o) == [("MONO", 1, "0.16 mm"), ("HK", 1, "Nr 8")]
    o = parse("c: 4 galleggianti da 5g", catalog=ANGLER)
    assert items(o) == [("FL", 4, "5g")]


def test_a_bare_decimal_is_a_length_in_metres() -> None:
    o = parse("c: dua nje kallam teleskopik, 3.00", catalog=ANGLER)
    assert items(o) == [("R2", 1, "3.00 m")]
    o = parse("c: a rod please, the 3,30 one", catalog=ANGLER)
    assert items(o) == [("R1", 1, "3.30 m")]


def test_a_count_after_its_variant() -> None:
    o = parse("c: Ami numero 14 tre confezioni e numero 4 due", catalog=ANGLER)
    assert items(o) == [("HK", 3, "Nr 14"), ("HK", 2, "Nr 4")]
    o = parse("c: hooks size 8 three packs and size 14 two", catalog=ANGLER)
    assert items(o) == [("HK", 3, "Nr 8"), ("HK", 2, "Nr 14")]
    o = parse("c: dua tigan 24 cm tre cope dhe 28 cm dy", catalog=KITCHEN)
    assert items(o) == [("PAN", 3, "24 cm"), ("PAN", 2, "28 cm")]
    o = parse("c: dua filxhane blu tre cope dhe te bardhe dy", catalog=KITCHEN)
    assert items(o) == [("CUP", 3, "blu"), ("CUP", 2, "i bardhë")]


GARDEN = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("HOSE", "Tub uji me rrotull", (), Decimal("1500"), ("10 m", "30 m")),
        CatalogProduct("TIGHTS", "Kollant mikrofibër", (), Decimal("500"), ("Nude 1", "Nero 1")),
    ),
)


def test_lengths_said_without_their_unit() -> None:
    # metres and centimetres joined by "e": "3 e 90" is 3.90 m
    o = parse("c: dua nje kallam karbon 3 e 90", catalog=ANGLER)
    assert items(o) == [("R1", 1, "3.90 m")]
    # the metres of a roll as written, in a correction
    o = parse("c: dua nje tub uji 10 metra", "c: jo prit, s'arrin. beje 30", catalog=GARDEN)
    assert items(o) == [("HOSE", 1, "30 m")]
    # a decimal written with a comma and a trailing zero: "0,20" is 0.2 mm
    o = parse("c: voglio filo 0,28", "c: facciamo 0,16 invece", catalog=ANGLER)
    assert items(o) == [("MONO", 1, "0.16 mm")]


def test_flesh_colour_is_nude() -> None:
    o = parse("c: dua nje kollant ngjyre mishi", catalog=GARDEN)
    assert items(o) == [("TIGHTS", 1, "Nude 1")]
    o = parse("c: vorrei un collant color carne", catalog=GARDEN)
    assert items(o) == [("TIGHTS", 1, "Nude 1")]
    o = parse("c: one kollant please, skin colour", catalog=GARDEN)
    assert items(o) == [("TIGHTS", 1, "Nude 1")]


SHIRTS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "POLO",
            "Bluzë polo pambuku",
            (),
            Decimal("18"),
            ("S e bardhë", "M e bardhë", "L e bardhë", "S blu", "M blu", "L blu", "M e zezë"),
        ),
        CatalogProduct(
            "SOX", "Çorape 3 palë", (), Decimal("6"), ("39-42 gri", "43-46 gri", "43-46 e zezë")
        ),
    ),
)


def test_also_one_in_another_colour_keeps_the_size() -> None:
    o = parse(
        "c: dua nje bluze polo M te bardhe", "c: edhe nje blu, te njejten mase", catalog=SHIRTS
    )
    assert items(o) == [("POLO", 1, "M e bardhë"), ("POLO", 1, "M blu")]
    o = parse(
        "c: dua nje bluze polo M te bardhe",
        "m: Ok M e bardhe",
        "c: hmm po do marr edhe dy blu",
        catalog=SHIRTS,
    )
    assert items(o) == [("POLO", 1, "M e bardhë"), ("POLO", 2, "M blu")]
    o = parse(
        "c: I'd like a white polo shirt in M", "c: also one in blue, same size", catalog=SHIRTS
    )
    assert items(o) == [("POLO", 1, "M e bardhë"), ("POLO", 1, "M blu")]
    o = parse(
        "c: vorrei una bluze polo bianca M", "c: anche una blu, stessa taglia", catalog=SHIRTS
    )
    assert items(o) == [("POLO", 1, "M e bardhë"), ("POLO", 1, "M blu")]


def test_also_keeps_the_item_asked_about() -> None:
    o = parse(
        "c: a e keni bluzen polo te bardhe ne L?",
        "m: Po, L e bardhe e kemi",
        "c: edhe dy blu te se njejtes mase",
        "c: Arta Gjoni, Rruga e Elbasanit 12, Tirane, 0691234567",
        catalog=SHIRTS,
    )
    assert items(o) == [("POLO", 1, "L e bardhë"), ("POLO", 2, "L blu")]


BRAS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "BRA",
            "Sutjena pa telë",
            (),
            Decimal("2000"),
            ("75 B nude", "80 C nude", "80 C e zezë", "90 E e zezë"),
        ),
    ),
)


def test_a_capital_letter_after_a_number_is_a_size() -> None:
    # "90 E e zezë": the cup E is not the article "e", so "e zeze" alone does not name it
    o = parse("c: dua nje sutjena pa tele 80 C nude", "c: edhe nje te zeze", catalog=BRAS)
    assert items(o) == [("BRA", 1, "80 C nude"), ("BRA", 1, "80 C e zezë")]


def test_a_reason_after_the_choice_names_nothing() -> None:
    o = parse(
        "c: a i keni sutjenat pa tele ne 80 C?",
        "m: Po, 80 C e kemi ne nude dhe te zeze",
        "c: nude dua, se me bluza te bardha te zezat duken",
        catalog=BRAS,
    )
    assert items(o) == [("BRA", 1, "80 C nude")]
    o = parse(
        "c: do you have the wireless bra sutjena pa tele in 80 C?",
        "m: Yes, 80 C in nude and black",
        "c: nude please, because the black one shows under white shirts",
        catalog=BRAS,
    )
    assert items(o) == [("BRA", 1, "80 C nude")]


BAGS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TOTE", "Çantë pëlhure", (), Decimal("12"), ("S", "M", "L", "XL")),
        CatalogProduct("ZIP", "Çantë shpine me zinxhir", (), Decimal("30"), ("e zezë", "gri")),
        CatalogProduct("FEED", "Ushqim zogjsh", (), Decimal("4"), ("1 kg", "thes 10 kg")),
        CatalogProduct("SEED", "Fara luledielli", (), Decimal("3"), ("1 kg", "5 kg")),
    ),
)


def test_the_biggest_and_the_smallest_size() -> None:
    o = parse("c: dua nje cante pelhure, masen me te madhe qe keni", catalog=BAGS)
    assert items(o) == [("TOTE", 1, "XL")]
    o = parse("c: vorrei una borsa di tela, la piu piccola", catalog=BAGS)
    assert items(o) == [("TOTE", 1, "S")]
    o = parse("c: I want a canvas cante pelhure, the biggest you have", catalog=BAGS)
    assert items(o) == [("TOTE", 1, "XL")]
    # the plain word for big is still the size L
    o = parse("c: dua nje cante pelhure te madhe", catalog=BAGS)
    assert items(o) == [("TOTE", 1, "L")]


def test_a_feature_after_with_names_the_one_product_that_has_it() -> None:
    o = parse("c: dua nje cante pelhure M", "c: edhe nje nga ato me zinxhir, gri", catalog=BAGS)
    assert items(o) == [("TOTE", 1, "M"), ("ZIP", 1, "gri")]
    o = parse(
        "c: one canvas cante pelhure M", "c: and one of those with zinxhir, gri", catalog=BAGS
    )
    assert items(o) == [("TOTE", 1, "M"), ("ZIP", 1, "gri")]


def test_yes_to_the_variant_of_the_merchants_closing_question() -> None:
    o = parse(
        "c: dua fara luledielli 1 kg",
        "c: edhe nje ushqim zogjsh",
        "m: Vjen ne qese 1 kg dhe thes 10 kg. Thesin e 10 kg atehere?",
        "c: ashtu",
        catalog=BAGS,
    )
    assert items(o) == [("SEED", 1, "1 kg"), ("FEED", 1, "thes 10 kg")]


def test_a_question_about_another_variant_does_not_choose_it() -> None:
    o = parse(
        "c: prendo 2 tazze bianche",
        "c: e quella blu va bene per la lavastoviglie?",
        "m: Si, tutte vanno in lavastoviglie",
        "c: ok, solo quelle",
        catalog=KITCHEN,
    )
    assert items(o) == [("CUP", 2, "i bardhë")]
    o = parse(
        "c: dua 3 filxhane te bardha",
        "c: po blu a jane te forta?",
        "m: Po, te gjitha jane porcelan",
        catalog=KITCHEN,
    )
    assert items(o) == [("CUP", 3, "i bardhë")]
    # a question that asks for the change still makes it
    o = parse("c: dua 3 filxhane te bardha", "c: mund t'i beni blu?", catalog=KITCHEN)
    assert items(o) == [("CUP", 3, "blu")]


KIDS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "JACKET", "Xhup dimri fëmijësh", (), Decimal("35"), ("4 vjeç", "6 vjeç", "8 vjeç")
        ),
        CatalogProduct("BOOT", "Çizme shiu", (), Decimal("20"), ("28", "30", "32", "34")),
    ),
)


def test_yes_to_the_size_the_merchant_advises() -> None:
    o = parse(
        "c: dua nje cizme shiu, mban 30",
        "m: Ju keshilloj 32, dalin te vogla",
        "c: ok, me dergoni ato",
        catalog=KIDS,
    )
    assert items(o) == [("BOOT", 1, "32")]
    o = parse(
        "c: I'd like rain boots cizme shiu, size 28",
        "m: I'd recommend the 30, they run small",
        "c: ok please send them",
        catalog=KIDS,
    )
    assert items(o) == [("BOOT", 1, "30")]
    # a size of the customer's own in the answer wins
    o = parse(
        "c: vorrei gli stivali cizme shiu 30",
        "m: Vi consiglio il 32",
        "c: va bene, ma il 34",
        catalog=KIDS,
    )
    assert items(o) == [("BOOT", 1, "34")]


def test_advice_for_a_second_child_is_a_second_line() -> None:
    o = parse(
        "c: dua 2 xhupa dimri, njeri 4 vjec tjetri 7 vjec",
        "m: Per 4 vjec e kemi 4 vjec. Per 7 vjec ju keshilloj 8 vjec",
        "c: ok si thoni ju",
        catalog=KIDS,
    )
    assert items(o) == [("JACKET", 1, "4 vjeç"), ("JACKET", 1, "8 vjeç")]
    o = parse(
        "c: a i keni xhupat e dimrit? vajza eshte 6 vjec, djali 7",
        "m: Per vajzen 6 vjec. Per djalin ju keshilloj 8 vjec",
        "c: Ok si thoni ju. Nje per secilin",
        "c: Drita Hasani, Rruga e Kavajes 40, Tirane, 0691112233",
        catalog=KIDS,
    )
    assert items(o) == [("JACKET", 1, "6 vjeç"), ("JACKET", 1, "8 vjeç")]


SHOP = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TENT", "Tendë kampingu Atlas", (), Decimal("90"), ("2 veta", "4 veta")),
        CatalogProduct("BAG1", "Thes gjumi Polar", (), Decimal("40"), ("S", "L")),
        CatalogProduct("BAG2", "Thes gjumi Breeze", (), Decimal("30"), ("S", "L")),
    ),
)


def test_for_that_product_says_what_it_is_for() -> None:
    # "per ate tende" is what the sleeping bag is for: "te vogel" is the bag's size
    o = parse(
        "c: dua nje tende kampingu per 4 veta",
        "c: edhe nje thes gjumi te vogel per ate tende, cfare me keshilloni",
        "m: Thesi Polar ne masen S, kushton 40 euro",
        "c: po, ate",
        catalog=SHOP,
    )
    assert items(o) == [("TENT", 1, "4 veta"), ("BAG1", 1, "S")]


def test_the_merchant_names_a_product_by_its_model_alone() -> None:
    o = parse(
        "c: I need a tent for 2 people tende kampingu",
        "c: and a sleeping bag thes gjumi, which one do you suggest?",
        "m: The Breeze in L, it costs 30 euro",
        "c: yes, that one",
        catalog=SHOP,
    )
    assert items(o) == [("TENT", 1, "2 veta"), ("BAG2", 1, "L")]


def test_italian_partitive_order_and_and_another_variant() -> None:
    # "me ne servono 10": I need ten of them; "e da 5g 4": and four of the 5 g ones
    o = parse(
        "c: avete tape peshkimi da 3 grammi? Me ne servono 8. E da 5 grammi 4",
        "c: Marco Rossi, Via Roma 3, Bari, 333 123 4567",
        catalog=ANGLER,
    )
    assert items(o) == [("FL", 8, "3g"), ("FL", 4, "5g")]
    o = parse("c: avete le tazze blu?", "m: Si, 5 euro", "c: ne prendo 4", catalog=KITCHEN)
    assert items(o) == [("CUP", 4, "blu")]


def test_what_was_bought_before_is_not_ordered_again() -> None:
    o = parse(
        "c: dua 2 filxhane blu",
        "c: heren e kaluar bleva nje tigan 28 cm tek nje tjeter dhe u dogj, prandaj po provoj ju",
        catalog=KITCHEN,
    )
    assert items(o) == [("CUP", 2, "blu")]
    o = parse(
        "c: I'd like 2 blue cups",
        "c: last year I bought a 28 cm pan elsewhere and it burnt",
        catalog=KITCHEN,
    )
    assert items(o) == [("CUP", 2, "blu")]


DRINKS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("OIL", "Vaj ulliri", (), Decimal("8"), ("0.5L", "1L")),
        CatalogProduct("POT", "Xhezve bakri", (), Decimal("15"), ("2 filxhana", "4 filxhana")),
    ),
)


def test_not_needed_then_the_new_count_and_size() -> None:
    o = parse(
        "c: dua vaj ulliri",
        "m: 0.5L 8 euro, 1L 14 euro",
        "c: dy shishe te vogla",
        "c: fola me burrin, s'duhen dy te vogla, ço nje te madhe me mire",
        catalog=DRINKS,
    )
    assert items(o) == [("OIL", 1, "1L")]
    o = parse(
        "c: vorrei olio vaj ulliri, due bottiglie piccole",
        "c: scusi, non servono due piccole, meglio una grande",
        catalog=DRINKS,
    )
    assert items(o) == [("OIL", 1, "1L")]


def test_small_and_big_among_variants_numbered_the_same_way() -> None:
    o = parse(
        "c: a keni xhezve bakri?",
        "m: Po, 2 filxhana dhe 4 filxhana",
        "c: atehere nje te vogel dhe nje te madhe",
        "c: Elira Meta, Rruga e Dibres 5, Tirane, 0692223344",
        catalog=DRINKS,
    )
    assert items(o) == [("POT", 1, "2 filxhana"), ("POT", 1, "4 filxhana")]


BOARDS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("RSURF", "Kallam surfcasting Tide", (), Decimal("90"), ()),
        CatalogProduct("RSPIN", "Kallam spinning Wind", (), Decimal("50"), ()),
        CatalogProduct("REEL", "Mulinel surf Gale", (), Decimal("70"), ()),
    ),
)


def test_a_compounds_first_part_names_it_too() -> None:
    # "surfcasting" holds the catalog word "surf" (of the reel): "kallam surf" is that rod
    o = parse("c: dua nje kallam surf", catalog=BOARDS)
    assert items(o) == [("RSURF", 1, None)]
    o = parse("c: vorrei una canna da surf", catalog=BOARDS)
    assert items(o) == [("RSURF", 1, None)]


PROTEIN = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "WHEY",
            "Proteinë hirre Forte",
            (),
            Decimal("30"),
            (
                "500g Vanilla Cream",
                "500g Rich Chocolate",
                "1kg Vanilla Cream",
                "1kg Rich Chocolate",
            ),
        ),
    ),
)


def test_a_flavour_change_keeps_the_weight() -> None:
    o = parse(
        "c: dua proteine hirre 500 g me vanilje",
        "c: jo prit, me cokollade ma mire",
        catalog=PROTEIN,
    )
    assert items(o) == [("WHEY", 1, "500g Rich Chocolate")]
    o = parse(
        "c: vorrei la proteina hirre da 1 kg alla vaniglia",
        "c: anzi, meglio al cioccolato",
        catalog=PROTEIN,
    )
    assert items(o) == [("WHEY", 1, "1kg Rich Chocolate")]


SCARVES2 = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BF", "Rrip femrash", (), Decimal("12"), ("S", "M")),
        CatalogProduct("BM", "Rrip meshkujsh", (), Decimal("12"), ("M", "L")),
    ),
)


def test_ablative_plural_gender_words_are_gender() -> None:
    # "femrash" / "meshkujsh" (of women / of men) meet "da donna", "men's", "für Herren"
    o = parse("c: vorrei una cintura da donna, taglia M", catalog=SCARVES2)
    assert items(o) == [("BF", 1, "M")]
    o = parse("c: ich möchte einen Gürtel für Herren, Größe L", catalog=SCARVES2)
    assert items(o) == [("BM", 1, "L")]


def test_a_generic_word_then_the_variant_that_tells_which() -> None:
    # "mulinel" fits two reels, neither ordered yet; "4000" is sold by one of them only
    reels = Catalog(
        currency="EUR",
        products=(
            CatalogProduct("ROD", "Kallam karbon Shark", (), Decimal("60"), ("3.30 m",)),
            CatalogProduct("R1", "Mulinel Storm", (), Decimal("40"), ("1000", "2000")),
            CatalogProduct("R2", "Mulinel Gale", (), Decimal("70"), ("4000", "6000")),
        ),
    )
    o = parse(
        "c: dua nje kallam karbon 3.30",
        "c: edhe nje mulinel te madh. 4000 shkon mire?",
        catalog=reels,
    )
    assert items(o) == [("ROD", 1, "3.30 m"), ("R2", 1, "4000")]
    o = parse(
        "c: I'd like the carbon rod kallam karbon, 3.30",
        "c: and a big reel mulinel. Would the 6000 work?",
        catalog=reels,
    )
    assert items(o) == [("ROD", 1, "3.30 m"), ("R2", 1, "6000")]


def test_big_or_small_as_a_subject_is_no_size() -> None:
    o = parse(
        "c: dua 3 kallama teleskopik 2.70",
        "c: jo, kallamat dy mjaftojne, i madhi ka te vetin",
        catalog=ANGLER,
    )
    assert items(o) == [("R2", 2, "2.70 m")]
    o = parse(
        "c: I want 3 telescopic rods kallam teleskopik 2.70",
        "c: no wait, the rods kallamat, two are enough, the big one has his own",
        catalog=ANGLER,
    )
    assert items(o) == [("R2", 2, "2.70 m")]


def test_a_size_or_maybe_another_is_one_line() -> None:
    o = parse(
        "c: dua nje cizme shiu",
        "c: zakonisht mban 30 po ndoshta 32",
        "c: Ana Kola, Rruga e Durresit 10, Tirane, 0691234567",
        catalog=KIDS,
    )
    assert items(o) == [("BOOT", 1, None)]
    o = parse("c: I would like cizme shiu", "c: usually a 28, or maybe a 30", catalog=KIDS)
    assert items(o) == [("BOOT", 1, None)]
    # two sizes with their counts are still two lines
    o = parse("c: dua cizme shiu", "c: nje 28 dhe nje 30", catalog=KIDS)
    assert items(o) == [("BOOT", 1, "28"), ("BOOT", 1, "30")]
