"""Catalog indexes: keys, resolution of a customer's word, the per-catalog cache.

A :class:`CatalogIndex` is built once per ``Catalog`` object (cached by identity, then by hash):
every product's name and aliases are tokenised, each word folded to a *key* (a concept such as
``#black`` for "zi"/"nera"/"schwarz", else its Albanian-inflection stem), and an inverted index
key -> products is kept with IDF weights. A customer's word is resolved to a catalog key by exact
key, by stem prefix, then by fuzzy match (rapidfuzz) against the keys sharing its first letter;
resolutions are memoised per index, so the cost per conversation does not grow with the catalog.
"""

from __future__ import annotations

import math
import re
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from threading import Lock

from rapidfuzz import fuzz, process

from core.plugin_api import Catalog
from plugins.parser_rules.lexicon import intent_words, lexicon, word_list, word_set
from plugins.parser_rules.memo import tokens_per_build
from plugins.parser_rules.normalize import Token, fold, name_tokens, stem, tokenize
from plugins.parser_rules.numbers import find_measures, number_value, unit_of
from plugins.parser_rules.variants import VariantSpec, variant_spec

# words that carry no product identity (folded)
STOPWORDS = word_set("stopwords")
_NOT_PRODUCTS = word_set("not_products")  # "transport", "kushton": no goods in general
_DELIVERY_SERVICE = word_set("delivery_service")
_DELIVERY_LINKING = word_set("delivery_linking")
_AMOUNTS = word_set("amounts")  # "pak" (a little) is not the "pak" of "pako"
MAX_PRODUCTS = 20000
MAX_WORDS_PER_PRODUCT = 60
_FUZZY_MIN_LEN = 4


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Words that never start a product mention: stopwords and one-word intent phrases
    ("dua", "take", "vorrei", "bitte"), common verbs of request; city and given names."""
    return core_function_words() | non_product_words()


@lru_cache(maxsize=1)
def core_function_words() -> frozenset[str]:
    """The function words without the city and given names."""
    lex = lexicon()
    out = set(STOPWORDS)
    for ps in lex.intents.values():
        for bucket in ps.by_first.values():
            out.update(ph[0] for ph in bucket if len(ph) == 1)
    out.update(
        [
            "can",
            "get",
            "make",
            "have",
            "like",
            "want",
            "need",
            "send",
            "give",
            "will",
            "would",
            "could",
            "thanks",
            "hello",
            "take",
        ]
    )
    out.update(["pal", "pale", "pala", "pair", "pairs", "paio", "paar"])
    out.update(word_set("greetings"))  # "Hallo" is not a misspelt "Hallvë"
    # "Pra: 2 kuti …" is not a misspelt "pre" (workout): the words that open a restatement
    out.update(word_set("summary_openers"))
    # "sa kushton" is not "kushinetë", "domani mattina" not a "Matte": price verbs, times of day
    out.update(_NOT_PRODUCTS)
    # "Marrësi: Dorina …", "të dhënat e marrësit": a person's part in a shipment or booking is
    # no (misspelt) product word ("marrësi" is not "Marrje", pickup)
    out.update(word_set("party_labels"))
    return frozenset(out)


@lru_cache(maxsize=1)
def non_product_words() -> frozenset[str]:
    """City names and given names: never read as a (misspelt) product word."""
    from plugins.parser_rules.places import city_index

    lex = lexicon()
    cities = {
        ph[0] for bucket in city_index().phrases.by_first.values() for ph in bucket if len(ph) == 1
    }
    return frozenset(cities | set(lex.given_names))


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """Rooms and places, people, kin and the first person ("shtëpi", "motra", "unë"): words
    of their own, never read as a cut or misspelt product word ("shtepi" is no "Ditë shtesë",
    "une" no "dog unit"); said as written they still name a product of that word."""
    return (
        word_set("place_nouns")
        | word_set("people_words")
        | word_set("kin_words")
        | word_set("first_person")
    )


def delivery_name(name: str) -> bool:
    """A delivery product's name: a delivery noun alone or followed by linking words only
    ("Dërgesa", "Dërgesë me korrier brenda Shqipërisë"); not "Transport kafshe" or "Transport
    nga Tirana", things carried or trips the shop sells (see ``delivery_line``)."""
    words = [t.text for t in tokenize(fold(re.sub(r"\(.*?\)", " ", name)))]
    words = [w for w in words if w.isalpha()]
    return (
        bool(words)
        and words[0] in _DELIVERY_SERVICE
        and all(w in _DELIVERY_LINKING for w in words[1:2])
        # "Transporti me furgon – mujor": a ride sold by the month or the day is a service of
        # its own, not the fee for bringing an order
        and not any(lexicon().product_group(w) in _PERIODIC for w in words[1:])
    )


_PERIODIC = frozenset(["monthly", "daily"])  # products.json groups of "mujor", "ditor"


def key_of(word: str) -> str:
    """The catalog key of a folded word: a concept, a number, or an inflection stem."""
    if word[:1].isdigit():
        return word
    c = lexicon().concept(word)
    if c is not None:
        return "#" + c
    return stem(word)


def group_key(word: str) -> str | None:
    """The cross-language key of a product word ("regalo", "dhurate" -> "~gift"), or None."""
    g = lexicon().product_group(word)
    return "~" + g if g is not None else None


def _catalog_group(word: str) -> str | None:
    """The group of a catalog word, or of the last part of a compound ("Fahrradlicht" ->
    ~light, "Kinderfahrrad" -> ~bike)."""
    g = group_key(word)
    if g is None and len(word) >= 8 and word.isalpha():
        exact = lexicon().product_exact
        for cut in range(3, len(word) - 3):
            # the last part as the group writes it: "Trans|porti" is no inflected "porta"
            tail = exact.get(word[cut:])
            if tail is not None:
                return "~" + tail
    return g


def is_attribute(key: str) -> bool:
    """Concepts (#black), measures (=g:500), numbers: they describe, never start, a mention."""
    return key[:1] in "#=" or key[:1].isdigit()


def head_key(entry: ProductEntry) -> str | None:
    """The first word of a product's name that is no attribute ("syz" of "Syze leximi"): its
    kind, shared by its sibling products."""
    name = entry.phrases[0] if entry.phrases else ()
    return next((k for k in name if not is_attribute(k)), None)


def headed_by(entry: ProductEntry, key: str) -> bool:
    """``key`` is the first word (the head) of the product's name or of one of its aliases."""
    return any(ph and ph[0] == key for ph in entry.phrases)


def serves_goods(entry: ProductEntry, skip: set[str], goods: set[str]) -> bool:
    """ "Montim paneli" beside the panels ordered: a word of the product's own (not one of
    ``skip``: the word said, the words its rivals share) is a word of the goods, one root
    maybe cut shorter than the other ("akumul" / "akumulator") - the service or part for them."""
    own = {
        k
        for ph in entry.phrases
        if ph not in entry.bracketed  # "(këllëf jorgani, …)": what a set holds
        for k in ph
        if k not in skip and not is_attribute(k) and k[:1] != "~"
    }
    return any(min(len(o), len(h)) >= 4 and o[: len(h)] == h[: len(o)] for o in own for h in goods)


