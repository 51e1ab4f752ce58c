"""Session 5 (helper s5b-products): products never found and extra products. Invented shops and
sentences only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Besa Krasniqi, Rr. Nënë Tereza 8, Pejë, 044 123 456"

GARAGE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("WIPER", "Fshirëse xhami", ("wiper", "tergicristallo"), Decimal("9")),
        CatalogProduct(
            "PHONE-HOLD", "Mbajtëse telefoni për makinë", ("phone holder",), Decimal("12")
        ),
    ),
)


def test_the_verb_keep_is_not_a_holder() -> None:
    # "mbaj" (keep, hold) is the root of "mbajtëse" (holder): the verb names no product
    o = parse(
        "c: dua 2 fshirese xhami",
        "c: a mund t'i mbajt deri neser? i mbajti dikush tjeter",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("WIPER", 2, None)]
    o = parse("c: dua nje mbajtese telefoni", ADDR, catalog=GARAGE)
    assert items(o) == [("PHONE-HOLD", 1, None)]


AQUARIUM = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TANK", "Akuarium xhami", ("aquarium", "acquario", "tank"), Decimal("80")),
        CatalogProduct("FOOD", "Ushqim peshqish", ("fish food", "mangime"), Decimal("4")),
        CatalogProduct("HEATER", "Ngrohës uji", ("heater", "riscaldatore"), Decimal("15")),
    ),
)


def test_what_the_customer_says_they_have_is_context() -> None:
    # "I/we have a <product>" describes the customer, it orders nothing
    o = parse(
        "c: kam nje akuarium ne sallon. Me duhet ushqim peshqish, 2 kuti",
        ADDR,
        catalog=AQUARIUM,
    )
    assert items(o) == [("FOOD", 2, None)]
    o = parse(
        "c: Buongiorno, abbiamo un acquario in ufficio. Vorrei 2 mangime",
        ADDR,
        catalog=AQUARIUM,
    )
    assert items(o) == [("FOOD", 2, None)]
    # "I'll have a ..." orders
    o = parse("c: I'll have a heater please", ADDR, catalog=AQUARIUM)
    assert items(o) == [("HEATER", 1, None)]


def test_exactly_takes_the_merchants_restatement() -> None:
    # "Esatto" / "exactly" / "pikërisht" to the merchant's "So ... + 1 heater?" takes the
    # product the merchant added to the order
    for yes in ("Esatto", "Exactly", "pikërisht", "genau"):
        o = parse(
            "c: 2 fish food please",
            "m: You could also use a heater, 15 EUR. So 2 x fish food + 1 heater?",
            f"c: {yes}",
            ADDR,
            catalog=AQUARIUM,
        )
        assert items(o) == [("FOOD", 2, None), ("HEATER", 1, None)], yes


PANTRY = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("JAM-CHS", "Reçel gështenje", ("chestnut jam",), Decimal("500")),
        CatalogProduct("JAM-FIG", "Reçel fiku", ("fig jam",), Decimal("450")),
        CatalogProduct("CLOTH", "Mbulesë tavoline", ("tablecloth",), Decimal("900")),
    ),
)


def test_a_dropped_unstressed_e_still_names_the_product() -> None:
    # Gheg and quick typing drop an unstressed "ë": "gshtenje", "mbulsen"
    o = parse("c: du nji recel gshtenje", ADDR, catalog=PANTRY)
    assert items(o) == [("JAM-CHS", 1, None)]
    o = parse("c: ma qit nji mbulsen", ADDR, catalog=PANTRY)
    assert items(o) == [("CLOTH", 1, None)]


RICE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("RICE-BAS", "Oriz Basmati", ("basmati",), Decimal("2"), ("1 kg", "5 kg")),
        CatalogProduct("RICE-JAS", "Oriz Jasmine", ("jasmine",), Decimal("3"), ("1 kg", "5 kg")),
    ),
)


def test_a_need_verb_with_a_count_names_no_other_goods() -> None:
    # "më duhen 10 pako" counts the rice just named; the merchant's prices of both kinds
    # after it are options, not a second product
    o = parse(
        "c: sa e keni orizin basmati? me duhen 10 pako",
        "m: Basmati 2 € pakoja, Jasmine 3 €. Për 10 pako transporti falas",
        ADDR,
        catalog=RICE,
    )
    assert items(o) == [("RICE-BAS", 10, None)]


LINEN = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "TOWEL", "Peshqir pambuku", ("peshqir", "towel"), Decimal("8"), ("blu", "e bardhë")
        ),
        CatalogProduct("TOWEL-SET", "Set peshqirësh 3 copë", ("komplet plazhi",), Decimal("20")),
        CatalogProduct("BAG", "Çantë plazhi", ("beach bag",), Decimal("15")),
    ),
)


def test_what_a_product_is_for_is_not_a_word_of_another_name() -> None:
    # "peshqir blu për plazh": a towel for the beach, not the set whose other name says "plazh"
    o = parse("c: dua nje peshqir blu per plazh", ADDR, catalog=LINEN)
    assert items(o) == [("TOWEL", 1, "blu")]


def test_gheg_i_have_it_at_home_is_not_ordered() -> None:
    # Gheg "kom" (kam, I have) and "n'shpi" (në shtëpi, at home): the bag is the customer's own
    o = parse(
        "c: peshqir blu du",
        "c: canten e plazhit kom n'shpi, po peshqir tjeter jo",
        ADDR,
        catalog=LINEN,
    )
    assert items(o) == [("TOWEL", 1, "blu")]


FARM = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("EGGS", "Ve fshati (koli 30)", ("veze fshati", "eggs"), Decimal("600")),
        CatalogProduct("CHEESE", "Djathë i bardhë", ("djath", "cheese"), Decimal("900")),
        CatalogProduct("GOLD", "Ar 24 karat (gram)", ("gold",), Decimal("9000")),
    ),
)


def test_a_two_letter_noun_that_begins_a_name_names_it() -> None:
    # Gheg "ve" (eggs) and "ar" (gold): short nouns that begin a catalog name
    o = parse("c: du 2 koli ve fshati edhe nji djath", ADDR, catalog=FARM)
    assert items(o) == [("EGGS", 2, None), ("CHEESE", 1, None)]
    o = parse("c: kam nevoj per ar, 5 gram", ADDR, catalog=FARM)
    assert [i[0] for i in items(o)] == ["GOLD"]


TRACKSUITS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TS-ADIDAS", "Tuta Adidas", ("tutat adidas",), Decimal("60")),
        CatalogProduct("TS-KIDS", "Tuta sportive për fëmijë", ("kids tracksuit",), Decimal("30")),
    ),
)


def test_a_head_and_its_genitive_are_one_name() -> None:
    # "tutat e fëmijëve" (the children's tracksuits): the name that holds both words, though
    # "tutat" alone is written in another product's alias
    o = parse("c: tutat e femijeve 2 cope", ADDR, catalog=TRACKSUITS)
    assert items(o) == [("TS-KIDS", 2, None)]
