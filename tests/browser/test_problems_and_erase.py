"""A message the ingest job kept failing on shows under Problems; Retry sends it back, the
platform's worker turns it into an order, and the customer's data is then erased from the
order page after the confirmation step."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
import pytest
from playwright.async_api import expect

from tests.browser.conftest import api_token, new_shop, sign_up
from tests.conftest import Platform
from tests.integration.test_catalog_api import CATALOG
from tests.integration.test_dashboard_inbox import park_message

pytestmark = pytest.mark.browser

WORDS = "Pershendetje, jam Arta Kelmendi, dua 1 fustan te kuq masa L, Rr. Kavajes 8, Tirane"


async def test_retry_a_problem_then_erase_the_customer(
    page: Any, platform: Platform, db: Any
) -> None:
    shop = new_shop()
    await sign_up(page, shop)
    await expect(page).to_have_url(re.compile(r"/orders$"))
    headers = await api_token(platform, shop)
    async with httpx.AsyncClient(base_url=platform.base_url, headers=headers) as client:
        assert (await client.put("/api/v1/catalog", json=CATALOG)).status_code == 200
        tenant_id = (await client.get("/api/v1/me")).json()["tenant"]["id"]
    await park_message(tenant_id, WORDS)

    # the navigation counts the parked message; the page lists it
    await page.reload()
    nav = page.get_by_role("navigation", name="Main")
    badge = nav.locator("#inbox-count")
    await expect(badge).to_have_text("1 waiting")
    await nav.get_by_role("link", name="Problems").click()
    await expect(page).to_have_url(re.compile(r"/inbox$"))
    await expect(page.get_by_role("heading", level=1)).to_have_text("Problems")
    row = page.locator("#inbox-items tbody tr")
    await expect(row).to_have_count(1)
    await expect(row).to_contain_text("WhatsApp")
    await expect(row).to_contain_text("OperationalError")

    await row.get_by_role("button", name="Retry").click()
    await expect(page.get_by_role("status")).to_have_text(
        "Sent back: the message will be read again in a moment."
    )
    await expect(page.get_by_role("heading", name="No problems")).to_be_visible()
    await expect(badge).to_be_hidden()
    await expect(page).to_have_url(re.compile(r"/inbox$"))  # swapped in place by htmx

    # the platform's worker reads it again: the order appears in the list
    await nav.get_by_role("link", name="Orders").click()
    customer = page.get_by_role("link", name="Arta Kelmendi")
    for _ in range(100):
        if await customer.count():
            break
        await asyncio.sleep(0.2)
        await page.reload()
    await customer.click()
    await expect(page.get_by_role("heading", level=1)).to_have_text("Order from Arta Kelmendi")
    await expect(page.locator("#order-address")).to_contain_text("Rr. Kavajes 8")
    order_url = page.url

    # erasing asks first, on a page of its own; the box must be ticked
    await page.get_by_role("link", name="Delete this customer's data…").click()
    await expect(page).to_have_url(re.compile(r"/erase$"))
    await expect(page.get_by_role("heading", level=1)).to_have_text("Delete this customer's data")
    submit = page.get_by_role("button", name="Delete the customer's data")
    await submit.click()
    await expect(page).to_have_url(re.compile(r"/erase$"))  # the browser asks for the tick
    await page.get_by_role("link", name="Keep the data").click()
    await expect(page).to_have_url(order_url)
    await expect(page.locator("#order-customer_name")).to_contain_text("Arta Kelmendi")

    await page.get_by_role("link", name="Delete this customer's data…").click()
    await page.get_by_label(
        "I understand that this customer's data will be deleted for good"
    ).check()
    await page.get_by_role("button", name="Delete the customer's data").click()
    await expect(page).to_have_url(re.compile(r"\?notice=erased$"))
    await expect(page.get_by_role("status")).to_contain_text(
        "This customer's data has been deleted"
    )
    await expect(page.get_by_role("heading", level=1)).to_have_text("Order from Unnamed customer")
    for field in ("customer_name", "phone", "address", "city"):
        await expect(page.locator(f"#order-{field}")).to_have_text("—")
    await expect(page.locator("#order-items")).to_contain_text("Fustan i kuq")
    await expect(page.get_by_role("link", name="Delete this customer's data…")).to_have_count(0)
