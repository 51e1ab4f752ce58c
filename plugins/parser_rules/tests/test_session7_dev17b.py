"""Session 7, dev17 part B: the merchant's restatement read more widely (invented kitchenware,
pet-shop and stationery conversations, not taken from any corpus)."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

KITCHEN = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "POT-INOX",
            "Tenxhere inox",
            ("tenxhere celiku",),
            Decimal("2500"),
            ("20 cm", "24 cm", "28 cm"),
        ),
        CatalogProduct(
            "POT-ALU",
            "Tenxhere alumini",
            ("tenxhere e lehte",),
            Decimal("1800"),
            ("20 cm", "24 cm"),
        ),
        CatalogProduct("PAN", "Tigan granit", ("tigan",), Decimal("2200"), ("24 cm", "28 cm")),
        CatalogProduct("KNIFE", "Set thikash", ("thika",), Decimal("3000"), ()),
    ),
)

PETS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "FOOD-DOG", "Dog food adult", ("dry food",), Decimal("30"), ("3 kg", "12 kg")
        ),
        CatalogProduct("LEASH", "Leash nylon", ("lead",), Decimal("9"), ("S", "M", "L")),
        CatalogProduct(
            "BED", "La Cuccia Soft", ("cuccia", "dog bed"), Decimal("40"), ("60 cm", "80 cm")
        ),
        CatalogProduct("TOY", "Rope toy", ("rope",), Decimal("5"), ()),
    ),
)

ADDR = "c: Elira Basha, Rr. Myslym Shyri 14, Tirane, 069 234 5678"


def test_greeting_and_name_before_a_colon_open_the_restatement() -> None:
    o = parse(
        "c: pershendetje, dua tenxhere inox per dy vajzat, nje 20 e nje 24, edhe tigan 28",
        "m: Pershendetje Elira: 2 tenxhere inox 20 cm, 2 tenxhere inox 24 cm, 1 tigan 28 cm. "
        "Gjithsej 12200 lek",
        "c: po ashtu",
        ADDR,
        catalog=KITCHEN,
    )
    assert sorted(items(o)) == [
        ("PAN", 1, "28 cm"),
        ("POT-INOX", 2, "20 cm"),
        ("POT-INOX", 2, "24 cm"),
    ]


def test_thanks_and_name_before_a_colon_in_english() -> None:
    o = parse(
        "c: hi, I need dry food 12 kg and a leash M",
        "m: Thanks Mark: 2 dry food 12 kg, 1 leash M = 69 EUR",
        "c: yes. Mark Doda, Rr. Dardania 5, Prishtine, 044 123 456",
        catalog=PETS,
    )
    assert sorted(items(o)) == [("FOOD-DOG", 2, "12 kg"), ("LEASH", 1, "M")]


def test_a_kind_word_in_the_restatement_is_the_product_of_that_kind_ordered() -> None:
    o = parse(
        "c: dua tenxhere celiku, nje 20 cm, edhe nje tigan 24",
        "m: Pra: 3 tenxhere 20 cm, 1 tigan 24 cm",
        "c: po",
        ADDR,
        catalog=KITCHEN,
    )
    assert sorted(items(o)) == [("PAN", 1, "24 cm"), ("POT-INOX", 3, "20 cm")]


def test_a_name_opening_with_an_article_leads_its_line_of_the_sum() -> None:
    o = parse(
        "c: hello, two rope toys and the cuccia for my two dogs",
        "m: 3 Rope toy + 2 La Cuccia Soft 60 cm = 99 EUR with delivery",
        "c: perfect. Mark Doda, Rr. Dardania 5, Prishtine, 044 123 456",
        catalog=PETS,
    )
    assert sorted(items(o)) == [("BED", 2, "60 cm"), ("TOY", 3, None)]


def test_a_line_left_out_of_the_summed_restatement_is_dropped() -> None:
    o = parse(
        "c: dua thika dhe tigan 28, edhe tenxhere alumini 20",
        "m: 1 set thikash + 1 tenxhere alumini 20 cm = 5100 lek me transport",
        "c: ok. Elira Basha, Rr. Myslym Shyri 14, Tirane, 069 234 5678",
        catalog=KITCHEN,
    )
    assert sorted(items(o)) == [("KNIFE", 1, None), ("POT-ALU", 1, "20 cm")]


def test_a_restatement_without_a_sum_keeps_the_other_lines() -> None:
    o = parse(
        "c: dua thika, tigan 28 dhe tenxhere alumini 20",
        "m: 1 set thikash, 1 tenxhere alumini 20 cm",
        "c: ok. Elira Basha, Rr. Myslym Shyri 14, Tirane, 069 234 5678",
        catalog=KITCHEN,
    )
    assert ("PAN", 1, "28 cm") in items(o)


def test_a_line_added_with_the_yes_to_a_summed_restatement_stays() -> None:
    o = parse(
        "c: dua tenxhere alumini 20 dhe thika",
        "m: Tenxhere alumini 20 cm x1, Set thikash x1 = 4800 lek",
        "c: po, edhe nje tigan 28",
        "m: Tigan 28 cm, 2200. Gjithsej 7000",
        ADDR,
        catalog=KITCHEN,
    )
    assert sorted(items(o)) == [("KNIFE", 1, None), ("PAN", 1, "28 cm"), ("POT-ALU", 1, "20 cm")]


def test_a_line_the_customer_counted_is_kept_when_the_sum_leaves_it_out() -> None:
    o = parse(
        "c: dua 2 tigan 28, edhe thika dhe tenxhere alumini 20",
        "m: 1 set thikash + 1 tenxhere alumini 20 cm = 5100 lek me transport",
        "c: ok. Elira Basha, Rr. Myslym Shyri 14, Tirane, 069 234 5678",
        catalog=KITCHEN,
    )
    assert ("PAN", 2, "28 cm") in items(o)


def test_no_opening_a_correction_of_one_named_product_changes_it() -> None:
    o = parse(
        "c: dua tenxhere alumini 20 cm, tre cope",
        "c: edhe tiganin 28",
        "c: jo tenxheret ma bej dy",
        ADDR,
        catalog=KITCHEN,
    )
    assert sorted(items(o)) == [("PAN", 1, "28 cm"), ("POT-ALU", 2, "20 cm")]


def test_nein_opening_a_correction_of_one_named_product_changes_it() -> None:
    o = parse(
        "c: ich nehme 3 rope toys",
        "c: und das dog bed 60 cm",
        "c: nein die rope toys nur zwei bitte",
        "c: Mark Doda, Rr. Dardania 5, Prishtine, 044 123 456",
        catalog=PETS,
    )
    assert sorted(items(o)) == [("BED", 1, "60 cm"), ("TOY", 2, None)]


def test_no_before_a_product_only_asked_about_still_refuses_it() -> None:
    o = parse(
        "c: dua tenxhere alumini 20 cm",
        "c: a keni edhe tigan?",
        "m: Po, 2200 lek",
        "c: jo jo, tiganin e kam vet, vec pyeta",
        ADDR,
        catalog=KITCHEN,
    )
    assert items(o) == [("POT-ALU", 1, "20 cm")]


CAR = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "WIPER",
            "Fshirëse xhami",
            ("wiper", "fshirese"),
            Decimal("12"),
            ("VW Golf 5/6", "Audi A6", "Skoda Octavia 3"),
        ),
        CatalogProduct(
            "MAT", "Tapete gome", ("tapete",), Decimal("25"), ("VW Golf 6", "VW Golf 7", "Audi A6")
        ),
    ),
)

CAR_ADDR = "c: Blerim Gashi, rr. Adem Jashari 4, Peje, 044 555 666"


def test_a_model_said_for_one_line_reaches_the_variant_holding_it_in_a_group() -> None:
    o = parse("c: dua tapete per golf 6 edhe fshirese", CAR_ADDR, catalog=CAR)
    assert sorted(items(o)) == [("MAT", 1, "VW Golf 6"), ("WIPER", 1, "VW Golf 5/6")]


def test_a_bare_number_does_not_name_a_model_code_by_its_digits() -> None:
    o = parse("c: dua fshirese per 6", CAR_ADDR, catalog=CAR)
    assert items(o) == [("WIPER", 1, None)]
    o = parse("c: dua fshirese per A6", CAR_ADDR, catalog=CAR)
    assert items(o) == [("WIPER", 1, "Audi A6")]


HOUSEHOLD = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BAT", "Bateri AA, paketë 4 copë", ("bateri",), Decimal("5"), ()),
        CatalogProduct(
            "GLS", "Gota qelqi, set 6 copë", ("gota",), Decimal("9"), ("300 ml", "450 ml")
        ),
        CatalogProduct("SOCK", "Çorape sportive, 3 palë", ("corape",), Decimal("8"), ("M", "L")),
    ),
)


def test_pieces_in_the_genitive_say_the_pack_size_not_the_count() -> None:
    assert items(parse("c: dua bateri 4 copesh", CAR_ADDR, catalog=HOUSEHOLD)) == [("BAT", 1, None)]
    assert items(parse("c: dua gotat 6 copeshe 300 ml", CAR_ADDR, catalog=HOUSEHOLD)) == [
        ("GLS", 1, "300 ml")
    ]
    assert items(parse("c: dua corape 3 palesh L", CAR_ADDR, catalog=HOUSEHOLD)) == [
        ("SOCK", 1, "L")
    ]


def test_packs_counted_before_the_pack_size_keep_their_count() -> None:
    assert items(parse("c: dua 2 pako bateri 4 copesh", CAR_ADDR, catalog=HOUSEHOLD)) == [
        ("BAT", 2, None)
    ]
    assert items(parse("c: dua 2 gota 300 ml", CAR_ADDR, catalog=HOUSEHOLD)) == [
        ("GLS", 2, "300 ml")
    ]
