"""Session 19 (restate): the shop's accepted restatement is the order. Invented shops and
sentences (a garage, a florist, a medical laboratory, a stationer, a pharmacy), none from a
corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.item_state import Item
from plugins.parser_rules.items import ItemReader
from plugins.parser_rules.normalize import clean
from plugins.parser_rules.restated_order import RestatedOrder
from plugins.parser_rules.segments import Sentence, split_sentences
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


def test_a_list_part_not_read_leaves_the_order_as_it_was() -> None:
    # guard: a part of the shop's list ("antifriz blu 5 litra") names goods no line was read
    # for: the list is not the order read whole, so the customer's fluid line is not dropped
    o = parse(
        "c: dua leng xhamash 5 litra, llamba h7 dhe fshirese xhami 55 cm",
        "m: Llamba H7, fshirëse xhami 55 cm, antifriz blu 5 litra. Adresa?",
        DETAILS,
        catalog=GARAGE,
    )
    assert ("FLU", 1, "5 L") in items(o)


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


GROCER = catalog_of(
    ("RIC", "Oriz", "3", ("1 kg", "5 kg")),
    ("OIL", "Vaj ulliri", "9", ("0.5 L", "1 L")),
)
RIC, OIL = 0, 1


def _said(message: int, text: str) -> list[Sentence]:
    return split_sentences(message, clean(text))


def _shop(restated: RestatedOrder, text: str, current: frozenset[int]) -> None:
    restated.merchant(1, text, current, _said(1, text))


def test_a_list_without_opener_is_not_taken_when_the_answer_disputes_it() -> None:
    # guard: "jo, …" answers the shop's list; the earlier state stands (no restatement)
    r = RestatedOrder(index_for(GROCER))
    _shop(r, "Oriz 5 kg, 2 vaj ulliri 1 L?", frozenset({RIC, OIL}))
    assert r.loose is not None
    r.customer(_said(2, "jo, nje vaj mjafton"), named=False, details=True, yes=False)
    assert r.last is None


def test_the_restatement_starts_at_its_opener_after_a_price_answer() -> None:
    # "Vaj ulliri 1 L 9€." prices what was asked; the restatement starts at "Pra" (the oil
    # named in both is one line of the restatement, not a part left unread)
    r = RestatedOrder(index_for(GROCER))
    _shop(r, "Vaj ulliri 1 L 9€. Pra 2 oriz 5 kg + 1 vaj ulliri 1 L.", frozenset({RIC, OIL}))
    assert r.last is not None
    assert sorted((it.product, it.quantity) for it in r.last.items) == [(RIC, 2), (OIL, 1)]


def test_two_lines_of_one_variant_restated_as_one_are_one() -> None:
    # the order holds the oil twice in one variant (read twice); the shop restates one
    r = RestatedOrder(index_for(GROCER))
    _shop(r, "Oriz 5 kg, 1 vaj ulliri 1 L. Adresa?", frozenset({RIC, OIL}))
    r.customer(_said(2, "Rr. Nëna Terezë 12"), named=False, details=True, yes=False)
    lines = [Item(RIC, 1, 1), Item(OIL, 1, 1), Item(OIL, 1, 1)]
    assert r.take(lines)
    assert sorted((it.product, it.quantity, it.variant) for it in lines) == [
        (RIC, 1, 1),
        (OIL, 1, 1),
    ]


FLORIST = catalog_of(
    ("RSE", "Buqetë trëndafilash", "30", ("e kuqe", "e bardhë")),
    ("CRD", "Kartolinë", "2", ()),
)


def test_the_restated_variant_said_in_other_words_replaces_the_customers() -> None:
    # the shop's "të bardha" (not the catalog's "e bardhë" word for word) names the white
    # bouquet, the customer's line was read red; the customer's yes takes the shop's
    r = RestatedOrder(index_for(FLORIST))
    _shop(r, "Buqetë trëndafilash të bardha, kartolinë?", frozenset({0, 1}))
    r.customer(_said(2, "po"), named=False, details=False, yes=True)
    lines = [Item(0, 1, 0), Item(1, 1, None)]
    assert r.take(lines)
    assert [(it.product, it.variant) for it in lines] == [(0, 1), (1, None)]


def test_a_digit_glued_to_a_code_is_no_count_of_boxes() -> None:
    # "FFP2 kutia": the 2 of the mask's code is no count of boxes
    shop = Catalog(
        currency="ALL",
        products=(
            CatalogProduct("MSK", "Maska FFP2 - kuti 20 copë", ("ffp2",), Decimal("11"), ()),
        ),
    )
    reader = ItemReader(index_for(shop))
    for s in _said(0, "FFP2 kutia 20 copë 11€."):
        reader.read(s, commit=True)
    assert [it.quantity for it in reader.state.items] == [1]


def test_bare_amounts_added_up_make_the_list_a_sum() -> None:
    # guard: "3€ + 9 + 1": the amounts after "+" are prices added up, not lines or counts
    # (read as one, "+ 9" counted nine bottles of oil); the list is no restatement to take
    r = RestatedOrder(index_for(GROCER))
    _shop(r, "Oriz 5 kg dhe vaj ulliri 1 L: 3€ + 9 + 1 = 13€", frozenset({RIC, OIL}))
    assert r.loose is None
