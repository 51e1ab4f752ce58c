"""Session 10, the older sets' residue (dev5-dev13): general mechanisms, tested on invented
shops of other trades (yarn, ...) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

YARN = Catalog(
    products=(
        CatalogProduct(
            "YARN-COT", "Penj pambuku", (), Decimal("250"),
            ("50 g e bardhë", "50 g e zezë"),
        ),
        CatalogProduct(
            "YARN-ACR", "Penj akrilik për thurje dimri", (), Decimal("300"),
            ("100 g gri hiri", "200 g gri hiri", "100 g blu deti", "200 g blu deti"),
        ),
        CatalogProduct("NEEDLE", "Shtiza për thurje", (), Decimal("400"), ()),
    )
)  # fmt: skip

DETAILS = "c: Arta Hoxha, rr. Myslym Shyri 12, Tiranë, 069 412 3344"


def test_the_merchant_answer_names_variants_of_one_of_the_products_the_words_fit() -> None:
    # "penj" is in both yarns' names; the merchant's "gri hiri" is said by two variants of the
    # acrylic yarn alone: the line is that yarn, and "200 gramësh" picks among them
    order = parse(
        "c: Mirëdita, dua penj për një shall, diçka jo shumë të errët",
        "m: Kemi gri hiri, shumë i butë. 100 g 300 lekë, 200 g 550",
        "c: po ai, 200 gramësh",
        DETAILS,
        catalog=YARN,
    )
    assert items(order) == [("YARN-ACR", 1, "200 g gri hiri")]


BIKES = Catalog(
    products=(
        CatalogProduct(
            "BIKE-CITY", "Biçikletë qyteti", (), Decimal("180"), ("e kuqe", "e bardhë", "blu")
        ),
        CatalogProduct(
            "BASKET", "Shportë thurje për timon", (), Decimal("25"),
            ("30 cm natyrale", "30 cm e zezë", "40 cm natyrale"),
        ),
    )
)  # fmt: skip


def test_an_open_line_takes_the_variant_the_merchant_states_beside_another_product() -> None:
    # the merchant's restatement names the bike with its colour and, after "+", the basket's
    # size and finish alone: that part states the basket's variant
    order = parse(
        "c: Mirëdita, e dua biçikletën e qytetit të kuqe",
        "m: Po, e kuqe 180 €. Shportën për timon e doni?",
        "c: po, edhe shportën",
        "m: Biçikletë e kuqe + 30 cm natyrale = 205 €.",
        DETAILS,
        catalog=BIKES,
    )
    assert items(order) == [("BIKE-CITY", 1, "e kuqe"), ("BASKET", 1, "30 cm natyrale")]


PETS = Catalog(
    products=(
        CatalogProduct("COL-LTH", "Qafore lëkure", (), Decimal("18"), ("kafe", "e zezë")),
        CatalogProduct(
            "COL-REF", "Qafore reflektuese", (), Decimal("12"), ("jeshile neoni", "portokalli")
        ),
    )
)  # fmt: skip


def test_a_variant_only_another_product_sells_names_it_over_the_one_ordered() -> None:
    # "qafore" is in both names; the leather one is ordered, and "qafore portokalli" is sold
    # only as the reflective one
    order = parse(
        "c: Përshëndetje, dua një qafore lëkure kafe për qenin",
        "m: Po, qafore lëkure kafe 18 €",
        "c: Edhe një qafore portokalli për shëtitjet e mbrëmjes",
        DETAILS,
        catalog=PETS,
    )
    assert items(order) == [("COL-LTH", 1, "kafe"), ("COL-REF", 1, "portokalli")]


SEWING = Catalog(
    products=(
        CatalogProduct("MACH", "Makinë qepëse Singer", (), Decimal("120"), ()),
        CatalogProduct(
            "NDL-COT", "Gjilpëra për pambuk", (), Decimal("3"), ("nr 70", "nr 80")
        ),
        CatalogProduct(
            "NDL-LTH", "Gjilpëra për lëkurë", (), Decimal("4"), ("nr 100", "nr 110")
        ),
    )
)  # fmt: skip


def test_the_merchant_states_the_variant_only_one_of_the_products_a_word_named_sells() -> None:
    # "gjilpëra" fits both kinds of needles; the merchant's "nr 80" (asked back) is sold only
    # as the cotton ones, and the customer's yes orders them
    order = parse(
        "c: Mirëdita, e dua makinën qepëse Singer",
        "m: Po, 120 €.",
        "c: edhe një pako gjilpëra rezervë",
        "m: Të zakonshmet janë nr 80. T'i shtojmë?",
        "c: po",
        DETAILS,
        catalog=SEWING,
    )
    assert items(order) == [("MACH", 1, None), ("NDL-COT", 1, "nr 80")]


BOAT = Catalog(
    products=(
        CatalogProduct(
            "DECK-SPOT", "Spot për kuvertë", ("faretto",), Decimal("30"), ("12V", "24V")
        ),
        CatalogProduct(
            "FLOOD", "Projektor për anije", ("floodlight",), Decimal("90"), ("30W", "60W")
        ),
    )
)  # fmt: skip


def test_the_product_whose_variant_is_said_in_full_beats_one_sharing_more_words() -> None:
    # "fari" shares its letters with the spot's "faretto" (and "fari da esterno" is the
    # floodlight's group), but "60 watt" is a variant only the floodlight is sold in
    order = parse(
        "c: Salve, mi servono due fari da esterno da 60 watt per il pontile",
        DETAILS,
        catalog=BOAT,
    )
    assert items(order) == [("FLOOD", 2, "60W")]


BOOKS = Catalog(
    products=(
        CatalogProduct("COOK", "Libër gatimi", ("Kochbuch",), Decimal("25"), ()),
        CatalogProduct("RECIPE", "Fletore recetash", ("Rezeptheft",), Decimal("9"), ()),
    )
)  # fmt: skip


def test_the_german_an_before_the_delivery_details_counts_nothing() -> None:
    # "An Lena Gashi, …" (to Lena Gashi): no count for the product named last, so it is not
    # ordered outright over the other one asked about with it
    order = parse(
        "c: Hallo! Kochbuch und Rezeptheft nach Wien?",
        "m: Ja, 10 € Versand nach Österreich.",
        "c: An Lena Gashi, Praterstraße 12, 1020 Wien, Tel 0664 1234567",
        catalog=BOOKS,
    )
    assert items(order) == [("COOK", 1, None), ("RECIPE", 1, None)]


TEA = Catalog(
    products=(
        CatalogProduct("TEA-SET", "Set çaji", ("tea set",), Decimal("45"), ("porcelan", "qelq")),
        CatalogProduct(
            "MUG", "Filxhan i madh", ("big mug",), Decimal("8"), ("250 ml", "400 ml")
        ),
    )
)  # fmt: skip


def test_a_pack_word_with_a_variant_of_its_own_product_is_that_product() -> None:
    # "the glass set": "set" is a pack word, but "glass" is a variant of the tea set itself,
    # asked about before
    order = parse(
        "c: Hello, do you have a glass tea set and a big mug?",
        "m: Yes: tea set in porcelain or glass 45 €, big mug 250 ml 8 € or 400 ml 10 €",
        "c: the bigger one please, and the glass set.",
        DETAILS,
        catalog=TEA,
    )
    assert sorted(items(order)) == [("MUG", 1, "400 ml"), ("TEA-SET", 1, "qelq")]


POLISH = Catalog(
    products=(
        CatalogProduct(
            "POLISH", "Llak thonjsh", (), Decimal("300"),
            ("10 ml bezhë", "10 ml rozë pastel", "15 ml bezhë", "15 ml rozë pastel"),
        ),
        CatalogProduct("FILE", "Limë thonjsh", (), Decimal("150"), ()),
    )
)  # fmt: skip


def test_the_small_ones_choose_among_the_variants_whose_words_the_merchant_said() -> None:
    # the merchant names the polish and the words "rozë pastel" of two of its variants; "the
    # small ones" then choose the small bottle among those, not the first small one listed
    order = parse(
        "c: Mirëdita, e pashë në story atë ngjyrën rozë të zbehtë, a e keni?",
        "m: Po, llak thonjsh rozë pastel, 10 ml 300 lekë, 15 ml 400 lekë",
        "c: më jep dy të voglat",
        DETAILS,
        catalog=POLISH,
    )
    assert items(order) == [("POLISH", 2, "10 ml rozë pastel")]


INK = Catalog(
    products=(
        CatalogProduct("INK-302", "Kartuçë boje HP 302", ("302",), Decimal("18"), ()),
        CatalogProduct("INK-650", "Kartuçë boje HP 650", ("650",), Decimal("15"), ()),
    )
)  # fmt: skip


def test_a_count_before_an_article_and_a_product_code_counts_that_product() -> None:
    # "3 te 302 dhe 1 te 650": codes that are whole names of the cartridges asked about
    order = parse(
        "c: A keni kartuçë HP 302 dhe HP 650?",
        "m: Po, 302 18 €, 650 15 €.",
        "c: dua 3 te 302 dhe 1 te 650",
        DETAILS,
        catalog=INK,
    )
    assert items(order) == [("INK-302", 3, None), ("INK-650", 1, None)]
