"""Session 13: the merchant's restatement of the whole order, accepted or not disputed, is the
order (invented shops and messages)."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.restated_order import RestatedOrder, _unread_parts
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.tests.conftest import items, parse

GREENGROCER = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("TOM", "Domate", ("domatet",), Decimal("120"), ("të kuqe", "qershi")),
        CatalogProduct("PAT", "Patate", (), Decimal("80"), ("të bardha", "të kuqe")),
        CatalogProduct("KAR", "Karota", (), Decimal("90"), ()),
    ),
)

DAIRY = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("GJZ", "Gjizë", (), Decimal("4"), ("500 g", "1 kg")),
        CatalogProduct("QMS", "Qumësht", (), Decimal("1"), ("1 L", "2 L")),
        CatalogProduct("KJM", "Kajmak", (), Decimal("5"), ("250 g", "500 g")),
    ),
)


def test_the_restated_order_drops_a_line_the_customer_took_back() -> None:
    order = parse(
        "c: Mirdita, 3 kg domate te kuqe, 2 kg patate te bardha dhe 1 kg karota",
        "m: Mirdita! Domate 3 kg, patate 2 kg, karota 1 kg",
        "c: karotat lene se i kemi. domatet me mire 4",
        "m: Pra: 4 domate të kuqe dhe 2 patate të bardha. Adresa?",
        "c: Blerta Hoxha, Rr. Dibres 40, Tirane, 069 222 3344",
        catalog=GREENGROCER,
    )
    assert sorted(items(order)) == [("PAT", 2, "të bardha"), ("TOM", 4, "të kuqe")]


def test_a_disputed_restatement_is_not_taken() -> None:
    reader = RestatedOrder(index_for(GREENGROCER))
    said = "Pra: 3 domate të kuqe dhe 1 karota. Adresa?"
    reader.merchant(3, said, frozenset({0, 2}), split_sentences(3, said))
    assert reader.last is not None
    reader.customer(split_sentences(4, "jo, vetem 2 domate"), False, True, False)
    assert not reader.accepted


def test_a_price_grouped_in_thousands_is_no_count() -> None:
    order = parse(
        "c: nje kajmak 500 g dhe dy qumesht 1 L",
        "m: Ok: kajmak 500 g 1.200, 2 qumësht 1 L. Adresa?",
        "c: Rr. Nena Tereze 5, Prizren, Arta Berisha 044 123 456",
        catalog=DAIRY,
    )
    assert sorted(items(order)) == [("KJM", 1, "500 g"), ("QMS", 2, "1 L")]


def test_a_counted_part_the_reader_cannot_place_voids_the_restatement() -> None:
    assert _unread_parts("3 Cherry + 2 patate", [], index_for(DAIRY))
    assert not _unread_parts("Pra, kajmak dhe gjize", [], index_for(DAIRY))


def test_hostile_merchant_text_stays_safe() -> None:
    big = "Pra: " + "2 domate + " * 10_000 + "\x00\x07 Adresa?"
    order = parse("c: 2 kg domate te kuqe", "m: " + big, "c: po", catalog=GREENGROCER)
    assert all(q <= 500 for _p, q, _v in items(order))
