from pathlib import Path

from piccolo.conf.apps import AppConfig

from core.tables import ALL_TABLES

APP_CONFIG = AppConfig(
    app_name="porosia",
    migrations_folder_path=str(Path(__file__).parent / "piccolo_migrations"),
    table_classes=list(ALL_TABLES),
    migration_dependencies=[],
    commands=[],
)
