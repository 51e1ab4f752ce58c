"""Variants: what a catalog variant string means, and which variant a customer's words name.

A variant ("e zeze", "500 g", "2-3 vjec", "iPhone 15 Pro", "XL", "39") is parsed into a spec:
a clothing size letter, a bare number, a measure (unit + amount), a range with a unit, and
a list of word keys (concepts such as ``#black`` or folded words). The customer's words are
parsed the same way, so "te zezat", "nera", "schwarz" meet "e zeze" as ``#black``, "gjysem kile"
meets "500 g" as ``g:500``, "für 2-3 Jahre" meets "2-3 vjec".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from rapidfuzz import fuzz

from plugins.parser_rules.lexicon import intent_spans, lexicon, load, load_merged, word_set
from plugins.parser_rules.memo import (
    has_fact,
    memoised_by_identity,
    memoised_values,
    memoised_variant_match,
    note_fact,
)
from plugins.parser_rules.normalize import Token, fold, stem, tokenize
from plugins.parser_rules.numbers import Measure, find_measures, number_value, same_measure, unit_of
from plugins.parser_rules.segments import Sentence

SIZE_LETTERS = ("XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "2XL", "3XL")
_SIZE_ORDER = {s: i for i, s in enumerate(SIZE_LETTERS)}
_SIZE_OF_CONCEPT = {"#small": "S", "#medium": "M", "#large": "L", "#xlarge": "XL"}
# the concept of each size letter (the letters above are distinct: one concept each)
_CONCEPT_OF_SIZE = {letter: concept for concept, letter in _SIZE_OF_CONCEPT.items()}
SIZE_KEYWORDS = word_set("size_keywords")
_VARIANT_STOP = word_set("variant_stop")
_CURRENCY = word_set("currency")
_CONTAINERS = word_set("containers")
_WHICH = word_set("which_words")
# size and length words that, after "which / what", name the attribute asked about
_ASKED_SIZES = frozenset(["#large", "#small", "#medium", "#long", "#short", "#thick", "#thin"])


WITHOUT = word_set("without")
_THOUSANDS = word_set("thousands")
_COLOURS = frozenset("#" + c for c in load("words.json")["colour_concepts"])
_SHADE_FAMILY = {"#" + k: "#" + v for k, v in load("words.json")["colour_families"].items()}


_GHEG_PARTICIPLE = (
    ("unat", "urat"),
    ("unen", "uren"),
    ("una", "ura"),
    ("une", "ure"),
    ("un", "ur"),
    ("uemet", "uarat"),
    ("ueme", "uara"),
    ("uem", "uar"),
    ("ue", "uar"),
)


def standard_participle(word: str) -> str:
    """A Gheg participle as the standard form: "pjekun(a)" -> "pjekur(a)", "qerue(me)" ->
    "qeruar(a)", "larun" -> "larur"; a word of six letters or more, its root ending in a
    consonant ("un" in "bujun"-like short words is left)."""
    if len(word) < 6 or not word.isalpha():
        return word
    for gheg, std in _GHEG_PARTICIPLE:
        if word.endswith(gheg):
            root = word[: -len(gheg)]
            if len(root) >= 2 and root[-1] not in "aeiouy":
                return root + std
            return word
    return word


@lru_cache(maxsize=8192)
def _key(word: str) -> str:
    key = _key1(word)
    if key[:1] != "#":
        std = standard_participle(word)
        if std != word:
            return _key1(std)  # the variant string's word passes here too
    return key


def _key1(word: str) -> str:
    if word in WITHOUT:
        return "#without"  # "Pa qese" = "senza sacchetto" = "ohne Beutel"
    if word[:1].isdigit():
        if "." in word or "," in word:
            # "2.50" / "2.5", "1,60" / "1.6": the same value ("2.00" stays apart from a count 2)
            whole, _sep, frac = word.replace(",", ".").partition(".")
            return whole + "." + (frac.rstrip("0") or "0")
        return word.lstrip("0") or "0"  # "010-047" said "the 10s"
    if word in ("by", "mal", "per", "×"):
        return "x"  # "180 by 200", "180 mal 200"

    c = lexicon().variant_concept(word)
    if not c and len(word) >= 6 and word.isalpha():
        c = _definite_concept(word)
    if c:
        return "#" + c
    g = lexicon().product_group(word) if len(word) >= 3 and word.isalpha() else None
    # a flavour or scent named by a product word: "me mjaltë" = "mit Honig" = "al miele",
    # all keyed as the group's first (Albanian) word
    return _flavour_keys().get(g or "", "") or _syncope(stem(word))


_VOWELS = frozenset("aeiouy")

# Albanian definite and case endings a customer puts on any word, a loan word or a brand too
# ("natyralin", "iphonit", "combon"), longest first
_DEFINITE_ENDINGS = ("it", "in", "en", "es", "et", "at", "n")


@lru_cache(maxsize=4096)
def _definite_concept(word: str) -> str | None:
    """The concept of a word that is a concept's form plus an Albanian definite ending the
    lexicon does not list: "ate natyralin" for "natyral", "baterin e iphonit" for "iPhone"
    (the base, or the base with the final "e" the ending replaced); None otherwise."""
    lex = lexicon()
    for end in _DEFINITE_ENDINGS:
        base = word[: -len(end)]
        if word.endswith(end) and len(base) >= 4:
            c = lex.variant_concept(base) or lex.variant_concept(base + "e")
            if c:
                return c
    return None


def _syncope(root: str) -> str:
    """The Albanian unstressed ë before a final r, m or l, dropped when an ending follows
    ("gjysëm" / "gjysmë", "letër" / "letra", "vjetër" / "vjetra", "vegël" / "vegla"): the
    key without it, so both spellings of one word meet ("gjysem te rrumbullaket" for
    "gjysmë e rrumbullakët")."""
    if (
        len(root) >= 4
        and root[-1] in "rml"
        and root[-2] == "e"
        and root[-3] not in _VOWELS
        and root.isalpha()
    ):
        return root[:-2] + root[-1]
    return root


@lru_cache(maxsize=1)
def _flavour_keys() -> dict[str, str]:
    """The product groups whose words also name a flavour or scent (words.json
    flavour_groups) -> the key of the group's first word ("honey" -> "mjalt")."""
    groups = load_merged("products.json", "products_general.json")
    out = {}
    for g in word_set("flavour_groups"):
        first = next((fold(w) for w in groups.get(g, ()) if " " not in w), None)
        if first is not None:
            out[g] = stem(first)
    return out


def word_key(word: str) -> str:
    """The key a folded word has in a variant string ("Broja" -> "broj", "2.50" -> "2.5")."""
    return _key(word)


# the last part of a German compound that names a relative ("Gross|kind", "Groß|mutter")
_KIN_TAILS = word_set("kin_tails")


def compound_concept(word: str, key: str) -> tuple[str, ...]:
    """The concept a compound begins with ("Lederarmband" -> #leather, "Goldkette" -> #gold):
    German (and Italian-German mixed) compounds name the variant inside one word."""
    if key[:1] == "#" or len(word) < 8 or not word.isalpha() or word in _place_words():
        return ()  # "ne Nerodime": a place's name, not "nero" (black)
    lex = lexicon()
    best: str | None = None
    for cut in range(4, len(word) - 3):
        if word[cut:] in _KIN_TAILS:
            return ()  # "Grosskind", "Großmutter": a relative, not something large
        if word[cut:].startswith("esi") or word[cut - 1] == "e" and word[cut:].startswith("si"):
            continue  # Albanian "madhësinë", "gjatësia" (size, length): the noun, not big, long
        c = lex.variant_concept(word[:cut])
        if c is not None:
            best = c
    return _parts("#" + best) if best else ()


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """The first words of the towns' and villages' names and of their case forms."""
    from plugins.parser_rules.places import city_index, settlement_index

    names = [*city_index().canonical, *settlement_index().canonical]
    return frozenset(name[0] for name in names if name)


_SIZES = frozenset(["#small", "#medium", "#large"])


def _place_name(toks: Sequence[Token], i: int) -> bool:
    """ "Shkolla e Mesme", "Rruga e Madhe", "rr. e Vogël": a size word after a street or an
    institution word (an article between) names the place, not a size."""
    return _place_word_at(toks, i) is not None


def _place_word_at(toks: Sequence[Token], i: int) -> int | None:
    """The index of the street or institution word that makes the size word at ``i`` a place's
    name (see _place_name), else None."""
    from plugins.parser_rules.places import institution_word

    j = i - 1
    while j >= 0 and toks[j].text in ("e", "i", "te", "se", "la", "il"):
        j -= 1
    if j < 0 or j == i - 1:
        return None
    w = toks[j].text
    return j if w in lexicon().street_words or institution_word(w) else None


def _parts(key: str) -> tuple[str, ...]:
    """A key as the variant keys it stands for ("#light_blue" -> "#light", "#blue")."""
    return lexicon().variant_keys(key[1:]) if key[:1] == "#" else (key,)


def said_keys(texts: Sequence[str]) -> frozenset[str]:
    """The concept keys of the customer's words as variant strings read them: one-word
    ("bardha", "hellblau" -> #light #blue) and multi-word ("Typ C", "a fiori")."""
    lex = lexicon()
    out: set[str] = set()
    for w in texts:
        c = lex.variant_concept(w)
        if c:
            out.update(lex.variant_keys(c))
    for a, b in lex.variant_phrases.find(texts):
        out.update(lex.variant_keys(lex.variant_of_phrase[tuple(texts[a:b])]))
    return frozenset(out)


@dataclass(frozen=True)
class VariantSpec:
    text: str
    size: str | None  # S, M, L...
    number: str | None  # "39"
    measure: str | None  # "g:500"
    range_: tuple[float, float, str] | None  # (2, 3, "#years")
    keys: tuple[str, ...]  # remaining word keys
    sizes: tuple[str, ...] = ()  # size letters beside other words ("S/M schwarz", "L Gri")
    alt: VariantSpec | None = None  # the note in parentheses ("4 (9-14 kg)", "XL (58 cm)")
    dims: tuple[float, ...] = ()  # "200x290", "2 x 3 m", "50 x 70 cm": sides in cm

    @property
    def amount_like(self) -> bool:
        """A measure ("500 g") or a range of a measure unit ("deri 23 kg", "5–10 kg")."""
        return self.measure is not None or (
            self.range_ is not None and unit_of(self.range_[2]) is not None
        )

    @property
    def order(self) -> float | None:
        """A sort key for size words (small/large) when the variants are ordered."""
        if self.size:
            return float(_SIZE_ORDER.get(self.size, 0))
        if self.measure:
            return float(self.measure.split(":")[1])
        if self.number:
            return float(self.number)
        if self.range_:
            return self.range_[0]
        if self.dims:
            return self.dims[0] * self.dims[1]  # "te madhin" of 50x90 / 70x140: the larger
        return None

    # facts of the spec alone, made once per spec object (the index's specs are shared by the
    # products sold in the same variants and asked for in every conversation); a cached
    # property writes the instance's ``__dict__``, so the frozen fields, equality and hash are
    # untouched

    @cached_property
    def measured(self) -> bool:
        """A measure in the variant or in its note in parentheses (``_measured``)."""
        return _measured(self)

    @cached_property
    def growth(self) -> tuple[tuple[float, float] | None, tuple[float, float] | None]:
        """The heights and the ages the size stands for (``_height_span``, ``_age_span``)."""
        return _height_span(self), _age_span(self)

    @cached_property
    def words(self) -> tuple[str, ...]:
        """Its word keys of three letters or more (no number, no concept), in order."""
        return tuple(k for k in self.keys if len(k) >= 3 and k.isalpha())

    @cached_property
    def long_words(self) -> tuple[tuple[str, str], ...]:
        """Its words of five letters or more with their keys (``_text_words``)."""
        return _text_words(self.text, self.keys)


_PAREN = re.compile(r"^([^()]+?)\s*\(([^()]+)\)\s*$")


