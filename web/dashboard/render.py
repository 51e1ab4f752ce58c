"""Rendering dashboard pages and their htmx fragments (named blocks), in the browser's language.

Pages are ``web/templates/<area>/<page>.html``; an htmx request asks for one named block of
the page (``block=``) or a partial (``_*.html``), rendered with the same context as the page.
"""

from __future__ import annotations

import html
from typing import Any, cast

from jinja2 import Environment
from litestar import MediaType, Request, Response
from litestar.connection import ASGIConnection
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.datastructures import Cookie
from litestar.exceptions import NotAuthorizedException
from litestar.response import Redirect
from litestar.utils.scope.state import ScopeState

from core.services.accounts import Identity
from core.settings import Settings
from web.deps import services
from web.i18n import Translator, choose_language
from web.security import SESSION_COOKIE

# Pages carry personal data and depend on the session and the language.
PAGE_HEADERS = {"Cache-Control": "no-store", "Vary": "Accept-Language, Cookie"}


def translator(connection: ASGIConnection[Any, Any, Any, Any]) -> Translator:
    return Translator(choose_language(connection.headers.get("accept-language")))


def identity_or_none(connection: ASGIConnection[Any, Any, Any, Any]) -> Identity | None:
    user = connection.scope.get("user")
    return user if isinstance(user, Identity) else None


def is_htmx(connection: ASGIConnection[Any, Any, Any, Any]) -> bool:
    return connection.headers.get("hx-request") == "true"


def _environment(request: Request[Any, Any, Any]) -> Environment:
    engine = cast(JinjaTemplateEngine, request.app.template_engine)
    return engine.engine


def _context(request: Request[Any, Any, Any], values: dict[str, Any]) -> dict[str, Any]:
    t = translator(request)
    token = ScopeState.from_scope(request.scope).csrf_token
    token = token if isinstance(token, str) else ""
    return {
        "request": request,
        "csrf_input": f'<input type="hidden" name="_csrf_token" value="{html.escape(token)}">',
        "t": t,
        "lang": t.lang,
        "identity": identity_or_none(request),
        **values,
    }


def render(
    request: Request[Any, Any, Any],
    template: str,
    *,
    block: str | None = None,
    status_code: int = 200,
    cookies: list[Cookie] | None = None,
    **values: Any,
) -> Response[str]:
    """The page ``template`` (or only its ``block``) as an HTML response."""
    tpl = _environment(request).get_template(template)
    context = _context(request, values)
    if block is None:
        body = tpl.render(context)
    else:
        body = "".join(tpl.blocks[block](tpl.new_context(context)))
    return Response(
        body,
        status_code=status_code,
        media_type=MediaType.HTML,
        headers=PAGE_HEADERS,
        cookies=cookies or [],
    )


def session_cookie(settings: Settings, token: str, max_age: int) -> Cookie:
    """The dashboard session: the API's JWT, out of reach of scripts and other sites."""
    return Cookie(
        key=SESSION_COOKIE,
        value=token,
        max_age=max_age,
        path="/",
        httponly=True,
        secure=settings.secure_cookies,
        samesite="strict",
    )


def cleared_session(settings: Settings) -> Cookie:
    return Cookie(
        key=SESSION_COOKIE,
        value="",
        max_age=0,
        path="/",
        httponly=True,
        secure=settings.secure_cookies,
        samesite="strict",
    )


def go(
    request: Request[Any, Any, Any], path: str, cookies: list[Cookie] | None = None
) -> Response[Any]:
    """Send the browser to ``path``: a 303 for forms, ``HX-Redirect`` for htmx requests."""
    if is_htmx(request):
        return Response("", status_code=200, headers={"HX-Redirect": path}, cookies=cookies or [])
    return Redirect(path, status_code=303, cookies=cookies or [])


def settings_of(request: Request[Any, Any, Any]) -> Settings:
    return services(request).settings


class SignInRequired(NotAuthorizedException):
    """A dashboard page was asked for without a valid session (a 401, so the app logs it
    without a stack trace; the dashboard's handler turns it into a redirect)."""


def signed_in(connection: ASGIConnection[Any, Any, Any, Any], _: Any) -> None:
    """Route guard for dashboard pages (the handler below turns it into a redirect)."""
    if identity_or_none(connection) is None:
        raise SignInRequired


def to_login(request: Request[Any, Any, Any], _: SignInRequired) -> Response[Any]:
    # A stale or revoked cookie is dropped, and the log-in page says the session ended.
    stale = SESSION_COOKIE in request.cookies
    cleared = [cleared_session(settings_of(request))] if stale else []
    target = "/login?notice=signed_out" if stale else "/login"
    if is_htmx(request):
        return Response("", status_code=401, headers={"HX-Redirect": target}, cookies=cleared)
    return Redirect(target, status_code=303, cookies=cleared)


def current(request: Request[Any, Any, Any]) -> Identity:
    identity = identity_or_none(request)
    if identity is None:
        raise SignInRequired
    return identity


async def form_values(request: Request[Any, Any, Any]) -> dict[str, str]:
    """The submitted form as plain strings (files and repeated keys are not used here)."""
    form = await request.form()
    return {key: value for key, value in form.items() if isinstance(value, str)}
