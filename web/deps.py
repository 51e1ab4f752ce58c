"""Dependencies shared by API and dashboard handlers."""

from __future__ import annotations

from typing import Any

from litestar.connection import ASGIConnection

from core.runtime_state import Services


def services(connection: ASGIConnection[Any, Any, Any, Any]) -> Services:
    return connection.app.state.services  # type: ignore[no-any-return]


def client_ip(connection: ASGIConnection[Any, Any, Any, Any]) -> str:
    client = connection.scope.get("client")
    return client[0] if client else "unknown"
