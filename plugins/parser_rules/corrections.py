"""Corrections and attributes said without a product: "ma bej 3", "make it L", "statt groß doch
mittel", "invece dei verdi", "hiqe", "te dyja"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from plugins.parser_rules.catalog_match import STOPWORDS, function_words
from plugins.parser_rules.item_state import (
    CONTAINERS,
    MAX_QTY,
    NEGATIONS,
    PAIR_WORDS,
    WHEN,
    Item,
    ItemState,
    said_line,
)
from plugins.parser_rules.lexicon import lexicon, word_set
from plugins.parser_rules.mentions import Mention, find_mentions
from plugins.parser_rules.merchant_lines import unnamed_segments
from plugins.parser_rules.normalize import Token
from plugins.parser_rules.numbers import find_measures, measure_at, number_value
from plugins.parser_rules.quantities import (
    COUNT_LINKS,
    corrected_count,
    counted,
    counts_only,
    distributive_count,
    enough_count,
    for_purpose,
    glued,
    length_count,
    measure_quantity,
    name_number,
    not_a_count,
    pack_variant,
    segment_quantity,
    size_not_count,
    split_at_numbers,
)
from plugins.parser_rules.segments import CONJUNCTIONS, Sentence
from plugins.parser_rules.variants import (
    SIZE_KEYWORDS,
    WITHOUT,
    VariantHit,
    VariantSpec,
    coded_over_size,
    match_variant,
    no_candidate,
    other_of_two,
    said_keys,
    too_much,
)

_DEMONSTRATIVES = word_set("demonstratives")
_SOMETHING = word_set("something")
_OPENING_NO = word_set("bare_no")  # a no opening an answer
_ALSO = word_set("additive")

_TIED_MAX = 16  # candidates read for a tied removal (hostile catalogs: bounded)


# "njërin", "njërën", Gheg "njanin": one of them (the pronoun, not the count "një")
ONE_OF = frozenset(
    ["njerin", "njeren", "njera", "njanin", "njanen", "njana", "njenin", "njenen"]
    + ["njona", "njonen", "njonin"]
)
_OF_THEM = {
    ("one", "of"): frozenset(["them", "those", "these"]),
    ("uno", "di"): frozenset(["loro", "questi", "quelli"]),
    ("una", "di"): frozenset(["loro", "queste", "quelle"]),
}


def one_of_them(toks: Sequence[Token]) -> bool:
    """ "njerin bone 100 litra", "make one of them blue", "einen davon in Blau", "una di loro
    rossa": one piece of a line already counted."""
    words = [t.text for t in toks]
    for k, w in enumerate(words):
        if w in ONE_OF:
            return True
        if (
            w in ("einen", "eine", "einer", "eins")
            and k + 1 < len(words)
            and words[k + 1] == "davon"
        ):
            return True
        if k + 2 < len(words) and words[k + 2] in _OF_THEM.get((w, words[k + 1]), ()):
            return True
    return False


def held_item(state: ItemState, m: Mention) -> Item | None:
    """The ordered item a mention names: its best product, or, when the word names several
    products equally ("hiqe sufllaqen" with chicken, meat and meatball souvlaki in the catalog)
    and only one of them is in the order, that one."""
    it = state.find(m.product)
    if it is not None or not m.ambiguous:
        return it
    best = m.candidates[0][0]
    tied = {p for sc, p in m.candidates[:_TIED_MAX] if sc >= best - 1e-9}
    held = [x for x in state.items if x.product in tied]
    return held[-1] if len({x.product for x in held}) == 1 else None


def wants_something(sent: Sentence) -> bool:
    """ "po du diçka të lehtë", "I want something lighter", "vorrei qualcosa di leggero": the
    order verb wants a thing not named yet, so it commits nothing asked about before."""
    spans = sent.intents.get("order", ())
    if not spans:
        return False
    start = min(s for s, _e in spans)
    return any(t.text in _SOMETHING for t in sent.toks[start : start + 6])


_ADD_WORDS = word_set("add_words")
_SAME_AGAIN = word_set("same_again")
_AND = word_set("and_opening")  # "and a black one" opening a message adds like "also"
_TOTAL_WORDS = word_set("total_words")


def _counted_unknown(sent: Sentence, a: int) -> bool:
    """A count, perhaps a container word, then a word that names no product, variant or
    concept and is not a function word: "pes thase kompostin", "two bags of vermiculite"."""
    toks = sent.toks
    if a >= len(toks) or number_value(toks[a].text) is None:
        return False
    k = a + 1
    while k < len(toks) and (toks[k].text in CONTAINERS or toks[k].text in STOPWORDS):
        k += 1
    if k == a + 1 or k != len(toks) - 1:
        return False  # no container word, or more words after the thing
    t = toks[k].text
    return (
        t.isalpha()
        and len(t) >= 4
        and t not in function_words()
        and number_value(t) is None
        and lexicon().concept(t) is None
    )


def _numbered(sent: Sentence) -> bool:
    """A word of the sentence is a number or a half ("2", "dy", "gjysem"): what a piece of
    ``_loose_split`` must hold to be read, and ``_counts_after`` needs (a number)."""
    half = lexicon().half_words
    return any(number_value(t.text) is not None or t.text in half for t in sent.toks)


def _states_total(sent: Sentence, k: int) -> bool:
    """ "edhe nje te bardhe, bone 5 gjithsej": the segment of ``k`` says the order's sum of
    pieces ("make it 5 in total"); it changes no line."""
    lo, hi = sent.segment_bounds(k)
    return any(t.text in _TOTAL_WORDS for t in sent.toks[lo:hi])


_MAYBE = word_set("or_words") | frozenset(["ndoshta", "maybe", "perhaps", "forse", "vielleicht"])
# "because" words that start a reason clause after a comma ("da", "as", "pse" are too often
# something else)
BECAUSE = word_set("because") - {"da", "as", "pse"}
_BECAUSE = BECAUSE

_BODY_SELF = word_set("body_self")
# what holds a liquid: "due bottiglie", "dy shishe", "zwei Flaschen" count a product sold by volume
_LIQUID_HOLDERS = word_set("liquid_containers")
# Albanian "I have / we have / it is / I am" (Tosk and Gheg) after "se": a reason clause
_HAVE_BE = frozenset(
    ["kam", "ka", "kemi", "kan", "kane", "eshte", "esht", "osht", "asht", "jam", "jemi", "jane"]
    + ["kom", "kena", "jena"]  # Gheg
)


# clitics between "se" and the verb: "se i kom ca ne shpi" (because I have some at home)
_CLITICS = word_set("have_clitics")


def _have_be_at(toks: Sequence[Token], k: int) -> bool:
    """ "kam", "i kom", "e kemi": a form of have/be at ``k``, perhaps after one clitic."""
    if k < len(toks) and toks[k].text in _CLITICS:
        k += 1
    return k < len(toks) and toks[k].text in _HAVE_BE


_MORE = word_set("more_words")


# the verbs a Macedonian / Serbian "da" clause opens with ("da imam rezerva", "da ne se
# kine"): "so that", a reason, not "yes"
_DA_VERBS = frozenset(["imam", "imame", "ima", "imaat", "bide", "bidat", "ne", "mozam", "moze"])


def _da_clause(sent: Sentence, k: int) -> bool:
    """ "земи ми две, да имам резерва": "da" opening a segment before a verb of having or
    being starts the purpose of the choice."""
    toks = sent.toks
    return (
        toks[k].text == "da"
        and k in sent.breaks
        and k + 1 < len(toks)
        and toks[k + 1].text in _DA_VERBS
    )


# "…, ai ka dorë të madhe", "…, she has big feet", "…, lui ha il piede largo", "…, er hat
# große Hände": a segment that opens with a person and has / is describes why, it picks nothing
_PERSONS = frozenset(["ai", "ajo", "ata", "ato", "he", "she", "they", "lui", "lei", "er", "sie"])
_HAS_IS = frozenset(["has", "is", "are", "ha", "hanno", "hat", "ist", "sind"])


def _describes_person(sent: Sentence, k: int) -> bool:
    """A person and has / is open the segment at ``k``, and it holds no number ("er hät
    Grössi 44" gives the size)."""
    toks = sent.toks
    if toks[k].text not in _PERSONS or k + 1 >= len(toks):
        return False
    if not (_have_be_at(toks, k + 1) or toks[k + 1].text in _HAS_IS):
        return False
    end = sent.segment_bounds(k)[1]
    return all(number_value(t.text) is None for t in toks[k:end])


