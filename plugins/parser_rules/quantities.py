"""Counts around a product name: "2 kavanoza", "x2", "nje pale", "zwei Flaschen", "due chili"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from plugins.parser_rules.catalog_match import (
    STOPWORDS,
    CatalogIndex,
    ProductEntry,
    key_of,
)
from plugins.parser_rules.item_state import (
    CONTAINERS,
    MAX_QTY,
    NEGATIONS,
    PAIR_WORDS,
)
from plugins.parser_rules.lexicon import lexicon, load, word_set
from plugins.parser_rules.memo import per_sentence
from plugins.parser_rules.normalize import Token, fold, stem, tokenize
from plugins.parser_rules.numbers import (
    HALF_ARTICLES,
    HALF_JOINS,
    clock_at,
    find_measures,
    is_number,
    measure_at,
    number_value,
    same_measure,
    unit_is_code,
    unit_of,
)
from plugins.parser_rules.segments import Sentence
from plugins.parser_rules.variants import (
    SIZE_KEYWORDS,
    VariantHit,
    VariantSpec,
    counts_ordinal,
    match_variant,
    ordinal,
)

_NOT_GOODS = word_set("not_goods")
_EXTRA = word_set("extra_words")  # "shtesë", "extra", "in più", "zusätzlich"
# "ap. 6", "kati 3", "hyrja 2", "stan 4": the parts of a building whose number follows them
_BUILDING_PARTS = word_set("building_parts")
THOUSANDS = word_set("thousands")
# "2 shishe nga nje liter", "4 qese nga 1 kile", "2 bags of 5 kg": a count carried over these
# to the measure that follows
COUNT_LINKS = frozenset(["nga", "of", "da", "di", "je", "à", "a"])


_FOR = word_set("purpose")
_SIDE_LINKS = frozenset({"me", "by", "mal"})  # "90 me 90", "3 by 4", "80 mal 120": a size
# the words joining the first side of a size to the second ("4 me 5 m", "4 per 5 metri")
_FIRST_SIDE_LINKS = _SIDE_LINKS | {"x", "per"}
# rooms, walls, floors: the sides said of one are the place's size ("dhoma 4 me 5")
_PLACE_NOUNS = word_set("place_nouns")
# "6.000", "1,800", "12.500": an amount grouped in thousands (a price), never a count of goods
GROUPED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?![\d.,]\d)")


def _time_goods(sent: Sentence, k: int, start: int, name: str) -> bool:
    """The days or hours right after the number are the goods: the product's mention starts
    with that time word, and either the product's own name begins with it ("Orë shtesë ngasje",
    "Ditë shtese", "Nights extra": the hour or the day is what is sold, "3 ore" counts three
    of them) or a word for "extra" follows it ("4 ditë shtesë", "2 orë shtesë", "3 notti
    extra"). A name that only says the unit it is priced by ("Kamarier për orë") does not."""
    toks = sent.toks
    if k + 1 != start or start >= len(toks) or toks[start].text not in _NOT_GOODS:
        return False
    if k and toks[k - 1].text in ("x", "×", "*"):
        return False  # "2 kamarierë x 4 orë": the hours each, a factor
    if start + 1 < len(toks) and start + 1 not in sent.breaks and toks[start + 1].text in _EXTRA:
        return True
    head = tokenize(fold(name))[:1] if name else []
    return bool(head) and stem(head[0].text) == stem(toks[start].text)


_PRICE_SIGNS = word_set("currency")
# a number of a sum's term: digits, grouped in thousands or with a decimal part
# ("16 000", "2.800", "1,500": grouped in thousands, also by a space)
_SUM_NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[ \u00a0.,]\d{3})+(?![\d])|(?<![\w.,])\d+(?:[.,]\d{1,2})?(?![\d])"
)
_TIMES_SIGN = re.compile(r"\s*[x×*]\s*$")


def _sum_value(number: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0.,]\d{3})+", number):
        return float(re.sub(r"[ \u00a0.,]", "", number))
    return float(number.replace(",", "."))


@per_sentence
def price_terms(sent: Sentence) -> frozenset[tuple[int, int]]:
    """ "divan 80 + sigurim deri 1500 20 + marrje 15 + dorëzim 10 = 125 CHF": the character
    spans (in ``sent.raw``) of the numbers that are the terms of a sum the sentence states
    with its total and a currency, when one number of each term adds up to the total. They are
    prices, not counts ("deri 1500 20": the 20 after the variant's bound). A term that
    multiplies ("2 × 890") is a count and a price and is left to the readers of "×"."""
    raw = sent.raw
    if raw.count("=") != 1 or "+" not in raw:
        return frozenset()
    if not any(t.text in _PRICE_SIGNS for t in sent.toks):
        return frozenset()
    head, tail = raw.split("=", 1)
    found = _SUM_NUMBER.search(tail)
    if found is None:
        return frozenset()
    total = _sum_value(found.group())
    terms: list[list[tuple[float, tuple[int, int]]]] = []
    at = 0
    for part in head.split("+"):
        numbers = [
            (_sum_value(m.group()), (at + m.start(), at + m.end()))
            for m in _SUM_NUMBER.finditer(part)
            if not _TIMES_SIGN.search(part[: m.start()])  # "× 2": a factor, not a term
            and not re.match(r"\s*[x×*]", part[m.end() :])
        ]
        at += len(part) + 1
        if not numbers:
            return frozenset()
        terms.append(numbers)
    if len(terms) < 2:
        return frozenset()
    # one number of each term; the later number of a term first ("deri 1500 20": 20)
    reach: dict[float, tuple[tuple[int, int], ...]] = {0.0: ()}
    for numbers in terms:
        nxt: dict[float, tuple[tuple[int, int], ...]] = {}
        for value, chosen in reach.items():
            for v, off in reversed(numbers):
                nxt.setdefault(round(value + v, 2), (*chosen, off))
        reach = nxt
        if len(reach) > 4096:
            return frozenset()
    found_terms = reach.get(round(total, 2))
    return frozenset(found_terms) if found_terms is not None else frozenset()


def price_term(sent: Sentence, k: int) -> bool:
    """The number at ``k`` is a price: a currency sign right after it ("25€ për 30 min"), or
    a term of a sum that adds up to the total it states (``price_terms``)."""
    toks = sent.toks
    if not toks[k].text[:1].isdigit():
        return False
    if k + 1 < len(toks) and toks[k + 1].text in _PRICE_SIGNS:
        return True
    return any(a == toks[k].start for a, _b in price_terms(sent))


MODEL_YEARS = (1950, 2039)  # a four-digit number in this span after a name is its year


def _model_year(toks: Sequence[Token], k: int) -> bool:
    """ "Skoda Octavia 2015", "Golf 2008 naftë": a year of four digits right after a
    capitalised word inside the sentence (a make or model, not the sentence's first word: "Pra
    2000 copë" counts) is the vehicle's or model's year, not a count."""
    t = toks[k].text
    return (
        k >= 2
        and len(t) == 4
        and t.isdigit()
        and MODEL_YEARS[0] <= int(t) <= MODEL_YEARS[1]
        and toks[k - 1].raw[:1].isupper()
        and toks[k - 1].raw.isalpha()
    )


def not_a_count(sent: Sentence, k: int, named: bool = False) -> bool:
    """``_not_a_count``, kept on the sentence (``Sentence.facts``) for each number and ``named``:
    the quantity readers ask it again for the same number of one sentence (2,850 asks for 1,658
    answers on 300 generated conversations). It reads only what nothing changes once the
    sentence is made (its tokens, raw text, segment starts and intents; not ``question``)."""
    facts = sent.facts
    key = (_not_a_count, k, named)
    found = facts.get(key)
    if found is None:
        found = facts[key] = _not_a_count(sent, k, named)
    return found


