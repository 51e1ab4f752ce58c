"""A local fake of Meta's Graph API over real HTTP, for tests and demos.

It serves the send endpoints the channel plugins call (WhatsApp under ``/wa/{version}``,
Instagram under ``/ig/{version}``), records every request, and can be told to answer with
Meta's error envelopes (a code for the next N calls), to add latency, or to treat a token as
revoked. Point ``META_GRAPH_URL`` at ``{url}/wa/v23.0`` and ``INSTAGRAM_GRAPH_URL`` at
``{url}/ig/v23.0``.

Control endpoints: ``GET /_sent``, ``POST /_fail`` ``{"code", "status", "times",
"message"}``, ``POST /_latency`` ``{"seconds"}``, ``POST /_revoke`` ``{"token"}``,
``POST /_reset``.
"""

from __future__ import annotations

import asyncio
import secrets
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from litestar import Litestar, Request, Response, get, post
from litestar.params import FromPath, JSONBody

WA_TEXT_LIMIT = 4096
IG_TEXT_LIMIT_BYTES = 1000


@dataclass
class FakeState:
    sent: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)
    latency: float = 0.0
    revoked: set[str] = field(default_factory=set)
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
            if state.failures:
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
            state.latency = 0.0
        return {"ok": True}

    return Litestar([wa_send, ig_send, sent, fail, latency, revoke, reset], openapi_config=None)


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

    def fail_next(self, code: int, times: int = 1, status: int = 400, message: str = "") -> None:
        with self.state.lock:
            self.state.failures.append(
                {"code": code, "times": times, "status": status, "message": message}
            )
