"""JSON API: orders (list with keyset pages, read, edit, create by hand).

The handlers are thin: :mod:`core.services.orders` checks the input and answers in the API
shapes. Order ids are taken as plain strings so a malformed id answers the same 404 as an id
that does not exist, or belongs to another tenant.
"""

from __future__ import annotations

from typing import Any

from litestar import Request, get, patch, post
from litestar.params import FromPath, FromQuery, JSONBody

from core.errors import Invalid
from core.services import confirmations, orders
from web.deps import services
from web.security import requires_identity


def parse_limit(limit: str | None) -> int:
    if limit is None or limit == "":
        return orders.DEFAULT_LIMIT
    try:
        return int(limit)
    except ValueError as exc:
        raise Invalid(f"limit: an integer from 1 to {orders.MAX_LIMIT}") from exc


def parse_flag(name: str, value: str | None) -> bool:
    if value is None or value in ("", "false", "0"):
        return False
    if value in ("true", "1"):
        return True
    raise Invalid(f"{name}: true or false")


@get("/api/v1/orders", guards=[requires_identity], summary="Orders, newest first")
async def list_orders(
    status: FromQuery[str | None] = None,
    limit: FromQuery[str | None] = None,
    cursor: FromQuery[str | None] = None,
    in_doubt: FromQuery[str | None] = None,
) -> dict[str, Any]:
    """``in_doubt=true``: only the new orders the merchant should check (their ``doubts``)."""
    return await orders.list_orders(
        status or None, parse_limit(limit), cursor or None, parse_flag("in_doubt", in_doubt)
    )


@get("/api/v1/orders/{order_id:str}", guards=[requires_identity], summary="One order")
async def get_order(order_id: FromPath[str]) -> dict[str, Any]:
    return await orders.get_order(order_id)


@patch(
    "/api/v1/orders/{order_id:str}",
    guards=[requires_identity],
    summary="Change an order's status, items or customer fields",
)
async def update_order(
    request: Request[Any, Any, Any], order_id: FromPath[str], data: JSONBody[Any]
) -> dict[str, Any]:
    order = await orders.update_order(order_id, data, services(request).plugins)
    await confirmations.release(services(request), orders.parse_order_id(order["id"]))
    return order


@post(
    "/api/v1/orders/{order_id:str}/approve",
    guards=[requires_identity],
    status_code=200,
    summary="Say a new order's items are right as they stand (its doubts no longer hold it)",
)
async def approve_order(request: Request[Any, Any, Any], order_id: FromPath[str]) -> dict[str, Any]:
    order = await orders.approve_items(order_id)
    await confirmations.release(services(request), orders.parse_order_id(order["id"]))
    return order


@post(
    "/api/v1/orders/{order_id:str}/resume",
    guards=[requires_identity],
    status_code=200,
    summary="Resume automatic messages in the order's chat (paused by a reply from the shop)",
)
async def resume_order(request: Request[Any, Any, Any], order_id: FromPath[str]) -> dict[str, Any]:
    order = await orders.resume_automation(order_id)
    await confirmations.schedule(services(request), orders.parse_order_id(order["id"]))
    return order


@post(
    "/api/v1/orders",
    guards=[requires_identity],
    status_code=201,
    summary="Create an order by hand (channel manual)",
)
async def create_order(data: JSONBody[Any]) -> dict[str, Any]:
    return await orders.create_order(data)


routes = [list_orders, get_order, update_order, approve_order, resume_order, create_order]
