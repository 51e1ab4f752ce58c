"""Connecting subscribes: saving a channel that is on asks Meta (the fake Graph API, over real
HTTP) to deliver the account's webhooks, and the outcome lands in the connection's health, in
the PUT's answer and on the channels page. Deleting the tenant unsubscribes."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from core import tenancy
from core.tables import Tenant
from tests.conftest import Account, Platform, make_account
from tests.integration.test_dashboard import Dashboard

IG_FIELDS = ["messages", "message_reactions", "messaging_seen", "message_echoes"]


def new_id() -> str:
    return "1" + "".join(secrets.choice("0123456789") for _ in range(14))


def token() -> str:
    return "EAAG" + secrets.token_hex(20)


async def put(http: httpx.AsyncClient, acc: Account, name: str, **body: Any) -> dict[str, Any]:
    r = await http.put(f"/api/v1/channels/{name}", json=body, headers=acc.headers)
    assert r.status_code == 200, r.text
    answer: dict[str, Any] = r.json()
    return answer


def calls(fake: Any, channel: str, account: str) -> list[dict[str, Any]]:
    return [
        c for c in fake.subscription_calls if (c["channel"], c["account_id"]) == (channel, account)
    ]


@pytest.fixture(autouse=True)
def no_leftover_failures(fake_meta: Any) -> Any:
    """An injected failure a test did not use up would land on the next test's calls."""
    yield
    with fake_meta.state.lock:
        left = list(fake_meta.state.failures)
        fake_meta.state.failures.clear()
    assert not left, f"injected failures left unused: {left}"