def variant_spec(text: str) -> VariantSpec:
    raw = str(text)[:80].strip()
    m = _PAREN.match(raw)
    if m:
        # "4 (9-14 kg)", "XL (58 cm)": the part before the note names the variant; the note is
        # another way to name it
        main = _variant_spec(m.group(1))
        return replace(main, text=raw, alt=_variant_spec(m.group(2)))
    m = _LABELLED.match(raw)
    if m:
        # "Zona 1: Qendër, Karposh, Aerodrom", "Paketa B: 3 orë + album": a numbered or lettered
        # label names the variant; what follows the colon lists what it covers, another way
        # to name it
        main = _variant_spec(m.group(1))
        return replace(main, text=raw, alt=_variant_spec(m.group(2)))
    return _variant_spec(raw)


# a short label with a number or a single capital letter, then a colon, a space and what it
# covers (not a clock: "pas 17:00 / fundjavë")
_LABELLED = re.compile(r"^((?:[^\W\d_]+\.?\s+){1,2}(?:\d{1,2}|[A-Z]))\s*:\s+(\S.*)$")


_DIMS = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*[x×*]\s*(\d+(?:[.,]\d+)?)(?:\s*[x×*]\s*(\d+(?:[.,]\d+)?))?"
    r"\s*(cm|mm|m)?\b",
    re.IGNORECASE,
)
# "15 cm x 2 m", "60cm x 1,5m": each side with its own unit
_DIMS_UNITS = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(cm|m)\s*[x×*]\s*(\d+(?:[.,]\d+)?)\s*(cm|m)\b", re.IGNORECASE
)


def _dims_of(raw: str) -> tuple[float, ...]:
    """The sides of a dimension variant in cm: "200x290", "50 x 70 cm", "2x3 m", "1,6x2 m",
    "15 cm x 2 m"."""
    m = _DIMS.search(raw)
    if m is None:
        u = _DIMS_UNITS.search(raw)
        if u is None:
            return ()
        return tuple(
            float(u.group(k).replace(",", ".")) * (100 if u.group(k + 1).lower() == "m" else 1)
            for k in (1, 3)
        )
    sides = [float(g.replace(",", ".")) for g in m.groups()[:3] if g]
    unit = (m.group(4) or "").lower()
    if unit == "m" or not unit and all(v < 10 for v in sides):
        sides = [v * 100 for v in sides]
    elif unit == "mm":
        return ()  # screws, cables: not a surface
    return tuple(sides)


_PAIR = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")
_SUM = re.compile(r"^\s*(\d{1,2})\s*\+\s*(\d{1,2})\s*$")


def _variant_spec(raw: str) -> VariantSpec:
    summed = _SUM.match(raw)
    if summed:
        # "2+1", "3+1": a flat by its rooms + kitchen is one code, said "2+1" or "2 + 1"
        return VariantSpec(raw, None, None, None, None, (f"{summed[1]}+{summed[2]}",))
    pair = _PAIR.match(raw)
    if pair:
        # "30/32", "W32/L34": a pair of numbers is one size, said "30/32", "30 32", "30 me 32"
        return VariantSpec(raw, None, None, None, None, (f"{pair[1]}/{pair[2]}",))
    if raw.upper() in _SIZE_ORDER:
        return VariantSpec(raw, raw.upper(), None, None, None, ())
    toks = tokenize(raw)
    words = [t.text for t in toks]
    if len(words) == 1 and words[0].isdigit() and (raw[-1:] in ('"', "”", "″") or raw[-2:] == "''"):
        return VariantSpec(raw, None, None, f"in:{int(words[0])}", None, ())  # 28" (inches)
    if len(words) == 1 and words[0].isdigit():
        return VariantSpec(raw, None, words[0], None, None, ())
    if len(words) == 2 and words[0] in SIZE_KEYWORDS and words[1].isdigit():
        return VariantSpec(raw, None, words[1], None, None, ())  # "nr 3", "Gr. 38"
    ms = find_measures(toks)
    measure = ms[0].key if len(ms) == 1 else None
    used = set(range(ms[0].start, ms[0].end)) if measure else set()
    range_: tuple[float, float, str] | None = None
    if (
        any(d in raw for d in _RANGE_DASHES)
        and len(words) >= 2
        and words[0].isdigit()
        and words[1].isdigit()
        and not (len(words[0]) > 1 and words[0].startswith("0"))
        and int(words[0]) < int(words[1])
    ):
        # not a code ("010-047" strings, "7-1" a hair colour): its numbers are its words
        # "43-46 / mix": a word after a slash is another part of the variant, not the unit
        apart = len(words) > 2 and "/" in raw[toks[1].end : toks[2].start]
        unit = _key(words[2]) if len(words) > 2 and not apart else ""
        range_ = (float(words[0]), float(words[1]), unit)
        used |= {0, 1, 2} if len(words) > 2 and not apart else {0, 1}
        measure = None  # "9-14 kg" is a range, not 14 kg
    elif range_ is None:
        bound = _open_range(words)
        if bound is not None:
            # "deri 23 kg", "mbi 8 kg", "fëmijë deri 12 vjeç": a range open at one end
            range_, bound_at = bound
            used |= {bound_at, bound_at + 1, bound_at + 2}
            measure = None
    lex = lexicon()
    phrase_of: dict[int, str] = {}
    seen_at: dict[int, str] = {}
    for a, b in lex.variant_phrases.find(words):
        # "USB-C", "blu scuro", "per burra": a concept said in several words is one key
        concept = "#" + lex.variant_of_phrase[tuple(words[a:b])]
        if seen_at.get(a) == concept:
            continue  # "i larë me ar" holds "larë me ar": one key, not the same key twice
        for j in range(a, b):
            seen_at[j] = concept
        for j in range(a, b):
            phrase_of[j] = concept if j == a else ""
    sizes: tuple[str, ...] = ()
    if len(toks) > 1:
        # "S/M schwarz", "L Gri", "XL weiß": size letters written in capitals beside other words
        at = [
            i
            for i, t in enumerate(toks)
            if t.raw.upper() in _SIZE_ORDER and t.raw.isupper() and i not in used
        ]
        if at and len(at) < len(toks):
            sizes = tuple(toks[i].raw.upper() for i in at)
            used |= set(at)
    fractions = _fractions(raw, toks, used)
    used |= {j for i in fractions for j in (i, i + 1)}
    keys = tuple(f"{words[i]}/{words[i + 1]}" for i in fractions) + tuple(
        part
        for i, w in enumerate(words)
        if i not in used
        and (
            phrase_of[i] != ""
            if i in phrase_of
            else w not in _VARIANT_STOP or _letter_after_number(toks, i)
        )
        for part in _parts(
            phrase_of[i]
            if i in phrase_of
            else "#" + lex.codes[toks[i].raw]
            if toks[i].raw in lex.codes
            else _key(w)
        )
    )
    if not keys and not sizes and (measure or range_):
        # "2.75L Color" beside "2.75L Universal": the one word after the measure is what tells
        # it apart, even a word that elsewhere only introduces a value
        rest = [w for i, w in enumerate(words) if i not in used and w.isalpha() and len(w) >= 3]
        keys = tuple(_key(w) for w in rest[:1])
    return VariantSpec(raw, None, None, measure, range_, keys, sizes, dims=_dims_of(raw))


_RANGE_DASHES = ("-", "\u2013", "\u2014")  # "9-14 kg", "5–10 kg", "5—10 kg"
_UP_TO = word_set("range_up_to")  # "deri", "bis", "until", "fino (a)", "nën", "under"


@lru_cache(maxsize=4096)
def _says_up_to(text: str) -> bool:
    """The variant's words open with a bound ("deri 40 kg", "bis 80 kg")."""
    return any(t.text in _UP_TO for t in tokenize(fold(text)))


GROUP = "#group"  # the unit of "deri 10 fëmijë", "bis 8 Spieler": a group's size in its members
_GROUP_MEMBERS = word_set("group_member_words")
_HEADS = _GROUP_MEMBERS | word_set("headcount_words")  # "2 ppl", "12 fëmijë", "40 guests"
_RANGE_CONCEPTS = frozenset(["#years", "#months", "#persons", GROUP])  # ages, groups of people
_OPEN = float("inf")  # the upper end of "mbi 8 kg"
_ABOVE = word_set("range_above")  # "mbi", "over", "über", "oltre", "sopra", "над"


def _open_range(words: Sequence[str]) -> tuple[tuple[float, float, str], int] | None:
    """The one "deri 23 kg" / "mbi 8 kg" of a variant's words: a bound word, a whole number and
    its unit (a measure unit or a concept such as years or persons) make a range open at one
    end; returns it and where its bound word stands."""
    found = [
        i
        for i in range(len(words) - 2)
        if (words[i] in _UP_TO or words[i] in _ABOVE) and words[i + 1].isdigit()
    ]
    if len(found) != 1:
        return None
    i = found[0]
    unit = GROUP if words[i + 2] in _GROUP_MEMBERS else _key(words[i + 2])
    if unit not in _RANGE_CONCEPTS and unit_of(words[i + 2]) is None:
        return None  # "deri 12 muaj garanci" reads, "deri 1500 copë" (pieces) does not
    v = float(words[i + 1])
    span = (0.0, v) if words[i] in _UP_TO else (v, _OPEN)
    return (span[0], span[1], unit), i


def _fractions(raw: str, toks: Sequence[Token], used: set[int]) -> list[int]:
    """ "1/3 100 mm", "1/6 150 mm" (gastronorm pans), "3/4 col": a fraction written beside other
    words is one key, said "1/3" (or "1 3"), not two numbers that a count or a size meets
    apart. Only small proper fractions opening the variant or after a number: "205/55 R16",
    "30/32" and "Golf 5/6" keep their numbers."""
    return [
        i
        for i in range(len(toks) - 1)
        if i not in used
        and i + 1 not in used
        and toks[i].text.isdigit()
        and toks[i + 1].text.isdigit()
        and raw[toks[i].end : toks[i + 1].start] == "/"
        and not raw[max(0, toks[i].start - 1) : toks[i].start].isalnum()  # "i5/8GB": a model
        and not (i and toks[i - 1].text.isalpha())  # "VW Golf 5/6": two model generations
        and not raw[toks[i + 1].end : toks[i + 1].end + 1].isalnum()
        and int(toks[i].text) <= int(toks[i + 1].text) <= 16
        and int(toks[i].text) < 10
    ]


def _bare_colour(toks: Sequence[Token], i: int) -> bool:
    """ "nji crna e nji bež", "one black, one bez": a word for "without" that is also a colour
    ("bez" is "without" and, written "bež", beige in the Slavic languages) is the colour when
    it is written with its accent or nothing it could be without follows it."""
    t = toks[i]
    if lexicon().variant_concept(t.text) is None:
        return False
    if t.raw.lower() != t.text:
        return True
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return not nxt or nxt in _VARIANT_STOP or number_value(nxt) is not None


def _letter_after_number(toks: Sequence[Token], i: int) -> bool:
    """ "95 E", "85 D": a capital letter right after a number is a size (a cup), not the
    Albanian article "e"."""
    t = toks[i]
    return len(t.raw) == 1 and t.raw.isupper() and i > 0 and toks[i - 1].text.isdigit()


@dataclass
class VariantHit:
    index: int  # in the product's variants
    score: float
    start: int  # token index of the evidence
    end: int


# "S'ka nevojë", "s'kam", "s'po": the Albanian negation "s'" before a verb is no size S
_NEGATED_VERBS = frozenset(
    ["ka", "kam", "kemi", "keni", "kane", "kan", "jam", "je", "eshte", "osht", "asht", "po", "do"]
    + ["di", "dua", "du", "mund", "mundem", "besoj", "ban", "bon", "duhet", "duhen", "vjen"]
)


def _letters_at(toks: Sequence[Token], window: Sequence[int]) -> dict[str, int]:
    """The first index of ``window`` at which each size letter is said (``_size_letter_at``, a
    pure function of the tokens and the index): ``_match_one`` asks it for each size variant
    instead of reading the window again."""
    out: dict[str, int] = {}
    for i in window:
        letter = _size_letter_at(toks, i)
        if letter is not None and letter not in out:
            out[letter] = i
    return out


def _size_letter_at(toks: Sequence[Token], i: int) -> str | None:
    t = toks[i]
    up = t.raw.upper()
    if up not in _SIZE_ORDER:
        return None
    if up == "S" and i + 1 < len(toks) and toks[i + 1].text in _NEGATED_VERBS:
        return None
    if len(up) > 1:
        return up  # "XL", "xl", "xxl": no word of the four languages, in any case
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    # "S 23" is a model; "3 L, 2 XL": a number after a comma is the next count
    if t.raw.isupper() and not (nxt and nxt.raw[:1].isdigit() and nxt.start - t.end <= 1):
        return up
    if i > 0 and toks[i - 1].text in SIZE_KEYWORDS:
        return up
    return None


