"""Sending one message about an order to its customer, through the outbox.

Shared by confirmations and follow-ups: the order must still be ``new``, its conversation
not taken over by a human, the customer quiet for the shop's quiet time, the channel
connected; the outbox row (unique on ``<kind>:<order id>``) is claimed before sending, so a
job run twice sends once; Meta's errors are recorded as the channel documents them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from core import ratelimit, tenancy
from core.redis import tenant_key
from core.runtime_state import Services
from core.services.connections import connections
from core.services.language import detect
from core.tables import ChannelSetting, Conversation, Customer, Message, Order, OrderItem, Outbox
from core.types import ChannelConnection, OutboundMessage, SendResult

WINDOW = timedelta(hours=24)
MAX_SEND_ATTEMPTS = 6
WINDOW_CLOSED_CODES = frozenset({131047})
AUTH_ERROR = 190

Check = Callable[[dict[str, Any], list[dict[str, Any]]], Awaitable[str | None]]


class NotYet(Exception):
    """Try again after ``seconds`` (the customer is still writing, or Meta said wait)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry in {seconds:.0f} s")
        self.seconds = seconds


@dataclass
class Send:
    """Everything needed to write to one order's customer, with the outbox row claimed."""

    order: dict[str, Any]
    items: list[dict[str, Any]]
    conversation: dict[str, Any]
    contact: str
    connection: ChannelConnection
    outbox: dict[str, Any]
    window_open: bool
    language: str
    # what earlier tries learnt: Meta said the window is closed (window_closed), how many parts
    # of a split text went out (parts_sent)
    tried: dict[str, Any] = field(default_factory=dict)


def _now() -> datetime:
    return datetime.now(UTC)


async def load(order_id: uuid.UUID) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    order = await tenancy.select(Order).where(Order.id == order_id).first()
    if order is None:
        return None
    items = (
        await tenancy.select(OrderItem)
        .where(OrderItem.order == order_id)
        .order_by(OrderItem.position)
    )
    return order, items


async def _connection(services: Services, channel: str) -> ChannelConnection | None:
    row = await tenancy.select(ChannelSetting).where(ChannelSetting.plugin == channel).first()
    if row is None or not row["enabled"] or row["broken"]:
        return None
    found = await connections(services, channel)
    return found[0] if found else None


async def _send_slot(services: Services, channel: str) -> None:
    """Take one of this second's sends on the shop's connection, within the channel's rate
    (``PluginInfo.sends_per_second``); :class:`NotYet` when they are taken. Before the outbox
    claim, so a message that must wait is left claimable."""
    info = services.plugins.plugins.get(channel)
    if info is None or not info.sends_per_second:
        return
    key = tenant_key(str(tenancy.current_tenant_id()), "sends", channel)
    try:
        await ratelimit.hit_key(services.redis, key, info.sends_per_second, 1)
    except ratelimit.RateLimited as full:
        raise NotYet(full.retry_after) from full


async def _claim(order: dict[str, Any], kind: str) -> dict[str, Any] | None:
    key = f"{kind}:{order['id']}"
    await tenancy.insert(
        tenancy.new(
            Outbox,
            order=order["id"],
            conversation=order["conversation"],
            channel=order["channel"],
            key=key,
            kind=kind,
        )
    ).on_conflict(action="DO NOTHING")
    claimed = (
        await tenancy.update(
            Outbox, {Outbox.status: "sending", Outbox.attempts: Outbox.attempts + 1}
        )
        .where((Outbox.key == key) & (Outbox.status.is_in(["pending", "retry"])))
        .returning(Outbox.id, Outbox.attempts, Outbox.payload)
    )
    return claimed[0] if claimed else None


async def finish(
    outbox_id: Any, status: str, result: SendResult | None = None, error: str | None = None
) -> None:
    values: dict[Any, Any] = {
        Outbox.status: status,
        Outbox.error: error or (result.error if result else None),
    }
    if result is not None and result.ok:
        values[Outbox.external_id] = result.external_id
        values[Outbox.sent_at] = _now()
    await tenancy.update(Outbox, values).where(Outbox.id == outbox_id)


async def _language(conversation_id: Any, country: str) -> str:
    rows = await tenancy.select(Message, Message.text).where(
        (Message.conversation == conversation_id) & (Message.author == "customer")
    )
    default = "sq" if country in {"AL", "XK", "MK"} else "en"
    return detect([r["text"] for r in rows], default=default)


