"""Session 22 (dev47): invented shops and sentences (none taken from a corpus). Each test names
the trade it is written in; the rule it checks was found in another trade (a go-kart track,
furniture assembly, a cooking school, tutoring, boat rental, wedding photography)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARTA = "c: Arta Hoxha, Rr. Ismail Qemali 7, Durrës, 068 444 2211"

# a restaurant that takes table bookings and group menus
RESTAURANT = catalog_of(
    ("MENU-GRP", "Menu për grup (për person)", "15", ()),
    ("PIZZA", "Pica e madhe", "8", ()),
    ("TORTE", "Tortë festive", "25", ()),
)


def test_a_booking_held_under_a_name_gives_that_name() -> None:
    """A restaurant. "Book it under Arbër Gashi", "under Nora Kelmendi", "Buchung auf Lea
    Frei": the name the booking is held under is the customer's name."""
    o = parse(
        "c: hi, 3 large pizzas for tonight please",
        "m: Sure, 24€. Name?",
        "c: Book it under Arber Gashi, +355 68 444 2211",
        catalog=RESTAURANT,
    )
    assert o.customer_name == "Arber Gashi"
    o = parse(
        "c: 2 pizzas and one cake for Saturday, under Nora Kelmendi, 068 444 2211",
        "m: Noted ✅",
        catalog=RESTAURANT,
    )
    assert o.customer_name == "Nora Kelmendi"
    o = parse(
        "c: Hallo, eine Torte für Samstag bitte",
        "m: Gerne. Auf welchen Namen?",
        "c: Buchung auf Lea Frei, +41 79 418 26 03",
        catalog=RESTAURANT,
        country="CH",
    )
    assert o.customer_name == "Lea Frei"


def test_a_question_about_a_booking_already_made_is_no_order() -> None:
    """A restaurant. "kemi rezervu 1 tortë festive për nesër … a është në rregull?": a
    question about a booking made before; nothing new is ordered."""
    o = parse(
        "c: pershendetje, kemi rezervu 1 torte festive per neser ora 17 me emrin Arta Hoxha. "
        "a eshte ne rregull?",
        "m: Po, është e konfirmuar ✅",
        catalog=RESTAURANT,
    )
    assert not o.is_order


def test_we_are_a_group_describes_the_customers_it_adds_no_line() -> None:
    """A restaurant. "Jemi një grup prej 10 vetash, duam 10 pica": "we are a group" says who
    the customers are; the group menu is not ordered."""
    o = parse(
        "c: Jemi nje grup prej 10 vetash, duam 10 pica te medha per neser",
        "m: Në rregull, 80€.",
        ARTA,
        catalog=RESTAURANT,
    )
    assert items(o) == [("PIZZA", 10, None)]


# a hotel with extras
HOTEL = catalog_of(
    ("ROOM", "Dhomë dyshe (për natë)", "60", ()),
    ("TOWEL", "Peshqir plazhi", "5", ()),
    ("BIKE", "Biçikletë me qira (për ditë)", "10", ()),
)


def test_goods_the_shop_says_are_included_are_no_line() -> None:
    """A hotel. "A mund të marrim edhe peshqirë plazhi?" - "Peshqirët e plazhit janë të
    përfshirë në dhomë": the towels come with the room; no line of them."""
    o = parse(
        "c: Dua dhome dyshe per 3 net nga 5 korriku",
        "m: E lirë, 180€.",
        "c: A mund te marrim edhe peshqir plazhi?",
        "m: Peshqirët e plazhit janë të përfshira në çmim, falas 😉",
        ARTA,
        catalog=HOTEL,
    )
    assert items(o) == [("ROOM", 3, None)]


def test_goods_said_to_be_included_are_a_line_when_the_customer_asks_for_them_after() -> None:
    """A hotel. The shop says towels are included; the customer still wants two more of them
    afterwards: the later words are an order of their own."""
    o = parse(
        "c: Dua dhome dyshe per 3 net nga 5 korriku",
        "m: E lirë, 180€. Peshqirët e plazhit përfshihen.",
        "c: ok, edhe 2 peshqir plazhi shtese ju lutem",
        ARTA,
        catalog=HOTEL,
    )
    assert sorted(items(o)) == [("ROOM", 3, None), ("TOWEL", 2, None)]


# a bike shop that sells helmets and rents bikes
BIKES = catalog_of(
    ("HELM", "Kaskë biçiklete (shitje)", "30", ()),
    ("RENT", "Biçikletë me qira (për ditë)", "10", ()),
)


def test_do_you_sell_names_no_product_sold_by_its_note() -> None:
    """A bike shop. "a shitni edhe ujë?": the verb "to sell" does not name the helmet whose
    name notes "(shitje)"."""
    o = parse(
        "c: dua biciklete me qira per 2 dite. a shitni edhe uje?",
        "m: Po, 20€. Ujë jo, na vjen keq.",
        ARTA,
        catalog=BIKES,
    )
    assert items(o) == [("RENT", 2, None)]


def test_coming_to_pay_is_no_hesitation() -> None:
    """A restaurant. "të hënën vij me pagu": the customer will come to pay; the order stands
    (not "vij me e pa", coming to look)."""
    o = parse(
        "c: sa kushton torta festive?",
        "m: 25€.",
        "c: ok e marr",
        "c: Arta Hoxha 0684442211",
        "c: te henen vij me pagu",
        catalog=RESTAURANT,
    )
    assert o.is_order
    assert items(o) == [("TORTE", 1, None)]


