from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine.finder import engine_finder

ID = "2026-11-27T09:01:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "WhatsApp connections that already sent or received count as registered"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="porosia", description=DESCRIPTION)

    async def mark_registered():
        # A number that has received webhooks or been sent from works on the Cloud API: it
        # was registered (or is a coexistence number). Marking it keeps the next save from
        # registering it again with a PIN the shop never chose. (A separate migration: raw
        # steps run before the columns of the same migration are added.)
        await engine_finder().run_ddl(
            "UPDATE channel_setting SET registered_at = COALESCE(last_send_at, last_webhook_at) "
            "WHERE plugin = 'whatsapp' AND registered_at IS NULL "
            "AND (last_send_at IS NOT NULL OR last_webhook_at IS NOT NULL)"
        )

    manager.add_raw(mark_registered)
    return manager
