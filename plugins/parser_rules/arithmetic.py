"""The counts the merchant's own arithmetic states: "3 x 25 = 75 €", "12 m² * 9 € = 108 €",
"3×1200 + 4×600 = 6000 den", "4 persona x 2 net = 8 x 25 = 200 €".

A product the merchant writes, numbers joined by "x / × / *" with the words each number counts
("2 sete të rritur × 2 ditë"), is a *term*; so is a count of a word and a price with its
currency written after it with the "×" left unwritten, when the "=" after the price gives
their product ("dalin 20 shenja, me ar 3.5€ shenja = 70€"). A term one of whose numbers is
the unit price of the order's lines of one product (the catalog's, or the one the merchant
quoted for the variant) counts that product's line: the count is the product of its other
numbers. The arithmetic must check: the term's own result ("= 75"), or the sum it is part of
("3×1200 + 4×600 = 6000"), is right, or the price is written with its currency ("3 x 25 €");
a price that is a measure ("3 x 250 g") counts nothing. A checked term whose price, written with its
currency, is no line's ("Shkronja metalike: 9 germa × 2 anë × 14€ = 252€" of letters the
catalog sells at 12€) counts the one product its words name. A checked term whose price is
the catalog price of the one product no line holds ("3×1200 + 4×600 = 6000" beside a line of
the 1200 heater only) adds that product's line, when the order then makes the sum. A term of
counts alone ("2 sete të rritur × 2 ditë = 4", "4 persona x 2 net = 8"), whose numbers each
count a word and whose result is right, counts the one line its words name (the product, or
the variant of a product with several lines), or else the one line of a product the catalog
sells per a unit its words count ("2 qen × 5 net = 10" of "Strehim (për natë)"); when each of
its numbers counts people or a period ("insurance 2 persons × 2 days"), it needs no result.
The term's words are those before its first number (across one colon: "Dhoma dyshe: 3 net ×
45€") and those each number counts.

The line is the one of its product (with several, the one whose variant the term's words
name); a term of a price no line has, of a product the term's words do not name, or of a line
the customer spoke of, or gave a count for, after it (not the hour of their coming: "do vij ne
5"), changes nothing. Later arithmetic wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from core.plugin_api import Evidence, ExtractedItem
from plugins.parser_rules.catalog_match import CatalogIndex
from plugins.parser_rules.item_state import MAX_QTY
from plugins.parser_rules.lexicon import lexicon, word_set
from plugins.parser_rules.mentions import find_mentions
from plugins.parser_rules.normalize import fold
from plugins.parser_rules.numbers import coming_time, number_value, unit_of
from plugins.parser_rules.per_unit import _PER_PERSON, _people, _unit_of_word, name_unit
from plugins.parser_rules.prices import counts_then_sums, price_value
from plugins.parser_rules.quantities import TIMES_SIGNS, not_a_count
from plugins.parser_rules.segments import Sentence, split_sentences
from plugins.parser_rules.totals import _NUM, Pricing, line_pricing
from plugins.parser_rules.variants import match_variant

_CURRENCY = word_set("currency")
# a number not glued to a letter or digit before it ("m2", "A4"; but "3x25"), "x" between
# numbers ("3x25", "3 x 25"), "=", "+", words (a word may hold digits after its first letter:
# "m2"), separators
_LEXEME = re.compile(
    r"(?P<num>(?<![^\W_xX×])" + _NUM + r")"
    r"|(?P<mul>(?<![^\W\d_])[x×](?![^\W\d_])|\*)"
    r"|(?P<eq>=)|(?P<plus>\+)"
    r"|(?P<word>[^\W\d_][^\W_]*)"
    r"|(?P<sep>[,;:.!?()\[\]\n/])"
    r"|(?P<cur>[€$£])"
)
_TIMES = TIMES_SIGNS | {"x", "X"}  # a message holding none (nor "=") writes no term
_LEAD_WORDS = 6  # words before a term's first number read as its words
_FACTOR_WORDS = 4  # words after a number read as what it counts
MAX_TERMS = 40  # terms read in one message


@dataclass
class _Lex:
    kind: str
    start: int
    end: int
    text: str
    value: Decimal | None = None


@dataclass
class _Factor:
    value: Decimal
    currency: bool  # written with its currency ("25 €", "€25")
    measure: bool  # a measure follows it ("250 g", "12 m²")
    words: int  # the words after it
    word: str = ""  # the first of them ("persons" of "2 persons")


@dataclass
class Term:
    """Numbers multiplied in a merchant's message, with the words around them."""

    message: int
    factors: list[_Factor]
    start: int  # chars of the message: the term's words, from the lead words to the last factor
    end: int
    result: Decimal | None = None  # the amount after its "="
    checked: bool = False  # its result, or the sum it is part of, is right
    total: Decimal | None = None  # that sum, when the term is part of one
    sentence: Sentence | None = field(default=None, repr=False)
    # "2 × A4 = 6000", "6 × 60 sek = 2880": a bare count times what it counts, then "=": the
    # unit price the shop left unwritten (the result over the count)
    implied: Decimal | None = None

    @property
    def value(self) -> Decimal:
        out = Decimal(1)
        for f in self.factors:
            out *= f.value
        return out


