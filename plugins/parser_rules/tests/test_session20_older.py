"""Session 20 (older sets, another pass): a count with no variant before "edhe" and another
variant's count keeps the line's variant (``corrections._loose_split``); a shape word joined by
"/" in a name is no square-metre unit (``quantities.sold_by_area``). Invented shops and
sentences, none from a corpus: a bakeware shop, a glazier's aluminium profiles."""

from __future__ import annotations

from plugins.parser_rules.quantities import sold_by_area
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

BAKEWARE = catalog_of(
    ("TAV", "Tavë pjekjeje alumini", "9", ("28 cm", "32 cm")),
    ("LET", "Letër pjekjeje (rrotull)", "2", ()),
)


def test_a_count_before_also_and_another_size_keeps_the_size_asked_about() -> None:
    # "6 copë" is of the 32 cm tray asked about; "edhe 2 copë 28" adds the 28 cm one
    o = parse(
        "c: a keni tava pjekjeje 32?",
        "m: Po, tavë alumini 32 cm 9€, kemi edhe 28 cm 7€",
        "c: me duhen 6 copë, edhe 2 copë 28",
        "c: Mimoza Dervishi, Rr. Skënderbeu 12, Elbasan, 069 412 7730",
        catalog=BAKEWARE,
    )
    assert items(o) == [("TAV", 6, "32 cm"), ("TAV", 2, "28 cm")]


def test_a_count_before_another_size_without_also_still_counts_that_size() -> None:
    # guard (passes with or without the rule): "3 te zeza 20x30", a count whose piece names no
    # variant counts the variant said right after it
    o = parse(
        "c: a keni tava pjekjeje?",
        "m: Po, 28 cm 7€ dhe 32 cm 9€",
        "c: me duhen 4 copë 28",
        "c: Mimoza Dervishi, Rr. Skënderbeu 12, Elbasan, 069 412 7730",
        catalog=BAKEWARE,
    )
    assert items(o) == [("TAV", 4, "28 cm")]


PROFILES = catalog_of(
    ("PRF", "Profil alumini (katror/drejtkëndor), shufër 6 m", "11", ("20x20", "40x20")),
    ("PRE", "Prerje", "1", ()),
)


def test_a_shape_word_in_a_name_is_no_square_metre() -> None:
    assert not sold_by_area("Profil alumini (katror/drejtkëndor), shufër 6 m")
    assert not sold_by_area("Gotë (drejtkëndore/katror)")
    assert sold_by_area("Xham dritareje (m²)")
    assert sold_by_area("Pllakë (m²/m2)")


def test_metres_cut_from_a_bar_sold_by_the_piece_are_no_count() -> None:
    # "nga 3 metra" is the length of each cut piece of a 6 m bar, not three bars
    o = parse(
        "c: a keni profil alumini 20 me 20?",
        "m: Po, shufra 6 m 11€",
        "c: me bej 5 shufra",
        "m: 5 shufra 20x20. T'i presim?",
        "c: po, secilen ne dy pjese nga 3 metra",
        "c: Gëzim Hoxha, Rr. Dardania 7, Prizren, 044 615 203",
        catalog=PROFILES,
    )
    assert items(o)[0] == ("PRF", 5, "20x20")


PAINT = catalog_of(
    ("FAS", "Bojë fasade (kovë 15 L)", "40", ("e bardhë", "gri")),
    ("RUL", "Rul bojatisje", "6", ()),
)


def test_a_restated_part_that_says_only_a_variant_is_the_line_named_before_it() -> None:
    # "1 e bardhë + 2 gri": the "2 gri" part names no product, only the paint's other variant;
    # the restatement is read whole, so the grey line the customer's words left open is taken
    o = parse(
        "c: pershendetje, dua 3 kova boje fasade te bardhe, edhe 1 rul",
        "m: Për fasadë rekomandojmë gri, nuk zihet",
        "c: ok atehere bej 1 te bardhe dhe 2 te asaj qe thua ti",
        "m: Bojë fasade: 1 e bardhë + 2 gri, 1 rul. Adresa?",
        "c: Besnik Lleshi, Rr. Myslym Shyri 20, Tiranë, 068 220 4417",
        catalog=PAINT,
    )
    assert items(o) == [("FAS", 1, "e bardhë"), ("FAS", 2, "gri"), ("RUL", 1, None)]


TILES = catalog_of(
    ("PLK", "Pllakë porcelani mat", "950", ("30x60", "60x60")),
    ("VND", "Vendosje pllakash (m²)", "600", ()),
)


def test_the_area_the_shop_states_counts_a_line_before_a_later_line_sold_by_area() -> None:
    # "merrni 7 m²" is the tiles' amount: the fitting, priced by the m² only in a later
    # message, does not yet compete for it
    o = parse(
        "c: sa kushtojne pllakat porcelani mat 30x60?",
        "m: Pllakë porcelani 30x60 950 lekë/m². 3x2 = 6 m², me humbje merrni 7 m².",
        "c: ok i marr. edhe vendosjen a e beni?",
        "m: Vendosja 600 lekë/m², për 6 m².",
        "c: po. Dritan Muça, Rr. Kavajës 40, Tiranë, 069 330 1245",
        catalog=TILES,
    )
    assert items(o) == [("PLK", 7, "30x60"), ("VND", 6, None)]
