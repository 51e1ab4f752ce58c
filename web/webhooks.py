"""Meta webhooks: per tenant (``/webhooks/{tenant_key}/{channel}``) and app-level
(``/webhooks/meta/{channel}``, the platform's own Meta app, routed by account id).

GET is the subscription handshake (no signature on GET). POST reads the raw body (the
signature covers those exact bytes), lets the channel plugin authenticate and normalise it,
then stores the routed items in their tenants' inboxes before answering 200.
"""

from __future__ import annotations

import logging
from typing import Any

from litestar import MediaType, Request, Response, get, post

from core import tenancy
from core.runtime_state import Services
from core.services import conversations, webhook_routing
from core.types import WebhookRejected, WebhookResult
from web.deps import services

log = logging.getLogger("porosia.webhooks")
# Meta sends batches of up to 3 MB; leave room for JSON escaping overhead.
WEBHOOK_MAX_BODY = 4 * 1024 * 1024


def _text(body: str, status: int) -> Response[str]:
    return Response(body, status_code=status, media_type=MediaType.TEXT)


def _json(body: dict[str, Any], status: int) -> Response[dict[str, Any]]:
    if status != 200:
        body = {**body, "status_code": status}
    return Response(body, status_code=status, media_type=MediaType.JSON)


async def _parse(
    request: Request[Any, Any, Any], svc: Services, channel: str, secret: str | None
) -> WebhookResult | Response[dict[str, Any]]:
    """The plugin's reading of the raw body, or the error answer."""
    body = await request.body()  # raises 413 past WEBHOOK_MAX_BODY
    headers = {key.lower(): value for key, value in request.headers.items()}
    try:
        result = await svc.plugins.webhook_items(channel, body, headers, secret)
    except WebhookRejected:
        log.warning("webhook %s: signature rejected", channel)
        return _json({"detail": "signature rejected"}, 403)
    except ValueError as exc:
        return _json({"detail": f"body: {exc}"}, 400)
    if result is None:  # the plugin did not recognise its own channel name
        return _json({"detail": "not found"}, 404)
    return result


# --- app-level: the platform's Meta app ------------------------------------------------
# Declared before the per-tenant routes; "meta" can never be a tenant key (those are
# 32-character random tokens).


@get("/webhooks/meta/{channel:str}", include_in_schema=False)
async def app_handshake(request: Request[Any, Any, Any], channel: str) -> Response[str]:
    svc = services(request)
    token = svc.settings.meta_verify_token or ""  # typed into the platform app's dashboard
    if channel not in svc.plugins.channels():
        return _text("not found", 404)
    params = dict(request.query_params.items())
    challenge = await svc.plugins.webhook_challenge(channel, params, token) if token else None
    return _text(challenge, 200) if challenge is not None else _text("forbidden", 403)


@post(
    "/webhooks/meta/{channel:str}",
    include_in_schema=False,
    request_max_body_size=WEBHOOK_MAX_BODY,
)
async def app_receive(request: Request[Any, Any, Any], channel: str) -> Response[dict[str, Any]]:
    svc = services(request)
    if channel not in svc.plugins.channels():
        return _json({"detail": "not found"}, 404)
    parsed = await _parse(request, svc, channel, svc.settings.meta_app_secret)
    if isinstance(parsed, Response):
        return parsed
    routed = await webhook_routing.route_items(channel, parsed)
    await conversations.enqueue_ingest(svc, channel, routed.conversations)
    return _json(routed.counts, 200)


# --- per tenant ------------------------------------------------------------------------


@get("/webhooks/{tenant_key:str}/{channel:str}", include_in_schema=False)
async def handshake(
    request: Request[Any, Any, Any], tenant_key: str, channel: str
) -> Response[str]:
    svc = services(request)
    target = await webhook_routing.webhook_target(svc, tenant_key, channel)
    if target is None:
        return _text("not found", 404)
    params = dict(request.query_params.items())
    with tenancy.tenant_scope(target.tenant_id):
        challenge = await svc.plugins.webhook_challenge(channel, params, target.verify_token)
    if challenge is None:
        return _text("forbidden", 403)
    return _text(challenge, 200)


@post(
    "/webhooks/{tenant_key:str}/{channel:str}",
    include_in_schema=False,
    request_max_body_size=WEBHOOK_MAX_BODY,
)
async def receive(
    request: Request[Any, Any, Any], tenant_key: str, channel: str
) -> Response[dict[str, Any]]:
    svc = services(request)
    target = await webhook_routing.webhook_target(svc, tenant_key, channel)
    if target is None:
        return _json({"detail": "not found"}, 404)
    secret = target.app_secret or svc.settings.meta_app_secret
    parsed = await _parse(request, svc, channel, secret)
    if isinstance(parsed, Response):
        return parsed
    with tenancy.tenant_scope(target.tenant_id):
        routed = await webhook_routing.receive_items(target, parsed)
    await conversations.enqueue_ingest(svc, channel, routed.conversations)
    return _json(routed.counts, 200)


routes = [app_handshake, app_receive, handshake, receive]

__all__ = ["WEBHOOK_MAX_BODY", "routes"]
