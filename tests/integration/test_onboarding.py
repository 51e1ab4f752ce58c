"""Connect flows over real HTTP against the fake Graph API: Instagram Login (redirect, signed
state) and WhatsApp Embedded Signup (code + ids from the page), saved like a manual save,
with the authorising Meta user recorded for the data-deletion callback."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from core import tenancy
from core.auth import decode_token
from core.services.accounts import Identity
from core.services.meta_callbacks import make_signed_request
from core.services.onboarding import STATE_SECONDS, sign_state
from core.settings import Settings
from core.tables import ChannelSetting
from tests.conftest import INSTAGRAM_APP_ID, INSTAGRAM_APP_SECRET, META_APP_ID, Account, Platform
from tests.integration.test_dashboard import Dashboard


@pytest.fixture
async def shop(platform: Platform) -> AsyncIterator[Dashboard]:
    async with httpx.AsyncClient(base_url=platform.base_url, timeout=30) as client:
        dash = Dashboard(client)
        r = await dash.sign_up()
        assert r.status_code == 303, r.text
        yield dash


@pytest.fixture
async def rival(platform: Platform) -> AsyncIterator[Dashboard]:
    async with httpx.AsyncClient(base_url=platform.base_url, timeout=30) as client:
        dash = Dashboard(client)
        assert (await dash.sign_up()).status_code == 303
        yield dash


async def _channel(dash: Dashboard, name: str) -> dict[str, Any]:
    items = (await dash.client.get("/api/v1/channels", headers=await dash.bearer())).json()
    return next(c for c in items["items"] if c["name"] == name)


async def _identity(dash: Dashboard, settings: Settings) -> Identity:
    claims = decode_token(settings, dash.client.cookies["porosia_session"])
    return Identity(claims.user_id, claims.tenant_id, dash.email, claims.version)


async def _meta_user(dash: Dashboard, settings: Settings, name: str) -> str | None:
    tenant = (await _identity(dash, settings)).tenant_id
    with tenancy.tenant_scope(tenant):
        row = await tenancy.select(ChannelSetting).where(ChannelSetting.plugin == name).first()
    return row["meta_user_id"] if row else None


async def _start(dash: Dashboard) -> tuple[str, dict[str, str]]:
    """Begin the Instagram flow: the authorize URL and its query."""
    r = await dash.client.get("/channels/instagram/connect")
    assert r.status_code == 303, r.text
    location = r.headers["location"]
    return location, {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


async def _login_on_instagram(authorize: str, choice: str = "allow") -> str:
    """What the shop's browser does on the (fake) Instagram page: the link back to us."""
    async with httpx.AsyncClient(timeout=30) as browser:
        page = await browser.get(authorize)
    assert page.status_code == 200, page.text
    marker = f"id='{choice}' href='"
    link = page.text.split(marker, 1)[1].split("'", 1)[0].replace("&amp;", "&")
    assert link.startswith("http")
    return link


def _signed(platform: Platform, user_id: str) -> dict[str, str]:
    claims = {"algorithm": "HMAC-SHA256", "issued_at": int(time.time()), "user_id": user_id}
    return {"signed_request": make_signed_request(claims, platform.env["META_APP_SECRET"])}


def _ig_id() -> str:
    return f"17841{uuid.uuid4().int % 10**11:011d}"


# --- Instagram ------------------------------------------------------------------------


