"""Session 19 (dev40 and dev41, second pass): a stay counted in room-nights, a service done
"N times", half and full board as variants, "for both of us", and a bracketed variant word that
names no product. Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.tests.conftest import items, parse

BOARD = ("me mëngjes", "gjysmë pension", "pension i plotë")

LAKE_HOTEL = Catalog(
    products=(
        CatalogProduct("D2", "Dhomë dyshe", (), Decimal(60), BOARD),
        CatalogProduct("D1", "Dhomë teke", (), Decimal(40), BOARD),
        CatalogProduct("KAMPER", "Vend për kamper me rrymë", (), Decimal(15), ()),
        CatalogProduct("BICI", "Biçikletë me qira", (), Decimal(10), ()),
        CatalogProduct("PASTRIM", "Pastrim i dhomës shtesë", (), Decimal(8), ()),
    )
)


def test_rooms_count_the_nights_of_the_stay_said_before_them() -> None:
    # the nights come in the first message, the rooms later: two doubles for 4 nights are 8
    o = parse(
        "c: mirembrema, a keni dhoma te lira per 4 net nga 10 korriku? jemi dy cifte dhe gjyshja",
        "m: Po, kemi dhoma dyshe 60€ dhe një teke 40€, me mëngjes.",
        "c: ok i marrim dy dyshe dhe teken, te gjitha me mengjes. Edona Krasniqi 044 612 300",
        catalog=LAKE_HOTEL,
    )
    assert sorted((sku, n) for sku, n, _v in items(o)) == [("D1", 4), ("D2", 8)]


def test_a_place_the_merchant_prices_by_the_night_counts_the_nights() -> None:
    # no room word in its name: the merchant's "15€ nata" says it is let by the night
    o = parse(
        "c: pershendetje, a keni vend per kamper per 4 net?",
        "m: Po, vendi për kamper me rrymë 15€ nata.",
        "c: mire, e rezervojme. Arben Hoxha 069 441 2200",
        catalog=LAKE_HOTEL,
    )
    assert items(o) == [("KAMPER", 4, None)]


def test_goods_not_let_by_the_night_keep_their_count() -> None:
    # the bike is priced per day, not per night: three nights do not make it three bikes
    o = parse(
        "c: pershendetje, a keni vend per kamper per 3 net?",
        "m: Po, vendi për kamper 15€ nata. Biçikletë me qira 10€ në ditë.",
        "c: mire, vendin per kamper dhe nje biciklete. Arben Hoxha 069 441 2200",
        catalog=LAKE_HOTEL,
    )
    assert sorted(items(o)) == [("BICI", 1, None), ("KAMPER", 3, None)]


PENSIONE = Catalog(
    products=(
        CatalogProduct(
            "DOPPIA",
            "Camera doppia",
            (),
            Decimal(80),
            ("colazione", "mezza pensione", "pensione completa"),
        ),
        CatalogProduct("CENA", "Cena tipica", (), Decimal(20), ()),
    )
)


def test_half_board_in_any_language_picks_the_board_variant() -> None:
    # the guesthouse writes Italian, the guest says it in English or Albanian; a double room
    # for 2 nights is 2 room-nights
    for said in ("half board", "gjysem pension", "Halbpension"):
        o = parse(
            "c: Hello, a camera doppia for 2 nights please, " + said,
            "m: Camera doppia 95€ a notte. Name?",
            "c: Laura Smith +44 7700 900 456",
            catalog=PENSIONE,
        )
        assert items(o) == [("DOPPIA", 2, "mezza pensione")], said


def test_a_service_said_with_how_many_times_counts_them() -> None:
    o = parse(
        "c: dua nje dhome teke per 1 nate, edhe pastrim te dhomes shtese 2 here",
        "m: Në rregull, teke + pastrim shtesë. Emri?",
        "c: Besa Lika 068 300 1122",
        catalog=LAKE_HOTEL,
    )
    assert sorted(items(o)) == [("D1", 1, None), ("PASTRIM", 2, None)]


BOAT_TOURS = Catalog(
    products=(
        CatalogProduct("TUR", "Tur me varkë te shpellat", (), Decimal(1500), ()),
        CatalogProduct("DREKE", "Drekë me peshk në bord", (), Decimal(1200), ()),
        CatalogProduct("FOTO", "Fotografi nga droni", (), Decimal(2000), ()),
    )
)


def test_for_both_of_us_counts_two_of_a_service_for_people() -> None:
    o = parse(
        "c: pershendetje, sa kushton turi me varke te shpellat?",
        "m: Turi 1500 lekë për person, me drekë me peshk 2700.",
        "c: ok turin me drekë, per te dy. Ilir Meta 067 222 3344",
        catalog=BOAT_TOURS,
    )
    assert sorted(items(o)) == [("DREKE", 2, None), ("TUR", 1, None)] or sorted(items(o)) == [
        ("DREKE", 2, None),
        ("TUR", 2, None),
    ]


def test_for_both_of_us_in_english_and_a_sentence_naming_nothing() -> None:
    o = parse(
        "c: hi, how much is the boat tour to the caves?",
        "m: The tour is 1500 lekë per person.",
        "c: ok book it for both of us please",
        "c: Anna Kola +355 69 123 4567",
        catalog=BOAT_TOURS,
    )
    assert items(o) == [("TUR", 2, None)]


def test_for_the_two_rooms_is_not_two_people() -> None:
    # a noun after the number: "për të dy fotot" says which things, not who the goods are for
    o = parse(
        "c: dua foton nga droni, per te dy varkat. Ilir Meta 067 222 3344",
        catalog=BOAT_TOURS,
    )
    assert items(o) == [("FOTO", 1, None)]


PIANO_SCHOOL = Catalog(
    products=(
        CatalogProduct("ORE", "Orë piano me mësues", (), Decimal(15), ("fillestar", "avancuar")),
        CatalogProduct("PAKO", "Paketë piano verore 8 orë (fillestar)", (), Decimal(100), ()),
        CatalogProduct("LIBER", "Libër notash", (), Decimal(12), ()),
    )
)


def test_a_bracketed_variant_word_of_the_shop_names_no_product() -> None:
    # "(fillestar)" in the package's name is the level the hours are sold in: it says which
    # kind, so it is no name of the package ("fillestar" picks the variant of the hours); a
    # bracket that is a list of what a product covers still names it
    index = index_for(PIANO_SCHOOL)
    assert not index.products[1].described
    o = parse(
        "c: pershendetje, dua 4 ore piano per vajzen, fillestar",
        "m: Orë piano 15€ ora, niveli fillestar. Emri?",
        "c: Arta Gashi 044 300 200",
        catalog=PIANO_SCHOOL,
    )
    assert items(o) == [("ORE", 4, "fillestar")]
    listed = Catalog(
        products=(
            *PIANO_SCHOOL.products,
            CatalogProduct("SET", "Set shtëpie (stol, fillestar)", (), Decimal(30), ()),
        )
    )
    assert index_for(listed).products[3].described


def test_a_set_for_two_is_a_variant_not_two_people() -> None:
    shop = Catalog(
        products=(
            CatalogProduct(
                "RADIO", "Radio dore për shëtitje", (), Decimal(40), ("1 copë", "set për 2")
            ),
            CatalogProduct("BATERI", "Bateri rezervë", (), Decimal(8), ()),
        )
    )
    o = parse(
        "c: a keni radio dore per shetitje ne mal?",
        "m: Po, 40€ njëra, seti për dy 70€.",
        "c: setin per dy. edhe bateri rezerve. Drin Hoxha 044 555 010",
        catalog=shop,
    )
    assert sorted(items(o)) == [("BATERI", 1, None), ("RADIO", 1, "set për 2")]


def test_a_size_word_of_the_products_own_name_picks_no_size() -> None:
    # "Big" is part of the name "Big Bag", not a wish for the largest bag: the merchant's
    # proposal ("nga 1 m³") stays the variant
    shop = Catalog(
        products=(
            CatalogProduct("BB", "Big Bag për dhé", (), Decimal(20), ("0.5 m³", "1 m³", "1.5 m³")),
            CatalogProduct("LOPATE", "Lopatë", (), Decimal(12), ()),
        )
    )
    o = parse(
        "c: duhet me largu dheun nga oborri, a keni thasë?",
        "m: Për këtë sasi mjaftojnë 3 Big Bag nga 1 m³, 20€ copa.",
        "c: ok 3 big bags atehere. Rr. Dardania 5, Prizren, Lule Berisha 044 600 700",
        catalog=shop,
    )
    assert items(o) == [("BB", 3, "1 m³")]
