from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine.finder import engine_finder

ID = "2026-11-26T11:41:51:000000"
VERSION = "1.38.0"
DESCRIPTION = "composite unique keys and the order keyset index"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="porosia", description=DESCRIPTION)

    async def create_indexes():
        # Composite keys as portable SQL (the same on PostgreSQL and SQLite). Frozen here:
        # later index changes get their own migration.
        for name, table, columns, unique in (
            ("uq_channel_setting_tenant_plugin", "channel_setting", "tenant, plugin", True),
            ("uq_customer_contact", "customer", "tenant, channel, contact_id", True),
            ("uq_message_external", "message", "tenant, channel, external_id", True),
            ("uq_product_sku", "product", "tenant, sku", True),
            ("uq_inbound_external", "inbound_event", "tenant, channel, external_id", True),
            ("uq_outbox_key", "outbox", "tenant, key", True),
            ("ix_order_keyset", "shop_order", "tenant, created_at, id", False),
        ):
            kind = "UNIQUE INDEX" if unique else "INDEX"
            await engine_finder().run_ddl(
                f"CREATE {kind} IF NOT EXISTS {name} ON {table} ({columns})"
            )

    manager.add_raw(create_indexes)
    return manager
