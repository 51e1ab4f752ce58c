from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import Text, Timestamptz
from piccolo.columns.indexes import IndexMethod

ID = "2026-11-27T09:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "channel_setting unsubscribe_error, registered_at and register_error"


def _nullable(default: None = None) -> dict:
    return {
        "default": default,
        "null": True,
        "primary_key": False,
        "unique": False,
        "index": False,
        "index_method": IndexMethod.btree,
        "choices": None,
        "db_column_name": None,
        "secret": False,
    }


async def forwards():
    # add-only and nullable; the next migration marks the WhatsApp numbers already in use
    # as registered, so only a connection never used is registered by its next save
    manager = MigrationManager(migration_id=ID, app_name="porosia", description=DESCRIPTION)
    for name, kind in (
        ("unsubscribe_error", Text),
        ("registered_at", Timestamptz),
        ("register_error", Text),
    ):
        manager.add_column(
            table_class_name="ChannelSetting",
            tablename="channel_setting",
            column_name=name,
            db_column_name=name,
            column_class_name=kind.__name__,
            column_class=kind,
            params=_nullable(),
            schema=None,
        )
    return manager
