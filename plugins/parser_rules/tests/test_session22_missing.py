"""Session 22 (missing): products ordered but not read. The shop's delivery or call-out line:
an amount written with thousands separators ("4.000 lek"), a numbered zone the shop puts the
order's place in ("Zona 2 (300 den)") without the delivery noun, a call-out fee ("dalja 300
den"), and the delivery's kind named by its noun and a variant without an amount. Invented
shops and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

BUILDING = catalog_of(
    ("CEM", "Çimento 25 kg", "900", ()),
    ("BLK", "Bllok betoni", "120", ()),
    ("TRN", "Transport", "2000", ("brenda Elbasanit", "jashtë Elbasanit")),
)


def test_a_delivery_fee_with_a_thousands_separator_is_the_delivery_line() -> None:
    # A building-materials yard (the corpus line was artificial grass). "Transport jashtë
    # Elbasanit 4.000 lek": the amount is one token "4.000", still the fee beside the noun
    o = parse(
        "c: pershendetje, dua 20 thasë çimento",
        "m: 20 çimento = 18.000 lek. Transport jashtë Elbasanit 4.000 lek.",
        "c: ok, Rr. e Kavajës 12, Peqin, Arben Hoxha 068 221 3344",
        catalog=BUILDING,
    )
    assert ("TRN", 1, "jashtë Elbasanit") in items(o)


PIZZA = catalog_of(
    ("MARG", "Pica Margarita", "350", ("e vogël", "e madhe")),
    ("COLA", "Coca-Cola 0.5 L", "80", ()),
    ("DEL", "Dërgesë në shtëpi", "100", ("Zona 1", "Zona 2", "Zona 3")),
)


def test_the_zone_the_shop_puts_the_address_in_with_an_amount_is_the_delivery() -> None:
    # A pizzeria (the corpus line was Christmas trees). The shop says only "Laprakë është
    # Zona 2 (150 den)": no delivery noun, but one numbered zone a delivery variant names and
    # an amount beside it
    o = parse(
        "c: 2 pica margarita te medha dhe 2 cola, ne Laprake, Rr. Kujtim Laro 8, Edi 069 111 2233",
        "m: Laprakë është Zona 2 (150 den). Vjen për 40 minuta.",
        catalog=PIZZA,
    )
    assert ("DEL", 1, "Zona 2") in items(o)


def test_a_list_of_zones_states_no_fee() -> None:
    # guard: the shop lists the zones' prices; which zone applies is not said
    o = parse(
        "c: 1 pica margarita e vogel, Rr. Kujtim Laro 8, Edi 069 111 2233",
        "m: Zona 1 100 den, zona 2 150 den, zona 3 200 den.",
        catalog=PIZZA,
    )
    assert [p for p, _q, _v in items(o)] == ["MARG"]


PLUMBER = catalog_of(
    ("TAP", "Montim rubineti", "800", ()),
    ("BOIL", "Servis bojleri", "1500", ()),
    ("OUT", "Dalje në terren (sipas zonës)", "300", ("Zona 1: qendra", "Zona 2: periferia")),
)


def test_the_shops_call_out_fee_is_a_line() -> None:
    # A plumber (the corpus line was furniture assembly). The call-out is sold like a delivery:
    # "plus dalja zona 2 400 den" states its fee and its zone
    o = parse(
        "c: me montu nje rubinet ne kuzhine. Rr. Dituria 4, Kamzë, Lindita 067 555 1212",
        "m: Rubineti 800 den, plus dalja zona 2 400 den. Nesër në 10?",
        "c: po",
        catalog=PLUMBER,
    )
    assert ("OUT", 1, "Zona 2: periferia") in items(o)


SOFA = catalog_of(
    ("SOFA", "Divan 3-vendësh", "45000", ("gri", "bezhë")),
    ("TRN", "Dërgesë", "1500", ("brenda Tiranës", "jashtë Tiranës")),
)


def test_the_delivery_named_by_its_kind_without_an_amount_is_the_line() -> None:
    # A furniture shop (the corpus line was laminate flooring). "Dërgesë jashtë Tiranës. Ta
    # konfirmoj?" names the delivery and its variant; the catalog prices it
    o = parse(
        "c: dua divanin 3 vendesh gri, per ne Durres, Rr. Taulantia 9, Mira 069 555 4433",
        "m: Divan 3-vendësh gri. Dërgesë jashtë Tiranës. Ta konfirmoj?",
        "c: po",
        catalog=SOFA,
    )
    assert ("TRN", 1, "jashtë Tiranës") in items(o)


PRINT = catalog_of(
    ("POS-A2", "Poster A2", "900", ("mat", "me shkëlqim")),
    ("POS-A3", "Poster A3", "600", ("mat", "me shkëlqim")),
    ("SHIP", "Dërgim me korrier", "400", ("Tiranë", "rrethe", "jashtë shtetit (DHL)")),
)


def test_a_delivery_variant_as_a_part_of_the_shops_list_is_the_line() -> None:
    # A print shop (the corpus line was a translation office). The shop's list ends "+ DHL për
    # Milano": a part after "+" that is a variant of the delivery product
    o = parse(
        "c: dua 2 postera A2 mat, jam ne Milano, Via Roma 5, Arta Hoxha 069 555 4433",
        "m: Ok: 2 postera A2 mat + DHL për Milano.",
        "c: po faleminderit",
        catalog=PRINT,
    )
    assert ("SHIP", 1, "jashtë shtetit (DHL)") in items(o)
