import pytest

from plugins.parser_rules.normalize import tokenize
from plugins.parser_rules.variants import match_variant, variant_spec


def pick(variants: list[str], text: str) -> str | None:
    specs = [variant_spec(v) for v in variants]
    toks = tokenize(text)
    hit = match_variant(specs, toks, 0, len(toks))
    return variants[hit.index] if hit else None


@pytest.mark.parametrize(
    "text",
    ["te zezat", "të zezën", "e zeze", "nera", "neri", "black", "schwarz", "die schwarzen"],
)
def test_black_in_every_language(text: str) -> None:
    assert pick(["e zezë", "e bardhë", "kafe"], text) == "e zezë"


@pytest.mark.parametrize("text", ["argjendi", "silver", "argento", "Silber"])
def test_material(text: str) -> None:
    assert pick(["ari", "argjend"], text) == "argjend"


@pytest.mark.parametrize(
    "text",
    ["gjysem kile", "gjysmë kilogrami", "half a kilo", "mezzo chilo", "500gr", "ein halbes Kilo"],
)
def test_half_kilo(text: str) -> None:
    assert pick(["250 g", "500 g", "1 kg"], text) == "500 g"


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("masa M", "M"),
        ("taglia L", "L"),
        ("size S", "S"),
        ("Größe XL", "XL"),
        ("e mesme", "M"),
        ("medium", "M"),
        ("mittel", "M"),
    ],
)
def test_clothing_sizes(text: str, size: str) -> None:
    assert pick(["S", "M", "L", "XL"], text) == size


@pytest.mark.parametrize(
    ("text", "want"), [("nr 39", "39"), ("numri 40", "40"), ("numero 38", "38"), ("Größe 41", "41")]
)
def test_shoe_numbers(text: str, want: str) -> None:
    assert pick(["38", "39", "40", "41"], text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [("per 5 vjec", "4-5 vjec"), ("für 2-3 Jahre", "2-3 vjec"), ("6 years old", "6-7 vjec")],
)
def test_age_ranges(text: str, want: str) -> None:
    assert pick(["2-3 vjec", "4-5 vjec", "6-7 vjec"], text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("te madhin", "60 cm"),
        ("the big one", "60 cm"),
        ("la piccola", "30 cm"),
        ("die kleine", "30 cm"),
    ],
)
def test_big_and_small_pick_the_ends_of_ordered_variants(text: str, want: str) -> None:
    assert pick(["30 cm", "60 cm"], text) == want


def test_phone_model_by_its_distinctive_part() -> None:
    assert pick(["Samsung A15", "Samsung A25", "iPhone 13"], "per A25") == "Samsung A25"
    assert pick(["iPhone 13", "iPhone 13 Pro"], "iphone 13 pro") == "iPhone 13 Pro"


def test_no_variant_when_two_tie() -> None:
    assert pick(["S", "M", "L"], "S apo M?") is None
