"""End customers: listing and per-customer erasure (a shop's answer to a GDPR request)."""

from __future__ import annotations

import uuid
from typing import Any

from core import tenancy
from core.errors import NotFound
from core.tables import Conversation, Customer, InboundEvent, Order

PERSONAL_ORDER_FIELDS = (Order.customer_name, Order.phone, Order.address, Order.city)


def _uuid(value: str | uuid.UUID) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError as exc:
        raise NotFound("customer not found") from exc


async def list_customers(limit: int = 200) -> list[dict[str, Any]]:
    rows = (
        await tenancy.select(
            Customer,
            Customer.id,
            Customer.channel,
            Customer.name,
            Customer.phone,
            Customer.created_at,
        )
        .order_by(Customer.created_at, ascending=False)
        .limit(max(1, min(limit, 1000)))
    )
    return [
        {
            "id": str(r["id"]),
            "channel": r["channel"],
            "name": r["name"],
            "phone": r["phone"],
            "created_at": r["created_at"].isoformat(),
        }
        for r in rows
    ]


async def erase_customer(customer_id: str | uuid.UUID) -> dict[str, int]:
    """Remove the customer's messages, conversations and inbox items, and the personal fields
    (and the evidence quoting their words) of their orders. The orders themselves stay, as
    the shop's business records, without anything that identifies the person."""
    cid = _uuid(customer_id)
    customer = await tenancy.select(Customer).where(Customer.id == cid).first()
    if customer is None:
        raise NotFound("customer not found")
    conversation_ids = [
        r["id"]
        for r in await tenancy.select(Conversation, Conversation.id).where(
            Conversation.customer == cid
        )
    ]
    async with tenancy.transaction():
        order_filter: Any = Order.customer == cid
        if conversation_ids:
            order_filter = order_filter | Order.conversation.is_in(conversation_ids)
        orders = (
            await tenancy.update(
                Order, {**{f: None for f in PERSONAL_ORDER_FIELDS}, Order.sources: {}}
            )
            .where(order_filter)
            .returning(Order.id)
        )
        inbox = (
            await tenancy.delete(InboundEvent)
            .where(
                (InboundEvent.channel == customer["channel"])
                & (InboundEvent.contact_id == customer["contact_id"])
            )
            .returning(InboundEvent.id)
        )
        # conversations, messages and outbox rows go with the customer (cascades)
        await tenancy.delete(Customer).where(Customer.id == cid)
    return {
        "orders_anonymised": len(orders),
        "conversations_deleted": len(conversation_ids),
        "inbox_items_deleted": len(inbox),
    }
