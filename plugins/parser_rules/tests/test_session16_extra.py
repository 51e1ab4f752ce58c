"""Session 16 (extra): lines the customer did not order. Invented shops and sentences, none
from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import catalog_of, items, named_catalog, parse

DRITA = "c: Drita Hoxha, Rr. Kavajes 10, Tirane, 069 111 2233"

GARDEN = named_catalog(
    ("SEED", "Fara lulesh"),
    ("POT", "Vazo balte"),
    ("GLV", "Doreza kopshti"),
)


def test_removed_because_bought_yesterday() -> None:
    # the purchase told after "hiqe" is why the pot goes, not a sentence about an old order
    o = parse(
        "c: dua 2 fara lulesh, nje vazo balte dhe doreza kopshti",
        "m: Ok, 2 fara, 1 vazo, 1 palë doreza. Adresa?",
        "c: vazon hiqe se e bleva dje",
        DRITA,
        catalog=GARDEN,
    )
    assert items(o) == [("SEED", 2, None), ("GLV", 1, None)]


def test_removed_because_bought_last_week_no_because_word() -> None:
    o = parse(
        "c: dua 2 fara lulesh, nje vazo balte dhe doreza kopshti",
        "m: Ok, 2 fara, 1 vazo, 1 palë doreza. Adresa?",
        "c: dorezat hiqi, i bleme javen e kaluar",
        DRITA,
        catalog=GARDEN,
    )
    assert items(o) == [("SEED", 2, None), ("POT", 1, None)]


def test_forget_it_in_albanian_removes() -> None:
    o = parse(
        "c: dua 2 fara lulesh, nje vazo balte dhe doreza kopshti",
        "m: Ok. Adresa?",
        "c: jo dorezat harroji, i kam",
        DRITA,
        catalog=GARDEN,
    )
    assert items(o) == [("SEED", 2, None), ("POT", 1, None)]


def test_bought_before_still_not_ordered_again() -> None:
    # without a remove word, what was bought before is told, not ordered (unchanged)
    o = parse(
        "c: dua 2 fara lulesh",
        "c: vjet bleme edhe nje vazo balte, na u thye",
        DRITA,
        catalog=GARDEN,
    )
    assert items(o) == [("SEED", 2, None)]


SPICE = catalog_of(
    ("KAN", "Kanellë", "300", ("100 g", "250 g")),
    ("PIP", "Piper i zi", "300", ("100 g", "250 g")),
    ("MNT", "Mente e thatë", "300", ("50 g", "100 g")),
    ("GIFT", "Pako dhurate me 4 erëza", "900", ()),
)


def test_pack_after_the_product_is_its_unit() -> None:
    # "kanellë 1 pako 250 g": the pack the cinnamon comes in, not the gift pack
    o = parse(
        "c: a keni kanelle dhe piper?",
        "m: Po. Kanellë 1 pako 250 g, piper 2 pako nga 100 g, 900 lekë",
        "c: po ashtu",
        DRITA,
        catalog=SPICE,
    )
    assert items(o) == [("KAN", 1, "250 g"), ("PIP", 2, "100 g")]


def test_pack_before_a_flavour_named_product_is_its_unit() -> None:
    # "mente" is also the mint flavour: the pack still counts it
    o = parse("c: dua tri pako mente 50 g", DRITA, catalog=SPICE)
    assert items(o) == [("MNT", 3, "50 g")]


def test_the_gift_pack_itself_is_still_named() -> None:
    o = parse("c: dua 2 pako dhurate", DRITA, catalog=SPICE)
    assert items(o) == [("GIFT", 2, None)]


PRINTS = named_catalog(
    ("MUG", "Filxhan me foto"),
    ("NAME-TEE", "Bluzë me emër"),
    ("SERVICE", "Servis printeri"),
)


def test_in_the_name_of_is_a_label_not_goods() -> None:
    # "në emër të …" says who receives; "emër" is no "Bluzë me emër"
    o = parse(
        "c: dua 2 filxhana me foto",
        "c: dergojini ne Fier ne emer te Arta Lika, rruga Apolonia 8, 069 555 1212",
        catalog=PRINTS,
    )
    assert items(o) == [("MUG", 2, None)]


def test_if_needed_in_italian_names_no_service() -> None:
    # "se serve" (if needed) is no misspelt "Servis"
    o = parse(
        "c: vorrei 3 filxhan me foto",
        "c: Arta Lika, rruga Apolonia 8, Fier, 069 555 1212",
        "c: il mio numero italiano +39 347 555 1212 se serve",
        catalog=PRINTS,
    )
    assert items(o) == [("MUG", 3, None)]


BIKES = named_catalog(
    ("LOCK", "Dry zinxhir për biçikletë"),
    ("BIKE-OIL", "Vaj zinxhiri"),
    ("BIKE-TEEN", "Biçikletë për të rinj 24 inch"),
)


def test_my_own_thing_as_subject_of_is_is_no_goods() -> None:
    o = parse(
        "c: hi! my bike is at my uncle's in Durres",
        "c: I need a vaj zinxhiri and 2 dry zinxhir",
        DRITA,
        catalog=BIKES,
    )
    assert sorted(items(o)) == [("BIKE-OIL", 1, None), ("LOCK", 2, None)]


def test_my_own_thing_albanian_possessive_after() -> None:
    o = parse(
        "c: pershendetje, biçikleta ime eshte te vellai ne Tirane",
        "c: me duhen 2 dry zinxhir",
        DRITA,
        catalog=BIKES,
    )
    assert items(o) == [("LOCK", 2, None)]


def test_my_own_thing_german() -> None:
    o = parse(
        "c: hallo, mein Fahrrad ist bei meinem Bruder in Tirana",
        "c: ich brauche 2 dry zinxhir",
        DRITA,
        catalog=BIKES,
    )
    assert items(o) == [("LOCK", 2, None)]


RAILS = named_catalog(
    ("RAIL", "Binar tavani"),
    ("ROD", "Shufër perdesh"),
    ("HEM", "Shkurtim perdesh"),
)


def test_the_ceiling_alone_names_no_ceiling_rail() -> None:
    # "tavanet" (the ceilings) say why the curtains are shortened; "Binar tavani" needs "binar"
    o = parse(
        "c: dua 2 shufer perdesh",
        "c: tavanet i kemi te uleta, ma beni edhe shkurtimin per te dyja",
        DRITA,
        catalog=RAILS,
    )
    assert sorted(items(o)) == [("HEM", 2, None), ("ROD", 2, None)]


FISH = named_catalog(
    ("SQUID", "Kallamar i pastruar (kg)"),
    ("OCTO", "Oktapod (kg)"),
    ("PRAWN", "Karkaleca (kg)"),
)


def test_calamari_are_squid_not_octopus() -> None:
    # the customer says the squid in Italian, then in Albanian: one line, no octopus
    o = parse(
        "c: vorrei i calamari... kallamar i pastruar 2 kg",
        "m: Kallamar 2 kg, ok",
        DRITA,
        catalog=FISH,
    )
    assert items(o) == [("SQUID", 2, None)]
    o = parse("c: 1 kg squid please", DRITA, catalog=FISH)
    assert items(o) == [("SQUID", 1, None)]


CAR = named_catalog(
    ("WIPER", "Fshirëse xhami"),
    ("DIESEL-FLT", "Filtër nafte"),
    ("OIL", "Vaj motori 5W30"),
)


def test_the_car_model_after_for_is_what_it_is_for() -> None:
    # "për Passat 6 naftë": the diesel car the wipers are for, no diesel filter and no count 6
    o = parse("c: dua 2 fshirese xhami per Passat 6 nafte", DRITA, catalog=CAR)
    assert items(o) == [("WIPER", 2, None)]


WATER = named_catalog(
    ("TAB", "Dispenser tavoline"),
    ("PUSB", "Pompë USB për bidona"),
    ("PMAN", "Pompë manuale"),
    ("WATER", "Ujë burimi 10 L"),
)


def test_remove_takes_the_ordered_line_the_word_also_names() -> None:
    # "the pump" fits the hand pump best, but only the USB pump is in the order: it goes
    o = parse(
        "c: dua 1 dispenser tavoline + 1 pompe usb + 2 ujë burimi",
        "m: Ok. Adresa?",
        "c: wait forget the pump. Drita Hoxha, Rr. Kavajes 10, Tirane, 069 111 2233",
        catalog=WATER,
    )
    assert items(o) == [("TAB", 1, None), ("WATER", 2, None)]


COOPS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("HEN", "Kafaz për pula", ("kafaz",), Decimal("10"), ("i vogël", "i madh")),
        CatalogProduct("PIG", "Kafaz pëllumbash", (), Decimal("10"), ()),
        CatalogProduct("BIRD", "Pëllumb postier", (), Decimal("10"), ()),
    ),
)


def test_remove_takes_the_ordered_cage_not_the_alias_owner() -> None:
    # "kafazin" is the alias of the hen cage, but the pigeon cage is the one ordered
    o = parse(
        "c: dua 2 pellumb postier dhe nje kafaz pellumbash",
        "m: ok",
        "c: kafazin lere, e bej vete",
        DRITA,
        catalog=COOPS,
    )
    assert items(o) == [("BIRD", 2, None)]


def test_a_question_about_the_ordered_line_adds_no_other_product() -> None:
    # "kafazi" asks about the pigeon cage ordered, not about the hen cage whose alias it is;
    # "eh i vogël" then commits nothing, and "kafazin lere" drops the pigeon cage
    o = parse(
        "c: dua 2 pellumb postier dhe nje kafaz pellumbash",
        "m: 2 pellumba + 1 kafaz pellumbash = 8000 lek",
        "c: a eshte i madh kafazi?",
        "m: 80 x 50 cm",
        "c: eh i vogel. kafazin lere, vetem pellumbat",
        DRITA,
        catalog=COOPS,
    )
    assert items(o) == [("BIRD", 2, None)]


def test_a_question_naming_another_product_still_asks_about_it() -> None:
    o = parse(
        "c: dua 2 pellumb postier dhe nje kafaz pellumbash",
        "c: a keni edhe kafaz per pula?",
        "m: po, 3000",
        "c: ok edhe ate",
        DRITA,
        catalog=COOPS,
    )
    assert sorted(items(o)) == [("BIRD", 2, None), ("HEN", 1, None), ("PIG", 1, None)]


def test_a_line_removed_with_the_address_is_not_taken_back_from_the_restatement() -> None:
    # the delivery details say yes to the merchant's list, but the same message drops the pump
    o = parse(
        "c: dua 1 dispenser tavoline, 1 pompe usb dhe 2 ujë burimi",
        "m: 1 Dispenser tavoline, 1 Pompë USB, 2 Ujë burimi 10 L. Adresa?",
        "c: pompen hiqe. Drita Hoxha, Rr. Kavajes 10, Tirane, 069 111 2233",
        catalog=WATER,
    )
    assert items(o) == [("TAB", 1, None), ("WATER", 2, None)]


DAIRY = named_catalog(
    ("FETA", "Djathë i bardhë"),
    ("CREAM", "Kajmak"),
    ("YOG", "Kos dhie"),
)


def test_a_product_only_offered_then_refused_this_time_is_no_line() -> None:
    # the merchant proposes last week's order; "kajmak jo këtë herë" refuses the cream
    o = parse(
        "c: si heren e kaluar ju lutem",
        "m: Pra 2 kg djathë i bardhë dhe 1 kajmak?",
        "c: kajmak jo kete here, e kemi ende",
        "c: po 2 djathe",
        DRITA,
        catalog=DAIRY,
    )
    assert items(o) == [("FETA", 2, None)]


def test_the_cream_no_this_time_in_english() -> None:
    # an ordered line refused "not this time" goes (unchanged: "no" then a reason)
    o = parse(
        "c: 2 djathë i bardhë and 1 kajmak please",
        "c: the kajmak no, not this time",
        DRITA,
        catalog=DAIRY,
    )
    assert items(o) == [("FETA", 2, None)]
