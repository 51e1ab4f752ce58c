"""Session 22 (one product in several variant lines): invented shops and sentences, none from
a corpus. The shop's confirmation that shares an open line's count out over variants, each
with its own count, gives one line per variant."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

PAINT = catalog_of(
    ("BOJE", "Bojë fasade", "12", ("e bardhë", "krem")),
    ("ROLE", "Rul bojë", "4", ()),
)


def test_the_shops_counts_per_variant_share_out_the_open_line() -> None:
    """A paint shop: the customer wants 7 buckets without saying the colours; the shop's
    confirmation "7 kova (5 e bardhë + 2 krem)" gives two lines, 5 and 2."""
    o = parse(
        "c: pershendetje, me duhen 7 kova bojë fasade per shtepine",
        "m: Shënova: 7 kova bojë fasade (5 e bardhë + 2 krem). Adresa?",
        "c: Rruga e Kavajës 40, Tiranë. Ardit Meta 069 555 7788",
        catalog=PAINT,
    )
    assert sorted(items(o)) == [("BOJE", 2, "krem"), ("BOJE", 5, "e bardhë")]


def test_counts_that_do_not_add_up_to_the_line_split_nothing() -> None:
    """Guard: counts per colour that do not add up to the open line's count ("4 kova" and
    "3 e bardhë + 3 krem") are no share-out of it."""
    o = parse(
        "c: pershendetje, me duhen 4 kova bojë fasade",
        "m: Shënova: bojë fasade 3 e bardhë + 3 krem. Adresa?",
        "c: Rruga e Kavajës 40, Tiranë. Ardit Meta 069 555 7788",
        catalog=PAINT,
    )
    assert [q for _p, q, _v in items(o) if _p == "BOJE"] != [3, 3]
