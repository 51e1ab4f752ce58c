"""Product mentions in a sentence: runs of words that name a catalog product.

A mention starts at a content word the catalog knows, takes in adjectives just before it, and
extends over the words its candidate products share; candidates are ranked by IDF-weighted
shared keys, best name coverage and colour contradictions. Adjacent mentions are merged, words
that are a variant of the product just named refine it, a description after "mit/me/with"
belongs to the product it follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from plugins.parser_rules.catalog_match import (
    STOPWORDS,
    CatalogIndex,
    core_function_words,
    dims_links,
    function_words,
    group_key,
    head_key,
    is_attribute,
    key_of,
    non_product_words,
    phrase_keys,
)
from plugins.parser_rules.item_state import CONTAINERS, PAIR_WORDS
from plugins.parser_rules.lexicon import lexicon, load, word_set
from plugins.parser_rules.memo import memoised_mentions
from plugins.parser_rules.normalize import Token, fold, stem, tokenize
from plugins.parser_rules.numbers import find_measures, number_value, unit_of
from plugins.parser_rules.segments import and_count
from plugins.parser_rules.variants import SIZE_KEYWORDS, WITHOUT, match_variant, ordinal, word_key


@dataclass
class Mention:
    """A run of tokens naming a product; ``candidates`` are ranked best first."""

    start: int  # token indexes in the sentence
    end: int
    candidates: list[tuple[float, int]]  # (score, product index)
    keys: list[str]

    @property
    def product(self) -> int:
        return self.candidates[0][1]

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1 and self.candidates[1][0] >= self.candidates[0][0] - 1e-9


def _score(index: CatalogIndex, keys: Sequence[str], pid: int) -> float:
    entry = index.products[pid]
    # "sa copë" (how many pieces) and the "24 copë" of a name count pieces, they name nothing
    present = set(keys) - {"#piece"}
    score = sum(
        index.idf.get(k, 0.0) for k in present if k in entry.keys and k not in entry.alias_variant
    )
    # a concept (colour, material) said by the customer that the product's names contradict
    for k in present:
        if (
            k.startswith("#")
            and k not in entry.keys
            and any(pk.startswith("#") and _same_family(pk, k) for pk in entry.keys)
        ):
            score -= 2.0
    if any(k[:1] == "~" for k in present):
        # "Bleistifte" (~pencil) for "Lapsa grafit" and "Lapsa me ngjyra" (~pencil and the
        # narrower ~colour_pencils): a name in a kind the customer did not say fits less
        score -= 0.3 * sum(1 for pk in entry.keys if pk[:1] == "~" and pk not in present)
    best_cov = 0.0
    for ph in entry.phrases:
        if not ph:
            continue
        cov = sum(1 for k in ph if k in present or _same_root(k, present)) / len(ph)
        if ph in entry.bracketed:
            cov *= 0.5  # the words in a name's brackets: weaker than the name's own
        if ph in entry.described:
            # one item of a bracketed list ("(këllëf batanije, çarçaf, jastëk)", what a set
            # holds): weaker still than a name that says the word itself ("Set çarçafësh")
            cov *= 0.5
        best_cov = max(best_cov, cov)
    if entry.phrases and entry.phrases[0] and entry.phrases[0][0] in present:
        # "lesh" for "Lesh për thurje" beside "Shall leshi", "Triko leshi": the word the
        # catalog name opens with (an Albanian head noun) over the same word as a modifier
        score += 0.2
    return score + 1.5 * best_cov


def match_score(index: CatalogIndex, keys: Sequence[str], product: int) -> float:
    """How well the keys of a customer's words fit ``product``: the score that ranks a
    mention's candidates (read-only, for the signals read after the lines are made)."""
    return _score(index, keys, product)


def _same_root(key: str, present: set[str]) -> bool:
    """ "zinxhirin" (root zinxhir) for an alias "zinxhiri" (cut to zinxh): one word whose two
    forms the stemmer cut at different lengths, a plain root of 4+ letters and the other one
    to two letters longer."""
    if len(key) < 4 or not key.isalpha():
        return False
    return any(
        p.isalpha()
        and len(p) >= 4
        and 0 < abs(len(p) - len(key)) <= 2
        and (p.startswith(key) or key.startswith(p))
        # the longer one's extra letters are an ending's ("-ir", "-et"), not the next part of a
        # compound ("Pelletofen" is a stove, not the pellets)
        and set(max(p, key, key=len)[min(len(p), len(key)) :]) <= _ENDING_LETTERS
        for p in present
    )


_ENDING_LETTERS = frozenset("aeiouyjhmnrstv")


_COLOURS = word_set("colours")
# words for a crate sold whole ("arkë", "Kiste", "cassa", the group ~crate)
_BULK_KEYS = frozenset(
    [key_of(w) for w, g in lexicon().product_exact.items() if g == "crate"] + ["~crate"]
)


def _same_family(a: str, b: str) -> bool:
    return a[1:] in _COLOURS and b[1:] in _COLOURS


_NOT_JOINING = word_set("not_joining") | word_set("without")  # "qiri pa kuti dhurate"
_PREPOSITIONS = word_set("prepositions")
_PAY_VERBS = word_set("pay_verbs")
_PAY_WAYS = word_set("payment_methods") | word_set("paid_in")  # "zahlt bar": cash, after "pay"


def resolved_keys(index: CatalogIndex, toks: Sequence[Token]) -> list[str | None]:
    resolved = [index.resolve(t.text) for t in toks]
    for k in dims_links(toks):
        resolved[k] = None
    for k, t in enumerate(toks):
        if t.text in index.bare and _bare_name(toks, k):
            resolved[k] = t.text
        elif resolved[k] == t.text and t.text in index.acronyms and not t.raw.isupper():
            resolved[k] = None  # "et" (and) is not the "ET" of "EcoTank"; "DP" is DisplayPort
    for k in range(len(toks) - 1):
        if toks[k].text in STOPWORDS and toks[k].end == toks[k + 1].start:
            code = toks[k].text + toks[k + 1].text
            if toks[k + 1].text.isdigit() and code in index.by_key and code[:1].isalpha():
                # "E27 te bardhat" for "Llambë LED E27": the code, not "e" and a number
                resolved[k] = resolved[k + 1] = code
    for k in range(1, len(toks)):
        r = resolved[k]
        if (
            r is not None
            and toks[k].text in CONTAINERS
            and (n := number_value(toks[k - 1].text)) is not None
            # a word of the catalog that is no product's key ("kutia" beside "(kuti 10 copë)")
            # has no pack to be the unit of
            and (owners := index.by_key.get(r))
            and all(r in index.products[p].contents for p in owners)
            and not any(f"{n:g}:{r}" in index.products[p].contents for p in owners)
        ):
            # "2 shishe verë" beside "Verë, kuti 6 shishe": the unit of the customer's count,
            # not a word of the pack's name that counts it
            resolved[k] = None
        elif (
            r is not None
            and toks[k].text in _UNIT_CONTAINERS
            and number_value(toks[k - 1].text) is not None
            and _packs_other(index, resolved, k)
        ):
            # "dy pako sherbelë", "arra 1 pako 1 kg" beside "Pako dhurate": the unit another
            # product is counted in, not the name the container word begins
            resolved[k] = None
    for a, b, g in phrase_keys(index, [t.text for t in toks]):
        for k in range(a, b):
            # "evening gown", "syze dielli": one product word; the catalog's own words ("building
            # blocks" as an alias) keep their literal key
            r = resolved[k]
            if (r is None or r[:1] == "~") and toks[k].text not in STOPWORDS:
                resolved[k] = g
    opens: set[int] = set()
    for m in find_measures(toks):
        key = "=" + m.key
        unit = resolved[m.end - 1] if m.end - m.start >= 2 else None
        resolved[m.start] = key if key in index.by_key else None
        for k in range(m.start + 1, m.end):
            resolved[k] = None
        if (
            resolved[m.start] is None
            and unit is not None
            and not is_attribute(unit)
            and toks[m.end - 1].text in index.written
            and any(
                ph and ph[0] == unit
                for p in index.by_key.get(unit, ())
                for ph in index.products[p].phrases
            )
        ):
            # "nji meter shirit" for "Metër shirit 150cm": the unit word opens a catalog name,
            # the measure "1 m" is no size of it
            resolved[m.end - 1] = unit
            nxt = resolved[m.end] if m.end < len(toks) else None
            if nxt is not None and any(
                ph[:2] == (unit, nxt)
                for p in index.by_key.get(unit, ())
                for ph in index.products[p].phrases
            ):
                opens.add(m.end - 1)  # "4 litar kercimi": the name goes on after the unit
    for k in range(1, len(toks)):
        if resolved[k] is not None and ordinal(toks, k - 1):
            resolved[k] = None  # "5shin", "42-shin": an ordinal ending, not "shin pads"
        elif (
            resolved[k] is not None and toks[k - 1].text in _PAY_VERBS and toks[k].text in _PAY_WAYS
        ):
            resolved[k] = None  # "er zahlt bar", "paguan cash": the way to pay
    for k, t in enumerate(toks):
        # a unit after a number ("128gb", "7 kg") is part of a measure, not a product word
        if (
            k
            and k not in opens  # "4 litar kercimi" for "Litar kërcimi": a rope, not litres
            and unit_of(t.text) is not None
            and toks[k - 1].text[:1].isdigit()
            and not (resolved[k] or "").startswith("=")
        ):
            resolved[k] = None
    return resolved


