"""The labelled sets the bench scripts read: where they are, which are for tuning, and which
are validation sets that a script refuses unless told ``--validation`` (their figures are
taken once, at a session's start and end: see docs/parser.md); and how the scripts parse a set
(the code path of ``porosia parse``) and load the shared scorer."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/eval")
VALIDATION = frozenset({"dev4", "fresh", "fresh2", "dev50", "dev51"})


def tuning_sets() -> list[Path]:
    local = [ROOT / "eval" / "dev3"] + [ROOT / "eval" / f"dev{n}" for n in range(5, 50)]
    return [SHARED / "dev", SHARED / "dev2", *local]


def set_folder(arg: str) -> Path:
    """A folder as given, or a set's short name ("dev10", "dev"): eval/NAME, then shared."""
    path = Path(arg)
    if path.exists() or "/" in arg:
        return path
    for base in (ROOT / "eval", SHARED):
        if (base / arg).is_dir():
            return base / arg
    return path


def is_validation(path: Path) -> bool:
    return path.resolve().name in VALIDATION or path.name in VALIDATION


def chosen_sets(names: list[str], validation: bool, prog: str) -> list[Path]:
    """The folders of the sets named (every tuning set when none is); a validation set among
    them ends the script (exit 2) unless ``validation``: the lead scores those, at a session's
    start and end."""
    folders = [set_folder(s) for s in names] or tuning_sets()
    refused = [str(f) for f in folders if is_validation(f)]
    if refused and not validation:
        print(
            f"{prog}: refusing validation set(s) {', '.join(refused)} (--validation)",
            file=sys.stderr,
        )
        raise SystemExit(2)
    return folders


def load_scorer(path: Path) -> ModuleType:
    """The shared scorer (``/work/shared/eval/score.py``) as a module."""
    spec = importlib.util.spec_from_file_location("porosia_shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(conversations: Path, catalogs: dict[str, Any], workers: int) -> list[dict[str, Any]]:
    """The predictions of ``porosia parse`` for a conversations file (``core.corpus``: the
    plugin host's ``extracted_order`` façade), in the input order."""
    from core.corpus import parse_jobs, read_jobs

    jobs = read_jobs(str(conversations), catalogs)
    buf = io.StringIO()
    parse_jobs(jobs, catalogs, buf, workers)
    return [json.loads(line) for line in buf.getvalue().splitlines() if line.strip()]
