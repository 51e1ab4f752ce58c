"""Session 10, dev23 part B (fabric by the metre, fishing tackle, school uniforms): general
mechanisms, tested on invented shops of other trades (ropes, garden hoses, curtains, bakery,
paint, stationery) and invented messages - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ROPES = Catalog(
    products=(
        CatalogProduct(
            "ROPE",
            "Litar najloni (për metër)",
            ("litar", "rope", "corda"),
            Decimal("150"),
            ("i verdhë", "i zi", "blu"),
        ),
        CatalogProduct("HOOK", "Grep çeliku", ("grep", "hook"), Decimal("200"), ()),
    )
)

ANA = "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567"


def test_metres_count_each_colour_of_a_split() -> None:
    # two colours of a product sold by the metre, each with its metres, in one sentence that
    # names no product: the metres are each line's count
    o = parse(
        "c: a e keni litarin e verdhe?",
        "m: Po, 150 lek metri.",
        "c: mire. 6 metra te verdhe dhe 3 metra te zi",
        ANA,
        catalog=ROPES,
    )
    assert sorted(items(o)) == [("ROPE", 3, "i zi"), ("ROPE", 6, "i verdhë")]


def test_merchant_restatement_by_metres_keeps_the_counts() -> None:
    # the merchant restates two colours by their metres, then the details: metres stay counts
    o = parse(
        "c: dua litar blu 10 metra edhe te verdhe 5 metra",
        "c: jo, blu vetem 7 metra",
        "m: Pra litar blu 7 m dhe i verdhë 5 m = 1800 lekë.",
        ANA,
        catalog=ROPES,
    )
    assert sorted(items(o)) == [("ROPE", 5, "i verdhë"), ("ROPE", 7, "blu")]


def test_only_after_a_count_is_no_only_this() -> None:
    # "dy metra vetem", "two metres only": "only" after a count (and its unit) restricts the
    # count; the hooks ordered before stay
    for line in ("c: dhe litar te zi, dy metra vetem", "c: and the black rope, two metres only"):
        o = parse("c: dua 2 grepa celiku", line, ANA, catalog=ROPES)
        assert sorted(items(o)) == [("HOOK", 2, None), ("ROPE", 2, "i zi")]


def test_and_also_adds_a_line_of_another_variant() -> None:
    # "e anche / and also" + another colour of the product ordered: a new line, not a change
    o = parse(
        "c: vorrei la corda blu, 5 metri",
        "c: e anche quella gialla",
        ANA,
        catalog=ROPES,
    )
    assert sorted(items(o)) == [("ROPE", 1, "i verdhë"), ("ROPE", 5, "blu")]
    o = parse(
        "c: I'd like 5 metres of the blue rope",
        "c: and also the yellow one",
        ANA,
        catalog=ROPES,
    )
    assert sorted(items(o)) == [("ROPE", 1, "i verdhë"), ("ROPE", 5, "blu")]


def test_a_negated_reason_after_se_names_no_variant() -> None:
    # "edhe 2 te zeza se te gjitha blu s'i pelqejne": the colour in the negated reason is not
    # the new line's
    o = parse(
        "c: a keni litar blu? 4 metra",
        "m: Po, 150 lekë metri.",
        "c: po, edhe 2 te zi se te gjitha blu s'i pelqejne djemve",
        ANA,
        catalog=ROPES,
    )
    assert sorted(items(o)) == [("ROPE", 2, "i zi"), ("ROPE", 4, "blu")]
