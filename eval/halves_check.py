#!/usr/bin/env python3
"""The validator of a corpus written in two halves (eval/dev5 ... eval/dev9), and of one written
whole (eval/dev3: it has only the merged file pair, so there is no merge to check): checks the
set and that its labels score 1.000 with the shared scorer. Each set's own check.py calls
:func:`run` with its folder and the country codes its phones may use.

Usage:
    python eval/NAME/check.py [--score /work/shared/eval/score.py] [--part a|b]

Such a set was written in two halves by two writers: `catalogs_a.json` + `conversations_a.jsonl`
(NAME-001 ... NAME-042) and `catalogs_b.json` + `conversations_b.jsonl` (NAME-043 ... NAME-084),
merged into `catalogs.json` + `conversations.jsonl`. Without --part the merged files are checked
when they exist, else the `_a` files; when the merged files and both halves exist, the merge is
also checked (same catalogs, same conversations, ids in order). --part a|b checks one half.

Checks:
- catalogs.json: every catalog has a business, a currency and products with unique skus, a
  numeric price and list-valued aliases and variants;
- conversations.jsonl: every line parses; ids are NAME-NNN and unique; channel and sender are
  valid; timestamps are ISO 8601 and strictly increase within a conversation; the catalog exists;
  every item's sku is in that catalog, its quantity is a positive integer and its variant is one
  of the product's variants or null (always null when the product has none);
- phones are E.164 and their national digits appear in some message, however they were typed;
- names and cities appear (case- and diacritic-folded) in the text in at least one accepted
  spelling, and so do the words of at least one accepted address;
- non-orders carry no items and no customer fields;
- predictions derived from the labels score detection F1 1.000 and order_exact 1.000 with the
  shared score.py, and a prediction with every variant dropped does not (the scorer is really
  comparing items).
Exits non-zero on any problem.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

# set by run(): the set's folder, its id pattern and the country codes of its phones
HERE = Path()
DEFAULT_SCORER = Path("/work/shared/eval/score.py")
COUNTRY_CODES: tuple[str, ...] = ()
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
ID = re.compile("")
PART_RANGE = {"a": range(1, 43), "b": range(43, 85)}
CUSTOMER_FIELDS = ("customer_name", "phone", "address", "city")


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def national_digits(phone: str) -> str | None:
    digits = phone[1:]
    for code in COUNTRY_CODES:
        if digits.startswith(code):
            return digits[len(code) :]
    return None


def digit_runs(text: str) -> list[str]:
    """Digit runs of a text once the separators people type inside numbers are removed."""
    return re.findall(r"\d+", re.sub(r"(?<=\d)[\s\-./()]+(?=\d)", "", text))


def check_catalogs(catalogs: dict) -> list[str]:
    problems = []
    for cid, cat in catalogs.items():
        for key in ("business", "currency", "products"):
            if key not in cat:
                problems.append(f"catalog {cid}: missing {key}")
        skus = [p.get("sku") for p in cat.get("products", [])]
        for sku, n in Counter(skus).items():
            if n > 1:
                problems.append(f"catalog {cid}: sku {sku} appears {n} times")
        for p in cat.get("products", []):
            if not isinstance(p.get("price"), int | float):
                problems.append(f"catalog {cid} {p.get('sku')}: price is not a number")
            for key in ("aliases", "variants"):
                if not isinstance(p.get(key), list):
                    problems.append(f"catalog {cid} {p.get('sku')}: {key} is not a list")
            if len(set(p.get("variants", []))) != len(p.get("variants", [])):
                problems.append(f"catalog {cid} {p.get('sku')}: duplicate variants")
    return problems


def check_conversation(conv: dict, catalogs: dict, fold) -> list[str]:
    cid = conv.get("id", "?")
    problems = []
    if not ID.match(str(cid)):
        problems.append(f"{cid}: id is not {HERE.name}-NNN")
    if conv.get("channel") not in ("whatsapp", "instagram"):
        problems.append(f"{cid}: channel {conv.get('channel')!r}")
    catalog = conv.get("catalog")
    if catalog not in catalogs:
        problems.append(f"{cid}: unknown catalog {catalog!r}")
        return problems
    messages = conv.get("messages") or []
    if not messages:
        problems.append(f"{cid}: no messages")
    previous = None
    for i, msg in enumerate(messages):
        if msg.get("from") not in ("customer", "merchant"):
            problems.append(f"{cid}: message {i} from {msg.get('from')!r}")
        if not str(msg.get("text", "")).strip():
            problems.append(f"{cid}: message {i} is empty")
        try:
            at = datetime.fromisoformat(str(msg.get("at")).replace("Z", "+00:00"))
        except ValueError:
            problems.append(f"{cid}: message {i} timestamp {msg.get('at')!r}")
            continue
        if previous is not None and at <= previous:
            problems.append(f"{cid}: message {i} is not later than the one before")
        previous = at

    exp = conv.get("expected") or {}
    is_order = exp.get("is_order")
    if not isinstance(is_order, bool):
        problems.append(f"{cid}: is_order is not a boolean")
    if not is_order:
        if exp.get("items"):
            problems.append(f"{cid}: non-order with items")
        for field in CUSTOMER_FIELDS:
            if as_list(exp.get(field)):
                problems.append(f"{cid}: non-order with {field}")
        return problems

    products = {p["sku"]: p for p in catalogs[catalog]["products"]}
    if not exp.get("items"):
        problems.append(f"{cid}: order without items")
    for item in exp.get("items") or []:
        product = products.get(item.get("product"))
        if product is None:
            problems.append(f"{cid}: sku {item.get('product')!r} not in {catalog}")
            continue
        quantity = item.get("quantity")
        if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 1:
            problems.append(f"{cid}: quantity {quantity!r} for {product['sku']}")
        variant = item.get("variant")
        if variant is not None and variant not in product["variants"]:
            problems.append(f"{cid}: variant {variant!r} is not one of {product['sku']}'s")
    keys = [(i.get("product"), i.get("variant")) for i in exp.get("items") or []]
    for key, n in Counter(keys).items():
        if n > 1:
            problems.append(f"{cid}: item {key} listed {n} times; sum the quantity")

    texts = [m.get("text", "") for m in messages]
    folded = fold(" ".join(texts))
    for phone in as_list(exp.get("phone")):
        if phone is None:
            continue
        if not E164.match(str(phone)):
            problems.append(f"{cid}: phone {phone!r} is not E.164")
            continue
        national = national_digits(phone)
        if national is None:
            problems.append(f"{cid}: phone {phone} has an unexpected country code")
        elif not any(national in run for t in texts for run in digit_runs(t)):
            problems.append(f"{cid}: phone {phone} does not appear in the messages")
    for field in ("customer_name", "city"):
        spellings = [s for s in as_list(exp.get(field)) if s]
        if spellings and not any(fold(s) in folded for s in spellings):
            problems.append(f"{cid}: no spelling of {field} {spellings} appears in the text")
    addresses = [s for s in as_list(exp.get("address")) if s]
    if addresses and not any(all(w in folded.split() for w in fold(a).split()) for a in addresses):
        problems.append(f"{cid}: no accepted address {addresses} is written in the text")
    return problems


def check_merge(catalogs: dict, conversations: list[dict]) -> list[str]:
    """The merged files are exactly the two halves: catalogs united, conversations concatenated."""
    problems = []
    halves = {}
    for p in "ab":
        halves[p] = (
            json.loads((HERE / f"catalogs_{p}.json").read_text(encoding="utf-8")),
            [
                json.loads(line)
                for line in (HERE / f"conversations_{p}.jsonl")
                .read_text(encoding="utf-8")
                .splitlines()
                if line.strip()
            ],
        )
    shared = set(halves["a"][0]) & set(halves["b"][0])
    if shared:
        problems.append(f"both halves define catalogs {sorted(shared)}")
    if catalogs != {**halves["a"][0], **halves["b"][0]}:
        problems.append("catalogs.json is not the union of catalogs_a.json and catalogs_b.json")
    expected = sorted(halves["a"][1] + halves["b"][1], key=lambda c: c.get("id"))
    if conversations != expected:
        problems.append(
            "conversations.jsonl is not conversations_a.jsonl + conversations_b.jsonl sorted by id"
        )
    return problems


def first(value):
    for v in as_list(value):
        if v not in (None, ""):
            return v
    return None


def prediction_from_labels(conv: dict) -> dict:
    exp = conv["expected"]
    return {
        "id": conv["id"],
        "is_order": exp["is_order"],
        "items": [dict(i) for i in exp.get("items") or []],
        "customer_name": first(exp.get("customer_name")),
        "phone": first(exp.get("phone")),
        "address": first(exp.get("address")),
        "city": first(exp.get("city")),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--score", type=Path, default=DEFAULT_SCORER, help="path to score.py")
    parser.add_argument("--part", choices=("a", "b"), help="check one half (the _a or _b files)")
    args = parser.parse_args()
    scorer = load_scorer(args.score)

    if args.part:
        suffix = f"_{args.part}"
    elif (HERE / "catalogs.json").exists() and (HERE / "conversations.jsonl").exists():
        suffix = ""
    else:
        suffix = "_a"
    catalog_path, conversation_path = (
        HERE / f"catalogs{suffix}.json",
        HERE / f"conversations{suffix}.jsonl",
    )
    print(f"checking {catalog_path.name} and {conversation_path.name}")
    catalogs = json.loads(catalog_path.read_text(encoding="utf-8"))
    problems = check_catalogs(catalogs)
    conversations = []
    lines = conversation_path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            conversations.append(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: {exc}")
    for cid, count in Counter(c.get("id") for c in conversations).items():
        if count > 1:
            problems.append(f"{cid}: id used {count} times")
    for conv in conversations:
        problems.extend(check_conversation(conv, catalogs, scorer.fold))
    ids = [c.get("id") for c in conversations]
    if ids != sorted(ids):
        problems.append("conversations are not sorted by id")
    if suffix in ("_a", "_b"):
        allowed = PART_RANGE[suffix[1]]
        for cid in ids:
            if ID.match(str(cid)) and int(cid.rsplit("-", 1)[1]) not in allowed:
                problems.append(f"{cid}: outside part {suffix[1]}'s ids")
    elif all(
        (HERE / f"{stem}_{p}.{ext}").exists()
        for p in "ab"
        for stem, ext in (("catalogs", "json"), ("conversations", "jsonl"))
    ):
        problems.extend(check_merge(catalogs, conversations))

    predictions = {c["id"]: prediction_from_labels(c) for c in conversations}
    report, errors = scorer.score(conversations, predictions)
    if report["detection"]["f1"] != 1.0 or report["order_exact"] != 1.0 or errors:
        problems.append(f"labels do not score 1.000 against themselves: {report}")
        problems.extend(f"  {cid}: {why}" for cid, why, _, _ in errors)
    blind = {
        cid: {**p, "items": [{**i, "variant": None} for i in p["items"]]}
        for cid, p in predictions.items()
    }
    blind_report, _ = scorer.score(conversations, blind)
    if blind_report["order_exact"] >= 1.0:
        problems.append("dropping every variant still scores 1.000: the check proves nothing")

    orders = [c for c in conversations if c["expected"]["is_order"]]
    print(
        f"{len(conversations)} conversations, {len(orders)} orders, "
        f"{len(conversations) - len(orders)} non-orders, {len(catalogs)} catalogs"
    )
    for cid in catalogs:
        shop = [c for c in conversations if c["catalog"] == cid]
        shop_orders = sum(c["expected"]["is_order"] for c in shop)
        channels = Counter(c["channel"] for c in shop)
        print(
            f"  {cid:<18} {len(shop):>3} conversations, {shop_orders:>2} orders, "
            f"{channels['whatsapp']} whatsapp / {channels['instagram']} instagram"
        )
    print(
        f"labels as predictions: f1 {report['detection']['f1']:.3f}, "
        f"order_exact {report['order_exact']:.3f}; "
        f"with variants dropped: order_exact {blind_report['order_exact']:.3f}"
    )
    for problem in problems:
        print("PROBLEM", problem, file=sys.stderr)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def run(here: Path, country_codes: tuple[str, ...]) -> int:
    """Check the set in ``here`` (its ids are ``<folder name>-NNN``)."""
    global HERE, ID, COUNTRY_CODES
    HERE, COUNTRY_CODES = here, country_codes
    ID = re.compile(rf"^{re.escape(here.name)}-\d{{3}}$")
    return main()