# packs and bottles; not the crates and pallets a shop sells as such ("eine Kiste Bier")
_UNIT_CONTAINERS = word_set("containers")


def _packs_other(index: CatalogIndex, resolved: list[str | None], k: int) -> bool:
    """The container word at ``k`` (after a count) names a product none of whose names the
    word next to it shares: the product after it ("2 pako çaj"), or the one before the count
    when nothing of a name follows ("çaj 2 pako", "çaj 2 pako nga 100 g")."""

    def names_goods(key: str | None) -> bool:
        return key is not None and (not is_attribute(key) or key in index.heads)

    nxt = resolved[k + 1] if k + 1 < len(resolved) else None
    word = nxt if names_goods(nxt) else resolved[k - 2] if k >= 2 else None
    if word is None or not names_goods(word):
        return False
    named = index.by_key.get(word, ())
    owners = index.by_key.get(resolved[k] or "", ())
    return bool(named) and not set(named) & set(owners)


def _unmatched_codes(toks: Sequence[Token], resolved: list[str | None]) -> set[int]:
    """A model code the catalog does not hold ("L3150" beside "EcoTank L3250", "S21" beside
    "Galaxy S23") names no product by its letters alone: a short letter run glued to a number
    the catalog does not know is cleared; its two tokens (returned) do not end a mention."""
    out: set[int] = set()
    for k in range(len(toks) - 1):
        t, nxt = toks[k], toks[k + 1]
        if (
            resolved[k] is not None
            and resolved[k + 1] is None
            and len(t.text) <= 3
            and t.text.isalpha()
            and nxt.text.isdigit()
            and len(nxt.text) >= 2
            and t.end == nxt.start
            and resolved[k] != t.text + nxt.text  # "E27": the catalog's own code
        ):
            resolved[k] = None
            out.update((k, k + 1))
    return out


# the concepts "big" and "small", said of many kinds of goods
SIZE_CONCEPTS = frozenset({"#small", "#large"})


def sibling_by_concept(
    index: CatalogIndex, product: int, toks: Sequence[Token], a: int, b: int
) -> int | None:
    """ "nje te madh me livande edhe nje te vogel me vanilje": a part of the sentence that names
    a flavour, scent or colour the product read lacks (in its names and its variants), which
    exactly one other product of its kind (the first word of its name) holds: that product."""
    entry = index.products[product]
    head = entry.phrases[0][0] if entry.phrases and entry.phrases[0] else None
    if head is None or is_attribute(head):
        return None
    own = entry.keys | {k for sp in entry.specs for k in sp.keys}
    found: set[int] = set()
    for i in range(max(0, a), min(b, len(toks))):
        k = index.resolve(toks[i].text)
        if k is None or k[:1] != "#" or k in SIZE_CONCEPTS or k in own:
            continue
        found |= {
            p for p in index.by_key.get(k, ()) if p != product and head in index.products[p].keys
        }
    return found.pop() if len(found) == 1 else None


@memoised_mentions  # pure, asked again for the customer's sentence (memo.py)
def find_mentions(index: CatalogIndex, toks: Sequence[Token], breaks: set[int]) -> list[Mention]:
    """Product mentions in one sentence. ``breaks`` are token indexes that start a new segment."""
    resolved = _clipped_heads(index, toks, resolved_keys(index, toks))
    codes = _unmatched_codes(toks, resolved)
    fw = function_words()
    raw: list[Mention] = []
    i = 0
    n = len(toks)
    while i < n:
        k = resolved[i]
        if (
            k is None
            or (
                is_attribute(k)
                and k not in index.heads
                and not _model_number(index, toks, resolved, i)
                and not _measure_code(index, toks, resolved, i)
            )
            # a size word heads a mention only as the shop writes it ("mini qiri"): "the
            # small ones" is a size of the product named
            or k in SIZE_CONCEPTS
            and toks[i].text not in index.written
            or toks[i].text in fw
            and k not in index.bare
            and not _glued_code(toks, i, k)
            and not _noun_named_like_a_person(index, toks[i], k)
            and not _model_name(index, toks, resolved, i, breaks)
            and not _counted_catalog_word(index, toks, k, i)
            or len(toks[i].text) < 3
            and not _glued_code(toks, i, k)
            and not _model_code(toks, resolved, i)
            and not _spaced_code(index, resolved, i)
            and not _measure_code(index, toks, resolved, i)
            and not _short_head(index, toks[i].text, k)
            or _describes_attribute(toks, resolved, i)
            or _conjunction_alone(index, toks, resolved, i)
            or _general_alone(index, toks, resolved, i)
            or _position_alone(index, toks, resolved, i)
            or _place_alone(index, toks, resolved, i)
            or _period_alone(index, toks, resolved, i)
            or i > 0
            and toks[i - 1].text in _EVERY
            or _kin_of_mine(toks, i)
            or _in_other_variant(index, toks, resolved, breaks, i)
        ):
            i += 1
            continue
        cands = set(index.by_key.get(k, ()))
        keys = [k]
        mod = index.modifier(toks[i].text)
        if mod is not None:
            keys.append(mod)  # "Silberohrringe": the silver ones
        # adjectives before the noun ("black dress", "die schwarze Winterjacke")
        numbered = False
        lead = i  # the mention's first token: the name's number before the word ("50 Mbps")
        b = i - 1
        while b >= 0 and b + 1 not in breaks and i - b <= 3:
            kb = resolved[b]
            if kb is None and b and _measure_before(toks, resolved, b):
                b -= 1  # "the 30L backpack", "a 2 m cable": the measure a name holds
                kb = resolved[b]
            if (
                kb is None
                and toks[b].text in CONTAINERS
                and b
                and toks[b - 1].text.isdigit()
                and any(toks[b - 1].text in index.products[p].keys for p in cands)
            ):
                # "a 5-pack of socks" beside "Çorape pako 5 palë" and "... pako 3 palë": the
                # number of the pack is a word of one name
                keys.append(toks[b - 1].text)
                b -= 2
                continue
            if kb is not None and kb[:1] in "#=":
                keys.append(kb)
            elif kb is not None and kb.isdigit() and _code_digits(toks, b):
                keys.append(kb)  # "two A5 notebooks": the code of one of the names
            elif kb is not None and kb.isdigit() and _name_number_before(index, toks, b, k, cands):
                keys.append(kb)  # "1 4-stinësh" for "Jorgan 4 stinë": the name's number
                numbered = len(cands) == 1  # with its word, they name the one product
                lead = b  # "Pra: 50 Mbps pa kontratë": the number is the name's, no count
            elif kb is not None or toks[b].text not in STOPWORDS:
                break
            b -= 1
        j = i + 1
        gap = 0
        while j < n and j not in breaks and gap <= 1:
            kj = resolved[j]
            if kj is None:
                if _and_digits(toks, resolved, j):
                    break  # "buk fshati e 10 veze": "and" and a count start the next product
                if toks[j].text in WITHOUT and not holds_without(index, cands):
                    break  # "qiri pa kuti dhurate": what comes after "without" is not wanted
                if toks[j].text in STOPWORDS or j in codes:
                    j += 1
                    continue
                if _counts_next_name(toks, resolved, j):
                    break  # "buk fshati e 10 veze": "and 10" counts the next product
                if _counted_in_container(toks, j, keys):
                    break  # "silikon 2 tuba transparent": the count and its unit, not the name
                gap += 1
                j += 1
                continue
            if kj.isdigit() and _dims_elsewhere(index, toks, j, cands):
                break  # "pllaka 60x120" beside "Pllakë muri 30x60": the size, not that name
            if kj.isdigit() and toks[j - 1].text in SIZE_KEYWORDS and resolved[j - 1] is None:
                break  # "Bateri nr. 10" beside "Bateri – kuti 10 pako": the size, not that name
            other = set(index.by_key.get(kj, ()))
            if (
                kj.isdigit()
                and _counts_next(toks, j)
                and not _name_number(index, resolved, j, cands)
            ):
                break  # "letra higjienike 3 pako": a count of packs, not the "3" of the name
            if not (other & cands):
                if kj.isdigit() and resolved[j - 1] is None and toks[j - 1].text not in STOPWORDS:
                    # "omegat boni 2": a number after a word outside the name, that no candidate's
                    # name holds, is not part of the mention (a count, read after it)
                    break
                if kj.isdigit() and (j + 1 == n or j + 1 in breaks):
                    break  # "jastik me pupla 2": a number no name holds, closing the segment
                if is_attribute(kj):
                    keys.append(kj)  # an attribute the products do not share: left to the variants
                    j += 1
                    continue
                break
            if not is_attribute(kj):
                if any(toks[x].text in _PURPOSE for x in range(i + 1, j)) and not _one_name(
                    index, cands & other, keys, kj, in_order=True
                ):
                    # "çarçaf gri për krevat tek": what it is for, not the words of one name
                    # ("jastëk për qafë" for "Jastëk udhëtimi për qafë" is one)
                    break
                if not all(kj in index.products[p].alias_variant for p in other & cands):
                    # "sufllaqe pule në pitë" beside the alias "qofte ne pite" of a sibling:
                    # a variant every one of them is sold in does not narrow the name
                    cands &= other
            keys.append(kj)
            gap = 0
            j += 1
        end = j
        while end > i + 1 and resolved[end - 1] is None:
            end -= 1
        start = lead
        kg = resolved[i - 2] if i >= 2 and i - 1 not in breaks and i not in breaks else None
        if (
            kg is not None
            and toks[i - 1].text in _GENITIVE
            and not is_attribute(kg)
            and (raw[-1].end if raw else 0) <= i - 2
            and cands & set(index.by_key.get(kg, ()))
        ):
            # "ndërrimi i baterisë" for "Ndërrim baterie": the head before a genitive article
            start = i - 2
            cands &= set(index.by_key.get(kg, ()))
            keys.insert(0, kg)
        if cands and (
            _named(index, keys, cands)
            or _featured(index, toks, i, keys, cands)
            or _model_word(index, toks, i, keys, cands)
            or _model_number(index, toks, resolved, i)
            or numbered
            or _distinct_pair(index, keys, cands, raw)
        ):
            raw.append(Mention(start, end, _rank(index, keys, cands), keys))
            i = max(end, i + 1)
        else:
            # "3 shishe shesh te zi" beside "Arkë 6 shishe Shesh i Zi": a run that names no
            # product leaves its later words free to start the name they begin
            i += 1
    merged = _brand_after_kind(index, toks, _merge(index, toks, raw, breaks))
    if merged and not _CLOCK_WORDS.isdisjoint(t.text for t in toks):
        merged = [m for m in merged if not _clock_time(toks, m)]
    if merged:
        merged = [v for m in merged if (v := _in_verb_place(index, toks, m)) is not None]
    return [
        _by_variant_after(
            index, toks, breaks, m, merged[k + 1].start if k + 1 < len(merged) else None
        )
        for k, m in enumerate(merged)
    ]


