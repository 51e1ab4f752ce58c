"""Instagram webhook normalisation: Meta's payload shapes (reference section 5) → InboundItem."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import random
from typing import Any

import pytest

from core.plugin_api import WebhookRejected, WebhookResult
from plugins.instagram import hooks
from plugins.instagram.payloads import parse

IG = "17841405726653026"
USER = "1234567890123456"
SECRET = "ig-app-secret"


def envelope(*events: Any, account: str = IG, key: str = "messaging") -> dict:
    return {
        "object": "instagram",
        "entry": [{"id": account, "time": 1718000000123, key: list(events)}],
    }


def incoming(message: dict[str, Any] | None = None, **event: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "sender": {"id": USER},
        "recipient": {"id": IG},
        "timestamp": 1718000000001,
    }
    if message is not None:
        base["message"] = message
    return {**base, **event}


def result_of(payload: dict[str, Any]) -> WebhookResult:
    return parse(json.dumps(payload).encode())


def one(event: dict[str, Any]) -> Any:
    result = result_of(envelope(event))
    assert len(result.items) == 1, result
    return result.items[0]


def test_text_message() -> None:
    item = one(incoming({"mid": "m1", "text": "I'd like 2 green vases"}))
    assert (item.account_id, item.external_id, item.contact_id) == (IG, "m1", USER)
    assert item.kind == "text" and item.text == "I'd like 2 green vases"
    assert item.from_business is False
    assert item.at is not None and item.at.year == 2024  # milliseconds understood


def test_echo_is_the_business_and_the_customer_is_the_recipient() -> None:
    echo = {
        "sender": {"id": IG},
        "recipient": {"id": USER},
        "timestamp": 1727000000000,
        "message": {"mid": "m2", "text": "Thanks for your order!", "is_echo": True},
    }
    item = one(echo)
    assert item.from_business is True and item.contact_id == USER and item.account_id == IG


def test_attachments_stories_shares_and_replies() -> None:
    image = one(
        incoming(
            {
                "mid": "m3",
                "attachments": [
                    {"type": "image", "payload": {"url": "https://lookaside.fbsbx.com/x"}}
                ],
            }
        )
    )
    assert image.kind == "media" and image.data["attachments"][0]["url"].startswith("https://")
    story_reply = one(
        incoming(
            {
                "mid": "m4",
                "text": "sa kushton?",
                "reply_to": {"story": {"id": "S1", "url": "https://cdn/s.jpg"}},
            }
        )
    )
    assert story_reply.kind == "story_reply" and story_reply.text == "sa kushton?"
    assert story_reply.data["story"]["id"] == "S1"
    mention = one(
        incoming(
            {
                "mid": "m5",
                "attachments": [{"type": "story_mention", "payload": {"url": "https://cdn/m"}}],
            }
        )
    )
    assert mention.kind == "story_mention"
    share = one(
        incoming(
            {
                "mid": "m6",
                "attachments": [{"type": "ig_reel", "payload": {"url": "https://cdn/reel"}}],
            }
        )
    )
    assert share.kind == "share"
    quick = one(incoming({"mid": "m7", "text": "Po", "quick_reply": {"payload": "CONFIRM"}}))
    assert quick.kind == "reply" and quick.data["reply_id"] == "CONFIRM"
    inline = one(incoming({"mid": "m8", "text": "kete", "reply_to": {"mid": "m1"}}))
    assert inline.kind == "text" and inline.data["reply_to"] == "m1"


def test_deletions_unsupported_reactions_reads_postbacks() -> None:
    deleted = one(incoming({"mid": "m1", "is_deleted": True}))
    assert deleted.kind == "delete" and deleted.external_id == "m1:deleted"
    assert deleted.data["original_id"] == "m1"
    unsupported = one(incoming({"mid": "m9", "is_unsupported": True}))
    assert unsupported.kind == "unsupported" and unsupported.external_id == "m9"
    reaction = one(
        incoming(
            reaction={"mid": "m2", "action": "react", "reaction": "love", "emoji": "\u2764\ufe0f"}
        )
    )
    assert reaction.kind == "reaction" and reaction.data["message_id"] == "m2"
    unreact = one(incoming(reaction={"mid": "m2", "action": "unreact"}))
    assert unreact.external_id != reaction.external_id
    seen = one(incoming(read={"mid": "m2"}))
    assert seen.kind == "status" and seen.data["status"] == "read"
    postback = one(incoming(postback={"mid": "m10", "title": "Porosit", "payload": "ORDER"}))
    assert postback.kind == "reply" and postback.text == "Porosit"


def test_batches_standby_changes_and_test_events() -> None:
    payload = {
        "object": "instagram",
        "entry": [
            {
                "id": IG,
                "time": 1,
                "messaging": [
                    incoming({"mid": "a", "text": "1"}),
                    incoming({"mid": "b", "text": "2"}),
                ],
            },
            {
                "id": "999",
                "time": 1,
                "standby": [
                    {
                        "sender": {"id": USER},
                        "recipient": {"id": "999"},
                        "timestamp": 1,
                        "message": {"mid": "c", "text": "3"},
                    }
                ],
            },
            {"id": "0", "time": 1, "changes": [{"field": "messages", "value": {}}]},
            {"id": IG, "time": 1, "changes": [{"field": "comments", "value": {"text": "x"}}]},
        ],
    }
    result = result_of(payload)
    assert [(i.account_id, i.external_id) for i in result.items] == [
        (IG, "a"),
        (IG, "b"),
        ("999", "c"),
    ]
    assert result.ignored == 2


def test_unknown_events_and_broken_elements_are_counted() -> None:
    result = result_of(
        envelope(
            incoming(),
            incoming(optin={"ref": "x"}),
            "junk",
            incoming({"text": "no mid"}),
            incoming({"mid": "ok", "text": "ok"}),
        )
    )
    assert [i.external_id for i in result.items] == ["ok"] and result.ignored == 4


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"nope",
        b"[]",
        b"{}",
        b'{"object": "page", "entry": []}',
        b'{"object": "instagram", "entry": "x"}',
        b"\xfe",
    ],
)
def test_not_an_envelope_is_a_value_error(body: bytes) -> None:
    with pytest.raises(ValueError):
        parse(body)


def _mutate(node: Any, rng: random.Random) -> Any:
    junk: list[Any] = [None, 0, 10**30, -1.5, "", "x", "2024-01-01T00:00:00", [], {}, [None], True]
    if isinstance(node, dict) and node and rng.random() < 0.8:
        key = rng.choice(list(node))
        node[key] = _mutate(node[key], rng) if rng.random() < 0.6 else rng.choice(junk)
    elif isinstance(node, list) and node and rng.random() < 0.8:
        i = rng.randrange(len(node))
        node[i] = _mutate(node[i], rng) if rng.random() < 0.6 else rng.choice(junk)
    return node


def test_mangled_payloads_never_crash() -> None:
    base = envelope(
        incoming(
            {
                "mid": "a",
                "text": "t",
                "attachments": [{"type": "image", "payload": {}}],
                "reply_to": {"story": {"id": "s"}},
                "quick_reply": {"payload": "p"},
            }
        ),
        incoming(reaction={"mid": "b", "action": "react"}),
        incoming(postback={"mid": "c", "title": "t"}),
    )
    rng = random.Random(1126)
    for _ in range(3000):
        try:
            result = result_of(_mutate(copy.deepcopy(base), rng))
        except ValueError:
            continue
        assert isinstance(result, WebhookResult)


def test_hook_checks_the_signature_before_parsing() -> None:
    body = json.dumps(envelope(incoming({"mid": "m", "text": "hi"}))).encode()
    good = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    result = hooks.webhook_items("instagram", body, {"x-hub-signature-256": good}, SECRET)
    assert result is not None and result.items[0].text == "hi"
    with pytest.raises(WebhookRejected):
        hooks.webhook_items("instagram", body, {"x-hub-signature-256": good}, "other")
    with pytest.raises(WebhookRejected):
        hooks.webhook_items("instagram", body, {}, SECRET)
    assert hooks.webhook_items("whatsapp", body, {"x-hub-signature-256": good}, SECRET) is None
