"""The shop's settings."""

from __future__ import annotations

from typing import Any

from litestar import get, put
from litestar.params import JSONBody

from core.services import shop_settings
from web.security import requires_identity


@get("/api/v1/settings", guards=[requires_identity], summary="The shop's settings")
async def get_settings() -> dict[str, Any]:
    return await shop_settings.get_settings()


@put(
    "/api/v1/settings",
    guards=[requires_identity],
    summary="Change country, time zone, currency and confirmation behaviour",
)
async def put_settings(data: JSONBody[Any]) -> dict[str, Any]:
    return await shop_settings.update_settings(data)


routes = [get_settings, put_settings]
