"""The order detail page (items, sources, confirmation state, status changes) and the shop's
confirmation settings form, over plain HTTP with a browser-like client."""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from core import tenancy
from core.services import orders as orders_service
from core.services.confirmations import DEFAULT_TEMPLATES
from core.tables import Order, Outbox
from tests.conftest import Account, Platform
from tests.integration.test_catalog_api import CATALOG
from tests.integration.test_dashboard import Dashboard

HTMX = {"HX-Request": "true"}
CHECKBOX = re.compile(r'<input type="checkbox" id="f-(?:required-)?(\w+)"[^>]*>')


def checked(text: str) -> list[str]:
    """The enabled checkboxes of the shop form that are ticked (items is always ticked)."""
    return [
        m.group(1)
        for m in CHECKBOX.finditer(text)
        if " checked" in m.group(0) and "disabled" not in m.group(0)
    ]


async def log_in(client: httpx.AsyncClient, acc: Account) -> Dashboard:
    dash = Dashboard(client)
    dash.email = acc.email
    r = await dash.post("/login", {"email": acc.email, "password": acc.password})
    assert r.status_code == 303, r.text
    return dash


@pytest.fixture
async def shop(platform: Platform, account: Account) -> AsyncIterator[Dashboard]:
    async with httpx.AsyncClient(base_url=platform.base_url, timeout=30) as client:
        yield await log_in(client, account)


async def new_order(http: httpx.AsyncClient, acc: Account, **body: Any) -> str:
    body = {
        "customer": {
            "name": "Ana Hoxha",
            "phone": "+355692345678",
            "address": "Rr. Kavajës 45",
            "city": "Tiranë",
        },
        "items": [{"product": "DRS-RED", "quantity": 2, "variant": "M"}],
        **body,
    }
    r = await http.post("/api/v1/orders", json=body, headers=acc.headers)
    assert r.status_code == 201, r.text
    order_id: str = r.json()["id"]
    return order_id


async def with_catalog(http: httpx.AsyncClient, acc: Account) -> None:
    r = await http.put("/api/v1/catalog", json=CATALOG, headers=acc.headers)
    assert r.status_code == 200, r.text


async def as_if_parsed(tenant_id: str, order_id: str) -> None:
    """What the ingest job records: the customer's words for the name and the items, the
    phone from the channel, a missing address, and the messages sent about the order."""
    sources = {
        "customer_name": {
            "source": "parser",
            "evidence": {"message_index": 0, "start": 4, "end": 13, "text": "jam Ana Hoxha"},
        },
        "phone": {"source": "channel"},
        "city": {"source": "merchant"},
        "items": {
            "source": "parser",
            "skus": ["DRS-RED"],
            "evidence": [{"message_index": 0, "start": 20, "end": 38, "text": "dy fustane te kuq"}],
        },
    }
    sent = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
    oid = uuid.UUID(order_id)
    with tenancy.tenant_scope(tenant_id):
        await tenancy.update(Order, {Order.sources: sources, Order.missing: ["address"]}).where(
            Order.id == oid
        )
        await tenancy.insert(
            tenancy.new(
                Outbox, order=oid, channel="whatsapp", key=f"confirm:{oid}", kind="confirm",
                status="sent", sent_at=sent, created_at=sent,
            ),
            tenancy.new(
                Outbox, order=oid, channel="whatsapp", key=f"followup:{oid}", kind="followup",
                status="needs_merchant", error="outside the messaging window",
                created_at=datetime(2026, 3, 4, 9, 31, tzinfo=UTC),
            ),
            tenancy.new(
                Outbox, order=oid, channel="whatsapp", key=f"other:{oid}", kind="confirm",
                status="failed", error="(#131047) Re-engagement message",
                created_at=datetime(2026, 3, 4, 9, 32, tzinfo=UTC),
            ),
        )  # fmt: skip


# --- the detail page ------------------------------------------------------------------


