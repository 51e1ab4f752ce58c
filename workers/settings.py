"""arq worker settings: JSON serialisation, a real job timeout, a low poll delay.

``porosia worker`` runs :class:`WorkerSettings` (settings from the environment); the embedded
default runs the same settings inside ``porosia run``, sharing the web process's services.
"""

from __future__ import annotations

from typing import Any

from arq.cron import cron
from arq.worker import Worker, func, get_kwargs

from core.redis import arq_settings, job_dumps, job_loads
from core.runtime import services as open_services
from core.runtime_state import Services
from core.settings import Settings, load_settings
from workers import confirm, ingest, ping, purge, tokens


class WorkerSettings:
    functions = [
        # deleting a big shop's rows may outlast an ordinary job's time limit
        func(purge.purge_tenant, timeout=purge.TIMEOUT_S),  # type: ignore[arg-type]
        # waits its turn on the conversation's lock: more tries than others
        func(ingest.ingest_conversation, max_tries=200),  # type: ignore[arg-type]
        # waits for a quiet customer and backs off on Meta's errors: more tries than others
        func(confirm.confirm_order, max_tries=30),  # type: ignore[arg-type]
        func(confirm.follow_up_order, max_tries=30),  # type: ignore[arg-type]
        ping.ping,
    ]
    cron_jobs = [
        cron(ingest.reconcile_inbox, second={0, 30}, run_at_startup=True),  # type: ignore[arg-type]
        # Instagram's tokens live 60 days and are refreshed in their last 10: daily is plenty
        cron(
            tokens.refresh_tokens,  # type: ignore[arg-type]
            hour={3},
            minute={17},
            second={0},
            run_at_startup=True,
            timeout=tokens.TIMEOUT_S,
        ),
    ]
    job_serializer = staticmethod(job_dumps)
    job_deserializer = staticmethod(job_loads)
    job_timeout = Settings.job_timeout_s  # JOB_TIMEOUT_SECONDS overrides it at start
    poll_delay = 0.05
    keep_result = 0  # results would keep job arguments in Redis after a purge
    max_tries = 5

    @staticmethod
    async def on_startup(ctx: dict[str, Any]) -> None:
        settings = load_settings()
        if settings.redis_url is None:
            raise RuntimeError("REDIS_URL is required for a separate worker process")
        cm = open_services(settings, settings.redis_url)
        ctx["_services_cm"] = cm
        ctx["services"] = await cm.__aenter__()

    @staticmethod
    async def on_shutdown(ctx: dict[str, Any]) -> None:
        await ctx["_services_cm"].__aexit__(None, None, None)


def in_process_worker(shared: Services) -> Worker:
    """A worker inside the web process (embedded default and tests), sharing its services."""

    async def on_startup(ctx: dict[str, Any]) -> None:
        ctx["services"] = shared

    kwargs: dict[str, Any] = dict(get_kwargs(WorkerSettings))  # type: ignore[arg-type]
    kwargs.update(
        redis_pool=shared.queue,
        queue_name=shared.settings.queue_name,
        job_timeout=shared.settings.job_timeout_s,
        on_startup=on_startup,
        on_shutdown=None,
        handle_signals=False,
    )
    return Worker(**kwargs)


def run_standalone() -> None:
    settings = load_settings()
    from arq.worker import run_worker

    run_worker(
        WorkerSettings,  # type: ignore[arg-type]
        redis_settings=arq_settings(settings.redis_url or ""),
        queue_name=settings.queue_name,
        job_timeout=settings.job_timeout_s,
    )
