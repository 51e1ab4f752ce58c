"""The ingest job: inbox items become customers, conversations, messages and orders."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core import tenancy
from core.runtime import services as open_services
from core.runtime_state import Services
from core.services import catalog, channels, orders
from core.tables import Conversation, InboundEvent, Message, Order, OrderItem, Outbox
from core.types import InboundItem
from tests.conftest import Account, Platform
from workers.ingest import ingest_conversation

ACCOUNT_ID = "pn-100200"
CATALOG = {
    "currency": "ALL",
    "products": [
        {
            "sku": "DRS-RED",
            "name": "Fustan i kuq",
            "aliases": ["red dress"],
            "price": 2500,
            "variants": ["S", "M", "L"],
        },
        {
            "sku": "BAG-BRN",
            "name": "Çantë lëkure kafe",
            "aliases": [],
            "price": 4000,
            "variants": [],
        },
    ],
}


@pytest.fixture
async def svc(platform: Platform, settings: Any, db: Any) -> AsyncIterator[Services]:
    # a queue of its own: the platform's worker must not run the jobs these tests drive
    own = dataclasses.replace(settings, queue_name=f"porosia:test:{uuid.uuid4().hex[:8]}")
    async with open_services(own, platform.redis_url) as services:
        yield services


def _item(
    n: int,
    text: str,
    at: datetime,
    *,
    business: bool = False,
    contact: str = "355691112233",
    kind: str = "text",
    **data: Any,
) -> InboundItem:
    return InboundItem(
        account_id=ACCOUNT_ID,
        external_id=f"wamid.{contact}.{n}",
        contact_id=contact,
        kind=kind,
        from_business=business,
        text=text,
        at=at,
        contact_name="Arta",
        contact_phone=f"+{contact}",
        data=data,
    )


async def _ingest(
    svc: Services, tenant_id: str, items: list[InboundItem], contact: str = "355691112233"
) -> None:
    with tenancy.tenant_scope(tenant_id):
        await channels.store_items("whatsapp", items)
    await ingest_conversation({"services": svc}, tenant_id, "whatsapp", contact)


async def _orders(tenant_id: str) -> list[dict[str, Any]]:
    with tenancy.tenant_scope(tenant_id):
        orders = await tenancy.select(Order).order_by(Order.created_at)
        for order in orders:
            order["items"] = (
                await tenancy.select(OrderItem)
                .where(OrderItem.order == order["id"])
                .order_by(OrderItem.position)
            )
        return orders  # type: ignore[no-any-return]


async def test_messages_in_timestamp_order_make_one_order(svc: Services, account: Account) -> None:
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(CATALOG)
    # delivered out of order, in two webhook batches
    await _ingest(
        svc,
        account.tenant_id,
        [
            _item(3, "Dua 2 cope masa M. Rr. Kavajes 45, Tirane", t0 + timedelta(minutes=3)),
            _item(1, "Pershendetje, e keni fustanin e kuq?", t0),
        ],
    )
    await _ingest(
        svc,
        account.tenant_id,
        [
            _item(2, "Po, 2500 lek", t0 + timedelta(minutes=1), business=True),
        ],
    )
    orders = await _orders(account.tenant_id)
    assert len(orders) == 1
    order = orders[0]
    assert order["status"] == "new"
    assert [(i["sku"], i["quantity"], i["variant"]) for i in order["items"]] == [
        ("DRS-RED", 2, "M")
    ]
    assert str(order["total"]).startswith("5000")
    assert order["city"] == "Tirane"
    # no phone in the text: the WhatsApp sender's number fills it, marked as from the channel
    assert order["phone"] == "+355691112233"
    assert order["sources"]["phone"] == {"source": "channel"}
    assert "phone" not in order["missing"]  # the channel's number is not asked for again
    assert order["sources"]["city"]["source"] == "parser"
    with tenancy.tenant_scope(account.tenant_id):
        msgs = await tenancy.select(Message).order_by(Message.at)
        conv = await tenancy.select(Conversation).first()
        pending = await tenancy.count(InboundEvent).where(InboundEvent.status != "done")
    assert [m["author"] for m in msgs] == ["customer", "merchant", "customer"]
    assert conv["automation_paused"] is True  # a human merchant replied
    assert pending == 0


async def test_a_total_in_the_chat_the_items_miss_is_recorded(
    svc: Services, account: Account
) -> None:
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(CATALOG)
    await _ingest(
        svc,
        account.tenant_id,
        [
            _item(1, "Pershendetje, dua 2 fustane te kuqe masa M", t0),
            _item(2, "Ne rregull, gjithsej 9000 lek", t0 + timedelta(minutes=1), business=True),
            _item(3, "Arta Leka, Rr. Kavajes 45, Tirane", t0 + timedelta(minutes=2)),
        ],
    )
    (order,) = await _orders(account.tenant_id)
    assert [(i["sku"], i["quantity"]) for i in order["items"]] == [("DRS-RED", 2)]
    total = order["sources"]["total"]
    assert total["matches"] is False and total["source"] == "parser"
    assert total["evidence"]["text"] == "Ne rregull, gjithsej 9000 lek"

    # the merchant states the sum the items make: the record says they match
    await _ingest(
        svc,
        account.tenant_id,
        [_item(4, "Me fal, gabim: 5000 lek gjithsej", t0 + timedelta(minutes=3), business=True)],
    )
    (order,) = await _orders(account.tenant_id)
    assert order["sources"]["total"]["matches"] is True


async def test_words_the_parser_was_unsure_of_are_recorded_and_cleared(
    svc: Services, account: Account
) -> None:
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    scarves = {
        "currency": "ALL",
        "products": [
            {"sku": "WOOL", "name": "Shall leshi", "price": 1500, "variants": []},
            {"sku": "SILK", "name": "Shall mëndafshi", "price": 2500, "variants": []},
        ],
    }
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(scarves)
    said = "Dua nje shall dhe 2 kuleta. Arta Leka, Rr. Kavajes 45, Tirane"
    await _ingest(svc, account.tenant_id, [_item(1, said, t0)])
    (order,) = await _orders(account.tenant_id)
    # "shall" fits both scarves; "kuleta" (wallets) is no product of the shop's
    assert [e["text"] for e in order["sources"]["guessed"]["evidence"]] == ["shall"]
    assert [e["text"] for e in order["sources"]["unrecognised"]["evidence"]] == ["kuleta"]
    with tenancy.tenant_scope(account.tenant_id):
        assert [d["kind"] for d in (await orders.get_order(order["id"]))["doubts"]] == [
            "unrecognised",
            "guessed",
        ]

    # the customer says which scarf and drops the wallets: the doubts go with the words
    await _ingest(
        svc,
        account.tenant_id,
        [_item(2, "Jo, vetem shallin e mendafshit", t0 + timedelta(minutes=1))],
    )
    (order,) = await _orders(account.tenant_id)
    assert [(i["sku"], i["quantity"]) for i in order["items"]] == [("SILK", 1)]
    assert "guessed" not in order["sources"] and "unrecognised" not in order["sources"]


async def test_corrections_win_and_merchant_fields_are_kept(
    svc: Services, account: Account
) -> None:
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(CATALOG)
    await _ingest(
        svc,
        account.tenant_id,
        [_item(1, "Dua 1 fustan te kuq masa S, Rr. Durresit 10, Tirane", t0)],
    )
    first = (await _orders(account.tenant_id))[0]
    # the merchant fixes the address by hand
    with tenancy.tenant_scope(account.tenant_id):
        await tenancy.update(
            Order,
            {
                Order.address: "Rruga e Durrësit 10",
                Order.sources: {**first["sources"], "address": {"source": "merchant"}},
            },
        ).where(Order.id == first["id"])
    await _ingest(
        svc,
        account.tenant_id,
        [_item(2, "jo, ma bej masa L. Adresa Rr. Elbasanit 3", t0 + timedelta(minutes=2))],
    )
    orders = await _orders(account.tenant_id)
    assert len(orders) == 1
    assert [(i["sku"], i["variant"]) for i in orders[0]["items"]] == [("DRS-RED", "L")]
    assert orders[0]["address"] == "Rruga e Durrësit 10"


async def test_replays_create_nothing_new(svc: Services, account: Account) -> None:
    t0 = datetime.now(UTC) - timedelta(minutes=5)
    batch = [_item(1, "Dua 1 cante lekure kafe, Rr. Kavajes 4, Tirane", t0)]
    await _ingest(svc, account.tenant_id, batch)
    await _ingest(svc, account.tenant_id, batch)
    with tenancy.tenant_scope(account.tenant_id):
        assert await tenancy.count(Message) == 1
        assert await tenancy.count(InboundEvent) == 1
    assert len(await _orders(account.tenant_id)) == 1


async def test_a_failing_item_is_parked_not_retried_forever(
    svc: Services, account: Account
) -> None:
    with tenancy.tenant_scope(account.tenant_id):
        await tenancy.insert(
            tenancy.new(
                InboundEvent,
                channel="whatsapp",
                external_id="broken-1",
                contact_id="c-broken",
                payload={"not": "an item"},
            )
        )

    async def state() -> tuple[str, int]:
        with tenancy.tenant_scope(account.tenant_id):
            row = (
                await tenancy.select(InboundEvent)
                .where(InboundEvent.external_id == "broken-1")
                .first()
            )
        return row["status"], row["attempts"]

    await ingest_conversation({"services": svc}, account.tenant_id, "whatsapp", "c-broken")
    assert await state() == ("pending", 1)  # one try per run, left for the next run
    for _ in range(5):
        await ingest_conversation({"services": svc}, account.tenant_id, "whatsapp", "c-broken")
    assert await state() == ("parked", 5)


async def test_stored_but_unparsed_lines_are_found_again(svc: Services, account: Account) -> None:
    """A worker killed after storing the messages but before parsing them loses nothing."""
    from core.services import conversations
    from workers.ingest import reconcile_inbox

    contact = "355697770001"
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(CATALOG)
        await channels.store_items(
            "whatsapp",
            [_item(1, "Dua 1 fustan te kuq masa L, Rr. Kavajes 8, Tirane", t0, contact=contact)],
        )
        for event in await conversations.pending_events("whatsapp", contact):
            await conversations.apply_event(event)  # ... and the worker dies here
        await tenancy.update(InboundEvent, {InboundEvent.received_at: t0}).where(
            InboundEvent.contact_id == contact
        )
    assert await _orders(account.tenant_id) == []
    assert await reconcile_inbox({"services": svc}) >= 1
    await ingest_conversation({"services": svc}, account.tenant_id, "whatsapp", contact)
    orders = await _orders(account.tenant_id)
    assert [(i["sku"], i["variant"]) for o in orders for i in o["items"]] == [("DRS-RED", "L")]


async def test_edits_deletions_and_statuses(svc: Services, account: Account) -> None:
    contact = "355697770002"
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(CATALOG)
    first = _item(1, "Dua 1 fustan te kuq masa S, Rr. Kavajes 45, Tirane", t0, contact=contact)
    await _ingest(svc, account.tenant_id, [first], contact=contact)
    edit = _item(
        2,
        "Dua 1 fustan te kuq masa M, Rr. Kavajes 45, Tirane",
        t0 + timedelta(minutes=1),
        contact=contact,
        kind="edit",
        original_id=first.external_id,
    )
    await _ingest(svc, account.tenant_id, [edit], contact=contact)
    [order] = await _orders(account.tenant_id)
    assert [(i["sku"], i["variant"]) for i in order["items"]] == [("DRS-RED", "M")]

    def status(n: int, state: str) -> InboundItem:
        return _item(
            n,
            "",
            t0 + timedelta(minutes=n),
            contact=contact,
            kind="status",
            message_id=first.external_id,
            status=state,
        )

    # statuses arrive out of order: read before delivered; they only move forward
    await _ingest(
        svc, account.tenant_id, [status(3, "read"), status(4, "delivered")], contact=contact
    )
    with tenancy.tenant_scope(account.tenant_id):
        row = await tenancy.select(Message).where(Message.external_id == first.external_id).first()
    assert row["status"] == "read" and row["text"].startswith("Dua 1 fustan te kuq masa M")
    delete = _item(
        5,
        "",
        t0 + timedelta(minutes=5),
        contact=contact,
        kind="delete",
        original_id=first.external_id,
    )
    await _ingest(svc, account.tenant_id, [delete], contact=contact)
    with tenancy.tenant_scope(account.tenant_id):
        row = await tenancy.select(Message).where(Message.external_id == first.external_id).first()
    assert row["deleted"] is True


async def test_parked_items_are_shown_and_can_be_retried(
    svc: Services, account: Account, other_account: Account, platform: Platform
) -> None:
    import httpx

    with tenancy.tenant_scope(account.tenant_id):
        await tenancy.insert(
            tenancy.new(
                InboundEvent,
                channel="whatsapp",
                external_id="p-1",
                contact_id="c-p",
                payload={"bad": 1},
                status="parked",
                attempts=5,
                error="TypeError",
            )
        )
    async with httpx.AsyncClient(base_url=platform.base_url) as http:
        r = await http.get("/api/v1/inbox", headers=account.headers)
        [item] = r.json()["items"]
        assert (item["external_id"], item["attempts"], item["error"]) == ("p-1", 5, "TypeError")
        assert (await http.get("/api/v1/inbox", headers=other_account.headers)).json() == {
            "items": []
        }
        assert (
            await http.post(f"/api/v1/inbox/{item['id']}/retry", headers=other_account.headers)
        ).status_code == 404
        r = await http.post(f"/api/v1/inbox/{item['id']}/retry", headers=account.headers)
        assert r.status_code == 202
        assert (
            await http.get("/api/v1/inbox?status=bogus", headers=account.headers)
        ).status_code == 400
    with tenancy.tenant_scope(account.tenant_id):
        row = await tenancy.select(InboundEvent).where(InboundEvent.external_id == "p-1").first()
    assert row["attempts"] <= 1  # reset, then tried again by the platform's worker


async def test_a_whatsapp_catalog_order_needs_no_reading(svc: Services, account: Account) -> None:
    contact = "355697770003"
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(CATALOG)
    cart = {
        "catalog_id": "cat-1",
        "text": "",
        "product_items": [
            {
                "product_retailer_id": "BAG-BRN",
                "quantity": "2",
                "item_price": "40",
                "currency": "ALL",
            },
            {
                "product_retailer_id": "NOT-IN-CATALOG",
                "quantity": "1",
                "item_price": "5",
                "currency": "ALL",
            },
        ],
    }
    await _ingest(
        svc,
        account.tenant_id,
        [
            _item(1, "", t0, contact=contact, kind="order", order=cart),
            _item(2, "Rr. Kavajes 45, Tirane", t0 + timedelta(minutes=1), contact=contact),
        ],
        contact=contact,
    )
    [order] = await _orders(account.tenant_id)
    assert [(i["sku"], i["name"], i["quantity"]) for i in order["items"]] == [
        ("BAG-BRN", "Çantë lëkure kafe", 2),
        (None, "NOT-IN-CATALOG", 1),
    ]
    assert order["sources"]["items"]["source"] == "channel"
    assert str(order["total"]).startswith("8005")  # catalog price for the known product
    # the text around the cart gives the delivery details
    assert (order["address"], order["city"]) == ("Rr. Kavajes 45", "Tirane")


async def test_a_message_arriving_while_the_job_runs_gets_a_second_job(
    svc: Services, account: Account
) -> None:
    """arq refuses a job id that is queued or running: a follow-up job is queued instead,
    and the two take turns on the conversation's lock."""
    from arq.jobs import Job

    from core.redis import job_loads
    from core.services import conversations

    contact = "355697770004"
    job_id = conversations.ingest_job_id(account.tenant_id, "whatsapp", contact)
    # the conversation's job is "running" (queued far ahead, so nothing picks it up)
    assert await svc.enqueue(
        conversations.INGEST_JOB,
        account.tenant_id,
        "whatsapp",
        contact,
        job_id=job_id,
        defer_s=3600,
    )
    await conversations.enqueue_ingest(svc, "whatsapp", {(account.tenant_id, contact)})
    again = Job(
        f"{job_id}:again", svc.queue, _queue_name=svc.settings.queue_name, _deserializer=job_loads
    )
    assert (await again.info()) is not None
    # while another job holds the conversation's lock, a job waits for its turn
    from arq import Retry

    key = conversations.ingest_lock_key(account.tenant_id, "whatsapp", contact)
    await svc.redis.set(key, "someone", px=5000)
    with pytest.raises(Retry):
        await ingest_conversation({"services": svc}, account.tenant_id, "whatsapp", contact)
    await svc.redis.delete(key)
    assert await ingest_conversation({"services": svc}, account.tenant_id, "whatsapp", contact) == 0


