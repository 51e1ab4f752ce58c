"""Session 17 (qty): counts in the catalog's selling unit and the merchant's reckoning: rentals
priced by the day count piece-days. Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, named_catalog, parse

ILIR = "c: Ilir Gjoka, Rr. Myslym Shyri 40, Tiranë, 068 412 7730"

BIKES = catalog_of(
    ("BIKE-CITY", "Biçikletë qyteti", "8", ("standard", "elektrike")),
    ("BIKE-MTB", "Biçikletë malore", "12", ()),
    ("HELMET", "Kaskë", "2", ()),
    ("LOCK", "Dryn me zinxhir", "3", ()),
    ("DELIV", "Sjellje në hotel", "10", ()),
)

CAMPING = named_catalog(
    ("TENT", "Tent for 4 people"),
    ("BAG", "Sleeping bag"),
    ("STOVE", "Gas stove"),
)

CURTAINS = named_catalog(
    ("CURT", "Perde liri"),
    ("ROD", "Karnizë alumini"),
)


def test_merchant_days_after_each_name_count_piece_days() -> None:
    o = parse(
        "c: pershendetje, dua nje biciklete malore per fundjaven",
        "m: Biçikleta malore 12€ dita, kaska 2€ dita",
        "c: ok edhe nje kaske",
        "m: Rezervuar: biçikletë malore 3 ditë + kaskë 3 ditë",
        ILIR,
        catalog=BIKES,
    )
    assert sorted(items(o)) == [("BIKE-MTB", 3, None), ("HELMET", 3, None)]


def test_pieces_times_days() -> None:
    o = parse(
        "c: na duhen dy biciklete malore",
        "m: 12€/ditë secila. Për sa ditë?",
        "c: prej te hënës deri te enjten",
        "m: Pra 2 biçikleta malore x 3 ditë = 72€",
        ILIR,
        catalog=BIKES,
    )
    assert items(o) == [("BIKE-MTB", 6, None)]


def test_english_per_day_and_a_one_off_fee() -> None:
    o = parse(
        "c: Hi, we'd like a tent and two sleeping bags",
        "m: Tent €15/day, sleeping bags €4 a day each, gas stove €3/day",
        "c: great, a stove too",
        "m: Booked: tent 5 days, sleeping bags 5 days, gas stove 5 days",
        "c: Mara Doci, 12 Hill Road, Leeds, +44 7700 900118",
        catalog=CAMPING,
    )
    assert sorted(items(o)) == [("BAG", 10, None), ("STOVE", 5, None), ("TENT", 5, None)]


def test_days_without_a_per_day_price_count_nothing() -> None:
    # a making time, not a rental: nothing is priced by the day
    o = parse(
        "c: dua 2 perde liri dhe nje karnize",
        "m: Perdet 3 ditë gati, karniza e gatshme",
        ILIR,
        catalog=CURTAINS,
    )
    assert sorted(items(o)) == [("CURT", 2, None), ("ROD", 1, None)]


def test_a_price_then_days_is_no_per_day_price() -> None:
    # "10€, 2 ditë": the fee, then how long the delivery takes
    o = parse(
        "c: dua 2 perde liri",
        "m: Perde liri 10€, 2 ditë",
        ILIR,
        catalog=CURTAINS,
    )
    assert items(o) == [("CURT", 2, None)]


def test_days_after_a_name_whose_mention_takes_the_number() -> None:
    # "3" is a word of another product's name ("Çadër 3 vende"), so the mention of the
    # insurance runs on over it; the days are still read after the name's first word
    gear = catalog_of(
        ("TENT3", "Çadër 3 vende", "9", ()),
        ("INS", "Sigurim i plotë", "4", ()),
    )
    o = parse(
        "c: dua nje çader 3 vende edhe sigurimin e plote",
        "m: Çadra 9€/ditë, sigurimi 4€/ditë",
        "m: Konfirmuar: çadër 3 vende 3 ditë + sigurim i plotë 3 ditë",
        ILIR,
        catalog=gear,
    )
    assert sorted(items(o)) == [("INS", 3, None), ("TENT3", 3, None)]


LAMPS = named_catalog(
    ("SPOT", "Spot LED tavani"),
    ("DIMMER", "Dimer rrotullues"),
)


def test_a_count_closed_by_then_restates_the_line() -> None:
    # "edhe nje spot" re-reads the line as one; the merchant's "6 spote atëherë" is its count
    o = parse(
        "c: dua 5 spote led tavani",
        "m: Spot LED 800 lek copa",
        "c: edhe nje spot, harrova banjon",
        "m: 6 spote atëherë",
        ILIR,
        catalog=LAMPS,
    )
    assert items(o) == [("SPOT", 6, None)]


def test_no_problem_then_restates_the_line() -> None:
    o = parse(
        "c: dua 5 spote led tavani dhe nje dimer",
        "m: Spot LED 800 lek copa, dimeri 1500",
        "c: mund te shtosh edhe ni spot edhe ni se jan 7 dhoma",
        "m: Pa problem, atëherë 7 spote. Totali 7100 lek",
        ILIR,
        catalog=LAMPS,
    )
    assert sorted(items(o)) == [("DIMMER", 1, None), ("SPOT", 7, None)]


FURNITURE = named_catalog(
    ("DRESSER", "Komodë druri me 4 sirtarë"),
    ("STOOL", "Stol bari"),
)


def test_an_amount_grouped_in_thousands_is_no_count() -> None:
    # "12.500" is the dresser's price (twelve thousand five hundred), not twelve of it
    o = parse(
        "c: dua komoden e drurit me 4 sirtare dhe 2 stola bari",
        "m: Komodë druri 12.500 + 2 stola bari 3.200 copa.",
        "c: ok. Rr. Dibrës 88, Tiranë, Erion Kola 069 301 2244",
        catalog=FURNITURE,
    )
    assert sorted(items(o)) == [("DRESSER", 1, None), ("STOOL", 2, None)]


MOWER_PARTS = catalog_of(
    ("BLADE", "Thikë kositëse", "12", ("Husqvarna 5521", "Stihl 6340")),
    ("SPARK", "Kandelë", "4", ()),
)


def test_a_model_number_the_variants_name_is_no_count() -> None:
    # "5521" is a mower model of the blades' variants, said before another product
    o = parse(
        "c: per kositesen husqvarna 5521 kandele keni?",
        "m: Po, 4€",
        "c: ok e marr",
        ILIR,
        catalog=MOWER_PARTS,
    )
    assert items(o) == [("SPARK", 1, None)]


WINDOWS = catalog_of(
    ("WIN", "Dritare PVC", "120", ("100x120 cm", "120x140 cm")),
    ("FIT", "Montim dritareje", "30", ()),
)


def test_the_second_side_of_a_size_is_no_count() -> None:
    # "120 me 140 me montim": 140 is the window's size, not 140 fittings
    o = parse("c: dua nje dritare pvc 120 me 140 me montim", ILIR, catalog=WINDOWS)
    assert sorted(items(o)) == [("FIT", 1, None), ("WIN", 1, "120x140 cm")]


def test_the_second_side_of_a_glued_size_is_no_count() -> None:
    o = parse("c: I need a PVC window 120x140 with montim dritareje", ILIR, catalog=WINDOWS)
    assert ("FIT", 1, None) in items(o)


PARTY = catalog_of(
    ("BALLOON", "Balona helium", "150", ()),
    ("FOG", "Makinë flluskash", "900", ()),
)


def test_the_merchants_count_times_price_makes_the_sum() -> None:
    o = parse(
        "c: na duhet makina e flluskave dhe ca balona helium 🎈🎈",
        "m: Makinë flluskash 900, balona helium 6 × 150 = 900 den",
        "c: super. Lagjja Qender, Struga, Besa Limani 070 555 123",
        catalog=PARTY,
    )
    assert sorted(items(o)) == [("BALLOON", 6, None), ("FOG", 1, None)]


WIRE = catalog_of(
    ("WIRE", "Tel bakri njëfijësh (per metër)", "55", ("1.5 mm²", "2.5 mm²", "6 mm²")),
    ("CLIP", "Kapëse kablli", "2", ()),
)


def test_metres_count_a_cable_whose_variants_are_cross_sections() -> None:
    # "mm²" is the wire's cross-section, no length: the metres the merchant restates count it
    o = parse(
        "c: tel bakri keni?",
        "m: Po, tel bakri 1.5 mm² dhe 2.5 mm², 55 lek",
        "c: me duhen 30 m te 1.5 dhe 20 m te 2.5",
        "m: Ok: tel bakri 1.5 mm² 30 m, 2.5 mm² 20 m",
        ILIR,
        catalog=WIRE,
    )
    assert sorted(items(o)) == [("WIRE", 20, "2.5 mm²"), ("WIRE", 30, "1.5 mm²")]


def test_a_day_of_march_is_no_count() -> None:
    # Macedonian-Albanian "mart" (March): "8 mart" is the day the bike is taken, not 8 helmets
    o = parse(
        "c: dua nje biciklete malore",
        "m: 12€ dita",
        "c: edhe nje kaske",
        "m: 2€/ditë",
        "c: ok edhe ate. e marr ne dyqan, 8 mart ne 9 sabajle",
        ILIR,
        catalog=BIKES,
    )
    assert sorted(items(o)) == [("BIKE-MTB", 1, None), ("HELMET", 1, None)]


def test_the_merchants_count_before_a_price_each_and_the_sum() -> None:
    # the count left to the merchant: its "6 … 14 € copa = 84 €" (count, price each, sum)
    blinds = catalog_of(
        ("BLIND", "Roletë bambu", "14", ("60x160", "80x160")),
        ("HOOK", "Grep muri", "1", ()),
    )
    o = parse(
        "c: dua rolete bambu 80x160 per dritaret e kuzhines dhe te sallonit",
        "m: 6 roleta bambu 80x160, 14 € copa = 84 €",
        "c: edhe dy grepa muri",
        "m: Grep muri 1 € x2 = 2 €. Gjithsej 86 €",
        "c: mire. Rr. Iliria 4, Ferizaj, Dua Krasniqi 049 222 333",
        catalog=blinds,
    )
    assert items(o) == [("BLIND", 6, "80x160"), ("HOOK", 2, None)]


CHICKS = named_catalog(
    ("CHICK", "Zog pule njëditor"),
    ("FEEDER", "Ushqyese plastike"),
)


def test_a_large_count_asked_back_and_said_yes_to() -> None:
    # the customer orders "a crate"; the merchant works out 25 chicks and asks for a yes
    o = parse(
        "c: me dergo nje arke me zogj pule njeditor dhe nje ushqyese. Arta Hoxha, Rr. Kavajes 5, "
        "Durres 068 200 3344",
        "m: Arta, pra 25 zogj pule njëditor + 1 ushqyese plastike, nesër. Në rregull?",
        "c: po ashtu",
        catalog=CHICKS,
    )
    assert sorted(items(o)) == [("CHICK", 25, None), ("FEEDER", 1, None)]


def test_a_large_count_needs_the_yes() -> None:
    # the same restatement answered by details only does not take a count above 20
    o = parse(
        "c: me dergo nje arke me zogj pule njeditor dhe nje ushqyese",
        "m: Arta, pra 25 zogj pule njëditor + 1 ushqyese plastike, nesër. Në rregull?",
        "c: Arta Hoxha, Rr. Kavajes 5, Durres 068 200 3344",
        catalog=CHICKS,
    )
    assert ("CHICK", 25, None) not in items(o)


PAINT = catalog_of(
    ("PAINT", "Bojë fasade e bardhë", "20", ("5 L", "15 L")),
    ("ROLLER", "Rul bojë", "4", ()),
)


def test_litres_said_of_a_can_product_are_cans_of_the_chosen_size() -> None:
    o = parse(
        "c: me duhet boje fasade e bardhe, 30 litra gjithsej",
        "m: E kemi 5 L dhe 15 L",
        "c: ato 15 L atehere",
        ILIR,
        catalog=PAINT,
    )
    assert items(o) == [("PAINT", 2, "15 L")]


def test_an_amount_that_is_a_size_names_no_cans() -> None:
    # "15 litra" is the big can itself, then the customer changes to the small one
    o = parse(
        "c: me duhet boje fasade e bardhe 15 litra",
        "m: 15 L i kemi mbaruar, vetem 5 L",
        "c: ok 5 L atehere",
        ILIR,
        catalog=PAINT,
    )
    assert items(o) == [("PAINT", 1, "5 L")]
