"""Sign-up, log-in, identity and revocation."""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

import phonenumbers

from core import tenancy
from core.auth import TokenClaims, hash_password, verify_password
from core.errors import Conflict, Invalid
from core.tables import Tenant, User

EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
MIN_PASSWORD = 10


@dataclass(frozen=True)
class Identity:
    user_id: uuid.UUID
    tenant_id: uuid.UUID
    email: str
    token_version: int


def normalise_email(email: str) -> str:
    value = (email or "").strip().lower()
    if len(value) > 320 or not EMAIL_RE.match(value):
        raise Invalid("email: not a valid email address")
    return value


def normalise_phone(phone: str, region: str = "AL") -> str:
    try:
        number = phonenumbers.parse((phone or "").strip(), region)
    except phonenumbers.NumberParseException as exc:
        raise Invalid("phone: not a phone number") from exc
    if not phonenumbers.is_possible_number(number):
        raise Invalid("phone: not a possible phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def check_signup(email: str, password: str, business_name: str, phone: str) -> dict[str, str]:
    """Validate sign-up fields; raise :class:`Invalid` naming the first bad one."""
    name = (business_name or "").strip()
    if not name or len(name) > 200:
        raise Invalid("business_name: required, at most 200 characters")
    if not isinstance(password, str) or len(password) < MIN_PASSWORD or len(password) > 1024:
        raise Invalid(f"password: at least {MIN_PASSWORD} characters")
    return {
        "email": normalise_email(email),
        "business_name": name,
        "phone": normalise_phone(phone),
        "password": password,
    }


async def signup(email: str, password: str, business_name: str, phone: str) -> Identity:
    fields = check_signup(email, password, business_name, phone)
    password_hash = await hash_password(fields["password"])
    with tenancy.unscoped():  # a new tenant: nothing is in scope yet
        if await User.exists().where(User.email == fields["email"]):
            raise Conflict("email: already registered")
        tenant = Tenant(name=fields["business_name"], key=secrets.token_urlsafe(24))
        user = User(
            tenant=tenant.id,
            email=fields["email"],
            password_hash=password_hash,
            phone=fields["phone"],
        )
        try:
            async with tenancy.transaction():
                await tenant.save()
                await user.save()
        except Exception as exc:  # the unique email index caught a concurrent sign-up
            if await User.exists().where(User.email == fields["email"]):
                raise Conflict("email: already registered") from exc
            raise
    return Identity(user.id, tenant.id, fields["email"], 1)


async def authenticate(email: str, password: str) -> Identity | None:
    """The identity for these credentials, or ``None`` (same answer for unknown emails)."""
    try:
        address = normalise_email(email)
    except Invalid:
        address = ""
    with tenancy.unscoped():  # log-in: the tenant is what we are finding out
        row = (
            await User.select(
                User.id,
                User.tenant,
                User.email,
                User.password_hash,
                User.token_version,
                User.tenant.status,
            )
            .where(User.email == address)
            .first()
        )
    ok = await verify_password(row["password_hash"] if row else None, password or "")
    if not row or not ok or row["tenant.status"] != "active":
        return None
    return Identity(row["id"], row["tenant"], row["email"], row["token_version"])


async def identity_for(claims: TokenClaims) -> Identity | None:
    """Check a decoded token against the user's current token version and tenant state."""
    with tenancy.unscoped():  # the request door: the token names the tenant
        row = (
            await User.select(
                User.id, User.tenant, User.email, User.token_version, User.tenant.status
            )
            .where(User.id == claims.user_id)
            .first()
        )
    if (
        row is None
        or row["tenant"] != claims.tenant_id
        or row["token_version"] != claims.version
        or row["tenant.status"] != "active"
    ):
        return None
    return Identity(row["id"], row["tenant"], row["email"], row["token_version"])


async def revoke_tokens(user_id: uuid.UUID) -> None:
    """Log-out: every token issued so far stops working."""
    await tenancy.update(User, {User.token_version: User.token_version + 1}).where(
        User.id == user_id
    )


async def me(identity: Identity) -> dict[str, Any]:
    tenant = await tenancy.current_tenant()
    user = (
        await tenancy.select(User, User.email, User.phone, User.role)
        .where(User.id == identity.user_id)
        .first()
    )
    return {
        "user": {"id": str(identity.user_id), **(user or {})},
        "tenant": {
            "id": str(tenant["id"]),
            "name": tenant["name"],
            "country": tenant["country"],
            "time_zone": tenant["time_zone"],
            "currency": tenant["currency"],
            "status": tenant["status"],
            "created_at": tenant["created_at"].isoformat(),
        },
    }
