"""The variant of a product priced by when it is used: an escape room, a pitch, a studio or a
sitter priced "para 17:00" / "pas 17:00 / fundjavë", "before 5 pm" / "after 5 pm", "vor 17 Uhr"
/ "ab 17 Uhr". The customer books a day and a time ("të mërkurën në 4 pasdite", "ora 7
darkës", "Saturday at 10") and the shop confirms it ("E premte 19:00"); nobody writes the
band. A careful assistant writes the band the booking falls in.

A line with no variant whose product's variants are all time bands (a bound: "para / deri /
before / until / vor / bis / prima" or "pas / mbas / after / from / ab / nach / dopo" before an
hour; or a weekend word: ``weekend_words`` in words.json) takes:

- when the last day of the week said (by the customer or the shop) is Saturday or Sunday, the
  one variant holding a weekend word;
- else, with the last hour said ("19:00", "ora 7 darkës", "4 pasdite", "7 pm"), the one
  variant whose bound holds that hour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from core.plugin_api import ExtractedItem
from plugins.parser_rules.catalog_match import CatalogIndex
from plugins.parser_rules.lexicon import word_set
from plugins.parser_rules.normalize import Token, tokenize
from plugins.parser_rules.place_variants import open_variant_lines

_BEFORE = frozenset(
    ["para", "perpara", "deri", "before", "until", "till", "vor", "bis", "prima", "entro", "pred"]
)
_AFTER = frozenset(["pas", "mbas", "after", "from", "ab", "nach", "dopo", "posle", "prej", "nga"])
_WEEKEND = word_set("weekend_words")
_WEEKEND_DAYS = word_set("weekend_days")
_WEEKDAYS = word_set("weekdays")
_EVENING = word_set("evening_marks")
_HOUR_WORDS = word_set("hour_before") | {"at", "alle", "um", "ne", "n", "në"}


def _bounds(toks: Sequence[Token]) -> list[tuple[str, int]]:
    """The bounds a variant string sets: ("before", 17) for "para 17:00", ("after", 17) for
    "pas ora 17", "after 5 pm"."""
    out: list[tuple[str, int]] = []
    for i, t in enumerate(toks):
        side = "before" if t.text in _BEFORE else "after" if t.text in _AFTER else None
        if side is None:
            continue
        j = i + 1
        if j < len(toks) and toks[j].text in _HOUR_WORDS:
            j += 1
        if j < len(toks) and toks[j].text.isdigit() and int(toks[j].text) <= 24:
            hour = int(toks[j].text)
            if hour < 12 and j + 1 < len(toks) and toks[j + 1].text in _EVENING:
                hour += 12
            out.append((side, hour))
    return out


def _hour(text: str, toks: Sequence[Token]) -> int | None:
    """The last hour a message says: "19:00", "ora 7 darkës", "në 4 pasdite", "7 pm"."""
    found: int | None = None
    for i, t in enumerate(toks):
        if not t.text.isdigit() or int(t.text) > 24:
            continue
        n = int(t.text)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            nxt is not None
            and nxt.start == t.end + 1
            and text[t.end] == ":"
            and len(nxt.text) == 2
            and nxt.text.isdigit()
        ):
            found = n  # "19:00"
        elif any(toks[k].text in _EVENING for k in range(i + 1, min(len(toks), i + 3))):
            found = n + 12 if n < 12 else n  # "ora 7 darkës", "4 pasdite", "7 pm"
        elif i > 0 and toks[i - 1].text in word_set("hour_before"):
            found = n  # "ora 11"
    return found


def fill_time_bands(
    items: list[ExtractedItem],
    index: CatalogIndex,
    texts: Sequence[tuple[int, str, str]],
) -> None:
    """Fill each open line of a product priced by time band (see the module's doc)."""
    said: tuple[bool | None, int | None] | None = None
    for k, entry in open_variant_lines(items, index):
        bands: list[tuple[list[tuple[str, int]], bool]] = []
        for v in entry.variants:
            toks = tokenize(v)
            bounds = _bounds(toks)
            weekend = any(t.text in _WEEKEND for t in toks)
            if not bounds and not weekend:
                break
            bands.append((bounds, weekend))
        else:
            if not any(b for b, _w in bands):
                continue
            if said is None:
                weekend_said: bool | None = None
                hour: int | None = None
                for _i, _author, text in texts:
                    toks = tokenize(text)
                    for t in toks:
                        if t.text in _WEEKEND_DAYS:
                            weekend_said = True
                        elif t.text in _WEEKDAYS:
                            weekend_said = False
                    h = _hour(text, toks)
                    hour = h if h is not None else hour
                said = (weekend_said, hour)
            weekend_said, hour = said
            pick: list[int] = []
            if weekend_said:
                pick = [v for v, (_b, w) in enumerate(bands) if w]
            elif hour is not None:
                pick = [
                    v
                    for v, (bounds, _w) in enumerate(bands)
                    if any(hour < h if side == "before" else hour >= h for side, h in bounds)
                ]
            if len(pick) == 1:
                items[k] = replace(items[k], variant=entry.variants[pick[0]])
