"""Check the general lexicons (products_general.json, concepts_general.json), and the class
descriptions of words.json and intents.json.

Standard library only. Run from anywhere:

    python plugins/parser_rules/data/check_lexicons.py

Errors (exit status 1):
- a file is not valid JSON, or not {"_doc": str, "<key>": [str, ...], ...};
- a form is not folded the way the parser folds text (lower case, ë→e, ç→c, no other
  diacritics; ß is allowed) or holds characters other than letters, digits, space, - ' .;
- a form is in two groups of one file, or twice in one group;
- a form is in a group of the existing products.json / concepts.json under another key
  (the same key is a merge, which is fine);
- a product form is also a concept form, or the other way round (existing or new files);
- a single-word form is a stop word, number word, pair word, negation, phone label, greeting
  or city name of the other data files (a container such as "kovë"/bucket may also be a
  product: after a count it counts the product named next, alone it names the product).

- a key is written twice in one JSON object (the last would silently win);
- in words.json or intents.json, `_doc` is not a string, a class has no `_doc_<class>`
  string right before it, or a `_doc_<class>` has no class (each class's description is its own
  line, so branches adding classes touch different lines).

Warnings (printed, not fatal): a single-word form that is a common given name.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent
NEW = {"products": DATA / "products_general.json", "concepts": DATA / "concepts_general.json"}
OLD = {"products": DATA / "products.json", "concepts": DATA / "concepts.json"}
# the files that describe each class in the "_doc_<class>" key right before it
DOCUMENTED = (DATA / "words.json", DATA / "intents.json")
DOC = "_doc_"
ALLOWED = re.compile(r"^[a-z0-9ß][a-z0-9ß '.\-]*$")
# Short words that mean something else in shopping chat (brief's examples and kin).
AMBIGUOUS = {
    "mire",
    "ma",
    "po",
    "te",
    "dy",
    "ne",
    "me",
    "pa",
    "per",
    "do",
    "si",
    "ka",
    "ja",
    "jo",
    "sa",
    "ku",
    "nje",
    "set",
    "case",
    "top",
    "one",
    "two",
    "ore",
    "ora",
    "fare",
    "uhr",
    "sale",
    "saw",
    "fan",
    "tie",
    "flat",
    "glasses",
    "phone",
    "body",
    "pasta",
    "kuti",
    "bar",
    "ton",
    "vogel",
    "dhe",
    "para",
    "shkalla",
    "banka",
}


def fold(text: str) -> str:
    """Fold as the parser does: lower case, ë→e, ç→c, other diacritics dropped, ß kept."""
    out = []
    for ch in text.lower():
        if ch == "ß":
            out.append(ch)
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


def read_object(path: Path, errors: list[str]) -> dict[str, object]:
    """The file's top-level JSON object ({} and an error if it is not one, and an error for a
    key written twice in one object: JSON keeps the last, so a new class named like an old one
    would silently replace it)."""

    def no_twice(pairs: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in pairs]
        for k in sorted({k for k in keys if keys.count(k) > 1}):
            errors.append(f"{path.name}: key {k!r} twice in one object (the last one wins)")
        return dict(pairs)

    try:
        raw = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=no_twice)
    except (OSError, json.JSONDecodeError) as exc:
        errors.append(f"{path.name}: cannot read JSON ({exc})")
        return {}
    if not isinstance(raw, dict):
        errors.append(f"{path.name}: top level is not an object")
        return {}
    return raw


def check_docs(name: str, raw: dict[str, object]) -> list[str]:
    """Errors of a documented file: its ``_doc`` header is a string, every class has a
    ``_doc_<class>`` string right before it, and every ``_doc_<class>`` has its class."""
    errors: list[str] = []
    if not isinstance(raw.get("_doc"), str):
        errors.append(f"{name}: _doc is not a string")
    keys = list(raw)
    for i, key in enumerate(keys):
        if key.startswith(DOC):
            cls = key[len(DOC) :]
            if not isinstance(raw[key], str):
                errors.append(f"{name}: {key} is not a string")
            if cls not in raw:
                errors.append(f"{name}: {key} describes no class {cls!r}")
        elif not key.startswith("_"):
            if DOC + key not in raw:
                errors.append(f"{name}: class {key!r} has no {DOC}{key} line")
            elif i == 0 or keys[i - 1] != DOC + key:
                errors.append(f"{name}: {DOC}{key} is not right before {key!r}")
    return errors


def load_groups(path: Path, errors: list[str]) -> dict[str, list[str]]:
    raw = read_object(path, errors)
    groups: dict[str, list[str]] = {}
    for key, forms in raw.items():
        if key == "_doc":
            if not isinstance(forms, str):
                errors.append(f"{path.name}: _doc is not a string")
            continue
        if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
            errors.append(f"{path.name}: {key!r} is not a list of strings")
            continue
        groups[key] = forms
    return groups


def _code(form: str) -> bool:
    """Two or three capital letters: a concept's code, matched only as written in capitals."""
    return 2 <= len(form) <= 3 and form.isalpha() and form.isupper()


