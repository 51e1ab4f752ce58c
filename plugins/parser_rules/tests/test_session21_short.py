"""Session 21 (two short fixes): a size word after a word the variants share that is also a
street word ("zonë e madhe") names the variant, and a product word said again, without a count,
in the sentence that counted it keeps its line. Invented shops and sentences, none from a
corpus: a tattoo studio and a florist."""

from __future__ import annotations

from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.tests.conftest import catalog_of, items, parse
from plugins.parser_rules.variants import match_variant, variant_spec

TATTOO = catalog_of(
    ("TAT", "Tatuazh me ngjyra", "60", ("zonë e vogël", "zonë e madhe")),
    ("LAS", "Heqje me laser", "40", ()),
)


def test_a_size_after_a_street_word_the_variants_share_names_the_variant() -> None:
    """A tattoo studio prices by area: "zona e madhe" is its large area, not a place called
    "Zona e Madhe" (a street word before a size), since the variants hold "zonë" themselves."""
    specs = [variant_spec(v) for v in ("zonë e vogël", "zonë e madhe")]
    toks = tokenize("zona e madhe")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and hit.index == 1
    o = parse("c: sa kushton tatuazhi me ngjyra per zone te madhe? e dua", catalog=TATTOO)
    assert items(o) == [("TAT", 1, "zonë e madhe")]


FLORIST = catalog_of(
    ("ROSE", "Buqetë me trëndafila", "30", ()),
    ("TULIP", "Buqetë me tulipanë", "25", ()),
)


def test_a_product_word_said_again_without_a_count_keeps_the_line() -> None:
    """A florist: "3 bouquets …, but wrapped as separate bouquets" is the 3 bouquets already
    counted in that sentence (which kind, the shop's answer may say), not one bouquet more of
    the other kind."""
    o = parse(
        "c: I'd like 3 bouquets for my mother's birthday, same address, "
        "but wrapped as separate bouquets",
        catalog=FLORIST,
    )
    assert [(q, v) for _p, q, v in items(o)] == [(3, None)]


def test_a_product_word_said_again_with_its_own_count_is_not_the_line() -> None:
    """Guard (passes with or without the rule): a count between the line and the word said
    again makes it a line of its own, not the one counted before."""
    o = parse(
        "c: I'd like 3 bouquets with roses and 2 bouquets with tulips",
        catalog=FLORIST,
    )
    assert sorted(items(o)) == [("ROSE", 3, None), ("TULIP", 2, None)]
