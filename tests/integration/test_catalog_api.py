"""The catalog over real HTTP (PUT/GET) and the services the ingest job uses."""

from __future__ import annotations

import asyncio
import uuid
from decimal import Decimal
from typing import Any

import httpx
import pytest

from core import tenancy
from core.errors import NotFound
from core.services import catalog as catalog_service
from core.tables import Product
from tests.conftest import Account

pytestmark = pytest.mark.db

CATALOG: dict[str, Any] = {
    "currency": "ALL",
    "products": [
        {
            "sku": "DRS-RED",
            "name": "Fustan i kuq",
            "aliases": ["red dress", "fustani i kuq"],
            "price": 2500,
            "variants": ["S", "M", "L"],
        },
        {"sku": "BAG-01", "name": "Çantë lëkure", "price": "4990.5"},
        {"sku": "SCARF", "name": "Shall", "aliases": [], "price": 800.25, "variants": []},
    ],
}


async def put(http: httpx.AsyncClient, acc: Account, body: Any) -> httpx.Response:
    return await http.put("/api/v1/catalog", json=body, headers=acc.headers)


async def get(http: httpx.AsyncClient, acc: Account) -> dict[str, Any]:
    r = await http.get("/api/v1/catalog", headers=acc.headers)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def by_sku(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["sku"]: p for p in body["products"]}


async def product_ids(acc: Account) -> dict[str, uuid.UUID]:
    with tenancy.tenant_scope(acc.tenant_id):
        rows = await tenancy.select(Product, Product.sku, Product.id)
    return {row["sku"]: row["id"] for row in rows}


async def test_put_then_get_shapes(http: httpx.AsyncClient, account: Account) -> None:
    r = await put(http, account, CATALOG)
    assert r.status_code == 200, r.text
    assert r.json() == await get(http, account)
    body = await get(http, account)
    assert body["currency"] == "ALL"
    assert [p["sku"] for p in body["products"]] == ["BAG-01", "DRS-RED", "SCARF"]
    products = by_sku(body)
    assert products["DRS-RED"] == {
        "sku": "DRS-RED",
        "name": "Fustan i kuq",
        "aliases": ["red dress", "fustani i kuq"],
        "learned_aliases": [],
        "price": "2500.00",
        "variants": ["S", "M", "L"],
    }
    # missing lists are empty lists; numbers and decimal strings both give decimal strings
    assert products["BAG-01"]["aliases"] == [] and products["BAG-01"]["variants"] == []
    assert products["BAG-01"]["price"] == "4990.50"
    assert products["SCARF"]["price"] == "800.25"


async def test_empty_catalog_has_the_tenant_currency(
    http: httpx.AsyncClient, account: Account
) -> None:
    assert await get(http, account) == {"currency": "ALL", "products": []}


async def test_put_upserts_by_sku_and_removes_the_rest(
    http: httpx.AsyncClient, account: Account, db: Any
) -> None:
    assert (await put(http, account, CATALOG)).status_code == 200
    before = await product_ids(account)
    second = {
        "currency": "ALL",
        "products": [
            {**CATALOG["products"][0], "price": "2700", "variants": ["M", "L", "XL"]},
            CATALOG["products"][1],
            {"sku": "HAT", "name": "Kapele", "price": 1200},
        ],
    }
    r = await put(http, account, second)
    assert r.status_code == 200, r.text
    products = by_sku(r.json())
    assert set(products) == {"DRS-RED", "BAG-01", "HAT"}
    assert products["DRS-RED"]["price"] == "2700.00"
    assert products["DRS-RED"]["variants"] == ["M", "L", "XL"]
    after = await product_ids(account)
    # kept SKUs keep their row (order items stay linked); new SKUs get new rows
    assert after["DRS-RED"] == before["DRS-RED"] and after["BAG-01"] == before["BAG-01"]
    assert "SCARF" not in after and after["HAT"] not in before.values()
    # an empty product list empties the catalog
    r = await put(http, account, {"currency": "ALL", "products": []})
    assert r.status_code == 200 and r.json()["products"] == []
    assert await product_ids(account) == {}


