"""Session 18 (item lines and variants from dev38's leads). Invented shops and sentences, none
from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

DETAILS = "c: Teuta Krasniqi, Rr. Skënderbeu 12, Durrës, 068 412 7730"

SPORT = catalog_of(
    ("FNL", "Fanellë vrapimi", "1500", ("S", "M", "L", "XL")),
    ("PNT", "Pantallona vrapimi", "2500", ("S/M", "L/XL")),
    ("BLT", "Bluzë termike", "2000", ("S", "M", "L", "XL")),
)

HOME = catalog_of(
    ("JST", "Jastëk gjumi", "1200", ()),
    ("BTN", "Batanije polar", "2500", ()),
    ("TVD", "Tavolinë dreke", "9000", ()),
    ("TVK", "Tavolinë kafeje xhami", "6000", ()),
    ("RFX", "Raft xhami", "3000", ()),
    ("QRN", "Qiri aromatik", "400", ()),
)

KITCHEN = catalog_of(
    ("TNX", "Tenxhere inoks", "3500", ("24 cm", "28 cm")),
    ("TNA", "Tenxhere alumini", "2500", ("24 cm", "28 cm")),
    ("KPK", "Kapak tenxhereje qelqi", "800", ("24 cm", "28 cm")),
    ("PJT", "Pjatë porcelani", "300", ()),
)

CHAIRS = catalog_of(
    ("KPL", "Karrige plastike", "1500", ("e bardhë", "gri")),
    ("KDR", "Karrige druri", "3500", ("arre", "lis")),
)

RIDE = catalog_of(
    ("MBM", "Mbajtëse telefoni për makinë", "900", ()),
    ("MBT", "Mbajtëse telefoni për motor", "1200", ()),
)

HELMETS = catalog_of(
    ("KSK", "Kask biçiklete", "2800", ("të rritur", "fëmijë")),
    ("DRZ", "Doreza biçiklete", "900", ("S", "M", "L")),
)


def test_a_slash_joined_pair_of_size_letters_is_one_size() -> None:
    # "M/L" is one size written in two letters, not a line in M and another in L
    o = parse("c: dua pantallona vrapimi L/XL", DETAILS, catalog=SPORT)
    assert items(o) == [("PNT", 1, "L/XL")]
    o = parse("c: dua fanellë vrapimi, M/L mendoj", DETAILS, catalog=SPORT)
    assert len(o.items) == 1


def test_a_product_word_after_like_describes_the_product_before() -> None:
    # "i butë si batanije" (soft like a blanket) says what the pillow is like
    o = parse("c: dua nje jastek gjumi te bute si batanije", DETAILS, catalog=HOME)
    assert items(o) == [("JST", 1, None)]


def test_like_after_i_would_is_no_comparison() -> None:
    # guard: "I'd like" is a want, not a likeness
    o = parse("c: one dinner table, and I'd like a glass shelf", DETAILS, catalog=HOME)
    assert sorted(str(p) for p, _q, _v in items(o)) == ["RFX", "TVD"]


def test_a_material_of_the_product_named_before_adds_no_line() -> None:
    # "xham i fortë" after the dining table: what it is made of, not the glass coffee table
    o = parse("c: dua nje tavoline dreke per 6 veta, xham i forte", DETAILS, catalog=HOME)
    assert items(o) == [("TVD", 1, None)]


OILS = catalog_of(
    ("VUL", "Vaj ulliri", "900", ("0.5 L", "1 L")),
    ("VUB", "Vaj ulliri bio", "1500", ("0.5 L", "1 L")),
    ("VLD", "Vaj luledielli", "400", ()),
)


def test_a_word_that_picks_among_the_products_named_is_no_material() -> None:
    # guard: "bio" after "vaj ulliri" names one of the olive oils the words before it fit; it
    # is not dropped as what the olive oil is made of
    o = parse("c: dua vaj ulliri 1 liter, bio nese keni", DETAILS, catalog=OILS)
    assert "VUB" in [p for p, _q, _v in items(o)]


def test_a_material_after_also_is_another_line() -> None:
    # guard: "edhe nje xhami" adds the glass one
    o = parse("c: dua nje tavoline dreke, edhe nje raft xhami", DETAILS, catalog=HOME)
    assert sorted(str(p) for p, _q, _v in items(o)) == ["RFX", "TVD"]


def test_the_total_said_with_the_goods_beats_one_for_each() -> None:
    # "3 qirinj, nga një për secilën": three candles were said; "one each" does not recount them
    o = parse(
        "c: dua nje tavoline dreke dhe nje raft xhami",
        "m: Po, 12.000 lekë.",
        "c: edhe 3 qiri aromatik, nga nje per secilen dhome",
        DETAILS,
        catalog=HOME,
    )
    assert ("QRN", 3, None) in items(o)


def test_ordering_a_product_of_the_same_kind_replaces_the_one_asked_about() -> None:
    # "2 plastic chairs, how much?" ... "the wooden ones in walnut?" ... "better the wooden
    # ones then": the plastic chairs were only asked about
    o = parse(
        "c: pershendetje, karrige plastike gri, 2 cope sa kushtojne?",
        "m: 1500 lekë copa. Kemi edhe karrige druri 3500.",
        "c: po karriget druri a i keni arre?",
        "m: Po, arre dhe lis.",
        "c: arre, 2 cope, me mire i marr karrige druri atehere",
        DETAILS,
        catalog=CHAIRS,
    )
    assert [p for p, _q, _v in items(o)] == ["KDR"]


def test_also_keeps_the_one_asked_about() -> None:
    # guard: "edhe" (also) orders the wooden chairs beside the plastic ones asked about
    o = parse(
        "c: 2 karrige plastike gri sa kushtojne?",
        "m: 1500 lekë copa.",
        "c: ok, i marr edhe 2 karrige druri arre",
        DETAILS,
        catalog=CHAIRS,
    )
    assert sorted(str(p) for p, _q, _v in items(o)) == ["KDR", "KPL"]


def test_the_shops_answer_to_goods_just_added_is_a_new_line() -> None:
    # the shop names the car holder for the customer's words; "and one for the motorbike's
    # handlebar" is another holder, not another reading of the first
    o = parse(
        "c: a keni dicka per celularin kur ngas?",
        "m: Mbajtëse telefoni për makinë, 900 lekë.",
        "c: po. dhe nje per timonin e skuterit te vellait",
        "m: Mbajtëse telefoni për motor, 1200 lekë.",
        "c: ok te dyja",
        DETAILS,
        catalog=RIDE,
    )
    assert sorted(str(p) for p, _q, _v in items(o)) == ["MBM", "MBT"]


def test_a_postposed_no_with_sorry_removes_the_line() -> None:
    # "kapakët jo më fal": the lids go
    o = parse(
        "c: dua 2 tenxhere inoks 24 cm edhe 2 kapake qelqi",
        "m: 2 tenxhere inoks 24 cm + 2 kapakë qelqi 24 cm.",
        "c: kapaket jo me fal",
        DETAILS,
        catalog=KITCHEN,
    )
    assert items(o) == [("TNX", 2, "24 cm")]


def test_the_reason_after_a_postposed_no_adds_nothing() -> None:
    # "kapakët jo, vjehrra i mbulon me pjata": the plates are the reason, not goods
    o = parse(
        "c: dua 2 tenxhere inoks 24 cm edhe 2 kapake qelqi",
        "m: 2 tenxhere inoks 24 cm + 2 kapakë qelqi 24 cm.",
        "c: kapaket jo, vjehrra i mbulon me pjata",
        DETAILS,
        catalog=KITCHEN,
    )
    assert items(o) == [("TNX", 2, "24 cm")]


def test_the_kind_word_said_again_is_the_product_named_before() -> None:
    # "tenxheret e aluminit …, 4 tenxhere 28 cm": the aluminium pots again, with count and size
    o = parse(
        "c: me duhen tenxheret nga alumini per restorant, 4 tenxhere me madhesi 28 cm",
        DETAILS,
        catalog=KITCHEN,
    )
    assert items(o) == [("TNA", 4, "28 cm")]


def test_a_size_said_with_goods_added_in_other_words_changes_no_line() -> None:
    # "edhe diçka për kurrizin e burrit, mban XL": the XL is the husband's, not a second shirt
    o = parse(
        "c: a keni bluze termike M?",
        "m: Po, 2000 lekë.",
        "c: ok nje. edhe dicka per kurrizin e burrit se i dhemb, mban XL",
        DETAILS,
        catalog=SPORT,
    )
    assert items(o) == [("BLT", 1, "M")]


def test_the_adults_variant_in_the_genitive_plural() -> None:
    # "shkojnë ato të rriturve" (the adults' ones fit) - "ok një ato"
    o = parse(
        "c: kask bicikletash per djalin 13 vjec",
        "m: Për 13 vjeç shkojnë ato të rriturve, 2800 lekë.",
        "c: ok nje ato",
        DETAILS,
        catalog=HELMETS,
    )
    assert items(o) == [("KSK", 1, "të rritur")]