def _not_a_count(sent: Sentence, k: int, named: bool = False) -> bool:
    """A number of years, months, people, days ("ka 3 muaj", "8 vjec", "per 4 veta") counts
    something other than the goods. ``named``: the days or hours after the number are the
    time the shop sells ("4 ditë shtesë", "3 orë" of "Orë ngasje", see ``_time_goods``)."""
    if any(a <= k < b for a, b in sent.intents.get("both", ())) and not (
        k and sent.toks[k - 1].text in _EACH_BEFORE
    ):
        return True  # "karikues per te dyja dorezat": both of the items there, not a count
    if price_term(sent, k):
        return True  # "25€ për 30 min", "sigurim deri 1500 20 + … = 125 CHF": a price
    if _school_grade(sent.toks, k):
        return True
    if _model_year(sent.toks, k):
        return True  # "Skoda Octavia 2015 naftë": the car's year, not 2015 litres of diesel
    if k >= 3 and _dimension_x(sent.toks, k - 1) and _dimension_x(sent.toks, k - 3):
        return True  # "40x30x20": the last number of a size in three numbers, not "x20"
    if sent.toks[k].text[:1].isdigit() and _second_side(sent.toks, k, _SIDE_LINKS):
        return True  # "kabinë 90 me 90 me montim", "90x90": a size's second side, not a count
    if _first_side(sent, k):
        return True  # "dhoma është 4 me 5", "4 by 5 m": a size's first side, not a count
    if k and sent.toks[k - 1].text in _FOR and (k + 1 >= len(sent.toks) or k + 1 in sent.breaks):
        return True  # "setin për dy", "the table for four", "il set per due": people, not goods
    if (
        k >= 2
        and sent.toks[k].text.isdigit()
        and sent.toks[k - 1].text in _OF_ARTICLES
        and sent.toks[k - 2].text.endswith("n")  # the definite noun ("muajin", "javën")
        and (
            sent.toks[k - 2].text in _NOT_GOODS
            or lexicon().concept(sent.toks[k - 2].text) in ("years", "months")
        )
    ):
        return True  # "jam në muajin e 8": which month, not a count ("anni e due" is "and")
    if (
        _day_of_month(sent, k)
        or _numeric_date(sent, k)
        or _day_after_weekday(sent, k)
        or _bound(sent.toks, k)
        or _day_span(sent.toks, k)
    ):
        return True
    if (
        k
        and sent.toks[k].text.isdigit()
        and sent.toks[k - 1].text in _BUILDING_PARTS
        and k not in sent.breaks  # not "2 hyrje + 2 masazhe": the entries, then a count
    ):
        return True  # "Vila Sara, ap. 6", "kati 3": the flat or floor of the address, not goods
    if _series_model(sent.toks, k) or _clock_time(sent, k):
        return True
    if _linked_hour(sent, k):
        return True  # "kam kontroll n 3", "vij i marr vet n 4": the hour of an appointment
    if k + 1 >= len(sent.toks):
        return False
    nxt = sent.toks[k + 1].text
    if ordinal(sent.toks, k):
        return True  # "te 36shit", "e 20shja": the size or the pack, not a count
    if nxt in THOUSANDS and sent.toks[k].text.isdigit():
        return True  # "nje 12 mije", "12k": twelve thousand (BTU, litres...), not twelve of it
    if _pack_size(sent, k, nxt):
        return True
    if (
        nxt in _TOTAL_WORDS
        or nxt == "in"
        and k + 2 < len(sent.toks)
        and (sent.toks[k + 2].text in ("total", "tutto", "totale", "all"))
    ):
        return True  # "edhe nje te bardhe, bone 5 gjithsej", "5 in total": the order's sum
    if nxt in _TIMES and any(
        t.text in _NOT_GOODS or lexicon().concept(t.text) in ("years", "months")
        for t in sent.toks[k + 2 : k + 5]
    ):
        return True  # "tri pati vo mesec", "dy here ne muaj", "3 times a week": how often
    if named:
        return False
    if _listed_age(sent, k):
        return True  # "dy djem 8 e 13 vjeç", "aged 7 and 9 years": the first age too
    return nxt in _NOT_GOODS or lexicon().concept(nxt) in ("years", "months", "persons")


def _listed_age(sent: Sentence, k: int) -> bool:
    """ "dy djem 8 e 13 vjeç", "fëmijët janë 9, 6 dhe 3 vjeç", "aged 7, 9 and 12": numbers
    listed (by commas or "and") before a word of years or months are all ages (not the count
    before a range, "një 0-1 vjeç")."""
    toks = sent.toks
    j = k + 1
    while (
        j < len(toks)
        and j - k <= 6
        and (
            toks[j].text in _AND
            or number_value(toks[j].text) is not None
            and (
                toks[j - 1].text in _AND or sent.raw[toks[j - 1].end : toks[j].start].strip() == ","
            )
        )
    ):
        j += 1
    return (
        k + 1 < j < len(toks)
        and number_value(toks[j - 1].text) is not None
        and lexicon().concept(toks[j].text) in ("years", "months")
    )


_DAY_PARTS = word_set("day_parts")
_DAY_PART_LINKS = word_set("day_part_links")


def _day_part_hour(toks: Sequence[Token], k: int) -> bool:
    """ "në 9 të darkës", "8 in the evening", "alle 9 di sera": a number up to 24 followed by
    a part of the day, over at most two linking words, is the hour."""
    if not toks[k].text.isdigit() or int(toks[k].text) > 24:
        return False
    j = k + 1
    while j < len(toks) and j - k <= 2 and toks[j].text in _DAY_PART_LINKS:
        j += 1
    return j < len(toks) and toks[j].text in _DAY_PARTS


def _clock_time(sent: Sentence, k: int) -> bool:
    """ "sauna nga ora 18:30", "masazhi në 20:00": an hour and its minutes joined by a colon
    tell the time, neither number is a count; nor is an hour said with its part of the day
    ("në 9 të darkës")."""
    toks, raw = sent.toks, sent.raw
    if _day_part_hour(toks, k):
        return True
    return any(
        0 <= h < len(toks) - 1
        and (clock := clock_at(toks, raw, h)) is not None
        and clock[1] is not None
        for h in (k, k - 1)
    )


_HOUR_LINKS = word_set("hour_links")


def _linked_hour(sent: Sentence, k: int) -> bool:
    """A bare number 1-24 right after an hour link ("n", "ne", "at", "um", "alle"), itself
    after a word, and closing its sentence or segment: the hour of an appointment ("kam
    kontroll n 3", "we pick it up at 5"), not a count."""
    toks = sent.toks
    return (
        k >= 2
        and toks[k].text.isdigit()
        and 1 <= int(toks[k].text) <= 24
        and toks[k - 1].text in _HOUR_LINKS
        and toks[k - 2].text.isalpha()
        and k not in sent.breaks
        and (k + 1 >= len(toks) or k + 1 in sent.breaks)
    )


def _series_model(toks: Sequence[Token], k: int) -> bool:
    """ "Mercedes C 220", "Yamaha R 125", "Canon EOS R 50": a number of two digits or more
    after a one-letter series written as a capital, itself after a capitalised name, is the
    model, not a count (the letter is no word: "A 20 copë keni?" opens with the question
    "a", so a name must come before the letter)."""
    if k < 2 or not toks[k].text.isdigit() or len(toks[k].text) < 2:
        return False
    letter, name = toks[k - 1].raw, toks[k - 2].raw
    return (
        len(letter) == 1
        and letter.isupper()
        and letter != "X"
        and toks[k - 1].end < toks[k].start  # "C 220", not "C220" (read as a model already)
        and name[:1].isupper()
        and name.isalpha()
    )


_BOUNDS = word_set("range_up_to") | word_set("range_above")


def _bound(toks: Sequence[Token], k: int) -> bool:
    """ "deri 8 kg", "mbi 10 persona", "bis 12 Jahre": a number after a bound word, with its
    unit after it, is the end of a range (a weight, an age, a group's size), not a count."""
    if k == 0 or k + 1 >= len(toks) or toks[k - 1].text not in _BOUNDS:
        return False
    nxt = toks[k + 1].text
    return unit_of(nxt) is not None or lexicon().concept(nxt) in ("years", "months", "persons")


def _day_span(toks: Sequence[Token], k: int) -> bool:
    """ "nga 17 deri 24", "17 bis 24": two days of a month joined by "until" are a span of dates,
    neither a count."""
    if k >= 1 and toks[k - 1].text in _SPAN_TO:
        a, b = k - 2, k
    elif k + 2 < len(toks) and toks[k + 1].text in _SPAN_TO:
        a, b = k, k + 2
    else:
        return False
    if a < 0 or not (toks[a].text.isdigit() and toks[b].text.isdigit()):
        return False
    return 1 <= int(toks[a].text) < int(toks[b].text) <= 31


_WEEKDAYS = word_set("weekdays")
# "e premte 20", "Friday the 20th", "Freitag, den 20.": an article between weekday and day
_DATE_ARTICLES = word_set("definite_articles") | word_set("genitive")


def _day_after_weekday(sent: Sentence, k: int) -> bool:
    """ "e premte 20", "të shtunën 14", "Friday the 20th", "venerdì 20": a day of the month
    right after the name of a weekday (an article between them at most, no punctuation: not
    "të hënën: 2 magjike") is a date."""
    toks = sent.toks
    if k == 0 or not toks[k].text.isdigit() or not 1 <= int(toks[k].text) <= 31:
        return False
    j = k - 1
    if toks[j].text in _DATE_ARTICLES and j >= 1:
        j -= 1
    return toks[j].text in _WEEKDAYS and not any(
        sent.raw[toks[i].end : toks[i + 1].start].strip(" '’") for i in range(j, k)
    )


# German "am 14.", "vor dem 3.", "bis zum 20.": the words before a day of the month
_DAY_BEFORE = frozenset(["am", "dem", "zum", "vom", "bis", "ab", "den", "seit"])


# a currency word beside "12.05" makes it an amount of money, not a date
_DATE_NOT_AFTER = word_set("currency")


def _numeric_date(sent: Sentence, k: int) -> bool:
    """ "from 15.07", "nga 24.08", "13.08 në mëngjes": a day and a two-digit month joined by a
    full stop is a date, not a count; not "1.5 kg" (a one-digit part), "2.50" (no month), nor
    an amount of money or a measure beside it ("12.05 €", "1.10 m")."""
    toks = sent.toks
    m = _DAY_MONTH.fullmatch(toks[k].text)
    if m is None or not 1 <= int(m.group(1)) <= 31 or not 1 <= int(m.group(2)) <= 12:
        return False
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    before = toks[k - 1].text if k else ""
    money = sent.raw[toks[k - 1].end if k else 0 : toks[k].start] + sent.raw[toks[k].end :][:2]
    return (
        after not in _DATE_NOT_AFTER
        and before not in _DATE_NOT_AFTER
        and measure_at(toks, k) is None
        and not any(c in money for c in "€$£")
    )


_DAY_MONTH = re.compile(r"(\d{1,2})\.(\d{2})")


def _day_of_month(sent: Sentence, k: int) -> bool:
    """ "am 14. Geburtstag", "bitte vor dem 14.": a German ordinal (digits and a full stop)
    after "am / dem / zum / bis" is a day of the month, not a count."""
    t = sent.toks[k]
    return (
        k > 0
        and t.text.isdigit()
        and 1 <= int(t.text) <= 31
        and sent.raw[t.end : t.end + 1] == "."
        and sent.toks[k - 1].text in _DAY_BEFORE
    )


