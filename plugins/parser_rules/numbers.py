"""Quantities and measures: digits, number words, "2x", "gjysem kile", "half a kilo"."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from plugins.parser_rules.lexicon import lexicon, word_set
from plugins.parser_rules.memo import memoised_values
from plugins.parser_rules.normalize import Token

# unit word prefixes (folded) -> (base unit, factor to the base unit)
_UNIT_PREFIXES: tuple[tuple[str, str, float], ...] = (
    ("mililit", "ml", 1),
    ("millilit", "ml", 1),
    ("kilogram", "g", 1000),
    ("kilo", "g", 1000),
    ("kile", "g", 1000),
    ("kil", "g", 1000),
    ("chil", "g", 1000),
    ("gram", "g", 1),
    ("grame", "g", 1),
    ("litr", "ml", 1000),
    ("liter", "ml", 1000),
    ("lit", "ml", 1000),
    ("centimet", "cm", 1),
    ("milimet", "mm", 1),
    ("millimet", "mm", 1),
    ("centim", "cm", 1),
    ("paund", "g", 453.6),
    ("pound", "g", 453.6),
    ("metr", "cm", 100),
    ("meter", "cm", 100),
    ("metri", "cm", 100),
    ("metar", "cm", 100),  # Serbian / Macedonian "25 metara", "metar"
    # cubic metres: "7 kubik", "5 kubsh" (Gheg adjective), "3 kubike", "kubikmeter", "2 cubic
    # metres" (the metre word after it is part of the unit)
    ("kubik", "m3", 1),
    ("kubsh", "m3", 1),
    ("kubni", "m3", 1),
    ("cubic", "m3", 1),
)
_UNIT_EXACT: dict[str, tuple[str, float]] = {
    "g": ("g", 1),
    "gr": ("g", 1),
    "kg": ("g", 1000),
    "kgs": ("g", 1000),
    "l": ("ml", 1000),
    "lt": ("ml", 1000),
    "ltr": ("ml", 1000),
    "ml": ("ml", 1),
    "cl": ("ml", 10),
    "dl": ("ml", 100),
    "cm": ("cm", 1),
    "m": ("cm", 100),
    "kub": ("m3", 1),
    "m³": ("m3", 1),
    "mm": ("mm", 1),
    "lb": ("g", 453.6),
    "lbs": ("g", 453.6),
    "gb": ("gb", 1),
    "tb": ("gb", 1000),
    "w": ("w", 1),
    "watt": ("w", 1),  # "da 50 watt" for "50W"
    "watts": ("w", 1),
    "kw": ("w", 1000),  # a generator's or a heater's power: "6 kW", "generatorin 20 kw"
    "mah": ("mah", 1),
    "mp": ("mp", 1),
    "mpx": ("mp", 1),
    "chilo": ("g", 1000),
    "kilo": ("g", 1000),
    "etto": ("g", 100),
    "etti": ("g", 100),
    "inch": ("in", 1),
    "inches": ("in", 1),
    "zoll": ("in", 1),
    "inc": ("in", 1),
    "inç": ("in", 1),
    "pollici": ("in", 1),
    "pollice": ("in", 1),
}


@lru_cache(maxsize=8192)
def unit_of(word: str) -> tuple[str, float] | None:
    if word in _UNIT_EXACT:
        return _UNIT_EXACT[word]
    for ending in _ONE_UNIT_ENDINGS if len(word) >= 4 else ():
        # "10 mlshat", "5 kgshin", "te 20 cmshet": the Albanian noun of a unit's symbol (the
        # 10 ml ones) is that unit (a symbol of two letters or more: "m" + "shet" is no unit)
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and stem in _UNIT_EXACT:
            return _UNIT_EXACT[stem]
    for ending in _DEFINITE_ENDINGS if len(word) >= 4 else ():
        # "3 inçin", "me kubin", "2 kilot": a unit's word (three letters or more) with an
        # Albanian definite ending is that unit
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem in _UNIT_EXACT:
            return _UNIT_EXACT[stem]
    if len(word) >= 3:
        for prefix, base, factor in _UNIT_PREFIXES:
            if word.startswith(prefix):
                return base, factor
    return None


@lru_cache(maxsize=8192)
def number_value(word: str) -> float | None:
    if word[:1].isdigit():
        try:
            return float(word.replace(",", "."))
        except ValueError:
            return None
    v = lexicon().numbers.get(word)
    return float(v) if v is not None else None


class Measure(NamedTuple):
    unit: str
    amount: float  # in the base unit
    number: float  # the number as written (2 in "2 kg")
    start: int  # token index
    end: int

    @property
    def key(self) -> str:
        return f"{self.unit}:{self.amount:g}"


# "1 e gjysme", "one and a half", "zwei und ein halb", "1 m e 20": a half or the centimetres
# joined to the number or unit before them
HALF_JOINS = word_set("half_joins")
HALF_ARTICLES = word_set("half_articles")


def _and_a_half(toks: Sequence[Token], k: int) -> int | None:
    """Where "e gjysme", "e mezzo", "and a half", "und ein halb" starting at ``k`` ends."""
    if k >= len(toks) or toks[k].text not in HALF_JOINS:
        return None
    k += 1
    if k < len(toks) and toks[k].text in HALF_ARTICLES:
        k += 1
    return k + 1 if k < len(toks) and toks[k].text in lexicon().half_words else None


_ONE_UNIT_ENDINGS = ("sh", "she", "shi", "shet", "shat", "sha", "shin", "shen")
_DEFINITE_ENDINGS = ("in", "i", "it", "et", "at", "t")


def _counted(tok: Token) -> bool:
    """A number right before a unit adjective ("5 litersh") makes the measure start there."""
    return number_value(tok.text) is not None


@lru_cache(maxsize=8)
def _prefixes(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(words)


_DEFINITE_UNIT_ENDINGS = ("ri", "rit", "rin", "ja", "jes", "les", "len")
# "for" between a container and the unit it holds ("pako per kilogram", "bottiglia da litro")
_FOR_ONE = frozenset({"per", "for", "da", "fur", "für"})


@lru_cache(maxsize=8192)
def _may_start_measure(word: str) -> bool:
    """Whether ``measure_at`` can find anything at a token ``word``: a number (digits or a
    number word), a word for a half, half a unit in one word, a unit's adjective or its
    definite form; every other word returns None there whatever follows (the same tests, on
    the word alone)."""
    lex = lexicon()
    return (
        (len(word) >= 7 and word.isalpha() and word.startswith(_prefixes(lex.half_words)))
        or (word.endswith(_ONE_UNIT_ENDINGS) and word.isalpha() and len(word) >= 6)
        or word in lex.half_words
        or number_value(word) is not None
        or (word.endswith(_DEFINITE_UNIT_ENDINGS) and word.isalpha())  # "nga litri"
        or (len(word) >= 4 and word.isalpha() and unit_of(word) is not None)  # "da litro"
    )


def measure_at(toks: Sequence[Token], i: int) -> Measure | None:
    """A measure starting at token i: "500 g", "1kg", "nje kile", "gjysem kile", "half a kilo"."""
    word = toks[i].text
    if not _may_start_measure(word):
        return None  # most words: no number, half or unit word starts here
    lex = lexicon()
    n = len(toks)
    value: float | None
    j = i + 1
    one_word_half = len(word) >= 7 and word.isalpha() and word.startswith(_prefixes(lex.half_words))
    for half in lex.half_words if one_word_half else ():
        # "gjysemkilshe", "gjysmelitershe", "Halbliter": half a unit in one word
        if len(word) > len(half) + 2 and word.startswith(half):
            u = unit_of(word[len(half) :])
            if u is not None:
                return Measure(u[0], 0.5 * u[1], 0.5, i, i + 1)
    if word.endswith(_ONE_UNIT_ENDINGS) and word.isalpha() and len(word) >= 6:
        # "2 shishe litershe", "nje kavanoz kilsh", "cadrat metershe": the Albanian adjective
        # of a unit (litre, kilo, metre; "Gramsh" is a town) without a number before it is one
        # unit (a one-litre bottle)
        u = unit_of(word)
        if u is not None and u[1] in (1000, 100) and (i == 0 or not _counted(toks[i - 1])):
            return Measure(u[0], u[1], 1.0, i, i + 1)
    if (
        i > 0
        and word.isalpha()
        and word.endswith(_DEFINITE_UNIT_ENDINGS)
        and toks[i - 1].text in ("nga", "e", "te")
        and (i < 2 or toks[i - 2].text not in lex.half_words and not _counted(toks[i - 2]))
    ):
        # "3 shishe nga litri", "kavanozi e kiles": the unit in the Albanian definite form after
        # "of", no number before it, is one unit
        u = unit_of(word)
        if u is not None and u[1] in (1000, 100):
            return Measure(u[0], u[1], 1.0, i, i + 1)
    if (
        i >= 2
        and len(word) >= 4
        and word.isalpha()
        and toks[i - 1].text in _FOR_ONE
        and toks[i - 2].text in word_set("containers")
    ):
        # "nji pako per kilogram", "una bottiglia da litro", "a bag for a kilo": a container
        # for a unit named without a number holds one unit
        u = unit_of(word)
        if u is not None and u[1] in (1000, 100):
            return Measure(u[0], u[1], 1.0, i, i + 1)
    if word in lex.half_words:
        value = 0.5
        if j < n and toks[j].text in ("a", "an", "nje", "ein", "un"):
            j += 1
    else:
        value = number_value(word)
        if value is None:
            return None
        if (
            word == "1"
            and j + 1 < n
            and toks[j].text in ("2", "3", "4")
            and toks[j].start == toks[i].end + 1
            and unit_of(toks[j + 1].text) is not None
        ):
            # "1/2 kg", "1/4 kg": a fraction of a unit (the slash is not a token)
            value = 1 / float(toks[j].text)
            j += 1
    half_end = _and_a_half(toks, j)
    if half_end is not None:
        value += 0.5  # "1 e gjysme kg", "one and a half kilos"
        j = half_end
    if j >= n:
        return None
    u = unit_of(toks[j].text)
    if u is None:
        return None
    after_half = _and_a_half(toks, j + 1) if value >= 1 else None
    if after_half is not None:
        # "nje kile e gjysme", "un chilo e mezzo", "a kilo and a half": the unit, then its half
        value += 0.5
    if toks[j].text in ("m", "l") and toks[j].raw in ("M", "L") and not word[:1].isdigit():
        return None  # "nje M" is a size
    if unit_is_code(toks, j):
        return None  # "50 M9", "20 MM106": a count and a model code written in capitals
    base, factor = u
    end = after_half or j + 1
    if base == "m3":
        if end < n and unit_of(toks[end].text) == ("cm", 100):
            end += 1  # "5 cubic metres", "3 kubik metra": one unit
        return Measure("m3", value, value, i, end)
    if base == "cm" and factor == 100 and after_half is None and _cubic_after(toks, j):
        # "7 m³" (folded "m" + a glued "3"), "5 metra kub", "2 metri cubi": cubic metres, a
        # volume (a skip's size, a load of sand or firewood), not a length of 7 metres
        return Measure("m3", value, value, i, j + 2)
    if base == "cm" and factor == 100 and value in (1.0, 2.0):
        # "1 m e 20", "1m20", "1 meter and 40": metres and centimetres, one length
        k = end + 1 if end < n and toks[end].text in HALF_JOINS else end
        if (
            k < n
            and toks[k].text.isdigit()
            and len(toks[k].text) == 2
            and (k > end or toks[k].start == toks[end - 1].end)
        ):
            value += int(toks[k].text) / 100
            end = k + 1
            if end < n and toks[end].text == "cm":
                end += 1
    return Measure(base, value * factor, value, i, end)


_CUBIC_WORDS = ("kub", "cub")


def unit_is_code(toks: Sequence[Token], j: int) -> bool:
    """The unit word at toks[j] is written in capitals with digits glued after it ("M9",
    "MM106", rootstocks, bearings, engine codes): a model code, not a unit; "M2" and "M3"
    (square and cubic metres) stay units."""
    if j + 1 >= len(toks):
        return False
    unit, nxt = toks[j], toks[j + 1]
    return (
        unit.raw.isupper()
        and unit.raw.isalpha()
        and nxt.text.isdigit()
        and nxt.start == unit.end
        and nxt.text not in ("2", "3")
    )


def _cubic_after(toks: Sequence[Token], j: int) -> bool:
    """The metre unit at toks[j] is cubic: a "3" glued to it ("m³" folds to "m3") or a cubic
    word after it ("metra kub", "metri cubi", "m kubik")."""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    if nxt.text == "3":
        return nxt.start == toks[j].end
    return nxt.text.startswith(_CUBIC_WORDS) and nxt.text.isalpha()


def same_measure(key: str | None, other: str | None) -> bool:
    """Two measure keys of one amount: equal, or within 1.5 % in the same unit ("2 paund" is
    907 g, sold as "908g"; "5 lbs" as "2.27kg")."""
    if key is None or other is None:
        return False
    if key == other:
        return True
    u1, _s, a1 = key.partition(":")
    u2, _s, a2 = other.partition(":")
    try:
        x, y = float(a1), float(a2)
    except ValueError:
        return False
    if {u1, u2} == {"mm", "cm"}:
        # "1400 mm" for "140 cm", "2.5 cm" for "25 mm": one length in two units
        x, y = (x / 10 if u1 == "mm" else x), (y / 10 if u2 == "mm" else y)
        u1 = u2
    return u1 == u2 and y > 0 and abs(x - y) / y <= 0.015


def find_measures(toks: Sequence[Token]) -> list[Measure]:
    """The measures in ``toks``, in order. Asked again for the same tokens by the mentions, the
    corrections, the variants and the merchant's lines of one conversation (10,509 asks for
    4,563 token lists on 300 generated conversations): the answer is kept in the
    conversation's memo, keyed by the tokens' values (``Token`` and ``Measure`` are immutable
    tuples), and each caller gets a new list."""
    return list(_measures_of(tuple(toks)))


@memoised_values  # pure: the measures of one tuple of tokens (memo.py)
def _measures_of(toks: tuple[Token, ...]) -> tuple[Measure, ...]:
    return tuple(_find_measures(toks))


def _find_measures(toks: Sequence[Token]) -> list[Measure]:
    """The measures in ``toks`` read token by token (``find_measures`` keeps the answer)."""
    out: list[Measure] = []
    i = 0
    while i < len(toks):
        # measure_at's own first test, asked here: most words start no measure
        m = measure_at(toks, i) if _may_start_measure(toks[i].text) else None
        if m is not None:
            out.append(m)
            i = m.end
        else:
            i += 1
    return out


def is_number(word: str) -> bool:
    return number_value(word) is not None


def clock_at(toks: Sequence[Token], raw: str, k: int) -> tuple[int, int | None, int] | None:
    """The clock time at ``toks[k]`` ("15", "18:30", "20:00"; ``raw`` is the text the tokens
    index): its hour (a number up to 24), its minutes (two digits under 60 after a colon, None
    when no colon follows) and the index past it; None when the number is no hour or a colon
    follows it without minutes ("15:5")."""
    hour = toks[k].text
    if not hour.isdigit() or int(hour) > 24:
        return None
    nxt = k + 1
    if nxt < len(toks) and raw[toks[k].end : toks[nxt].start] == ":":
        mins = toks[nxt].text
        if len(mins) != 2 or not mins.isdigit() or int(mins) >= 60:
            return None
        return int(hour), int(mins), nxt + 1
    return int(hour), None, nxt


_COME = word_set("come_words")
_CLOCK_LINKS = word_set("clock_links")
_MINUTES = word_set("minute_words")
# "do vij ne 5 dite" is days away, not five o'clock
_NOT_TIME = word_set("day_words") | word_set("week_words") | word_set("month_words")


def time_after(toks: Sequence[Token], e: int) -> int | None:
    """The token of the clock hour or the minutes said from token ``e`` on, over at most two
    clock links ("ne 5", "at 5", "per 15 minuta", "15 minutes"; ``words.json`` ``clock_links``,
    ``minute_words``): a bare hour needs its link ("5 dite" is days)."""
    k = e
    while k < len(toks) and k - e < 2 and toks[k].text in _CLOCK_LINKS:
        k += 1
    if k >= len(toks) or not toks[k].text.isdigit():
        return None
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    if nxt in _MINUTES or (k > e and 1 <= int(toks[k].text) <= 24 and nxt not in _NOT_TIME):
        return k
    return None


def coming_time(toks: Sequence[Token], k: int) -> bool:
    """The number at ``k`` is the hour or the minutes of the writer's coming ("do vij ne 5",
    "I'll come at 5", "vengo alle 5", "vij per 15 minuta"; ``come_words``): when, not how
    many."""
    return any(
        toks[j].text in _COME and time_after(toks, j + 1) == k for j in range(max(0, k - 3), k)
    )
