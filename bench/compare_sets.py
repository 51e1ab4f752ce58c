"""Score the labelled sets with this tree's parser and compare two runs conversation by
conversation: the loop a parser change is checked with ("no conversation turned wrong").

Run from the repository root:

    .venv/bin/python bench/compare_sets.py predict OUT [SET ...] [--base DIR] [--workers N]
    .venv/bin/python bench/compare_sets.py diff BASE NEW [SET ...]
    .venv/bin/python bench/compare_sets.py wrong OUT [SET ...] [--counts]

A SET is a corpus folder or a set's short name (``dev10``, ``dev``); without any, every tuning
set (``bench/eval_sets.py``).

- ``predict`` parses each set through the code path of ``porosia parse`` and writes
  ``OUT/NAME.pred.jsonl`` and the scorer's report ``OUT/NAME.json``; one line per set (detection
  F1, items, order_exact), beside the same figures of ``--base DIR`` (an earlier ``predict``
  output, e.g. of the session's start tree) when given.
- ``diff`` lists the conversations whose prediction changed between two ``predict`` outputs:
  ``+`` turned right, ``-`` turned wrong (with the scorer's reason), ``~`` changed and still
  right or still wrong; it exits 1 when any turned wrong.
- ``wrong`` lists a run's wrong conversations with the scorer's reason and, for items, what
  differs: a ``missing`` or ``extra`` line, a wrong ``qty`` or ``variant`` of a right product.
  With ``--counts`` it prints only each set's tally (wrong conversations, missed and false
  orders, wrong fields, item lines missing or extra, quantities and variants wrong) and names no
  conversation: the one view of a validation set's faults besides its score.

The validation sets are refused by name unless ``--validation`` is given (the lead scores them
at a session's start and end, with ``predict`` and ``wrong --counts`` only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval_sets import SHARED, chosen_sets, is_validation, load_scorer, predict  # noqa: E402

from core.corpus import load_catalogs  # noqa: E402


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _verdict(scorer: ModuleType, conv: dict[str, Any], pred: dict[str, Any] | None) -> str:
    """ "" when the prediction is right, else the scorer's reason ("fields: items", ...)."""
    _report, errors = scorer.score([conv], {conv["id"]: pred} if pred else {})
    return errors[0][1] if errors else ""


def _figures(report: dict[str, Any]) -> str:
    f1 = report["detection"]["f1"]
    items = report["field_accuracy_on_detected"]["items"]
    return f"f1 {f1:.3f} items {items:.3f} exact {report['order_exact']:.3f}"


