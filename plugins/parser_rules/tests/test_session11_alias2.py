"""Session 11, round 2 of the alias ablation: sibling products of one kind told apart only by an
attribute (concepts_general.json: origin of honey, use of shoes; a catalog's concept of several
words such as "me lule"), and a product phrase of a catalog name split by an adjective
("Ushqim i thatë për mace" holds "ushqim për mace"). Invented shops and invented sentences (none
taken from a corpus); every catalog here has empty aliases, as a real merchant's often does."""

from __future__ import annotations

from plugins.parser_rules.catalog_match import _split_phrases, index_for
from plugins.parser_rules.lexicon import words
from plugins.parser_rules.tests.conftest import items, named_catalog, parse

ANA = "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567"


APIARY = named_catalog(
    ("MNT", "Mjaltë mali"),
    ("FOR", "Mjaltë pylli"),
    ("CHS", "Mjaltë gështenje"),
    ("WAL", "Arra"),
)


def test_honey_by_origin_in_four_languages() -> None:
    for text, sku in (
        ("c: I'd like 2 jars of mountain honey", "MNT"),
        ("c: vorrei 2 vasetti di miele di montagna", "MNT"),
        ("c: treba mi 2 tegle planinski med", "MNT"),
        ("c: ich hätte gern 2 Gläser Waldhonig", "FOR"),
        ("c: 2 jars of forest honey please", "FOR"),
        ("c: vorrei 2 miele di bosco", "FOR"),
        ("c: 2 tegle sumski med", "FOR"),
    ):
        assert items(parse(text, ANA, catalog=APIARY)) == [(sku, 2, None)], text


def test_honey_origin_does_not_take_the_sibling() -> None:
    # the chestnut honey keeps its own word; "mountain" does not pull it away
    o = parse("c: 1 mountain honey and 1 chestnut honey", ANA, catalog=APIARY)
    assert sorted(items(o)) == [("CHS", 1, None), ("MNT", 1, None)]


SHOES = named_catalog(
    ("RUN", "Atlete vrapimi"),
    ("HIK", "Këpucë ecjeje malore"),
    ("HEEL", "Sandale me takë"),
)


def test_shoes_by_use() -> None:
    assert items(parse("c: hi, the running shoes in 40 please", ANA, catalog=SHOES)) == [
        ("RUN", 1, None)
    ]
    assert items(parse("c: vorrei le scarpe da corsa", ANA, catalog=SHOES)) == [("RUN", 1, None)]
    assert items(parse("c: treba mi patike za trcanje", ANA, catalog=SHOES)) == [("RUN", 1, None)]


BOUTIQUE = named_catalog(
    ("FLW", "Fustan me lule"), ("RED", "Fustan i kuq midi"), ("BAG", "Çantë dore")
)


def test_a_catalog_concept_of_several_words_is_its_attribute() -> None:
    # "me lule" (with flowers) is the concept floral; "lule" alone is a product word (flowers)
    for text in (
        "c: I'd like the floral dress",
        "c: vorrei il vestito a fiori",
        "c: ich möchte das geblümte Kleid",
    ):
        assert items(parse(text, ANA, catalog=BOUTIQUE)) == [("FLW", 1, None)], text


def test_plain_red_dress_stays_red() -> None:
    assert items(parse("c: the red dress please", ANA, catalog=BOUTIQUE)) == [("RED", 1, None)]


PETS = named_catalog(
    ("DRY", "Ushqim i thatë për mace"),
    ("SCR", "Shtyllë gërvishtëse"),
    ("BWL", "Tas inoksi"),
)


def test_split_phrase_in_a_catalog_name() -> None:
    # "ushqim për mace" split by "i thatë": the cat-food group still names the product
    assert _split_phrases(words("ushqim i thate per mace")) == [
        (0, 5, [1, 2], ("ushqim", "per", "mace"))
    ]
    index = index_for(PETS)
    entry = index.products[0]
    assert any(ph[:1] and ph[0].startswith("~") for ph in entry.phrases[1:])
    o = parse("c: 2 packs of cat food and a bowl", ANA, catalog=PETS)
    assert sorted(items(o)) == [("BWL", 1, None), ("DRY", 2, None)]
    o = parse("c: vorrei 2 confezioni di cibo per gatti", ANA, catalog=PETS)
    assert items(o) == [("DRY", 2, None)]


def test_split_phrase_is_bounded() -> None:
    # three words between the parts, a number or another product word between: no phrase
    assert _split_phrases(words("ushqim i mire e i thate per mace")) == []
    assert _split_phrases(words("ushqim 2 per mace")) == []
    assert _split_phrases(words("ushqim tas per mace")) == []


def test_generic_words_name_nothing() -> None:
    # "set", "pako", "model", a size, a city or a given name never name a sibling product
    for text in (
        "c: a e keni ne set apo pako?",
        "c: cili model eshte ne L?",
        "c: jam nga Shkodra, Drita",
    ):
        o = parse(text, catalog=APIARY)
        assert items(o) == [], text


def test_split_phrase_does_not_skip_a_preposition() -> None:
    # "krem ... fytyre" across "për" is not the phrase "krem fytyre": the name says more
    assert _split_phrases(words("krem hidratues per fytyre")) == []
