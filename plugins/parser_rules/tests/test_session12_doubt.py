"""Session 12: ``ExtractedOrder.uncertain``, the merchant's restatement of a count or a line that
the order's lines do not hold. Invented shops and sentences (no corpus lines)."""

from __future__ import annotations

import dataclasses
import time
from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct, Evidence, ExtractedItem, ExtractedOrder
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.segments import Sentence, split_sentences
from plugins.parser_rules.tests.conftest import items, parse
from plugins.parser_rules.uncertain_counts import MAX_FLAGS, uncertain_counts

# a model-railway shop
TRAINS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("WAG", "Vagon mallrash", (), Decimal("18"), ("H0", "N")),
        CatalogProduct("LOK", "Lokomotivë me avull", (), Decimal("95"), ("H0", "N")),
        CatalogProduct("BIN", "Binar i drejtë", (), Decimal("3"), ()),
        CatalogProduct("TRE", "Pemë miniaturë", (), Decimal("2"), ("e gjelbër", "vjeshtë")),
    ),
)

DETAILS = "c: Arbër Doda, rr. Qemal Stafa 21, Durrës, 069 412 7730"


def flagged(order: ExtractedOrder) -> list[str]:
    return [e.text for e in order.uncertain]


def _sents(*lines: str) -> tuple[list[Sentence], list[Sentence]]:
    """The merchant's and the customer's sentences of ``"m: …"`` / ``"c: …"`` lines."""
    merchant: list[Sentence] = []
    customer: list[Sentence] = []
    for i, line in enumerate(lines):
        who, text = line.split(": ", 1)
        (merchant if who == "m" else customer).extend(split_sentences(i, text))
    return merchant, customer


def _lines(*spec: tuple[str, int, str | None]) -> list[tuple[int, ExtractedItem]]:
    index = index_for(TRAINS)
    out = []
    for sku, qty, variant in spec:
        entry = index.by_sku[sku]
        out.append((entry.index, ExtractedItem(sku, entry.name, qty, variant)))
    return out


def check(lines: list[tuple[int, ExtractedItem]], *talk: str) -> list[str]:
    merchant, customer = _sents(*talk)
    return [e.text for e in uncertain_counts(index_for(TRAINS), lines, merchant, customer)]


# --- what it flags -----------------------------------------------------------------------


def test_a_count_after_the_variant_that_differs_from_the_line() -> None:
    lines = _lines(("WAG", 1, "H0"), ("WAG", 1, "N"))
    got = check(lines, "c: dua vagona mallrash H0 dhe N", "m: Vagon mallrash H0 ×3, N ×1 = 72 €")
    assert got == ["Vagon mallrash H0 ×3"]


def test_a_variant_alone_with_its_count_goes_to_the_product_named_before() -> None:
    lines = _lines(("TRE", 4, "e gjelbër"))
    got = check(lines, "c: pema te gjelbra", "m: Pemë miniaturë e gjelbër x4, vjeshtë x6")
    assert got == ["vjeshtë x6"]  # a line the parser does not have


def test_a_variant_alone_in_a_segment_names_the_one_product_sold_in_it() -> None:
    lines = _lines(("TRE", 10, "vjeshtë"), ("BIN", 12, None))
    got = check(lines, "c: pemë vjeshte dhe binare", "m: Ok: 12 binarë, 6 vjeshtë")
    assert got == ["6 vjeshtë"]


def test_a_count_before_the_name_against_the_products_total() -> None:
    lines = _lines(("BIN", 3, None))
    got = check(lines, "c: binare te drejta", "m: Në rregull, 8 binarë të drejtë, 24 €.")
    assert got == ["8 binarë të drejtë"]


def test_a_count_times_a_unit_price() -> None:
    lines = _lines(("BIN", 3, None))
    assert check(lines, "c: binare", "m: Binar i drejtë 5 × 300 lekë") == ["Binar i drejtë 5"]


def test_the_evidence_is_the_merchants_words() -> None:
    merchant, customer = _sents("c: binare", "m: Pra 8 binarë të drejtë.")
    got = uncertain_counts(index_for(TRAINS), _lines(("BIN", 3, None)), merchant, customer)
    assert got == [Evidence(1, 4, 22, "8 binarë të drejtë")]


def test_at_most_a_few_flags() -> None:
    lines = _lines(("BIN", 1, None))
    talk = [f"m: {n + 2} binarë" for n in range(30)]
    assert len(check(lines, *talk)) <= MAX_FLAGS


# --- what it leaves alone ----------------------------------------------------------------


