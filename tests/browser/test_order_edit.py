"""Correcting an order in the browser: Edit swaps the details for a form (htmx), choosing a
product refreshes its variants, and Save shows the corrected order."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from playwright.async_api import expect

from tests.browser.conftest import api_token, htmx_settled, new_shop, sign_up
from tests.conftest import Platform

pytestmark = pytest.mark.browser

CATALOG = {
    "currency": "ALL",
    "products": [
        {"sku": "DRS-RED", "name": "Fustan i kuq", "price": 2500, "variants": ["S", "M", "L"]},
        {"sku": "SCARF", "name": "Shall", "price": 800, "variants": []},
        {"sku": "BAG-01", "name": "Çantë lëkure", "price": 4000, "variants": []},
    ],
}


async def test_edit_an_order_and_see_the_correction(page: Any, platform: Platform) -> None:
    shop = new_shop()
    await sign_up(page, shop)
    await expect(page).to_have_url(re.compile(r"/orders$"))
    headers = await api_token(platform, shop)
    async with httpx.AsyncClient(base_url=platform.base_url) as client:
        r = await client.put("/api/v1/catalog", headers=headers, json=CATALOG)
        assert r.status_code == 200, r.text
        r = await client.post(
            "/api/v1/orders",
            headers=headers,
            json={
                "customer": {"name": "Drita Krasniqi", "city": "Durrës"},
                "items": [
                    {"product": "DRS-RED", "quantity": 2, "variant": "M"},
                    {"product": "BAG-01", "quantity": 1},
                ],
            },
        )
        assert r.status_code == 201, r.text
    order_id = r.json()["id"]
    await page.goto(f"/orders/{order_id}")
    await expect(page.locator("#order-total")).to_have_text("9,000.00 ALL")

    # Edit swaps the details for the form in place; Cancel brings them back unchanged
    await page.get_by_role("link", name="Edit order").click()
    form = page.locator("#order-edit-form")
    await expect(form).to_be_visible()
    await expect(page).to_have_url(re.compile(rf"/orders/{order_id}$"))
    await expect(page.get_by_label("Variant of item 1")).to_have_value("M")
    await page.get_by_label("Quantity of item 1").fill("5")
    await page.get_by_role("link", name="Cancel").click()
    await expect(form).to_have_count(0)
    await expect(page.locator("#order-total")).to_have_text("9,000.00 ALL")

    await page.get_by_role("link", name="Edit order").click()
    await expect(page.get_by_label("Quantity of item 1")).to_have_value("2")
    await htmx_settled(page)  # the product choice below posts through htmx
    await page.get_by_label("Variant of item 1").select_option("L")
    # another product for the second item: its variants (none) replace the old choices
    # (the bag had no variants either: wait for the form's re-render, not for that text)
    async with page.expect_response(
        lambda r: r.request.method == "POST" and r.url.endswith(f"/orders/{order_id}/edit")
    ) as answer:
        await page.get_by_label("Product of item 2").select_option("SCARF")
    assert (await answer.value).ok
    await expect(form.locator("#item-1")).to_contain_text("no variants")
    await expect(form.locator("#item-1")).to_contain_text("800.00 ALL")
    await expect(page.get_by_label("Variant of item 1")).to_have_value("L")  # kept
    await page.get_by_label("Quantity of item 2").fill("3")
    await page.get_by_role("button", name="Save changes").click()

    await expect(page.get_by_role("status")).to_have_text(
        "Saved: your corrections are on the order."
    )
    items = page.locator("#order-items tbody tr")
    await expect(items).to_have_count(2)
    await expect(items.nth(0)).to_contain_text("Fustan i kuq")
    await expect(items.nth(0).locator("td").nth(3)).to_have_text("L")
    await expect(items.nth(1)).to_contain_text("Shall")
    await expect(items.nth(1).locator("td").nth(2)).to_have_text("3")
    await expect(page.locator("#order-total")).to_have_text("7,400.00 ALL")
    await expect(page.locator("#items-title")).to_contain_text("set by you")
