"""Session 23 (quantities of the right product): invented shops and sentences (none taken
from a corpus)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARTA = "c: Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202"


def test_a_count_times_what_it_counts_equals_the_amount() -> None:
    """A pastry shop and a pizzeria (the rule came from a portrait artist and a fireworks
    shop): the shop writes "3 × e vogël = 2400", a count times the variant it counts, with the
    unit price left unwritten; the amount over the count is the line's price (800, 9), so the
    count is the line's. In English the count equals another line's price (a 3 € coke) and is
    still the count."""
    cakes = catalog_of(
        ("CAKE", "Tortë me çokollatë", "800", ("e vogël", "e madhe")),
        ("CANDLE", "Qiri ditëlindjeje", "100", ()),
        ("DEL", "Dërgesë", "300", ("Tiranë", "rrethe")),
    )
    o = parse(
        "c: pershendetje, dua torta me cokollate te vogla per festen e shkolles, nga nje per "
        "cdo klase te pestave",
        "m: Po! Torta e vogël 800 lekë. Sa klasa janë?",
        "c: a, b dhe c",
        "m: 3 × e vogël = 2400 lekë. Dërgesa në rrethe 300.",
        "c: mire, edhe nje qiri",
        "m: Shtova qirin, 100 lekë. Adresa?",
        ARTA,
        catalog=cakes,
    )
    assert ("CAKE", 3, "e vogël") in items(o)
    pizza = catalog_of(
        ("PIZ", "Pizza margherita", "9", ("normale", "maxi")),
        ("COLA", "Coca-Cola 1,5 L", "3", ()),
        ("DEL", "Consegna a domicilio", "2", ()),
    )
    o = parse(
        "c: hi, we'd like the maxi margherita pizzas for the boys, one each",
        "m: Sure! Maxi 9€. How many boys?",
        "c: me, Mark and Luke",
        "m: 3 × maxi = 27 €. Delivery 2 €.",
        "c: perfect, and a coke",
        "m: Coke added, 3 €. Address?",
        ARTA,
        catalog=pizza,
    )
    assert ("PIZ", 3, "maxi") in items(o)


def test_numbers_joined_by_a_plus_are_a_set_not_a_count() -> None:
    """A zoo and a holiday agency (the rule came from a water park): "2+2" is the family a
    ticket or a package is for (two adults, two children), and the shop's restatement
    "paketë familjare 2+2, 1 transfer" counts one package, not two."""
    zoo = catalog_of(
        ("FAM", "Biletë familjare kopshti zoologjik", "2500", ("2+1", "2+2", "2+3")),
        ("FEED", "Ushqim për kafshët (qese)", "200", ()),
        ("MAP", "Hartë e kopshtit", "100", ()),
    )
    o = parse(
        "c: Hallo, wir sind 2 Erwachsene und 2 Kinder. Was kostet der Eintritt?",
        "m: Hallo! Biletë familjare 2+2 2500 lekë.",
        "c: Super, dann das Familienticket. Plus 2 Tüten Futter",
        "c: ach ne, eine Tüte reicht",
        "m: Ok: biletë familjare 2+2, 1 qese ushqim = 2700 lekë. Für welchen Tag?",
        "c: Mittwoch. Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202",
        catalog=zoo,
    )
    assert sorted(items(o)) == [("FAM", 1, "2+2"), ("FEED", 1, None)]
    holidays = catalog_of(
        ("PAK", "Paketë pushimi familjare në Velipojë (7 netë)", "600", ("2+1", "2+2")),
        ("TRF", "Transfer nga aeroporti", "40", ()),
        ("UMB", "Çadër plazhi për javë", "35", ()),
    )
    o = parse(
        "c: pershendetje, jemi 2 te rritur e 2 femije, sa kushton paketa per korrik?",
        "m: Paketa familjare 2+2 600€, transferi 40€.",
        "c: mire, paketen edhe 2 transfere",
        "c: jo, nje transfer mjafton",
        "m: Ok: paketë familjare 2+2, 1 transfer = 640€. Emri?",
        ARTA,
        catalog=holidays,
    )
    assert sorted(items(o)) == [("PAK", 1, "2+2"), ("TRF", 1, None)]


def test_an_age_inside_the_variants_range_of_months_is_no_count() -> None:
    """A crèche and a baby-yoga class sold by the month (the rule came from a swimming
    school): "e kam 10 muaj", "8 months" is the baby's age, inside the variant's range
    ("6-18 muaj", "3-12 months"), not ten or eight months of the course."""
    creche = catalog_of(
        ("CRECHE", "Çerdhe për foshnja (mujore)", "9000", ("6-18 muaj", "18-36 muaj")),
        ("REG", "Tarifë regjistrimi", "2000", ()),
    )
    o = parse(
        "c: pershendetje, a ka vend ne cerdhe per vajzen, e kam 10 muaj",
        "m: Po, grupi 6-18 muaj ka vend. 9000 lekë në muaj, regjistrimi 2000.",
        "c: mire, e regjistroj. Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202",
        catalog=creche,
    )
    assert ("CRECHE", 1, "6-18 muaj") in items(o)
    yoga = catalog_of(
        ("YOGA", "Baby yoga class (monthly)", "40", ("3-12 months", "12-24 months")),
    )
    o = parse(
        "c: hi, is there space in baby yoga for my son, 8 months",
        "m: Yes, the 3-12 months group meets on Tuesdays, 40€ a month.",
        "c: perfect, sign us up. Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202",
        catalog=yoga,
    )
    assert items(o) == [("YOGA", 1, "3-12 months")]


def test_the_hours_the_customer_gives_are_no_count_for_the_total() -> None:
    """An office cleaner, in Albanian and English (the rule came from a security firm): the
    customer gives opening hours as a range ("e hënë-e premte 8-12", "mon-fri 8-12") and the
    shop's total (200) would fit eight windows at 10; the 8 is an hour, not a count the
    customer wrote, so the window line keeps its count."""
    shop = catalog_of(
        ("DEEP", "Pastrim i thellë zyre", "120", ()),
        ("WIN", "Larje dritareje", "10", ()),
        ("CARPET", "Larje tapeti", "30", ()),
    )
    o = parse(
        "c: pershendetje, na duhet nje pastrim i thelle i zyres, punojme e hene-e premte 8-12, "
        "edhe larje dritaresh",
        "m: Po! Pastrimi i thellë 120€, dritaret 10€ secila. Gjithsej 200€.",
        "c: ok. Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202",
        catalog=shop,
    )
    assert sorted(items(o)) == [("DEEP", 1, None), ("WIN", 1, None)]
    shop = catalog_of(
        ("DEEP", "Office deep clean", "120", ()),
        ("WIN", "Window washing", "10", ()),
        ("CARPET", "Carpet washing", "30", ()),
    )
    o = parse(
        "c: hi, I'd like to book an office deep clean and window washing, we're open mon-fri 8-12",
        "m: Sure! Deep clean 120€, windows 10€ each. Total 200€.",
        "c: ok, book it. Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202",
        catalog=shop,
    )
    assert sorted(items(o)) == [("DEEP", 1, None), ("WIN", 1, None)]


def test_an_hour_after_n_closing_the_sentence_is_no_count() -> None:
    """A tailor (the rule came from a translation office and a lab): "vij i marr vet n 5",
    "kam dasëm n 7" in Gheg give the hour of an appointment after "n" (në) at the end of the
    sentence; the zip replaced is one, not five. In English "I'll pick them up at 4" was
    already no count and stays so."""
    tailor = catalog_of(
        ("HEM", "Shkurtim pantallonash", "300", ()),
        ("ZIP", "Ndërrim zinxhiri", "400", ()),
    )
    o = parse(
        "c: pershendetje, a mund te ma shkurtoni nje pale pantallona sot? kam dasem n 7",
        "m: Po, shkurtimi 300 lekë, gati në 16:00.",
        "c: ok, edhe zinxhirin e xhaketes ma nderroni. vij i marr vet n 5. "
        "Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202",
        catalog=tailor,
    )
    assert sorted(items(o)) == [("HEM", 1, None), ("ZIP", 1, None)]
    keys = catalog_of(
        ("KEY", "Key copy", "5", ("standard", "security")),
        ("FOB", "Fob copy", "15", ()),
    )
    o = parse(
        "c: hi, can you copy a security key today? I have a viewing at 6",
        "m: Yes, security key copy 12€, ready in an hour.",
        "c: great, and a fob copy too, I'll pick them up at 4. "
        "Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202",
        catalog=keys,
    )
    assert sorted(items(o)) == [("FOB", 1, None), ("KEY", 1, "security")]


def test_a_number_above_any_count_before_the_name_is_no_count() -> None:
    """A car-accessory shop (the rule came from a windscreen fitter): "kam passat 2014 tapete
    me logo" gives the car's year right before the mats' name; a number above the largest
    count a line may hold is a year or a code, not 500 mats (the count was clipped before)."""
    mats = catalog_of(
        ("MAT", "Tapet gome me logo", "25", ()),
        ("HOOK", "Rimorkio me top", "90", ()),
    )
    o = parse(
        "c: pershendetje, kam passat 2014 tapete me logo a keni",
        "m: Po, 25€.",
        "c: ok i marr. Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202",
        catalog=mats,
    )
    assert items(o) == [("MAT", 1, None)]
