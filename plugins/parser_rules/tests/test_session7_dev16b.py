"""Session 7 (helper s7-dev16b): general rules found on the second half of dev16, tested on
invented shops of other trades (kitchenware, woodwork, office supplies, pets). No corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Besa Krasniqi, Rr. Nënë Tereza 8, Pejë, 044 123 456"

MUGS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("MUG", "Filxhan i madh", ("filxhan",), Decimal("700"), ("S", "M", "L")),
        CatalogProduct(
            "MUG-K", "Filxhan për fëmijë", (), Decimal("500"), ("rozë", "e gjelbër", "e kaltër")
        ),
    ),
)


def test_one_and_the_other_split_two_variants() -> None:
    # "njëri … njëri", "njëra … njëra", "njërën … njërën" (one … the other) count one each
    for text in (
        "dua dy filxhana per femije, njeri roze njeri te gjelber",
        "dua dy filxhana per femije, njera roze njera te gjelber",
        "dua filxhana per femije, njeren roze njeren te gjelber",
    ):
        o = parse("c: " + text, ADDR, catalog=MUGS)
        assert items(o) == [("MUG-K", 1, "rozë"), ("MUG-K", 1, "e gjelbër")], text


def test_the_product_sold_in_the_variants_said_after_the_name() -> None:
    # "filxhana" fits both mugs; the colours said next are sold only in the children's one,
    # even when two of them tie over the whole segment
    o = parse("c: dua dy filxhana, njeri roze njeri i gjelber", ADDR, catalog=MUGS)
    assert items(o) == [("MUG-K", 1, "rozë"), ("MUG-K", 1, "e gjelbër")]
    o = parse("c: two mugs, one pink one blue", ADDR, catalog=MUGS)
    assert items(o) == [("MUG-K", 1, "rozë"), ("MUG-K", 1, "e kaltër")]
    o = parse("c: due tazze, una rosa e una verde", ADDR, catalog=MUGS)
    assert items(o) == [("MUG-K", 1, "rozë"), ("MUG-K", 1, "e gjelbër")]


WOOD = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "BOX", "Kuti druri 30x20x10 cm", (), Decimal("900"), ("natyrale", "e bardhë")
        ),
        CatalogProduct("TRAY", "Tabaka druri", (), Decimal("700"), ()),
    ),
)


def test_the_last_number_of_a_three_part_size_is_no_count() -> None:
    o = parse("c: a e keni kutine qe hyn ne raft, 30x20x10?", ADDR, catalog=WOOD)
    assert items(o) == [("BOX", 1, None)]
    o = parse("c: dua kutine, 30x20x10 e bardhe", ADDR, catalog=WOOD)
    assert items(o) == [("BOX", 1, "e bardhë")]


def test_a_count_written_before_its_x() -> None:
    o = parse("c: dua tabaka, 2x", ADDR, catalog=WOOD)
    assert items(o) == [("TRAY", 2, None)]
    o = parse(
        "c: a e keni kutine 30x20x10?",
        "m: Po, 900 lekë. E bardhë ose natyrale.",
        "c: 2x, njeren te bardhe njeren natyrale",
        ADDR,
        catalog=WOOD,
    )
    assert items(o) == [("BOX", 1, "e bardhë"), ("BOX", 1, "natyrale")]


OFFICE = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("PRN", "Printer", (), Decimal("9000"), ()),
        CatalogProduct("INK", "Bojë printeri", (), Decimal("700"), ("e zezë", "me ngjyra")),
    ),
)


def test_how_many_the_customer_has_is_no_order() -> None:
    # "i kam 2 printera" (I have two printers): what they own, the ink for them is the order
    o = parse("c: I kam 2 printera ne zyre, me duhen dy boje te zeza", ADDR, catalog=OFFICE)
    assert items(o) == [("INK", 2, "e zezë")]
    o = parse("c: ne zyre i kam 2 printera, me duhen dy boje te zeza", ADDR, catalog=OFFICE)
    assert items(o) == [("INK", 2, "e zezë")]
    # asking to have some is an order
    o = parse("c: Can I have 2 printers please", ADDR, catalog=OFFICE)
    assert items(o) == [("PRN", 2, None)]


POTS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "POT-S", "Tenxhere e vogël 20 cm", (), Decimal("900"), ("gri", "blu", "rozë")
        ),
        CatalogProduct(
            "POT-M",
            "Tenxhere mesatare 24 cm",
            ("medium",),
            Decimal("1100"),
            ("gri", "blu", "rozë"),
        ),
        CatalogProduct(
            "POT-L", "Tenxhere e madhe 28 cm", ("large",), Decimal("1300"), ("gri", "blu", "rozë")
        ),
    ),
)


def test_and_before_a_count_word_joins_two_things() -> None:
    # Italian "e" and Albanian "e" (and) before "una / nje" start another item; "e madhe" stays
    # one name
    o = parse("c: Vorrei una pentola grande blu e una media rosa", ADDR, catalog=POTS)
    assert items(o) == [("POT-L", 1, "blu"), ("POT-M", 1, "rozë")]
    o = parse("c: dua nje tenxhere te madhe blu e nje mesatare roze", ADDR, catalog=POTS)
    assert items(o) == [("POT-L", 1, "blu"), ("POT-M", 1, "rozë")]
    o = parse("c: dua nje tenxhere te madhe gri", ADDR, catalog=POTS)
    assert items(o) == [("POT-L", 1, "gri")]


DESK = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("TBL", "Tavolinë pune", (), Decimal("9000"), ()),
        CatalogProduct("LMP", "Set dritash LED", ("llamba", "drita"), Decimal("1300"), ()),
    ),
)


def test_gheg_can_you_send_me_also_is_a_request() -> None:
    # "a mundeni me ma qit edhe …?" (can you send me … too?) after the details adds the item
    o = parse(
        "c: dua tavoline pune",
        ADDR,
        "m: Faleminderit!",
        "c: a mundeni me ma qit edhe ni llambe? se punoj naten",
        "m: Sigurisht, e shtova.",
        catalog=DESK,
    )
    assert items(o) == [("TBL", 1, None), ("LMP", 1, None)]
    # "a mundeni me …" without an object clitic is no request
    o = parse("c: a mundeni me tregu sa kushton llamba?", catalog=DESK)
    assert not o.is_order
