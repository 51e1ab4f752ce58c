"""The merchant's total, session 9 (totals.py): a count of one when the customer said none, a
line read as the wrong one of the products its words name, and a variant's price quoted after
a comma. Conversations and the lamp shop are invented."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct, Evidence, ExtractedItem
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.normalize import clean
from plugins.parser_rules.totals import _variant_prices, fit_total

LAMPS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("LMP-LED", "Llambë tavani LED", ("llamba led",), Decimal("40"), ()),
        CatalogProduct("LMP-KRI", "Llambë tavani kristal", (), Decimal("95"), ()),
        CatalogProduct(
            "BLB", "Poç LED", ("poc", "bulb"), Decimal("3"), ("E27 ngrohtë", "E27 ftohtë")
        ),
        CatalogProduct("ABJ", "Abazhur tavoline", ("abazhur",), Decimal("25"), ("30 cm", "45 cm")),
        CatalogProduct("CBL", "Kabllo zgjatuese", ("zgjatuese",), Decimal("7"), ("3 m", "5 m")),
    ),
)


def _texts(*lines: str) -> list[tuple[int, str, str]]:
    return [
        (k, "customer" if line.startswith("c:") else "merchant", clean(line[2:].strip()))
        for k, line in enumerate(lines)
    ]


def _line(sku: str, qty: int, variant: str | None = None, said: str = "") -> ExtractedItem:
    entry = next(p for p in LAMPS.products if p.sku == sku)
    evidence = Evidence(0, 0, len(said), said) if said else None
    return ExtractedItem(
        product=sku,
        name=entry.name,
        quantity=qty,
        variant=variant,
        unit_price=entry.price,
        evidence=evidence,
    )


def _fitted(lines: list[ExtractedItem], *texts: str) -> list[tuple[str | None, int, str | None]]:
    fit_total(lines, _texts(*texts), index_for(LAMPS))
    return sorted((it.product, it.quantity, it.variant) for it in lines)


def test_a_count_the_customer_never_said_is_one_when_the_total_says_so() -> None:
    # "45 cm" was read as a count of two somewhere; 25 + 2 x 3 = 31 is one lampshade and two bulbs
    got = _fitted(
        [_line("ABJ", 2, "45 cm"), _line("BLB", 2, "E27 ngrohtë")],
        "c: dua abazhurin 45 cm dhe 2 poça të ngrohtë",
        "m: Në rregull. Totali 31 €",
    )
    assert got == [("ABJ", 1, "45 cm"), ("BLB", 2, "E27 ngrohtë")]


def test_a_count_is_kept_when_the_total_fits_no_single_change() -> None:
    lines = [_line("ABJ", 2, "45 cm"), _line("BLB", 2, "E27 ngrohtë")]
    got = _fitted(lines, "c: dua 2 abazhure 45 cm dhe 2 poça", "m: Totali 70 €")
    assert got == [("ABJ", 2, "45 cm"), ("BLB", 2, "E27 ngrohtë")]


def test_the_total_picks_which_of_the_products_a_word_names() -> None:
    # "llambat" names both ceiling lamps; 40 + 7 is the LED one, not the crystal one read
    got = _fitted(
        [_line("LMP-KRI", 1, said="llambat"), _line("CBL", 1, "3 m", said="zgjatuese")],
        "c: sa kushtojne llambat e tavanit",
        "m: LED 40€, kristal 95€",
        "c: ma qo te thjeshten edhe nje zgjatuese 3 m",
        "m: Ne rregull, 47€ gjithsej",
    )
    assert got == [("CBL", 1, "3 m"), ("LMP-LED", 1, None)]


def test_no_swap_when_the_lines_add_up() -> None:
    got = _fitted(
        [_line("LMP-KRI", 1, said="llambat"), _line("CBL", 1, "3 m", said="zgjatuese")],
        "c: ma qo kristalin edhe nje zgjatuese",
        "m: Gjithsej 102€",
    )
    assert got == [("CBL", 1, "3 m"), ("LMP-KRI", 1, None)]


def test_a_variant_price_after_a_comma_is_its_price() -> None:
    items = [_line("CBL", 1, "5 m")]
    quotes = _variant_prices(
        index_for(LAMPS), items, _texts("m: Zgjatuesja 5 m, 11 €, e 3 metrëshja 7 €")
    )
    assert quotes[("CBL", "5 m")] == Decimal("11")


def test_the_price_after_haggling_leaves_the_total_before_it() -> None:
    # the customer asks for a discount after the total; the lower amount the merchant grants
    # says nothing of the lines, and the total before it still counts them out
    got = _fitted(
        [_line("ABJ", 1, "30 cm"), _line("CBL", 2, "5 m")],
        "c: 3 abazhure 30 cm dhe 2 zgjatuese 5 m",
        "m: 3 × abazhur 25 = 75, 2 zgjatuese 5 m × 7 = 14. Gjithsej 89 €",
        "c: a ka zbritje?",
        "m: Ju bëjmë 80 € 🙂",
    )
    assert got == [("ABJ", 3, "30 cm"), ("CBL", 2, "5 m")]


def test_the_count_the_total_implies_for_a_line_it_prices() -> None:
    # "dy abazhure" was read as one; the total quotes the lampshade's price and makes two
    lines = [_line("CBL", 4, "5 m"), _line("ABJ", 1, "30 cm")]
    got = _fitted(
        lines,
        "c: 4 zgjatuese 5 m dhe dy abazhure 30 cm",
        "m: Zgjatuese 5 m 7 secila, 4 = 28. Abazhur 30 cm 25 copa. Totali 78 €",
    )
    assert got == [("ABJ", 2, "30 cm"), ("CBL", 4, "5 m")]


def test_no_implied_count_for_a_line_whose_price_the_total_does_not_quote() -> None:
    # the merchant prices this order otherwise (a fee, a bundle): 78 is no count of the lines
    lines = [_line("CBL", 4, "5 m"), _line("ABJ", 1, "30 cm")]
    got = _fitted(lines, "c: 4 zgjatuese 5 m dhe abazhur 30 cm", "m: Totali 78 €")
    assert got == [("ABJ", 1, "30 cm"), ("CBL", 4, "5 m")]


def test_no_implied_count_the_customer_never_wrote() -> None:
    # 4 x 7 + 2 x 25 would make 78, but nobody wrote "2": a fee or another line is missing
    lines = [_line("CBL", 4, "5 m"), _line("ABJ", 1, "30 cm")]
    got = _fitted(
        lines,
        "c: 4 zgjatuese 5 m dhe abazhurin 30 cm",
        "m: Zgjatuese 5 m 7 secila, 4 = 28. Abazhur 30 cm 25 copa. Totali 78 €",
    )
    assert got == [("ABJ", 1, "30 cm"), ("CBL", 4, "5 m")]