def reason_at(sent: Sentence, after: int) -> int | None:
    """Where a segment giving the reason starts (", se 20 asht i vogel", ", because ..."), at
    or after token ``after``: what it says of values explains a choice, it makes none."""
    return next(
        (
            k
            for k in range(after, len(sent.toks))
            if _da_clause(sent, k)
            or k > after
            and k in sent.breaks
            and _describes_person(sent, k)
            or sent.toks[k].text in _BECAUSE
            and (
                k in sent.breaks
                # "... 2 palë XL se kam një djalë me duar të mëdha": "se" before "I have / it
                # is" opens the reason without a comma
                or sent.toks[k].text == "se"
                and _have_be_at(sent.toks, k + 1)
                # "ma mirë 2.6 se 3 metra": "better X than Y", Y is the value given up
                or sent.toks[k].text == "se"
                and any(e < k for _s, e in sent.intents.get("correct", ()))
                # "edhe 2 te bardha se te gjitha roze s'i do burri": "se" before a clause its
                # own segment negates ("because all pink he won't have") opens the reason
                or k > after
                and _negated(sent.toks[k + 1 : sent.segment_bounds(k)[1]])
            )
        ),
        None,
    )


def _and_more(toks: Sequence[Token], k: int) -> bool:
    """ "and one more for my wife", "e un altro": "and" before a count and "more" adds."""
    return (
        toks[k].text in ("and", "und", "e", "ed")
        and k + 2 < len(toks)
        and number_value(toks[k + 1].text) is not None
        and toks[k + 2].text in _MORE
    )


def _negated(toks: Sequence[Token]) -> bool:
    """A negation among these words: "nuk", "not", "nicht", "non" or the Albanian clitic "s'"
    before a verb ("s'i do")."""
    return any(
        t.text in NEGATIONS or t.text == "s" and k + 1 < len(toks) for k, t in enumerate(toks)
    )


# "but rather" after a negated value: Macedonian "tuku", Serbian / Croatian "nego"
_SLAVIC_BUT = frozenset(["tuku", "nego"])
# "instead of" written after the old value: Turkish "yerine"
_INSTEAD_AFTER = frozenset(["yerine"])
_NEG_AFTER = word_set("negations_after")
# the words beside which ``_old_value_tokens`` reads an old value token by token
_OLD_VALUE_WORDS = NEGATIONS | _NEG_AFTER | _INSTEAD_AFTER | {"ne"}
_BUT = frozenset(["por", "po", "but", "ma", "aber", "sondern", "ama", "nego", "vec"])


def _no_then_breakdown(sent: Sentence) -> bool:
    """ "jo 8 roze e 4 blu", "no 3 red and 2 blue": a "no" opening the sentence before a count
    that starts a breakdown of two counts joined by "and" (not "but": "jo 8 por 6")."""
    toks = sent.toks
    if len(toks) < 5 or number_value(toks[1].text) is None:
        return False
    if any(t.text in _BUT for t in toks):
        return False
    return any(
        number_value(toks[j].text) is not None
        and (toks[j - 1].text in CONJUNCTIONS or toks[j - 1].text in ("e", "ed", "i"))
        for j in range(3, len(toks))
    )


def _no_then_new_count(sent: Sentence, offered: Sequence[Sentence]) -> bool:
    """The shop's last message (``offered``) asked back a count ("4 copë korniza 13x18?",
    "So 6 of them?") and the customer's sentence opens with "no" and a number that message did
    not say: that number answers the question, it is not the value said to be wrong
    (session 19)."""
    toks = sent.toks
    if len(toks) < 2 or not toks[1].text.isdigit():
        return False
    asked = [s for s in offered if s.message == sent.message - 1]
    if not asked or not any(s.question for s in asked):
        return False
    said = {t.text for s in asked for t in s.toks if t.text.isdigit()}
    return bool(said) and toks[1].text not in said


def _and_also(toks: Sequence[Token], k: int) -> bool:
    """ "e anche", "and also", "und auch", "dhe edhe": "and" right before the "also" word."""
    return (
        toks[k].text in ("and", "und", "e", "ed", "dhe")
        and k + 1 < len(toks)
        and toks[k + 1].text in _ALSO
    )


_DISCOURSE = word_set("discourse")
# "me fal", "sorry": correction words that are first of all an apology
_APOLOGIES = frozenset(["me fal", "na fal", "sorry"])


def _label(tok: Token) -> bool:
    """A capitalised word the lexicons do not know (a name) - the number after it is its own."""
    w = tok.text
    return (
        tok.raw[:1].isupper()
        and w.isalpha()
        and len(w) >= 3
        and w not in STOPWORDS
        and w not in _DISCOURSE  # "Atëherë 2 të bardha", "Dann 3 Stück": "then" opens it
        and w not in SIZE_KEYWORDS
        and number_value(w) is None
        and lexicon().concept(w) is None
        and not any(ps.find([w]) for ps in lexicon().intents.values())
    )


_REQUEST_OPENERS = word_set("request_openers")


def said_before_asking(sent: Sentence) -> bool:
    """ "jo, ma mirë një qese gjysmë kile, del më lirë?", "no, better one bag of 500 g, is it
    cheaper?": the correction is said in its own segments; only the last one asks."""
    fixes = sent.intents.get("correct", ())
    if not fixes or not sent.question or not sent.toks:
        return False
    last = sent.segment_bounds(len(sent.toks) - 1)[0]
    return last > 0 and all(e <= last for _s, e in fixes)


def asks_shop(sent: Sentence) -> bool:
    """ "Can you send 2 of the big bottles?", "a mund te me ruani 4?", "potete mandarne 3?": a
    question that asks the shop to do something; its counts count (not a price or stock ask)."""
    return (
        any(t.text in _REQUEST_OPENERS for t in sent.toks[:3])
        and not sent.has("price_ask")
        and not sent.has("inquiry")
        and all(s < 3 for s, _e in sent.intents.get("question", ()))  # "…the price of 3?"
    )


def _take_that_one(sent: Sentence) -> bool:
    """ "atë bëje atëherë", "take that one then", "allora quella": a short sentence, no
    question, pointing at what was just said with an order, agree or correct word."""
    return (
        not sent.question
        and len(sent.toks) <= 5
        and any(t.text in _DEMONSTRATIVES for t in sent.toks)
        and (sent.has("order") or sent.has("agree") or sent.has("correct"))
    )


