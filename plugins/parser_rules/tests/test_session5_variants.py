"""Session 5 (helper s5-variants): the right product with the right variant, named the
customer's way. Invented shops and sentences only, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.tests.conftest import items, parse
from plugins.parser_rules.variants import match_variant, variant_spec

ADDR = "c: Arben Hoti, Rr. Dibrës 40, Tiranë, 069 555 1234"


def _pick(variants: list[str], text: str) -> str | None:
    specs = [variant_spec(v) for v in variants]
    toks = tokenize(text)
    hit = match_variant(specs, toks, 0, len(toks))
    return variants[hit.index] if hit else None


def test_a_colour_no_variant_names_reaches_its_shade_beside_the_size() -> None:
    # a scarf shop sells red only as "bordo", blue only as "navy": the size picks among them
    scarves = ["S e bardhë", "M e bardhë", "S bordo", "M bordo", "S navy", "M navy"]
    assert _pick(scarves, "nje te kuqe ne M") == "M bordo"
    assert _pick(scarves, "a blue one, size S") == "S navy"
    # a colour a variant names itself keeps its own meaning
    assert _pick(scarves, "te bardhen ne S") == "S e bardhë"
    # a capitalised colour word in a name is not a colour
    assert _pick(["S bordo", "M bordo", "M e bardhë"], "per Ana Rossi ne M") is None


def test_a_code_with_leading_zeros_is_named_by_its_numbers() -> None:
    # a hardware shop sells washers by code: "the 8s" is 008-016, not a range 8..16
    washers = ["006-012", "008-016", "010-020"]
    assert variant_spec("008-016").range_ is None
    assert _pick(washers, "I need the 8s please") == "008-016"
    assert _pick(washers, "nje pako 010-020") == "010-020"
    # a falling pair is a code too (hair dyes "6-1", "7-0"); a rising one stays a range
    assert _pick(["5-0", "6-1", "7-0"], "dua 6-1") == "6-1"
    assert variant_spec("2-4 vjec").range_ == (2.0, 4.0, "#years")
    assert variant_spec("0-3 muaj").range_ is not None


def test_the_value_said_instead_of_another_loses_the_tie() -> None:
    paint = ["1 L", "2.5 L", "10 L"]
    assert _pick(paint, "boje me jep 10 litra ne vend te 2.5 litrave") == "10 L"
    assert _pick(paint, "instead of the 2.5 litres I'll take 10 litres") == "10 L"
    assert _pick(paint, "statt 10 Liter lieber 2.5 Liter") == "2.5 L"
    # a change word between two values: the later one is the new one
    pans = ["26 cm", "30 cm"]
    assert _pick(pans, "tavën e 26 beje 30sh") == "30 cm"
    # a bare "no" right before a value marks it as the old one
    covers = ["Samsung A15", "Samsung A25"]
    assert _pick(covers, "actually A25, jo A15") == "Samsung A25"
    # two values with nothing to tell them apart name neither
    assert _pick(pans, "26 cm apo 30 cm?") is None


def test_legs_name_a_stand() -> None:
    # a furniture shop sells a mirror with or without a stand
    mirrors = ["me stand", "pa stand"]
    assert _pick(mirrors, "e dua me këmbë") == "me stand"
    assert _pick(mirrors, "the one with legs") == "me stand"
    assert _pick(["mit Gestell", "ohne Gestell"], "die mit Beinen bitte") == "mit Gestell"
    shop = Catalog(
        currency="ALL",
        products=(
            CatalogProduct(
                "FAN", "Ventilator", ("ventilator", "fan"), Decimal("4000"), ("me stand", "muri")
            ),
        ),
    )
    o = parse("c: nje ventilator me kamë ju lutem", ADDR, catalog=shop)
    assert items(o) == [("FAN", 1, "me stand")]


def test_a_line_naming_every_word_of_two_variants_lists_them() -> None:
    # a tyre shop: the merchant lists the options; the longest name does not win by its length
    tyres = ["verore e zezë", "dimërore e bardhë", "all season extra e kuqe"]
    line = "kemi verore te zeza, dimerore te bardha dhe all season extra te kuqe"
    assert _pick(tyres, line) is None
    # a variant whose words hold another's still wins when all of it is said
    assert _pick(["blu", "blu e errët"], "nje blu e erret") == "blu e errët"
    assert _pick(tyres, "dua dimerore, te bardha") == "dimërore e bardhë"


def test_a_reason_after_the_choice_names_no_variant() -> None:
    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct(
                "TRAY", "Tepsi furre", ("tepsi", "baking tray"), Decimal("12"), ("30 cm", "36 cm")
            ),
        ),
    )
    o = parse("c: nje tepsi 36 cm, se 30 eshte e vogel per mua", ADDR, catalog=shop)
    assert items(o) == [("TRAY", 1, "36 cm")]
    o = parse(
        "c: one baking tray 30 cm, because the 36 cm does not fit my oven", ADDR, catalog=shop
    )
    assert items(o) == [("TRAY", 1, "30 cm")]


def test_thin_and_thick_are_the_ends_of_lengths() -> None:
    # a builders' merchant sells boards and cables by thickness
    boards = ["12 mm", "18 mm", "25 mm"]
    assert _pick(boards, "dy pllaka nga te hollat") == "12 mm"
    assert _pick(boards, "the thickest ones please") == "25 mm"
    assert _pick(["4 cm", "8 cm"], "die dicke Matte") == "8 cm"
    # sizes that are not lengths are not thin or thick
    assert _pick(["250 g", "500 g"], "te hollat") is None


def test_warm_and_cold_light_name_colour_temperatures() -> None:
    # a lighting shop sells LED tubes by length and colour temperature
    tubes = ["60 cm 3000K", "60 cm 6500K", "120 cm 4000K", "120 cm 6500K"]
    assert _pick(tubes, "dy neon 60 cm me drite te verdhe") == "60 cm 3000K"
    assert _pick(tubes, "120 cm, warm white") is None  # no warm tube of 120 cm
    assert _pick(tubes, "120 cm luce naturale") == "120 cm 4000K"
    assert _pick(tubes, "60er kaltweiss bitte") == "60 cm 6500K"
    # a light said as not wanted names nothing
    assert _pick(tubes, "60 cm, drite te verdhe jo te bardhe") == "60 cm 3000K"
    assert _pick(tubes, "60 cm, not white") is None
    # a variant that names the colour itself keeps its own word
    assert _pick(["e bardhë", "e verdhë"], "te verdhen") == "e verdhë"


def test_a_side_said_in_metres_names_a_size_in_centimetres() -> None:
    # a carpet shop writes sizes in cm; customers say metres
    rugs = ["120x180 Shaggy", "160x230 Shaggy", "160x230 Flat"]
    assert _pick(rugs, "nje 1,60 flat") == "160x230 Flat"
    assert _pick(rugs, "the 1.2 shaggy") == "120x180 Shaggy"
    # a weight is not a side
    assert _pick(rugs, "1,60 kg") is None


def test_the_negation_s_is_not_the_size_s() -> None:
    sizes = ("S", "M", "L")
    assert _pick(list(sizes), "S'kam kohe sot, e marr neser") is None
    assert _pick(list(sizes), "S'ka problem, dergojeni te premten") is None
    # the size itself, with a space or a count, is still the size
    assert _pick(list(sizes), "S, dy cope") == "S"
    assert _pick(list(sizes), "dua nje S") == "S"
    shop = Catalog(
        currency="ALL",
        products=(
            CatalogProduct("APR", "Përparëse kuzhine", ("perparese",), Decimal("900"), sizes),
        ),
    )
    o = parse("c: nje perparese L", "c: S'ka nevoje per fature", ADDR, catalog=shop)
    assert items(o) == [("APR", 1, "L")]


def test_a_range_with_words_is_named_by_both() -> None:
    # a children's shoe shop: a size range with a colour
    shoes = ["24-28 roze", "24-28 blu", "29-34 roze", "29-34 blu"]
    assert _pick(shoes, "numri 26 ngjyre roze") == "24-28 roze"
    assert _pick(shoes, "nje 31 blu") == "29-34 blu"
    # the size alone is not enough to choose the colour
    assert _pick(shoes, "numri 26") is None


def test_a_word_the_merchant_said_beside_a_variant_names_it() -> None:
    shop = Catalog(
        currency="EUR",
        products=(
            CatalogProduct(
                "TEA", "Çaj mali", ("mountain tea", "caj mali"), Decimal("4"), ("50 g", "200 g")
            ),
        ),
    )
    o = parse(
        "c: do you have mountain tea?",
        "m: Yes, the travel pouch 50 g and the family jar 200 g",
        "c: the family one please",
        ADDR,
        catalog=shop,
    )
    assert [v for _p, _q, v in items(o)] == ["200 g"]
    # a word said beside both variants tells nothing
    o = parse(
        "c: do you have mountain tea?",
        "m: Yes, organic 50 g and organic 200 g",
        "c: the organic one please",
        ADDR,
        catalog=shop,
    )
    assert [v for _p, _q, v in items(o)] == [None]


def test_a_short_form_or_another_spelling_of_one_variant_word_names_it() -> None:
    # a car accessories shop writes its variants in Albanian; customers abbreviate or spell
    # them the English way
    mounts = ["magnetike", "me kapëse", "ventilator"]
    assert _pick(mounts, "the magnet one") == "magnetike"
    scents = ["vanilje", "kokos", "lavandë"]
    assert _pick(scents, "3 lavender please") == "lavandë"
    assert _pick(scents, "dy vanille") == "vanilje"
    # a short form of two variants' words names neither
    assert _pick(["ventilator", "ventilim", "xham"], "vent one") is None
    # a word two variants hold whole is not a short form of a third's
    assert _pick(["Mali i bardhë", "Mali i zi", "Malinë"], "nje mali") is None
