"""Phone numbers in every local and international form, as E.164 (``phonenumbers``).

A number written without a country code is read in the shop's country first, then in the
countries the customers write from (Kosovo, Albania, North Macedonia, Italy, Germany,
Switzerland, Austria, the UK, the US); the first region where it is a valid number wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import geocoder

from plugins.parser_rules.lexicon import lexicon
from plugins.parser_rules.normalize import fold, tokenize

FALLBACK_REGIONS = (
    "XK",
    "AL",
    "MK",
    "IT",
    "DE",
    "CH",
    # before Austria: a nine-digit "069 884 302" is a Montenegrin mobile (an Austrian mobile
    # written at home has more digits, "0664 123 4567", and still reads as Austrian)
    "ME",
    "AT",
    "GB",
    "US",
    "GR",
    "FR",
    "BE",
    "NL",
    "SE",
)
_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d(?:[\d \-/()]|\.(?=\d)){5,22}\d(?![\w])")
_MAX_PER_TEXT = 20
# "05.07.2026", "5/7/2026", "12-09-2025": a date (day, month, year) is no phone number
_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d")
# "1948 - 2025", "1950-2019": a span of years (a life, a model range) is no phone number
_YEARS = re.compile(r"((?:19|20)\d\d) ?[-/ ] ?((?:19|20)\d\d)")
_HOME_MOBILE = {"AL": "06", "XK": "04", "MK": "07"}
_MOBILE = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


@dataclass(frozen=True)
class PhoneHit:
    e164: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=4096)
def _parsed_e164(e164: str) -> phonenumbers.PhoneNumber | None:
    """``phonenumbers.parse(e164, None)``, or None when it does not parse: ``region_of`` and
    ``is_landline`` ask for the same number (the contact's best phone). The object is shared:
    its readers (``region_code_for_number``, ``is_valid_number``, ``number_type``) do not
    change it."""
    try:
        return phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None


@lru_cache(maxsize=4096)
def region_of(e164: str) -> str | None:
    """The ISO region of a number in E.164 form ("+4915…" -> "DE")."""
    num = _parsed_e164(e164)
    return None if num is None else phonenumbers.region_code_for_number(num)


def to_e164(candidate: str, region: str, hints: tuple[str, ...] = ()) -> str | None:
    """E.164 of a written number; ``hints`` are the regions the conversation names (read first)."""
    digits = re.sub(r"\D", "", candidate)
    if not 7 <= len(digits) <= 15:
        return None
    international = candidate.lstrip().startswith(("+", "00"))
    text = "+" + digits[2:] if candidate.lstrip().startswith("00") else candidate
    base = _default_reading(candidate, text, region, international)
    if not international and digits[0] != "0" and not _is_mobile(base):
        # "383 44 907 116", "49 176 4418 2093": a country code typed without its "+" or "00";
        # read so, the number is a mobile, which no national reading of the digits is
        dropped_plus = _valid_in("+" + digits, "ZZ")
        if _is_mobile(dropped_plus):
            return dropped_plus
    if international or not hints or _home_mobile(candidate, text, region):
        return base
    if _is_mobile(base):
        if _valid_in(text, region) == base:
            return base
        # "697 340 2281" from Athens: a mobile reading in a region the conversation names beats
        # one found in the fallback list
        for reg in hints:
            e164 = _valid_in(text, reg)
            if _is_mobile(e164):
                return e164
        return base
    # "044 760 11 22" in a conversation about Zürich: when no mobile reading was found, a valid
    # reading in a region the conversation names comes first
    for reg in hints:
        e164 = _valid_in(text, reg)
        if e164 is not None:
            return e164
    # "07700 900 431" from London: a well-formed number of a named region beats a landline
    # reading elsewhere (phonenumbers leaves some ranges, e.g. UK drama numbers, invalid)
    for reg in hints:
        try:
            num = phonenumbers.parse(text, reg)
        except phonenumbers.NumberParseException:
            continue
        meta = phonenumbers.PhoneMetadata.metadata_for_region(reg)
        trunk = meta.national_prefix if meta is not None else None
        if trunk == "0" and phonenumbers.is_possible_number(num) and _national_form(candidate, num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return base


def _home_mobile(candidate: str, text: str, region: str) -> bool:
    """A home-market mobile prefix with a mobile's length ("068 190 4455" in Albania)."""
    home = _HOME_MOBILE.get(region.upper())
    if not home or not re.sub(r"\D", "", candidate).startswith(home):
        return False
    return _home_reading(text, region.upper()) is not None


@lru_cache(maxsize=1024)
def _home_reading(text: str, region: str) -> str | None:
    """E.164 of ``text`` read in ``region`` when it parses with a mobile's length, else None:
    ``_default_reading`` and ``_home_mobile`` ask it for the same written number."""
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    # a mobile's length ("0 6 9 1 2 3 4" cut from a spaced-out number is none)
    if phonenumbers.is_possible_number_for_type(num, phonenumbers.PhoneNumberType.MOBILE):
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return None


@lru_cache(maxsize=4096)
def is_landline(e164: str) -> bool:
    """A valid fixed-line number ("+38942214555"): the home or office, not whom a courier calls."""
    num = _parsed_e164(e164)
    if num is None:
        return False
    return (
        phonenumbers.is_valid_number(num)
        and phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.FIXED_LINE
    )


@lru_cache(maxsize=4096)
def _is_mobile(e164: str | None) -> bool:
    if e164 is None:
        return False
    num = _parsed_e164(e164)
    if num is None:
        num = phonenumbers.parse(e164, None)  # raises, as it did
    return phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in _MOBILE


def _default_reading(candidate: str, text: str, region: str, international: bool) -> str | None:
    regions = (None,) if international else (region.upper(), *FALLBACK_REGIONS)
    home = _HOME_MOBILE.get(region.upper())
    if not international and home and re.sub(r"\D", "", candidate).startswith(home):
        # a home-market mobile prefix ("06x" in Albania) wins over a valid reading abroad
        found = _home_reading(text, region.upper())
        if found is not None:
            return found
    seen: set[str | None] = set()
    first_valid: str | None = None
    for reg in regions:
        if reg in seen:
            continue
        seen.add(reg)
        try:
            num = phonenumbers.parse(text, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            # customers give mobile numbers: a mobile reading in a later region beats a landline
            if phonenumbers.number_type(num) in _MOBILE:
                return e164
            first_valid = first_valid or e164
        elif international and first_valid is None and phonenumbers.is_possible_number(num):
            # "+44 7700 900123": a well-formed international number outside the known ranges
            first_valid = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return first_valid


def _valid_in(text: str, region: str) -> str | None:
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_valid_number(num):
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return None


def _national_form(candidate: str, num: phonenumbers.PhoneNumber) -> bool:
    """The written digits are the region's national form (trunk prefix and full length)."""
    digits = re.sub(r"\D", "", candidate)
    national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"\D", "", national) == digits and digits.startswith("0")


def _named_landline(written: str, region: str, text: str) -> str | None:
    """ "Zyra e Noterit …, Struga. 046 781 330": a number in local form that reads as a
    landline of the shop's country whose area (``phonenumbers``' geocoding: "Ohrid/Struga/
    Debar") the message names is that landline, not a mobile abroad."""
    if written.lstrip().startswith(("+", "00")):
        return None
    e164 = _valid_in(written, region.upper())
    if e164 is None or _is_mobile(e164):
        return None
    area = geocoder.description_for_number(phonenumbers.parse(e164), "en")
    toks = tokenize(text)
    for town in area.split("/"):
        # "Struga" names "Strugë", "Tirana" names "Tiranë": the name without its last letter
        stem = fold(town.strip())[:-1] if len(town.strip()) > 4 else fold(town.strip())
        if stem and any(
            t.text.startswith(stem)
            # "rr. Tirana nr 23": a street named for a town is no town said
            and not (k and toks[k - 1].text in lexicon().street_words)
            for k, t in enumerate(toks)
        ):
            return e164
    return None


def find_phones(text: str, region: str, hints: tuple[str, ...] = ()) -> list[PhoneHit]:
    """Valid phone numbers written in ``text``, with their character spans.

    A digit run may glue a house number or a postcode to the number ("Rr. Dibres 12 069 777
    8899"): the groups of the run are tried from the longest sub-run down, and a mobile reading
    that starts with a trunk or international prefix is preferred."""
    hits: list[PhoneHit] = []
    for m in _CANDIDATE.finditer(text[:20000]):
        cand = m.group()
        if _DATE.fullmatch(cand.strip()):
            continue
        years = _YEARS.search(cand)
        if (
            years is not None
            and years.group(1) <= years.group(2)
            and sum(c.isdigit() for c in cand[: years.start()] + cand[years.end() :]) < 7
        ):
            continue  # "Golf 4 1998-2004": no number of a phone's length beside the years
        groups = [
            (g.start() + m.start(), g.end() + m.start())
            for g in re.finditer(r"\+?[\d()]+(?:[-./][\d()]+)*", cand)
        ]
        best: tuple[int, PhoneHit] | None = None
        n = len(groups)
        for size in range(min(n, 10), 0, -1):  # "0 6 9 1 2 3 4 5 6 7": ten groups
            for a in range(0, n - size + 1):
                s0, e0 = groups[a][0], groups[a + size - 1][1]
                sub = text[s0:e0]
                digits = sum(c.isdigit() for c in sub)
                if digits < 7:
                    continue
                e164 = to_e164(sub, region or "AL", hints)
                if e164 is None:
                    continue
                rank = (
                    (2 if sub.lstrip("(").startswith(("+", "00", "0")) else 0)
                    + (1 if a == 0 else 0)
                    + size
                )
                if best is None or rank > best[0]:
                    best = (rank, PhoneHit(e164, s0, e0, sub))
            if best is not None:
                break
        if best is not None:
            hit = best[1]
            if region_of(hit.e164) != (region or "AL").upper():
                landline = _named_landline(hit.text, region or "AL", text)
                if landline is not None:
                    hit = PhoneHit(landline, hit.start, hit.end, hit.text)
            hits.append(hit)
        if len(hits) >= _MAX_PER_TEXT:
            break
    return hits
