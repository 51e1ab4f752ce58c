"""JSON API: the tenant's channel connections (settings, webhook URL, verify token, health)."""

from __future__ import annotations

from typing import Any

from litestar import Request, get, post, put

from core.errors import Invalid
from core.services import channels, onboarding
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
    "way; save again to retry). An expired or revoked token also sets health.broken. "
    "health.token_expires_at is when a token from a connect flow expires (it is refreshed "
    "automatically in its last 10 days; a token saved here by hand has none), "
    "health.token_refresh_error why the last refresh failed. Switching a channel off, or "
    "moving it to another account, first removes the previous account's subscription (best "
    "effort: health.unsubscribe_error says why it failed). WhatsApp: a number not yet "
    "registered for the Cloud API is registered once after subscribing "
    '(health.registered_at, or health.register_error), with the "pin" setting (6 digits, '
    "the number's two-step verification PIN; typing a new one registers again) or, without "
    "one, a PIN chosen for it, kept encrypted and returned once as registration_pin in this "
    'answer. A number kept in the WhatsApp Business app ("coexistence": true) is not '
    "registered.",
)
async def put_channel(
    request: Request[Any, Any, Any], name: str, data: dict[str, Any]
) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise Invalid("body: must be a JSON object")
    given = dict(data)
    enabled = given.pop("enabled", None)
    return await channels.set_channel(services(request), name, enabled, given)


@post(
    "/api/v1/channels/{name:str}/onboard",
    guards=[requires_identity],
    status_code=200,
    summary="Connect a channel with what its signup script returned",
    description="For channels whose connect flow runs a script in the page (the channel's "
    'connect.flow is "js_sdk"): WhatsApp Embedded Signup posts {"code", "waba_id", '
    '"phone_number_id", "event"} within the code\'s 30 seconds (event: how the signup '
    "ended, FINISH or FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING for a number kept in the "
    "WhatsApp Business app; FINISH_ONLY_WABA, without a number, is refused with what to "
    "do). The code is exchanged for the "
    "shop's token, checked, and saved as a manual save would (switched on, secrets "
    "encrypted, subscribed): the answer is the channel as GET /api/v1/channels lists it. "
    "400 with the channel's reason (a used or expired code), 409 when another shop holds "
    "the account, 404 when no such flow is configured. Redirect flows (Instagram) run in "
    "the dashboard: /channels/{name}/connect.",
)
async def onboard_channel(
    request: Request[Any, Any, Any], name: str, data: dict[str, Any]
) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise Invalid("body: must be a JSON object")
    svc = services(request)
    if onboarding.app_for(svc.settings, name).flow != "js_sdk":
        raise Invalid(f"{name}: its connect flow is a redirect: use /channels/{name}/connect")
    params = {str(k): str(v) for k, v in data.items() if isinstance(v, str | int)}
    return await onboarding.connect(svc, name, params)


routes = [list_channels, put_channel, onboard_channel]
