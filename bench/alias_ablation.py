"""Alias ablation: how much the parser leans on the catalog writers' aliases.

Run from the repository root:

    .venv/bin/python bench/alias_ablation.py [SET ...] [--workers N] [--out DIR] [--validation]

A SET is a corpus folder holding ``conversations.jsonl`` and ``catalogs.json`` (e.g.
``eval/dev10`` or ``/work/shared/eval/dev``) or a set's short name (``dev10``, ``dev``);
without any, every tuning set is run (``tuning_sets()`` in ``bench/eval_sets.py``).

For each set it parses the conversations twice through the same code path as ``porosia parse``
(``core.corpus``: the plugin host's ``extracted_order`` façade, one catalog object per id):
once with the set's catalogs as written, once with a copy of them in which every product's
``aliases`` is emptied (names, prices and variants untouched). Both prediction files are scored
with the shared scorer (``/work/shared/eval/score.py``, or ``--score``), and one line per set
prints order_exact and the items accuracy on detected orders for the normal and the stripped
catalogs, with a mean over the sets at the end. ``--out DIR`` also writes each set's
predictions (``NAME.normal.jsonl``, ``NAME.stripped.jsonl``) and stripped catalogs
(``NAME.catalogs_stripped.json``) there, to compare them line by line.

Deterministic (the parser has no randomness; ``--workers`` keeps the input order) and offline:
no network, nothing written outside ``--out``.

The validation sets (``VALIDATION`` in ``bench/eval_sets.py``) are refused by name unless
``--validation`` is given: they are scored by the lead, at a session's start and end.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval_sets import SHARED, chosen_sets, load_scorer, predict  # noqa: E402

from core.corpus import load_catalogs  # noqa: E402


def strip_aliases(catalogs: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(catalogs)
    for cat in out.values():
        for product in cat.get("products") or ():
            if isinstance(product, dict):
                product["aliases"] = []
    return out


def run_set(
    folder: Path, scorer: ModuleType, workers: int, out: Path | None
) -> dict[str, dict[str, float]]:
    conversations = folder / "conversations.jsonl"
    catalogs = load_catalogs(str(folder / "catalogs.json"))
    labelled = scorer.load_jsonl(str(conversations))
    result: dict[str, dict[str, float]] = {}
    for mode, cats in (("normal", catalogs), ("stripped", strip_aliases(catalogs))):
        preds = predict(conversations, cats, workers)
        report, _errors = scorer.score(labelled, {p["id"]: p for p in preds})
        result[mode] = {
            "order_exact": report["order_exact"],
            "items": report["field_accuracy_on_detected"]["items"],
            "orders": report["orders"],
        }
        if out is not None:
            (out / f"{folder.name}.{mode}.jsonl").write_text(
                "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8"
            )
            if mode == "stripped":
                (out / f"{folder.name}.catalogs_stripped.json").write_text(
                    json.dumps(cats, ensure_ascii=False, indent=1), encoding="utf-8"
                )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", help="corpus folders (default: every tuning set)")
    parser.add_argument("--workers", type=int, default=1, help="parser processes (default 1)")
    parser.add_argument("--out", type=Path, help="write predictions and stripped catalogs here")
    parser.add_argument("--score", type=Path, default=SHARED / "score.py", help="the scorer")
    parser.add_argument(
        "--validation", action="store_true", help="allow the validation sets (lead only, once)"
    )
    args = parser.parse_args(argv)
    folders = chosen_sets(args.sets, args.validation, "alias_ablation")
    scorer = load_scorer(args.score)
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
    head = f"{'normal exact':>12} {'items':>6}  {'stripped exact':>14} {'items':>6}"
    print(f"{'set':<8} {'orders':>6}  {head}")
    sums = {"normal": 0.0, "stripped": 0.0}
    for folder in folders:
        r = run_set(folder, scorer, max(1, args.workers), args.out)
        n, s = r["normal"], r["stripped"]
        sums["normal"] += n["order_exact"]
        sums["stripped"] += s["order_exact"]
        print(
            f"{folder.name:<8} {int(n['orders']):>6}  {n['order_exact']:>12.3f} {n['items']:>6.3f}"
            f"  {s['order_exact']:>14.3f} {s['items']:>6.3f}",
            flush=True,
        )
    k = len(folders)
    mean_n, mean_s = sums["normal"] / k, sums["stripped"] / k
    print(f"{'mean':<8} {'':>6}  {mean_n:>12.3f} {'':>6}  {mean_s:>14.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
