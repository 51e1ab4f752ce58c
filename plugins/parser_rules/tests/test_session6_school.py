"""Session 6 (helper s6-school): school supplies and the languages of a shop in North Macedonia.
Invented shops and sentences only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.normalize import fold
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Arta Rexhepi, rr. Ilindenska 40, Gostivar, 070 555 123"

SCHOOL = Catalog(
    currency="MKD",
    products=(
        CatalogProduct(
            "NB", "Fletore A5 me spirale", (), Decimal("120"), ("me vija", "me katrorë")
        ),
        CatalogProduct("PEN", "Stilolaps", (), Decimal("40"), ("blu", "e zezë", "e kuqe")),
        CatalogProduct("PENCIL", "Lapsa grafit", (), Decimal("20"), ()),
        CatalogProduct("CPEN", "Lapsa me ngjyra", (), Decimal("250"), ("12 copë", "24 copë")),
        CatalogProduct("CALC-S", "Makinë llogaritëse shkencore", (), Decimal("900"), ()),
        CatalogProduct("CALC-B", "Makinë llogaritëse e thjeshtë", (), Decimal("300"), ()),
        CatalogProduct("PAINT", "Bojëra uji", (), Decimal("200"), ("12 ngjyra", "24 ngjyra")),
        CatalogProduct("BAG", "Çantë shkolle", (), Decimal("2000"), ("blu", "rozë")),
        CatalogProduct("CASE", "Kuti lapsash", (), Decimal("300"), ("blu", "rozë")),
    ),
)


def test_cyrillic_folds_to_the_latin_spelling() -> None:
    assert fold("Тетратка, хемиско, ул. Илинденска") == "tetratka, hemisko, ul. ilindenska"
    o = parse("c: Сакам две тетратки на квадрати", ADDR, catalog=SCHOOL)
    assert items(o) == [("NB", 2, "me katrorë")]


def test_macedonian_school_words_in_latin_letters() -> None:
    o = parse(
        "c: Zdravo, mi treba edna tetratka so linii i tri hemiski crveni", ADDR, catalog=SCHOOL
    )
    assert sorted(items(o)) == [("NB", 1, "me vija"), ("PEN", 3, "e kuqe")]


def test_macedonian_loanwords_in_albanian() -> None:
    # "digitron" (calculator) and "hemiska" (ballpoint pens) as Albanians in MK say them
    o = parse(
        "c: me duhet nji digitron i thjeshte edhe 2 pako hemiska te zeza", ADDR, catalog=SCHOOL
    )
    assert sorted(items(o)) == [("CALC-B", 1, None), ("PEN", 2, "e zezë")]


def test_colour_pencils_are_not_graphite_pencils() -> None:
    o = parse(
        "c: Ich möchte Buntstifte, 24 Stück, und einen Malkasten mit 12", ADDR, catalog=SCHOOL
    )
    assert sorted(items(o)) == [("CPEN", 1, "24 copë"), ("PAINT", 1, "12 ngjyra")]
    o = parse("c: two boxes of coloured pencils, the 12 ones", ADDR, catalog=SCHOOL)
    assert items(o) == [("CPEN", 2, "12 copë")]


def test_scientific_tells_calculators_apart() -> None:
    o = parse("c: I'd like a scientific calculator", ADDR, catalog=SCHOOL)
    assert items(o) == [("CALC-S", 1, None)]
    o = parse("c: vorrei una calcolatrice scientifica", ADDR, catalog=SCHOOL)
    assert items(o) == [("CALC-S", 1, None)]


def test_the_two_of_them_in_macedonian_is_no_count() -> None:
    o = parse(
        "c: dali imate kuti lapsash blu?",
        "m: Po, 300 den",
        "c: i cante shkolle blu?",
        "m: Po, 2000 den",
        "c: ok dvete",
        ADDR,
        catalog=SCHOOL,
    )
    assert sorted(items(o)) == [("BAG", 1, "blu"), ("CASE", 1, "blu")]


def test_only_and_a_count_before_a_product_already_ordered_recounts_it() -> None:
    o = parse(
        "c: a school bag in blue please, and two scientific calculators",
        "m: 2000 + 2 x 900",
        "c: wait, just one calculator, my brother has one",
        ADDR,
        catalog=SCHOOL,
    )
    assert sorted(items(o)) == [("BAG", 1, "blu"), ("CALC-S", 1, None)]
    o = parse(
        "c: dua 3 fletore me vija dhe nje cante shkolle roze",
        "c: jo, vetem 2 fletore",
        ADDR,
        catalog=SCHOOL,
    )
    assert sorted(items(o)) == [("BAG", 1, "rozë"), ("NB", 2, "me vija")]


TEA = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("MTEA", "Çaj mali", (), Decimal("3")),
        CatalogProduct("GTEA", "Çaj jeshil", (), Decimal("4")),
        CatalogProduct("CUP", "Filxhan çaji", (), Decimal("5")),
    ),
)


def test_the_merchant_names_which_of_the_products_a_word_fits() -> None:
    # the word fits the pencil case ordered in the same sentence too: of the products the
    # merchant names, the one not in the order is the line
    o = parse(
        "c: dua nje kuti lapsash roze dhe nje pako lapsa",
        "m: Kutia e lapsave roze 300 den, laps grafit 20 den.",
        ADDR,
        catalog=SCHOOL,
    )
    assert sorted(items(o)) == [("CASE", 1, "rozë"), ("PENCIL", 1, None)]
    o = parse(
        "c: nje filxhan caji dhe nje pako caj",
        "m: Filxhani 5 euro, caji i malit 3 euro.",
        ADDR,
        catalog=TEA,
    )
    assert sorted(items(o)) == [("CUP", 1, None), ("MTEA", 1, None)]


GEAR = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("PACK20", "Çantë shpine 20 L", (), Decimal("30"), ("e zezë", "gri")),
        CatalogProduct("PACK40", "Çantë shpine 40 L", (), Decimal("45"), ("e zezë", "gri")),
        CatalogProduct("CAB1", "Kabllo USB-C 1 m", (), Decimal("5")),
        CatalogProduct("CAB2", "Kabllo USB-C 2 m", (), Decimal("7")),
    ),
)


def test_a_measure_before_the_noun_names_the_product_holding_it() -> None:
    o = parse("c: I'll take the 40L backpack in grey", ADDR, catalog=GEAR)
    assert items(o) == [("PACK40", 1, "gri")]
    o = parse("c: vorrei uno zaino da 20 litri nero e due cavi 2m", ADDR, catalog=GEAR)
    assert sorted(items(o)) == [("CAB2", 2, None), ("PACK20", 1, "e zezë")]


def test_a_school_year_is_no_count() -> None:
    o = parse(
        "c: per djalin ne klase te 4 cilat bojera uji jane me mire?",
        "m: Për klasë të 4 ju këshilloj bojërat 24 ngjyra",
        "c: ok ato",
        ADDR,
        catalog=SCHOOL,
    )
    assert items(o) == [("PAINT", 1, "24 ngjyra")]
    o = parse("c: for my son in grade 3, two lined notebooks please", ADDR, catalog=SCHOOL)
    assert items(o) == [("NB", 2, "me vija")]
    o = parse("c: Sie kommt in die 2. Klasse, ich brauche 3 Hefte liniert", ADDR, catalog=SCHOOL)
    assert items(o) == [("NB", 3, "me vija")]


UNIFORM = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("POLO", "Bluzë polo", ("polo shirt",), Decimal("12"), ("S", "M", "L")),
        CatalogProduct("SKIRT", "Fund", ("skirt",), Decimal("15"), ("S", "M", "L")),
    ),
)


def test_a_variant_said_before_all_is_every_lines() -> None:
    o = parse(
        "c: 2 bluza polo M dhe nje fund M",
        "m: Ok, 2 polo M dhe fundi M",
        "c: prisni, beni S te gjitha",
        ADDR,
        catalog=UNIFORM,
    )
    assert sorted(items(o)) == [("POLO", 2, "S"), ("SKIRT", 1, "S")]
    o = parse(
        "c: a polo shirt and a skirt, both L",
        "c: sorry, S for both",
        ADDR,
        catalog=UNIFORM,
    )
    assert sorted(items(o)) == [("POLO", 1, "S"), ("SKIRT", 1, "S")]


BAGS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TROL", "Çantë me rrota", (), Decimal("30"), ("blu", "rozë")),
        CatalogProduct("ORTH", "Çantë shkolle ortopedike", (), Decimal("25"), ("e zezë", "gri")),
        CatalogProduct("UMB", "Çadër shiu", (), Decimal("9"), ("e zezë", "gri", "rozë")),
    ),
)


def test_the_variant_said_after_the_name_picks_the_product_sold_in_it() -> None:
    o = parse("c: me duhen 2 canta, ngjyre hiri", ADDR, catalog=BAGS)
    assert items(o) == [("ORTH", 2, "gri")]
    o = parse("c: dua nje cante, roze", ADDR, catalog=BAGS)
    assert items(o) == [("TROL", 1, "rozë")]
    # the next segment names another product: its colour is that product's
    o = parse("c: dua nje cante, nje cader shiu gri", ADDR, catalog=BAGS)
    assert sorted(items(o)) == [("TROL", 1, None), ("UMB", 1, "gri")]


NOTES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("A4", "Fletore A4", (), Decimal("3"), ("me vija", "me katrorë")),
        CatalogProduct("A5", "Fletore A5", (), Decimal("2"), ("me vija", "me katrorë")),
        CatalogProduct("CASE", "Kuti lapsash", (), Decimal("4"), ("blu", "rozë")),
    ),
)


def test_the_count_said_with_goods_the_merchant_then_names_is_kept() -> None:
    o = parse(
        "c: dua nje kuti lapsash blu",
        "c: edhe fletore te vogla me katrore 3 pako",
        "m: Fletore A5 me katrorë, 2 euro pakoja.",
        ADDR,
        catalog=NOTES,
    )
    assert sorted(items(o)) == [("A5", 3, "me katrorë"), ("CASE", 1, "blu")]


def test_in_laws_named_for_the_parcel_and_words_that_are_no_name() -> None:
    o = parse(
        "c: Hallo, mein Neffe kommt in die 3. Klasse. Zwei Hefte liniert bitte",
        "m: 2 x 120 den",
        "c: Gut. Lieferung an meinen Schwager Driton Berisha, rr. Marshal Tito 9, Gostivar,"
        " 070 222 333",
        "c: Ah, und die Hefte doch kariert",
        catalog=SCHOOL,
    )
    assert items(o) == [("NB", 2, "me katrorë")]
    assert o.customer_name == "Driton Berisha"
    o = parse(
        "c: nje fletore me vija",
        "c: dergojeni te kunata ime Blerta Hoxha, Tetove, rr. Ilindenska 5, 071 444 555",
        catalog=SCHOOL,
    )
    assert o.customer_name == "Blerta Hoxha"


def test_a_town_between_the_name_and_the_street_is_neither() -> None:
    o = parse(
        "c: 2 fletore me vija",
        "c: Besnik Ahmeti Strugë lagja Plazhi rr. 7 nr 2 tel 071 222 333",
        catalog=SCHOOL,
    )
    assert o.customer_name == "Besnik Ahmeti"
    assert o.address == "lagja Plazhi rr. 7 nr 2"
    assert o.city is not None and o.city.startswith("Strug")


def test_an_albanian_town_of_north_macedonia_is_named_in_albanian() -> None:
    # like Tetovë, Kërçovë, Strugë: the Macedonian spelling reads as the Albanian name; since
    # session 19 a spelling of the same name in plain letters ("Zhelino") is kept as written
    for said in ("Želino", "Zhelinë", "Желино"):
        o = parse("c: 2 fletore me vija", f"c: Arben Iseni, {said}, rruga 3 nr 7, 070 333 444")
        assert o.city == "Zheline"
    o = parse("c: 2 fletore me vija", "c: Arben Iseni, Zhelino, rruga 3 nr 7, 070 333 444")
    assert o.city == "Zhelino"


SHOES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "SNK", "Atlete vrapi", (), Decimal("30"), ("38 e bardhë", "38 e zezë", "42 e zezë")
        ),
    ),
)


def test_variants_restated_with_a_total_are_one_line_each() -> None:
    o = parse(
        "c: dua atlete vrapi per vajzen, 38 te bardha, edhe per djalin 42 te zeza",
        "m: 38 e bardhë dhe 42 e zezë, 60 euro gjithsej.",
        "c: mire. Drita Gashi, rr. Iliria 4, Ferizaj, 044 123 987",
        catalog=SHOES,
    )
    assert sorted(items(o)) == [("SNK", 1, "38 e bardhë"), ("SNK", 1, "42 e zezë")]
    # a list of what is in stock has no total: it adds nothing
    o = parse(
        "c: atlete vrapi 38 te bardha",
        "m: I kemi 38 e bardhë dhe 42 e zezë.",
        "c: mire. Drita Gashi, rr. Iliria 4, Ferizaj, 044 123 987",
        catalog=SHOES,
    )
    assert items(o) == [("SNK", 1, "38 e bardhë")]
    # each variant restated beside another product's name is that product's
    o = parse(
        "c: nje bluze polo S dhe nje fund M",
        "m: Polo S 12 euro, fundi M 15 euro, gjithsej 27 euro.",
        "c: ok. Drita Gashi, rr. Iliria 4, Ferizaj, 044 123 987",
        catalog=UNIFORM,
    )
    assert sorted(items(o)) == [("POLO", 1, "S"), ("SKIRT", 1, "M")]


PHONESHOP = Catalog(
    currency="MKD",
    products=(
        CatalogProduct("CHG", "Karikues i shpejtë 20W", (), Decimal("600")),
        CatalogProduct("BUDS", "Kufje wireless", (), Decimal("1500"), ("e bardhë", "e zezë")),
        CatalogProduct("SHOE", "Atlete", (), Decimal("2500"), ("38", "39", "40")),
    ),
)


def test_macedonian_words_of_neighbouring_trades() -> None:
    o = parse("c: Zdravo, sakam eden polnac i slusalki beli", ADDR, catalog=PHONESHOP)
    assert sorted(items(o)) == [("BUDS", 1, "e bardhë"), ("CHG", 1, None)]
    o = parse("c: Патики број 39, две", ADDR, catalog=PHONESHOP)
    assert items(o) == [("SHOE", 2, "39")]


def test_a_general_word_fits_the_name_of_no_narrower_kind_better() -> None:
    # "Bleistifte" are pencils: the graphite ones, not the colour pencils (a narrower kind)
    # nor the pencil case
    o = parse("c: Ich brauche zwei Packungen Bleistifte", ADDR, catalog=SCHOOL)
    assert items(o) == [("PENCIL", 2, None)]
    o = parse("c: a box of pencils and a pencil case in blue", ADDR, catalog=SCHOOL)
    assert sorted(items(o)) == [("CASE", 1, "blu"), ("PENCIL", 1, None)]


KIDS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("DRS", "Fustan vajze", ("Kleid",), Decimal("20"), ("110", "116")),
        CatalogProduct("NB", "Fletore", ("Heft",), Decimal("2")),
    ),
)


def test_an_address_word_names_no_product() -> None:
    o = parse(
        "c: 3 Hefte bitte",
        "c: Lieferadresse: Arta Berisha, Bahnhofstrasse 4, 8400 Winterthur, +41 76 111 22 33",
        catalog=KIDS,
    )
    assert items(o) == [("NB", 3, None)]


def test_big_or_small_picks_among_products_told_apart_by_size() -> None:
    o = parse("c: dua 2 fletore te medha me vija", ADDR, catalog=NOTES)
    assert items(o) == [("A4", 2, "me vija")]
    o = parse("c: tre quaderni piccoli a quadretti", ADDR, catalog=NOTES)
    assert items(o) == [("A5", 3, "me katrorë")]
    o = parse("c: I'd like the bigger backpack in black", ADDR, catalog=GEAR)
    assert items(o) == [("PACK40", 1, "e zezë")]


def test_a_variant_said_before_a_list_is_all_of_theirs() -> None:
    o = parse("c: per vajzen M, 2 bluza polo dhe nje fund", ADDR, catalog=UNIFORM)
    assert sorted(items(o)) == [("POLO", 2, "M"), ("SKIRT", 1, "M")]
    o = parse("c: Ich möchte in Größe L zwei Poloshirts und einen Rock", ADDR, catalog=UNIFORM)
    assert sorted(items(o)) == [("POLO", 2, "L"), ("SKIRT", 1, "L")]


def test_macedonian_corrections_and_only() -> None:
    o = parse(
        "c: sakam tri tetratki so linii",
        "c: podobro dve",
        ADDR,
        catalog=SCHOOL,
    )
    assert items(o) == [("NB", 2, "me vija")]
    o = parse(
        "c: edna tetratka so linii i edno hemisko sino",
        "c: samo hemiskoto, tetratka ne mi treba",
        ADDR,
        catalog=SCHOOL,
    )
    assert items(o) == [("PEN", 1, "blu")]


ART = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BAG", "Çantë shkolle", ("school bag",), Decimal("20"), ("blu", "rozë")),
        CatalogProduct("CASE", "Kuti lapsash", ("astuccio",), Decimal("4"), ("blu", "rozë")),
        CatalogProduct("HB", "Lapsa grafit", (), Decimal("2")),
        CatalogProduct("ARTSET", "Set vizatimi", (), Decimal("6"), ("24 pjesë", "48 pjesë")),
    ),
)


def test_the_merchants_restated_order_with_a_total_swaps_the_one_line_it_replaces() -> None:
    lines = (
        "c: a school bag in blue, a pencil case in blue and some pencils, the small box",
        "m: School bag blu 20 €, kuti lapsash blu 4 €, set vizatimi 24 pjesë 6 €. Total 30 €.",
        "c: perfect. Arta Rexhepi, rr. Ilindenska 40, Gostivar, 070 555 123",
    )
    o = parse(*lines, catalog=ART)
    assert sorted(items(o)) == [("ARTSET", 1, "24 pjesë"), ("BAG", 1, "blu"), ("CASE", 1, "blu")]
    # without a total it is a suggestion beside the order, which stays as the customer said it
    o = parse(lines[0], lines[1].replace(" Total 30 €.", ""), lines[2], catalog=ART)
    assert ("HB", 1, None) in items(o)


def test_macedonian_ordinals_pick_from_the_merchants_list() -> None:
    o = parse(
        "c: dali imate akvareli?",
        "m: Da: 1) 12 ngjyra 200 den 2) 24 ngjyra 350 den",
        "c: vtorata, sedum paketi",
        ADDR,
        catalog=SCHOOL,
    )
    assert items(o) == [("PAINT", 7, "24 ngjyra")]


def test_no_then_the_product_and_remove_removes_it() -> None:
    o = parse(
        "c: nje cante shkolle blu edhe nje kuti lapsash roz",
        "c: jo, kutin e lapsave hiqe",
        ADDR,
        catalog=SCHOOL,
    )
    assert items(o) == [("BAG", 1, "blu")]


def test_a_code_written_against_its_letter_names_the_product_and_is_no_count() -> None:
    o = parse("c: the blue school bag and two A5 squared notebook packs", ADDR, catalog=NOTES)
    assert items(o) == [("A5", 2, "me katrorë")]
    o = parse("c: due quaderni A4 quadretti", ADDR, catalog=NOTES)
    assert items(o) == [("A4", 2, "me katrorë")]
