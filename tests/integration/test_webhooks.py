"""Per-tenant webhooks over real HTTP: handshake, signatures, routing cross-check, inbox."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlparse

import httpx

from core import tenancy
from core.tables import ChannelSetting, InboundEvent
from tests import meta_payloads as meta
from tests.conftest import Account
from tests.contract.channel_kits import echo_body, echo_signed
from tests.integration.test_channels_api import channels, new_id, put


@dataclass
class Connection:
    account: Account
    channel: str
    routing_id: str
    secret: str
    path: str
    verify_token: str


async def connect(
    http: httpx.AsyncClient, acc: Account, channel: str = "whatsapp", enabled: bool = True
) -> Connection:
    routing_id, secret = new_id(), secrets.token_hex(16)
    routing_field = {"whatsapp": "phone_number_id", "instagram": "account_id", "echo": "account"}
    body: dict[str, Any] = {routing_field[channel]: routing_id, "app_secret": secret}
    if channel != "echo":
        body["access_token"] = "EAAG" + secrets.token_hex(20)
    r = await put(http, acc, channel, enabled=enabled, **body)
    assert r.status_code == 200, r.text
    entry = r.json()
    path = urlparse(entry["webhook_url"]).path
    return Connection(acc, channel, routing_id, secret, path, entry["verify_token"])


async def inbox(acc: Account, channel: str = "whatsapp") -> list[dict[str, Any]]:
    with tenancy.tenant_scope(acc.tenant_id):
        rows: list[dict[str, Any]] = (
            await tenancy.select(InboundEvent)
            .where(InboundEvent.channel == channel)
            .order_by(InboundEvent.received_at)
        )
    return rows


async def post(http: httpx.AsyncClient, conn: Connection, payload: Any, secret: str | None = None):
    body, headers = meta.signed(payload, secret or conn.secret)
    return await http.post(conn.path, content=body, headers=headers)


async def test_handshake_answers_only_the_right_token(
    http: httpx.AsyncClient, account: Account
) -> None:
    conn = await connect(http, account)
    params = {"hub.mode": "subscribe", "hub.challenge": "1158201444"}
    ok = await http.get(conn.path, params={**params, "hub.verify_token": conn.verify_token})
    assert ok.status_code == 200 and ok.text == "1158201444"
    assert ok.headers["content-type"].startswith("text/plain")
    wrong = await http.get(conn.path, params={**params, "hub.verify_token": "guess"})
    assert wrong.status_code == 403 and "1158201444" not in wrong.text
    missing = await http.get(conn.path, params=params)
    assert missing.status_code == 403
    key = conn.path.split("/")[2]
    assert (await http.get(f"/webhooks/{key}x/whatsapp", params=params)).status_code == 404
    assert (await http.get(f"/webhooks/{key}/telegram", params=params)).status_code == 404


async def test_signed_delivery_is_stored_in_the_inbox(
    http: httpx.AsyncClient, account: Account
) -> None:
    conn = await connect(http, account)
    payload = meta.wa_payload(
        meta.wa_change(
            conn.routing_id, [meta.wa_text("dua 2 cope masa M"), meta.wa_text("Tirane")]
        ),
        meta.wa_change(conn.routing_id, statuses=[meta.wa_status("wamid.SENT1", "read")]),
    )
    r = await post(http, conn, payload)
    assert r.status_code == 200, r.text
    assert r.json()["stored"] == 3
    rows = await inbox(account)
    assert sorted(r["payload"]["kind"] for r in rows) == ["status", "text", "text"]
    texts = {r["payload"]["text"] for r in rows if r["payload"]["kind"] == "text"}
    assert texts == {"dua 2 cope masa M", "Tirane"}
    message = next(r for r in rows if r["payload"]["kind"] == "text")
    # stored before the answer; the platform's worker may already have applied it
    assert message["contact_id"] == "355692345678" and message["status"] in {"pending", "done"}
    assert message["payload"]["account_id"] == conn.routing_id
    assert message["payload"]["contact_name"] == "Arta Hoxha"
    assert any(r["external_id"] == "wamid.SENT1:read" for r in rows)
    health = (await channels(http, account))["whatsapp"]["health"]
    assert health["last_webhook_at"] is not None


async def test_last_webhook_is_kept_to_half_a_minute(
    http: httpx.AsyncClient, account: Account
) -> None:
    """A busy shop's deliveries do not each rewrite the connection's health row."""
    conn = await connect(http, account)

    async def seen() -> str:
        return str((await channels(http, account))["whatsapp"]["health"]["last_webhook_at"])

    async def deliver(text: str) -> None:
        payload = meta.wa_payload(meta.wa_change(conn.routing_id, [meta.wa_text(text)]))
        assert (await post(http, conn, payload)).status_code == 200

    await deliver("a e keni te kuqe?")
    first = await seen()
    await deliver("masa M")
    assert await seen() == first
    with tenancy.tenant_scope(account.tenant_id):
        await tenancy.update(
            ChannelSetting,
            {ChannelSetting.last_webhook_at: datetime.now(UTC) - timedelta(minutes=1)},
        ).where(ChannelSetting.plugin == "whatsapp")
    await deliver("faleminderit")
    assert await seen() > first


async def test_wrong_or_missing_signature_stores_nothing(
    http: httpx.AsyncClient, account: Account
) -> None:
    conn = await connect(http, account)
    payload = meta.wa_messages(conn.routing_id, "forged order")
    assert (await post(http, conn, payload, secret="not-the-app-secret")).status_code == 403
    body = meta.body_bytes(payload)
    unsigned = await http.post(
        conn.path, content=body, headers={"Content-Type": "application/json"}
    )
    assert unsigned.status_code == 403
    # signed, then changed in transit
    good, headers = meta.signed(payload, conn.secret)
    tampered = good.replace(b"forged order", b"forged ordeR")
    assert (await http.post(conn.path, content=tampered, headers=headers)).status_code == 403
    assert await inbox(account) == []


async def test_payload_for_another_tenant_stores_nothing_here(
    http: httpx.AsyncClient, account: Account, other_account: Account
) -> None:
    mine = await connect(http, account)
    theirs = await connect(http, other_account)
    # a valid, correctly signed payload for the other shop's number, posted to my URL
    r = await post(http, mine, meta.wa_messages(theirs.routing_id, "take over"))
    assert r.status_code == 200 and r.json()["foreign"] == 1 and r.json()["stored"] == 0
    assert await inbox(account) == [] and await inbox(other_account) == []
    # a mixed batch: only the entry for my own number is kept
    mixed = meta.wa_payload(
        meta.wa_change(theirs.routing_id, [meta.wa_text("not mine")]),
        meta.wa_change(mine.routing_id, [meta.wa_text("mine")]),
    )
    assert (await post(http, mine, mixed)).json()["stored"] == 1
    assert [r["payload"]["text"] for r in await inbox(account)] == ["mine"]
    assert await inbox(other_account) == []


async def test_redelivery_is_stored_once(http: httpx.AsyncClient, account: Account) -> None:
    conn = await connect(http, account)
    payload = meta.wa_messages(conn.routing_id, "1 xhakete L")
    first = await post(http, conn, payload)
    second = await post(http, conn, payload)
    assert first.json()["stored"] == 1
    assert second.status_code == 200 and second.json() == {
        **second.json(),
        "stored": 0,
        "duplicates": 1,
    }
    # the same message inside one batch twice
    twice = meta.wa_text("2 bluza")
    await post(http, conn, meta.wa_payload(meta.wa_change(conn.routing_id, [twice, twice])))
    assert len(await inbox(account)) == 2


async def test_disabled_channel_stores_nothing(http: httpx.AsyncClient, account: Account) -> None:
    conn = await connect(http, account, enabled=False)
    r = await post(http, conn, meta.wa_messages(conn.routing_id, "hello"))
    assert r.status_code == 200 and r.json()["stored"] == 0 and r.json()["ignored"] == 1
    assert await inbox(account) == []


async def test_malformed_and_oversized_bodies(http: httpx.AsyncClient, account: Account) -> None:
    conn = await connect(http, account)
    for body in (b"{not json", b"[]", b'{"object": "instagram", "entry": []}'):
        headers = {"X-Hub-Signature-256": meta.signature(body, conn.secret)}
        r = await http.post(conn.path, content=body, headers=headers)
        assert r.status_code == 400, (body, r.text)
    big = (
        b'{"object": "whatsapp_business_account", "entry": [], "pad": "'
        + b"x" * (4 * 1024 * 1024)
        + b'"}'
    )
    r = await http.post(
        conn.path, content=big, headers={"X-Hub-Signature-256": meta.signature(big, conn.secret)}
    )
    assert r.status_code == 413

    async def chunks() -> Any:  # no Content-Length: the cap applies while reading
        for _ in range(5):
            yield b"x" * (1024 * 1024)

    r = await http.post(conn.path, content=chunks(), headers={"X-Hub-Signature-256": "sha256=0"})
    assert r.status_code == 413
    assert await inbox(account) == []


async def test_a_3_mb_batch_is_stored_whole(http: httpx.AsyncClient, account: Account) -> None:
    conn = await connect(http, account)
    filler = "porosi " * 420  # ~2.9 kB per message, 1000 messages: Meta's largest batch
    messages = [meta.wa_text(f"{n} {filler}") for n in range(1000)]
    payload = meta.wa_payload(meta.wa_change(conn.routing_id, messages))
    body, headers = meta.signed(payload, conn.secret)
    assert 2.9e6 < len(body) < 3.2e6
    r = await http.post(conn.path, content=body, headers=headers)
    assert r.status_code == 200, r.text
    assert r.json()["stored"] == 1000
    with tenancy.tenant_scope(account.tenant_id):
        assert await tenancy.count(InboundEvent) == 1000


async def test_no_secret_configured_is_refused(http: httpx.AsyncClient, account: Account) -> None:
    r = await put(
        http, account, "whatsapp", enabled=True, phone_number_id=new_id(), access_token="tok"
    )
    path = urlparse(r.json()["webhook_url"]).path
    pnid = r.json()["settings"]["phone_number_id"]
    body, headers = meta.signed(meta.wa_messages(pnid, "hi"), "")
    # the test platform has no META_APP_SECRET: nothing can be verified, so nothing is stored
    assert (await http.post(path, content=body, headers=headers)).status_code == 403
    assert await inbox(account) == []


async def test_instagram_messages_and_echoes(http: httpx.AsyncClient, account: Account) -> None:
    conn = await connect(http, account, "instagram")
    payload = meta.ig_payload(
        conn.routing_id,
        meta.ig_message(conn.routing_id, "a e keni ne te zeze? ë"),
        meta.ig_echo(conn.routing_id, "Po, e kemi!"),
    )
    r = await post(http, conn, payload)
    assert r.status_code == 200 and r.json()["stored"] == 2, r.text
    rows = await inbox(account, "instagram")
    by_author = {r["payload"]["from_business"]: r for r in rows}
    assert by_author[False]["payload"]["text"] == "a e keni ne te zeze? ë"
    assert by_author[True]["payload"]["text"] == "Po, e kemi!"
    assert by_author[True]["contact_id"] == by_author[False]["contact_id"] == "1234567890123456"
    # another shop's Instagram entry posted here is dropped
    r = await post(http, conn, meta.ig_messages(new_id(), "hi"))
    assert r.json()["foreign"] == 1 and len(await inbox(account, "instagram")) == 2


async def test_third_party_channel_webhook_reaches_the_inbox(
    http: httpx.AsyncClient, account: Account
) -> None:
    conn = await connect(http, account, "echo")
    ok = await http.get(conn.path, params={"echo.token": conn.verify_token, "echo.challenge": "7"})
    assert ok.status_code == 200 and ok.text == "7"
    body = echo_body(conn.routing_id, "2 bluza", "adresa: Rr. Kavajes 45", prefix="e")
    r = await http.post(conn.path, content=body, headers=echo_signed(body, conn.secret))
    assert r.status_code == 200 and r.json()["stored"] == 2, r.text
    rows = await inbox(account, "echo")
    assert {r["external_id"] for r in rows} == {"e0", "e1"}
    assert {r["payload"]["contact_id"] for r in rows} == {"customer-7"}
    bad = await http.post(conn.path, content=body, headers=echo_signed(body, "wrong"))
    assert bad.status_code == 403


async def test_app_level_webhook_routes_each_item_to_its_tenant(
    http: httpx.AsyncClient, account: Account, other_account: Account, db: Any
) -> None:
    from core.plugins import build_plugin_host
    from core.services.webhook_routing import route_items

    mine = await connect(http, account)
    theirs = await connect(http, other_account)
    off = await connect(http, other_account, "instagram", enabled=False)
    payload = meta.wa_payload(
        meta.wa_change(mine.routing_id, [meta.wa_text("per mua")]),
        meta.wa_change(theirs.routing_id, [meta.wa_text("per ta"), meta.wa_text("dhe kjo")]),
        meta.wa_change(new_id(), [meta.wa_text("askujt")]),  # an account nobody connected
    )
    secret = "platform-app-secret"
    host = build_plugin_host()
    result = await host.webhook_items("whatsapp", *meta.signed_lower(payload, secret), secret)
    assert result is not None
    routed = await route_items("whatsapp", result)
    assert (routed.counts["stored"], routed.counts["foreign"]) == (3, 1)
    assert {(str(t), c) for t, c in routed.conversations} == {
        (account.tenant_id, "355692345678"),
        (other_account.tenant_id, "355692345678"),
    }
    assert [r["payload"]["text"] for r in await inbox(account)] == ["per mua"]
    assert sorted(r["payload"]["text"] for r in await inbox(other_account)) == ["dhe kjo", "per ta"]
    again = await route_items("whatsapp", result)  # a redelivery: nothing new to ingest
    assert again.counts["duplicates"] == 3 and again.conversations == set()
    ig_payload = meta.ig_messages(off.routing_id, "hi")
    ig = await host.webhook_items("instagram", *meta.signed_lower(ig_payload, secret), secret)
    assert ig is not None
    assert (await route_items("instagram", ig)).counts["ignored"] == 1  # disabled: nothing stored
    assert await inbox(other_account, "instagram") == []


async def test_app_level_webhook_over_http(
    http: httpx.AsyncClient, account: Account, platform: Any
) -> None:
    conn = await connect(http, account)
    payload = meta.wa_messages(conn.routing_id, "nga aplikacioni")
    assert (await http.post("/webhooks/meta/telegram", content=b"{}")).status_code == 404
    handshake = {"hub.mode": "subscribe", "hub.challenge": "5", "hub.verify_token": ""}
    assert (await http.get("/webhooks/meta/whatsapp", params=handshake)).status_code == 403
    secret = platform.env.get("META_APP_SECRET")
    if not secret:
        # no platform app secret configured: nothing can be verified, nothing is stored
        body, headers = meta.signed(payload, "anything")
        r = await http.post("/webhooks/meta/whatsapp", content=body, headers=headers)
        assert r.status_code == 403 and await inbox(account) == []
        return
    body, headers = meta.signed(payload, secret)
    r = await http.post("/webhooks/meta/whatsapp", content=body, headers=headers)
    assert r.status_code == 200 and r.json()["stored"] == 1
    assert [r["payload"]["text"] for r in await inbox(account)] == ["nga aplikacioni"]
