"""Ingest jobs: the inbox of one conversation, then its order; and the reconciler."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from arq import Retry

from core import tenancy
from core.runtime_state import Services
from core.services import conversations, order_sync
from core.tables import Conversation, InboundEvent
from workers.jobs import tenant_job

log = logging.getLogger("porosia.ingest")
BATCH = 100  # inbox items applied in one transaction
STALE_AFTER = timedelta(seconds=30)


LOCK_WAIT_S = 0.2


@tenant_job
async def ingest_conversation(services: Services, channel: str, contact_id: str) -> int:
    """Apply the conversation's inbox, then parse it; one job per conversation at a time."""
    key = conversations.ingest_lock_key(tenancy.current_tenant_id(), channel, contact_id)
    token = uuid.uuid4().hex
    ttl_ms = (services.settings.job_timeout_s + 10) * 1000  # a killed holder's lock expires
    if not await services.redis.set(key, token, nx=True, px=ttl_ms):
        raise Retry(defer=LOCK_WAIT_S)
    try:
        return await _ingest(services, channel, contact_id)
    finally:
        if await services.redis.get(key) == token.encode():
            await services.redis.delete(key)


async def _ingest(services: Services, channel: str, contact_id: str) -> int:
    """Items that land while this runs are the next job's (``enqueue_ingest`` queues one)."""
    events = await conversations.pending_events(channel, contact_id)
    conversation = None
    for start in range(0, len(events), BATCH):
        conversation = await conversations.apply_events(events[start : start + BATCH])
    if conversation is None:  # nothing new to read, or a run before this one was cut short
        conversation = await conversations.needing_parse(channel, contact_id)
    if conversation is not None:
        await order_sync.reparse(services, conversation)
        await conversations.mark_parsed(conversation["id"])
    return len(events)


async def reconcile_inbox(ctx: dict[str, Any]) -> int:
    """Re-enqueue conversations left half done: inbox items still pending, or lines stored but
    never parsed (a lost Redis job, a killed worker). Parked items are left for the operator."""
    services: Services = ctx["services"]
    cutoff = datetime.now(UTC) - STALE_AFTER
    with tenancy.unscoped():  # the reconciler looks across tenants, then enqueues per tenant
        pending = await InboundEvent.select(
            InboundEvent.tenant, InboundEvent.channel, InboundEvent.contact_id
        ).where((InboundEvent.status == "pending") & (InboundEvent.received_at < cutoff))
        unparsed = await Conversation.select(
            Conversation.tenant,
            Conversation.channel,
            Conversation.customer.contact_id.as_alias("contact_id"),
        ).where(Conversation.parsed_at.is_null() & (Conversation.last_message_at < cutoff))
    keys = {(r["channel"], r["tenant"], r["contact_id"]) for r in [*pending, *unparsed]}
    for channel, tenant_id, contact_id in keys:
        await conversations.enqueue_ingest(services, channel, {(tenant_id, contact_id)})
    if keys:
        log.info("reconciler re-enqueued %d conversations", len(keys))
    return len(keys)