_TIMES = word_set("times_words")
_RANGE_TO = word_set("range_to")  # "nga 2 deri 5", "from 2 to 5"
# "deri", "bis", "until", "fino": not the short ones ("dua 3 A27" is no span from 3 to 27)
_SPAN_TO = frozenset(w for w in _RANGE_TO if len(w) >= 3)
# the Albanian article of an ordinal after its noun ("muajin e 8", "kati i 2")
_OF_ARTICLES = word_set("genitive")
# "5 gjithsej", "insgesamt": the order's number of pieces, not one line's count
_TOTAL_WORDS = word_set("total_words")
# the noun a number of pieces describes ("a 12 piece set", "the 3 piece one")
_PACK_NOUNS = frozenset(["one", "ones", "set", "sets", "box", "kit", "pack", "collection"])


def _pack_size(sent: Sentence, k: int, nxt: str) -> bool:
    """ "çorape 5 palësh", "bateri 4 copësh", "the 6-piece set", "5er-Pack", "5li": how many
    the pack holds (an adjective of the goods), not how many packs."""
    for suffix in ("sh", "she", "shi", "shat"):
        base = nxt[: -len(suffix)]
        if nxt.endswith(suffix) and (base in PAIR_WORDS or lexicon().concept(base) == "piece"):
            return True
    toks = sent.toks
    between = sent.raw[toks[k].end : toks[k + 1].start]
    if between == "-" and nxt in ("piece", "pieces", "pack", "pc", "pcs"):
        return True
    if nxt.startswith("teilig"):
        return True  # "das 3-teilige Set", "3teilig"
    after = toks[k + 2].text if k + 2 < len(toks) else ""
    before = toks[k - 1].text if k else ""
    if nxt in ("piece", "pc", "pcs") and (
        after in _PACK_NOUNS or before in ("the", "that", "this")
    ):
        return True  # "the 3 piece one", "a 12 piece set": what the set holds
    if nxt in ("pezzi", "pz") and before == "da":
        return True  # "il set da 3 pezzi"
    if before in ("me", "with", "con", "mit") and lexicon().concept(nxt) == "piece":
        return True  # "setin me 7 copa", "the box with 12 pieces": what it holds
    if (
        before in CONTAINERS
        and toks[k].text.isdigit()
        and nxt.isalpha()
        and sent.raw[toks[k - 1].end : toks[k].start].isspace()
        and between.isspace()
    ):
        return True  # "pako 5 peceta", "kuti 12 vezë": what the pack holds, not how many packs
    return between == "" and toks[k].text.isdigit() and nxt in ("er", "li", "lu")


_GRADES = word_set("school_grades")
_GRADE_LINKS = frozenset(
    ["e", "te", "të", "i", "the", "in", "die", "der", "la", "th", "st", "nd", "rd"]
)


def _school_grade(toks: Sequence[Token], k: int) -> bool:
    """ "per klasë të 5", "grade 3", "1. Klasse", "5th grade", "classe 2": a school year."""
    j = k - 1
    while j >= 0 and k - j <= 2 and toks[j].text in _GRADE_LINKS:
        j -= 1
    if j >= 0 and toks[j].text in _GRADES:
        return True
    j = k + 1
    while j < len(toks) and j - k <= 2 and toks[j].text in _GRADE_LINKS:
        j += 1
    return j < len(toks) and toks[j].text in _GRADES


def glued(sent: Sentence, k: int) -> bool:
    """A number written against letters ("S23", "A54", "3-vendesh"): part of a name, not a count."""
    t = sent.toks[k]
    before = sent.raw[max(0, t.start - 2) : t.start]
    after = sent.raw[t.end : t.end + 2]
    # "32/32", "7/2": numbers joined by a slash are a size or a house number, not a count;
    # "1-8", "9-12": the ends of a range of numbers (sizes, ages, the numbers printed), not a count
    # "2+2", "1+1", "8+1": numbers joined by a plus without a space are what a set is made of
    # (a family's adults and children, a flat's rooms, a van's seats), not a count
    return (
        before[-1:].isalpha()
        or before[-1:] == "/"
        or after[:1] == "/"
        or (after[:1] == "+" and after[1:2].isdigit())
        or (before[-1:] == "+" and before[:1].isdigit())
        or (after[:1] == "-" and (after[1:2].isalpha() or after[1:2].isdigit()))
        or (before[-1:] == "-" and before[:1].isdigit())
    )


def quantity_before(
    sent: Sentence, start: int, lo: int, paired: bool, skip: set[int], name: str = ""
) -> tuple[int, int] | None:
    """(quantity, token index) of a number written just before a mention (``name``: the
    mentioned product's name, when the caller knows it)."""
    toks = sent.toks
    fillers = 0
    pair = False
    k = start - 1
    if (
        k - 2 >= lo
        and toks[k].text in ("i", "e")
        and unit_of(toks[k - 1].text) is not None
        and number_value(toks[k - 2].text) is not None
    ):
        # Macedonian / Serbian "stap 4 metri i plovci", Italian "confetti 2 kg e sacchetti":
        # "i" / "e" (and) after a measure, which is the product's before it
        return None
    while k >= lo and fillers <= 2 and k + 1 not in sent.breaks:
        t = toks[k].text
        # "nje pale dumbell": a pair, not the shade "pale" (as in "a pale blue shirt")
        pair_word = t in PAIR_WORDS and lexicon().concept(toks[k + 1].text) is None
        if (
            k in skip
            or (t in STOPWORDS or lexicon().concept(t) is not None)
            and number_value(t) is None
            and not pair_word
        ):
            k -= 1
            continue
        v = number_value(t)
        named = v is not None and _time_goods(sent, k, start, name)
        if v is not None and v > 0 and not_a_count(sent, k, named=named):
            return None
        if v is not None and v > 0:
            if t[:1].isdigit() and len(t) > 4:
                return None
            if v > MAX_QTY:
                return None  # "golf 7 2016 me sensor", "tiguan 2020": a year or a code, no count
            if v > 20 and measure_at(toks, k) is not None:
                return None  # "for a 120 litre tank with air pump": a size, not a count
            if t[:1].isdigit() and glued(sent, k):
                k -= 1  # "3-seater", "S24": part of a name
                if k >= lo and toks[k].end == toks[k + 1].start and toks[k].text.isalpha():
                    k -= 1  # "two A5 notebooks": the letters of the code too, not "a" (one)
                fillers += 1
                continue
            weak = t in lexicon().weak_numbers
            if weak and fillers > 1:
                return None
            q = int(v) if v >= 1 else 1
            if t in _DOZEN:
                q, k = _dozens(toks, k, lo)  # "half a dozen", "dy duzina"
            if pair and not paired:
                q *= 2
            return q, k
        if t in PAIR_WORDS:
            pair = True
        elif (
            unit_of(t) is not None
            and not unit_is_code(toks, k)  # "50 M9": a count before a code, not 50 metres
            and k > lo
            and (
                number_value(toks[k - 1].text) is not None
                or toks[k - 1].text in lexicon().half_words  # "gjysem kile arra": one half kilo
            )
            and (k == start - 1 or toks[k + 1].text in ("di", "of", "von", "de", "me"))
        ):
            # "2 kg bakllava": the number of kilos is the quantity when no variant took it
            v2 = number_value(toks[k - 1].text) or 1
            # "250 grams of walnuts", "nje 60 litra me filter": a big amount is a size (of this
            # product or of another), not a count
            return (max(1, int(v2)) if v2 <= 20 else 1, k - 1)
        elif t in ("x",) and k > lo and toks[k - 1].text.isdigit():
            return int(toks[k - 1].text), k - 1
        fillers += 1
        k -= 1
    return None


_DOZEN = frozenset(
    ["dozen", "dozens", "dozzina", "dozzine", "duzine", "duzina", "duzinat", "dutzend"]
)


def _dozens(toks: Sequence[Token], k: int, lo: int) -> tuple[int, int]:
    """The count of the dozen word at ``k`` and where it starts: "half a dozen", "gjysme duzine",
    "mezza dozzina", "ein halbes Dutzend" (6); "2 dozen", "dy duzina", "zwei Dutzend" (24)."""
    j = k - 1
    while j >= lo and j >= k - 2 and toks[j].text in lexicon().weak_numbers:
        j -= 1
    if j >= lo and toks[j].text in lexicon().half_words:
        return 6, j
    if j == k - 1 and j >= lo:
        n = number_value(toks[j].text)
        if n is not None and 2 <= n <= 20 and n == int(n):
            return int(n) * 12, j
    return 12, k


def _small_count(sent: Sentence, k: int, specs: Sequence[VariantSpec], top: int = 20) -> int | None:
    """The count 1-``top`` written at ``k`` (not a size of ``specs``, a measure or part of a
    name)."""
    t = sent.toks[k].text
    v = number_value(t)
    if (
        v is None
        or not 1 <= v <= top
        or v != int(v)
        or t[:1].isdigit()
        and glued(sent, k)
        and sent.toks[k - 1].text != "x"
        or not_a_count(sent, k)
        or measure_at(sent.toks, k) is not None
        or match_variant(specs, sent.toks, k, k + 1) is not None
    ):
        return None
    return int(v)


