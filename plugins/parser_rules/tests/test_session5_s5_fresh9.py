"""Session 5, second round (helper s5-fresh9): rules from the errors of dev9. Invented shops and
sentences only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Besa Krasniqi, Rr. Nënë Tereza 8, Pejë, 044 123 456"

HARDWARE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BOOT", "Këpucë pune", ("work boots",), Decimal("40"), ("41", "42", "43")),
        CatalogProduct("SCREW", "Vida druri", ("screws",), Decimal("2"), ("30 mm", "50 mm")),
    ),
)


def test_a_size_after_counted_pairs_or_packs_is_their_size() -> None:
    # "3 palë nr 43": the three pairs are size 43, not three of something and one 43
    o = parse(
        "c: keni kepuce pune?",
        "m: Po, nga 41 deri 43",
        "c: 3 pale nr 43 dhe 1 pale 41",
        ADDR,
        catalog=HARDWARE,
    )
    assert items(o) == [("BOOT", 3, "43"), ("BOOT", 1, "41")]
    o = parse(
        "c: do you have work boots?",
        "m: yes, 41 to 43",
        "c: 2 pairs 42 and 1 pair 41",
        ADDR,
        catalog=HARDWARE,
    )
    assert items(o) == [("BOOT", 2, "42"), ("BOOT", 1, "41")]
    # a comma between the count and the sizes still splits them
    o = parse("c: vida druri dua dy pako, nje 30 mm nje 50 mm", ADDR, catalog=HARDWARE)
    assert items(o) == [("SCREW", 1, "30 mm"), ("SCREW", 1, "50 mm")]
