"""Conversation-level rules: the merchant's lines, questions, generic words, dictated text.

Each conversation is invented for its rule (not taken from a corpus)."""

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

PHONES = Catalog(
    products=(
        CatalogProduct(
            "CASE",
            "Mbulese telefoni",
            ("mbulese", "phone case", "cover", "Handyhülle"),
            None,
            ("Galaxy A15", "Galaxy A25", "Pixel 8"),
        ),
        CatalogProduct(
            "GLASS",
            "Xham ekrani",
            ("xham", "screen glass", "vetro", "Panzerglas"),
            None,
            ("Galaxy A15", "Galaxy A25", "Pixel 8"),
        ),
        CatalogProduct(
            "CBL",
            "Kabllo karikimi",
            ("kabllo", "cable", "cavo", "Kabel"),
            None,
            ("USB-C", "Lightning"),
        ),
        CatalogProduct("ADP", "Adapter USB-C", ("adapter", "adattatore"), None, ()),
    )
)
FLOWERS = Catalog(
    products=(
        CatalogProduct(
            "TUL",
            "Buqetë tulipanësh",
            ("buqet tulipana", "tulip bouquet", "Tulpenstrauß"),
            None,
            ("e vogel", "e madhe"),
        ),
        CatalogProduct(
            "PEO",
            "Buqetë bozhure",
            ("buqet bozhure", "peony bouquet"),
            None,
            ("e vogel", "e madhe"),
        ),
        CatalogProduct("CARD", "Kartolinë", ("kartoline", "card", "biglietto", "Karte"), None, ()),
    )
)


def test_shipping_question_is_not_an_order_of_the_item() -> None:
    o = parse("c: A dergoni vaj ulliri ne Gjermani?", "m: Jo, vetem ne Shqiperi, na vjen keq")
    assert not o.is_order


def test_item_asked_about_then_ordered_by_answer() -> None:
    o = parse(
        "c: Kafe turke keni?",
        "m: Po, 250 g, 500 g dhe 1 kg",
        "c: Nje kile atehere. Rr. Kavajes 3, Tirane",
    )
    assert items(o) == [("COF", 1, "1 kg")]


def test_merchant_confirmation_fills_an_open_variant() -> None:
    o = parse(
        "c: dua nje kabllo",
        "m: Kabllo Lightning, 600 lek.",
        "c: po. Rr. Kavajes 3, Tirane",
        catalog=PHONES,
    )
    assert items(o) == [("CBL", 1, "Lightning")]


def test_merchant_options_fill_nothing() -> None:
    o = parse(
        "c: dua nje kabllo", "m: USB-C apo Lightning?", "c: Rr. Kavajes 3, Tirane", catalog=PHONES
    )
    assert items(o) == [("CBL", 1, None)]


def test_variant_word_after_a_product_is_its_variant_not_another_product() -> None:
    o = parse("c: I need a cable USB-C please. Rr. Kavajes 3, Tirana", catalog=PHONES)
    assert items(o) == [("CBL", 1, "USB-C")]


def test_phone_model_is_shared_by_accessories() -> None:
    o = parse(
        "c: Ich möchte eine Handyhülle für Galaxy A25 und ein Panzerglas. Hauptstrasse 3, Bern",
        catalog=PHONES,
    )
    assert sorted(items(o)) == [("CASE", 1, "Galaxy A25"), ("GLASS", 1, "Galaxy A25")]


def test_both_commits_every_item_asked_about() -> None:
    o = parse(
        "c: A keni mbulese dhe xham per Pixel 8?",
        "m: Po",
        "c: I dua te dyja. Rr. Kavajes 3, Tirane",
        catalog=PHONES,
    )
    assert sorted(items(o)) == [("CASE", 1, "Pixel 8"), ("GLASS", 1, "Pixel 8")]


def test_dictated_card_text_is_not_read() -> None:
    o = parse(
        "c: Nje buqet tulipana e madhe dhe nje kartoline",
        "m: Cfare te shkruajme?",
        "c: 'Per mamin me shume dashuri, e vogla jote'. Rr. Kavajes 3, Tirane",
        catalog=FLOWERS,
    )
    assert sorted(items(o)) == [("CARD", 1, None), ("TUL", 1, "e madhe")]


def test_generic_word_yields_to_the_named_product() -> None:
    o = parse(
        "c: I want to send a bouquet to my mother",
        "c: a big peony bouquet please. Rr. Kavajes 3, Tirana",
        catalog=FLOWERS,
    )
    assert items(o) == [("PEO", 1, "e madhe")]


def test_short_answer_is_about_the_item_the_merchant_asked_about() -> None:
    o = parse(
        "c: dua nje unaze dhe filxhana blu",
        "m: Sa filxhana, 6?",
        "c: po 6",
        "c: Rr. Kavajes 3, Tirane",
    )
    assert sorted(items(o)) == [("CUP", 6, "blu"), ("RING", 1, None)]


def test_dates_and_times_are_not_counts() -> None:
    o = parse("c: dua unazen argjendi", "m: ok", "c: e marr vete me 12 maj n'ora 5")
    assert items(o) == [("RING", 1, None)]


def test_complaint_sentence_does_not_hide_a_correction() -> None:
    o = parse(
        "c: dua cizme dimri nr 38",
        "c: Prit, 38 me jane te ngushta. jo, ma bej 39. Rr. Kavajes 3, Tirane",
    )
    assert items(o) == [("BOOT", 1, "39")]


def test_one_of_each() -> None:
    o = parse("c: filxhana blu dhe te bardhe, nga nje. Rr. Kavajes 3, Tirane")
    assert sorted(items(o)) == [("CUP", 1, "blu"), ("CUP", 1, "e bardhë")]


def test_compound_word_names_the_product() -> None:
    cat = Catalog(
        products=(
            CatalogProduct(
                "HON", "Mjaltë mali", ("mountain honey", "Honig"), None, ("500 g", "1 kg")
            ),
        )
    )
    o = parse("c: Ich möchte ein Kilo Waldhonig bitte, Hauptstrasse 3, Bern", catalog=cat)
    assert items(o) == [("HON", 1, "1 kg")]