_CLOCK_HOURS = word_set("clock_hours")
_CLOCK_PARTS = word_set("day_parts")
_CLOCK_LINKS = word_set("day_part_links")
_CLOCK_WORDS = _CLOCK_HOURS | _CLOCK_PARTS
_TIME_PREPS = word_set("time_preps")


def _clock_time(toks: Sequence[Token], m: Mention) -> bool:
    """ "në orën 12", "nesër ora 9", "deri 8 në mbrëmje", "11 të mbrëmjes", "at 9 in the
    evening", "alle 9 di sera", "um 8 Uhr abends", "pas drekës": a mention made only of an hour
    or day-part word that tells a clock time (the hour word before its number, the day part
    after one or right after "pas / para / until / after") is the time, not a product ("Dado
    me orë", "Babysitting mbrëmje", "Drekë e gatuar")."""
    words = [t.text for t in toks[m.start : m.end]]
    if not all(w in _CLOCK_WORDS for w in words):
        return False
    if words[-1] in _CLOCK_HOURS:
        return m.end < len(toks) and number_value(toks[m.end].text) is not None
    if m.start and toks[m.start - 1].text in _TIME_PREPS:
        return True  # "pas drekës", "until evening": when, not what
    k = m.start - 1
    while k >= 0 and m.start - k <= 3 and toks[k].text in _CLOCK_LINKS:
        k -= 1
    return k >= 0 and k < m.start - 1 and number_value(toks[k].text) is not None


_VERB_PARTICLES = word_set("verb_particles")
_VERB_CLITICS = word_set("verb_clitics")
_VERB_SUBJECTS = word_set("verb_subjects")
_COPULA = word_set("copula")
_SERVICE_ENDINGS = tuple(word_set("service_noun_endings"))


def _in_verb_place(index: CatalogIndex, toks: Sequence[Token], m: Mention) -> Mention | None:
    """ "me e llaku" (to varnish it), "mos e karikoni" (don't charge it), "qe me shtrengojne"
    (that pinch me), "unë e marr" (I take it): one word after a verb's particle or personal
    pronoun and an object clitic is a verb, not the goods its root names ("Llak parketi",
    "Karikues", "Tabanë ortopedikë"): the mention goes, or keeps only the services its
    candidates hold ("a mundeni me i spërkat" asks for "Spërkatje pemësh", not the sprayer). A
    service verb of the catalog's groups ("a e rregulloni?", "a i montoni?") is left as it is."""
    k = m.start
    if m.end - k != 1 or k < 2 or toks[k].text in lexicon().product_exact:
        return m
    clitic, before = toks[k - 1].text, toks[k - 2].text
    if clitic not in _VERB_CLITICS:
        return m
    if before not in _VERB_PARTICLES and (before not in _VERB_SUBJECTS or clitic == "me"):
        return m  # "ju me dantellë" (you with lace): a pronoun and "with"
    if (
        before == "me"
        and clitic in ("e", "i")
        and k + 1 < len(toks)
        and (toks[k + 1].text in _COPULA or toks[k + 1].text == "se")
    ):
        return m  # "më i trashi është 15 mm", "më e lirë se": the most, not a verb
    services = [c for c in m.candidates if _service_name(index.products[c[1]].name)]
    return Mention(m.start, m.end, services, m.keys) if services else None


def _service_name(name: str) -> bool:
    """The name opens with a verbal noun ("Printim …", "Prerje …", "Cleaning …",
    "Reinigung …"): it sells a service."""
    words = fold(name).split()
    return bool(words) and words[0].endswith(_SERVICE_ENDINGS)


_CLOSE = 0.5  # candidates this near the best one are told apart by their variants
_VARIANT_REACH = 3  # words after a mention read for a variant of one candidate


def _by_variant_after(
    index: CatalogIndex, toks: Sequence[Token], breaks: set[int], m: Mention, nxt: int | None
) -> Mention:
    """ "Filtri Samsung" beside "Filtër uji frigoriferi" (variants Samsung, LG) and "Filtër për
    kanë uji" (none), "the cover, Bosch" beside two covers of which one comes in Bosch: when the
    words name two products (and no third) about as well, a variant word said right after the
    name (a brand, a model, a colour, not a bare number; before the next product named) that
    only one of them offers names that one."""
    if len(m.candidates) < 2 or m.end in breaks or m.ambiguous:
        return m  # an exact tie is left to the item's reading (the variant said picks there)
    best = m.candidates[0][0]
    close = [p for s, p in m.candidates if s >= best - _CLOSE]
    if len(close) != 2:
        return m  # one product, or a word so general that many fit it ("hair", "oil")
    hi = m.end
    end = len(toks) if nxt is None else min(nxt, len(toks))
    while hi < end and hi - m.end < _VARIANT_REACH and (hi == m.end or hi not in breaks):
        hi += 1
    offered = []
    for p in close:
        entry = index.products[p]
        h = match_variant(entry.specs, toks, m.end, hi)
        if h is None:
            continue
        # the variant's own word as written ("Samsung"), not a size said of any goods ("the
        # big one" reaches the largest variant of every product sold in sizes)
        own = set(fold(entry.variants[h.index]).split())
        if any(
            toks[x].text.isalpha() and len(toks[x].text) >= 3 and toks[x].text in own
            for x in range(h.start, h.end)
        ):
            offered.append(p)
    if len(offered) != 1 or offered[0] == m.candidates[0][1]:
        return m
    p = offered[0]
    ranked = [(best + 0.01, p)] + [c for c in m.candidates if c[1] != p]
    return Mention(m.start, m.end, ranked, m.keys)