async def test_detail_shows_items_customer_sources_and_messages(
    shop: Dashboard, http: httpx.AsyncClient, account: Account, db: Any
) -> None:
    await with_catalog(http, account)
    order_id = await new_order(http, account)
    listed = await shop.client.get("/orders")
    assert f'href="/orders/{order_id}"' in listed.text  # each row opens its order

    page = await shop.client.get(f"/orders/{order_id}")
    assert page.status_code == 200, page.text
    text = page.text
    for shown in ("Fustan i kuq", "DRS-RED", "5,000.00 ALL", "2,500.00 ALL", "Rr. Kavajës 45"):
        assert shown in text, shown
    assert "Ana Hoxha" in text and "+355692345678" in text and "Tiranë" in text
    assert "set by you" in text  # a manual order: every field is the merchant's
    assert "from the customer's messages" not in text
    assert "No confirmation has been sent" in text
    assert 'name="_csrf_token"' in text

    await as_if_parsed(account.tenant_id, order_id)
    text = (await shop.client.get(f"/orders/{order_id}")).text
    assert text.count("from the customer&#39;s messages") == 2  # the name and the items
    assert "jam Ana Hoxha" in text and "dy fustane te kuq" in text
    assert "from the channel" in text and "set by you" in text
    assert 'id="order-missing"' in text and "<li>Address</li>" in text
    assert "Confirmation sent at 04.03.2026 10:30" in text  # the shop's zone, Europe/Tirane
    assert "Needs you: outside the messaging window — write to the customer yourself" in text
    assert "Not sent: (#131047) Re-engagement message" in text

    sq = await shop.client.get(f"/orders/{order_id}", headers={"Accept-Language": "sq"})
    assert "nga mesazhet e klientit" in sq.text and "5.000,00 ALL" in sq.text


async def test_items_in_doubt_ask_the_merchant_to_check_them(
    shop: Dashboard, http: httpx.AsyncClient, account: Account, db: Any
) -> None:
    await with_catalog(http, account)
    order_id = await new_order(http, account)
    said = "Gjithsej 9000 lek, nesër te ju"
    total = {
        "source": "parser",
        "matches": False,
        "evidence": {"message_index": 1, "start": 0, "end": len(said), "text": said},
    }
    unknown = {"message_index": 0, "start": 20, "end": 33, "text": "dy kuleta lekure"}
    parsed = {"source": "parser", "skus": ["DRS-RED"], "evidence": [None]}

    async def record(sources: dict[str, Any]) -> None:
        with tenancy.tenant_scope(account.tenant_id):
            await tenancy.update(Order, {Order.sources: sources}).where(
                Order.id == uuid.UUID(order_id)
            )

    unsure = {"message_index": 0, "start": 4, "end": 10, "text": "fustan"}
    restated = {"message_index": 1, "start": 0, "end": 14, "text": "Fustan M ×3"}
    await record(
        {
            "items": parsed,
            "total": total,
            "unrecognised": {"evidence": [unknown]},
            "guessed": {"evidence": [unsure]},
            "uncertain": {"evidence": [restated]},
        }
    )
    text = (await shop.client.get(f"/orders/{order_id}")).text
    assert 'id="order-review"' in text and "Check these items" in text
    assert 'id="order-total-doubt"' in text and html.escape(said) in text
    assert "The total in the chat differs from these lines at catalog prices" in text
    assert 'id="order-unrecognised"' in text and "dy kuleta lekure" in text
    assert 'id="order-guessed"' in text and "not sure which product these words name" in text
    assert 'id="order-uncertain"' in text and "Fustan M ×3" in text
    assert "the shop&#39;s own summary in the chat says otherwise" in text
    # no confirmation went out yet, and the shop holds unsure orders (the default)
    assert 'id="order-held"' in text and 'id="order-approve"' in text
    listed = (await shop.client.get("/orders")).text
    assert 'class="badge badge-check"' in listed
    sq = await shop.client.get(f"/orders/{order_id}", headers={"Accept-Language": "sq"})
    assert "Totali në bisedë ndryshon nga këto rreshta" in sq.text
    assert "Artikujt janë në rregull" in sq.text

    # "the items are right": the doubts are settled for these items
    r = await shop.post(f"/orders/{order_id}/approve", {})
    assert r.status_code == 303 and r.headers["location"].endswith("?notice=approved")
    text = (await shop.client.get(r.headers["location"])).text
    assert 'id="approved-notice"' in text and 'id="order-review"' not in text
    assert 'class="badge badge-check"' not in (await shop.client.get("/orders")).text

    # the merchant's own items (corrected in the dashboard) are theirs to vouch for
    await record({"items": {"source": "merchant"}, "total": total})
    assert 'id="order-review"' not in (await shop.client.get(f"/orders/{order_id}")).text
    # and a total the parsed items make says nothing
    await record({"items": parsed, "total": {**total, "matches": True}})
    assert 'id="order-review"' not in (await shop.client.get(f"/orders/{order_id}")).text

    # a shop that does not hold them still sees the doubts, and nothing says "held"
    await record({"items": parsed, "total": total})
    r = await http.put("/api/v1/settings", json={"hold_unsure": False}, headers=account.headers)
    assert r.status_code == 200 and r.json()["hold_unsure"] is False
    text = (await shop.client.get(f"/orders/{order_id}")).text
    assert 'id="order-total-doubt"' in text and 'id="order-held"' not in text
    # a cancelled order is past checking, and cannot be approved any more
    await http.patch(
        f"/api/v1/orders/{order_id}", json={"status": "cancelled"}, headers=account.headers
    )
    assert 'id="order-review"' not in (await shop.client.get(f"/orders/{order_id}")).text
    r = await shop.post(f"/orders/{order_id}/approve", {})
    assert r.status_code == 303 and r.headers["location"] == f"/orders/{order_id}"


