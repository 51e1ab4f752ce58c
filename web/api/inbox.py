"""The inbox: parked items (those that kept failing) and retrying them."""

from __future__ import annotations

from typing import Any

from litestar import Request, get, post
from litestar.params import FromPath

from core.services import inbox
from web.deps import services
from web.security import requires_identity


@get(
    "/api/v1/inbox",
    guards=[requires_identity],
    summary="Inbox items by status (parked: those that kept failing)",
)
async def list_inbox(status: str = "parked", limit: int = 100) -> dict[str, Any]:
    return {"items": await inbox.list_items(status, limit)}


@post(
    "/api/v1/inbox/{item_id:str}/retry",
    status_code=202,
    guards=[requires_identity],
    summary="Send a parked item back for another try",
)
async def retry_item(request: Request[Any, Any, Any], item_id: FromPath[str]) -> dict[str, Any]:
    return await inbox.retry(services(request), item_id)


routes = [list_inbox, retry_item]
