"""The parser: one episode of a conversation + the shop's catalog -> an ExtractedOrder."""

from __future__ import annotations

import re

from core.plugin_api import (
    Catalog,
    ConversationMessage,
    Evidence,
    ExtractedItem,
    ExtractedOrder,
    ParseContext,
)
from plugins.parser_rules.arithmetic import stated_counts
from plugins.parser_rules.bundles import collapse_bundles
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.contact import (
    Candidate,
    Details,
    address_asked_in,
    blank,
    merchant_city,
    read_back_city,
    route_start,
    scan_message,
)
from plugins.parser_rules.corrections import wants_something
from plugins.parser_rules.delivery_line import add_delivery_line, by_destination
from plugins.parser_rules.detect import (
    DETAILS,
    PICKUP,
    Timeline,
    past_message,
    read_merchant,
    read_sentence,
)
from plugins.parser_rules.free_items import FreeItems
from plugins.parser_rules.guessed import guessed
from plugins.parser_rules.included import drop_included, included_by_shop
from plugins.parser_rules.item_state import MAX_QTY, Item, ItemState
from plugins.parser_rules.items import ItemReader
from plugins.parser_rules.lexicon import has_intent, lexicon, word_set
from plugins.parser_rules.memo import memoised_text, per_conversation
from plugins.parser_rules.names import addressed_words, known_given, plausible_name
from plugins.parser_rules.normalize import clean, fold, tokenize
from plugins.parser_rules.numbers import number_value
from plugins.parser_rules.open_variants import fill_open_variants, shop_concluded_variants
from plugins.parser_rules.per_unit import (
    cans_for_amount,
    for_us_counts,
    merchant_container_counts,
    merchant_measure_counts,
    own_unit_counts,
    per_day_counts,
    per_member_counts,
    per_night_counts,
    per_person_counts,
    per_served_counts,
    per_unit_counts,
    proposed_amounts,
    quoted_per_member_counts,
    quoted_per_person_counts,
    round_trip_counts,
    split_by_served_kind,
    variant_per_noun_counts,
)
from plugins.parser_rules.person_tiers import fill_adult_tiers
from plugins.parser_rules.place_variants import fill_place_variants
from plugins.parser_rules.places import VILLAGE_WORDS, find_cities, written_town
from plugins.parser_rules.priced_addons import take_closing_addons, take_priced_addons
from plugins.parser_rules.regions import context_regions
from plugins.parser_rules.restated_order import RestatedOrder
from plugins.parser_rules.segments import Sentence, split_sentences
from plugins.parser_rules.shop_counts import shop_stated_counts
from plugins.parser_rules.time_bands import fill_time_bands
from plugins.parser_rules.totals import fit_total, total_check
from plugins.parser_rules.uncertain_counts import uncertain_counts
from plugins.parser_rules.unrecognised import unrecognised

MAX_MESSAGES = 200
_QUOTED = re.compile(r"(?:^|(?<=[\s(:]))(['\"“„«‘])(?:(?!\1).){2,300}?[\"'”»’](?=[\s.,!?)]|$)")
DELIVERY_FIELDS = ("items", "variant", "customer_name", "phone", "address", "city")


