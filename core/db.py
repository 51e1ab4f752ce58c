"""The database engine: PostgreSQL by URL, or SQLite (WAL, busy timeout) for the embedded
default. One engine per process, attached to every table."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlparse

from piccolo.engine.base import Engine
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine

from core.tables import ALL_TABLES

SQLITE_BUSY_TIMEOUT_S = 30

_engine: Engine | None = None


def sqlite_path(url: str) -> Path:
    """``sqlite:///relative/file.db`` or ``sqlite:////absolute/file.db``."""
    return Path(url.split("sqlite:///", 1)[1])


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(path) as conn:  # WAL is persistent: set it once per file
            conn.execute("PRAGMA journal_mode=WAL")
        return SQLiteEngine(path=str(path), timeout=SQLITE_BUSY_TIMEOUT_S)
    parsed = urlparse(url)
    dsn = parsed._replace(scheme="postgresql").geturl()
    return PostgresEngine(config={"dsn": dsn})


def configure(url: str) -> Engine:
    """Create the process's engine and attach it to every table."""
    global _engine
    _engine = make_engine(url)
    for table in ALL_TABLES:
        table._meta._db = _engine
    return _engine


def engine() -> Engine:
    if _engine is None:
        from core.settings import load_settings

        return configure(load_settings().database_url)
    return _engine


async def _keep_session(connection: object) -> None:
    """What the pool does to a connection it takes back, after asyncpg has rolled back any
    open transaction: nothing. asyncpg's default also runs a reset query (advisory locks,
    cursors, LISTEN, settings) on every release, one more round trip per query; this app
    changes none of that session state (its only advisory lock is transaction-scoped)."""


async def start(pool_size: int = 10) -> None:
    eng = engine()
    if isinstance(eng, PostgresEngine):
        await eng.start_connection_pool(max_size=pool_size, reset=_keep_session)


async def stop() -> None:
    eng = engine()
    if isinstance(eng, PostgresEngine):
        await eng.close_connection_pool()


async def ping() -> bool:
    try:
        await engine().run_ddl("SELECT 1")
    except Exception:
        return False
    return True