async def test_a_batch_is_applied_whole_and_a_bad_item_alone_is_held_back(
    svc: Services, account: Account
) -> None:
    """One run applies a contact's pending items together: authors (customer, human merchant,
    our own send), an edit and a status on a message of the same batch. An item that cannot
    be read fails alone: the rest are applied, it is counted and kept for the next run."""
    contact = "355697770005"
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(CATALOG)
        await tenancy.insert(
            tenancy.new(
                Outbox,
                channel="whatsapp",
                key="test:ours",
                kind="confirm",
                external_id=f"wamid.{contact}.3",
            )
        )
        await tenancy.insert(
            tenancy.new(
                InboundEvent,
                channel="whatsapp",
                external_id="broken-2",
                contact_id=contact,
                payload={"not": "an item"},
            )
        )
    first = _item(1, "Dua 1 fustan te kuq masa S", t0, contact=contact)
    items = [
        first,
        _item(2, "Po, e kemi", t0 + timedelta(minutes=1), business=True, contact=contact),
        _item(3, "Faleminderit!", t0 + timedelta(minutes=2), business=True, contact=contact),
        _item(
            4,
            "Dua 1 fustan te kuq masa L, Rr. Kavajes 45, Tirane",
            t0 + timedelta(minutes=3),
            contact=contact,
            kind="edit",
            original_id=first.external_id,
        ),
        _item(
            5,
            "",
            t0 + timedelta(minutes=4),
            contact=contact,
            kind="status",
            message_id=first.external_id,
            status="read",
        ),
    ]
    await _ingest(svc, account.tenant_id, items, contact=contact)
    with tenancy.tenant_scope(account.tenant_id):
        messages = await tenancy.select(Message).order_by(Message.at)
        events = {
            r["external_id"]: (r["status"], r["attempts"])
            for r in await tenancy.select(InboundEvent).where(InboundEvent.contact_id == contact)
        }
        [conversation] = await tenancy.select(Conversation)
    assert [m["author"] for m in messages] == ["customer", "merchant", "bot"]
    assert messages[0]["text"].endswith("Tirane") and messages[0]["status"] == "read"
    assert events.pop("broken-2") == ("pending", 1)
    assert set(events.values()) == {("done", 0)}
    assert conversation["automation_paused"] is True  # the merchant wrote by hand
    [order] = await _orders(account.tenant_id)
    assert [(i["sku"], i["variant"]) for i in order["items"]] == [("DRS-RED", "L")]


