"""Session 22 (tidy3): one reader where this session's branches wrote two. The goods a shop's
sentence says are included or not needed are read once (``included.said_free``), for the shop's
offers and for the lines dropped at the end; one phrase list of "included"; one class of the
verbs of living; one class of the shop's conclusion words. Invented shops and sentences (an
optician, a furniture shop, a mattress shop, a bakery), none from a corpus."""

from __future__ import annotations

from plugins.parser_rules import contact, included, merchant_lines, open_variants
from plugins.parser_rules.lexicon import word_set
from plugins.parser_rules.normalize import fold, tokenize
from plugins.parser_rules.segments import split_sentences
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ADDRESS = "c: Rr. Ismail Qemali 7, Durrës, 068 444 2211, Arta Hoxha"

OPTICIAN = catalog_of(
    ("SUN", "Polar sunglasses", "60", ()),
    ("CASE", "Glasses case", "8", ()),
    ("SPRAY", "Lens cleaning spray", "5", ()),
)

MATTRESSES = catalog_of(
    ("MAT", "Dyshek ortopedik 160x200", "320", ()),
    ("PIL", "Jastëk memory", "15", ()),
)


def test_the_shops_offers_and_the_last_drop_read_one_reader() -> None:
    """One function says which goods a shop's sentence calls included or not needed: the
    merchant's mentions and the lines dropped at the end both go through it."""
    assert merchant_lines.said_free is included.said_free


FURNITURE = catalog_of(
    ("SOFA", "Divan këndor Roma", "650", ()),
    ("PILLOW", "Jastëk dekorativ", "15", ()),
    ("COVER", "Mbulesë divani", "40", ()),
)


def test_goods_said_included_two_of_them_joined_by_and_both_go() -> None:
    """A furniture shop. The customer takes a sofa, two cushions and a cover, then asks about
    the delivery; the shop says "Jastëkët dhe mbulesa përfshihen në çmim": both come with the
    sofa (the end's old reader cut the sentence at "dhe" and kept the cushions; the one reader
    reads the clause up to a comma, as the shop's offers did)."""
    o = parse(
        "c: dua divanin kendor Roma, 2 jastek dekorativ dhe nje mbulese divani",
        "c: sa dite zgjat dergesa?",
        "m: 3 ditë. Jastëkët dhe mbulesa përfshihen në çmim.",
        ADDRESS,
        catalog=FURNITURE,
    )
    assert items(o) == [("SOFA", 1, None)]


def test_not_included_after_s_apostrophe_is_sold_apart() -> None:
    """A mattress shop. "Jastëkët s'përfshihen": not included, sold apart; the pillows the
    customer's message right before asked for stay (the shop's offers read "s" as no word of
    negation before)."""
    o = parse(
        "c: dua dyshekun ortopedik 160x200 edhe 2 jastek memory",
        "m: Jastëkët s'përfshihen, 15€ copa. Adresa?",
        ADDRESS,
        catalog=MATTRESSES,
    )
    assert sorted(items(o)) == [("MAT", 1, None), ("PIL", 2, None)]


def test_a_question_whether_goods_are_included_reads_the_shops_words_too() -> None:
    """Guard: "is the spray included?" asks, with the word the shop's statements use
    (``comes_included``): the spray is no line."""
    o = parse(
        "c: I'd like the Polar sunglasses. is the cleaning spray included?",
        "m: Yes, in the box.",
        "c: ok great",
        ADDRESS,
        catalog=OPTICIAN,
    )
    assert items(o) == [("SUN", 1, None)]


def test_one_phrase_list_of_included() -> None:
    """The question's list keeps only its own phrases; the shop's word for "included" is
    ``comes_included`` alone."""
    from plugins.parser_rules.lexicon import lexicon

    question = {" ".join(p) for ps in lexicon().intents["included"].by_first.values() for p in ps}
    statement = {
        " ".join(p) for ps in lexicon().intents["comes_included"].by_first.values() for p in ps
    }
    assert not question & statement
    assert "included" in statement and "perfshihen" in statement
    assert "vjen brenda" in question


def test_where_the_writer_lives_is_one_class() -> None:
    """A bakery's customer: "rri në Durrës" (I stay in Durrës) is where the writer is, as
    "jetoj në" is; contact's list of living verbs is words.json ``live_verbs``."""
    assert contact._LIVE is contact._LIVE_VERBS
    toks = tokenize(fold("rri ne Durres"))
    assert contact._writer_is_in(toks, 2)


def test_the_shops_conclusion_words_are_the_summary_closers() -> None:
    """ "Atëherë torta e madhe": the word that opens the shop's conclusion is the one that
    closes its restatement ("5 copë atëherë")."""
    assert word_set("summary_closers") == open_variants._THEN
    sent = split_sentences(0, "Atëherë torta e madhe.")[0]
    assert open_variants._concludes(sent)


# a sailing school in Italy
SAILING = catalog_of(
    ("COURSE", "Corso di vela 5 giorni (giubbotto compreso)", "350", ()),
    ("VEST", "Giubbotto salvagente a noleggio (giorno)", "6", ()),
)


def test_a_names_bracket_of_what_comes_with_it_reads_the_shops_word_for_included() -> None:
    """A sailing school. "Corso di vela 5 giorni (giubbotto compreso)": the vest comes with the
    course; "vorrei un giubbotto per 5 giorni" names the vest for hire, not the course (the
    bracket's word is one of comes_included, the list of the shop's statements)."""
    o = parse("c: vorrei un giubbotto per 5 giorni", "m: Ok", ADDRESS, catalog=SAILING)
    assert [p for p, _q, _v in items(o)] == ["VEST"]
