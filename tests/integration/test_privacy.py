"""Per-customer erasure and Meta's data-deletion and deauthorize callbacks."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx

from core import tenancy
from core.services.meta_callbacks import make_signed_request
from core.tables import ALL_TABLES, ChannelSetting, Customer, Order
from tests.conftest import Account, Platform
from tests.seed import seed_canary


async def _haystack() -> dict[str, str]:
    """Every row of every table as text, by table."""
    with tenancy.unscoped():
        return {t._meta.tablename: json.dumps(await t.select(), default=str) for t in ALL_TABLES}


async def _tables_holding(needle: str) -> list[str]:
    return [name for name, rows in (await _haystack()).items() if needle in rows]


async def test_erase_one_customer(
    http: httpx.AsyncClient, account: Account, other_account: Account, db: Any
) -> None:
    await seed_canary(account.tenant_id, "canary-erase-me")
    await seed_canary(other_account.tenant_id, "canary-keep-me")
    customers = (await http.get("/api/v1/customers", headers=account.headers)).json()["items"]
    assert [c["name"] for c in customers] == ["canary-erase-me"]
    cid = customers[0]["id"]
    # another tenant cannot erase it: 404, like a random id
    assert (
        await http.delete(f"/api/v1/customers/{cid}", headers=other_account.headers)
    ).status_code == 404
    assert (
        await http.delete("/api/v1/customers/not-a-uuid", headers=account.headers)
    ).status_code == 404
    r = await http.delete(f"/api/v1/customers/{cid}", headers=account.headers)
    assert r.status_code == 200, r.text
    assert r.json()["orders_anonymised"] == 1 and r.json()["inbox_items_deleted"] == 0
    assert await _tables_holding("dua 2 cope canary-erase-me") == []  # the message
    assert await _tables_holding("wa-canary-erase-me") == []  # the contact id
    assert await _tables_holding("Rr. canary-erase-me 1") == []  # the address
    assert "customer" in await _tables_holding("canary-keep-me")
    with tenancy.tenant_scope(account.tenant_id):
        order = await tenancy.select(Order).first()
        assert await tenancy.count(Customer) == 0
    assert order is not None and order["customer_name"] is None and order["phone"] is None


def _signed(platform: Platform, user_id: str, secret: str | None = None) -> dict[str, str]:
    claims = {"algorithm": "HMAC-SHA256", "issued_at": int(time.time()), "user_id": user_id}
    return {
        "signed_request": make_signed_request(claims, secret or platform.env["META_APP_SECRET"])
    }


async def _link(account: Account, http: httpx.AsyncClient, user_id: str) -> None:
    r = await http.put(
        "/api/v1/channels/instagram",
        headers=account.headers,
        json={
            "enabled": True,
            "account_id": f"17841{int(time.time() * 1000) % 10**10}",
            "access_token": "IGQVJ-secret",
        },
    )
    assert r.status_code == 200, r.text
    with tenancy.tenant_scope(account.tenant_id):
        await tenancy.update(ChannelSetting, {ChannelSetting.meta_user_id: user_id}).where(
            ChannelSetting.plugin == "instagram"
        )


async def test_data_deletion_callback(
    http: httpx.AsyncClient, platform: Platform, account: Account, other_account: Account
) -> None:
    user_id = f"u{time.time_ns()}"
    await _link(account, http, user_id)
    await _link(other_account, http, f"o{time.time_ns()}")
    bad = await http.post("/meta/data-deletion", data=_signed(platform, user_id, "wrong"))
    assert bad.status_code == 400
    r = await http.post("/meta/data-deletion", data=_signed(platform, user_id))
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    answer = r.json()
    assert answer["confirmation_code"].isalnum()
    assert answer["url"].endswith(f"/meta/data-deletion/{answer['confirmation_code']}")
    channels = (await http.get("/api/v1/channels", headers=account.headers)).json()["items"]
    ig = next(c for c in channels if c["name"] == "instagram")
    assert ig["enabled"] is False and ig["settings"]["access_token"]["set"] is False
    other = (await http.get("/api/v1/channels", headers=other_account.headers)).json()["items"]
    assert next(c for c in other if c["name"] == "instagram")["enabled"] is True
    page = await http.get(f"/meta/data-deletion/{answer['confirmation_code']}")
    assert page.status_code == 200 and "completed" in page.text
    assert await _tables_holding(user_id) == []
    assert (await http.get("/meta/data-deletion/nope")).status_code == 404


async def test_deauthorize_disables_the_connections(
    http: httpx.AsyncClient, platform: Platform, account: Account
) -> None:
    user_id = f"d{time.time_ns()}"
    await _link(account, http, user_id)
    assert (
        await http.post("/meta/deauthorize", data={"signed_request": "garbage"})
    ).status_code == 400
    r = await http.post("/meta/deauthorize", data=_signed(platform, user_id))
    assert r.status_code == 200 and r.json() == {"disabled": 1}
    channels = (await http.get("/api/v1/channels", headers=account.headers)).json()["items"]
    ig = next(c for c in channels if c["name"] == "instagram")
    assert ig["enabled"] is False and ig["health"]["broken"] is True
