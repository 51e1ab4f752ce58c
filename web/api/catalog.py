"""JSON API: catalog (see the issue for shapes)."""

from __future__ import annotations

from typing import Any

routes: list[Any] = []
