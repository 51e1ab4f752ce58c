"""The countries a conversation names (country words, foreign cities): a local-form phone number
("07700 900 431", "044 760 11 22") is read first in those regions (data/regions.json)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from plugins.parser_rules.lexicon import Phrase, PhraseSet, load, words
from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.places import find_cities, place_region

MAX_CHARS = 4000
# a British postcode as written on an envelope ("LU1 3PT", "SW1A 1AA"): the UK is named
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")
# villages at home are no phone hint: the shop's country and the fallback list read them
_HOME = frozenset(["AL", "XK", "MK", "ME", "RS"])


@lru_cache(maxsize=1)
def _index() -> tuple[PhraseSet, dict[Phrase, str], dict[str, str]]:
    data = load("regions.json")
    phrases = PhraseSet()
    region_of: dict[Phrase, str] = {}
    city_region: dict[str, str] = {}
    for region, spec in data.items():
        if region.startswith("_"):
            continue
        for name in spec.get("countries", ()):
            ph = words(name)
            if ph:
                phrases.add(ph)
                region_of.setdefault(ph, region)
        for city in spec.get("cities", ()):
            city_region.setdefault(city, region)
    return phrases, region_of, city_region


@lru_cache(maxsize=1)
def _currency_regions() -> dict[str, str]:
    out: dict[str, str] = {}
    for region, spec in load("regions.json").items():
        if not region.startswith("_"):
            for cur in spec.get("currencies", ()):
                out[cur.upper()] = region
    return out


def context_regions(texts: Iterable[str], currency: str | None = None) -> tuple[str, ...]:
    """Regions named in the texts, the latest named first; then the region of a shop's currency
    that belongs to one country (CHF, GBP)."""
    phrases, region_of, city_region = _index()
    found: list[tuple[int, int, str]] = []
    for mi, text in enumerate(texts):
        toks = tokenize(text[:MAX_CHARS])
        names = [t.text for t in toks]
        for s, e in phrases.find(names):
            found.append((mi, s, region_of[tuple(names[s:e])]))
        for c in find_cities(toks):
            region = city_region.get(c.city)
            if region is None and c.minor:
                region = place_region(c.city)  # a diaspora town of the gazetteer ("Ashford")
                region = region if region not in _HOME else None
            elif region is None:
                # a town of a neighbouring country ("Ulqin", "Tetovë"): "067 318 442" there is
                # a Montenegrin mobile before it is an Albanian landline
                region = place_region(c.city)
            if region is not None:
                found.append((mi, c.start, region))
        pc = _UK_POSTCODE.search(text[:MAX_CHARS])
        if pc is not None:
            found.append((mi, len(toks), "GB"))  # "… Ashford TN23 4HD"
    out: list[str] = []
    for _mi, _s, region in sorted(found, reverse=True):
        if region not in out:
            out.append(region)
    shop = _currency_regions().get((currency or "").upper())
    out = out[:4]
    if shop is not None and shop not in out:
        out.append(shop)
    return tuple(out)