async def _in_doubt(tenant_id: str, order_id: str) -> None:
    """What the ingest job records for parsed items with customer words no product matched."""
    unknown = {"message_index": 0, "start": 0, "end": 6, "text": "kuleta"}
    sources = {
        "items": {"source": "parser", "skus": ["DRS-RED"], "evidence": [None]},
        "unrecognised": {"source": "parser", "evidence": [unknown]},
    }
    with tenancy.tenant_scope(tenant_id):
        await tenancy.update(Order, {Order.sources: sources}).where(Order.id == uuid.UUID(order_id))


async def test_the_orders_to_check_have_a_filter_of_their_own(
    shop: Dashboard,
    http: httpx.AsyncClient,
    account: Account,
    other_account: Account,
    monkeypatch: pytest.MonkeyPatch,
    db: Any,
) -> None:
    await with_catalog(http, account)
    empty = (await shop.client.get("/orders?status=check")).text
    assert "Nothing to check" in empty and "Connect a channel" not in empty
    made = [await new_order(http, account) for _ in range(5)]  # oldest first
    doubted = [made[0], made[2], made[3]]
    for order_id in doubted:
        await _in_doubt(account.tenant_id, order_id)
    theirs = await new_order(http, other_account, items=[{"name": "Shall", "quantity": 1}])
    await _in_doubt(other_account.tenant_id, theirs)
    # the one that is no longer new is past checking
    r = await http.patch(
        f"/api/v1/orders/{made[3]}", json={"status": "confirmed"}, headers=account.headers
    )
    assert r.status_code == 200 and r.json()["doubts"] == []

    api = "/api/v1/orders?in_doubt=true"
    listed = (await http.get(api, headers=account.headers)).json()
    assert [o["id"] for o in listed["items"]] == [made[2], made[0]]
    assert all(o["doubts"][0]["kind"] == "unrecognised" for o in listed["items"])
    # one at a time, through the cursor, past the orders not in doubt between them
    first = (await http.get(f"{api}&limit=1", headers=account.headers)).json()
    rest = await http.get(f"{api}&limit=1&cursor={first['next_cursor']}", headers=account.headers)
    assert [o["id"] for o in first["items"] + rest.json()["items"]] == [made[2], made[0]]
    assert rest.json()["next_cursor"] is None
    none = await http.get(f"{api}&status=confirmed", headers=account.headers)
    assert none.status_code == 200 and none.json()["items"] == []
    bad = await http.get("/api/v1/orders?in_doubt=maybe", headers=account.headers)
    assert bad.status_code == 400 and "in_doubt: true or false" in bad.text

    # the service reads the new orders a batch at a time: small batches find the same ones
    monkeypatch.setattr(orders_service, "DOUBT_BATCH", 1)
    with tenancy.tenant_scope(account.tenant_id):
        page = await orders_service.list_orders(None, 1, None, in_doubt=True)
        again = await orders_service.list_orders(None, 1, page["next_cursor"], in_doubt=True)
    assert [o["id"] for o in page["items"] + again["items"]] == [made[2], made[0]]
    assert again["next_cursor"] is None

    text = (await shop.client.get("/orders?status=check")).text
    assert '<option value="check" selected>' in text
    rows = re.findall(r'<tr id="order-([0-9a-f-]+)"', text)
    assert rows == [made[2], made[0]]
    fragment = await shop.client.get(
        "/orders?status=check", headers={**HTMX, "HX-Target": "order-results"}
    )
    assert re.findall(r'<tr id="order-([0-9a-f-]+)"', fragment.text) == rows
    assert "<html" not in fragment.text