def token_keys(toks: Sequence[Token]) -> list[str | None]:
    """The catalog key of each token: measures ("1m", "2 metra") become one "=cm:100" key."""
    keys: list[str | None] = [None if t.text in STOPWORDS else key_of(t.text) for t in toks]
    for k in dims_links(toks):
        keys[k] = None
    for m in find_measures(toks):
        keys[m.start] = "=" + m.key
        for k in range(m.start + 1, m.end):
            keys[k] = None
    return keys


def glued_codes(toks: Sequence[Token]) -> list[str]:
    """The model codes of a name written as one or two letters a stop word would drop, glued to
    digits ("E27", "E14", "A4"): "e27"."""
    return [
        toks[k].text + toks[k + 1].text
        for k in range(len(toks) - 1)
        if toks[k].text in STOPWORDS
        and toks[k].text.isalpha()
        and len(toks[k].text) <= 2
        and toks[k + 1].text.isdigit()
        and toks[k].end == toks[k + 1].start
        and (k + 2 >= len(toks) or toks[k + 1].end < toks[k + 2].start)
    ]


def dims_links(toks: Sequence[Token]) -> list[int]:
    """The "x" / "×" between two numbers ("200x220", "140 x 200"): the sign of a size, no word of
    a name (a name holding "200x220" is not named by the "x" of "140x200")."""
    return [
        k
        for k in range(1, len(toks) - 1)
        if toks[k].text in ("x", "×")
        and toks[k - 1].text[:1].isdigit()
        and toks[k + 1].text[:1].isdigit()
    ]


@dataclass
class ProductEntry:
    index: int
    sku: str
    name: str
    price: Decimal | None
    variants: tuple[str, ...]
    phrases: list[tuple[str, ...]]  # keys of the name and of each alias (stopwords removed)
    keys: frozenset[str]
    specs: list[VariantSpec]
    paired: bool
    # the words in a name's brackets ("Servisim klime (pastrim e kontroll)"): a name of their
    # own, weaker than the name's words (mentions._score)
    bracketed: frozenset[tuple[str, ...]] = frozenset()
    # the words of a name's brackets that name it without being product words ("Hemogram
    # (gjaku komplet)"): named only by more than half of their words
    described: frozenset[tuple[str, ...]] = frozenset()
    # the keys of the words a name counts ("Verë, kuti 6 shishe": shishe): what a pack holds
    contents: frozenset[str] = frozenset()
    # the words of an alias that are a variant of the product itself ("qofte ne pite" beside
    # the variants "në pitë" / "në pjatë"): the variant the customer picks, which every
    # sibling sold the same way shares, not a word that names this product (mentions._score)
    alias_variant: frozenset[str] = frozenset()