_PERSON_SIZES = frozenset({"#small", "#large"})
_DETAIL_LABELS = word_set("phone_labels") | word_set("address_labels") | word_set("name_labels")
_PERSON_ARTICLES = word_set("person_articles")
_PERSON_VERBS = word_set("person_verbs")


_GROUP_KEYS = frozenset({"#girls", "#boys", "#women", "#men"})
_FOR_WORDS = frozenset({"per", "për"})
# "for", with the Slavic "za" that is one only in a narrow place (before a relative or a number)
FOR_ANY = word_set("purpose") | word_set("purpose_sized")
_OF_SIZE = word_set("of_size")
_KIN_OBJECTS = word_set("kin_objects")


def _recipient(toks: Sequence[Token], i: int) -> bool:
    """ "per vajzen", "per djalin": a person word in the Albanian definite singular after "për"
    is the one person the goods are for; "per vajza", "per djem" (girls', boys') name the kind."""
    return i >= 1 and toks[i - 1].text in _FOR_WORDS and toks[i].text.endswith("n")


def _person(toks: Sequence[Token], i: int) -> bool:
    """ "der Kleine hat", "i vogli ka", "the little one has", "il piccolo ha": a size word after
    a definite article and before a verb of having or being is a person (a child)."""
    j = i + 1
    if j < len(toks) and toks[j].text in ("one", "ones"):
        j += 1
    return (
        i >= 1
        and toks[i - 1].text in _PERSON_ARTICLES
        and j < len(toks)
        and toks[j].text in _PERSON_VERBS
    )


_TOO = frozenset(["too", "teper", "troppo", "zu", "prevec", "premnogu"])


def too_much(toks: Sequence[Token], lo: int, hi: int) -> bool:
    """ "the big one is too big", "e madhja është tepër e madhe": a size refused in toks[lo:hi]."""
    return bool(_too_much(toks, range(lo, hi)))


def _too_much(toks: Sequence[Token], window: Sequence[int]) -> set[str]:
    """The size concepts said after "too / tepër / troppo / zu" ("too big", "zu klein")."""
    out: set[str] = set()
    for i in window:
        if toks[i].text not in _TOO:
            continue
        j = i + 1
        while j < len(toks) and j <= i + 2 and toks[j].text in ("e", "te", "i", "t"):
            j += 1
        if j < len(toks):
            k = _key(toks[j].text)
            if k in ("#small", "#large"):
                out.add(k)
    return out


_KIN = word_set("kin_sizes")
_PERSON_CONCEPTS = frozenset(["boys", "girls", "male", "female"])


def _of_a_person(toks: Sequence[Token], i: int) -> bool:
    """ "per djalin e madh M", "for my little brother", "il fratello piccolo": big or small
    said of a person (the elder, the younger) is no size of the goods."""
    j = i - 1
    while j >= 0 and i - j <= 2 and toks[j].text in ("e", "i", "t", "te", "my", "mio", "mein"):
        j -= 1
    if j >= 0 and (toks[j].text in _KIN or lexicon().concept(toks[j].text) in _PERSON_CONCEPTS):
        return True
    # "my little brother", "il piccolo fratello": the size word before the person
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return nxt in _KIN


# a broad concept -> the narrower ones it covers (words.json concept_kinds)
_KINDS: dict[str, tuple[str, ...]] = {
    "#" + broad: tuple("#" + k for k in kinds)
    for broad, kinds in load("words.json").get("concept_kinds", {}).items()
    if not broad.startswith("_")
}


@memoised_values  # the same window is read again for each product's variants (memo.py)
def _window_keys(
    toks: tuple[Token, ...], window: tuple[int, ...]
) -> tuple[dict[str, int], dict[str, int]]:
    """The variant words the tokens at ``window`` say, whatever the product: each key at the
    first index saying it, and the concepts (``#black``) among them. A pure function of the
    tokens and the window; the dicts may be the memo's, so a caller copies them to change them."""
    keys_at: dict[str, int] = {}
    concepts: dict[str, int] = {}
    lex = lexicon()
    texts = [toks[i].text for i in window]
    phrase_at: dict[int, str] = {}
    for a, b in lex.variant_phrases.find(texts):
        # "blu scuro", "blu e erret", "extra large": a concept said in several words
        concept = "#" + lex.variant_of_phrase[tuple(texts[a:b])]
        if phrase_at.get(window[a]) == concept:
            continue  # inside a longer phrase of that concept ("e lame me ar")
        if concept in _GROUP_KEYS and b - a == 2 and _recipient(toks, window[b - 1]):
            continue  # "per vajzen": the daughter the goods are for (see _recipient)
        for part in _parts(concept):
            keys_at.setdefault(part, window[a])
            concepts.setdefault(part, window[a])
        for j in range(a, b):
            phrase_at[window[j]] = concept
    for i in window:
        if i in phrase_at:
            continue
        k = _key(toks[i].text)
        if k in _PERSON_SIZES and (_person(toks, i) or _of_a_person(toks, i)):
            continue  # "der Kleine hat 55 cm", "i vogli ka 7 vjet": the younger child, no size
        if k in _PERSON_SIZES and i + 1 < len(toks) and toks[i + 1].text in _DETAIL_LABELS:
            continue  # Swiss German "mini Nummere" (my number): a label's possessive, no size
        if k in _GROUP_KEYS and _recipient(toks, i):
            continue  # "nje set per vajzen": the daughter it is for, not the girls' variant
        if i >= 1 and toks[i - 1].text in FOR_ANY and toks[i].text in _KIN_OBJECTS:
            continue  # "za sina" (for the son), not the Macedonian "sina" (blue)
        if k in _SIZES and _place_name(toks, i):
            continue  # "Shkolla e Mesme e Artit": a place's name in the address
        if k == "#without" and _bare_colour(toks, i):
            k = "#" + str(lex.variant_concept(toks[i].text))  # "nji crna e nji bež": beige
        if toks[i].raw in lex.codes:
            k = "#" + lex.codes[toks[i].raw]  # "certifikata EN", "DE/IT": the language's code
        if (
            toks[i].text in ("me", "on", "su", "auf")
            and 0 < i < len(toks) - 1
            and toks[i - 1].text.isdigit()
            and toks[i + 1].text.isdigit()
        ):
            k = "x"  # "40 me 40", "40 on 40": 40x40
        parts = _parts(k) + compound_concept(toks[i].text, k)
        if i > 0 and toks[i - 1].text in _WHICH:
            # "weiß nicht welche Länge", "cfarë trashësie?": the attribute asked, no value
            parts = tuple(x for x in parts if x not in _ASKED_SIZES)
        for part in parts:
            keys_at.setdefault(part, i)
            if part.startswith("#"):
                concepts.setdefault(part, i)
    for c in _too_much(toks, window):
        # "the big one is too big, the middle size", "troppo piccola": a size the customer
        # finds too big or too small is the one refused, not the one picked
        if sum(1 for k in ("#small", "#medium", "#large") if k in concepts) >= 2:
            concepts.pop(c, None)
            keys_at.pop(c, None)
    return keys_at, concepts


@dataclass(frozen=True)
class _SpecFacts:
    """What ``match_variant`` reads of a list of variants alone, whatever was said (each a pure
    function of the frozen specs): read once per list and conversation (``_spec_facts``)."""

    held: set[str]  # every key of every variant (built as the call built it; never changed)
    groups: dict[str, str]  # _variant_groups of the texts (shared, never changed)
    dims: bool  # a variant has sides ("160x200")
    measured: bool  # a variant (or its note) is a measure
    letters: bool  # five or more variants of one letter each ("A" … "Z")
    growth: bool  # a variant stands for heights or ages (``_by_growth``'s first test)
    container: bool  # one variant of two or more is a single container (``_counted_container``)
    words: bool  # a variant has words (``_one_word_of_one`` reads only those)
    long_words: bool  # a variant has words of five letters or more (``_near_keys``)


@memoised_by_identity  # the same product's list is asked at every call (memo.py)
def _spec_facts(specs: Sequence[VariantSpec]) -> _SpecFacts:
    return _SpecFacts(
        held={k for sp in specs for k in sp.keys},
        groups=_variant_groups(tuple(sp.text for sp in specs)),
        dims=any(sp.dims for sp in specs),
        measured=any(sp.measured for sp in specs),
        letters=len(specs) >= 5
        and all(len(sp.text.strip()) == 1 and sp.text.isalpha() for sp in specs),
        growth=any(sp.growth[0] for sp in specs) or any(sp.growth[1] for sp in specs),
        container=len(specs) >= 2
        and sum(1 for sp in specs if _first_word(sp.text) in _CONTAINERS) == 1,
        words=any(sp.words for sp in specs),
        long_words=any(sp.long_words for sp in specs),
    )


