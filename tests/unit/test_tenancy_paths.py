"""Every query path in core/, plugins/, web/ and workers/ goes through the scoped helpers of
core.tenancy.

A raw query on a table class (``Order.select()``, ``User.update(...)``...) or a row's
``save()``/``remove()`` is allowed only lexically inside a ``with unscoped():`` block: the
greppable, deliberate crossings (auth, webhook routing, job bootstrap, tenant deletion).
"""

from __future__ import annotations

import ast
from pathlib import Path

from core.tables import ALL_TABLES

ROOT = Path(__file__).resolve().parents[2]
TABLE_NAMES = {t.__name__ for t in ALL_TABLES}
QUERY_METHODS = {
    "select",
    "objects",
    "count",
    "exists",
    "update",
    "delete",
    "insert",
    "raw",
    "create_table",
    "alter",
}
ROW_METHODS = {"save", "remove", "refresh"}
EXEMPT = {ROOT / "core" / "tenancy.py"}


def _is_unscoped(node: ast.With | ast.AsyncWith) -> bool:
    for item in node.items:
        call = item.context_expr
        if isinstance(call, ast.Call):
            fn = call.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
            if name == "unscoped":
                return True
    return False


def violations(source: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST, allowed: bool) -> None:
        if isinstance(node, (ast.With, ast.AsyncWith)) and _is_unscoped(node):
            allowed = True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and not allowed:
            target, method = node.func.value, node.func.attr
            if (
                isinstance(target, ast.Name)
                and target.id in TABLE_NAMES
                and (method in QUERY_METHODS)
            ):
                found.append((node.lineno, f"{target.id}.{method}()"))
            elif method in ROW_METHODS and not node.args:
                found.append((node.lineno, f".{method}()"))
        for child in ast.iter_child_nodes(node):
            visit(child, allowed)

    visit(ast.parse(source), False)
    return found


def _sources() -> list[Path]:
    files = [
        f for folder in ("core", "plugins", "web", "workers") for f in (ROOT / folder).rglob("*.py")
    ]
    return [
        f
        for f in files
        if f not in EXEMPT and "piccolo_migrations" not in f.parts and "tests" not in f.parts
    ]


def test_every_query_goes_through_the_scoped_helpers() -> None:
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {what} outside unscoped()"
        for path in _sources()
        for line, what in violations(path.read_text())
    ]
    assert not problems, "\n".join(problems)


def test_the_checker_catches_raw_queries() -> None:
    bad = "async def f():\n    await Order.select().where(Order.id == 1)\n    await row.save()\n"
    assert [what for _, what in violations(bad)] == ["Order.select()", ".save()"]
    ok = (
        "async def f():\n    with tenancy.unscoped():\n        await Order.delete()\n"
        "    await tenancy.select(Order)\n"
    )
    assert violations(ok) == []