_CONJUNCTIONS = word_set("conjunctions")
_AND_BEFORE_COUNT = _CONJUNCTIONS | frozenset(["e", "i", "y", "a"])
_AND_JOINS = _CONJUNCTIONS | frozenset(["e"])  # Albanian and Italian "and"


def _conjunction_alone(
    index: CatalogIndex, toks: Sequence[Token], resolved: list[str | None], i: int
) -> bool:
    """ "300 me 24 muaj plus IP statike": a word for "and" ("plus") names no product whose name
    holds it ("TV Plus") unless the word before it is a word of that name ("tv plus") or the
    product is named by it alone."""
    k = resolved[i]
    if toks[i].text not in _CONJUNCTIONS or k is None or k in index.bare:
        return False
    kb = resolved[i - 1] if i else None
    return not any(kb in index.products[p].keys for p in index.by_key.get(k, ()))


def _counts_next_name(toks: Sequence[Token], resolved: list[str | None], j: int) -> bool:
    """ "... e 10 veze", "... and 3 apples", "... i 2 jabolka": a count after "and" followed by
    a product word opens the next product's mention."""
    if j == 0 or toks[j - 1].text not in _AND_BEFORE_COUNT or j + 1 >= len(toks):
        return False
    if not toks[j].text.isdigit() and number_value(toks[j].text) is None:
        return False
    nxt = resolved[j + 1]
    return nxt is not None and not nxt.isdigit() and not is_attribute(nxt)


def _counted_in_container(toks: Sequence[Token], j: int, keys: Sequence[str]) -> bool:
    """Token ``j`` is a count between a name and the container it is counted in ("silikon 2
    tuba" beside "Silikon (tub 280 ml)", "saten krem 3 rolni"): it closes the mention even when
    the container is a word of the name (session 19)."""
    if j + 1 >= len(toks) or not keys or toks[j + 1].text not in CONTAINERS:
        return False
    return (
        toks[j].text.isdigit()
        and 1 <= int(toks[j].text) <= 999
        or (not toks[j].text.isdigit() and number_value(toks[j].text) is not None)
    )


def _and_digits(toks: Sequence[Token], resolved: list[str | None], j: int) -> bool:
    """Token ``j`` is a count in digits after "e / and / und / dhe" before a product word ("…
    e 10 veze", "and 2 mugs"): what follows is counted apart, not more words of the name
    before ("Kuti e 10 copë" keeps its pieces)."""
    t = toks[j].text
    return (
        j >= 1
        and t.isdigit()
        and len(t) <= 3
        and (toks[j - 1].text in _CONJUNCTIONS or toks[j - 1].text in ("e", "ed"))
        and j + 1 < len(toks)
        and not is_attribute(resolved[j + 1] or "#")
    )


def _name_number_before(
    index: CatalogIndex, toks: Sequence[Token], b: int, key: str, cands: set[int]
) -> bool:
    """The number at ``b`` stands right before the word ``key`` as it does in a candidate's name
    ("4 stinë" of "Jorgan 4 stinë"), written against it ("4stinësh"), after a count ("1
    4-stinësh", "dy 3 vendesh") or over 20 ("300 Mbps" of "Internet 300 Mbps"): a word of the
    name, not a count."""
    if (
        b + 1 >= len(toks)
        or len(cands) > 64
        or not (
            toks[b].end == toks[b + 1].start
            or toks[b].text.isdigit()
            and int(toks[b].text) > 20
            or b > 0
            and (toks[b - 1].text.isdigit() or number_value(toks[b - 1].text) is not None)
        )
    ):
        return False
    pair = (toks[b].text, key)
    return any(
        pair == ph[x : x + 2]
        for p in cands
        for ph in index.products[p].phrases
        for x in range(len(ph) - 1)
    )


def _code_digits(toks: Sequence[Token], b: int) -> bool:
    """The digits at ``b`` are written against the letter before them ("A5", "S24")."""
    return b > 0 and toks[b - 1].end == toks[b].start and toks[b - 1].text.isalpha()


def _measure_before(toks: Sequence[Token], resolved: list[str | None], b: int) -> bool:
    """The unit at ``b`` closes a measure the catalog's names hold ("30 L", "500 ml")."""
    return unit_of(toks[b].text) is not None and (resolved[b - 1] or "")[:1] == "="


def _brand_after_kind(
    index: CatalogIndex, toks: Sequence[Token], mentions: list[Mention]
) -> list[Mention]:
    """ "ni ore per gruen, casio", "a guitar for my son, a Yamaha", "eine Uhr, Casio": a word of
    a kind several products share, then a brand or model word of some of them a few words
    later (no "and", no count between) is one product: the ones both words name."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and len(prev.candidates) > 1 and 0 < m.start - prev.end <= 6:
            kind = _products_of(index, prev.keys)
            both = kind & {p for _s, p in m.candidates}
            if (
                both
                and len(both) < len(kind)
                and not any(
                    toks[x].text in _AND_JOINS  # "tè di montagna mezzo chilo e origano"
                    # "4 silikona transparent, 1 pištolj": a digit counts the next line (a word
                    # for one may be an article: "a guitar for my son, a Yamaha")
                    or toks[x].text[:1].isdigit()
                    or number_value(toks[x].text) not in (None, 1.0)
                    or and_count(toks, x)
                    for x in range(prev.end, m.start)
                )
                and not _one_of_a_kind(index, toks, prev, m)
            ):
                keys = prev.keys + m.keys
                out[-1] = Mention(prev.start, m.end, _rank(index, keys, both), keys)
                continue
        out.append(m)
    return out


def _one_of_a_kind(index: CatalogIndex, toks: Sequence[Token], prev: Mention, m: Mention) -> bool:
    """ "dy rula, një tavë" beside "Tavë plastike për rul": "one" (not an article) before the
    first word of a product's name, a word for a kind of goods (no brand), counts another line
    (session 15)."""
    key = m.keys[0]
    return (
        key not in prev.keys
        and any(
            # "a" / "an": an article, or the Albanian question particle ("a beni setet …?")
            number_value(toks[x].text) == 1.0 and toks[x].text not in ("a", "an")
            for x in range(prev.end, m.start)
        )
        and any(head_key(index.products[p]) == key for _s, p in m.candidates)
        # a word the lexicon knows for a kind of goods ("tavë", "kovë"), not a brand ("Casio")
        and bool(lexicon().product_groups(toks[m.start].text))
    )


def _products_of(index: CatalogIndex, keys: Sequence[str]) -> set[int]:
    """The products whose names hold every word (not attribute) of ``keys``."""
    out: set[int] | None = None
    for k in keys:
        if not is_attribute(k):
            found = set(index.by_key.get(k, ()))
            out = found if out is None else out & found
    return out or set()


_ATTRIBUTE_NOUNS = word_set("attribute_nouns")
_DIMS_LINKS = word_set("dimension_links")
_DIMS = re.compile(r"(\d+)\s*[x×*]\s*(\d+)")


@lru_cache(maxsize=4096)
def _name_dims(name: str) -> frozenset[tuple[str, str]]:
    """The sizes "A x B" a product's name holds ("Pllakë muri 30x60" -> (30, 60), (60, 30))."""
    pairs = _DIMS.findall(name.lower())
    return frozenset(pairs) | frozenset((b, a) for a, b in pairs)


def _dims_elsewhere(index: CatalogIndex, toks: Sequence[Token], j: int, cands: set[int]) -> bool:
    """toks[j] is a side of a size said "60x120" / "60 me 60" / "60 by 60" that no candidate's
    name holds: the size is a variant, its numbers name no product whose name has another
    size with one side the same."""
    for a in (j, j - 2):
        if a >= 0 and a + 2 < len(toks) and _dims_at(toks, a):
            pair = (toks[a].text, toks[a + 2].text)
            return not any(pair in _name_dims(index.products[p].name) for p in cands)
    return False


