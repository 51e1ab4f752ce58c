"""Session 21 (counts): one reader of the shop's "count × price" (``arithmetic.stated_counts``,
which took over ``per_unit.priced_counts``) and one clock reader (``numbers.clock_at``,
``numbers.time_after``). Invented shops and sentences, none from a corpus: a carpet cleaner, a
bicycle repair shop and a lake-fishing permit office."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.numbers import clock_at, coming_time, time_after
from plugins.parser_rules.tests.conftest import items, parse

CARPETS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("WASH", "Larje qilimi (copë)", ("larje", "larja"), Decimal(1500), ()),
        CatalogProduct("DRY", "Tharje me makinë", ("tharje",), Decimal(2500), ()),
    ),
)


def test_the_hour_of_the_customers_coming_is_no_new_count() -> None:
    """A carpet cleaner: the shop's "2 × 1500 lekë" counts the wash; the customer's "do vij ne
    6" after it is when she brings the rugs, not a count that makes the reckoning stale."""
    o = parse(
        "c: dua larje per qilimat e shtepise, njeri i madh tjetri i vogel",
        "m: Në rregull, vetëm larja, 2 × 1500 lekë.",
        "c: mire. Drita Kola, do vij ne 6",
        catalog=CARPETS,
    )
    assert items(o) == [("WASH", 2, None)]


BIKES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TUBE", "Tube change", ("tube", "inner tube"), Decimal(8), ()),
        CatalogProduct("TUNE", "Full service", ("service", "tune up"), Decimal(45), ()),
    ),
)


def test_coming_at_an_hour_in_english_is_no_new_count() -> None:
    """A bicycle repair shop: "3 x 8 €" counts the tube changes; "I'll come at 5" is when."""
    o = parse(
        "c: hi, our family bikes all have flat tyres, I'd like a tube change for each",
        "m: Sure, tube change 3 x 8 € for the three bikes.",
        "c: great, I'll come at 5",
        catalog=BIKES,
    )
    assert items(o) == [("TUBE", 3, None)]


def test_a_count_after_the_reckoning_still_changes_it() -> None:
    """Guard (passes with or without the rule): a number that is no hour of coming, said after
    the shop's "3 x 8 €", is the customer's new count."""
    o = parse(
        "c: hi, I'd like a tube change for each of our bikes",
        "m: Sure, tube change 3 x 8 €.",
        "c: actually make it 2 tube changes, I'll come at 5",
        catalog=BIKES,
    )
    assert items(o) == [("TUBE", 2, None)]


PERMITS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "PERMIT", "Leje peshkimi (për person në ditë)", ("leje", "leja"), Decimal(6), ()
        ),
        CatalogProduct("BOAT", "Varkë me rrema (në ditë)", ("varke", "varka"), Decimal(20), ()),
    ),
)


def test_people_times_days_count_the_line_without_a_result() -> None:
    """A lake-fishing permit office: the shop's confirmation "leje 2 persona × 2 ditë" (no "=")
    is four person-days of the permit; people and days are no size, so no result is needed
    (the people equal the days, so the per-day reader takes the 2 for a count already
    multiplied)."""
    o = parse(
        "c: pershendetje, une dhe vellai duam te peshkojme ne liqen fundjaven e gjate",
        "m: Po. Leja kushton 6€ për person në ditë.",
        "c: ok, dua lejen per te dy",
        "m: U regjistrua: leje 2 persona × 2 ditë. Shihemi në mol!",
        catalog=PERMITS,
    )
    assert items(o) == [("PERMIT", 4, None)]


def test_a_size_without_a_result_counts_nothing() -> None:
    """Guard (passes with or without the rule): "2 × 3" with no words is no count of people or
    days."""
    o = parse(
        "c: dua nje varke per neser",
        "m: Varka 2 × 3 metra, 20€ në ditë.",
        "c: ok",
        catalog=PERMITS,
    )
    assert items(o) == [("BOAT", 1, None)]


def test_one_clock_reader_reads_hours_and_minutes() -> None:
    raw = "nga 18:30 deri 20:00, jo 15:5 as 25"
    toks = tokenize(raw)
    at = {t.text: k for k, t in enumerate(toks)}
    assert clock_at(toks, raw, at["18"]) == (18, 30, at["18"] + 2)
    assert clock_at(toks, raw, at["20"]) == (20, 0, at["20"] + 2)
    assert clock_at(toks, raw, at["15"]) is None  # a colon without minutes
    assert clock_at(toks, raw, at["25"]) is None  # no hour


def test_the_time_of_a_coming_is_read_after_its_link() -> None:
    toks = tokenize("do vij ne 5, jo ne 5 dite")
    assert time_after(toks, 2) == 3
    assert coming_time(toks, 3)
    assert not coming_time(toks, 7)  # "ne 5 dite" after no coming verb: days
    assert time_after(tokenize("vij 15 minuta"), 1) == 1
