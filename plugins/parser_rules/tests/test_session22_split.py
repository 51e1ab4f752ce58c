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


GROOMER = catalog_of(
    ("QETHJE", "Qethje qeni", "15", ("0-10 kg", "10-25 kg", "25-40 kg")),
    ("SHAMPO", "Shampo qeni", "6", ()),
)


def test_the_other_bare_number_takes_the_unit_of_the_first_in_a_later_message() -> None:
    """A dog groomer prices by weight band. The customer names the service in one message and
    splits it in the next: "njeri 7 kile, tjetri 30" is one line of 0-10 kg and one of
    25-40 kg: the bare 30 takes the kilos of the piece before it."""
    o = parse(
        "c: pershendetje, kam dy qen per qethje te shtunen",
        "m: Po, ka vend. Sa peshojnë?",
        "c: njeri 7 kile, tjetri 30 apo 32",
        "m: Në rregull, ju presim.",
        catalog=GROOMER,
    )
    assert sorted(items(o)) == [("QETHJE", 1, "0-10 kg"), ("QETHJE", 1, "25-40 kg")]


GROOMER_EN = catalog_of(
    ("GROOM", "Dog grooming", "15", ("0-10 kg", "10-25 kg", "25-40 kg")),
)


def test_the_other_bare_number_in_english() -> None:
    """The same in English: "one is 7 kg, the other 30"."""
    o = parse(
        "c: hi, I need dog grooming for my two dogs on Saturday",
        "m: Sure. How heavy are they?",
        "c: one is 7 kg, the other 30",
        "m: Ok, see you then.",
        catalog=GROOMER_EN,
    )
    assert sorted(items(o)) == [("GROOM", 1, "0-10 kg"), ("GROOM", 1, "25-40 kg")]


BANNERS = catalog_of(
    ("BANER", "Baner PVC", "20", ("1 m", "2 m", "3 m")),
    ("KOLLA", "Kolla montimi", "3", ()),
)


def test_the_shops_notebook_lines_restate_one_products_variants() -> None:
    """A print shop: the customer describes the banners by the windows they hang in; the
    shop's notebook lines "3 x 3 m dhe 1 x 1 m", taken with a yes, are the lines."""
    o = parse(
        "c: na duhen 4 banera per vitrinat e dyqanit",
        "m: Sa të gjera janë vitrinat?",
        "c: tre per vitrinat e medha, nje per deren e hyrjes",
        "m: 3 x 3 m dhe 1 x 1 m",
        "c: po",
        catalog=BANNERS,
    )
    assert sorted(items(o)) == [("BANER", 1, "1 m"), ("BANER", 3, "3 m")]
