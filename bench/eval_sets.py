"""The labelled sets the bench scripts read: where they are, which are for tuning, and which
are validation sets that a script refuses unless told ``--validation`` (their figures are
taken once, at a session's start and end: see docs/parser.md)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/eval")
VALIDATION = frozenset({"dev4", "fresh", "fresh2", "dev38", "dev39"})


def tuning_sets() -> list[Path]:
    local = [ROOT / "eval" / "dev3"] + [ROOT / "eval" / f"dev{n}" for n in range(5, 38)]
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