def corrected_count(
    sent: Sentence, lo: int, hi: int, specs: Sequence[VariantSpec] = ()
) -> int | None:
    """ "x3, anzi x2", "3 kek filxhani, jo, 4", "three cupcakes, sorry, four": a count, then a
    correction word and another count in toks[lo:hi]: the later count."""
    for s, e in sent.intents.get("correct", ()):
        before = [n for j in range(lo, s) if (n := _small_count(sent, j, specs, MAX_QTY))]
        if not lo < s < hi or not before:
            continue
        # "three cupcakes, sorry, four"; "around 90, actually make it 95": a count above 20
        # is corrected only by another of its size, not by a size or a small number
        top = 20 if min(before) <= 20 else MAX_QTY
        neg = sent.toks[e - 1]
        pause = sent.raw[neg.end : neg.end + 1] in (",", ".", "!", ";")
        if neg.text in NEGATIONS and not pause:
            continue  # "beji 4 jo 2": the count after a bare "no" is the old one
        if neg.text not in NEGATIONS and any(
            a <= s and e <= b for a, b in sent.intents.get("old_value", ())
        ):
            # "2 L, instead of 2": so is the count after "instead of", and after a correction
            # verb said not to be done ("vetëm dy, mos i bëj tre", "two, don't make it three")
            continue
        k = e
        while k < hi and k < e + 2 and (sent.toks[k].text == "x" or sent.toks[k].text in STOPWORDS):
            k += 1
        if k < hi:
            n = _small_count(sent, k, specs, top)
            if n is not None and (top == 20 or n > 20):
                return n
    return None


# multiplication signs that are no token ("3 × 250", "2*450"; "x" is a token of its own)
TIMES_SIGNS = frozenset("×*")


def _times(sent: Sentence, k: int) -> int | None:
    """A count and a price or size joined by a multiplication sign that is no token ("3 × 250",
    "e kuqe ×2", "2 × 1800"): the offset from ``k`` of the count. Of two numbers the smaller is
    the count ("3 × 250" is 3 at 250, "250 × 2" is 2 at 250); a number after the sign with no
    number before it counts too ("e zezë ×2")."""
    toks = sent.toks
    if k + 1 >= len(toks):
        return None
    a, b = toks[k], toks[k + 1]
    if not TIMES_SIGNS.intersection(sent.raw[a.end : b.start]):
        return None
    if not b.text.isdigit() or glued(sent, k + 1) or measure_at(toks, k + 1) is not None:
        return None
    if not_a_count(sent, k + 1):
        return None  # "trowel 90 cm × 2 days": the days of a rental, "× 3 persons"
    if not a.text.isdigit():
        return 1 if 1 <= int(b.text) <= MAX_QTY else None
    if glued(sent, k) or measure_at(toks, k) is not None:
        return None
    first, second = int(a.text), int(b.text)
    if first == second:
        return None  # "2 × 2": no telling
    off = 0 if first < second else 1
    return off if 1 <= min(first, second) <= MAX_QTY else None


def _length_unit(word: str) -> bool:
    u = unit_of(word)
    return u is not None and u[0] in ("cm", "mm")


def _second_side(toks: Sequence[Token], k: int, links: frozenset[str] = _FIRST_SIDE_LINKS) -> bool:
    """The number at ``k`` follows another number and a side link of ``links`` ("4 me 5",
    "4 x 5") or a glued "x" ("4x5")."""
    return (
        k >= 2
        and toks[k - 2].text[:1].isdigit()
        and (toks[k - 1].text in links or _dimension_x(toks, k - 1))
    )


def _first_side(sent: Sentence, k: int) -> bool:
    """The number at ``k`` is the first of two sides ("4 me 5", "4x5", "4 by 5", "4 mal 5",
    "4 per 5") of a size: a length unit follows the second number or precedes the first
    ("4 me 5 m", "3 by 4 metres", "metri 4 per 5"), or the sentence before it names a room, a
    wall or a floor ("dhoma është 4 me 5", "the kitchen is 3 by 4"). Either side may hold a
    decimal ("3.5 x 4")."""
    toks = sent.toks
    if k + 2 >= len(toks) or not toks[k].text[:1].isdigit():
        return False
    if not (toks[k + 1].text in _FIRST_SIDE_LINKS and toks[k + 2].text[:1].isdigit()):
        return False
    if k + 1 in sent.breaks or k + 2 in sent.breaks:
        return False
    if k + 3 < len(toks) and k + 3 not in sent.breaks and _length_unit(toks[k + 3].text):
        return True
    if k and k not in sent.breaks and _length_unit(toks[k - 1].text):
        return True
    return any(t.text in _PLACE_NOUNS for t in toks[max(0, k - 4) : k])


def _dimension_x(toks: Sequence[Token], k: int) -> bool:
    """The "x" at ``k`` joins two numbers written against it ("90x150", "1x1.5"): a size."""
    if not 0 < k < len(toks) - 1 or toks[k].text != "x":
        return False
    a, b = toks[k - 1], toks[k + 1]
    return (
        a.text[:1].isdigit()
        and b.text[:1].isdigit()
        and a.end == toks[k].start
        and toks[k].end == b.start
    )


# "dy pako ose jo, nji mjafton", "two or no, one is enough", "due, anzi una", "zwei, oder
# nein, eins": the writer takes the count back and says the new one
_TAKE_BACK = (("ose", "jo"), ("apo", "jo"), ("or", "no"), ("anzi",), ("oder", "nein"), ("o", "no"))


def _taken_back(sent: Sentence, k: int, hi: int) -> tuple[int, int] | None:
    """The count said right after the count at ``k`` is taken back ("dy pako ose jo nji")."""
    toks = sent.toks
    j = k + 1
    if j < min(hi, len(toks)) and (
        toks[j].text in PAIR_WORDS
        or toks[j].text in CONTAINERS
        or lexicon().concept(toks[j].text) == "piece"
    ):
        j += 1  # "dy pako ose jo …": the unit after the count
    for phrase in _TAKE_BACK:
        if tuple(t.text for t in toks[j : j + len(phrase)]) != phrase:
            continue
        n = j + len(phrase)
        if n < min(hi, len(toks)):
            v = number_value(toks[n].text)
            if v is not None and 1 <= v <= 12 and v == int(v) and not glued(sent, n):
                return int(v), n
    return None


def quantity_after(
    sent: Sentence, end: int, hi: int, paired: bool, skip: set[int], digits: bool = False
) -> tuple[int, int] | None:
    found = _quantity_after(sent, end, hi, paired, skip, digits)
    if found is not None:
        # the taken-back count may start a segment of its own ("ose" splits segments)
        again = _taken_back(sent, found[1], len(sent.toks))
        if again is not None:
            return again
    return found


def _quantity_after(
    sent: Sentence, end: int, hi: int, paired: bool, skip: set[int], digits: bool = False
) -> tuple[int, int] | None:
    toks = sent.toks
    # "c4 vetem nje", "vaksin veq nji", "BCAA nimm zwei", "omegat boni 2": a count right after
    # "only" / "make it" / "take" that follows the name
    setters = {
        e
        for name in ("only", "correct", "order")
        for s, e in sent.intents.get(name, ())
        if s >= end
    } - {e for _s, e in sent.intents.get("old_value", ())}  # not "160 instead of 180"
    for k in range(end, min(hi, end + 6)):
        if k in skip:
            continue
        t = toks[k].text
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        if _dimension_x(toks, k):
            continue  # "90x150": a size, not "x 150" or "90 x"
        if _numeric_date(sent, k):
            continue  # "trek from 15.07, pack horse …": the date booked, not a count
        if t == "x" and nxt.isdigit() and k + 1 not in skip and not not_a_count(sent, k + 1):
            # not "trowel × 2 days": the days the piece is rented, not a count of pieces
            return int(nxt), k + 1
        v = number_value(t)
        # "3 × 250", "250 × 2"; "e kuqe ×2" (the variant's words are skipped)
        off = _times(sent, k - 1) if k > end and k - 1 in skip else None
        at = k if off == 1 else None
        if at is None and (off := _times(sent, k)) is not None:
            at = k + off
        if at is not None and at not in skip:
            return int(toks[at].text), at
        if (
            k in setters
            and v is not None
            and 1 <= v <= 12
            and v == int(v)
            and not glued(sent, k)
            and not not_a_count(sent, k)
            and measure_at(toks, k) is None
        ):
            return int(v), k
        if (
            v is not None
            and 1 <= v <= 12
            and v == int(v)
            and t.isalpha()
            and sent.has("correct")
            and not glued(sent, k)
            and k + 1 < len(toks)
            and measure_at(toks, k) is None
            and measure_at(toks, k + 1) is not None
        ):
            # "make the oil one 3 litre tin instead": in a correction, the count word right
            # before the new size after the name
            return int(v), k
        if (
            v is not None
            and 1 <= v <= MAX_QTY
            and v == int(v)
            and nxt in NEGATIONS
            and _old_count_after(sent, k + 2, hi)
            and not glued(sent, k)
            and not not_a_count(sent, k)
        ):
            # "vajin 3 jo 2", "the oil 3 not 2", "Öl 3 nicht 2": the count after the name, then
            # "no" and the old count
            return int(v), k
        if (
            t.isdigit()
            and nxt == "x"
            and toks[k].end == toks[k + 1].start
            and not _dimension_x(toks, k + 1)
        ):
            return int(t), k
        if (
            v is not None
            and 1 <= v <= MAX_QTY
            and v == int(v)
            and nxt in _TIMES
            and not glued(sent, k)
            and not not_a_count(sent, k)  # "dy herë në muaj": how often
        ):
            # "larje rrobash 2 herë", "window cleaning 3 times", "lavaggio 2 volte": a service
            # said with how many times it is done is that many
            return int(v), k
        if (
            v is not None
            and v >= 1
            and not (nxt and _pack_size(sent, k, nxt))
            # "FFP2 kutia 20 copë": the digit of the name's code is no count of boxes
            and not (t[:1].isdigit() and glued(sent, k))
            and (
                nxt in PAIR_WORDS
                or lexicon().concept(nxt) == "piece"
                or nxt in ("sets", "sete", "set", "copë", "bidona", "kavanoza", "pako", "kuti")
                or nxt in CONTAINERS  # "tea di montagna 2 pacchi"
            )
        ):
            q = int(v)
            if nxt in PAIR_WORDS and not paired:
                q *= 2
            return q, k
        unit = unit_of(nxt) if nxt else None
        if (
            digits
            and v is not None
            and 1 <= v <= MAX_QTY
            and v == int(v)
            and unit is not None
            and unit[1] >= 1000
            and not glued(sent, k)
        ):
            # "djathë dhie dy kile", "olio 3 litri": kilos or litres of a product sold by the
            # kilo (no variant is a measure) count it
            return int(v), k
        if (
            v is not None
            and 2 <= v <= 20
            and (digits or not t[:1].isdigit())
            and not glued(sent, k)
            and t not in lexicon().weak_numbers
            and not GROUPED_THOUSANDS.fullmatch(t)  # "… druri 6.000 + 2 rafte": a price
            and not price_term(sent, k)  # "sigurim 20 + marrje 15 = 35 CHF": a price
            # "… për të shtunën 14", "… am 3.": a date
            and not (_day_after_weekday(sent, k) or _day_of_month(sent, k))
            # "sauna ne 18:30": the colon breaks the segment; "9, 6 dhe 3 vjeç": ages
            and not (_clock_time(sent, k) or _listed_age(sent, k) or _linked_hour(sent, k))
            and (
                k + 1 == len(toks)
                or k + 1 in sent.breaks
                # "qëndisje 12 = 156 €": the sum after "=" closes the line
                or "=" in sent.raw[toks[k].end : toks[k + 1].start]
            )
        ):
            # "maramica te lagura tri", "Brot zwei": a number word closing the segment after the
            # name counts it; a digit too when no variant of the product is a number
            return int(v), k
    return None


