"""An order opened from the list: its details, and a status change with htmx."""

from __future__ import annotations

import asyncio
import re
import uuid
from typing import Any

import httpx
import pytest
from playwright.async_api import expect

from core import tenancy
from core.tables import Order
from tests.browser.conftest import api_token, new_shop, sign_up
from tests.conftest import Platform

pytestmark = pytest.mark.browser


async def test_open_an_order_and_change_its_status(page: Any, platform: Platform) -> None:
    shop = new_shop()
    await sign_up(page, shop)
    await expect(page).to_have_url(re.compile(r"/orders$"))
    headers = await api_token(platform, shop)
    async with httpx.AsyncClient(base_url=platform.base_url) as client:
        r = await client.post(
            "/api/v1/orders",
            headers=headers,
            json={
                "customer": {"name": "Drita Krasniqi", "city": "Durrës"},
                "items": [{"name": "Fustan", "quantity": 2, "unit_price": "2500"}],
            },
        )
        assert r.status_code == 201, r.text
    order_id = r.json()["id"]

    await page.reload()
    await page.get_by_role("link", name="Drita Krasniqi").click()
    await expect(page).to_have_url(re.compile(rf"/orders/{order_id}$"))
    await expect(page.get_by_role("heading", level=1)).to_have_text("Order from Drita Krasniqi")
    await expect(page.locator("#order-total")).to_have_text("5,000.00 ALL")
    await expect(page.locator("#order-city")).to_contain_text("Durrës")

    status = page.locator("#order-status")
    await expect(status).to_contain_text("New")
    await page.get_by_role("button", name="Mark as confirmed").click()
    await expect(status.get_by_role("status")).to_have_text("Saved: the order is now Confirmed.")
    await expect(page.get_by_role("button", name="Mark as shipped")).to_be_visible()
    await expect(page.get_by_role("button", name="Mark as confirmed")).to_have_count(0)

    # cancelling is final, so the browser asks first; saying no leaves the order as it is
    questions: list[str] = []

    def answer(accept: bool) -> Any:
        def handle(dialog: Any) -> None:
            questions.append(dialog.message)
            asyncio.ensure_future(dialog.accept() if accept else dialog.dismiss())

        return handle

    page.once("dialog", answer(False))
    await page.get_by_role("button", name="Cancel order").click()
    assert len(questions) == 1 and questions[0].startswith("Cancel this order?")

    # the change is stored: the page and the list show it after a reload
    await page.reload()
    await expect(status).to_contain_text("Confirmed")
    await expect(page.get_by_role("button", name="Cancel order")).to_be_visible()
    await page.get_by_role("link", name="All orders").click()
    await expect(page.locator(f"#order-{order_id}")).to_contain_text("Confirmed")

    await page.get_by_role("link", name="Drita Krasniqi").click()
    page.once("dialog", answer(True))
    await page.get_by_role("button", name="Cancel order").click()
    await expect(status).to_contain_text("Saved: the order is now Cancelled.")
    await expect(page.get_by_role("button")).to_have_count(1)  # only "Log out" is left


async def test_a_change_refused_on_a_stale_page_says_why(page: Any, platform: Platform) -> None:
    shop = new_shop()
    await sign_up(page, shop)
    await expect(page).to_have_url(re.compile(r"/orders$"))
    headers = await api_token(platform, shop)
    async with httpx.AsyncClient(base_url=platform.base_url) as client:
        r = await client.post(
            "/api/v1/orders", headers=headers, json={"items": [{"name": "Shall", "quantity": 1}]}
        )
        order_id = r.json()["id"]
        await page.goto(f"/orders/{order_id}")
        # meanwhile the order is cancelled elsewhere (another tab, the API)
        r = await client.patch(
            f"/api/v1/orders/{order_id}", headers=headers, json={"status": "cancelled"}
        )
        assert r.status_code == 200, r.text
    await page.get_by_role("button", name="Mark as confirmed").click()
    status = page.locator("#order-status")
    await expect(status.get_by_role("alert")).to_have_text(
        "Not changed: a Cancelled order cannot become Confirmed."
    )
    await expect(status).to_contain_text("can no longer change")
    await expect(status.get_by_role("button")).to_have_count(0)


async def test_an_order_in_doubt_is_checked_and_approved(
    page: Any, platform: Platform, db: Any
) -> None:
    shop = new_shop()
    await sign_up(page, shop)
    headers = await api_token(platform, shop)
    async with httpx.AsyncClient(base_url=platform.base_url, headers=headers) as client:
        r = await client.post(
            "/api/v1/orders",
            json={
                "customer": {"name": "Besa Hoti", "city": "Pejë"},
                "items": [{"name": "Çantë lëkure", "quantity": 1, "unit_price": "3200"}],
            },
        )
        assert r.status_code == 201, r.text
        order_id = r.json()["id"]
        tenant_id = (await client.get("/api/v1/me")).json()["tenant"]["id"]
        sure = await client.post(
            "/api/v1/orders",
            json={"customer": {"name": "Arta Krasniqi"}, "items": [{"name": "Kuletë"}]},
        )
        assert sure.status_code == 201, sure.text
    # what the ingest job records when the parser could not match part of the customer's words
    doubt = {"message_index": 0, "start": 0, "end": 17, "text": "edhe dy portofola"}
    sources = {"items": {"source": "parser"}, "unrecognised": {"evidence": [doubt]}}
    with tenancy.tenant_scope(tenant_id):
        await tenancy.update(Order, {Order.sources: sources}).where(Order.id == uuid.UUID(order_id))

    await page.goto(f"{platform.base_url}/orders")
    row = page.locator(f"#order-{order_id}")
    await expect(row.locator(".badge-check")).to_have_text("Check")
    nav_badge = page.get_by_role("navigation", name="Main").locator("#check-count")
    await expect(nav_badge).to_have_text("1 to check")
    rows = page.locator("#order-rows tr[id^='order-']")
    await expect(rows).to_have_count(2)
    await page.get_by_label("Status").select_option(label="To check (unsure items)")
    await expect(page).to_have_url(re.compile(r"status=check"))
    await expect(rows).to_have_count(1)
    await expect(rows.first).to_contain_text("Besa Hoti")
    await page.get_by_role("link", name="Besa Hoti").click()
    review = page.locator("#order-review")
    await expect(review).to_contain_text("no product in your catalog matched")
    await expect(review).to_contain_text("edhe dy portofola")
    await expect(page.locator("#order-held")).to_be_visible()

    await page.get_by_role("button", name="The items are right").click()
    await expect(page.locator("#approved-notice")).to_be_visible()
    await expect(page.locator("#order-review")).to_have_count(0)
    await expect(nav_badge).to_be_hidden()
    await page.get_by_role("link", name="All orders").click()
    await expect(page.locator(f"#order-{order_id}")).to_be_visible()
    await expect(page.locator(f"#order-{order_id} .badge-check")).to_have_count(0)
    await page.goto(f"{platform.base_url}/orders?status=check")
    await expect(page.get_by_role("heading", name="Nothing to check")).to_be_visible()
