"""The variant of a product sold by place, read from where the customer is: a home visit priced
"Gjilan qytet" / "fshatrat përreth", fitting "brenda Prilepit" / "jashtë Prilepit", results
sent "brenda Prizrenit" / "qytet tjetër në Kosovë", a call-out fee by zone ("Zona 1: Qendër,
Karposh, Aerodrom…", "Zona 2: Çair, Butel…"), a delivery to one of the towns a shop lists. The
customer names the product ("vizita", "montimi") and gives the address later; the address is
read as contact details, so the town never reaches the product's words. A careful assistant
writes the variant of the customer's town.

A line with no variant whose product's variants all name a place (a town or quarter, or a word
for "elsewhere": ``elsewhere_words`` in words.json, "fshatrat", "tjetër", "jashtë") takes:

- the one variant, not an "elsewhere" one, naming a town or quarter the customer wrote (with
  several, the one of the order's town);
- else, when the order's town is known, no variant names it and it lies in the country of the
  towns the variants name, the one "elsewhere" variant (an order to St. Gallen is no
  "village" of a shop delivering in Kosovo).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from core.plugin_api import ExtractedItem
from plugins.parser_rules.catalog_match import CatalogIndex, ProductEntry
from plugins.parser_rules.lexicon import load, word_set
from plugins.parser_rules.normalize import Token, fold, stem, tokenize
from plugins.parser_rules.places import find_cities, place_region
from plugins.parser_rules.regions import context_regions

_ELSEWHERE = word_set("elsewhere_words")
_ABROAD = word_set("abroad_words")
# a home country's name -> its region ("Maqedoni" -> MK, "Kosovës" -> XK)
_COUNTRY = {
    fold(name): region
    for region, names in load("words.json")["country_regions"].items()
    for name in names
}


def _place_keys(toks: list[Token], minor: bool) -> set[str]:
    """The places the tokens name: a town as its canonical name ("Prilepit" -> prilep), a
    quarter the city index folds into its town ("Aerodrom", "Çair" -> Shkup) as its own
    words, so that zones of one town stay apart."""
    keys: set[str] = set()
    for hit in find_cities(toks, minor=minor):
        canon = fold(hit.city)
        first = toks[hit.start].text
        if canon[:4] == first[:4]:
            keys.add(canon)
        else:
            keys.add(" ".join(stem(t.text) for t in toks[hit.start : hit.end]))
    return keys


def open_variant_lines(
    items: Sequence[ExtractedItem], index: CatalogIndex
) -> Iterator[tuple[int, ProductEntry]]:
    """The lines a variant filler may fill (this module's, ``person_tiers``', ``time_bands``'):
    each line of a catalog product left without a variant whose product has two variants or
    more, with its place in ``items`` and its catalog entry."""
    for k, it in enumerate(items):
        if it.variant is not None or not it.product:
            continue
        entry = index.by_sku.get(it.product)
        if entry is not None and len(entry.variants) >= 2:
            yield k, entry


def fill_place_variants(
    items: list[ExtractedItem],
    index: CatalogIndex,
    city: str | None,
    texts: Sequence[tuple[int, str, str]],
) -> None:
    """Fill each open line of a product sold by place (see the module's doc)."""
    open_lines = list(open_variant_lines(items, index))
    if not open_lines:
        return
    said: set[str] | None = None
    town = (_place_keys(tokenize(city), True) or {fold(city)}) if city else set()
    for k, entry in open_lines:
        spec: list[tuple[str, set[str], bool]] = []
        lands: dict[str, set[str]] = {}  # the home countries a variant names ("Maqedoni")
        abroad: list[str] = []  # "jashtë shtetit", "abroad", "Europë"
        for v in entry.variants:
            toks = tokenize(v)
            places = _place_keys(toks, False)
            elsewhere = any(t.text in _ELSEWHERE for t in toks)
            countries = {_COUNTRY[t.text] for t in toks if t.text in _COUNTRY}
            far = any(t.text in _ABROAD for t in toks)
            if not places and not elsewhere and not countries and not far:
                break
            if countries:
                lands[v] = countries
            if far:
                abroad.append(v)
            spec.append((v, places, elsewhere and not far))
        else:
            if not any(places for _v, places, _e in spec):
                continue
            if said is None:
                said = set()
                for _i, author, text in texts:
                    if author == "customer":
                        said |= _place_keys(tokenize(text), True)
            inside = [v for v, places, other in spec if not other and places & said]
            if len(inside) > 1 and town:
                inside = [v for v, places, other in spec if not other and places & town]
            pick = inside[0] if len(inside) == 1 else None
            if pick is None and not inside and town:
                named = {p for _v, places, _o in spec for p in places}
                home = {place_region(p) for p in named} - {None}
                if not named & town and home == {place_region(city or "")}:
                    away = [v for v, _places, other in spec if other]
                    pick = away[0] if len(away) == 1 else None
            if pick is None and not inside and town and (lands or abroad):
                pick = _by_country(spec, lands, abroad, town, city or "")
            if pick is not None:
                items[k] = replace(items[k], variant=pick)


def _by_country(
    spec: list[tuple[str, set[str], bool]],
    lands: dict[str, set[str]],
    abroad: list[str],
    town: set[str],
    city: str,
) -> str | None:
    """The order's town is named by no variant: the one variant naming its country
    ("Maqedoni" for Kičevo, "qytetet tjera të Kosovës" for Prishtinë), else, when no variant
    names a town or country of its country, the one variant for abroad ("jashtë shtetit" for
    London)."""
    if any(places & town for _v, places, _o in spec):
        return None
    region = place_region(city) or next(iter(context_regions([city])), None)
    if region is None:
        return None
    here = [v for v, places, _o in spec if region in lands.get(v, ()) and not places]
    if here:
        return here[0] if len(here) == 1 else None
    named = {place_region(p) for _v, places, _o in spec for p in places}
    named |= {r for rs in lands.values() for r in rs}
    if region not in named and len(abroad) == 1:
        return abroad[0]
    return None
