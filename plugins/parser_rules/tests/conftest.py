"""A small shop invented for the tests (not taken from any corpus)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from core.plugin_api import (
    Author,
    Catalog,
    CatalogProduct,
    ConversationMessage,
    ExtractedOrder,
    ParseContext,
)
from plugins.parser_rules.extract import extract

SHOP = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "JKT",
            "Xhup lëkure",
            ("xhupi i lekures", "leather jacket", "giacca di pelle", "Lederjacke"),
            Decimal("9000"),
            ("e zezë", "kafe"),
        ),
        CatalogProduct(
            "TSH",
            "Bluzë pambuku",
            ("bluze", "t-shirt", "maglietta", "T-Shirt"),
            Decimal("1500"),
            ("S", "M", "L", "XL"),
        ),
        CatalogProduct(
            "BOOT",
            "Çizme dimri",
            ("cizme", "winter boots", "stivali", "Winterstiefel"),
            Decimal("7000"),
            ("37", "38", "39", "40", "41"),
        ),
        CatalogProduct(
            "COF",
            "Kafe e bluar",
            ("kafe turke", "ground coffee", "caffè macinato", "Kaffee"),
            Decimal("600"),
            ("250 g", "500 g", "1 kg"),
        ),
        CatalogProduct(
            "OIL",
            "Vaj ulliri",
            ("olive oil", "olio d'oliva", "Olivenöl"),
            Decimal("1100"),
            ("1 L", "3 L"),
        ),
        CatalogProduct(
            "RING",
            "Unazë argjendi",
            ("unaze", "silver ring", "anello d'argento", "Silberring"),
            Decimal("4000"),
            (),
        ),
        CatalogProduct(
            "CUP",
            "Filxhan porcelani",
            ("filxhan", "cup", "tazzina", "Tasse"),
            Decimal("300"),
            ("e bardhë", "blu"),
        ),
    ),
)
CTX = ParseContext(channel="whatsapp", country="AL")


def conv(*lines: str) -> list[ConversationMessage]:
    """'c: text' lines are the customer's, 'm: text' the merchant's."""
    t0 = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
    out = []
    for k, line in enumerate(lines):
        who, text = line.split(":", 1)
        author: Author = "customer" if who.strip() == "c" else "merchant"
        out.append(
            ConversationMessage(author=author, text=text.strip(), at=t0 + timedelta(minutes=k))
        )
    return out


def parse(*lines: str, catalog: Catalog = SHOP, country: str = "AL") -> ExtractedOrder:
    return extract(conv(*lines), catalog, ParseContext(channel="whatsapp", country=country))


def items(order: ExtractedOrder) -> list[tuple[str | None, int, str | None]]:
    return [(i.product, i.quantity, i.variant) for i in order.items]


@pytest.fixture
def shop() -> Catalog:
    return SHOP


def catalog_of(*rows: tuple[str, str, str, tuple[str, ...]]) -> Catalog:
    """An invented shop from (sku, name, price, variants) rows, without aliases."""
    return Catalog(
        products=tuple(
            CatalogProduct(sku, name, (), Decimal(price), variants)
            for sku, name, price, variants in rows
        )
    )


def named_catalog(*rows: tuple[str, str]) -> Catalog:
    """An invented shop from (sku, name) rows: every price 500, no aliases, no variants."""
    return catalog_of(*((sku, name, "500", ()) for sku, name in rows))