@memoised_variant_match  # pure, asked again for one sentence and product (memo.py)
def match_variant(
    specs: Sequence[VariantSpec],
    toks: Sequence[Token],
    lo: int,
    hi: int,
    skip: set[int] | None = None,
    prefer: int | frozenset[str] | None = None,
    among: frozenset[int] = frozenset(),
    current: int | frozenset[str] | None = None,
) -> VariantHit | None:
    """The variant the tokens toks[lo:hi] name, if exactly one is best. On a tie, ``prefer`` (the
    item's current variant) picks the one that keeps most of its other words ("Djathtas / Bezhë",
    then "gri" -> "Djathtas / Gri"). ``current`` (the item's variant) narrows "the big one" to
    the variants in its words."""
    if not specs:
        return None
    facts = _spec_facts(specs)
    asked_skip = skip
    skip = skip or set()
    # "qoni 2 t'3shit": the count before the article and the size it counts names no size
    skip = skip | {
        i - 2
        for i in range(max(2, lo + 2), min(len(toks), hi))
        # the article before the number is counts_ordinal's first test, asked here
        if toks[i - 1].text in _ORDINAL_ARTICLES and counts_ordinal(toks, i)
    }
    window = [
        i
        for i in range(max(0, lo), min(len(toks), hi))
        # _clock reads digits alone: its first test, asked here
        if i not in skip and not (toks[i].text.isdigit() and _clock(toks, i))
    ]
    if any(toks[i].text in _AND for i in window):
        # "dhe montimin" for "mbi dhe" / "mbi beton": "and" names no soil
        window = [i for i in window if not _and_not_word(specs, toks, i, window)]
    if any(toks[i].text in _HEAD_COUNT for i in window):
        # "jemi 4", "we are 4", "siamo in 4": how many people, not size or class 4; "na jemi
        # 3 veta" names no "person fizik" either
        window = [
            i
            for i in window
            if not _head_count(specs, toks, i) and not _head_count_people(specs, toks, i)
        ]
    if facts.letters:
        # letters sold one at a time ("A" … "Z"): only a capital letter names one; "t kuqe",
        # "e madhe", "per" (read "x" elsewhere) are words
        window = [i for i in window if len(toks[i].raw) == 1 and toks[i].raw.isupper()]
    if not window:
        return None
    wset = set(window)
    lex = lexicon()
    said_keys, said_concepts = _window_keys(tuple(toks), tuple(window))
    keys_at = dict(said_keys)  # the memo's dicts are shared: this call adds to copies
    concepts = dict(said_concepts)
    groups = facts.groups
    if groups:
        # "colore crema" for "5 L krem", "with honey" for "me mjaltë": a variant word of a
        # cross-language product group said in another language
        for i in window:
            w = toks[i].text
            g = lex.product_group(w) if len(w) >= 4 and w.isalpha() else None
            if g is not None and g in groups:
                keys_at.setdefault(groups[g], i)
    held = facts.held
    for i in window:
        # "ni te deles", "te lopes" for "dele" / "lope": a short variant word's root (3
        # letters) is cut deeper than the root of its longer inflected forms
        w = toks[i].text
        if 5 <= len(w) <= 6 and w.isalpha() and not _key(w).startswith("#"):
            short = stem(w, floor=3)
            if len(short) == 3 and short in held:
                keys_at.setdefault(short, i)
    for i in window:
        # "zonë e madhe" for "zonë e vogël" / "zonë e madhe": a size word after a street word
        # ("zona", "sheshi") names a place (_window_keys), unless the variants hold that word
        # themselves; then the size is what tells the siblings apart
        k = _key(toks[i].text)
        if k in _SIZES and k in held and k not in concepts:
            j = _place_word_at(toks, i)
            if j is not None and j in wset and _key(toks[j].text) in held:
                keys_at.setdefault(k, i)
                concepts.setdefault(k, i)
    for broad, kinds in _KINDS.items():
        if broad in keys_at and broad not in held:
            # "ate me peshk" for "Salmon 4 kg" / "Pule 4 kg": the one kind of fish sold
            narrow = [k for k in kinds if k in held]
            if len(narrow) == 1:
                keys_at.setdefault(narrow[0], keys_at[broad])
                concepts.setdefault(narrow[0], keys_at[broad])
    for i in window[:-1]:
        w = toks[i].text
        if not w.isalpha() or w in lex.weak_numbers:
            continue
        v = number_value(w)
        nxt = _key(toks[i + 1].text) if i + 1 in wset else ""
        if v is not None and v == int(v) and v >= 2 and nxt in held:
            # "me tre vatra" for "3 vatra", "for four people" for "4 Personen": a number word
            # before the variant's own word is its digit
            d = str(int(v))
            if any(d in sp.keys and nxt in sp.keys for sp in specs):
                keys_at.setdefault(d, i)
    for c, at in list(concepts.items()):
        if c in _SHADE_FAMILY.values() and c not in held and not _in_name(toks, at):
            # "te gjelbert ne M" for "M smerald": a colour no variant names is the variant word
            # in a shade of it ("S bordo" for red, "L navy" for blue), beside the other words
            for k in held:
                if _SHADE_FAMILY.get(k) == c:
                    keys_at.setdefault(k, at)
        base = _SHADE_FAMILY.get(c)
        if base is not None and c not in held and base in held and not _in_name(toks, at):
            # "navy blue", "blu e errët" for "blu": a shade no variant names is its colour
            keys_at.setdefault(base, at)
        band = _KELVIN_BANDS.get(c)
        if band is not None and c not in held and not _negated(toks, at):
            # "drite e verdhe" for "E27 9W 3000K": warm / yellow light is a low colour
            # temperature, cold / white light a high one
            for sp in specs:
                kv = _kelvin(sp)
                if kv is not None and band[0] <= kv < band[1]:
                    keys_at.setdefault(str(kv), at)
                    keys_at.setdefault("k", at)
    any_dims = facts.dims
    if any_dims:
        for i in window:
            w = toks[i].text
            v = number_value(w) if ("," in w or "." in w) and w[:1].isdigit() else None
            metres = i + 1 < len(toks) and unit_of(toks[i + 1].text) == ("cm", 100)
            if v is not None and 0.3 <= v < 10 and (metres or not _followed_by_unit(toks, i)):
                # "1,60 fort" for "160x200 Fort": a side said in metres
                keys_at.setdefault(str(round(v * 100)), i)
    for i in window:
        j = i + 1
        if (
            toks[i].text.isdigit()
            and j in wset
            and toks[j].text.isdigit()
            and toks[j].start - toks[i].end <= 3
        ):
            keys_at.setdefault(f"{toks[i].text}/{toks[j].text}", i)  # "30 32" = 30/32
            keys_at.setdefault(f"{toks[i].text}+{toks[j].text}", i)  # "2+1", "2 + 1"
        elif toks[i].text.isdigit() and j in wset and toks[j].text in _THOUSANDS:
            # "12 mije", "9 mijeshi", "12k", "12 mila": the number in thousands ("12000 BTU")
            keys_at.setdefault(str(int(toks[i].text) * 1000), i)
    measures = (
        [
            m
            for m in find_measures(toks[lo:hi])
            if all((m.start + lo + d) in wset for d in range(m.end - m.start))
        ]
        if facts.measured
        else []  # only a measure variant reads them (_match_one)
    )
    if _superlative(toks, concepts):
        # "masen me te madhe qe keni", "the biggest", "la più piccola": the largest or smallest
        # of the variants, not the size letter L or S
        most = _ordinal(specs, concepts)
        if most is not None and _coded_choice(specs, toks, wset) in (None, most.index):
            return most
    best: list[VariantHit] = []
    said_dims = _said_dims(toks, window) if any_dims else None
    # "Lite ..., ate ngjyre qielli": a word that only some variants hold ("Lite turquoise",
    # "Lite grey") says it is one of them, whatever colour word follows
    said_words = {k for k in keys_at if len(k) >= 3 and k.isalpha()}
    # (a range's unit is a word its variant holds too: "9–15 ditë" beside "90 ditë")
    holding = [
        vi
        for vi, sp in enumerate(specs)
        if said_words.intersection(sp.keys)
        or (sp.range_ is not None and sp.range_[2] in said_words)
    ]
    allowed = set(holding) if 2 <= len(holding) < len(specs) else set(range(len(specs)))
    letters: dict[str, int] | None = None  # the size letters said (read at the first size)
    for vi, spec in enumerate(specs):
        if vi not in allowed:
            continue
        if letters is None and (spec.size or spec.alt is not None and spec.alt.size):
            letters = _letters_at(toks, window)
        hit = _match_one(spec, toks, window, keys_at, measures, lo, letters)
        if hit is None and spec.alt is not None:
            hit = _match_one(spec.alt, toks, window, keys_at, measures, lo, letters)
        if (
            hit is not None
            and said_dims is not None
            and len(spec.dims) >= 2
            and _dims_error(spec, *said_dims[0]) > 0.12
        ):
            hit = None  # "90x150" does not name "150x225 cm" by its "150"
        if hit is not None:
            best.append(VariantHit(vi, hit[0], hit[1], hit[2]))
    if not best:
        _note_no_candidate(specs, toks, lo, hi, asked_skip)
        # (each reading below is asked only where its own first test can pass: ``_by_growth``
        # needs a variant of heights or ages, ``_by_dims`` one with sides, ``_same_words`` a
        # current variant or words, ``_ordinal`` a size or length word said, ``_shade_of`` a
        # concept said, ``_counted_container`` one single container among the variants,
        # ``_one_word_of_one`` a variant with words, ``_near_keys`` one with long words)
        grown = (_by_growth(specs, toks, window) if facts.growth else None) or (
            _by_dims(specs, toks, window) if any_dims else None
        )
        if grown is not None:
            return grown
        # two sides said that fit no variant name none by one of their numbers
        unique = _unique_number(specs, toks, window) if said_dims is None else None
        chosen = prefer if current is None else current
        kin = _same_words(specs, chosen) if chosen is not None else []
        if unique is None and len(among) >= 2:
            # "dy t'vogla" after "500 g … kemi 250 g": the small one of the sizes talked about
            # (of those in the words already chosen: "gri 200 g", not "natyrale 200 g")
            idx = sorted(among & set(kin)) if len(among & set(kin)) >= 2 else sorted(among)
            small = _ordinal([specs[k] for k in idx], concepts)
            if small is not None:
                return VariantHit(idx[small.index], small.score, small.start, small.end)
        if unique is None and 2 <= len(kin) < len(specs):
            # "lesh gri" (gri 100 g / gri 200 g / natyrale 200 g), then "5 te medhenjte": the
            # big one of those in the words already chosen
            sized = _ordinal([specs[k] for k in kin], concepts)
            if sized is not None:
                return VariantHit(kin[sized.index], sized.score, sized.start, sized.end)
        if len(allowed) < len(specs):
            idx = sorted(allowed)
            shade = _shade_of([specs[k] for k in idx], toks, concepts)
            if shade is not None:
                return VariantHit(idx[shade.index], shade.score, shade.start, shade.end)
        return (
            unique
            or (
                _ordinal(specs, concepts)
                if not concepts.keys().isdisjoint(_ORDINAL_WORDS)
                else None
            )
            or (_shade_of(specs, toks, concepts) if concepts else None)
            or (_counted_container(specs, toks, window) if facts.container else None)
            or (_one_word_of_one(specs, toks, keys_at) if facts.words else None)
            or (
                _one_word_of_one(specs, toks, _near_keys(specs, toks, window))
                if facts.long_words
                else None
            )
        )
    best.sort(key=lambda h: -h.score)
    full = [h for h in best if _all_said(specs[h.index], keys_at)]
    if best[0] in full and any(
        not set(specs[h.index].keys) <= set(specs[best[0].index].keys) for h in full[1:]
    ):
        # "e verdha light, e kuqja medium, bluja extra heavy": every word of two variants said
        # is a list of them, not the one with most words
        best = [replace(h, score=best[0].score) for h in full]
    if len(best) > 1 and best[1].score >= best[0].score:
        tied = [h for h in best if h.score >= best[0].score]
        new = _replacing(tied, toks)
        if new is not None:
            return new
        size = _ordinal([specs[h.index] for h in tied], concepts)
        if size is not None:
            # "ne vazo te madhe" for "Vazo 14 cm" / "Vazo 21 cm": the big one of those tied
            pick = tied[size.index]
            return VariantHit(pick.index, pick.score, min(pick.start, size.start), pick.end)
        if isinstance(prefer, frozenset):
            kept = set(prefer)  # words said before that no variant fitted alone ("ngjyre hiri")
        elif prefer is None or not 0 <= prefer < len(specs):
            return None
        else:
            same = [h for h in best if h.score >= best[0].score and h.index == prefer]
            if same:
                return same[0]  # what was said fits the current variant: it stays
            kept = _spec_words(specs[prefer])
        top = [h for h in best if h.score >= best[0].score]
        shared = sorted(
            ((len(kept & _spec_words(specs[h.index])), h) for h in top),
            key=lambda x: -x[0],
        )
        if not shared or shared[0][0] == 0 or len(shared) > 1 and shared[1][0] == shared[0][0]:
            return None
        return shared[0][1]
    return best[0]


def _no_candidate_key(
    specs: Sequence[VariantSpec], toks: Sequence[Token], lo: int, hi: int, skip: set[int] | None
) -> tuple[object, ...]:
    return (
        _no_candidate_key,
        tuple(map(id, specs)),
        tuple(toks),
        lo,
        hi,
        frozenset(skip) if skip else None,
    )


def _note_no_candidate(
    specs: Sequence[VariantSpec], toks: Sequence[Token], lo: int, hi: int, skip: set[int] | None
) -> None:
    note_fact(_no_candidate_key(specs, toks, lo, hi, skip), tuple(specs))


def no_candidate(
    specs: Sequence[VariantSpec], toks: Sequence[Token], lo: int, hi: int, skip: set[int] | None
) -> bool:
    """``match_variant`` ran on these arguments in this conversation and no variant's words
    matched the window (no ``best``): its answer then comes from the readings without a
    candidate, where ``prefer`` counts only as ``current`` does when that is None, and
    ``among`` only when it finds a variant. So a call that gave None with ``current`` set is
    answered None again with that value as ``prefer`` (and no ``among``): the tie ``prefer``
    settles needs a candidate. False when not noted (outside a conversation, a full memo)."""
    return has_fact(_no_candidate_key(specs, toks, lo, hi, skip))


_KELVIN_BANDS = {
    "#warm": (1800, 3500),
    "#yellow": (1800, 3500),
    "#neutral": (3500, 5000),
    "#cool": (5000, 8000),
    "#white": (3500, 8000),  # neutral and cold light are both white
}


def other_of_two(
    specs: Sequence[VariantSpec], toks: Sequence[Token], lo: int, hi: int, old: set[int]
) -> VariantHit | None:
    """ "nje tende, jo XXL", "acı olmasın", "not the spicy one": when the only variant the
    customer names is one said as not wanted, and the product comes in exactly two, the line is
    the other one."""
    if len(specs) != 2 or not old:
        return None
    said = {i for i in old if lo <= i < hi}
    if not said:
        return None
    neg = match_variant(specs, toks, lo, hi, skip=set(range(lo, hi)) - said)
    if neg is None:
        return None
    return VariantHit(1 - neg.index, neg.score, neg.start, neg.end)


