from __future__ import annotations

from core.plugin_api import hookimpl, meta_challenge

CHANNEL = "instagram"


@hookimpl
def webhook_challenge(channel: str, params: dict[str, str], verify_token: str) -> str | None:
    if channel != CHANNEL:
        return None
    return meta_challenge(params, verify_token)
