"""Session 20 (dev43, first half): invented shops and sentences (none taken from a corpus)."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

# a ski school in the mountains: lessons per person, a bus per seat
SKI = catalog_of(
    ("LESSON", "Mësim ski në grup (për person)", "30", ("fillestar", "avancuar")),
    ("BUS", "Autobus nga Prishtina (për ulëse)", "10", ("vajtje", "vajtje-ardhje")),
    ("RENT", "Qira pajisjesh ski", "15", ()),
)


def test_the_shops_booking_that_closes_the_chat_is_the_order() -> None:
    # "Rezervuar Blerta: …" opens the shop's restatement; no customer message disputes it
    o = parse(
        "c: pershendetje, jemi 6 shoke, duam mesim ski edhe qira pajisjesh ski",
        "m: Po, mësimi 30€/person, pajisjet 15€ seti. Fillestar apo avancuar?",
        "c: ok, rezervojeni. Blerta Hoxha 044 123 456. Disa prej nesh kane bere ski me pare",
        "m: Rezervuar Blerta: mësim ski fillestar 6 persona, qira pajisjesh ski x4.",
        catalog=SKI,
    )
    assert sorted(items(o)) == [("LESSON", 6, "fillestar"), ("RENT", 4, None)]


def test_the_shops_booking_with_a_count_in_the_unit_sold_per() -> None:
    # each line takes the count of the unit its name is priced per (persons, seats)
    o = parse(
        "c: pershendetje, jemi 6 shoke, duam mesim ski fillestar edhe autobus nga Prishtina "
        "vajtje-ardhje",
        "m: Po, mësimi 30€/person, autobusi 10€ ulësja.",
        "c: ok, rezervojeni. Blerta Hoxha 044 123 456. Dy prej nesh vijne me makine",
        "m: Rezervuar Blerta: mësim ski fillestar 6 persona, autobus vajtje-ardhje 4 ulëse.",
        catalog=SKI,
    )
    assert sorted(items(o)) == [("BUS", 4, "vajtje-ardhje"), ("LESSON", 6, "fillestar")]


def test_a_closing_list_with_a_part_not_read_is_not_taken() -> None:
    # guard: "shporta me ushqim" names nothing of the catalog, so the closing list is not read
    # whole and the customer's lines stand
    o = parse(
        "c: pershendetje, duam mesim ski fillestar per 3 veta edhe qira pajisjesh ski",
        "m: Po, 30€/person.",
        "c: ok. Blerta Hoxha 044 123 456",
        "m: Rezervuar Blerta: mësim ski fillestar 3 persona, shporta me ushqim 3.",
        catalog=SKI,
    )
    assert sorted(items(o)) == [("LESSON", 3, "fillestar"), ("RENT", 1, None)]


# a boat trip operator: each trip priced per person
BOAT = catalog_of(
    ("TOUR", "Xhiro me varkë në liqen (për person)", "20", ()),
    ("DIVE", "Zhytje me instruktor (për person)", "50", ()),
)


def test_each_line_takes_the_people_said_after_its_own_name() -> None:
    # two numbers of people in the chat: each belongs to the line it follows
    o = parse(
        "c: pershendetje, duam xhiro me varke per 5 veta dhe zhytje me instruktor per 2 veta",
        "m: Po, të shtunën në 10.",
        "c: ok rezervo. Arta Berisha 069 234 5678",
        catalog=BOAT,
    )
    assert sorted(items(o)) == [("DIVE", 2, None), ("TOUR", 5, None)]


def test_only_for_a_number_of_people_keeps_the_other_lines() -> None:
    # "Xhiro vetem per 4": "only" says how many the trip is for, not "only the trip"
    o = parse(
        "c: pershendetje, duam xhiro me varke per 5 veta edhe zhytje me instruktor per 5 veta",
        "m: Po, xhiro 20€, zhytja 50€ për person.",
        "c: nje nuk vjen. Xhiro vetem per 4 se Ana vjen vete",
        "c: Arta Berisha 069 234 5678",
        catalog=BOAT,
    )
    assert {p for p, _q, _v in items(o)} == {"DIVE", "TOUR"}
    assert ("DIVE", 5, None) in items(o)


# an airport shuttle company that also sells its transfer under the general word "transport"
SHUTTLE = Catalog(
    products=(
        CatalogProduct(
            "TRF",
            "Transfertë nga aeroporti (për ulëse)",
            ("transport",),
            Decimal("15"),
            ("vajtje", "kthim"),
        ),
        CatalogProduct("BAG", "Bagazh shtesë", (), Decimal("5"), ()),
    )
)


def test_a_general_word_the_shop_names_a_product_by_alone_names_it() -> None:
    # "transport" names no goods in general; this shop sells its transfer by that word alone
    o = parse(
        "c: pershendetje, na duhet transport per 3 veta, vajtje",
        "c: ok. Ilir Gashi 068 123 4567",
        catalog=SHUTTLE,
    )
    assert items(o) == [("TRF", 1, "vajtje")]


def test_the_day_in_a_restatement_is_no_unread_goods() -> None:
    # ", 14 shkurt": a count of a date word is the day booked, not a part of goods left unread;
    # the customer's two lines of the lesson (the level switched) restated as one are that one
    o = parse(
        "c: pershendetje, duam mesim ski fillestar per 3 veta",
        "m: Po, 30€ për person.",
        "c: Blerta Hoxha 044 123 456... prit, dhe bojeni te avancuarin se thone qe ia vlen",
        "m: Rregulluar: mësim ski avancuar 3 persona, 14 shkurt.",
        "c: perfekt faleminderit",
        catalog=SKI,
    )
    assert items(o) == [("LESSON", 3, "avancuar")]


# a bakery selling cakes by flavour
CAKES = catalog_of(
    ("CAKE", "Tortë me porosi (për copë)", "25", ("çokollatë", "vanilje", "frutat e pyllit")),
    ("CANDLE", "Qiri numër", "2", ()),
)


def test_one_line_the_shop_restates_of_two_read_is_the_one_kept() -> None:
    # the customer switched flavour; the reader kept both; the shop's accepted line is one
    o = parse(
        "c: pershendetje, dua 2 torta me cokollate per te shtunen",
        "m: Po, 25€ copa.",
        "c: bojini me vanilje me mire se femijet sduan cokollate",
        "m: Pra: 2 torta vanilje. Në rregull?",
        "c: po. Mira Dushi 068 765 4321",
        catalog=CAKES,
    )
    assert items(o) == [("CAKE", 2, "vanilje")]


def test_the_shop_splitting_one_line_by_variant_is_the_order() -> None:
    # "4 me cokollate, 4 me fruta" read as one line; the shop's two counted lines are taken
    o = parse(
        "c: pershendetje, 4 torta me cokollate, 4 ato me frutat e pyllit",
        "m: Konfirmoj: 4 torta çokollatë, 4 torta frutat e pyllit.",
        "c: po sakte. Mira Dushi 068 765 4321",
        catalog=CAKES,
    )
    assert sorted(items(o)) == [("CAKE", 4, "frutat e pyllit"), ("CAKE", 4, "çokollatë")]


def test_the_shops_town_without_a_street_is_no_delivery_city() -> None:
    # a booking: the shop names where to meet; nothing is delivered there
    o = parse(
        "c: pershendetje, duam xhiro me varke per 4 veta te dielen",
        "m: Po, 20€ për person. Emri?",
        "c: Arta Berisha 069 234 5678",
        "m: Faleminderit! Takohemi në Pogradec te skela në 10:00.",
        catalog=BOAT,
    )
    assert o.city is None


def test_a_yes_and_the_customers_name_before_a_colon_opens_the_booking() -> None:
    o = parse(
        "c: pershendetje, jemi 6 shoke, duam mesim ski fillestar edhe qira pajisjesh ski",
        "m: Po, mësimi 30€/person, pajisjet 15€ seti.",
        "c: ok, rezervojeni. Blerta Hoxha 044 123 456. Dy prej nesh i kane pajisjet",
        "m: Ok Blerta: mësim ski fillestar 6 persona, qira pajisjesh ski x4.",
        catalog=SKI,
    )
    assert sorted(items(o)) == [("LESSON", 6, "fillestar"), ("RENT", 4, None)]


def test_goods_the_customer_has_myself_in_a_sentence_of_their_own_are_not_ordered() -> None:
    o = parse(
        "c: pershendetje, dua 1 torte me vanilje per ditelindje. Qiri numer e kam vete.",
        "m: Po, 25€.",
        "c: ok. Mira Dushi 068 765 4321",
        catalog=CAKES,
    )
    assert items(o) == [("CAKE", 1, "vanilje")]


# a plumber: a boiler, its fitting offered by the shop
PLUMBER = catalog_of(
    ("BOILER", "Bojler elektrik 80 L", "180", ("blerje", "me këste")),
    ("FIT", "Montim bojleri", "30", ()),
)


def test_the_shops_closing_booking_takes_the_fitting_it_offered() -> None:
    # "Ok Drita, bojler … + montim": a yes and the customer's name, then the shop books the
    # fitting it offered and the customer answered with the address
    o = parse(
        "c: pershendetje, dua nje bojler elektrik 80 L",
        "m: Po, 180€, montimi 30€ me vizitë. Adresa?",
        "c: Rr. Iliria 4, Gjakove. Drita 049 111 222",
        "m: Ok Drita, bojler elektrik 80 L + montim. Vijmë të martën.",
        catalog=PLUMBER,
    )
    assert sorted(items(o)) == [("BOILER", 1, None), ("FIT", 1, None)]
