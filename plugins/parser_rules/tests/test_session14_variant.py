"""Session 14: variants named in the shop's accepted restatement, and Albanian plural forms of
"big" (invented shops and messages)."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.tests.conftest import items, parse
from plugins.parser_rules.variants import match_variant, says_verbatim, variant_spec

LINENS = Catalog(
    currency="ALL",
    products=(CatalogProduct("CRC", "Çarçaf", (), Decimal("1500"), ("90x200 cm", "160x200 cm")),),
)

PLUMBING = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("VAL", "Valvul", ("valvula",), Decimal("700"), ('1/2"', '3/4"', '1"')),
        CatalogProduct("POM", "Pompë uji", ("pompe",), Decimal("9000"), ()),
    ),
)

GARDEN = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("DHE", "Dhe për lule", (), Decimal("4"), ("thes 20 L", "thes 50 L")),
        CatalogProduct("VAZ", "Vazo", (), Decimal("3"), ()),
    ),
)


def test_the_restated_size_without_its_unit_replaces_the_customers() -> None:
    order = parse(
        "c: dua nje carcaf 90x200",
        "c: jo, per krevatin e dyfishte",
        "m: Pra: çarçaf 160x200. Adresa?",
        "c: Rr. Dibres 3, Durres, Mira Kola 068 333 2211",
        catalog=LINENS,
    )
    assert items(order) == [("CRC", 1, "160x200 cm")]


def test_the_customers_variant_said_in_the_restatement_stays() -> None:
    # the restatement's '1"' is read without its inch mark, "2 valvula ... 1" reads as 1/2";
    # the customer's own variant is said there too: it stays
    order = parse(
        "c: 2 valvula 1 inch dhe nje pompe",
        'm: Ok: 2 valvula 1", 1 pompë uji. Adresa?',
        "c: Rr. Elbasanit 7, Tirane, Besnik Dema 069 555 7788",
        catalog=PLUMBING,
    )
    assert sorted(items(order)) == [("POM", 1, None), ("VAL", 2, '1"')]


def test_says_verbatim_reads_the_variants_words_in_a_row() -> None:
    toks = tokenize("Pra: pllakë 20x30 + 2 kuti, ngjyrë ari mat")
    assert says_verbatim(toks, "20x30 cm")  # a closing unit may be left out
    assert says_verbatim(toks, "ari mat")
    assert not says_verbatim(toks, "krom mat")
    assert not says_verbatim(toks, "20x20 cm")


def test_the_plural_big_ones_name_the_larger_sack() -> None:
    specs = [variant_spec(v) for v in ("thes 20 L", "thes 50 L")]
    for text in ("dy thase te medhaja", "dy thase te medhat", "ato te medhajat"):
        toks = tokenize(text)
        hit = match_variant(specs, toks, 0, len(toks))
        assert hit is not None and hit.index == 1, text
    order = parse("c: dhe per lule: dy thase te medhaja", catalog=GARDEN)
    assert items(order) == [("DHE", 2, "thes 50 L")]


BLINDS = Catalog(
    currency="MKD",
    products=(CatalogProduct("ROL", "Roletë me zinxhir", (), Decimal("1500"), ("50 cm", "90 cm")),),
)


def test_a_width_in_millimetres_names_the_variant_in_centimetres() -> None:
    order = parse("c: dua 2 rolete me zinxhir, gjeresia 900 mm", catalog=BLINDS)
    assert items(order) == [("ROL", 2, "90 cm")]
    specs = [variant_spec(v) for v in ("12 mm", "25 mm")]
    toks = tokenize("the 2.5 cm one")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and hit.index == 1


GAS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("TUB", "Tub gazi", (), Decimal("300"), ("1 m", "1.5 m", "2 m")),
        CatalogProduct("FUR", "Furnelë gazi", (), Decimal("3000"), ("1 vatër", "2 vatra")),
    ),
)


def test_a_product_named_in_the_reason_for_a_change_keeps_its_line() -> None:
    order = parse(
        "c: tub 1 meter, edhe furnelen",
        "c: tubin bone 2 metra se nuk shkon deri te furnela",
        catalog=GAS,
    )
    assert sorted(items(order)) == [("FUR", 1, None), ("TUB", 1, "2 m")]


def test_a_size_word_in_a_places_name_is_no_variant() -> None:
    order = parse(
        "c: 2 rolete me zinxhir 90 cm",
        "m: 2 rolete 90 cm. Ku t'i dërgojmë?",
        "c: Lagjja e Vogël, Rruga e Madhe nr 4, Shkolla e Mesme, Struga. 070 222 333",
        catalog=BLINDS,
    )
    assert items(order) == [("ROL", 2, "90 cm")]
    specs = [variant_spec(v) for v in ("15 cm", "18 cm", "20 cm")]
    toks = tokenize("te Shkolla e Mesme")
    assert match_variant(specs, toks, 0, len(toks)) is None
    toks = tokenize("ate te mesmen")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and hit.index == 1


SKI = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("GLV", "Doreza ski", ("gloves",), Decimal("30"), ("S", "M", "L", "XL")),
        CatalogProduct("BOT", "Çizme dimri", ("boots",), Decimal("70"), ("40", "42", "44")),
    ),
)


def test_a_person_described_after_the_change_is_the_reason_not_a_size() -> None:
    order = parse("c: doreza L", "c: dorezat bone XL, ai ka duar te medha", catalog=SKI)
    assert items(order) == [("GLV", 1, "XL")]


def test_a_person_with_a_number_gives_the_size() -> None:
    order = parse("c: nje pal cizme dimri per burrin, ai ka 44", catalog=SKI)
    assert items(order) == [("BOT", 1, "44")]


PRINTS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("PRT-LIQ", "Poster Liqeni", (), Decimal("20"), ("30x40", "50x70")),
        CatalogProduct("PRT-DET", "Poster Deti", (), Decimal("20"), ("30x40", "50x70")),
    ),
)


def test_the_merchant_asks_the_variant_of_a_product_the_order_lacks() -> None:
    order = parse(
        "c: posterin e liqenit, te madhin",
        "c: edhe ate me dallge",
        "m: Posterin Deti? Ne cilen mase?",
        "c: te voglin",
        "m: Liqeni 50x70 + Deti 30x40. Adresa?",
        "c: Rr. Qemal Stafa 9, Elbasan, Dorina Hysa 069 111 2233",
        catalog=PRINTS,
    )
    assert sorted(items(order)) == [("PRT-DET", 1, "30x40"), ("PRT-LIQ", 1, "50x70")]


SCARVES = Catalog(
    currency="EUR",
    products=(CatalogProduct("SHL", "Shall leshi", (), Decimal("15"), ("gri", "bezh", "blu")),),
)


def test_the_value_after_a_bare_no_is_the_one_given_up() -> None:
    order = parse("c: 2 shalle leshi blu", "c: shallet ma mire ne bezh, jo blu", catalog=SCARVES)
    assert items(order) == [("SHL", 2, "bezh")]


SIPHONS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "CO2", "Bombol CO2 për sodë", (), Decimal("12"), ("rimbushje", "bombol e re")
        ),
    ),
)


def test_a_refill_said_in_another_language_names_the_refill_variant() -> None:
    for text in (
        "c: treba mi 2 CO2 za sodu, da se napune",
        "c: two CO2 for soda, refills please",
        "c: 2 CO2 per soda, ricarica",
    ):
        assert items(parse(text, catalog=SIPHONS)) == [("CO2", 2, "rimbushje")], text
