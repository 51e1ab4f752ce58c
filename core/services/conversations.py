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
    rows = await tenancy.select(
        InboundEvent,
        InboundEvent.id,
        InboundEvent.channel,
        InboundEvent.payload,
        InboundEvent.attempts,
        InboundEvent.received_at,
    ).where(
        (InboundEvent.channel == channel)
        & (InboundEvent.contact_id == contact_id)
        & (InboundEvent.status == "pending")
    )
    return sorted(rows, key=lambda r: (r["payload"].get("at") or "", str(r["received_at"])))


async def _customer(channel: str, item: InboundItem) -> dict[str, Any]:
    """The contact's customer row (id and phone), created on their first message."""
    customer = tenancy.new(
        Customer,
        channel=channel,
        contact_id=item.contact_id,
        name=None if item.from_business else item.contact_name,
        phone=item.contact_phone,
    )
    created = (
        await tenancy.insert(customer)
        .on_conflict(action="DO NOTHING")  # a concurrent insert wins
        .returning(Customer.id, Customer.phone)
    )
    if created:
        return created[0]  # type: ignore[no-any-return]
    row: dict[str, Any] = await (  # type: ignore[assignment]
        tenancy.select(Customer, Customer.id, Customer.phone)
        .where((Customer.channel == channel) & (Customer.contact_id == item.contact_id))
        .first()
    )
    return row


def _contact_conversation(channel: str, contact_id: str) -> Any:
    """The contact's conversation, with its customer's phone (the channel's number). The
    customer is named by its whole unique key, tenant included, so the lookup is one index
    probe, not a scan of every customer."""
    return tenancy.select(
        Conversation,
        *Conversation.all_columns(),
        Conversation.customer.phone.as_alias("customer_phone"),
    ).where(
        (Conversation.customer.tenant == tenancy.current_tenant_id())
        & (Conversation.customer.channel == channel)
        & (Conversation.customer.contact_id == contact_id)
    )


async def _conversation(channel: str, item: InboundItem) -> dict[str, Any]:
    """The contact's conversation, created with its customer on their first message (a
    customer is on one channel, so a customer has exactly one conversation)."""

    def query() -> Any:
        return _contact_conversation(channel, item.contact_id).first()

    row: dict[str, Any] | None = await query()
    if row is not None:
        return row
    customer = await _customer(channel, item)
    created = (
        await tenancy.insert(tenancy.new(Conversation, customer=customer["id"], channel=channel))
        .on_conflict(action="DO NOTHING")
        .returning(*Conversation.all_columns())
    )
    if not created:  # a concurrent insert won
        return await query()  # type: ignore[no-any-return]
    return {**created[0], "customer_phone": customer["phone"]}


async def _authors(items: list[InboundItem]) -> dict[str, Author]:
    """Each message's author: the customer, or on the shop's side our own send (its id is in
    the outbox: the bot) or a human (the merchant)."""
    sent = [i.external_id for i in items if i.from_business]
    ours = (
        {
            r["external_id"]
            for r in await tenancy.select(Outbox, Outbox.external_id).where(
                Outbox.external_id.is_in(sent)
            )
        }
        if sent
        else set()
    )
    return {
        i.external_id: "customer"
        if not i.from_business
        else ("bot" if i.external_id in ours else "merchant")
        for i in items
    }


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


def _later(current: datetime | None, candidate: datetime) -> bool:
    return current is None or candidate > current


