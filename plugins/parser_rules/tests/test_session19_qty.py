"""Session 19 (quantities): counts in the catalog's unit, and numbers that are no count.
Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.per_unit import served_nouns
from plugins.parser_rules.quantities import pack_of
from plugins.parser_rules.tests.conftest import items, parse

FENCING = Catalog(
    products=(
        CatalogProduct(
            "MESH",
            "Rrjetë teli panel 2x3 m",
            ("rrjete teli", "panel gardhi"),
            Decimal(2200),
            ("4 mm", "5 mm"),
        ),
        CatalogProduct("POST", "Shtyllë gardhi", ("shtylle", "shtylla"), Decimal(900), ()),
    )
)


def test_a_size_after_a_pack_word_in_the_name_holds_no_pieces() -> None:
    assert pack_of("Rrjetë teli panel 2x3 m") is None
    assert pack_of("Box 30x40 cm") is None
    assert pack_of("Ftesa (pako 50 copë)") == (50, "pako")


def test_panels_named_by_their_size_are_counted_as_panels() -> None:
    o = parse(
        "c: pershendetje, na duhen 12 rrjeta teli 5 mm per oborrin",
        "m: Paneli 2x3 m me tel 5 mm 2200 lekë. Adresa?",
        "c: Lushnje, lagjja Kongresi, Erion Cela 069 410 2233",
        catalog=FENCING,
    )
    assert items(o) == [("MESH", 12, "5 mm")]


BAKERY = Catalog(
    products=(
        CatalogProduct(
            "CUP",
            "Kek filxhani",
            ("cupcake", "kek filxhani"),
            Decimal(150),
            ("vanilje", "çokollatë"),
        ),
        CatalogProduct("CANDLE", "Qiri ditëlindjeje", ("qiri", "qirinj"), Decimal(100), ()),
    )
)


def test_a_bare_count_after_choosing_a_variant_is_of_that_line() -> None:
    o = parse(
        "c: dua 3 kek filxhani me vanilje dhe 2 me cokollate",
        "c: edhe nje qiri",
        "m: Qiri ditëlindjeje 100 lekë. Totali 850 lekë",
        "c: cokollatat hiqi, mjaftojne vetem ato me vanilje. por beji gjashte",
        "c: Korce, rruga Republika 12, Blerta Muka 068 551 2030",
        catalog=BAKERY,
    )
    assert sorted(items(o)) == [("CANDLE", 1, None), ("CUP", 6, "vanilje")]


MOTO = Catalog(
    products=(
        CatalogProduct("CHAIN", "Zinxhir Regina O-ring", ("regina",), Decimal(40), ("520", "525")),
        CatalogProduct("FIT", "Montim zinxhiri", (), Decimal(8), ()),
    )
)


def test_a_number_after_a_one_letter_series_is_the_model() -> None:
    o = parse(
        "c: Djali ka Yamaha R 125 dhe i ka rene zinxhiri.",
        "c: Regina dua",
        "c: Elbasan, rruga Kristoforidhi 4, Dritan Hoxha 067 330 1122",
        catalog=MOTO,
    )
    assert items(o) == [("CHAIN", 1, None)]


PIZZA = Catalog(
    products=(
        CatalogProduct(
            "MARG", "Pica Margarita", ("margarita",), Decimal(600), ("e vogël", "e madhe")
        ),
        CatalogProduct("COLA", "Coca-Cola 0.33", ("cola", "koka kola"), Decimal(150), ()),
    )
)


def test_a_count_after_a_correction_said_not_to_be_made_is_the_old_one() -> None:
    o = parse(
        "c: nje margarita e madhe dhe tre cola",
        "m: Margarita e madhe + 3 Coca-Cola. Adresa?",
        "c: po. ah cola vetem dy mos i bej tre",
        "c: Vlore, lagjja Pavaresia, pallati 5, Kledi Hysa 069 702 3311",
        catalog=PIZZA,
    )
    assert sorted(items(o)) == [("COLA", 2, None), ("MARG", 1, "e madhe")]


def test_dont_make_it_three_in_english() -> None:
    o = parse(
        "c: one large margarita and three cokes please",
        "m: Margarita e madhe + 3 Coca-Cola. Address?",
        "c: yes. oh the cola only two, don't make it three",
        "c: Rruga Kavajes 40, Tirana. Sara Leka +355 69 702 3311",
        catalog=PIZZA,
    )
    assert sorted(items(o)) == [("COLA", 2, None), ("MARG", 1, "e madhe")]


CURTAINS = Catalog(
    products=(
        CatalogProduct(
            "BLIND",
            "Roletë rrotulluese",
            ("rolete", "roller blind"),
            Decimal(3500),
            ("80x160", "100x160", "120x160"),
        ),
    )
)


def test_also_one_the_same_is_one_more_of_the_line() -> None:
    o = parse(
        "c: pershendetje, dua nje rolete 100x160 per kuzhinen",
        "m: Roletë 100x160 3500 lekë. 1 copë?",
        "c: po. prit, edhe nje njesoj per banjon",
        "c: Durres, rruga Taulantia 8, Mira Gjoni 068 334 9012",
        catalog=CURTAINS,
    )
    assert items(o) == [("BLIND", 2, "100x160")]


def test_also_one_the_same_in_english() -> None:
    o = parse(
        "c: hi, one roller blind 120x160 for the kitchen please",
        "m: Roller blind 120x160, 3500 lekë. Just one?",
        "c: yes. wait, also one the same for the bathroom",
        "c: Rruga Taulantia 8, Durres. Mira Gjoni +355 68 334 9012",
        catalog=CURTAINS,
    )
    assert items(o) == [("BLIND", 2, "120x160")]


TYRES = Catalog(
    products=(
        CatalogProduct(
            "TYRE",
            "Gomë dimri",
            ("goma dimri", "winter tyre"),
            Decimal(70),
            ("195/65 R15", "205/55 R16"),
        ),
        CatalogProduct(
            "FIT",
            "Montim dhe balancim (për gomë)",
            ("montim", "balancim", "fitting"),
            Decimal(5),
            (),
        ),
        CatalogProduct("VALVE", "Valvul gome", ("valvul",), Decimal(2), ()),
    )
)


def test_a_name_says_the_thing_it_is_priced_per() -> None:
    assert served_nouns("Montim dhe balancim (për gomë)")
    assert served_nouns("Montim (për copë dritare/derë)")
    # a period, people, a unit, and what the goods are for: none
    assert not served_nouns("Vend ankorimi (për natë)")
    assert not served_nouns("Meny (për person)")
    assert not served_nouns("Pllakë granit (për m²)")
    assert not served_nouns("Tapet për makinë")


def test_a_service_priced_per_piece_counts_the_pieces_it_serves() -> None:
    o = parse(
        "c: pershendetje, dua 4 goma dimri 205/55 R16",
        "m: 70€ copa. Montim dhe balancim 5€ për gomë",
        "c: po, ma beni edhe montimin",
        "c: Prishtine, rruga Agim Ramadani 15, Valon Berisha 044 512 300",
        catalog=TYRES,
    )
    assert sorted(items(o)) == [("FIT", 4, None), ("TYRE", 4, "205/55 R16")]


def test_a_service_priced_per_piece_keeps_the_count_the_customer_said() -> None:
    # guard: "montim per 2" said by the customer stands
    o = parse(
        "c: pershendetje, dua 4 goma dimri 205/55 R16",
        "m: 70€ copa. Montim dhe balancim 5€ për gomë",
        "c: po, montim vetem per 2, dy te tjera i kam ne felne",
        "c: Prishtine, rruga Agim Ramadani 15, Valon Berisha 044 512 300",
        catalog=TYRES,
    )
    assert sorted(items(o))[0] == ("FIT", 2, None)
