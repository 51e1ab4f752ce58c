"""Is there a committed order? Commit and retreat signals over the customer's sentences.

A commit is an order phrase ("po du", "I'll take", "vorrei", "ich möchte", "the same order
again"), a bare item list, or delivery details (address or phone) given by the customer. A
retreat is hesitation ("po e mendoj", "I'll think about it", "ci penso"), a cancellation, a
wholesale/quote request, or the merchant declining or confirming a cancellation ("u anulua",
"e anulojmë", "storniert"). The order stands when the last commit comes after the last
retreat. Messages about an earlier purchase (returns, complaints, "where is my order") do not
commit: not their item lists, and not the details the customer gives afterwards to identify that
earlier order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plugins.parser_rules.lexicon import word_set
from plugins.parser_rules.numbers import time_after
from plugins.parser_rules.segments import Sentence, starts_like_question

_TOPICS = word_set("variant_topics")
_CANCEL_IT = word_set("cancel_it")
_OR = word_set("or_words")
_NEGATIONS = word_set("negations") | frozenset(["ne", "hayir"])
# the shoe or clothing size as "the number", in the merchant's words ("çfarë numri?")
_PAY_WAYS = word_set("payment_methods")
_COME = word_set("come_words")
_SIZE_NUMBER = word_set("size_number")

DETAILS = "details"
PICKUP = "pickup"  # the customer comes for the goods
REORDER = "reorder"  # "the same order again": an order that names no goods


@dataclass
class Timeline:
    commits: list[tuple[int, int, float, str]] = field(
        default_factory=list
    )  # (message, position, strength, kind)
    retreats: list[tuple[int, int]] = field(default_factory=list)
    # the customer's cancellations and hesitations, by message, that a later "only ..." sentence
    # of the same message may turn into a narrowing ("X nuk na duhet. vetëm Y")
    droppable: list[tuple[int, int]] = field(default_factory=list)
    past_messages: set[int] = field(default_factory=set)  # about an earlier purchase
    status_messages: set[int] = field(default_factory=set)  # ... that name it ("kur vjen?")
    item_messages: set[int] = field(default_factory=set)  # customer messages that name items
    last_merchant: int = -1  # the merchant's latest message
    declined: int = -1  # the merchant's latest message that declines
    offer: int = -1  # ... and proposes something instead ("s'kemi 500 g, 2 x 250 g?")
    variant_asked: int = -1  # the merchant's latest message that asks for a size, colour…
    summed: int = -1  # the merchant's latest message that sums prices ("460 + 42 + 160 = 662€")

    def commit(self, msg: int, pos: int, strength: float = 1.0, kind: str = DETAILS) -> None:
        """A commit; the caller's own calls (without a kind) are delivery details given."""
        self.commits.append((msg, pos, strength, kind))

    def retreat(self, msg: int, pos: int) -> None:
        self.retreats.append((msg, pos))

    def _about_earlier_purchase(self) -> bool:
        """The customer spoke of an earlier purchase and named no item outside those messages."""
        return bool(self.past_messages) and not (self.item_messages - self.past_messages)

    def decided(self) -> tuple[bool, float]:
        # "porosia e djeshme kur vjen? pampers nr 2 edhe vaska": the list in a message about an
        # earlier order describes that order
        commits = [c for c in self.commits if not (c[3] == "list" and c[0] in self.status_messages)]
        if self._about_earlier_purchase():
            # "porosia ime kur vjen?" - "ne cfare emri?" - "Ana, 069...": details that identify
            # an earlier order do not place a new one
            commits = [c for c in commits if c[3] != DETAILS]
            # "kam porositur një portret … Kur del?" - "ok, e dua për të shtunën", "kamera që ma
            # keni montu nuk lidhet" - "i du paret": an order word in a message that names no
            # goods speaks of that earlier order (or its money), not of a new one
            commits = [c for c in commits if c[0] in self.item_messages or c[3] == REORDER]
        strong = [(m, p) for m, p, s, _k in commits if s >= 1.0]
        if not strong:
            return False, 0.0
        last_commit = max(strong)
        last_retreat = max(self.retreats) if self.retreats else (-1, -1)
        ok = last_commit > last_retreat
        total = sum(s for _m, _p, s, _k in commits)
        return ok, min(1.0, 0.4 + 0.15 * total)


