from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.mentions import find_mentions
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.tests.conftest import SHOP


def skus(text: str, catalog: Catalog = SHOP) -> list[str]:
    index = index_for(catalog)
    out = []
    for sent in split_sentences(0, text):
        for m in find_mentions(index, sent.toks, sent.breaks):
            out.append(index.products[m.product].sku)
    return out


def test_name_alias_and_inflection() -> None:
    assert skus("dua xhupin e lekures") == ["JKT"]
    assert skus("I want the leather jacket") == ["JKT"]
    assert skus("vorrei la giacca di pelle") == ["JKT"]
    assert skus("eine Lederjacke bitte") == ["JKT"]


def test_without_diacritics_and_misspelt() -> None:
    assert skus("nje unaze argjendi") == ["RING"]
    assert skus("2 filxhana porcelanit") == ["CUP"]
    assert skus("cizmet e dimrit") == ["BOOT"]


def test_two_products_in_one_sentence() -> None:
    assert skus("2 bluza dhe nje vaj ulliri") == ["TSH", "OIL"]


def test_city_and_people_names_are_not_products() -> None:
    assert skus("Jam ne Tirane, Blerta") == []


def test_index_is_built_once_per_catalog_object() -> None:
    assert index_for(SHOP) is index_for(SHOP)
    twin = Catalog(currency=SHOP.currency, products=tuple(SHOP.products))
    assert index_for(twin) is index_for(SHOP)  # equal catalogs share the index (by hash)


def test_colour_in_the_name_separates_products() -> None:
    cat = Catalog(
        products=(
            CatalogProduct("H-R", "Kapele e kuqe", ("red hat",)),
            CatalogProduct("H-B", "Kapele e zezë", ("black hat",)),
        )
    )
    assert skus("dua kapelen e zeze", cat) == ["H-B"]
    # "cappello" is a hat in the product groups: both names point at the red one
    assert set(skus("un cappello rosso, kapele e kuqe", cat)) == {"H-R"}
    assert skus("a black hat", cat) == ["H-B"]


def test_the_general_lexicon_names_a_product_across_languages() -> None:
    """products_general.json: words for kinds of products in four languages, written from
    the languages rather than from any corpus, meet a catalog named in one of them."""
    tools = Catalog(
        currency="EUR",
        products=(
            CatalogProduct(sku="HAM", name="Çekiç 500 g"),
            CatalogProduct(sku="UMB", name="Ombrellë e palosshme"),
        ),
    )
    assert skus("einen Hammer bitte", tools) == ["HAM"]
    assert skus("un ombrello nero", tools) == ["UMB"]
    assert skus("2 umbrellas and a hammer", tools) == ["UMB", "HAM"]
