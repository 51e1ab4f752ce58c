"""A worker killed mid-batch and restarted: every message is processed exactly once, every
order gets exactly one confirmation."""

from __future__ import annotations

import asyncio
import secrets
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx

from core import tenancy
from core.tables import InboundEvent, Message, Order, Tenant
from tests import meta_payloads as meta
from tests.conftest import ROOT, Platform, make_account, serve

CUSTOMERS = 24
CATALOG = {
    "currency": "ALL",
    "products": [
        {
            "sku": "TSH-WHT",
            "name": "Bluze e bardhe",
            "aliases": ["white t-shirt"],
            "price": 1200,
            "variants": ["S", "M", "L"],
        }
    ],
}


def _worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "core.cli", "worker"],
        cwd=ROOT,
        env=env,
        stdout=open(log, "ab"),
        stderr=subprocess.STDOUT,
    )  # noqa: SIM115


async def _counts(tenant_id: str) -> tuple[int, int, int]:
    with tenancy.tenant_scope(tenant_id):
        pending = await tenancy.count(InboundEvent).where(InboundEvent.status != "done")
        return (
            await tenancy.count(Message).where(Message.author == "customer"),
            await tenancy.count(Order),
            pending,
        )


async def test_killed_worker_loses_nothing_and_repeats_nothing(
    platform_env: dict[str, str], migrated: Any, db: Any, tmp_root: Path, fake_meta: Any
) -> None:
    env = {
        **platform_env,
        "QUEUE_NAME": f"porosia:crash:{uuid.uuid4().hex[:8]}",
        "IN_PROCESS_WORKER": "false",
        "JOB_TIMEOUT_SECONDS": "3",
    }
    with serve(env, tmp_root / "crash-server.log") as server:
        async with httpx.AsyncClient(base_url=server.base_url, timeout=30) as http:
            await _run(http, server, tmp_root, fake_meta)


async def _run(http: httpx.AsyncClient, server: Platform, tmp_root: Path, fake: Any) -> None:
    account = await make_account(http, "Crash Shop")
    assert (
        await http.put("/api/v1/catalog", json=CATALOG, headers=account.headers)
    ).status_code == 200
    pnid, app_secret = str(secrets.randbelow(10**15)), secrets.token_hex(16)
    r = await http.put(
        "/api/v1/channels/whatsapp",
        headers=account.headers,
        json={
            "enabled": True,
            "phone_number_id": pnid,
            "access_token": "EAAG-crash",
            "app_secret": app_secret,
        },
    )
    path = httpx.URL(r.json()["webhook_url"]).path
    with tenancy.tenant_scope(account.tenant_id):
        await tenancy.update_current_tenant({Tenant.settings: {"confirm_quiet_seconds": 0}})
    # the whole batch is in the inbox before any worker runs
    for n in range(CUSTOMERS):
        sender = f"35569{n:07d}"
        payload = meta.wa_messages(
            pnid,
            "Pershendetje, dua 2 bluze te bardha masa M",
            f"Arta Krasniqi, Rr. Kavajes {n + 1}, Tirane, 069 234 {5600 + n}",
            sender=sender,
        )
        body, headers = meta.signed(payload, app_secret)
        assert (await http.post(path, content=body, headers=headers)).status_code == 200

    log = tmp_root / "crash-worker.log"
    first = _worker(server.env, log)
    for _ in range(200):  # kill it as soon as it has done part of the work
        done, _, _ = await _counts(account.tenant_id)
        if done >= 6:
            break
        await asyncio.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    partial, _, _ = await _counts(account.tenant_id)
    assert partial < CUSTOMERS, "the worker finished before it could be killed"

    second = _worker(server.env, log)
    try:
        for _ in range(600):
            messages, orders, pending = await _counts(account.tenant_id)
            sends = [s for s in fake.sent if s["account_id"] == pnid]
            if pending == 0 and orders == CUSTOMERS and len(sends) >= CUSTOMERS:
                break
            await asyncio.sleep(0.1)
    finally:
        second.terminate()
        second.wait(10)
    with tenancy.tenant_scope(account.tenant_id):
        rows = await tenancy.select(Order, Order.phone, Order.address, Order.city, Order.missing)
    assert (messages, orders, pending) == (2 * CUSTOMERS, CUSTOMERS, 0), (rows, log.read_text())
    await asyncio.sleep(1)
    sends = [s for s in fake.sent if s["account_id"] == pnid]
    assert sorted(s["body"]["to"] for s in sends) == sorted(
        f"35569{n:07d}" for n in range(CUSTOMERS)
    )