# "ora 5", "n'orën 17", "ore 18": the hour of the day (Albanian, Italian), or "17 Uhr"
_HOUR_BEFORE = word_set("hour_before")


# "sot pas 4", "tomorrow after 5", "domani dopo le 4", "morgen nach 4": a day, a word for
# before/after/until, then the hour
_TIME_PREPS = word_set("time_preps")


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    """The one-word days of intents.json ``when`` (sot, nesër, today, domani, heute, the
    weekdays)."""
    return frozenset(fold(w) for w in load("intents.json")["when"] if " " not in w.strip())


def _clock(toks: Sequence[Token], i: int) -> bool:
    """ "mos e thirrni para ora 5", "vor 17 Uhr", "e marr sot pas 4", "domani dopo le 5": a
    number that tells the hour names no variant ("7 balona" is no "ora 7", "pas 4" no "4.0
    mm")."""
    if not toks[i].text.isdigit():
        return False
    if (
        i > 0
        and toks[i - 1].text in _HOUR_BEFORE
        or i + 1 < len(toks)
        and toks[i + 1].text == "uhr"
    ):
        return True
    j = i - 1
    if j > 0 and toks[j].text in ("le", "the", "den"):
        j -= 1  # "dopo le 4"
    return (
        int(toks[i].text) <= 24
        and j > 0
        and toks[j].text in _TIME_PREPS
        and toks[j - 1].text in _day_words()
    )


def _negated(toks: Sequence[Token], at: int) -> bool:
    """ "jo te bardhe", "not white", "jo shume te ftohte": a word said as what is not wanted."""
    return any(t.text in _NOT_BEFORE for t in toks[max(0, at - 3) : at])


def _kelvin(spec: VariantSpec) -> int | None:
    """The colour temperature a variant names ("E27 9W 3000K" -> 3000)."""
    for a, b in zip(spec.keys, spec.keys[1:], strict=False):
        if b == "k" and a.isdigit() and 1800 <= int(a) < 8000:
            return int(a)
    return None


def old_value_marks(toks: Sequence[Token]) -> list[int]:
    """Where the value being replaced starts, after "instead of / ne vend te / statt" or a bare
    "jo / no / nicht" right before it ("S23, jo S24", not "jo, 24")."""
    texts = [t.text for t in toks]
    return [
        b
        for a, b in intent_spans("old_value", texts)
        if not (b == a + 1 and texts[a] in _NEGATIONS)
        or b < len(toks)
        and toks[b].start - toks[a].end == 1
    ]


def _replacing(tied: list[VariantHit], toks: Sequence[Token]) -> VariantHit | None:
    """Of two variants named alike, the new one: not the one after "instead of / ne vend te /
    statt" ("5 litra ne vend te 3 litrosheve"), else the one after a change word between them
    ("tiganin e 20 boje 24", "the 38, no wait, make it 40")."""
    if len({h.index for h in tied}) < 2:
        return None
    texts = [t.text for t in toks]

    def bare_no(a: int, b: int) -> bool:
        return b == a + 1 and texts[a] in _NEGATIONS

    old = old_value_marks(toks)
    # the first value within three words after the marker is the old one
    gone = {min((h.start for h in tied if b <= h.start <= b + 3), default=-1) for b in old}
    left = [h for h in tied if h.start not in gone]
    if not left:
        return None
    if len({h.index for h in left}) == 1:
        return left[0]
    left.sort(key=lambda h: h.start)
    first, last = left[0], left[-1]
    if any(
        first.end <= a and b <= last.start and not bare_no(a, b)
        for a, b in intent_spans("correct", texts)
    ) and not any(h.index != last.index and h.start >= last.start for h in left):
        # "bezhet s'i do, bone te katra gri" of "140x245 gri" / "140x270 gri": the new word
        # fits two variants, so it tells none
        return last
    return None


def _all_said(spec: VariantSpec, keys_at: dict[str, int]) -> bool:
    """Every word of a variant of words only ("medium e kuqe") is said."""
    plain = not (spec.size or spec.number or spec.measure or spec.range_ or spec.sizes)
    return plain and bool(spec.keys) and all(k in keys_at for k in spec.keys)


def _gloss_keys(toks: Sequence[Token], a: int, b: int, stop: frozenset[str]) -> dict[str, int]:
    return {
        _key(toks[i].text): i
        for i in range(a, b)
        if len(toks[i].text) >= 4 and toks[i].text.isalpha() and toks[i].text not in stop
    }


def variant_glosses(
    specs: Sequence[VariantSpec],
    merchant: Sequence[Sentence],
    stop: frozenset[str],
    name: frozenset[str] = frozenset(),
) -> dict[str, frozenset[int]]:
    """ "EJ16 (012-053) and the lighter 010-047": the words the merchant's message says beside
    each variant, in its segment (not the variants' own words), with the variants they were
    said beside. When the message names two or more variants, the product's own ``name``
    words beside the first ("MacBook Air 8/256GB 560€, 16/512GB 690€") gloss none: they name
    the product the options are of."""
    own = {k for sp in specs for k in sp.keys}
    beside: dict[str, set[int]] = {}
    named: set[int] = set()
    for ms in merchant:
        for a, b in {ms.segment_bounds(k) for k in range(len(ms.toks))}:
            h = match_variant(specs, ms.toks, a, b)
            if h is None:
                continue
            named.add(h.index)
            for k, i in _gloss_keys(ms.toks, a, b, stop).items():
                if k not in own and not h.start <= i < h.end:
                    beside.setdefault(k, set()).add(h.index)
    if len(named) >= 2 and name:
        gone = {_key(w) for w in name}
        beside = {k: v for k, v in beside.items() if k not in gone}
    return {k: frozenset(v) for k, v in beside.items()}


def glossed_variant(
    glosses: dict[str, frozenset[int]], sent: Sentence, stop: frozenset[str]
) -> VariantHit | None:
    """ "he likes the lighter ones": a word the merchant said beside exactly one variant (and
    beside no other), said again by the customer, names that variant."""
    if not glosses:
        return None
    said = _gloss_keys(sent.toks, 0, len(sent.toks), stop)
    fits = {(next(iter(glosses[k])), at) for k, at in said.items() if len(glosses.get(k, ())) == 1}
    if len({vi for vi, _at in fits}) != 1:
        return None
    vi, at = min(fits, key=lambda x: x[1])
    return VariantHit(vi, 2.0, at, at + 1)


def _same_words(specs: Sequence[VariantSpec], prefer: int | frozenset[str] | None) -> list[int]:
    """The variants holding every word (not measure) of the current variant ``prefer``, or of
    the words said before (a frozenset)."""
    if isinstance(prefer, frozenset):
        kept = set(prefer)
    elif prefer is not None and 0 <= prefer < len(specs):
        kept = _spec_words(specs[prefer])
    else:
        return []
    kept = {k for k in kept if k[:1] != "="}
    if not kept:
        return []  # a size letter or a measure alone ("S", "250 g"): no words to keep
    words = [_spec_words(sp) for sp in specs]
    # the words some variant holds ("#wool" said with the product names no variant)
    kept = {k for k in kept if any(k in w for w in words)}
    if not kept:
        return []
    return [k for k, w in enumerate(words) if kept <= w]


def _spec_words(spec: VariantSpec) -> set[str]:
    """A variant's words, size letters and measure ("=mm:18"), as said_keys and said_measures
    give them."""
    out = set(spec.keys) | set(spec.sizes)
    if spec.measure:
        out.add("=" + spec.measure)
    return out


spec_words = _spec_words  # for items.py: the words a variant is said in


def says_verbatim(toks: Sequence[Token], variant: str) -> bool:
    """The tokens hold the variant's own words in a row ("… rozetë ari mat", "pllakë 20x30"
    for "20x30 cm": a unit closing the variant may be left out), as a shop writes its
    notebook line in the catalog's words."""
    want = [t.text for t in tokenize(variant)]
    if len(want) >= 2 and unit_of(want[-1]) is not None:
        want = want[:-1]
    if not want:
        return False
    texts = [t.text for t in toks]
    n = len(want)
    return any(texts[i : i + n] == want for i in range(len(texts) - n + 1))


def said_measures(toks: Sequence[Token]) -> frozenset[str]:
    """The measures said ("18 mm", "22 milimetra" -> "=mm:18", "=mm:22"), as _spec_words gives
    a variant's."""
    return frozenset("=" + m.key for m in find_measures(toks))


def _shade_of(
    specs: Sequence[VariantSpec], toks: Sequence[Token], concepts: dict[str, int]
) -> VariantHit | None:
    """ "nje blu" for a product sold in "zi / kamel / blu navy": a colour said reaches the one
    variant in a shade of it, when no variant names the colour itself (not a colour word inside
    a capitalised name: "Marta Rossi")."""
    fam = _SHADE_FAMILY
    for concept, at in concepts.items():
        if concept not in fam.values() or any(concept in sp.keys for sp in specs):
            continue
        if _in_name(toks, at):
            continue
        fits = [vi for vi, sp in enumerate(specs) if any(fam.get(k) == concept for k in sp.keys)]
        if len(fits) == 1:
            return VariantHit(fits[0], 1.0, at, at + 1)
    return None


def _counted_container(
    specs: Sequence[VariantSpec], toks: Sequence[Token], window: list[int]
) -> VariantHit | None:
    """ "40 thasë", "30 Säcke", "20 bags" of a product sold as "Thes 15 kg" / "Paletë 66 thasë":
    a count of containers names the one variant that is a single container (its first word is
    a container word), not the bulk pack that holds a number of them (whose word "thasë" the
    count would otherwise meet alone). A count that is a number of a variant names nothing."""
    single = [vi for vi, sp in enumerate(specs) if _first_word(sp.text) in _CONTAINERS]
    if len(single) != 1 or len(specs) < 2:
        return None
    numbers = {k for sp in specs for k in sp.keys if k.isdigit()}
    for i in window:
        if i == 0 or toks[i].text not in _CONTAINERS:
            continue
        v = number_value(toks[i - 1].text)
        if v is not None and v >= 1 and f"{v:g}" not in numbers:
            return VariantHit(single[0], 1.5, i, i + 1)  # the count stays a count
    return None


def _counts_noun(spec: VariantSpec, toks: Sequence[Token], i: int) -> bool:
    """ "atëherë 5 topa", "3 balls", "4 palloni": a bare number right before a noun counts it
    when the variant writes its number after a size word ("nr. 4", "Nr 5", "size 3"): the
    customer says that size "nr 4", "numri 4", or the number alone."""
    j = i + 1
    return (
        _first_word(spec.text) in SIZE_KEYWORDS
        and j < len(toks)
        and toks[j].start > toks[i].end  # "3shit": the size, said as a noun
        and not ordinal(toks, i)
        and len(toks[j].text) >= 3
        and toks[j].text.isalpha()
        and toks[j].text not in SIZE_KEYWORDS
        and _key(toks[j].text)[:1] != "#"
    )


@lru_cache(maxsize=4096)
def _first_word(text: str) -> str:
    toks = tokenize(text)
    return toks[0].text if toks else ""


def _one_word_of_one(
    specs: Sequence[VariantSpec], toks: Sequence[Token], keys_at: dict[str, int]
) -> VariantHit | None:
    """ "ni per xbox" for a game sold in "PS5 / Xbox Series X|S": a word (not a number, colour
    or size) that only one variant holds, when no other variant's word is said, names it (not
    after "pa / without / no": "ajo pa emer")."""
    if not keys_at:
        return None  # nothing said (_near_keys found no short form): no variant has a hit

    said: set[str] | None = None  # the keys said, not after "pa / without / no" (read once)
    hits: dict[int, list[str]] = {}
    for vi, sp in enumerate(specs):
        # "kontrata është në emrin e saj" names no "pa kontratë": the thing a variant is
        # without, said without the "without", names the opposite if anything
        if not sp.words or ("#without" in sp.keys and "#without" not in keys_at):
            continue  # a variant of no words ("S", "#black", "500 g") has no hit
        if said is None:
            said = {k for k, at in keys_at.items() if not (at and toks[at - 1].text in _NOT_BEFORE)}
        ks = [k for k in sp.words if k in said]
        if ks:
            hits[vi] = ks
    if len(hits) != 1:
        return None
    vi, ks = next(iter(hits.items()))
    at = min(keys_at[k] for k in ks)
    return VariantHit(vi, 1.5, at, at + 1)