def _old_count_after(sent: Sentence, k: int, hi: int) -> bool:
    """A bare small count at ``k`` that closes its segment (the old count in "3 jo 2")."""
    toks = sent.toks
    if k >= min(hi, len(toks)) or glued(sent, k):
        return False
    v = number_value(toks[k].text)
    if v is None or not 1 <= v <= MAX_QTY or v != int(v):
        return False
    return (
        k + 1 == len(toks)
        or k + 1 in sent.breaks
        or unit_of(toks[k + 1].text) is None
        and (number_value(toks[k + 1].text) is None)
    )


def counted(sent: Sentence, a: int, b: int) -> int | None:
    """A count with its noun ("zwei Flaschen", "two panels", "a couple of them", "due pezzi")."""
    for k in range(a, b):
        v = number_value(sent.toks[k].text)
        if v is None or not 1 <= v <= MAX_QTY or glued(sent, k) or not_a_count(sent, k):
            continue
        nxt = sent.toks[k + 1].text if k + 1 < b else ""
        if (
            nxt in CONTAINERS
            or nxt in PAIR_WORDS
            or lexicon().concept(nxt) == "piece"
            or nxt in ("of", "them", "di", "von", "dei", "delle", "degli")
        ):
            return int(v)
    return None


def for_purpose(sent: Sentence, k: int) -> bool:
    """ "më duhen për dy torta", "for two weddings": in a sentence that names no product, a
    number after "for" before a noun (no unit, piece, container, colour or size word) counts
    what the goods are for."""
    if (
        not k
        or sent.toks[k - 1].text not in _FOR
        or k + 1 >= len(sent.toks)
        or k + 1 in sent.breaks
    ):
        return False
    nxt = sent.toks[k + 1].text
    return (
        nxt.isalpha()
        and nxt not in STOPWORDS
        and nxt not in CONTAINERS
        and nxt not in PAIR_WORDS
        and lexicon().concept(nxt) is None
        and unit_of(nxt) is None
    )


def goods_count(sent: Sentence) -> int | None:
    """A count before a word of goods, the catalog's or not ("dy drita për oborrin", "due fari
    da esterno"): the one number of the sentence that is no measure and no size."""
    found: int | None = None
    for k in range(len(sent.toks)):
        v = number_value(sent.toks[k].text)
        if v is None or glued(sent, k) or not_a_count(sent, k) or for_purpose(sent, k):
            continue
        nxt = sent.toks[k + 1].text if k + 1 < len(sent.toks) else ""
        if not 1 <= v <= MAX_QTY or not nxt.isalpha() or unit_of(nxt) is not None:
            return None  # "50 watt", "gjoksi 104": a measure; several numbers: not sure which
        if found is not None:
            return None
        found = int(v)
    return found


def bare_count(sent: Sentence, a: int, b: int, own: frozenset[str]) -> int | None:
    """A piece that is only a count ("2032 x2", "x3", "3 please", "2 ju lutem"): the count of the
    product named just before it ("please" and a model number of the product's name aside).
    """
    if a not in sent.breaks:
        return None  # "sie ist 5", "golf 6": a number inside a segment about something else
    polite = {k for s, e in sent.spans("polite") for k in range(s, e)}
    found: int | None = None
    for k in range(a, b):
        t = sent.toks[k].text
        if k in polite or t.isdigit() and t in own:
            continue  # "please", the model number of the product's own name
        if t == "x" and k + 1 < b and sent.toks[k + 1].text.isdigit():
            continue
        if t == "x" and k > a and sent.toks[k - 1].end == sent.toks[k].start:
            continue  # "2x", "3x": the count written before its "x"
        v = number_value(t)
        if (
            found is not None
            or v is None
            or not 1 <= v <= 20
            or v != int(v)
            or (t[:1].isdigit() and glued(sent, k) and sent.toks[k - 1].text != "x")
            or not_a_count(sent, k)
            or measure_at(sent.toks, k) is not None
        ):
            return None
        found = int(v)
    return found


_AND = word_set("conjunctions") | {"e"}


def measure_right_after(sent: Sentence, end: int, k: int) -> bool:
    """ "olio di rosa 30 ml e crema": the measure right after a product name is that product's."""
    if any(sent.toks[j].text not in STOPWORDS for j in range(end, k)):
        return False
    if any(sent.toks[j].text in _AND for j in range(end, k)):
        return False  # "noci e un chilo di fichi": after "and" the measure is the next one's
    if any(j in sent.breaks for j in range(end, k + 1)):
        return False
    return any(m.start == 0 for m in find_measures(sent.toks[k : k + 3]))


def segment_quantity(sent: Sentence, a: int, b: int, used: set[int]) -> int | None:
    """The count written in a short segment ("nje nr 30" -> 1, "zwei Flaschen" -> 2)."""
    for k in range(a, b):
        if k in used:
            continue
        v = number_value(sent.toks[k].text)
        if (
            sent.toks[k].text in lexicon().weak_numbers
            and k + 1 < b
            and number_value(sent.toks[k + 1].text) is not None
        ):
            continue  # "a couple", "a dozen": the article is not the count
        if (
            v is not None
            and 1 <= v <= MAX_QTY
            and not (sent.toks[k].text[:1].isdigit() and len(sent.toks[k].text) > 3)
        ):
            m = measure_at(sent.toks, k)
            if m is not None and used.isdisjoint(range(m.start, m.end)) or not_a_count(sent, k):
                # "2 kg": a measure, not a count ("nje M" is a count and a size, and so is
                # "4 L" when the variant read the L as a size)
                continue
            return int(v)
    return None


def _trailing_count(sent: Sentence, k: int, stop: int) -> bool:
    """ "numero 12 tre confezioni", "nr 10 dy": a count word after a size number that counts
    it: its noun follows, or it closes the segment."""
    if k + 1 >= stop or k + 1 in sent.breaks:
        return True
    nxt = sent.toks[k + 1].text
    return nxt in CONTAINERS or nxt in PAIR_WORDS or lexicon().concept(nxt) == "piece"


def _counted_units(sent: Sentence, start: int, k: int) -> bool:
    """Only words for pieces, pairs or packs ("palë", "copë", "pako") lie between a count and
    ``k``: what comes at ``k`` says which of them, it is not another count."""
    j = k - 1
    while j > start and _unit_word(sent.toks[j].text):
        j -= 1
    return (
        j < k - 1
        and number_value(sent.toks[j].text) is not None
        and not any(b in sent.breaks for b in range(j + 1, k + 1))  # "dy cope, nje S nje M"
    )


def counts_only(sent: Sentence, s: int, e: int) -> bool:
    """The "only" word at toks[s:e] restricts a count, not the goods: a number right after it
    ("vetem 3", "nur einen") or after "for" ("vetëm për 4"), or a count (with its unit: "un
    metro solo", "dy cope vetem", "one metre only") right before it."""
    toks = sent.toks
    if e < len(toks) and number_value(toks[e].text) is not None:
        return True
    if e + 1 < len(toks) and toks[e].text in _FOR and number_value(toks[e + 1].text) is not None:
        return True  # "Transport vetëm për 4", "only for 4": how many it is for
    j = s - 1
    if j >= 1 and (_unit_word(toks[j].text) or unit_of(toks[j].text) is not None):
        j -= 1  # "un metro solo": the unit between the count and "solo"
    return (
        j >= 0
        and not any(b in sent.breaks for b in range(j + 1, s + 1))
        and number_value(toks[j].text) is not None
        and not glued(sent, j)
    )


def _unit_word(t: str) -> bool:
    return t in PAIR_WORDS or t in CONTAINERS or lexicon().concept(t) == "piece"


