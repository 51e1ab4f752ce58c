"""GET/PUT /api/v1/channels over real HTTP: settings, secrets, routing ids, health."""

from __future__ import annotations

import asyncio
import secrets
from datetime import datetime
from typing import Any

import httpx

from core import tenancy
from core.tables import ChannelSetting
from tests.conftest import Account, make_account


def new_id() -> str:
    return "1" + "".join(secrets.choice("0123456789") for _ in range(14))


async def channels(http: httpx.AsyncClient, acc: Account) -> dict[str, dict[str, Any]]:
    r = await http.get("/api/v1/channels", headers=acc.headers)
    assert r.status_code == 200, r.text
    return {c["name"]: c for c in r.json()["items"]}


async def put(http: httpx.AsyncClient, acc: Account, name: str, **body: Any) -> httpx.Response:
    return await http.put(f"/api/v1/channels/{name}", json=body, headers=acc.headers)


async def test_lists_every_channel_with_schema_url_token_and_health(
    http: httpx.AsyncClient, account: Account, other_account: Account
) -> None:
    mine = await channels(http, account)
    assert {"whatsapp", "instagram", "echo"} <= set(mine)  # echo: the third-party plugin
    wa = mine["whatsapp"]
    assert wa["enabled"] is False
    assert [f["name"] for f in wa["fields"]] == [
        "phone_number_id",
        "waba_id",
        "access_token",
        "app_secret",
        "template_name",
        "template_language",
        "pin",
        "coexistence",
    ]
    token_field = next(f for f in wa["fields"] if f["name"] == "access_token")
    assert token_field["kind"] == "secret" and token_field["required"] is True
    assert wa["settings"]["access_token"] == {"set": False, "masked": ""}
    assert wa["settings"]["phone_number_id"] is None
    assert wa["health"] == {
        "last_webhook_at": None,
        "last_send_at": None,
        "last_error": None,
        "broken": False,
        "subscribed_at": None,
        "subscribe_error": None,
        "unsubscribe_error": None,
        "registered_at": None,
        "register_error": None,
        "token_expires_at": None,
        "token_refresh_error": None,
    }
    prefix, _, rest = wa["webhook_url"].partition("/webhooks/")
    key, _, channel = rest.partition("/")
    assert prefix.startswith("http") and channel == "whatsapp" and len(key) >= 24
    assert mine["instagram"]["webhook_url"].endswith(f"/webhooks/{key}/instagram")
    assert len(wa["verify_token"]) >= 32
    # the verify token is generated once, per connection, and differs between tenants
    again = await channels(http, account)
    assert again["whatsapp"]["verify_token"] == wa["verify_token"]
    assert mine["instagram"]["verify_token"] != wa["verify_token"]
    theirs = await channels(http, other_account)
    assert theirs["whatsapp"]["verify_token"] != wa["verify_token"]
    assert key not in theirs["whatsapp"]["webhook_url"]


