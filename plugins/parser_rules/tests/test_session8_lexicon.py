"""Session 8 (helper s8-lex): variants and products named in the customer's own language
(Serbian/Croatian/Bosnian, Macedonian in Cyrillic and Latin, Turkish, Swiss German, and the
gaps of Albanian, English, Italian, German). Data only (concepts.json, concepts_general.json,
products_general.json). Invented shops and messages, not corpus lines."""

from decimal import Decimal

import pytest

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

ADDR = "c: Arta Krasniqi, Rr. Nënë Tereza 12, Prishtinë, 044 123 456"


def _shop(*products: tuple[str, str, tuple[str, ...], tuple[str, ...]]) -> Catalog:
    return Catalog(
        currency="EUR",
        products=tuple(
            CatalogProduct(sku, name, aliases, Decimal("10"), variants)
            for sku, name, aliases, variants in products
        ),
    )


BAGS = _shop(
    ("BAG", "Çantë dore lëkure", ("canta dore",), ("e zezë", "e bardhë", "kafe", "blu marine")),
    ("WAL", "Portofol", ("portofol",), ("e zezë", "kafe")),
)


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("Zdravo, hoću jednu tašnu, braon", "kafe"),
        ("Merhaba, bir çanta teget lütfen", "blu marine"),
        ("Здраво, една торба темносина ве молам", "blu marine"),
        ("Grüezi, ich hätt gern eini Tasche in wiiss", "e bardhë"),
        ("Ich möchte eine dunkelblaue Tasche", "blu marine"),
        ("Zdravo, treba mi jedna smeđa torba", "kafe"),
    ],
)
def test_colour_words_of_each_language_name_the_variant(text: str, variant: str) -> None:
    assert items(parse(f"c: {text}", ADDR, catalog=BAGS)) == [("BAG", 1, variant)]


JEWELS = _shop(
    ("RING", "Unazë", ("unaze",), ("argjend", "ari", "rose gold")),
    ("CHN", "Zinxhir qafe", ("zinxhir",), ("argjend", "ari")),
)


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("jedan prsten, srebrni", "argjend"),
        ("bir yüzük gümüş", "argjend"),
        ("еден прстен, златен", "ari"),
        ("jedan prsten zlatni", "ari"),
        ("one ring in rozegold please", "rose gold"),
    ],
)
def test_metal_colours_name_the_variant(text: str, variant: str) -> None:
    assert items(parse(f"c: {text}", ADDR, catalog=JEWELS)) == [("RING", 1, variant)]


WHEY = _shop(
    (
        "WHEY",
        "Proteinë whey 1 kg",
        ("whey", "protein"),
        ("çokollatë", "vanilje", "luleshtrydhe", "bananë", "pa shije"),
    ),
    ("BAR", "Bar proteinik", ("protein bar",), ("çokollatë", "karamel")),
)


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("1 whey protein jagoda", "luleshtrydhe"),
        ("bir whey protein çilekli", "luleshtrydhe"),
        ("1 whey protein čokoladni", "çokollatë"),
        ("eden whey protein чоколадо", "çokollatë"),
        ("bir whey protein muzlu", "bananë"),
        ("one whey protein, unflavoured", "pa shije"),
        ("ein Whey Protein geschmacksneutral", "pa shije"),
        ("jedan whey protein bez ukusa", "pa shije"),
    ],
)
def test_flavours_and_unflavoured_name_the_variant(text: str, variant: str) -> None:
    assert items(parse(f"c: {text}", ADDR, catalog=WHEY)) == [("WHEY", 1, variant)]


JAMS = _shop(
    ("JAM", "Reçel kajsie", ("recel",), ("me sheqer", "pa sheqer")),
    ("MILK", "Qumësht 1 L", ("qumesht",), ("normal", "pa laktozë")),
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2 recel bez šećera", ("JAM", 2, "pa sheqer")),
        ("2 recel şekersiz", ("JAM", 2, "pa sheqer")),
        ("2 recel so šеќер", ("JAM", 2, "me sheqer")),
        ("2 qumesht bez laktoze", ("MILK", 2, "pa laktozë")),
        ("2 qumesht laktozsuz", ("MILK", 2, "pa laktozë")),
        ("2 qumesht delattosato", ("MILK", 2, "pa laktozë")),
    ],
)
def test_with_and_without_sugar_or_lactose(text: str, want: tuple[str, int, str]) -> None:
    assert items(parse(f"c: {text}", ADDR, catalog=JAMS)) == [want]


