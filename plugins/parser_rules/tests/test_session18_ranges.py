"""Session 18 (range variants and dates): a measure, an age or a group's size the customer says
picks the variant that is a range holding it, and such a number, or a date, is not the count.
Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

DRITA = "c: Drita Berisha, Rr. Skënderbeu 12, Gjakovë, 049 611 204"

OUTDOOR = catalog_of(
    ("KYK", "Kajak me qira", "30", ("deri 80 kg", "mbi 80 kg")),
    ("CMP", "Kamp veror", "120", ("deri 9 vjeç", "mbi 9 vjeç")),
    ("CAK", "Tortë ditëlindjeje", "25", ("deri 10 persona", "mbi 10 persona")),
    ("BKE", "Biçikletë me qira", "10", ()),
    ("SND", "Dërgesë kutie", "5", ("deri 3 kg", "3–7 kg", "7–15 kg")),
    ("TNK", "Rezervuar uji", "60", ("deri 100 L", "deri 300 L")),
    ("PET", "Transport maceje", "12", ("në kafaz deri 5 kg", "pa kafaz")),
)


def test_a_weight_picks_the_open_range_holding_it() -> None:
    # "mbi 80 kg" (over 80 kg) is a range open at the top: 95 kilos fall in it
    o = parse("c: dua nje kajak me qira, peshoj rreth 95 kile", DRITA, catalog=OUTDOOR)
    assert items(o) == [("KYK", 1, "mbi 80 kg")]


def test_an_age_picks_the_open_range_holding_it() -> None:
    # "mbi 9 vjeç" (over 9 years): the boy of 12 is in it
    o = parse("c: nje vend ne kampin veror per djalin 12 vjeç", DRITA, catalog=OUTDOOR)
    assert items(o) == [("CMP", 1, "mbi 9 vjeç")]


def test_a_number_of_people_picks_the_range() -> None:
    o = parse("c: dua nje torte ditelindjeje per 14 persona", DRITA, catalog=OUTDOOR)
    assert items(o) == [("CAK", 1, "mbi 10 persona")]


def test_a_range_written_with_an_en_dash_is_a_range() -> None:
    # "3–7 kg": the weight 5 is in it, and the 5 kilos are not five boxes
    o = parse("c: dua te dergoj nje kuti, peshon 5 kile", DRITA, catalog=OUTDOOR)
    assert items(o) == [("SND", 1, "3–7 kg")]


def test_the_narrowest_range_holding_the_number_wins() -> None:
    # 80 litres are "up to 100 L" and "up to 300 L": the narrower one
    o = parse("c: me duhet nje rezervuar uji per 80 litra", DRITA, catalog=OUTDOOR)
    assert items(o) == [("TNK", 1, "deri 100 L")]


def test_a_range_said_as_written_is_not_the_next_one_holding_its_bound() -> None:
    # "deri 20 kg" said is not the "20" that "20–30 kg" also holds
    shop = catalog_of(("BAG", "Valixhe shtesë", "15", ("deri 20 kg", "20–30 kg")))
    o = parse("c: nje valixhe shtese deri 20 kg", DRITA, catalog=shop)
    assert items(o) == [("BAG", 1, "deri 20 kg")]


def test_the_bound_of_a_range_is_not_a_count() -> None:
    # the shop's "deri 5 kg" before the product's name is its weight limit, not five of it
    o = parse(
        "c: a mund te marr kafshen ne autobus?",
        "m: Po, deri 5 kg transport maceje 12€.",
        "c: ok, e dua",
        DRITA,
        catalog=OUTDOOR,
    )
    assert [(p, q) for p, q, _v in items(o)] == [("PET", 1)]


def test_a_weight_is_not_a_multiple_of_a_weight_range() -> None:
    # 6 kilos are one box in "3–7 kg", not two boxes of "deri 3 kg"
    o = parse("c: dua dergese kutie 6 kile", DRITA, catalog=OUTDOOR)
    assert items(o) == [("SND", 1, "3–7 kg")]


def test_a_day_after_a_weekday_is_not_a_count() -> None:
    o = parse("c: dua biciklete me qira per te shtunen 14", DRITA, catalog=OUTDOOR)
    assert items(o) == [("BKE", 1, None)]
    o = parse(
        "c: dua biciklete me qira",
        "m: Për cilën ditë?",
        "c: e hënë 12",
        DRITA,
        catalog=OUTDOOR,
    )
    assert items(o) == [("BKE", 1, None)]


def test_a_german_day_of_the_month_closing_the_line_is_not_a_count() -> None:
    o = parse("c: Ich möchte Biçikletë me qira am 9.", DRITA, catalog=OUTDOOR)
    assert items(o) == [("BKE", 1, None)]


def test_kilos_opening_a_piece_do_not_count_a_product_sold_in_weight_ranges() -> None:
    # "4 kg rroba": the weight of what goes in the box, not four boxes
    o = parse("c: dua dergese kutie, 4 kg rroba dhe 2 kg ushqime", DRITA, catalog=OUTDOOR)
    assert items(o) and all(q == 1 for _p, q, _v in items(o))


def test_a_weekday_closed_by_punctuation_does_not_make_the_next_number_a_date() -> None:
    # guard: "të hënën: 2 …" — the count after the colon counts
    o = parse(
        "c: dua biciklete me qira",
        "m: Kur?",
        "c: të hënën: 2 biciklete me qira",
        DRITA,
        catalog=OUTDOOR,
    )
    assert items(o) == [("BKE", 2, None)]