async def test_currency_is_stored_per_product(http: httpx.AsyncClient, account: Account) -> None:
    body = {"currency": "eur", "products": [{"sku": "A", "name": "A", "price": "19.9"}]}
    r = await put(http, account, body)
    assert r.status_code == 200, r.text
    assert r.json()["currency"] == "EUR"
    assert r.json()["products"][0]["price"] == "19.90"
    # the tenant's own currency is untouched
    me = (await http.get("/api/v1/me", headers=account.headers)).json()
    assert me["tenant"]["currency"] == "ALL"


BAD_BODIES: list[tuple[str, Any]] = [
    ("body", []),
    ("currency", {"currency": "LEK", "products": []}),
    ("currency", {"products": []}),
    ("products", {"currency": "ALL", "products": {"sku": "A"}}),
    ("products", {"currency": "ALL"}),
    ("colour", {"currency": "ALL", "products": [], "colour": "red"}),
    ("products[0]", {"currency": "ALL", "products": ["A"]}),
    ("products[0].sku", {"currency": "ALL", "products": [{"name": "A", "price": 1}]}),
    ("products[0].sku", {"currency": "ALL", "products": [{"sku": " ", "name": "A"}]}),
    ("products[0].sku", {"currency": "ALL", "products": [{"sku": "A" * 65, "name": "A"}]}),
    ("products[0].name", {"currency": "ALL", "products": [{"sku": "A", "name": "n" * 301}]}),
    ("products[0].name", {"currency": "ALL", "products": [{"sku": "A", "name": 5}]}),
    (
        "products[0].price",
        {"currency": "ALL", "products": [{"sku": "A", "name": "A", "price": -1}]},
    ),
    (
        "products[0].price",
        {"currency": "ALL", "products": [{"sku": "A", "name": "A", "price": "12,5"}]},
    ),
    (
        "products[0].price",
        {"currency": "ALL", "products": [{"sku": "A", "name": "A", "price": "1.005"}]},
    ),
    (
        "products[0].price",
        {"currency": "ALL", "products": [{"sku": "A", "name": "A", "price": True}]},
    ),
    (
        "products[0].price",
        {"currency": "ALL", "products": [{"sku": "A", "name": "A", "price": 10**12}]},
    ),
    (
        "products[0].aliases[1]",
        {"currency": "ALL", "products": [{"sku": "A", "name": "A", "aliases": ["x", 3]}]},
    ),
    (
        "products[0].aliases",
        {"currency": "ALL", "products": [{"sku": "A", "name": "A", "aliases": "x"}]},
    ),
    (
        "products[0].variants[0]",
        {"currency": "ALL", "products": [{"sku": "A", "name": "A", "variants": ["v" * 121]}]},
    ),
    (
        "products[0].variants",
        {"currency": "ALL", "products": [{"sku": "A", "name": "A", "variants": ["v"] * 101}]},
    ),
    (
        "products[0].colour",
        {"currency": "ALL", "products": [{"sku": "A", "name": "A", "colour": 1}]},
    ),
    (
        "products[1].sku",
        {"currency": "ALL", "products": [{"sku": "A", "name": "A"}, {"sku": "A", "name": "B"}]},
    ),
]


@pytest.mark.parametrize(("field", "body"), BAD_BODIES)
async def test_bad_input_is_400_naming_the_field_and_changes_nothing(
    http: httpx.AsyncClient, account: Account, field: str, body: Any
) -> None:
    assert (await put(http, account, CATALOG)).status_code == 200
    before = await get(http, account)
    r = await put(http, account, body)
    assert r.status_code == 400, r.text
    assert r.json()["detail"].startswith(f"{field}:"), r.json()
    assert await get(http, account) == before


async def test_malformed_json_and_no_token(http: httpx.AsyncClient, account: Account) -> None:
    r = await http.put(
        "/api/v1/catalog",
        content=b"{nope",
        headers={**account.headers, "Content-Type": "application/json"},
    )
    assert r.status_code == 400
    assert (await http.get("/api/v1/catalog")).status_code == 401
    assert (await http.put("/api/v1/catalog", json=CATALOG)).status_code == 401


async def test_formats_catalog_entry_is_accepted_as_is(
    http: httpx.AsyncClient, account: Account
) -> None:
    entry = {"business": "Butik Arta", **CATALOG}
    r = await put(http, account, entry)
    assert r.status_code == 200, r.text
    # a GET answer can be sent back unchanged (learned_aliases is read-only and ignored)
    again = await put(http, account, r.json())
    assert again.status_code == 200 and again.json() == r.json()


