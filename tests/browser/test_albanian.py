"""The dashboard speaks Albanian to a browser that asks for it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.async_api import expect

from tests.browser.conftest import NewPage, new_shop, sign_up

pytestmark = pytest.mark.browser

ALBANIAN = {
    "email": "Email",
    "business_name": "Emri i biznesit",
    "phone": "Telefoni",
    "password": "Fjalëkalimi",
    "submit": "Regjistrohu",
}


async def test_albanian_interface(new_page: NewPage) -> None:
    page: Any = await new_page(locale="sq-AL")
    await page.goto("/login")
    await expect(page.locator("html")).to_have_attribute("lang", "sq")
    await expect(page.get_by_role("heading", name="Hyr", exact=True)).to_be_visible()
    await expect(page.get_by_role("button", name="Hyr", exact=True)).to_be_visible()

    await sign_up(page, new_shop("Dyqani i Bardhë"), labels=ALBANIAN)
    await expect(page).to_have_url(re.compile(r"/orders$"))
    await expect(page.get_by_role("heading", name="Porositë", exact=True)).to_be_visible()
    await expect(page.get_by_role("heading", name="Ende asnjë porosi")).to_be_visible()
    await page.get_by_role("link", name="Kanalet").click()
    await expect(
        page.locator("#channel-whatsapp").get_by_role("button", name="Ruaj cilësimet e WhatsApp")
    ).to_be_visible()
    await page.get_by_role("link", name="Cilësimet").click()
    await expect(page.get_by_role("link", name="Fshi llogarinë")).to_be_visible()
    await page.get_by_role("button", name="Dil").click()
    await expect(page.get_by_role("status")).to_have_text("Dole nga llogaria.")


async def test_english_by_default(new_page: NewPage) -> None:
    page: Any = await new_page(locale="de-DE")
    await page.goto("/login")
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await expect(page.get_by_role("heading", name="Log in", exact=True)).to_be_visible()
