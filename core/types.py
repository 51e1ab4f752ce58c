"""Plain data types shared by the core and plugins (the plugin contract's vocabulary).

Everything here is a frozen or plain dataclass with primitive fields: plugins never see
database rows, and the core never sees a plugin's internals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

Author = Literal["customer", "merchant", "bot"]
SettingKind = Literal["text", "secret", "bool"]


@dataclass(frozen=True)
class SettingField:
    """One field of a plugin's per-tenant settings (drives the API and the channels page)."""

    name: str
    label: str
    kind: SettingKind = "text"
    required: bool = False
    help: str = ""


@dataclass(frozen=True)
class PluginInfo:
    """What a plugin package declares in its ``__init__.py`` as ``PLUGIN``.

    ``kind`` is ``"channel"`` or ``"parser"`` (or ``"other"``). ``host_api`` is the host API
    version the plugin was written for; the host refuses a plugin asking for a newer one.
    ``routing_field`` names the setting that identifies the shop's account on the channel
    (``phone_number_id``, ``account_id``): unique across tenants and used for routing.
    ``sends_per_second`` is the most messages the core sends through one connection in a
    second (the channel's documented rate, with room for its other traffic); ``None``: no cap.
    """

    name: str
    label: str
    kind: Literal["channel", "parser", "other"]
    host_api: int = 1
    settings: tuple[SettingField, ...] = ()
    routing_field: str | None = None
    default_enabled: bool = False
    description: str = ""
    sends_per_second: int | None = None


# --- parsing --------------------------------------------------------------------------


@dataclass(frozen=True)
class ConversationMessage:
    """One message of a conversation as parsers see it (bot lines are never passed)."""

    author: Author
    text: str
    at: datetime
    id: str | None = None


@dataclass(frozen=True)
class CatalogProduct:
    sku: str
    name: str
    aliases: tuple[str, ...] = ()
    price: Decimal | None = None
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalog:
    currency: str = "ALL"
    products: tuple[CatalogProduct, ...] = ()


@dataclass(frozen=True)
class ParseContext:
    """Where the conversation comes from: the channel and the shop's country (ISO 3166 alpha-2,
    the default region for phone numbers) and currency."""

    channel: str
    country: str = "AL"
    currency: str = "ALL"


@dataclass(frozen=True)
class Evidence:
    """Which message (index in the list given to the parser) and which span gave a field."""

    message_index: int
    start: int
    end: int
    text: str


@dataclass
class ExtractedItem:
    product: str | None  # catalog SKU, or None without a catalog match
    name: str  # the catalog name, or the product as the customer named it
    quantity: int = 1
    variant: str | None = None
    unit_price: Decimal | None = None
    evidence: Evidence | None = None


@dataclass
class ExtractedOrder:
    """A parser's answer for one episode of a conversation."""

    is_order: bool
    items: list[ExtractedItem] = field(default_factory=list)
    customer_name: str | None = None
    phone: str | None = None  # E.164
    address: str | None = None  # street part, without the city
    city: str | None = None
    confidence: float = 0.0
    evidence: dict[str, Evidence] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    # the merchant stated a total in the chat (its message is ``evidence["total"]``): whether
    # the items add up to it; None when no total was stated or it cannot be checked
    total_matches: bool | None = None
    # customer words that read as a request for goods which no item, contact field, variant or
    # known non-product word accounts for (message index and span), so the merchant checks them
    unrecognised: list[Evidence] = field(default_factory=list)
    # customer words that made a line only through a weak match (a fuzzy spelling, a
    # cross-language group or a partial name that another catalog product matches about as
    # well), so the merchant checks which product they name
    guessed: list[Evidence] = field(default_factory=list)
    # words (the merchant's restatement, or the customer's) that state a count or a split of
    # the order's products that the items do not hold, so the merchant checks the quantities
    # and lines: the item may be right, but a count or a line may be wrong
    uncertain: list[Evidence] = field(default_factory=list)


# --- channels -------------------------------------------------------------------------


@dataclass(frozen=True)
class ChannelConnection:
    """A tenant's connection to a channel as the channel plugin sees it: decrypted settings."""

    tenant_id: str
    channel: str
    settings: dict[str, Any]
    account_id: str | None = None
    api_base: str | None = None  # the platform's base URL for this channel's API, if any


@dataclass
class InboundItem:
    """One normalised item of a webhook delivery (a message, an echo, a status, ...).

    ``account_id`` is the shop's account the item was addressed to (routing key);
    ``contact_id`` identifies the customer on the channel (the conversation key);
    ``external_id`` is unique per channel (message id; status items use id + status).
    """

    account_id: str
    external_id: str
    contact_id: str
    kind: str = "text"  # text, media, location, reply, reaction, order, status, unsupported...
    from_business: bool = False
    text: str = ""
    at: datetime | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class WebhookResult:
    """What a channel plugin makes of one webhook POST."""

    items: list[InboundItem] = field(default_factory=list)
    ignored: int = 0  # entries it did not understand (counted, not stored)


class WebhookRejected(Exception):
    """Raised by a channel plugin when a webhook fails authentication (bad signature)."""


@dataclass(frozen=True)
class OutboundMessage:
    to: str  # the contact id on the channel
    text: str = ""
    template: str | None = None
    template_language: str | None = None
    template_params: tuple[str, ...] = ()
    # a channel that splits a long text into several messages: how many of them went out on
    # an earlier try (the retry sends only the rest)
    parts_sent: int = 0


@dataclass(frozen=True)
class SendResult:
    ok: bool
    external_id: str | None = None
    error_code: int | None = None
    error: str | None = None
    retry: bool = False
    parts_sent: int = 0  # with a split text: how many parts have gone out, this try included


# --- onboarding -----------------------------------------------------------------------


@dataclass(frozen=True)
class OnboardingApp:
    """The platform's own app on a channel, for a connect flow the core offers.

    ``flow`` says how the flow starts: ``"redirect"`` (the core sends the browser to the
    channel's authorize URL and takes the answer at ``/channels/{name}/callback``) or
    ``"js_sdk"`` (the channel's own script runs in the page and posts what it returns).
    ``urls`` holds the channel's endpoints by role (``"authorize"``, ``"oauth"``, ``"graph"``);
    tests point them at a fake.
    """

    channel: str
    flow: Literal["redirect", "js_sdk"]
    client_id: str
    client_secret: str
    config_id: str | None = None
    urls: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class OnboardingResult:
    """What a connect flow produced: the settings to save (as a manual save takes them, the
    routing id and secrets included) and the app-scoped id of the person who authorised it,
    or why it failed (``error`` a sentence for the shop, ``error_code`` the channel's code)."""

    ok: bool
    settings: dict[str, Any] = field(default_factory=dict)
    meta_user_id: str | None = None
    error: str | None = None
    error_code: int | None = None
    # seconds until the token in ``settings`` expires, when the channel says (Instagram's
    # long-lived token: about 60 days); the core records when it must be refreshed
    token_expires_in: int | None = None


@dataclass(frozen=True)
class TokenRefresh:
    """What ``channel_refresh_token`` produced: the new secret settings (e.g.
    ``{"access_token": ...}``) and the seconds until they expire, or why it failed (``error`` a
    sentence for the shop, ``error_code`` the channel's code: 190 means log in again)."""

    ok: bool
    settings: dict[str, Any] = field(default_factory=dict)
    expires_in: int | None = None
    error: str | None = None
    error_code: int | None = None