@per_conversation  # the memos of pure functions (memo.py) last one conversation
def extract(
    messages: list[ConversationMessage], catalog: Catalog, context: ParseContext
) -> ExtractedOrder:
    texts: list[tuple[int, str, str]] = [
        (i, str(m.author), _thumbs(clean(m.text or "")))
        for i, m in enumerate(messages[-MAX_MESSAGES:])
    ]
    region = (context.country or "AL").upper()
    hints = context_regions((t for _i, _a, t in texts), context.currency)
    index = index_for(catalog) if catalog.products else None
    sizes = index.variant_digits if index is not None else frozenset()
    reader = ItemReader(index) if index is not None else None
    free = FreeItems() if index is None else None
    details = Details()
    details.addressed = frozenset(
        w for _i, author, text in texts if author == "merchant" for w in addressed_words(text)
    )
    tl = Timeline()
    last_merchant: tuple[int, str] | None = None
    shop_said = ""  # the merchant's latest message
    when_asked = -1  # the merchant's message asking when the goods are wanted ("Për kur?")
    count_asked = -1  # the merchant's message asking how many ("Sa palë?", "How many?")
    merchant_sents: dict[int, list[Sentence]] = {}  # split once, read again by open variants
    said: list[Sentence] = []  # the customer's sentences read for goods (unrecognised words)
    customer_sents: dict[int, list[Sentence]] = {}  # read again for the delivery line
    restated = RestatedOrder(index) if index is not None else None
    for i, author, text in texts:
        if author not in ("customer", "merchant") or not text.strip():
            continue
        customer = author == "customer"
        confirmed = False  # the customer's yes takes the delivery details the merchant typed
        # "divani që porositëm kur vjen?" - "na jepni emrin" - "Erjona Pasha, divani blu": the
        # answer to the merchant's request for the name, right after a question about an earlier
        # order, identifies that order (its goods included) and places no new one
        identifies = (
            customer
            and details.name_asked
            and i >= 2
            and texts[i - 1][1] == "merchant"
            and i - 2 in tl.past_messages
        )
        if customer and last_merchant is not None and _confirms(text):
            # "Ferizaj, rr. Adem Jashari 12, a?" - "Po": the address typed by the merchant counts
            scan_message(
                details, last_merchant[0], last_merchant[1], region, True, hints, sizes, index
            )
            confirmed = last_merchant[0] in details.has_details
        covered = scan_message(details, i, text, region, customer, hints, sizes, index)
        # "Pra: Rr. Rexhep Luci, objekti C, kati 4? Nr telefoni?": the merchant asks to confirm
        last_merchant = (i, text) if not customer and "?" in text else None
        shop_said = text if not customer else shop_said
        if not customer:
            # "Arbnor Berisha, Hauptstraße 112, 70563 Stuttgart. A është e saktë?": the customer's
            # own street and town, written back by the shop, name no goods
            echoed = _echoed_places(details, i, text)
            msents = merchant_sents[i] = split_sentences(i, blank(text, echoed) if echoed else text)
            for ms in msents:
                read_merchant(tl, ms)
            if any(ms.question and any(t.text in _WHEN_ASKS for t in ms.toks) for ms in msents):
                when_asked = i
            if any(ms.question and _asks_count(ms) for ms in msents):
                count_asked = i
            if reader is not None:
                reader.merchant_names(msents)
                reader.merchant_switch(msents)
                reader.merchant_adds(msents)
                reader.merchant_summary(msents)
                reader.note_option_words(msents)
                reader.merchant_fill(msents)
                if reader.merchant_count(msents) and restated is not None:
                    restated.changed = True  # the shop's new count after its restatement
                reader.merchant_focus(msents)
                reader.merchant_advice(msents)
                reader.note_declined(msents)
                reader.note_free(msents)
                if restated is not None:
                    restated.merchant(
                        i,
                        text,
                        frozenset(it.product for it in reader.state.items),
                        msents,
                        reader.state.items,
                    )
            continue
        # a dictated text in quotes ("'Gezuar ditelindjen!'") is not part of the order's words
        covered += [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
        covered += _labels_before(text, covered)
        # "ora 15:30 ose 17:00" - "ok 17 më përshtatet": the hour chosen among the shop's times
        hours = _hours_chosen(text, shop_said)
        sents = customer_sents[i] = split_sentences(i, blank(text, covered + hours))
        if reader is not None and i > 0 and texts[i - 1][1] != "merchant":
            reader.focus = None
        past = past_message(sents) or identifies
        if past:
            tl.past_messages.add(i)
        if identifies:
            tl.status_messages.add(i)
        any_named = False
        held = {id(it) for it in reader.state.items} if reader is not None else set()
        # the lines as they stood before this message: (product, count, variant) by line
        lines_before = (
            {id(it): (it.product, it.quantity, it.variant) for it in reader.state.items}
            if reader is not None
            else {}
        )
        if reader is not None and sents:
            reader.refuse_proposed(sents[0], merchant_sents.get(i - 1, ()))
        for sent in sents:
            named = False
            if (
                reader is not None
                and any(k == DETAILS and m < i for m, _p, _s, k in tl.commits)
                and (reader.defer_asked(sent) or reader.keep_those(sent))
            ):
                continue
            # a sentence about an earlier purchase neither names items nor commits
            sent_past = (
                (sent.has("past") or sent.has("complaint"))
                and not _reason_only(sent)
                and not _removed_for(sent, ("past", "complaint"))
            )
            if (
                sent.has("reminder")
                and tl.past_messages
                and not tl.item_messages - tl.past_messages
            ):
                # "bombolën që e porosita kur e sillni?" … "mos harroni edhe bidonat": a
                # reminder in a conversation about an earlier order names what that order holds
                sent_past = True
            if (
                sent.has("replacement")
                and tl.past_messages
                and not tl.item_messages - tl.past_messages - {i}
            ):
                # "filtri që ma dhatë s'hyn" … "a e keni tjetrin në stok?", "statuja erdhi e
                # thyer" … "dua një të re": a new one asked for in a conversation about an earlier
                # purchase exchanges that purchase; it places no new order
                sent_past = True
            if (
                not sent_past
                and reader is not None
                and reader.state.items
                and not sent.has("order")
                and not sent.has("correct")
                and not sent.question
                and sent.spans("bought")
                and not _removed_for(sent, ("bought",))
            ):
                # "Vjet mora trendafila te verdhe ... dhe u thane": what was bought before, told
                # while ordering something else, is not ordered again
                sent_past = True
            requested = False  # "a mund t'i shkruani inicialet?": the shop is asked to do it
            if not sent_past:
                said.append(sent)
                if reader is not None:
                    # "a dergoni ne Prishtine?" asks about shipping; "mund te me beni...?" orders
                    requested = _request(sent)
                    asks = (
                        (sent.has("order") or requested)
                        and not (sent.question and sent.has("shipping"))
                        and not _can_one_order(sent)
                    )
                    named = reader.read(sent, commit=asks)
                elif free is not None:
                    named = free.read(sent)
            # "Pra: 3 shirita, 1 transformator" - "genau.": a bare yes takes the restatement (the
            # reader applies it), it does not change the order after it
            any_named |= named and not _only_yes(sent)
            has_items = (
                bool(reader.state.items) if reader is not None else bool(free and free.items)
            )
            counted = reader.last_counted if reader is not None else True
            read_sentence(tl, sent, named, has_items, sent_past, counted, named and requested)
            if (
                reader is not None
                and count_asked >= 0
                and count_asked == i - 1
                and has_items
                and sent.toks
                and number_value(sent.toks[0].text) is not None
                and sent.toks[0].text not in lexicon().weak_numbers  # not "a e keni?"
                and not sent_past
                and not sent.question
            ):
                # "Lidhëse 150 lekë palën. Sa palë?" - "dy pale": the count the shop asked for
                # commits the goods it is for, as a counted list does
                tl.commit(i, sent.start, 1.0, "list")
            if (
                reader is not None
                and when_asked == i - 1
                and not sent.question
                and sent.has("when")
                and not sent.has("hesitate")
                and not sent.has("cancel")
            ):
                # "A e keni buqetën me 21?" - "Po, 45€. Për kur e doni?" - "për nesër": the
                # day the goods are wanted answers for the ones asked about
                reader.state.promote_all()
            if (
                reader is not None
                and not sent.question
                and sent.has("order")
                and not named
                and not wants_something(sent)
                and not sent.has("hesitate")
            ):
                reader.state.promote_all()
        if reader is not None:
            if any(s.has("ask_advice") for s in sents):
                # "dua një dron për djalin, me kamerë të mirë. Çfarë më rekomandoni?": goods
                # described while asking the shop to advise are asked about, not ordered; the
                # customer takes what the shop then names ("2 kg" said orders it all the same)
                for it in reader.state.items:
                    if id(it) not in held and it.message == i and it.quantity == 1:
                        it.tentative = True
            reader.drop_declined(i)
            reader.fill_from_offer(i)
            reader.take_priced_offer(i, sents)
            take_priced_addons(reader, i, sents, i in details.has_details)
            reader.take_restated_counts(i, sents)
        # "I merrni vetë?" - "po vij sot pas 5": the customer's coming for the goods answers
        # the shop as delivery details do
        # (its last words: not "vij vetë. edhe një shishe ilaç", which goes on to more goods)
        last = max((s.start for s in sents if s.toks), default=0)
        picked = not any_named and any(
            m == i and k == PICKUP and p >= last for m, p, _s, k in tl.commits
        )
        if restated is not None and restated.waiting():
            ordered = not any_named and any(s.has("order") and not s.question for s in sents)
            # "Emri, adresa, tel?" - "Mirela Kola": a message that is all contact details (a
            # name alone) answers the shop like an address does
            gives = i in details.has_details or confirmed or picked
            gives |= bool(covered) and not any(s.toks for s in sents)
            added = _adds_only(reader.state.items, lines_before) if reader else frozenset()
            yes = _confirms(text) or (not any_named and _opens_with_yes(sents))
            restated.customer(sents, any_named, gives, yes, ordered, added)
        if (i in details.has_details or confirmed or picked) and not past:
            if i in details.has_details or confirmed:
                # "Same address as last time, Bul. Iliria 12, Blerta, 068…?" - "po po": a yes to
                # the details the merchant typed gives them as the customer's own
                tl.commit(i, len(text), 1.0)
            if reader is not None:
                reader.unnamed_asks = None  # the merchant's answer to details names no new goods
                reader.confirm_asked(i)  # "geht das?" - "Po: stol + 2 dumbbell 12 kg" - details
                reader.take_summary(i)  # "Ok: 2 starter 25 kg, 2 pirese 10 L" - details
                reader.state.promote_all()
    if reader is not None:
        reader.take_closing_summary(_closes_on_change(texts))
        if len(texts) > 1:
            # "… Montimi 100€. Gjithsej 650€." closing the chat after the customer's details
            take_closing_addons(
                reader,
                texts[-1][0],
                texts[-1][1],
                texts[-2][1] == "customer" and texts[-2][0] in details.has_details,
            )
    merchant_city(details, texts)
    read_back_city(details, texts)
    address_asked_in(details, texts)
    route_start(details, texts)
    is_order, confidence = tl.decided()
    if reader is not None:
        reader.state.share_models()
        reader.state.drop_chosen_kind()
        reader.fill_from_history()
        reader.state.drop_open_pieces()
        reader.apply_packs()
        reader.pieces_to_packs()
        every_sent = said + [ms for m in sorted(merchant_sents) for ms in merchant_sents[m]]
        own_unit_counts(reader.state, every_sent)
        per_unit_counts(reader.state, merchant_sents, said)
        variant_per_noun_counts(reader.state, merchant_sents)
        cans_for_amount(reader.state, said)
        proposed_amounts(reader.state, merchant_sents, said)
        if restated is not None:
            restated.closing()
            restated.take(reader.state.items)
        collapse_bundles(
            reader.state, (ms for m in sorted(merchant_sents) for ms in merchant_sents[m])
        )
        per_person_counts(reader.state, every_sent)
        quoted_per_person_counts(reader.state, merchant_sents, every_sent)
        quoted_per_member_counts(reader.state, merchant_sents, every_sent)
        per_member_counts(reader.state, every_sent)
        per_day_counts(reader.state, merchant_sents, said)
        per_night_counts(reader.state, merchant_sents, said)
        merchant_measure_counts(reader.state, merchant_sents, said)
        merchant_container_counts(reader.state, merchant_sents)
        per_served_counts(reader.state)
        for_us_counts(reader.state, said)
        round_trip_counts(reader.state, merchant_sents, said)
        if index is not None:
            drop_included(reader.state, included_by_shop(index, merchant_sents), reader.history)
    items, asked = _items(reader, free)
    if index is not None:
        stated_counts(items, texts, index, customer_sents)
    fit_total(items, texts, index, asked)
    if index is not None:
        split_by_served_kind(items, index)
        fill_open_variants(items, texts, index, merchant_sents)
        shop_concluded_variants(items, texts, index, merchant_sents)
    if not items:
        is_order = False
    if not is_order:
        # no order in the text, but the delivery details it gives (a cart sent through the
        # channel's own catalog needs them)
        nothing = _order([], details, confidence, texts, False)
        nothing.is_order = False
        nothing.confidence = round(1.0 - confidence, 2) if confidence else 0.9
        return nothing
    if index is not None:
        city = details.best("cities")
        by_destination(items, index, city.value if city else None)
        add_delivery_line(
            items,
            texts,
            index,
            merchant_sents,
            customer_sents,
            city.value if city else None,
            region,
        )
        fill_place_variants(items, index, city.value if city else None, texts)
        fill_adult_tiers(items, index, texts)
        fill_time_bands(items, index, texts)
        shop_stated_counts(items, index, merchant_sents, customer_sents, texts)
    open_variant = reader is not None and any(
        it.variant is None and reader.state.entry(it).variants
        for it in reader.state.items
        if not it.tentative
    )
    order = _order(items, details, confidence, texts, open_variant)
    checked = total_check(items, texts, index)
    if checked is not None:
        total, order.total_matches = checked
        order.evidence["total"] = Evidence(total.message, 0, len(total.text), total.text)
    if reader is not None:
        known = [(it.message, it.start, it.end) for it in reader.state.items]
        known += [(e.message_index, e.start, e.end) for e in order.evidence.values()]
        lines = {it.product for it in reader.state.items if not it.tentative}
        declines = [ms for sents in merchant_sents.values() for ms in sents if ms.has("decline")]
        order.unrecognised = unrecognised(reader.state.index, said, known, lines, declines)
        order.guessed = guessed(
            reader.state.index,
            _products_of(reader.state, order.items),
            said,
            (ms for sents in merchant_sents.values() for ms in sents),
            order.unrecognised,
        )
        order.uncertain = uncertain_counts(
            reader.state.index,
            _products_of(reader.state, order.items),
            [ms for m in sorted(merchant_sents) for ms in merchant_sents[m]],
            said,
        )
    return order


def _adds_only(items: list[Item], before: dict[int, tuple[int, int, int | None]]) -> frozenset[int]:
    """The products of the lines the customer's message added, when it only added lines of
    products the order did not hold (every line that stood before it stands unchanged); else
    none."""
    now = {id(it): (it.product, it.quantity, it.variant) for it in items}
    if any(now.get(k) != v for k, v in before.items()):
        return frozenset()
    old = {p for p, _q, _v in before.values()}
    new = {p for k, (p, _q, _v) in now.items() if k not in before}
    return frozenset() if new & old else frozenset(new)


def _echoed_places(details: Details, message: int, text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that repeat the street address the customer gave before, and the
    town beside it: the delivery details read back ("dorëzim në Durrës" alone stays, the town
    may be a variant)."""
    folded = fold(text)

    def found(cands: list[Candidate]) -> list[tuple[int, int]]:
        spans = []
        for c in cands:
            value = fold(c.value).strip()
            # Only a detail said before, of four letters or more, that ``folded`` holds can be
            # found: the pattern is the value itself (escaped, no flags) between two non-word
            # edges, so it matches only where ``value`` is a substring. The cheap tests go first;
            # each pattern is new to ``re``'s cache, and compiling it was the costly part.
            if c.message >= message or len(value) < 4 or value not in folded:
                continue
            m = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", folded)
            if m is not None:
                spans.append(m.span())
        return spans

    streets = found(details.addresses)
    return streets + found(details.cities) if streets else []


def _closes_on_change(texts: list[tuple[int, str, str]]) -> bool:
    """The conversation ends with the merchant's message (or messages) right after a customer's
    message that says a number: the merchant answers a change of count."""
    said = [(a, t) for _i, a, t in texts if a in ("customer", "merchant") and t.strip()]
    k = len(said)
    while k and said[k - 1][0] == "merchant":
        k -= 1
    if k == len(said) or k == 0 or len(said) - k > 2:
        return False
    toks = tokenize(said[k - 1][1][:MAX_CHANGE_CHARS])
    weak = lexicon().weak_numbers
    return any(
        number_value(t.text) is not None and t.text not in weak and not t.text.startswith("0")
        for t in toks
    )


MAX_CHANGE_CHARS = 400  # the customer's message read for a number (bounded)


_WHEN_ASKS = word_set("when_asks")
_THUMBS_UP = re.compile(r"\s*(?:[\U0001F44D\U0001F44C][\U0001F3FB-\U0001F3FF\uFE0F]?\s*)+")


_LABELS = (
    word_set("name_labels")
    | word_set("phone_labels")
    | word_set("address_labels")
    | word_set("party_labels")
)
# "në emër të Ilir Hoxhës", "a nome di Sara": the label may take its article or "of"
_LABEL_END = re.compile(r"(\w+)(\s+(?:t[eë]|i|e|di|of|von))?\W{0,3}$", re.IGNORECASE)


def _labels_before(text: str, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "emri Agron Krasniqi", "numri 044 …", "Adresa: Rr. …", "në emër të Ilir …": the label
    word right before a name, phone or street the contact reader took (or before its article)
    is part of it, not goods ("emri e numri" is also the name of a printing service)."""
    out = []
    for s, _e in covered:
        m = _LABEL_END.search(text, max(0, s - 20), s)
        if m is None or fold(m.group(1)) not in _LABELS:
            continue
        if m.group(2) is not None and has_intent(
            "past", [t.text for t in tokenize(text[max(0, m.start(1) - 20) : s])]
        ):
            continue  # "porosia në emër të …": the words of a question about an earlier order
        out.append((m.start(1), m.end(1)))
    return out


# a clock time ("15:30", "17.00") and a bare number of one or two digits (not "17:00", "17€",
# "17%", "1,5", "3/4" or glued to a letter)
_CLOCK = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:]|[.,]\d)")
_BARE_NUMBER = re.compile(r"(?<![\w:.,/])(\d{1,2})(?![\w:.,/%€$]|\s*[:.,/]\d)")


