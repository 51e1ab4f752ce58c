"""The variant the merchant states for a line the customer left open: "Po, ajo është ngjyra
shampanjë" (the set "in your reels"), "Për 1.20–1.35 m shkon ajo me rrota 20"" (a bike for a
seven-year-old), "Po, blu e erret" (the headphones "navy blue?"). A careful assistant writes
that variant in the notebook once the customer takes the item.

A line is filled from the last merchant statement, from the customer's first word about the
product on, that names exactly one of the product's variants and no other product: not a
question (the proposal asked back is the merchant lines' business), options ("E zezë, e
bardhë, blu"), a decline, advice or a condition ("Nëse blini vetëm online, digital").
"""

from __future__ import annotations

from collections.abc import Sequence

from core.plugin_api import ExtractedItem
from plugins.parser_rules.catalog_match import CatalogIndex, ProductEntry
from plugins.parser_rules.lexicon import lexicon, word_set
from plugins.parser_rules.mentions import find_mentions
from plugins.parser_rules.merchant_lines import in_span, states, stock_list
from plugins.parser_rules.segments import Sentence, split_sentences
from plugins.parser_rules.variants import match_variant


def _named_variant(
    entry: ProductEntry,
    sent: Sentence,
    others: Sequence[int] = (),
    own: Sequence[tuple[int, int]] = (),
) -> int | None:
    """The one variant of ``entry`` the sentence names, or None: none, or two parts naming a
    variant or a colour, size or material ("Po, blu dhe gri": options). The parts that name
    another product (its token positions ``others``) are that product's business; the words
    naming this product itself (its mentions' spans ``own``: "ngjyra 6.1, clip-in 60 cm", the
    concept "clip" of the name) are its name, not a second attribute."""
    named: set[int] = set()
    parts = 0
    if stock_list(entry.specs, sent, 0, len(sent.toks)):
        return None  # "Imame 8, 12, 16, 20 i 24 kg": what is in stock, options
    for lo in sorted({0, *sent.breaks}):
        hi = sent.segment_bounds(lo)[1]
        if any(lo <= k < hi for k in others):
            continue
        hit = match_variant(entry.specs, sent.toks, lo, hi)
        if hit is not None and in_span(sent, hit.start, hit.end):
            return None  # "Imame 110 do 152 cm": what is in stock, not one size
        if hit is not None:
            named.add(hit.index)
        if hit is not None or any(
            lexicon().concept(sent.toks[k].text) not in (None, "piece")
            for k in range(lo, hi)
            if not any(a <= k < b for a, b in own)
        ):
            parts += 1
    return next(iter(named)) if len(named) == 1 and parts == 1 else None


def _before_count_asked(sent: Sentence) -> Sentence | None:
    """ "Letrat ngjitëse neon 1.50€ blloku, sa copë?", "Red roses, 2€ each, how many?": a
    statement whose only question is the count it closes with (words.json ``count_question``)
    still states what comes before that question; None for any other sentence."""
    if not sent.question or not sent.breaks:
        return None
    last = max(sent.breaks)
    if " ".join(sent.texts[last:]) not in word_set("count_question"):
        return None
    head = sent.sub(0, last)
    head.question = False
    return head if states(head) else None


