"""Problems: the parked inbox items (webhook items the ingest job kept failing on), each with
a Retry button that sends it back (the navigation's badge: :mod:`web.dashboard.badges`).

Everything goes through ``core.services.inbox``; this module only shapes it for the page.
"""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, get, post

from core.errors import NotFound
from core.services import accounts, inbox
from web.dashboard.orders import _when, _zone
from web.dashboard.render import current, go, is_htmx, render, signed_in
from web.deps import services

PAGE_SIZE = 100
# Notices a redirect may ask the page to show (never free text from the URL).
NOTICES = {"retried", "gone"}


async def _context(request: Request[Any, Any, Any], notice: str | None) -> dict[str, Any]:
    zone = _zone((await accounts.me(current(request)))["tenant"]["time_zone"])
    items = await inbox.list_items("parked", PAGE_SIZE)
    count = await inbox.count_items("parked")
    request.state.parked_count = count
    return {
        "items": [
            {
                "id": item["id"],
                "channel": item["channel"],
                "when": _when(item["received_at"], zone),
                "attempts": item["attempts"],
                "error": item["error"],
            }
            for item in items
        ],
        "count": count,
        "notice": notice if notice in NOTICES else None,
    }


@get("/inbox", guards=[signed_in], include_in_schema=False)
async def inbox_page(request: Request[Any, Any, Any], notice: str | None = None) -> Any:
    return render(request, "inbox/list.html", **await _context(request, notice))


@post("/inbox/{item_id:str}/retry", guards=[signed_in], include_in_schema=False)
async def retry_item(request: Request[Any, Any, Any], item_id: str) -> Any:
    try:
        await inbox.retry(services(request), item_id)
    except NotFound:
        # Another tenant's id, a made-up one, or one already sent back (a stale page).
        if is_htmx(request):
            return Response("", status_code=404, headers={"HX-Redirect": "/inbox?notice=gone"})
        return render(
            request, "inbox/list.html", status_code=404, **await _context(request, "gone")
        )
    if not is_htmx(request):
        return go(request, "/inbox?notice=retried")
    # The list without the item, its notice, and the badge (out of band).
    return render(
        request,
        "inbox/list.html",
        block="results",
        oob_badge=True,
        **await _context(request, "retried"),
    )


routes = [inbox_page, retry_item]
