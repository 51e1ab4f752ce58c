"""The plugin contract: every hook a PorosiaIme plugin can implement.

Plugins are pluggy plugins discovered through the ``porosia.plugins`` entry-point group: the
entry point names a package whose ``__init__.py`` declares ``PLUGIN`` (a
:class:`core.types.PluginInfo`: name, kind, host API version, settings schema) and whose
``hooks`` module holds the implementations.
Implementations may be plain functions or coroutines; the core calls them only through the
async façade in :mod:`core.plugins`, which filters to the tenant's enabled plugins, awaits
each implementation and applies the "first answer wins" rule where a hook says so.

Tenant scope: hooks that receive a ``tenant_id`` run inside that tenant's scope (the scoped
query helpers of :mod:`core.plugin_api` work there); the others run outside any tenant.
"""

from __future__ import annotations

import pluggy

from core.types import (
    Catalog,
    ChannelConnection,
    ConversationMessage,
    ExtractedOrder,
    OnboardingApp,
    OnboardingResult,
    OutboundMessage,
    ParseContext,
    SendResult,
    TokenRefresh,
    WebhookResult,
)

PROJECT = "porosia"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


# --- channels -------------------------------------------------------------------------


@hookspec
def webhook_items(  # type: ignore[empty-body]
    channel: str,
    body: bytes,
    headers: dict[str, str],
    app_secret: str | None,
) -> WebhookResult | None:
    """Authenticate a webhook POST and normalise it into inbound items.

    ``channel`` names the channel the URL was for: answer ``None`` when it is not yours.
    ``body`` is the raw request body, ``headers`` lower-cased. ``app_secret`` is the secret the
    signature must be checked with (the connection's own or the platform's), or ``None`` when
    none is configured, in which case the plugin must reject the request.
    Raise :class:`core.types.WebhookRejected` when the signature is wrong or missing (check it
    over the raw body before parsing); raise ``ValueError`` for a body that is not a valid
    payload. Return every entry, change and message of a batch as an ``InboundItem`` whose
    ``account_id`` is the routing id and whose ``external_id`` is stable across redeliveries;
    count what you do not understand in ``WebhookResult.ignored`` (never raise for it).
    Item kinds the core acts on: ``status`` (``data``: ``message_id``, ``status`` = sent |
    delivered | read | failed), ``edit`` and ``delete`` (``data["original_id"]``: the message
    changed); any other kind is stored as a message with its text (``unsupported`` too).
    First answer wins. Runs outside any tenant scope (routing happens after parsing).
    """


@hookspec
def webhook_challenge(  # type: ignore[empty-body]
    channel: str, params: dict[str, str], verify_token: str
) -> str | None:
    """Answer a GET subscription handshake: return the challenge to echo, or ``None``.

    ``params`` are the query parameters, ``verify_token`` the connection's expected token.
    Return ``None`` when the channel is not yours or the token does not match. First answer
    wins. Runs in the tenant scope of the URL's tenant (per-tenant URLs), outside any tenant
    scope for the app-level URL (``verify_token`` is then the platform's).
    """


@hookspec
def send_result(  # type: ignore[empty-body]
    connection: ChannelConnection, message: OutboundMessage
) -> SendResult | None:
    """Send one message to a customer through ``connection.channel``.

    Answer ``None`` when the channel is not yours. Never raise for an error the channel
    reports: return ``SendResult(ok=False, error_code=..., retry=...)``. First answer wins.
    Runs in the tenant scope of ``connection.tenant_id``.
    """


