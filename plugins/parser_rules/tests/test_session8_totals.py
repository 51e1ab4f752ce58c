"""The merchant's total, session 8 (totals.py): amounts typed with a space between the
thousands, the lines the total's message itemises, a name the total settles, and a product the
customer talks about after the total. Conversations and the tool shop are invented."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct, ExtractedItem
from plugins.parser_rules.catalog_match import index_for
from plugins.parser_rules.normalize import clean
from plugins.parser_rules.prices import price_value
from plugins.parser_rules.totals import Pricing, _variant_prices, fit_total, stated_total

TOOLS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("DRL", "Trapan me bateri", ("drill", "trapani"), Decimal("7800"), ()),
        CatalogProduct(
            "GLV", "Doreza pune", ("work gloves", "dorashka"), Decimal("450"), ("M", "L", "XL")
        ),
        CatalogProduct("SCR", "Kuti vida", ("vidat", "screws"), Decimal("300"), ()),
        CatalogProduct("HMR", "Çekiç", ("cekic", "hammer"), Decimal("1200"), ()),
        CatalogProduct("SET-A", "Set kaçavida Bosch", (), Decimal("1500"), ()),
        CatalogProduct("SET-B", "Set kaçavida Makita", (), Decimal("2600"), ()),
        CatalogProduct(
            "PNT", "Bojë muri", ("boja", "wall paint"), Decimal("1800"), ("5 L", "15 L")
        ),
        CatalogProduct("RLR", "Rrul bojë", ("rrula", "roller"), Decimal("600"), ()),
        CatalogProduct("BRS", "Furçë", ("furca", "brush"), Decimal("300"), ()),
        CatalogProduct("CAP", "Kapelë pune", ("cap",), Decimal("700"), ("e zezë", "portokalli")),
        CatalogProduct("VST", "Jelek pune", ("vest",), Decimal("1000"), ("e zezë", "portokalli")),
        CatalogProduct(
            "LDR", "Shkallë alumini", ("ladder",), Decimal("5400"), ("3 shkallë", "5 shkallë")
        ),
    ),
)


def _texts(*lines: str) -> list[tuple[int, str, str]]:
    return [
        (k, "customer" if line.startswith("c:") else "merchant", clean(line[2:].strip()))
        for k, line in enumerate(lines)
    ]


def _line(sku: str, qty: int, variant: str | None = None) -> ExtractedItem:
    entry = next(p for p in TOOLS.products if p.sku == sku)
    return ExtractedItem(
        product=sku, name=entry.name, quantity=qty, variant=variant, unit_price=entry.price
    )


def _fitted(lines: list[ExtractedItem], *texts: str) -> list[tuple[str | None, int, str | None]]:
    fit_total(lines, _texts(*texts), index_for(TOOLS))
    return sorted((it.product, it.quantity, it.variant) for it in lines)


# --- amounts with the thousands grouped by a space ------------------------------------------


def test_thousands_grouped_by_a_space_are_one_amount() -> None:
    assert price_value("12 400") == Decimal("12400")
    assert price_value("1 250 000") == Decimal("1250000")
    for text in (
        "Totali 12 400 lekë",
        "Gjithsej: 12 400",
        "6200 + 6200 = 12 400 lek",
        "12 400 ALL total",
    ):
        total, _fees = stated_total(_texts("m: " + text))
        assert total is not None and total.value == Decimal("12400"), text


def test_a_grouped_total_corrects_the_order() -> None:
    # the customer's "2" was read as the drill's count; the total is one drill and two boxes
    got = _fitted(
        [_line("DRL", 2), _line("SCR", 2)],
        "c: dua trapanin dhe 2 kuti vida",
        "m: Trapani 7800 + vidat 2 x 300. Totali 8 400 lekë",
    )
    assert got == [("DRL", 1, None), ("SCR", 2, None)]


# --- the lines the total's message itemises ------------------------------------------------


def test_the_lines_the_total_itemises_are_the_order() -> None:
    # a count read on the wrong line: the total's message says which line it counts
    got = _fitted(
        [_line("HMR", 3), _line("GLV", 1, "L")],
        "c: nje cekic edhe doreza L 3 pal",
        "m: 1 çekiç + 3 doreza L = 2550 lek",
    )
    assert got == [("GLV", 3, "L"), ("HMR", 1, None)]


def test_the_lines_it_restates_replace_theirs_and_the_others_stay() -> None:
    # the drill is not restated; the gloves' count is, and with it the order adds up
    got = _fitted(
        [_line("DRL", 4), _line("GLV", 1, "M")],
        "c: please a drill and 4 pairs of gloves size M",
        "m: Gloves M 4 x 450 = 1800. Total 9600",
    )
    assert got == [("DRL", 1, None), ("GLV", 4, "M")]


def test_a_stated_line_keeps_the_variants_of_its_lines() -> None:
    # "2 doreza" restates the two lines by size; the ladder read from the address goes
    got = _fitted(
        [_line("GLV", 1, "M"), _line("GLV", 1, "XL"), _line("LDR", 1, "3 shkallë")],
        "c: doreza nje M nje XL",
        "m: 2 doreza pune, gjithsej 900 lek",
    )
    assert got == [("GLV", 1, "M"), ("GLV", 1, "XL")]


def test_the_total_settles_which_product_a_shared_name_means() -> None:
    # "set kacavida" fits both sets as well; only the Makita one adds up
    got = _fitted(
        [_line("HMR", 1)],
        "c: cekic dhe nje set kacavida",
        "m: Çekiç + set kaçavida = 3800 lek",
    )
    assert got == [("HMR", 1, None), ("SET-B", 1, None)]


def test_a_shared_name_that_the_total_cannot_settle_changes_nothing() -> None:
    # neither set makes 2000: nothing is added
    got = _fitted(
        [_line("HMR", 1)],
        "c: cekic dhe nje set kacavida",
        "m: Çekiç + set kaçavida = 2000 lek",
    )
    assert got == [("HMR", 1, None)]


def test_a_product_the_customer_talks_about_after_the_total_is_theirs_to_decide() -> None:
    # the total names the hammer; the customer then drops it: it is not added back
    got = _fitted(
        [_line("DRL", 1)],
        "c: trapanin dhe nje cekic",
        "m: Trapani 7800, çekiçi 1200. Total 9000 lek",
        "c: cekicin hiqe, e gjeta ne shtepi",
        "m: Ok, vetëm trapani",
    )
    assert got == [("DRL", 1, None)]


def test_an_order_that_adds_up_is_not_restated() -> None:
    got = _fitted(
        [_line("GLV", 2, "M")],
        "c: 2 pal doreza M",
        "m: 3 doreza M = 900 lek",  # the merchant's own slip: the lines already add up
    )
    assert got == [("GLV", 2, "M")]


# --- prices the merchant quotes for a variant -------------------------------------------------


def test_the_price_quoted_for_a_variant_checks_the_total() -> None:
    # the catalog's 1800 is the 5 L tin's; the merchant quotes the 15 L one, and with it the
    # brush read from "pa furce" is the line too many
    got = _fitted(
        [_line("PNT", 1, "15 L"), _line("RLR", 1), _line("BRS", 1)],
        "c: boje te bardhe 15 litra dhe nje rrul, pa furce",
        "m: Boja 15 L 4900 lek, rruli 600 lek. Totali 5500 lek",
    )
    assert got == [("PNT", 1, "15 L"), ("RLR", 1, None)]


def test_without_the_quote_the_total_is_not_the_catalogs_to_check() -> None:
    got = _fitted(
        [_line("PNT", 1, "15 L"), _line("RLR", 1), _line("BRS", 1)],
        "c: boje te bardhe 15 litra dhe nje rrul, pa furce",
        "m: Totali 5500 lek",
    )
    assert got == [("BRS", 1, None), ("PNT", 1, "15 L"), ("RLR", 1, None)]


def _quotes(*texts: str) -> dict[tuple[str | None, str | None], Decimal]:
    return _variant_prices(index_for(TOOLS), [_line("PNT", 1, "5 L")], _texts(*texts))


def test_what_is_a_price_quoted_for_a_variant() -> None:
    assert _quotes("m: Boja 15 L 4900 lek, 5 L 1800 lek") == {
        ("PNT", "15 L"): Decimal("4900"),
        ("PNT", "5 L"): Decimal("1800"),
    }
    assert _quotes("m: Wall paint 15 L only € 40") == {("PNT", "15 L"): Decimal("40")}
    # a count before it, an amount after "=", a sum, another product's price: no quote
    assert _quotes("m: 2 x boja 15 L 9800 lek") == {}
    assert _quotes("m: Boja 15 L = 4900 lek") == {}
    assert _quotes("m: Boja 15 L, totali 4900 lek") == {}
    assert _quotes("m: Boja 15 L dhe rruli 600 lek") == {}


def test_an_amount_not_quoted_has_no_known_price_once_another_is() -> None:
    pricing = Pricing({("PNT", "15 L"): Decimal("4900")}, frozenset({"PNT"}))
    assert pricing.unit(_line("PNT", 1, "15 L")) == Decimal("4900")
    assert pricing.unit(_line("PNT", 1, "5 L")) is None
    assert pricing.sum([_line("PNT", 1, "5 L"), _line("RLR", 2)]) is None
    assert Pricing().unit(_line("PNT", 1, "5 L")) == Decimal("1800")  # nothing quoted


# --- totals written without a total word; lines listed by variant ---------------------------


def test_a_list_summed_with_equals_and_a_sum_plus_its_fee_are_totals() -> None:
    for text, value in (
        ("Drill, hammer, 2 boxes of screws = 9600 ALL", "9600"),
        ("7800 lek + 300 lek transport", "8100"),
        ("Ok 8400€ + dergesa 5€", "8405"),
    ):
        total, _fees = stated_total(_texts("m: " + text))
        assert total is not None and total.value == Decimal(value), text
    # one line's sum after a greeting is not a list summed
    total, _fees = stated_total(_texts("m: Po, 2 copë = 900 lek"))
    assert total is None


def test_the_variants_listed_with_counts_are_the_one_products_lines() -> None:
    # "doreza M e L nga 2" read as two M; the merchant lists the sizes with their counts
    got = _fitted(
        [_line("GLV", 2, "M")],
        "c: doreza M e L nga 2",
        "m: Ok: 2 M, 2 L = 1800 lek",
    )
    assert got == [("GLV", 2, "L"), ("GLV", 2, "M")]


def test_a_count_before_the_next_name_is_that_names() -> None:
    # "3 kuti vida" counts the screws, not the gloves
    got = _fitted(
        [_line("GLV", 1, "M"), _line("SCR", 1)],
        "c: doreza XL dhe 3 kuti vida",
        "m: Doreza XL + 3 kuti vida = 1350 lek",
    )
    assert got == [("GLV", 1, "XL"), ("SCR", 3, None)]


def test_a_variant_is_read_in_its_names_own_part() -> None:
    # "black" is the vest's colour, not the cap's; the brush goes
    got = _fitted(
        [_line("CAP", 1, "e zezë"), _line("VST", 1, "e zezë"), _line("BRS", 1)],
        "c: an orange cap and a black vest",
        "m: Orange cap, black vest. Total 1700 lek",
    )
    assert got == [("CAP", 1, "portokalli"), ("VST", 1, "e zezë")]


def test_hostile_runs_of_grouped_digits_are_read_whole_without_a_hang() -> None:
    # a message of 3,600 characters of "111 111 …" before a fee: each pattern is bounded, so
    # this returns (in milliseconds) with the fee's sum as the only total
    total, fees = stated_total(_texts("m: " + "111 " * 900 + "+ 5 lek transport"))
    assert fees == {Decimal("5")}
    assert total is not None and total.value > 0


# --- totals in more words; a product only asked about ----------------------------------------


def test_totals_in_more_languages_and_with_words_before_the_amount() -> None:
    for text, value in (
        ("Toplam 1400 den", "1400"),
        ("Ukupno: 52 €", "52"),
        ("Вкупно 2360 ден", "2360"),
        ("Pagesa në dorëzim 3400 lekë", "3400"),
        ("Totali me transportin 5250 lekë", "5250"),
        ("Dostava sutra, plaćanje pri preuzimanju, 1580 den", "1580"),
    ):
        total, _fees = stated_total(_texts("m: " + text))
        assert total is not None and total.value == Decimal(value), text


def test_a_product_only_asked_about_that_the_total_says_was_taken_is_added() -> None:
    asked = [_line("HMR", 1)]
    lines = [_line("DRL", 1)]
    fit_total(
        lines,
        _texts("c: a keni cekic? dhe dua trapanin", "m: Pagesa në dorëzim 9000 lekë"),
        index_for(TOOLS),
        asked,
    )
    assert sorted((it.product, it.quantity) for it in lines) == [("DRL", 1), ("HMR", 1)]
    # the customer dropping it after the total keeps it out
    lines = [_line("DRL", 1)]
    fit_total(
        lines,
        _texts(
            "c: a keni cekic? dhe dua trapanin",
            "m: Pagesa në dorëzim 9000 lekë",
            "c: cekicin jo, vetem trapanin",
        ),
        index_for(TOOLS),
        asked,
    )
    assert [(it.product, it.quantity) for it in lines] == [("DRL", 1)]


def test_a_delivery_fee_named_after_the_total_leaves_it_standing() -> None:
    total, fees = stated_total(
        _texts("m: Çekiçi 1200, trapani 7800. Totali 9000 lekë", "m: Dërgesa për Durrës 300 lekë")
    )
    assert total is not None and total.value == Decimal("9000") and fees == {Decimal("300")}
    # a price quoted after the total still makes it stale
    total, _fees = stated_total(_texts("m: Totali 9000 lekë", "m: Furça 300 lekë"))
    assert total is None


def test_several_lines_too_many_are_left_out_when_only_that_fits() -> None:
    # the screws and the ladder were read from words that named no order
    got = _fitted(
        [_line("DRL", 1), _line("SCR", 1), _line("LDR", 1, "3 shkallë"), _line("HMR", 1)],
        "c: trapanin dhe nje cekic",
        "m: Totali 9000 lekë",
    )
    assert got == [("DRL", 1, None), ("HMR", 1, None)]


def test_the_variants_listed_after_a_name_are_its_lines() -> None:
    got = _fitted(
        [_line("DRL", 1), _line("GLV", 1, "L")],
        "c: trapani dhe doreza per te tre djemte",
        "m: Trapani 7800. Doreza: M, L dhe XL nga 450 lekë. Totali 9150 lekë",
    )
    assert got == [("DRL", 1, None), ("GLV", 1, "L"), ("GLV", 1, "M"), ("GLV", 1, "XL")]


def test_a_total_that_adds_up_restates_a_variant_written_in_full() -> None:
    # the cap was read black; the merchant's itemised total says orange, and it adds up
    texts = ("c: nje kapele pune portokalli te erret", "m: Kapelë pune portokalli + trapani = 8500")
    got = _fitted([_line("CAP", 1, "e zezë"), _line("DRL", 1)], *texts)
    assert got == [("CAP", 1, "portokalli"), ("DRL", 1, None)]
    # the customer speaking of a variant since keeps the lines as read
    got = _fitted([_line("CAP", 1, "e zezë"), _line("DRL", 1)], *texts, "c: jo, e zeza")
    assert got == [("CAP", 1, "e zezë"), ("DRL", 1, None)]


def test_variants_listed_before_the_first_name_are_the_lines_of_their_product() -> None:
    got = _fitted(
        [_line("GLV", 2, "M"), _line("DRL", 1)],
        "c: doreza 3 M dhe 1 L, edhe trapanin",
        "m: S'ka problem: 3 M, 1 L, trapani = 9600 lek",
    )
    assert got == [("DRL", 1, None), ("GLV", 1, "L"), ("GLV", 3, "M")]


def test_a_total_itemising_the_very_lines_read_changes_nothing() -> None:
    # the merchant counts out exactly the lines read (a note in brackets is no count) and totals
    # them at prices the catalog does not have: the prices are off, not the lines (a count of 2
    # for the screws would fit)
    got = _fitted(
        [_line("SCR", 1), _line("GLV", 3, "L")],
        "c: 1 kuti vida dhe 3 pale doreza L",
        "m: Kuti vida (2 kg) x1, doreza L x3. Totali 1950 lek",
    )
    assert got == [("GLV", 3, "L"), ("SCR", 1, None)]
