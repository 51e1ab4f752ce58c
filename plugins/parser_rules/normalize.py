"""Text normalisation: length-preserving folding, tokens with spans, Albanian inflection folding.

Folding keeps one output character per input character, so a span found in the folded text is
the same span in the original text (evidence spans rely on this).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from plugins.parser_rules.memo import memoised_tokens

MAX_TEXT = 4000  # characters of one message that are read (hostile input is truncated)

_SPECIAL = {
    "ß": "ß",
    "ø": "o",
    "đ": "d",
    "ł": "l",
    "æ": "a",
    "œ": "o",
    "ı": "i",
    "’": "'",
    "`": "'",
}


# Cyrillic (Macedonian, Serbian, Russian) read letter for letter in the Latin spelling the
# lexicons use once folded ("тетратка" = "tetratka", "хемиско" = "hemisko", "Тетово" = "tetovo",
# "ул." = "ul."): one letter for one letter, as the Latin "č", "š", "ž" fold to c, s, z
_CYRILLIC = dict(
    zip(
        "абвгдѓеёжзѕийјклљмнњопрстќћуфхцчџшщыэюяђєії",
        "abvgdgeezzziijkllmnnoprstkcufhccxssyeuadeii",
        strict=True,
    )
)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    low = ch.lower()
    if low in _CYRILLIC:
        return _CYRILLIC[low]
    if len(low) != 1:
        low = ch
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if len(base) == 1:
        return base
    if unicodedata.category(ch).startswith("C"):
        return " "
    return low


def fold(text: str) -> str:
    """Lower-case and strip diacritics, one character for one character."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


def clean(text: str) -> str:
    """Bound the length and replace control characters by spaces (keeps length otherwise)."""
    text = text[:MAX_TEXT]
    if text.isprintable():
        return text
    return "".join(c if c in "\n\t" or c.isprintable() else " " for c in text)


class Token(NamedTuple):
    text: str  # folded
    raw: str  # as written
    start: int
    end: int


_new_token = tuple.__new__  # Token(...) without the Python-level NamedTuple.__new__ (hot)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]{2,}(?:'[^\W\d_]+)?|[^\W\d_]+|[€$£]")


# words whose accent is all that tells them from another word once folded: "dhè" / "dhé"
# (soil, earth) is not "dhe" (and); they read as the soil's definite form
_ACCENTED = {"dhè": "dheu", "dhé": "dheu"}
_UNACCENTED = {fold(k): v for k, v in _ACCENTED.items()}
_UNACCENTED_IN = re.compile("|".join(map(re.escape, _UNACCENTED)))  # one of them inside


# Italian articles and prepositions elided before a vowel ("all'alloro", "dell'olio",
# "nell'armadio", "un'amica"): the word after the apostrophe is a word of its own
_ELIDED = frozenset(["all", "dell", "nell", "sull", "dall", "coll", "quell", "un"])


