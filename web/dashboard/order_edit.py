"""Correcting an order on its page: customer fields and items, while the order can change.

The form is a view of the API's ``PATCH`` body: saving hands :func:`orders.update_order` the
fields the merchant changed (compared with what the form showed), so the service checks
them, marks them merchant-set and learns the customer's words, exactly as for the API. The
form only maps inputs to that body and the service's refusals back to the inputs.

Adding or removing an item, or choosing another product (which changes the variants to pick
from), re-renders the form from what was typed, so nothing typed is lost on the way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Any

from litestar import Request, get, post

from core.errors import Conflict, Invalid, NotFound
from core.money import money_str
from core.services import catalog, confirmations, orders
from core.services.order_input import CUSTOMER_FIELDS
from web.dashboard.order_detail import CUSTOMER_FIELDS as FORM_FIELDS
from web.dashboard.order_detail import detail_context, item_evidence, not_found
from web.dashboard.orders import amount
from web.dashboard.render import form_values, go, is_htmx, render, signed_in, translator
from web.deps import services

# the form's customer inputs (Order.sources names) -> the PATCH body's customer keys
BODY_KEY = {target: key for key, (target, _, _) in CUSTOMER_FIELDS.items()}
ROW_FIELDS = ("origin", "product", "name", "quantity", "variant", "unit_price")
ROW_KEY = re.compile(r"item-(\d+)-product")
ERROR_AT = re.compile(r"(?:customer\.(\w+)|items\[(\d+)\]\.(\w+))\s*:")
ITEM_ERRORS = frozenset({"product", "name", "quantity", "variant", "unit_price"})


@dataclass(frozen=True)
class Row:
    """One item as the form holds it (strings as typed)."""

    origin: int | None  # its position in the order when the form was opened (None: added)
    product: str  # a catalog SKU, or "" for a free item
    name: str = ""
    quantity: str = "1"
    variant: str = ""
    unit_price: str = ""


@dataclass
class EditForm:
    customer: dict[str, str]  # by Order.sources name
    rows: list[Row]
    shown: str  # the PATCH-shaped JSON of the order as the form first showed it


# --- the form and the PATCH body ---------------------------------------------------------


def spaced(text: str) -> str:
    """Text as the service stores it (single spaces), so that a line break the browser
    turned into CR LF, or dropped, does not count as a change."""
    return " ".join(text.split())


def item_body(row: Row) -> dict[str, Any]:
    """A row as an item of the PATCH body (the service checks every value)."""
    variant = spaced(row.variant) or None
    body: dict[str, Any] = {"quantity": _quantity(row.quantity), "variant": variant}
    if row.product:
        body["product"] = row.product
    else:
        body["name"] = spaced(row.name)
        body["unit_price"] = row.unit_price.strip() or None
    return body


def _quantity(text: str) -> object:
    """A whole number as a number; anything else as typed, for the service to refuse."""
    text = text.strip()
    return int(text) if re.fullmatch(r"[+-]?\d{1,9}", text) else text


def form_of(order: dict[str, Any]) -> EditForm:
    """The form's values for an order as it is."""
    customer = order["customer"]
    values = {f: customer["name" if f == "customer_name" else f] or "" for f in FORM_FIELDS}
    rows = [
        Row(
            origin=position,
            product=item["product"] or "",
            name=item["name"],
            quantity=str(item["quantity"]),
            variant=item["variant"] or "",
            unit_price=item["unit_price"] or "",
        )
        for position, item in enumerate(order["items"])
    ]
    shown = {"customer": values, "items": [item_body(row) for row in rows]}
    return EditForm(values, rows, json.dumps(shown, ensure_ascii=False))