def _measure_half(sent: Sentence, start: int, k: int) -> bool:
    """The half word at ``k`` completes a number or unit: "1 e gjysme", "nje kile e gjysme",
    "two and a half", "zwei und ein halb" (not "..., e gjysmat me cokollate")."""
    j = k - 1
    if j > start and sent.toks[j].text in HALF_ARTICLES:
        j -= 1
    if j <= start or sent.toks[j].text not in HALF_JOINS:
        return False
    before = sent.toks[j - 1].text
    return number_value(before) is not None or unit_of(before) is not None


def split_at_numbers(
    sent: Sentence, start: int, stop: int, specs: Sequence[VariantSpec] = ()
) -> list[tuple[int, int]]:
    """A window cut before each count ("nje S nje M" -> "nje S", "nje M"), not inside a model
    the variants name ("iphone 14", "Samsung A54")."""
    models = {(sp.keys[j], sp.keys[j + 1]) for sp in specs for j in range(len(sp.keys) - 1)}
    # "D 10mm", "C 12mm": a letter and the number after it in a variant name one variant ("D 10
    # edhe D 12": two pieces, each cut before its letter)
    coded = {
        (key_of(a.text), b.text)
        for sp in specs
        for a, b in pairwise(tokenize(sp.text))
        if b.text.isdigit() and len(a.text) == 1 and a.text.isalpha()
    }
    models |= coded
    cuts = [
        k
        for k in range(start + 1, stop)
        if number_value(sent.toks[k].text) is not None
        and not glued(sent, k)
        and sent.toks[k - 1].text not in SIZE_KEYWORDS
        # "2 nga 10 kile", "two of 5 kg": the size after a count and "of" is that count's
        and not (
            k >= start + 2
            and sent.toks[k - 1].text in COUNT_LINKS
            and number_value(sent.toks[k - 2].text) is not None
        )
        # "nje 43 nje 42": a count word after a size number starts the next piece, unless
        # it counts that size ("nr 12 tre pako", "nr 10 dy" closing the segment)
        and (
            number_value(sent.toks[k - 1].text) is None
            or sent.toks[k].text.isalpha()
            and sent.toks[k - 1].text[:1].isdigit()
            and not _trailing_count(sent, k, stop)
            or k in sent.breaks  # "boni 6: 3 te medhenj": the total, then its first part
        )
        and (key_of(sent.toks[k - 1].text), sent.toks[k].text) not in models
        # "2 t'3shit", "dy te 40-tat": a count, the article, then the size it counts
        and not count_of_ordinal(sent, start, k)
        # "1 pale 42", "2 copë 500": the size of the pieces just counted, not another count
        and not _counted_units(sent, start, k)
        # "28 cm dy", "te bardhe dy": a count word closing the segment counts what it follows
        and not (sent.toks[k].text.isalpha() and (k + 1 >= stop or k + 1 in sent.breaks))
        # "medium 3 pako, soft 2 pako": a count with its packs closing the segment counts
        # what it follows
        and not (
            k + 1 < stop
            and _unit_word(sent.toks[k + 1].text)
            and (k + 2 >= stop or k + 2 in sent.breaks)
        )
    ]
    # "numero 12 tre confezioni e numero 10 due": a size word with its number, after words that
    # are no count, starts the next piece
    cuts = sorted(
        set(cuts)
        | {
            k
            for k in range(start + 2, stop - 1)
            if (
                sent.toks[k].text in SIZE_KEYWORDS
                or (key_of(sent.toks[k].text), sent.toks[k + 1].text) in coded
            )
            and sent.toks[k + 1].text.isdigit()
            and number_value(sent.toks[k - 1].text) is None
            and any(number_value(t.text) is not None for t in sent.toks[start:k])
            # "3 pale nr 43": the pairs just counted are of that size
            and not _counted_units(sent, start, k)
        }
    )
    halves = [k for k in range(start, stop) if sent.toks[k].text in lexicon().half_words]
    if len(halves) >= 2:
        # "gjysat me boronica gjysat me cokollate", "half plain half sesame", "metà X metà Y":
        # a word for half said again starts the next piece ("1 e gjysme" is a measure's half)
        cuts = sorted(set(cuts) | {k for k in halves[1:] if not _measure_half(sent, start, k)})
    if cuts:
        # "2 nga 1 m e 50": a number inside a measure of several words is no count
        inside = {
            start + m.start + d
            for m in find_measures(sent.toks[start:stop])
            for d in range(1, m.end - m.start)
        }
        cuts = [c for c in cuts if c not in inside]
    if not cuts:
        return [(start, stop)]
    out, prev = [], start
    for c in cuts:
        out.append((prev, c))
        prev = c
    out.append((prev, stop))
    return out


def count_of_ordinal(sent: Sentence, start: int, k: int) -> bool:
    """ "qoni 2 t'3shit", "dy te 40-tat": a number with an Albanian ordinal ending after a count
    (digits or words) and its article is the size that count is of, not a piece of its own."""
    return k >= start + 2 and counts_ordinal(sent.toks, k, is_number)


def measure_quantity(
    entry: ProductEntry, sent: Sentence, lo: int, hi: int, prefer: int | None = None
) -> tuple[int | None, int | None, set[int]]:
    """ "due chili" of a product sold in 1 kg, "10 kg zhavorr i zi" of one sold in 1 kg and 5 kg
    bags, "1.5 kg" of one sold in 500 g: a weight or volume that is no variant but a whole
    number (2 to 20) of a variant's is that many of it: (variant, quantity, tokens used). The
    variant whose other words were said wins, then ``prefer`` (the item's current variant), then
    the biggest."""
    measures = find_measures(sent.toks[lo:hi])
    if any(same_measure(sp.measure, m.key) for m in measures for sp in entry.specs):
        return None, None, set()  # "2 kg di carne ... la salsiccia, mezzo chilo": 500 g said
    spans = {k + lo for m in measures for k in range(m.start, m.end)}
    for m in measures:
        if m.unit not in ("g", "ml"):
            continue
        fits: list[tuple[int, int]] = []
        for vi, spec in enumerate(entry.specs):
            unit, _s, amount = (spec.measure or "").partition(":")
            size = float(amount) if unit == m.unit else 0.0
            n = m.amount / size if size > 0 else 0.0
            if 2 <= round(n) <= 20 and abs(n - round(n)) < 1e-6:
                fits.append((vi, round(n)))
        if not fits:
            continue
        used = set(range(m.start + lo, m.end + lo))
        said = {
            vi
            for vi, _n in fits
            if match_variant([entry.specs[vi]], sent.toks, lo, hi, skip=spans) is not None
        }
        best = min(fits, key=lambda f: (f[0] not in said, f[0] != prefer, f[1]))
        return best[0], best[1], used
    return None, None, set()


def size_not_count(entry: ProductEntry, qty: int | None, bare: bool = False) -> list[int]:
    """ "cizmet 45 m'i bej", "po ate, 52", "50 qebapa" (for "50 copë"), "a dozen eggs" (for "12
    copë"): a number over 20 that is the number of some of the product's variants, or the
    pieces of a variant sold as so many pieces, is that variant, not a count: those variants."""
    if qty is None or qty < 2:
        return []
    return [
        vi
        for vi, sp in enumerate(entry.specs)
        if str(qty) in (sp.number, *sp.keys)
        and (qty > 20 or "#piece" in sp.keys)
        # "ok 65 atëherë" for "65 L": the number a measure variant is written with, said
        # alone (``bare``), not with the goods ("30 kavanoza" of a cream in 30 ml are 30 jars)
        or bare
        and qty > 20
        and sp.measure is not None
        and _LEADING_NUMBER.findall(sp.text)[:1] == [str(qty)]
    ]


def name_number(index: CatalogIndex, product: int, qty: int | None) -> int | None:
    """ "ok 300" of "Internet Fibër 300 Mbps" beside "… 50 Mbps", "po marr 35" of "Bombol gazi
    35 kg" beside "… 10 kg": a bare number over 20 that the name of the product, or of exactly
    one product whose name starts with the same word, is written with names that product, not
    a count of it (like ``size_not_count`` for a variant): that product."""
    if qty is None or qty <= 20:
        return None
    head = index.products[product].phrases[0][:1]
    kin = [
        p.index
        for p in index.products
        if p.phrases[0][:1] == head and str(qty) in _name_numbers(p.name)
    ]
    return kin[0] if len(kin) == 1 else None


@lru_cache(maxsize=4096)
def _name_numbers(name: str) -> frozenset[str]:
    """The numbers a product's name is written with, alone or as a measure's ("300", "35 kg")."""
    toks = tokenize(fold(name))
    return frozenset(t.text for t in toks if t.text.isdigit()) | frozenset(
        f"{m.number:g}" for m in find_measures(toks)
    )


_LEADING_NUMBER = re.compile(r"\d+")
# "ato me 5 copë", "una confezione da 6", "a pack with 10": the words before a pack's number
_PACK_NUMBER_LINKS = COUNT_LINKS | word_set("with_words")


def pack_variant(entry: ProductEntry, sent: Sentence, lo: int, hi: int) -> VariantHit | None:
    """ "peceta, ato me 5 copë" or "una confezione da 6" of a product sold in packs of several
    sizes ("pako 5" / "pako 10"): a number in ``lo:hi`` after "with / of / da" or before a
    piece word that is the number of exactly one pack variant names it; it counts nothing."""
    packs = [
        (vi, [k for k in sp.keys if k.isdigit()])
        for vi, sp in enumerate(entry.specs)
        if any(k in _CONTAINER_KEYS for k in sp.keys)
    ]
    if len(packs) < 2 or any(len(n) != 1 for _vi, n in packs):
        return None
    toks = sent.toks
    for i in range(max(lo, 1), min(hi, len(toks))):
        t = toks[i].text
        if not t.isdigit() or glued(sent, i):
            continue
        piece = i + 1 < len(toks) and _pieces(toks[i + 1].text)
        if toks[i - 1].text in _PACK_NUMBER_LINKS or piece:
            fits = [vi for vi, n in packs if n[0] == t]
            if len(fits) == 1:
                return VariantHit(fits[0], 5.0, i, i + 1)
    return None


