"""Session 18 (dev39, second half): invented shops and sentences (none taken from a corpus)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARBEN = "c: Arben Hoti, Rr. Dardania 4, Prizren, 049 555 123"

# two products a bare word names about as well; only one comes in brands
BULBS = catalog_of(
    ("BULB-CAR", "Llambë makine H7", "8", ("Philips", "Osram")),
    ("BULB-DESK", "Llambë tavoline LED", "15", ()),
)


def test_the_merchant_naming_the_brand_picks_the_product() -> None:
    o = parse(
        "c: pershendetje, m'u dogj drita e makines",
        "m: Llamba Philips 8€ copa",
        "c: ok mi dergoni 2 cope",
        ARBEN,
        catalog=BULBS,
    )
    assert items(o) == [("BULB-CAR", 2, "Philips")]


def test_the_brand_in_the_merchants_sum_picks_the_product() -> None:
    o = parse(
        "c: tung, fenerat e makines nuk ndezin, me duhen dy",
        "m: Dy llamba Osram = 16€",
        "c: ok, dergoni",
        ARBEN,
        catalog=BULBS,
    )
    assert items(o) == [("BULB-CAR", 2, "Osram")]


LAMPS = catalog_of(
    ("LMP", "Llambadar dyshemeje", "40", ("i zi", "i bardhë")),
    ("SHD", "Abazhur pëlhure", "12", ()),
)


def test_do_not_reserve_it_any_more_cancels() -> None:
    # the customer asks the shop to hold a lamp, then tells it not to: no order is left
    o = parse(
        "c: a e keni llambadarin e zi? ma rezervoni ju lutem, vjen vajza neser",
        "m: Po, e rezervuam.",
        "c: na fal, e gjetem nje tjeter. mos e rezervoni me",
        catalog=LAMPS,
    )
    assert not o.is_order


def test_money_back_is_a_complaint_not_an_order() -> None:
    # "dua paret mbrapsht" (Gheg "paret" for the money): a refund asked for, not goods ordered
    o = parse(
        "c: abazhuri juaj u gris ne skaj pas dy ditesh!!",
        "m: Na vjen keq, sillni faturen dhe e shohim.",
        "c: dua paret mbrapsht, jo ta shihni",
        catalog=LAMPS,
    )
    assert not o.is_order
