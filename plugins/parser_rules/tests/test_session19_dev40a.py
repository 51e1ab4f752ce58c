"""Session 19 (dev40, part a): counts in the unit the merchant prices or packs a product by, and
counts of a product whose name starts with a word of time. Invented shops and sentences (none
taken from a corpus): a tile shop, a paint shop, a tennis club."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARBEN = "c: Arben Kola, Rr. Myslym Shyri 12, Tirane, 069 555 1234"

TILES = catalog_of(
    ("GRES", "Pllakë gres porcelani 60x60", "1400", ("bezhë", "gri")),
    ("KOLE", "Kollë pllakash (thes 25 kg)", "900", ()),
    ("SHTRIM", "Shtrim pllakash (m²)", "800", ()),
)


def test_a_price_per_square_metre_in_the_chat_counts_the_merchants_square_metres() -> None:
    # the name says no unit; the merchant's "1400 lekë/m²" says the tiles are sold by the m²,
    # so the square metres the merchant then states for them are the line's count
    o = parse(
        "c: pershendetje, dua pllaka gres gri per banjon",
        "m: Gres porcelani 60x60 1400 lekë/m². Sa e madhe eshte banjo?",
        "c: 2 me 3 metra",
        "m: Ju duhen 7 m² me humbjen",
        "c: ok",
        ARBEN,
        catalog=TILES,
    )
    assert items(o) == [("GRES", 7, "gri")]


def test_a_reckoning_then_the_larger_amount_to_buy_counts_the_larger() -> None:
    # "3x4 = 12 m², me humbje merrni 13 m²": the area, then what to buy; no "or" between them
    o = parse(
        "c: sa kushton shtrimi i pllakave? dhoma 3 me 4",
        "m: Shtrimi 800 lekë m². 3x4 = 12 m², me humbje merrni 13 m²",
        "c: mire, e dua shtrimin",
        ARBEN,
        catalog=TILES,
    )
    assert ("SHTRIM", 13, None) in items(o)


def test_two_amounts_offered_as_options_count_neither() -> None:
    # guard: "12 m² ose 13 m²" are options, not a reckoning
    o = parse(
        "c: dua shtrimin e pllakave",
        "m: Shtrimi 800 lekë m². Mund te bejme 12 m² ose 13 m²",
        "c: ok",
        ARBEN,
        catalog=TILES,
    )
    assert ("SHTRIM", 13, None) not in items(o)


PAINT = catalog_of(
    ("FAS", "Bojë fasade silikoni (kovë 15 L)", "4200", ("e bardhë", "krem")),
    ("AST", "Astar akrilik (bidon 5 L)", "1300", ()),
    ("ARKE", "Arkë 6 kova bojë e brendshme", "9000", ()),
)


def test_the_merchants_count_of_the_container_a_name_says_counts_the_line() -> None:
    # "Bojë fasade (kovë 15 L)": the merchant's "ju duhen 3 kova" in a sentence naming the
    # paint is the count of that line
    o = parse(
        "c: dua boje fasade te bardhe per shtepine",
        "m: Boja e fasades mbulon rreth 60 m² me një kovë, për shtëpinë tuaj ju duhen 3 kova",
        "c: ne rregull",
        ARBEN,
        catalog=PAINT,
    )
    assert items(o) == [("FAS", 3, "e bardhë")]


def test_a_container_after_a_number_in_the_name_is_what_the_pack_holds() -> None:
    # guard: "Arkë 6 kova" is one crate of six buckets; the merchant's "6 kova" is its content
    o = parse(
        "c: dua arken me boje te brendshme",
        "m: Arka me bojë të brendshme ka 6 kova",
        "c: ok",
        ARBEN,
        catalog=PAINT,
    )
    assert items(o) == [("ARKE", 1, None)]


TENNIS = catalog_of(
    ("FUSHE", "Orë fushe tenisi", "15", ("e brendshme", "e jashtme")),
    ("RAK", "Raketë me qira", "5", ()),
)


def test_a_count_before_a_name_that_starts_with_a_word_of_time_counts_it() -> None:
    # "Orë fushe tenisi": "3 ore fushe" are three of it, not a time of day or a duration of
    # something else
    o = parse(
        "c: dua 3 ore fushe te brendshme per te shtunen dhe 2 raketa",
        ARBEN,
        catalog=TENNIS,
    )
    assert items(o) == [("FUSHE", 3, "e brendshme"), ("RAK", 2, None)]


def test_containers_in_a_sentence_naming_no_product_count_nothing() -> None:
    # guard: "100 litra = 7 kova" names no product; the paint's line is not counted by it
    o = parse(
        "c: dua boje fasade te bardhe",
        "m: 100 litra = 7 kova",
        "c: ok",
        ARBEN,
        catalog=PAINT,
    )
    assert items(o) == [("FAS", 1, "e bardhë")]


BAKERY = catalog_of(
    ("TORTE", "Tortë çokollate", "2500", ("e vogël", "e madhe")),
    ("BAKL", "Bakllava me arra (tavë)", "3000", ()),
)


def test_a_closing_remove_word_takes_back_the_product_named_before_it() -> None:
    # "hiqe" (remove it) alone in the last segment: the product named just before it goes
    o = parse(
        "c: dua nje torte cokollate te madhe dhe nje bakllava",
        "c: harrova, torten e ka porositur motra, hiqe",
        ARBEN,
        catalog=BAKERY,
    )
    assert items(o) == [("BAKL", 1, None)]


LANGUAGE = catalog_of(
    ("KURS", "Kurs gjermanisht A1", "180", ()),
    ("APL", "Aplikacioni Fjalori Gjermanisht", "8", ("1 muaj", "6 muaj")),
)


def test_app_names_a_product_the_catalog_calls_an_application() -> None:
    # "app" is the everyday word for "aplikacioni" in Albanian, English, Italian and German chats
    o = parse("c: dua kursin A1 edhe app per 6 muaj", ARBEN, catalog=LANGUAGE)
    assert ("APL", 1, "6 muaj") in items(o)


FLOORS = catalog_of(
    ("LMN", "Laminat Egger 10mm", "700", ("lis", "hiri")),
    ("PRK", "Parket lisi 15mm", "1600", ()),
    ("ML", "Montim laminati", "180", ()),
    ("MP", "Montim parketi", "400", ()),
)


def test_a_fitting_serves_the_goods_ordered_past_a_stray_group_key() -> None:
    # "montimin" also reaches a clothing group ("mont", a coat) that "parketi" reaches too
    # ("parka"): that stray key must not keep the laminate's fitting out of the choice
    o = parse("c: dua laminat Egger hiri dhe montimin", ARBEN, catalog=FLOORS)
    assert items(o) == [("LMN", 1, "hiri"), ("ML", 1, None)]
