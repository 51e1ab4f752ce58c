"""Session 20 (named): the product the shop's reply names in the catalog's words, for goods the
customer described in words of their own, taken by the customer, is the line. Invented shops
and sentences (a pastry shop, a honey shop, a hardware store), none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.item_state import Item
from plugins.parser_rules.items import ItemReader
from plugins.parser_rules.mentions import resolved_keys
from plugins.parser_rules.normalize import fold, tokenize
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

DETAILS = "c: Arta Hoxha, Rr. Dibrës 40, Tiranë, 069 412 5530"

CAKES = catalog_of(
    ("TRT-COK", "Tortë çokollate", "2500", ("8 racione", "12 racione")),
    ("TRT-NUS", "Tortë Nusja", "3000", ("8 racione", "12 racione")),
    ("BKL", "Bakllava me arra", "4000", ("tepsi e vogël", "tepsi e madhe")),
    ("SHEQ", "Sheqerpare", "800", ()),
)


def test_the_restatement_renames_the_customers_line() -> None:
    # "a cake with white chocolate and flowers" is read as the chocolate cake; the shop's
    # restatement names its own cake for it, with the same count, beside the baklava the
    # customer named, and the customer sends the details: the cake is the shop's one
    o = parse(
        "c: pershendetje, per fejese dua nje torte me cokollate te bardhe e lule, per 12 veta,"
        " dhe 1 bakllava tepsi te madhe",
        "m: Tortë Nusja 12 racione dhe bakllava tepsi e madhe. Adresa?",
        DETAILS,
        catalog=CAKES,
    )
    assert sorted(items(o)) == [("BKL", 1, "tepsi e madhe"), ("TRT-NUS", 1, "12 racione")]


def test_a_restatement_by_the_kind_word_alone_renames_nothing() -> None:
    # guard: "Tortë 12 racione" names the customer's cake as well as any other: the line stays
    o = parse(
        "c: pershendetje, per fejese dua nje torte me cokollate te bardhe e lule, per 12 veta,"
        " dhe 1 bakllava tepsi te madhe",
        "m: Tortë 12 racione dhe bakllava tepsi e madhe. Adresa?",
        DETAILS,
        catalog=CAKES,
    )
    assert ("TRT-COK", 1, "12 racione") in items(o)


HONEY = catalog_of(
    ("CAJ-M", "Çaj mali", "300", ("50 g", "100 g")),
    ("PROP", "Tinkturë propolisi", "700", ()),
    ("MJ", "Mjaltë lulesh", "1200", ("500 g", "1 kg")),
)


def test_the_shops_answer_after_then_names_the_goods_described() -> None:
    # "something natural for the children's cough" names no product; the shop's answer right
    # after, opened by "then", names one: it is the line the customer's "ok" takes
    o = parse(
        "c: pershendetje, dua nje pako mjalte 1 kg",
        "c: edhe dicka per kollen e femijeve, te natyrshme",
        "m: Atëherë çaj mali 100 g, 600 lekë.",
        "c: ok",
        DETAILS,
        catalog=HONEY,
    )
    assert sorted(items(o)) == [("CAJ-M", 1, "100 g"), ("MJ", 1, "1 kg")]


def test_the_shops_we_have_names_the_goods_described() -> None:
    # "Kemi …" (we have): the shop states what it has for the goods described
    o = parse(
        "c: pershendetje, dua nje pako mjalte 1 kg",
        "c: edhe dicka per kollen e femijeve, te natyrshme",
        "m: Kemi çaj mali 100 g, 600 lekë.",
        "c: ok",
        DETAILS,
        catalog=HONEY,
    )
    assert sorted(items(o)) == [("CAJ-M", 1, "100 g"), ("MJ", 1, "1 kg")]


def test_a_yes_to_do_you_want_takes_the_product_offered() -> None:
    # "Do you also want propolis tincture?" - "yes, two": the offer taken, with the count
    o = parse(
        "c: pershendetje, dua nje pako mjalte 1 kg",
        "m: Mjaltë lulesh 1 kg, 1200 lekë. Dëshironi edhe tinkturë propolisi?",
        "c: po, dy",
        DETAILS,
        catalog=HONEY,
    )
    assert sorted(items(o)) == [("MJ", 1, "1 kg"), ("PROP", 2, None)]


def test_a_yes_to_an_also_question_after_a_statement_takes_the_product() -> None:
    # the question is the words from "also" on, after the shop's statement in one sentence
    o = parse(
        "c: pershendetje, dua nje pako mjalte 1 kg",
        "m: Mjaltë lulesh 1 kg 👍 Edhe tinkturë propolisi?",
        "c: po, dy",
        DETAILS,
        catalog=HONEY,
    )
    assert sorted(items(o)) == [("MJ", 1, "1 kg"), ("PROP", 2, None)]


def test_an_offer_refused_before_the_details_is_no_line() -> None:
    # guard: the no opens the message; the details after it take nothing offered
    o = parse(
        "c: pershendetje, dua nje pako mjalte 1 kg",
        "m: Mjaltë lulesh 1 kg, 1200 lekë. Dëshironi edhe tinkturë propolisi?",
        "c: jo, faleminderit. Dergojeni te Arta Hoxha, Rr. Dibrës 40, Tiranë, 069 412 5530",
        catalog=HONEY,
    )
    assert items(o) == [("MJ", 1, "1 kg")]


HARDWARE = catalog_of(
    ("VID-INOX", "Vida inoksi", "2", ("4x40", "5x60")),
    ("KUT-VEG", "Kuti veglash plastike", "15", ()),
    ("VEG-SET", "Set veglash kopshti", "25", ()),
)


def test_the_shop_names_the_head_word_the_customer_said() -> None:
    # "vidat me kuti" read as the tool box (the head "vida" fits one product, "kuti" another
    # better); the shop's answer names the screws, headed by a word the customer said that
    # the box's name lacks: the line is the screws
    index = index_for(HARDWARE)
    reader = ItemReader(index)
    skus = [p.sku for p in HARDWARE.products]
    said = frozenset(k for k in resolved_keys(index, tokenize(fold("vidat me kuti"))) if k)
    reader.state.items.append(Item(skus.index("KUT-VEG"), 1, said=said))
    reader.merchant_switch(split_sentences(1, "Vidat inoks 4x40 janë 2€ pakoja me 100 copë."))
    assert [skus[it.product] for it in reader.state.items] == ["VID-INOX"]


def test_the_yes_to_an_offer_says_its_variant_not_a_count() -> None:
    # guard: "po, 100 g" chooses the variant of the product taken; 100 is no count
    o = parse(
        "c: pershendetje, dua nje pako mjalte 1 kg",
        "m: Mjaltë lulesh 1 kg, 1200 lekë. Dëshironi edhe çaj mali?",
        "c: po, 100 g",
        DETAILS,
        catalog=HONEY,
    )
    assert sorted(items(o)) == [("CAJ-M", 1, "100 g"), ("MJ", 1, "1 kg")]
