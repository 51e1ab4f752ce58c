"""Session 23 (variants of the right product): invented shops and sentences, none from a
corpus. The adult tier when no child is named; a head count is no size number; a variant
written out beats the size word said as its reason; "dhe" (and) is no soil; a delivery priced
by country or abroad takes the variant of the order's country."""

from __future__ import annotations

from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.tests.conftest import catalog_of, items, parse
from plugins.parser_rules.variants import match_variant, variant_spec

ZOO = catalog_of(
    ("HYRJE", "Biletë hyrjeje kopshti zoologjik", "8", ("i rritur", "fëmijë", "student")),
    ("HARTE", "Hartë e parkut", "2", ()),
)

FERRY = catalog_of(
    (
        "TRAGET",
        "Biletë trageti",
        "60",
        (
            "one way, adult",
            "one way, child",
            "round trip, adult",
            "round trip, child",
        ),
    ),
)


def test_tickets_for_grown_ups_take_the_adult_tier() -> None:
    """A zoo sells entry by tier; two friends book for themselves and name no child or other
    tier: the adult one."""
    o = parse(
        "c: pershendetje, dua 2 bileta hyrjeje per te shtunen, jemi dy shoqe",
        "m: Po, 8€ secila. Emri?",
        "c: Arta Dema 069 111 2233",
        catalog=ZOO,
    )
    assert items(o) == [("HYRJE", 2, "i rritur")]


def test_tickets_in_english_for_grown_ups_take_the_adult_tier() -> None:
    o = parse(
        "c: Hi, two entry tickets for the zoo on Sunday please, for me and my husband",
        "m: Sure, 8€ each. Name?",
        "c: Jane Cole +44 7700 900 123",
        catalog=ZOO,
    )
    assert items(o) == [("HYRJE", 2, "i rritur")]


def test_a_child_named_leaves_the_tier_to_the_customer() -> None:
    """Guard: a child among the people ("djalin 7 vjeç", "my son") leaves the tier open."""
    o = parse(
        "c: pershendetje, 2 bileta hyrjeje per mua dhe djalin 7 vjec",
        "m: Po. Emri?",
        "c: Arta Dema 069 111 2233",
        catalog=ZOO,
    )
    assert [v for _p, _q, v in items(o)] == [None]
    o = parse(
        "c: Hi, two entry tickets for the zoo on Sunday please, for me and my son",
        "m: Sure, 8€ each. Name?",
        "c: Jane Cole +44 7700 900 123",
        catalog=ZOO,
    )
    assert [v for _p, _q, v in items(o)] == [None]


def test_the_adult_tier_of_a_two_part_variant_takes_the_part_said() -> None:
    """A ferry sells one-way and return, adult and child: "a ferry ticket, round trip, just me"
    is the adult round-trip ticket."""
    o = parse(
        "c: Hi, I need a ferry ticket to Bari, round trip, just me",
        "m: Sure, 60€. Name as in the passport?",
        "c: Dritan Leka 068 222 3344",
        catalog=FERRY,
    )
    assert items(o) == [("TRAGET", 1, "round trip, adult")]


def test_a_head_count_is_no_size_number() -> None:
    """Footballs sold by size number: "jemi 4 shokë", "we are 4", "siamo in 4" say how many
    people, not size 4; "nr 4" still is the size."""
    specs = [variant_spec(v) for v in ("nr. 3", "nr. 4", "nr. 5")]
    for text in ("jemi 4 shoke, na duhet nje top", "we are 4, one ball please", "siamo in 4"):
        toks = tokenize(text)
        assert match_variant(specs, toks, 0, len(toks)) is None, text
    toks = tokenize("nje top nr 4")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and hit.index == 1


RUGS = catalog_of(
    ("QILIM", "Qilim leshi", "90", ("80x150", "120x170", "160x230", "200x300")),
)


def test_a_size_written_out_beats_the_size_word_given_as_its_reason() -> None:
    """A rug shop: "better bigger, 160x230" is 160x230, not the biggest rug (Italian and
    Albanian)."""
    for change in ("hmm meglio piu grande, 160x230", "jo prit, ma mire ma te madhin, 160x230"):
        o = parse(
            "c: dua nje qilim leshi 120x170",
            "m: Po, e kemi. 90€.",
            f"c: {change}",
            catalog=RUGS,
        )
        assert items(o) == [("QILIM", 1, "160x230")], change
    specs = [variant_spec(v) for v in ("80x150", "120x170", "160x230", "200x300")]
    toks = tokenize("meglio piu grande, 160x230")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and hit.index == 2
    toks = tokenize("meglio piu grande")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and hit.index == 3  # the size word alone still picks the biggest


def test_and_is_no_soil() -> None:
    """A greenhouse fitter mounts "mbi dhe" (on soil) or "mbi beton": "dhe montimin" (and the
    fitting) names neither; "mbi dhe" does."""
    specs = [variant_spec(v) for v in ("mbi dhe", "mbi beton")]
    toks = tokenize("serren 3x4 dhe montimin")
    assert match_variant(specs, toks, 0, len(toks)) is None
    toks = tokenize("montimi mbi dhe ne oborr")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and hit.index == 0


BOOKS = catalog_of(
    ("LIBER", "Fjalor shqip-anglisht", "15", ()),
    ("POSTA", "Dërgesë me postë", "3", ("Prishtinë", "Kosovë", "Shqipëri", "jashtë shtetit")),
)