def _lexemes(low: str) -> list[_Lex]:
    out: list[_Lex] = []
    for m in _LEXEME.finditer(low):
        kind = m.lastgroup or ""
        if kind == "num":
            out.append(_Lex(kind, m.start(), m.end(), m.group(), price_value(m.group(kind))))
        elif kind == "word" and m.group() in _CURRENCY:
            out.append(_Lex("cur", m.start(), m.end(), m.group()))
        else:
            out.append(_Lex(kind, m.start(), m.end(), m.group()))
    return out


def _measure(word: str) -> bool:
    return unit_of(word.rstrip("0123456789²³")) is not None


def _factor(lex: Sequence[_Lex], k: int) -> tuple[_Factor, int] | None:
    """The factor starting at lexeme ``k`` (a number, or a currency then a number) and the
    index after it and its words."""
    currency = False
    if lex[k].kind == "cur":
        currency = True
        k += 1
    if k >= len(lex) or lex[k].kind != "num" or lex[k].value is None:
        return None
    value = lex[k].value
    assert value is not None
    k += 1
    if k < len(lex) and lex[k].kind == "cur":
        currency = True
        k += 1
    if currency and k + 1 < len(lex) and lex[k].text == "/" and lex[k + 1].kind == "word":
        # "5000 lekë/muaj × 12", "25€/orë × 4 orë": a price per the unit it counts
        return _Factor(value, currency, False, 0), k + 2
    measure = k < len(lex) and lex[k].kind == "word" and _measure(lex[k].text)
    words = 0
    word = lex[k].text if k < len(lex) and lex[k].kind == "word" else ""
    while k < len(lex) and lex[k].kind == "word" and words < _FACTOR_WORDS:
        words += 1
        k += 1
    return _Factor(value, currency, measure, words, word), k


def _starts_factor(lex: Sequence[_Lex], k: int) -> bool:
    return k < len(lex) and (
        lex[k].kind == "num"
        or (lex[k].kind == "cur" and k + 1 < len(lex) and lex[k + 1].kind == "num")
    )


