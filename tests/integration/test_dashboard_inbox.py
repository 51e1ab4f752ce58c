"""The dashboard's Problems page: parked inbox items, the navigation's badge, and Retry (which
sends an item back to the platform's own worker), over real HTTP with a browser-like client."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from core import tenancy
from core.services import channels
from core.tables import Conversation, InboundEvent, Message
from core.types import InboundItem
from tests.conftest import Account, Platform
from tests.integration.test_dashboard import Dashboard
from tests.integration.test_dashboard_orders import log_in

HTMX = {"HX-Request": "true"}
ROW = re.compile(r'<tr id="item-([0-9a-f-]+)"')
BADGE = re.compile(r'<span id="inbox-count" class="count"( hx-swap-oob="true")?( hidden)?>(\d+)<')


async def park_message(
    tenant_id: str, text: str = "Dua 1 fustan te kuq masa L, Rr. Kavajes 8, Tirane"
) -> tuple[str, str]:
    """A real WhatsApp message stored in the inbox, as if it had failed five times and been
    parked (its payload is sound, so a retry can process it). Returns (item id, contact)."""
    contact = f"35569{uuid.uuid4().int % 10**7:07d}"
    item = InboundItem(
        account_id="pn-inbox-test",
        external_id=f"wamid.{uuid.uuid4().hex}",
        contact_id=contact,
        kind="text",
        from_business=False,
        text=text,
        at=datetime.now(UTC),
        contact_name="Besa Hoxha",
        contact_phone=f"+{contact}",
    )
    with tenancy.tenant_scope(tenant_id):
        assert await channels.store_items("whatsapp", [item]) == 1
        rows = (
            await tenancy.update(
                InboundEvent,
                {
                    InboundEvent.status: "parked",
                    InboundEvent.attempts: 5,
                    InboundEvent.error: "OperationalError",
                },
            )
            .where(InboundEvent.contact_id == contact)
            .returning(InboundEvent.id)
        )
    return str(rows[0]["id"]), contact


async def item_state(tenant_id: str, item_id: str) -> tuple[str, int] | None:
    with tenancy.tenant_scope(tenant_id):
        row = (
            await tenancy.select(InboundEvent).where(InboundEvent.id == uuid.UUID(item_id)).first()
        )
    return None if row is None else (row["status"], row["attempts"])


async def wait_until_done(tenant_id: str, item_id: str) -> None:
    """The platform's worker picks the retried item up; wait for it to be processed."""
    for _ in range(150):
        if await item_state(tenant_id, item_id) == ("done", 0):
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"not processed: {await item_state(tenant_id, item_id)}")


def badge(text: str) -> tuple[int, bool]:
    """The navigation's count and whether it is shown."""
    match = BADGE.search(text)
    assert match is not None, text[:2000]
    return int(match.group(3)), match.group(2) is None


@pytest.fixture
async def shop(platform: Platform, account: Account) -> AsyncIterator[Dashboard]:
    async with httpx.AsyncClient(base_url=platform.base_url, timeout=30) as client:
        yield await log_in(client, account)


@pytest.fixture
async def other_shop(platform: Platform, other_account: Account) -> AsyncIterator[Dashboard]:
    async with httpx.AsyncClient(base_url=platform.base_url, timeout=30) as client:
        yield await log_in(client, other_account)


async def test_the_page_needs_a_session(http: httpx.AsyncClient) -> None:
    r = await http.get("/inbox")
    assert r.status_code == 303 and r.headers["location"] == "/login"


async def test_empty_state_and_no_badge(shop: Dashboard) -> None:
    r = await shop.client.get("/inbox")
    assert r.status_code == 200
    assert "No problems" in r.text and ROW.search(r.text) is None
    assert 'href="/inbox" aria-current="page"' in r.text
    assert badge(r.text) == (0, False)
    assert badge((await shop.client.get("/orders")).text) == (0, False)


async def test_parked_items_are_listed_with_a_badge_and_only_for_their_shop(
    shop: Dashboard, other_shop: Dashboard, account: Account, db: Any
) -> None:
    first, _ = await park_message(account.tenant_id)
    second, _ = await park_message(account.tenant_id)
    page = await shop.client.get("/inbox")
    assert page.status_code == 200
    assert sorted(ROW.findall(page.text)) == sorted([first, second])
    assert "OperationalError" in page.text and "WhatsApp" in page.text
    assert '<td class="num" data-label="Tries">5</td>' in page.text
    assert f'hx-post="/inbox/{first}/retry"' in page.text and 'name="_csrf_token"' in page.text
    # what the merchant sees of an item: no message text, contact id or message id
    assert "fustan" not in page.text and "wamid." not in page.text
    assert badge(page.text) == (2, True)
    assert badge((await shop.client.get("/orders")).text) == (2, True)
    # the other shop sees none of it
    other = await other_shop.client.get("/inbox")
    assert ROW.search(other.text) is None and "No problems" in other.text
    assert badge(other.text) == (0, False)


