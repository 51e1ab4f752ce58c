"""Connect flows: a shop connects a channel by logging in to it instead of pasting ids.

The channel plugin owns the channel's HTTP (``channel_authorize_url`` builds where a
redirect flow starts, ``channel_onboard`` exchanges what the flow returned for a
connection); the core offers a flow only when the platform's app for that channel is
configured (:meth:`core.settings.Settings.onboarding_app`), signs and checks the ``state`` of
redirect flows, and saves the result through :func:`core.services.channels.set_channel`, the
same path as a manual save: secrets encrypted, 409 when another shop holds the routing id,
subscribed with ``channel_subscribe``, plus the app-scoped id of the person who authorised
it (``meta_user_id``) for Meta's data-deletion and deauthorize callbacks.

The ``state`` is a short-lived signed token naming the channel, the tenant, the user and a
hash of the session token: a callback is accepted only in the session that started it (a
forged, expired, replayed-into-another-session or other-channel state is refused).
"""

from __future__ import annotations

import hashlib
import secrets
import time
from typing import Any

import jwt

from core.errors import Invalid, NotFound
from core.runtime_state import Services
from core.services import channels
from core.services.accounts import Identity
from core.settings import Settings
from core.types import OnboardingApp

STATE_SECONDS = 600  # time to log in on the channel's page
STATE_AUDIENCE = "porosia:onboarding"
ALGORITHM = "HS256"


class OnboardingFailed(Invalid):
    """The channel refused the flow's answer (a used or expired code, a cancelled login)."""


def redirect_uri(settings: Settings, channel: str) -> str:
    """Where a redirect flow comes back (registered in the channel's app settings)."""
    return f"{settings.public_url}/channels/{channel}/callback"


def app_for(settings: Settings, channel: str) -> OnboardingApp:
    app = settings.onboarding_app(channel)
    if app is None:
        raise NotFound(f"no connect flow is configured for {channel!r}")
    return app


def _session_hash(session_token: str) -> str:
    return hashlib.sha256(session_token.encode()).hexdigest()[:32]


def sign_state(
    settings: Settings,
    channel: str,
    identity: Identity,
    session_token: str,
    now: float | None = None,
) -> str:
    issued = int(time.time() if now is None else now)
    claims = {
        "aud": STATE_AUDIENCE,
        "ch": channel,
        "tn": str(identity.tenant_id),
        "us": str(identity.user_id),
        "ss": _session_hash(session_token),
        "iat": issued,
        "exp": issued + STATE_SECONDS,
        "n": secrets.token_urlsafe(8),
    }
    return jwt.encode(claims, settings.secret_key, algorithm=ALGORITHM)


def check_state(
    settings: Settings, state: str, channel: str, identity: Identity, session_token: str
) -> None:
    """Raise :class:`OnboardingFailed` unless ``state`` was signed for this channel, tenant,
    user and session, and has not expired."""
    try:
        claims: dict[str, Any] = jwt.decode(
            state,
            settings.secret_key,
            algorithms=[ALGORITHM],
            audience=STATE_AUDIENCE,
            options={"require": ["exp", "iat", "aud"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise OnboardingFailed("the connect link expired: start again") from exc
    except jwt.PyJWTError as exc:
        raise OnboardingFailed("the connect answer is not for this session: start again") from exc
    expected = {
        "ch": channel,
        "tn": str(identity.tenant_id),
        "us": str(identity.user_id),
        "ss": _session_hash(session_token),
    }
    if any(claims.get(key) != value for key, value in expected.items()):
        raise OnboardingFailed("the connect answer is not for this session: start again")


async def authorize_url(
    services: Services, channel: str, identity: Identity, session_token: str
) -> str:
    """Where to send the shop's browser to start ``channel``'s redirect flow."""
    settings = services.settings
    app = app_for(settings, channel)
    state = sign_state(settings, channel, identity, session_token)
    url = await services.plugins.channel_authorize_url(app, redirect_uri(settings, channel), state)
    if url is None:
        raise NotFound(f"{channel!r} has no redirect connect flow")
    return url


async def connect(
    services: Services, channel: str, params: dict[str, str], redirect: str | None = None
) -> dict[str, Any]:
    """Finish a flow: exchange, then save and switch the channel on (a ``list_channels``
    entry). Nothing is saved when the channel refuses."""
    settings = services.settings
    app = app_for(settings, channel)
    result = await services.plugins.channel_onboard(
        app, params, redirect or redirect_uri(settings, channel)
    )
    if result is None:
        raise NotFound(f"{channel!r} has no connect flow")
    if not result.ok:
        raise OnboardingFailed(result.error or "the channel refused the connection")
    return await channels.set_channel(
        services,
        channel,
        True,
        result.settings,
        meta_user_id=result.meta_user_id,
        token_expires_in=result.token_expires_in,
    )
