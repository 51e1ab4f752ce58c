"""Orders as the merchant sees them: list (keyset pages), read, edit, create by hand.

Every function works in the current tenant's scope and returns the JSON API shapes, so the
dashboard and the API share them. Another tenant's order ids, and ids that are not UUIDs,
raise the same :class:`NotFound` as ids that do not exist.

Edits are recorded in ``Order.sources`` as ``{"field": {"source": "merchant"}}`` (fields
``customer_name``, ``phone``, ``address``, ``city``, ``items``): the ingest job never
overwrites what the merchant set.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from piccolo.engine.sqlite import SQLiteEngine

from core import tenancy
from core.errors import Conflict, Invalid, NotFound
from core.money import money_str, quantize
from core.plugins import PluginHost
from core.services import review
from core.services.catalog import catalog_currency, learn_alias, lock_catalog
from core.services.channels import enabled_plugins
from core.services.order_input import (
    CUSTOMER_COLUMNS,
    STATUSES,
    OrderInput,
    ResolvedItem,
    parse_order_input,
    resolve_items,
)
from core.tables import Conversation, Order, OrderItem, Outbox

FINAL = frozenset({"delivered", "cancelled"})
NEXT = {"new": "confirmed", "confirmed": "shipped", "shipped": "delivered"}
EPISODE_CLOSERS = frozenset({"confirmed", "cancelled"})  # the parser starts afresh after these
DEFAULT_LIMIT = 50
MAX_LIMIT = 200
DOUBT_BATCH = 100  # new orders read at a time when listing those in doubt
BADGE_CAP = 99  # the navigation's count of orders to check stops here ("99+")
BADGE_SCAN = 1000  # ... and reads at most this many of the newest new orders
MAX_TOTAL = Decimal("1000000000000")  # NUMERIC(14, 2)
NOT_FOUND = "order not found"


# --- shapes -----------------------------------------------------------------------------


def item_json(row: dict[str, Any], currency: str) -> dict[str, Any]:
    return {
        "product": row["sku"],
        "name": row["name"],
        "quantity": row["quantity"],
        "variant": row["variant"],
        "unit_price": money_str(row["unit_price"], currency),
    }


def order_json(row: dict[str, Any], items: list[dict[str, Any]]) -> dict[str, Any]:
    currency = row["currency"]
    return {
        "id": str(row["id"]),
        "status": row["status"],
        "channel": row["channel"],
        "customer": {
            "id": None if row["customer"] is None else str(row["customer"]),
            "name": row["customer_name"],
            "phone": row["phone"],
            "address": row["address"],
            "city": row["city"],
        },
        "items": [item_json(item, currency) for item in items],
        "total": money_str(row["total"], currency),
        "currency": currency,
        "created_at": row["created_at"].isoformat(),
        "updated_at": row["updated_at"].isoformat(),
        "conversation_id": None if row["conversation"] is None else str(row["conversation"]),
        "confidence": row["confidence"],
        "missing": list(row["missing"] or []),
        "sources": dict(row["sources"] or {}),
        "doubts": review.doubts(row, items),
    }


async def items_by_order(order_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[dict[str, Any]]]:
    """The items of several orders in one query (no query per order)."""
    grouped: dict[uuid.UUID, list[dict[str, Any]]] = {oid: [] for oid in order_ids}
    if not order_ids:
        return grouped
    rows = await tenancy.select(OrderItem).where(OrderItem.order.is_in(order_ids))
    for row in sorted(rows, key=lambda r: (r["position"], str(r["id"]))):
        grouped[row["order"]].append(row)
    return grouped


# --- list -------------------------------------------------------------------------------


def encode_cursor(created_at: datetime, order_id: uuid.UUID) -> str:
    raw = f"{created_at.isoformat()}|{order_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        stamp, _, oid = raw.partition("|")
        created_at = datetime.fromisoformat(stamp)
        order_id = uuid.UUID(oid)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise Invalid("cursor: not a cursor returned by this API") from exc
    if created_at.tzinfo is None:
        raise Invalid("cursor: not a cursor returned by this API")
    return created_at.astimezone(UTC), order_id


def check_list_args(status: str | None, limit: int) -> None:
    if status is not None and status not in STATUSES:
        raise Invalid(f"status: one of {', '.join(STATUSES)}")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise Invalid(f"limit: an integer from 1 to {MAX_LIMIT}")


async def _pages(
    status: str | None, after: tuple[datetime, uuid.UUID] | None, batch: int
) -> AsyncIterator[list[tuple[dict[str, Any], list[dict[str, Any]]]]]:
    """The tenant's orders (only ``status``'s when given) with their items, newest first,
    ``batch`` at a time after the keyset position ``after``."""
    while True:
        query = tenancy.select(Order)
        if status is not None:
            query = query.where(Order.status == status)
        if after is not None:
            created_at, last_id = after
            query = query.where(
                (Order.created_at < created_at)
                | ((Order.created_at == created_at) & (Order.id < last_id))
            )
        rows = await query.order_by(Order.created_at, Order.id, ascending=False).limit(batch)
        items = await items_by_order([row["id"] for row in rows])
        yield [(row, items[row["id"]]) for row in rows]
        if len(rows) < batch:
            return
        after = (rows[-1]["created_at"], rows[-1]["id"])


async def list_orders(
    status: str | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
    in_doubt: bool = False,
) -> dict[str, Any]:
    """A page of orders, newest first: ``{"items": [...], "next_cursor": str | None}``.

    Keyset pagination on ``(created_at DESC, id DESC)``: pages stay stable while new orders
    arrive, and ``next_cursor`` is ``None`` on the last page. ``in_doubt``: only the orders
    the merchant should check (new orders whose ``doubts`` stand, :mod:`core.services.review`).
    Doubts are read from each order's sources and items, so that filter reads the new orders
    in batches until the page is full: a shop's new orders are few.
    """
    check_list_args(status, limit)
    if in_doubt and status not in (None, "new"):
        return {"items": [], "next_cursor": None}  # only a new order can be in doubt
    after = decode_cursor(cursor) if cursor else None
    batch = max(limit + 1, DOUBT_BATCH) if in_doubt else limit + 1
    found: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    async for pairs in _pages("new" if in_doubt else status, after, batch):
        found += [pair for pair in pairs if not in_doubt or review.doubts(*pair)]
        if len(found) > limit:
            break
    page = found[:limit]
    next_cursor = None
    if len(found) > limit:
        next_cursor = encode_cursor(page[-1][0]["created_at"], page[-1][0]["id"])
    return {"items": [order_json(row, items) for row, items in page], "next_cursor": next_cursor}


async def count_in_doubt() -> int:
    """How many new orders the merchant should check, for the navigation's badge: counted
    up to ``BADGE_CAP`` (the badge then says "99+"), among the ``BADGE_SCAN`` newest new
    orders, so that a shop that never clears its new orders does not make every page slow."""
    count = read = 0
    async for pairs in _pages("new", None, DOUBT_BATCH):
        count += sum(1 for pair in pairs if review.doubts(*pair))
        read += len(pairs)
        if count >= BADGE_CAP or read >= BADGE_SCAN:
            break
    return min(count, BADGE_CAP)


# --- one order --------------------------------------------------------------------------


def parse_order_id(order_id: str | uuid.UUID) -> uuid.UUID:
    if isinstance(order_id, uuid.UUID):
        return order_id
    try:
        return uuid.UUID(str(order_id))
    except ValueError as exc:
        raise NotFound(NOT_FOUND) from exc


async def order_row(order_id: uuid.UUID, for_update: bool = False) -> dict[str, Any]:
    query = tenancy.select(Order).where(Order.id == order_id)
    if for_update and not isinstance(Order._meta.db, SQLiteEngine):
        # PostgreSQL: concurrent edits of one order apply one after the other, each reading
        # what the previous one wrote (SQLite's IMMEDIATE transactions already take turns).
        query = query.lock_rows("NO KEY UPDATE")
    row: dict[str, Any] | None = await query.first()
    if row is None:
        raise NotFound(NOT_FOUND)
    return row


async def get_order(order_id: str | uuid.UUID) -> dict[str, Any]:
    oid = parse_order_id(order_id)
    row = await order_row(oid)
    return order_json(row, (await items_by_order([oid]))[oid])


async def approve_items(order_id: str | uuid.UUID) -> dict[str, Any]:
    """``POST …/approve``: the merchant says a new order's items are right as they stand, so
    the parser's doubts about them (:mod:`core.services.review`) no longer hold it back."""
    oid = parse_order_id(order_id)
    async with tenancy.transaction():
        row = await order_row(oid, for_update=True)
        await review.approve(row, (await items_by_order([oid]))[oid])
    return await get_order(oid)