CLOTHS = _shop(
    ("CLOTH", "Mbulesë tavoline", ("mbulese",), ("me lule", "me vija", "njëngjyrëshe")),
    ("MIR", "Pasqyrë muri", ("pasqyre",), ("e rrumbullakët", "ovale", "drejtkëndëshe")),
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1 mbulese cvjetna", ("CLOTH", 1, "me lule")),
        ("1 mbulese çiçekli", ("CLOTH", 1, "me lule")),
        ("1 mbulese prugasta", ("CLOTH", 1, "me vija")),
        ("1 mbulese einfarbig", ("CLOTH", 1, "njëngjyrëshe")),
        ("1 mbulese jednobojna", ("CLOTH", 1, "njëngjyrëshe")),
        ("1 pasqyre okrugla", ("MIR", 1, "e rrumbullakët")),
        ("1 pasqyre yuvarlak", ("MIR", 1, "e rrumbullakët")),
        ("1 pasqyre тркалезна", ("MIR", 1, "e rrumbullakët")),
        ("1 pasqyre pravougaoni", ("MIR", 1, "drejtkëndëshe")),
    ],
)
def test_patterns_and_shapes(text: str, want: tuple[str, int, str]) -> None:
    assert items(parse(f"c: {text}", ADDR, catalog=CLOTHS)) == [want]


CAR = _shop(
    ("SMIR", "Pasqyrë anësore Golf 5", ("pasqyre anesore",), ("majtas", "djathtas")),
    ("WIP", "Fshirëse xhami", ("fshirese",), ("55 cm", "60 cm")),
)


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("1 pasqyre anesore levo", "majtas"),
        ("1 pasqyre anesore lijeva", "majtas"),
        ("1 pasqyre anesore desno", "djathtas"),
        ("1 pasqyre anesore лево", "majtas"),
    ],
)
def test_left_and_right(text: str, variant: str) -> None:
    assert items(parse(f"c: {text}", ADDR, catalog=CAR)) == [("SMIR", 1, variant)]


SCENTS = _shop(
    ("EDP", "Parfum Noir 50 ml", ("parfum noir",), ("për meshkuj", "për femra")),
    ("DEO", "Deodorant", ("deodorant",), ()),
)


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("1 parfum noir za muškarce", "për meshkuj"),
        ("1 parfum noir ženski", "për femra"),
        ("1 parfum noir erkek", "për meshkuj"),
        ("1 parfum noir kadın", "për femra"),
    ],
)
def test_men_and_women(text: str, variant: str) -> None:
    assert items(parse(f"c: {text}", ADDR, catalog=SCENTS)) == [("EDP", 1, variant)]


PYJAMAS = _shop(
    ("PJ-S", "Pizhame vere", ("pizhame vere",), ("2-3 vjeç", "4-5 vjeç", "6-7 vjeç")),
    ("PJ-W", "Pizhame dimri", ("pizhame dimri",), ("2 vjeç", "4 vjeç", "6 vjeç")),
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1 pidžama letnja za 3 godine", ("PJ-S", 1, "2-3 vjeç")),
        ("1 yazlık pijama 5 yaş", ("PJ-S", 1, "4-5 vjeç")),
        ("1 pidžama zimska za 4 godine", ("PJ-W", 1, "4 vjeç")),
    ],
)
def test_season_and_kids_ages(text: str, want: tuple[str, int, str]) -> None:
    assert items(parse(f"c: {text}", ADDR, catalog=PYJAMAS)) == [want]


VASES = _shop(
    ("VASE", "Vazo qeramike", ("vazo",), ("20 cm", "35 cm")),
    ("PLATE", "Pjatë qeramike", ("pjate",), ("e bardhë", "blu")),
)


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("1 vazo, velika", "35 cm"),
        ("1 vazo büyük", "35 cm"),
        ("1 vazo, najmanja", "20 cm"),
        ("1 vazo küçük", "20 cm"),
    ],
)
def test_big_and_small_pick_the_ends(text: str, variant: str) -> None:
    assert items(parse(f"c: {text}", ADDR, catalog=VASES)) == [("VASE", 1, variant)]


MIXED_SHOP = _shop(
    ("DRS", "Fustan mbrëmjeje", ("fustan",), ()),
    ("SHO", "Këpucë lëkure", ("kepuce",), ()),
    ("GLS", "Syze optike", ("syze",), ()),
    ("LENS", "Lente kontakti mujore", ("lente",), ()),
    ("SWT", "Triko leshi", ("triko",), ()),
    ("DOGF", "Ushqim qeni 3 kg", ("ushqim qeni",), ()),
    ("POT", "Tenxhere inoksi", ("tenxhere",), ()),
    ("TOWEL", "Peshqir banje", ("peshqir",), ()),
)


@pytest.mark.parametrize(
    ("text", "sku"),
    [
        ("2 haljine", "DRS"),
        ("2 elbise", "DRS"),
        ("2 para cipele", "SHO"),
        ("2 ayakkabı", "SHO"),
        ("2 naočare", "GLS"),
        ("2 kontaktna sočiva", "LENS"),
        ("2 džempera", "SWT"),
        ("2 kazak", "SWT"),
        ("2 hrana za pse", "DOGF"),
        ("2 tencere", "POT"),
        ("2 peškira", "TOWEL"),
    ],
)
def test_product_nouns_of_each_language_meet_the_catalog(text: str, sku: str) -> None:
    assert items(parse(f"c: {text}", ADDR, catalog=MIXED_SHOP)) == [(sku, 2, None)]
