"""Sending through the WhatsApp Cloud API: ``POST /{version}/{phone_number_id}/messages``."""

from __future__ import annotations

from typing import Any

from core.plugin_api import ChannelConnection, OutboundMessage, SendResult, graph_post

DEFAULT_BASE = "https://graph.facebook.com/v23.0"


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
