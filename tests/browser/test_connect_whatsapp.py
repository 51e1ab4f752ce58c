"""WhatsApp Embedded Signup on the channels page in Chromium. Meta's SDK and its popup are
not reachable from the test machine, so the browser is given stand-ins at Meta's own
addresses: ``connect.facebook.net/en_US/sdk.js`` defines ``FB`` (its ``login`` opens a frame
on ``https://www.facebook.com`` that posts the ``WA_EMBEDDED_SIGNUP`` message, then answers
with a code the fake Graph API issued). Everything after that is the real page script, the
real dashboard endpoint and the fake's real code exchange."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from playwright.async_api import expect

from tests.browser.conftest import api_token, new_shop, sign_up
from tests.conftest import META_APP_ID, Platform

pytestmark = pytest.mark.browser

SDK = """
window.FB = {
  init: function (options) { sessionStorage.setItem("fbInit", JSON.stringify(options)); },
  login: function (callback, options) {
    sessionStorage.setItem("fbLogin", JSON.stringify(options));
    var frame = document.createElement("iframe");
    frame.src = "https://www.facebook.com/embedded-signup";
    frame.onload = function () { setTimeout(function () { callback(%s); }, 50); };
    document.body.appendChild(frame);
  },
};
if (window.fbAsyncInit) window.fbAsyncInit();
"""

POPUP = """<!doctype html><script>
parent.postMessage(JSON.stringify(%s), "*");
</script>"""


async def _stand_ins(page: Any, session: dict[str, Any] | None, login: dict[str, Any]) -> None:
    async def sdk(route: Any) -> None:
        await route.fulfill(content_type="text/javascript", body=SDK % json.dumps(login))

    async def popup(route: Any) -> None:
        body = POPUP % json.dumps(session) if session else "<!doctype html><p>Meta</p>"
        await route.fulfill(content_type="text/html", body=body)

    await page.route("https://connect.facebook.net/**", sdk)
    await page.route("https://www.facebook.com/**", popup)


async def test_connect_whatsapp_with_embedded_signup(
    page: Any, platform: Platform, fake_meta: Any
) -> None:
    issued = fake_meta.issue_code("whatsapp")
    ids = {"waba_id": issued["waba_id"], "phone_number_id": issued["phone_number_id"]}
    session = {"type": "WA_EMBEDDED_SIGNUP", "event": "FINISH", "data": ids}
    await _stand_ins(page, session, {"authResponse": {"code": issued["code"]}})
    shop = new_shop()
    await sign_up(page, shop)
    await expect(page).to_have_url(re.compile(r"/orders$"))
    await page.get_by_role("link", name="Channels").click()
    card = page.locator("#channel-whatsapp")
    await card.get_by_role("button", name="Connect with WhatsApp").click()
    # the number was registered with a PIN chosen for it: shown once, before leaving the page
    shown = card.locator("#channel-whatsapp-signup-status")
    await expect(shown).to_contain_text("Your number is registered.")
    [registration] = [
        c for c in fake_meta.register_calls if c["phone_number_id"] == issued["phone_number_id"]
    ]
    pin = registration["body"]["pin"]
    await expect(shown).to_contain_text(f"Its two-step verification PIN is {pin}: write it down")
    await shown.get_by_role("link", name="I have written it down").click()
    await expect(page).to_have_url(re.compile(r"/channels\?connected=whatsapp$"))
    card = page.locator("#channel-whatsapp")
    await expect(card).not_to_contain_text(pin)
    await expect(card.locator("#channel-whatsapp-registration")).to_contain_text(
        "Registered for the Cloud API on "
    )
    await expect(card.get_by_role("status")).to_have_text(
        "WhatsApp is connected and on. Its messages now become orders."
    )
    await expect(card.get_by_label("Phone number ID")).to_have_value(issued["phone_number_id"])
    init = json.loads(await page.evaluate("sessionStorage.getItem('fbInit')"))
    assert init["appId"] == META_APP_ID and init["version"] == "v23.0"
    login = json.loads(await page.evaluate("sessionStorage.getItem('fbLogin')"))
    assert login["config_id"] == "777000111" and login["response_type"] == "code"
    async with httpx.AsyncClient(base_url=platform.base_url) as client:
        r = await client.get("/api/v1/channels", headers=await api_token(platform, shop))
    wa = next(c for c in r.json()["items"] if c["name"] == "whatsapp")
    assert wa["enabled"] is True and wa["connected_by_login"] is True
    assert f"whatsapp:{issued['waba_id']}" in fake_meta.subscriptions
    assert wa["health"]["registered_at"] and wa["settings"]["coexistence"] is False


async def test_a_number_kept_in_the_business_app_connects_without_registering(
    page: Any, platform: Platform, fake_meta: Any
) -> None:
    app_url = f"{platform.base_url}/webhooks/meta/whatsapp"
    fields = ["messages", "smb_message_echoes", "history", "smb_app_state_sync"]
    fake_meta.set_app_fields(META_APP_ID, app_url, fields)
    try:
        issued = fake_meta.issue_code("whatsapp")
        ids = {"waba_id": issued["waba_id"], "phone_number_id": issued["phone_number_id"]}
        event = "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING"
        session = {"type": "WA_EMBEDDED_SIGNUP", "event": event, "data": ids}
        await _stand_ins(page, session, {"authResponse": {"code": issued["code"]}})
        shop = new_shop()
        await sign_up(page, shop)
        await page.goto("/channels")
        card = page.locator("#channel-whatsapp")
        await card.get_by_role("button", name="Connect with WhatsApp").click()
        # nothing to note: straight back to the page, connected
        await expect(page).to_have_url(re.compile(r"/channels\?connected=whatsapp$"))
    finally:
        with fake_meta.state.lock:
            fake_meta.state.app_fields.clear()
    card = page.locator("#channel-whatsapp")
    await expect(card.locator("#channel-whatsapp-registration")).to_have_text(
        "Not needed: the number stays in the WhatsApp Business app (coexistence)."
    )
    await expect(
        card.get_by_label("The number is also used in the WhatsApp Business app (coexistence)")
    ).to_be_checked()
    wa = await _whatsapp(platform, shop)
    assert wa["enabled"] is True and wa["settings"]["coexistence"] is True
    assert not [
        c for c in fake_meta.register_calls if c["phone_number_id"] == ids["phone_number_id"]
    ]


async def _whatsapp(platform: Platform, shop: Any) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=platform.base_url) as client:
        r = await client.get("/api/v1/channels", headers=await api_token(platform, shop))
    return next(c for c in r.json()["items"] if c["name"] == "whatsapp")


async def test_a_session_message_not_from_facebook_is_ignored(
    page: Any, platform: Platform, fake_meta: Any
) -> None:
    issued = fake_meta.issue_code("whatsapp")
    ids = {"waba_id": issued["waba_id"], "phone_number_id": issued["phone_number_id"]}
    forged = {"type": "WA_EMBEDDED_SIGNUP", "event": "FINISH", "data": ids}
    # Meta's frame says nothing this time; only the page itself posts the session message
    await _stand_ins(page, None, {"authResponse": {"code": issued["code"]}})
    shop = new_shop()
    await sign_up(page, shop)
    await page.goto("/channels")
    await page.evaluate(f"window.postMessage({json.dumps(json.dumps(forged))}, '*')")
    await (
        page.locator("#channel-whatsapp")
        .get_by_role("button", name="Connect with WhatsApp")
        .click()
    )
    await page.wait_for_timeout(1000)
    await expect(page).to_have_url(re.compile(r"/channels$"))
    wa = await _whatsapp(platform, shop)
    assert wa["enabled"] is False and wa["settings"]["phone_number_id"] is None


async def test_an_expired_code_says_so_and_connects_nothing(
    page: Any, platform: Platform, fake_meta: Any
) -> None:
    issued = fake_meta.issue_code("whatsapp", seconds=-1)  # expired before it is used
    ids = {"waba_id": issued["waba_id"], "phone_number_id": issued["phone_number_id"]}
    session = {"type": "WA_EMBEDDED_SIGNUP", "event": "FINISH", "data": ids}
    await _stand_ins(page, session, {"authResponse": {"code": issued["code"]}})
    shop = new_shop()
    await sign_up(page, shop)
    await page.goto("/channels")
    card = page.locator("#channel-whatsapp")
    await card.get_by_role("button", name="Connect with WhatsApp").click()
    alert = card.locator("#channel-whatsapp-signup-status")
    await expect(alert).to_be_visible()
    await expect(alert).to_contain_text("has expired")
    await expect(page).to_have_url(re.compile(r"/channels$"))
    wa = await _whatsapp(platform, shop)
    assert wa["enabled"] is False and wa["settings"]["phone_number_id"] is None
