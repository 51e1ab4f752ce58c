"""The shop's delivery as an order line, when the catalog sells it as a product ("Dërgesa" with
its towns as variants, "Transport me kamion", "Dërgesë jashtë shtetit"): a careful assistant
writes the delivery line once the shop has stated its fee in the chat ("... + dergesa ne Tetove
300 = 22.800 den", "Transporti brenda qytetit 15€", "delivery Tetovo = ... 300") or asked
"Dërgesë?" and the customer said yes, unless the customer then collects the goods himself ("vij
vetë e marr").

A delivery product is one whose name is a delivery noun (``delivery_service`` in words.json)
alone or followed by linking words only ("Dërgesë me korrier brenda Shqipërisë"); a noun
after it ("Dërgesë pakoje", "Transport kafshe") makes it a thing carried, which customers order
by its own words. With several delivery products, the one whose other words or variants the
shop's sentence says is taken, else the one priced by the zone of the parcel's destination. The
line's variant is the one the shop's sentence names, else the zone of the destination
("Dërgesë jashtë shtetit": Ballkan / Evropë / SHBA-Kanada; "posta Itali", "shipping UK", an
order to Ulqin), else the order's town.

Products sold for a place ("Pako brenda Tiranës", "Pako për qytetet e tjera të Shqipërisë",
"Pako për Kosovë"): a line whose words did not say its place takes the sibling whose name says
the order's town, else the town's country (``by_destination``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from core.plugin_api import ExtractedItem
from core.types import Evidence
from plugins.parser_rules.catalog_match import CatalogIndex, ProductEntry, delivery_name
from plugins.parser_rules.lexicon import load, word_set
from plugins.parser_rules.mentions import find_mentions
from plugins.parser_rules.normalize import Token, fold, stem, tokenize
from plugins.parser_rules.places import find_cities, place_region
from plugins.parser_rules.regions import context_regions
from plugins.parser_rules.segments import Sentence
from plugins.parser_rules.variants import match_variant

_SERVICE = word_set("delivery_service")
_LINKING = word_set("delivery_linking")
_FREE = word_set("free_of_charge")
_PAY = word_set("pay_on_delivery")
_DURATION = word_set("fee_durations")
_YES = word_set("delivery_yes")
_NEAR = 6  # tokens between the delivery noun and its amount ("dergesa ne Tetove 300")
_CURRENCY = word_set("currency")
_PLUS = re.compile(r"[+]")

_ATTR = "_delivery_products"  # the index keeps its delivery products (computed once)


def delivery_products(index: CatalogIndex) -> tuple[ProductEntry, ...]:
    """The catalog's delivery products (see the module's doc), once per index."""
    found: tuple[ProductEntry, ...] | None = getattr(index, _ATTR, None)
    if found is None:
        out = []
        for e in index.products:
            if delivery_name(e.name):
                out.append(e)
        found = tuple(out)
        setattr(index, _ATTR, found)
    return found


@lru_cache(maxsize=1)
def _zones() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The delivery zones of regions.json: (folded words naming the zone, its regions), the
    smallest zone first."""
    zones = load("regions.json")["_zones"]["zones"].values()
    out = [(frozenset(fold(w) for w in z["words"]), frozenset(z["regions"])) for z in zones]
    return tuple(sorted(out, key=lambda z: len(z[1])))


def _zone_variant(entry: ProductEntry, region: str | None) -> str | None:
    """The variant of ``entry`` that names the smallest zone holding ``region`` ("Ballkan"
    for ME before "Evropë"), when exactly one variant names it."""
    if region is None or not entry.variants:
        return None
    named = [{t.text for t in tokenize(fold(v))} for v in entry.variants]
    for zone_words, regions in _zones():
        if region not in regions:
            continue
        hits = [v for v, ws in zip(entry.variants, named, strict=True) if ws & zone_words]
        if hits:
            return hits[0] if len(hits) == 1 else None
    return None


def _destination(said: Sentence | None, city: str | None, home: str) -> str | None:
    """The region the parcel goes to: a country or foreign town the shop's sentence names
    ("posta Itali", "shipping UK"), else the order's town's region; None for the shop's own
    country."""
    region = None
    if said is not None:
        found = context_regions([said.raw])
        region = found[0] if found else None
    if region is None and city is not None:
        region = place_region(city)
    return None if region == home.upper() else region