@lru_cache(maxsize=4096)
def _variant_groups(texts: tuple[str, ...]) -> dict[str, str]:
    """The product group of each variant word that is no concept -> its key ("krem" ->
    cream), so that the word said in another language meets it."""
    lex = lexicon()
    out: dict[str, str] = {}
    for text in texts:
        for t in tokenize(text):
            w = t.text
            if len(w) >= 3 and w.isalpha() and lex.variant_concept(w) is None:
                g = lex.product_group(w)
                if g is not None:
                    out.setdefault(g, _key(w))
    return out


def _near_keys(
    specs: Sequence[VariantSpec], toks: Sequence[Token], window: list[int]
) -> dict[str, int]:
    """The variant words a customer's word is a short form or another spelling of: "vent" for
    "ventilator", "ocean" for "oqean", "lemon" for "limon" (the start of the word, or one letter
    off in five or more)."""
    words = [wk for sp in specs for wk in sp.long_words]
    out: dict[str, int] = {}
    if not words:
        return out
    held = {k for sp in specs for k in sp.keys}
    firsts = {v[0] for v, _k in words}
    for i in window:
        w = toks[i].text
        if len(w) < 4 or w[0] not in firsts or not w.isalpha() or w in _VARIANT_STOP:
            continue
        if lexicon().concept(w):
            continue
        if _key(w) in held:
            continue  # a variant's own word ("kafe" of "kafe e errët") is no short form
        for v, k in words:
            if v.startswith(w) or (
                len(w) >= 5
                and w[0] == v[0]
                and abs(len(w) - len(v)) <= 1
                and fuzz.ratio(w, v) >= 80
            ):
                out.setdefault(k, i)
    return out


@lru_cache(maxsize=8192)
def _text_words(text: str, keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """A variant's words of five letters or more, with their keys ("oqean" -> "oqea")."""
    return tuple(
        (t.text, _key(t.text))
        for t in tokenize(text)
        if len(t.text) >= 5 and t.text.isalpha() and _key(t.text) in keys
    )


def _in_name(toks: Sequence[Token], i: int) -> bool:
    """A capitalised word beside another capitalised word ("Marta Rossi", "Via Verde")."""
    if not toks[i].raw[:1].isupper():
        return False
    return any(0 <= j < len(toks) and toks[j].raw[:1].isupper() for j in (i - 1, i + 1))


def _measured(spec: VariantSpec | None) -> bool:
    """A measure in the variant or in its note in parentheses."""
    return spec is not None and (spec.measure is not None or _measured(spec.alt))


def _match_one(
    spec: VariantSpec,
    toks: Sequence[Token],
    window: list[int],
    keys_at: dict[str, int],
    measures: list[Measure],
    lo: int,
    letters: dict[str, int] | None = None,
) -> tuple[float, int, int] | None:
    """``letters``: ``_letters_at(toks, window)`` when the caller read it (the first index of
    each size letter said), so the window is not read again for each size variant."""
    if spec.size:
        if letters is not None:
            at = letters.get(spec.size)
            if at is not None:
                return 10.0, at, at + 1
        else:
            for i in window:
                if _size_letter_at(toks, i) == spec.size:
                    return 10.0, i, i + 1
        # (each letter is the size of one concept: the one concept to look for)
        concept = _CONCEPT_OF_SIZE.get(spec.size)
        if concept is not None and concept in keys_at:
            return 6.0, keys_at[concept], keys_at[concept] + 1
        return None
    if spec.number:
        # "2 topa numer 3": the number after a size word is the size, a bare one may be a count
        bare: tuple[float, int, int] | None = None
        for i in window:
            t = toks[i]
            if t.text == spec.number and not _followed_by_unit(toks, i):
                if i > 0 and toks[i - 1].text in SIZE_KEYWORDS:
                    return 9.5, i - 1, i + 1
                if _counts_noun(spec, toks, i):
                    continue  # "5 topa" for "nr. 4" / "nr. 5": five balls, no size
                bare = bare or (9.0, i, i + 1)
        return bare
    if (spec.measure or spec.range_) and spec.keys:
        # "250 g - e bluar", "500 g kokërr", "41-46 të zeza": the measure (or range) and the
        # words each add to the score
        m_hit = _match_one(replace(spec, keys=()), toks, window, keys_at, measures, lo)
        k_hit = _match_one(
            replace(spec, measure=None, range_=None), toks, window, keys_at, measures, lo
        )
        if m_hit and k_hit:
            return m_hit[0] + k_hit[0], min(m_hit[1], k_hit[1]), max(m_hit[2], k_hit[2])
        return m_hit or k_hit
    if spec.measure:
        for m in measures:
            if same_measure(m.key, spec.measure):
                return 10.0, m.start + lo, m.end + lo
        # "apple watch 45" for "45mm": the bare number of a measure variant
        unit, amount = spec.measure.split(":")
        # "njena 400 e tjetra 250" for 400 ml / 250 ml: a bare amount too large to be a count
        big = unit in ("ml", "g") and float(amount) >= 100
        written = _written_amount(spec.text)
        for i in window:
            w = toks[i].text
            if written is not None and _number_chosen(toks, i) == written:
                # "2 t'katërit", "2 te 4shit" for "4 m": the number as the variant writes it,
                # in the unit it is written in, chosen by the article after a count
                return 4.0, i, i + 1
            # "quella da 5", "the one of 5", "2 nga dhjete", "edna od 16", "ni prej 12": the
            # amount of the one chosen
            of = i > 0 and toks[i - 1].text in _OF_SIZE
            if of and not w[:1].isdigit() and w not in lexicon().weak_numbers:
                v = number_value(w)
                w = f"{v:g}" if v is not None else w  # a number word: "nga dhjete" is 10
            if w.isdigit() and i + 1 in window and toks[i + 1].text in _THOUSANDS:
                if int(w) * 1000 == float(amount):
                    return 4.0, i, i + 2  # "nje 12 mije" for 12000 W: the amount in thousands
                continue
            if (
                unit in ("ml", "g")
                and ("," in w or "." in w)
                and not _followed_by_unit(toks, i)
                and (number_value(w) or 0) * 1000 == float(amount)
            ):
                return 4.0, i, i + 1  # "quello da 0,7" for 0.7 L, "1,5" for 1.5 kg
            if (
                unit == "cm"
                and not spec.dims
                and ("," in w or "." in w)
                and not _followed_by_unit(toks, i)
                and abs((number_value(w) or 0) * 100 - float(amount)) < 0.01
            ):
                return 4.0, i, i + 1  # "a rod, 4.20" for 4.20 m: a length in metres
            if (
                unit == "cm"
                and not spec.dims
                and w.isdigit()
                and i + 2 in window
                and toks[i + 1].text == "e"
                and len(toks[i + 2].text) == 2
                and toks[i + 2].text.isdigit()
                and abs(int(w) * 100 + int(toks[i + 2].text) - float(amount)) < 0.01
            ):
                return 4.0, i, i + 3  # "nji kallam 3 e 60" for 3.60 m: metres e centimetres
            if (
                unit == "cm"
                and not spec.dims
                and w.isdigit()
                and float(amount) >= 1000
                and int(w) * 100 == float(amount)
                and not _followed_by_unit(toks, i)
            ):
                return 3.0, i, i + 1  # "bëje 25" for a 25 m roll: its metres as written
            # the number as written: "500" for 500 g; "5" for 5 L (5000 ml) only when chosen
            in_base = (
                w.replace(",", ".") == amount.removesuffix(".0")
                or ("," in w or "." in w)
                and number_value(w) == float(amount)
            )  # "0,20" for 0.20 mm (key "mm:0.2")
            in_big = unit in ("ml", "g") and w.replace(",", ".") == f"{float(amount) / 1000:g}"
            if not (in_base or in_big) or _followed_by_unit(toks, i):
                continue
            # "nji 50 e nji 100" for 50 ml / 100 ml: a number after a count is the amount
            counted = i > 0 and number_value(toks[i - 1].text) is not None
            if (
                in_base
                and (unit in ("mm", "gb", "cm", "w", "mah", "in") or big or counted)
                or of
                or ordinal(toks, i)
            ):
                return 4.0, i, i + 1
        return None
    if spec.range_:
        a, b, unit = spec.range_
        for i in window:
            v = number_value(toks[i].text) if toks[i].text[:1].isdigit() else None
            if v is None:
                continue
            nxt = toks[i + 1].text if i + 1 < len(toks) else ""
            nxt2 = toks[i + 2].text if i + 2 < len(toks) else ""
            if nxt.isdigit() and float(nxt) == b and v == a:
                return 10.0, i, i + 2
            if nxt in _RANGE_TO and nxt2.isdigit() and float(nxt2) == b and v == a:
                return 10.0, i, i + 3  # "nga 0 deri 13", "from 0 to 13", "von 0 bis 13"
            before = toks[i - 1].text if i > 0 else ""
            if (a == 0 and v == b and before in _UP_TO) or (
                b == _OPEN and v == a and before in _ABOVE
            ):
                # "deri 23 kg" said as written: not the "23" that "23–32 kg" also holds
                return 10.0, i - 1, i + 1
            if a <= v <= b and unit and (_same_unit(nxt, unit) or _same_unit(nxt2, unit)):
                # "240 litra" for "deri 250 L" / "deri 400 L": the narrowest range holding it
                # strictly wins (a number on a bound two ranges share, "6 muaj" of "0-6" and
                # "6-16 muaj", is left to the other readings)
                width = b - a
                inside = a < v < b and width != _OPEN
                if a == 0 and v == b and _says_up_to(spec.text):
                    # "40 kg" for "deri 40 kg" / "deri 80 kg": the bound of the range up to it
                    # holds it most narrowly of all
                    return 8.1, i, i + 1
                return 8.0 + (0.1 * (v + 1) / (width + v + 1) if inside else 0.0), i, i + 1
            if (
                not unit
                and 10 <= a <= v <= b <= a + 12
                and v == int(v)
                and toks[i].text.isdigit()
                and (not _followed_by_unit(toks, i) or _inches_of(spec.text, nxt))
            ):
                # "numer 43" for socks "41-46", "39" for slippers "38-39": a size in the range
                return (8.0 if i > 0 and toks[i - 1].text in SIZE_KEYWORDS else 7.0), i, i + 1
        return None
    if spec.sizes:
        size_hit = _size_hit(spec.sizes, toks, window, keys_at)
        rest = replace(spec, sizes=()) if spec.keys else None
        key_hit = _match_one(rest, toks, window, keys_at, measures, lo) if rest else None
        if size_hit and key_hit:
            return 6.0 + key_hit[0], min(size_hit[0], key_hit[1]), max(size_hit[1], key_hit[2])
        if size_hit:
            return 4.0, size_hit[0], size_hit[1]
        return key_hit
    if not spec.keys:
        return None
    found = [keys_at[k] for k in spec.keys if k in keys_at]
    if len(found) == len(spec.keys):
        return 5.0 + len(spec.keys), min(found), max(found) + 1
    if len(spec.keys) == 1 and _PAIR.match(spec.keys[0]) and not spec.text.strip()[:1].isalpha():
        # "numri 38" for slippers "37/38", "ajo 43" for "43/44": one size of a size pair
        pair = spec.keys[0].split("/")
        for i in window:
            if toks[i].text in pair and not _followed_by_unit(toks, i):
                # below the whole pair said ("30 32" is 30/32, not the 32/32 its "32" is in)
                return (5.5 if i > 0 and toks[i - 1].text in SIZE_KEYWORDS else 5.0), i, i + 1
    concept_found = [keys_at[k] for k in spec.keys if k.startswith("#") and k in keys_at]
    out: tuple[float, int, int] | None = None
    spec_colours = _COLOURS.intersection(spec.keys)
    if spec_colours and not spec_colours.intersection(keys_at) and _COLOURS.intersection(keys_at):
        # "rosa cipria" (light pink) does not name "Kafe e hapur" by its "light" alone
        concept_found = []
    if concept_found:
        out = 2.0 + len(concept_found) / len(spec.keys), min(concept_found), max(concept_found) + 1
    # a model named by its distinctive part ("A54" for "Samsung A54", "15 Pro"); a size with
    # its colour ("40x40 Blu") counts every part found
    # "2 cope" counts pieces, it does not name "2 vjeç"
    digits = [
        keys_at[k]
        for k in spec.keys
        if k[:1].isdigit()
        and k in keys_at
        and not _followed_by_unit(toks, keys_at[k])
        and not _other_unit(toks, keys_at[k], spec.keys)
        and not _code_digits_alone(spec.text, k, toks, keys_at[k])
        and not _code_letters_differ(spec.text, k, toks, keys_at[k])
    ]
    if digits and len(found) * 2 >= len(spec.keys):
        d = 2.0 + len(found) / len(spec.keys), min(found), max(found) + 1
        if out is None or d[0] > out[0]:
            out = d
    if out is None and any(_said_code(spec.text, toks, i) for i in digits):
        # "i5" for "i5/8GB/256GB", "M2" for "M2/16GB": a model code written as the variant
        # writes it (letters glued to the number) is its distinctive part
        out = 2.0 + len(found) / len(spec.keys), min(found), max(found) + 1
    return out


_DIGITS = frozenset("0123456789")
_ALNUM = _DIGITS | frozenset("abcdefghijklmnopqrstuvwxyz")


def _said_code(text: str, toks: Sequence[Token], i: int) -> bool:
    """The customer's letters glued to the number (``toks[i - 1]`` + ``toks[i]``, "i5") are
    written so in the variant too, as a word of its own ("i5/8GB", not "Mi58")."""
    prev = toks[i - 1] if i > 0 else None
    if prev is None or prev.end != toks[i].start or not prev.text.isalpha() or len(prev.text) > 2:
        return False
    code, folded = prev.text + toks[i].text, fold(text)
    at = folded.find(code)
    while at >= 0:
        end = at + len(code)
        if (not at or folded[at - 1] not in _ALNUM) and folded[end : end + 1] not in _DIGITS:
            return True
        at = folded.find(code, at + 1)
    return False


_NOT_GOODS = word_set("not_goods")
_RANGE_TO = word_set("range_to")
_NEGATIONS = word_set("negations")
_NOT_BEFORE = WITHOUT | _NEGATIONS


def _code_digits_alone(text: str, key: str, toks: Sequence[Token], i: int) -> bool:
    """ "per 14" does not name "Samsung A14" by its digits: in the variant the number is glued
    to a letter (a model code: "A14", "S23", "G15"), the customer's number stands alone."""
    # a code's letters open a word ("A14", "GT3"), not join two numbers ("300x280")
    if not re.search(rf"(?:^|[^0-9A-Za-z])[A-Za-z]{{1,3}}{re.escape(key)}(?![0-9])", text):
        return False
    glued = i > 0 and toks[i - 1].end == toks[i].start and toks[i - 1].text.isalpha()
    return not glued


def _code_letters_differ(text: str, key: str, toks: Sequence[Token], i: int) -> bool:
    """ "per t14", "a14" do not name "MacBook 14" or "iPhone 14": the customer's number is glued
    to letters (a model code) that the variant does not write before it."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.end != toks[i].start or not prev.text.isalpha() or len(prev.text) > 3:
        return False
    return not re.search(
        rf"(?:^|[^0-9A-Za-z]){re.escape(prev.text)}[\s.\-]?{re.escape(key)}(?![0-9])",
        fold(text),
    )


def _other_unit(toks: Sequence[Token], i: int, keys: tuple[str, ...]) -> bool:
    """ "10 dite" does not name "10 vjeç": the number counts days, the variant years; "2 ppl",
    "5 fëmijë" (a head count) does not name "2 ditë"."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].text
    if nxt not in _NOT_GOODS and nxt not in _HEADS and lexicon().concept(nxt) is None:
        return False
    return _key(nxt) not in keys


def group_tiers(specs: Sequence[VariantSpec], toks: Sequence[Token], k: int) -> bool:
    """The number at ``k`` is a head count ("12 fëmijë", "6 persona") and the product's variants
    are tiers of a group's size ("deri 10 fëmijë", "grup 3–6 persona", "4x4 (1-4 persona)"):
    the number picks a tier, it does not count the product."""
    if k + 1 >= len(toks) or not _same_unit(toks[k + 1].text, GROUP):
        return False
    return any(
        s is not None and s.range_ is not None and s.range_[2] in (GROUP, "#persons")
        for sp in specs
        for s in (sp, sp.alt)
    )


def _same_unit(word: str, unit: str) -> bool:
    """ "kile" / "kilo" / "kg", "vjec" / "Jahre": the same unit as the range's; "12 fëmijë" or
    "12 persona" for a group's size counted in its members ("deri 15 fëmijë")."""
    if _key(word) == unit:
        return True
    if unit == GROUP:
        return word in _GROUP_MEMBERS or _key(word) == "#persons"
    from plugins.parser_rules.numbers import unit_of

    a, b = unit_of(word), unit_of(unit)
    return a is not None and b is not None and a == b


def _size_hit(
    sizes: tuple[str, ...], toks: Sequence[Token], window: list[int], keys_at: dict[str, int]
) -> tuple[int, int] | None:
    """Where the customer names one of the size letters (or small/medium/large for S/M/L)."""
    for i in window:
        if _size_letter_at(toks, i) in sizes:
            return i, i + 1
    for concept, letter in _SIZE_OF_CONCEPT.items():
        if letter in sizes and concept in keys_at:
            return keys_at[concept], keys_at[concept] + 1
    return None


_ORDINAL = re.compile(r"^(?:sh(?:[aeiu]|ja|je|in|en|it|et|at|ave|eve|es)?|ta|ja|a|shka)$")


_ORDINAL_ARTICLES = frozenset(("t", "te", "e", "i", "ta"))


def counts_ordinal(
    toks: Sequence[Token], i: int, is_count: Callable[[str], bool] = str.isdigit
) -> bool:
    """ "2 t'3shit", "dy te 40-tat", "2 te 60": a number with an Albanian ordinal ending (or
    bare digits after "të") right after a count and its article is the size that count is of.
    ``is_count`` tells a count (digits only by default; quantities.py also takes number
    words)."""
    return (
        i >= 2
        and toks[i - 1].text in _ORDINAL_ARTICLES
        and is_count(toks[i - 2].text)
        and (ordinal(toks, i) or toks[i - 1].text in ("te", "t") and toks[i].text.isdigit())
    )


# Albanian definite and genitive endings on a number word said as a noun ("të katërit", the
# four one's; "te dyshit", "e treshes")
_NUMBER_NOUN_ENDINGS = ("shit", "shin", "shes", "shen", "it", "in", "es", "en")


def _number_chosen(toks: Sequence[Token], i: int) -> float | None:
    """ "2 te 4shit", "2 t'4-tat", "dy t'katerit" (two of the four one): the number after a
    count and its article, as digits with an ordinal ending (or bare after "të") or as a number
    word with a definite ending; None otherwise."""
    if i < 2 or toks[i - 1].text not in _ORDINAL_ARTICLES:
        return None
    if number_value(toks[i - 2].text) is None:
        return None
    w = toks[i].text
    if w.isdigit():
        return float(w) if ordinal(toks, i) or toks[i - 1].text in ("te", "t") else None
    for end in _NUMBER_NOUN_ENDINGS:
        if (
            w.endswith(end)
            and len(w) - len(end) >= 2
            and w[: -len(end)] not in lexicon().weak_numbers
        ):
            v = number_value(w[: -len(end)])
            if v is not None and v >= 2 and v == int(v):
                return v
    return None


@lru_cache(maxsize=4096)
def _written_amount(text: str) -> float | None:
    """The number a measure variant opens with, in the unit it is written in ("4 m" -> 4,
    "1,5 L" -> 1.5): the customer names it in that unit."""
    toks = tokenize(text)
    if not toks or not toks[0].text[:1].isdigit():
        return None
    return number_value(toks[0].text)


def ordinal(toks: Sequence[Token], i: int) -> bool:
    """ "50shin", "e 20shja", "te 36shit", "42-shin", "e 37a": an Albanian ordinal ending on a
    number names a size or a pack (the 50 one), never a count."""
    if i + 1 >= len(toks) or not toks[i].text.isdigit():
        return False
    gap = toks[i + 1].start - toks[i].end
    nxt = toks[i + 1].text
    return bool(_ORDINAL.match(nxt)) and (gap == 0 or gap == 1 and nxt.startswith("sh"))


_INCH_MARK = re.compile(r"\d\s*(?:[\"\u201d\u2033]|'')")


def _inches_of(variant: str, unit: str) -> bool:
    """ "55 inch", "55 Zoll" for a variant written with the inch mark ('50-55"'): the unit the
    mark stands for."""
    from plugins.parser_rules.numbers import unit_of

    found = unit_of(unit)
    return found is not None and found[0] == "in" and _INCH_MARK.search(variant) is not None


def _followed_by_unit(toks: Sequence[Token], i: int) -> bool:
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].text
    from plugins.parser_rules.numbers import unit_of

    if nxt == "x":
        return toks[i + 1].start == toks[i].end  # "160x200", not "42 x1"
    return (
        nxt in _CURRENCY
        or unit_of(nxt) is not None
        or nxt in ("cope", "copa", "pcs")
        or nxt in _CONTAINERS  # "3 pako", "2 kuti": a count of packs, not size 3
    )