def _hours_chosen(text: str, merchant: str) -> list[tuple[int, int]]:
    """The spans of the bare numbers in the customer's ``text`` that are the hour of one of
    the clock times the shop's message before offered ("Nesër kemi të lirë ora 15:30 ose 17:00"
    - "ok 17 më përshtatet"): a time chosen, no count. The shop must have offered two times or
    more, so that the customer's number picks one."""
    offered = {str(int(m.group(1))) for m in _CLOCK.finditer(merchant)}
    if len(offered) < 2:
        return []
    return [m.span(1) for m in _BARE_NUMBER.finditer(text) if str(int(m.group(1))) in offered]


def _asks_count(sent: Sentence) -> bool:
    """The merchant's question is only "how many (pieces / pairs)?" ("Sa palë?", "How many?",
    "Quanti?")."""
    return " ".join(sent.texts) in _COUNT_QUESTION


_COUNT_QUESTION = word_set("count_question")


def _thumbs(text: str) -> str:
    """A message that is only a thumbs-up or an OK hand ("👍", "👌🏻") says "ok"."""
    return "ok" if _THUMBS_UP.fullmatch(text) else text


_BECAUSE = word_set("because")
_SETTERS = ("order", "only", "correct")


def _can_one_order(sent: Sentence) -> bool:
    """ "si può ordinare una torta gelato?", "kann man … bestellen?": the order word inside a
    question whether such a thing can be ordered at all asks; it orders nothing yet."""
    if not sent.question:
        return False
    asks = sent.spans("asks")
    return any(a <= s0 and e0 <= b for a, b in asks for s0, e0 in sent.spans("order"))


