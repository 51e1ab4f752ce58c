"""Session 10, dev23 part B (fabric by the metre, fishing tackle, school uniforms): general
mechanisms, tested on invented shops of other trades (ropes, garden hoses, curtains, bakery,
paint, stationery) and invented messages - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ROPES = Catalog(
    products=(
        CatalogProduct(
            "ROPE",
            "Litar najloni (për metër)",
            ("litar", "rope", "corda"),
            Decimal("150"),
            ("i verdhë", "i zi", "blu"),
        ),
        CatalogProduct("HOOK", "Grep çeliku", ("grep", "hook"), Decimal("200"), ()),
    )
)

ANA = "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567"


def test_metres_count_each_colour_of_a_split() -> None:
    # two colours of a product sold by the metre, each with its metres, in one sentence that
    # names no product: the metres are each line's count
    o = parse(
        "c: a e keni litarin e verdhe?",
        "m: Po, 150 lek metri.",
        "c: mire. 6 metra te verdhe dhe 3 metra te zi",
        ANA,
        catalog=ROPES,
    )
    assert sorted(items(o)) == [("ROPE", 3, "i zi"), ("ROPE", 6, "i verdhë")]


def test_merchant_restatement_by_metres_keeps_the_counts() -> None:
    # the merchant restates two colours by their metres, then the details: metres stay counts
    o = parse(
        "c: dua litar blu 10 metra edhe te verdhe 5 metra",
        "c: jo, blu vetem 7 metra",
        "m: Pra litar blu 7 m dhe i verdhë 5 m = 1800 lekë.",
        ANA,
        catalog=ROPES,
    )
    assert sorted(items(o)) == [("ROPE", 5, "i verdhë"), ("ROPE", 7, "blu")]


def test_only_after_a_count_is_no_only_this() -> None:
    # "dy metra vetem", "two metres only": "only" after a count (and its unit) restricts the
    # count; the hooks ordered before stay
    for line in ("c: dhe litar te zi, dy metra vetem", "c: and the black rope, two metres only"):
        o = parse("c: dua 2 grepa celiku", line, ANA, catalog=ROPES)
        assert sorted(items(o)) == [("HOOK", 2, None), ("ROPE", 2, "i zi")]


def test_and_also_adds_a_line_of_another_variant() -> None:
    # "e anche / and also" + another colour of the product ordered: a new line, not a change
    o = parse(
        "c: vorrei la corda blu, 5 metri",
        "c: e anche quella gialla",
        ANA,
        catalog=ROPES,
    )
    assert sorted(items(o)) == [("ROPE", 1, "i verdhë"), ("ROPE", 5, "blu")]
    o = parse(
        "c: I'd like 5 metres of the blue rope",
        "c: and also the yellow one",
        ANA,
        catalog=ROPES,
    )
    assert sorted(items(o)) == [("ROPE", 1, "i verdhë"), ("ROPE", 5, "blu")]


def test_a_negated_reason_after_se_names_no_variant() -> None:
    # "edhe 2 te zeza se te gjitha blu s'i pelqejne": the colour in the negated reason is not
    # the new line's
    o = parse(
        "c: a keni litar blu? 4 metra",
        "m: Po, 150 lekë metri.",
        "c: po, edhe 2 te zi se te gjitha blu s'i pelqejne djemve",
        ANA,
        catalog=ROPES,
    )
    assert sorted(items(o)) == [("ROPE", 2, "i zi"), ("ROPE", 4, "blu")]


def test_an_apology_opening_a_stock_question_changes_no_line() -> None:
    # "me fal, blu e keni?": the apology is no correction; the question only asks
    o = parse(
        "c: dua litar te verdhe 5 metra",
        "c: edhe te zi 2 metra",
        "c: me fal prape, blu e keni? e do edhe vellai",
        "c: shtoni edhe 3 metra blu",
        ANA,
        catalog=ROPES,
    )
    assert sorted(items(o)) == [("ROPE", 2, "i zi"), ("ROPE", 3, "blu"), ("ROPE", 5, "i verdhë")]


def test_add_also_reads_the_next_segment_and_its_metres() -> None:
    # "shtoni edhe 4 metra te zi": "add also" then the line, its metres counting it
    o = parse(
        "c: dua litar te verdhe 5 metra",
        "c: shtoni edhe 4 metra te zi",
        ANA,
        catalog=ROPES,
    )
    assert sorted(items(o)) == [("ROPE", 4, "i zi"), ("ROPE", 5, "i verdhë")]


TACKLE = Catalog(
    products=(
        CatalogProduct("LURE", "Mamac", ("mamac", "lure"), Decimal("200"), ("crven", "zelen")),
        CatalogProduct("BAG", "Çantë shpine", ("ruksak", "backpack"), Decimal("900"), ()),
        CatalogProduct("BELL", "Zvonce", ("zvonce", "bell"), Decimal("50"), ()),
        CatalogProduct("HAT", "Kapa dielli", ("kapa", "cap"), Decimal("300"), ()),
        CatalogProduct("BOX", "Kutija", ("kutija", "box"), Decimal("400"), ("mala", "golema")),
    ),
    currency="MKD",
)
PETRE = "c: Petre Naumov, ul. Marsal Tito 4, Struga, 070 123 456"


def test_a_gheg_reason_with_a_clitic_and_home_is_no_product() -> None:
    # "boni 2 se i kom ca ne shpi": the reason (because I have some at home) names no goods
    o = parse(
        "c: dua 4 mamac crven",
        "c: jo boni 2 se i kom ca ne shpi",
        PETRE,
        catalog=TACKLE,
    )
    assert items(o) == [("LURE", 2, "crven")]


def test_macedonian_plural_in_ci_reaches_the_singular_in_ak() -> None:
    # "zvonci" is the Macedonian plural of a catalog word in -ak ("zvonak")
    shop = Catalog(
        products=(CatalogProduct("BELL", "Zvonak", ("bell",), Decimal("50"), ()),),
        currency="MKD",
    )
    o = parse("c: sakam tri zvonci", PETRE, catalog=shop)
    assert items(o) == [("BELL", 3, None)]


def test_some_ten_in_macedonian_and_and_also_break() -> None:
    # "nekoja desetina" (some ten) counts; "i uste" (and also) opens the next product
    o = parse(
        "c: sakam zvonce nekoja desetina i uste kutija golema",
        PETRE,
        catalog=TACKLE,
    )
    assert sorted(items(o)) == [("BELL", 10, None), ("BOX", 1, "golema")]


def test_german_hat_is_no_cap_and_a_day_of_month_no_count() -> None:
    # "mein Sohn hat am 14. Geburtstag": "hat" (has) is no cap, "am 14." is a date
    o = parse(
        "c: mein Sohn hat am 14. Geburtstag, ich möchte einen Rucksack schicken",
        "c: Bitte vor dem 12. liefern. Petre Naumov, ul. Marsal Tito 4, Struga, 070 123 456",
        catalog=TACKLE,
    )
    assert items(o) == [("BAG", 1, None)]


def test_bought_alone_is_a_past_purchase() -> None:
    # "hi, bought the red lure from you last week, it broke": no new order
    o = parse(
        "c: hi, bought 2 red lures from you last week",
        "c: one broke on the first cast, i want to return it",
        catalog=TACKLE,
    )
    assert not o.is_order


def test_macedonian_definite_comparative_picks_the_bigger() -> None:
    # "kutija, pogolemata": the definite "the bigger" picks the largest variant
    o = parse("c: sakam kutija, pogolemata", PETRE, catalog=TACKLE)
    assert items(o) == [("BOX", 1, "golema")]


def test_where_is_the_package_i_ordered_is_no_order() -> None:
    # Macedonian in Latin letters with "ch": "kaj e paketot? narachav ..."
    o = parse(
        "c: zdravo, kaj e paketot? narachav dva mamaci pred nedela",
        "m: Pratena e vcera.",
        catalog=TACKLE,
    )
    assert not o.is_order


def test_a_declined_mobile_payment_cancels_nothing() -> None:
    # "Twint nuk kemi": the way to pay is declined, not the goods
    o = parse(
        "c: dua nje ruksak",
        PETRE,
        "c: paguaj me Twint",
        "m: Twint nuk kemi, paguhet ne dorezim.",
        catalog=TACKLE,
    )
    assert o.is_order and items(o) == [("BAG", 1, None)]


KIDS = Catalog(
    products=(
        CatalogProduct(
            "COAT", "Pallto fëmijësh", ("pallto", "Mantel"), Decimal("40"), ("S", "M", "L")
        ),
        CatalogProduct(
            "SHOE", "Atlete", ("atlete", "Turnschuhe"), Decimal("30"), ("30", "32", "34", "36")
        ),
    ),
    currency="EUR",
)
BESA = "c: Besa Krasniqi, Rr. Dardania 3, Prishtine, 044 123 456"


def test_swiss_german_size_word_and_relatives() -> None:
    # "für mis Grosskind" is a grandchild, not "large"; "Grössi 34" is "size 34"; "zwoi" is two
    o = parse(
        "c: Grüezi, für mis Grosskind. Sie bruucht zwoi Turnschuhe, Grössi 34",
        BESA,
        catalog=KIDS,
    )
    assert items(o) == [("SHOE", 2, "34")]


def test_a_size_word_before_a_phone_label_is_a_possessive() -> None:
    # Swiss German "mini Nummere" (my number): no small size for the coat
    o = parse(
        "c: e Mantel, Grössi M",
        "c: Besa Krasniqi, Rr. Dardania 3, Prishtine, 044 123 456",
        "c: mini Nummere isch +41 76 555 12 34",
        catalog=KIDS,
    )
    assert items(o) == [("COAT", 1, "M")]


def test_serbian_instead_of_replaces_the_variant() -> None:
    # "umesto crven daj zelen": instead of red, green - the line changes, no second line
    o = parse(
        "c: treba mi mamac crven",
        "c: umesto crven daj zelen ipak",
        PETRE,
        catalog=TACKLE,
    )
    assert items(o) == [("LURE", 1, "zelen")]


ROLLERS = Catalog(
    products=(
        CatalogProduct("RR", "Rul dore i vogël", (), Decimal("300"), ("10 cm", "15 cm")),
        CatalogProduct("RF", "Rul për fasadë", (), Decimal("700"), ("25 cm", "30 cm")),
        CatalogProduct("TAPE", "Shirit letre", ("shirit",), Decimal("150"), ()),
    )
)


def test_a_restatement_names_the_line_held_when_a_rival_scores_nearly_as_well() -> None:
    # the merchant's "rul 10 cm" in the summary is the small hand roller the order holds, not
    # the facade roller whose shorter name covers "rul" a little better
    o = parse(
        "c: dua nje rul dore te vogel 10 cm dhe 2 shirita letre",
        "m: Ok: rul 10 cm, shirit x2 = 600 lekë.",
        ANA,
        catalog=ROLLERS,
    )
    assert sorted(items(o)) == [("RR", 1, "10 cm"), ("TAPE", 2, None)]


OUTDOOR = Catalog(
    products=(
        CatalogProduct("RL", "Mulinele Sport", (), Decimal("2500"), ("1000", "2000")),
        CatalogProduct("BR", "Fije e thurur 100 m", (), Decimal("800"), ("0.12 mm", "0.16 mm")),
        CatalogProduct("LT", "Llambë kampingu", ("llambe",), Decimal("900"), ()),
    ),
    currency="MKD",
)


def test_turkish_and_serbian_words_for_reel_and_braid() -> None:
    # "olta makinesi" (reel), "örgülü misina" (braided line), "mašinica" (little reel)
    o = parse(
        "c: olta makinesi 2000 ve 0.16 örgülü misina istiyorum",
        PETRE,
        catalog=OUTDOOR,
    )
    assert sorted(items(o)) == [("BR", 1, "0.16 mm"), ("RL", 1, "2000")]
    o = parse("c: treba mi mašinica 1000", PETRE, catalog=OUTDOOR)
    assert items(o) == [("RL", 1, "1000")]


def test_kej_is_a_street_word() -> None:
    # a quay ("Kej 7 Noemvri 3") is the street part of an address
    o = parse(
        "c: sakam llambe",
        "c: Vesna Ilievska, Kej 7 Noemvri 3, Ohrid, 070 555 111",
        catalog=OUTDOOR,
    )
    assert o.address is not None and o.address.startswith("Kej")


BAKERY = Catalog(
    products=(
        CatalogProduct("BRD", "Bukë fshati", ("buke",), Decimal("150"), ()),
        CatalogProduct("CAKE", "Kek me arra", ("kek",), Decimal("600"), ()),
        CatalogProduct("CRO", "Kroasan", ("kroasan", "croissant"), Decimal("80"), ()),
    )
)


def test_a_bare_count_answers_the_item_the_merchants_question_names() -> None:
    # the merchant's message names three items, its question one: "po, gjashte" counts it
    o = parse(
        "c: dua kroasan, nje buke fshati dhe nje kek me arra",
        "m: Buke dhe kek kemi. Kroasan - 6 cope?",
        "c: po, gjashte",
        ANA,
        catalog=BAKERY,
    )
    assert sorted(items(o)) == [("BRD", 1, None), ("CAKE", 1, None), ("CRO", 6, None)]


CLUB = Catalog(
    products=(
        CatalogProduct("SCF", "Shall i klubit", ("shall",), Decimal("800"), ()),
        CatalogProduct("FLG", "Flamur", ("flamur",), Decimal("500"), ()),
    )
)


def test_a_names_genitive_alone_is_no_half_of_it() -> None:
    # "trajnerja ... te klubit Besa": the club is whose team it is, not "Shall i klubit"
    o = parse(
        "c: Miremengjes, jam trajnerja e ekipit U-12 te klubit Besa",
        "c: dua 3 flamuj",
        ANA,
        catalog=CLUB,
    )
    assert items(o) == [("FLG", 3, None)]


def test_a_count_before_the_sum_closes_the_restated_line() -> None:
    # the merchant's "kroasan 6 = 480 lekë": 6 counts the croissants, the sum follows "="
    o = parse(
        "c: dua kroasan",
        "c: edhe nje kek me arra",
        "m: Ok: kek me arra 1, kroasan 6 = 1080 lekë?",
        "c: po. " + ANA[3:],
        catalog=BAKERY,
    )
    assert sorted(items(o)) == [("CAKE", 1, None), ("CRO", 6, None)]


def test_no_then_a_new_breakdown_gives_the_new_counts() -> None:
    # "jo 2 te zi e 4 blu": "no," then the counts anew ("jo 8 por 6" stays "not 8")
    o = parse(
        "c: dua litar, 6 metra: 3 te zi e 3 blu",
        "c: jo 2 te zi e 4 blu, gabova",
        ANA,
        catalog=ROPES,
    )
    assert sorted(items(o)) == [("ROPE", 2, "i zi"), ("ROPE", 4, "blu")]


def test_thinnest_in_serbian_picks_the_thinnest_line() -> None:
    # "najtanja pletenica" / "the thinnest braid": the smallest thickness
    o = parse("c: treba mi pletenica najtanja", PETRE, catalog=OUTDOOR)
    assert items(o) == [("BR", 1, "0.12 mm")]


def test_a_measure_before_and_is_no_count_of_the_next_product() -> None:
    # Macedonian "valjak od tri metri i lamba": "i" (and) after the roller's length; one lamp
    shop = Catalog(
        products=(
            CatalogProduct("RUL", "Rul", ("valjak",), Decimal("300"), ("2 m", "3 m")),
            CatalogProduct("LMP", "Lamba", ("lamba",), Decimal("500"), ()),
        ),
        currency="MKD",
    )
    for line in ("c: sakam valjak od tri metri i lamba", "c: sakam valjak 3 m i lamba"):
        o = parse(line, PETRE, catalog=shop)
        assert sorted(items(o)) == [("LMP", 1, None), ("RUL", 1, "3 m")]


def test_a_length_said_long_or_wide_is_no_metres_ordered() -> None:
    # "oborri eshte 8 metra i gjate" (the yard is 8 m long): the rope's metres are said later
    o = parse(
        "c: oborri eshte 8 metra i gjate, dua litar te verdhe",
        ANA,
        catalog=ROPES,
    )
    assert items(o) == [("ROPE", 1, "i verdhë")]
    o = parse("c: the fence is 6 metres long, I want yellow rope, 10 metres", ANA, catalog=ROPES)
    assert items(o) == [("ROPE", 10, "i verdhë")]


def test_serbian_spools_count_the_thread() -> None:
    # "konac crni dva kalema" (two spools of black thread): the spools are the count
    shop = Catalog(
        products=(
            CatalogProduct("THR", "Penj qepje", ("konac", "thread"), Decimal("120"), ("i zi",)),
        ),
        currency="MKD",
    )
    o = parse("c: treba mi konac crni dva kalema", PETRE, catalog=shop)
    assert items(o) == [("THR", 2, "i zi")]


def test_champagne_colour_and_serbian_oblique_colours() -> None:
    # "color champagne" meets "shampanjë"; Serbian "crnog" (of black) meets "e zezë"
    shop = Catalog(
        products=(
            CatalogProduct(
                "RIB", "Fjongo sateni", ("ribbon", "traka"), Decimal("100"), ("shampanjë", "e zezë")
            ),
        )
    )
    o = parse("c: vorrei 3 nastri, ribbon color champagne", ANA, catalog=shop)
    assert items(o) == [("RIB", 3, "shampanjë")]
    o = parse("c: treba mi 2 komada crnog traka", ANA, catalog=shop)
    assert items(o) == [("RIB", 2, "e zezë")]


def test_slavic_and_turkish_enough_and_instead() -> None:
    # "edna e dovolno" (one is enough); "ne zelen, tuku crven" (not green but red); "crven yerine
    # zelen" (green instead of red)
    o = parse(
        "c: sakam zvonce i dva mamci crveni",
        "c: izvinete, mamac eden e dovolno",
        PETRE,
        catalog=TACKLE,
    )
    assert sorted(items(o)) == [("BELL", 1, None), ("LURE", 1, "crven")]
    o = parse("c: sakam mamac zelen", "c: ne zelen, tuku crven", PETRE, catalog=TACKLE)
    assert items(o) == [("LURE", 1, "crven")]
    o = parse("c: mamac zelen istiyorum", "c: zelen yerine crven olsun", PETRE, catalog=TACKLE)
    assert items(o) == [("LURE", 1, "crven")]


CUPS = Catalog(
    products=(CatalogProduct("MUG", "Filxhan me emër", ("filxhan", "mug"), Decimal("500"), ()),)
)


def test_dua_among_a_list_of_names_is_a_name() -> None:
    # "Era, Dua, Arta": the given name Dua between commas is no "dua" (I want)
    o = parse(
        "c: sa kushton filxhani me emer?",
        "m: 500 lekë copa.",
        "c: po e mendoj, ju shkruaj",
        "c: keto jane emrat: Era, Dua, Arta",
        catalog=CUPS,
    )
    assert not o.is_order