class Corrections:
    """Mixin of :class:`~plugins.parser_rules.items.ItemReader` for segments without a product."""

    state: ItemState
    focus: Item | None
    discussed: dict[int, frozenset[int]]
    by_length: set[int]
    listed: Callable[[int], tuple[int, ...]]  # MerchantLines.listed
    offered: list[Sentence]  # MerchantLines.offered: the merchant's last message
    # a variant of a line asked about, not chosen ("ajo 60 me 90 sa kushton?"): (message, line,
    # variant), taken by "that one then" in the same message
    asked_switch: tuple[int, Item, VariantHit] | None = None

    def _listed_pick(
        self, sent: Sentence, candidates: list[Item]
    ) -> tuple[Item, VariantHit] | None:
        """ "te dyten", "the second one", "la seconda", "die letzte": the
        variant at that place in the merchant's list of options."""
        if len(sent.toks) > 6:
            return None
        ordinals = lexicon().ordinals
        at = [k for k, t in enumerate(sent.toks) if t.text in ordinals]
        if len(at) != 1:
            return None
        pos = ordinals[sent.toks[at[0]].text]
        for it in candidates:
            order = self.listed(it.product)
            if order and (pos == -1 or 1 <= pos <= len(order)):
                k = order[-1] if pos == -1 else order[pos - 1]
                return it, VariantHit(k, 5.0, at[0], at[0] + 1)
        return None

    def _weak_switch(
        self, sent: Sentence, candidates: list[Item]
    ) -> tuple[Item, VariantHit] | None:
        """ "kerkoj nje portofol" (two wallets), then "kafe te erret": the item named by a word
        several products share becomes the one sold in the variant said."""
        index = self.state.index
        for it in candidates:
            said = {k for k in it.said if k[:1] not in "#=" and not k[:1].isdigit()}
            if not it.weak or not said:
                continue
            fits = [
                (p, h)
                for p, e in enumerate(index.products)
                if said <= e.keys
                and (h := match_variant(e.specs, sent.toks, 0, len(sent.toks))) is not None
            ]
            if len(fits) == 1:
                it.product = fits[0][0]
                return it, fits[0][1]
        return None

    def _hit_key(self, sent: Sentence, hit: VariantHit | None) -> str | None:
        raise NotImplementedError

    def _variant_line(self, it: Item, q: int | None, sent: Sentence, h: VariantHit) -> Item:
        """A line of another variant of ``it``'s product, named by ``h`` in ``sent``."""
        return said_line(sent, h.start, h.end, it.product, q, h, self._hit_key(sent, h))

    def _old_value_tokens(self, sent: Sentence) -> set[int]:
        """Tokens naming the value being replaced: "statt groß", "invece dei verdi", "instead of M",
        and values said to be wrong: "nicht so groß", "jo magnetike", "not the M"."""
        out: set[int] = set()
        # the three loops below add a token only beside a word of _OLD_VALUE_WORDS (a "not", a
        # postposed "not", "instead"; "ne" for the Slavic "not"); a sentence without one is not
        # walked (what they call on the way is pure)
        said = not _OLD_VALUE_WORDS.isdisjoint(sent.texts)
        for k, t in enumerate(sent.toks) if said else ():
            nxt_char = sent.raw[t.end : t.end + 1]
            doubled = k + 1 < len(sent.toks) and sent.toks[k + 1].text == t.text
            if doubled or k and sent.toks[k - 1].text == t.text:
                continue  # "jo jo, te kuqe", "no no": an answer, not "not red"
            if k == 0 and _no_then_breakdown(sent):
                continue  # "jo 8 roze e 4 blu": "no," then the counts anew, not "not 8 pink"
            if k == 0 and _no_then_new_count(sent, getattr(self, "offered", ())):
                continue  # "4 copë 13x18?" - "jo 8, nga 4 për secilën": "no, 8", the new count
            negation = t.text in NEGATIONS or (
                # Macedonian / Serbian "ne 2500, tuku 3000", "ne crni nego beli": "ne" (not)
                # before the value a "but rather" word replaces (Albanian "ne" is "we / in")
                t.text == "ne" and any(x.text in _SLAVIC_BUT for x in sent.toks[k + 1 :])
            )
            if (
                negation
                and nxt_char not in (",", ".", "!", ";", ":")
                # a correction word after it ("ne X, tuku Y": X is the old one)
                and not any(
                    c > k and sent.toks[c].text not in _SLAVIC_BUT
                    for c, _e in sent.intents.get("correct", ())
                )
            ):
                # ("jo 39 me mire": the value between "no" and "better" is the new one)
                for j in range(k + 1, min(len(sent.toks), k + 4)):
                    if (
                        lexicon().concept(sent.toks[j].text)
                        or sent.toks[j].raw.isupper()
                        or sent.toks[j].text[:1].isdigit()
                    ):
                        out.add(j)
                        break
        only_at = {a for a, _b in sent.intents.get("only", ())}
        correct_at = {a for a, _b in sent.intents.get("correct", ())}
        for k, t in enumerate(sent.toks) if said else ():
            # "te zezen jo, vetem rozen": a value said right before "jo/no/nicht" is the old one;
            # "32, jo me mire 34": so is a size before "no, better"
            prev = sent.toks[k - 1] if k else None
            if (
                t.text in NEGATIONS
                and prev is not None
                and (
                    lexicon().concept(prev.text)
                    or (prev.text.isdigit() or prev.raw.isupper())
                    and k + 1 in correct_at
                )
                and (
                    k + 1 in only_at
                    or k + 1 in correct_at
                    or sent.raw[t.end : t.end + 1] in (",", ".", ";", "!")
                )
            ):
                out.add(k - 1)
        for k, t in enumerate(sent.toks) if said else ():
            if t.text in _NEG_AFTER and k and lexicon().concept(sent.toks[k - 1].text):
                # Turkish "acı olmasın" (let it not be spicy), "büyük değil": a postposed "not"
                out.add(k - 1)
            elif (
                t.text in _NEG_AFTER
                and k
                and number_value(sent.toks[k - 1].text) is not None
                and k + 1 < len(sent.toks)
                and number_value(sent.toks[k + 1].text) is not None
            ):
                # Turkish "30 değil 40 olsun": the count before the postposed "not", with the
                # new count right after it, is the old one
                out.add(k - 1)
            if t.text in _INSTEAD_AFTER and k:
                # Turkish "2500 yerine 3000": the value before the postposition is the old one
                prev = sent.toks[k - 1]
                if lexicon().concept(prev.text) or prev.text[:1].isdigit() or prev.raw.isupper():
                    out.add(k - 1)
        for s, _e in sent.spans("misfit"):
            # "46 më vjen e ngushtë", "the 46 is too tight": the size that does not fit
            for j in range(s - 1, max(-1, s - 3), -1):
                if sent.toks[j].text[:1].isdigit() or sent.toks[j].raw.isupper():
                    out.add(j)
                    break
        for _s, e in sent.intents.get("not_needed", ()):
            # "s'duhen dy te vogla, ço nje te madhe": the rest of the segment is not wanted
            out.update(range(e, sent.segment_bounds(min(e, len(sent.toks) - 1))[1]))
        for s, e in sent.intents.get("old_value", ()):
            if sent.toks[s].text == "jo" and (s == 0 or sent.toks[s - 1].text in ("jo",)):
                continue
            if e in only_at:
                continue  # "jo, vetem rozen": what follows "only" is the new value
            k = e
            while k < len(sent.toks) and k < e + 3:
                w = sent.toks[k].text
                if w in STOPWORDS or w in (
                    "dei",
                    "degli",
                    "delle",
                    "the",
                    "den",
                    "der",
                    "die",
                    "das",
                ):
                    k += 1
                    continue
                out.add(k)
                nxt = (
                    measure_at(sent.toks, k + 1)
                    if number_value(w) is not None and k + 1 < len(sent.toks)
                    else None
                )
                if nxt is not None:
                    # "ne vend te dy 3 litrosheve", "instead of two 500 g jars": the count of the
                    # old ones, then their size
                    out.update(range(nxt.start, nxt.end))
                break
        return out

    def _both_variant(self, sent: Sentence) -> bool:
        """ "qiti te dyja per ps5", "both in black please", "beide in Schwarz": the variant said
        after "both / all" (or before it, in its segment) is every line's, when each of them is
        sold in it."""
        # "dy shishe nga 1 litri": "nga 1" before a unit is the size of each, not "one each"
        spans = [
            sp for sp in sent.intents.get("both", ()) if measure_at(sent.toks, sp[1] - 1) is None
        ]
        if sent.question or not spans:
            return False
        a = min(s for s, _e in spans)
        lines = [it for it in self.state.items if not it.tentative] or list(self.state.items)
        if len(lines) < 2:
            return False
        hits: list[tuple[Item, VariantHit]] = []
        lo, hi = sent.segment_bounds(a)
        for it in lines:
            specs = self.state.entry(it).specs
            # "te dyja XL bone, L i rri ngusht": the variant in the segment of "both" first;
            # the segments after it may give the reason, naming the old value
            h = match_variant(specs, sent.toks, a, hi) or match_variant(
                specs, sent.toks, a, len(sent.toks)
            )
            if h is None or h.start < a:
                # "beni S te gjitha", "make them all M", "alle in Schwarz": said just before
                h = match_variant(specs, sent.toks, lo, a) if lo < a else None
            if h is None:
                return False
            hits.append((it, h))
        for it, h in hits:
            it.variant = h.index
            it.variant_key = self._hit_key(sent, h)
            it.tentative = False
        return True

    def _each_listed(self, sent: Sentence) -> bool:
        """ "one of each", "nga nje secila", "je eins" after the merchant listed two or more
        variants of the item left open: one line per variant listed, with that count."""
        if sent.question:
            return False
        n = distributive_count(sent, in_both=True)
        if n is None:
            return False
        for it in reversed(self.state.items):
            order = self.listed(it.product)
            if it.variant is not None and (
                it.variant not in order
                or sum(o.product == it.product for o in self.state.items) > 1
            ):
                # a line already in a variant the merchant's list holds (taken from the
                # merchant's own words: "the low one (10 cm)") is split over the list too
                order = ()
            if not order:
                continue
            pos = self.state.items.index(it)
            self.state.items[pos : pos + 1] = [
                replace(it, variant=vi, variant_key=None, quantity=n, tentative=False)
                for vi in order
            ]
            return True
        return False

    def _size_step(self, sent: Sentence) -> bool:
        """ "ma jep nje numer ma te madh", "one size up", "eine Nummer kleiner": the size next
        to the item's current one, not the largest or the smallest."""
        if sent.question or any(t.text[:1].isdigit() for t in sent.toks):
            return False
        up = sent.spans("size_up")
        down = sent.spans("size_down")
        if bool(up) == bool(down):
            return False
        state = self.state
        first = [self.focus] if self.focus is not None and self.focus in state.items else []
        for it in first + list(reversed(state.items)):
            if it.variant is None:
                continue
            orders = [sp.order for sp in state.entry(it).specs]
            if len(orders) < 2 or any(o is None for o in orders):
                return False
            ranked = sorted(range(len(orders)), key=lambda k: orders[k] or 0.0)
            pos = ranked.index(it.variant) + (1 if up else -1)
            if not 0 <= pos < len(ranked):
                return False
            it.variant = ranked[pos]
            it.variant_key = None
            return True
        return False

    # --- no product named: attributes for an item already named --------------------------
    def _adds_something(self, sent: Sentence) -> bool:
        """ "edhe diçka për …", "also something for …", "anche qualcosa per …": "also" and a word
        for "something" add goods the sentence names in words no catalog name holds."""
        toks = sent.toks
        if not any(
            toks[k].text in _ALSO and toks[k + d].text in _SOMETHING
            for k in range(len(toks) - 1)
            for d in (1, 2)
            if k + d < len(toks)
        ):
            return False
        index = self.state.index
        return unnamed_segments(index, sent, find_mentions(index, sent.toks, sent.breaks), [])[1]

    def _loose(self, sent: Sentence, commit: bool) -> bool:
        state = self.state
        if not state.items:
            return False
        if not sent.question and self._adds_something(sent):
            # "edhe diçka për thembrën e burrit, vesh 42", "also something for his heel, he
            # wears a 42": the size is of the goods added in words the catalog lacks, not of a
            # line already ordered
            return False
        reason = reason_at(sent, 2)
        if reason is not None:
            # "ngjyre mishi dua, se me bluza te bardha te zezat duken": the reason after the
            # choice speaks of other things (the black ones show)
            sent = sent.sub(0, reason)
        if sent.has("remove") and not sent.question:
            # "hiqe peshkun", "remove the black one": the line in the variant named goes; "gri mos
            # e qit, bojni 3 t'zeza": in the remove word's segment, and the rest is read after
            r0, r1 = sent.intents["remove"][0]
            lo, hi = sent.segment_bounds(r0)
            if not sent.breaks:
                lo, hi = 0, len(sent.toks)
            if sent.toks[r0].text in WITHOUT:
                # "die rosa ohne Gravur", "the pink one without a box": what "without" leaves
                # out comes after it; the value before it is the line it describes
                lo = max(lo, r1)
            for it in reversed(state.items):
                if it.variant is None:
                    continue
                h = match_variant(state.entry(it).specs, sent.toks, lo, hi)
                if h is not None and h.index == it.variant:
                    state.items.remove(it)
                    if hi < len(sent.toks):
                        self._loose(sent.sub(hi, len(sent.toks)), commit)
                    return True
        if self._size_step(sent) or self._both_variant(sent) or self._each_listed(sent):
            return True
        adds = [
            k
            for k in sorted(sent.breaks | {0})
            if k < len(sent.toks) and sent.toks[k].text in _ADD_WORDS and not sent.question
        ]
        # "edhe ...", "prit, edhe ...": the word for "also" starting the sentence or its second
        # segment after an interjection
        also_at = next(
            (
                # "e anche quello bordò", "and also the red": "and" before the "also" word
                k + 1 if _and_also(sent.toks, k) else k
                for k in sorted(sent.breaks | {0})
                if k <= 2
                and k < len(sent.toks)
                and (
                    sent.toks[k].text in _ALSO or _and_more(sent.toks, k) or _and_also(sent.toks, k)
                )
            ),
            -1,
        )
        if (
            also_at < 0
            and len(sent.toks) > 2
            and sent.toks[0].text == "e"
            and sent.toks[1].text in ("da", "di", "con")
        ):
            also_at = 0  # Italian "e da 2 grammi 5", "e con il manico": and (another line)
        if also_at < 0:
            # "do marr edhe nje te zeze", "I'll take one more in black": "also" and a count
            also_at = next(
                (
                    k
                    for k in range(len(sent.toks) - 2)
                    if (sent.toks[k].text in _ALSO or k == 0 and sent.toks[k].text in _AND)
                    and number_value(sent.toks[k + 1].text) is not None
                    and not sent.toks[k + 1].text[:1].isdigit()
                    # the first count of the sentence: "2 te bardhe, edhe nje te kuq" is split
                    and not any(number_value(t.text) is not None for t in sent.toks[:k])
                ),
                -1,
            )
        # "and a black one" opening the message, not "and one more" nor "and also"
        bare_and = (
            also_at == 0
            and sent.toks[0].text in _AND
            and not _and_more(sent.toks, 0)
            and not _and_also(sent.toks, 0)
        )
        also = (
            not adds
            and not sent.question
            and also_at >= 0
            and all(
                e <= also_at or _states_total(sent, s0) or e == len(sent.toks)
                for s0, e in sent.intents.get("correct", ())
            )
        )  # "prit, edhe ...": "wait" before it corrects nothing; "and a red one, actually":
        # nor does a correction word closing the sentence
        if also:
            # "edhe per binjaket 2 muajsh", "also a red one": a line of another variant, added
            a = also_at + 1
            # nothing after "also" ("edhe" alone, before the product it adds): an empty window
            # names no variant (``match_variant`` answers None), so every item is passed over
            for it in reversed(state.items if a < len(sent.toks) else []):
                h = match_variant(state.entry(it).specs, sent.toks, a, len(sent.toks))
                if h is None and it.variant is not None:
                    # "edhe nje blu, te njejten mase" after "M e bardhe": the size stays
                    h = match_variant(
                        state.entry(it).specs, sent.toks, a, len(sent.toks), prefer=it.variant
                    )
                if h is None or bare_and and h.start > a + 3:
                    # "and a black one": the variant right after the count opening the message
                    continue
                q = segment_quantity(sent, a, len(sent.toks), set(range(h.start, h.end)))
                if q is None:  # "dhe 3 metra te tjera rgb"
                    q = length_count(
                        state.entry(it), sent.toks, a, len(sent.toks), it.product in self.by_length
                    )
                same = [o for o in state.items if o.product == it.product and o.variant == h.index]
                if same:
                    more = number_value(sent.toks[a].text) if a < h.start else None
                    if more is not None and 1 <= more <= 20 and more == int(more):
                        # "edhe ni pal per nanen, ajo 37": one more of a line already there
                        same[-1].quantity = min(same[-1].quantity + int(more), MAX_QTY)
                        return True
                    break
                if it.variant is None:
                    break  # the item left open takes it (below)
                it.tentative = False  # "edhe dy te zeza": also, so the one asked about too
                state.items.append(self._variant_line(it, q, sent, h))
                return True
            else:
                if self._one_more_same(sent, also_at + 1):
                    return True
                if _counted_unknown(sent, also_at + 1):
                    # "edhe pes thase kompostin": five sacks of a thing the catalog does not
                    # name here, not five of the item before
                    return False
        if adds:
            # "intenso veç 4, shtoni ni lungo", "add one vanilla": a variant of a product already
            # ordered, added as a line of its own
            a = adds[0]
            b = sent.segment_bounds(a)[1]
            while b < len(sent.toks) and all(t.text in _ALSO for t in sent.toks[a + 1 : b]):
                b = sent.segment_bounds(b)[1]  # "shtoni edhe 2 metra me lule": "add also ..."
            for it in reversed(state.items):
                h = match_variant(state.entry(it).specs, sent.toks, a + 1, b)
                if h is None:
                    continue
                if a:
                    self._loose(sent.sub(0, a), commit)
                q = segment_quantity(sent, a + 1, b, set(range(h.start, h.end))) or self._metres(
                    it, sent, a + 1, b
                )
                line = next(
                    (o for o in state.items if o.product == it.product and o.variant == h.index),
                    None,
                )
                if line is not None:
                    line.quantity = min(line.quantity + (q or 1), MAX_QTY)  # one more of them
                else:
                    state.items.append(self._variant_line(it, q, sent, h))
                return True
        old = self._old_value_tokens(sent)
        # which item: the one whose chosen word is the old value, else the latest that accepts it
        target: Item | None = None
        hit: VariantHit | None = None
        if old:
            old_keys = {
                self.state.index.resolve(sent.toks[i].text) or sent.toks[i].text for i in old
            }
            for it in reversed(state.items):
                if it.variant_key and set(it.variant_key.split()) & old_keys:
                    target = it
                    break
            if target is None:
                target = self._old_count_line(sent, old)
        if (
            target is None
            and self.focus is not None
            and self.focus in state.items
            and len(sent.toks) <= 4
        ):
            target = self.focus
        if target is None:
            target = self._bottled(sent)
        candidates = [target] if target else list(reversed(state.items))
        if (
            target is None
            and self.focus is not None
            and self.focus in state.items
            and not find_mentions(state.index, sent.toks, sent.breaks)
        ):
            # "45 please, she doesn't like them too tight" right after the merchant spoke of the
            # heart necklace alone: the item it spoke of is tried first, then the others
            candidates.remove(self.focus)
            candidates.insert(0, self.focus)
        # "kaska… dhe kufjet, nje", then "jo, 2 te bardha edhe 1 portokalli": the item the
        # variants split, not the latest when that one has no such variants
        if any(self._loose_split(sent, it, old) for it in candidates):
            return True
        setters = [e for name in ("correct", "only") for _s, e in sent.intents.get(name, ())]
        for it in candidates:
            h = match_variant(
                self.state.entry(it).specs,
                sent.toks,
                0,
                len(sent.toks),
                skip=old,
                among=self.discussed.get(it.product, frozenset()),
                current=it.variant if it.variant is not None else (it.hints or None),
            )
            # "make it size L, M might be tight": the value after the correction wins; "prit
            # se ... M i rri e madhe, bone S grin": after the last correction word that names one;
            # "50 metra është e rëndë, bëje 25": the value before it is the old one
            # ("S23, jo S24": a "no" brings the old value, not a new one)
            later = [
                e
                for name in ("correct", "only")
                for s0, e in sent.intents.get(name, ())
                if h is not None and s0 >= h.end and sent.toks[s0].text not in NEGATIONS
            ]
            if h is not None and not later:
                # "jo jo, make it grey, e bardha zihet shpejt": the value in the correction's own
                # segment is the new one; the other value, in a later segment, is why
                for s0, e in sent.intents.get("correct", ()):
                    start, end = sent.segment_bounds(e) if e < len(sent.toks) else (e, e)
                    if (
                        start >= e  # "prit, 10 litra …": the value is not the word's own
                        or e >= h.start
                        or end > h.start
                        or sent.toks[s0].text in NEGATIONS
                        or too_much(sent.toks, e, end)  # "actually the big one is too big"
                    ):
                        continue
                    own = match_variant(self.state.entry(it).specs, sent.toks, e, end, skip=old)
                    if own is not None and own.index != h.index:
                        if coded_over_size(self.state.entry(it).specs, sent.toks, h, own):
                            break  # "meglio più grande, 50x70": the code is the choice
                        h = own
                        break
            for a in sorted(later if h is not None else setters, reverse=True):
                after = match_variant(
                    self.state.entry(it).specs,
                    sent.toks,
                    a,
                    sent.segment_bounds(a)[1],
                    skip=old,
                    prefer=it.variant,
                )
                if after is not None:
                    h = after
                    break
            if (
                h is None
                and (it.variant is not None or it.hints)
                # the first call, with this as ``current``, had no candidate to tie
                and not no_candidate(self.state.entry(it).specs, sent.toks, 0, len(sent.toks), old)
            ):
                # "po te djathten" for "Majtas / Gri": the other words of the variant stay;
                # "L" after "ngjyre hiri": the colour said before completes "L Gri"
                h = match_variant(
                    self.state.entry(it).specs,
                    sent.toks,
                    0,
                    len(sent.toks),
                    skip=old,
                    prefer=it.variant if it.variant is not None else it.hints,
                )
            if h is None and not sent.has("misfit"):
                # "uzeću jedan, ne treba mi XXL": of two variants, not the one refused (a size
                # that does not fit asks for another size, not for the other variant)
                h = other_of_two(self.state.entry(it).specs, sent.toks, 0, len(sent.toks), old)
            if h is None and it.variant is None:
                # "una confezione da 6 allora", "ok, ato me 10 copë" after the shop's packs of 6
                # and 12: the pack's number names the open line's pack, as with its name
                h = pack_variant(self.state.entry(it), sent, 0, len(sent.toks))
            if h is not None:
                target, hit = it, h
                break
        if hit is not None and target is not None and not old:
            # "bone S grin" with lines "M / gri" and "XL / e zezë": the line whose word the
            # new variant keeps (grey) is the one changed, not the latest
            kept = self._keeps_words(target, hit.index)
            for it in reversed(state.items):
                if it is target or it.product != target.product or it.variant is None:
                    continue
                if self._keeps_words(it, hit.index) > kept:
                    target, kept = it, self._keeps_words(it, hit.index)
        if hit is None:
            picked = self._listed_pick(sent, candidates) or self._weak_switch(sent, candidates)
            if picked is not None:
                target, hit = picked
        if target is None:
            target = state.items[-1]
        if hit is None and not sent.question and self.state.entry(target).specs:
            # "grin" for "Gri S / Gri M / Gri L": the colour waits for the size said next
            heard = said_keys(sent.texts)
            if heard:
                target.hints = target.hints | heard
        if hit is None and self.asked_switch is not None and _take_that_one(sent):
            # "ajo 60 me 90 pak më shumë kushton? atë bëje atëherë": the variant just asked
            # about is taken
            message, line, before = self.asked_switch
            if message == sent.message and line in state.items:
                # (the words that named it were in the question: no span here)
                target, hit = line, VariantHit(before.index, before.score, 0, 0)
        self.asked_switch = None
        if (
            hit is not None
            and target.variant is not None
            and hit.index != target.variant
            and (
                sent.has("price_ask")
                or sent.question
                and not target.tentative
                and not sent.has("order")
                and not any(  # "va bene" is no "bene" (Gheg "do")
                    not any(a <= s0 and e0 <= b for a, b in sent.intents.get("agree", ()))
                    # "me fal prape, me lule e keni?": an apology opening a question corrects
                    # nothing
                    and " ".join(t.text for t in sent.toks[s0:e0]) not in _APOLOGIES
                    for s0, e0 in sent.intents.get("correct", ())
                )
            )
        ):
            # "e 18shat sa jan?" after "17sh": another size's price asked, not chosen; "quello
            # a righe va bene per il cefalo?" after two were ordered: asked about, not chosen
            self.asked_switch = (sent.message, target, hit)
            hit = None
        if hit is not None and target.variant != hit.index and not sent.has("both"):
            # "intenso only 4" when there are lines in several flavours: the Intenso line
            same = [
                o for o in state.items if o.product == target.product and o.variant == hit.index
            ]
            if same:
                target = same[-1]
        changed = False
        only_count = all(counts_only(sent, s0, e) for s0, e in sent.intents.get("only", ()))
        if hit is not None and sent.has("only") and not only_count:
            # "jo, vetem bordo": of this product only the item in that variant stays
            same = [it for it in state.items if it.product == target.product]
            keep = next((it for it in same if it.variant == hit.index), target)
            state.items = [it for it in state.items if it.product != target.product or it is keep]
            target = keep
        if (
            hit is not None
            and target.variant is not None
            and hit.index != target.variant
            and target.quantity >= 2
            and not sent.question
            and one_of_them(sent.toks)
        ):
            # "prit, njerin bone 100 litra", "make one of them the blue": one of the line's
            # pieces moves to the new variant, the others stay
            target.quantity -= 1
            state.items.insert(
                state.items.index(target) + 1, self._variant_line(target, 1, sent, hit)
            )
            return True
        if hit is not None:
            self._same_word_lines(sent, target, hit)
            target.variant = hit.index
            target.variant_key = self._hit_key(sent, hit)
            target.weak = False  # "rrip" (two belts), then "105 ok": the one chosen
            changed = True
            if not sent.question:
                # "parashutat hiqi, vetëm ato të dorës. por bëji katër": the line whose variant
                # the customer just chose is what a bare count said next is about
                self.focus = target
        qty = self._loose_quantity(sent, hit, old, target)
        if qty is None and hit is None and not sent.question:
            # "brinje qengji" (sold in 1 kg) ... "2 kile ju lutem": two of it
            vi, qty, _used = measure_quantity(
                self.state.entry(target), sent, 0, len(sent.toks), target.variant
            )
            if vi is not None and vi != target.variant:
                target.variant, target.variant_key = vi, None
                changed = True
        if qty is None and not sent.question:
            # "nja 4 metra, te bardhe te ngrohte" of a strip sold by the metre
            qty = length_count(
                self.state.entry(target),
                sent.toks,
                0,
                len(sent.toks),
                target.product in self.by_length,
            )
        if (
            qty is None
            and not any(sp.amount_like for sp in self.state.entry(target).specs)
            and not sent.question
        ):
            kilos = [
                m
                for m in find_measures(sent.toks)
                if m.unit in ("g", "ml")
                and m.number >= 1
                and m.amount >= 1000
                # "jam 1.68 edhe 62 kg", "I'm 60 kg", "ich wiege 70 kg": the customer's own
                # weight, not kilos of the goods
                and not any(t.text in _BODY_SELF for t in sent.toks[max(0, m.start - 4) : m.start])
            ]
            if len(kilos) == 1 and (sent.has("order") or sent.has("correct") or sent.has("agree")):
                qty = int(kilos[0].number)
        sizes = size_not_count(self.state.entry(target), qty, bare=True)
        if sizes:
            qty = None
            if hit is None and len(sizes) == 1:
                target.variant, target.variant_key = sizes[0], None
                changed = True
        named = name_number(state.index, target.product, qty)
        if named is not None:
            qty = None  # "ok 300" of "Internet 300 Mbps": that product, not 300 of it
            if named != target.product:
                if state.index.products[named].variants != self.state.entry(target).variants:
                    target.variant, target.variant_key = None, None
                target.product = named
                changed = True
        if qty is not None:
            target.quantity = qty
            target.qty_explicit = True
            changed = True
        # "An Francesca …, Karlstr. 9": the German "an" (to) left beside delivery details is
        # no count; a word that is "one" only weakly counts nothing alone
        counted = any(
            number_value(t.text) is not None and t.text not in lexicon().weak_numbers
            for t in sent.toks
        )
        # "edhe montimin e beni ju?" - "Po, 2.000 lekë" - "jo jo e ngjit vete, dergojeni ne …":
        # a no opening the answer turns the item asked about down; the order verb after it
        # sends the rest
        refused = target.tentative and bool(sent.toks) and sent.toks[0].text in _OPENING_NO
        if (not sent.question or asks_shop(sent)) and (
            changed
            or counted
            # "3 javë është vonë, më duhen për fundjavën": the need the shop cannot meet
            or sent.has("order")
            and not wants_something(sent)
            and not sent.has("hesitate")
            and not refused
        ):
            target.tentative = False  # "Nje te zi." answers the merchant about the item asked
        if (
            not sent.question
            and sent.has("agree")
            and len(sent.toks) <= 4
            and any(t.text in _DEMONSTRATIVES for t in sent.toks)
        ):
            # "po ajo", "ok, that one", "sì, quella": yes to the item the merchant just offered
            asked = [it for it in state.items if it.tentative]
            chosen = self.focus if self.focus in asked else (asked[-1] if asked else None)
            if chosen is not None:
                chosen.tentative = False
                changed = True
        each = [
            sp for sp in sent.intents.get("both", ()) if measure_at(sent.toks, sp[1] - 1) is None
        ]
        if each and not sent.question:
            # "both" is two: with more lines than two, the count is of the line spoken of
            # ("Lidhëse … Sa palë?" - "dy palë, të dyja", beside two other lines)
            spoken = self.focus if any(self.focus is x for x in state.items) else None
            for k, it in enumerate(state.items):  # "nga 1 te dyja", "both", "beide"
                it.tentative = False
                of_it = (
                    len(state.items) <= 2
                    or it is spoken
                    or (spoken is None and k == len(state.items) - 1)
                )
                if qty is not None and of_it:
                    it.quantity = qty
            changed = True
        return changed

    def _one_more_same(self, sent: Sentence, a: int) -> bool:
        """ "edhe një njësoj për dhomën tjetër", "also one the same for the other room", "noch
        eine gleiche": after "also", a count and a word for "the same" add that many pieces to
        the line the customer last spoke of (the merchant's focus, else the latest line)."""
        toks = sent.toks
        j = a + 2 if a + 2 < len(toks) and toks[a + 1].text in STOPWORDS else a + 1
        if j >= len(toks) or toks[j].text not in _SAME_AGAIN:
            return False
        v = number_value(toks[a].text)
        if v is None or not 1 <= v <= 20 or v != int(v):
            return False
        state = self.state
        target = self.focus if self.focus in state.items else state.items[-1]
        target.quantity = min(target.quantity + int(v), MAX_QTY)
        target.qty_explicit = True
        target.tentative = False
        return True

    def _bottled(self, sent: Sentence) -> Item | None:
        """ "sì perfetto, due bottiglie" after oil, flour and potatoes: a count of bottles is
        the count of the one item of the order sold by volume (litres)."""
        toks = sent.toks
        if not any(
            t.text in _LIQUID_HOLDERS and k and number_value(toks[k - 1].text) is not None
            for k, t in enumerate(toks)
        ):
            return None
        liquid = [
            it
            for it in self.state.items
            if (specs := self.state.entry(it).specs)
            and all(sp.measure and sp.measure.startswith("ml:") for sp in specs)
        ]
        return liquid[0] if len({it.product for it in liquid}) == 1 else None

    def _same_word_lines(self, sent: Sentence, target: Item, hit: VariantHit) -> None:
        """ "kacabuj edhe milingona, 2+1", then "gabova, është 3+1": lines of other products
        read in one message in the very variant the correction changes (the one flat both
        treatments are for) change with it, when their products sell the new one too."""
        if target.variant is None or target.variant == hit.index or sent.question:
            return
        index = self.state.index
        own = self.state.entry(target).keys
        if any(index.resolve(t.text) in own for t in sent.toks):
            return  # "make the white one XL": the words pick that line alone
        variants = self.state.entry(target).variants
        old, new = variants[target.variant], variants[hit.index]
        for it in self.state.items:
            if it is target or it.product == target.product or it.message != target.message:
                continue
            theirs = self.state.entry(it).variants
            if it.variant is not None and theirs[it.variant] == old and new in theirs:
                it.variant = theirs.index(new)
                it.variant_key = None

    def _keeps_words(self, it: Item, index: int) -> int:
        """How many word keys the variant ``index`` shares with the line's current variant."""
        if it.variant is None:
            return 0
        specs = self.state.entry(it).specs
        return len(set(specs[it.variant].keys) & set(specs[index].keys))

    def _old_count_line(self, sent: Sentence, old: set[int]) -> Item | None:
        """ "bone 16 jo 15", "make it 4, not 3": the one line whose count is the old value
        said is the line corrected (not the latest line)."""
        olds = {number_value(sent.toks[i].text) for i in old}
        same = [it for it in self.state.items if it.quantity > 1 and it.quantity in olds]
        return same[0] if len(same) == 1 else None

    def _metres(self, item: Item, sent: Sentence, lo: int, hi: int) -> int | None:
        """The metres said in toks[lo:hi] of an item sold (or priced) by the metre: its count."""
        by_length = item.product in self.by_length
        return length_count(self.state.entry(item), sent.toks, lo, hi, by_length)

    def _loose_split(self, sent: Sentence, item: Item, old: set[int]) -> bool:
        """ "nje S nje M" for an item named before: one item per variant."""
        entry = self.state.entry(item)
        if not entry.specs or sent.question:
            return False
        hits: list[tuple[int, VariantHit]] = []
        carried: int | None = None
        pending: int | None = None
        # "8 copë, edhe 4 copë 150" of an item already in a variant: the first piece, counted
        # with no variant of its own, stays in the item's variant when "edhe / also" adds
        # another variant with its own count after it
        kept: VariantHit | None = None
        # a sentence with no number and no half ("ok flm", "po ajo"): each piece below needs
        # one, and ``_counts_after`` needs a count, so neither is read
        numbered = _numbered(sent)
        for a, b in split_at_numbers(sent, 0, len(sent.toks)) if numbered else []:
            if not any(
                number_value(t.text) is not None or t.text in lexicon().half_words
                for t in sent.toks[a:b]
            ):
                continue
            if old & set(range(a, b)):
                continue  # "s'duhen dy te vogla, ço nje te madhe": the piece not wanted
            spans = sent.intents.get("both", ())
            if any(s0 <= a < e0 or s0 == a for s0, e0 in spans):
                continue  # "nji bezhe nji blu, te dyja 34": what both share, no third line
            b = min([b, *(s0 for s0, _e in spans if a < s0 < b)])
            shared = min((s0 for s0, _e in spans if s0 >= b), default=None)
            # "rripa gome 22 milimetra?" ... "ni t'zi ni portokalli": the size said with the
            # product completes each colour; "ni bezhe ni blu e erret" after "chino 34": the
            # size already chosen completes each
            prefer = item.hints or (item.variant if item.variant is not None else None)
            h = match_variant(entry.specs, sent.toks, a, b, skip=old, prefer=prefer)
            if h is None and hits and not old & set(range(a, b)) and _the_other(sent, a, b):
                # "njona 8 kile, tjetra 17", "one is 8 kg, the other 17": a bare number after a
                # piece that named a range by an amount takes that range's unit
                h = range_by_number(entry.specs, sent, a, b, hits[-1][1])
            if h is None and shared is not None:
                # "..., te dyja L", "both M": the value said for both completes each piece
                gap = set(range(b, shared))
                h = match_variant(
                    entry.specs, sent.toks, a, len(sent.toks), skip=old | gap, prefer=prefer
                )
            if h is None:
                # "2 shishe nga nje liter": a count carried over "nga/of/da" to the measure
                link = sent.toks[b - 1].text in COUNT_LINKS
                carried = counted(sent, a, b) if link else None
                if sent.toks[b - 1].text in ("per", "për", "for", "für", "fur") and b - a == 2:
                    carried = segment_quantity(sent, a, b, set())  # "3 per 10-11 vjec"
                # "3 te zeza 20x30": a count whose piece names no variant counts the variant
                # said right after it, when that piece has no count of its own
                pending = None if carried else segment_quantity(sent, a, b, set())
                continue
            used = set(range(h.start, h.end))
            # "4 metra gri e 2 metra te kuqe" of a cloth sold by the metre: the metres count
            q = carried or segment_quantity(sent, a, b, used) or self._metres(item, sent, a, b)
            if q is None and hits and hits[-1][1].index == h.index:
                continue  # "nje te vogel 30", "one small, the 30": the piece before, restated
            if (
                not hits
                and q is not None
                and pending is not None
                and item.variant is not None
                and item.variant != h.index
                and sent.toks[a - 1].text in _ALSO
            ):
                kept = VariantHit(item.variant, 1.0, a, a)
                hits.append((pending, kept))
                pending = None
            hits.append((q or pending or 1, h))
            carried = pending = None
        if len(hits) < 2:
            # "cabomba 3 cope e vallisneria 5", "rosa 4, bianca 2": each variant said first, its
            # count after it
            prefer = item.hints or (item.variant if item.variant is not None else None)
            hits = (_counts_after(sent, entry.specs, old, prefer) if numbered else []) or hits
        if len(hits) < 2 and item.variant is None and sent.breaks:
            # "du nudin edhe te kuqin", "the blue and the green": the item left open, one
            # variant per segment with no count, is one line of each
            by_segment: list[tuple[int, VariantHit]] = []
            for lo in sorted({0, *sent.breaks}):
                hi = sent.segment_bounds(lo)[1]
                if old & set(range(lo, hi)):
                    continue
                h = match_variant(entry.specs, sent.toks, lo, hi, skip=old)
                if h is not None:
                    used = set(range(h.start, h.end))
                    q = segment_quantity(sent, lo, hi, used) or self._metres(item, sent, lo, hi)
                    by_segment.append((q or 1, h))
            joined = all(
                any(
                    t.text in CONJUNCTIONS
                    for t in sent.toks[by_segment[j][1].end : by_segment[j + 1][1].start]
                )
                for j in range(len(by_segment) - 1)
            )
            # "zwei Bademäntel ... Papa braucht XL, Mama M": as many segments as the open
            # line counts, each naming one variant, share it out (commas are enough then)
            shared_out = (
                item.quantity >= 2
                and sum(q for q, _h in by_segment) == item.quantity
                and "/" not in sent.raw
            )
            if len(by_segment) >= 2 and (joined or shared_out):  # "edhe / and / und", not "XS/S"
                hits = by_segment
        if len(hits) < 2 or len({h.index for _q, h in hits}) < len(hits):
            return False
        between = {t.text for t in sent.toks[hits[0][1].end : hits[-1][1].start]}
        if between & _MAYBE:
            return False  # "zakonisht 50 po ndoshta 52", "a 42 or maybe a 43": one line, unsure
        if len(hits) == 2 and any(
            hits[0][1].end <= s0 < hits[1][1].start for s0, _e in sent.intents.get("correct", ())
        ):
            return False  # "50 metra është shumë, bëje 25", "the 42 is small, make it 43": a change
        # "3 ivory and 1 black", then "ok then 2 ivory and 2 black": the lines restated in
        # those variants are replaced, not added to
        said = {h.index for _q, h in hits}
        self.state.items = [
            it
            for it in self.state.items
            if it is item or not (it.product == item.product and it.variant in said)
        ]
        pos = self.state.items.index(item)
        if item.variant is None or item.variant in said:
            self.state.items.remove(item)
        else:
            pos += 1  # "10 te kuqe", then "dhe 3 te bardha e 2 ari": the red line stays
        for k, (q, h) in enumerate(hits):
            self.state.items.insert(
                pos + k,
                Item(
                    item.product,
                    q,
                    h.index,
                    item.variant_key if h is kept else self._hit_key(sent, h),
                    False,
                    True,
                    item.message,
                    item.start,
                    item.end,
                    item.text,
                ),
            )
        return True

    def _window_quantity(self, sent: Sentence, lo: int, hi: int, skip: set[int]) -> int | None:
        """ "Karriget beji 4 jo 2": the count right after a correction word, in the item's words."""
        setters = [e for name in ("correct", "only") for _s, e in sent.intents.get(name, ())]
        for k in range(lo, hi):
            if k in skip or glued(sent, k):
                continue
            v = number_value(sent.toks[k].text)
            if v is not None and 1 <= v <= MAX_QTY and any(0 <= k - e <= 1 for e in setters):
                return int(v)
        return None

    def _loose_quantity(
        self, sent: Sentence, hit: VariantHit | None, old: set[int], target: Item
    ) -> int | None:
        counted = any(
            lexicon().concept(t.text) == "piece"
            or t.text in PAIR_WORDS
            or t.text in CONTAINERS
            # "nji 1 kg": "one" before a measure counts that size
            or (
                t.text in lexicon().weak_numbers
                and k + 1 < len(sent.toks)
                and measure_at(sent.toks, k + 1) is not None
            )
            for k, t in enumerate(sent.toks)
        )
        if sent.question and not asks_shop(sent) and not said_before_asking(sent):
            return None
        again = corrected_count(sent, 0, len(sent.toks), self.state.entry(target).specs)
        if again is not None:
            return again  # "x3, anzi x2"
        polite = len(sent.toks) <= 6 and bool(sent.spans("polite"))
        enough = enough_count(sent)
        if enough is not None and not (hit and hit.start <= enough[1] < hit.end):
            return enough[0]  # "nje mjafton per tani", "two are enough": that count replaces
        toks = sent.toks
        sized: set[int] = set()
        if hit is not None:
            # "ok atehere 1 te 50 kilshin", "two of the 15 L": a count right before the variant;
            # "mire, nje 45-she": one of the size written in digits
            k = hit.start - 1
            while (
                k >= max(0, hit.start - 2)
                and (toks[k].text in STOPWORDS or toks[k].text == "t")
                and number_value(toks[k].text) is None
            ):
                k -= 1
            beside = k == hit.start - 1  # a number word right before a size in digits
            if (
                k >= 0
                and number_value(toks[k].text) is not None
                and (
                    not beside
                    or toks[hit.start].text[:1].isdigit()
                    and not toks[k].text[:1].isdigit()
                    # "Atëherë 2 të bardha": the article opens the variant's words
                    or toks[hit.start].text in STOPWORDS
                )
            ):
                sized.add(k)
                counted = True
        for k, t in enumerate(toks):
            # "dy t'vogla", "two small ones", "zwei kleine", "two of the small ones": a count
            # of that size
            j = k + 1
            while j < min(len(toks), k + 3) and (toks[j].text in STOPWORDS or toks[j].text == "t"):
                j += 1
            if (
                j < len(toks)
                and number_value(t.text) is not None
                and not t.text[:1].isdigit()
                and lexicon().concept(toks[j].text) in ("small", "medium", "large")
            ):
                sized.add(k)
                counted = True
        if not (
            sent.has("correct")
            or sent.has("order")
            or sent.has("only")
            or counted
            or len(sent.toks) <= 3
            # "ok 2 te uletit", "yes 3 of the blue": a yes, then a short answer
            or any(a == 0 and len(sent.toks) - b <= 3 for a, b in sent.spans("agree"))
            or polite  # "the big ones, 3 please"
            or sent.question  # only a request gets here: "a mund t'i ruani 2?"
            # "30 değil 40 olsun", "statt 6 lieber 5": a count said to be the old one
            or any(number_value(sent.toks[k].text) is not None for k in old)
        ):
            return None
        if any(t.text[:1].isdigit() and len(t.text) >= 4 for t in sent.toks):
            return None
        used = set(range(hit.start, hit.end)) if hit else set()
        used |= old
        for s0, e0 in sent.intents.get("both", ()):
            used |= set(range(s0, e0))  # "te dyja" is "both", not two of each
        for m in find_measures(sent.toks):
            used |= set(range(m.start, m.end))
        # "po, 128 edhe 31" after "128 for the leotard, and the shoes 31?": a bare number that
        # is a variant of another item of the order is that item's size, not a count
        sizes = {
            v.strip().lower()
            for it in self.state.items
            if it is not target
            for v in self.state.entry(it).variants
        }
        nums: list[tuple[int, int]] = []
        for k, t in enumerate(sent.toks):
            if t.text.isdigit() and int(t.text) > 12 and t.text in sizes and k not in used:
                continue
            if (
                t.text in lexicon().weak_numbers
                and k not in used
                and k + 1 in used
                and measure_at(sent.toks, k + 1) is not None
            ):
                nums.append((k, 1))  # "nji 1 kg atehere": one of that size
                continue
            if (
                t.text in lexicon().weak_numbers
                and k not in used
                and k + 1 < len(sent.toks)
                and sent.toks[k + 1].text in CONTAINERS
                and (sent.has("correct") or sent.has("only"))
            ):
                nums.append((k, 1))  # "jo, ma mire ni qese 500 g": one bag, then its size
                continue
            if k in used or (
                t.text in lexicon().weak_numbers and not sent.has("only") and k not in sized
            ):
                continue  # "ço nje te madhe": one of that size counts
            # only a count is kept below: a word that is none ("ok", "edhe") skips the pure
            # tests of what a number counts (``not_a_count`` is the costly one)
            v = number_value(t.text)
            if v is None or not 1 <= v <= MAX_QTY:
                continue
            if t.text[:1].isdigit() and glued(sent, k):
                continue
            if k and sent.toks[k - 1].text in WHEN or not_a_count(sent, k):
                continue  # "me 20 qershor", "n'ora 12", "vor 17 Uhr", "ka 3 muaj"
            if for_purpose(sent, k):
                continue  # "me duhen per dy dasma": what the goods are for
            if k and t.text.isdigit() and _label(sent.toks[k - 1]):
                continue  # "Yamal 10", "ARIA 7": a name with its number, printed or engraved
            nums.append((k, int(v)))
        if not nums:
            return None
        setters = [
            e
            for name in ("correct", "only", "order", "agree")
            for _s, e in sent.intents.get(name, ())
        ]
        for k, v in nums:
            if any(0 <= k - e <= 1 for e in setters) or k in sized:
                return v
            nxt = sent.toks[k + 1].text if k + 1 < len(sent.toks) else ""
            if lexicon().concept(nxt) == "piece" or nxt in PAIR_WORDS or nxt in CONTAINERS:
                return v
        if len(nums) == 1 and any(number_value(sent.toks[k].text) is not None for k in old):
            return nums[0][1]  # "30 değil 40 olsun": the one count beside the old one
        if (
            len(nums) == 1
            and nums[0][1] <= 20
            and (
                len(sent.toks) <= 3
                or sent.has("order")
                or sent.has("correct")
                or polite
                or sent.question  # a request
            )
        ):
            return nums[0][1]
        return None

    def _remove(self, sent: Sentence, mentions: list[Mention]) -> bool:
        changed = False
        for m in mentions:
            it = held_item(self.state, m)
            if it is None and self.state.find(m.product) is None:
                # "forget the pump" when the order holds the USB pump and the word fits the
                # hand pump better: only an ordered line can go, the one the word also names
                named = {p for _sc, p in m.candidates}
                held = [x for x in self.state.items if x.product in named]
                if len({x.product for x in held}) == 1:
                    it = held[-1]
            if it is not None:
                self.state.items.remove(it)
                changed = True
        return changed


