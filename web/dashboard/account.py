"""Settings: the account's details and Delete Account (with a confirmation step)."""

from __future__ import annotations

from typing import Any

from litestar import Request, get, post

from core.services import accounts, tenants
from web.dashboard.render import (
    cleared_session,
    current,
    form_values,
    go,
    render,
    settings_of,
    signed_in,
)
from web.dashboard.shop import shop_context
from web.deps import services


def _same_name(typed: str, name: str) -> bool:
    """The confirmation matches the business name, ignoring case and outer spaces."""
    return " ".join(typed.split()).casefold() == " ".join(name.split()).casefold()


@get("/settings", guards=[signed_in], include_in_schema=False)
async def settings_page(request: Request[Any, Any, Any]) -> Any:
    return render(
        request,
        "settings/index.html",
        me=await accounts.me(current(request)),
        notice=request.query_params.get("notice") == "shop_saved",
        **await shop_context(),
    )


@get("/settings/delete", guards=[signed_in], include_in_schema=False)
async def delete_page(request: Request[Any, Any, Any]) -> Any:
    me = await accounts.me(current(request))
    return render(request, "settings/delete.html", business=me["tenant"]["name"], typed="")


@post("/settings/delete", guards=[signed_in], include_in_schema=False)
async def delete_account(request: Request[Any, Any, Any]) -> Any:
    identity = current(request)
    business = (await accounts.me(identity))["tenant"]["name"]
    typed = (await form_values(request)).get("confirm", "")
    if not _same_name(typed, business):
        return render(
            request,
            "settings/delete.html",
            status_code=400,
            business=business,
            typed=typed,
            error="delete.mismatch",
        )
    # Marks the tenant as deleting and revokes every session before we answer.
    await tenants.request_deletion(services(request), identity.email)
    cleared = [cleared_session(settings_of(request))]
    return go(request, "/login?notice=deleted", cookies=cleared)


routes = [settings_page, delete_page, delete_account]
