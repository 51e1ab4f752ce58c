"""The channels page: configure a channel, switch it on and off, see it stick."""

from __future__ import annotations

import random
import re
from typing import Any

import httpx
import pytest
from playwright.async_api import expect

from tests.browser.conftest import api_token, new_shop, sign_up
from tests.conftest import Platform

pytestmark = pytest.mark.browser


async def _whatsapp(platform: Platform, headers: dict[str, str]) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=platform.base_url) as client:
        r = await client.get("/api/v1/channels", headers=headers)
    assert r.status_code == 200, r.text
    return next(c for c in r.json()["items"] if c["name"] == "whatsapp")


async def test_toggle_a_channel(page: Any, platform: Platform) -> None:
    shop = new_shop()
    await sign_up(page, shop)
    await expect(page).to_have_url(re.compile(r"/orders$"))
    await page.get_by_role("link", name="Channels").click()
    card = page.locator("#channel-whatsapp")
    switch = card.get_by_role("switch", name="WhatsApp")
    await expect(switch).to_have_attribute("aria-checked", "false")

    # switching on before the required settings are there is refused, and says why
    await switch.click()
    await expect(card.get_by_role("alert")).to_contain_text("Phone number ID")
    await expect(card.get_by_role("switch", name="WhatsApp")).to_have_attribute(
        "aria-checked", "false"
    )

    phone_number_id = str(random.randrange(10**14, 10**15))
    await card.get_by_label("Phone number ID").fill(phone_number_id)
    await card.get_by_label("Access token", exact=True).fill("EAAG-test-token-98765")
    await card.get_by_role("button", name="Save WhatsApp settings").click()
    await expect(card.get_by_role("status")).to_have_text("Saved.")
    # the secret is never sent back to the browser
    await expect(card.get_by_label("Access token", exact=True)).to_have_value("")
    await expect(card.get_by_text("••••8765")).to_be_visible()
    assert "EAAG-test-token-98765" not in await page.content()

    await card.get_by_role("switch", name="WhatsApp").click()
    await expect(card.get_by_role("switch", name="WhatsApp")).to_have_attribute(
        "aria-checked", "true"
    )
    await page.reload()
    card = page.locator("#channel-whatsapp")
    await expect(card.get_by_role("switch", name="WhatsApp")).to_have_attribute(
        "aria-checked", "true"
    )
    await expect(card.get_by_label("Phone number ID")).to_have_value(phone_number_id)

    headers = await api_token(platform, shop)
    entry = await _whatsapp(platform, headers)
    assert entry["enabled"] is True
    assert entry["settings"]["phone_number_id"] == phone_number_id
    assert entry["settings"]["access_token"]["set"] is True
    # the page shows the same webhook URL and verify token as the API
    await expect(card.get_by_text(entry["webhook_url"])).to_be_visible()
    await expect(card.get_by_text(entry["verify_token"])).to_be_visible()

    await card.get_by_role("switch", name="WhatsApp").click()
    await expect(card.get_by_role("switch", name="WhatsApp")).to_have_attribute(
        "aria-checked", "false"
    )
    await page.reload()
    await expect(
        page.locator("#channel-whatsapp").get_by_role("switch", name="WhatsApp")
    ).to_have_attribute("aria-checked", "false")
    assert (await _whatsapp(platform, headers))["enabled"] is False


async def test_switching_whatsapp_on_registers_the_number_and_shows_its_pin_once(
    page: Any, platform: Platform, fake_meta: Any
) -> None:
    shop = new_shop()
    await sign_up(page, shop)
    await page.goto("/channels")
    card = page.locator("#channel-whatsapp")
    number = str(random.randrange(10**14, 10**15))
    await card.get_by_label("Phone number ID").fill(number)
    await card.get_by_label("WhatsApp Business Account ID").fill(str(random.randrange(10**14)))
    await card.get_by_label("Access token", exact=True).fill("EAAG-test-token-12345")
    await expect(card.get_by_text("6 digits. Leave it blank")).to_be_visible()
    await card.get_by_role("button", name="Save WhatsApp settings").click()
    await expect(card.get_by_role("status")).to_have_text("Saved.")
    await card.get_by_role("switch", name="WhatsApp").click()
    await expect(card.get_by_role("switch", name="WhatsApp")).to_have_attribute(
        "aria-checked", "true"
    )
    [call] = [c for c in fake_meta.register_calls if c["phone_number_id"] == number]
    pin = call["body"]["pin"]
    notice = card.locator("#channel-whatsapp-new-pin")
    await expect(notice).to_contain_text(f"Its two-step verification PIN is {pin}")
    await expect(card.locator("#channel-whatsapp-registration")).to_contain_text(
        "Registered for the Cloud API on "
    )
    # once: a reload no longer shows it
    await page.reload()
    card = page.locator("#channel-whatsapp")
    await expect(card.locator("#channel-whatsapp-new-pin")).to_have_count(0)
    await expect(card).not_to_contain_text(pin)
    await expect(card.get_by_text("Stored encrypted (••••)")).to_be_visible()
    # switching off unsubscribes the WABA; the card says it is off
    await card.get_by_role("switch", name="WhatsApp").click()
    await expect(card.get_by_role("switch", name="WhatsApp")).to_have_attribute(
        "aria-checked", "false"
    )
    entry = await _whatsapp(platform, await api_token(platform, shop))
    assert f"whatsapp:{entry['settings']['waba_id']}" not in fake_meta.subscriptions