def _unique_number(
    specs: Sequence[VariantSpec], toks: Sequence[Token], window: list[int]
) -> VariantHit | None:
    """ "the bed 160" for 160x200: a number that is part of exactly one variant."""
    for i in window:
        w = toks[i].text
        if not w.isdigit() or len(w) < 2 or _followed_by_unit(toks, i):
            continue
        owners = [k for k, sp in enumerate(specs) if w in sp.keys]
        if len(owners) == 1 and len(specs[owners[0]].keys) > 1:
            if _other_unit(toks, i, specs[owners[0]].keys):
                continue  # "arrin per 10 dite" does not name "10 vjeç"
            if _code_letters_differ(specs[owners[0]].text, w, toks, i):
                continue  # "per t14" does not name "MacBook 14"
            return VariantHit(owners[0], 3.0, i, i + 1)
    return None


_MORE = frozenset(["me", "ma", "more", "most", "piu", "the"])
_MOST = frozenset(["biggest", "largest", "smallest", "grosste", "groesste", "kleinste"])


def _coded_choice(
    specs: Sequence[VariantSpec], toks: Sequence[Token], wset: set[int]
) -> int | None:
    """ "meglio più grande, 50x70", "the bigger one, 60 cm": one variant written out with its
    numbers beside the size word is the choice; the size word is the reason for it. The index
    of that variant, or None (none or several written out)."""
    said: list[int] = []
    for k, sp in enumerate(specs):
        want = [t.text for t in tokenize(sp.text)]
        if len(want) < 2 or not any(w[:1].isdigit() for w in want):
            continue
        if len(want) >= 3 and unit_of(want[-1]) is not None:
            want = want[:-1]
        n = len(want)
        if any(
            all(i + d in wset and toks[i + d].text == want[d] for d in range(n))
            for i in wset
            if toks[i].text == want[0]
        ):
            said.append(k)
    return said[0] if len(said) == 1 else None


def coded_over_size(
    specs: Sequence[VariantSpec], toks: Sequence[Token], coded: VariantHit, sized: VariantHit
) -> bool:
    """ "meglio più grande, 50x70", "ma të madhen, 60 cm": ``coded`` writes one variant out
    with its numbers and ``sized`` is only a size word ("più grande", "the bigger"): the
    numbers are the choice, the size word the reason."""
    if any(_key(t.text) not in _ORDINAL_WORDS for t in toks[sized.start : sized.end]):
        return False
    span = set(range(coded.start, coded.end))
    return _coded_choice([specs[coded.index]], toks, span) is not None


# the words for "and" ("dhe", "and", "und", "ed", "et"; words.json and_words, without the
# article "e"): "dhe" is also soil ("mbi dhe")
_AND = word_set("and_words") - {"e"}


