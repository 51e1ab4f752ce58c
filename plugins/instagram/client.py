"""The Instagram API: sending (``POST /{version}/{ig_id}/messages``) and the app's webhook
subscription for the account (``/{version}/{ig_id}/subscribed_apps``).

Instagram has no templates: outside the 24-hour window nothing can be sent (the core flags
the order for the merchant instead). Texts are capped at 1000 UTF-8 bytes, so a long
confirmation is split on line boundaries into several messages.
"""

from __future__ import annotations

from dataclasses import replace

from core.plugin_api import (
    ChannelConnection,
    OutboundMessage,
    SendResult,
    graph_post,
    graph_request,
)

DEFAULT_BASE = "https://graph.instagram.com/v23.0"
MAX_BYTES = 1000
SUBSCRIBED_FIELDS = "messages,message_reactions,messaging_seen,message_echoes"
# subscribing runs inside the request that saved the settings: fail fast
SUBSCRIBE_SECONDS = 10.0


def split_text(text: str, limit: int = MAX_BYTES) -> list[str]:
    parts: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while len(line.encode()) > limit:  # one very long line: cut it by characters
            cut = limit
            while len(line[:cut].encode()) > limit:
                cut -= 1
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:cut])
            line = line[cut:]
        if len((current + line).encode()) > limit:
            parts.append(current)
            current = ""
        current += line
    if current.strip():
        parts.append(current)
    return [p.strip() for p in parts if p.strip()]


async def send(connection: ChannelConnection, message: OutboundMessage) -> SendResult:
    account = connection.account_id or connection.settings.get("account_id")
    token = connection.settings.get("access_token")
    if not account or not token:
        return SendResult(ok=False, error="the connection has no account id or token")
    if message.template:
        return SendResult(ok=False, error="Instagram has no message templates")
    url = f"{(connection.api_base or DEFAULT_BASE).rstrip('/')}/{account}/messages"
    parts = split_text(message.text)
    if not parts:
        return SendResult(ok=False, error="empty message")
    sent = min(message.parts_sent, len(parts) - 1)  # an earlier try sent these already
    result = SendResult(ok=False)
    for part in parts[sent:]:
        body = {"recipient": {"id": message.to}, "message": {"text": part}}
        result = await graph_post(url, str(token), body, ("message_id",))
        if not result.ok:
            return replace(result, parts_sent=sent)
        sent += 1
    return replace(result, parts_sent=sent)


def _account(connection: ChannelConnection) -> str | None:
    return connection.account_id or connection.settings.get("account_id") or None


def _subscribed_apps(connection: ChannelConnection) -> tuple[str, str] | SendResult:
    account = _account(connection)
    token = connection.settings.get("access_token")
    if not account or not token:
        return SendResult(ok=False, error="the connection has no account id or token")
    base = (connection.api_base or DEFAULT_BASE).rstrip("/")
    return f"{base}/{account}/subscribed_apps", str(token)


async def subscribe(connection: ChannelConnection) -> SendResult:
    """Subscribe the app to the account's messaging webhooks. Instagram has no per-account
    callback URL: they go to the app's own (the platform's app-level URL, or the per-tenant
    URL a shop types into its own Meta app)."""
    target = _subscribed_apps(connection)
    if isinstance(target, SendResult):
        return target
    url, token = target
    params = {"subscribed_fields": SUBSCRIBED_FIELDS}
    return await graph_request("POST", url, token, params=params, seconds=SUBSCRIBE_SECONDS)


async def unsubscribe(
    connection: ChannelConnection, replacement: ChannelConnection | None = None
) -> SendResult | None:
    """Remove the app's subscription; ``None`` when the connection never had the ids for one,
    or when ``replacement`` (the connection after a save) is the same account."""
    target = _subscribed_apps(connection)
    if isinstance(target, SendResult):
        return None
    if replacement is not None and _account(replacement) == _account(connection):
        return None
    url, token = target
    return await graph_request("DELETE", url, token, seconds=SUBSCRIBE_SECONDS)
