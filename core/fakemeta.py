"""A local fake of Meta's Graph API over real HTTP, for tests and demos.

It serves the send endpoints the channel plugins call (WhatsApp under ``/wa/{version}``,
Instagram under ``/ig/{version}``) and the ``subscribed_apps`` edges (POST, GET, DELETE on
``/wa/{version}/{waba_id}`` and ``/ig/{version}/{ig_id}``; a WhatsApp override URL is
verified with Meta's GET handshake first, as Meta does), records every request and the
current subscriptions, and can be told to answer with Meta's error envelopes (a code for the
next N calls), to add latency, or to treat a token as revoked. Point ``META_GRAPH_URL`` at
``{url}/wa/v23.0`` and ``INSTAGRAM_GRAPH_URL`` at ``{url}/ig/v23.0``. The connect flows'
endpoints (code exchanges, ``debug_token``, Instagram's authorize page and token hosts) are
in :mod:`core.fakemeta_oauth`: point ``INSTAGRAM_AUTHORIZE_URL`` at
``{url}/igweb/oauth/authorize`` and ``INSTAGRAM_OAUTH_URL`` at ``{url}/igapi``.

Embedded Signup's last step is served too: ``POST /wa/{version}/{phone_number_id}/register``
``{"messaging_product": "whatsapp", "pin": "<6 digits>"}`` registers the number for Cloud API
(the PIN becomes its two-step verification PIN; a number that already has one refuses another
with ``133005``; more than 10 requests per number in 72 hours answer ``133016``), and ``GET
/wa/{version}/{app_id}/subscriptions`` (app token ``id|secret``) reads the app's webhook field
subscriptions, which tests set with :meth:`FakeMeta.set_app_fields`.

Control endpoints: ``GET /_sent``, ``GET /_subscriptions``, ``POST /_fail`` ``{"code",
"status", "times", "message"}``, ``POST /_latency`` ``{"seconds"}``, ``POST /_revoke``
``{"token"}``, ``POST /_reset``, ``POST /_oauth/age`` ``{"token", "seconds"}`` (make an issued
token older, for Instagram's refresh: ``GET /ig/refresh_access_token``).
"""

from __future__ import annotations

import asyncio
import secrets
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn
from litestar import Litestar, Request, Response, delete, get, post
from litestar.params import FromPath, JSONBody

from core.fakemeta_oauth import IG_LONG_SECONDS, OAuthState, new_token
from core.fakemeta_oauth import routes as oauth_routes

WA_TEXT_LIMIT = 4096
IG_TEXT_LIMIT_BYTES = 1000
OVERRIDE_URL_LIMIT = 200
IG_REFRESH_MIN_AGE = 24 * 3600  # a long-lived token younger than this cannot be refreshed
IG_FIELDS = frozenset({"messages", "message_reactions", "messaging_seen", "message_echoes"})
REGISTER_LIMIT = 10  # register requests per number in REGISTER_WINDOW (secondary sources)
REGISTER_WINDOW = 72 * 3600
PIN_DIGITS = 6


@dataclass
class FakeState:
    sent: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)
    latency: float = 0.0
    revoked: set[str] = field(default_factory=set)
    # "whatsapp:<waba_id>" / "instagram:<ig_id>" -> the app's current subscription
    subscriptions: dict[str, dict[str, Any]] = field(default_factory=dict)
    # every subscribed_apps call that passed the gate, in order (POST and DELETE)
    subscription_calls: list[dict[str, Any]] = field(default_factory=list)
    # every /register request that passed the gate, in order; the numbers registered and the
    # two-step verification PIN each number has (set by a registration, or by a test)
    register_calls: list[dict[str, Any]] = field(default_factory=list)
    registered: dict[str, float] = field(default_factory=dict)
    two_step: dict[str, str] = field(default_factory=dict)
    # app id -> object ("whatsapp_business_account") -> {"callback_url", "fields"}
    app_fields: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    oauth: OAuthState = field(default_factory=OAuthState)
    lock: threading.Lock = field(default_factory=threading.Lock)