def _and_not_word(
    specs: Sequence[VariantSpec], toks: Sequence[Token], i: int, window: Sequence[int]
) -> bool:
    """ "dhe montimin": a word for "and" that a variant holds as a word of its own ("mbi dhe",
    on soil) names it only after the variant's word before it ("mbi dhe"); alone it joins."""
    if toks[i].text not in _AND:
        return False
    k = _key(toks[i].text)
    holders = [sp for sp in specs if k in sp.keys]
    if not holders:
        return False
    prev = _key(toks[i - 1].text) if i >= 1 and i - 1 in window else None
    return not any(prev is not None and prev != k and prev in sp.keys for sp in holders)


# "jemi 4", "jena 5", "we are 4", "siamo in 4", "wir sind 4": a head count (words.json)
_HEAD_COUNT = word_set("head_count_words")


def _head_count(specs: Sequence[VariantSpec], toks: Sequence[Token], i: int) -> bool:
    """The number right after a head-count verb ("jemi 4", "we are 4", "siamo in 4"), when the
    variants are bare numbers or stars ("4*", "nr. 4", "38"): the people, no variant."""
    if not toks[i].text.isdigit() or not all(sp.number and not sp.keys for sp in specs):
        return False
    j = i - 1
    if j >= 0 and toks[j].text in ("in", "ne", "n"):
        j -= 1  # "siamo in 4", "jemi ne 4"
    if j >= 1 and toks[j].text in ("are", "re"):
        return toks[j - 1].text in ("we", "they")
    return j >= 0 and toks[j].text in _HEAD_COUNT


def _head_count_people(specs: Sequence[VariantSpec], toks: Sequence[Token], i: int) -> bool:
    """ "na jemi 3 veta", "we are 3 people": the people word of a head count names no variant
    when no variant is a number of people (a legal "person fizik", a "single person" room)."""
    if i < 2 or _key(toks[i].text) != "#persons" or number_value(toks[i - 1].text) is None:
        return False
    j = i - 2
    if toks[j].text in ("in", "ne", "n") and j >= 1:
        j -= 1  # "siamo in 3 persone"
    if toks[j].text not in _HEAD_COUNT and not (
        toks[j].text in ("are", "re") and j >= 1 and toks[j - 1].text in ("we", "they")
    ):
        return False
    return not any(
        sp.number or sp.range_ or sp.measure or any(k[:1].isdigit() for k in sp.keys)
        for sp in specs
    )


def _superlative(toks: Sequence[Token], concepts: dict[str, int]) -> bool:
    """ "me te madhe", "ma t'voglen", "the biggest", "la piu grande", "die größte"."""
    for c in ("#large", "#small"):
        i = concepts.get(c)
        if i is None:
            continue
        if toks[i].text in _MOST:
            return True
        j = i - 1
        while j >= 0 and toks[j].text in ("te", "e", "i", "t", "la", "il"):
            j -= 1
        if j >= 0 and toks[j].text in _MORE and toks[j].text != "the":
            return True
    return False


# the concepts _ordinal reads: a size, or a length word read as one
_ORDINAL_WORDS = frozenset(["#small", "#large", "#medium", "#thin", "#thick", "#short", "#long"])


def _ordinal(specs: Sequence[VariantSpec], concepts: dict[str, int]) -> VariantHit | None:
    """The big one / "te voglat" when the variants are ordered sizes (30 cm / 60 cm); the thin
    / thick one ("te hollat", "the thicker one", "das dünne") when they are lengths (mm, cm)."""
    if concepts.keys().isdisjoint(_ORDINAL_WORDS):
        return None  # no size or length word said: none is wanted
    concepts = dict(concepts)
    if all(sp.measure and sp.measure.split(":")[0] in ("mm", "cm") for sp in specs):
        # "ate te shkurtren", "the long one", "das kurze": short and long are small and large
        for word, size in (
            ("#thin", "#small"),
            ("#thick", "#large"),
            ("#short", "#small"),
            ("#long", "#large"),
        ):
            if word in concepts:
                concepts.setdefault(size, concepts[word])
    wanted = [c for c in ("#small", "#large", "#medium") if c in concepts]
    if len(wanted) != 1:
        return None
    orders = [s.order for s in specs]
    rest = {s.keys[1:] for s in specs}
    if (
        any(o is None for o in orders)
        and len(rest) == 1
        and all(k[:1].isalpha() for k in next(iter(rest)) or ("#",))
    ):
        # "3 tazze" / "6 tazze" / "9 tazze": a number before one same word
        orders = [float(s.keys[0]) if s.keys[0].isdigit() else None for s in specs]
    if any(o is None for o in orders) or len(specs) < 2:
        return None
    ranked = sorted(range(len(specs)), key=lambda k: orders[k] or 0.0)
    if wanted[0] == "#small":
        pick = ranked[0]
    elif wanted[0] == "#large":
        pick = ranked[-1]
    elif len(ranked) == 3:
        pick = ranked[1]
    else:
        return None
    i = concepts[wanted[0]]
    return VariantHit(pick, 3.0, i, i + 1)


# Children's clothing sizes are heights in cm (EU): the usual size for an age in years, and for
# a baby's age in months (up to that many months)
_HEIGHT_OF_YEARS = {
    1: 86, 2: 92, 3: 98, 4: 104, 5: 110, 6: 116, 7: 122, 8: 128,
    9: 134, 10: 140, 11: 146, 12: 152, 13: 158, 14: 164, 15: 170, 16: 176,
}  # fmt: skip
_HEIGHT_OF_MONTHS = ((1, 56), (3, 62), (6, 68), (9, 74), (12, 80), (18, 86), (24, 92))


def _height_span(spec: VariantSpec) -> tuple[float, float] | None:
    """The heights (cm) a children's size stands for: "110", "110-116", "98/104", "110 cm"."""
    span: tuple[float, float] | None = None
    if spec.number:
        span = (float(spec.number), float(spec.number))
    elif spec.range_ and spec.range_[2] in ("", "cm"):
        span = spec.range_[0], spec.range_[1]
    elif spec.measure and spec.measure.startswith("cm:") and not spec.keys:
        v = float(spec.measure[3:])
        span = (v, v)
    elif len(spec.keys) == 1 and _PAIR.match(spec.keys[0]):
        a, b = spec.keys[0].split("/")
        span = (float(a), float(b))
    if span is None and spec.alt is not None:
        return _height_span(spec.alt)
    if span is None or not 44 <= span[0] <= span[1] <= 190 or span[1] - span[0] > 20:
        return None
    return span


def _age_span(spec: VariantSpec) -> tuple[float, float] | None:
    """The ages (years) a size names: "2-3 vjeç", "6-12 muaj", "4 Jahre"."""
    if spec.range_ and spec.range_[2] in ("#years", "#months"):
        a, b, unit = spec.range_
        return (a, b) if unit == "#years" else (a / 12, b / 12)
    if len(spec.keys) == 2 and spec.keys[0].isdigit() and spec.keys[1] == "#years":
        return float(spec.keys[0]), float(spec.keys[0])
    return spec.alt and _age_span(spec.alt) or None


def _said_growth(
    toks: Sequence[Token], window: list[int]
) -> tuple[float | None, float | None, int]:
    """(age in years, height in cm, token) the customer gives for a child: "5 vjec", "6 Jahre
    alt", "3 muajsh", "120 cm", "1 m e 20", "eshte 1.20"."""
    lex = lexicon()
    wset = set(window)
    for m in find_measures([toks[i] for i in window]):
        if m.unit == "cm" and 50 <= m.amount <= 200:
            return None, m.amount, window[m.start]
    for i in window:
        w = toks[i].text
        v = number_value(w) if w[:1].isdigit() or w in lex.numbers else None
        if v is None or v <= 0:
            continue
        nxt = toks[i + 1].text if i + 1 in wset else ""
        unit = lex.concept(nxt) if nxt else None
        if unit == "years" and v <= 16:
            return v, None, i
        if unit == "months" and v <= 36:
            return v / 12, None, i
        if ("," in w or "." in w) and 0.5 <= v <= 2.1 and w[:1] in "012":
            return None, round(v * 100), i  # "eshte 1.20", "jam 1,85"
    return None, None, -1


def _by_growth(
    specs: Sequence[VariantSpec], toks: Sequence[Token], window: list[int]
) -> VariantHit | None:
    """A child's age or height meets sizes given the other way: "5 vjec" for "110-116", "3 muajsh"
    for "62", "1 m e 20" for "122-128" or for "6-7 vjec"."""
    heights = [sp.growth[0] for sp in specs]
    ages = [sp.growth[1] for sp in specs]
    if not any(heights) and not any(ages):
        return None
    age, height, at = _said_growth(toks, window)
    if at < 0:
        return None
    if age is not None and any(heights):
        if age < 2:
            months = age * 12
            h = next((cm for upto, cm in _HEIGHT_OF_MONTHS if months <= upto), 92)
        else:
            h = _HEIGHT_OF_YEARS.get(round(age), 0)
        pick = _fitting(heights, h, h + 6)
    elif height is not None and any(heights):
        pick = _fitting(heights, height, height + 8)
    elif height is not None and any(ages) and height >= 50:
        years = (
            (height - 80) / 6
            if height >= 86
            else next((m / 12 for (m, cm) in _HEIGHT_OF_MONTHS if height <= cm), 1.5)
        )
        inside = [k for k, sp in enumerate(ages) if sp and sp[0] <= years <= sp[1] + 0.99]
        inside.sort(key=lambda k: -(ages[k] or (0.0, 0.0))[0])
        pick = inside[0] if inside else None
    else:
        return None
    return VariantHit(pick, 6.0, at, at + 1) if pick is not None else None


def _fitting(spans: list[tuple[float, float] | None], h: float, limit: float) -> int | None:
    """The size for height h: the one whose span holds it, else the smallest above it."""
    inside = [k for k, sp in enumerate(spans) if sp and sp[0] <= h <= sp[1]]
    if len(inside) == 1:
        return inside[0]
    if inside:
        # at the edge of two sizes ("110-116" / "116-122" for 116): the bigger one
        return max(inside, key=lambda k: (spans[k] or (0.0, 0.0))[0])
    above = [k for k, sp in enumerate(spans) if sp and h < sp[0] <= limit]
    return min(above, key=lambda k: (spans[k] or (0.0, 0.0))[0]) if above else None


_BY_WORDS = word_set("dimension_links")


def _said_dims(toks: Sequence[Token], window: list[int]) -> tuple[tuple[float, float], int] | None:
    """Two sides the customer gives: "2 me 3", "160 me 230", "1.40 x 2.50", "2 by 3 metres"."""
    wset = set(window)
    for i in window:
        a = toks[i].text
        if not a[:1].isdigit() or i + 2 not in wset or toks[i + 1].text not in _BY_WORDS:
            continue
        b = toks[i + 2].text
        if not b[:1].isdigit():
            continue
        va, vb = number_value(a), number_value(b)
        if not va or not vb:
            continue
        unit = toks[i + 3].text if i + 3 in wset else ""
        u = unit_of(unit) if unit else None
        if u is not None and u[0] == "cm":
            va, vb = va * u[1], vb * u[1]
        elif u is not None:
            continue  # "2 me 3 kile" is not a surface
        elif va < 10 and vb < 10:
            va, vb = va * 100, vb * 100  # "2 me 3": metres
        return (va, vb), i
    return None


def _dims_error(sp: VariantSpec, a: float, b: float) -> float:
    """How far two sides said are from the variant's, either way round (0.1 = 10 %)."""
    x, y = sp.dims[0], sp.dims[1]
    return min(
        max(abs(a - x) / x, abs(b - y) / y),
        max(abs(a - y) / y, abs(b - x) / x),
    )


def _by_dims(
    specs: Sequence[VariantSpec], toks: Sequence[Token], window: list[int]
) -> VariantHit | None:
    """ "2 me 3 metra" for a rug of 200x290: the variant whose sides are nearest, within 12 %."""
    if not any(sp.dims for sp in specs):
        return None  # (the sides said are looked for only where a variant has two)
    said = _said_dims(toks, window)
    if said is None:
        return None
    (a, b), at = said
    scored: list[tuple[float, int]] = []
    for k, sp in enumerate(specs):
        if len(sp.dims) < 2:
            continue
        err = _dims_error(sp, a, b)
        if err <= 0.12:
            scored.append((err, k))
    scored.sort()
    if not scored or len(scored) > 1 and scored[1][0] - scored[0][0] < 0.02:
        return None
    return VariantHit(scored[0][1], 6.0, at, at + 3)
