"""Every channel — built-in or third-party, loaded through its entry point — passes the same
contract kit (core.testing)."""

from __future__ import annotations

import pytest

from core.hookspecs import hookimpl
from core.plugins import PluginHost, build_plugin_host
from core.testing import ChannelContract, ContractFailure
from core.types import ChannelConnection, PluginInfo, SendResult, SettingField
from tests.contract.channel_kits import KITS, echo_signed, meta_signed, whatsapp_sample


@pytest.fixture(scope="module")
def host() -> PluginHost:
    return build_plugin_host()  # the real entry points, third-party echo included


@pytest.mark.parametrize("name", sorted(KITS))
async def test_channel_passes_the_contract(host: PluginHost, name: str) -> None:
    await KITS[name].check_all(host)


def test_every_loaded_channel_has_a_kit(host: PluginHost) -> None:
    assert set(host.channels()) <= set(KITS), "a channel plugin without contract tests"
    assert {"whatsapp", "instagram", "echo"} <= set(host.channels())


async def test_the_kit_fails_a_plugin_that_breaks_the_contract(host: PluginHost) -> None:
    # whatsapp's sample signed the echo way: the kit must notice the signature is refused
    broken = ChannelContract("whatsapp", lambda a, s: (whatsapp_sample(a, s)[0], {}), meta_signed)
    with pytest.raises(Exception):  # WebhookRejected surfaces: the sample is not accepted
        await broken.check_signed_sample(host)
    # echo's signature scheme used for a Meta channel: garbage is refused as unsigned
    mismatched = ChannelContract("whatsapp", whatsapp_sample, echo_signed)
    with pytest.raises(ContractFailure, match="rejected as unsigned"):
        await mismatched.check_rejects_garbage(host)
    with pytest.raises(ContractFailure, match="not loaded"):
        ChannelContract("nope", whatsapp_sample, meta_signed).check_info(host)


class _RaisingSubscriber:
    """A channel whose channel_subscribe raises when its API is down (breaks the contract)."""

    @hookimpl
    def channel_subscribe(
        self, connection: ChannelConnection, callback_url: str, verify_token: str
    ) -> SendResult | None:
        if connection.channel != "raiser":
            return None
        raise ConnectionError("the API is down")


async def test_the_kit_fails_a_channel_subscribe_that_raises() -> None:
    host = build_plugin_host()
    host.pm.register(_RaisingSubscriber(), name="raiser")
    host.plugins["raiser"] = PluginInfo(
        "raiser", "Raiser", "channel", settings=(SettingField("id", "Id"),), routing_field="id"
    )
    kit = ChannelContract("raiser", whatsapp_sample, meta_signed)
    with pytest.raises(ContractFailure, match="channel_subscribe raised ConnectionError"):
        await kit.check_subscribe_never_raises(host)
