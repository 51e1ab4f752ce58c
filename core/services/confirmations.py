"""What the shop writes to a customer about an order: one confirmation once the order is
complete and the customer quiet, and, where the shop wants it (on by default), one polite
follow-up asking only for what is missing. Sending itself is :mod:`core.services.outbound`.

Inside the 24-hour window the shop's own text template (sandboxed Jinja2, in the customer's
language) is sent; outside it WhatsApp uses the shop's approved template with positional
parameters, and Instagram cannot send at all, so the order is flagged for the merchant.
"""

from __future__ import annotations

import logging
import uuid
from decimal import Decimal
from typing import Any

from jinja2.sandbox import SandboxedEnvironment

from core import tenancy
from core.money import money_str
from core.runtime_state import Services
from core.services import review
from core.services.catalog import products_by_sku
from core.services.outbound import NotYet, Send, deliver, load, prepare
from core.tables import Outbox
from core.types import Catalog, OutboundMessage

log = logging.getLogger("porosia.confirmations")
CONFIRM_JOB = "confirm_order"
FOLLOW_UP_JOB = "follow_up_order"
DEFAULT_REQUIRED = ("items", "phone", "address", "city")
DEFAULT_QUIET_S = 120

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

FIELD_WORDS = {
    "sq": {
        "customer_name": "emrin dhe mbiemrin",
        "phone": "numrin e telefonit",
        "address": "adresën",
        "city": "qytetin",
        "variant": "masën, ngjyrën ose llojin",
    },
    "en": {
        "customer_name": "your full name",
        "phone": "a phone number",
        "address": "the delivery address",
        "city": "the city",
        "variant": "the size, colour or type",
    },
    "it": {
        "customer_name": "nome e cognome",
        "phone": "un numero di telefono",
        "address": "l'indirizzo di consegna",
        "city": "la città",
        "variant": "la taglia, il colore o il tipo",
    },
    "de": {
        "customer_name": "deinen vollen Namen",
        "phone": "eine Telefonnummer",
        "address": "die Lieferadresse",
        "city": "die Stadt",
        "variant": "die Größe, Farbe oder Sorte",
    },
}
AND = {"sq": "dhe", "en": "and", "it": "e", "de": "und"}
FOLLOW_UP = {
    "sq": "Faleminderit për porosinë! Që ta dërgojmë, ju lutem na shkruani {fields}.",
    "en": "Thank you for your order! So we can send it, please write us {fields}.",
    "it": "Grazie per l'ordine! Per spedirlo, scrivici per favore {fields}.",
    "de": "Danke für deine Bestellung! Damit wir sie schicken können, schreib uns bitte {fields}.",
}
_sandbox = SandboxedEnvironment(autoescape=False)


def tenant_policy(tenant: dict[str, Any]) -> tuple[tuple[str, ...], int, bool]:
    """The fields a confirmation needs, the quiet time, and whether to follow up."""
    settings = tenant.get("settings") or {}
    required = tuple(settings.get("required_fields") or DEFAULT_REQUIRED)
    quiet = int(settings.get("confirm_quiet_seconds", DEFAULT_QUIET_S))
    return required, quiet, bool(settings.get("follow_up", True))


def holds_unsure(tenant: dict[str, Any]) -> bool:
    """Whether the shop holds a confirmation while the parser doubts the items (the default):
    see :mod:`core.services.review`."""
    return bool((tenant.get("settings") or {}).get("hold_unsure", True))


def held(tenant: dict[str, Any], order: dict[str, Any], items: list[dict[str, Any]]) -> bool:
    return holds_unsure(tenant) and bool(review.doubts(order, items))


async def missing(
    order: dict[str, Any],
    items: list[dict[str, Any]],
    required: tuple[str, ...],
    catalog: Catalog | None = None,
) -> list[str]:
    """What the order still lacks: required fields, and a variant where the product has some
    (looked up in ``catalog`` when the caller has it loaded already)."""
    values = {
        "items": items,
        "customer_name": order["customer_name"],
        "phone": order["phone"],
        "address": order["address"],
        "city": order["city"],
    }
    gaps = [f for f in required if not values.get(f)]
    open_skus = {i["sku"] for i in items if i["sku"] and not i["variant"]}
    if open_skus:
        if catalog is not None:
            with_variants = any(p.variants for p in catalog.products if p.sku in open_skus)
        else:
            with_variants = any(p["variants"] for p in (await products_by_sku(open_skus)).values())
        if with_variants:
            gaps.append("variant")
    return gaps


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
                "price": None if i["unit_price"] is None else money_str(i["unit_price"], currency),
            }
            for i in items
        ],
    }
    return _sandbox.from_string(template).render(context).strip()


