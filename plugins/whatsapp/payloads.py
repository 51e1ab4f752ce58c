"""WhatsApp Cloud API webhook payloads → normalised :class:`InboundItem` objects.

Shapes: Meta's ``whatsapp_business_account`` envelope (entry → changes → value with
``metadata.phone_number_id``, the routing key). Every entry, change, message and status of a
batch is read; an element this module does not understand is counted, never fatal.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from core.plugin_api import InboundItem, WebhookResult, meta_entries
from core.plugin_api import json_dict as _dict
from core.plugin_api import json_list as _list
from core.plugin_api import json_str as _str

OBJECT = "whatsapp_business_account"
MEDIA_TYPES = ("image", "video", "document", "audio", "sticker")


def _timestamp(value: Any) -> datetime | None:
    """Unix seconds, sent as a string."""
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _phone(wa_id: str) -> str | None:
    return f"+{wa_id}" if wa_id.isdigit() else None


def _content(message: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """``(kind, text, data)`` for one message object, by its ``type``."""
    kind = _str(message.get("type"))
    body = _dict(message.get(kind))
    if kind == "text":
        return "text", _str(body.get("body")), {}
    if kind in MEDIA_TYPES:
        media = {k: body[k] for k in ("id", "mime_type", "filename", "url", "voice") if k in body}
        return "media", _str(body.get("caption")), {"media_type": kind, "media": media}
    if kind == "location":
        parts = [_str(body.get(k)) for k in ("name", "address") if body.get(k)]
        return "location", ", ".join(parts), {"location": body}
    if kind == "interactive":
        reply = _dict(body.get(_str(body.get("type"))))
        data = {"reply_id": _str(reply.get("id")), "reply_type": _str(body.get("type"))}
        return "reply", _str(reply.get("title")), data
    if kind == "button":
        return "reply", _str(body.get("text")), {"reply_id": _str(body.get("payload"))}
    if kind == "reaction":
        data = {"message_id": _str(body.get("message_id")), "emoji": _str(body.get("emoji"))}
        return "reaction", data["emoji"], data
    if kind == "order":
        return "order", _str(body.get("text")), {"order": body}
    if kind == "edit":
        original = _dict(body.get("message"))
        _, text, _ = _content(original) if original.get("type") != "edit" else ("", "", {})
        return "edit", text, {"original_id": _str(body.get("original_message_id"))}
    if kind == "revoke":
        return "delete", "", {"original_id": _str(body.get("original_message_id"))}
    if kind == "system":
        return "system", "", {"system_type": _str(body.get("type")), "wa_id": body.get("wa_id")}
    detail = _str(_dict(message.get("unsupported")).get("type"))
    return "unsupported", "", {"type": kind, "detail": detail}


def _message(
    account_id: str, message: dict[str, Any], names: dict[str, str], echo: bool
) -> InboundItem | None:
    external_id = _str(message.get("id"))
    # the customer: the sender of a message, the addressee of a business echo
    contact = _str(message.get("to" if echo else "from") or message.get("from_user_id"))
    if not external_id or not contact:
        return None
    kind, text, data = _content(message)
    context = _dict(message.get("context"))
    if context:
        data["context"] = context
    if "referral" in message:
        data["referral"] = _dict(message.get("referral"))
    return InboundItem(
        account_id=account_id,
        external_id=external_id,
        contact_id=contact,
        kind=kind,
        from_business=echo,
        text=text,
        at=_timestamp(message.get("timestamp")),
        contact_name=names.get(contact) or None,
        contact_phone=_phone(contact),
        data=data,
    )


def _status(account_id: str, status: dict[str, Any]) -> InboundItem | None:
    message_id, state = _str(status.get("id")), _str(status.get("status"))
    contact = _str(status.get("recipient_id") or status.get("recipient_user_id"))
    if not message_id or not state:
        return None
    data: dict[str, Any] = {"message_id": message_id, "status": state}
    if status.get("errors"):
        data["errors"] = _list(status.get("errors"))
    return InboundItem(
        account_id=account_id,
        external_id=f"{message_id}:{state}",
        contact_id=contact,
        kind="status",
        from_business=True,
        at=_timestamp(status.get("timestamp")),
        contact_phone=_phone(contact),
        data=data,
    )


def _change(change: dict[str, Any], result: WebhookResult) -> None:
    field = change.get("field")
    value = _dict(change.get("value"))
    account_id = _str(_dict(value.get("metadata")).get("phone_number_id"))
    if field not in ("messages", "smb_message_echoes") or not account_id:
        result.ignored += 1  # template, account and other management fields
        return
    names = {
        _str(c.get("wa_id") or c.get("user_id")): _str(_dict(c.get("profile")).get("name"))
        for c in map(_dict, _list(value.get("contacts")))
    }
    candidates: list[InboundItem | None] = [
        *(_message(account_id, _dict(m), names, False) for m in _list(value.get("messages"))),
        *(_message(account_id, _dict(m), names, True) for m in _list(value.get("message_echoes"))),
        *(_status(account_id, _dict(s)) for s in _list(value.get("statuses"))),
    ]
    for item in candidates:
        if item is None:
            result.ignored += 1
        else:
            result.items.append(item)


def parse(body: bytes) -> WebhookResult:
    """Normalise a (signature-checked) body; ``ValueError`` when it is not Meta's envelope."""
    result = WebhookResult()
    for entry in meta_entries(body, OBJECT):
        for change in map(_dict, _list(entry.get("changes"))):
            _change(change, result)
    return result