def test_a_restatement_that_agrees_is_quiet() -> None:
    lines = _lines(("WAG", 3, "H0"), ("WAG", 1, "N"), ("BIN", 8, None))
    assert check(lines, "c: …", "m: Vagon mallrash H0 ×3, N ×1 dhe 8 binarë = 114 €") == []


def test_a_breakdown_in_brackets_counts_the_products_lines_together() -> None:
    lines = _lines(("LOK", 1, "H0"), ("LOK", 1, "N"))
    assert check(lines, "c: …", "m: Ok: 2 lokomotiva me avull (H0 + N), 190 €") == []


def test_prices_sizes_codes_and_pack_contents_are_no_counts() -> None:
    lines = _lines(("BIN", 1, None), ("TRE", 1, "vjeshtë"))
    for said in (
        "m: Binar i drejtë 2.900 lekë",
        "m: Binari i drejtë vjen në pako me 6",
        "m: Binar i drejtë 33x33 cm",
        "m: Pemë miniaturë vjeshtë 12 €",
        "m: Binar i drejtë (12 copë në kuti)",
    ):
        assert check(lines, "c: …", said) == [], said


def test_a_question_or_options_state_nothing() -> None:
    lines = _lines(("BIN", 1, None))
    assert check(lines, "c: …", "m: 4 binarë të drejtë apo 6?") == []
    assert check(lines, "c: …", "m: Sa binarë ju duhen, 4 binarë?") == []


def test_a_restatement_before_the_customers_correction_is_out_of_date() -> None:
    lines = _lines(("BIN", 5, None))
    got = check(lines, "c: 8 binare", "m: Ok, 8 binarë të drejtë.", "c: jo, me mire beji 5")
    assert got == []


def test_a_later_restatement_wins() -> None:
    lines = _lines(("BIN", 5, None))
    assert check(lines, "m: Ok, 8 binarë të drejtë.", "m: Pra 5 binarë të drejtë.") == []


def test_a_plain_right_order_is_not_flagged() -> None:
    order = parse(
        "c: Përshëndetje, dua 2 vagona mallrash H0 dhe 6 binarë të drejtë",
        "m: Ok: 2 x vagon mallrash H0 + 6 binarë = 54 €. Adresa?",
        DETAILS,
        catalog=TRAINS,
    )
    assert sorted(items(order)) == [("BIN", 6, None), ("WAG", 2, "H0")]
    assert order.uncertain == []


def test_an_order_with_no_restatement_is_not_flagged() -> None:
    order = parse("c: dua nje lokomotive me avull N", DETAILS, catalog=TRAINS)
    assert items(order) == [("LOK", 1, "N")]
    assert order.uncertain == []


def test_the_signal_changes_no_other_field() -> None:
    talk = ("c: dua 2 vagona mallrash H0", "m: Vagon mallrash H0 ×3 = 54 €", DETAILS)
    order = parse(*talk, catalog=TRAINS)
    plain = dataclasses.replace(order, uncertain=[])
    again = parse(*talk, catalog=TRAINS)
    again.uncertain = []
    assert plain == again


# --- hostile input ---------------------------------------------------------------------------


def test_a_100_kb_merchant_message_stays_fast_and_bounded() -> None:
    text = "Ok: " + "vjeshtë x6, 3 binarë, Vagon mallrash H0 ×2, " * 3000
    text = text[:100_000]
    t0 = time.perf_counter()
    order = parse("c: dua 1 binar te drejte", "m: " + text, DETAILS, catalog=TRAINS)
    assert time.perf_counter() - t0 < 5.0
    assert len(order.uncertain) <= MAX_FLAGS


def test_control_characters_are_harmless() -> None:
    order = parse(
        "c: dua 2 binarë\x00\x07 të drejtë",
        "m: Ok:\x1b 5\x00 binarë\x08 të drejtë\x0c",
        DETAILS,
        catalog=TRAINS,
    )
    assert len(order.uncertain) <= MAX_FLAGS
    for e in order.uncertain:
        assert 0 <= e.start < e.end


def test_a_10000_product_catalog_stays_fast() -> None:
    big = Catalog(
        currency="EUR",
        products=TRAINS.products
        + tuple(
            CatalogProduct(f"X{n}", f"Artikull modeli {n} seri{n % 97}", (), None, ("A", "B"))
            for n in range(10_000)
        ),
    )
    parse("c: binar", catalog=big)  # the index is built once
    t0 = time.perf_counter()
    order = parse(
        "c: dua 2 binarë të drejtë dhe pemë vjeshtë",
        "m: Ok: 5 binarë të drejtë, vjeshtë x3, A x2, B ×4",
        DETAILS,
        catalog=big,
    )
    assert time.perf_counter() - t0 < 5.0
    assert len(order.uncertain) <= MAX_FLAGS
