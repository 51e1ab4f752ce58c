"""Helpers for Meta's webhook conventions, shared by the Meta channel plugins."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from core.types import ChannelConnection, SendResult

log = logging.getLogger("porosia.meta")


def json_dict(value: Any) -> dict[str, Any]:
    """A JSON value as an object, or an empty one (Meta's payloads omit what they lack)."""
    return value if isinstance(value, dict) else {}


def json_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def json_str(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def meta_entries(body: bytes, object_name: str) -> list[dict[str, Any]]:
    """The ``entry`` objects of a Meta webhook envelope for ``object_name``; ``ValueError``
    when the body is not that envelope (not JSON, another object, no entry list)."""
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError("not JSON") from exc
    if not isinstance(payload, dict) or payload.get("object") != object_name:
        raise ValueError(f"not a webhook for {object_name}")
    entries = payload.get("entry")
    if not isinstance(entries, list):
        raise ValueError("entry: must be a list")
    return [json_dict(entry) for entry in entries]


def meta_challenge(params: dict[str, str], verify_token: str) -> str | None:
    """The GET handshake: echo ``hub.challenge`` when mode and token match."""
    if params.get("hub.mode") != "subscribe":
        return None
    given = params.get("hub.verify_token", "")
    if not verify_token or not hmac.compare_digest(given.encode(), verify_token.encode()):
        return None
    return params.get("hub.challenge")


def meta_signature_ok(body: bytes, header: str | None, app_secret: str | None) -> bool:
    """Check ``X-Hub-Signature-256: sha256=<hex>`` over the raw body, in constant time."""
    if not header or not app_secret or not header.startswith("sha256="):
        return False
    expected = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(header[len("sha256=") :].lower(), expected)


# Graph error codes worth retrying later (rate limits, transient failures), per Meta's table.
RETRYABLE_CODES = frozenset({1, 2, 4, 17, 32, 613, 80007, 130429, 131000, 131016, 131056, 131057})
AUTH_CODES = frozenset({190})  # token expired or revoked: the connection is broken


def graph_send_result(status: int, body: Any, id_path: tuple[str, ...]) -> SendResult:
    """Read a Graph API answer into a :class:`SendResult` (``id_path`` locates the new id;
    empty for calls that answer ``{"success": true}`` and create nothing)."""
    if 200 <= status < 300 and isinstance(body, dict):
        if not id_path:
            if body.get("success", True) is False:
                return SendResult(ok=False, error="the Graph API answered success: false")
            return SendResult(ok=True)
        value: Any = body
        for key in id_path:
            value = value[key] if isinstance(value, dict) else value[int(key)]
        return SendResult(ok=True, external_id=str(value))
    error = body.get("error", {}) if isinstance(body, dict) else {}
    code = error.get("code") if isinstance(error, dict) else None
    code = int(code) if isinstance(code, int | str) and str(code).isdigit() else None
    message = str(error.get("message") or f"HTTP {status}")[:300]
    retry = status >= 500 or status == 429 or (code in RETRYABLE_CODES)
    return SendResult(ok=False, error_code=code, error=message, retry=retry)


async def graph_request(
    method: str,
    url: str,
    token: str,
    payload: dict[str, Any] | None = None,
    *,
    params: dict[str, str] | None = None,
    id_path: tuple[str, ...] = (),
    seconds: float = 15.0,
) -> SendResult:
    """Call the Graph API with a Bearer token (``payload`` as a JSON body, ``params`` in the
    query); never raises for Meta's errors or the network's."""
    try:
        async with httpx.AsyncClient(timeout=seconds) as client:
            response = await client.request(
                method,
                url,
                json=payload,
                params=params,
                headers={"Authorization": f"Bearer {token}"},
            )
    except httpx.HTTPError as exc:
        return SendResult(ok=False, error=f"network: {type(exc).__name__}", retry=True)
    try:
        body = response.json()
    except ValueError:
        body = None
    try:
        return graph_send_result(response.status_code, body, id_path)
    except (KeyError, IndexError, ValueError, TypeError):
        return SendResult(ok=False, error="unexpected answer from the Graph API", retry=True)


async def graph_post(
    url: str, token: str, payload: dict[str, Any], id_path: tuple[str, ...], seconds: float = 15.0
) -> SendResult:
    """POST a JSON body to the Graph API with a Bearer token; never raises for Meta's errors."""
    return await graph_request("POST", url, token, payload, id_path=id_path, seconds=seconds)


@dataclass(frozen=True)
class OAuthAnswer:
    """A token endpoint's answer: the JSON object on success, else Meta's error read from
    either envelope (``error`` a sentence, ``error_code`` Meta's code when it gave one)."""

    ok: bool
    body: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    error_code: int | None = None


def oauth_error(status: int, body: Any) -> OAuthAnswer:
    """Graph hosts answer ``{"error": {"message", "code", ...}}``; api.instagram.com answers
    ``{"error_type", "code", "error_message"}`` (Meta's two envelopes)."""
    data = json_dict(body)
    nested = json_dict(data.get("error"))
    message = nested.get("message") or data.get("error_message") or data.get("error_description")
    code = nested.get("code", data.get("code"))
    code = int(code) if isinstance(code, int | str) and str(code).isdigit() else None
    text = str(message or f"HTTP {status}")[:300]
    return OAuthAnswer(ok=False, body=data, error=text, error_code=code)


async def oauth_call(
    method: str,
    url: str,
    *,
    params: dict[str, str] | None = None,
    form: dict[str, str] | None = None,
    seconds: float = 10.0,
) -> OAuthAnswer:
    """Call an OAuth/token endpoint (no Bearer: credentials go in ``params`` or the ``form``);
    never raises for Meta's errors or the network's. Never log ``params``: they hold secrets."""
    try:
        async with httpx.AsyncClient(timeout=seconds) as client:
            response = await client.request(method, url, params=params, data=form)
    except httpx.HTTPError as exc:
        return OAuthAnswer(ok=False, error=f"network: {type(exc).__name__}")
    try:
        body = response.json()
    except ValueError:
        body = None
    if 200 <= response.status_code < 300 and isinstance(body, dict) and "error" not in body:
        return OAuthAnswer(ok=True, body=body)
    return oauth_error(response.status_code, body)


async def unsubscribe_each(
    channel: str,
    tenant_id: str,
    connections: list[ChannelConnection],
    unsubscribe: Callable[[ChannelConnection], Awaitable[SendResult | None]],
) -> None:
    """At a tenant's purge: remove the app's subscription from each of the channel's
    connections, best effort (a failure is logged and the purge goes on: the token is about to
    be deleted either way)."""
    for connection in connections:
        if connection.channel != channel:
            continue
        result = await unsubscribe(connection)
        if result is not None and not result.ok:
            log.warning(
                "tenant %s: unsubscribing from %s failed (%s: %s)",
                tenant_id,
                channel,
                result.error_code,
                result.error,
            )