def _paying(toks: Sequence[Token], k: int) -> bool:
    """The delivery noun at ``k`` is the way to pay ("pagesa në dorëzim", "cash on delivery")."""
    return any(x.text in _PAY for x in toks[max(0, k - 2) : k])


def _clock(sent: Sentence, j: int) -> bool:
    """The number at ``j`` is part of a clock time ("15:00–17:00", "ora 9:30")."""
    toks, raw = sent.toks, sent.raw
    before, after = toks[j].start - 1, toks[j].end
    return (after < len(raw) and raw[after] == ":" and j + 1 < len(toks)) or (
        before >= 0 and raw[before] == ":" and j > 0 and toks[j - 1].text.isdigit()
    )


def _other_goods(sent: Sentence, k: int, j: int, goods: Sequence[tuple[int, int]]) -> bool:
    """Another product is named between the delivery noun at ``k`` and the amount at ``j``
    ("Korrieri ju sjell edhe një kuti L (180 lekë)"): the amount is that product's price."""
    lo, hi = (k, j) if k < j else (j, k)
    return any(lo < a and b <= hi + 1 and not a <= k < b for a, b in goods)


def _states_fee(sent: Sentence, goods: Sequence[tuple[int, int]] = ()) -> bool:
    """The shop's sentence states a delivery fee: a delivery noun with an amount near it, or
    listed with "+" among the order's lines; not free of charge. An amount is not the fee when
    it counts the noun ("Start (50 dërgesa/muaj)"), is a clock time ("korrieri kalon 15:00–17:00")
    or is nearer to another product named between ("Korrieri sjell një kuti L (180 lekë)";
    ``goods``: the token spans of the sentence's mentions of other products)."""
    if sent.question or any(t.text in _FREE for t in sent.toks):
        return False
    toks = sent.toks
    for k, t in enumerate(toks):
        if t.text not in _SERVICE or _paying(toks, k):
            continue  # "pagesa në dorëzim": the way to pay
        if k > 0 and toks[k - 1].text.isdigit() and not sent.raw[toks[k - 1].end : t.start].strip():
            continue  # "50 dërgesa": the deliveries counted, not their fee ("600 + dergesa 300" is)
        lo, hi = max(0, k - _NEAR), min(len(toks), k + _NEAR + 1)
        if any(
            x.text[:1].isdigit()  # "300", and grouped: "4.000", "1,500"
            and not (j + 1 < len(toks) and toks[j + 1].text in _DURATION)
            and not _clock(sent, j)
            and not _other_goods(sent, k, j, goods)
            for j, x in enumerate(toks[lo:hi], lo)
        ):
            return True  # "dergesa ne Tetove 300", not "dërgesa brenda 2 ditësh"
        if _PLUS.search(sent.raw[: t.start - sent.start]):
            return True
    return False


_ZONE = word_set("zone_words")


def _zone_at(toks: Sequence[Token]) -> list[int]:
    """The positions of the zone numbers the tokens say ("Zona 1", "zone 2"): a number right
    after a zone word."""
    return [
        k + 1 for k in range(len(toks) - 1) if toks[k].text in _ZONE and toks[k + 1].text.isdigit()
    ]


def _zone_numbers(found: Sequence[ProductEntry], only: str | None = None) -> frozenset[str]:
    """The zone numbers the delivery products' variants (or the variant ``only``) name ("Zona
    1", "Zona 2: Çair, …")."""
    out: set[str] = set()
    for e in found:
        for v in e.variants if only is None else (only,):
            toks = tokenize(fold(v))
            out.update(toks[j].text for j in _zone_at(toks))
    return frozenset(out)


def _states_zone(sent: Sentence, zones: frozenset[str]) -> bool:
    """The shop's sentence puts the order's place in one zone a delivery variant names and
    states an amount beside it ("Aerodromi Zona 1, +200 den", "Karposh is Zone 1 (200 den)",
    "Gazi Baba është Zona 2 (300 den)"): the zone's fee, said without the delivery noun. Not a
    question, nor a list of zones ("Zona 1 200, zona 2 300")."""
    if not zones or sent.question or any(t.text in _FREE for t in sent.toks):
        return False
    toks = sent.toks
    at = [j for j in _zone_at(toks) if toks[j].text in zones]
    if len(at) != 1:
        return False
    return any(
        j != at[0]
        and x.text[:1].isdigit()
        and not (j + 1 < len(toks) and toks[j + 1].text in _DURATION)
        and not _clock(sent, j)
        for j, x in enumerate(toks)
    )


