"""Fail-closed tenancy.

A context variable holds the current tenant. The scoped helpers below are the only way core
and plugin code query tenant-owned tables: each one adds ``tenant = <current>`` and raises
:class:`TenancyError` when no tenant is in scope. Crossing tenants (webhook routing, the job
bootstrap, tenant deletion, authentication) happens only inside an explicit ``unscoped()``
block, which a test greps for. Scope is entered at two doors: the authenticated request and
the job wrapper.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from piccolo.engine.sqlite import SQLiteEngine, TransactionType
from piccolo.query import Count, Delete, Exists, Insert, Objects, Select, Update
from piccolo.table import Table

from core.tables import Tenant

T = TypeVar("T", bound=Table)


class TenancyError(RuntimeError):
    """A tenant-owned table was queried with no tenant in scope."""


_tenant: ContextVar[uuid.UUID | None] = ContextVar("porosia_tenant", default=None)


def current_tenant_id() -> uuid.UUID:
    tenant_id = _tenant.get()
    if tenant_id is None:
        raise TenancyError("no tenant in scope: enter tenant_scope() or use unscoped()")
    return tenant_id


def has_tenant() -> bool:
    return _tenant.get() is not None


@contextmanager
def tenant_scope(tenant_id: uuid.UUID | str) -> Iterator[uuid.UUID]:
    """Enter a tenant's scope (the request door and the job door)."""
    tid = tenant_id if isinstance(tenant_id, uuid.UUID) else uuid.UUID(str(tenant_id))
    token = _tenant.set(tid)
    try:
        yield tid
    finally:
        _tenant.reset(token)


@contextmanager
def unscoped() -> Iterator[None]:
    """Mark a block that deliberately crosses tenants; raw table queries live only here.

    It clears any tenant in scope, so a scoped helper inside it fails instead of silently
    using a tenant that happened to be current.
    """
    token = _tenant.set(None)
    try:
        yield
    finally:
        _tenant.reset(token)


def _owned(table: type[Table]) -> Any:
    column = getattr(table, "tenant", None)
    if column is None:
        raise TenancyError(f"{table.__name__} is not a tenant-owned table")
    return column


def select(table: type[T], *columns: Any) -> Select:
    """``SELECT`` the current tenant's rows (JSON columns decoded)."""
    tid = current_tenant_id()
    return table.select(*columns).where(_owned(table) == tid).output(load_json=True)


def objects(table: type[T]) -> Objects[T]:
    tid = current_tenant_id()
    return table.objects().where(_owned(table) == tid).output(load_json=True)


def count(table: type[T]) -> Count:
    tid = current_tenant_id()
    return table.count().where(_owned(table) == tid)


def exists(table: type[T]) -> Exists:
    tid = current_tenant_id()
    return table.exists().where(_owned(table) == tid)


def update(table: type[T], values: dict[Any, Any]) -> Update:
    tid = current_tenant_id()
    return table.update(values).where(_owned(table) == tid)


def delete(table: type[T]) -> Delete:
    tid = current_tenant_id()
    return table.delete().where(_owned(table) == tid)


def new(table: type[T], **values: Any) -> T:
    """A new row of a tenant-owned table, owned by the current tenant."""
    _owned(table)
    return table(**{**values, "tenant": current_tenant_id()})


def insert(*rows: T) -> Insert:
    """Insert rows of one table into the current tenant (their ``tenant`` is overwritten)."""
    if not rows:
        raise ValueError("insert() needs at least one row")
    tid = current_tenant_id()
    table = type(rows[0])
    _owned(table)
    for row in rows:
        row.tenant = tid  # type: ignore[attr-defined]
    return table.insert(*rows)


async def current_tenant_or_none() -> dict[str, Any] | None:
    """The current tenant's own row, or ``None`` once it has been purged."""
    tid = current_tenant_id()
    row: dict[str, Any] | None = (
        await Tenant.select().where(Tenant.id == tid).output(load_json=True).first()
    )
    return row


async def current_tenant() -> dict[str, Any]:
    """The current tenant's own row."""
    row = await current_tenant_or_none()
    if row is None:
        raise TenancyError("the tenant in scope no longer exists")
    return row


def transaction() -> Any:
    """A database transaction (``async with``). On SQLite it takes the write lock up front,
    so two writers wait on the busy timeout instead of failing on a lock upgrade."""
    db = Tenant._meta.db
    if isinstance(db, SQLiteEngine):
        return db.transaction(transaction_type=TransactionType.immediate)
    return db.transaction()


def update_current_tenant(values: dict[Any, Any]) -> Update:
    return Tenant.update(values).where(Tenant.id == current_tenant_id())
