"""The narrow public surface plugins import: the hook marker, the contract types and the
tenant-scoped query helpers. Plugins import nothing else from the core."""

from core import HOST_API_VERSION
from core.hookspecs import hookimpl
from core.meta import (
    AUTH_CODES,
    graph_post,
    graph_request,
    json_dict,
    json_list,
    json_str,
    meta_challenge,
    meta_entries,
    meta_signature_ok,
)
from core.types import (
    Author,
    Catalog,
    CatalogProduct,
    ChannelConnection,
    ConversationMessage,
    Evidence,
    ExtractedItem,
    ExtractedOrder,
    InboundItem,
    OutboundMessage,
    ParseContext,
    PluginInfo,
    SendResult,
    SettingField,
    WebhookRejected,
    WebhookResult,
)

__all__ = [
    "AUTH_CODES",
    "HOST_API_VERSION",
    "Author",
    "Catalog",
    "CatalogProduct",
    "ChannelConnection",
    "ConversationMessage",
    "Evidence",
    "ExtractedItem",
    "ExtractedOrder",
    "InboundItem",
    "OutboundMessage",
    "ParseContext",
    "PluginInfo",
    "SendResult",
    "SettingField",
    "WebhookRejected",
    "WebhookResult",
    "graph_post",
    "graph_request",
    "hookimpl",
    "json_dict",
    "json_list",
    "json_str",
    "meta_challenge",
    "meta_entries",
    "meta_signature_ok",
]
