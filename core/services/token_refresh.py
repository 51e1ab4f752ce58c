"""Refreshing expiring access tokens (Instagram's long-lived token dies after 60 days).

A connect flow records when the token it saved expires (``token_expires_at``). A periodic
job (:func:`workers.tokens.refresh_tokens`) finds, across tenants, the enabled connections
whose token expires within :data:`REFRESH_WITHIN` and is at least :data:`MIN_AGE` old, then
in each tenant's scope asks the channel plugin (``channel_refresh_token``) for a new one.

A new token replaces only the secret settings the plugin returned, encrypted like any save
(other settings, the routing id and the webhook subscription stay), with its new expiry. A
refusal keeps the old token and is recorded (``token_refresh_error``, shown on the channels
page); an auth error (Meta's 190: revoked, expired, password changed) marks the connection
broken, as a failed send or subscription does.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from core import tenancy
from core.meta import AUTH_CODES
from core.runtime_state import Services
from core.services.channels import _merge
from core.services.connections import connections
from core.tables import ChannelSetting
from core.types import TokenRefresh

log = logging.getLogger("porosia.tokens")

REFRESH_WITHIN = timedelta(days=10)  # chatwoot's margin; the job runs daily
MIN_AGE = timedelta(hours=24)  # Instagram refuses to refresh a younger token
REFRESH_SECONDS = 30.0  # the whole hook call, whatever the plugin's own timeouts


def _due(now: datetime) -> Any:
    """Connections whose token should be refreshed at ``now`` (any tenant's: callers scope)."""
    return (
        (ChannelSetting.enabled == True)  # noqa: E712 (a Piccolo expression)
        & (ChannelSetting.broken == False)  # noqa: E712
        & ChannelSetting.token_expires_at.is_not_null()
        & (ChannelSetting.token_expires_at < now + REFRESH_WITHIN)
        & (
            ChannelSetting.token_obtained_at.is_null()
            | (ChannelSetting.token_obtained_at <= now - MIN_AGE)
        )
    )


async def tenants_due(now: datetime | None = None) -> list[str]:
    """The tenants with a connection due for a refresh (a cross-tenant look-up)."""
    now = now or datetime.now(UTC)
    with tenancy.unscoped():  # the job looks across tenants, then works in each one's scope
        rows = await ChannelSetting.select(ChannelSetting.tenant).where(_due(now)).distinct()
    return sorted({str(r["tenant"]) for r in rows})


def describe(result: TokenRefresh) -> str:
    error = result.error or "the channel refused to refresh the token"
    return f"{result.error_code}: {error}" if result.error_code is not None else error


async def _ask(services: Services, channel: str) -> TokenRefresh | None:
    found = await connections(services, channel)
    if not found:
        return None
    try:
        return await asyncio.wait_for(
            services.plugins.channel_refresh_token(found[0]), REFRESH_SECONDS
        )
    except TimeoutError:
        return TokenRefresh(ok=False, error="no answer from the channel in time")
    except Exception:  # a plugin bug must not stop the other connections' refreshes
        log.exception("channel_refresh_token failed for %s", channel)
        return TokenRefresh(ok=False, error="the channel plugin failed (see the server log)")


async def _save(services: Services, row: dict[str, Any], result: TokenRefresh) -> str | None:
    """Store a refreshed token; why it cannot be stored, or ``None``."""
    info = services.plugins.channels().get(row["plugin"])
    if info is None:
        return "the channel is no longer installed"
    secret_fields = {f.name for f in info.settings if f.kind == "secret"}
    given = {k: v for k, v in result.settings.items() if k in secret_fields and v}
    if not given or set(given) != set(result.settings):
        return "the channel answered without a new token"
    async with tenancy.transaction():
        current = await tenancy.select(ChannelSetting).where(ChannelSetting.id == row["id"]).first()
        if current is None or current["secrets"] != row["secrets"]:
            return None  # the shop saved new credentials meanwhile: theirs win
        opened = services.secrets.open(current["secrets"])
        plain = dict(current["settings"] or {})
        _merge(info, plain, opened, given)  # checked like a save; only secrets change
        now = datetime.now(UTC)
        seconds = result.expires_in if result.expires_in and result.expires_in > 0 else None
        await tenancy.update(
            ChannelSetting,
            {
                ChannelSetting.secrets: services.secrets.seal(opened),
                ChannelSetting.token_obtained_at: now,
                ChannelSetting.token_expires_at: now + timedelta(seconds=seconds)
                if seconds
                else None,
                ChannelSetting.token_refresh_error: None,
                ChannelSetting.updated_at: now,
            },
        ).where(ChannelSetting.id == row["id"])
    return None


async def refresh_due(services: Services, now: datetime | None = None) -> dict[str, str]:
    """Refresh the current tenant's due tokens; ``{channel: "refreshed" | "failed" |
    "broken" | "skipped"}`` for each connection that was due."""
    now = now or datetime.now(UTC)
    rows = await tenancy.select(ChannelSetting).where(_due(now))
    outcome: dict[str, str] = {}
    for row in rows:
        channel = row["plugin"]
        result = await _ask(services, channel)
        if result is None:
            outcome[channel] = "skipped"
            continue
        problem = None if not result.ok else await _save(services, row, result)
        if result.ok and problem is None:
            outcome[channel] = "refreshed"
            log.info("tenant %s: %s token refreshed", tenancy.current_tenant_id(), channel)
            continue
        text = (problem or describe(result))[:500]
        values: dict[Any, Any] = {ChannelSetting.token_refresh_error: text}
        outcome[channel] = "failed"
        if not result.ok and result.error_code in AUTH_CODES:  # revoked or expired
            values[ChannelSetting.broken] = True
            values[ChannelSetting.last_error] = text
            outcome[channel] = "broken"
        log.warning(
            "tenant %s: refreshing the %s token failed (code %s)",
            tenancy.current_tenant_id(),
            channel,
            result.error_code,
        )
        await tenancy.update(ChannelSetting, values).where(ChannelSetting.id == row["id"])
    return outcome
