"""One order: its items, customer, where each field came from, the messages sent to the
customer about it, the status changes the merchant may make, and erasing the customer's
data on their request (a confirmation page first, like Settings → Delete account).
Correcting the order's fields and items is :mod:`web.dashboard.order_edit`."""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from litestar import Request, get, post

from core import tenancy
from core.errors import Conflict, Invalid, NotFound
from core.services import confirmations, customers, orders
from core.tables import Conversation
from web.dashboard import badges
from web.dashboard.orders import _when, _zone, amount
from web.dashboard.render import form_values, go, is_htmx, render, signed_in
from web.dashboard.render import translator as translator_of
from web.deps import services

CUSTOMER_FIELDS = ("customer_name", "phone", "address", "city")
SOURCES = ("parser", "merchant", "channel")


def allowed_next(status: str) -> list[str]:
    """The statuses the order may take next (the service's rules, for the buttons)."""
    if status in orders.FINAL:
        return []
    nxt = orders.NEXT.get(status)
    return [*([nxt] if nxt else []), "cancelled"]


def _source(entry: Any) -> dict[str, Any] | None:
    """``{"source", "evidence"}`` of one field, or None when it is not recorded."""
    if not isinstance(entry, dict) or entry.get("source") not in SOURCES:
        return None
    evidence = entry.get("evidence")
    text = evidence.get("text") if isinstance(evidence, dict) else None
    return {"source": entry["source"], "evidence": text or None}


def item_evidence(entry: Any, count: int) -> list[str | None]:
    """The customer's words for each item, by position (parser items only)."""
    found: list[str | None] = [None] * count
    if not isinstance(entry, dict) or entry.get("source") != "parser":
        return found
    for position, ev in enumerate((entry.get("evidence") or [])[:count]):
        if isinstance(ev, dict) and ev.get("text"):
            found[position] = str(ev["text"])
    return found


async def detail_context(request: Request[Any, Any, Any], order_id: str) -> dict[str, Any]:
    order = await orders.get_order(order_id)  # NotFound for other tenants' and malformed ids
    lang = translator_of(request).lang
    tenant = await tenancy.current_tenant()  # its time zone, and whether it holds unsure orders
    zone = _zone(tenant["time_zone"])
    sources = order["sources"]
    items = order["items"]
    words = item_evidence(sources.get("items"), len(items))
    messages = [
        {**m, "when": _when(m["sent_at"], zone) if m.get("sent_at") else None}
        for m in await orders.order_messages(order["id"])
    ]
    confirmed = any(m["kind"] == "confirm" for m in messages)
    conversation = (
        order["conversation_id"]
        and await tenancy.select(Conversation, Conversation.automation_paused)
        .where(Conversation.id == order["conversation_id"])
        .first()
    )
    # someone at the shop wrote in the chat: no automatic message goes to this customer
    paused = bool(conversation and conversation["automation_paused"]) and not confirmed
    holds = confirmations.holds_unsure(tenant)
    return {
        "order": order,
        "when": _when(order["created_at"], zone),
        "items": [
            {**item, "price_text": amount(item["unit_price"], lang), "evidence": words[i]}
            for i, item in enumerate(items)
        ],
        "total_text": amount(order["total"], lang),
        "doubts": order["doubts"],
        # the customer has not been told yet because of them (doubts stand on new orders only)
        "held": bool(order["doubts"]) and holds and not (confirmed or paused),
        "sources": {f: _source(sources.get(f)) for f in (*CUSTOMER_FIELDS, "items")},
        "customer_fields": CUSTOMER_FIELDS,
        "next_statuses": allowed_next(order["status"]),
        "editable": order["status"] not in orders.FINAL,
        "messages": messages,
        "paused": paused,
    }


def not_found(request: Request[Any, Any, Any]) -> Any:
    return render(request, "orders/not_found.html", status_code=404)


@get("/orders/{order_id:str}", guards=[signed_in], include_in_schema=False)
async def order_page(request: Request[Any, Any, Any], order_id: str) -> Any:
    try:
        context = await detail_context(request, order_id)
    except NotFound:
        return not_found(request)
    restoring = request.headers.get("hx-history-restore-request") == "true"
    if is_htmx(request) and not restoring:  # the edit form's Cancel: the details come back
        return render(request, "orders/_details.html", **context)
    notice = request.query_params.get("notice")
    return render(
        request,
        "orders/detail.html",
        notice=notice == "status",
        erased=notice == "erased",
        edited=notice == "edited",
        approved=notice == "approved",
        resumed=notice == "resumed",
        **context,
    )


