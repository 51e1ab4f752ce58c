"""Deleting the whole tenant."""

from __future__ import annotations

from typing import Any

from litestar import Request, delete

from core.services import tenants
from web.deps import services
from web.security import current_identity, requires_identity


@delete(
    "/api/v1/tenant",
    status_code=202,
    guards=[requires_identity],
    summary="Delete the business account and all its data",
)
async def delete_tenant(request: Request[Any, Any, Any]) -> dict[str, str]:
    await tenants.request_deletion(services(request), current_identity(request).email)
    return {"status": "deleting"}


routes = [delete_tenant]