def terms_in(message: int, text: str) -> list[Term]:
    """The terms of a merchant's message, in order, each marked ``checked`` when its own result
    or the "+" sum it closes or belongs to is right."""
    low = fold(text)
    lex = _lexemes(low)
    units: list[tuple[int, int, Term | None, Decimal]] = []  # (first lexeme, end, term, value)
    terms: list[Term] = []
    k = 0
    while k < len(lex) and len(terms) < MAX_TERMS:
        if not _starts_factor(lex, k):
            k += 1
            continue
        first = k
        found = _factor(lex, k)
        if found is None:
            k += 1
            continue
        factors = [found[0]]
        k = found[1]
        while k + 1 < len(lex) and lex[k].kind == "mul" and _starts_factor(lex, k + 1):
            nxt = _factor(lex, k + 1)
            if nxt is None:
                break
            factors.append(nxt[0])
            k = nxt[1]
        if len(factors) < 2:
            implicit = _implicit_price(lex, k, factors[0])
            if implicit is None:
                named = _named_factor(lex, k, factors[0])
                if named is not None:
                    terms.append(Term(message, factors, lex[first].start, lex[named[1]].end))
                    terms[-1].implied = named[0]
                units.append((first, k, None, factors[0].value))
                continue
            factors.append(implicit[0])
            k = implicit[1]
        lead = first
        if lead > 1 and lex[lead - 1].text == ":" and lex[lead - 2].kind == "word":
            lead -= 1  # "Shkronjat e ndriçuara: 9 germa × 2 anë × 14€": what it reckons
        while lead > 0 and lex[lead - 1].kind == "word" and first - lead < _LEAD_WORDS:
            lead -= 1
        term = Term(message, factors, lex[lead].start, lex[k - 1].end)
        if k + 1 < len(lex) and lex[k].kind == "eq" and _starts_factor(lex, k + 1):
            j = k + 1 + (lex[k + 1].kind == "cur")
            term.result = lex[j].value
            term.checked = term.result == term.value
            term.implied = _implied_price(factors, term.result) if not term.checked else None
        terms.append(term)
        units.append((first, k, term, term.value))
        if term.result is not None:
            k += 1  # the result may start the next term: "= 8 x 25 = 200"
    # "3×1200 + 4×600 = 6000": the terms of a "+" sum that is right
    for n, (_first, end, _term, _v) in enumerate(units):
        if end + 1 >= len(lex) or lex[end].kind != "eq" or not _starts_factor(lex, end + 1):
            continue
        j = end + 1 + (lex[end + 1].kind == "cur")
        total = lex[j].value
        group = [units[n]]
        m = n
        while m > 0 and _joined(lex, units[m - 1][1], units[m][0]):
            m -= 1
            group.insert(0, units[m])
        if len(group) > 1 and sum(v for _f, _e, _t, v in group) == total:
            for _f, _e, t, _v in group:
                if t is not None:
                    t.checked = True
                    t.total = total
    return terms


_IMPLICIT_GAP = 8  # words and commas or brackets between a count and the price it is reckoned by
_IMPLICIT_SEPS = frozenset([",", "(", ")", ":"])


def _implicit_price(lex: Sequence[_Lex], k: int, count: _Factor) -> tuple[_Factor, int] | None:
    """ "dalin 20 shenja, me ar 3.5€ shenja = 70€", "500 copë, 0.10€ = 50€": a count of a word
    (no price, no measure), then a price with its currency (after a few words, commas or
    brackets, no "+" or "="), then "=" and the amount that is count × price: the "×" left
    unwritten. The price's factor and the index after it; None for any other text."""
    if count.currency or count.measure or not count.words:
        return None
    j, gap = k, 0
    while (
        j < len(lex)
        and gap <= _IMPLICIT_GAP
        and (lex[j].kind == "word" or lex[j].kind == "sep" and lex[j].text in _IMPLICIT_SEPS)
    ):
        gap += 1
        j += 1
    if not _starts_factor(lex, j):
        return None
    found = _factor(lex, j)
    if found is None or not found[0].currency:
        return None
    price, end = found
    if end + 1 >= len(lex) or lex[end].kind != "eq" or not _starts_factor(lex, end + 1):
        return None
    r = end + 1 + (lex[end + 1].kind == "cur")
    if r >= len(lex) or lex[r].value is None or lex[r].value != count.value * price.value:
        return None
    return price, end


def _implied_price(factors: Sequence[_Factor], result: Decimal | None) -> Decimal | None:
    """The unit price a term "N × what it counts = amount" leaves unwritten: the amount over
    the bare count N that opens the term ("6 × 60 sek = 2880" is 6 at 480), when no factor is
    written with its currency."""
    first = factors[0]
    if result is None or first.words or first.currency or first.measure or first.value < 1:
        return None
    if any(f.currency for f in factors) or first.value != int(first.value):
        return None
    price = result / first.value
    return price if price == int(price) and price > first.value else None


