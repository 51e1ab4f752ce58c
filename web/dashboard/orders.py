"""The orders list: a status filter and "load more" pages through the service's cursor."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from litestar import Request, get

from core.errors import Invalid
from core.services import accounts, orders
from web.dashboard.render import current, is_htmx, render, signed_in

STATUSES = ("new", "confirmed", "shipped", "delivered", "cancelled")
PAGE_SIZE = 25


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _when(value: Any, zone: ZoneInfo) -> str:
    """The order's time in the shop's time zone, as the merchant reads it."""
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return moment.astimezone(zone).strftime("%d.%m.%Y %H:%M")


def _row(order: dict[str, Any], zone: ZoneInfo) -> dict[str, Any]:
    customer = order.get("customer") or {}
    return {**order, "when": _when(order.get("created_at"), zone), "customer": customer}


@get("/orders", guards=[signed_in], include_in_schema=False)
async def orders_page(
    request: Request[Any, Any, Any], status: str | None = None, cursor: str | None = None
) -> Any:
    identity = current(request)
    chosen = status if status in STATUSES else None
    try:
        page = await orders.list_orders(chosen, PAGE_SIZE, cursor or None)
    except Invalid:  # a stale or hand-edited cursor: start from the newest
        page = await orders.list_orders(chosen, PAGE_SIZE, None)
        cursor = None
    tenant = (await accounts.me(identity))["tenant"]
    zone = _zone(tenant["time_zone"])
    context = {
        "orders": [_row(o, zone) for o in page["items"]],
        "next_cursor": page.get("next_cursor"),
        "status": chosen,
        "statuses": STATUSES,
        "business": tenant["name"],
    }
    if is_htmx(request) and cursor:
        return render(request, "orders/list.html", block="rows", **context)
    if is_htmx(request) and request.headers.get("hx-target") == "order-results":
        return render(request, "orders/list.html", block="results", **context)
    return render(request, "orders/list.html", **context)


routes = [orders_page]
