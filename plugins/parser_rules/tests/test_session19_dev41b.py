"""Session 19 (dev41 part b): cubic metres as a volume, and a day or an hour that is itself what
the shop sells. Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.normalize import fold, tokenize
from plugins.parser_rules.numbers import find_measures
from plugins.parser_rules.tests.conftest import items, parse
from plugins.parser_rules.variants import variant_spec

BUILDERS_YARD = Catalog(
    products=(
        CatalogProduct(
            "RERE",
            "Rërë lumi me transport",
            ("rere lumi",),
            Decimal(40),
            ("2 m³", "4 m³", "6 m³"),
        ),
        CatalogProduct("ZHAVORR", "Zhavorr", ("zhavorr",), Decimal(35), ()),
    )
)

STUDIO = Catalog(
    products=(
        CatalogProduct("SALLA", "Sallë provash (3 orë)", ("salle provash",), Decimal(1500), ()),
        CatalogProduct("ORE", "Orë shtesë", (), Decimal(400), ()),
        CatalogProduct("MIKRO", "Mikrofon me qira", ("mikrofon",), Decimal(300), ()),
    )
)


def test_cubic_metres_are_a_volume_not_a_length() -> None:
    # "m³" folds to "m" and a glued "3": a volume of 6, not six metres with a stray "3"
    assert variant_spec("6 m³").measure == "m3:6"
    for said in ("6 kubik", "6 kubsh", "6 metra kub", "6 m3", "six cubic metres"):
        toks = tokenize(fold(said))
        assert [m.key for m in find_measures(toks)] == ["m3:6"], said
    # a length stays a length
    assert [m.key for m in find_measures(tokenize(fold("6 m kabull")))] == ["cm:600"]


def test_cubic_metres_in_the_customers_words_name_the_size_not_the_count() -> None:
    o = parse(
        "c: mirdita, sa e keni reren e lumit?",
        "m: Rërë lumi: 2 m³ 40€, 4 m³ 70€, 6 m³ 100€ me transport",
        "c: ma sill nje 4 kubsh neser. Rr. Ilir Konushevci 12, Ferizaj, Luan Berisha 044 512 903",
        catalog=BUILDERS_YARD,
    )
    assert items(o) == [("RERE", 1, "4 m³")]


def test_the_number_before_a_product_named_by_a_time_word_counts_it() -> None:
    # "2 orë" usually says how long; here "Orë shtesë" is the product, so 2 extra hours
    o = parse(
        "c: pershendetje, e dua sallen e provave te shtunen",
        "m: Salla 1500 lekë për 3 orë, çdo orë shtesë 400 lekë.",
        "c: ok edhe 2 orë shtesë se jemi shume",
        "m: Pra: salla + 2 orë shtesë. Emri?",
        "c: Klodian Hoxha 069 224 1780",
        catalog=STUDIO,
    )
    assert items(o) == [("SALLA", 1, None), ("ORE", 2, None)]


DRIVING_SCHOOL = Catalog(
    products=(
        CatalogProduct("LESSON", "Orë ngasje me instruktor", ("ore ngasje",), Decimal(15), ()),
        CatalogProduct("TEST", "Testi i teorisë", ("testi",), Decimal(10), ()),
        CatalogProduct("GUIDE", "Shoqërues për orë", ("shoqerues",), Decimal(8), ()),
    )
)


def test_hours_count_a_product_whose_name_begins_with_the_hour() -> None:
    o = parse(
        "c: mirembrema, a keni termine per ngasje javen tjeter?",
        "m: Po, ora e ngasjes 15€.",
        "c: atehere me shkruani 5 orë ngasje. Blerim Kastrati 044 318 207",
        catalog=DRIVING_SCHOOL,
    )
    assert items(o) == [("LESSON", 5, None)]


CAKES = Catalog(
    products=(
        CatalogProduct("CAKE", "Tortë pa laktozë", (), Decimal(2500), ("8 racione", "16 racione")),
        CatalogProduct("BREAD", "Bukë misri", (), Decimal(200), ()),
    )
)


def test_a_count_of_adults_is_the_party_not_the_goods() -> None:
    o = parse(
        "c: Buongiorno, fate torte senza lattosio per una festa? siamo in 14 adulti",
        "m: Po, 8 ose 16 racione. Për 14 veta ju rekomandoj 16.",
        "c: ok quella da 16. Elira Deda +39 333 218 4471",
        catalog=CAKES,
    )
    assert items(o) == [("CAKE", 1, "16 racione")]


FLORIST = Catalog(
    products=(
        CatalogProduct("BUQ", "Buqetë me trëndafila", ("buqete",), Decimal(2500), ("15", "25")),
    )
)


def test_dont_hold_it_for_me_takes_back_a_reservation() -> None:
    o = parse(
        "c: mirdita, buqete me 25 trendafila a keni per te shtunen?",
        "m: Po, 2500 lekë.",
        "c: ok ma ruaj nje, Dorina 068 441 2093",
        "m: U rezervua 🌹",
        "c: mire, mos ma ruaj me, flm",
        catalog=FLORIST,
    )
    assert not o.is_order