@hookspec
def channel_subscribe(  # type: ignore[empty-body]
    connection: ChannelConnection, callback_url: str, verify_token: str
) -> SendResult | None:
    """Ask the channel to deliver ``connection``'s webhooks: the shop connected or reconnected.

    Called when a shop switches the channel on with its settings complete, when it saves new
    credentials or ids while the channel is on, and when it saves again after a failed
    subscription. ``callback_url`` is the connection's per-tenant webhook URL
    (``/webhooks/{tenant_key}/{channel}``) and ``verify_token`` its handshake token: use them
    where the channel lets the connection choose where it delivers (WhatsApp's per-WABA
    override for a shop with its own Meta app), ignore them where deliveries go to the
    platform's app-level URL. Must be idempotent: it can be called again for an account that
    is already subscribed.
    Answer ``None`` when the channel is not yours (or has nothing to subscribe). Never raise
    for an error the channel reports: return ``SendResult(ok=False, error_code=..., error=...)``
    (``external_id`` is unused); the core records the outcome in the connection's health and
    marks it broken on an auth error (190). First answer wins. Runs in the tenant scope of
    ``connection.tenant_id``, inside the request that saved the settings: keep it short.
    """


@hookspec
def channel_unsubscribe(  # type: ignore[empty-body]
    connection: ChannelConnection, replacement: ChannelConnection | None
) -> SendResult | None:
    """Stop the channel delivering ``connection``'s webhooks: the shop switched it off, or
    saved settings that point it elsewhere.

    ``connection`` is the connection as it was before the save (its ids and token);
    ``replacement`` the connection after it when the channel stays on (it is subscribed next,
    with ``channel_subscribe``), ``None`` when the shop switched it off. Remove the app's
    subscription for the old account only when ``replacement`` no longer uses it (a new token
    or a new template for the same account removes nothing); answer ``None`` when there is
    nothing to remove (not your channel, no ids or token to remove it with). Never raise for
    an error the channel reports: return ``SendResult(ok=False, ...)``; the core records it in
    the connection's health (``unsubscribe_error``) and carries on, never marking the new
    connection broken. First answer wins. Runs in the tenant scope of
    ``connection.tenant_id``, inside the request that saved the settings: keep it short.
    """


@hookspec
def channel_register(  # type: ignore[empty-body]
    connection: ChannelConnection, pin: str
) -> SendResult | None:
    """Register ``connection``'s account for sending and receiving through the channel's API
    (WhatsApp: a phone number for Cloud API, ``POST /{phone_number_id}/register``).

    The core asks after ``channel_subscribe``, when the channel is on, its token is not known
    to be broken, and the account is not registered yet (a new routing id is not) or the shop
    typed a new ``pin`` setting. ``pin`` is that setting when the shop gave one, else six
    random digits the core chose; the core keeps a chosen PIN (encrypted, as the ``pin``
    setting) and shows it to the shop once, only when the registration succeeded with it.
    Answer ``None`` when the channel is not yours or the account needs no registration (a
    WhatsApp number shared with the WhatsApp Business app). Never raise for an error the
    channel reports: return ``SendResult(ok=False, error_code=..., error=...)``; the core
    records ``registered_at`` or ``register_error`` in the connection's health. A refusal
    that never reached the channel (a malformed PIN) has no ``error_code`` and
    ``retry=False``: it is not counted against the channel's registration limit, which the
    core keeps (at most 5 requests per account in a fixed 72-hour window, so never more than
    Meta's 10 in any 72 hours). First answer wins. Runs in the tenant scope of
    ``connection.tenant_id``, inside the request that saved the settings: keep it short.
    """


@hookspec
def channel_authorize_url(  # type: ignore[empty-body]
    app: OnboardingApp, redirect_uri: str, state: str
) -> str | None:
    """The URL that starts a redirect connect flow for ``app.channel`` (an OAuth authorize page).

    ``app`` is the platform's app on the channel (client id and secret, the channel's URLs),
    ``redirect_uri`` where the channel must send the browser back (the core's
    ``/channels/{name}/callback``), ``state`` an opaque value the core signed: put it in the
    URL unchanged, the channel returns it with the answer. Answer ``None`` when the channel
    is not yours or starts its flow otherwise. No I/O is expected. First answer wins. Runs in
    the tenant scope of the signed-in shop.
    """