async def resume_automation(order_id: str | uuid.UUID) -> dict[str, Any]:
    """``POST …/resume``: the merchant hands the order's chat back to the automatic messages,
    which a reply from someone at the shop had paused (the next such reply pauses them again).
    Conflict for an order typed in by hand: it has no chat."""
    oid = parse_order_id(order_id)
    row = await order_row(oid)
    if row["conversation"] is None:
        raise Conflict("this order was typed in by hand: it has no chat to send messages in")
    await tenancy.update(Conversation, {Conversation.automation_paused: False}).where(
        Conversation.id == row["conversation"]
    )
    return await get_order(oid)


def check_transition(current: str, wanted: str | None) -> None:
    """Orders move new → confirmed → shipped → delivered, or from any of the first three to
    cancelled. Asking for the status the order already has changes nothing."""
    if current in FINAL:
        raise Conflict(f"status: a {current} order can no longer be changed")
    if wanted is None or wanted == current:
        return
    if wanted != "cancelled" and NEXT.get(current) != wanted:
        raise Conflict(f"status: a {current} order cannot become {wanted}")


def total_of(items: list[ResolvedItem], currency: str) -> Decimal:
    total = sum(
        (item.unit_price * item.quantity for item in items if item.unit_price is not None),
        Decimal(0),
    )
    if total >= MAX_TOTAL:
        raise Invalid(f"items: the total must be less than {MAX_TOTAL}")
    return quantize(total, currency)


