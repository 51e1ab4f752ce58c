"""Plugin discovery and the async façade through which the core calls every hook.

pluggy never awaits, and its ``firstresult`` would stop at the first *coroutine*, so the
façade walks the implementations itself (in pluggy's call order), awaits each one, skips
plugins the tenant has not enabled, isolates notification failures and logs timings.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import time
from collections.abc import Iterable
from importlib.metadata import entry_points
from types import ModuleType
from typing import Any

import pluggy

from core import HOST_API_VERSION, hookspecs
from core.types import (
    Catalog,
    ChannelConnection,
    ConversationMessage,
    ExtractedOrder,
    OnboardingApp,
    OnboardingResult,
    OutboundMessage,
    ParseContext,
    PluginInfo,
    SendResult,
    TokenRefresh,
    WebhookResult,
)

log = logging.getLogger("porosia.plugins")
ENTRY_POINT_GROUP = "porosia.plugins"


class PluginError(RuntimeError):
    """A plugin could not be loaded (bad metadata, incompatible host API, unknown hook)."""


class PluginHost:
    """The loaded plugins and the typed async façade over their hooks."""

    def __init__(self) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.plugins: dict[str, PluginInfo] = {}

    # --- loading --------------------------------------------------------------------

    def load(self, package: ModuleType) -> PluginInfo:
        """Register a plugin package: its ``PLUGIN`` metadata and its ``hooks`` module."""
        info = getattr(package, "PLUGIN", None)
        if not isinstance(info, PluginInfo):
            raise PluginError(f"{package.__name__}: no PLUGIN = PluginInfo(...) in __init__")
        if info.host_api > HOST_API_VERSION:
            raise PluginError(
                f"plugin {info.name!r} needs host API {info.host_api}, "
                f"this host provides {HOST_API_VERSION}"
            )
        if info.name in self.plugins:
            raise PluginError(f"two plugins are named {info.name!r}")
        hooks = importlib.import_module(f"{package.__name__}.hooks")
        self.pm.register(hooks, name=info.name)
        self.plugins[info.name] = info
        return info

    def load_entry_points(self, only: Iterable[str] | None = None) -> None:
        wanted = set(only) if only is not None else None
        for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if wanted is not None and ep.name not in wanted:
                continue
            self.load(ep.load())
        self.pm.check_pending()

    def channels(self) -> dict[str, PluginInfo]:
        return {n: i for n, i in self.plugins.items() if i.kind == "channel"}

    def parsers(self) -> dict[str, PluginInfo]:
        return {n: i for n, i in self.plugins.items() if i.kind == "parser"}

    # --- calling --------------------------------------------------------------------

    async def _each(
        self, hook: str, enabled: set[str] | None, kwargs: dict[str, Any], isolate: bool = False
    ) -> Any:
        """Yield ``(plugin_name, awaited result)`` for every enabled implementation, in
        pluggy's own call order. With ``isolate``, a failing plugin is logged and skipped."""
        caller = getattr(self.pm.hook, hook)
        for impl in reversed(caller.get_hookimpls()):
            if enabled is not None and impl.plugin_name not in enabled:
                continue
            started = time.perf_counter()
            try:
                result = impl.function(*[kwargs[name] for name in impl.argnames])
                if inspect.isawaitable(result):
                    result = await result
            except Exception:
                if not isolate:
                    raise
                log.exception("plugin %s failed in %s", impl.plugin_name, hook)
                continue
            finally:
                log.debug(
                    "hook %s plugin %s took %.1f ms",
                    hook,
                    impl.plugin_name,
                    (time.perf_counter() - started) * 1000,
                )
            yield impl.plugin_name, result

    async def _first(
        self, hook: str, enabled: set[str] | None, isolate: bool = False, **kwargs: Any
    ) -> Any:
        async for _name, result in self._each(hook, enabled, kwargs, isolate):
            if result is not None:
                return result
        return None

    async def _notify(self, hook: str, enabled: set[str] | None, **kwargs: Any) -> None:
        async for _ in self._each(hook, enabled, kwargs, isolate=True):
            pass

    # --- the typed façade -------------------------------------------------------------

    async def webhook_items(
        self, channel: str, body: bytes, headers: dict[str, str], app_secret: str | None
    ) -> WebhookResult | None:
        return await self._first(
            "webhook_items",
            {channel},
            channel=channel,
            body=body,
            headers=headers,
            app_secret=app_secret,
        )

    async def webhook_challenge(
        self, channel: str, params: dict[str, str], verify_token: str
    ) -> str | None:
        return await self._first(
            "webhook_challenge",
            {channel},
            channel=channel,
            params=params,
            verify_token=verify_token,
        )

    async def send_result(
        self, connection: ChannelConnection, message: OutboundMessage
    ) -> SendResult | None:
        return await self._first(
            "send_result", {connection.channel}, connection=connection, message=message
        )

    async def channel_subscribe(
        self, connection: ChannelConnection, callback_url: str, verify_token: str
    ) -> SendResult | None:
        return await self._first(
            "channel_subscribe",
            {connection.channel},
            connection=connection,
            callback_url=callback_url,
            verify_token=verify_token,
        )

    async def channel_unsubscribe(
        self, connection: ChannelConnection, replacement: ChannelConnection | None
    ) -> SendResult | None:
        return await self._first(
            "channel_unsubscribe",
            {connection.channel},
            connection=connection,
            replacement=replacement,
        )

    async def channel_register(self, connection: ChannelConnection, pin: str) -> SendResult | None:
        return await self._first(
            "channel_register", {connection.channel}, connection=connection, pin=pin
        )

    async def channel_authorize_url(
        self, app: OnboardingApp, redirect_uri: str, state: str
    ) -> str | None:
        return await self._first(
            "channel_authorize_url",
            {app.channel},
            app=app,
            redirect_uri=redirect_uri,
            state=state,
        )

    async def channel_onboard(
        self, app: OnboardingApp, params: dict[str, str], redirect_uri: str
    ) -> OnboardingResult | None:
        return await self._first(
            "channel_onboard", {app.channel}, app=app, params=params, redirect_uri=redirect_uri
        )

    async def channel_refresh_token(self, connection: ChannelConnection) -> TokenRefresh | None:
        return await self._first(
            "channel_refresh_token", {connection.channel}, connection=connection
        )

    async def extracted_order(
        self,
        messages: list[ConversationMessage],
        catalog: Catalog,
        context: ParseContext,
        enabled: set[str] | None = None,
    ) -> ExtractedOrder | None:
        """Ask the enabled parsers, latest registered first; the first answer wins. A parser
        that raises is logged with its name and the next one is asked (``None`` when none
        answers): one conversation that trips a parser's bug must not stop the shop's ingest
        or a corpus run."""
        parsers = set(self.parsers()) if enabled is None else enabled & set(self.parsers())
        return await self._first(
            "extracted_order",
            parsers,
            isolate=True,
            messages=messages,
            catalog=catalog,
            context=context,
        )

    async def order_created(self, tenant_id: str, order_id: str, enabled: set[str]) -> None:
        await self._notify("order_created", enabled, tenant_id=tenant_id, order_id=order_id)

    async def order_confirmed(self, tenant_id: str, order_id: str, enabled: set[str]) -> None:
        await self._notify("order_confirmed", enabled, tenant_id=tenant_id, order_id=order_id)

    async def tenant_data_purge(self, tenant_id: str, connections: list[ChannelConnection]) -> None:
        """Every plugin hears of a purge, enabled or not: it may still hold the tenant's data."""
        await self._notify("tenant_data_purge", None, tenant_id=tenant_id, connections=connections)


def build_plugin_host(only: Iterable[str] | None = None) -> PluginHost:
    """Discover and load plugins from the ``porosia.plugins`` entry points."""
    host = PluginHost()
    host.load_entry_points(only)
    return host
