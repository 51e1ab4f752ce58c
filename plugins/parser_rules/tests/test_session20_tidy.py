"""Session 20 (tidy): word lists that lived in the code are read from the data files; each
test uses a word only the data class gives the rule (invented sentences, none from a corpus)."""

from __future__ import annotations

from plugins.parser_rules import (
    contact,
    corrections,
    detect,
    items,
    mentions,
    merchant_lines,
    numbers,
    per_unit,
    quantities,
    uncertain_counts,
    variants,
)
from plugins.parser_rules.lexicon import word_set
from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.numbers import find_measures
from plugins.parser_rules.quantities import sold_by_unit
from plugins.parser_rules.segments import Sentence, split_sentences
from plugins.parser_rules.tests.conftest import catalog_of, parse
from plugins.parser_rules.tests.conftest import items as items_of


def _sent(text: str) -> Sentence:
    (sent,) = split_sentences(0, text)
    return sent


def test_both_words_are_one_class_for_the_group_and_the_people_a_line_serves() -> None:
    # "dyjat" was only the items' word, "dyve" only per_unit's: both read both now
    assert per_unit._for_us(_sent("dy pica te medha per te dyjat")) == (4, 2)
    assert items._for_group(_sent("nga nje kapuc per te dyve")) == 2
    assert items._BOTH == per_unit._BOTH == word_set("both_words")


def test_the_for_of_a_service_and_of_the_people_served_is_the_purpose_class() -> None:
    # a Portuguese/Spanish 'para', a Slavic 'za': what a service serves, whom the goods are for
    assert {"para", "za", "fuer"} <= per_unit._SERVES
    assert per_unit._for_us(_sent("dois cafes para te dy")) == (2, 2)
    assert word_set("purpose") | word_set("purpose_sized") == per_unit.FOR_ANY


def test_per_words_are_one_class_for_a_price_per_unit_and_a_name_sold_per_unit() -> None:
    # 'ogni' was only the price's word, 'la' only the name's: both read both now
    assert sold_by_unit("Olio extravergine ogni litro") == ("ml", 1000.0)
    assert per_unit._priced_per(_sent("12 € la cassetta, consegna domani")) == [(2, "cass")]
    assert word_set("pack_per") == per_unit._NAME_PER and "al" in per_unit._NAME_PER


def test_need_words_after_a_have_verb_come_from_the_data() -> None:
    assert word_set("need_words") == items._NEED
    assert all(items._needs([w]) for w in word_set("need_words"))
    assert not items._needs(["already"])  # guard: "ce l'abbiamo già" has it, wants nothing


def test_half_joins_are_one_class_for_measures_and_counts() -> None:
    keys = [[m.key for m in find_measures(tokenize(t))] for t in ("tre litra e gjysme", "1 m e 35")]
    assert keys == [["ml:3500"], ["cm:135"]]
    s = _sent("two and a half kilos of plums")
    assert quantities._measure_half(s, 0, 3)
    assert word_set("half_joins") == numbers.HALF_JOINS == quantities.HALF_JOINS


def test_a_name_s_genitive_words_follow_an_article_of_the_genitive_class() -> None:
    # "së" (folded "se"), an article of the genitive data class
    assert mentions._genitive_keys("Kapak së shishes") == mentions._genitive_keys("Kapak i shishes")
    assert mentions._genitive_keys("Kapak i shishes")


def test_the_albanian_articles_of_counts_and_adjectives_are_the_genitive_class() -> None:
    # "në muajin e 7", "javën të 3": which month or week, no count
    assert quantities.not_a_count(_sent("jemi ne muajin e 7"), 4)
    assert not quantities.not_a_count(_sent("jemi ne muajin 7"), 3)
    assert word_set("genitive") == quantities._OF_ARTICLES == items._GENITIVE_ARTICLES


def test_the_article_between_a_weekday_and_its_day_is_any_definite_or_albanian_article() -> None:
    # "am Freitag, dem 20.", "sabato la 14": articles of the data classes the old list lacked
    assert quantities._day_after_weekday(_sent("Freitag dem 20"), 2)
    assert quantities._day_after_weekday(_sent("sabato la 14"), 2)
    assert quantities._day_after_weekday(_sent("te shtunen e 14"), 3)
    assert not quantities._day_after_weekday(_sent("sabato: la 14"), 2)  # guard: a colon


