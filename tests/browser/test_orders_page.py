"""The orders list: filter by status and load more through the cursor, with htmx."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from playwright.async_api import expect

from tests.browser.conftest import api_token, new_shop, sign_up
from tests.conftest import Platform

pytestmark = pytest.mark.browser
STATUSES = ["new", "confirmed", "shipped", "delivered", "cancelled"]


async def test_filter_and_load_more(page: Any, platform: Platform) -> None:
    shop = new_shop()
    await sign_up(page, shop)
    await expect(page).to_have_url(re.compile(r"/orders$"))
    headers = await api_token(platform, shop)
    async with httpx.AsyncClient(base_url=platform.base_url) as client:
        for i in range(30):
            r = await client.post(
                "/api/v1/orders",
                headers=headers,
                json={
                    "status": STATUSES[i % 5],
                    "customer": {"name": f"Klient {i:02d}", "city": "Tiranë"},
                    "items": [{"name": "Fustan", "quantity": 1 + i % 3, "unit_price": "2500"}],
                },
            )
            assert r.status_code == 201, r.text

    await page.reload()
    rows = page.locator("#order-rows tr[id^='order-']")
    await expect(rows).to_have_count(25)
    await expect(rows.first).to_contain_text("Klient 29")  # newest first
    await page.get_by_role("link", name="Load more").click()
    await expect(rows).to_have_count(30)
    await expect(rows.last).to_contain_text("Klient 00")
    await expect(page.get_by_role("link", name="Load more")).to_have_count(0)

    await page.get_by_label("Status").select_option(label="Delivered")
    await expect(page).to_have_url(re.compile(r"status=delivered"))
    await expect(rows).to_have_count(6)
    for text in await rows.all_inner_texts():
        assert "Delivered" in text
    await page.reload()  # the filtered list has its own address
    await expect(rows).to_have_count(6)
    await expect(page.get_by_label("Status")).to_have_value("delivered")