def _dims_at(toks: Sequence[Token], a: int) -> bool:
    """toks[a:a+3] is a size "60x120" / "60 x 120" / "60 me 60" (not "LR44 x4": a model then a
    count)."""
    first, link, second = toks[a], toks[a + 1], toks[a + 2]
    if not (first.text.isdigit() and second.text.isdigit() and link.text in _DIMS_LINKS):
        return False
    if a > 0 and toks[a - 1].end == first.start:
        return False  # "LR44", "S24": the number of a model
    return (first.end == link.start) == (link.end == second.start)


_GENITIVE = word_set("genitive")
# Albanian genitive endings: "fëmijëve", "kalit", "shtëpisë", "vajzës"
_GENITIVE_ENDINGS = ("ve", "it", "ut", "se", "es")


def _name_number(index: CatalogIndex, resolved: list[str | None], j: int, cands: set[int]) -> bool:
    """ "set takëmi 72 copë" beside "Set takëmi 24 copë": the number and its unit are words of
    some of the names the mention fits, not of all: they tell which, they count nothing."""
    named = cands & set(index.by_key.get(resolved[j] or "", ()))
    unit = resolved[j + 1] if j + 1 < len(resolved) else None
    return (
        bool(named)
        and named != cands
        and unit is not None
        and all(unit in index.products[p].keys for p in named)
    )


def _counts_next(toks: Sequence[Token], j: int) -> bool:
    """The number at ``j`` counts the packs, pieces or pairs named right after it ("MC4 4 çift":
    four pairs, not the "4" of the name)."""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1].text
    return nxt in CONTAINERS or nxt in PAIR_WORDS or lexicon().concept(nxt) == "piece"


_VOWELS = frozenset("aeiouy")


def _bare_name(toks: Sequence[Token], k: int) -> bool:
    """ "2x Uno", "i dve Uno", "und ein Uno": a product called by a number or stop word is
    named by it after a count, or written with a capital inside the sentence ("ne vorrei uno"
    orders one of something else)."""
    if k == 0:
        return False
    before = toks[k - 1].text
    if before == "x" and k >= 2 and toks[k - 2].text.isdigit():
        return True
    return number_value(before) is not None or toks[k].raw[:1].isupper()


_DETERMINERS = word_set("demonstratives") | frozenset(["the", "il", "la", "lo", "der", "el"])


def _model_number(
    index: CatalogIndex, toks: Sequence[Token], resolved: list[str | None], i: int
) -> bool:
    """ "skip the 4060", "ate 2720": a number of three digits or more after "the / that",
    that the name of exactly one product holds (no measure, no variant), is its model."""
    k = resolved[i]
    return (
        i > 0
        and k is not None
        and k.isdigit()
        and len(k) >= 3
        and toks[i - 1].text in _DETERMINERS
        and len(index.by_key.get(k, ())) == 1
        and k not in index.variant_digits
    )


def _model_word(
    index: CatalogIndex, toks: Sequence[Token], i: int, keys: Sequence[str], cands: set[int]
) -> bool:
    """ "a 2 TB NVMe" for "SSD NVMe M.2 Gen4": a model or brand word of one product's name
    (capitalised there, not its first word, no word of the lexicons), said with a capital
    letter, names that product alone; a code without a vowel ("mppt", "ssd"), no word of any
    language, names it in small letters too."""
    k = keys[0] if keys else None
    return (
        k is not None
        and len(cands) == 1
        and index.models.get(k) in cands
        and (any(c.isupper() for c in toks[i].raw) or not set(toks[i].text) & _VOWELS)
        and lexicon().product_group(toks[i].text) is None
        and toks[i].text not in non_product_words()
    )


def _measure_code(
    index: CatalogIndex, toks: Sequence[Token], resolved: list[str | None], i: int
) -> bool:
    """ "10w40", "5W-30": a grade written as one word, whose first part reads as a measure
    ("10w" as watts) and whose last part is a number, two keys in a row of one catalog name
    ("Vaj motori 10W-40"), names that product as a model code does."""
    a = resolved[i]
    if a is None or not a.startswith("="):
        return False
    j = i + 1
    while j < len(toks) and j - i <= 2 and resolved[j] is None and toks[j].text.isalpha():
        j += 1
    if j >= len(toks) or j == i + 1 or resolved[j] is None or not toks[j].text.isdigit():
        return False
    if any(
        toks[m].end != toks[m + 1].start and toks[m + 1].start - toks[m].end > 1
        for m in range(i, j)
    ):
        return False  # written apart: a measure, then another number
    b = resolved[j]
    return any(
        ph[k : k + 2] == (a, b)
        for p in index.by_key.get(a, ())
        for ph in index.products[p].phrases
        for k in range(len(ph) - 1)
    )


def _glued_code(toks: Sequence[Token], i: int, key: str) -> bool:
    """ "E27", "e14": the catalog's model code read as one key (resolved_keys), though its
    letter alone is a linking word."""
    return i + 1 < len(toks) and key == toks[i].text + toks[i + 1].text


def _model_code(toks: Sequence[Token], resolved: list[str | None], i: int) -> bool:
    """ "c4", "s23", "x5": a short letter run glued to a number, both catalog words, names the
    product as a model code does."""
    return (
        i + 1 < len(toks)
        and toks[i].text.isalpha()
        and toks[i + 1].text.isdigit()
        and toks[i].end == toks[i + 1].start
        and resolved[i + 1] is not None
    )


def _noun_named_like_a_person(index: CatalogIndex, tok: Token, key: str) -> bool:
    """ "ni flamur t'vogel" for "Flamur kombëtar": a given name written in lower case that is
    the catalog's own word (flamur, lule, yll; "granit" by its root) is the thing, not the
    person."""
    return (
        tok.raw[:1].islower()
        and tok.text not in core_function_words()
        and key in (tok.text, key_of(tok.text))
        and key in index.by_key
    )


def _counted_catalog_word(index: CatalogIndex, toks: Sequence[Token], key: str, i: int) -> bool:
    """ "edhe nji bone t'zezë" for "Bone nënshami", "2 stop" for "Stop LED": a word that is
    also a request or correction verb ("bone" = make, in Gheg) names the catalog's product
    when a count stands right before it - a verb takes no count."""
    word = toks[i].text
    if i == 0 or key not in (word, stem(word)) or key not in index.by_key or word in STOPWORDS:
        return False
    if word in PAIR_WORDS or word in CONTAINERS or lexicon().concept(word) is not None:
        return False  # "ni pal ne M": the pair counts the product, it names none
    before = toks[i - 1].text
    return number_value(before) is not None


def _spaced_code(index: CatalogIndex, resolved: list[str | None], i: int) -> bool:
    """ "FC 25", "GT 7": a short word and the number after it, written apart, that are two
    words in a row of one catalog name, name the product as the model code does."""
    a = resolved[i]
    b = resolved[i + 1] if i + 1 < len(resolved) else None
    if a is None or b is None or not b.isdigit() or not a.isalpha():
        return False
    return any(
        ph[k : k + 2] == (a, b)
        for p in index.by_key.get(a, ())
        for ph in index.products[p].phrases
        for k in range(len(ph) - 1)
    )


def _model_name(
    index: CatalogIndex, toks: Sequence[Token], resolved: list[str | None], i: int, breaks: set[int]
) -> bool:
    """ "the Elsa dress", "la Sofia borsa", "die Lena Jacke": a given name the catalog uses as a
    model name starts a mention when the next word names the same product."""
    k = resolved[i]
    if k is None or k[:1] in "~#=" or toks[i].text not in non_product_words():
        return False
    j = i + 1
    if j >= len(toks) or j in breaks or resolved[j] is None:
        return False
    return bool(set(index.by_key.get(k, ())) & set(index.by_key.get(resolved[j] or "", ())))


def _general_alone(
    index: CatalogIndex, toks: Sequence[Token], resolved: list[str | None], i: int
) -> bool:
    """A word that reaches a catalog name word through a general concept only ("runde" for
    "i rrumbullakët", "long" for "i gjatë", "Hund" for "qeni") describes: it starts a mention
    only right before a product word of the same names ("zwei runde Teppiche"), not alone ("the
    really long veil", "mit unserem Hund")."""
    k = resolved[i]
    if (
        k is None
        or key_of(toks[i].text) == k
        or index.general.get(lexicon().variant_concept(toks[i].text) or "") != k
    ):
        return False
    return not _before_own_word(index, toks, resolved, set(index.by_key.get(k, ())), i, 3)