@dataclass
class CatalogIndex:
    products: list[ProductEntry]
    by_key: dict[str, list[int]]
    idf: dict[str, float]
    by_first: dict[str, list[str]]
    heads: frozenset[str] = frozenset()  # first words of names: "Arra" (walnuts) names a product
    # a whole name that is one function word ("Uno", "Due", "Ten"): the word as its key
    bare: frozenset[str] = frozenset()
    # capitals of a CamelCase word ("dp" of "DisplayPort"): named only when written in capitals
    acronyms: frozenset[str] = frozenset()
    by_tail: dict[str, list[str]] = field(default_factory=dict)  # last 5 letters -> long keys
    whole: dict[str, str] = field(default_factory=dict)  # short catalog word -> its key
    loose: dict[str, str] = field(default_factory=dict)  # loose spelling -> catalog key
    size_keys: frozenset[str] = frozenset()  # keys of the catalog's own words for size
    # digit runs a customer may type for a variant ("205 55 16"): not phone numbers
    variant_digits: frozenset[str] = frozenset()
    # a distinctive word of a variant of several words -> (product, variant) holding it
    variant_words: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    memo: dict[str, str | None] = field(default_factory=dict)
    # every word or number of three characters or more of a variant of two or more parts
    # ("E27 9W 3000K", "2022 1.5 L Magnum") -> (product, variant) holding it (merchant lines)
    variant_codes: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # roots that take Albanian endings: catalog words of three letters ("set", "top") and of
    # four in -a / -e ("Luna" -> "Lunën"); not "Kapo" (its forms are "kapon", "kapoja")
    three: frozenset[str] = frozenset()
    # a model or brand word inside a longer name ("Sienna" in "Mulinel Shimano Sienna"): its
    # key -> the one product that holds it (read in the merchant's lines only)
    models: dict[str, int] = field(default_factory=dict)
    # a price only one product is sold at -> that product (the merchant's quote names it)
    by_price: dict[Decimal, int] = field(default_factory=dict)
    by_sku: dict[str, ProductEntry] = field(default_factory=dict)  # the first product of a sku
    # a general concept (concepts_general.json) -> the key of the catalog name word that says
    # it ("rrumbullakët" for round, "lavande" for lavender)
    general: dict[str, str] = field(default_factory=dict)
    # the catalog's own words -> the product groups they are exact words of, per key ("shirit"
    # of "Shirit kapiteni" has the key "shir" and no group): a customer's group word that only
    # shares a stem with them ("shirt") means its group, not them
    written: frozenset[str] = frozenset()
    key_groups: dict[str, frozenset[str]] = field(default_factory=dict)
    # the first word of a name that only an Albanian ending made a concept ("Pellet"), and its
    # stem ("pellets") -> the word itself as its key
    literal: dict[str, str] = field(default_factory=dict)
    # products sold one letter or one digit at a time (balloons, candles, pendants: every
    # variant a single character) -> "letters" / "digits"
    spelled: dict[int, str] = field(default_factory=dict)
    # the concept a catalog word kept as written was read as ("metalik" -> metal): a customer's
    # word of that concept reaches it when the catalog says the concept no other way
    literal_concepts: dict[str, str] = field(default_factory=dict)

    def resolve(self, word: str) -> str | None:
        """The catalog key a customer's folded word stands for, or None."""
        if word in STOPWORDS or word in _AMOUNTS or len(word) > 40:
            return None
        hit = self.memo.get(word, "")
        if hit != "":
            return hit
        result = self._resolve(word)
        if len(self.memo) < 200_000:
            self.memo[word] = result
        return result

    def name_at(self, toks: Sequence[Token], k: int) -> bool:
        """The first two words or more of a catalog product's name or alias start at token
        ``k`` ("shesh te zi" for "Shesh i Zi", "Via Lattea" for "Via Lattea barretta": the same
        keys, linking words aside), or a count and the first word of a name ("dy buk")."""
        if number_value(toks[k].text) is not None and k + 1 < len(toks):
            # "dy buk fshati e 10 veze": a count and the first word of a name is the goods
            head = token_keys(toks[k + 1 : k + 2])[0]
            return bool(head) and any(
                ph[:1] == (head,)
                for p in self.by_key.get(head or "", ())
                for ph in self.products[p].phrases
            )
        keys = tuple(x for x in token_keys(toks[k : k + 12]) if x)
        return len(keys) >= 2 and any(
            len(ph) >= 2 and ph[:2] == keys[:2]
            for p in self.by_key.get(keys[0], ())
            for ph in self.products[p].phrases
        )

    def word_in_name(self, toks: Sequence[Token], k: int) -> bool:
        """Token ``k`` is a word of a catalog product's name or alias ("tepelena" of "Ujë
        Tepelena")."""
        key = token_keys(toks[k : k + 1])[0]
        return bool(key) and any(
            key in ph for p in self.by_key.get(key or "", ()) for ph in self.products[p].phrases
        )

    def modifier(self, word: str) -> str | None:
        """The concept of the first part of a compound whose last part names the product
        ("Silberohrringe" -> #silver, "Ledertasche" -> #leather, "Herrenuhr" -> #male): the
        attribute it adds to the mention, when the catalog's names hold that concept."""
        if len(word) < 8 or not word.isalpha() or word in self.by_key:
            return None
        lex = lexicon()
        for cut in range(3, len(word) - 2):
            c = lex.variant_concept(word[:cut])
            if c is not None and "#" + c not in self.by_key and self.general.get(c) in self.by_key:
                # "Tüll|kleider" for "Fustan tyl": a general concept the catalog's name says
                return self.general[c]
            if c is not None and "#" + c in self.by_key:
                # "Herren|uhr", "Orangen|saft", "Silber|ohrringe": the longest concept first
                best = "#" + c
                for longer in range(cut + 1, len(word) - 2):
                    c2 = lex.variant_concept(word[:longer])
                    if c2 is not None and "#" + c2 in self.by_key:
                        best = "#" + c2
                return best
        # "Kinder|teppich", "Damen|schuhe": a first part that is a product word of the
        # catalog's names ("Qilim për fëmijë") says which of them
        for cut in range(len(word) - 4, 3, -1):
            g = lex.product_group(word[:cut])
            if g is not None and "~" + g in self.by_key and self.resolve(word) != "~" + g:
                return "~" + g
        return None

    def _resolve(self, word: str) -> str | None:
        k = self.literal.get(word) or self.literal.get(stem(word)) or key_of(word)
        if _size_word(word) and k not in self.size_keys:
            return None  # "masat" (sizes) is not "Mass"; "numrin" names "Balonë numër"
        if k in self.by_key:
            return self._stem_clash(word, k) or k
        if k in self.whole:
            return self.whole[k]  # "duksin" -> "duks", the catalog word "duks" whose key is "duk"
        # "jam" (I am), "serve" (it is needed): a common word of one of the shop's languages
        # that is a product word of another names the catalog's product only in its own words
        known = (
            ()
            if word in _FALSE_FRIENDS
            else lexicon().product_groups(word)
            or (lexicon().product_groups(word.replace("sch", "sh")) if "sch" in word else ())
        )
        for group in known:
            if "~" + group in self.by_key:
                # "confezione regalo" for "Kuti dhurate": the same thing in another language
                return "~" + group
        c = lexicon().variant_concept(word)
        if c is not None and "#" + c in self.by_key:
            return "#" + c  # "striped" for "me vija": a concept of the catalog's, said otherwise
        lit = self.literal_concepts.get(c) if c is not None else None
        if lit is not None and word[:4] == lit[:4]:
            # "rrip metali" for "Rrip metalik": the concept a catalog word kept as written reads,
            # said in a form of the same word ("ma te madh" is no "Grand Theft Auto")
            return lit
        if c is not None and c in self.general:
            return self.general[c]  # "runde Teppiche" for "Qilim i rrumbullakët", "lavender oil"
        if "sch" in word and word.isalpha():
            # German spelling of Albanian "sh" ("Turschi", "Schalli")
            alt = key_of(word.replace("sch", "sh"))
            if alt in self.by_key:
                return alt
        if word.isalpha() and len(word) >= 5 and word.endswith("es"):
            # English plurals in -es / -ies: "boxes" -> "box", "batteries" -> "battery"
            for base in (word[:-3] + "y" if word.endswith("ies") else "", word[:-2]):
                if len(base) >= 3 and key_of(base) in self.by_key:
                    return key_of(base)
        for end in ("njte", "njve", "nj"):
            # Albanian plurals in -nj: "qiri" -> "qirinj", "qirinjte"
            if word.endswith(end) and len(word) - len(end) >= 3:
                base = key_of(word[: -len(end)])
                if base in self.by_key:
                    return base
        for end in ("ujt", "ujve", "ujsh", "uj"):
            # Albanian plurals of nouns in -ur: "flamur" -> "flamuj", "flamujt"
            if word.endswith(end) and len(word) - len(end) >= 3:
                base = key_of(word[: -len(end)] + "ur")
                if base in self.by_key:
                    return base
        if word.isalpha() and len(word) >= 5 and word.endswith(("ci", "ovi", "evi")):
            # Macedonian / Serbian plurals: "plovci" for "plovak", "mamci" for "mamac" (k and c
            # turn to c, a fleeting vowel drops), "stapovi" for "stap"
            stem_ = word[:-2] if word.endswith("ci") else word[:-3]
            bases = (
                (stem_ + "ak", stem_ + "ek", stem_ + "ec", stem_ + "ac", stem_ + "k")
                if word.endswith("ci")
                else (stem_,)
            )
            for base in bases:
                if key_of(base) in self.by_key:
                    return key_of(base)
        if word in everyday_words():
            return None  # "shtepi", "une", "italli": a word of its own, not a cut product word
        if word.isalpha() and 3 <= len(word) <= 4 and word[-1] in "aeiu":
            # Albanian definite/indefinite final vowel: "ora" / "ore", "tuta" / "tute"
            for v in "aeiu":
                if word[:-1] + v in self.by_key:
                    return word[:-1] + v
        if (
            word.isalpha()
            and 4 <= len(word) <= 6
            and word[:3] in self.three
            and word[3:] in _INFLECTIONS
            and word not in non_product_words()
        ):
            return word[:3]  # "setin", "topin": a catalog word of three letters, inflected
        if not word.isalpha() or len(word) < 5 or word in non_product_words():
            return None
        if known and lexicon().product_exact.get(word) is not None:
            # "tavanin" (the ceiling) is a word of its own, not a misspelt "Tavë": only the
            # parts of a compound may still name a catalog word ("Gitarrentasche")
            return self._compound(word, k) if len(word) >= 9 else None
        for cut in range(len(word) - 1, max(4, len(word) - 4), -1):
            # the catalog word's root plus an ending the stemmer cut further ("bakllave" for
            # "Bakllava" whose key is "bakllav": "-ave" is a genitive plural elsewhere)
            if word[cut:] in _INFLECTIONS and word[:cut] in self.by_key:
                return word[:cut]
        # an inflection the stemmer does not know: the key is the root minus 1-2 letters
        for cut in range(len(k) - 1, max(3, len(k) - 3), -1):
            if cut >= 4 and k[:cut] in self.by_key:
                return k[:cut]
        if len(k) >= 6 and k.isalpha():
            # the head of a compound said alone: "Futter" for "Hundefutter", "Bett" for "Hundebett"
            tails = [
                c for c in self.by_tail.get(k[-5:], ()) if len(c) > len(k) + 2 and c.endswith(k)
            ]
            if len(tails) == 1:
                return tails[0]
        hit = self._compound(word, k)
        if hit is not None:
            return hit
        if len(k) >= 4 and k.isalpha():
            hit = self.loose.get(stem(loose_spelling(word)))
            if hit is not None:
                return hit  # "palto" for "pallto", "qanta" for "çanta"
            single = _DOUBLE.sub(r"\1", word)
            if single != word and len(single) >= 4 and key_of(single) in self.by_key:
                # a doubled letter on a short catalog word ("rraki" for "Raki", "llule" for
                # "Lule"): the loose index above holds only words of five letters or more
                return key_of(single)
        if len(word) >= 6 and k.isalpha():
            # two letters swapped ("tarhana" for "trahana", "kravtae"): the catalog key
            for j in range(1, len(k) - 1):
                swapped = k[:j] + k[j + 1] + k[j] + k[j + 2 :]
                if swapped != k and swapped in self.by_key:
                    return swapped
        pool = [
            c for c in self.by_first.get(k[:1], []) if c[:2] == k[:2] and abs(len(c) - len(k)) <= 2
        ]
        if not pool:
            return None
        cutoff = 91 if len(k) < 7 else 84
        best = process.extractOne(k, pool, scorer=fuzz.ratio, score_cutoff=cutoff)
        return best[0] if best else None

    def _stem_clash(self, word: str, k: str) -> str | None:
        """The group key of a customer's product word whose stem only collides with a catalog
        word of another kind ("shirt" and "Shirit kapiteni" both stem to "shir"; the catalog's
        "Fanellë" is the jersey group), or None."""
        lex = lexicon()
        if word in self.written or lex.product_exact.get(word) is None:
            return None
        groups = lex.product_groups(word)
        if self.key_groups.get(k, frozenset()) & set(groups):
            return None
        for g in groups:
            if "~" + g in self.by_key:
                return "~" + g
        return None

    def _compound(self, word: str, k: str) -> str | None:
        if len(k) >= 9:
            # a compound ("Bergblütenhonig", "Hundebetten"): its last part is a catalog word
            for cut in range(3, len(k) - 4):
                if k[cut:] in self.by_key and len(k) - cut >= 5:
                    return k[cut:]
        if len(word) >= 7:
            # "Weißkäse", "Honigglas": a last or first part that names a product group; the
            # last part first, the head of a compound ("Gitarrentasche" is a bag)
            cuts = range(3, len(word) - 3)
            fw = core_function_words()
            fws = [c for c in cuts if len(word) - c >= 5 and word[c:] in fw]
            if fws and not any(
                lexicon().product_group(word[c:]) is not None for c in cuts if c < fws[0]
            ):
                # "Lieferadresse" ends in "adresse", no "dress" in it; "Tüllkleider" ends in
                # "leider" inside "kleider", a product word that starts before it
                return None
            for part in [word[c:] for c in cuts] + [word[: len(word) - c] for c in cuts]:
                g = lexicon().product_group(part) if len(part) >= 4 else None
                if g is not None and "~" + g in self.by_key:
                    return "~" + g
        return None