async def test_a_late_delivery_does_not_move_the_conversation_back(
    svc: Services, account: Account
) -> None:
    contact = "355697770006"
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=10)
    await _ingest(svc, account.tenant_id, [_item(2, "A e keni?", t0, contact=contact)], contact)
    late = _item(1, "Pershendetje", t0 - timedelta(minutes=5), contact=contact)
    await _ingest(svc, account.tenant_id, [late], contact)
    with tenancy.tenant_scope(account.tenant_id):
        [conversation] = await tenancy.select(Conversation)
        assert await tenancy.count(Message) == 2
    assert conversation["last_message_at"] == t0
    assert conversation["last_customer_message_at"] == t0


async def test_a_catalog_change_reaches_the_next_job(svc: Services, account: Account) -> None:
    """Ingest jobs keep the catalog they loaded while the tenant's catalog version holds; a
    PUT between two messages must still be what the second parse matches against."""
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(CATALOG)
    await _ingest(svc, account.tenant_id, [_item(1, "Dua 1 fustan te kuq masa S", t0)])
    assert [i["variant"] for i in (await _orders(account.tenant_id))[0]["items"]] == ["S"]
    renamed = {
        **CATALOG,
        "products": [
            {**CATALOG["products"][0], "price": 3100, "variants": ["S", "M", "L", "XL"]},  # type: ignore[dict-item]
            CATALOG["products"][1],
        ],
    }
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(renamed)
    await _ingest(svc, account.tenant_id, [_item(2, "Jo, ma bej XL", t0 + timedelta(minutes=1))])
    (order,) = await _orders(account.tenant_id)
    assert [(i["sku"], i["variant"]) for i in order["items"]] == [("DRS-RED", "XL")]
    assert str(order["total"]).startswith("3100")
