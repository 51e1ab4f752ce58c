"""The composition root: ``create_app()`` builds the Litestar app and its services."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from litestar import Litestar, MediaType, Request, Response, get
from litestar.config.csrf import CSRFConfig
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.logging.config import LoggingConfig
from litestar.middleware.base import DefineMiddleware
from litestar.openapi import OpenAPIConfig
from litestar.static_files import create_static_files_router
from litestar.template.config import TemplateConfig

from core import db
from core.errors import DomainError
from core.ratelimit import RateLimited
from core.runtime import services as open_services
from core.runtime_state import Services
from core.settings import Settings
from web import meta_callbacks, webhooks
from web.api import accounts as api_accounts
from web.api import catalog as api_catalog
from web.api import channels as api_channels
from web.api import customers as api_customers
from web.api import inbox as api_inbox
from web.api import orders as api_orders
from web.api import settings as api_settings
from web.api import tenant as api_tenant
from web.security import TenantAuthMiddleware

log = logging.getLogger("porosia.web")
HERE = Path(__file__).parent
MAX_BODY_BYTES = 4 * 1024 * 1024  # Meta batches up to 3 MB

WorkerFactory = Callable[[Services], Any]


@get("/healthz", summary="The process is alive", include_in_schema=False)
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@get("/readyz", summary="The database and Redis answer", include_in_schema=False)
async def readyz(request: Request[Any, Any, Any]) -> Response[dict[str, Any]]:
    services: Services = request.app.state.services
    database = await db.ping()
    try:
        redis_ok = bool(await services.redis.ping())
    except Exception:
        redis_ok = False
    ok = database and redis_ok
    return Response(
        {"status": "ok" if ok else "unavailable", "database": database, "redis": redis_ok},
        status_code=200 if ok else 503,
    )


def domain_error(request: Request[Any, Any, Any], exc: DomainError) -> Response[Any]:
    return Response(
        {"detail": str(exc), "status_code": exc.status_code},
        status_code=exc.status_code,
        media_type=MediaType.JSON,
    )


def rate_limited(request: Request[Any, Any, Any], exc: RateLimited) -> Response[Any]:
    return Response(
        {"detail": str(exc), "status_code": 429},
        status_code=429,
        headers={"Retry-After": str(exc.retry_after)},
        media_type=MediaType.JSON,
    )


def create_app(settings: Settings, redis_url: str, worker: WorkerFactory | None = None) -> Litestar:
    """Build the app. ``worker`` makes an in-process arq worker from the app's services."""
    from web.dashboard import routes as dashboard_routes

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        async with open_services(settings, redis_url) as services:
            app.state.services = services
            task = None
            running = worker(services) if worker is not None else None
            if running is not None:
                task = asyncio.create_task(running.async_run())
            try:
                yield
            finally:
                if running is not None and task is not None:
                    await running.close()
                    task.cancel()

    return Litestar(
        route_handlers=[
            healthz,
            readyz,
            *api_accounts.routes,
            *api_tenant.routes,
            *api_catalog.routes,
            *api_orders.routes,
            *api_channels.routes,
            *webhooks.routes,
            *meta_callbacks.routes,
            *api_customers.routes,
            *api_settings.routes,
            *api_inbox.routes,
            *dashboard_routes,
            create_static_files_router(
                path="/static", directories=[HERE / "static"], include_in_schema=False
            ),
        ],
        lifespan=[lifespan],
        middleware=[DefineMiddleware(TenantAuthMiddleware, settings=settings)],
        csrf_config=CSRFConfig(
            secret=settings.secret_key,
            cookie_secure=settings.secure_cookies,
            cookie_httponly=False,
            cookie_samesite="strict",
            exclude=["/api/", "/webhooks/", "/meta/"],
        ),
        template_config=TemplateConfig(directory=HERE / "templates", engine=JinjaTemplateEngine),
        openapi_config=OpenAPIConfig(title="PorosiaIme API", version="1.0.0", path="/schema"),
        exception_handlers={DomainError: domain_error, RateLimited: rate_limited},
        request_max_body_size=MAX_BODY_BYTES,
        logging_config=LoggingConfig(
            log_exceptions="always",
            configure_root_logger=False,
            disable_stack_trace={400, 401, 403, 404, 405, 409, 413, 429, DomainError, RateLimited},
        ),
    )
