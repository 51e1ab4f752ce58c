"""The ``porosia`` command."""

from __future__ import annotations

import argparse
import sys

from core.settings import Settings, SettingsError, load_settings


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="porosia", description="PorosiaIme: orders from DMs.")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="serve the platform (embedded default without URLs)")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8000)
    sub.add_parser("worker", help="run an arq worker process")
    sub.add_parser("migrate", help="apply database migrations")
    parse = sub.add_parser("parse", help="extract orders from a corpus file (FORMAT.md)")
    parse.add_argument("conversations")
    parse.add_argument("--catalogs", required=True)
    parse.add_argument("--workers", type=int, default=1)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "parse":
        from core.corpus import run as run_parse

        return run_parse(args.conversations, args.catalogs, args.workers)

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"porosia: {exc}", file=sys.stderr)
        return 2
    if args.command == "migrate":
        from core.runtime import migrate_command

        return migrate_command(settings)
    if args.command == "worker":
        return worker_command(settings)
    return run_command(settings, args.host, args.port)


def worker_command(settings: Settings) -> int:
    from core.runtime import configure_logging
    from workers.settings import run_standalone

    configure_logging()
    if settings.redis_url is None:
        print(
            "porosia: `porosia worker` needs REDIS_URL (the embedded default runs its "
            "worker inside `porosia run`)",
            file=sys.stderr,
        )
        return 2
    run_standalone()
    return 0


def run_command(settings: Settings, host: str, port: int) -> int:
    """Serve the platform; on the embedded default also Redis and the worker, in-process."""
    import asyncio
    import logging

    import uvicorn

    from core.redis import EmbeddedRedis
    from core.runtime import configure_logging, migrate
    from web.app import create_app
    from workers.settings import in_process_worker

    configure_logging()
    embedded = EmbeddedRedis(settings.var_dir) if settings.redis_url is None else None
    redis_url = settings.redis_url or embedded.url  # type: ignore[union-attr]
    try:
        asyncio.run(migrate(settings))
        worker = in_process_worker if settings.in_process_worker else None
        app = create_app(settings, redis_url, worker=worker)
        logging.getLogger("porosia").info(
            "PorosiaIme on http://%s:%s (%s)",
            host,
            port,
            "embedded default: SQLite, embedded Redis, in-process worker"
            if settings.embedded
            else "external database and Redis",
        )
        uvicorn.run(app, host=host, port=port, log_level="info")
    finally:
        if embedded is not None:
            embedded.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