def _reason_only(sent: Sentence) -> bool:
    """ "c4 vetem nje ma mire se ende s'e kam provu", "only one, since I haven't tried it yet":
    the past or complaint words are in a reason clause after the customer's choice."""
    spans = sent.intents.get("past", []) + sent.intents.get("complaint", [])
    first = min(s for s, _e in spans)
    said = [s for name in _SETTERS for s, _e in sent.intents.get(name, ())]
    if not said or min(said) >= first:
        return False
    if all(any(sent.toks[k].text in _BECAUSE for k in range(max(0, s - 3), s)) for s, _e in spans):
        return True
    # "ma bëj vetëm një, vëllai e ka marrë vetë", "only one, my brother got his already": the
    # past in a segment of its own after "only" is why the count is cut
    only = [s for s, _e in sent.intents.get("only", ())]
    return bool(only) and all(
        sent.segment_bounds(s)[0] > min(only) and sent.segment_bounds(s)[0] in sent.breaks
        for s, _e in spans
    )


def _removed_for(sent: Sentence, intents: tuple[str, ...]) -> bool:
    """ "shportën hiqe, e bleva dje", "drop the gloves, we bought some last week": the purchase
    told after a remove word is why the line goes, the sentence still removes it."""
    removes = sent.intents.get("remove")
    if not removes or sent.question:
        return False
    first = min(s for s, _e in removes)
    told = [s for name in intents for s, _e in sent.spans(name)]
    return bool(told) and all(first < s for s in told)


