"""Order confirmations: exactly one per order, once it is complete and the customer is quiet.

Inside the 24-hour window the shop's own text template (sandboxed Jinja2, in the customer's
language) is sent; outside it WhatsApp uses the shop's approved template with positional
parameters, and Instagram cannot send at all, so the order is flagged for the merchant.
The outbox row (unique on ``confirm:<order id>``) is claimed before sending, so a job run
twice sends once.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from jinja2.sandbox import SandboxedEnvironment

from core import tenancy
from core.money import money_str
from core.runtime_state import Services
from core.services.connections import connections
from core.services.language import detect
from core.tables import ChannelSetting, Conversation, Customer, Message, Order, OrderItem, Outbox
from core.types import OutboundMessage, SendResult

log = logging.getLogger("porosia.confirmations")
CONFIRM_JOB = "confirm_order"
WINDOW = timedelta(hours=24)
DEFAULT_REQUIRED = ("items", "phone", "address", "city")
DEFAULT_QUIET_S = 120
MAX_SEND_ATTEMPTS = 6
WINDOW_CLOSED_CODES = frozenset({131047})

DEFAULT_TEMPLATES = {
    "sq": (
        "Faleminderit{% if name %}, {{ name }}{% endif %}! E morëm porosinë tuaj:\n"
        "{% for i in items %}- {{ i.quantity }} × {{ i.name }}{% if i.variant %}"
        " ({{ i.variant }}){% endif %}{% if i.price %}: {{ i.price }} {{ currency }}{% endif %}\n"
        "{% endfor %}Totali: {{ total }} {{ currency }}\n"
        "Dërgesa: {{ address }}, {{ city }}. Tel: {{ phone }}\n"
        "Ju kontaktojmë së shpejti për dërgesën."
    ),
    "en": (
        "Thank you{% if name %}, {{ name }}{% endif %}! We have your order:\n"
        "{% for i in items %}- {{ i.quantity }} × {{ i.name }}{% if i.variant %}"
        " ({{ i.variant }}){% endif %}{% if i.price %}: {{ i.price }} {{ currency }}{% endif %}\n"
        "{% endfor %}Total: {{ total }} {{ currency }}\n"
        "Delivery: {{ address }}, {{ city }}. Phone: {{ phone }}\n"
        "We will be in touch about the delivery soon."
    ),
    "it": (
        "Grazie{% if name %}, {{ name }}{% endif %}! Abbiamo ricevuto il tuo ordine:\n"
        "{% for i in items %}- {{ i.quantity }} × {{ i.name }}{% if i.variant %}"
        " ({{ i.variant }}){% endif %}{% if i.price %}: {{ i.price }} {{ currency }}{% endif %}\n"
        "{% endfor %}Totale: {{ total }} {{ currency }}\n"
        "Consegna: {{ address }}, {{ city }}. Telefono: {{ phone }}\n"
        "Ti contatteremo presto per la consegna."
    ),
    "de": (
        "Danke{% if name %}, {{ name }}{% endif %}! Wir haben deine Bestellung:\n"
        "{% for i in items %}- {{ i.quantity }} × {{ i.name }}{% if i.variant %}"
        " ({{ i.variant }}){% endif %}{% if i.price %}: {{ i.price }} {{ currency }}{% endif %}\n"
        "{% endfor %}Summe: {{ total }} {{ currency }}\n"
        "Lieferung: {{ address }}, {{ city }}. Telefon: {{ phone }}\n"
        "Wir melden uns bald wegen der Lieferung."
    ),
}
_sandbox = SandboxedEnvironment(autoescape=False)


class NotYet(Exception):
    """The customer is still writing: try again after ``seconds``."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"customer still writing, retry in {seconds:.0f} s")
        self.seconds = seconds


def _now() -> datetime:
    return datetime.now(UTC)


def tenant_policy(tenant: dict[str, Any]) -> tuple[tuple[str, ...], int]:
    settings = tenant.get("settings") or {}
    required = tuple(settings.get("required_fields") or DEFAULT_REQUIRED)
    quiet = int(settings.get("confirm_quiet_seconds", DEFAULT_QUIET_S))
    return required, quiet


