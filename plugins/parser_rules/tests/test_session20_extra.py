"""Session 20 (extra lines): lines the customer never took. The shop's restatement answered by
a name alone, goods described while asking the shop for advice, the address read back,
"only those N", "only X" after a question turned down, a bare no to what the shop named, and a
line the shop declines. Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARTA = "c: Rr. Ilir Konushevci 4, Ferizaj, 049 331 207"

LIGHTS = catalog_of(
    ("LED", "Llambë LED E27", "150", ("e ftohtë", "e ngrohtë")),
    ("SOC", "Prizë dyshe", "400", ()),
    ("EXT", "Zgjatues me 5 vende", "900", ()),
)


def test_a_name_alone_answers_the_restatement() -> None:
    # "Emri, adresa, tel?" - "Arta Hoxha": the name is the customer's answer; the address and
    # phone follow; the restated order (without the extension lead) is taken
    o = parse(
        "c: dua 2 llamba LED te ngrohta, 1 prize dyshe dhe 1 zgjatues",
        "m: Ok: 2 llamba LED e ngrohtë, 1 prizë dyshe. Emri, adresa, tel?",
        "c: Arta Hoxha",
        ARTA,
        catalog=LIGHTS,
    )
    assert items(o) == [("LED", 2, "e ngrohtë"), ("SOC", 1, None)]


def test_a_word_that_is_no_name_still_answers() -> None:
    # guard: "hmm" is no contact detail: the answer accepts nothing, the lines stand
    o = parse(
        "c: dua 2 llamba LED te ngrohta, 1 prize dyshe dhe 1 zgjatues",
        "m: Ok: 2 llamba LED e ngrohtë, 1 prizë dyshe. Emri, adresa, tel?",
        "c: hmm",
        "c: Arta Hoxha, " + ARTA[3:],
        catalog=LIGHTS,
    )
    assert {p for p, _q, _v in items(o)} == {"LED", "SOC", "EXT"}


DRONES = catalog_of(
    ("TOY", "Dron lodër me kamerë", "60", ("i zi", "i kuq")),
    ("SKY", "SkyPro 4K", "320", ("Standard", "Combo")),
    ("BAG", "Çantë transporti", "25", ()),
)


def test_goods_described_while_asking_for_advice_are_asked_about() -> None:
    # "dua një dron me kamerë … çfarë më rekomandoni?" - "SkyPro 4K …" - "SkyPro atëherë": the
    # drone described is what the customer wants advice on; the one taken is the shop's
    o = parse(
        "c: pershendetje, dua nje dron me kamere per vajzen. cfare me rekomandoni?",
        "m: SkyPro 4K eshte shume i mire per fillim, 320 €",
        "c: ok SkyPro atehere, edhe nje cante transporti",
        ARTA,
        catalog=DRONES,
    )
    assert {p for p, _q, _v in items(o)} == {"SKY", "BAG"}


def test_advice_asked_in_english() -> None:
    o = parse(
        "c: hi, I want a drone with a camera for my son, what do you recommend?",
        "m: SkyPro 4K is great for beginners, 320 €",
        "c: ok the SkyPro then",
        ARTA,
        catalog=DRONES,
    )
    assert [p for p, _q, _v in items(o)] == ["SKY"]


def test_a_counted_line_beside_the_advice_question_stays() -> None:
    # guard: "2 çanta" is ordered; the advice asked is about something else
    o = parse(
        "c: dua 2 canta transporti. cfare dron me rekomandoni per femije?",
        "m: Dron lodër me kamerë 60 €",
        "c: jo faleminderit, vetem cantat",
        ARTA,
        catalog=DRONES,
    )
    assert items(o) == [("BAG", 2, None)]


COURIER = catalog_of(
    ("PARCEL", "Dërgesë pakoje për Gjermani", "30", ("deri 5 kg", "5–10 kg")),
    ("BUS-MUC", "Biletë autobusi Tiranë – München", "70", ()),
    ("BOX", "Kuti kartoni", "2", ()),
)


def test_the_address_read_back_names_no_goods() -> None:
    # "Leopoldstraße 20, 80802 München … A është e saktë?" - "po e saktë": the town of the
    # address the shop writes back is no bus ticket to it
    o = parse(
        "c: a dergoni pako ne Gjermani? peshon 4 kile",
        "m: Po, deri 5 kg 30 €. Të dhënat e marrësit?",
        "c: Besa Krasniqi, Leopoldstraße 20, 80802 München, 0176 5512 3344",
        "m: Besa Krasniqi, Leopoldstraße 20, 80802 München, +49 176 55123344. A është e saktë?",
        "c: po e sakte",
        catalog=COURIER,
    )
    assert items(o) == [("PARCEL", 1, "deri 5 kg")]


def test_a_town_said_alone_by_the_shop_stays() -> None:
    # guard: without the street read back, the shop's words about a town are read as before
    o = parse(
        "c: dua nje bilete autobusi per München",
        "m: Biletë Tiranë – München 70 €, nisja e hënë",
        "c: po. Besa Krasniqi, 069 551 2334",
        catalog=COURIER,
    )
    assert [p for p, _q, _v in items(o)] == ["BUS-MUC"]


PAPER = catalog_of(
    ("PEN", "Stilolaps blu", "1", ()),
    ("NOTE", "Fletore A4", "2", ()),
    ("GLUE", "Ngjitës shkopi", "1", ()),
)


def test_only_those_counted_keeps_the_lines_before_the_last() -> None:
    # "veç ato 3 copë": 2 pens + 1 notebook are the three; the glue asked about last goes
    o = parse(
        "c: dua 2 stilolapsa blu dhe 1 fletore A4",
        "m: Ok, 4 €",
        "c: prit se a e keni edhe ngjites shkopi",
        "m: Po, ngjitës shkopi 1 €",
        "c: hmm s'po e marr. vec ato 3 cope",
        ARTA,
        catalog=PAPER,
    )
    assert items(o) == [("PEN", 2, None), ("NOTE", 1, None)]


def test_only_those_with_another_count_changes_nothing() -> None:
    # guard: "veç ato 2" is no sum of the lines before: nothing goes by it
    o = parse(
        "c: dua 2 stilolapsa blu dhe 1 fletore A4",
        "m: Ok, 4 €",
        "c: prit se a e keni edhe ngjites shkopi",
        "m: Po, ngjitës shkopi 1 €",
        "c: vec ato 2",
        ARTA,
        catalog=PAPER,
    )
    assert "GLUE" in {p for p, _q, _v in items(o)}


GARDEN = catalog_of(
    ("HOSE", "Zorrë uji 20 m", "25", ()),
    ("GUN", "Pistoletë spërkatëse", "8", ()),
    ("GLOVE", "Doreza kopshti", "5", ()),
)


def test_only_after_a_question_already_turned_down() -> None:
    # "a keni edhe doreza?" - "Po" - "doreza jo faleminderit. vetëm zorrën": the gloves, turned
    # down before "only", are no longer asked about: "only the hose" keeps the hose alone
    o = parse(
        "c: dua nje zorre uji 20 m dhe nje pistolete sperkatese",
        "m: 33 € bashke",
        "c: a keni edhe doreza kopshti?",
        "m: Po, 5 €",
        "c: doreza jo faleminderit. vetem zorren",
        ARTA,
        catalog=GARDEN,
    )
    assert [p for p, _q, _v in items(o)] == ["HOSE"]


def test_only_after_a_question_still_open_keeps_the_goods_before() -> None:
    # guard: the question's gloves not turned down: "only the hose" sets them aside and keeps
    # the goods ordered before the question
    o = parse(
        "c: dua nje zorre uji 20 m dhe nje pistolete sperkatese",
        "m: 33 € bashke",
        "c: a keni edhe doreza kopshti?",
        "m: Po, 5 €",
        "c: atehere vetem zorren",
        ARTA,
        catalog=GARDEN,
    )
    assert "GLOVE" not in {p for p, _q, _v in items(o)}


COOK = catalog_of(
    ("PKG", "Paketa kuzhine bazë", "200", ("mëngjes", "mbrëmje")),
    ("ONL", "Kursi i ëmbëlsirave online", "60", ()),
    ("BOOK", "Libër recetash", "15", ()),
)
COOK_TALK = (
    "c: pershendetje, dua paketen e kuzhines baze",
    "m: Paketa bazë 200 €, mëngjes ose mbrëmje",
    "c: mbremje. a mundem me i msu embelsirat online qe tash?",
    "m: Kursi i ëmbëlsirave online është 60 € veç, por paketa i përfshin në klasë",
)


def test_a_bare_no_turns_down_what_the_shop_named_for_the_question() -> None:
    # "jo jo, i bëj në klasë, po dua librin": the online course the shop named for the
    # customer's question is turned down; the book ordered after the no stands
    o = parse(*COOK_TALK, "c: jo jo i bej ne klase, po dua librin e recetave", ARTA, catalog=COOK)
    assert items(o) == [("PKG", 1, "mbrëmje"), ("BOOK", 1, None)]


def test_without_the_no_the_named_goods_come_with_the_order() -> None:
    # guard: "ok, edhe librin" takes what the shop named along with the book
    o = parse(*COOK_TALK, "c: ok, dua edhe librin e recetave", ARTA, catalog=COOK)
    assert {p for p, _q, _v in items(o)} == {"PKG", "ONL", "BOOK"}


BIKES = catalog_of(
    ("CITY", "Biçikletë qyteti (ditë)", "10", ()),
    ("EBIKE", "E-bike Trek (ditë)", "25", ()),
    ("HELM", "Helmetë", "3", ()),
)


def test_a_line_the_shop_declines_goes_when_the_other_is_taken() -> None:
    # "biçikleta e qytetit sapo u zu … kemi E-bike Trek" - "mirë, e-bike atëherë": the
    # booked bike is declined, the customer takes the other
    o = parse(
        "c: dua nje bicikletë qyteti per te shtunen",
        "m: Biçikletë qyteti 10 € dita",
        "c: ok, me sillni edhe nje helmete",
        "m: Më vjen keq, biçikleta e qytetit sapo u zu për ato data. Kemi E-bike Trek 25 € dita",
        "c: mire, e-bike atehere",
        ARTA,
        catalog=BIKES,
    )
    assert {p for p, _q, _v in items(o)} == {"EBIKE", "HELM"}


def test_goods_the_shop_adds_without_declining_stay() -> None:
    # guard: no decline, the customer adds the e-bike: both bikes are lines
    o = parse(
        "c: dua nje bicikletë qyteti per te shtunen",
        "m: Biçikletë qyteti 10 € dita. Kemi edhe E-bike Trek 25 € dita",
        "c: mire, edhe nje e-bike",
        ARTA,
        catalog=BIKES,
    )
    assert {p for p, _q, _v in items(o)} == {"CITY", "EBIKE"}
