"""Pages outside the signed-in area's features: the home redirect and the privacy policy."""

from __future__ import annotations

from typing import Any

from litestar import Request, get
from litestar.response import Redirect

from web.dashboard.render import render, settings_of


@get("/", include_in_schema=False)
async def home() -> Redirect:
    return Redirect("/orders")


@get("/privacy", include_in_schema=False)
async def privacy(request: Request[Any, Any, Any]) -> Any:
    settings = settings_of(request)
    return render(
        request,
        "privacy/policy.html",
        session_hours=max(1, settings.token_ttl_seconds // 3600),
        smtp=settings.smtp_url is not None,
    )


routes = [home, privacy]
