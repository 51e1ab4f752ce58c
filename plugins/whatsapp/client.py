"""The WhatsApp Cloud API: sending (``POST /{version}/{phone_number_id}/messages``), the
app's webhook subscription on the shop's WABA (``/{version}/{waba_id}/subscribed_apps``) and
registering the shop's number for Cloud API (``POST /{version}/{phone_number_id}/register``,
skipped for a number shared with the WhatsApp Business app)."""

from __future__ import annotations

import re
from typing import Any

from core.plugin_api import (
    ChannelConnection,
    OutboundMessage,
    SendResult,
    graph_post,
    graph_request,
)

DEFAULT_BASE = "https://graph.facebook.com/v23.0"
# subscribing runs inside the request that saved the settings: fail fast
SUBSCRIBE_SECONDS = 10.0
PIN_RE = re.compile(r"^[0-9]{6}$")


def message_body(message: OutboundMessage) -> dict[str, Any]:
    base: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": message.to,
    }
    if message.template:
        parameters = [{"type": "text", "text": p} for p in message.template_params]
        template: dict[str, Any] = {
            "name": message.template,
            "language": {"code": message.template_language or "en", "policy": "deterministic"},
        }
        if parameters:
            template["components"] = [{"type": "body", "parameters": parameters}]
        return {**base, "type": "template", "template": template}
    return {**base, "type": "text", "text": {"preview_url": False, "body": message.text}}


async def send(connection: ChannelConnection, message: OutboundMessage) -> SendResult:
    number = connection.account_id or connection.settings.get("phone_number_id")
    token = connection.settings.get("access_token")
    if not number or not token:
        return SendResult(ok=False, error="the connection has no phone number id or token")
    url = f"{(connection.api_base or DEFAULT_BASE).rstrip('/')}/{number}/messages"
    return await graph_post(url, str(token), message_body(message), ("messages", "0", "id"))


def _subscribed_apps(connection: ChannelConnection) -> tuple[str, str] | SendResult:
    """``(url, token)`` of the WABA's ``subscribed_apps`` edge, or why there is none."""
    waba = connection.settings.get("waba_id")
    token = connection.settings.get("access_token")
    if not waba:
        return SendResult(
            ok=False,
            error="no WhatsApp Business Account ID (waba_id): Meta sends no webhooks "
            "until the app is subscribed to it",
        )
    if not token:
        return SendResult(ok=False, error="the connection has no access token")
    base = (connection.api_base or DEFAULT_BASE).rstrip("/")
    return f"{base}/{waba}/subscribed_apps", str(token)


async def subscribe(
    connection: ChannelConnection, callback_url: str, verify_token: str
) -> SendResult:
    """Subscribe the app to the shop's WABA. A shop with its own Meta app (its own
    ``app_secret``) gets the WABA's webhooks overridden to its per-tenant URL; on the
    platform's app, a plain subscribe leaves them on the app-level URL (and removes an
    override left from an own-app setup)."""
    target = _subscribed_apps(connection)
    if isinstance(target, SendResult):
        return target
    url, token = target
    body = None
    if connection.settings.get("app_secret"):
        body = {"override_callback_uri": callback_url, "verify_token": verify_token}
    return await graph_request("POST", url, token, body, seconds=SUBSCRIBE_SECONDS)


async def unsubscribe(
    connection: ChannelConnection, replacement: ChannelConnection | None = None
) -> SendResult | None:
    """Remove the app's subscription from the connection's WABA; ``None`` when the connection
    never had the ids for one, or when ``replacement`` (the connection after a save) is on the
    same WABA, whose subscription it keeps (a new number or token on one WABA)."""
    target = _subscribed_apps(connection)
    if isinstance(target, SendResult):
        return None
    if replacement is not None and replacement.settings.get("waba_id") == connection.settings.get(
        "waba_id"
    ):
        return None
    url, token = target
    return await graph_request("DELETE", url, token, seconds=SUBSCRIBE_SECONDS)


def coexistence(connection: ChannelConnection) -> bool:
    """The number is also used in the WhatsApp Business app: Meta onboarded it as it is, and
    registering it for Cloud API would take it away from the app."""
    return bool(connection.settings.get("coexistence"))


async def register(connection: ChannelConnection, pin: str) -> SendResult | None:
    """Register the number for Cloud API with ``pin`` (which becomes its two-step
    verification PIN); ``None`` for a coexistence number, which is not registered."""
    if coexistence(connection):
        return None
    number = connection.account_id or connection.settings.get("phone_number_id")
    token = connection.settings.get("access_token")
    if not number or not token:
        return SendResult(ok=False, error="the connection has no phone number id or token")
    if not PIN_RE.match(pin):
        return SendResult(ok=False, error="the two-step verification PIN must be 6 digits")
    url = f"{(connection.api_base or DEFAULT_BASE).rstrip('/')}/{number}/register"
    body = {"messaging_product": "whatsapp", "pin": pin}
    return await graph_request("POST", url, str(token), body, seconds=SUBSCRIBE_SECONDS)
