"""Instagram Messaging webhook payloads → normalised :class:`InboundItem` objects.

Shapes: the ``instagram`` envelope (entry → ``messaging[]`` or ``standby[]``), the same for
Instagram Login and the Messenger Platform. ``entry[].id`` is the shop's Instagram account id
(the routing key); the customer is the sender of a message and the recipient of an echo.
``changes``-style entries (comments, dashboard test events) are counted and ignored.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from core.plugin_api import InboundItem, WebhookResult, meta_entries
from core.plugin_api import json_dict as _dict
from core.plugin_api import json_list as _list
from core.plugin_api import json_str as _str

OBJECT = "instagram"
MS_THRESHOLD = 10**11  # later than 1973 in milliseconds, year 5138 in seconds


def _timestamp(value: Any) -> datetime | None:
    """Milliseconds in messaging events, seconds elsewhere; some tools send ISO strings."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        try:
            parsed = datetime.fromisoformat(_str(value))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    try:
        return datetime.fromtimestamp(number / 1000 if number > MS_THRESHOLD else number, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _attachments(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"type": _str(a.get("type")), "url": _str(_dict(a.get("payload")).get("url"))}
        for a in map(_dict, _list(message.get("attachments")))
    ]


def _message_content(message: dict[str, Any]) -> tuple[str, str, str, dict[str, Any]]:
    """``(kind, external_id, text, data)`` for a ``message`` event."""
    mid, text = _str(message.get("mid")), _str(message.get("text"))
    if message.get("is_deleted"):
        return "delete", f"{mid}:deleted", "", {"original_id": mid}
    if message.get("is_unsupported"):
        return "unsupported", mid, text, {}
    data: dict[str, Any] = {}
    reply_to = _dict(message.get("reply_to"))
    story = _dict(reply_to.get("story"))
    if story:
        data["story"] = {"id": _str(story.get("id")), "url": _str(story.get("url"))}
    elif reply_to.get("mid"):
        data["reply_to"] = _str(reply_to.get("mid"))
    if message.get("quick_reply"):
        data["reply_id"] = _str(_dict(message.get("quick_reply")).get("payload"))
        return "reply", mid, text, data
    if message.get("referral"):
        data["referral"] = _dict(message.get("referral"))
    attachments = _attachments(message)
    if attachments:
        data["attachments"] = attachments
        types = {a["type"] for a in attachments}
        if "story_mention" in types:
            return "story_mention", mid, text, data
        if types & {"share", "ig_reel", "reel"}:
            return "share", mid, text, data
        return "media", mid, text, data
    if story:
        return "story_reply", mid, text, data
    return "text", mid, text, data


def _content(event: dict[str, Any]) -> tuple[str, str, str, dict[str, Any]] | None:
    """``(kind, external_id, text, data)`` for one messaging event, or ``None`` if unusable."""
    stamp = _str(event.get("timestamp"))
    if "message" in event:
        return _message_content(_dict(event.get("message")))
    if "reaction" in event:
        reaction = _dict(event.get("reaction"))
        mid, action = _str(reaction.get("mid")), _str(reaction.get("action"))
        data = {"message_id": mid, "action": action, "emoji": _str(reaction.get("emoji"))}
        return "reaction", f"{mid}:{action}:{stamp}", data["emoji"], data
    if "read" in event:
        mid = _str(_dict(event.get("read")).get("mid"))
        return "status", f"{mid}:read", "", {"message_id": mid, "status": "read"}
    if "postback" in event:
        postback = _dict(event.get("postback"))
        data = {"reply_id": _str(postback.get("payload"))}
        return "reply", _str(postback.get("mid")), _str(postback.get("title")), data
    if "referral" in event:
        referral = _dict(event.get("referral"))
        return "referral", f"referral:{stamp}", "", {"referral": referral}
    return None


def _event(account_id: str, event: dict[str, Any]) -> InboundItem | None:
    sender = _str(_dict(event.get("sender")).get("id"))
    recipient = _str(_dict(event.get("recipient")).get("id"))
    echo = bool(_dict(event.get("message")).get("is_echo")) or (sender == account_id != "")
    contact = recipient if echo else sender
    content = _content(event)
    if content is None:
        return None
    kind, external_id, text, data = content
    if not contact or not external_id or external_id.startswith(":"):
        return None
    if kind == "referral":
        external_id = f"{contact}:{external_id}"
    return InboundItem(
        account_id=account_id,
        external_id=external_id,
        contact_id=contact,
        kind=kind,
        from_business=echo,
        text=text,
        at=_timestamp(event.get("timestamp")),
        data=data,
    )


def parse(body: bytes) -> WebhookResult:
    """Normalise a (signature-checked) body; ``ValueError`` when it is not Meta's envelope."""
    result = WebhookResult()
    for entry in meta_entries(body, OBJECT):
        account_id = _str(entry.get("id"))
        result.ignored += len(_list(entry.get("changes")))
        events = [*_list(entry.get("messaging")), *_list(entry.get("standby"))]
        for event in map(_dict, events):
            item = _event(account_id, event) if account_id and account_id != "0" else None
            if item is None:
                result.ignored += 1
            else:
                result.items.append(item)
    return result
