"""Session 12: counts, and lines split or merged. One test per rule, on invented shops and
invented sentences (none taken from a corpus): how merchants restate counts (×, "= sum"), how
customers correct a line ("… bëje 5"), answer with a count after a yes, and say a total before
its breakdown; which numbers are no count (the ends of a range, "për dy …")."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ANA = "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567"


POTTERY = catalog_of(
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
    # "4 × 700": four cups at 700 (not 700 cups), one bowl at 2500, said yes to by the details
    o = parse(
        "c: dua filxhana balte dhe nje tas",
        "m: Filxhan balte 4 × 700, tas balte 1 × 2500 = 5300 lekë.",
        ANA,
        catalog=POTTERY,
    )
    assert sorted(items(o)) == [("BWL", 1, None), ("CUP", 4, None)]


def test_the_sum_after_equals_names_no_product_by_its_price() -> None:
    # 2500 is the sum of the vase lines, and also the price of the bowl: no bowl is ordered,
    # and the restated counts are the lines' counts
    o = parse(
        "c: dua vazo te bardha edhe te gjelbra",
        "m: 2 copë e bardhë dhe 1 copë e gjelbër = 2500 lekë.",
        ANA,
        catalog=catalog_of(
            ("VAS", "Vazo qeramike", "833", ("e bardhë", "e gjelbër")),
            ("BWL", "Tas balte", "2500", ()),
        ),
    )
    assert sorted(items(o)) == [("VAS", 1, "e gjelbër"), ("VAS", 2, "e bardhë")]


SEEDS = catalog_of(
    ("SED", "Farë domateje", "150", ("cherry", "kumbull", "mish")),
    ("FRT", "Pleh organik 5 kg", "600", ()),
)


def test_a_lines_price_in_brackets_names_no_other_product() -> None:
    # "(450 lekë)" is what the packets cost, the price of the fertiliser too: the packet lines
    # keep the merchant's counts and no fertiliser is ordered
    o = parse(
        "c: dua fara domateje cherry dhe mish",
        "m: Fara cherry ×2, mish ×1 (450 lekë) = 450 lekë.",
        ANA,
        catalog=SEEDS,
    )
    assert sorted(items(o)) == [("SED", 1, "mish"), ("SED", 2, "cherry")]


def test_a_number_after_for_is_what_the_goods_are_for() -> None:
    # "for two weddings": no count for the ribbon the merchant names next
    o = parse(
        "c: a keni shirita dekorimi? me duhen per dy dasma",
        "m: Po, shirit sateni i kuq 300 lekë.",
        "c: mire, e marr",
        ANA,
        catalog=catalog_of(("RIB", "Shirit sateni", "300", ("i kuq", "i bardhë")), *[]),
    )
    assert items(o) == [("RIB", 1, "i kuq")]


def test_the_ends_of_a_range_of_numbers_are_no_count() -> None:
    # the numbers printed on the mugs (1-8, 9-12) count nothing; the lines keep 8 and 4
    o = parse(
        "c: 8 filxhana blu e 4 te bardhe",
        "c: blu: 1-8, te bardhat 9-12",
        ANA,
        catalog=catalog_of(("MUG", "Filxhan me numër", "500", ("i bardhë", "blu"))),
    )
    assert sorted(items(o)) == [("MUG", 4, "i bardhë"), ("MUG", 8, "blu")]


def test_a_digit_between_a_kinds_word_and_another_name_counts_the_next_line() -> None:
    # "bojë" is a word of both names; "1 furçë" after a comma and a digit is another product
    o = parse(
        "c: dua 3 boje druri, 1 furçë",
        ANA,
        catalog=catalog_of(
            ("PNT", "Bojë druri", "900", ()),
            ("BRS", "Furçë për bojë", "250", ()),
        ),
    )
    assert sorted(items(o)) == [("BRS", 1, None), ("PNT", 3, None)]


HARDWARE = catalog_of(
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


PILLOWS = catalog_of(("PIL", "Jastëk gome", "2000", ("i lartë 14 cm", "i ulët 9 cm")))


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


BUCKETS = catalog_of(("BKT", "Kovë plastike", "400", ("5 L", "10 L", "15 L")))


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
    # "the 50 m is too heavy, make it 25": the hose of 25 m replaces the one of 50 m
    o = parse(
        "c: one garden hose 50 m please",
        "c: wait the 50 m is too heavy for my dad, make it 25",
        ANA,
        catalog=catalog_of(("HOS", "Zorrë uji", "900", ("15 m", "25 m", "50 m"))),
    )
    assert items(o) == [("HOS", 1, "25 m")]


def test_the_small_ones_said_of_a_total_then_the_sizes_that_make_it() -> None:
    # "2 … te vegjel, nje 3m, nje 5m": the two small ones are the 3 m and the 5 m, no third
    # line of the smallest size
    o = parse(
        "c: dua nje llambe tavani",
        "c: edhe 2 shumefishues te vegjel, nje 3m, nje 5m",
        ANA,
        catalog=catalog_of(
            ("PWR", "Shumëfishues me 4 priza", "600", ("1.5 m", "3 m", "5 m")),
            ("LMP", "Llambë tavani", "900", ()),
        ),
    )
    assert sorted(items(o)) == [("LMP", 1, None), ("PWR", 1, "3 m"), ("PWR", 1, "5 m")]


def test_a_number_closing_the_segment_is_no_part_of_another_name() -> None:
    # "Jorgan 2 në 1" holds a 2; after "pupla" it is the count of the feather pillows
    o = parse(
        "c: jastek me pupla 2",
        ANA,
        catalog=catalog_of(
            ("PUP", "Jastëk me pupla", "3500", ()),
            ("J21", "Jorgan 2 në 1", "9000", ()),
        ),
    )
    assert items(o) == [("PUP", 2, None)]


def test_one_of_each_after_the_merchant_named_the_variants_with_its_advice() -> None:
    # the merchant's advice filled "the short one"; "one of each then" is one line per length
    o = parse(
        "c: hi, I need a hiking pole for me and my wife",
        "m: Hello! The trekking pole comes in 110 cm and 130 cm, 2500 lekë.",
        "c: I'm tall, she's short. which ones?",
        "m: Tall people usually take the longer one (130 cm), shorter people the 110 cm.",
        "c: ok one of each then",
        ANA,
        catalog=catalog_of(("POL", "Shkop alpinizmi", "2500", ("110 cm", "130 cm"))),
    )
    assert sorted(items(o)) == [("POL", 1, "110 cm"), ("POL", 1, "130 cm")]


def test_for_before_a_number_is_a_count_when_it_says_what_is_needed() -> None:
    # "ka nevojë për 3 sapunë": the goods themselves after "për", counted
    o = parse(
        "c: kemi nevoje per 3 kova plastike 10 litra",
        ANA,
        catalog=BUCKETS,
    )
    assert items(o) == [("BKT", 3, "10 L")]
