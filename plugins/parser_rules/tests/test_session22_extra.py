"""Session 22 (extra): products mentioned but not ordered. Goods the shop says come with
another product or are not needed, an order word after the customer already answered the
shop's offer, a no to the shop's "shall we add it?", and "X yes, Y no". Invented shops and
sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ADDRESS = "c: Rr. Ilir Konushevci 4, Ferizaj, 049 331 207, Arta Hoxha"

PHONES = catalog_of(
    ("A54", "Samsung Galaxy A54", "380", ("128 GB", "256 GB")),
    ("CHG", "Karikues 25W", "20", ()),
    ("CASE", "Këllëf silikoni", "9", ()),
)

PAINT = catalog_of(
    ("WHITE", "White wall paint 10 L", "35", ()),
    ("PRIMER", "Primer 5 L", "18", ()),
    ("ROLLER", "Paint roller", "6", ()),
)


def test_goods_the_shop_says_are_included_are_no_line() -> None:
    # A phone shop (the corpus line was a boat tour's snorkel masks): the customer asks to take
    # the charger too; the shop answers it comes in the box: no charger line
    o = parse(
        "c: dua nje Samsung A54 128 GB. a mund te marr edhe karikuesin?",
        "m: Karikuesi përfshihet në kuti 👍",
        ADDRESS,
        catalog=PHONES,
    )
    assert items(o) == [("A54", 1, "128 GB")]


def test_goods_the_shop_says_are_not_needed_are_no_line() -> None:
    # A paint shop, in English (the corpus line was a 3D printer's glue stick and a tax
    # registration): "you don't need primer" turns the primer asked about down
    o = parse(
        "c: hi, I need 2 white wall paint. do I need primer too?",
        "m: On walls painted before you don't need primer. 2 x 35 = 70€",
        "c: great. Rr. Ilir Konushevci 4, Ferizaj, 049 331 207, Arta Hoxha",
        catalog=PAINT,
    )
    assert items(o) == [("WHITE", 2, None)]


def test_goods_the_shop_says_are_not_included_stay() -> None:
    # guard: "nuk përfshihet" (not included) is the opposite; the charger asked for stays
    o = parse(
        "c: dua nje Samsung A54 128 GB edhe karikuesin",
        "m: Karikuesi nuk përfshihet në kuti, 20€. Adresa?",
        ADDRESS,
        catalog=PHONES,
    )
    assert ("CHG", 1, None) in items(o)


RENTAL = catalog_of(
    ("CAR", "Fiat Panda (ditë)", "30", ()),
    ("INS", "Sigurim i plotë (ditë)", "10", ()),
    ("GPS", "GPS (ditë)", "5", ()),
)


def test_an_order_word_after_the_answer_to_the_offer_takes_no_more() -> None:
    # A car rental (the corpus line was a wedding photographer's second cameraman): the shop
    # advises one extra and calls the other optional; the customer turns the GPS down and keeps
    # the insurance, then "regjistroje" (book it) with the name: that is no yes to the GPS
    o = parse(
        "c: dua Panden per 1 dite. a me duhet edhe sigurimi i plote edhe GPS?",
        "m: Ju rekomandojmë sigurimin e plotë 10€. GPS 5€ është opsional.",
        "c: GPS jo, vetem sigurimin. Regjistroje ne emrin tim",
        ADDRESS,
        catalog=RENTAL,
    )
    assert "GPS" not in [p for p, _q, _v in items(o)]


FLORIST = catalog_of(
    ("ROSES", "Buqetë me trëndafila", "25", ("11 copë", "21 copë")),
    ("CARD", "Kartolinë urimi", "2", ()),
)


def test_a_no_to_the_shops_add_question_turns_the_goods_down() -> None:
    # A florist (the corpus line was a Christmas tree's star): "a bon edhe nje kartoline" -
    # "Kartolina 2€. Ta shtojmë?" - "jo lene, e shkruaj vete": no card line
    o = parse(
        "c: dua nje buqete me trendafila 11 cope",
        "m: Buqeta 11 copë 25€.",
        "c: a bon edhe nje kartoline",
        "m: Kartolina 2€. Ta shtojmë?",
        "c: jo lene, e shkruaj vete. Rr. Ilir Konushevci 4, Ferizaj, 049 331 207, Arta Hoxha",
        catalog=FLORIST,
    )
    assert items(o) == [("ROSES", 1, "11 copë")]


def test_a_no_to_a_question_that_offers_nothing_keeps_the_goods() -> None:
    # guard: "Ta dërgojmë nesër?" (shall we send it tomorrow) - "jo, të hënën" answers the day
    o = parse(
        "c: dua nje buqete me trendafila 11 cope edhe nje kartoline",
        "m: Buqeta 11 copë 25€, kartolina 2€. Ta dërgojmë nesër?",
        "c: jo, te henen. Rr. Ilir Konushevci 4, Ferizaj, 049 331 207, Arta Hoxha",
        catalog=FLORIST,
    )
    assert ("CARD", 1, None) in items(o)


FURNITURE = catalog_of(
    ("TABLE", "Tavolinë ngrënieje 120 cm", "150", ()),
    ("CHAIR", "Karrige druri", "40", ()),
    ("ASM", "Montim mobiljesh", "20", ()),
)


def test_the_goods_after_another_ones_yes_are_refused_by_their_no() -> None:
    # A furniture shop (the corpus line was artificial grass and its fitting): "karriget po
    # montimin jo" - the chairs yes, the assembly no
    o = parse(
        "c: dua tavolinen 120 cm",
        "m: Tavolina 150€. Doni edhe 4 karrige druri 40€ copa dhe montim 20€?",
        "c: karriget po montimin jo, e montoj vete",
        ADDRESS,
        catalog=FURNITURE,
    )
    assert "ASM" not in [p for p, _q, _v in items(o)]
    assert "TABLE" in [p for p, _q, _v in items(o)]


CLIMATE = catalog_of(
    ("AC12", "Kondicioner 12000 BTU", "420", ()),
    ("INSTALL", "Montim kondicioneri", "60", ()),
    ("BRACKET", "Mbajtëse muri", "25", ()),
)


def test_a_service_the_customer_does_themselves_is_no_line() -> None:
    # An air-conditioning shop (the corpus line was a mesh banner's mounting): "montimin e
    # bëjnë punëtorët tanë" (our workers do the fitting) turns down the fitting asked about
    o = parse(
        "c: dua nje kondicioner 12000 BTU. montimin e beni ju?",
        "m: Po, montimi 60€.",
        "c: jo, montimin e bejne punetoret tane. Rr. Ilir Konushevci 4, Ferizaj, 049 331 207, "
        "Arta Hoxha",
        catalog=CLIMATE,
    )
    assert items(o) == [("AC12", 1, None)]


KITCHEN = catalog_of(
    ("HOB", "Induktionskochfeld 60 cm", "390", ()),
    ("FIT", "Montage Kochfeld", "50", ()),
)


def test_a_service_done_by_the_customer_in_german() -> None:
    # the same in German, a kitchen shop: "die Montage machen wir selbst"
    o = parse(
        "c: Ich möchte das Induktionskochfeld 60 cm. Was kostet die Montage?",
        "m: Montage 50€.",
        "c: ok, die Montage machen wir selbst. Rr. Ilir Konushevci 4, Ferizaj, 049 331 207, "
        "Arta Hoxha",
        catalog=KITCHEN,
    )
    assert items(o) == [("HOB", 1, None)]


PRINTS = catalog_of(
    ("PRINT", "Printim foto", "0.3", ("10x15", "13x18")),
    ("FRAME", "Kornizë druri", "8", ("10x15", "13x18")),
)


def test_goods_put_off_beside_an_order_are_no_line() -> None:
    # A photo print shop (the corpus line was a children's play corner of artificial grass):
    # the customer orders the prints and puts the frame off ("e lëmë për herë tjetër")
    o = parse(
        "c: dua 20 foto 10x15 edhe nje kornize druri 13x18",
        "m: 20 foto 6€, korniza 8€.",
        "c: hmm, fotot po. kornizen e leme per here tjeter",
        ADDRESS,
        catalog=PRINTS,
    )
    assert items(o) == [("PRINT", 20, "10x15")]


PRINTS_EN = catalog_of(
    ("PRINT", "Photo print", "0.3", ("10x15", "13x18")),
    ("FRAME", "Wooden frame", "8", ("10x15", "13x18")),
)


def test_goods_put_off_in_english() -> None:
    # the same in English: "the frame maybe next time"
    o = parse(
        "c: 20 photo prints 10x15 and a wooden frame 13x18 please",
        "m: 20 prints 6€, the frame 8€.",
        "c: ok the prints. the frame maybe next time",
        ADDRESS,
        catalog=PRINTS_EN,
    )
    assert [p for p, _q, _v in items(o)] == ["PRINT"]


BAKERY = catalog_of(
    ("CORN", "Bukë misri (6 copë)", "2", ()),
    ("LOAF", "Bukë gruri", "1", ()),
    ("CAKE", "Kek me kakao", "6", ()),
)


def test_a_remove_word_with_the_customers_own_word_for_a_line() -> None:
    # A bakery (the corpus line was blank label sheets): the customer named the corn bread by
    # a word the catalog lacks ("simite misri"), then takes it back by that word alone
    o = parse(
        "c: dua nje kek me kakao",
        "c: edhe simite misri 1 pako",
        "c: jo simitet harroji, i kam",
        ADDRESS,
        catalog=BAKERY,
    )
    assert items(o) == [("CAKE", 1, None)]


def test_without_and_a_word_of_a_line_takes_no_line_out() -> None:
    # guard: "pa susam" (without sesame) after ordering bread "me susam" says which bread, it
    # takes no line out by the customer's word
    o = parse(
        "c: dua nje kek me kakao edhe buke gruri me susam",
        "c: pa susam",
        ADDRESS,
        catalog=BAKERY,
    )
    assert sorted(str(p) for p, _q, _v in items(o)) == ["CAKE", "LOAF"]
