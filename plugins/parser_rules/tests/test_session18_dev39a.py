"""Session 18, dev39 first half. Invented shops, people, streets and sentences (none from a
corpus); each test fails when its rule is reverted."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, parse

# --- a product whose name says the unit it is sold by: the amount in that unit is the count

GARDEN = catalog_of(
    ("HOSE", "Zorrë uji e përforcuar (për metër)", "1.1", ("13 mm", "19 mm")),
    ("OIL", "Vaj ulliri ekstra i virgjër (për litër)", "8", ("bio", "klasik")),
    ("SEED", "Farë bari (per kg)", "6", ("sport", "hije")),
    ("CAN", "Bidon plastik", "5", ("10 L", "20 L")),
)


def test_metres_of_a_product_sold_by_the_metre_in_mm_thicknesses() -> None:
    o = parse("c: dua zorre uji 19 mm, 25 metra. Ilir Deda 068 221 4410", catalog=GARDEN)
    assert [(i.product, i.quantity, i.variant) for i in o.items] == [("HOSE", 25, "19 mm")]


def test_litres_and_kilos_of_products_sold_by_the_litre_or_kilo() -> None:
    o = parse(
        "c: vaj ulliri keni bio apo vetem klasik?",
        "m: te dyja",
        "c: atehere ma ben 4 litra bio dhe nje bidon 20 L",
        "c: Arta Hoxha 069 331 2208",
        catalog=GARDEN,
    )
    assert sorted((i.product, i.quantity, i.variant) for i in o.items) == [
        ("CAN", 1, "20 L"),
        ("OIL", 4, "bio"),
    ]
    o = parse(
        "c: fare bari keni?",
        "m: sport dhe hije",
        "c: 3 kg sport ju lutem. Arta Hoxha 069 331 2208",
        catalog=GARDEN,
    )
    assert [(i.product, i.quantity, i.variant) for i in o.items] == [("SEED", 3, "sport")]


# --- a clinic's name, then the title and the person


LAB = catalog_of(("TUBE", "Epruveta gjaku", "3", ("5 ml", "10 ml")))


def test_the_person_after_a_title_that_follows_a_clinic_name() -> None:
    for line, name in (
        (
            "c: Poliklinika Shendeti Dr. Mimoza Rexhepi, Rr. Bajram Curri 40, Gjakove, "
            "+383 45 221 908",
            "Mimoza Rexhepi",
        ),
        (
            "c: Ordinanca Vizioni Dr. Agron Shala, Rr. Fehmi Agani 7, Prizren, 044 118 330",
            "Agron Shala",
        ),
    ):
        o = parse("c: dua 3 epruveta gjaku 5 ml", "m: Adresa?", line, catalog=LAB)
        assert o.customer_name == name, line


# --- the premises named before the address's quarter and street


def test_a_premises_name_before_the_quarter_is_no_part_of_the_address() -> None:
    o = parse(
        "c: dua 3 epruveta gjaku 5 ml",
        "m: Adresa?",
        "c: Ambulanca Alfa, Lagjja Kodra e Diellit, Rr. Ali Demi nr 14, Vlore. Sokol Meta "
        "069 774 2013",
        catalog=LAB,
    )
    assert o.address == "Lagjja Kodra e Diellit, Rr. Ali Demi nr 14"


def test_a_premises_name_before_a_numbered_quarter() -> None:
    o = parse(
        "c: dua 3 epruveta gjaku 5 ml",
        "m: Adresa?",
        "c: Klinika Vala, Lagjja 4, Rruga Skenderbeu, Lezhe. Besa Gjoka 068 510 3321",
        catalog=LAB,
    )
    assert o.address == "Lagjja 4, Rruga Skenderbeu"


def test_a_lower_case_premises_word_before_its_name() -> None:
    o = parse(
        "c: dua 3 epruveta gjaku 5 ml",
        "m: Adresa?",
        "c: ok, klinika Arbri, Rr. Dibres nr 70, Tirane. Emri Genta Koci 067 402 1180",
        catalog=LAB,
    )
    assert o.address == "Rr. Dibres nr 70"


# --- "me emrin e" + a title: the person, not a name printed on the goods


def test_a_titled_name_after_me_emrin_is_the_customer() -> None:
    for line, name in (
        ("c: ok, Rr. Dibres nr 70, kati 2. me emrin e Dr. Ardian Leka", "Ardian Leka"),
        ("c: ok, Rr. Dibres nr 70, kati 2. with the name of Dr. Diana Prifti", "Diana Prifti"),
    ):
        o = parse(
            "c: dua 3 epruveta gjaku 5 ml", "m: Adresa?", line, "c: 067 402 1180", catalog=LAB
        )
        assert o.customer_name == name, line


def test_a_clinic_and_its_doctor_after_the_address_sign_the_order() -> None:
    o = parse(
        "c: dua 3 epruveta gjaku 5 ml",
        "m: Adresa?",
        "c: Rruga Qemal Stafa 18, shkalla 2, kati 3, prane postes. Klinika Dr. Ermal Dani "
        "067 402 1180",
        catalog=LAB,
    )
    assert o.customer_name == "Ermal Dani"
    assert o.address is not None and "Ermal" not in o.address


# --- "le të jenë tre": let them be three, a count correction


def test_le_te_jene_corrects_the_count_of_the_variant_named() -> None:
    paint = catalog_of(
        ("PAINT", "Bojë akrilike 250 ml", "4", ("e kuqe", "jeshile", "okër")),
        ("BRUSH", "Furçë e sheshtë", "2", ()),
    )
    o = parse(
        "c: boje akrilike: nje jeshile dhe nje oker",
        "m: Po, 4€ copa",
        "c: edhe 2 furca te sheshta",
        "c: oker le te jene katër",
        "c: Mira Lala 068 220 1934",
        catalog=paint,
    )
    got = sorted((i.product, i.quantity, i.variant) for i in o.items)
    assert got == [("BRUSH", 2, None), ("PAINT", 1, "jeshile"), ("PAINT", 4, "okër")]


def test_a_litre_spelling_that_opens_the_name_is_no_sale_unit() -> None:
    # "Litar" (a rope) also spells "litre": only "(për litër)", "(kg)" name a sale unit, so
    # the rope sold by the metre counts its metres
    rope = catalog_of(("ROPE", "Litar najloni (për metër)", "2", ("6 mm", "8 mm")))
    o = parse("c: dua litar najloni 8 mm, 40 metra. Ilir Deda 068 221 4410", catalog=rope)
    assert [(i.product, i.quantity, i.variant) for i in o.items] == [("ROPE", 40, "8 mm")]
