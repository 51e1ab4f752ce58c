"""From the inbox to conversations: customers, conversations and messages with authors.

Every customer message reaches the conversation it belongs to (one customer on one channel
of one tenant). Items are applied in their own timestamp order, each exactly once: the inbox
row is marked done in the same transaction that writes the message.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from core import tenancy
from core.redis import tenant_key
from core.runtime_state import Services
from core.services.channels import inbound_item
from core.tables import Conversation, Customer, InboundEvent, Message, Outbox
from core.types import Author, InboundItem

log = logging.getLogger("porosia.ingest")
INGEST_JOB = "ingest_conversation"
AGAIN_AFTER_S = 0.5
MAX_ATTEMPTS = 5
STATUS_RANK = {"sent": 1, "delivered": 2, "read": 3}


def ingest_job_id(tenant_id: object, channel: str, contact_id: str) -> str:
    return f"ingest:{tenant_id}:{channel}:{contact_id}"


def ingest_lock_key(tenant_id: object, channel: str, contact_id: str) -> str:
    """Held by the one ingest job working on a conversation (jobs take turns)."""
    return tenant_key(str(tenant_id), "lock", "ingest", channel, contact_id)


async def enqueue_ingest(
    services: Services, channel: str, conversations: set[tuple[Any, str]]
) -> None:
    """Queue the ingest of every ``(tenant_id, contact_id)`` that got new inbox items.

    arq refuses a job id that is queued or running. When the conversation's job is already
    there it may be past its last look at the inbox, so a second job (its own id, a moment
    later) follows it; the two take turns on the conversation's lock, and a third would find
    nothing the second will not see."""
    for tenant_id, contact_id in conversations:
        args = (INGEST_JOB, str(tenant_id), channel, contact_id)
        job_id = ingest_job_id(tenant_id, channel, contact_id)
        if not await services.enqueue(*args, job_id=job_id):
            await services.enqueue(*args, job_id=f"{job_id}:again", defer_s=AGAIN_AFTER_S)


def _now() -> datetime:
    return datetime.now(UTC)


async def pending_events(channel: str, contact_id: str) -> list[dict[str, Any]]:
    rows = await tenancy.select(InboundEvent).where(
        (InboundEvent.channel == channel)
        & (InboundEvent.contact_id == contact_id)
        & (InboundEvent.status == "pending")
    )
    return sorted(rows, key=lambda r: (r["payload"].get("at") or "", str(r["received_at"])))


async def _customer(channel: str, item: InboundItem) -> dict[str, Any]:
    def query() -> Any:
        return (
            tenancy.select(Customer)
            .where((Customer.channel == channel) & (Customer.contact_id == item.contact_id))
            .first()
        )

    row = await query()
    if row is not None:
        return row  # type: ignore[no-any-return]
    customer = tenancy.new(
        Customer,
        channel=channel,
        contact_id=item.contact_id,
        name=None if item.from_business else item.contact_name,
        phone=item.contact_phone,
    )
    await tenancy.insert(customer).on_conflict(action="DO NOTHING")  # a concurrent insert wins
    return await query()  # type: ignore[no-any-return]


async def _conversation(channel: str, customer_id: Any) -> dict[str, Any]:
    """A customer is on one channel, so a customer has exactly one conversation."""

    def query() -> Any:
        return tenancy.select(Conversation).where(Conversation.customer == customer_id).first()

    row = await query()
    if row is None:
        conversation = tenancy.new(Conversation, customer=customer_id, channel=channel)
        await tenancy.insert(conversation).on_conflict(action="DO NOTHING")
        row = await query()
    return row  # type: ignore[no-any-return]


async def _author(item: InboundItem) -> Author:
    if not item.from_business:
        return "customer"
    ours = await tenancy.exists(Outbox).where(Outbox.external_id == item.external_id)
    return "bot" if ours else "merchant"


async def _apply_status(channel: str, item: InboundItem) -> None:
    """Statuses only move forward (sent < delivered < read); ``failed`` is recorded."""
    target = str(item.data.get("message_id") or "")
    status = str(item.data.get("status") or "")
    row = (
        await tenancy.select(Message, Message.id, Message.status)
        .where((Message.channel == channel) & (Message.external_id == target))
        .first()
    )
    if row is None:
        return
    if status == "failed" or STATUS_RANK.get(status, 0) > STATUS_RANK.get(row["status"] or "", 0):
        await tenancy.update(Message, {Message.status: status}).where(Message.id == row["id"])


async def _apply_message(channel: str, item: InboundItem, known: dict[str, Any]) -> Any:
    """Store one message; returns its conversation's id (None for edits and deletions)."""
    if item.kind in {"edit", "delete"}:
        await _apply_edit(channel, item)
        return None
    conversation_id = known.get(item.contact_id)
    if conversation_id is None:
        customer = await _customer(channel, item)
        conversation_id = (await _conversation(channel, customer["id"]))["id"]
    author = await _author(item)
    at = item.at or _now()
    inserted = (
        await tenancy.insert(
            tenancy.new(
                Message,
                conversation=conversation_id,
                channel=channel,
                external_id=item.external_id,
                author=author,
                kind=item.kind,
                text=item.text or "",
                at=at,
                received_at=_now(),
                data=item.data,
            )
        )
        .on_conflict(action="DO NOTHING")
        .returning(Message.id)
    )
    if not inserted:
        return conversation_id  # a replay: already applied
    changes: dict[Any, Any] = {Conversation.last_message_at: at}
    if author == "customer":
        changes[Conversation.last_customer_message_at] = at
    if author == "merchant":
        changes[Conversation.automation_paused] = True  # a human took over
    if author != "bot" and (item.text or "").strip():
        changes[Conversation.parsed_at] = None  # the parser must read it again
    await tenancy.update(Conversation, changes).where(Conversation.id == conversation_id)
    return conversation_id