_DOUBLE = re.compile(r"(.)\1")


_SOFT_C = re.compile(r"[cq](?=[eiy])")


def loose_spelling(key: str) -> str:
    """A key as chat spells it loosely: double letters single ("pallto" / "palto", "rrobe" /
    "robe"), "q" for "ç" ("qanta" / "çanta", folded "canta"), "k" for a foreign "c"
    ("kreatin" / "Creatine", "klasik" / "Classic")."""
    key = key.replace("ph", "f").replace("ck", "k").replace("x", "ks").replace("w", "v")
    # a "c" or "q" before e / i / y is soft ("çelës" / "qelës", the English "place"): it stays
    # apart from "k" ("place" is not "pllaka")
    key = _SOFT_C.sub("\0", _DOUBLE.sub(r"\1", key))
    return key.replace("q", "k").replace("c", "k").replace("\0", "c")


_VOWELS = frozenset("aeiouy")


def _without_e(word: str) -> list[str]:
    """A word as Gheg speech and quick typing drop an unstressed "ë" between consonants:
    "gshtenje" for "gështenjë", "shkumsa" for "shkumësa", "rrobaqepsi" for "rrobaqepësi"."""
    if len(word) < 6:
        return []
    return [
        word[:j] + word[j + 1 :]
        for j in range(1, len(word) - 2)
        if word[j] == "e" and word[j - 1] not in _VOWELS and word[j + 1] not in _VOWELS
    ]


_SIZE_WORDS = word_set("size_keywords")
_FALSE_FRIENDS = word_set("group_false_friends")
_SIZE_ROOTS = frozenset(stem(w) for w in _SIZE_WORDS if len(w) >= 4)


def _size_word(word: str) -> bool:
    """ "masat", "masen", "numrin", "Größe": a word for size, never a product ("masat" is not a
    misspelt "Mass")."""
    if word in _SIZE_WORDS:
        return True
    if len(word) < 5 or not word.isalpha():
        return False
    return stem(word) in _SIZE_ROOTS or any(
        word[:-j] in _SIZE_WORDS and word[-j:] in _INFLECTIONS for j in (1, 2, 3)
    )  # "masat", "masen", "numrin"


_PAIRED = tuple(word_list("paired"))
# endings an Albanian noun takes after its root (definite, plural, cases)
_INFLECTIONS = frozenset(
    [
        "a",
        "e",
        "i",
        "u",
        "n",
        "t",
        "in",
        "en",
        "it",
        "et",
        "at",
        "ja",
        "je",
        "ve",
        "ave",
        "eve",
        "ne",
        "te",
    ]
)

_COLOURS = word_set("colours")
_PARENS = re.compile(r"\([^)]*\)")

_CACHE: OrderedDict[int, tuple[Catalog, CatalogIndex]] = OrderedDict()
_BY_HASH: OrderedDict[int, tuple[Catalog, CatalogIndex]] = OrderedDict()
_LOCK = Lock()


_HYPHENATED = re.compile(r"([^\W\d_]{3,})-([^\W\d_]{3,})")
_SLASH = re.compile(r"\s+/\s+|(?<=[^\W\d]{3})/(?=[^\W\d]{3})")


def _names(name: str, aliases: Sequence[str]) -> list[str]:
    """The product's names: its name, its aliases, and each half of a name written in two
    languages ("Zelt / Tendë kampingu", "Fahrradhelm/Helmetë")."""
    out = [name, *aliases]
    for text in list(out):
        parts = [x.strip() for x in _SLASH.split(str(text)[:200]) if x.strip()]
        if len(parts) > 1:
            out.extend(parts)
    return out


