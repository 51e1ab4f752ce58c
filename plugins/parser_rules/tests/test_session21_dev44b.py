"""Session 21 (dev44, second half): rules read from the chimney-sweep, fruit-tree nursery and
accounting-office conversations of dev44-043 … dev44-084, each tested here in another trade.
Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

JOINERY = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("DERE", "Derë e brendshme", ("dere",), Decimal(15000), ("e bardhë", "arre")),
        CatalogProduct("DRITARE", "Dritare PVC", ("dritare",), Decimal(9000), ()),
        CatalogProduct(
            "TRANSP", "Transport", (), Decimal(1000), ("brenda qytetit", "jashtë qytetit")
        ),
    ),
)

FURNITURE = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("KARRIGE", "Karrige druri", ("karrige",), Decimal(3000), ()),
        CatalogProduct("TAVOLINE", "Tavolinë ngrënieje", ("tavoline",), Decimal(12000), ()),
        CatalogProduct(
            "TRANSP", "Transport me kamionçinë", (), Decimal(1500), ("brenda qytetit", "rrethi")
        ),
    ),
)

QUARRY = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("RERE", "Rërë lumi (për m³)", ("rere",), Decimal(2500), ()),
        CatalogProduct("ZHAVORR", "Zhavorr (për m³)", ("zhavorr",), Decimal(2200), ()),
    ),
)


def test_until_is_no_misspelt_product_word() -> None:
    """Joinery (the rule came from a chimney sweep's "derë pastrimi"): "deri" (up to, until) in
    "me transport deri në Fier" is no misspelt "derë" (a door): no door line."""
    order = parse(
        "c: dua 2 dritare, me transport deri ne Fier",
        "m: Dritare PVC 9000 lekë copa, transporti jashtë qytetit 1000 lekë.",
        "c: ok, Arben Lika, Rruga e Kavajës 10, Fier 069 123 4567",
        catalog=JOINERY,
    )
    assert ("DERE", 1, None) not in items(order)
    assert ("DRITARE", 2, None) in items(order)


def test_a_bare_transport_in_the_restatement_keeps_the_zone_stated_before() -> None:
    """Furniture (the rule came from a fruit-tree nursery and a chimney sweep): the shop priced
    the delivery with its zone, then restated the order with a bare "+ transport"; the line
    keeps the zone it stated."""
    order = parse(
        "c: 4 karrige druri edhe nje tavoline, a i sillni ne Kashar?",
        "m: Po, Kashari është rrethi, transporti 1500 lekë.",
        "c: mire",
        "m: Pra: 4 karrige, 1 tavolinë + transport. Emri dhe numri?",
        "c: Mira Doda 068 222 3344, Kashar te shkolla",
        catalog=FURNITURE,
    )
    assert ("TRANSP", 1, "rrethi") in items(order)


def test_a_lone_kub_counts_cubic_metres() -> None:
    """A quarry (the rule came from firewood sold per m³): the Gheg "kub" alone is a cubic
    metre: "bëje 6 kub" counts six of a product sold per m³."""
    order = parse(
        "c: sa e keni reren e lumit?",
        "m: Rërë lumi 2500 lekë/m³. Për një pllakë zakonisht shkojnë 7-8 kub.",
        "c: 8 eh shumë... bëje 6 kub. Arben Lika, Rruga e Kavajës 10, Fier 069 123 4567",
        catalog=QUARRY,
    )
    assert items(order) == [("RERE", 6, None)]


PRINT_SHOP = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "PRINT", "Printim me ngjyra (për faqe)", ("printim",), Decimal(50), ("A4", "A3")
        ),
        CatalogProduct("LIDHJE", "Lidhje spirale", ("spirale",), Decimal(300), ()),
    ),
)

GYM = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "ABON", "Abonim mujor – palestër", ("abonim",), Decimal(30), ("ditë", "natë")
        ),
        CatalogProduct("TRAJNER", "Trajner personal (seancë)", ("trajner",), Decimal(20), ()),
    ),
)


def test_the_shops_count_of_the_priced_noun_and_a_variant_counts_that_variants_line() -> None:
    """A print shop (the rule came from translations sold per page in two languages): "Pra 30
    faqe A4 + 10 faqe A3" counts each line of "Printim me ngjyra (për faqe)" by its variant."""
    order = parse(
        "c: dua printim me ngjyra, disa faqe A4 dhe disa A3 per nje projekt",
        "m: Po, 50 lekë faqja. Pra 30 faqe A4 + 10 faqe A3.",
        "c: ok, vij i marr neser. Arta 069 111 2233",
        catalog=PRINT_SHOP,
    )
    assert ("PRINT", 30, "A4") in items(order)
    assert ("PRINT", 10, "A3") in items(order)


def test_a_name_with_a_monthly_adjective_is_sold_per_month() -> None:
    """A gym (the rule came from monthly bookkeeping): "Abonim mujor" is sold per month, so the
    shop's "abonim 3 muaj" counts three."""
    order = parse(
        "c: sa kushton abonimi per dite?",
        "m: 30€ në muaj. Për sa muaj e doni?",
        "c: per 3 muaj",
        "m: Ok: abonim 3 muaj, ditë. Emri dhe numri?",
        "c: Blerim Hoti 044 555 666",
        catalog=GYM,
        country="XK",
    )
    assert items(order) == [("ABON", 3, "ditë")]


DAIRY = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("DJATHE", "Djathë i bardhë", ("djathe",), Decimal(900), ("1 kg", "500 g")),
        CatalogProduct("QUMESHT", "Qumësht dhie", ("dhie",), Decimal(200), ()),
        CatalogProduct("GJIZE", "Gjizë", ("gjize",), Decimal(500), ()),
    ),
)


