"""The confirmation job against the fake Graph API: errors, windows, idempotency."""

from __future__ import annotations

import asyncio
import dataclasses
import secrets
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from core import tenancy
from core.runtime import services as open_services
from core.runtime_state import Services
from core.services import catalog, channels, confirmations
from core.tables import Conversation, Order, Outbox, Tenant
from core.types import InboundItem
from tests.conftest import Account, Platform
from tests.integration.test_dashboard_order_edit import open_form, send
from tests.integration.test_dashboard_orders import log_in
from workers.ingest import ingest_conversation
from workers.settings import in_process_worker

CATALOG = {
    "currency": "EUR",
    "products": [
        {"sku": "MUG-BLU", "name": "Blue mug", "aliases": [], "price": 12, "variants": []}
    ],
}
ORDER_TEXT = "Hi, I would like 2 blue mugs please. Rr. Kavajes 45, Tirane, 069 234 5678"


@pytest.fixture
async def svc(platform: Platform, settings: Any, db: Any) -> AsyncIterator[Services]:
    # a queue of its own: the platform's worker must not run the jobs these tests drive
    own = dataclasses.replace(settings, queue_name=f"porosia:test:{uuid.uuid4().hex[:8]}")
    async with open_services(own, platform.redis_url) as services:
        yield services


async def _order(
    http: httpx.AsyncClient,
    svc: Services,
    acc: Account,
    channel: str = "whatsapp",
    text: str = ORDER_TEXT,
    ago: timedelta = timedelta(minutes=5),
    settings: dict[str, Any] | None = None,
    **conn: Any,
) -> tuple[uuid.UUID, dict[str, Any]]:
    routing = {"whatsapp": "phone_number_id", "instagram": "account_id"}[channel]
    body = {
        "enabled": True,
        routing: str(secrets.randbelow(10**15)),
        "access_token": "EAAG" + secrets.token_hex(16),
        **conn,
    }
    r = await http.put(f"/api/v1/channels/{channel}", json=body, headers=acc.headers)
    assert r.status_code == 200, r.text
    contact = "3556" + str(secrets.randbelow(10**8)).zfill(8)
    item = InboundItem(
        account_id=body[routing],
        external_id=f"m-{uuid.uuid4().hex}",
        contact_id=contact,
        text=text,
        at=datetime.now(UTC) - ago,
    )
    own = {"confirm_quiet_seconds": 0, **(settings or {})}
    with tenancy.tenant_scope(acc.tenant_id):
        await catalog.put_catalog(CATALOG)
        await tenancy.update_current_tenant({Tenant.settings: own})
        await channels.store_items(channel, [item])
    await ingest_conversation({"services": svc}, acc.tenant_id, channel, contact)
    with tenancy.tenant_scope(acc.tenant_id):
        order = await tenancy.select(Order).first()
    assert order is not None, "no order was extracted"
    return order["id"], {**body, "contact": contact, "routing": body[routing]}


async def _confirm(svc: Services, acc: Account, order_id: uuid.UUID) -> str:
    with tenancy.tenant_scope(acc.tenant_id):
        return await confirmations.confirm(svc, order_id)


async def _run_queued(svc: Services) -> None:
    """Run the jobs the test's own queue holds (the confirmation the ingest job queued), once,
    with the worker the platform runs: a job that finds the chat paused is done with."""
    worker = in_process_worker(svc)
    worker.burst, worker.cron_jobs = True, []
    await worker.main()


async def _arrives(
    svc: Services, acc: Account, conn: dict[str, Any], text: str, from_business: bool = False
) -> None:
    """A later line in the order's WhatsApp chat (the shop's own when ``from_business``),
    stored and ingested as the webhook and the ingest job would."""
    line = InboundItem(
        account_id=conn["routing"],
        external_id=f"m-{uuid.uuid4().hex}",
        contact_id=conn["contact"],
        text=text,
        at=datetime.now(UTC),
        from_business=from_business,
    )
    with tenancy.tenant_scope(acc.tenant_id):
        await channels.store_items("whatsapp", [line])
    await ingest_conversation({"services": svc}, acc.tenant_id, "whatsapp", conn["contact"])


def _sent_to(fake: Any, routing: str) -> list[dict[str, Any]]:
    return [s for s in fake.sent if s["account_id"] == routing]


