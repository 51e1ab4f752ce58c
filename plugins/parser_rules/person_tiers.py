"""The adult tier of a product priced by who it is for, when nobody else is named: a ticket,
entry, lesson, fare or piece of kit sold "i rritur" / "fëmijë" (adult / child, plus student,
pensioner, infant tiers) that the customer books for themselves or for grown-ups ("jemi dy
shoqe", "1 person, për punë", "I need the gloves") without naming a child, an age or another
tier. A careful assistant writes the adult tier: it is the one a shop charges unless told
otherwise.

A line with no variant whose product has an adult variant (the concept ``#adult``: "i rritur",
"adult", "adulto", "Erwachsene") and at least one other variant takes the adult one when no
customer message says a child (``child_words`` in words.json: fëmijë, djali, vajza, bebe, kid,
child, bambino, Kind, an age "7 vjeç", "8 muajsh") or a word only the other tiers hold
("student", "pensionist", "foshnjë"). When several variants are adult ones ("një drejtim, i
rritur" / "vajtje-ardhje, i rritur"), the last message (customer's or shop's) that names
exactly one of them picks it; none picked leaves the line open.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from core.plugin_api import ExtractedItem
from plugins.parser_rules.catalog_match import CatalogIndex
from plugins.parser_rules.lexicon import word_set
from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.place_variants import open_variant_lines
from plugins.parser_rules.variants import match_variant, word_key

_CHILD = word_set("child_words")
_ADULT = "#adult"


def fill_adult_tiers(
    items: list[ExtractedItem],
    index: CatalogIndex,
    texts: Sequence[tuple[int, str, str]],
) -> None:
    """Fill each open line of a product priced by person tier (see the module's doc)."""
    said: set[str] | None = None
    for k, entry in open_variant_lines(items, index):
        adult = [v for v, sp in enumerate(entry.specs) if _ADULT in sp.keys]
        if not adult or len(adult) == len(entry.specs):
            continue
        if said is None:
            said = {
                t.text for _i, author, text in texts if author == "customer" for t in tokenize(text)
            }
            if said & _CHILD:
                return  # a child is among the people: the tier is the customer's to say
        adult_keys = {key for v in adult for key in entry.specs[v].keys}
        other_keys = {
            key
            for v, sp in enumerate(entry.specs)
            if v not in adult
            for key in sp.keys
            if key not in adult_keys and len(key) >= 3
        }
        if any(word_key(w) in other_keys for w in said):
            continue  # "student", "pensionist": another tier is named
        pick: int | None = adult[0] if len(adult) == 1 else None
        if pick is None:
            specs = [entry.specs[v] for v in adult]
            for _i, _author, text in texts:
                toks = tokenize(text)
                hit = match_variant(specs, toks, 0, len(toks))
                if hit is not None:
                    pick = adult[hit.index]
        if pick is not None:
            items[k] = replace(items[k], variant=entry.variants[pick])