@hookspec
def channel_onboard(  # type: ignore[empty-body]
    app: OnboardingApp, params: dict[str, str], redirect_uri: str
) -> OnboardingResult | None:
    """Finish a connect flow for ``app.channel``: exchange what it returned for a connection.

    ``params`` are what the flow handed back (a redirect's query parameters, e.g. ``code``;
    or what the channel's script posted, e.g. ``code``, ``waba_id``, ``phone_number_id``),
    ``redirect_uri`` the one the flow started with (token exchanges check it). Return
    ``OnboardingResult(ok=True, settings=...)`` with the settings a manual save would take
    (routing id and token included) and ``meta_user_id``, the app-scoped id of the person who
    authorised the app when the channel gives one; the core saves them through the same path
    as a manual save (encrypted, refused when another shop holds the routing id, subscribed
    with ``channel_subscribe``). Never raise for an error the channel reports (an expired or
    used code): return ``OnboardingResult(ok=False, error=...)``. Answer ``None`` when the
    channel is not yours. First answer wins. Runs in the tenant scope of the signed-in shop,
    inside its request: keep it short (codes expire in seconds).
    """


@hookspec
def channel_refresh_token(  # type: ignore[empty-body]
    connection: ChannelConnection,
) -> TokenRefresh | None:
    """Renew ``connection``'s expiring access token before it dies (Instagram's 60-day token).

    The core asks, from a periodic job, for each enabled connection whose token (as recorded
    from ``OnboardingResult.token_expires_in`` or an earlier refresh) expires within 10 days
    and is at least 24 hours old. Return ``TokenRefresh(ok=True, settings={...},
    expires_in=...)`` with the new secret settings (only those: the core replaces just them,
    encrypted, and keeps every other setting) and the seconds they are valid. Never raise for
    an error the channel reports: return ``TokenRefresh(ok=False, error=..., error_code=...)``;
    the core keeps the old token, records the error in the connection's health and marks it
    broken on an auth error (190). Answer ``None`` when the channel is not yours or its tokens
    do not expire. First answer wins. Runs in the tenant scope of ``connection.tenant_id``.
    """


# --- parsers --------------------------------------------------------------------------


@hookspec
def extracted_order(  # type: ignore[empty-body]
    messages: list[ConversationMessage], catalog: Catalog, context: ParseContext
) -> ExtractedOrder | None:
    """Read one episode of a conversation and return the order it holds.

    ``messages`` are the customer's and merchant's lines, oldest first (never the bot's);
    ``catalog`` is the tenant's catalog (possibly empty). Return an ``ExtractedOrder`` with
    ``is_order=False`` when the conversation holds no committed order (still with the
    delivery details the text gives, if any: an order placed through the channel's own
    catalog needs them), or ``None`` to let the next parser answer. First answer wins
    (parsers registered later are asked first).
    Pure: no I/O is expected; runs in the tenant's scope.
    """


# --- lifecycle notifications (results ignored, exceptions isolated and logged) ---------


@hookspec
def order_created(tenant_id: str, order_id: str) -> None:
    """An order was created from a conversation. Runs in the tenant's scope."""


@hookspec
def order_confirmed(tenant_id: str, order_id: str) -> None:
    """An order moved to ``confirmed``. Runs in the tenant's scope."""


@hookspec
def tenant_data_purge(tenant_id: str, connections: list[ChannelConnection]) -> None:
    """The tenant is being deleted: revoke tokens, unsubscribe, forget what you keep.

    Called before the tenant's rows are deleted, with its decrypted channel connections
    (enabled or not). Best effort: log what fails, never block the purge (exceptions are
    isolated and logged). Runs in the tenant's scope.
    """


HOOK_NAMES: tuple[str, ...] = (
    "webhook_items",
    "webhook_challenge",
    "send_result",
    "channel_subscribe",
    "channel_unsubscribe",
    "channel_register",
    "channel_authorize_url",
    "channel_onboard",
    "channel_refresh_token",
    "extracted_order",
    "order_created",
    "order_confirmed",
    "tenant_data_purge",
)

__all__ = ["HOOK_NAMES", "PROJECT", "hookimpl", "hookspec"]
