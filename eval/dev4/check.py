#!/usr/bin/env python3
"""Validate eval/dev4 and confirm that label-derived predictions score 1.000.

Usage: python3 eval/dev4/check.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/eval/score.py")
COUNTRY_CODES = ("355", "383", "389", "39", "30", "49", "41", "43", "44", "1")
FIELDS = ("customer_name", "phone", "address", "city")


def national(phone: str) -> str:
    digits = phone[1:]
    for code in sorted(COUNTRY_CODES, key=len, reverse=True):
        if digits.startswith(code):
            return digits[len(code) :]
    raise ValueError(f"unknown country code in {phone}")


def main() -> int:
    errors: list[str] = []
    catalogs = json.loads((HERE / "catalogs.json").read_text(encoding="utf-8"))
    for key, cat in catalogs.items():
        skus = [p["sku"] for p in cat["products"]]
        if len(skus) != len(set(skus)):
            errors.append(f"{key}: duplicate sku")
        if not 10 <= len(skus) <= 14:
            errors.append(f"{key}: {len(skus)} products")
        for p in cat["products"]:
            if not isinstance(p["price"], (int, float)) or p["price"] <= 0:
                errors.append(f"{key}/{p['sku']}: bad price")

    rows = []
    for n, line in enumerate(
        (HERE / "conversations.jsonl").read_text(encoding="utf-8").splitlines(), 1
    ):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: {exc}")
    ids = [r["id"] for r in rows]
    for dup, count in Counter(ids).items():
        if count > 1:
            errors.append(f"duplicate id {dup}")

    for r in rows:
        cid = r["id"]
        if r["channel"] not in ("whatsapp", "instagram"):
            errors.append(f"{cid}: channel")
        cat = catalogs.get(r["catalog"]) if r["catalog"] is not None else None
        if r["catalog"] is not None and cat is None:
            errors.append(f"{cid}: unknown catalog")
        stamps = [m["at"] for m in r["messages"]]
        if any(a >= b for a, b in zip(stamps, stamps[1:], strict=False)):
            errors.append(f"{cid}: timestamps not increasing")
        if any(m["from"] not in ("customer", "merchant") for m in r["messages"]):
            errors.append(f"{cid}: bad sender")
        exp = r["expected"]
        if not exp["is_order"]:
            if exp["items"] or any(exp.get(f) not in (None, []) for f in FIELDS):
                errors.append(f"{cid}: non-order with fields")
            continue
        if not exp["items"]:
            errors.append(f"{cid}: order without items")
        products = {p["sku"]: p for p in cat["products"]} if cat else {}
        for item in exp["items"]:
            if not isinstance(item["quantity"], int) or item["quantity"] < 1:
                errors.append(f"{cid}: quantity {item['quantity']}")
            if cat is None:
                continue
            product = products.get(item["product"])
            if product is None:
                errors.append(f"{cid}: unknown sku {item['product']}")
            elif item["variant"] is not None and item["variant"] not in product["variants"]:
                errors.append(f"{cid}: variant {item['variant']!r} not in {item['product']}")
            elif item["variant"] is None and product["variants"]:
                print(f"note {cid}: {item['product']} has variants, label is null")
        text_digits = "".join(re.sub(r"\D", "", m["text"]) + "|" for m in r["messages"])
        phones = exp["phone"] if isinstance(exp["phone"], list) else [exp["phone"]]
        for phone in phones:
            if phone is None:
                continue
            if not re.fullmatch(r"\+[1-9]\d{7,14}", phone):
                errors.append(f"{cid}: phone {phone} not E.164")
                continue
            nat = national(phone)
            if nat not in text_digits and ("0" + nat) not in text_digits:
                errors.append(f"{cid}: phone digits {nat} not in text")
        for f in ("customer_name", "address", "city"):
            if exp[f] is not None and (not isinstance(exp[f], list) or not exp[f]):
                errors.append(f"{cid}: {f} must be a non-empty list or null")

    orders = sum(r["expected"]["is_order"] for r in rows)
    by_shop = Counter((r["catalog"], r["expected"]["is_order"]) for r in rows)
    channels = Counter(r["channel"] for r in rows)
    print(
        f"{len(rows)} conversations, {orders} orders, {len(rows) - orders} non-orders, "
        f"channels {dict(channels)}"
    )
    for key in catalogs:
        print(f"  {key}: {by_shop[(key, True)]} orders, {by_shop[(key, False)]} non-orders")

    def first(value):
        if isinstance(value, list):
            return next((v for v in value if v is not None), None)
        return value

    predictions = {}
    for r in rows:
        exp = r["expected"]
        pred = {"id": r["id"], "is_order": exp["is_order"], "items": exp["items"]}
        pred.update({f: first(exp.get(f)) for f in FIELDS})
        predictions[r["id"]] = pred
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    report, _ = scorer.score(rows, predictions)
    if report["order_exact"] != 1.0 or report["detection"]["f1"] != 1.0:
        errors.append(f"label-derived predictions do not score 1.000: {report}")
    print(
        "label-derived predictions (score.py): "
        f"order_exact {report['order_exact']:.3f}, f1 {report['detection']['f1']:.3f}"
    )

    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
