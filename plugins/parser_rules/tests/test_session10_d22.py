"""Session 10, dev22: general mechanisms, tested on invented shops of other trades (vases,
bags, lamps, cutlery, ...) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

VASES = Catalog(
    products=(
        CatalogProduct(
            "VASE-CER", "Vazo qeramike", ("ceramic vase",), Decimal("15"), ("20 cm", "30 cm")
        ),
        CatalogProduct(
            "VASE-GLS", "Vazo xhami", ("glass vase",), Decimal("12"), ("20 cm", "30 cm")
        ),
    )
)  # fmt: skip

BAGS = Catalog(
    products=(
        CatalogProduct(
            "BAG", "Çantë shpine", ("Rucksack", "backpack"), Decimal("40"),
            ("E zezë", "Kafe", "Jeshile"),
        ),
        CatalogProduct("NAME", "Qëndisje emri", ("Bestickung",), Decimal("4"), ()),
    )
)  # fmt: skip

CUTLERY = Catalog(
    products=(
        CatalogProduct(
            "SPOON", "Lugë çaji", ("teaspoons",), Decimal("12"),
            ("Inox", "Inox i larë me ar"),
        ),
        CatalogProduct("TRAY", "Tabaka druri", (), Decimal("20"), ()),
    )
)  # fmt: skip

DETAILS = "c: Arta Hoxha, rr. Myslym Shyri 12, Tiranë, 069 412 3344"


def test_a_size_answer_goes_to_the_item_the_merchant_just_spoke_of() -> None:
    # two vases asked about; the merchant answers about the ceramic one alone, and "30 please"
    # (a longer sentence than a bare answer) is its size, not the glass vase's
    order = parse(
        "c: Hi, I like the ceramic vase, and how tall is the glass vase?",
        "m: The ceramic vase comes in 20 and 30 cm, 15 euro",
        "c: 30 please, my mother likes them tall",
        DETAILS,
        catalog=VASES,
    )
    assert items(order) == [("VASE-CER", 1, "30 cm")]


def test_a_german_dative_colour_names_the_variant() -> None:
    # "mit braunem Stoff": the dative ending -em of braun
    order = parse(
        "c: Hallo, ich möchte den Rucksack mit braunem Stoff",
        DETAILS,
        catalog=BAGS,
    )
    assert items(order) == [("BAG", 1, "Kafe")]


def test_without_after_a_value_describes_that_line_and_removes_nothing() -> None:
    # "die grüne ohne Bestickung": the green one stays; "without" leaves out what follows it
    order = parse(
        "c: Ich hätte gern zwei Rucksäcke, einen schwarzen und einen grünen",
        "c: Auf den schwarzen bitte den Namen 'Ben', die grüne ohne Bestickung",
        DETAILS,
        catalog=BAGS,
    )
    bags = sorted(i for i in items(order) if i[0] == "BAG")
    assert bags == [("BAG", 1, "E zezë"), ("BAG", 1, "Jeshile")]


def test_gold_plated_in_gheg_participle() -> None:
    # "te lame me ar" is the Gheg "të larë me ar" (gold-plated)
    order = parse(
        "c: i du lugt e caji te lame me ar, 6 cope",
        DETAILS,
        catalog=CUTLERY,
    )
    assert items(order) == [("SPOON", 6, "Inox i larë me ar")]


SOAPS = Catalog(
    products=(
        CatalogProduct(
            "SOAP", "Sapun i lëngshëm", ("liquid soap",), Decimal("300"),
            ("250 ml Lavandë", "250 ml Mjaltë", "500 ml Lavandë", "500 ml Mjaltë"),
        ),
        CatalogProduct("HONEY", "Mjaltë mali", ("mjalte",), Decimal("900"), ("Lavandë", "Bli")),
    )
)  # fmt: skip


def test_a_word_of_the_items_variants_in_the_merchants_line_is_no_other_product() -> None:
    # "aromat: Lavande, Mjalte": "Mjalte" is a scent of the soap asked about, not the honey
    # the shop also sells; "me lavande e dua" then picks the scent of the soap
    order = parse(
        "c: Tung, sapun te lengshem per duar keni?",
        "m: Kemi 250 ml e 500 ml; aromat: Lavande, Mjalte. 300/500 leke",
        "c: me lavande e dua",
        "c: 500 ml",
        "c: dy shishe",
        DETAILS,
        catalog=SOAPS,
    )
    assert items(order) == [("SOAP", 2, "500 ml Lavandë")]


TEAS = Catalog(
    products=(
        CatalogProduct("TEA-M", "Çaj mali", ("caj mali",), Decimal("300"), ("50 g", "100 g")),
        CatalogProduct(
            "TEA-G", "Çaj jeshil me jasemin", (), Decimal("600"), ("Kuti 20 qese", "Kuti 40 qese")
        ),
    )
)  # fmt: skip


def test_the_merchants_summary_names_the_ordered_product_by_its_variant() -> None:
    # "2 x çaj kuti 40 qese": the green tea ordered is the one sold in boxes of 40, not the
    # mountain tea the kind word "çaj" names best
    order = parse(
        "c: dua caj jeshil me jasemin, 2 kuti me 40 qese",
        "m: Ne rregull: 2 x caj kuti 40 qese = 1200 leke. Adresa?",
        DETAILS,
        catalog=TEAS,
    )
    assert items(order) == [("TEA-G", 2, "Kuti 40 qese")]


def test_a_town_naming_a_business_in_the_address_is_not_the_city() -> None:
    # "përballë furrës Elbasani": the bakery is called Elbasani; no town is said
    order = parse(
        "c: dua 2 kuti caj jeshil me 40 qese",
        "c: rruga Dibres, pallati i kuq perballe furres Elbasani, kati 4",
        "c: Arta Hoxha 069 412 3344",
        catalog=TEAS,
    )
    assert order.city is None
    assert order.address is not None and "Elbasani" in order.address


TOWELS = Catalog(
    products=(
        CatalogProduct("TOWEL", "Peshqir banje", ("peshqir",), Decimal("900"), ("Blu", "Gri")),
        CatalogProduct(
            "DISH", "Lëng enësh", ("sapun per enet",), Decimal("200"), ("500 ml", "1 L")
        ),
        CatalogProduct("WASH", "Detergjent rrobash", (), Decimal("800"), ("3 kg", "6 kg")),
    )
)  # fmt: skip


def test_the_genitive_of_ash_is_grey() -> None:
    # "t'hirit" (of ash) is grey, as "ngjyrë hiri"
    order = parse(
        "c: a e keni peshqirin e banjes",
        "m: Po, blu ose gri, 900 leke",
        "c: dua nje t'hirit, ju lutem",
        DETAILS,
        catalog=TOWELS,
    )
    assert items(order) == [("TOWEL", 1, "Gri")]


def test_italian_dish_soap_with_per_names_the_dish_soap() -> None:
    # "detersivo per i piatti" is dish soap, not the laundry detergent "detersivo" alone names
    order = parse(
        "c: Buonasera, mi serve il detersivo per i piatti, due bottiglie da mezzo litro",
        DETAILS,
        catalog=TOWELS,
    )
    assert items(order) == [("DISH", 2, "500 ml")]


SEWING = Catalog(
    products=(
        CatalogProduct("SCISSORS", "Gërshërë rrobaqepësi", ("gershere",), Decimal("1500"), ()),
        CatalogProduct("THREAD", "Pe qepjeje", (), Decimal("150"), ("E zezë", "E bardhë")),
    )
)  # fmt: skip


def test_a_product_word_after_things_names_the_trade_not_an_item() -> None:
    # "gjera qepjeje" (sewing things) says what kind of goods; the scissors are the order
    order = parse(
        "c: po hap nje punishte dhe kerkoj gjera qepjeje",
        "c: dua 2 gershere",
        DETAILS,
        catalog=SEWING,
    )
    assert items(order) == [("SCISSORS", 2, None)]


HANDMADE = Catalog(
    products=(
        CatalogProduct("SOAP", "Sapun artizanal", (), Decimal("300"), ("Pako 3", "Pako 6")),
        CatalogProduct("GIFT", "Pako dhuratë", ("pako dhurate",), Decimal("500"), ()),
    )
)  # fmt: skip


def test_packs_counted_in_the_segment_after_a_product_are_its_packing() -> None:
    # "sapun artizanal ne paketa me 6, dy pako": two packs of six soaps, not
    # the gift pack whose name starts with "pako"
    order = parse(
        "c: sapun artizanal ne paketa me 6, dy pako",
        DETAILS,
        catalog=HANDMADE,
    )
    assert items(order) == [("SOAP", 2, "Pako 6")]


def test_a_labelled_family_name_then_comma_and_given_name() -> None:
    # "Name Shehu, Dorina": family name, comma, given name (as forms are filled in abroad)
    order = parse(
        "c: Ich möchte den Rucksack in Schwarz",
        "c: Adresse: Rruga e Durrësit 5, Tirana. Name Shehu, Dorina",
        "c: +49 176 5550 1234",
        catalog=BAGS,
    )
    assert order.customer_name == "Dorina Shehu"


BIKES = Catalog(
    products=(
        CatalogProduct(
            "BIKE", "Biçikletë malore (me dritë dhe zile)", (), Decimal("180"), ("26", "29")
        ),
        CatalogProduct("BELL", "Zile biçiklete", ("zile",), Decimal("6"), ()),
    )
)  # fmt: skip


def test_asking_whether_a_product_is_included_orders_nothing_else() -> None:
    # "a vjen brenda?": does the bell come with the bike; the bike stays the order
    order = parse(
        "c: a e keni biciklete malore 26",
        "m: Po, 180€, vjen me drite dhe zile",
        "c: po zilja, a vjen brenda?",
        "m: Brenda eshte",
        "c: mire e dua",
        DETAILS,
        catalog=BIKES,
    )
    assert items(order) == [("BIKE", 1, "26")]


TOOLS = Catalog(
    products=(
        CatalogProduct("DRILL-BUY", "Trapan elektrik (blerje)", (), Decimal("90"), ()),
        CatalogProduct("DRILL-RENT", "Trapan elektrik me qira (1 ditë)", (), Decimal("10"), ()),
    )
)  # fmt: skip


def test_not_with_a_preposition_refuses_the_word_after_it() -> None:
    # "jo me qira" (not for rent): the drill whose name lacks "qira"
    order = parse(
        "c: a keni trapan elektrik jo me qira por per shitje",
        DETAILS,
        catalog=TOOLS,
    )
    assert items(order) == [("DRILL-BUY", 1, None)]


TEAMWEAR = Catalog(
    products=(
        CatalogProduct(
            "JERSEY", "Bluzë futbolli", ("bluze",), Decimal("1500"), ("S", "M", "L", "XL")
        ),
        CatalogProduct(
            "PANTS-W", "Pantallona sportive për femra", ("pantallona grash",), Decimal("2000"),
            ("S", "M", "L"),
        ),
        CatalogProduct(
            "PANTS-M", "Pantallona sportive për meshkuj", ("pantallona burrash",), Decimal("2000"),
            ("S", "M", "L", "XL"),
        ),
    )
)  # fmt: skip


def test_a_bare_size_count_after_one_product_in_the_merchants_summary_is_that_products() -> None:
    # "bluza M x2, L x1; pantallona L x2, M x1": "L x1" goes with the jerseys, not the trousers
    order = parse(
        "c: per ekipin na duhen 3 bluza futbolli, dy M nje L",
        "c: edhe 3 pantallona sportive per meshkuj, dy M nje L",
        "m: Pra bluza M x2, L x1, pantallona M x2, L x1",
        "c: prit, pantallonat ndryshe: dy L e nje M. bluzat mbeten",
        "m: Dakord: bluza M x2, L x1; pantallona L x2, M x1, gjithsej 10500",
        "c: po",
        DETAILS,
        catalog=TEAMWEAR,
    )
    assert sorted(items(order)) == [
        ("JERSEY", 1, "L"), ("JERSEY", 2, "M"), ("PANTS-M", 1, "M"), ("PANTS-M", 2, "L")
    ]  # fmt: skip


PARTY = Catalog(
    products=(
        CatalogProduct("TENT-BUY", "Tendë ahengu 6x4 (blerje)", (), Decimal("400"), ()),
        CatalogProduct("TENT-RENT", "Tendë ahengu 6x4 me qira (2 ditë)", (), Decimal("60"), ()),
        CatalogProduct("CHAIR", "Karrige plastike e bardhë", (), Decimal("5"), ()),
    )
)  # fmt: skip


def test_rental_in_english_names_the_rental_product() -> None:
    # "the rental party tent" is the "me qira" tent, not the one sold
    order = parse(
        "c: Hi, we need the rental party tent for the weekend",
        DETAILS,
        catalog=PARTY,
    )
    assert items(order) == [("TENT-RENT", 1, None)]


JACKETS = Catalog(
    products=(
        CatalogProduct("JKT-M", "Xhaketë lëkure për meshkuj", (), Decimal("120"), ("M", "L")),
        CatalogProduct("JKT-F", "Xhaketë lëkure për femra", (), Decimal("110"), ("S", "M")),
    )
)  # fmt: skip


def test_an_english_possessive_names_men_or_women() -> None:
    # "the men's leather jacket": the one "për meshkuj"
    order = parse(
        "c: Hello, I'd like the men's leather jacket in size M",
        DETAILS,
        catalog=JACKETS,
    )
    assert items(order) == [("JKT-M", 1, "M")]


SERBIAN = "c: Marko Petrović, selo Vrapčište, kod crkve, 070 412 334"

GIFTS = Catalog(
    products=(
        CatalogProduct(
            "W-SP", "Orë dore sportive digjitale", (), Decimal("40"), ("E zezë", "E kuqe")
        ),
        CatalogProduct("W-CL", "Orë dore klasike", (), Decimal("60"), ()),
        CatalogProduct(
            "W-M", "Orë dore për meshkuj", (), Decimal("60"), ("Rrip lëkure", "Rrip metali")
        ),
        CatalogProduct(
            "W-F", "Orë dore për femra", (), Decimal("55"), ("Rrip lëkure", "Rrip metali")
        ),
        CatalogProduct("BAG", "Çantë sportive", (), Decimal("30"), ("E zezë", "Blu")),
        CatalogProduct("CHAIN", "Zinxhir biçiklete", (), Decimal("12"), ()),
        CatalogProduct("LOCK", "Drynë biçiklete me kod", (), Decimal("15"), ()),
    )
)  # fmt: skip


def test_serbian_sporty_watch() -> None:
    # "sportski sat": the sports watch ("sat" a watch, "sportski" sporty)
    order = parse("c: zdravo, uzimam sportski sat, crni", SERBIAN, catalog=GIFTS, country="MK")
    assert items(order) == [("W-SP", 1, "E zezë")]


def test_serbian_mens_watch_with_a_metal_strap() -> None:
    # "muški" is for men, "metalnom" the instrumental of metal
    order = parse(
        "c: dobar dan, hteo bih muški ručni sat s metalnom trakom",
        SERBIAN,
        catalog=GIFTS,
        country="MK",
    )
    assert items(order) == [("W-M", 1, "Rrip metali")]


def test_for_the_son_in_serbian_is_no_colour() -> None:
    # "za sina" (for the son): not the Macedonian "sina" (blue); the colour stays open
    order = parse("c: zdravo, hocu sportsku torbu za sina", SERBIAN, catalog=GIFTS, country="MK")
    assert items(order) == [("BAG", 1, None)]


def test_turkish_chain() -> None:
    # "zincir" is a chain
    order = parse("c: Merhaba, zincir istiyorum, iki tane", SERBIAN, catalog=GIFTS, country="MK")
    assert items(order) == [("CHAIN", 2, None)]


def test_a_serbian_landmark_after_the_village_is_the_address() -> None:
    # "selo Vrapčište, kod crkve": by the church in the village
    order = parse(
        "c: dua nje cante sportive te zeze",
        "c: Marko Petrović, selo Vrapčište, kod crkve, 070 412 334",
        catalog=GIFTS,
        country="MK",
    )
    assert items(order) == [("BAG", 1, "E zezë")]
    assert order.address == "kod crkve"


SCARVES = Catalog(
    products=(
        CatalogProduct("SILK", "Shami mëndafshi", (), Decimal("25"), ("E zezë", "Bezhë")),
        CatalogProduct("EMB", "Shami e qëndisur", (), Decimal("30"), ("E bardhë", "E kuqe")),
        CatalogProduct("BAG", "Çantë pëlhure", (), Decimal("15"), ()),
    )
)  # fmt: skip


def test_turkish_embroidered_headscarf() -> None:
    # "işlemeli yemeni": the embroidered headscarf
    order = parse(
        "c: Merhaba, işlemeli yemeni istiyorum, kırmızı",
        SERBIAN,
        catalog=SCARVES,
        country="MK",
    )
    assert items(order) == [("EMB", 1, "E kuqe")]


def test_within_the_week_is_not_included() -> None:
    # "a vjen brenda javës" asks when it comes (within the week): the bell is an item
    order = parse(
        "c: a e keni biciklete malore 26",
        "m: Po, 180€",
        "c: edhe zilja a vjen brenda javes?",
        "c: mire i dua te dyja",
        DETAILS,
        catalog=BIKES,
    )
    assert sorted(items(order)) == [("BELL", 1, None), ("BIKE", 1, "26")]


def test_italian_is_the_bell_included() -> None:
    # "è inclusa la zile?": whether the bell comes with the bike, then "la prendo" takes the bike
    order = parse(
        "c: buongiorno, avete la biciclete malore 26?",
        "m: Sì, 180€",
        "c: è inclusa la zile?",
        "m: Sì",
        "c: ok perfetto, la prendo",
        DETAILS,
        catalog=BIKES,
    )
    assert items(order) == [("BIKE", 1, "26")]
