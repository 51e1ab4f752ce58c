"""Connect flows on the channels page: log in to the channel instead of pasting ids.

A redirect flow (Instagram Login): ``/channels/{name}/connect`` sends the browser to the
channel's authorize page with a signed ``state`` bound to this session; the channel sends it
back to ``/channels/{name}/callback``. The session cookie is ``SameSite=Strict``, so it is
not sent on that arrival from another site: the callback first answers a page that reloads
the same URL from our own site (the cookie goes along then) and only then checks the state.

A script flow (WhatsApp Embedded Signup): the page runs Meta's SDK and posts what it
returns to ``/channels/{name}/onboard`` (JSON, with the CSRF header: the code, the ids and
how the signup ended); the answer carries the PIN the number was registered with when the
platform chose it, which the script shows before leaving the page.
Both save through :func:`core.services.onboarding.connect`.
"""

from __future__ import annotations

import html
import logging
import re
from typing import Any
from urllib.parse import urlencode

from litestar import MediaType, Request, Response, get, post
from litestar.response import Redirect

from core.errors import Conflict, Invalid
from core.services import onboarding
from web.dashboard.channels import render_page
from web.dashboard.render import PAGE_HEADERS, current, identity_or_none, signed_in
from web.deps import services

log = logging.getLogger("porosia.web")
BOUNCED = "bounced"
# the callback URL holds a code: never hand it to another site in a Referer
NO_REFERRER = {**PAGE_HEADERS, "Referrer-Policy": "no-referrer"}
MAX_PARAM = 2048
ERROR_WORD = re.compile(r"^[a-z_]{1,40}$")


@get("/channels/{name:str}/connect", guards=[signed_in], include_in_schema=False)
async def connect_start(request: Request[Any, Any, Any], name: str) -> Response[Any]:
    identity = current(request)
    session = str(request.scope.get("auth") or "")
    url = await onboarding.authorize_url(services(request), name, identity, session)
    return Redirect(url, status_code=303, headers={"Cache-Control": "no-store"})


def _bounce(request: Request[Any, Any, Any]) -> Response[str]:
    """Reload the callback from our own page, so the SameSite=Strict session comes along."""
    query = {**dict(request.query_params), BOUNCED: "1"}
    target = html.escape(f"{request.url.path}?{urlencode(query)}")
    body = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<meta http-equiv='refresh' content='0;url={target}'><title>PorosiaIme</title></head>"
        f"<body><p><a href='{target}'>Continue</a></p></body></html>"
    )
    return Response(body, media_type=MediaType.HTML, headers=NO_REFERRER)


def _params(request: Request[Any, Any, Any]) -> dict[str, str]:
    return {k: v[:MAX_PARAM] for k, v in request.query_params.items() if k != BOUNCED}


@get("/channels/{name:str}/callback", include_in_schema=False)
async def connect_callback(request: Request[Any, Any, Any], name: str) -> Response[Any]:
    identity = identity_or_none(request)
    if identity is None:
        if request.query_params.get(BOUNCED) is None:
            return _bounce(request)
        current(request)  # still no session: to the log-in page
    assert identity is not None
    params = _params(request)
    svc = services(request)
    if params.get("error"):  # the shop cancelled, or the channel refused to ask
        # only a known word is shown: the text of a crafted link never reaches the page
        code = params["error"] if ERROR_WORD.match(params["error"]) else "error"
        messages: dict[str, dict[str, Any]]
        if code == "access_denied":
            messages = {name: {"notice": "channels.connect_cancelled"}}
        else:
            messages = {name: {"error": f"the channel answered {code}"}}
        return await render_page(request, messages, headers=NO_REFERRER)
    try:
        session = str(request.scope.get("auth") or "")
        onboarding.check_state(svc.settings, params.get("state", ""), name, identity, session)
        await onboarding.connect(svc, name, {"code": params.get("code", "")})
    except (Invalid, Conflict) as exc:
        log.info("connecting %s failed: %s", name, type(exc).__name__)
        messages = {name: {"error": str(exc)}}
        return await render_page(
            request, messages, status_code=exc.status_code, headers=NO_REFERRER
        )
    # a fragment of our own: Instagram's "#_" would otherwise stay on the URL
    target = f"/channels?connected={name}#channel-{name}"
    return Redirect(target, status_code=303, headers=NO_REFERRER)


@post("/channels/{name:str}/onboard", guards=[signed_in], status_code=200, include_in_schema=False)
async def connect_script(request: Request[Any, Any, Any], name: str) -> dict[str, Any]:
    """What the channel's script returned (JSON); answers the saved channel, or the error
    as JSON (``detail``) with 400, 404 or 409."""
    current(request)
    data = await request.json()
    if not isinstance(data, dict):
        raise Invalid("body: must be a JSON object")
    params = {str(k): str(v)[:MAX_PARAM] for k, v in data.items() if isinstance(v, str | int)}
    saved = await onboarding.connect(services(request), name, params)
    answer = {"ok": True, "channel": saved["name"], "redirect": f"/channels?connected={name}"}
    if saved.get("registration_pin"):  # shown by the page's script, this once
        answer["pin"] = saved["registration_pin"]
    return answer


routes = [connect_start, connect_callback, connect_script]
