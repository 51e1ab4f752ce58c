"""Placeholder extractor: replaced by the real rules (issue 4)."""

from __future__ import annotations

from core.plugin_api import Catalog, ConversationMessage, ExtractedOrder, ParseContext


def extract(
    messages: list[ConversationMessage], catalog: Catalog, context: ParseContext
) -> ExtractedOrder:
    return ExtractedOrder(is_order=False)
