"""``channel_refresh_token`` through the façade: only the connection's channel answers, and
the built-in Instagram channel refreshes its long-lived token against the fake Graph API over
real HTTP (only once the token is 24 hours old; a revoked token answers Meta's 190)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from core.hookspecs import hookimpl
from core.plugins import PluginHost, build_plugin_host
from core.settings import Settings
from core.testing import ChannelContract, ContractFailure
from core.types import ChannelConnection, PluginInfo, SettingField, TokenRefresh
from tests.contract.channel_kits import meta_signed, whatsapp_sample

DAY = 24 * 3600


@pytest.fixture(scope="module")
def host() -> PluginHost:
    return build_plugin_host()


async def _instagram_connection(
    host: PluginHost, settings: Settings, fake_meta: Any
) -> ChannelConnection:
    app = settings.onboarding_app("instagram")
    assert app is not None
    code = fake_meta.issue_code("instagram")
    result = await host.channel_onboard(app, {"code": code["code"]}, "https://x/cb")
    assert result is not None and result.ok, result
    # the exchange's expires_in is handed to the core (about 60 days)
    assert result.token_expires_in is not None and 59 * DAY < result.token_expires_in < 61 * DAY
    return ChannelConnection(
        str(uuid.uuid4()),
        "instagram",
        result.settings,
        result.settings["account_id"],
        api_base=settings.api_base("instagram"),
    )


async def test_instagram_refreshes_a_day_old_token(
    host: PluginHost, settings: Settings, fake_meta: Any
) -> None:
    conn = await _instagram_connection(host, settings, fake_meta)
    old = conn.settings["access_token"]
    # a fresh token cannot be refreshed yet: the error comes back, no token
    young = await host.channel_refresh_token(conn)
    assert young is not None and not young.ok and young.settings == {}
    assert "24 hours" in (young.error or "")
    assert fake_meta.age_token(old, DAY + 60)
    result = await host.channel_refresh_token(conn)
    assert result is not None and result.ok, result
    new = result.settings["access_token"]
    assert new.startswith("IGAA") and new != old and set(result.settings) == {"access_token"}
    assert result.expires_in is not None and result.expires_in > 59 * DAY
    call = [c for c in fake_meta.oauth_calls if c["endpoint"] == "ig_refresh_token"][-1]
    assert call["query"] == {"grant_type": "ig_refresh_token", "access_token": old}


async def test_instagram_refresh_reports_a_revoked_token(
    host: PluginHost, settings: Settings, fake_meta: Any
) -> None:
    conn = await _instagram_connection(host, settings, fake_meta)
    token = conn.settings["access_token"]
    fake_meta.age_token(token, DAY + 60)
    fake_meta.revoke(token)
    result = await host.channel_refresh_token(conn)
    assert result is not None and not result.ok and result.error_code == 190
    # and a token past its 60 days can no longer be refreshed
    conn2 = await _instagram_connection(host, settings, fake_meta)
    fake_meta.age_token(conn2.settings["access_token"], 61 * DAY)
    expired = await host.channel_refresh_token(conn2)
    assert expired is not None and not expired.ok and expired.error_code == 190


async def test_other_channels_do_not_answer(host: PluginHost) -> None:
    for channel in ("echo", "whatsapp", "telegram"):
        conn = ChannelConnection(str(uuid.uuid4()), channel, {"access_token": "EAAGx"}, "1")
        assert await host.channel_refresh_token(conn) is None, channel


class _RaisingRefresher:
    """A channel whose refresh raises when its API is down (breaks the contract)."""

    @hookimpl
    def channel_refresh_token(self, connection: ChannelConnection) -> TokenRefresh | None:
        if connection.channel != "raiser":
            return None
        raise ConnectionError("the API is down")


async def test_the_kit_fails_a_refresh_that_raises() -> None:
    host = build_plugin_host()
    host.pm.register(_RaisingRefresher(), name="raiser")
    host.plugins["raiser"] = PluginInfo(
        "raiser", "Raiser", "channel", settings=(SettingField("id", "Id"),), routing_field="id"
    )
    kit = ChannelContract("raiser", whatsapp_sample, meta_signed)
    with pytest.raises(ContractFailure, match="channel_refresh_token raised ConnectionError"):
        await kit.check_refresh_never_raises(host)
