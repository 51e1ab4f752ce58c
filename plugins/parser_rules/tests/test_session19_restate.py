"""Session 19 (restate): the shop's accepted restatement is the order. Invented shops and
sentences (a garage, a florist, a medical laboratory, a stationer, a pharmacy), none from a
corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

DETAILS = "c: Blerim Krasniqi, Rr. Nëna Terezë 12, Gjilan, 044 512 633"

GARAGE = catalog_of(
    ("WIP", "Fshirëse xhami", "12", ("45 cm", "55 cm", "60 cm")),
    ("BLB", "Llambë H7", "6", ()),
    ("FLU", "Lëng xhamash", "4", ("1 L", "5 L")),
    ("CAP", "Kapak rrote", "9", ()),
)


def test_a_list_without_opener_answered_yes_is_the_order() -> None:
    # no "Pra:", not every line counted: the shop's list of what the customer gets, said yes
    # to, sets the counts the customer left unsaid
    o = parse(
        "c: pershendetje, me duhen fshirese xhami per golfin edhe llamba h7 per dritat",
        "m: Fshirëse xhami 55 cm, 2 llamba H7?",
        "c: po. " + DETAILS[3:],
        catalog=GARAGE,
    )
    assert sorted(items(o)) == [("BLB", 2, None), ("WIP", 1, "55 cm")]


def test_a_list_without_opener_is_not_taken_when_disputed() -> None:
    # guard: the customer's answer corrects the list, the customer's own lines stand
    o = parse(
        "c: pershendetje, me duhen fshirese xhami per golfin edhe llamba h7 per dritat",
        "m: Fshirëse xhami 55 cm, 2 llamba H7?",
        "c: jo, vetem nje llambe. " + DETAILS[3:],
        catalog=GARAGE,
    )
    assert ("BLB", 2, None) not in items(o)


def test_a_list_part_not_read_leaves_the_order_as_it_was() -> None:
    # guard: a part of the shop's list ("vajin e motorit") names goods no line was read for:
    # the list is not the order read whole, so the customer's fluid line is not dropped
    o = parse(
        "c: dua leng xhamash 5 litra edhe llamba h7 per dritat",
        "m: Llamba H7, antifriz blu 5 L, fshirëse 55 cm. Adresa?",
        DETAILS,
        catalog=GARAGE,
    )
    assert ("FLU", 1, "5 L") in items(o)
    assert ("WIP", 1, "55 cm") not in items(o)


def test_a_list_of_what_was_added_keeps_the_earlier_lines() -> None:
    # the shop lists only the goods added since its last answer: the wipers stay
    o = parse(
        "c: a keni fshirese xhami 60 cm?",
        "m: Po, 12€.",
        "c: ok, edhe leng xhamash 1 litersh dhe kapak rrote",
        "m: Lëng xhamash 1 L x1, kapak rrote 9€. Gjithsej 25€.",
        DETAILS,
        catalog=GARAGE,
    )
    assert sorted(items(o)) == [("CAP", 1, None), ("FLU", 1, "1 L"), ("WIP", 1, "60 cm")]


LAB = catalog_of(
    ("IRN", "Paneli i hekurit", "9", ()),
    ("VIT", "Vitamina", "12", ("Vitamina D", "Vitamina B12", "Acidi folik")),
    ("THY", "Hormonet e tiroides", "7", ("TSH", "FT4")),
)


def test_the_shop_names_the_goods_the_customer_described_in_other_words() -> None:
    # the customer's words name no catalog product; the shop's restatement, said yes to, is
    # the order
    o = parse(
        "c: Guten Tag, ich brauche Blutwerte: Eisenspeicher, Cobalamin und Folsäure",
        "m: Pra: paneli i hekurit 1, vitamina B12 2 (ju dhe vajza), acid folik 1. Esëll.",
        "c: genau so. " + DETAILS[3:],
        catalog=LAB,
    )
    assert sorted(items(o)) == [
        ("IRN", 1, None),
        ("VIT", 1, "Acidi folik"),
        ("VIT", 2, "Vitamina B12"),
    ]


FLORIST = catalog_of(
    ("RSE", "Buqetë trëndafilash", "30", ("e kuqe", "e bardhë")),
    ("CRD", "Kartolinë", "2", ()),
    ("VAS", "Vazo qelqi", "15", ()),
)


def test_the_restated_variant_named_in_full_replaces_the_customers() -> None:
    # the customer's "red" was corrected in words the reader did not take; the shop's list
    # names the white bouquet and the customer gives the details
    o = parse(
        "c: nje buqete trendafilash te kuqe edhe nje kartoline",
        "c: prit, motra thote ma mire si bora, jo ate",
        "m: Buqetë trëndafilash e bardhë + kartolinë = 32€",
        DETAILS,
        catalog=FLORIST,
    )
    assert sorted(items(o)) == [("CRD", 1, None), ("RSE", 1, "e bardhë")]


PHARMACY = catalog_of(
    ("MSK", "Maska FFP2 (kuti 20 copë)", "11", ()),
    ("GEL", "Xhel dezinfektues", "4", ("0.5 L", "1 L")),
)


def test_a_digit_glued_to_a_code_is_no_count_of_boxes() -> None:
    # "FFP2 kutia": the 2 of the mask's code is no count of boxes
    o = parse(
        "c: dua nje kuti maska ffp2 edhe xhel 1 litersh 2 cope",
        "m: Xhel 1 L x2, FFP2 kutia 11€. Adresa?",
        DETAILS,
        catalog=PHARMACY,
    )
    assert sorted(items(o)) == [("GEL", 2, "1 L"), ("MSK", 1, None)]


SAFETY = catalog_of(
    ("BLK", "Batanije zjarri", "20", ("1x1 m", "1.2x1.2 m")),
    ("DET", "Detektor tymi", "25", ("me bateri", "WiFi")),
    ("LMP", "Llambë emergjence", "15", ()),
)


def test_the_restatement_starts_at_its_opener_after_a_price_answer() -> None:
    # the shop first prices what was asked, then restates from "OK:"; the lamp the shop
    # named twice for the customer's own words is one lamp
    o = parse(
        "c: one fire blanket 1.2x1.2 m please, and the smart smoke alarm for the phone",
        "c: and the light from your video, the one that turns on in a blackout",
        "m: Detektor WiFi 25€, llambë emergjence 15€. OK: 1 batanije zjarri 1.2x1.2 m + 1 "
        "detektor tymi WiFi + 1 llambë emergjence. Adresa?",
        DETAILS,
        catalog=SAFETY,
    )
    assert sorted(items(o)) == [("BLK", 1, "1.2x1.2 m"), ("DET", 1, "WiFi"), ("LMP", 1, None)]


def test_a_price_answer_before_the_opener_is_no_part_of_the_restatement() -> None:
    # "Batanije 1x1 m 20€." answers a question; the restatement starts at "Pra" and its
    # sizes are the order's
    o = parse(
        "c: dua dy batanije zjarri te vogla dhe nje detektor tymi me bateri",
        "c: sa kushton batanija e vogel?",
        "m: Batanije zjarri 1x1 m 20€. Pra 2 batanije zjarri 1x1 m + 1 detektor tymi me "
        "bateri. Adresa?",
        "c: po, " + DETAILS[3:],
        catalog=SAFETY,
    )
    assert sorted(items(o)) == [("BLK", 2, "1x1 m"), ("DET", 1, "me bateri")]