def missing_fields(
    order: dict[str, Any], items: list[dict[str, Any]], required: tuple[str, ...]
) -> list[str]:
    values = {
        "items": items,
        "name": order["customer_name"],
        "customer_name": order["customer_name"],
        "phone": order["phone"],
        "address": order["address"],
        "city": order["city"],
    }
    return [f for f in required if not values.get(f)]


def render_text(template: str, order: dict[str, Any], items: list[dict[str, Any]]) -> str:
    currency = order["currency"]
    context = {
        "name": order["customer_name"],
        "phone": order["phone"],
        "address": order["address"],
        "city": order["city"],
        "currency": currency,
        "total": money_str(Decimal(order["total"] or 0), currency),
        "items": [
            {
                "name": i["name"],
                "quantity": i["quantity"],
                "variant": i["variant"],
                "price": money_str(i["unit_price"], currency)
                if i["unit_price"] is not None
                else None,
            }
            for i in items
        ],
    }
    return _sandbox.from_string(template).render(context).strip()


async def _load(order_id: uuid.UUID) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    order = await tenancy.select(Order).where(Order.id == order_id).first()
    if order is None:
        return None
    items = (
        await tenancy.select(OrderItem)
        .where(OrderItem.order == order_id)
        .order_by(OrderItem.position)
    )
    return order, items


async def schedule(services: Services, order_id: uuid.UUID) -> bool:
    """Queue the confirmation of a complete order, after the shop's quiet time."""
    loaded = await _load(order_id)
    if loaded is None:
        return False
    order, items = loaded
    required, quiet = tenant_policy(await tenancy.current_tenant())
    if order["status"] != "new" or missing_fields(order, items, required):
        return False
    if await tenancy.exists(Outbox).where(Outbox.key == f"confirm:{order_id}"):
        return False
    await services.enqueue(
        CONFIRM_JOB,
        str(tenancy.current_tenant_id()),
        str(order_id),
        job_id=f"confirm:{order_id}",
        defer_s=quiet,
    )
    return True


async def _claim(order: dict[str, Any]) -> dict[str, Any] | None:
    """The order's outbox row, claimed for sending by this run (None: not ours to send)."""
    key = f"confirm:{order['id']}"
    await tenancy.insert(
        tenancy.new(
            Outbox,
            order=order["id"],
            conversation=order["conversation"],
            channel=order["channel"],
            key=key,
            kind="confirmation",
        )
    ).on_conflict(action="DO NOTHING")
    claimed = (
        await tenancy.update(
            Outbox, {Outbox.status: "sending", Outbox.attempts: Outbox.attempts + 1}
        )
        .where((Outbox.key == key) & (Outbox.status.is_in(["pending", "retry"])))
        .returning(Outbox.id, Outbox.attempts, Outbox.payload)
    )
    return claimed[0] if claimed else None


async def _finish(
    outbox_id: Any, status: str, result: SendResult | None = None, error: str | None = None
) -> None:
    values: dict[Any, Any] = {
        Outbox.status: status,
        Outbox.error: error or (result.error if result else None),
    }
    if result is not None and result.ok:
        values[Outbox.external_id] = result.external_id
        values[Outbox.sent_at] = _now()
    await tenancy.update(Outbox, values).where(Outbox.id == outbox_id)


async def _language(conversation_id: Any, default: str) -> str:
    rows = await tenancy.select(Message, Message.text).where(
        (Message.conversation == conversation_id) & (Message.author == "customer")
    )
    return detect([r["text"] for r in rows], default=default)


async def _message(
    order: dict[str, Any],
    items: list[dict[str, Any]],
    conversation: dict[str, Any],
    contact: str,
    settings: dict[str, Any],
    window_closed: bool,
) -> OutboundMessage | None:
    last = conversation["last_customer_message_at"]
    tenant = await tenancy.current_tenant()
    if not window_closed and last is not None and _now() - last < WINDOW:
        lang = await _language(
            conversation["id"], "sq" if tenant["country"] in {"AL", "XK", "MK"} else "en"
        )
        own = (tenant.get("settings") or {}).get("confirmation_templates") or {}
        template = own.get(lang) or DEFAULT_TEMPLATES[lang]
        return OutboundMessage(to=contact, text=render_text(template, order, items))
    if order["channel"] == "whatsapp" and settings.get("template_name"):
        summary = ", ".join(f"{i['quantity']} × {i['name']}" for i in items)
        total = money_str(Decimal(order["total"] or 0), order["currency"]) or "0"
        params = (
            order["customer_name"] or "",
            summary,
            f"{total} {order['currency']}",
            f"{order['address'] or ''}, {order['city'] or ''}",
        )
        return OutboundMessage(
            to=contact,
            template=settings["template_name"],
            template_language=settings.get("template_language") or "sq",
            template_params=params,
        )
    return None  # outside the window with no way to send: the merchant must write