def item_rows(order_id: uuid.UUID, items: list[ResolvedItem]) -> list[OrderItem]:
    return [
        tenancy.new(
            OrderItem,
            id=uuid.uuid4(),
            order=order_id,
            product=item.product_id,
            sku=item.sku,
            name=item.name,
            quantity=item.quantity,
            variant=item.variant,
            unit_price=item.unit_price,
            position=position,
        )
        for position, item in enumerate(items)
    ]


def merchant_fields(data: OrderInput) -> list[str]:
    """The order fields this input sets, as named in ``Order.sources``."""
    return [*data.customer, *(["items"] if data.items is not None else [])]


def edited_values(row: dict[str, Any], data: OrderInput) -> dict[Any, Any]:
    fields = merchant_fields(data)
    sources = dict(row.get("sources") or {})
    sources.update({field: {"source": "merchant"} for field in fields})
    filled = {f for f in data.customer if data.customer[f] is not None}
    if data.items:
        filled.add("items")
    values: dict[Any, Any] = {
        Order.sources: sources,
        Order.missing: [f for f in (row.get("missing") or []) if f not in filled],
        Order.updated_at: datetime.now(UTC),
    }
    for field, value in data.customer.items():
        values[CUSTOMER_COLUMNS[field]] = value
    if data.status is not None:
        values[Order.status] = data.status
    return values


async def replace_items(order_id: uuid.UUID, items: list[ResolvedItem]) -> None:
    await tenancy.delete(OrderItem).where(OrderItem.order == order_id)
    if items:
        await tenancy.insert(*item_rows(order_id, items))


async def learn_from(
    data: OrderInput,
    row: dict[str, Any] | None = None,
    origins: Sequence[int | None] | None = None,
) -> None:
    """The customer's words for an item become an alias of the SKU the merchant chose.

    The words are the ``text`` the merchant attached to the item, or else, when the merchant
    replaces an item the parser read with a different catalog product, the span of the
    conversation that named the parser's item (its evidence in ``Order.sources``). Given
    ``origins`` (the dashboard's form knows them), the item an edited one replaces is the one
    at ``origins[i]`` (``None``: an added item, which replaces none). Without them (the API),
    only a list as long as the parser's is taken as edited in place, item by item: once items
    were added or removed, a position no longer says which item an edit replaces, and a wrong
    guess would teach the catalog the words of another product. An item added on the form
    (``origins`` says so) takes the customer's words the parser could not match
    (``sources["unrecognised"]``), when there is one added catalog item and one such text."""
    read = _parser_item_words(row) if row is not None else []
    if origins is None and len(data.items or []) != len(read):
        read = []
    taught: list[tuple[str, str]] = []
    for position, item in enumerate(data.items or []):
        if not item.sku:
            continue
        was = position if origins is None else _origin(origins, position)
        words = item.text
        if not words and was is not None and 0 <= was < len(read) and read[was][0] != item.sku:
            words = read[was][1]
        if words:
            taught.append((item.sku, words))
    added = [
        item.sku
        for position, item in enumerate(data.items or [])
        if item.sku and not item.text and origins is not None and _origin(origins, position) is None
    ]
    unmatched = _unrecognised_words(row) if row is not None else []
    if len(added) == 1 and len(unmatched) == 1:
        taught.append((added[0], unmatched[0]))
    for sku, words in taught:
        await learn_alias(sku, words)


