"""`porosia parse` end to end (a subprocess, as a user runs it) and hostile input."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import SHOP, parse

CATALOGS = {
    "shop": {
        "business": "Test",
        "currency": "ALL",
        "products": [
            {
                "sku": p.sku,
                "name": p.name,
                "aliases": list(p.aliases),
                "price": float(p.price or 0),
                "variants": list(p.variants),
            }
            for p in SHOP.products
        ],
    }
}
CONVS: list[dict[str, Any]] = [
    {
        "id": "t-1",
        "channel": "whatsapp",
        "catalog": "shop",
        "messages": [
            {
                "from": "customer",
                "text": "dua 2 bluza M. Tirane, Rr. Kavajes 3. Ana Kola 069 456 7788",
                "at": "2026-05-01T10:00:00Z",
            }
        ],
    },
    {
        "id": "t-2",
        "channel": "instagram",
        "catalog": None,
        "messages": [{"from": "customer", "text": "sa kushton?", "at": "2026-05-01T10:00:00Z"}],
    },
]


def run_parse(
    tmp_path: Path, lines: list[str] | bytes, catalogs: object = CATALOGS, workers: int = 1
) -> subprocess.CompletedProcess[str]:
    conv = tmp_path / "c.jsonl"
    if isinstance(lines, bytes):
        conv.write_bytes(lines)
    else:
        conv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cats = tmp_path / "cats.json"
    cats.write_text(json.dumps(catalogs), encoding="utf-8")
    script = Path(sys.executable).with_name("porosia")
    exe = [str(script)] if script.exists() else [sys.executable, "-m", "core.cli"]
    cmd = [*exe, "parse", str(conv), "--catalogs", str(cats), "--workers", str(workers)]
    return subprocess.run(
        cmd, capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[3]
    )


def test_parse_command_output_shape(tmp_path: Path) -> None:
    res = run_parse(tmp_path, [json.dumps(c) for c in CONVS])
    assert res.returncode == 0, res.stderr
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["t-1", "t-2"]
    for r in rows:
        assert set(r) == {"id", "is_order", "items", "customer_name", "phone", "address", "city"}
    assert rows[0]["is_order"] and rows[0]["items"] == [
        {"product": "TSH", "quantity": 2, "variant": "M"}
    ]
    assert rows[0]["phone"] == "+355694567788" and not rows[1]["is_order"]


def test_workers_keep_the_input_order(tmp_path: Path) -> None:
    many = [dict(CONVS[k % 2], id=f"w-{k}") for k in range(40)]
    res = run_parse(tmp_path, [json.dumps(c) for c in many], workers=2)
    assert res.returncode == 0, res.stderr
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == [c["id"] for c in many]


def test_bad_json_line_is_named(tmp_path: Path) -> None:
    res = run_parse(tmp_path, [json.dumps(CONVS[0]), "{not json"])
    assert (
        res.returncode == 2
        and "line 2" in res.stderr
        and "Traceback" not in res.stderr
        and res.stdout == ""
    )


def test_non_utf8_bytes(tmp_path: Path) -> None:
    res = run_parse(tmp_path, json.dumps(CONVS[0]).encode() + b"\n" + b'{"id": "x\xff\xfe"}\n')
    assert res.returncode == 2 and "not UTF-8" in res.stderr and "line 2" in res.stderr


def test_unknown_catalog_and_empty_conversation(tmp_path: Path) -> None:
    res = run_parse(tmp_path, [json.dumps(dict(CONVS[0], catalog="nope"))])
    assert res.returncode == 2 and "unknown catalog 'nope'" in res.stderr
    res = run_parse(tmp_path, [json.dumps(dict(CONVS[0], messages=[]))])
    assert res.returncode == 2 and "no messages" in res.stderr


def test_bad_catalogs_file(tmp_path: Path) -> None:
    res = run_parse(
        tmp_path, [json.dumps(CONVS[0])], catalogs={"shop": {"products": [{"name": "no sku"}]}}
    )
    assert res.returncode == 2 and "sku" in res.stderr and "Traceback" not in res.stderr
    for bad in ("NaN", "sNaN", "Infinity", "-5", "abc"):
        product = {"sku": "A", "name": "Aa", "price": bad}
        res = run_parse(
            tmp_path, [json.dumps(CONVS[0])], catalogs={"shop": {"products": [product]}}
        )
        assert res.returncode == 2 and "price" in res.stderr and "Traceback" not in res.stderr


# --- hostile input, straight into the parser ---------------------------------------------------
def test_100kb_message_is_bounded() -> None:
    text = "dua 2 bluza M " + "bla " * 25_000
    t0 = time.perf_counter()
    o = parse("c: " + text)
    # a guard against a hang (a quadratic pass would take minutes), not a speed figure: about
    # 2 s on an idle 2-core machine, more when other work shares it (speed is in bench/)
    assert time.perf_counter() - t0 < 20.0
    assert o.is_order


def test_control_characters() -> None:
    o = parse("c: dua\x00 2\x07 bluza\x1b[31m M\u200b, Tirane, Rr. Kavajes 3")
    assert o.is_order and o.items[0].product == "TSH"


def test_empty_conversation_and_empty_texts() -> None:
    from datetime import UTC, datetime

    from core.plugin_api import ConversationMessage, ParseContext
    from plugins.parser_rules.extract import extract

    assert not extract([], SHOP, ParseContext(channel="whatsapp")).is_order
    blank = [ConversationMessage(author="customer", text="", at=datetime.now(UTC))]
    assert not extract(blank, SHOP, ParseContext(channel="whatsapp")).is_order


def test_ten_thousand_products() -> None:
    products = tuple(
        CatalogProduct(
            f"P{k}",
            f"Produkt {k} model{k % 97} seria{k % 13}",
            (f"alias{k}",),
            Decimal(k),
            ("S", "M"),
        )
        for k in range(10_000)
    )
    big = Catalog(products=products + SHOP.products)
    t0 = time.perf_counter()
    o = parse("c: dua 2 bluza M dhe nje produkt model5. Tirane, Rr. Kavajes 3", catalog=big)
    o2 = parse("c: edhe nje unaze argjendi, Tirane", catalog=big)
    # a guard against a hang (a scan quadratic in the catalog), not a speed figure: about 4 s
    # on an idle machine, up to 14 s while other jobs share the two cores; speed is in bench/
    assert time.perf_counter() - t0 < 60.0
    assert o.is_order and o2.is_order


def test_a_container_word_the_catalog_only_writes_in_a_pack_note() -> None:
    # "kuti" is written only in the pack note "(kuti 10 copë)", so it is no product's key;
    # "2 kutia" must still be read (it once raised KeyError and stopped a whole corpus run)
    shop = Catalog(
        products=(
            CatalogProduct("CAP", "Kapsula kafeje (kuti 10 copë)", (), Decimal("500"), ()),
            CatalogProduct("CUP", "Filxhan qeramike", (), Decimal("300"), ()),
        )
    )
    order = parse("c: dua 2 kutia kapsula", "c: Ana Kola, Rr. Dibres 5, Tirane", catalog=shop)
    assert [(i.product, i.quantity) for i in order.items] == [("CAP", 2)]
