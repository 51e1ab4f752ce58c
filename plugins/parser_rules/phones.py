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

FALLBACK_REGIONS = (
    "XK",
    "AL",
    "MK",
    "IT",
    "DE",
    "CH",
    "AT",
    "GB",
    "US",
    "GR",
    "ME",
    "FR",
    "BE",
    "NL",
    "SE",
)
_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d \-./()]{5,20}\d(?![\w])")
_MAX_PER_TEXT = 20
_MOBILE = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


@dataclass(frozen=True)
class PhoneHit:
    e164: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=8192)
def to_e164(candidate: str, region: str) -> str | None:
    digits = re.sub(r"\D", "", candidate)
    if not 7 <= len(digits) <= 15:
        return None
    international = candidate.lstrip().startswith(("+", "00"))
    text = "+" + digits[2:] if candidate.lstrip().startswith("00") else candidate
    regions = (None,) if international else (region.upper(), *FALLBACK_REGIONS)
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
    return first_valid


def find_phones(text: str, region: str) -> list[PhoneHit]:
    """Valid phone numbers written in ``text``, with their character spans."""
    hits: list[PhoneHit] = []
    for m in _CANDIDATE.finditer(text):
        cand = m.group().strip(" -./")
        if cand.count("(") != cand.count(")"):
            cand = cand.replace("(", "").replace(")", "")
        if sum(c.isdigit() for c in cand) < 7:
            continue
        e164 = to_e164(cand, region or "AL")
        if e164 is None:
            # "044 555 666 / 049..." or a postcode glued to a number: try the longest valid prefix
            parts = cand.split()
            for k in range(len(parts) - 1, 0, -1):
                sub = " ".join(parts[:k])
                if sum(c.isdigit() for c in sub) >= 7:
                    e164 = to_e164(sub, region or "AL")
                    if e164:
                        cand = sub
                        break
        if e164:
            start = m.start() + m.group().find(cand[:3])
            hits.append(PhoneHit(e164, start, start + len(cand), cand))
        if len(hits) >= _MAX_PER_TEXT:
            break
    return hits