# hesitations that refuse the order ("e shtrenjtë", "s'kam nevojë", "s'po e marr"), unlike a
# promise to tell the variant later ("e pyes motrën e ju shkruaj")
_PUTS_OFF = ("shtrenjt", "nevoj", "marr", "no need", "pass")


def _tells_later(sent: Sentence) -> bool:
    """The customer's hesitation promises an answer ("e pyes motrën e ju shkruaj", "I'll ask
    him and let you know"), not a refusal ("e shtrenjtë", "maybe later")."""
    said = [" " + " ".join(t.text for t in sent.toks[s:e]) for s, e in sent.spans("hesitate")]
    return not any(w in x for x in said for w in _PUTS_OFF)


def _comes_at(sent: Sentence, s: int, e: int) -> bool:
    """The hesitation at ``s:e`` is the customer's coming ("do vij", "I'll come by") followed
    by a clock hour or some minutes ("do vij ne 5", "vij per 15 minuta", "coming at 5"): an
    appointment to bring or fetch the goods (a repair, a booking), not a putting off."""
    toks = sent.toks
    return any(t.text in _COME for t in toks[s:e]) and time_after(toks, e) is not None


def past_message(sentences: list[Sentence]) -> bool:
    """A message about an earlier purchase: a return, a complaint, a delivery status."""
    return any(s.has("past") or s.has("complaint") for s in sentences)


def _offers_choice(sent: Sentence) -> bool:
    """The merchant's question offers a choice between two things ("të vegjël apo të
    mëdhenj?", "white or pink?"), not "or not" ("apo jo?", "oder nicht?")."""
    texts = sent.texts
    return any(
        t in _OR and 0 < k < len(texts) - 1 and texts[k + 1] not in _NEGATIONS
        for k, t in enumerate(texts)
    )


def _sends_payment(sent: Sentence, s: int, e: int) -> bool:
    """The customer's "I'll send" is the payment: a way to pay within three words before it or
    an amount right after it ("bank transfer, send details", "I'll send the 3500 now", "po i
    dërgoj 50 euro"): paying for the order, not putting it off."""
    toks = sent.toks
    if any(t.text in _PAY_WAYS for t in toks[max(0, s - 3) : e + 3]):
        return True
    return any(t.text.isdigit() or t.text.replace(".", "").isdigit() for t in toks[e : e + 2])


def comes_for_goods(sent: Sentence) -> bool:
    """The customer says they will come for the goods: a pickup ("vij vetë mbas 6", "I'll pick
    it up") or their coming on a day or at an hour ("vij sot pas 5", "vij për 15 minuta",
    "coming tomorrow at 10"); not a visit to look first ("vij në dyqan ta shoh": a hesitation)."""
    if sent.question:
        return False
    toks = sent.toks
    hesitations = [(s, e) for s, e in sent.spans("hesitate") if not _comes_at(sent, s, e)]
    if hesitations or sent.spans("cancel"):
        return False
    if sent.spans("pickup"):
        return True
    days = {s for s, _e in sent.spans("when")}
    for k, t in enumerate(toks):
        if t.text not in _COME:
            continue
        if _comes_at(sent, k, k + 1) or any(k < d <= k + 2 for d in days):
            return True
    return False


def _pay_way_near(sent: Sentence, s: int, e: int) -> bool:
    """A way to pay within three words of the merchant's decline ("PayPal s'kemi", "we don't
    take cards", "non accettiamo carte di credito"): the decline is of the way to pay."""
    return any(t.text in _PAY_WAYS for t in sent.toks[max(0, s - 3) : e + 3])