def _named_factor(lex: Sequence[_Lex], k: int, count: _Factor) -> tuple[Decimal, int] | None:
    """ "2 × A4 = 6000 lekë": a bare count, "×", the words of what it counts (no number of
    their own, no price), "=" and the amount: the unit price left unwritten (the amount over
    the count) and the index of the term's last word; None for any other text."""
    if k + 1 >= len(lex) or lex[k].kind != "mul" or lex[k + 1].kind != "word":
        return None
    j = k + 1
    while j < len(lex) and lex[j].kind == "word" and j - k <= _FACTOR_WORDS:
        j += 1
    if j + 1 >= len(lex) or lex[j].kind != "eq" or not _starts_factor(lex, j + 1):
        return None
    r = j + 1 + (lex[j + 1].kind == "cur")
    price = _implied_price([count], lex[r].value)
    return (price, j - 1) if price is not None else None


def _joined(lex: Sequence[_Lex], end: int, start: int) -> bool:
    """Only a "+" and words lie between two parts of a sum."""
    between = [x.kind for x in lex[end:start]]
    return between.count("plus") == 1 and all(k in ("plus", "word") for k in between)


def _span(sents: Sequence[Sentence], term: Term) -> tuple[Sentence, int, int] | None:
    """The sentence holding the term and the range of its tokens the term covers."""
    for sent in sents:
        toks = [
            k
            for k, t in enumerate(sent.toks)
            if term.start <= sent.start + t.start and sent.start + t.end <= term.end
        ]
        if toks:
            return sent, toks[0], toks[-1] + 1
    return None


def _changed_since(
    index: CatalogIndex, sku: str | None, message: int, customer: Mapping[int, Sequence[Sentence]]
) -> bool:
    """The customer names the product, or says a count, after the merchant's message (not
    the hour of their coming: "do vij ne 5", "I'll come at 5"; not a number that counts no
    goods: the floor of the address "kati 2", a date, an age, a price)."""
    weak = lexicon().weak_numbers
    for i in sorted(customer):
        if i <= message:
            continue
        for sent in customer[i]:
            if any(
                number_value(t.text) is not None
                and t.text not in weak
                and not coming_time(sent.toks, k)
                and not not_a_count(sent, k)
                for k, t in enumerate(sent.toks)
            ):
                return True
            for m in find_mentions(index, sent.toks, sent.breaks):
                if any(index.products[p].sku == sku for _s, p in m.candidates):
                    return True
    return False


def recounted_since(
    index: CatalogIndex, sku: str | None, message: int, texts: Sequence[tuple[int, str, str]]
) -> bool:
    """The merchant states the product's count anew after ``message``, as a count and its sum
    ("Va bene, 6 giorni allora, 72€" after "5 × 12€ = 60€"): the later count stands."""
    entry = index.by_sku.get(sku or "")
    price = entry.price if entry is not None else None
    if price is None:
        return False
    for i, author, text in texts:
        if i <= message or author != "merchant" or "," not in text:
            continue
        for sent in split_sentences(i, text):
            if any(price * n == amount for n, amount in counts_then_sums(sent.toks, sent.raw)):
                return True
    return False


