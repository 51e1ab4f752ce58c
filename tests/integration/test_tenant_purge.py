"""DELETE /api/v1/tenant: revoked at once, then every trace purged; other tenants untouched."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import httpx

from core import tenancy
from core.redis import connect, tenant_key
from core.tables import ALL_TABLES, Tenant
from tests.conftest import Platform, make_account
from tests.seed import seed_canary


async def _dump_all_rows() -> str:
    """Every row of every table, as text: the haystack a canary must be absent from."""
    with tenancy.unscoped():
        chunks = [json.dumps(await t.select(), default=str) for t in ALL_TABLES]
    return "\n".join(chunks)


async def test_delete_tenant_purges_everything(
    http: httpx.AsyncClient, platform: Platform, db: Any
) -> None:
    victim, keep1, keep2 = [await make_account(http, f"Shop {i}") for i in range(3)]
    canaries = {acc.tenant_id: f"canary-{uuid.uuid4().hex}" for acc in (victim, keep1, keep2)}
    redis = connect(platform.redis_url)
    for acc in (victim, keep1, keep2):
        await seed_canary(acc.tenant_id, canaries[acc.tenant_id])
        await redis.set(tenant_key(acc.tenant_id, "canary"), canaries[acc.tenant_id])

    r = await http.delete("/api/v1/tenant", headers=victim.headers)
    assert r.status_code == 202
    # marked and revoked before the answer
    assert (await http.get("/api/v1/me", headers=victim.headers)).status_code == 401
    login = await http.post(
        "/api/v1/token", json={"email": victim.email, "password": victim.password}
    )
    assert login.status_code == 401

    for _ in range(100):
        with tenancy.unscoped():
            if not await Tenant.exists().where(Tenant.id == victim.tenant_id):
                break
        await asyncio.sleep(0.1)
    else:
        raise AssertionError("the purge job did not delete the tenant")

    haystack = await _dump_all_rows()
    assert canaries[victim.tenant_id] not in haystack
    assert victim.tenant_id not in haystack
    assert victim.email not in haystack
    for acc in (keep1, keep2):
        assert canaries[acc.tenant_id] in haystack
        assert (await http.get("/api/v1/me", headers=acc.headers)).status_code == 200
    assert await redis.get(tenant_key(victim.tenant_id, "canary")) is None
    assert await redis.get(tenant_key(keep1.tenant_id, "canary")) is not None
    await redis.aclose()

    mails = [p.read_text() for p in (platform.var_dir / "mail").glob("*.eml")]
    mine = [m for m in mails if victim.email in m]
    assert len(mine) == 1 and "deleted" in mine[0]
    assert "Shop 0" in mine[0]
