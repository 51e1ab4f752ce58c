"""Meta's data-deletion callback, its status page, and the deauthorize callback."""

from __future__ import annotations

import html
from typing import Any

from litestar import MediaType, Request, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body

from core.errors import Invalid
from core.services import meta_callbacks
from web.deps import services


def _signed_request(data: dict[str, Any]) -> str:
    value = data.get("signed_request")
    if not isinstance(value, str) or not value:
        raise Invalid("signed_request: required form field")
    return value


FORM = Body(media_type=RequestEncodingType.URL_ENCODED)


def _claims(request: Request[Any, Any, Any], data: dict[str, Any]) -> dict[str, Any]:
    """The verified payload. People who connected with Instagram Login authorised the
    Instagram app, whose callbacks may be signed with its own secret (Meta does not say):
    the Meta app secret is tried first, then the Instagram app secret."""
    settings = services(request).settings
    signed = _signed_request(data)
    keys = [k for k in (settings.meta_app_secret, settings.instagram_app_secret) if k]
    if not keys:
        return meta_callbacks.parse_signed_request(signed, None)  # raises: nothing to check
    first: Invalid | None = None
    for key in keys:
        try:
            return meta_callbacks.parse_signed_request(signed, key)
        except Invalid as exc:
            first = first or exc
    assert first is not None
    raise first


@post("/meta/data-deletion", status_code=200, summary="Meta data-deletion request callback")
async def data_deletion(
    request: Request[Any, Any, Any], data: dict[str, Any] = FORM
) -> dict[str, str]:
    svc = services(request)
    claims = _claims(request, data)
    code = await meta_callbacks.delete_user_data(str(claims["user_id"]), svc.settings.secret_key)
    return {
        "url": f"{svc.settings.public_url}/meta/data-deletion/{code}",
        "confirmation_code": code,
    }


@post("/meta/deauthorize", status_code=200, summary="Meta deauthorize callback")
async def deauthorize(
    request: Request[Any, Any, Any], data: dict[str, Any] = FORM
) -> dict[str, int]:
    claims = _claims(request, data)
    return {"disabled": await meta_callbacks.deauthorize_user(str(claims["user_id"]))}


@get("/meta/data-deletion/{code:str}", media_type=MediaType.HTML, include_in_schema=False)
async def deletion_status(code: str) -> Response[str]:
    row = await meta_callbacks.deletion_status(code)
    when = row["completed_at"] or row["created_at"]
    done = row["status"] == "completed"
    body = (
        "<!doctype html><html lang='en'><meta charset='utf-8'>"
        "<title>Data deletion status · PorosiaIme</title>"
        "<link rel='stylesheet' href='/static/app.css'><main class='narrow'>"
        "<h1>Data deletion request</h1>"
        f"<p>Confirmation code: <code>{html.escape(code)}</code></p>"
        f"<p>Status: <strong>{'completed' if done else 'in progress'}</strong>"
        f" ({html.escape(when.strftime('%Y-%m-%d %H:%M UTC'))}).</p>"
        f"<p>{row['connections']} channel connection(s) authorised with this Meta login were"
        " deleted, with their access tokens and the messages received through them that were"
        " still waiting to be processed.</p></main></html>"
    )
    return Response(body, media_type=MediaType.HTML)


routes = [data_deletion, deauthorize, deletion_status]
