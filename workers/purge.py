"""The tenant purge job."""

from __future__ import annotations

from core.runtime_state import Services
from core.services import tenants
from workers.jobs import tenant_job

TIMEOUT_S = 3600


@tenant_job
async def purge_tenant(services: Services) -> bool:
    return await tenants.purge(services, services.plugins)