@pytest.mark.parametrize("flat", [False, True], ids=["documented-shape", "flat-shape"])
async def test_instagram_login_connects_and_deletion_removes_it(
    shop: Dashboard, platform: Platform, settings: Settings, fake_meta: Any, flat: bool
) -> None:
    page = await shop.client.get("/channels")
    assert 'href="/channels/instagram/connect"' in page.text
    assert "Connect with Instagram" in page.text
    authorize, query = await _start(shop)
    assert authorize.startswith(fake_meta.instagram_authorize_url)
    assert query["client_id"] == INSTAGRAM_APP_ID and query["response_type"] == "code"
    assert query["redirect_uri"] == f"{platform.base_url}/channels/instagram/callback"
    assert set(query["scope"].split(",")) == {
        "instagram_business_basic",
        "instagram_business_manage_messages",
    }
    person, account = f"10{time.time_ns() % 10**14}", _ig_id()
    fake_meta.next_login(user_id=person, ig_user_id=account, username="butik_ana")
    fake_meta.flat_instagram_answer(flat)
    try:
        back = await _login_on_instagram(authorize)
        assert back.endswith("#_") and back.startswith(query["redirect_uri"])
        done = await shop.client.get(back.removesuffix("#_"))
    finally:
        fake_meta.flat_instagram_answer(False)
    assert done.status_code == 303, done.text
    assert done.headers["location"] == "/channels?connected=instagram#channel-instagram"
    assert done.headers["referrer-policy"] == "no-referrer"
    notice = await shop.client.get(done.headers["location"])
    assert "Instagram is connected and on" in notice.text
    ig = await _channel(shop, "instagram")
    assert ig["enabled"] is True and ig["settings"]["account_id"] == account
    assert ig["settings"]["access_token"]["set"] is True
    assert ig["health"]["subscribed_at"] is not None and ig["health"]["subscribe_error"] is None
    subscription = fake_meta.subscriptions[f"instagram:{account}"]
    assert subscription["token"].startswith("IGAA")
    # the long-lived token (from ig_exchange_token with the Instagram app secret) is the one kept
    exchanges = [c for c in fake_meta.oauth_calls if c["endpoint"] == "ig_exchange_token"]
    assert exchanges[-1]["query"]["client_secret"] == INSTAGRAM_APP_SECRET
    me = [c for c in fake_meta.oauth_calls if c["endpoint"] == "ig_me"][-1]
    assert me["query"]["access_token"] == subscription["token"]
    assert me["query"]["access_token"] != exchanges[-1]["query"]["access_token"]
    assert await _meta_user(shop, settings, "instagram") == person
    # the code is single use: the same answer again is refused and changes nothing
    again = await shop.client.get(back.removesuffix("#_"))
    assert again.status_code == 400 and "already used" in again.text
    # Meta's data-deletion callback for that person removes the connection
    r = await shop.client.post("/meta/data-deletion", data=_signed(platform, person))
    assert r.status_code == 200, r.text
    ig = await _channel(shop, "instagram")
    assert ig["enabled"] is False and ig["settings"]["account_id"] is None
    assert ig["settings"]["access_token"]["set"] is False


async def test_the_callback_reloads_itself_to_get_the_strict_session(
    platform: Platform, shop: Dashboard
) -> None:
    async with httpx.AsyncClient(base_url=platform.base_url, timeout=30) as arriving:
        r = await arriving.get("/channels/instagram/callback?code=abc&state=xyz")
        assert r.status_code == 200
        assert r.headers["referrer-policy"] == "no-referrer"
        assert "http-equiv='refresh'" in r.text and "bounced=1" in r.text
        assert "code=abc" in r.text and "state=xyz" in r.text
        # still no session after the reload: to the log-in page, nothing exchanged
        r = await arriving.get("/channels/instagram/callback?code=abc&state=xyz&bounced=1")
        assert r.status_code == 303 and r.headers["location"].startswith("/login")


async def test_forged_expired_and_foreign_states_are_refused(
    shop: Dashboard, rival: Dashboard, settings: Settings, fake_meta: Any
) -> None:
    # the rival's state (another session, another tenant) with a good code
    _, rivals = await _start(rival)
    before = len([c for c in fake_meta.oauth_calls if c["endpoint"] == "ig_exchange"])
    identity = await _identity(shop, settings)
    session = shop.client.cookies["porosia_session"]
    old = sign_state(settings, "instagram", identity, session, now=time.time() - STATE_SECONDS - 5)
    other_channel = sign_state(settings, "whatsapp", identity, session)
    cases = {
        "forged": "not-a-state",
        "foreign": rivals["state"],
        "expired": old,
        "other-channel": other_channel,
    }
    for label, state in cases.items():
        code = fake_meta.issue_code("instagram")["code"]
        r = await shop.client.get(
            "/channels/instagram/callback", params={"code": code, "state": state}
        )
        assert r.status_code == 400, (label, r.text)
        assert "start again" in r.text, label
        if label == "expired":
            assert "expired" in r.text
    after = len([c for c in fake_meta.oauth_calls if c["endpoint"] == "ig_exchange"])
    assert after == before  # refused before any code was exchanged
    ig = await _channel(shop, "instagram")
    assert ig["enabled"] is False and ig["settings"]["account_id"] is None


