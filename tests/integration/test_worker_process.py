"""`porosia worker` as its own process: picks up a job queued by another process."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid
from typing import Any

from arq import create_pool

from core import tenancy
from core.redis import arq_settings, job_dumps, job_loads
from core.services.tenants import PURGE_JOB
from core.tables import Tenant
from tests.conftest import ROOT, Platform, make_account


async def test_standalone_worker_runs_a_purge(http: Any, platform: Platform, db: Any) -> None:
    acc = await make_account(http, "Worker Shop")
    queue_name = f"porosia:test-worker:{uuid.uuid4().hex[:8]}"
    with tenancy.tenant_scope(acc.tenant_id):
        await tenancy.update_current_tenant(
            {Tenant.status: "deleting", Tenant.deletion_email: acc.email}
        )
    env = {**platform.env, "QUEUE_NAME": queue_name, "IN_PROCESS_WORKER": "false"}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "core.cli",
        "worker",
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert proc.stdout is not None
    # read the output from the start: a communicate() cancelled by a timeout loses what it read
    output = asyncio.create_task(proc.stdout.read())
    pool = await create_pool(
        arq_settings(platform.redis_url),
        default_queue_name=queue_name,
        job_serializer=job_dumps,
        job_deserializer=job_loads,
    )
    purged = False
    try:
        await pool.enqueue_job(PURGE_JOB, acc.tenant_id)
        # a fresh worker first runs its start-up crons (inbox reconciliation, token refresh)
        # over every tenant the session's earlier tests left in the database; on SQLite their
        # writes queue behind one another, so the purge may wait its turn for a while
        for _ in range(600):
            with tenancy.unscoped():
                if not await Tenant.exists().where(Tenant.id == acc.tenant_id):
                    purged = True
                    break
            await asyncio.sleep(0.1)
    finally:
        await pool.aclose()
        proc.terminate()
        try:
            await asyncio.wait_for(proc.wait(), 30)
        except TimeoutError:
            proc.kill()  # still finishing a start-up cron: it is not what this test is about
            await proc.wait()
        out = (await output).decode()
    assert purged, f"the worker process did not run the job:\n{out[-3000:]}"
    assert "purge_tenant" in out


async def test_purge_refuses_a_tenant_not_marked_for_deletion(
    http: Any, platform: Platform, db: Any
) -> None:
    acc = await make_account(http, "Active Shop")
    pool = await create_pool(
        arq_settings(platform.redis_url),
        default_queue_name=platform.env["QUEUE_NAME"],
        job_serializer=job_dumps,
        job_deserializer=job_loads,
    )
    try:
        await pool.enqueue_job(PURGE_JOB, acc.tenant_id)
        await asyncio.sleep(1.5)
    finally:
        await pool.aclose()
    assert (await http.get("/api/v1/me", headers=acc.headers)).status_code == 200
