from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from core.settings import SettingsError, load_settings


def test_embedded_default_keeps_its_own_keys(tmp_path: Path) -> None:
    env = {"POROSIA_VAR_DIR": str(tmp_path)}
    first = load_settings(env)
    assert first.embedded and first.database_url.startswith("sqlite:///")
    assert first.redis_url is None and first.in_process_worker
    assert (tmp_path / "keys" / "secret_key").stat().st_mode & 0o077 == 0
    again = load_settings(env)
    assert again.secret_key == first.secret_key
    assert again.encryption_keys == first.encryption_keys


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATABASE_URL", "mysql://x/y"),
        ("DATABASE_URL", "sqlite://relative.db"),
        ("REDIS_URL", "http://localhost"),
        ("SECRET_KEY", "short"),
        ("ENCRYPTION_KEY", "not-a-fernet-key"),
        ("PUBLIC_URL", "ftp://example.com"),
        ("TOKEN_TTL_SECONDS", "soon"),
        ("SECURE_COOKIES", "maybe"),
        ("LOGIN_RATE_LIMIT", "ten"),
        ("META_GRAPH_URL", "graph.facebook.com"),
    ],
)
def test_bad_values_name_the_variable(tmp_path: Path, name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        load_settings({"POROSIA_VAR_DIR": str(tmp_path), name: value})


def test_encryption_keys_rotate(tmp_path: Path) -> None:
    new, old = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    s = load_settings({"POROSIA_VAR_DIR": str(tmp_path), "ENCRYPTION_KEY": f"{new}, {old}"})
    assert s.encryption_keys == (new, old)


def test_cli_stops_on_a_bad_value(tmp_path: Path) -> None:
    import subprocess
    import sys

    r = subprocess.run(
        [sys.executable, "-m", "core.cli", "migrate"],
        env={"POROSIA_VAR_DIR": str(tmp_path), "DATABASE_URL": "mysql://nope", "PATH": ""},
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert r.returncode == 2
    assert "DATABASE_URL" in r.stderr and "Traceback" not in r.stderr