async def test_cancel_and_used_code_save_nothing(shop: Dashboard, fake_meta: Any) -> None:
    authorize, query = await _start(shop)
    cancel = await _login_on_instagram(authorize, "cancel")
    assert "error=access_denied" in cancel and "error_reason=user_denied" in cancel
    r = await shop.client.get(cancel)
    assert r.status_code == 200 and "Connecting Instagram was cancelled" in r.text
    # a crafted error text never reaches the page
    r = await shop.client.get(
        "/channels/instagram/callback",
        params={"error": "<b>call PHISHER</b>", "error_description": "Call us at PHISHER"},
    )
    # (not hex digits: no CSRF token or id on the page can contain the word by chance)
    assert "PHISHER" not in r.text and "the channel answered error" in r.text
    code = fake_meta.issue_code("instagram")["code"]
    used = {"code": code, "state": query["state"]}
    first = await shop.client.get("/channels/instagram/callback", params=used)
    assert first.status_code == 303  # connected
    await shop.client.put(  # the shop switches it off and clears it by hand
        "/api/v1/channels/instagram",
        headers=await shop.bearer(),
        json={"enabled": False, "account_id": None, "access_token": None},
    )
    r = await shop.client.get("/channels/instagram/callback", params=used)
    assert r.status_code == 400
    assert "Matching code was not found or was already used" in r.text  # IG's own envelope
    ig = await _channel(shop, "instagram")
    assert ig["enabled"] is False and ig["settings"]["account_id"] is None


async def test_an_instagram_account_another_shop_holds_is_409(
    shop: Dashboard, rival: Dashboard, fake_meta: Any
) -> None:
    taken = _ig_id()
    r = await rival.client.put(
        "/api/v1/channels/instagram",
        headers=await rival.bearer(),
        json={"enabled": True, "account_id": taken, "access_token": "IG-rival"},
    )
    assert r.status_code == 200, r.text
    authorize, _ = await _start(shop)
    fake_meta.next_login(ig_user_id=taken)
    back = await _login_on_instagram(authorize)
    r = await shop.client.get(back.removesuffix("#_"))
    assert r.status_code == 409 and "already connected to another account" in r.text
    ig = await _channel(shop, "instagram")
    assert ig["enabled"] is False and ig["settings"]["account_id"] is None
    assert (await _channel(rival, "instagram"))["settings"]["account_id"] == taken


# --- WhatsApp -------------------------------------------------------------------------


async def _post_signup(dash: Dashboard, body: dict[str, str]) -> httpx.Response:
    if "csrftoken" not in dash.client.cookies:
        await dash.client.get("/channels")
    headers = {"x-csrftoken": dash.csrf}
    return await dash.client.post("/channels/whatsapp/onboard", json=body, headers=headers)


async def test_whatsapp_embedded_signup_from_the_page(
    shop: Dashboard, platform: Platform, settings: Settings, fake_meta: Any
) -> None:
    page = await shop.client.get("/channels")
    assert 'data-signup="whatsapp"' in page.text and "Connect with WhatsApp" in page.text
    assert "https://connect.facebook.net/en_US/sdk.js" in page.text
    assert f'data-app-id="{META_APP_ID}"' in page.text and 'data-config-id="777000111"' in page.text
    issued = fake_meta.issue_code("whatsapp")
    body = {k: issued[k] for k in ("code", "waba_id", "phone_number_id")}
    # without the CSRF header the dashboard refuses
    assert (await shop.client.post("/channels/whatsapp/onboard", json=body)).status_code == 403
    r = await _post_signup(shop, body)
    assert r.status_code == 200, r.text
    assert r.json()["redirect"] == "/channels?connected=whatsapp"
    wa = await _channel(shop, "whatsapp")
    assert wa["enabled"] is True
    assert wa["settings"]["phone_number_id"] == issued["phone_number_id"]
    assert wa["settings"]["waba_id"] == issued["waba_id"]
    assert wa["health"]["subscribed_at"] is not None
    subscription = fake_meta.subscriptions[f"whatsapp:{issued['waba_id']}"]
    assert subscription["token"].startswith("EAAG")
    assert "override_callback_uri" not in subscription  # the platform's app: app-level URL
    assert await _meta_user(shop, settings, "whatsapp") == issued["user_id"]
    # the 30-second code is single use
    again = await _post_signup(shop, body)
    assert again.status_code == 400 and "has been used" in again.json()["detail"]
    # Meta's data-deletion callback for the person who signed up removes the connection
    r = await shop.client.post("/meta/data-deletion", data=_signed(platform, issued["user_id"]))
    assert r.status_code == 200
    wa = await _channel(shop, "whatsapp")
    assert wa["settings"]["phone_number_id"] is None and wa["enabled"] is False