async def _store_messages(
    channel: str, conversation: dict[str, Any], items: list[InboundItem]
) -> None:
    """Insert one contact's messages (a replay inserts nothing) and move the conversation on:
    its latest times (never backwards for a late delivery), a human reply pausing the
    automation, and the mark that the parser must read it again. ``conversation`` is updated
    in place."""
    authors = await _authors(items)
    received = _now()
    rows = [
        tenancy.new(
            Message,
            conversation=conversation["id"],
            channel=channel,
            external_id=item.external_id,
            author=authors[item.external_id],
            kind=item.kind,
            text=item.text or "",
            at=item.at or received,
            received_at=received,
            data=item.data,
        )
        for item in items
    ]
    inserted = {
        r["external_id"]
        for r in await tenancy.insert(*rows)
        .on_conflict(action="DO NOTHING")
        .returning(Message.external_id)
    }
    changes: dict[str, Any] = {}
    for row in rows:
        if row.external_id not in inserted:
            continue  # a replay: already applied
        latest = {"last_message_at"}
        if row.author == "customer":
            latest.add("last_customer_message_at")
        for name in latest:
            if _later(changes.get(name, conversation[name]), row.at):
                changes[name] = row.at
        if row.author == "merchant":
            changes["automation_paused"] = True  # a human took over
        if row.author != "bot" and row.text.strip():
            changes["parsed_at"] = None  # the parser must read it again
    if changes:
        columns = {Conversation._meta.get_column_by_name(k): v for k, v in changes.items()}
        await tenancy.update(Conversation, columns).where(Conversation.id == conversation["id"])
        conversation.update(changes)


async def _apply_edit(channel: str, item: InboundItem) -> dict[str, Any] | None:
    """Apply an edit or a deletion; returns the changed message's conversation id."""
    target = str(item.data.get("original_id") or "")
    row = (
        await tenancy.select(Message, Message.id, Message.conversation)
        .where((Message.channel == channel) & (Message.external_id == target))
        .first()
    )
    if row is None:
        return None
    values: dict[Any, Any] = (
        {Message.deleted: True} if item.kind == "delete" else {Message.text: item.text or ""}
    )
    await tenancy.update(Message, values).where(Message.id == row["id"])
    await tenancy.update(Conversation, {Conversation.parsed_at: None}).where(
        Conversation.id == row["conversation"]
    )
    return row["conversation"]  # type: ignore[no-any-return]


async def _apply(channel: str, items: list[InboundItem]) -> dict[str, Any] | None:
    """Apply one contact's items in order: messages, then edits and deletions, then statuses
    (which may concern the messages just stored). Returns the conversation when it has new
    lines for the parser."""
    messages = [i for i in items if i.kind not in {"status", "edit", "delete"}]
    # unsupported kinds are recorded as messages too, never dropped
    conversation = await _conversation(channel, messages[0]) if messages else None
    if conversation is not None:
        await _store_messages(channel, conversation, messages)
    for item in items:
        if item.kind in {"edit", "delete"}:
            edited = await _apply_edit(channel, item)
            if conversation is not None and edited == conversation["id"]:
                conversation["parsed_at"] = None
    for item in items:
        if item.kind == "status":
            await _apply_status(channel, item)
    return conversation if conversation is not None and conversation["parsed_at"] is None else None


async def _mark_done(event_ids: list[Any]) -> None:
    await tenancy.update(
        InboundEvent, {InboundEvent.status: "done", InboundEvent.processed_at: _now()}
    ).where(InboundEvent.id.is_in(event_ids))


async def apply_events(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Apply one contact's pending inbox rows (oldest first) in one transaction, each row
    marked done with its effect. Returns the conversation when the parser must read it.

    If the batch fails, its rows are applied one by one, so that only the row at fault is
    counted and, after a few tries, parked."""
    if not events:
        return None
    try:
        items = [inbound_item(e["payload"]) for e in events]
        async with tenancy.transaction():
            conversation = await _apply(events[0]["channel"], items)
            await _mark_done([e["id"] for e in events])
        return conversation
    except Exception:
        log.warning("a batch of %d inbox items failed: applying them one by one", len(events))
    for event in events:
        await apply_event(event)
    return None


async def apply_event(event: dict[str, Any]) -> None:
    """Apply one inbox row; a failure is counted on the row and parked after a few tries."""
    try:
        item = inbound_item(event["payload"])
        async with tenancy.transaction():
            await _apply(event["channel"], [item])
            await _mark_done([event["id"]])
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
        await _contact_conversation(channel, contact_id)
        .where(Conversation.parsed_at.is_null())
        .first()
    )
    return row


async def mark_parsed(conversation_id: Any) -> None:
    await tenancy.update(Conversation, {Conversation.parsed_at: _now()}).where(
        Conversation.id == conversation_id
    )
