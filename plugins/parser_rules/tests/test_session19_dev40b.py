"""Session 19 (dev40, second half): invented shops and sentences (none taken from a corpus)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARTA = "c: Arta Leka, Rr. Myslym Shyri 12, Tiranë, 069 555 1234"

# a laboratory whose package names list in brackets the tests they hold
LAB = catalog_of(
    ("P-REN", "Paketë renale (kreatinina, urea)", "18", ()),
    ("P-HEP", "Paketë hepatike (transaminaza, bilirubina)", "20", ()),
    ("HEM", "Hemogram", "4", ()),
)


def test_a_word_of_the_list_in_a_names_brackets_names_it() -> None:
    # "bilirubina" is only in the brackets of the liver package's name: it names that package
    o = parse(
        "c: doktori me shkroi bilirubinen dhe hemogram",
        "m: 24€ gjithsej. Emri?",
        ARTA,
        catalog=LAB,
    )
    assert sorted(items(o)) == [("HEM", 1, None), ("P-HEP", 1, None)]


# a school shop: a description in brackets says what the shirt is for, it is no name
SCHOOL = catalog_of(
    ("PE-PANTS", "Pantallona sportive (edukim fizik)", "1500", ("S", "M", "L")),
    ("BAG", "Çantë shpine", "3000", ()),
)


def test_a_description_in_brackets_names_nothing() -> None:
    o = parse(
        "c: jam mesuesi i edukimit fizik, dua 3 canta shpine per ekipin",
        "m: 3000 copa. Adresa?",
        ARTA,
        catalog=SCHOOL,
    )
    assert items(o) == [("BAG", 3, None)]


# a pharmacy: "alergjish" is the plural of "alergji" after a noun
PILLS = catalog_of(
    ("TBL-K", "Tableta kolle", "5", ()),
    ("TBL-A", "Tableta alergjish", "6", ()),
)


def test_a_plural_in_ish_meets_its_singular() -> None:
    o = parse("c: dua 2 pako tableta alergjie", ARTA, catalog=PILLS)
    assert items(o) == [("TBL-A", 2, None)]


# a gym sells its membership by the month
GYM = catalog_of(
    ("ABON", "Abonim palestre (në muaj)", "3000", ("paradite", "gjithë ditën")),
    ("PESHQIR", "Peshqir sportiv", "800", ()),
)


def test_months_the_shop_states_count_a_line_sold_per_month() -> None:
    o = parse(
        "c: dua abonimin gjithe diten dhe nje peshqir",
        "m: Sa muaj?",
        "c: tre muaj",
        "m: Peshqir + abonim gjithë ditën për 3 muaj. Adresa?",
        ARTA,
        catalog=GYM,
    )
    assert sorted(items(o)) == [("ABON", 3, "gjithë ditën"), ("PESHQIR", 1, None)]


# a florist: the customer goes to look elsewhere
FLOWERS = catalog_of(
    ("TUL", "Buqetë me tulipanë", "2500", ("të verdhë", "të kuq")),
    ("VAZO", "Vazo qelqi", "1200", ()),
)


def test_going_to_look_elsewhere_withdraws_the_order() -> None:
    o = parse(
        "c: dua nje buqete me tulipane te verdhe per sot ne 5",
        "m: Sot deri ne 5 nuk arrijme, neser ne mengjes po.",
        "c: me duhet sot patjeter, do shikoj gjetiu. faleminderit",
        catalog=FLOWERS,
    )
    assert not o.is_order


def test_looking_elsewhere_in_english_withdraws_too() -> None:
    o = parse(
        "c: I'd like a bouquet of yellow tulips for today at 5",
        "m: We can't make it by 5 today, tomorrow morning yes.",
        "c: I need it today, I'll look elsewhere then. thanks",
        catalog=FLOWERS,
    )
    assert not o.is_order
