"""Channel connections: per-tenant settings, encrypted secrets, routing ids, health.

Everything here runs in the current tenant's scope, except the check that a routing id is
free (routing ids are unique across tenants). The inbox helpers at the bottom store routed
webhook items (:func:`store_items`) and read them back (:func:`inbound_item`); routing itself
is :mod:`core.services.webhook_routing`.

Saving a connection that is on with new settings (or switching it on) also subscribes it to
the channel's webhooks (:mod:`core.services.subscriptions`), after the settings are stored;
switching it off or moving it to another account first unsubscribes the previous account, and
an account the channel must register (a WhatsApp number) is registered once.

Secrets are never returned: a secret setting reads ``{"set": bool, "masked": "••••abcd"}``.
In ``set_channel`` a secret given as ``""`` (or absent) keeps the stored value, ``null``
clears it; plain fields given as ``""``/``null`` are cleared, absent ones are kept.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import secrets as pysecrets
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from core import tenancy
from core.crypto import mask
from core.errors import Conflict, Invalid, NotFound
from core.plugins import PluginHost
from core.runtime_state import Services
from core.services import subscriptions
from core.services.connections import connections
from core.tables import ChannelSetting, InboundEvent
from core.types import ChannelConnection, InboundItem, PluginInfo, SettingField

log = logging.getLogger("porosia.channels")

MAX_TEXT = 500
MAX_SECRET = 4096
# Routing ids are opaque account ids (Meta's are digits): no spaces or URL syntax.
ROUTING_ID_RE = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
INSERT_CHUNK = 200  # rows per INSERT: well under SQLite's bound-parameter limit


# --- reading --------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


async def _row(name: str) -> dict[str, Any] | None:
    row: dict[str, Any] | None = (
        await tenancy.select(ChannelSetting).where(ChannelSetting.plugin == name).first()
    )
    return row


async def _ensure_row(info: PluginInfo) -> dict[str, Any]:
    """The tenant's settings row for this plugin, created (with its verify token) on first use."""
    row = await _row(info.name)
    if row is not None:
        return row
    new = ChannelSetting(
        tenant=tenancy.current_tenant_id(),
        plugin=info.name,
        enabled=info.default_enabled,
        verify_token=pysecrets.token_urlsafe(32),
    )
    try:
        await tenancy.insert(new)
    except Exception:
        row = await _row(info.name)
        if row is None:
            raise
        return row  # a concurrent request created it first (unique tenant + plugin)
    row = await _row(info.name)
    if row is None:
        raise RuntimeError(f"channel settings row for {info.name} vanished")
    return row


def _field(f: SettingField) -> dict[str, Any]:
    return {
        "name": f.name,
        "label": f.label,
        "kind": f.kind,
        "required": f.required,
        "help": f.help,
    }


