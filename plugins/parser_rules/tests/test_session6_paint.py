"""Session 6 (helper s6-paint): paint, DIY and bathroom shops. An invented hardware shop and
invented sentences only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.quantities import sold_by_area
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Arben Hoti, Rr. Dibrës 40, Tiranë, 069 555 1234"

DIY = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "WALL",
            "Bojë muri e bardhë për brenda",
            (),
            Decimal("1500"),
            ("4 L", "10 L"),
        ),
        CatalogProduct(
            "OUT",
            "Bojë fasade",
            ("bojë për jashtë",),
            Decimal("3000"),
            ("4 L e bardhë", "4 L krem", "4 L okër", "10 L e bardhë", "10 L krem", "10 L okër"),
        ),
        CatalogProduct("TRAY", "Tavë plastike për rul", (), Decimal("250"), ()),
        CatalogProduct("ROLL", "Rul boje", (), Decimal("400"), ("10 cm", "20 cm")),
        CatalogProduct("SHEET", "Najlon mbrojtës 4x4 m", (), Decimal("200"), ()),
        CatalogProduct("TAPE", "Shirit maskimi letre", (), Decimal("150"), ("25 mm", "50 mm")),
        CatalogProduct("BRUSH", "Penel", (), Decimal("200"), ("3 cm", "6 cm")),
        CatalogProduct("TAP", "Rubinet lavamani", (), Decimal("3000"), ("krom", "e zezë")),
        CatalogProduct("TRAP", "Sifon lavamani", (), Decimal("900"), ()),
        CatalogProduct("GLUE", "Ngjitës për pllaka 25 kg", (), Decimal("900"), ()),
    ),
)


def _items(*lines: str) -> list[tuple[str | None, int, str | None]]:
    return items(parse(*lines, ADDR, catalog=DIY))


def test_inside_and_outside_tell_wall_paint_from_facade_paint() -> None:
    # "for inside / interior / innen / per interni" is the interior paint, "outside / esterno /
    # aussen" the facade paint: the words meet "për brenda" / "për jashtë" of the names
    assert _items("c: white paint for inside, 2 of the 10 litre ones") == [("WALL", 2, "10 L")]
    assert _items("c: Interior paint, the 4 litre one please") == [("WALL", 1, "4 L")]
    assert _items("c: pittura per interni, un secchio da 4 litri") == [("WALL", 1, "4 L")]
    assert _items("c: ich brauche Innenfarbe, 10 Liter") == [("WALL", 1, "10 L")]
    assert _items("c: paint for the outside, 4 litres, white") == [("OUT", 1, "4 L e bardhë")]


def test_trade_words_in_four_languages() -> None:
    # a paint tray said "tepsi", protective sheeting said "Abdeckfolie" / "drop cloth", masking
    # tape in English, a tap said "slavinë" / "çezmë", a sink trap, tile glue said "ljepilo"
    assert _items("c: dua nje tepsi per rulin") == [("TRAY", 1, None)]
    assert _items("c: zwei Abdeckfolien bitte") == [("SHEET", 2, None)]
    assert _items("c: I would like 2 tarps") == [("SHEET", 2, None)]
    assert _items("c: and a plastic sheet for the floor") == [("SHEET", 1, None)]
    assert _items("c: masking tape, the 50 mm one") == [("TAPE", 1, "50 mm")]
    assert _items("c: me duhet nje slavine e zeze per lavamanin") == [("TAP", 1, "e zezë")]
    assert _items("c: nji cezme krom") == [("TAP", 1, "krom")]
    assert _items("c: a chrome tap for the bathroom sink") == [("TAP", 1, "krom")]
    assert _items("c: and the siphon for the sink") == [("TRAP", 1, None)]
    assert _items("c: 4 thase ljepilo") == [("GLUE", 4, None)]
    assert _items("c: dy pinela te holla") == [("BRUSH", 2, "3 cm")]


def test_the_ceiling_is_no_tray() -> None:
    # "tavani" (the ceiling) shares its root with "tavë" (a tray): a room word, not the tray
    assert _items("c: do lyej tavanin dhe muret, dua 2 rula 20 cm") == [("ROLL", 2, "20 cm")]


def test_a_variant_word_said_in_another_language_meets_it_as_its_group() -> None:
    # "krem" / "crema" / "cream" / "Creme" are one product group: the variant "4 L krem" is
    # named by the Italian or English word
    assert _items("c: pittura per esterno crema da 4 litri") == [("OUT", 1, "4 L krem")]
    assert _items("c: 10 litres of cream facade paint") == [("OUT", 1, "10 L krem")]


def test_the_size_and_the_colour_said_after_a_comma_name_one_variant() -> None:
    # "the big bucket" alone ties three colours; the colour in the next segment, opened by a
    # word for colour, completes it
    assert _items("c: 2 kova te medha boje fasade, ngjyre krem") == [("OUT", 2, "10 L krem")]
    assert _items("c: due secchi grandi di pittura per esterno, colore crema") == [
        ("OUT", 2, "10 L krem")
    ]


def test_a_count_before_of_the_size_said_next() -> None:
    # "two of the 10 litre tubs", "zwei von den 10-Liter-Eimern", "due dei secchi da 10": the
    # count of the size said after "of (the)"
    assert _items("c: white paint for inside, 2 of the 10 litre ones") == [("WALL", 2, "10 L")]
    assert _items("c: Innenfarbe, zwei von den 10 Liter Eimern") == [("WALL", 2, "10 L")]
    assert _items("c: pittura per interni, due dei secchi da 10 litri") == [("WALL", 2, "10 L")]
    assert _items("c: boje muri, 2 kova nga 10 litra") == [("WALL", 2, "10 L")]


FLOOR = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("PARQ", "Parket laminat (çmimi për m²)", (), Decimal("12"), ("lis", "arre")),
        CatalogProduct("BOX", "Pllakë muri 25x40 (kuti 1.5 m2)", (), Decimal("18"), ("e bardhë",)),
        CatalogProduct("SKIRT", "Listelë parketi", (), Decimal("3"), ()),
    ),
)


def _floor(*lines: str) -> list[tuple[str | None, int, str | None]]:
    return items(parse(*lines, ADDR, catalog=FLOOR))


def test_square_metres_count_a_product_sold_by_the_square_metre() -> None:
    # "për m²" with no number before it prices the product by the square metre: "35 katrora",
    # "24 metra katror", "20 m2", "18 square metres", "30 metri quadri" are its count
    assert _floor("c: dua parket arre, 35 katrora") == [("PARQ", 35, "arre")]
    assert _floor("c: parket lis", "c: 24 metra katror me duhen") == [("PARQ", 24, "lis")]
    assert _floor("c: oak laminate parket, 18 square metres") == [("PARQ", 18, "lis")]
    assert _floor("c: parket arre 20 m2") == [("PARQ", 20, "arre")]
    assert _floor("c: vorrei il parket lis, 30 metri quadri") == [("PARQ", 30, "lis")]
    # a box that covers 1.5 m2 is counted in boxes: the area of the name is its size
    assert _floor("c: 3 kuti pllaka muri te bardha") == [("BOX", 3, "e bardhë")]


TILES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("WALL", "Pllakë muri 25x50", (), Decimal("14"), ("e bardhë", "gri")),
        CatalogProduct(
            "FLOOR",
            "Pllakë dyshemeje",
            (),
            Decimal("16"),
            ("50x50 gri", "50x100 gri", "50x100 krem"),
        ),
    ),
)


def test_a_size_said_whole_names_no_product_whose_name_has_another_size() -> None:
    # "50 me 50" / "50x100" share a side with the wall tile's "25x50": the size is the floor
    # tile's variant, not the wall tile's name
    o = parse("c: dua pllaka 50x100 krem, 3 kuti", ADDR, catalog=TILES)
    assert items(o) == [("FLOOR", 3, "50x100 krem")]
    o = parse("c: a i keni pllakat 50 me 50 gri?", "c: po i dua 2", ADDR, catalog=TILES)
    assert items(o) == [("FLOOR", 2, "50x50 gri")]
    # the size the name holds still names it
    o = parse("c: pllaka 25x50 te bardha, 4 kuti", ADDR, catalog=TILES)
    assert items(o) == [("WALL", 4, "e bardhë")]


ENAMEL = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "ENM",
            "Smalt sintetik",
            ("smalt",),
            Decimal("900"),
            ("0.75 L e bardhë", "0.75 L e zezë", "2.5 L e bardhë", "2.5 L e zezë", "2.5 L kafe"),
        ),
        CatalogProduct("SAND", "Letër zmerile", (), Decimal("60"), ("P80", "P120")),
    ),
)


def test_sheets_count_sheet_goods() -> None:
    # "10 sheets", "dieci fogli", "zehn Blatt", "10 fletë": sheets are counted like packs
    for text in (
        "c: sandpaper P120, 10 sheets",
        "c: carta vetrata P120, dieci fogli",
        "c: Schleifpapier P120, zehn Blatt",
        "c: leter zmerile P120, 10 flete",
    ):
        assert items(parse(text, ADDR, catalog=ENAMEL)) == [("SAND", 10, "P120")], text


def test_yes_to_a_variant_advised_in_a_question() -> None:
    # the merchant advises a variant of the one item left open ("P120 is a good grit for walls,
    # ok?", "P120 eshte mire per muret, ok?") and the customer says yes: that variant
    for advice, yes in (
        ("m: White 0.75 L x1. For walls P120 is a good grit, ok?", "c: yes perfect"),
        ("m: E bardha 0.75 L. Per muret P120 eshte mire per leter, ok?", "c: po mire"),
    ):
        o = parse(
            "c: dua smalt te bardhe 0.75 L dhe leter zmerile, 10 flete",
            advice,
            yes,
            ADDR,
            catalog=ENAMEL,
        )
        assert items(o) == [("ENM", 1, "0.75 L e bardhë"), ("SAND", 10, "P120")], advice


def test_gheg_both_is_no_count_of_two() -> None:
    # "i marr qato dyjat" (I'll take both, Gheg) takes the two products offered, one each;
    # "dyjat" is not a count of 2 for the last one
    o = parse(
        "c: a i keni rubinetat? me duhet nji i zi dhe nje krom",
        "m: Po, rubinet lavamani krom dhe e zezë",
        "c: i marr qato dyjat",
        ADDR,
        catalog=DIY,
    )
    assert items(o) == [("TAP", 1, "e zezë"), ("TAP", 1, "krom")]
    o = parse(
        "c: a keni sifon dhe rubinet lavamani krom?",
        "m: Po, sifon 900 dhe rubinet krom 3000",
        "c: po, te dyjat",
        ADDR,
        catalog=DIY,
    )
    assert items(o) == [("TRAP", 1, None), ("TAP", 1, "krom")]


def test_a_product_named_right_after_the_merchant_proposed_its_variant() -> None:
    # the merchant proposes a variant of a product ("Edhe rul, 20 cm per murin?") and the
    # customer then orders it without one ("po 2 rula"): that variant; not from options
    o = parse(
        "c: dua boje fasade 10 L krem",
        "m: Edhe rul, 20 cm per murin?",
        "c: po 2 rula",
        ADDR,
        catalog=DIY,
    )
    assert items(o) == [("OUT", 1, "10 L krem"), ("ROLL", 2, "20 cm")]
    o = parse(
        "c: dua boje fasade 10 L krem",
        "m: For the walls we suggest the 20 cm roller too",
        "c: ok, 2 rollers",
        ADDR,
        catalog=DIY,
    )
    assert items(o) == [("OUT", 1, "10 L krem"), ("ROLL", 2, "20 cm")]
    o = parse(
        "c: dua boje fasade 10 L krem",
        "m: Rul 10 cm apo 20 cm?",
        "c: 2 rula",
        ADDR,
        catalog=DIY,
    )
    assert items(o) == [("OUT", 1, "10 L krem"), ("ROLL", 2, None)]


def test_exactly_to_the_count_the_merchant_asks() -> None:
    # the merchant names the product and asks the count in a sentence of its own ("2 Stück?",
    # "3 copë?", "2 pieces?"); "ja genau / po ashtu / exactly" takes that count
    for ask, yes in (
        ("m: Für draussen: Bojë fasade 4 L e bardhë, 3000 Lek pro Eimer. 2 Stück?", "c: ja genau"),
        ("m: Boje fasade 4 L e bardhe, 3000 leke. 3 cope?", "c: po ashtu"),
        ("m: Facade paint 4 L white, 3000 lek each. 2 pieces?", "c: exactly"),
    ):
        o = parse("c: I need paint for the balcony, white", ask, yes, ADDR, catalog=DIY)
        n = 3 if "3 cope" in ask else 2
        assert items(o) == [("OUT", n, "4 L e bardhë")], ask


def test_the_merchants_counts_said_again_go_to_their_items() -> None:
    # the merchant advises 22 m² of parquet and 2 packs of skirting; "ok 22 then, 2 packs":
    # each count to the item the merchant stated it for, not both to the last one
    o = parse(
        "c: dua parket arre 20 m2 dhe listela",
        "m: Me 10% per prerjet, pra 22 m2. Listela 2 pako.",
        "c: ok 22 atehere, 2 pako",
        ADDR,
        catalog=FLOOR,
    )
    assert items(o) == [("PARQ", 22, "arre"), ("SKIRT", 2, None)]
    # a name whose unit is in parentheses after a size ("33x33 (m²)") is priced by the m²
    assert sold_by_area("Pllakë ballkoni 33x33 (m²)")
    assert not sold_by_area("Pllakë muri 30x60 (kuti 1.44 m2)")


BATH = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TAP-B", "Bateri lavamani", (), Decimal("35"), ("krom", "e zezë mat")),
        CatalogProduct("TAP-K", "Bateri kuzhine", (), Decimal("55"), ("krom", "e zezë mat")),
        CatalogProduct("MIR", "Pasqyrë banjo", (), Decimal("60"), ()),
    ),
)


def test_room_and_fixture_words_tell_products_apart_across_languages() -> None:
    # kitchen / cucina / Küche = kuzhinë, sink / lavandino / Waschbecken = lavaman, bathroom /
    # bagno / Badezimmer = banjo: the words that tell one tap (or mirror) from another
    def one(text: str) -> list[tuple[str | None, int, str | None]]:
        return items(parse(text, ADDR, catalog=BATH))

    assert one("c: the kitchen one in black please") == [("TAP-K", 1, "e zezë mat")]
    assert one("c: la batteria cucina nera") == [("TAP-K", 1, "e zezë mat")]
    assert one("c: nje bateri per kuzhin te zeze") == [("TAP-K", 1, "e zezë mat")]
    assert one("c: a chrome tap for the bathroom sink") == [("TAP-B", 1, "krom")]
    assert one("c: eine Waschbecken Armatur in Chrom") == [("TAP-B", 1, "krom")]
    assert one("c: a bathroom mirror please") == [("MIR", 1, None)]
