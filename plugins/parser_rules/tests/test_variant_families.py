"""Variant families a merchant types and a customer says in another language or form: cover
(hard/soft), paper (squared/lined), side (left/right), people, season, beans/ground, language
editions; size letters beside a colour ("S/M schwarz"); a note in parentheses ("4 (9-14 kg)");
fractions of a unit; packs counted beside a numbered size. Invented shops, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.tests.conftest import items, parse
from plugins.parser_rules.variants import variant_spec

MIXED = Catalog(
    products=(
        CatalogProduct(
            "NOV", "Roman Liria", ("liria",), Decimal("12"), ("Kapak i fortë", "Kapak i butë")
        ),
        CatalogProduct("DIC", "Fjalor xhepi", (), Decimal("9"), ("Shqip", "English")),
        CatalogProduct(
            "PAD", "Blloku shënimesh", ("blloku",), Decimal("2"), ("A5 me vija", "A5 me katrorë")
        ),
        CatalogProduct(
            "SOF",
            "Kolltuk këndor Tirana",
            ("kolltuk",),
            Decimal("500"),
            ("Majtas / Blu", "Djathtas / Blu"),
        ),
        CatalogProduct(
            "HUT", "Kasolle kampingu", ("kasolle",), Decimal("90"), ("2 veta", "5 veta")
        ),
        CatalogProduct("QLT", "Jorgan pendë", ("jorgan",), Decimal("60"), ("Verë", "Dimër")),
        CatalogProduct(
            "CAF", "Kafe Moka", ("moka",), Decimal("7"), ("250 g - kokërr", "250 g - e bluar")
        ),
        CatalogProduct(
            "CAP",
            "Kapelë çiklizmi",
            ("kapele",),
            Decimal("20"),
            ("S/M e zezë", "L/XL e zezë", "S/M e kuqe"),
        ),
        CatalogProduct(
            "NAP",
            "Pelena Bebi Soft",
            ("pelena",),
            Decimal("9"),
            ("1 (2-5 kg)", "2 (4-8 kg)", "3 (6-10 kg)"),
        ),
        CatalogProduct("KOM", "Kompostova shtëpie", (), Decimal("4"), ("1/2 kg", "1 kg")),
    )
)


def test_hard_and_soft_cover_in_other_languages() -> None:
    order = parse("c: vorrei il romanzo Liria, copertina morbida", catalog=MIXED)
    assert items(order) == [("NOV", 1, "Kapak i butë")]
    order = parse("c: one Liria hardcover please", catalog=MIXED)
    assert items(order) == [("NOV", 1, "Kapak i fortë")]


def test_language_edition() -> None:
    order = parse("c: dua nje fjalor xhepi ne anglisht", catalog=MIXED)
    assert items(order) == [("DIC", 1, "English")]


def test_squared_and_lined_paper() -> None:
    order = parse("c: 3 blloku me kuadrata", catalog=MIXED)
    assert items(order) == [("PAD", 3, "A5 me katrorë")]
    order = parse("c: zwei Blloku liniert bitte", catalog=MIXED)
    assert items(order) == [("PAD", 2, "A5 me vija")]


def test_side_of_a_corner_sofa() -> None:
    order = parse("c: il kolltuk blu con angolo a destra, lo prendo", catalog=MIXED)
    assert items(order) == [("SOF", 1, "Djathtas / Blu")]


def test_people_and_season() -> None:
    order = parse("c: I'll take the kasolle for 5 people", catalog=MIXED)
    assert items(order) == [("HUT", 1, "5 veta")]
    order = parse("c: ich nehme den Jorgan für den Winter", catalog=MIXED)
    assert items(order) == [("QLT", 1, "Dimër")]


def test_beans_or_ground() -> None:
    order = parse("c: Ich möchte Moka, gemahlen, 250g", catalog=MIXED)
    assert items(order) == [("CAF", 1, "250 g - e bluar")]
    order = parse("c: dy moka kokrra", catalog=MIXED)
    assert items(order) == [("CAF", 2, "250 g - kokërr")]


def test_size_letters_beside_a_colour() -> None:
    spec = variant_spec("S/M schwarz")
    assert spec.sizes == ("S", "M") and spec.keys == ("#black",)
    order = parse("c: dua nje kapele te kuqe", catalog=MIXED)
    assert items(order) == [("CAP", 1, "S/M e kuqe")]
    order = parse("c: dua nje kapele te zeze te madhe", catalog=MIXED)
    assert items(order) == [("CAP", 1, "L/XL e zezë")]


def test_note_in_parentheses_is_another_name() -> None:
    spec = variant_spec("2 (4-8 kg)")
    assert spec.number == "2" and spec.alt is not None and spec.alt.range_ == (4.0, 8.0, "kg")
    order = parse("c: 2 pako pelena numer 3", catalog=MIXED)
    assert items(order) == [("NAP", 2, "3 (6-10 kg)")]


def test_fraction_of_a_unit() -> None:
    assert variant_spec("1/2 kg").measure == "g:500"
    assert variant_spec("½ kg").measure == "g:500"
    order = parse("c: gjysem kile kompostova", catalog=MIXED)
    assert items(order) == [("KOM", 1, "1/2 kg")]


def test_catalog_root_with_an_ending_the_stemmer_cuts_further() -> None:
    # "kompostove" stems shorter than "Kompostova": the catalog root plus "-e" still reaches it
    assert index_for(MIXED).resolve("kompostove") == index_for(MIXED).resolve("kompostova")


def test_known_given_name_that_is_also_a_lexicon_word() -> None:
    order = parse(
        "c: dua nje jorgan per vere",
        "m: Emri dhe numri?",
        "c: Shqipe Gashi, Rr. Dibres 12, Tirane, 069 123 4567",
        catalog=MIXED,
    )
    assert order.customer_name == "Shqipe Gashi"


HOME = Catalog(
    products=(
        CatalogProduct("CAB", "Kabinet banjo", ("kabinet",), Decimal("80"), ("Bardhë", "Lisi")),
        CatalogProduct("LMP", "Abazhur tavoline", ("abazhur",), Decimal("25"), ("Zi", "Gri")),
        CatalogProduct("FRM", "Kornizë druri", ("kornize",), Decimal("8"), ("20x30", "30x40")),
        CatalogProduct(
            "SEA", "Karrige makine per bebe", ("karrige makine",), Decimal("90"), ("Gri", "Blu")
        ),
    )
)


def test_yes_that_one_takes_the_item_the_merchant_offered() -> None:
    order = parse(
        "c: Kabinetin e banjos e keni ne ngjyre druri?",
        "m: Po, Lisi, 80€.",
        "c: po ai",
        "c: edhe nje abazhur te zi",
        "c: Mira Lala, Rr. Kavajes 5, Tirane, 068 111 2233",
        catalog=HOME,
    )
    assert items(order) == [("CAB", 1, "Lisi"), ("LMP", 1, "Zi")]


def test_a_merchant_question_proposing_one_variant_answered_yes() -> None:
    order = parse(
        "c: dua 3 korniza te vogla",
        "m: Kornizë 20x30?",
        "c: po",
        "c: Mira Lala, Rr. Kavajes 5, Tirane, 068 111 2233",
        catalog=HOME,
    )
    assert items(order) == [("FRM", 3, "20x30")]


def test_an_age_is_not_a_count() -> None:
    order = parse(
        "c: karrige makine per bebe keni? vajza ka 5 muaj",
        "m: Po, gri dhe blu.",
        "c: blu e dua",
        "c: Mira Lala, Rr. Kavajes 5, Tirane, 068 111 2233",
        catalog=HOME,
    )
    assert items(order) == [("SEA", 1, "Blu")]


def test_a_count_for_each_item_named() -> None:
    order = parse("c: dua kornize 20x30 edhe 30x40, nga dy", catalog=HOME)
    assert items(order) == [("FRM", 2, "20x30"), ("FRM", 2, "30x40")]
    order = parse("c: I'll take a black abazhur and a grey one, two of each", catalog=HOME)
    assert items(order) == [("LMP", 2, "Zi"), ("LMP", 2, "Gri")]


def test_a_number_word_closing_the_segment_counts_the_product() -> None:
    order = parse("c: abazhur te zi tre, edhe nje kabinet lisi", catalog=HOME)
    assert items(order) == [("LMP", 3, "Zi"), ("CAB", 1, "Lisi")]


def test_a_doubled_no_answers_and_the_value_after_it_is_the_new_one() -> None:
    order = parse(
        "c: nje abazhur te zi",
        "c: jo jo, gri e dua",
        catalog=HOME,
    )
    assert items(order) == [("LMP", 1, "Gri")]
    order = parse("c: one black abazhur", "c: no no, grey", catalog=HOME)
    assert items(order) == [("LMP", 1, "Gri")]


OUTDOOR = Catalog(
    products=(
        CatalogProduct("PAD", "Isomatte / Dyshek kampingu", (), Decimal("30"), ("Blau", "Rot")),
        CatalogProduct("LAN", "Stirnlampe/Llambë koke", (), Decimal("15"), ()),
        CatalogProduct("BOT", "Trinkflasche 1L", ("trinkflasche",), Decimal("12"), ()),
    )
)


def test_each_half_of_a_two_language_name_names_the_product() -> None:
    order = parse("c: dua nje dyshek kampingu blu dhe dy llamba koke", catalog=OUTDOOR)
    assert items(order) == [("PAD", 1, "Blau"), ("LAN", 2, None)]


def test_also_in_a_new_message_takes_the_product_asked_about() -> None:
    order = parse(
        "c: a e keni isomatte te kuqe?",
        "m: Po, Rot, 30€.",
        "c: mire. edhe nje trinkflasche",
        "c: Mira Lala, Rr. Kavajes 5, Tirane, 068 111 2233",
        catalog=OUTDOOR,
    )
    assert items(order) == [("PAD", 1, "Rot"), ("BOT", 1, None)]


def test_only_before_a_number_is_a_count_not_a_choice_of_product() -> None:
    order = parse(
        "c: Ich möchte eine Isomatte in Blau und drei Trinkflaschen",
        "c: statt drei Trinkflaschen nur zwei bitte",
        catalog=OUTDOOR,
    )
    assert items(order) == [("PAD", 1, "Blau"), ("BOT", 2, None)]
    order = parse(
        "c: one isomatte red and 4 trinkflasche",
        "c: instead of 4 trinkflasche only 3",
        catalog=OUTDOOR,
    )
    assert items(order) == [("PAD", 1, "Rot"), ("BOT", 3, None)]


KIDS = Catalog(
    products=(
        CatalogProduct(
            "PYJ",
            "Pizhame femije",
            ("pizhame",),
            Decimal("15"),
            ("2-3 vjec", "4-5 vjec", "6-7 vjec"),
        ),
    )
)


def test_counts_for_each_age_range_after_the_product() -> None:
    order = parse(
        "c: me duhen 5 pizhame",
        "c: 2 per 4-5 vjec dhe 3 per 6-7 vjec",
        catalog=KIDS,
    )
    assert items(order) == [("PYJ", 2, "4-5 vjec"), ("PYJ", 3, "6-7 vjec")]


def test_all_of_them_in_one_variant_is_one_line() -> None:
    order = parse(
        "c: 3 abazhur te zi dhe 2 gri",
        "c: jo, te gjitha te zeza me mire",
        catalog=HOME,
    )
    assert items(order) == [("LMP", 5, "Zi")]


def test_changing_one_part_of_a_two_part_variant_keeps_the_other() -> None:
    order = parse(
        "c: dua kolltukun me kend majtas, ngjyre blu",
        "c: jo, ma mire djathtas",
        catalog=MIXED,
    )
    assert items(order) == [("SOF", 1, "Djathtas / Blu")]
    order = parse(
        "c: kapele L/XL e zeze",
        "c: hmm, S/M me mire",
        catalog=MIXED,
    )
    assert items(order) == [("CAP", 1, "S/M e zezë")]


WHEELS = Catalog(
    products=(
        CatalogProduct("TYR", "Gomë biçiklete", ("gome",), Decimal("20"), ('24"', '26"', '28"')),
    )
)


def test_inches_written_with_a_quote_or_a_word() -> None:
    assert variant_spec('26"').measure == "in:26"
    order = parse("c: ich brauche zwei Gome, 28 Zoll", catalog=WHEELS)
    assert items(order) == [("TYR", 2, '28"')]
    order = parse("c: two gome please, the 24 inch and the 26 inch", catalog=WHEELS)
    assert items(order) == [("TYR", 1, '24"'), ("TYR", 1, '26"')]
    order = parse("c: dua nje gome per 26shen", catalog=WHEELS)
    assert items(order) == [("TYR", 1, '26"')]


TEA = Catalog(
    products=(
        CatalogProduct("TEA", "Çaj në qese", ("caj",), Decimal("3"), ("Mente", "Limon", "Qershi")),
    )
)


def test_a_count_for_one_variant_line_and_an_added_variant() -> None:
    order = parse(
        "c: 6 caj: 3 mente, 2 limon dhe 1 qershi",
        "c: mente vetem 2, shtoni nje limon",
        catalog=TEA,
    )
    assert sorted(items(order)) == [("TEA", 1, "Qershi"), ("TEA", 2, "Mente"), ("TEA", 3, "Limon")]
    order = parse(
        "c: two caj mint and one lemon",
        "c: add one cherry please",
        catalog=TEA,
    )
    assert sorted(items(order)) == [("TEA", 1, "Limon"), ("TEA", 1, "Qershi"), ("TEA", 2, "Mente")]


CLUB = Catalog(
    products=(
        CatalogProduct("HAL", "Hallvë tahini", ("hallve",), Decimal("5"), ()),
        CatalogProduct(
            "KRO", "Komplet Kroacia (fëmijë)", ("kroacia",), Decimal("30"), ("6-7 vjec", "8-9 vjec")
        ),
        CatalogProduct(
            "ITA", "Komplet Italia (fëmijë)", ("italia",), Decimal("30"), ("6-7 vjec", "8-9 vjec")
        ),
        CatalogProduct("SHQ", "Fanellë Shqipëria", (), Decimal("40"), ("M", "L", "XL")),
    )
)


def test_a_greeting_is_not_a_misspelt_product() -> None:
    order = parse("c: Hallo! Zwei Komplet Italia, 6-7 vjec bitte", catalog=CLUB)
    assert items(order) == [("ITA", 2, "6-7 vjec")]


def test_a_word_every_rival_holds_refers_to_the_product_already_ordered() -> None:
    order = parse(
        "c: dua kompletin e Kroacise per 8 vjec",
        "c: a e beni me emer? jo, vetem kompletin",
        catalog=CLUB,
    )
    assert items(order) == [("KRO", 1, "8-9 vjec")]


def test_country_names_and_extra_large() -> None:
    order = parse("c: one Albania shirt, extra large", catalog=CLUB)
    assert items(order) == [("SHQ", 1, "XL")]


def test_a_name_with_its_number_is_not_a_count() -> None:
    order = parse(
        "c: nje komplet italia per 6 vjec",
        "c: me emrin mbrapa. Toni 10",
        catalog=CLUB,
    )
    assert items(order) == [("ITA", 1, "6-7 vjec")]


PAPER = Catalog(
    products=(
        CatalogProduct(
            "BLK", "Bllok Leuchtturm", ("leuchtturm",), Decimal("18"), ("A5 e zezë", "A5 rozë")
        ),
        CatalogProduct("SKT", "Bllok vizatimi", (), Decimal("4"), ("A4", "A3")),
        CatalogProduct(
            "MRK", "Markera Stabilo-Boss", ("stabilo",), Decimal("6"), ("4 copë", "8 copë")
        ),
        CatalogProduct("PEN", "Ngjyra uji Pelikan", ("ngjyra uji",), Decimal("7"), ()),
        CatalogProduct("BAG", "Çantë shpine", (), Decimal("30"), ("Rozë", "Blu")),
    )
)


def test_the_merchant_naming_one_of_the_fitting_products_decides_it() -> None:
    order = parse(
        "c: ky blloku ne story, roze, a e keni?",
        "m: Po, Leuchtturm A5 rozë, 18€.",
        "c: po, nji cope",
        "c: Mira Lala, Rr. Kavajes 5, Tirane, 068 111 2233",
        catalog=PAPER,
    )
    assert items(order) == [("BLK", 1, "A5 rozë")]


def test_a_value_before_a_postposed_no_is_the_old_one() -> None:
    order = parse(
        "c: canten e shpines blu e keni?",
        "m: Po, blu dhe rozë.",
        "c: blune jo, vetem rozen e dua",
        "c: Mira Lala, Rr. Kavajes 5, Tirane, 068 111 2233",
        catalog=PAPER,
    )
    assert items(order) == [("BAG", 1, "Rozë")]


def test_a_word_for_colour_followed_by_its_value_names_no_product() -> None:
    order = parse("c: dua nje cante shpine, ngjyre roze", catalog=PAPER)
    assert items(order) == [("BAG", 1, "Rozë")]


def test_a_hyphenated_brand_written_as_one_word() -> None:
    order = parse("c: dua markera stabiloboss 8 cope", catalog=PAPER)
    assert items(order) == [("MRK", 1, "8 copë")]


def test_a_sentence_ends_after_a_price() -> None:
    order = parse(
        "c: a keni blloku leuchtturm?",
        "m: Kemi vetem Leuchtturm A5 e zezë, 18€. A e doni?",
        "c: po",
        "c: Mira Lala, Rr. Kavajes 5, Tirane, 068 111 2233",
        catalog=PAPER,
    )
    assert items(order) == [("BLK", 1, "A5 e zezë")]


SUITS = Catalog(
    products=(
        CatalogProduct(
            "TRK", "Tutë vrapi", ("tute",), Decimal("40"), ("M Zi", "L Zi", "M Blu", "L Blu")
        ),
    )
)


def test_a_colour_said_first_completes_a_size_said_later() -> None:
    order = parse(
        "c: dua nje tute vrapi, ngjyre blu",
        "m: Kemi M dhe L.",
        "c: L",
        catalog=SUITS,
    )
    assert items(order) == [("TRK", 1, "L Blu")]


def test_light_in_albanian_meets_a_german_name() -> None:
    shop = Catalog(
        products=(
            CatalogProduct("LGT", "Fahrradlicht-Set USB", (), Decimal("25"), ()),
            CatalogProduct("PMP", "Luftpumpe", ("pompe",), Decimal("15"), ()),
        )
    )
    order = parse("c: dua nje pompe dhe nje set drita per biciklete", catalog=shop)
    assert items(order) == [("PMP", 1, None), ("LGT", 1, None)]


DECOR = Catalog(
    products=(
        CatalogProduct(
            "FIC", "Bimë Fikus", ("fikus",), Decimal("25"), ("Vazo 14 cm", "Vazo 21 cm")
        ),
        CatalogProduct("VAS", "Vazo qeramike", (), Decimal("12"), ("E bardhë", "E zezë")),
        CatalogProduct(
            "PIL", "Jastëk dekorativ", (), Decimal("15"), ("40x40 Gri", "40x40 Blu", "50x50 Gri")
        ),
    )
)


def test_the_big_one_among_variants_that_tie_on_their_words() -> None:
    order = parse("c: dua fikusin ne vazo te madhe", catalog=DECOR)
    assert items(order) == [("FIC", 1, "Vazo 21 cm")]


def test_pots_and_cushions_in_other_languages() -> None:
    order = parse("c: I'd like two ceramic pots, one white and one black", catalog=DECOR)
    assert sorted(items(order)) == [("VAS", 1, "E bardhë"), ("VAS", 1, "E zezë")]
    order = parse("c: Vorrei tre cuscini grigi 40x40", catalog=DECOR)
    assert items(order) == [("PIL", 3, "40x40 Gri")]


def test_a_size_said_as_40_by_40_with_its_colour() -> None:
    order = parse("c: jastek blu 40 me 40, tre cope", catalog=DECOR)
    assert items(order) == [("PIL", 3, "40x40 Blu")]


PETS = Catalog(
    products=(
        CatalogProduct(
            "CAT", "Ushqim macesh Gourmet", ("gourmet",), Decimal("15"), ("Pulë", "Peshk")
        ),
        CatalogProduct("LSH", "Rrip qeni", (), Decimal("12"), ("S", "M", "L")),
        CatalogProduct("BSK", "Shportë qeni", ("shporte",), Decimal("35"), ("60 cm", "80 cm")),
    )
)


def test_meat_and_fish_flavours_and_a_leash_in_italian() -> None:
    order = parse(
        "c: Vorrei un guinzaglio taglia M e tre confezioni di Gourmet al pollo", catalog=PETS
    )
    assert sorted(items(order)) == [("CAT", 3, "Pulë"), ("LSH", 1, "M")]


def test_removing_a_line_by_its_variant() -> None:
    order = parse("c: 2 gourmet pule, 1 peshk", "c: hiqe peshkun", catalog=PETS)
    assert items(order) == [("CAT", 2, "Pulë")]


def test_only_one_of_a_product_after_asking_about_another() -> None:
    order = parse(
        "c: sa kushton shporta e qenit?",
        "m: 60 cm 35€, 80 cm 45€.",
        "c: po mendohem, po marr vetem nje rrip L",
        catalog=PETS,
    )
    assert items(order) == [("LSH", 1, "L")]


BABY = Catalog(
    products=(
        CatalogProduct(
            "NAPS", "Pelena Bebi", ("pelena",), Decimal("12"), ("3 (5-9 kg)", "5 (11-17 kg)")
        ),
        CatalogProduct(
            "COAT", "Jakne dimri", ("jakne",), Decimal("30"), ("98-104 cm", "110-116 cm")
        ),
        CatalogProduct("LOT", "Locion trupi", ("locion",), Decimal("6"), ("50 ml", "200 ml")),
    )
)


def test_a_weight_in_kile_meets_a_range_in_kg() -> None:
    order = parse("c: pelena per nji bebe 6 kile, 2 pako", catalog=BABY)
    assert items(order) == [("NAPS", 2, "3 (5-9 kg)")]


def test_a_small_amount_after_a_count_names_the_measure_variant() -> None:
    order = parse("c: 2 locione, nji 50 e nji 200", catalog=BABY)
    assert sorted(items(order)) == [("LOT", 1, "200 ml"), ("LOT", 1, "50 ml")]


def test_jackets_in_italian_with_a_bare_range() -> None:
    order = parse("c: vorrei due giacche, 110-116", catalog=BABY)
    assert items(order) == [("COAT", 2, "110-116 cm")]


WEAR = Catalog(
    products=(
        CatalogProduct(
            "TSH", "Bluzë pambuku", ("bluze",), Decimal("15"), ("S Bardhë", "M Bardhë", "M Zezë")
        ),
        CatalogProduct("DNM", "Xhinse Regular", ("xhinse",), Decimal("40"), ("30/32", "32/32")),
        CatalogProduct("BNE", "Kapelë dimri", ("kapele",), Decimal("10"), ()),
    )
)


def test_a_pair_of_numbers_is_one_size_and_trousers_come_in_pairs() -> None:
    order = parse("c: jeans 30 32, two pairs", catalog=WEAR)
    assert items(order) == [("DNM", 2, "30/32")]
    order = parse("c: Hallo, Jeans 32/32 und eine Mütze", catalog=WEAR)
    assert sorted(items(order)) == [("BNE", 1, None), ("DNM", 1, "32/32")]


def test_a_total_with_a_colon_then_sizes_in_the_colour_said() -> None:
    order = parse("c: 3 bluza te bardha: nji S, dy M", catalog=WEAR)
    assert sorted(items(order)) == [("TSH", 1, "S Bardhë"), ("TSH", 2, "M Bardhë")]


JAR = Catalog(
    products=(
        CatalogProduct("HNY", "Mjaltë lulesh", ("mjalte",), Decimal("12"), ("500 g", "1 kg")),
        CatalogProduct("CUPS", "Filxhan", ("filxhan",), Decimal("8"), ("I bardhë", "I zi")),
    )
)


def test_one_of_the_size_the_merchant_still_has() -> None:
    order = parse(
        "c: 2 mjalte 500 g",
        "m: Na ka mbaruar 500 g, kemi vetem 1 kg.",
        "c: ok, nji 1 kg atehere",
        "c: Mira Lala, Rr. Kavajes 5, Tirane, 068 111 2233",
        catalog=JAR,
    )
    assert items(order) == [("HNY", 1, "1 kg")]


def test_the_accusative_of_black() -> None:
    order = parse(
        "c: filxhanin e bardhe e keni?",
        "m: Vetem te zi.",
        "c: ok, atehere te zin",
        "c: Mira Lala, Rr. Kavajes 5, Tirane, 068 111 2233",
        catalog=JAR,
    )
    assert items(order) == [("CUPS", 1, "I zi")]


BEAUTY = Catalog(
    products=(
        CatalogProduct("LPS", "Buzëkuq satin", ("buzekuq",), Decimal("9"), ("Kuq", "Nude", "Rozë")),
        CatalogProduct("BRS", "Furçë flokësh", (), Decimal("6"), ()),
        CatalogProduct("MSK", "Maskë fytyre", (), Decimal("4"), ("Argjilë", "Kolagjen")),
    )
)


def test_a_correction_inside_the_sentence_keeps_the_later_variant() -> None:
    order = parse("c: buzekuq rozë, jo, me mire nude", catalog=BEAUTY)
    assert items(order) == [("LPS", 1, "Nude")]


def test_cosmetics_in_other_languages() -> None:
    order = parse(
        "c: a lipstick in pink and a hair brush please",
        "c: Mira Lala, Rr. Kavajes 5, Tirane, 068 111 2233",
        catalog=BEAUTY,
    )
    assert items(order) == [("LPS", 1, "Rozë"), ("BRS", 1, None)]
    order = parse("c: Zwei Gesichtsmasken mit Kollagen bitte", catalog=BEAUTY)
    assert items(order) == [("MSK", 2, "Kolagjen")]


def test_the_small_ones_among_the_sizes_talked_about() -> None:
    shop = Catalog(
        products=(
            CatalogProduct(
                "OIL", "Vaj ulliri", ("vaj",), Decimal("9"), ("250 ml", "500 ml", "1 L")
            ),
        )
    )
    order = parse(
        "c: vaj ulliri 1 litersh",
        "m: 1 L nuk kemi, kemi 500 ml. A i doni 2?",
        "c: po, dy te vogla atehere",
        "c: Mira Lala, Rr. Kavajes 5, Tirane, 068 111 2233",
        catalog=shop,
    )
    assert items(order) == [("OIL", 2, "500 ml")]


def test_half_a_unit_in_one_word() -> None:
    from plugins.parser_rules.normalize import tokenize
    from plugins.parser_rules.numbers import find_measures

    assert [m.key for m in find_measures(tokenize("gjysemkilshe"))] == ["g:500"]
    assert [m.key for m in find_measures(tokenize("Halbliter"))] == ["ml:500"]
    order = parse("c: dy kavanoza mjalte gjysemkilshe", catalog=JAR)
    assert items(order) == [("HNY", 2, "500 g")]


def test_also_with_another_variant_adds_a_line() -> None:
    order = parse(
        "c: 2 pizhame per 4-5 vjec",
        "c: edhe nje per 6-7 vjec",
        "c: Mira Lala, Rr. Kavajes 5, Tirane, 068 111 2233",
        catalog=KIDS,
    )
    assert sorted(items(order)) == [("PYJ", 1, "6-7 vjec"), ("PYJ", 2, "4-5 vjec")]


def test_a_digit_closing_the_segment_counts_a_product_without_numbered_variants() -> None:
    shop = Catalog(
        products=(
            CatalogProduct("PTL", "Petulla", (), Decimal("50"), ()),
            CatalogProduct("SHO", "Atlete", ("atlete",), Decimal("50"), ("38", "39")),
        )
    )
    order = parse("c: petulla 12, edhe atlete 39", catalog=shop)
    assert items(order) == [("PTL", 12, None), ("SHO", 1, "39")]


GADGETS = Catalog(
    products=(
        CatalogProduct(
            "CBL",
            "Kabllo karikimi",
            ("kabllo",),
            Decimal("6"),
            ("USB-C 1m", "USB-C 2m", "Lightning 1m"),
        ),
        CatalogProduct("EAR", "Kufje wireless", ("kufje",), Decimal("30"), ()),
        CatalogProduct(
            "GLS", "Xham mbrojtës", ("xham",), Decimal("5"), ("iPhone 14", "Samsung S23")
        ),
        CatalogProduct("HLD", "Mbajtëse telefoni për makinë", ("mbajtese",), Decimal("12"), ()),
    )
)


def test_a_count_for_each_model_is_not_cut_inside_the_model() -> None:
    order = parse("c: 2 xhama samsung s23 edhe 1 iphone 14", catalog=GADGETS)
    assert sorted(items(order)) == [("GLS", 1, "iPhone 14"), ("GLS", 2, "Samsung S23")]


def test_a_connector_said_before_the_length_completes_the_variant() -> None:
    order = parse(
        "c: Ich brauche zwei Kabel Typ C, 1 Meter, und eine Handyhalterung fürs Auto",
        catalog=GADGETS,
    )
    assert items(order) == [("CBL", 2, "USB-C 1m"), ("HLD", 1, None)]


def test_a_product_the_customer_already_has_is_not_ordered() -> None:
    order = parse("c: kufjet i kam, me duhet vetem nje kabllo usb-c 2 metra", catalog=GADGETS)
    assert items(order) == [("CBL", 1, "USB-C 2m")]
    order = parse("c: die Kufje habe ich schon, ich brauche ein Kabel Lightning", catalog=GADGETS)
    assert items(order) == [("CBL", 1, "Lightning 1m")]


PANTRY = Catalog(
    products=(
        CatalogProduct("OLV", "Vaj ulliri", (), Decimal("9"), ("0.5 L", "1 L")),
        CatalogProduct("RAK", "Raki rrushi", ("raki",), Decimal("15"), ("0.7 L", "1 L")),
        CatalogProduct("TEA", "Çaj mali", ("caj mali",), Decimal("3"), ()),
    )
)


def test_oil_in_italian_and_a_count_of_packs_after_the_name() -> None:
    order = parse(
        "c: vorrei due bottiglie di olio da un litro", "c: caj mali 2 pacchi", catalog=PANTRY
    )
    assert items(order) == [("OLV", 2, "1 L"), ("TEA", 2, None)]


def test_a_decimal_number_names_the_measure_in_litres_or_kilos() -> None:
    order = parse("c: vorrei il raki, quello da 0,7", "c: due bottiglie", catalog=PANTRY)
    assert items(order) == [("RAK", 2, "0.7 L")]


CLOTHES = Catalog(
    products=(
        CatalogProduct("DRS", "Fustan veror", ("fustan",), Decimal("35"), ("S", "M", "L")),
        CatalogProduct("SKR", "Fund plisé", ("fund",), Decimal("25"), ("S", "M", "L")),
        CatalogProduct("SND", "Sandale", ("sandale",), Decimal("30"), ("38", "39")),
    )
)


def test_each_item_of_a_list_without_commas_takes_its_own_size() -> None:
    order = parse("c: qit nji fustan veror M e nji fund S", catalog=CLOTHES)
    assert items(order) == [("DRS", 1, "M"), ("SKR", 1, "S")]
    order = parse(
        "c: a skirt small and a dress large please",
        "c: Mira Lala, Rr. Kavajes 5, Tirane, 068 111 2233",
        catalog=CLOTHES,
    )
    assert sorted(items(order)) == [("DRS", 1, "L"), ("SKR", 1, "S")]


def test_no_then_the_value_then_better_is_the_new_value() -> None:
    order = parse("c: sandale nr 38, jo 39 me mire", catalog=CLOTHES)
    assert items(order) == [("SND", 1, "39")]


def test_abito_is_a_verb_not_a_dress() -> None:
    order = parse("c: vorrei il fustan taglia S. Abito a Tirana", catalog=CLOTHES)
    assert items(order) == [("DRS", 1, "S")]