async def test_whatsapp_signup_through_the_api_and_manual_token_forgets_the_user(
    account: Account, http: httpx.AsyncClient, fake_meta: Any
) -> None:
    issued = fake_meta.issue_code("whatsapp")
    body = {k: issued[k] for k in ("code", "waba_id", "phone_number_id")}
    r = await http.post("/api/v1/channels/whatsapp/onboard", headers=account.headers, json=body)
    assert r.status_code == 200, r.text
    assert r.json()["enabled"] is True and r.json()["connected_by_login"] is True
    assert r.json()["settings"]["access_token"]["set"] is True
    # a token pasted by hand is no longer the login's: the user id is forgotten
    r = await http.put(
        "/api/v1/channels/whatsapp", headers=account.headers, json={"access_token": "EAA-pasted"}
    )
    assert r.status_code == 200 and r.json()["connected_by_login"] is False
    # the redirect flow is the dashboard's
    r = await http.post("/api/v1/channels/instagram/onboard", headers=account.headers, json={})
    assert r.status_code == 400 and "/channels/instagram/connect" in r.json()["detail"]


async def test_whatsapp_expired_reused_and_mismatched_codes_save_nothing(
    account: Account, http: httpx.AsyncClient, fake_meta: Any
) -> None:
    async def post(body: dict[str, str]) -> httpx.Response:
        return await http.post(
            "/api/v1/channels/whatsapp/onboard", headers=account.headers, json=body
        )

    expired = fake_meta.issue_code("whatsapp", seconds=-1)
    r = await post({k: expired[k] for k in ("code", "waba_id", "phone_number_id")})
    assert r.status_code == 400 and "has expired" in r.json()["detail"]
    # a code for one WABA posted with another shop's ids (the ids come from the browser)
    mine, theirs = fake_meta.issue_code("whatsapp"), fake_meta.issue_code("whatsapp")
    r = await post({**{k: theirs[k] for k in ("waba_id", "phone_number_id")}, "code": mine["code"]})
    assert r.status_code == 400 and "not shared with the app" in r.json()["detail"]
    other = fake_meta.issue_code("whatsapp")
    number = fake_meta.issue_code("whatsapp")["phone_number_id"]
    r = await post({"code": other["code"], "waba_id": other["waba_id"], "phone_number_id": number})
    assert r.status_code == 400 and "reading the phone number" in r.json()["detail"]
    r = await post({"code": "", "waba_id": "1", "phone_number_id": "2"})
    assert r.status_code == 400 and "no authorization code" in r.json()["detail"]
    items = (await http.get("/api/v1/channels", headers=account.headers)).json()["items"]
    wa = next(c for c in items if c["name"] == "whatsapp")
    assert wa["enabled"] is False and wa["settings"]["phone_number_id"] is None
    assert wa["settings"]["access_token"]["set"] is False


async def test_a_whatsapp_number_another_shop_holds_is_409(
    account: Account, other_account: Account, http: httpx.AsyncClient, fake_meta: Any
) -> None:
    issued = fake_meta.issue_code("whatsapp")
    r = await http.put(
        "/api/v1/channels/whatsapp",
        headers=other_account.headers,
        json={"phone_number_id": issued["phone_number_id"], "access_token": "EAA-other"},
    )
    assert r.status_code == 200, r.text
    body = {k: issued[k] for k in ("code", "waba_id", "phone_number_id")}
    r = await http.post("/api/v1/channels/whatsapp/onboard", headers=account.headers, json=body)
    assert r.status_code == 409, r.text
    items = (await http.get("/api/v1/channels", headers=account.headers)).json()["items"]
    wa = next(c for c in items if c["name"] == "whatsapp")
    assert (
        wa["settings"]["phone_number_id"] is None and wa["settings"]["access_token"]["set"] is False
    )


async def test_callbacks_signed_with_the_instagram_app_secret_find_the_login(
    shop: Dashboard, fake_meta: Any
) -> None:
    _, query = await _start(shop)
    person = f"10{time.time_ns() % 10**14}"
    code = fake_meta.issue_code("instagram", user_id=person)["code"]
    r = await shop.client.get(
        "/channels/instagram/callback", params={"code": code, "state": query["state"]}
    )
    assert r.status_code == 303, r.text
    claims = {"algorithm": "HMAC-SHA256", "issued_at": int(time.time()), "user_id": person}
    wrong = {"signed_request": make_signed_request(claims, "not-a-secret-we-know")}
    assert (await shop.client.post("/meta/deauthorize", data=wrong)).status_code == 400
    signed = {"signed_request": make_signed_request(claims, INSTAGRAM_APP_SECRET)}
    r = await shop.client.post("/meta/deauthorize", data=signed)
    assert r.status_code == 200 and r.json() == {"disabled": 1}
    ig = await _channel(shop, "instagram")
    assert ig["enabled"] is False and ig["health"]["broken"] is True


