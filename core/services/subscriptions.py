"""Connecting subscribes: when a shop connects or reconnects a channel, the channel plugin is
asked (``channel_subscribe``) to have the channel deliver that account's webhooks, and the
outcome is kept in the connection's health. Switching a channel off, or pointing it at
another account, first removes the previous account's subscription (``channel_unsubscribe``,
best effort: a failure is recorded as ``unsubscribe_error``). After subscribing, an account
the channel's API must register first (a WhatsApp number for Cloud API) is registered
(``channel_register``) once: when it is new, or when the shop types a new PIN.

Runs inline in the request that saved the settings, after they are stored: a refusal from
the channel never loses them, it is recorded (``subscribe_error``, ``register_error``) and
shown. An auth error (Meta's 190) marks the connection broken, as a failed send does.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from core import tenancy
from core.meta import AUTH_CODES
from core.redis import tenant_key
from core.runtime_state import Services
from core.services.connections import connections
from core.tables import ChannelSetting
from core.types import ChannelConnection, SendResult

log = logging.getLogger("porosia.channels")

# The whole hook call, whatever the plugin's own timeouts: the shop is waiting on the save.
SUBSCRIBE_SECONDS = 15.0
# Meta allows 10 register requests per number in 72 hours. The core counts its own in a fixed
# window of 72 hours from the first one, at most 5 per window: any 72 hours then overlap two
# windows at most, so never more than 10.
REGISTER_WINDOW_SECONDS = 72 * 3600
REGISTER_PER_WINDOW = 5
PIN_SETTING = "pin"


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


async def _guarded(hook: str, channel: str, call: Callable[[], Awaitable[Any]]) -> Any:
    """A hook's answer, cut off after :data:`SUBSCRIBE_SECONDS`; a plugin that raises or
    hangs answers a failed ``SendResult`` instead of turning the saved connection into a 500."""
    try:
        return await asyncio.wait_for(call(), SUBSCRIBE_SECONDS)
    except TimeoutError:
        return SendResult(ok=False, error="no answer from the channel in time", retry=True)
    except Exception:
        log.exception("%s failed for %s", hook, channel)
        return SendResult(ok=False, error="the channel plugin failed (see the server log)")


async def _ask(services: Services, channel: str, tenant_key: str, verify_token: str) -> Any:
    found = await connections(services, channel)
    if not found:
        return None
    url = webhook_url(services, tenant_key, channel)
    return await _guarded(
        "channel_subscribe",
        channel,
        lambda: services.plugins.channel_subscribe(found[0], url, verify_token),
    )


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
        values = {
            ChannelSetting.subscribed_at: None,
            **_failed(result, ChannelSetting.subscribe_error, f"subscribing {channel}"),
        }
    await tenancy.update(ChannelSetting, values).where(ChannelSetting.plugin == channel)
    return result


def _failed(result: SendResult, error_column: Any, what: str) -> dict[Any, Any]:
    """The columns recording a refusal in ``error_column``; an auth error (the token is
    revoked or expired) also marks the connection broken."""
    text = describe(result)[:500]
    values: dict[Any, Any] = {error_column: text}
    if result.error_code in AUTH_CODES:
        values[ChannelSetting.broken] = True
        values[ChannelSetting.last_error] = text
    log.warning(
        "tenant %s: %s failed (code %s)", tenancy.current_tenant_id(), what, result.error_code
    )
    return values


# --- switching off, or moving to another account --------------------------------------


async def unsubscribe(
    services: Services,
    channel: str,
    before: ChannelConnection,
    after: ChannelConnection | None,
) -> SendResult | None:
    """Remove the subscription of the connection as it was ``before`` a save (``after``: the
    connection the save left on, ``None`` when it switched the channel off). Best effort: the
    outcome is recorded (``unsubscribe_error``), never raised, and never marks the connection
    broken (the old token may well be revoked). ``None`` when there was nothing to remove."""
    result = await _guarded(
        "channel_unsubscribe",
        channel,
        lambda: services.plugins.channel_unsubscribe(before, after),
    )
    if not isinstance(result, SendResult):
        return None
    text = None if result.ok else describe(result)[:500]
    if text:
        log.warning(
            "tenant %s: unsubscribing the previous %s account failed (code %s)",
            tenancy.current_tenant_id(),
            channel,
            result.error_code,
        )
    await tenancy.update(ChannelSetting, {ChannelSetting.unsubscribe_error: text}).where(
        ChannelSetting.plugin == channel
    )
    return result


# --- registering the account ------------------------------------------------------------


def new_pin() -> str:
    """Six random digits (a WhatsApp two-step verification PIN)."""
    return f"{secrets.randbelow(10**6):06d}"


def register_wanted(row: dict[str, Any], pin_typed: bool) -> bool:
    """After a save that leaves the channel on: register when the account is not registered
    yet (a new routing id is not), or the shop typed a new PIN; never with a broken token."""
    return (
        bool(row["enabled"]) and not row["broken"] and (row["registered_at"] is None or pin_typed)
    )


def _reached_channel(result: SendResult) -> bool:
    """Whether the request may have reached the channel (and counts against its limit)."""
    return result.ok or result.error_code is not None or result.retry


async def _window(services: Services, channel: str, account: str) -> tuple[str, int, int]:
    """The counter's key, the requests counted in the current window and its seconds left."""
    key = tenant_key(tenancy.current_tenant_id(), "register", channel, account)
    async with services.redis.pipeline(transaction=True) as pipe:
        pipe.get(key)
        pipe.ttl(key)
        count, ttl = await pipe.execute()
    return key, int(count or 0), max(int(ttl), 1)


