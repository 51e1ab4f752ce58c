"""Piccolo tables. Every tenant-owned table has a ``tenant`` foreign key that cascades.

Composite unique keys are created by the migrations (raw, portable ``CREATE UNIQUE INDEX``)
and listed in :data:`INDEXES`; a test checks they exist on both databases.
"""

from __future__ import annotations

from decimal import Decimal

from piccolo.columns import (
    JSON,
    UUID,
    Boolean,
    ForeignKey,
    Integer,
    Numeric,
    OnDelete,
    Real,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

MONEY = (14, 2)


class Tenant(Table, tablename="tenant"):
    id = UUID(primary_key=True)
    key = Varchar(length=64, unique=True, index=True)  # unguessable, used in webhook URLs
    name = Varchar(length=200)
    country = Varchar(length=2, default="AL")
    time_zone = Varchar(length=64, default="Europe/Tirane")
    currency = Varchar(length=3, default="ALL")
    status = Varchar(length=16, default="active")  # active | deleting
    deletion_email = Varchar(length=320, null=True, default=None)
    settings = JSON(default="{}")
    created_at = Timestamptz(default=TimestamptzNow())
    catalog_version = Integer(default=0)  # bumped by every catalog write (workers cache by it)


def _tenant_fk() -> ForeignKey:
    return ForeignKey(references=Tenant, on_delete=OnDelete.cascade, null=False, index=True)


class User(Table, tablename="app_user"):
    id = UUID(primary_key=True)
    tenant = _tenant_fk()
    email = Varchar(length=320, unique=True, index=True)
    password_hash = Text()
    phone = Varchar(length=32)
    role = Varchar(length=16, default="owner")
    token_version = Integer(default=1)
    created_at = Timestamptz(default=TimestamptzNow())


class ChannelSetting(Table, tablename="channel_setting"):
    """A tenant's settings for one plugin (a channel connection or a parser toggle)."""

    id = UUID(primary_key=True)
    tenant = _tenant_fk()
    plugin = Varchar(length=64)
    enabled = Boolean(default=False)
    settings = JSON(default="{}")  # plain fields
    secrets = Text(default="")  # Fernet token of a JSON object of secret fields
    account_id = Varchar(length=128, null=True, default=None, unique=True)  # routing key
    verify_token = Varchar(length=64, default="")
    meta_user_id = Varchar(length=64, null=True, default=None)
    last_webhook_at = Timestamptz(null=True, default=None)
    last_send_at = Timestamptz(null=True, default=None)
    last_error = Text(null=True, default=None)
    broken = Boolean(default=False)
    # the channel's webhook subscription (channel_subscribe): when it last succeeded, or why
    # the last attempt failed
    subscribed_at = Timestamptz(null=True, default=None)
    subscribe_error = Text(null=True, default=None)
    # why removing the previous account's subscription failed (switched off, or moved to
    # another account); best effort, never fatal
    unsubscribe_error = Text(null=True, default=None)
    # the account's registration with the channel's API (channel_register: a WhatsApp number
    # for Cloud API): when it succeeded for the current account, or why the last try failed
    registered_at = Timestamptz(null=True, default=None)
    register_error = Text(null=True, default=None)
    # the access token's lifetime when the channel gives one (a connect flow's or a refresh's
    # expires_in): when it expires, when it was obtained, why the last refresh failed
    token_expires_at = Timestamptz(null=True, default=None)
    token_obtained_at = Timestamptz(null=True, default=None)
    token_refresh_error = Text(null=True, default=None)
    updated_at = Timestamptz(default=TimestamptzNow())


class Customer(Table, tablename="customer"):
    id = UUID(primary_key=True)
    tenant = _tenant_fk()
    channel = Varchar(length=64)
    contact_id = Varchar(length=128)
    name = Varchar(length=200, null=True, default=None)
    phone = Varchar(length=32, null=True, default=None)
    address = Text(null=True, default=None)
    city = Varchar(length=120, null=True, default=None)
    language = Varchar(length=8, null=True, default=None)
    created_at = Timestamptz(default=TimestamptzNow())


class Conversation(Table, tablename="conversation"):
    id = UUID(primary_key=True)
    tenant = _tenant_fk()
    customer = ForeignKey(references=Customer, on_delete=OnDelete.cascade, index=True)
    channel = Varchar(length=64)
    episode_started_at = Timestamptz(null=True, default=None)
    last_message_at = Timestamptz(null=True, default=None)
    last_customer_message_at = Timestamptz(null=True, default=None)
    automation_paused = Boolean(default=False)
    created_at = Timestamptz(default=TimestamptzNow())
    # the parser has read the conversation up to this message time (None: read it again)
    parsed_at = Timestamptz(null=True, default=None)


class Message(Table, tablename="message"):
    id = UUID(primary_key=True)
    tenant = _tenant_fk()
    conversation = ForeignKey(references=Conversation, on_delete=OnDelete.cascade, index=True)
    channel = Varchar(length=64)
    external_id = Varchar(length=255)
    author = Varchar(length=16)  # customer | merchant | bot
    kind = Varchar(length=32, default="text")
    text = Text(default="")
    at = Timestamptz(default=TimestamptzNow())
    status = Varchar(length=16, null=True, default=None)
    deleted = Boolean(default=False)
    data = JSON(default="{}")
    # when we stored it (``at`` is when it was sent): episodes are cut on this clock
    received_at = Timestamptz(null=True, default=None)


class Product(Table, tablename="product"):
    id = UUID(primary_key=True)
    tenant = _tenant_fk()
    sku = Varchar(length=64)
    name = Varchar(length=300)
    aliases = JSON(default="[]")
    learned_aliases = JSON(default="[]")
    price = Numeric(digits=MONEY, null=True, default=None)
    currency = Varchar(length=3, default="ALL")
    variants = JSON(default="[]")
    updated_at = Timestamptz(default=TimestamptzNow())


class Order(Table, tablename="shop_order"):
    id = UUID(primary_key=True)
    tenant = _tenant_fk()
    conversation = ForeignKey(
        references=Conversation, on_delete=OnDelete.set_null, null=True, index=True
    )
    customer = ForeignKey(references=Customer, on_delete=OnDelete.set_null, null=True)
    channel = Varchar(length=64, default="api")
    status = Varchar(length=16, default="new")
    customer_name = Varchar(length=200, null=True, default=None)
    phone = Varchar(length=32, null=True, default=None)
    address = Text(null=True, default=None)
    city = Varchar(length=120, null=True, default=None)
    total = Numeric(digits=MONEY, default=Decimal("0"))
    currency = Varchar(length=3, default="ALL")
    confidence = Real(default=0.0)
    sources = JSON(default="{}")  # field -> {"source": parser|merchant|channel, "evidence"}
    missing = JSON(default="[]")
    created_at = Timestamptz(default=TimestamptzNow(), index=True)
    updated_at = Timestamptz(default=TimestamptzNow())


class OrderItem(Table, tablename="order_item"):
    id = UUID(primary_key=True)
    tenant = _tenant_fk()
    order = ForeignKey(references=Order, on_delete=OnDelete.cascade, index=True)
    product = ForeignKey(references=Product, on_delete=OnDelete.set_null, null=True)
    sku = Varchar(length=64, null=True, default=None)
    name = Varchar(length=300)  # snapshot
    quantity = Integer(default=1)
    variant = Varchar(length=120, null=True, default=None)
    unit_price = Numeric(digits=MONEY, null=True, default=None)  # snapshot
    position = Integer(default=0)


class InboundEvent(Table, tablename="inbound_event"):
    """The durable inbox: one routed webhook item, stored before Meta gets its 200."""

    id = UUID(primary_key=True)
    tenant = _tenant_fk()
    channel = Varchar(length=64)
    external_id = Varchar(length=255)
    contact_id = Varchar(length=128, default="")
    payload = JSON(default="{}")
    status = Varchar(length=16, default="pending")  # pending | done | parked
    attempts = Integer(default=0)
    error = Text(null=True, default=None)
    received_at = Timestamptz(default=TimestamptzNow(), index=True)
    processed_at = Timestamptz(null=True, default=None)


class Outbox(Table, tablename="outbox"):
    """Outbound messages: one row per intended send, unique on its idempotency key."""

    id = UUID(primary_key=True)
    tenant = _tenant_fk()
    order = ForeignKey(references=Order, on_delete=OnDelete.set_null, null=True)
    conversation = ForeignKey(
        references=Conversation, on_delete=OnDelete.cascade, null=True, index=True
    )
    channel = Varchar(length=64)
    key = Varchar(length=200)  # idempotency key, e.g. "confirm:<order id>"
    kind = Varchar(length=32)
    payload = JSON(default="{}")
    status = Varchar(length=16, default="pending")  # pending | sent | failed | parked
    attempts = Integer(default=0)
    external_id = Varchar(length=255, null=True, default=None)
    error = Text(null=True, default=None)
    created_at = Timestamptz(default=TimestamptzNow())
    sent_at = Timestamptz(null=True, default=None)


class DeletionRequest(Table, tablename="deletion_request"):
    """A Meta data-deletion request (the status page reads it). Holds no personal data: the
    Meta user id is kept only as a keyed hash."""

    id = UUID(primary_key=True)
    code = Varchar(length=64, unique=True, index=True)
    user_hash = Varchar(length=64)
    status = Varchar(length=16, default="received")  # received | completed
    connections = Integer(default=0)
    created_at = Timestamptz(default=TimestamptzNow())
    completed_at = Timestamptz(null=True, default=None)


TENANT_TABLES: tuple[type[Table], ...] = (
    User,
    ChannelSetting,
    Customer,
    Conversation,
    Message,
    Product,
    Order,
    OrderItem,
    InboundEvent,
    Outbox,
)
PLATFORM_TABLES: tuple[type[Table], ...] = (DeletionRequest,)
ALL_TABLES: tuple[type[Table], ...] = (Tenant, *TENANT_TABLES, *PLATFORM_TABLES)

# (index name, table, columns, unique): created by the migrations on both databases.
INDEXES: tuple[tuple[str, str, tuple[str, ...], bool], ...] = (
    ("uq_channel_setting_tenant_plugin", "channel_setting", ("tenant", "plugin"), True),
    ("uq_customer_contact", "customer", ("tenant", "channel", "contact_id"), True),
    ("uq_message_external", "message", ("tenant", "channel", "external_id"), True),
    ("uq_product_sku", "product", ("tenant", "sku"), True),
    ("uq_inbound_external", "inbound_event", ("tenant", "channel", "external_id"), True),
    ("uq_outbox_key", "outbox", ("tenant", "key"), True),
    ("ix_order_keyset", "shop_order", ("tenant", "created_at", "id"), False),
    ("uq_conversation_customer", "conversation", ("tenant", "customer"), True),
    ("ix_inbound_pending", "inbound_event", ("tenant", "channel", "contact_id", "status"), False),
    # partial: WHERE status = 'pending' / WHERE parsed_at IS NULL (the reconciler's look-ups)
    ("ix_inbound_pending_age", "inbound_event", ("received_at",), False),
    ("ix_conversation_unparsed", "conversation", ("last_message_at",), False),
)
