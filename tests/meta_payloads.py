"""Meta-shaped webhook payloads for tests, signed like Meta signs them.

Bodies are serialised the way Meta sends them (ASCII-only JSON with ``\\uXXXX`` escapes) and
the ``X-Hub-Signature-256`` header is the HMAC-SHA256 of exactly those bytes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from typing import Any


def body_bytes(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=True).encode()


def signature(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signed(payload: Any, secret: str) -> tuple[bytes, dict[str, str]]:
    """``(body, headers)`` ready to POST."""
    body = body_bytes(payload)
    return body, {
        "Content-Type": "application/json",
        "X-Hub-Signature-256": signature(body, secret),
    }


def signed_lower(payload: Any, secret: str) -> tuple[bytes, dict[str, str]]:
    """``(body, headers)`` as the platform hands them to a plugin (header names lower-cased)."""
    body, headers = signed(payload, secret)
    return body, {k.lower(): v for k, v in headers.items()}


def wamid() -> str:
    return "wamid.HBgL" + uuid.uuid4().hex.upper()


def wa_text(text: str, sender: str = "355692345678", mid: str | None = None) -> dict[str, Any]:
    return {
        "from": sender,
        "id": mid or wamid(),
        "timestamp": str(int(time.time())),
        "type": "text",
        "text": {"body": text},
    }


def wa_status(message_id: str, status: str = "delivered", to: str = "355692345678") -> dict:
    return {
        "id": message_id,
        "status": status,
        "timestamp": str(int(time.time())),
        "recipient_id": to,
    }


def wa_change(
    phone_number_id: str,
    messages: list[dict[str, Any]] | None = None,
    statuses: list[dict[str, Any]] | None = None,
    name: str = "Arta Hoxha",
    sender: str = "355692345678",
) -> dict[str, Any]:
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "355681112233", "phone_number_id": phone_number_id},
    }
    if messages is not None:
        value["contacts"] = [{"profile": {"name": name}, "wa_id": sender}]
        value["messages"] = messages
    if statuses is not None:
        value["statuses"] = statuses
    return {"value": value, "field": "messages"}


def wa_payload(*changes: dict[str, Any], waba_id: str = "102290129340398") -> dict[str, Any]:
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": waba_id, "changes": list(changes)}],
    }


def wa_messages(phone_number_id: str, *texts: str, sender: str = "355692345678") -> dict:
    """One delivery with one text message per ``texts``."""
    return wa_payload(
        wa_change(phone_number_id, [wa_text(t, sender) for t in texts], sender=sender)
    )


def ig_message(
    account_id: str, text: str, sender: str = "1234567890123456", mid: str | None = None
) -> dict[str, Any]:
    return {
        "sender": {"id": sender},
        "recipient": {"id": account_id},
        "timestamp": int(time.time() * 1000),
        "message": {"mid": mid or "aWdfZAG1faXRlbTox" + uuid.uuid4().hex, "text": text},
    }


def ig_echo(account_id: str, text: str, customer: str = "1234567890123456") -> dict[str, Any]:
    return {
        "sender": {"id": account_id},
        "recipient": {"id": customer},
        "timestamp": int(time.time() * 1000),
        "message": {"mid": "aWdfZAG1" + uuid.uuid4().hex, "text": text, "is_echo": True},
    }


def ig_payload(account_id: str, *events: dict[str, Any]) -> dict[str, Any]:
    return {
        "object": "instagram",
        "entry": [{"id": account_id, "time": int(time.time() * 1000), "messaging": list(events)}],
    }


def ig_messages(account_id: str, *texts: str) -> dict[str, Any]:
    return ig_payload(account_id, *(ig_message(account_id, t) for t in texts))
