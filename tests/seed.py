"""Seed a row in every tenant-owned table, each carrying a canary string."""

from __future__ import annotations

import uuid
from decimal import Decimal

from core import tenancy
from core.tables import (
    ChannelSetting,
    Conversation,
    Customer,
    InboundEvent,
    Message,
    Order,
    OrderItem,
    Outbox,
    Product,
)


async def seed_canary(tenant_id: str, canary: str) -> None:
    with tenancy.tenant_scope(tenant_id):
        new = tenancy.new
        customer = new(
            Customer,
            channel="whatsapp",
            contact_id=f"wa-{canary}",
            name=canary,
            phone="+355690000000",
            address=f"Rr. {canary} 1",
            city="Tirane",
        )
        await tenancy.insert(customer)
        conv = new(Conversation, customer=customer.id, channel="whatsapp")
        await tenancy.insert(conv)
        await tenancy.insert(
            new(
                Message,
                conversation=conv.id,
                channel="whatsapp",
                external_id=f"wamid.{canary}",
                author="customer",
                text=f"dua 2 cope {canary}",
            )
        )
        product = new(
            Product,
            sku=f"SKU-{uuid.uuid4().hex[:6]}",
            name=f"Fustan {canary}",
            price=Decimal("2500"),
            aliases=[canary],
        )
        await tenancy.insert(product)
        order = new(
            Order,
            conversation=conv.id,
            customer=customer.id,
            channel="whatsapp",
            customer_name=canary,
            total=Decimal("5000"),
        )
        await tenancy.insert(order)
        await tenancy.insert(
            new(
                OrderItem,
                order=order.id,
                product=product.id,
                name=canary,
                quantity=2,
                unit_price=Decimal("2500"),
            )
        )
        await tenancy.insert(
            new(
                InboundEvent,
                channel="whatsapp",
                external_id=f"in-{canary}",
                payload={"text": canary},
            )
        )
        await tenancy.insert(
            new(
                Outbox,
                order=order.id,
                conversation=conv.id,
                channel="whatsapp",
                key=f"confirm:{order.id}",
                kind="confirmation",
                payload={"text": canary},
            )
        )
        await tenancy.insert(
            new(
                ChannelSetting,
                plugin="whatsapp",
                settings={"note": canary},
                account_id=f"pn-{canary}",
            )
        )
