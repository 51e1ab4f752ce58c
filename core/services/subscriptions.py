"""Connecting subscribes: when a shop connects or reconnects a channel, the channel plugin is
asked (``channel_subscribe``) to have the channel deliver that account's webhooks, and the
outcome is kept in the connection's health.

Runs inline in the request that saved the settings, after they are stored: a refusal from
the channel never loses them, it is recorded (``subscribe_error``) and shown. An auth error
(Meta's 190) marks the connection broken, as a failed send does.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any

from core import tenancy
from core.meta import AUTH_CODES
from core.runtime_state import Services
from core.services.connections import connections
from core.tables import ChannelSetting
from core.types import SendResult

log = logging.getLogger("porosia.channels")

# The whole hook call, whatever the plugin's own timeouts: the shop is waiting on the save.
SUBSCRIBE_SECONDS = 15.0


def webhook_url(services: Services, tenant_key: str, channel: str) -> str:
    """The connection's per-tenant webhook URL."""
    return f"{services.settings.public_url}/webhooks/{tenant_key}/{channel}"


def wanted(before: dict[str, Any], enabled: bool, changed: bool) -> bool:
    """Whether a save should (re)subscribe: the channel is on after it, and it was just
    switched on, or its settings changed, or it is not known to be subscribed (saving again
    retries a failed subscription)."""
    return enabled and (not before["enabled"] or changed or before["subscribed_at"] is None)


def describe(result: SendResult) -> str:
    error = result.error or "the channel refused the subscription"
    return f"{result.error_code}: {error}" if result.error_code is not None else error


async def _ask(services: Services, channel: str, tenant_key: str, verify_token: str) -> Any:
    found = await connections(services, channel)
    if not found:
        return None
    url = webhook_url(services, tenant_key, channel)
    try:
        return await asyncio.wait_for(
            services.plugins.channel_subscribe(found[0], url, verify_token), SUBSCRIBE_SECONDS
        )
    except TimeoutError:
        return SendResult(ok=False, error="no answer from the channel in time", retry=True)
    except Exception:  # a plugin bug must not turn a saved connection into a 500
        log.exception("channel_subscribe failed for %s", channel)
        return SendResult(ok=False, error="the channel plugin failed (see the server log)")


async def subscribe(
    services: Services, channel: str, tenant_key: str, verify_token: str
) -> SendResult | None:
    """Ask the channel to deliver the current tenant's connection; record the outcome.
    ``None`` (nothing recorded) when no plugin subscribes for this channel."""
    result = await _ask(services, channel, tenant_key, verify_token)
    if not isinstance(result, SendResult):
        return None
    values: dict[Any, Any]
    if result.ok:
        values = {ChannelSetting.subscribed_at: datetime.now(UTC)}
        values[ChannelSetting.subscribe_error] = None
        log.info("tenant %s: %s subscribed", tenancy.current_tenant_id(), channel)
    else:
        text = describe(result)[:500]
        values = {ChannelSetting.subscribed_at: None, ChannelSetting.subscribe_error: text}
        if result.error_code in AUTH_CODES:  # the token is revoked or expired
            values[ChannelSetting.broken] = True
            values[ChannelSetting.last_error] = text
        log.warning(
            "tenant %s: subscribing %s failed (code %s)",
            tenancy.current_tenant_id(),
            channel,
            result.error_code,
        )
    await tenancy.update(ChannelSetting, values).where(ChannelSetting.plugin == channel)
    return result
