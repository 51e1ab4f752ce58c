"""Session 15 (units): a count of pieces or guests of a product sold in packs becomes the
packs the merchant works out ("100 copë, janë 2 pako"). Invented shops and sentences, none
from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import items, named_catalog, parse

VESA = "c: Vesa Krasniqi, Rr. Dardania 4, Prishtine, 044 222 333"

CARDS = named_catalog(
    ("FT-GOLD", "Ftesa dasme gold (pako 50 copë)"),
    ("ENV", "Zarfe të bardha"),
)

FAVOURS = named_catalog(
    ("FAV-ALM", "Almond favours, pack of 25"),
    ("RIB", "Satin ribbon"),
)


def test_pieces_restated_as_packs_albanian() -> None:
    o = parse(
        "c: dua 100 copë ftesa dasme gold",
        "m: 100 copë, janë 2 pako, 80 euro",
        VESA,
        catalog=CARDS,
    )
    assert items(o) == [("FT-GOLD", 2, None)]


def test_guests_worked_out_as_packs_albanian() -> None:
    o = parse(
        "c: na duhen ftesa dasme gold për 150 mysafirë",
        "m: Vijnë në pako me 50 copë, ju dalin 3 pako",
        VESA,
        catalog=CARDS,
    )
    assert items(o) == [("FT-GOLD", 3, None)]


def test_pieces_restated_as_packs_english() -> None:
    o = parse(
        "c: hi, I'd like 75 almond favours",
        "m: they come in packs of 25, so that's 3 packs",
        "c: ok. Mark Doda, 12 Elm Street, Leeds, +44 7700 900123",
        catalog=FAVOURS,
    )
    assert items(o) == [("FAV-ALM", 3, None)]


def test_packs_the_pieces_do_not_fit_leave_the_count() -> None:
    # 300 pieces are not 2 packs of 50: the merchant's "2 pako" is no restatement of them
    # (session 16: the pieces themselves are read as the 6 packs that hold them)
    o = parse(
        "c: dua 300 copë ftesa dasme gold",
        "m: i kemi gati 2 pako, të tjerat të hënën",
        VESA,
        catalog=CARDS,
    )
    assert items(o) == [("FT-GOLD", 6, None)]


def test_price_per_pack_is_no_count() -> None:
    # "40 € a pack" is a price: the customer's 4 packs stay
    o = parse(
        "c: 4 packs of almond favours please",
        "m: 40 € a pack, 160 € in all",
        "c: ok. Mark Doda, 12 Elm Street, Leeds, +44 7700 900123",
        catalog=FAVOURS,
    )
    assert items(o) == [("FAV-ALM", 4, None)]


GLAZING = named_catalog(
    ("WIN-PVC", "PVC window 120x140"),
    ("INST-WIN", "Window installation"),
    ("INST-DOOR", "Door installation"),
)


def test_service_for_the_things_it_serves_english() -> None:
    o = parse(
        "c: we need door installation for 3 doors",
        "m: €40 per door, €120 in all",
        "c: ok. Mark Doda, 12 Elm Street, Leeds, +44 7700 900123",
        catalog=GLAZING,
    )
    assert items(o) == [("INST-DOOR", 3, None)]


def test_service_for_the_things_it_serves_without_a_price_per() -> None:
    # no "per window" from the merchant: the customer's "for 4 windows" counts it alone
    o = parse(
        "c: hello, window installation for 4 windows please, next week",
        "m: ok, we'll call you",
        "c: Mark Doda, 12 Elm Street, Leeds, +44 7700 900123",
        catalog=GLAZING,
    )
    assert items(o) == [("INST-WIN", 4, None)]