def _origin(origins: Sequence[int | None], position: int) -> int | None:
    return origins[position] if position < len(origins) else None


def _unrecognised_words(row: dict[str, Any]) -> list[str]:
    """The customer's words the parser matched to no product (the doubt the form resolves)."""
    sources = row.get("sources") or {}
    if (sources.get("items") or {}).get("source") != "parser":
        return []
    return review.evidence_texts(sources.get("unrecognised"))


def _parser_item_words(row: dict[str, Any]) -> list[tuple[str | None, str | None]]:
    """``(sku, the customer's words)`` of each item as the parser read it, by position."""
    source = (row.get("sources") or {}).get("items") or {}
    if source.get("source") != "parser":
        return []
    evidence = source.get("evidence") or []
    skus = source.get("skus") or [None] * len(evidence)
    return [
        (sku, (ev or {}).get("text") if isinstance(ev, dict) else None)
        for sku, ev in zip(skus, evidence, strict=False)
    ]


async def update_order(
    order_id: str | uuid.UUID,
    patch: dict[str, Any],
    plugins: PluginHost | None = None,
    *,
    origins: Sequence[int | None] | None = None,
) -> dict[str, Any]:
    """``PATCH``: any of ``status``, ``items`` (replaces the list), ``customer`` fields.

    The body is checked first (400), then the order is found (404), then the status rules
    apply (409): a delivered or cancelled order cannot change at all. Confirming or
    cancelling closes the conversation's episode (the parser starts afresh after it), and a
    confirmation is announced to the plugins (``order_confirmed``).

    ``origins`` (the dashboard's edit form, which knows it) gives, for each of the new
    ``items``, the position it had in the order before the edit, or ``None`` for an added
    item; learning then pairs each item with the parser's item it corrects even after items
    were removed or moved. Without it, items pair by position.
    """
    async with tenancy.transaction():
        await lock_catalog()  # the products the items link stay until we commit
        data = await parse_order_input(patch)
        oid = parse_order_id(order_id)
        row = await order_row(oid, for_update=True)
        check_transition(row["status"], data.status)
        if data.status in (None, row["status"]) and not data.customer and data.items is None:
            return await get_order(oid)  # nothing to change: not even ``updated_at``
        values = edited_values(row, data)
        items = None
        if data.items is not None:
            items = resolve_items(data.items, row["currency"])
            values[Order.total] = total_of(items, row["currency"])
        await tenancy.update(Order, values).where(Order.id == oid)
        if items is not None:
            await replace_items(oid, items)
        await learn_from(data, row, origins)
        closes = data.status in EPISODE_CLOSERS and data.status != row["status"]
        if closes and row["conversation"] is not None:
            await tenancy.update(
                Conversation, {Conversation.episode_started_at: datetime.now(UTC)}
            ).where(Conversation.id == row["conversation"])
    if plugins is not None and data.status == "confirmed" and row["status"] != "confirmed":
        enabled = await enabled_plugins(plugins)
        await plugins.order_confirmed(str(tenancy.current_tenant_id()), str(oid), enabled)
    return await get_order(oid)


async def create_order(data: dict[str, Any]) -> dict[str, Any]:
    """``POST``: a manual order (channel ``manual``), same body as ``PATCH``; any status."""
    oid = uuid.uuid4()
    async with tenancy.transaction():
        await lock_catalog()  # the products the items link stay until we commit
        parsed = await parse_order_input(data)
        currency = await catalog_currency()
        items = resolve_items(parsed.items or [], currency)
        now = datetime.now(UTC)
        order = tenancy.new(
            Order,
            id=oid,
            channel="manual",
            status=parsed.status or "new",
            total=total_of(items, currency),
            currency=currency,
            sources={field: {"source": "merchant"} for field in merchant_fields(parsed)},
            missing=[],
            created_at=now,
            updated_at=now,
        )
        for field, value in parsed.customer.items():
            setattr(order, field, value)  # source field names are the column names
        await tenancy.insert(order)
        await replace_items(oid, items)
        await learn_from(parsed)
    return await get_order(oid)


async def order_messages(order_id: str | uuid.UUID) -> list[dict[str, Any]]:
    """The messages sent (or meant to be sent) to the customer about the order, oldest first:
    ``kind`` (confirm, followup), ``status``, ``sent_at``, ``error``."""
    oid = parse_order_id(order_id)
    rows = (
        await tenancy.select(Outbox, Outbox.kind, Outbox.status, Outbox.sent_at, Outbox.error)
        .where(Outbox.order == oid)
        .order_by(Outbox.created_at)
    )
    return [dict(row) for row in rows]
