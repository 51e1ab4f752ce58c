"""End customers: list, and erase one on request."""

from __future__ import annotations

from typing import Any

from litestar import delete, get

from core.services import customers
from web.security import requires_identity


@get("/api/v1/customers", guards=[requires_identity], summary="The shop's end customers")
async def list_customers(limit: int = 200) -> dict[str, Any]:
    return {"items": await customers.list_customers(limit)}


@delete(
    "/api/v1/customers/{customer_id:str}",
    status_code=200,
    guards=[requires_identity],
    summary="Erase one customer's messages, conversations and personal order fields",
)
async def erase_customer(customer_id: str) -> dict[str, Any]:
    return {"erased": True, **await customers.erase_customer(customer_id)}


routes = [list_customers, erase_customer]
