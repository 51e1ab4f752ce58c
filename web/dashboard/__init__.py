"""The htmx dashboard (Jinja2 templates in web/templates/)."""

from web.dashboard.pages import routes

__all__ = ["routes"]
