"""Signed Meta webhooks in, orders out, exactly one confirmation back through the fake
Graph API, against the running platform over real HTTP."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from urllib.parse import urlparse

import httpx

from tests import meta_payloads as meta
from tests.conftest import Account

T = TypeVar("T")
CATALOG = {
    "currency": "ALL",
    "products": [
        {
            "sku": "DRS-RED",
            "name": "Fustan i kuq",
            "aliases": ["red dress"],
            "price": 2500,
            "variants": ["S", "M", "L"],
        },
    ],
}


async def until(check: Callable[[], Awaitable[T]], seconds: float = 15) -> T:
    for _ in range(int(seconds * 10)):
        value = await check()
        if value:
            return value
        await asyncio.sleep(0.1)
    raise AssertionError("timed out waiting")


async def _shop(http: httpx.AsyncClient, account: Account, channel: str) -> dict[str, Any]:
    assert (
        await http.put("/api/v1/catalog", json=CATALOG, headers=account.headers)
    ).status_code == 200
    routing = {"whatsapp": "phone_number_id", "instagram": "account_id"}[channel]
    conn = {
        "enabled": True,
        routing: str(secrets.randbelow(10**15)),
        "access_token": "EAAG" + secrets.token_hex(16),
        "app_secret": secrets.token_hex(16),
    }
    r = await http.put(f"/api/v1/channels/{channel}", json=conn, headers=account.headers)
    assert r.status_code == 200, r.text
    quiet = {"confirm_quiet_seconds": 0}
    assert (await http.put("/api/v1/settings", json=quiet, headers=account.headers)).is_success
    return {**conn, "routing": conn[routing], "path": urlparse(r.json()["webhook_url"]).path}


async def test_whatsapp_order_and_one_confirmation(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    shop = await _shop(http, account, "whatsapp")
    sender = "3556" + str(secrets.randbelow(10**8)).zfill(8)
    payload = meta.wa_messages(
        shop["routing"],
        "Pershendetje, dua 2 fustane te kuq masa M",
        "Arta Krasniqi, Rr. Kavajes 45, Tirane, 069 234 5678",
        sender=sender,
    )
    body, headers = meta.signed(payload, shop["app_secret"])
    assert (await http.post(shop["path"], content=body, headers=headers)).status_code == 200

    async def orders() -> list[dict[str, Any]]:
        r = await http.get("/api/v1/orders", headers=account.headers)
        return r.json()["items"]  # type: ignore[no-any-return]

    order = (await until(orders))[0]
    assert [(i["product"], i["quantity"], i["variant"]) for i in order["items"]] == [
        ("DRS-RED", 2, "M")
    ]
    assert order["customer"]["phone"] == "+355692345678"
    assert order["total"] == "5000.00" and order["currency"] == "ALL"

    def mine() -> list[dict[str, Any]]:
        return [s for s in fake_meta.sent if s["account_id"] == shop["routing"]]

    async def sent() -> list[dict[str, Any]]:
        return mine()

    sends = await until(sent)
    assert sends[0]["body"]["to"] == sender
    assert sends[0]["body"]["type"] == "text"
    assert "Fustan i kuq" in sends[0]["body"]["text"]["body"]
    assert sends[0]["token"] == f"Bearer {shop['access_token']}"
    # a redelivery of the same webhook creates nothing and sends nothing more
    assert (await http.post(shop["path"], content=body, headers=headers)).status_code == 200
    await asyncio.sleep(2)
    assert len(mine()) == 1
    assert len(await orders()) == 1


async def test_confirming_closes_the_episode(
    http: httpx.AsyncClient, account: Account, fake_meta: Any
) -> None:
    """After the merchant confirms, the next order in the same chat is a new order."""
    shop = await _shop(http, account, "whatsapp")
    sender = "3556" + str(secrets.randbelow(10**8)).zfill(8)

    async def send(text: str) -> None:
        body, headers = meta.signed(
            meta.wa_messages(shop["routing"], text, sender=sender), shop["app_secret"]
        )
        assert (await http.post(shop["path"], content=body, headers=headers)).status_code == 200

    async def orders() -> list[dict[str, Any]]:
        r = await http.get("/api/v1/orders", headers=account.headers)
        return r.json()["items"]  # type: ignore[no-any-return]

    await send("Dua 1 fustan te kuq masa S. Rr. Kavajes 45, Tirane, 069 234 5678")
    first = (await until(orders))[0]
    assert first["customer"]["id"]
    r = await http.patch(
        f"/api/v1/orders/{first['id']}", json={"status": "confirmed"}, headers=account.headers
    )
    assert r.status_code == 200 and r.json()["status"] == "confirmed"
    await send("Dua edhe 3 fustane te kuq masa L. Rr. Kavajes 45, Tirane, 069 234 5678")

    async def two() -> list[dict[str, Any]]:
        found = await orders()
        return found if len(found) == 2 else []

    newest, oldest = await until(two)
    assert oldest["id"] == first["id"] and oldest["status"] == "confirmed"
    assert [(i["quantity"], i["variant"]) for i in oldest["items"]] == [(1, "S")]
    assert [(i["quantity"], i["variant"]) for i in newest["items"]] == [(3, "L")]
