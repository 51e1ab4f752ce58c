"""Session 12, round 2: counts. Invented shops and sentences (none from a corpus): the
merchant's restatement that answers the customer's change of count at the end of the
conversation, and Turkish tens as number words."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ANA = "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567"


NURSERY = catalog_of(
    ("ROSE", "Fidan trëndafili", "6", ("i kuq", "i bardhë")),
    ("SOIL", "Dhe për lule", "4", ("thes 20 L", "thes 50 L")),
    ("POT", "Vazo plastike", "3", ()),
    ("OAK", "Trungje dushku", "45", ("1 m", "50 cm", "33 cm")),
    ("BEECH", "Trungje ahu", "50", ("1 m", "50 cm", "33 cm")),
)


def test_merchant_restatement_closing_on_a_change_of_count_is_taken() -> None:
    # the customer asks for fewer in words the parser does not read as a correction; the
    # merchant's "Kein Problem: …" restates the new counts and nobody writes after it
    o = parse(
        "c: dua 7 metra trungje dushku 33 cm dhe 2 vazo plastike",
        "m: 7 m³ trungje dushku 33 cm + 2 vazo plastike = 300€. Adresa?",
        ANA,
        "m: Faleminderit! Ju thërrasim para se të vijmë.",
        "c: sorry, 7 are too many for the cellar, what fits in 2 by 2 metres?",
        "m: Kein Problem: 4 m³ trungje dushku 33 cm + 2 vazo plastike = 199.50€ me transport.",
        catalog=NURSERY,
    )
    assert sorted(items(o)) == [("OAK", 4, "33 cm"), ("POT", 2, None)]


def test_closing_restatement_without_a_number_before_it_changes_nothing() -> None:
    # the customer's last message says no number: the merchant's differing count is not an
    # answer to a change and does not override what the customer ordered
    o = parse(
        "c: dua 8 fidane trendafili te kuq dhe 2 thase dhe per lule 50 L",
        ANA,
        "c: faleminderit shume",
        "m: Ok: 6 fidan trëndafili i kuq + 2 thes dhe 50 L = 44€.",
        catalog=NURSERY,
    )
    assert ("ROSE", 8, "i kuq") in items(o)


def test_closing_restatement_adds_no_line() -> None:
    # the merchant's closing line names a product the customer never ordered: not taken
    o = parse(
        "c: dua 8 fidane trendafili te kuq",
        ANA,
        "c: jo 8, vetem 5 ju lutem",
        "m: Ok: 5 fidan trëndafili i kuq + 3 vazo plastike = 33€.",
        catalog=NURSERY,
    )
    assert ("POT", 3, None) not in items(o)


def test_turkish_tens_are_number_words() -> None:
    o = parse(
        "c: merhaba, kırk vazo plastike istiyorum",
        ANA,
        catalog=NURSERY,
    )
    assert items(o) == [("POT", 40, None)]


BAKERY = catalog_of(
    ("SIMIT", "Simit susami", "0.5", ()),
    ("FLOUR", "Miell gruri", "12", ("thes 25 kg", "thes 50 kg")),
)


def test_a_count_before_a_postposed_not_is_replaced_by_the_next() -> None:
    # Turkish "X değil Y olsun" (not X, let it be Y), the new count above twenty and in words
    o = parse(
        "c: 30 simit susami istiyorum",
        ANA,
        "c: pardon, 30 değil elli olsun",
        catalog=BAKERY,
    )
    assert items(o) == [("SIMIT", 50, None)]


def test_turkish_sack_and_bag_words_count_the_product_asked_about() -> None:
    # "çuval" (sack), "torba" (bag) after a count above twenty, the product named in the
    # question before: a count of containers, not a number of nothing
    for text in ("c: 30 çuval istiyorum", "c: 30 torba istiyorum"):
        o = parse(
            "c: miell gruri 25 kg var mı? çuval fiyatı ne kadar?",
            "m: Po, miell gruri 25 kg çuval 12€.",
            text,
            ANA,
            catalog=BAKERY,
        )
        assert items(o) == [("FLOUR", 30, "thes 25 kg")], text


CAMPING = catalog_of(
    ("GAS3", "Gas cylinder 3 kg", "25", ()),
    ("LAMP", "Camping lamp", "15", ()),
)


def test_gas_cylinder_words_across_languages() -> None:
    # Serbian "plinske boce", German "Gasflaschen" name the catalog's gas cylinder
    for text in ("c: treba mi 2 plinske boce i jedna lampa", "c: ich brauche 2 Gasflaschen"):
        o = parse(text, ANA, catalog=CAMPING)
        assert ("GAS3", 2, None) in items(o), text


def test_plural_imperative_of_make_changes_a_count() -> None:
    # "bëjini 5" (make them 5): the plural imperative with its object, as "bëje 5" does
    o = parse(
        "c: dua 2 thase miell gruri 25 kg dhe 4 simit susami",
        ANA,
        "c: simitet bejini 6 ju lutem, erdhen musafiret",
        catalog=BAKERY,
    )
    assert sorted(items(o)) == [("FLOUR", 2, "thes 25 kg"), ("SIMIT", 6, None)]
