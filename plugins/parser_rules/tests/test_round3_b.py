"""Round 3 (b) rules for unseen shops: model codes written apart, a variant named by its one
distinctive word, alternatives offered with "or", someone else's product as context, a
merchant's advice under a condition. Invented shops and sentences, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

GAMES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("RX8", "Racing Xtreme RX 8", (), Decimal("40"), ("PC", "Nintendo Switch")),
        CatalogProduct("TAB", "Tablet Lumo 10", (), Decimal("200"), ("Wifi 64GB", "LTE 128GB")),
        CatalogProduct("CON", "Konsola Nova", (), Decimal("300"), ("Basic", "Pro")),
        CatalogProduct("HEAD", "Kufje Nova", (), Decimal("50"), ()),
    ),
)


def test_a_short_code_and_its_number_written_apart_name_the_product() -> None:
    # "RX 8": two words in a row of the name, the first too short to start a mention alone
    o = parse("c: dua RX 8 per pc", catalog=GAMES)
    assert items(o) == [("RX8", 1, "PC")]
    o = parse("c: I'd like RX 8 for the switch please", catalog=GAMES)
    assert items(o) == [("RX8", 1, "Nintendo Switch")]


def test_one_distinctive_word_of_one_variant_names_it() -> None:
    # "nintendo" is a word of one variant only, no other variant's word is said
    o = parse("c: RX 8 dy cope: nje per pc e nje per nintendo", catalog=GAMES)
    assert sorted(items(o)) == [("RX8", 1, "Nintendo Switch"), ("RX8", 1, "PC")]
    o = parse("c: vorrei il tablet lumo, quello lte", catalog=GAMES)
    assert items(o) == [("TAB", 1, "LTE 128GB")]


def test_variants_offered_as_alternatives_are_one_open_line() -> None:
    o = parse(
        "c: dua konsolen nova, nuk jam i sigurt basic apo pro",
        "c: ok e marr. Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=GAMES,
    )
    assert items(o) == [("CON", 1, None)]
    o = parse(
        "c: do you have the nova console in basic or pro?",
        "m: Both, 300 and 380",
        "c: the pro one, I'll take it",
        catalog=GAMES,
    )
    assert items(o) == [("CON", 1, "Pro")]


def test_a_product_someone_else_has_is_context() -> None:
    o = parse("c: dua RX 8 per motren, ajo e ka nintendo switch, a e keni?", catalog=GAMES)
    assert items(o) == [("RX8", 1, "Nintendo Switch")]
    o = parse("c: i'll take the nova headphones, my son already has a nova console", catalog=GAMES)
    assert items(o) == [("HEAD", 1, None)]
    o = parse("c: e kisha konsolen nova para, e shita. tani dua kufjet nova", catalog=GAMES)
    assert items(o) == [("HEAD", 1, None)]
    # first person present stays what it was: "e kam ..." names what is to be replaced
    o = parse("c: m'u prishen, e kam kufjet nova. dua edhe nje here te njejtat", catalog=GAMES)
    assert items(o) == [("HEAD", 1, None)]


def test_a_merchants_advice_under_a_condition_fills_no_variant() -> None:
    o = parse(
        "c: dua konsolen nova, s'di cilin version",
        "m: Nese luani shume online, Pro.",
        "c: ok e marr, versionin ju tregoj me vone",
        "c: Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=GAMES,
    )
    assert items(o) == [("CON", 1, None)]
    o = parse(
        "c: I want the nova console",
        "m: If you play online a lot, Pro.",
        "c: ok, I'll take it and tell you which later",
        "c: Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=GAMES,
    )
    assert items(o) == [("CON", 1, None)]


DRINKS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("WAT", "Ujë mineral", (), Decimal("0.5"), ("0.5 L", "1.5 L")),
        CatalogProduct("JUI", "Lëng portokalli", (), Decimal("1.2"), ("1 L",)),
        CatalogProduct("CUP", "Gota letre (karton 50 copë)", (), Decimal("3"), ()),
    ),
)


def test_a_count_in_cartons_is_the_pieces_a_carton_holds() -> None:
    o = parse(
        "c: uje mineral 0.5 L, sa shishe ka kartoni?",
        "m: Kartoni me 24 cope, 10 euro",
        "c: 3 kartona atehere",
        "c: Bar Arti, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=DRINKS,
    )
    assert items(o) == [("WAT", 72, "0.5 L")]
    o = parse(
        "c: I need orange juice 1 L for the bar, one carton",
        "m: A carton of 6 bottles, 7 euros",
        "c: ok, send it to 14 Mill Road, Luton, 07700 900123",
        catalog=DRINKS,
    )
    assert items(o) == [("JUI", 6, "1 L")]
    o = parse(
        "c: Orangensaft 1 L, wie viele Flaschen im Karton?",
        "m: 12 Stück pro Karton",
        "c: dann 2 Kartons bitte, an Café Rosa, Hauptstrasse 3, 8001 Zürich",
        catalog=DRINKS,
    )
    assert items(o) == [("JUI", 24, "1 L")]


def test_a_product_sold_by_the_carton_keeps_its_count() -> None:
    o = parse("c: dua 2 karton gota letre", "m: Kartoni me 50 cope, 3 euro", catalog=DRINKS)
    assert items(o) == [("CUP", 2, None)]
    # a carton count with no size stated anywhere stays as said
    o = parse("c: 2 kartona uje mineral 1.5 L", catalog=DRINKS)
    assert items(o) == [("WAT", 2, "1.5 L")]


SLIPPERS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "SLP", "Pantofla filci", (), Decimal("12"), ("35/36", "37/38", "39/40", "41/42")
        ),
        CatalogProduct("JNS", "Xhinse", (), Decimal("40"), ("30/32", "30/34", "32/32")),
    ),
)


def test_one_size_of_a_size_pair_names_it() -> None:
    o = parse("c: dua 2 pale pantofla: numri 36 per mua e 41 per vellain", catalog=SLIPPERS)
    assert items(o) == [("SLP", 1, "35/36"), ("SLP", 1, "41/42")]
    o = parse("c: vorrei le pantofole di feltro, misura 39", catalog=SLIPPERS)
    assert items(o) == [("SLP", 1, "39/40")]
    # one number of two pairs is no choice ("30" is in 30/32 and 30/34)
    o = parse("c: dua nje xhinse 30", catalog=SLIPPERS)
    assert items(o) == [("JNS", 1, None)]


def test_also_one_more_of_a_line_already_there() -> None:
    o = parse(
        "c: dua nje pale pantofla numri 38",
        "m: 37/38, 12 euro",
        "c: prit, edhe nje pale per motren, edhe ajo 38",
        catalog=SLIPPERS,
    )
    assert items(o) == [("SLP", 2, "37/38")]
    o = parse(
        "c: one pair of felt slippers, size 40 please",
        "m: 39/40, 12 euros",
        "c: oh and one more for my wife, she is a 39 too",
        catalog=SLIPPERS,
    )
    assert items(o) == [("SLP", 2, "39/40")]


KIDS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "COAT", "Pallto për fëmijë", (), Decimal("30"), ("4-5 vjeç", "6-7 vjeç", "8-9 vjeç")
        ),
        CatalogProduct("SHOE", "Atlete", (), Decimal("25"), ("30", "31", "32", "33")),
    ),
)


def test_a_size_up_or_down_is_the_next_size_not_the_last() -> None:
    o = parse(
        "c: dua nje pallto per vajzen 5 vjec",
        "m: 4-5 vjec, 30 euro",
        "c: po rritet shpejt, ma jepni nje numer me te madh",
        catalog=KIDS,
    )
    assert items(o) == [("COAT", 1, "6-7 vjeç")]
    o = parse(
        "c: sneakers size 32 for my son",
        "m: Size 32, 25 euros",
        "c: hmm he has narrow feet, one size down please",
        catalog=KIDS,
    )
    assert items(o) == [("SHOE", 1, "31")]
    o = parse(
        "c: Turnschuhe Größe 31 bitte",
        "m: 31 haben wir",
        "c: lieber eine Nummer größer",
        catalog=KIDS,
    )
    assert items(o) == [("SHOE", 1, "32")]


TOWELS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TWL", "Peshqir banje", (), Decimal("9"), ("40x60", "80x150")),
        CatalogProduct("HOOK", "Varëse peshqirësh", ("varese per peshqiret",), Decimal("5"), ()),
    ),
)


def test_a_corrected_total_then_its_parts_after_a_colon() -> None:
    o = parse(
        "c: dua peshqir banje, 80x150",
        "c: dua 5 cope",
        "c: jo boni 4: 2 te medhenj e 2 te vegjel",
        "c: Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=TOWELS,
    )
    assert sorted(items(o)) == [("TWL", 2, "40x60"), ("TWL", 2, "80x150")]
    o = parse(
        "c: bath towels 80x150 please, 3 of them",
        "c: no, make it 4: 2 big and 2 small",
        "c: Ann Lee, 14 Mill Road, Luton, 07700 900123",
        catalog=TOWELS,
    )
    assert sorted(items(o)) == [("TWL", 2, "40x60"), ("TWL", 2, "80x150")]


def test_both_is_not_a_count_of_the_product_named_with_it() -> None:
    o = parse(
        "c: dua 2 peshqire banje, nje 40x60 e nje 80x150",
        "c: edhe nje varese per te dyja peshqiret",
        "c: Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=TOWELS,
    )
    assert sorted(items(o)) == [("HOOK", 1, None), ("TWL", 1, "40x60"), ("TWL", 1, "80x150")]


CLEANING = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("WIPE", "Fshirëse dyshemeje", (), Decimal("8"), ()),
        CatalogProduct("TP", "Letër kuzhine 2 shtresa", (), Decimal("3"), ("Pako 4", "Pako 12")),
        CatalogProduct("SOAP", "Sapun duarsh", (), Decimal("2"), ("500 ml", "5 L")),
        CatalogProduct("GLV", "Doreza gome", (), Decimal("1"), ("M", "L")),
    ),
)


def test_only_those_drops_the_item_last_asked_about() -> None:
    o = parse(
        "c: dua 2 sapun duarsh 500 ml",
        "c: edhe doreza gome a keni te verdha?",
        "m: Dorezat i kemi vetem blu",
        "c: jo atehere, vetem ato",
        "c: Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=CLEANING,
    )
    assert items(o) == [("SOAP", 2, "500 ml")]
    o = parse(
        "c: two hand soaps 500 ml please",
        "c: and do you have rubber gloves in yellow?",
        "m: Only blue ones, sorry",
        "c: no then, only those",
        "c: Ann Lee, 14 Mill Road, Luton, 07700 900123",
        catalog=CLEANING,
    )
    assert items(o) == [("SOAP", 2, "500 ml")]


def test_a_number_before_a_pack_word_counts_packs() -> None:
    # the name holds a number ("2 shtresa"); the one before "pako" is the count
    o = parse("c: leter kuzhine 3 pako", catalog=CLEANING)
    assert items(o) == [("TP", 3, None)]
    o = parse("c: sapun duarsh 500 ml 2 kuti", catalog=CLEANING)
    assert items(o) == [("SOAP", 2, "500 ml")]


def test_what_the_customers_business_does_is_no_item() -> None:
    o = parse(
        "c: firma jone e fshirjes ka nevoje per 3 sapune duarsh 5 L",
        catalog=CLEANING,
    )
    assert items(o) == [("SOAP", 3, "5 L")]
    o = parse("c: for our cleaning company: 3 hand soaps 5 L", catalog=CLEANING)
    assert items(o) == [("SOAP", 3, "5 L")]


LAUNDRY = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "PWD", "Pluhur larës Brio", (), Decimal("8"), ("3kg Color", "3kg Universal", "6 kg")
        ),
    ),
)


def test_the_one_word_after_a_measure_tells_the_variant_apart() -> None:
    o = parse("c: dua nje pluhur lares brio color", catalog=LAUNDRY)
    assert items(o) == [("PWD", 1, "3kg Color")]
    o = parse("c: pluhur brio, 2 universal e 1 color", catalog=LAUNDRY)
    assert items(o) == [("PWD", 2, "3kg Universal"), ("PWD", 1, "3kg Color")]


CONSOLE_GAMES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("RAC", "Turbo Rally 3", (), Decimal("30"), ("PS4", "PS5", "PC")),
        CatalogProduct("FOOT", "Goal Master 26", (), Decimal("40"), ("PS4", "PS5", "PC")),
        CatalogProduct("PS5", "PlayStation 5", ("ps5",), Decimal("500"), ()),
    ),
)


def test_a_number_of_the_products_own_name_is_not_its_variant() -> None:
    # "Rally 3" holds a 3; the platform is the one said after "per"
    o = parse("c: dua turbo rally 3 per ps4", catalog=CONSOLE_GAMES)
    assert items(o) == [("RAC", 1, "PS4")]


def test_one_of_each_after_a_question_takes_every_item_asked() -> None:
    o = parse(
        "c: turbo rally 3 edhe goal master 26 per pc i keni?",
        "m: Po, 30 dhe 40 euro",
        "c: nga nje i dua",
        catalog=CONSOLE_GAMES,
    )
    assert sorted(items(o)) == [("FOOT", 1, "PC"), ("RAC", 1, "PC")]
    o = parse(
        "c: do you have turbo rally 3 and goal master 26 for pc?",
        "m: Yes, 30 and 40",
        "c: one of each please",
        catalog=CONSOLE_GAMES,
    )
    assert sorted(items(o)) == [("FOOT", 1, "PC"), ("RAC", 1, "PC")]


def test_a_product_sold_or_bought_before_is_context_and_both_takes_the_variant() -> None:
    o = parse(
        "c: dua turbo rally 3 edhe goal master 26 per ps4",
        "c: prit, e shitem ps4 dhe e morem ps5, bojini te dyja per ps5",
        "c: Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=CONSOLE_GAMES,
    )
    assert sorted(items(o)) == [("FOOT", 1, "PS5"), ("RAC", 1, "PS5")]
    o = parse(
        "c: turbo rally 3 and goal master 26 for pc please",
        "c: actually, both for ps4",
        "c: Ann Lee, 14 Mill Road, Luton, 07700 900123",
        catalog=CONSOLE_GAMES,
    )
    assert sorted(items(o)) == [("FOOT", 1, "PS4"), ("RAC", 1, "PS4")]


HOME = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("RUG", "Qilim i thjeshtë", (), Decimal("40"), ("80x120", "120x180")),
        CatalogProduct("RUGH", "Qilim i punuar me dorë", (), Decimal("90"), ("120x180",)),
        CatalogProduct("CUSH", "Jastëk i punuar me dorë", (), Decimal("15"), ()),
        CatalogProduct("DRUM", "Daulle", (), Decimal("60"), ()),
        CatalogProduct("MIRR", "Pasqyrë", (), Decimal("25"), ("50x70", "60x90")),
    ),
)


def test_the_plural_in_uj_of_a_noun_in_ur() -> None:
    flags = Catalog(
        currency="EUR",
        products=(CatalogProduct("FLG", "Flamur", (), Decimal("10"), ("60x90", "100x150")),),
    )
    o = parse("c: dua 3 flamuj 100x150", catalog=flags)
    assert items(o) == [("FLG", 3, "100x150")]


def test_two_sides_that_fit_no_variant_name_none_and_count_nothing() -> None:
    # "90x180" is not 120x180 by its "180", nor a count of 90
    o = parse("c: dua nje qilim te thjeshte 90x180", catalog=HOME)
    assert items(o) == [("RUG", 1, None)]
    o = parse("c: a mirror 55x75 please", catalog=HOME)
    assert items(o) == [("MIRR", 1, "50x70")]  # within 12 % of 50x70


def test_a_count_after_a_newly_named_product_is_its_own() -> None:
    o = parse(
        "c: dua nje pasqyre",
        "m: Pasqyra 50x70 apo 60x90?",
        "c: 60x90. edhe daulle keni? zwei Stück",
        "c: Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=HOME,
    )
    assert sorted(items(o)) == [("DRUM", 2, None), ("MIRR", 1, "60x90")]


def test_one_and_a_describing_word_is_of_the_kind_last_named() -> None:
    o = parse(
        "c: dua nje qilim te thjeshte 80x120",
        "c: edhe nje te punuar me dore, 120x180",
        catalog=HOME,
    )
    assert sorted(items(o)) == [("RUG", 1, "80x120"), ("RUGH", 1, "120x180")]
    o = parse(
        "c: one plain rug 80x120 please",
        "c: and one handmade one too, 120x180",
        catalog=HOME,
    )
    assert [p for p, _q, _v in items(o)].count("RUG") == 1


BIKES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "SCO",
            "Trotinet elektrik Zoom",
            (),
            Decimal("300"),
            ("Pro - White", "Pro - Red/Blue", "Flex turquoise", "Flex grey"),
        ),
    ),
)


def test_a_word_some_variants_hold_narrows_the_colour_to_them() -> None:
    # "flex" is in two variants; "ngjyre qielli" (sky blue) then reaches their turquoise
    o = parse("c: dua trotinetin zoom, flex, ate ngjyre qielli", catalog=BIKES)
    assert items(o) == [("SCO", 1, "Flex turquoise")]
    o = parse("c: the zoom scooter please, the flex in blue", catalog=BIKES)
    assert items(o) == [("SCO", 1, "Flex turquoise")]
    # without the narrowing word the colour said alone keeps its own reading
    o = parse("c: dua trotinetin zoom pro te bardhe", catalog=BIKES)
    assert items(o) == [("SCO", 1, "Pro - White")]


BABY = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("ROMP", "Tutë bebe", (), Decimal("12"), ("0-3 muaj", "3-6 muaj")),
        CatalogProduct("HAT", "Kapelë bebe", (), Decimal("5"), ()),
    ),
)


def test_one_each_for_twins_is_two() -> None:
    o = parse(
        "c: dua 1 tute bebe 3-6 muaj",
        "c: edhe per binjaket e vellait qe jane 1 muajsh nga nje",
        "c: Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=BABY,
    )
    assert sorted(items(o)) == [("ROMP", 1, "3-6 muaj"), ("ROMP", 2, "0-3 muaj")]
    o = parse("c: I'd like baby hats for my twins, one each", catalog=BABY)
    assert items(o) == [("HAT", 2, None)]
    o = parse("c: Ich möchte Babymützen für die Zwillinge, je eine", catalog=BABY)
    assert items(o) == [("HAT", 2, None)]


KITS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "KIT",
            "Komplet futbolli Tirana",
            (),
            Decimal("25"),
            ("6-7 vjeç", "8-9 vjeç", "10-11 vjeç"),
        ),
    ),
)


def test_a_confirmation_naming_as_many_sizes_as_the_count_is_one_line_each() -> None:
    o = parse(
        "c: kam dy vajza, dua 2 komplete futbolli tirana",
        "m: Komplet Tirana 6-7 vjeç dhe 10-11 vjeç, 25 euro secili",
        "c: po. Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=KITS,
    )
    assert sorted(items(o)) == [("KIT", 1, "10-11 vjeç"), ("KIT", 1, "6-7 vjeç")]
    # a list of what is in stock (three sizes) splits nothing
    o = parse(
        "c: 2 komplete futbolli tirana",
        "m: I kemi 6-7 vjeç, 8-9 vjeç dhe 10-11 vjeç",
        catalog=KITS,
    )
    assert items(o) == [("KIT", 2, None)]


PADS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("CHG", "Stacion karikimi", ("karikues dorezash",), Decimal("20"), ()),
        CatalogProduct("PAD", "Nova Wireless Pad", (), Decimal("45"), ("Lava Red", "Ice Blue")),
        CatalogProduct("CON", "Konsola Ultra", (), Decimal("300"), ()),
    ),
)


def test_the_merchants_answer_naming_another_products_variant_switches_the_line() -> None:
    o = parse(
        "c: dua konsolen ultra",
        "c: edhe ni dorez nova, ajo blu",
        "m: Ice Blue 45 euro, ate?",
        "c: po ate",
        "c: Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=PADS,
    )
    assert sorted(items(o)) == [("CON", 1, None), ("PAD", 1, "Ice Blue")]


FLOWERS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("STAR", "Yll dekorativ", (), Decimal("4"), ("i vogël", "i madh")),
        CatalogProduct("FLG", "Flamur kombëtar", (), Decimal("10"), ("60x90", "100x150")),
    ),
)


def test_a_given_name_in_lower_case_that_is_the_catalogs_word_is_the_thing() -> None:
    o = parse("c: edhe ni flamur 60x90 per femijen", catalog=FLOWERS)
    assert items(o) == [("FLG", 1, "60x90")]
    # written as a name (capitalised, signing) it stays a name
    o = parse("c: dua 2 yje dekorative te medhenj. Flamur Hoxha, 069 123 4567", catalog=FLOWERS)
    assert o.customer_name == "Flamur Hoxha"


JERSEYS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("JER", "Fanellë basketbolli Vllaznia", (), Decimal("40"), ("M", "L", "XL")),
        CatalogProduct(
            "PRT", "Shtypje emri dhe numri", (), Decimal("8"), ("Gashi 7", "Krasniqi 11")
        ),
    ),
)


def test_a_variant_only_one_product_sells_said_in_full_orders_it() -> None:
    o = parse(
        "c: fanellen e vllaznias e keni ne L?",
        "m: Po, 40 euro",
        "c: e dua me Gashi 7 mbrapa",
        "c: Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=JERSEYS,
    )
    assert sorted(items(o)) == [("JER", 1, "L"), ("PRT", 1, "Gashi 7")]
    o = parse(
        "c: two Vllaznia basketball jerseys, one M and one XL",
        "m: 80 euros",
        "c: can you print Krasniqi 11 on both?",
        "m: Yes, 8 euros each",
        "c: great. Ann Lee, 14 Mill Road, Luton, 07700 900123",
        catalog=JERSEYS,
    )
    assert sorted(items(o)) == [("JER", 1, "M"), ("JER", 1, "XL"), ("PRT", 2, "Krasniqi 11")]
    # one word of it after "pa / without" names nothing
    o = parse("c: dua nje fanelle vllaznia L, pa gashi", catalog=JERSEYS)
    assert items(o) == [("JER", 1, "L")]


ENGRAVE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("RING", "Unazë argjendi", (), Decimal("30"), ("16", "17", "18")),
        CatalogProduct("ENG", "Gdhendje", (), Decimal("5"), ("Emër sipas dëshirës", "Data")),
    ),
)


def test_a_yes_to_the_service_the_merchant_confirms_orders_it() -> None:
    o = parse(
        "c: dua nje unaze argjendi nr 17",
        "c: po. A e beni me emrin e tij?",
        "m: Po, emër sipas dëshirës +5 euro.",
        "c: shume mire",
        "c: Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=ENGRAVE,
    )
    assert sorted(items(o)) == [("ENG", 1, "Emër sipas dëshirës"), ("RING", 1, "17")]
    # a no to it orders nothing
    o = parse(
        "c: dua nje unaze argjendi nr 17",
        "c: a e beni me emer?",
        "m: Po, emër sipas dëshirës +5 euro.",
        "c: jo, me mire pa emer",
        "c: Arta Gashi, Rruga e Kavajes 12, Tirane, 069 123 4567",
        catalog=ENGRAVE,
    )
    assert items(o) == [("RING", 1, "17")]
