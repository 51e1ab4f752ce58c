"""The channel contract test kit: what every channel plugin must do, checked the same way.

A plugin author describes how to build a correctly signed sample webhook for their channel
and runs the kit (from pytest or anywhere)::

    kit = ChannelContract(
        name="echo",
        sample=lambda account, secret: (body, headers),   # a signed delivery for ``account``
        challenge_params=lambda token, challenge: {"echo.token": token, ...},
    )
    await kit.check_all(build_plugin_host())

Every check calls the plugin through the host's async façade (exactly as the platform does)
except :meth:`ChannelContract.check_ignores_other_channels`, which calls the plugin's own
implementations directly: the façade would never route another channel's name to it.
"""

from __future__ import annotations

import inspect
import secrets
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

from core import HOST_API_VERSION
from core.plugins import PluginHost
from core.types import (
    ChannelConnection,
    InboundItem,
    OutboundMessage,
    PluginInfo,
    SendResult,
    TokenRefresh,
    WebhookRejected,
    WebhookResult,
)

Sample = Callable[[str, str], tuple[bytes, dict[str, str]]]
ChallengeParams = Callable[[str, str], dict[str, str]]

GARBAGE: tuple[bytes, ...] = (b"", b"not json", b"[]", b"{}", b'{"entry": 5}', b"\xff\xfe")


class ContractFailure(AssertionError):
    """A channel plugin broke the contract (the message says which rule)."""


