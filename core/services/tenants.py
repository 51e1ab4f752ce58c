"""Tenant deletion: mark, revoke, then purge every trace (the purge job does the work)."""

from __future__ import annotations

import logging

from core import tenancy
from core.mail import send_mail
from core.plugins import PluginHost
from core.redis import delete_tenant_keys
from core.runtime_state import Services
from core.services.connections import connections
from core.tables import Tenant, User

log = logging.getLogger("porosia.tenants")
PURGE_JOB = "purge_tenant"


async def request_deletion(services: Services, owner_email: str) -> None:
    """Mark the current tenant as deleting, revoke its sessions and queue the purge.

    The tenant is marked before the caller answers, so nothing else is done for it from now
    on (log-in and tokens stop working at once).
    """
    tid = tenancy.current_tenant_id()
    await tenancy.update_current_tenant(
        {Tenant.status: "deleting", Tenant.deletion_email: owner_email}
    )
    await tenancy.update(User, {User.token_version: User.token_version + 1})
    await services.enqueue(PURGE_JOB, str(tid), job_id=f"purge:{tid}")


async def purge(services: Services, plugins: PluginHost) -> bool:
    """Delete the current tenant and everything it owns. Safe to run twice.

    Plugins hear of it first (while the connections still exist), then the Redis keys go,
    then the tenant row, whose foreign keys cascade to every tenant-owned table. Finally the
    owner gets the confirmation at the address captured when deletion was requested.
    """
    tid = tenancy.current_tenant_id()
    tenant = await tenancy.current_tenant_or_none()
    if tenant is None:
        return False  # already purged
    if tenant["status"] != "deleting":
        log.warning("purge of tenant %s refused: not marked for deletion", tid)
        return False
    await plugins.tenant_data_purge(str(tid), await connections(services))
    await delete_tenant_keys(services.redis, tid)
    with tenancy.unscoped():  # the tenant row itself: the one cross-table delete we do
        await Tenant.delete().where(Tenant.id == tid)
    if tenant["deletion_email"]:
        await send_mail(
            services.settings,
            tenant["deletion_email"],
            "Your PorosiaIme account has been deleted",
            _DELETION_MAIL.format(business=tenant["name"]),
        )
    log.info("tenant %s purged", tid)
    return True


_DELETION_MAIL = """Hello,

as you asked, the PorosiaIme account of {business} has been deleted: its users, channel
connections and their tokens, catalog, customers, conversations, messages, orders and queued
work are gone from our systems. Meta was told to stop sending us its messages where a channel
plugin supports it.

This is the last message you will receive from us about this account.

PorosiaIme
"""