async def test_whatsapp_on_the_platform_app_subscribes_without_override(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    waba, tok = new_id(), token()
    wa = await put(
        http,
        account,
        "whatsapp",
        enabled=True,
        phone_number_id=new_id(),
        waba_id=waba,
        access_token=tok,
    )
    assert wa["health"]["subscribed_at"] is not None
    assert wa["health"]["subscribe_error"] is None and wa["health"]["broken"] is False
    sub = fake_meta.subscriptions[f"whatsapp:{waba}"]
    assert sub["token"] == tok
    # the platform's app: Meta keeps delivering to the app-level URL
    assert "override_callback_uri" not in sub and "verify_token" not in sub
    assert len(calls(fake_meta, "whatsapp", waba)) == 1


async def test_whatsapp_on_the_shops_own_app_overrides_to_its_tenant_url(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    waba, tok = new_id(), token()
    wa = await put(
        http,
        account,
        "whatsapp",
        enabled=True,
        phone_number_id=new_id(),
        waba_id=waba,
        access_token=tok,
        app_secret=secrets.token_hex(16),
    )
    assert wa["health"]["subscribed_at"] and wa["health"]["subscribe_error"] is None
    sub = fake_meta.subscriptions[f"whatsapp:{waba}"]
    # the fake, like Meta, ran the GET handshake against the override URL before accepting
    # it: our per-tenant webhook answered with the connection's own verify token
    assert sub["override_callback_uri"] == wa["webhook_url"]
    assert sub["verify_token"] == wa["verify_token"] and sub["token"] == tok
    assert "/webhooks/" in sub["override_callback_uri"]
    # back on the platform's app: a plain subscribe, which removes the override
    wa = await put(http, account, "whatsapp", app_secret=None)
    assert wa["health"]["subscribed_at"] and wa["health"]["subscribe_error"] is None
    assert "override_callback_uri" not in fake_meta.subscriptions[f"whatsapp:{waba}"]
    assert len(calls(fake_meta, "whatsapp", waba)) == 2


async def test_instagram_subscribes_the_messaging_fields(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    ig, tok = new_id(), token()
    answer = await put(http, account, "instagram", enabled=True, account_id=ig, access_token=tok)
    assert answer["health"]["subscribed_at"] is not None
    sub = fake_meta.subscriptions[f"instagram:{ig}"]
    assert sub["subscribed_fields"] == IG_FIELDS and sub["token"] == tok


async def test_a_meta_error_is_reported_and_the_settings_are_kept(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    waba, pnid = new_id(), new_id()
    fake_meta.fail_next(100, message="(#100) Invalid parameter")
    wa = await put(
        http,
        account,
        "whatsapp",
        enabled=True,
        phone_number_id=pnid,
        waba_id=waba,
        access_token=token(),
    )
    assert wa["enabled"] is True and wa["settings"]["phone_number_id"] == pnid
    assert wa["settings"]["waba_id"] == waba and wa["settings"]["access_token"]["set"]
    assert wa["health"]["subscribe_error"] == "100: (#100) Invalid parameter"
    assert wa["health"]["subscribed_at"] is None and wa["health"]["broken"] is False
    assert f"whatsapp:{waba}" not in fake_meta.subscriptions
    listed = await http.get("/api/v1/channels", headers=account.headers)
    stored = next(c for c in listed.json()["items"] if c["name"] == "whatsapp")
    assert stored["health"] == wa["health"] and stored["enabled"] is True
    # saving again, unchanged, retries the subscription
    wa = await put(http, account, "whatsapp", access_token="")
    assert wa["health"]["subscribe_error"] is None and wa["health"]["subscribed_at"]
    assert f"whatsapp:{waba}" in fake_meta.subscriptions


async def test_a_revoked_token_marks_the_connection_broken(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    ig, old = new_id(), token()
    fake_meta.state.revoked.add(old)
    answer = await put(http, account, "instagram", enabled=True, account_id=ig, access_token=old)
    health = answer["health"]
    assert answer["enabled"] is True and health["broken"] is True
    assert health["subscribe_error"].startswith("190: ") and health["last_error"].startswith("190")
    assert health["subscribed_at"] is None and f"instagram:{ig}" not in fake_meta.subscriptions
    # reconnecting with a new token clears it and subscribes
    new = token()
    answer = await put(http, account, "instagram", access_token=new)
    assert answer["health"]["broken"] is False and answer["health"]["subscribed_at"]
    assert fake_meta.subscriptions[f"instagram:{ig}"]["token"] == new


async def test_only_an_enabled_channel_subscribes_and_only_when_something_changed(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    waba = new_id()
    settings = {"phone_number_id": new_id(), "waba_id": waba, "access_token": token()}
    wa = await put(http, account, "whatsapp", enabled=False, **settings)
    assert wa["health"]["subscribed_at"] is None and wa["health"]["subscribe_error"] is None
    assert calls(fake_meta, "whatsapp", waba) == []
    # switched on: subscribed
    wa = await put(http, account, "whatsapp", enabled=True)
    assert wa["health"]["subscribed_at"] and len(calls(fake_meta, "whatsapp", waba)) == 1
    # saving the same settings again asks nothing
    await put(http, account, "whatsapp", **{**settings, "access_token": ""})
    assert len(calls(fake_meta, "whatsapp", waba)) == 1
    # a new token: subscribed again with it
    new = token()
    await put(http, account, "whatsapp", access_token=new)
    assert [c["token"] for c in calls(fake_meta, "whatsapp", waba)][-1] == new
    # new ids: the old account is unsubscribed, then the new one subscribed
    other = new_id()
    wa = await put(http, account, "whatsapp", waba_id=other)
    assert wa["health"]["subscribed_at"] and len(calls(fake_meta, "whatsapp", other)) == 1
    assert [c["method"] for c in calls(fake_meta, "whatsapp", waba)][-1] == "DELETE"
    # switching off subscribes nothing (it unsubscribes); changing settings while off asks
    # nothing at all
    before = len(fake_meta.subscription_calls)
    await put(http, account, "whatsapp", enabled=False)
    assert [c["method"] for c in fake_meta.subscription_calls[before:]] == ["DELETE"]
    await put(http, account, "whatsapp", access_token=token(), waba_id=new_id())
    assert len(fake_meta.subscription_calls) == before + 1


async def test_whatsapp_without_its_business_account_id_says_so(
    http: httpx.AsyncClient, account: Account
) -> None:
    wa = await put(
        http, account, "whatsapp", enabled=True, phone_number_id=new_id(), access_token=token()
    )
    assert wa["enabled"] is True
    assert "waba_id" in wa["health"]["subscribe_error"] and wa["health"]["broken"] is False


async def test_a_third_party_channel_subscribes_through_the_contract(
    http: httpx.AsyncClient, account: Account
) -> None:
    echo = await put(
        http, account, "echo", enabled=True, account="e-" + new_id(), app_secret="s" * 20
    )
    assert echo["health"]["subscribed_at"] is not None  # echo's channel_subscribe answered ok
    assert echo["health"]["subscribe_error"] is None


# --- the channels page ----------------------------------------------------------------


@pytest.fixture
async def shop(platform: Platform) -> AsyncIterator[Dashboard]:
    async with httpx.AsyncClient(base_url=platform.base_url, timeout=30) as client:
        dash = Dashboard(client)
        r = await dash.sign_up()
        assert r.status_code == 303, r.text
        yield dash


async def test_the_channels_page_shows_the_subscription(shop: Dashboard, fake_meta: Any) -> None:
    htmx = {"HX-Request": "true"}
    await shop.client.get("/channels")
    ig = new_id()
    fake_meta.fail_next(2, status=503, message="(#2) Service temporarily unavailable")
    form = {"account_id": ig, "access_token": token(), "app_secret": ""}
    await shop.post("/channels/instagram/settings", form, headers=htmx)
    card = (await shop.post("/channels/instagram/enabled", {"enabled": "true"}, headers=htmx)).text
    assert 'aria-checked="true"' in card  # switched on and saved, although Meta refused
    assert "Not subscribed to its messages" in card
    assert "Failed: 2: (#2) Service temporarily unavailable" in card
    # saving again retries; the card then says when it was subscribed
    form["access_token"] = ""
    card = (await shop.post("/channels/instagram/settings", form, headers=htmx)).text
    assert "Subscribed on " in card and "Failed:" not in card
    assert "Waiting for the first message" in card
    page = (await shop.client.get("/channels", headers={"Accept-Language": "sq"})).text
    assert "Abonuar më " in page
    assert f"instagram:{ig}" in fake_meta.subscriptions


# --- tenant deletion --------------------------------------------------------------------


async def _purged(tenant_id: str) -> None:
    for _ in range(150):
        with tenancy.unscoped():
            if not await Tenant.exists().where(Tenant.id == tenant_id):
                return
        await asyncio.sleep(0.1)
    raise AssertionError("the purge job did not delete the tenant")


async def _connect_both(http: httpx.AsyncClient, acc: Account) -> tuple[str, str]:
    waba, ig = new_id(), new_id()
    wa = {"phone_number_id": new_id(), "waba_id": waba, "access_token": token()}
    await put(http, acc, "whatsapp", enabled=True, **wa)
    await put(http, acc, "instagram", enabled=True, account_id=ig, access_token=token())
    return waba, ig


async def test_deleting_the_tenant_unsubscribes(
    http: httpx.AsyncClient, fake_meta: Any, db: Any
) -> None:
    acc = await make_account(http, "Shop leaving")
    waba, ig = await _connect_both(http, acc)
    assert {f"whatsapp:{waba}", f"instagram:{ig}"} <= set(fake_meta.subscriptions)
    assert (await http.delete("/api/v1/tenant", headers=acc.headers)).status_code == 202
    await _purged(acc.tenant_id)
    assert f"whatsapp:{waba}" not in fake_meta.subscriptions
    assert f"instagram:{ig}" not in fake_meta.subscriptions
    assert [c["method"] for c in calls(fake_meta, "whatsapp", waba)] == ["POST", "DELETE"]
    assert [c["method"] for c in calls(fake_meta, "instagram", ig)] == ["POST", "DELETE"]


async def test_meta_refusing_to_unsubscribe_does_not_block_the_purge(
    http: httpx.AsyncClient, fake_meta: Any, db: Any
) -> None:
    acc = await make_account(http, "Shop leaving too")
    waba, ig = await _connect_both(http, acc)
    fake_meta.fail_next(1, times=2, status=500, message="(#1) An unknown error occurred")
    assert (await http.delete("/api/v1/tenant", headers=acc.headers)).status_code == 202
    await _purged(acc.tenant_id)
    # both DELETEs were refused (the failures are used up), and the tenant is gone anyway
    assert {f"whatsapp:{waba}", f"instagram:{ig}"} <= set(fake_meta.subscriptions)
    assert not fake_meta.state.failures


# --- switching off and moving to another account unsubscribe ----------------------------


async def test_switching_off_unsubscribes_and_on_again_subscribes(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    waba, ig = await _connect_both(http, account)
    for name, key in (("whatsapp", f"whatsapp:{waba}"), ("instagram", f"instagram:{ig}")):
        answer = await put(http, account, name, enabled=False)
        assert answer["enabled"] is False and answer["health"]["unsubscribe_error"] is None
        assert key not in fake_meta.subscriptions
        answer = await put(http, account, name, enabled=True)
        assert answer["health"]["subscribed_at"] and key in fake_meta.subscriptions
    assert [c["method"] for c in calls(fake_meta, "whatsapp", waba)] == ["POST", "DELETE", "POST"]
    assert [c["method"] for c in calls(fake_meta, "instagram", ig)] == ["POST", "DELETE", "POST"]


async def test_moving_to_another_account_unsubscribes_the_old_one_first(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    old_ig, old_token = new_id(), token()
    await put(http, account, "instagram", enabled=True, account_id=old_ig, access_token=old_token)
    start = len(fake_meta.subscription_calls)
    new_ig, new_token = new_id(), token()
    answer = await put(http, account, "instagram", account_id=new_ig, access_token=new_token)
    assert answer["health"]["subscribed_at"] and answer["health"]["unsubscribe_error"] is None
    # the old account is removed with the old token, before the new one is subscribed
    moves = [(c["method"], c["account_id"], c["token"]) for c in fake_meta.subscription_calls]
    assert moves[start:] == [("DELETE", old_ig, old_token), ("POST", new_ig, new_token)]
    assert f"instagram:{old_ig}" not in fake_meta.subscriptions
    assert f"instagram:{new_ig}" in fake_meta.subscriptions
    # a new token for the same account removes nothing
    await put(http, account, "instagram", access_token=token())
    assert [c["method"] for c in fake_meta.subscription_calls[start + 2 :]] == ["POST"]


async def test_a_new_number_on_the_same_waba_keeps_its_subscription(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    waba = new_id()
    settings = {"phone_number_id": new_id(), "waba_id": waba, "access_token": token()}
    await put(http, account, "whatsapp", enabled=True, **settings)
    await put(http, account, "whatsapp", phone_number_id=new_id(), template_name="order_ok")
    assert [c["method"] for c in calls(fake_meta, "whatsapp", waba)] == ["POST", "POST"]
    assert f"whatsapp:{waba}" in fake_meta.subscriptions


async def test_a_failed_unsubscribe_is_recorded_and_the_new_account_connects(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    old_waba, old_token = new_id(), token()
    settings = {"phone_number_id": new_id(), "waba_id": old_waba, "access_token": old_token}
    await put(http, account, "whatsapp", enabled=True, **settings)
    fake_meta.revoke(old_token)  # the shop revoked the old token before moving
    new_waba = new_id()
    wa = await put(http, account, "whatsapp", waba_id=new_waba, access_token=token())
    health = wa["health"]
    assert health["unsubscribe_error"].startswith("190: ")
    assert health["broken"] is False and health["subscribe_error"] is None
    assert health["subscribed_at"] and f"whatsapp:{new_waba}" in fake_meta.subscriptions
    assert f"whatsapp:{old_waba}" in fake_meta.subscriptions  # Meta refused: it stays
    # switching off later removes the new account and clears the old failure
    wa = await put(http, account, "whatsapp", enabled=False)
    assert wa["health"]["unsubscribe_error"] is None
    assert f"whatsapp:{new_waba}" not in fake_meta.subscriptions


# --- registering a WhatsApp number for the Cloud API ------------------------------------


def _holds(value: Any, secret: str) -> bool:
    """Whether ``secret`` is any value of a JSON document (not a substring of another)."""
    if isinstance(value, dict):
        return any(_holds(v, secret) for v in value.values())
    if isinstance(value, list):
        return any(_holds(v, secret) for v in value)
    return value == secret


def registered(fake: Any, number: str) -> list[dict[str, Any]]:
    return [c for c in fake.register_calls if c["phone_number_id"] == number]


async def test_a_new_number_is_registered_once_with_a_pin_shown_once(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    number, tok = new_id(), token()
    wa = await put(
        http,
        account,
        "whatsapp",
        enabled=True,
        phone_number_id=number,
        waba_id=new_id(),
        access_token=tok,
    )
    pin = wa["registration_pin"]
    assert len(pin) == 6 and pin.isdigit()
    assert wa["health"]["registered_at"] and wa["health"]["register_error"] is None
    [call] = registered(fake_meta, number)
    assert call["body"] == {"messaging_product": "whatsapp", "pin": pin}
    assert call["token"] == tok and number in fake_meta.registered
    assert fake_meta.state.two_step[number] == pin  # the number's two-step PIN now
    # kept encrypted: never listed again
    assert wa["settings"]["pin"] == {"set": True, "masked": "••••"}
    listed = (await http.get("/api/v1/channels", headers=account.headers)).json()
    assert not _holds(listed, pin)
    # later saves do not register again (Meta allows few register requests)
    wa = await put(http, account, "whatsapp", template_name="order_ok", access_token=token())
    assert "registration_pin" not in wa and wa["health"]["registered_at"]
    assert len(registered(fake_meta, number)) == 1
    # a new number is registered, with the PIN the shop was already given
    other = new_id()
    wa = await put(http, account, "whatsapp", phone_number_id=other)
    assert "registration_pin" not in wa and wa["health"]["registered_at"]
    assert [c["body"]["pin"] for c in registered(fake_meta, other)] == [pin]


async def test_a_number_with_its_own_pin_asks_for_it(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    number = new_id()
    fake_meta.set_two_step_pin(number, "246810")  # registered elsewhere before
    wa = await put(
        http,
        account,
        "whatsapp",
        enabled=True,
        phone_number_id=number,
        waba_id=new_id(),
        access_token=token(),
    )
    assert wa["enabled"] is True and wa["health"]["subscribed_at"]
    assert wa["health"]["register_error"].startswith("133005: ")
    assert wa["health"]["registered_at"] is None and wa["health"]["broken"] is False
    # a PIN that failed is neither kept nor shown
    assert "registration_pin" not in wa and wa["settings"]["pin"]["set"] is False
    # a malformed PIN is refused without asking Meta
    wa = await put(http, account, "whatsapp", pin="12ab56")
    assert "6 digits" in wa["health"]["register_error"]
    assert len(registered(fake_meta, number)) == 1
    # the shop types the number's PIN: registered, and the PIN is not echoed back
    wa = await put(http, account, "whatsapp", pin="246810")
    assert wa["health"]["registered_at"] and wa["health"]["register_error"] is None
    assert "registration_pin" not in wa and wa["settings"]["pin"]["set"] is True
    first, last = (c["body"]["pin"] for c in registered(fake_meta, number))
    assert first != "246810" and last == "246810"


async def test_register_requests_are_capped_per_number(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    number = new_id()
    fake_meta.set_two_step_pin(number, "999999")
    settings = {"phone_number_id": number, "waba_id": new_id(), "access_token": token()}
    await put(http, account, "whatsapp", enabled=True, **settings)
    for n in range(1, 7):  # the shop keeps typing wrong PINs
        wa = await put(http, account, "whatsapp", pin=f"00000{n}")
    # five requests reached Meta (the first with the chosen PIN); the sixth was not sent
    assert len(registered(fake_meta, number)) == 5
    assert wa["health"]["register_error"].startswith("not sent: 5 registration requests")
    assert wa["health"]["registered_at"] is None


async def test_a_number_kept_in_the_business_app_is_not_registered(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    number, waba = new_id(), new_id()
    wa = await put(
        http,
        account,
        "whatsapp",
        enabled=True,
        phone_number_id=number,
        waba_id=waba,
        access_token=token(),
        coexistence=True,
    )
    assert wa["settings"]["coexistence"] is True and wa["health"]["subscribed_at"]
    assert wa["health"]["registered_at"] is None and wa["health"]["register_error"] is None
    assert "registration_pin" not in wa and registered(fake_meta, number) == []
    # no longer shared with the app: registered on that save
    wa = await put(http, account, "whatsapp", coexistence=False)
    assert wa["health"]["registered_at"] and len(registered(fake_meta, number)) == 1
