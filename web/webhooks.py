"""Meta webhooks, per tenant: ``/webhooks/{tenant_key}/{channel}``.

GET is the subscription handshake (no signature on GET). POST reads the raw body (the
signature covers those exact bytes), lets the channel plugin authenticate and normalise it,
then stores the items addressed to this tenant's account in its inbox before answering 200.
"""

from __future__ import annotations

import logging
from typing import Any

from litestar import MediaType, Request, Response, get, post

from core import tenancy
from core.services import channels
from core.types import WebhookRejected
from web.deps import services

log = logging.getLogger("porosia.webhooks")
# Meta sends batches of up to 3 MB; leave room for JSON escaping overhead.
WEBHOOK_MAX_BODY = 4 * 1024 * 1024


def _text(body: str, status: int) -> Response[str]:
    return Response(body, status_code=status, media_type=MediaType.TEXT)


def _json(body: dict[str, Any], status: int) -> Response[dict[str, Any]]:
    return Response(body, status_code=status, media_type=MediaType.JSON)


@get("/webhooks/{tenant_key:str}/{channel:str}", include_in_schema=False)
async def handshake(
    request: Request[Any, Any, Any], tenant_key: str, channel: str
) -> Response[str]:
    svc = services(request)
    target = await channels.webhook_target(svc, tenant_key, channel)
    if target is None:
        return _text("not found", 404)
    params = {key: value for key, value in request.query_params.items()}
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
    target = await channels.webhook_target(svc, tenant_key, channel)
    if target is None:
        return _json({"detail": "not found", "status_code": 404}, 404)
    body = await request.body()  # raises 413 past WEBHOOK_MAX_BODY
    headers = {key.lower(): value for key, value in request.headers.items()}
    secret = target.app_secret or svc.settings.meta_app_secret
    try:
        result = await svc.plugins.webhook_items(channel, body, headers, secret)
    except WebhookRejected:
        log.warning("webhook %s for tenant %s: signature rejected", channel, target.tenant_id)
        return _json({"detail": "signature rejected", "status_code": 403}, 403)
    except ValueError as exc:
        return _json({"detail": f"body: {exc}", "status_code": 400}, 400)
    if result is None:  # the plugin did not recognise its own channel name
        return _json({"detail": "not found", "status_code": 404}, 404)
    with tenancy.tenant_scope(target.tenant_id):
        counts = await channels.receive_items(target, result)
    return _json(counts, 200)


routes = [handshake, receive]