CHECK_BADGE = re.compile(
    r'<span id="check-count" class="count count-check"( hx-swap-oob="true")?( hidden)?>(\d+\+?)<'
)


def check_badge(text: str) -> str | None:
    """The navigation's count of orders to check, ``None`` when it is hidden."""
    match = CHECK_BADGE.search(text)
    assert match is not None, "no badge"
    return None if match.group(2) else match.group(3)


async def test_the_navigation_counts_the_orders_to_check(
    shop: Dashboard,
    http: httpx.AsyncClient,
    account: Account,
    other_account: Account,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cap = orders_service.BADGE_CAP
    await with_catalog(http, account)
    made = [await new_order(http, account) for _ in range(4)]
    assert check_badge((await shop.client.get("/orders")).text) is None
    for order_id in made[:3]:
        await _in_doubt(account.tenant_id, order_id)
    theirs = await new_order(http, other_account, items=[{"name": "Shall", "quantity": 1}])
    await _in_doubt(other_account.tenant_id, theirs)  # another shop's doubts are not counted
    page = (await shop.client.get("/settings")).text
    assert check_badge(page) == "3" and '3<span class="sr-only"> to check' in page

    # confirming one from its page (htmx) sends the new count out of band
    r = await shop.post(f"/orders/{made[0]}/status", {"status": "confirmed"}, headers=HTMX)
    assert r.status_code == 200 and 'hx-swap-oob="true"' in r.text
    assert check_badge(r.text) == "2"
    # approving the items clears another
    await shop.post(f"/orders/{made[1]}/approve", {})
    assert check_badge((await shop.client.get("/orders")).text) == "1"

    # the count reads only the newest new orders, a batch at a time
    await _in_doubt(account.tenant_id, made[3])
    monkeypatch.setattr(orders_service, "DOUBT_BATCH", 1)
    with tenancy.tenant_scope(account.tenant_id):
        assert await orders_service.count_in_doubt() == 2
        monkeypatch.setattr(orders_service, "BADGE_SCAN", 1)
        assert await orders_service.count_in_doubt() == 1  # made[3], the newest
        monkeypatch.setattr(orders_service, "BADGE_CAP", 1)
        monkeypatch.setattr(orders_service, "BADGE_SCAN", 1000)
        assert await orders_service.count_in_doubt() == 1

    # past the cap the badge says "99+" (two are in doubt already)
    for _ in range(cap - 2):
        await _in_doubt(account.tenant_id, await new_order(http, account))
    page = (await shop.client.get("/orders")).text
    assert check_badge(page) == "99+"


async def test_other_tenants_and_malformed_ids_answer_404(
    shop: Dashboard, http: httpx.AsyncClient, other_account: Account
) -> None:
    theirs = await new_order(http, other_account, items=[{"name": "Shall", "quantity": 1}])
    for path in (f"/orders/{theirs}", f"/orders/{uuid.uuid4()}", "/orders/not-an-id"):
        r = await shop.client.get(path)
        assert r.status_code == 404 and "Order not found" in r.text, path
        assert "Ana Hoxha" not in r.text
    r = await shop.post(f"/orders/{theirs}/status", {"status": "cancelled"})
    assert r.status_code == 404
    still = await http.get(f"/api/v1/orders/{theirs}", headers=other_account.headers)
    assert still.json()["status"] == "new"


async def test_status_changes_and_refusals(
    shop: Dashboard, http: httpx.AsyncClient, account: Account
) -> None:
    order_id = await new_order(http, account, items=[{"name": "Shall", "quantity": 1}])
    path = f"/orders/{order_id}"
    page = await shop.client.get(path)
    assert 'value="confirmed"' in page.text and 'value="cancelled"' in page.text
    assert 'value="shipped"' not in page.text  # only the allowed next steps are offered
    assert 'hx-confirm="Cancel this order?' in page.text  # cancelling is final: asked first
    # without the CSRF token nothing changes
    assert (
        await shop.client.post(f"{path}/status", data={"status": "confirmed"})
    ).status_code == 403

    r = await shop.post(f"{path}/status", {"status": "confirmed"})
    assert r.status_code == 303 and r.headers["location"] == f"{path}?notice=status"
    after = await shop.client.get(r.headers["location"])
    assert 'badge-confirmed">Confirmed' in after.text and "the order is now Confirmed" in after.text
    assert 'value="shipped"' in after.text and 'value="confirmed"' not in after.text

    # htmx swaps only the status card
    r = await shop.post(f"{path}/status", {"status": "shipped"}, headers=HTMX)
    assert r.status_code == 200 and "<html" not in r.text
    assert r.text.lstrip().startswith('<section class="card" id="order-status"')
    assert "badge-shipped" in r.text and 'value="delivered"' in r.text

    # a refused transition is a message on the page, and nothing changes
    r = await shop.post(f"{path}/status", {"status": "new"})
    assert r.status_code == 409 and "<html" in r.text
    assert 'role="alert"' in r.text and "a Shipped order cannot become New" in r.text
    api = await http.get(f"/api/v1/orders/{order_id}", headers=account.headers)
    assert api.json()["status"] == "shipped"

    await shop.post(f"{path}/status", {"status": "cancelled"})
    closed = await shop.client.get(path)
    assert "badge-cancelled" in closed.text and "can no longer change" in closed.text
    assert 'name="status"' not in closed.text
    # htmx swaps only 2xx answers, so its refusal is a 200 card with the message
    r = await shop.post(f"{path}/status", {"status": "delivered"}, headers=HTMX)
    assert r.status_code == 200 and 'role="alert"' in r.text
    assert "a Cancelled order cannot become Delivered" in r.text


# --- the shop's confirmation settings -------------------------------------------------


async def test_confirmation_settings_form(
    shop: Dashboard, http: httpx.AsyncClient, account: Account
) -> None:
    # a German template set through the API survives the form, which edits sq and en only
    r = await http.put(
        "/api/v1/settings",
        json={"confirmation_templates": {"de": "Danke {{ name }}"}},
        headers=account.headers,
    )
    assert r.status_code == 200, r.text
    page = await shop.client.get("/settings")
    assert 'id="f-confirm_quiet_seconds"' in page.text and 'value="120"' in page.text
    assert f'placeholder="{html.escape(DEFAULT_TEMPLATES["sq"])}"' in page.text
    assert '<label for="f-template_en">English confirmation</label>' in page.text

    form = {
        "confirm_quiet_seconds": "30",
        "required_fields": ["phone", "city"],
        "hold_unsure": "on",
        "template_sq": "Faleminderit {{ name }}!",
        "template_en": "",
    }
    body = {"_csrf_token": shop.csrf, **form}
    r = await shop.client.post("/settings/shop", data=body)
    assert r.status_code == 303, r.text
    saved = (await http.get("/api/v1/settings", headers=account.headers)).json()
    assert saved["confirm_quiet_seconds"] == 30 and saved["follow_up"] is False
    assert saved["hold_unsure"] is True
    assert saved["required_fields"] == ["items", "phone", "city"]
    assert saved["confirmation_templates"] == {
        "sq": "Faleminderit {{ name }}!",
        "en": None,
        "it": None,
        "de": "Danke {{ name }}",
    }
    page = await shop.client.get(r.headers["location"])
    assert "Confirmation settings saved." in page.text
    assert 'value="30"' in page.text and checked(page.text) == ["hold_unsure", "phone", "city"]

    # a template that does not parse is shown next to its field; what was typed stays
    broken = {
        **form,
        "follow_up": "on",
        "template_en": "Hello {{ name",
        "confirm_quiet_seconds": "45",
    }
    r = await shop.client.post("/settings/shop", data={"_csrf_token": shop.csrf, **broken})
    assert r.status_code == 400
    assert 'aria-invalid="true">Hello {{ name</textarea>' in r.text
    assert 'id="f-template_en-note">This template cannot be used:' in r.text
    assert 'value="45"' in r.text and "Faleminderit {{ name }}!</textarea>" in r.text
    unchanged = (await http.get("/api/v1/settings", headers=account.headers)).json()
    assert unchanged["confirm_quiet_seconds"] == 30 and unchanged["follow_up"] is False

    r = await shop.client.post(
        "/settings/shop", data={"_csrf_token": shop.csrf, **form, "confirm_quiet_seconds": "soon"}
    )
    assert r.status_code == 400 and "Enter a whole number of seconds" in r.text
    assert 'value="soon"' in r.text
    # a number out of range is refused by the service, named, and shown at its field
    r = await shop.client.post(
        "/settings/shop", data={"_csrf_token": shop.csrf, **form, "confirm_quiet_seconds": "-5"}
    )
    assert r.status_code == 400 and 'id="f-confirm_quiet_seconds-note">Enter a whole' in r.text
    assert 'value="-5"' in r.text
