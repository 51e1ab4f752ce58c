"""Session 17 (missing): lines the customer ordered that the parser lost. Invented shops and
sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARTA = "c: Arta Berisha, Rr. Dëshmorët 4, Ferizaj, 049 312 778"

BAKERY = catalog_of(
    ("BRD", "Bukë misri", "80", ()),
    ("PIE", "Byrek me spinaq", "250", ("i vogël", "i madh")),
    ("JUI", "Lëng portokalli", "150", ("0.25 L", "1 L")),
    ("HON", "Mjaltë mali", "900", ("250 g", "500 g")),
)


def test_a_restatement_opened_by_plus_restates_only_what_was_added() -> None:
    # the shop confirmed the pies, then lists with "+" the two things added since in two
    # messages (one in words the reader does not know): the pies stay
    o = parse(
        "c: dua 2 byrek me spinaq te medhenj",
        "m: 2 byrek spinaq i madh. Diçka tjetër?",
        "c: po edhe 2 portokallada",
        "c: dhe nje buke misri",
        "m: Mirë: + 2 lëng portokalli 0.25 L, 1 bukë misri. Adresa?",
        ARTA,
        catalog=BAKERY,
    )
    assert sorted(items(o)) == [("BRD", 1, None), ("JUI", 2, "0.25 L"), ("PIE", 2, "i madh")]


def test_a_plus_between_restated_lines_marks_no_addition() -> None:
    # guard: "+" joining the restated lines (not before the first) restates the whole order,
    # which leaves the pies out as before
    o = parse(
        "c: dua 2 byrek me spinaq te medhenj",
        "m: 2 byrek spinaq i madh. Diçka tjetër?",
        "c: po edhe 2 portokallada",
        "c: dhe nje buke misri",
        "m: Pra: 2 lëng portokalli 0.25 L + 1 bukë misri. Adresa?",
        ARTA,
        catalog=BAKERY,
    )
    assert ("PIE", 2, "i madh") not in items(o)


TEAS = catalog_of(
    ("LIN", "Çaj bliri", "120", ("50 g", "100 g")),
    ("MNT", "Çaj mente", "300", ("50 g", "100 g")),
)


def test_the_fee_after_the_payment_word_is_no_total() -> None:
    # "Pagesa në dorë, 300 lekë transporti": the amount after the payment word is the delivery
    # fee; read as the total it dropped the lines it could not sum to
    o = parse(
        "c: dua 2 pako caj bliri 100 g dhe 1 caj mente 50 g",
        "m: Çaj bliri 100 g x2, çaj mente 50 g. Pagesa në dorë, 300 lekë transporti.",
        "c: ok faleminderit",
        ARTA,
        catalog=TEAS,
    )
    assert sorted(items(o)) == [("LIN", 2, "100 g"), ("MNT", 1, "50 g")]


# the trade words of new shops, as lexicon groups (products_general.json)
IRRIGATION = catalog_of(
    ("PIPE", "Gyp PE për ujitje", "2", ("16 mm", "20 mm")),
    ("ELB", "Bërryl PE 90°", "0.5", ("16 mm", "20 mm")),
    ("TIMER", "Timer ujitjeje", "25", ()),
)


def test_pipes_and_elbows_in_english_name_the_albanian_fittings() -> None:
    o = parse(
        "c: hi, I need 10 pipes 20 mm and 4 elbows 20 mm for the garden",
        ARTA,
        catalog=IRRIGATION,
    )
    assert sorted(items(o)) == [("ELB", 4, "20 mm"), ("PIPE", 10, "20 mm")]


def test_a_serbian_pipe_word_names_the_pipe() -> None:
    o = parse("c: trebaju mi 6 cevi od 16 mm", ARTA, catalog=IRRIGATION)
    assert items(o) == [("PIPE", 6, "16 mm")]


PARTY = catalog_of(
    ("FOG", "Makinë tymi", "40", ()),
    ("DJ", "Sistem zëri", "120", ()),
    ("COLA", "Coca-Cola", "1.5", ("0.33 L", "1.5 L")),
)


def test_a_fog_machine_and_spoken_cola() -> None:
    o = parse(
        "c: we'd like a fog machine for saturday and 12 cokes 0.33",
        ARTA,
        catalog=PARTY,
    )
    assert sorted(items(o)) == [("COLA", 12, "0.33 L"), ("FOG", 1, None)]


def test_koka_kola_as_written_in_albanian() -> None:
    o = parse("c: 3 koka kola te medha ju lutem", ARTA, catalog=PARTY)
    assert items(o) == [("COLA", 3, "1.5 L")]


GARAGE = catalog_of(
    ("OIL", "Vaj motori 5W-40", "9", ("1 L", "4 L")),
    ("CHG", "Ndërrim vaji (puna)", "10", ()),
    ("FLT", "Filtër vaji", "8", ()),
    ("WIP", "Fshirëse xhami", "12", ()),
)


def test_a_service_the_shop_offered_and_restated_is_taken_with_the_yes() -> None:
    # the shop offered the oil change with the oil, restates it with the order, the customer
    # says yes: the change is a line although the customer never named it
    o = parse(
        "c: a keni vaj motori 5w40 4 litra per golf?",
        "m: Po, 5W-40 4 L 36€, plus ndërrimi i vajit 10€ nëse e sillni këtu.",
        "c: edhe nje filter vaji",
        "m: Pra vaj 5W-40 4 L + ndërrimi i vajit + filtër vaji. Në rregull?",
        "c: po",
        ARTA,
        catalog=GARAGE,
    )
    assert sorted(items(o)) == [("CHG", 1, None), ("FLT", 1, None), ("OIL", 1, "4 L")]


def test_a_product_the_shop_names_only_in_the_restatement_is_not_taken() -> None:
    # guard: the wipers appear first in the restatement itself: no offer the yes could take
    o = parse(
        "c: a keni vaj motori 5w40 4 litra per golf?",
        "m: Po, 5W-40 4 L 36€.",
        "c: edhe nje filter vaji",
        "m: Pra vaj 5W-40 4 L + filtër vaji + fshirëse xhami. Në rregull?",
        "c: po",
        ARTA,
        catalog=GARAGE,
    )
    assert ("WIP", 1, None) not in items(o)


COOLING = catalog_of(
    ("AC", "Kondicioner Vivo", "300", ("9000 BTU", "12000 BTU")),
    ("FIT", "Montim kondicioneri", "50", ()),
    ("CBL", "Kabllo rryme (metër)", "2", ("3x1.5 + tokë", "3x2.5 + tokë")),
)


def test_a_price_per_metre_after_a_plus_variant_is_no_total() -> None:
    # "3x1.5 + tokë, 2€ metri": the "+" is the variant's own and the amount is per metre; read as
    # a total it kept only a line it could sum to
    o = parse(
        "c: dua nje kondicioner vivo 12000 btu me montim dhe kabllo 3x1.5",
        "m: Vivo 12000 BTU 300€, montimi 50€. Kabllo 3x1.5 + tokë, 2€ metri.",
        "c: ok",
        ARTA,
        catalog=COOLING,
    )
    assert sorted(items(o)) == [
        ("AC", 1, "12000 BTU"),
        ("CBL", 1, "3x1.5 + tokë"),
        ("FIT", 1, None),
    ]


GLAZIER = catalog_of(
    ("FRM", "Kornizë druri", "15", ("30x40", "50x70")),
    ("GLS", "Xham i prerë me masë", "20", ("4 mm", "6 mm")),
    ("MIR", "Pasqyrë banjoje", "40", ()),
)


def test_lines_asked_for_together_come_with_the_one_an_answer_commits() -> None:
    # the request is a question; the answer about the glass's thickness commits the glass,
    # and the frames asked for with a count in the same message come with it
    o = parse(
        "c: a i keni 3 korniza 30x40 edhe 1 xham te prere sot?",
        "m: Po: 3 korniza 30x40 + xham i prerë. Sa mm e doni xhamin?",
        "c: 4 mm. A dergoni ne Fier?",
        "m: Po, të enjten.",
        ARTA,
        catalog=GLAZIER,
    )
    assert sorted(items(o)) == [("FRM", 3, "30x40"), ("GLS", 1, "4 mm")]


DOORS = catalog_of(
    ("DOOR", "Derë e brendshme MDF", "95", ("70 cm", "80 cm")),
    ("INST", "Montim dere", "20", ()),
    ("HNDL", "Dorezë inox", "8", ()),
)


def test_a_service_the_shop_asks_about_alone_is_taken_with_a_yes() -> None:
    # "Montim?" names the one service and nothing else: "po" takes it
    o = parse(
        "c: dua 2 dyer te brendshme 80 cm",
        "m: 2 derë MDF 80 cm, 190€. Montim?",
        "c: po",
        ARTA,
        catalog=DOORS,
    )
    assert sorted(items(o)) == [("DOOR", 2, "80 cm"), ("INST", 1, None)]


def test_a_question_naming_two_products_takes_neither_on_a_bare_yes() -> None:
    # guard: "Montim apo dorezë inox?" names two: a bare "po" does not say which
    o = parse(
        "c: dua 2 dyer te brendshme 80 cm",
        "m: 2 derë MDF 80 cm, 190€. Montim apo dorezë inox?",
        "c: po",
        ARTA,
        catalog=DOORS,
    )
    assert sorted(items(o)) == [("DOOR", 2, "80 cm")]
