"""Session 9, the older tuning sets' misses: general mechanisms, tested on invented shops of
other trades (car parts, soap and jam makers, a tea shop) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

PARTS = Catalog(
    products=(
        CatalogProduct("FILT", "Filter vaji", ("filter",), Decimal("5"), ("Nr 2", "Nr 3", "Nr 4")),
        CatalogProduct("OIL", "Vaj motori", ("vaj",), Decimal("10"), ("5W-30", "10W-40")),
    )
)

JAMS = Catalog(
    products=(
        CatalogProduct(
            "JAM", "Reçel shtëpie", ("recel", "Marmelade"), Decimal("400"),
            ("fik", "kumbull", "portokall"),
        ),
        CatalogProduct("FIGDRY", "Fiq të thatë", ("fiq", "getrocknete Feigen"), Decimal("600"), ()),
    )
)  # fmt: skip


def test_count_of_the_ordinal_size_is_one_line_of_that_size() -> None:
    # "2 t'3shit": two of the number-3 ones, not one "Nr 2" and one "Nr 3"
    order = parse(
        "c: a keni filter numrin 2? dy cope",
        "m: Po, filtri Nr 2, 5 euro.",
        "c: po t'treten? e kam makinen e re",
        "m: Nr 3 eshte per motorin e ri.",
        "c: ok qoni 2 t'3shit atehere",
        catalog=PARTS,
    )
    assert items(order) == [("FILT", 2, "Nr 3")]


def test_count_then_article_then_ordinal_in_one_message() -> None:
    order = parse(
        "c: keni filtra vaji?",
        "m: Po, Nr 2, Nr 3 dhe Nr 4, 5 euro copa.",
        "c: me dergoni 3 te 4-shit ju lutem",
        catalog=PARTS,
    )
    assert items(order) == [("FILT", 3, "Nr 4")]


def test_german_fig_meets_the_albanian_fig_variant() -> None:
    # "Feige" is the jam's "fik" flavour, not the dried figs sold as a product
    order = parse(
        "c: Hallo, habt ihr Marmelade?",
        "m: Ja, Reçel shtëpie: fik, kumbull, portokall. 400 Lek.",
        "c: zwei mal Feige und einmal Kumbull bitte",
        catalog=JAMS,
    )
    assert items(order) == [("JAM", 2, "fik"), ("JAM", 1, "kumbull")]