def test_goods_the_shop_says_are_not_included_stay_a_line() -> None:
    """A hotel. "Peshqirët e plazhit nuk përfshihen, 5€ copa": sold apart; the customer's
    towels stay a line."""
    o = parse(
        "c: Dua dhome dyshe per 3 net nga 5 korriku, edhe 2 peshqir plazhi",
        "m: E lirë. Peshqirët e plazhit nuk përfshihen, 5€ copa.",
        "c: ok",
        ARTA,
        catalog=HOTEL,
    )
    assert sorted(items(o)) == [("ROOM", 3, None), ("TOWEL", 2, None)]


# a cleaning service with a call-out fee by zone
CLEANING = catalog_of(
    ("SOFA", "Pastrim divani", "2500", ()),
    (
        "CALL",
        "Dalje në terren",
        "300",
        (
            "Zona 1: Qendër, Blloku, Ish-Blloku, Myslym Shyri",
            "Zona 2: Kombinat, Laprakë, Ali Dem, Sauk",
        ),
    ),
)


def test_a_numbered_label_before_a_colon_names_the_variant() -> None:
    """A cleaning service. The call-out fee is sold as "Zona 2: Kombinat, Laprakë, …"; the shop
    says "Xhamlliku është zona 2": the label before the colon names the variant (the list after
    it is another way to name it)."""
    o = parse(
        "c: dua pastrim divani edhe daljen ne shtepi",
        "m: Ku jeni?",
        "c: te Xhamlliku",
        "m: Xhamlliku është zona 2, dalja 300 lekë. Gjithsej 2800.",
        "c: ok",
        ARTA,
        catalog=CLEANING,
    )
    assert items(o) == [("SOFA", 1, None), ("CALL", 1, "Zona 2: Kombinat, Laprakë, Ali Dem, Sauk")]


# a bakery
BAKERY = catalog_of(
    ("TORTE", "Tortë çokollate", "25", ("1 kg", "2 kg")),
    ("KEK", "Kek me fruta", "8", ()),
)


def test_a_yes_set_off_before_other_business_takes_the_shops_restatement() -> None:
    """A bakery. The shop restates the booking with the bigger cake; "shumë mirë, kaparin e
    sjell nesër" (a yes, then the deposit) takes it."""
    o = parse(
        "c: dua torte cokollate 1 kg per te shtunen, Arta Hoxha 068 444 2211",
        "m: Në rregull.",
        "c: prit se bohen 20 veta 🙈",
        "m: S'ka problem. U rezervua: tortë çokollate 2 kg, e shtunë ora 16. Kapari 10€",
        "c: shume mire, kaparin e sjell neser",
        catalog=BAKERY,
    )
    assert items(o) == [("TORTE", 1, "2 kg")]


# a cooking school that sells a recipe book
COOKING = catalog_of(
    ("BUCH", "Buch – Kochrezepte", "20", ()),
    ("KURS", "Kochkurs (pro Person)", "50", ()),
)


def test_a_booking_in_german_is_no_book() -> None:
    """A cooking school. "Buchung auf Lea Frei": the booking, not the recipe book."""
    o = parse(
        "c: Hallo, 2 Plätze im Kochkurs am Samstag bitte",
        "m: Gerne, 100€.",
        "c: Buchung auf Lea Frei, +41 79 418 26 03",
        catalog=COOKING,
        country="CH",
    )
    assert items(o) == [("KURS", 2, None)]


# a shoe shop
SHOES = catalog_of(("BOOT", "Çizme dimri", "70", ("38", "39", "40", "41")))


def test_no_then_the_gheg_make_it_gives_the_new_value() -> None:
    """A shoe shop. "39 .... jo bo 40" (Gheg "bo", make it): 40 is the new size, as after "jo,
    bëje 40"."""
    o = parse(
        "c: dua cizme dimri 39 .... jo bo 40 se i kam kembet e medha",
        "m: Ok",
        ARTA,
        catalog=SHOES,
    )
    assert items(o) == [("BOOT", 1, "40")]


# a ski resort
SKI = catalog_of(
    ("PASS", "Ski pass 3 ditë (për person, kaskë përfshirë)", "90", ()),
    ("HELM", "Kaskë ski me qira (për ditë)", "5", ("e rritur", "fëmijë")),
)


def test_what_a_name_says_comes_with_it_does_not_name_it() -> None:
    """A ski resort. "Ski pass 3 ditë (për person, kaskë përfshirë)": the helmet comes with the
    pass; "dua kaskë për 3 ditë" names the helmet for hire, not the pass."""
    o = parse("c: dua kaske per 3 dite", "m: Ok", ARTA, catalog=SKI)
    assert [p for p, _q, _v in items(o)] == ["HELM"]


# a gym
GYM = catalog_of(
    ("ABO", "Abonim mujor palestre", "30", ("8 hyrje", "pa limit")),
    ("PT", "Trajner personal (për orë)", "15", ()),
)


def test_a_complaint_about_what_was_paid_asking_the_money_back_is_no_order() -> None:
    """A gym. "Kemi pagu abonimin … kete muaj" (paid before), "ok po te perseritet kerkoj lekt
    mbrapsht" (the money back): a complaint, no order."""
    o = parse(
        "c: Pershendetje, trajneri nuk erdhi dje e as nuk lajmeroi. Kemi pagu abonimin 8 hyrje "
        "kete muaj",
        "m: Na vjen keq! Hyrja shtohet në fund të muajit.",
        "c: ok po te perseritet kerkoj lekt mbrapsht",
        "m: Keni të drejtë.",
        catalog=GYM,
    )
    assert not o.is_order
