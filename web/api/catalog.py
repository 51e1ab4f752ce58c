"""JSON API: the tenant's catalog.

``PUT /api/v1/catalog`` replaces the whole catalog (see :mod:`core.services.catalog`: products
are upserted by SKU, those missing from the body are removed, learned aliases are kept);
``GET /api/v1/catalog`` returns it with prices as decimal strings.
"""

from __future__ import annotations

from typing import Any

from litestar import get, put
from litestar.params import JSONBody

from core.services import catalog
from web.security import requires_identity


@get("/api/v1/catalog", guards=[requires_identity], summary="The catalog")
async def get_catalog() -> dict[str, Any]:
    return await catalog.get_catalog()


@put(
    "/api/v1/catalog",
    guards=[requires_identity],
    summary="Replace the catalog (upsert by SKU; products not in the body are removed)",
    description=(
        'Body: {"currency": "ALL", "products": [{"sku", "name", "aliases", "price", '
        '"variants"}]}. Prices are numbers or decimal strings. Aliases learned from merchant '
        "corrections are kept. A bad field answers 400 naming it; nothing is changed then."
    ),
)
async def put_catalog(data: JSONBody[Any]) -> dict[str, Any]:
    return await catalog.put_catalog(data)


routes = [get_catalog, put_catalog]
