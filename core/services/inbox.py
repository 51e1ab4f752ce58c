"""The inbox as the operator sees it: items that kept failing are parked here, not retried
forever; they can be looked at and sent back for another try."""

from __future__ import annotations

import uuid
from typing import Any

from core import tenancy
from core.errors import Invalid, NotFound
from core.runtime_state import Services
from core.services.conversations import enqueue_ingest
from core.tables import InboundEvent

STATUSES = ("pending", "done", "parked")


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise Invalid(f"status: one of {', '.join(STATUSES)}")


async def list_items(status: str = "parked", limit: int = 100) -> list[dict[str, Any]]:
    _check_status(status)
    rows = (
        await tenancy.select(
            InboundEvent,
            InboundEvent.id,
            InboundEvent.channel,
            InboundEvent.external_id,
            InboundEvent.status,
            InboundEvent.attempts,
            InboundEvent.error,
            InboundEvent.received_at,
        )
        .where(InboundEvent.status == status)
        .order_by(InboundEvent.received_at, ascending=False)
        .limit(max(1, min(limit, 500)))
    )
    return [{**r, "id": str(r["id"]), "received_at": r["received_at"].isoformat()} for r in rows]


async def count_items(status: str = "parked") -> int:
    """How many of the tenant's items have ``status`` (the dashboard's "Problems" badge)."""
    _check_status(status)
    return int(await tenancy.count(InboundEvent).where(InboundEvent.status == status))


async def retry(services: Services, item_id: str) -> dict[str, Any]:
    """Send a parked item back to the ingest job, with a fresh count of attempts."""
    try:
        iid = uuid.UUID(item_id)
    except ValueError as exc:
        raise NotFound("inbox item not found") from exc
    rows = (
        await tenancy.update(
            InboundEvent,
            {InboundEvent.status: "pending", InboundEvent.attempts: 0, InboundEvent.error: None},
        )
        .where((InboundEvent.id == iid) & (InboundEvent.status == "parked"))
        .returning(InboundEvent.channel, InboundEvent.contact_id)
    )
    if not rows:
        raise NotFound("inbox item not found")
    channel, contact = rows[0]["channel"], rows[0]["contact_id"]
    await enqueue_ingest(services, channel, {(tenancy.current_tenant_id(), contact)})
    return {"id": item_id, "status": "pending"}