# --- how the signup ended: a new number, a number kept in the Business app, no number ----


def _registered(fake: Any, number: str) -> list[dict[str, Any]]:
    return [c for c in fake.register_calls if c["phone_number_id"] == number]


async def test_embedded_signup_registers_the_new_number_and_shows_its_pin_once(
    shop: Dashboard, fake_meta: Any
) -> None:
    issued = fake_meta.issue_code("whatsapp")
    body = {k: issued[k] for k in ("code", "waba_id", "phone_number_id")}
    r = await _post_signup(shop, {**body, "event": "FINISH"})
    assert r.status_code == 200, r.text
    pin = r.json()["pin"]  # the page's script shows it before leaving
    [call] = _registered(fake_meta, issued["phone_number_id"])
    assert call["body"] == {"messaging_product": "whatsapp", "pin": pin}
    assert call["token"].startswith("EAAG")  # the business token of the exchange
    # subscribed first, then registered (Meta's order)
    assert fake_meta.subscriptions[f"whatsapp:{issued['waba_id']}"]["at"] <= call["at"]
    wa = await _channel(shop, "whatsapp")
    assert wa["health"]["registered_at"] and wa["health"]["register_error"] is None
    assert wa["settings"]["coexistence"] is False and wa["settings"]["pin"]["set"] is True
    assert "registration_pin" not in wa  # once only
    page = await shop.client.get("/channels")
    assert "Registered for the Cloud API on " in page.text
    assert f"PIN is {pin}" not in page.text


async def test_a_coexistence_signup_is_not_registered_and_needs_the_apps_echo_fields(
    shop: Dashboard, platform: Platform, fake_meta: Any
) -> None:
    app_url = f"{platform.base_url}/webhooks/meta/whatsapp"
    ended = "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING"
    try:
        # the platform's app does not receive the Business app's echoes: refused, and why
        fake_meta.set_app_fields(META_APP_ID, app_url, ["messages", "account_update"])
        issued = fake_meta.issue_code("whatsapp")
        body = {k: issued[k] for k in ("code", "waba_id", "phone_number_id")}
        r = await _post_signup(shop, {**body, "event": ended})
        assert r.status_code == 400
        detail = r.json()["detail"]
        assert "smb_message_echoes and history" in detail and "Nothing was saved" in detail
        wa = await _channel(shop, "whatsapp")
        assert wa["enabled"] is False and wa["settings"]["phone_number_id"] is None
        # once the app subscribes them, the number connects as it is
        fields = ["messages", "smb_message_echoes", "history", "smb_app_state_sync"]
        fake_meta.set_app_fields(META_APP_ID, app_url, fields)
        issued = fake_meta.issue_code("whatsapp")
        body = {k: issued[k] for k in ("code", "waba_id", "phone_number_id")}
        r = await _post_signup(shop, {**body, "event": ended})
        assert r.status_code == 200, r.text
        assert "pin" not in r.json()
    finally:
        with fake_meta.state.lock:
            fake_meta.state.app_fields.clear()
    wa = await _channel(shop, "whatsapp")
    assert wa["enabled"] is True and wa["settings"]["coexistence"] is True
    assert wa["health"]["subscribed_at"] and f"whatsapp:{issued['waba_id']}" in (
        fake_meta.subscriptions
    )
    assert _registered(fake_meta, issued["phone_number_id"]) == []
    assert wa["health"]["registered_at"] is None and wa["health"]["register_error"] is None
    page = await shop.client.get("/channels")
    assert "Not needed: the number stays in the WhatsApp Business app" in page.text


async def test_a_signup_that_ended_without_a_number_says_what_to_do(
    account: Account, http: httpx.AsyncClient, fake_meta: Any
) -> None:
    issued = fake_meta.issue_code("whatsapp")
    for body in (
        {"code": issued["code"], "waba_id": issued["waba_id"], "event": "FINISH_ONLY_WABA"},
        {"code": issued["code"], "waba_id": issued["waba_id"], "phone_number_id": ""},
    ):
        r = await http.post("/api/v1/channels/whatsapp/onboard", headers=account.headers, json=body)
        assert r.status_code == 400, r.text
        assert "without a phone number" in r.json()["detail"]
        assert "add a number" in r.json()["detail"]
    items = (await http.get("/api/v1/channels", headers=account.headers)).json()["items"]
    wa = next(c for c in items if c["name"] == "whatsapp")
    assert wa["enabled"] is False and wa["settings"]["waba_id"] is None
