"""Session 10, lead: in a Macedonian or Serbian sentence "i" is "and"; Macedonian, Serbian and
Turkish words for a child and for animals; "for" and the word after it inside a product's own
name; the Italian "è il suo nome" after a name. Invented shops and words."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.names import intro_names
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.tests.conftest import parse

PAINTS = Catalog(
    currency="MKD",
    products=(
        CatalogProduct(
            "ACR",
            "Akrilna boja 75 ml",
            ("akrilna", "akrilik"),
            Decimal("180"),
            ("Bela", "Crna", "Zelena maslinasta", "Okker"),
        ),
    ),
)


def test_i_between_two_colours_in_a_macedonian_sentence_makes_two_lines() -> None:
    order = parse(
        "c: zdravo, dali imate akrilna boja zelena maslinasta i okker?",
        "m: Da, po 180 den.",
        "c: sakam od sekoja po edna",
        "m: Adresa?",
        "c: Vesna Trajkova, ul. Makedonija 12, Bitola 075 321 900",
        catalog=PAINTS,
        country="MK",
    )
    assert sorted((i.product, i.quantity, i.variant) for i in order.items) == [
        ("ACR", 1, "Okker"),
        ("ACR", 1, "Zelena maslinasta"),
    ]


def test_i_is_a_break_only_where_the_sentence_is_slavic() -> None:
    (mk,) = split_sentences(0, "imate li bela i crna")
    assert 3 in mk.breaks and 4 in mk.breaks  # "bela | i | crna"
    (sq,) = split_sentences(0, "dua nje xhaketen me zinxhir i zi")
    assert 5 not in sq.breaks and 6 not in sq.breaks  # "zinxhir i zi": the article


BLOCKS = Catalog(
    currency="MKD",
    products=(
        CatalogProduct("BLK-ANI", "Kocka druri me kafshë për fëmijë", (), Decimal("650"), ()),
        CatalogProduct("BLK-CTY", "Kocka druri qyteti", (), Decimal("900"), ()),
    ),
)


def test_macedonian_words_for_a_child_and_animals_name_the_kids_product() -> None:
    order = parse(
        "c: zdravo, imate li kocka za dete so zivotni?",
        "m: Da, 650 den.",
        "c: sakam edna. Ana Ristova, ul. Ilindenska 4, Tetovo 070 111 222",
        catalog=BLOCKS,
        country="MK",
    )
    assert [(i.product, i.quantity) for i in order.items] == [("BLK-ANI", 1)]


def test_for_and_the_word_after_it_in_a_products_own_name_name_that_product() -> None:
    # "per femije" is the kids' blocks' own name here, not what the city blocks are for
    order = parse(
        "c: pershendetje, a keni kocka druri qyteti?",
        "m: Po, 900 den.",
        "c: po marr nje",
        "c: edhe nje per femije me kafshe",
        "m: Adresa?",
        "c: Ana Ristova, rr. Ilindenska 4, Tetove 070 111 222",
        catalog=BLOCKS,
        country="MK",
    )
    assert sorted((i.product, i.quantity) for i in order.items) == [("BLK-ANI", 1), ("BLK-CTY", 1)]


def test_for_before_another_product_still_says_what_it_is_for() -> None:
    table = Catalog(
        currency="MKD",
        products=(
            *BLOCKS.products,
            CatalogProduct("TBL", "Tavolinë loje", (), Decimal("2500"), ()),
        ),
    )
    order = parse(
        "c: a keni tavoline loje?",
        "m: Po, 2500 den.",
        "c: po marr nje, per kocka druri qe i kemi",
        "m: Adresa?",
        "c: Ana Ristova, rr. Ilindenska 4, Tetove 070 111 222",
        catalog=table,
        country="MK",
    )
    assert [(i.product, i.quantity) for i in order.items] == [("TBL", 1)]


def test_an_italian_name_labelled_after_it_is_read_without_an_em_elsewhere() -> None:
    # the prefilter looked for "em" or "name" only, so "è il suo nome" was never tried
    assert [n for _s, _e, n, _sc in intro_names("Mandatela a Drita Leka, è il suo nome")] == [
        "Drita Leka"
    ]


def test_the_italian_word_for_a_child_names_the_kids_product() -> None:
    order = parse(
        "c: Ciao, avete le kocka druri per un bambino?",
        "m: Sì, 650 den.",
        "c: ne prendo una. Ana Ristova, ul. Ilindenska 4, Tetovo 070 111 222",
        catalog=BLOCKS,
        country="MK",
    )
    assert [(i.product, i.quantity) for i in order.items] == [("BLK-ANI", 1)]
