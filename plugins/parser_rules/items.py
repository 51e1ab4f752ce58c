"""The order's items over a conversation: mentions, quantities, variants and corrections.

Customer sentences are read oldest first. A product mention adds an item or updates the
item of the same product; a segment without a product (a colour, a size, "ma bej 3", "make it
L", "statt groß doch mittel") updates the item it refers to; "hiqe"/"remove"/"senza" drops one,
"veq"/"only" keeps one. Items first named in a question are tentative until an order, a detail
or an attribute commits them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache, partial

from plugins.parser_rules.catalog_match import (
    STOPWORDS,
    CatalogIndex,
    ProductEntry,
    function_words,
    head_key,
    headed_by,
    is_attribute,
    key_of,
    serves_goods,
)
from plugins.parser_rules.corrections import (
    BECAUSE,
    ONE_OF,
    Corrections,
    asks_shop,
    range_by_number,
    reason_at,
)
from plugins.parser_rules.item_state import (
    CONTAINERS,
    MAX_QTY,
    NEGATIONS,
    SAME_WORDS,
    Item,
    ItemState,
    said_line,
)
from plugins.parser_rules.lexicon import lexicon, load, word_set
from plugins.parser_rules.mentions import (
    SIZE_CONCEPTS,
    Mention,
    find_mentions,
    for_something,
    holds_without,
    predicate,
    sibling_by_concept,
)
from plugins.parser_rules.merchant_lines import MerchantLines, advised_variant, unnamed_segments
from plugins.parser_rules.normalize import Token, fold, stem, tokenize
from plugins.parser_rules.numbers import find_measures, number_value, same_measure, unit_of
from plugins.parser_rules.quantities import (
    BULK_PACKS,
    COUNT_LINKS,
    EACH_AFTER,
    bare_count,
    corrected_count,
    counted,
    counts_only,
    distributive_count,
    enough_count,
    goods_count,
    length_count,
    measure_quantity,
    measure_right_after,
    pack_counts,
    pack_of,
    pack_size,
    pack_variant,
    quantity_after,
    quantity_before,
    segment_quantity,
    size_not_count,
    split_at_numbers,
)
from plugins.parser_rules.segments import CONJUNCTIONS, Sentence, starts_like_question
from plugins.parser_rules.variants import (
    SIZE_KEYWORDS,
    WITHOUT,
    VariantHit,
    glossed_variant,
    group_tiers,
    match_variant,
    old_value_marks,
    other_of_two,
    said_keys,
    said_measures,
    spec_words,
    variant_glosses,
    word_key,
)

_ADDITIVE = word_set("additive")
_SIZE_CHOICES = SIZE_CONCEPTS | {"#short", "#long"}  # "i shkurtri", "the long one"
_ATTRIBUTE_NOUNS = word_set("attribute_nouns")


_OF_THE = frozenset(["the", "den", "dem", "der", "dei", "delle", "degli"])


_MORE_OF = word_set("more_words")


def _one_more(sent: Sentence, m: Mention) -> bool:
    """ "edhe ni kafe tjetër", "one more coffee", "another bread", "noch ein Brot": a word for
    "more / another" beside the count and the name, not after "instead"."""
    lo, hi = max(0, m.start - 3), min(len(sent.toks), m.end + 2)
    if sent.has("correct") or sent.has("old_value"):
        return False
    return any(sent.toks[k].text in _MORE_OF for k in range(lo, hi))


_BY_WEIGHT = frozenset(["kg", "kile", "kilogram", "peshe", "kilo", "kilogramm"])


def _weighed_count(name: str, sent: Sentence, a: int, b: int) -> int | None:
    """ "some tomatoes, like 2 kilos", "domate, nja 2 kile": whole kilos said in a segment after
    the name of a product the shop sells by weight ("Domate (kg)", "me peshë") count it."""
    if not _BY_WEIGHT & set(re.findall(r"[a-z]+", fold(name))):
        return None
    ms = find_measures(sent.toks[a:b])
    if len(ms) != 1 or ms[0].unit != "g":
        return None
    n = ms[0].amount / 1000
    return int(n) if 1 <= n <= 20 and n == int(n) else None


def _links_count(sent: Sentence, end: int) -> bool:
    """The piece ending at ``end`` ends in "nga / of / di" (or "of the / von den / dei"): the
    count before it counts the goods of the size said next ("two of the 10 litre tubs")."""
    last = sent.toks[end - 1].text
    if last in COUNT_LINKS or last in ("dei", "delle", "degli"):
        return True
    return last in _OF_THE and end >= 2 and sent.toks[end - 2].text in COUNT_LINKS | {"von"}


def _attribute_told(sent: Sentence, subs: list[tuple[int, int]]) -> int | None:
    """The end of the last segment after a product that opens with a word for colour or size
    ("…, colore crema", "…, ngjyre hiri", "…, size M"), or None."""
    ends = [b for a, b in subs if any(t.text in _ATTRIBUTE_NOUNS for t in sent.toks[a : a + 2])]
    return max(ends) if ends else None


_REQUEST_OPENERS = word_set("request_openers")
_GROUP_SIZES = {fold(str(k)): int(v) for k, v in load("words.json")["group_sizes"].items()}
_OR = word_set("or_words")
_THAT = word_set("demonstratives")
_OTHERS = word_set("the_others")


_EACH_ONE = word_set("each_one")
_PURPOSE = word_set("purpose")


def _for_each(sent: Sentence) -> bool:
    """ "per secilen", "for each", "per ciascuno", "für jeden": one for each of them."""
    toks = sent.toks
    if not _EACH_DATIVE.isdisjoint(sent.texts):
        return True  # "nga nje pale secilit": to each of them
    if _PURPOSE.isdisjoint(sent.texts):
        return False  # the test below needs a word of _PURPOSE ("per", "for")
    return any(
        toks[k].text in _PURPOSE and toks[k + 1].text in _EACH_ONE for k in range(len(toks) - 1)
    )


_EACH_DATIVE = word_set("each_dative")
# the greetings ``unnamed_segments`` never counts as goods ("Pershendetje"; the same lexicon class)
_GREETING_WORDS = word_set("greetings")
_CODE_OF = frozenset(["te", "t", "of", "nga", "di", "von"])  # "4 te 377", "3 of 2032"


def _for_in_name(index: CatalogIndex, sent: Sentence, m: Mention) -> bool:
    """ "edhe nje per femije me kafshe" for "Puzzle për fëmijë - kafshët": the "for" and the
    word after it are the product's own name, not what another product is for."""
    k = m.start - 1
    if k < 0 or m.ambiguous:
        return False
    pair = (sent.toks[k].text, key_of(sent.toks[m.start].text))
    name = [t.text for t in tokenize(fold(index.products[m.product].name))]
    return any((a, key_of(b)) == pair for a, b in zip(name, name[1:], strict=False))


_GROUP_LINKS = frozenset(["te", "të", "t", "the", "tutti", "tutte", "e", "alle", "die", "of"])
_BOTH = word_set("both_words")


def _for_group(sent: Sentence) -> int:
    """ "nga një kapelë për të dy", "one each for the two of them", "uno per tutti e tre",
    "je eine für beide": for a group of that many people (0 when none is said)."""
    toks = sent.toks
    for k in range(len(toks) - 1):
        if toks[k].text not in _PURPOSE:
            continue
        j = k + 1
        while j < len(toks) and j <= k + 3 and toks[j].text in _GROUP_LINKS:
            j += 1
        if j >= len(toks):
            break
        if toks[j].text in _BOTH:
            return 2
        v = number_value(toks[j].text)
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        if j > k + 1 and v is not None and 2 <= v <= 10 and not toks[j].text[:1].isdigit():
            if nxt and lexicon().concept(nxt) in ("years", "months"):
                continue  # "per te dy vjec": an age
            return int(v)
    return 0


_OWNED = word_set("owned_verbs")
_OWNED_FILL = word_set("owned_fillers")
_OWNED_FROM = word_set("owned_from")


_OWNED_BEFORE = word_set("owned_before")
_OWNED_MARKS = word_set("owned_before_marks")


_USE_VERBS = word_set("use_verbs")
_DEFINITE = word_set("definite_articles")
_WITH = word_set("with_words")


def _used_with(sent: Sentence, m: Mention) -> bool:
    """ "sie kocht nur mit Xhezve", "she only cooks with a moka pot", "gatuan me xhezve",
    "cucinano con la bombola" (past a definite article too): the thing a verb of cooking,
    brewing or using is done with is what the customer uses, not goods ordered."""
    toks = sent.toks
    lo = sent.segment_bounds(m.start)[0]
    k = m.start - 1
    while k >= lo and (toks[k].text in _ARTICLES or toks[k].text in _DEFINITE):
        k -= 1
    if k < lo or toks[k].text not in _WITH:
        return False
    k -= 1
    while k >= lo and (toks[k].text,) in lexicon().intents["only"]:
        k -= 1
    return k >= lo and toks[k].text in _USE_VERBS


_INDEFINITE = frozenset(["es", "ein", "eine", "einen", "a", "an", "nje", "ni", "nji", "un", "una"])


def _no_a(sent: Sentence, at: int) -> bool:
    """ "und no es Päckli Filterpapier": the Swiss German "no" (noch, "another") before an
    indefinite article adds; a "no" that removes takes no "a" ("no sugar", "no bag")."""
    toks = sent.toks
    return toks[at].text == "no" and at + 1 < len(toks) and toks[at + 1].text in _INDEFINITE


def _not_that_count(sent: Sentence, e: int) -> bool:
    """ "caj vetem dy mos i bej tre", "don't make it three": the "don't" a correction verb and a
    count follow refuses the count, it removes nothing."""
    toks = sent.toks
    return any(s == e for s, _e in sent.intents.get("correct", ())) and any(
        number_value(t.text) is not None for t in toks[e + 1 : e + 3]
    )


def _put_instead(sent: Sentence, r: int, m: Mention) -> bool:
    """ "shafranin e heq se qenka shtrenjt, vendos ne vend te tij kurkum", "drop the cap and
    put a scarf instead of it": after the remove word, an "instead of" with its old value
    between them introduces the product that replaces the removed one; the remove stops there.
    A product right after "instead of" is that old value ("... ne vend te shafranit"); a bare
    "jo / no" is no "instead of"."""
    return any(
        r < s and e < m.start and (e - s > 1 or sent.toks[s].text not in _BARE_NO)
        for s, e in sent.intents.get("old_value", ())
    )


def _added_before_asking(sent: Sentence, m: Mention) -> bool:
    """ "edhe garnish 3 metra edhe rrathet e kromit, ni pako mjafton a?": a part that opens with
    "edhe / also" and is not the sentence's last part adds its goods; the question is the last
    part's ("is one pack enough?")."""
    lo, hi = sent.segment_bounds(m.start)
    return hi < len(sent.toks) and any(
        t.text in _ADDITIVE for t in sent.toks[max(0, lo - 1) : min(m.start, lo + 2)]
    )


_GREETINGS = word_set("greetings")
_AFTER_A = word_set("after_question_a")


def _asked_in_part(sent: Sentence, m: Mention) -> bool:
    """ "mirëmbrëma, vajza …, a beni orë private", "Mirdita a keni vend për kursin e B": a part
    of the sentence that opens with the question particle "a" and its verb (after a greeting
    or a comma) asks about the goods it names though no "?" closes it; they are asked about,
    not ordered, unless the part holds an order word."""
    toks = sent.toks
    lo, hi = sent.segment_bounds(m.start)
    k = lo
    while k < m.start and toks[k].text in _GREETINGS:
        k += 1
    if k + 1 >= m.start or toks[k].text != "a":
        return False
    nxt = toks[k + 1].text
    if nxt not in _AFTER_A and not (len(nxt) > 3 and nxt.endswith("ni")):
        return False
    return not any(lo <= a < hi for a, _b in sent.intents.get("order", ()))


_BARE_NO = word_set("bare_no")
_BUNDLE_KEYS = frozenset(key_of(w) for w in word_set("bundles"))
_TRAILING_REMOVE = 3  # tokens of a segment that only says "remove it" ("hiqe", "remove it pls")
_OWN_REFUSALS = ("remove", "cancel")  # "hiqi dritat", "cancel the lights"
MIN_OWN_WORD = 5  # a shorter shared start says nothing of two words being one


