"""WhatsApp webhook normalisation: Meta's payload shapes (reference section 3) → InboundItem."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import random
from typing import Any

import pytest

from core.plugin_api import WebhookRejected, WebhookResult
from plugins.whatsapp import hooks
from plugins.whatsapp.payloads import parse

PNID = "106540352242922"
SECRET = "app-secret-for-tests"


def envelope(*values: dict[str, Any], field: str = "messages") -> dict[str, Any]:
    changes = [{"value": v, "field": field} for v in values]
    return {"object": "whatsapp_business_account", "entry": [{"id": "1029", "changes": changes}]}


def value(messages: list[Any], pnid: str = PNID) -> dict[str, Any]:
    return {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": pnid},
        "contacts": [{"profile": {"name": "Sheena Nelson"}, "wa_id": "16505551234"}],
        "messages": messages,
    }


def msg(kind: str, body: dict[str, Any], mid: str = "wamid.A", **extra: Any) -> dict[str, Any]:
    return {
        "from": "16505551234",
        "id": mid,
        "timestamp": "1749416383",
        "type": kind,
        kind: body,
        **extra,
    }


def items(payload: dict[str, Any]) -> WebhookResult:
    return parse(json.dumps(payload).encode())


def one(message: dict[str, Any]) -> Any:
    result = items(envelope(value([message])))
    assert len(result.items) == 1 and result.ignored == 0
    return result.items[0]


def test_text_message_with_contact_and_time() -> None:
    item = one(msg("text", {"body": "Does it come in another color?"}))
    assert (item.account_id, item.external_id, item.contact_id) == (PNID, "wamid.A", "16505551234")
    assert item.kind == "text" and item.text == "Does it come in another color?"
    assert item.contact_name == "Sheena Nelson" and item.contact_phone == "+16505551234"
    assert item.at is not None and int(item.at.timestamp()) == 1749416383
    assert item.from_business is False


def test_media_location_replies_reactions_orders() -> None:
    image = one(msg("image", {"caption": "kete ne M", "mime_type": "image/jpeg", "id": "654"}))
    assert image.kind == "media" and image.text == "kete ne M"
    assert image.data["media_type"] == "image" and image.data["media"]["id"] == "654"
    voice = one(msg("audio", {"mime_type": "audio/ogg", "id": "9", "voice": True}))
    assert voice.kind == "media" and voice.text == "" and voice.data["media"]["voice"] is True
    place = one(
        msg(
            "location",
            {"latitude": 41.3, "longitude": 19.8, "name": "Bllok", "address": "Rr. Pjeter Bogdani"},
        )
    )
    assert place.kind == "location" and place.text == "Bllok, Rr. Pjeter Bogdani"
    assert place.data["location"]["latitude"] == 41.3
    button = one(
        msg(
            "interactive",
            {"type": "button_reply", "button_reply": {"id": "confirm_1", "title": "Confirm"}},
            context={"from": "15550783881", "id": "wamid.OURS"},
        )
    )
    assert button.kind == "reply" and button.text == "Confirm"
    assert button.data["reply_id"] == "confirm_1" and button.data["context"]["id"] == "wamid.OURS"
    row = one(
        msg(
            "interactive", {"type": "list_reply", "list_reply": {"id": "size_m", "title": "Medium"}}
        )
    )
    assert row.kind == "reply" and row.text == "Medium" and row.data["reply_type"] == "list_reply"
    template = one(msg("button", {"payload": "CONFIRM", "text": "Po"}))
    assert (
        template.kind == "reply"
        and template.text == "Po"
        and template.data["reply_id"] == "CONFIRM"
    )
    reaction = one(msg("reaction", {"message_id": "wamid.OURS", "emoji": "\U0001f44d"}))
    assert reaction.kind == "reaction" and reaction.data["message_id"] == "wamid.OURS"
    order = one(
        msg(
            "order",
            {
                "catalog_id": "354",
                "text": "",
                "product_items": [
                    {
                        "product_retailer_id": "HAMBURGER",
                        "quantity": 3,
                        "item_price": 7.99,
                        "currency": "EUR",
                    }
                ],
            },
        )
    )
    assert order.kind == "order" and order.data["order"]["product_items"][0]["quantity"] == 3


def test_edits_deletions_system_and_unknown_types_never_crash() -> None:
    edit = one(
        msg(
            "edit",
            {
                "original_message_id": "wamid.ORIG",
                "message": {"type": "text", "text": {"body": "Actually 3 please"}},
            },
        )
    )
    assert edit.kind == "edit" and edit.text == "Actually 3 please"
    assert edit.data["original_id"] == "wamid.ORIG"
    revoke = one(msg("revoke", {"original_message_id": "wamid.ORIG"}, mid="wamid.R"))
    assert revoke.kind == "delete" and revoke.data["original_id"] == "wamid.ORIG"
    system = one(msg("system", {"type": "user_changed_number", "wa_id": "16505550000"}))
    assert system.kind == "system" and system.data["system_type"] == "user_changed_number"
    unsupported = one(msg("unsupported", {"type": "pool"}))
    assert unsupported.kind == "unsupported" and unsupported.data["detail"] == "pool"
    future = one(msg("hologram", {"beam": 1}))
    assert future.kind == "unsupported" and future.data["type"] == "hologram"


def test_statuses_and_business_app_echoes() -> None:
    statuses = {
        "messaging_product": "whatsapp",
        "metadata": {"phone_number_id": PNID},
        "statuses": [
            {
                "id": "wamid.S",
                "status": "delivered",
                "timestamp": "1698266945",
                "recipient_id": "972987654321",
            },
            {
                "id": "wamid.S",
                "status": "failed",
                "timestamp": "1698266946",
                "recipient_id": "972987654321",
                "errors": [{"code": 131047, "title": "Re-engagement message"}],
            },
        ],
    }
    result = items(envelope(statuses))
    assert [i.external_id for i in result.items] == ["wamid.S:delivered", "wamid.S:failed"]
    assert all(i.kind == "status" and i.contact_id == "972987654321" for i in result.items)
    assert result.items[1].data["errors"][0]["code"] == 131047
    echoes = {
        "messaging_product": "whatsapp",
        "metadata": {"phone_number_id": PNID},
        "message_echoes": [
            {
                "from": "15550783881",
                "to": "16505551234",
                "id": "wamid.E",
                "timestamp": "1700000000",
                "type": "text",
                "text": {"body": "Faleminderit!"},
            }
        ],
    }
    echo = items(envelope(echoes, field="smb_message_echoes")).items[0]
    assert echo.from_business is True and echo.contact_id == "16505551234"
    assert echo.text == "Faleminderit!" and echo.external_id == "wamid.E"


def test_every_entry_change_and_message_of_a_batch() -> None:
    payload = {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "1",
                "changes": [
                    {
                        "field": "messages",
                        "value": value(
                            [msg("text", {"body": "a"}, "w1"), msg("text", {"body": "b"}, "w2")]
                        ),
                    },
                    {
                        "field": "messages",
                        "value": value([msg("text", {"body": "c"}, "w3")], "222"),
                    },
                ],
            },
            {
                "id": "2",
                "changes": [
                    {
                        "field": "messages",
                        "value": value([msg("text", {"body": "d"}, "w4")], "333"),
                    },
                    {"field": "message_template_status_update", "value": {"event": "APPROVED"}},
                ],
            },
        ],
    }
    result = items(payload)
    assert [(i.account_id, i.text) for i in result.items] == [
        (PNID, "a"),
        (PNID, "b"),
        ("222", "c"),
        ("333", "d"),
    ]
    assert result.ignored == 1  # the template status change


def test_broken_elements_are_counted_not_fatal() -> None:
    result = items(
        envelope(value([{"type": "text"}, "not a message", msg("text", {"body": "ok"})]))
    )
    assert [i.text for i in result.items] == ["ok"] and result.ignored == 2
    assert items(envelope({"messages": [msg("text", {"body": "x"})]})).ignored == 1  # no metadata


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"{",
        b"[]",
        b'"x"',
        b"{}",
        b'{"object": "instagram", "entry": []}',
        b'{"object": "whatsapp_business_account", "entry": {}}',
        b"\xff",
    ],
)
def test_not_an_envelope_is_a_value_error(body: bytes) -> None:
    with pytest.raises(ValueError):
        parse(body)


def _mutations(node: Any, rng: random.Random) -> Any:
    """Replace a random subtree with a value of the wrong type."""
    junk = [None, 0, -1, 1.5, "", "x", [], {}, [None], {"type": None}, True]
    if isinstance(node, dict) and node and rng.random() < 0.8:
        key = rng.choice(list(node))
        node[key] = _mutations(node[key], rng) if rng.random() < 0.6 else rng.choice(junk)
    elif isinstance(node, list) and node and rng.random() < 0.8:
        i = rng.randrange(len(node))
        node[i] = _mutations(node[i], rng) if rng.random() < 0.6 else rng.choice(junk)
    return node


def test_mangled_payloads_never_crash() -> None:
    base = envelope(
        value(
            [
                msg("text", {"body": "a"}),
                msg("image", {"id": "1", "caption": "c"}),
                msg("interactive", {"type": "list_reply", "list_reply": {"id": "x"}}),
                msg("order", {"product_items": []}),
                msg("edit", {"message": {"type": "text", "text": {"body": "e"}}}),
            ]
        ),
    )
    rng = random.Random(20261126)
    for _ in range(3000):
        mangled = _mutations(copy.deepcopy(base), rng)
        try:
            result = items(mangled)
        except ValueError:
            continue
        assert isinstance(result, WebhookResult)


def test_hook_checks_the_signature_before_parsing() -> None:
    body = json.dumps(envelope(value([msg("text", {"body": "hi"})]))).encode()
    good = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    result = hooks.webhook_items("whatsapp", body, {"x-hub-signature-256": good}, SECRET)
    assert result is not None and result.items[0].text == "hi"
    for headers, secret in [
        ({"x-hub-signature-256": good}, "other"),
        ({}, SECRET),
        ({"x-hub-signature-256": good}, None),
    ]:
        with pytest.raises(WebhookRejected):
            hooks.webhook_items("whatsapp", body, headers, secret)
    with pytest.raises(WebhookRejected):  # garbage without a valid signature: rejected first
        hooks.webhook_items("whatsapp", b"{", {}, SECRET)
    assert hooks.webhook_items("instagram", body, {"x-hub-signature-256": good}, SECRET) is None
