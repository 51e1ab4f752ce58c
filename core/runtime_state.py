"""The long-lived objects a process shares: settings, Redis, the job queue, the plugins."""

from __future__ import annotations

from dataclasses import dataclass

from arq.connections import ArqRedis
from redis.asyncio import Redis

from core.crypto import SecretBox
from core.plugins import PluginHost
from core.settings import Settings


@dataclass
class Services:
    settings: Settings
    redis: Redis
    queue: ArqRedis
    plugins: PluginHost
    secrets: SecretBox

    async def enqueue(
        self, job: str, *args: object, job_id: str | None = None, defer_s: float | None = None
    ) -> bool:
        """Queue a job. Jobs take primitive ids only (and are safe to run twice); a job id
        already queued or running is not queued again (then this answers False)."""
        queued = await self.queue.enqueue_job(job, *args, _job_id=job_id, _defer_by=defer_s)
        return queued is not None
