"""Session 18 (lines split by variant): one product asked for several kinds at once is one line
per kind, and the shop's accepted restatement that splits one product by variant replaces that
product's line only. Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

TRAIN = catalog_of(
    ("TRN", "Biletë treni Shkup", "20", ("i rritur", "fëmijë deri 10 vjeç", "student")),
    ("BIK", "Biçikletë në tren", "8", ("deri 15 kg", "15–25 kg")),
    ("JAC", "Jelek shpëtimi", "18", ("i rritur", "fëmijë")),
)
KIDS = catalog_of(
    ("JKT", "Xhaketë dimri për fëmijë", "40", ("128", "140", "152")),
    ("CAP", "Kapelë leshi", "8", ()),
)
ARTA = "c: ok. Arta Krasniqi, Rr. Dardania 4, Prishtinë, 044 234 567"


def test_then_and_a_count_open_the_shops_restatement() -> None:
    # "Atëherë 1 … dhe 1 …": "then" before a count concludes what was said, as "Pra: …" does;
    # the customer's two bikes become one line per weight class
    o = parse(
        "c: dua nje bilete treni per Shkup dhe 2 biçikleta ne tren",
        "m: Sa peshojnë biçikletat?",
        "c: njera eshte elektrike, tjetra e lehte",
        "m: Atëherë 1 biçikletë 15–25 kg dhe 1 biçikletë deri 15 kg.",
        ARTA,
        catalog=TRAIN,
    )
    # (the one ticket, no child named, is the adult one: session 23, person_tiers)
    assert items(o) == [("TRN", 1, "i rritur"), ("BIK", 1, "15–25 kg"), ("BIK", 1, "deri 15 kg")]


def test_a_size_after_then_opens_no_restatement() -> None:
    # "Atëherë 152 i shkon mirë": the number after "then" is a size, not a count of jackets
    o = parse(
        "c: e doni xhaketen e dimrit per femije? per djalin 11 vjec",
        "m: Atëherë 152 i shkon mirë; 140 do t'i rrinte ngushtë. 40€.",
        "c: ok 152. Arta Krasniqi, Rr. Dardania 4, Prishtinë, 044 234 567",
        catalog=KIDS,
    )
    assert items(o) == [("JKT", 1, "152")]


def test_a_restatement_of_one_product_split_by_variant_keeps_the_other_lines() -> None:
    # "Pra 1 … 15–25 kg dhe 1 … deri 15 kg" restates the bikes only: the ticket stays
    o = parse(
        "c: dua nje bilete treni per Shkup dhe 2 biçikleta ne tren",
        "m: Sa peshojnë biçikletat?",
        "c: njera eshte elektrike, tjetra e lehte",
        "m: Pra 1 biçikletë 15–25 kg dhe 1 biçikletë deri 15 kg.",
        ARTA,
        catalog=TRAIN,
    )
    # (the one ticket, no child named, is the adult one: session 23, person_tiers)
    assert items(o) == [("TRN", 1, "i rritur"), ("BIK", 1, "15–25 kg"), ("BIK", 1, "deri 15 kg")]


def test_adults_and_children_are_two_lines_of_one_ticket() -> None:
    # "të rritur" (adults) names the catalog's "i rritur" (an adult): two lines by passenger
    o = parse("c: dua bileta treni per Shkup, 2 të rritur dhe 1 fëmijë", ARTA, catalog=TRAIN)
    assert items(o) == [("TRN", 2, "i rritur"), ("TRN", 1, "fëmijë deri 10 vjeç")]


def test_adults_said_after_a_count_name_the_adult_variant() -> None:
    o = parse("c: me duhen jeleke shpetimi, 3 te rritur e 2 femije", ARTA, catalog=TRAIN)
    assert items(o) == [("JAC", 3, "i rritur"), ("JAC", 2, "fëmijë")]


def test_the_shops_split_by_passenger_stands_when_the_customer_answers_on() -> None:
    # "Në rregull: 2 të rritur … dhe 1 fëmijë …. Për cilën ditë?" - the day - the shop goes on:
    # the customer left the split as stated
    o = parse(
        "c: dua 3 bileta treni per Shkup per familjen",
        "m: Në rregull: 2 të rritur 20€ dhe 1 fëmijë deri 10 vjeç 12€. Për cilën ditë?",
        "c: per te shtunen ne mengjes",
        "m: Mirë. Emri dhe numri?",
        "c: Arta Krasniqi, 044 234 567",
        catalog=TRAIN,
    )
    assert sorted(items(o)) == [("TRN", 1, "fëmijë deri 10 vjeç"), ("TRN", 2, "i rritur")]


def test_a_no_after_the_shops_split_keeps_the_customers_line() -> None:
    o = parse(
        "c: dua 3 bileta treni per Shkup per familjen",
        "m: Në rregull: 2 të rritur 20€ dhe 1 fëmijë deri 10 vjeç 12€. Për cilën ditë?",
        "c: jo, djali nuk vjen. per te shtunen",
        "m: Mirë. Emri dhe numri?",
        "c: Arta Krasniqi, 044 234 567",
        catalog=TRAIN,
    )
    assert ("TRN", 1, "fëmijë deri 10 vjeç") not in items(o)


def test_the_gheg_form_of_adults_names_the_adult_variant() -> None:
    # "të rritun" (Gheg for "të rritur")
    shop = catalog_of(("VST", "Jelek shpëtimi", "18", ("fëmijë", "të rritur")))
    o = parse("c: jelek shpetimi 3 per te rritun", ARTA, catalog=shop)
    assert [(p, v) for p, _q, v in items(o)] == [("VST", "të rritur")]
