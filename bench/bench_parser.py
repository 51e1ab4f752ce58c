"""Benchmark of the rule-based order parser (plugins/parser_rules), one core.

Run from the repository root:

    .venv/bin/python bench/bench_parser.py [--corpus ../shared/eval/dev] [--generated 1000]

It reports conversations per second per core (CPU time of this single-threaded process, so other
jobs on the machine slow it less than the wall clock; the wall-clock rate is printed beside it)
for

1. the labelled corpus in ``--corpus`` (conversations.jsonl + catalogs.json), and
2. ``--generated`` synthetic 10-message conversations against a generated 1,000-product
   catalog (Albanian/English/Italian/German words, quantities, variants, addresses, phones),

each beside a trivial regex pass over exactly the same message texts in the same run (tokenise
every message with ``\\w+`` and look for a phone-like digit run), and the ratio between the two.
The ratio is the figure to compare across machines; the absolute rate depends on the CPU.
Catalog indexes are built once per catalog object, as in the live path: the corpus's in an untimed
first pass, the generated catalog's timed on its own. A ``--corpus`` folder without
``conversations.jsonl`` is reported as skipped.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.plugin_api import Author, Catalog, CatalogProduct, ConversationMessage, ParseContext  # noqa: E402
from plugins.parser_rules.catalog_match import index_for  # noqa: E402
from plugins.parser_rules.extract import extract  # noqa: E402

Conversation = tuple[list[ConversationMessage], Catalog, ParseContext]
_WORD = re.compile(r"\w+")
_PHONE = re.compile(r"\+?\d[\d \-]{6,}\d")


def regex_pass(convs: list[Conversation]) -> int:
    n = 0
    for messages, _catalog, _ctx in convs:
        for m in messages:
            n += len(_WORD.findall(m.text))
            n += len(_PHONE.findall(m.text))
    return n


def parse_pass(convs: list[Conversation]) -> int:
    return sum(1 for messages, catalog, ctx in convs if extract(messages, catalog, ctx).is_order)


def rate(fn: object, convs: list[Conversation], min_seconds: float = 2.0) -> tuple[float, float]:
    """Conversations per second of CPU time and of wall-clock time, repeating the pass until
    ``min_seconds`` of CPU time have been spent."""
    assert callable(fn)
    done = 0
    c0, t0 = time.process_time(), time.perf_counter()
    while True:
        fn(convs)
        done += len(convs)
        cpu = time.process_time() - c0
        if cpu >= min_seconds:
            return done / cpu, done / (time.perf_counter() - t0)


def load_corpus(folder: Path) -> list[Conversation]:
    cats_raw = json.loads((folder / "catalogs.json").read_text(encoding="utf-8"))
    catalogs = {
        cid: Catalog(
            currency=c.get("currency", "ALL"),
            products=tuple(
                CatalogProduct(
                    p["sku"],
                    p["name"],
                    tuple(p.get("aliases") or ()),
                    Decimal(str(p["price"])),
                    tuple(p.get("variants") or ()),
                )
                for p in c["products"]
            ),
        )
        for cid, c in cats_raw.items()
    }
    out: list[Conversation] = []
    for line in (folder / "conversations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        conv = json.loads(line)
        msgs = [
            ConversationMessage(author=m["from"], text=m["text"], at=datetime.now(UTC))
            for m in conv["messages"]
            if m["from"] in ("customer", "merchant")
        ]
        catalog = catalogs[conv["catalog"]] if conv.get("catalog") else Catalog()
        out.append((msgs, catalog, ParseContext(channel=conv.get("channel", "whatsapp"))))
    return out


_SYL = [
    "ka",
    "ri",
    "lo",
    "ma",
    "ne",
    "sha",
    "ti",
    "ku",
    "dra",
    "vo",
    "pe",
    "xhi",
    "llo",
    "bre",
    "zo",
    "fi",
    "mu",
    "ge",
]
_NOUNS = [
    "fustan",
    "bluze",
    "kemishe",
    "xhakete",
    "canta",
    "kapele",
    "atlete",
    "cizme",
    "shall",
    "rrip",
    "jastek",
    "filxhan",
    "tas",
    "vazo",
    "llambe",
    "karrige",
    "tapet",
    "krem",
    "sapun",
    "vaj",
    "mjalte",
    "caj",
    "kabllo",
]
_COLOURS = ["e zeze", "e bardhe", "e kuqe", "blu", "gri", "roze", "kafe", "e gjelber"]


def _author(who: str) -> Author:
    return "customer" if who == "customer" else "merchant"


def generated_catalog(rng: random.Random, n: int = 1000) -> Catalog:
    products = []
    for k in range(n):
        noun = rng.choice(_NOUNS)
        brand = "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3)))
        kind = rng.random()
        if kind < 0.4:
            variants: tuple[str, ...] = tuple(rng.sample(_COLOURS, 3))
        elif kind < 0.7:
            variants = ("S", "M", "L", "XL")
        elif kind < 0.85:
            variants = ("250 g", "500 g", "1 kg")
        else:
            variants = ()
        name = f"{noun.capitalize()} {brand}"
        aliases = (f"{noun} {brand}", brand, f"{brand} {noun}")
        products.append(
            CatalogProduct(f"G{k:04d}", name, aliases, Decimal(rng.randint(2, 200) * 100), variants)
        )
    return Catalog(currency="ALL", products=tuple(products))


def generated_conversations(rng: random.Random, catalog: Catalog, n: int) -> list[Conversation]:
    t0 = datetime(2026, 5, 1, tzinfo=UTC)
    ctx = ParseContext(channel="whatsapp")
    out: list[Conversation] = []
    qty = ["nje", "dy", "2", "3", "two", "due", "zwei", "x2"]
    for _ in range(n):
        p1, p2 = rng.sample(catalog.products, 2)
        v1 = rng.choice(p1.variants) if p1.variants else ""
        street = rng.choice(["Kavajes", "Durresit", "Elbasanit"])
        first = rng.choice(["Arta", "Ilir", "Blerina", "Dren"])
        last = rng.choice(["Hoxha", "Gashi", "Leka"])
        lines = [
            ("customer", f"Pershendetje, sa kushton {p1.aliases[0]}?"),
            ("merchant", f"{p1.price} lek. I kemi {', '.join(p1.variants) or 'gati'}."),
            ("customer", f"Dua {rng.choice(qty)} {p1.aliases[0]} {v1}".strip()),
            ("merchant", "Shume mire! Dicka tjeter?"),
            ("customer", f"edhe {rng.choice(qty)} {p2.aliases[1]}"),
            ("merchant", "Adresa dhe numri?"),
            ("customer", f"Tirane, Rr. {street} {rng.randint(1, 200)}, P. {rng.randint(1, 40)}"),
            (
                "customer",
                f"{first} {last}, 06{rng.choice('789')} {rng.randint(2, 9)}{rng.randint(10, 99)} "
                f"{rng.randint(1000, 9999)}",
            ),
            ("merchant", "Faleminderit! Dergesa neser."),
            ("customer", "ok flm"),
        ]
        msgs = [
            ConversationMessage(author=_author(a), text=t, at=t0 + timedelta(minutes=k))
            for k, (a, t) in enumerate(lines)
        ]  # type: ignore[arg-type]
        out.append((msgs, catalog, ctx))
    return out


def report(label: str, convs: list[Conversation]) -> dict[str, float]:
    orders = parse_pass(convs)
    parser_rate, parser_wall = rate(parse_pass, convs)
    regex_rate, regex_wall = rate(regex_pass, convs)
    ratio = parser_rate / regex_rate
    print(
        f"{label:<38} parser {parser_rate:8.0f} conv/s   regex {regex_rate:10.0f} conv/s   "
        f"parser/regex {ratio:.4f} (regex is {1 / ratio:.0f}x faster)"
    )
    print(
        f"{'':<38} ({orders} of {len(convs)} conversations parsed as orders; wall clock: parser "
        f"{parser_wall:.0f}, regex {regex_wall:.0f} conv/s)"
    )
    return {"parser": parser_rate, "regex": regex_rate, "ratio": ratio}


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--corpus", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev")
    )
    ap.add_argument("--generated", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    corpus = Path(args.corpus)
    if (corpus / "conversations.jsonl").exists():
        convs = load_corpus(corpus)
        report(f"corpus {corpus.name} ({len(convs)} conv)", convs)
    else:
        print(f"corpus skipped: no {corpus / 'conversations.jsonl'} (pass --corpus)")

    t0 = time.perf_counter()
    catalog = generated_catalog(rng)
    index_for(catalog)
    ms = 1000 * (time.perf_counter() - t0)
    print(f"index of a generated 1,000-product catalog built in {ms:.0f} ms")
    gen = generated_conversations(rng, catalog, args.generated)
    res = report(f"generated 10-message x {len(gen)}", gen)
    verdict = "met" if res["parser"] >= 200 else "NOT met"
    print(f"target >= 200 conv/s per core (CPU time) on generated: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
