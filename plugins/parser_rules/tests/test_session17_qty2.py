"""Session 17 (quantities, second round): numbers that are not counts. Invented shops and
sentences, none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

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


GARDEN = catalog_of(
    ("SAW", "Sharrë me zinxhir 45cc", "180", ()),
    ("OIL", "Vaj zinxhiri", "9", ("1 L", "5 L")),
)
LUAN = "c: Luan Berisha, Rr. Nëna Terezë 5, Pejë, 044 321 765"


def test_one_piece_said_is_not_replaced_by_a_later_bare_count() -> None:
    # "nje cope" is a count said; "dy shishe" of goods the reader does not know is not the saw's
    o = parse("c: sharre 45cc nje cope dhe dy shishe tjera per zinxhirin", LUAN, catalog=GARDEN)
    assert items(o) == [("SAW", 1, None)]


def test_one_as_an_article_still_takes_the_later_count() -> None:
    # guard: "nje" without a piece word may be the article; "2 cope" after it is the count
    o = parse("c: sharre 45cc nje, 2 cope", LUAN, catalog=GARDEN)
    assert items(o) == [("SAW", 2, None)]


SCREENS = catalog_of(
    ("TV", "Televizor LED 43", "21000", ()),
    ("HDMI", "Kabel HDMI", "400", ("1.5 m", "3 m")),
)
GORAN = "c: Goran Petrov, ul. Ilindenska 12, Tetovo, 070 321 765"


def test_macedonian_deka_that_is_no_ten() -> None:
    # "deka" is Greek ten and Macedonian "that": three words from the name, it is the conjunction
    o = parse(
        "c: zemi go televizorot. i kabel HDMI deka mi e so HDMI konzolata", GORAN, catalog=SCREENS
    )
    assert items(o) == [("TV", 1, None), ("HDMI", 1, None)]


def test_greek_deka_before_the_name_still_counts_ten() -> None:
    # guard: right before the goods it is still the number
    o = parse("c: deka kabel HDMI", GORAN, catalog=SCREENS)
    assert items(o) == [("HDMI", 10, None)]
