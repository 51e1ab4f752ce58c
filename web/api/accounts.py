"""Sign-up, tokens and the current identity."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import Request, get, post
from litestar.exceptions import NotAuthorizedException

from core import ratelimit
from core.auth import issue_token
from core.services import accounts
from web.deps import client_ip, services
from web.security import current_identity, requires_identity


class SignupBody(msgspec.Struct, forbid_unknown_fields=True):
    email: str
    password: str
    business_name: str
    phone: str


class TokenBody(msgspec.Struct):
    email: str
    password: str


async def login_limited(request: Request[Any, Any, Any], email: str) -> None:
    svc = services(request)
    await ratelimit.hit(svc.redis, "login-email", email.strip(), *svc.settings.login_rate_limit)
    await ratelimit.hit(
        svc.redis, "login-ip", client_ip(request), *svc.settings.login_ip_rate_limit
    )


async def signup_limited(request: Request[Any, Any, Any]) -> None:
    svc = services(request)
    await ratelimit.hit(svc.redis, "signup", client_ip(request), *svc.settings.signup_rate_limit)


def token_answer(request: Request[Any, Any, Any], identity: accounts.Identity) -> dict[str, Any]:
    token, ttl = issue_token(
        services(request).settings, identity.user_id, identity.tenant_id, identity.token_version
    )
    return {"access_token": token, "token_type": "bearer", "expires_in": ttl}


@post("/api/v1/signup", status_code=201, summary="Create a business account")
async def signup(request: Request[Any, Any, Any], data: SignupBody) -> dict[str, Any]:
    accounts.check_signup(data.email, data.password, data.business_name, data.phone)
    await signup_limited(request)
    identity = await accounts.signup(data.email, data.password, data.business_name, data.phone)
    return {
        "user_id": str(identity.user_id),
        "tenant_id": str(identity.tenant_id),
        "email": identity.email,
    }


@post("/api/v1/token", status_code=200, summary="Exchange email and password for a token")
async def token(request: Request[Any, Any, Any], data: TokenBody) -> dict[str, Any]:
    await login_limited(request, data.email)
    identity = await accounts.authenticate(data.email, data.password)
    if identity is None:
        raise NotAuthorizedException("wrong email or password")
    return token_answer(request, identity)


@post(
    "/api/v1/logout",
    status_code=204,
    guards=[requires_identity],
    summary="Revoke every token of this user",
)
async def logout(request: Request[Any, Any, Any]) -> None:
    await accounts.revoke_tokens(current_identity(request).user_id)


@get("/api/v1/me", guards=[requires_identity], summary="The current user and tenant")
async def me(request: Request[Any, Any, Any]) -> dict[str, Any]:
    return await accounts.me(current_identity(request))


routes = [signup, token, logout, me]
