"""Session 21 (quantities): invented shops and sentences (none taken from a corpus)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ENA = "c: Ena Gjoni, Rr. Myslym Shyri 12, Tiranë, 069 555 0101"

# a garden centre: clay pots, potting soil, a watering can
GARDEN = catalog_of(
    ("POT", "Saksi balte", "350", ("14 cm", "20 cm", "30 cm")),
    ("SOIL", "Dhe për lule (thes 20 L)", "600", ()),
    ("CAN", "Ujitëse plastike", "900", ()),
)


def test_the_shops_count_after_the_customers_change_is_the_line() -> None:
    """A garden centre (the rule came from an event-hire shop): the customer adds to a count
    in words that name no product and no count of their own ("edhe dy të tjera", two more);
    the shop writes the new count down in the catalog's words ("5 saksi balte 14 cm
    atëherë"), and the customer speaks of the pots no more: the shop's count is the line's."""
    o = parse(
        "c: dua 3 saksi balte 14 cm dhe nje ujitese",
        "m: 3 saksi 14 cm 1050 lekë, ujitësja 900. Tjetër?",
        "c: edhe dy te tjera",
        "m: 5 saksi balte 14 cm atëherë, 1750 lekë.",
        ENA,
        catalog=GARDEN,
    )
    assert sorted(items(o)) == [("CAN", 1, None), ("POT", 5, "14 cm")]


def test_the_shops_stock_is_no_count_of_the_order() -> None:
    """A guard (fails without the "shop_has" check): "we still have 4" is the stock, not the
    customer's count."""
    o = parse(
        "c: a keni saksi balte 30 cm?",
        "m: Po, i kemi edhe 4 saksi balte 30 cm.",
        "c: e marr nje",
        ENA,
        catalog=GARDEN,
    )
    assert items(o) == [("POT", 1, "30 cm")]


def test_what_a_pack_comes_to_is_no_count_of_the_order() -> None:
    """A guard (fails without the "=" check): the shop says what one pack holds ("1 pako = 10
    kunja"), not a count of packs."""
    shop = catalog_of(
        ("POT", "Saksi balte", "350", ("14 cm", "20 cm")),
        ("STAKE", "Kunja bambu (pako)", "200", ()),
    )
    o = parse(
        "c: dua 2 saksi balte 20 cm, edhe kunja bambu, nje pako mjafton?",
        "m: Po, 1 pako = 10 kunja bambu, për dy saksi mjafton.",
        "c: ok",
        ENA,
        catalog=shop,
    )
    assert items(o) == [("POT", 2, "20 cm"), ("STAKE", 1, None)]


def test_words_that_fit_two_products_count_the_one_in_the_order() -> None:
    """A garden centre (the rule came from a fire-safety shop): "5 saksi" fits the clay and the
    plastic pot alike; only the plastic one is in the order, so the shop's count is its."""
    shop = catalog_of(
        ("POTC", "Saksi balte", "350", ()),
        ("POTP", "Saksi plastike", "150", ()),
        ("CAN", "Ujitëse", "900", ()),
    )
    o = parse(
        "c: dua 3 saksi plastike dhe nje ujitese",
        "m: 3 saksi plastike 450 lekë, ujitësja 900. Tjetër?",
        "c: edhe dy te tjera",
        "m: Mirë, 5 saksi atëherë.",
        ENA,
        catalog=shop,
    )
    assert sorted(items(o)) == [("CAN", 1, None), ("POTP", 5, None)]


def test_the_shops_pieces_of_a_line_counted_by_the_day_are_one_factor() -> None:
    """A guard (fails without the name-unit check): a bike hire prices by the day; "2
    biçikleta x 3 ditë" counts two bikes, the line six bike-days."""
    shop = catalog_of(
        ("BIKE", "Biçikletë me qira (në ditë)", "10", ()),
        ("HELM", "Helmetë", "3", ()),
    )
    o = parse(
        "c: dua 2 biciklete per 3 dite dhe 2 helmeta",
        "m: 2 biçikleta x 3 ditë = 60€, helmetat 6€. Emri?",
        ENA,
        catalog=shop,
    )
    assert sorted(items(o)) == [("BIKE", 6, None), ("HELM", 2, None)]