def _split_elided(toks: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in toks:
        head, sep, rest = t.text.partition("'")
        if sep and head in _ELIDED and rest:
            cut = len(head) + 1
            out.append(Token(head, t.raw[: len(head)], t.start, t.start + len(head)))
            out.append(Token(rest, t.raw[cut:], t.start + cut, t.end))
        else:
            out.append(t)
    return out


def name_tokens(raw: str) -> list[Token]:
    """The tokens of a product name: a name does not start with "and", so a first "Dhe" is the
    soil ("Dhe universal për lule") as "dhè" is."""
    toks = tokenize(raw)
    if toks and toks[0].text in _UNACCENTED:
        toks[0] = toks[0]._replace(text=_UNACCENTED[toks[0].text])
    return toks


def _signed(folded: str, t: Token) -> Token:
    """ "perdor +2", "Monatslinsen -4": a whole number of one or two digits with a sign, after a
    space inside a line, is a signed value (a dioptre, a correction), read as "2.0" so that it
    meets a catalog's "+2.0" / "-4.00"; it still counts as 2 where a count is read. A bullet at
    the start of a line ("-2 kg"), a range ("1-2") and a phone ("+355") are left alone."""
    a = t.start
    if (
        a >= 2
        and folded[a - 1] in "+-"
        and folded[a - 2] in " \t"
        and t.text.isdigit()
        and len(t.text) <= 2
        and (t.end == len(folded) or not folded[t.end].isalnum())
    ):
        return t._replace(text=str(int(t.text)) + ".0")
    return t


def _merge_compounds(folded: str, raw: str, toks: list[Token]) -> list[Token]:
    """The words of one compound number ("njezet e pese", "twenty-five", "dvadeset pet") as one
    token: its text is the words joined by one space (a number word of the lexicon), its span
    the whole compound (compounds.py)."""
    from plugins.parser_rules.compounds import compounds, merge_span

    firsts = compounds().firsts
    if len(toks) < 2 or firsts.isdisjoint([t.text for t in toks]):
        return toks
    texts = [t.text for t in toks]
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    out: list[Token] = []
    i = 0
    while i < len(toks):
        k = merge_span(folded, texts, starts, ends, i)
        if k >= 2:
            s, e = starts[i], ends[i + k - 1]
            out.append(Token(" ".join(texts[i : i + k]), raw[s:e], s, e))
            i += k
        else:
            out.append(toks[i])
            i += 1
    return out


@memoised_tokens  # pure, and a message is tokenized in several places (memo.py)
def tokenize(raw: str) -> list[Token]:
    """Words and numbers; digits and letters are split ("2x" -> "2", "x"; "500g" -> "500", "g")."""
    folded = fold(raw)
    toks = []
    for m in _TOKEN.finditer(folded):
        s, e = m.span()
        toks.append(_new_token(Token, (m.group(), raw[s:e], s, e)))
    if "+" in folded or "-" in folded:
        toks = [_signed(folded, t) for t in toks]
    if "'" in folded:
        toks = _split_elided(toks)
    toks = _merge_compounds(folded, raw, toks)
    if _UNACCENTED_IN.search(folded):
        toks = [
            t._replace(text=_ACCENTED[t.raw.lower()])
            if t.text in _UNACCENTED and t.raw.lower() in _ACCENTED
            else t
            for t in toks
        ]
    return toks


# Albanian inflection endings (definite, accusative, genitive, plural), longest first; plus a few
# Italian/German/English plural endings. Applied once, keeping a stem of at least 3 letters.
# "-ash"/"-esh"/"-ësh" is the ablative plural of the indefinite ("kuti kartash", "gdhendje
# inicialesh", "goma katër stinësh", "këpucë femrash").
_SUFFIXES = (
    "ash",
    "esh",
    "ësh",
    # "alergjish", "baterish", "bizhuterish": the plural of a noun in -i after a noun ("Panel
    # alergjish", "Karikues baterish"), the root of "alergji", "bateria"
    "ish",
    "eve",
    "ave",
    "ete",
    "ret",
    "rit",
    "ave",
    "ëve",
    "in",
    "un",
    "en",
    "it",
    "ut",
    "es",
    "et",
    "at",
    "ve",
    "ja",
    "je",
    "ri",
    "ne",
    "te",
    "së",
    "ës",
    "n",
    "t",
    "s",
    "i",
    "a",
    "e",
    "u",
    "o",
)
# the endings grouped by length, longest first: a word ends in at most one ending of each
# length, so one slice and one set look-up per length find the longest ending it has
_SUFFIXES_BY_LENGTH = tuple(
    (n, frozenset(s for s in _SUFFIXES if len(s) == n))
    for n in sorted({len(s) for s in _SUFFIXES}, reverse=True)
)


@lru_cache(maxsize=65536)
def stem(word: str, floor: int | None = None) -> str:
    """Fold an inflected form to the root its other forms share: endings are stripped until none
    is left (fustan, fustani, fustanin -> fust; bluze, bluza, bluzen -> bluz; zeza, zezat -> zez).
    Roots keep 4 letters (3 for words of 4 letters), or ``floor``."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if floor is None:
        floor = 3 if len(word) <= 4 else 4
    w = word[:-3] + "f" if len(word) > 5 and word.endswith("ves") else word  # scarves -> scarf
    changed = True
    while changed:
        changed = False
        for n, endings in _SUFFIXES_BY_LENGTH:
            if len(w) - n >= floor and w[-n:] in endings:
                w = w[:-n]
                changed = True
                break
    return w


@lru_cache(maxsize=1)
def _load_words() -> dict[str, Any]:
    """data/words.json as written (lexicon.word_set is the reader everywhere else)."""
    with open(Path(__file__).parent / "data" / "words.json", encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


# words ending in a dot that end neither a sentence nor a part ("Rr.", "tel.", "Dott."): one
# table, words.json abbreviations, read here directly (the lexicon loader imports this module)
# and by places through word_set
_ABBREVIATIONS = frozenset(fold(w) for w in _load_words()["abbreviations"])


_SENTENCE_END = re.compile(r"[.!?\n]")


def sentences(raw: str) -> list[tuple[int, int]]:
    """Sentence spans of a message: split on . ! ? and line breaks, not on "rr." or "P. 15"."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(raw)
    for c in _SENTENCE_END.finditer(raw):  # nothing but these can end one
        i = c.start()
        ch = raw[i]
        cut = False
        if ch in "!?\n":
            cut = True
        elif ch == "." and (i + 1 >= n or raw[i + 1] in " \t"):
            k = i
            while k > start and (raw[k - 1].isalnum()):
                k -= 1
            word = raw[k:i]
            nxt = raw[i + 1 : i + 4].strip()
            after = raw[i + 1 :].lstrip()[:3]
            initial = (
                len(word) == 1
                and word.isalpha()
                and word.isupper()
                and not (after[:2].isalpha() and after[:1].isupper())
                # "ok atehere M. dhe a e keni ...": a size letter closing its sentence
                and not (word in "SML" and after[:2].isalpha() and after[:2].islower())
            )
            abbreviation = fold(word) in _ABBREVIATIONS or initial
            numbered = word.isdigit() and nxt[:1].isdigit()
            if word and not abbreviation and not numbered:
                cut = True
            elif not word and i > 0 and raw[i - 1] == ".":
                cut = True  # "..."
            elif not word and i > 0 and raw[i - 1] in "€$£%)\"'”":
                cut = True  # "19€. Pra ...", "(e bardhë). Totali"
        if cut:
            if raw[start : i + 1].strip():
                spans.append((start, i + 1))
            start = i + 1
    if raw[start:].strip():
        spans.append((start, n))
    return spans
