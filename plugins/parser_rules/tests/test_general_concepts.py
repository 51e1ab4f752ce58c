"""The general attribute concepts (data/concepts_general.json) are read only against catalog
variant strings: a customer's word meets a variant word of the same concept in another language
("a fiori" for "Me lule", "carne" for "Me mish"), while a word that is also a product word of
the catalog ("mish", "lule") keeps its product reading in mentions. General shades ("hellblau",
"light blue") are the existing light/dark concept beside the colour. Invented shops, not corpus
lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.catalog_match import index_for, key_of
from plugins.parser_rules.lexicon import lexicon
from plugins.parser_rules.tests.conftest import items, parse
from plugins.parser_rules.variants import said_keys, variant_spec

BAKERY = Catalog(
    products=(
        CatalogProduct("PIE-MEAT", "Pite me mish", (), Decimal("3"), ("E vogël", "E madhe")),
        CatalogProduct("PIE-SPIN", "Pite me spinaq", (), Decimal("3"), ("E vogël", "E madhe")),
        CatalogProduct("PANINO", "Panino", (), Decimal("2"), ("Me mish", "Me spinaq")),
    )
)

CLOTHES = Catalog(
    products=(
        CatalogProduct("DR-FL", "Fustan me lule", (), Decimal("30"), ("S", "M", "L")),
        CatalogProduct("DR-BK", "Fustan i zi", (), Decimal("30"), ("S", "M", "L")),
        CatalogProduct("SKIRT", "Fund veror", ("fundi",), Decimal("20"), ("Me lule", "Me pika")),
        CatalogProduct(
            "SHIRT", "Këmishë liri", ("kemishe",), Decimal("25"), ("Blu e çelët", "Blu e errët")
        ),
        CatalogProduct("CAP", "Kapelë", ("kapele",), Decimal("10"), ("Baby blue", "Forest green")),
    )
)


def test_general_forms_do_not_change_catalog_keys() -> None:
    # "mish" (meat) is a general concept form, but names and mentions read it as a word
    assert lexicon().concept("mish") is None
    assert lexicon().variant_concept("mish") == "meat"
    assert key_of("mish") == "mish"
    index = index_for(BAKERY)
    assert index.resolve("mish") == "mish"


def test_product_word_keeps_its_product_reading() -> None:
    order = parse("c: dua 2 pite me mish te medha", catalog=BAKERY)
    assert items(order) == [("PIE-MEAT", 2, "E madhe")]
    # "mish" alone still starts a mention of the product it names (read as the concept "meat"
    # it would be a flavour of the spinach pie)
    order = parse("c: dua nje pite me spinaq te madhe dhe nje me mish te vogel", catalog=BAKERY)
    assert items(order) == [("PIE-SPIN", 1, "E madhe"), ("PIE-MEAT", 1, "E vogël")]
    order = parse("c: dua nje fustan me lule, M", catalog=CLOTHES)
    assert items(order) == [("DR-FL", 1, "M")]


def test_general_concept_meets_a_variant_in_another_language() -> None:
    order = parse("c: vorrei un panino con carne", catalog=BAKERY)
    assert items(order) == [("PANINO", 1, "Me mish")]
    order = parse("c: one summer skirt fundi, the polka dot one please", catalog=CLOTHES)
    assert items(order) == [("SKIRT", 1, "Me pika")]
    order = parse("c: ich nehme den Fund veror, geblümt", catalog=CLOTHES)
    assert items(order) == [("SKIRT", 1, "Me lule")]


def test_general_shade_is_light_or_dark_beside_the_colour() -> None:
    assert variant_spec("Hellblau").keys == ("#light", "#blue")
    assert variant_spec("Blu e çelët").keys == ("#blue", "#light")
    assert said_keys(["light", "blue"]) >= {"#light", "#blue"}
    order = parse("c: eine Kemishe liri in hellblau bitte", catalog=CLOTHES)
    assert items(order) == [("SHIRT", 1, "Blu e çelët")]
    order = parse("c: dua nje kapele blu e hapur", catalog=CLOTHES)
    assert items(order) == [("CAP", 1, "Baby blue")]
    order = parse("c: nje kapele jeshile e erret", catalog=CLOTHES)
    assert items(order) == [("CAP", 1, "Forest green")]
