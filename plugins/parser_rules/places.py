"""Cities (Albania, Kosovo, North Macedonia, the diaspora) in their definite, indefinite, ablative
and foreign forms, and the street part of an address."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from plugins.parser_rules.lexicon import PhraseSet, lexicon, load, word_set, words
from plugins.parser_rules.normalize import Token, fold, tokenize

# Albanian case/definiteness endings added to a city's stem (Tirane -> Tirana, Tiranes, Tiranen...)
_ENDINGS = (
    "",
    "i",
    "in",
    "it",
    "s",
    "es",
    "a",
    "n",
    "en",
    "u",
    "un",
    "ut",
    "ja",
    "je",
    "ne",
    "ës",
    "së",
)


# the ë of a last syllable closed by one consonant ("Kukës", "Durrës", "Shkodër")
_SYNCOPE = re.compile(r"ë([^aeiouyëç\W])$")


@dataclass
class CityIndex:
    phrases: PhraseSet
    canonical: dict[tuple[str, ...], str]
    ambiguous: frozenset[str]


def _albanian_forms(name: str) -> set[str]:
    base = fold(name)
    stems = {base}
    if base.endswith(("e", "a")):
        stems.add(base[:-1])
    out: set[str] = set()
    for s in stems:
        for e in _ENDINGS:
            out.add(s + e)
    if base.endswith("a"):
        out.add(base[:-1] + "e")  # "Zhelina" -> "Zhelinë": the indefinite of a name in -a
    if "ç" in name.lower() and len(base) >= 5:
        # Kosovo and Macedonian typing writes q for ç ("Kaqanik", "Deqan", "Qegran")
        out |= _albanian_forms(name.lower().replace("ç", "q"))
    short = _SYNCOPE.sub(r"\1", name.lower())
    if short != name.lower() and len(short) >= 4:
        # Gheg drops the unstressed ë of the last syllable: "Kukës" -> "Kuks", "Kuksi";
        # "Durrës" -> "Durrs", "Durrsi"
        out |= _albanian_forms(short)
    return out


@lru_cache(maxsize=1)
def city_index() -> CityIndex:
    data = load("places.json")
    phrases = PhraseSet()
    canonical: dict[tuple[str, ...], str] = {}
    lex = lexicon()
    people = lex.given_names | lex.family_names
    for group in ("albanian", "foreign"):
        for canon, others in data[group].items():
            forms: set[str] = set()
            for name in (canon, *others):
                if group == "albanian" and len(words(name)) == 1:
                    # a generated form that is a given or family name ("Valon" from the
                    # Italian "Valona", "Maliqi") is the person; the listed names stay
                    forms |= {f for f in _albanian_forms(name) if f not in people} | {fold(name)}
                else:
                    forms.add(fold(name))
                    if group == "foreign":
                        forms.add(fold(name) + "s")  # "Londres", "Zurichs" are rare but harmless
            for form in forms:
                w = words(form)
                if w and w not in canonical:
                    canonical[w] = canon
                    phrases.add(w)
    amb = frozenset(fold(a) for a in data.get("ambiguous", ()))
    return CityIndex(phrases, canonical, amb)


@lru_cache(maxsize=1)
def _own_spellings() -> dict[str, frozenset[str]]:
    """Town (canonical, ``albanian`` group) -> the folded other spellings of the same name that
    are no Albanian form of it: "Kumanovo", "Zhelino", "Podujevo" beside "Kumanovë", "Zhelinë",
    "Podujevë". A spelling shares the name's first four letters, so a suburb or another
    language's name ("Hajvali", "Scutari") is none."""
    out: dict[str, frozenset[str]] = {}
    for canon, others in load("places.json")["albanian"].items():
        base = fold(canon)
        own = _albanian_forms(canon) | {base}
        alien = frozenset(
            f
            for f in (fold(o) for o in others)
            if len(words(f)) == 1 and f not in own and f[:4] == base[:4] and f.isascii()
        )
        if alien:
            out[canon] = alien
    return out