def test_a_delivery_priced_by_country_takes_the_country_of_the_town() -> None:
    """A bookshop in Prishtina prices the post by Prishtinë / Kosovë / Shqipëri / abroad: an
    order to Tirana is "Shqipëri", one to Munich "jashtë shtetit"."""
    o = parse(
        "c: dua nje fjalor shqip-anglisht me poste",
        "m: Po, 15€ + posta. Adresa?",
        "c: Rruga e Kavajës 40, Tiranë. Elsa Mema 069 333 4455",
        catalog=BOOKS,
    )
    assert ("POSTA", 1, "Shqipëri") in items(o)
    o = parse(
        "c: dua nje fjalor shqip-anglisht me poste",
        "m: Po, 15€ + posta. Adresa?",
        "c: Leopoldstraße 12, 80802 München. Elsa Mema +49 151 2345 6789",
        catalog=BOOKS,
    )
    assert ("POSTA", 1, "jashtë shtetit") in items(o)


def test_a_variant_word_with_an_albanian_definite_ending_names_it() -> None:
    """A cosmetics shop and a phone-case shop: "ate natyralin" (the natural one) and "kapak per
    iphonin" (for the iPhone) carry an Albanian definite ending the lexicon does not list."""
    specs = [variant_spec(v) for v in ("natyral", "rozë", "e errët")]
    toks = tokenize("dua puderen, ate natyralin")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and hit.index == 0
    specs = [variant_spec(v) for v in ("iPhone", "Samsung", "Xiaomi")]
    toks = tokenize("nje kapak silikoni per iphonin tim")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and hit.index == 0


def test_gold_letters_name_the_gilded_variant() -> None:
    """A wedding-invitation printer sells lettering "e thjeshtë" or "e praruar": gold letters
    ("me shkronja ari", "gold lettering", "scritte in oro") are the gilded one."""
    specs = [variant_spec(v) for v in ("e thjeshtë", "e praruar")]
    for text in ("me shkronja ari", "with gold lettering", "con le scritte in oro"):
        toks = tokenize(text)
        hit = match_variant(specs, toks, 0, len(toks))
        assert hit is not None and hit.index == 1, text


def test_the_gheg_short_feminine_names_short() -> None:
    """A skirt sold "e shkurtër" / "e gjatë": the Gheg "e shkurta" is the short one; the month
    "shkurt" (February) is not."""
    specs = [variant_spec(v) for v in ("e shkurtër", "e gjatë")]
    toks = tokenize("funden e shkurta po e du")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and hit.index == 0
    toks = tokenize("e marr me 3 shkurt")
    assert match_variant(specs, toks, 0, len(toks)) is None


def test_a_head_count_names_no_person_variant() -> None:
    """A phone operator's contract "person fizik" / "biznes": "jemi 4 veta në shtëpi", "we
    are 4 people" count the household and name no contract type; "si person fizik" does;
    a head count still names a tier by its number ("deri 8 persona")."""
    specs = [variant_spec(v) for v in ("person fizik", "biznes")]
    for text in ("jemi 4 veta ne shtepi, na duhet internet", "we are 4 people at home"):
        toks = tokenize(text)
        assert match_variant(specs, toks, 0, len(toks)) is None, text
    toks = tokenize("kontrate si person fizik")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and hit.index == 0
    specs = [variant_spec(v) for v in ("deri 4 persona", "deri 8 persona")]
    toks = tokenize("jemi 7 veta")
    hit = match_variant(specs, toks, 0, len(toks))
    assert hit is not None and hit.index == 1


def test_a_count_before_its_noun_is_no_numbered_size() -> None:
    """Balls sold "nr. 4" / "nr. 5" at a toy shop: "5 topa" is five balls; "topin nr 5", a
    bare "5" answer and "2 t'4shit" still name the size."""
    specs = [variant_spec(v) for v in ("nr. 4", "nr. 5")]
    toks = tokenize("atehere 5 topa per shkollen")
    assert match_variant(specs, toks, 0, len(toks)) is None
    for text, want in (("topin nr 5", 1), ("po 5", 1), ("qoni 2 t'4shit", 0)):
        toks = tokenize(text)
        hit = match_variant(specs, toks, 0, len(toks))
        assert hit is not None and hit.index == want, text


BOWLING = catalog_of(
    ("PISTE", "Pistë bowlingu (për orë)", "20", ("deri ora 16", "mbas ora 16 / fundjavë")),
    ("PIJE", "Pije freskuese", "2", ()),
)

PADEL = catalog_of(
    ("COURT", "Padel court (per hour)", "24", ("before 5 pm", "after 5 pm / weekend")),
)


def test_a_booking_in_the_evening_takes_the_evening_band() -> None:
    """A bowling alley prices a lane "deri ora 16" / "mbas ora 16 / fundjavë": a Thursday
    booking at 7 in the evening, confirmed "19:00", is the evening band."""
    o = parse(
        "c: a ka vend per nje piste bowlingu te enjten ne 7 te mbremjes?",
        "m: Po, e enjte 19:00, pista 2. Emri?",
        "c: Besa Hoxha 069 444 5566",
        catalog=BOWLING,
    )
    assert items(o) == [("PISTE", 1, "mbas ora 16 / fundjavë")]


def test_a_booking_by_day_and_hour_takes_its_band() -> None:
    """A padel club prices a court "before 5 pm" / "after 5 pm / weekend": Saturday morning
    is the weekend band, Tuesday at 10 the day band."""
    o = parse(
        "c: Hi, can I book a padel court on Saturday at 10?",
        "m: Sure, Saturday 10:00 is free. Name?",
        "c: Tom Reed",
        catalog=PADEL,
    )
    assert items(o) == [("COURT", 1, "after 5 pm / weekend")]
    o = parse(
        "c: Hi, can I book a padel court on Tuesday at 10?",
        "m: Sure, Tuesday 10:00 is free. Name?",
        "c: Tom Reed",
        catalog=PADEL,
    )
    assert items(o) == [("COURT", 1, "before 5 pm")]
