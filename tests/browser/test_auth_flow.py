"""Sign-up, log-out and log-in in a real browser."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.async_api import expect

from tests.browser.conftest import log_in, new_shop, sign_up

pytestmark = pytest.mark.browser


async def test_sign_up_lands_on_orders_with_a_safe_session_cookie(page: Any) -> None:
    shop = new_shop("Butik Ana")
    await sign_up(page, shop)
    await expect(page).to_have_url(re.compile(r"/orders$"))
    await expect(page.get_by_role("heading", name="Orders", exact=True)).to_be_visible()
    await expect(page.get_by_text("Every order Butik Ana received")).to_be_visible()
    await expect(page.get_by_role("heading", name="No orders yet")).to_be_visible()
    session = [c for c in await page.context.cookies() if c["name"] == "porosia_session"]
    assert len(session) == 1
    assert session[0]["httpOnly"] is True
    assert session[0]["sameSite"] == "Strict"
    # scripts cannot read it
    assert "porosia_session" not in await page.evaluate("document.cookie")


async def test_sign_up_errors_keep_what_was_typed(page: Any) -> None:
    shop = new_shop("Dyqani Im")
    await page.goto("/signup")
    await page.get_by_label("Email", exact=True).fill(shop.email)
    await page.get_by_label("Business name", exact=True).fill(shop.business)
    await page.get_by_label("Phone", exact=True).fill("12")
    await page.get_by_label("Password", exact=True).fill(shop.password)
    await page.get_by_role("button", name="Sign up", exact=True).click()
    await expect(page.get_by_text("Enter a phone number we can call")).to_be_visible()
    await expect(page.get_by_label("Email", exact=True)).to_have_value(shop.email)
    await expect(page.get_by_label("Business name", exact=True)).to_have_value(shop.business)
    await expect(page.get_by_label("Phone", exact=True)).to_have_value("12")
    await expect(page.get_by_label("Password", exact=True)).to_have_value("")
    await expect(page.get_by_label("Phone", exact=True)).to_have_attribute("aria-invalid", "true")

    # the same email twice: the form says so and nothing else changes
    await sign_up(page, shop)
    await expect(page).to_have_url(re.compile(r"/orders$"))
    await page.get_by_role("button", name="Log out").click()
    await sign_up(page, shop)
    await expect(page.get_by_text("This email is already registered")).to_be_visible()
    await expect(page.get_by_label("Email", exact=True)).to_have_value(shop.email)


async def test_log_out_and_log_in(page: Any) -> None:
    shop = new_shop()
    await sign_up(page, shop)
    await expect(page).to_have_url(re.compile(r"/orders$"))

    await page.get_by_role("button", name="Log out").click()
    await expect(page).to_have_url(re.compile(r"/login"))
    await expect(page.get_by_role("status")).to_have_text("You have logged out.")
    await page.goto("/orders")
    await expect(page).to_have_url(re.compile(r"/login$"))

    await log_in(page, shop.email, "not the password")
    await expect(page.get_by_role("alert")).to_have_text("Wrong email or password.")
    await expect(page.get_by_label("Email", exact=True)).to_have_value(shop.email)
    await log_in(page, "nobody-" + shop.email, shop.password)
    await expect(page.get_by_role("alert")).to_have_text("Wrong email or password.")

    await log_in(page, shop.email, shop.password)
    await expect(page).to_have_url(re.compile(r"/orders$"))
    await expect(page.get_by_role("heading", name="Orders", exact=True)).to_be_visible()
