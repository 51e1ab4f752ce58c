"""A job that does nothing but say it ran: the baseline for job pick-up time."""

from __future__ import annotations

import time
from typing import Any

from core.redis import KEY_PREFIX


async def ping(ctx: dict[str, Any], token: str) -> float:
    """Record when the job started (``porosia:ping:<token>``, kept a minute)."""
    now = time.time()
    await ctx["services"].redis.set(f"{KEY_PREFIX}:ping:{token}", repr(now), ex=60)
    return now
