"""Session 15 (variants): sizes said in the customer's words, variants as spec strings, two
variants of one product in one sentence. Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse
from plugins.parser_rules.variants import variant_spec

ARTA = "c: Arta Gashi, Rr. Dardania 14, Prishtine, 044 222 3344"

BAKERY = catalog_of(
    ("PITE", "Pite me spinaq", "800", ("e vogël", "e madhe")),
    ("BUK", "Bukë misri", "300", ()),
)


def test_article_and_size_with_a_count_is_no_address() -> None:
    # "te madhen 1" answers the merchant's "the small or the big one?": the article and the
    # size word choose the goods; "te" is not "at" a place here
    o = parse(
        "c: a keni pite me spinaq?",
        "m: Po, cilen e doni, te voglen apo te madhen?",
        "c: te madhen 1. Arta Gashi, Rr. Dardania 14, Prishtine, 044 222 3344",
        catalog=BAKERY,
    )
    assert items(o) == [("PITE", 1, "e madhe")]


def test_article_and_colour_with_a_count_is_no_address() -> None:
    shop = catalog_of(("KUP", "Kupë qeramike", "400", ("e bardhë", "e zezë")))
    o = parse(
        "c: kupat qeramike i keni?",
        "m: po, te bardha dhe te zeza",
        "c: te zezat 2, Arta Gashi, Rr. Dardania 14, Prishtine, 044 222 3344",
        catalog=shop,
    )
    assert items(o) == [("KUP", 2, "e zezë")]


def test_place_after_te_stays_the_address() -> None:
    shop = catalog_of(("KUP", "Kupë qeramike", "400", ("e bardhë", "e zezë")))
    o = parse(
        "c: dua 2 kupa te bardha",
        "c: Arta Gashi, te shkolla Naim Frasheri 3, Prishtine, 044 222 3344",
        catalog=shop,
    )
    assert items(o) == [("KUP", 2, "e bardhë")]
    assert o.address is not None and "shkolla" in o.address.lower()


HARDWARE = catalog_of(
    ("LOCK", "Dry hekuri", "900", ("25 mm", "40 mm", "50 mm")),
    ("HOOK", "Grep muri", "100", ()),
)


def test_count_article_and_bare_number_is_the_size_counted() -> None:
    # "3 te 50": three of the 50 one, the 3 names no size and the 50 is no count
    o = parse(
        "c: a keni dry hekuri?",
        "m: po, 25, 40 dhe 50 mm",
        "c: dua 3 te 50 dhe 1 te 25",
        ARTA,
        catalog=HARDWARE,
    )
    assert sorted(items(o)) == [("LOCK", 1, "25 mm"), ("LOCK", 3, "50 mm")]


def test_size_word_then_its_number_is_one_piece() -> None:
    # "nje te vogel 25": the small one is the 25, one piece, not a third line
    o = parse(
        "c: a keni dry hekuri?",
        "m: po, 25, 40 dhe 50 mm",
        "c: ok 2 te 50 edhe nje te vogel 25 per dollapin",
        ARTA,
        catalog=HARDWARE,
    )
    assert sorted(items(o)) == [("LOCK", 1, "25 mm"), ("LOCK", 2, "50 mm")]


def test_sides_with_their_own_units_are_dimensions() -> None:
    sp = variant_spec("20 cm x 5 m")
    assert sp.dims == (20.0, 500.0)
    assert variant_spec("60cm x 1,5m").dims == (60.0, 150.0)


def test_small_roll_of_two_sides_with_units() -> None:
    shop = catalog_of(("FOL", "Folie ngjitëse", "700", ("30 cm x 5 m", "30 cm x 20 m")))
    o = parse(
        "c: folie ngjitese keni?",
        "m: po, 30cm x 5m dhe 30cm x 20m",
        "c: e marr nje folie te vogel",
        ARTA,
        catalog=shop,
    )
    assert items(o) == [("FOL", 1, "30 cm x 5 m")]


LASHES = catalog_of(
    ("SILK", "Qerpikë mëndafshi 0.10", "12", ("B 9mm", "B 11mm", "C 9mm", "C 11mm", "C mix")),
    ("GLUE", "Ngjitës qerpikësh", "9", ()),
)


def test_letter_and_number_of_a_variant_are_one_piece_each() -> None:
    # "C 9 dhe C 11": each curl letter with its length names one variant, one line each
    o = parse("c: dua qerpike mendafshi 0.10, C 9 dhe C 11 nga nje", ARTA, catalog=LASHES)
    assert sorted(items(o)) == [("SILK", 1, "C 11mm"), ("SILK", 1, "C 9mm")]


def test_letter_and_number_with_counts() -> None:
    o = parse("c: qerpike mendafshi: 2 B 11 dhe 1 C 9", ARTA, catalog=LASHES)
    assert sorted(items(o)) == [("SILK", 1, "C 9mm"), ("SILK", 2, "B 11mm")]


TOOLS = catalog_of(
    ("PIN", "Piskatore inoksi", "700", ("e drejtë", "e lakuar")),
)


def test_definite_forms_of_straight() -> None:
    # "te drejten", "the straight one": the definite form names the variant "e drejtë"
    o = parse("c: dua piskatoren e lakuar dhe ate te drejten, nga 1", ARTA, catalog=TOOLS)
    assert sorted(items(o)) == [("PIN", 1, "e drejtë"), ("PIN", 1, "e lakuar")]


LAPTOPS = catalog_of(
    ("ZEN", "Asus Zenbook 14", "800", ("i5/16GB/512GB", "i7/16GB/1TB")),
    ("MOUSE", "Maus wireless", "15", ()),
)


def test_model_code_of_a_spec_string_names_the_variant() -> None:
    # "i7" for "i7/16GB/1TB": the processor code written as the variant writes it
    o = parse(
        "c: sa kushton zenbook 14?",
        "m: i5/16GB/512GB 800€, i7/16GB/1TB 1050€",
        "c: ok e marr, me i7",
        ARTA,
        catalog=LAPTOPS,
    )
    assert items(o) == [("ZEN", 1, "i7/16GB/1TB")]


def test_bare_digit_names_no_model_code() -> None:
    # "7" alone is no processor code: the line stays open
    o = parse(
        "c: sa kushton zenbook 14?",
        "m: i5/16GB/512GB 800€, i7/16GB/1TB 1050€",
        "c: ok e marr, per 7 dite me duhet",
        ARTA,
        catalog=LAPTOPS,
    )
    assert items(o) == [("ZEN", 1, None)]


FLOWERS = catalog_of(
    ("BOX", "Kuti me trëndafila", "3000", ("9 trëndafila", "15 trëndafila", "25 trëndafila")),
    ("CARD", "Kartolinë", "200", ()),
)


def test_hour_of_delivery_names_no_variant() -> None:
    # "para ores 9", "vor 9 Uhr": the hour, not the box of 9 roses
    o = parse(
        "c: dua nje kuti me 15 trendafila",
        "m: 15 trendafila 4500 lek. Kujt t'ia dergojme?",
        "c: Arta Gashi, Rr. Dardania 14, Prishtine, 044 222 3344. mos e sillni para ora 9",
        catalog=FLOWERS,
    )
    assert items(o) == [("BOX", 1, "15 trëndafila")]


def test_hour_in_german_names_no_variant() -> None:
    o = parse(
        "c: eine Box mit 25 Rosen bitte",
        "m: 25 trëndafila 60€",
        "c: Arta Gashi, Bahnhofstrasse 4, 8001 Zürich, 079 123 45 67, bitte erst nach 15 Uhr",
        catalog=FLOWERS,
        country="CH",
    )
    assert items(o) == [("BOX", 1, "25 trëndafila")]


PHONES = catalog_of(
    ("PX", "Pixel 8 Pro", "700", ("128GB", "256GB")),
    ("CASE", "Kase silikoni", "15", ()),
)


def test_product_name_beside_a_variant_glosses_none() -> None:
    # the merchant writes the name before the first option only: the customer's "the pixel"
    # names the product, not the first option; the merchant's confirmation fills it
    o = parse(
        "c: sa e keni pixel 8 pro?",
        "m: Pixel 8 Pro 128GB 650€, 256GB 720€",
        "c: ok e marr pixelin",
        "m: Ne rregull, Pixel 8 Pro 256GB 720€. Adresa?",
        ARTA,
        catalog=PHONES,
    )
    assert items(o) == [("PX", 1, "256GB")]


HEATERS = catalog_of(
    ("BOJ", "Bojler elektrik", "20000", ("50 L", "80 L", "120 L")),
    ("TERM", "Termostat", "1500", ()),
)


def test_one_of_them_moves_to_the_new_variant() -> None:
    # "njerin bone 120 litra": one of the two heaters in another size, the other stays
    o = parse(
        "c: dua dy bojlera elektrik 80 litra",
        "m: 80 L 20000 lek copa",
        "c: prit, njerin bone 120 litra",
        ARTA,
        catalog=HEATERS,
    )
    assert sorted(items(o)) == [("BOJ", 1, "120 L"), ("BOJ", 1, "80 L")]


def test_one_of_them_in_english() -> None:
    o = parse(
        "c: two bojler elektrik 50 L please",
        "m: 50 L is 20000 lek each",
        "c: actually make one of them 80 L",
        ARTA,
        catalog=HEATERS,
    )
    assert sorted(items(o)) == [("BOJ", 1, "50 L"), ("BOJ", 1, "80 L")]


def test_a_change_without_one_of_them_changes_the_line() -> None:
    o = parse(
        "c: dua dy bojlera elektrik 80 litra",
        "m: 80 L 20000 lek copa",
        "c: prit, bone 120 litra",
        ARTA,
        catalog=HEATERS,
    )
    assert items(o) == [("BOJ", 2, "120 L")]


def test_one_of_the_count_in_the_same_sentence() -> None:
    # "3 bojlera, njerin 120 litra": one of the three in that size, two left open
    o = parse("c: dua 3 bojlera elektrik, njerin 120 litra", ARTA, catalog=HEATERS)
    assert items(o) == [("BOJ", 2, None), ("BOJ", 1, "120 L")]


def test_one_of_them_in_gheg() -> None:
    o = parse(
        "c: 2 bojler elektrik 50 litra",
        "m: 50 L 18000 lek",
        "c: prit, njona bone 80 litra",
        ARTA,
        catalog=HEATERS,
    )
    assert sorted(items(o)) == [("BOJ", 1, "50 L"), ("BOJ", 1, "80 L")]


FRAMES = catalog_of(
    ("FR", "Kornizë druri e bardhë", "400", ("13x18", "20x30", "30x40")),
    ("ALB", "Album fotografish", "900", ()),
)


def test_count_before_a_colour_counts_the_size_after_it() -> None:
    # "4 te bardha 30x40": the count said with the colour counts the size right after it
    o = parse(
        "c: kornizat e bardha druri i keni 30x40?",
        "m: po, 450 den",
        "c: atehere 4 te bardha 30x40 edhe 2 te vogla 13x18",
        ARTA,
        catalog=FRAMES,
    )
    assert sorted(items(o)) == [("FR", 2, "13x18"), ("FR", 4, "30x40")]


DAIRY = catalog_of(
    ("KOS", "Kos shtëpie në kovë", "900", ("dele", "lope")),
    ("GJZ", "Gjizë", "400", ()),
)


def test_genitive_of_a_short_variant_word() -> None:
    # "nje te deles": the sheep's one, for the variant "dele" (root "del", not "dele")
    o = parse(
        "c: dua 2 kova kos lope",
        "m: kemi edhe dele",
        "c: shtoje edhe nje te deles",
        ARTA,
        catalog=DAIRY,
    )
    assert sorted(items(o)) == [("KOS", 1, "dele"), ("KOS", 2, "lope")]


BLINDS = catalog_of(
    ("ROL", "Roletë ditë-natë", "1500", ("e bardhë", "bezhë", "gri")),
    ("MAT", "Matje në shtëpi", "300", ()),
)


def test_value_in_the_corrections_own_segment_wins() -> None:
    # "make it beige, the white one gets dirty fast": the white said after it is the reason
    for fix in (
        "jo jo, make it beige, e bardha ndotet shpejt",
        "jo jo, beje bezhe, e bardha ndotet",
    ):
        o = parse(
            "c: sa kushton roleta dite-nate?",
            "m: 1500 den: e bardhe, bezhe, gri",
            "c: 3 te bardha",
            f"c: {fix}",
            ARTA,
            catalog=BLINDS,
        )
        assert items(o) == [("ROL", 3, "bezhë")]


def test_size_refused_in_the_corrections_segment_stays_refused() -> None:
    shop = catalog_of(("BEAR", "Arush pelushi", "900", ("30 cm", "60 cm", "100 cm")))
    o = parse(
        "c: a plush bear please, the biggest one",
        "c: actually the big one is too big for the room, the middle size",
        ARTA,
        catalog=shop,
    )
    assert items(o) == [("BEAR", 1, "60 cm")]
