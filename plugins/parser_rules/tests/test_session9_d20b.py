"""Session 9, dev20 part B (kitchenware, sports nutrition, baby gear): general mechanisms,
tested on invented shops of other trades (jewellery, paint, snacks, doors, phones) and invented
messages - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

JEWELS = Catalog(
    products=(
        CatalogProduct(
            "CHN", "Zinxhir qafe", ("zinxhir", "necklace chain"), Decimal("4000"), ("argjend", "ar")
        ),
        CatalogProduct("BOX", "Kuti dhuratë", ("gift box",), Decimal("300"), ()),
    )
)

PAINT = Catalog(
    products=(
        CatalogProduct(
            "WALL",
            "Bojë muri 10 L",
            ("boje muri", "wall paint"),
            Decimal("3500"),
            ("e bardhë", "gri", "bezhë"),
        ),
        CatalogProduct("ROLL", "Rul bojatisjeje", ("rul", "paint roller"), Decimal("600"), ()),
    )
)

SNACKS = Catalog(
    products=(
        CatalogProduct(
            "BAR",
            "Bar drithërash",
            ("cereal bar", "Müsliriegel"),
            Decimal("1.2"),
            ("mjaltë", "kakao"),
        ),
        CatalogProduct("NUTS", "Arra të qëruara", ("walnuts", "Walnüsse"), Decimal("6"), ()),
    ),
    currency="EUR",
)

DOORS = Catalog(
    products=(
        CatalogProduct(
            "DOOR", "Derë e brendshme", ("interior door", "porta interna"), Decimal("12000"), ()
        ),
        CatalogProduct("HNDL", "Dorezë inox", ("maniglia", "doreze"), Decimal("900"), ()),
    )
)


def test_ar_is_gold_in_a_variant() -> None:
    # "ar" (gold) as the shop writes the variant; "të arta" / "gold" as the customer says it
    o = parse(
        "c: dua 1 zinxhir te arte",
        "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567",
        catalog=JEWELS,
    )
    assert items(o) == [("CHN", 1, "ar")]
    o = parse(
        "c: one gold necklace chain please",
        "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567",
        catalog=JEWELS,
    )
    assert items(o) == [("CHN", 1, "ar")]


ANA = "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567"
ARBEN = "c: Arben Krasniqi, Rr. Nena Tereze 4, Prishtine, 044 123 456"


def test_a_restatement_after_ok_then_splits_one_product_by_variant() -> None:
    # "Ok, atëherë 1 … dhe 1 …": a yes and "then" open the merchant's restatement; the measure
    # of the product's own name ("10 L") is no count
    o = parse(
        "c: dua 2 boje muri te bardha",
        "c: jo prit, njeren e dua gri",
        "m: Ok, atehere 1 boje muri 10 L e bardhe dhe 1 boje muri 10 L gri. 7000 lek.",
        ANA,
        catalog=PAINT,
    )
    assert sorted(items(o)) == [("WALL", 1, "e bardhë"), ("WALL", 1, "gri")]
    o = parse(
        "c: 2 kova boje muri, e bardhe",
        "m: Ok, so: 1 boje muri 10 L e bardhe and 1 boje muri 10 L bezhe, 7000 lek?",
        "c: yes. " + ANA[3:],
        catalog=PAINT,
    )
    assert sorted(items(o)) == [("WALL", 1, "bezhë"), ("WALL", 1, "e bardhë")]


def test_cash_after_pay_is_no_product() -> None:
    # German "bar" (cash) after "zahlt" is not the cereal bar
    o = parse(
        "c: Hallo, 2 Packungen Walnüsse bitte",
        ARBEN,
        "m: Faleminderit!",
        "c: er zahlt bar",
        catalog=SNACKS,
    )
    assert items(o) == [("NUTS", 2, None)]


def test_a_declined_way_to_pay_does_not_decline_the_order() -> None:
    o = parse(
        "c: 2 arra te qeruara",
        ARBEN + ". a mund te paguaj me karte?",
        "m: Me karte nuk kemi mundesi, vetem cash ne dorezim.",
        "c: ok",
        catalog=SNACKS,
    )
    assert o.is_order and items(o) == [("NUTS", 2, None)]
    o = parse(
        "c: 2 walnuts please",
        ARBEN + ". can I pay by card?",
        "m: Sorry, we don't take cards, cash on delivery only.",
        "c: fine",
        catalog=SNACKS,
    )
    assert o.is_order and items(o) == [("NUTS", 2, None)]
    # the goods declined still decline the order
    o = parse(
        "c: 2 walnuts please",
        ARBEN,
        "m: Sorry, we don't have walnuts any more.",
        "c: fine",
        catalog=SNACKS,
    )
    assert not o.is_order


def test_the_delivery_fee_is_no_product() -> None:
    # "transporti" is the delivery fee, not a door ("porta")
    o = parse(
        "c: dua 1 doreze inox",
        "c: edhe nje tjeter, e madhe",
        "m: Doreza e madhe eshte 900 lek. Gjithsej 1800 + transporti 200.",
        "c: Perfekt. " + ANA[3:],
        catalog=DOORS,
    )
    assert [sku for sku, _q, _v in items(o)] == ["HNDL"]
