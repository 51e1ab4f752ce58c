"""Session 23 (extra): products mentioned but not ordered. A clock time ("në orën 9", "8 në
mbrëmje", "at 6 in the evening", "alle 9 di sera") names no product sold by the hour or by the
part of the day. Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ADDRESS = "c: Rr. Ilir Konushevci 4, Ferizaj, 049 331 207, Arta Hoxha"

# an office-cleaning firm: a cleaner by the hour and an evening cleaning
CLEANING = catalog_of(
    ("ZYRE", "Pastrim zyre deri 100 m²", "60", ()),
    ("ORE", "Pastruese me orë", "8", ()),
    ("MBR", "Pastrim mbrëmje (pas orarit të punës)", "75", ()),
    ("XHAM", "Larje xhamash", "30", ()),
)

# a photographer: a studio session by the hour and an evening reception
PHOTO = catalog_of(
    ("STUDIO", "Studio photo session", "50", ()),
    ("HOUR", "Extra hour", "40", ()),
    ("EVE", "Evening reception coverage", "300", ()),
)


def test_the_hour_of_a_clock_time_names_no_hourly_product() -> None:
    # "në orën 9" is when the cleaners come, not a cleaner by the hour
    o = parse(
        "c: pershendetje, dua pastrim zyre te shtunen, ejani ne oren 9",
        "m: Në rregull, 60€. Adresa?",
        ADDRESS,
        catalog=CLEANING,
    )
    assert items(o) == [("ZYRE", 1, None)]


def test_the_part_of_the_day_after_a_clock_hour_names_no_product() -> None:
    # "deri 8 në mbrëmje" says until when; no evening cleaning is ordered
    o = parse(
        "c: dua larje xhamash, mundeni prej 5 deri 8 ne mbremje?",
        "m: Po, 30€. Adresa?",
        ADDRESS,
        catalog=CLEANING,
    )
    assert items(o) == [("XHAM", 1, None)]


def test_a_clock_time_in_english_and_italian() -> None:
    o = parse(
        "c: I'd like the studio photo session on Saturday, can we start at 6 in the evening?",
        "m: Sure, 50€. Name and phone?",
        "c: Arta Hoxha, 049 331 207",
        catalog=PHOTO,
    )
    assert items(o) == [("STUDIO", 1, None)]
    o = parse(
        "c: vorrei la studio photo session sabato, alle 7 di sera",
        "m: Va bene, 50€. Nome e telefono?",
        "c: Arta Hoxha, 049 331 207",
        catalog=PHOTO,
    )
    assert items(o) == [("STUDIO", 1, None)]


def test_hours_counted_still_name_the_hourly_product() -> None:
    # guard: "3 orë" before the hour word is a count of the product sold by the hour
    o = parse(
        "c: dua nje pastruese me ore per 3 ore, te henen ne oren 8",
        "m: 3 orë × 8 = 24€. Adresa?",
        ADDRESS,
        catalog=CLEANING,
    )
    assert items(o) == [("ORE", 3, None)]


# a cooking school: a lunch served and lessons by the hour
COOKING = catalog_of(
    ("KURS", "Kurs gatimi (4 orë)", "40", ()),
    ("DREKE", "Drekë në shkollë", "10", ()),
)


def test_a_part_of_the_day_after_before_or_after_is_a_time() -> None:
    # "pas drekës" (after lunch) says when, it orders no lunch
    o = parse(
        "c: dua ta regjistroj vajzen ne kurs gatimi, te shtunen pas drekes",
        "m: Në rregull, 40€. Emri dhe numri?",
        ADDRESS,
        catalog=COOKING,
    )
    assert items(o) == [("KURS", 1, None)]


# a furniture shop: a walnut table and the varnish and oil it sells beside it
FURNITURE = catalog_of(
    ("TAV", "Tavolinë druri arre", "120", ()),
    ("LLAK", "Llak druri 1 L", "9", ()),
    ("VAJ", "Vaj druri 0.5 L", "7", ()),
)

# a garden firm: pruning and spraying by the tree, and a sprayer for sale
GARDEN = catalog_of(
    ("KRAS", "Krasitje pemësh (për pemë)", "4", ()),
    ("SPRAY", "Spërkatje pemësh (për pemë)", "3", ()),
    ("SPR", "Spërkatës kopshti 5 L", "15", ()),
)
GOODS_ONLY_GARDEN = catalog_of(
    ("KRAS", "Krasitje pemësh (për pemë)", "4", ()),
    ("SPR", "Spërkatës kopshti 5 L", "15", ()),
)


def test_a_verb_after_its_particle_and_clitic_names_no_goods() -> None:
    # "me e llaku" (Gheg: to varnish it), "mos e llakoj" (that I don't varnish it): the verb of
    # the varnish's root, not a can of varnish
    o = parse(
        "c: dua nje tavoline druri arre. a duhet me e llaku kur te vjen?",
        "m: Jo, vjen gati. 120€. Adresa?",
        ADDRESS,
        catalog=FURNITURE,
    )
    assert items(o) == [("TAV", 1, None)]
    o = parse(
        "c: dua nje tavoline druri arre, qe mos e llakoj vete",
        "m: Vjen e llakuar. 120€. Adresa?",
        ADDRESS,
        catalog=FURNITURE,
    )
    assert items(o) == [("TAV", 1, None)]
    o = parse(
        "c: dua krasitje per 6 pemë, se vjet nuk i krasita. a duhet me i spërkat pastaj?",
        "m: Po, pas dy javësh. 24€. Adresa?",
        ADDRESS,
        catalog=GOODS_ONLY_GARDEN,
    )
    assert items(o) == [("KRAS", 6, None)]


def test_a_verb_in_verb_place_still_asks_for_its_service() -> None:
    # guard: "a mundeni me i spërkat" asks for the spraying the shop sells, not the sprayer;
    # goods named as nouns stay ("edhe nje llak druri")
    o = parse(
        "c: kam 10 pemë molle, a mundeni me i spërkat te gjitha?",
        "m: Po. Adresa?",
        ADDRESS,
        catalog=GARDEN,
    )
    assert [p for p, _q, _v in items(o)] == ["SPRAY"]
    o = parse(
        "c: dua nje tavoline druri arre, edhe nje llak druri",
        "m: 129€. Adresa?",
        ADDRESS,
        catalog=FURNITURE,
    )
    assert items(o) == [("TAV", 1, None), ("LLAK", 1, None)]


# a bridal shop: a lace dress and a satin one
DRESSES = catalog_of(
    ("LACE", "Fustan me dantellë", "180", ("S bezhë", "L bezhë", "L e zezë")),
    ("SATIN", "Fustan saten", "150", ("S", "M", "L")),
)


def test_with_after_a_pronoun_is_no_verb() -> None:
    # guard: "ato me dantellë" (those with lace) is a demonstrative and "with", not a subject,
    # a clitic and a verb: the lace dress is ordered
    o = parse(
        "c: dua nje fustan saten M",
        "m: 150€.",
        "c: edhe nje nga ato me dantelle, bezhe. L",
        "m: Adresa?",
        ADDRESS,
        catalog=DRESSES,
    )
    assert items(o) == [("SATIN", 1, "M"), ("LACE", 1, "L bezhë")]


# a bakery: a birthday cake by the kilo, cupcakes and number candles
BAKERY = catalog_of(
    ("TORTE", "Tortë ditëlindjeje (për kg)", "15", ()),
    ("KAPK", "Kapkejk", "2", ()),
    ("QIRI", "Qirinj numra", "1", ()),
)

# a painter, in Albanian and in English
PAINTER = catalog_of(
    ("LYER", "Lyerje muresh (për m²)", "3", ()),
    ("BOJE", "Bojë e bardhë 15 L", "40", ()),
)
PAINTER_EN = catalog_of(
    ("PAINT", "Wall painting (per m²)", "3", ()),
    ("LADDER", "Ladder rental (per day)", "10", ()),
)


def test_gheg_leave_it_removes_the_line() -> None:
    # "kapkejkat leje" (Gheg: leave the cupcakes out) removes them as "hiqe" does
    o = parse(
        "c: dua torte ditelindjeje 2 kg, 12 kapkejk edhe qirinj numra",
        "m: 30 + 24 + 1 = 55€",
        "c: kapkejkat leje se i bon nana",
        "m: Ok, 31€. Adresa?",
        ADDRESS,
        catalog=BAKERY,
    )
    assert items(o) == [("TORTE", 2, None), ("QIRI", 1, None)]


def test_goods_the_customer_has_themselves_gheg_and_english() -> None:
    # "bojën e kom vet" (Gheg: the paint I have myself), "the ladder we have our own"
    o = parse(
        "c: dua lyerje muresh 60 m2. bojen e kom vet",
        "m: 180€. Adresa?",
        ADDRESS,
        catalog=PAINTER,
    )
    assert items(o) == [("LYER", 60, None)]
    o = parse(
        "c: I need wall painting for 60 m2, the ladder we have our own",
        "m: Ok, 180€. Address?",
        ADDRESS,
        catalog=PAINTER_EN,
    )
    assert items(o) == [("PAINT", 60, None)]


# a tennis school: a private lesson and a package of lessons
TENNIS = catalog_of(
    ("ORE", "Mësim privat tenisi (1 orë)", "15", ()),
    ("PAKO", "Paketë mësimesh tenisi", "100", ("8 mësime", "16 mësime")),
)


def test_a_part_opening_with_the_question_particle_asks_without_a_question_mark() -> None:
    # "…, a beni mësim privat" / "Mirdita a keni …" ask about the lesson though no "?" closes
    # them; the customer then takes the package: the lesson was only asked about
    o = parse(
        "c: mirembrema, djali do te filloje tenis, a beni mesim privat",
        "m: Mirëmbrëma! Po, trajneri Arben. 1 orë 15€, ose paketë: 8 mësime 100€, 16 mësime 180€.",
        "c: mire e marr paketen me 8",
        "m: Në rregull. Emri dhe numri?",
        ADDRESS,
        catalog=TENNIS,
    )
    assert items(o) == [("PAKO", 1, "8 mësime")]
    o = parse(
        "c: Mirdita a keni mesim privat tenisi per femije",
        "m: Po. 1 orë 15€, ose paketë: 8 mësime 100€.",
        "c: ok paketen me 8",
        "m: Emri?",
        ADDRESS,
        catalog=TENNIS,
    )
    assert items(o) == [("PAKO", 1, "8 mësime")]


def test_goods_asked_about_then_taken_are_ordered() -> None:
    # guard: the lesson asked about, then taken with a count, stays ordered
    o = parse(
        "c: mirembrema, a beni mesim privat tenisi",
        "m: Po, 15€ ora.",
        "c: mire, 4 ore",
        "m: Emri?",
        ADDRESS,
        catalog=TENNIS,
    )
    assert [p for p, _q, _v in items(o)] == ["ORE"]


# a candle shop: scented candles by their scent
CANDLES = catalog_of(
    ("LAV", "Qiri aromatik Lavanda", "9", ()),
    ("VAN", "Qiri aromatik Vanilje", "9", ()),
)


def test_a_demonstrative_and_a_genitive_still_name_the_goods() -> None:
    # guard: "ajo e Lavandës" (the lavender one) is a demonstrative and a genitive article, not a
    # subject, a clitic and a verb
    o = parse(
        "c: ajo e Lavandes me pelqen, e marr",
        "m: 9€. Adresa?",
        ADDRESS,
        catalog=CANDLES,
    )
    assert items(o) == [("LAV", 1, None)]
