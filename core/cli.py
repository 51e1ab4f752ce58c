"""The ``porosia`` command."""

from __future__ import annotations

import argparse
import sys


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
    from core.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"porosia: {exc}", file=sys.stderr)
        return 2
    if args.command == "migrate":
        from core.runtime import migrate_command

        return migrate_command(settings)
    if args.command == "worker":
        from core.runtime import worker_command

        return worker_command(settings)
    from core.runtime import run_command

    return run_command(settings, args.host, args.port)


if __name__ == "__main__":
    raise SystemExit(main())
