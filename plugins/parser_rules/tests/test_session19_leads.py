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