async def confirm(services: Services, order_id: uuid.UUID) -> str:
    """Send the order's one confirmation. Returns what happened (for logs and tests)."""
    loaded = await _load(order_id)
    if loaded is None:
        return "gone"
    order, items = loaded
    required, quiet = tenant_policy(await tenancy.current_tenant())
    if order["status"] != "new" or missing_fields(order, items, required):
        return "not ready"
    conversation = (
        await tenancy.select(Conversation).where(Conversation.id == order["conversation"]).first()
    )
    if conversation is None:
        return "no conversation"
    if conversation["automation_paused"]:
        return "paused"  # a human is talking to this customer
    last = conversation["last_customer_message_at"]
    if last is not None and (_now() - last).total_seconds() < quiet:
        raise NotYet(quiet - (_now() - last).total_seconds())
    found = await connections(services, order["channel"])
    conn_row = (
        await tenancy.select(ChannelSetting)
        .where(ChannelSetting.plugin == order["channel"])
        .first()
    )
    if not found or conn_row is None or not conn_row["enabled"] or conn_row["broken"]:
        return "channel unavailable"
    claimed = await _claim(order)
    if claimed is None:
        return "already handled"
    customer = await tenancy.select(Customer).where(Customer.id == conversation["customer"]).first()
    if customer is None:
        await _finish(claimed["id"], "failed", error="the customer was erased")
        return "no customer"
    payload = claimed["payload"] if isinstance(claimed["payload"], dict) else {}
    message = await _message(
        order,
        items,
        conversation,
        customer["contact_id"],
        found[0].settings,
        bool(payload.get("window_closed")),
    )
    if message is None:
        await _finish(claimed["id"], "needs_merchant", error="outside the messaging window")
        return "needs merchant"
    result = await services.plugins.send_result(found[0], message) or SendResult(
        ok=False, error="no plugin sends on this channel"
    )
    return await _record(claimed, result, order, conversation, message)


async def _record(
    claimed: dict[str, Any],
    result: SendResult,
    order: dict[str, Any],
    conversation: dict[str, Any],
    message: OutboundMessage,
) -> str:
    channel = order["channel"]
    if result.ok:
        await _finish(claimed["id"], "sent", result)
        await tenancy.insert(
            tenancy.new(
                Message,
                conversation=conversation["id"],
                channel=channel,
                external_id=result.external_id or f"bot:{claimed['id']}",
                author="bot",
                kind="template" if message.template else "text",
                text=message.text or f"[template {message.template}]",
                at=_now(),
            )
        ).on_conflict(action="DO NOTHING")
        await tenancy.update(
            ChannelSetting, {ChannelSetting.last_send_at: _now(), ChannelSetting.last_error: None}
        ).where(ChannelSetting.plugin == channel)
        return "sent"
    await tenancy.update(ChannelSetting, {ChannelSetting.last_error: result.error}).where(
        ChannelSetting.plugin == channel
    )
    if result.error_code == 190:
        await tenancy.update(ChannelSetting, {ChannelSetting.broken: True}).where(
            ChannelSetting.plugin == channel
        )
        await _finish(claimed["id"], "failed", result)
        return "connection broken"
    if (result.retry or result.error_code in WINDOW_CLOSED_CODES) and (
        claimed["attempts"] < MAX_SEND_ATTEMPTS
    ):
        if result.error_code in WINDOW_CLOSED_CODES:  # Meta says the window is closed
            await tenancy.update(Outbox, {Outbox.payload: {"window_closed": True}}).where(
                Outbox.id == claimed["id"]
            )
        await _finish(claimed["id"], "retry", result)
        raise NotYet(min(2 ** claimed["attempts"], 300))
    await _finish(claimed["id"], "failed", result)
    return "failed"