async def test_configure_enable_and_never_return_secrets(
    http: httpx.AsyncClient, account: Account, db: Any
) -> None:
    token, app_secret, pnid = "EAAG" + secrets.token_hex(40), secrets.token_hex(16), new_id()
    r = await put(
        http,
        account,
        "whatsapp",
        enabled=True,
        phone_number_id=pnid,
        waba_id="102290129340398",
        access_token=token,
        app_secret=app_secret,
        template_name="order_confirmation",
        template_language="sq",
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["enabled"] is True
    assert body["settings"]["phone_number_id"] == pnid
    assert body["settings"]["template_language"] == "sq"
    assert body["settings"]["access_token"] == {"set": True, "masked": "••••" + token[-4:]}
    assert body["settings"]["app_secret"]["set"] is True
    listed = await http.get("/api/v1/channels", headers=account.headers)
    for text in (r.text, listed.text):
        assert token not in text and app_secret not in text
    # at rest: encrypted, and the routing id kept where routing looks for it
    with tenancy.tenant_scope(account.tenant_id):
        row = (
            await tenancy.select(ChannelSetting).where(ChannelSetting.plugin == "whatsapp").first()
        )
    assert row is not None and row["account_id"] == pnid
    assert token not in row["secrets"] and app_secret not in row["secrets"]
    assert "access_token" not in row["settings"]

    # "" keeps a stored secret, null clears it; plain fields absent are kept
    r = await put(http, account, "whatsapp", access_token="", app_secret=None)
    assert r.status_code == 200, r.text
    assert r.json()["settings"]["access_token"]["set"] is True
    assert r.json()["settings"]["app_secret"] == {"set": False, "masked": ""}
    assert r.json()["settings"]["phone_number_id"] == pnid and r.json()["enabled"] is True
    # disabling keeps the settings
    r = await put(http, account, "whatsapp", enabled=False)
    assert r.json()["enabled"] is False and r.json()["settings"]["phone_number_id"] == pnid


async def test_validation_errors_name_the_field(http: httpx.AsyncClient, account: Account) -> None:
    r = await put(http, account, "whatsapp", enabled=True, phone_number_id=new_id())
    assert r.status_code == 400 and "access_token" in r.json()["detail"]
    r = await put(http, account, "instagram", enabled=True)
    assert r.status_code == 400
    assert "account_id" in r.json()["detail"] and "access_token" in r.json()["detail"]
    r = await put(http, account, "whatsapp", colour="blue")
    assert r.status_code == 400 and "colour" in r.json()["detail"]
    r = await put(http, account, "whatsapp", phone_number_id=12345)
    assert r.status_code == 400 and "phone_number_id" in r.json()["detail"]
    r = await put(http, account, "whatsapp", phone_number_id="12 34/56")
    assert r.status_code == 400 and "phone_number_id" in r.json()["detail"]
    r = await put(http, account, "whatsapp", enabled="yes")
    assert r.status_code == 400 and "enabled" in r.json()["detail"]
    r = await put(http, account, "whatsapp", access_token="x" * 5000)
    assert r.status_code == 400 and "access_token" in r.json()["detail"]
    r = await put(http, account, "telegram", enabled=True)
    assert r.status_code == 404
    bad = await http.put(
        "/api/v1/channels/whatsapp",
        content=b"{nope",
        headers={**account.headers, "Content-Type": "application/json"},
    )
    assert bad.status_code == 400
    for body in (b"[]", b'"on"', b"null"):
        r = await http.put(
            "/api/v1/channels/whatsapp",
            content=body,
            headers={**account.headers, "Content-Type": "application/json"},
        )
        assert r.status_code == 400, (body, r.text)
    # nothing of the refused requests was kept
    wa = (await channels(http, account))["whatsapp"]
    assert wa["enabled"] is False and wa["settings"]["phone_number_id"] is None
    assert (await http.get("/api/v1/channels")).status_code == 401
    assert (await http.put("/api/v1/channels/whatsapp", json={})).status_code == 401


async def test_a_routing_id_belongs_to_one_tenant(
    http: httpx.AsyncClient, account: Account, other_account: Account
) -> None:
    pnid = new_id()
    r = await put(http, account, "whatsapp", enabled=True, phone_number_id=pnid, access_token="t1")
    assert r.status_code == 200, r.text
    r = await put(http, other_account, "whatsapp", phone_number_id=pnid, access_token="t2")
    assert r.status_code == 409 and "phone_number_id" in r.json()["detail"]
    assert (await channels(http, other_account))["whatsapp"]["settings"]["phone_number_id"] is None
    # the owner can save it again; after releasing it, the other shop can take it
    assert (await put(http, account, "whatsapp", phone_number_id=pnid)).status_code == 200
    r = await put(http, account, "whatsapp", enabled=False, phone_number_id="")
    assert r.status_code == 200
    r = await put(http, other_account, "whatsapp", phone_number_id=pnid)
    assert r.status_code == 200, r.text


async def test_concurrent_claims_of_one_id_give_one_winner(http: httpx.AsyncClient) -> None:
    accounts = [await make_account(http, f"Shop {n}") for n in range(3)]
    await asyncio.gather(*(channels(http, a) for a in accounts))  # rows exist: only the id races
    ig_id = new_id()
    answers = await asyncio.gather(
        *(put(http, a, "instagram", account_id=ig_id, access_token="tok") for a in accounts)
    )
    assert sorted(r.status_code for r in answers) == [200, 409, 409], [r.text for r in answers]


async def test_health_and_reconnect_clears_broken(
    http: httpx.AsyncClient, account: Account, db: Any
) -> None:
    r = await put(
        http, account, "instagram", enabled=True, account_id=new_id(), access_token="old-token"
    )
    assert r.status_code == 200, r.text
    with tenancy.tenant_scope(account.tenant_id):  # what the send path records on code 190
        await tenancy.update(
            ChannelSetting,
            {ChannelSetting.broken: True, ChannelSetting.last_error: "190: token expired"},
        ).where(ChannelSetting.plugin == "instagram")
    health = (await channels(http, account))["instagram"]["health"]
    assert health["broken"] is True and health["last_error"] == "190: token expired"
    # saving other fields does not hide the problem; a new token does
    r = await put(http, account, "instagram", access_token="")
    assert r.json()["health"]["broken"] is True
    r = await put(http, account, "instagram", access_token="new-long-lived-token")
    after = r.json()["health"]
    # the new token was subscribed again (a later time than the first subscription)
    assert datetime.fromisoformat(after["subscribed_at"]) > datetime.fromisoformat(
        health["subscribed_at"]
    )
    assert after == {
        **health,
        "broken": False,
        "last_error": None,
        "subscribed_at": after["subscribed_at"],
    }


async def test_third_party_channel_configures_without_core_changes(
    http: httpx.AsyncClient, account: Account
) -> None:
    echo = (await channels(http, account))["echo"]
    assert echo["label"] == "Echo" and echo["routing_field"] == "account"
    r = await put(http, account, "echo", enabled=True, account="shop-1-" + new_id())
    assert r.status_code == 400 and "app_secret" in r.json()["detail"]
    r = await put(
        http, account, "echo", enabled=True, account="shop-" + new_id(), app_secret="s" * 20
    )
    assert r.status_code == 200, r.text
    assert r.json()["enabled"] is True and r.json()["settings"]["app_secret"]["set"] is True


async def test_enabled_plugins_follow_the_tenant_s_toggles(
    http: httpx.AsyncClient, account: Account, other_account: Account, db: Any
) -> None:
    from core.plugins import build_plugin_host
    from core.services.channels import enabled_plugins

    host = build_plugin_host()
    with tenancy.tenant_scope(account.tenant_id):
        assert await enabled_plugins(host) == {"parser_rules"}  # parsers on, channels off
    r = await put(http, account, "echo", enabled=True, account="e-" + new_id(), app_secret="s")
    assert r.status_code == 200, r.text
    with tenancy.tenant_scope(account.tenant_id):
        assert await enabled_plugins(host) == {"parser_rules", "echo"}
        # a parser switched off stays off (the row the parsers' toggle writes)
        await tenancy.insert(ChannelSetting(tenant=account.tenant_id, plugin="parser_rules"))
        assert await enabled_plugins(host) == {"echo"}
    with tenancy.tenant_scope(other_account.tenant_id):
        assert await enabled_plugins(host) == {"parser_rules"}
