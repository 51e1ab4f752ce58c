"""The body of an order edit or a manual order, checked against the tenant's catalog.

Shape (every key optional)::

    {"status": "confirmed",
     "customer": {"name": str|null, "phone": str|null, "address": str|null, "city": str|null},
     "items": [{"product": "SKU"} | {"name": "free item", "unit_price": "12.50"},
               + "quantity" (1..10000, default 1), "variant", "text"]}

``product`` items take their name and unit price from the catalog (a ``name`` beside it is
ignored, a ``unit_price`` refused); ``variant`` must be one of the product's variants (matched
without regard to case) or null. ``text`` is the customer's words for the item: it is learned
as an alias of the product. Without ``text``, an edit that keeps as many items as the parser
read and puts another product at a position teaches that product the words the parser read
there; an edit that adds or removes items teaches only through ``text``. Phones are
normalised to E.164 with the shop's country.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from core import tenancy
from core.errors import Invalid
from core.money import quantize
from core.services.accounts import normalise_phone
from core.services.catalog import MAX_NAME, clean_price, clean_text, products_by_sku
from core.tables import Order

STATUSES = ("new", "confirmed", "shipped", "delivered", "cancelled")
BODY_KEYS = frozenset({"status", "items", "customer"})
ITEM_KEYS = frozenset({"product", "name", "quantity", "variant", "unit_price", "text"})
MAX_ITEMS = 200
MAX_QUANTITY = 10_000
MAX_VARIANT = 120
MAX_TEXT = 1000
# API name -> (Order.sources / parser field name, column, max length)
CUSTOMER_FIELDS: dict[str, tuple[str, Any, int]] = {
    "name": ("customer_name", Order.customer_name, 200),
    "phone": ("phone", Order.phone, 64),
    "address": ("address", Order.address, 1000),
    "city": ("city", Order.city, 120),
}
CUSTOMER_COLUMNS: dict[str, Any] = {field: col for field, col, _ in CUSTOMER_FIELDS.values()}


@dataclass
class ItemInput:
    field: str  # "items[3]", for error messages
    sku: str | None
    name: str | None
    quantity: int
    variant: str | None
    unit_price: object
    text: str | None
    product: dict[str, Any] | None = None  # the catalog row, once looked up


@dataclass
class OrderInput:
    status: str | None
    items: list[ItemInput] | None  # None: leave the items alone
    customer: dict[str, str | None]  # by source field name (customer_name, phone, ...)


@dataclass(frozen=True)
class ResolvedItem:
    product_id: Any
    sku: str | None
    name: str
    quantity: int
    variant: str | None
    unit_price: Decimal | None


def parse_status(value: object) -> str | None:
    if value is None:
        return None
    if value not in STATUSES:
        raise Invalid(f"status: one of {', '.join(STATUSES)}")
    return str(value)


def parse_quantity(value: object, field: str) -> int:
    if value is None:
        return 1
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_QUANTITY:
        raise Invalid(f"{field}: an integer from 1 to {MAX_QUANTITY}")
    return value


def parse_item(raw: object, field: str) -> ItemInput:
    if not isinstance(raw, dict):
        raise Invalid(f"{field}: must be an object")
    unknown = sorted(set(raw) - ITEM_KEYS)
    if unknown:
        raise Invalid(f"{field}.{unknown[0]}: unknown field")
    sku = clean_text(raw.get("product"), f"{field}.product", 64, required=False)
    name = clean_text(raw.get("name"), f"{field}.name", MAX_NAME, required=sku is None)
    if sku is not None and raw.get("unit_price") is not None:
        raise Invalid(f"{field}.unit_price: catalog products take the catalog price")
    return ItemInput(
        field=field,
        sku=sku,
        name=name,
        quantity=parse_quantity(raw.get("quantity"), f"{field}.quantity"),
        variant=clean_text(raw.get("variant"), f"{field}.variant", MAX_VARIANT, required=False),
        unit_price=raw.get("unit_price"),
        text=clean_text(raw.get("text"), f"{field}.text", MAX_TEXT, required=False),
    )


def parse_customer(raw: object, country: str) -> dict[str, str | None]:
    if not isinstance(raw, dict):
        raise Invalid("customer: must be an object")
    unknown = sorted(set(raw) - set(CUSTOMER_FIELDS))
    if unknown:
        raise Invalid(f"customer.{unknown[0]}: unknown field")
    out: dict[str, str | None] = {}
    for key, value in raw.items():
        target, _, limit = CUSTOMER_FIELDS[key]
        text = clean_text(value, f"customer.{key}", limit, required=False)
        if text is not None and key == "phone":
            try:
                text = normalise_phone(text, country)
            except Invalid as exc:
                raise Invalid(f"customer.{exc}") from exc
        out[target] = text
    return out


def match_variant(item: ItemInput, product: dict[str, Any]) -> str | None:
    """The product's own spelling of the item's variant; :class:`Invalid` when it has none."""
    if item.variant is None:
        return None  # still open: the merchant may be asking for the size
    variants = list(product["variants"] or [])
    for variant in variants:
        if variant.casefold() == item.variant.casefold():
            return str(variant)
    if not variants:
        raise Invalid(f"{item.field}.variant: {product['sku']} has no variants")
    raise Invalid(f"{item.field}.variant: one of {', '.join(variants)}")


async def attach_products(items: list[ItemInput]) -> None:
    """Look the items' SKUs up in the tenant's catalog (one query per 500 SKUs)."""
    found = await products_by_sku(item.sku for item in items if item.sku is not None)
    for item in items:
        if item.sku is None:
            continue
        item.product = found.get(item.sku)
        if item.product is None:
            raise Invalid(f"{item.field}.product: no product with SKU {item.sku!r} in the catalog")
        item.variant = match_variant(item, item.product)


async def parse_order_input(body: object) -> OrderInput:
    """Check an order edit or a manual order; :class:`Invalid` names the first bad field."""
    if not isinstance(body, dict):
        raise Invalid("body: must be a JSON object")
    unknown = sorted(set(body) - BODY_KEYS)
    if unknown:
        raise Invalid(f"{unknown[0]}: unknown field")
    items: list[ItemInput] | None = None
    if body.get("items") is not None:
        raw = body["items"]
        if not isinstance(raw, list) or len(raw) > MAX_ITEMS:
            raise Invalid(f"items: a list of at most {MAX_ITEMS} items")
        items = [parse_item(item, f"items[{i}]") for i, item in enumerate(raw)]
        await attach_products(items)
    customer: dict[str, str | None] = {}
    if body.get("customer") is not None:
        country = (await tenancy.current_tenant())["country"] or "AL"
        customer = parse_customer(body["customer"], country)
    return OrderInput(status=parse_status(body.get("status")), items=items, customer=customer)


def resolve_item(item: ItemInput, currency: str) -> ResolvedItem:
    if item.product is None:
        assert item.name is not None
        price = clean_price(item.unit_price, f"{item.field}.unit_price", currency)
        return ResolvedItem(None, None, item.name, item.quantity, item.variant, price)
    product = item.product
    if product["currency"] != currency:
        raise Invalid(
            f"{item.field}.product: priced in {product['currency']}, the order is in {currency}"
        )
    price = None if product["price"] is None else quantize(Decimal(product["price"]), currency)
    return ResolvedItem(
        product["id"], product["sku"], product["name"], item.quantity, item.variant, price
    )


def resolve_items(items: list[ItemInput], currency: str) -> list[ResolvedItem]:
    """Snapshots of the items in the order's currency: catalog name and price, or the free
    item's own."""
    return [resolve_item(item, currency) for item in items]
