"""Meta-shaped webhook payloads for tests: a re-export of :mod:`core.simulate.payloads`
(the one implementation, also used by ``porosia simulate``) plus a test-only adapter."""

from __future__ import annotations

from typing import Any

from core.simulate.payloads import (
    body_bytes,
    ig_batch,
    ig_echo,
    ig_message,
    ig_messages,
    ig_mid,
    ig_payload,
    signature,
    signed,
    wa_batch,
    wa_change,
    wa_echo,
    wa_echo_change,
    wa_messages,
    wa_payload,
    wa_status,
    wa_text,
    wamid,
)

__all__ = [
    "body_bytes",
    "ig_batch",
    "ig_echo",
    "ig_message",
    "ig_messages",
    "ig_mid",
    "ig_payload",
    "signature",
    "signed",
    "signed_lower",
    "wa_batch",
    "wa_change",
    "wa_echo",
    "wa_echo_change",
    "wa_messages",
    "wa_payload",
    "wa_status",
    "wa_text",
    "wamid",
]


def signed_lower(payload: Any, secret: str) -> tuple[bytes, dict[str, str]]:
    """``(body, headers)`` as the platform hands them to a plugin (header names lower-cased)."""
    body, headers = signed(payload, secret)
    return body, {k.lower(): v for k, v in headers.items()}
