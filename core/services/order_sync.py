"""From a conversation's current episode to its order.

The parser reads the episode (the messages since the conversation's last order was confirmed
or cancelled, or since a long silence) after each new message, and this module creates or
updates the episode's order while it is ``new``: later corrections win, a field the merchant
set is never touched, and every field records where it came from.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from core import tenancy
from core.runtime_state import Services
from core.services import confirmations, review
from core.services.catalog import parser_catalog
from core.services.channels import enabled_plugins
from core.services.order_input import ResolvedItem
from core.services.orders import item_rows, replace_items, total_of
from core.tables import Conversation, Customer, Message, Order
from core.types import Catalog, ConversationMessage, ExtractedItem, ExtractedOrder, ParseContext

log = logging.getLogger("porosia.orders")
SILENCE = timedelta(days=3)  # a gap this long starts a new episode
REDELIVERY_SLACK = timedelta(seconds=2)
MAX_EPISODE_MESSAGES = 200
FIELDS = ("customer_name", "phone", "address", "city")
OPEN_FIELDS = (Order.status, Order.customer_name, Order.phone, Order.address, Order.city)

Loaded = tuple[dict[str, Any], list[dict[str, Any]]]  # an order's fields and its items


def _episode(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The messages after the last long silence."""
    start = 0
    for i in range(1, len(rows)):
        if rows[i]["at"] - rows[i - 1]["at"] > SILENCE:
            start = i
    return rows[start:][-MAX_EPISODE_MESSAGES:]


async def episode_rows(conversation: dict[str, Any]) -> list[dict[str, Any]]:
    """The customer's and merchant's messages of the current episode, oldest first."""
    query = tenancy.select(
        Message, Message.id, Message.author, Message.text, Message.at, Message.kind, Message.data
    ).where(
        (Message.conversation == conversation["id"])
        & (Message.deleted == False)  # noqa: E712 (a SQL expression)
        & (Message.author != "bot")
    )
    start = conversation["episode_started_at"]
    if start is not None:
        # stored after the episode closed, and not an old message redelivered late (Meta's
        # timestamps have whole seconds)
        query = query.where(
            (Message.received_at > start)
            & (Message.at >= start.replace(microsecond=0) - REDELIVERY_SLACK)
        )
    rows = await query.order_by(Message.at)
    return _episode([r for r in rows if (r["text"] or "").strip() or r["kind"] == "order"])


def for_parser(rows: list[dict[str, Any]]) -> list[ConversationMessage]:
    return [
        ConversationMessage(author=r["author"], text=r["text"], at=r["at"], id=str(r["id"]))
        for r in rows
        if (r["text"] or "").strip()
    ]


def catalog_order(rows: list[dict[str, Any]], catalog: Catalog) -> list[ExtractedItem] | None:
    """The items of the customer's latest catalog order message (WhatsApp ``order``), matched
    to the shop's catalog by SKU: such an order needs no reading."""
    latest = next(
        (r for r in reversed(rows) if r["kind"] == "order" and r["author"] == "customer"), None
    )
    if latest is None:
        return None
    data = latest["data"] if isinstance(latest["data"], dict) else {}
    by_sku = {p.sku: p for p in catalog.products}
    items = []
    for entry in (data.get("order") or {}).get("product_items") or []:
        if not isinstance(entry, dict):
            continue
        sku = str(entry.get("product_retailer_id") or "")
        product = by_sku.get(sku)
        try:
            quantity = max(1, min(int(str(entry.get("quantity") or 1)), 10_000))
            price = Decimal(str(entry["item_price"])) if entry.get("item_price") else None
        except (ValueError, ArithmeticError):
            continue
        items.append(
            ExtractedItem(
                product=product.sku if product else None,
                name=product.name if product else sku,
                quantity=quantity,
                unit_price=product.price if product and product.price is not None else price,
            )
        )
    return items or None


async def _open_order(conversation_id: uuid.UUID, since: datetime) -> dict[str, Any] | None:
    """The episode's order while it is ``new`` (an older, abandoned one is left alone)."""
    row: dict[str, Any] | None = (
        await tenancy.select(Order, Order.id, Order.sources, *OPEN_FIELDS)
        .where(
            (Order.conversation == conversation_id)
            & (Order.status == "new")
            & (Order.created_at >= since)
        )
        .order_by(Order.created_at, ascending=False)
        .first()
    )
    return row


def _resolved(
    extraction: ExtractedOrder, products: dict[str, dict[str, Any]]
) -> list[ResolvedItem]:
    """The extracted items with the catalog's product rows (by SKU) they name."""
    items = []
    for item in extraction.items:
        product = products.get(item.product) if item.product else None
        items.append(
            ResolvedItem(
                product_id=product["id"] if product else None,
                sku=product["sku"] if product else None,
                name=product["name"] if product else item.name,
                quantity=max(1, min(int(item.quantity), 10_000)),
                variant=item.variant,
                unit_price=product["price"] if product else item.unit_price,
            )
        )
    return items


def _parser_source(extraction: ExtractedOrder, field: str) -> dict[str, Any]:
    evidence = extraction.evidence.get(field)
    return {"source": "parser", "evidence": asdict(evidence) if evidence else None}


