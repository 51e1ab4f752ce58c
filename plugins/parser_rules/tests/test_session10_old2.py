"""Session 10, the later sets' residue (s10-old2): general mechanisms, tested on invented shops
of other trades with invented wording - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

PAINTS = Catalog(
    products=(
        CatalogProduct(
            "PAINT", "Bojë akrilike 50 ml", ("acrylic paint", "boje akrilike"), Decimal("300"),
            ("#02 E kuqe", "#05 Blu deti", "#09 Okër", "#11 E bardhë titani"),
        ),
        CatalogProduct("BRUSH", "Furçë", ("brush", "furce"), Decimal("200"), ("Nr 2", "Nr 6")),
    )
)  # fmt: skip

DETAILS = "c: Arta Hoxha, rr. Dibres 4, Tirane 069 412 3344"


def test_e_between_two_hash_codes_joins_two_shades() -> None:
    # "e" before "#11" is "and", not the article of "e bardhe"
    order = parse("c: dua boje akrilike #09 oker e #11 e bardhe", DETAILS, catalog=PAINTS)
    assert items(order) == [("PAINT", 1, "#09 Okër"), ("PAINT", 1, "#11 E bardhë titani")]


def test_e_between_two_bare_hash_codes_in_italian() -> None:
    order = parse("c: vorrei acrylic paint #09 quello ocra e #11 bianco", DETAILS, catalog=PAINTS)
    assert items(order) == [("PAINT", 1, "#09 Okër"), ("PAINT", 1, "#11 E bardhë titani")]


def test_e_before_a_colour_after_a_code_stays_an_article() -> None:
    order = parse("c: dua boje akrilike #02 e kuqe", DETAILS, catalog=PAINTS)
    assert items(order) == [("PAINT", 1, "#02 E kuqe")]


GARDEN = Catalog(
    products=(
        CatalogProduct("POT", "Vazo balte", ("vazo", "saksi"), Decimal("4"), ("15 cm", "20 cm")),
        CatalogProduct("FERT", "Pleh organik", ("pleh", "plehu"), Decimal("6"), ()),
    )
)  # fmt: skip


def test_also_a_count_of_sacks_of_an_unknown_thing_leaves_the_held_count() -> None:
    # "edhe tri thase vermikulit": three sacks of something this catalog does not name, not
    # three pots
    order = parse(
        "c: a keni vazo 20 cm?",
        "m: Po, vazo 20 cm 4€ copa.",
        "c: me duhen tridhjete. edhe tri thase vermikulit",
        DETAILS,
        catalog=GARDEN,
    )
    assert items(order) == [("POT", 30, "20 cm")]


def test_also_a_count_of_a_known_product_still_adds_it() -> None:
    order = parse(
        "c: a keni vazo 20 cm?",
        "m: Po, vazo 20 cm 4€ copa.",
        "c: me duhen tridhjete. edhe tri thase pleh",
        DETAILS,
        catalog=GARDEN,
    )
    assert items(order) == [("POT", 30, "20 cm"), ("FERT", 3, None)]


def test_the_merchant_names_the_unknown_thing_after_a_semicolon() -> None:
    # "…= 120€; pleh organik (vermikulit) 3 x 6€": the line after ";" is the next line, not
    # a price per piece
    order = parse(
        "c: a keni vazo 20 cm?",
        "m: Po, vazo 20 cm 4€ copa.",
        "c: me duhen tridhjete. edhe tri thase vermikulit",
        "m: 30 vazo 20 cm = 120€; pleh organik (vermikulit) 3 × 6€ = 18€.",
        "c: ok, dergojini",
        DETAILS,
        catalog=GARDEN,
    )
    assert items(order) == [("POT", 30, "20 cm"), ("FERT", 3, None)]


def test_a_price_segment_between_two_lines_of_the_merchant_is_skipped() -> None:
    # "30 vazo = 3 kuti, 120€; pleh organik …": the price closes the pots' line
    order = parse(
        "c: a keni vazo 20 cm?",
        "m: Po, vazo 20 cm 4€ copa.",
        "c: me duhen tridhjete. edhe tri thase vermikulit",
        "m: 30 vazo 20 cm = 3 kuti, 120€; pleh organik (vermikulit) 3 × 6€ = 18€.",
        "c: ok, dergojini",
        DETAILS,
        catalog=GARDEN,
    )
    assert items(order) == [("POT", 30, "20 cm"), ("FERT", 3, None)]


FITTINGS = Catalog(
    products=(
        CatalogProduct(
            "ELBOW", "Rakord uji 1/2", ("rakord",), Decimal("5"), ("straight", "bent")
        ),
        CatalogProduct("FLAP", "Parafango bici", ("parafango",), Decimal("8"), ("front", "rear")),
    )
)  # fmt: skip


def test_bent_and_straight_are_read_in_albanian_and_italian() -> None:
    order = parse("c: dua nje rakord te lakuar", DETAILS, catalog=FITTINGS)
    assert items(order) == [("ELBOW", 1, "bent")]
    order = parse("c: vorrei un rakord dritto", DETAILS, catalog=FITTINGS)
    assert items(order) == [("ELBOW", 1, "straight")]


def test_italian_posteriore_is_the_rear_one() -> None:
    order = parse("c: vorrei un parafango posteriore", DETAILS, catalog=FITTINGS)
    assert items(order) == [("FLAP", 1, "rear")]


SLEEVES = Catalog(
    products=(
        CatalogProduct(
            "SLV-LTH", "Çantë lëkure për laptop (sleeve)", ("sleeve lekure",), Decimal("30"),
            ("Dell X13", "Lenovo T14", "HP G9"),
        ),
        CatalogProduct(
            "SLV-MAG", "Sleeve me magnet", ("magnet sleeve",), Decimal("25"),
            ("MacBook 13", "MacBook 14"),
        ),
        CatalogProduct(
            "FILM", "Film mbrojtës ekrani", ("film ekrani",), Decimal("9"),
            ("MacBook 13/14", "Lenovo T14", "Dell X13"),
        ),
        CatalogProduct("MOUSE", "Maus pa kabllo", ("maus", "mausi"), Decimal("12"), ()),
    )
)  # fmt: skip


def test_a_model_code_does_not_name_a_variant_by_its_digits_alone() -> None:
    # "t14" is the Lenovo's code: "MacBook 14" writes its 14 without that letter
    order = parse("c: dua nje sleeve per t14", DETAILS, catalog=SLEEVES)
    assert items(order) == [("SLV-LTH", 1, "Lenovo T14")]
    order = parse("c: dua nje sleeve per macbook 14", DETAILS, catalog=SLEEVES)
    assert items(order) == [("SLV-MAG", 1, "MacBook 14")]


def test_an_emoji_after_the_greeting_opens_the_merchants_restatement() -> None:
    # "Tungjatjeta motër 🙂 2 sleeve …": the merchant's counts settle the order (the sum, with
    # a discount, does not)
    order = parse(
        "c: tung a ma qon ni sleeve per lenovo t14 po dy copa ni per mu ni per vellan edhe dy"
        " film ekrani per to te njejtat edhe ni maus",
        "m: Tungjatjeta motër 🙂 2 sleeve lekure T14 + 2 film ekrani T14 + mausi = 85€",
        "c: ok",
        DETAILS,
        catalog=SLEEVES,
    )
    assert items(order) == [
        ("SLV-LTH", 2, "Lenovo T14"),
        ("FILM", 2, "Lenovo T14"),
        ("MOUSE", 1, None),
    ]


SKATES = Catalog(
    products=(
        CatalogProduct(
            "PAD", "Mbrojtëse gjuri për të rritur", ("ginocchiere", "knee pads"), Decimal("15"),
            ("S", "M", "L"),
        ),
        CatalogProduct(
            "PAD-KID", "Mbrojtëse gjuri për fëmijë", ("mbrojtese per femije",), Decimal("12"),
            ("rozë", "e kaltër", "110 cm"),
        ),
    )
)  # fmt: skip


def test_a_colour_only_a_sibling_product_comes_in_names_that_sibling() -> None:
    # "ginocchiere" is an alias of the adults' pads (S / M / L); only the children's come pink
    order = parse("c: vorrei delle ginocchiere rosa", DETAILS, catalog=SKATES)
    assert items(order) == [("PAD-KID", 1, "rozë")]


def test_a_size_of_the_named_product_or_a_number_keeps_it() -> None:
    order = parse("c: vorrei delle ginocchiere M", DETAILS, catalog=SKATES)
    assert items(order) == [("PAD", 1, "M")]
    order = parse("c: vorrei delle ginocchiere per un ragazzo di 5 anni", DETAILS, catalog=SKATES)
    assert [p for p, _q, _v in items(order)] == ["PAD"]


COFFEE = Catalog(
    products=(
        CatalogProduct(
            "MACH", "Makinë kafeje me kapsula", ("makine kafeje", "coffee machine"),
            Decimal("90"), (),
        ),
        CatalogProduct("SUGAR", "Sheqer kallëp 1 kg", ("sheqer",), Decimal("2"), ()),
        CatalogProduct(
            "FILT", "Filtër letre 102", ("filtra letre", "paper filters"), Decimal("3"), ()
        ),
    )
)  # fmt: skip


def test_what_the_customer_is_fed_up_with_is_not_ordered() -> None:
    order = parse(
        "c: dua nje makine kafeje se me keto me filtra jam merzit se i blej cdo jave edhe 2 sheqer",
        DETAILS,
        catalog=COFFEE,
    )
    assert items(order) == [("MACH", 1, None), ("SUGAR", 2, None)]
    order = parse(
        "c: I want a coffee machine because I'm sick of paper filters, and 2 sheqer",
        DETAILS,
        catalog=COFFEE,
    )
    assert items(order) == [("MACH", 1, None), ("SUGAR", 2, None)]


def test_a_product_added_before_a_fed_up_phrase_stays() -> None:
    # "edhe filtra, jam merzit pa to": the filters are added (fed up without them)
    order = parse("c: dua nje makine kafeje edhe filtra, jam merzit pa to", DETAILS, catalog=COFFEE)
    assert items(order) == [("MACH", 1, None), ("FILT", 1, None)]