def _same_word(a: str, b: str) -> bool:
    """One word in two inflections ("Lichterketten" / "Lichterkette", "dritat" / "drita"):
    equal, or the same but for the last two letters of the longer."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    cut = len(long_) - 2
    return (
        len(short) >= MIN_OWN_WORD
        and cut >= MIN_OWN_WORD - 1
        and len(short) >= cut
        and long_.startswith(short[:cut])
    )


_THIS_TIME = word_set("this_time")
# "... nuk duhet", "... s'na duhet", "... e bëjmë vetë" (we do it ourselves): a postposed no
_NOT_NEEDED = ("not_needed", "cancel", "self_done")
_THANKS = word_set("thanks")
_DISCOURSE = word_set("discourse")
_INTERJECTIONS = frozenset(
    ["ah", "oh", "a", "eh", "aha", "po", "ok", "and", "e", "edhe", "dhe", "und"]
)


_APOLOGY = word_set("apology_words")
_APOLOGY_FILLERS = word_set("apology_fillers")


def _apology(toks: Sequence[Token]) -> bool:
    """ "më fal", "sorry", "scusate", "bitte": words that only say sorry or please."""
    return any(t.text in _APOLOGY for t in toks) and all(
        t.text in _APOLOGY or t.text in _APOLOGY_FILLERS for t in toks
    )


_GO_ON = ("order", "only", "correct", "agree", "remove", "cancel")


def _reason_after_no(sent: Sentence, a: int, b: int) -> bool:
    """ "ballinat jo më fal, mjeshtri tha i mbulon me pllaka", "the vest no, he covers it with
    a scarf": after a product refused with a postposed no, a product named later in the
    sentence with no count, "also", order, "only" or correction word before it is part of the
    reason, not goods. ``a`` is the no."""
    if any(t.text in _ADDITIVE or number_value(t.text) is not None for t in sent.toks[a:b]):
        return False
    return not any(
        a < s0 < b and not _apology(sent.toks[s0:e0])  # "më fal" is no correction here
        for name in _GO_ON
        for s0, e0 in sent.intents.get(name, ())
    )


def _counted_here(sent: Sentence, it: Item) -> bool:
    """The line's count of two or more is the number written right before its name in the
    sentence ("dy foto")."""
    if it.quantity < 2:
        return False
    k = next((j for j, t in enumerate(sent.toks) if sent.start + t.start == it.start), 0)
    return k > 0 and number_value(sent.toks[k - 1].text) == it.quantity


_EACH_NOTE_AFTER = EACH_AFTER


def _each_note_at(sent: Sentence) -> int | None:
    """Where an each-count set off in brackets after the goods opens ("8 provime (4 secila)",
    "6 pairs (3 each)"): a note that splits the count before it among the people, not the count
    of each line. The sentence offset of the "(", or None."""
    toks = sent.toks
    for k in range(len(toks) - 1):
        if number_value(toks[k].text) is None or toks[k + 1].text not in _EACH_NOTE_AFTER:
            continue
        gap = sent.raw[toks[k - 1].end if k else 0 : toks[k].start]
        if "(" in gap:
            return sent.start + toks[k - 1].end + gap.index("(") if k else sent.start
    return None


def _negated_piece(sent: Sentence, a: int, b: int) -> bool:
    """ "the knotted one, not the elastic", "me nyje, jo me llastik": a piece of the name's
    segments that opens with a negation and holds no count names the value not wanted."""
    toks = sent.toks[a:b]
    return (
        bool(toks)
        and toks[0].text in NEGATIONS
        and not any(number_value(t.text) is not None for t in toks[1:])
    )


def _fed_up_with(sent: Sentence, prev: Mention | None, m: Mention) -> bool:
    """ "dua nje printer me shishe se me keto me kartuce jam merzit", "I'm sick of paper
    filters, I want a capsule machine": what the customer is fed up with, a few words from
    that phrase, after the product ordered, is what that product replaces."""
    if prev is None or any(t.text in _ADDITIVE for t in sent.toks[prev.end : m.start]):
        return False  # "... edhe filtra, jam merzit pa to": the filters are added
    for s0, e0 in sent.spans("fed_up"):
        a, b = (m.end, s0) if m.end <= s0 else (e0, m.start)
        if 0 <= b - a <= 3 and not any(a < k <= b for k in sent.breaks):
            return True
    return False


_PEOPLE = word_set("people_words")
_GIFT_WORDS = frozenset(fold(w) for w in load("products.json")["gift"])
_GIFT_STEMS = frozenset(x for w in _GIFT_WORDS if len(x := stem(w)) >= 4)
# "ni dhuratë", "as a gift", "come regalo", "als Geschenk": a gift said as what the goods are
_GIFT_BEFORE = word_set("gift_before")
_WHO_WHY_STEMS = frozenset(x for w in _PEOPLE | _GIFT_WORDS if len(x := stem(w)) >= 5)


def _who_or_why(index: CatalogIndex, sent: Sentence, m: Mention) -> bool:
    """ "një kujtim fëmijëve", "du me ja çu ni dhuratë", "a present for the kids": a mention made
    only of words for people or for a gift says who the goods are for or why, not which goods
    ("Maicë për fëmijë", "Kuti dhurate" are named by their other words); unless those words are
    a whole name of the product."""
    words = [t.text for t in sent.toks[m.start : m.end]]
    if not all(w in _PEOPLE or stem(w) in _WHO_WHY_STEMS or w in _GIFT_WORDS for w in words):
        return False
    before = sent.toks[m.start - 1].text if m.start else ""
    gift = any(w in _GIFT_WORDS or stem(w) in _GIFT_STEMS for w in words)
    if gift and before not in _GIFT_BEFORE:
        return False  # "cofanetto regalo", "scatolina regalo": the gift box named in two words
    said = set(m.keys)
    return not any(set(ph) <= said for ph in index.products[m.product].phrases)


def _where_one_is(sent: Sentence, m: Mention) -> bool:
    """The mention is inside or right after "jam në / I'm at / sono al" (an article between)."""
    for s, e in sent.spans("being_at"):
        if s <= m.start < e or m.start == e:
            return True
        if m.start == e + 1 and sent.toks[e].text in _ARTICLES:
            return True
    return False


_UNDER = word_set("under_words")


def _word_before(toks: Sequence[Token], m: Mention) -> int:
    """The index of the word before mention ``m`` past its articles and clitics ("poshtë |
    tavolinës", "under the | desk", "con il | manico"); -1 when none is."""
    k = m.start - 1
    while k >= 0 and (toks[k].text in _ARTICLES or toks[k].text in _CLITIC):
        k -= 1
    return k


def _placed_by(sent: Sentence, m: Mention) -> bool:
    """ "mbështetëse për këmbët poshtë tavolinës", "a rug under the desk", "Matte unter dem
    Tisch": a mention right after a preposition of place (an article between), which follows a
    content word (not "2", "of": "one pack of under-eye pads"), is where that thing goes: it
    names no product."""
    toks = sent.toks
    k = _word_before(toks, m)
    return k >= 1 and toks[k].text in _UNDER and _content_word(toks[k - 1].text)


def _the_one_with(sent: Sentence, m: Mention) -> bool:
    """ "ajo me kabllo më të gjatë", "the one with the long cable", "quella con il manico",
    "die mit Deckel": a mention right after a demonstrative and "with", after the product named
    before it in the sentence, is the feature that tells that product's kinds apart, not goods
    of its own ("një nga ato me dantellë" alone still names the lace briefs)."""
    toks = sent.toks
    k = _word_before(toks, m)
    if k < 1 or toks[k].text not in _WITH:
        return False
    j = k - 1
    if toks[j].text == "one" and j:
        j -= 1  # "the one with"
    return toks[j].text in _THAT or toks[j].text == "the" and toks[k - 1].text == "one"


_COPULA = word_set("copula")
_LIKENESS = word_set("likeness")
_LIKENESS_NOT_AFTER = word_set("likeness_not_after")


def _likened(sent: Sentence, prev: Mention | None, m: Mention) -> bool:
    """ "kuarc i bardhë me vena si mermer", "a quartz top with veins like marble": a product word
    right after "si / like / wie / kao" that follows the words describing a product named before
    it in the sentence says what that product looks like; it is no line of its own."""
    k = m.start - 1
    return (
        prev is not None
        and k > prev.end
        and sent.toks[k].text in _LIKENESS
        and sent.toks[k - 1].text not in _LIKENESS_NOT_AFTER
        and k not in sent.breaks
        and not any(b in sent.breaks for b in range(prev.end, k + 1))
    )


def _measured_own(sent: Sentence, m: Mention) -> bool:
    """ "krevati është 160 me 200", "the bed is 160 wide", "das Bett ist 1,60": a thing the
    customer measures for the seller is what the goods must fit, not goods; a count or an
    order word before it in its segment still orders it."""
    toks = sent.toks
    j = m.end
    if m.end - m.start != 1 or j + 1 >= len(toks) or toks[j].text not in _COPULA:
        return False
    nxt = toks[j + 1].text
    if number_value(nxt) is None and not nxt[:1].isdigit():
        return False
    lo = sent.segment_bounds(m.start)[0]
    return not any(number_value(t.text) is not None for t in toks[lo : m.start]) and not any(
        lo <= s0 < m.start for s0, _e in sent.intents.get("order", ())
    )


def _my_thing_is(sent: Sentence, m: Mention) -> bool:
    """ "my car is at my parents'", "makina ime është te prindërit", "mein Sofa ist grau": a
    product said with "my / ime / mein" as the subject of "is" is the customer's own thing they
    describe, not goods."""
    toks = sent.toks
    j = m.end
    if not (m.start and toks[m.start - 1].text in _MY_BEFORE):
        if j >= len(toks) or toks[j].text not in _MY_AFTER:
            return False
        j += 1
    return j < len(toks) and toks[j].text in _COPULA and j not in sent.breaks


def _owned(sent: Sentence, m: Mention) -> bool:
    """ "kufjet i kam", "le cuffie ce l'ho già", "Kopfhörer habe ich schon", "the earbuds I
    already have": a product the customer already has closes its segment; it is not ordered.
    "vllai e ka switch", "e kisha xbox para", "he already has a Switch", "sie hat schon eine
    Puppe": a product someone has (or had) is context, not an order."""
    lo, hi = sent.segment_bounds(m.start)
    # "kam marr fustan nuse …, cilin vello me kshilloni?", "I bought a tank, which filter?":
    # what the customer bought is context, in a question too
    k = m.start
    while k > lo and sent.toks[k - 1].text in _ARTICLES:
        k -= 1
    if any(e == k and s0 >= lo for s0, e in sent.spans("bought")):
        return True
    if any(lo <= s0 < hi for s0, _e in sent.intents.get("order", ())):
        return False
    if not sent.question and (_had_before(sent, m, lo) or _have_a(sent, m, lo)):
        return True
    if (
        not sent.question
        and m.start >= 2
        and sent.toks[0].text in _BARE_NO
        and (sent.toks[m.start - 1].text in _OWNED or sent.toks[m.start - 1].text in _HAVE_WE)
    ):
        return True  # "jo, faleminderit, kemi mjaltë", "no thanks, we have honey": why not
    after = [t.text for t in sent.toks[m.end : hi]]
    # "karriget i kemi tona" (we have our own chairs): "we have" as well as "I have"
    verbs = [k for k, w in enumerate(after) if w in _OWNED or w in _HAVE_WE]
    if not verbs:
        return False
    k = verbs[0]
    if (
        not sent.question
        and sent.toks[0].text in _BARE_NO
        and all(t.text in _BARE_NO or t.text in _ARTICLES for t in sent.toks[1 : m.start])
        and all(w in _OWNED_FILL for w in after[:k])
        and not _needs(after[k + 1 :])
    ):
        return True  # "jo, lajsnet i kemi të drunit", "no, the frames we have at home": why not
    tail = after[k + 1 :]
    # "kravaten e kam nga vellai", "die Krawatte habe ich von meinem Bruder", "ce l'ho a casa":
    # where it comes from or where it is, after the verb
    src = next((j for j, w in enumerate(tail) if w in _OWNED_FROM), len(tail))
    if (
        src == len(tail)
        and hi >= len(sent.toks)
        and not sent.breaks
        # "shampo kam. maskën e marr", "Dizajnin e kam vetë.": a sentence of its own, closed by
        # a full stop, with at most an "already / myself" after the verb
        and not (sent.raw.rstrip().endswith(".") and all(w in _OWNED_FILL for w in after[k + 1 :]))
    ):
        return False  # "a product … kam" must be followed by more of the message
    rest = after[:k] + tail[:src]
    if after[k] == "have" and "already" not in rest:
        return False  # "I have a question"; "the earbuds I already have" is owned
    return all(w in _OWNED_FILL or w in _MY_AFTER for w in rest)  # "... tona": our own


_HAVE = _OWNED | _OWNED_BEFORE | frozenset(["kemi", "abbiamo", "haben", "we", "ce"])


def _someone_has(sent: Sentence, a: int, b: int) -> bool:
    """The words ``a``..``b`` after a no say that the customer or someone else already has the
    thing refused ("i ka vëllai", "e kemi", "we have one", "haben wir schon", "ce l'ho"): a have
    verb after clitics, with no order or need word after it ("i kemi nevojë" wants it)."""
    toks = sent.toks
    j = a
    while j < b and toks[j].text in _OWNED_FILL and toks[j].text not in _HAVE:
        j += 1
    if j >= b or toks[j].text not in _HAVE:
        return False
    if toks[j].text == "we" and not (j + 1 < b and toks[j + 1].text in _HAVE):
        return False  # "we have": "we" alone is no verb
    if _needs([t.text for t in toks[j + 1 : b]]):
        return False
    return not any(a <= s0 < b for s0, _e in sent.intents.get("order", ()))


# "i kemi nevojë" (we are in need of them), "ce n'è bisogno": a have verb that wants the thing
_NEED = word_set("need_words")


def _needs(after: Sequence[str]) -> bool:
    """The words after a have verb need the thing, count it or say it was ordered ("i kemi
    nevojë", "we have to have 10", "e kemi porositur"): no reason for a no."""
    return any(w in _NEED or w.startswith(_ORDERED) or number_value(w) is not None for w in after)


# "e kemi porositur", "we have ordered", "haben bestellt": the have of a perfect of ordering
_ORDERED = ("porosit", "order", "bestell", "ordinat")


_ACTIVITY = word_set("activity_verbs")


def _activity(sent: Sentence, m: Mention) -> bool:
    """ "dua te filloj palestren ne shtepi", "I want to start the gym", "voglio festeggiare il
    compleanno": what follows a verb of starting, learning, celebrating or visiting is an
    activity, not goods."""
    k = m.start - 1
    while (
        k >= 0
        and m.start - k <= 3
        and (sent.toks[k].text in _ARTICLES or sent.toks[k].text in STOPWORDS)
    ):
        k -= 1
    if k >= 0 and m.start - k <= 3 and sent.toks[k].text in _ACTIVITY:
        return True
    # "dua te filloj ti bej vet thonjt me gel", "I want to learn to paint with acrylics": the
    # rest of the clause after the verb of starting or learning, with no count, is the activity
    lo = sent.segment_bounds(m.start)[0]
    for j in range(m.start - 1, lo - 1, -1):
        w = sent.toks[j].text
        if number_value(w) is not None:
            return False
        if w in _START_LEARN:
            return True
    return False


# the verbs of starting and learning, whose whole clause is the activity
_START_LEARN = _ACTIVITY & frozenset(
    ["filloj", "fillojme", "mesoj", "start", "begin", "learn", "iniziare", "cominciare"]
    + ["imparare", "anfangen", "beginnen", "lernen", "starten"]
)


_AT_PLACE = frozenset(
    [
        "from",
        "to",
        "at",
        "on",
        "near",
        "nga",
        "prej",
        "ne",
        "n",
        "te",
        "tek",
        "drejt",
        "da",
        "dal",
        "verso",
        "von",
        "vom",
        "aus",
        "nach",
        "zum",
        "zur",
        "bei",
        "auf",
    ]
)


_CATEGORY = word_set("category_nouns")
# what may follow "a vjen brenda / is it included": the end, "or (separately)", "too", or the
# article of the goods asked about ("è incluso il cavo?")
_INCLUDED_END = frozenset(
    ["apo", "ose", "a", "or", "oder", "o", "vec", "veç", "veq", "too", "also"]
    + ["il", "lo", "la", "l", "i", "gli", "le", "the", "der", "die", "das", "ein", "eine"]
)


def _asks_included(sent: Sentence) -> bool:
    """ "plisi a vjen brenda apo veç?", "is the case included?", "è incluso il cavo?": asks
    whether goods come with an item; not "a vjen brenda javës?" (within the week)."""
    if not (sent.question or not sent.has("order")):
        return False
    # the question's own words ("a vjen brenda", "comes with") and the shop's ("included")
    for _a, e in [*sent.spans("included"), *sent.spans("comes_included")]:
        if e >= len(sent.toks) or e in sent.breaks or sent.toks[e].text in _INCLUDED_END:
            return True
    return False


def _category(sent: Sentence, m: Mention) -> bool:
    """ "me duhen gjera pastrimi", "I need cleaning supplies", "prodotti pulizia": one product
    word joined (no comma or colon between) to a noun for "things / supplies" names the kind of
    goods wanted, not an item ("gjëra: sapun, ..." lists items after it)."""
    toks = sent.toks
    if m.end - m.start != 1:
        return False
    a, b = m.start, m.end
    if a > 0 and toks[a - 1].text in _CATEGORY:
        gap = sent.raw[toks[a - 1].end : toks[a].start]
        return not gap.strip()
    if b < len(toks) and toks[b].text in _CATEGORY:
        gap = sent.raw[toks[b - 1].end : toks[b].start]
        return not gap.strip()
    return False


def _toponym(sent: Sentence, m: Mention) -> bool:
    """ "down from Mali i Thatë", "nga Qafa e Pishës", "auf dem Mali i Robit": capitalised
    words joined by a genitive article to another capitalised one, after a word of place or
    direction, are the name of a place (an Albanian toponym), not a product ("mal" is in
    "këpucë mali")."""
    toks = sent.toks
    if m.start == 0 or m.end + 1 >= len(toks) or toks[m.start - 1].text not in _AT_PLACE:
        return False
    return (
        all(toks[k].raw[:1].isupper() for k in range(m.start, m.end))
        and toks[m.end].text in _GENITIVE_ARTICLES
        and toks[m.end + 1].raw[:1].isupper()
    )


_GENITIVE_ARTICLES = word_set("genitive")


def _qualifies(toks: Sequence[Token], prev: Mention | None, m: Mention) -> bool:
    """The word before the article or preposition at ``m.start - 1``, past the colours and
    linking words said with it, is another product's mention or a content word."""
    k = m.start - 2
    while k >= 0 and (prev is None or k >= prev.end) and _attribute_word(toks[k].text):
        if number_value(toks[k].text) is not None:
            return False  # "një me mish": a count opens a mention of its own
        k -= 1
    if k < 0:
        return False
    if prev is not None and k < prev.end:
        return prev.product != m.product
    return _content_word(toks[k].text)


def _attribute_word(text: str) -> bool:
    return text in STOPWORDS or lexicon().concept(text) is not None


_CARRY = word_set("carry_verbs")
_FIRST_PERSON = word_set("first_person")


def _carried(sent: Sentence, m: Mention) -> bool:
    """ "unë mbaj çadrën", "I'll bring my tent", "porto io la tenda", "ich bringe das Zelt":
    what the customer says they carry or bring themselves is context, not goods."""
    toks = sent.toks
    k = m.start - 1
    while k >= 0 and m.start - k <= 3 and toks[k].text in _ARTICLES | _MY_BEFORE | _CLITIC:
        k -= 1
    if k < 0 or toks[k].text not in _CARRY:
        return False
    near = {toks[j].text for j in range(max(0, k - 2), min(len(toks), k + 3)) if j != k}
    # English "I" (not the Albanian clitic "i" of "po i mbaj", I keep them)
    me = _FIRST_PERSON | {"i"} if toks[k].text in _CARRY_EN else _FIRST_PERSON
    return bool(near & me) and not any(s0 < m.start for s0, _e in sent.intents.get("order", ()))


_CARRY_EN = frozenset(["bring", "bringing", "carry", "carrying"])
_CLITIC = word_set("clitics_before_name")
_ORGS = word_set("organisations")
_TRADES = word_set("trades")
_ORG_FILLERS = word_set("organisation_fillers")


def _business(sent: Sentence, m: Mention) -> bool:
    """ "firma jone e pastrimit", "our cleaning company", "la nostra ditta di pulizie": a
    one-word mention saying what the customer's business does is no item; nor is a trade
    word that names a business ("berberi Ari Cuts", "Berberi Kuqi", "Farmacia Centrale")."""
    if m.end - m.start != 1:
        return False
    toks = sent.toks
    if m.end < len(toks) and toks[m.end].text in _ORGS:
        return True  # "cleaning company"
    if (
        toks[m.start].text in _TRADES
        and m.end < len(toks)
        and toks[m.end].raw[:1].isupper()
        and toks[m.end].text.isalpha()
        and toks[m.end].text not in STOPWORDS
    ):
        return True  # "berberi Ari Cuts", "Farmacia Centrale": the name of a business
    k = m.start - 1
    while k >= 0 and m.start - k <= 3 and toks[k].text in _ORG_FILLERS:
        k -= 1
    return k >= 0 and k < m.start - 1 and toks[k].text in _ORGS


_ARTICLES = frozenset(["a", "an", "one", "nje", "ni", "ein", "eine", "einen", "un", "una", "the"])
_MY_BEFORE = word_set("possessive_before")
_MY_AFTER = word_set("possessive_after")


def _had_before(sent: Sentence, m: Mention, lo: int) -> bool:
    """A have-verb right before the mention, with a clitic or "already" beside it ("e ka", "e
    kisha", "already has", "hat schon"); not after a negation ("s'e kam": lacking it)."""
    toks = sent.toks
    k = m.start - 1
    while k >= lo and toks[k].text in _ARTICLES:
        k -= 1
    for j in (k, k - 1):
        if j < lo or toks[j].text not in _OWNED_BEFORE:
            continue
        near = [toks[x].text for x in range(max(lo, j - 2), min(m.start, j + 2)) if x != j]
        if any(w in NEGATIONS or w in ("s", "nuk", "not", "nicht", "non") for w in near):
            return False
        if (
            j - 1 >= lo
            and toks[j - 1].text in _OWNED_MARKS
            or any(w in ("already", "schon", "gia", "tashme") for w in near)
        ):
            return True
    return False


_HAVE_WE = frozenset(["kemi", "abbiamo"])
_WILL = frozenset(["ll", "will", "d", "would", "do", "dont"])


def _have_a(sent: Sentence, m: Mention, lo: int) -> bool:
    """ "kam një pishinë te vila", "abbiamo una villa con piscina", "I have a dog": what the
    customer says they have ("I/we have a ...") earlier in a segment without an order intent
    describes them, it is no item ("I'll have a latte" orders)."""
    toks = sent.toks
    for j in range(lo, m.start - 1):
        w = toks[j].text
        if (
            (w in _OWNED or w in _HAVE_WE)
            and (toks[j + 1].text in _ARTICLES or _have_count(sent, j))
            and (j == lo or toks[j - 1].text not in _WILL)
            and not (j - 2 >= lo and toks[j - 2].text in _MAY)
        ):
            return True
    return _have_model(sent, m, lo)


_MAY = frozenset(["can", "could", "may"])


def _have_count(sent: Sentence, j: int) -> bool:
    """ "i kam 3 biçikleta", "ne ho due", "I have 3 bikes", "ich habe zwei Räder": a have-verb
    (with its object clitic in Albanian and Italian, or in English and German) followed by a
    count says how many the customer owns (what they need for them follows)."""
    toks = sent.toks
    nxt = toks[j + 1].text
    if number_value(nxt) is None or nxt in _ARTICLES or not nxt[:1].isalnum():
        return False
    if toks[j].text in ("have", "habe", "hab"):
        return True
    return j > 0 and toks[j - 1].text in ("i", "e", "ne", "ce")


_OBJECT_CLITIC = word_set("object_clitics")


def _have_model(sent: Sentence, m: Mention, lo: int) -> bool:
    """ "kam printerin HP DeskJet 2720", "kom Epson L3150", "kam printerin Canon Pixma, dua
    …": a product said right after "kam / kom / ho / habe" (no article, no clitic "e kam"), in
    a segment without an order word, that closes its segment or is followed by the brand or
    model of the customer's own (a capitalised word or a number), is what they own."""
    toks = sent.toks
    j = m.start - 1
    if j >= 2 and toks[j].text in _BOTH_AND and j in sent.breaks:
        # "kam pompën dhe autoklavën": the second of two products after one have-verb (the
        # first one or two words, then "and")
        h = next((h for h in (j - 2, j - 3) if h >= 0 and toks[h].text in _OWNED), None)
        return (
            h is not None
            and toks[h].text != "have"
            and not (h > 0 and toks[h - 1].text in _OBJECT_CLITIC)
        )
    if j < lo or toks[j].text not in _OWNED or toks[j].text == "have":
        return False
    if j > lo and toks[j - 1].text in _OBJECT_CLITIC:
        # "e kam michelin primacy 205 55 16": the one wanted is of that model; "e kom alarm
        # t'vjetër": the one the customer has, said old
        return _said_old(sent, m)
    hi = sent.segment_bounds(m.start)[1]
    if m.end >= hi:
        return True  # "kam printerin Canon Pixma, dua …": the whole name of the customer's own
    nxt = toks[m.end]
    if nxt.text in _OF_SIZE and m.end + 1 < hi and toks[m.end + 1].text[:1].isdigit():
        return True  # "imam akvarijum od 240 litara", "I have a tank of 200 litres": its size
    return nxt.raw[:1].isupper() or nxt.text.isdigit()


_OF_SIZE = word_set("of_size")
_BOTH_AND = word_set("both_and")
_OLD = word_set("old_words")
_OLD_LINKS = frozenset(["i", "e", "te", "të", "t"])


def _said_old(sent: Sentence, m: Mention) -> bool:
    """ "alarm t'vjetër", "pompën e vjetër", "il router vecchio": the word after the product
    (its linking article aside) says it is old or already there: the customer's own."""
    toks = sent.toks
    k = m.end
    if k < len(toks) and toks[k].text in _OLD_LINKS:
        k += 1
    return k < len(toks) and toks[k].text in _OLD


_NUMBER_WORDS = word_set("number_words")
_NOT_SPELLED = frozenset(("ok", "nr", "tel", "sms", "usa", "uk", "dm", "pm", "asap", "pls", "wc"))


def _spelled_letters(toks: Sequence[Token]) -> str:
    """The letters spelled in capitals: a word ("ARTA", "LOVE") or single letters in a row ("L
    O V E", "A-R-T-A"), in order."""
    out: list[str] = []
    run: list[str] = []
    for t in [*toks, None]:
        if t is not None and len(t.raw) == 1 and t.raw.isalpha() and t.raw.isupper():
            run.append(t.raw)
            continue
        if len(run) >= 2:
            out.extend(run)
        run = []
        if (
            t is not None
            and 2 <= len(t.raw) <= 12
            and t.raw.isalpha()
            and t.raw.isupper()
            and t.text not in _NOT_SPELLED
            and t.text not in STOPWORDS
        ):
            out.extend(t.raw)
    return "".join(fold(c).upper() for c in out)


def _concepts(sent: Sentence, lo: int, hi: int) -> frozenset[str]:
    """The concept keys said in toks[lo:hi], one-word ("bardha") and multi-word ("Typ C")."""
    return said_keys([t.text for t in sent.toks[lo:hi]])


def _said_before(it: Item | None, sent: Sentence) -> bool:
    """The item was named before this sentence ("Farbstifte" right after "ein Federmäppchen" in
    one sentence is another thing)."""
    return it is not None and (it.message, it.end) < (sent.message, sent.start)


_PAPER = re.compile(r"(?<![\w])[Aa]([0-7])(?![\w])")


def _size_value(entry: ProductEntry) -> tuple[str, float] | None:
    """How big a product is by its name: a paper format ("A4" is twice "A5") or its one
    measure ("30 L", "2 m")."""
    paper = _PAPER.findall(entry.name)
    if len(paper) == 1:
        return "paper", 2.0 ** -int(paper[0])
    measures = [k for k in entry.keys if k[:1] == "=" and ":" in k]
    if len(measures) == 1:
        unit, _sep, value = measures[0][1:].partition(":")
        try:
            return unit, float(value)
        except ValueError:
            return None
    return None


def _by_size(index: CatalogIndex, rivals: list[int], said: frozenset[str]) -> int | None:
    """ "te vogla", "the big one", "il più grande" said with a word several products fit,
    whose names differ in size (paper format, measure): the smallest or the largest."""
    big, small = "#large" in said, "#small" in said
    if big == small or len(rivals) < 2:
        return None
    sizes = [_size_value(index.products[p]) for p in rivals]
    if any(sz is None for sz in sizes) or len({sz[0] for sz in sizes if sz}) != 1:
        return None
    values = [sz[1] for sz in sizes if sz]
    if len(set(values)) != len(values):
        return None
    pick = max if big else min
    return rivals[values.index(pick(values))]


_SUBJECT_VERBS = frozenset(
    ["ka", "kane", "kan", "has", "have", "is", "eshte", "asht", "osht", "hat", "ist", "ha"]
)


def _size_subject(sent: Sentence, a: int, b: int) -> bool:
    """ "i madhi ka te vetin", "the big one has his own", "der Große hat schon einen": a word
    for big or small as the subject of a verb speaks of a person or thing, not a size."""
    toks = sent.toks
    for k in range(a, min(b, len(toks) - 1)):
        if lexicon().concept(toks[k].text) in ("large", "small") and (
            toks[k + 1].text in _SUBJECT_VERBS
            or toks[k + 1].text == "one"
            and k + 2 < len(toks)
            and toks[k + 2].text in _SUBJECT_VERBS
        ):
            return True
    return False


_NEGATION_ARTICLES = word_set("negation_articles")
_QUALIFYING = _GENITIVE_ARTICLES | word_set("prepositions")


_CONTAINER_WORDS = word_set("containers")
_NOT_QUALIFIED = _CONTAINER_WORDS | word_set("something")


def _content_word(text: str) -> bool:
    """A word that can be qualified: not a function word, number, colour or size, nor a
    container or "something" that stands for the product ("3 bidona të dyshemesë",
    "diçka e shkurtër")."""
    return (
        text.isalpha()
        and len(text) >= 3
        and text not in function_words()
        and text not in _NOT_QUALIFIED
        and number_value(text) is None
        and lexicon().concept(text) is None
    )


_NEGATED_WANT = word_set("negated_want")
# the negation written before the verb: "s'dua", "nuk dua", "don't want", "non voglio"
_NEGATION_BEFORE_VERB = frozenset({"s", "nuk", "not", "don't", "dont", "non"})
# "s'e dua", "non lo voglio", "s'po e marr"
_CLITICS = word_set("negated_clitics")


def _not_wanted(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """ "s'dua me pagu bagazh", "I don't want to pay for luggage", "non voglio pagare il
    bagaglio": what follows a negated want in its segment is not ordered."""
    toks = sent.toks
    wants = [
        k
        for k in range(1, len(toks))
        if toks[k].text in _NEGATED_WANT
        and k not in sent.breaks
        and any(
            toks[n].text in _NEGATION_BEFORE_VERB
            and all(toks[j].text in _CLITICS and j not in sent.breaks for j in range(n + 1, k))
            for n in range(max(0, k - 3), k)
        )
    ]
    # "reçel nuk dua", "xhupin s'e dua": the thing said right before the negated want
    before = {
        n
        for k in range(1, len(toks))
        if toks[k].text in _NEGATED_WANT and k not in sent.breaks
        for n in (k - 1, k - 2)
        if n >= 1
        and toks[n].text in _NEGATION_BEFORE_VERB
        and all(toks[j].text in _CLITICS for j in range(n + 1, k))
        and not any(b in sent.breaks for b in range(n, k + 1))
    }
    if not wants and not before:
        return mentions
    return [
        m
        for m in mentions
        if not any(
            w < m.start and not any(b in sent.breaks for b in range(w + 1, m.start + 1))
            for w in wants
        )
        and m.end not in before
    ]


def _counted_segment(sent: Sentence, k: int) -> bool:
    """ "Jo, kallamat dy mjaftojne": after "no," a segment that counts the product corrects
    its count; it does not refuse it ("jo, shamine e ka vet" does)."""
    lo, hi = sent.segment_bounds(k)
    return any(number_value(t.text) is not None for t in sent.toks[lo:hi])


def _kilos(entry: ProductEntry, sent: Sentence, a: int, b: int) -> int | None:
    """ "1 kg djegës", "3 litra": whole kilos or litres opening a piece, of a product none of
    whose variants is a measure, count it."""
    if b - a < 2 or any(sp.amount_like for sp in entry.specs):
        return None
    v = number_value(sent.toks[a].text)
    u = unit_of(sent.toks[a + 1].text)
    if v is None or u is None or u[1] < 1000 or v != int(v) or not 1 <= v <= 20:
        return None
    return int(v)


@lru_cache(maxsize=4096)
def _glued_in_name(name: str, number: str) -> bool:
    """ "Fletore A5", "Xhami S24": the name holds the number only glued to letters (a model),
    so a bare "5" before the product is a count, not the number of the name."""
    text = fold(name)
    at = [t for t in tokenize(text) if t.text == number]
    return bool(at) and all(t.start > 0 and text[t.start - 1].isalpha() for t in at)


_SUMMARY_OPENERS = word_set("summary_openers")
_ADD_VERBS = word_set("add_words")
_OFFER_VERBS = word_set("offer_verbs")
_DEFINITE = word_set("definite_articles")


# "in" before a word that says how the goods are packed ("ne nji buqet", "in a box")
_INTO = frozenset(["ne", "in", "into", "nel", "nella", "im", "dentro"])


@lru_cache(maxsize=4096)
def _name_sizes(name: str) -> frozenset[str]:
    """The size words of a catalog name ("Big Bag me marrje": #large)."""
    return frozenset(k for t in tokenize(fold(name)) if (k := word_key(t.text)) in SIZE_CONCEPTS)


def _own_size_word(word: str, name: str) -> bool:
    """A size word ("big", "mini") that is a word of the product's own name (not of an alias:
    "ujë i vogël" beside "Ujë natyral" names the small bottle)."""
    return word_key(word) in _name_sizes(name)


class ItemReader(Corrections, MerchantLines):
    """Feeds customer sentences into an :class:`ItemState`."""

    def __init__(self, index: CatalogIndex) -> None:
        self.state = ItemState(index)
        self.focus: Item | None = None
        self.last_counted = False  # the last sentence read gave a count or a variant
        self._merchant_cache: dict[tuple[int, int], list[Mention]] = {}
        self.free_named: dict[tuple[int, int], frozenset[int]] = {}
        self.free_dropped: set[int] = set()  # the lines ``note_free`` took out
        self.discussed: dict[int, frozenset[int]] = {}
        self.by_length: set[int] = set()
        self.offered: list[Sentence] = []
        self.advised: tuple[Sentence, Item, VariantHit] | None = None
        # a generic word that fit several products none of which is ordered: (message, them)
        self.waiting: tuple[int, tuple[int, ...], bool] | None = None
        # the customer's sentences read so far, with the products each could name
        self.history: list[tuple[Sentence, frozenset[int]]] = []
        # per sentence of the history, the products each name that ties between several fits
        self.history_tied: list[list[frozenset[int]]] = []
        self.pack_size: int | None = None  # pieces in a carton, as the conversation states it
        self.shipping_asked = -1  # the customer's message that last asked about shipping
        self.partly: dict[int, int] = {}  # mention id -> the product its variant words chose
        self.pending: tuple[list[Mention], bool] = ([], False)  # the last sentence's mentions
        self.pending_count: tuple[int, int] | None = None  # (message, count) said with no product
        # (merchant message, product) -> the merchant's words beside its variants
        self._glosses: dict[tuple[int, int], dict[str, frozenset[int]]] = {}

    def read(self, sent: Sentence, commit: bool) -> bool:
        """Read one customer sentence; True when it named or changed an item."""
        self.dispute_split(sent)
        before = {id(it): it.quantity for it in self.state.items}
        if sent.question and sent.has("shipping"):
            self.shipping_asked = sent.message  # "do you ship to Vlorë?"
        elif sent.message != self.shipping_asked:
            self.shipping_asked = -1
        was_asked = {id(it) for it in self.state.items if it.tentative}
        was = {id(it): (it.quantity, it.variant) for it in self.state.items}
        changed = self.take_named_several(sent) or self._read(sent, commit)
        changed |= self._refused_own_words(sent)
        changed |= self._kind_chosen(sent, before, was_asked)
        changed |= self._restated(sent)
        changed |= self._spelled(sent, was)
        if not changed and not sent.question:
            # "dy shishe te bardha" naming no product the catalog knows, then "pulesin" after
            # the merchant's question: the count waits for the product named next
            n = counted(sent, 0, len(sent.toks))
            if n is not None:
                self.pending_count = (sent.message, n)
        if any(id(it) not in before for it in self.state.items):
            self.focus = None  # a product newly named: what follows is about it
        changed |= self.take_advice(sent)  # "Ju keshilloj 80/D" - "ok me dergoni 2 cope"
        changed |= self.take_proposed(sent)  # "Po, Okuma 6000 shkon" - "Perfetto"
        changed |= self.take_confirmed(sent)  # "A e keni X?" - "Po, X 20 euro" - "Super."
        changed |= self._take_glossed(sent)  # "... and the lighter 010-047" - "the lighter ones"
        changed |= self.take_all_offered(sent)  # "Kuadri monofazë 9500." - "dakord te gjitha"
        self._note_unnamed(sent)
        asks = self.unnamed_asks
        if (
            not changed
            and not sent.question
            and self.pending_count is None
            and asks is not None
            and asks[0] == sent.message
        ):
            # "dua dy drita për oborrin": goods the catalog's words lack, with their count; the
            # merchant's answer may name them
            n = goods_count(sent)
            if n is not None:
                self.pending_count = (sent.message, n)
        recount = [
            (it, before[id(it)])
            for it in self.state.items
            if id(it) in before and it.quantity != before[id(it)] and it.message < sent.message
        ]
        if asks is not None and asks[0] == sent.message and len(recount) == 1:
            # "dhe keto luget … 2 sete": a count said after the undescribed goods went to an older
            # line; the merchant's answer may give it to the goods it names
            self.recounted = (sent.message, *recount[0])
        changed |= self.advice_each(sent)
        self.note_packs(sent, before)
        each = distributive_count(sent)
        if each is not None and sent.toks:
            # "nga dy", "two of each", "je zwei", "due ciascuno": every item this sentence names
            lo = sent.start + sent.toks[0].start
            hi = sent.start + sent.toks[-1].end
            named = [
                it
                for it in self.state.items
                if it.message == sent.message and lo <= it.start < hi or id(it) not in before
            ]
            from_asked = False
            if not named and not sent.question:
                # "GTA edhe FIFA i keni?" ... "nga nji i du": one of each item asked about
                asked = [it for it in self.state.items if it.tentative]
                if not asked and _for_each(sent):
                    # "nga nje pale secilit" (the yes already took the socks asked about)
                    asked = [it for it in self.state.items if id(it) in was_asked]
                last = max((it.message for it in asked), default=-1)
                named = [it for it in asked if it.message == last]
                from_asked = bool(named)
                for it in named:
                    it.tentative = False
            # "per binjaket nga nje set", "one each for the twins": one for each of them
            group = max((_GROUP_SIZES.get(t.text, 0) for t in sent.toks), default=0)
            people = _for_group(sent)
            if named and all(id(it) not in before for it in named) and _for_each(sent):
                # "E14, ju sugjeroj 5W" - "po nga nje per secilen" (the two lamps ordered): the
                # proposal taken is one for each piece of the order
                group = sum(it.quantity for it in self.state.items if id(it) in before)
            elif from_asked and not group and _for_each(sent):
                # "2 fanella per cunat" ... "a keni edhe corape?" - "nga nje pale secilit": the
                # goods asked about, one for each piece already ordered
                group = sum(
                    it.quantity for it in self.state.items if it not in named and not it.tentative
                )
            note = _each_note_at(sent)
            for it in named:
                here = it.message == sent.message and lo <= it.start < hi
                if here and group and id(it) not in before and _counted_here(sent, it):
                    continue  # "dy foto, nga një për secilin": the total is said with the goods
                if here and note is not None and it.start < note and _counted_here(sent, it):
                    # "2 × kurs + 8 provime (4 secila)": the bracket splits the 8 among the
                    # people; each line keeps the count written before its name
                    continue
                # "nga një kapelë për të dy": one for each of the people, for the goods said here
                n = group or (people if here else 0)
                it.quantity = min(each * max(1, n), MAX_QTY)
                it.qty_explicit = True
            changed |= bool(named)
        elif sent.toks and not sent.question:
            changed |= self._each_of_order(sent, before)
        return changed

    def _each_of_order(self, sent: Sentence, before: dict[int, int]) -> bool:
        """ "dy klima" ... "edhe 6 metra gyp për secilën", "one set for each": the goods newly
        named with "for each" (no "nga") are that count for each piece of the lines ordered
        before, when those lines are of one other product and count two or more."""
        if not _for_each(sent) or any(t.text in _EACH_DATIVE for t in sent.toks):
            return False
        new = [it for it in self.state.items if id(it) not in before and it.message == sent.message]
        old = [
            it
            for it in self.state.items
            if id(it) in before and not it.tentative and it.quantity == before[id(it)]
        ]
        if len(new) != 1 or not old or len({it.product for it in old}) != 1:
            return False
        group = sum(it.quantity for it in old)
        it = new[0]
        if group < 2 or it.product == old[0].product:
            return False
        it.quantity = min(it.quantity * group, MAX_QTY)
        it.qty_explicit = True
        return True

    def _sets_of_order(self, sent: Sentence, m: Mention) -> bool:
        """ "rezervuar … edhe wc" - "i du 2 sete, per dy banjo": a count and a bare word for a
        set counts sets of what the order holds; it does not name a product called "Set …"
        that is not in the order."""
        if m.end - m.start != 1 or not m.start or self.state.find(m.product) is not None:
            return False
        if number_value(sent.toks[m.start - 1].text) is None:
            return False
        return key_of(sent.toks[m.start].text) in _BUNDLE_KEYS

    def _refused_own_words(self, sent: Sentence) -> bool:
        """ "… und noch bunte Lichterketten" - "3 vargje shumëngjyrëshe" - "doch keine
        Lichterketten": a line the merchant named for the customer's own words (no catalog key
        holds them) goes when the customer says no to those words ("no X", "keine X", "hiqi
        X"); the catalog's words for it are the merchant's, not the customer's."""
        own = [it for it in self.state.items if it.own_words]
        if not own or sent.question:
            return False
        toks = sent.toks
        removing = [(a, b) for name in _OWN_REFUSALS for a, b in sent.spans(name)]
        drop: list[Item] = []
        for k, t in enumerate(toks):
            lo, _hi = sent.segment_bounds(k)
            refused = any(toks[j].text in NEGATIONS for j in range(max(lo, k - 3), k)) or any(
                lo <= a <= k for a, _b in removing
            )
            if not refused:
                continue
            drop += [
                it
                for it in own
                if it not in drop and any(_same_word(t.text, w) for w in it.own_words)
            ]
        for it in drop:
            self.state.items.remove(it)
        return bool(drop)

    def _add_that(self, sent: Sentence) -> bool:
        """ "a e keni rripin?" - "Po, 1200 lek" - "shtoje edhe ate", "add that too", "aggiungi
        anche quello": an add verb and a demonstrative, no product named, order the item last
        asked about."""
        if sent.question or len(sent.toks) > 6:
            return False
        if not any(t.text in _ADD_VERBS for t in sent.toks[:3]):
            return False
        if not any(t.text in _THAT for t in sent.toks):
            return False
        asked = [it for it in self.state.items if it.tentative]
        if not asked or any(t.text in NEGATIONS for t in sent.toks):
            return False
        if sum(1 for it in asked if it.message == asked[-1].message) > 1:
            return False  # two things asked about together: which one is not said
        asked[-1].tentative = False
        return True

    def _restated(self, sent: Sentence) -> bool:
        """ "… pra 2 mom 38 edhe 1 flare 40", "so: 2 blue L and 1 red M": after "so / pra /
        allora / also", the customer restates the lines of each product it names, each with
        its count and variant; that product's other lines (an earlier size now moved to
        another product) go."""
        if sent.question or not self.state.items:
            return False
        at = next(
            (
                k
                for k in sorted({0, *sent.breaks})
                if k < len(sent.toks) and sent.toks[k].text in _SUMMARY_OPENERS
            ),
            None,
        )
        if at is None:
            return False
        sub = sent.sub(at + 1, len(sent.toks))
        products = self.state.index.products
        mentions = find_mentions(self.state.index, sub.toks, sub.breaks)
        said: dict[int, set[int]] = {}
        for k, m in enumerate(mentions):
            hi = mentions[k + 1].start if k + 1 < len(mentions) else len(sub.toks)
            h = match_variant(products[m.product].specs, sub.toks, m.start, hi)
            lo = mentions[k - 1].end if k else 0
            q = quantity_before(sub, m.start, lo, products[m.product].paired, set())
            if h is None or q is None:
                return False
            said.setdefault(m.product, set()).add(h.index)
        if len(mentions) < 2:
            return False
        drop = [
            it
            for it in self.state.items
            if it.product in said and it.variant is not None and it.variant not in said[it.product]
        ]
        for it in drop:
            self.state.items.remove(it)
        return bool(drop)

    def _note_unnamed(self, sent: Sentence) -> None:
        """ "dhe keto luget e pirunjte": parts naming goods the catalog's words lack, which no
        item was read from; the merchant's answer right after may name them."""
        mentions, commit = self.pending
        self.pending = ([], False)
        fw = function_words()
        if not any(
            len(w := t.text) >= 5 and w.isalpha() and w not in fw and w not in _GREETING_WORDS
            for t in sent.toks
        ):
            # unnamed_segments counts a part only for a word of 5+ letters that is no function
            # word and no greeting: without one it finds no part, and nothing is noted
            return
        lo, hi = sent.start, sent.start + len(sent.raw)
        spans = [
            (it.start, it.end)
            for it in self.state.items
            if it.message == sent.message and lo <= it.start < hi
        ]
        parts, adds, words = unnamed_segments(self.state.index, sent, mentions, spans)
        if not parts or sent.has("shipping"):
            return
        prev = self.unnamed_asks
        ordered = not sent.question and (commit or sent.has("order") or adds)
        if prev is not None and prev[0] == sent.message:
            parts, ordered = parts + prev[1], ordered or prev[2]
        if self.unnamed_words[0] == sent.message:
            words |= self.unnamed_words[1]
        self.unnamed_words = (sent.message, words)
        self.unnamed_asks = (sent.message, parts, ordered)
        if adds:
            self.unnamed_added = sent.message

    def _read(self, sent: Sentence, commit: bool) -> bool:
        index = self.state.index
        self.last_counted = False
        self.picked: list[int] = []
        self.picked_at: list[tuple[int, int]] = []  # (mention start, product)
        self.generic = False
        self.partly = {}
        mentions = find_mentions(index, sent.toks, sent.breaks)
        if self._the_others(sent, mentions):
            return True
        if not mentions and not self.state.items and sent.has("order") and not sent.question:
            self.unnamed_order = True  # "Vorrei il vestito grigio": the merchant will name it
        self.pending = (mentions, commit)
        if len(self.history) < 200:
            named = frozenset(p for m in mentions if not m.ambiguous for _s, p in m.candidates)
            # "20 bags of the cheaper pellets" (two sorts tie): names either of those only
            tied = [
                frozenset(p for sc, p in m.candidates if sc >= m.candidates[0][0] - 1e-9)
                for m in mentions
                if m.ambiguous
            ]
            self.history.append((sent, named))
            self.history_tied.append(tied)
        if not sent.has("past") and self._variant_named(sent, mentions, commit):
            self.last_counted = True
        if not mentions:
            if (
                self._remove_own_words(sent)
                or self._sized_sibling(sent)
                or self.accept_proposal(sent)
                or self._add_that(sent)
                or self.pick_by_words(sent)
                or self.answer_offer(sent)
                or self._only_those(sent)
                or self._no_more(sent)
                or self._sibling_chosen(sent)
                or self.take_service(sent)
                or self._waiting_variant(sent)
                or self._counts_by_code(sent)
            ):
                return True
            return self._loose(sent, commit)
        if self.state.items and _asks_included(sent):
            # "plisi a vjen brenda apo veç", "is the case included?": whether the goods come
            # with the item asked about, not another item
            return False
        opt_msg, opt_words = self.options
        if (
            self.state.items
            and len(sent.toks) <= 2
            and sent.message == opt_msg + 1
            and all(t.text in opt_words for t in sent.toks)
        ):
            return self._loose(sent, commit)  # "Mix." repeats one of the merchant's options
        # "karrige s'na duhet, djali e ka boosterin e vet": a line of the order refused with a
        # postposed no goes, whatever the reason after it makes of the mention
        refused = [
            m
            for m in mentions
            if self.state.find(m.product) is not None and self._postposed_no(sent, m)
        ]
        mentions = self._drop_variant_words(sent, mentions)
        mentions = [self._ordered_by_variant_word(sent, m) for m in mentions]
        mentions = [self._sibling_by_variant(sent, m) for m in mentions]
        mentions = self._negated(sent, mentions)
        mentions = _kept(mentions, partial(self._genitive_modifier, sent))
        mentions = [m for m in mentions if not self._told_subject(sent, m)]
        mentions = _kept(mentions, partial(self._elliptic_adjective, sent))
        mentions = _kept(mentions, partial(self._feature_again, sent))
        mentions = [m for m in mentions if not predicate(sent.toks, m)]
        mentions = _kept(mentions, partial(_likened, sent))
        mentions = _kept(mentions, partial(self._material_of, sent))
        mentions = self._drop_asides(sent, mentions)
        mentions = [m for m in mentions if not _owned(sent, m) and not _business(sent, m)]
        mentions = [m for m in mentions if not _who_or_why(index, sent, m)]
        # "se jom n'punë", "I'm at work till 5", "ich bin noch in der Schule": where the
        # customer is, not goods
        mentions = [m for m in mentions if not _where_one_is(sent, m) and not _placed_by(sent, m)]
        # a product named before it in the sentence is the one the feature tells apart
        mentions = mentions[:1] + [m for m in mentions[1:] if not _the_one_with(sent, m)]
        mentions = [m for m in mentions if not _measured_own(sent, m) and not _my_thing_is(sent, m)]
        if self.state.items and len(mentions) == 1 and self._sets_of_order(sent, mentions[0]):
            mentions = []
        # "Haferdrink ohne Zucker" for "... Pa sheqer": the words after "without" are a variant
        # of the product named before, not another product
        mentions = [
            m
            for k, m in enumerate(mentions)
            if not k
            or m.start == 0
            or sent.toks[m.start - 1].text not in WITHOUT
            or self._variant_phrase(sent, m.start - 1, {mentions[k - 1].product}) < m.end
        ]
        without = [m for m in mentions if self._without(sent, m)]
        if without and not sent.question:
            # "pa ngrohës thashë", "without the heater, I said": a product of the order said
            # after "without" leaves it
            gone = {m.product for m in without}
            self.state.items = [it for it in self.state.items if it.product not in gone]
        mentions = [m for m in mentions if m not in without]
        mentions = self._drop_possessed(sent, mentions)
        if sent.question and any(t.text in _COPULA for t in sent.toks):
            mentions = [self._asked_of_ordered(m) for m in mentions]
        mentions = [
            m
            for m in mentions
            if not _activity(sent, m)
            and not _toponym(sent, m)
            and not _carried(sent, m)
            and not _used_with(sent, m)
            and not _category(sent, m)
        ]
        mentions = self._drop_packs(sent, mentions)
        mentions = _kept(mentions, partial(_fed_up_with, sent))
        hidden = [m for m in refused if m not in mentions]
        if hidden and self._remove(sent, hidden):
            return True
        if not mentions:
            return self._loose(sent, commit)
        if self.state.items:
            # "It's for a Golf": the car the mats are for, not another product
            mentions = [
                m
                for m in mentions
                if not for_something(sent.toks, m.start) or _for_in_name(self.state.index, sent, m)
            ]
            if not mentions:
                return self._loose(sent, commit)
        elif len(mentions) >= 2:
            # "was fürs Aquarium: Wasseraufbereiter und Teststreifen": what the products named
            # after it are for; "nje pelerine te zeze per karrigen e berberit", "vaj per makine
            # qethjeje": so is one after "for" that follows another product
            mentions = [
                m
                for k, m in enumerate(mentions)
                if not for_something(sent.toks, m.start)
                # "per il vestito Mia, ...", "per fustanin ...": "per" is also "about"
                or k == 0
                and any(sent.toks[j].text == "per" for j in range(max(0, m.start - 3), m.start))
            ]
            if not mentions:
                return self._loose(sent, commit)
        first = mentions[0].start
        lo_first = sent.segment_bounds(first)[0]
        own_lo = 0  # where the first product's own words start
        if (
            lo_first > 0
            and self.state.items
            and (not sent.question or asks_shop(sent))  # "Can you keep 4 for me plus …?"
            and self._loose_before(sent.sub(0, lo_first), commit, mentions)
        ):
            # "Po i du 15 te bardha edhe 6 roze, ne nji buqet": the part before a product name
            # speaks of the items already named; "po, 3-0 2 tuba edhe oksidantin": so the "3"
            # is not the oxidant's 3 %
            own_lo = lo_first
        if any(
            # "Ok mire, po e marr te rrumbullaketen": the product named in the order phrase's
            # own segment is what it takes
            s0 < first and any(s0 < b <= first for b in sent.breaks)
            for s0, _e in sent.intents.get("order", ())
        ):
            asked = [it for it in self.state.items if it.tentative]
            if asked and not sent.question:
                asked[-1].tentative = False  # "Great, I'll take one, and a 64GB card"
        elif (
            not sent.question
            and any(t.text in _ADDITIVE for t in sent.toks[: min(first, 3)])
            and sent.message > max((it.message for it in self.state.items), default=-1)
        ):
            # "edhe nji kaske", "ok, also two chairs", "anche una lampada": a new message adding
            # a product takes the one asked about before it (not one the merchant just declined:
            # "keni edhe cajnik?" - "Jo, nuk e kemi" - "ok atehere edhe nje kuti")
            asked = [it for it in self.state.items if it.tentative]
            declined = any(
                ms.message == sent.message - 1 and ms.has("decline") for ms in self.offered
            )
            if asked and not declined:
                asked[-1].tentative = False
        elif not sent.question and sent.toks[0].text in CONJUNCTIONS - _OR:
            # "Habt ihr X in Rosé?" - "Ja, X Rose Gold, 145€" - "Und die Pomade …": the order
            # goes on, so the item the merchant just confirmed is wanted
            self.confirm_asked(sent.message)
        changed = False
        # "hiqe X", "togli X", and "annullate X" with a product in the segment: drop that item
        removes = [
            s
            for name in ("remove", "cancel")
            for s, e in sent.intents.get(name, ())
            if not self._without_variant(sent, s, mentions)
            and not _no_a(sent, s)
            and not _not_that_count(sent, e)
        ]
        refused_at = -1
        # "aplikacionin e ka shkarku vet, hiqe", "the cake, sorry, remove it": a remove word
        # closing the sentence in a short segment of its own takes back the product named
        # last before it
        trailing = -1
        polite = {j for s0, e0 in sent.spans("polite") for j in range(s0, e0)}
        for r, r_end in ((s0, e0) for s0, e0 in sent.intents.get("remove", ()) if s0 in removes):
            r_lo, r_hi = sent.segment_bounds(r)
            if (
                r_lo > 0
                and r_hi == len(sent.toks)
                and r_hi - r_lo <= _TRAILING_REMOVE
                and sent.toks[r].text not in WITHOUT
                and sent.toks[r].text not in NEGATIONS
                and all(r <= j < r_end or j in polite for j in range(r_lo, r_hi))
                and not any(r_lo <= x.start < r_hi for x in mentions)
            ):
                trailing = max((x.end for x in mentions if x.end <= r_lo), default=trailing)
        for k, m in enumerate(mentions):
            lo_seg, hi_seg = sent.segment_bounds(m.start)
            if refused_at >= 0 and _reason_after_no(sent, refused_at, m.start):
                continue  # "ballinat jo më fal, mjeshtri i mbulon me pllaka": the reason
            if self._postposed_no(sent, m) or self._put_off(sent, m):
                refused_at = m.end
            if (
                any(lo_seg <= r < hi_seg and not _put_instead(sent, r, m) for r in removes)
                or refused_at == m.end
                or trailing == m.end
            ):
                changed |= self._remove(sent, [m])
                continue
            # words before the first product name are its own; later ones start at their segment
            lo = max(lo_seg, mentions[k - 1].end) if k else own_lo
            if k:
                # "nji fustan M e nji fund S": this item's words start at its own count
                qb = quantity_before(sent, m.start, mentions[k - 1].end, False, set())
                if qb is not None and self._variant_right_after(sent, mentions[k - 1], qb[1]):
                    lo = max(lo, qb[1] + 1)  # "un mulinello 4000 e filo": the reel's size
                elif qb is not None and not measure_right_after(sent, mentions[k - 1].end, qb[1]):
                    lo = max(lo, qb[1])
                else:
                    # "tè di montagna 500 g e origano 250g": the variant said right after the
                    # product before is that one's, not a second choice of this one's
                    lo = max(lo, self._variant_end_after(sent, mentions[k - 1], m.start))
            hi = hi_seg
            if k + 1 < len(mentions):
                nxt = mentions[k + 1]
                hi = min(hi, nxt.start)
                q = quantity_before(sent, nxt.start, m.end, False, set())
                if (
                    q is not None
                    and not measure_right_after(sent, m.end, q[1])
                    and not self._variant_right_after(sent, m, q[1])
                ):
                    hi = min(hi, q[1])
            # segments after the mention without a product of their own: "nje nr 30 dhe nje nr 33"
            stop = len(sent.toks)
            if k + 1 < len(mentions):
                stop = mentions[k + 1].start
                qn = quantity_before(sent, stop, m.end, False, set())
                if (
                    qn is not None
                    and not measure_right_after(sent, m.end, qn[1])
                    and not self._variant_right_after(sent, m, qn[1])
                ):
                    stop = qn[1]
                stop = self._leading_attributes(sent, max(hi_seg, m.end), stop)
            subs = self._sub_segments(sent, hi_seg, stop)
            changed |= self._mention(sent, m, lo, hi, subs, commit, last=k + 1 == len(mentions))
        self._share_trailing_variant(sent, mentions)
        self._share_leading_variant(sent, mentions)
        starts = {m.start for m in mentions}
        only_count = all(
            counts_only(sent, s0, e)
            and (
                not starts & {e + 1, e + 2}  # "vetem nje rrip" keeps the leash
                or self._recounted(sent, [m for m in mentions if m.start in (e + 1, e + 2)])
            )
            for s0, e in sent.intents.get("only", ())
        )
        # "vetem aromen beje oqean", "only make the scent ocean": "only" says which line the
        # correction verb after it changes, it keeps the others
        only_that_change = any(
            s0 > at for s0, _e in sent.intents.get("correct", ()) for at, _p in self.picked_at
        ) and all(e <= at for _s0, e in sent.intents.get("only", ()) for at, _p in self.picked_at)
        if (
            sent.has("only")
            and not only_count
            and not only_that_change
            and self.picked
            and self.state.items
        ):
            # "vetem rozen", "nur die Jacke" keeps that product; "nur einen" is a count; "allora
            # solo miele, e aggiungi un vasetto di X" keeps the products this sentence names
            keep = set(self.picked)
            first = min(s0 for s0, _e in sent.intents["only"])
            after = {p for at, p in self.picked_at if at >= first}
            if after:
                # "kam makine qethjeje, me duhet vetem vaj per te", "I have the clipper, I only
                # need oil": the products named after "only" are the ones kept
                keep = after
            prev = next((h for h in reversed(self.history) if h[0].message < sent.message), None)
            held = {it.product for it in self.state.items}
            # (or that the shop's answer set aside: "s'ka nevojë për termometër", ``note_free``)
            if prev is not None and prev[0].question and prev[1] & (held | self.free_dropped):
                # "Do I need solution too?" - "not for dailies" - "then only eye drops": "only"
                # sets aside what that question asked about, not the goods ordered before it
                # (when what it asked about was already turned down, "ok no thermometer. Just
                # the basket", "only" keeps the basket alone)
                keep |= {p for p in held if p not in prev[1]}
            self.state.items = [it for it in self.state.items if it.product in keep]
            self._only_variant(sent, first)
        return changed

    def _only_variant(self, sent: Sentence, first: int) -> None:
        """ "a front and a rear mudguard" ... "actually only the rear one, the front is fine":
        "only" with a variant of a product ordered in two variants keeps the line in that
        variant; the other variant said after it is not another line."""
        lo, hi = sent.segment_bounds(first)
        for p in {p for at, p in self.picked_at if at >= first}:
            hit = match_variant(self.state.index.products[p].specs, sent.toks, lo, hi)
            lines = [it for it in self.state.items if it.product == p]
            now = [it for it in lines if it.message == sent.message]
            kept = [it for it in now if hit is not None and it.variant == hit.index]
            if len(kept) != 1 or len(now) == len(lines):
                continue
            self.state.items = [it for it in self.state.items if it.product != p or it is kept[0]]

    def _recounted(self, sent: Sentence, named: list[Mention]) -> bool:
        """ "a couple of calculators" ... "wait, just one calculator": "only" and a count before
        a product ordered in an earlier message is that line's new count; the other lines stay
        (a product first named with "only", "vetem nje rrip", keeps that product alone)."""
        return bool(named) and all(
            any(it.product == m.product and it.message < sent.message for it in self.state.items)
            for m in named
        )

    def _loose_before(self, sent: Sentence, commit: bool, mentions: list[Mention]) -> bool:
        """The part of a sentence before its first product, read for the items already named
        other than the ones the sentence names after it ("Can you keep 4 for me plus the
        fitting?": the 4 are the tyres, not the fitting the merchant named)."""
        named = {m.product for m in mentions}
        before = list(self.state.items)
        later = [it for it in before if it.product in named]
        if not later or len(later) == len(before):
            return self._loose(sent, commit)
        self.state.items = [it for it in before if it.product not in named]
        changed = self._loose(sent, commit)
        kept = self.state.items
        self.state.items = [it for it in before if it in later or it in kept]
        self.state.items += [it for it in kept if it not in before]
        return changed

    def _counts_by_code(self, sent: Sentence) -> bool:
        """ "dua 4 te 377 dhe 2 te 2032", "3 of 2032": a count before an article or "of" and a
        number that is a whole name of one product in the order (a battery's or a part's
        code) counts that product."""
        if sent.question:
            return False
        toks = sent.toks
        index = self.state.index
        found: list[tuple[Item, int]] = []
        for k in range(len(toks) - 2):
            n = number_value(toks[k].text)
            if n is None or n != int(n) or not 1 <= n <= 99 or toks[k + 1].text not in _CODE_OF:
                continue
            code = toks[k + 2].text
            if not code.isdigit() or len(code) < 3:
                continue
            named = [it for it in self.state.items if (code,) in index.products[it.product].phrases]
            if len(named) == 1:
                found.append((named[0], int(n)))
        if not found or len({id(it) for it, _n in found}) != len(found):
            return False
        for it, n in found:
            it.quantity = n
            it.qty_explicit = True
            it.tentative = False
        return True

    def _waiting_variant(self, sent: Sentence, merchant: bool = False) -> bool:
        """ "E un mulinello grande ..." (two reels, neither in the order) then "Il 6000 va
        bene?": the variant only one of them sells says which, and adds it."""
        if self.waiting is None:
            return False
        msg, rivals, asked = self.waiting
        if sent.message - msg > 2:
            self.waiting = None
            return False
        products = self.state.index.products
        fits = [
            (p, h)
            for p in rivals
            if (h := match_variant(products[p].specs, sent.toks, 0, len(sent.toks))) is not None
        ]
        if len(fits) != 1:
            return False
        self.waiting = None
        p, h = fits[0]
        # "E un mulinello grande" wants one; "Il 6000 va bene?" asks which
        self.state.items.append(
            said_line(sent, h.start, h.end, p, None, h, self._hit_key(sent, h), asked or merchant)
        )
        return True

    def _variant_end_after(self, sent: Sentence, m: Mention, stop: int) -> int:
        """Where the variant said right after mention ``m`` (before ``stop``, with only stop
        words between) ends; ``m.end`` when none is."""
        products = self.state.index.products
        for _s, p in m.candidates[:3]:
            h = match_variant(products[p].specs, sent.toks, m.end, stop)
            if (
                h is not None
                and not any(j in sent.breaks for j in range(m.end, h.end))
                and all(sent.toks[j].text in STOPWORDS for j in range(m.end, h.start))
            ):
                return h.end
        return m.end

    def _variant_right_after(self, sent: Sentence, m: Mention, k: int) -> bool:
        """ "un mulinello 4000 e filo": a number right after a product name that names one of
        its variants is that product's, not the next product's count."""
        if k < m.end or any(j in sent.breaks for j in range(m.end, k + 1)):
            return False
        if any(sent.toks[j].text not in STOPWORDS for j in range(m.end, k)):
            return False
        products = self.state.index.products
        return any(
            match_variant(products[p].specs, sent.toks, k, k + 1) is not None
            for _s, p in m.candidates[:3]
        )

    def _variant_named(self, sent: Sentence, mentions: list[Mention], commit: bool) -> bool:
        """ "e dua me Broja 9 mbrapa", "can you print Asllani 21 on both?": a variant of several
        words said in full that only one product sells ("Stampim": "Broja 9") orders that
        product, though its name is not said."""
        index = self.state.index
        if not index.variant_words or not self.state.items:
            return False
        keys = {word_key(t.text) for t in sent.toks}
        found: dict[int, VariantHit] = {}
        for k in keys:
            for p, vi in index.variant_words.get(k, ()):
                spec = index.products[p].specs[vi]
                hit = match_variant([spec], sent.toks, 0, len(sent.toks))
                if hit is not None and hit.score >= 5.0 + len(spec.keys):
                    found[p] = VariantHit(vi, hit.score, hit.start, hit.end)
        named = {q for m in mentions for _s, q in m.candidates}
        if len(found) != 1:
            return False
        p, hit = next(iter(found.items()))
        if p in named or self.state.find(p) is not None:
            return False
        if any(
            it.product != p
            and match_variant(index.products[it.product].specs, sent.toks, hit.start, hit.end)
            for it in self.state.items
        ):
            # "edhe dy new car" after little trees "New Car Scent": words of a variant of a
            # product already in the order are that product's, not another's "New Car"
            return False
        both = 2 if sent.has("both") else 1
        # "can you print X on both?", "a mund ta shkruani ...?": asking the shop to do it
        asked_to = any(t.text in _REQUEST_OPENERS for t in sent.toks[:3])
        tentative = sent.question and not commit and not asked_to
        if not tentative and not sent.question:
            for it in self.state.items:
                it.tentative = False  # "e dua me Broja 9": the product it is on is wanted too
        # a service on the product last named ("me Broja 9 mbrapa"): the conversation still
        # points at that product, so the new line goes before it
        self.state.items.insert(
            len(self.state.items) - 1,
            said_line(
                sent,
                hit.start,
                hit.end,
                p,
                both,
                hit,
                self._hit_key(sent, hit),
                tentative,
                both > 1,
            ),
        )
        return True

    def defer_asked(self, sent: Sentence) -> bool:
        """ "a e keni edhe djathin e lopes?" ... "ok, ate tjeter here", "maybe next time": after
        an order placed with its delivery details, a deferral that names no product puts off
        only the goods asked about since; they go and the order stands."""
        if sent.question or not sent.has("hesitate") or sent.has("cancel"):
            return False
        asked = [it for it in self.state.items if it.tentative]
        kept = [it for it in self.state.items if not it.tentative]
        if (
            not asked
            or not kept
            or min(it.message for it in asked) < max(it.message for it in kept)
        ):
            return False
        if find_mentions(self.state.index, sent.toks, sent.breaks):
            return False
        self.state.items = kept
        return True

    def keep_those(self, sent: Sentence) -> bool:
        """ "a ka edhe X?" ... "ok, nuk e marr tani, vetem ato", "no, I won't take it, only
        those": after an order placed with its delivery details, "only those" naming no
        product keeps the order's lines; the refusal before it is of what was asked since."""
        if sent.question or not any(not it.tentative for it in self.state.items):
            return False
        those = any(
            e + d < len(sent.toks) and sent.toks[e + d].text in _THAT
            for _s, e in sent.intents.get("only", ())
            for d in (0, 1)
        )
        if not those or find_mentions(self.state.index, sent.toks, sent.breaks):
            return False
        self.state.items = [it for it in self.state.items if not it.tentative]
        return True

    def _the_others(self, sent: Sentence, mentions: list[Mention]) -> bool:
        """ "Ju rekomandoj A, B dhe C" - "C e kam, vetëm dy të tjerat", "only the other two",
        "nur die anderen": right after the merchant advises two products or more, the customer
        takes those it does not name (the ones it names it has or does not want)."""
        if sent.question or self.state.items or not self.offered:
            return False
        if self.offered[0].message != sent.message - 1:
            return False
        others = any(
            t.text in _OTHERS for _s, e in sent.spans("only") for t in sent.toks[e : e + 3]
        )
        if not others:
            return False
        named = {p for m in mentions for _s, p in m.candidates}
        index = self.state.index
        lines = []
        for ms in self.offered:
            if not ms.spans("advice") or ms.question:
                continue
            proposed = self._proposals(ms)
            for k, m in enumerate(proposed):
                hi = proposed[k + 1].start if k + 1 < len(proposed) else len(ms.toks)
                lines.append(
                    (ms, m, advised_variant(ms, index.products[m.product].specs, m.start, hi))
                )
        taken = [x for x in lines if x[1].product not in named]
        if len(lines) < 2 or not taken or len(taken) == len(lines):
            return False
        for ms, m, hit in taken:
            if self.state.find(m.product) is None:
                self.state.items.append(self._named_line(ms, m, None, hit, False))
        return True

    def _spelled(self, sent: Sentence, was: dict[int, tuple[int, int | None]]) -> bool:
        """ "balona shkronja L O V E", "emrin ARTA", "numrin 18", "candele numero 25": a
        product sold one letter or one digit at a time (its variants are single characters)
        and a word or number spelled beside it is one line per character, counted by its
        repeats (ARTA: A x2, R, T)."""
        index = self.state.index
        spelled = index.spelled
        if not spelled:
            return False
        toks = sent.toks
        letters = _spelled_letters(toks)
        here = [
            it for it in self.state.items if it.message == sent.message and it.product in spelled
        ]
        named = {it.product for it in here}
        lines: dict[int, str] = {}
        if letters:
            for p in named:
                if spelled[p] == "letters":
                    lines[p] = letters
        heads = {head_key(index.products[it.product]) for it in here}
        digits = False
        for k in range(len(toks) - 1):
            nxt = toks[k + 1].text
            if not (nxt.isdigit() and 2 <= len(nxt) <= 4):
                continue
            key = index.resolve(toks[k].text) if toks[k].text.isalpha() else None
            for p, kind in spelled.items():
                if kind != "digits":
                    continue
                # "balona numer 30"; "ARTA me balona shkronja? edhe numrin 18": the number word
                # beside the letters' kin
                if (key is not None and key in index.products[p].keys) or (
                    toks[k].text in _NUMBER_WORDS and head_key(index.products[p]) in heads
                ):
                    lines[p] = lines.get(p, "") + nxt
                    digits = True
        if not lines:
            return False
        if digits:
            # the number was spelled, it counts and sizes nothing else
            for it in self.state.items:
                if id(it) in was and it.product not in lines:
                    it.quantity, it.variant = was[id(it)]
        template = here[0] if here else None
        for p, chars in lines.items():
            entry = index.products[p]
            old = [it for it in here if it.product == p]
            base = old[0] if old else template
            for it in old:
                self.state.items.remove(it)
            for ch in dict.fromkeys(chars):
                v = next((j for j, t in enumerate(entry.variants) if t.strip().upper() == ch), None)
                if v is None:
                    continue
                line = Item(
                    product=p,
                    quantity=chars.count(ch),
                    variant=v,
                    tentative=base.tentative if base is not None else sent.question,
                    qty_explicit=True,
                    message=sent.message,
                    start=base.start if base is not None else sent.start,
                    end=base.end if base is not None else sent.start + len(sent.raw),
                    text=base.text if base is not None else sent.raw,
                )
                self.state.items.append(line)
        return True

    def _sibling_chosen(self, sent: Sentence) -> bool:
        """ "Sklopuvackite, dva para" after "naocari za citanje?" and the merchant's "classic or
        folding": a word only one product's name holds, said without a name, chooses that
        product among those of the kind asked about (their names open with the same word); it
        takes the place of the line only asked about, with the count said."""
        if sent.question or len(sent.toks) > 8 or any(t.text in NEGATIONS for t in sent.toks):
            return False
        asked = [it for it in self.state.items if it.tentative]
        if len(asked) != 1 or len(self.state.items) != 1:
            return False
        line = asked[0]
        index = self.state.index
        head = head_key(index.products[line.product])
        picks: set[int] = set()
        for t in sent.toks:
            k = index.resolve(t.text) if t.text.isalpha() and len(t.text) >= 4 else None
            holders = index.by_key.get(k, []) if k and not is_attribute(k) else []
            if (
                len(holders) == 1
                and holders[0] != line.product
                and head is not None
                and head_key(index.products[holders[0]]) == head
            ):
                picks.add(holders[0])
        if len(picks) != 1:
            return False
        old, new = index.products[line.product], index.products[picks.pop()]
        kept = old.variants[line.variant] if line.variant is not None else None
        line.product = new.index
        line.variant = new.variants.index(kept) if kept in new.variants else None
        h = match_variant(new.specs, sent.toks, 0, len(sent.toks))
        if h is not None:
            line.variant, line.variant_key = h.index, None
        n = counted(sent, 0, len(sent.toks))
        if n is not None:
            line.quantity, line.qty_explicit = n, True
        line.tentative = False
        return True

    def _only_those(self, sent: Sentence) -> bool:
        """ "jo atehere, vec ato dyja", "no then, only those two", "solo quelli", "nur die":
        only what was ordered; the item last asked about goes. "veç ato 3 shishet" after "a e
        keni edhe filtrin …?" read as a line: when the count said is the sum of the lines named
        before the customer's latest goods, those latest goods go."""
        items = self.state.items
        if sent.question or not items or all(it.tentative for it in items):
            return False
        after = [
            e + d
            for _s, e in sent.intents.get("only", ())
            for d in (0, 1)
            if e + d < len(sent.toks)
        ]
        those = [k for k in after if sent.toks[k].text in _THAT]
        if not those:
            return False
        if any(it.tentative for it in items):
            self.state.items = [it for it in items if not it.tentative]
            return True
        # the count right after "only those" ("veç ato 3", "only those 3")
        k = those[0] + 1
        said = number_value(sent.toks[k].text) if k < len(sent.toks) else None
        latest = max(it.message for it in items)
        before = [it for it in items if it.message < latest]
        if not said or not before or sum(it.quantity for it in before) != said:
            return False
        self.state.items = before
        return True

    def refuse_proposed(self, sent: Sentence, shop: Sequence[Sentence] = ()) -> None:
        """ "a mund ta mësoj teorinë online?" - "Kursi online 80€ veç, por paketa e përfshin në
        klasë" - "jo jo, e bëj në klasë, po dua app-in": the customer's message opening with a
        bare no right after the shop named goods for the customer's words turns those goods
        down (unless it names them); what it orders after the no stands. When the shop's
        message (``shop``) ends by asking about something else ("… = 214 €. Brauchen Sie
        Montage?" - "nein, mein Bruder macht das"), the no answers that question."""
        if sent.question or not sent.toks or sent.toks[0].text not in _BARE_NO:
            return
        proposed = [
            it
            for it in self.state.items
            if it.proposed and it.tentative and it.message == sent.message - 1
        ]
        offered = self._offer_asked(shop, sent.message)
        # "a bon edhe ni yll" - "Ylli argjend 450 den. Ta shtojmë?" - "jo lene, kemi yll": the
        # goods the customer asked about (or named in the message the shop answers), which the
        # shop's closing question offers, turned down
        proposed += [
            it
            for it in self.state.items
            if it.product in offered
            and (it.tentative or it.message == sent.message - 2)
            and it not in proposed
        ]
        if not proposed:
            return
        if shop and shop[-1].question:
            asked = {
                p
                for m in find_mentions(self.state.index, shop[-1].toks, shop[-1].breaks)
                for _s, p in m.candidates
            }
            if not (asked | offered) & {it.product for it in proposed}:
                return
        named = {
            p
            for m in find_mentions(self.state.index, sent.toks, sent.breaks)
            if not _owned(sent, m)  # "jo lene, kemi yll nga viti kaluar": why not
            for _s, p in m.candidates
        }
        self.state.items = [
            it for it in self.state.items if it not in proposed or it.product in named
        ]

    def _offer_asked(self, shop: Sequence[Sentence], message: int) -> frozenset[int]:
        """The goods the shop's message right before ``message`` offers by a closing question
        that names nothing the order lacks ("Ylli argjend 450 den. Ta shtojmë?", "Shall I add
        it?"): the one line the customer's message before the shop's named, if one."""
        if not shop or not shop[-1].question or shop[-1].message != message - 1:
            return frozenset()
        if _OFFER_VERBS.isdisjoint(shop[-1].texts):
            return frozenset()  # "Ta dërgojmë nesër?", "Ku t'i marrim?": no offer
        index = self.state.index
        held = {it.product for it in self.state.items}
        asked = find_mentions(index, shop[-1].toks, shop[-1].breaks)
        if any(m.ambiguous or m.product not in held for m in asked):
            return frozenset()
        lines = [it for it in self.state.items if it.message == message - 2]
        return frozenset({lines[0].product}) if len(lines) == 1 else frozenset()

    def _no_more(self, sent: Sentence) -> bool:
        """ "a keni edhe X?" - "Po, 500 g dhe 1 kg" - "jo, faleminderit, mjafton", "no thanks,
        that's enough", "nein danke, reicht": after goods ordered, a no or an "enough" that names
        no product and no count turns down what was asked about since."""
        if sent.question or not sent.has("enough") and sent.toks[0].text not in _BARE_NO:
            return False
        if len(sent.toks) > 8 or any(number_value(t.text) is not None for t in sent.toks):
            return False
        if (
            sent.toks[0].text in _BARE_NO
            and not sent.has("enough")
            and not any(t.text in _THANKS for t in sent.toks[1:4])
        ):
            return False
        # named in a question ("a keni mix frutti di mare", with or without its "?")
        asked_in = [
            (h.message, h.start, h.start + len(h.raw))
            for h, _named in self.history[-12:]
            if h.question or starts_like_question(h)
        ]
        asked = [
            it
            for it in self.state.items
            if it.tentative or any(m == it.message and a <= it.start < b for m, a, b in asked_in)
        ]
        kept = [it for it in self.state.items if it not in asked]
        if (
            not asked
            or not kept
            or min(it.message for it in asked) < max(it.message for it in kept)
        ):
            return False
        self.state.items = kept
        return True

    def _genitive_modifier(self, sent: Sentence, prev: Mention | None, m: Mention) -> bool:
        """ "çizmet e motorit", "provimin për motor", "shkojmë me motor" beside "Xhaketë
        motori": a one-word mention right after a genitive article or a preposition that
        follows a noun, whose word is in no name of its candidates the first word (the head),
        qualifies that noun and orders nothing. "një me qumësht", "dua me çokollatë" (a count
        or a verb before it) still name the product."""
        toks = sent.toks
        s0 = m.start
        return (
            s0 >= 2
            and m.end - s0 == 1
            and toks[s0 - 1].text in _QUALIFYING
            and s0 - 1 not in sent.breaks
            and s0 not in sent.breaks
            and bool(m.keys)
            and _qualifies(toks, prev, m)
            and not self._names_head(m)
        )

    def _material_of(self, sent: Sentence, prev: Mention | None, m: Mention) -> bool:
        """ "pllaka e varrit …, mermer i bardhë" beside "Pllakë kuzhine mermer": a mention
        without the head word of any of its candidates' names, one of whose head words the
        product named before it in the sentence holds (the customer's noun went to that
        product), says what that product is made of; with no count or "a / one" in its segment
        ("dafür eine mit Nüssen": another one) and no "also" right before it, it adds no line."""
        if prev is None or prev.product == m.product:
            return False
        if {p for _s, p in m.candidates} & {p for _s, p in prev.candidates}:
            return False  # "vaj ulliri 1 liter, bio": the word picks among the products named
        index = self.state.index
        heads = {head_key(index.products[p]) for _s, p in m.candidates} - {None}
        toks = sent.toks
        return (
            bool(heads)
            and heads.isdisjoint(m.keys)
            and not heads.isdisjoint(prev.keys)
            and not any(
                number_value(toks[j].text) is not None or toks[j].text in _INDEFINITE
                for j in range(max(prev.end, sent.segment_bounds(m.start)[0]), m.start)
            )
            # "…, edhe mermer", "and a marble one": another line
            and toks[m.start - 1].text not in _ADDITIVE
            and not (
                m.start >= 2
                and toks[m.start - 1].text in _INDEFINITE
                and toks[m.start - 2].text in _ADDITIVE
            )
        )

    def _kind_chosen(self, sent: Sentence, before: dict[int, int], was_asked: set[int]) -> bool:
        """ "pllaka mermer 2 m² sa bën?" … "kuarci sa kushton?" … "gri beton, 2 m², më mirë e
        marr kuarc atëherë": a sentence that orders a product it names (new, or only asked
        about so far), of the same kind (the head word of its name) as another line only asked
        about before, and does not name that line, takes it instead of that line; "also" or
        "both" keep both."""
        if sent.question or not sent.has("order"):
            return False
        if any(t.text in _ADDITIVE or t.text in _BOTH for t in sent.toks):
            return False
        index = self.state.index
        named = {p for _at, p in self.picked_at} | {
            it.product for it in self.state.items if id(it) not in before
        }
        chosen = {
            head_key(index.products[it.product])
            for it in self.state.items
            if not it.tentative
            and it.product in named
            and (id(it) not in before or id(it) in was_asked)
        } - {None}
        if not chosen:
            return False
        gone = [
            it
            for it in self.state.items
            if id(it) in was_asked
            and it.message < sent.message
            and it.product not in named
            and head_key(index.products[it.product]) in chosen
        ]
        if not gone:
            return False
        self.state.items = [it for it in self.state.items if it not in gone]
        return True

    def _names_head(self, m: Mention) -> bool:
        """The mention's first word is the first word (the head) of a name of a candidate."""
        return any(headed_by(self.state.index.products[p], m.keys[0]) for _s, p in m.candidates)

    def _told_subject(self, sent: Sentence, m: Mention) -> bool:
        """ "uji u bë jeshil", "Uji po më del me pH të ulët" beside "Dyshek noti" (alias "dyshek
        uji"): a one-word mention opening a sentence that is not a question, orders nothing and
        counts nothing, whose word is no head of its candidates' names (only their second,
        genitive word), is the subject of what the customer tells: it names no product. A word
        with at most one more ("japonezin", "japonezin pls") answers the merchant's options."""
        if m.start or m.end != 1 or not m.keys or sent.question or sent.has("order"):
            return False
        if len(sent.toks) < 3 or sent.has("polite"):
            return False
        hi = sent.segment_bounds(0)[1]
        return not any(
            number_value(t.text) is not None for t in sent.toks[:hi]
        ) and not self._names_head(m)

    def _feature_again(self, sent: Sentence, prev: Mention | None, m: Mention) -> bool:
        """ "cizmet e gjata me take …, te zezat me take te holle", "the lamp with a shade …,
        the black one with a linen shade": a later "with / me / con / mit" + a word of the
        product already named in the sentence describes that product's feature; it is not
        another product that also holds the word ("Kepuce me take stileto")."""
        return (
            prev is not None
            and m.start > 0
            and sent.toks[m.start - 1].text in _WITH
            and bool(m.keys)
            and m.keys[0] in self.state.index.products[prev.product].keys
            and m.product != prev.product
        )

    def _elliptic_adjective(self, sent: Sentence, prev: Mention | None, m: Mention) -> bool:
        """ "tape-in: 3 paketa 40 cm dhe 2 të gjata 60 cm" beside "Parukë e gjatë": a count and
        an article before a word that is the head of none of its candidates' names (an
        adjective: "2 të gjata" = two long ones) say more of the product named before it in the
        sentence, when that product shares no head word with them ("2 mjaltë mali dhe 1 të
        gështenjës" names the sibling honey)."""
        index = self.state.index
        toks = sent.toks
        s0 = m.start
        if not (
            prev is not None
            and s0 >= 2
            and m.keys
            and not is_attribute(m.keys[0])
            and sum(1 for k in m.keys if not is_attribute(k)) == 1
            and toks[s0 - 1].text in _GENITIVE_ARTICLES
            and number_value(toks[s0 - 2].text) is not None
            and prev.product != m.product
        ):
            return False
        heads_prev = {ph[0] for _s, p in prev.candidates for ph in index.products[p].phrases if ph}
        heads_m = {ph[0] for _s, p in m.candidates for ph in index.products[p].phrases if ph}
        return m.keys[0] not in heads_m and not heads_prev & heads_m

    def _sized_sibling(self, sent: Sentence) -> bool:
        """ "ok make it the big one", "ma mirë të madhin", "lieber die größere": a change that
        names no product, said of the one item whose product has siblings of the same name in
        other sizes ("Whey 1 kg" / "Whey 2.27 kg") and whose variants hold no size: that item
        becomes the largest (smallest) sibling, its variant kept when the sibling sells it."""
        if sent.question or not (sent.has("correct") or sent.has("agree")):
            return False
        said = _concepts(sent, 0, len(sent.toks))
        if ("#large" in said) == ("#small" in said):
            return False
        index = self.state.index

        def plain(e: ProductEntry) -> tuple[str, ...]:
            return tuple(k for k in e.phrases[0] if k[:1] != "=" and not k[:1].isdigit())

        def measure(e: ProductEntry) -> tuple[str, float] | None:
            ms = [k[1:].partition(":") for k in e.phrases[0] if k[:1] == "=" and ":" in k]
            if len(ms) != 1:
                return None
            try:
                return ms[0][0], float(ms[0][2])
            except ValueError:
                return None

        found: list[tuple[Item, int]] = []
        for it in self.state.items:
            entry = index.products[it.product]
            size = measure(entry) if entry.phrases else None
            if size is None or any(spec.order is not None for spec in entry.specs):
                continue  # "the big one" picks among its own variants
            sibs = [
                (m[1], p)
                for p, e in enumerate(index.products)
                if e.phrases and plain(e) == plain(entry)
                for m in (measure(e),)
                if m is not None and m[0] == size[0]
            ]
            if len(sibs) < 2 or len({v for v, _p in sibs}) != len(sibs):
                continue
            pick = (max if "#large" in said else min)(sibs)[1]
            if pick != it.product:
                found.append((it, pick))
        if len(found) != 1:
            return False
        it, pick = found[0]
        old = index.products[it.product]
        new = index.products[pick]
        chosen = old.variants[it.variant] if it.variant is not None else None
        it.product = pick
        it.variant = new.variants.index(chosen) if chosen in new.variants else None
        return True

    def _ordered_by_variant_word(self, sent: Sentence, m: Mention) -> Mention:
        """ "ma bëj 3 sete gotash" when the order holds "Gota uji" (sold as "set 6" / "set 12")
        and the catalog also has "Gota vere": a mention of a product not in the order, whose
        words are name or variant words of exactly one product in the order and which is said
        with a word of that product's variants, names that one."""
        index = self.state.index
        if self.state.find(m.product) is not None:
            return m
        words = set(m.keys)
        said = words | {word_key(t.text) for t in sent.toks[max(0, m.start - 2) : m.end]}
        held = set()
        for it in self.state.items:
            own = index.products[it.product].keys
            varied = {k for spec in index.products[it.product].specs for k in spec.keys} - own
            if words & own and said & varied and words <= own | varied:
                held.add(it.product)
        if len(held) != 1:
            return m
        return Mention(m.start, m.end, [(m.candidates[0][0], held.pop())], m.keys)

    def _sibling_by_variant(self, sent: Sentence, m: Mention) -> Mention:
        """ "un casco rosa" when "casco" is an alias of the adults' helmet (S / M / L) and
        only the children's helmet ("Kaskë për fëmijë") comes in pink: the one product of the
        same kind (the first word of its name) whose variant is said right after the name."""
        if m.ambiguous or self.state.find(m.product) is not None:
            return m
        index = self.state.index
        entry = index.products[m.product]
        hi = min(sent.segment_bounds(m.start)[1], m.end + 3)
        if not entry.specs or m.end >= hi:
            return m
        if match_variant(entry.specs, sent.toks, m.end, hi) is not None:
            return m
        head = entry.phrases[0][:1] if entry.phrases and entry.phrases[0] else ()
        if not head:
            return m
        kin = []
        for e in index.products:
            if e.index == entry.index or not e.phrases or e.phrases[0][:1] != head:
                continue
            h = match_variant(e.specs, sent.toks, m.end, hi)
            # the variant's own words right after the name ("casco rosa"), not a number read
            # as a size ("per djal 7 vjec")
            if (
                h is not None
                and h.start == m.end
                and all(t.text.isalpha() for t in sent.toks[h.start : h.end])
            ):
                kin.append(e.index)
        if len(kin) != 1:
            return m
        return Mention(m.start, m.end, [(m.candidates[0][0], kin[0])], m.keys)

    def _negated(self, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
        """ "raki? jo mani, rrushi", "nje kemishe te bardhe jo slim": a word right after "jo /
        not / non / nicht" names the product not wanted. A mention made only of it goes when
        another product is named; a rival without that word wins a mention holding it."""
        index = self.state.index
        toks = sent.toks
        kept = _not_wanted(sent, mentions)
        if not sent.question and len(kept) < len(mentions):
            # "oktapod nuk dua", "s'po e marr mjaltin": the product refused leaves the order
            self._remove(sent, [m for m in mentions if m not in kept])
        mentions = kept
        first = mentions[0].start if mentions else 0
        removing = {j for s0, e0 in sent.intents.get("remove", ()) for j in range(s0, e0)}
        negated = {
            k
            for k in range(1, len(toks))
            if toks[k - 1].text in NEGATIONS
            and toks[k].text not in NEGATIONS
            and not (k in sent.breaks and _counted_segment(sent, k))
            and k - 1 not in removing  # "doch keine Torte" removes the cake ordered
        }
        # "jo te dora", "not the wrist one", "non la piccola": an article between the negation
        # and the words it refuses
        negated |= {
            k
            for k in range(2, len(toks))
            if toks[k - 1].text in _NEGATION_ARTICLES
            and toks[k - 2].text in NEGATIONS
            and k not in sent.breaks
            and k - 1 not in sent.breaks
            and k - 2 not in removing
        }
        if (
            toks
            and toks[0].text in NEGATIONS
            and sent.has("correct")
            and len(mentions) == 1
            and not _owned(sent, mentions[0])  # "jo, lajsnet i kemi": turned down, no change
            and any(
                it.product == p and not it.tentative
                for _s, p in mentions[0].candidates
                for it in self.state.items
            )
        ):
            # "jo xhamat ma bëj dy", "nein die Tassen nur zwei": the "no" opening a correction
            # that names one product already ordered answers the last message, the product is
            # the one changed
            negated -= {1, 2}
        if sent.question:
            # "a keni X për krah, jo për dore?": in a question only a product named after
            # another one is refused ("a nuk e keni X?" asks about X)
            negated = {k for k in negated if k > first}
        if not negated or removing:
            return mentions  # "jo, kalkulatorin hiqe": the product named is the one removed
        out: list[Mention] = []
        for m in mentions:
            inside = [k for k in range(m.start, m.end) if k in negated]
            if not inside:
                out.append(m)
                continue
            bad = {index.resolve(toks[k].text) for k in inside} - {None}
            if inside[0] == m.start:
                if not sent.question and _owned(sent, m):
                    # "a i vini edhe lajsnet?" ... "jo, lajsnet i kemi": the product asked
                    # about or offered, turned down because the customer has it, is no line
                    self._remove(sent, [m])
                continue  # "jo mani, rrushi": the one not wanted
            said = {k for k in m.keys if k not in bad and not is_attribute(k)}
            rivals = sorted(
                (-len(set(m.keys) & e.keys), p)
                for p, e in enumerate(index.products)
                if said and said <= e.keys and not bad & e.keys
            )
            if bad & index.products[m.product].keys and rivals:
                # "kemishe te bardhe jo slim": the shirt whose name lacks "slim"
                m = Mention(m.start, m.end, [(m.candidates[0][0], rivals[0][1])], m.keys)
            out.append(m)
        return out

    def _postposed_no(self, sent: Sentence, m: Mention) -> bool:
        """ "ah, jelekun jo", "the vest no, he still has last year's", "die Weste nicht": a
        product opening its segment, with a bare no right after it that closes the segment (or
        only the reason for it, or "this time"), is taken out, or not added when only the
        merchant offered it ("kajmak jo këtë herë"), or "sorry" ("ballinat jo më fal"). "Not
        needed" after the product is such a no too ("montimi nuk duhet, e bën mjeshtri", "the
        stand not needed", "Montage nicht nötig"). So is a product right after another one's
        yes ("gjeotekstilin po montimin jo")."""
        if sent.question:
            return False
        lo, hi = sent.segment_bounds(m.start)
        j = m.end
        need = [e for name in _NOT_NEEDED for s, e in sent.spans(name) if s == j]
        if need:
            j = need[0] - 1  # the span's last word, as if it were the bare no
        elif j >= len(sent.toks) or sent.toks[j].text not in _BARE_NO:
            return False
        # "dizajnin e kam vetë, e dërgoj në PDF": who does it is the reason; more may follow
        done = any(s == m.end for s, _e in sent.spans("self_done"))
        if (
            not done
            and j + 1 < hi
            and sent.toks[j + 1].text not in BECAUSE
            and not all(t.text in _THIS_TIME for t in sent.toks[j + 1 : hi])
            and not _apology(sent.toks[j + 1 : hi])
            and not all(t.text in _THANKS for t in sent.toks[j + 1 : hi])
            and not _someone_has(sent, j + 1, hi)
        ):
            # "bravat jo se i kam të vjetrat", "the vest no, because ...": a reason may follow;
            # so may "this time" ("kajmak jo këtë herë"), thanks ("the bag no thanks") or who
            # already has it ("lajsne jo, i ka vëllai", "the stand no, we have one")
            return False
        if any(e == m.start and a > lo for a, e in sent.spans("agree")):
            # "gjeotekstilin po montimin jo", "the handles yes, the locks no", "le tende sì,
            # il montaggio no": the product after another one's yes, refused in the same pair
            return True
        return all(
            t.text in _ARTICLES
            or t.text in _DISCOURSE
            or t.text in _INTERJECTIONS
            or (done and t.text in _DEFINITE)  # "die Montage machen wir selbst"
            for t in sent.toks[lo : m.start]
        )

    def _remove_own_words(self, sent: Sentence) -> bool:
        """ "edhe fletet A4 bosh nje pako" ... "jo fletet harroji, i kam", "the blank sheets"
        ... "the sheets, forget them": a remove word right after or before a word the customer
        named one line with, right beside that line's mention (a word no catalog key or value
        holds), takes that line out, when the word is beside exactly one line's mention."""
        if sent.question or not self.state.items:
            return False
        index = self.state.index
        toks = sent.toks

        def own(k: int) -> str | None:
            """The stem of the word at ``k`` when it can be the customer's own name for goods."""
            if not 0 <= k < len(toks):
                return None
            w = toks[k].text
            if (
                len(w) < 4
                or w in STOPWORDS
                or w in NEGATIONS
                or number_value(w) is not None
                or key_of(w)[:1] in ("#", "=")  # "remove the white ones": a value
                or index.resolve(w) is not None
            ):
                return None
            return stem(w)

        words = {
            w
            for a, e in sent.spans("remove") + sent.spans("cancel")
            if toks[a].text not in WITHOUT  # "pa sheqer", "ohne Zucker": a variant
            for w in (own(a - 1), own(e))
            if w is not None
        }
        if not words:
            return False
        hits = [it for it in self.state.items if words & self._said_words(it)]
        if len(hits) != 1:
            return False
        self.state.items = [it for it in self.state.items if it is not hits[0]]
        return True

    def _said_words(self, it: Item) -> set[str]:
        """The stems of the words right beside the mention the customer named the line ``it``
        by ("edhe fletet A4 bosh nje pako": "fletet" beside "A4 bosh")."""
        words: set[str] = set()
        for h, _named in self.history:
            if h.message != it.message or not h.start <= it.start < h.start + len(h.raw):
                continue
            at = [k for k, t in enumerate(h.toks) if it.start <= h.start + t.start < it.end]
            if at:
                near = (at[0] - 1, at[-1] + 1)
                words |= {
                    stem(w)
                    for k in near
                    if 0 <= k < len(h.toks)
                    and len(w := h.toks[k].text) >= 4
                    and w not in STOPWORDS  # "the air fryer" - "ok black then, no problem"
                }
        return words

    def _put_off(self, sent: Sentence, m: Mention) -> bool:
        """ "krasitjen bëjeni tani. për shartimin ju shkruaj në shkurt", "the frame maybe next
        time", "la cornice la prossima volta": a product followed right after by a hesitation
        ("ju shkruaj", "next time", "e lëmë për vitin tjetër") while the order holds other
        goods is put off, not ordered (an order word in its segment orders it)."""
        if sent.question:
            return False
        lo, hi = sent.segment_bounds(m.start)
        if any(lo <= a < hi for a, _e in sent.spans("order")):
            return False
        if not any(a == m.end and a < hi for a, _e in sent.spans("hesitate")):
            return False  # "me kabllon se ndoshta ke të drejtë": no put-off of the cable
        return any(not it.tentative and it.product != m.product for it in self.state.items)

    def _without_variant(self, sent: Sentence, at: int, mentions: list[Mention]) -> bool:
        """ "senza sacchetto", "ohne Kapuze" when the product is sold "Pa qese" / "Without
        hood": the word says which variant, it removes nothing."""
        if sent.toks[at].text not in WITHOUT:
            return False
        index = self.state.index
        return any(
            "#without" in spec.keys
            for m in mentions
            for _s, p in m.candidates
            for spec in index.products[p].specs
        ) or bool(self._variant_phrase(sent, at, {m.product for m in mentions}))

    def note_packs(self, sent: Sentence, before: dict[int, int] | None = None) -> None:
        """ "Fairy, koli me 12 copë" ... "2 koli": the pack size a sentence states, and the
        items whose count this sentence said in cartons."""
        size = pack_size(sent)
        if size is not None:
            self.pack_size = size
        if before is None:
            return
        counts = pack_counts(sent)
        marked = False
        for it in self.state.items if counts else ():
            if (
                it.quantity in counts
                and before.get(id(it)) != it.quantity
                or (id(it) not in before and it.quantity in counts)
            ):
                it.packs = True
                marked = True
        items = self.state.items
        if (
            counts
            and not marked
            and items
            and (items[-1].quantity in counts or len(counts) == 1 and self.pack_size is not None)
            and not find_mentions(self.state.index, sent.toks, sent.breaks)
        ):
            # "sa e keni bllokun?" ... "me duhet nji palet": a count in pallets / cartons in a
            # sentence naming no product is the count of the product asked about, already 1;
            # "500 blocks" ... "48 per pallet" ... "11 pallets then": it recounts that product
            items[-1].quantity = (
                min(counts) if items[-1].quantity not in counts else items[-1].quantity
            )
            items[-1].packs = True

    def apply_packs(self) -> None:
        """A count said in cartons is that many times the pieces a carton holds, unless the
        product is sold by the carton (its name or variant says so)."""
        if self.pack_size is None:
            return
        for it in self.state.items:
            if not it.packs:
                continue
            e = self.state.entry(it)
            words = " ".join((e.name, e.variants[it.variant] if it.variant is not None else ""))
            if any(t.text in BULK_PACKS for t in tokenize(fold(words))):
                continue
            # both factors are bounded counts: 11 pallets of 48 blocks are 528 pieces
            it.quantity = min(it.quantity * self.pack_size, MAX_QTY * 20)

    def pieces_to_packs(self) -> None:
        """ "100 etiketa" of "Etiketa me emra (pako 100 copë)": a count said in pieces, of at
        least the pieces a pack of the product holds, is the packs that hold them; not a count
        said with a pack word other than the product's own name ("100 pako", but "120
        kavanoza" of "Kavanoz qelqi (pako 12 copë)" is 10)."""
        for it in self.state.items:
            if not it.qty_explicit or it.packs or it.quantity < 2:
                continue
            e = self.state.entry(it)
            pack = pack_of(e.name)
            if pack is None or it.quantity < pack[0]:
                continue
            if not self._said_in_packs(it, e.keys - {key_of(pack[1])} | e.contents):
                it.quantity = -(-it.quantity // pack[0])

    def _said_in_packs(self, it: Item, own: frozenset[str]) -> bool:
        """The count of ``it`` is said before a pack word that is no word of its name."""
        for sent, _named in self.history:
            if sent.message < it.message:
                continue
            toks = sent.toks
            for k in range(len(toks) - 1):
                nxt = toks[k + 1].text
                if (
                    nxt in CONTAINERS
                    and key_of(nxt) not in own
                    and number_value(toks[k].text) == it.quantity
                ):
                    return True
        return False

    def fill_from_history(self) -> None:
        """ "a keni Winterreifen 195/65 R15?" ... "Sava mjafton, 4 Stück": a variant the
        customer said before the product was settled, in a sentence naming no other product, is
        the variant of the item left open (when exactly one variant fits)."""
        for it in self.state.items:
            specs = self.state.entry(it).specs
            if it.variant is not None or not specs:
                continue
            if sum(1 for o in self.state.items if o.product == it.product) > 1:
                continue
            for (sent, named), tied in zip(
                reversed(self.history), reversed(self.history_tied), strict=True
            ):
                if sent.message > it.message or named - {it.product}:
                    continue
                if any(it.product not in t for t in tied):
                    continue
                if sent.message == it.message and sent.start <= it.start < sent.start + len(
                    sent.raw
                ):
                    continue  # its own sentence was read with it ("3-0 2 tuba edhe oksidantin")
                if sent.has("cancel") or sent.has("past") or sent.has("complaint"):
                    continue
                hit = match_variant(specs, sent.toks, 0, len(sent.toks))
                if (
                    hit is not None
                    and sent.message == it.message
                    and not find_mentions(self.state.index, sent.toks, sent.breaks)
                    and self._chose_other(sent, it)
                ):
                    # "me të madhin. a vjen me rrotë?": the words before the wheel, in its own
                    # message, chose the cage's size; they are not the wheel's
                    continue
                if hit is not None:
                    it.variant = hit.index
                    it.variant_key = self._hit_key(sent, hit)
                    break

    def _chose_other(self, sent: Sentence, it: Item) -> bool:
        """The sentence, said after another product's line, chose the variant that line holds."""
        for o in self.state.items:
            if o.product == it.product or o.variant is None:
                continue
            if (o.message, o.start) >= (sent.message, sent.start):
                continue  # a line said later: the sentence could not answer for it
            h = match_variant(self.state.entry(o).specs, sent.toks, 0, len(sent.toks))
            # ... in the very words that chose it
            if h is not None and h.index == o.variant and o.variant_key == self._hit_key(sent, h):
                return True
        return False

    def _share_leading_variant(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "per djalin 8 vjec 2 bluza polo dhe nje pantallona", "size M: two polos and a
        skirt": a variant said before the first product of a list is all of theirs."""
        if len(mentions) < 2 or not mentions[0].start:
            return
        first = self.state.find(mentions[0].product)
        if first is None or first.variant is None or first.message != sent.message:
            return
        entry = self.state.entry(first)
        h = match_variant(entry.specs, sent.toks, 0, mentions[0].start)
        if h is None or h.index != first.variant:
            return
        value = entry.variants[first.variant]
        for m in mentions[1:]:
            it = self.state.find(m.product)
            if it is None or it.variant is not None or it.message != sent.message:
                continue
            own = self.state.entry(it)
            hit = match_variant(own.specs, sent.toks, 0, mentions[0].start)
            if hit is not None and own.variants[hit.index] == value:
                it.variant = hit.index
                it.variant_key = first.variant_key

    def _share_trailing_variant(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "nji qafore edhe nji rrip, masa M": a variant after a list is all of theirs."""
        if len(mentions) < 2:
            return
        last = self.state.find(mentions[-1].product)
        if last is None or last.variant is None or last.message != sent.message:
            return
        value = self.state.entry(last).variants[last.variant]
        for m in mentions[:-1]:
            it = self.state.find(m.product)
            if it is not None and it.variant is None and value in self.state.entry(it).variants:
                it.variant = self.state.entry(it).variants.index(value)
                it.variant_key = last.variant_key

    # --- a product named -------------------------------------------------------------
    @staticmethod
    def _leading_attributes(sent: Sentence, lo: int, stop: int) -> int:
        """ "a white tutu and pink tights", "bluzë të bardhë dhe të zeza xhinse": attribute
        words right after a conjunction and right before the next product's name are that
        product's, not another line of the product before."""
        toks = sent.toks
        if stop <= lo or stop >= len(toks):
            return stop
        k = stop
        other = 0  # one more adjective the lexicons do not know: "pink nylon tights"
        while k > lo:
            t = toks[k - 1].text
            if k in sent.breaks and t not in CONJUNCTIONS and toks[k].text not in CONJUNCTIONS:
                break  # not across a comma
            if lexicon().concept(t) is not None or t in _ARTICLES | _GENITIVE_ARTICLES:
                k -= 1
            elif (
                other == 0
                and k == stop
                and t not in CONJUNCTIONS
                and t.isalpha()
                and number_value(t) is None
            ):
                other = 1
                k -= 1
            else:
                break
        if (
            lo < k < stop
            and toks[k - 1].text in CONJUNCTIONS
            and any(lexicon().concept(t.text) is not None for t in toks[k:stop])
        ):
            return k - 1
        return stop

    def _sub_segments(self, sent: Sentence, start: int, stop: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        k = start
        while k < stop:
            lo, hi = sent.segment_bounds(k)
            hi = min(hi, stop)
            if not all(sent.toks[j].text in CONJUNCTIONS for j in range(k, hi)):
                out.append((k, hi))
            k = hi
        return out

    def _other_than_listed(self, m: Mention, sent: Sentence, tied: list[int]) -> int | None:
        """ "pllakat edhe diskun", "the pads and the disc": a word that fits two products,
        said after one of them was named in the sentence by other words, is the other one."""
        index = self.state.index
        listed = {
            p
            for at, p in self.picked_at
            if at < m.start and index.resolve(sent.toks[at].text) not in m.keys
        }
        rest = [p for p in tied if p not in listed]
        if not listed & set(tied) or len(rest) != 1:
            return None
        return rest[0]

    def _added_head(self, sent: Sentence, m: Mention) -> int | None:
        """ "edhe nje bateri" beside "Trimer me bateri" (ordered) and "Bateri 36V": "also" and
        the word that opens one close candidate's name add that product, not the line whose
        name only holds the word."""
        if not self._adds(sent, m):
            return None
        index = self.state.index
        top = m.candidates[0][0]
        close = [p for s, p in m.candidates if s >= top - 0.5]
        said = {k for k in m.keys if not is_attribute(k)}
        opening = [p for p in close if head_key(index.products[p]) in said]
        if (
            len(opening) == 1
            and self.state.find(opening[0]) is None
            and any(
                _said_before(it, sent) and bool(it.said)  # named by the customer, not proposed
                for p in close
                if p != opening[0] and (it := self.state.find(p)) is not None
            )
        ):
            return opening[0]
        return None

    @staticmethod
    def _adds(sent: Sentence, m: Mention) -> bool:
        """ "edhe / also / anche / auch" stands just before the mention."""
        return any(t.text in _ADDITIVE for t in sent.toks[max(0, m.start - 3) : m.start])

    @staticmethod
    def _said_again(sent: Sentence, m: Mention, it: Item) -> bool:
        """ "2 envelopes …, but as separate envelopes": the line was counted earlier in this
        sentence by the same word, and the word said again has no count of its own (no number
        but an article between the line and it, none just after it)."""
        at = sent.start + sent.toks[m.start].start
        if it.message != sent.message or not sent.start <= it.end <= at or not it.qty_explicit:
            return False
        said = {k for k in m.keys if not is_attribute(k)}
        if not said or not said <= it.said:
            return False  # "çanten e madhe, ate si shopper": another word, which one it is
        between = [t for t in sent.toks[: m.start] if sent.start + t.start >= it.end]
        after = sent.toks[m.end : m.end + 1]
        weak = lexicon().weak_numbers  # "a law office": an article, no count
        return not any(
            number_value(t.text) is not None and t.text not in weak for t in [*between, *after]
        )

    def _pick(self, m: Mention, sent: Sentence, lo: int, hi: int) -> int:
        """An ambiguous mention ("fustane") resolved by the words of its segment ("te kuq")."""
        added = self._added_head(sent, m)
        if added is not None:
            return added
        kin = self._kin(m)
        if kin is not None:
            return kin
        again = self._named_again(m, sent)
        if again is not None:
            return again
        plain = self._plain_peer(m, sent) if len(m.candidates) > 1 else None
        if plain is not None:
            return plain
        if len(m.candidates) > 1 and not m.ambiguous:
            # names that open with the word said ("Montim paneli", "Montim boileri"), not a
            # set that holds it ("Set fillestar gel … base/top" beside "Base / Top")
            said = {k for k in m.keys if not is_attribute(k)}
            # a group key the word reached besides its own ("montimin" → "~jacket" by "mont",
            # a coat) does not keep out a name holding the word itself
            lit = {k for k in said if k[:1] != "~"} or said
            peers = [
                p
                for _s, p in m.candidates[:12]
                if lit <= (e := self.state.index.products[p]).keys and head_key(e) in said
            ]
            companion = self._serves_ordered(m, sent, peers)
            if companion is not None:
                return companion
        if not m.ambiguous and len(m.candidates) > 1:
            # "vetem kompletet" after "kompletin e Barcelones": a word every rival's name holds
            # refers to the product of that kind already in the order
            said = {k for k in m.keys if k[:1] not in "#=" and not k[:1].isdigit()}
            index = self.state.index
            runner = index.products[m.candidates[1][1]]
            # "pralina" is the whole name of one of them: that one; an alias that is only the
            # kind word the rival's name opens with ("dorezat" of "Dorezë me rozetë" beside
            # "Dorezë me pllakë") is no name of its own
            whole = any(
                set(ph) <= set(m.keys) and (k == 0 or len(ph) > 1 or ph[0] != head_key(runner))
                for k, ph in enumerate(index.products[m.product].phrases)
                if ph
            )
            if said and not whole and said <= runner.keys:
                before = [
                    p
                    for _s, p in m.candidates
                    if _said_before(self.state.find(p), sent) and said <= index.products[p].keys
                ]
                if head_key(index.products[m.product]) in said and self._adds(sent, m):
                    # "edhe ni bateri" after "Shpuese me bateri": "also" and the word the best
                    # name opens with add that product, not the one whose name only holds it
                    before = [p for p in before if head_key(index.products[p]) in said]
                if len(before) == 1:
                    return before[0]
        if not m.ambiguous:
            held = self._held_but_container(m, sent)
            if held is not None:
                return held
            peer = self._sold_peer(m, sent, lo, hi)
            return m.product if peer is None else peer
        top = m.candidates[0][0]
        # names that differ only in how many other words they hold tie ("canna" for three rods)
        tied = [p for s, p in m.candidates if s >= top - 0.15]
        other = self._other_than_listed(m, sent, tied)
        if other is not None:
            return other
        said = {k for k in m.keys if k[:1] not in "#=" and not k[:1].isdigit()}
        ordered = []
        index = self.state.index

        def opens(p: int) -> bool:
            ph = index.products[p].phrases
            return bool(ph and ph[0] and ph[0][0] in said)

        # "30 Säcke Pellets": counted anew, it names the sorts whose names open with it ("Pellet
        # A1", "Pellet Eko"), not the "Sobë me pellet" already ordered ("rripi" alone still is
        # the belt of the set ordered)
        heads_tied = all(opens(p) for p in tied) and any(
            number_value(t.text) is not None for t in sent.toks[lo : m.start]
        )
        for _s, p in m.candidates:
            if heads_tied and p not in tied and not opens(p):
                continue
            it = self.state.find(p)
            earlier = it is not None and (
                (it.message, it.end) < (sent.message, sent.start) or self._said_again(sent, m, it)
            )
            if it is not None and earlier and said <= self.state.index.products[p].keys:
                ordered.append(p)
        if len(ordered) == 1 and len(tied) > 1:
            # "the flamingo float" after the floaties ordered: a variant said with the word
            # that only another of the products it names is sold in names that one
            seg_lo, seg_hi = sent.segment_bounds(m.start)
            a, b = max(lo, seg_lo), min(hi, seg_hi)
            if a < b:
                fit = [
                    p
                    for p in tied
                    if match_variant(index.products[p].specs, sent.toks, a, b) is not None
                ]
                if len(fit) == 1 and fit[0] != ordered[0]:
                    return fit[0]
        if len(ordered) == 1:
            return ordered[0]
        keys = {self.state.index.resolve(sent.toks[i].text) for i in range(lo, hi)}
        keys.discard(None)
        scored = sorted(tied, key=lambda p: -len(keys & self.state.index.products[p].keys))
        best = len(keys & self.state.index.products[scored[0]].keys)
        rivals = [p for p in scored if len(keys & self.state.index.products[p].keys) == best]
        seg_lo, seg_hi = sent.segment_bounds(m.start)
        a, b = max(lo, seg_lo), min(hi, seg_hi)
        if a >= b:
            a, b = lo, hi  # a piece after the name ("dhe 10 blu")
        inside = any(t.text in _INTO for t in sent.toks[max(0, m.start - 2) : m.start])
        after = sent.toks[m.end].text if m.end < len(sent.toks) else ""
        # "2 luggage tags": the word said only qualifies a noun the catalog does not know (not
        # a variant of them other than a size: "3 maniglie inox")
        qualifies = (
            after.isalpha()
            and len(after) >= 3
            and index.resolve(after) is None
            and after not in function_words()
            and (
                key_of(after) in SIZE_CONCEPTS
                or not any(
                    match_variant(index.products[p].specs, sent.toks, m.end, m.end + 1)
                    for p in rivals
                )
            )
        )
        if len(rivals) > 1 and not inside:
            # ("ne nji buqet", "in a gift box": how the goods ordered are packed, no product)
            served = None if qualifies else self._serves_ordered(m, sent, rivals)
            if served is not None:
                return served
            options = self.option_words[1] if self.option_words is not None else {}
            if options and not sent.question and not any(map(self.state.find, options)):
                # "ok inverterin atehere" after "Gree on/off 549€, Gree inverter 699€": a word
                # several products hold, said after the merchant offered exactly one of them
                # (none of the offers taken yet)
                offered = [p for p in rivals if p in options]
                if len(offered) == 1:
                    return offered[0]
        if len(rivals) == 1 and len(tied) > 1:
            # "due fari da esterno da 50 watt": a word that shares more letters with one name
            # ("faretto") yields to the one product whose variant is said in full with it
            full = [
                p
                for p in tied
                if (h := match_variant(index.products[p].specs, sent.toks, a, b)) is not None
                and h.score >= 6.0
            ]
            if len(full) == 1 and full[0] != rivals[0]:
                rival = match_variant(index.products[rivals[0]].specs, sent.toks, a, b)
                if rival is None:
                    return full[0]
        fitting = [
            p
            for p in rivals
            if match_variant(self.state.index.products[p].specs, sent.toks, a, b) is not None
        ]
        if len(rivals) > 1 and len(fitting) == 1:
            # "20 balona roze", "nje portofol kafe te erret": the one sold in the variant said
            # with the word, when only one of them is
            return fitting[0]
        if len(rivals) > 1:
            # "crocchette al salmone" for dog food (chicken, lamb) and cat food (salmon,
            # chicken; 1.5 / 4 kg), "boje gri, 15 litra" for two paints sold in 15 L: the one
            # whose variant holds more of the words said with them
            words = _concepts(sent, a, b) | said_measures(sent.toks[a:b])
            holds = {
                p: max((len(words & spec_words(s)) for s in index.products[p].specs), default=0)
                for p in fitting or rivals
            }
            most = max(holds.values())
            partly = [p for p, n in holds.items() if n == most and n > 0]
            if len(partly) == 1:
                self.partly[id(m)] = partly[0]  # the mention's other pieces are of that one
                return partly[0]
        if len(rivals) > 1 and id(m) in self.partly:
            return self.partly[id(m)]
        # "tubi i shkurtri": the short one of the sizes just quoted
        picks = _concepts(sent, a, b) & _SIZE_CHOICES
        quoted = self._quoted_measures(sent, rivals) if picks else None
        if quoted is not None:
            return quoted
        sized = _by_size(self.state.index, rivals, _concepts(sent, a, b))
        if sized is not None:
            return sized  # "fletore te vogla" for "Fletore A4" / "Fletore A5": the A5
        if len(rivals) > 1 and any(it.message < sent.message for it in self.state.items):
            # "ne nji buqet": a generic word after the order was named refers to it; if none
            # of them is in the order, a variant said next may tell which ("Il 6000 va bene?")
            if not any(self.state.find(p) for p in rivals):
                self.waiting = (sent.message, tuple(rivals), sent.question)
            return -1
        self.generic = len(rivals) > 1
        fresh = [p for p in scored if p in rivals and self.state.find(p) is None]
        if self.generic and fresh and fresh[0] != scored[0]:
            # "nje kuti lapsash dhe nje pako lapsa": a word the product just ordered shares
            # with others names another one (which one, the merchant's answer may say)
            return fresh[0]
        return scored[0]

    def _quoted_measures(self, sent: Sentence, rivals: list[int]) -> int | None:
        """ "tubi shitet veç: 650 (1.5 m) ose 800 (2 m)" - "tubi i shkurtri": of the products a
        word fits equally, the one sold in the measures the merchant's message just before
        quoted, when only one of them is (the customer picks by size among them)."""
        if not self.offered or self.offered[0].message != sent.message - 1:
            return None
        said = [m.key for ms in self.offered for m in find_measures(ms.toks)]
        if not said:
            return None
        products = self.state.index.products
        fit = [
            p
            for p in rivals
            if any(same_measure(sp.measure, k) for sp in products[p].specs for k in said)
        ]
        return fit[0] if len(fit) == 1 else None

    def _serves_ordered(self, m: Mention, sent: Sentence, rivals: list[int]) -> int | None:
        """ "me montim" after panels and an inverter, for "Montim paneli" / "Montim boileri" /
        "Montim klime" (or "Montim akumulatori" after "Bateri 12V"): of the products that hold
        the word said and differ by another word (a service or part and the goods it is for),
        the one whose other word is a word of goods already ordered (one root may be cut
        shorter than the other: "akumul" / "akumulator"), when exactly one is and none of them
        is in the order yet."""
        index = self.state.index
        said = {k for k in m.keys if not is_attribute(k)}
        if not said or len(rivals) < 2 or any(self.state.find(p) is not None for p in rivals):
            return None
        # "3 dritare 60 me 120 ..., edhe rrjeta per to": goods named before it in its sentence too
        said_at = sent.start + sent.toks[m.start].start
        held = {
            it.product
            for it in self.state.items[-50:]
            if not it.tentative and (it.message, it.end) <= (sent.message, said_at)
        } - set(rivals)
        ordered = {k for p in held for k in index.products[p].keys if not is_attribute(k)}
        if not ordered:
            return None
        shared = frozenset.intersection(*(index.products[p].keys for p in rivals))
        fit = [p for p in rivals if serves_goods(index.products[p], said | shared, ordered)]
        return fit[0] if len(fit) == 1 else None

    def _plain_peer(self, m: Mention, sent: Sentence) -> int | None:
        """ "kameren e thjeshtë", "the simple one", "la semplice": of the products whose names
        hold every word said, the one whose name adds the fewest (no "4K me kamerë të pasme"),
        when none of them is itself called plain."""
        toks = sent.toks
        near = range(max(0, m.start - 2), min(len(toks), m.end + 3))
        if not any(lexicon().concept(toks[i].text) == "plain" for i in near):
            return None
        index = self.state.index
        said = {k for k in m.keys if k in index.products[m.product].keys}
        peers = [p for _s, p in m.candidates if said and said <= index.products[p].keys]
        if len(peers) < 2 or any("#plain" in index.products[p].keys for p in peers):
            return None
        sizes = sorted((len(index.products[p].keys), p) for p in peers)
        if sizes[0][0] == sizes[1][0]:
            return None
        return sizes[0][1]

    def _held_but_container(self, m: Mention, sent: Sentence) -> int | None:
        """ "nje kuti ushqim per peshqit" ... "beji dy kuti ushqimin": the words of a product
        already in the order, with a container word ("kuti", "box", "Flasche") that only
        another product's name holds ("Ushqim per mace, kuti 85 g"), name the ordered one; the
        container is how it is counted."""
        index = self.state.index
        best = index.products[m.product]
        boxes = {
            index.resolve(sent.toks[i].text)
            for i in range(m.start, m.end)
            if sent.toks[i].text in _CONTAINER_WORDS
        } - {None}
        said = {k for k in m.keys if k not in boxes and not is_attribute(k)}
        if not boxes or not said:
            return None
        ordered = [
            it.product
            for it in self.state.items
            if it.product != m.product
            and it.message < sent.message
            and said <= index.products[it.product].keys
            # the kind it is ("cajin" is ~tea), not a part of it ("qymyr" for a coal grill)
            and (head_key(index.products[it.product]) in said or any(k[:1] == "~" for k in said))
            and not boxes & index.products[it.product].keys
        ]
        if len(set(ordered)) == 1 and said <= best.keys:
            return ordered[0]
        return None

    def _sold_peer(self, m: Mention, sent: Sentence, lo: int, hi: int) -> int | None:
        """ "2 canta, ngjyre hiri" for a trolley bag (blue, pink) and a school bag (… grey): the
        words said fit several names, the best one is not sold in the variant said with them and
        exactly one of the others is: that one."""
        index = self.state.index
        # every word the best name holds ("paint for the outside": #external tells the façade
        # paint from the wall paint, both ~paint), the attributes too
        said = {k for k in m.keys if k in index.products[m.product].keys}
        peers = [p for _s, p in m.candidates if said and said <= index.products[p].keys]
        if len(peers) < 2 or peers[0] != m.product:
            return None
        seg_lo, seg_hi = sent.segment_bounds(m.start)
        lo, hi = max(lo, seg_lo), max(m.end, min(hi, seg_hi))  # its own segment, not the last one's
        if hi < len(sent.toks) and hi in sent.breaks:
            # the segment after the name, when it names no other product ("…, ngjyre hiri")
            nxt = sent.segment_bounds(hi)[1]
            keys = [index.resolve(t.text) for t in sent.toks[hi:nxt]]
            if not any(k is not None and not is_attribute(k) for k in keys):
                hi = nxt
        fitting = [p for p in peers if self._fits_piece(p, sent, lo, hi)]
        return fitting[0] if len(fitting) == 1 and fitting[0] != m.product else None

    def _fits_piece(self, p: int, sent: Sentence, lo: int, hi: int) -> bool:
        """A variant of ``p`` is said in the window, or in one of its counted pieces: "2 mugs,
        one pink one green" names two colours, which tie over the whole window."""
        specs = self.state.index.products[p].specs
        if match_variant(specs, sent.toks, lo, hi) is not None:
            return True
        pieces = split_at_numbers(sent, lo, hi, specs)
        return len(pieces) > 1 and any(
            match_variant(specs, sent.toks, a, b) is not None for a, b in pieces
        )

    def _named_again(self, m: Mention, sent: Sentence) -> int | None:
        """ "shkallët nga graniti për oborr, 15 shkallë me gjatësi 1.20": the kind word every
        rival holds, said again later in the sentence that named one of them by its head word,
        with no "also" between, is that product again (its count and size), not a rival."""
        if len(m.candidates) < 2:
            return None
        index = self.state.index
        said = {k for k in m.keys if not k[:1].isdigit()}
        cands = {p for _s, p in m.candidates}
        earlier = {
            p
            for at, p in self.picked_at
            if at < m.start
            and p in cands
            and said <= (e := index.products[p]).keys
            and head_key(e) in said
            and not any(t.text in _ADDITIVE for t in sent.toks[at : m.start])
        }
        return next(iter(earlier)) if len(earlier) == 1 else None

    def _kin(self, m: Mention) -> int | None:
        """ "flamuj 100x150" ... "edhe nje te qendisur": a mention holding only a describing
        word, no candidate's head word, names the candidate of the same kind (head word) as
        the item last named."""
        if len(m.candidates) < 2 or not self.state.items:
            return None
        index = self.state.index

        def heads(p: int) -> set[str]:
            return {ph[0] for ph in index.products[p].phrases if ph}

        said = {k for k in m.keys if not is_attribute(k)}
        if any(said & heads(p) for _s, p in m.candidates):
            return None
        last = heads(self.state.items[-1].product)
        kin = [p for _s, p in m.candidates if heads(p) & last]
        return kin[0] if len(kin) == 1 else None

    def _mention(
        self,
        sent: Sentence,
        m: Mention,
        lo: int,
        hi: int,
        subs: list[tuple[int, int]],
        commit: bool,
        last: bool,
    ) -> bool:
        index = self.state.index
        product = self._pick(m, sent, lo, hi)
        if product < 0:
            return False
        self.picked.append(product)
        self.picked_at.append((m.start, product))
        entry = index.products[product]
        reason = reason_at(sent, m.end + 1)
        if reason is not None:
            # "tiganin e 20 boje 24sh, se 20 asht i vogel": the reason names no variant
            hi = min(hi, reason)
            subs = [(a, min(b, reason)) for a, b in subs if a < reason]
        # segments naming other variants are items of their own ("nje nr 30 dhe nje nr 33")
        pieces: list[tuple[int, int]] = []
        for a, b in subs:
            if (
                a >= m.end
                and not m.ambiguous
                and sibling_by_concept(index, product, sent.toks, a, b) is not None
            ):
                # "... edhe te zezat po ato te sheshtat po 37": the segment names the sibling
                # in that colour, with its own size; it is one piece, not split at the size
                pieces.append((a, b))
                continue
            pieces.extend(split_at_numbers(sent, a, b, entry.specs))
        sub_hits: list[tuple[int, int, VariantHit | None, int]] = []
        piece_generic: dict[tuple[int, int], bool] = {}
        # "3 bluza te bardha: nji S, dy M": the colour said with the name completes each size
        said = _concepts(sent, lo, hi)
        if len(pieces) >= 2:
            # "zwei Lederarmbänder, 18 mm, eins schwarz und eins braun": the size said once
            # completes each colour
            said |= said_measures(sent.toks[lo : max(b for _a, b in pieces)])
        for k_piece, (a, b) in enumerate(pieces):  # a few pieces without a variant are looked past
            if _size_subject(sent, a, b):
                continue  # "i madhi ka te vetin": the elder one has his own, no size
            if k_piece and a >= m.end and _negated_piece(sent, a, b):
                continue  # "quello col nodo, non l'elastico": the value not wanted
            if m.ambiguous:
                # "Jalousien, drei Stück 80x130 und eine 60x130": each piece's own words pick
                # its product; whether that pick was a guess is the piece's, not the first's
                self.generic = False
                p = self._pick(m, sent, a, b)
                piece_generic[a, b] = self.generic
            else:
                p = product
            if (
                a >= m.end
                and not m.ambiguous
                and any(number_value(t.text) is not None for t in sent.toks[a:b])
            ):
                sib = sibling_by_concept(index, p, sent.toks, a, b)  # "… edhe nje me vanilje"
                p = p if sib is None else sib
            sub_hit = match_variant(index.products[p].specs, sent.toks, a, b)
            if sub_hit is None and said:
                sub_hit = match_variant(index.products[p].specs, sent.toks, a, b, prefer=said)
            if sub_hit is None and sub_hits and sub_hits[-1][2] is not None:
                # "njeri 5 vjec tjetri 10", "one is 5 years old, the other 10": a bare number
                # after a piece that named a range takes that range's unit
                sub_hit = range_by_number(index.products[p].specs, sent, a, b, sub_hits[-1][2])
            has_concept = any(
                (index.resolve(sent.toks[i].text) or "").startswith("#") for i in range(a, b)
            )
            if sub_hit is not None or (m.ambiguous and has_concept):
                sub_hits.append((a, b, sub_hit, p))
            elif all(sent.toks[i].text in STOPWORDS for i in range(a, b)):
                continue  # "and the" before "24 inch"
            elif self._open_piece(sent, a, b, sub_hits):
                # "tre me livando, dy me trëndafil dhe një për lëkurën me puçrra": the last
                # count of a split, its variant not said, is a line whose variant is open
                sub_hits.append((a, b, None, p))
            elif sub_hits or k_piece >= 2:
                break
            elif a >= m.end and not m.ambiguous and b in sent.breaks and _concepts(sent, a, b):
                # "maica per ekskursionin, 15 te bardha: 5 S, 7 M, 3 L": the colour the first
                # piece says of them all, in a segment of its own, completes each size after it
                said = said | _concepts(sent, a, b)
        featured = [x for x in sub_hits if x[2] is None and sent.toks[x[0]].text in _WITH]
        if (
            m.ambiguous
            and len(featured) == 1
            and not any(
                segment_quantity(sent, a, b, set(range(h.start, h.end)) if h else set())
                for a, b, h, _p in sub_hits
            )
        ):
            # "nje torte per 20 veta, me cokollate", "a cake for 20, with chocolate": the
            # feature said after a word several products share names the one item, no second
            product = featured[0][3]
            entry = index.products[product]
            self.picked[-1] = product
            self.picked_at[-1] = (m.start, product)
            sub_hits = []
        if not sub_hits and not m.ambiguous:
            sub_hits = self._inner_split(sent, m, product, hi)
        said_twice = {(h.index, p) for _a, _b, h, p in sub_hits if h is not None}
        if len(said_twice) == 1 and all(h is not None for _a, _b, h, _p in sub_hits):
            sub_hits = sub_hits[:1]  # "the big ones (1kg)": one variant said twice
        main_hit = match_variant(entry.specs, sent.toks, lo, hi) if sub_hits else None
        distinct = main_hit is not None and all(
            h is not None and h.index != main_hit.index for _a, _b, h, _p in sub_hits
        )
        if distinct and self._by_size_word(sent, lo, hi, main_hit, product):
            distinct, main_hit = False, None
        fixes = [c for c, _e in sent.intents.get("correct", ()) if c >= m.end]
        corrected: VariantHit | None = None
        # ("jo 39 me mirë": a value between "no" and "better" is the new one)
        olds = [b for b in (old_value_marks(sent.toks) if fixes else []) if max(fixes) < b]
        gone = [x for x in sub_hits if x[2] is not None and x[2].start in olds]
        if gone and len(gone) == len(sub_hits):
            # "blackout-in ma mirë në gri, jo blu": the value right after "jo" is the one given
            # up; the sentence's other value is the new one
            new = match_variant(entry.specs, sent.toks, lo, hi)
            if new is not None and new.start not in olds:
                sub_hits = [(lo, hi, new, product)]
                distinct, main_hit, corrected = False, None, new
        if fixes and sub_hits and any(h is not None for _a, _b, h, _p in sub_hits):
            # "buzekuq i kuq, jo, me mire nude": the variant after the correction replaces the
            # one said before it in the same sentence
            later = [x for x in sub_hits if x[0] >= min(fixes) or x[1] > min(fixes)]
            if later and (len(later) < len(sub_hits) or distinct):
                sub_hits = later
                distinct = False
                if len(sub_hits) == 1:
                    main_hit = None
                    corrected = sub_hits[0][2]
        first_end = (
            main_hit.end
            if distinct and main_hit is not None
            else (sub_hits[0][2].end if sub_hits and sub_hits[0][2] else -1)
        )
        alternatives = (
            (len(sub_hits) >= 2 or distinct)
            and first_end >= 0
            and not sent.has("correct")
            and any(sent.toks[j].text in _OR for j in range(first_end, sub_hits[-1][1]))
        )
        if alternatives:
            # "disk apo digital?", "s'jam i sigurt disk apo digital", "black or white?": variants
            # offered as alternatives are one line, its variant still open
            sub_hits, distinct, main_hit = [], False, None
        if len(sub_hits) >= 2 or distinct:
            split = {product} | {p for _a, _b, _h, p in sub_hits}
            if sent.has("correct"):
                # "Make it one 400ml lotion and one 250ml": the new split replaces the old line
                self.state.items = [
                    it
                    for it in self.state.items
                    if not (it.product == product and it.message < sent.message)
                ]
            else:
                # "sa kushton sapuni me livande ai i madhi?" ... "dua nje te madh me livande edhe
                # nje te vogel me vanilje": the split orders what was only asked about before
                self.state.items = [
                    it
                    for it in self.state.items
                    if not (it.tentative and it.product in split and it.message < sent.message)
                ]
            counts = [
                segment_quantity(sent, a, b, set(range(h.start, h.end)) if h else set())
                # "4 metra te ngrohte dhe 3 metra rgb" of a strip sold by the metre
                or length_count(index.products[p], sent.toks, a, b, p in self.by_length)
                # "2 kg speca te kuq, 1 kg djegës" of a product sold by the kilo
                or _kilos(index.products[p], sent, a, b)
                for a, b, h, p in sub_hits
            ]
            halves = [
                any(t.text in lexicon().half_words for t in sent.toks[a:b])
                for a, b, _h, _p in sub_hits
            ]
            if len(sub_hits) == 2 and all(halves) and not any(counts):
                # "4 kroasan: gjysma bosh, gjysma me cokollate", "half plain, half chocolate"
                q = quantity_before(sent, m.start, lo, entry.paired, set())
                if q is not None and q[0] % 2 == 0:
                    counts = [q[0] // 2, q[0] // 2]
            total = None
            if distinct and main_hit is not None:
                q = quantity_before(
                    sent, m.start, lo, entry.paired, set(range(main_hit.start, main_hit.end))
                )
                total = q[0] if q else None
                if q is None:
                    # "tigan 24 cm tre cope dhe 28 cm dy": the count after the first variant
                    total = segment_quantity(
                        sent, m.end, hi, set(range(main_hit.start, main_hit.end))
                    )
                # "2 pale kepuce nr 29 dhe 31": the count is shared by the sizes that follow
                # ("2 vida 30 mm edhe 1 të gjatë 50" counts each size on its own)
                if (
                    total == len(sub_hits) + 1
                    and not any(counts)
                    and not any(
                        number_value(t.text) is not None
                        for t in sent.toks[main_hit.end : sub_hits[0][0]]
                    )
                ):
                    total = 1
                # "6 croissant: 4 me cokollate, 2 te thjeshte": a total, then its breakdown
                inner = (
                    segment_quantity(sent, q[1] + 1, hi, set(range(main_hit.start, main_hit.end)))
                    if q
                    else None
                )
                if total and inner and inner + sum(c or 1 for c in counts) == total:
                    total = inner
                relative = all(
                    sent.toks[k].text in STOPWORDS
                    or lexicon().concept(sent.toks[k].text) in ("small", "medium", "large")
                    for k in range(main_hit.start, main_hit.end)
                )
                if not (relative and len(sub_hits) >= 2 and total == sum(c or 1 for c in counts)):
                    # "2 zgjatues te vegjel, one 3m, one 5m": "the small ones" said of the
                    # total, then the sizes that make it, are no line of their own
                    self._add(sent, m, product, total or 1, main_hit, commit, separate=True)
            # "3 polo, 2 te bardha dhe 1 blu": pieces whose words chose different products of a
            # shared name are lines of those products, not open counts of one
            named = m.ambiguous and len({p for _a, _b, _h, p in sub_hits}) >= 2
            for (a, b, h, p), n in zip(sub_hits, counts, strict=True):
                if (a, b) in piece_generic:
                    self.generic = piece_generic[a, b]
                self._add(sent, m, p, max(1, min(n or 1, MAX_QTY)), h, commit, separate=True)
                if h is None and self.state.items[-1].variant is None and not named:
                    self.state.items[-1].open_piece = True
            return True
        extra: tuple[int, int, VariantHit | None, int] | None = None
        if len(sub_hits) == 1 and self._another_line(sent, sub_hits[0], m.end):
            # "drei Flaschen Pulës, und auch eine kleine Flasche davon", "3 te medha, edhe nje
            # te vogel": another line of the product in that variant
            extra = sub_hits[0]
            sub_hits = []
        if len(sub_hits) == 1:
            a, b, _hit, p = sub_hits[0]
            hi = max(hi, b)
            product = p if m.ambiguous else product
            entry = index.products[product]
        trailing: int | None = None
        if len(sub_hits) == 1 and sub_hits[0][0] > 0:
            # "4 qese nga 1 kile", "2 sacks of 5 kg": the count of containers before the size
            before = next((pc for pc in pieces if pc[1] == sub_hits[0][0]), None)
            if before is not None and _links_count(sent, before[1]):
                trailing = counted(sent, before[0], before[1])
        if pieces:
            # "shurup boronice 250 ml, zwei Flaschen": a bare count in a later segment
            for a, b in pieces[len(sub_hits) : len(sub_hits) + 2]:
                if b - a <= 5 and trailing is None:
                    vh = match_variant(entry.specs, sent.toks, a, b)
                    if vh is not None:
                        # "sa kushtojne 250 cope?" for "250 copë": the variant, not 250 of it
                        trailing = counted(sent, a, vh.start) or counted(sent, vh.end, b)
                    else:
                        trailing = counted(sent, a, b) or bare_count(sent, a, b, entry.keys)
                    if trailing is None and not entry.specs:
                        trailing = _weighed_count(entry.name, sent, a, b)
        skip: set[int] = set()
        var_index, mq, used = measure_quantity(entry, sent, lo, hi)
        hit: VariantHit | None = None
        if var_index is not None:
            hit = VariantHit(var_index, 10.0, min(used), max(used) + 1)
            skip |= used
        elif corrected is not None:
            hit = corrected  # the variant after the correction in this sentence
        elif not alternatives:
            old = self._old_value_tokens(sent)
            # "GTA 5 ... per ps4": a number of the product's own name is not its variant
            own = {
                i
                for i in range(m.start, m.end)
                if sent.toks[i].text.isdigit() and sent.toks[i].text in entry.keys
            }
            # "2 big bags" of "Big Bag me marrje": a size word of the product's own name, said
            # with it, names the product, not its largest variant
            j = m.start - 1
            while j >= max(lo, 0) and _own_size_word(sent.toks[j].text, entry.name):
                own.add(j)
                j -= 1
            own |= {
                i for i in range(m.start, m.end) if _own_size_word(sent.toks[i].text, entry.name)
            }
            hit = match_variant(entry.specs, sent.toks, lo, hi, skip=old | own)
            if hit is None and not sent.has("misfit"):
                hit = other_of_two(entry.specs, sent.toks, lo, hi, old - own)
            told = _attribute_told(sent, subs)
            if told is not None:
                # "2 secchi grandi di pittura, colore crema", "nje kove te madhe, ngjyre krem":
                # the size with the name and the colour after a comma name one variant together
                hit = match_variant(entry.specs, sent.toks, lo, told, skip=old | own) or hit
            counted_at = quantity_before(sent, m.start, lo, entry.paired, set())
            if (
                hit is not None
                and counted_at is not None
                and (hit.start, hit.end) == (counted_at[1], counted_at[1] + 1)
                and entry.specs[hit.index].number is None
                and entry.specs[hit.index].measure is None
            ):
                # "dua 2 xhezve" for "2 filxhanë" / "4 filxhanë": the count before the name is
                # no variant whose number comes with words ("te vogla" may still choose one)
                hit = match_variant(
                    entry.specs, sent.toks, lo, hi, skip=old | own | {counted_at[1]}
                )
            if (
                hit is None
                and any(sent.toks[i].text in SAME_WORDS for i in range(lo, hi))
                and self.state.items
            ):
                prev = self.state.items[-1]
                pv = (
                    self.state.entry(prev).variants[prev.variant]
                    if prev.variant is not None
                    else None
                )
                if pv is not None and pv in entry.variants:
                    hit = VariantHit(entry.variants.index(pv), 5.0, m.start, m.end)
        if hit is None:
            hit = pack_variant(entry, sent, lo, hi)  # "ato me 5 copë" for "pako 5"
        if hit is not None:
            skip |= set(range(hit.start, hit.end))
        qty: int | None = mq
        if qty is None:
            q = quantity_before(sent, m.start, lo, entry.paired, skip, entry.name)
            if q is not None and group_tiers(entry.specs, sent.toks, q[1]):
                # "rreth 12 fëmijë" for a party package "deri 10 / 15 / 20 fëmijë": the head
                # count picks the tier, one package
                q = None
            if q is None:
                numeric = any(
                    sp.number or sp.measure or sp.range_ or any(k[:1].isdigit() for k in sp.keys)
                    for sp in entry.specs
                )
                q = quantity_after(sent, m.end, hi, entry.paired, skip, digits=not numeric)
            if (
                q is not None
                and q[0] > MAX_QTY
                and word_key(sent.toks[q[1]].text) in index.variant_codes
            ):
                q = None  # "zetorin 7211 akumulator": a model number the catalog's variants name
            qty = q[0] if q else None
            if (
                q is not None
                and q[1] + 1 == m.start
                and sent.toks[q[1]].text in entry.keys
                and m.keys[0] in entry.keys
                and not _glued_in_name(entry.name, sent.toks[q[1]].text)
            ):
                # "6 shishe shesh t'zi" for "Arkë 6 shishe Shesh i Zi": the number of the name;
                # "2 pako me 6 shishe …": the count is before it
                q = quantity_before(sent, q[1], lo, entry.paired, skip)
                qty = q[0] if q else None
            elif q is not None and any(
                e <= q[1] <= e + 1 for _s, e in sent.intents.get("old_value", ())
            ):
                # "statt zwei Schläuche nur einen", "instead of two, just one": the count after
                # the old one is the new one
                qty = None
                for _s, e in sent.intents.get("only", []) + sent.intents.get("correct", []):
                    v = number_value(sent.toks[e].text) if e < len(sent.toks) else None
                    if v is not None and 1 <= v <= MAX_QTY:
                        qty = int(v)
                        break
            # "trimer nji copë, dhe zwei Rollen …": "one" with a piece word is a count said, not
            # an article a later bare count may replace
            weak = (
                q is not None
                and sent.toks[q[1]].text in lexicon().weak_numbers
                and not (
                    q[1] + 1 < len(sent.toks)
                    and lexicon().concept(sent.toks[q[1] + 1].text) == "piece"
                )
            )
            if trailing is not None and (qty is None or weak):
                qty = trailing
        again = corrected_count(sent, lo, max([hi] + [b for _a, b in subs]), entry.specs)
        if again is not None:
            qty = again  # "dua 3 kek filxhani, jo, 4"
        metres = length_count(
            entry, sent.toks, lo, max([hi] + [b for _a, b in subs]), product in self.by_length
        )
        if metres is not None:
            qty = metres  # "4 metra shirit LED" of a strip sold by the metre
        enough = enough_count(sent)
        if enough is not None and lo <= enough[1] < max(hi, m.end + 3) and enough[1] not in skip:
            qty = enough[0]  # "kallamat, dy mjaftojne": the count said to be enough
        if qty is None and sent.has("correct") and self.state.find(product) is not None:
            qty = self._window_quantity(sent, m.end, hi, self._old_value_tokens(sent) | skip)
        self._add(sent, m, product, qty, hit, commit, separate=False)
        main = self.state.find(product)
        if (
            hit is not None
            and qty is not None
            and qty >= 2
            and main is not None
            and (main.variant, main.quantity) == (hit.index, qty)
            and any(t.text in ONE_OF for t in sent.toks[max(lo, hit.start - 3) : hit.start])
        ):
            # "3 menu dite, njëra vegjetariane": of the three, one is in the variant said, the
            # other two are left open (the merchant's reply may state theirs)
            main.quantity, main.variant, main.variant_key = qty - 1, None, None
            self._add(sent, m, product, 1, hit, commit, separate=True)
        if extra is not None and extra[2] is not None:
            a, b, h, p = extra[0], extra[1], extra[2], extra[3]
            n = segment_quantity(sent, a, b, set(range(h.start, h.end)))
            main = self.state.find(product)
            self._add(sent, m, p, max(1, min(n or 1, MAX_QTY)), h, commit, separate=True)
            if main is not None and main.variant is None and len(entry.specs) == 2:
                main.variant = 1 - h.index  # of two sizes, the other line is in the other one
        if hit is None and entry.specs:
            it = self.state.find(product)
            end = max([hi] + [b for _a, b in subs])  # "nje tute ..., ngjyre hiri"
            heard = said_keys([sent.toks[i].text for i in range(lo, end)])
            heard |= said_measures(sent.toks[lo:end])  # "rripa gome 22 milimetra?"
            # "ne 80 C?" for "80 C nude" / "80 C e zeze": the parts of a variant said, kept
            # for the colour said next
            parts = {k for sp in entry.specs for k in sp.keys if k[:1].isalnum()}
            heard |= {
                t.text
                for t in sent.toks[lo:end]
                if t.text in parts and (t.text[:1].isdigit() or len(t.text) == 1)
            }
            if it is not None and heard:
                it.hints = it.hints | heard
        return True

    def _by_size_word(self, sent: Sentence, a: int, b: int, h: VariantHit | None, p: int) -> bool:
        """ "bottoni piccoli, 15 mm", "vida të vogla, 50 mm": the variant of toks[a:b] chosen
        only by a big/small word with no count beside it, which describes the goods whose size
        is said next; it is no line of the smallest size."""
        return (
            h is not None
            and self.state.index.products[p].specs[h.index].size is None
            and lexicon().concept(sent.toks[h.start].text) in ("small", "large", "medium")
            and not any(number_value(t.text) is not None for t in sent.toks[a:b])
        )

    def _another_line(
        self, sent: Sentence, piece: tuple[int, int, VariantHit | None, int], start: int
    ) -> bool:
        """A piece after the product (from ``start``) that starts with "also / edhe / auch /
        anche" and counts a variant of it: a line of its own, not the product's variant."""
        a, b, h, _p = piece
        if h is None:
            return False
        also = [
            k for k in range(max(start, a - 2), min(b, a + 2)) if sent.toks[k].text in _ADDITIVE
        ]
        return bool(also) and any(
            number_value(t.text) is not None for t in sent.toks[also[0] + 1 : h.end]
        )

    def _asked_of_ordered(self, m: Mention) -> Mention:
        """ "a është i madh kafazi?" after the pigeon cage was ordered: in a question of what
        something is, words the one ordered line's name holds ask about that line, though they
        are another product's alias ("kafaz" of "Kafaz për pula"); they name no new line."""
        if self.state.find(m.product) is not None:
            return m
        named = {p for _sc, p in m.candidates}
        held = {it.product for it in self.state.items if not it.tentative and it.product in named}
        if len(held) != 1:
            return m
        p = held.pop()
        keys = self.state.index.products[p].keys
        if not all(k in keys for k in m.keys if not is_attribute(k)):
            return m
        best = m.candidates[0][0]
        rest = [(sc, q) for sc, q in m.candidates if q != p]
        return Mention(m.start, m.end, [(best + 1.0, p), *rest], m.keys)

    def _drop_possessed(self, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
        """ "the coffee table in walnut to go with my grey sofa", "da abbinare al mio divano",
        "me divanin tim": a product said with "my / mio / mein / tim" beside one that is ordered
        is the customer's own, not ordered (unless it is in the order already)."""
        if len(mentions) < 2:
            return mentions
        toks = sent.toks

        def mine(m: Mention) -> bool:
            k = m.start - 1
            while k >= max(0, m.start - 4) and (
                toks[k].text in _ARTICLES or lexicon().concept(toks[k].text) is not None
            ):
                k -= 1
            if k >= 0 and k >= m.start - 4 and toks[k].text in _MY_BEFORE:
                return True
            j = m.end
            while j < min(len(toks), m.end + 3) and lexicon().concept(toks[j].text) is not None:
                j += 1
            return j < len(toks) and toks[j].text in _MY_AFTER and j not in sent.breaks

        own = [m for m in mentions if mine(m) and self.state.find(m.product) is None]
        if not own or len(own) == len(mentions):
            return mentions
        return [m for m in mentions if m not in own]

    def _without(self, sent: Sentence, m: Mention) -> bool:
        """ "pa emra", "without the name", "senza nome", "ohne Namen": a product said right
        after "without" is what the customer does not want, unless its own name holds the
        word ("Sytjena pa mbushje")."""
        k = m.start - 1
        if k >= 0 and sent.toks[k].text in _ARTICLES:
            k -= 1
        if k < 0 or sent.toks[k].text not in WITHOUT:
            return False
        return not holds_without(self.state.index, {m.product})

    def _variant_phrase(self, sent: Sentence, at: int, products: set[int]) -> int:
        """ "3 Haferdrink ohne Zucker" beside a variant "Pa sheqer": the end of the phrase of a
        variant concept ("sugar free") starting at ``at`` that a variant of one of ``products``
        holds; 0 when there is none."""
        texts = [t.text for t in sent.toks[at : at + 4]]
        lex = lexicon()
        span = next(((a, b) for a, b in lex.variant_phrases.find(texts) if a == 0), None)
        if span is None or span[1] < 2:
            return 0
        keys = lex.variant_keys(lex.variant_of_phrase[tuple(texts[: span[1]])])
        products_ = self.state.index.products
        held = any(set(keys).issubset(sp.keys) for p in products for sp in products_[p].specs)
        return at + span[1] if held else 0

    def _drop_packs(self, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
        """ "pasterme dy pako te vogla", "2 pako derby": a pack word alone beside another product
        in its segment is that product's packing, though a product's name starts with it; so is
        one that comes with a variant of an item in the order ("nji pako 2 kile" for the meat)."""
        out: list[Mention] = []
        for m in mentions:
            if not all(sent.toks[k].text in CONTAINERS for k in range(m.start, m.end)):
                out.append(m)
                continue
            lo, hi = sent.segment_bounds(m.start)
            if any(o is not m and lo <= o.start < hi for o in mentions):
                continue
            if counted(sent, lo, hi) is not None and any(
                sent.segment_bounds(o.start)[1] == lo
                and not all(sent.toks[k].text in CONTAINERS for k in range(o.start, o.end))
                for o in mentions
            ):
                # "sfungjere ato pakot me nga 10, dy pako": the packs counted in the segment
                # after a product are its packing
                continue
            own = {p for _s, p in m.candidates}
            if (
                len(mentions) == 1
                and any(
                    match_variant(
                        self.state.entry(it).specs,
                        sent.toks,
                        lo,
                        hi,
                        skip=set(range(m.start, m.end)),
                    )
                    is not None
                    for it in self.state.items
                )
                # "and the chrome set" for the shower set sold in chrome: the variant is of
                # the product the pack word names itself
                and not any(
                    match_variant(
                        self.state.index.products[p].specs,
                        sent.toks,
                        lo,
                        hi,
                        skip=set(range(m.start, m.end)),
                    )
                    is not None
                    for p in own
                    if self.state.find(p) is not None
                )
            ):
                continue
            last = self.state.items[-1] if self.state.items else None
            if (
                len(mentions) == 1
                and last is not None
                and last.tentative
                and last.product not in {p for _s, p in m.candidates}
                and counted(sent, lo, hi) is not None
                and (lo, hi) == (0, len(sent.toks))  # not "1 palë + 1 kuti"
            ):
                # "дали имате дневни леќи?" then "ми требаат 3 кутии": boxes of the goods just
                # asked about, not the glasses case whose name holds "kutija"
                continue
            out.append(m)
        return out

    def _drop_asides(self, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
        """ "Pralinen (die kleine Box)": a product word in brackets right after a mention
        describes it. "tubin beje 2 metra se nuk arrin deri te furnela": a product of the order
        named in the reason given for another's change is no line of its own."""
        out: list[Mention] = []
        held = {it.product for it in self.state.items}
        for m in mentions:
            if out and m.product in held and m.product != out[-1].product:
                reason = reason_at(sent, out[-1].end)
                if reason is not None and reason < m.start:
                    continue
            if out:
                gap = sent.raw[sent.toks[out[-1].end - 1].end : sent.toks[m.start].start]
                if "(" in gap and ")" not in gap and m.start - out[-1].end <= 3:
                    continue
            out.append(m)
        return out

    def _open_piece(
        self,
        sent: Sentence,
        a: int,
        b: int,
        sub_hits: list[tuple[int, int, VariantHit | None, int]],
    ) -> bool:
        """A later piece of a split by counts ("…, dy me trëndafil dhe një për …", "…, two
        lavender and one for oily skin"), after two or more with their own variants, that
        starts with its count and names no variant: a line of its own, its variant open."""
        if len({h.index for _a, _b, h, _p in sub_hits if h}) < 2:
            return False
        k = a
        while (
            k < b
            and number_value(sent.toks[k].text) is None
            and (sent.toks[k].text in CONJUNCTIONS or sent.toks[k].text in STOPWORDS)
        ):
            k += 1
        return (
            k < b - 1
            and number_value(sent.toks[k].text) is not None
            and not sent.toks[k].text.isdigit()
            and not sent.question
            # "one of each" counts the lines said; "një për lëkurën me puçrra" says what for
            and any(
                t.text not in STOPWORDS and t.text not in _EACH_ONE and number_value(t.text) is None
                for t in sent.toks[k + 1 : b]
            )
        )

    def _inner_split(
        self, sent: Sentence, m: Mention, product: int, hi: int
    ) -> list[tuple[int, int, VariantHit | None, int]]:
        """ "due cupcake alla vaniglia e due al cioccolato": counts inside the mention's own
        segment, each with its variant, are items of their own."""
        specs = self.state.index.products[product].specs
        pieces = split_at_numbers(sent, m.end, hi)
        if len(pieces) < 2 or not specs:
            return []
        if sent.intents.get("old_value"):
            return []  # "160 instead of 180": one value replaces the other
        hits = [match_variant(specs, sent.toks, a, b) for a, b in pieces]
        if any(h is None for h in hits[1:]) or len({h.index for h in hits if h}) < 2:
            return []
        if any(
            h is not None and h.start <= a and sent.toks[a].text not in SIZE_KEYWORDS
            for (a, _b), h in zip(pieces[1:], hits[1:], strict=True)
        ):
            # each later piece starts with its own count, not with the variant, unless with a
            # size word and its number ("numero 12 tre confezioni e numero 10 due")
            return []
        q = quantity_before(sent, m.start, 0, False, set())
        if q is not None and number_value(sent.toks[pieces[0][0]].text) is None:
            # the first count is said before the name; when the first piece has its own
            # ("kater karrige dy blu dy jeshile"), the count before the name is their total
            pieces[0] = (q[1], pieces[0][1])
        return [(a, b, h, product) for (a, b), h in zip(pieces, hits, strict=True) if h]

    def _add(
        self,
        sent: Sentence,
        m: Mention,
        product: int,
        qty: int | None,
        hit: VariantHit | None,
        commit: bool,
        separate: bool,
    ) -> None:
        state = self.state
        sizes = size_not_count(state.index.products[product], qty)
        if sizes:
            qty = None
            if hit is None and len(sizes) == 1:
                hit = VariantHit(sizes[0], 5.0, m.start, m.end)
        if qty is not None or hit is not None:
            self.last_counted = True
        tentative = (
            (sent.question or _asked_in_part(sent, m))
            and not commit
            and not ((qty is not None or hit is not None) and _added_before_asking(sent, m))
        )
        existing = None if separate else state.find(product)
        if (
            existing is not None
            and hit is not None
            and qty is not None
            and existing.variant not in (None, hit.index)
        ):
            # "disqet e 5 kg beji 2" with lines of 5 kg and 10 kg: the 5 kg line's count changes
            # ("karriget te gjitha gri" still makes the last line grey)
            same = [it for it in state.items if it.product == product and it.variant == hit.index]
            existing = same[-1] if same else existing
        vkey = self._hit_key(sent, hit)
        if (
            existing is not None
            and existing.message == sent.message
            and hit is not None
            and existing.variant is not None
            and existing.variant != hit.index
        ):
            existing = None  # same product, two variants in one message: two items
        if (
            existing is not None
            and hit is not None
            and existing.variant not in (None, hit.index)
            and not sent.has("correct")
            and any(t.text in _ADDITIVE for t in sent.toks[max(0, m.start - 3) : m.start])
        ):
            existing = None  # "edhe nji shall të bardhë", "also a white scarf": another line
        waiting, self.pending_count = self.pending_count, None
        if (
            qty is None
            and waiting is not None
            and 0 < sent.message - waiting[0] <= 3
            and (existing is None or existing.message > waiting[0] and not existing.qty_explicit)
        ):
            qty = waiting[1]  # "dy shishe te bardha" ... (the merchant names it) ... "pulesin"
        if existing is None:
            self._drop_vaguer(sent, m, product)
            state.items.append(
                said_line(
                    sent,
                    m.start,
                    m.end,
                    product,
                    qty,
                    hit,
                    vkey,
                    tentative,
                    said=frozenset(m.keys),
                    weak=self.generic,
                )
            )
            self.generic = False
            if tentative:
                state.question_items.append(len(state.items) - 1)
            return
        if (
            qty is not None
            and existing.message < sent.message
            and (hit is None or hit.index == existing.variant)
            and _one_more(sent, m)
        ):
            # "edhe ni kafe tjetër", "one more coffee", "noch ein Brot", "un altro caffè": that
            # many more of the line already ordered
            qty = existing.quantity + qty
        if qty is not None:
            existing.quantity = max(1, min(qty, MAX_QTY))
            existing.qty_explicit = True
        if hit is not None:
            existing.variant = hit.index
            existing.variant_key = vkey
        if not tentative:
            existing.tentative = False
        existing.said = existing.said | frozenset(m.keys)
        existing.weak = existing.weak and self.generic
        self.generic = False
        # the latest mention is where the conversation now points
        state.items.remove(existing)
        state.items.append(existing)

    def _drop_vaguer(self, sent: Sentence, m: Mention, product: int) -> None:
        """ "a ma dergoni kostumin?" ... "dua kostumin blu slim 48": an earlier line named only
        by words the new mention also says, without a variant or a count, was this product
        said vaguely; it goes ("edhe kostumin ..." adds one)."""
        if any(t.text in _ADDITIVE for t in sent.toks[: m.start + 1]):
            return
        words = {k for k in m.keys if not is_attribute(k)}
        for it in list(self.state.items):
            said = {k for k in it.said if not is_attribute(k)}
            if (
                it.product != product
                and it.message < sent.message
                and it.variant is None
                and not it.qty_explicit
                and said
                and said <= words
                and len(words) > len(said)
            ):
                self.state.items.remove(it)

    def _take_glossed(self, sent: Sentence) -> bool:
        """The line left without a variant takes the one the customer names by a word the
        merchant's last message said beside it (``variants.glossed_variant``); not in words that
        say the customer does not know which ("s'e di çfarë hamsteri është", "I don't know which
        dog it is", "non so quale")."""
        if not self.offered or sent.question or sent.has("dont_know"):
            return False
        for it in reversed(self.state.items):
            specs = self.state.entry(it).specs
            if it.variant is not None or len(specs) < 2:
                continue
            key = (self.offered[0].message, it.product)
            if key not in self._glosses:
                keys = self.state.entry(it).keys
                named = frozenset(
                    t.text
                    for s in self.offered
                    for t in s.toks
                    if self.state.index.resolve(t.text) in keys
                )
                self._glosses[key] = variant_glosses(specs, self.offered, function_words(), named)
            h = glossed_variant(self._glosses[key], sent, function_words())
            if h is None:
                return False
            it.variant, it.variant_key = h.index, self._hit_key(sent, h)
            return True
        return False

    def _hit_key(self, sent: Sentence, hit: VariantHit | None) -> str | None:
        if hit is None:
            return None
        words = [sent.toks[i].text for i in range(hit.start, hit.end)]
        keys = [self.state.index.resolve(w) or w for w in words]
        return " ".join(keys)


def _kept(
    mentions: list[Mention], drop: Callable[[Mention | None, Mention], bool]
) -> list[Mention]:
    """The mentions ``drop`` keeps, each judged beside the last one kept before it."""
    out: list[Mention] = []
    for m in mentions:
        if not drop(out[-1] if out else None, m):
            out.append(m)
    return out
