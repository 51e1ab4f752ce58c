"""Session 20 (bare numbers): a number said alone that the name of one product holds names
that product, not a count of it (``quantities.name_number``, read in the corrections' bare
number path beside ``size_not_count``). Invented shops and sentences, none from a corpus: an
internet provider, a gas cylinder seller, a water tank shop."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.quantities import name_number
from plugins.parser_rules.tests.conftest import items, parse

TERMS = ("pa kontratë", "12 muaj", "24 muaj")
FIBRE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("F100", "Internet Optik 100 Mbps", (), Decimal(17), TERMS),
        CatalogProduct("F500", "Internet Optik 500 Mbps", (), Decimal(27), TERMS),
        CatalogProduct("F1G", "Internet Optik 1 Gbps", (), Decimal(38), TERMS),
        CatalogProduct("PKG", "Paketa Shtëpia (500 Mbps + TV)", (), Decimal(35), TERMS[1:]),
        CatalogProduct("RTR", "Router Wi-Fi", (), Decimal(50), ("blerje", "qira")),
    ),
)

GAS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("G10", "Bombol gazi 10 kg", (), Decimal(2500), ()),
        CatalogProduct("G35", "Bombol gazi 35 kg", (), Decimal(7000), ()),
        CatalogProduct("RGL", "Rregullator presioni", (), Decimal(900), ()),
    ),
)

TANKS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("T500", "Depo uji 500 L", (), Decimal(90), ("e bardhë", "blu")),
        CatalogProduct("T1000", "Depo uji 1000 L", (), Decimal(150), ("e bardhë", "blu")),
        CatalogProduct("P500", "Pompë uji 500 W", (), Decimal(120), ()),
    ),
)


def test_the_number_of_another_plan_the_shop_named_switches_the_line() -> None:
    # the shop recommends 1 Gbps; "ok 500" is the 500 Mbps plan, once, not 500 of 1 Gbps
    o = parse(
        "c: pershendetje na duhet internet per zyren",
        "m: Rekomandojmë 1 Gbps, 38€/muaj me 24 muaj.",
        "c: 500 nuk mjafton?",
        "m: Po, 500 Mbps mjafton, 27€ me 24 muaj.",
        "c: ok 500 me 24 muaj. Arta Krasniqi 044 512 337, rr. Nëna Terezë 12",
        catalog=FIBRE,
    )
    assert items(o) == [("F500", 1, "24 muaj")]


def test_the_number_of_the_lines_own_name_counts_nothing() -> None:
    o = parse(
        "c: sa kushton interneti optik?",
        "m: 100 Mbps 17€ ose 500 Mbps 27€",
        "c: mire e marr 500. Arta Krasniqi 044 512 337, rr. Nëna Terezë 12",
        catalog=FIBRE,
    )
    assert items(o) == [("F500", 1, None)]


def test_a_heavier_cylinder_named_by_its_weight_alone() -> None:
    # another trade: gas cylinders sold as one product per weight
    o = parse(
        "c: a keni bombol gazi 10 kg?",
        "m: Po, 2500 lekë. Kemi edhe 35 kg me 7000.",
        "c: atehere po e marr 35. Dritan Hoxha, Rr. Myslym Shyri 8, Tiranë, 069 412 5530",
        catalog=GAS,
    )
    assert items(o) == [("G35", 1, None)]


def test_the_rule_reads_only_products_whose_name_starts_with_the_same_word() -> None:
    ix = index_for(TANKS)
    # "500" of the 1000 L tank is the 500 L tank, not the 500 W pump
    assert name_number(ix, 1, 500) == 0
    assert name_number(ix, 0, 1000) == 1
    # a small number is a count; a number no sibling's name holds is one too
    assert name_number(ix, 0, 2) is None
    assert name_number(ix, 0, 300) is None


def test_a_number_two_plans_hold_is_left_alone() -> None:
    ix = index_for(FIBRE)
    # "500" is in the 500 Mbps plan and the package's brackets (not its name's first word)
    assert name_number(ix, 2, 500) == 1
    two = Catalog(
        currency="EUR",
        products=(
            CatalogProduct("A", "Internet 500 Mbps shtëpi", (), Decimal(27), ()),
            CatalogProduct("B", "Internet 500 Mbps biznes", (), Decimal(40), ()),
        ),
    )
    assert name_number(index_for(two), 0, 500) is None


def test_a_real_count_stays_a_count_and_a_siblings_number_names_it() -> None:
    # guard: "bëji 30" of a tank whose siblings' names hold no 30 counts 30 of it
    o = parse(
        "c: dua depo uji 500 L te bardhe",
        "m: 90€ copa",
        "c: bëji 30. Besim Gashi, Rr. Ilirët 4, Prizren, 049 881 402",
        catalog=TANKS,
    )
    assert items(o) == [("T500", 30, "e bardhë")]
    # "bëji 500" of the 1000 L tank is the 500 L tank, once
    o = parse(
        "c: dua depo uji 1000 L te bardhe",
        "m: 150€ copa",
        "c: ok, bëji 500. Besim Gashi, Rr. Ilirët 4, Prizren, 049 881 402",
        catalog=TANKS,
    )
    assert items(o) == [("T500", 1, "e bardhë")]


def test_the_number_before_a_word_of_the_name_in_the_shops_offer_counts_nothing() -> None:
    # the shop offers "500 Mbps": the number and the word as the name has them, not 500 lines
    o = parse(
        "c: kam kontraten me 100 mbps, dua me shpejt",
        "m: Mund të kaloni në 500 Mbps (27€), me kontratë të re 12 ose 24 muaj.",
        "c: ajde 500 me 12 muaj. Arta Krasniqi 044 512 337, rr. Nëna Terezë 12",
        catalog=FIBRE,
    )
    assert items(o) == [("F500", 1, "12 muaj")]
