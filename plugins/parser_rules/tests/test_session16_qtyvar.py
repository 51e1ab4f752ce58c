"""Session 16 (qtyvar): counts and variants of lines whose product is right: pieces said of a
product sold in packs, the merchant's count of packs for one line of several. Invented shops
and sentences, none from a corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, named_catalog, parse

ARBEN = "c: Arben Hoxha, Rr. Skënderbeu 12, Elbasan, 069 555 1234"

CANDLES = named_catalog(
    ("TEA-LIGHT", "Qiri tealight (pako 24 copë)"),
    ("MATCH", "Shkrepëse të gjata"),
    ("WAX", "Dyll soje pako 5 kg"),
)

BAKERY = named_catalog(
    ("CUP", "Paper baking cups (pack of 40)"),
    ("BOX", "Cake box, white"),
    ("TOP", "Cake topper"),
)


def test_pieces_of_a_pack_product_are_packs_albanian() -> None:
    o = parse("c: me duhen 48 qirinj tealight dhe nje shkrepese", ARBEN, catalog=CANDLES)
    assert items(o) == [("TEA-LIGHT", 2, None), ("MATCH", 1, None)]


def test_pieces_of_a_pack_product_are_packs_english() -> None:
    o = parse(
        "c: I need 80 paper baking cups and a cake topper please",
        "c: Lena Marku, 4 Rose Lane, Bristol, +44 7700 900456",
        catalog=BAKERY,
    )
    assert items(o) == [("CUP", 2, None), ("TOP", 1, None)]


def test_a_count_said_in_packs_stays() -> None:
    o = parse("c: dua 30 pako qiri tealight", ARBEN, catalog=CANDLES)
    assert items(o) == [("TEA-LIGHT", 30, None)]


def test_a_pack_of_a_weight_is_no_pieces() -> None:
    # "pako 5 kg" is a weight: "10 pako" of it are ten packs, not two
    o = parse("c: dua 10 pako dyll soje", ARBEN, catalog=CANDLES)
    assert items(o) == [("WAX", 10, None)]


def test_merchant_packs_for_one_of_several_lines() -> None:
    o = parse(
        "c: per fejese na duhen shkrepese te gjata 2 dhe qirinj tealight per 70 tavolina",
        "m: Qirinjtë vijnë në pako 24 copëshe, pra 3 pako.",
        ARBEN,
        catalog=CANDLES,
    )
    assert ("TEA-LIGHT", 3, None) in items(o)


def test_merchant_packs_skip_a_model_code_number() -> None:
    lids = catalog_of(
        ("LID", "Kapak metalik (pako 40 copë)", "900", ("RX 70 i kuq", "RX 70 i zi")),
        ("JAR", "Kavanoz i vogël", "300", ()),
    )
    o = parse(
        "c: dua kavanoz te vogel 1 dhe kapak metalik i zi",
        "m: Kapaku RX 70, pako 40 copë, i zi → 2 pako (80 copë).",
        ARBEN,
        catalog=lids,
    )
    assert ("LID", 2, "RX 70 i zi") in items(o)


JUICES = catalog_of(
    ("JU-PEAR", "Lëng dardhe 1 L", "300", ("Klasik", "Pa sheqer")),
    ("JU-PLUM", "Lëng kumbulle 1 L", "300", ("Klasik", "Pa sheqer")),
    ("SUGAR", "Sheqer kafe 1 kg", "250", ()),
)


def test_without_sugar_in_german_is_the_variant_not_a_removal() -> None:
    o = parse(
        "c: Bitte 4 Lëng dardhe ohne Zucker und 2 Lëng kumbulle klasik",
        "c: Dritan Berisha, Rr. Fehmi Agani 9, Prishtina, 044 123 456",
        catalog=JUICES,
    )
    assert items(o) == [("JU-PEAR", 4, "Pa sheqer"), ("JU-PLUM", 2, "Klasik")]


def test_unsweetened_reaches_the_sugar_free_variant() -> None:
    o = parse(
        "c: Ich hätte gern 3 Lëng kumbulle, ungesüßt",
        "c: Dritan Berisha, Rr. Fehmi Agani 9, Prishtina, 044 123 456",
        catalog=JUICES,
    )
    assert items(o) == [("JU-PLUM", 3, "Pa sheqer")]


def test_swiss_ohni_is_without() -> None:
    o = parse(
        "c: Grüessech, 2 Lëng dardhe ohni Zucker bitte",
        "c: Dritan Berisha, Rr. Fehmi Agani 9, Prishtina, 044 123 456",
        catalog=JUICES,
    )
    assert items(o) == [("JU-PEAR", 2, "Pa sheqer")]


def test_without_a_product_still_removes_it() -> None:
    o = parse(
        "c: 2 Lëng dardhe klasik dhe 1 sheqer kafe",
        "c: 2 Lëng dardhe klasik pa sheqer kafe",
        "c: Dritan Berisha, Rr. Fehmi Agani 9, Prishtina, 044 123 456",
        catalog=JUICES,
    )
    assert items(o) == [("JU-PEAR", 2, "Klasik")]


SPONGES = catalog_of(
    ("SPONGE", "Sfungjer kuzhine", "200", ("pako 4", "pako 8", "pako 12")),
    ("SOAP", "Sapun enësh 1 L", "350", ()),
)


def test_a_number_after_with_names_the_pack_variant() -> None:
    o = parse("c: dua sfungjer kuzhine ato me 8 cope dhe nje sapun enesh", ARBEN, catalog=SPONGES)
    assert items(o) == [("SPONGE", 1, "pako 8"), ("SOAP", 1, None)]


def test_packs_of_each_size_count_the_packs() -> None:
    o = parse("c: 2 pako sfungjer kuzhine nga 12 secila", ARBEN, catalog=SPONGES)
    assert items(o) == [("SPONGE", 2, "pako 12")]


def test_a_measure_before_italian_e_is_the_product_before_it() -> None:
    deli = named_catalog(("OLIVES", "Ullinj të zinj"), ("CAPERS", "Kaperi në kavanoz"))
    o = parse(
        "c: Vorrei olive nere 3 kg e capperi in vasetto",
        "c: Luca Berisha, Rr. Durrësit 5, Tiranë, 069 777 1122",
        catalog=deli,
    )
    assert items(o) == [("OLIVES", 3, None), ("CAPERS", 1, None)]


def test_charcoal_in_german_is_the_catalog_coal() -> None:
    bbq = named_catalog(("COAL", "Qymyr druri ahu"), ("TONGS", "Mashë skare"))
    o = parse(
        "c: Hallo, ich brauche eine Mashë skare und 3 Säcke Holzkohle",
        "c: Besnik Gashi, Rr. Dardania 4, Prishtinë, 044 987 654",
        catalog=bbq,
    )
    assert items(o) == [("TONGS", 1, None), ("COAL", 3, None)]


def test_a_big_number_after_nga_is_the_size_of_each() -> None:
    ajvar = catalog_of(("AJVAR", "Ajvar shtëpie", "400", ("300 g", "600 g", "1 kg")))
    o = parse(
        "c: ajvar shtepie keni?",
        "m: Po, sot e kemi gati. 300 g 3€, 600 g 5€, 1 kg 8€.",
        "c: dy te vogla, nga 300",
        ARBEN,
        catalog=ajvar,
    )
    assert items(o) == [("AJVAR", 2, "300 g")]


def test_two_of_the_small_ones_is_a_count() -> None:
    pads = catalog_of(("PAD", "Drawing pad", "300", ("A5", "A4", "A3")))
    o = parse(
        "c: do you have drawing pads?",
        "m: Yes, A5, A4 and A3",
        "c: three of the small ones, A5",
        "c: Mira Hoxha, 8 Park Road, Ohrid, +389 70 123 456",
        catalog=pads,
    )
    assert items(o) == [("PAD", 3, "A5")]


def test_metres_and_centimetres_in_a_second_piece() -> None:
    rails = catalog_of(("RAIL", "Shinë perdeje alumini", "15", ("100 cm", "130 cm", "160 cm")))
    o = parse(
        "c: dua 3 shina perdeje alumini nga 1 m e 30 dhe 2 nga 1 m e 60",
        ARBEN,
        catalog=rails,
    )
    assert items(o) == [("RAIL", 3, "130 cm"), ("RAIL", 2, "160 cm")]
