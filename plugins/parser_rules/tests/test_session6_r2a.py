"""Session 6, round 2 (helper s6r2-a): general rules for unseen shops. Invented shops and
sentences only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Besa Krasniqi, Rr. Nënë Tereza 8, Pejë, 044 123 456"

FANSHOP = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("RIB", "Shirit dekorativ", (), Decimal("3"), ("i kuq", "i bardhë")),
        CatalogProduct("TEE", "Fanellë pambuku", (), Decimal("12"), ("S", "M", "L")),
        CatalogProduct("SC-KS", "Shall i Kosovës", (), Decimal("10")),
        CatalogProduct("SC-AL", "Shall i Shqipërisë", (), Decimal("10")),
        CatalogProduct("CAP-N", "Kapelë e Kombëtares", (), Decimal("15")),
        CatalogProduct("CAP-C", "Kapelë klubi", (), Decimal("12")),
    ),
)


def test_a_group_word_is_not_a_catalog_word_it_only_shares_a_stem_with() -> None:
    # "shirt" stems like "Shirit" (a ribbon); it is the shop's jersey ("Fanellë")
    o = parse("c: I'd like the cotton shirt in M", ADDR, catalog=FANSHOP)
    assert items(o) == [("TEE", 1, "M")]
    o = parse("c: dua 2 shirit te kuq", ADDR, catalog=FANSHOP)
    assert items(o) == [("RIB", 2, "i kuq")]


def test_country_and_national_team_words_in_four_languages() -> None:
    o = parse("c: I want the Kosovo scarf", ADDR, catalog=FANSHOP)
    assert items(o) == [("SC-KS", 1, None)]
    o = parse("c: Ich möchte den Schal Albanien", ADDR, catalog=FANSHOP)
    assert items(o) == [("SC-AL", 1, None)]
    o = parse("c: me duhet nje shall i kosoves", ADDR, catalog=FANSHOP)
    assert items(o) == [("SC-KS", 1, None)]
    o = parse("c: vorrei il cappello della nazionale", ADDR, catalog=FANSHOP)
    assert items(o) == [("CAP-N", 1, None)]


INKSHOP = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("PR-G", "Printer Canon Pixma G3410", (), Decimal("21000")),
        CatalogProduct(
            "INK-G",
            "Bojë Canon GI-41",
            ("shishe canon",),
            Decimal("900"),
            ("Black", "Cyan", "Magenta", "Yellow"),
        ),
        CatalogProduct("PH-S23", "Mbrojtëse ekrani Galaxy S23", (), Decimal("800")),
        CatalogProduct("CASE", "Kapak Galaxy", (), Decimal("700")),
    ),
)


def test_a_model_code_the_catalog_does_not_hold_names_nothing_by_its_letter() -> None:
    # "G2410" is not "G3410": its "g" does not make the printer outrank the ink
    o = parse("c: mi serve l'inchiostro nero Canon per G2410", ADDR, catalog=INKSHOP)
    assert items(o) == [("INK-G", 1, "Black")]
    o = parse("c: Canon G2410 e kam, dua 2 shishe te zeza", ADDR, catalog=INKSHOP)
    assert items(o) == [("INK-G", 2, "Black")]
    # an unknown code inside a name does not cut it ("S21" for the "S23" protector)
    o = parse("c: a Galaxy S21 screen protector please", ADDR, catalog=INKSHOP)
    assert items(o) == [("PH-S23", 1, None)]
    o = parse("c: I need 2 black Canon bottles, mine is a Canon G2410", ADDR, catalog=INKSHOP)
    assert items(o) == [("INK-G", 2, "Black")]
    # the code the catalog holds still names its product
    o = parse("c: dua nje printer Canon G3410", ADDR, catalog=INKSHOP)
    assert items(o) == [("PR-G", 1, None)]


YARN = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "WOOL",
            "Fill leshi merino",
            ("wool yarn",),
            Decimal("4"),
            ("Black", "Cream", "Teal", "Mustard"),
        ),
        CatalogProduct("HOOK", "Grep thurjeje", ("crochet hook",), Decimal("3"), ("3 mm", "5 mm")),
    ),
)


def test_the_merchants_restatement_of_one_word_variants_said_yes_to() -> None:
    o = parse(
        "c: dua fill leshi merino, 2 si nata dhe nga nje nga te tjerat",
        "m: Pra Black x2, Cream, Teal, Mustard nga 1?",
        "c: po, sakte",
        ADDR,
        catalog=YARN,
    )
    assert sorted(items(o)) == [
        ("WOOL", 1, "Cream"),
        ("WOOL", 1, "Mustard"),
        ("WOOL", 1, "Teal"),
        ("WOOL", 2, "Black"),
    ]
    o = parse(
        "c: I'd like wool yarn, three in the darkest one and one mustard",
        "m: So: Black x3 and Mustard x1, right?",
        "c: yes exactly",
        ADDR,
        catalog=YARN,
    )
    assert sorted(items(o)) == [("WOOL", 1, "Mustard"), ("WOOL", 3, "Black")]


GARDEN = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("HOE", "Shat kopshti", ("shati",), Decimal("9")),
        CatalogProduct("GUARD", "Mbrojtëse gjuri", ("shin guards", "shin pads"), Decimal("8")),
        CatalogProduct("BARREL", "Fuçi plastike", ("fuci",), Decimal("20"), ("50 L", "100 L")),
    ),
)


def test_an_ordinal_ending_on_a_number_is_no_product_word() -> None:
    # Gheg "100shat" / "50shin" (the 100 one): the ending is not "Shat" nor "shin pads"
    o = parse("c: dua dy fuci 100shat", ADDR, catalog=GARDEN)
    assert items(o) == [("BARREL", 2, "100 L")]
    o = parse("c: nje fuci plastike 50shin ju lutem", ADDR, catalog=GARDEN)
    assert items(o) == [("BARREL", 1, "50 L")]
    o = parse("c: dua nje shat edhe nje fuci 50 litra", ADDR, catalog=GARDEN)
    assert items(o) == [("HOE", 1, None), ("BARREL", 1, "50 L")]


GIFTS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("MUG", "Filxhan me emër", ("gote me emer", "name mug"), Decimal("900")),
        CatalogProduct("PLATE", "Tabelë me numër shtëpie", ("house number",), Decimal("1500")),
        CatalogProduct("CAP", "Kapelë", ("cap",), Decimal("700")),
        CatalogProduct("GLASS", "Gotë vere", ("wine glass",), Decimal("300")),
    ),
)


def test_a_label_before_the_name_or_phone_is_no_product() -> None:
    o = parse(
        "c: dua 2 kapele",
        "c: emri Arta Hoxha, Rr. Myslym Shyri 10, Tirane, 069 123 4567",
        catalog=GIFTS,
    )
    assert items(o) == [("CAP", 2, None)]
    o = parse(
        "c: two caps please",
        "c: name: John Miller, Rruga Kavajes 5, Tirana, number 069 765 4321",
        catalog=GIFTS,
    )
    assert items(o) == [("CAP", 2, None)]
    # the name mug itself is still ordered by its words
    o = parse("c: dua nje filxhan me emer", ADDR, catalog=GIFTS)
    assert items(o) == [("MUG", 1, None)]


def test_a_count_corrected_goes_to_the_line_of_the_old_count() -> None:
    o = parse(
        "c: dua 6 gota vere dhe 2 kapele",
        ADDR,
        "c: me fal, beji 8 jo 6",
        catalog=GIFTS,
    )
    assert items(o) == [("GLASS", 8, None), ("CAP", 2, None)]
    o = parse(
        "c: I'd like 4 wine glasses and 3 caps",
        ADDR,
        "c: sorry, make it 5 not 4",
        catalog=GIFTS,
    )
    assert items(o) == [("GLASS", 5, None), ("CAP", 3, None)]


CANDLES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("CANDLE", "Qiri aromatik", ("scented candle",), Decimal("8")),
        CatalogProduct("BOX", "Kuti dhuratë", ("gift box",), Decimal("2")),
        CatalogProduct("NOLID", "Kavanoz pa kapak", ("jar without lid",), Decimal("3")),
    ),
)


def test_a_product_said_after_without_is_not_ordered() -> None:
    o = parse("c: dua 3 qiri aromatik pa kuti dhurate", ADDR, catalog=CANDLES)
    assert items(o) == [("CANDLE", 3, None)]
    o = parse("c: two scented candles, without a gift box please", ADDR, catalog=CANDLES)
    assert items(o) == [("CANDLE", 2, None)]
    o = parse("c: Ich möchte zwei Duftkerzen, ohne Geschenkbox", ADDR, catalog=CANDLES)
    assert items(o) == [("CANDLE", 2, None)]
    # a name that holds the word itself still names its product
    o = parse("c: dua 2 kavanoza pa kapak", ADDR, catalog=CANDLES)
    assert items(o) == [("NOLID", 2, None)]


CABLES = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("HDMI", "Kabllo HDMI", ("hdmi",), Decimal("600"), ("1 m", "5 m")),
        CatalogProduct(
            "INK",
            "Bojë printeri Canon",
            ("boje canon",),
            Decimal("1500"),
            ("Origjinale", "Kompatibël"),
        ),
        CatalogProduct(
            "FRAME", "Kornizë fotoje", ("korniza",), Decimal("800"), ("E thjeshtë", "Me xham")
        ),
    ),
)


def test_short_and_long_pick_among_length_variants() -> None:
    o = parse("c: dua nje kabllo hdmi, ate te shkurtren", ADDR, catalog=CABLES)
    assert items(o) == [("HDMI", 1, "1 m")]
    o = parse("c: an hdmi cable please, the long one", ADDR, catalog=CABLES)
    assert items(o) == [("HDMI", 1, "5 m")]
    o = parse("c: Ich nehme das kurze HDMI Kabel", ADDR, catalog=CABLES)
    assert items(o) == [("HDMI", 1, "1 m")]


def test_compatible_and_generic_meet_the_compatible_variant() -> None:
    o = parse("c: boje canon, compatible is fine", ADDR, catalog=CABLES)
    assert items(o) == [("INK", 1, "Kompatibël")]
    o = parse("c: vorrei 2 boje canon compatibili", ADDR, catalog=CABLES)
    assert items(o) == [("INK", 2, "Kompatibël")]
    o = parse("c: 2 boje canon generike ju lutem", ADDR, catalog=CABLES)
    assert items(o) == [("INK", 2, "Kompatibël")]


def test_macedonian_classic_is_plain() -> None:
    o = parse("c: sakam edna korniza klasicna", ADDR, catalog=CABLES, country="MK")
    assert items(o) == [("FRAME", 1, "E thjeshtë")]


def test_one_of_each_in_macedonian() -> None:
    for said in ("od sekoj po eden", "po dva od sekoja"):
        o = parse(
            "c: dali imate fill leshi merino?",
            "m: Da, imame Black, Cream i Teal, po 4 evra.",
            f"c: {said}",
            ADDR,
            catalog=YARN,
            country="MK",
        )
        n = 2 if "dva" in said else 1
        assert items(o) == [("WOOL", n, "Black"), ("WOOL", n, "Cream"), ("WOOL", n, "Teal")]
    # Albanian "po" (yes) before a count is no "each"
    o = parse(
        "c: dua fill leshi merino", "m: Black apo Cream?", "c: po 2 black", ADDR, catalog=YARN
    )
    assert items(o) == [("WOOL", 2, "Black")]


PAINT = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "WALL",
            "Bojë muri 5 L",
            ("boje muri",),
            Decimal("2500"),
            ("#05 Gri guri", "#11 Blu deti", "#20 Bezhë rëre"),
        ),
        CatalogProduct("STONE", "Gur dekorativ", ("guri",), Decimal("900")),
        CatalogProduct("SAND", "Rërë ndërtimi", (), Decimal("300")),
    ),
)


def test_the_merchant_names_a_variant_in_full_whose_words_name_other_goods() -> None:
    # "gri guri" holds "guri" (a stone product): the variant of one product says which
    o = parse(
        "c: ngjyren qe postuat dje ne story e dua",
        "m: Ajo është #05 gri guri, 2500 lekë.",
        "c: dy kova",
        ADDR,
        catalog=PAINT,
    )
    assert items(o) == [("WALL", 2, "#05 Gri guri")]
    o = parse(
        "c: I want the colour from your last post",
        "m: That is #20 bezhë rëre, 2500 lek.",
        "c: ok one please",
        ADDR,
        catalog=PAINT,
    )
    assert items(o) == [("WALL", 1, "#20 Bezhë rëre")]


def test_i_have_the_device_with_its_model_is_context() -> None:
    o = parse("c: kam printerin Canon Pixma, dua 2 shishe te zeza", ADDR, catalog=INKSHOP)
    assert items(o) == [("INK-G", 2, "Black")]
    o = parse("c: kom printer Canon 3410 edhe me duhet nje shishe cyan", ADDR, catalog=INKSHOP)
    assert items(o) == [("INK-G", 1, "Cyan")]
    # "e kam …" (I have it …) says which one is wanted; an order verb orders it
    o = parse("c: dua printerin Canon Pixma G3410", ADDR, catalog=INKSHOP)
    assert items(o) == [("PR-G", 1, None)]


SPORT = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("KIT", "Komplet basketbolli", ("komplet",), Decimal("25"), ("M", "L")),
        CatalogProduct("SOCK", "Çorape sportive", ("corape",), Decimal("4"), ("Bardhë", "Zezë")),
        CatalogProduct("BALL", "Top basketbolli", ("top",), Decimal("30")),
    ),
)


def test_the_restatement_counts_pairs_and_packs_after_the_count() -> None:
    # "8 palë çorape" is a line of the restatement like "8 komplete"
    o = parse(
        "c: dua komplete L per ekipin edhe corape te bardha",
        "m: Ok: 8 komplete L + 8 palë çorape të bardha.",
        ADDR,
        catalog=SPORT,
    )
    assert items(o) == [("KIT", 8, "L"), ("SOCK", 8, "Bardhë")]


def test_the_restatement_holds_over_a_message_that_changes_nothing() -> None:
    # the name alone, then the address: the restatement's counts stand
    o = parse(
        "c: dua komplete L per ekipin edhe nje top",
        "m: Në rregull: 10 komplete L + 1 top basketbolli. Emri dhe adresa?",
        "c: Arben Gashi, trajner",
        "c: Rr. Nënë Tereza 8, Pejë, 044 123 456",
        catalog=SPORT,
    )
    assert items(o) == [("KIT", 10, "L"), ("BALL", 1, None)]
    # a change said in between keeps the customer's own count
    o = parse(
        "c: dua komplete L per ekipin edhe nje top",
        "m: Në rregull: 10 komplete L + 1 top basketbolli. Emri dhe adresa?",
        "c: jo, 12 komplete",
        "c: Arben Gashi, Rr. Nënë Tereza 8, Pejë, 044 123 456",
        catalog=SPORT,
    )
    assert sorted(items(o)) == [("BALL", 1, None), ("KIT", 12, "L")]


ART = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("ACR", "Bojëra akrilike", ("akrilik", "acrylics"), Decimal("12")),
        CatalogProduct("CANVAS", "Telajo pikture", ("canvas", "telajo"), Decimal("6")),
        CatalogProduct("BRUSH", "Set furçash", ("brush set", "furca"), Decimal("9")),
    ),
)


def test_the_clause_after_a_verb_of_starting_or_learning_is_the_activity() -> None:
    for said in (
        "c: dua te filloj te pikturoj vete me akrilik ne shtepi, cfare me duhet?",
        "c: I want to start painting at home with acrylics, what do I need?",
        "c: voglio iniziare a dipingere con gli acrilici, cosa mi serve?",
    ):
        o = parse(
            said,
            "m: Ju sugjerojme setin e furcave dhe telajo.",
            "c: ok, nje set furcash dhe 2 telajo",
            ADDR,
            catalog=ART,
        )
        assert sorted(items(o)) == [("BRUSH", 1, None), ("CANVAS", 2, None)]
    # a count in the clause orders ("to start, 2 acrylic sets")
    o = parse("c: per te filluar, 2 bojera akrilike", ADDR, catalog=ART)
    assert items(o) == [("ACR", 2, None)]


def test_a_phone_label_does_not_reach_over_a_sentence_end() -> None:
    # "zyra" (the office) is the delivery place of the sentence before, not the number's label
    o = parse(
        "c: dua 2 kapele",
        "c: Durres, Rruga Tregtare 4, zyra e avokatit. Lule Hoxha 068 234 5566",
        catalog=GIFTS,
    )
    assert o.phone == "+355682345566"
    o = parse(
        "c: two caps please",
        "c: Rruga Kavajes 5, Tirana, the office of Smith Studio. Ben Smith 069 112 2334",
        catalog=GIFTS,
    )
    assert o.phone == "+355691122334"
    # a label in the same sentence still counts: the shop's office number is not the customer's
    o = parse(
        "c: dua 2 kapele",
        "c: Lule Hoxha, Rruga Tregtare 4, Durres, 068 234 5566",
        "c: zyra juaj 069 000 1111 nuk pergjigjet",
        catalog=GIFTS,
    )
    assert o.phone == "+355682345566"


def test_the_number_given_for_the_courier_wins_over_another_labelled_one() -> None:
    det = "c: Lule Hoxha, Rruga Tregtare 4, near the station"
    for said in (
        "c: my German mobile is +49 1512 3456789 but for the courier use 069 765 4321",
        "c: mobile +39 333 123 4567, for the courier please use this one 069 765 4321",
        "c: cellulare +39 333 123 4567, ma per il corriere chiamate mia sorella 069 765 4321",
        "c: Handy +49 1512 3456789, aber für den Kurier bitte 069 765 4321",
    ):
        o = parse("c: dua 2 kapele", det, said, catalog=GIFTS)
        assert o.phone == "+355697654321", said


def test_both_in_one_variant_with_the_reason_naming_the_old_one() -> None:
    for said in (
        "c: me fal, te dyja M bone, S i rri ngusht",
        "c: sorry, make both M, the S is too tight",
        "c: scusate, tutte e due M, la S è stretta",
    ):
        o = parse("c: dua 2 fanella pambuku, nje S nje M", ADDR, said, catalog=FANSHOP)
        assert items(o) == [("TEE", 2, "M")], said


FOOTBALL = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SHIN", "Mbrojtëse këmbësh", (), Decimal("12"), ("S", "M", "L")),
        CatalogProduct("BOOTS", "Atlete futbolli", (), Decimal("40"), ("38", "40", "42")),
    ),
)


def test_shin_guards_in_macedonian_serbian_and_english_forms() -> None:
    for said in (
        "c: sakam parastinki golemina M",
        "c: dua kostobrani M",
        "c: I need shinguards in M",
        "c: vorrei un parastinco M",
    ):
        o = parse(said, ADDR, catalog=FOOTBALL, country="MK")
        assert items(o) == [("SHIN", 1, "M")], said