_NEGATIONS = word_set("negations")


def _states_kind(sent: Sentence, found: Sequence[ProductEntry]) -> bool:
    """The shop's sentence names the delivery by its noun and one of its variants, without an
    amount ("Transport jashtë Shkupit. Ta konfirmoj?", "Po, me kurier, transport jashtë
    Shkupit"), or lists a delivery variant as a part after "+" ("certifikata + DHL për
    Brescia"): the delivery that applies to the order, priced by the catalog. Not a question,
    nor a sentence with a negation ("transport jashtë Shkupit nuk bëjmë")."""
    if sent.question or any(t.text in _FREE or t.text in _NEGATIONS for t in sent.toks):
        return False
    toks = sent.toks
    for k, t in enumerate(toks):
        if t.text in _SERVICE and not _paying(toks, k):
            lo = k + 1  # "transport jashtë Shkupit"
        elif sent.raw[: t.start - sent.start].rstrip().endswith("+"):
            lo = k  # "… + DHL për Brescia": a part of the shop's list that is a delivery variant
        else:
            continue
        hi = min(len(toks), lo + 4)
        for e in found:
            if e.variants and match_variant(e.specs, toks, lo, hi) is not None:
                return True
    return False


def _goods(
    index: CatalogIndex, sent: Sentence, delivery: Mapping[str, object]
) -> list[tuple[int, int]]:
    """The token spans of the sentence's mentions of products other than the delivery ones."""
    if not any(t.text in _SERVICE for t in sent.toks):
        return []
    return [
        (m.start, m.end)
        for m in find_mentions(index, sent.toks, sent.breaks)
        if index.products[m.product].sku not in delivery
    ]


def _asks(sent: Sentence) -> bool:
    """The shop asks whether the goods are delivered ("Dërgesë?", "A ju duhet transport?");
    not how they are paid ("Duhet pagesë në dorëzim?")."""
    return sent.question and any(
        t.text in _SERVICE and not _paying(sent.toks, k) for k, t in enumerate(sent.toks)
    )


def _yes(sent: Sentence) -> bool:
    """The customer's answer opens with a yes ("da, Tetovo", "po ne Softaj")."""
    return bool(sent.toks) and (
        sent.toks[0].text in _YES or any(a == 0 for a, _b in sent.spans("agree"))
    )


def _words(e: ProductEntry) -> set[str]:
    """The stems of a delivery product's name and variants besides the linking words."""
    text = " ".join((e.name, *e.variants))
    return {
        stem(t.text) for t in tokenize(fold(text)) if t.text.isalpha() and t.text not in _LINKING
    }


def _said(word: str, said: set[str]) -> bool:
    """The sentence says the word, inflected ("korrieri" stems to korr, "korrier" to korrier)."""
    return word in said or any(
        min(len(s), len(word)) >= 4 and (s.startswith(word) or word.startswith(s)) for s in said
    )


def _which(found: Sequence[ProductEntry], sent: Sentence) -> ProductEntry | None:
    """The delivery product the shop's sentence names by the words the others lack ("korrieri
    400" for "Dërgesë me korrier …" beside "Dërgesë jashtë shtetit"), when one is named most."""
    if len(found) == 1:
        return found[0]
    said = {stem(t.text) for t in sent.toks if t.text.isalpha()}
    words = {e.index: _words(e) for e in found}
    shared = set.intersection(*words.values())  # "dërgesë" in every name tells none apart
    score = [(sum(_said(w, said) for w in words[e.index] - shared), e.index) for e in found]
    best = max(s for s, _ in score)
    top = [i for s, i in score if s == best]
    if best == 0 or len(top) > 1:
        return None
    return next(e for e in found if e.index == top[0])


