"""Refreshing Instagram's 60-day token, over real HTTP against the fake Graph API: the login
flow records when the token expires; the daily job refreshes a connection near expiry (the
next send uses the new token, the expiry moves, nothing else changes), leaves one not near
expiry and a disabled one alone, keeps the old token and says why when Meta refuses, marks a
revoked token broken, and a tenant-scoped call never touches another shop's connection. The
channels page shows the expiry in the shop's time zone and warns."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from core import tenancy
from core.runtime import services as open_services
from core.runtime_state import Services
from core.services import outbound, token_refresh
from core.settings import Settings
from core.tables import ChannelSetting, Tenant
from core.types import OutboundMessage
from tests.conftest import Platform
from tests.integration.test_dashboard import Dashboard
from tests.integration.test_onboarding import _identity, _login_on_instagram, _start
from web.dashboard.channels import token_state
from workers.tokens import refresh_tokens

DAY = timedelta(days=1)


@pytest.fixture
async def svc(platform: Platform, settings: Any, db: Any) -> AsyncIterator[Services]:
    own = dataclasses.replace(settings, queue_name=f"porosia:test:{uuid.uuid4().hex[:8]}")
    async with open_services(own, platform.redis_url) as services:
        yield services


@pytest.fixture(autouse=True)
def no_leftover_failures(fake_meta: Any) -> Any:
    yield
    with fake_meta.state.lock:
        left = list(fake_meta.state.failures)
        fake_meta.state.failures.clear()
    assert not left, f"injected failures left unused: {left}"


@dataclasses.dataclass
class Shop:
    dash: Dashboard
    tenant: uuid.UUID
    account: str


async def _connected(platform: Platform, settings: Settings, fake_meta: Any) -> Shop:
    client = httpx.AsyncClient(base_url=platform.base_url, timeout=30)
    dash = Dashboard(client)
    assert (await dash.sign_up()).status_code == 303
    account = f"17841{uuid.uuid4().int % 10**11:011d}"
    fake_meta.next_login(ig_user_id=account)
    authorize, _ = await _start(dash)
    done = await client.get((await _login_on_instagram(authorize)).removesuffix("#_"))
    assert done.status_code == 303, done.text
    return Shop(dash, (await _identity(dash, settings)).tenant_id, account)


@pytest.fixture
async def shops(
    platform: Platform, settings: Settings, fake_meta: Any
) -> AsyncIterator[list[Shop]]:
    made = [await _connected(platform, settings, fake_meta) for _ in range(2)]
    try:
        yield made
    finally:
        for shop in made:
            await shop.dash.client.aclose()


async def _row(shop: Shop) -> dict[str, Any]:
    with tenancy.tenant_scope(shop.tenant):
        row = await tenancy.select(ChannelSetting).where(ChannelSetting.plugin == "instagram")
    assert len(row) == 1
    return row[0]


async def _token(svc: Services, shop: Shop) -> str:
    with tenancy.tenant_scope(shop.tenant):
        conn = await outbound._connection(svc, "instagram")  # what a send would use
    assert conn is not None
    return str(conn.settings["access_token"])


async def _near_expiry(fake_meta: Any, svc: Services, shop: Shop, days_left: float = 5) -> str:
    """Make the shop's token 60 - ``days_left`` days old, here and at the fake."""
    token = await _token(svc, shop)
    age = timedelta(days=60 - days_left)
    assert fake_meta.age_token(token, age.total_seconds())
    now = datetime.now(UTC)
    with tenancy.tenant_scope(shop.tenant):
        await tenancy.update(
            ChannelSetting,
            {
                ChannelSetting.token_expires_at: now + timedelta(days=days_left),
                ChannelSetting.token_obtained_at: now - age,
            },
        ).where(ChannelSetting.plugin == "instagram")
    return token


def _near(value: Any, expected: datetime, slack: timedelta = timedelta(minutes=5)) -> bool:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return abs(moment - expected) < slack


