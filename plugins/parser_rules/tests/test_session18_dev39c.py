"""Session 18 (dev39, what is left): invented shops and sentences (none taken from a corpus)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

# a honey shop that prices its shipping abroad by zone, beside its domestic courier
HONEY = catalog_of(
    ("MJ-MAL", "Mjaltë mali", "1800", ("500 g", "1 kg")),
    ("PROPOLIS", "Tretësirë propolisi", "900", ()),
    ("SHIP-DOM", "Dërgesë me korrier brenda vendit", "300", ()),
    ("SHIP-ABR", "Dërgesë jashtë vendit", "2500", ("Ballkan", "Evropë", "SHBA/Kanada")),
)


def test_the_country_the_merchant_ships_to_picks_the_zone() -> None:
    # "posta Austri" in the sum: Austria is in Europe, so the zone line is Evropë
    o = parse(
        "c: pershendetje, dua 2 kavanoza mjalte mali 1 kg",
        "m: 2 x 1 kg + posta Austri = 6100 lekë. Adresa?",
        "c: Dritan Muka, Mariahilfer Strasse 12, Wien, +43 660 123 4567",
        catalog=HONEY,
    )
    assert ("SHIP-ABR", 1, "Evropë") in items(o)


def test_the_customers_town_picks_the_zone_and_the_product() -> None:
    # "+ dërgesa" fits both delivery products; the order goes to Podgorica (Montenegro), a
    # Balkan country before a European one, so it is the delivery abroad, Ballkan
    o = parse(
        "c: dua nje propolis edhe nje mjalte mali 500 g",
        "m: Propolis + mjaltë 500 g + dërgesa = 5200 lekë",
        "c: ok. Sokol Berisha, Bulevar Svetog Petra 20, Podgorica, +382 67 123 456",
        catalog=HONEY,
    )
    assert ("SHIP-ABR", 1, "Ballkan") in items(o)
    assert all(p != "SHIP-DOM" for p, _q, _v in items(o))


def test_a_parcel_at_home_takes_no_zone() -> None:
    # the shop's own country is no zone: "+ dërgesa" to Fier stays undecided between the two
    o = parse(
        "c: dua nje propolis",
        "m: Propolis + dërgesa = 1200 lekë",
        "c: ok. Sokol Berisha, Rr. Kastriotet 3, Fier, 069 123 4567",
        catalog=HONEY,
    )
    assert all(p != "SHIP-ABR" for p, _q, _v in items(o))


def test_the_contact_person_named_after_where_he_is() -> None:
    # "Kontakt në punishte Dafina 049 …": the person to call at the workshop, after the place
    o = parse(
        "c: dua 3 tretesira propolisi",
        "m: 3 x 900 = 2700 lekë. Adresa?",
        "c: Rr. Dardania 4, Prizren. Kontakt ne punishte Dafina 049 555 123",
        catalog=HONEY,
    )
    assert o.customer_name == "Dafina"


def test_the_contact_on_site_in_english() -> None:
    o = parse(
        "c: I'd like 2 propolis please",
        "m: 2 x 900 = 1800 lekë. Address?",
        "c: 14 Mill Lane, Leeds LS1 4AB. contact on site Gareth 07700 900 123",
        catalog=HONEY,
    )
    assert o.customer_name == "Gareth"


def test_a_lower_case_message_signed_by_a_given_name() -> None:
    # the customer types in lower case and closes with his given name, capitalised
    o = parse(
        "c: a keni propolis",
        "m: Po, 900 lekë.",
        "c: mire, e marr neser ne mengjes Dritan",
        catalog=HONEY,
    )
    assert o.customer_name == "Dritan"


def test_a_relative_who_collects_it_named_last() -> None:
    o = parse(
        "c: dua nje kavanoz mjalte mali 500 g",
        "m: 1800 lekë, e keni gati pasdite.",
        "c: ok e merr vajza pas 5 Besa 🙏",
        catalog=HONEY,
    )
    assert o.customer_name == "Besa"


def test_a_town_closing_the_message_is_no_name() -> None:
    # "Vlora" is a given name and a town: closing "e dergoni ne Vlora" it is where, not who
    o = parse(
        "c: dua nje kavanoz mjalte mali 500 g, e dergoni ne Vlora",
        catalog=HONEY,
    )
    assert o.customer_name is None
