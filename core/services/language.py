"""Which language a customer writes in (for the confirmation): Albanian, English, Italian or
German, from short, common words. Falls back to the shop's language."""

from __future__ import annotations

import re
import unicodedata

LANGUAGES = ("sq", "en", "it", "de")
_RAW = {
    "sq": """pershendetje pershendes dua du po jo faleminderit flm rruga rr sa kushton a e
        keni kemi me une ju per cope cop masa ngjyra adresa numri nr tel porosi porosis qyteti
        ne te nga dhe edhe mirembrema miremengjes tung si shume qysh ma bej kete ate ka nuk jam
        jemi""",
    "en": """hi hello thanks thank you please want would like i the a and to my is it for of
        how much order size color colour address phone number yes no can do have with this that
        deliver""",
    "it": """ciao buongiorno grazie vorrei voglio per favore il la lo di che e un una quanto
        costa taglia colore indirizzo numero si sono mio mia ordine consegna anche con questo
        questa""",
    "de": """hallo guten tag danke bitte ich möchte moechte will der die das und ein eine wie
        viel kostet grösse groesse farbe adresse nummer ja nein mein meine bestellung lieferung
        auch mit dieses diese nur statt""",
}
_WORDS = {lang: frozenset(_fold_raw.split()) for lang, _fold_raw in _RAW.items()}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def detect(texts: list[str], default: str = "sq") -> str:
    scores = dict.fromkeys(LANGUAGES, 0)
    for text in texts:
        for token in _TOKEN.findall(_fold(text)):
            for lang, words in _WORDS.items():
                if token in words:
                    scores[lang] += 1
    best = max(LANGUAGES, key=lambda lang: (scores[lang], lang == default))
    return best if scores[best] > 0 else default