def read_merchant(tl: Timeline, sent: Sentence) -> None:
    """The merchant declines ("mi dispiace, solo Albania", "out of stock"), confirms a
    cancellation ("S'ka problem, u anulua", "Ok, storniert") or answers as to a wholesale
    enquiry ("për shumicë ju dërgojmë ofertën"): a retreat."""
    tl.last_merchant = sent.message
    if not _TOPICS.isdisjoint(sent.texts) or not _SIZE_NUMBER.isdisjoint(sent.texts):
        # "Çfarë mase?", "Kur ta mësoni numrin na shkruani", "which colour?"
        tl.variant_asked = sent.message
    elif sent.question and _offers_choice(sent):
        # "I doni të vegjël (180 g) apo të mëdhenj (380 g)?": a choice offered asks for it too
        tl.variant_asked = sent.message
    # "Për shumicë kemi çmim tjetër, ju thërret pronari": a wholesale answer is a retreat too
    # "PayPal s'kemi, vetëm para në dorë", "Sorry, we don't take cards": a way to pay is
    # declined, not the goods
    pay = any(_pay_way_near(sent, s, e) for s, e in sent.spans("decline"))
    # "Ok: 48 menu, 8 tavolina … Adresa?" - "Rr. …, Ermal 072 …" - "ju dërgoj ofertën e plotë":
    # after the customer listed the goods and gave the delivery details, the merchant's
    # "offer" is the written quote of that order, no answer to a wholesale enquiry
    placed = {k for _m, _p, st, k in tl.commits if st >= 1.0} >= {DETAILS, "list"}
    for kind in ("decline", "cancelled", "inquiry"):
        for s, _e in sent.spans(kind):
            if kind == "decline" and pay or kind == "inquiry" and placed:
                continue
            tl.retreat(sent.message, sent.start + sent.toks[s].start)
            if kind == "decline":
                tl.declined = sent.message
    if sent.question and tl.declined == sent.message:
        # "500 g na ka mbaruar, t'ju dergojme 2 x 250 g?": a yes to the proposal commits
        tl.offer = sent.message
    if not sent.question and _SUMMED.search(sent.raw):
        # "Libër 460€ + 21 shenja 42€ + montim 160€ = 662€" - "ok": a yes to the shop's sum of
        # the order's prices commits, as a yes to its proposal does
        tl.summed = sent.message


# a sum the shop computes: an amount, "+", more amounts, "=" and the result ("3.5€" keeps its dot)
_SUMMED = re.compile(r"\d[^=!?\n]{0,200}\+[^=!?\n]{0,300}=\s*€?\s*\d")


def asks(sent: Sentence) -> bool:
    """A price or stock question, with or without its "?" ("xhupi i zi sa kushton", "e keni ne
    stok", "Was kostet die Jacke"): the items it names are asked about, not listed to order."""
    after = {e for _s, e in sent.spans("relative")}
    ifs = [e for _s, e in sent.spans("conditional")]
    # not in a relative clause ("si ajo qe keni ne vitrine") or a condition ("nese i keni")
    return bool(sent.spans("want_to_know")) or any(
        s not in after and not any(s - 4 <= e <= s for e in ifs) for s, _e in sent.spans("asks")
    )


def _info_requests(sent: Sentence) -> list[int]:
    """Where a photo, video or details are asked for ("nje foto te xhupit"); not a pointing
    ("ate ne foto", "kete foto", "the one in the photo")."""
    pointing = {s for kind in ("place_word", "demonstrative") for s, _e in sent.spans(kind)}
    return [s for s, _e in sent.spans("info_request") if s - 1 not in pointing]


