"""Passwords (argon2id, hashed off the event loop) and session tokens (JWT, HS256 pinned)."""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass

import jwt
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from core.settings import Settings

AUDIENCE = "porosia"
ALGORITHM = "HS256"
_hasher = PasswordHasher(type=Type.ID)  # argon2id with the library's RFC 9106 defaults
# Verified against when the email is unknown, so both answers take the same time.
_DUMMY_HASH = _hasher.hash("porosia-no-such-user")


class InvalidToken(Exception):
    """The token is malformed, expired, revoked or for another audience."""


@dataclass(frozen=True)
class TokenClaims:
    user_id: uuid.UUID
    tenant_id: uuid.UUID
    version: int
    expires_at: int


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hasher.hash, password)


async def verify_password(stored_hash: str | None, password: str) -> bool:
    def check() -> bool:
        try:
            return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(check)


def issue_token(
    settings: Settings, user_id: uuid.UUID, tenant_id: uuid.UUID, version: int
) -> tuple[str, int]:
    now = int(time.time())
    claims = {
        "sub": str(user_id),
        "tid": str(tenant_id),
        "ver": version,
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + settings.token_ttl_seconds,
    }
    return jwt.encode(claims, settings.secret_key, algorithm=ALGORITHM), settings.token_ttl_seconds


def decode_token(settings: Settings, token: str) -> TokenClaims:
    try:
        claims = jwt.decode(
            token,
            settings.secret_key,
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            options={"require": ["exp", "iat", "sub", "aud"]},
        )
        return TokenClaims(
            user_id=uuid.UUID(claims["sub"]),
            tenant_id=uuid.UUID(claims["tid"]),
            version=int(claims["ver"]),
            expires_at=int(claims["exp"]),
        )
    except (jwt.PyJWTError, KeyError, ValueError, TypeError) as exc:
        raise InvalidToken(str(exc)) from exc
