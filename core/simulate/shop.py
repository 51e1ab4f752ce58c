"""The shop's side of ``porosia simulate``, over the public JSON API only: log in, find or make
the demo channel connections, upload the catalog, read the orders."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any
from urllib.parse import urlparse

import httpx

from core.simulate.traffic import Connection

DEMO_TOKEN_PREFIX = "SIMULATED-"  # noqa: S105 (a label, not a secret)


class SimulateError(RuntimeError):
    """Stop with this message and a non-zero exit status."""


class Api:
    def __init__(self, url: str) -> None:
        self.base = url.rstrip("/")
        self.client = httpx.Client(base_url=self.base, timeout=30)
        self.headers: dict[str, str] = {}

    def call(
        self, method: str, path: str, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        """One request; ``headers`` replace the API's (webhooks carry no Bearer token)."""
        try:
            return self.client.request(
                method, path, headers=self.headers if headers is None else headers, **kwargs
            )
        except httpx.HTTPError as exc:
            raise SimulateError(
                f"cannot reach {self.base}{path} ({exc.__class__.__name__}: {exc}); "
                "is `porosia run` running there?"
            ) from exc

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        r = self.call(method, path, **kwargs)
        if r.status_code == 401:
            raise SimulateError(f"{method} {path}: 401 unauthorized (log in again)")
        if r.status_code >= 400:
            raise SimulateError(f"{method} {path}: HTTP {r.status_code}: {_detail(r)}")
        return r.json()

    def login(self, email: str, password: str) -> None:
        r = self.call("POST", "/api/v1/token", json={"email": email, "password": password})
        if r.status_code in (400, 401):
            raise SimulateError(
                f"login failed for {email}: wrong email or password (HTTP {r.status_code}). "
                "Sign up first in the browser or with POST /api/v1/signup."
            )
        if r.status_code != 200:
            raise SimulateError(f"login failed: HTTP {r.status_code}: {_detail(r)}")
        self.headers = {"Authorization": f"Bearer {r.json()['access_token']}"}


def _detail(r: httpx.Response) -> str:
    try:
        return str(r.json().get("detail") or r.text[:200])
    except ValueError:
        return r.text[:200]


def demo_secret(password: str, webhook_path: str, channel: str) -> str:
    """The app secret simulate gives a demo connection: derived from the owner's password, so
    a later run finds it again without storing it, and nobody else can forge the signatures."""
    msg = f"porosia-simulate:{webhook_path}:{channel}".encode()
    return hmac.new(password.encode(), msg, hashlib.sha256).hexdigest()[:32]


def _masked(secret: str) -> str:
    return "••••" + secret[-4:]  # as core.crypto.mask shows a secret longer than 8


def _generated_id(channel: str) -> str:
    if channel == "whatsapp":
        return "1" + str(secrets.randbelow(10**14)).zfill(14)
    return "17841" + str(secrets.randbelow(10**12)).zfill(12)


def connect(
    api: Api, entry: dict[str, Any], password: str, app_secret: str | None, say: Any
) -> Connection:
    """The channel's connection (an entry of ``GET /api/v1/channels``): a demo connection made
    by an earlier run, the shop's own with ``app_secret`` given, or a new demo connection
    with generated ids when the channel was never configured. A shop's real credentials are
    never overwritten."""
    name, field = entry["name"], entry["routing_field"]
    path = urlparse(entry["webhook_url"]).path
    settings = entry.get("settings") or {}
    routing = settings.get(field)
    derived = demo_secret(password, path, name)
    ours = (settings.get("app_secret") or {}).get("masked") == _masked(derived)
    configured = bool(routing) or bool((settings.get("access_token") or {}).get("set"))
    if configured:
        if not ours and not app_secret:
            raise SimulateError(
                f"{name} is already configured ({field} {routing}) with an app secret porosia "
                "simulate did not set; pass --app-secret with the secret the webhooks are "
                "signed with, or use another account"
            )
        if not routing:
            raise SimulateError(f"{name} is configured without a {field}: complete it first")
        if not entry.get("enabled"):
            if not ours:
                raise SimulateError(f"{name} is configured but disabled: enable it first")
            api.json("PUT", f"/api/v1/channels/{name}", json={"enabled": True})
        how = "the given app secret" if app_secret else "its derived app secret"
        say(f"{name}: using the {'demo ' if ours else ''}connection ({field} {routing}, {how})")
        return Connection(name, routing, app_secret or derived, path)
    routing = _generated_id(name)
    body = {
        "enabled": True,
        field: routing,
        "access_token": DEMO_TOKEN_PREFIX + secrets.token_hex(16),
        "app_secret": app_secret or derived,
    }
    if name == "whatsapp":  # connecting subscribes the app to the (demo) business account
        body["waba_id"] = _generated_id(name)
    api.json("PUT", f"/api/v1/channels/{name}", json=body)
    say(
        f"{name}: connected a demo channel ({field} {routing}, a dummy access token, "
        "a generated app secret)"
    )
    return Connection(name, routing, app_secret or derived, path)


def upload_catalog(api: Api, catalog: dict[str, Any], explicit: bool, say: Any) -> None:
    """Upload ``catalog``; an implicit (default) one only when the shop has no products."""
    current = api.json("GET", "/api/v1/catalog")
    if current.get("products") and not explicit:
        say(f"catalog: keeping the shop's {len(current['products'])} products")
        return
    api.json("PUT", "/api/v1/catalog", json=catalog)
    say(f"catalog: uploaded {len(catalog['products'])} products")


def list_orders(api: Api) -> list[dict[str, Any]]:
    """Every order of the shop, newest first (following the cursor)."""
    found: list[dict[str, Any]] = []
    cursor = None
    while True:
        params = {"limit": "200", **({"cursor": cursor} if cursor else {})}
        page = api.json("GET", "/api/v1/orders", params=params)
        found.extend(page["items"])
        cursor = page.get("next_cursor")
        if not cursor:
            return found