async def _apply_edit(channel: str, item: InboundItem) -> None:
    target = str(item.data.get("original_id") or "")
    row = (
        await tenancy.select(Message, Message.id, Message.conversation)
        .where((Message.channel == channel) & (Message.external_id == target))
        .first()
    )
    if row is None:
        return
    values: dict[Any, Any] = (
        {Message.deleted: True} if item.kind == "delete" else {Message.text: item.text or ""}
    )
    await tenancy.update(Message, values).where(Message.id == row["id"])
    await tenancy.update(Conversation, {Conversation.parsed_at: None}).where(
        Conversation.id == row["conversation"]
    )


async def apply_event(event: dict[str, Any], known: dict[str, Any] | None = None) -> None:
    """Apply one inbox row; a failure is counted on the row and parked after a few tries.

    ``known`` maps contact ids to their conversation ids, for the rows of one job: filled
    only once a row's transaction has committed."""
    channel = event["channel"]
    known = {} if known is None else known
    try:
        item = inbound_item(event["payload"])
        async with tenancy.transaction():
            conversation_id = None
            if item.kind == "status":
                await _apply_status(channel, item)
            else:  # unsupported kinds are recorded as messages too, never dropped
                conversation_id = await _apply_message(channel, item, known)
            await tenancy.update(
                InboundEvent, {InboundEvent.status: "done", InboundEvent.processed_at: _now()}
            ).where(InboundEvent.id == event["id"])
        if conversation_id is not None:
            known[item.contact_id] = conversation_id
    except Exception as exc:
        attempts = int(event["attempts"]) + 1
        status = "parked" if attempts >= MAX_ATTEMPTS else "pending"
        log.exception("inbox item %s failed (attempt %s, now %s)", event["id"], attempts, status)
        await tenancy.update(
            InboundEvent,
            {
                InboundEvent.attempts: attempts,
                InboundEvent.status: status,
                InboundEvent.error: type(exc).__name__,
            },
        ).where(InboundEvent.id == event["id"])


async def needing_parse(channel: str, contact_id: str) -> dict[str, Any] | None:
    """The contact's conversation if it has lines the parser has not read yet.

    The mark lives in the database, so a worker killed between storing messages and parsing
    them leaves it set, and the retried job (or the reconciler) parses."""
    row: dict[str, Any] | None = (
        await tenancy.select(Conversation)
        .where(
            (Conversation.customer.channel == channel)
            & (Conversation.customer.contact_id == contact_id)
            & Conversation.parsed_at.is_null()
        )
        .first()
    )
    return row


async def mark_parsed(conversation_id: Any) -> None:
    await tenancy.update(Conversation, {Conversation.parsed_at: _now()}).where(
        Conversation.id == conversation_id
    )