# a tea shop that offers a mug with the order
TEA = catalog_of(
    ("TEA", "Green tea tin", "6", ()),
    ("MUG", "Ceramic mug", "9", ()),
)


def test_a_bare_no_of_the_data_class_turns_down_what_the_customer_already_has() -> None:
    # "nope" and "nein" were only the corrections' opening no: the items read them too
    for no in ("nope", "nein"):
        o = parse(
            "c: hi, 2 green tea tins please",
            "m: Sure! Would you like a ceramic mug too? 9€",
            f"c: {no}, we have mugs",
            "m: Ok. Address?",
            "c: Arben Kola, Rr. Kavajes 12, Tirane, 069 444 1122",
            catalog=TEA,
        )
        assert items_of(o) == [("TEA", 2, None)]
    assert word_set("bare_no") == items._BARE_NO == corrections._OPENING_NO


def test_the_currency_words_are_the_data_class_alone() -> None:
    # "franken" is a currency only the data class lists
    assert per_unit._priced_per(_sent("Montage 450 franken pro Fenster")) == [(3, "fenstr")]
    assert word_set("currency") == per_unit._CURRENCY == uncertain_counts._CURRENCY


def test_the_links_between_two_sides_of_a_size_are_one_data_class() -> None:
    toks = tokenize("tappeto 40 su 60 grigio")
    assert variants._said_dims(toks, list(range(len(toks)))) == ((40.0, 60.0), 1)
    assert mentions._dims_at(toks, 1)
    assert word_set("dimension_links") == variants._BY_WORDS == mentions._DIMS_LINKS


def test_with_words_are_one_data_class_for_features_packs_and_use() -> None:
    # the Slavic "so" and Turkish "ile" were only the use rule's: the feature and the pack read
    # them too; "perfshin" opens what a merchant's line includes, from the data
    assert word_set("with_words") == items._WITH
    assert {"so", "ile"} <= quantities._PACK_NUMBER_LINKS
    assert {"so", "ile"} <= mentions._WITH
    assert word_set("including_words") <= merchant_lines._WITH_WORDS


def test_the_for_of_people_a_set_serves_is_the_purpose_class() -> None:
    # "para" (Spanish, Portuguese) is a 'for' only the data class gave: "a table for two"
    assert quantities.not_a_count(_sent("una mesa para dos"), 3)
    assert not quantities.not_a_count(_sent("una mesa y dos"), 3)
    assert word_set("purpose") == quantities._FOR == contact._FOR
    assert {"za", "para"} <= variants.FOR_ANY


def test_the_of_before_an_amount_is_one_data_class() -> None:
    # "di" (Italian) was only the items' word: the chosen variant reads it too
    assert word_set("of_size") == items._OF_SIZE == variants._OF_SIZE
    assert "di" in variants._OF_SIZE


def test_more_words_are_one_data_class_for_an_added_count() -> None:
    # "tjera" and "weiteres" were only the items' words: "and two more" reads them too
    assert corrections._and_more(tokenize("e dy tjera per nanen"), 0)
    assert corrections._and_more(tokenize("und zwei weiteres fur Oma"), 0)
    assert not corrections._and_more(tokenize("e dy per nanen"), 0)
    assert word_set("more_words") == items._MORE_OF == corrections._MORE


# a tea shop; the customer code-switches, as diaspora customers do
BREW = catalog_of(("GREEN", "Green tea", "6", ()), ("POT", "Glass teapot", "20", ()))


def test_the_only_before_what_the_customer_uses_is_the_only_intent() -> None:
    # "bloss" and "soltanto" are 'only' words of intents.json the items' own list lacked
    for only in ("bloss", "soltanto"):
        o = parse(
            f"c: 3 green tea please, my mum brews {only} with a teapot. "
            "Rita Cela, Rruga Kavajes 8, Tirane, 069 777 1122",
            catalog=BREW,
        )
        assert items_of(o) == [("GREEN", 3, None)]


def test_the_merchant_asking_the_size_number_reads_the_data_class() -> None:
    tl = detect.Timeline()
    detect.read_merchant(tl, _sent("Kur ta mesoni nummer na shkruani"))
    assert tl.variant_asked == 0
    assert word_set("size_number") == detect._SIZE_NUMBER
