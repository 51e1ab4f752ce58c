"""The merchant's total checks the order (totals.py): when the lines do not add up to the total
the merchant stated, the one small change that makes them add up is made. Conversations and
shops are invented for the tests."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct, ExtractedItem
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.normalize import clean
from plugins.parser_rules.tests.conftest import SHOP, items, parse
from plugins.parser_rules.totals import fit_total, stated_total

DETAILS = "c: Arben Hoxha, Rr. Kavajes 4, Tirane, 069 123 4567"


def _texts(*lines: str) -> list[tuple[int, str, str]]:
    return [
        (k, "customer" if line.startswith("c:") else "merchant", clean(line[2:].strip()))
        for k, line in enumerate(lines)
    ]


def _line(sku: str, qty: int, price: int) -> ExtractedItem:
    return ExtractedItem(product=sku, name=sku, quantity=qty, unit_price=Decimal(price))


def _fitted(lines: list[ExtractedItem], *texts: str) -> list[tuple[str | None, int]]:
    fit_total(lines, _texts(*texts))
    return [(it.product, it.quantity) for it in lines]


# --- the parser, end to end -------------------------------------------------------------


def test_a_product_only_asked_about_is_not_in_the_total() -> None:
    o = parse(
        "c: a keni unaza argjendi? dua 2 filxhana blu",
        "m: Po, unaza 4000. Filxhanet blu 2 x 300 = 600 lek gjithsej",
        "c: ok",
        DETAILS,
    )
    assert items(o) == [("CUP", 2, "blu")]


def test_a_product_out_of_stock_is_not_in_the_total_with_delivery() -> None:
    o = parse(
        "c: xhup lekure i zi dhe nje unaze argjendi per gruan",
        "m: Xhupi 9000 lek. Unaza sot nuk e kemi ne stok, vjen javen tjeter",
        "m: Gjithsej 9000 lek + transporti 300",
        "c: ok mire",
        DETAILS,
    )
    assert items(o) == [("JKT", 1, "e zezë")]


def test_the_total_settles_a_count_the_customer_split() -> None:
    o = parse(
        "c: vaj ulliri 3 L, sa copë keni?",
        "m: kemi plot",
        "c: atehere merr 4 per nenen e 2 per mua",
        "m: 6 x 1100 = 6600 lek, totali 6600",
        "c: po",
        DETAILS,
    )
    assert items(o) == [("OIL", 6, "3 L")]


def test_an_order_that_adds_up_is_left_alone() -> None:
    o = parse(
        "c: dua bluze M dhe filxhana te bardhe",
        "m: Bluze M 1500, filxhan 300 copa. Sa filxhana?",
        "c: gjashte",
        "m: Bluze 1500 + 6 filxhana 1800 = 3300 lek",
        "c: po",
        DETAILS,
    )
    assert items(o) == [("TSH", 1, "M"), ("CUP", 6, "e bardhë")]


# --- the total the merchant stated -------------------------------------------------------


def test_totals_in_the_ways_merchants_write_them() -> None:
    for text, value in (
        ("Gjithsej 8400 lek", 8400),
        ("8400 lek gjithsej, ku t'i dergojme?", 8400),
        ("Ok, 2,000 ALL total.", 2000),
        ("Insgesamt: 34 €", 34),
        ("Totale 40,50 €", Decimal("40.50")),
        ("2 x 2300 + 1900 = 6500 lek", 6500),
        ("Totali 1800 + 700 + 1500 = 4000 leke", 4000),
        ("вкупно 2590 ден", 2590),
    ):
        total, _fees = stated_total(_texts("m: " + text))
        assert total is not None and total.value == Decimal(value), text


def test_a_bare_equals_is_a_total_only_for_a_single_line() -> None:
    texts = _texts("m: 2 copë = 5800 lek")
    assert stated_total(texts)[0] is None  # maybe one line's sum of several
    total = stated_total(texts, bare=True)[0]
    assert total is not None and total.value == 5800


def test_a_price_before_a_new_sentence_is_not_a_total() -> None:
    total, fees = stated_total(_texts("m: Topi 30€. Gjithsej 50€ + 5€ transport"))
    assert total is not None and total.value == 50
    assert fees == {Decimal(5)}


def test_the_fee_may_be_named_a_few_words_before_its_amount() -> None:
    _total, fees = stated_total(_texts("m: Po, dergesa per Ferizaj 5€", "m: Gjithsej 77€"))
    assert fees == {Decimal(5)}


def test_a_later_price_without_a_total_makes_the_total_stale() -> None:
    texts = _texts(
        "m: Gjithsej 4380 den", "c: vetem nje", "m: Ne rregull: 1 xhakete, 2190 den + dergesa"
    )
    assert stated_total(texts)[0] is None


def test_a_discount_means_no_total_is_trusted() -> None:
    assert stated_total(_texts("m: Me zbritje 10%, gjithsej 5400 lek"))[0] is None
    assert stated_total(_texts("m: Mit Rabatt insgesamt 45 €"))[0] is None


# --- the change that makes the lines add up ----------------------------------------------


def test_one_line_too_many_is_dropped() -> None:
    lines = [_line("A", 2, 500), _line("B", 1, 800)]
    assert _fitted(lines, "c: dy A dhe nje B?", "m: Gjithsej 1000 lek") == [("A", 2)]


def test_one_count_is_changed_to_the_count_the_total_says() -> None:
    lines = [_line("A", 1, 500), _line("B", 1, 800)]
    fitted = _fitted(lines, "c: A e B", "m: tre A + nje B, totali 2300")
    assert fitted == [("A", 3), ("B", 1)]


def test_a_count_the_total_does_not_say_is_not_made_up() -> None:
    # the customer's own numbers (a house number, a correction after the total) are no count
    lines = [_line("A", 1, 500), _line("B", 1, 800)]
    fitted = _fitted(lines, "c: tre A e nje B, pallati 3", "m: Totali 2300")
    assert fitted == [("A", 1), ("B", 1)]


def test_merchant_amounts_the_catalog_does_not_explain_leave_the_order_alone() -> None:
    # walnuts quoted at 400 for a product the catalog sells at 1300: the merchant priced the
    # order otherwise and the catalog's sum cannot be checked against the total
    lines = [_line("HONEY", 1, 900), _line("NUTS", 1, 1300)]
    fitted = _fitted(
        lines, "c: honey and walnuts", "m: honey 900 ALL + walnuts 400 ALL + 300 delivery = 1,600"
    )
    assert fitted == [("HONEY", 1), ("NUTS", 1)]


def test_the_fee_may_be_inside_the_total() -> None:
    lines = [_line("A", 1, 500), _line("B", 1, 800)]
    fitted = _fitted(lines, "c: A e B", "m: Transporti 200 lek. Gjithsej 700 lek me transport")
    assert fitted == [("A", 1)]


def test_two_changes_that_both_fit_change_nothing() -> None:
    lines = [_line("A", 1, 500), _line("B", 1, 500), _line("C", 1, 300)]
    fitted = _fitted(lines, "c: A, B, C", "m: Gjithsej 800")
    assert fitted == [("A", 1), ("B", 1), ("C", 1)]


def test_a_line_without_a_price_changes_nothing() -> None:
    lines = [_line("A", 1, 500), ExtractedItem(product="B", name="B", quantity=1)]
    assert _fitted(lines, "c: A e B", "m: Gjithsej 500") == [("A", 1), ("B", 1)]


def test_the_last_line_is_never_dropped() -> None:
    lines = [_line("A", 1, 500)]
    assert _fitted(lines, "c: A", "m: Gjithsej 0") == [("A", 1)]


def _fitted_in_shop(
    lines: list[ExtractedItem], *texts: str
) -> list[tuple[str | None, int, str | None]]:
    fit_total(lines, _texts(*texts), index_for(SHOP))
    return [(it.product, it.quantity, it.variant) for it in lines]


def test_the_product_the_total_names_and_no_line_holds_is_added() -> None:
    lines = [_line("TSH", 2, 1500)]
    fitted = _fitted_in_shop(
        lines, "c: 2 bluza M dhe dicka per babin", "m: 2 bluze M + vaj ulliri 1 L = 4100 lek"
    )
    # the total's message itemises the whole order: the blouses' size it states fills the line
    # left open (session 8)
    assert fitted == [("TSH", 2, "M"), ("OIL", 1, "1 L")]


def test_two_products_the_total_names_that_would_each_fit_add_nothing() -> None:
    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct("PEN", "Stilolaps", ("pen",), Decimal(2), ()),
            CatalogProduct("ERASER", "Gome", ("eraser",), Decimal(2), ()),
            CatalogProduct("BOOK", "Fletore", ("notebook",), Decimal(5), ()),
        ),
    )
    lines = [_line("BOOK", 1, 5)]
    fit_total(
        lines, _texts("c: fletore", "m: fletore + stilolaps + gome, gjithsej 7€"), index_for(shop)
    )
    assert [(it.product, it.quantity) for it in lines] == [("BOOK", 1)]


def test_a_named_product_whose_price_does_not_fit_is_not_added() -> None:
    lines = [_line("TSH", 1, 1500)]
    fitted = _fitted_in_shop(lines, "c: bluze", "m: bluze + unaze argjendi, gjithsej 2000 lek")
    assert fitted == [("TSH", 1, None)]


def test_hostile_runs_of_operators_and_separators_give_no_total() -> None:
    # the patterns are bounded (a run of "+" or of "1." is read once, not once per position)
    for junk in ("+" * 4000, "1." * 2000, "= " * 2000):
        assert stated_total(_texts("m: " + junk))[0] is None
    o = parse("c: dua 2 bluza M", "m: " + "+" * 4000, DETAILS)
    assert items(o) == [("TSH", 2, "M")]
