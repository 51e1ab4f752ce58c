"""The async façade: awaiting, first answer wins, enablement, isolated notifications."""

from __future__ import annotations

import types
from datetime import UTC, datetime

import pytest

from core.plugin_api import (
    Catalog,
    ConversationMessage,
    ExtractedOrder,
    ParseContext,
    PluginInfo,
    hookimpl,
)
from core.plugins import PluginError, PluginHost, build_plugin_host


def _package(name: str, kind: str, hooks: object, host_api: int = 1) -> types.ModuleType:
    """A plugin package object: PLUGIN metadata plus a registered ``hooks`` module."""
    import sys

    pkg = types.ModuleType(f"fakeplugin_{name}")
    pkg.PLUGIN = PluginInfo(name=name, label=name, kind=kind, host_api=host_api)  # type: ignore[attr-defined]
    hooks_mod = types.ModuleType(f"fakeplugin_{name}.hooks")
    for attr, value in vars(hooks).items():
        if callable(value):
            setattr(hooks_mod, attr, value)
    sys.modules[pkg.__name__] = pkg
    sys.modules[hooks_mod.__name__] = hooks_mod
    return pkg


MSG = [ConversationMessage(author="customer", text="2 copa", at=datetime.now(UTC))]
CTX = ParseContext(channel="whatsapp")


class AsyncParser:
    @staticmethod
    @hookimpl
    async def extracted_order(messages, catalog, context):  # type: ignore[no-untyped-def]
        return ExtractedOrder(is_order=True, customer_name="async")


class PassingParser:
    @staticmethod
    @hookimpl
    def extracted_order(messages, catalog, context):  # type: ignore[no-untyped-def]
        return None


class CrashingParser:
    @staticmethod
    @hookimpl
    def extracted_order(messages, catalog, context):  # type: ignore[no-untyped-def]
        raise KeyError("a bug in a parser")


class Broken:
    @staticmethod
    @hookimpl
    def order_created(tenant_id, order_id):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")


class Recorder:
    seen: list[str] = []

    @staticmethod
    @hookimpl
    async def order_created(tenant_id, order_id):  # type: ignore[no-untyped-def]
        Recorder.seen.append(order_id)


async def test_async_first_answer_wins_and_none_passes_on() -> None:
    host = PluginHost()
    host.load(_package("p_async", "parser", AsyncParser))
    host.load(_package("p_pass", "parser", PassingParser))  # asked first, answers None
    order = await host.extracted_order(MSG, Catalog(), CTX)
    assert isinstance(order, ExtractedOrder)  # the awaited answer, not a coroutine
    assert order.customer_name == "async"


async def test_a_crashing_parser_is_logged_and_the_next_one_answers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    host = PluginHost()
    host.load(_package("p_async3", "parser", AsyncParser))
    host.load(_package("p_crash", "parser", CrashingParser))  # asked first, raises
    order = await host.extracted_order(MSG, Catalog(), CTX)
    assert order is not None and order.customer_name == "async"
    assert "plugin p_crash failed in extracted_order" in caplog.text
    alone = PluginHost()
    alone.load(_package("p_crash2", "parser", CrashingParser))
    assert await alone.extracted_order(MSG, Catalog(), CTX) is None


async def test_disabled_plugins_are_not_called() -> None:
    host = PluginHost()
    host.load(_package("p_async2", "parser", AsyncParser))
    assert await host.extracted_order(MSG, Catalog(), CTX, enabled=set()) is None


async def test_notification_failures_are_isolated() -> None:
    host = PluginHost()
    host.load(_package("rec", "other", Recorder))
    host.load(_package("broken", "other", Broken))
    Recorder.seen.clear()
    await host.order_created("t1", "o1", enabled={"rec", "broken"})
    assert Recorder.seen == ["o1"]


def test_incompatible_or_anonymous_plugins_are_refused() -> None:
    host = PluginHost()
    with pytest.raises(PluginError, match="host API"):
        host.load(_package("future", "parser", PassingParser, host_api=99))
    with pytest.raises(PluginError, match="PLUGIN"):
        host.load(types.ModuleType("no_metadata"))


def test_builtins_load_through_entry_points() -> None:
    host = build_plugin_host()
    assert {"whatsapp", "instagram"} <= set(host.channels())
    assert "parser_rules" in host.parsers()
    assert host.channels()["whatsapp"].routing_field == "phone_number_id"
