"""The contract is documented and tested: every hook has a hookspec docstring that says what
it returns and in which tenant scope it runs, a section in docs/plugins.md, and a test that
calls it."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from core import hookspecs
from core.plugins import PluginHost

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "plugins.md"


def test_hook_names_match_the_specs() -> None:
    specs = {
        name
        for name, fn in vars(hookspecs).items()
        if callable(fn) and hasattr(fn, f"{hookspecs.PROJECT}_spec")
    }
    assert specs == set(hookspecs.HOOK_NAMES)
    facade = {name for name, _ in inspect.getmembers(PluginHost, inspect.iscoroutinefunction)}
    assert set(hookspecs.HOOK_NAMES) <= facade, "a hook without a typed façade method"


@pytest.mark.parametrize("name", hookspecs.HOOK_NAMES)
def test_hookspec_docstring(name: str) -> None:
    doc = inspect.getdoc(getattr(hookspecs, name)) or ""
    assert len(doc) > 40, f"{name}: hookspec docstring missing or too short"
    assert "scope" in doc, f"{name}: the docstring must say which tenant scope it runs in"


@pytest.mark.parametrize("name", hookspecs.HOOK_NAMES)
def test_hook_is_in_the_author_guide(name: str) -> None:
    guide = GUIDE.read_text()
    assert re.search(rf"^### `{name}`$", guide, re.M), f"{name}: no section in docs/plugins.md"
    section = guide.split(f"### `{name}`", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    assert "scope" in section, f"{name}: the guide must say which tenant scope it runs in"


def _test_sources() -> list[Path]:
    files = [*(ROOT / "tests").rglob("test_*.py"), *(ROOT / "plugins").glob("*/tests/test_*.py")]
    return [f for f in files if f.resolve() != Path(__file__).resolve()]


@pytest.mark.parametrize("name", hookspecs.HOOK_NAMES)
def test_hook_is_exercised_by_a_test(name: str) -> None:
    """A test calls it: through the façade (``host.x(``), a plugin's hooks module, or a kit."""
    call = re.compile(rf"\.{name}\(")
    callers = [f for f in _test_sources() if call.search(f.read_text())]
    kit = (ROOT / "core" / "testing.py").read_text()
    assert callers or f"host.{name}(" in kit, f"{name}: no test calls this hook"
