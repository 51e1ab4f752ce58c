"""The merchant's restatement of the whole order, accepted by the customer, is the order.

"Pra 2 byrek spinaq 50 cm dhe 1 djathë 40 cm?" - "po ashtu"; "4 byrek mish + 3 djathë = 1180
lek. Adresa?" - the address: the shop's notebook line is what the customer accepted. The
restatement is read with the customer's own item reader (a fresh one, on the merchant's
sentences), so counts in every form the customer may write them ("x2", "nga 2", "per 10
panele") are read the same way. See docs/parser.md, "Session 13: the merchant's restatement".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from plugins.parser_rules.bundles import bundle_parts
from plugins.parser_rules.catalog_match import CatalogIndex, ProductEntry, is_attribute
from plugins.parser_rules.item_state import Item
from plugins.parser_rules.lexicon import lexicon, word_set
from plugins.parser_rules.mentions import find_mentions
from plugins.parser_rules.merchant_lines import _asks_to_confirm, _opens_summary, states
from plugins.parser_rules.normalize import Token, fold, stem, tokenize
from plugins.parser_rules.numbers import number_value
from plugins.parser_rules.per_unit import own_unit_counts
from plugins.parser_rules.quantities import (
    GROUPED_THOUSANDS,
    length_count,
    price_terms,
    sold_by_area,
    sold_by_unit,
)
from plugins.parser_rules.segments import Sentence, split_sentences
from plugins.parser_rules.variants import VariantHit, match_variant, says_verbatim

MAX_RESTATE_CHARS = 600  # a restatement is short; a longer message is read no further
MAX_RESTATED_COUNT = 20  # a larger number in the merchant's line is its price or pack size
_TOTAL = word_set("total_words")
_DETAIL_WORDS = (
    word_set("address_labels")
    | word_set("name_labels")
    | word_set("phone_labels")
    | {"ku", "where", "numer", "numrin", "kontakti", "kontaktin"}
)
MAX_ASK_WORDS = 12
_SUMS_TO = re.compile(r"=\s*\d")
# the amount after "=" ("= 1180 lek", "= 5.300 den") is a sum, not goods
_SUM_TAIL = re.compile(r"=\s*\d[\d.,' ]{0,12}(?:\s*[^\W\d]{1,4}\b|\s*[€$£])?")


@dataclass
class Restatement:
    message: int
    items: list[Item]
    shaped: bool  # an opener, a total, or two or more counted lines
    toks: list[Token] = field(default_factory=list)  # the restating lines' words
    # a count above MAX_RESTATED_COUNT, asked back: taken only on the customer's yes
    large: bool = False
    # it asks for the delivery details ("… Numri i telefonit?", "… Adresa?")
    asks: bool = False
    # every product it names is new since the merchant's message before it: it restates what
    # the customer just added, not the whole order
    addition: bool = False
    # the products the shop named in its messages before this one (offered or priced)
    offered: frozenset[int] = frozenset()
    # the order held no line when the shop restated it: the shop named the goods the
    # customer described in words the catalog lacks
    named_for: bool = False
    # a bare list of the shop's, taken: it restates its own lines, the others stand
    keeps_others: bool = False
    # it opens as a restatement ("Pra: …", "Konfirmoj: …") and each part of its list is a line
    # read: taken even when no customer message answers it (``closing``)
    closes: bool = False
    # the products its parts name in the catalog's words alone ("+ 3 klasike"): the shop's
    # notebook lines, taken with the rest when the customer says yes to the whole list
    by_parts: frozenset[int] = frozenset()
    # it opens as a restatement, each part a line read, each count above MAX_RESTATED_COUNT
    # written right before its goods ("60 karrige"), and it asks for the delivery details:
    # the shop's notebook lines, taken when the customer gives the details
    notebook: bool = False


@dataclass
class RestatedOrder:
    """Kept by ``extract`` while it reads: the last restatement and what the customer said
    after it."""

    index: CatalogIndex
    last: Restatement | None = None
    answered: bool = False  # the customer's first message after it was read
    accepted: bool = False
    said_yes: bool = False  # accepted with a yes ("po", "perfetto"), not only the details
    changed: bool = False  # the customer named or changed goods after it
    products_then: frozenset[int] = field(default_factory=frozenset)
    seen: set[int] = field(default_factory=set)  # every product the customer's lines held
    # the products of the order when the merchant last wrote
    at_last_reply: frozenset[int] = field(default_factory=frozenset)
    shop_named: frozenset[int] = field(default_factory=frozenset)  # in the merchant's messages
    # a restatement without an opener or every line counted, waiting for the customer's answer
    loose: Restatement | None = None

    def merchant(
        self,
        message: int,
        text: str,
        current: frozenset[int],
        split: list[Sentence],
        lines_now: Sequence[Item] = (),
    ) -> None:
        """Read the merchant's message ``text`` (``split``: its sentences, as ``extract`` split
        them) as a possible restatement of the order (``lines_now``: the order's lines then)."""
        from plugins.parser_rules.items import ItemReader  # items imports this module's peers

        self.seen |= current
        self.loose = None
        before, self.at_last_reply = self.at_last_reply, current
        offered = self.shop_named
        # "plus montim 500" fits the fitting of the battery and of the bulb alike: each is named
        self.shop_named = offered | {
            p
            for s in split
            for m in find_mentions(self.index, s.toks, s.breaks)
            for sc, p in m.candidates
            if sc >= m.candidates[0][0]
        }
        if len(text) > MAX_RESTATE_CHARS:
            text = text[:MAX_RESTATE_CHARS]
            split = split_sentences(message, text)
        raw = split
        blanked = _SUM_TAIL.sub(lambda m: " " * len(m.group()), text)
        # "2.900", "10,100": an amount grouped in thousands is a price, never a count
        blanked = GROUPED_THOUSANDS.sub(lambda m: " " * len(m.group()), blanked)
        priced = False
        for s in split:
            for a, b in price_terms(s):
                # "… sigurim deri 1500 20 + marrje 15 = 125 CHF": a term of the sum small
                # enough to read as a count is a price (a larger one counts nothing anyway)
                if not s.raw[a:b].isdigit() or int(s.raw[a:b]) > MAX_RESTATED_COUNT:
                    continue
                blanked = blanked[: s.start + a] + " " * (b - a) + blanked[s.start + b :]
                priced = True
        sents = raw if blanked == text else split_sentences(message, blanked)
        lines = [s for s in sents if s.toks and (states(s) or _asks_to_confirm(s))]
        if not lines or any(s.has("decline") for s in sents):
            return
        opener = next((k for k, s in enumerate(lines) if _opens_summary(s)), 0)
        if opener:
            # "Elektroda 3.2 mm pako 5 kg 18€. Pra 3 llamarina 1.5 mm + 1 pako elektroda 3.2.":
            # the answer before the opener prices what was asked; the restatement starts at
            # "Pra"
            lines = lines[opener:]
            start = lines[0].start
            blanked = " " * start + blanked[start:]
        if not _may_name_goods(self.index, lines):
            return  # a fresh reader would end with no line: the restatement is none
        fresh = ItemReader(self.index)
        for s in lines:
            fresh.read(s, commit=True)
        own_unit_counts(fresh.state, lines)  # "rafting 5 persona" of "Rafting (për person)"
        items = [it for it in fresh.state.items if not it.tentative]
        if not items or len(items) != len(fresh.state.items):
            return
        # "Dobro: 3 kvake …, 3 magnetne brave za ključ, 9 šarki" with "brave" fitting several
        # locks alike: a counted line in a word several products share is still a line of the
        # list (checked below: the list opened or every line counted); alone it restates nothing
        vague = [it for it in items if it.weak]
        if vague and (len(vague) == len(items) or not all(it.qty_explicit for it in vague)):
            return
        if current and not any(it.product in current for it in items):
            return  # a product the customer never named: an offer, not the order restated
        by_parts: set[int] = set()
        for part, count in _unread_parts(blanked, items, self.index):
            # "Pra: 20 pllaka gri, 2 ovals" after the customer's "2 pasqyra ovale": a part of
            # the same count as one line of the order, in words that name that line's product
            # loosely, is that line, kept as it is
            line = _line_restated(part, count, lines_now, items, self.index)
            if line is None:
                # "1 sexhade e trashe 100x150 + 3 klasike te gjelbra": the shop's list drops the
                # kind's word its parts share; the words left are the catalog's own words of
                # one product (its name or its variants)
                own = _part_names(part, count, items, self.index, message)
                if own is None:
                    return  # "3 Cherry + 2 kapi": a counted part that names no product read here
                items.append(own)
                by_parts.add(own.product)
                continue
            items.append(
                Item(
                    line.product,
                    count,
                    line.variant,
                    line.variant_key,
                    qty_explicit=True,
                    message=message,
                    start=part.start(),
                    end=part.end(),
                    text=part.group(),
                )
            )
        items.sort(key=lambda it: it.start)
        if len({(it.product, it.variant) for it in items}) != len(items):
            return  # "Dopio 160x200 … Mbulesë dopio": one line read twice
        # "stiropor 10 cm 640 m² + … + pervaz kafe 34 m": the shop's bill gives a product sold
        # by the m² or the metre the amount written in that unit in its own part of the list
        measured = _measured_counts(text, items, self.index) if _MEASURE_SIGN.search(text) else {}
        for k, amount in measured.items():
            items[k].quantity = amount
            items[k].qty_explicit = True
        # "Rollers 18 cm 450 each", "24 copë": a price or a pack size read as a count; but
        # "pra 30 vezë … Në rregull?" asks back for a yes to the count it worked out
        large = any(
            it.quantity > MAX_RESTATED_COUNT and measured.get(k) != it.quantity
            for k, it in enumerate(items)
        )
        confirm = any(s.question and _asks_to_confirm(s) for s in lines)
        if large and not confirm:
            return
        # the shop's bill in m² or metres: its large amounts shape it as a count asked back does
        billed = any(
            it.quantity > MAX_RESTATED_COUNT and measured.get(k) == it.quantity
            for k, it in enumerate(items)
        )
        opened = any(_opens_summary(s) for s in lines)
        totalled = any(
            _SUMS_TO.search(s.raw) or _TOTAL.intersection(t.text for t in s.toks) for s in raw
        )
        counted = sum(1 for it in items if it.qty_explicit)
        # "… Adresa?", "Ku t'i dërgojmë?", "Emri dhe tel?": the shop asks where to send what it
        # just listed; a total alone may sum a part of the order
        # ("Na lini një numër kontakti ju lutem", "send us your address please": asked politely)
        asks = any(
            (s.question or s.has("polite"))
            and any(t.text in _DETAIL_WORDS for t in s.toks[:MAX_ASK_WORDS])
            for s in raw
        )
        # "pra 30 vezë … Në rregull?": a large count asked back for a yes, every line counted
        every_line_counted = counted == len(items)
        shaped = (
            opened
            or (asks and (totalled or counted >= 2 or every_line_counted))
            or ((large or billed) and every_line_counted)
        )
        restatement = Restatement(message, items, shaped, [t for s in lines for t in s.toks], large)
        restatement.offered = offered
        restatement.by_parts = frozenset(by_parts)
        restatement.asks = asks
        restatement.closes = opened and _every_part_read(lines, items, self.index)
        restatement.notebook = (
            restatement.closes
            and asks
            and all(_count_before(text, it) for it in items if it.quantity > MAX_RESTATED_COUNT)
        )
        # "Eisen/Ferritin, B12 und Folsäure" - "Pra: hekur + ferritinë 1, vitamina B12 2, acid
        # folik 1." - "genau so": the customer's own words named no catalog product; the shop's
        # restatement names them for the customer
        restatement.named_for = not current
        # "1 derë e brendshme, 2 parvaza 100 cm." after "Po, 95€ copa. Diçka tjetër?": only the
        # lines added since the merchant's last reply
        named = {it.product for it in items}
        # "Në rregull: + 3 Coca-Cola 1.5 L, 2 ujë …": a "+" before the first line marks the
        # lines as added, also when the customer's words for one were not read ("3 kola")
        added = _PLUS_FIRST.search(text, 0, min(it.start for it in items)) is not None
        restatement.addition = bool(before) and (named <= current or added) and not before & named
        if vague and not (shaped and (opened or every_line_counted)):
            return
        if not shaped or not (opened or every_line_counted):
            # "Jorgan dyvendësh, 2 jastëkë të mëdhenj, batanije njëvendëshe?", "Zinxhir 325 45
            # cm x2, lime 4.8 mm, filter ajri Husqvarna 450. 57€": no opener, not every line
            # counted, yet two or more of the shop's products stated, each part of the list a
            # line read; kept aside until the customer's next message takes it (a yes or the
            # details, no dispute, no goods of its own), else the earlier restatement stands
            if priced and not counted:
                return  # "Oriz 5 kg dhe vaj 1 L: 3€ + 9 + 1 = 13€": prices summed, no count
            if len(named) >= 2 and not large and _every_part_read(lines, items, self.index):
                # asked back ("…?"), followed by the question for the details ("Emri?"), or
                # after the shop's yes ("Ok. 1 x 0W-20 4L + 2 x ujë"): the order restated whole;
                # a bare list beside the order ("1 set thikash, 1 tenxhere 20 cm") restates
                # its lines and leaves the others standing
                agreed = any(s.spans("agree")[:1] and s.spans("agree")[0][0] == 0 for s in raw)
                restatement.keeps_others = not (confirm or asks or agreed)
                self.loose = restatement
            return
        self.last = restatement
        self.answered = self.accepted = self.said_yes = self.changed = False
        self.products_then = current

    def waiting(self) -> bool:
        """A restatement is kept or held loose: the customer's next message is read against it.
        When none is, ``customer`` changes nothing (it clears ``loose``, already None, and
        returns at ``self.last is None``), so the caller may skip it and what it would read for
        it (``extract._confirms``: whether the message is a short yes)."""
        return self.last is not None or self.loose is not None

    def customer(
        self,
        sents: list[Sentence],
        named: bool,
        details: bool,
        yes: bool,
        ordered: bool = False,
        added: frozenset[int] = frozenset(),
    ) -> None:
        """``ordered``: an order phrase that names no goods ("po ora 11, rezervimi me emrin …",
        "ok, e marr"): it takes a shaped restatement as a yes does (not a bare list of offers).
        ``added``: the products of the lines the message added, when it only added lines of new
        products ("…, Isa Zeka. Edhe a ja pastroni shporetin?" after "Ok, 4 m³ lis i prerë"):
        a restatement of one product (or one that leaves the other lines standing) that names
        none of them is not changed by it."""
        loose, self.loose = self.loose, None
        if loose is not None and (yes or details) and not named and not _disputes(sents):
            # the shop's list, answered with a yes or the details and nothing else about goods,
            # is the order restated and taken
            self.last = loose
            self.answered = self.accepted = True
            self.said_yes = yes
            self.changed = False
            return
        if self.last is None:
            return
        if not self.answered:
            self.answered = True
            disputes = _disputes(sents)
            # a large count is a price or a pack size read as a count unless the customer says
            # yes to it; but the shop's opened list, each part a line read and each large count
            # written before its goods, that asks for the details ("Ok: 48 menu mish, 12 …, 60
            # karrige. Adresa?") is answered by them
            vouched = not self.last.large or self.last.notebook
            self.accepted = (yes or ordered or (details and vouched)) and not disputes
            # "Konfirmojmë: …, instalim ekspres. Numri i telefonit?" - "049 330 118": the details
            # it asks for, given, say yes to it
            asked = details and self.last.asks and self.last.shaped
            self.said_yes = (yes or ordered or asked) and not disputes
        if named:
            last = self.last
            restated = {it.product for it in last.items}
            keeps = last.keeps_others or last.addition or len(restated) < 2
            if not (added and keeps and not added & restated):
                self.changed = True

    def closing(self) -> None:
        """ "U rregullua Klea: rafting 5 persona, transport 4 ulëse" and the conversation ends:
        the shop's opened restatement that no customer message follows, each part of it a line
        read, is the order as the shop booked it: the customer does not dispute it, as if with a
        yes (the shop's offer it books is taken too)."""
        if self.last is not None and not self.answered and self.last.closes:
            # what the shop offered and now books ("+ prizë TV") is taken as after a yes
            self.answered = self.accepted = self.said_yes = True

    def take(self, items: list[Item]) -> bool:
        """The restatement replaces the lines when the customer took it and changed nothing
        after it: each restated product's lines take the restated count (and the variant the
        restatement says when the line has none); a line it leaves out goes when two or more
        lines are restated (the whole order), stays when one is."""
        r = self.last
        if r is None or not self.accepted or self.changed:
            return False
        products = self.index.products
        restated = {it.product for it in r.items}
        omitted = [x for x in items if x.product not in restated]
        for it in r.items:
            # "Konfirmojmë: Kombo Familja 24 muaj, …" after "300 Mbps" and "TV Plus": the
            # bundle restated holds the customer's lines of its parts
            parts = bundle_parts(self.index, it.product)
            omitted = [x for x in omitted if x.product not in parts]
        # "… plus montim 500" … "Pra Varta 77Ah + montim + filter ajri." - "po": every line of
        # the order restated, with what the shop offered before, and a yes to it: the offer is
        # taken too
        whole = r.shaped and self.said_yes and all(x.tentative for x in omitted)
        seen = self.seen | {x.product for x in items}
        added: set[int] = set()
        unnamed: list[Item] = []  # restated products the customer never named, fitting no line
        for it in r.items:
            if r.named_for and not items:
                added.add(it.product)  # the order holds nothing but what the shop named
                continue
            if it.product in seen:
                continue
            # "vello 1.5 m" for the "Vello klasik" ordered: the restated words fit a product of
            # the order as well, it is that one
            fits = [x for x in omitted if it.said and it.said <= products[x.product].keys]
            if it.weak:
                # "1 ramka za diploma" read as any frame: a word several products share names
                # no product of its own; it is the one line left out with its count
                fits = [x for x in omitted if x.quantity == it.quantity and not x.tentative]
                if len(fits) != 1:
                    return False
            if not fits and (r.named_for or whole and it.product in r.offered | r.by_parts):
                added.add(it.product)
                continue
            if len(fits) > 1:
                return False  # a product the customer never named: not the order restated
            if not fits:
                unnamed.append(it)
                continue
            x = fits[0]
            omitted.remove(x)
            wanted = products[it.product].variants[it.variant] if it.variant is not None else None
            it.product = x.product
            variants = products[x.product].variants
            it.variant = variants.index(wanted) if wanted in variants else x.variant
            it.variant_key = x.variant_key
        renamed = self._renamed(unnamed, omitted)
        if renamed is None:
            return False  # a product the customer never named: not the order restated
        added |= {it.product for it in unnamed}
        new: list[Item] = []
        # "Ok, edhe një ventilator 40 cm …": the shop confirms a line the customer adds, not
        # the product's lines restated
        adds = any(t.text in _ADDITIVE for t in r.toks[:3])
        for p in dict.fromkeys(it.product for it in r.items):
            said = [it for it in r.items if it.product == p]
            own = [x for x in items if x.product == p and not x.tentative]
            if len(said) == 1 and len(own) >= 2 and len({x.variant for x in own}) == 1:
                # "… + 1 llambë emergjence" for two lines of the lamp in one variant: one line
                # read twice from the customer's words, restated as one
                own = own[:1]
            if len(said) != len(own) and not adds and _restated_split(said, own):
                # "rafting i shkurtër" … "bojeni te gjatin" … "Rregulluar: rafting i gjatë 2
                # persona" - "perfekt": one of the customer's lines by variant, restated alone,
                # is the one kept; "10 kuq e zi, 10 me logo" read as one line, restated
                # "10 flamuj tavoline Shqipëri, 10 me logo" - "Ja genau": the shop's lines
                new += said
                continue
            if max(len(said), len(own)) >= 2:
                # one product's lines by variant: the customer's lines, and the split
                # restatement merchant_lines reads, stand (the fresh reader lacks their context);
                # the shop's own lines when the customer's words named none
                new += said if p in added else own
                continue
            if len(said) > len(own) and p not in added and any(it.variant is None for it in said):
                return False  # "Dopio 160x200 … mbulesë dopio": more lines, one without variant
            if len(said) == 1 and len(own) == 1:
                # one line each: the restated count; the line's own variant when it has one
                it, x = said[0], own[0]
                if x.variant is not None and not _restates_variant(r, it, x, products):
                    it.variant, it.variant_key = x.variant, x.variant_key
                if not it.qty_explicit and x.qty_explicit:
                    it.quantity = x.quantity  # no count read in the restated line
            else:
                for it in said:
                    match = next((y for y in own if y.variant == it.variant), None)
                    if match is not None and not it.qty_explicit and match.qty_explicit:
                        it.quantity = match.quantity  # no count read in the restated line
            if len(said) < len(own) and all(it.variant is None for it in said):
                # "2 balsame" for the cherry and the honey one: less said than the lines hold
                new += own
                continue
            new += said
        if len(restated) < 2 or r.addition or r.keeps_others:
            # one product restated (in one line, or split by variant: "1 shtesë 23–32 kg dhe 1
            # shtesë deri 23 kg"), or only the lines just added: they take their lines' places,
            # the others stand (a restated line that fitted an omitted one is now that product)
            restated = {it.product for it in r.items} | renamed
            kept: list[Item] = []
            for x in items:
                if x.product not in restated:
                    kept.append(x)
                elif new:
                    kept += new
                    new = []
            new = kept + new
        for it in new:
            if it in r.items:
                it.weak = False  # the shop's list, taken: the line it states is ordered
        items[:] = new
        return True

    def _renamed(self, unnamed: list[Item], omitted: list[Item]) -> set[int] | None:
        """The customer's products the restatement names anew: "una pizza della casa grande"
        read as the margherita, restated "Pica Ariu e madhe, Margarita e vogël" and accepted.
        One product the customer never named and one of the customer's products the
        restatement leaves out, with the same count: the shop's catalog words name what the
        customer described, and the customer's line is that product (an empty set when every
        restated product was named; None when the restatement cannot be read so)."""
        if not unnamed:
            return set()
        left = [x for x in omitted if not x.tentative]
        if len({it.product for it in unnamed}) != 1 or len({x.product for x in left}) != 1:
            return None
        if not {it.quantity for it in unnamed} & {x.quantity for x in left}:
            return None
        # "2 pizhame 3 vjeç" for the winter pyjamas ordered: the shop's words name the customer's
        # product as well (a kind word both hold), they name no other one
        own = self.index.products[left[0].product].keys
        if any(not {k for k in it.said if not is_attribute(k)} - own for it in unnamed):
            return None
        return {left[0].product}


def _may_name_goods(index: CatalogIndex, lines: list[Sentence]) -> bool:
    """Whether a fresh ``ItemReader`` reading ``lines`` can end with a line: only when one of
    them holds a catalog mention (``find_mentions``) or the catalog sells a product spelled a
    character at a time (``_spelled`` makes lines from letters or digits beside a key word).
    Every other reader of ``ItemReader.read`` changes a line already held (none yet) or needs
    what only the merchant's side of the reader sets (offers, advice, summaries, a product
    waiting for its variant, a service offered), which a fresh reader lacks; and a product
    waiting for its variant is noted only on a mention. Without either, the reading is skipped:
    it would give no item, and ``merchant`` returns on no item."""
    return bool(index.spelled) or any(find_mentions(index, s.toks, s.breaks) for s in lines)


_NO = word_set("negations")
_ADDITIVE = word_set("additive")  # "edhe", "also", "anche", "auch"


def _count_before(text: str, it: Item) -> bool:
    """The line's count is the number written before its words ("60 karrige", "Ok: 48 x
    menu", "Pra 40 foto"), as a notebook line is, not a number after them ("telekomanda 1200
    copa": a price)."""
    if re.search(rf"(?<![\d.,]){it.quantity}\s*(?:[x×]\s*)?$", text[: it.start]):
        return True
    m = _LEADING_COUNT.match(text, it.start, it.end)
    return (
        m is not None
        and int(m.group(2)) == it.quantity
        and (not m.group(1) or fold(m.group(1)) in _OPENERS | _CONFIRM)
    )


# "Ok: 48 premium", "Pra 40 foto", "- 60 karrige": an opener or a yes before the count
_LEADING_COUNT = re.compile(r"\W*(?:([^\W\d]+)\W*\s)?\W*(\d{1,3})\s*(?:[x×]\s*)?[^\W\d]")
_CONFIRM = word_set("confirm_words")


# a digit before a metre or square-metre word: the precondition of ``_measured_counts``
_MEASURE_SIGN = re.compile(r"\d\s*(?:m\b|m²|m2|m³|m3|met|mt|kat|sq|qu|kub|lit|l\b|kg)", re.I)


def _sold_by_measure(name: str) -> bool:
    """ "Suva … për m²", "Pervaz …, për metër", "Rërë (m³)", "Vaj (për litër)": a name saying
    the product is sold by a measured unit, whose amounts are its count."""
    return sold_by_area(name) or sold_by_area(name, volume=True) or sold_by_unit(name) is not None


def _measured_counts(text: str, items: list[Item], index: CatalogIndex) -> dict[int, int]:
    """The lines (by their place in ``items``, sorted by where they start) of products sold by a
    measured unit whose own part of the shop's list writes an amount in that unit: "stiropor
    10 cm 640 m² + suva 2 mm 640 m²", "pervaz kafe 34 m", "Kabel 3x1.5 40 m". The part runs from
    the line's words to the next line's (or the sentence's end); the amount is the count the
    shop bills, however large (``MAX_RESTATED_COUNT`` is for pieces)."""
    out: dict[int, int] = {}
    for k, it in enumerate(items):
        entry = index.products[it.product]
        if not _sold_by_measure(entry.name):
            continue
        end = items[k + 1].start if k + 1 < len(items) else len(text)
        part = _PART_END.split(text[it.start : max(end, it.end)], maxsplit=1)[0]
        toks = tokenize(fold(part))
        amount = length_count(entry, toks, 0, len(toks))
        if amount is not None and (it.quantity == amount or not it.qty_explicit):
            out[k] = amount
    return out


# where a part of the shop's list ends: a plus, a sum, a new sentence or line
_PART_END = re.compile(r"[+=;\n]|[.!?](?:\s|$)")


def _restated_split(said: list[Item], own: list[Item]) -> bool:
    """One product's lines by variant, restated: every restated line names its variant (and,
    when it adds lines, its count), and the fewer side's variants are all on the other side."""
    if not own or any(it.variant is None for it in said):
        return False
    if len(said) > len(own):
        return all(it.qty_explicit for it in said) and {x.variant for x in own} <= {
            it.variant for it in said
        }
    return len(said) == 1 and said[0].variant in {x.variant for x in own}


def _restates_variant(r: Restatement, it: Item, x: Item, products: Sequence[ProductEntry]) -> bool:
    """The restated line names another variant than the customer's line in the catalog's own
    words and does not name the customer's ("jo jo, make it grey, e bardha zihet shpejt" - "3
    roleta blackout gri"): the shop's notebook line, accepted, is the variant."""
    if it.variant is None or it.variant == x.variant or x.variant is None:
        return False
    variants = products[it.product].variants
    if says_verbatim(r.toks, variants[x.variant]):
        return False
    if says_verbatim(r.toks, variants[it.variant]):
        return True
    # "Chunky white-pink 37" for the line read as "37 / Gri": the restated words name the
    # restated variant more fully than the customer's (a part of it only, or none)
    specs = products[it.product].specs
    said = match_variant([specs[it.variant]], r.toks, 0, len(r.toks))
    own = match_variant([specs[x.variant]], r.toks, 0, len(r.toks))
    return said is not None and (own is None or own.score < said.score)


# a "+" right before the restatement's first line (and its count): "Ok: + 2 …", "+ shtesë …"
_PLUS_FIRST = re.compile(r"(?:^|[\s:])\+\s*(?:\d{1,3}\s*(?:x\s*)?)?$")
_PART = re.compile(r"[^+,;\n]+")
# "Sure: 3 ovals", "Pra 1 magjik": a word and a colon, or an opener, before the count open
# the list
_COUNTED = re.compile(r"^\s*\W{0,3}(?:([^\W\d]+)(:?)\s*)?\d{1,3}\s*(?:x\s*)?([^\W\d]+)")
_OPENERS = word_set("summary_openers")
# "8 gusht", "5 persona", "3 net": a date, people, time, nights
_NOT_GOODS = word_set("not_goods") | word_set("night_words")
MIN_STEM = 4  # a shorter root ("sea" of "seat") names nothing loosely


def _unread_parts(
    text: str, items: list[Item], index: CatalogIndex
) -> list[tuple[re.Match[str], int]]:
    """The parts of the restatement between "+ , ;" that open with a count ("3 Cherry") and
    hold no line read, with their counts: the restatement is not read whole unless each is
    one of the order's lines in the customer's words; a count of days, people or a date ("8
    gusht") counts no goods. A part that says, in the catalog's words, the variant of a line
    named before it ("2 Sufllaqe në pitë + 3 në pjatë") is that line's."""
    unread: list[tuple[re.Match[str], int]] = []
    for m in _PART.finditer(text):
        counted = _COUNTED.match(m.group())
        if (
            counted is None
            or fold(counted.group(3)) in _NOT_GOODS
            or counted.group(1)
            and not counted.group(2)
            and fold(counted.group(1)) not in _OPENERS
        ):
            continue  # ", 8 gusht.": the day booked, no goods
        if not any(
            m.start() <= it.start < m.end()
            or it.start <= m.start() < it.end
            or (
                it.variant is not None
                and it.start < m.start()
                and says_verbatim(
                    tokenize(fold(m.group())), index.products[it.product].variants[it.variant]
                )
            )
            for it in items
        ):
            unread.append(
                (
                    m,
                    int(
                        re.sub(
                            r"\D",
                            "",
                            m.group()[counted.end(2) if counted.group(1) else 0 : counted.start(3)],
                        )
                    ),
                )
            )
    return unread


def _line_restated(
    part: re.Match[str], count: int, lines: Sequence[Item], items: list[Item], index: CatalogIndex
) -> Item | None:
    """The one line of the order, of ``count`` and restated nowhere else, whose product the
    words of ``part`` name loosely: a word (no count, no filler) of the part is, but for its
    ending (``stem``), a word of the product's name, of its variants or of the customer's
    words for it ("2 ovals" of the 2 "Pasqyrë banjoje", variant "ovale")."""
    restated = {it.product for it in items}
    words = {
        stem(t.text)
        for t in tokenize(fold(part.group()))
        if t.text not in _NOT_GOODS_PART and t.text.isalpha()
    }
    words = {w for w in words if len(w) >= MIN_STEM}
    fits: list[Item] = []
    for x in lines:
        if x.tentative or x.product in restated or x.quantity != count:
            continue
        entry = index.products[x.product]
        named = tokenize(fold(" ".join((entry.name, x.text, *entry.variants))))
        if words.intersection(stem(t.text) for t in named):
            fits.append(x)
    # "1 ovals" for two mirrors of 1, one oval, one square: which one is not said
    return fits[0] if len(fits) == 1 else None


MAX_PART_WORDS = 4  # "3 klasike te gjelbra": a part naming goods by its words alone is short
# the sentence's end inside a part (" 3 klasike te gjelbra. Ku t'i dergojme?")
_PART_END = re.compile(r"[.?!](?:\s|$)")


def _part_names(
    part: re.Match[str], count: int, items: list[Item], index: CatalogIndex, message: int
) -> Item | None:
    """A line for the counted part of the shop's list that no reading of the customer's kind
    names, when each of its words (after the count, up to the sentence's end) is a word of the
    name or of a variant of exactly one catalog product, and one of them a word of its name
    (not only a colour or a size) or of a variant of several words: the shop lists in the
    catalog's words and leaves out the kind's word the parts share ("2 sexhade …, 3 klasike",
    "5 PVC 110 mm"). None when no product, or more than one, holds them."""
    text = part.group()
    end = _PART_END.search(text)
    text = text[: end.start()] if end else text
    toks = tokenize(fold(text))
    first = next((k for k, t in enumerate(toks) if number_value(t.text) == count), None)
    if first is None:
        return None
    words = [
        (k, t)
        for k, t in enumerate(toks)
        if k > first and t.text.isalpha() and len(t.text) > 1 and t.text not in _NOT_GOODS_PART
    ]
    if not words or len(words) > MAX_PART_WORDS:
        return None
    fits: list[tuple[int, bool, VariantHit | None]] = []
    for entry in index.products:
        name = {stem(t.text) for t in tokenize(fold(entry.name))}
        variant = {stem(t.text) for v in entry.variants for t in tokenize(fold(v))}
        hit = match_variant(entry.specs, toks, first + 1, len(toks)) if entry.specs else None
        own = [stem(t.text) in name or index.resolve(t.text) in entry.keys for _k, t in words]
        if all(
            o or stem(t.text) in variant or (hit is not None and hit.start <= k < hit.end)
            for o, (k, t) in zip(own, words, strict=True)
        ):
            fits.append((entry.index, any(own), hit))
    if len(fits) != 1:
        return None
    product, by_name, hit = fits[0]
    entry = index.products[product]
    if not by_name and (hit is None or len(entry.specs[hit.index].keys) < 2):
        return None  # "3 te bardha": a colour alone names no product
    return Item(
        product,
        count,
        hit.index if hit else None,
        None,
        qty_explicit=True,
        message=message,
        start=part.start(),
        end=part.end(),
        text=part.group(),
        said=frozenset(k for _j, t in words if (k := index.resolve(t.text)) is not None),
    )


_PART_BREAK = frozenset("+,;&")
# words that name no goods in a list part: "Ok", "Pra", "Faleminderit", "dhe", "the"
_NOT_GOODS_PART = (
    word_set("stopwords")
    | word_set("confirm_words")
    | word_set("summary_openers")
    | word_set("greetings")
    | word_set("thanks")
    | word_set("currency")
    | word_set("conjunctions")
    # "U regjistrua: Agron Berisha, …": the shop's booking words
    | frozenset(w for phrase in word_set("booked_prefaces") for w in phrase.split())
)


def _every_part_read(lines: list[Sentence], items: list[Item], index: CatalogIndex) -> bool:
    """Each part of the shop's list (between "+ , ; &") in a sentence that holds a line read
    holds a line too: "…, mollë të kuqe 2 kg, Ariel xhel 2.2 L" with the detergent not read
    is not the order restated whole, whatever else it holds. A part of bare numbers, prices
    or a yes ("Ok, …", "57€") names no goods."""
    for s in lines:
        lo, hi = s.start, s.start + len(s.raw)
        inside = [it for it in items if lo <= it.start < hi]
        if not inside:
            continue
        part: list[Token] = []
        for k, t in enumerate(s.toks):
            if k and _PART_BREAK.intersection(s.raw[s.toks[k - 1].end : t.start]):
                if not _part_read(s, part, inside, index):
                    return False
                part = []
            part.append(t)
        if not _part_read(s, part, inside, index):
            return False
    return True


def _part_read(s: Sentence, part: list[Token], items: list[Item], index: CatalogIndex) -> bool:
    a, b = s.start + part[0].start, s.start + part[-1].end
    if any(it.start < b and a < it.end for it in items):
        return True
    said = [t.text for t in part]
    if any(
        it.start < a and said == [t.text for t in tokenize(fold(v))]
        for it in items
        for v in index.products[it.product].variants
    ):
        return True  # "Rinas → Ksamil, minivan + 1 karrige": a variant of the line before
    # "Ok", "Pra" name no goods; but "… 45€ + 6 + 8 + 9 = 68€": bare amounts added up are
    # prices, and the list is a sum, not the order restated
    # "Ok Rinesa, TV box …": the customer's name beside the shop's yes names no goods either,
    # nor does the full name it is booked under ("U regjistrua: Agron Berisha, …")
    names = lexicon().given_names | lexicon().family_names
    return not any(
        (t.text not in _NOT_GOODS_PART and t.text not in names and len(t.text) > 1)
        or any(ch.isdigit() for ch in t.text)
        for t in part
    )


def _disputes(sents: list[Sentence]) -> bool:
    """The customer's answer corrects, narrows, cancels or removes, or opens with a no."""
    return any(
        s.has("correct") or s.has("only") or s.has("cancel") or s.has("remove") for s in sents
    ) or _starts_no(sents)


def _starts_no(sents: list[Sentence]) -> bool:
    return bool(sents) and bool(sents[0].toks) and sents[0].toks[0].text in _NO
