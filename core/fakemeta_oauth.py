"""The fake Graph API's connect-flow endpoints (part of :mod:`core.fakemeta`).

WhatsApp Embedded Signup: ``GET /wa/{v}/oauth/access_token`` (code -> business token),
``GET /wa/{v}/debug_token`` (app token ``id|secret``), ``GET /wa/{v}/{phone_number_id}``.
Instagram Login: ``GET /igweb/oauth/authorize`` (a login page with Allow and Cancel links
back to ``redirect_uri``), ``POST /igapi/oauth/access_token`` (form; errors in
api.instagram.com's own envelope), ``GET /ig/access_token?grant_type=ig_exchange_token``,
``GET /ig/{v}/me?fields=user_id,username``.

Codes are single use and expire (WhatsApp 30 s, Instagram 1 h, or as issued). Tests issue
them with :meth:`core.fakemeta.FakeMeta.issue_code` (``POST /_oauth/code``), register the
apps' ids and secrets with ``POST /_oauth/app``, choose who logs in on the authorize page
with ``POST /_oauth/login`` and the answer shape of the Instagram exchange with
``POST /_oauth/flat``.
"""

from __future__ import annotations

import html
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Annotated, Any
from urllib.parse import urlencode

from litestar import MediaType, Request, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, FromPath, JSONBody

WA_CODE_SECONDS = 30.0
IG_CODE_SECONDS = 3600.0
IG_LONG_SECONDS = 5183944  # what Meta's example answers: about 60 days
IG_SCOPES = {"instagram_business_basic", "instagram_business_manage_messages"}


@dataclass
class OAuthState:
    apps: dict[str, str] = field(default_factory=dict)  # client id -> secret
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    tokens: dict[str, dict[str, Any]] = field(default_factory=dict)
    login: dict[str, Any] = field(default_factory=dict)  # who logs in on the authorize page
    flat: bool = False  # answer the Instagram exchange with the flat shape
    calls: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def new_identity(channel: str, given: dict[str, Any]) -> dict[str, Any]:
    digits = lambda n: str(secrets.randbelow(10**n)).zfill(n)  # noqa: E731
    identity = {"user_id": "10" + digits(14)}  # the app-scoped id of the person
    if channel == "whatsapp":
        identity |= {"waba_id": "5" + digits(14), "phone_number_id": "1" + digits(14)}
    else:
        identity |= {"ig_user_id": "17841" + digits(11), "username": "shop_" + digits(4)}
    return {**identity, **{k: str(v) for k, v in given.items() if v is not None}}


def issue(state: OAuthState, channel: str, details: dict[str, Any]) -> dict[str, Any]:
    """A new code for ``channel`` and the identity it stands for (``details`` override)."""
    default = WA_CODE_SECONDS if channel == "whatsapp" else IG_CODE_SECONDS
    seconds = float(details.pop("seconds", default))
    identity = new_identity(channel, details)
    code = ("AQ" if channel == "whatsapp" else "AQB") + secrets.token_urlsafe(24)
    with state.lock:
        state.codes[code] = {"channel": channel, "expires": time.time() + seconds, **identity}
    return {"code": code, **identity}


def graph_oauth_error(message: str, code: int = 100, subcode: int | None = None) -> Response[Any]:
    error: dict[str, Any] = {"message": message, "type": "OAuthException", "code": code}
    if subcode is not None:
        error["error_subcode"] = subcode
    error["fbtrace_id"] = secrets.token_hex(6)
    return Response({"error": error}, status_code=400)


def instagram_error(message: str) -> Response[Any]:
    """api.instagram.com's envelope, unlike the Graph hosts'."""
    return Response(
        {"error_type": "OAuthException", "code": 400, "error_message": message}, status_code=400
    )


def take_code(state: OAuthState, code: str, channel: str) -> dict[str, Any] | str:
    """The code's grant, consumed; or why it is refused."""
    with state.lock:
        grant = state.codes.get(code)
        if grant is None or grant["channel"] != channel or grant.get("used"):
            return "used"
        grant["used"] = True
        if grant["expires"] < time.time():
            return "expired"
        return dict(grant)


def new_token(state: OAuthState, grant: dict[str, Any], kind: str) -> str:
    token = ("EAAG" if grant["channel"] == "whatsapp" else "IGAA") + secrets.token_urlsafe(32)
    with state.lock:
        state.tokens[token] = {**grant, "kind": kind, "issued": time.time()}
    return token


