"""Session 5 (helper s5b-products): products never found and extra products. Invented shops and
sentences only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Besa Krasniqi, Rr. Nënë Tereza 8, Pejë, 044 123 456"

GARAGE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("WIPER", "Fshirëse xhami", ("wiper", "tergicristallo"), Decimal("9")),
        CatalogProduct(
            "PHONE-HOLD", "Mbajtëse telefoni për makinë", ("phone holder",), Decimal("12")
        ),
    ),
)


def test_the_verb_keep_is_not_a_holder() -> None:
    # "mbaj" (keep, hold) is the root of "mbajtëse" (holder): the verb names no product
    o = parse(
        "c: dua 2 fshirese xhami",
        "c: a mund t'i mbajt deri neser? i mbajti dikush tjeter",
        ADDR,
        catalog=GARAGE,
    )
    assert items(o) == [("WIPER", 2, None)]
    o = parse("c: dua nje mbajtese telefoni", ADDR, catalog=GARAGE)
    assert items(o) == [("PHONE-HOLD", 1, None)]