@post("/orders/{order_id:str}/status", guards=[signed_in], include_in_schema=False)
async def change_status(request: Request[Any, Any, Any], order_id: str) -> Any:
    wanted = (await form_values(request)).get("status", "")
    error: dict[str, str] | None = None
    status_code = 200
    try:
        await orders.update_order(order_id, {"status": wanted}, services(request).plugins)
    except NotFound:
        return not_found(request)
    except (Conflict, Invalid) as exc:
        # A refused change (a stale page, a hand-made request) stays on the page with a reason.
        status_code = exc.status_code
        error = {"wanted": wanted, "detail": str(exc)}
    if error is None and not is_htmx(request):
        return go(request, f"/orders/{order_id}?notice=status")
    try:
        context = await detail_context(request, order_id)
    except NotFound:
        return not_found(request)
    # htmx swaps only 2xx answers: a refused change still shows its message in the card.
    block, status_code = ("status", 200) if is_htmx(request) else (None, status_code)
    if block is not None:  # a new order that leaves "new" leaves the orders to check
        await badges.count_checks(request)
    return render(
        request,
        "orders/detail.html",
        block=block,
        status_code=status_code,
        error=error,
        notice=error is None,
        oob_badge=block is not None,
        **context,
    )


@post("/orders/{order_id:str}/approve", guards=[signed_in], include_in_schema=False)
async def approve(request: Request[Any, Any, Any], order_id: str) -> Any:
    """The merchant's "the items are right": the parser's doubts no longer hold the order."""
    try:
        order = await orders.approve_items(order_id)
    except NotFound:
        return not_found(request)
    except Conflict:  # no longer new (another tab): the page shows where it stands
        return go(request, f"/orders/{order_id}")
    await confirmations.release(services(request), orders.parse_order_id(order["id"]))
    return go(request, f"/orders/{order['id']}?notice=approved")


@post("/orders/{order_id:str}/resume", guards=[signed_in], include_in_schema=False)
async def resume(request: Request[Any, Any, Any], order_id: str) -> Any:
    """ "Resume automatic messages" in a chat that a reply from the shop had paused."""
    try:
        order = await orders.resume_automation(order_id)
    except NotFound:
        return not_found(request)
    except Conflict:  # typed in by hand: nothing to resume
        return go(request, f"/orders/{order_id}")
    await confirmations.schedule(services(request), orders.parse_order_id(order["id"]))
    return go(request, f"/orders/{order['id']}?notice=resumed")


def _erase_page(
    request: Request[Any, Any, Any], order: dict[str, Any], *, status_code: int = 200
) -> Any:
    error = "erase.unconfirmed" if status_code == 400 else None
    return render(request, "orders/erase.html", status_code=status_code, order=order, error=error)


async def _erasable(request: Request[Any, Any, Any], order_id: str) -> tuple[Any, Any]:
    """``(order, None)`` when the order has a customer to erase, else ``(None, answer)``: 404
    for another shop's or a malformed id, back to the order when nobody is linked (already
    erased, or typed in by hand)."""
    try:
        order = await orders.get_order(order_id)
    except NotFound:
        return None, not_found(request)
    if order["customer"]["id"] is None:
        return None, go(request, f"/orders/{order['id']}")
    return order, None


@get("/orders/{order_id:str}/erase", guards=[signed_in], include_in_schema=False)
async def erase_page(request: Request[Any, Any, Any], order_id: str) -> Any:
    order, answer = await _erasable(request, order_id)
    return answer if order is None else _erase_page(request, order)


@post("/orders/{order_id:str}/erase", guards=[signed_in], include_in_schema=False)
async def erase_customer(request: Request[Any, Any, Any], order_id: str) -> Any:
    order, answer = await _erasable(request, order_id)
    if order is None:
        return answer
    if (await form_values(request)).get("confirm") != "yes":
        return _erase_page(request, order, status_code=400)
    with suppress(NotFound):  # erased meanwhile (a second tab): the order already shows it
        await customers.erase_customer(order["customer"]["id"])
    return go(request, f"/orders/{order['id']}?notice=erased")


routes = [order_page, change_status, approve, resume, erase_page, erase_customer]
