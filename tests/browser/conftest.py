"""Browser fixtures: Debian's Chromium driven by Playwright (never a downloaded browser).

Without /usr/bin/chromium the browser tests are skipped, except under ``CI=true`` where a
missing Chromium fails them: CI must prove the dashboard works in a real browser.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import Platform

# Debian's package; overridable only to check the skip/fail rule without uninstalling it.
CHROMIUM = Path(os.environ.get("POROSIA_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium, or skip (fail under CI=true)."""
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true needs Chromium at {CHROMIUM} for the browser tests")
        pytest.skip(f"Chromium not installed at {CHROMIUM}")
    return CHROMIUM


@pytest.fixture(scope="session")
async def browser(chromium: Path) -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        launched = await pw.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            await launched.close()


NewPage = Callable[..., Awaitable[Any]]


@pytest.fixture
async def new_page(browser: Any, platform: Platform) -> AsyncIterator[NewPage]:
    """Open a page in a fresh browser context (own cookies), e.g. ``locale="sq-AL"``."""
    contexts: list[Any] = []

    async def open_page(locale: str = "en-US") -> Any:
        context = await browser.new_context(base_url=platform.base_url, locale=locale)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return await context.new_page()

    yield open_page
    for context in contexts:
        await context.close()


@pytest.fixture
async def page(new_page: NewPage) -> Any:
    return await new_page()


@dataclass
class Shop:
    email: str
    password: str
    business: str


def new_shop(business: str = "Butik Ana") -> Shop:
    return Shop(f"shop-{uuid.uuid4().hex[:10]}@example.com", PASSWORD, business)


ENGLISH = {
    "email": "Email",
    "business_name": "Business name",
    "phone": "Phone",
    "password": "Password",
    "submit": "Sign up",
}


async def sign_up(page: Any, shop: Shop, labels: dict[str, str] = ENGLISH) -> None:
    """Fill the sign-up form by its labels and submit it by the button's name."""
    await page.goto("/signup")
    await page.get_by_label(labels["email"], exact=True).fill(shop.email)
    await page.get_by_label(labels["business_name"], exact=True).fill(shop.business)
    await page.get_by_label(labels["phone"], exact=True).fill("069 234 5678")
    await page.get_by_label(labels["password"], exact=True).fill(shop.password)
    await page.get_by_role("button", name=labels["submit"], exact=True).click()


async def log_in(page: Any, email: str, password: str) -> None:
    await page.goto("/login")
    await page.get_by_label("Email", exact=True).fill(email)
    await page.get_by_label("Password", exact=True).fill(password)
    await page.get_by_role("button", name="Log in", exact=True).click()


async def api_token(platform: Platform, shop: Shop) -> dict[str, str]:
    async with httpx.AsyncClient(base_url=platform.base_url) as client:
        body = {"email": shop.email, "password": shop.password}
        r = await client.post("/api/v1/token", json=body)
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


async def htmx_settled(page: Any) -> None:
    """Wait until the content htmx last swapped in is live. htmx binds the ``hx-*`` triggers of
    new content only when it settles (a timer after the swap), so a test that acts on it at
    once, faster than any person, can change an input before htmx listens to it."""
    from playwright.async_api import expect

    await expect(page.locator(".htmx-added, .htmx-settling, .htmx-swapping")).to_have_count(0)
