"""Session 19 (variants in the customer's words across the older tuning sets): the shop's
statement of the variant beside the product's own name, and variant words in the customer's
language. Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

LEATHER = catalog_of(
    ("JKT", "Xhaketë lëkure", "120", ("e zezë", "kafe", "bordo")),
    ("BLT", "Rrip", "15", ()),
)
DELI = catalog_of(
    ("SND", "Sanduiç i ftohtë", "3", ("Pulë", "Ton", "Proshutë")),
    ("JCE", "Lëng portokalli", "2", ("0.25 L", "0.5 L")),
)
DRITA = "c: Drita Hoxha, Rr. Skënderbeu 12, Tiranë, 069 234 5678"


def test_the_shop_states_the_variant_beside_the_products_own_name() -> None:
    # "Po, ajo është bordo, xhaketa lëkure 120€": "lëkure" (leather) is a word of the name, not
    # a second attribute that would make the statement a list of options
    o = parse(
        "c: a e keni xhaketen e lekures qe keni ne story?",
        "m: Po, ajo është bordo, xhaketa lëkure, 120€.",
        "c: super, e dua",
        DRITA,
        catalog=LEATHER,
    )
    assert items(o) == [("JKT", 1, "bordo")]


def test_a_count_of_pieces_in_the_shops_statement_is_no_second_attribute() -> None:
    # "120€ copa" (a piece): a price per piece, not another attribute beside "bordo"
    o = parse(
        "c: a e keni xhaketen e lekures qe keni ne story?",
        "m: Po, ajo është bordo, xhaketa lëkure, 120€ copa.",
        "c: super, e dua",
        DRITA,
        catalog=LEATHER,
    )
    assert items(o) == [("JKT", 1, "bordo")]


def test_tuna_in_english_meets_the_catalogs_albanian_ton() -> None:
    # the catalog writes the filling in Albanian ("Ton", whose definite forms "toni" / "tonin"
    # the lexicon lists); the customer says "tuna" / "tonno"
    o = parse(
        "c: hi, two cold sandwiches with tuna please",
        DRITA,
        catalog=DELI,
    )
    assert items(o) == [("SND", 2, "Ton")]
    o = parse(
        "c: vorrei un sanduic freddo al tonno",
        DRITA,
        catalog=DELI,
    )
    assert items(o) == [("SND", 1, "Ton")]


FLORIST = catalog_of(
    ("ROS", "Trëndafil", "2", ("i kuq", "i bardhë", "rozë")),
    ("CRD", "Kartolinë", "1", ()),
)


def test_a_statement_closed_by_how_many_still_states_the_variant() -> None:
    # "Trëndafila të bardhë, 2€ copa, sa copë?": the only question is the count; the colour
    # the shop named before it is what the customer then orders
    o = parse(
        "c: trendafila per nje nuse i keni? ne ngjyre te lehte",
        "m: Trëndafila të bardhë, 2€ copa, sa copë?",
        "c: 15",
        DRITA,
        catalog=FLORIST,
    )
    assert items(o) == [("ROS", 15, "i bardhë")]
    o = parse(
        "c: do you have roses for a bride? something light",
        "m: White roses, 2€ each, how many?",
        "c: 15",
        DRITA,
        catalog=FLORIST,
    )
    assert items(o) == [("ROS", 15, "i bardhë")]


HARDWARE = catalog_of(
    ("EXT", "Kabllo zgjatuese", "6", ("2 m", "3 m", "4 m")),
    ("PLG", "Prizë", "3", ()),
)


def test_the_number_of_a_length_said_as_the_chosen_one_in_its_written_unit() -> None:
    # "2 t'katerit" (two of the four one), "3 te 2shit": the number as the variant writes it
    # ("4 m"), not its length in centimetres, chosen by the article after a count
    o = parse(
        "c: kabllo zgjatuese keni?",
        "m: Po, 2, 3 dhe 4 metra.",
        "c: ok po marr 2 t katerit",
        DRITA,
        catalog=HARDWARE,
    )
    assert items(o) == [("EXT", 2, "4 m")]
    o = parse(
        "c: kabllo zgjatuese keni?",
        "m: Po, 2, 3 dhe 4 metra.",
        "c: me sillni 3 te 2shit",
        DRITA,
        catalog=HARDWARE,
    )
    assert items(o) == [("EXT", 3, "2 m")]


SCREWS = catalog_of(
    ("SCR", "Vida druri (kuti 100 copë)", "4", ("3 mm", "4 mm", "5 mm")),
    ("DRL", "Majë shpuese", "2", ()),
)


def test_the_hour_after_a_day_and_after_names_no_variant() -> None:
    # "e marr nesër pas 4", "I'll pick it up tomorrow after 4": the hour, not the 4 mm screws
    o = parse(
        "c: vida druri 5 mm keni?",
        "m: Po, kutia 4€.",
        "c: mire, nje kuti. e marr vete neser pas 4, jam Drita 069 234 5678",
        catalog=SCREWS,
    )
    assert items(o) == [("SCR", 1, "5 mm")]
    o = parse(
        "c: do you have wood screws 5 mm?",
        "m: Yes, 4€ a box.",
        "c: ok one box. I'll pick it up tomorrow after 4, Drita 069 234 5678",
        catalog=SCREWS,
    )
    assert items(o) == [("SCR", 1, "5 mm")]


PAPER = catalog_of(
    ("NAP", "Peceta letre", "1", ("pako 6 copë", "pako 12 copë")),
    ("CUP", "Gota plastike", "2", ()),
)


def test_the_packs_number_said_without_the_product_names_the_open_lines_pack() -> None:
    # "una confezione da 6 allora" after the shop's packs of 6 and 12: the number names the
    # pack of the napkins already ordered, and counts nothing
    o = parse(
        "c: vorrei dei tovaglioli, peceta letre",
        "m: I kemi në pako me 6 copë ose 12 copë.",
        "c: va bene, una confezione da 6 allora",
        DRITA,
        catalog=PAPER,
    )
    assert items(o) == [("NAP", 1, "pako 6 copë")]


MIRRORS = catalog_of(
    ("MIR", "Pasqyrë muri", "40", ("katrore", "gjysmë e rrumbullakët", "e rrumbullakët plotë")),
    ("HNG", "Varëse", "2", ()),
)


def test_the_unstressed_e_before_a_final_m_r_or_l_meets_its_dropped_spelling() -> None:
    # "gjysem" (gjysëm) is the catalog's "gjysmë": one word in two spellings
    o = parse(
        "c: dua nje pasqyre muri gjysem te rrumbullaket",
        DRITA,
        catalog=MIRRORS,
    )
    assert items(o) == [("MIR", 1, "gjysmë e rrumbullakët")]


FRAMES = catalog_of(
    ("FRM", "Kornizë druri", "9", ("katrore 30x30", "drejtkëndore 30x40")),
    ("GLS", "Xham", "3", ()),
)


def test_a_long_square_is_a_rectangle() -> None:
    # "katrore të gjatë" (a long square) is how a rectangle is said: not the square frame
    o = parse(
        "c: dua nje kornize druri katrore te gjate per diplomen",
        DRITA,
        catalog=FRAMES,
    )
    assert items(o) == [("FRM", 1, "drejtkëndore 30x40")]
