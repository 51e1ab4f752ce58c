"""The ``porosia`` command."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path
from typing import Any

from core.settings import Settings, SettingsError, load_settings


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="porosia", description="PorosiaIme: orders from DMs.")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="serve the platform (embedded default without URLs)")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8000)
    run.add_argument(
        "--fake-meta",
        action="store_true",
        help="send through a local fake of Meta's Graph API (demo; see GET {fake}/_sent)",
    )
    sub.add_parser("worker", help="run an arq worker process")
    sub.add_parser("migrate", help="apply database migrations")
    parse = sub.add_parser("parse", help="extract orders from a corpus file (FORMAT.md)")
    parse.add_argument("conversations")
    parse.add_argument("--catalogs", required=True)
    parse.add_argument("--workers", type=int, default=1)
    _simulate_parser(sub)
    return p


def _simulate_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sim = sub.add_parser(
        "simulate", help="post signed Meta webhooks (conversations) to a running instance"
    )
    sim.add_argument("--url", default="http://127.0.0.1:8000", help="the running platform")
    sim.add_argument("--email", required=True, help="the shop owner's login")
    sim.add_argument(
        "--password",
        default=os.environ.get("POROSIA_PASSWORD"),
        help="the owner's password (default: $POROSIA_PASSWORD)",
    )
    source = sim.add_mutually_exclusive_group()
    source.add_argument(
        "--conversations",
        type=Path,
        help="corpus JSONL (default: ../shared/eval/dev/conversations.jsonl if present, "
        "else a built-in demo shop)",
    )
    source.add_argument(
        "--demo", action="store_true", help="replay the small built-in demo shop (3 chats)"
    )
    sim.add_argument("--catalogs", type=Path, help="catalogs JSON (default: beside the file)")
    sim.add_argument("--catalog-id", help="which catalog to upload (default: the most used)")
    sim.add_argument("--limit", type=_positive, help="replay at most N conversations")
    sim.add_argument(
        "--channel", choices=("whatsapp", "instagram"), help="send every conversation here"
    )
    sim.add_argument("--batch", type=_positive, default=1, help="messages per webhook POST")
    sim.add_argument("--redeliver", action="store_true", help="POST every body twice")
    sim.add_argument("--app-secret", help="the app secret of an existing (non-demo) connection")
    sim.add_argument(
        "--wait", type=float, default=90.0, help="seconds to wait at most for orders (default 90)"
    )


def _positive(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer (got {raw!r})")
    return value


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "parse":
        from core.corpus import run as run_parse

        return run_parse(args.conversations, args.catalogs, args.workers)
    if args.command == "simulate":
        return simulate_command(args)

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
    return run_command(settings, args.host, args.port, args.fake_meta)


def simulate_command(args: argparse.Namespace) -> int:
    from core.simulate.run import Options, simulate
    from core.simulate.shop import SimulateError
    from core.simulate.traffic import TrafficError

    if not args.password:
        print("porosia simulate: --password (or $POROSIA_PASSWORD) is required", file=sys.stderr)
        return 2
    opts = Options(
        url=args.url,
        email=args.email,
        password=args.password,
        conversations=args.conversations,
        catalogs=args.catalogs,
        catalog_id=args.catalog_id,
        limit=args.limit,
        channel=args.channel,
        batch=args.batch,
        redeliver=args.redeliver,
        app_secret=args.app_secret,
        wait=args.wait,
        demo=args.demo,
    )
    try:
        return simulate(opts, say=lambda line: print(line, flush=True))
    except TrafficError as exc:
        print(f"porosia simulate: {exc}", file=sys.stderr)
        return 2
    except SimulateError as exc:
        print(f"porosia simulate: {exc}", file=sys.stderr)
        return 1


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


def with_fake_meta(settings: Settings) -> tuple[Settings, Any]:
    """Start the local fake Graph API and point both channels' send URLs at it."""
    from core.fakemeta import FakeMeta

    fake = FakeMeta().start()
    patched = dataclasses.replace(
        settings, meta_graph_url=fake.graph_url, instagram_graph_url=fake.instagram_url
    )
    return patched, fake


def run_command(settings: Settings, host: str, port: int, fake_meta: bool = False) -> int:
    """Serve the platform; on the embedded default also Redis and the worker, in-process."""
    import asyncio
    import logging

    import uvicorn

    from core.redis import EmbeddedRedis
    from core.runtime import configure_logging, migrate
    from web.app import create_app
    from workers.settings import in_process_worker

    configure_logging()
    fake = None
    if fake_meta:
        settings, fake = with_fake_meta(settings)
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
        if fake is not None:
            logging.getLogger("porosia").warning(
                "--fake-meta: messages to customers go to a local fake of Meta's Graph API "
                "(nothing reaches Meta); what was sent: GET %s/_sent",
                fake.url,
            )
            if not settings.in_process_worker:  # the sends happen in the worker processes
                logging.getLogger("porosia").warning(
                    "--fake-meta: separate `porosia worker` processes need META_GRAPH_URL=%s "
                    "and INSTAGRAM_GRAPH_URL=%s to send to the fake",
                    fake.graph_url,
                    fake.instagram_url,
                )
        uvicorn.run(app, host=host, port=port, log_level="info")
    finally:
        if embedded is not None:
            embedded.shutdown()
        if fake is not None:
            fake.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
