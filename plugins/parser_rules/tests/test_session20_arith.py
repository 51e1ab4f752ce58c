"""Session 20 (arithmetic): the counts the shop's own arithmetic and totals state
(``arithmetic.py``, ``totals._total_counts``). Invented shops and sentences, none from a corpus:
a sign maker, a bicycle hire, a stationery shop, an electrician's supplies, a hostel."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct, ExtractedItem
from plugins.parser_rules.arithmetic import terms_in
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.normalize import clean
from plugins.parser_rules.tests.conftest import items, parse
from plugins.parser_rules.totals import fit_total

SIGNS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "LTR", "Shkronjë metalike e ndriçuar", ("shkronja metalike",), Decimal(12), ()
        ),
        CatalogProduct("PLT", "Pllakë akrilike me adresë", ("pllake",), Decimal(35), ()),
        CatalogProduct("MNT", "Montim në fasadë", ("montim",), Decimal(40), ()),
    ),
)


def test_the_shops_multiplication_counts_the_line() -> None:
    # the name on both sides of the front: 9 letters x 2 sides at 12€ is 18 letters
    o = parse(
        "c: Pershendetje, dua emrin e dyqanit me shkronja metalike: LULE DITA, ne te dy anet",
        "m: LULE DITA në të dy anët: 9 germa × 2 anë × 12€ = 216€. Montim?",
        "c: jo, e montojme vete. Arben Gashi, Rr. Nëna Terezë 5, Gjakovë, 049 312 404",
        catalog=SIGNS,
    )
    assert items(o) == [("LTR", 18, None)]


def test_a_sum_of_products_counts_each_line_and_adds_the_one_its_price_names() -> None:
    # "2 x 12 + 1 x 35 = 59": the letters and the plate
    o = parse(
        "c: dua shkronja metalike per hyrjen edhe nje tabele me adresen",
        "m: 2 x 12 + 1 x 35 = 59€. Adresa?",
        "c: Ilir Hoxha, Rr. Dardania 3, Prizren, 044 118 220",
        catalog=SIGNS,
    )
    assert items(o) == [("LTR", 2, None), ("PLT", 1, None)]


def test_a_count_the_customer_changes_after_the_arithmetic_stands() -> None:
    # guard (passes with or without the rule): the shop's "4 x 12€" is older than the "5"
    o = parse(
        "c: dua shkronja metalike per emrin ARTA",
        "m: ARTA: 4 x 12€",
        "c: shtoni edhe nje yll, beji 5 shkronja metalike",
        "m: Ne rregull. Adresa?",
        "c: Arta Kelmendi, Rr. Iliria 9, Pejë, 045 220 118",
        catalog=SIGNS,
    )
    assert items(o) == [("LTR", 5, None)]


BIKES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "BIKE",
            "Qira biçiklete malore",
            ("biçikletë", "bicikleta"),
            Decimal(15),
            ("e rritur", "fëmijë"),
        ),
        CatalogProduct("HELM", "Helmetë", ("helmete", "kaske"), Decimal(3), ()),
    ),
)


def test_counts_multiplied_alone_count_the_variant_their_words_name() -> None:
    # "2 të rritur × 3 ditë = 6": the adults' bikes are six bike-days, the child's three
    o = parse(
        "c: duam bicikleta per 3 dite: 2 per te rritur dhe 1 per femije",
        "m: 2 të rritur × 3 ditë = 6, 1 fëmijë × 3 ditë = 3. Gjithsej 9 × 15€ = 135€. Emri?",
        "c: Besa Morina 049 220 310, i marrim vete",
        catalog=BIKES,
    )
    assert sorted(items(o)) == [("BIKE", 3, "fëmijë"), ("BIKE", 6, "e rritur")]


def test_a_size_or_a_measure_multiplied_counts_nothing() -> None:
    # "2x3 m" is a size, "3 x 250 g = 750 g" right but of a measure: neither counts a line
    low = [
        (
            [f.value for f in t.factors],
            t.checked,
            [f.measure for f in t.factors],
        )
        for t in terms_in(0, "Tenda 2x3 m, 3 x 250 g kafe = 750 g")
    ]
    assert low == [
        ([Decimal(2), Decimal(3)], False, [False, True]),
        ([Decimal(3), Decimal(250)], True, [False, True]),
    ]
    assert [t.checked for t in terms_in(0, "3×1200 + 4×600 = 6000 den")] == [True, True]
    assert [t.checked for t in terms_in(0, "3×1200 + 4×600 = 6100 den")] == [False, False]


ELECTRIC = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SOCK", "Prizë e thjeshtë", ("prize",), Decimal("2.9"), ("e bardhë",)),
        CatalogProduct("SWCH", "Çelës drite", ("celes",), Decimal("2.7"), ("e bardhë",)),
        CatalogProduct("BRKR", "Siguresë automatike", ("automat",), Decimal(4), ("16A",)),
    ),
)


def _texts(*lines: str) -> list[tuple[int, str, str]]:
    return [
        (k, "customer" if line.startswith("c:") else "merchant", clean(line[2:].strip()))
        for k, line in enumerate(lines)
    ]


def _line(catalog: Catalog, sku: str, qty: int, variant: str | None = None) -> ExtractedItem:
    entry = next(p for p in catalog.products if p.sku == sku)
    return ExtractedItem(sku, entry.name, qty, variant, entry.price)


def _fitted(
    catalog: Catalog, lines: list[ExtractedItem], *texts: str
) -> list[tuple[str | None, int, str | None]]:
    fit_total(lines, _texts(*texts), index_for(catalog))
    return sorted((it.product, it.quantity, it.variant) for it in lines)


def test_the_total_alone_counts_the_one_line_it_can() -> None:
    # 12 x 2.9 + 10 x 2.7 + 5 x 4 = 81.80: only the sockets' count, 12, makes the total
    got = _fitted(
        ELECTRIC,
        [
            _line(ELECTRIC, "SOCK", 20, "e bardhë"),
            _line(ELECTRIC, "SWCH", 10, "e bardhë"),
            _line(ELECTRIC, "BRKR", 5, "16A"),
        ],
        "c: 20 priza, 10 celesa, 5 automata. jo prit, prizat 12 mjaftojne",
        "m: Faleminderit. Totali 81.80€",
    )
    assert got == [("BRKR", 5, "16A"), ("SOCK", 12, "e bardhë"), ("SWCH", 10, "e bardhë")]


def test_the_total_leaves_a_line_the_customer_names_after_it() -> None:
    # guard (passes with or without the rule): the total is older than the customer's words
    got = _fitted(
        ELECTRIC,
        [_line(ELECTRIC, "SOCK", 20, "e bardhë"), _line(ELECTRIC, "SWCH", 10, "e bardhë")],
        "c: 20 priza, 10 celesa. jo, 12 priza",
        "m: Totali 61.80€",
        "c: prizat i dua te bardha",
    )
    assert got == [("SOCK", 20, "e bardhë"), ("SWCH", 10, "e bardhë")]


def test_the_total_leaves_the_lines_when_the_shop_quoted_other_prices() -> None:
    # guard (passes with or without the rule): "3.50€ copa" is no catalog price of these
    # lines, so the catalog cannot count them
    got = _fitted(
        ELECTRIC,
        [_line(ELECTRIC, "SOCK", 20, "e bardhë"), _line(ELECTRIC, "SWCH", 10, "e bardhë")],
        "c: 20 priza, 10 celesa. jo, 12 priza",
        "m: Prizat 3.50€ copa",
        "m: Totali 61.80€",
    )
    assert got == [("SOCK", 20, "e bardhë"), ("SWCH", 10, "e bardhë")]


HOSTEL = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BED", "Shtrat në dhomë të përbashkët", ("shtrat",), Decimal(14), ()),
        CatalogProduct("TOWEL", "Peshqir me qira", ("peshqir",), Decimal(2), ()),
    ),
)


def test_the_total_counts_a_line_in_two_numbers_the_customer_gave() -> None:
    # 4 people, 3 nights: 12 bed-nights x 14 + 4 towels x 2 = 176
    got = _fitted(
        HOSTEL,
        [_line(HOSTEL, "BED", 1), _line(HOSTEL, "TOWEL", 4)],
        "c: jemi 4 persona, per 3 net, ne dhomen e perbashket. edhe 4 peshqire",
        "m: Gjithsej 176€, pagesa ne recepsion",
    )
    assert got == [("BED", 12, None), ("TOWEL", 4, None)]


def test_the_total_counts_two_lines_when_one_assignment_fits() -> None:
    # 4 people, 3 nights: 12 bed-nights x 14 and 4 towels x 2 make 176; no other pair of the
    # customer's counts does, and no one line alone
    got = _fitted(
        HOSTEL,
        [_line(HOSTEL, "BED", 1), _line(HOSTEL, "TOWEL", 1)],
        "c: jemi 4 persona, per 3 net, ne dhomen e perbashket. edhe peshqire per te gjithe",
        "m: Gjithsej 176€, pagesa ne recepsion",
    )
    assert got == [("BED", 12, None), ("TOWEL", 4, None)]


def test_the_total_changes_nothing_when_two_assignments_fit() -> None:
    # guard (passes with or without the rule): 6 x 14 + 4 x 2 and 4 x 14 + 18 x 2 both make 92
    got = _fitted(
        HOSTEL,
        [_line(HOSTEL, "BED", 1), _line(HOSTEL, "TOWEL", 1)],
        "c: 2 persona, 3 net, 4 peshqire, ose 6 net e 18 peshqire, s'e di",
        "m: Gjithsej 92€",
    )
    assert got == [("BED", 1, None), ("TOWEL", 1, None)]


def test_the_shops_own_price_in_its_multiplication_counts_the_product_it_names() -> None:
    # the lit letters cost 14€ here, not the catalog's 12€: the count is still 9 x 2
    o = parse(
        "c: dua emrin LULE DITA me shkronja metalike, ne te dy anet e fasades",
        "m: Shkronja metalike: 9 germa × 2 anë × 14€ = 252€. Adresa?",
        "c: Arben Gashi, Rr. Nëna Terezë 5, Gjakovë, 049 312 404",
        catalog=SIGNS,
    )
    assert items(o) == [("LTR", 18, None)]


STABLE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BOX", "Boks për kalë (për natë)", ("boks",), Decimal(18), ()),
        CatalogProduct("HAY", "Bar i thatë (bale)", ("bar",), Decimal(6), ()),
    ),
)


def test_counts_alone_count_the_line_sold_per_their_unit() -> None:
    # "2 kuaj × 4 net = 8" names no product, but the box is sold per night: 8 box-nights
    o = parse(
        "c: na duhen boksa per kuajt per garen e fundjaves, jane 2 kuaj. edhe 3 bale bar",
        "m: Po, nga e enjtja deri të hënën: 2 kuaj × 4 net = 8. Emri?",
        "c: Genti Lala 069 880 2211",
        catalog=STABLE,
    )
    assert sorted(items(o)) == [("BOX", 8, None), ("HAY", 3, None)]
