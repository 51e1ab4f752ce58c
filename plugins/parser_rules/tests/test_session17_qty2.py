"""Session 17 (quantities, second round): numbers that are not counts. Invented shops and
sentences, none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

CLEANING = Catalog(
    products=(
        CatalogProduct(
            "SOAP",
            "Sapun i lëngët me aloe",
            ("sapun", "sapun i lëngët"),
            Decimal(400),
            ("250 ml", "1 L", "5 L"),
        ),
        CatalogProduct(
            "CLOTH",
            "Shami pambuku 30x30",
            ("shami", "shamia"),
            Decimal(500),
            ("pako 4", "pako 8", "pako 12"),
        ),
    )
)


def test_number_between_a_pack_word_and_the_goods_is_what_the_pack_holds() -> None:
    o = parse(
        "c: dua dy sapun nga litri",
        "c: edhe shami pambuku, ato me 8 cope",
        "m: 2 x sapun 1 L + pako 8 shami = 2000 lekë. Adresa?",
        "c: Rr. Dibrës 10, Tiranë",
        "c: Gent Hoxha 069 884 2311",
        catalog=CLEANING,
    )
    assert items(o) == [("SOAP", 2, "1 L"), ("CLOTH", 1, "pako 8")]


def test_a_box_of_eight_in_the_merchants_sum_is_one_box() -> None:
    o = parse(
        "c: dua dy sapun nga litri",
        "c: edhe shami pambuku",
        "m: 2 x sapun 1 L + kuti 8 shami = 2000 lekë. Adresa?",
        "c: Rr. Dibrës 10, Tiranë, Gent Hoxha 069 884 2311",
        catalog=CLEANING,
    )
    assert items(o) == [("SOAP", 2, "1 L"), ("CLOTH", 1, "pako 8")]


def test_packs_counted_before_the_pack_word_stay_counted() -> None:
    # guard: "3 pako shami" is three packs; only a number after the pack word is its content
    o = parse(
        "c: dua 3 pako shami pambuku me 8 cope",
        "c: Rr. Dibrës 10, Tiranë, Gent Hoxha 069 884 2311",
        catalog=CLEANING,
    )
    assert items(o) == [("CLOTH", 3, "pako 8")]
