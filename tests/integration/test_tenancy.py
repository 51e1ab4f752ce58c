"""Fail-closed tenancy against the real database."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

import pytest

from core import tenancy
from core.tables import ALL_TABLES, PLATFORM_TABLES, TENANT_TABLES, Product, Tenant


async def _tenant() -> uuid.UUID:
    t = Tenant(name="T", key=secrets.token_urlsafe(16))
    with tenancy.unscoped():
        await t.save()
    return t.id  # type: ignore[no-any-return]


async def test_helpers_raise_without_a_tenant(db: Any) -> None:
    for call in (
        lambda: tenancy.select(Product),
        lambda: tenancy.count(Product),
        lambda: tenancy.update(Product, {Product.name: "x"}),
        lambda: tenancy.delete(Product),
        lambda: tenancy.objects(Product),
    ):
        with pytest.raises(tenancy.TenancyError):
            call()
    with (
        pytest.raises(tenancy.TenancyError),
        tenancy.tenant_scope(uuid.uuid4()),
        tenancy.unscoped(),
    ):
        tenancy.select(Product)  # unscoped() clears the scope it is entered from


async def test_scoped_queries_see_only_their_tenant(db: Any) -> None:
    a, b = await _tenant(), await _tenant()
    with tenancy.tenant_scope(a):
        await tenancy.insert(tenancy.new(Product, sku="S1", name="A's product"))
    with tenancy.tenant_scope(b):
        await tenancy.insert(tenancy.new(Product, sku="S1", name="B's product"))
        assert [r["name"] for r in await tenancy.select(Product)] == ["B's product"]
        await tenancy.delete(Product)
    with tenancy.tenant_scope(a):
        assert [r["name"] for r in await tenancy.select(Product)] == ["A's product"]
        # insert() overwrites a foreign tenant id with the one in scope
        await tenancy.insert(Product(sku="S2", name="smuggled", tenant=b))
        assert await tenancy.count(Product) == 2
    with tenancy.tenant_scope(b):
        assert await tenancy.count(Product) == 0


def test_every_tenant_table_cascades_from_the_tenant() -> None:
    for table in TENANT_TABLES:
        fk = table._meta.get_column_by_name("tenant")
        assert fk._foreign_key_meta.references is Tenant, table
        assert fk._foreign_key_meta.on_delete.value == "CASCADE", table
    assert set(ALL_TABLES) == {Tenant, *TENANT_TABLES, *PLATFORM_TABLES}
    for table in PLATFORM_TABLES:  # platform tables hold nothing of a tenant
        assert "tenant" not in [c._meta.name for c in table._meta.columns], table