def _phrase_groups(toks: Sequence[Token]) -> list[tuple[str, ...]]:
    """A name holding a product word of several words ("Fustan mbrëmje", "Syze dielli
    polarizuese") is also named by that group ("evening gown", "sunglasses"): the name's keys
    with the phrase as one group key."""
    lex = lexicon()
    texts = [t.text for t in toks]
    out: list[tuple[str, ...]] = []
    for a, b in lex.product_phrases.find(texts):
        g = "~" + lex.product_of_phrase[tuple(texts[a:b])]
        before = [k for k in token_keys(toks[:a]) if k]
        after = [k for k in token_keys(toks[b:]) if k]
        out.append(tuple([*before, g, *after])[:12])
    for a, b, inside, phrase in _split_phrases(texts):
        # "Ushqim i thatë për mace" holds "ushqim për mace" split by "i thatë": the group key
        # where the phrase starts, the words between keep their keys ("dry cat food")
        g = "~" + lex.product_of_phrase[phrase]
        keys = token_keys(toks)
        before = [k for k in keys[:a] if k]
        between = [k for k in (keys[j] for j in inside) if k]
        after = [k for k in keys[b:] if k]
        out.append(tuple([*before, g, *between, *after])[:12])
    return out


_PREPOSITIONS = word_set("prepositions")
_MAX_SPLIT = 2  # words that may stand between the parts of a product phrase


def _splits_phrase(word: str) -> bool:
    """A word that may stand inside a product phrase of a catalog name: a linking article or an
    adjective ("i", "thatë"), never a preposition ("Krem hidratues për fytyrë" does not hold
    "krem fytyre"), a number, a measure or another product word."""
    if word in _PREPOSITIONS:
        return False
    if word in STOPWORDS:
        return True
    return (
        word.isalpha()
        and len(word) <= 12
        and number_value(word) is None
        and lexicon().product_group(word) is None
    )


def _split_phrases(
    texts: Sequence[str],
) -> list[tuple[int, int, list[int], tuple[str, ...]]]:
    """Product phrases of several words found with one or two words between their parts
    ("ushqim i thatë për mace" for "ushqim për mace"): (start, end, the positions between,
    the phrase). Contiguous phrases are left to ``PhraseSet.find``; bounded by ``_MAX_SPLIT``."""
    by_first = lexicon().product_phrases.by_first
    out: list[tuple[int, int, list[int], tuple[str, ...]]] = []
    n = len(texts)
    for i, t in enumerate(texts):
        for phrase in by_first.get(t, ()):
            if len(phrase) < 2:
                continue
            j = i + 1
            inside: list[int] = []
            for w in phrase[1:]:
                while (
                    j < n
                    and texts[j] != w
                    and len(inside) < _MAX_SPLIT
                    and _splits_phrase(texts[j])
                ):
                    inside.append(j)
                    j += 1
                if j < n and texts[j] == w:
                    j += 1
                else:
                    break
            else:
                if inside:
                    out.append((i, j, inside, phrase))
                    break
    return out


def phrase_keys(index: CatalogIndex, texts: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, group key) of the product words of several words the customer uses that
    the catalog names in its own words ("evening gown" for "Fustan mbrëmje")."""
    lex = lexicon()
    out: list[tuple[int, int, str]] = []
    for a, b in lex.product_phrases.find(texts):
        g = "~" + lex.product_of_phrase[tuple(texts[a:b])]
        if g in index.by_key:
            out.append((a, b, g))
    return out


def variant_digits(variants: Iterable[str]) -> frozenset[str]:
    """The digit runs a customer may type for a variant ("205/55 R16" -> "20555", "2055516"):
    its first two, three, ... groups of digits run together, of five digits or more."""
    out: set[str] = set()
    for v in variants:
        groups = re.findall(r"\d+", v)
        for k in range(2, len(groups) + 1):
            run = "".join(groups[:k])
            if len(run) >= 5:
                out.add(run)
    return frozenset(out)


_FRUIT_COLOURS = frozenset(["orange"])
# what the product lacks ("(pa inverter)") or what comes with it ("(snorkel përfshirë)")
_BRACKET_NOT = word_set("without") | word_set("included_words") | intent_words("comes_included")
_BRACKET_PAIR = word_set("pair_words") | {"cift", "par", "pari"}  # "(çift)": how it is sold
_BRACKETED = re.compile(r"\(([^()]{1,80})\)")
_BRACKET_LIST = re.compile(r"[,;+/]")
_WHEN = STOPWORDS | word_set("when")
# "(javë)", "(në muaj)": the period a product is sold per (per_unit.name_unit), not its name
_PERIODS = frozenset().union(
    *(word_set(k) for k in ("day_words", "week_words", "night_words", "hour_words", "month_words"))
)
_PACKING_WORDS = word_set("containers") | word_set("bulk_packs")


def _sold_by_pair(name: str) -> bool:
    """ "Krahë noti (palë)", "Fins (pair)", "Konektorë MC4 (çift)": the name says in brackets that
    the product is sold by the pair, so "dy palë" are two of it, not four."""
    return any(
        t.text in _BRACKET_PAIR
        for inner in _BRACKETED.findall(name[:200])
        for t in name_tokens(inner)
    )


def _bracket_phrases(name: str, aliases: Sequence[str]) -> list[tuple[str, ...]]:
    """The words in a name's brackets that name a kind of product or service ("Servisim klime
    (pastrim e kontroll)" -> (pastrim,)): words of a product group, not a description ("(edukim
    fizik)") nor packaging notes ("(kg)", "(kavanoz)", "(3 copë)": units, numbers, containers)."""
    out: list[tuple[str, ...]] = []
    for text in (name, *aliases):
        for inner in _BRACKETED.findall(str(text)[:200]):
            toks = name_tokens(inner)
            if any(
                t.text in _PACKING_WORDS
                or t.text in _BRACKET_NOT
                or t.text in _BRACKET_PAIR
                or unit_of(t.text) is not None
                for t in toks
            ):
                continue  # a packaging note, or what the product lacks ("(pa inverter)")
            product_words = [
                (t, k)
                for t, k in zip(toks, token_keys(toks), strict=True)
                if k
                and t.text.isalpha()
                and len(t.text) >= 4
                and k[:1] not in "#="
                and lexicon().product_group(t.text) is not None
            ]
            keys = tuple(k for _t, k in product_words)
            if keys and keys not in out:
                out.append(keys[:6])
                groups = tuple(_catalog_group(t.text) or k for t, k in product_words)
                if groups != keys and groups not in out:
                    out.append(groups[:6])
    return out


