"""The tenant's catalog: validated full replacement (``PUT``), reads, and learned aliases.

A ``PUT`` carries the whole catalog. Products are matched to stored rows by SKU: a product in
the body is inserted or updated in place (its row id stays, so order items keep pointing at
it), and a product missing from the body is removed. Order items never lose anything when a
product goes: they keep their own snapshot of SKU, name and unit price, and only their link to
the product row becomes ``NULL``. Aliases learned from merchant corrections
(``learned_aliases``) are not part of the body and survive every ``PUT`` of the same SKU.

The currency is stored on each product (the tenant's own currency is a separate setting), so
an empty catalog has none of its own and reports the tenant's currency.
"""

from __future__ import annotations

import re
import uuid
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from piccolo.engine.postgres import PostgresEngine
from piccolo.querystring import QueryString

from core import tenancy
from core.errors import Invalid, NotFound
from core.money import MINOR_UNITS, is_currency, money_str, parse_amount, quantize
from core.tables import Product, Tenant
from core.types import Catalog, CatalogProduct

MAX_PRODUCTS = 10_000
MAX_SKU = 64
MAX_NAME = 300
MAX_ALIASES = 100
MAX_ALIAS = 200
MAX_VARIANTS = 100
MAX_VARIANT = 120  # order_item.variant
MAX_LEARNED = 50
CACHED_TENANTS = 256  # catalogs a process keeps (see parser_catalog)
MAX_PRICE = Decimal("1000000000")  # keeps order totals inside NUMERIC(14, 2)
CHUNK = 500  # rows per statement: SQLite and asyncpg cap bound parameters
BODY_KEYS = frozenset({"currency", "products", "business"})  # business: FORMAT.md catalogs
PRODUCT_KEYS = frozenset({"sku", "name", "aliases", "price", "variants", "learned_aliases"})


@dataclass(frozen=True)
class ProductIn:
    sku: str
    name: str
    aliases: list[str]
    price: Decimal | None
    variants: list[str]


# --- validation -------------------------------------------------------------------------


def clean_text(value: object, field: str, limit: int, required: bool = True) -> str | None:
    """A stripped string of at most ``limit`` characters (``None`` when optional and empty)."""
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise Invalid(f"{field}: must be a string")
    text = " ".join(value.split())
    if not text:
        if required:
            raise Invalid(f"{field}: must not be empty")
        return None
    if len(text) > limit:
        raise Invalid(f"{field}: at most {limit} characters")
    return text


