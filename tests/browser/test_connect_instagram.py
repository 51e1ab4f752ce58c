"""Connecting Instagram with Instagram Login in Chromium: the channels page's button, the
(fake) Instagram authorize page, the way back with the code and the signed state."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from playwright.async_api import expect

from tests.browser.conftest import api_token, new_shop, sign_up
from tests.conftest import Platform

pytestmark = pytest.mark.browser


async def _instagram(platform: Platform, headers: dict[str, str]) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=platform.base_url) as client:
        r = await client.get("/api/v1/channels", headers=headers)
    assert r.status_code == 200, r.text
    return next(c for c in r.json()["items"] if c["name"] == "instagram")


async def test_connect_instagram_round_trip(page: Any, platform: Platform, fake_meta: Any) -> None:
    # Meta's SDK (for WhatsApp's button) is not reachable from the test machine
    await page.route("https://connect.facebook.net/**", lambda route: route.abort())
    shop = new_shop()
    await sign_up(page, shop)
    await expect(page).to_have_url(re.compile(r"/orders$"))
    await page.get_by_role("link", name="Channels").click()
    card = page.locator("#channel-instagram")

    # cancelling on Instagram's page saves nothing and says so
    await card.get_by_role("link", name="Connect with Instagram").click()
    await expect(page).to_have_url(re.compile(r"/igweb/oauth/authorize\?"))
    await page.get_by_role("link", name="Cancel").click()
    await expect(page.locator("#channel-instagram").get_by_role("status")).to_have_text(
        "Connecting Instagram was cancelled: nothing was saved."
    )

    account = "17841499887766"
    fake_meta.next_login(user_id="1029384756", ig_user_id=account, username="butik_ana")
    await (
        page.locator("#channel-instagram")
        .get_by_role("link", name="Connect with Instagram")
        .click()
    )
    await expect(page.get_by_role("heading")).to_contain_text("@butik_ana")
    await page.get_by_role("link", name="Allow").click()
    await expect(page).to_have_url(re.compile(r"/channels\?connected=instagram#channel-instagram$"))
    card = page.locator("#channel-instagram")
    await expect(card.get_by_role("status")).to_have_text(
        "Instagram is connected and on. Its messages now become orders."
    )
    await expect(card.get_by_role("switch", name="Instagram")).to_have_attribute(
        "aria-checked", "true"
    )
    await expect(card.get_by_label("Instagram account ID")).to_have_value(account)
    ig = await _instagram(platform, await api_token(platform, shop))
    assert ig["enabled"] is True and ig["connected_by_login"] is True
    assert ig["settings"]["access_token"]["set"] is True
    assert f"instagram:{account}" in fake_meta.subscriptions
