"""Session 8, dev19 part B (home textiles, parapharmacy, cakes): general mechanisms, tested on
invented shops of other trades (hardware, pet food, cosmetics, stationery) and invented
messages - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

HARDWARE = Catalog(
    products=(
        CatalogProduct("DRL", "Trapan elektrik", ("drill", "trapano"), Decimal("6500"), ()),
        CatalogProduct("SCR", "Vida inoksi", ("vida", "screws"), Decimal("300"), ("4 mm", "6 mm")),
        CatalogProduct(
            "BITS",
            "Set majash 3 copë në kuti",
            ("set majash", "drill bit set"),
            Decimal("1200"),
            ("druri", "metali"),
        ),
    )
)

COSMETICS = Catalog(
    products=(
        CatalogProduct(
            "HSP", "Sprej për flokë", ("hair spray",), Decimal("900"), ("150 ml", "300 ml")
        ),
        CatalogProduct("LIP", "Buzëkuq mat", ("lipstick",), Decimal("1100"), ("e kuqe", "nude")),
    )
)

PETS = Catalog(
    products=(
        CatalogProduct(
            "TRT", "Biskota qeni", ("dog treats",), Decimal("250"), ("pulë", "viç", "çokollatë")
        ),
        CatalogProduct(
            "BOWL", "Tas ushqimi", ("bowl",), Decimal("700"), ("e kuqe", "blu", "e bardhë")
        ),
    )
)


def test_an_order_after_the_street_is_not_more_of_the_address() -> None:
    # the street, then in the same message what to bring: the order is read, the address ends
    o = parse(
        "c: Arben Krasniqi 044 123 456, Peje rr. Mbreteresha Teute nr 8, "
        "ma sillni nje trapan elektrik edhe 2 vida 6 mm",
        catalog=HARDWARE,
        country="XK",
    )
    assert sorted(items(o)) == [("DRL", 1, None), ("SCR", 2, "6 mm")]
    assert o.address == "rr. Mbreteresha Teute nr 8"
    o = parse(
        "c: Ana Leka 069 123 4567, Rruga Kavajes 40, dua nje trapan elektrik",
        catalog=HARDWARE,
    )
    assert items(o) == [("DRL", 1, None)]
    assert o.address == "Rruga Kavajes 40"


def test_a_shop_named_as_a_landmark_does_not_label_the_number_as_the_shops() -> None:
    o = parse(
        "c: 1 unaze",
        "c: Mira Kola, Rr. Skenderbeu 3, prane dyqanit Ema. 069 765 4321",
    )
    assert o.phone == "+355697654321"
    o = parse("c: 1 unaze", "c: Mira Kola, behind the shop Lux. 069 765 4321")
    assert o.phone == "+355697654321"
    # the shop's own number still yields to the customer's
    o = parse(
        "c: 1 unaze",
        "c: Mira Kola, Rr. Skenderbeu 3, 069 765 4321. numri i dyqanit 068 111 2233",
    )
    assert o.phone == "+355697654321"


def test_a_village_typed_in_lower_case_alone_in_its_part_is_the_place() -> None:
    o = parse(
        "c: 1 kafe 500 g",
        "c: Gezim Doda, softaj, afer shkolles. 044 321 654",
        country="XK",
    )
    assert o.city == "Softaj"
    assert o.address is not None and o.address.endswith("afer shkolles")


def test_a_given_name_in_the_dative_after_leave_it_to_is_the_receiver() -> None:
    o = parse(
        "c: 1 unaze",
        "c: Zyra Alfa, rr. Deshmoret 4, Prizren. ja lini Ilirit ne recepsion. 049 111 222",
        country="XK",
    )
    assert o.customer_name == "Ilir"