def _bracket_names(
    name: str, known: Sequence[tuple[str, ...]], variant_words: frozenset[str] = frozenset()
) -> list[tuple[str, ...]]:
    """The words in a name's brackets that name the product without being product words: one
    word ("Yndyrë (gres)", "PSA (prostata)") or each item of a list of what it covers ("Profili
    lipidik (kolesterol, trigliceride, HDL, LDL)", "Transport elektroshtëpiake (frigorifer,
    lavatriçe)"). Weaker than the name's own words and named only by more than half of their
    words (mentions._named). Not a packaging note, a count, a term or a period ("(pako 10
    copë)", "(brenda 2 orëve)", "(javë)"), nor what the product lacks, nor a description of what it
    is for or when ("(edukim fizik)", "(pas operacionit)": more than one word, or opening with
    a preposition). Nor one word that is a variant of the catalog's products ("Paketa rifreskimi 5
    orë (manual)" beside hours sold "manual / automatik"): that one word says which kind, and a
    customer's "manual" picks the variant, it does not name this product (an item of a list
    still names it: "(beton, tulla, pllaka)" beside the variant "pllaka + suva")."""
    out: list[tuple[str, ...]] = []
    for inner in _BRACKETED.findall(str(name)[:200]):
        toks = name_tokens(inner)
        if any(
            t.text[:1].isdigit()
            or t.text in _PERIODS
            or t.text in _PACKING_WORDS
            or t.text in _BRACKET_NOT
            or t.text in _BRACKET_PAIR
            or unit_of(t.text) is not None
            for t in toks
        ):
            continue
        parts = _BRACKET_LIST.split(inner)
        for part in parts:
            ptoks = name_tokens(part)
            if len(ptoks) > (2 if len(parts) > 1 else 1) or (ptoks and ptoks[0].text in _WHEN):
                # "(edukim fizik)", "(pas operacionit)", "(për orë)": what it is for or when,
                # a description rather than a name; a name is one word, or an item of a list
                continue
            own = tuple(
                k
                for t, k in zip(ptoks, token_keys(ptoks), strict=True)
                if k and t.text.isalpha() and len(t.text) >= 3 and k[:1] not in "#="
            )[:6]
            if len(parts) == 1 and len(own) == 1 and own[0] in variant_words:
                continue
            if own and own not in out and own not in known:
                out.append(own)
    return out


def _contents(name: str) -> frozenset[str]:
    """The container words a name counts after a number of 2 or more ("kuti 6 shishe",
    "Karton mit 12 Flaschen"): the pack holds them, a customer's "2 shishe" is not the pack."""
    toks = tokenize(_PARENS.sub(" ", str(name)[:200]))
    out: set[str] = set()
    for k in range(1, len(toks)):
        a, t = toks[k - 1], toks[k]
        n = number_value(a.text) or 0
        if k >= 2 and toks[k - 2].end == a.start:
            continue  # the digits of a code ("FFP2 kuti"), not a count
        if t.text in _PACKING_WORDS and n >= 2 and key_of(t.text)[:1].isalpha():
            # the key, and the count with it ("6:shish": "6 shishe" said is the pack itself)
            out.update((key_of(t.text), f"{n:g}:{key_of(t.text)}"))
    return frozenset(out)


@tokens_per_build  # each name is tokenized by several passes (memo.py)
def build_index(catalog: Catalog) -> CatalogIndex:
    products: list[ProductEntry] = []
    by_key: dict[str, list[int]] = {}
    # "Pellet A1" is not "pelle" (leather) with an Albanian ending: the first word of a name is
    # the product's noun unless it is a concept word as written; it keeps its own key everywhere
    literal: dict[str, str] = {}
    for p in catalog.products[:MAX_PRODUCTS]:
        for text in _names(p.name, p.aliases[:30]):
            toks = name_tokens(_PARENS.sub(" ", str(text)[:200]))
            # and so is any later word of a name read as a concept only through an ending on
            # another form ("Pllakë granit" is no "grani" + t, "Mulli kafeje" no "kafe" + je,
            # "Pjatë darke" no "dark" + e): the catalog's own word, its key as written
            for t in toks:
                if _inflected_concept(t.text):
                    literal[t.text] = literal[stem(t.text)] = t.text
    bare: set[str] = set()
    spec_of: dict[str, VariantSpec] = {}  # one spec object per variant text (_spec_once)
    # the words of the catalog's variants: a bracket holding one of them says a kind, not a name
    variant_vocab = frozenset(
        k
        for p in catalog.products[:MAX_PRODUCTS]
        for v in p.variants[:50]
        for k in token_keys(name_tokens(str(v)[:100]))
        if k
    )
    for idx, p in enumerate(catalog.products[:MAX_PRODUCTS]):
        phrases: list[tuple[str, ...]] = []
        for text in _names(p.name, p.aliases[:30]):
            # "(kg)", "(kavanoz)", "(3 copë)": packaging notes, not the product's name
            text = _PARENS.sub(" ", str(text)[:200])
            toks = name_tokens(text)
            tkeys = [
                literal.get(t.text, k) if k else k
                for t, k in zip(toks, token_keys(toks), strict=True)
            ]
            keys = tuple(k for k in tkeys if k)
            if not keys and len(toks) == 1 and toks[0].text.isalpha() and len(toks[0].text) >= 3:
                # "Uno" (the card game): a name that is one stop or number word is that word
                keys = (toks[0].text,)
                bare.add(toks[0].text)
            if (
                len(toks) == 1
                and keys
                and toks[0].text in _NOT_PRODUCTS
                and not delivery_name(p.name)
            ):
                # "Transport" (alias of "Transport nga Tirana"): a word that names no goods in
                # general is a product of this shop when the shop names one by it alone (the
                # shop's delivery fee is the delivery line's business)
                bare.add(keys[0])
            if keys:
                phrases.append(keys[:12])
                # the same name in cross-language keys ("Kuti dhurate" -> ~box ~gift)
                groups = tuple(
                    _catalog_group(t.text) or k for t, k in zip(toks, tkeys, strict=True) if k
                )
                if groups[:12] != keys[:12]:
                    phrases.append(groups[:12])
                    # a catalog word of several groups ("Rrip": a belt or a leash) is each
                    kept = [t for t, k in zip(toks, tkeys, strict=True) if k]
                    for j, t in enumerate(kept[:12]):
                        for g in lexicon().product_groups(t.text)[1:3]:
                            phrases.append((*groups[:j], "~" + g, *groups[j + 1 : 12]))
                phrases.extend(_phrase_groups(toks))
            for a, b in _HYPHENATED.findall(text):
                # "Faber-Castell", "Coca-Cola": the name written as one word is a name too
                phrases.append((key_of(fold(a + b)),))
            # "Llambë LED E27", "Spot GU10": a model code whose letters are a linking word
            # ("e", "i", "a") alone is a name of its own ("E27" says which bulb)
            phrases.extend((code,) for code in glued_codes(toks))
        inner = _bracket_phrases(p.name, p.aliases[:30])
        phrases.extend(inner)
        described = _bracket_names(p.name, [*phrases], variant_vocab)
        phrases.extend(described)
        allkeys = frozenset(k for ph in phrases for k in ph)
        if len(allkeys) > MAX_WORDS_PER_PRODUCT:
            allkeys = frozenset(sorted(allkeys)[:MAX_WORDS_PER_PRODUCT])
        raw_words = fold(" ".join(str(x) for x in (p.name, *p.aliases)))
        specs = [_spec_once(v, spec_of) for v in p.variants[:50]]
        own_variant = {k for sp in specs for k in sp.keys}
        entry = ProductEntry(
            index=idx,
            sku=p.sku,
            name=p.name,
            price=p.price,
            variants=tuple(p.variants[:50]),
            phrases=phrases,
            keys=allkeys,
            specs=specs,
            paired=any(w in raw_words for w in _PAIRED)
            or "pal" in raw_words.split()
            or _sold_by_pair(p.name),
            bracketed=frozenset([*inner, *described]),
            described=frozenset(described),
            contents=_contents(p.name),
            alias_variant=frozenset(
                k for k in allkeys if k in own_variant and phrases and k not in phrases[0]
            ),
        )
        products.append(entry)
        for k in allkeys:
            by_key.setdefault(k, []).append(idx)
    _plurals_as_singular(products, by_key)
    acronyms = _acronyms(catalog, products, by_key)
    # a compound's first part that is a catalog word of its own ("surfcasting" holds "surf" of
    # "Mulinel surf"): "canna da surf" names the surfcasting rod too
    for k in [k for k in by_key if len(k) >= 8 and k.isalpha()]:
        for cut in range(4, len(k) - 3):
            head = k[:cut]
            if head in by_key and head != k:
                for pid in by_key[k]:
                    if pid not in by_key[head]:
                        by_key[head].append(pid)
                        products[pid].keys = products[pid].keys | {head}
    names = _name_words(catalog)
    concept_words = _concept_words(names)
    _unite_concept_keys(concept_words, products, by_key)
    models: dict[str, int] = {}
    for e, p in zip(products, catalog.products, strict=False):
        for t in tokenize(_PARENS.sub(" ", str(p.name)[:200]))[1:]:
            k = key_of(t.text)
            if (
                t.raw[:1].isupper()
                and t.text.isalpha()
                and len(t.text) >= 4
                and not is_attribute(k)
                and by_key.get(k) == [e.index]
            ):
                models[k] = e.index
    n = max(1, len(products))
    idf = {k: math.log(1 + n / len(v)) for k, v in by_key.items()}
    by_first: dict[str, list[str]] = {}
    for k in by_key:
        if k[:1].isalpha() and len(k) >= 3:
            by_first.setdefault(k[:1], []).append(k)
    # a concept that is a whole name by itself ("Arra" = walnuts) may name a product
    heads = (
        frozenset(
            ph[0]
            for e in products
            for ph in e.phrases
            if len(ph) == 1
            and ph[0][:1] == "#"
            # "Portokalle" (oranges) in a greengrocer's: a colour that is also a fruit
            and (ph[0][1:] not in _COLOURS or ph[0][1:] in _FRUIT_COLOURS)
        )
        | _concept_heads(catalog, products)
    )

    whole: dict[str, str] = {}
    for toks in names:
        for t in toks:
            # a 4-letter word whose last letter is not an ending ("duks"): its inflections
            # ("duksin") keep the whole word as their root
            if len(t.text) == 4 and t.text.isalpha() and key_of(t.text) != t.text:
                whole.setdefault(t.text, key_of(t.text))
    general = _general_words(concept_words)
    loose: dict[str, str] = {}
    written: set[str] = set()
    for toks in names:
        for t in toks:
            written.add(t.text)
            k = key_of(t.text)
            if len(t.text) >= 5 and t.text.isalpha() and k in by_key:
                loose.setdefault(stem(loose_spelling(t.text)), k)
                for short in _without_e(t.text):
                    loose.setdefault(stem(loose_spelling(short)), k)
    by_tail: dict[str, list[str]] = {}
    for k in by_key:
        if len(k) >= 8 and k.isalpha():
            by_tail.setdefault(k[-5:], []).append(k)
    variant_words: dict[str, list[tuple[int, int]]] = {}
    for e in products:
        for vi, sp in enumerate(e.specs):
            words = [k for k in sp.keys if k.isalpha() and len(k) >= 3]
            if len(sp.keys) >= 2 and words:
                variant_words.setdefault(words[0], []).append((e.index, vi))
    variant_codes: dict[str, list[tuple[int, int]]] = {}
    for e in products:
        for vi, sp in enumerate(e.specs):
            if len(sp.keys) + (sp.measure is not None) >= 2:
                for k in {k for k in sp.keys if len(k) >= 3 and k.isalnum()}:
                    variant_codes.setdefault(k, []).append((e.index, vi))
    return CatalogIndex(
        literal={w: k for w, k in literal.items() if k in by_key},
        literal_concepts=_literal_concepts(literal, by_key),
        variant_words=variant_words,
        variant_codes=variant_codes,
        products=products,
        by_key=by_key,
        idf=idf,
        by_first=by_first,
        heads=heads,
        bare=frozenset(bare),
        acronyms=acronyms,
        by_tail=by_tail,
        whole=whole,
        loose=loose,
        size_keys=frozenset(key_of(w) for w in written if _size_word(w)),
        three=frozenset(
            w[:3]
            for w in written
            if w.isalpha() and w[:3] in by_key and (len(w) == 3 or len(w) == 4 and w[3] in "ae")
        ),
        variant_digits=variant_digits(v for p in catalog.products for v in p.variants),
        models=models,
        by_price=_unique_prices(products),
        by_sku={e.sku: e for e in reversed(products)},
        general=general,
        written=frozenset(written),
        key_groups=_key_groups(written),
        spelled=_spelled(products),
    )


