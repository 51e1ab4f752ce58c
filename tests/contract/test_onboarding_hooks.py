"""The connect-flow hooks through the façade: ``channel_authorize_url`` and
``channel_onboard`` reach only the plugin of the app's channel, and the built-in Meta
channels finish their flows against the fake Graph API over real HTTP."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from core.plugins import PluginHost, build_plugin_host
from core.settings import Settings
from core.types import OnboardingApp


@pytest.fixture(scope="module")
def host() -> PluginHost:
    return build_plugin_host()


async def test_authorize_url_comes_from_the_app_s_channel(
    host: PluginHost, settings: Settings
) -> None:
    app = settings.onboarding_app("instagram")
    assert app is not None and app.flow == "redirect"
    url = await host.channel_authorize_url(app, "https://shop.example/cb", "s1gned")
    assert url is not None and url.startswith(app.urls["authorize"])
    query = parse_qs(urlsplit(url).query)
    assert query["state"] == ["s1gned"] and query["redirect_uri"] == ["https://shop.example/cb"]
    assert query["client_id"] == [app.client_id]
    wa = settings.onboarding_app("whatsapp")
    assert wa is not None and wa.flow == "js_sdk"
    # WhatsApp's flow starts in the page, and a channel nobody implements gets no answer
    assert await host.channel_authorize_url(wa, "https://shop.example/cb", "s") is None
    other = OnboardingApp("telegram", "redirect", "id", "secret", urls={"authorize": "x"})
    assert await host.channel_authorize_url(other, "https://shop.example/cb", "s") is None


async def test_channel_onboard_exchanges_against_the_fake(
    host: PluginHost, settings: Settings, fake_meta: Any
) -> None:
    wa = settings.onboarding_app("whatsapp")
    assert wa is not None
    issued = fake_meta.issue_code("whatsapp")
    params = {k: issued[k] for k in ("code", "waba_id", "phone_number_id")}
    result = await host.channel_onboard(wa, params, "https://shop.example/cb")
    assert result is not None and result.ok, result
    assert result.settings["phone_number_id"] == issued["phone_number_id"]
    assert result.settings["access_token"].startswith("EAAG")
    assert result.settings["app_secret"] is None and result.meta_user_id == issued["user_id"]
    again = await host.channel_onboard(wa, params, "https://shop.example/cb")
    assert again is not None and not again.ok and again.error_code == 100
    ig = settings.onboarding_app("instagram")
    assert ig is not None
    code = fake_meta.issue_code("instagram", user_id="1020", ig_user_id="17841400000001")
    result = await host.channel_onboard(ig, {"code": code["code"] + "#_"}, "https://x/cb")
    assert result is not None and result.ok, result
    assert result.settings["account_id"] == "17841400000001" and result.meta_user_id == "1020"
    other = OnboardingApp("telegram", "js_sdk", "id", "secret")
    assert await host.channel_onboard(other, {"code": "c"}, "https://x/cb") is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"data": [{"access_token": "T", "user_id": "9", "permissions": "p"}]}, ("T", "9")),
        ({"access_token": "T", "user_id": 9, "permissions": "p"}, ("T", "9")),
        ({"data": []}, None),
        ({"access_token": "T"}, None),
    ],
)
def test_instagram_token_answer_shapes(body: dict[str, Any], expected: Any) -> None:
    from plugins.instagram.onboarding import short_lived

    assert short_lived(body) == expected


def test_flows_are_offered_only_when_configured() -> None:
    bare = Settings("sqlite:///x", None, "k" * 40, ("k",), "http://x", Path())
    assert bare.onboarding_app("whatsapp") is None and bare.onboarding_app("instagram") is None
    no_config = Settings(
        "sqlite:///x",
        None,
        "k" * 40,
        ("k",),
        "http://x",
        Path(),
        meta_app_id="1",
        meta_app_secret="s",
    )
    assert no_config.onboarding_app("whatsapp") is None  # Embedded Signup needs its config id
