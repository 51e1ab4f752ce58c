"""How well ``ExtractedOrder.guessed`` (plugins/parser_rules/guessed.py) flags orders.

Run from the repository root (deterministic, no network):

    .venv/bin/python bench/signal_guessed.py                 # every tuning set
    .venv/bin/python bench/signal_guessed.py dev3 dev7       # some sets (names or folders)
    .venv/bin/python bench/signal_guessed.py --show 20       # also print flags on right orders
    .venv/bin/python bench/signal_guessed.py --dump /tmp/x   # also write every order as JSON

A set is a folder with conversations.jsonl + catalogs.json (/work/shared/eval/FORMAT.md); a bare
name is looked up in eval/ and then in /work/shared/eval/. Validation sets (eval/dev4, fresh,
fresh2, dev24 ... dev27) are refused unless ``--validation`` is given.

Figures, per set and overall:

1. false alarms: among the labelled orders the parser gets exactly right (items equal as a
   multiset of (sku, quantity, variant lower-cased)), the share with any ``guessed`` entry, and
   the share with any doubt at all (``total_matches is False``, ``unrecognised`` or ``guessed``);
2. catch rate on simulated misses: for each labelled order with a catalog and each distinct
   product of its expected items whose words the full-catalog run locates (the evidence span of
   that product's line), the parser is run again with that product removed from the catalog.
   ``read`` runs are those whose words went to another product's line (``unrecognised`` cannot
   flag them); ``caught`` is the share of read runs whose ``guessed`` has a span overlapping the
   words; ``both`` is the share of all runs where ``unrecognised`` or ``guessed`` overlaps them;
3. orders the parser gets wrong (labelled orders, items not equal): how many carry a
   ``guessed`` entry, and how many carry any doubt.

``--dump DIR`` writes, per set, every conversation's full ExtractedOrder without the ``guessed``
field (``DIR/<set>.jsonl``), so two trees can be compared byte for byte.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.corpus import COUNTRY_OF_CURRENCY, catalog_from_json, messages_from_json  # noqa: E402
from core.plugin_api import Catalog, ExtractedOrder, ParseContext  # noqa: E402
from plugins.parser_rules.extract import extract  # noqa: E402

SHARED = Path("/work/shared/eval")
TUNING = ("dev", "dev2", *(f"dev{k}" for k in range(3, 24) if k != 4))
VALIDATION = frozenset(["dev4", "fresh", "fresh2", "dev24", "dev25", "dev26", "dev27"])


def folder_of(name: str) -> Path:
    p = Path(name)
    if p.is_dir():
        return p.resolve()
    for base in (ROOT / "eval", SHARED):
        if (base / name).is_dir():
            return base / name
    raise SystemExit(f"no such set: {name}")


def items_key(items: list[dict[str, Any]]) -> Counter[tuple[str, int, str]]:
    return Counter(
        (str(i["product"]), int(i["quantity"]), str(i.get("variant") or "").lower()) for i in items
    )


def _json(o: Any) -> Any:
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(type(o))


def _context(messages: list[Any], f: Any) -> str:
    """A flag with the words around it: ``m2: …dhe [[fletore]] te medha …``."""
    text = messages[f.message_index].text
    around = f"{text[max(0, f.start - 40) : f.start]}[[{f.text}]]{text[f.end : f.end + 30]}"
    return f"m{f.message_index}: …{' '.join(around.split())}…"


def overlaps(flags: list[Any], message: int, start: int, end: int) -> bool:
    return any(f.message_index == message and f.start < end and start < f.end for f in flags)


def dump_line(conv_id: str, order: ExtractedOrder) -> str:
    d = dataclasses.asdict(order)
    d.pop("guessed", None)
    return json.dumps({"id": conv_id, **d}, ensure_ascii=False, sort_keys=True, default=_json)


def doubts(order: ExtractedOrder) -> bool:
    return order.total_matches is False or bool(order.unrecognised) or bool(order.guessed)


class SetResult:
    def __init__(self, name: str) -> None:
        self.name = name
        self.right = self.right_flagged = self.right_doubt = 0
        self.wrong = self.wrong_flagged = self.wrong_doubt = 0
        self.runs = self.read = self.read_caught = self.both = 0
        self.shown: list[str] = []


def run_set(name: str, show: int, dump: Path | None) -> SetResult:
    folder = folder_of(name)
    res = SetResult(name)
    raw_cats = json.loads((folder / "catalogs.json").read_text(encoding="utf-8"))
    catalogs = {cid: catalog_from_json(c, cid) for cid, c in raw_cats.items()}
    out = []
    for line in (folder / "conversations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        conv = json.loads(line)
        cat_id = conv.get("catalog")
        catalog = catalogs[cat_id] if cat_id else Catalog()
        ctx = ParseContext(
            channel=str(conv.get("channel") or "whatsapp"),
            country=COUNTRY_OF_CURRENCY.get(catalog.currency, "AL"),
            currency=catalog.currency,
        )
        messages = messages_from_json(conv["messages"])
        order = extract(messages, catalog, ctx)
        if dump is not None:
            out.append(dump_line(conv["id"], order))
        exp = conv.get("expected") or {}
        if not exp.get("is_order"):
            continue
        got = [
            {"product": i.product or i.name, "quantity": i.quantity, "variant": i.variant}
            for i in order.items
        ]
        right = order.is_order and items_key(got) == items_key(exp["items"])
        if right:
            res.right += 1
            res.right_flagged += bool(order.guessed)
            res.right_doubt += doubts(order)
            if order.guessed and len(res.shown) < show:
                said = "; ".join(
                    f"{_context(messages, f)} -> {it.name}"
                    for f in order.guessed
                    for it in order.items
                    if it.evidence == f
                )
                res.shown.append(f"{conv['id']}: {said}")
        else:
            res.wrong += 1
            res.wrong_flagged += bool(order.guessed)
            res.wrong_doubt += doubts(order)
        if not cat_id:
            continue
        for sku in sorted({str(i["product"]) for i in exp["items"]}):
            where = next((i.evidence for i in order.items if i.product == sku and i.evidence), None)
            if where is None:
                continue
            fewer = dataclasses.replace(
                catalog, products=tuple(p for p in catalog.products if p.sku != sku)
            )
            sim = extract(messages, fewer, ctx)
            at = (where.message_index, where.start, where.end)
            hit = overlaps(sim.guessed, *at)
            read = any(i.evidence is not None and overlaps([i.evidence], *at) for i in sim.items)
            res.runs += 1
            res.read += read
            res.read_caught += read and hit
            res.both += hit or overlaps(sim.unrecognised, *at)
    if dump is not None:
        dump.mkdir(parents=True, exist_ok=True)
        (dump / f"{name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    return res


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}%" if b else "    -"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("sets", nargs="*", help="set names or folders (default: every tuning set)")
    ap.add_argument("--validation", action="store_true", help="allow validation sets")
    ap.add_argument("--show", type=int, default=0, help="print up to N flags on right orders")
    ap.add_argument("--dump", type=Path, default=None, help="write every order to DIR/<set>.jsonl")
    args = ap.parse_args(argv)
    names = args.sets or list(TUNING)
    for n in names:
        if Path(n).name in VALIDATION and not args.validation:
            print(f"refusing validation set {n!r} (use --validation)", file=sys.stderr)
            return 2
    total = SetResult("all")
    print(
        f"{'set':8} {'right':>5} {'guessed':>13} {'any doubt':>13} {'wrong':>5} "
        f"{'guessed':>13} {'any doubt':>13} {'runs':>5} {'read':>5} {'caught':>7} {'both':>7}"
    )
    for n in names:
        r = run_set(n, args.show, args.dump)
        for f in vars(total):
            if f not in ("name", "shown"):
                setattr(total, f, getattr(total, f) + getattr(r, f))
        _row(r)
        for s in r.shown:
            print("    " + s)
    _row(total)
    return 0


def _row(r: SetResult) -> None:
    print(
        f"{r.name:8} {r.right:5} {r.right_flagged:4} = {pct(r.right_flagged, r.right):>6} "
        f"{r.right_doubt:4} = {pct(r.right_doubt, r.right):>6} "
        f"{r.wrong:5} {r.wrong_flagged:4} = {pct(r.wrong_flagged, r.wrong):>6} "
        f"{r.wrong_doubt:4} = {pct(r.wrong_doubt, r.wrong):>6} "
        f"{r.runs:5} {r.read:5} {pct(r.read_caught, r.read):>7} {pct(r.both, r.runs):>7}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
