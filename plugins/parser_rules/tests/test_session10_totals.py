"""The merchant's total, session 10 (totals.py): a variant the merchant quoted a price for added
as the line the total is missing, a product the merchant named only by its price, "postë" as a
delivery fee, "Gjithsej 6 m = 3900" as 3900, and of several orders that add up, the one whose
variants the total's message names. Conversations and the garden shop are invented."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct, ExtractedItem
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.normalize import clean
from plugins.parser_rules.tests.conftest import parse
from plugins.parser_rules.totals import fit_total, stated_total

GARDEN = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("HOSE", "Zorrë uji", ("zorre",), Decimal("12"), ("15 m", "25 m", "Rakord")),
        CatalogProduct("POT", "Vazo balte", ("vazo",), Decimal("6"), ("20 cm", "30 cm")),
        CatalogProduct("SOIL", "Dhe për lule", ("dhe",), Decimal("5"), ()),
        CatalogProduct(
            "LAMP", "Llambë solare", ("llambe solare",), Decimal("8"), ("Për mur", "Për tokë")
        ),
    ),
)


COMPOST = Catalog(
    currency=GARDEN.currency,
    products=(
        *GARDEN.products,
        CatalogProduct("CMP", "Pleh kompost", ("kompost",), Decimal("9"), ()),
    ),
)


def _texts(*lines: str) -> list[tuple[int, str, str]]:
    return [
        (k, "customer" if line.startswith("c:") else "merchant", clean(line[2:].strip()))
        for k, line in enumerate(lines)
    ]


def _line(sku: str, qty: int, variant: str | None = None) -> ExtractedItem:
    entry = next(p for p in GARDEN.products if p.sku == sku)
    return ExtractedItem(sku, entry.name, qty, variant, entry.price)


def _fitted(
    lines: list[ExtractedItem], *texts: str, catalog: Catalog = GARDEN
) -> list[tuple[str | None, int, str | None]]:
    fit_total(lines, _texts(*texts), index_for(catalog))
    return sorted((it.product, it.quantity, it.variant) for it in lines)


def test_a_quoted_variant_no_line_holds_is_the_line_the_total_misses() -> None:
    # the connector was asked for beside the hose and priced, but not read: 25 + 2 x 6 + 4 = 41
    got = _fitted(
        [_line("HOSE", 1, "25 m"), _line("POT", 2, "30 cm")],
        "c: dua zorren 25 metra, 2 vazo te medha edhe nji rakord",
        "m: Zorra 25 m 25€, vazo 30 cm 6€, rakord 4€",
        "m: Gjithsej 41€",
    )
    assert got == [("HOSE", 1, "25 m"), ("HOSE", 1, "Rakord"), ("POT", 2, "30 cm")]


def test_a_quoted_variant_is_not_added_when_the_lines_already_add_up() -> None:
    got = _fitted(
        [_line("HOSE", 1, "25 m"), _line("POT", 2, "30 cm")],
        "c: dua zorren 25 metra dhe 2 vazo te medha",
        "m: Zorra 25 m 25€, rakord 4€, vazo 30 cm 6€",
        "m: Gjithsej 37€",
    )
    assert got == [("HOSE", 1, "25 m"), ("POT", 2, "30 cm")]


def test_poste_is_a_delivery_fee_beside_the_total() -> None:
    # "+ postë 2€" names the fee: 3 x 5 = 15 is the goods, so the soil is three bags, not four
    got = _fitted(
        [_line("SOIL", 4)],
        "c: 4 thase dhe... jo, mjaftojne 3",
        "m: Në rregull: 3 thasë dhe = 15€ + postë 2€",
    )
    assert got == [("SOIL", 3, None)]


def test_of_two_orders_that_add_up_the_one_whose_variant_the_total_names() -> None:
    # dropping either lamp makes 8 + 5; the total's message says the wall one stays
    got = _fitted(
        [_line("LAMP", 1, "Për mur"), _line("LAMP", 1, "Për tokë"), _line("SOIL", 1)],
        "c: dy llamba solare, nji per mur nji per toke, edhe nji thes dhe",
        "c: hmm jo, vetem ate per mur",
        "m: Ne rregull: ajo per mur + thesi = 13€",
    )
    assert got == [("LAMP", 1, "Për mur"), ("SOIL", 1, None)]


def test_two_orders_that_add_up_and_name_nothing_leave_the_lines() -> None:
    lines = [_line("LAMP", 1, "Për mur"), _line("LAMP", 1, "Për tokë"), _line("SOIL", 1)]
    got = _fitted(lines, "c: dy llamba solare edhe dhe", "m: Ne rregull, 13€ gjithsej")
    assert len(got) == 3


def test_a_product_the_merchant_named_only_by_its_price_is_the_line_the_total_misses() -> None:
    # "torba organike" is no catalog word, but 9 € is the compost's price and no other product's
    got = _fitted(
        [_line("POT", 2, "20 cm")],
        "c: 2 vazo te vogla, edhe torba organike a keni?",
        "m: Po, torba organike 10 litra 9€",
        "c: po, ate",
        "m: Gjithsej 21€",
        catalog=COMPOST,
    )
    assert got == [("CMP", 1, None), ("POT", 2, "20 cm")]


def test_a_line_read_as_another_product_yields_to_the_one_the_merchant_priced() -> None:
    # the soil was read where the merchant priced the compost: 9 + 12 = 21
    got = _fitted(
        [_line("SOIL", 1), _line("POT", 2, "20 cm")],
        "c: 2 vazo te vogla, edhe qese me pleh organik",
        "m: Pleh organik i lëngshëm, 9€",
        "m: Gjithsej 21€",
        catalog=COMPOST,
    )
    assert got == [("CMP", 1, None), ("POT", 2, "20 cm")]


def test_a_price_beside_a_product_the_merchant_names_is_that_products() -> None:
    # 9 € is said of the hose connector, a variant of a named product: no compost is added
    got = _fitted(
        [_line("POT", 2, "20 cm")],
        "c: 2 vazo te vogla",
        "m: Vazo 6€ copa; zorra me rakord 9€",
        "m: Gjithsej 21€",
        catalog=COMPOST,
    )
    assert got == [("POT", 2, "20 cm")]


def test_a_total_that_counts_what_it_sums_is_the_sum() -> None:
    total, _fees = stated_total(_texts("m: Gjithsej 6 m = 3900 lekë. Adresa?"))
    assert total is not None and total.value == Decimal("3900")


def test_the_order_says_whether_its_items_make_the_chat_total() -> None:
    lines = (
        "c: dua 2 vazo te medha",
        "m: Vazo 30 cm 6€ copa. Gjithsej 15€",
        "c: Ana Leka, Rr. Kavajes 4, Tirane 069 123 4567",
    )
    order = parse(*lines, catalog=GARDEN)
    assert [(i.product, i.quantity) for i in order.items] == [("POT", 2)]
    assert order.total_matches is False  # 2 x 6 is not 15: the dashboard asks for a check
    assert order.evidence["total"].text == "Vazo 30 cm 6€ copa. Gjithsej 15€"
    assert order.evidence["total"].message_index == 1
    fine = parse(lines[0], "m: Vazo 30 cm 6€ copa. Gjithsej 12€", lines[2], catalog=GARDEN)
    assert fine.total_matches is True
    assert parse(lines[0], "m: Po, i kemi", lines[2], catalog=GARDEN).total_matches is None


def test_a_fee_word_after_other_words_names_the_fee() -> None:
    # "me kurier për Korçë 3€": the search once started at "me" and never tried "kurier"
    _total, fees = stated_total(
        _texts("m: Po, me kurier për Korçë 3€, 2 ditë", "m: Faleminderit, totali 15€")
    )
    assert fees == {Decimal("3")}


def test_a_price_said_of_a_lines_variant_names_no_other_product() -> None:
    # "25 m (9 €)" prices the hose's 25 m; the compost also costs 9 but is not meant
    got = _fitted(
        [_line("HOSE", 1, "25 m"), _line("POT", 1, "20 cm")],
        "c: a keni zorre uji?",
        "m: Po, 15 m (12 €) e 25 m (9 €)",
        "c: 25 metra edhe nje vazo",
        "m: Gjithsej 15€",
        catalog=COMPOST,
    )
    assert got == [("HOSE", 1, "25 m"), ("POT", 1, "20 cm")]
