"""Session 12: counts, and lines split or merged. One test per rule, on invented shops and
invented sentences (none taken from a corpus): how merchants restate counts (×, "= sum"), how
customers correct a line ("… bëje 5"), answer with a count after a yes, and say a total before
its breakdown; which numbers are no count (the ends of a range, "për dy …")."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ANA = "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567"


def _shop(*rows: tuple[str, str, str, tuple[str, ...]]) -> Catalog:
    return Catalog(
        products=tuple(
            CatalogProduct(sku, name, (), Decimal(price), variants)
            for sku, name, price, variants in rows
        )
    )


POTTERY = _shop(
    ("VAS", "Vazo qeramike", "1200", ("e bardhë", "blu", "e gjelbër")),
    ("PLT", "Pjatë balte", "450", ("e vogël", "e madhe")),
    ("CUP", "Filxhan balte", "700", ()),
    ("BWL", "Tas balte", "2500", ()),
)


def test_counts_joined_by_a_times_sign_restate_one_products_lines() -> None:
    # the customer names two colours without counts; the merchant's line "×2 … ×3 = sum",
    # answered with the delivery details, gives each line its count
    o = parse(
        "c: dua vazo qeramike te bardhe dhe blu",
        "m: Vazo e bardhë ×2, blu ×3 = 6000 lekë + transporti.",
        ANA,
        catalog=POTTERY,
    )
    assert sorted(items(o)) == [("VAS", 2, "e bardhë"), ("VAS", 3, "blu")]


def test_count_before_a_times_sign_and_a_price() -> None:
    # "4 × 700": four cups at 700, not 700 cups
    o = parse(
        "c: pershendetje, dua filxhana balte",
        "m: Po: filxhan balte 4 × 700 = 2800 lekë.",
        "c: po",
        ANA,
        catalog=POTTERY,
    )
    assert items(o) == [("CUP", 4, None)]


def test_the_sum_after_equals_names_no_product_by_its_price() -> None:
    # 2500 is the sum of the vase lines, and also the price of the bowl: no bowl is ordered,
    # and the second vase line keeps its count
    o = parse(
        "c: dua vazo te bardha edhe te gjelbra",
        "m: 1 e bardhë dhe 1 e gjelbër = 2500 lekë.",
        ANA,
        catalog=_shop(
            ("VAS", "Vazo qeramike", "1250", ("e bardhë", "e gjelbër")),
            ("BWL", "Tas balte", "2500", ()),
        ),
    )
    assert sorted(items(o)) == [("VAS", 1, "e bardhë"), ("VAS", 1, "e gjelbër")]


SEEDS = _shop(
    ("SED", "Farë domateje", "150", ("cherry", "kumbull", "mish")),
    ("FRT", "Pleh organik 5 kg", "600", ()),
)


def test_a_lines_price_in_brackets_names_no_other_product() -> None:
    # "(600 lekë)" is what the three packets cost, the price of the fertiliser too: the packet
    # line it follows stays and no fertiliser is ordered
    o = parse(
        "c: dua fara domateje cherry, kumbull dhe mish",
        "m: Fara cherry, kumbull, mish (450 lekë) + pleh organik 600 = 1050 lekë.",
        "c: po, pa pleh",
        ANA,
        catalog=SEEDS,
    )
    assert ("SED", 1, "mish") in items(o)


def test_a_number_after_for_is_what_the_goods_are_for() -> None:
    # "for two weddings": no count for the ribbon the merchant names next
    o = parse(
        "c: a keni shirita dekorimi? me duhen per dy dasma",
        "m: Po, shirit sateni i kuq 300 lekë.",
        "c: mire, e marr",
        ANA,
        catalog=_shop(("RIB", "Shirit sateni", "300", ("i kuq", "i bardhë")), *[]),
    )
    assert items(o) == [("RIB", 1, "i kuq")]


def test_the_ends_of_a_range_of_numbers_are_no_count() -> None:
    # the numbers printed on the mugs (1-6, 7-10) count nothing; the lines keep 6 and 4
    o = parse(
        "c: dua 6 filxhana te bardhe dhe 4 blu me numra",
        "c: te bardhet: 1-6, blu 7-10",
        ANA,
        catalog=_shop(("MUG", "Filxhan me numër", "500", ("i bardhë", "blu"))),
    )
    assert sorted(items(o)) == [("MUG", 4, "blu"), ("MUG", 6, "i bardhë")]


def test_a_digit_between_a_kinds_word_and_another_name_counts_the_next_line() -> None:
    # "bojë" is a word of both names; "1 furçë" after a comma and a digit is another product
    o = parse(
        "c: dua 3 boje druri, 1 furçë",
        ANA,
        catalog=_shop(
            ("PNT", "Bojë druri", "900", ()),
            ("BRS", "Furçë për bojë", "250", ()),
        ),
    )
    assert sorted(items(o)) == [("BRS", 1, None), ("PNT", 3, None)]


HARDWARE = _shop(
    ("SCR", "Vida druri 5 cm (pako)", "200", ()),
    ("HAM", "Çekiç", "900", ()),
    ("GLU", "Ngjitës", "350", ()),
)


def test_a_lone_and_between_the_merchants_lines_keeps_the_list() -> None:
    # the merchant restates "… x20 dhe 2 çekiça": both lines take the merchant's counts
    o = parse(
        "c: dua vida druri edhe çekiç",
        "m: Vida druri 5 cm x20 dhe 2 çekiça. Adresa?",
        ANA,
        catalog=HARDWARE,
    )
    assert sorted(items(o)) == [("HAM", 2, None), ("SCR", 20, None)]


PILLOWS = _shop(("PIL", "Jastëk gome", "2000", ("i lartë 14 cm", "i ulët 9 cm")))


def test_a_yes_then_a_short_count_answer() -> None:
    # "ok 3 te uletit": a yes, then three of the low one
    o = parse(
        "c: dua jastek gome",
        "m: Kemi dy lartësi, 9 cm dhe 14 cm. Për fëmijë shkon i ulëti, 9 cm.",
        "c: ok 3 te uletit",
        ANA,
        catalog=PILLOWS,
    )
    assert items(o) == [("PIL", 3, "i ulët 9 cm")]


BUCKETS = _shop(("BKT", "Kovë plastike", "400", ("5 L", "10 L", "15 L")))


def test_the_value_after_the_correction_word_replaces_the_line() -> None:
    # "10 L is heavy, make it 5 L": one bucket of 5 L, not one of each
    o = parse(
        "c: dua nje kove 10 litra",
        "c: prit, 10 litra eshte e rende per mamin, beje 5 litra",
        ANA,
        catalog=BUCKETS,
    )
    assert items(o) == [("BKT", 1, "5 L")]


def test_the_value_after_make_it_replaces_the_line_in_english() -> None:
    o = parse(
        "c: one bucket 15 L please",
        "c: hmm the 15 L is too big for the car, make it 10 L",
        ANA,
        catalog=BUCKETS,
    )
    assert items(o) == [("BKT", 1, "10 L")]


CANDLES = _shop(("CND", "Qiri dekorativ", "350", ("8 cm", "12 cm", "20 cm")))


def test_the_small_ones_said_of_a_total_then_the_sizes_that_make_it() -> None:
    # "2 qirinj te vegjel, nje 8 cm, nje 12 cm": the two are the 8 cm and the 12 cm
    o = parse(
        "c: dua 2 qiri dekorativ te vegjel, nje 8 cm, nje 12 cm",
        ANA,
        catalog=CANDLES,
    )
    assert sorted(items(o)) == [("CND", 1, "12 cm"), ("CND", 1, "8 cm")]


def test_a_number_closing_the_segment_is_no_part_of_another_name() -> None:
    # "Jorgan 2 në 1" holds a 2; after "pupla" it is the count of the feather pillows
    o = parse(
        "c: jastek me pupla 2",
        ANA,
        catalog=_shop(
            ("PUP", "Jastëk me pupla", "3500", ()),
            ("J21", "Jorgan 2 në 1", "9000", ()),
        ),
    )
    assert items(o) == [("PUP", 2, None)]
