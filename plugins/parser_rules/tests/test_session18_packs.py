"""Session 18 (packs): packs and pieces, "for each". Invented shops and sentences, none from a
corpus."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

GARDEN = catalog_of(
    ("LAMP", "Llambë solare kopshti", "1200", ("e zezë", "e bardhë")),
    ("STAKE", "Kunj plastik (metër)", "90", ()),
    ("BATT", "Bateri rezervë", "300", ()),
)


def test_goods_for_each_line_ordered_before_count_that_many_times() -> None:
    order = parse(
        "c: pershendetje, dua tre llamba solare te zeza",
        "m: Po, 1200 lekë copa.",
        "c: edhe 2 bateri rezerve per secilen",
        "c: Arta Kola, Rr. Dibrës 12, Tiranë, 069 111 2233",
        catalog=GARDEN,
    )
    assert ("BATT", 6, None) in items(order)
    assert ("LAMP", 3, "e zezë") in items(order)


def test_for_each_after_a_single_piece_changes_nothing() -> None:
    # guard: one lamp before, so "for each" is one each (passes either way)
    order = parse(
        "c: pershendetje, dua nje llambe solare te bardhe",
        "c: edhe 2 bateri rezerve per secilen",
        "c: Arta Kola, Rr. Dibrës 12, Tiranë, 069 111 2233",
        catalog=GARDEN,
    )
    assert ("BATT", 2, None) in items(order)


ROPES = catalog_of(
    ("ROPE-M", "Litar najloni (për metër)", "60", ("8 mm", "10 mm")),
    ("ROPE-R", "Litar najloni rrotull 50 m", "2500", ("8 mm", "10 mm")),
    ("HOOK", "Karabinier çeliku", "350", ()),
)


def test_metres_of_the_roll_the_merchant_names_are_its_size() -> None:
    order = parse(
        "c: mirdita, a keni litar najloni 10 mm? 50 metrat",
        "m: Po, litar najloni rrotull 50 m, 10 mm, 2500 lekë",
        "c: mire, dhe 4 karabiniere",
        "c: Besa Hoxha, Rr. Qemal Stafa 3, Durrës, 068 222 3344",
        catalog=ROPES,
    )
    assert ("ROPE-R", 1, "10 mm") in items(order)
    assert ("HOOK", 4, None) in items(order)


GARDEN_HOSE = catalog_of(
    ("HOSE-M", "Zorrë kopshti (për metër)", "120", ("1/2", "3/4")),
    ("HOSE-R", "Zorrë kopshti rrotull 25 m", "2600", ("1/2", "3/4")),
    ("NOZZLE", "Pistoletë spërkatëse", "700", ()),
)


def test_metres_of_a_roll_named_by_its_words_are_its_size() -> None:
    order = parse(
        "c: tung, a keni rrotull zorre kopshti 3/4? 25 metrat",
        "m: Po, zorrë kopshti 3/4 rrotull 25 m 2600 lekë",
        "c: ok nje rrotull. edhe dy pistoleta",
        "c: Genti Dema, Rr. Kavajës 40, Tiranë, 067 555 1234",
        catalog=GARDEN_HOSE,
    )
    assert ("HOSE-R", 1, "3/4") in items(order)
    assert ("NOZZLE", 2, None) in items(order)


SEWING = catalog_of(
    ("SCIS", "Gërshërë rrobaqepësi", "1500", ()),
    ("THREAD", "Fill qepjeje (rrotull 500 m)", "250", ("e zezë", "e bardhë")),
    ("NEEDLE", "Gjilpëra makine (pako 5 copë)", "400", ()),
)


def test_the_count_the_merchant_states_after_the_goods_it_read_for_the_customer() -> None:
    order = parse(
        "c: gershere rrobaqepesi nje cope, dhe zwei Garnspulen schwarz",
        "m: Gërshërë rrobaqepësi, fill qepjeje e zezë x2",
        "c: Drita Leka, Rr. Myslym Shyri 20, Tiranë, 069 444 5566",
        catalog=SEWING,
    )
    assert ("THREAD", 2, "e zezë") in items(order)
    assert ("SCIS", 1, None) in items(order)


def test_a_merchant_count_that_is_a_number_of_a_variant_is_not_taken() -> None:
    shop = catalog_of(
        ("SCIS", "Gërshërë rrobaqepësi", "1500", ()),
        ("WHEEL", "Rrotë prerëse për pëlhurë", "900", ("3 teh", "12 teh", "45 teh")),
    )
    order = parse(
        "c: gershere rrobaqepesi nje cope, dhe Rollschneider 45 mm",
        "m: Gërshërë rrobaqepësi, rrotë prerëse 45 teh x3",
        "c: Drita Leka, Rr. Myslym Shyri 20, Tiranë, 069 444 5566",
        catalog=shop,
    )
    assert not any(line[2] == "3 teh" for line in items(order))
