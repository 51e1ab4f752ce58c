"""The contract kits for the channels this repository ships or installs in tests."""

from __future__ import annotations

import hashlib
import hmac
import json

from core.testing import ChannelContract
from tests import meta_payloads as meta


def meta_signed(body: bytes, secret: str) -> dict[str, str]:
    return {"content-type": "application/json", "x-hub-signature-256": meta.signature(body, secret)}


def whatsapp_sample(account: str, secret: str) -> tuple[bytes, dict[str, str]]:
    return meta.signed_lower(meta.wa_messages(account, "dua 2 cope masa M"), secret)


def instagram_sample(account: str, secret: str) -> tuple[bytes, dict[str, str]]:
    return meta.signed_lower(meta.ig_messages(account, "a e keni ne te zeze?"), secret)


def echo_signed(body: bytes, secret: str) -> dict[str, str]:
    return {"x-echo-signature": hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()}


def echo_body(account: str, *texts: str, prefix: str = "m") -> bytes:
    messages = [
        {"id": f"{prefix}{n}", "from": "customer-7", "text": t, "ts": 1764150000 + n}
        for n, t in enumerate(texts)
    ]
    return json.dumps({"account": account, "messages": messages}).encode()


def echo_sample(account: str, secret: str) -> tuple[bytes, dict[str, str]]:
    body = echo_body(account, "2 bluza te kuqe")
    return body, echo_signed(body, secret)


KITS = {
    "whatsapp": ChannelContract("whatsapp", whatsapp_sample, meta_signed),
    "instagram": ChannelContract("instagram", instagram_sample, meta_signed),
    "echo": ChannelContract(
        "echo",
        echo_sample,
        echo_signed,
        challenge_params=lambda token, challenge: {
            "echo.token": token,
            "echo.challenge": challenge,
        },
    ),
}
