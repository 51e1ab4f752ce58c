"""Echo's hook implementations.

Webhook body: ``{"account": "<shop account>", "messages": [{"id", "from", "text", "ts"}]}``
signed with ``X-Echo-Signature: <hex HMAC-SHA256 of the raw body>``. Handshake:
``GET ?echo.token=<verify token>&echo.challenge=<anything>``. Subscribing: Echo always delivers
to the connection's per-tenant webhook URL, which it is told when the shop connects.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from datetime import UTC, datetime
from typing import Any

from core.plugin_api import (
    ChannelConnection,
    InboundItem,
    OutboundMessage,
    SendResult,
    TokenRefresh,
    WebhookRejected,
    WebhookResult,
    hookimpl,
)

CHANNEL = "echo"
# What the notification hooks heard, so tests of the host can see them (in-process only).
EVENTS: list[tuple[str, str, str]] = []
SENT: list[tuple[str, OutboundMessage]] = []
SUBSCRIBED: list[tuple[str, str, str]] = []  # (tenant id, callback URL, verify token)


def sign(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@hookimpl
def webhook_challenge(channel: str, params: dict[str, str], verify_token: str) -> str | None:
    if channel != CHANNEL:
        return None
    given = params.get("echo.token", "")
    if not verify_token or not hmac.compare_digest(given.encode(), verify_token.encode()):
        return None
    return params.get("echo.challenge")


def _item(account: str, message: Any) -> InboundItem:
    if not isinstance(message, dict) or not message.get("id") or not message.get("from"):
        raise ValueError("messages[]: each needs an id and a from")
    ts = message.get("ts")
    return InboundItem(
        account_id=account,
        external_id=str(message["id"]),
        contact_id=str(message["from"]),
        text=str(message.get("text", "")),
        at=datetime.fromtimestamp(ts, UTC) if isinstance(ts, int | float) else None,
    )


@hookimpl
async def webhook_items(
    channel: str, body: bytes, headers: dict[str, str], app_secret: str | None
) -> WebhookResult | None:
    if channel != CHANNEL:
        return None
    given = headers.get("x-echo-signature", "")
    if not app_secret or not hmac.compare_digest(given, sign(body, app_secret)):
        raise WebhookRejected("X-Echo-Signature missing or wrong")
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError("not JSON") from exc
    if not isinstance(payload, dict) or not isinstance(payload.get("messages"), list):
        raise ValueError("expected {account, messages: [...]}")
    account = str(payload.get("account", ""))
    return WebhookResult(items=[_item(account, m) for m in payload["messages"]])


@hookimpl
async def send_result(connection: ChannelConnection, message: OutboundMessage) -> SendResult | None:
    if connection.channel != CHANNEL:
        return None
    if not message.to:
        return SendResult(ok=False, error_code=100, error="no recipient", retry=False)
    SENT.append((connection.tenant_id, message))
    return SendResult(ok=True, external_id=f"echo-{uuid.uuid4().hex}")


@hookimpl
def channel_subscribe(
    connection: ChannelConnection, callback_url: str, verify_token: str
) -> SendResult | None:
    if connection.channel != CHANNEL:
        return None
    if not callback_url.startswith(("http://", "https://")) or not verify_token:
        return SendResult(ok=False, error_code=100, error="Echo needs a webhook URL and token")
    SUBSCRIBED.append((connection.tenant_id, callback_url, verify_token))
    return SendResult(ok=True)


@hookimpl
def channel_refresh_token(connection: ChannelConnection) -> TokenRefresh | None:
    """Echo's signing secret never expires: nothing to refresh (``None``, even for Echo)."""
    return None


@hookimpl
def order_created(tenant_id: str, order_id: str) -> None:
    EVENTS.append(("order_created", tenant_id, order_id))


@hookimpl
async def order_confirmed(tenant_id: str, order_id: str) -> None:
    EVENTS.append(("order_confirmed", tenant_id, order_id))


@hookimpl
def tenant_data_purge(tenant_id: str, connections: list[ChannelConnection]) -> None:
    EVENTS.append(("tenant_data_purge", tenant_id, ",".join(c.channel for c in connections)))