def fill_open_variants(
    items: list[ExtractedItem],
    texts: Sequence[tuple[int, str, str]],
    index: CatalogIndex,
    split: dict[int, list[Sentence]] | None = None,
) -> None:
    """Fill each open variant the merchant stated (see the module's doc). ``split`` holds the
    merchant messages' sentences already split (``split_sentences``), by message index."""
    split = split or {}
    entries = index.by_sku
    open_lines = [
        it
        for it in items
        if it.variant is None
        and (e := entries.get(it.product or "")) is not None
        and len(e.variants) >= 2
    ]
    if not open_lines:
        return
    # the merchant's statements from the first open line on: not a question, options, a
    # decline, advice, a condition
    since = min(it.evidence.message_index if it.evidence is not None else 0 for it in open_lines)
    said = [
        told
        for i, author, text in texts
        if author == "merchant" and i >= since
        for sent in (split[i] if i in split else split_sentences(i, text))
        if (told := sent if states(sent) else _before_count_asked(sent)) is not None
    ]
    for it in open_lines:
        entry = entries[it.product or ""]
        if sum(1 for x in items if x.product == it.product) > 1:
            continue  # two lines of the product: which one the statement is about is unclear
        first = it.evidence.message_index if it.evidence is not None else 0
        stated: int | None = None
        for sent in said:
            if sent.message < first:
                continue
            found = find_mentions(index, sent.toks, sent.breaks)
            # "Casio fushë e bardhë + milanese 20mm argjend": the parts naming another product
            # are set aside ("Kaska për fëmijë blu": the helmet's colour, not the bike's), a
            # part naming none states this one's variant
            others = [m.start for m in found if index.products[m.product].sku != it.product]
            own = [(m.start, m.end) for m in found if index.products[m.product].sku == it.product]
            named = _named_variant(entry, sent, others, own)
            if named is not None:
                stated = named
        if stated is not None:
            it.variant = entry.variants[stated]


_THEN = word_set("summary_closers")


def _concludes(sent: Sentence) -> bool:
    """ "Atëherë 20 racione", "Allora è un çregjistrim", "20 racione atëherë": the shop's
    conclusion from what the customer just told it (``summary_closers`` in words.json)."""
    texts = sent.texts
    return bool(texts) and (any(t in _THEN for t in texts[:3]) or texts[-1] in _THEN)


def shop_concluded_variants(
    items: list[ExtractedItem],
    texts: Sequence[tuple[int, str, str]],
    index: CatalogIndex,
    split: dict[int, list[Sentence]] | None = None,
) -> None:
    """A line the customer gave a variant takes the one the shop's conclusion names
    ("Atëherë 20 racione" after "beje torten me te madhe"; "Atëherë perdja 100×220" after "dera
    osht 95 gjan"): the shop's statement names exactly one variant of the line's product, it is
    the shop's last statement naming one, it opens or closes on a conclusion word, and no
    customer message after it names another variant. The customer who measured, counted or
    described what he needs took the shop's reading of it."""
    split = split or {}
    entries = index.by_sku
    lines = [
        it
        for it in items
        if it.variant is not None
        and (e := entries.get(it.product or "")) is not None
        and len(e.variants) >= 2
        and sum(1 for x in items if x.product == it.product) == 1
    ]
    if not lines:
        return
    statements = [
        (i, sent)
        for i, author, text in texts
        if author == "merchant"
        for sent in (split[i] if i in split else split_sentences(i, text))
        if states(sent)
    ]
    # the rule needs a statement that concludes; without one no line can change (and reading
    # every statement's variants is the costly part)
    if not any(_concludes(sent) for _i, sent in statements):
        return
    for it in lines:
        sku = it.product or ""
        entry = entries[sku]
        first = it.evidence.message_index if it.evidence is not None else 0
        last: tuple[int, int, bool] | None = None
        for i, sent in statements:
            if i >= first:
                found = find_mentions(index, sent.toks, sent.breaks)
                others = [m.start for m in found if index.products[m.product].sku != it.product]
                own = [
                    (m.start, m.end) for m in found if index.products[m.product].sku == it.product
                ]
                named = _named_variant(entry, sent, others, own)
                if named is not None:
                    last = (i, named, _concludes(sent))
        if last is None or not last[2] or entry.variants[last[1]] == it.variant:
            continue
        at, named, _then = last
        later = any(
            (hit := match_variant(entry.specs, sent.toks, 0, len(sent.toks))) is not None
            and hit.index != named
            for i, author, text in texts
            if author == "customer" and i > at
            for sent in split_sentences(i, text)
        )
        if not later:
            it.variant = entry.variants[named]
