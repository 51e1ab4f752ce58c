"""Session 9, dev20 part A: general mechanisms, tested on invented shops of other trades
(paint, bags, grocery, pharmacy, pet grooming) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

PAINT = Catalog(
    products=(
        CatalogProduct(
            "INT", "Bojë e brendshme", ("emulsion",), Decimal("1500"),
            ("E bardhë 5 L", "E bardhë 15 L", "Krem 5 L"),
        ),
        CatalogProduct(
            "EXT", "Bojë e jashtme", ("bojë fasade",), Decimal("2500"),
            ("Gri 5 L", "Gri 15 L", "Okër 5 L"),
        ),
        CatalogProduct("ROLL", "Rul boje", ("rul",), Decimal("400"), ("15 cm", "25 cm")),
    )
)  # fmt: skip

BAGS = Catalog(
    products=(
        CatalogProduct(
            "BP", "Çantë shpine shkollore klasike", (), Decimal("2000"), ("E zezë", "Blu")
        ),
        CatalogProduct(
            "BPW", "Çantë shpine shkollore ortopedike", (), Decimal("3500"), ("E zezë", "Blu")
        ),
        CatalogProduct("PEN", "Kuti lapsash", (), Decimal("300"), ()),
    )
)


def test_a_word_only_one_rivals_variants_hold_picks_it() -> None:
    # "pittura" fits both paints; "grigia" is sold only in the façade paint
    order = parse(
        "c: buongiorno, vorrei la pittura grigia, il secchio da 15 litri",
        "c: Luan Hoxha, Rruga e Kavajës 10, Tiranë, 069 123 4567",
        catalog=PAINT,
    )
    assert items(order) == [("EXT", 1, "Gri 15 L")]


def test_a_word_picked_line_stays_beside_a_later_product_in_its_own_variant() -> None:
    order = parse(
        "c: pershendetje, boje gri e kova 15 litershe",
        "c: edhe nje emulsion krem 5 litra",
        "c: Luan Hoxha, Rruga e Kavajës 10, Tiranë, 069 123 4567",
        catalog=PAINT,
    )
    assert sorted(items(order)) == [("EXT", 1, "Gri 15 L"), ("INT", 1, "Krem 5 L")]


def test_a_describing_word_chooses_among_the_kind_asked_about() -> None:
    order = parse(
        "c: a keni canta shpine per shkolle?",
        "m: Po, kemi disa modele, te zeza ose blu.",
        "c: Ortopediken, dy cope, te zeza",
        "c: Ilir Gashi, Rruga Dardania 4, Prishtinë, 044 123 456",
        catalog=BAGS,
        country="XK",
    )
    assert items(order) == [("BPW", 2, "E zezë")]


GROOMING = Catalog(
    products=(
        CatalogProduct(
            "SH-AD", "Shampo për qen të rritur", (), Decimal("700"), ("250 ml", "500 ml")
        ),
        CatalogProduct("SH-PUP", "Shampo për këlyshë", (), Decimal("650"), ()),
        CatalogProduct("BRUSH", "Furçë për qime", (), Decimal("500"), ()),
    )
)

GROCERY = Catalog(
    products=(
        CatalogProduct("BEAN-C", "Fasule konservë 400 g", (), Decimal("180"), ()),
        CatalogProduct("BEAN-D", "Fasule të thata 1 kg", (), Decimal("300"), ()),
        CatalogProduct("CORN-C", "Misër konservë 340 g", (), Decimal("200"), ()),
    )
)

PHARMACY = Catalog(
    products=(
        CatalogProduct("DROPS", "Pika për sy 10 ml", (), Decimal("420"), ()),
        CatalogProduct(
            "SOL", "Solucion për lente kontakti", (), Decimal("350"), ("100 ml", "360 ml")
        ),
        CatalogProduct("CL-D", "Lente kontakti ditore", (), Decimal("1290"), ("-1.00", "-2.00")),
        CatalogProduct("CL-M", "Lente kontakti mujore", (), Decimal("890"), ("-1.00", "-2.00")),
    )
)  # fmt: skip


def test_puppy_in_a_german_compound_names_the_puppy_product() -> None:
    order = parse(
        "c: Hallo, ein Welpenshampoo bitte",
        "c: Arta Krasniqi, Rruga e Durrësit 5, Tiranë, 069 222 3344",
        catalog=GROOMING,
    )
    assert items(order) == [("SH-PUP", 1, None)]


def test_cans_in_english_and_italian_name_the_canned_goods() -> None:
    order = parse(
        "c: hi, three cans of corn please",
        "c: Arta Krasniqi, Rruga e Durrësit 5, Tiranë, 069 222 3344",
        catalog=GROCERY,
    )
    assert items(order) == [("CORN-C", 3, None)]
    order = parse(
        "c: ciao, due scatolette di fagioli",
        "c: Arta Krasniqi, Rruga e Durrësit 5, Tiranë, 069 222 3344",
        catalog=GROCERY,
    )
    assert items(order) == [("BEAN-C", 2, None)]


def test_lens_solution_in_german_and_daily_lenses_in_macedonian() -> None:
    order = parse(
        "c: Grüezi, eine grosse Flasche Lösung bitte",
        "c: Besa Rexhepi, ul. Ilindenska 5, Tetovo, 070 123 456",
        catalog=PHARMACY,
        country="MK",
    )
    assert items(order) == [("SOL", 1, "360 ml")]
    order = parse(
        "c: Здраво, дневни леќи -2 ми требаат, една кутија",
        "c: Весна Петровска, ул. Гоце Делчев 4, Скопје, 070 123 456",
        catalog=PHARMACY,
        country="MK",
    )
    assert items(order) == [("CL-D", 1, "-2.00")]


TORQUE = Catalog(
    products=(
        CatalogProduct(
            "SHIM", "Rondele rregulluese", ("shim",), Decimal("80"), ("+1.0", "+2.0", "-1.0")
        ),
        CatalogProduct("BOLT", "Bulona M8", (), Decimal("20"), ()),
    )
)  # fmt: skip


def test_a_signed_whole_number_meets_a_decimal_variant() -> None:
    # "+2" for "+2.0", "-4" for "-4.00"; the sign keeps it from being a count
    order = parse(
        "c: pershendetje, me duhen rondele rregulluese +2, tre cope",
        "c: Arben Dema, Rruga Dibres 40, Tirane, 068 555 1212",
        catalog=TORQUE,
    )
    assert items(order) == [("SHIM", 3, "+2.0")]
    order = parse(
        "c: Brauche Linsen, Monatslinsen -2, zwei Packungen",
        "c: Besa Rexhepi, ul. Ilindenska 5, Tetovo, 070 123 456",
        catalog=PHARMACY,
        country="MK",
    )
    assert items(order) == [("CL-M", 2, "-2.00")]


def test_a_bullet_and_a_range_are_no_signed_values() -> None:
    from plugins.parser_rules.normalize import tokenize

    assert [t.text for t in tokenize("-2 bulona\ndy ose 1-2")] == [
        "2",
        "bulona",
        "dy",
        "ose",
        "1",
        "2",
    ]
    assert [t.text for t in tokenize("perdor +2, jo -4")] == ["perdor", "2.0", "jo", "4.0"]


RAIN = Catalog(
    products=(
        CatalogProduct("UMB", "Çadër shiu", ("cader",), Decimal("900"), ("E zezë", "Blu")),
        CatalogProduct("COAT", "Mushama për fëmijë", (), Decimal("1500"), ("4-6 vjeç", "7-10 v")),
    )
)  # fmt: skip

TEA = Catalog(
    products=(
        CatalogProduct("MT", "Çaj mali 100 g", (), Decimal("400"), ()),
        CatalogProduct("BAGS", "Çaj frutash, kuti 20 qese", (), Decimal("600"), ()),
        CatalogProduct("MUG", "Filxhan porcelani", (), Decimal("300"), ()),
    )
)


def test_a_dont_in_a_purpose_clause_removes_nothing() -> None:
    order = parse(
        "c: dua nje mushama per 7-10 vjec",
        "c: edhe nje cader te zeze qe mos i lagen femijet",
        "c: Dritan Hoxha, Rruga e Elbasanit 20, Tirane, 069 765 4321",
        catalog=RAIN,
    )
    assert sorted(items(order)) == [("COAT", 1, "7-10 v"), ("UMB", 1, "E zezë")]


def test_a_container_word_counts_the_product_already_ordered() -> None:
    # "kuti" (box) is in the tea bags' name: said with the mountain tea ordered, it counts it
    order = parse(
        "c: nje pako caj mali ju lutem",
        "m: Çaj mali 100 g, 400 lek.",
        "c: ah jo, beni dy kuti cajin",
        "c: Dritan Hoxha, Rruga e Elbasanit 20, Tirane, 069 765 4321",
        catalog=TEA,
    )
    assert items(order) == [("MT", 2, None)]


JEWEL = Catalog(
    products=(
        CatalogProduct(
            "INIT", "Byzylyk me shkronjë argjendi", (), Decimal("25"),
            tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        ),
        CatalogProduct("CHAIN", "Zinxhir argjendi 45 cm", (), Decimal("15"), ()),
    )
)  # fmt: skip

PARTY = Catalog(
    products=(
        CatalogProduct("CAKE", "Tortë me çokollatë", (), Decimal("25"), ("8 veta", "12 veta")),
        CatalogProduct("CNDL", "Qiri numër për tortë", (), Decimal("2"), tuple("0123456789")),
        CatalogProduct(
            "LTR", "Qiri shkronjë për tortë", (), Decimal("2"), tuple("ABCDEHIKLMNORST")
        ),
    )
)


def test_letters_spelled_in_capitals_are_one_line_per_letter() -> None:
    order = parse(
        "c: pershendetje, dua byzylyk me shkronja ELB, inicialet tona",
        "c: edhe nje zinxhir, te pershtatshem per te",
        "c: Teuta Gashi, Rruga Nena Tereze 8, Prishtine, 044 555 666",
        catalog=JEWEL,
        country="XK",
    )
    assert sorted(items(order)) == [
        ("CHAIN", 1, None),
        ("INIT", 1, "B"),
        ("INIT", 1, "E"),
        ("INIT", 1, "L"),
    ]
    order = parse(
        "c: hi, letter bracelets N O N A please",
        "c: Teuta Gashi, Rruga Nena Tereze 8, Prishtine, 044 555 666",
        catalog=JEWEL,
        country="XK",
    )
    assert sorted(items(order)) == [("INIT", 1, "A"), ("INIT", 1, "O"), ("INIT", 2, "N")]


def test_a_number_after_a_number_word_is_spelled_digit_by_digit() -> None:
    order = parse(
        "c: nje torte per 12 veta dhe qirinj numer 25",
        "c: Teuta Gashi, Rruga Nena Tereze 8, Prishtine, 044 555 666",
        catalog=PARTY,
        country="XK",
    )
    assert sorted(items(order)) == [("CAKE", 1, "12 veta"), ("CNDL", 1, "2"), ("CNDL", 1, "5")]


def test_saying_when_answers_for_the_goods_asked_about() -> None:
    order = parse(
        "c: a keni torte me cokollate per 8 veta?",
        "m: Po, 25 euro. Per kur e doni?",
        "c: per te shtunen ne mengjes",
        "c: edhe qirinj numer 25 a keni?",
        "m: Po: 2 dhe 5, 4 euro.",
        "c: Teuta Gashi, Rruga Nena Tereze 8, Prishtine, 044 555 666",
        catalog=PARTY,
        country="XK",
    )
    assert sorted(items(order)) == [("CAKE", 1, "8 veta"), ("CNDL", 1, "2"), ("CNDL", 1, "5")]


CHEMIST = Catalog(
    products=(
        CatalogProduct("VITC", "Vitaminë C 1000 mg", ("vitamine c",), Decimal("600"), ()),
        CatalogProduct("PILLBOX", "Kuti ilaçesh javore", (), Decimal("350"), ()),
        CatalogProduct("SYRUP", "Shurup kolle", (), Decimal("700"), ()),
        CatalogProduct("THERM", "Termometër dixhital", (), Decimal("900"), ()),
        CatalogProduct("LOZ", "Pastila për fyt", (), Decimal("400"), ()),
    )
)


def test_boxes_counted_alone_after_a_question_count_the_goods_asked_about() -> None:
    order = parse(
        "c: a keni vitamine C 1000?",
        "m: Po, 600 lek kutia.",
        "c: me duhen 2 kuti",
        "c: Mira Leka, Rruga e Barrikadave 3, Tirane, 069 444 5566",
        catalog=CHEMIST,
    )
    assert items(order) == [("VITC", 2, None)]


def test_only_after_asking_about_another_product_sets_that_one_aside() -> None:
    order = parse(
        "c: dua 2 shishe shurup kolle",
        "c: A me duhet edhe termometer?",
        "m: Jo, s'ka nevoje per termometer.",
        "c: Mire. Atehere vetem pastila per fyt, nje pako",
        "c: Mira Leka, Rruga e Barrikadave 3, Tirane, 069 444 5566",
        catalog=CHEMIST,
    )
    assert sorted(items(order)) == [("LOZ", 1, None), ("SYRUP", 2, None)]


def test_plural_boxes_in_german_count() -> None:
    order = parse(
        "c: Hallo, Vitamin C 1000, drei Schachteln bitte",
        "c: Mira Leka, Rruga e Barrikadave 3, Tirane, 069 444 5566",
        catalog=CHEMIST,
    )
    assert items(order) == [("VITC", 3, None)]


HAMPERS = Catalog(
    products=(
        CatalogProduct("HAMPER", "Kosh dhuratash për Vitin e Ri", (), Decimal("40"), ()),
        CatalogProduct("WINE", "Verë e kuqe 0.75 L", (), Decimal("12"), ()),
        CatalogProduct("PRALINE", "Kuti pralina", (), Decimal("15"), ("12 copë", "24 copë")),
        CatalogProduct("GLASSES", "Set gotash me 6 copë", (), Decimal("20"), ("Qelqi", "Kristal")),
    )
)


def test_what_a_product_holds_in_the_merchants_brackets_is_no_offer() -> None:
    order = parse(
        "c: a keni kosh dhuratash per vitin e ri?",
        "m: Po, koshi 40€ (me pralina 12 cope).",
        "c: super, ate po e dua",
        "c: Dafina Krasniqi, Rruga Fehmi Agani 12, Prishtine, 044 333 222",
        catalog=HAMPERS,
        country="XK",
    )
    assert items(order) == [("HAMPER", 1, None)]


def test_a_number_of_pieces_after_with_is_what_it_holds() -> None:
    order = parse(
        "c: dua setin e gotave me 6 copa, kristal",
        "c: Dafina Krasniqi, Rruga Fehmi Agani 12, Prishtine, 044 333 222",
        catalog=HAMPERS,
        country="XK",
    )
    assert items(order) == [("GLASSES", 1, "Kristal")]


def test_a_name_said_before_her_name_is() -> None:
    order = parse(
        "c: nje kosh dhuratash, per shoqen",
        "c: Rruga Fehmi Agani 12, Prishtine",
        "c: Dafina Krasniqi o emri i saj, nr 044 333 222",
        catalog=HAMPERS,
        country="XK",
    )
    assert order.customer_name == "Dafina Krasniqi"


KIOSK = Catalog(
    products=(
        CatalogProduct("SUN", "Syze dielli sportive", (), Decimal("1500"), ("E zezë", "Blu")),
        CatalogProduct("CASE", "Kuti syzesh e fortë", (), Decimal("300"), ("E zezë", "Kafe")),
        CatalogProduct("CORD", "Kordon syzesh", (), Decimal("200"), ()),
    )
)


def test_a_hard_glasses_case_in_italian_and_german() -> None:
    order = parse(
        "c: vorrei un astuccio rigido nero",
        "c: Gent Basha, Rruga Myslym Shyri 9, Tirane, 069 111 2233",
        catalog=KIOSK,
    )
    assert items(order) == [("CASE", 1, "E zezë")]
    order = parse(
        "c: ein Brillenetui in braun bitte",
        "c: Gent Basha, Rruga Myslym Shyri 9, Tirane, 069 111 2233",
        catalog=KIOSK,
    )
    assert items(order) == [("CASE", 1, "Kafe")]


def test_solution_in_english_names_the_lens_solution() -> None:
    order = parse(
        "c: hi, solution please, the big bottle",
        "c: Besa Rexhepi, ul. Ilindenska 5, Tetovo, 070 123 456",
        catalog=PHARMACY,
        country="MK",
    )
    assert items(order) == [("SOL", 1, "360 ml")]


SUSHI = Catalog(
    products=(
        CatalogProduct("SUSHI", "Set sushi", (), Decimal("12"), ("Salmon 8 copë", "Pulë 8 copë")),
        CatalogProduct("SOY", "Salcë soje", (), Decimal("2"), ()),
    )
)

FARM = Catalog(
    products=(
        CatalogProduct("HEN", "Ushqim për pula, thes", (), Decimal("1800"), ("10 kg", "25 kg")),
        CatalogProduct("DOGWET", "Ushqim i lagësht për qen, kuti 400 g", (), Decimal("250"), ()),
        CatalogProduct("DOGDRY", "Ushqim i thatë për qen", (), Decimal("900"), ("3 kg", "12 kg")),
    )
)  # fmt: skip


def test_fish_said_for_the_one_kind_of_fish_a_product_is_sold_in() -> None:
    order = parse(
        "c: nje set sushi me peshk ju lutem",
        "c: Gent Basha, Rruga Myslym Shyri 9, Tirane, 069 111 2233",
        catalog=SUSHI,
    )
    assert items(order) == [("SUSHI", 1, "Salmon 8 copë")]


def test_a_kind_word_after_a_product_of_the_same_kind_names_the_other() -> None:
    order = parse(
        "c: dua ushqim per pulat, thesin 25 kg, dhe 4 kuti te lagshme",
        "c: Gent Basha, Rruga Myslym Shyri 9, Tirane, 069 111 2233",
        catalog=FARM,
    )
    assert sorted(items(order)) == [("DOGWET", 4, None), ("HEN", 1, "25 kg")]
