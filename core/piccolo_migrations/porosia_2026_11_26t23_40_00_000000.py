from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import Integer
from piccolo.columns.indexes import IndexMethod

ID = "2026-11-26T23:40:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "tenant.catalog_version, bumped by every catalog write"


async def forwards():
    # add-only with a default: every existing tenant starts at version 0, which no worker
    # has cached yet
    manager = MigrationManager(migration_id=ID, app_name="porosia", description=DESCRIPTION)
    manager.add_column(
        table_class_name="Tenant",
        tablename="tenant",
        column_name="catalog_version",
        db_column_name="catalog_version",
        column_class_name="Integer",
        column_class=Integer,
        params={
            "default": 0,
            "null": False,
            "primary_key": False,
            "unique": False,
            "index": False,
            "index_method": IndexMethod.btree,
            "choices": None,
            "db_column_name": None,
            "secret": False,
        },
        schema=None,
    )
    return manager
