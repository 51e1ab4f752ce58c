"""Sign-up, log-in and log-out pages (the session cookie holds the API's JWT)."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, get, post

from core.auth import issue_token
from core.errors import Conflict, Invalid
from core.ratelimit import RateLimited
from core.services import accounts
from web.api.accounts import login_limited, signup_limited
from web.dashboard.render import (
    cleared_session,
    form_values,
    go,
    identity_or_none,
    render,
    session_cookie,
    settings_of,
    signed_in,
)

SIGNUP_FIELDS = ("email", "business_name", "phone", "password")
# Notices a redirect may ask the log-in page to show (never free text from the URL).
NOTICES = {"logged_out", "deleted", "signed_out"}


def _signed_in_response(request: Request[Any, Any, Any], identity: accounts.Identity) -> Any:
    settings = settings_of(request)
    token, ttl = issue_token(settings, identity.user_id, identity.tenant_id, identity.token_version)
    return go(request, "/orders", cookies=[session_cookie(settings, token, ttl)])


@get("/login", include_in_schema=False)
async def login_page(request: Request[Any, Any, Any], notice: str | None = None) -> Any:
    if identity_or_none(request) is not None:
        return go(request, "/orders")
    return render(request, "auth/login.html", notice=notice if notice in NOTICES else None)


@post("/login", include_in_schema=False)
async def login(request: Request[Any, Any, Any]) -> Any:
    form = await form_values(request)
    email = form.get("email", "").strip()
    try:
        await login_limited(request, email)
    except RateLimited as exc:
        return render(
            request,
            "auth/login.html",
            status_code=429,
            email=email,
            error="login.rate_limited",
            retry_after=exc.retry_after,
        )
    identity = await accounts.authenticate(email, form.get("password", ""))
    if identity is None:
        # One message for an unknown email and a wrong password.
        return render(
            request, "auth/login.html", status_code=401, email=email, error="login.failed"
        )
    return _signed_in_response(request, identity)


@get("/signup", include_in_schema=False)
async def signup_page(request: Request[Any, Any, Any]) -> Any:
    if identity_or_none(request) is not None:
        return go(request, "/orders")
    return render(request, "auth/signup.html", values={}, errors={})


def _field_error(exc: Invalid) -> tuple[str, str]:
    """The field an :class:`Invalid` names ("phone: not a phone number") and its message."""
    field, _, detail = str(exc).partition(":")
    field = field.strip()
    return (field if field in SIGNUP_FIELDS else "form"), detail.strip()


@post("/signup", include_in_schema=False)
async def signup(request: Request[Any, Any, Any]) -> Any:
    form = await form_values(request)
    values = {name: form.get(name, "") for name in SIGNUP_FIELDS}
    shown = {k: v for k, v in values.items() if k != "password"}  # never echo the password
    try:
        accounts.check_signup(**values)
        await signup_limited(request)
        identity = await accounts.signup(**values)
    except Invalid as exc:
        field, detail = _field_error(exc)
        return render(
            request,
            "auth/signup.html",
            status_code=400,
            values=shown,
            errors={field: f"signup.error.{field}"},
            detail=detail,
        )
    except Conflict:
        return render(
            request,
            "auth/signup.html",
            status_code=409,
            values=shown,
            errors={"email": "signup.error.taken"},
        )
    except RateLimited as exc:
        return render(
            request,
            "auth/signup.html",
            status_code=429,
            values=shown,
            errors={"form": "signup.error.rate_limited"},
            retry_after=exc.retry_after,
        )
    return _signed_in_response(request, identity)


@post("/logout", guards=[signed_in], include_in_schema=False)
async def logout(request: Request[Any, Any, Any]) -> Response[Any]:
    identity = identity_or_none(request)
    if identity is not None:
        await accounts.revoke_tokens(identity.user_id)
    cleared = [cleared_session(settings_of(request))]
    return go(request, "/login?notice=logged_out", cookies=cleared)


routes = [login_page, login, signup_page, signup, logout]