async def sync_order(
    conversation: dict[str, Any],
    extraction: ExtractedOrder,
    currency: str,
    since: datetime,
    products: dict[str, dict[str, Any]],
    items_source: str = "parser",
) -> tuple[uuid.UUID | None, bool, Loaded | None]:
    """Create or update the episode's order (``products``: the catalog's rows by SKU).
    Returns ``(order id, created, (fields, items))``, the last when this wrote the items."""
    current = await _open_order(conversation["id"], since)
    if current is None and not (extraction.is_order and extraction.items):
        return None, False, None
    sources: dict[str, Any] = dict(current["sources"] or {}) if current else {}
    merchant = {f for f, s in sources.items() if (s or {}).get("source") == "merchant"}
    if current is not None and not extraction.is_order:
        if not merchant:  # the customer called it off
            await tenancy.update(
                Order, {Order.status: "cancelled", Order.updated_at: datetime.now(UTC)}
            ).where(Order.id == current["id"])
        return current["id"], False, None

    values: dict[Any, Any] = {
        Order.confidence: extraction.confidence,
        Order.updated_at: datetime.now(UTC),
    }
    for field in FIELDS:
        value = getattr(extraction, field)
        if field not in merchant and value:
            values[Order._meta.get_column_by_name(field)] = value
            sources[field] = _parser_source(extraction, field)
    if "phone" not in merchant and not extraction.phone and not (current or {}).get("phone"):
        phone = await _channel_phone(conversation)
        if phone:
            values[Order.phone] = phone
            sources["phone"] = {"source": "channel"}
    items = _resolved(extraction, products) if "items" not in merchant else None
    if items is not None:
        sources["items"] = {
            "source": items_source,
            "skus": [i.sku for i in items],
            "evidence": [asdict(i.evidence) if i.evidence else None for i in extraction.items],
        }
        values[Order.total] = total_of(items, currency)
        for kind in ("total", *review.LISTED):  # the parser's doubts: core.services.review
            sources.pop(kind, None)
        if extraction.total_matches is not None:
            sources["total"] = {
                **_parser_source(extraction, "total"),
                "matches": extraction.total_matches,
            }
        for kind in review.LISTED:  # ExtractedOrder fields of the same names
            found = getattr(extraction, kind)
            if found:
                sources[kind] = {"source": "parser", "evidence": [asdict(e) for e in found]}
    values[Order.sources] = sources
    filled = {f for f, s in sources.items() if (s or {}).get("source") in {"merchant", "channel"}}
    values[Order.missing] = [m for m in extraction.missing if m not in filled]
    fields = {
        **(current or {"status": "new", **dict.fromkeys(FIELDS)}),
        **{c._meta.name: v for c, v in values.items()},
    }
    loaded = None if items is None else (fields, [asdict(i) for i in items])

    async with tenancy.transaction():
        if current is None:
            order = tenancy.new(
                Order,
                conversation=conversation["id"],
                customer=conversation["customer"],
                channel=conversation["channel"],
                currency=currency,
                **{column._meta.name: value for column, value in values.items()},
            )
            await tenancy.insert(order)
            if items:
                await tenancy.insert(*item_rows(order.id, items))
            return order.id, True, loaded
        await tenancy.update(Order, values).where(Order.id == current["id"])
        if items is not None:
            await replace_items(current["id"], items)
    return current["id"], False, loaded


async def _channel_phone(conversation: dict[str, Any]) -> str | None:
    """The WhatsApp sender's own number, when the text gives none."""
    if conversation["channel"] != "whatsapp":
        return None
    if "customer_phone" in conversation:  # loaded with the conversation
        return conversation["customer_phone"]  # type: ignore[no-any-return]
    row = (
        await tenancy.select(Customer, Customer.phone)
        .where(Customer.id == conversation["customer"])
        .first()
    )
    return row["phone"] if row else None


async def reparse(services: Services, conversation: dict[str, Any]) -> uuid.UUID | None:
    """Run the enabled parsers over the conversation's episode and sync its order."""
    rows = await episode_rows(conversation)
    if not rows:
        return None
    if conversation["automation_paused"] and all(r["author"] != "merchant" for r in rows):
        # the shop's reply that paused the chat belongs to an earlier episode: this order's
        # confirmation is automatic again (a reply in this episode pauses it anew)
        await tenancy.update(Conversation, {Conversation.automation_paused: False}).where(
            Conversation.id == conversation["id"]
        )
        conversation["automation_paused"] = False
    messages = for_parser(rows)
    tenant = await tenancy.current_tenant()
    products, catalog = await parser_catalog(tenant)
    context = ParseContext(
        channel=conversation["channel"], country=tenant["country"], currency=catalog.currency
    )
    enabled = await enabled_plugins(services.plugins)
    extraction = await services.plugins.extracted_order(messages, catalog, context, enabled)
    ordered = catalog_order(rows, catalog)
    if ordered is not None:  # the channel's own order: its items need no reading
        extraction = extraction or ExtractedOrder(is_order=True)
        extraction.is_order, extraction.items = True, ordered
    if extraction is None:
        return None
    order_id, created, loaded = await sync_order(
        conversation,
        extraction,
        context.currency,
        since=rows[0]["at"],
        products=products,
        items_source="parser" if ordered is None else "channel",
    )
    if order_id is not None:
        await confirmations.schedule(services, order_id, tenant, catalog, created, loaded)
    if created and order_id is not None:
        log.info("order %s created from conversation %s", order_id, conversation["id"])
        await services.plugins.order_created(
            str(tenancy.current_tenant_id()), str(order_id), enabled
        )
    return order_id
