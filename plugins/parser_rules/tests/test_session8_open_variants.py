"""The variant the merchant states for a line the customer left open (open_variants.py). The
garden shop and the conversations are invented for the tests."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

GARDEN = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "POT",
            "Vazo qeramike",
            ("vazo", "flower pot", "Blumentopf"),
            Decimal("1200"),
            ("e bardhë", "terrakota", "gri"),
        ),
        CatalogProduct(
            "CHR",
            "Karrige kopshti",
            ("karrige", "garden chair", "Gartenstuhl"),
            Decimal("3000"),
            ("e bardhë", "jeshile"),
        ),
        CatalogProduct("SOIL", "Dhe lulesh 20 L", ("dhe", "potting soil"), Decimal("500"), ()),
    ),
)
DETAILS = "c: Arben Hoxha, Rr. Kavajes 4, Tirane, 069 123 4567"


def test_the_variant_the_merchant_names_for_the_item_asked_about_is_its_variant() -> None:
    o = parse(
        "c: Pershendetje, vazon qe keni ne story e keni akoma?",
        "m: Po, ajo është terrakota, 1200 lekë.",
        "c: e dua",
        DETAILS,
        catalog=GARDEN,
    )
    assert items(o) == [("POT", 1, "terrakota")]


def test_in_english_and_german_too() -> None:
    o = parse(
        "c: Hi, is the garden chair from your last post still there?",
        "m: Yes, that's the green one, 3000 ALL.",
        "c: great, I'll take it",
        DETAILS,
        catalog=GARDEN,
    )
    assert items(o) == [("CHR", 1, "jeshile")]
    o = parse(
        "c: Hallo, den Blumentopf aus dem Video hätte ich gern",
        "m: Gerne, das ist der graue, 1200 Lek.",
        "c: ok",
        DETAILS,
        catalog=GARDEN,
    )
    assert items(o) == [("POT", 1, "gri")]


def test_options_a_condition_or_another_products_colour_fill_nothing() -> None:
    for merchant in (
        "m: E kemi të bardhë, terrakota dhe gri.",  # options
        "m: Nëse e mbani jashtë, terrakota.",  # advice under a condition
        "m: Karrigia e bardhë 3000 lekë.",  # the chair's colour, not the pot's
    ):
        o = parse(
            "c: dua nje vazo te madhe",
            merchant,
            "c: ok, e marr vazon",
            DETAILS,
            catalog=GARDEN,
        )
        assert ("POT", 1, None) in items(o), merchant


def test_the_customers_own_description_is_named_by_the_merchant() -> None:
    # the customer describes a colour the catalog does not name; the merchant names it
    o = parse(
        "c: Karrigen e kopshtit a e keni ne ngjyren e ullirit? ajo ne postimin e fundit",
        "m: Mirëdita! Po, ajo është ngjyra jeshile 😍 karrigia 3000 lekë.",
        "c: po po ajo! e dua",
        DETAILS,
        catalog=GARDEN,
    )
    assert items(o) == [("CHR", 1, "jeshile")]


def test_the_variant_the_merchant_recommends_for_the_need_told() -> None:
    o = parse(
        "c: dua nje vazo per nje limon te madh ne ballkon",
        "m: Për limon të madh shkon ajo gri, 1200 lekë.",
        "c: mire, ate",
        DETAILS,
        catalog=GARDEN,
    )
    assert items(o) == [("POT", 1, "gri")]


def test_a_shade_no_variant_names_is_its_colour() -> None:
    # the chairs come in white and green; "olive green" / "verde oliva" / "khaki" is the green
    # one, and the vase's "ivory" its white
    for said in (
        "c: dua karrigen e kopshtit olive green",
        "c: la sedia da giardino verde oliva",
        "c: den Gartenstuhl in Khaki bitte",
    ):
        o = parse(said, DETAILS, catalog=GARDEN)
        assert items(o) == [("CHR", 1, "jeshile")], said
    o = parse("c: a vase in ivory please", DETAILS, catalog=GARDEN)
    assert items(o) == [("POT", 1, "e bardhë")]
