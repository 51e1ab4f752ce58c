"""The navigation's badges: the orders to check (next to "Orders") and the parked inbox items
(next to "Problems"), counted for every full page of a signed-in merchant. An htmx answer
that changes one of them sends it again out of band (``oob_badge``)."""

from __future__ import annotations

from typing import Any

from litestar import Request

from core.services import inbox, orders
from web.dashboard.render import identity_or_none, is_htmx


async def counted(request: Request[Any, Any, Any]) -> None:
    """``before_request`` of the dashboard (htmx fragments update the badges themselves)."""
    if identity_or_none(request) is not None and not is_htmx(request):
        request.state.parked_count = await inbox.count_items("parked")
        await count_checks(request)


async def count_checks(request: Request[Any, Any, Any]) -> None:
    count = await orders.count_in_doubt()
    request.state.check_count = count
    request.state.check_capped = count >= orders.BADGE_CAP  # shown as "99+"
