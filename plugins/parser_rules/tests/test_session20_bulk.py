"""Session 20 (bulk): the shop's last message names several products and the customer takes them
together ("i marr krejt", "both", "beides"): each one the order lacks is a line, whether or not
the order has lines (``MerchantLines.take_all_offered``). Invented shops and sentences, none
from a corpus: an aquarium shop, a bicycle workshop, a piano service, a climbing gym."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

AQUA = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("AKV-60", "Akuarium 60 litra", ("akuarium",), Decimal(9000), ()),
        CatalogProduct("FILT", "Filtër i brendshëm", ("filter", "filtri"), Decimal(2500), ()),
        CatalogProduct("NGROH", "Ngrohës uji 50W", ("ngrohes",), Decimal(1800), ()),
        CatalogProduct("LLAMBA", "Llambë LED 30 cm", ("llamba",), Decimal(3200), ()),
        CatalogProduct("ZHAVOR", "Zhavorr dekorativ", ("zhavorr",), Decimal(600), ()),
    ),
)

BIKE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SERV", "Bike service", ("service", "tune up"), Decimal(35), ()),
        CatalogProduct("CHAIN", "Chain replacement", ("chain",), Decimal(18), ()),
        CatalogProduct("PADS", "Brake pads", ("pads",), Decimal(12), ()),
        CatalogProduct("TUBE", "Inner tube", ("tube",), Decimal(6), ()),
    ),
)

PIANO = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("STIMM", "Klavierstimmung", ("stimmung",), Decimal(90), ()),
        CatalogProduct("HAMMER", "Hammerkopf Reparatur", ("hammerkopf",), Decimal(40), ()),
        CatalogProduct("REINIG", "Innenreinigung", ("reinigung",), Decimal(30), ()),
    ),
)


def test_a_bulk_yes_takes_every_product_the_shop_listed_beside_the_order() -> None:
    # the tank is ordered; the shop lists what goes with it; "i marr krejt" takes all three
    o = parse(
        "c: pershendetje dua akuariumin 60 litra",
        "m: Po e kemi. I duhen edhe filtri 2500, ngrohesi 1800 dhe llamba 3200.",
        "c: ok i marr krejt. Dritan Kola, Rr. Myslym Shyri 12, Tirane, 068 221 4400",
        catalog=AQUA,
    )
    assert items(o) == [
        ("AKV-60", 1, None),
        ("FILT", 1, None),
        ("NGROH", 1, None),
        ("LLAMBA", 1, None),
    ]


def test_both_takes_the_two_offered_after_a_service_in_the_order() -> None:
    o = parse(
        "c: hi, can I book a service for my bike on Saturday?",
        "m: Sure, the service is 35€. Your chain is worn: a new chain 18€, and brake pads 12€.",
        "c: ok, do both please. Ben Harris, 07700 900 123",
        catalog=BIKE,
    )
    assert items(o) == [("SERV", 1, None), ("CHAIN", 1, None), ("PADS", 1, None)]


def test_beides_in_german() -> None:
    o = parse(
        "c: Guten Tag, ich brauche eine Stimmung für unser Klavier",
        "m: Gerne. Stimmung 90€. Ein Hammerkopf ist lose, Reparatur 40€, Innenreinigung 30€.",
        "c: gut, beides bitte. Anna Berisha, 0176 2209 1133",
        catalog=PIANO,
    )
    assert items(o) == [("STIMM", 1, None), ("HAMMER", 1, None), ("REINIG", 1, None)]


def test_the_count_the_shop_states_with_a_product_is_its_count() -> None:
    o = parse(
        "c: dua akuariumin 60 litra",
        "m: Akuariumi 9000. Per fundin 3 thase zhavorr 600 secila, dhe nje filter 2500.",
        "c: mire te gjitha. Ana Meta 069 440 1212",
        catalog=AQUA,
    )
    assert items(o) == [("AKV-60", 1, None), ("ZHAVOR", 3, None), ("FILT", 1, None)]


def test_a_product_the_shop_gives_for_free_is_no_line() -> None:
    # guard: "falas" (free) in its sentence
    o = parse(
        "c: dua akuariumin 60 litra",
        "m: Akuariumi 9000, filtri 2500 dhe ngrohesi 1800. Zhavorr 2 thase falas.",
        "c: ok te gjitha. Ana Meta 069 440 1212",
        catalog=AQUA,
    )
    assert items(o) == [("AKV-60", 1, None), ("FILT", 1, None), ("NGROH", 1, None)]


def test_for_both_of_us_is_for_whom_not_a_bulk_yes() -> None:
    # guard: "for both of us" says who the service is for; the tube and pads were only priced
    o = parse(
        "c: hi, a service for my bike and my wife's please",
        "m: Service 35€ each. Pads are 12€ and a tube 6€ if you need them.",
        "c: ok the service for both of us then. Ben Harris, 07700 900 123",
        catalog=BIKE,
    )
    assert ("PADS", 1, None) not in items(o) and ("TUBE", 1, None) not in items(o)


def test_one_each_before_a_measure_is_a_size_not_a_bulk_yes() -> None:
    # guard: "nga 1 kile" (of one kilo each) says the size of the bags, it takes no filter
    o = parse(
        "c: dua akuariumin 60 litra edhe zhavorr",
        "m: Akuariumi 9000, zhavorri 600 thesi, filtri 2500.",
        "c: dy thase zhavorr nga 1 kile",
        catalog=AQUA,
    )
    assert ("FILT", 1, None) not in items(o)


HEAT = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("BOJ-80", "Bojler 80 litra", ("bojler",), Decimal(21000), ()),
        CatalogProduct("VAZO", "Vazo presioni zgjerimi", ("vazo",), Decimal(3500), ()),
        CatalogProduct("PRES", "Presostat dixhital", ("presostati",), Decimal(2000), ()),
    ),
)


def test_each_product_is_judged_against_the_order_before_the_yes() -> None:
    # "presostati" shares a root with the "presioni" of the vessel taken in the same yes
    o = parse(
        "c: dua bojlerin 80 litra",
        "m: Bojleri 21000. Vazo zgjerimi 3500, presostati 2000.",
        "c: ok te dyja. Gent Leka 069 220 3344",
        catalog=HEAT,
    )
    assert items(o) == [("BOJ-80", 1, None), ("VAZO", 1, None), ("PRES", 1, None)]
