"""The dashboard's languages: English and Albanian, chosen by the browser's Accept-Language.

Strings live in ``web/locales/<lang>.json`` (flat ``key → text``, ``{name}`` placeholders).
A missing key falls back to English, then to the key itself, so a gap shows up on the page
instead of breaking it; a test checks both catalogues hold the same keys.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

LOCALES = Path(__file__).parent / "locales"
SUPPORTED = ("en", "sq")
DEFAULT = "en"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """The strings of one language (read once per process)."""
    data = json.loads((LOCALES / f"{lang}.json").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items()}


def _weighted(header: str) -> list[tuple[float, int, str]]:
    """Accept-Language entries as (quality, position, primary tag)."""
    entries = []
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary and quality > 0:
            entries.append((quality, position, primary))
    return entries


def choose_language(header: str | None) -> str:
    """The best supported language the browser asks for: Albanian for ``sq``, else English."""
    for _, _, primary in sorted(_weighted(header or ""), key=lambda e: (-e[0], e[1])):
        if primary in SUPPORTED:
            return primary
    return DEFAULT


class Translator:
    """``t(key, **values)`` for templates and handlers, bound to one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in SUPPORTED else DEFAULT
        self._strings = catalogue(self.lang)
        self._fallback = catalogue(DEFAULT)

    def has(self, key: str) -> bool:
        return key in self._strings or key in self._fallback

    def __call__(self, key: str, default: str | None = None, **values: Any) -> str:
        text = self._strings.get(key) or self._fallback.get(key)
        if text is None:
            text = key if default is None else default
        return text.format(**values) if values else text
