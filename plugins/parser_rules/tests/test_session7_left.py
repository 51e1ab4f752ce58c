"""Session 7 (s7r4-left): general mechanisms behind errors earlier rounds left, tested on
invented shops of other trades (home textiles, tools, baby goods, pharmacy) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

# --- Serbian / Bosnian / Montenegrin product words (general vocabulary) -------------------

HOME = Catalog(
    products=(
        CatalogProduct("TWL", "Peshqir banje", ("peshqir",), Decimal("900"), ("50x100", "70x140")),
        CatalogProduct("PIL", "Jastëk gjumi", ("jastek",), Decimal("1500"), ()),
        CatalogProduct("CRT", "Perde salloni", ("perde",), Decimal("4000"), ()),
    )
)

TOOLS = Catalog(
    products=(
        CatalogProduct("DRL", "Trapano me bateri", ("drill",), Decimal("60"), ()),
        CatalogProduct("HMR", "Çekan", ("hammer",), Decimal("12"), ()),
        CatalogProduct("GLU", "Ngjitës universal", ("glue",), Decimal("4"), ()),
    )
)

BABY = Catalog(
    products=(
        CatalogProduct("DIA", "Pelena", ("pampers",), Decimal("9"), ("3", "4", "5")),
        CatalogProduct("STR", "Karrocë për bebe", ("karroce",), Decimal("180"), ()),
        CatalogProduct("DOL", "Kukull", ("doll",), Decimal("15"), ()),
    )
)


def test_serbian_towel_and_pillow_words_name_the_products() -> None:
    o = parse("c: zdravo, treba mi dva peskira i jedan jastuk", catalog=HOME)
    assert sorted(items(o)) == [("PIL", 1, None), ("TWL", 2, None)]


def test_bosnian_curtains() -> None:
    o = parse("c: selam, uzela bih zavjese, 2 komada", catalog=HOME)
    assert items(o) == [("CRT", 2, None)]


def test_serbian_tool_words() -> None:
    o = parse("c: zdravo, hocu busilicu i jedan cekic", catalog=TOOLS)
    assert sorted(str(i[0]) for i in items(o)) == ["DRL", "HMR"]


def test_montenegrin_glue() -> None:
    o = parse("c: trebaju mi 3 ljepilo", catalog=TOOLS)
    assert items(o) == [("GLU", 3, None)]


def test_serbian_baby_words() -> None:
    o = parse("c: zdravo, hocu kolica za bebe i jednu lutku za cerku", catalog=BABY)
    assert sorted(str(i[0]) for i in items(o)) == ["DOL", "STR"]


def test_serbian_number_words_count() -> None:
    o = parse("c: zdravo, hocu osam pelena broj 4 i jednu lutku", catalog=BABY)
    assert sorted(items(o)) == [("DIA", 8, "4"), ("DOL", 1, None)]