def _acronyms(
    catalog: Catalog, products: list[ProductEntry], by_key: dict[str, list[int]]
) -> frozenset[str]:
    """ "DP" for "DisplayPort", "PS" for "PlayStation": the capitals of a word written in
    CamelCase name its product, when no other word of the catalog is written so and no
    product holds them as a key already."""
    found: dict[str, set[int]] = {}
    for e, p in zip(products, catalog.products, strict=False):
        for text in (p.name, *p.aliases[:30]):
            for t in tokenize(_PARENS.sub(" ", str(text)[:200])):
                raw = t.raw
                caps = "".join(c for c in raw if c.isupper())
                if (
                    raw.isalpha()
                    and len(raw) >= 6
                    and raw[:1].isupper()
                    and not raw.isupper()
                    and 2 <= len(caps) <= 4
                ):
                    found.setdefault(fold(caps), set()).add(e.index)
    fw = function_words()
    out: set[str] = set()
    for ac, owners in found.items():
        if len(owners) != 1 or ac in by_key or ac in fw or ac in STOPWORDS:
            continue
        (pid,) = owners
        products[pid].phrases.append((ac,))
        products[pid].keys = products[pid].keys | {ac}
        by_key[ac] = [pid]
        out.add(ac)
    return frozenset(out)


def _spelled(products: list[ProductEntry]) -> dict[int, str]:
    """Products whose variants (five or more) are each one letter or each one digit."""
    out: dict[int, str] = {}
    for e in products:
        vs = [v.strip() for v in e.variants]
        if len(vs) >= 5 and all(len(v) == 1 for v in vs):
            if all(v.isalpha() for v in vs):
                out[e.index] = "letters"
            elif all(v.isdigit() for v in vs):
                out[e.index] = "digits"
    return out


