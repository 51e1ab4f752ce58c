"""Two tenants side by side: through the catalog and orders endpoints (and the services behind
them) tenant A sees and changes nothing of tenant B's, and B's ids answer A exactly like ids
that do not exist."""

from __future__ import annotations

import base64
import uuid
from datetime import datetime
from typing import Any

import httpx
import pytest

from core import tenancy
from core.errors import NotFound
from core.services import catalog as catalog_service
from core.services import orders as orders_service
from tests.conftest import Account

pytestmark = pytest.mark.db


def catalog_of(prefix: str, price: int) -> dict[str, Any]:
    return {
        "currency": "ALL",
        "products": [
            {"sku": "SHARED", "name": f"{prefix} shared", "price": price, "variants": ["M"]},
            {"sku": f"{prefix}-ONLY", "name": f"{prefix} only", "price": price},
        ],
    }


async def setup_tenant(http: httpx.AsyncClient, acc: Account, prefix: str, price: int) -> str:
    r = await http.put("/api/v1/catalog", json=catalog_of(prefix, price), headers=acc.headers)
    assert r.status_code == 200, r.text
    body = {
        "items": [{"product": f"{prefix}-ONLY", "quantity": 2}],
        "customer": {"name": f"Klient {prefix}", "phone": "069 234 5678"},
    }
    r = await http.post("/api/v1/orders", json=body, headers=acc.headers)
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


async def snapshot(http: httpx.AsyncClient, acc: Account) -> tuple[Any, Any]:
    catalog = (await http.get("/api/v1/catalog", headers=acc.headers)).json()
    orders = (await http.get("/api/v1/orders", headers=acc.headers)).json()
    return catalog, orders


async def test_catalogs_are_separate(
    http: httpx.AsyncClient, account: Account, other_account: Account
) -> None:
    a, b = account, other_account
    await setup_tenant(http, b, "B", 900)
    b_before = await snapshot(http, b)
    # A's full replacement of its catalog (with the same SKU as B) leaves B's alone
    await setup_tenant(http, a, "A", 100)
    r = await http.put(
        "/api/v1/catalog", json={"currency": "EUR", "products": []}, headers=a.headers
    )
    assert r.status_code == 200
    a_catalog = (await http.get("/api/v1/catalog", headers=a.headers)).json()
    assert a_catalog["products"] == []
    b_catalog, b_orders = await snapshot(http, b)
    assert (b_catalog, b_orders) == b_before
    assert {p["sku"]: p["price"] for p in b_catalog["products"]} == {
        "B-ONLY": "900.00",
        "SHARED": "900.00",
    }


async def test_orders_of_another_tenant_are_invisible(
    http: httpx.AsyncClient, account: Account, other_account: Account
) -> None:
    a, b = account, other_account
    a_order = await setup_tenant(http, a, "A", 100)
    b_order = await setup_tenant(http, b, "B", 900)
    b_before = await snapshot(http, b)

    a_list = (await http.get("/api/v1/orders", headers=a.headers)).json()
    assert [o["id"] for o in a_list["items"]] == [a_order]
    for status in ["new", "confirmed", "cancelled"]:
        r = await http.get("/api/v1/orders", params={"status": status}, headers=a.headers)
        assert b_order not in r.text

    # B's id answers A exactly like a random id, on every order endpoint
    random_id = str(uuid.uuid4())
    for method, body in [("GET", None), ("PATCH", {"status": "cancelled"}), ("PATCH", {})]:
        foreign = await http.request(
            method, f"/api/v1/orders/{b_order}", json=body, headers=a.headers
        )
        missing = await http.request(
            method, f"/api/v1/orders/{random_id}", json=body, headers=a.headers
        )
        assert foreign.status_code == missing.status_code == 404
        assert foreign.json() == missing.json()
        assert foreign.headers.get("content-length") == missing.headers.get("content-length")

    # B's products do not exist for A: same answer as a SKU nobody has
    for path, method in [("/api/v1/orders", "POST"), (f"/api/v1/orders/{a_order}", "PATCH")]:
        r = await http.request(
            method, path, json={"items": [{"product": "B-ONLY"}]}, headers=a.headers
        )
        assert r.status_code == 400 and "B-ONLY" in r.json()["detail"]
    # a SKU both have resolves to A's own product and price
    r = await http.patch(
        f"/api/v1/orders/{a_order}",
        json={"items": [{"product": "SHARED", "variant": "M"}]},
        headers=a.headers,
    )
    assert r.status_code == 200 and r.json()["items"][0]["name"] == "A shared"
    assert r.json()["total"] == "100.00"

    # a cursor pointing at B's order pages through A's orders only
    created = datetime.fromisoformat(b_before[1]["items"][0]["created_at"])
    cursor = base64.urlsafe_b64encode(f"{created.isoformat()}|{uuid.UUID(b_order)}".encode())
    r = await http.get(
        "/api/v1/orders",
        params={"cursor": cursor.decode().rstrip("=")},
        headers=a.headers,
    )
    assert r.status_code == 200
    assert all(o["id"] == a_order for o in r.json()["items"])

    assert await snapshot(http, b) == b_before


async def test_services_stay_in_their_tenant(
    http: httpx.AsyncClient, account: Account, other_account: Account, db: Any
) -> None:
    a, b = account, other_account
    a_order = await setup_tenant(http, a, "A", 100)
    b_order = await setup_tenant(http, b, "B", 900)
    b_before = await snapshot(http, b)
    with tenancy.tenant_scope(a.tenant_id):
        parsed = await catalog_service.catalog_for_parser()
        assert {p.sku for p in parsed.products} == {"SHARED", "A-ONLY"}
        with pytest.raises(NotFound):
            await catalog_service.learn_alias("B-ONLY", "b's words")
        await catalog_service.learn_alias("SHARED", "e perbashketa")
        page = await orders_service.list_orders(None, 200, None)
        assert [o["id"] for o in page["items"]] == [a_order]
        for call in [
            orders_service.get_order(b_order),
            orders_service.update_order(b_order, {"status": "cancelled"}),
        ]:
            with pytest.raises(NotFound) as err:
                await call
            assert str(err.value) == "order not found"
    after_catalog, after_orders = await snapshot(http, b)
    assert after_orders == b_before[1]
    assert after_catalog == b_before[0]  # A's learned alias went to A's SHARED only
    with tenancy.tenant_scope(b.tenant_id):
        shared = next(
            p for p in (await catalog_service.catalog_for_parser()).products if p.sku == "SHARED"
        )
    assert "e perbashketa" not in shared.aliases


async def test_scoped_services_refuse_to_run_without_a_tenant(db: Any) -> None:
    with pytest.raises(tenancy.TenancyError):
        await orders_service.list_orders(None, 10, None)
    with pytest.raises(tenancy.TenancyError):
        await catalog_service.catalog_for_parser()
