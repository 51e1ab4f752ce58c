"""The orders list: a status filter and "load more" pages through the service's cursor."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from litestar import Request, get

from core.errors import Invalid
from core.services import accounts, orders
from web.dashboard.render import current, is_htmx, render, signed_in, translator

STATUSES = ("new", "confirmed", "shipped", "delivered", "cancelled")
CHECK = "check"  # the filter's "to check": new orders in doubt (core.services.review)
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


def amount(value: str | None, lang: str) -> str:
    """A decimal string as the merchant reads it: 11,700.50 in English, 11.700,50 in Albanian.
    The digits after the point are the ones the API gives (the currency's minor unit)."""
    if value is None:
        return ""
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value
    places = max(0, -int(number.as_tuple().exponent))
    text = f"{number:,.{places}f}"
    if lang == "sq":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


def _row(order: dict[str, Any], zone: ZoneInfo, lang: str) -> dict[str, Any]:
    return {
        **order,
        "when": _when(order.get("created_at"), zone),
        "customer": order.get("customer") or {},
        "total_text": amount(order.get("total"), lang),
    }


@get("/orders", guards=[signed_in], include_in_schema=False)
async def orders_page(
    request: Request[Any, Any, Any], status: str | None = None, cursor: str | None = None
) -> Any:
    identity = current(request)
    chosen = status if status in (*STATUSES, CHECK) else None
    listed = None if chosen == CHECK else chosen
    try:
        page = await orders.list_orders(listed, PAGE_SIZE, cursor or None, chosen == CHECK)
    except Invalid:  # a stale or hand-edited cursor: start from the newest
        page = await orders.list_orders(listed, PAGE_SIZE, None, chosen == CHECK)
        cursor = None
    tenant = (await accounts.me(identity))["tenant"]
    zone = _zone(tenant["time_zone"])
    context = {
        "orders": [_row(o, zone, translator(request).lang) for o in page["items"]],
        "next_cursor": page.get("next_cursor"),
        "status": chosen,
        "statuses": STATUSES,
        "check": CHECK,
        "business": tenant["name"],
    }
    if is_htmx(request) and cursor:
        return render(request, "orders/list.html", block="rows", **context)
    if is_htmx(request) and request.headers.get("hx-target") == "order-results":
        return render(request, "orders/list.html", block="results", **context)
    return render(request, "orders/list.html", **context)


routes = [orders_page]
