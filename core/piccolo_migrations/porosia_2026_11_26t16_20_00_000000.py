from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine.finder import engine_finder

ID = "2026-11-26T16:20:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "partial indexes for the reconciler's cross-tenant look-ups"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="porosia", description=DESCRIPTION)

    async def create_indexes():
        # Portable partial indexes (PostgreSQL and SQLite): the reconciler asks every 30 s for
        # inbox items still pending and conversations not yet parsed, across tenants; both are
        # few, while the tables only grow.
        for name, table, columns, where in (
            ("ix_inbound_pending_age", "inbound_event", "received_at", "status = 'pending'"),
            ("ix_conversation_unparsed", "conversation", "last_message_at", "parsed_at IS NULL"),
        ):
            await engine_finder().run_ddl(
                f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns}) WHERE {where}"
            )

    manager.add_raw(create_indexes)
    return manager
