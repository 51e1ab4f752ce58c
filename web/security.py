"""The request door into a tenant's scope.

The JSON API authenticates with ``Authorization: Bearer`` only (cookies are ignored there, so
CSRF cannot apply); the dashboard with its HttpOnly session cookie (and Litestar's CSRF check
on state-changing requests). Webhooks and Meta callbacks are outside both.
"""

from __future__ import annotations

from typing import Any

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.handlers.base import BaseRouteHandler
from litestar.types import ASGIApp, Receive, Scope, Send

from core import tenancy
from core.auth import InvalidToken, decode_token
from core.services.accounts import Identity, identity_for
from core.settings import Settings

SESSION_COOKIE = "porosia_session"
API_PREFIX = "/api/"


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return None


def _cookie(scope: Scope, name: str) -> str | None:
    raw = _header(scope, b"cookie")
    if not raw:
        return None
    for part in raw.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


def bearer_token(scope: Scope) -> str | None:
    auth = _header(scope, b"authorization") or ""
    scheme, _, token = auth.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class TenantAuthMiddleware:
    """Authenticate the request and run the rest of it inside the tenant's scope."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if path.startswith("/webhooks/") or path.startswith("/meta/"):
            token = None
        elif path.startswith(API_PREFIX):
            token = bearer_token(scope)
        else:
            token = _cookie(scope, SESSION_COOKIE)
        identity = await self._identity(token) if token else None
        scope["user"] = identity
        scope["auth"] = token if identity else None
        if identity is None:
            await self.app(scope, receive, send)
            return
        with tenancy.tenant_scope(identity.tenant_id):
            await self.app(scope, receive, send)

    async def _identity(self, token: str) -> Identity | None:
        try:
            claims = decode_token(self.settings, token)
        except InvalidToken:
            return None
        return await identity_for(claims)


def requires_identity(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """Route guard: a valid, unrevoked token for an active tenant."""
    if connection.scope.get("user") is None:
        raise NotAuthorizedException("a valid bearer token is required")


def current_identity(connection: ASGIConnection[Any, Any, Any, Any]) -> Identity:
    identity = connection.scope.get("user")
    if not isinstance(identity, Identity):
        raise NotAuthorizedException("not signed in")
    return identity
