"""Piccolo's configuration module (``PICCOLO_CONF=core.piccolo_conf``)."""

from piccolo.conf.apps import AppRegistry

from core.db import engine

DB = engine()
APP_REGISTRY = AppRegistry(apps=["core.piccolo_app"])
