"""Session 23 (the shop's itemised bill in m², metres or hours): invented shops and sentences
(none taken from a corpus)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

# a tiler: tiles and laying sold by the square metre, skirting by the metre, grout by the bag
TILER = catalog_of(
    ("PLL", "Pllaka porcelani, për m²", "1600", ("60x60", "30x60")),
    ("SHTR", "Shtrim pllakash (m²)", "700", ()),
    ("PLINT", "Plinta, për metër", "450", ("e bardhë", "gri")),
    ("FUG", "Fugë (thes 5 kg)", "800", ()),
)


def test_the_square_metres_of_the_shops_bill_count_the_line_above_twenty() -> None:
    """A tiler (the rule came from a façade insulator): the shop's closing bill gives each
    product sold by the m² or the metre its amount in that unit ("pllaka 60x60 48 m² + …
    plinta gri 32 m"); the customer says yes. The amounts above 20 are no prices: each counts its
    line."""
    o = parse(
        "c: Pershendetje, duam pllaka porcelani per katin e pare, rreth 48 metra katrore",
        "m: Mirëdita! Pllakat 60x60 janë 1600 lek/m², shtrimi 700 lek/m², plinta 450 lek metri, "
        "fuga 800 lek thesi.",
        "c: ok, edhe plinta gri, edhe shtrimin ua lem juve",
        "m: Oferta: pllaka 60x60 48 m² + shtrim 48 m² + plinta gri 32 m + fugë 3 thasë.",
        "c: dakord. Dritan Hoxha 068 444 1212, Rr. Kavajës 15, Tiranë",
        catalog=TILER,
    )
    assert sorted(items(o)) == [
        ("FUG", 3, None),
        ("PLINT", 32, "gri"),
        ("PLL", 48, "60x60"),
        ("SHTR", 48, None),
    ]


# a fence builder: the fence and its fitting sold by the metre, the gate by the piece
FENCE = catalog_of(
    ("ZAUN", "Zaun Doppelstabmatten (pro Meter)", "45", ("grün", "anthrazit")),
    ("TOR", "Gartentor", "390", ("1 m", "1.25 m")),
    ("MONT", "Montage (pro Meter)", "25", ()),
)
# a tile shop in English: tiles and laying by the m², skirting by the metre
TILES = catalog_of(
    ("TILE", "Porcelain tiles, per m²", "32", ("60x60", "30x60")),
    ("LAY", "Tile laying (m²)", "18", ()),
    ("SKIRT", "Skirting, per metre", "9", ("white", "grey")),
    ("GROUT", "Grout (5 kg bag)", "14", ()),
)


def test_the_metres_of_the_shops_bill_count_the_line_in_german_and_english() -> None:
    """The same bill in German ("Zaun anthrazit 36 m + Gartentor 1 m + Montage 36 m = 2910 €")
    and in English ("porcelain tiles 60x60 48 m², laying 48 m², grey skirting 30 m"), answered
    with the details: the metres and square metres count the lines sold by them, and the bill's
    other lines (the gate the shop offered, its "1 m" a variant, not a count; the grout) are
    taken with them."""
    o = parse(
        "c: Hallo, wir brauchen einen Zaun um den Garten, ungefähr 35 Meter",
        "m: Guten Tag! Doppelstabmatten 45 € pro Meter, Gartentor 390 €, Montage 25 € pro Meter.",
        "c: anthrazit bitte, und die Montage auch",
        "m: Also: Zaun anthrazit 36 m + Gartentor 1 m + Montage 36 m = 2910 €.",
        "c: passt. Lukas Berisha, Hauptstr. 12, 8400 Winterthur, 079 555 12 12",
        catalog=FENCE,
    )
    assert sorted(items(o)) == [("MONT", 36, None), ("TOR", 1, "1 m"), ("ZAUN", 36, "anthrazit")]
    o = parse(
        "c: hi, we need porcelain tiles for the ground floor, about 48 square metres, laid by you",
        "m: Hello! Tiles 60x60 are 32 € per m², laying 18 €/m², skirting 9 € per metre, "
        "grout 14 € a bag.",
        "c: ok, grey skirting too",
        "m: So: porcelain tiles 60x60 48 m², laying 48 m², grey skirting 30 m, grout 3 bags. "
        "Total 2712 €.",
        "c: great. Tom Gashi, 12 King St, London, 07700 900123",
        catalog=TILES,
    )
    assert sorted(items(o)) == [
        ("GROUT", 3, None),
        ("LAY", 48, None),
        ("SKIRT", 30, "grey"),
        ("TILE", 48, "60x60"),
    ]


# a house painter: painting, filling and scaffold, each sold by the square metre
PAINTER = catalog_of(
    ("LYER", "Lyerje muresh (për m²)", "3", ("një shtresë", "dy shtresa")),
    ("STUK", "Stukim (për m²)", "2", ()),
    ("SKEL", "Skelë (për m²)", "1", ()),
)


def test_the_groups_of_the_customers_phone_number_are_no_count_for_the_total() -> None:
    """A house painter quotes a price above the catalog's; the bill's total (840 €) then fits
    the filling at 180 m², a group of the customer's phone number "049 180 612": a phone
    number's groups are no count the customer wrote, and the bill's 120 m² stand."""
    o = parse(
        "c: Mirdita sa kushton lyerja e shtepise jashte, dy shtresa",
        "m: Mirëdita. Lyerja me dy shtresa (bojë, punë, pastrim) 4€/m², stukimi 2€/m², skela "
        "1€/m². Sa m² janë?",
        "c: rreth 120 m2 thot mjeshtri",
        "m: Pra: lyerje dy shtresa 120 m², stukim 120 m², skelë 120 m². Stukimi 2€/m². Totali 840€",
        "c: ok. Arben Gashi, rr. Dardania 4, Pejë, 049 180 612",
        catalog=PAINTER,
    )
    assert sorted(items(o)) == [
        ("LYER", 120, "dy shtresa"),
        ("SKEL", 120, None),
        ("STUK", 120, None),
    ]


def test_the_phone_numbers_groups_are_no_written_count() -> None:
    """Both readers of the counts a customer wrote for the total (``_customer_counts`` and
    ``_written_counts``) skip the groups of a phone number, in the forms people write it
    ("049 180 612", "+39 347 882 1053", "069-723-5540"); a count beside it stays."""
    from plugins.parser_rules.totals import _customer_counts, _written_counts

    for text, count in (
        ("ok, 12 copë. Arben Gashi 049 180 612", 12),
        ("perfetto, ne prendo 6. chiamatemi +39 347 882 1053", 6),
        ("yes 8 please, my number is 069-723-5540", 8),
    ):
        texts = [(0, "customer", text)]
        for found in (_customer_counts(texts), _written_counts(texts, 1)):
            assert count in found
            assert not found & {180, 612, 347, 882, 723}
