"""Session 9, the older tuning sets' misses: general mechanisms, tested on invented shops of
other trades (car parts, soap and jam makers, a tea shop) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

PARTS = Catalog(
    products=(
        CatalogProduct("FILT", "Filter vaji", ("filter",), Decimal("5"), ("Nr 2", "Nr 3", "Nr 4")),
        CatalogProduct("OIL", "Vaj motori", ("vaj",), Decimal("10"), ("5W-30", "10W-40")),
    )
)

JAMS = Catalog(
    products=(
        CatalogProduct(
            "JAM", "Reçel shtëpie", ("recel", "Marmelade"), Decimal("400"),
            ("fik", "kumbull", "portokall"),
        ),
        CatalogProduct("FIGDRY", "Fiq të thatë", ("fiq", "getrocknete Feigen"), Decimal("600"), ()),
    )
)  # fmt: skip


def test_count_of_the_ordinal_size_is_one_line_of_that_size() -> None:
    # "2 t'3shit": two of the number-3 ones, not one "Nr 2" and one "Nr 3"
    order = parse(
        "c: a keni filter numrin 2? dy cope",
        "m: Po, filtri Nr 2, 5 euro.",
        "c: po t'treten? e kam makinen e re",
        "m: Nr 3 eshte per motorin e ri.",
        "c: ok qoni 2 t'3shit atehere",
        catalog=PARTS,
    )
    assert items(order) == [("FILT", 2, "Nr 3")]


def test_count_then_article_then_ordinal_in_one_message() -> None:
    order = parse(
        "c: keni filtra vaji?",
        "m: Po, Nr 2, Nr 3 dhe Nr 4, 5 euro copa.",
        "c: me dergoni 3 te 4-shit ju lutem",
        catalog=PARTS,
    )
    assert items(order) == [("FILT", 3, "Nr 4")]


def test_german_fig_meets_the_albanian_fig_variant() -> None:
    # "Feige" is the jam's "fik" flavour, not the dried figs sold as a product
    order = parse(
        "c: Hallo, habt ihr Marmelade?",
        "m: Ja, Reçel shtëpie: fik, kumbull, portokall. 400 Lek.",
        "c: zwei mal Feige und einmal Kumbull bitte",
        catalog=JAMS,
    )
    assert items(order) == [("JAM", 2, "fik"), ("JAM", 1, "kumbull")]


SOAPS = Catalog(
    products=(
        CatalogProduct("SP-VAN", "Sapun aromatik Vanilje", (), Decimal("3"), ("100 g", "200 g")),
        CatalogProduct("SP-LAV", "Sapun aromatik Livando", (), Decimal("3"), ("100 g", "200 g")),
        CatalogProduct("SP-ROSE", "Sapun aromatik Trëndafil", (), Decimal("3"), ("100 g", "200 g")),
    )
)


def test_split_order_replaces_the_line_only_asked_about() -> None:
    # the big lavender soap asked about, then ordered in a split with a small vanilla one
    order = parse(
        "c: sa kushton sapuni me livande ai i madhi?",
        "m: Sapuni Livando 200 g 4 euro, 100 g 3 euro",
        "c: ok dua nje te madh me livande edhe nje te vogel me vanilje",
        catalog=SOAPS,
    )
    assert items(order) == [("SP-LAV", 1, "200 g"), ("SP-VAN", 1, "100 g")]


TEA = Catalog(
    products=(
        CatalogProduct(
            "BOX", "Kuti dhuratë çaji", ("gift box", "kuti dhurate"), Decimal("30"), ("Mini", "Lux")
        ),
        CatalogProduct(
            "MTEA", "Çaj mali", ("caj mali", "mountain tea"), Decimal("5"), ("50 g", "100 g")
        ),
        CatalogProduct("CUP", "Filxhan qelqi", ("filxhan", "glass cup"), Decimal("4"), ()),
        CatalogProduct(
            "HONEY", "Mjaltë lule", ("mjalte", "honey"), Decimal("8"), ("250 g", "500 g")
        ),
        CatalogProduct(
            "POT", "Çajnik qeramike", ("cajnik", "teapot"), Decimal("15"), ("0.5 L", "1 L")
        ),
    )
)  # fmt: skip


DETAILS = "c: Arta Hoxha, Rr. Dibres 4, Tirane, 0691234567"


def test_what_a_gift_box_holds_after_its_colon_is_no_line() -> None:
    order = parse(
        "c: dua t'i dergoj dicka mamit, dicka te bukur me caj",
        "m: Kutia Lux 30 euro: caj mali 100 g + filxhan qelqi + mjalte 250 g.",
        "c: po e marr",
        DETAILS,
        catalog=TEA,
    )
    assert items(order) == [("BOX", 1, "Lux")]


def test_what_a_gift_box_holds_after_its_colon_english() -> None:
    order = parse(
        "c: i want to send a present to my mum, something nice with tea",
        "m: Gift box Mini 20 euro: mountain tea 50 g + glass cup.",
        "c: great, I'll take it",
        DETAILS,
        catalog=TEA,
    )
    assert items(order) == [("BOX", 1, "Mini")]


def test_what_a_gift_box_holds_in_parentheses_is_no_line() -> None:
    order = parse(
        "c: Hallo, ich möchte meiner Mutter etwas Schönes mit Tee schicken",
        "m: Kuti dhuratë Lux 30 Euro (Çaj mali 100 g + Filxhan qelqi + Mjaltë lule 250 g).",
        "c: super, die nehme ich",
        DETAILS,
        catalog=TEA,
    )
    assert items(order) == [("BOX", 1, "Lux")]


def test_lines_each_with_a_colon_are_still_lines() -> None:
    # "Kuti: 30, Çajnik: 15": two lines of the summary, not a box holding a teapot
    order = parse(
        "c: dua nje kuti dhurate Lux dhe nje cajnik 1 L",
        "m: Kutia Lux: 30 euro, cajnik 1 L: 15 euro. Totali 45.",
        "c: ok. Arta Hoxha, Rr. Dibres 4, Tirane, 0691234567",
        catalog=TEA,
    )
    assert items(order) == [("BOX", 1, "Lux"), ("POT", 1, "1 L")]


def test_another_products_variant_word_does_not_confirm_the_declined_item() -> None:
    # the teapot asked about was declined; "Mini" in the box's line is not its small size
    order = parse(
        "c: dua nje caj mali 100 g",
        "m: Po, 5 euro.",
        "c: keni edhe cajnik me dru?",
        "m: Jo, ato nuk i kemi.",
        "c: ok atehere edhe 1 kuti dhurate te vogel",
        "m: Kutia Mini: 2 caj 50 g (mali, lule), 20 euro. Totali 25.",
        "c: mire. Arta Hoxha, Rr. Dibres 4, Tirane, 0691234567",
        catalog=TEA,
    )
    assert items(order) == [("MTEA", 1, "100 g"), ("BOX", 1, "Mini")]


def test_also_after_a_decline_does_not_order_the_declined_item() -> None:
    order = parse(
        "c: dua nje caj mali 100 g",
        "m: Po, 5 euro.",
        "c: keni edhe cajnik druri?",
        "m: Jo, nuk e kemi fatkeqesisht.",
        "c: ok atehere edhe nje filxhan qelqi",
        "c: Arta Hoxha, Rr. Dibres 4, Tirane, 0691234567",
        catalog=TEA,
    )
    assert items(order) == [("MTEA", 1, "100 g"), ("CUP", 1, None)]


WEAR = Catalog(
    products=(
        CatalogProduct(
            "RAIN", "Mushama shiu", ("raincoat", "Regenjacke"), Decimal("25"), ("S", "M", "L", "XL")
        ),
        CatalogProduct("UMB", "Çadër", ("umbrella", "Regenschirm"), Decimal("8"), ()),
    )
)


def test_an_open_count_shared_out_by_one_variant_per_segment() -> None:
    # two raincoats, then one size for each person, joined by a comma only
    order = parse(
        "c: I'd like to order two raincoats for my parents. Dad needs XL, mum M.",
        "m: Sure, 25 euro each.",
        DETAILS,
        catalog=WEAR,
    )
    assert items(order) == [("RAIN", 1, "XL"), ("RAIN", 1, "M")]


def test_segments_that_do_not_add_up_to_the_count_leave_the_line_open() -> None:
    order = parse(
        "c: I'd like to order three raincoats. Dad needs XL, mum M.",
        "m: Sure, 25 euro each.",
        DETAILS,
        catalog=WEAR,
    )
    assert items(order) == [("RAIN", 3, None)]


KIDS = Catalog(
    products=(
        CatalogProduct(
            "PJ", "Pizhame pambuku", ("pizhame", "pyjamas"), Decimal("15"),
            ("2-3 vjeç", "4-5 vjeç", "6-7 vjeç", "8-9 vjeç", "10-11 vjeç"),
        ),
        CatalogProduct("GLV", "Doreza leshi", ("doreza", "gloves"), Decimal("5"), ("gri", "blu")),
    )
)  # fmt: skip


def test_a_bare_number_after_an_age_takes_the_age_unit() -> None:
    # "njeri 5 vjec tjetri 10": the other one is ten years old, not a count of ten
    order = parse("c: Dua 2 pizhame per djemte, njeri 5 vjec tjetri 10", catalog=KIDS)
    assert items(order) == [("PJ", 1, "4-5 vjeç"), ("PJ", 1, "10-11 vjeç")]


def test_one_each_to_each_child_counts_the_pieces_already_ordered() -> None:
    order = parse(
        "c: Dua 2 pizhame per djemte, njeri 5 vjec tjetri 10",
        "m: Po, 15 euro secila.",
        "c: a keni edhe doreza blu?",
        "m: Po, 5 euro.",
        "c: nga nje pale secilit atehere",
        DETAILS,
        catalog=KIDS,
    )
    assert items(order) == [("PJ", 1, "4-5 vjeç"), ("PJ", 1, "10-11 vjeç"), ("GLV", 2, "blu")]


GARDEN = Catalog(
    products=(
        CatalogProduct(
            "RAKE", "Grabujë", ("rastrello", "Rechen"), Decimal("9"), ("30 cm", "45 cm")
        ),
        CatalogProduct(
            "GLOVE", "Doreza kopshti", ("guanti da giardino", "Gartenhandschuhe"), Decimal("4"),
            ("M", "L"),
        ),
    )
)  # fmt: skip


def test_italian_giusto_says_yes_to_the_item_the_merchant_confirmed() -> None:
    order = parse(
        "c: Buongiorno, mio padre deve pulire il giardino. E un rastrello da 30 cm va bene?",
        "m: Po, 30 cm është mirë për kopësht të vogël. Doreza keni?",
        "c: giusto, guanti da giardino taglia L",
        DETAILS,
        catalog=GARDEN,
    )
    assert items(order) == [("RAKE", 1, "30 cm"), ("GLOVE", 1, "L")]


def test_german_stimmt_says_yes_to_the_item_the_merchant_confirmed() -> None:
    order = parse(
        "c: Hallo, mein Vater hat einen kleinen Garten. Ein Rechen mit 30 cm, passt das?",
        "m: Ja, 30 cm ist gut dafür. Haben Sie Handschuhe?",
        "c: stimmt, Gartenhandschuhe in L bitte",
        DETAILS,
        catalog=GARDEN,
    )
    assert items(order) == [("RAKE", 1, "30 cm"), ("GLOVE", 1, "L")]


FACADE = Catalog(
    products=(
        CatalogProduct(
            "FAC", "Bojë fasade", ("boje fasade",), Decimal("20"),
            ("5 L e bardhë", "15 L e bardhë", "5 L gri", "15 L gri"),
        ),
        CatalogProduct("BRUSH", "Furçë e gjerë", ("furce",), Decimal("4"), ()),
    )
)  # fmt: skip


def test_the_size_the_merchant_states_waits_for_the_colour_said_next() -> None:
    # 15 L is said by the merchant for the open line, grey by the customer: one variant
    order = parse(
        "c: sa boje fasade me duhet per nje shtepi njekateshe?",
        "m: Per shtepi njekateshe ju del nje kove 15 litershe boje fasade. Cfare ngjyre e doni?",
        "c: gri, si ajo qe e keni ne vitrine",
        DETAILS,
        catalog=FACADE,
    )
    assert items(order) == [("FAC", 1, "15 L gri")]


BOOTS = Catalog(
    products=(
        CatalogProduct(
            "BOOT", "Çizme shiu", ("cizme", "rain boots", "stivali da pioggia"), Decimal("20"),
            ("36", "37", "38", "39", "40", "41"),
        ),
        CatalogProduct("SOCK", "Çorape", ("corape",), Decimal("3"), ()),
    )
)  # fmt: skip


def test_a_span_of_sizes_in_stock_names_no_size() -> None:
    order = parse(
        "c: how much are the rain boots?",
        "m: 20 euro, sizes 36 to 41 in stock.",
        "c: ok I'll take them, I'll tell you the size tomorrow",
        DETAILS,
        catalog=BOOTS,
    )
    assert items(order) == [("BOOT", 1, None)]


WATCHES = Catalog(
    products=(
        CatalogProduct(
            "WATCH", "Orë dore", ("ore dore",), Decimal("40"),
            ("për vajza", "për djem", "klasike"),
        ),
        CatalogProduct("STRAP", "Rrip ore", ("rrip ore",), Decimal("8"), ()),
    )
)  # fmt: skip


def test_the_daughter_a_gift_is_for_is_not_the_girls_variant() -> None:
    # "per vajzen" (for my daughter): the person; the variant is the classic one said after it
    order = parse("c: dua nje ore dore per vajzen per ditelindje, klasike", catalog=WATCHES)
    assert items(order) == [("WATCH", 1, "klasike")]


def test_for_girls_still_names_the_girls_variant() -> None:
    order = parse("c: dua nje ore dore per vajza", catalog=WATCHES)
    assert items(order) == [("WATCH", 1, "për vajza")]
