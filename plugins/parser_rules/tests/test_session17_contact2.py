"""Session 17, second round on contact fields. Invented shops, people, streets and sentences
(none from a corpus); each test fails when its rule is reverted."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, parse

BOATS = catalog_of(
    ("KAYAK", "Kajak me qira", "25", ("1 vend", "2 vende")),
    ("SUP", "Sup board me qira", "20", ()),
)

# --- a booking held in someone's name


def test_a_booking_under_a_name_gives_the_name() -> None:
    for line, name in (
        (
            "c: ok, 2 kajak 2 vende te shtunen. Booking under Dardan Kelmendi, +44 7700 900 123",
            "Dardan Kelmendi",
        ),
        (
            "c: va bene, 2 kajak 2 vende. Prenotazione a nome di Giulia Ferri, 347 120 4455",
            "Giulia Ferri",
        ),
        (
            "c: passt, 2 kajak 2 vende, reserviert auf den Namen Jonas Weber, 0176 4432 1190",
            "Jonas Weber",
        ),
        (
            "c: ok 2 kajak 2 vende, reservation under the name of Mira Koci, 069 412 7788",
            "Mira Koci",
        ),
    ):
        o = parse(line, catalog=BOATS)
        assert o.customer_name == name, line


# --- the address


MUGS = catalog_of(
    ("CUP", "Gotë qeramike me emër", "9", ()),
)


def test_lagjia_in_lower_case_after_the_town_opens_the_address() -> None:
    o = parse(
        "c: dua 3 gota qeramike me emer",
        "m: Po, 9€ copa. Adresa?",
        "c: jemi ne Fier lagjia 7, rruga Kastriot Muca, perballe furres. 068 441 2093",
        catalog=MUGS,
    )
    assert o.address == "lagjia 7, rruga Kastriot Muca, perballe furres"
    assert o.city == "Fier"


def test_a_street_named_for_a_person_typed_in_lower_case() -> None:
    # "rruga ukshin hoti …" without a number: the lower-case given name names the street
    o = parse(
        "c: dua 2 gota qeramike me emer",
        "m: Po. Adresa?",
        "c: une jam ne prizren rruga ukshin hoti prane xhamise, Teuta Berisha 049 311 820",
        catalog=MUGS,
        country="XK",
    )
    assert o.address is not None and o.address.startswith("rruga ukshin hoti")


def test_an_institution_in_the_accusative_is_the_address() -> None:
    # "te spitalin …", "ne gjimnazin …", "ne kopshtin …": the object form names the place too
    for line, address in (
        ("c: sillini te spitalin Rajonal, Fier, Besa Hoxha 068 123 4567", "spitalin Rajonal"),
        (
            "c: sillini ne gjimnazin Ismail Qemali, Vlore, Besa Hoxha 068 123 4567",
            "gjimnazin Ismail Qemali",
        ),
        (
            "c: sillini ne kopshtin Lulet e Para, Berat, Besa Hoxha 068 123 4567",
            "kopshtin Lulet e Para",
        ),
    ):
        o = parse("c: dua 2 gota qeramike me emer", "m: Ku t'i sjellim?", line, catalog=MUGS)
        assert o.address == address, line


def test_the_german_names_of_shkoder_are_the_town() -> None:
    for town in ("Skutari", "Schkodra"):
        o = parse(
            f"c: Hallo, wir sind in {town} bei der Oma. 2 gota qeramike me emer bitte",
            "m: Po, 18€. Adresa?",
            "c: Rruga Gjuhadol 8, Mira Gjoni +41 79 555 12 34",
            catalog=MUGS,
        )
        assert o.city == "Shkoder", town


def test_name_village_town_without_commas() -> None:
    # "Given Family Village Town 04x …": the name, the village (the address), the town
    o = parse(
        "c: dua 2 gota qeramike me emer",
        "m: Po, 18€",
        "c: Fitore Kelmendi Koretin Kamenice 044 612 903",
        catalog=MUGS,
        country="XK",
    )
    assert (o.customer_name, o.address, o.city) == ("Fitore Kelmendi", "Koretin", "Kamenice")


def test_delogozhdi_and_dolna_belica_are_two_villages() -> None:
    # Dollogozhdë is Delogoždi (Делогожди); Dolna Belica is another village near Struga
    # (Bellicë e Poshtme), no longer filed as a name of Dollogozhdë
    from plugins.parser_rules.lexicon import load
    from plugins.parser_rules.normalize import tokenize
    from plugins.parser_rules.places import find_cities

    settlements = load("settlements.json")["MK"]
    assert "Dolna Belica" not in settlements["Dollogozhdë"]
    assert "Dolna Belica" in settlements["Bellicë e Poshtme"]
    assert [h.end for h in find_cities(tokenize("Delogozhdi"))] == [1]
