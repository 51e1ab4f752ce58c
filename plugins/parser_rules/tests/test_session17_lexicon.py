"""Session 17 (lexicon): everyday product nouns of trades whose catalogs carry no aliases, reached
through the cross-language product groups (products_general.json). Invented shops and invented
sentences (none taken from a corpus); every catalog here has empty aliases, as a new merchant's
catalog often does, so the customer's word meets the catalog's name only through its group."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import items, named_catalog, parse

ARTA = "c: Arta Gashi, Rr. Nena Tereze 12, Peje, 044 321 765"

TROPHIES = named_catalog(
    ("MDL", "Medalje metalike me shirit"),
    ("TRF", "Trofe sportiv 30 cm"),
    ("MUG", "Filxhan me logo"),
)


def test_medals_and_trophies_in_german() -> None:
    o = parse(
        "c: Hallo, für das Turnier brauchen wir 15 Medaillen und 3 Pokale", ARTA, catalog=TROPHIES
    )
    assert sorted(items(o)) == [("MDL", 15, None), ("TRF", 3, None)]


def test_gheg_mug_word() -> None:
    # "sholjë" (Gheg, from šolja) is a cup or mug like "filxhan"
    o = parse("c: na duhen 8 sholja te bardha per zyren", ARTA, catalog=TROPHIES)
    assert items(o) == [("MUG", 8, None)]


def test_medal_is_not_a_pendant() -> None:
    # "medalje" shares its root with "medaljon" (a pendant): the medal shop's customer who
    # writes "medaglie" still finds the medals, not the locket
    shop = named_catalog(("LCK", "Medaljon argjendi"), ("MDL", "Medalje bronzi"))
    o = parse("c: buongiorno, mi servono 20 medaglie per la gara", ARTA, catalog=shop)
    assert items(o) == [("MDL", 20, None)]


ART_AND_GAMES = named_catalog(
    ("CNV", "Telajo pambuku 40x50"),
    ("EAS", "Kavalet druri"),
    ("SLD", "Slitë plastike"),
    ("CHS", "Shah druri"),
    ("CRD", "Letra loje plastike"),
)


def test_painting_canvas_in_german() -> None:
    o = parse("c: Guten Tag, ich hätte gern 4 Leinwände", ARTA, catalog=ART_AND_GAMES)
    assert items(o) == [("CNV", 4, None)]


def test_sled_chess_and_cards() -> None:
    o = parse(
        "c: Hallo, 2 Schlitten für die Kinder, ein Schachspiel und zwei Spielkarten",
        ARTA,
        catalog=ART_AND_GAMES,
    )
    assert sorted(items(o)) == [("CHS", 1, None), ("CRD", 2, None), ("SLD", 2, None)]


PLUMBING = named_catalog(
    ("VLV", "Valvul sferike 1/2 col"),
    ("BLR", "Bojler elektrik 80 L"),
    ("TPL", "Tipla plastike 8 mm (100 copë)"),
    ("FAN", "Ventilator tavani"),
)


def test_valve_water_heater_and_wall_plugs_in_english() -> None:
    o = parse(
        "c: Hi, I need 3 valves, 1 water heater and 2 packs of wall plugs",
        ARTA,
        catalog=PLUMBING,
    )
    assert sorted(items(o)) == [("BLR", 1, None), ("TPL", 2, None), ("VLV", 3, None)]


def test_ventil_is_a_valve_not_a_fan() -> None:
    # "ventil" is a valve; its root is that of "ventilator" (a fan)
    o = parse("c: dua 4 ventila per radiatoret", ARTA, catalog=PLUMBING)
    assert items(o) == [("VLV", 4, None)]


def test_italian_water_heater() -> None:
    o = parse("c: buonasera, avete uno scaldabagno? ne prendo 1", ARTA, catalog=PLUMBING)
    assert items(o) == [("BLR", 1, None)]


SHOPS = named_catalog(
    ("MAT", "Tapete makine universale (set)"),
    ("PAD", "Podloga za miš XL"),
    ("BGT", "Baguette"),
    ("MSN", "Sensor lëvizjeje për dritë"),
)


def test_car_mats_mouse_pad_and_motion_sensor() -> None:
    o = parse(
        "c: Hallo, 1 Set Gummimatten, 2 Mauspad und einen Bewegungsmelder bitte",
        ARTA,
        catalog=SHOPS,
    )
    assert sorted(items(o)) == [("MAT", 1, None), ("MSN", 1, None), ("PAD", 2, None)]


def test_albanian_baguette() -> None:
    o = parse("c: me sillni 6 bageta sot", ARTA, catalog=SHOPS)
    assert items(o) == [("BGT", 6, None)]


BUILDING = named_catalog(
    ("BRK", "Tullë e kuqe me vrima"),
    ("MRT", "Llaç i gatshëm 25 kg"),
    ("FOM", "Spumë poliuretani 750 ml"),
    ("HNG", "Menteshë dere inox"),
    ("WSH", "Rondele inox M8 (100 copë)"),
    ("CAN", "Kanister plastik 20 L"),
)


def test_building_nouns_in_other_languages() -> None:
    o = parse(
        "c: Zdravo, treba mi 4 sarke, 2 kanistra i jedna montazna pena",
        ARTA,
        catalog=BUILDING,
    )
    assert sorted(items(o)) == [("CAN", 2, None), ("FOM", 1, None), ("HNG", 4, None)]


def test_mortar_and_washers_in_german() -> None:
    o = parse("c: Hallo, 3 Säcke Mörtel und 2 Packungen Unterlegscheiben", ARTA, catalog=BUILDING)
    assert sorted(items(o)) == [("MRT", 3, None), ("WSH", 2, None)]


ELECTRIC_AND_BATH = named_catalog(
    ("SWT", "Ndërprerës drite i thjeshtë"),
    ("INS", "Shirit izolant i zi"),
    ("WC", "Guaskë WC me rezervuar"),
    ("SHR", "Këmishë pambuku"),
)


def test_switch_insulating_tape_and_toilet_in_italian() -> None:
    o = parse(
        "c: buongiorno, 2 interruttori, 3 nastro isolante e un vaso wc",
        ARTA,
        catalog=ELECTRIC_AND_BATH,
    )
    assert sorted(items(o)) == [("INS", 3, None), ("SWT", 2, None), ("WC", 1, None)]


def test_shirit_is_tape_not_a_shirt() -> None:
    # "shirit" shares its root with the English "shirt": it is tape (or, in phrases, ribbon),
    # never a shirt
    shop = named_catalog(("TPE", "Nastro isolante nero"), ("SHT", "Work shirt cotton"))
    o = parse("c: dua 5 shirita per kabllot", ARTA, catalog=shop)
    assert items(o) == [("TPE", 5, None)]


SALON = named_catalog(
    ("MAN", "Manikyr klasik"),
    ("PED", "Pedikyr"),
    ("MSG", "Masazh relaksues 60 min"),
    ("CUT", "Qethje për meshkuj"),
    ("WSH", "Larje makine e plotë"),
)


def test_services_named_in_other_languages() -> None:
    o = parse(
        "c: Hallo, ich möchte für Samstag eine Maniküre und eine Massage buchen",
        ARTA,
        catalog=SALON,
    )
    assert sorted(items(o)) == [("MAN", 1, None), ("MSG", 1, None)]


def test_haircut_and_car_wash_in_english() -> None:
    o = parse("c: hi, a haircut for me and a car wash for my car please", ARTA, catalog=SALON)
    assert sorted(items(o)) == [("CUT", 1, None), ("WSH", 1, None)]


CAR_PARTS = named_catalog(
    ("SHK", "Amortizator i përparmë"),
    ("BMP", "Parakolp i pasmë"),
    ("ALT", "Alternator 90A"),
    ("BRG", "Kushinetë rrote"),
)


def test_car_parts_in_german_and_italian() -> None:
    o = parse(
        "c: Hallo, 2 Stoßdämpfer und eine Lichtmaschine, dazu un paraurti",
        ARTA,
        catalog=CAR_PARTS,
    )
    assert sorted(items(o)) == [("ALT", 1, None), ("BMP", 1, None), ("SHK", 2, None)]


PANTRY_AND_PHARMACY = named_catalog(
    ("VNG", "Uthull molle 1 L"),
    ("ABX", "Antibiotik pomadë 15 g"),
    ("PLY", "Plastelinë 12 ngjyra"),
)


def test_vinegar_antibiotic_and_plasticine_in_other_languages() -> None:
    o = parse(
        "c: Hi, 2 bottles of vinegar, 1 antibiotic ointment and 3 boxes of play dough",
        ARTA,
        catalog=PANTRY_AND_PHARMACY,
    )
    assert sorted(items(o)) == [("ABX", 1, None), ("PLY", 3, None), ("VNG", 2, None)]
