"""Benchmark of the webhook path on PostgreSQL + Redis, with ratios against baselines measured
in the same run (absolute times on shared machines are noisy; the ratios are the figures).

Run from the repository root, with PostgreSQL and Redis answering:

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \\
    REDIS_URL=redis://127.0.0.1:6379/0 \\
    .venv/bin/python bench/bench_webhooks.py [--seconds 5] [--concurrency 16] [--rate 100] \\
        [--count 300]

It creates a scratch database beside ``DATABASE_URL`` (dropped at the end), starts a real
``porosia run`` (no in-process worker) and, for the second part, ``--workers`` ``porosia worker``
processes (default: one per core, as in production).

1. Ingest throughput: signed single-message WhatsApp webhooks POSTed to a tenant's webhook URL
   by ``--concurrency`` clients for ``--seconds`` (each is verified, routed, stored in the
   inbox and its ingest job queued), against ``GET /healthz`` of the same app with the same
   clients. Target: ratio >= 0.15.
2. Webhook-to-order latency: ``--count`` webhooks at ``--rate`` per second, each a new
   customer's complete order; latency = the order's ``created_at`` minus the moment its POST
   was sent (same clock). Baseline: the idle job pick-up time, enqueue to start of a job that
   does nothing (``ping``), measured on the same workers before the load, once the first
   part's ingest jobs are done. Target: p99 <= 500 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core import tenancy  # noqa: E402
from core.redis import arq_settings, connect, job_dumps, job_loads  # noqa: E402
from core.simulate.payloads import signed, wa_messages  # noqa: E402
from core.tables import Order  # noqa: E402

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


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def postgres_cpu_seconds() -> float:
    """CPU time of this machine's PostgreSQL processes so far (0 when it runs elsewhere)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue  # the process has ended
        if "(postgres)" in text:
            fields = text.rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def admin(url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def wait_ready(base: str) -> None:
    async with httpx.AsyncClient() as client:
        for _ in range(300):
            try:
                if (await client.get(f"{base}/readyz")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError("porosia run did not become ready")


async def hammer(
    client: httpx.AsyncClient, seconds: float, concurrency: int, request: Any
) -> float:
    """Requests per second that ``concurrency`` loops of ``request()`` achieve."""
    done = 0
    deadline = time.perf_counter() + seconds

    async def loop() -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            response = await request(client)
            assert response.status_code == 200, response.text
            done += 1

    started = time.perf_counter()
    await asyncio.gather(*[loop() for _ in range(concurrency)])
    return done / (time.perf_counter() - started)


def catalog(size: int) -> dict[str, Any]:
    """The bench shop's catalog: the ordered T-shirt among ``size - 1`` other products."""
    kinds = ["Fustan", "Xhakete", "Pantallona", "Kemishe", "Fund", "Pallto", "Atlete", "Cante"]
    colours = ["e zeze", "e kuqe", "blu", "jeshile", "gri", "rozë", "kafe", "bezhe"]
    others = [
        {
            "sku": f"P-{n:05d}",
            "name": f"{kinds[n % len(kinds)]} {colours[n // len(kinds) % len(colours)]} {n}",
            "aliases": [],
            "price": 1000 + n,
            "variants": ["S", "M", "L", "XL"],
        }
        for n in range(size - 1)
    ]
    return {"currency": CATALOG["currency"], "products": [*CATALOG["products"], *others]}


async def setup_shop(client: httpx.AsyncClient, products: int = 1) -> dict[str, Any]:
    email, password = f"bench-{uuid.uuid4().hex[:8]}@example.com", "bench password 123"
    r = await client.post(
        "/api/v1/signup",
        json={
            "email": email,
            "password": password,
            "business_name": "Bench",
            "phone": "0692345678",
        },
    )
    assert r.status_code == 201, r.text
    tenant_id = r.json()["tenant_id"]
    token = (
        await client.post("/api/v1/token", json={"email": email, "password": password})
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    r = await client.put("/api/v1/catalog", json=catalog(products), headers=headers)
    assert r.status_code == 200, r.text
    pnid, app_secret = str(secrets.randbelow(10**15)), secrets.token_hex(16)
    r = await client.put(
        "/api/v1/channels/whatsapp",
        headers=headers,
        json={
            "enabled": True,
            "phone_number_id": pnid,
            "access_token": "EAAG-bench",
            "app_secret": app_secret,
        },
    )
    return {
        "tenant_id": tenant_id,
        "pnid": pnid,
        "secret": app_secret,
        "path": urlparse(r.json()["webhook_url"]).path,
    }


def order_text(n: int) -> tuple[str, str]:
    return (
        "Pershendetje, dua 2 bluze te bardha masa M",
        f"Arta Krasniqi, Rr. Kavajes {n + 1}, Tirane, 069 234 {n % 10000:04d}",
    )


async def throughput(client: httpx.AsyncClient, shop: dict[str, Any], args: Any) -> None:
    counter = iter(range(10**9))

    async def webhook(c: httpx.AsyncClient) -> httpx.Response:
        n = next(counter)
        body, headers = signed(
            wa_messages(shop["pnid"], "sa kushton bluza?", sender=f"3556{n:08d}"), shop["secret"]
        )
        return await c.post(shop["path"], content=body, headers=headers)

    async def trivial(c: httpx.AsyncClient) -> httpx.Response:
        return await c.get("/healthz")

    await hammer(client, 1, args.concurrency, trivial)  # warm-up
    base = await hammer(client, args.seconds, args.concurrency, trivial)
    hooks = await hammer(client, args.seconds, args.concurrency, webhook)
    print(
        f"ingest throughput: {hooks:.0f} webhooks/s vs {base:.0f} GET /healthz/s "
        f"-> ratio {hooks / base:.2f} (target >= 0.15)"
    )


async def pickup(redis_url: str, queue: str, rounds: int = 50) -> list[float]:
    from arq import create_pool

    pool = await create_pool(
        arq_settings(redis_url),
        default_queue_name=queue,
        job_serializer=job_dumps,
        job_deserializer=job_loads,
    )
    redis = connect(redis_url)
    delays = []
    try:
        for _ in range(rounds):
            token = uuid.uuid4().hex
            sent = time.time()
            await pool.enqueue_job("ping", token)
            for _ in range(2000):
                raw = await redis.get(f"porosia:ping:{token}")
                if raw:
                    delays.append(float(raw) - sent)
                    break
                await asyncio.sleep(0.002)
            await asyncio.sleep(0.02)
    finally:
        await pool.aclose()
        await redis.aclose()
    return delays


async def drained(redis_url: str, queue: str, timeout_s: float = 600) -> None:
    """Wait until the queue is empty and the jobs taken from it have had time to finish."""
    redis = connect(redis_url)
    try:
        for _ in range(int(timeout_s * 2)):
            if not await redis.zcard(queue):
                break
            await asyncio.sleep(0.5)
    finally:
        await redis.aclose()
    await asyncio.sleep(2)


async def latency(
    client: httpx.AsyncClient, shop: dict[str, Any], args: Any, database_url: str
) -> list[float]:
    sent_at: dict[str, float] = {}
    interval = 1.0 / args.rate
    start = time.perf_counter()
    tasks = []
    for n in range(args.count):
        sender = f"3557{n:08d}"
        body, headers = signed(
            wa_messages(shop["pnid"], *order_text(n), sender=sender), shop["secret"]
        )
        await asyncio.sleep(max(0.0, start + n * interval - time.perf_counter()))
        sent_at[f"+{sender}"] = time.time()
        tasks.append(asyncio.create_task(client.post(shop["path"], content=body, headers=headers)))
    await asyncio.gather(*tasks)
    from core import db

    db.configure(database_url)
    deadline = time.time() + 120
    rows: list[dict[str, Any]] = []
    while time.time() < deadline:
        with tenancy.tenant_scope(shop["tenant_id"]):
            rows = await tenancy.select(
                Order, Order.created_at, Order.customer.phone.as_alias("sender")
            )
        if len(rows) >= args.count:
            break
        await asyncio.sleep(0.5)
    found = [
        r["created_at"].timestamp() - sent_at[r["sender"]] for r in rows if r["sender"] in sent_at
    ]
    if len(found) < args.count:
        print(f"warning: only {len(found)} of {args.count} orders appeared")
    return found


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rate", type=float, default=100)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="worker processes (one per core)"
    )
    parser.add_argument(
        "--products", type=int, default=1, help="catalog size of the latency part's shop"
    )
    args = parser.parse_args()
    base_url, redis_url = os.environ.get("DATABASE_URL", ""), os.environ.get("REDIS_URL", "")
    if not base_url.startswith("postgres") or not redis_url:
        sys.exit("set DATABASE_URL (PostgreSQL) and REDIS_URL: see the docstring")
    name = f"porosia_bench_{secrets.token_hex(4)}"
    admin_url = base_url.replace("postgresql://", "postgres://", 1)
    await admin(admin_url, f'CREATE DATABASE "{name}"')
    database_url = urlunparse(urlparse(base_url)._replace(path=f"/{name}"))
    queue = f"porosia:bench:{uuid.uuid4().hex[:6]}"
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "QUEUE_NAME": queue,
        "IN_PROCESS_WORKER": "false",
        "LOG_LEVEL": "WARNING",
        "POROSIA_VAR_DIR": f"/tmp/{name}",
        "SIGNUP_RATE_LIMIT": "100000/3600",
        "LOGIN_IP_RATE_LIMIT": "100000/3600",
    }
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "core.cli", "run", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[subprocess.Popen[bytes]] = []
    try:
        base = f"http://127.0.0.1:{port}"
        await wait_ready(base)
        limits = httpx.Limits(max_connections=args.concurrency * 2)
        async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
            shop = await setup_shop(client)
            await throughput(client, shop, args)
            workers = [
                subprocess.Popen(
                    [sys.executable, "-m", "core.cli", "worker"],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                for _ in range(args.workers)
            ]
            await pickup(redis_url, queue, rounds=5 * args.workers)  # until the workers start
            # the throughput part's ingest jobs are done before anything is timed
            await drained(redis_url, queue)
            idle = await pickup(redis_url, queue)
            shop2 = await setup_shop(client, args.products)
            cpu_before = {p.pid: cpu_seconds(p.pid) for p in (server, *workers)}
            pg_before, own_before = postgres_cpu_seconds(), time.process_time()
            found = await latency(client, shop2, args, database_url)
            pg_ms = 1000 * (postgres_cpu_seconds() - pg_before) / args.count
            own_ms = 1000 * (time.process_time() - own_before) / args.count
            cpu_ms = {
                p.pid: 1000 * (cpu_seconds(p.pid) - cpu_before[p.pid]) / args.count
                for p in (server, *workers)
            }
        ms = [1000 * v for v in found]
        idle_ms = [1000 * v for v in idle]
        print(
            f"idle job pick-up: p50 {statistics.median(idle_ms):.0f} ms, "
            f"p99 {pct(idle_ms, 0.99):.0f} ms"
        )
        print(
            f"webhook-to-order at {args.rate:.0f}/s ({len(ms)} orders): "
            f"p50 {statistics.median(ms):.0f} ms, p99 {pct(ms, 0.99):.0f} ms "
            f"(target p99 <= 500 ms); p50 ratio to idle pick-up "
            f"{statistics.median(ms) / max(statistics.median(idle_ms), 0.1):.1f}x"
        )
        print(
            f"CPU per webhook: web {cpu_ms.pop(server.pid):.1f} ms, "
            f"{len(workers)} workers {sum(cpu_ms.values()):.1f} ms, PostgreSQL {pg_ms:.1f} ms, "
            f"load generator {own_ms:.1f} ms"
        )
    finally:
        for proc in (*workers, server):
            proc.terminate()
            proc.wait(20)
        await admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
