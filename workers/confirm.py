"""The confirmation job."""

from __future__ import annotations

import uuid

from arq import Retry

from core.runtime_state import Services
from core.services import confirmations
from workers.jobs import tenant_job


@tenant_job
async def confirm_order(services: Services, order_id: str) -> str:
    try:
        return await confirmations.confirm(services, uuid.UUID(order_id))
    except confirmations.NotYet as wait:
        raise Retry(defer=wait.seconds) from wait