async def test_sends_once_in_the_customers_language(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    order_id, conn = await _order(http, svc, account)
    assert await _confirm(svc, account, order_id) == "sent"
    assert await _confirm(svc, account, order_id) == "already handled"
    sends = _sent_to(fake_meta, conn["routing"])
    assert len(sends) == 1
    text = sends[0]["body"]["text"]["body"]
    assert text.startswith("Thank you") and "2 × Blue mug" in text and "24.00 EUR" in text
    with tenancy.tenant_scope(account.tenant_id):
        outbox = await tenancy.select(Outbox).where(Outbox.order == order_id).first()
    assert outbox["status"] == "sent" and outbox["external_id"].startswith("wamid.")


async def test_rate_limit_backs_off_then_sends(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    order_id, conn = await _order(http, svc, account)
    fake_meta.fail_next(130429)
    with pytest.raises(confirmations.NotYet):
        await _confirm(svc, account, order_id)
    assert await _confirm(svc, account, order_id) == "sent"
    assert len(_sent_to(fake_meta, conn["routing"])) == 1


async def test_a_split_instagram_confirmation_resumes_where_it_failed(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    """Instagram takes 1000 bytes per message: a longer confirmation goes out in parts, and a
    retry after a failed part sends only the parts the customer has not had."""
    order_id, conn = await _order(http, svc, account, channel="instagram")
    lines = [f"Part {n}: " + "we pack every order by hand and check it twice. " * 12 for n in "ABC"]
    with tenancy.tenant_scope(account.tenant_id):
        await tenancy.update_current_tenant(
            {
                Tenant.settings: {
                    "confirm_quiet_seconds": 0,
                    "confirmation_templates": {"en": "\n".join(lines)},
                }
            }
        )
    fake_meta.fail_next(2, after=1)  # the first part goes out, the second fails
    with pytest.raises(confirmations.NotYet):
        await _confirm(svc, account, order_id)
    assert await _confirm(svc, account, order_id) == "sent"
    texts = [s["body"]["message"]["text"] for s in _sent_to(fake_meta, conn["routing"])]
    assert [t[:6] for t in texts] == ["Part A", "Part B", "Part C"]


async def test_sends_keep_within_the_channels_rate(
    http: httpx.AsyncClient, svc: Services, account: Account
) -> None:
    """Echo declares two sends a second per connection: five confirmations due at once go
    out over several seconds, each exactly once, and none is lost while it waits."""
    import asyncio

    from porosia_echo.hooks import SENT

    account_id = "echo-" + secrets.token_hex(4)
    body = {"enabled": True, "account": account_id, "app_secret": secrets.token_hex(8)}
    r = await http.put("/api/v1/channels/echo", json=body, headers=account.headers)
    assert r.status_code == 200, r.text
    contacts = [f"echo-customer-{n}" for n in range(5)]
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(CATALOG)
        await tenancy.update_current_tenant({Tenant.settings: {"confirm_quiet_seconds": 0}})
        await channels.store_items(
            "echo",
            [
                InboundItem(
                    account_id=account_id,
                    external_id=f"m-{contact}",
                    contact_id=contact,
                    text=ORDER_TEXT,
                    at=datetime.now(UTC) - timedelta(minutes=5),
                )
                for contact in contacts
            ],
        )
    for contact in contacts:
        await ingest_conversation({"services": svc}, account.tenant_id, "echo", contact)
    with tenancy.tenant_scope(account.tenant_id):
        order_ids = [o["id"] for o in await tenancy.select(Order, Order.id)]
    assert len(order_ids) == 5

    async def attempt(order_id: uuid.UUID) -> str:
        try:
            return await _confirm(svc, account, order_id)
        except confirmations.NotYet:
            return "wait"

    first = await asyncio.gather(*(attempt(o) for o in order_ids))
    assert first.count("wait") >= 1  # five at once is more than two seconds' worth
    waiting = [o for o, result in zip(order_ids, first, strict=True) if result == "wait"]
    for _ in range(10):
        if not waiting:
            break
        await asyncio.sleep(1)
        results = [await attempt(o) for o in waiting]
        waiting = [o for o, result in zip(waiting, results, strict=True) if result == "wait"]
    assert waiting == []
    mine = [m for tenant, m in SENT if tenant == account.tenant_id]
    assert sorted(m.to for m in mine) == sorted(contacts)


async def test_revoked_token_marks_the_connection_broken(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    order_id, conn = await _order(http, svc, account)
    fake_meta.state.revoked.add(conn["access_token"])
    assert await _confirm(svc, account, order_id) == "connection broken"
    entry = (await http.get("/api/v1/channels", headers=account.headers)).json()["items"]
    wa = next(c for c in entry if c["name"] == "whatsapp")
    assert wa["health"]["broken"] is True and wa["health"]["last_error"]
    assert _sent_to(fake_meta, conn["routing"]) == []


async def test_outside_the_window_whatsapp_uses_the_shops_template(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    order_id, conn = await _order(
        http,
        svc,
        account,
        ago=timedelta(days=2),
        template_name="order_confirmation",
        template_language="en",
    )
    assert await _confirm(svc, account, order_id) == "sent"
    body = _sent_to(fake_meta, conn["routing"])[0]["body"]
    assert body["type"] == "template"
    assert body["template"]["name"] == "order_confirmation"
    params = [p["text"] for p in body["template"]["components"][0]["parameters"]]
    assert "2 × Blue mug" in params[1] and params[2] == "24.00 EUR"


async def test_outside_the_window_instagram_flags_the_order(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    order_id, conn = await _order(http, svc, account, channel="instagram", ago=timedelta(days=2))
    assert await _confirm(svc, account, order_id) == "needs merchant"
    assert _sent_to(fake_meta, conn["routing"]) == []
    with tenancy.tenant_scope(account.tenant_id):
        outbox = await tenancy.select(Outbox).where(Outbox.order == order_id).first()
    assert outbox["status"] == "needs_merchant"


async def test_a_human_reply_pauses_automation(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    order_id, conn = await _order(http, svc, account)
    with tenancy.tenant_scope(account.tenant_id):
        await tenancy.update(Conversation, {Conversation.automation_paused: True})
    assert await _confirm(svc, account, order_id) == "paused"
    assert _sent_to(fake_meta, conn["routing"]) == []
    # the order page tells the merchant why nothing went out
    async with httpx.AsyncClient(base_url=str(http.base_url), timeout=30) as client:
        page = await (await log_in(client, account)).client.get(f"/orders/{order_id}")
    assert 'id="order-paused"' in page.text and "confirm this order with them yourself" in page.text


async def test_the_merchant_can_resume_automatic_messages(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    order_id, conn = await _order(http, svc, account)
    with tenancy.tenant_scope(account.tenant_id):
        await tenancy.update(Conversation, {Conversation.automation_paused: True})
    await _run_queued(svc)  # the ingest job's confirmation: the chat is paused
    assert _sent_to(fake_meta, conn["routing"]) == []
    async with httpx.AsyncClient(base_url=str(http.base_url), timeout=30) as client:
        shop = await log_in(client, account)
        page = (await shop.client.get(f"/orders/{order_id}")).text
        assert 'id="order-paused"' in page and 'id="order-resume"' in page
        r = await shop.post(f"/orders/{order_id}/resume", {})
        assert r.status_code == 303 and r.headers["location"].endswith("?notice=resumed")
        page = (await shop.client.get(r.headers["location"])).text
    assert 'id="resumed-notice"' in page and 'id="order-paused"' not in page
    # the platform's own worker sends the confirmation the resume queued, once
    text = await _confirmed_by_the_platform(svc, account, fake_meta, {**conn, "order_id": order_id})
    assert "2 × Blue mug" in text
    # the next reply from someone at the shop pauses the chat again
    await _arrives(svc, account, conn, "Faleminderit, nesër e keni!", from_business=True)
    with tenancy.tenant_scope(account.tenant_id):
        chat = await tenancy.select(Conversation).first()
    assert chat["automation_paused"] is True


async def test_resuming_through_the_api_asks_for_what_is_missing(
    http: httpx.AsyncClient,
    svc: Services,
    account: Account,
    other_account: Account,
    fake_meta: Any,
) -> None:
    """A paused order that lacks the address gets the follow-up once the chat is resumed."""
    order_id, conn = await _order(
        http, svc, account, text="Hi, I would like 2 blue mugs please. 069 234 5678"
    )
    with tenancy.tenant_scope(account.tenant_id):
        await tenancy.update(Conversation, {Conversation.automation_paused: True})
    await _run_queued(svc)  # the ingest job's follow-up: the chat is paused
    assert _sent_to(fake_meta, conn["routing"]) == []
    theirs = await http.post(f"/api/v1/orders/{order_id}/resume", headers=other_account.headers)
    assert theirs.status_code == 404
    r = await http.post(f"/api/v1/orders/{order_id}/resume", headers=account.headers)
    assert r.status_code == 200, r.text
    assert r.json()["id"] == str(order_id)
    for _ in range(100):
        if _sent_to(fake_meta, conn["routing"]):
            break
        await asyncio.sleep(0.1)
    sends = _sent_to(fake_meta, conn["routing"])
    assert len(sends) == 1 and "address" in sends[0]["body"]["text"]["body"].lower()
    # an order typed in by hand has no chat to resume
    manual = await http.post(
        "/api/v1/orders", json={"items": [{"product": "MUG-BLU"}]}, headers=account.headers
    )
    r = await http.post(f"/api/v1/orders/{manual.json()['id']}/resume", headers=account.headers)
    assert r.status_code == 409 and "typed in by hand" in r.text


async def test_a_pause_lasts_for_the_episode_the_shop_replied_in(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    """The shop's reply pauses the chat for the order in hand; once that order is confirmed,
    the customer's next order in the same chat is confirmed automatically again."""
    order_id, conn = await _order(http, svc, account)

    await _arrives(svc, account, conn, "Po, i kemi! Nesër ju vijnë.", from_business=True)
    await _run_queued(svc)
    assert _sent_to(fake_meta, conn["routing"]) == []  # the shop is talking to the customer
    r = await http.patch(
        f"/api/v1/orders/{order_id}", json={"status": "confirmed"}, headers=account.headers
    )
    assert r.status_code == 200, r.text

    await _arrives(
        svc,
        account,
        conn,
        "Pershendetje prap! Dua edhe 3 blue mug. Rr. Kavajes 45, Tirane, 069 234 5678",
    )
    with tenancy.tenant_scope(account.tenant_id):
        chat = await tenancy.select(Conversation).first()
        latest = await tenancy.select(Order).where(Order.id != order_id).first()
    assert chat["automation_paused"] is False and latest is not None
    await _run_queued(svc)
    sends = _sent_to(fake_meta, conn["routing"])
    assert len(sends) == 1 and "3 × Blue mug" in sends[0]["body"]["text"]["body"]

    # a reply from the shop in this episode pauses it again
    await _arrives(svc, account, conn, "Faleminderit, i dergojme neser", from_business=True)
    with tenancy.tenant_scope(account.tenant_id):
        chat = await tenancy.select(Conversation).first()
    assert chat["automation_paused"] is True


def test_templates_render_in_a_sandbox() -> None:
    order = {
        "customer_name": "Arta",
        "phone": "+355692345678",
        "address": "Rr. Kavajes 45",
        "city": "Tirane",
        "currency": "ALL",
        "total": 5000,
    }
    items = [{"name": "Fustan", "quantity": 2, "variant": "M", "unit_price": 2500}]
    for lang, template in confirmations.DEFAULT_TEMPLATES.items():
        text = confirmations.render_text(template, order, items)
        assert "Arta" in text and "2 × Fustan (M)" in text and "5000.00 ALL" in text, lang
    from jinja2.exceptions import SecurityError

    with pytest.raises(SecurityError):
        confirmations.render_text(
            "{{ items.__class__.__mro__ }}{{ ''.__class__.mro() }}", order, items
        )


async def test_one_follow_up_asks_only_for_what_is_missing(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    order_id, conn = await _order(
        http, svc, account, text="Hi, I would like 2 blue mugs please, 069 234 5678"
    )
    assert await _confirm(svc, account, order_id) == "not ready"
    with tenancy.tenant_scope(account.tenant_id):
        assert await confirmations.follow_up(svc, order_id) == "sent"
        assert await confirmations.follow_up(svc, order_id) == "already handled"
    [sent] = _sent_to(fake_meta, conn["routing"])
    text = sent["body"]["text"]["body"]
    assert text.startswith("Thank you for your order!")
    assert "the delivery address and the city" in text and "phone" not in text


async def test_no_follow_up_when_the_shop_turned_them_off(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    order_id, conn = await _order(
        http, svc, account, text="Hi, I would like 2 blue mugs please, 069 234 5678"
    )
    r = await http.put("/api/v1/settings", json={"follow_up": False}, headers=account.headers)
    assert r.status_code == 200 and r.json()["follow_up"] is False
    with tenancy.tenant_scope(account.tenant_id):
        assert await confirmations.schedule(svc, order_id) is None
        assert await confirmations.follow_up(svc, order_id) == "follow-ups are off"
    assert _sent_to(fake_meta, conn["routing"]) == []


def test_follow_up_texts_in_every_language() -> None:
    for lang in confirmations.FOLLOW_UP:
        text = confirmations.follow_up_text(lang, ["customer_name", "variant"])
        assert confirmations.FIELD_WORDS[lang]["variant"] in text, lang
        assert f" {confirmations.AND[lang]} " in text, lang


async def test_an_open_variant_is_missing(account: Account, db: Any) -> None:
    order = {
        "customer_name": None,
        "phone": "+355692345678",
        "address": "Rr. Kavajes 4",
        "city": "Tirane",
    }
    item = {"sku": "DRS-RED", "variant": None, "name": "Fustan", "quantity": 1}
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(
            {
                "currency": "ALL",
                "products": [
                    {
                        "sku": "DRS-RED",
                        "name": "Fustan i kuq",
                        "price": 2500,
                        "variants": ["S", "M"],
                    }
                ],
            }
        )
        required = confirmations.DEFAULT_REQUIRED
        assert await confirmations.missing(order, [item], required) == ["variant"]
        assert await confirmations.missing(order, [{**item, "variant": "M"}], required) == []
        assert await confirmations.missing({**order, "city": None}, [], required) == [
            "items",
            "city",
        ]


# --- orders the parser doubts wait for the merchant -------------------------------------

# "kuleta" (wallets) is no product of the shop's: the parser says so, and the order waits
DOUBTED_TEXT = "Pershendetje, dua 2 blue mug dhe 3 kuleta. Rr. Kavajes 45, Tirane, 069 234 5678"


async def _doubted_order(
    http: httpx.AsyncClient, svc: Services, acc: Account, settings: dict[str, Any] | None = None
) -> tuple[uuid.UUID, dict[str, Any]]:
    order_id, conn = await _order(http, svc, acc, text=DOUBTED_TEXT, settings=settings)
    return order_id, {**conn, "order_id": order_id}


async def _confirmed_by_the_platform(
    svc: Services, acc: Account, fake: Any, conn: dict[str, Any]
) -> str:
    """The one text the customer got once the platform's own worker ran the confirmation the
    merchant's action queued (nothing else queues it: the ingest job held it)."""
    for _ in range(100):
        if _sent_to(fake, conn["routing"]):
            break
        await asyncio.sleep(0.1)
    assert await _confirm(svc, acc, conn["order_id"]) == "already handled"
    sends = _sent_to(fake, conn["routing"])
    assert len(sends) == 1
    text: str = sends[0]["body"]["text"]["body"]
    return text


async def test_items_in_doubt_wait_until_the_merchant_approves_them(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    order_id, conn = await _doubted_order(http, svc, account)
    assert await _confirm(svc, account, order_id) == "held for review"
    with tenancy.tenant_scope(account.tenant_id):
        assert await confirmations.schedule(svc, order_id) is None  # nothing queued meanwhile
        assert await confirmations.release(svc, order_id) is False
    got = (await http.get(f"/api/v1/orders/{order_id}", headers=account.headers)).json()
    assert got["doubts"] == [{"kind": "unrecognised", "texts": ["kuleta"]}]
    assert got["sources"]["unrecognised"]["evidence"][0]["message_index"] == 0
    await asyncio.sleep(0.5)  # the platform's worker has nothing to send either
    assert _sent_to(fake_meta, conn["routing"]) == []

    r = await http.post(f"/api/v1/orders/{order_id}/approve", headers=account.headers)
    assert r.status_code == 200, r.text
    assert r.json()["doubts"] == [] and r.json()["items"][0]["quantity"] == 2
    text = await _confirmed_by_the_platform(svc, account, fake_meta, conn)
    assert "2 × Blue mug" in text

    # the customer's next message reads the same items again: the approval still stands
    await _arrives(svc, account, conn, "Faleminderit!")
    got = (await http.get(f"/api/v1/orders/{order_id}", headers=account.headers)).json()
    assert got["doubts"] == [] and got["sources"]["unrecognised"]["evidence"][0]["text"] == "kuleta"


async def test_a_merchant_correction_releases_a_held_confirmation(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    order_id, conn = await _doubted_order(http, svc, account)
    assert await _confirm(svc, account, order_id) == "held for review"
    items = [{"product": "MUG-BLU", "quantity": 2}, {"name": "Gift box", "unit_price": "7"}]
    r = await http.patch(
        f"/api/v1/orders/{order_id}", json={"items": items}, headers=account.headers
    )
    assert r.status_code == 200, r.text
    assert r.json()["doubts"] == [] and r.json()["total"] == "31.00"
    text = await _confirmed_by_the_platform(svc, account, fake_meta, conn)
    assert "1 × Gift box" in text and "31.00 EUR" in text


async def test_a_correction_on_the_order_page_releases_it_too(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    order_id, conn = await _doubted_order(http, svc, account)
    async with httpx.AsyncClient(base_url=str(http.base_url), timeout=30) as client:
        shop = await log_in(client, account)
        page = await shop.client.get(f"/orders/{order_id}")
        assert 'id="order-held"' in page.text and 'id="order-paused"' not in page.text
        form = await open_form(shop, str(order_id))
        r = await send(
            shop, str(order_id), {**form.values, "item-0-quantity": "3", "action": "save"}, False
        )
        assert r.status_code == 303, r.text
    text = await _confirmed_by_the_platform(svc, account, fake_meta, conn)
    assert "3 × Blue mug" in text


async def test_approving_is_for_new_orders_of_the_shop_only(
    http: httpx.AsyncClient, svc: Services, account: Account, other_account: Account
) -> None:
    order_id, _ = await _doubted_order(http, svc, account)
    other = await http.post(f"/api/v1/orders/{order_id}/approve", headers=other_account.headers)
    assert other.status_code == 404
    bad = await http.post("/api/v1/orders/not-an-id/approve", headers=account.headers)
    assert bad.status_code == 404
    r = await http.patch(
        f"/api/v1/orders/{order_id}", json={"status": "cancelled"}, headers=account.headers
    )
    assert r.status_code == 200, r.text
    late = await http.post(f"/api/v1/orders/{order_id}/approve", headers=account.headers)
    assert late.status_code == 409 and "only a new order" in late.text


async def test_a_shop_that_does_not_hold_confirms_doubted_orders_as_they_are(
    http: httpx.AsyncClient, svc: Services, account: Account, fake_meta: Any
) -> None:
    order_id, conn = await _doubted_order(http, svc, account, {"hold_unsure": False})
    got = (await http.get(f"/api/v1/orders/{order_id}", headers=account.headers)).json()
    assert got["doubts"] == [{"kind": "unrecognised", "texts": ["kuleta"]}]  # still shown
    assert await _confirm(svc, account, order_id) == "sent"
    assert len(_sent_to(fake_meta, conn["routing"])) == 1


async def test_a_paused_chat_says_paused_not_held(
    http: httpx.AsyncClient, svc: Services, account: Account
) -> None:
    """Nothing automatic goes to a chat the shop wrote in, doubt or no doubt: the page says
    that, and does not promise a confirmation after the check."""
    order_id, _ = await _doubted_order(http, svc, account)
    with tenancy.tenant_scope(account.tenant_id):
        await tenancy.update(Conversation, {Conversation.automation_paused: True})
    async with httpx.AsyncClient(base_url=str(http.base_url), timeout=30) as client:
        page = await (await log_in(client, account)).client.get(f"/orders/{order_id}")
    assert 'id="order-paused"' in page.text and 'id="order-review"' in page.text
    assert 'id="order-held"' not in page.text
