"""Items of an order being read: what was named, how many, which variant, how sure."""

from __future__ import annotations

from dataclasses import dataclass, field

from plugins.parser_rules.catalog_match import (
    CatalogIndex,
    ProductEntry,
    is_attribute,
)
from plugins.parser_rules.lexicon import lexicon, word_set
from plugins.parser_rules.segments import Sentence
from plugins.parser_rules.variants import VariantHit, variant_spec


def _holding(said: set[str], index: CatalogIndex) -> int:
    """How many products hold every key of ``said`` (``said`` not empty): looked for among the
    products of one of its keys (``by_key[k]`` lists, once each, exactly the products whose keys
    hold k), the fewest, instead of walking the catalog."""
    fewest = min((index.by_key.get(k, ()) for k in said), key=len)
    products = index.products
    return sum(1 for p in fewest if said <= products[p].keys)


CONTAINERS = word_set("containers") | word_set("bulk_packs")
PAIR_WORDS = word_set("pair_words")
SAME_WORDS = word_set("same_words")
MAX_QTY = 500
WHEN = word_set("when")
NEGATIONS = word_set("negations")


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
    weak: bool = False  # named by a generic word that fits several products equally
    hints: frozenset[str] = frozenset()  # attribute words said with it while no variant fitted
    packs: bool = False  # its count was said in cartons ("2 koli")
    proposed: bool = False  # named by the merchant for the customer's own words
    # those words of the customer's that no catalog key holds ("Lichterketten")
    own_words: frozenset[str] = frozenset()
    # the count of a split whose variant was not said ("… dhe një për lëkurën me puçrra"):
    # kept only if a variant is chosen for it later
    open_piece: bool = False


def said_line(
    sent: Sentence,
    lo: int,
    hi: int,
    product: int,
    qty: int | None,
    hit: VariantHit | None,
    key: str | None,
    tentative: bool = False,
    counted: bool | None = None,
    said: frozenset[str] = frozenset(),
    weak: bool = False,
    proposed: bool = False,
) -> Item:
    """A new line of ``product`` said by the tokens ``lo:hi`` of ``sent`` (its evidence), with
    the count ``qty`` (1 when none; ``counted`` says whether one was said, by default whether
    ``qty`` is given) and the variant ``hit`` whose words gave ``key``."""
    first, last = sent.toks[lo], sent.toks[hi - 1]
    return Item(
        product,
        max(1, min(qty or 1, MAX_QTY)),
        hit.index if hit else None,
        key,
        tentative,
        qty is not None if counted is None else counted,
        sent.message,
        sent.start + first.start,
        sent.start + last.end,
        sent.raw[first.start : last.end],
        said,
        weak,
        proposed=proposed,
    )


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
            if it.variant is not None and model_like(self.entry(it).variants[it.variant])
        ]
        if len(set(models)) != 1:
            return
        said = set(variant_spec(models[0]).keys)
        for it in self.items:
            variants = self.entry(it).variants
            if it.variant is not None:
                continue
            if models[0] in variants:
                it.variant = variants.index(models[0])
                continue
            # "iPhone 14" said for the case, the glass sold for "iPhone 13/14": the one variant
            # holding every word of the model
            holding = [
                k for k, v in enumerate(variants) if said and said <= set(variant_spec(v).keys)
            ]
            if len(holding) == 1:
                it.variant = holding[0]

    def drop_chosen_kind(self) -> None:
        """ "dua kartvizita" (standard or premium), then "ato mat me laminim" or the merchant's
        "Premium mat …" taken: a line named by a word several products' names hold, without a
        count, yields to a later line of one of those products named without that word."""
        products = self.index.products
        for it in list(self.items):
            said = {k for k in it.said if not is_attribute(k)}
            if it.qty_explicit or not said or _holding(said, self.index) < 2:
                continue
            # the word and its kind in other languages ("tea" / "Çaj …" are ~tea)
            kind = said | {"~" + g for k in said if (g := lexicon().product_group(k))}
            headed = any(ph and ph[0] in kind for e in products for ph in e.phrases)
            kept = products[it.product].variants[it.variant] if it.variant is not None else None
            chosen = next(
                (
                    o
                    for o in self.items
                    if o.product != it.product
                    and o.message > it.message
                    # "crocchette al salmone, 4 kg" then "due scatolette di pollo": not a later
                    # line in a variant of its own, when its product lacks the line's variant
                    and (kept is None or o.variant is None or kept in products[o.product].variants)
                    and said <= products[o.product].keys
                    and not said & o.said
                    # one of the kind the word names ("Kartvizita premium"), not a product that
                    # holds it as a modifier ("Mbrojtëse dysheku", "Tela kitare" beside "kitaren"),
                    # when some name opens with it
                    and (
                        not headed
                        or any(ph and ph[0] in kind for ph in products[o.product].phrases)
                    )
                ),
                None,
            )
            if chosen is None:
                continue
            self.items.remove(it)
            if chosen.variant is None and kept in products[chosen.product].variants:
                chosen.variant = products[chosen.product].variants.index(kept)  # "100 g" said

    def drop_open_pieces(self) -> None:
        """A split's count said without a variant that none chose later describes one of the
        lines counted, it is no line of its own."""
        self.items = [it for it in self.items if not (it.open_piece and it.variant is None)]

    def promote_all(self) -> None:
        """An order or details commit the items asked about, unless others were ordered since."""
        for it in self.items:
            if it.proposed:
                it.tentative = False  # the merchant named it for what the customer described
        firm = [it for it in self.items if not it.tentative and not it.proposed]
        for it in self.items:
            # "a mund të më bëni 2 pasqyra … edhe 1 xham tavoline …?" - "diametër 100": the
            # answer committed one line of the request; the other products asked for with a
            # count in that same message come with it (not a thing only asked about, "und
            # Tintenfisch?", nor another colour of the product committed)
            if not firm or (
                it.qty_explicit
                and any(f.message == it.message for f in firm)
                and all(f.product != it.product for f in firm)
            ):
                it.tentative = False


def model_like(variant: str) -> bool:
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