def _values(info: PluginInfo, plain: dict[str, Any], opened: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for f in info.settings:
        if f.kind == "secret":
            secret = opened.get(f.name)
            values[f.name] = {"set": bool(secret), "masked": mask(secret)}
        elif f.kind == "bool":
            values[f.name] = bool(plain.get(f.name, False))
        else:
            values[f.name] = plain.get(f.name)
    return values


GRAPH_VERSION_RE = re.compile(r"/(v\d+\.\d+)$")


def connect_flow(services: Services, name: str) -> dict[str, Any] | None:
    """How the shop can connect by logging in (``None``: only by pasting the settings).
    A redirect flow starts at ``url``; a ``js_sdk`` flow runs the channel's script with the
    platform's public app id and configuration id."""
    app = services.settings.onboarding_app(name)
    if app is None:
        return None
    if app.flow == "redirect":
        return {"flow": "redirect", "url": f"/channels/{name}/connect"}
    found = GRAPH_VERSION_RE.search(app.urls.get("graph", ""))
    return {
        "flow": app.flow,
        "app_id": app.client_id,
        "config_id": app.config_id,
        "version": found.group(1) if found else "v23.0",
        "endpoint": f"/channels/{name}/onboard",
    }


def _entry(services: Services, tenant_key: str, info: PluginInfo, row: dict[str, Any]) -> dict:
    opened = services.secrets.open(row["secrets"])
    return {
        "name": info.name,
        "label": info.label,
        "description": info.description,
        "enabled": bool(row["enabled"]),
        "routing_field": info.routing_field,
        "fields": [_field(f) for f in info.settings],
        "settings": _values(info, row["settings"] or {}, opened),
        "webhook_url": subscriptions.webhook_url(services, tenant_key, info.name),
        "verify_token": row["verify_token"],
        "connect": connect_flow(services, info.name),
        "connected_by_login": bool(row["meta_user_id"]),
        "health": {
            "last_webhook_at": _iso(row["last_webhook_at"]),
            "last_send_at": _iso(row["last_send_at"]),
            "last_error": row["last_error"],
            "broken": bool(row["broken"]),
            "subscribed_at": _iso(row["subscribed_at"]),
            "subscribe_error": row["subscribe_error"],
            "unsubscribe_error": row["unsubscribe_error"],
            "registered_at": _iso(row["registered_at"]),
            "register_error": row["register_error"],
            "token_expires_at": _iso(row["token_expires_at"]),
            "token_refresh_error": row["token_refresh_error"],
        },
    }


async def list_channels(services: Services) -> list[dict[str, Any]]:
    """One entry per loaded channel plugin, with the tenant's settings (secrets masked)."""
    tenant = await tenancy.current_tenant()
    infos = services.plugins.channels()
    return [
        _entry(services, tenant["key"], infos[name], await _ensure_row(infos[name]))
        for name in sorted(infos)
    ]


# --- writing --------------------------------------------------------------------------


def _check_value(info: PluginInfo, f: SettingField, value: Any) -> Any:
    """The value to store for one given field (``None`` = clear), or raise naming it."""
    if f.kind == "bool":
        if not isinstance(value, bool):
            raise Invalid(f"{f.name}: must be true or false")
        return value
    if value is None:
        return None
    if not isinstance(value, str):
        raise Invalid(f"{f.name}: must be a string")
    value = value.strip()
    limit = MAX_SECRET if f.kind == "secret" else MAX_TEXT
    if len(value) > limit:
        raise Invalid(f"{f.name}: at most {limit} characters")
    if value and f.name == info.routing_field and not ROUTING_ID_RE.match(value):
        raise Invalid(f"{f.name}: letters, digits and . _ : - only, at most 128 characters")
    return value


def _merge(
    info: PluginInfo, plain: dict[str, Any], opened: dict[str, Any], given: dict[str, Any]
) -> bool:
    """Apply the given settings to ``plain``/``opened`` in place; True when a secret changed."""
    fields = {f.name: f for f in info.settings}
    new_secret = False
    for key, raw in given.items():
        f = fields.get(key)
        if f is None:
            raise Invalid(f"{key}: not a setting of {info.label}")
        value = _check_value(info, f, raw)
        if f.kind == "secret":
            if value is None:
                opened.pop(key, None)
            elif value:  # "" keeps the stored secret (forms do not echo secrets back)
                new_secret = new_secret or opened.get(key) != value
                opened[key] = value
        elif value is None or value == "":
            plain.pop(key, None)
        else:
            plain[key] = value
    return new_secret


def _missing_required(info: PluginInfo, plain: dict[str, Any], opened: dict[str, Any]) -> list:
    return [
        f.name
        for f in info.settings
        if f.required and f.kind != "bool" and not (plain.get(f.name) or opened.get(f.name))
    ]


async def _routing_taken(account_id: str, row_id: uuid.UUID) -> bool:
    with tenancy.unscoped():  # routing ids are unique across tenants: look at all of them
        taken: bool = await ChannelSetting.exists().where(
            (ChannelSetting.account_id == account_id) & (ChannelSetting.id != row_id)
        )
    return taken


async def set_channel(
    services: Services,
    name: str,
    enabled: bool | None,
    settings: dict[str, Any],
    *,
    meta_user_id: str | None = None,
    token_expires_in: int | None = None,
) -> dict[str, Any]:
    """Update the tenant's connection to a channel; answer like a ``list_channels`` entry.

    ``meta_user_id`` is given by a connect flow (:mod:`core.services.onboarding`): the
    app-scoped id of the Meta user who authorised the connection, found again by Meta's
    data-deletion and deauthorize callbacks. A manual save of new credentials forgets it (the
    pasted token is no longer that login's). ``token_expires_in`` (seconds), also from a
    connect flow, records when the saved token expires (:mod:`core.services.token_refresh`
    renews it); new credentials saved without it have no known expiry.

    When the channel was on and the save switches it off or changes its settings, the
    channel is asked to remove the previous account's subscription (best effort; it removes
    nothing when the account stays the same). When the channel is on after the save and was
    just switched on, or its settings changed, or it is not known to be subscribed, the
    channel is asked to subscribe; then, when the account is not registered yet (a new
    routing id is not) or the shop typed a new ``pin``, to register it. All of this runs
    inline, after the settings are stored: the outcomes are in the answer's ``health``, and a
    PIN the core chose for a registration that succeeded is in the answer's
    ``registration_pin``, this once."""
    info = services.plugins.channels().get(name)
    if info is None:
        raise NotFound(f"channel {name!r} does not exist")
    if enabled is not None and not isinstance(enabled, bool):
        raise Invalid("enabled: must be true or false")
    if not isinstance(settings, dict):
        raise Invalid("settings: must be an object")
    row = await _ensure_row(info)
    plain = dict(row["settings"] or {})
    opened = services.secrets.open(row["secrets"])
    before = (dict(plain), dict(opened))
    previous = ChannelConnection(
        tenant_id=str(row["tenant"]),
        channel=name,
        settings={**plain, **opened},
        account_id=row["account_id"],
        api_base=services.settings.api_base(name),
    )
    reconnected = _merge(info, plain, opened, settings)
    changed = (plain, opened) != before
    turn_on = bool(row["enabled"]) if enabled is None else enabled
    missing = _missing_required(info, plain, opened)
    if turn_on and missing:
        raise Invalid(f"{', '.join(missing)}: required to enable {info.label}")
    account_id = plain.get(info.routing_field) if info.routing_field else None
    if (
        account_id
        and account_id != row["account_id"]
        and await _routing_taken(account_id, row["id"])
    ):
        raise Conflict(f"{info.routing_field}: already connected to another account")
    values: dict[Any, Any] = {
        ChannelSetting.enabled: turn_on,
        ChannelSetting.settings: plain,
        ChannelSetting.secrets: services.secrets.seal(opened),
        ChannelSetting.account_id: account_id or None,
        ChannelSetting.updated_at: _now(),
    }
    if reconnected:  # new credentials: a connection marked broken (code 190) gets a new chance
        values[ChannelSetting.broken] = False
        values[ChannelSetting.last_error] = None
    if meta_user_id is not None:
        values[ChannelSetting.meta_user_id] = meta_user_id[:64]
    elif reconnected:
        values[ChannelSetting.meta_user_id] = None
    if token_expires_in is not None or reconnected:  # the token on record is a new one
        now, seconds = _now(), token_expires_in if (token_expires_in or 0) > 0 else None
        values[ChannelSetting.token_obtained_at] = now if seconds else None
        values[ChannelSetting.token_expires_at] = (
            now + timedelta(seconds=seconds) if seconds else None
        )
        values[ChannelSetting.token_refresh_error] = None
    if changed:  # a subscription on record was for the previous ids or credentials
        values[ChannelSetting.subscribed_at] = None
        values[ChannelSetting.subscribe_error] = None
        values[ChannelSetting.register_error] = None
    if (account_id or None) != row["account_id"]:  # a registration was the previous account's
        values[ChannelSetting.registered_at] = None
    pin_typed = bool(opened.get(subscriptions.PIN_SETTING)) and opened.get(
        subscriptions.PIN_SETTING
    ) != before[1].get(subscriptions.PIN_SETTING)
    try:
        await tenancy.update(ChannelSetting, values).where(ChannelSetting.id == row["id"])
    except Exception as exc:  # the unique index caught a concurrent claim of the same id
        if account_id and await _routing_taken(account_id, row["id"]):
            raise Conflict(f"{info.routing_field}: already connected to another account") from exc
        raise
    tenant = await tenancy.current_tenant()
    if row["enabled"] and (changed or not turn_on):
        after = (await connections(services, name))[0] if turn_on else None
        await subscriptions.unsubscribe(services, name, previous, after)
    if subscriptions.wanted(row, turn_on, changed):
        await subscriptions.subscribe(services, name, tenant["key"], row["verify_token"])
    chosen_pin = None
    if subscriptions.register_wanted(await _ensure_row(info), pin_typed):
        chosen_pin = await subscriptions.register(services, name)
    entry = _entry(services, tenant["key"], info, await _ensure_row(info))
    if chosen_pin:
        entry["registration_pin"] = chosen_pin
    return entry


# --- the dispatcher's view ------------------------------------------------------------


async def enabled_plugins(plugins: PluginHost) -> set[str]:
    """The plugins the current tenant has on: enabled channels, parsers not switched off.

    A plugin without a settings row follows its default (parsers are on unless disabled,
    channels off until connected).
    """
    infos = plugins.plugins
    rows = await tenancy.select(ChannelSetting, ChannelSetting.plugin, ChannelSetting.enabled)
    stored = {r["plugin"]: bool(r["enabled"]) for r in rows}
    return {
        name
        for name, info in infos.items()
        if stored.get(name, True if info.kind == "parser" else info.default_enabled)
    }


# --- the inbox ----------------------------------------------------------------------


def inbound_payload(item: InboundItem) -> dict[str, Any]:
    """An item as stored in ``InboundEvent.payload`` (JSON; ``at`` as ISO 8601)."""
    data = dataclasses.asdict(item)
    data["at"] = _iso(item.at)
    return data


def inbound_item(payload: dict[str, Any]) -> InboundItem:
    """The inverse of :func:`inbound_payload`, for the ingest job."""
    data = dict(payload)
    at = data.get("at")
    data["at"] = datetime.fromisoformat(at) if at else None
    return InboundItem(**data)


def storable(item: InboundItem) -> bool:
    """Whether the item's ids fit the inbox's columns (longer ones are counted, not stored)."""
    return 0 < len(item.external_id) <= 255 and len(item.contact_id) <= 128


async def store_new_items(channel: str, items: list[InboundItem]) -> list[str]:
    """Store items in the current tenant's inbox, skipping duplicates (unique on tenant,
    channel, external id). Returns the contact id of every new row: the conversations that
    have something to ingest."""
    unique: dict[str, InboundItem] = {}
    for item in items:
        unique.setdefault(item.external_id, item)
    tenant_id = tenancy.current_tenant_id()
    rows = [
        InboundEvent(
            tenant=tenant_id,
            channel=channel,
            external_id=item.external_id,
            contact_id=item.contact_id,
            payload=inbound_payload(item),
        )
        for item in unique.values()
    ]
    new: list[str] = []
    for start in range(0, len(rows), INSERT_CHUNK):
        chunk = rows[start : start + INSERT_CHUNK]
        inserted = (
            await tenancy.insert(*chunk)
            .on_conflict(action="DO NOTHING")
            .returning(InboundEvent.contact_id)
        )
        new.extend(r["contact_id"] for r in inserted)
    return new


async def store_items(channel: str, items: list[InboundItem]) -> int:
    """Like :func:`store_new_items`; returns how many rows are new."""
    return len(await store_new_items(channel, items))
