"""The migrations create every index the code relies on, on PostgreSQL and on SQLite."""

from __future__ import annotations

from typing import Any

from core.tables import INDEXES, Tenant


async def test_every_listed_index_exists(db: Any) -> None:
    engine = Tenant._meta.db
    if engine.engine_type == "postgres":
        rows = await engine.run_ddl("SELECT indexname AS name, tablename AS tbl FROM pg_indexes")
    else:
        rows = await engine.run_ddl(
            "SELECT name, tbl_name AS tbl FROM sqlite_master WHERE type = 'index'"
        )
    present = {(r["name"], r["tbl"]) for r in rows}
    missing = [(name, table) for name, table, _, _ in INDEXES if (name, table) not in present]
    assert missing == []
