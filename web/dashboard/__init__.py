"""The htmx dashboard (Jinja2 templates in web/templates/, htmx 2 from web/static/)."""

from litestar import Router

from web.dashboard import account, auth, channels, order_detail, orders, pages, shop
from web.dashboard.render import SignInRequired, to_login

# One router so every page shares the "not signed in → /login" answer.
routes = [
    Router(
        path="/",
        route_handlers=[
            *pages.routes,
            *auth.routes,
            *orders.routes,
            *order_detail.routes,
            *channels.routes,
            *account.routes,
            *shop.routes,
        ],
        exception_handlers={SignInRequired: to_login},
    )
]

__all__ = ["routes"]
