"""Connecting a shop's account with Instagram API with Instagram Login (Meta's business login).

The core sends the shop's browser to :func:`authorize_url`; Instagram sends it back to the
core's callback with ``?code=...#_`` (valid one hour, single use), and :func:`onboard` turns
the code into a connection:

1. ``POST {oauth}/oauth/access_token`` (form) -> a short-lived token and the app-scoped
   ``user_id`` of the person who logged in (Meta documents ``{"data": [{...}]}``; a flat
   object is also seen in the wild: both are read);
2. ``GET {graph host}/access_token?grant_type=ig_exchange_token`` -> the long-lived token
   (60 days, ``expires_in``);
3. ``GET {graph}/me?fields=user_id,username`` -> the professional account id that webhooks
   carry as ``entry[].id`` (the routing id; it differs from the app-scoped id of step 1).

The long-lived token dies after 60 days unless refreshed (:func:`refresh`:
``GET {graph host}/refresh_access_token?grant_type=ig_refresh_token``, allowed once it is 24
hours old and while it is unexpired); the core asks for that through
``channel_refresh_token``.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from core.plugin_api import (
    OAuthAnswer,
    OnboardingApp,
    OnboardingResult,
    TokenRefresh,
    json_dict,
    json_list,
    json_str,
    oauth_call,
)

SCOPES = "instagram_business_basic,instagram_business_manage_messages"
VERSION_SUFFIX = re.compile(r"/v\d+(\.\d+)?$")
ID_RE = re.compile(r"^[0-9]{1,64}$")


def authorize_url(app: OnboardingApp, redirect_uri: str, state: str) -> str:
    query = {
        "client_id": app.client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "scope": SCOPES,
        "state": state,
    }
    return f"{app.urls['authorize']}?{urlencode(query)}"


def short_lived(body: dict[str, Any]) -> tuple[str, str] | None:
    """``(access_token, user_id)`` from either documented shape of the code exchange."""
    data = json_list(body.get("data"))
    first = json_dict(data[0]) if data else body
    token, user = json_str(first.get("access_token")), json_str(first.get("user_id"))
    return (token, user) if token and user else None


def _seconds(value: Any) -> int | None:
    """``expires_in`` as a positive number of seconds, or ``None``."""
    try:
        seconds = int(value)
    except (TypeError, ValueError):
        return None
    return seconds if seconds > 0 else None


def _failed(step: str, answer: OAuthAnswer) -> OnboardingResult:
    detail = answer.error or "no answer"
    return OnboardingResult(ok=False, error=f"{step}: {detail}", error_code=answer.error_code)


async def onboard(
    app: OnboardingApp, params: dict[str, str], redirect_uri: str
) -> OnboardingResult:
    code = (params.get("code") or "").strip().removesuffix("#_")
    if not code:
        return OnboardingResult(ok=False, error="Instagram returned no authorization code")
    exchanged = await oauth_call(
        "POST",
        f"{app.urls['oauth'].rstrip('/')}/oauth/access_token",
        form={
            "client_id": app.client_id,
            "client_secret": app.client_secret,
            "grant_type": "authorization_code",
            "redirect_uri": redirect_uri,
            "code": code,
        },
    )
    if not exchanged.ok:
        return _failed("exchanging the code", exchanged)
    short = short_lived(exchanged.body)
    if short is None:
        return OnboardingResult(ok=False, error="exchanging the code: no token in the answer")
    graph = app.urls["graph"].rstrip("/")
    long = await oauth_call(
        "GET",
        f"{VERSION_SUFFIX.sub('', graph)}/access_token",
        params={
            "grant_type": "ig_exchange_token",
            "client_secret": app.client_secret,
            "access_token": short[0],
        },
    )
    token = json_str(long.body.get("access_token")) if long.ok else ""
    if not token:
        return _failed("getting a long-lived token", long)
    me = await oauth_call(
        "GET", f"{graph}/me", params={"fields": "user_id,username", "access_token": token}
    )
    account = json_str(me.body.get("user_id")) if me.ok else ""
    if not ID_RE.match(account):
        return _failed("reading the Instagram account", me)
    return OnboardingResult(
        ok=True,
        # the platform's app signs this account's webhooks: an own-app secret would not match
        settings={"account_id": account, "access_token": token, "app_secret": None},
        meta_user_id=short[1],
        token_expires_in=_seconds(long.body.get("expires_in")),
    )


async def refresh(graph: str, token: str) -> TokenRefresh:
    """A new long-lived token for ``token`` (which must be 24 hours old and unexpired)."""
    if not token:
        return TokenRefresh(ok=False, error="the connection has no token to refresh")
    answer = await oauth_call(
        "GET",
        f"{VERSION_SUFFIX.sub('', graph.rstrip('/'))}/refresh_access_token",
        params={"grant_type": "ig_refresh_token", "access_token": token},
    )
    if not answer.ok:
        # the core's message already says it was the refresh that failed
        return TokenRefresh(
            ok=False, error=answer.error or "no answer", error_code=answer.error_code
        )
    new = json_str(answer.body.get("access_token"))
    if not new:
        return TokenRefresh(ok=False, error="Instagram answered without a token")
    return TokenRefresh(
        ok=True,
        settings={"access_token": new},
        expires_in=_seconds(answer.body.get("expires_in")),
    )