def graph_error(
    code: int, message: str, status: int = 400, subcode: int | None = None
) -> Response[dict[str, Any]]:
    error: dict[str, Any] = {
        "message": message,
        "type": "OAuthException",
        "code": code,
        "fbtrace_id": secrets.token_hex(6),
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    return Response({"error": error}, status_code=status)


def build_app(state: FakeState) -> Litestar:
    async def gate(request: Request[Any, Any, Any]) -> Response[dict[str, Any]] | None:
        """Latency, token checks and injected failures, common to every send endpoint."""
        if state.latency:
            await asyncio.sleep(state.latency)
        auth = request.headers.get("authorization", "")
        token = auth.removeprefix("Bearer ").strip() or request.query_params.get("access_token", "")
        if not token:
            return graph_error(190, "An active access token must be used", 401)
        if token in state.revoked:
            return graph_error(
                190, "Error validating access token: Session has expired", 401, subcode=463
            )
        with state.lock:
            if state.failures and state.failures[0].get("after", 0) > 0:
                state.failures[0]["after"] -= 1  # this call still goes through
            elif state.failures:
                failure = state.failures[0]
                failure["times"] -= 1
                if failure["times"] <= 0:
                    state.failures.pop(0)
                return graph_error(
                    int(failure["code"]),
                    str(failure.get("message") or f"(#{failure['code']}) injected"),
                    int(failure.get("status") or 400),
                )
        return None

    def record(kind: str, account: str, body: Any, request: Request[Any, Any, Any]) -> None:
        with state.lock:
            state.sent.append(
                {
                    "channel": kind,
                    "account_id": account,
                    "body": body,
                    "token": request.headers.get("authorization", ""),
                    "at": time.time(),
                }
            )

    @post("/wa/{version:str}/{phone_number_id:str}/messages", status_code=200)
    async def wa_send(
        request: Request[Any, Any, Any], version: FromPath[str], phone_number_id: FromPath[str]
    ) -> Response[dict[str, Any]]:
        body = await request.json()
        if not isinstance(body, dict) or body.get("messaging_product") != "whatsapp":
            return graph_error(100, "(#100) Invalid parameter messaging_product")
        if body.get("type") == "text" and len(body.get("text", {}).get("body", "")) > WA_TEXT_LIMIT:
            return graph_error(100, "(#100) text.body too long")
        failed = await gate(request)
        if failed is not None:
            return failed
        record("whatsapp", phone_number_id, body, request)
        to = str(body.get("to", ""))
        return Response(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": to, "wa_id": to.lstrip("+")}],
                "messages": [{"id": f"wamid.fake{secrets.token_hex(12)}"}],
            }
        )

    @post("/ig/{version:str}/{account_id:str}/messages", status_code=200)
    async def ig_send(
        request: Request[Any, Any, Any], version: FromPath[str], account_id: FromPath[str]
    ) -> Response[dict[str, Any]]:
        body = await request.json()
        text = str(((body or {}).get("message") or {}).get("text") or "")
        recipient = str(((body or {}).get("recipient") or {}).get("id") or "")
        if not recipient:
            return graph_error(100, "(#100) recipient is required")
        if len(text.encode()) > IG_TEXT_LIMIT_BYTES:
            return graph_error(
                100, "(#100) Length of param message[text] must be less than or equal to 1000"
            )
        failed = await gate(request)
        if failed is not None:
            return failed
        record("instagram", account_id, body, request)
        return Response(
            {"recipient_id": recipient, "message_id": f"aWdfZAG1fake{secrets.token_hex(12)}"}
        )

    def token_of(request: Request[Any, Any, Any]) -> str:
        auth = request.headers.get("authorization", "")
        return auth.removeprefix("Bearer ").strip() or request.query_params.get("access_token", "")

    def subscribed(
        channel: str, account: str, request: Request[Any, Any, Any], details: dict[str, Any]
    ) -> Response[dict[str, Any]]:
        entry = {"channel": channel, "account_id": account, "token": token_of(request)}
        with state.lock:
            state.subscriptions[f"{channel}:{account}"] = {**entry, **details, "at": time.time()}
            state.subscription_calls.append({**entry, "method": "POST", **details})
        return Response({"success": True})

    def unsubscribed(
        channel: str, account: str, request: Request[Any, Any, Any]
    ) -> Response[dict[str, Any]]:
        entry = {"channel": channel, "account_id": account, "token": token_of(request)}
        with state.lock:
            state.subscriptions.pop(f"{channel}:{account}", None)
            state.subscription_calls.append({**entry, "method": "DELETE"})
        return Response({"success": True})

    async def handshake_fails(url: str, verify_token: str) -> str | None:
        """Meta's GET verification of an override URL: why it failed, or ``None``."""
        challenge = str(secrets.randbelow(10**9))
        params = {"hub.mode": "subscribe", "hub.verify_token": verify_token}
        try:
            async with httpx.AsyncClient(timeout=5) as client:
                r = await client.get(url, params={**params, "hub.challenge": challenge})
        except httpx.HTTPError as exc:
            return f"URL couldn't be validated ({type(exc).__name__})"
        if r.status_code != 200 or r.text != challenge:
            return f"HTTP Status Code = {r.status_code}; the response did not match the challenge"
        return None

    @post("/wa/{version:str}/{waba_id:str}/subscribed_apps", status_code=200)
    async def wa_subscribe(
        request: Request[Any, Any, Any], version: FromPath[str], waba_id: FromPath[str]
    ) -> Response[dict[str, Any]]:
        raw = await request.body()
        body = await request.json() if raw.strip() else {}
        failed = await gate(request)
        if failed is not None:
            return failed
        if not isinstance(body, dict):
            return graph_error(100, "(#100) Invalid parameter")
        url, token = body.get("override_callback_uri"), body.get("verify_token")
        if url is None:  # a plain subscribe: also removes a WABA override
            return subscribed("whatsapp", waba_id, request, {})
        if not isinstance(url, str) or not url or len(url) > OVERRIDE_URL_LIMIT:
            return graph_error(100, "(#100) Param override_callback_uri must be a valid URL")
        if not isinstance(token, str) or not token:
            return graph_error(100, "(#100) The parameter verify_token is required")
        problem = await handshake_fails(url, token)
        if problem is not None:
            return graph_error(2200, f"(#2200) Callback verification failed: {problem}")
        details = {"override_callback_uri": url, "verify_token": token}
        return subscribed("whatsapp", waba_id, request, details)

    @delete("/wa/{version:str}/{waba_id:str}/subscribed_apps", status_code=200)
    async def wa_unsubscribe(
        request: Request[Any, Any, Any], version: FromPath[str], waba_id: FromPath[str]
    ) -> Response[dict[str, Any]]:
        failed = await gate(request)
        return failed if failed is not None else unsubscribed("whatsapp", waba_id, request)

    @get("/wa/{version:str}/{waba_id:str}/subscribed_apps")
    async def wa_subscriptions(
        request: Request[Any, Any, Any], version: FromPath[str], waba_id: FromPath[str]
    ) -> Response[dict[str, Any]]:
        failed = await gate(request)
        if failed is not None:
            return failed
        with state.lock:
            found = state.subscriptions.get(f"whatsapp:{waba_id}")
        data = []
        if found is not None:
            app = {"whatsapp_business_api_data": {"id": "1000000001", "name": "Fake app"}}
            if found.get("override_callback_uri"):
                app["override_callback_uri"] = found["override_callback_uri"]
            data.append(app)
        return Response({"data": data})

    @post("/ig/{version:str}/{account_id:str}/subscribed_apps", status_code=200)
    async def ig_subscribe(
        request: Request[Any, Any, Any], version: FromPath[str], account_id: FromPath[str]
    ) -> Response[dict[str, Any]]:
        failed = await gate(request)
        if failed is not None:
            return failed
        fields = [f for f in request.query_params.get("subscribed_fields", "").split(",") if f]
        if not fields:
            return graph_error(100, "(#100) The parameter subscribed_fields is required")
        unknown = sorted(set(fields) - IG_FIELDS)
        if unknown:
            return graph_error(100, f"(#100) Param subscribed_fields[{unknown[0]}] is not valid")
        return subscribed("instagram", account_id, request, {"subscribed_fields": fields})

    @delete("/ig/{version:str}/{account_id:str}/subscribed_apps", status_code=200)
    async def ig_unsubscribe(
        request: Request[Any, Any, Any], version: FromPath[str], account_id: FromPath[str]
    ) -> Response[dict[str, Any]]:
        failed = await gate(request)
        return failed if failed is not None else unsubscribed("instagram", account_id, request)

    @get("/ig/{version:str}/{account_id:str}/subscribed_apps")
    async def ig_subscriptions(
        request: Request[Any, Any, Any], version: FromPath[str], account_id: FromPath[str]
    ) -> Response[dict[str, Any]]:
        failed = await gate(request)
        if failed is not None:
            return failed
        with state.lock:
            found = state.subscriptions.get(f"instagram:{account_id}")
        data = [{"subscribed_fields": found["subscribed_fields"]}] if found else []
        return Response({"data": data})

    @post("/wa/{version:str}/{phone_number_id:str}/register", status_code=200)
    async def wa_register(
        request: Request[Any, Any, Any], version: FromPath[str], phone_number_id: FromPath[str]
    ) -> Response[dict[str, Any]]:
        """Register a number for Cloud API: the PIN becomes (or must match) the number's
        two-step verification PIN. Error codes and wordings for a wrong PIN (133005) and too
        many requests (133016) are Meta's published ones, not in the reference."""
        raw = await request.body()
        body = await request.json() if raw.strip() else {}
        failed = await gate(request)
        if failed is not None:
            return failed
        pin = body.get("pin") if isinstance(body, dict) else None
        now = time.time()
        with state.lock:
            state.register_calls.append(
                {
                    "phone_number_id": phone_number_id,
                    "body": body,
                    "token": token_of(request),
                    "at": now,
                }
            )
            recent = [
                c
                for c in state.register_calls
                if c["phone_number_id"] == phone_number_id and c["at"] > now - REGISTER_WINDOW
            ]
            if len(recent) > REGISTER_LIMIT:
                return graph_error(
                    133016, "(#133016) Account register deregister rate limit exceeded"
                )
            if not isinstance(body, dict) or body.get("messaging_product") != "whatsapp":
                return graph_error(100, "(#100) Invalid parameter messaging_product")
            if not isinstance(pin, str) or len(pin) != PIN_DIGITS or not pin.isdigit():
                return graph_error(100, "(#100) Param pin must be a 6-digit number")
            known = state.two_step.get(phone_number_id)
            if known is not None and known != pin:
                return graph_error(133005, "(#133005) Two step verification PIN Mismatch")
            state.two_step[phone_number_id] = pin
            state.registered[phone_number_id] = now
        return Response({"success": True})

    @get("/wa/{version:str}/{app_id:str}/subscriptions")
    async def app_subscriptions(
        request: Request[Any, Any, Any], version: FromPath[str], app_id: FromPath[str]
    ) -> Response[dict[str, Any]]:
        """The app's webhook subscriptions (app token ``id|secret``): one callback URL and
        the subscribed fields per object."""
        given, _, secret = request.query_params.get("access_token", "").partition("|")
        with state.oauth.lock:
            expected = state.oauth.apps.get(given)
        if given != app_id or expected is None or not secrets.compare_digest(expected, secret):
            return graph_error(190, "Invalid OAuth access token - Cannot parse access token")
        with state.lock:
            objects = dict(state.app_fields.get(app_id, {}))
        data = [
            {
                "object": name,
                "callback_url": found["callback_url"],
                "active": True,
                "fields": [{"name": f, "version": version} for f in found["fields"]],
            }
            for name, found in objects.items()
        ]
        return Response({"data": data})

    @get("/_subscriptions")
    async def subscriptions() -> dict[str, dict[str, Any]]:
        with state.lock:
            return dict(state.subscriptions)

    @get("/_sent")
    async def sent() -> list[dict[str, Any]]:
        with state.lock:
            return list(state.sent)

    @post("/_fail", status_code=200)
    async def fail(data: JSONBody[dict[str, Any]]) -> dict[str, bool]:
        with state.lock:
            state.failures.append({"times": 1, **data})
        return {"ok": True}

    @post("/_latency", status_code=200)
    async def latency(data: JSONBody[dict[str, Any]]) -> dict[str, bool]:
        state.latency = float(data.get("seconds") or 0)
        return {"ok": True}

    @post("/_revoke", status_code=200)
    async def revoke(data: JSONBody[dict[str, Any]]) -> dict[str, bool]:
        state.revoked.add(str(data["token"]))
        return {"ok": True}

    @post("/_reset", status_code=200)
    async def reset() -> dict[str, bool]:
        with state.lock:
            state.sent.clear()
            state.failures.clear()
            state.revoked.clear()
            state.subscriptions.clear()
            state.subscription_calls.clear()
            state.register_calls.clear()
            state.registered.clear()
            state.two_step.clear()
            state.app_fields.clear()
            state.latency = 0.0
        with state.oauth.lock:  # the registered apps stay
            state.oauth.codes.clear()
            state.oauth.tokens.clear()
            state.oauth.login = {}
            state.oauth.flat = False
        return {"ok": True}

    @get("/ig/refresh_access_token")
    async def ig_refresh(request: Request[Any, Any, Any]) -> Response[dict[str, Any]]:
        """Instagram's long-lived token refresh: the token must be a long-lived one, at least
        24 hours old and unexpired; injected failures and revoked tokens apply."""
        with state.oauth.lock:
            state.oauth.calls.append(
                {"endpoint": "ig_refresh_token", "query": dict(request.query_params)}
            )
        if request.query_params.get("grant_type") != "ig_refresh_token":
            return graph_error(100, "Unsupported grant_type")
        failed = await gate(request)
        if failed is not None:
            return failed
        with state.oauth.lock:
            found = state.oauth.tokens.get(request.query_params.get("access_token", ""))
        if found is None or found["kind"] not in ("long", "refreshed"):
            return graph_error(190, "Invalid OAuth access token - Cannot parse access token")
        age = time.time() - found["issued"]
        if age >= IG_LONG_SECONDS:
            return graph_error(
                190, "Error validating access token: Session has expired", subcode=463
            )
        if age < IG_REFRESH_MIN_AGE:
            # Meta's wording for this case is not documented; the fake's own
            return graph_error(100, "The access token can only be refreshed after 24 hours")
        token = new_token(state.oauth, found, "refreshed")
        return Response(
            {"access_token": token, "token_type": "bearer", "expires_in": IG_LONG_SECONDS}
        )

    @post("/_oauth/age", status_code=200)
    async def age(data: JSONBody[dict[str, Any]]) -> dict[str, bool]:
        with state.oauth.lock:
            found = state.oauth.tokens.get(str(data["token"]))
            if found is not None:
                found["issued"] -= float(data.get("seconds") or 0)
        return {"ok": found is not None}

    routes = [wa_send, ig_send, ig_refresh, age, wa_subscribe, wa_unsubscribe, wa_subscriptions]
    routes += [ig_subscribe, ig_unsubscribe, ig_subscriptions, subscriptions]
    routes += [wa_register, app_subscriptions]
    routes += [sent, fail, latency, revoke, reset, *oauth_routes(state.oauth)]
    return Litestar(routes, openapi_config=None)


