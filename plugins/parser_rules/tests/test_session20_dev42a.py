"""Session 20 (dev42, first half): invented shops and sentences (none taken from a corpus)."""

from __future__ import annotations

from plugins.parser_rules.per_unit import clock_span, name_unit
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

# a tennis club that lets its courts by the hour ("– 1 orë" closes the name's part)
TENNIS = catalog_of(
    ("TK-1", "Tenis në fushë me rërë – 1 orë (ditë / natë me ndriçim)", "12", ("ditë", "natë")),
    ("RAK", "Reketë me qira", "3", ()),
)


def test_one_unit_set_off_by_a_dash_or_a_bracket_is_the_unit_a_name_is_sold_per() -> None:
    assert name_unit("Studio provash – 1 orë") is not None
    assert name_unit("Sauna private (1 orë)") is not None
    assert name_unit("Fusha tenisi – 1 orë (ditë / natë)") is not None
    # guards: a fixed term of several units, a unit inside the name
    assert name_unit("Kurs vallëzimi (3 ditë)") is None
    assert name_unit("Paketë 1 orë masazh dhe sauna") is None


def test_a_clock_span_gives_the_hours_of_a_slot() -> None:
    def hours(text: str) -> int | None:
        (sent,) = split_sentences(0, text)
        span = clock_span(sent, 0, len(sent.toks))
        return None if span is None else span[1] - span[0]

    assert hours("fusha e tenisit 16–18") == 2
    assert hours("studio 19:00-22:00 e lire") == 3
    assert hours("prej 9 deri 11 ju presim") == 2
    # guards: a duration's span, a half hour, two spans
    assert hours("zgjat 2-3 orë") is None
    assert hours("studio 19:30-21:00") is None
    assert hours("16–18 ose 19–21") is None


def test_the_slot_the_merchant_confirms_counts_the_hours_of_a_line_sold_per_hour() -> None:
    o = parse(
        "c: pershendetje a ka fushe tenisi te shtunen pasdite?",
        "m: Përshëndetje! Po, e lirë është 16–18, ditën 12€ ora.",
        "c: ok rezervoje, edhe dy rekete me qira",
        "m: U rezervua: fusha e tenisit me rërë e shtunë 16–18, 2 reketë. Emri?",
        "c: Dardan Hoxha 044 512 907",
        catalog=TENNIS,
    )
    assert ("TK-1", 2, "ditë") in items(o)
    assert ("RAK", 2, None) in items(o)


def test_a_slot_before_the_name_counts_too_and_a_count_said_stays() -> None:
    o = parse(
        "c: a keni fushe tenisi me rere per neser?",
        "m: Nesër 10–13 fusha e tenisit me rërë është e lirë, 12€ ora.",
        "c: po e marrim. Dardan Hoxha 044 512 907",
        catalog=TENNIS,
    )
    assert [(p, q) for p, q, _ in items(o)] == [("TK-1", 3)]


# a print shop for business cards
CARDS = catalog_of(
    ("KV", "Kartëvizita 100 copë", "1500", ("mat", "me shkëlqim")),
    ("FL", "Fletëpalosje A5", "20", ()),
)


def test_the_writer_named_after_a_role_word_is_the_customer() -> None:
    o = parse(
        "c: Mirëdita, jam farmacistja Teuta Gjika nga Korça. Dua kartëvizita mat, 100 copë",
        "m: Mirëdita! Kartëvizita mat 1500 lekë. Adresa?",
        "c: Rruga Republika 21, Korçë, 069 411 2290",
        catalog=CARDS,
    )
    assert o.customer_name == "Teuta Gjika"


def test_a_name_given_plainly_beats_the_one_after_a_role_word() -> None:
    # guard: "jam djali Dritan" names the writer beside the recipient the parcel goes to
    o = parse(
        "c: pershendetje dua kartevizita mat per babin",
        "m: Po, 1500 lekë. Adresa dhe emri?",
        "c: Rruga Republika 21, Korçë. Sokol Gjika 069 411 2290",
        "c: une jam djali Dritan ne Zvicer, faleminderit",
        catalog=CARDS,
    )
    assert o.customer_name == "Sokol Gjika"


