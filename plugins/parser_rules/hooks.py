from __future__ import annotations

from core.plugin_api import Catalog, ConversationMessage, ExtractedOrder, ParseContext, hookimpl
from plugins.parser_rules.extract import extract


@hookimpl
def extracted_order(
    messages: list[ConversationMessage], catalog: Catalog, context: ParseContext
) -> ExtractedOrder:
    return extract(messages, catalog, context)