def follow_up_text(lang: str, gaps: list[str]) -> str:
    words = [FIELD_WORDS[lang][g] for g in gaps if g in FIELD_WORDS[lang]]
    listed = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {AND[lang]} {words[-1]}"
    return FOLLOW_UP[lang].format(fields=listed)


async def schedule(
    services: Services,
    order_id: uuid.UUID,
    tenant: dict[str, Any] | None = None,
    catalog: Catalog | None = None,
    new: bool = False,
    loaded: tuple[dict[str, Any], list[dict[str, Any]]] | None = None,
) -> str | None:
    """Queue what the order calls for after the shop's quiet time: its confirmation when it
    is complete, else (once) a follow-up asking for what is missing. Returns the job queued.
    ``tenant``, ``catalog`` and the order's ``loaded`` fields and items save the look-ups
    when the caller has them; a ``new`` order (just created) has sent nothing yet."""
    loaded = loaded or await load(order_id)
    if loaded is None or loaded[0]["status"] != "new":
        return None
    order, items = loaded
    tenant = tenant or await tenancy.current_tenant()
    required, quiet, follow_up = tenant_policy(tenant)
    gaps = await missing(order, items, required, catalog)
    job, kind = (CONFIRM_JOB, "confirm") if not gaps else (FOLLOW_UP_JOB, "followup")
    if gaps and (not follow_up or not items):
        return None
    if not gaps and held(tenant, order, items):
        return None  # the merchant checks the items first; release() queues it after
    if not new and await tenancy.exists(Outbox).where(Outbox.key == f"{kind}:{order_id}"):
        return None
    await services.enqueue(
        job,
        str(tenancy.current_tenant_id()),
        str(order_id),
        job_id=f"{kind}:{order_id}",
        defer_s=quiet,
    )
    return job


async def release(services: Services, order_id: uuid.UUID) -> bool:
    """After the merchant corrected or approved an order: queue its confirmation now when the
    order is new, complete, not held for review and not confirmed yet (the job checks all of
    it again when it runs, and waits for the customer's quiet time). True when queued."""
    loaded = await load(order_id)
    if loaded is None or loaded[0]["status"] != "new":
        return False
    order, items = loaded
    tenant = await tenancy.current_tenant()
    required, _, _ = tenant_policy(tenant)
    if await missing(order, items, required) or held(tenant, order, items):
        return False
    if await tenancy.exists(Outbox).where(Outbox.key == f"confirm:{order_id}"):
        return False
    return await services.enqueue(
        CONFIRM_JOB, str(tenancy.current_tenant_id()), str(order_id), job_id=f"confirm:{order_id}"
    )


def _confirmation(send: Send, tenant: dict[str, Any]) -> OutboundMessage | None:
    order, items = send.order, send.items
    if send.window_open:
        own = (tenant.get("settings") or {}).get("confirmation_templates") or {}
        template = own.get(send.language) or DEFAULT_TEMPLATES[send.language]
        return OutboundMessage(to=send.contact, text=render_text(template, order, items))
    settings = send.connection.settings
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
            to=send.contact,
            template=settings["template_name"],
            template_language=settings.get("template_language") or "sq",
            template_params=params,
        )
    return None  # outside the window with no way to send: the merchant must write


async def confirm(services: Services, order_id: uuid.UUID) -> str:
    """Send the order's one confirmation. Returns what happened (for logs and tests)."""
    tenant = await tenancy.current_tenant()
    required, quiet, _ = tenant_policy(tenant)

    async def incomplete(order: dict[str, Any], items: list[dict[str, Any]]) -> str | None:
        if await missing(order, items, required):
            return "not ready"
        return "held for review" if held(tenant, order, items) else None

    send = await prepare(services, order_id, "confirm", tenant, quiet, incomplete)
    if isinstance(send, str):
        return send
    return await deliver(services, send, _confirmation(send, tenant))


async def follow_up(services: Services, order_id: uuid.UUID) -> str:
    """Ask once, politely, for what the order still lacks (inside the window only)."""
    tenant = await tenancy.current_tenant()
    required, quiet, wanted = tenant_policy(tenant)
    gaps: list[str] = []

    async def nothing_to_ask(order: dict[str, Any], items: list[dict[str, Any]]) -> str | None:
        gaps.extend(await missing(order, items, required))
        if not wanted:
            return "follow-ups are off"
        return None if gaps and items else "nothing to ask"

    send = await prepare(services, order_id, "followup", tenant, quiet, nothing_to_ask)
    if isinstance(send, str):
        return send
    message = (
        OutboundMessage(to=send.contact, text=follow_up_text(send.language, gaps))
        if send.window_open
        else None
    )
    return await deliver(services, send, message, unsendable="skipped")


__all__ = ["NotYet", "confirm", "follow_up", "schedule"]
