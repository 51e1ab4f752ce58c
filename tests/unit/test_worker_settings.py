"""The worker's job table: per-job limits that differ from the defaults."""

from __future__ import annotations

from arq.worker import Function

from core.settings import Settings
from workers.settings import WorkerSettings


def _functions() -> dict[str, Function]:
    return {f.name: f for f in WorkerSettings.functions if isinstance(f, Function)}


def test_a_purge_may_run_longer_than_an_ordinary_job() -> None:
    purge = _functions()["purge_tenant"]
    assert purge.timeout_s is not None and purge.timeout_s > Settings.job_timeout_s


def test_an_ingest_job_waits_its_turn_many_times_before_giving_up() -> None:
    assert (_functions()["ingest_conversation"].max_tries or 0) > WorkerSettings.max_tries


def test_tokens_are_refreshed_daily_and_at_startup() -> None:
    crons = {c.name: c for c in WorkerSettings.cron_jobs}
    job = crons["cron:refresh_tokens"]
    assert job.run_at_startup and job.hour == {3} and job.minute == {17}
    assert job.timeout_s is not None and job.timeout_s > Settings.job_timeout_s