# "a mundeni me ja shtu …": Gheg "ja" / "ia" (it to him), "jua" / "ua" (it to you)
_CLITICS = word_set("modal_clitics")


_ADD_WORDS = word_set("add_words")
# "can / may I", "posso", "kann ich": a modal before the verb "add" asks to add (session 15)
_MODALS = frozenset(
    ("mund", "mundem", "mundet", "mundeni", "can", "could", "may", "posso", "possiamo", "kann")
)


def _request(sent: Sentence) -> bool:
    """ "a mund t'i shkruani inicialet?", "mund te gdhendni emrin?": "can you (plural) do it"
    asks the shop for the thing named, as an order does ("a mund te paguaj" is not); "a mund
    të shtoj edhe …?", "can I add …?", "posso aggiungere …?": asking to add is adding."""
    toks = sent.toks
    for k, t in enumerate(toks):
        if t.text in _MODALS and any(u.text in _ADD_WORDS for u in toks[k + 1 : k + 6]):
            return True
        if t.text not in ("mund", "mundeni", "mundet"):
            continue
        j = k + 1
        while j < len(toks) and j <= k + 3 and toks[j].text in _CLITICS:
            j += 1
        if j < len(toks) and j > k + 1 and len(toks[j].text) >= 5 and toks[j].text.endswith("ni"):
            return True
        if t.text == "mundeni" and k + 1 < len(toks) and toks[k + 1].text in ("me", "te"):
            # Gheg "a mundeni me ma qit edhe …": "can you (plural)" + "me" + the verb
            j = k + 2
            while j < len(toks) and j <= k + 4 and toks[j].text in _CLITICS:
                j += 1
            if j > k + 2 and j < len(toks) and len(toks[j].text) >= 3:
                return True
    return False


