"""Session 21: order detection, missed and false orders (invented shops and messages, each in
another trade than the conversation that led to the rule)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

PAINT = catalog_of(
    ("BOJE", "Bojë muri", "2400", ("e bardhë", "krem")),
    ("RUL", "Rul bojë", "600", ()),
)
BOOKS = catalog_of(
    ("ATLAS", "World atlas", "3000", ("hardcover", "paperback")),
    ("MAP", "Wall map", "1500", ()),
)
BAKERY = catalog_of(
    ("TORTE", "Tortë me krem", "2500", ()),
    ("KURAB", "Kurabie", "800", ()),
)
FURNITURE = catalog_of(
    ("TAV", "Tavolinë druri", "18000", ()),
    ("KAR", "Karrige druri", "4000", ()),
    ("MBUL", "Mbulesë tavoline", "1500", ()),
)
SALON = catalog_of(
    ("NGJYR", "Ngjyrosje flokësh", "3000", ("e shkurtër", "e gjatë")),
    ("PRER", "Prerje flokësh", "1000", ()),
)
DETAILS = "Ana Hoxha, Rr. Kavajes 3, Tirane, 069 223 1180"
CARWASH = catalog_of(
    ("LARJE", "Larje e plotë", "800", ()),
    ("POLISH", "Polirim", "2500", ()),
)


def test_coming_for_the_goods_at_an_hour_settles_the_order() -> None:
    """Paint shop: the shop answers the customer's question and asks about collection; "I'll
    come tomorrow at 10" settles the order as delivery details do; coming to look first does
    not."""
    for coming, ordered in (
        ("po vij neser ne 10", True),
        ("vij per 20 minuta", True),
        ("ok vij vete mbas dreke", True),
        ("vij ne dyqan ta shoh njehere", False),
    ):
        o = parse(
            "c: a keni boje muri krem?",
            "m: Po, bojë muri krem 2400 kova. I merrni vetë në dyqan?",
            f"c: {coming}",
            catalog=PAINT,
        )
        assert o.is_order is ordered, coming
        if ordered:
            assert items(o) == [("BOJE", 1, "krem")], coming


def test_sending_the_payment_is_no_hesitation() -> None:
    """Bookshop: "bank transfer, send details" and "I'll send the 3000 now" pay for the order;
    they do not put it off (unlike "I'll send you a message later")."""
    o = parse(
        "c: I'd like the world atlas, hardcover",
        "m: Hardcover atlas 3000. Cash on delivery or bank transfer?",
        "c: bank transfer, send details. Deliver to Rr. Kavajes 3, Tirane, Ana Hoxha 069 223 1180",
        "m: IBAN sent",
        "c: I'll send the 3000 now",
        catalog=BOOKS,
    )
    assert o.is_order
    o = parse(
        "c: I'd like the world atlas, hardcover. Ana Hoxha, Rr. Kavajes 3, Tirane, 069 223 1180",
        "m: ok",
        "c: hmm I'll send you a message later",
        catalog=BOOKS,
    )
    assert not o.is_order


def test_only_in_the_next_sentence_narrows_the_order() -> None:
    """Bakery: "we don't need that one any more. only the biscuits" narrows the order to the
    biscuits; the cancellation is not of the order."""
    for change in (
        "me fal, nuk na duhet me ajo, e beri gjyshja. vetem kurabiet",
        "me fal, ate e anulojme. vetem kurabiet",
    ):
        o = parse(
            f"c: dua nje torte me krem dhe 2 kurabie. {DETAILS}",
            "m: Ne rregull",
            f"c: {change}",
            catalog=BAKERY,
        )
        assert o.is_order and items(o) == [("KURAB", 2, None)], change


def test_keeping_only_part_of_the_shops_proposal_orders_it() -> None:
    """Furniture shop: the shop proposes a table and chairs and offers a tablecloth; "no
    tablecloth, that another time, only the table and chairs" orders those (the hesitation
    before "only" narrows the order)."""
    for answer in (
        "jo mbulesen, ate here tjeter, vetem tavolinen dhe karriget",
        "jo mbulesen, e kemi nje, vetem tavolinen dhe karriget",
    ):
        o = parse(
            "c: pershendetje, a keni tavoline druri per 4 veta?",
            "m: Po, tavolinë druri 18000 dhe karrige druri 4000 copa. Doni edhe mbulesë?",
            f"c: {answer}",
            catalog=FURNITURE,
        )
        assert o.is_order and items(o) == [("TAV", 1, None), ("KAR", 1, None)], answer


def test_the_services_named_in_a_complaint_are_no_order() -> None:
    """Hair salon: "yesterday I had the long colouring and 2 cuts. I'm not satisfied" names what was
    had, in a complaint; it orders nothing."""
    o = parse(
        "c: pershendetje, dje bera ngjyrosje flokesh te gjate dhe 2 prerje flokesh. nuk jam e"
        " kenaqur",
        "m: Na vjen keq, ejani neser ta rregullojme falas",
        "c: ok",
        catalog=SALON,
    )
    assert not o.is_order


def test_order_words_after_want_to_know_are_asked_about() -> None:
    """Car wash: "I only want to know who takes it on" after a complaint; "merr" is what the
    customer asks about, not an order (Gheg "due me dit")."""
    o = parse(
        "c: makina ime pas larjes se plote ka nje vije ne dere",
        "m: Na vjen keq, na sillni makinen ta shohim",
        "c: ska nevoj, due vetem me dit kush e merr persiper",
        catalog=CARWASH,
    )
    assert not o.is_order


def test_lost_goods_a_claim_or_a_complaint_gives_no_order() -> None:
    """Dry cleaner's (the shared test shop's leather jacket): goods that "were not found", a
    claim for compensation, "whom do I complain to": the message is about something already
    had, and the details in it identify the customer, not a delivery."""
    for first in (
        f"Pershendetje, xhupi i zi lekure nuk u gjet ne pastrimin kimik. {DETAILS}",
        f"me perplasi nje makine, xhupi i zi lekure u shqye, kerkoj demshperblim. {DETAILS}",
        f"prap xhupi i zi lekure me njolla! {DETAILS}. kujt ti ankohem",
    ):
        o = parse(f"c: {first}", "m: Na vjen keq, e shohim menjehere", "c: ok")
        assert not o.is_order, first