async def prepare(
    services: Services,
    order_id: uuid.UUID,
    kind: str,
    tenant: dict[str, Any],
    quiet: int,
    check: Check,
) -> Send | str:
    """Claim the order's ``kind`` message, or say why not (a short reason for the logs).

    ``check`` says what, in the order itself, stops this message (``None``: nothing)."""
    loaded = await load(order_id)
    if loaded is None:
        return "gone"
    order, items = loaded
    if order["status"] != "new":
        return "not new"
    reason = await check(order, items)
    if reason is not None:
        return reason
    conversation = (
        await tenancy.select(Conversation).where(Conversation.id == order["conversation"]).first()
    )
    if conversation is None:
        return "no conversation"
    if conversation["automation_paused"]:
        return "paused"  # a human is talking to this customer
    last = conversation["last_customer_message_at"]
    if last is not None and (_now() - last).total_seconds() < quiet:
        raise NotYet(quiet - (_now() - last).total_seconds())
    connection = await _connection(services, order["channel"])
    if connection is None:
        return "channel unavailable"
    await _send_slot(services, order["channel"])
    claimed = await _claim(order, kind)
    if claimed is None:
        return "already handled"
    customer = await tenancy.select(Customer).where(Customer.id == conversation["customer"]).first()
    if customer is None:
        await finish(claimed["id"], "failed", error="the customer was erased")
        return "no customer"
    payload = claimed["payload"]  # RETURNING gives JSON columns as text
    payload = json.loads(payload) if isinstance(payload, str) else payload or {}
    closed = bool(payload.get("window_closed"))
    return Send(
        order=order,
        items=items,
        conversation=conversation,
        contact=customer["contact_id"],
        connection=connection,
        outbox=claimed,
        window_open=not closed and last is not None and _now() - last < WINDOW,
        language=await _language(conversation["id"], tenant["country"]),
        tried=payload,
    )


async def deliver(
    services: Services,
    send: Send,
    message: OutboundMessage | None,
    unsendable: str = "needs_merchant",
) -> str:
    """Send ``message`` (``None``: it cannot be sent, the outbox row says ``unsendable``)."""
    if message is None:
        await finish(send.outbox["id"], unsendable, error="outside the messaging window")
        return unsendable.replace("_", " ")
    message = replace(message, parts_sent=int(send.tried.get("parts_sent") or 0))
    result = await services.plugins.send_result(send.connection, message) or SendResult(
        ok=False, error="no plugin sends on this channel"
    )
    channel = send.order["channel"]
    if result.ok:
        await finish(send.outbox["id"], "sent", result)
        await tenancy.insert(
            tenancy.new(
                Message,
                conversation=send.conversation["id"],
                channel=channel,
                external_id=result.external_id or f"bot:{send.outbox['id']}",
                author="bot",
                kind="template" if message.template else "text",
                text=message.text or f"[template {message.template}]",
                at=_now(),
            )
        ).on_conflict(action="DO NOTHING")
        await tenancy.update(
            ChannelSetting, {ChannelSetting.last_send_at: _now(), ChannelSetting.last_error: None}
        ).where(ChannelSetting.plugin == channel)
        return "sent"
    return await _failed(send, result)


async def _failed(send: Send, result: SendResult) -> str:
    channel, outbox = send.order["channel"], send.outbox
    await tenancy.update(ChannelSetting, {ChannelSetting.last_error: result.error}).where(
        ChannelSetting.plugin == channel
    )
    if result.error_code == AUTH_ERROR:
        await tenancy.update(ChannelSetting, {ChannelSetting.broken: True}).where(
            ChannelSetting.plugin == channel
        )
        await finish(outbox["id"], "failed", result)
        return "connection broken"
    closed = result.error_code in WINDOW_CLOSED_CODES
    if (result.retry or closed) and outbox["attempts"] < MAX_SEND_ATTEMPTS:
        # next time: as outside the window if Meta says it closed; the parts already sent
        # of a split text are not sent again
        closed = closed or bool(send.tried.get("window_closed"))
        payload = {"window_closed": closed, "parts_sent": result.parts_sent}
        await tenancy.update(Outbox, {Outbox.payload: payload}).where(Outbox.id == outbox["id"])
        await finish(outbox["id"], "retry", result)
        raise NotYet(min(2 ** outbox["attempts"], 300))
    await finish(outbox["id"], "failed", result)
    return "failed"
