"""JSON API: the tenant's channel connections (settings, webhook URL, verify token, health)."""

from __future__ import annotations

from typing import Any

from litestar import Request, get, put

from core.errors import Invalid
from core.services import channels
from web.deps import services
from web.security import requires_identity


@get("/api/v1/channels", guards=[requires_identity], summary="The tenant's channels")
async def list_channels(request: Request[Any, Any, Any]) -> dict[str, Any]:
    return {"items": await channels.list_channels(services(request))}


@put(
    "/api/v1/channels/{name:str}",
    guards=[requires_identity],
    summary="Enable, disable or configure a channel",
    description='Body: {"enabled": bool, ...setting fields}. Secret fields given as "" keep '
    "the stored value, null clears them; secrets are never returned. Switching a channel on, "
    "or saving new settings while it is on, subscribes the account to the channel's webhooks "
    "once the settings are stored: the answer's health.subscribed_at is set, or "
    "health.subscribe_error says what the channel answered (the settings are kept either "
    "way; save again to retry). An expired or revoked token also sets health.broken.",
)
async def put_channel(
    request: Request[Any, Any, Any], name: str, data: dict[str, Any]
) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise Invalid("body: must be a JSON object")
    given = dict(data)
    enabled = given.pop("enabled", None)
    return await channels.set_channel(services(request), name, enabled, given)


routes = [list_channels, put_channel]