def written_town(canon: str, written: str) -> str | None:
    """The town as the customer wrote it when that is another spelling of its name in plain
    letters ("Kumanovo" for Kumanovë): the courier and the customer read the town the way it
    was written. A spelling with other letters ("Mamuşa", "Želino") gives the canonical name."""
    w = written.strip()
    if w.isascii() and fold(w) in _own_spellings().get(canon, ()):
        return w[:1].upper() + w[1:]
    return None


@dataclass
class SettlementIndex:
    """Villages, small towns and diaspora towns (data/settlements.json): names that may also be
    words or family names elsewhere, so they are read only in a delivery position."""

    phrases: PhraseSet
    canonical: dict[tuple[str, ...], str]
    region: dict[str, str]  # canonical name -> ISO region


def _common_words() -> frozenset[str]:
    """Words a settlement's form must not be: stop words, given and family names, lexicon
    concepts and product words, number words, greetings ("Bujan", "Milot" are names too)."""
    lex = lexicon()
    out = set(word_set("stopwords")) | set(word_set("greetings")) | set(word_set("not_name"))
    out |= lex.given_names | lex.family_names | set(lex.numbers)
    out |= set(lex.concept_exact) | set(lex.product_exact)
    out |= set(lex.street_words) | set(lex.street_suffixes) | set(lex.detail_words)
    return frozenset(out)


@lru_cache(maxsize=1)
def settlement_index() -> SettlementIndex:
    data = load("settlements.json")
    cities = city_index()
    common = _common_words()
    phrases = PhraseSet()
    canonical: dict[tuple[str, ...], str] = {}
    region: dict[str, str] = {}

    def add(canon: str, form: str, reg: str) -> None:
        w = words(form)
        if not w or w in cities.canonical or w in canonical:
            return
        if len(w) == 1 and (w[0] in common or len(w[0]) <= 3):
            return
        canonical[w] = canon
        region.setdefault(canon, reg)
        phrases.add(w)

    for reg in ("AL", "XK", "MK", "ME", "RS"):
        for canon, others in data[reg].items():
            for name in (canon, *others):
                if len(words(name)) == 1:
                    for form in _albanian_forms(name):
                        add(canon, form, reg)
                else:
                    add(canon, name, reg)
                    add(canon, name.replace("-", " "), reg)
    for reg, towns in data["foreign"].items():
        for town in towns:
            add(town, town, reg)
    return SettlementIndex(phrases, canonical, region)


# "fshati", "Dorf", "village", "frazione": the word before a village's name
VILLAGE_WORDS = word_set("village_words")
# "komuna Deçan", "bashkia Vorë", "opština Kumanovo", "Gemeinde Baar": the municipality (district,
# county) a town names; before a town the part is the delivery town, not more of the street
MUNICIPALITY_WORDS = frozenset(fold(w) for w in load("places.json")["municipality"])
# upper / lower, big / small, new / old: the second half of two villages of one name
_PART_OF_VILLAGE = frozenset(
    ["siperme", "eperme", "poshtme", "madhe", "vogel", "ri", "vjeter", "re", "jugut", "veriut"]
)
# "ma qoni ne …", "send it to …": the verbs of sending before "në / in" and a village
_SEND = word_set("send_verbs")
_TO_PLACE = frozenset(["ne", "n", "in", "nach", "to", "a"])
# capitalised words a settlement may follow: "Fshati Veleshtë", "Dorf Poroj", "Ne Drenovë"
_PLACE_WORDS = VILLAGE_WORDS | frozenset(["ne", "in", "a", "nga"])


@lru_cache(maxsize=1)
def _place_regions() -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for region, spec in load("regions.json").items():
        if not region.startswith("_"):
            for city in spec.get("cities", ()):
                out.setdefault(words(city), region)
    for region, names in load("settlements.json")["cities"].items():
        for name in names:
            out.setdefault(words(name), region)
    for name in load("places.json")["albanian"]:
        out.setdefault(words(name), "AL")
    return out


def place_region(place: str) -> str | None:
    """The ISO region of a city or settlement as the parser reports it ("Prizren" -> "XK",
    "Solingen" -> "DE", "Velipoja" -> "AL"); None when unknown."""
    w = words(place)
    region = _place_regions().get(w)
    if region is None:
        idx = settlement_index()
        canon = idx.canonical.get(w)
        region = idx.region.get(canon) if canon is not None else None
    return region