@memoised_text  # asked for each customer message twice (memo.py)
def _confirms(text: str) -> bool:
    """A short yes ("Po", "po po", "yes", "si", "ja, genau"), alone or followed only by the
    phone number the merchant also asked for ("po. 049-220-418", "yes, +39 333 123 4567")."""
    sents = split_sentences(0, text)
    if not sents or len(sents[0].toks) > 12:
        return False
    first = sents[0]
    k = next((j for j, t in enumerate(first.toks) if t.text[:1].isdigit()), len(first.toks))
    rest = [t for t in first.toks[k:]] + [t for s in sents[1:] for t in s.toks]
    if 4 <= k <= 8 and any(a == 0 for a, _b in first.spans("agree")):
        # "po po ajo, nr është i njëjti 068 …", "yes that one, the number is the same": a yes
        # and words that only point at what the merchant typed
        said = first.toks[1:k]
        yes = all(t.text in _CONFIRM_WORDS or t.text in _PHONE_WORDS for t in said)
    else:
        yes = 1 <= k <= 3 and first.sub(0, k).has("agree")
    if yes and k == len(first.toks) and len(sents) > 1 and not first.has("correct"):
        # "Po. Kontakti këtë herë Valon Hoxha 045 600 214": a yes of its own, then the contact
        # person; not a new street ("Po. Por dërgojeni në Rr. …")
        return not any(t.text in lexicon().street_words for s in sents[1:] for t in s.toks)
    return (
        yes
        and not first.has("correct")
        and all(t.text.isdigit() or t.text in _PHONE_WORDS for t in rest)
    )


def _opens_with_yes(sents: list[Sentence]) -> bool:
    """ "shumë mirë, kaparin e sjell nesër", "ok dakord. jam Edona …", "perfect, see you
    Saturday": a yes set off as the message's first segment (a comma or a full stop after it),
    then words of other business. Read only against the shop's restatement: the customer who
    names no goods in it takes the restated order."""
    if not sents or sents[0].question or sents[0].has("correct"):
        return False
    first = sents[0]
    end = min((b for b in first.breaks if b > 0), default=len(first.toks))
    if not 1 <= end <= MAX_YES_WORDS:
        return False
    return _only_yes(first.sub(0, end))


# "po po ajo", "yes that one", "the number is the same", "nr është i njëjti"
_CONFIRM_WORDS = word_set("confirm_words")
MAX_YES_WORDS = 4