def _whole_variant(entry: ProductEntry, sent: Sentence) -> str | None:
    """The longest variant all of whose words the sentence says ("për fshatrat e Pejës" beside
    "Pejë" for "fshatrat e Pejës"), when one is longest."""
    said = {stem(t.text) for t in sent.toks}
    fits = []
    for v in entry.variants:
        words = {stem(t.text) for t in tokenize(fold(v)) if t.text not in _LINKING}
        if words and words <= said:
            fits.append((len(words), v))
    if not fits:
        return None
    best = max(n for n, _v in fits)
    top = [v for n, v in fits if n == best]
    return top[0] if len(top) == 1 else None


_OUTSIDE = word_set("outside_words")


@lru_cache(maxsize=256)
def _outside_town(name: str) -> str | None:
    """The town a delivery product's name says it is for outside of ("Transport jashtë
    Shkupit", "Delivery outside Tirana"), folded, or None."""
    toks = tokenize(fold(name))
    for k, t in enumerate(toks):
        if t.text in _OUTSIDE:
            hits = find_cities(toks[k + 1 : k + 3])
            return fold(hits[0].city) if hits and hits[0].start == 0 else None
    return None


def _stated_variant(
    entry: ProductEntry, said: Sentence, stated: Sequence[Sentence], products: int
) -> str | None:
    """The variant the shop's last sentence stating the delivery names; when it names none
    ("Në rregull: 50 M9, 30 GF677 + transport" after "Dërgesa në Fier 1000 lekë (jashtë
    rrethit)"), the one its latest earlier sentence stating this delivery names: a bare
    "+ transport" in the restatement repeats the delivery already priced."""
    for sent in (said, *reversed(stated)):
        if products > 1 and _which([entry], sent) is None:
            continue  # (one entry: always itself)
        hit = match_variant(entry.specs, sent.toks, 0, len(sent.toks))
        if hit is not None:
            return entry.variants[hit.index]
        whole = _whole_variant(entry, sent)
        if whole is not None:
            return whole
        zoned = _zone_said(entry, sent)
        if zoned is not None:
            return zoned
    return None


def _zone_said(entry: ProductEntry, sent: Sentence) -> str | None:
    """The one variant naming the zone the sentence says ("dalja zona 1 300 den" for "Zona 1:
    Qendër, Karposh, …", whose other words the sentence does not say)."""
    said = {sent.toks[j].text for j in _zone_at(sent.toks)}
    if len(said) != 1:
        return None
    hits = [v for v in entry.variants if _zone_numbers([entry], v) == said]
    return hits[0] if len(hits) == 1 else None


def add_delivery_line(
    items: list[ExtractedItem],
    texts: Sequence[tuple[int, str, str]],
    index: CatalogIndex,
    merchant_sents: dict[int, list[Sentence]],
    customer_sents: dict[int, list[Sentence]],
    city: str | None,
    home: str = "AL",
) -> None:
    """Add the delivery line (see the module's doc) to ``items`` when the conversation states
    it and no line of a delivery product is there yet; give a delivery line left without a
    variant the zone of the destination."""
    found = delivery_products(index)
    if not found or not items:
        return
    skus = {e.sku: e for e in found}
    present = [k for k, it in enumerate(items) if it.product in skus]
    said: Sentence | None = None  # the shop's last sentence stating the delivery
    stated: list[Sentence] = []  # the shop's sentences stating it since the last pick-up
    asked = -1  # the message of the shop's last question about delivery
    zones = _zone_numbers(found)
    for i, author, _text in texts:
        if author == "merchant":
            for sent in merchant_sents.get(i, ()):
                if (
                    _states_fee(sent, _goods(index, sent, skus))
                    or _states_zone(sent, zones)
                    or _states_kind(sent, found)
                ):
                    said = sent
                    stated.append(sent)
                elif _asks(sent):
                    asked = i
        elif author == "customer":
            sents = customer_sents.get(i, ())
            if any(s.has("pickup") for s in sents):
                said, asked = None, -1  # "jo, vij vetë e marr": collected, not delivered
                stated = []
            elif asked >= 0 and sents and _yes(sents[0]):
                said, asked = sents[0], -1
                stated.append(sents[0])
            else:
                asked = -1
    if present:
        for k in present:
            it = items[k]
            if it.variant is None:
                line = skus[it.product or ""]
                # the line read from the shop's "+ transport": the variant it stated before
                stated_v = _stated_variant(line, said, stated, len(found)) if said else None
                zone = stated_v or _zone_variant(line, _destination(said, city, home))
                if zone is not None:
                    items[k] = replace(it, variant=zone)
        return
    if said is None:
        return
    entry = _which(found, said)
    if entry is None and len(found) > 1:
        dest = _destination(said, city, home)
        by_zone = [e for e in found if _zone_variant(e, dest) is not None]
        entry = by_zone[0] if len(by_zone) == 1 else None
    if entry is None or (city is not None and _outside_town(entry.name) == fold(city)):
        return  # "Transport jashtë Shkupit" for an order to Shkup: no delivery fee
    variant: str | None = None
    if entry.variants:
        variant = _stated_variant(entry, said, stated, len(found))
        if variant is None:
            variant = _zone_variant(entry, _destination(said, city, home))
        if variant is None and city is not None:
            town = fold(city)
            variant = next((v for v in entry.variants if fold(v) == town), None)
    text = next((t for i, _a, t in texts if i == said.message), "")
    end = said.start + len(said.raw)
    items.append(
        ExtractedItem(
            product=entry.sku,
            name=entry.name,
            quantity=1,
            variant=variant,
            unit_price=entry.price,
            evidence=Evidence(said.message, said.start, end, text[said.start : end]),
        )
    )