def stated_counts(
    items: list[ExtractedItem],
    texts: Sequence[tuple[int, str, str]],
    index: CatalogIndex,
    customer: Mapping[int, Sequence[Sentence]],
) -> None:
    """Set the count of each line the merchant's arithmetic counts, then add the line of a
    product it prices that no line holds (see the module's docstring)."""
    if not items:
        return
    read: list[tuple[Term, list[Sentence], str]] = []
    for i, author, text in texts:
        # "20 shenja, 3.5€ = 70€": a term whose "×" is left unwritten has its "="
        if author == "merchant" and (any(c in text for c in _TIMES) or "=" in text):
            terms = terms_in(i, text)
            if terms:
                sents = split_sentences(i, text)
                read += [(term, sents, text) for term in terms]
    if not read:
        return  # no term to count a line by: the lines' prices are not needed
    pricing = line_pricing(index, items, texts)  # pure: read only when a term is
    for adding in (False, True):  # the lines' counts first: an added line must make the sum
        for term, sents, text in read:
            found = _counted_line(items, index, pricing, term, sents, text, adding)
            if (
                found is None
                and term.implied is not None
                and not adding
                and any(pricing.unit(it) == term.implied for it in items)
            ):
                # "2 × A4 = 6000": the count of the one line the shop prices at the amount
                # over the count (its words, when they name a product, name that one)
                # the count is no price, though it equal one ("3 × maxi = 27" beside a 3 € cola)
                count = replace(term.factors[0], words=1)
                at = _Factor(term.implied, True, False, 0)
                bare = replace(term, factors=[count, at], checked=True)
                found = _counted_line(items, index, pricing, bare, sents, text, adding)
            if found is None:
                continue
            line, n = found
            sku = items[line].product if isinstance(line, int) else line.product
            if _changed_since(index, sku, term.message, customer):
                continue
            if recounted_since(index, sku, term.message, texts):
                continue
            if isinstance(line, int):
                items[line] = replace(items[line], quantity=n)
            else:
                items.append(line)


def _counted_line(
    items: Sequence[ExtractedItem],
    index: CatalogIndex,
    pricing: Pricing,
    term: Term,
    sents: Sequence[Sentence],
    text: str,
    adding: bool,
) -> tuple[int | ExtractedItem, int] | None:
    """The line a term counts (its index in ``items``, or, when ``adding``, a new line of a
    product the term prices that no line holds) and its count, or None."""
    where = _span(sents, term)
    if where is None:
        return None
    sent, lo, hi = where
    named = {
        index.products[m.product].sku
        for m in find_mentions(index, sent.toks, sent.breaks)
        if lo <= m.start < hi and not m.ambiguous
    }
    units = [pricing.unit(it) for it in items]
    # a price is no measure and counts no word ("3 ditë" is a count, "25 € për person" a price)
    prices = [
        n for n, f in enumerate(term.factors) if not f.measure and (f.currency or not f.words)
    ]
    priced = [n for n in prices if any(u == term.factors[n].value for u in units)]
    held = {it.product for it in items}
    # "3×1200 + 4×600 = 6000": a checked price of the one product the catalog sells at 600
    unheld = [
        n
        for n in prices
        if (p := index.by_price.get(term.factors[n].value)) is not None
        and index.products[p].sku not in held
    ]
    if adding != bool(unheld):
        return None
    if priced or unheld:
        if len(priced) + len(unheld) != 1 or not (
            term.checked or priced and term.factors[priced[0]].currency
        ):
            return None
        at = (priced or unheld)[0]
        count = Decimal(1)
        for n, g in enumerate(term.factors):
            if n != at:
                count *= g.value
        if count != int(count) or not 1 <= count <= MAX_QTY:
            return None
        price = term.factors[at].value
        if unheld:
            entry = index.products[index.by_price[price]]
            if named and entry.sku not in named:
                return None
            others = pricing.sum(items)
            if term.total is None or others is None or others + price * count != term.total:
                return None  # the sum it is part of is not the order's with this line added
            vhit = match_variant(entry.specs, sent.toks, lo, hi) if entry.specs else None
            a, b = term.start, term.end
            line = ExtractedItem(
                entry.sku,
                entry.name,
                int(count),
                entry.variants[vhit.index] if vhit is not None else None,
                entry.price,
                Evidence(term.message, a, b, text[a:b]),
            )
            return line, int(count)
        candidates = [k for k, u in enumerate(units) if u == price]
        products = {items[k].product for k in candidates}
        if named:
            products &= named
    elif any(f.currency for f in term.factors):
        # "Dhoma dyshe: 3 net × 45€ = 135€": a price the merchant quotes, of no line, for the
        # one product the term names
        quoted = [n for n, f in enumerate(term.factors) if f.currency]
        if len(quoted) != 1 or term.factors[quoted[0]].measure or not term.checked:
            return None
        count = term.value / term.factors[quoted[0]].value
        if count != int(count) or not 1 <= count <= MAX_QTY:
            return None
        candidates = list(range(len(items)))
        products = {items[k].product for k in candidates} & named if len(named) == 1 else set()
    else:
        # "2 sete të rritur × 2 ditë = 4": counts alone, each of a word, checked, of a line
        # their words name
        if any(f.measure for f in term.factors):
            return None
        if not any(f.words for f in term.factors):
            return None  # "4x5 = 20": a size, not counts of things
        count = term.value
        if count != int(count) or not 1 <= count <= MAX_QTY:
            return None
        candidates = list(range(len(items)))
        if not term.checked:
            # "Shënova: 3 persona × 2 muaj marketing digjital": people times the unit the one
            # line's product is sold per, unchecked, counts that line (person-months)
            products = _people_by_unit(items, index, term, [t.text for t in sent.toks[lo:hi]])
            lines = [k for k in candidates if items[k].product in products]
            if len(products) == 1 and len(lines) == 1 and (not named or products <= named):
                return lines[0], int(count)
            if not all(_person_or_period(f.word) for f in term.factors):
                return None  # "2 persons × 2 days" needs no "=": people and periods are no size
        products = {items[k].product for k in candidates} & named
        if not products:
            products = _by_variant(items, index, candidates, sent, lo, hi)
        if not products:
            products = _by_unit(items, index, [t.text for t in sent.toks[lo:hi]])
    if len(products) != 1:
        return None
    sku = next(iter(products))
    lines = [k for k in candidates if items[k].product == sku]
    if len(lines) > 1:
        held_entry = index.by_sku.get(sku or "")
        if held_entry is None:
            return None
        vhit = match_variant(held_entry.specs, sent.toks, lo, hi)
        if vhit is None:
            return None
        lines = [k for k in lines if items[k].variant == held_entry.variants[vhit.index]]
    if len(lines) != 1:
        return None
    return lines[0], int(count)


