"""Catalog matching, session 8: products the parser missed or mistook across the read sets,
grouped by cause. Shops, products and messages are invented (other trades than the corpora's);
none is a corpus line."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

# a grocery: "pak" (a little) is not the "pak" of "pako"
GROCER = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("ORIZ", "Oriz", ("oriz",), Decimal("180"), ("1 kg", "5 kg")),
        CatalogProduct("KRIP", "Kripë deti", ("kripe",), Decimal("60"), ()),
        CatalogProduct("LENG", "Lëng portokalli (pako)", ("pako lengu",), Decimal("400"), ()),
        CatalogProduct("ULLI", "Ullinj të zinj", ("ullinj",), Decimal("500"), ()),
        CatalogProduct("PATATE", "Patate", ("patate",), Decimal("90"), ()),
        CatalogProduct("KEK", "Kek shtëpie", ("kek",), Decimal("300"), ("fshati 1 kg",)),
        CatalogProduct("MJALT", "Mjaltë mali", ("mjalte", "mjalte fshati"), Decimal("900"), ()),
    ),
)


def test_a_little_is_no_product_word_and_joins_no_two_products() -> None:
    o = parse("c: me sillni dy kile oriz pak patate edhe kripe", catalog=GROCER)
    got = {p for p, _q, _v in items(o)}
    assert {"ORIZ", "PATATE", "KRIP"} <= got
    assert "LENG" not in got
    o = parse("c: nje oriz 5 kg, pak ullinj. Rr. Dibres 4, Tirane 069 123 4567", catalog=GROCER)
    assert ("ULLI", 1, None) in items(o)
    assert "LENG" not in {p for p, _q, _v in items(o)}


def test_and_a_count_starts_the_next_product() -> None:
    o = parse("c: dua dy kek fshati e 3 mjalte", catalog=GROCER)
    got = {p: q for p, q, _v in items(o)}
    assert got.get("KEK") == 2
    assert got.get("MJALT") == 3
    o = parse("c: 2 kek and 4 mjalte please", catalog=GROCER)
    got = {p: q for p, q, _v in items(o)}
    assert got.get("KEK") == 2 and got.get("MJALT") == 4


# a lamp shop: one name written in the plural ("Llambinj ...") beside the singular ones
LAMPS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("LL-TAV", "Llambi tavani Ari", ("llamba tavani",), Decimal("40"), ()),
        CatalogProduct("LL-KRE", "Llambi krevati Hëna", ("abazhur",), Decimal("25"), ()),
        CatalogProduct(
            "LL-DEK", "Llambinj dekorative LED (10 copë)", ("varg drite",), Decimal("9"), ()
        ),
        CatalogProduct("LL-RRUSH", "Llambi muri me rrush", ("aplik rrushi",), Decimal("30"), ()),
    ),
)


def test_an_albanian_plural_in_nj_is_one_word_with_its_singular() -> None:
    # "llambinj" meets the lamp its other words name, not the one name written in the plural
    o = parse("c: dua dy llambinj me rrush", catalog=LAMPS)
    assert items(o) == [("LL-RRUSH", 2, None)]
    o = parse("c: 3 llambinjte tavani ju lutem", catalog=LAMPS)
    assert items(o) == [("LL-TAV", 3, None)]
    o = parse("c: me sillni 2 llambinj dekorative LED", catalog=LAMPS)
    assert items(o) == [("LL-DEK", 2, None)]


# a garden shop: a head word that an Albanian ending would read as a concept ("grani" + t)
GARDEN = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("GRANIT", "Granit i bluar (thes 25 kg)", ("granit",), Decimal("7"), ()),
        CatalogProduct("BETONIERE", "Betonierë me granit", ("betoniere",), Decimal("290"), ()),
        CatalogProduct("LOPATE", "Lopatë çeliku", ("lopate", "Schaufel"), Decimal("15"), ()),
    ),
)


def test_a_name_word_read_as_a_concept_by_an_ending_keeps_its_own_meaning() -> None:
    o = parse("c: dua 5 thase granit", catalog=GARDEN)
    assert items(o) == [("GRANIT", 5, None)]
    o = parse("c: Hallo, 6 Säcke Granits und eine Schaufel bitte", catalog=GARDEN)
    got = {p: q for p, q, _v in items(o)}
    assert got.get("GRANIT") == 6 and got.get("LOPATE") == 1
    o = parse("c: I need 4 bags of granit and one shovel lopate", catalog=GARDEN)
    assert ("GRANIT", 4, None) in items(o)


# a heating shop: sorts whose names open with a word another product holds as a modifier
HEAT = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "BRIK-A", "Briket Ahu Premium", ("briket premium",), Decimal("6"), ("Thes 10 kg",)
        ),
        CatalogProduct("BRIK-E", "Briket Eko", ("briket eko",), Decimal("4"), ("Thes 10 kg",)),
        CatalogProduct(
            "FURR",
            "Furrë me briket Zjarri",
            ("briketofen", "stufa a bricchetti"),
            Decimal("450"),
            ("E zezë", "Krem"),
        ),
    ),
)


def test_a_compound_is_not_its_first_part_and_a_counted_sort_is_not_the_stove() -> None:
    # "Briketofen" is the stove; "12 Säcke Briket" are the briquettes the merchant then names
    o = parse(
        "c: Hallo, ich möchte einen Briketofen in Schwarz",
        "c: und 12 Säcke Briket bitte",
        "m: Furrë me briket Zjarri e zezë 450 €, Briket Eko 12 thasë 48 €.",
        "c: Ja. Artan Hoxha, Rruga e Shkollës 3, Prizren, +383 44 111 222",
        catalog=HEAT,
    )
    got = {p: q for p, q, _v in items(o)}
    assert got.get("FURR") == 1
    assert got.get("BRIK-E") == 12


# a tea shop: a scent named in the customer's language; a second line named by its flavour
TEAS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "CAJ-LIV", "Çaj bimor livando", ("caj livando",), Decimal("4"), ("50 g", "100 g")
        ),
        CatalogProduct(
            "CAJ-MEN", "Çaj bimor mente", ("caj mente",), Decimal("4"), ("50 g", "100 g")
        ),
        CatalogProduct(
            "CAJ-MOLL", "Çaj bimor mollë & kanellë", ("caj molle",), Decimal("5"), ("50 g", "100 g")
        ),
        CatalogProduct("FILX", "Filxhan qeramike", ("filxhan", "tazza"), Decimal("8"), ()),
    ),
)


def test_a_scent_in_another_language_meets_the_albanian_form_of_the_name() -> None:
    o = parse("c: hi, one lavender tea 100 g please", catalog=TEAS)
    assert items(o) == [("CAJ-LIV", 1, "100 g")]
    o = parse("c: dua 1 caj me lavande 50 g dhe nje filxhan", catalog=TEAS)
    assert ("CAJ-LIV", 1, "50 g") in items(o)


def test_a_later_count_naming_a_flavour_the_product_lacks_is_its_sibling() -> None:
    o = parse("c: dua nje caj livando 100 g edhe nje 50 g me mente", catalog=TEAS)
    assert items(o) == [("CAJ-LIV", 1, "100 g"), ("CAJ-MEN", 1, "50 g")]
    o = parse("c: I'd like 2 lavender tea 50 g and one 100 g with mint", catalog=TEAS)
    assert items(o) == [("CAJ-LIV", 2, "50 g"), ("CAJ-MEN", 1, "100 g")]
    # a flavour the product itself holds stays with it
    o = parse("c: dua nje caj livando 100 g edhe nje 50 g", catalog=TEAS)
    assert items(o) == [("CAJ-LIV", 1, "100 g"), ("CAJ-LIV", 1, "50 g")]


# a bicycle shop: a generic noun for three bicycles, a basket that holds the noun as a modifier
BIKES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "BIC-MAL", "Biçikletë malore Falco", ("mountain bike",), Decimal("240"), ('24"', '26"')
        ),
        CatalogProduct(
            "BIC-QYT", "Biçikletë qyteti Lira", ("city bike",), Decimal("210"), ('26"', '28"')
        ),
        CatalogProduct(
            "BIC-FEM", "Biçikletë për fëmijë", ("kids bike",), Decimal("120"), ('16"', '20"')
        ),
        CatalogProduct("KOSH", "Kosh biçiklete me kapak", ("kosh",), Decimal("20"), ('24"', '26"')),
    ),
)


def test_the_model_the_merchant_names_settles_a_generic_noun_beside_a_modifier_line() -> None:
    o = parse(
        "c: pershendetje, dua biçikletë 26 per djalin",
        "c: edhe nje kosh per te po ashtu 26",
        'm: Falco 26" + kosh 26" = 260 €',
        "c: ok",
        "c: Arben Gashi, Rr. Iliria 5, Ferizaj, 044 123 456",
        catalog=BIKES,
    )
    got = {p: v for p, _q, v in items(o)}
    assert got.get("BIC-MAL") == '26"'
    assert got.get("KOSH") == '26"'
    o = parse(
        "c: hi, I want a bike 26 for my son and a kosh for it, also 26",
        'm: Lira 26" and kosh 26", 230 € together',
        "c: yes please. Arben Gashi, Rr. Iliria 5, Ferizaj, 044 123 456",
        catalog=BIKES,
    )
    assert {p for p, _q, _v in items(o)} == {"BIC-QYT", "KOSH"}


# a knife shop: the knife named again beside the sharpener whose name holds its words as modifiers
KNIVES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "THK",
            "Thikë kuzhine",
            ("thika kuzhine", "chef knife"),
            Decimal("35"),
            ("20 cm", "25 cm"),
        ),
        CatalogProduct(
            "MPREH", "Mprehëse thike kuzhine", ("mprehese", "knife sharpener"), Decimal("12"), ()
        ),
        CatalogProduct("DERR", "Dërrasë druri", ("derrase",), Decimal("18"), ()),
    ),
)


def test_a_product_named_again_beside_one_holding_its_noun_as_a_modifier_stays() -> None:
    o = parse(
        "c: Selam, thike kuzhine 20 cm a keni?",
        "m: Po, 35 €. Edhe mprehese 12 €.",
        "c: Thiken edhe 1 mprehese. Adresa Rr. Iliria 5, Ferizaj",
        "c: Arben Gashi",
        "c: 044 123 456",
        catalog=KNIVES,
    )
    assert items(o) == [("THK", 1, "20 cm"), ("MPREH", 1, None)]
    o = parse(
        "c: pershendetje, thika kuzhine 25 cm keni?",
        "m: Po, 35 €.",
        "c: ok thiken, edhe 2 mprehese. Arben Gashi, Rr. Iliria 5, Ferizaj, 044 123 456",
        catalog=KNIVES,
    )
    assert items(o) == [("THK", 1, "25 cm"), ("MPREH", 2, None)]


# a hardware shop: a product whose name opens with a unit word
TOOLS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("MET-PAL", "Metër palosës druri 2 m", ("meter druri",), Decimal("6"), ()),
        CatalogProduct(
            "KABLL", "Kabllo bakri (me metër)", ("kabllo",), Decimal("1"), ("1.5 mm", "2.5 mm")
        ),
        CatalogProduct("SHIR", "Shirit izolues", ("shirit",), Decimal("2"), ("e zezë", "e kuqe")),
    ),
)


def test_a_unit_word_opening_a_catalog_name_names_that_product() -> None:
    o = parse("c: me duhet nji meter palosës edhe nji shirit i zi", catalog=TOOLS)
    assert items(o) == [("MET-PAL", 1, None), ("SHIR", 1, "e zezë")]
    o = parse("c: dua nje meter druri dhe 10 metra kabllo 2.5 mm", catalog=TOOLS)
    assert ("MET-PAL", 1, None) in items(o)
    assert "KABLL" in {p for p, _q, _v in items(o)}


# a fruit stall: a colour word that opens the shop's own name of a fruit
FRUIT = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "PORT", "Portokalli Valencia", ("portokalle",), Decimal("120"), ("1 kg", "3 kg")
        ),
        CatalogProduct("LIM", "Limon", ("limona",), Decimal("150"), ()),
        CatalogProduct(
            "SHPORTE", "Shportë thurje", ("shporte",), Decimal("900"), ("e bardhë", "kafe")
        ),
    ),
)


def test_a_colour_word_opening_a_name_names_that_product() -> None:
    o = parse("c: me sillni 3 kg portokalli dhe nje shporte kafe", catalog=FRUIT)
    assert items(o) == [("PORT", 1, "3 kg"), ("SHPORTE", 1, "kafe")]
    o = parse("c: nje portokalli 1 kg ju lutem, Rr. Dibres 4, Tirane, 069 123 4567", catalog=FRUIT)
    assert items(o) == [("PORT", 1, "1 kg")]