def _before_own_word(
    index: CatalogIndex,
    toks: Sequence[Token],
    resolved: list[str | None],
    mine: set[int],
    i: int,
    reach: int,
) -> bool:
    """The first word after ``i`` (within ``reach``, stop words skipped) is a catalog word of
    one of the products ``mine``."""
    for j in range(i + 1, min(len(toks), i + 1 + reach)):
        kj = resolved[j]
        if kj is None and toks[j].text in STOPWORDS:
            continue
        return kj is not None and bool(mine & set(index.by_key.get(kj, ())))
    return False


_POSITIONS = frozenset(["front", "rear", "left", "right", "upper", "lower"])


@lru_cache(maxsize=1)
def _position_forms() -> frozenset[str]:
    """The listed one-word forms of the position concepts ("zadnata", "rear", "vorne"); not
    the stems that reach them ("djath" is cheese, not "djathtas")."""
    data = load("concepts_general.json")
    return frozenset(fold(w) for c in _POSITIONS for w in data.get(c, ()) if " " not in w)


def _position_alone(
    index: CatalogIndex, toks: Sequence[Token], resolved: list[str | None], i: int
) -> bool:
    """ "ми пукна задната", "zadnata guma": a word for a position (the rear one, front, left)
    says which one of something; it names a product whose name holds it ("задно светло")
    only right before another word of that name, not alone or before another noun."""
    if toks[i].text not in _position_forms():
        return False
    mine = set(index.by_key.get(resolved[i] or "", ()))
    return not _before_own_word(index, toks, resolved, mine, i, 2)


_PLACE_NOUNS = word_set("place_nouns")
_EVERY = word_set("every_words")  # "çdo vizitë": how often, not goods
_KIN = word_set("kin_words")
_MINE_AFTER = word_set("possessive_after")
_MINE_BEFORE = word_set("possessive_before")


def _kin_of_mine(toks: Sequence[Token], i: int) -> bool:
    """ "motra ime", "my sister", "mia sorella", "meine Schwester": a relative with a possessive
    is a person, not goods, though a catalog may sell by that word ("motra" is also a nurse)."""
    if toks[i].text not in _KIN:
        return False
    return (i + 1 < len(toks) and toks[i + 1].text in _MINE_AFTER) or (
        i > 0 and toks[i - 1].text in _MINE_BEFORE
    )


_PERIODS = word_set("day_words") | word_set("week_words") | word_set("month_words")


@lru_cache(maxsize=4096)
def _one_word_name(name: str) -> str | None:
    """The key of a catalog name that is one word besides its bracketed note, else None."""
    toks = [t for t in tokenize(fold(re.sub(r"\(.*?\)", " ", name))) if t.text.isalpha()]
    return key_of(toks[0].text) if len(toks) == 1 else None


def _period_alone(
    index: CatalogIndex, toks: Sequence[Token], resolved: list[str | None], i: int
) -> bool:
    """ "nje jave per fillim", "djalin gjith diten", "for 2 months": a day, week or month says
    how long; it names a product only as a name of its own ("Natë", not a word of a bracketed
    note split at its slash: "(2 vizita/javë)") or as the first word of a
    name whose next word follows within a few words ("ditë të veçanta pa regjistrim" for "Ditë e
    vetme pa regjistrim"), not alone nor as a later word ("Turn dite")."""
    if toks[i].text not in _PERIODS:
        return False
    k = resolved[i]
    mine = [index.products[p] for p in index.by_key.get(k or "", ())]
    if any(_one_word_name(e.name) == k for e in mine):
        return False  # "Natë" (a night's stay): the name is the period alone
    before = resolved[i - 1] if i else None
    if before is not None and any(
        before == ph[p - 1]
        for e in mine
        for ph in e.phrases
        for p in range(1, len(ph))
        if ph[p] == k
    ):
        return False  # "same-day edit": the period inside a name, after its word before it
    after = {resolved[j] for j in range(i + 1, min(len(toks), i + 5))} - {None}
    return not any(
        ph and ph[0] == k and after.intersection(ph[1:]) for e in mine for ph in e.phrases
    )


def _place_alone(
    index: CatalogIndex, toks: Sequence[Token], resolved: list[str | None], i: int
) -> bool:
    """ "per nje banje", "the third bathroom", "für das Haus": a room or place says where the
    goods go; it names a product only as the first word of its name ("Kuzhinë moderne") or
    right before another word of that name, not alone ("bateri kuzhine" is named by "bateri",
    "scaldabagno" not by "bagno")."""
    if toks[i].text not in _PLACE_NOUNS:
        return False
    if i + 1 < len(toks) and toks[i + 1].text in ("one", "ones"):
        return False  # "the kitchen one in black": the tap of that room
    if any(number_value(toks[j].text) is not None for j in range(max(0, i - 3), i)):
        return False  # "2 pako te banjes": counted, the product of that room
    k = resolved[i]
    mine = set(index.by_key.get(k or "", ()))
    if k is not None and k.startswith("~"):
        # a group reached through a compound's last part ("scaldabagno") is not its head: the
        # name's own first word must be of the group ("Bagno completo")
        if any(group_key(w) == k for p in mine for w in fold(index.products[p].name).split()[:1]):
            return False
    elif any(
        next((x for x in ph if not is_attribute(x)), None) == k
        for p in mine
        for ph in index.products[p].phrases
    ) and any(_place_word(index.products[p].name, toks[i].text) for p in mine):
        return False
    return not _before_own_word(index, toks, resolved, mine, i, 2)


MIN_PLACE_STEM = 5  # "shtëpia" and "shtesë" share the root "sht" only


def _place_word(name: str, word: str) -> bool:
    """The name's first word is the place noun ``word`` in some form ("Kuzhinë moderne" for
    "kuzhinen", "Shtëpizë qeni" for "shtepia"), not another word the stemmer cut to the same
    short root ("Shtesë proshutë" for "shtëpia")."""
    first = next(iter(fold(name).split()), "")
    if first in _PLACE_NOUNS:
        return True
    n = min(MIN_PLACE_STEM, len(first), len(word))
    return first[:n] == word[:n]


def _describes_attribute(toks: Sequence[Token], resolved: list[str | None], i: int) -> bool:
    """ "nji ngjyre te lehte", "a colour like pink", "taglia grande", "drite te verdhe": a word
    for colour, size or the light's colour followed by its value describes the variant, it does
    not name a product."""
    if toks[i].text not in _ATTRIBUTE_NOUNS:
        return False
    for j in range(i + 1, min(len(toks), i + 4)):
        if toks[j].text in STOPWORDS:
            continue
        # a value of the hand-kept concepts, or of the general ones ("drite te ngrohte")
        return (resolved[j] or "").startswith("#") or lexicon().variant_concept(
            toks[j].text
        ) is not None
    return False


_WITH = word_set("with_words") | WITHOUT


def _in_other_variant(
    index: CatalogIndex,
    toks: Sequence[Token],
    resolved: list[str | None],
    breaks: set[int],
    i: int,
) -> bool:
    """ "ditë e plotë na duhet" beside "Ditë e vetme" and the "ditë e plotë" / "gjysmë dite"
    of the group fees: a word said inside the whole of another product's variant, with no
    other word of its own names, is that variant's word, not the product it heads."""
    k = resolved[i]
    if k is None or k[:1] == "~":
        return False  # a word of a product group ("nintendo" for "Konsola") is no name word
    mine = set(index.by_key.get(k, ()))
    lo, hi = i, i + 1
    while lo > 0 and lo not in breaks and i - lo < 3:
        lo -= 1
    while hi < len(resolved) and hi not in breaks and hi - i < 3:
        hi += 1
    near = {x for x in resolved[lo:hi] if x is not None}
    holders = _key_holders(index)
    if any(x != k and not holders.get(x, _NO_PRODUCTS).isdisjoint(mine) for x in near):
        return False  # "ditë e lirë": another word of its own name
    if any(ph == (k,) for p in mine for ph in index.products[p].phrases):
        return False  # "4 pako korniza" of the alias "korniza": its whole name
    said = {word_key(t.text) for t in toks[lo:hi]}
    own = word_key(toks[i].text)
    return any(
        p not in mine and said.issuperset(keys) for p, keys in _word_variants(index).get(own, ())
    )


_HOLDERS_ATTR = "_key_holders"  # the index keeps them (computed once)
_NO_PRODUCTS: frozenset[int] = frozenset()


