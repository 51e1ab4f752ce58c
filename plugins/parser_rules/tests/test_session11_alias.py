"""Session 11: products named in words the catalog does not hold (no aliases at all), reached
through the cross-language product groups (products_general.json). One test per class of fix,
on invented shops and invented sentences (none taken from a corpus); every catalog here has
empty aliases, as a real merchant's catalog often does."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import items, named_catalog, parse

ANA = "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567"


PAINT = named_catalog(
    ("THN", "Hollues nitro 1 L"),
    ("PRM", "Astar akrilik për mure"),
    ("GRT", "Fugëmasë 2 kg"),
    ("SPC", "Kryqëza pllakash 3 mm"),
    ("TAP", "Bateri kuzhine"),
    ("GK", "Pllakë gipsi 2.6 m"),
)


def test_paint_and_tile_words_in_other_languages() -> None:
    # thinner, grout and tile spacers named in Serbian, German and Italian
    o = parse("c: treba mi 2 tiner i 1 Fugenmasse, plus 3 crocette", ANA, catalog=PAINT)
    assert sorted(items(o)) == [("GRT", 1, None), ("SPC", 3, None), ("THN", 2, None)]


def test_primer_faucet_and_drywall_words() -> None:
    o = parse(
        "c: pershendetje, dua 1 rubinet per lavaman dhe 4 gipskarton",
        ANA,
        catalog=PAINT,
    )
    assert sorted(items(o)) == [("GK", 4, None), ("TAP", 1, None)]


def test_thin_is_not_thinner() -> None:
    # "të holla" (thin) shares its root with "hollues" (thinner): the group holds "hollues"
    # only in a phrase, so a shop that calls its thinner "Tiner" is not named by "holla"
    shop = named_catalog(("THN", "Tiner nitro"), ("GRT", "Fugëmasë 2 kg"))
    o = parse("c: kam disa te çara te holla, me dergoni 2 fugemase", ANA, catalog=shop)
    assert items(o) == [("GRT", 2, None)]


BUTCHER = named_catalog(
    ("CEV", "Qebapa viçi (kg)"),
    ("PLJ", "Pleskavica"),
    ("RIB", "Brinjë qengji"),
    ("LIV", "Mëlçi"),
    ("STK", "Biftek"),
)


def test_butcher_cuts_across_languages() -> None:
    o = parse(
        "c: Hallo, ich hätte gern 2 kg Cevapcici, 1 kg Rippchen und 2 Steaks",
        ANA,
        catalog=BUTCHER,
    )
    assert sorted(items(o)) == [("CEV", 2, None), ("RIB", 1, None), ("STK", 2, None)]


def test_butcher_italian_and_gheg() -> None:
    o = parse("c: vorrei 1 kg di fegato e 4 pljeskavice", ANA, catalog=BUTCHER)
    assert sorted(items(o)) == [("LIV", 1, None), ("PLJ", 4, None)]


SCOOTER = named_catalog(
    ("PAD", "Pllaka frenash (palë)"),
    ("DSC", "Disk freni 140 mm"),
    ("GRP", "Doreza timoni"),
)


def test_scooter_brake_parts() -> None:
    o = parse(
        "c: hi, I need 2 brake pads and one brake disc for my scooter",
        ANA,
        catalog=SCOOTER,
    )
    assert sorted(items(o)) == [("DSC", 1, None), ("PAD", 2, None)]


def test_scooter_brake_pads_colloquial_albanian() -> None:
    o = parse("c: m'i qoni 2 balata pls", ANA, catalog=SCOOTER)
    assert items(o) == [("PAD", 2, None)]


FISHING = named_catalog(
    ("ROD", "Kallam spinning 2.4 m"),
    ("FLT", "Pluskues"),
    ("NET", "Rrjetë peshkimi"),
    ("LIN", "Misina 0.25 mm"),
)


def test_fishing_tackle_words() -> None:
    o = parse(
        "c: Servus, 1 Spinnrute, 5 plovaci und 1 Kescher bitte",
        ANA,
        catalog=FISHING,
    )
    assert sorted(items(o)) == [("FLT", 5, None), ("NET", 1, None), ("ROD", 1, None)]


PETS = named_catalog(("SCR", "Shtyllë gërvishtëse"), ("BED", "Krevat për mace"))


def test_scratching_post_in_italian_and_german() -> None:
    assert items(parse("c: vorrei un tiragraffi", ANA, catalog=PETS)) == [("SCR", 1, None)]
    assert items(parse("c: einen Kratzbaum bitte", ANA, catalog=PETS)) == [("SCR", 1, None)]


BEES = named_catalog(
    ("SMK", "Tymues inoksi"), ("LND", "Lule bliri 100 g"), ("CHM", "Kamomil 100 g")
)


def test_beekeeping_and_herbs() -> None:
    o = parse("c: I'd like a smoker and 2 packs of linden tea", ANA, catalog=BEES)
    assert sorted(items(o)) == [("LND", 2, None), ("SMK", 1, None)]


def test_born_is_not_linden() -> None:
    # "lindi" (was born) shares its root with "linden": only the chamomile is ordered
    o = parse("c: vajza me lindi sot, dua 2 kamomil", ANA, catalog=BEES)
    assert items(o) == [("CHM", 2, None)]


SEWING = named_catalog(("NDL", "Gjilpëra qepjeje"), ("THR", "Pe qepjeje"), ("FLOAT", "Dyshek noti"))


def test_sewing_and_pool_words() -> None:
    o = parse(
        "c: buongiorno, 2 aghi da cucito e un materassino gonfiabile",
        ANA,
        catalog=SEWING,
    )
    assert sorted(items(o)) == [("FLOAT", 1, None), ("NDL", 2, None)]


def test_a_generic_word_names_no_product() -> None:
    # "pako", "set" and a colour belong to no group: they name nothing in a shop without them
    o = parse("c: a keni ndonje pako apo set ne ngjyre te kuqe?", catalog=SEWING)
    assert items(o) == []
