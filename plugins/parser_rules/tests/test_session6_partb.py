"""Session 6 (helper s6-partb): general rules for unseen shops. Invented shops and sentences
only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Besa Krasniqi, Rr. Nënë Tereza 8, Pejë, 044 123 456"

OUTDOOR = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "MAT", "Dyshekth kampingu i palosshëm", (), Decimal("1500"), ("jeshil", "blu")
        ),
        CatalogProduct("POLES", "Shkopinj alumini (palë)", (), Decimal("3000")),
        CatalogProduct("BAG", "Çantë shpine 40 L", (), Decimal("5000")),
        CatalogProduct("GAS", "Kartuçë gazi", (), Decimal("500"), ("100 g", "250 g")),
    ),
)


def test_big_and_small_in_every_albanian_form() -> None:
    # the definite plural "të mëdhatë" and "të vegjlve" are big and small like "e madhe"
    o = parse("c: dua 3 kartuce gazi nga te medhate", ADDR, catalog=OUTDOOR)
    assert items(o) == [("GAS", 3, "250 g")]
    o = parse("c: Vorrei una kartuce gazi, quella grossa", ADDR, catalog=OUTDOOR)
    assert items(o)[0][2] == "250 g"
    o = parse("c: Ich nehme 2 Kartuce gazi, die kleinsten", ADDR, catalog=OUTDOOR)
    assert items(o)[0][2] == "100 g"


def test_camping_mats_and_poles_in_four_languages() -> None:
    o = parse("c: Vorrei due materassini e i bastoncini da trekking", ADDR, catalog=OUTDOOR)
    assert items(o) == [("MAT", 2, None), ("POLES", 1, None)]
    o = parse("c: I'd like a sleeping mat and hiking poles please", ADDR, catalog=OUTDOOR)
    assert items(o) == [("MAT", 1, None), ("POLES", 1, None)]
    o = parse("c: Ich möchte eine Isomatte und Wanderstöcke", ADDR, catalog=OUTDOOR)
    assert items(o) == [("MAT", 1, None), ("POLES", 1, None)]


DAIRY_SOAP = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SOAP", "Sapun ulliri", (), Decimal("4"), ("qumësht dhie", "qumësht dele")),
        CatalogProduct("SOAP-CHAR", "Sapun qymyri", (), Decimal("5")),
        CatalogProduct("LOTION", "Locion trupi", (), Decimal("9"), ("qumësht gomareje", "aloe")),
    ),
)


def test_kinds_of_milk_meet_variants_in_any_language() -> None:
    o = parse("c: vorrei tre saponi al latte di capra", ADDR, catalog=DAIRY_SOAP)
    assert items(o) == [("SOAP", 3, "qumësht dhie")]
    o = parse("c: two soaps with sheep's milk please", ADDR, catalog=DAIRY_SOAP)
    assert items(o) == [("SOAP", 2, "qumësht dele")]
    o = parse("c: Ich möchte die Körperlotion mit Eselsmilch", ADDR, catalog=DAIRY_SOAP)
    assert items(o) == [("LOTION", 1, "qumësht gomareje")]


HOME_DECOR = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TBL-RND", "Tavolinë e rrumbullakët kafeje", (), Decimal("80")),
        CatalogProduct("TBL-SQ", "Tavolinë katrore kafeje", (), Decimal("70")),
        CatalogProduct("CURT-L", "Perde e gjatë liri", (), Decimal("30")),
        CatalogProduct("CUSH", "Jastëk dekorativ", (), Decimal("12"), ("40x40", "50x50")),
        CatalogProduct("DIFF", "Difuzor me erë livande", (), Decimal("15")),
        CatalogProduct("DIFF-V", "Difuzor me erë vanilje", (), Decimal("15")),
    ),
)


def test_a_general_attribute_word_reaches_the_catalog_word_in_another_language() -> None:
    # "runde" / "round" / "rotondo" meet "i rrumbullakët" of a name, "lavender" meets "livande"
    o = parse("c: Ich möchte den runden Tisch", ADDR, catalog=HOME_DECOR)
    assert items(o) == [("TBL-RND", 1, None)]
    o = parse("c: vorrei il tavolino rotondo", ADDR, catalog=HOME_DECOR)
    assert items(o) == [("TBL-RND", 1, None)]
    o = parse("c: I'd like the lavender diffuser please", ADDR, catalog=HOME_DECOR)
    assert items(o) == [("DIFF", 1, None)]


def test_a_general_attribute_word_alone_names_nothing() -> None:
    # "long" reaches "i gjatë" of the curtain's name, but alone it describes another product
    o = parse("c: I'll take the cushion, the really long one, 50x50", ADDR, catalog=HOME_DECOR)
    assert items(o) == [("CUSH", 1, "50x50")]
    o = parse("c: dua jastekun 40x40, e kemi divanin shume te gjate", ADDR, catalog=HOME_DECOR)
    assert items(o) == [("CUSH", 1, "40x40")]


def test_bay_leaf_in_four_languages() -> None:
    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct("S-BAY", "Sapun me dafinë", (), Decimal("5")),
            CatalogProduct("S-OLIVE", "Sapun me ulli", (), Decimal("5")),
        ),
    )
    for line in (
        "c: two of the bay leaf soaps please",
        "c: vorrei due saponi con alloro",
        "c: vorrei due saponi all'alloro",
        "c: Ich nehme zwei Seifen mit Lorbeer",
    ):
        assert items(parse(line, ADDR, catalog=shop)) == [("S-BAY", 2, None)], line


BIKES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BIKE-CITY", "Biçikletë qyteti Urbana", (), Decimal("300"), ("M", "L")),
        CatalogProduct("BIKE-FOLD", "Biçikletë palosëse Vela", (), Decimal("350")),
        CatalogProduct("LOCK", "Dry me kod", ("lock",), Decimal("15")),
        CatalogProduct("BELL", "Zile", ("bell",), Decimal("4")),
    ),
)


def test_add_that_too_takes_what_the_merchant_offers() -> None:
    o = parse(
        "c: dua bicikleten Urbana L",
        "m: E kemi. Kemi edhe dry me kod, 15€",
        "c: Shtoje edhe ate",
        ADDR,
        catalog=BIKES,
    )
    assert items(o) == [("BIKE-CITY", 1, "L"), ("LOCK", 1, None)]
    o = parse(
        "c: I'd like the Urbana bike in L",
        "m: Sure. We also have a lock with a code, 15€",
        "c: add that too",
        ADDR,
        catalog=BIKES,
    )
    assert items(o) == [("BIKE-CITY", 1, "L"), ("LOCK", 1, None)]


def test_that_one_takes_the_proposal_in_place_of_the_one_asked() -> None:
    # asked about one bike, wanted "something" easier to carry, took the one recommended
    o = parse(
        "c: Bicikleta Urbana sa peshon? Po du dicka me te lehte per ne tren",
        "m: Urbana 14 kg. Per tren ju rekomandojme Vela palosese, 11 kg",
        "c: Ate e du. Edhe nje zile",
        ADDR,
        catalog=BIKES,
    )
    assert items(o) == [("BIKE-FOLD", 1, None), ("BELL", 1, None)]
    o = parse(
        "c: How heavy is the Urbana bike? I want something lighter",
        "m: Urbana is 14 kg. We'd recommend the Vela folding bike, 11 kg",
        "c: ok that one",
        ADDR,
        catalog=BIKES,
    )
    assert items(o) == [("BIKE-FOLD", 1, None)]


def test_an_order_of_something_commits_nothing_asked() -> None:
    # "I want something lighter" wants a thing not named yet, not the bike asked about
    o = parse(
        "c: Sa kushton bicikleta Urbana? Po dua dicka me te lehte",
        "m: Urbana 300€, 14 kg",
        "c: ok, atehere vetem nje zile",
        ADDR,
        catalog=BIKES,
    )
    assert items(o) == [("BELL", 1, None)]
    o = parse(
        "c: How much is the Urbana bike? I want something lighter",
        "m: Urbana 300€, 14 kg",
        "c: then just a bell please",
        ADDR,
        catalog=BIKES,
    )
    assert items(o) == [("BELL", 1, None)]


SCENTS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "CANDLE", "Qiri aromatik", (), Decimal("900"), ("vanilje", "kanellë", "lavandë")
        ),
    ),
)


def test_a_count_of_a_split_without_its_variant_waits_for_one() -> None:
    # "and one for the bathroom": a line of its own when the merchant's advice gives its scent
    o = parse(
        "c: dua qirinj aromatik: dy me vanilje, nje me kanelle dhe nje per banjon",
        "m: Per banjon ju keshillojme ate me lavande",
        "c: ok ate me lavande",
        ADDR,
        catalog=SCENTS,
    )
    assert items(o) == [
        ("CANDLE", 2, "vanilje"),
        ("CANDLE", 1, "kanellë"),
        ("CANDLE", 1, "lavandë"),
    ]
    o = parse(
        "c: I'd like scented candles: two vanilla, one cinnamon and one for my mother",
        ADDR,
        catalog=SCENTS,
    )
    # no scent ever chosen for it: it is one of the candles counted, not another line
    assert items(o) == [("CANDLE", 2, "vanilje"), ("CANDLE", 1, "kanellë")]


HAIR = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("COMB", "Krehër druri", ("comb",), Decimal("6")),
        CatalogProduct("CLIPS", "Kapëse flokësh (pako 6 copë)", ("hair clips",), Decimal("4")),
        CatalogProduct("BAND", "Llastik flokësh", (), Decimal("2"), ("e zezë", "kafe")),
    ),
)


def test_a_concept_that_opens_a_name_names_that_product() -> None:
    # "kapëse" (clip) is an attribute word elsewhere, here the word the product is named by
    o = parse("c: dua nje kreher druri, dhe dy pako me kapse per floke", ADDR, catalog=HAIR)
    assert items(o) == [("COMB", 1, None), ("CLIPS", 2, None)]
    o = parse("c: ich möchte einen Kamm aus Holz und zwei kapese per floke", ADDR, catalog=HAIR)
    assert ("CLIPS", 2, None) in items(o)


SHOES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SH-KID", "Këpucë për fëmijë", (), Decimal("30"), ("28", "30", "32")),
        CatalogProduct("SH-WOMAN", "Këpucë për femra", (), Decimal("50"), ("37", "38", "39")),
        CatalogProduct("SH-MAN", "Këpucë burrash", (), Decimal("55"), ("42", "43", "44")),
    ),
)


def test_the_first_part_of_a_compound_tells_which_product() -> None:
    # "Kinderschuhe" is a shoe, and "Kinder" says which of the shoes
    o = parse("c: Ich möchte Kinderschuhe, bitte", ADDR, catalog=SHOES)
    assert items(o) == [("SH-KID", 1, None)]
    o = parse("c: Ich hätte gern zwei Paar Herrenschuhe", ADDR, catalog=SHOES)
    assert items(o) == [("SH-MAN", 2, None)]


DRINKS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "YOG", "Kos frutash", ("yogurt",), Decimal("2"), ("dredhëz", "mjaltë", "fiq")
        ),
        CatalogProduct("CUPS", "Gota qelqi", (), Decimal("8"), ("6 copë", "12 copë")),
    ),
)


def test_a_flavour_named_by_a_product_word_in_another_language() -> None:
    # "mjaltë" (honey) and "fiq" (figs) are product words; as a flavour they meet "Honig", "fig"
    o = parse("c: Ich möchte zwei Joghurt mit Honig", ADDR, catalog=DRINKS)
    assert items(o) == [("YOG", 2, "mjaltë")]
    o = parse("c: two yogurts please, one fig and one honey", ADDR, catalog=DRINKS)
    assert items(o) == [("YOG", 1, "fiq"), ("YOG", 1, "mjaltë")]
    o = parse("c: vorrei 3 yogurt al miele", ADDR, catalog=DRINKS)
    assert items(o) == [("YOG", 3, "mjaltë")]


HIKING = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BOOT", "Këpucë mali", ("hiking boots",), Decimal("90"), ("41", "42")),
        CatalogProduct("CAP", "Kapele", ("cap",), Decimal("10")),
        CatalogProduct("LAKE-MAP", "Hartë liqeni", ("lake map",), Decimal("5")),
    ),
)


def test_a_place_named_like_a_product_is_no_item() -> None:
    # "Mali i Robit" (a mountain) after "from / nga": the name of a place, not the boots
    o = parse(
        "c: We just came down from Mali i Robit. I'll take a cap please",
        ADDR,
        catalog=HIKING,
    )
    assert items(o) == [("CAP", 1, None)]
    o = parse("c: sapo u kthyem nga Liqeni i Zi, dua nje kapele", ADDR, catalog=HIKING)
    assert items(o) == [("CAP", 1, None)]
    # a product named in capitals by the customer is still a product
    o = parse("c: dua Këpucë Mali nr 42", ADDR, catalog=HIKING)
    assert items(o) == [("BOOT", 1, "42")]


CAMP = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "TENT", "Çadër kampingu", ("tent", "Zelt"), Decimal("99"), ("2 veta", "4 veta")
        ),
        CatalogProduct(
            "PACK", "Çantë shpine", ("backpack", "Rucksack"), Decimal("60"), ("35 L", "55 L")
        ),
        CatalogProduct("STOVE", "Sobë kampingu", ("stove", "Kocher"), Decimal("25")),
    ),
)


def test_what_the_customer_carries_is_context() -> None:
    o = parse("c: une mbaj cadren, me duhet nje cante shpine 55 L", ADDR, catalog=CAMP)
    assert items(o) == [("PACK", 1, "55 L")]
    o = parse("c: I'll bring the tent myself, I need a backpack 55 L", ADDR, catalog=CAMP)
    assert items(o) == [("PACK", 1, "55 L")]
    o = parse("c: Ich bringe das Zelt mit, ich brauche einen Rucksack 55 L", ADDR, catalog=CAMP)
    assert items(o) == [("PACK", 1, "55 L")]


def test_a_product_in_the_merchants_condition_is_not_proposed() -> None:
    # "if you carry the stove too, we recommend 55 L" - "ok 55": the backpack in 55 L only
    o = parse(
        "c: cfare cante shpine me duhet per 2 dite?",
        "m: Mjafton 35 L, por nese mbani edhe soben ju keshillojme 55 L",
        "c: ok 55 atehere",
        ADDR,
        catalog=CAMP,
    )
    assert items(o) == [("PACK", 1, "55 L")]
    o = parse(
        "c: which backpack do I need for two days?",
        "m: 35 L is enough, but if you carry the stove too we recommend 55 L",
        "c: ok 55 then",
        ADDR,
        catalog=CAMP,
    )
    assert items(o) == [("PACK", 1, "55 L")]


TOWELS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "TOWEL",
            "Peshqir banje",
            ("towel",),
            Decimal("9"),
            ("50x90 blu", "50x90 e bardhë", "70x140 blu", "70x140 e bardhë"),
        ),
    ),
)


def test_all_three_or_four_of_them_is_the_count() -> None:
    # "të katra" / "të treja": all four / all three of them
    o = parse("c: dua peshqir banje 70x140", "c: beni te katra blu", ADDR, catalog=TOWELS)
    assert items(o) == [("TOWEL", 4, "70x140 blu")]
    o = parse("c: dua peshqir banje 50x90", "c: i dua te treja te bardha", ADDR, catalog=TOWELS)
    assert items(o) == [("TOWEL", 3, "50x90 e bardhë")]


def test_a_new_word_that_fits_two_variants_chooses_none() -> None:
    # "not white, make it blue": blue is sold in two sizes, the size is still open
    o = parse("c: dua 2 peshqir banje", "c: te bardhet s'i dua, beni blu", ADDR, catalog=TOWELS)
    assert items(o) == [("TOWEL", 2, None)]


def test_a_family_name_that_is_a_street_word() -> None:
    # "Sheshi" (square) after a given name, with no street named after it, is a family name
    o = parse(
        "c: dua nje kreher druri",
        "c: Mirela Sheshi, Rruga Ismail Qemali 12, Vlore, 069 555 1234",
        catalog=HAIR,
    )
    assert o.customer_name == "Mirela Sheshi"
    assert o.address == "Rruga Ismail Qemali 12"
    # a square named after its word is still the address
    o = parse(
        "c: dua nje kreher druri",
        "c: Mirela Hoxha, Sheshi Skenderbej 3, Tirane, 069 555 1234",
        catalog=HAIR,
    )
    assert o.customer_name == "Mirela Hoxha"
    assert o.address == "Sheshi Skenderbej 3"


def test_too_late_then_a_need_orders_nothing() -> None:
    # the shop can deliver only later; "I need them for the weekend" is the need it cannot meet
    o = parse(
        "c: Pershendetje, kepuce mali nr 43 keni?",
        "m: Na vijne pas 2 javesh",
        "c: 2 jave eshte vone, me duhen per fundjaven",
        "m: Na shkruani nese ndryshoni mendje",
        "c: ok faleminderit",
        catalog=HIKING,
    )
    assert not o.is_order
    o = parse(
        "c: Hi, do you have the hiking boots in 43?",
        "m: They arrive in 2 weeks",
        "c: hmm that's too late, I need them for Saturday",
        "m: Sorry!",
        "c: ok thanks anyway",
        catalog=HIKING,
    )
    assert not o.is_order


def test_a_size_that_does_not_fit_is_not_chosen() -> None:
    o = parse(
        "c: kepuce mali nr 43 keni?",
        "m: Deri 42 i kemi",
        "c: 42 me vjen e ngushte",
        "c: ok faleminderit",
        catalog=HIKING,
    )
    assert not o.is_order
    o = parse("c: dua kepuce mali", "c: 41 me vjen e ngushte, 42 po", ADDR, catalog=HIKING)
    assert items(o) == [("BOOT", 1, "42")]


def test_an_order_word_beside_a_hesitation_commits_nothing_asked() -> None:
    # the boots asked about stay a question; the cap ordered outright is the order
    o = parse(
        "c: sa kushtojne kepucet e malit?",
        "m: 90€",
        "c: i dua, po ndoshta muajin tjeter",
        "c: per sot dua nje kapele",
        ADDR,
        catalog=HIKING,
    )
    assert items(o) == [("CAP", 1, None)]
    o = parse(
        "c: how much are the hiking boots?",
        "m: 90€",
        "c: I want them, maybe next month",
        "c: for now I'd like a cap",
        ADDR,
        catalog=HIKING,
    )
    assert items(o) == [("CAP", 1, None)]


def test_a_yes_with_the_phone_confirms_the_address_the_merchant_typed() -> None:
    o = parse(
        "c: dua nje kapele",
        "m: Adresa?",
        "c: Lume Gashi, jam te shkolla Naim Frasheri",
        "m: Pra: Rr. Naim Frasheri 10, Gjakove? Nr telefoni?",
        "c: po. 044-300-200",
        catalog=HIKING,
    )
    assert (o.address, o.city, o.phone) == ("Rr. Naim Frasheri 10", "Gjakove", "+38344300200")
    o = parse(
        "c: I'd like a cap",
        "m: So: Rr. Naim Frasheri 10, Gjakove? And your phone?",
        "c: yes, 044 300 200",
        catalog=HIKING,
    )
    assert (o.address, o.city) == ("Rr. Naim Frasheri 10", "Gjakove")


def test_a_village_near_its_town_and_a_house_by_its_landmark() -> None:
    # "te Berati" says which town the village is near; the house by the school is the address
    o = parse(
        "c: dua nje kapele",
        "m: Ku jeton?",
        "c: Ne Shales, te Lushnja. Arta Meta, shtepia e Metajve prane xhamise. 069 555 1234",
        catalog=HIKING,
    )
    assert o.address == "shtepia e Metajve prane xhamise"
    o = parse(
        "c: I'd like a cap",
        "c: Arta Meta, house of the Meta family near the mosque, Lushnje, 069 555 1234",
        catalog=HIKING,
    )
    assert o.address == "house of the Meta family near the mosque"


def test_the_albanian_clitic_i_is_not_i_carry() -> None:
    # "po i mbaj çadrat" (I keep the tents) is no "I carry", and 30 jars of a 30 ml cream are 30
    o = parse("c: po i mbaj cadrat, dua edhe nje sobe", ADDR, catalog=CAMP)
    assert items(o) == [("TENT", 1, None), ("STOVE", 1, None)]
    shop = Catalog(
        currency="EUR",
        products=(CatalogProduct("CREAM", "Krem duarsh", (), Decimal("3"), ("30 ml", "100 ml")),),
    )
    o = parse("c: per dasmen dua 30 kavanoza krem duarsh 30 ml", ADDR, catalog=shop)
    assert items(o) == [("CREAM", 30, "30 ml")]


def test_olive_as_a_scent_in_every_form() -> None:
    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct("SOAP", "Sapun dore", (), Decimal("3"), ("me ulliri", "me trëndafil")),
        ),
    )
    for line in (
        "c: vorrei due saponi all'oliva",
        "c: Ich möchte zwei Seifen mit Olive",
        "c: two olive soaps please",
    ):
        assert items(parse(line, ADDR, catalog=shop)) == [("SOAP", 2, "me ulliri")], line


def test_only_a_concept_form_itself_opens_a_name() -> None:
    from plugins.parser_rules.catalog_match import index_for

    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct("CLIP", "Kapëse perdesh", (), Decimal("3")),
            CatalogProduct("PELLET", "Pellet Eko", (), Decimal("4"), ("15 kg", "70 thasë")),
        ),
    )
    heads = index_for(shop).heads
    assert "#clip" in heads  # "kapëse" is a form of clip
    assert "#leather" not in heads  # "Pellet" reaches "pelle" only by its stem