# "and" between the pieces of a list (the "or" words offer alternatives; "e" is the Albanian
# and Italian "and" after a count: "3 cope e vallisneria 5")
_OR_WORDS = word_set("or_words")
_THE_OTHER = word_set("the_other_words")


def _the_other(sent: Sentence, a: int, b: int) -> bool:
    """The piece toks[a:b] speaks of "the other" ("tjetra 17", "the other 17"): the word opens
    it, or is one of the two words right before its first digit."""
    if a < len(sent.toks) and sent.toks[a].text in _THE_OTHER:
        return True  # ("tjetra" is also read as the number one, so a piece starts at it)
    digit = next((k for k in range(a, b) if sent.toks[k].text.isdigit()), None)
    if digit is None:
        return False
    return any(sent.toks[k].text in _THE_OTHER for k in range(max(0, digit - 2), digit))
    return False


_LIST_JOINS = (CONJUNCTIONS - _OR_WORDS) | {"e"}


def _counts_after(
    sent: Sentence,
    specs: Sequence[VariantSpec],
    old: set[int],
    prefer: int | frozenset[str] | None,
) -> list[tuple[int, VariantHit]]:
    """ "cabomba 3 cope e vallisneria 5", "white 3 pcs, black 2", "rot 2 und blau 1": a list of
    variants, each followed by its count (and the count's piece or unit word); a piece closes
    after the count. Every piece must name one variant before its count, and no two the same
    (else []): a size or model number inside a variant ("80x130 3") is never read as a count
    because the count must close its piece (a break, a joining word, a piece word or the end)."""
    toks = sent.toks
    n = len(toks)
    pieces: list[tuple[int, int, int]] = []  # (start, count token, end)
    a = 0
    for k in range(n):
        value = number_value(toks[k].text)
        if value is None or k in old or glued(sent, k) or value != int(value) or value < 1:
            continue
        end = k + 1
        if end < n and (
            lexicon().concept(toks[end].text) == "piece" or toks[end].text in CONTAINERS
        ):
            end += 1  # "3 cope", "2 pako", "4 Stück"
        if not (end >= n or end in sent.breaks or toks[end].text in _LIST_JOINS):
            continue
        pieces.append((a, k, end))
        a = end + 1 if end < n and toks[end].text in _LIST_JOINS else end
    if len(pieces) < 2 or any(toks[j].text.isalnum() for j in range(a, n)):
        return []
    hits: list[tuple[int, VariantHit]] = []
    for lo, k, _end in pieces:
        if lo >= k:
            return []
        h = match_variant(specs, toks, lo, k, skip=old, prefer=prefer)
        if h is None or any(number_value(toks[j].text) is not None for j in range(h.end, k)):
            return []
        hits.append((min(int(number_value(toks[k].text) or 1), MAX_QTY), h))
    if len({h.index for _q, h in hits}) < len(hits):
        return []
    return hits


def range_by_number(
    specs: Sequence[VariantSpec], sent: Sentence, a: int, b: int, prev: VariantHit
) -> VariantHit | None:
    """The one variant of the previous piece's kind (a range with a unit: "4-5 vjeç") whose
    range holds the one bare number of toks[a:b] ("tjetri 10" -> "10-11 vjeç")."""
    before = specs[prev.index].range_ if prev.index < len(specs) else None
    if before is None:
        return None
    nums = [k for k in range(a, b) if sent.toks[k].text.isdigit()]
    if len(nums) != 1 or (
        nums[0] + 1 < b
        and sent.toks[nums[0] + 1].text.isalpha()
        and sent.toks[nums[0] + 1].text not in _OR_WORDS  # "tjetra 17 apo 18": no unit
    ):
        return None  # "tjetri 10 kile": a number with a unit of its own
    v = float(sent.toks[nums[0]].text)
    fits = [
        k
        for k, sp in enumerate(specs)
        if sp.range_ is not None and sp.range_[2] == before[2] and sp.range_[0] <= v <= sp.range_[1]
    ]
    if len(fits) != 1:
        return None
    return VariantHit(fits[0], 3.0, nums[0], nums[0] + 1)