async def test_size_limit(http: httpx.AsyncClient, account: Account) -> None:
    products = [{"sku": f"P{i:05d}", "name": f"Produkt {i}", "price": i} for i in range(10_000)]
    r = await put(http, account, {"currency": "ALL", "products": products})
    assert r.status_code == 200, r.text[:500]
    assert len(r.json()["products"]) == 10_000
    assert by_sku(r.json())["P09999"]["price"] == "9999.00"
    too_many = [*products, {"sku": "ONE-MORE", "name": "x"}]
    r = await put(http, account, {"currency": "ALL", "products": too_many})
    assert r.status_code == 400 and r.json()["detail"].startswith("products:")
    # a second PUT changing one price touches that product only and keeps the rest
    products[5]["price"] = "5.50"
    r = await put(http, account, {"currency": "ALL", "products": products})
    assert r.status_code == 200
    assert by_sku(r.json())["P00005"]["price"] == "5.50"


async def test_catalog_for_parser_merges_learned_aliases_that_survive_a_put(
    http: httpx.AsyncClient, account: Account, db: Any
) -> None:
    assert (await put(http, account, CATALOG)).status_code == 200
    with tenancy.tenant_scope(account.tenant_id):
        await catalog_service.learn_alias("DRS-RED", "  Fustanin e KUQ!! ")
        await catalog_service.learn_alias("DRS-RED", "fustanin e kuq")  # duplicate
        await catalog_service.learn_alias("DRS-RED", "Red Dress")  # already an alias
        await catalog_service.learn_alias("DRS-RED", "?!")  # nothing left to learn
        with pytest.raises(NotFound):
            await catalog_service.learn_alias("NO-SUCH-SKU", "whatever")
        parsed = await catalog_service.catalog_for_parser()
    assert parsed.currency == "ALL"
    products = {p.sku: p for p in parsed.products}
    red = products["DRS-RED"]
    assert red.aliases == ("red dress", "fustani i kuq", "fustanin e kuq")
    assert red.price == Decimal("2500.00") and isinstance(red.price, Decimal)
    assert red.variants == ("S", "M", "L")
    assert products["BAG-01"].price == Decimal("4990.50")

    # a PUT of the same SKU with new aliases keeps what was learned
    changed = {**CATALOG, "products": [{**CATALOG["products"][0], "aliases": ["robe rouge"]}]}
    r = await put(http, account, changed)
    assert r.status_code == 200
    assert r.json()["products"][0]["learned_aliases"] == ["fustanin e kuq"]
    with tenancy.tenant_scope(account.tenant_id):
        parsed = await catalog_service.catalog_for_parser()
    assert [p.sku for p in parsed.products] == ["DRS-RED"]
    assert parsed.products[0].aliases == ("robe rouge", "fustanin e kuq")


async def test_learned_aliases_are_bounded(
    http: httpx.AsyncClient, account: Account, db: Any
) -> None:
    assert (await put(http, account, CATALOG)).status_code == 200
    with tenancy.tenant_scope(account.tenant_id):
        for i in range(catalog_service.MAX_LEARNED + 5):
            await catalog_service.learn_alias("SCARF", f"shalli nr {i}")
        await catalog_service.learn_alias("SCARF", "x" * 5000)
    learned = by_sku(await get(http, account))["SCARF"]["learned_aliases"]
    assert len(learned) == catalog_service.MAX_LEARNED
    assert learned[-1] == "x" * catalog_service.MAX_ALIAS  # the newest, cut to size
    assert "shalli nr 0" not in learned and "shalli nr 54" in learned


async def test_concurrent_puts_never_fail_the_server(
    http: httpx.AsyncClient, account: Account
) -> None:
    bodies = [
        {
            "currency": "ALL",
            "products": [{"sku": f"P{i}", "name": f"v{n}", "price": n} for i in range(50)],
        }
        for n in range(4)
    ]
    answers = await asyncio.gather(*[put(http, account, body) for body in bodies])
    assert {r.status_code for r in answers} <= {200, 409}, [r.text for r in answers]
    assert 200 in {r.status_code for r in answers}
    # whichever won last, the catalog is one of the bodies, whole
    final = await get(http, account)
    names = {p["name"] for p in final["products"]}
    assert len(final["products"]) == 50 and len(names) == 1
