"""Settings: how confirmations behave (quiet time, follow-up, required fields, templates)."""

from __future__ import annotations

from typing import Any

from litestar import Request, post

from core.errors import Invalid
from core.services import accounts, shop_settings
from web.dashboard.render import current, form_values, go, render, signed_in

FORM_LANGUAGES = ("sq", "en")  # the templates the form edits; the others are kept as they are
OPTIONAL_FIELDS = tuple(f for f in shop_settings.REQUIRABLE if f != "items")


def _form_of(saved: dict[str, Any]) -> dict[str, Any]:
    """The form's values as the stored settings give them."""
    templates = saved["confirmation_templates"]
    return {
        "confirm_quiet_seconds": str(saved["confirm_quiet_seconds"]),
        "follow_up": saved["follow_up"],
        "hold_unsure": saved["hold_unsure"],
        "required_fields": set(saved["required_fields"]),
        **{f"template_{lang}": templates.get(lang) or "" for lang in FORM_LANGUAGES},
    }


async def shop_context(
    form: dict[str, Any] | None = None, errors: dict[str, str] | None = None
) -> dict[str, Any]:
    """What settings/index.html needs for the shop form (``form``: what was typed)."""
    saved = await shop_settings.get_settings()
    return {
        "shop": form if form is not None else _form_of(saved),
        "shop_errors": errors or {},
        "default_templates": saved["default_templates"],
        "form_languages": FORM_LANGUAGES,
        "optional_fields": OPTIONAL_FIELDS,
    }


def _typed(values: dict[str, str], required: list[str]) -> dict[str, Any]:
    return {
        "confirm_quiet_seconds": values.get("confirm_quiet_seconds", "").strip(),
        "follow_up": "follow_up" in values,
        "hold_unsure": "hold_unsure" in values,
        "required_fields": set(required),
        **{f"template_{lang}": values.get(f"template_{lang}", "") for lang in FORM_LANGUAGES},
    }


def _error_of(exc: Invalid) -> tuple[str, str]:
    """The form field an Invalid names ("confirmation_templates.sq: ...") and its detail."""
    name, _, detail = str(exc).partition(":")
    field = name.replace("confirmation_templates.", "template_")
    return field, detail.strip()


@post("/settings/shop", guards=[signed_in], include_in_schema=False)
async def save_shop(request: Request[Any, Any, Any]) -> Any:
    form = await request.form()
    values = await form_values(request)
    required = ["items", *(f for f in form.getall("required_fields", []) if f != "items")]
    typed = _typed(values, required)
    saved = (await shop_settings.get_settings())["confirmation_templates"]
    templates = {lang: text for lang, text in saved.items() if text}
    templates.update({lang: typed[f"template_{lang}"] for lang in FORM_LANGUAGES})
    try:
        quiet = int(typed["confirm_quiet_seconds"])
    except ValueError:
        errors = {"confirm_quiet_seconds": ""}
    else:
        try:
            await shop_settings.update_settings(
                {
                    "confirm_quiet_seconds": quiet,
                    "follow_up": typed["follow_up"],
                    "hold_unsure": typed["hold_unsure"],
                    "required_fields": required,
                    "confirmation_templates": templates,
                }
            )
        except Invalid as exc:
            field, detail = _error_of(exc)
            errors = {field: detail}
        else:
            return go(request, "/settings?notice=shop_saved#shop-title")
    return render(
        request,
        "settings/index.html",
        status_code=400,
        me=await accounts.me(current(request)),
        **await shop_context(typed, errors),
    )


routes = [save_shop]
