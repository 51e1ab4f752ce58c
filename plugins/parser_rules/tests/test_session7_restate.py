"""Session 7: the merchant restates the order with counts and the customer agrees (invented
shops of other trades than the sets these rules were read from)."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

BIKES = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "TYR", "Gomë biçiklete", ("gome", "bike tyre"), Decimal("1500"), ('26"', '28"', '29"')
        ),
        CatalogProduct("PMP", "Pompë dore", ("pompe", "pump"), Decimal("900"), ()),
    ),
)

FLOWERS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "BQT",
            "Buqetë trëndafila",
            ("buqete", "bouquet"),
            Decimal("3000"),
            ("e kuqe", "e bardhë", "rozë"),
        ),
        CatalogProduct("CRD", "Kartolinë urimi", ("kartoline", "card"), Decimal("200"), ()),
    ),
)


def test_split_restatement_of_measure_only_variants_said_by_number() -> None:
    # the inch mark is no token: "3 x 26\"" names the 26" variant in full
    order = parse(
        "c: Pershendetje, me duhen goma biciklete, 3 per 26 dhe 1 per 29",
        'm: Pershendetje! Gomat i kemi 26", 28" dhe 29". Pra 3 x 26" dhe 1 x 29"?',
        "c: po sakte. Arben Hoxha, Rr. Dibres 10, Tirane, 069 123 4567",
        catalog=BIKES,
    )
    assert sorted(items(order)) == [("TYR", 1, '29"'), ("TYR", 3, '26"')]


def test_one_product_restated_with_its_count_after_ok_colon() -> None:
    order = parse(
        "c: dua 2 buqeta, nji te kuqe nji te bardhe. Edhe kartolinat per to",
        "m: Ok: e kuqe + e bardhë, plus 2 kartolina.",
        "c: Mira Leka, Rr. Kavajes 12, Tirane, 068 222 3344",
        catalog=FLOWERS,
    )
    assert sorted(items(order)) == [
        ("BQT", 1, "e bardhë"),
        ("BQT", 1, "e kuqe"),
        ("CRD", 2, None),
    ]
