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
