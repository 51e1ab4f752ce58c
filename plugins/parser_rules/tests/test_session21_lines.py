"""Session 21 (lines): missing and extra item lines from the conversation's structure. The
shop's accepted list read whole: a counted line in a word several products share, and a part
that names its product in the catalog's words without the kind's word the parts share.
Invented shops and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ADDRESS = "c: Rr. Ilir Konushevci 4, Ferizaj, 049 331 207, Arta Hoxha"

PAPER = catalog_of(
    ("NB-A4", "Fletore A4 me spirale", "300", ("me katrorë", "me vija")),
    ("NB-A5", "Fletore A5 e qepur", "200", ("me katrorë", "me vija")),
    ("PEN", "Stilolaps blu", "50", ()),
)


def test_a_counted_line_in_a_shared_word_in_the_shops_list_is_taken() -> None:
    # A stationery shop (the corpus line was bedding). "3 fletore me vija" fits both notebooks
    # alike; the shop's list "Ok: 10 stilolapsa blu, 3 fletore me vija. Adresa?", answered with
    # the address, states the line with its count: it is ordered, not dropped as a vague word
    o = parse(
        "c: pershendetje, dua 10 stilolapsa dhe 3 fletore me vija",
        "m: Ok: 10 stilolapsa blu, 3 fletore me vija. Adresa?",
        ADDRESS,
        catalog=PAPER,
    )
    got = items(o)
    assert ("PEN", 10, None) in got
    assert [(q, v) for p, q, v in got if p in ("NB-A4", "NB-A5")] == [(3, "me vija")]


PHONE = catalog_of(
    ("SCR-IP", "Mbrojtëse ekrani iPhone", "800", ()),
    ("SCR-SM", "Mbrojtëse ekrani Samsung", "800", ()),
    ("LENS", "Xham kamere", "500", ()),
    ("CASE", "Këllëf silikoni", "900", ("i zi", "transparent")),
)


def test_a_shared_word_in_the_list_is_the_line_left_out_with_its_count() -> None:
    # A phone-accessory shop (the corpus line was picture frames). The shop lists the camera
    # glass as "1 mbrojtëse për kamerën", a word both screen protectors share: it names none of
    # them; it is the one line of that count the list leaves out, the glass, not a new product
    o = parse(
        "c: dua 2 kellefa te zinj dhe 1 xham kamere",
        "m: Ok: 2 këllëfa silikoni të zinj, 1 mbrojtëse për kamerën. Adresa?",
        ADDRESS,
        catalog=PHONE,
    )
    assert items(o) == [("CASE", 2, "i zi"), ("LENS", 1, None)]


LINEN = catalog_of(
    ("TC-LACE", "Mbulesë tavoline me dantella", "2500", ("140x180", "140x240")),
    ("TC-PLAIN", "Mbulesë tavoline klasike", "1200", ("e bardhë", "krem", "e gjelbër")),
    ("NAP", "Pecetë pambuku (6 copë)", "900", ()),
)


def test_a_part_in_the_catalogs_words_without_the_kind_word_is_a_line() -> None:
    # A linen shop (the corpus line was prayer rugs). "3 te tjera pa zbukurime" names no
    # product; the shop's list drops the kind's word its parts share ("+ 3 klasike krem"), and
    # "klasike krem" are the name and variant words of one product only: with the address given
    # the list is the order, that part a line
    o = parse(
        "c: pershendetje, dua nje mbulese me dantella te madhe edhe 3 te tjera pa zbukurime",
        "m: Në rregull: 1 mbulesë me dantella 140x240 + 3 klasike krem. Adresa?",
        ADDRESS,
        catalog=LINEN,
    )
    assert items(o) == [("TC-LACE", 1, "140x240"), ("TC-PLAIN", 3, "krem")]


def test_a_part_whose_words_fit_two_products_names_none() -> None:
    # guard: "3 me vija" is a variant word of both notebooks: the part names no product, the
    # list is not read whole and the customer's lines stand
    o = parse(
        "c: dua 10 stilolapsa",
        "m: Ok: 10 stilolapsa blu + 3 me vija. Adresa?",
        ADDRESS,
        catalog=PAPER,
    )
    assert items(o) == [("PEN", 10, None)]


BIKES = catalog_of(
    ("BIKE", "Biçikletë qyteti", "180", ('26"', '28"')),
    ("BASKET", "Shportë përpara", "15", ()),
    ("LOCK", "Dry me kod", "12", ()),
)


def test_a_yes_opening_a_longer_message_takes_the_priced_offer() -> None:
    # A bike shop (the corpus lines were dog training, an internet provider, a translation
    # office). The shop names and prices one product the order lacks and asks "Ta montojmë?";
    # the customer's message opens with "po" and goes on about other things: the offer is taken
    o = parse(
        "c: dua nje biciklete qyteti 28 inch per vajzen",
        "m: E kemi, 180 €. Për të shkon mirë shporta përpara, 15 €. Ta montojmë?",
        "c: po, se e ka per shkolle, dhe ma sillni te henen pasdite",
        ADDRESS,
        catalog=BIKES,
    )
    assert items(o) == [("BIKE", 1, '28"'), ("BASKET", 1, None)]


def test_a_yes_to_the_question_for_the_details_takes_no_offer() -> None:
    # guard: the shop's question asks where to send ("Ku ta dërgojmë?"): the yes answers it, the
    # basket only priced beside it is not ordered
    o = parse(
        "c: dua nje biciklete qyteti 28 inch per vajzen",
        "m: E kemi, 180 €. Shporta përpara 15 €. Ku ta dërgojmë?",
        "c: po, ne Ferizaj, dhe ma sillni te henen pasdite",
        ADDRESS,
        catalog=BIKES,
    )
    assert items(o) == [("BIKE", 1, '28"')]