class FakeMeta:
    """Serve the fake in a background thread on a free local port."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.state = FakeState()
        if port == 0:
            with socket.socket() as s:
                s.bind((host, 0))
                port = int(s.getsockname()[1])
        self.url = f"http://{host}:{port}"
        config = uvicorn.Config(build_app(self.state), host=host, port=port, log_level="warning")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    @property
    def graph_url(self) -> str:
        return f"{self.url}/wa/v23.0"

    @property
    def instagram_url(self) -> str:
        return f"{self.url}/ig/v23.0"

    @property
    def instagram_authorize_url(self) -> str:
        return f"{self.url}/igweb/oauth/authorize"

    @property
    def instagram_oauth_url(self) -> str:
        return f"{self.url}/igapi"

    def register_app(self, client_id: str, client_secret: str) -> None:
        """An app whose id and secret the code exchanges accept."""
        with self.state.oauth.lock:
            self.state.oauth.apps[client_id] = client_secret

    def issue_code(self, channel: str, **details: Any) -> dict[str, str]:
        """A single-use code as the channel's login would hand it over, with the identity it
        stands for (``user_id``; ``waba_id``/``phone_number_id`` or ``ig_user_id``/``username``;
        any can be given, and ``seconds`` of validity)."""
        from core.fakemeta_oauth import issue

        return {k: str(v) for k, v in issue(self.state.oauth, channel, dict(details)).items()}

    def age_token(self, token: str, seconds: float) -> bool:
        """Make an issued token ``seconds`` older (Instagram refreshes only a token at least 24
        hours old, and not one older than its 60 days); ``False`` for an unknown token."""
        with self.state.oauth.lock:
            found = self.state.oauth.tokens.get(token)
            if found is None:
                return False
            found["issued"] -= seconds
            return True

    def next_login(self, **identity: Any) -> None:
        """Who logs in on the fake Instagram authorize page (generated when not given)."""
        with self.state.oauth.lock:
            self.state.oauth.login = dict(identity)

    def flat_instagram_answer(self, flat: bool) -> None:
        """Answer the Instagram code exchange flat instead of ``{"data": [...]}``."""
        with self.state.oauth.lock:
            self.state.oauth.flat = flat

    @property
    def oauth_calls(self) -> list[dict[str, Any]]:
        with self.state.oauth.lock:
            return [dict(call) for call in self.state.oauth.calls]

    def start(self) -> FakeMeta:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the fake Graph API did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    @property
    def sent(self) -> list[dict[str, Any]]:
        with self.state.lock:
            return list(self.state.sent)

    @property
    def subscriptions(self) -> dict[str, dict[str, Any]]:
        """The app's current subscriptions: ``"whatsapp:<waba_id>"`` or
        ``"instagram:<ig_id>"`` -> ``{channel, account_id, token, override_callback_uri?,
        verify_token?, subscribed_fields?, at}``."""
        with self.state.lock:
            return {key: dict(value) for key, value in self.state.subscriptions.items()}

    @property
    def subscription_calls(self) -> list[dict[str, Any]]:
        """Every ``subscribed_apps`` POST and DELETE that passed the token check, in order."""
        with self.state.lock:
            return [dict(call) for call in self.state.subscription_calls]

    def fail_next(
        self, code: int, times: int = 1, status: int = 400, message: str = "", after: int = 0
    ) -> None:
        """Answer the next ``times`` calls (after letting ``after`` through) with Meta's error
        ``code``."""
        with self.state.lock:
            self.state.failures.append(
                {"code": code, "times": times, "status": status, "message": message, "after": after}
            )

    @property
    def register_calls(self) -> list[dict[str, Any]]:
        """Every ``/register`` request that passed the token check, in order:
        ``{phone_number_id, body, token, at}``."""
        with self.state.lock:
            return [dict(call) for call in self.state.register_calls]

    @property
    def registered(self) -> dict[str, float]:
        """The numbers registered for Cloud API, with when."""
        with self.state.lock:
            return dict(self.state.registered)

    def set_two_step_pin(self, phone_number_id: str, pin: str) -> None:
        """Give a number a two-step verification PIN already (registered elsewhere before)."""
        with self.state.lock:
            self.state.two_step[phone_number_id] = pin

    def set_app_fields(
        self,
        app_id: str,
        callback_url: str,
        fields: list[str],
        obj: str = "whatsapp_business_account",
    ) -> None:
        """The app's webhook subscription for ``obj``, as its dashboard would have set it."""
        with self.state.lock:
            self.state.app_fields.setdefault(app_id, {})[obj] = {
                "callback_url": callback_url,
                "fields": list(fields),
            }

    def revoke(self, token: str) -> None:
        """Treat ``token`` as revoked: every call with it answers Meta's 190 (subcode 463)."""
        with self.state.lock:
            self.state.revoked.add(token)
