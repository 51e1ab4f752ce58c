"""Session 18 (dev38, first half): new trades' orders. Invented shops and sentences, none from
a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

BLERIM = "c: Blerim Hasani, Rr. Adem Jashari 9, Gjilan, 044 512 330"

FLOORS = catalog_of(
    ("PRK", "Parket laminat (m²)", "14", ("lis", "arre")),
    ("BRD", "Listelë muri (metër linear)", "3", ("6 cm", "8 cm")),
    ("GLU", "Ngjitës parketi 5 kg", "18", ()),
    ("TAP", "Shirit izolimi (metër linear)", "1", ()),
    ("CUT", "Profil alumini", "5", ("2 m", "3 m")),
)


def test_the_shops_computed_square_metres_count_a_line_sold_by_area() -> None:
    # the customer gives the room's sides; the shop computes and rounds the square metres
    o = parse(
        "c: dua parket laminat arre per dhomen, 4 metra e gjate, 3.3 e gjere",
        "m: 4 × 3,3 = 13,2 m², e marrim 14 m² me humbjet.",
        "c: mire",
        BLERIM,
        catalog=FLOORS,
    )
    assert items(o) == [("PRK", 14, "arre")]


def test_the_shops_computed_metres_count_a_line_sold_by_the_metre() -> None:
    # "3 mure nga 2 metra e gjysem": the shop states 7.5 → 8 metres of skirting
    o = parse(
        "c: pershendetje, me duhet listele muri 8 cm per 3 mure, secili 2 metra e gjysem",
        "m: 3 × 2,5 = 7,5, pra 8 metër linear listelë 8 cm.",
        "c: ok",
        BLERIM,
        catalog=FLOORS,
    )
    assert items(o) == [("BRD", 8, "8 cm")]


def test_two_amounts_of_the_shop_are_options() -> None:
    # guard: "8 m ose 9 m" offers two amounts, and the shop states neither
    o = parse(
        "c: dua 7 metra listele muri 6 cm",
        "m: Ju këshillojmë 8 metër linear ose 9 metër linear me tepricë.",
        "c: ok",
        BLERIM,
        catalog=FLOORS,
    )
    assert items(o) == [("BRD", 7, "6 cm")]


def test_the_customers_amount_after_the_shops_advice_stands() -> None:
    # guard: the shop advises 8 metres; the customer then says 7 metres of the tape
    o = parse(
        "c: dua shirit izolimi",
        "m: Zakonisht për një derë duhen 8 metër linear.",
        "c: jo, mjaftojne 7 metra",
        BLERIM,
        catalog=FLOORS,
    )
    assert items(o) == [("TAP", 7, None)]


def test_the_metres_of_another_product_in_the_shops_sentence_count_nothing() -> None:
    # guard: "Profil alumini 3 m x2": the metres are the other product's variant, not the
    # tape's metres
    o = parse(
        "c: dua 12 metra shirit izolimi dhe 2 profile alumini 3 m",
        "m: Profil alumini 3 m x2, 10 €.",
        "c: ok",
        BLERIM,
        catalog=FLOORS,
    )
    assert sorted(items(o)) == [("CUT", 2, "3 m"), ("TAP", 12, None)]


RENTALS = catalog_of(
    ("TNT", "Tendë kampingu me qira (javë)", "20", ("4 veta", "6 veta")),
    ("CSE", "Kosto ftohëse me qira (3 ditë)", "10", ("25 L", "40 L")),
    ("STL", "Karrige palosëse me qira (javë)", "8", ("standarde", "e lehtë alumini")),
    ("PAN", "Tavë alumini", "12", ()),
)


def test_the_shops_weeks_count_a_line_sold_per_week() -> None:
    # one tent rented per week: the weeks the shop states are its count
    o = parse(
        "c: a keni tende kampingu me qira? per 6 veta",
        "m: Po, 20 € në javë. Sa javë?",
        "c: per pushime ne gusht, 2 jave",
        "m: Ok, 2 javë tendë 6 veta.",
        BLERIM,
        catalog=RENTALS,
    )
    assert items(o) == [("TNT", 2, "6 veta")]


def test_a_variant_word_of_the_line_names_no_other_product() -> None:
    # "2 javë, e lehtë alumini": "alumini" is a word of the chair's variant, not the aluminium
    # pan's name, so the sentence still states the chair's weeks
    o = parse(
        "c: dua nje karrige palosese me qira, ajo e lehta",
        "m: 8 € në javë. Për sa kohë?",
        "c: 2 jave",
        "m: Ok, 2 javë, e lehtë alumini.",
        BLERIM,
        catalog=RENTALS,
    )
    assert items(o) == [("STL", 2, "e lehtë alumini")]


def test_a_fixed_term_in_the_name_is_no_price_per_day() -> None:
    # guard: "(3 ditë)" is the rental's term; "5 ditë" the shop says is no count of it
    o = parse(
        "c: dua nje kosto ftohese me qira 40 L",
        "m: Ok, kosto 40 L, e ktheni pas 5 ditë me pagesë shtesë.",
        "c: mire",
        BLERIM,
        catalog=RENTALS,
    )
    assert items(o) == [("CSE", 1, "40 L")]
