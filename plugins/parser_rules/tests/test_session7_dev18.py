"""Session 7, dev18: general mechanisms, tested on invented shops of other trades
(phone accessories, winter clothing, kitchenware, hosiery in a clothing shop) - no corpus
lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

PHONE = Catalog(
    products=(
        CatalogProduct("CHG", "Karikues i shpejtë 25W", ("punjac", "charger"), Decimal("1500"), ()),
        CatalogProduct("CBL", "Kabllo USB-C", ("kabel", "cable"), Decimal("500"), ("1 m", "2 m")),
    )
)

WINTER = Catalog(
    products=(
        CatalogProduct(
            "JKT", "Xhup dimri", ("jakna", "winter jacket"), Decimal("6000"), ("e zezë", "blu")
        ),
        CatalogProduct(
            "GLV",
            "Doreza leshi",
            ("rakavici", "gloves"),
            Decimal("800"),
            ("e zezë", "e bardhë", "rozë"),
        ),
        CatalogProduct(
            "HOS",
            "Çorape najloni",
            ("najlon",),
            Decimal("400"),
            ("e zezë", "bezhë"),
        ),
    )
)


def test_serbo_croatian_number_word_counts_the_item() -> None:
    # "dvije komada" (two pieces) after the product's name
    order = parse(
        "c: treba mi punjac, dvije komada",
        "c: Marko Petrović 044 123 456",
        catalog=PHONE,
    )
    assert items(order) == [("CHG", 2, None)]


def test_slavic_pair_word_counts_paired_goods_once() -> None:
    # "dva para" of gloves is two pairs, i.e. two of a product sold in pairs
    order = parse("c: sakam rakavici crni dva para", catalog=WINTER)
    assert items(order) == [("GLV", 2, "e zezë")]


def test_hosiery_words_of_other_languages_reach_the_socks_product() -> None:
    # Turkish "çorap", German "Strumpfhose" name the catalog's nylon socks
    assert items(parse("c: siyah çorap iki tane istiyorum", catalog=WINTER)) == [
        ("HOS", 2, "e zezë")
    ]
    assert items(parse("c: eine Strumpfhose in schwarz bitte", catalog=WINTER)) == [
        ("HOS", 1, "e zezë")
    ]


def test_colour_before_the_next_name_belongs_to_that_product() -> None:
    # "a black jacket and white gloves": the white is the gloves', not a second jacket
    order = parse("c: I want a black winter jacket and white gloves", catalog=WINTER)
    assert items(order) == [("JKT", 1, "e zezë"), ("GLV", 1, "e bardhë")]
    order = parse("c: dua nje xhup te zi dhe doreza te bardha", catalog=WINTER)
    assert items(order) == [("JKT", 1, "e zezë"), ("GLV", 1, "e bardhë")]
    # an unknown adjective between the colour and the name does not change that
    order = parse("c: a black winter jacket and pink woolly gloves", catalog=WINTER)
    assert items(order) == [("JKT", 1, "e zezë"), ("GLV", 1, "rozë")]


def test_two_colours_of_one_product_stay_two_lines() -> None:
    # no other product after the second colour: still two lines of the gloves
    order = parse("c: doreza te zeza dhe te bardha", catalog=WINTER)
    assert items(order) == [("GLV", 1, "e zezë"), ("GLV", 1, "e bardhë")]
    # a comma before the next product: the colour closes the line before it
    order = parse("c: doreza te zeza dhe te bardha, xhup blu", catalog=WINTER)
    assert items(order) == [("GLV", 1, "e zezë"), ("GLV", 1, "e bardhë"), ("JKT", 1, "blu")]


def test_or_of_other_languages_reads_as_or() -> None:
    # "ili" (sr/mk) and "veya" (tr) split a sentence as "or" does
    english = items(parse("c: winter jacket black or blue, and white gloves", catalog=WINTER))
    serbian = items(parse("c: jakna crna ili plava, i rakavici bele", catalog=WINTER))
    assert serbian == english
    assert ("GLV", 1, "e bardhë") in serbian
    turkish = items(parse("c: siyah mont veya beyaz eldiven", catalog=WINTER))
    assert turkish == [("JKT", 1, "e zezë"), ("GLV", 1, "e bardhë")]


def test_south_slavic_plural_colours() -> None:
    # "bele" / "crne": the plural forms of white / black
    assert items(parse("c: rakavici bele dva para", catalog=WINTER)) == [("GLV", 2, "e bardhë")]
    assert items(parse("c: najlon crne", catalog=WINTER)) == [("HOS", 1, "e zezë")]


SHOES = Catalog(
    products=(
        CatalogProduct("JNS", "Xhinse", ("jeans",), Decimal("3000"), ("30", "32", "34", "36")),
        CatalogProduct(
            "SNK", "Atlete vrapimi", ("atlete",), Decimal("5000"), ("40", "41", "42", "43")
        ),
    )
)


def test_bare_size_of_another_item_is_no_count() -> None:
    # the merchant asks both sizes, the customer answers with both numbers: 32 is the jeans'
    # size, never 32 pairs of sneakers
    order = parse(
        "c: dua xhinse dhe atlete",
        "m: Xhinset zakonisht 32. Atletet 42?",
        "c: po po 32 edhe 42",
        catalog=SHOES,
    )
    assert ("SNK", 1, "42") in items(order)
    assert all(q == 1 for _p, q, _v in items(order))


STUDIO = Catalog(
    products=(
        CatalogProduct("WEB", "Webkamerë HD", ("webcam",), Decimal("4000"), ("2MP", "5MP")),
        CatalogProduct(
            "LGT", "Set dritash studio", ("set dritash",), Decimal("9000"), ("2 drita", "5 drita")
        ),
    )
)


def test_megapixels_are_a_measure_not_a_count_of_another_variant() -> None:
    # "5mp" is the 5MP variant, never "5 drita" of a set whose variants count its parts
    assert items(parse("c: dua nje webkamere 5mp", catalog=STUDIO)) == [("WEB", 1, "5MP")]
    assert items(parse("c: one webcam 2 MP please", catalog=STUDIO)) == [("WEB", 1, "2MP")]


SPORTS = Catalog(
    products=(
        CatalogProduct("BALL", "Top futbolli", ("football", "Fussball"), Decimal("2500"), ()),
        CatalogProduct("BAG", "Çantë sporti", ("sports bag", "Sporttasche"), Decimal("3000"), ()),
    )
)


def test_what_someone_plays_or_dances_is_an_activity_not_goods() -> None:
    # "er spielt Fussball": the sport the child plays, not a ball ordered
    order = parse("c: mein Sohn spielt Fussball, ich will eine Sporttasche", catalog=SPORTS)
    assert items(order) == [("BAG", 1, None)]
    order = parse("c: my son plays football, I want a sports bag", catalog=SPORTS)
    assert items(order) == [("BAG", 1, None)]
    # a ball asked for is still one
    order = parse("c: mein Sohn spielt gern, ich will einen Fussball", catalog=SPORTS)
    assert items(order) == [("BALL", 1, None)]