def clean_list(value: object, field: str, item_limit: int, max_items: int) -> list[str]:
    """A list of distinct non-empty strings (case-insensitive), first spelling kept."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise Invalid(f"{field}: must be a list of strings")
    if len(value) > max_items:
        raise Invalid(f"{field}: at most {max_items} entries")
    out: list[str] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        text = clean_text(item, f"{field}[{i}]", item_limit)
        assert text is not None
        if text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return out


def clean_price(value: object, field: str, currency: str) -> Decimal | None:
    if value is None:
        return None  # a product without a listed price
    try:
        price = parse_amount(value)
    except ValueError as exc:
        raise Invalid(f"{field}: must be a non-negative number or decimal string") from exc
    if price >= MAX_PRICE:
        raise Invalid(f"{field}: must be less than {MAX_PRICE}")
    places = MINOR_UNITS.get(currency, 2)
    if price != quantize(price, currency):
        raise Invalid(f"{field}: at most {places} decimal places in {currency}")
    return price


def clean_currency(value: object, field: str = "currency") -> str:
    code = value.strip().upper() if isinstance(value, str) else ""
    if not is_currency(code):
        raise Invalid(f"{field}: not a supported ISO 4217 currency code")
    return code


def clean_product(raw: object, field: str, currency: str) -> ProductIn:
    if not isinstance(raw, dict):
        raise Invalid(f"{field}: must be an object")
    unknown = sorted(set(raw) - PRODUCT_KEYS)
    if unknown:
        raise Invalid(f"{field}.{unknown[0]}: unknown field")
    sku = clean_text(raw.get("sku"), f"{field}.sku", MAX_SKU)
    name = clean_text(raw.get("name"), f"{field}.name", MAX_NAME)
    assert sku is not None and name is not None
    return ProductIn(
        sku=sku,
        name=name,
        aliases=clean_list(raw.get("aliases"), f"{field}.aliases", MAX_ALIAS, MAX_ALIASES),
        price=clean_price(raw.get("price"), f"{field}.price", currency),
        variants=clean_list(raw.get("variants"), f"{field}.variants", MAX_VARIANT, MAX_VARIANTS),
    )


def validate_catalog(body: object) -> tuple[str, list[ProductIn]]:
    """The body of ``PUT /api/v1/catalog``, checked; :class:`Invalid` names the first bad field.

    ``learned_aliases`` in a product is accepted and ignored (a ``GET`` answer can be sent
    back as is); ``business`` at the top is tolerated so a catalog of FORMAT.md's
    ``catalogs.json`` can be sent unchanged.
    """
    if not isinstance(body, dict):
        raise Invalid("body: must be a JSON object")
    unknown = sorted(set(body) - BODY_KEYS)
    if unknown:
        raise Invalid(f"{unknown[0]}: unknown field")
    currency = clean_currency(body.get("currency"))
    raw = body.get("products")
    if not isinstance(raw, list):
        raise Invalid("products: must be a list")
    if len(raw) > MAX_PRODUCTS:
        raise Invalid(f"products: at most {MAX_PRODUCTS} products")
    products: list[ProductIn] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        product = clean_product(item, f"products[{i}]", currency)
        if product.sku in seen:
            raise Invalid(f"products[{i}].sku: duplicate SKU {product.sku!r}")
        seen.add(product.sku)
        products.append(product)
    return currency, products


# --- writes -----------------------------------------------------------------------------


async def lock_catalog() -> None:
    """Serialise the tenant's catalog writers until the current transaction ends.

    Two concurrent ``PUT``s would otherwise both insert a new SKU and one would fail on the
    unique index, and an order edit could link a product a ``PUT`` is deleting. PostgreSQL
    takes a transaction-scoped advisory lock per tenant; SQLite's ``IMMEDIATE`` transactions
    (:func:`core.tenancy.transaction`) already let one writer in at a time.
    """
    engine = Product._meta.db
    if isinstance(engine, PostgresEngine):
        key = f"porosia:catalog:{tenancy.current_tenant_id()}"
        await engine.run_querystring(QueryString("SELECT pg_advisory_xact_lock(hashtext({}))", key))


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _changed(row: dict[str, Any], product: ProductIn, currency: str) -> bool:
    stored = None if row["price"] is None else Decimal(row["price"])
    return (
        row["name"] != product.name
        or list(row["aliases"] or []) != product.aliases
        or list(row["variants"] or []) != product.variants
        or row["currency"] != currency
        or stored != product.price
    )


async def put_catalog(body: object) -> dict[str, Any]:
    """Replace the current tenant's catalog with ``body`` in one transaction; the new catalog."""
    currency, products = validate_catalog(body)
    wanted = {p.sku: p for p in products}
    now = datetime.now(UTC)
    async with tenancy.transaction():
        await lock_catalog()
        rows = await tenancy.select(
            Product,
            Product.id,
            Product.sku,
            Product.name,
            Product.aliases,
            Product.price,
            Product.currency,
            Product.variants,
        )
        existing = {row["sku"]: row for row in rows}
        gone = [row["id"] for sku, row in existing.items() if sku not in wanted]
        for ids in _chunks(gone):
            await tenancy.delete(Product).where(Product.id.is_in(ids))
        for sku, product in wanted.items():
            row = existing.get(sku)
            if row is not None and _changed(row, product, currency):
                await tenancy.update(
                    Product,
                    {
                        Product.name: product.name,
                        Product.aliases: product.aliases,
                        Product.price: product.price,
                        Product.currency: currency,
                        Product.variants: product.variants,
                        Product.updated_at: now,
                    },
                ).where(Product.id == row["id"])
        new = [_new_row(p, currency, now) for sku, p in wanted.items() if sku not in existing]
        for batch in _chunks(new):
            await tenancy.insert(*batch)
        await _bump_version()
    return await get_catalog()


def _new_row(product: ProductIn, currency: str, now: datetime) -> Product:
    return tenancy.new(
        Product,
        id=uuid.uuid4(),
        sku=product.sku,
        name=product.name,
        aliases=product.aliases,
        learned_aliases=[],
        price=product.price,
        currency=currency,
        variants=product.variants,
        updated_at=now,
    )


def normalise_alias(text: str) -> str:
    """How a learned alias is stored: case-folded, single-spaced, trimmed punctuation."""
    words = " ".join(text.split()).casefold()
    return re.sub(r"^[\W_]+|[\W_]+$", "", words)[:MAX_ALIAS].strip()


