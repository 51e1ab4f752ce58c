"""The htmx dashboard (Jinja2 templates in web/templates/, htmx 2 from web/static/)."""

from litestar import Router
from litestar.datastructures import ResponseHeader

from web.dashboard import (
    account,
    auth,
    badges,
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

# The dashboard runs no inline script or style (htmx's indicator style is off in base.html),
# so pages may load only the app's own files, plus Meta's SDK and its Embedded Signup frame for
# "Connect with WhatsApp"; no site may frame the dashboard.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self' https://connect.facebook.net",
        "frame-src https://*.facebook.com",
        "connect-src 'self' https://*.facebook.com",
        "img-src 'self' data: https://*.facebook.com https://*.fbcdn.net",
        "style-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = [
    ResponseHeader(name="Content-Security-Policy", value=CONTENT_SECURITY_POLICY),
    ResponseHeader(name="X-Content-Type-Options", value="nosniff"),
    ResponseHeader(name="Referrer-Policy", value="same-origin"),
]

# One router so every page shares the "not signed in → /login" answer, the navigation's
# badges (orders to check, parked inbox items) and the security headers.
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
        before_request=badges.counted,
        response_headers=SECURITY_HEADERS,
    )
]

__all__ = ["routes"]
