"""Session 19 (leads): a room's sides are no count, an offer turned down with its reason is no
line, and a language said by its code or bare name is the variant. Invented shops and
sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

DITA = "c: Dita Krasniqi, Rr. Ilir Konushevci 4, Ferizaj, 049 331 207"

PAINT = catalog_of(
    ("LYR", "Lyerje muri (m²)", "3", ("e bardhë", "krem")),
    ("TILE", "Pllaka dyshemeje (m²)", "16", ("gri", "bezhë")),
    ("PRM", "Astar 5 L", "12", ()),
)


def test_a_rooms_sides_are_no_count() -> None:
    # "kuzhina është 3 me 4": the kitchen's two sides, not three of the tiles
    o = parse(
        "c: sa kushtojne pllakat e dyshemese?",
        "m: 16 € m². Ngjyrat: gri, bezhë",
        "c: kuzhina eshte 3 me 4, i dua gri",
        DITA,
        catalog=PAINT,
    )
    assert items(o) == [("TILE", 1, "gri")]


def test_two_sides_with_a_length_unit_are_no_count() -> None:
    # "5 by 3 metres" of a wall to paint: a size in English, the first side no count
    o = parse(
        "c: hi, I need Lyerje muri in white, the wall is 5 by 3 metres",
        DITA,
        catalog=PAINT,
    )
    assert items(o) == [("LYR", 1, "e bardhë")]


def test_the_second_side_in_metres_is_no_area() -> None:
    # "4 me 6 metra": the sides in metres are not 6 m² of tiles
    o = parse(
        "c: pllaka dyshemeje bezhe, 4 me 6 metra",
        DITA,
        catalog=PAINT,
    )
    assert items(o) == [("TILE", 1, "bezhë")]


def test_a_count_before_with_stays_a_count() -> None:
    # guard: "2 me 5 litra" is no pair of sides (no length unit, no room)
    o = parse("c: dua 2 astar, me 5 litra", DITA, catalog=PAINT)
    assert items(o) == [("PRM", 2, None)]


CAKES = catalog_of(
    ("CAKE", "Tortë me fruta", "25", ("e vogël", "e madhe")),
    ("CNDL", "Qirinj ditëlindjeje", "2", ()),
    ("CARD", "Kartolinë urimi", "1", ()),
)


def test_an_offer_turned_down_because_someone_has_it_is_no_line() -> None:
    # "qirinjtë jo, i ka gjyshja": the grandmother has candles, the offer is turned down
    o = parse(
        "c: dua nje torte me fruta te madhe",
        "m: Në rregull. Qirinj ditëlindjeje?",
        "c: qirinj jo i ka gjyshja",
        DITA,
        catalog=CAKES,
    )
    assert items(o) == [("CAKE", 1, "e madhe")]


def test_an_offer_turned_down_with_thanks_is_no_line() -> None:
    o = parse(
        "c: dua nje torte me fruta te vogel",
        "m: Edhe kartolinë urimi?",
        "c: kartoline jo faleminderit",
        DITA,
        catalog=CAKES,
    )
    assert items(o) == [("CAKE", 1, "e vogël")]


def test_have_with_a_need_word_still_wants_it() -> None:
    # guard: "i kemi nevojë" (we need them) after a yes keeps the candles
    o = parse(
        "c: dua nje torte me fruta te madhe",
        "m: Qirinj ditëlindjeje?",
        "c: qirinj po, i kemi nevoje",
        DITA,
        catalog=CAKES,
    )
    assert items(o) == [("CAKE", 1, "e madhe"), ("CNDL", 1, None)]


PAINTS = catalog_of(
    ("PNT", "Bojë muri 15 L", "40", ("e bardhë", "krem")),
    ("TAPE", "Shirit maskimi (metër)", "1", ("i bardhë", "i verdhë")),
)
ASKED_TAPE = (
    "c: sa kushton boja e murit?",
    "m: 40 € kova 15 L, e bardhë ose krem",
    "c: krem",
    "m: Ok, krem.",
    "c: po. a e sillni edhe shiritin?",
    "m: Shirit maskimi i verdhë shkon me bojën, 1 € metri, rreth 20 m",
)


def test_no_then_the_product_someone_has_is_no_line() -> None:
    # "jo shiritin e kemi të letrës": the customer turns the tape down, they have their own
    o = parse(*ASKED_TAPE, "c: jo shiritin e kemi te letres, e ruajme ate", DITA, catalog=PAINTS)
    assert items(o) == [("PNT", 1, "krem")]


def test_no_then_the_product_we_have_ordered_is_no_refusal() -> None:
    # guard: "e kemi porositur" (we have ordered it) is no reason to turn it down
    o = parse(*ASKED_TAPE, "c: jo shiritin e kemi porositur, sillni", DITA, catalog=PAINTS)
    assert items(o) == [("PNT", 1, "krem"), ("TAPE", 1, "i verdhë")]


BOOKS = catalog_of(
    ("DICT", "Fjalor xhepi", "9", ("anglisht", "gjermanisht", "italisht")),
    ("SUBS", "Titra filmi (për minutë)", "2", ("anglisht", "frengjisht", "turqisht")),
)


def test_a_language_code_in_capitals_is_the_variant() -> None:
    o = parse("c: dua fjalor xhepi DE", DITA, catalog=BOOKS)
    assert items(o) == [("DICT", 1, "gjermanisht")]
    o = parse("c: titra filmi per 20 minuta, FR", DITA, catalog=BOOKS)
    assert items(o) == [("SUBS", 20, "frengjisht")]


def test_a_language_named_bare_is_the_variant() -> None:
    o = parse("c: vorrei il fjalor xhepi, italiano", DITA, catalog=BOOKS)
    assert items(o) == [("DICT", 1, "italisht")]


def test_a_code_in_small_letters_is_a_word() -> None:
    # guard: "de" and "it" in small letters are words, not German or Italian
    o = parse("c: dua fjalor xhepi, po de", DITA, catalog=BOOKS)
    assert items(o) == [("DICT", 1, None)]
