"""The order's items over a conversation: mentions, quantities, variants and corrections.

Customer sentences are read oldest first. A product mention adds an item or updates the
item of the same product; a segment without a product (a colour, a size, "ma bej 3", "make it
L", "statt groß doch mittel") updates the item it refers to; "hiqe"/"remove"/"senza" drops one,
"veq"/"only" keeps one. Items first named in a question are tentative until an order, a detail
or an attribute commits them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plugins.parser_rules.catalog_match import (
    STOPWORDS,
    CatalogIndex,
    Mention,
    ProductEntry,
    find_mentions,
)
from plugins.parser_rules.lexicon import lexicon
from plugins.parser_rules.numbers import find_measures, number_value, unit_of
from plugins.parser_rules.segments import CONJUNCTIONS, Sentence
from plugins.parser_rules.variants import SIZE_KEYWORDS, VariantHit, match_variant, variant_spec

CONTAINERS = frozenset(
    [
        "kavanoz",
        "kavanoza",
        "kavanozi",
        "shishe",
        "shishja",
        "bidon",
        "bidona",
        "bidoni",
        "pako",
        "pakot",
        "paketa",
        "kuti",
        "kutia",
        "thes",
        "tepsi",
        "tepsia",
        "jar",
        "jars",
        "bottle",
        "bottles",
        "pack",
        "packs",
        "box",
        "boxes",
        "bag",
        "bags",
        "tray",
        "trays",
        "can",
        "cans",
        "vasetto",
        "vasetti",
        "barattolo",
        "barattoli",
        "bottiglia",
        "bottiglie",
        "sacco",
        "sacchi",
        "confezione",
        "confezioni",
        "scatola",
        "scatole",
        "glas",
        "glaser",
        "flasche",
        "flaschen",
        "packung",
        "packungen",
        "dose",
        "dosen",
        "sack",
        "beutel",
        "schachtel",
        "flacone",
        "flaconi",
        "flakon",
        "flakone",
        "flacon",
        "panel",
        "panels",
        "sets",
        "sete",
        "set",
        "sacke",
        "saecke",
    ]
)
PAIR_WORDS = frozenset(
    ["pal", "pale", "pala", "palë", "paret", "pair", "pairs", "paio", "paia", "paar"]
)
SAME_WORDS = frozenset(
    [
        "njejtin",
        "njejten",
        "njejte",
        "njejtat",
        "same",
        "stesso",
        "stessa",
        "stessi",
        "gleiche",
        "gleichen",
        "gleichem",
        "selben",
    ]
)
MAX_QTY = 500
_WHEN = frozenset(
    [
        "me",
        "ne",
        "ora",
        "deri",
        "prej",
        "pas",
        "para",
        "at",
        "um",
        "alle",
        "am",
        "on",
        "before",
        "after",
        "until",
        "bis",
        "entro",
        "vor",
        "nach",
        "by",
        "from",
        "dal",
        "ab",
    ]
)
NEGATIONS = frozenset(["nicht", "not", "nuk", "jo", "non", "kein", "keine", "keinen", "no"])


@dataclass
class Item:
    product: int
    quantity: int = 1
    variant: int | None = None
    variant_key: str | None = None  # the customer's word that chose the variant ("#large")
    tentative: bool = False
    qty_explicit: bool = False
    message: int = 0
    start: int = 0  # char span in the message
    end: int = 0
    text: str = ""
    said: frozenset[str] = frozenset()  # the catalog keys of the customer's words for it


@dataclass
class ItemState:
    index: CatalogIndex
    items: list[Item] = field(default_factory=list)
    question_items: list[int] = field(default_factory=list)

    # --- helpers ----------------------------------------------------------------------
    def entry(self, item: Item) -> ProductEntry:
        return self.index.products[item.product]

    def find(self, product: int) -> Item | None:
        for it in reversed(self.items):
            if it.product == product:
                return it
        return None

    def share_models(self) -> None:
        """A phone model said for one accessory is the model of the others that have it."""
        models = [
            self.entry(it).variants[it.variant]
            for it in self.items
            if it.variant is not None and _model_like(self.entry(it).variants[it.variant])
        ]
        if len(set(models)) != 1:
            return
        for it in self.items:
            if it.variant is None and models[0] in self.entry(it).variants:
                it.variant = self.entry(it).variants.index(models[0])

    def promote_all(self) -> None:
        """An order or details commit the items asked about, unless others were ordered since."""
        if any(not it.tentative for it in self.items):
            return
        for it in self.items:
            it.tentative = False


def _model_like(variant: str) -> bool:
    """ "iPhone 15 Pro", "Samsung A54": letters and digits, not a size, a measure or a range."""
    spec = variant_spec(variant)
    words = variant.split()
    return (
        spec.measure is None
        and spec.range_ is None
        and spec.size is None
        and len(words) >= 2
        and any(c.isdigit() for c in variant)
        and any(c.isalpha() for c in variant)
    )


def glued(sent: Sentence, k: int) -> bool:
    """A number written against letters ("S23", "A54", "3-vendesh"): part of a name, not a count."""
    t = sent.toks[k]
    before = sent.raw[t.start - 1 : t.start] if t.start else ""
    after = sent.raw[t.end : t.end + 2]
    return before.isalpha() or (after[:1] == "-" and after[1:2].isalpha())


def _quantity_before(
    sent: Sentence, start: int, lo: int, paired: bool, skip: set[int]
) -> tuple[int, int] | None:
    """(quantity, token index) of a number written just before a mention."""
    toks = sent.toks
    fillers = 0
    pair = False
    k = start - 1
    while k >= lo and fillers <= 2 and k + 1 not in sent.breaks:
        t = toks[k].text
        if (
            k in skip
            or (t in STOPWORDS or lexicon().concept(t) is not None)
            and number_value(t) is None
        ):
            k -= 1
            continue
        v = number_value(t)
        if v is not None and v > 0:
            if t[:1].isdigit() and len(t) > 4:
                return None
            if t[:1].isdigit() and glued(sent, k):
                k -= 1  # "3-seater", "S24": part of a name
                fillers += 1
                continue
            weak = t in lexicon().weak_numbers
            if weak and fillers > 1:
                return None
            q = int(v) if v >= 1 else 1
            if pair and not paired:
                q *= 2
            return q, k
        if t in PAIR_WORDS:
            pair = True
        elif unit_of(t) is not None and k > lo and number_value(toks[k - 1].text) is not None:
            # "2 kg bakllava": the number of kilos is the quantity when no variant took it
            v2 = number_value(toks[k - 1].text) or 1
            return (max(1, int(v2)), k - 1)
        elif t in ("x",) and k > lo and toks[k - 1].text.isdigit():
            return int(toks[k - 1].text), k - 1
        fillers += 1
        k -= 1
    return None


def _quantity_after(
    sent: Sentence, end: int, hi: int, paired: bool, skip: set[int]
) -> tuple[int, int] | None:
    toks = sent.toks
    for k in range(end, min(hi, end + 6)):
        if k in skip:
            continue
        t = toks[k].text
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        if t == "x" and nxt.isdigit() and k + 1 not in skip:
            return int(nxt), k + 1
        if t.isdigit() and nxt == "x" and toks[k].end == toks[k + 1].start:
            return int(t), k
        v = number_value(t)
        if (
            v is not None
            and v >= 1
            and (
                nxt in PAIR_WORDS
                or lexicon().concept(nxt) == "piece"
                or nxt in ("sets", "sete", "set", "copë", "bidona", "kavanoza", "pako", "kuti")
            )
        ):
            q = int(v)
            if nxt in PAIR_WORDS and not paired:
                q *= 2
            return q, k
    return None


def _counted(sent: Sentence, a: int, b: int) -> int | None:
    """A count with its noun ("zwei Flaschen", "two panels", "a couple of them", "due pezzi")."""
    for k in range(a, b):
        v = number_value(sent.toks[k].text)
        if v is None or not 1 <= v <= MAX_QTY or glued(sent, k):
            continue
        nxt = sent.toks[k + 1].text if k + 1 < b else ""
        if (
            nxt in CONTAINERS
            or nxt in PAIR_WORDS
            or lexicon().concept(nxt) == "piece"
            or nxt in ("of", "them", "di", "von")
        ):
            return int(v)
    return None


def _measure_right_after(sent: Sentence, end: int, k: int) -> bool:
    """ "olio di rosa 30 ml e crema": the measure right after a product name is that product's."""
    if any(sent.toks[j].text not in STOPWORDS for j in range(end, k)):
        return False
    if any(j in sent.breaks for j in range(end, k + 1)):
        return False
    return any(m.start == 0 for m in find_measures(sent.toks[k : k + 3]))


