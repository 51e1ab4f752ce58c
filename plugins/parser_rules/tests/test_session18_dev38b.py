"""Session 18 (dev38, second half): the shop's delivery sold as a catalog product, and grades
written as one word. Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

DORA = "c: Dora Kelmendi, Rr. Fehmi Agani 8, Istog, 049 551 203"

BAKERY = catalog_of(
    ("BUR", "Byrek me mish", "900", ("tepsi e vogël", "tepsi e madhe")),
    ("BAK", "Bakllava", "1200", ("30 copë", "60 copë")),
    ("DEL", "Dërgesa", "300", ("Pejë", "Istog", "fshatrat e Pejës")),
)


def test_the_fee_the_shop_states_is_the_delivery_line() -> None:
    # the shop sells its delivery as a product and lists it with its fee among the lines
    o = parse(
        "c: dua 2 byrek me mish tepsi e madhe",
        "m: 2 byrek tepsi e madhe 1800 + dergesa ne Istog 300 = 2100",
        DORA,
        catalog=BAKERY,
    )
    assert sorted(items(o)) == [("BUR", 2, "tepsi e madhe"), ("DEL", 1, "Istog")]


def test_a_yes_to_the_delivery_question_takes_the_delivery_line() -> None:
    o = parse(
        "c: dua 1 bakllava 60 copë",
        "m: Bakllava 60 copë 1200. Dërgesë?",
        "c: po, ne Pejë",
        "c: Dora Kelmendi, Rr. Fehmi Agani 8, 049 551 203",
        catalog=BAKERY,
    )
    assert sorted(items(o)) == [("BAK", 1, "60 copë"), ("DEL", 1, "Pejë")]


def test_the_delivery_variant_read_in_the_fee_sentence() -> None:
    o = parse(
        "c: 1 bakllava 30 copë, jemi ne Vitomiricë",
        "m: Dërgesa për fshatrat e Pejës 300. Bakllava 30 copë 1200.",
        "c: mire. Dora Kelmendi 049 551 203",
        catalog=BAKERY,
    )
    assert ("DEL", 1, "fshatrat e Pejës") in items(o)


def test_collecting_the_goods_takes_no_delivery_line() -> None:
    # guard: the customer collects the goods after the shop stated its delivery fee
    o = parse(
        "c: dua 1 bakllava 60 copë",
        "m: Bakllava 60 copë 1200 + dërgesa ne Istog 300",
        "c: s'ka nevojë, vij vetë e marr. Dora Kelmendi 049 551 203",
        catalog=BAKERY,
    )
    assert items(o) == [("BAK", 1, "60 copë")]


def test_free_delivery_and_payment_on_delivery_are_no_line() -> None:
    # guard: a free delivery and "pagesa në dorëzim" (the way to pay) state no fee
    shop = catalog_of(
        ("CEM", "Çimento 25 kg", "6", ()),
        ("TRK", "Transport me kamion", "20", ("brenda qytetit", "jashtë qytetit")),
    )
    o = parse(
        "c: dua 10 thasë çimento",
        "m: Transporti falas për porosi mbi 50€. Totali 60 + 0, pagesa në dorëzim",
        DORA,
        catalog=shop,
    )
    assert items(o) == [("CEM", 10, None)]


def test_a_noun_after_the_delivery_word_is_a_thing_carried() -> None:
    # guard: "Dërgesë pakoje" (sending a parcel) is goods the customer names, not the delivery
    shop = catalog_of(
        ("TKT", "Biletë Pejë - Zürich", "80", ()),
        ("PCL", "Dërgesë pakoje", "15", ()),
    )
    o = parse(
        "c: dua 2 bileta per Zürich",
        "m: 2 bileta 160€ + dergesa 10€ te stacioni",
        DORA,
        catalog=shop,
    )
    assert items(o) == [("TKT", 2, None)]


GARAGE = catalog_of(
    ("O52", "Olio motore 5W-20 sintetico", "9", ("1 L", "4 L")),
    ("O15", "Olio motore 15W-50 minerale", "7", ("1 L", "5 L")),
    ("FLT", "Filtro olio", "6", ()),
)


def test_a_grade_written_as_one_word_names_the_product() -> None:
    # "15w50": "15w" reads as a measure (watts); glued to "50" it is the grade of one name
    o = parse(
        "c: mandatemi 2 taniche 15w50 da 5 litri e 3 di 5W-20 da 1 litro",
        DORA,
        catalog=GARAGE,
    )
    assert sorted(items(o)) == [("O15", 2, "5 L"), ("O52", 3, "1 L")]


def test_a_clipped_first_word_before_another_word_of_the_name() -> None:
    # "uj" (the spoken, clipped "ujë") before "mineral", another word of the name
    shop = catalog_of(
        ("WAT", "Ujë mineral 1.5 L", "1", ()),
        ("JUI", "Lëng molle", "2", ()),
    )
    o = parse("c: dua 6 uj mineral dhe 2 lëng molle", DORA, catalog=shop)
    assert sorted(items(o)) == [("JUI", 2, None), ("WAT", 6, None)]


def test_a_two_letter_word_alone_is_no_clipped_name() -> None:
    # guard: "uj" not followed by another word of the name stays no product
    shop = catalog_of(
        ("WAT", "Ujë mineral 1.5 L", "1", ()),
        ("JUI", "Lëng molle", "2", ()),
    )
    o = parse("c: dua 2 lëng molle, uj kam", DORA, catalog=shop)
    assert items(o) == [("JUI", 2, None)]


def test_the_shop_saying_it_is_cancelled_retreats() -> None:
    # "anulohet" (it is cancelled): the shop confirms the customer's no, the order is off
    shop = catalog_of(
        ("SED", "Farë domateje", "150", ()),
        ("FRT", "Pleh organik 10 kg", "900", ()),
    )
    o = parse(
        "c: me dergoni 3 pako farë domateje",
        "m: Po, 3 pako 450 lekë. Adresa?",
        "c: Maliq, Dritan Koci",
        "c: me fal s'me duhen me, i mbolli fqinji dje",
        "m: Në rregull, anulohet 👍",
        catalog=shop,
    )
    assert not o.is_order


def test_saying_one_asks_for_nothing_places_no_order() -> None:
    # a remark about last week's goods, the name given when the shop asks, then "I'm not
    # asking for anything": no order
    shop = catalog_of(
        ("BRD", "Bukë fshati", "100", ()),
        ("CRS", "Kroasan me çokollatë", "80", ()),
    )
    o = parse(
        "c: pershendetje, kroasanet e së hënës kishin pak çokollatë brenda",
        "m: Na falni! Emrin ju lutem, ta kontrollojmë",
        "c: Blerta Gjoka. nuk po kerkoj gje, vetem per ta ditur",
        "m: Faleminderit, furrtarit do t'i themi",
        catalog=shop,
    )
    assert not o.is_order


def test_waiter_words_across_languages_name_the_catalogs_waiter() -> None:
    # lexicon: "waiters", "Kellner", "konobara" for a catalog that writes only "Kamarier"
    shop = catalog_of(
        ("SRV", "Kamarier për event", "2000", ()),
        ("GLS", "Gota vere me qira", "20", ()),
    )
    for said in ("we need 3 waiters and 50 wine glasses", "3 Kellner und 50 Gota vere"):
        o = parse(f"c: {said}", DORA, catalog=shop)
        assert ("SRV", 3, None) in items(o), said
