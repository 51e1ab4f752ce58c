"""What ``porosia simulate`` replays: conversations (a corpus file or a built-in demo set)
turned into timed, signed webhook bodies in Meta's shapes.

Customer lines become customer messages from one sender per conversation; merchant lines
become business echoes (WhatsApp ``smb_message_echoes``, Instagram ``is_echo``), as when the
owner answers from the phone app.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.simulate import payloads as meta

CHANNELS = ("whatsapp", "instagram")
# seconds between two messages of the replayed traffic (timestamps stay in the past)
STEP_SECONDS = 2
CATALOG_FIELDS = ("sku", "name", "aliases", "price", "variants")


class TrafficError(ValueError):
    """A conversations or catalogs file that cannot be replayed; the message says why."""


@dataclass(frozen=True)
class Conversation:
    id: str
    channel: str
    catalog: str | None
    lines: tuple[tuple[bool, str], ...]  # (from_merchant, text), oldest first
    is_order: bool | None = None  # the corpus label, when the file has one


@dataclass(frozen=True)
class Message:
    conversation: str
    channel: str
    sender: str  # the customer: WhatsApp number or Instagram-scoped id
    from_merchant: bool
    text: str
    at: float


@dataclass(frozen=True)
class Connection:
    channel: str
    routing_id: str
    app_secret: str
    path: str  # the tenant's webhook path for this channel


# --- reading ---------------------------------------------------------------------------


def parse_conversation(raw: Any, where: str) -> Conversation:
    if not isinstance(raw, dict):
        raise TrafficError(f"{where}: expected a JSON object")
    channel = raw.get("channel") or "whatsapp"
    if channel not in CHANNELS:
        raise TrafficError(f"{where}: channel must be whatsapp or instagram (got {channel!r})")
    lines = []
    for n, m in enumerate(raw.get("messages") or ()):
        text = m.get("text") if isinstance(m, dict) else None
        who = m.get("from") if isinstance(m, dict) else None
        if not isinstance(text, str) or who not in ("customer", "merchant"):
            raise TrafficError(f"{where}: message {n} needs 'from' (customer|merchant) and 'text'")
        if text.strip():
            lines.append((who == "merchant", text))
    if not lines:
        raise TrafficError(f"{where}: a conversation without messages")
    catalog = raw.get("catalog")
    expected = raw.get("expected")
    label = expected.get("is_order") if isinstance(expected, dict) else None
    return Conversation(
        str(raw.get("id") or where),
        channel,
        catalog if isinstance(catalog, str) else None,
        tuple(lines),
        label if isinstance(label, bool) else None,
    )


def read_conversations(path: Path) -> list[Conversation]:
    """Conversations from a JSON-lines file in the corpus format (shared/eval/FORMAT.md)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TrafficError(f"{path}: cannot read ({exc})") from exc
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TrafficError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        found.append(parse_conversation(raw, f"{path}:{number}"))
    if not found:
        raise TrafficError(f"{path}: no conversations")
    return found


def read_catalogs(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TrafficError(f"{path}: cannot read a catalogs JSON object ({exc})") from exc
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise TrafficError(f"{path}: expected an object of catalogs keyed by catalog id")
    return data


def catalog_body(catalog: dict[str, Any]) -> dict[str, Any]:
    """A corpus catalog as the body of ``PUT /api/v1/catalog`` (fields the API knows)."""
    products = [
        {k: p[k] for k in CATALOG_FIELDS if k in p}
        for p in catalog.get("products") or ()
        if isinstance(p, dict)
    ]
    return {"currency": catalog.get("currency") or "ALL", "products": products}


def choose_catalog(
    conversations: list[Conversation], catalogs: dict[str, dict[str, Any]], wanted: str | None
) -> str:
    """The catalog id to use: the one asked for, else the one most conversations refer to."""
    if wanted is not None:
        if wanted not in catalogs:
            raise TrafficError(f"--catalog-id {wanted!r}: not in the catalogs file")
        return wanted
    counts: dict[str, int] = {}
    for c in conversations:
        if c.catalog in catalogs:
            counts[c.catalog] = counts.get(c.catalog, 0) + 1
    if not counts:
        raise TrafficError("no conversation refers to a catalog of the catalogs file")
    return max(counts, key=lambda k: counts[k])


# --- timing and payloads ----------------------------------------------------------------


def _sender(channel: str) -> str:
    if channel == "whatsapp":  # an Albanian mobile number, as WhatsApp ids are
        return "35569" + str(secrets.randbelow(10**7)).zfill(7)
    return "17" + str(secrets.randbelow(10**14)).zfill(14)


def messages(conversations: list[Conversation], channel: str | None = None) -> list[Message]:
    """Every line as a message, in order, with increasing timestamps ending about now."""
    total = sum(len(c.lines) for c in conversations)
    at = time.time() - STEP_SECONDS * (total + 1)
    out = []
    for c in conversations:
        ch = channel or c.channel
        sender = _sender(ch)
        for from_merchant, text in c.lines:
            at += STEP_SECONDS
            out.append(Message(c.id, ch, sender, from_merchant, text, at))
    return out


def _wa_change(conn: Connection, m: Message) -> dict[str, Any]:
    if m.from_merchant:
        return meta.wa_echo_change(conn.routing_id, [meta.wa_echo(m.text, m.sender, at=m.at)])
    item = meta.wa_text(m.text, m.sender, at=m.at)
    return meta.wa_change(conn.routing_id, [item], name="", sender=m.sender)


def _ig_event(conn: Connection, m: Message) -> dict[str, Any]:
    if m.from_merchant:
        return meta.ig_echo(conn.routing_id, m.text, m.sender, at=m.at)
    return meta.ig_message(conn.routing_id, m.text, m.sender, at=m.at)


def payload(conn: Connection, group: list[Message]) -> dict[str, Any]:
    """One delivery for ``group`` (messages of one channel): one entry per message."""
    if conn.channel == "whatsapp":
        return meta.wa_batch(*(_wa_change(conn, m) for m in group))
    return meta.ig_batch(conn.routing_id, *(_ig_event(conn, m) for m in group), at=group[-1].at)


def groups(stream: list[Message], size: int) -> Iterator[list[Message]]:
    """Consecutive messages of one channel, at most ``size`` per delivery, order kept."""
    group: list[Message] = []
    for m in stream:
        if group and (len(group) >= size or group[-1].channel != m.channel):
            yield group
            group = []
        group.append(m)
    if group:
        yield group
