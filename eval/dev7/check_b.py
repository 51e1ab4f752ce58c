#!/usr/bin/env python3
"""Validate part B of eval/dev7 (catalogs_b.json + conversations_b.jsonl, dev7-043 ... dev7-084)
with the shared two-halves validator (eval/halves_check.py): lines parse, ids right and sorted,
timestamps increase, skus exist, variants belong to the product or are null, phones are E.164 and
appear in the text, names/cities/addresses are written in the text, non-orders are empty;
predictions taken from the labels score detection F1 1.000 and order_exact 1.000 with the shared
scorer, and dropping every variant does not. Prints counts only, never conversation text.

Usage:
    python eval/dev7/check_b.py [--score /work/shared/eval/score.py]

Part A's check.py checks the merged set; this file only pins the check to part B's half.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from halves_check import run  # noqa: E402

# Albania, Kosovo, North Macedonia; diaspora in Germany, Switzerland, Italy, the UK, the US
COUNTRY_CODES = ("355", "383", "389", "49", "41", "39", "44", "1")

if __name__ == "__main__":
    if "--part" not in sys.argv:
        sys.argv[1:1] = ["--part", "b"]
    sys.exit(run(HERE, COUNTRY_CODES))
