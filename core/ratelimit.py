"""Fixed-window rate limits in Redis (shared by every web process)."""

from __future__ import annotations

import hashlib

from redis.asyncio import Redis

from core.redis import KEY_PREFIX


class RateLimited(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many attempts, retry in {retry_after} s")
        self.retry_after = retry_after


async def hit(redis: Redis, bucket: str, subject: str, limit: int, window_s: int) -> None:
    """Count one attempt; raise :class:`RateLimited` past ``limit`` in ``window_s``."""
    digest = hashlib.sha256(subject.lower().encode()).hexdigest()[:32]  # no emails in Redis
    await hit_key(redis, f"{KEY_PREFIX}:rl:{bucket}:{digest}", limit, window_s)


async def hit_key(redis: Redis, key: str, limit: int, window_s: int) -> None:
    """:func:`hit` on a key the caller names (a tenant's key, so a purge removes it)."""
    async with redis.pipeline(transaction=True) as pipe:
        pipe.set(key, 0, ex=window_s, nx=True)  # opens the window (Redis 6.2 has no EXPIRE NX)
        pipe.incr(key)
        pipe.ttl(key)
        _, count, ttl = await pipe.execute()
    if int(count) > limit:
        raise RateLimited(max(int(ttl), 1))
