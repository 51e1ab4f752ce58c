"""Process start-up shared by ``porosia run``, ``porosia worker`` and ``porosia migrate``."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from arq import create_pool

from core import db
from core.crypto import SecretBox
from core.plugins import build_plugin_host
from core.redis import arq_settings, connect, job_dumps, job_loads
from core.runtime_state import Services
from core.settings import Settings

log = logging.getLogger("porosia")


async def migrate(settings: Settings) -> None:
    """Apply the Piccolo migrations (the same files on PostgreSQL and SQLite)."""
    os.environ["PICCOLO_CONF"] = "core.piccolo_conf"
    db.configure(settings.database_url)
    from piccolo.apps.migrations.commands.forwards import run_forwards

    result = await run_forwards("porosia")
    if not result.success:
        raise RuntimeError(f"migration failed: {result.message}")


@asynccontextmanager
async def services(settings: Settings, redis_url: str) -> AsyncIterator[Services]:
    """Open the database pool, Redis and the job queue; load the plugins."""
    db.configure(settings.database_url)
    await db.start()
    redis = connect(redis_url)
    queue = await create_pool(
        arq_settings(redis_url),
        default_queue_name=settings.queue_name,
        job_serializer=job_dumps,
        job_deserializer=job_loads,
    )
    try:
        yield Services(
            settings=settings,
            redis=redis,
            queue=queue,
            plugins=build_plugin_host(),
            secrets=SecretBox(settings.encryption_keys),
        )
    finally:
        await queue.aclose()
        await redis.aclose()
        await db.stop()


def configure_logging() -> None:
    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "INFO"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # httpx logs every request's full URL at INFO, and Meta's token endpoints take the app
    # secret, codes and tokens in the query string: keep them out of the log.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def migrate_command(settings: Settings) -> int:
    configure_logging()
    asyncio.run(migrate(settings))
    log.info("database is up to date")
    return 0
