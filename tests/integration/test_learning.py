"""Learning from the merchant: the customer's words for a product become its alias, and the
next conversation that uses them is matched."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from core import tenancy
from core.runtime import services as open_services
from core.runtime_state import Services
from core.services import catalog, channels
from core.tables import Order, OrderItem
from core.types import InboundItem
from tests.conftest import Account, Platform
from workers.ingest import ingest_conversation

CATALOG = {
    "currency": "ALL",
    "products": [
        {
            "sku": "JKT-01",
            "name": "Xhakete lekure",
            "aliases": [],
            "price": 9000,
            "variants": ["S", "M", "L"],
        },
        {"sku": "BAG-01", "name": "Cante dore", "aliases": [], "price": 3000, "variants": []},
    ],
}


@pytest.fixture
async def svc(platform: Platform, settings: Any, db: Any) -> AsyncIterator[Services]:
    own = dataclasses.replace(settings, queue_name=f"porosia:test:{uuid.uuid4().hex[:8]}")
    async with open_services(own, platform.redis_url) as services:
        yield services


async def _items_after(svc: Services, acc: Account, text: str) -> list[tuple[Any, ...]]:
    contact = f"3556{uuid.uuid4().int % 10**8:08d}"
    item = InboundItem(
        account_id="pn",
        external_id=f"m-{uuid.uuid4().hex}",
        contact_id=contact,
        text=text,
        at=datetime.now(UTC) - timedelta(minutes=1),
    )
    with tenancy.tenant_scope(acc.tenant_id):
        await channels.store_items("whatsapp", [item])
    await ingest_conversation({"services": svc}, acc.tenant_id, "whatsapp", contact)
    with tenancy.tenant_scope(acc.tenant_id):
        rows = await tenancy.select(OrderItem).where(
            OrderItem.order.conversation.customer.contact_id == contact
        )
    return [(r["sku"], r["quantity"], r["variant"]) for r in rows]


async def test_words_the_merchant_attaches_are_learned(
    http: httpx.AsyncClient, svc: Services, account: Account
) -> None:
    text = "dua 2 bombere masa L, Rr. Kavajes 4, Tirane, 069 234 5678"
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(CATALOG)
    assert await _items_after(svc, account, text) == []  # "bombere": nothing in the catalog
    r = await http.post(
        "/api/v1/orders",
        headers=account.headers,
        json={"items": [{"product": "JKT-01", "variant": "M", "text": "bombere"}]},
    )
    assert r.status_code == 201, r.text
    assert await _items_after(svc, account, text) == [("JKT-01", 2, "L")]


async def test_a_merchant_correction_teaches_the_parsers_words(
    http: httpx.AsyncClient, svc: Services, account: Account
) -> None:
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(CATALOG)
        # an order as the parser read it: the customer's "kozhuf" (a word no lexicon holds) taken
        # for the bag
        order = tenancy.new(
            Order,
            channel="whatsapp",
            total=Decimal(3000),
            sources={
                "items": {
                    "source": "parser",
                    "skus": ["BAG-01"],
                    "evidence": [{"message_index": 0, "start": 6, "end": 12, "text": "kozhuf"}],
                }
            },
        )
        await tenancy.insert(order)
        await tenancy.insert(
            tenancy.new(OrderItem, order=order.id, sku="BAG-01", name="Cante dore", quantity=1)
        )
    said = "dua 1 kozhuf masa M, Rr. Kavajes 4, Tirane"
    assert await _items_after(svc, account, said) == []  # not known before the correction
    r = await http.patch(
        f"/api/v1/orders/{order.id}",
        headers=account.headers,
        json={"items": [{"product": "JKT-01", "variant": "S"}]},
    )
    assert r.status_code == 200, r.text
    learned = (await http.get("/api/v1/catalog", headers=account.headers)).json()["products"]
    assert {p["sku"]: p["learned_aliases"] for p in learned}["JKT-01"] == ["kozhuf"]
    assert await _items_after(svc, account, said) == [("JKT-01", 1, "M")]


async def test_an_api_edit_that_removes_an_item_teaches_no_other_products_words(
    http: httpx.AsyncClient, account: Account
) -> None:
    """The API gives no origins: once the list is shorter, position 0 no longer means the
    parser's first item, so the jacket's words must not become the bag's alias."""
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(CATALOG)
        order = tenancy.new(
            Order,
            channel="whatsapp",
            total=Decimal(12000),
            sources={
                "items": {
                    "source": "parser",
                    "skus": ["JKT-01", "BAG-01"],
                    "evidence": [
                        {"message_index": 0, "start": 6, "end": 12, "text": "kozhuf"},
                        {"message_index": 0, "start": 17, "end": 23, "text": "cantel"},
                    ],
                }
            },
        )
        await tenancy.insert(order)
        await tenancy.insert(
            tenancy.new(OrderItem, order=order.id, sku="JKT-01", name="Xhakete", quantity=1),
            tenancy.new(OrderItem, order=order.id, sku="BAG-01", name="Cante", quantity=1),
        )
    r = await http.patch(
        f"/api/v1/orders/{order.id}",
        headers=account.headers,
        json={"items": [{"product": "BAG-01"}]},  # the jacket removed, the bag kept
    )
    assert r.status_code == 200, r.text
    learned = (await http.get("/api/v1/catalog", headers=account.headers)).json()["products"]
    assert {p["sku"]: p["learned_aliases"] for p in learned} == {"JKT-01": [], "BAG-01": []}