def index(groups: dict[str, list[str]]) -> dict[str, set[str]]:
    """Folded form -> keys holding it (a code aside)."""
    where: dict[str, set[str]] = {}
    for key, forms in groups.items():
        for form in forms:
            if _code(form):
                continue
            where.setdefault(fold(form).strip(), set()).add(key)
    return where


def closed_words() -> set[str]:
    """Single words the other data files give another job (stop words, numbers, cities…)."""
    words: set[str] = set()
    try:
        w = json.loads((DATA / "words.json").read_text(encoding="utf-8"))
        for name in (
            "stopwords",
            "pair_words",
            "negations",
            "phone_labels",
            "greetings",
            "currency",
            "conjunctions",
            "demonstratives",
        ):
            words.update(fold(x) for x in w.get(name, []) if isinstance(x, str))
        n = json.loads((DATA / "numbers.json").read_text(encoding="utf-8"))
        for lang in ("sq", "en", "it", "de"):
            words.update(fold(x) for x in n.get(lang, {}))
        words.update(fold(x) for x in n.get("_half", []))
        p = json.loads((DATA / "places.json").read_text(encoding="utf-8"))
        for table in ("albanian", "foreign"):
            for city, others in p.get(table, {}).items():
                words.add(fold(city))
                words.update(fold(o) for o in others)
        words.update(fold(x) for x in p.get("ambiguous", []))
    except (OSError, json.JSONDecodeError):
        pass
    return words


def given_names() -> set[str]:
    try:
        n = json.loads((DATA / "names.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return set()
    return {fold(x) for x in n.get("given", [])}


def check() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    new = {kind: load_groups(path, errors) for kind, path in NEW.items()}
    old = {kind: load_groups(path, errors) for kind, path in OLD.items()}
    old_index = {kind: index(groups) for kind, groups in old.items()}
    closed = closed_words() | AMBIGUOUS
    names = given_names()
    for path in DOCUMENTED:
        errors.extend(check_docs(path.name, read_object(path, errors)))

    new_index: dict[str, dict[str, set[str]]] = {}
    for kind, groups in new.items():
        fname = NEW[kind].name
        seen: dict[str, str] = {}
        for key, forms in groups.items():
            if not forms:
                errors.append(f"{fname}: {key!r} is empty")
            local: set[str] = set()
            for form in forms:
                if kind == "concepts" and _code(form):
                    continue  # "EN", "DE": a code read only in capitals (lexicon.is_code)
                if form != fold(form) or not ALLOWED.match(form) or form != form.strip():
                    errors.append(f"{fname}: {key!r}: form {form!r} is not folded/clean")
                if form in local:
                    errors.append(f"{fname}: {key!r}: form {form!r} twice")
                local.add(form)
                if form in seen and seen[form] != key:
                    errors.append(f"{fname}: form {form!r} in {seen[form]!r} and {key!r}")
                seen.setdefault(form, key)
                other = old_index[kind].get(form)
                if other and key not in other:
                    errors.append(
                        f"{fname}: {key!r}: form {form!r} is under {sorted(other)} "
                        f"in {OLD[kind].name}"
                    )
                if " " not in form and form in closed:
                    errors.append(f"{fname}: {key!r}: form {form!r} has another job (closed word)")
                if " " not in form and form in names:
                    warnings.append(f"{fname}: {key!r}: form {form!r} is also a given name")
        new_index[kind] = index(groups)

    for kind, other_kind in (("products", "concepts"), ("concepts", "products")):
        for form, keys in new_index[kind].items():
            clash = set(old_index[other_kind].get(form, set())) | new_index[other_kind].get(
                form, set()
            )
            if clash and kind == "products":
                errors.append(
                    f"{NEW[kind].name}: form {form!r} ({sorted(keys)}) is also a concept "
                    f"{sorted(clash)}"
                )
            elif clash and form not in new_index[other_kind]:
                errors.append(
                    f"{NEW[kind].name}: form {form!r} ({sorted(keys)}) is also a product "
                    f"word {sorted(clash)}"
                )

    for kind, groups in new.items():
        n_forms = sum(len(v) for v in groups.values())
        reused = sorted(k for k in groups if k in old[kind])
        print(
            f"{NEW[kind].name}: {len(groups)} groups, {n_forms} forms, "
            f"{len(reused)} keys shared with {OLD[kind].name}"
        )
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(check())