def _only_yes(sent: Sentence) -> bool:
    """A sentence that only agrees ("genau.", "po po", "ok, yes"), naming and counting
    nothing."""
    if sent.question or not sent.toks or len(sent.toks) > MAX_YES_WORDS:
        return False
    agreed = {k for a, b in sent.spans("agree") for k in range(a, b)}
    return bool(agreed) and all(
        k in agreed or t.text in _CONFIRM_WORDS for k, t in enumerate(sent.toks)
    )


_PHONE_WORDS = word_set("phone_labels")


def _items(
    reader: ItemReader | None, free: FreeItems | None
) -> tuple[list[ExtractedItem], list[ExtractedItem]]:
    """The order's lines, and the lines only asked about that it leaves out."""
    if reader is not None:
        st = reader.state
        committed = [it for it in st.items if not it.tentative]
        # items only asked about count when nothing was ordered outright
        chosen = committed or st.items
        # a generic word ("flowers", "nji buqet") that fitted several products yields to named ones
        if any(not it.weak for it in chosen):
            chosen = [it for it in chosen if not it.weak]
        asked = [it for it in st.items if it.tentative and not it.weak and it not in chosen]
        return _lines(st, chosen), _lines(st, asked)
    out: list[ExtractedItem] = []
    if free is not None:
        for fi in free.items:
            out.append(
                ExtractedItem(
                    product=None,
                    name=fi.name,
                    quantity=fi.quantity,
                    evidence=Evidence(fi.message, fi.start, fi.end, fi.name),
                )
            )
    return out, []


def _lines(st: ItemState, chosen: list[Item]) -> list[ExtractedItem]:
    """The reader's items as order lines, one per product and variant."""
    out: list[ExtractedItem] = []
    line_of: dict[tuple[int, int | None], int] = {}
    for it in chosen:
        e = st.entry(it)
        variant = (
            e.variants[it.variant]
            if it.variant is not None and it.variant < len(e.variants)
            else None
        )
        same = line_of.get((it.product, it.variant))
        if same is not None:
            # "4 gri dhe 2 te zeza" then "te gjitha gri": two lines of one product and
            # variant are one line
            out[same].quantity = min(out[same].quantity + it.quantity, MAX_QTY)
            continue
        line_of[(it.product, it.variant)] = len(out)
        ev = Evidence(it.message, it.start, it.end, it.text)
        out.append(
            ExtractedItem(
                product=e.sku,
                name=e.name,
                quantity=it.quantity,
                variant=variant,
                unit_price=e.price,
                evidence=ev,
            )
        )
    return out


def _products_of(st: ItemState, lines: list[ExtractedItem]) -> list[tuple[int, ExtractedItem]]:
    """Each line with its catalog product: the reader's item of the same words, else the first
    product of its sku (a line the total check added)."""
    at = {(it.message, it.start, it.end): it.product for it in st.items}
    out = []
    for line in lines:
        ev = line.evidence
        p = at.get((ev.message_index, ev.start, ev.end)) if ev is not None else None
        if p is None or st.index.products[p].sku != line.product:
            e = st.index.by_sku.get(line.product or "")
            p = e.index if e is not None else None
        if p is not None:
            out.append((p, line))
    return out


def _evidence(c: Candidate | None, texts: list[tuple[int, str, str]]) -> Evidence | None:
    if c is None:
        return None
    text = next((t for i, _a, t in texts if i == c.message), "")
    return Evidence(c.message, c.start, c.end, text[c.start : c.end])


def _order(
    items: list[ExtractedItem],
    details: Details,
    confidence: float,
    texts: list[tuple[int, str, str]],
    open_variant: bool,
) -> ExtractedOrder:
    name = details.best("names")
    if name is not None and len(name.value.split()) == 1:
        fuller = [
            c
            for c in details.names
            if c.value.split()[0] == name.value and len(c.value.split()) > 1
        ]
        if fuller:
            name = max(fuller, key=lambda c: c.score)
    # (the name the merchant thanks, when the customer gave none, has no evidence of its own)
    said = name or (Candidate(details.thanked[-1], 0.0, -1, 0, 0) if details.thanked else None)
    if said is not None and " " not in said.value:
        said = _full_name(said, details, texts)
        name = said if said.message >= 0 else name
    if said is not None:
        said = _without_role(said, texts)
        name = said if name is not None else name
    name_value = said.value if said else None
    phone = details.best("phones")
    if phone is not None and phone.score < 1.0:
        phone = None
    address = details.best("addresses")
    city = details.best("cities")
    evidence: dict[str, Evidence] = {}
    for key, cand in (
        ("customer_name", name),
        ("phone", phone),
        ("address", address),
        ("city", city),
    ):
        ev = _evidence(cand, texts)
        if ev is not None:
            evidence[key] = ev
    for k, it in enumerate(items):
        if it.evidence is not None:
            evidence[f"items[{k}]"] = it.evidence
    order = ExtractedOrder(
        is_order=True,
        items=items,
        customer_name=name_value,
        phone=phone.value if phone else None,
        address=None if _names_town_only(address, city) else address.value if address else None,
        city=_city_value(city, texts),
        confidence=round(confidence, 2),
        evidence=evidence,
    )
    order.missing = missing_fields(order, open_variant)
    if order.missing:
        order.confidence = round(max(0.3, order.confidence - 0.05 * len(order.missing)), 2)
    return order