async def learn_alias(sku: str, text: str) -> None:
    """Add the customer's words ``text`` to the product's learned aliases.

    The text is normalised (:func:`normalise_alias`); it is skipped when empty or when the
    product already answers to it (name, alias or learned alias). The list keeps the newest
    :data:`MAX_LEARNED` entries. An unknown SKU raises :class:`NotFound`. Called inside
    :func:`core.tenancy.transaction`, concurrent learners of one tenant take turns.
    """
    await lock_catalog()
    alias = normalise_alias(text or "")
    row = (
        await tenancy.select(
            Product, Product.id, Product.name, Product.aliases, Product.learned_aliases
        )
        .where(Product.sku == sku)
        .first()
    )
    if row is None:
        raise NotFound("product not found")
    learned = list(row["learned_aliases"] or [])
    known = {normalise_alias(a) for a in [row["name"], *(row["aliases"] or []), *learned]}
    if not alias or alias in known:
        return
    learned = [*learned, alias][-MAX_LEARNED:]
    await tenancy.update(Product, {Product.learned_aliases: learned}).where(Product.id == row["id"])
    await _bump_version()


async def _bump_version() -> None:
    """Tell every process's :func:`parser_catalog` that the tenant's catalog changed; inside
    the writer's transaction, so the new version and the new rows become visible together."""
    await tenancy.update_current_tenant({Tenant.catalog_version: Tenant.catalog_version + 1})


# --- reads ------------------------------------------------------------------------------


async def catalog_currency() -> str:
    """The catalog's currency (every product carries the one of the last ``PUT``), or the
    tenant's currency while the catalog is empty."""
    row = await tenancy.select(Product, Product.currency).first()
    if row is not None:
        return str(row["currency"])
    return str((await tenancy.current_tenant())["currency"])


async def product_rows() -> list[dict[str, Any]]:
    """The current tenant's product rows in SKU order."""
    return list(await tenancy.select(Product).order_by(Product.sku))


async def products_by_sku(skus: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The current tenant's product rows for these SKUs (unknown SKUs are simply absent)."""
    found: dict[str, dict[str, Any]] = {}
    for batch in _chunks(sorted(set(skus))):
        for row in await tenancy.select(Product).where(Product.sku.is_in(batch)):
            found[row["sku"]] = row
    return found


def product_json(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "sku": row["sku"],
        "name": row["name"],
        "aliases": list(row["aliases"] or []),
        "learned_aliases": list(row["learned_aliases"] or []),
        "price": money_str(row["price"], row["currency"]),
        "variants": list(row["variants"] or []),
    }


async def get_catalog() -> dict[str, Any]:
    """``GET /api/v1/catalog``: prices are decimal strings in the catalog's currency."""
    rows = await product_rows()
    currency = str(rows[0]["currency"]) if rows else await catalog_currency()
    return {"currency": currency, "products": [product_json(row) for row in rows]}


def _merged(*lists: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    seen: set[str] = set()
    for alias in (a for items in lists for a in items):
        if alias.casefold() not in seen:
            seen.add(alias.casefold())
            out.append(alias)
    return tuple(out)


_parsed: OrderedDict[uuid.UUID, tuple[tuple[int, str], dict[str, dict[str, Any]], Catalog]] = (
    OrderedDict()
)


async def parser_catalog(tenant: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], Catalog]:
    """The tenant's product rows by SKU and its parser catalog, for the ingest job.

    Loading and converting every product on every job cost more than the rest of the job for
    a catalog of a few hundred products, so each process keeps the last
    :data:`CACHED_TENANTS` tenants' catalogs, valid while the tenant row's ``catalog_version``
    (bumped by every catalog write) and currency are those they were loaded with. The same
    ``Catalog`` object also lets a parser keep its index of it. Callers must not modify them.
    """
    key = (int(tenant["catalog_version"] or 0), str(tenant["currency"]))
    hit = _parsed.get(tenant["id"])
    if hit is not None and hit[0] == key:
        _parsed.move_to_end(tenant["id"])
        return hit[1], hit[2]
    rows = await product_rows()
    entry = (key, {r["sku"]: r for r in rows}, await catalog_for_parser(rows, key[1]))
    _parsed[tenant["id"]] = entry
    _parsed.move_to_end(tenant["id"])
    while len(_parsed) > CACHED_TENANTS:
        _parsed.popitem(last=False)
    return entry[1], entry[2]


async def catalog_for_parser(
    rows: list[dict[str, Any]] | None = None, tenant_currency: str | None = None
) -> Catalog:
    """The current tenant's catalog as parser plugins see it (learned aliases merged in).
    ``rows`` (from :func:`product_rows`) and the tenant's currency (the empty catalog's) save
    the look-ups when the caller has them."""
    rows = await product_rows() if rows is None else rows
    currency = str(rows[0]["currency"]) if rows else tenant_currency or await catalog_currency()
    return Catalog(
        currency=currency,
        products=tuple(
            CatalogProduct(
                sku=row["sku"],
                name=row["name"],
                aliases=_merged(row["aliases"] or [], row["learned_aliases"] or []),
                price=None if row["price"] is None else quantize(Decimal(row["price"]), currency),
                variants=tuple(row["variants"] or []),
            )
            for row in rows
        ),
    )
