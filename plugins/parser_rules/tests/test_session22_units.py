"""Session 22 (amounts in the catalog's unit): invented shops and sentences (none taken from a
corpus)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ARTA = "c: Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202"

# a painter who sells the work per square metre, paint by the bucket and filler by the bag
PAINTER = catalog_of(
    ("LYER", "Lyerje muresh (m²)", "250", ("një shtresë", "dy shtresa")),
    ("BOJE", "Bojë e bardhë (kovë 15 L)", "4500", ()),
    ("STUK", "Stuko (thes 20 kg)", "900", ()),
    ("PAST", "Pastrim pas punës", "3000", ()),
)


def test_the_square_metres_in_the_products_own_part_of_a_list_count_it() -> None:
    """A painter (the rule came from an artificial-grass fitter): the shop's closing list
    names several products ("Bojë 2 kova + stuko 1 thes 20 kg + lyerje 45 m²"); the square metres
    said in the wall painting's own part count that line, though the list names goods not
    sold by the square metre."""
    o = parse(
        "c: Pershendetje, duam te lyejme sallonin me boje te bardhe, rreth 45 metra katrore",
        "m: Mirëdita! Bojë e bardhë 4500 lek kova, lyerja 250 lek/m². Për 45 m² duhen 2 kova "
        "bojë, plus stuko 1 thes.",
        "c: ok te gjitha. Arta Leka 069 555 0202",
        "m: Adresa?",
        "c: Rr. Dibrës 40, Tiranë",
        "m: Shënova: Arta Leka, Rr. Dibrës 40, Tiranë, 069 555 0202.\n"
        "Bojë 2 kova + stuko 1 thes 20 kg + lyerje 45 m². Vijmë të hënën.",
        catalog=PAINTER,
    )
    assert sorted(items(o)) == [("BOJE", 2, None), ("LYER", 45, None), ("STUK", 1, None)]


def test_the_shops_reckoning_the_customer_answers_by_naming_the_line_counts_it() -> None:
    """A painter: the shop reckons the square metres of each service in one sentence ("lyerje
    30 m² × 250 lek, dhe pastrim …"), and the customer answers by taking one of them
    ("lyerjen po"): the square metres of that line's own part count it, though the line was
    first named in the answer."""
    o = parse(
        "c: Pershendetje, dhoma eshte 5 me 6, sa kushton?",
        "m: Atëherë 5 × 6 = 30 m². Ju duhet lyerje një shtresë, 30 m² × 250 lek, "
        "dhe pastrim pas punës 3000 lek.",
        "c: lyerjen po, pastrimin e bejme vete",
        ARTA,
        catalog=PAINTER,
    )
    assert [(sku, n) for sku, n, _v in items(o) if sku == "LYER"] == [("LYER", 30)]


# a medical aids rental: a wheelchair by the week, a physiotherapy pass, crutches
AIDS = catalog_of(
    ("CHAIR", "Karrige me rrota me qira (javë)", "30", ()),
    ("GYM", "Abonim fizioterapie (3 seanca/javë)", "90", ()),
    ("CRUT", "Paterica alumini", "25", ()),
)


def test_a_bare_unit_word_after_an_amount_names_no_other_product() -> None:
    """A medical aids rental (the rule came from a pet hotel and a home-care agency): the
    shop's "30 € në javë, 3 javë = 90 €" counts the wheelchair rented by the week; the bare
    "javë" is the unit of the price and of the amount, not a name of the physiotherapy pass
    whose name holds "seanca/javë" (before the rule the sentence was taken to name that other
    product, and the weeks counted nothing)."""
    o = parse(
        "c: Pershendetje, babai doli nga spitali, na duhet nje karrige me rrota derisa te sherohet",
        "m: Po, karrigia me rrota 30 € në javë, 3 javë = 90 €, sa thotë zakonisht mjeku.",
        "c: ok, edhe nje paterice",
        ARTA,
        catalog=AIDS,
    )
    assert [(sku, n) for sku, n, _v in items(o) if sku == "CHAIR"] == [("CHAIR", 3)]


# a paintball field sold per player, with a smoke grenade and a team photo
PAINTBALL = catalog_of(
    ("GAME", "Lojë paintball 2 orë (200 topa), për lojtar", "1200", ("ditë jave", "fundjavë")),
    ("SMOKE", "Granatë tymi", "400", ()),
    ("FOTO", "Foto ekipi", "500", ()),
)


def test_a_game_sold_per_player_counts_the_players() -> None:
    """A paintball field (the rule came from an escape room): the catalog sells the game "për
    lojtar" and the shop reckons "6 lojtarë × 1500" at its weekend price (not the catalog's);
    players are people a line sold per person counts, as "persona" and "guests" are, so the
    game is 6."""
    o = parse(
        "c: Pershendetje, jemi nje grup shokesh, a keni vend te shtunen per paintball?",
        "m: Po! 1200 lekë/lojtar ditëve të javës, 1500 në fundjavë, 2 orë me 200 topa.",
        "c: jemi kater djem e dy vajza, e shtune ne 10",
        "m: E shtunë 10:00 e lirë. 6 lojtarë × 1500 = 9000 lekë.",
        "c: rezervojeni",
        ARTA,
        catalog=PAINTBALL,
    )
    assert [(sku, n) for sku, n, _v in items(o) if sku == "GAME"] == [("GAME", 6)]