def _segment_quantity(sent: Sentence, a: int, b: int, used: set[int]) -> int | None:
    """The count written in a short segment ("nje nr 30" -> 1, "zwei Flaschen" -> 2)."""
    for k in range(a, b):
        if k in used:
            continue
        v = number_value(sent.toks[k].text)
        if (
            v is not None
            and 1 <= v <= MAX_QTY
            and not (sent.toks[k].text[:1].isdigit() and len(sent.toks[k].text) > 3)
        ):
            nxt = sent.toks[k + 1].text if k + 1 < len(sent.toks) else ""
            if unit_of(nxt) is not None:
                continue
            return int(v)
    return None


def split_at_numbers(sent: Sentence, start: int, stop: int) -> list[tuple[int, int]]:
    """A window cut before each count ("nje S nje M" -> "nje S", "nje M")."""
    cuts = [
        k
        for k in range(start + 1, stop)
        if number_value(sent.toks[k].text) is not None
        and sent.toks[k - 1].text not in SIZE_KEYWORDS
        and number_value(sent.toks[k - 1].text) is None
    ]
    if not cuts:
        return [(start, stop)]
    out, prev = [], start
    for c in cuts:
        out.append((prev, c))
        prev = c
    out.append((prev, stop))
    return out


def _measure_quantity(
    entry: ProductEntry, sent: Sentence, lo: int, hi: int
) -> tuple[int | None, int | None, set[int]]:
    """ "due chili" of a product sold in 1 kg: (variant, quantity, tokens used)."""
    for m in find_measures(sent.toks[lo:hi]):
        if any(spec.measure == m.key for spec in entry.specs):
            continue
        for vi, spec in enumerate(entry.specs):
            if (
                spec.measure
                and m.number > 1
                and spec.measure == f"{m.unit}:{m.amount / m.number:g}"
            ):
                return vi, int(m.number), set(range(m.start + lo, m.end + lo))
    return None, None, set()


