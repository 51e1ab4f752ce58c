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
    # "Rezervuar Blerta: …" opens the shop's restatement; no customer message disputes it, and
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


def test_only_for_a_number_of_people_counts_and_keeps_the_other_lines() -> None:
    # "zhytje vetem per 2": "only" says how many the dive is for, not "only the dive"
    o = parse(
        "c: pershendetje, duam xhiro me varke per 5 veta edhe zhytje me instruktor",
        "m: Po, xhiro 20€, zhytja 50€ për person.",
        "c: zhytje vetem per 2 veta, te tjeret nuk dine not. Arta Berisha 069 234 5678",
        catalog=BOAT,
    )
    assert sorted(items(o)) == [("DIVE", 2, None), ("TOUR", 5, None)]


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
        "m: Po, 15€ ulësja.",
        "c: ok. Ilir Gashi 068 123 4567",
        catalog=SHUTTLE,
    )
    assert items(o) == [("TRF", 1, "vajtje")]
