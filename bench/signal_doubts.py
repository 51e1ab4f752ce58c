"""How well the parser's doubts flag the orders it gets wrong: ``total_matches is False``
(totals.py), ``unrecognised`` (unrecognised.py), ``guessed`` (guessed.py) and ``uncertain``
(uncertain_counts.py), the kinds the order page lists and that hold a confirmation
(core/services/review.py).

Run from the repository root (deterministic, no network):

    .venv/bin/python bench/signal_doubts.py                    # every tuning set
    .venv/bin/python bench/signal_doubts.py dev3 dev7          # some sets (names or folders)
    .venv/bin/python bench/signal_doubts.py --show guessed 20  # also print flags on right orders
    .venv/bin/python bench/signal_doubts.py --dump /tmp/x      # also write every order as JSON

A set is a folder with conversations.jsonl + catalogs.json (/work/shared/eval/FORMAT.md); a bare
name is looked up in eval/ and then in /work/shared/eval/. Validation sets (``VALIDATION``
in bench/eval_sets.py) are refused unless ``--validation`` is given.

Figures, per set and overall:

1. on the labelled orders the parser gets exactly right (items equal as a multiset of (sku,
   quantity, variant lower-cased)): how many carry each kind of doubt, and any doubt (false
   alarms: the merchant is asked to check a right order);
2. on the labelled orders it gets wrong: the same counts (what the merchant is told to check);
   ``c/s`` the wrong orders whose products are right but whose counts or lines are not (a
   wrong count, two variants read as one or one as two), ``c/s+`` how many of those any doubt
   flags and ``c/s1`` how many only ``uncertain`` flags (no other doubt);
3. simulated misses: for each labelled order with a catalog and each distinct product of its
   expected items whose words the full-catalog run locates (the evidence span of that product's
   line), the parser runs again with that product removed from the catalog, as on a shop whose
   catalog does not know the customer's words. ``unread`` runs leave the words in no line;
   ``unrec`` is the share of those that ``unrecognised`` flags (a span overlapping the words).
   ``read`` runs give the words to another product's line; ``guess`` is the share of those that
   ``guessed`` flags. ``either`` is the share of all runs flagged by one or the other.

``--dump DIR`` writes, per set, every conversation's full ExtractedOrder without the
``unrecognised``, ``guessed`` and ``uncertain`` fields (``DIR/<set>.jsonl``), so two trees can be
compared byte for byte (a change to a signal must leave everything else as it was).
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

from eval_sets import chosen_sets  # noqa: E402

from core.corpus import COUNTRY_OF_CURRENCY, catalog_from_json, messages_from_json  # noqa: E402
from core.plugin_api import Catalog, Evidence, ExtractedOrder, ParseContext  # noqa: E402
from plugins.parser_rules.extract import extract  # noqa: E402

KINDS = ("total", "unrecognised", "guessed", "uncertain")
SIGNALS = ("unrecognised", "guessed", "uncertain")  # the ExtractedOrder fields that only flag


def items_key(items: list[dict[str, Any]]) -> Counter[tuple[str, int, str]]:
    return Counter(
        (str(i["product"]), int(i["quantity"]), str(i.get("variant") or "").lower()) for i in items
    )


def flags(order: ExtractedOrder) -> dict[str, bool]:
    found = {"total": order.total_matches is False}
    found.update({kind: bool(getattr(order, kind)) for kind in SIGNALS})
    return {**found, "any": any(found.values())}


def overlaps(spans: list[Evidence], at: tuple[int, int, int]) -> bool:
    message, start, end = at
    return any(f.message_index == message and f.start < end and start < f.end for f in spans)


def _json(o: Any) -> Any:
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(type(o))


def dump_line(conv_id: str, order: ExtractedOrder) -> str:
    d = dataclasses.asdict(order)
    for kind in SIGNALS:
        d.pop(kind, None)
    return json.dumps({"id": conv_id, **d}, ensure_ascii=False, sort_keys=True, default=_json)


def _context(messages: list[Any], f: Evidence) -> str:
    """A flag with the words around it: ``m2: …dhe 3 [[krifle]] …``."""
    text = messages[f.message_index].text
    around = f"{text[max(0, f.start - 40) : f.start]}[[{f.text}]]{text[f.end : f.end + 30]}"
    return f"m{f.message_index}: …{' '.join(around.split())}…"


def run_set(
    folder: Path, show: tuple[str, int], dump: Path | None
) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    shown: list[str] = []
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
        side = "right" if order.is_order and items_key(got) == items_key(exp["items"]) else "wrong"
        counts[side] += 1
        found = flags(order)
        counts.update(f"{side} {kind}" for kind, on in found.items() if on)
        if side == "wrong" and order.is_order and _counts_or_lines(got, exp["items"]):
            counts["c/s"] += 1
            counts["c/s+"] += found["any"]
            others = any(on for kind, on in found.items() if kind not in ("uncertain", "any"))
            counts["c/s1"] += found["uncertain"] and not others
        kind, most = show
        if side == "right" and kind in SIGNALS and getattr(order, kind) and len(shown) < most:
            said = "; ".join(_context(messages, f) for f in getattr(order, kind))
            shown.append(f"{conv['id']}: {said}")
        if cat_id:
            _simulate(counts, messages, catalog, ctx, order, exp)
    if dump is not None:
        dump.mkdir(parents=True, exist_ok=True)
        (dump / f"{folder.name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    return counts, shown


def _counts_or_lines(got: list[dict[str, Any]], exp: list[dict[str, Any]]) -> bool:
    """The same products, but other counts or lines: a count read wrong, two variants read as
    one line or one as two."""
    products = {str(i["product"]) for i in got}
    if products != {str(i["product"]) for i in exp}:
        return False
    pv_got = {(str(i["product"]), str(i.get("variant") or "").lower()) for i in got}
    pv_exp = {(str(i["product"]), str(i.get("variant") or "").lower()) for i in exp}
    return pv_got == pv_exp or len(got) != len(exp)


def _simulate(
    counts: Counter[str],
    messages: list[Any],
    catalog: Catalog,
    ctx: ParseContext,
    order: ExtractedOrder,
    exp: dict[str, Any],
) -> None:
    """Each ordered product dropped from the catalog in turn: are its words flagged?"""
    for sku in sorted({str(i["product"]) for i in exp["items"]}):
        where = next((i.evidence for i in order.items if i.product == sku and i.evidence), None)
        if where is None:
            continue
        fewer = dataclasses.replace(
            catalog, products=tuple(p for p in catalog.products if p.sku != sku)
        )
        sim = extract(messages, fewer, ctx)
        at = (where.message_index, where.start, where.end)
        read = any(i.evidence is not None and overlaps([i.evidence], at) for i in sim.items)
        unrec, guess = overlaps(sim.unrecognised, at), overlaps(sim.guessed, at)
        counts["runs"] += 1
        counts["read" if read else "unread"] += 1
        counts["read guess" if read else "unread unrec"] += guess if read else unrec
        counts["either"] += unrec or guess


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}%" if b else "    -"


def _row(name: str, c: Counter[str]) -> str:
    sides = " ".join(
        f"{c[side]:5} " + " ".join(f"{c[f'{side} {k}']:4}" for k in (*KINDS, "any"))
        for side in ("right", "wrong")
    )
    sides += f" {c['c/s']:4} {c['c/s+']:4} {c['c/s1']:4}"
    sim = (
        f"{c['runs']:5} {c['unread']:6} {pct(c['unread unrec'], c['unread']):>6} "
        f"{c['read']:5} {pct(c['read guess'], c['read']):>6} {pct(c['either'], c['runs']):>6}"
    )
    return f"{name:8} {sides}   {sim}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("sets", nargs="*", help="set names or folders (default: every tuning set)")
    ap.add_argument("--validation", action="store_true", help="allow validation sets")
    ap.add_argument(
        "--show",
        nargs=2,
        metavar=("KIND", "N"),
        default=("", "0"),
        help="print up to N flags of KIND (unrecognised, guessed, uncertain) on right orders",
    )
    ap.add_argument("--dump", type=Path, default=None, help="write every order to DIR/<set>.jsonl")
    args = ap.parse_args(argv)
    folders = chosen_sets(args.sets, args.validation, "signal_doubts")
    heads = " ".join(f"{k[:5]:>4}" for k in (*KINDS, "any"))
    print(
        f"{'set':8} {'right':>5} {heads} {'wrong':>5} {heads} {'c/s':>4} {'c/s+':>4} {'c/s1':>4}   "
        f"{'runs':>5} {'unread':>6} {'unrec':>6} {'read':>5} {'guess':>6} {'either':>6}"
    )
    total: Counter[str] = Counter()
    for folder in folders:
        counts, shown = run_set(folder, (args.show[0], int(args.show[1])), args.dump)
        total.update(counts)
        print(_row(folder.name, counts))
        for s in shown:
            print("    " + s)
    print(_row("all", total))
    for kind in (*KINDS, "any"):
        print(
            f"{kind:12} right orders flagged {pct(total[f'right {kind}'], total['right'])}"
            f"   wrong orders flagged {pct(total[f'wrong {kind}'], total['wrong'])}"
        )
    print(
        f"wrong counts/lines (same products): {total['c/s']}, any doubt "
        f"{pct(total['c/s+'], total['c/s'])}, only uncertain {pct(total['c/s1'], total['c/s'])}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
