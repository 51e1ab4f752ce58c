"""Helpers for Meta's webhook conventions, shared by the Meta channel plugins."""

from __future__ import annotations

import hashlib
import hmac


def meta_challenge(params: dict[str, str], verify_token: str) -> str | None:
    """The GET handshake: echo ``hub.challenge`` when mode and token match."""
    if params.get("hub.mode") != "subscribe":
        return None
    given = params.get("hub.verify_token", "")
    if not verify_token or not hmac.compare_digest(given.encode(), verify_token.encode()):
        return None
    return params.get("hub.challenge")


def meta_signature_ok(body: bytes, header: str | None, app_secret: str | None) -> bool:
    """Check ``X-Hub-Signature-256: sha256=<hex>`` over the raw body, in constant time."""
    if not header or not app_secret or not header.startswith("sha256="):
        return False
    expected = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(header[len("sha256=") :].lower(), expected)