async def _count(services: Services, key: str) -> None:
    async with services.redis.pipeline(transaction=True) as pipe:
        pipe.set(key, 0, ex=REGISTER_WINDOW_SECONDS, nx=True)  # opens the window
        pipe.incr(key)
        await pipe.execute()


async def register(services: Services, channel: str) -> str | None:
    """Register the current tenant's connection to ``channel`` with its ``pin`` setting, or a
    new PIN; record ``registered_at`` or ``register_error``. Returns a PIN the core chose and
    registered with (kept encrypted as the ``pin`` setting, for the shop to see once), else
    ``None``. Nothing is recorded when the plugin registers nothing."""
    found = await connections(services, channel)
    account = found[0].account_id if found else None
    if not account:
        return None
    connection = found[0]
    typed = str(connection.settings.get(PIN_SETTING) or "")
    pin = typed or new_pin()
    key, count, seconds = await _window(services, channel, account)
    if count >= REGISTER_PER_WINDOW:
        after = datetime.now(UTC) + timedelta(seconds=seconds)
        text = (
            f"not sent: {count} registration requests for this number were sent already and "
            f"the channel allows only a few in 72 hours; the next is possible after "
            f"{after:%Y-%m-%d %H:%M} UTC"
        )
        await tenancy.update(ChannelSetting, {ChannelSetting.register_error: text}).where(
            ChannelSetting.plugin == channel
        )
        return None
    result = await _guarded(
        "channel_register", channel, lambda: services.plugins.channel_register(connection, pin)
    )
    if not isinstance(result, SendResult):
        return None
    if _reached_channel(result):
        await _count(services, key)
    values: dict[Any, Any]
    chosen = None
    if result.ok:
        values = {
            ChannelSetting.registered_at: datetime.now(UTC),
            ChannelSetting.register_error: None,
        }
        if not typed:  # keep the PIN the number now has, encrypted with the other secrets
            row = (
                await tenancy.select(ChannelSetting).where(ChannelSetting.plugin == channel).first()
            )
            if row is None:
                raise RuntimeError(f"channel settings row for {channel} vanished")
            opened = services.secrets.open(row["secrets"])
            values[ChannelSetting.secrets] = services.secrets.seal({**opened, PIN_SETTING: pin})
            chosen = pin
        log.info("tenant %s: %s account registered", tenancy.current_tenant_id(), channel)
    else:
        values = {
            ChannelSetting.registered_at: None,
            **_failed(result, ChannelSetting.register_error, f"registering {channel}"),
        }
    await tenancy.update(ChannelSetting, values).where(ChannelSetting.plugin == channel)
    return chosen