@dataclass(frozen=True)
class CityHit:
    city: str
    start: int  # token indexes
    end: int
    minor: bool = False  # a settlement of settlements.json: only in a delivery position


def find_cities(toks: list[Token], minor: bool = True, alone: bool = False) -> list[CityHit]:
    """Cities (and, with ``minor``, settlements written with a capital) in the tokens. With
    ``alone`` (the tokens are one part of a message, "…, dobrac, te xhamia …"), a settlement
    that is the whole part may be written in lower case."""
    idx = city_index()
    texts = [t.text for t in toks]
    out: list[CityHit] = []
    for s, e in idx.phrases.find(texts):
        canon = idx.canonical[tuple(texts[s:e])]
        raw_first = toks[s].raw
        if (fold(canon) in idx.ambiguous or e - s == 1 and len(texts[s]) <= 3) and not raw_first[
            :1
        ].isupper():
            continue
        if e - s == 1 and len(texts[s]) <= 2:
            continue
        if out and s < out[-1].end:
            continue  # "Fushë Krujë": not "Krujë" again inside it
        out.append(CityHit(canon, s, e))
    if minor:
        sidx = settlement_index()
        taken = {k for h in out for k in range(h.start, h.end)}
        for s, e in sidx.phrases.find(texts):
            after_village = s > 0 and texts[s - 1] in VILLAGE_WORDS
            whole = alone and s == 0 and e == len(toks)
            sent = (
                s > 0
                and texts[s - 1] in _TO_PLACE
                and (e - s >= 2 or any(texts[j] in _SEND for j in range(max(0, s - 6), s - 1)))
            )
            if not toks[s].raw[:1].isupper() and not after_village and not whole and not sent:
                # a village in lower case only after "fshati" ("fshati poroj"), or after "në"
                # where the parcel is sent ("ma qoni ne ponoshec") or when its name has two
                # words ("n'shkembin e kavajes")
                continue
            # "Shkëmbi i Kavajës": a place whose name holds a town's is that place
            overlap = any(k in taken for k in range(s, e))
            inside = (
                [h for h in out if s <= h.start and h.end <= e and h.end - h.start < e - s]
                if overlap
                else []
            )
            if any(
                k in taken and not any(h.start <= k < h.end for h in inside) for k in range(s, e)
            ):
                continue
            before = toks[s - 1] if s else None
            if before is not None and (
                before.raw[:1].isupper()
                and toks[s].start - before.end <= 1  # not "Ilir Dervishi, Levan"
                and before.text not in _PLACE_WORDS
                or before.text in lexicon().street_words
                and before.text not in _PLACE_WORDS
            ):
                # "Rr. Qemal Stafa", "Sami Frashëri": a family name after a given name;
                # "lagjja Pojan": a neighbourhood's name
                continue
            # a village is reported as written ("Kaqanik", "Velipoja"): its spellings vary more
            # than a city's and the writer's is the one the courier reads
            if e + 1 < len(toks) and texts[e] in ("e", "i") and texts[e + 1] in _PART_OF_VILLAGE:
                e += 2  # "Karbunarë e Sipërme", "Krushë e Vogël", "Katund i Ri"
            written = " ".join(
                t.raw if t.text in ("e", "i") else t.raw[:1].upper() + t.raw[1:] for t in toks[s:e]
            )
            if inside:
                out = [h for h in out if h not in inside]
            out.append(CityHit(written, s, e, True))
            taken.update(range(s, e))
        out.sort(key=lambda h: h.start)
    return out


# --- the street part -------------------------------------------------------------------