def meta_challenge_params(token: str, challenge: str) -> dict[str, str]:
    """Meta's handshake query parameters (the default for the kit)."""
    return {"hub.mode": "subscribe", "hub.verify_token": token, "hub.challenge": challenge}


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise ContractFailure(message)


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def _unreachable_url() -> str:
    """A local URL nothing listens on: the channel's API, down."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    return f"http://127.0.0.1:{port}/v0"


@dataclass
class ChannelContract:
    """The contract checks for one channel plugin.

    ``sample(account_id, secret)`` returns ``(body, headers)``: a delivery of at least one
    customer message addressed to ``account_id``, signed with ``secret`` the way the channel
    signs (headers as the platform passes them: lower-cased names). ``garbage`` are bodies
    the plugin must refuse with ``ValueError`` when they are correctly signed; ``sign_body``
    signs such a body (``sample`` is used for everything else).
    """

    name: str
    sample: Sample
    sign_body: Callable[[bytes, str], dict[str, str]]
    challenge_params: ChallengeParams = meta_challenge_params
    garbage: tuple[bytes, ...] = GARBAGE
    account_id: str = "100200300400"
    secret: str = field(default_factory=lambda: secrets.token_hex(16))

    # --- the checks -----------------------------------------------------------------

    def check_info(self, host: PluginHost) -> PluginInfo:
        info = host.plugins.get(self.name)
        _expect(info is not None, f"{self.name}: not loaded by the plugin host")
        assert info is not None
        _expect(info.kind == "channel", f"{self.name}: kind is {info.kind!r}, not 'channel'")
        _expect(info.name == self.name, f"{self.name}: PLUGIN.name is {info.name!r}")
        _expect(bool(info.label), f"{self.name}: PLUGIN.label is empty")
        _expect(
            1 <= info.host_api <= HOST_API_VERSION,
            f"{self.name}: host_api {info.host_api} not served by host {HOST_API_VERSION}",
        )
        names = [f.name for f in info.settings]
        _expect(len(names) == len(set(names)), f"{self.name}: duplicate setting names")
        _expect(
            info.routing_field is not None and info.routing_field in names,
            f"{self.name}: routing_field {info.routing_field!r} is not one of its settings",
        )
        kinds = {f.kind for f in info.settings}
        _expect(kinds <= {"text", "secret", "bool"}, f"{self.name}: unknown setting kinds")
        return info

    async def check_signed_sample(self, host: PluginHost) -> list[InboundItem]:
        body, headers = self.sample(self.account_id, self.secret)
        result = await host.webhook_items(self.name, body, headers, self.secret)
        _expect(isinstance(result, WebhookResult), f"{self.name}: no WebhookResult for a sample")
        assert isinstance(result, WebhookResult)
        _expect(bool(result.items), f"{self.name}: a signed sample yielded no items")
        for item in result.items:
            _expect(isinstance(item, InboundItem), f"{self.name}: items must be InboundItem")
            _expect(
                item.account_id == self.account_id,
                f"{self.name}: item account_id {item.account_id!r} is not the routing id",
            )
            _expect(bool(item.external_id), f"{self.name}: an item has no external_id")
            _expect(bool(item.contact_id), f"{self.name}: an item has no contact_id")
        _expect(
            any(not i.from_business for i in result.items),
            f"{self.name}: the sample's customer message is not from the customer",
        )
        again = await host.webhook_items(self.name, body, headers, self.secret)
        assert isinstance(again, WebhookResult)
        _expect(
            [i.external_id for i in again.items] == [i.external_id for i in result.items],
            f"{self.name}: external ids are not stable across redeliveries",
        )
        return result.items

    async def check_rejects_bad_signatures(self, host: PluginHost) -> None:
        body, headers = self.sample(self.account_id, self.secret)
        for secret in ("not-the-secret", None):
            try:
                await host.webhook_items(self.name, body, headers, secret)
            except WebhookRejected:
                continue
            raise ContractFailure(f"{self.name}: accepted a body checked with secret {secret!r}")
        try:
            await host.webhook_items(self.name, body + b" ", headers, self.secret)
        except WebhookRejected:
            pass
        else:
            raise ContractFailure(f"{self.name}: accepted a body changed after signing")
        try:
            await host.webhook_items(self.name, body, {}, self.secret)
        except WebhookRejected:
            return
        raise ContractFailure(f"{self.name}: accepted a body without a signature")

    async def check_rejects_garbage(self, host: PluginHost) -> None:
        for body in self.garbage:
            try:
                await host.webhook_items(
                    self.name, body, self.sign_body(body, self.secret), self.secret
                )
            except ValueError:
                continue
            except WebhookRejected as exc:
                raise ContractFailure(
                    f"{self.name}: signed garbage {body!r} rejected as unsigned"
                ) from exc
            raise ContractFailure(f"{self.name}: signed garbage {body!r} did not raise ValueError")

    async def check_challenge(self, host: PluginHost) -> None:
        token, challenge = secrets.token_urlsafe(16), "1158201444"
        good = self.challenge_params(token, challenge)
        answer = await host.webhook_challenge(self.name, good, token)
        _expect(answer == challenge, f"{self.name}: the right token got {answer!r}")
        wrong = self.challenge_params("wrong-" + token, challenge)
        _expect(
            await host.webhook_challenge(self.name, wrong, token) is None,
            f"{self.name}: a wrong verify token was answered",
        )
        _expect(
            await host.webhook_challenge(self.name, good, "") is None,
            f"{self.name}: answered a handshake while no verify token is configured",
        )
        _expect(
            await host.webhook_challenge(self.name, {}, token) is None,
            f"{self.name}: answered a handshake without parameters",
        )

    async def check_ignores_other_channels(self, host: PluginHost) -> None:
        """Called with another channel's name, every channel hook must answer ``None``."""
        hooks = host.pm.get_plugin(self.name)
        _expect(hooks is not None, f"{self.name}: no hooks registered")
        other = f"not-{self.name}"
        body, headers = self.sample(self.account_id, self.secret)
        calls: dict[str, dict[str, Any]] = {
            "webhook_items": {
                "channel": other,
                "body": body,
                "headers": headers,
                "app_secret": self.secret,
            },
            "webhook_challenge": {
                "channel": other,
                "params": self.challenge_params("t", "1"),
                "verify_token": "t",
            },
            "send_result": {
                "connection": ChannelConnection("t", other, {}, self.account_id),
                "message": OutboundMessage(to="someone", text="hi"),
            },
            "channel_subscribe": {
                "connection": ChannelConnection("t", other, {}, self.account_id),
                "callback_url": "https://example.com/webhooks/k/" + other,
                "verify_token": "t",
            },
            "channel_refresh_token": {
                "connection": ChannelConnection("t", other, {}, self.account_id),
            },
            "channel_unsubscribe": {
                "connection": ChannelConnection("t", other, {}, self.account_id),
                "replacement": None,
            },
            "channel_register": {
                "connection": ChannelConnection("t", other, {}, self.account_id),
                "pin": "123456",
            },
        }
        for hook, kwargs in calls.items():
            impl = getattr(hooks, hook, None)
            if impl is None:
                continue
            answer = await _maybe_await(impl(**kwargs))
            _expect(answer is None, f"{self.name}: {hook} answered for channel {other!r}")

    async def _answers_without_raising(
        self,
        host: PluginHost,
        hook: str,
        call: Callable[[ChannelConnection], Awaitable[Any]],
        answer_type: type,
    ) -> list[Any]:
        """Call an optional hook for a connection with no settings and for one with every
        setting filled but an unreachable API: it must answer ``None`` or ``answer_type`` and
        never raise. Returns the answers."""
        info = self.check_info(host)
        filled = {f.name: (False if f.kind == "bool" else "x" * 16) for f in info.settings}
        if info.routing_field:
            filled[info.routing_field] = self.account_id
        tenant = "00000000-0000-4000-8000-000000000000"
        answers = []
        for settings in ({}, filled):
            connection = ChannelConnection(
                tenant, self.name, settings, self.account_id, api_base=_unreachable_url()
            )
            try:
                answer = await call(connection)
            except Exception as exc:
                raise ContractFailure(
                    f"{self.name}: {hook} raised {type(exc).__name__} "
                    f"({'no settings' if not settings else 'API unreachable'})"
                ) from exc
            _expect(
                answer is None or isinstance(answer, answer_type),
                f"{self.name}: {hook} answered {type(answer).__name__}",
            )
            answers.append(answer)
        return answers

    async def check_subscribe_never_raises(self, host: PluginHost) -> None:
        """``channel_subscribe`` (optional: a channel may have nothing to subscribe) answers
        ``None`` or a ``SendResult``, and never raises: not for a connection whose settings
        are missing, not when the channel's API cannot be reached."""
        url = f"https://example.com/webhooks/k/{self.name}"
        await self._answers_without_raising(
            host,
            "channel_subscribe",
            lambda connection: host.channel_subscribe(connection, url, "verify-token"),
            SendResult,
        )

    async def check_refresh_never_raises(self, host: PluginHost) -> None:
        """``channel_refresh_token`` (optional: most channels' tokens do not expire) answers
        ``None`` or a ``TokenRefresh``, and never raises: not for a connection whose settings
        are missing, not when the channel's API cannot be reached; and a refusal keeps no new
        token (``ok=False`` with an ``error``)."""
        answers = await self._answers_without_raising(
            host, "channel_refresh_token", host.channel_refresh_token, TokenRefresh
        )
        for answer in answers:
            if isinstance(answer, TokenRefresh):
                _expect(
                    not answer.ok and bool(answer.error),
                    f"{self.name}: channel_refresh_token claimed a new token it cannot have got",
                )

    async def check_unsubscribe_never_raises(self, host: PluginHost) -> None:
        """``channel_unsubscribe`` (optional) answers ``None`` or a ``SendResult`` and never
        raises, whether the channel was switched off or moved to another account; and it
        removes nothing when the connection after the save is the same one (a save that only
        changed a template or a label must not cut the account off)."""
        await self._answers_without_raising(
            host,
            "channel_unsubscribe",
            lambda connection: host.channel_unsubscribe(connection, None),
            SendResult,
        )
        await self._answers_without_raising(
            host,
            "channel_unsubscribe",
            lambda connection: host.channel_unsubscribe(
                connection, replace(connection, account_id=f"{self.account_id}-new")
            ),
            SendResult,
        )
        same = await self._answers_without_raising(
            host,
            "channel_unsubscribe",
            lambda connection: host.channel_unsubscribe(connection, connection),
            SendResult,
        )
        _expect(
            all(answer is None for answer in same),
            f"{self.name}: channel_unsubscribe removed the account the connection still uses",
        )

    async def check_register_never_raises(self, host: PluginHost) -> None:
        """``channel_register`` (optional: most channels register nothing) answers ``None`` or
        a ``SendResult`` and never raises; an unreachable API is not a success."""
        answers = await self._answers_without_raising(
            host,
            "channel_register",
            lambda connection: host.channel_register(connection, "123456"),
            SendResult,
        )
        for answer in answers:
            if isinstance(answer, SendResult):
                _expect(
                    not answer.ok and bool(answer.error),
                    f"{self.name}: channel_register claimed a registration it cannot have made",
                )

    async def check_all(self, host: PluginHost) -> None:
        self.check_info(host)
        await self.check_signed_sample(host)
        await self.check_rejects_bad_signatures(host)
        await self.check_rejects_garbage(host)
        await self.check_challenge(host)
        await self.check_ignores_other_channels(host)
        await self.check_subscribe_never_raises(host)
        await self.check_refresh_never_raises(host)
        await self.check_unsubscribe_never_raises(host)
        await self.check_register_never_raises(host)
