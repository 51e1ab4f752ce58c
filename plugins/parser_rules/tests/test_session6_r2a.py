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
