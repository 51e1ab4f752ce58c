"""Webhook routing: which tenant a delivery belongs to, and into whose inbox each item goes.

Two doors, as DESIGN.md describes: the per-tenant URL (``/webhooks/{tenant_key}/{channel}``:
the key names the tenant, the payload's account ids are cross-checked against its connection)
and the app-level URL (``/webhooks/meta/{channel}``: each item is routed by its account id).
Both are deliberate tenant crossings, so their lookups live in ``unscoped()`` blocks; storing
happens inside each tenant's scope. Only counts are logged: never text or customer ids.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from core import tenancy
from core.runtime_state import Services
from core.services.channels import storable, store_new_items
from core.tables import ChannelSetting, Tenant
from core.types import InboundItem, WebhookResult

log = logging.getLogger("porosia.webhooks")
# "last webhook received" is kept to this precision: a busy shop's deliveries do not all
# write (and lock) its connection row
SEEN_PRECISION = timedelta(seconds=30)


@dataclasses.dataclass(frozen=True)
class WebhookTarget:
    """A per-tenant webhook URL resolved: whose it is and how to check what arrives on it."""

    tenant_id: uuid.UUID
    channel: str
    enabled: bool
    account_id: str | None
    verify_token: str
    app_secret: str | None
    last_webhook_at: datetime | None = None


async def webhook_target(services: Services, tenant_key: str, channel: str) -> WebhookTarget | None:
    """Resolve ``/webhooks/{tenant_key}/{channel}``; ``None`` for an unknown key or channel."""
    if channel not in services.plugins.channels() or not tenant_key:
        return None
    with tenancy.unscoped():  # webhook routing: the URL's key is what names the tenant
        row = (
            await ChannelSetting.select(
                ChannelSetting.tenant,
                ChannelSetting.tenant.status.as_alias("status"),
                ChannelSetting.enabled,
                ChannelSetting.account_id,
                ChannelSetting.verify_token,
                ChannelSetting.secrets,
                ChannelSetting.last_webhook_at,
            )
            .where((ChannelSetting.tenant.key == tenant_key) & (ChannelSetting.plugin == channel))
            .first()
        )
        tenant: dict[str, Any] | None
        if row:  # the shop has settings for the channel: the usual case, one query
            tenant = {"id": row["tenant"], "status": row["status"]}
        else:
            query = Tenant.select(Tenant.id, Tenant.status).where(Tenant.key == tenant_key)
            tenant = await query.first()
    if tenant is None or tenant["status"] != "active":
        return None
    opened = services.secrets.open(row["secrets"]) if row else {}
    return WebhookTarget(
        tenant_id=tenant["id"],
        channel=channel,
        enabled=bool(row and row["enabled"]),
        account_id=row["account_id"] if row else None,
        verify_token=row["verify_token"] if row else "",
        app_secret=opened.get("app_secret") or None,
        last_webhook_at=row["last_webhook_at"] if row else None,
    )


@dataclasses.dataclass
class Routed:
    """What became of a delivery: counts (answered to the sender, logged) and the
    conversations that received new inbox items, as ``(tenant_id, contact_id)`` pairs: what
    the ingest job must look at."""

    counts: dict[str, int]
    conversations: set[tuple[uuid.UUID, str]] = dataclasses.field(default_factory=set)


async def _store(
    channel: str, items: list[InboundItem], routed: Routed, last_seen: datetime | None
) -> None:
    """Store in the current tenant's inbox and note that a webhook arrived (when the
    connection's ``last_seen`` is older than :data:`SEEN_PRECISION`)."""
    counts = routed.counts
    valid = [i for i in items if storable(i)]
    counts["ignored"] += len(items) - len(valid)
    new = await store_new_items(channel, valid)
    counts["stored"] += len(new)
    counts["duplicates"] += len(valid) - len(new)
    tenant_id = tenancy.current_tenant_id()
    routed.conversations.update((tenant_id, contact) for contact in new)
    now = datetime.now(UTC)
    if last_seen is None or now - last_seen >= SEEN_PRECISION:
        await tenancy.update(ChannelSetting, {ChannelSetting.last_webhook_at: now}).where(
            ChannelSetting.plugin == channel
        )


def _routed(result: WebhookResult) -> Routed:
    counts = {"received": len(result.items), "stored": 0, "duplicates": 0, "foreign": 0}
    return Routed({**counts, "ignored": result.ignored})


async def receive_items(target: WebhookTarget, result: WebhookResult) -> Routed:
    """Store a per-tenant delivery in the current tenant's (the URL's) inbox.

    Only items addressed to the connection's own account id are kept: a valid payload for
    another shop posted to this URL stores nothing. A disabled channel stores nothing.
    """
    routed = _routed(result)
    if not target.enabled:
        routed.counts["ignored"] += len(result.items)
    else:
        mine = [i for i in result.items if target.account_id and i.account_id == target.account_id]
        routed.counts["foreign"] = len(result.items) - len(mine)
        await _store(target.channel, mine, routed, target.last_webhook_at)
    log.info("webhook %s for tenant %s: %s", target.channel, target.tenant_id, routed.counts)
    return routed


async def route_items(channel: str, result: WebhookResult) -> Routed:
    """Store an app-level delivery: each item goes to the tenant whose connection holds its
    account id. Unknown accounts (``foreign``) and disabled channels (``ignored``) store
    nothing; the caller still answers 200 so Meta does not retry what will never be taken."""
    routed = _routed(result)
    counts = routed.counts
    ids = sorted({i.account_id for i in result.items if i.account_id})
    with tenancy.unscoped():  # app-level routing: the payload's account ids name the tenants
        rows = (
            await ChannelSetting.select(
                ChannelSetting.tenant,
                ChannelSetting.account_id,
                ChannelSetting.enabled,
                ChannelSetting.last_webhook_at,
                ChannelSetting.tenant.status,
            ).where((ChannelSetting.plugin == channel) & ChannelSetting.account_id.is_in(ids))
            if ids
            else []
        )
    owners = {r["account_id"]: r for r in rows}
    by_tenant: dict[uuid.UUID, list[InboundItem]] = defaultdict(list)
    for item in result.items:
        owner = owners.get(item.account_id)
        if owner is None or owner["tenant.status"] != "active":
            counts["foreign"] += 1
        elif not owner["enabled"]:
            counts["ignored"] += 1
        else:
            by_tenant[owner["tenant"]].append(item)
    last_seen = {r["tenant"]: r["last_webhook_at"] for r in rows}
    for tenant_id, items in by_tenant.items():
        with tenancy.tenant_scope(tenant_id):
            await _store(channel, items, routed, last_seen[tenant_id])
    log.info("app-level webhook %s: %s tenants, %s", channel, len(by_tenant), counts)
    return routed
