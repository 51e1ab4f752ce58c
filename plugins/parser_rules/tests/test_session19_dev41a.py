"""Session 19 (dev41, first half): invented shops and sentences (none taken from a corpus)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ADDRESS = "c: Liridona Krasniqi, Rr. Agim Ramadani 12, Prizren, 049 555 321"

# a tutoring centre that sells lessons by the hour
TUTOR = catalog_of(
    ("MES", "Mësim privat matematike (për orë)", "15", ()),
    ("LIB", "Fletore ushtrimesh", "4", ()),
)


def test_the_hours_closing_a_long_sentence_count_a_line_sold_per_hour() -> None:
    # the merchant's estimate names no product and ends past the sixth word
    o = parse(
        "c: pershendetje, djali ka provim ne matematike, a keni mesim privat?",
        "m: Po, 15€ ora. Duke pare temat qe na dergoni, per pergatitje duhen rreth 6 ore.",
        "c: ok, e regjistrojme",
        ADDRESS,
        catalog=TUTOR,
    )
    assert items(o) == [("MES", 6, None)]


def test_a_question_about_the_hours_counts_nothing() -> None:
    # guard: the merchant asking how many hours states none
    o = parse(
        "c: pershendetje, a keni mesim privat matematike?",
        "m: Po, 15€ ora. Sipas temave qe keni, a mendoni se mjaftojne rreth 6 ore?",
        "c: ok, e regjistrojme",
        ADDRESS,
        catalog=TUTOR,
    )
    assert items(o) == [("MES", 1, None)]


# a copy shop whose catalog names the unit its printing is priced per
COPY = catalog_of(
    ("PRN", "Printim me ngjyra (për faqe)", "0.3", ("A4", "A3")),
    ("SPI", "Lidhje me spirale", "2", ()),
)


def test_the_unit_the_name_is_priced_per_counts_the_line() -> None:
    # the merchant writes the price as "0.30€/faqe", with no "per" word the old rule reads
    o = parse(
        "c: tung, me duhet printim me ngjyra A4 per prezantim, tridhjete faqe",
        "m: Po, 0.30€/faqe. Gati per nje ore.",
        "c: ok bojeni",
        ADDRESS,
        catalog=COPY,
    )
    assert items(o) == [("PRN", 30, "A4")]


def test_two_page_counts_leave_the_line_alone() -> None:
    # guard: two different counts of the unit - the rule does not choose
    o = parse(
        "c: tung, printim me ngjyra A4 per dy prezantime, njeri 12 faqe e tjetri 20 faqe",
        "m: Po, 0.30€/faqe.",
        "c: ok bojeni",
        ADDRESS,
        catalog=COPY,
    )
    assert items(o)[0][1] != 12 and items(o)[0][1] != 20


# a cake shop that sells the writing on a cake as its own line
CAKES = catalog_of(
    ("TRT", "Tortë me çokollatë", "2000", ()),
    ("MBI", "Mbishkrim mbi tortë", "300", ()),
)


def test_an_add_on_the_total_names_and_prices_is_a_line() -> None:
    # the merchant proposes the add-on inside the total's message; the customer agrees
    o = parse(
        "c: pershendetje, dua 2 torta me cokollate per te shtunen",
        "m: Me mbishkrim emri (300 lekë) bëhen: 2 × 2000 + 300 = 4300 lekë.",
        "c: ok, bojeni",
        ADDRESS,
        catalog=CAKES,
    )
    assert sorted(items(o)) == [("MBI", 1, None), ("TRT", 2, None)]


# a shop that prints posters and also sells printers
POSTERS = catalog_of(
    ("PST", "Printim posteri", "6", ("A2", "A1")),
    ("PRT", "Printer HP DeskJet 2720", "70", ()),
)


def test_the_verb_print_asks_for_the_printing_not_the_printer() -> None:
    # "printoni" is the verb of the service; only its stem is the machine's ("printer")
    o = parse(
        "c: pershendetje, a mund te ma printoni nje foto te madhe A2?",
        "m: Po, 6€.",
        "c: ok, bojeni",
        ADDRESS,
        catalog=POSTERS,
    )
    assert items(o) == [("PST", 1, "A2")]


def test_the_printer_itself_is_still_the_machine() -> None:
    # guard: the machine's own noun names the machine
    o = parse(
        "c: pershendetje, dua nje printer per shtepi",
        "m: HP DeskJet 2720, 70€.",
        "c: ok e marr",
        ADDRESS,
        catalog=POSTERS,
    )
    assert items(o) == [("PRT", 1, None)]
