"""Session 18 (catnouns): product words read from the catalog itself, for shops whose catalogs
carry no aliases. Invented shops and invented sentences (none taken from a corpus); every catalog
here has empty aliases, as a new merchant's catalog often does."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

DRITA = "c: Drita Hoxha, Rr. Ismail Qemali 7, Vlore, 069 412 3387"

CLEANING = catalog_of(
    ("GEL", "Gel dezinfektues duarsh me aloe 70% 250 ml", "250", ()),
    ("SPR", "Spraj pastrues xhamash pako 6 shishe", "900", ()),
    ("FUR", "Pastrues furre 500 ml", "300", ()),
    ("LNG", "Leng enesh me limon", "180", ("500 ml", "1 L")),
)


def test_two_own_words_name_a_product_past_its_numbers() -> None:
    # "dezinfektues duarsh" holds neither the head "Gel" nor half of the name counted with its
    # "70%" and "250 ml": the name's numbers and measures are no words of its kind
    o = parse("c: pershendetje, dua 3 dezinfektues duarsh", DRITA, catalog=CLEANING)
    assert items(o) == [("GEL", 3, None)]


def test_pack_words_of_a_name_are_not_its_words() -> None:
    # "pako 6 shishe" says how the spray is sold: "pastrues xhamash" is two of its three words
    o = parse("c: dua 2 pastrues xhamash", DRITA, catalog=CLEANING)
    assert items(o) == [("SPR", 2, None)]


def test_one_own_word_is_not_enough() -> None:
    # "furra" (ovens) is one of the two own words of "Pastrues furre 500 ml": half of them,
    # but one word alone names the oven cleaner no more than it names an oven
    o = parse("c: dua 2 furra te vogla", DRITA, catalog=CLEANING)
    assert ("FUR", 2, None) not in items(o)


STONE = catalog_of(
    ("SNK", "Lavaman granit i zi", "9000", ()),
    ("SIL", "Prag mermeri", "3000", ()),
    ("SOAP", "Sapun i lëngshëm", "200", ()),
)


def test_a_later_name_word_keeps_its_own_key() -> None:
    # "granit" reads as the concept of "grani" (beans) plus an Albanian "-t" only by its root:
    # a word of the catalog's names keeps its own key, so "granit te zi" is half of the sink's
    # name and not a colour beside a bean
    o = parse("c: pershendetje, dua nje granit te zi", DRITA, catalog=STONE)
    assert items(o) == [("SNK", 1, None)]


STRAPS = catalog_of(
    ("LTH", "Rrip lekure", "1200", ("18 mm", "20 mm")),
    ("MET", "Rrip metalik milanese", "1500", ("18 mm", "20 mm")),
)


def test_the_concept_of_a_word_kept_as_written_reaches_it() -> None:
    # "metalik" keeps its own key in the catalog; the customer's "metali" (the metal concept)
    # still reaches it when the catalog says metal no other way
    o = parse("c: dua nje rrip metali 20 mm", DRITA, catalog=STRAPS)
    assert items(o) == [("MET", 1, "20 mm")]


def test_the_concept_link_holds_only_for_a_form_of_the_same_word() -> None:
    # "Grand" keeps its own key (read as "large" only through its root); "te madh" (large) is
    # another word for the concept, not a form of "Grand", and adds no "Grand Prix" track
    toys = catalog_of(("GP", "Grand Prix piste", "4000", ()), ("BAL", "Top futbolli", "900", ()))
    o = parse("c: dua nje top futbolli, te madh", DRITA, catalog=toys)
    assert items(o) == [("BAL", 1, None)]
