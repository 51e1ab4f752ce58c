from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine.finder import engine_finder

ID = "2026-11-26T12:30:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "one conversation per customer; pending inbox lookups"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="porosia", description=DESCRIPTION)

    async def create_indexes():
        for statement in (
            "CREATE UNIQUE INDEX IF NOT EXISTS uq_conversation_customer"
            " ON conversation (tenant, customer)",
            "CREATE INDEX IF NOT EXISTS ix_inbound_pending"
            " ON inbound_event (tenant, channel, contact_id, status)",
        ):
            await engine_finder().run_ddl(statement)

    manager.add_raw(create_indexes)
    return manager
