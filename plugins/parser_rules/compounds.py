"""Compound number words: "njëzet e pesë", "twenty-five", "venticinque", "fünfundzwanzig",
"dvadeset pet", "yirmi beş", "a hundred and fifty" are one number each.

The forms are generated from ``data/numbers.json`` ("_compounds"): tens + joiner + a unit
(1-9), units + "und" + tens in one German word, hundreds + joiner + the rest below 100. Forms
of one word join the lexicon's number words (lexicon.py); forms of several words are read as
one token by ``normalize.tokenize`` (``merge``), so every reader of a count sees one number
with the span of the whole compound. Only a tens word followed by a unit makes a compound, so
the Albanian "e" (and, an article) after another number is left alone ("tre e kuqe").
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

_DATA = Path(__file__).parent / "data" / "numbers.json"
_MAX_GAP = 3  # characters between two words of one compound: spaces, tabs and hyphens only
_GAP_CHARS = frozenset(" \t-")


class Compounds(NamedTuple):
    values: dict[str, int]  # every form (words joined by one space) -> value
    firsts: frozenset[str]  # first words of the forms of several words
    longest: int  # words in the longest form


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _language(spec: dict[str, Any], fold: Callable[[str], str]) -> dict[str, int]:
    def table(key: str) -> dict[str, int]:
        return {fold(k): int(v) for k, v in spec.get(key, {}).items()}

    tens, units, teens, hundreds = table("tens"), table("units"), table("teens"), table("hundreds")
    style = spec["style"]
    out: dict[str, int] = {}
    for t, tv in tens.items():
        for u, uv in units.items():
            if style == "words":
                for j in spec.get("joiners", [""]):
                    out[_join(t, j, u)] = tv + uv
                if spec.get("glued_too"):
                    out[t + u] = tv + uv
            elif style == "glued":
                out[t + u] = tv + uv
                if u in spec.get("elide", ()) and t[-1] in "aeiou":
                    out[t[:-1] + u] = tv + uv  # "ventuno", "trentotto"
            elif style == "units_first":
                for j in spec.get("joiners", [""]):
                    out[u + j + t] = tv + uv  # "funfundzwanzig"
    below = {**units, **teens, **tens, **out}
    below.update(table("hundred_units"))
    for h, hv in hundreds.items():
        if " " in h:
            out[h] = hv  # "two hundred", "dy qind"
        for r, rv in below.items():
            if rv >= 100:
                continue
            for j in spec.get("hundred_joiners", [""]):
                if style == "words":
                    out[_join(h, j, r)] = hv + rv
                else:
                    out[h + j + r] = hv + rv  # "centocinquanta", "hundertundfunfzig"
                    if style == "glued" and r in spec.get("elide", ()) and h[-1] in "aeiou":
                        out[h[:-1] + r] = hv + rv  # "centotto"
    return out


@lru_cache(maxsize=1)
def compounds() -> Compounds:
    from plugins.parser_rules.normalize import fold  # normalize reads this module

    with open(_DATA, encoding="utf-8") as fh:
        spec = json.load(fh).get("_compounds", {})
    values: dict[str, int] = {}
    for lang, table in spec.items():
        if not lang.startswith("_"):
            for form, v in _language(table, fold).items():
                values.setdefault(form, v)
    several = [f.split(" ") for f in values if " " in f]
    return Compounds(
        values,
        frozenset(w[0] for w in several),
        max((len(w) for w in several), default=1),
    )


def merge_span(folded: str, texts: list[str], starts: list[int], ends: list[int], i: int) -> int:
    """How many tokens from ``i`` make one compound number (0 when none does): the longest form
    whose words are the tokens, with only spaces or a hyphen between them."""
    c = compounds()
    if texts[i] not in c.firsts:
        return 0
    last = i
    while last + 1 < len(texts) and last + 1 - i < c.longest:
        gap = folded[ends[last] : starts[last + 1]]
        if not gap or len(gap) > _MAX_GAP or not _GAP_CHARS.issuperset(gap):
            break
        last += 1
    for k in range(last, i, -1):
        if " ".join(texts[i : k + 1]) in c.values:
            return k + 1 - i
    return 0
