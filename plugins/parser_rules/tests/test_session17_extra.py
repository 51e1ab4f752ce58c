"""Session 17 (extra): lines the customer did not order. Invented shops and sentences, none
from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, named_catalog, parse

BLERTA = "c: Blerta Kola, Rr. Durresit 14, Tirane, 069 222 3344"

TEA = named_catalog(
    ("MINT", "Caj mente"),
    ("LIND", "Caj bliri"),
    ("HONEY", "Mjalte mali"),
    ("SAGE", "Caj sherbele"),
)

BIKE = named_catalog(
    ("BIKE", "Biciklete qyteti"),
    ("LOCK", "Dryn biciklete"),
    ("HELM", "Helmete"),
    ("FIT", "Montim"),
)


def test_e_heq_removes() -> None:
    # "X e heq" (I take X off): a remove word of its own, like "hiqe"
    o = parse(
        "c: dua 2 caj mente dhe nje mjalte mali",
        "m: Ok, 2 caj mente, 1 mjalte. Adresa?",
        "c: mjalten e heq, e kam ne shtepi",
        BLERTA,
        catalog=TEA,
    )
    assert items(o) == [("MINT", 2, None)]


def test_i_heqim_removes() -> None:
    o = parse(
        "c: dua nje trapan, nje set punta dhe 2 doreza pune",
        "m: Ok. Adresa?",
        "c: dorezat i heqim",
        BLERTA,
        catalog=named_catalog(("DRILL", "Trapan"), ("BITS", "Set punta"), ("GLV", "Doreza pune")),
    )
    assert items(o) == [("DRILL", 1, None), ("BITS", 1, None)]


def test_removed_and_replaced_in_one_clause() -> None:
    # the product after "ne vend te tij" replaces the removed one: the remove stops there
    o = parse(
        "c: dua 2 caj mente dhe nje mjalte mali",
        "m: Ok, 2 caj mente, 1 mjalte. Adresa?",
        "c: mjalten hiqe se e kam 🙂 vendos ne vend te saj nje caj sherbele",
        BLERTA,
        catalog=TEA,
    )
    assert items(o) == [("MINT", 2, None), ("SAGE", 1, None)]


def test_removed_and_replaced_bike_lock() -> None:
    o = parse(
        "c: dua nje biciklete qyteti dhe nje helmete",
        "m: Ok. Adresa?",
        "c: helmeten hiqe se e kam ne vend te saj nje dryn biciklete",
        BLERTA,
        catalog=BIKE,
    )
    assert items(o) == [("BIKE", 1, None), ("LOCK", 1, None)]


def test_removed_and_replaced_after_and_unchanged() -> None:
    # unchanged: "and" already ends the remove word's part of the sentence
    o = parse(
        "c: 2 mint tea and a mountain honey please",
        "m: Ok. Address?",
        "c: remove the honey and put instead of it one sage tea",
        BLERTA,
        catalog=named_catalog(
            ("MINT", "Mint tea"), ("HONEY", "Mountain honey"), ("SAGE", "Sage tea")
        ),
    )
    assert items(o) == [("MINT", 2, None), ("SAGE", 1, None)]


def test_instead_of_the_removed_one_still_removes_it() -> None:
    # unchanged: the product right after "instead of" is the old one
    o = parse(
        "c: dua 2 caj mente dhe nje mjalte mali",
        "m: Ok. Adresa?",
        "c: hiqe ne vend te mjaltes",
        BLERTA,
        catalog=TEA,
    )
    assert items(o) == [("MINT", 2, None)]


def test_service_not_needed_after_it() -> None:
    # "Montim nuk duhet": the service named and, right after it, not needed
    o = parse(
        "c: dua nje biciklete qyteti dhe nje helmete",
        "m: Biciklete 250€, helmete 30€. Montim?",
        "c: Montim nuk duhet, e bej vete.",
        BLERTA,
        catalog=BIKE,
    )
    assert items(o) == [("BIKE", 1, None), ("HELM", 1, None)]


def test_fitting_not_needed_in_german() -> None:
    o = parse(
        "c: ein Stadtrad und einen Helm bitte",
        "m: Gerne. Montage dazu?",
        "c: Montage nicht nötig, danke",
        BLERTA,
        catalog=named_catalog(
            ("BIKE", "Stadtrad"), ("LOCK", "Fahrradschloss"), ("HELM", "Helm"), ("FIT", "Montage")
        ),
    )
    assert items(o) == [("BIKE", 1, None), ("HELM", 1, None)]


def test_not_needed_before_a_product_unchanged() -> None:
    # unchanged: "nuk duhet" before the product (a want of something else) removes nothing here
    o = parse(
        "c: dua nje biciklete qyteti, nuk duhet e shtrenjte",
        BLERTA,
        catalog=BIKE,
    )
    assert items(o) == [("BIKE", 1, None)]


CAR = named_catalog(("FLT", "Filtër nafte"), ("OIL", "Vaj motori"), ("WIP", "Fshirëse xhami"))


def test_told_subject_is_no_product() -> None:
    # "Nafta po më rrjedh": the diesel is what the customer tells about, not "Filtër nafte"
    o = parse("c: Nafta po me rrjedh nga poshte. Dua nje vaj motori", BLERTA, catalog=CAR)
    assert items(o) == [("OIL", 1, None)]


def test_told_subject_windscreen() -> None:
    o = parse("c: xhami u be pis shume. dua 2 vaj motori", BLERTA, catalog=CAR)
    assert items(o) == [("OIL", 2, None)]


def test_second_word_with_count_or_order_word_unchanged() -> None:
    # unchanged: a count, an order word or a question still name the product by that word
    assert items(parse("c: nafte 2 cope", BLERTA, catalog=CAR)) == [("FLT", 2, None)]
    assert items(parse("c: nafte dua nje", BLERTA, catalog=CAR)) == [("FLT", 1, None)]
    assert items(parse("c: nafte e keni?", BLERTA, catalog=CAR)) == [("FLT", 1, None)]


def test_one_word_answer_to_the_options_unchanged() -> None:
    # unchanged: the second word of a name alone (or with "ju lutem") chooses among the options
    o = parse(
        "c: dua nje fshirese",
        "m: Kemi fshirese xhami dhe fshirese dyshemeje",
        "c: xhamin ju lutem",
        BLERTA,
        catalog=named_catalog(("WIP", "Fshirëse xhami"), ("MOP", "Fshirëse dyshemeje")),
    )
    assert items(o) == [("WIP", 1, None)]


def test_merchant_speaks_of_the_kind_of_ordered_lines() -> None:
    # "Shishet i kemi 0.5, 1 dhe 2 L": the bottles of the two rakia lines ordered, not "Ujë
    # shishe" (bottled water, "shishe" its second word)
    o = parse(
        "c: dua 2 shishe raki rrushi të mëdha dhe një raki mani të mesme",
        "m: Shishet i kemi 0.5, 1 dhe 2 L. E madhja 2 L, e mesmja 1 L. Pra 2 rrushi 2 L dhe "
        "1 mani 1 L?",
        "c: po ashtu",
        BLERTA,
        catalog=catalog_of(
            ("RRU", "Shishe raki rrushi", "900", ("0.5 L", "1 L", "2 L")),
            ("MAN", "Shishe raki mani", "1000", ("0.5 L", "1 L", "2 L")),
            ("WAT", "Ujë shishe", "100", ("Pa gaz", "Me gaz")),
        ),
    )
    assert items(o) == [("RRU", 2, "2 L"), ("MAN", 1, "1 L")]


OFFICE = named_catalog(
    ("RUG", "Tapet zyre"), ("DESK", "Tavolinë pune"), ("LAMP", "Llambë tavoline")
)


def test_under_the_desk_is_where_it_goes() -> None:
    o = parse("c: dua nje tapet zyre per kembet poshte tavolines", BLERTA, catalog=OFFICE)
    assert items(o) == [("RUG", 1, None)]


def test_under_the_desk_in_german() -> None:
    o = parse(
        "c: eine Matte unter dem Schreibtisch bitte",
        BLERTA,
        catalog=named_catalog(("MAT", "Matte"), ("DESK", "Schreibtisch")),
    )
    assert items(o) == [("MAT", 1, None)]


def test_preposition_after_a_function_word_unchanged() -> None:
    # unchanged: "a pack of under-eye pads": after "of" the word is part of the goods' name
    o = parse(
        "c: one pack of under eye pads please",
        BLERTA,
        catalog=named_catalog(("PADS", "Eye pads"), ("GLUE", "Lash glue")),
    )
    assert items(o) == [("PADS", 1, None)]


CAMP = named_catalog(("TENT", "Çadër kampingu"), ("MAT", "Dyshek ajri"), ("BAG", "Thes gjumi"))


def test_we_have_our_own() -> None:
    # "thes gjumi i kemi tona": the sleeping bags are the customer's own, no line
    o = parse(
        "c: dua nje cader kampingu dhe 2 dyshek ajri, thes gjumi i kemi tona",
        BLERTA,
        catalog=CAMP,
    )
    assert items(o) == [("TENT", 1, None), ("MAT", 2, None)]


def test_we_have_them_already() -> None:
    o = parse(
        "c: nje cader kampingu, dyshekun e ajrit e kemi tashme",
        BLERTA,
        catalog=CAMP,
    )
    assert items(o) == [("TENT", 1, None)]


def test_we_need_unchanged() -> None:
    # unchanged: "kemi nevojë" (we need) orders
    o = parse("c: nje cader kampingu, thes gjumi kemi nevoje", BLERTA, catalog=CAMP)
    assert items(o) == [("TENT", 1, None), ("BAG", 1, None)]


KITCHEN = named_catalog(
    ("KET", "Kazan elektrik"), ("CORD", "Kabllo zgjatuese"), ("LID", "Steel lid")
)


def test_the_one_with_a_longer_cord() -> None:
    # "ai me kabllo më të gjatë": the kettle's feature, no extension-cord line
    o = parse("c: dua nje kazan elektrik, ai me kabllo me te gjate", BLERTA, catalog=KITCHEN)
    assert items(o) == [("KET", 1, None)]


def test_the_one_with_in_english() -> None:
    o = parse("c: one kazan elektrik please, the one with the steel lid", BLERTA, catalog=KITCHEN)
    assert items(o) == [("KET", 1, None)]


def test_one_of_those_with_alone_unchanged() -> None:
    # unchanged: with no product named before, the word after "with" names the product
    o = parse("c: nje nga ato me kabllo zgjatuese", BLERTA, catalog=KITCHEN)
    assert items(o) == [("CORD", 1, None)]
