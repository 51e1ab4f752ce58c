"""Session 12: products missing or wrong. One test per rule, on invented shops and invented
sentences (other trades and other words than the corpus conversations that showed the
errors)."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ANA = "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567"


def _shop(*rows: tuple[str, str] | tuple[str, str, tuple[str, ...]]) -> Catalog:
    return Catalog(
        products=tuple(
            CatalogProduct(r[0], r[1], (), Decimal("500"), r[2] if len(r) > 2 else ())  # type: ignore[misc]
            for r in rows
        )
    )


CURTAINS = _shop(
    ("P-DIM", "Perde dimri e trashë", ("140x250", "200x250")),
    ("P-4S", "Perde 4 stinë 200x250"),
    ("P-VER", "Perde vere e hollë", ("140x250", "200x250")),
)


def test_the_merchant_keeps_the_season_the_customer_said() -> None:
    # the merchant's "200x250" is the size of the winter curtain, not a word of "Perde 4 stinë
    # 200x250" (the "x" of a size is no name word, and "dimri" said by the customer stays)
    o = parse(
        "c: pershendetje, dua nje perde dimri per sallonin",
        "m: Perde dimri 200x250, 30 euro",
        "c: ok",
        ANA,
        catalog=CURTAINS,
    )
    assert items(o) == [("P-DIM", 1, "200x250")]


def test_the_numbers_of_a_size_name_no_product_by_their_x() -> None:
    o = parse("c: 2 perde vere 140 x 250 ju lutem", ANA, catalog=CURTAINS)
    assert items(o) == [("P-VER", 2, "140x250")]


def test_the_name_number_said_before_its_word_after_a_count() -> None:
    o = parse("c: dua 2 perde vere 140x250 edhe 1 4-stinesh", ANA, catalog=CURTAINS)
    assert sorted(items(o)) == [("P-4S", 1, None), ("P-VER", 2, "140x250")]


NIGHT = _shop(("LMP", "Llambë nate"), ("BED", "Krevat dopio"), ("TBL", "Komodinë"))


def test_for_their_double_bed_is_what_it_is_for() -> None:
    o = parse("c: I'd like a night lamp for their double bed", ANA, catalog=NIGHT)
    assert items(o) == [("LMP", 1, None)]


DIY = _shop(
    ("LVL", "Nivelatë alumini", ("60 cm", "120 cm")),
    ("EAS", "Kavalet druri"),
    ("HTR", "Ngrohëse elektrike 2000W"),
    ("BAT", "Bateri 12V"),
    ("BEL", "Zile dere pa tel"),
    ("BEL2", "Zile me tel"),
)


def test_tool_and_home_words_in_other_languages() -> None:
    assert items(parse("c: eine Wasserwaage bitte", ANA, catalog=DIY)) == [("LVL", 1, None)]
    assert items(parse("c: vorrei una livella da 60 cm", ANA, catalog=DIY)) == [("LVL", 1, "60 cm")]
    assert items(parse("c: treba mi jedan grejač", ANA, catalog=DIY)) == [("HTR", 1, None)]
    assert items(parse("c: I'd like a wooden easel", ANA, catalog=DIY)) == [("EAS", 1, None)]
    assert items(parse("c: iki tane akü lütfen", ANA, catalog=DIY)) == [("BAT", 2, None)]
    assert items(parse("c: i jedno bežično zvono", ANA, catalog=DIY)) == [("BEL", 1, None)]


DAIRY = _shop(("KCK", "Kaçkavall dele"), ("WHT", "Djathë i bardhë lope"), ("BUT", "Gjalpë"))


def test_kasar_is_the_kashkaval_not_any_cheese() -> None:
    o = parse("c: bir kilo kaşar istiyorum", ANA, catalog=DAIRY)
    assert items(o) == [("KCK", 1, None)]


MEAT = _shop(
    ("VIC", "Mish viçi për zgarë"),
    ("QEN", "Mish qengji për zgarë"),
    ("PUL", "Pulë e plotë"),
)


def test_meat_words_in_gheg_and_serbian() -> None:
    assert items(parse("c: 2 kile mish viqi", ANA, catalog=MEAT)) == [("VIC", 1, None)] or items(
        parse("c: 2 kile mish viqi", ANA, catalog=MEAT)
    ) == [("VIC", 2, None)]
    assert items(parse("c: dve celo pile molim", ANA, catalog=MEAT)) == [("PUL", 2, None)]


GARDEN = _shop(("GEN", "Gjenerator benzine"), ("OIL", "Vaj motori 1 L"), ("CAN", "Bidon 5 L"))


def test_what_the_customer_has_of_a_size_is_not_ordered() -> None:
    o = parse("c: kam gjenerator prej 3000 W, dua 2 vaj motori", ANA, catalog=GARDEN)
    assert items(o) == [("OIL", 2, None)]
    o = parse("c: imam gjenerator od 3000 W, treba mi 2 vaj motori", ANA, catalog=GARDEN)
    assert items(o) == [("OIL", 2, None)]


REMOTE = _shop(("A23", "Bateri A23 12V"), ("A27", "Bateri A27 12V"), ("CR", "Bateri CR2032"))


def test_a_code_whose_letter_is_a_linking_word_names_its_product() -> None:
    o = parse("c: pershendetje, dua 3 A27 per telekomandat", ANA, catalog=REMOTE)
    assert items(o) == [("A27", 3, None)]


ELECTRIC = _shop(("SOC", "Prizë e thjeshtë", ("e bardhë", "e zezë")), ("SW", "Çelës drite"))


def test_gheg_can_you_add_it_orders() -> None:
    o = parse(
        "c: dua 2 celesa drite",
        "m: Ok, 2 çelësa",
        "c: a mundeni me ja shtu edhe nje prize te bardhe?",
        "m: Po",
        ANA,
        catalog=ELECTRIC,
    )
    assert sorted(items(o)) == [("SOC", 1, "e bardhë"), ("SW", 2, None)]


GAMES = _shop(("CON", "Konsolë Xbox"), ("CAB", "Kabllo HDMI 2 m"), ("DP", "Kabllo DisplayPort 2 m"))


def test_put_it_in_and_skip_it() -> None:
    o = parse(
        "c: dua nje konsole xbox",
        "m: 450 euro",
        "c: po e marr. a keni kabllo hdmi?",
        "m: Po, 8 euro",
        "c: fute edhe ate",
        ANA,
        catalog=GAMES,
    )
    assert sorted(items(o)) == [("CAB", 1, None), ("CON", 1, None)]
    o = parse(
        "c: I'd like the Xbox console and a HDMI cable",
        "m: 458 euro",
        "c: actually skip the cable, I have one",
        ANA,
        catalog=GAMES,
    )
    assert items(o) == [("CON", 1, None)]


def test_the_capitals_of_a_camelcase_word_name_its_product() -> None:
    o = parse("c: dua nje kabllo DP per monitorin", ANA, catalog=GAMES)
    assert items(o) == [("DP", 1, None)]


CAMERAS = _shop(
    ("CAM", "Kamerë sigurie Hikvision 4 MP"),
    ("DVR", "Regjistrues 8 kanale"),
    ("GPU", "Kartë grafike RX 7600"),
    ("CPU", "Procesor Ryzen 5600"),
)


def test_a_model_word_said_with_a_capital_names_its_product() -> None:
    o = parse("c: dua 2 Hikvision per oborrin", ANA, catalog=CAMERAS)
    assert items(o) == [("CAM", 2, None)]


def test_a_model_number_after_the_names_its_product() -> None:
    o = parse(
        "c: I'd like the RX 7600 and the Ryzen 5600",
        "c: hmm, actually skip the 7600 for now",
        ANA,
        catalog=CAMERAS,
    )
    assert items(o) == [("CPU", 1, None)]


CARDS = _shop(("UNO", "Uno"), ("DOM", "Domino"), ("CHS", "Shah"))


def test_a_product_named_by_a_number_word() -> None:
    o = parse("c: Hallo, 3x Uno und ein Domino bitte", ANA, catalog=CARDS)
    assert sorted(items(o)) == [("DOM", 1, None), ("UNO", 3, None)]
    o = parse("c: vorrei uno shah", ANA, catalog=CARDS)
    assert items(o) == [("CHS", 1, None)]


GARDEN_TOOLS = _shop(("TRM", "Trimer me bateri", ("1 bateri", "2 bateri")), ("BAT", "Bateri 36V"))


def test_also_and_the_head_of_another_name_adds_that_product() -> None:
    o = parse(
        "c: dua nje trimer me bateri",
        "m: Me 1 bateri apo me 2?",
        "c: me 2. edhe nje bateri tjeter rezerve",
        ANA,
        catalog=GARDEN_TOOLS,
    )
    assert sorted(items(o)) == [("BAT", 1, None), ("TRM", 1, "2 bateri")]


TEXTILE = Catalog(
    products=(
        CatalogProduct(
            "OIL",
            "Ngjyrë vaji për tekstil",
            ("bojë vaji",),
            Decimal("5"),
            ("bardhë titani", "zezë fildishi", "e kuqe kadmiumi"),
        ),
        CatalogProduct(
            "ACR",
            "Ngjyrë akrilike për tekstil",
            ("bojë akrilike",),
            Decimal("4"),
            ("e bardhë", "e zezë", "e kuqe"),
        ),
    )
)


def test_the_colours_of_a_product_name_no_second_product() -> None:
    # "ngjyrat" (the colours) is a word of both names: said after the oil paint, it asks about
    # its colours; it does not add the acrylic paint
    o = parse(
        "c: bojra vaji me tuba i keni te gjitha ngjyrat?",
        "m: Po, te gjitha",
        "c: mire, e marr",
        ANA,
        catalog=TEXTILE,
    )
    assert {p for p, _q, _v in items(o)} == {"OIL"}