def _people_by_unit(
    items: Sequence[ExtractedItem], index: CatalogIndex, term: Term, words: Sequence[str]
) -> set[str | None]:
    """A term of two counts, one of people and one of a period or hour ("3 persona × 2 muaj"):
    the products of the lines sold per that unit (``_by_unit`` without the people)."""
    if len(term.factors) != 2 or not any(_people(w) for w in words):
        return set()
    units = [w for w in words if _unit_of_word(w) is not None]
    return _by_unit(items, index, units) if len(units) == 1 else set()


def _person_or_period(word: str) -> bool:
    return _unit_of_word(word) is not None or _people(word)


def _by_unit(
    items: Sequence[ExtractedItem], index: CatalogIndex, words: Sequence[str]
) -> set[str | None]:
    """The products of the lines whose catalog name says they are sold per a unit the term's
    words count ("2 qen × 5 net = 10" of "Strehim (për natë)", "4 persona × 2 ditë" of "Meny
    (për person)")."""
    units = {u for w in words if (u := _unit_of_word(w)) is not None}
    if any(_people(w) for w in words):
        units.add("person")
    out: set[str | None] = set()
    for it in items:
        entry = index.by_sku.get(it.product or "")
        if entry is None:
            continue
        word = name_unit(entry.name)
        unit = _unit_of_word(word) if word is not None else None
        if unit is None and name_unit(entry.name, _PER_PERSON) is not None:
            unit = "person"
        if unit in units:
            out.add(entry.sku)
    return out


def _by_variant(
    items: Sequence[ExtractedItem],
    index: CatalogIndex,
    candidates: Sequence[int],
    sent: Sentence,
    lo: int,
    hi: int,
) -> set[str | None]:
    """The products of the lines whose variant the term's words name."""
    out: set[str | None] = set()
    for k in candidates:
        entry = index.by_sku.get(items[k].product or "")
        if entry is None or not entry.specs or items[k].variant is None:
            continue
        vhit = match_variant(entry.specs, sent.toks, lo, hi)
        if vhit is not None and entry.variants[vhit.index] == items[k].variant:
            out.add(entry.sku)
    return out
