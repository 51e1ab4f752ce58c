"""Meta-shaped webhook payloads, signed like Meta signs them (one implementation, shared by
``porosia simulate`` and the tests).

Bodies are serialised the way Meta sends them (ASCII-only JSON with ``\\uXXXX`` escapes) and
the ``X-Hub-Signature-256`` header is the HMAC-SHA256 of exactly those bytes. WhatsApp
timestamps are Unix seconds as strings; Instagram timestamps are Unix milliseconds as numbers.
Every builder takes an optional ``at`` (Unix seconds, float) and defaults to now.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from typing import Any

DEFAULT_WA_SENDER = "355692345678"
DEFAULT_IG_SENDER = "1234567890123456"
BUSINESS_NUMBER = "355681112233"


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


def _now(at: float | None) -> float:
    return time.time() if at is None else at


def _seconds(at: float | None) -> str:
    return str(int(_now(at)))


def _millis(at: float | None) -> int:
    return int(_now(at) * 1000)


# --- WhatsApp Cloud API (object whatsapp_business_account) --------------------------------


def wamid() -> str:
    return "wamid.HBgL" + uuid.uuid4().hex.upper()


def wa_text(
    text: str, sender: str = DEFAULT_WA_SENDER, mid: str | None = None, at: float | None = None
) -> dict[str, Any]:
    """A customer's text message (``value.messages[]``)."""
    return {
        "from": sender,
        "id": mid or wamid(),
        "timestamp": _seconds(at),
        "type": "text",
        "text": {"body": text},
    }


def wa_echo(
    text: str,
    customer: str = DEFAULT_WA_SENDER,
    mid: str | None = None,
    at: float | None = None,
    business: str = BUSINESS_NUMBER,
) -> dict[str, Any]:
    """What the shop typed in the WhatsApp Business app (``value.message_echoes[]``)."""
    return {
        "from": business,
        "to": customer,
        "id": mid or wamid(),
        "timestamp": _seconds(at),
        "type": "text",
        "text": {"body": text},
    }


def wa_status(
    message_id: str,
    status: str = "delivered",
    to: str = DEFAULT_WA_SENDER,
    at: float | None = None,
) -> dict[str, Any]:
    return {
        "id": message_id,
        "status": status,
        "timestamp": _seconds(at),
        "recipient_id": to,
    }


def _wa_value(phone_number_id: str) -> dict[str, Any]:
    return {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": BUSINESS_NUMBER, "phone_number_id": phone_number_id},
    }


def wa_change(
    phone_number_id: str,
    messages: list[dict[str, Any]] | None = None,
    statuses: list[dict[str, Any]] | None = None,
    name: str = "Arta Hoxha",
    sender: str = DEFAULT_WA_SENDER,
) -> dict[str, Any]:
    """A ``messages`` change: customer messages (with the sender's profile) and/or statuses."""
    value = _wa_value(phone_number_id)
    if messages is not None:
        value["contacts"] = [{"profile": {"name": name}, "wa_id": sender}]
        value["messages"] = messages
    if statuses is not None:
        value["statuses"] = statuses
    return {"value": value, "field": "messages"}


def wa_echo_change(phone_number_id: str, echoes: list[dict[str, Any]]) -> dict[str, Any]:
    """An ``smb_message_echoes`` change (coexistence: the owner replied from the phone app)."""
    value = _wa_value(phone_number_id)
    value["message_echoes"] = echoes
    return {"value": value, "field": "smb_message_echoes"}


def wa_payload(*changes: dict[str, Any], waba_id: str = "102290129340398") -> dict[str, Any]:
    """One entry holding every change."""
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": waba_id, "changes": list(changes)}],
    }


def wa_batch(*changes: dict[str, Any], waba_id: str = "102290129340398") -> dict[str, Any]:
    """A batched delivery: one entry per change, as Meta groups several updates."""
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": waba_id, "changes": [change]} for change in changes],
    }


def wa_messages(phone_number_id: str, *texts: str, sender: str = DEFAULT_WA_SENDER) -> dict:
    """One delivery with one text message per ``texts``."""
    return wa_payload(
        wa_change(phone_number_id, [wa_text(t, sender) for t in texts], sender=sender)
    )


# --- Instagram Messaging (object instagram) -------------------------------------------------


def ig_mid() -> str:
    return "aWdfZAG1faXRlbTox" + uuid.uuid4().hex


def ig_message(
    account_id: str,
    text: str,
    sender: str = DEFAULT_IG_SENDER,
    mid: str | None = None,
    at: float | None = None,
) -> dict[str, Any]:
    """A customer's direct message (one ``messaging[]`` event)."""
    return {
        "sender": {"id": sender},
        "recipient": {"id": account_id},
        "timestamp": _millis(at),
        "message": {"mid": mid or ig_mid(), "text": text},
    }


def ig_echo(
    account_id: str,
    text: str,
    customer: str = DEFAULT_IG_SENDER,
    mid: str | None = None,
    at: float | None = None,
) -> dict[str, Any]:
    """A message the shop sent (``is_echo``), e.g. typed in the Instagram app."""
    return {
        "sender": {"id": account_id},
        "recipient": {"id": customer},
        "timestamp": _millis(at),
        "message": {"mid": mid or ig_mid(), "text": text, "is_echo": True},
    }


def ig_payload(account_id: str, *events: dict[str, Any], at: float | None = None) -> dict:
    """One entry holding every event."""
    return {
        "object": "instagram",
        "entry": [{"id": account_id, "time": _millis(at), "messaging": list(events)}],
    }


def ig_batch(account_id: str, *events: dict[str, Any], at: float | None = None) -> dict:
    """A batched delivery: one entry per event."""
    return {
        "object": "instagram",
        "entry": [{"id": account_id, "time": _millis(at), "messaging": [e]} for e in events],
    }


def ig_messages(account_id: str, *texts: str) -> dict[str, Any]:
    return ig_payload(account_id, *(ig_message(account_id, t) for t in texts))