# words written with a dot that do not end a part ("Rr. Kavajes", "P. 15"): the one table of
# abbreviations, which normalize reads for the sentence cut too, but "pn." (no house number)
# and the titles before a name ("Ing.", "Dott."), which end a part
_ABBREV = word_set("abbreviations") - word_set("part_end_abbreviations")
_PART_SPLIT = re.compile(
    r"[,;:\n!?]|\s[-–—]\s|(?<=[^\W\d_]{2})\.\s+|(?<=[)'\x22’”])\.\s+|(?<=\d)\.\s+(?=[^\W\d_])"
    # "2. Stock", "3. OG", "1. Etage": a German ordinal floor is one part
    r"(?!(?i:stock|og|ug|etage|obergeschoss|geschoss|stiege|treppe|tür|tuer)\b)"
    r"|(?<=\d)\.\s+(?=\d+\s+[^\W\d_]{3})"  # "dhoma 305. 4 qofte": a count and goods follow
    r"|(?<=\d[^\W\d_])\.\s+(?=[^\W\d_])"  # "... 500g. Ana Hoxha"
    r"|(?<=\d\s[^\W\d_])\.\s+(?=[^\W\d_]{2})"  # "... 1 L. Send to ...", "nr 3 B. Tirane"
)

_PART_CHARS = ",;:\n!?.-–—"


def split_parts(text: str) -> list[tuple[int, int]]:
    """Comma/line/sentence separated parts of a message; "Rr. Kavajes" and "P. 15" stay whole."""
    spans: list[tuple[int, int]] = []
    start = 0
    # every cut holds one of these characters: a text with none is one part
    cuts = any(c in text for c in _PART_CHARS)
    for m in _PART_SPLIT.finditer(text) if cuts else ():
        if m.group()[0] == ".":
            word = re.findall(r"[\w]+$", text[start : m.start()])
            if word and (fold(word[0]) in _ABBREV or fold(word[0]).endswith("str")):
                continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s] in " .:!?\t":
            s += 1
        while e > s and text[e - 1] in " .:!?\t":
            e -= 1
        if e > s:
            out.append((s, e))
    return out


_STREET_ENDINGS = tuple(word_set("street_endings"))


_STOP = word_set("stopwords")
_OWNED = word_set("owned_verbs") | {"kemi", "we", "abbiamo", "haben"}


# suffixes that are only street words; the others ("ring", "park", "hill", "way", "close") are
# common words too and name a street only when it is written with capitals ("Parkring 4")
_ONLY_STREET = word_set("street_only_suffixes")


def _names_street(before: Token, suffix: Token) -> bool:
    """The word before "Road" / "Ring" / "Park" names the street ("Station Road", "Kaiser
    Ring 5"); "a ring size 18", "silver ring size 18" are not streets."""
    if before.text in _STOP or before.text in lexicon().numbers:
        return False
    return suffix.text in _ONLY_STREET or before.raw[:1].isupper() or suffix.raw[:1].isupper()


def _numbered_size(toks: list[Token], k: int) -> bool:
    """ "2er Platz", "5er Feld": German "-er" glued to a number makes a size of the word after
    it (a space for two cars, a five-a-side pitch), not a street's name."""
    return (
        k >= 1
        and toks[k].text == "er"
        and toks[k - 1].text.isdigit()
        and toks[k - 1].end == toks[k].start
    )


@lru_cache(maxsize=1)
def _institutions() -> frozenset[str]:
    return frozenset(fold(w) for w in load("places.json")["institution"])


@lru_cache(maxsize=1)
def _venues() -> frozenset[str]:
    return frozenset(fold(w) for w in load("places.json")["venue"])


def venue_word(tok: Token) -> bool:
    """A hall, restaurant, café, beach… written with its capital ("Salla", "Kafe")."""
    return tok.text in _venues() and tok.raw[:1].isupper()


def institution_word(word: str) -> bool:
    """A school, hospital, clinic, mosque… ("spitali", "xhamise", "clinic")."""
    return fold(word) in _institutions()


