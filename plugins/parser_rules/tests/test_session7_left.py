"""Session 7 (s7r4-left): general mechanisms behind errors earlier rounds left, tested on
invented shops of other trades (home textiles, tools, baby goods, pharmacy) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

# --- Serbian / Bosnian / Montenegrin product words (general vocabulary) -------------------

HOME = Catalog(
    products=(
        CatalogProduct("TWL", "Peshqir banje", ("peshqir",), Decimal("900"), ("50x100", "70x140")),
        CatalogProduct("PIL", "Jastëk gjumi", ("jastek",), Decimal("1500"), ()),
        CatalogProduct("CRT", "Perde salloni", ("perde",), Decimal("4000"), ()),
    )
)

TOOLS = Catalog(
    products=(
        CatalogProduct("DRL", "Trapano me bateri", ("drill",), Decimal("60"), ()),
        CatalogProduct("HMR", "Çekan", ("hammer",), Decimal("12"), ()),
        CatalogProduct("GLU", "Ngjitës universal", ("glue",), Decimal("4"), ()),
    )
)

BABY = Catalog(
    products=(
        CatalogProduct("DIA", "Pelena", ("pampers",), Decimal("9"), ("3", "4", "5")),
        CatalogProduct("STR", "Karrocë për bebe", ("karroce",), Decimal("180"), ()),
        CatalogProduct("DOL", "Kukull", ("doll",), Decimal("15"), ()),
    )
)


def test_serbian_towel_and_pillow_words_name_the_products() -> None:
    o = parse("c: zdravo, treba mi dva peskira i jedan jastuk", catalog=HOME)
    assert sorted(items(o)) == [("PIL", 1, None), ("TWL", 2, None)]


def test_bosnian_curtains() -> None:
    o = parse("c: selam, uzela bih zavjese, 2 komada", catalog=HOME)
    assert items(o) == [("CRT", 2, None)]


def test_serbian_tool_words() -> None:
    o = parse("c: zdravo, hocu busilicu i jedan cekic", catalog=TOOLS)
    assert sorted(str(i[0]) for i in items(o)) == ["DRL", "HMR"]


def test_montenegrin_glue() -> None:
    o = parse("c: trebaju mi 3 ljepilo", catalog=TOOLS)
    assert items(o) == [("GLU", 3, None)]


def test_serbian_baby_words() -> None:
    o = parse("c: zdravo, hocu kolica za bebe i jednu lutku za cerku", catalog=BABY)
    assert sorted(str(i[0]) for i in items(o)) == ["DOL", "STR"]


def test_serbian_number_words_count() -> None:
    o = parse("c: zdravo, hocu osam pelena broj 4 i jednu lutku", catalog=BABY)
    assert sorted(items(o)) == [("DIA", 8, "4"), ("DOL", 1, None)]


# --- a size word that is the shop's own name for a small/large-format product -------------

CANDLES = Catalog(
    products=(
        CatalogProduct(
            "CND", "Qiri aromatik", ("qiri", "candle"), Decimal("900"), ("200 g", "400 g")
        ),
        CatalogProduct(
            "MIN",
            "Qiri udhëtimi 50 g",
            ("mini qiri", "travel candle"),
            Decimal("300"),
            ("Vanilje", "Lavender", "Pine"),
        ),
        CatalogProduct("DIF", "Difuzor", ("diffuser",), Decimal("1500"), ()),
    )
)


def test_mini_names_the_shops_mini_product_not_the_smallest_size() -> None:
    o = parse("c: dua 2 qirinj lavender 400 g dhe nje mini, po ashtu lavender", catalog=CANDLES)
    assert items(o) == [("CND", 2, "400 g"), ("MIN", 1, "Lavender")]


def test_mini_with_its_own_measure_in_italian() -> None:
    o = parse("c: vorrei 2 candele da 400 g e anche il mini da 50 g, sempre pine", catalog=CANDLES)
    assert items(o) == [("CND", 2, "400 g"), ("MIN", 1, "Pine")]


def test_another_size_word_than_the_shops_still_picks_the_smallest_size() -> None:
    # "small" is not how the shop names its travel candle: the small size of the candle
    o = parse("c: 2 candles, the small ones please", catalog=CANDLES)
    assert items(o) == [("CND", 2, "200 g")]


# --- pallets: the merchant says how many pieces a pallet holds, the customer counts pallets ---

TILES = Catalog(
    products=(
        CatalogProduct(
            "TIL", "Pllaka dyshemeje", ("pllaka", "floor tiles"), Decimal("2"), ("30x30", "60x60")
        ),
        CatalogProduct("ADH", "Ngjitës pllakash", ("ngjites", "tile adhesive"), Decimal("8"), ()),
    )
)


def test_pallets_in_english_count_the_pieces_per_pallet() -> None:
    o = parse(
        "c: floor tiles 30x30 price?",
        "m: 2 euro each, 50 pieces per pallet",
        "c: great, 2 pallets please",
        catalog=TILES,
    )
    assert items(o) == [("TIL", 100, "30x30")]


def test_pallet_that_holds_pieces_in_italian() -> None:
    o = parse(
        "c: piastrelle 60x60?",
        "m: si, il bancale contiene 40 pezzi",
        "c: prendo 3 bancali",
        catalog=TILES,
    )
    assert items(o) == [("TIL", 120, "60x60")]


DRINKS = Catalog(
    products=(
        CatalogProduct("WAT", "Ujë natyral 1.5 L", ("uje", "water"), Decimal("0.5"), ()),
        CatalogProduct("JUI", "Lëng portokalli", ("leng",), Decimal("1"), ()),
    )
)


def test_one_pallet_said_before_the_merchant_gives_its_size() -> None:
    # "one pallet" of the product asked about left its count at 1; "a pallet has 84" makes it 84
    o = parse(
        "c: Pershendetje, sa e keni ujin? me duhet nji palet",
        "m: 0.50€ shishja, paleta ka 84 copë = 42€.",
        "c: ok nji palet. edhe 6 leng",
        catalog=DRINKS,
    )
    assert items(o) == [("WAT", 84, None), ("JUI", 6, None)]


def test_a_carton_that_has_boxes_is_no_pack_size_in_pieces() -> None:
    o = parse(
        "c: dua pllaka 30x30, 2 kartona",
        "m: Një karton ka 10 kuti, pra 2 kartona = 20 kuti.",
        "c: ok",
        catalog=TILES,
    )
    assert [i[1] for i in items(o)] != [200]


def test_pallets_said_after_a_rough_count_recount_the_product() -> None:
    # "about 200" then "3 pallets then": 3 x 84, past the cap on one said count
    o = parse(
        "c: hi, I need about 200 bottles of water for a wedding",
        "m: Hello! 0.50 each, 84 pieces per pallet, so 2 pallets would be 168 or 3 pallets 252",
        "c: lets do 3 pallets then",
        catalog=DRINKS,
    )
    assert items(o) == [("WAT", 252, None)]


def test_pallets_multiply_past_the_cap_on_one_said_count() -> None:
    o = parse(
        "c: hi, we need around 500 bottles of water for the festival",
        "m: Hello! 84 pieces per pallet.",
        "c: ok, 7 pallets. and 20 orange juice",
        catalog=DRINKS,
    )
    assert items(o)[0] == ("WAT", 588, None)


# --- "for two" at the end of a phrase counts people, not goods ------------------------------

PICNIC = Catalog(
    products=(
        CatalogProduct(
            "PIC",
            "Shportë pikniku",
            ("shporte", "picnic basket", "cesto picnic"),
            Decimal("40"),
            ("single", "set për 2", "set për 4"),
        ),
        CatalogProduct(
            "BLN", "Batanije", ("batanije", "blanket", "coperta"), Decimal("20"), ("blu",)
        ),
    )
)


def test_the_set_for_two_is_one_set() -> None:
    o = parse(
        "c: a keni shporte pikniku?",
        "m: Po, shporta 40€, seti për dy 70€ (2 copë).",
        "c: setin per dy. edhe nje batanije blu",
        catalog=PICNIC,
    )
    assert items(o) == [("PIC", 1, "set për 2"), ("BLN", 1, "blu")]


def test_for_four_in_english_is_the_variant_not_four_baskets() -> None:
    o = parse("c: I would like the picnic basket set for 4, and 2 blankets blue", catalog=PICNIC)
    assert items(o) == [("PIC", 1, "set për 4"), ("BLN", 2, "blu")]


def test_a_count_before_for_four_still_counts() -> None:
    o = parse("c: vorrei 2 cesto picnic set per 4", catalog=PICNIC)
    assert [(i[0], i[1]) for i in items(o)] == [("PIC", 2)]


# --- "one of each of the two" in Turkish and BCS ------------------------------------------

KIDS_SHOES = Catalog(
    products=(
        CatalogProduct(
            "SHO", "Sandale për fëmijë", ("sandale", "sandalet"), Decimal("900"), ("24", "26", "30")
        ),
        CatalogProduct("HAT", "Kapelë dielli", ("kapele",), Decimal("400"), ()),
    )
)


def test_turkish_one_of_each_of_the_two_sizes() -> None:
    o = parse(
        "c: merhaba, sandalet var mı? 26 ve 30 numara",
        "m: Merhaba, var. 900 den. 26 ve 30",
        "c: tamam ikisinden birer tane. bir de kapele",
        catalog=KIDS_SHOES,
    )
    assert items(o) == [("SHO", 1, "26"), ("SHO", 1, "30"), ("HAT", 1, None)]


def test_serbian_one_of_each() -> None:
    o = parse(
        "c: zdravo, imate li sandale? broj 26 i 30",
        "m: Imamo, 900 den. 26 i 30",
        "c: hocu od svakog po jedan",
        catalog=KIDS_SHOES,
    )
    assert items(o) == [("SHO", 1, "26"), ("SHO", 1, "30")]