async def test_albanian(shop: Dashboard, account: Account, db: Any) -> None:
    await park_message(account.tenant_id)
    r = await shop.client.get("/inbox", headers={"Accept-Language": "sq"})
    assert '<html lang="sq">' in r.text
    assert '<h1 id="inbox-title">Probleme</h1>' in r.text and "Provo sërish" in r.text


async def test_retry_sends_the_item_back_and_it_is_processed(
    shop: Dashboard, account: Account, db: Any
) -> None:
    item_id, contact = await park_message(account.tenant_id)
    kept_id, _ = await park_message(account.tenant_id)
    r = await shop.post(f"/inbox/{item_id}/retry", {}, headers=HTMX)
    assert r.status_code == 200, r.text
    # the list without the item, the notice, and the badge swapped out of band
    assert "Sent back" in r.text and ROW.findall(r.text) == [kept_id]
    assert 'hx-swap-oob="true"' in r.text and badge(r.text) == (1, True)
    assert "<html" not in r.text  # a fragment for htmx, not the page
    await wait_until_done(account.tenant_id, item_id)
    with tenancy.tenant_scope(account.tenant_id):
        conversation = (
            await tenancy.select(Conversation)
            .where(Conversation.customer.contact_id == contact)
            .first()
        )
        assert conversation is not None
        texts = [
            m["text"]
            for m in await tenancy.select(Message).where(Message.conversation == conversation["id"])
        ]
    assert texts == ["Dua 1 fustan te kuq masa L, Rr. Kavajes 8, Tirane"]
    assert await item_state(account.tenant_id, kept_id) == ("parked", 5)

    # a plain form post (no JavaScript) is answered with the page again
    r = await shop.post(f"/inbox/{kept_id}/retry", {})
    assert r.status_code == 303 and r.headers["location"] == "/inbox?notice=retried"
    page = await shop.client.get(r.headers["location"])
    assert "Sent back" in page.text and "No problems" in page.text
    assert badge(page.text) == (0, False)
    await wait_until_done(account.tenant_id, kept_id)

    # a stale page: the item is no longer parked, so it cannot be sent back twice
    r = await shop.post(f"/inbox/{item_id}/retry", {}, headers=HTMX)
    assert r.status_code == 404 and r.headers["hx-redirect"] == "/inbox?notice=gone"
    r = await shop.post(f"/inbox/{item_id}/retry", {})
    assert r.status_code == 404 and "no longer waiting here" in r.text
    assert await item_state(account.tenant_id, item_id) == ("done", 0)


async def test_another_shops_item_is_not_found_and_stays_parked(
    shop: Dashboard, other_shop: Dashboard, account: Account, db: Any
) -> None:
    item_id, _ = await park_message(account.tenant_id)
    for headers in (HTMX, {}):
        r = await other_shop.post(f"/inbox/{item_id}/retry", {}, headers=headers)
        assert r.status_code == 404
    for made_up in (str(uuid.uuid4()), "not-a-uuid"):
        assert (await shop.post(f"/inbox/{made_up}/retry", {})).status_code == 404
    await asyncio.sleep(0.5)  # had anything been queued, the worker would have run it
    assert await item_state(account.tenant_id, item_id) == ("parked", 5)
    assert ROW.findall((await shop.client.get("/inbox")).text) == [item_id]


async def test_retry_needs_the_csrf_token(shop: Dashboard, account: Account, db: Any) -> None:
    item_id, _ = await park_message(account.tenant_id)
    client = shop.client
    assert (await client.post(f"/inbox/{item_id}/retry")).status_code == 403
    forged = {"_csrf_token": "0" * 128}
    assert (await client.post(f"/inbox/{item_id}/retry", data=forged)).status_code == 403
    assert (
        await client.post(f"/inbox/{item_id}/retry", headers={**HTMX, "x-csrftoken": "0" * 64})
    ).status_code == 403
    await asyncio.sleep(0.5)
    assert await item_state(account.tenant_id, item_id) == ("parked", 5)
    # the header htmx sends works as the form field does
    r = await client.post(f"/inbox/{item_id}/retry", headers={**HTMX, "x-csrftoken": shop.csrf})
    assert r.status_code == 200 and "Sent back" in r.text
    await wait_until_done(account.tenant_id, item_id)
