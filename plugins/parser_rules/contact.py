"""Delivery details of a conversation: name, street address, city and phone, with evidence.

Each customer message is cut into parts (commas, lines, sentences); a part is classified as a
phone, a city, a street address or a name. Candidates are scored and the best of the
conversation is kept (the delivery number when several are labelled, the address message's
city, an introduced name over a bare signature).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from plugins.parser_rules.catalog_match import CatalogIndex
from plugins.parser_rules.lexicon import any_of, has_intent, intent_spans, lexicon, load, word_set
from plugins.parser_rules.names import (
    KIN,
    NOT_NAME,
    intro_names,
    intro_start,
    known_given,
    lower_name,
    plausible_name,
    thanked_names,
)
from plugins.parser_rules.normalize import Token, fold, tokenize
from plugins.parser_rules.numbers import number_value
from plugins.parser_rules.phones import PhoneHit, find_phones, is_landline, region_of
from plugins.parser_rules.places import (
    _LEAD_WORDS,
    _SEND,
    _STREET_ENDINGS,
    MUNICIPALITY_WORDS,
    VILLAGE_WORDS,
    CityHit,
    find_cities,
    institution_address,
    institution_word,
    place_region,
    split_parts,
    street_score,
    strip_lead,
    venue_word,
)


@dataclass
class Candidate:
    value: str
    score: float
    message: int
    start: int
    end: int
    minor: bool = False  # a village of the gazetteer (places.settlement_index)
    own: bool = False  # a number the writer calls their own ("numri im", "my number here")
    preferred: bool = False  # "ma mirë thirrni …", "better call …": the number to call first
    asked: bool = False  # a town the customer asked delivery to ("a dërgoni në Skënderaj?")
    # a town said in passing, in a sentence about the writer ("jam në Kumanovë për pushime",
    # "we're flying into Podgorica", "jemi nga Ulqini"), with no word of sending it
    passing: bool = False
    # a town where the writer is or lives ("jam në Shkup", "jetoj në Ulqin", "ich bin bis August
    # in München"): it yields to another town the customer names (contact._writer_is_in)
    here: bool = False


@dataclass
class Details:
    names: list[Candidate] = field(default_factory=list)
    addresses: list[Candidate] = field(default_factory=list)
    cities: list[Candidate] = field(default_factory=list)
    phones: list[Candidate] = field(default_factory=list)
    thanked: list[str] = field(default_factory=list)
    # the words the merchant thanks or greets the customer by, in any of its messages
    addressed: frozenset[str] = frozenset()
    has_details: set[int] = field(default_factory=set)  # messages giving an address or phone
    pickup: bool = False  # the customer collects the order ("vij vetë", "I'll pick it up")
    pickup_offered: bool = False  # the merchant's last message invites to the shop ("kaloni …")
    name_asked: bool = False  # the merchant's last message asks for the name ("Emri?")
    own_name_asked: bool = False  # ... for the writer's own ("Emri juaj?", "your name?")
    # the customer's numbers the merchant wrote back after they were given ("kurieri thërret
    # 070 … fillimisht", "e shënuam 072 … për shoferin")
    echoed: set[str] = field(default_factory=set)
    # the merchant's messages, folded (index, text): a name it writes back after the details
    merchant_texts: list[tuple[int, str]] = field(default_factory=list)

    def best(self, kind: str) -> Candidate | None:
        cands: list[Candidate] = getattr(self, kind)
        if not cands:
            return None
        if kind == "phones":
            return self._best_phone(cands)
        if kind == "names":
            return self._best_name(cands)
        if kind == "cities" and self.pickup and not self.addresses:
            # "vij vetë të shtunën, jam në Prizren për dasëm": no delivery, no delivery city
            return None
        if kind == "cities" and not self.addresses:
            # "jam në Kumanovë për pushime, a e rregulloni ekranin?", "we're flying into
            # Podgorica, book the van": with no address in the conversation, a town said in
            # passing is where the customer is, comes from or travels, not where a parcel goes
            cands = [c for c in cands if not c.passing]
            if not cands:
                return None
        best = max(cands, key=lambda c: (c.score, c.message, c.start))
        if (
            kind == "cities"
            and best.here
            and not any(c.value == best.value and not c.here for c in cands)
        ):
            # "… Rr. Kajo Karafili, Pallati 7 … ich bin bis August in München", "Ne Gjinaj,
            # varrezat e fshatit. Blerina Shehu, jetoj ne Ulqin": where the writer is or lives
            # is not where the work is done when the customer names another town for it
            others = [c for c in cands if not c.here and c.score >= _OTHER_TOWN]
            if others:
                best = max(others, key=lambda c: (c.score, c.message, c.start))
        if kind == "cities" and best.minor:
            # "a ja dërgoni në Skënderaj?" … "fshati Prekaz i Ulët, afër shkollës": the town asked
            # for earlier is where the village's parcel goes (in the same country)
            region = place_region(best.value)
            asked = [
                c
                for c in cands
                if c.asked
                and not c.minor
                and c.message < best.message
                and place_region(c.value) == region
            ]
            if asked:
                return max(asked, key=lambda c: (c.message, c.start))
        return best

    def _best_name(self, cands: list[Candidate]) -> Candidate:
        called = {fold(t) for t in self.thanked}
        hit = [
            c
            for c in cands
            if c.score >= 2.0 and " " in c.value and fold(c.value.split()[0]) in called
        ]
        top = max(cands, key=lambda c: (c.score, c.message, c.start))
        if hit and top not in hit and not self._written_back(top):
            # "Une: Burim Ajeti … Për nënën: Shehide Ajeti, …" - "Faleminderit Burim": of the
            # people the customer names in full (the writer, the relative the parcel goes to),
            # the one the merchant thanks or greets by name is the one it deals with, the
            # customer; a writer who signs with a given name alone ("…, Danke, Thomas") leaves
            # the order to the person named in full, and so does the merchant writing the
            # other name back ("E regjistrova si Hajrije Rexhepi, …")
            cands = hit
        phone = self.best("phones") if self.phones else None
        if phone is not None and not phone.own:
            # "consegna a: Drita Hoxha, … il suo numero 069 …, io sono Ardit, il mio +39 …":
            # the parcel goes to another person's number, so the name said right before the
            # writer's own number is the writer's, not the order's
            mine = [
                c
                for c in cands
                if any(
                    p.own and p.message == c.message and 0 <= p.start - c.end <= 20
                    for p in self.phones
                )
            ]
            others = [c for c in cands if c not in mine and c.value not in {m.value for m in mine}]
            # only a name said as one ("consegna a: …", two words): not a lone capitalised word
            # left over ("…, Lapraka. Name Dafina Morina, meine Nummer …")
            if mine and any(c.score >= 2 for c in others):
                cands = others
        best = max(cands, key=lambda c: (c.score, c.message, c.start))
        if " " not in best.value:
            # "jam Sotiri" … "Sotir Mitre": the full name signed later, its given name in
            # the definite form ("Sotiri", "Arta" / "Arti") said first
            root = fold(best.value)
            fuller = [
                c
                for c in cands
                if " " in c.value
                and (fold(c.value.split()[0]) + "i" == root or fold(c.value.split()[0]) == root)
            ]
            if fuller:
                return max(fuller, key=lambda c: (c.score, c.message, c.start))
        return best

    def _written_back(self, cand: Candidate) -> bool:
        """A name of two words or more that the merchant writes in a later message."""
        name = fold(cand.value)
        return " " in name and any(
            i > cand.message and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
            for i, text in self.merchant_texts
        )

    def _best_phone(self, cands: list[Candidate]) -> Candidate:
        cands = _retyped(cands)
        given = [c for c in cands if c.score >= 1.0]
        preferred = {c.value for c in given if c.preferred}
        if len({c.value for c in given}) > 1 and len(preferred) == 1:
            # "numri jem 0176 … po ma mirë thirrni nanën 089 …", "UK number … but better call my
            # Albanian one 069 …": the customer says which number to call, landline or not
            return max((c for c in given if c.preferred), key=lambda c: (c.score, c.message))
        echoed = {c.value for c in given} & self.echoed
        if len({c.value for c in given}) > 1 and len(echoed) == 1:
            # the customer gave two numbers ("numri im 070 …, po nëse s'përgjigjem burri 075 …")
            # and the merchant wrote back one of them: the shop says which one it will call
            return max((c for c in given if c.value in echoed), key=lambda c: (c.score, c.message))
        fixed = [c for c in given if is_landline(c.value)]
        if fixed and len(fixed) < len(given):
            # "Tel: 042 214 555 (shtëpia), 070 123 456 (cel)": the courier calls the mobile
            cands = [c for c in cands if c not in fixed]
            given = [c for c in given if c not in fixed]
        regions = {region_of(c.value) for c in given}
        if len(regions) > 1:
            # numbers of several countries: the one of the delivery city's country is the
            # delivery number ("Rr. …, Pejë, 044 …. Nr im +41 …"; "Kölner Str. 45, Solingen …
            # numri im 0157 …, nana e ka 069 … po ajo asht n'Kukës")
            city = self.best("cities")
            home = place_region(city.value) if city is not None else None
            # (no delivery town, or a number of no known region: nothing is local)
            local = [c for c in given if home is not None and region_of(c.value) == home]
            if local:
                return max(local, key=lambda c: (c.score, c.message, c.start))
        if any(c.own for c in cands):
            # the writer's own number ("numri im", "my number", "meine Nummer") yields to
            # another number given for the delivery (the relative's, the one by the address)
            others = {c.value for c in given if not c.own} - {c.value for c in cands if c.own}
            if others:
                return max(cands, key=lambda c: (c.score - _OWN * c.own, c.message, c.start))
        return max(cands, key=lambda c: (c.score, c.message, c.start))


# "… dyqani 'Llambi'. Llambi Tase 069 …": a closing quote or bracket may end the sentence
_SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_]{4})|(?<=[^\W\d_]{3}['\"’”)]))\.\s+(?=[A-ZÇË])")


def _words_before(text: str, start: int, reach: int = 40, last: int | None = 6) -> list[str]:
    """The words that may label a number: the ``last`` ones (all with None) within ``reach``
    characters before it, not past another number, the sentence before or a note in brackets
    ("Rruga Fan Noli 21 (dyqani i rrobave poshtë), Ermira 069 …": not the shop's number)."""
    raw = text[max(0, start - reach) : start]
    window = fold(raw)
    cut = max(window.rfind(c) for c in "!?\n0123456789)")
    ends = [m.start() for m in _SENTENCE_END.finditer(raw)]
    if ends:
        # "…, zyra e noterit. Ana Dhimitri 069 …": a word of four letters or more, a full
        # stop and a capital end the sentence before (not "Rr. Myslym", "Tel. Nr")
        cut = max(cut, ends[-1])
    found = [t.text for t in tokenize(window[cut + 1 :])]
    return found if last is None else found[-last:]


def _words_after(text: str, end: int, stop: int | None = None) -> list[str]:
    """The words that may label the number before them: up to 5 after it. When the next
    number (at ``stop``) follows within them, the words after the last comma, semicolon or
    bracket label that next number instead ("044 …, backup 045 …" but "044 … (rezervë), 045 …")."""
    window = text[end : min(end + 30, stop if stop is not None else len(text))]
    if stop is not None and stop <= end + 30:
        window = window[: max((window.rfind(c) for c in ",;()"), default=-1) + 1]
    return [t.text for t in tokenize(fold(window))][:5]


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text  # a message with no phone (most of them): nothing to blank
    if all(s >= 0 for s, _e in spans):
        # each span's characters become spaces, in one slice each instead of one by one (the
        # answer of the loop below: a span reaching past the text stops at its end)
        for s, e in spans:
            e = min(e, len(text))
            if s < e:
                text = text[:s] + " " * (e - s) + text[e:]
        return text
    chars = list(text)
    for s, e in spans:
        for k in range(s, min(e, len(chars))):
            chars[k] = " "
    return "".join(chars)


_PHONE_LABELS = word_set("phone_labels")
# a phone word of a sentence about reaching the customer ("ne kete numer", "on this number")
_REACH_WORDS = _PHONE_LABELS | frozenset(["numer", "numrin", "nummer", "telefonin", "cel"])


def _city(
    c: CityHit, score: float, mi: int, s: int, toks: Sequence[Token], whole: bool = False
) -> Candidate:
    """The city candidate of hit ``c`` in the part starting at ``s`` (to the part's end when
    ``whole``); a village of the gazetteer scores ``_MINOR`` less than a town."""
    end = toks[-1] if whole else toks[c.end - 1]
    cand = Candidate(
        c.city, score - _MINOR * c.minor, mi, s + toks[c.start].start, s + end.end, c.minor
    )
    cand.here = _writer_is_in(toks, c.start)
    return cand


# the least score of a town that a town where the writer is yields to (not a town of origin,
# 0.3, nor the merchant's "në X" after the details, 0.2)
_OTHER_TOWN = 0.5


_STOPWORDS = word_set("stopwords")


def _product_name(index: CatalogIndex | None, toks: Sequence[Token], k: int) -> bool:
    """ "Vorrei Shesh i Zi e olio", "una cassa di Shesh i Zi da 6 bottiglie": a street word that
    starts a catalog product's name, with no house number right after it, is the product."""
    if index is None or toks[k].text not in lexicon().street_words:
        return False
    # the house number would follow the name's first two words ("Via Lattea 12", "Shesh i Zi
    # 5"); a number further on counts something ("Via Lattea da 24 barrette")
    words = [j for j in range(k, min(len(toks), k + 6)) if toks[j].text not in _STOPWORDS]
    after = words[1] + 2 if len(words) > 1 else len(toks)
    return not any(t.text[:1].isdigit() for t in toks[k:after]) and index.name_at(toks, k)


def _product_town(index: CatalogIndex | None, toks: Sequence[Token], c: CityHit) -> bool:
    """A town's name that starts a catalog product's name or alias ("Ujë Tepelena", "Birrë
    Korça") is the product when no place word ("në", "to", "in") leads it."""
    if index is None or (c.start and toks[c.start - 1].text in _TO_TOWN | _CITY_LEADS):
        return False
    if not index.word_in_name(toks, c.start):
        return False
    # the goods are counted or described around it ("3 pako tepelena", "Korça piccola"); a
    # town alone in its part ("Tirana, rr. …") is the place
    if c.start > 0 or (c.end < len(toks) and lexicon().concept(toks[c.end].text) is not None):
        return True
    # "Bari i vjetër artificial është bërë pis": the town's form opens a sentence that goes on
    # with another word of the same catalog name ("Bar artificial"), the goods' name
    return any(index.word_in_name(toks, j) for j in range(c.end + 1, min(len(toks), c.end + 4)))


# "për / for" before a name: the goods are for it ("toner për Canon LBP") or it is the recipient
_FOR = word_set("purpose")


def _goods_for(index: CatalogIndex | None, text: str, start: int, name: str) -> bool:
    """ "2 tonera për HP LaserJet P1102", "toner per Canon LBP": after "për / for", a name whose
    first word is no given name but a word of a catalog product's name (the brand the shop
    sells) is the device the goods are for, not the person they are for."""
    before = tokenize(text[max(0, start - 6) : start])
    if index is None or not before or before[-1].text not in _FOR:
        return False
    toks = tokenize(name)
    return bool(toks) and not known_given(toks[0].raw) and index.word_in_name(toks, 0)


def scan_message(
    details: Details,
    mi: int,
    text: str,
    region: str,
    customer: bool,
    hints: tuple[str, ...] = (),
    sizes: frozenset[str] = frozenset(),
    index: CatalogIndex | None = None,
) -> list[tuple[int, int]]:
    """Collect the message's details; return the character spans they cover. ``hints`` are the
    regions the conversation names, where a local-form phone number is read first. ``sizes``
    are the digit runs of the catalog's variants (``CatalogIndex.variant_digits``): a run
    written without a prefix that spells one ("205 55 16" for "205/55 R16") is that size, not a
    phone number. ``index.name_at(toks, k)`` tells whether a catalog product's name starts at
    token ``k`` ("Shesh i Zi", a wine): its street word starts no street when no number
    follows."""
    covered: list[tuple[int, int]] = []
    phones = find_phones(text, region, hints)
    if sizes:
        phones = [
            p
            for p in phones
            if p.text.lstrip("( ").startswith(("+", "0")) or re.sub(r"\D", "", p.text) not in sizes
        ]
    covered.extend((p.start, p.end) for p in phones)
    for k, ph in enumerate(phones):
        nxt = phones[k + 1].start if k + 1 < len(phones) else None
        if not customer and any(c.value == ph.e164 and c.score >= 1.0 for c in details.phones):
            details.echoed.add(ph.e164)
        _add_phone(details, mi, text, ph, customer, nxt)
    if not customer:
        details.merchant_texts.append((mi, fold(text)))
        details.thanked.extend(thanked_names(text))
        # (an ASCII text is searched only when its lower case holds a piece of a name word)
        name_word = not text.isascii() or _NAME_WORDS.search(text.lower()) is not None
        details.name_asked = name_word and _ASKS_NAME.search(text) is not None
        details.own_name_asked = name_word and _ASKS_OWN_NAME.search(text) is not None
        details.pickup_offered = _OFFER_HINTS.search(text.lower()) is not None and has_intent(
            "pickup_offer", [t.text for t in tokenize(text)]
        )
        if _AWAIT_HINTS.search(fold(text)) and has_intent(
            "pickup_awaited", [t.text for t in tokenize(fold(text))]
        ):
            # "Ok Kujtim: termostat, 2 ventila, të shtunën ju presim në dyqan": the merchant
            # expects the customer at the shop; nothing is delivered
            details.pickup = True
        return covered
    asked, details.name_asked = details.name_asked, False
    own_asked, details.own_name_asked = details.own_name_asked, False
    fixed = (
        _HOUSE_NUMBER.search(text)
        if not text.isascii() or _HOUSE_NUMBER_WORDS.search(text.lower())
        else None
    )
    if fixed is not None:
        # "jo gabim, 41 eshte numri i shtepise, jo 14": the house number, not a count; the
        # address said before gets it
        covered.append(fixed.span())
        new, old = fixed.group("new") or fixed.group("new2"), fixed.group("old")
        said = max(details.addresses, key=lambda c: c.score) if details.addresses else None
        if said is not None and new and old and re.search(rf"\b{old}\b", said.value):
            value = re.sub(rf"\b{old}\b", new, said.value, count=1)
            details.addresses.append(Candidate(value, said.score + 0.5, mi, *fixed.span()))
    words_only = text.strip(" .!,").split()
    if asked and 1 <= len(words_only) <= 2 and text.islower() and known_given(words_only[0]):
        # "Emri?" — "sokol": a given name typed in lower case as the answer
        name = " ".join(w.capitalize() for w in words_only)
        a, b = len(text) - len(text.lstrip(" .!,")), len(text.rstrip(" .!,"))
        details.names.append(Candidate(name, 2.0, mi, a, b))
        covered.append((a, b))
    closing_name = _closing_given(text)
    if closing_name is not None:
        # "po. vi e marr sot pas 4 Mentor": a message typed in lower case, closed by a given name
        # with its capital, is signed by it
        details.names.append(
            Candidate(text[closing_name[0] : closing_name[1]], 0.9, mi, *closing_name)
        )
        covered.append(closing_name)
    low = text.lower()
    if _PICKUP_HINTS.search(low) and has_intent("pickup", [t.text for t in tokenize(text)]):
        details.pickup = True
    elif details.pickup_offered and any(t.text in _COME for t in tokenize(text)):
        # "Kaloni nga dyqani, ora 9-20" - "dobro, vi nesër ora 10": the customer comes for it
        details.pickup = True
    details.pickup_offered = False
    blanked = blank(text, [(p.start, p.end) for p in phones])
    parts = [
        q
        for s0, e0 in split_parts(blanked)
        for q in _cut(s0, e0, [(p.start, p.end) for p in phones])
    ]
    parts = _city_before_bracket(blanked, parts, covered)
    lex = lexicon()
    address_run: list[tuple[int, int]] = []
    runs: list[list[tuple[int, int]]] = []
    prev_addr = False
    intro = [n for n in intro_names(blanked) if not _goods_for(index, blanked, n[0], n[2])]
    pending: list[Candidate] = []
    streets = _NumberedStreets(blanked, parts)
    part_toks: dict[int, list[Token]] = {}
    landmark_runs: set[int] = set()  # where an address made of a landmark alone starts
    place_said = False  # a part of the message named a town or village alone
    bare_toks: list[list[Token]] = []
    for a, b in parts:
        part = blanked[a:b]
        bare = _POSTAL_TAIL.sub("", part)
        bare_toks.append(tokenize(bare))
        if bare == part:
            part_toks[a] = bare_toks[-1]
    has_city_part = any(_city_only(tk) for tk in bare_toks)
    # a ticket, a journey or its vehicle named in the message ("bileta", "autobus", "flight")
    # ("me furgon për Vlorë", "by bus to …": the vehicle the parcel goes by is no trip)
    # (the parts' words, once: most messages hold no word of a trip, and none is walked for)
    part_words = {t.text for tk in bare_toks for t in tk}
    trip = not _TRIP.isdisjoint(part_words) and any(
        t.text in _TRIP and not (k and tk[k - 1].text in _BY)
        for tk in bare_toks
        for k, t in enumerate(tk)
    )
    # a ticket itself ("bileta", "Rückfahrt"), not only a vehicle ("varka Dea" in an address)
    ticket = not _TICKET.isdisjoint(part_words)
    for pi, (s, e) in enumerate(parts):
        seg = blanked[s:e]
        uk = _POSTAL_TAIL.search(seg)
        if uk is not None:
            # "Luton LU1 3PT", "London N16 9BS": the postcode is neither street nor town
            covered.append((s + uk.start(), e))
            e = s + len(seg[: uk.start()].rstrip(" ,"))
            seg = blanked[s:e]
        toks = part_toks[s] if uk is None and s in part_toks else tokenize(seg)
        toks = [t for t in toks if t.text not in _PHONE_LABELS]
        if not toks:
            if uk is None:
                prev_addr = False
            continue
        # the words no introduced name covers (all of them when none was introduced)
        rest = (
            [
                t
                for t in toks
                if not any(ns <= s + t.start and s + t.end <= ne for ns, ne, _n, _sc in intro)
            ]
            if intro
            else toks
        )
        if (
            len(rest) < len(toks)
            and not any(t.text[:1].isdigit() or t.text in lex.street_words for t in rest)
            and not find_cities(rest, minor=True)
        ):
            # "te vllau Ardian Memeti, …": the part that introduces the recipient is the name
            prev_addr = False
            continue
        n_signed = _signed_before_phone(toks, s, e, blanked, phones) or (
            _signed_after_stop(toks, s, blanked) if streets.beside(s) else 0
        )
        if n_signed:
            # "… te furra e bukes Sabit Rexhepi 071 …": the name closing the part before the
            # number signs the details typed on with the order
            w = toks[-n_signed:]
            name = " ".join(t.raw for t in w)
            details.names.append(Candidate(name, 2.5, mi, s + w[0].start, s + w[-1].end))
            covered.append((s + w[0].start, s + w[-1].end))
            e = s + toks[-n_signed - 1].end
            toks = toks[:-n_signed]
        if len(toks) > 2 and toks[0].text in _WRITER_IS | _LIVE and toks[1].text in ("te", "tek"):
            # "Jem te Rexhep Luci, ndërtesa C": "I am at …" leads the address
            s += toks[1].start
            toks = [t for t in tokenize(blanked[s:e]) if t.text not in _PHONE_LABELS]
        house = _house_after_directions(toks)
        if house:
            # "kur hyni në fshat, shtëpia e tretë pas xhamisë": the directions lead the house
            s += toks[house].start
            toks = [t for t in tokenize(blanked[s:e]) if t.text not in _PHONE_LABELS]
        # "Ok ma dergo nje ne L. Rr. Ali Demi 20": the address starts at its street word
        lead = next(
            (
                k
                for k, t in enumerate(toks)
                if 0 < k < len(toks) - 1  # "Dorina Sheshi, Rruga …": a street word names a street
                and (t.text in lex.street_words or _institution_after_lead(toks, k))
                and len(t.text) > 1
                and (
                    t.raw[:1].isupper()
                    or (t.text in _STREET_ABBREV and _named_after(toks, k))
                    # "lërini në recepsion te hotel Adriatik": a place word, then its name
                    or (
                        t.text in lex.street_words
                        and toks[k - 1].text in _AT_QUARTER
                        and toks[k + 1].raw[:1].isupper()
                    )
                    or (t.text not in lex.street_words and _institution_after_lead(toks, k))
                )
                # "Wiener Straße 150", "Ignaz-Harrer-Straße 45": the street word after its name
                and not (t.text.endswith(_STREET_ENDINGS) and toks[k - 1].raw[:1].isupper())
                and not _product_name(index, toks, k)
                # "Dorina Sheshi, Rruga …": a family name that is a street word, after a given
                # name and naming no street after it
                and not (k == len(toks) - 1 and k == 1 and known_given(toks[0].raw))
            ),
            None,
        )
        if lead is None:
            # "Po shumë mirë 🙏 Adresa Wülflingerstrasse 88, …": a street compound right after
            # an address label starts the address
            lead = next(
                (
                    k
                    for k in range(1, len(toks) - 1)
                    if toks[k - 1].text in _ADDRESS_LABELS
                    and toks[k].raw[:1].isupper()
                    and len(toks[k].text) > 6
                    and toks[k].text.endswith(_STREET_ENDINGS)
                ),
                None,
            )
        if lead is None:
            lead = _street_named_first(toks)
            if lead is not None and not all(
                t.text.isalpha() and (not t.raw[:1].isupper() or known_given(t.raw))
                for t in toks[: min(lead, 1)]
            ):
                lead = None  # only after a name or the words that lead the address
        where_lead = None
        if lead is None and len(toks) >= 6:
            # "… a i sillni ne dyqan jemi te pazari i vjeter afer xhamise …": where the writer
            # is, said after the order, with a landmark, leads the address
            lead = where_lead = next(
                (
                    k + 2
                    for k in range(1, len(toks) - 3)
                    if toks[k].text in _WRITER_IS | _LIVE
                    and toks[k + 1].text in ("te", "tek")
                    and any(_landmark_at(toks, j) for j in range(k + 3, min(len(toks), k + 8)))
                ),
                None,
            )
        if lead is None and len(toks) >= 4:
            # "… ja qoni ne Tetove afer Xhamis se Larme …": the town the parcel is sent to,
            # then the landmark the courier looks for
            for c in find_cities(toks, minor=True):
                k = c.end
                if (
                    (
                        c.start >= 2
                        and not c.minor
                        and toks[c.start - 1].text in ("ne", "n", "in", "nach", "to", "a")
                        # "Boboshticë pranë kishës …": a village or town opening the part
                        or c.start == 0
                        and toks[0].raw[:1].isupper()
                    )
                    and k + 1 < len(toks)
                    and _landmark_at(toks, k)
                    and len(toks) - k <= 12
                    and _landmark_only(toks[k:])
                ):
                    lead = k
                    break
        if lead is not None and (
            street_score(toks[:lead]) < 2
            or lead == where_lead
            or _labelled_at(toks, lead)
            # "… emri i saj është Liljana Sota lagjja 30 Vjetori …": the details typed on after
            # the order start with the name introduced right before the street
            or any(0 <= s + toks[lead].start - ne <= 2 for _ns, ne, _n, _sc in intro)
        ):
            # "... ni cope Tetove rr Ilindenska 22 Shpresa": a city said before the street
            for c in find_cities(toks[:lead]):
                if not _delivery_place(toks[:lead], c):
                    continue
                details.cities.append(_city(c, 2.5, mi, s, toks))
            head = _without_town(toks[:lead])
            while len(head) > 2 and head[-1].text in _FROM:
                head = head[:-1]  # "Liri Hoxha nga rruga …": from the street
            for n in (3, 2):
                last = head[-n:]
                if (
                    len(head) > n
                    and known_given(last[0].raw)
                    and last[0].raw[:1].isupper()
                    and plausible_name(" ".join(t.raw for t in last))
                    and all(not t.raw[:1].isupper() and t.text.isalpha() for t in head[:-n])
                ):
                    # "ok qoji Valon Krasniqi ferizaj rruga …": the words of sending before
                    # the name are not part of it
                    head = last
                    break
            written = " ".join(t.raw for t in head)
            if 2 <= len(head) <= 3 and (plausible_name(written) or _addressed(details, head)):
                # "Albulena Zeqiri rr. Mbretëresha Teutë 19/4": the name before the street
                sc = 2.0 + (1.5 if known_given(head[0].raw) else 0.0)
                details.names.append(
                    Candidate(written, sc, mi, s + head[0].start, s + head[-1].end)
                )
            elif len(head) == 2 and known_given(head[0].raw) and lower_name(written):
                # "bujar iseni s. Çegran …": typed in lower case
                details.names.append(
                    Candidate(written.title(), 1.5, mi, s + head[0].start, s + head[-1].end)
                )
            if address_run and all(t.text in _RETRACT for t in toks[:lead]):
                address_run = []  # "Rr. e Durrësit? jo jo, Rr. Abdi Toptani 7": said again
            s = s + toks[lead].start
            toks = [t for t in tokenize(blanked[s:e]) if t.text not in _PHONE_LABELS]
        if lead is None and len(toks) >= 4 and not toks[0].raw[:1].isupper():
            # "bujar iseni s. Çegran kod xhamija …", "arta leka fshati Dushk, …": a name typed
            # in lower case before the village
            at = 3 if toks[2].text in VILLAGE_WORDS or toks[2].text in _SELO else 2
            hit = next((c for c in find_cities(toks, minor=True) if c.start == at), None)
            written = f"{toks[0].raw} {toks[1].raw}"
            if (
                hit is not None
                and (at == 3 or toks[2].raw[:1].isupper())
                and known_given(toks[0].raw)
                and lower_name(written)
            ):
                details.names.append(
                    Candidate(written.title(), 1.5, mi, s + toks[0].start, s + toks[1].end)
                )
                s = s + toks[2].start
                toks = [t for t in tokenize(blanked[s:e]) if t.text not in _PHONE_LABELS]
        if (
            4 <= len(toks) <= 5
            and toks[0].text in _HOUSE_SQ
            and toks[1].text in ("e", "i", "te")
            and plausible_name(" ".join(t.raw for t in toks[2:]))
            and not find_cities(toks[2:])
            and any(_starts_with(blanked[x:y], _LANDMARK) for x, y in address_run)
        ):
            # "…, afër kishës, shtëpia e Llambi Kotes": after a landmark, the house named for its
            # owner names the person the parcel goes to; the landmark is the address (alone,
            # "Fshati Shtiqën, shtëpia e Lulëzim Hoxhës", the house is what finds the door)
            s += toks[2].start
            toks = [t for t in tokenize(blanked[s:e]) if t.text not in _PHONE_LABELS]
        seat = _municipality(toks)
        if seat is not None:
            # "…, komuna Deçan", "Likovë, …, opština Kumanovo": the municipality's town is the
            # delivery town (above the village said with the street), never part of the street
            rest, c = seat
            sc = 3.5 + (1 if prev_addr or address_run else 0)
            details.cities.append(_city(c, sc, mi, s, rest))
            covered.append((s, e))
            place_said = True
            prev_addr = False
            continue
        here = False  # the part opened with "jam në / I'm in" before the place
        if (
            len(toks) >= 3
            and toks[0].text in _WRITER_IS | _LIVE
            and toks[1].text in _HERE_AT
            and _city_only(toks[2:], minor=True)
            and not any(_abroad(c.city, region) for c in find_cities(toks[2:]))
        ):
            # "jam në Vreshtas, te dyqani i Kocit …": where the writer is, at home, is the
            # place (a town abroad, "jam në Selanik", is only where the writer is)
            s += toks[2].start
            toks = [t for t in tokenize(blanked[s:e]) if t.text not in _PHONE_LABELS]
            here = True
        sent_to = _sent_to(toks)
        if (
            sent_to
            and _city_only(toks[sent_to:], minor=True)
            and pi + 1 < len(parts)
            and _starts_with(blanked[slice(*parts[pi + 1])], lex.detail_words)
        ):
            # "qojeni në Magurë, te xhamia e vjetër": the words of sending before the village
            # whose landmark follows lead the place, as "jam në …" does
            s += toks[sent_to].start
            toks = [t for t in tokenize(blanked[s:e]) if t.text not in _PHONE_LABELS]
        # a village typed in lower case, alone in its part (not a given name: "arben, …")
        cities = find_cities(toks, minor=True, alone=not known_given(toks[0].raw))
        named = any(_product_name(index, toks, j) for j in range(min(3, len(toks))))
        if index is not None and len(toks) >= 2 and number_value(toks[0].text) is not None:
            # "dy buk fshati e 10 veze": a part that opens with a count of the shop's goods is
            # the order, not a village
            named = named or index.name_at(toks, 0)
        score = 0.0 if named or _variant_choice(toks) else street_score(toks)
        if score and venue_word(toks[0]) and _street_part_after(blanked, parts, pi):
            # "Kafe Ylli, Rruga Dardania pn, …": the venue's name before its street is
            # whose door it is; the street is the address
            score = 0.0
        if where_lead is not None and lead == where_lead:
            score = max(score, 3.0)  # "jemi te pazari i vjeter afer xhamise": where we are
        if any(t.text in _REACH_WORDS for t in toks) and not any(
            t.text[:1].isdigit() or t.text in lex.street_words for t in toks
        ):
            # "me merrni ketu ne kete numer kur te vini", "call me on this number when you
            # arrive": a part about the phone, with no digits, is no part of the address
            score = 0.0
        words = [t for t in toks if not t.text.isdigit()]
        city_only = cities and all(
            any(c.start <= k < c.end for c in cities)
            or t.text.isdigit()
            or t.text in _CITY_PART_WORDS
            for k, t in enumerate(toks)
        )
        if (
            not city_only
            and cities
            and len(toks) == cities[-1].end
            and cities[-1].start == 1
            and toks[0].text in VILLAGE_WORDS
            and streets.beside(s)
        ):
            # "Fshati Xhepçisht, rruga 5 nr 12": the village is the place, the street the
            # address ("fsh. Dobërdoll, Gostivar" without a street stays the address)
            city_only = True
        elif (
            not cities
            and 2 <= len(toks) <= 4
            and toks[0].text in VILLAGE_WORDS
            and toks[1].raw[:1].isupper()
            and all(t.text.isalpha() and (t.raw[:1].isupper() or t.text in "ei") for t in toks[1:])
            and streets.beside(s)
        ):
            # "fshati Savër, lagjja 1 Maji, shtëpia 22": a village the gazetteer lacks
            written = " ".join(t.raw for t in toks[1:])
            cities = [CityHit(written, 1, len(toks), True)]
            city_only = True
        if (
            not city_only
            and cities
            and cities[-1].end == len(toks)
            and cities[-1].start >= 2
            and toks[cities[-1].start - 1].text in VILLAGE_WORDS
            and not address_run
            and pi + 1 < len(parts)
            and _starts_with(blanked[slice(*parts[pi + 1])], lex.detail_words)
            and not streets.beside(s)
        ):
            # "jam në fshatin Manëz, pranë shkollës": the village and its landmark are the
            # address, the village the place
            c = cities[-1]
            v0 = toks[c.start - 1]
            details.cities.append(_city(c, 3.0, mi, s, toks, whole=True))
            address_run.append((s + v0.start, s + toks[-1].end))
            prev_addr = True
            continue
        described = False
        if city_only:
            place_said = True  # "m'i qon ne Dobraç, përballë karburantit": the village first
            covered.append((s, e))
            c = cities[-1]
            # a village alone in its part is the place only in a message that gives the
            # address or the phone too ("Voskopojë, Rruga Shën Mëria 3"); a lone "Valbona"
            # is a name
            part_town = _city(c, 3.0 + (1 if prev_addr or address_run else 0), mi, s, toks)
            part_town.here = here
            # "s'po muj me ardh ne Tetov, jom n Prishtin": a town where the writer is, with
            # no landmark after it and no phone in the message, is said in passing (a village
            # is where a house is)
            part_town.passing = (
                here
                and not c.minor
                and not phones
                and not (
                    pi + 1 < len(parts)
                    and _starts_with(blanked[slice(*parts[pi + 1])], lex.detail_words)
                )
            )
            (pending if c.minor else details.cities).append(part_town)
            prev_addr = False
            if (
                (c.minor or toks[0].text in VILLAGE_WORDS)
                and not address_run
                and pi + 1 < len(parts)
                and (
                    _starts_with(blanked[slice(*parts[pi + 1])], lex.detail_words)
                    # "Qerret, vila e verdhë me 2 kate përballë …": the house described
                    # (its floors are no street's number)
                    or (
                        described := _house_described_part(tokenize(blanked[slice(*parts[pi + 1])]))
                    )
                )
                # "Në Otllak, te Berati": "te" leads the town the village is near, no landmark
                and not _city_only(
                    [t for t in tokenize(blanked[slice(*parts[pi + 1])]) if t.text not in _AT]
                )
                and (described or not streets.beside(s))
            ):
                # "Nerodimë e Epërme, afër xhamisë, shtëpia me dyer të gjelbra": a village
                # without streets is the start of the address the landmarks complete
                address_run.append((s + toks[0].start, s + toks[-1].end))
                prev_addr = True
            elif (
                c.minor
                and c.start == 0
                and not address_run
                and pi + 1 < len(parts)
                and _city_only(tokenize(blanked[slice(*parts[pi + 1])]))
                and not streets.beside(s)
            ):
                # "Adem Bislimi, Sfeqël, Podujevë": a village named before its town, in a
                # message with no street, is where the house is; the town is the city
                # (below any other address the message gives: a landmark, a house)
                details.addresses.append(Candidate(seg.strip(" ,."), 0.8, mi, s, e))
            continue
        town = _postcode_town(toks) or _us_town(toks)
        if town is None and uk is not None and prev_addr:
            town = _town_words(toks)
        if town is not None and prev_addr:
            # "8952 Schlieren", "6340 Unterdorf": a town after a Swiss/German postcode
            details.cities.append(Candidate(town[0], 2.8, mi, s + town[1], s + town[2]))
            covered.append((s, e))
            continue
        # "N Kumanove dergoni?": the Gheg "në", not "N 12" (the number's abbreviation)
        starts = toks[0].text in lex.detail_words and not (
            toks[0].text in ("n", "no", "p") and not (len(toks) > 1 and toks[1].text[:1].isdigit())
        )
        if (
            starts
            and any(t.raw[:1].isupper() for t in toks[1:])
            and not (toks[0].text in _AT and _city_only(toks[1:]))  # "te Berati": the town
        ):
            score += 1  # "te shkolla Thimi Mitko", "prane Katedrales"
        if score < 3 and toks[0].text in _HOUSE and any(t.text in _LANDMARK for t in toks[1:]):
            score = 3  # "shtëpia e Hasanajve përballë shkollës": a house by its landmark
        if (
            starts
            and score < 3
            and not prev_addr
            and pi + 1 < len(parts)
            and _starts_with(blanked[slice(*parts[pi + 1])], _BUILDING)
        ):
            score = 3  # "te qarshia e vjetër mbi furrën e bukës, kati 2": a landmark, the floor
        if score < 3 and not prev_addr and _bare_street(toks):
            # a name and a house number without a street word is the street beside the town
            # or the floor: "Patision 215, Athina 11253", "Drita, Prishtinë, Dardania 5/2",
            # "Dardania SU 5/3, hyrja 2", "Egnatias 112, 3os orofos"
            following = (
                tokenize(_POSTAL_TAIL.sub("", blanked[slice(*parts[pi + 1])]))
                if pi + 1 < len(parts)
                else []
            )
            if (
                (_city_only(following, minor=True) and not streets.beside(s))
                or has_city_part
                # "Грачаница, Краља Милутина 21": the village or town said right before it
                or (pi > 0 and _city_only(bare_toks[pi - 1], minor=True))
                or any(t.text in _BUILDING for t in following[:3])
            ):
                score = 3
        if (
            score < 3
            and not prev_addr
            and pi + 1 < len(parts)
            and (_neighbourhood(toks) or _residence(toks))
            and _numbered_house(tokenize(blanked[slice(*parts[pi + 1])]))
        ):
            # "Uji i Ftohtë, vila 12", "Blloku, pallati 7", "apartamentet Rilindja, kati 1": the
            # quarter or the residence, then the house
            score = 3
        if (
            score < 3
            and _numbered_building_parts(toks) >= 2
            and (
                toks[0].raw[:1].isupper()
                # "shkalla 3 kati 4" after the street of the message before: its floor
                or (not runs and not address_run and _street_before(details, mi, toks) is not None)
            )
        ):
            score = 3  # "Kalabria C4 hyrja 1 banesa 12": a block, its entrance and its flat
        if (
            score < 3
            and not prev_addr
            and (has_city_part or cities or phones or place_said)
            and _landmark_only(toks)
            and not streets.beside(s)
        ):
            # "Koplik, afër bashkisë", "the site is next to the water tower in X", "main road
            # near the municipality": a place without streets found by its landmark
            score = 3
            if toks[0].text in _AT_QUARTER and toks[1].raw[:1].isupper():
                toks = toks[1:]  # "në Kodra e Diellit pranë kishës": the quarter leads
            landmark_runs.add(s)
        if prev_addr and score < 1 and any(t.text in _HOUSE_LOOK for t in toks[:3]):
            score = 1.0  # "…, shtëpia e fundit pas kishës, ngjyrë portokalli": how it looks
        if address_run and _remark(toks, blanked[parts[pi - 1][1] : s] if pi else ""):
            score = 0.0  # "…, ap. 7. Un vij te premten aty": a remark after the address
        if address_run and (_guest_count(toks) or _new_request(toks, blanked, parts, pi)):
            score = 0.0  # "Salla Lira, rreth 200 veta. Na duhet …": the event's size, its needs
        if score and _titled_person([t for t in toks if not t.text.isdigit()]):
            score = 0.0  # "…, kati 2. Klinika Dr. Arta Leka 069 …": who is there, no address
        if (
            score >= 3
            or (
                score >= 1
                and prev_addr
                and not _instruction(toks)
                and not _orders_goods(index, toks)
                and not _stray_clause(toks)
            )
            or (score >= 2 and starts and (cities or has_city_part))
        ):
            if cities and cities[0].start == 1 and toks[0].text in VILLAGE_WORDS:
                # "Fshati Shtiqën, shtëpia e …": the village is also the place (its town, when
                # named, wins)
                c = cities[0]
                details.cities.append(_city(c, 3.0, mi, s, toks))
            label = next((k for k in range(2, len(toks)) if toks[k].text in _NEXT_FIELD), None)
            if label is not None:
                # "rr. Mbretëreshës Teutë 5 kati 2 emri Blerta …": the next field ends the part
                toks = toks[:label]
                cities = [c for c in cities if c.end <= label]
            if (
                len(toks) >= 4
                and _postcode(toks[-1])
                and cities
                and cities[-1].end == len(toks) - 1
                and toks[cities[-1].start - 1].text[:1].isdigit()
            ):
                # "Wiener Straße 140 Linz 4020": the postcode typed after the town
                covered.append((s + toks[-1].start, s + toks[-1].end))
                toks = toks[:-1]
            ran_on = next(
                (
                    c
                    for c in cities
                    if c.start >= 2
                    and c.end < len(toks)
                    and not c.minor
                    and toks[c.start - 1].text.isdigit()
                    and toks[c.start].raw[:1].isupper()
                    and any(t.text in lex.street_words for t in toks[: c.start - 1])
                ),
                None,
            )
            if ran_on is not None and not has_city_part:
                # "rruga Adem Jashari numer 12 Prizren numri zero …": the town typed right after
                # the house number ends the street; what follows it is another field
                toks = toks[: ran_on.end]
                cities = [c for c in cities if c.end <= ran_on.end]
            # a trailing city ("Rr. Kavajes 45 Tirane") is the city, not the street
            end_tok = len(toks)
            if (
                cities
                and cities[-1].end == len(toks)
                and cities[-1].start > 1
                and (
                    toks[cities[-1].start - 1].text not in _GENITIVE
                    # "QMF te Vushtrrisë", "spitali i Pejës": a place of the town, not a
                    # street named after it
                    or _town_of_place(toks, cities[-1])
                )
                and not has_city_part  # "Rr. Sulejman Delvina, ..., Tirane": a street's name
                and not known_given(toks[cities[-1].start - 1].raw)  # "… Hasan Prishtina"
                # "Rr. Sulejman Delvina": one word after the street word, the town is the
                # family name of the person the street is named after
                and not (
                    cities[-1].start == 2
                    and toks[0].text in lex.street_words
                    and toks[1].raw[:1].isupper()
                    and not find_cities(toks[1:2], minor=True)
                )
                # "përballë furrës Elbasani", "prane hotel Tirana": the business's name
                and toks[cities[-1].start - 1].text not in _BUSINESS
                # "Rruga Tiranë-Elbasan", "Autostrada Prishtinë-Ferizaj": a road named after
                # the two towns it joins
                and not _road_between(blanked, s, toks, cities[-1])
                and (
                    not cities[-1].minor  # "lagjja Qemal Stafa": a settlement ends a street's
                    or toks[cities[-1].start - 1].text[:1].isdigit()  # name, not the street
                    or toks[cities[-1].start - 1].text in _VILLAGE_LEADS
                )
            ):
                c = cities[-1]
                details.cities.append(_city(c, 3.0, mi, s, toks))
                # the genitive town stays in the place's name ("Spitali i Pejës")
                end_tok = len(toks) if toks[c.start - 1].text in _GENITIVE else c.start
                while end_tok > 1 and (
                    toks[end_tok - 1].text in _CITY_LEADS
                    or toks[end_tok - 1].text in MUNICIPALITY_WORDS  # "… 34 komuna Kumanovë"
                ):
                    end_tok -= 1  # "Dorfstrasse 5 ne Schlieren": "ne" leads the city
                # "Bahnhofstrasse 5 (CH-)8001 Zürich": the postcode is not the street
                end_tok = _before_postcode(toks, end_tok)
            town_at = _town_after(toks, end_tok) if end_tok == len(toks) else None
            if town_at is not None:
                # "Lindenweg 7 ne Oberfeld": a town the lexicon does not know, after "ne/in"
                t0 = town_at
                name = " ".join(t.raw for t in toks[t0:end_tok])
                details.cities.append(
                    Candidate(name, 2.0, mi, s + toks[t0].start, s + toks[end_tok - 1].end)
                )
                end_tok = t0 - 1
            # "rr Ilindenska 22 Shpresa": capitalised words after the house number sign it
            tail = _signature(toks, end_tok)
            if tail is not None:
                t0, t1 = tail
                name = " ".join(t.raw for t in toks[t0:t1])
                details.names.append(
                    Candidate(name, 1.5, mi, s + toks[t0].start, s + toks[t1 - 1].end)
                )
                end_tok = t0
            end_tok = _before_request(toks, end_tok)
            hint = _landmark_after_number(toks, end_tok)
            if hint < end_tok:
                # "Rr. Adem Jashari 101 afër pompës në dalje …": the hint for the courier after
                # the house number, as when it follows after a comma
                covered.append((s + toks[hint].start, s + toks[end_tok - 1].end))
                end_tok = hint
            a_start = s + toks[0].start
            a_end = s + toks[end_tok - 1].end
            # drop a trailing postcode
            off, _rest = strip_lead(blanked[a_start:a_end])
            a_start += off
            address_run.append((a_start, a_end))
            prev_addr = True
            continue
        after_street = bool(address_run)
        if address_run:
            runs.append(address_run)
            address_run = []
        prev_addr = False
        for c in cities:
            if not _delivery_place(toks, c) or c.minor and c.start == 0 and c.end == len(toks):
                continue
            if _product_town(index, toks, c) or _goods_origin(index, toks, c):
                continue  # "2 pako tepelena 0.5", "2 big Korça beers": the catalog's product
            if (
                c.start == 0
                and c.end < len(toks)
                and known_given(toks[0].raw)
                and toks[c.end].raw[:1].isupper()
                and toks[c.end].text not in lex.street_words
                and not find_cities(toks[c.end :], minor=True)
            ):
                continue  # "Sofia Lindqvist, Rruga …": a given name that is a town's
            if trip and c.start and toks[c.start - 1].text in _TRIP_TO:
                continue  # "2 bileta për Tiranë", "a keni autobus për Durrës?": where the trip goes
            if ticket and not any(t.text in _SEND_TO for t in toks[: c.start]):
                # "jam student në Prishtinë, dua një biletë vajtje", "wir wohnen in München,
                # brauchen Rückfahrt": beside a ticket, a town is where the traveller is or
                # goes; a seat is no parcel, so only a town the ticket is sent to is delivery's
                continue
            if _origin(toks, c.start):
                # "jam prej Prishtine, kena marr nji vile ne Borsh": where they are from; said
                # beside the street and phone ("jam nga Vushtrria, rr. …, Tel …") and no other
                # town, it is the delivery town
                origin = _city(c, 0.3, mi, s, toks)
                origin.passing = not c.minor
                pending.append(origin)
                continue
            if (
                c.start
                and toks[c.start - 1].raw[:1].isupper()
                and known_given(toks[c.start - 1].raw)
            ):
                continue  # "Shkolla Hasan Prishtina": a family name after a given name
            abroad = _where_i_am(toks, c.start) and _abroad(c.city, region)
            # "Ich bin in Stuttgart", "jam në Zvicër": where the writer is, abroad, yields to a
            # town of the shop's market named for the delivery
            spoken = _city(c, 0.6 if abroad else 1.0, mi, s, toks)
            # "a ja dërgoni në Skënderaj?": the town the customer asks delivery to
            spoken.asked = "?" in blanked[e : e + 2] and has_intent(
                "shipping", [t.text for t in toks]
            )
            # (a village is where a house is; a town of the shop's market in the message that
            # gives the phone, or with a word of sending, is said with the details)
            spoken.passing = not (
                c.minor
                or spoken.asked
                or (phones and not abroad)
                or any(t.text in _SEND_TO for t in toks)
            )
            details.cities.append(spoken)
            place_said |= not abroad
            if toks[c.start].raw[:1].isupper():
                # "Adresa Golem, plazhi …": a town written with its capital is the place, never
                # a word of the order ("golem" is also "big")
                covered.append((s + toks[c.start].start, s + toks[c.end - 1].end))
        lead_title = 0
        if (
            len(toks) >= 3
            and toks[0].text in _ADDRESS_LABELS
            and toks[1].raw[:1].isupper()
            and known_given(toks[1].raw)
            and (runs or address_run or any(a > s for a, _b in parts))
        ):
            # "adresa Ilir Ndoja, rr. Ndre Mjeda 7": the label opens the details, the name
            # comes first among them
            lead_title = 1
        elif (
            len(toks) >= 3
            and (toks[0].text in _GREETINGS or toks[0].text in _YES_FIRST)
            and known_given(toks[1].raw)
            and toks[1].raw[:1].isupper()
            and (runs or address_run or any(a > s for a, _b in parts))
        ):
            # "hvala 🙏 Valmira Sulejmani, Shkup, …": thanks before the details; "yes 👍 Ilda
            # Meta, Rr. …": the yes to the merchant's total before them
            lead_title = 1
        while lead_title < 2 and len(toks) - lead_title > 1 and toks[lead_title].text in _TITLES:
            lead_title += 1  # "z. Fatmir Hoxha", "Frau Drita Berisha", "Sig.ra Elona Gjini"
        if lead_title:
            toks = toks[lead_title:]
            words = [t for t in toks if not t.text.isdigit()]
        bracket = blanked.find("(", s, e)
        if bracket >= 0 and sum(s + t.end <= bracket for t in toks) >= 2:
            # "Gëzim Leka (Zimi)": the nickname in brackets is not part of the name
            toks = [t for t in toks if s + t.end <= bracket]
            words = [t for t in toks if not t.text.isdigit()]
        if (
            len(words) == len(toks) == 3
            and cities
            and cities[-1].start == 2
            and cities[-1].end == 3
            and not cities[-1].minor
            and known_given(words[0].raw)
            and not known_given(words[1].raw)  # "Ilir Hasan Prishtina": the family name
        ):
            # "Arbër Jashari Tetovë, Rruga …": the town typed after the name is no part of it
            words = toks = toks[:2]
        elif (
            len(words) == len(toks) == 4
            and known_given(words[0].raw)
            and not known_given(words[1].raw)
            and not address_run
            and not streets.beside(s)
            # the village right after the family name is read only beside its town here
            and [(c.start, c.end, c.minor) for c in find_cities(toks[2:])]
            == [(0, 1, True), (1, 2, False)]
        ):
            # "Besnik Gashi Bellopojë Podujevë 044 …" (no commas): the village before its town
            # is where the house is, as in "…, Bellopojë, Podujevë" (below any other address)
            place = toks[2]
            details.addresses.append(Candidate(place.raw, 0.8, mi, s + place.start, s + place.end))
            words = toks = toks[:2]
        if (
            len(toks) == 5
            and len(words) == 5
            and toks[0].text in _PREMISES
            and toks[1].text in ("e", "i", "te")
            and all(t.raw[:1].isupper() for t in (toks[0], *toks[2:]))
            and plausible_name(f"{toks[-2].raw} {toks[-1].raw}")
            and not find_cities(toks[-2:])
        ):
            # "Zyra e Noterit Emine Qazimi, Rr. …": the person after the office's own name
            words = toks = toks[-2:]
        elif len(words) == len(toks) and _titled_person(toks):
            # "Klinika Dr. Arta Leka", "Studio Ing. Besim Hoti": the person after a title that
            # follows the premises' own name
            words = toks = toks[_titled_person(toks) + 1 :]
        name_text = " ".join(t.raw for t in words)
        if (
            1 <= len(words) <= 3
            and len(words) == len(toks)
            and (plausible_name(name_text) or len(words) >= 2 and _addressed(details, words))
            # "Rruga Hamdi Sina nr 8, Lapraka": one unknown word after the street is its quarter
            and not (
                after_street
                and len(words) == 1
                and not known_given(words[0].raw)
                # "…, Vlore? Marku 067 …": signed right before the number (no stop between)
                and not any(
                    0 <= p.start - e <= 3 and not blanked[e : p.start].strip() for p in phones
                )
            )
        ):
            sc = (
                1.0
                + (1.0 if len(words) >= 2 else 0.0)
                + (1.5 if known_given(words[0].raw) else 0.0)
            )
            if any(fold(w.raw) in lex.family_names for w in words[1:]):
                sc += 0.5
            details.names.append(
                Candidate(name_text, sc, mi, s + words[0].start, s + words[-1].end)
            )
            if sc >= 2:
                covered.append((s, e))
        elif (
            len(words) == len(toks) == 2
            and lower_name(name_text)
            and "(" not in blanked[max(0, s - 2) : s + 1]  # "044 … (ska internet)": a note
            and (
                _next_to_phone(blanked, s, e, phones)
                or known_given(words[0].raw)
                # "berisha teuta": the family name first
                or (fold(words[0].raw) in lex.family_names and known_given(words[1].raw))
                or (pi == 0 and len(parts) > 2 and bool(phones))  # "ferdi gashi, fshati …, 070 …"
            )
        ):
            # "elton brahimaj 067 882 1144": a name typed in lower case, signed beside the number
            # or starting with a known given name ("arlind berisha, rr. adem jashari 5")
            title = " ".join(w.raw.capitalize() for w in words)
            details.names.append(Candidate(title, 0.8, mi, s + words[0].start, s + words[-1].end))
    if address_run:
        runs.append(address_run)
    for run in runs:
        signed = _signed_after_number(blanked, run[-1])
        if signed is not None:
            # "ul 8 shtator br 3 rexhep ademi 078 …": a name typed after the house number
            s0, e0, name = signed
            run = run[:-1] + [(run[-1][0], s0)]
            details.names.append(Candidate(name, 1.5, mi, s0, e0))
        closing = run[-1]
        told = [intro_start(blanked, ns) for ns, _ne, _n, _sc in intro if ns > closing[0]]
        cut = next((x for x in told if closing[0] < x < closing[1]), None)
        if cut is not None:
            # "rruga … 112 kati i dyte une jam valon hasani": the words introducing the name
            # after the house number end the address
            run = run[:-1] + [(closing[0], cut)]
        a, b = run[0][0], run[-1][1]
        value = ", ".join(blanked[x:y].strip(" ,") for x, y in _without_landmarks(blanked, run))
        value = _NOT_THAT_NUMBER.sub(r"\1", value)
        value = _NO_NUMBER.sub("", value)
        value = _LONE_VILLAGE.sub("", value)  # "fshat te xhamia": the village is named apart
        note = _BRACKET_NOTE.search(value)
        if note is not None and (
            any(c.isdigit() for c in value[: note.start()]) or run[0][0] in landmark_runs
        ):
            value = value[: note.start()]  # "Rruga Fan Noli 21 (dyqani i rrobave poshtë)"
        value = _WHERE_CLAUSE.sub("", value)
        value = _PHONE_TAIL.sub("", value)
        first_part = _AT_PERSONS.match(value)
        if first_part is not None and _STREET_WITH_NUMBER.match(value[first_part.end() :]):
            # "Apartment bei Frau Sula, Rruga Flamurit 22": whose flat it is, before the
            # numbered street, is a note for the courier
            value = value[first_part.end() :]
        if _PRICED.search(fold(value)):
            continue  # "… të bardhë 20€. Një set mjafton?": a price, not a house number
        # a street with a house number beats a landmark said later ("afer Hotel Adriatik")
        numbered = 0.2 if any(c.isdigit() for c in value) else 0.0
        score = 1.0 + len(run) * 0.1 + numbered
        if _LABELLED.search(blanked, max(0, a - 40), a):
            score += 0.3  # "Adresa: Kumanovo, ul. …": the address the customer labels
        street = _street_before(details, mi, tokenize(blanked[a:b]))
        if street is not None:
            # "Rruga A. Goga, Pallati Kristal" - "kati 6, ap 23, Elbasan": the floor and flat
            # complete the street of the message before
            value, score = f"{street.value}, {value}", max(score, street.score) + 0.3
        details.addresses.append(Candidate(value, score, mi, a, b))
        details.has_details.add(mi)
        covered.append((a, b))
    for s, e, name, score in intro:
        details.names.append(Candidate(name, score, mi, s, e))
        covered.append((s, e))
    mine = [c for c in details.names if c.message == mi]
    opening = [c for c in mine if not text[: c.start].strip(" .,!:-") and " " in c.value]
    if asked and opening:
        # "Në emër të kujt?" - "Era Rexhepi (vajza). une jam Ardita nana e saj": the full name
        # that answers the shop's question for the name beats the writer's own introduced after
        opening[0].score = max(c.score for c in mine) + 0.1
        if own_asked or not any(c.message == mi and c is not opening[0] for c in details.names):
            # "Emri Hysen Lleshi 1939-2026" (the name to engrave) … "Emri juaj dhe nr?" -
            # "Arta Lleshi 069…": the name that answers the shop's question for the writer's own
            # beats every name said before it; so does the answer's only name to a question for
            # the name ("djali im Arbi mbush 10 vjeç" … "Në ç'emër?" - "Eriola Dervishi, 068
            # …": the child named first is who the party is for, the booking is the parent's)
            opening[0].score = max(c.score for c in details.names) + 0.1
    if phones:
        details.has_details.add(mi)
    if phones or runs:
        details.cities.extend(pending)
    towns = [t for t in details.cities if t.message == mi and not t.minor and t.score >= 2]
    if towns:
        # "Elbasan, Shirgjan, rr. …", "fsh. Çegran, Gostivar": the town named beside its village
        # is the delivery city
        top = max(t.score for t in towns)
        for v in details.cities:
            if v.message == mi and v.minor and v.score >= top:
                v.score = top - 0.1
    return covered


_LANDMARK = word_set("landmark_words")
# the house, in Albanian: a building part ("shtëpia 22") or, without a number, its description
_HOUSE_SQ = frozenset(["shtepia", "shtepi", "shpija", "shpia"])
# "kati përdhes ku është kantieri": a clause on what is there closes the address
_WHERE_CLAUSE = re.compile(
    r"(?<!\s)\s+(?:ku|where|dove|wo)\s+(?:eshte|është|osht|asht|is|è|c'è|ist|ka|jane|janë)\b.*$",
    re.IGNORECASE,
)
# "… pallati 4 kati dytë numri i saj 068 …": the label of the number typed after the address
_PHONE_TAIL = re.compile(
    r"(?<!\s)[\s,]+(?:(?:numri|numrin|nr|tel|cel|telefoni|phone|nummer)\s+(?:i|e)\s+(?:saj|tij|tyre|"
    r"nenes|nënës|nanes|babait|motres|motrës|vellait|vëllait)|(?:numri|numrin|telefoni|tel|cel)"
    r"(?:\s+(?:im|jem|tim|tem))?|(?:her|his|my)\s+(?:number|phone)|(?:ihre|seine|meine)\s+nummer)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# "rr. e Kavajës 40 jo 4", "Via Roma 12, not 21": the house number corrected in the address
_NOT_THAT_NUMBER = re.compile(
    r"\b(\d+[a-zA-Z]?)(?:\s*,\s*|\s+)(?:jo|not|non|nicht)\s+\d+[a-zA-Z]?\b"
)
# "në fshat te xhamia, Xhepçisht": the word "village" without its name, before a landmark
_LONE_VILLAGE = re.compile(
    r"^(?:fshat|fshati|fshatin|village|dorf)\s+(?=(?:te|tek|pran[eë]|af[eë]r|near|bei)\b)",
    re.IGNORECASE,
)
# a note in brackets closing the address, after its number: for the courier
_BRACKET_NOTE = re.compile(r"(?<!\s)\s*\([^)]*\)?\s*$")
# "rruga Dëshmorët e Kombit pa numër, …", "p.n.": saying the house has no number adds nothing
_NO_NUMBER = re.compile(
    r"(?<!\s)\s+(?:p\.?\s?n\b\.?|pa\s+(?:numer|numër|nr\.?|numra)|s'ka\s+(?:numer|numër|nr\.?)|no\s+(?:house\s+)?number|"
    r"senza\s+(?:numero|civico)|ohne\s+(?:haus)?nummer)\b\.?",
    re.IGNORECASE,
)
# street words that name a street (not a neighbourhood, village or building)
_STREET_PROPER = word_set("street_proper")


# an address label shortly before an address run ("Adresa: Kumanovo, ul. …")
_LABELLED = re.compile(
    r"\b(?:adresa|adresen|adresën|address|adresse|lieferadresse|indirizzo)\b\s*:?[^.!?\n]*$",
    re.IGNORECASE,
)


_CONNECTORS = frozenset(["i", "e", "te", "të", "se", "së", "di", "del", "della"])
_VILLA = frozenset(["vila", "vilat", "villa", "vilë", "vile"])


def _addressed(details: Details, head: list[Token]) -> bool:
    """ "Bianca Gjoni, Via …" and the merchant's "Grazie Bianca!": a given name that is also a
    lexicon word (a colour) is a name when the merchant addresses the customer by it."""
    return (
        head[0].text in details.addressed
        and head[0].raw[:1].isupper()
        and plausible_name(" ".join(t.raw for t in head[1:]))
    )


def _neighbourhood(toks: list[Token]) -> bool:
    """1-4 capitalised words joined by "i / e / të" that are no person's name and no town
    ("Uji i Ftohtë", "Kodra e Diellit", "Blloku"): a quarter named before its house."""
    if not 1 <= len(toks) <= 4 or not toks[0].raw[:1].isupper() or known_given(toks[0].raw):
        return False
    if not all(t.text.isalpha() and (t.raw[:1].isupper() or t.text in _CONNECTORS) for t in toks):
        return False
    if toks[-1].text in _CONNECTORS or find_cities(toks):
        return False
    lex = lexicon()
    if any(t.text in lex.product_exact or lex.concept(t.text) is not None for t in toks):
        return False
    written = " ".join(t.raw for t in toks)
    return any(t.text in _CONNECTORS for t in toks) or not plausible_name(written)


# a residential complex named before its block or floor ("apartamentet Rilindja, kati 1")
_RESIDENCES = frozenset(
    ["apartamentet", "rezidenca", "rezidence", "kompleksi", "kompleks", "residence", "residenza"]
    + ["complesso", "condominio", "wohnanlage", "residenz", "naselje"]
)


def _residence(toks: list[Token]) -> bool:
    """A residential complex and its capitalised name, 2-4 words with no number."""
    return (
        2 <= len(toks) <= 4
        and toks[0].text in _RESIDENCES
        and toks[1].raw[:1].isupper()
        and all(t.text.isalpha() for t in toks)
    )


def _numbered_house(toks: list[Token]) -> bool:
    """A part opening with a building or villa and its number ("vila 12", "pallati 7")."""
    return (
        len(toks) >= 2
        and (toks[0].text in _BUILDING or toks[0].text in _VILLA)
        and toks[1].text[:1].isdigit()
    )


# words that may come before a landmark in a part: "the site is", "main road", "rruga kryesore"
_BEFORE_LANDMARK = frozenset(
    ["the", "site", "shop", "house", "building", "is", "it", "its", "we", "are", "main", "road"]
    + ["kantieri", "dyqani", "shtepia", "shpija", "eshte", "osht", "asht", "jemi", "jena", "jom"]
    + ["rruga", "kryesore", "rruges", "e", "te", "tek", "strada", "principale", "la", "casa"]
    + ["il", "negozio", "das", "haus", "ist", "hauptstrasse", "ne", "n", "in"]
)


def _landmark_at(toks: list[Token], k: int) -> bool:
    two = f"{toks[k].text} {toks[k + 1].text}" if k + 1 < len(toks) else ""
    return toks[k].text in _LANDMARK or two in _LANDMARK


def _landmark_only(toks: list[Token]) -> bool:
    """A part that is a landmark and what it names, after at most a few words saying what is
    there ("afër xhamisë", "the site is next to the water tower", "main road near the
    municipality", "përballë karburantit Lumi"), with no digits (a number is another field)."""
    if not 2 <= len(toks) <= 12 or any(t.text[:1].isdigit() for t in toks):
        return False
    for k in range(min(6, len(toks) - 1)):
        if _landmark_at(toks, k):
            if k + 1 >= len(toks):
                return False
            head = toks[:k]
            if all(t.text in _BEFORE_LANDMARK for t in head):
                return True
            # "ne Kodra e Diellit prane kishes": the quarter, then its landmark
            while head and head[0].text in _AT_QUARTER:
                head = head[1:]
            return bool(head) and _neighbourhood(head)
        if toks[k].text not in _BEFORE_LANDMARK and not (
            toks[k].raw[:1].isupper() or toks[k].text in _CONNECTORS
        ):
            return False
    return False


# a request after the house number opens the order typed on with the address ("… pallati 210
# ngjitur me lulishten mo sill te lutem nje thes miell …")
_REQUEST = frozenset(["sill", "sillni", "sjell", "lutem", "please", "pls", "bitte", "dua", "du"])


def _before_request(toks: list[Token], end: int) -> int:
    """The end of an address part before a request that follows its house number."""
    first = next((k for k in range(end) if toks[k].text[:1].isdigit()), None)
    if first is None:
        return end
    texts = [t.text for t in toks[:end]]
    starts = [a for a, _b in intent_spans("order", texts) if a > first]
    starts += [k for k in range(first + 1, end) if texts[k] in _REQUEST]
    if not starts:
        return end
    k = min(starts)
    while k > first + 1 and texts[k - 1] in ("mo", "ma", "me", "mi", "m", "ta", "te", "ju"):
        k -= 1  # "mo sill", "te lutem", "ju lutem"
    return k


# a first part saying at whose place the flat is ("Apartment bei Frau Sula, ", "flat at Mrs
# Leka's, ", "te zonja Leka, "), ended by its comma
_AT_PERSONS = re.compile(
    r"^[^,\d]{0,30}?\b(?:bei|at|c/o|presso|da|te|tek)\s+(?:frau|herr|familie|mrs|mr|ms|family|"
    r"zonja|zoti|znj|famiglia|signora|sig\.ra|sig)\b\.?[^,\d]{0,40},\s*",
    re.IGNORECASE,
)
_STREET_WITH_NUMBER = re.compile(
    r"(?:rr|rruga|rruge|via|viale|strasse|straße|ul|ulica|bulevardi|bul)\b\.?[^,\d]{1,60}\d",
    re.IGNORECASE,
)


# the Macedonian / Serbian "s." (selo, village) before a village's name
_SELO = frozenset(["s", "selo", "село"])
# the words that lead a quarter named before its landmark: "në / te Kodra e Diellit afër …"
_AT_QUARTER = frozenset(["ne", "n", "in", "te", "tek", "at"])


def _town_of_place(toks: list[Token], c: CityHit) -> bool:
    """A town in the genitive closing a part that names a place, not a street ("QMF te
    Vushtrrisë", "shkolla e Gjilanit", "spitali i Pejës"): the town is the delivery city."""
    if c.minor or c.start < 2 or toks[c.start - 1].text not in ("te", "të", "e", "i", "se", "së"):
        return False
    head = toks[: c.start - 1]
    place = head[-1]
    # the word before the article names a kind of place ("spitali", "QMF"), not a proper name
    # ("shkolla Lidhja e Prizrenit": the school is named after the town, elsewhere)
    if not (institution_word(place.text) or (place.raw.isupper() and 2 <= len(place.raw) <= 5)):
        return False
    lex = lexicon()
    return not any(
        t.text in _STREET_PROPER or t.text in lex.street_suffixes or t.text[:1].isdigit()
        for t in head
    )


def _without_town(head: list[Token]) -> list[Token]:
    """ "Ramadan Selmani Kërçovë lagja …": the town after the name is not part of it."""
    towns = [c for c in find_cities(head) if c.end == len(head) and c.start >= 2]
    return head[: towns[0].start] if towns else head


def _signed_after_number(text: str, part: tuple[int, int]) -> tuple[int, int, str] | None:
    """Two lower-case words closing an address part after its house number, a known given name
    among them: the customer's name typed on ("… br 3 rexhep ademi")."""
    toks = tokenize(text[part[0] : part[1]])
    if len(toks) < 4 or not toks[-3].text[:1].isdigit():
        return None
    tail = toks[-2:]
    words = " ".join(t.raw for t in tail)
    if not words.islower() or not lower_name(words) or not any(known_given(t.raw) for t in tail):
        return None
    return part[0] + tail[0].start, part[0] + tail[-1].end, words.title()


def _street_before(details: Details, mi: int, toks: list[Token]) -> Candidate | None:
    """The address of the customer's message just before, when this one only adds the
    building, floor or flat to it (it starts with such a word and names no street)."""
    if not toks or toks[0].text not in _BUILDING:
        return None
    if any(t.text in lexicon().street_words for t in toks):
        return None
    # the message just before, or the one before the merchant's question ("Shkalla dhe kati?")
    last = max((c.message for c in details.addresses if mi - 2 <= c.message < mi), default=None)
    before = [c for c in details.addresses if c.message == last]
    return max(before, key=lambda c: c.score) if before else None


_HOUSE = _HOUSE_SQ | frozenset(["house", "casa", "haus"])


_WHEN_LEADS = frozenset(["kur", "sapo", "when", "once", "quando", "appena", "wenn", "sobald"])


def _house_after_directions(toks: list[Token]) -> int:
    """Where the house described by a landmark starts after directions ("kur hyn në fshat
    shpija e tretë mas xhamisë", "when you enter the village the house behind the church"):
    0 when the part does not open with "when"."""
    if len(toks) < 5 or toks[0].text not in _WHEN_LEADS:
        return 0
    for j in range(2, min(len(toks) - 1, 8)):
        if toks[j].text in _HOUSE and any(t.text in _LANDMARK for t in toks[j + 1 : j + 6]):
            return j
    return 0


def _landmark(part: list[Token]) -> bool:
    """A landmark ("afër Kalasë") or the house described ("shtëpia me kapi jeshile"), not
    the house's number ("shtëpia 22"), or whose home it is ("tek prindërit", "at my mum's")."""
    if _landmark_at(part, 0):  # "afër Kalasë", "next to the warehouse"
        return True
    if part[0].text in _AT_HOME and 2 <= len(part) <= 4:
        *mine, whose = part[1:]
        if all(t.text in _MINE_WORDS for t in mine) and fold(whose.text).rstrip("'s") in KIN:
            return True
    return part[0].text in _HOUSE and not any(t.text[:1].isdigit() for t in part)


# the words that say at whose home: "te / tek prindërit", "at my parents", "bei meinen Eltern"
_AT_HOME = frozenset(["te", "tek", "at", "bei", "presso", "da", "kod"])
_MINE_WORDS = word_set("possessive_before") | word_set("possessive_after") | {"i"}


def _note_part(part: list[Token]) -> bool:
    """A part with no number that tells the courier what the building holds or whose place it
    is ("pallati me dyqanin e celularëve", "te zyrat e Kejdit"), said inside an address."""
    if not 2 <= len(part) <= 6 or any(t.text[:1].isdigit() for t in part):
        return False
    if part[0].text in _BUILDING and part[1].text in ("me", "ku", "with", "mit", "con"):
        return True
    lex = lexicon()
    return (
        part[0].text in _AT
        and not part[1].raw[:1].isupper()
        and part[1].text.isalpha()
        and part[1].text not in lex.street_words
        and part[1].text not in _BUILDING
        and not find_cities(part[1:], minor=True)
    )


def _titled_person(toks: Sequence[Token]) -> int:
    """ "Klinika Dr. Arta Leka", "Ordinanca Vizioni Dr. Ana Leka": where the title before the
    person sits in a part that opens with a premises' word, or 0."""
    if len(toks) < 3 or toks[0].text not in _PREMISES:
        return 0
    k = next((j for j in range(1, len(toks) - 1) if toks[j].text in _TITLES), 0)
    rest = toks[k + 1 :]
    if (
        k
        and 1 <= len(rest) <= 3
        and all(t.raw[:1].isupper() for t in rest)
        and plausible_name(" ".join(t.raw for t in rest))
    ):
        return k
    return 0


# the words of a town's quarter, said before its street
_QUARTERS = word_set("quarter_words")


def _without_landmarks(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of an address without the landmarks said after a street and house number
    ("Rr. Ismail Zyma nr 5, afër Kalasë": a hint for the courier, not the address). A landmark
    after a neighbourhood or a street without a number ("Lagjja 11, pranë shkollës …") is
    what finds the door, and stays."""
    parts = [tokenize(text[x:y]) for x, y in run]
    street = next(
        (
            k
            for k, p in enumerate(parts)
            if p
            and (p[0].text in _STREET_PROPER or p[0].text in _QUARTERS)
            and any(t.text[:1].isdigit() for t in p)
        ),
        0,
    )
    if street:
        # "Klinika Sara, Lagjja 5, Rr. …", "Klinika Sara, Lagjja Kodra, Rr. … 9": the
        # numbered quarter, or the quarter said before the numbered street, starts the address
        while street > 1 and parts[street - 1] and parts[street - 1][0].text in _QUARTERS:
            street -= 1
    if (
        street
        and all(
            p
            and len(p) <= 4
            and p[0].text in _PREMISES
            # "klinika Sara": a lower-case premises word before the premises' capitalised name
            and (p[0].raw[:1].isupper() or (len(p) > 1 and p[1].raw[:1].isupper()))
            for p in parts[:street]
        )
    ):
        # "Hotel Drini, ul. Kaj Izvori 5", "Market Sara, Rruga …": the business named before
        # the numbered street is who is there; the street finds it
        run, parts = run[street:], parts[street:]
    if len(run) >= 3 and parts[0] and parts[0][0].text in _STREET_PROPER:
        numbered = parts[0][-1].text[:1].isdigit()
        keep = [
            k
            for k, p in enumerate(parts)
            if not (numbered and 0 < k < len(run) - 1 and p and _note_part(p))
        ]
        # "rr. Bilal Sina nr 12, pallati me dyqanin e celularëve, kati 4": a note between the
        # numbered street and its floor is for the courier, not the address
        run = [run[k] for k in keep]
        parts = [parts[k] for k in keep]
    end = len(run)
    while end > 1 and parts[end - 1] and _landmark(parts[end - 1]):
        end -= 1
    lex = lexicon()
    street = any(
        p
        and (p[0].text in _STREET_PROPER or p[-1].text in lex.street_suffixes)
        # "rruga kryesore, shtëpia e re mas shkollës": the main road names no street; the
        # house described on it finds the door
        and not all(t.text in _GENERIC_ROAD for t in p[1:])
        for p in parts[:end]
    )
    if end == len(run) or not street or not parts[end - 1]:
        return run
    if parts[end - 1][-1].text[0].isdigit():
        return run[:end]
    # "rruga e Shën Thanasit, shtëpia me kangjella blu": the house described after a named
    # street is a hint for the courier too (a landmark there stays: it finds the door)
    house = end
    while house < len(run) and parts[house] and parts[house][0].text in _HOUSE_SQ:
        house += 1
    return run[:end] if house == len(run) else run


_GENITIVE = word_set("genitive")
_BUSINESS = word_set("business_places") | word_set("trades")
_PREMISES = _BUSINESS | word_set("organisations")
_ADDRESS_LABELS = word_set("address_labels")
_GREETINGS = word_set("greetings")


# a label that opens the next field, ending an address typed on one line with it
_NEXT_FIELD = frozenset(["emri", "emrin", "name", "nome", "tel", "cel", "telefon", "telefoni"])
_STREET_ABBREV = word_set("street_before_name")


def _named_after(toks: list[Token], k: int) -> bool:
    """ "rr Ilindenska", "rr 28 Nentori", "rr. aleksander goga": a street abbreviation followed
    by a name, a given name typed in lower case, or a number."""
    return k + 1 < len(toks) and (
        toks[k + 1].raw[:1].isupper()
        or toks[k + 1].text[:1].isdigit()
        or known_given(toks[k + 1].raw)
        or _lower_name_then_number(toks, k + 1)
    )


def _lower_name_then_number(toks: list[Token], k: int) -> bool:
    """ "rruga dëshmorët e kombit 44", "rruga e dibres te pallati 210": a street's name typed in
    lower case, one to four words (joined by "e / i / të") before the house or block number."""
    stop = word_set("stopwords")
    lex = lexicon()
    named = False
    for j in range(k, min(len(toks), k + 5)):
        t = toks[j]
        if t.text[:1].isdigit():
            return named and toks[j - 1].text not in _CONNECTORS
        if t.text in _CONNECTORS and len(t.text) <= 3:
            continue
        if t.text in _BUILDING and j + 1 < len(toks) and toks[j + 1].text[:1].isdigit():
            return named  # "rruga e dibres te pallati 210": the block's number
        named = True
        if (
            not t.text.isalpha()
            or (len(t.text) < 2 and t.text not in _CONNECTORS)
            or (t.text in stop and t.text not in _CONNECTORS)
            or t.text in lex.numbers
            or t.text in lex.detail_words
        ):
            return False
    return False


def _closing_given(text: str) -> tuple[int, int] | None:
    """The span of a known given name written with its capital as the last word of a message
    whose other words are all in lower case ("ok po e merr djali nesër Andi"), not a town."""
    toks = [t for t in tokenize(text) if t.text.isalpha()]
    if len(toks) < 3 or len(toks) > 40:
        return None
    last = toks[-1]
    if re.search(r"\w", text[last.end :]) or not last.raw[:1].isupper():
        return None
    if not last.raw[1:].islower() or any(not t.raw.islower() for t in toks[:-1]):
        return None
    if not known_given(last.raw) or find_cities([last]):
        return None
    return last.start, last.end


def _signature(toks: list[Token], end: int) -> tuple[int, int] | None:
    """1-2 capitalised words closing a street part after its number: a name, not the street."""
    nums = [k for k in range(end) if toks[k].text[:1].isdigit()]
    if not nums or nums[-1] >= end - 1:
        return None
    if nums[-1] and toks[nums[-1] - 1].text in lexicon().street_words:
        return None  # "Rruga 11 Nëntori", "rr. 28 Nëntori": the number is in the street's name
    a = nums[-1] + 1
    words = toks[a:end]
    if not 1 <= len(words) <= 2 or not all(w.raw[:1].isupper() and w.text.isalpha() for w in words):
        return None
    if not plausible_name(" ".join(w.raw for w in words)):
        return None
    lex = lexicon()
    if any(
        w.text in lex.detail_words
        or w.text in lex.street_words
        or w.text in lex.street_suffixes
        or w.text.endswith(_STREET_ENDINGS)
        for w in words
    ):
        return None  # "22 Baker Street", "5 Lindenweg": the street, not a signature
    return a, end


_COPULA = word_set("copula")
# the words that take back what was just typed: "jo jo", "nein sorry", "no wait", "me fal"
_RETRACT = word_set("negations") | frozenset(
    ["nein", "sorry", "pardon", "wait", "prit", "fal", "scusa", "scusate", "sori", "falsch"]
)


def _labelled_at(toks: list[Token], k: int) -> bool:
    """An address label right before token k ("… 4 kile, adresa është Wiener Straße 140"): what
    comes before is the order, not the street."""
    j = k - 1 if k >= 1 and toks[k - 1].text in _COPULA else k
    return j >= 1 and toks[j - 1].text in _ADDRESS_LABELS


def _street_start(toks: list[Token], k: int) -> bool:
    """Token k starts the street part of a longer part ("... 50 g. Adresa: Königstraße 58")."""
    t = toks[k]
    if toks[k - 1].text in _ADDRESS_LABELS:
        return True
    if len(t.text) > 1 and t.raw[:1].isupper():
        return t.text in lexicon().street_words or t.text.endswith(_STREET_ENDINGS)
    return False


# words a city part may hold besides the city: "ne", "in", and postal country prefixes ("CH-8001")
_CITY_PART_WORDS = frozenset(
    [
        "ne",
        "in",
        "a",
        "te",
        "tek",
        "nach",
        "to",
        "per",
        "ke",
        "ch",
        "d",
        "de",
        "at",
        "it",
        "i",
        "cap",
        "plz",
    ]
    + ["n"]  # "n'Shkup": the Gheg "në"
)
_POSTCODE_PREFIX = frozenset(["ch", "d", "de", "a", "at", "i", "it"])
_CITY_LEADS = frozenset(["ne", "në", "in", "a", "nach", "to", "ke", "te", "tek"])


# a village named beside its town ("Durrës, Shkozet", "fsh. Çegran, Gostivar"): the town is the
# city of the delivery
_MINOR = 1.2
_VILLAGE_LEADS = _CITY_LEADS | VILLAGE_WORDS


# "from" before the street the writer lives in, and before a town they come from (the one set
# both readers use: an earlier, shorter one of the street reader's was redefined by this one)
_FROM = word_set("from_words") | word_set("from_or_of")
# the words that say "from" whatever comes before them ("di" is also "of": "sono di Fier" only)
_FROM_ANY = word_set("from_words")
# "jam / I'm / we're / sono / bin / komme … prej / from / di / aus"
_BE = frozenset(["jam", "jemi", "jom", "jena", "je", "im", "m", "were", "re", "am", "are"])
_BE |= frozenset(["sono", "siamo", "vengo", "veniamo", "bin", "sind", "komme", "kommen", "come"])


def _origin(toks: list[Token], k: int) -> bool:
    """The city at ``k`` is where the writer is from ("jam prej Prishtine", "I'm from Zurich",
    "sono di Fier", "ich komme aus Prizren"), not where the parcel goes."""
    if k >= 2 and toks[k - 1].text in _HERE_AT and toks[k - 2].text in _WORK:
        return True  # "un punoj ne Shkup", "I work in Zurich": where the writer works
    if k < 2 or toks[k - 1].text not in _FROM:
        return False
    if toks[k - 2].text in _BE:
        return True
    if toks[k - 1].text in _FROM_ANY:
        # "jemi me pushime në Vlorë prej Prishtine", "can I order a cake for her from London",
        # "Grüße aus Wien", "pozdrav iz Beograda": whoever or whatever comes from a town, the
        # parcel does not go there
        return True
    # "I'm over from London", "jam ardhur nga Zvicra", "sono qui da Milano": a visit
    return k >= 3 and toks[k - 2].text in _VISITING and toks[k - 3].text in _BE


_VISITING = frozenset(["over", "here", "visiting", "down", "back", "ardhur", "ardh", "qui"])
_WORK = word_set("work_verbs")


_HERE_AT = frozenset(["ne", "në", "n", "in", "a"])
# the Albanian-speaking market a shop delivers in
_MARKET = frozenset(["AL", "XK", "MK", "ME"])


def _where_i_am(toks: list[Token], k: int) -> bool:
    """The city at ``k`` is where the writer is now ("jam në Zürich", "I'm in Stuttgart",
    "sono a Milano", "ich bin in Wien")."""
    return k >= 2 and toks[k - 1].text in _HERE_AT and toks[k - 2].text in _BE


_LIVE_VERBS = word_set("live_verbs")


def _writer_is_in(toks: Sequence[Token], k: int) -> bool:
    """The city at ``k`` is where the writer is or lives: "jam në Shkup", "jom n Podgoric",
    "jetoj në Ulqin", "I live in Boston", "ich bin bis August in München" (at most two words
    between the verb and "in")."""
    if k < 2 or toks[k - 1].text not in _HERE_AT:
        return False
    for j in range(k - 2, max(-1, k - 5), -1):
        word = toks[j].text
        if word in _BE or word in _LIVE_VERBS:
            return True
        if not word.isalpha() or word in _HERE_AT or word in _SEND_TO:
            return False
    return False


def _abroad(city: str, region: str) -> bool:
    """A city outside the shop's market (its country and the Albanian-speaking Balkans)."""
    where = place_region(city)
    return where is not None and where != region and where not in _MARKET


def _goods_origin(index: CatalogIndex | None, toks: Sequence[Token], c: CityHit) -> bool:
    """A town typed in lower case right after a word of a catalog product ("1 kg domate
    fieri", "djathë gjirokastre"): where the goods come from, not the delivery town."""
    return (
        index is not None
        and c.start > 0
        and not toks[c.start].raw[:1].isupper()
        and toks[c.start - 1].text not in _TO_TOWN | _CITY_LEADS
        and index.word_in_name(toks, c.start - 1)
    )


def _delivery_place(toks: list[Token], c: CityHit) -> bool:
    """A city anywhere; a settlement of the gazetteer ("Drenovë", "Poroj") only where a place
    is said: alone in its part, or after "ne / in / a / fshati" ("ma sillni në Drenovë")."""
    if not c.minor:
        return True
    if c.start > 0 and toks[c.start - 1].text in _VILLAGE_LEADS:
        return True
    return all(
        c.start <= k < c.end or t.text.isdigit() or t.text in _CITY_PART_WORDS
        for k, t in enumerate(toks)
    )


def _institution_after_lead(toks: list[Token], k: int) -> bool:
    """ "Dërgojini në Shkolla Naim Frashëri": a named institution after lead words; typed in
    lower case ("deliver to shkolla 9-vjeçare Naim Frashëri", "qojeni te spitali Asim Zeneli")
    when its own name has capitals (``institution_address``)."""
    lead = toks[:k]
    if lead and lead[-1].text in ("te", "tek") and not toks[k].raw[:1].isupper():
        lead = lead[:-1]  # "dërgojeni te shkolla …": at the school
    return (
        (toks[k].raw[:1].isupper() or (bool(lead) and institution_word(toks[k].text)))
        and all(t.text in _LEAD_WORDS for t in lead)
        and institution_address(toks[k:])
    )


# the words of a building's parts: floor, flat, entrance, stairwell, block
_BUILDING = (
    frozenset(
        ["kati", "kat", "ap", "apt", "app", "apartamenti", "pallati", "pall", "shkalla", "shk"]
        + ["hyrja", "hyrje", "banesa", "floor", "flat", "piano", "interno", "stock", "etage"]
        + ["wohnung", "stan", "sprat", "ulaz", "lamela", "lam", "blloku"]
        + ["lgh", "building", "ndertesa", "ndertese", "objekti", "edificio", "gebaude", "eingang"]
        + ["entrance", "ingresso", "orofos"]
    )
    | _HOUSE_SQ
)


_HOUSE_NUMBER = re.compile(
    r"(?:(?P<new>\d+[a-zA-Z]?)\s+(?:eshte|është|osht|asht|is|è|ist)\s+)?"
    r"(?:numri i shtepise|numri i shtëpisë|nr i shtepise|the house number|house number|"
    r"il numero civico|numero civico|die hausnummer|hausnummer)"
    r"(?:\s+(?:eshte|është|is|è|ist)\s+(?P<new2>\d+[a-zA-Z]?))?"
    r"(?:\s*,?\s*(?:jo|not|non|nicht)\s+(?P<old>\d+[a-zA-Z]?))?",
    re.IGNORECASE,
)
# a piece of the house number's label each match of _HOUSE_NUMBER holds, read case-blind (an
# ASCII text's lower case; any other text is searched)
_HOUSE_NUMBER_WORDS = any_of("shtepise", "house number", "numero civico", "hausnummer")
# "Mos e thirrni para 4", "call after 5": a note for the courier, not the address
_CALL_WORDS = frozenset(
    ["mos", "thirrni", "thirr", "telefononi", "call", "ring", "chiamate", "anrufen", "bitte"]
)


# "…, shtëpia me kangjella blu. Jam në Athinë deri të premten": where the writer is now
_WRITER_IS = frozenset(["jam", "jem", "jom", "jemi", "jena", "i'm", "im", "ich", "sono", "io"])
_LIVE = _LIVE_VERBS


def _instruction(toks: list[Token]) -> bool:
    return toks[0].text in _WRITER_IS or any(t.text in _CALL_WORDS for t in toks[:3])


def _orders_goods(index: CatalogIndex | None, toks: Sequence[Token]) -> bool:
    """ "…, rr. Zija Shemsiu 12, mi qoni nje aparat …": a part that opens with an order phrase
    and names a catalog product is the order, not more of the address before it."""
    if index is None:
        return False
    spans = intent_spans("order", [t.text for t in toks[:6]])
    return any(a <= 1 for a, _b in spans) and any(index.name_at(toks, k) for k in range(len(toks)))


def _starts_with(text: str, words: frozenset[str]) -> bool:
    toks = tokenize(text)
    return bool(toks) and toks[0].text in words


class _NumberedStreets:
    """The parts of a message that are a street with a house number, found once when asked."""

    def __init__(self, text: str, parts: list[tuple[int, int]]) -> None:
        self.text, self.parts = text, parts
        self.starts: frozenset[int] | None = None

    def beside(self, here: int) -> bool:
        """Another part of the message is a numbered street."""
        if self.starts is None:
            found = set()
            for a, b in self.parts:
                toks = tokenize(self.text[a:b])
                if any(t.text[:1].isdigit() for t in toks) and street_score(toks) >= 3:
                    found.add(a)
            self.starts = frozenset(found)
        return bool(self.starts - {here})


def _postcode(t: Token) -> bool:
    return t.text.isdigit() and 4 <= len(t.text) <= 5


def _before_postcode(toks: list[Token], end: int) -> int:
    """ "Bahnhofstrasse 5 (CH-)8001": the street ends before a postcode after the house number."""
    if end < 3 or not _postcode(toks[end - 1]):
        return end
    j = end - 1
    if toks[j - 1].text in _POSTCODE_PREFIX:
        j -= 1
    return j if j > 1 and toks[j - 1].text[:1].isdigit() else end


def _town_after(toks: list[Token], end: int) -> int | None:
    """ "... 7 ne Oberfeld": the index of a town's first word after a house number and "ne/in"."""
    for size in (1, 2):
        t0 = end - size
        if t0 < 2 or toks[t0 - 1].text not in ("ne", "në", "in") or not toks[t0 - 2].text.isdigit():
            continue
        words = toks[t0:end]
        if all(w.text.isalpha() and w.raw[:1].isupper() and w.text not in NOT_NAME for w in words):
            return t0
    return None


def _postcode_town(toks: list[Token]) -> tuple[str, int, int] | None:
    """A postcode part ("8001 Zürich", "6340 Unterdorf"): the town, when its name is unknown."""
    if not 2 <= len(toks) <= 3 or not (toks[0].text.isdigit() and 4 <= len(toks[0].text) <= 5):
        return None
    rest = toks[1:]
    if not all(t.text.isalpha() and t.raw[:1].isupper() for t in rest):
        return None
    if any(t.text in lexicon().street_words or t.text in NOT_NAME for t in rest):
        return None
    if len(rest) > 1 and _REGION_CODE.fullmatch(rest[-1].raw):
        rest = rest[:-1]  # "25121 Brescia (BS)": the province, not the town
    return " ".join(t.raw for t in rest), rest[0].start, rest[-1].end


_REGION_CODE = re.compile(r"[A-Z]{2}")
# the states of the USA, for "Bronx NY 10467"
_US_STATES = frozenset(load("regions.json")["US"]["states"])


def _us_town(toks: list[Token]) -> tuple[str, int, int] | None:
    """ "Bronx NY 10467", "Sterling Heights, MI 48310": the town before a state and a ZIP code."""
    if not 3 <= len(toks) <= 5 or not (toks[-1].text.isdigit() and len(toks[-1].text) == 5):
        return None
    if toks[-2].raw not in _US_STATES:
        return None
    return _town_words(toks[:-2])


# a British postcode closing a part: outward code (LU1, N16, SW1A, B10) and inward code (3PT)
# and a province or canton code in parentheses ("Sesto San Giovanni (MI)", "Wil (SG)")
_POSTAL_TAIL = re.compile(
    r"(?:(?<![\w])[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}|\(\s*[A-Z]{2}\s*\))\s*$"
)


def _town_words(toks: list[Token]) -> tuple[str, int, int] | None:
    """1-3 capitalised words before a postcode ("Ashford", "Milton Keynes"): a town."""
    if not 1 <= len(toks) <= 3 or not all(t.text.isalpha() and t.raw[:1].isupper() for t in toks):
        return None
    lex = lexicon()
    if any(t.text in lex.street_words or t.text in lex.street_suffixes for t in toks):
        return None
    return " ".join(t.raw for t in toks), toks[0].start, toks[-1].end


def _numbered_building_parts(toks: list[Token]) -> int:
    """How many building words with their number a part holds ("hyrja 1 banesa 12": two)."""
    return sum(
        1 for k, t in enumerate(toks[:-1]) if t.text in _BUILDING and toks[k + 1].text[:1].isdigit()
    )


def _bare_street(toks: list[Token]) -> bool:
    """1-3 capitalised words and a house number, no street word ("Patision 215", "Kungsgatan
    12"): a street when the town follows."""
    if not 2 <= len(toks) <= 5 or not toks[-1].text.isdigit() or len(toks[-1].text) > 4:
        return False
    # "Dardania SU 5/3": the house number may be two
    words = toks[:-2] if len(toks) > 2 and toks[-2].text.isdigit() else toks[:-1]
    if not 1 <= len(words) <= 3:
        return False
    lex = lexicon()
    return all(
        w.text.isalpha()
        and w.raw[:1].isupper()
        and w.text not in lex.product_exact
        and lex.concept(w.text) is None
        and not known_given(w.raw)
        and w.text not in NOT_NAME
        for w in words
    ) and not find_cities(words)


_AT = frozenset(["te", "tek"])


def _city_only(toks: list[Token], minor: bool = False) -> bool:
    """The part is a town (with ``minor``, also a settlement written with a capital:
    "Kralja Milutina 18, Gračanica")."""
    cities = find_cities(toks, minor=minor)
    return bool(cities) and all(
        any(c.start <= k < c.end for c in cities) or t.text.isdigit() or t.text in _CITY_PART_WORDS
        for k, t in enumerate(toks)
    )


def _signed_before_phone(
    toks: list[Token], s: int, e: int, text: str, phones: list[PhoneHit]
) -> int:
    """How many capitalised words (2-3, a known given name first) close a longer part typed in
    lower case right before the phone number: the writer's name ("… e bukes Sabit Rexhepi 071
    …"); 0 when none."""
    if len(toks) < 3 or not any(0 <= p.start - e <= 3 for p in phones):
        return 0
    for n in (3, 2):
        if len(toks) < 5 and not _agreed_before(toks[:-n]):
            continue
        w = toks[-n:]
        before = toks[-n - 1]
        if (
            all(t.raw[:1].isupper() and t.text.isalpha() for t in w)
            and known_given(w[0].raw)
            and not before.raw[:1].isupper()
            and before.text.isalpha()
            and plausible_name(" ".join(t.raw for t in w))
            and not find_cities(w)
            and not any(t.text in lexicon().street_words for t in w)
        ):
            return n
    return 0


def _agreed_before(toks: list[Token]) -> bool:
    """ "deal 🤝 Sara Kola, 069 …", "ok Arben Hoxha 044 …", "va bene Marco Rossi 347 …": only
    a word or two of agreement before the name that closes a short part."""
    if not 1 <= len(toks) <= 2:
        return False
    covered = {k for a, b in intent_spans("agree", [t.text for t in toks]) for k in range(a, b)}
    return len(covered) == len(toks)


def _signed_after_stop(toks: list[Token], s: int, text: str) -> int:
    """How many capitalised words (2-3, a known given name first) close a part after a full
    stop, in a message that gives a numbered street: the name the details start with ("… pantallona
    ski L. Besarta Osmani, Rr. …"); 0 when none."""
    if len(toks) < 4:
        return 0
    lex = lexicon()
    for n in (3, 2):
        w = toks[-n:]
        if (
            "." in text[s + toks[-n - 1].end : s + w[0].start]
            # "Rr. Ismail Haxhiu", "Dr. Arta Leka": an abbreviation's dot, no full stop
            and toks[-n - 1].text not in lex.street_words
            and toks[-n - 1].text not in _TITLES
            and all(t.raw[:1].isupper() and t.text.isalpha() for t in w)
            and known_given(w[0].raw)
            and plausible_name(" ".join(t.raw for t in w))
            and not find_cities(w)
            and not any(t.text in lex.street_words for t in w)
        ):
            return n
    return 0


def _next_to_phone(text: str, s: int, e: int, phones: list[PhoneHit]) -> bool:
    return any(0 <= p.start - e <= 3 or 0 <= s - p.end <= 3 for p in phones)


def _cut(s: int, e: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A part cut where a phone number was (the number separates what is around it)."""
    out = []
    for hs, he in sorted(holes):
        if s <= hs < e:
            if hs > s:
                out.append((s, hs))
            s = max(s, he)
    if s < e:
        out.append((s, e))
    return out


_OWN = 0.8
_ASKS_NAME = re.compile(r"\b(?:emri|emrin|emër|emer|name|nome|c'emer|çemer)\b", re.IGNORECASE)
# "Emri juaj?", "your name", "Ihr Name", "il suo nome", "il vostro nome": the writer's own name
_ASKS_OWN_NAME = re.compile(
    r"\b(?:em(?:ri|rin|ër|er)\s+(?:juaj|tuaj|jot)|(?:your|ihr|ihren|dein|deinen)\s+name|"
    r"(?:suo|vostro|tuo)\s+nome)\b",
    re.IGNORECASE,
)
# a piece of the name word each match of _ASKS_NAME and _ASKS_OWN_NAME holds ("emri", "emrin",
# "c'emer", "your name", "il suo nome"), read case-blind (an ASCII text's lower case)
_NAME_WORDS = any_of("emri", "emer", "name", "nome")
# titles before a name: Albanian, English, Italian, German
_TITLES = frozenset(
    [
        "z",
        "znj",
        "zj",
        "zoti",
        "zonja",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "sig",
        "ra",
        "sigra",
        "signor",
        "signora",
        "sra",
        "sr",
        "herr",
        "frau",
        "hr",
        "fr",
        "prof",
    ]
)
# an amount with its currency ("20€", "350 den", "12 euro"): a price in a part, no house number
_PRICED = re.compile(r"\d\s?(?:€|\$|£|(?:lek|leke|den|denare|eur|euro|chf)(?![^\W\d_]))")
# substrings every phrase of the intent "pickup_offer" holds one of
_OFFER_HINTS = any_of("dyqan", "shop", "store", "negozio", "vorbei", "laden", "abholung")
# substrings every phrase of the intent "pickup_awaited" holds one of
_AWAIT_HINTS = any_of("dyqan", "zyre", "pike", "shop", "store", "negozio", "laden", "radnji")
# "vij / vi / vijmë nesër", "I'll come at 10", "vengo", "ich komme": the customer comes
_COME = word_set("come_words")
# substrings every phrase of the intent "pickup" holds one of (a cheap test before tokenizing)
_PICKUP_HINTS = any_of(
    "vet",
    "dyqan",
    "dergese",
    "korrier",
    "pick",
    "collect",
    "ritir",
    "prender",
    "passo",
    "hol",
    "vorbei",
)


# "io sono Ardit, il mio +39 …", "ich bin Florentina, meine +49 …": a possessive right
# before the number, its noun left out
_MINE = frozenset(["meine", "mein", "mio", "mia", "mine", "imi", "jem", "jemi", "tim", "tem"])


def _mine(before: list[str]) -> bool:
    return bool(before) and before[-1] in _MINE


def _add_phone(
    details: Details, mi: int, text: str, ph: PhoneHit, customer: bool, nxt: int | None
) -> None:
    """Score a number by its labels; ``nxt`` is where the message's next number starts."""
    score = 2.0 if customer else 0.2
    before = _words_before(text, ph.start)
    courier = has_intent("for_courier", _words_before(text, ph.start, 80, None))
    spans = intent_spans("other_number", before)
    if not customer:
        # the shop's "call us / our number" ("na thirrni kur jeni poshtë në 045 …" in the
        # customer's mouth is the customer's own)
        spans += intent_spans("shop_call_us", before)
    labels = [
        a
        for a, _b in spans
        # "mbrapa dyqanit Ardi. 067 …", "near the shop": a landmark, not the shop's number
        if not any(w in _LANDMARK for w in before[max(0, a - 2) : a])
    ]
    if labels and not courier:
        score -= 1.5  # "the shop's number", "the courier's" (but "for the courier call …")
    own = (
        customer
        and (has_intent("own_number", before) or _mine(before))
        and not has_intent("new_number", before)  # "numri im i ri": a correction
    )
    if customer and not own and courier:
        score += 0.8  # "… but for the courier use my Albanian one 068 …": the delivery number
    elif customer and not own and has_intent("delivery_label", before):
        score += 0.5
    if customer and (
        has_intent("backup_number", before)
        or has_intent("backup_number", _words_after(text, ph.end, nxt))
        or has_intent("fallback_before", before)  # "… nëse nuk përgjigjem, burri …"
        or has_intent("negated_number", before)  # "…, not my UK one +44 …", "nicht meine …"
    ):
        score -= 0.8  # "my own number, if needed": the delivery number wins
    elif customer and has_intent("recipient_label", before):
        # "numri i motres", "her phone": the person the parcel goes to (not the relative
        # called only when nobody answers)
        score += 0.8
    preferred = customer and has_intent("preferred_number", before)
    details.phones.append(
        Candidate(ph.e164, score, mi, ph.start, ph.end, own=own, preferred=preferred)
    )


# the verbs of sending a parcel ("qojeni", "sillmi", "send it") and the clitics around them
_SEND_TO = _SEND | word_set("send_to_me")
_CLITICS = word_set("send_clitics")


def _sent_to(toks: list[Token]) -> int:
    """Where the place starts after the words of sending that open the part ("qojeni ne …",
    "m'i sillni n …", "send it to …"); 0 when the part does not open so."""
    k = 0
    while k < len(toks) and toks[k].text in _CLITICS:
        k += 1
    if k >= len(toks) or toks[k].text not in _SEND_TO:
        return 0
    k += 1
    while k < len(toks) and toks[k].text in _CLITICS:
        k += 1
    if k + 1 < len(toks) and toks[k].text in _HERE_AT:
        return k + 1
    return 0


# tickets, journeys and their vehicles; a town after "për / to / nach" in a message that names one
# is where the trip goes (a bus line, a flight, a berth), not where a parcel is delivered
_TRIP = word_set("trip_words")
_TICKET = word_set("ticket_words")
# a yes opening the part that gives the name and the details after it
_YES_FIRST = frozenset(["po", "yes", "ok", "okay", "si", "ja", "da"])
_BY = frozenset(["me", "with", "by", "mit", "con", "via", "in"])
_TRIP_TO = frozenset(["per", "për", "to", "for", "nach", "deri", "drejt", "fino", "verso"])
# "in / në" as for where one is, and the words of going to a town
_TO_TOWN = _HERE_AT | frozenset(["nach", "per", "për", "to"])


# "Delivery inside Durrës", "dërgesa brenda Tiranës", "consegna dentro Milano": the town the
# shop delivers within (not "jashtë / outside", the towns it does not)
_INSIDE_TOWN = frozenset(["brenda", "mbrenda", "inside", "within", "dentro", "innerhalb"])


def merchant_city(details: Details, texts: list[tuple[int, str, str]]) -> None:
    """ "rr. Kolë Idromeno, kati 3. 069 …" - "Faleminderit! Në Shkodër ju vjen sot": the
    customer gave the street and no town, the merchant's next message names the town the
    parcel goes to ("në / in / a / nach" + town): that town, below any the customer says."""
    if details.cities or not details.has_details or not details.addresses:
        return  # "Booked … meeting point in Përmet": with no street, nothing goes to a town
    first = min(details.has_details)
    # "… Dostava në Kumanovë 150 den. Adresa?" - "ul. Done Bozhinov 23": the merchant's last
    # message before the details names the town the goods go to as well as one after them
    before = max((i for i, a, _t in texts if a == "merchant" and i < first), default=-1)
    for i, author, text in texts:
        if author != "merchant" or (i <= first and i != before):
            continue
        toks = tokenize(fold(text))
        hits = [
            c
            for c in find_cities(toks, minor=False)
            if c.start
            and toks[c.start - 1].text in _TO_TOWN | _INSIDE_TOWN
            # before the details, only a town typed with its capital ("në varëse" is a hanger)
            and (i > first or text[toks[c.start].start : toks[c.start].start + 1].isupper())
        ]
        if len(hits) == 1:
            c = hits[0]
            start, end = toks[c.start].start, toks[c.end - 1].end
            details.cities.append(Candidate(c.city, 0.2, i, start, end))
            return
        if i > first:
            return


_READ_BACK = 0.9  # below a town the customer says (1.0), above the merchant's "në X" (0.2)


def read_back_city(details: Details, texts: list[tuple[int, str, str]]) -> None:
    """ "Rr. Isa Kastrati 22 …" - "E regjistrova: Qerim Berisha, Rr. Isa Kastrati 22, Dardania,
    Prishtinë, …": the customer gave the street and no town of the delivery (none, or only
    where the writer is: "une jam në Shkup"), and the merchant writes the street back with its
    town right after it; that town is the delivery town."""
    address = details.best("addresses")
    if address is None:
        return
    if any(not c.here and c.score >= _OTHER_TOWN for c in details.cities):
        return
    lex = lexicon()
    names = {
        t.text
        for t in tokenize(fold(address.value))
        if t.text.isalpha()
        and len(t.text) >= 4
        and t.text not in lex.street_words
        and t.text not in lex.detail_words
    }
    if not names:
        return
    for i, author, text in texts:
        if author != "merchant" or i <= address.message:
            continue
        toks = tokenize(fold(text))
        said = [k for k, t in enumerate(toks) if t.text in names]
        if len({toks[k].text for k in said}) < min(2, len(names)):
            continue
        last = said[-1]
        for c in find_cities(toks[last + 1 : last + 6]):
            start, end = toks[last + 1 + c.start].start, toks[last + c.end].end
            details.cities.append(Candidate(c.city, _READ_BACK, i, start, end))
            return


_ASKED_TOWN = 2.5  # above a town said in a sentence (1.0), below one typed with the details


def address_asked_in(details: Details, texts: list[tuple[int, str, str]]) -> None:
    """ "Adresa në Elbasan dhe emri?" - "Rruga Qemal Stafa nr 40, …": the shop asked for the
    address in a town and the customer's next message gave the street; that town is the
    delivery town, above the towns said in passing (where the customer is from, where the
    goods go after a move)."""
    for i, author, text in texts:
        if author != "merchant" or "?" not in text:
            continue
        if not any(i < c.message <= i + 2 for c in details.addresses):
            continue
        toks = tokenize(fold(text))
        if not any(
            a.text in _ADDRESS_LABELS and b.text in _HERE_AT
            for a, b in zip(toks, toks[1:], strict=False)
        ):
            continue  # no "adresa në": no town can follow one (the test below), none is read
        for c in find_cities(toks, minor=True):
            k = c.start
            if (
                k >= 2
                and toks[k - 1].text in _HERE_AT
                and toks[k - 2].text in _ADDRESS_LABELS
                and "?" in text[toks[c.end - 1].end :]
            ):
                start, end = toks[k].start, toks[c.end - 1].end
                details.cities.append(Candidate(c.city, _ASKED_TOWN, i, start, end, minor=c.minor))
                break


def route_start(details: Details, texts: list[tuple[int, str, str]]) -> None:
    """ "I need my piano moved from my flat in Vlore to Fier" - "we do Vlorë–Fier": the
    shop names the route as two towns joined by a dash, both towns the customer said in a
    sentence; the goods are collected at the street the customer gives, in the route's first
    town, which is the order's town (the second is where they go)."""
    if not details.addresses or any(c.score > 1.0 for c in details.cities):
        return
    said = {c.value for c in details.cities}
    for i, author, text in texts:
        if author != "merchant":
            continue
        toks = tokenize(fold(text))
        hits = find_cities(toks)
        for a, b in zip(hits, hits[1:], strict=False):
            between = text[toks[a.end - 1].end : toks[b.start].start].strip()
            if between in ("-", "–", "—") and a.city in said and b.city in said:
                start, end = toks[a.start].start, toks[a.end - 1].end
                details.cities.append(Candidate(a.city, _ASKED_TOWN, i, start, end))
                return


# the words between a municipality word and its town: "komuna e Deçanit", "municipality of …"
_OF = frozenset(["e", "i", "te", "se", "of", "di", "der"])


def _municipality(toks: list[Token]) -> tuple[list[Token], CityHit] | None:
    """A part that is a municipality word and a town ("komuna Deçan", "bashkia e Vorës",
    "opština Kumanovo"): the tokens from the town on and the town."""
    if len(toks) < 2 or toks[0].text not in MUNICIPALITY_WORDS:
        return None
    k = 1
    while k < len(toks) - 1 and toks[k].text in _OF:
        k += 1
    rest = toks[k:]
    if len(rest) > 4:
        return None
    hits = find_cities(rest, minor=True, alone=True)
    if not hits or hits[0].start != 0 or hits[-1].end != len(rest):
        return None
    return rest, hits[0]


# a note in brackets closing a part: "Tirana (Blloku)", "Prishtinë (Dardania)"
_TRAILING_NOTE = re.compile(r"\(([^()\d]{1,40})\)\s*$")


def _city_before_bracket(
    text: str, parts: list[tuple[int, int]], covered: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A part that is a town and a bracketed note ("Tirana (Blloku)", "Скопје (Центар)"): the
    quarter in brackets is neither the name nor the street; the part is the town alone."""
    out = []
    for a, b in parts:
        m = _TRAILING_NOTE.search(text, a, b) if "(" in text[a:b] else None
        if m is not None:
            head = text[a : m.start()].rstrip(" ,")
            toks = tokenize(head)
            if head and 1 <= len(toks) <= 4 and _city_only(toks, minor=True):
                out.append((a, a + len(head)))
                covered.append((m.start(), b))
                continue
        out.append((a, b))
    return out


def _mistyped(old: str, new: str) -> bool:
    """Two numbers of one length that differ in one or two digits, or by two neighbouring digits
    swapped ("044 690 243" then "044 690 234"): the later one corrects a typo in the first."""
    if old == new or len(old) != len(new):
        return False
    diff = [k for k in range(len(old)) if old[k] != new[k]]
    return len(diff) <= 2 and diff[0] >= 4  # the country and the network code stay


def _retyped(cands: list[Candidate]) -> list[Candidate]:
    """The customer's numbers without those typed again in a later message with a digit or two
    changed ("tel 044 690 243" … "jo gabim, 044 690 234"): the later spelling is the number; it
    takes the earlier one's labels (the recipient's, the delivery number) when they score
    higher."""
    given = sorted((c for c in cands if c.score >= 1.0), key=lambda c: (c.message, c.start))
    if len(given) < 2:
        return cands
    dropped: set[int] = set()
    for k, old in enumerate(given):
        for new in given[k + 1 :]:
            # typed again in a later message, not as a second contact ("nëse nuk përgjigjem,
            # thirr gruan 078 552 191": the wife's number, one digit apart, is another number)
            if new.message > old.message and new.score >= 2.0 and _mistyped(old.value, new.value):
                dropped.add(id(old))
                new.score = max(new.score, old.score)
                new.own = new.own and old.own
                break
    return [c for c in cands if id(c) not in dropped] if dropped else cands


# the German street words written after the street's name ("Zürcherstrasse", "Wiener Straße")
_GERMAN_STREET = tuple(word_set("street_after_name"))


def _street_named_first(toks: list[Token]) -> int | None:
    """Where a street named the German way starts inside a run of words with no comma ("Fatime
    Selmani Zürcherstrasse 33 8952 Schlieren", "adresa është Wiener Straße 140 Linz"): a
    capitalised compound ending in a street word, or a capitalised word and a street word, with
    the house number right after."""
    for k in range(1, len(toks) - 1):
        t = toks[k]
        if not toks[k + 1].text[:1].isdigit() or not t.text.endswith(_GERMAN_STREET):
            continue
        if t.text in _GERMAN_STREET:
            if k >= 2 and toks[k - 1].raw[:1].isupper() and toks[k - 1].text.isalpha():
                return k - 1  # "Wiener Straße 140"
        elif len(t.text) >= 8 and t.raw[:1].isupper() and t.text.isalpha():
            before = toks[k - 1]
            if before.raw[:1].isupper() and before.text.endswith("er") and before.text.isalpha():
                return k - 1  # "Simmeringer Hauptstraße 96": the town's adjective names it too
            return k  # "Zürcherstrasse 33"
    return None


def _variant_choice(toks: list[Token]) -> bool:
    """ "te madhin 1", "të zezat 2": the article before a size or colour word (and a count)
    picks the goods the merchant offered, it is not "te" (at) before a place."""
    return (
        2 <= len(toks) <= 3
        and toks[0].text in ("te", "t")
        and toks[1].raw[:1].islower()
        and lexicon().variant_concept(toks[1].text) is not None
        and all(number_value(t.text) is not None for t in toks[2:])
    )


def _stray_clause(toks: list[Token]) -> bool:
    """A lower-case clause after an address part whose only address word is inside it ("…,
    afër kishës. këtu më njohin të gjithë", "everyone here knows me"): a remark, not more of
    the address (a part that opens with its detail word, "pranë shkollës", continues it)."""
    lex = lexicon()
    return toks[0].text not in lex.detail_words and not any(
        t.text[:1].isdigit()
        or t.raw[:1].isupper()
        or t.text in _LANDMARK
        or t.text in lex.street_words
        or t.text in _BUILDING
        or t.text in _HOUSE_LOOK
        for t in toks
    )


# the words that describe how the house looks: its door, gate, fence, colour
_HOUSE_LOOK = frozenset(
    ["porte", "porta", "dere", "dera", "deren", "kangjella", "kangjelle", "gardh", "ngjyre"]
    + ["gate", "door", "fence", "cancello", "tor", "zaun"]
)
_ADDRESS_OPENERS = _BUILDING | _HOUSE | _LANDMARK | VILLAGE_WORDS | _SELO


def _remark(toks: list[Token], gap: str) -> bool:
    """A part after the address that is a remark for the shop, not more of the address: it
    says when ("Të shtunën ora 11", "nesër pas orës 5") or it opens a new sentence with a word
    no address part opens with ("…, kati 5. berrylat bëji 24", "ap. 7. Un vij të premten")."""
    lex = lexicon()
    texts = [t.text for t in toks[:12]]
    if (
        has_intent("when", texts)
        and not any(t in lex.street_words or t in _BUILDING for t in texts)
        and not any(t.raw[:1].isupper() for t in toks[2:12])
    ):
        return True
    if (
        len(toks) > 1
        and toks[0].text in _AT
        and not toks[1].text[:1].isdigit()
        and number_value(toks[1].text) is not None
    ):
        return True  # "…, pranë shkollës, te dyja shtëpitë ngjitur": both houses, a remark
    if not any(c in gap for c in ".!?"):
        return False
    first = toks[0]
    return not (
        first.text[:1].isdigit()
        or first.text in lex.street_words
        or (first.text in lex.detail_words and first.text not in _STOPWORDS)
        or first.text in _ADDRESS_OPENERS
        or (first.raw[:1].isupper() and first.text not in _STOPWORDS and not _instruction(toks))
    )


_GUEST_COUNTS = word_set("guest_counts")


def _guest_count(toks: list[Token]) -> bool:
    """A part that counts the people an event is for ("ka me kon rreth 250 veta", "~300
    guests", "circa 80 persone", "etwa 120 Gäste"): how big it is, not where (a number
    followed by a word of ``guest_counts``, "të" between them allowed)."""
    for k, t in enumerate(toks[:-1]):
        if t.text[:1].isdigit() or number_value(t.text) is not None and t.text not in _STOPWORDS:
            nxt = k + 2 if toks[k + 1].text in ("te", "t") and k + 2 < len(toks) else k + 1
            if toks[nxt].text in _GUEST_COUNTS:
                return True
    return False


def _new_request(toks: list[Token], text: str, parts: list[tuple[int, int]], pi: int) -> bool:
    """A part that opens a new sentence with an order or a need ("…, 250 veta. Na duhet dj
    …", "…, Rruga Sami Frashëri 29. Po edhe pasdite më duhet një furgon", "We'd also need
    …"): the customer goes on to what they want, the address has ended."""
    if not pi or not any(c in text[parts[pi - 1][1] : parts[pi][0]] for c in ".!?"):
        return False
    return any(a <= 3 for a, _b in intent_spans("order", [t.text for t in toks[:8]]))


# the words of a road that has no name: "rruga kryesore", "main road", "strada principale"
_GENERIC_ROAD = frozenset(
    ["kryesore", "kryesor", "kryesorja", "e", "i", "fshatit", "main", "road", "principale"]
    + ["glavna", "glavnata", "magjistrale", "magjistralja", "nacionale", "vjeter", "re"]
)


def _house_described(toks: list[Token], k: int) -> bool:
    """ "shpija me kapi të gjelbër", "the house with the blue door": the house described at
    ``k`` (not its number, "shtëpia 22")."""
    return (
        toks[k].text in _HOUSE
        and k + 2 < len(toks)
        and toks[k + 1].text in ("me", "with", "mit", "con")
        and not toks[k + 2].text[:1].isdigit()
    )


def _road_between(text: str, s: int, toks: list[Token], c: CityHit) -> bool:
    """The town ``c`` ends a road's name that joins two towns with a dash ("Rruga
    Tiranë-Elbasan"): the town before the dash is a town too."""
    if c.start < 2:
        return False
    before = toks[c.start - 1]
    between = text[s + before.end : s + toks[c.start].start].strip()
    return between in ("-", "–", "—") and bool(find_cities(toks[c.start - 1 : c.start]))


def _street_part_after(text: str, parts: list[tuple[int, int]], pi: int) -> bool:
    """A part after part ``pi`` of the message opens with a street word ("Rruga Dardania
    pn", "Sheshi Skënderbej 3")."""
    words = lexicon().street_words
    for a, b in parts[pi + 1 :]:
        toks = tokenize(text[a:b])
        if toks and toks[0].text in words and street_score(toks) >= 3:
            return True
    return False


def _house_described_part(toks: list[Token]) -> bool:
    """ "vila e verdhë me 2 kate përballë farmacisë", "shtëpia e bardhë pas xhamisë": a part
    that opens with the house and says how it looks or what it is near (not "shtëpia 22")."""
    return (
        len(toks) >= 3
        and (toks[0].text in _HOUSE or toks[0].text in _VILLA)
        and not toks[1].text[:1].isdigit()
        and any(_landmark_at(toks, k) for k in range(2, len(toks)))
    )


_FLOORS = word_set("floor_words")


def _no_number_at(toks: list[Token], k: int) -> bool:
    """ "rr. Rexhep Bislimi p.n. afër stacionit", "Via Roma s.n. vicino", "pa numër pranë …":
    the words right before ``k`` say the house has no number, which stands for its number."""
    two = " ".join(t.text for t in toks[max(0, k - 2) : k])
    return toks[k - 1].text == "pn" or two in _NO_NUMBER_WORDS


_NO_NUMBER_WORDS = frozenset(["p n", "s n", "pa numer", "pa nr", "no number", "senza numero"])


def _landmark_after_number(toks: list[Token], end: int) -> int:
    """Where a landmark starts right after the house number of a named street ("rr. Idriz Seferi
    14 mas xhamisë", "ul. Ezerska 33 afer bankes"), with no number, floor or flat after it;
    ``end`` when there is none (after a block's number the landmark stays: it finds the block)."""
    if end < 4:
        return end
    for k in range(2, end - 1):
        if (
            (toks[k - 1].text[:1].isdigit() or _no_number_at(toks, k))
            and (_landmark_at(toks, k) or _house_described(toks, k))
            # "lagjja e re rr. Skenderbeu nr 56 shpija me …": the number of a street
            and any(t.text in _STREET_PROPER for t in toks[: k - 1])
        ):
            if any(t.text in _BUILDING and t.text not in _FLOORS for t in toks[: k - 1]):
                return end  # "rruga e Elbasanit te pallati 45 ngjitur me furrën": the block's
            # ("rruga … nr 18 kati 3 afer spitalit": after a floor or a flat it is a hint)
            tail = toks[k + 1 : end]  # (after the landmark's word or the house's)
            if any(t.text[:1].isdigit() or t.text in _BUILDING for t in tail):
                return end
            return k
    return end
