"""Round 3 (session 4) rules for items on unseen shops. Invented shops and sentences only, not
corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

KITCHEN = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("CUP", "Filxhan porcelani", (), Decimal("5"), ("i bardhë", "blu")),
        CatalogProduct("PAN", "Tigan alumini", (), Decimal("20"), ("24 cm", "28 cm")),
        CatalogProduct("TEA", "Çaj mali", (), Decimal("3"), ()),
    ),
)


def test_a_count_said_to_be_enough_replaces_the_count() -> None:
    o = parse("c: dua 3 filxhane blu", "c: hmm nje mjafton per tani", catalog=KITCHEN)
    assert items(o) == [("CUP", 1, "blu")]
    o = parse("c: I'd like 3 blue cups", "c: one is enough", catalog=KITCHEN)
    assert items(o) == [("CUP", 1, "blu")]
    o = parse("c: vorrei 3 tazze blu", "c: ne basta una", catalog=KITCHEN)
    assert items(o) == [("CUP", 1, "blu")]
    o = parse("c: ich nehme 3 blaue Tassen", "c: eine reicht", catalog=KITCHEN)
    assert items(o) == [("CUP", 1, "blu")]
    # with the product named, in a message that names two
    o = parse(
        "c: dua 3 filxhane blu dhe nje tigan 24 cm", "c: filxhanat, dy mjaftojne", catalog=KITCHEN
    )
    assert items(o) == [("PAN", 1, "24 cm"), ("CUP", 2, "blu")]


def test_no_comma_then_a_counted_product_corrects_its_count() -> None:
    # "Jo, <product> dy ..." corrects the count; it does not refuse the product
    o = parse("c: dua 3 filxhane blu", "c: Jo, filxhanat dy mjaftojne", catalog=KITCHEN)
    assert items(o) == [("CUP", 2, "blu")]
    o = parse("c: du 4 tigana 28 cm", "c: jo, tiganat dy mjaftojne", catalog=KITCHEN)
    assert items(o) == [("PAN", 2, "28 cm")]
