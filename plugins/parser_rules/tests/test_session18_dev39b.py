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


# a shop that sells its delivery as catalog lines
POTTERY = catalog_of(
    ("VAZO", "Vazo balte e pikturuar", "1200", ("e vogël", "e madhe")),
    ("PJATE", "Pjatë qeramike", "800", ()),
    ("SHIP-IN", "Dërgesë me korrier brenda vendit", "300", ()),
    ("SHIP-OUT", "Dërgesë ndërkombëtare", "2000", ("Evropë", "Australi")),
)


def test_the_courier_named_after_the_sum_is_a_line() -> None:
    o = parse(
        "c: dua 2 pjata qeramike",
        "m: 2 pjata = 1600 lekë, korrieri 300. Adresa?",
        "c: Elira Koci, Rr. Qemal Stafa 8, Fier, 068 123 4567",
        catalog=POTTERY,
    )
    assert sorted(items(o)) == [("PJATE", 2, None), ("SHIP-IN", 1, None)]


def test_the_delivery_word_and_a_variant_only_one_delivery_has() -> None:
    o = parse(
        "c: nje vazo e madhe per motren ne Sidnej",
        "m: Vazo e madhe 1500 (me lule) + dërgesa Australi = 3500 lekë",
        "c: ok, Ana Leka, 12 King St, Sydney, +61 412 345 678",
        catalog=POTTERY,
    )
    assert sorted(items(o)) == [("SHIP-OUT", 1, "Australi"), ("VAZO", 1, "e madhe")]


TOWNS = catalog_of(
    ("BYREK", "Tabaka byrek", "900", ()),
    ("SHIP", "Transporti", "200", ("Kumanovë", "Shkup", "Tetovë")),
)


def test_a_delivery_sold_per_town_takes_the_order_town() -> None:
    o = parse(
        "c: 3 tabaka byrek per neser",
        "m: 3 tabaka = 2700 den + transporti 200. Adresa?",
        "c: Rr. Goce Delcev 5, Kumanovo, Besa Ismaili 070 123 456",
        catalog=TOWNS,
        country="MK",
    )
    assert sorted(items(o)) == [("BYREK", 3, None), ("SHIP", 1, "Kumanovë")]
