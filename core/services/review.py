"""Whether an order's parsed items need the merchant's eye before the customer is told.

The ingest job keeps the parser's doubts in ``Order.sources`` (see
:mod:`core.services.order_sync`):

- ``total``: the merchant stated a total in the chat that the items do not add up to
  (``{"matches": false, "evidence": {...}}``);
- ``unrecognised``: the customer's words that read as a request for goods the parser matched
  to nothing (``{"evidence": [{...}, ...]}``);
- ``guessed``: the customer's words that made a line only through a weak match, which another
  catalog product fits about as well (same shape);
- ``uncertain``: the words (mostly the merchant's own restatement in the chat) that state a
  count or a line the items do not hold (same shape).

A doubt stands while the order is new, its items are the parser's (a merchant who corrects
the items has checked them) and they differ from the items the merchant approved as they
are (``sources["review"]["approved"]``, the items as ``[sku, quantity, variant]``). While
one stands, a shop that holds unsure orders (the default) sends no confirmation until the
merchant corrects or approves the items.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from core import tenancy
from core.errors import Conflict
from core.tables import Order

LISTED = ("unrecognised", "guessed", "uncertain")  # the doubts kept as lists of words


def lines(items: Iterable[Mapping[str, Any]]) -> list[list[Any]]:
    """The items as ``[sku, quantity, variant]`` (stored rows, or the API's ``product``)."""
    return [
        [item.get("sku", item.get("product")), item.get("quantity"), item.get("variant")]
        for item in items
    ]


def evidence_texts(entry: Any) -> list[str]:
    """The texts of a source entry's ``evidence`` (one object or a list of them)."""
    evidence = entry.get("evidence") if isinstance(entry, dict) else None
    found = evidence if isinstance(evidence, list) else [evidence]
    return [str(e["text"]) for e in found if isinstance(e, dict) and e.get("text")]


def doubts(order: Mapping[str, Any], items: Iterable[Mapping[str, Any]]) -> list[dict]:
    """``[{"kind": "total" | "unrecognised" | "guessed" | "uncertain", "texts": [...]}]``: the
    parser's doubts that still stand for a new order's items (the customer's or the shop's
    words that raised each). A merchant who moved the order on has dealt with it."""
    if order["status"] != "new":
        return []
    sources = order["sources"] or {}
    owner = sources.get("items")
    if not isinstance(owner, dict) or owner.get("source") != "parser":
        return []
    review = sources.get("review")
    if isinstance(review, dict) and review.get("approved") == lines(items):
        return []
    total = sources.get("total")
    said = {
        "total": evidence_texts(total)
        if isinstance(total, dict) and total.get("matches") is False
        else [],
        **{kind: evidence_texts(sources.get(kind)) for kind in LISTED},
    }
    return [{"kind": kind, "texts": texts} for kind, texts in said.items() if texts]


async def approve(order: Mapping[str, Any], items: Iterable[Mapping[str, Any]]) -> None:
    """The merchant says the order's items are right as they stand (``order``: its row, read
    in this transaction). Only a new order's items can be approved: later, the customer has
    been told already."""
    if order["status"] != "new":
        raise Conflict(f"only a new order's items can be approved (this one is {order['status']})")
    sources = {
        **(order["sources"] or {}),
        "review": {"approved": lines(items), "at": datetime.now(UTC).isoformat()},
    }
    await tenancy.update(Order, {Order.sources: sources}).where(Order.id == order["id"])