_AND = "and|&|dhe|e|und|i"
_INTRODUCED = 4.0  # the score of a name after a label ("Names: Helen …", names.intro_names)


def _full_name(name: Candidate, details: Details, texts: list[tuple[int, str, str]]) -> Candidate:
    """ "faktura n emer Fitore Gashi" … "Faleminderit Fitore": a given name alone (the one the
    shop addresses the customer by, a known one, or one after a label) that the customer typed
    once with a family name after it is the order's name in full (the latest such mention)."""
    given = name.value
    if not (known_given(given) or fold(given) in details.addressed or name.score >= _INTRODUCED):
        return name
    # ("Helen and Mark Whitfield": the family name two given names share)
    typed = re.compile(
        rf"(?<![\w'’]){re.escape(given)}[ \t]+"
        rf"(?:(?:{_AND})[ \t]+([A-ZÇËÜÖÄŠŽĆ][\w'’ëç-]+)[ \t]+)?([A-ZÇËÜÖÄŠŽĆ][\w'’ëç-]+)"
    )
    for i, author, text in reversed(texts):
        if author != "customer":
            continue
        for m in reversed(list(typed.finditer(text))):
            if m.group(1) is not None and not plausible_name(m.group(1)):
                continue
            full = f"{given} {m.group(2)}"
            if plausible_name(full) and not find_cities(tokenize(m.group(2)), minor=True):
                return Candidate(full, name.score, i, m.start(), m.end())
        if _SHOUTED.search(text) and not any(c.islower() for c in text):
            # "LAGJJA KODRA SHPIA E GJON MARKUT" … "zoti Gjon?": a message typed in capitals
            # names the given name the shop addresses, and the family name after it
            loud = re.compile(
                rf"(?<![\w'’]){re.escape(given.upper())}[ \t]+([A-ZÇËÜÖÄŠŽĆ]{{3,}})\b"
            )
            for m in reversed(list(loud.finditer(text))):
                full = f"{given} {m.group(1).capitalize()}"
                if plausible_name(full) and not find_cities(tokenize(m.group(1)), minor=True):
                    return Candidate(full, name.score, i, m.start(), m.end())
    return name


_SHOUTED = re.compile(r"[A-ZÇË]{3,}\s+[A-ZÇË]{3,}")


def _without_role(name: Candidate, texts: list[tuple[int, str, str]]) -> Candidate:
    """ "Elektricist Arjan Bregu 068 …", "Pergjegjesi Ramadan Hoxha 044 …": a word that is
    capitalised only because it opens the sentence, neither a known given nor a known family
    name, before a known given name and a known family name, is the person's role or trade,
    not part of the name."""
    words = name.value.split()
    lex = lexicon()
    if not (
        len(words) == 3
        and fold(words[0]) not in lex.given_names | lex.family_names
        and known_given(words[1])
        and fold(words[2]) in lex.family_names
    ):
        return name
    text = next((t for i, _a, t in texts if i == name.message), "")
    opens = _SENTENCE_OPEN.match(text, 0, name.start)
    if text[name.start : name.end] != name.value or not opens:
        return name
    start = name.start + len(words[0]) + 1
    return Candidate(" ".join(words[1:]), name.score, name.message, start, name.end)


# a sentence opens where this matches up to: the message's start, after ". ! ?" or a new line
_SENTENCE_OPEN = re.compile(r"(?:.*[.!?\n])?\s*$", re.DOTALL)


def _names_town_only(address: Candidate | None, city: Candidate | None) -> bool:
    """The address is only the delivery town again, with a village word ("Fatos Hoxha, fshati
    Dushk", city Dushk): it holds no street, house or landmark to write beside the town."""
    if address is None or city is None:
        return False
    said = [w for w in fold(address.value).replace(",", " ").split() if w not in VILLAGE_WORDS]
    return bool(said) and " ".join(said) == fold(city.value)


def _city_value(city: Candidate | None, texts: list[tuple[int, str, str]]) -> str | None:
    """The city's value; a town the customer wrote in another spelling of its name keeps it."""
    if city is None:
        return None
    for i, author, text in texts:
        if i == city.message and author == "customer":
            return written_town(city.value, text[city.start : city.end]) or city.value
    return city.value


def missing_fields(order: ExtractedOrder, open_variant: bool = False) -> list[str]:
    """The delivery fields the shop still has to ask for (the follow-up message)."""
    missing: list[str] = []
    if not order.items:
        missing.append("items")
    if open_variant:
        missing.append("variant")
    for f in ("customer_name", "phone", "address", "city"):
        if getattr(order, f) in (None, ""):
            missing.append(f)
    return missing
