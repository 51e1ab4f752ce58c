"""Erasing an order's customer from the order page (a shop's answer to a customer's request):
the confirmation step, CSRF, another shop's order, and what is gone afterwards."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from core import tenancy
from core.runtime import services as open_services
from core.runtime_state import Services
from core.services import channels
from core.tables import ALL_TABLES, Conversation, Customer, InboundEvent, Message, Order
from core.types import InboundItem
from tests.conftest import Account, Platform
from tests.integration.test_dashboard import Dashboard
from tests.integration.test_dashboard_inbox import park_message
from tests.integration.test_dashboard_orders import log_in, new_order, with_catalog
from workers.ingest import ingest_conversation

WORDS = "Pershendetje, jam Arta Kelmendi, dua 1 fustan te kuq masa L, Rr. Kavajes 8, Tirane"


@pytest.fixture
async def svc(platform: Platform, settings: Any, db: Any) -> AsyncIterator[Services]:
    # a queue of its own: the platform's worker must not run what these tests enqueue
    own = dataclasses.replace(settings, queue_name=f"porosia:test:{uuid.uuid4().hex[:8]}")
    async with open_services(own, platform.redis_url) as services:
        yield services


@pytest.fixture
async def shop(platform: Platform, account: Account) -> AsyncIterator[Dashboard]:
    async with httpx.AsyncClient(base_url=platform.base_url, timeout=30) as client:
        yield await log_in(client, account)


@pytest.fixture
async def other_shop(platform: Platform, other_account: Account) -> AsyncIterator[Dashboard]:
    async with httpx.AsyncClient(base_url=platform.base_url, timeout=30) as client:
        yield await log_in(client, other_account)


async def chat_order(
    svc: Services, http: httpx.AsyncClient, account: Account
) -> tuple[str, str, str]:
    """An order read from a WhatsApp chat by the ingest job: (order id, contact, phone)."""
    await with_catalog(http, account)
    contact = f"35569{uuid.uuid4().int % 10**7:07d}"
    item = InboundItem(
        account_id="pn-erase-test",
        external_id=f"wamid.{uuid.uuid4().hex}",
        contact_id=contact,
        kind="text",
        from_business=False,
        text=WORDS,
        at=datetime.now(UTC) - timedelta(minutes=5),
        contact_name="Arta Kelmendi",
        contact_phone=f"+{contact}",
    )
    with tenancy.tenant_scope(account.tenant_id):
        await channels.store_items("whatsapp", [item])
    await ingest_conversation({"services": svc}, account.tenant_id, "whatsapp", contact)
    r = await http.get("/api/v1/orders", headers=account.headers)
    [order] = [o for o in r.json()["items"] if o["customer"]["phone"] == f"+{contact}"]
    assert order["customer"]["id"] is not None and order["customer"]["address"], order
    return order["id"], contact, f"+{contact}"


async def tenant_text(tenant_id: str) -> str:
    """Every row the tenant owns, in every table, as one text."""
    with tenancy.unscoped():
        rows = [row for t in ALL_TABLES for row in await t.select()]
    return json.dumps([r for r in rows if str(r.get("tenant")) == tenant_id], default=str)


async def counts(tenant_id: str) -> tuple[int, int, int]:
    with tenancy.tenant_scope(tenant_id):
        return (
            await tenancy.count(Customer),
            await tenancy.count(Conversation),
            await tenancy.count(Message),
        )


async def test_erase_the_customer_of_an_order(
    svc: Services,
    http: httpx.AsyncClient,
    shop: Dashboard,
    other_shop: Dashboard,
    account: Account,
    other_account: Account,
) -> None:
    order_id, contact, phone = await chat_order(svc, http, account)
    # the same customer's message that kept failing is parked under Problems
    await park_message(account.tenant_id, "Dua 2 cante, Rr. Durresit 3")  # someone else's
    with tenancy.tenant_scope(account.tenant_id):
        await tenancy.update(InboundEvent, {InboundEvent.status: "parked"}).where(
            InboundEvent.contact_id == contact
        )
    page = await shop.client.get(f"/orders/{order_id}")
    assert "Arta Kelmendi" in page.text and phone in page.text and "Rr. Kavajes 8" in page.text
    assert f'href="/orders/{order_id}/erase"' in page.text
    assert "Delete this customer&#39;s data…" in page.text
    assert len((await shop.client.get("/inbox")).text.split('<tr id="item-')) == 3
    before = await counts(account.tenant_id)
    assert before == (1, 1, 1)

    # the confirmation step says what goes and what stays
    confirm = await shop.client.get(f"/orders/{order_id}/erase")
    assert confirm.status_code == 200
    assert "what your shop holds about Arta Kelmendi" in confirm.text
    assert "The orders themselves stay" in confirm.text
    assert 'name="confirm" value="yes" required' in confirm.text

    # another shop: the order does not exist for it, and nothing changes
    assert (await other_shop.client.get(f"/orders/{order_id}/erase")).status_code == 404
    r = await other_shop.post(f"/orders/{order_id}/erase", {"confirm": "yes"})
    assert r.status_code == 404 and "Order not found" in r.text
    # without the CSRF token, or without ticking the box: nothing changes either
    assert (
        await shop.client.post(f"/orders/{order_id}/erase", data={"confirm": "yes"})
    ).status_code == 403
    forged = {"confirm": "yes", "_csrf_token": "0" * 128}
    assert (await shop.client.post(f"/orders/{order_id}/erase", data=forged)).status_code == 403
    for unconfirmed in ({}, {"confirm": "no"}):
        r = await shop.post(f"/orders/{order_id}/erase", unconfirmed)
        assert r.status_code == 400 and "Tick the box to confirm" in r.text
    assert await counts(account.tenant_id) == before
    assert WORDS in await tenant_text(account.tenant_id)

    r = await shop.post(f"/orders/{order_id}/erase", {"confirm": "yes"})
    assert r.status_code == 303 and r.headers["location"] == f"/orders/{order_id}?notice=erased"
    page = await shop.client.get(r.headers["location"])
    assert page.status_code == 200
    assert "This customer&#39;s data has been deleted" in page.text
    for gone in ("Arta Kelmendi", phone, "Rr. Kavajes 8", "Tirane", "fustan te kuq masa"):
        assert gone not in page.text, gone
    assert "Order from Unnamed customer" in page.text
    assert "Fustan i kuq" in page.text  # the order keeps its items
    assert f'href="/orders/{order_id}/erase"' not in page.text  # nobody left to erase

    # in the database: the messages, the conversation and the customer are gone, and so is
    # the parked item of theirs; the order stays, without anything personal
    assert await counts(account.tenant_id) == (0, 0, 0)
    stored = await tenant_text(account.tenant_id)
    for gone in (WORDS, contact, "Arta Kelmendi", "Rr. Kavajes 8"):
        assert gone not in stored, gone
    with tenancy.tenant_scope(account.tenant_id):
        order = await tenancy.select(Order).where(Order.id == uuid.UUID(order_id)).first()
    assert order is not None
    assert (order["customer_name"], order["phone"], order["address"], order["city"]) == (
        None,
        None,
        None,
        None,
    )
    rows = (await shop.client.get("/inbox")).text.split('<tr id="item-')
    assert len(rows) == 2  # only the other contact's item is left
    # the other shop's data was never touched
    assert (await other_shop.client.get("/orders")).status_code == 200

    # asking again (a second tab) changes nothing and goes back to the order
    r = await shop.post(f"/orders/{order_id}/erase", {"confirm": "yes"})
    assert r.status_code == 303 and r.headers["location"] == f"/orders/{order_id}"
    r = await shop.client.get(f"/orders/{order_id}/erase")
    assert r.status_code == 303 and r.headers["location"] == f"/orders/{order_id}"


async def test_albanian_and_orders_without_a_customer(
    svc: Services, http: httpx.AsyncClient, shop: Dashboard, account: Account
) -> None:
    order_id, _, _ = await chat_order(svc, http, account)
    page = await shop.client.get(f"/orders/{order_id}", headers={"Accept-Language": "sq"})
    assert "Fshi të dhënat e këtij klienti…" in page.text
    confirm = await shop.client.get(f"/orders/{order_id}/erase", headers={"Accept-Language": "sq"})
    assert "E kuptoj që të dhënat e këtij klienti do të fshihen përgjithmonë" in confirm.text
    # an order typed in by hand has no customer record to erase: no button, no page
    manual = await new_order(http, account)
    assert f"/orders/{manual}/erase" not in (await shop.client.get(f"/orders/{manual}")).text
    r = await shop.client.get(f"/orders/{manual}/erase")
    assert r.status_code == 303 and r.headers["location"] == f"/orders/{manual}"
    r = await shop.post(f"/orders/{manual}/erase", {"confirm": "yes"})
    assert r.status_code == 303 and r.headers["location"] == f"/orders/{manual}"
    assert "Ana Hoxha" in (await shop.client.get(f"/orders/{manual}")).text
    assert (await shop.client.get(f"/orders/{uuid.uuid4()}/erase")).status_code == 404