def _key_holders(index: CatalogIndex) -> dict[str, frozenset[int]]:
    """A key -> the products whose ``keys`` hold it, read from the products' keys themselves
    (which nothing changes once the index is built), once per index."""
    found: dict[str, frozenset[int]] | None = getattr(index, _HOLDERS_ATTR, None)
    if found is None:
        table: dict[str, set[int]] = {}
        for e in index.products:
            for key in e.keys:
                table.setdefault(key, set()).add(e.index)
        found = {key: frozenset(ps) for key, ps in table.items()}
        setattr(index, _HOLDERS_ATTR, found)
    return found


_WORD_VARIANTS_ATTR = "_word_variants"  # the index keeps them (computed once)


def _word_variants(index: CatalogIndex) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """A variant word -> (product, the variant's keys) of every variant of two or more keys
    that holds it, whose other words are words, not a count ("ditë e plotë", not "4 korniza"),
    once per index: _in_other_variant looks its word up instead of walking every product's
    variants."""
    found: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] | None = getattr(
        index, _WORD_VARIANTS_ATTR, None
    )
    if found is None:
        table: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for e in index.products:
            for sp in e.specs:
                if len(sp.keys) < 2:
                    continue
                for own in dict.fromkeys(sp.keys):
                    if not any(x[:1].isdigit() for x in sp.keys if x != own):
                        table.setdefault(own, []).append((e.index, sp.keys))
        found = {k: tuple(v) for k, v in table.items()}
        setattr(index, _WORD_VARIANTS_ATTR, found)
    return found


def holds_without(index: CatalogIndex, cands: set[int]) -> bool:
    """A candidate's own name says "without" ("Kavanoz pa kapak")."""
    return any(w in WITHOUT for p in cands for w in fold(index.products[p].name).split())


def _featured(
    index: CatalogIndex, toks: Sequence[Token], i: int, keys: Sequence[str], cands: set[int]
) -> bool:
    """ "nje nga ato me dantelle" for "Breke brasiliane me dantelle", "those without padding":
    a feature said after "with / without" that only one product's name holds names it."""
    if i == 0 or toks[i - 1].text not in _WITH or len(cands) != 1 or len(keys) != 1:
        return False
    k = keys[0]
    return len(k) >= 5 and k.isalpha() and index.by_key.get(k) == list(cands)


def _clipped_heads(
    index: CatalogIndex, toks: Sequence[Token], resolved: list[str | None]
) -> list[str | None]:
    """ "1 uj i distiluar" for "Ujë i distiluar": a two-letter word that is a catalog name's
    three-letter first word without its final "ë" (the Gheg and spoken clipping), followed
    after an article by another word of that name, is that first word. Other words keep their
    keys (the list is copied only when one is found)."""
    out = resolved
    for i, t in enumerate(toks):
        if resolved[i] is not None or len(t.text) != 2 or not t.text.isalpha():
            continue
        key = t.text + "e"
        firsts = [
            ph
            for p in index.by_key.get(key, ())
            for ph in index.products[p].phrases
            if ph[:1] == (key,)
        ]
        if not firsts:
            continue
        j = i + 1
        while j < len(toks) and j - i <= 2 and resolved[j] is None:
            j += 1
        if j < len(toks) and j - i <= 2 and any(resolved[j] in ph[1:] for ph in firsts):
            if out is resolved:
                out = list(resolved)
            out[i] = key
    return out


def _short_head(index: CatalogIndex, word: str, key: str) -> bool:
    """A two-letter noun that begins a catalog name ("li" for "Li natyral", linen; "pe" for
    "Pe poliestër", thread), said as written: it names the product."""
    return (
        len(word) == 2
        # "ar" (gold) for "Ar 24 karat"; "uj" clipped for "Ujë mineral" (_clipped_heads)
        and (word == key or key in index.heads or key == word + "e")
        and word.isalpha()
        and any(
            ph[:1] == (key,) for p in index.by_key.get(key, ()) for ph in index.products[p].phrases
        )
    )


def _one_name(
    index: CatalogIndex, cands: set[int], keys: Sequence[str], key: str, in_order: bool = False
) -> bool:
    """One name of a candidate holds ``key`` and a word of ``keys`` that is not an attribute;
    ``in_order``: that word before ``key``, as said ("kamera për makinë" is "Kamerë makine";
    "tuba vakumi për boilerin" is not "Boiler … me tuba vakumi", whose head is the boiler)."""
    return any(
        key in ph
        and any(
            k in ph and (not in_order or ph.index(k) < ph.index(key))
            for k in keys
            if not is_attribute(k)
        )
        for p in cands
        for ph in index.products[p].phrases
    )


def _distinct_pair(
    index: CatalogIndex, keys: Sequence[str], cands: set[int], before: Sequence[Mention]
) -> bool:
    """ "ushqimin e maces me peshk … dhe 6 kuti te lagshme" for "Ushqim i lagesht per mace,
    kuti 85 g": after a product of the same kind (its name opens with the same word), two
    words of one product's name, one a kind word (a product group) no other name holds, name
    it though its head word is not said again."""
    if len(cands) != 1 or len(set(keys)) < 2 or not before:
        return False
    (p,) = cands
    own = index.products[p].keys
    if not all(k in own for k in keys) or not any(
        k[:1] == "~" and index.by_key.get(k) == [p] for k in keys
    ):
        return False
    head = head_key(index.products[p])
    return head is not None and any(
        q != p and head_key(index.products[q]) == head for m in before for _s, q in m.candidates
    )


def _named(index: CatalogIndex, keys: Sequence[str], cands: set[int]) -> bool:
    """A mention names a product when it holds the head word of one of its names or at least half
    of a name: "vajzen" alone does not name "Fustan vajze roze"."""
    present = set(keys)
    for p in cands:
        # "te shkolles Dardania" for "Kravatë e shkollës": the name's genitive after its
        # linking article says whose it is; alone it is no half of the name
        whose = _genitive_keys(index.products[p].name)
        described = index.products[p].described
        for ph in index.products[p].phrases:
            if ph in described:
                # "gjak" (blood) alone is no "(gjaku komplet)": more than half of its words
                if sum(1 for k in ph if k in present) * 2 > len(ph):
                    return True
                continue
            heads = [k for k in ph if not is_attribute(k) or k in index.heads]
            if heads and heads[0] in present:
                return True
            if ph and sum(1 for k in ph if k in present and k not in whose) * 2 >= len(ph):
                return True
            # "dezinfektues për duar" for "Gel dezinfektues për duar 70% alkool": the name's
            # numbers, measures and pack words ("70%", "30 cm", "pako 3 copë") are no words of
            # its kind, which a customer seldom repeats; two of its own words (words, not codes
            # such as "usb c", nor a variant's word) that are half of the rest name it
            own = [k for k in ph if not _spec_key(k) and k not in _NAME_UNIT_KEYS]
            said = sum(
                1
                for k in own
                if k in present
                and k not in whose
                and len(k) >= 4
                and k.isalpha()
                and k not in index.variant_codes
                and k not in index.variant_words
            )
            if said >= 2 and said * 2 >= len(own):
                return True
    return False


# the keys of the pack and piece words a name states its unit in ("pako 3 copë", "5 palë")
_NAME_UNIT_KEYS = frozenset(
    key_of(w) for w in CONTAINERS | PAIR_WORDS | word_set("count_links") if w.isalpha()
) - frozenset(["te", "t", "of", "the", "di", "der", "die", "das", "den", "von", "nga"])


def _spec_key(key: str) -> bool:
    """A number or measure key of a name ("70", "=cm:30"): a spec, not a word."""
    return key[:1] == "=" or key[:1].isdigit()


@lru_cache(maxsize=4096)
def _genitive_keys(name: str) -> frozenset[str]:
    """The keys of an Albanian name's words that follow its linking article ("Kravatë e
    shkollës" -> shkoll, "Vaj i ullirit" -> ullir), not its first word."""
    words = fold(name).split()
    return frozenset(
        key_of(w)
        for k, w in enumerate(words)
        if k >= 2 and words[k - 1] in _GENITIVE and w.isalpha() and w.endswith(_GENITIVE_ENDINGS)
    )


