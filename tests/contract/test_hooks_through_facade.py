"""Every hook, called the way the core calls it: through the async façade of a host loaded
from the real entry points (the third-party echo plugin implements all channel and lifecycle
hooks; the built-in rule parser answers ``extracted_order``)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from porosia_echo import hooks as echo_hooks

from core.plugins import PluginHost, build_plugin_host
from core.types import (
    Catalog,
    ChannelConnection,
    ConversationMessage,
    ExtractedOrder,
    OutboundMessage,
    ParseContext,
)


@pytest.fixture(scope="module")
def host() -> PluginHost:
    return build_plugin_host()


def connection(channel: str = "echo") -> ChannelConnection:
    return ChannelConnection(str(uuid.uuid4()), channel, {"account": "a1"}, "a1")


async def test_send_result_is_answered_by_the_connection_s_channel(host: PluginHost) -> None:
    conn = connection()
    result = await host.send_result(conn, OutboundMessage(to="customer-7", text="Faleminderit"))
    assert result is not None and result.ok and (result.external_id or "").startswith("echo-")
    assert echo_hooks.SENT[-1] == (conn.tenant_id, OutboundMessage("customer-7", "Faleminderit"))
    refused = await host.send_result(conn, OutboundMessage(to=""))
    assert refused is not None and not refused.ok and refused.error_code == 100
    # another channel's connection never reaches echo's implementation
    sent = len(echo_hooks.SENT)
    await host.send_result(connection("telegram"), OutboundMessage(to="x", text="y"))
    assert len(echo_hooks.SENT) == sent


async def test_channel_subscribe_is_answered_by_the_connection_s_channel(
    host: PluginHost,
) -> None:
    conn = connection()
    url = "https://porosia.example/webhooks/k3y/echo"
    result = await host.channel_subscribe(conn, url, "verify-me")
    assert result is not None and result.ok
    assert echo_hooks.SUBSCRIBED[-1] == (conn.tenant_id, url, "verify-me")
    refused = await host.channel_subscribe(conn, "", "verify-me")
    assert refused is not None and not refused.ok and refused.error_code == 100
    # another channel's connection never reaches echo's implementation
    count = len(echo_hooks.SUBSCRIBED)
    assert await host.channel_subscribe(connection("telegram"), url, "t") is None
    assert len(echo_hooks.SUBSCRIBED) == count


async def test_lifecycle_notifications_reach_enabled_plugins_only(host: PluginHost) -> None:
    tenant, order = str(uuid.uuid4()), str(uuid.uuid4())
    await host.order_created(tenant, order, enabled={"echo"})
    await host.order_confirmed(tenant, order, enabled={"echo"})
    assert ("order_created", tenant, order) in echo_hooks.EVENTS
    assert ("order_confirmed", tenant, order) in echo_hooks.EVENTS
    other = str(uuid.uuid4())
    await host.order_created(tenant, other, enabled={"whatsapp", "parser_rules"})
    await host.order_confirmed(tenant, other, enabled=set())
    assert not [e for e in echo_hooks.EVENTS if e[2] == other]


async def test_tenant_data_purge_reaches_every_plugin(host: PluginHost) -> None:
    tenant = str(uuid.uuid4())
    await host.tenant_data_purge(tenant, [connection(), connection("whatsapp")])
    assert ("tenant_data_purge", tenant, "echo,whatsapp") in echo_hooks.EVENTS


async def test_extracted_order_asks_enabled_parsers(host: PluginHost) -> None:
    messages = [
        ConversationMessage("customer", "Pershendetje, dua 2 bluza te kuqe", datetime.now(UTC))
    ]
    context = ParseContext(channel="whatsapp")
    answer = await host.extracted_order(messages, Catalog(), context)
    assert isinstance(answer, ExtractedOrder)  # awaited and typed, from parser_rules
    assert await host.extracted_order(messages, Catalog(), context, enabled={"echo"}) is None
