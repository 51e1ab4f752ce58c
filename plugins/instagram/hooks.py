from __future__ import annotations

from core.plugin_api import (
    ChannelConnection,
    OutboundMessage,
    SendResult,
    WebhookRejected,
    WebhookResult,
    hookimpl,
    meta_challenge,
    meta_signature_ok,
)
from plugins.instagram import client
from plugins.instagram.payloads import parse

CHANNEL = "instagram"


@hookimpl
def webhook_challenge(channel: str, params: dict[str, str], verify_token: str) -> str | None:
    if channel != CHANNEL:
        return None
    return meta_challenge(params, verify_token)


@hookimpl
def webhook_items(
    channel: str, body: bytes, headers: dict[str, str], app_secret: str | None
) -> WebhookResult | None:
    if channel != CHANNEL:
        return None
    # the signature covers the raw bytes: check it before parsing anything
    if not meta_signature_ok(body, headers.get("x-hub-signature-256"), app_secret):
        raise WebhookRejected("X-Hub-Signature-256 missing or wrong")
    return parse(body)


@hookimpl
async def send_result(connection: ChannelConnection, message: OutboundMessage) -> SendResult | None:
    if connection.channel != CHANNEL:
        return None
    return await client.send(connection, message)