class ItemReader:
    """Feeds customer sentences into an :class:`ItemState`."""

    def __init__(self, index: CatalogIndex) -> None:
        self.state = ItemState(index)
        self.focus: Item | None = None
        self.last_counted = False  # the last sentence read gave a count or a variant

    def read(self, sent: Sentence, commit: bool) -> bool:
        """Read one customer sentence; True when it named or changed an item."""
        index = self.state.index
        self.last_counted = False
        mentions = find_mentions(index, sent.toks, sent.breaks)
        if not mentions:
            return self._loose(sent, commit)
        mentions = self._drop_variant_words(sent, mentions)
        first = mentions[0].start
        if any(s0 < first for s0, _e in sent.intents.get("order", ())) and any(
            b <= first for b in sent.breaks
        ):
            asked = [it for it in self.state.items if it.tentative]
            if asked and not sent.question:
                asked[-1].tentative = False  # "Great, I'll take one, and a 64GB card"
        changed = False
        removes = [s for s, _e in sent.intents.get("remove", ())]
        for k, m in enumerate(mentions):
            lo_seg, hi_seg = sent.segment_bounds(m.start)
            if any(lo_seg <= r < hi_seg for r in removes):
                changed |= self._remove(sent, [m])
                continue
            # words before the first product name are its own; later ones start at their segment
            lo = max(lo_seg, mentions[k - 1].end) if k else 0
            hi = hi_seg
            if k + 1 < len(mentions):
                nxt = mentions[k + 1]
                hi = min(hi, nxt.start)
                q = _quantity_before(sent, nxt.start, m.end, False, set())
                if q is not None and not _measure_right_after(sent, m.end, q[1]):
                    hi = min(hi, q[1])
            # segments after the mention without a product of their own: "nje nr 30 dhe nje nr 33"
            stop = len(sent.toks)
            if k + 1 < len(mentions):
                stop = mentions[k + 1].start
                qn = _quantity_before(sent, stop, m.end, False, set())
                if qn is not None and not _measure_right_after(sent, m.end, qn[1]):
                    stop = qn[1]
            subs = self._sub_segments(sent, hi_seg, stop)
            changed |= self._mention(sent, m, lo, hi, subs, commit, last=k + 1 == len(mentions))
        self._share_trailing_variant(sent, mentions)
        if sent.has("only") and len(mentions) == 1 and self.state.items:
            keep = mentions[0].product
            self.state.items = [it for it in self.state.items if it.product == keep]
        return changed

    def merchant_fill(self, sents: list[Sentence]) -> None:
        """The merchant's confirmation names a variant the customer left open ("3 kabllo USB-C 1m",
        "Pipette für große Hunde (qen L)"); options ("50ml apo 100ml?") tie and name none."""
        open_items = [
            it for it in self.state.items if it.variant is None and self.state.entry(it).specs
        ]
        for it in open_items:
            for sent in sents:
                if sent.question:
                    continue
                mentions = find_mentions(self.state.index, sent.toks, sent.breaks)
                named = [m for m in mentions if it.product in {p for _s, p in m.candidates}]
                if not named and not (len(open_items) == 1 and not mentions):
                    continue
                lo = named[0].start if named else 0
                hi = len(sent.toks)
                later = [
                    m.start
                    for m in mentions
                    if m.start > lo and it.product not in {p for _s, p in m.candidates}
                ]
                if later:
                    hi = min(later)
                hit = match_variant(self.state.entry(it).specs, sent.toks, lo, hi)
                if hit is not None:
                    it.variant = hit.index
                    it.variant_key = self._hit_key(sent, hit)
                    break

    def merchant_focus(self, sents: list[Sentence]) -> None:
        """The item a merchant's message asks about ("Sa kapele sakte, 2?"): a short answer is about it."""
        named = {
            m.product
            for sent in sents
            for m in find_mentions(self.state.index, sent.toks, sent.breaks)
            if self.state.find(m.product) is not None
        }
        self.focus = self.state.find(named.pop()) if len(named) == 1 else None

    def merchant_names(self, sents: list[Sentence]) -> None:
        """The merchant names the product the customer pointed at ("the one in your story"):
        kept as a tentative item while the customer has named none and the message names one."""
        if self.state.items:
            return
        found: dict[int, tuple[Sentence, Mention]] = {}
        for sent in sents:
            for m in find_mentions(self.state.index, sent.toks, sent.breaks):
                if not m.ambiguous:
                    found.setdefault(m.product, (sent, m))
        if len(found) != 1:
            return
        sent, m = next(iter(found.values()))
        self.state.items.append(
            Item(
                m.product,
                1,
                None,
                None,
                True,
                False,
                sent.message,
                sent.start + sent.toks[m.start].start,
                sent.start + sent.toks[m.end - 1].end,
                sent.raw[sent.toks[m.start].start : sent.toks[m.end - 1].end],
            )
        )

    def _drop_variant_words(self, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
        """ "karikues makine USB-C": words that are a variant of the product just named are not a
        product of their own (even when another product's name holds them)."""
        out: list[Mention] = []
        for m in mentions:
            if out:
                prev = out[-1]
                spec = self.state.index.products[prev.product].specs
                hit = match_variant(spec, sent.toks, m.start, m.end)
                if hit is not None and hit.start <= m.start and hit.end >= m.end:
                    prev.end = m.end
                    continue
            out.append(m)
        return out

    def _share_trailing_variant(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "nji qafore edhe nji rrip, masa M": a variant after the last product of a list is all of theirs."""
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

    def _pick(self, m: Mention, sent: Sentence, lo: int, hi: int) -> int:
        """An ambiguous mention ("fustane") resolved by the words of its segment ("te kuq")."""
        if not m.ambiguous:
            return m.product
        top = m.candidates[0][0]
        tied = [p for s, p in m.candidates if s >= top - 1e-9]
        said = {k for k in m.keys if k[:1] not in "#=" and not k[:1].isdigit()}
        ordered = []
        for _s, p in m.candidates:
            it = self.state.find(p)
            if (
                it is not None
                and it.message < sent.message
                and said <= self.state.index.products[p].keys
            ):
                ordered.append(p)
        if len(ordered) == 1:
            return ordered[0]
        keys = {self.state.index.resolve(sent.toks[i].text) for i in range(lo, hi)}
        keys.discard(None)
        scored = sorted(tied, key=lambda p: -len(keys & self.state.index.products[p].keys))
        return scored[0]

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
        entry = index.products[product]
        # segments naming other variants are items of their own ("nje nr 30 dhe nje nr 33")
        pieces: list[tuple[int, int]] = []
        for a, b in subs:
            pieces.extend(split_at_numbers(sent, a, b))
        sub_hits: list[tuple[int, int, VariantHit | None, int]] = []
        for a, b in pieces:
            p = self._pick(m, sent, a, b) if m.ambiguous else product
            sub_hit = match_variant(index.products[p].specs, sent.toks, a, b)
            has_concept = any(
                (index.resolve(sent.toks[i].text) or "").startswith("#") for i in range(a, b)
            )
            if sub_hit is not None or (m.ambiguous and has_concept):
                sub_hits.append((a, b, sub_hit, p))
            elif sub_hits or _segment_quantity(sent, a, b, set()) is None:
                break
        main_hit = match_variant(entry.specs, sent.toks, lo, hi) if sub_hits else None
        distinct = main_hit is not None and all(
            h is not None and h.index != main_hit.index for _a, _b, h, _p in sub_hits
        )
        if len(sub_hits) >= 2 or distinct:
            if distinct and main_hit is not None:
                q = _quantity_before(
                    sent, m.start, lo, entry.paired, set(range(main_hit.start, main_hit.end))
                )
                self._add(sent, m, product, q[0] if q else 1, main_hit, commit, separate=True)
            for a, b, h, p in sub_hits:
                used = set(range(h.start, h.end)) if h else set()
                n = _segment_quantity(sent, a, b, used) or 1
                self._add(sent, m, p, max(1, min(n, MAX_QTY)), h, commit, separate=True)
            return True
        if len(sub_hits) == 1:
            a, b, _hit, p = sub_hits[0]
            hi = max(hi, b)
            product = p if m.ambiguous else product
            entry = index.products[product]
        trailing: int | None = None
        if pieces and not sub_hits:
            # "shurup boronice 250 ml, zwei Flaschen": a bare count in the next segment
            a, b = pieces[0]
            if b - a <= 5:
                trailing = _counted(sent, a, b)
        skip: set[int] = set()
        var_index, mq, used = _measure_quantity(entry, sent, lo, hi)
        hit: VariantHit | None = None
        if var_index is not None:
            hit = VariantHit(var_index, 10.0, min(used), max(used) + 1)
            skip |= used
        else:
            old = self._old_value_tokens(sent)
            hit = match_variant(entry.specs, sent.toks, lo, hi, skip=old)
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
        if hit is not None:
            skip |= set(range(hit.start, hit.end))
        qty: int | None = mq
        if qty is None:
            q = _quantity_before(sent, m.start, lo, entry.paired, skip)
            if q is None:
                q = _quantity_after(sent, m.end, hi, entry.paired, skip)
            qty = q[0] if q else None
            weak = q is not None and sent.toks[q[1]].text in lexicon().weak_numbers
            if trailing is not None and (qty is None or weak):
                qty = trailing
        if qty is None and sent.has("correct") and self.state.find(product) is not None:
            qty = self._window_quantity(sent, m.end, hi, self._old_value_tokens(sent) | skip)
        self._add(sent, m, product, qty, hit, commit, separate=False)
        return True

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
        if qty is not None or hit is not None:
            self.last_counted = True
        tentative = sent.question and not commit
        existing = None if separate else state.find(product)
        vkey = self._hit_key(sent, hit)
        span = (sent.start + sent.toks[m.start].start, sent.start + sent.toks[m.end - 1].end)
        if (
            existing is not None
            and existing.message == sent.message
            and hit is not None
            and existing.variant is not None
            and existing.variant != hit.index
        ):
            existing = None  # same product, two variants in one message: two items
        if existing is None:
            state.items.append(
                Item(
                    product,
                    max(1, min(qty or 1, MAX_QTY)),
                    hit.index if hit else None,
                    vkey,
                    tentative,
                    qty is not None,
                    sent.message,
                    span[0],
                    span[1],
                    sent.raw[sent.toks[m.start].start : sent.toks[m.end - 1].end],
                    frozenset(m.keys),
                )
            )
            if tentative:
                state.question_items.append(len(state.items) - 1)
            return
        if qty is not None:
            existing.quantity = max(1, min(qty, MAX_QTY))
            existing.qty_explicit = True
        if hit is not None:
            existing.variant = hit.index
            existing.variant_key = vkey
        if not tentative:
            existing.tentative = False
        existing.said = existing.said | frozenset(m.keys)
        # the latest mention is where the conversation now points
        state.items.remove(existing)
        state.items.append(existing)

    def _hit_key(self, sent: Sentence, hit: VariantHit | None) -> str | None:
        if hit is None:
            return None
        words = [sent.toks[i].text for i in range(hit.start, hit.end)]
        keys = [self.state.index.resolve(w) or w for w in words]
        return " ".join(keys)

    def _old_value_tokens(self, sent: Sentence) -> set[int]:
        """Tokens naming the value being replaced: "statt groß", "invece dei verdi", "instead of M",
        and values said to be wrong: "nicht so groß", "jo magnetike", "not the M"."""
        out: set[int] = set()
        for k, t in enumerate(sent.toks):
            nxt_char = sent.raw[t.end : t.end + 1]
            if t.text in NEGATIONS and nxt_char not in (",", ".", "!", ";", ":"):
                for j in range(k + 1, min(len(sent.toks), k + 4)):
                    if (
                        lexicon().concept(sent.toks[j].text)
                        or sent.toks[j].raw.isupper()
                        or sent.toks[j].text[:1].isdigit()
                    ):
                        out.add(j)
                        break
        for s, e in sent.intents.get("old_value", ()):
            if sent.toks[s].text == "jo" and (s == 0 or sent.toks[s - 1].text in ("jo",)):
                continue
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
                break
        return out

    # --- no product named: attributes for an item already named --------------------------
    def _loose(self, sent: Sentence, commit: bool) -> bool:
        state = self.state
        if not state.items:
            return False
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
        if (
            target is None
            and self.focus is not None
            and self.focus in state.items
            and len(sent.toks) <= 4
        ):
            target = self.focus
        candidates = [target] if target else list(reversed(state.items))
        if self._loose_split(sent, candidates[0], old):
            return True
        setters = [e for name in ("correct", "only") for _s, e in sent.intents.get(name, ())]
        for it in candidates:
            h = match_variant(self.state.entry(it).specs, sent.toks, 0, len(sent.toks), skip=old)
            if h is None and setters:
                # "make it size L, M might be tight": the value after the correction wins
                a = min(setters)
                h = match_variant(
                    self.state.entry(it).specs, sent.toks, a, sent.segment_bounds(a)[1], skip=old
                )
            if h is not None:
                target, hit = it, h
                break
        if target is None:
            target = state.items[-1]
        changed = False
        if hit is not None:
            target.variant = hit.index
            target.variant_key = self._hit_key(sent, hit)
            changed = True
        qty = self._loose_quantity(sent, hit, old)
        if (
            qty is None
            and not any(sp.measure for sp in self.state.entry(target).specs)
            and not sent.question
        ):
            kilos = [
                m
                for m in find_measures(sent.toks)
                if m.unit in ("g", "ml") and m.number >= 1 and m.amount >= 1000
            ]
            if len(kilos) == 1 and (sent.has("order") or sent.has("correct") or sent.has("agree")):
                qty = int(kilos[0].number)
        if qty is not None:
            target.quantity = qty
            target.qty_explicit = True
            changed = True
        counted = any(number_value(t.text) is not None for t in sent.toks)
        if not sent.question and (changed or counted or sent.has("order")):
            target.tentative = False  # "Nje te zi." answers the merchant about the item asked
        if sent.has("both") and not sent.question:
            for it in state.items:  # "nga 1 te dyja", "both", "beide"
                it.tentative = False
                if qty is not None:
                    it.quantity = qty
            changed = True
        return changed

    def _loose_split(self, sent: Sentence, item: Item, old: set[int]) -> bool:
        """ "nje S nje M" for an item named before: one item per variant."""
        entry = self.state.entry(item)
        if not entry.specs or sent.question:
            return False
        hits: list[tuple[int, VariantHit]] = []
        carried: int | None = None
        for a, b in split_at_numbers(sent, 0, len(sent.toks)):
            count = _segment_quantity(sent, a, b, set())
            if count is None:
                continue
            h = match_variant(entry.specs, sent.toks, a, b, skip=old)
            if h is None:
                carried = _counted(sent, a, b)  # "2 shishe nga nje liter"
                continue
            used = set(range(h.start, h.end))
            hits.append((carried or _segment_quantity(sent, a, b, used) or 1, h))
            carried = None
        if len(hits) < 2 or len({h.index for _q, h in hits}) < len(hits):
            return False
        pos = self.state.items.index(item)
        self.state.items.remove(item)
        for k, (q, h) in enumerate(hits):
            self.state.items.insert(
                pos + k,
                Item(
                    item.product,
                    q,
                    h.index,
                    self._hit_key(sent, h),
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
        """ "Karriget beji 4 jo 2": the count right after a correction word, within the item's words."""
        setters = [e for name in ("correct", "only") for _s, e in sent.intents.get(name, ())]
        for k in range(lo, hi):
            if k in skip or glued(sent, k):
                continue
            v = number_value(sent.toks[k].text)
            if v is not None and 1 <= v <= MAX_QTY and any(0 <= k - e <= 1 for e in setters):
                return int(v)
        return None

    def _loose_quantity(self, sent: Sentence, hit: VariantHit | None, old: set[int]) -> int | None:
        counted = any(
            lexicon().concept(t.text) == "piece" or t.text in PAIR_WORDS or t.text in CONTAINERS
            for t in sent.toks
        )
        if sent.question:
            return None
        if not (
            sent.has("correct")
            or sent.has("order")
            or sent.has("only")
            or counted
            or len(sent.toks) <= 3
        ):
            return None
        if any(t.text[:1].isdigit() and len(t.text) >= 4 for t in sent.toks):
            return None
        used = set(range(hit.start, hit.end)) if hit else set()
        used |= old
        for m in find_measures(sent.toks):
            used |= set(range(m.start, m.end))
        nums: list[tuple[int, int]] = []
        for k, t in enumerate(sent.toks):
            if k in used or t.text in lexicon().weak_numbers and not sent.has("only"):
                continue
            if t.text[:1].isdigit() and glued(sent, k):
                continue
            if k and sent.toks[k - 1].text in _WHEN:
                continue  # "me 20 qershor", "n'ora 12", "vor 17 Uhr"
            v = number_value(t.text)
            if v is not None and 1 <= v <= MAX_QTY:
                nums.append((k, int(v)))
        if not nums:
            return None
        setters = [
            e
            for name in ("correct", "only", "order", "agree")
            for _s, e in sent.intents.get(name, ())
        ]
        for k, v in nums:
            if any(0 <= k - e <= 1 for e in setters):
                return v
            nxt = sent.toks[k + 1].text if k + 1 < len(sent.toks) else ""
            if lexicon().concept(nxt) == "piece" or nxt in PAIR_WORDS or nxt in CONTAINERS:
                return v
        if (
            len(nums) == 1
            and nums[0][1] <= 20
            and (len(sent.toks) <= 3 or sent.has("order") or sent.has("correct"))
        ):
            return nums[0][1]
        return None

    def _remove(self, sent: Sentence, mentions: list[Mention]) -> bool:
        changed = False
        for m in mentions:
            it = self.state.find(m.product)
            if it is not None:
                self.state.items.remove(it)
                changed = True
        return changed