def _literal_concepts(literal: dict[str, str], by_key: dict[str, list[int]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for word, k in literal.items():
        c = lexicon().concept(word) if word == k and k in by_key else None
        if c is not None:
            out.setdefault(c, k)
    return out


def _inflected_concept(word: str) -> bool:
    """A word read as a concept only through an Albanian ending ("pellet" as "pelle" + "t")."""
    return (
        word.isalpha()
        and len(word) >= 5
        and lexicon().concept_exact.get(word) is None
        and lexicon().concept(word) is not None
    )


def _plurals_as_singular(products: list[ProductEntry], by_key: dict[str, list[int]]) -> None:
    """A catalog word that is the Albanian plural in -nj of another catalog word ("Qirinj
    tealight" beside "Qiri aromatik"): one key, so "qirinj me vanilje" reaches the vanilla
    candle by its flavour instead of the one name that happens to be written in the plural."""
    plural = {
        k: base
        for k in by_key
        if k.endswith("nj") and len(k) >= 6 and k.isalpha() and (base := key_of(k[:-2])) in by_key
    }
    for k, base in plural.items():
        for pid in by_key.pop(k):
            e = products[pid]
            e.keys = frozenset(base if x == k else x for x in e.keys)
            e.phrases = [tuple(base if x == k else x for x in ph) for ph in e.phrases]
            if pid not in by_key[base]:
                by_key[base].append(pid)


def _key_groups(written: Iterable[str]) -> dict[str, frozenset[str]]:
    """Per key, the product groups the catalog words of that key are exact words of."""
    lex = lexicon()
    out: dict[str, set[str]] = {}
    for w in written:
        if lex.product_exact.get(w) is not None:
            out.setdefault(key_of(w), set()).update(lex.product_groups(w))
    return {k: frozenset(v) for k, v in out.items()}


def _concept_heads(catalog: Catalog, products: list[ProductEntry]) -> frozenset[str]:
    """A concept that opens a product's own name ("Kapëse perdesh": kapëse is a clip) and that
    no variant of the catalog says: the word the product is named by, so it may start a
    mention ("një pako me kapse për perde")."""
    in_variants = {
        key_of(t.text)
        for p in catalog.products[:MAX_PRODUCTS]
        for v in p.variants[:50]
        for t in name_tokens(str(v)[:100])
    }
    lex = lexicon()
    out = set()
    for p in catalog.products[:MAX_PRODUCTS]:
        for n, text in enumerate((p.name, *p.aliases[:30])):
            toks = name_tokens(_PARENS.sub(" ", str(text)[:200]))
            if len(toks) < 2:
                continue
            k = key_of(toks[0].text)
            sized = lex.concept(toks[0].text) in ("large", "small")
            if (
                k[:1] == "#"
                # the word itself is a form of the concept ("Kapëse"), not a stem that reaches
                # one ("Pellet" is no "pelle")
                and toks[0].text in lex.concept_exact
                # a colour word opens the shop's own name of a thing ("Kafe e bluar" is coffee,
                # "Rozé Kala" a wine) when no variant of the catalog is that colour
                # a size word opens only an alias the shop wrote for a small- or large-format
                # product of its own ("mini qiri", "maxi pack"): "mini" names that product
                and (n > 0 if sized else n == 0)
                and k not in in_variants
            ):
                out.add(k)
    return frozenset(out)


def _name_words(catalog: Catalog) -> list[list[Token]]:
    """The tokens of each catalog name and alias (``name_tokens``, each text cut at 200
    characters), product by product, name first: made once per build for the passes that read
    the names word by word (``_concept_words``, the 4-letter roots, the written words)."""
    return [
        name_tokens(str(text)[:200])
        for p in catalog.products[:MAX_PRODUCTS]
        for text in (p.name, *p.aliases[:30])
    ]


def _concept_words(names: list[list[Token]]) -> list[tuple[str, str]]:
    """(general concept, key) of each catalog name or alias word (``names``: ``_name_words``)
    that says a general concept only (not a hand-kept concept, not a product word)."""
    lex = lexicon()
    out: list[tuple[str, str]] = []
    for toks in names:
        for t in toks:
            w = t.text
            if len(w) < 3 or not w.isalpha() or w in STOPWORDS or lex.concept(w) is not None:
                continue
            c = lex.variant_concept(w)
            if c is not None and lex.product_group(w) is None:
                out.append((c, key_of(w)))
        texts = [t.text for t in toks]
        for a, b in lex.variant_phrases.find(texts):
            # "Fustan me lule": a concept of several words whose last word is a product
            # word ("lule") names the attribute ("floral", "a fiori", "geblümt")
            w = texts[b - 1]
            c = lex.variant_of_phrase.get(tuple(texts[a:b]))
            if b - a >= 2 and c is not None and lex.concept(w) is None and w.isalpha():
                out.append((c, key_of(w)))
    return out


def _general_words(concept_words: list[tuple[str, str]]) -> dict[str, str]:
    """The catalog's name words that say a general concept only (not a hand-kept one): the
    concept -> the word's key, so that another language's word for it reaches the name
    ("round" / "runde" / "rotondo" for "i rrumbullakët")."""
    out: dict[str, str] = {}
    for c, k in concept_words:
        out.setdefault(c, k)
    return out


def _unite_concept_keys(
    concept_words: list[tuple[str, str]], products: list[ProductEntry], by_key: dict[str, list[int]]
) -> None:
    """Catalog words of one general concept written differently ("satin maxi" in one alias,
    "Këmishë sateni" in another name; "velvet" / "kadife"): a product holding one of their
    keys holds them all, so the customer's word for the material or pattern reaches every
    product made of it, and the other words said decide among them."""
    keys: dict[str, set[str]] = {}
    for c, k in concept_words:
        if k in by_key:
            keys.setdefault(c, set()).add(k)
    for ks in keys.values():
        if len(ks) < 2:
            continue
        holders = sorted({pid for k in ks for pid in by_key[k]})
        for k in ks:
            for pid in holders:
                if pid not in by_key[k]:
                    by_key[k].append(pid)
                    products[pid].keys = products[pid].keys | {k}


def _spec_once(text: str, spec_of: dict[str, VariantSpec]) -> VariantSpec:
    """``variant_spec(text)`` (pure: its value depends on the text alone), made once per text
    during a build: the products sold in the same variants ("S", "M", "L") share the frozen
    spec objects, so the conversation's ``match_variant`` memo, keyed by the specs' identity,
    answers for all of them at once."""
    found = spec_of.get(text)
    if found is None:
        found = spec_of[text] = variant_spec(text)
    return found


def _unique_prices(products: list[ProductEntry]) -> dict[Decimal, int]:
    """Each price only one product is sold at -> that product (a price that is no finite
    positive number, a "NaN" a catalog might hold, is nobody's)."""
    priced = [p for p in products if p.price is not None and p.price.is_finite() and p.price > 0]
    counts = Counter(p.price for p in priced)
    return {p.price: p.index for p in priced if p.price is not None and counts[p.price] == 1}


def index_for(catalog: Catalog) -> CatalogIndex:
    """The index of ``catalog``, built once per catalog object (then found by identity or hash)."""
    key = id(catalog)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None and hit[0] is catalog:
            _CACHE.move_to_end(key)
            return hit[1]
    h = hash(catalog)
    with _LOCK:
        found = _BY_HASH.get(h)
    # an equal catalog (the same shop's, rebuilt) shares its index; a hash collision must not
    index = found[1] if found is not None and found[0] == catalog else build_index(catalog)
    with _LOCK:
        _BY_HASH[h] = (catalog, index)
        _CACHE[key] = (catalog, index)
        while len(_CACHE) > 64:
            _CACHE.popitem(last=False)
        while len(_BY_HASH) > 64:
            _BY_HASH.popitem(last=False)
    return index