def run_predict(
    folders: list[Path], out: Path, base: Path | None, scorer: ModuleType, workers: int
) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for folder in folders:
        preds = predict(
            folder / "conversations.jsonl", load_catalogs(str(folder / "catalogs.json")), workers
        )
        lines = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds)
        (out / f"{folder.name}.pred.jsonl").write_text(lines, encoding="utf-8")
        labelled = scorer.load_jsonl(str(folder / "conversations.jsonl"))
        report, _errors = scorer.score(labelled, {p["id"]: p for p in preds})
        (out / f"{folder.name}.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
        row = f"{folder.name:<8} {_figures(report)}"
        if base is not None and (base / f"{folder.name}.json").exists():
            before = json.loads((base / f"{folder.name}.json").read_text(encoding="utf-8"))
            row += f"   base {_figures(before)}"
        print(row, flush=True)
    return 0


def run_diff(folders: list[Path], base: Path, new: Path, scorer: ModuleType) -> int:
    right = wrong = 0
    for folder in folders:
        old = {p["id"]: p for p in _jsonl(base / f"{folder.name}.pred.jsonl")}
        now = {p["id"]: p for p in _jsonl(new / f"{folder.name}.pred.jsonl")}
        for conv in _jsonl(folder / "conversations.jsonl"):
            cid = conv["id"]
            if old.get(cid) == now.get(cid):
                continue
            was, is_ = _verdict(scorer, conv, old.get(cid)), _verdict(scorer, conv, now.get(cid))
            if bool(was) == bool(is_):
                print(f"~ {cid} (changed, still {'wrong: ' + is_ if is_ else 'right'})")
            elif is_:
                wrong += 1
                print(f"- {cid}  {is_}")
            else:
                right += 1
                print(f"+ {cid}")
    print(f"turned right {right}, turned wrong {wrong}")
    return 1 if wrong else 0


def _item_faults(conv: dict[str, Any], pred: dict[str, Any]) -> list[str]:
    want = {i["product"]: (i["quantity"], i.get("variant")) for i in conv["expected"]["items"]}
    got = {i["product"]: (i.get("quantity"), i.get("variant")) for i in pred.get("items") or ()}
    faults = ["missing"] * bool(want.keys() - got.keys()) + ["extra"] * bool(
        got.keys() - want.keys()
    )
    for product in want.keys() & got.keys():
        faults += ["qty"] * (want[product][0] != got[product][0])
        faults += ["variant"] * (want[product][1] != got[product][1])
    return faults


def _fault_counts(conv: dict[str, Any], pred: dict[str, Any] | None, why: str) -> Counter[str]:
    """What a wrong prediction gets wrong, counted: a missed or false order, or each wrong
    field, with the item lines missing or extra and the quantities and variants wrong."""
    if not why.startswith("fields:"):
        return Counter([why.split(":")[0].strip()])
    faults = Counter(f.strip() for f in why.split(":", 1)[1].split(","))
    if "items" in faults and pred is not None:
        want = {i["product"]: (i["quantity"], i.get("variant")) for i in conv["expected"]["items"]}
        got = {i["product"]: (i.get("quantity"), i.get("variant")) for i in pred.get("items") or ()}
        faults["line missing"] += len(want.keys() - got.keys())
        faults["line extra"] += len(got.keys() - want.keys())
        for product in want.keys() & got.keys():
            faults["line qty"] += want[product][0] != got[product][0]
            faults["line variant"] += want[product][1] != got[product][1]
    return faults


def run_wrong(folders: list[Path], out: Path, scorer: ModuleType, counts: bool = False) -> int:
    """Each wrong conversation with its reason; with ``counts``, only each set's tally of the
    faults (no conversation named: the one view of a validation set beside its score)."""
    tally: Counter[str] = Counter()
    for folder in folders:
        preds = {p["id"]: p for p in _jsonl(out / f"{folder.name}.pred.jsonl")}
        per_set: Counter[str] = Counter()
        convs = _jsonl(folder / "conversations.jsonl")
        for conv in convs:
            pred = preds.get(conv["id"])
            why = _verdict(scorer, conv, pred)
            if not why:
                continue
            per_set["wrong"] += 1
            per_set.update(_fault_counts(conv, pred, why))
            if not counts:
                faults = _item_faults(conv, pred) if "items" in why and pred else []
                tally.update(faults or [why])
                print(conv["id"], why, " ".join(faults))
        if counts:
            rest = ", ".join(f"{k} {n}" for k, n in per_set.most_common() if n and k != "wrong")
            print(f"{folder.name:<8} wrong {per_set['wrong']}/{len(convs)}: {rest}")
    if not counts:
        print(", ".join(f"{k} {n}" for k, n in tally.most_common()))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_predict = sub.add_parser("predict", help="parse and score the sets into OUT")
    p_predict.add_argument("out", type=Path)
    p_predict.add_argument("--base", type=Path, help="an earlier predict OUT to show beside")
    p_predict.add_argument("--workers", type=int, default=1, help="parser processes (default 1)")
    p_diff = sub.add_parser("diff", help="conversations turned right or wrong from BASE to NEW")
    p_diff.add_argument("base", type=Path)
    p_diff.add_argument("new", type=Path)
    p_wrong = sub.add_parser("wrong", help="a predict OUT's wrong conversations and why")
    p_wrong.add_argument("out", type=Path)
    p_wrong.add_argument(
        "--counts", action="store_true", help="only each set's tally of faults, no conversation"
    )
    for p in (p_predict, p_diff, p_wrong):
        p.add_argument("sets", nargs="*", help="corpus folders (default: every tuning set)")
        p.add_argument("--score", type=Path, default=SHARED / "score.py", help="the scorer")
        p.add_argument("--validation", action="store_true", help="allow the validation sets")
    args = parser.parse_args(argv)
    folders = chosen_sets(args.sets, args.validation, "compare_sets")
    scorer = load_scorer(args.score)
    if args.command == "predict":
        return run_predict(folders, args.out, args.base, scorer, max(1, args.workers))
    if args.command == "diff":
        return run_diff(folders, args.base, args.new, scorer)
    if args.command == "wrong" and not args.counts:
        refused = [f.name for f in folders if is_validation(f)]
        if refused:
            print(
                "compare_sets: a validation set's faults are shown with --counts only:",
                ", ".join(refused),
                file=sys.stderr,
            )
            return 2
    return run_wrong(folders, args.out, scorer, args.counts)


if __name__ == "__main__":
    sys.exit(main())
