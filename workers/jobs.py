"""Job wrappers: jobs take primitive ids and enter the tenant scope in one place."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from core import tenancy
from core.runtime_state import Services

log = logging.getLogger("porosia.jobs")

Job = Callable[..., Awaitable[Any]]


def tenant_job(fn: Callable[..., Awaitable[Any]]) -> Job:
    """Wrap ``fn(services, *args)`` as an arq job ``job(ctx, tenant_id, *args)``.

    The job door into a tenant's scope: the only place jobs set the tenant.
    """

    @functools.wraps(fn)
    async def job(ctx: dict[str, Any], tenant_id: str, *args: Any) -> Any:
        with tenancy.tenant_scope(tenant_id):
            return await fn(ctx["services"], *args)

    return job


def services_of(ctx: dict[str, Any]) -> Services:
    return ctx["services"]  # type: ignore[no-any-return]