def _origin(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def form_from(values: dict[str, str]) -> EditForm:
    """The form as submitted (rows in the order they were on the page)."""
    customer = {f: values.get(f, "") for f in FORM_FIELDS}
    indexes = sorted(int(m.group(1)) for key in values if (m := ROW_KEY.fullmatch(key)))
    rows = [
        Row(
            origin=_origin(values.get(f"item-{i}-origin")),
            **{f: values.get(f"item-{i}-{f}", "") for f in ROW_FIELDS if f != "origin"},
        )
        for i in indexes
    ]
    return EditForm(customer, rows, values.get("shown", ""))


def _shown(form: EditForm) -> dict[str, Any]:
    try:
        shown = json.loads(form.shown)
    except ValueError:
        return {}
    return shown if isinstance(shown, dict) else {}


def patch_of(form: EditForm) -> dict[str, Any]:
    """The fields the merchant changed, as a PATCH body: a field left as it was shown stays
    as it is (and keeps its source), even if the conversation filled it meanwhile."""
    shown = _shown(form)
    was = shown.get("customer")
    was = was if isinstance(was, dict) else {}
    patch: dict[str, Any] = {}
    customer = {
        BODY_KEY[f]: spaced(value) or None
        for f, value in form.customer.items()
        if spaced(value) != spaced(str(was.get(f) or ""))
    }
    if customer:
        patch["customer"] = customer
    items = [item_body(row) for row in form.rows]
    if items != shown.get("items"):
        patch["items"] = items
    return patch


def with_product(row: Row, products: dict[str, dict[str, Any]]) -> Row:
    """A row after its product was chosen: the catalog's name and price, and the variant
    kept when the new product has it too (any spelling), else cleared."""
    product = products.get(row.product)
    if product is None:
        return row
    variants = list(product["variants"] or [])
    variant = next((v for v in variants if v.casefold() == row.variant.casefold()), "")
    return replace(row, name=product["name"], unit_price=product["price"] or "", variant=variant)


def changed(form: EditForm, action: str, products: dict[str, dict[str, Any]]) -> EditForm:
    """The form after ``add``, ``remove-<row>`` or ``product-<row>`` (a product was chosen
    for that row; the other rows stay exactly as typed)."""
    kind, _, index = action.partition("-")
    at = int(index) if index.isdigit() else None
    rows = list(form.rows)
    if kind == "add":
        rows.append(Row(origin=None, product=""))
    elif kind == "remove" and at is not None:
        rows = [row for i, row in enumerate(rows) if i != at]
    elif kind == "product" and at is not None and at < len(rows):
        rows[at] = with_product(rows[at], products)
    return EditForm(form.customer, rows, form.shown)


def error_of(exc: Invalid) -> dict[str, Any]:
    """Where the service's refusal belongs: ``{"field": customer field}`` or ``{"row": i,
    "field": item field}``, with its English ``detail``; unplaced refusals have neither."""
    text = str(exc)
    found = ERROR_AT.match(text)
    detail = text.partition(":")[2].strip() or text
    if found is None:
        return {"detail": text}
    if found.group(1):
        target = CUSTOMER_FIELDS.get(found.group(1))
        return {"field": target[0] if target else None, "detail": detail}
    field = found.group(3) if found.group(3) in ITEM_ERRORS else None
    return {"row": int(found.group(2)), "field": field, "detail": detail}


# --- rendering ---------------------------------------------------------------------------


def _product_choices(rows: list[dict[str, Any]], lang: str) -> dict[str, dict[str, Any]]:
    choices = {}
    for row in rows:
        price = money_str(row["price"], row["currency"])
        choices[row["sku"]] = {
            "sku": row["sku"],
            "name": row["name"],
            "variants": list(row["variants"] or []),
            "price": price,
            "price_text": amount(price, lang),
        }
    return choices


async def _products(request: Request[Any, Any, Any]) -> dict[str, dict[str, Any]]:
    """The shop's catalog, for the product and variant choices."""
    return _product_choices(await catalog.product_rows(), translator(request).lang)


def _form_context(
    order: dict[str, Any],
    form: EditForm,
    products: dict[str, dict[str, Any]],
    error: dict[str, Any] | None = None,
) -> dict[str, Any]:
    words = item_evidence(order["sources"].get("items"), len(order["items"]))
    evidence = [
        words[row.origin] if row.origin is not None and row.origin < len(words) else None
        for row in form.rows
    ]
    return {
        "form": form,
        "products": products,
        "evidence": evidence,
        "edit_error": error,
    }


async def _page(
    request: Request[Any, Any, Any],
    order_id: str,
    form: EditForm | None = None,
    *,
    action: str | None = None,
    error: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Any:
    """The edit form (``form`` as typed, after ``action``; else the order as it is): the card
    alone for htmx (always a 200, so htmx swaps it in, refusals too), else the whole order
    page with the form in place of the order's details."""
    context = await detail_context(request, order_id)  # NotFound for other tenants' ids
    order = context["order"]
    if form is None and not context["editable"]:  # closed: nothing to correct
        return go(request, f"/orders/{order['id']}")
    products = await _products(request)
    form = form or form_of(order)
    if action is not None:
        form = changed(form, action, products)
    values = _form_context(order, form, products, error)
    if is_htmx(request):
        return render(request, "orders/_edit.html", **context, **values)
    return render(
        request, "orders/detail.html", status_code=status_code, editing=True, **context, **values
    )


@get("/orders/{order_id:str}/edit", guards=[signed_in], include_in_schema=False)
async def edit_form(request: Request[Any, Any, Any], order_id: str) -> Any:
    try:
        return await _page(request, order_id)
    except NotFound:
        return not_found(request)


@post("/orders/{order_id:str}/edit", guards=[signed_in], include_in_schema=False)
async def save_edit(request: Request[Any, Any, Any], order_id: str) -> Any:
    """Save (``action=save``, the default), or re-render the form after ``add``,
    ``remove-<row>`` or ``product-<row>`` (a product was chosen), keeping what was typed."""
    values = await form_values(request)
    form = form_from(values)
    action = values.get("action") or "save"
    try:
        if action != "save":
            return await _page(request, order_id, form, action=action)
        try:
            await orders.update_order(
                order_id,
                patch_of(form),
                services(request).plugins,
                origins=[row.origin for row in form.rows],
            )
        except Invalid as exc:
            error, status_code = error_of(exc), exc.status_code
        except Conflict as exc:  # closed meanwhile (another tab, the API)
            error, status_code = {"closed": True, "detail": str(exc)}, exc.status_code
        else:
            await confirmations.release(services(request), orders.parse_order_id(order_id))
            return go(request, f"/orders/{order_id}?notice=edited")
        return await _page(request, order_id, form, error=error, status_code=status_code)
    except NotFound:
        return not_found(request)


routes = [edit_form, save_edit]
