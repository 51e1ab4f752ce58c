"""Token refresh: a daily look across tenants for expiring access tokens (Instagram's 60-day
token), then a refresh in each tenant's scope (:mod:`core.services.token_refresh`)."""

from __future__ import annotations

import logging
from typing import Any

from core.runtime_state import Services
from core.services import token_refresh
from workers.jobs import tenant_job

log = logging.getLogger("porosia.tokens")
TIMEOUT_S = 600  # many shops' refreshes, one Graph call each


@tenant_job
async def refresh_tenant_tokens(services: Services) -> dict[str, str]:
    """Refresh the tenant's due tokens (in its scope, entered by ``tenant_job``)."""
    return await token_refresh.refresh_due(services)


async def refresh_tokens(ctx: dict[str, Any]) -> int:
    """Find the tenants with a token due (an explicit unscoped look-up in
    :func:`core.services.token_refresh.tenants_due`) and refresh each in its own scope; one
    shop's failure does not stop the others. Returns how many tokens were refreshed."""
    refreshed = 0
    for tenant_id in await token_refresh.tenants_due():
        try:
            outcome = await refresh_tenant_tokens(ctx, tenant_id)
        except Exception:
            log.exception("tenant %s: refreshing tokens failed", tenant_id)
            continue
        refreshed += sum(1 for v in outcome.values() if v == "refreshed")
    if refreshed:
        log.info("token refresh: %d tokens refreshed", refreshed)
    return refreshed
