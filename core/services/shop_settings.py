"""The shop's own settings: country, time zone, currency, and how confirmations behave."""

from __future__ import annotations

import zoneinfo
from typing import Any

import phonenumbers
from jinja2 import TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from core import tenancy
from core.errors import Invalid
from core.money import is_currency
from core.services.confirmations import DEFAULT_QUIET_S, DEFAULT_REQUIRED, DEFAULT_TEMPLATES
from core.tables import Tenant

REQUIRABLE = ("items", "customer_name", "phone", "address", "city")
LANGUAGES = tuple(DEFAULT_TEMPLATES)
MAX_TEMPLATE = 2000
MAX_QUIET_S = 24 * 3600
KEYS = frozenset(
    {
        "country",
        "time_zone",
        "currency",
        "required_fields",
        "confirm_quiet_seconds",
        "follow_up",
        "hold_unsure",
        "confirmation_templates",
    }
)


def _shape(tenant: dict[str, Any]) -> dict[str, Any]:
    own = tenant.get("settings") or {}
    return {
        "country": tenant["country"],
        "time_zone": tenant["time_zone"],
        "currency": tenant["currency"],
        "required_fields": list(own.get("required_fields") or DEFAULT_REQUIRED),
        "confirm_quiet_seconds": int(own.get("confirm_quiet_seconds", DEFAULT_QUIET_S)),
        "follow_up": bool(own.get("follow_up", True)),
        "hold_unsure": bool(own.get("hold_unsure", True)),
        "confirmation_templates": {
            lang: (own.get("confirmation_templates") or {}).get(lang) for lang in LANGUAGES
        },
        "default_templates": DEFAULT_TEMPLATES,
    }


async def get_settings() -> dict[str, Any]:
    return _shape(await tenancy.current_tenant())


def _templates(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        raise Invalid("confirmation_templates: an object by language (sq, en, it, de)")
    out: dict[str, str] = {}
    env = SandboxedEnvironment()
    for lang, text in value.items():
        if lang not in LANGUAGES:
            raise Invalid(f"confirmation_templates.{lang}: one of {', '.join(LANGUAGES)}")
        if text is None or text == "":
            continue  # back to the default
        if not isinstance(text, str) or len(text) > MAX_TEMPLATE:
            raise Invalid(f"confirmation_templates.{lang}: text of at most {MAX_TEMPLATE}")
        try:
            env.parse(text)
        except TemplateSyntaxError as exc:
            raise Invalid(
                f"confirmation_templates.{lang}: {exc.message} (line {exc.lineno})"
            ) from exc
        out[lang] = text
    return out


def _check(body: dict[str, Any]) -> tuple[dict[Any, Any], dict[str, Any]]:
    """Column values and the ``settings`` JSON entries the body sets."""
    unknown = set(body) - KEYS
    if unknown:
        raise Invalid(f"{sorted(unknown)[0]}: unknown setting")
    columns: dict[Any, Any] = {}
    own: dict[str, Any] = {}
    if "country" in body:
        country = str(body["country"] or "").upper()
        if country not in phonenumbers.SUPPORTED_REGIONS:
            raise Invalid("country: an ISO 3166 alpha-2 code, e.g. AL, XK, MK, DE")
        columns[Tenant.country] = country
    if "time_zone" in body:
        if str(body["time_zone"]) not in zoneinfo.available_timezones():
            raise Invalid("time_zone: an IANA time zone, e.g. Europe/Tirane")
        columns[Tenant.time_zone] = str(body["time_zone"])
    if "currency" in body:
        if not is_currency(str(body["currency"])):
            raise Invalid("currency: an ISO 4217 code, e.g. ALL, EUR")
        columns[Tenant.currency] = str(body["currency"])
    if "required_fields" in body:
        fields = body["required_fields"]
        if (
            not isinstance(fields, list)
            or not set(fields) <= set(REQUIRABLE)
            or ("items" not in fields)
        ):
            raise Invalid(f"required_fields: a list from {', '.join(REQUIRABLE)}, with items")
        own["required_fields"] = list(dict.fromkeys(fields))
    if "confirm_quiet_seconds" in body:
        quiet = body["confirm_quiet_seconds"]
        if isinstance(quiet, bool) or not isinstance(quiet, int) or not 0 <= quiet <= MAX_QUIET_S:
            raise Invalid(f"confirm_quiet_seconds: a whole number from 0 to {MAX_QUIET_S}")
        own["confirm_quiet_seconds"] = quiet
    if "follow_up" in body:
        if not isinstance(body["follow_up"], bool):
            raise Invalid("follow_up: true or false")
        own["follow_up"] = body["follow_up"]
    if "hold_unsure" in body:
        if not isinstance(body["hold_unsure"], bool):
            raise Invalid("hold_unsure: true or false")
        own["hold_unsure"] = body["hold_unsure"]
    if "confirmation_templates" in body:
        own["confirmation_templates"] = _templates(body["confirmation_templates"])
    return columns, own


async def update_settings(body: object) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise Invalid("body: a JSON object")
    columns, own = _check(body)
    async with tenancy.transaction():
        tenant = await tenancy.current_tenant()
        settings = {**(tenant.get("settings") or {}), **own}
        await tenancy.update_current_tenant({**columns, Tenant.settings: settings})
    return await get_settings()
