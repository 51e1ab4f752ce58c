"""Session 5, second round (helper s5-fresh9): rules from the errors of dev9. Invented shops and
sentences only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Besa Krasniqi, Rr. Nënë Tereza 8, Pejë, 044 123 456"

HARDWARE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BOOT", "Këpucë pune", ("work boots",), Decimal("40"), ("41", "42", "43")),
        CatalogProduct("SCREW", "Vida druri", ("screws",), Decimal("2"), ("30 mm", "50 mm")),
    ),
)


def test_a_size_after_counted_pairs_or_packs_is_their_size() -> None:
    # "3 palë nr 43": the three pairs are size 43, not three of something and one 43
    o = parse(
        "c: keni kepuce pune?",
        "m: Po, nga 41 deri 43",
        "c: 3 pale nr 43 dhe 1 pale 41",
        ADDR,
        catalog=HARDWARE,
    )
    assert items(o) == [("BOOT", 3, "43"), ("BOOT", 1, "41")]
    o = parse(
        "c: do you have work boots?",
        "m: yes, 41 to 43",
        "c: 2 pairs 42 and 1 pair 41",
        ADDR,
        catalog=HARDWARE,
    )
    assert items(o) == [("BOOT", 2, "42"), ("BOOT", 1, "41")]
    # a comma between the count and the sizes still splits them
    o = parse("c: vida druri dua dy pako, nje 30 mm nje 50 mm", ADDR, catalog=HARDWARE)
    assert items(o) == [("SCREW", 1, "30 mm"), ("SCREW", 1, "50 mm")]


GLOVES = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "GLV", "Doreza kopshti", ("garden gloves",), Decimal("400"), ("M", "L", "XL")
        ),
        CatalogProduct("TEE", "Bluzë pambuku", ("t-shirt",), Decimal("900"), ("S", "XS", "XXL")),
    ),
)


def test_a_size_of_two_letters_is_read_in_lower_case() -> None:
    # "xl", "xxl", "xs" are no words of the four languages: a size however it is typed
    o = parse("c: doreza kopshti?", "m: Po, M, L, XL", "c: dy xl", ADDR, catalog=GLOVES)
    assert items(o) == [("GLV", 2, "XL")]
    o = parse("c: one t-shirt xxl please", ADDR, catalog=GLOVES)
    assert items(o) == [("TEE", 1, "XXL")]
    # a single lower-case letter stays ambiguous ("5 l" of oil, "s'kam")
    o = parse("c: one t-shirt s please", ADDR, catalog=GLOVES)
    assert items(o) == [("TEE", 1, None)]


def test_a_count_before_a_size_letter_is_no_litre() -> None:
    # "3 L" of gloves sold in M/L/XL: three in size L, not three litres
    o = parse("c: doreza kopshti?", "m: Po, M, L, XL", "c: 3 L edhe 2 XL", ADDR, catalog=GLOVES)
    assert items(o) == [("GLV", 3, "L"), ("GLV", 2, "XL")]


def test_a_size_letter_before_a_comma_and_the_next_count() -> None:
    # "3 L, 2 XL": the number after the comma is the next count, the L is still a size
    o = parse("c: doreza kopshti?", "m: Po, M, L, XL", "c: 3 L, 2 XL", ADDR, catalog=GLOVES)
    assert items(o) == [("GLV", 3, "L"), ("GLV", 2, "XL")]


def test_se_before_have_or_be_opens_a_reason_without_a_comma() -> None:
    # "se kam një vajzë me këmbë të mëdha": why two pairs are XL, not a third line in a big size
    o = parse(
        "c: doreza kopshti keni?",
        "m: Po, M, L, XL",
        "c: 3 pale M edhe 2 pale XL se kam nje vajze me duar te medha",
        ADDR,
        catalog=GLOVES,
    )
    assert items(o) == [("GLV", 3, "M"), ("GLV", 2, "XL")]


FABRIC = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TAPE", "Shirit dekorativ", ("ribbon",), Decimal("1"), ("1 cm", "3 cm")),
        CatalogProduct("ROPE", "Litar najloni", ("rope",), Decimal("1"), ("6 mm", "10 mm")),
        CatalogProduct("CHAIN", "Zinxhir metalik", ("chain",), Decimal("5"), ("1 m", "2 m")),
    ),
)


def test_metres_count_what_the_merchant_prices_by_the_metre() -> None:
    # the variants are widths; the merchant's "per metre" makes the metres the count
    o = parse(
        "c: do you have the ribbon 3 cm?",
        "m: yes, 1 euro per metre",
        "c: 4 metres please",
        ADDR,
        catalog=FABRIC,
    )
    assert items(o) == [("TAPE", 4, "3 cm")]
    o = parse(
        "c: keni litar najloni 6 mm?",
        "m: Po, 80 cent metri",
        "c: me duhen 12 metra",
        ADDR,
        catalog=FABRIC,
    )
    assert items(o) == [("ROPE", 12, "6 mm")]
    # without a price by the metre, metres of a product sold in widths are no count
    o = parse(
        "c: keni litar najloni 6 mm?", "m: Po, 3 euro", "c: me duhen 12 metra", ADDR, catalog=FABRIC
    )
    assert items(o) == [("ROPE", 1, "6 mm")]
    # a length that is a variant stays the variant
    o = parse("c: zinxhir metalik keni?", "m: Po, 5 euro metri", "c: nje 2 m", ADDR, catalog=FABRIC)
    assert items(o) == [("CHAIN", 1, "2 m")]


def test_a_count_before_the_name_is_the_first_size_when_the_next_has_its_own() -> None:
    # "2 vida 30 mm ... edhe 1 të gjatë 50": two of 30 mm and one of 50 mm, not one of each
    o = parse(
        "c: keni vida druri?",
        "m: Po, 30 mm dhe 50 mm",
        "c: me duhen 2 vida 30 mm per dollapin edhe 1 te gjate 50 per deren",
        ADDR,
        catalog=HARDWARE,
    )
    assert items(o) == [("SCREW", 2, "30 mm"), ("SCREW", 1, "50 mm")]
    # the count shared by the sizes that follow stays one of each
    o = parse("c: 2 pale kepuce pune nr 41 dhe 43", ADDR, catalog=HARDWARE)
    assert items(o) == [("BOOT", 1, "41"), ("BOOT", 1, "43")]


def test_small_describes_the_goods_whose_size_is_said_next() -> None:
    # "vida të vogla, 50 mm, dy pako": small screws of 50 mm, not one of 30 mm besides
    o = parse("c: vida druri te vogla, 50 mm, dy pako", ADDR, catalog=HARDWARE)
    assert items(o) == [("SCREW", 2, "50 mm")]
    o = parse("c: small wood screws, 50 mm", ADDR, catalog=HARDWARE)
    assert items(o) == [("SCREW", 1, "50 mm")]
    # with a count of its own the small one is a line of its own
    o = parse("c: vida druri 2 te vogla dhe 1 50 mm", ADDR, catalog=HARDWARE)
    assert items(o) == [("SCREW", 2, "30 mm"), ("SCREW", 1, "50 mm")]


LAMPS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "SHADE",
            "Abazhur pëlhure",
            ("lampshade", "paralume"),
            Decimal("9"),
            ("të errëta", "të çelëta"),
        ),
    ),
)


def test_dark_and_light_in_the_albanian_plural_meet_other_languages() -> None:
    # "të errëta" / "të çelëta" (plural) are the dark / light shades: "scuri", "hell"
    o = parse("c: paralume scuri, due", ADDR, catalog=LAMPS)
    assert items(o) == [("SHADE", 2, "të errëta")]
    o = parse("c: zwei helle lampshade bitte", ADDR, catalog=LAMPS)
    assert items(o) == [("SHADE", 2, "të çelëta")]


def test_a_split_by_variants_goes_to_the_item_that_has_them() -> None:
    # the latest item (a cup without variants) takes no sizes: the t-shirts are split
    cat = Catalog(
        currency="ALL",
        products=(
            *GLOVES.products,
            CatalogProduct("MUG", "Filxhan kafe", ("mug",), Decimal("300"), ()),
        ),
    )
    o = parse(
        "c: bluze pambuku keni?",
        "m: Po, S, XS, XXL",
        "c: 3 S. Dhe nje filxhan kafe",
        "c: jo, me mire 2 S edhe 1 XXL",
        ADDR,
        catalog=cat,
    )
    assert items(o) == [("TEE", 2, "S"), ("TEE", 1, "XXL"), ("MUG", 1, None)]


def test_better_x_than_y_keeps_x() -> None:
    # "ma mirë S se XXL": "better S than XXL", the XXL is given up
    o = parse(
        "c: bluze pambuku keni?",
        "m: Po, S, XS, XXL",
        "c: nje XXL",
        "c: jo, ma mire S se XXL me rri e gjere",
        ADDR,
        catalog=GLOVES,
    )
    assert items(o) == [("TEE", 1, "S")]


def test_a_count_before_a_name_with_a_glued_model_number_is_a_count() -> None:
    cat = Catalog(
        currency="EUR",
        products=(
            CatalogProduct("GLASS", "Xham mbrojtës S24", ("screen protector",), Decimal("5"), ()),
            CatalogProduct("BOX", "Arkë 6 shishe", ("wine box",), Decimal("9"), ()),
        ),
    )
    # "24 xham mbrojtes" for "Xham mbrojtës S24": the name holds 24 only as a model
    o = parse("c: më duhen 24 xham mbrojtes", ADDR, catalog=cat)
    assert items(o) == [("GLASS", 24, None)]
    # a number standing alone in the name is still the name's ("6 shishe" of "Arkë 6 shishe")
    o = parse("c: dua nje arke 6 shishe", ADDR, catalog=cat)
    assert items(o) == [("BOX", 1, None)]


def test_a_count_with_its_packs_closing_the_segment_counts_the_variant_before() -> None:
    cat = Catalog(
        currency="EUR",
        products=(
            CatalogProduct(
                "BRUSH", "Furçë dhëmbësh", ("toothbrush",), Decimal("3"), ("soft", "medium", "hard")
            ),
        ),
    )
    o = parse("c: furce dhembesh soft 3 pako, hard 2 pako", ADDR, catalog=cat)
    assert items(o) == [("BRUSH", 3, "soft"), ("BRUSH", 2, "hard")]
    o = parse("c: toothbrush medium 4 packs, soft 1 pack", ADDR, catalog=cat)
    assert items(o) == [("BRUSH", 4, "medium"), ("BRUSH", 1, "soft")]


def test_a_count_before_the_name_is_no_variant_whose_number_comes_with_words() -> None:
    cat = Catalog(
        currency="EUR",
        products=(
            CatalogProduct(
                "TEAPOT",
                "Çajnik porcelani",
                ("teapot",),
                Decimal("12"),
                ("2 filxhanë", "6 filxhanë"),
            ),
        ),
    )
    # "2 çajnikë" are two teapots, not the two-cup one
    o = parse("c: dua 2 cajnik porcelani", ADDR, catalog=cat)
    assert items(o) == [("TEAPOT", 2, None)]
    # the big one is the six-cup one, two of them
    o = parse("c: 2 teapot te medhenj", ADDR, catalog=cat)
    assert items(o) == [("TEAPOT", 2, "6 filxhanë")]