# -- products sold for a place ("Pako brenda Tiranës", "Pako për Kosovë") -------------------

_PLACES_ATTR = "_product_places"  # the index keeps its products' places (computed once)


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Folded country words (products.json's country groups) -> the ISO region they name."""
    groups = load("products.json")
    out: dict[str, str] = {}
    for group, region in load("regions.json")["_country_groups"].items():
        if not group.startswith("_"):
            for w in groups.get(group, ()):
                out[fold(w)] = region
    return out


def _product_places(index: CatalogIndex) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """SKU -> (the towns its name says, "Pako brenda Tiranës"; the countries it says, "Pako
    për Kosovë") for the products whose names are sold for a place, once per index."""
    found: dict[str, tuple[frozenset[str], frozenset[str]]] | None = getattr(
        index, _PLACES_ATTR, None
    )
    if found is None:
        found = {}
        countries = _country_words()
        for e in index.products:
            toks = tokenize(e.name)
            towns = frozenset(h.city for h in find_cities(toks, minor=False))
            regions = frozenset(countries[t.text] for t in toks if t.text in countries)
            if towns or regions:
                found[e.sku] = (towns, regions)
        setattr(index, _PLACES_ATTR, found)
    return found


def by_destination(items: list[ExtractedItem], index: CatalogIndex, city: str | None) -> None:
    """ "Kam një pako për Shkodër" beside "Pako brenda Tiranës", "Pako për qytetet e tjera të
    Shqipërisë", "Pako për Kosovë": a line of a product sold for a place, whose words did not
    say that place, is the sibling (a product of the same first word sold for another place)
    whose name says the order's town, else the town's country. Siblings that both fit, or none,
    leave the line."""
    if city is None or not items:
        return
    places = _product_places(index)
    if len(places) < 2:
        return
    hits = find_cities(tokenize(city), minor=False)
    town = hits[0].city if hits else city
    region = place_region(town)
    by_sku = {e.sku: e for e in index.products}
    for k, it in enumerate(items):
        own = places.get(it.product or "")
        entry = by_sku.get(it.product or "")
        if own is None or entry is None or not entry.phrases or not entry.phrases[0]:
            continue
        head = entry.phrases[0][0]
        siblings = [
            e
            for e in index.products
            if e.sku in places and e.phrases and e.phrases[0] and e.phrases[0][0] == head
        ]
        pick = [e for e in siblings if town in places[e.sku][0]]
        if not pick and region is not None:
            pick = [e for e in siblings if region in places[e.sku][1]]
        if len(pick) != 1 or pick[0].sku == it.product:
            continue
        words = tokenize(it.evidence.text) if it.evidence is not None else []
        towns_said = {h.city for h in find_cities(words, minor=False)}
        countries_said = {_country_words().get(t.text) for t in words}
        if towns_said & own[0] or countries_said & own[1]:
            continue  # "pako për Kosovë": the customer's words say the line's own place
        new = pick[0]
        variant = it.variant if it.variant in new.variants else None
        items[k] = replace(
            it, product=new.sku, name=new.name, variant=variant, unit_price=new.price
        )
