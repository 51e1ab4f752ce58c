"""Session 7, dev17 part A: general mechanisms, tested on invented shops of other trades
(sportswear, home textiles, tea and honey, kitchenware, florist) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

SPORT = Catalog(
    products=(
        CatalogProduct(
            "JRS", "Fanellë futbolli e kuqe", ("fanella e kuqe",), Decimal("2500"), ("S", "M", "L")
        ),
        CatalogProduct("SOC", "Çorape sportive", ("corape",), Decimal("300"), ()),
    )
)

TEXTILE = Catalog(
    products=(
        CatalogProduct(
            "CRT", "Perde e gjatë", ("lace maxi",), Decimal("4000"), ("e bardhe", "krem")
        ),
        CatalogProduct(
            "LCU",
            "Jastëk me dantellë",
            ("jastek i dantelles",),
            Decimal("2500"),
            ("e bardhe", "krem"),
        ),
        CatalogProduct("CCU", "Jastëk pambuku", ("jastek",), Decimal("3000"), ("e bardhe", "krem")),
    )
)

TEA = Catalog(
    products=(
        CatalogProduct("TEA", "Çaj mali", ("caj",), Decimal("400"), ()),
        CatalogProduct("HNY", "Mjaltë", ("mjalte",), Decimal("1000"), ("500 g", "1 kg")),
    )
)

KITCHEN = Catalog(
    products=(
        CatalogProduct("MUG", "Filxhan qeramike", ("tasse",), Decimal("600"), ("e bardhe", "blu")),
        CatalogProduct("PAN", "Tigan", ("pfanne",), Decimal("2000"), ("24 cm", "28 cm")),
    )
)

FLOWERS = Catalog(
    products=(
        CatalogProduct(
            "BQT", "Buqetë trëndafila", ("bouquet", "mazzo di rose"), Decimal("3000"), ()
        ),
    )
)


def test_size_letter_and_full_stop_end_the_sentence() -> None:
    # "ok then L. and do you have socks?": the size answers the merchant's question, the
    # question after it is a new sentence
    o = parse(
        "c: fanella e kuqe a e keni?",
        "m: Po, 2500 lek. Çfarë mase?",
        "c: ok atehere L. dhe a keni edhe corape?",
        "m: Po, 300 lek",
        "c: mire. Besnik Hoxha, rruga e Dibres 10, Tirane, 069 123 4567",
        catalog=SPORT,
    )
    assert ("JRS", 1, "L") in items(o)


def test_material_words_of_two_languages_are_one_key() -> None:
    # "lace" in the curtain's alias, "dantellë" in the cushion's name: the customer's
    # "lace cushion" is the lace cushion, not the plain one nor the curtain
    o = parse("c: I'd like the lace cushion in white", catalog=TEXTILE)
    assert items(o) == [("LCU", 1, "e bardhe")]
    o = parse("c: das lace Kissen in weiss bitte", catalog=TEXTILE)
    assert items(o) == [("LCU", 1, "e bardhe")]


def test_merchant_list_after_a_preface_and_colon() -> None:
    # "Kein Problem: 2 … + 1 …", "S'ka problem: …": a restatement after a short preface,
    # said yes to: its counts and variants are the order's
    o = parse(
        "c: Tee und Honig bitte",
        "m: Kein Problem: 2 caj mali + 1 mjalte 500 g, 1800 lek",
        "c: ja. Arta Leka, rruga Kavajes 5, Tirane, 069 765 4321",
        catalog=TEA,
    )
    assert sorted(items(o)) == [("HNY", 1, "500 g"), ("TEA", 2, None)]
    o = parse(
        "c: dua caj mali dhe mjalte",
        "m: S'ka problem: 2 caj mali + 1 mjalte 1 kg",
        "c: po. Arta Leka, rruga Kavajes 5, Tirane, 069 765 4321",
        catalog=TEA,
    )
    assert sorted(items(o)) == [("HNY", 1, "1 kg"), ("TEA", 2, None)]


def test_merchant_total_before_its_breakdown_counts_once() -> None:
    # "Ok: 2 Tassen (weiß + blau)": two cups, one of each colour
    o = parse(
        "c: eine Tasse weiß und eine blau bitte, und die Pfanne 28 cm",
        "m: Ok: 2 Tassen (weiß + blau) und 1 Pfanne 28 cm. Adresse?",
        "c: Jonas Berisha, Rruga Durresit 20, Tirane, 069 222 3344",
        catalog=KITCHEN,
    )
    assert sorted(items(o)) == [("MUG", 1, "blu"), ("MUG", 1, "e bardhe"), ("PAN", 1, "28 cm")]


def test_writer_named_before_own_number_yields_to_recipient() -> None:
    # the parcel goes to someone else's number: the name said right before "il mio / meine"
    # and the writer's own number is the writer's, the recipient is the order's name
    o = parse(
        "c: vorrei un mazzo di rose per mia zia",
        "m: Certo, 3000 lek. Indirizzo?",
        "c: consegna a: Liri Gjoka, rruga Myslym Shyri 40, Tirana. il suo numero 069 555 1234."
        " io sono Marco, il mio +39 347 111 2233 se serve",
        catalog=FLOWERS,
    )
    assert o.customer_name == "Liri Gjoka"
    assert o.phone == "+355695551234"
    o = parse(
        "c: ein Bouquet bitte",
        "m: Gerne, 3000 Lek. Adresse?",
        "c: Adresse: Drita Kola, rruga Elbasanit 7, Tirana, ihre Nummer 068 444 5566."
        " ich bin Jonas, meine +49 151 2345 6789",
        catalog=FLOWERS,
    )
    assert o.customer_name == "Drita Kola"
    assert o.phone == "+355684445566"


PETS = Catalog(
    products=(
        CatalogProduct(
            "FOOD", "Ushqim për qen", ("ushqim qeni", "dog food"), Decimal("1500"), ("pulë", "viç")
        ),
        CatalogProduct("LSH", "Zinxhir qeni", ("zinxhir", "leash"), Decimal("800"), ()),
    )
)


def test_only_those_after_refusing_what_was_asked_keeps_the_order() -> None:
    # details given, then "do you also have lamb?" ... "ok, I won't take it now, only those"
    o = parse(
        "c: 2 ushqim qeni me pule dhe 1 zinxhir",
        "m: Ok, 3800 lek. Adresa?",
        "c: Gent Lika, rruga Kavajes 12, Tirane, 069 111 2233",
        "m: Faleminderit!",
        "c: a keni edhe me qengj?",
        "m: Po kemi",
        "c: ok hajt nuk e marr tani, vetem ato",
        catalog=PETS,
    )
    assert o.is_order
    assert sorted(items(o)) == [("FOOD", 2, "pulë"), ("LSH", 1, None)]


def test_home_town_beside_the_street_is_the_delivery_town() -> None:
    # "jam nga Gjakova, rr. …, tel …": where the writer is from, said with the street and no
    # other town, is where the parcel goes
    o = parse(
        "c: Pershendetje, jam Blerta Krasniqi, jam nga Gjakova, rr. Ismail Qemali nr 7. Tel 044"
        " 123 456. Dua 1 zinxhir",
        catalog=PETS,
        country="XK",
    )
    assert o.city == "Gjakove"
    # a town named for the delivery still wins
    o = parse(
        "c: jam nga Gjakova, por punoj ne Prizren: rr. Remzi Ademaj 3, Prizren, 044 123 456."
        " 1 zinxhir",
        catalog=PETS,
        country="XK",
    )
    assert o.city == "Prizren"


def test_town_the_merchant_names_for_a_street_without_one() -> None:
    o = parse(
        "c: 1 zinxhir ju lutem",
        "m: 800 lek. Adresa?",
        "c: Drini Hoxha, rr. Naim Frasheri 20, kati 2. 068 333 4455",
        "m: Faleminderit Drini! Ne Korce ju vjen neser",
        catalog=PETS,
    )
    assert o.city == "Korce"


LIGHTS = Catalog(
    products=(
        CatalogProduct(
            "LMP",
            "Llambë tavoline me abazhur",
            ("llamba e tavolines",),
            Decimal("3500"),
            ("e bardhe", "e zeze"),
        ),
        CatalogProduct("SHD", "Abazhur liri", ("abazhuri i lirit",), Decimal("1200"), ()),
    )
)

CASES = Catalog(
    products=(
        CatalogProduct(
            "CASE", "Kapak telefoni silikoni", ("kapak",), Decimal("800"), ("nude", "e zeze", "blu")
        ),
    )
)


def test_with_and_a_word_of_the_product_named_is_its_feature() -> None:
    # "the table lamp with a shade ..., the white one with a linen shade": the lamp only
    o = parse(
        "c: a e keni llamben e tavolines me abazhur qe e keni ne vitrine, te bardhen me abazhur"
        " liri? e dua",
        catalog=LIGHTS,
    )
    assert items(o) == [("LMP", 1, "e bardhe")]


def test_two_variants_joined_without_counts_are_two_lines() -> None:
    # "i dua nudin edhe blun": one of each; Albanian definite forms of "nude"
    o = parse(
        "c: kapak silikoni i keni?",
        "m: Po, nude, e zeze dhe blu. 800 lek",
        "c: i dua nudin edhe blun",
        catalog=CASES,
    )
    assert sorted(items(o)) == [("CASE", 1, "blu"), ("CASE", 1, "nude")]
    # a size or colour pair written with a slash is one choice being weighed, not two lines
    o = parse(
        "c: kapak silikoni i keni?",
        "m: Po, nude, e zeze dhe blu. 800 lek",
        "c: zakonisht nude/blu i marr. po e dua te zine",
        catalog=CASES,
    )
    assert items(o) == [("CASE", 1, "e zeze")]


KIT = Catalog(
    products=(
        CatalogProduct("TOP", "Fanellë stërvitje", ("fanella",), Decimal("1800"), ("S", "M", "L")),
        CatalogProduct(
            "PNT", "Pantallona sportive", ("pantallona",), Decimal("2200"), ("S", "M", "L")
        ),
    )
)


def test_customer_restatement_after_so_replaces_a_products_lines() -> None:
    # "2 M and one L", then the L moves to the trousers: "so 2 fanella M and 1 pantallona L"
    o = parse(
        "c: dua 2 fanella M edhe nje L per vellain",
        "m: Ok, 2 x M dhe 1 x L",
        "c: prit se vellai do pantallona jo fanelle, pra 2 fanella M edhe 1 pantallona L",
        catalog=KIT,
    )
    assert sorted(items(o)) == [("PNT", 1, "L"), ("TOP", 2, "M")]


def test_add_that_too_orders_the_item_last_asked_about() -> None:
    # the merchant only gives the price: "add that too" is the socks asked about
    o = parse(
        "c: dua fanellen e kuqe L",
        "c: a keni corape?",
        "m: Po, 300 lek",
        "c: shtoje edhe ate",
        catalog=SPORT,
    )
    assert sorted(items(o)) == [("JRS", 1, "L"), ("SOC", 1, None)]
    o = parse(
        "c: I'd like the red jersey L",
        "c: do you have socks?",
        "m: yes, 300 lek",
        "c: add that too please",
        catalog=SPORT,
    )
    assert sorted(items(o)) == [("JRS", 1, "L"), ("SOC", 1, None)]