def routes(state: OAuthState) -> list[Any]:
    def record(name: str, request: Request[Any, Any, Any]) -> None:
        with state.lock:
            state.calls.append({"endpoint": name, "query": dict(request.query_params)})

    def app_ok(client_id: str, secret: str) -> bool:
        with state.lock:
            expected = state.apps.get(client_id)
        return expected is not None and secrets.compare_digest(expected, secret)

    @get("/wa/{version:str}/oauth/access_token")
    async def wa_exchange(request: Request[Any, Any, Any], version: FromPath[str]) -> Response[Any]:
        record("wa_exchange", request)
        q = request.query_params
        if not app_ok(q.get("client_id", ""), q.get("client_secret", "")):
            return graph_oauth_error("Error validating client secret.", code=1)
        grant = take_code(state, q.get("code", ""), "whatsapp")
        if grant == "expired":
            return graph_oauth_error("This authorization code has expired.", subcode=36007)
        if isinstance(grant, str):
            return graph_oauth_error("This authorization code has been used.", subcode=36009)
        grant["client_id"] = q.get("client_id")
        return Response(
            {"access_token": new_token(state, grant, "business"), "token_type": "bearer"}
        )

    @get("/wa/{version:str}/debug_token")
    async def wa_debug(request: Request[Any, Any, Any], version: FromPath[str]) -> Response[Any]:
        record("debug_token", request)
        q = request.query_params
        app_id, _, secret = q.get("access_token", "").partition("|")
        if not app_ok(app_id, secret):
            return graph_oauth_error("Invalid OAuth access token - Cannot parse access token", 190)
        with state.lock:
            found = state.tokens.get(q.get("input_token", ""))
        if found is None:
            return Response({"data": {"is_valid": False, "app_id": app_id}})
        targets = [found["waba_id"]]
        data = {
            "app_id": found.get("client_id"),
            "type": "SYSTEM_USER",
            "application": "Fake app",
            "is_valid": True,
            "expires_at": 0,
            "scopes": ["whatsapp_business_management", "whatsapp_business_messaging"],
            "granular_scopes": [
                {"scope": "whatsapp_business_management", "target_ids": targets},
                {"scope": "whatsapp_business_messaging", "target_ids": targets},
            ],
            "user_id": found["user_id"],
        }
        return Response({"data": data})

    @get("/wa/{version:str}/{phone_number_id:str}")
    async def wa_phone(
        request: Request[Any, Any, Any], version: FromPath[str], phone_number_id: FromPath[str]
    ) -> Response[Any]:
        record("wa_phone", request)
        with state.lock:
            found = state.tokens.get(request.query_params.get("access_token", ""))
        if found is None:
            return graph_oauth_error("Invalid OAuth access token.", 190)
        if found.get("phone_number_id") != phone_number_id:
            return graph_oauth_error(
                f"Unsupported get request. Object with ID '{phone_number_id}' does not exist, "
                "cannot be loaded due to missing permissions, or does not support this operation"
            )
        return Response(
            {
                "display_phone_number": "+355 69 000 " + phone_number_id[-4:],
                "verified_name": "Fake shop",
                "id": phone_number_id,
            }
        )

    @get("/igweb/oauth/authorize", media_type=MediaType.HTML)
    async def ig_authorize(request: Request[Any, Any, Any]) -> Response[str]:
        record("ig_authorize", request)
        q = request.query_params
        target, client_id = q.get("redirect_uri", ""), q.get("client_id", "")
        with state.lock:
            known = client_id in state.apps
            login = dict(state.login)
        scopes = set(q.get("scope", "").split(","))
        if not known or not target or q.get("response_type") != "code" or not scopes >= IG_SCOPES:
            return Response("Invalid request: app id, redirect_uri or scope", status_code=400)
        issued = issue(state, "instagram", login)
        with state.lock:
            state.codes[issued["code"]] |= {"client_id": client_id, "redirect_uri": target}
        extra = {"state": q["state"]} if "state" in q else {}
        allow = f"{target}?{urlencode({'code': issued['code'], **extra})}#_"
        deny = {
            "error": "access_denied",
            "error_reason": "user_denied",
            "error_description": "The user denied your request",
            **extra,
        }
        cancel = f"{target}?{urlencode(deny)}"
        body = (
            "<!doctype html><html lang='en'><meta charset='utf-8'><title>Instagram (fake)</title>"
            f"<h1>Allow access to @{html.escape(issued['username'])}?</h1>"
            f"<a id='allow' href='{html.escape(allow)}'>Allow</a> "
            f"<a id='cancel' href='{html.escape(cancel)}'>Cancel</a></html>"
        )
        return Response(body, media_type=MediaType.HTML)

    @post("/igapi/oauth/access_token", status_code=200)
    async def ig_exchange(
        request: Request[Any, Any, Any],
        data: Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)],
    ) -> Response[Any]:
        record("ig_exchange", request)
        if not app_ok(str(data.get("client_id", "")), str(data.get("client_secret", ""))):
            return instagram_error("Error validating client secret.")
        if data.get("grant_type") != "authorization_code":
            return instagram_error("Invalid grant_type")
        with state.lock:
            grant_before = dict(state.codes.get(str(data.get("code", ""))) or {})
        wanted_uri = grant_before.get("redirect_uri")
        if wanted_uri and wanted_uri != data.get("redirect_uri"):
            return instagram_error(
                "Error validating verification code. Please make sure your "
                "redirect_uri is identical to the one you used in the OAuth "
                "dialog request"
            )
        grant = take_code(state, str(data.get("code", "")), "instagram")
        if isinstance(grant, str):
            return instagram_error("Matching code was not found or was already used")
        grant["client_id"] = data.get("client_id")
        token = new_token(state, grant, "short")
        answer = {
            "access_token": token,
            "user_id": grant["user_id"],
            "permissions": "instagram_business_basic,instagram_business_manage_messages",
        }
        with state.lock:
            flat = state.flat
        return Response(answer if flat else {"data": [answer]})

    @get("/ig/access_token")
    async def ig_long(request: Request[Any, Any, Any]) -> Response[Any]:
        record("ig_exchange_token", request)
        q = request.query_params
        if q.get("grant_type") != "ig_exchange_token":
            return graph_oauth_error("Unsupported grant_type")
        with state.lock:
            found = state.tokens.get(q.get("access_token", ""))
        if found is None or found["kind"] != "short":
            return graph_oauth_error("Invalid OAuth access token.", 190)
        if not app_ok(str(found.get("client_id")), q.get("client_secret", "")):
            return graph_oauth_error("Error validating client secret.", code=1)
        token = new_token(state, found, "long")
        return Response(
            {"access_token": token, "token_type": "bearer", "expires_in": IG_LONG_SECONDS}
        )

    @get("/ig/{version:str}/me")
    async def ig_me(request: Request[Any, Any, Any], version: FromPath[str]) -> Response[Any]:
        record("ig_me", request)
        auth = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        with state.lock:
            found = state.tokens.get(auth or request.query_params.get("access_token", ""))
        if found is None:
            return graph_oauth_error("Invalid OAuth access token.", 190)
        fields = request.query_params.get("fields", "").split(",")
        full = {"user_id": found["ig_user_id"], "username": found["username"]}
        answer = {k: v for k, v in full.items() if k in fields}
        return Response({**answer, "id": found["user_id"]})

    @post("/_oauth/code", status_code=200)
    async def control_code(data: JSONBody[dict[str, Any]]) -> dict[str, Any]:
        details = dict(data)
        channel = str(details.pop("channel", "whatsapp"))
        return issue(state, channel, details)

    @post("/_oauth/app", status_code=200)
    async def control_app(data: JSONBody[dict[str, Any]]) -> dict[str, bool]:
        with state.lock:
            state.apps[str(data["client_id"])] = str(data["client_secret"])
        return {"ok": True}

    @post("/_oauth/login", status_code=200)
    async def control_login(data: JSONBody[dict[str, Any]]) -> dict[str, bool]:
        with state.lock:
            state.login = dict(data)
        return {"ok": True}

    @post("/_oauth/flat", status_code=200)
    async def control_flat(data: JSONBody[dict[str, Any]]) -> dict[str, bool]:
        with state.lock:
            state.flat = bool(data.get("flat"))
        return {"ok": True}

    return [wa_exchange, wa_debug, wa_phone, ig_authorize, ig_exchange, ig_long, ig_me] + [
        control_code,
        control_app,
        control_login,
        control_flat,
    ]
