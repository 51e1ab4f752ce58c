"""A small built-in demo shop for ``porosia simulate`` when no corpus file is at hand.

Written for the demo (not taken from any corpus): a Tirana clothing shop, three customers on
WhatsApp and Instagram, in Albanian and English, one conversation that is not an order.
"""

from __future__ import annotations

from typing import Any

from core.simulate.traffic import Conversation

CATALOG_ID = "demo-shop"

CATALOG: dict[str, Any] = {
    "currency": "ALL",
    "products": [
        {
            "sku": "JKT-DEN",
            "name": "Xhakete xhins",
            "aliases": ["xhaketa xhins", "xhaketen xhins", "xhakete jeans", "denim jacket"],
            "price": 4200,
            "variants": ["S", "M", "L"],
        },
        {
            "sku": "SCF-SLK",
            "name": "Shall mendafshi",
            "aliases": ["shalli mendafshi", "shall mendafshi", "silk scarf"],
            "price": 1800,
            "variants": [],
        },
        {
            "sku": "SNK-WHT",
            "name": "Atlete te bardha",
            "aliases": ["atletet e bardha", "atlete te bardha", "white sneakers"],
            "price": 5600,
            "variants": ["38", "39", "40", "41", "42"],
        },
    ],
}

CONVERSATIONS: tuple[Conversation, ...] = (
    Conversation(
        "demo-1",
        "whatsapp",
        CATALOG_ID,
        (
            (False, "Mirembrema, xhaketa xhins a e keni ne masen M?"),
            (True, "Po, e kemi. Kushton 4200 leke."),
            (
                False,
                "Atehere dua 1 xhakete xhins masa M. Emri: Elira Dervishi, Rr. Myslym Shyri 12, "
                "Tirane, 068 412 7730",
            ),
        ),
        True,
    ),
    Conversation(
        "demo-2",
        "instagram",
        CATALOG_ID,
        (
            (False, "Hi! I'd like 2 silk scarf and white sneakers size 40 please"),
            (False, "Deliver to Blend Gashi, Rruga Durresit 88, Tirana. Phone 069 555 0142"),
        ),
        True,
    ),
    Conversation(
        "demo-3",
        "whatsapp",
        CATALOG_ID,
        ((False, "A jeni hapur te dielen?"), (True, "Po, nga ora 10 deri ne 14.")),
        False,
    ),
)