# the units a product's name can say it is sold by: the metre, the litre, the kilo
_SALE_UNITS = frozenset([("cm", 100.0), ("ml", 1000.0), ("g", 1000.0)])
# "për litër", "per kg", "al litro", "pro Liter", "by the kilo", "a kilo"
_PER_WORDS = word_set("per_words")


@lru_cache(maxsize=4096)
def sold_by_unit(name: str) -> tuple[str, float] | None:
    """ "Shirit LED 5050 (metri)", "Kabllo 3x1.5 (me metër)", "Stoffa al metro", "Vaj motori
    (për litër)", "Arra (për kg)": the unit a name says the product is sold by (a metre, litre
    or kilo word that is no measure of the name: "5m", "1 L" are; the litre or kilo word only in
    brackets or after "për / per / pro / al": "Litar" is a rope)."""
    text = fold(name)
    toks = tokenize(text)
    for k, t in enumerate(toks):
        unit = unit_of(t.text)
        if unit not in _SALE_UNITS:
            continue
        if unit[0] != "cm" and not (
            k and (toks[k - 1].text in _PER_WORDS or "(" in text[toks[k - 1].end : t.start])
        ):
            continue  # a litre or kilo word is read only as "(për litër)", "(kg)", "al chilo"
        if (
            k == 0
            or number_value(toks[k - 1].text) is None
            or "(" in text[toks[k - 1].end : t.start]  # "5050 (metri)"
        ):
            return (unit[0], float(unit[1]))
    return None


def sold_by_length(name: str) -> bool:
    """A name saying the product is sold by the metre (see ``sold_by_unit``)."""
    return sold_by_unit(name) == ("cm", 100.0)


def priced_by_length(toks: Sequence[Token]) -> bool:
    """ "600 lekë metri", "80 Lek pro Meter", "al metro", "sa metra ju duhen?": a metre word that
    is no length (no number before it; a lone "M" is a size)."""
    return any(
        len(t.text) > 1
        and unit_of(t.text) == ("cm", 100.0)
        and (k == 0 or number_value(toks[k - 1].text) is None)
        for k, t in enumerate(toks)
    )


_AREA_WORDS = word_set("area_units")
_AREA_PHRASES = frozenset(tuple(p.split()) for p in load("words.json")["area_phrases"])
_VOLUME_WORDS = word_set("volume_units")
_VOLUME_PHRASES = frozenset(tuple(p.split()) for p in load("words.json")["volume_phrases"])


def _area_at(toks: Sequence[Token], k: int, volume: bool = False) -> int:
    """How many tokens an area unit takes from toks[k] ("m 2" of "m2"/"m²", "metra katror",
    "katrora", "square metres", "metri quadri", "Quadratmeter"), or 0. With ``volume``, a
    cubic-metre unit instead ("m 3" of "m³", "kubik", "metra kub", "cubic metres", "metri
    cubi", "Kubikmeter")."""
    if k >= len(toks):
        return 0
    if toks[k].text in (_VOLUME_WORDS if volume else _AREA_WORDS):
        return 1
    phrases = _VOLUME_PHRASES if volume else _AREA_PHRASES
    for n in (3, 2):
        if tuple(t.text for t in toks[k : k + n]) in phrases:
            return n
    return 0


def area_unit_at(toks: Sequence[Token], k: int) -> bool:
    """A square-metre unit starts at ``toks[k]`` ("m²", "m2", "katror", "square metres")."""
    return bool(_area_at(toks, k))


@lru_cache(maxsize=4096)
def sold_by_area(name: str, volume: bool = False) -> bool:
    """ "Pllakë granit (për m2)", "Parkett (m²)", "prezzo al mq": a name saying the product is
    priced by the square metre (an area unit with no number before it: "kuti 1.44 m2" is the
    box's size). With ``volume``, by the cubic metre ("Rërë (m³)", "Kies pro Kubikmeter")."""
    text = fold(name)
    toks = tokenize(text)
    return any(
        _area_at(toks, k, volume)
        and (
            k == 0
            or number_value(toks[k - 1].text) is None
            or "(" in text[toks[k - 1].end : toks[k].start]  # "33x33 (m²)"
        )
        and not _shape_choice(text, toks, k)
        for k in range(len(toks))
    )


def _shape_choice(text: str, toks: Sequence[Token], k: int) -> bool:
    """ "Profil kuti (katror/drejtkëndor)": an area word joined by "/" to a word that is no
    unit is one of the shapes the product comes in ("katror" is square), not the square metre
    it is priced by."""
    sides = [
        j
        for j in (k - 1, k + 1)
        if 0 <= j < len(toks) and "/" in text[toks[min(j, k)].end : toks[max(j, k)].start]
    ]
    return any(unit_of(toks[j].text) is None and not _area_at(toks, j) for j in sides)


def area_count(
    toks: Sequence[Token], lo: int, hi: int, strict: bool = False, volume: bool = False
) -> int | None:
    """ "35 katrora", "24 metra katror", "24 m2", "12 metra", "20 square metres": the square
    metres of a product sold by the square metre are its count (a bare "metres" too, unless
    ``strict``: its variants are lengths, a thickness). With ``volume``, the cubic metres of a
    product sold by the cubic metre ("2 kubik", "3 m³", "two cubic metres")."""
    for k in range(max(0, lo), min(hi, len(toks)) - 1):
        v = number_value(toks[k].text)
        if v is None or not 1 <= v <= MAX_QTY or v != int(v):
            continue
        nxt = toks[k + 1].text
        if _area_at(toks, k + 1, volume) or (
            not strict
            and not volume
            and len(nxt) > 1
            and unit_of(nxt) == ("cm", 100.0)
            and not _second_side(toks, k)  # "4 me 5 metra": a room's sides, not its area
        ):
            return int(v)
    return None


def area_amounts(toks: Sequence[Token]) -> list[int]:
    """Every whole number of square metres said in ``toks`` ("1,95 m², llogarisim 2 m²": 2)."""
    out: list[int] = []
    for k in range(len(toks) - 1):
        v = number_value(toks[k].text)
        if v is not None and 1 <= v <= MAX_QTY and v == int(v) and _area_at(toks, k + 1):
            out.append(int(v))
    return out


# "2.5 mm²", "4mm2": a cable's cross-section, an area, though its unit reads as millimetres
_CROSS_SECTION = re.compile(r"mm\s*(?:²|2\b)", re.IGNORECASE)


def _length_variants(entry: ProductEntry) -> bool:
    """Some variant of the product is a length ("1.5 m", "30 cm"), not a cross-section."""
    return any(
        (sp.measure or "").startswith(("cm:", "mm:")) and not _CROSS_SECTION.search(v)
        for sp, v in zip(entry.specs, entry.variants, strict=False)
    )


def length_count(
    entry: ProductEntry, toks: Sequence[Token], lo: int, hi: int, by_length: bool = False
) -> int | None:
    """ "nja 4 metra, te bardhe" of a LED strip sold by the metre whose variants are no lengths:
    the metres are the count. ``by_length``: the merchant priced it by the metre ("80 lekë
    metri", "1 € pro Meter"), so metres that are none of its variants (an elastic "2 cm" wide)
    count it too. Of a product sold by the square metre, the square metres count it."""
    lengths = _length_variants(entry)
    if sold_by_area(entry.name):
        # "120 m2" of an insulation board sold by the square metre in 3 cm / 5 cm thicknesses:
        # only a true area unit counts it then ("5 cm" is its thickness)
        area = area_count(toks, lo, hi, strict=lengths)
        if area is not None or not lengths:
            return area
    if sold_by_area(entry.name, volume=True):
        cubic = area_count(toks, lo, hi, volume=True)  # "2 kubik rërë" of sand sold by the m³
        if cubic is not None:
            return cubic
    # "30 metra" of a rope sold by the metre in 10 mm / 12 mm, "5 litra" of an oil sold by the
    # litre: the amount in the unit the name sells by is the count, unless it is a variant
    unit = ("cm", 100.0) if by_length else sold_by_unit(entry.name)
    if unit is None:
        return None
    for m in find_measures(toks[lo:hi]):
        n = m.amount / unit[1] if m.unit == unit[0] else 0.0
        if not (1 <= n <= MAX_QTY and n == int(n)):
            continue
        j = lo + m.end
        if j < len(toks) and toks[j].text in _OF_ARTICLES:
            j += 1
        if j < len(toks) and toks[j].text in _DIMENSION_WORDS:
            continue  # "tavolinen 2 metra te gjate", "3 metres wide": a size, not metres wanted
        if any(same_measure(sp.measure, m.key) for sp in entry.specs):
            return None  # "the 1 m one": a variant, not a count
        return int(n)
    return None


@lru_cache(maxsize=4096)
def name_measures(name: str) -> frozenset[str]:
    """The measures a product's name states ("Kabllo FG7 rrotull 100 m", "Çimento (thes 25
    kg)"): the size of the piece, roll or sack it is sold as."""
    return frozenset(m.key for m in find_measures(tokenize(fold(name))))