def read_sentence(
    tl: Timeline,
    sent: Sentence,
    named_items: bool,
    has_items: bool,
    past: bool,
    counted: bool = True,
    requested: bool = False,
) -> None:
    pos = sent.start
    if named_items:
        tl.item_messages.add(sent.message)
    if sent.has("past") or (
        sent.has("complaint") and not sent.question and not sent.spans("conditional")
    ):
        # "dje bëra masazh 60 min … nuk jam e kënaqur": the list in a complaint describes what
        # was had, as in a message about an earlier order (not "a mund t'i kthej nëse …?", a
        # question on returns beside a new order)
        tl.status_messages.add(sent.message)
    question = sent.question or starts_like_question(sent) and not sent.has("order")
    # token spans of the retreats taken, and of "dua te di", "I'd like to know", "vorrei sapere"
    held: list[tuple[int, int]] = list(sent.spans("want_to_know"))
    cancelled = False
    # "anulojme porosine e dollapit" cancels the order; "anuloni filxhanat nga porosia" an item
    places = {s for s, _e in sent.spans("place_word")}
    whole = any(not {s - 1, s - 2} & places for s, _e in sent.spans("the_order"))
    # "Sorry, anuloje, vajza nuk i do as rozë as blu": "cancel it" cancels the order, whatever
    # colours the reason names
    whole = whole or any(
        " ".join(t.text for t in sent.toks[s:e]) in _CANCEL_IT for s, e in sent.spans("cancel")
    )
    # "mos e dergoni sot, por neser", "don't send it today": the delivery moves, the order stays
    moved = sent.spans("hold_delivery") if sent.spans("when") else []
    # "per mua s'me duhet, vetem per cunat", "not for me, only for the kids": the order is
    # narrowed to what "only" keeps, not cancelled
    narrowed = has_items and not whole and not sent.has("want_to_know")
    for kind in ("hesitate", "cancel", "elsewhere", "inquiry"):
        if kind == "cancel" and named_items and not whole:
            continue  # "annullate il rossetto": an item is dropped, the order stands
        if kind == "hesitate" and has_items and not _TOPICS.isdisjoint(sent.texts):
            continue  # "the flavour I'll tell you tomorrow": the variant is open, not the order
        if (
            kind == "hesitate"
            and has_items
            and tl.variant_asked >= 0
            and tl.variant_asked == tl.last_merchant
            and any(k == DETAILS and m < sent.message for m, _p, _s, k in tl.commits)
            and _tells_later(sent)
        ):
            # "Only the size is missing" - "ok, I'll ask my sister and write": after the
            # delivery details, a deferral answering the merchant's question for the variant
            # leaves the variant open, not the order
            continue
        # "elsewhere": bought or found elsewhere, given as a present - whatever items it names
        for s, e in sent.spans(kind):
            if kind == "hesitate" and _comes_at(sent, s, e):
                continue  # "do vij ne 5", "vij per 15 minuta": an appointment, not a delay
            if kind == "cancel" and sent.toks[s].text == "mos" and not has_items:
                continue
            if any(ms <= s < me for ms, me in moved):
                continue
            if kind == "hesitate" and _sends_payment(sent, s, e):
                continue  # "bank transfer, send details", "I'll send the 3500 now": paying
            if (
                (kind == "cancel" or kind == "hesitate" and named_items)
                and narrowed
                and any(o >= e for o, _e in sent.spans("only"))
            ):
                # "jo guidën, atë herë tjetër, vetëm biçikletat": the order is narrowed to the
                # goods named after "only"
                continue
            tl.retreat(sent.message, pos + sent.toks[s].start)
            if kind in ("cancel", "hesitate"):
                tl.droppable.append((sent.message, pos + sent.toks[s].start))
            held.append((s, e))
            cancelled |= kind in ("cancel", "elsewhere")
    if tl.declined >= 0 and tl.declined == tl.last_merchant:
        # "L curl nuk e kemi, pritet javën tjetër" - "mu më duhet L, kur t'ju vjen ma tregoni":
        # waiting for what the shop lacks, to be told when it comes in, orders nothing now
        for s, _e in sent.spans("restock"):
            tl.retreat(sent.message, pos + sent.toks[s].start)
    if past:
        return
    if (
        named_items
        and not cancelled
        and not sent.question
        and any(o <= 1 or all(hs < o for hs, _he in held) for o, _e in sent.spans("only"))
    ):
        # "scusa, la bashkësia nuk na duhet. vetëm martesën": the sentence after the
        # cancellation keeps only what it names; the message narrows the order
        dropped = {r for r in tl.droppable if r[0] == sent.message}
        tl.retreats = [r for r in tl.retreats if r not in dropped]
        if tl.last_merchant == sent.message - 1 and not tl.past_messages and not asks(sent):
            # "2 L dhe 1 M … Doni edhe turin?" - "jo guidën, vetëm biçikletat": keeping only some
            # of what the shop proposed takes those
            tl.commit(sent.message, pos + sent.toks[0].start, 1.0, "list")
    polite = sent.spans("polite")
    shipping = sent.intents.get("shipping", []) if sent.question else []
    info = _info_requests(sent)
    for s, e in sent.intents.get("order", ()):
        if any(s < he and hs < e for hs, he in held):
            continue  # "s'po e marr", "nuk e dua më": the order words inside a retreat
        if any(
            ws < s and sent.segment_bounds(ws) == sent.segment_bounds(s)
            for ws, _we in sent.spans("want_to_know")
        ):
            continue  # "dua vetëm me ditë kush e merr përsipër": what is asked about
        if cancelled and (s, e) in polite:
            continue  # "storno bitte", "annulla per favore": politeness, not an order
        if any(hs <= s and e <= he for hs, he in shipping):
            continue  # "a dergoni ne Kosove xhupin?": the verb asks about shipping
        if any(e <= i <= e + 4 for i in info):
            continue  # "me dergoni nje foto te xhupit", "send me a photo": not the goods
        if any(ls < s for ls, _le in sent.spans("too_late")):
            continue  # "3 javë është vonë, më duhen për fundjavën": a need the shop cannot meet
        if named_items or has_items:
            # "po të jetë çmimi i mirë, marr edhe plehun": an order on a condition is weak; so is
            # a question after a message about an earlier purchase ("a vjen korieri me e marr?"
            # asks how that order is returned or exchanged)
            conditional = any(c < s for c, _e in sent.spans("conditional"))
            after_past = any(m < sent.message for m in tl.past_messages)
            named = named_items and not (question and after_past)
            tl.commit(
                sent.message,
                pos + sent.toks[s].start,
                1.0 if (named or not question) and not conditional else 0.5,
                "order",
            )
    if requested and not held and not cancelled:
        # "a mundeni me m'i kopju 4 çelsa?", "a mund t'i gdhendni dy unaza?": asking the shop
        # to do it for the goods named orders as "I'd like" does; a hesitation after it retreats
        tl.commit(sent.message, pos + sent.toks[0].start, 1.0, "order")
    for s, e in sent.spans("reorder"):
        if not any(s < he and hs < e for hs, he in held):
            # "ma bëni sot të njëjtën porosi", "the same order again": an order before any goods
            # are named (the merchant reads back the earlier order's)
            tl.commit(sent.message, pos + sent.toks[s].start, 1.0, REORDER)
    if (
        named_items
        and not question
        and (counted or (bool(polite) and not tl.past_messages))
        and not cancelled
        and not asks(sent)
        and not sent.spans("bought")
        and not info
    ):
        # a bare list ("raft muri i zi x2, ora muri x1") commits when it counts or picks
        # variants, or asks for them politely ("goat cheese please"); not one that asks about
        # them or says they were bought ("bleva ... 10-11 vjec por i vjen i madh"); after a
        # message about an earlier purchase, "please" asks about that order ("ju lutem
        # kontrolloni mire, dasma eshte te shtunen"), so only a count commits there
        tl.commit(sent.message, pos + sent.toks[0].start, 1.0, "list")
    if (
        has_items
        and not cancelled
        and not held
        and tl.last_merchant >= 0
        and not tl.past_messages
        and comes_for_goods(sent)
    ):
        # "10 m lajsne + 10 kënde. I merrni vetë?" - "po vij sot pas 5": coming for the goods
        # the shop answered about settles the order as delivery details do
        tl.commit(sent.message, pos + sent.toks[0].start, 1.0, PICKUP)
    if has_items and sent.has("agree") and not question:
        accepted = tl.offer >= 0 and tl.offer == tl.last_merchant
        accepted |= tl.summed >= 0 and tl.summed == tl.last_merchant
        tl.commit(sent.message, pos, 1.0 if accepted else 0.5, "agree")
