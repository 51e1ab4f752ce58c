"""Meta's data-deletion and deauthorize callbacks (``signed_request``).

They concern people who authorised the platform's Meta app with a Meta login (shop owners),
identified by an app-scoped ``user_id``. Connections remember that id when it is known
(``ChannelSetting.meta_user_id``). Deletion removes those connections (tokens, ids, secrets)
and the inbox items received through them; deauthorization disables them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from datetime import UTC, datetime
from typing import Any

from core import tenancy
from core.errors import Invalid, NotFound
from core.tables import ChannelSetting, DeletionRequest, InboundEvent


def _b64url_decode(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


def parse_signed_request(signed_request: str, app_secret: str | None) -> dict[str, Any]:
    """Verify Meta's ``signed_request`` (HMAC-SHA256 over the encoded payload)."""
    if not app_secret:
        raise Invalid("signed_request: no app secret is configured (META_APP_SECRET)")
    try:
        encoded_sig, payload = signed_request.split(".", 1)
        signature = _b64url_decode(encoded_sig)
        data = json.loads(_b64url_decode(payload))
    except (ValueError, TypeError) as exc:
        raise Invalid("signed_request: malformed") from exc
    if not isinstance(data, dict) or str(data.get("algorithm", "")).upper() != "HMAC-SHA256":
        raise Invalid("signed_request: unsupported algorithm")
    expected = hmac.new(app_secret.encode(), payload.encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(signature, expected):
        raise Invalid("signed_request: bad signature")
    if not data.get("user_id"):
        raise Invalid("signed_request: no user_id")
    return data


def make_signed_request(data: dict[str, Any], app_secret: str) -> str:
    """The inverse, for tests and the simulator."""
    payload = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    sig = hmac.new(app_secret.encode(), payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(sig).rstrip(b"=").decode() + "." + payload


def _user_hash(user_id: str, key: str) -> str:
    return hmac.new(key.encode(), user_id.encode(), hashlib.sha256).hexdigest()


async def _connections(user_id: str) -> list[dict[str, Any]]:
    with tenancy.unscoped():  # a Meta user may have connected several shops
        rows: list[dict[str, Any]] = await ChannelSetting.select(
            ChannelSetting.id, ChannelSetting.tenant, ChannelSetting.plugin
        ).where(ChannelSetting.meta_user_id == str(user_id))
    return rows


async def delete_user_data(user_id: str, hash_key: str) -> str:
    """Delete what the user's Meta login gave us; return the confirmation code."""
    code = secrets.token_hex(10)
    rows = await _connections(user_id)
    for row in rows:
        with tenancy.tenant_scope(row["tenant"]):
            await tenancy.delete(InboundEvent).where(InboundEvent.channel == row["plugin"])
            await tenancy.delete(ChannelSetting).where(ChannelSetting.id == row["id"])
    with tenancy.unscoped():  # platform table
        await DeletionRequest.insert(
            DeletionRequest(
                code=code,
                user_hash=_user_hash(str(user_id), hash_key),
                status="completed",
                connections=len(rows),
                completed_at=datetime.now(UTC),
            )
        )
    return code


async def deauthorize_user(user_id: str) -> int:
    rows = await _connections(user_id)
    for row in rows:
        with tenancy.tenant_scope(row["tenant"]):
            await tenancy.update(
                ChannelSetting,
                {
                    ChannelSetting.enabled: False,
                    ChannelSetting.broken: True,
                    ChannelSetting.last_error: "the Meta user removed the app",
                },
            ).where(ChannelSetting.id == row["id"])
    return len(rows)


async def deletion_status(code: str) -> dict[str, Any]:
    with tenancy.unscoped():  # platform table, looked up by its unguessable code
        row = (
            await DeletionRequest.select(
                DeletionRequest.status,
                DeletionRequest.connections,
                DeletionRequest.created_at,
                DeletionRequest.completed_at,
            )
            .where(DeletionRequest.code == code)
            .first()
        )
    if row is None:
        raise NotFound("no deletion request with this code")
    return row  # type: ignore[no-any-return]
