"""`porosia parse`: run the live parser path over a corpus file (see shared/eval/FORMAT.md)."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, TextIO

from core.plugins import PluginHost, build_plugin_host
from core.types import Catalog, CatalogProduct, ConversationMessage, ExtractedOrder, ParseContext


def catalog_from_json(data: dict[str, Any]) -> Catalog:
    products = tuple(
        CatalogProduct(
            sku=str(p["sku"]),
            name=str(p["name"]),
            aliases=tuple(str(a) for a in p.get("aliases") or ()),
            price=Decimal(str(p["price"])) if p.get("price") is not None else None,
            variants=tuple(str(v) for v in p.get("variants") or ()),
        )
        for p in data.get("products") or ()
    )
    return Catalog(currency=str(data.get("currency") or "ALL"), products=products)


def messages_from_json(rows: list[dict[str, Any]]) -> list[ConversationMessage]:
    out = []
    for row in rows:
        at = row.get("at")
        when = datetime.fromisoformat(at.replace("Z", "+00:00")) if at else datetime.now(UTC)
        out.append(
            ConversationMessage(author=row["from"], text=str(row.get("text") or ""), at=when)
        )
    return out


def prediction(conv_id: str, order: ExtractedOrder | None) -> dict[str, Any]:
    if order is None or not order.is_order:
        return {
            "id": conv_id,
            "is_order": False,
            "items": [],
            "customer_name": None,
            "phone": None,
            "address": None,
            "city": None,
        }
    return {
        "id": conv_id,
        "is_order": True,
        "items": [
            {
                "product": i.product if i.product is not None else i.name,
                "quantity": i.quantity,
                "variant": i.variant,
            }
            for i in order.items
        ],
        "customer_name": order.customer_name,
        "phone": order.phone,
        "address": order.address,
        "city": order.city,
    }


async def parse_file(
    host: PluginHost, conversations: TextIO, catalogs: dict[str, Any], out: TextIO
) -> int:
    count = 0
    for line in conversations:
        if not line.strip():
            continue
        conv = json.loads(line)
        cat_id = conv.get("catalog")
        catalog = catalog_from_json(catalogs[cat_id]) if cat_id else Catalog()
        context = ParseContext(channel=conv.get("channel") or "whatsapp", currency=catalog.currency)
        order = await host.extracted_order(messages_from_json(conv["messages"]), catalog, context)
        out.write(json.dumps(prediction(conv["id"], order), ensure_ascii=False) + "\n")
        count += 1
    return count


def run(conversations_path: str, catalogs_path: str, workers: int = 1) -> int:
    with open(catalogs_path, encoding="utf-8") as fh:
        catalogs = json.load(fh)
    host = build_plugin_host()
    with open(conversations_path, encoding="utf-8") as fh:
        asyncio.run(parse_file(host, fh, catalogs, sys.stdout))
    return 0
