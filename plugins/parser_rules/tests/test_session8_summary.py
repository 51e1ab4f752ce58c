"""Session 8: the merchant's restatement of the order, accepted by the customer, is the order
(invented shops of other trades; invented messages)."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

JERSEYS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "JRS", "Fanellë futbolli", ("fanelle", "football shirt"), Decimal("25"), ("S", "M", "L")
        ),
        CatalogProduct("SCK", "Çorape futbolli", ("corape", "socks"), Decimal("6"), ()),
    ),
)

CAPS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("CAP-R", "Kapelë bejsbolli e kuqe", ("red cap",), Decimal("12"), ("M", "L")),
        CatalogProduct("CAP-B", "Kapelë bejsbolli blu", ("blue cap",), Decimal("12"), ("M", "L")),
    ),
)


def test_of_course_colon_opens_a_restatement_by_variant() -> None:
    order = parse(
        "c: Hi, 3 football shirts for my sons please, sizes as in the photo I sent",
        "m: Of course: 2 x M, 1 x L.",
        "c: yes thanks",
        "c: Tom Baker, Rr. Kavajes 4, Tirane, 069 111 2233",
        catalog=JERSEYS,
    )
    assert sorted(items(order)) == [("JRS", 1, "L"), ("JRS", 2, "M")]


def test_a_short_preface_and_a_colon_in_other_languages() -> None:
    for words in ("S'ka problem:", "Nessun problema:", "Sure:", "Dakle:", "Shënuar:"):
        order = parse(
            "c: dua 3 fanella futbolli per djemte, masat si ne foto",
            f"m: {words} 1 x S, 2 x L.",
            "c: Arta Gashi, Rr. Dardania 5, Prishtine, 044 555 666",
            catalog=JERSEYS,
        )
        assert sorted(items(order)) == [("JRS", 1, "S"), ("JRS", 2, "L")], words


def test_a_line_naming_another_product_is_not_a_variant_line() -> None:
    # "blue L x1" restates the blue cap, not a second line of the red one
    order = parse(
        "c: pershendetje, 1 red cap M dhe 1 blue cap L",
        "m: Done: red M x1, blue L x1.",
        "c: Dea Hoxha, Rr. Elbasanit 20, Tirane, 068 333 4455",
        catalog=CAPS,
    )
    assert sorted(items(order)) == [("CAP-B", 1, "L"), ("CAP-R", 1, "M")]


TYRES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "TYR",
            "Gomë makine",
            ("gome", "tyre"),
            Decimal("70"),
            ("Dimri 16", "Dimri 17", "Verë 16", "Verë 17"),
        ),
        CatalogProduct("VLV", "Valvul gome", ("valvul", "valve"), Decimal("2"), ()),
    ),
)

BOLTS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "BLT", "Bulon çeliku", ("bulon", "steel bolt"), Decimal("1"), ("8", "10", "12")
        ),
        CatalogProduct("NUT", "Dado çeliku", ("dado", "nut"), Decimal("0.5"), ()),
    ),
)


def test_the_count_before_a_variant_with_a_number_is_no_part_of_it() -> None:
    # "2 Dimri 16": the 2 is the count, not a hint of another variant; the name given alone
    # in between changes nothing, so the address still takes the restatement
    order = parse(
        "c: pershendetje, me duhen goma 16 per golfin, dy te dimrit dhe dy te veres",
        "m: Ok: 2 Dimri 16 dhe 2 Verë 16.",
        "c: Agim Berisha",
        "c: Rr. Dardania 12, Prishtine, 044 222 333",
        catalog=TYRES,
    )
    assert sorted(items(order)) == [("TYR", 2, "Dimri 16"), ("TYR", 2, "Verë 16")]


def test_counts_that_are_also_sizes_in_an_english_restatement() -> None:
    order = parse(
        "c: Hi, we need steel bolts, 20 of the 12s and 10 of the 8s, plus 30 nuts",
        "m: Noted: 20 × 12, 10 × 8, 30 nuts.",
        "c: Dritan Kola, Rr. Durresit 3, Tirane, 069 555 1122",
        catalog=BOLTS,
    )
    assert sorted(items(order)) == [("BLT", 10, "8"), ("BLT", 20, "12"), ("NUT", 30, None)]


HONEY = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "HNY", "Mjaltë mali", ("mjalte", "mountain honey"), Decimal("1500"), ("500 g", "1 kg")
        ),
        CatalogProduct(
            "PRP", "Tretësirë propolisi", ("propolis",), Decimal("900"), ("30 ml", "50 ml")
        ),
    ),
)


def test_the_variant_restated_and_accepted_replaces_the_lines_own() -> None:
    # the customer accepts the shop's line: the big jars, whatever was read before
    order = parse(
        "c: pershendetje, dua 2 kavanoza mjalte 500 g",
        "c: a jo, ma mire te medhat, se jemi shume",
        "m: Ok: 2 x 1 kg mjaltë mali + propolis 30 ml = 3900 lekë. Ku ta dërgojmë?",
        "c: Lule Krasniqi, Rr. Dardania 7, Prishtine, 044 123 456",
        catalog=HONEY,
    )
    assert sorted(items(order)) == [("HNY", 2, "1 kg"), ("PRP", 1, "30 ml")]


def test_italian_restatement_adds_the_uncounted_line_the_shop_named() -> None:
    # the customer described the second product in words the catalog lacks
    order = parse(
        "c: Ciao! Vorrei 2 vasetti di miele da 1 kg e qualcosa per la tosse dei bambini",
        "m: Allora: 2 x 1 kg mjaltë mali + propolis 30 ml. Va bene?",
        "c: sì perfetto. Giulia Rossi, Rr. Kavajes 9, Tirane, 069 777 8899",
        catalog=HONEY,
    )
    assert sorted(items(order)) == [("HNY", 2, "1 kg"), ("PRP", 1, "30 ml")]


def test_one_line_restated_after_the_customer_adds_to_it() -> None:
    order = parse(
        "c: dua fanella futbolli, nje M per mua dhe nje L per babin",
        "m: Pra: 1 x M, 1 x L. 50€.",
        "c: po. prit se vllai tha edhe ai e don nje si e imja",
        "m: Ok, 2 fanella M. Tani 75€.",
        "c: Besa Krasniqi, Rr. Dardania 5, Prishtine, 044 555 666",
        catalog=JERSEYS,
    )
    assert sorted(items(order)) == [("JRS", 1, "L"), ("JRS", 2, "M")]


def test_a_measure_after_the_name_is_no_one_line_restatement() -> None:
    # "Po, fanella M 25€": the merchant's answer, not a restated count
    order = parse(
        "c: a keni fanella futbolli M?",
        "m: Po, fanella M, 25€.",
        "c: mire, dua nje. Besa Krasniqi, Rr. Dardania 5, Prishtine, 044 555 666",
        catalog=JERSEYS,
    )
    assert sorted(items(order)) == [("JRS", 1, "M")]


def test_a_counted_sum_naming_one_product_is_a_restatement() -> None:
    order = parse(
        "c: pershendetje, dua 2 goma dimri 16 edhe valvula",
        "c: a jo, per te gjitha rrotat e kamionit",
        "m: 6 × gomë Dimri 16 + 6 × valvul. Adresa?",
        "c: Ilir Gashi, Rr. Dardania 12, Prishtine, 044 222 333",
        catalog=TYRES,
    )
    assert sorted(items(order)) == [("TYR", 6, "Dimri 16"), ("VLV", 6, None)]


PIPES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("PIPE", "Tub bakri", ("copper pipe",), Decimal("4"), ("15 mm", "22 mm")),
        CatalogProduct("ELB", "Bërryl bakri", ("elbow",), Decimal("1"), ("S15", "S22")),
    ),
)


def test_a_counted_sum_with_one_named_product_and_a_variant_line() -> None:
    # the customer counts in boxes, the shop restates in pieces; "10 × S15" names no product
    order = parse(
        "c: pershendetje, me duhen 2 pako tub bakri 15 mm dhe 10 berryla",
        "m: 40 × tub bakri 15 mm + 10 × S15. Adresa?",
        "c: Ilir Gashi, Rr. Dardania 12, Prishtine, 044 222 333",
        catalog=PIPES,
    )
    assert ("PIPE", 40, "15 mm") in items(order)
