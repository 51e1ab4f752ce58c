"""The jobs that write to a customer about an order: the confirmation and the follow-up."""

from __future__ import annotations

import uuid

from arq import Retry

from core.runtime_state import Services
from core.services import confirmations
from core.services.outbound import NotYet
from workers.jobs import tenant_job


@tenant_job
async def confirm_order(services: Services, order_id: str) -> str:
    try:
        return await confirmations.confirm(services, uuid.UUID(order_id))
    except NotYet as wait:
        raise Retry(defer=wait.seconds) from wait


@tenant_job
async def follow_up_order(services: Services, order_id: str) -> str:
    try:
        return await confirmations.follow_up(services, uuid.UUID(order_id))
    except NotYet as wait:
        raise Retry(defer=wait.seconds) from wait
