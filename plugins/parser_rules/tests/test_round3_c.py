"""Round 3 (session 4, helper c) rules for items on unseen shops. Invented shops and sentences
only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Arta Leka, Rr. Myslym Shyri 12, Tirane, 069 555 1234"

BOUTIQUE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("COAT-NORA", "Pallto Nora", ("Nora coat",), Decimal("150"), ("S", "M")),
        CatalogProduct("COAT-IRIS", "Pallto Iris e shkurtër", ("Iris coat",), Decimal("120"), ()),
        CatalogProduct("BAG", "Çantë dore", ("handbag",), Decimal("40"), ()),
    ),
)

GYM = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("KB", "Kettlebell gize", ("girje",), Decimal("2000"), ("8 kg", "16 kg")),
        CatalogProduct("HW", "Pesha dore vinyl (copë)", ("hand weight",), Decimal("900"), ()),
        CatalogProduct("TOP", "Bluzë sportive", ("sports top",), Decimal("1500"), ("S", "M", "L")),
    ),
)


def test_a_model_named_after_a_person_starts_a_mention() -> None:
    # a given name the catalog uses as a model name, before the product word
    o = parse("c: I want the Nora coat, size M", ADDR, catalog=BOUTIQUE)
    assert items(o) == [("COAT-NORA", 1, "M")]
    o = parse("c: a e keni Iris pallton?", "c: po e marr", ADDR, catalog=BOUTIQUE)
    assert items(o) == [("COAT-IRIS", 1, None)]
    # a given name alone is still a person, not a product
    o = parse("c: Nora me tha qe e keni handbag", "c: e dua", ADDR, catalog=BOUTIQUE)
    assert items(o) == [("BAG", 1, None)]


def test_the_customers_own_weight_is_no_count() -> None:
    o = parse(
        "c: dua bluzen sportive", "c: M apo L? jam 1.70 dhe 58 kg", "c: ok M", ADDR, catalog=GYM
    )
    assert items(o) == [("TOP", 1, "M")]
    o = parse("c: I'd like the sports top", "c: M or L, I'm 64 kg", "c: ok M", ADDR, catalog=GYM)
    assert items(o) == [("TOP", 1, "M")]


def test_a_pair_of_things_sold_singly_is_two() -> None:
    o = parse("c: dua nje pale pesha dore vinyl", ADDR, catalog=GYM)
    assert items(o) == [("HW", 2, None)]
    o = parse("c: vorrei un paio di hand weight", ADDR, catalog=GYM)
    assert items(o) == [("HW", 2, None)]
    # "pale" before a colour is a shade, not a pair
    o = parse("c: I'd like 2 pale blue sports tops, size S", ADDR, catalog=GYM)
    assert items(o) == [("TOP", 2, "S")]


def test_and_one_more_adds_a_line() -> None:
    shop = Catalog(
        currency="EUR",
        products=(CatalogProduct("SOX", "Çorape leshi", (), Decimal("5"), ("35-38", "39-42")),),
    )
    o = parse("c: one pair of wool socks, 39-42", "c: and one more, also 39-42", ADDR, catalog=shop)
    assert items(o) == [("SOX", 2, "39-42")]
    o = parse(
        "c: ciabatte? no, un paio di calzini 35-38", "c: e un altro 35-38", ADDR, catalog=shop
    )
    assert items(o) == [("SOX", 2, "35-38")]


FARM_AND_FISH = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("HB", "Hantela gize", (), Decimal("1000"), ("5 kg", "10 kg")),
        CatalogProduct("KB2", "Girje gize", (), Decimal("1800"), ("10 kg", "16 kg")),
        CatalogProduct("CRN", "Misër kokërr", (), Decimal("900"), ("20 kg", "40 kg")),
        CatalogProduct("GRV", "Zhavorr lumi", (), Decimal("300"), ("2 kg", "5 kg")),
        CatalogProduct("TST", "Test strip uji", (), Decimal("700"), ()),
        CatalogProduct("STP", "Vulë xhepi", (), Decimal("900"), ()),
    ),
)


def test_product_words_of_farm_aquarium_gym_and_print_shops() -> None:
    # a kettlebell is not a dumbbell
    o = parse("c: Ich hätte gern zwei Kurzhanteln 10 kg", ADDR, catalog=FARM_AND_FISH)
    assert items(o) == [("HB", 2, "10 kg")]
    o = parse("c: one kettlebell 16 kg please", ADDR, catalog=FARM_AND_FISH)
    assert items(o) == [("KB2", 1, "16 kg")]
    o = parse("c: vorrei 2 sacchi di mais da 40 kg", ADDR, catalog=FARM_AND_FISH)
    assert items(o) == [("CRN", 2, "40 kg")]
    o = parse("c: I need cracked corn, 20 kg", ADDR, catalog=FARM_AND_FISH)
    assert items(o) == [("CRN", 1, "20 kg")]
    o = parse("c: Ich möchte Aquarienkies 5 kg und Teststreifen", ADDR, catalog=FARM_AND_FISH)
    assert items(o) == [("GRV", 1, "5 kg"), ("TST", 1, None)]
    o = parse("c: vorrei un timbro", ADDR, catalog=FARM_AND_FISH)
    assert items(o) == [("STP", 1, None)]


POWER = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("CELL", "Bateri LR44", ("button battery",), Decimal("1"), ()),
        CatalogProduct("LAMP", "Llambë LED", ("bulb",), Decimal("3"), ("5W", "9W", "12W")),
    ),
)


def test_a_count_in_its_own_segment_after_the_product() -> None:
    o = parse("c: dua bateri te vogla, LR44 x4", ADDR, catalog=POWER)
    assert items(o) == [("CELL", 4, None)]
    o = parse("c: I need LED bulbs, the 12W ones, 3 please", ADDR, catalog=POWER)
    assert items(o) == [("LAMP", 3, "12W")]
    o = parse("c: I need LED bulbs.", "c: the small ones, 2 please", ADDR, catalog=POWER)
    assert items(o) == [("LAMP", 2, "5W")]
    o = parse("c: vorrei lampadine LED 9W, 4 per favore", ADDR, catalog=POWER)
    assert items(o) == [("LAMP", 4, "9W")]
    # a number in a segment about something else is no count
    o = parse("c: dua llambe LED per dhomen, e kam 3 vjet", ADDR, catalog=POWER)
    assert items(o) == [("LAMP", 1, None)]


def test_a_count_of_containers_before_the_size() -> None:
    o = parse("c: dua zhavorr lumi, 3 qese nga 2 kile", ADDR, catalog=FARM_AND_FISH)
    assert items(o) == [("GRV", 3, "2 kg")]
    o = parse("c: river gravel please, 2 bags of 5 kg", ADDR, catalog=FARM_AND_FISH)
    assert items(o) == [("GRV", 2, "5 kg")]
    o = parse("c: vorrei ghiaia, 4 sacchi da 5 kg", ADDR, catalog=FARM_AND_FISH)
    assert items(o) == [("GRV", 4, "5 kg")]


PETS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TANK", "Akuarium xhami", (), Decimal("80"), ("40 L", "80 L")),
        CatalogProduct("PUMP", "Pompë ajri", ("air pump",), Decimal("12"), ()),
        CatalogProduct("HAY", "Sanë për lepuj", ("hay",), Decimal("4"), ()),
    ),
)


def test_a_big_amount_before_a_product_is_a_size_not_a_count() -> None:
    o = parse("c: kam nje 80 litra, dua pompe ajri", ADDR, catalog=PETS)
    assert items(o) == [("PUMP", 1, None)]
    o = parse(
        "c: for a 120 litre tank with air pump, what do I need?",
        "c: ok I'll take it",
        ADDR,
        catalog=PETS,
    )
    assert items(o) == [("PUMP", 1, None)]
    o = parse("c: I'd like 2 kg of hay", ADDR, catalog=PETS)
    assert items(o) == [("HAY", 2, None)]


def test_the_hour_of_a_pickup_is_no_count() -> None:
    o = parse("c: dua nje pompe ajri", "c: vij e marr vete rreth ores 5", ADDR, catalog=PETS)
    assert items(o) == [("PUMP", 1, None)]
    o = parse("c: vorrei una pompa", "c: passo io alle ore 6", ADDR, catalog=PETS)
    assert items(o) == [("PUMP", 1, None)]


PIPES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "HOSE",
            "Zorrë uji",
            ("garden hose", "tubo da giardino"),
            Decimal("10"),
            ("15mm jeshile", "15mm e verdhë", "19mm jeshile", "19mm e verdhë"),
        ),
    ),
)


def test_a_size_said_once_completes_each_colour() -> None:
    o = parse("c: dua 2 zorre uji 19mm, nje jeshile nje te verdhe", ADDR, catalog=PIPES)
    assert items(o) == [("HOSE", 1, "19mm jeshile"), ("HOSE", 1, "19mm e verdhë")]
    o = parse("c: two garden hoses, 15 mm, one green and one yellow", ADDR, catalog=PIPES)
    assert items(o) == [("HOSE", 1, "15mm jeshile"), ("HOSE", 1, "15mm e verdhë")]
    # the size asked about in a question, the colours in the answer
    o = parse(
        "c: keni zorre uji 19 milimetra?",
        "c: dua 2, nje jeshile nje te verdhe",
        ADDR,
        catalog=PIPES,
    )
    assert items(o) == [("HOSE", 1, "19mm jeshile"), ("HOSE", 1, "19mm e verdhë")]
    o = parse(
        "c: avete il tubo da giardino da 15 millimetri?",
        "c: uno verde e uno giallo",
        ADDR,
        catalog=PIPES,
    )
    assert items(o) == [("HOSE", 1, "15mm jeshile"), ("HOSE", 1, "15mm e verdhë")]


def test_what_the_products_named_after_it_are_for() -> None:
    o = parse("c: I want something for the aquarium: an air pump and hay", ADDR, catalog=PETS)
    assert items(o) == [("PUMP", 1, None), ("HAY", 1, None)]
    o = parse("c: Ich brauche was fürs Aquarium: eine Luftpumpe", ADDR, catalog=PETS)
    assert items(o) == [("PUMP", 1, None)]
    # Albanian / Italian "per" is also "about": the product after it stays
    o = parse("c: per akuariumin 40 L, dua edhe nje pompe ajri", ADDR, catalog=PETS)
    assert items(o) == [("TANK", 1, "40 L"), ("PUMP", 1, None)]


def test_a_soft_c_is_not_a_k() -> None:
    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct("PLK", "Pllaka gome", ("pllake",), Decimal("9"), ()),
            CatalogProduct("KEY", "Çelës rezervë", (), Decimal("3"), ()),
            CatalogProduct("BAG2", "Çantë shpine", (), Decimal("20"), ()),
        ),
    )
    # an English word with a soft "c" does not reach a catalog word with "k"
    o = parse("c: I'm renting a place for the summer, I'd like a backpack", ADDR, catalog=shop)
    assert items(o) == [("BAG2", 1, None)]
    # "q" for "ç" still reaches the catalog word, before e/i as before a/o/u
    o = parse("c: dua nje qeles rezerve", ADDR, catalog=shop)
    assert items(o) == [("KEY", 1, None)]
    o = parse("c: dua nje qante shpine", ADDR, catalog=shop)
    assert items(o) == [("BAG2", 1, None)]


def test_one_of_each_variant_the_merchant_listed() -> None:
    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct("MUG", "Filxhan qeramike", ("mug",), Decimal("6"), ("blu", "e verdhë")),
        ),
    )
    o = parse(
        "c: do you have ceramic mugs?",
        "m: Yes, blue and yellow, 6€",
        "c: great, one of each",
        ADDR,
        catalog=shop,
    )
    assert items(o) == [("MUG", 1, "blu"), ("MUG", 1, "e verdhë")]
    o = parse(
        "c: a keni filxhane qeramike?",
        "m: Po, blu dhe te verdha",
        "c: 2 nga secila",
        ADDR,
        catalog=shop,
    )
    assert items(o) == [("MUG", 2, "blu"), ("MUG", 2, "e verdhë")]


def test_a_split_restated_replaces_the_lines() -> None:
    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct(
                "NAP", "Pecetë tavoline", ("napkin",), Decimal("2"), ("e bardhë", "ari", "e kuqe")
            ),
        ),
    )
    o = parse(
        "c: I need napkins, 10 white and 5 gold",
        "m: only 6 white left",
        "c: ok then 6 white and 9 gold",
        ADDR,
        catalog=shop,
    )
    assert items(o) == [("NAP", 6, "e bardhë"), ("NAP", 9, "ari")]
    o = parse(
        "c: dua peceta, 10 te bardha dhe 5 ari",
        "c: jo, ma mire 8 te bardha dhe 7 ari",
        ADDR,
        catalog=shop,
    )
    assert items(o) == [("NAP", 8, "e bardhë"), ("NAP", 7, "ari")]
    # a line in another variant stays
    o = parse("c: dua 10 peceta te kuqe", "c: dhe 3 te bardha e 2 ari", ADDR, catalog=shop)
    assert sorted(items(o)) == [("NAP", 2, "ari"), ("NAP", 3, "e bardhë"), ("NAP", 10, "e kuqe")]


def test_pieces_that_are_a_variant_are_not_a_count() -> None:
    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct(
                "LBL", "Etiketa letre", ("labels",), Decimal("9"), ("100 copë", "500 copë")
            ),
        ),
    )
    o = parse("c: dua etiketa letre, 500 cope", ADDR, catalog=shop)
    assert items(o) == [("LBL", 1, "500 copë")]
    o = parse("c: I need paper labels, 500 pieces", ADDR, catalog=shop)
    assert items(o) == [("LBL", 1, "500 copë")]


def test_the_count_of_the_merchants_advice_taken() -> None:
    o = parse(
        "c: cfare peshash dore me rekomandoni per fillim?",
        "m: Ju keshillojme nje pale pesha dore vinyl dhe nje girje 8 kg",
        "c: ok ato",
        ADDR,
        catalog=GYM,
    )
    assert items(o) == [("HW", 2, None), ("KB", 1, "8 kg")]
    o = parse(
        "c: which hand weights do you recommend for a beginner?",
        "m: We recommend two hand weights and a kettlebell 8 kg",
        "c: ok, those",
        ADDR,
        catalog=GYM,
    )
    assert items(o) == [("HW", 2, None), ("KB", 1, "8 kg")]


def test_what_the_customer_bought_is_context_in_a_question_too() -> None:
    o = parse(
        "c: kam marr akuarium 80 litra, cilen pompe ajri me keshilloni?",
        "m: Pompa ajri 12 euro",
        "c: ok e marr pompen",
        ADDR,
        catalog=PETS,
    )
    assert items(o) == [("PUMP", 1, None)]
    o = parse(
        "c: I bought a glass aquarium last week, which air pump do I need?",
        "c: ok I'll take the air pump",
        ADDR,
        catalog=PETS,
    )
    assert items(o) == [("PUMP", 1, None)]
    o = parse("c: ho comprato un acquario", "c: vorrei una pompa ad aria", ADDR, catalog=PETS)
    assert items(o) == [("PUMP", 1, None)]


def test_a_variant_word_of_the_item_that_another_product_is_named_by() -> None:
    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct("PC", "Kartolinë 10x15", ("postcard",), Decimal("1"), ("mat", "lucide")),
            CatalogProduct("FR", "Kornizë mat e zezë", ("matte frame",), Decimal("8"), ()),
        ),
    )
    o = parse(
        "c: sa kushton kartolina 10x15?",
        "m: 1 euro, mat ose lucide",
        "c: 6 mat atehere",
        ADDR,
        catalog=shop,
    )
    assert items(o) == [("PC", 6, "mat")]
    o = parse("c: sa kushton kartolina?", "c: 6 mat", ADDR, catalog=shop)
    assert items(o) == [("PC", 6, "mat")]
    # the other product named in full stays a product
    o = parse("c: dua 6 kartolina mat", "c: edhe nje kornize mat te zeze", ADDR, catalog=shop)
    assert items(o) == [("PC", 6, "mat"), ("FR", 1, None)]
