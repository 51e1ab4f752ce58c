"""Session 21 (dev44, second pass over both halves): rules read from the courier and the
memorial maker of dev44, each tested here in another trade. Invented shops and sentences, none
from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

MOVERS = Catalog(
    currency="MKD",
    products=(
        CatalogProduct("TR-SK", "Trasferim mobiliesh brenda Shkupit", (), Decimal(3000), ()),
        CatalogProduct(
            "TR-MK", "Trasferim mobiliesh në qytetet e tjera të Maqedonisë", (), Decimal(6000), ()
        ),
        CatalogProduct("TR-KS", "Trasferim mobiliesh për Kosovë", (), Decimal(9000), ()),
        CatalogProduct("KUTI", "Kuti kartoni", (), Decimal(60), ("e vogël", "e madhe")),
    ),
)

FLORIST = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TRND", "Trëndafil", (), Decimal("1.5"), ("i kuq", "i bardhë")),
        CatalogProduct("LETER", "Letër ambalazhi", (), Decimal(3), ()),
        CatalogProduct("KARTE", "Kartolinë", (), Decimal(2), ()),
    ),
)


def test_the_order_town_chooses_the_product_sold_for_its_place() -> None:
    """A removals firm (the rule came from a courier's parcels by zone): "trasferim mobiliesh"
    fits the moves within Skopje, to other Macedonian towns and to Kosovo alike; the order's
    town (Tetovo, in North Macedonia, not Skopje) chooses the move to the other Macedonian
    towns."""
    order = parse(
        "c: pershendetje, kam nevoje per nje trasferim mobiliesh, sa kushton?",
        "m: Po, trasferimi kushton sipas vendit. Ku shkojnë mobiliet?",
        "c: ok e marr. Drita Berisha, Rr. Iliria 5, Tetovë. 070 123 456",
        catalog=MOVERS,
        country="MK",
    )
    assert ("TR-MK", 1, None) in items(order)
    assert all(p not in ("TR-SK", "TR-KS") for p, _q, _v in items(order))


def test_a_count_reckoned_by_its_price_without_a_times_sign_counts_the_line() -> None:
    """A florist (the rule came from a memorial maker's letters to engrave): "21 lule, 1.5€ =
    31.5€" is 21 × 1.5 = 31.5 with the "×" left unwritten: the red roses are 21."""
    order = parse(
        "c: pershendetje, dua trendafila te kuq, nga nje per cdo vit martese",
        "m: Urime! Sa vite bëni? Trëndafili 1.5€.",
        "c: u martuam ne vitin 2004 😊",
        "m: Atëherë dalin 21 lule, 1.5€ = 31.5€. T'i përgatisim?",
        "c: po, edhe nje kartoline. Arta Krasniqi 044 222 333",
        "m: Kartolina 2€, gjithsej 33.5€.",
        catalog=FLORIST,
        country="XK",
    )
    assert ("TRND", 21, "i kuq") in items(order)
    assert ("KARTE", 1, None) in items(order)