# a fishing shop: line by the spool, or a box of spools, each in the line's thickness number
FISHING = catalog_of(
    ("FIJE", "Fije peshkimi – bobinë 100 m", "4", ("20", "25", "30")),
    ("FIJE-K", "Fije peshkimi – kuti 20 bobina", "70", ("20", "25", "30")),
)


def test_a_number_after_a_size_word_is_the_size_not_a_number_of_another_name() -> None:
    # "nr. 20" is the thickness; it does not make the line the box "20 bobina"
    o = parse(
        "c: pershendetje, m'i ruani 3 bobina fije peshkimi, te hollat",
        "m: Fije peshkimi nr. 20 (të hollat), 3 bobina, i lëmë gati. Emri?",
        "c: Petrit Gjoka",
        catalog=FISHING,
    )
    assert items(o) == [("FIJE", 3, "20")]


# a curtain shop: curtains by size, rods by material
CURTAINS = catalog_of(
    ("PERDE", "Perde dritareje", "3000", ("100x150 cm", "150x200 cm")),
    ("KORNIZ", "Kornizë perdeje", "1500", ("druri", "metali")),
)


def test_amounts_after_variants_without_currency_are_their_prices_in_a_priced_message() -> None:
    # "druri 1500, metali 1200": the rod's prices, so the total drops the curtain not taken
    o = parse(
        "c: pershendetje, dua nje perde 150x200 per sallonin, dy korniza metali dhe nje perde"
        " 100x150 per banjon",
        "m: Përshëndetje! Perdja 150x200 cm 4500 lekë. Kornizat: druri 1500, metali 1200.",
        "m: 1 perde 150x200 + 2 korniza metali = 6900 lekë. Adresa?",
        "c: Rruga Kavajes 40, Tirane, Elsa Dervishi 069 321 4455",
        catalog=CURTAINS,
    )
    assert items(o) == [("PERDE", 1, "150x200 cm"), ("KORNIZ", 2, "metali")]


# a scarf shop whose colours are also given names ("Rosa", "Bianca")
SCARVES = catalog_of(
    ("SHALL", "Shall mëndafshi", "2500", ("e bardhë", "rozë", "blu")),
    ("KAPELE", "Kapelë leshi", "1800", ()),
)


def _scarf_order(details: str) -> tuple[list[tuple[str | None, int, str | None]], str | None]:
    o = parse(
        "c: pershendetje, dua nje shall mendafshi",
        "m: Përshëndetje! E kemi të bardhë, rozë dhe blu, 2500 lekë.",
        "c: te bardhin. adresa:",
        details,
        "m: Faleminderit Rosa! Nisim nesër.",
        catalog=SCARVES,
    )
    return items(o), o.customer_name


def test_a_given_name_that_is_a_colour_is_a_name_when_the_merchant_addresses_it() -> None:
    # the merchant's "Faleminderit Rosa!": the name, so it names no colour of the scarf
    assert _scarf_order("c: Rosa Leka, Rruga e Durresit 15, Tirane, 069 552 1100") == (
        [("SHALL", 1, "e bardhë")],
        "Rosa Leka",
    )
    # the name typed before the street without a comma
    assert _scarf_order("c: Rosa Leka Rruga e Durresit 15 Tirane 069 552 1100")[1] == "Rosa Leka"


# an optician's for children
GLASSES = catalog_of(
    ("SYZE", "Syze optike për fëmijë", "60", ()),
    ("KUTI", "Kuti syzesh", "5", ()),
)


def _glasses_name(question: str) -> str | None:
    return parse(
        "c: pershendetje, djali ka recete per syze, a keni per femije?",
        f"m: Po, syze optike për fëmijë 60€. {question}",
        "c: Dion Shala (djali). une jam Vjosa mamaja e tij, 044 123 456",
        catalog=GLASSES,
        country="XK",
    ).customer_name


def test_the_full_name_answering_the_question_for_the_name_is_the_customer() -> None:
    assert _glasses_name("Në emër të kujt ta hapim porosinë?") == "Dion Shala"
    # guard: not asked for the name, the writer's own introduced name stands
    assert _glasses_name("Ku t'i dërgojmë?") == "Vjosa"
