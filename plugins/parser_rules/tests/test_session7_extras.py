"""Session 7, extra lines: products that end up in the order though the customer did not order
them. General mechanisms, tested on invented shops of other trades (pantry, party supplies,
lighting, pet shop) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

PANTRY = Catalog(
    products=(
        CatalogProduct("HON", "Mjaltë lule", ("mjalte",), Decimal("1200"), ("450 g", "900 g")),
        CatalogProduct("JAM", "Reçel fiku", ("recel",), Decimal("600"), ()),
        CatalogProduct("TEA", "Çaj jeshil", ("caj",), Decimal("400"), ()),
    )
)

PARTY = Catalog(
    products=(
        CatalogProduct("CUP", "Gota plastike", ("bicchieri", "plastic cups"), Decimal("300"), ()),
        CatalogProduct("NAP", "Peceta letre", (), Decimal("200"), ("e bardhe", "e kuqe")),
        CatalogProduct("BAL", "Balona", ("palloncini", "balloons"), Decimal("500"), ()),
    )
)

LIGHTS = Catalog(
    products=(
        CatalogProduct(
            "DSK", "Llambë tavoline LED", ("llambe tavoline", "desk lamp"), Decimal("3000"), ()
        ),
        CatalogProduct(
            "FLR", "Llambë dyshemeje", ("llambe dyshemeje", "floor lamp"), Decimal("7000"), ()
        ),
        CatalogProduct("BLB", "Poç LED E27", ("poc", "bulb"), Decimal("250"), ()),
    )
)

PETS = Catalog(
    products=(
        CatalogProduct(
            "FOOD", "Ushqim për zogj", ("ushqim zogjsh", "bird food"), Decimal("600"), ()
        ),
        CatalogProduct("CAGE", "Kafaz zogjsh", ("kafaz", "bird cage"), Decimal("4500"), ()),
        CatalogProduct("TOY", "Lodër për zogj", ("loder",), Decimal("350"), ()),
    )
)


# --- a common word of one language that is a product word of another ---------------------


def test_albanian_jam_i_am_is_not_the_english_jam() -> None:
    o = parse("c: dua 2 mjalte 450 g. jam ne Durres, Rruga Taulantia 5", catalog=PANTRY)
    assert items(o) == [("HON", 2, "450 g")]


def test_jemi_we_are_is_not_jam() -> None:
    o = parse("c: Jemi nga Korca, na duhen 3 caj jeshil", catalog=PANTRY)
    assert items(o) == [("TEA", 3, None)]


def test_italian_serve_is_not_serviette() -> None:
    o = parse(
        "c: Buongiorno, vorrei 3 pacchi di bicchieri. Se serve vi mando il numero",
        catalog=PARTY,
    )
    assert items(o) == [("CUP", 3, None)]


def test_the_product_word_in_another_language_still_names_the_product() -> None:
    o = parse("c: vorrei 2 confezioni di marmellata", catalog=PANTRY)
    assert items(o) == [("JAM", 2, None)]
    o = parse("c: 2 pacchi di servietten bitte, rot", catalog=PARTY)
    assert [i[0] for i in items(o)] == ["NAP"]


# --- "not the X one": a product refused after a negation and an article --------------------


def test_refused_after_negation_and_article_albanian() -> None:
    o = parse(
        "c: a e keni nji llambe tavoline per studim, jo te dyshemese se nuk kam vend?",
        "m: Po, 3000 lekë.",
        "c: ok e dua",
        catalog=LIGHTS,
    )
    assert items(o) == [("DSK", 1, None)]


def test_refused_after_negation_and_article_english() -> None:
    o = parse(
        "c: I'd like the desk lamp, not the floor lamp, and 4 bulbs",
        catalog=LIGHTS,
    )
    assert items(o) == [("DSK", 1, None), ("BLB", 4, None)]


def test_negated_question_still_asks_about_its_first_product() -> None:
    # "a nuk e keni X?" asks about X: the negation refuses nothing
    o = parse(
        "c: a nuk e keni llamben e dyshemese?",
        "m: Po, 7000 lekë.",
        "c: ok, dua nje",
        catalog=LIGHTS,
    )
    assert items(o) == [("FLR", 1, None)]


# --- "I don't want to buy X": what follows a negated want is not ordered -------------------


def test_negated_want_albanian() -> None:
    o = parse(
        "c: dua 2 pako ushqim per zogj. S'dua me ble kafaz tani, e kam te vjeter",
        catalog=PETS,
    )
    assert items(o) == [("FOOD", 2, None)]


def test_negated_want_english_and_italian() -> None:
    o = parse("c: 2 bags of bird food please, I don't want a cage yet", catalog=PETS)
    assert items(o) == [("FOOD", 2, None)]
    o = parse("c: vorrei una loder, non voglio comprare il kafaz adesso", catalog=PETS)
    assert items(o) == [("TOY", 1, None)]


def test_a_want_after_no_still_orders() -> None:
    # "jo, dua ..." answers the merchant: the want after it is an order
    o = parse(
        "c: a keni kafaz zogjsh?",
        "m: Po, 4500 lekë. Edhe ushqim?",
        "c: jo, dua vetem kafazin",
        catalog=PETS,
    )
    assert items(o) == [("CAGE", 1, None)]


# --- a modifier word that qualifies the noun before it --------------------------------------

BATH = Catalog(
    products=(
        CatalogProduct("TOW", "Peshqir pambuku", ("peshqir",), Decimal("900"), ("i bardhe", "gri")),
        CatalogProduct("MAT", "Tapet banje", ("tapet banjo", "bath mat"), Decimal("1500"), ()),
        CatalogProduct("SOAP", "Sapun natyral", ("sapun",), Decimal("200"), ()),
    )
)

CAR = Catalog(
    products=(
        CatalogProduct("CHG", "Karikues makine", ("car charger",), Decimal("1200"), ()),
        CatalogProduct("CBL", "Kabllo USB-C", ("kabllo",), Decimal("500"), ("1 m", "2 m")),
    )
)

CAFE = Catalog(
    products=(
        CatalogProduct("MLK", "Kafe me qumësht", (), Decimal("150"), ()),
        CatalogProduct("BLK", "Kafe e zezë", ("espresso",), Decimal("100"), ()),
    )
)


def test_genitive_modifier_after_another_product_is_no_item() -> None:
    # "the towels of the bathroom": "banjës" is a word of "Tapet banje", but not its head
    o = parse("c: dua 2 peshqir te bardhe te banjes", catalog=BATH)
    assert items(o) == [("TOW", 2, "i bardhe")]


def test_modifier_after_a_preposition_following_a_noun_is_no_item() -> None:
    # "I use it at work with the car": the car qualifies the work, not an order of a car charger
    o = parse("c: me duhet nje kabllo 2 m, e perdor ne pune me makine", catalog=CAR)
    assert items(o) == [("CBL", 1, "2 m")]
    o = parse("c: kam provimin per makine, me duhet nje kabllo 1 m", catalog=CAR)
    assert items(o) == [("CBL", 1, "1 m")]


def test_modifier_after_a_count_still_names_its_product() -> None:
    o = parse("c: dua nje me qumesht", catalog=CAFE)
    assert items(o) == [("MLK", 1, None)]
    o = parse("c: nje karikues makine dhe nje kabllo 1 m", catalog=CAR)
    assert items(o) == [("CHG", 1, None), ("CBL", 1, "1 m")]


def test_modifier_after_a_container_or_something_names_its_product() -> None:
    # "2 shishe të banjës": the bath product in bottles; "diçka për banjë": something for it
    o = parse("c: 2 pako te banjes ju lutem", catalog=BATH)
    assert items(o) == [("MAT", 2, None)]


PIZZA = Catalog(
    products=(
        CatalogProduct("CHS", "Pica me djathë", (), Decimal("800"), ("e vogel", "e madhe")),
        CatalogProduct("HAM", "Pica me proshutë", (), Decimal("900"), ("e vogel", "e madhe")),
    )
)


def test_a_count_between_opens_another_product() -> None:
    o = parse("c: dua nje pica me djath te madhe dhe nje me proshute te vogel", catalog=PIZZA)
    assert items(o) == [("CHS", 1, "e madhe"), ("HAM", 1, "e vogel")]


# --- the merchant's choices are not lines of the order ---------------------------------------

GARDEN = Catalog(
    products=(
        CatalogProduct("SOIL", "Dhe për lule", ("dhe",), Decimal("500"), ("10 L", "50 L")),
        CatalogProduct("FERT", "Pleh organik", ("pleh",), Decimal("700"), ("5 kg", "20 kg")),
        CatalogProduct("POT", "Vazo balte", ("vazo",), Decimal("300"), ()),
    )
)


def test_merchant_sizes_a_product_comes_in_do_not_split_the_line() -> None:
    o = parse(
        "c: me duhen 2 thase pleh organik",
        "m: Plehu vjen ne 5 kg dhe 20 kg.",
        "c: te medhat",
        catalog=GARDEN,
    )
    assert items(o) == [("FERT", 2, "20 kg")]


def test_merchant_alternatives_with_or_do_not_split_the_line() -> None:
    o = parse(
        "c: I need 2 bags of organic fertiliser pleh",
        "m: 2 x 5 kg or 2 x 20 kg?",
        "c: 20 kg please",
        catalog=GARDEN,
    )
    assert items(o) == [("FERT", 2, "20 kg")]


# --- "der Kleine hat ...": the younger child, not the small size -----------------------------

HATS = Catalog(
    products=(
        CatalogProduct(
            "HAT", "Kapelë dimri", ("kapele", "Wintermütze", "hat"), Decimal("900"), ("S", "M", "L")
        ),
        CatalogProduct("SCF", "Shall leshi", ("shall", "scarf"), Decimal("1200"), ()),
    )
)


def test_a_child_called_the_little_one_is_no_size_german() -> None:
    o = parse(
        "c: Ich brauche zwei Wintermützen für meine Kinder",
        "m: Kemi S, M, L. Sa e ka koka perimetrin?",
        "c: Der Kleine hat 50 cm, der Große 54 cm",
        "m: 50 cm është M, 54 cm është L.",
        "c: Gut, dann einen M und einen L",
        catalog=HATS,
    )
    assert items(o) == [("HAT", 1, "M"), ("HAT", 1, "L")]


def test_a_child_called_the_little_one_is_no_size_english() -> None:
    o = parse(
        "c: two winter hats for my boys please",
        "m: We have S, M, L. Head size?",
        "c: the little one has 50 cm, the big one 54",
        "m: 50 cm is M, 54 cm is L.",
        "c: ok one M and one L",
        catalog=HATS,
    )
    assert items(o) == [("HAT", 1, "M"), ("HAT", 1, "L")]


def test_the_small_size_is_still_a_size() -> None:
    o = parse("c: dua nje kapele te vogel dhe nje shall", catalog=HATS)
    assert items(o) == [("HAT", 1, "S"), ("SCF", 1, None)]


# --- "2 të gjata": a count and an adjective say more of the product just named --------------

TEXTILE = Catalog(
    products=(
        CatalogProduct("CRT", "Perde pambuku", ("perde",), Decimal("2500"), ("140 cm", "280 cm")),
        CatalogProduct("RUG", "Qilim i gjatë", ("qilim i gjate", "runner"), Decimal("6000"), ()),
        CatalogProduct("CSH", "Jastëk dekorativ", ("jastek",), Decimal("800"), ()),
    )
)

HONEY = Catalog(
    products=(
        CatalogProduct("MNT", "Mjaltë mali", ("mjalte mali",), Decimal("1500"), ()),
        CatalogProduct("CHS", "Mjaltë gështenje", ("mjalte geshtenje",), Decimal("1800"), ()),
    )
)


def test_count_and_adjective_after_another_product_is_not_that_product() -> None:
    o = parse("c: dua perde pambuku: 2 copa 140 cm dhe 2 te gjata 280 cm", catalog=TEXTILE)
    assert "RUG" not in [i[0] for i in items(o)]
    assert "CRT" in [i[0] for i in items(o)]


def test_count_and_modifier_of_a_sibling_product_still_names_it() -> None:
    o = parse("c: dua 2 mjalte mali dhe 1 geshtenje", catalog=HONEY)
    assert items(o) == [("MNT", 2, None), ("CHS", 1, None)]


# --- a product word missing in one language ----------------------------------------------------

MODEST = Catalog(
    products=(
        CatalogProduct("UND", "Nënshami pambuku", (), Decimal("250"), ("e zezë", "e bardhë")),
        CatalogProduct("SCF", "Shami mëndafshi", (), Decimal("900"), ("bezhë", "rozë")),
    )
)


def test_underscarf_in_german_and_english() -> None:
    o = parse("c: Ich hätte gern zwei schwarze Untertücher", catalog=MODEST)
    assert items(o) == [("UND", 2, "e zezë")]
    o = parse("c: 3 white underscarves please", catalog=MODEST)
    assert items(o) == [("UND", 3, "e bardhë")]