def test_a_product_word_alone_in_brackets_after_a_product_is_a_note_on_it() -> None:
    """A dairy (the rule came from pellets sold "A1 (ahu)", beech): in "Djathë i bardhë 1 kg
    (dhie) 900 lekë" the bracket says what the cheese is made of; "ate po" takes the cheese,
    not the goat's milk the bracket's word also names."""
    order = parse(
        "c: sa e keni djathin e bardhe?",
        "m: Djathë i bardhë 1 kg (dhie) 900 lekë, 500 g 480 lekë.",
        "c: 1 kg osht ai i forti? ate po",
        "m: Po. Emri dhe adresa?",
        "c: Ana Kola, Rruga e Elbasanit 5, Tiranë 069 222 3344",
        catalog=DAIRY,
    )
    assert ("QUMESHT", 1, None) not in items(order)
    assert ("DJATHE", 1, "1 kg") in items(order)


HARDWARE = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("BULON", "Bulona inoksi", ("bulona",), Decimal(40), ("M8", "M10", "M12")),
        CatalogProduct("RONDELE", "Rondele", ("rondele",), Decimal(5), ()),
    ),
)


def test_a_count_before_a_capital_code_is_no_length() -> None:
    """Hardware (the rule came from rootstocks "M9" and "GF677"): "50 M8" is fifty bolts of the
    M8 code, not fifty metres, in the customer's order and in the shop's restatement."""
    order = parse(
        "c: keni bulona inoksi? M8 dhe M10",
        "m: Po, bulona inoksi M8, M10, M12, 40 lekë copa.",
        "c: me duhen 50 M8 dhe 30 M10",
        "m: Në rregull: 50 M8, 30 M10. Emri?",
        "c: Ilir Gjoka, Rruga e Durresit 4, Tirane 069 333 4455",
        catalog=HARDWARE,
    )
    assert items(order) == [("BULON", 50, "M8"), ("BULON", 30, "M10")]


FLORIST = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "BUQETE", "Buqetë trëndafilash", ("buqete",), Decimal(3000), ("e kuqe", "e bardhë")
        ),
        CatalogProduct("KARTOLINE", "Kartolinë urimi", ("kartoline",), Decimal(200), ()),
    ),
)


def test_a_new_product_added_with_the_details_leaves_the_one_product_restatement_taken() -> None:
    """A florist (the rule came from firewood switched to "cut" in words the parser does not
    read, restated by the shop): the customer answers the restatement of the bouquet with the
    details and adds a card; the restated colour still stands, and the card is a line."""
    order = parse(
        "c: dua 1 buqete trendafilash te kuqe per neser",
        "m: 1 buqetë e kuqe. Adresa?",
        "c: prit pak... nusja e ka per dasem, ajo do si fustani",
        "m: Ok, 1 buqetë trëndafilash e bardhë. Adresa dhe numri?",
        "c: Ana Kola, Rruga e Kavajës 10, Tiranë, 069 123 4567. Edhe nje kartoline urimi",
        catalog=FLORIST,
    )
    assert ("BUQETE", 1, "e bardhë") in items(order)
    assert ("KARTOLINE", 1, None) in items(order)
