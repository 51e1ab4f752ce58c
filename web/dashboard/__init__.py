"""The htmx dashboard (Jinja2 templates in web/templates/, htmx 2 from web/static/)."""

from litestar import Router

from web.dashboard import (
    account,
    auth,
    channels,
    inbox,
    onboarding,
    order_detail,
    order_edit,
    orders,
    pages,
    shop,
)
from web.dashboard.render import SignInRequired, to_login

# One router so every page shares the "not signed in → /login" answer, and the count of
# parked inbox items behind the navigation's "Problems" badge.
routes = [
    Router(
        path="/",
        route_handlers=[
            *pages.routes,
            *auth.routes,
            *orders.routes,
            *order_detail.routes,
            *order_edit.routes,
            *channels.routes,
            *onboarding.routes,
            *account.routes,
            *shop.routes,
            *inbox.routes,
        ],
        exception_handlers={SignInRequired: to_login},
        before_request=inbox.problems_badge,
    )
]

__all__ = ["routes"]
