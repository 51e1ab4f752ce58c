from __future__ import annotations

from core.plugin_api import (
    ChannelConnection,
    OnboardingApp,
    OnboardingResult,
    OutboundMessage,
    SendResult,
    TokenRefresh,
    WebhookRejected,
    WebhookResult,
    hookimpl,
    meta_challenge,
    meta_signature_ok,
    unsubscribe_each,
)
from plugins.instagram import client, onboarding
from plugins.instagram.payloads import parse

CHANNEL = "instagram"


@hookimpl
def webhook_challenge(channel: str, params: dict[str, str], verify_token: str) -> str | None:
    if channel != CHANNEL:
        return None
    return meta_challenge(params, verify_token)


@hookimpl
def webhook_items(
    channel: str, body: bytes, headers: dict[str, str], app_secret: str | None
) -> WebhookResult | None:
    if channel != CHANNEL:
        return None
    # the signature covers the raw bytes: check it before parsing anything
    if not meta_signature_ok(body, headers.get("x-hub-signature-256"), app_secret):
        raise WebhookRejected("X-Hub-Signature-256 missing or wrong")
    return parse(body)


@hookimpl
async def send_result(connection: ChannelConnection, message: OutboundMessage) -> SendResult | None:
    if connection.channel != CHANNEL:
        return None
    return await client.send(connection, message)


@hookimpl
async def channel_subscribe(
    connection: ChannelConnection, callback_url: str, verify_token: str
) -> SendResult | None:
    if connection.channel != CHANNEL:
        return None
    # Instagram has no per-account callback URL: callback_url and verify_token do not apply
    return await client.subscribe(connection)


@hookimpl
async def channel_unsubscribe(
    connection: ChannelConnection, replacement: ChannelConnection | None
) -> SendResult | None:
    if connection.channel != CHANNEL:
        return None
    return await client.unsubscribe(connection, replacement)


@hookimpl
def channel_authorize_url(app: OnboardingApp, redirect_uri: str, state: str) -> str | None:
    if app.channel != CHANNEL:
        return None
    return onboarding.authorize_url(app, redirect_uri, state)


@hookimpl
async def channel_onboard(
    app: OnboardingApp, params: dict[str, str], redirect_uri: str
) -> OnboardingResult | None:
    if app.channel != CHANNEL:
        return None
    return await onboarding.onboard(app, params, redirect_uri)


@hookimpl
async def channel_refresh_token(connection: ChannelConnection) -> TokenRefresh | None:
    if connection.channel != CHANNEL:
        return None
    graph = connection.api_base or client.DEFAULT_BASE
    return await onboarding.refresh(graph, str(connection.settings.get("access_token") or ""))


@hookimpl
async def tenant_data_purge(tenant_id: str, connections: list[ChannelConnection]) -> None:
    """Unsubscribe the app from the shop's account, best effort."""
    await unsubscribe_each(CHANNEL, tenant_id, connections, client.unsubscribe)