def institution_address(toks: list[Token]) -> bool:
    """ "te shkolla Thimi Mitko", "Shkolla 9-vjeçare Hasan Prishtina", "Spitali Rajonal": a
    school, hospital, mosque… named by its name, a place a courier finds without a street."""
    lex = lexicon()
    k = 1 if toks and toks[0].text in lex.detail_words else 0
    while k and k < len(toks) - 1 and toks[k].text in _STOP:
        k += 1  # "near the Mosque …", "vicino alla scuola …"
    if (
        len(toks) <= k
        or not (
            toks[k].text in _institutions()
            # "Restorant Lugina", "Salla Dielli": a venue by its own name
            or venue_word(toks[k])
            # "salla Kristal", "restoranti Te Ura": the venue word in lower case, its own name
            # right after it with a capital
            or (
                toks[k].text in _venues()
                and k + 1 < len(toks)
                and toks[k + 1].raw[:1].isupper()
                and toks[k + 1].text.isalpha()
            )
        )
    ):
        return False
    rest = toks[k + 1 :]
    lower = [t for t in rest if t.text.isalpha() and not t.raw[:1].isupper()]
    return (
        1 <= len(rest) <= 5
        and len(lower) <= 1
        and any(t.raw[:1].isupper() and t.text.isalpha() for t in rest)
    )


def street_score(toks: list[Token]) -> float:
    """How much a part looks like a street address (0 = not at all)."""
    lex = lexicon()
    if not toks:
        return 0.0
    score = 0.0
    first = toks[0].text
    digits = any(t.text[:1].isdigit() for t in toks)
    if (
        first in lex.street_words
        or institution_address(toks)
        or any(
            t.text.endswith(_STREET_ENDINGS)
            and len(t.text) > 6
            and _street_word_ends(toks, k)
            and (not t.text.endswith(_SHORT_ENDINGS) or t.raw[:1].isupper())
            for k, t in enumerate(toks[:2])
        )
        or digits
        and any(
            t.text in lex.street_suffixes
            and _names_street(toks[k - 1], t)
            and not _numbered_size(toks, k - 1)
            for k, t in enumerate(toks[1:], 1)
        )
    ):
        score += 3
    elif any(
        t.text in lex.street_words and not any(b.text in _OWNED for b in toks[:k])
        for k, t in enumerate(toks[1:3], 1)
    ):
        # not "kam një hotel të vogël" (what the writer has), nor "e kom rrugën e gjatë deri
        # n Shkodër" (the road the writer has ahead: a journey, not a street)
        score += 2.5
    if any(t.text in lex.detail_words for t in toks):
        score += 1
    if digits:
        score += 1
    return score


# Nordic endings of four letters end common words of other languages too (Macedonian
# "knigata", "sestrata": the definite "-ta"): a street written with one has its capital
# ("Storgata 5", "Amagergade 12")
_SHORT_ENDINGS = ("gata", "gade", "laan")

# "für / for / per": what a place word is for ("Parkplatz für 2 Autos")
_FOR_WHAT = frozenset(["fur", "fuer", "for", "per", "pour", "zum", "zur"])


def _street_word_ends(toks: list[Token], k: int) -> bool:
    """The compound with a street ending at ``k`` ("Bahnhofstrasse", "Marktplatz") is not
    followed by what it is for: not "brauchen Liegeplatz für 4 Nächte", "a Parkplatz for 2
    cars" (a word for a place, then its purpose; "Schulstrasse ohne Hausnummer" stays)."""
    return k + 1 >= len(toks) or toks[k + 1].text not in _FOR_WHAT


_LEAD_WORDS = word_set("lead_words")


def strip_lead(text: str) -> tuple[int, str]:
    """Drop an "Adresa:" / "Delivery" / "ne" lead from an address part; (offset, rest)."""
    m = re.match(r"^\s*((?:[\w']+\s*){0,3}?)(?:[:]\s*)", text)
    if m and all(
        fold(w) in _LEAD_WORDS or fold(w) in ("e", "la", "di") for w in m.group(1).split()
    ):
        return m.end(), text[m.end() :]
    toks = tokenize(text)
    k = 0
    while (
        k < len(toks) - 1
        and toks[k].text in _LEAD_WORDS
        and (
            toks[k + 1].text in lexicon().street_words | _LEAD_WORDS
            or toks[k + 1].text.isdigit()  # "to 14 Station Road"
            # "Adresa Wülflingerstrasse 88": a street compound, its street word as its ending
            or (
                toks[k + 1].raw[:1].isupper()
                and len(toks[k + 1].text) > 6
                and toks[k + 1].text.endswith(_STREET_ENDINGS)
            )
        )
    ):
        k += 1
    if k:
        return toks[k].start, text[toks[k].start :]
    return 0, text
