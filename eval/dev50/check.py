#!/usr/bin/env python3
"""Validate the eval/dev50 corpus (written in two halves) and check that its labels score 1.000
with the shared scorer: see eval/halves_check.py for what is checked.

Usage:
    python eval/dev50/check.py [--score /work/shared/eval/score.py] [--part a|b]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from halves_check import run  # noqa: E402

COUNTRY_CODES = ("355", "383", "382", "389", "43", "49", "41", "39", "30", "44", "1")

if __name__ == "__main__":
    sys.exit(run(HERE, COUNTRY_CODES))