async def test_the_login_flow_records_the_expiry_and_a_near_one_is_refreshed(
    shops: list[Shop], svc: Services, fake_meta: Any
) -> None:
    shop, young = shops
    before = await _row(shop)
    # the connect flow's exchange answered expires_in (about 60 days)
    assert _near(before["token_expires_at"], datetime.now(UTC) + timedelta(days=60), DAY)
    assert before["token_obtained_at"] is not None and before["token_refresh_error"] is None
    old = await _near_expiry(fake_meta, svc, shop)
    young_token = await _token(svc, young)  # connected just now: not due
    calls = len([c for c in fake_meta.oauth_calls if c["endpoint"] == "ig_refresh_token"])
    assert await refresh_tokens({"services": svc}) >= 1
    ours = [c for c in fake_meta.oauth_calls if c["endpoint"] == "ig_refresh_token"][calls:]
    asked = [c["query"]["access_token"] for c in ours]
    assert old in asked and young_token not in asked
    after = await _row(shop)
    new = await _token(svc, shop)
    assert new != old and new.startswith("IGAA")
    assert after["secrets"] != before["secrets"] and old not in after["secrets"]  # sealed
    assert _near(after["token_expires_at"], datetime.now(UTC) + timedelta(seconds=5183944))
    assert after["token_refresh_error"] is None and after["broken"] is False
    # nothing else changed: settings, routing id, login, subscription, switch
    for key in ("settings", "account_id", "meta_user_id", "subscribed_at", "enabled"):
        assert after[key] == before[key], key
    # the next send goes out with the new token
    with tenancy.tenant_scope(shop.tenant):
        conn = await outbound._connection(svc, "instagram")
        assert conn is not None
        sent = await svc.plugins.send_result(conn, OutboundMessage(to="c-1", text="Faleminderit"))
    assert sent is not None and sent.ok, sent
    assert fake_meta.sent[-1]["token"] == f"Bearer {new}"
    # the young connection was left alone
    assert await _token(svc, young) == young_token
    # run again: the refreshed token is no longer due
    calls = len([c for c in fake_meta.oauth_calls if c["endpoint"] == "ig_refresh_token"])
    with tenancy.tenant_scope(shop.tenant):
        assert await token_refresh.refresh_due(svc) == {}
    assert len([c for c in fake_meta.oauth_calls if c["endpoint"] == "ig_refresh_token"]) == calls


async def test_a_failed_refresh_keeps_the_old_token_and_says_why(
    shops: list[Shop], svc: Services, fake_meta: Any
) -> None:
    shop, _ = shops
    old = await _near_expiry(fake_meta, svc, shop, days_left=3)
    expires = (await _row(shop))["token_expires_at"]
    fake_meta.fail_next(2, message="(#2) Service temporarily unavailable", status=503)
    with tenancy.tenant_scope(shop.tenant):
        assert await token_refresh.refresh_due(svc) == {"instagram": "failed"}
    row = await _row(shop)
    assert await _token(svc, shop) == old and row["token_expires_at"] == expires
    assert row["token_refresh_error"] == "2: (#2) Service temporarily unavailable"
    assert row["broken"] is False and row["enabled"] is True
    # the API and the channels page say so, in the shop's time zone
    r = await shop.dash.client.get("/api/v1/channels", headers=await shop.dash.bearer())
    ig = next(c for c in r.json()["items"] if c["name"] == "instagram")
    assert ig["health"]["token_refresh_error"] == row["token_refresh_error"]
    assert _near(ig["health"]["token_expires_at"], expires, timedelta(seconds=1))
    with tenancy.tenant_scope(shop.tenant):
        await tenancy.update_current_tenant({Tenant.time_zone: "Asia/Tokyo"})
    page = await shop.dash.client.get("/channels")
    when = expires.astimezone(ZoneInfo("Asia/Tokyo")).strftime("%d.%m.%Y %H:%M")
    assert 'id="channel-instagram-token"' in page.text
    assert f"Renewing it failed: 2: (#2) Service temporarily unavailable. It expires on {when}" in (
        page.text
    )
    # the next run tries again and succeeds: the error is cleared
    with tenancy.tenant_scope(shop.tenant):
        assert await token_refresh.refresh_due(svc) == {"instagram": "refreshed"}
    row = await _row(shop)
    assert row["token_refresh_error"] is None and await _token(svc, shop) != old
    when = row["token_expires_at"].astimezone(ZoneInfo("Asia/Tokyo")).strftime("%d.%m.%Y %H:%M")
    page = await shop.dash.client.get("/channels")
    assert f"Valid until {when}; renewed automatically before then." in page.text
    page = await shop.dash.client.get("/channels", headers={"accept-language": "sq"})
    assert f"I vlefshëm deri më {when}; rinovohet automatikisht" in page.text