def _rank(index: CatalogIndex, keys: Sequence[str], cands: set[int]) -> list[tuple[float, int]]:
    for k in set(keys) & _BULK_KEYS:
        # "una cassa di vino rosso", "eine Kiste Rotwein": the crate sold whole, not the wine
        # by the bottle, when the catalog sells one
        crates = {p for p in cands if k in index.products[p].keys}
        if crates:
            cands = crates
    said = set(keys)
    only_bracketed = {
        p
        for p in cands
        if index.products[p].bracketed
        and any(set(ph) & said for ph in index.products[p].bracketed)
        and not any(
            set(ph) & said
            for ph in index.products[p].phrases
            if ph not in index.products[p].bracketed
        )
    }
    if only_bracketed and len(only_bracketed) < len(cands):
        # "inverterin" beside "Gree Inverter" and a word only another name's brackets hold:
        # the names that say it themselves
        cands = cands - only_bracketed
    for k in set(keys):
        # "2 shishe verë" beside "Verë 0.75 l" and "Verë, kuti 6 shishe": the bottle, not the
        # pack of six the word is counted in
        packs = {p for p in cands if k in index.products[p].contents}
        if packs and len(packs) < len(cands):
            cands = cands - packs
    scored = sorted(
        ((_score(index, keys, p), p) for p in cands),
        key=lambda x: (-x[0], len(index.products[x[1]].name)),
    )
    return scored[:8]


def _shares(key: str, keys: frozenset[str]) -> bool:
    return key in keys or any(len(k) >= 3 and key.startswith(k) for k in keys)


def _variant_of(index: CatalogIndex, product: int, toks: Sequence[Token], m: Mention) -> bool:
    hit = match_variant(index.products[product].specs, toks, m.start, m.end)
    return hit is not None and hit.start <= m.start


def _variant_after(index: CatalogIndex, prev: Mention, toks: Sequence[Token], m: Mention) -> bool:
    """The words from the end of ``prev`` through ``m`` are one variant of a candidate of it."""
    lo = prev.end
    while lo < m.start and toks[lo].text in STOPWORDS:
        lo += 1
    if lo >= m.start:
        return False
    for _s, p in prev.candidates:
        entry = index.products[p]
        h = match_variant(entry.specs, toks, lo, m.end)
        if h is None or h.start > lo:
            continue
        if h.end >= m.end or {t.text for t in toks[m.start : m.end]} <= set(
            fold(entry.variants[h.index]).split()
        ):
            return True
    return False


_PURPOSE = word_set("purpose")
_TOPICS = word_set("variant_topics")
_PURPOSE_FILLERS = word_set("purpose_fillers")


_PURPOSE_SIZED = word_set("purpose_sized")


def _purpose(toks: Sequence[Token], a: int, b: int) -> bool:
    """ "for (a|my)" right between two mentions: the second is what the first is for."""
    between = [toks[x].text for x in range(a, b)]
    if len(between) == 2 and between[0] in _PURPOSE_SIZED:
        # "xhezve za četiri šoljice": a "for" too common alone, before the size it is for
        return (number_value(between[1]) or 0) >= 2
    return (
        1 <= len(between) <= 3
        and between[0] in _PURPOSE
        and all(
            w in _PURPOSE_FILLERS
            # "the moka pot for 6 cups", "xhezve za četiri šoljice": the size it is for
            or k == len(between) - 1
            and (number_value(w) or 0) >= 2
            # "për 15 metër kornizë", "for 3 m shelf": the measure of the thing it is for
            or k == len(between) - 2
            and number_value(w) is not None
            and unit_of(between[-1]) is not None
            or k == len(between) - 1
            and k >= 2
            and unit_of(w) is not None
            and number_value(between[k - 1]) is not None
            # "for their double bed": a size or kind of the thing it is for
            or k >= 2
            and lexicon().variant_concept(w) is not None
            # "për Golf 5 naftë", "für Audi A4 Diesel": the name of the thing it is for
            or k == 1
            and toks[a + 1].raw[:1].isupper()
            and len(between) == 3
            and between[2].isdigit()
            for k, w in enumerate(between[1:], 1)
        )
    )


_PREDICATE = word_set("predicate")
# "looking for a baby monitor", "po kërkoj për një karrocë": what is sought, not a purpose
_SEEK = word_set("seek_verbs")


def predicate(toks: Sequence[Token], m: Mention) -> bool:
    """A one-word mention after "is / eshte / als / come (a)": "it's a gift", "eshte dhurate"
    describe the order, they do not add a product."""
    if m.end - m.start != 1:
        return False
    k = m.start - 1
    if k >= 0 and toks[k].text in ("a", "an", "nje", "një", "ein", "eine", "un", "una"):
        k -= 1
    return k >= 0 and toks[k].text in _PREDICATE


def for_something(toks: Sequence[Token], start: int) -> bool:
    """The mention at ``start`` follows "for (a|my)": it says what another product is for."""
    return any(
        _purpose(toks, j, start) and not (j and toks[j - 1].text in _SEEK)
        for j in range(max(0, start - 3), start)
    )


def _merge(
    index: CatalogIndex, toks: Sequence[Token], mentions: list[Mention], breaks: set[int]
) -> list[Mention]:
    """Adjacent mentions are one name ("mazzo di tulipani"); a mention after a preposition that
    follows another ("xhaketen e kuqe per vajze") qualifies it and is dropped."""
    out: list[Mention] = []
    for m in mentions:
        if out:
            prev = out[-1]
            between = range(prev.end, m.start)
            same_segment = not any(b in breaks for b in range(prev.end, m.start + 1))
            joined = all(
                toks[x].text in STOPWORDS and toks[x].text not in _NOT_JOINING for x in between
            )
            described = (
                same_segment
                and any(toks[x].text in _PREPOSITIONS for x in between)
                and all(
                    toks[x].text in STOPWORDS or lexicon().concept(toks[x].text) for x in between
                )
                and all(
                    _shares(k, index.products[prev.product].keys)
                    for k in m.keys
                    if not is_attribute(k)
                )
            )
            if (
                same_segment
                and len(between) == 1
                and toks[prev.end].text in _GENITIVE
                and toks[m.start].text.endswith(_GENITIVE_ENDINGS)
                and all(
                    _shares(k, index.products[m.product].keys)
                    for k in prev.keys
                    if not is_attribute(k)
                )
            ):
                # "syzet e fëmijëve" for "Syze dielli për fëmijë": a head and its genitive are
                # one name, the one that holds both
                out[-1] = Mention(prev.start, m.end, m.candidates, prev.keys + m.keys)
                continue
            if (
                same_segment
                and m.end - m.start == 1
                and toks[m.start].text in _TOPICS
                and toks[m.start - 1].text not in _WITH  # "lapsa me ngjyra": colour pencils
                and any(set(m.keys) <= index.products[p].keys for _s, p in prev.candidates[:1])
            ):
                continue  # "bojëra vaji … i keni të gjitha ngjyrat?": its colours, no product
            # "çarçaf gri për krevat tek": the colour said with the first, then what it is for
            a = next((x for x in between if not lexicon().concept(toks[x].text)), m.start)
            if same_segment and _purpose(toks, a, m.start):
                continue  # "tapete per nje Golf", "a case for my Kindle": what it is for
            if described:
                prev.end = m.end  # "eine Rosenbox mit weißen Rosen": the roses describe the box
                continue
            if (
                same_segment
                and joined
                and any(_variant_of(index, p, toks, m) for _s, p in prev.candidates)
            ):
                # "karikues makine USB-C", "cavo USB-C da 2 metri": a variant (and a measure) of it
                keys = prev.keys + [k for k in m.keys if is_attribute(k)]
                cands = {p for _s, p in prev.candidates}
                out[-1] = Mention(prev.start, m.end, _rank(index, keys, cands), keys)
                continue
            if same_segment and not joined and _variant_after(index, prev, toks, m):
                # "bojërat 24 ngjyra", "Lapsa 36 copë": the variant said after the name, with a
                # number between, refines it and names no other product
                prev.end = m.end
                continue
            # Macedonian "polnač i slušalki" (and): two products, no name holds both words
            two = [toks[x].text for x in between] == ["i"] and not {
                p for _s, p in prev.candidates
            } & {p for _s, p in m.candidates}
            if same_segment and joined and not two:
                if (
                    any(toks[x].text in _PREPOSITIONS for x in between)
                    and m.candidates[0][0] <= prev.candidates[0][0]
                ):
                    prev.end = m.end
                    continue
                keys = prev.keys + m.keys
                cands = {p for _s, p in prev.candidates} | {p for _s, p in m.candidates}
                out[-1] = Mention(prev.start, m.end, _rank(index, keys, cands), keys)
                continue
        out.append(m)
    return out