_DIMENSION_WORDS = word_set("dimension_words")
_CONTAINER_KEYS = frozenset(key_of(w) for w in CONTAINERS)
_EACH_BEFORE = frozenset(["nga", "je", "jeweils"])
_EACH_AFTER = frozenset(
    ["each", "secili", "secila", "secilit", "secilen", "ciascuno", "ciascuna", "ognuno", "ognuna"]
)
EACH_AFTER = _EACH_AFTER  # "4 secila", "3 each": read by items._each_note_at
# Macedonian "od sekoj po eden", "po dva od sekoja": "po" before the count is "each"
# only beside these words (Albanian "po" is "yes")
_EACH_SLAVIC = frozenset(["sekoj", "sekoja", "sekoe", "sekoi"])


def distributive_count(sent: Sentence, in_both: bool = False) -> int | None:
    """The count of each item: "nga dy", "2 nga secila", "two of each", "je zwei" (with
    ``in_both``, also inside a "both / one of each" phrase)."""
    toks = sent.toks
    for k, t in enumerate(toks):
        v = number_value(t.text)
        if v is None or not 1 <= v <= MAX_QTY or glued(sent, k):
            continue
        if not_a_count(sent, k) and not (
            in_both and any(a <= k < b for a, b in sent.intents.get("both", ()))
        ):
            continue
        before = toks[k - 1].text if k else ""
        after = [x.text for x in toks[k + 1 : k + 3]]
        if before in _EACH_BEFORE and measure_at(toks, k) is None:
            if after[:1] and number_value(after[0]) is not None:
                continue  # "nga 2 5"
            if len(after) == 2 and after[0] in _RANGE_TO and number_value(after[1]) is not None:
                continue  # "nga 2 deri 5": a range
            if any(key_of(x.text) in _CONTAINER_KEYS for x in toks[max(0, k - 5) : k - 1]):
                continue  # "2 pako nga 20", "3 pako peceta nga 10": packs of 20, not 20 of each
            if v > 20 and not (after and (_pieces(after[0]) or after[0] in _EACH_AFTER)):
                continue  # "tri te vogla, nga 250": the size of each, not 250 of each
            if (
                k >= 2
                and number_value(toks[k - 2].text) is not None
                and k - 1 not in sent.breaks
                and not glued(sent, k - 2)
            ):
                continue  # "2 nga dhjete": two of the ten, not ten of each ("30x40, nga dy" is)
            return int(v)
        if after[:1] and after[0] in _EACH_AFTER:
            return int(v)
        if before == "po" and any(x.text in _EACH_SLAVIC for x in toks):
            return int(v)  # "od sekoj po eden"
        if after[:2] in (["of", "each"], ["nga", "secila"], ["nga", "secili"], ["per", "tipo"]):
            return int(v)
    return None


BULK_PACKS = word_set("bulk_packs")
_CURRENCY = word_set("currency")
_PACK_OF = word_set("pack_of")
_PACK_PER = word_set("pack_per")
_PACK_HAS = word_set("pack_has")


def _pieces(word: str) -> bool:
    return lexicon().concept(word) == "piece"


def restated_count(sent: Sentence) -> int | None:
    """A short sentence that only states a count of pieces or packs and maybe its price ("2 sete
    = 8400", "3 copë.", "2 pieces, 12 euro"): that count."""
    toks = sent.toks
    if sent.question or not 2 <= len(toks) <= 5:
        return None
    v = number_value(toks[0].text)
    if v is None or not 1 <= v <= 20 or v != int(v):
        return None
    if not (_pieces(toks[1].text) or toks[1].text in CONTAINERS):
        return None
    rest = toks[2:]
    if not all(number_value(t.text) is not None or t.text in _CURRENCY for t in rest):
        return None
    return int(v)


@per_sentence  # pure: asked by the customer's reader and the restatement's for one sentence
def pack_size(sent: Sentence) -> int | None:
    """How many pieces a carton holds, as the conversation states it: "koli me 12 copë",
    "Koli 12 copë", "a carton of 12", "Karton mit 12 Stück", "12 copë në koli", "12 pezzi per
    cartone"."""
    toks = sent.toks
    if BULK_PACKS.isdisjoint(sent.texts):
        return None  # the loop below reads only from a carton word on
    n = len(toks)
    for k, t in enumerate(toks):
        if t.text not in BULK_PACKS:
            continue
        j = k + 1
        has = j < n and toks[j].text in _PACK_HAS  # "paleta ka 60 copë", "a pallet has 48 pcs"
        if j < n and (toks[j].text in _PACK_OF or has):
            j += 1
        v = number_value(toks[j].text) if j < n and toks[j].text[:1].isdigit() else None
        if v is not None and 2 <= v <= 200 and v == int(v):
            after = toks[j + 1].text if j + 1 < n else ""
            # after "has" only pieces: "një karton ka 10 kuti" counts boxes, not pieces
            if _pieces(after) or j > k + 1 and not has and unit_of(after) is None:
                return int(v)
        # "12 copë në koli", "12 pieces per carton"
        b = k - 1
        if b >= 0 and toks[b].text in _PACK_PER:
            b -= 1
        if b >= 1 and _pieces(toks[b].text):
            w = number_value(toks[b - 1].text) if toks[b - 1].text[:1].isdigit() else None
            if w is not None and 2 <= w <= 200 and w == int(w):
                return int(w)
    return None


def pack_counts(sent: Sentence) -> set[int]:
    """The counts said in cartons in this sentence ("2 koli", "nje koli", "zwei Kartons")."""
    toks = sent.toks
    out: set[int] = set()
    if BULK_PACKS.isdisjoint(sent.texts):
        return out  # the loop below reads only before a carton word
    for k in range(len(toks) - 1):
        if toks[k + 1].text in BULK_PACKS:
            v = number_value(toks[k].text)
            if v is not None and 1 <= v <= MAX_QTY and v == int(v):
                out.add(int(v))
    return out


def enough_count(sent: Sentence) -> tuple[int, int] | None:
    """(count, token index) of "nje mjafton", "dy mjaftojne", "two are enough", "one will do",
    "ne basta una", "due bastano", "eine reicht": the count said to be enough, which replaces the
    one said before (a weak number such as "nje / one / una / eine" counts here)."""
    toks = sent.toks
    for s, e in sent.intents.get("enough", ()):
        near = [s - 1, e]
        if s >= 2 and toks[s - 1].text in (
            *("is", "are", "jane", "jan", "osht", "asht", "eshte"),
            *("po", "just", "only", "solo", "nur"),  # "veq nji po mjafton", "one only will do"
        ):
            near.insert(0, s - 2)
        for k in near:
            if not 0 <= k < len(toks) or glued(sent, k) or not_a_count(sent, k):
                continue
            v = number_value(toks[k].text)
            if v is not None and 1 <= v <= MAX_QTY and measure_at(toks, k) is None:
                return int(v), k
    return None


@lru_cache(maxsize=4096)
def pack_of(name: str) -> tuple[int, str] | None:
    """The pieces in one pack of a product sold in packs, as its name says, and the pack word
    ("Ftesa (pako 50 copë)": 50, "pako"; "Favours, pack of 25"; "Arkë 6 shishe": 6 and no
    pack word, "shishe" is what it holds): None when the name says none ("Briketa pako 10 kg"
    is a weight, "Rrjetë panel 2x5 m" a size)."""
    toks = tokenize(fold(name))
    for k, t in enumerate(toks):
        if t.text not in CONTAINERS or t.text in PAIR_WORDS:
            continue
        for j in (k + 1, k + 2, k - 1):
            if 0 <= j < len(toks) and toks[j].text.isdigit() and 2 <= int(toks[j].text) <= 1000:
                if j + 1 < len(toks) and unit_of(toks[j + 1].text) is not None:
                    break
                if _dimension_x(toks, j + 1) or _dimension_x(toks, j - 1):
                    break  # "panel 2x5 m", "kuti 30x40": one side of a size, not pieces
                return int(toks[j].text), t.text if j > k else ""
    return None


def pieces_per_pack(name: str) -> int | None:
    """The pieces in one pack of a product sold in packs, as its name says (``pack_of``)."""
    found = pack_of(name)
    return found[0] if found else None


def model_codes(variants: Sequence[str]) -> frozenset[tuple[str, str]]:
    """The word and number pairs of a product's variant names ("TO 82 i artë": ("to", "82")):
    a model code, whose number counts nothing."""
    return frozenset(
        (a.text, b.text)
        for v in variants
        for a, b in pairwise(tokenize(fold(v)))
        if b.text.isdigit() and a.text.isalpha()
    )


def packs_stated(
    sent: Sentence,
    codes: frozenset[tuple[str, str]] = frozenset(),
    contents: frozenset[str] = frozenset(),
) -> int | None:
    """The one count of two or more packs a statement says ("janë 2 pako", "so 4 packs", "3
    Packungen"): None when it says none or several ("12€ a box" is a price, not a count); the
    number of a model code ``codes`` holds ("TO 82, pako 50 copë") is none, nor is a count of
    the pieces the pack holds (keys ``contents``: "6 shishe" of "Arkë 6 shishe")."""
    if sent.question:
        return None
    toks = sent.toks
    found = {
        int(v)
        for k in range(len(toks) - 1)
        if toks[k + 1].text in CONTAINERS
        and toks[k + 1].text not in PAIR_WORDS
        and (v := number_value(toks[k].text)) is not None
        and 2 <= v <= MAX_QTY
        and v == int(v)
        and not glued(sent, k)
        and not (k and (toks[k - 1].text, toks[k].text) in codes)
        and not (contents and key_of(toks[k + 1].text) in contents)
    }
    return found.pop() if len(found) == 1 else None
