#!/usr/bin/env python3
"""Validate the eval/fresh2 corpus and prove that its labels score 1.000.

Usage:
    python3 eval/fresh2/check.py [--score /work/shared/eval/score.py]

Checks, against /work/shared/eval/FORMAT.md:
- catalogs.json: every catalog has a business, a currency and products with a unique sku,
  a name, a list of aliases, a positive price and a list of distinct variants;
- conversations.jsonl: every line parses, ids are unique and numbered fresh2-001 onwards,
  channel and catalog are valid, messages come from customer/merchant with non-empty text
  and strictly increasing `at` timestamps;
- labels: an order has items whose sku exists in its catalog, a positive integer quantity
  and a variant that is one of that product's variants (or null); name/address/city are
  null or lists of strings (null allowed inside the list); the phone is E.164 and its digits
  appear in the text (local, national or international form); a non-order has every other
  field empty;
- a prediction file derived from the labels scores 1.000 on every figure with score.py.

Standard library only. Exits non-zero on the first failed run, printing every problem.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
COUNTRY_CODES = ("355", "383", "389", "49", "39", "41", "43", "44")
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
LIST_FIELDS = ("customer_name", "address", "city")


def national_number(phone: str) -> tuple[str, str]:
    digits = phone[1:]
    for code in sorted(COUNTRY_CODES, key=len, reverse=True):
        if digits.startswith(code):
            return code, digits[len(code) :]
    raise ValueError(f"unknown country code in {phone}")


def phone_in_text(phone: str, texts: list[str]) -> bool:
    """True when the number is written in some message, as digit groups separated by
    spaces, dashes, dots, slashes or brackets, with or without 0 / +cc / 00cc in front."""
    code, nsn = national_number(phone)
    forms = {nsn, "0" + nsn, code + nsn, "00" + code + nsn}
    for text in texts:
        tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\d+", text)]
        for i in range(len(tokens)):
            joined = tokens[i][2]
            if joined in forms:
                return True
            for j in range(i + 1, len(tokens)):
                gap = text[tokens[j - 1][1] : tokens[j][0]]
                if not re.fullmatch(r"[\s\-./()+]{1,3}", gap):
                    break
                joined += tokens[j][2]
                if joined in forms:
                    return True
                if len(joined) > 16:
                    break
    return False


def check_catalogs(catalogs: dict, problems: list[str]) -> None:
    for key, cat in catalogs.items():
        for field in ("business", "currency", "products"):
            if field not in cat:
                problems.append(f"catalog {key}: no {field}")
        skus = [p.get("sku") for p in cat.get("products", [])]
        if len(skus) != len(set(skus)):
            problems.append(f"catalog {key}: duplicate sku")
        if not 10 <= len(skus) <= 14:
            problems.append(f"catalog {key}: {len(skus)} products (expected 10-14)")
        for p in cat.get("products", []):
            where = f"catalog {key} sku {p.get('sku')}"
            if not isinstance(p.get("name"), str) or not p["name"]:
                problems.append(f"{where}: no name")
            if not isinstance(p.get("aliases"), list):
                problems.append(f"{where}: aliases is not a list")
            if not isinstance(p.get("price"), (int, float)) or p["price"] <= 0:
                problems.append(f"{where}: price is not a positive number")
            variants = p.get("variants")
            if not isinstance(variants, list) or not all(
                isinstance(v, str) and v for v in variants
            ):
                problems.append(f"{where}: variants is not a list of strings")
            elif len({v.casefold() for v in variants}) != len(variants):
                problems.append(f"{where}: duplicate variants")


def check_conversation(conv: dict, n: int, catalogs: dict, problems: list[str]) -> None:
    cid = conv.get("id")
    if cid != f"fresh2-{n:03d}":
        problems.append(f"line {n}: id {cid!r}, expected fresh2-{n:03d}")
    if conv.get("channel") not in ("whatsapp", "instagram"):
        problems.append(f"{cid}: bad channel {conv.get('channel')!r}")
    catalog = conv.get("catalog")
    if catalog is not None and catalog not in catalogs:
        problems.append(f"{cid}: unknown catalog {catalog!r}")
    messages = conv.get("messages") or []
    if not messages:
        problems.append(f"{cid}: no messages")
    previous = None
    for m in messages:
        if m.get("from") not in ("customer", "merchant"):
            problems.append(f"{cid}: bad sender {m.get('from')!r}")
        if not isinstance(m.get("text"), str) or not m["text"].strip():
            problems.append(f"{cid}: empty message")
        try:
            at = datetime.strptime(m.get("at", ""), "%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            problems.append(f"{cid}: bad timestamp {m.get('at')!r}")
            continue
        if previous is not None and at <= previous:
            problems.append(f"{cid}: timestamps do not increase at {m['at']}")
        previous = at

    exp = conv.get("expected")
    if not isinstance(exp, dict) or not isinstance(exp.get("is_order"), bool):
        problems.append(f"{cid}: expected.is_order missing or not a boolean")
        return
    missing = {"items", "phone", *LIST_FIELDS} - exp.keys()
    if missing:
        problems.append(f"{cid}: expected lacks {sorted(missing)}")
        return
    if not exp["is_order"]:
        if exp["items"] != [] or any(exp[f] is not None for f in ("phone", *LIST_FIELDS)):
            problems.append(f"{cid}: non-order with non-empty fields")
        return

    if not exp["items"]:
        problems.append(f"{cid}: order without items")
    products = (
        {p["sku"]: p for p in catalogs.get(catalog, {}).get("products", [])} if catalog else {}
    )
    for item in exp["items"]:
        sku, qty, variant = item.get("product"), item.get("quantity"), item.get("variant")
        if not isinstance(qty, int) or isinstance(qty, bool) or qty < 1:
            problems.append(f"{cid}: bad quantity {qty!r}")
        if catalog is None:
            continue
        if sku not in products:
            problems.append(f"{cid}: sku {sku!r} not in catalog {catalog}")
            continue
        if variant is not None and variant not in products[sku]["variants"]:
            problems.append(
                f"{cid}: variant {variant!r} is not one of {sku}'s {products[sku]['variants']}"
            )
    keys = [(i.get("product"), i.get("variant")) for i in exp["items"]]
    if len(keys) != len(set(keys)):
        problems.append(f"{cid}: the same product and variant listed twice (merge the quantities)")

    for field in LIST_FIELDS:
        value = exp[field]
        if value is not None and (
            not isinstance(value, list)
            or not value
            or not all(v is None or (isinstance(v, str) and v.strip()) for v in value)
        ):
            problems.append(f"{cid}: {field} must be null or a non-empty list of strings/null")
    texts = [m.get("text", "") for m in messages]
    phones = (
        exp["phone"] if isinstance(exp["phone"], list) else [exp["phone"]] if exp["phone"] else []
    )
    for phone in phones:
        if not isinstance(phone, str) or not E164.match(phone):
            problems.append(f"{cid}: phone {phone!r} is not E.164")
            continue
        try:
            if not phone_in_text(phone, texts):
                problems.append(f"{cid}: phone {phone} does not appear in the text")
        except ValueError as exc:
            problems.append(f"{cid}: {exc}")
    for name in exp["customer_name"] or []:
        if name and name.split()[0].casefold()[:4] not in " ".join(texts).casefold():
            problems.append(f"{cid}: customer_name {name!r} not found in the text")


def first(value):
    for v in value if isinstance(value, list) else [value]:
        if v is not None:
            return v
    return None


def predictions_from_labels(conversations: list[dict]) -> list[dict]:
    out = []
    for conv in conversations:
        exp = conv["expected"]
        out.append(
            {
                "id": conv["id"],
                "is_order": exp["is_order"],
                "items": exp["items"],
                "customer_name": first(exp["customer_name"]),
                "phone": first(exp["phone"]),
                "address": first(exp["address"]),
                "city": first(exp["city"]),
            }
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--score", default="/work/shared/eval/score.py", help="path to score.py")
    args = parser.parse_args()

    problems: list[str] = []
    catalogs = json.loads((HERE / "catalogs.json").read_text(encoding="utf-8"))
    check_catalogs(catalogs, problems)

    parsed: list[dict | None] = []
    raw_lines = (HERE / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(raw_lines, 1):
        try:
            parsed.append(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: does not parse ({exc})")
            parsed.append(None)
    for n, conv in enumerate(parsed, 1):
        if conv is not None:
            check_conversation(conv, n, catalogs, problems)
    conversations = [c for c in parsed if c is not None]
    if len(conversations) != len(parsed):
        print("\n".join(problems))
        return 1
    ids = Counter(c.get("id") for c in conversations)
    problems += [f"duplicate id {i}" for i, k in ids.items() if k > 1]

    per_shop = Counter((c["catalog"], c["expected"]["is_order"]) for c in conversations)
    channels = Counter((c["catalog"], c["channel"]) for c in conversations)
    for key in catalogs:
        if not channels[(key, "whatsapp")] or not channels[(key, "instagram")]:
            problems.append(f"catalog {key}: not on both channels")

    if problems:
        print("\n".join(problems))
        print(f"\n{len(problems)} problem(s)")
        return 1

    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(tmp) / "pred.jsonl"
        with pred_path.open("w", encoding="utf-8") as fh:
            for pred in predictions_from_labels(conversations):
                fh.write(json.dumps(pred, ensure_ascii=False) + "\n")
        # Runs the shared scorer with this interpreter, as a user would from the shell.
        result = subprocess.run(  # noqa: S603
            [
                sys.executable,
                args.score,
                str(HERE / "conversations.jsonl"),
                str(pred_path),
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    report = json.loads(result.stdout)
    d = report["detection"]
    perfect = (
        report["order_exact"] == 1.0
        and d["precision"] == d["recall"] == d["f1"] == 1.0
        and d["fp"] == d["fn"] == 0
        and all(v == 1.0 for v in report["field_accuracy_on_detected"].values())
        and report["missing_predictions"] == 0
    )

    total = len(conversations)
    orders = sum(1 for c in conversations if c["expected"]["is_order"])
    print(
        f"{total} conversations, {orders} orders, {total - orders} non-orders, "
        f"{len(catalogs)} catalogs"
    )
    for key in catalogs:
        print(
            f"  {key:<20} {len(catalogs[key]['products']):>2} products  "
            f"orders {per_shop[(key, True)]:>2}  non-orders {per_shop[(key, False)]:>2}  "
            f"whatsapp {channels[(key, 'whatsapp')]:>2}  "
            f"instagram {channels[(key, 'instagram')]:>2}"
        )
    print("labels as predictions:", json.dumps(report))
    if not perfect:
        print("FAIL: the labels do not score 1.000 with score.py")
        return 1
    print("OK: every check passed; the labels score 1.000 on every figure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
