"""bench/compare_sets.py's ``wrong``: each wrong conversation of a tuning set, and of a validation
set only a tally that names no conversation (``--counts``)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"

CATALOG = {
    "kafe-test": {
        "business": "Kafe Test",
        "currency": "EUR",
        "products": [
            {"sku": "ESP", "name": "Espresso", "aliases": [], "price": 1, "variants": []},
            {"sku": "LAT", "name": "Latte", "aliases": [], "price": 2, "variants": ["S", "L"]},
        ],
    }
}


def _conv(cid: str, items: list[dict[str, object]]) -> dict[str, object]:
    return {
        "id": cid,
        "channel": "instagram",
        "catalog": "kafe-test",
        "messages": [{"from": "customer", "text": "x", "at": "2026-01-01T10:00:00Z"}],
        "expected": {
            "is_order": True,
            "items": items,
            "customer_name": None,
            "phone": None,
            "address": None,
            "city": None,
        },
    }


def _pred(cid: str, items: list[dict[str, object]]) -> dict[str, object]:
    fields = {"customer_name": None, "phone": None, "address": None, "city": None}
    return {"id": cid, "is_order": True, "items": items, **fields}


@pytest.fixture
def compare_sets():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("compare_sets", BENCH / "compare_sets.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(BENCH))


def _write_set(tmp_path: Path, name: str) -> tuple[Path, Path]:
    """A set of two conversations, one predicted right and one with a line missing and a
    quantity wrong; returns the set's folder and the predict output folder."""
    folder, out = tmp_path / name, tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    (folder / "catalogs.json").write_text(json.dumps(CATALOG), encoding="utf-8")
    esp = {"product": "ESP", "quantity": 2, "variant": None}
    lat = {"product": "LAT", "quantity": 1, "variant": "L"}
    convs = [_conv(f"{name}-001", [esp]), _conv(f"{name}-002", [esp, lat])]
    preds = [_pred(f"{name}-001", [esp]), _pred(f"{name}-002", [{**esp, "quantity": 1}])]
    (folder / "conversations.jsonl").write_text(
        "".join(json.dumps(c) + "\n" for c in convs), encoding="utf-8"
    )
    (out / f"{name}.pred.jsonl").write_text(
        "".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8"
    )
    return folder, out


def test_wrong_names_a_tuning_sets_wrong_conversations(compare_sets, tmp_path, capsys):
    folder, out = _write_set(tmp_path, "devtest")
    assert compare_sets.main(["wrong", str(out), str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "devtest-002 fields: items missing qty"
    assert not any("devtest-001" in line for line in lines)


def test_a_validation_sets_faults_are_counted_and_no_conversation_named(
    compare_sets, tmp_path, capsys
):
    name = sorted(compare_sets.is_validation.__globals__["VALIDATION"])[0]
    folder, out = _write_set(tmp_path, name)
    assert compare_sets.main(["wrong", str(out), str(folder), "--validation"]) == 2
    assert f"{name}-00" not in capsys.readouterr().out
    assert compare_sets.main(["wrong", str(out), str(folder), "--validation", "--counts"]) == 0
    printed = capsys.readouterr().out
    assert f"{name}-00" not in printed
    assert printed.split() == f"{name} wrong 1/2: items 1, line missing 1, line qty 1".split()
