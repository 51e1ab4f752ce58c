"""Session 7, dev16 part A: general mechanisms, tested on invented shops of other trades
(paint, aquarium, hardware, cosmetics, kitchenware) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

HARDWARE = Catalog(
    products=(
        CatalogProduct("PNT", "Bojë fasade", ("boje", "vernice"), Decimal("2500"), ("5 L", "15 L")),
        CatalogProduct("HOS", "Zorrë uji", ("zorre", "hose"), Decimal("1200"), ("10 m", "25 m")),
        CatalogProduct(
            "STR",
            "Zgjatues elektrik",
            ("zgjatues", "prolunga"),
            Decimal("900"),
            ("3 priza", "5 priza"),
        ),
        CatalogProduct("GLV", "Doreza pune", ("doreza",), Decimal("300"), ("gri", "e bardhe")),
        CatalogProduct("DRL", "Trapan me bateri", ("trapan", "drill"), Decimal("8000"), ()),
        CatalogProduct("SAW", "Sharrë druri", ("sharre",), Decimal("1500"), ()),
    )
)

AQUA = Catalog(
    products=(
        CatalogProduct(
            "TNK", "Akuarium qelqi", ("akuarium", "tank"), Decimal("9000"), ("2 filtra", "4 filtra")
        ),
        CatalogProduct(
            "FOD", "Ushqim peshqish", ("ushqim", "fish food"), Decimal("400"), ("100 g", "250 g")
        ),
        CatalogProduct("PMP", "Pompë ajri", ("pompe",), Decimal("1500"), ()),
    )
)


def test_number_word_before_the_variant_word_is_its_digit() -> None:
    # "3 priza" said "me tri priza", "five sockets" said in words; the count stays one
    order = parse("c: dua nje zgjatues me tri priza, Rr. Dibres 10, Tirane", catalog=HARDWARE)
    assert items(order) == [("STR", 1, "3 priza")]
    order = parse("c: I'd like the tank with four filtra please", catalog=AQUA)
    assert items(order) == [("TNK", 1, "4 filtra")]


def test_unit_adjective_without_number_is_one_unit() -> None:
    # "dy kova litershe"-style: the adjective of the unit alone is one unit of it
    cat = Catalog(
        products=(
            CatalogProduct("VNG", "Uthull molle", ("uthull",), Decimal("300"), ("1 L", "3 L")),
        )
    )
    order = parse("c: dua 3 uthull litershe, Rr. Elbasanit 4, Tirane", catalog=cat)
    assert items(order) == [("VNG", 3, "1 L")]
    order = parse("c: nje zorre 25 metershe ju lutem. Rr. Kavajes 5, Tirane", catalog=HARDWARE)
    assert items(order) == [("HOS", 1, "25 m")]


def test_town_written_with_capital_is_not_a_size_word() -> None:
    # "golem" is also "big": the town in the address is not the variant chosen
    order = parse(
        "c: dua 2 bojë 5 litra",
        "m: Ju duhen me dorëzim?",
        "c: Ok dergoni. Adresa Golem, prane hotel Iliria. Arben Gjoka 069 44 21 555",
        catalog=HARDWARE,
    )
    assert items(order) == [("PNT", 2, "5 L")]


def test_maybe_i_will_take_is_hesitation() -> None:
    order = parse(
        "c: sa eshte trapani?",
        "m: 8000 lekë.",
        "c: hmm e shtrenjte pak. Po e mendoj, mbase marr nje sharre",
        catalog=HARDWARE,
    )
    assert not order.is_order
    order = parse(
        "c: how much is the drill?",
        "m: 8000.",
        "c: ok, maybe I'll take one next month",
        catalog=HARDWARE,
    )
    assert not order.is_order


def test_deferring_an_item_asked_after_the_order_keeps_the_order() -> None:
    order = parse(
        "c: dua 2 doreza gri",
        "m: Adresa?",
        "c: Vlore, Rr. Sadik Zotaj 12. Klodian Hysa 068 220 1133",
        "c: a keni edhe sharre druri? sa kushton?",
        "m: Po, 1500.",
        "c: ok ate tjeter here",
        catalog=HARDWARE,
    )
    assert order.is_order
    assert items(order) == [("GLV", 2, "gri")]
    order = parse(
        "c: two bags of fish food 250 g please",
        "m: Address?",
        "c: Rruga Myslym Shyri 8, Tirane, Ema Doci 069 331 2200",
        "c: do you also have an air pump?",
        "m: Yes, 1500.",
        "c: ok, next time then",
        catalog=AQUA,
    )
    assert order.is_order
    assert items(order) == [("FOD", 2, "250 g")]


def test_then_before_a_count_and_variant_counts() -> None:
    # "Atëherë 2 të bardha": "then" opening the answer is not a name labelling the number
    order = parse(
        "c: dorezat sa jane?",
        "m: 300 lekë, kemi gri dhe të bardha.",
        "c: Ateher 3 te bardha.",
        "c: Rr. Naim Frasheri 7, Berat. Ilda Koci 067 555 0101",
        catalog=HARDWARE,
    )
    assert items(order) == [("GLV", 3, "e bardhe")]


BEAUTY = Catalog(
    products=(
        CatalogProduct(
            "NAIL", "Llak thonjsh", ("llak",), Decimal("500"), ("e zeze", "bezhe", "e kuqe")
        ),
        CatalogProduct("BONE", "Bone flokësh", ("bone",), Decimal("200"), ("e zeze", "e bardhe")),
        CatalogProduct("BRS", "Furçë flokësh", ("furce",), Decimal("700"), ()),
    )
)


def test_recipient_named_with_is_called() -> None:
    order = parse(
        "c: dua nje furce flokesh per nanen. Ne Lezhe, Rr. Besnik Sykja 3. Nana quhet Drande "
        "Marku, tel 069 401 2233",
        catalog=BEAUTY,
    )
    assert order.customer_name == "Drande Marku"


def test_beige_written_like_without() -> None:
    # "bež" (beige) folds to "bez" (without): alone after a count it is the colour
    order = parse(
        "c: llak sa kushton?",
        "m: 500 lekë.",
        "c: i dua dy, nji crna e nji bež. Rr. Dardania 4, Prishtine",
        catalog=BEAUTY,
    )
    assert sorted(items(order)) == [("NAIL", 1, "bezhe"), ("NAIL", 1, "e zeze")]


def test_counted_catalog_word_that_is_also_a_verb() -> None:
    # "bone" is a Gheg "make"; after a count it is the catalog's product
    order = parse(
        "c: dua nje furce flokesh edhe 2 bone t'bardha. Rr. Skenderbeu 9, Peje",
        catalog=BEAUTY,
    )
    assert sorted(items(order)) == [("BONE", 2, "e bardhe"), ("BRS", 1, None)]


def test_turkish_colour_count_and_order_words() -> None:
    order = parse(
        "c: Merhaba, siyah llak var mı?",
        "m: Po, 500 den.",
        "c: iki tane istiyorum. Rr. Ilindenska 40, Tetove, 070 222 333",
        catalog=BEAUTY,
        country="MK",
    )
    assert items(order) == [("NAIL", 2, "e zeze")]
