"""The channels page: one card per channel with its on/off switch, settings and webhook.

Each card is ``channels/_channel.html``; htmx posts the switch or the settings form and
swaps the card the answer renders. Without JavaScript the same forms answer with the page.
Switching a channel on or saving its settings also subscribes it to the channel's messages
(in the same request), and switching it off or moving it to another account unsubscribes the
previous one; a WhatsApp number is registered for the Cloud API once. The card shows when
each succeeded or what the channel answered, a PIN chosen for the number (this once), and,
for a token that expires (Instagram's), until when it is valid and whether renewing it
failed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from litestar import Request, get, post

from core import tenancy
from core.errors import Conflict, Invalid, NotFound
from core.services import channels, token_refresh
from web.dashboard.orders import _when, _zone
from web.dashboard.render import current, form_values, is_htmx, render, signed_in
from web.deps import services


async def _entry(request: Request[Any, Any, Any], name: str) -> dict[str, Any]:
    for entry in await channels.list_channels(services(request)):
        if entry["name"] == name:
            return entry
    raise NotFound(f"channel {name!r} does not exist")


def health(entry: dict[str, Any]) -> str:
    """A one-word state for the card ("channels.health.<state>" in the catalogue)."""
    state = entry.get("health") or {}
    if missing_fields(entry):
        return "incomplete"
    if not entry["enabled"]:
        return "off"
    if state.get("broken"):
        return "broken"
    if state.get("subscribe_error"):
        return "unsubscribed"
    if state.get("register_error"):
        return "unregistered"
    return "ok" if state.get("last_webhook_at") else "waiting"


def missing_fields(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """Required fields without a value (a secret counts once it is stored)."""
    values = entry["settings"]
    missing = []
    for field in entry["fields"]:
        value = values.get(field["name"])
        filled = value.get("set") if isinstance(value, dict) else bool(value)
        if field["required"] and field["kind"] != "bool" and not filled:
            missing.append(field)
    return missing


def settings_from_form(entry: dict[str, Any], form: dict[str, str]) -> dict[str, Any]:
    """The declared fields as ``set_channel`` takes them: a blank secret keeps the stored one
    (secrets are never sent to the browser), a blank text field clears it, an unticked box
    is false."""
    values: dict[str, Any] = {}
    for field in entry["fields"]:
        name = field["name"]
        values[name] = form.get(name) == "on" if field["kind"] == "bool" else form.get(name, "")
    return values


async def _answer(
    request: Request[Any, Any, Any],
    entry: dict[str, Any],
    *,
    notice: str | None = None,
    error: str | None = None,
) -> Any:
    """The channel's card for htmx; the whole page (same messages) for a plain form post."""
    zone = await _tenant_zone()
    card = _card(entry, zone)
    if is_htmx(request):
        return render(request, "channels/_channel.html", ch=card, notice=notice, error=error)
    cards = [
        card if other["name"] == entry["name"] else _card(other, zone)
        for other in await channels.list_channels(services(request))
    ]
    messages = {entry["name"]: {"notice": notice, "error": error}}
    return render(request, "channels/list.html", channels=cards, messages=messages)


async def _tenant_zone() -> ZoneInfo:
    return _zone((await tenancy.current_tenant())["time_zone"])


def token_state(entry: dict[str, Any], now: datetime | None = None) -> str | None:
    """How the connection's expiring token stands ("channels.token_<state>"), or ``None``
    when its expiry is not known (a token pasted by hand, a channel whose tokens last)."""
    state = entry.get("health") or {}
    expires = state.get("token_expires_at")
    if not expires or not entry["enabled"]:
        return None
    left = datetime.fromisoformat(expires) - (now or datetime.now(UTC))
    if left <= timedelta(0):
        return "expired"
    if state.get("token_refresh_error"):
        return "failed"
    return "near" if left < token_refresh.REFRESH_WITHIN else "ok"


def _card(entry: dict[str, Any], zone: ZoneInfo) -> dict[str, Any]:
    state = entry.get("health") or {}
    subscribed_at, expires = state.get("subscribed_at"), state.get("token_expires_at")
    registered_at = state.get("registered_at")
    return {
        **entry,
        "state": health(entry),
        "missing": missing_fields(entry),
        "subscribed_when": _when(subscribed_at, zone) if subscribed_at else None,
        "registered_when": _when(registered_at, zone) if registered_at else None,
        # a number kept in the WhatsApp Business app is not registered for the Cloud API
        "shared_number": bool(entry["enabled"] and entry["settings"].get("coexistence")),
        "token_state": token_state(entry),
        "token_when": _when(expires, zone) if expires else None,
    }


async def render_page(
    request: Request[Any, Any, Any],
    messages: dict[str, dict[str, Any]],
    *,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> Any:
    """The whole channels page, with a notice or an error on the named channels' cards."""
    zone = await _tenant_zone()
    cards = [_card(e, zone) for e in await channels.list_channels(services(request))]
    page = render(
        request, "channels/list.html", status_code=status_code, channels=cards, messages=messages
    )
    page.headers.update(headers or {})
    return page


@get("/channels", guards=[signed_in], include_in_schema=False)
async def channels_page(request: Request[Any, Any, Any]) -> Any:
    current(request)
    connected = request.query_params.get("connected")  # back from a connect flow
    messages = {connected: {"notice": "channels.connected"}} if connected else {}
    return await render_page(request, messages)


@post("/channels/{name:str}/enabled", guards=[signed_in], include_in_schema=False)
async def toggle_channel(request: Request[Any, Any, Any], name: str) -> Any:
    current(request)
    entry = await _entry(request, name)
    enabled = (await form_values(request)).get("enabled") == "true"
    if enabled and missing_fields(entry):
        return await _answer(request, entry, error="channels.fill_first")
    try:
        saved = await channels.set_channel(services(request), name, enabled, {})
    except (Invalid, Conflict) as exc:
        return await _answer(request, entry, error=str(exc))
    notice = "channels.on_saved" if enabled else "channels.off_saved"
    return await _answer(request, saved, notice=notice)


@post("/channels/{name:str}/settings", guards=[signed_in], include_in_schema=False)
async def save_channel(request: Request[Any, Any, Any], name: str) -> Any:
    current(request)
    entry = await _entry(request, name)
    values = settings_from_form(entry, await form_values(request))
    try:
        saved = await channels.set_channel(services(request), name, None, values)
    except (Invalid, Conflict) as exc:
        # Keep what was typed in the plain fields (never secrets) so nothing is lost.
        typed = {f["name"]: values[f["name"]] for f in entry["fields"] if f["kind"] != "secret"}
        return await _answer(
            request, {**entry, "settings": {**entry["settings"], **typed}}, error=str(exc)
        )
    return await _answer(request, saved, notice="channels.saved")


routes = [channels_page, toggle_channel, save_channel]
