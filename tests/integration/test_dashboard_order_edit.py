"""Correcting an order on its dashboard page, over plain HTTP: the form is read back from the
HTML and submitted the way a browser would, and the results are checked through the API."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import AsyncIterator
from decimal import Decimal
from html.parser import HTMLParser
from typing import Any

import httpx
import pytest

from core import tenancy
from core.runtime import services as open_services
from core.runtime_state import Services
from core.services import catalog
from core.tables import Order, OrderItem
from tests.conftest import Account, Platform
from tests.integration.test_dashboard import Dashboard
from tests.integration.test_dashboard_orders import (
    HTMX,
    as_if_parsed,
    log_in,
    new_order,
    with_catalog,
)
from tests.integration.test_learning import _items_after


@pytest.fixture
async def shop(platform: Platform, account: Account) -> AsyncIterator[Dashboard]:
    async with httpx.AsyncClient(base_url=platform.base_url, timeout=30) as client:
        yield await log_in(client, account)


class FormReader(HTMLParser):
    """The values a browser would submit for the form ``form_id`` (no button pressed)."""

    def __init__(self, form_id: str) -> None:
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.values: dict[str, str] = {}
        self.select: str | None = None
        self.first_option: str | None = None
        self.options: dict[str, list[str]] = {}
        self.textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("id") == self.form_id:
            self.inside = True
        if not self.inside:
            return
        if tag == "input" and a.get("name") and a.get("type") != "checkbox":
            self.values[a["name"]] = a.get("value", "")
        elif tag == "textarea":
            self.textarea = a["name"]
            self.values[a["name"]] = ""
        elif tag == "select":
            self.select, self.first_option = a["name"], None
            self.options[a["name"]] = []
        elif tag == "option" and self.select is not None:
            self.options[self.select].append(a["value"])
            if self.first_option is None:
                self.first_option = a["value"]
            if "selected" in a:
                self.values[self.select] = a["value"]

    def handle_data(self, data: str) -> None:
        if self.textarea is not None:  # browsers send a textarea's line breaks as CR LF
            self.values[self.textarea] += data.replace("\r\n", "\n").replace("\n", "\r\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select" and self.select is not None:
            self.values.setdefault(self.select, self.first_option or "")
            self.select = None


def read_form(html_text: str) -> FormReader:
    reader = FormReader("order-edit-form")
    reader.feed(html_text)
    assert reader.values, "no edit form on the page"
    return reader


async def open_form(shop: Dashboard, order_id: str) -> FormReader:
    r = await shop.client.get(f"/orders/{order_id}/edit", headers=HTMX)
    assert r.status_code == 200, r.text
    assert r.text.lstrip().startswith('<section class="card" id="order-details"')
    return read_form(r.text)


async def send(
    shop: Dashboard, order_id: str, values: dict[str, str], htmx: bool = True
) -> httpx.Response:
    headers = HTMX if htmx else {}
    return await shop.post(f"/orders/{order_id}/edit", values, headers=headers)


async def api_order(http: httpx.AsyncClient, acc: Account, order_id: str) -> dict[str, Any]:
    r = await http.get(f"/api/v1/orders/{order_id}", headers=acc.headers)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def items_of(order: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(i["product"], i["name"], i["quantity"], i["variant"]) for i in order["items"]]


# --- saving a correction ----------------------------------------------------------------


async def test_a_correction_is_saved_and_becomes_the_merchants(
    shop: Dashboard, http: httpx.AsyncClient, account: Account
) -> None:
    await with_catalog(http, account)
    order_id = await new_order(http, account)
    await as_if_parsed(account.tenant_id, order_id)  # name and items from the parser

    page = await shop.client.get(f"/orders/{order_id}")
    assert f'href="/orders/{order_id}/edit"' in page.text and "Edit order" in page.text

    form = await open_form(shop, order_id)
    # the shop's catalog to choose from, the order's product and variant chosen
    assert form.options["item-0-product"] == ["", "BAG-01", "DRS-RED", "SCARF"]
    assert form.values["item-0-product"] == "DRS-RED"
    assert form.options["item-0-variant"] == ["", "S", "M", "L"]
    assert form.values["item-0-variant"] == "M" and form.values["item-0-quantity"] == "2"
    assert form.values["phone"] == "+355692345678" and form.values["city"] == "Tiranë"

    values = {
        **form.values,
        "phone": "069 111 2233",
        "item-0-quantity": "3",
        "item-0-variant": "L",
        "action": "save",
    }
    r = await send(shop, order_id, values, htmx=False)
    assert r.status_code == 303 and r.headers["location"] == f"/orders/{order_id}?notice=edited"

    order = await api_order(http, account, order_id)
    assert order["customer"]["phone"] == "+355691112233"  # normalised by the service
    assert items_of(order) == [("DRS-RED", "Fustan i kuq", 3, "L")]
    assert order["total"] == "7500.00"
    sources = order["sources"]
    assert sources["phone"] == {"source": "merchant"} and sources["items"] == {"source": "merchant"}
    # what the merchant left as it was keeps its source, and is not sent at all
    assert sources["customer_name"]["source"] == "parser"
    assert order["customer"]["name"] == "Ana Hoxha" and order["missing"] == ["address"]

    after = await shop.client.get(r.headers["location"])
    assert "Saved: your corrections are on the order." in after.text
    assert "7,500.00 ALL" in after.text and "+355691112233" in after.text

    # with htmx the save sends the browser to the order page, which shows the result
    form = await open_form(shop, order_id)
    r = await send(shop, order_id, {**form.values, "city": "Durrës"})
    assert r.status_code == 200 and r.headers["hx-redirect"] == f"/orders/{order_id}?notice=edited"
    order = await api_order(http, account, order_id)
    assert (
        order["customer"]["city"] == "Durrës" and order["sources"]["city"]["source"] == "merchant"
    )


async def test_fields_left_alone_keep_their_value_and_source(
    shop: Dashboard, http: httpx.AsyncClient, account: Account
) -> None:
    order_id = await new_order(http, account, items=[{"name": "Shall", "quantity": 1}])
    await as_if_parsed(account.tenant_id, order_id)
    # the parser kept the customer's line break in the address; the browser sends it back
    # as CR LF, which is no change
    with tenancy.tenant_scope(account.tenant_id):
        await tenancy.update(
            Order,
            {Order.address: "Rr. Kavajës 45\nkati 3", Order.sources: {
                "address": {"source": "parser"}, "items": {"source": "parser"}}},
        ).where(Order.id == uuid.UUID(order_id))  # fmt: skip
    form = await open_form(shop, order_id)
    assert form.values["address"] == "Rr. Kavajës 45\r\nkati 3"
    r = await send(shop, order_id, {**form.values, "customer_name": "  Ana  Hoxha-Gjoka "})
    assert r.status_code == 200 and "hx-redirect" in r.headers, r.text
    order = await api_order(http, account, order_id)
    assert order["customer"]["name"] == "Ana Hoxha-Gjoka"
    assert order["customer"]["address"] == "Rr. Kavajës 45\nkati 3"
    assert order["sources"] == {
        "address": {"source": "parser"},
        "items": {"source": "parser"},
        "customer_name": {"source": "merchant"},
    }
    # a field emptied by the merchant is cleared, and is the merchant's too
    form = await open_form(shop, order_id)
    r = await send(shop, order_id, {**form.values, "address": "  "})
    order = await api_order(http, account, order_id)
    assert order["customer"]["address"] is None
    assert order["sources"]["address"] == {"source": "merchant"}


async def test_cancel_brings_the_details_back(
    shop: Dashboard, http: httpx.AsyncClient, account: Account
) -> None:
    order_id = await new_order(http, account, items=[{"name": "Shall", "quantity": 1}])
    r = await shop.client.get(f"/orders/{order_id}", headers=HTMX)
    assert r.status_code == 200 and "<html" not in r.text
    assert r.text.lstrip().startswith('<div id="order-details">')
    assert 'id="order-items"' in r.text and 'id="order-customer"' in r.text
    # without htmx, the edit page is the whole order page with the form in place
    page = await shop.client.get(f"/orders/{order_id}/edit")
    assert page.status_code == 200 and "<html" in page.text
    assert 'id="order-edit-form"' in page.text and 'id="order-status"' in page.text
    assert 'id="order-items"' not in page.text


async def test_add_remove_and_choose_products_keep_what_was_typed(
    shop: Dashboard, http: httpx.AsyncClient, account: Account
) -> None:
    await with_catalog(http, account)
    order_id = await new_order(http, account)
    form = await open_form(shop, order_id)

    # adding an item keeps the edits made so far
    typed = {**form.values, "address": "Rr. e Durrësit 12", "item-0-quantity": "4"}
    r = await send(shop, order_id, {**typed, "action": "add"})
    assert r.status_code == 200 and "<html" not in r.text
    form = read_form(r.text)
    assert form.values["address"] == "Rr. e Durrësit 12" and form.values["item-0-quantity"] == "4"
    assert form.values["item-1-product"] == "" and form.values["item-1-origin"] == ""

    # a product chosen for the new row: its variants to choose from (any spelling kept)
    r = await send(
        shop, order_id, {**form.values, "item-1-product": "SCARF", "action": "product-1"}
    )
    form = read_form(r.text)
    assert "item-1-variant" not in form.options and form.values["item-1-variant"] == ""
    assert "no variants" in r.text and "800.25 ALL" in r.text
    r = await send(
        shop,
        order_id,
        {**form.values, "item-1-product": "DRS-RED", "item-1-variant": "s", "action": "product-1"},
    )
    form = read_form(r.text)
    assert form.options["item-1-variant"] == ["", "S", "M", "L"]
    assert form.values["item-1-variant"] == "S"
    # back to a free item: name and price to type
    r = await send(shop, order_id, {**form.values, "item-1-product": "", "action": "product-1"})
    form = read_form(r.text)
    assert 'id="item-1-name"' in r.text and 'id="item-1-unit_price"' in r.text
    r = await send(shop, order_id, {**form.values, "action": "add"})
    form = read_form(r.text)
    free = {"item-1-name": "Kuti dhuratë", "item-1-unit_price": "150", "item-1-variant": "e kuqe"}
    # removing the first item: the others move up with what was typed in them
    r = await send(shop, order_id, {**form.values, **free, "action": "remove-0"})
    form = read_form(r.text)
    assert "item-2-product" not in form.values
    assert (
        form.values["item-0-name"] == "Kuti dhuratë" and form.values["item-0-unit_price"] == "150"
    )
    assert form.values["item-1-product"] == "" and form.values["item-1-name"] == ""
    r = await send(
        shop,
        order_id,
        {**form.values, "item-1-product": "BAG-01", "item-1-quantity": "2", "action": "save"},
    )
    assert r.status_code == 200 and "hx-redirect" in r.headers, r.text

    order = await api_order(http, account, order_id)
    assert items_of(order) == [
        (None, "Kuti dhuratë", 1, "e kuqe"),
        ("BAG-01", "Çantë lëkure", 2, None),
    ]
    assert order["items"][0]["unit_price"] == "150.00" and order["total"] == "10131.00"
    assert order["customer"]["address"] == "Rr. e Durrësit 12"


# --- refusals ---------------------------------------------------------------------------


async def test_refused_input_comes_back_in_the_form(
    shop: Dashboard, http: httpx.AsyncClient, account: Account
) -> None:
    await with_catalog(http, account)
    order_id = await new_order(http, account)
    before = await api_order(http, account, order_id)
    form = await open_form(shop, order_id)
    base = {**form.values, "city": "Shkodër", "action": "save"}

    cases = [
        ({"phone": "12"}, 'id="f-phone-note">Enter a phone number', "phone", "12"),
        (
            {"item-0-quantity": "0"},
            'id="item-0-quantity-note">Enter a whole number from 1 to 10,000.',
            "item-0-quantity",
            "0",
        ),
        (
            {"item-0-product": "NOPE"},
            'id="item-0-note">Choose a product from your catalog.',
            "item-0-product",
            "NOPE",
        ),
        (
            {"item-0-variant": "XL"},
            'id="item-0-variant-note">Choose one of this product&#39;s variants.',
            "item-0-variant",
            "XL",
        ),
    ]
    for change, message, field, kept in cases:
        r = await send(shop, order_id, {**base, **change})
        # htmx swaps only 2xx answers: the refusal is a 200 form with the reason at the field
        assert r.status_code == 200 and "<html" not in r.text, change
        assert 'role="alert"' in r.text and message in r.text, (change, r.text)
        again = read_form(r.text)
        assert again.values[field] == kept and again.values["city"] == "Shkodër", change
        # and without htmx, the whole page with the form, answered as the API would (400)
        r = await send(shop, order_id, {**base, **change}, htmx=False)
        assert r.status_code == 400 and "<html" in r.text and message in r.text, change
    assert "NOPE — not in the catalog" in (await send(shop, order_id, {**base, **cases[2][0]})).text
    assert await api_order(http, account, order_id) == before  # nothing was saved

    sq = await shop.post(
        f"/orders/{order_id}/edit",
        {**base, "phone": "12"},
        headers={**HTMX, "Accept-Language": "sq"},
    )
    assert "Shkruani një numër telefoni" in sq.text and "Nuk u ruajt." in sq.text

    # an order closed meanwhile (another tab, the API) refuses, and the edits stay in view
    r = await http.patch(
        f"/api/v1/orders/{order_id}", json={"status": "cancelled"}, headers=account.headers
    )
    assert r.status_code == 200, r.text
    r = await send(shop, order_id, base)
    assert (
        r.status_code == 200 and "the order is now Cancelled and can no longer be changed" in r.text
    )
    assert read_form(r.text).values["city"] == "Shkodër"
    r = await send(shop, order_id, base, htmx=False)
    assert r.status_code == 409
    assert (await api_order(http, account, order_id))["customer"]["city"] == "Tiranë"
    # a closed order offers no editing
    page = await shop.client.get(f"/orders/{order_id}")
    assert "Edit order" not in page.text
    r = await shop.client.get(f"/orders/{order_id}/edit")
    assert r.status_code == 303 and r.headers["location"] == f"/orders/{order_id}"


async def test_csrf_and_other_tenants(
    shop: Dashboard, http: httpx.AsyncClient, account: Account, other_account: Account
) -> None:
    order_id = await new_order(http, account, items=[{"name": "Shall", "quantity": 1}])
    form = await open_form(shop, order_id)
    values = {**form.values, "city": "Vlorë", "action": "save"}
    del values["_csrf_token"]
    r = await shop.client.post(f"/orders/{order_id}/edit", data=values)
    assert r.status_code == 403
    assert (await api_order(http, account, order_id))["customer"]["city"] == "Tiranë"

    theirs = await new_order(http, other_account, items=[{"name": "Shall", "quantity": 1}])
    before = await api_order(http, other_account, theirs)
    for path in (theirs, str(uuid.uuid4()), "not-an-id"):
        r = await shop.client.get(f"/orders/{path}/edit")
        assert r.status_code == 404 and "Order not found" in r.text, path
        for action in ("save", "add"):
            r = await send(shop, path, {**values, "action": action})
            assert r.status_code == 404 and "Ana Hoxha" not in r.text, (path, action)
    assert await api_order(http, other_account, theirs) == before


# --- learning from the correction -------------------------------------------------------

LEARN_CATALOG = {
    "currency": "ALL",
    "products": [
        {"sku": "JKT-01", "name": "Xhakete lekure", "price": 9000, "variants": ["S", "M", "L"]},
        {"sku": "BAG-01", "name": "Cante dore", "price": 3000, "variants": []},
        {"sku": "HAT-01", "name": "Kapele", "price": 1200, "variants": []},
    ],
}


@pytest.fixture
async def svc(platform: Platform, settings: Any, db: Any) -> AsyncIterator[Services]:
    own = dataclasses.replace(settings, queue_name=f"porosia:test:{uuid.uuid4().hex[:8]}")
    async with open_services(own, platform.redis_url) as services:
        yield services


async def parsed_order(acc: Account, items: list[tuple[str, str, str]]) -> str:
    """An order as the parser read it: ``(sku, name, the customer's words)`` per item."""
    with tenancy.tenant_scope(acc.tenant_id):
        order = tenancy.new(
            Order,
            channel="whatsapp",
            total=Decimal(0),
            sources={
                "items": {
                    "source": "parser",
                    "skus": [sku for sku, _, _ in items],
                    "evidence": [
                        {"message_index": 0, "start": 0, "end": len(words), "text": words}
                        for _, _, words in items
                    ],
                }
            },
        )
        await tenancy.insert(order)
        await tenancy.insert(
            *(
                tenancy.new(
                    OrderItem, order=order.id, sku=sku, name=name, quantity=1, position=position
                )
                for position, (sku, name, _) in enumerate(items)
            )
        )
    return str(order.id)


async def learned(http: httpx.AsyncClient, acc: Account) -> dict[str, list[str]]:
    r = await http.get("/api/v1/catalog", headers=acc.headers)
    return {p["sku"]: p["learned_aliases"] for p in r.json()["products"]}


async def test_a_dashboard_correction_teaches_the_customers_words(
    shop: Dashboard, http: httpx.AsyncClient, svc: Services, account: Account
) -> None:
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(LEARN_CATALOG)
    # the parser took the customer's "kozhuf" (a word no lexicon holds) for the bag, after a hat
    order_id = await parsed_order(
        account, [("HAT-01", "Kapele", "kapelen e zeze"), ("BAG-01", "Cante dore", "kozhuf")]
    )
    said = "dua 1 kozhuf masa M, Rr. Kavajes 4, Tirane"
    assert await _items_after(svc, account, said) == []  # not known before the correction

    r = await shop.client.get(f"/orders/{order_id}/edit", headers=HTMX)
    assert 'class="evidence">kozhuf</q>' in r.text  # the customer's words beside their item
    form = read_form(r.text)
    # the merchant removes the hat, and says the "kozhuf" was the leather jacket, size S
    r = await send(shop, order_id, {**form.values, "action": "remove-0"})
    form = read_form(r.text)
    r = await send(
        shop, order_id, {**form.values, "item-0-product": "JKT-01", "action": "product-0"}
    )
    form = read_form(r.text)
    assert form.options["item-0-variant"] == ["", "S", "M", "L"]
    r = await send(shop, order_id, {**form.values, "item-0-variant": "S", "action": "save"})
    assert r.status_code == 200 and "hx-redirect" in r.headers, r.text

    order = await api_order(http, account, order_id)
    assert items_of(order) == [("JKT-01", "Xhakete lekure", 1, "S")]
    assert order["sources"]["items"] == {"source": "merchant"}
    # the words of the item the jacket replaced are learned, not those of the removed hat
    assert await learned(http, account) == {"JKT-01": ["kozhuf"], "BAG-01": [], "HAT-01": []}
    assert await _items_after(svc, account, said) == [("JKT-01", 1, "M")]


async def test_a_dashboard_edit_that_keeps_the_product_teaches_nothing(
    shop: Dashboard, http: httpx.AsyncClient, account: Account
) -> None:
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(LEARN_CATALOG)
    order_id = await parsed_order(account, [("JKT-01", "Xhakete lekure", "xhaketen")])
    form = await open_form(shop, order_id)
    # a quantity and a variant corrected, an item added: the parser's product was right
    r = await send(shop, order_id, {**form.values, "action": "add"})
    form = read_form(r.text)
    values = {
        **form.values,
        "item-0-quantity": "2",
        "item-0-variant": "L",
        "item-1-product": "BAG-01",
        "action": "save",
    }
    r = await send(shop, order_id, values)
    assert r.status_code == 200 and "hx-redirect" in r.headers, r.text
    assert items_of(await api_order(http, account, order_id)) == [
        ("JKT-01", "Xhakete lekure", 2, "L"),
        ("BAG-01", "Cante dore", 1, None),
    ]
    assert await learned(http, account) == {"JKT-01": [], "BAG-01": [], "HAT-01": []}


async def unmatched_words(acc: Account, order_id: str, words: str) -> None:
    """What the ingest job records when the parser matched the customer's ``words`` to no
    product."""
    unknown = {"message_index": 0, "start": 0, "end": len(words), "text": words}
    with tenancy.tenant_scope(acc.tenant_id):
        row = await tenancy.select(Order).where(Order.id == uuid.UUID(order_id)).first()
        sources = {**row["sources"], "unrecognised": {"evidence": [unknown]}}
        await tenancy.update(Order, {Order.sources: sources}).where(Order.id == row["id"])


async def test_an_item_added_for_words_no_product_matched_learns_them(
    shop: Dashboard, http: httpx.AsyncClient, svc: Services, account: Account
) -> None:
    """The order page lists the customer's words the parser matched to nothing; the one item
    the merchant adds for them on the form takes them as its alias."""
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(LEARN_CATALOG)
    order_id = await parsed_order(account, [("BAG-01", "Cante dore", "cante dore")])
    await unmatched_words(account, order_id, "kozhuf")
    said = "dua 1 kozhuf masa M, Rr. Kavajes 4, Tirane"
    assert await _items_after(svc, account, said) == []

    page = await shop.client.get(f"/orders/{order_id}")
    assert 'id="order-unrecognised"' in page.text and "kozhuf" in page.text
    form = await open_form(shop, order_id)
    form = read_form((await send(shop, order_id, {**form.values, "action": "add"})).text)
    added = {"item-1-product": "JKT-01", "item-1-variant": "M", "action": "save"}
    r = await send(shop, order_id, {**form.values, **added})
    assert r.status_code == 200 and "hx-redirect" in r.headers, r.text

    assert await learned(http, account) == {"JKT-01": ["kozhuf"], "BAG-01": [], "HAT-01": []}
    assert await _items_after(svc, account, said) == [("JKT-01", 1, "M")]


async def test_two_added_items_do_not_guess_which_words_were_whose(
    shop: Dashboard, http: httpx.AsyncClient, account: Account
) -> None:
    with tenancy.tenant_scope(account.tenant_id):
        await catalog.put_catalog(LEARN_CATALOG)
    order_id = await parsed_order(account, [("BAG-01", "Cante dore", "cante dore")])
    await unmatched_words(account, order_id, "kozhuf")
    form = await open_form(shop, order_id)
    form = read_form((await send(shop, order_id, {**form.values, "action": "add"})).text)
    form = read_form((await send(shop, order_id, {**form.values, "action": "add"})).text)
    both = {"item-1-product": "JKT-01", "item-2-product": "HAT-01", "action": "save"}
    r = await send(shop, order_id, {**form.values, **both})
    assert r.status_code == 200 and "hx-redirect" in r.headers, r.text
    assert await learned(http, account) == {"JKT-01": [], "BAG-01": [], "HAT-01": []}