async def test_a_revoked_token_marks_the_connection_broken(
    shops: list[Shop], svc: Services, fake_meta: Any
) -> None:
    shop, _ = shops
    old = await _near_expiry(fake_meta, svc, shop)
    fake_meta.revoke(old)
    with tenancy.tenant_scope(shop.tenant):
        assert await token_refresh.refresh_due(svc) == {"instagram": "broken"}
    row = await _row(shop)
    assert row["broken"] is True and str(row["last_error"]).startswith("190: ")
    assert str(row["token_refresh_error"]).startswith("190: ")
    with tenancy.tenant_scope(shop.tenant):
        assert await _open(svc) == old  # kept
    # a broken connection is not asked again (the shop must log in again)
    with tenancy.tenant_scope(shop.tenant):
        assert await token_refresh.refresh_due(svc) == {}
    page = await shop.dash.client.get("/channels")
    assert "Renewing it failed: 190:" in page.text


async def _open(svc: Services) -> str:
    row = await tenancy.select(ChannelSetting).where(ChannelSetting.plugin == "instagram").first()
    assert row is not None
    return str(svc.secrets.open(row["secrets"])["access_token"])


async def test_disabled_and_other_tenants_connections_are_untouched(
    shops: list[Shop], svc: Services, fake_meta: Any
) -> None:
    first, second = shops
    a = await _near_expiry(fake_meta, svc, first)
    b = await _near_expiry(fake_meta, svc, second)
    # a tenant-scoped call refreshes its own shop only
    with tenancy.tenant_scope(first.tenant):
        assert await token_refresh.refresh_due(svc) == {"instagram": "refreshed"}
    assert await _token(svc, first) != a
    with tenancy.tenant_scope(second.tenant):
        assert await _open(svc) == b
    assert str(second.tenant) in await token_refresh.tenants_due()
    assert str(first.tenant) not in await token_refresh.tenants_due()
    # the page warns the second shop that its token is near expiry (no refresh yet)
    expires = (await _row(second))["token_expires_at"]
    page = await second.dash.client.get("/channels")
    when = expires.astimezone(ZoneInfo("Europe/Tirane")).strftime("%d.%m.%Y %H:%M")
    assert f"Expires on {when}. It is renewed automatically" in page.text
    assert "token-near token-warning" in page.text
    # switched off: not due, not asked
    r = await second.dash.client.put(
        "/api/v1/channels/instagram", json={"enabled": False}, headers=await second.dash.bearer()
    )
    assert r.status_code == 200, r.text
    assert str(second.tenant) not in await token_refresh.tenants_due()
    calls = len([c for c in fake_meta.oauth_calls if c["endpoint"] == "ig_refresh_token"])
    await refresh_tokens({"services": svc})
    refreshes = [c for c in fake_meta.oauth_calls if c["endpoint"] == "ig_refresh_token"]
    asked = [c["query"]["access_token"] for c in refreshes[calls:]]
    assert b not in asked
    with tenancy.tenant_scope(second.tenant):
        assert await _open(svc) == b
    page = await second.dash.client.get("/channels")
    assert 'class="token ' not in page.text  # off: no token line


async def test_a_token_saved_by_hand_has_no_known_expiry(
    shops: list[Shop], svc: Services, fake_meta: Any
) -> None:
    shop, _ = shops
    r = await shop.dash.client.put(
        "/api/v1/channels/instagram",
        json={"access_token": "IGAA" + uuid.uuid4().hex},
        headers=await shop.dash.bearer(),
    )
    assert r.status_code == 200, r.text
    assert r.json()["health"]["token_expires_at"] is None
    row = await _row(shop)
    assert row["token_expires_at"] is None and row["token_obtained_at"] is None
    assert str(shop.tenant) not in await token_refresh.tenants_due()


def test_the_card_s_token_state() -> None:
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)

    def entry(days: float, error: str | None = None, enabled: bool = True) -> dict[str, Any]:
        at = (now + timedelta(days=days)).isoformat()
        health = {"token_expires_at": at, "token_refresh_error": error}
        return {"enabled": enabled, "health": health}

    assert token_state(entry(30), now=now) == "ok"
    assert token_state(entry(9), now=now) == "near"
    assert token_state(entry(9, "2: down"), now=now) == "failed"
    assert token_state(entry(-1, "190: expired"), now=now) == "expired"
    assert token_state(entry(5, enabled=False), now=now) is None
    assert token_state({"enabled": True, "health": {"token_expires_at": None}}, now=now) is None
