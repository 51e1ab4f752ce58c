"""The contract tests need the third-party echo plugin installed through its entry point."""

from __future__ import annotations

import importlib.util

import pytest

if importlib.util.find_spec("porosia_echo") is None:
    raise pytest.UsageError(
        "the contract tests need the third-party test plugin: "
        "pip install -e tests/thirdparty/porosia-echo"
    )
