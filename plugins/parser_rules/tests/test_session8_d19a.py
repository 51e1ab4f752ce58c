"""Session 8, dev19 part A: general mechanisms, tested on invented shops of other trades
(bookshop, garden centre, juice bar, pharmacy, stationery) - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

BOOKS = Catalog(
    products=(
        CatalogProduct(
            "DICT",
            "Fjalor me figura",
            ("picture dictionary",),
            Decimal("900"),
            ("shqip-anglisht", "maqedonisht-anglisht", "gjermanisht-anglisht"),
        ),
        CatalogProduct("BAG", "Çantë libri", ("tote bag",), Decimal("500"), ()),
    )
)

GARDEN = Catalog(
    products=(
        CatalogProduct(
            "POT", "Vazo balte", ("vaso di terracotta", "clay pot"), Decimal("700"),
            ("20 cm", "35 cm", "50 cm"),
        ),
        CatalogProduct("SOIL", "Dhé për lule", ("potting soil",), Decimal("400"), ()),
    )
)  # fmt: skip

JUICE = Catalog(
    products=(
        CatalogProduct(
            "OJ", "Lëng portokalli", ("leng portokalli",), Decimal("250"), ("1 L", "2 L")
        ),
        CatalogProduct("HONEY", "Mjaltë mali", ("mjalte",), Decimal("1200"), ("500 g", "1 kg")),
    )
)

STATIONERY = Catalog(
    products=(
        CatalogProduct("NB", "Fletore A4", ("fletore", "тетратка"), Decimal("150"), ()),
        CatalogProduct("PEN", "Stilolaps blu", ("stilolaps", "пенкало"), Decimal("60"), ()),
    )
)


def test_macedonian_wholesale_question_and_we_will_let_you_know_is_no_order() -> None:
    # a kindergarten asks for a wholesale price and will come back: an inquiry, no order
    order = parse(
        "c: Здраво, ни требаат 30 тетратки и 50 пенкала, дали имате цена на големо?",
        "m: Здраво! За 30+ парчиња 10% попуст.",
        "c: Добро, ќе ви јавиме.",
        catalog=STATIONERY,
        country="MK",
    )
    assert not order.is_order
    assert order.customer_name is None


def test_macedonian_latin_wholesale_is_an_inquiry() -> None:
    order = parse(
        "c: zdravo, ni trebaat 100 fletore A4 na golemo so faktura",
        "m: Zdravo, 10% popust za 100+.",
        "c: dobro, ke razmislime",
        catalog=STATIONERY,
        country="MK",
    )
    assert not order.is_order


def test_language_edition_named_in_english_and_italian() -> None:
    order = parse(
        "c: hi, the picture dictionary in Macedonian-English please",
        "c: Ana Petreska, ul. Partizanska 12, Bitola, 070 123 456",
        catalog=BOOKS,
        country="MK",
    )
    assert items(order) == [("DICT", 1, "maqedonisht-anglisht")]
    order = parse(
        "c: vorrei il fjalor me figura in tedesco e inglese",
        catalog=BOOKS,
    )
    assert items(order) == [("DICT", 1, "gjermanisht-anglisht")]


def test_a_size_found_too_big_is_refused_and_the_middle_one_taken() -> None:
    order = parse(
        "c: I'd like a clay pot, the biggest one",
        "m: The 50 cm pot is 1500.",
        "c: actually the big one is too big for the balcony, the medium one",
        catalog=GARDEN,
    )
    assert items(order) == [("POT", 1, "35 cm")]
    order = parse(
        "c: vorrei un vaso di terracotta, il più grande",
        "c: anzi quello grande è troppo grande, meglio quello medio",
        catalog=GARDEN,
    )
    assert items(order) == [("POT", 1, "35 cm")]


def test_count_of_bottles_of_one_litre_each_answers_the_merchant() -> None:
    # "nga 1 litri" is the size of each bottle, not "one of each"; the litre is no count
    order = parse(
        "c: mjalte 1 kg edhe leng portokalli 2 litra",
        "m: Mjaltë 1 kg, 1 kavanoz. Lëngu: një shishe 2 L apo dy shishe nga 1 L?",
        "c: dy shishe nga 1 litri se e madhja nuk hyn ne frigorifer",
        catalog=JUICE,
    )
    assert items(order) == [("HONEY", 1, "1 kg"), ("OJ", 2, "1 L")]


PANTRY = Catalog(
    products=(
        CatalogProduct("RICE", "Oriz", ("oriz",), Decimal("200"), ("1 kg", "5 kg")),
        CatalogProduct("VIN", "Uthull molle", ("uthull",), Decimal("300"), ("0.5 L", "1 L")),
        CatalogProduct("BEANS", "Fasule (kg)", ("fasule",), Decimal("250"), ()),
    )
)

TEA = Catalog(
    products=(
        CatalogProduct("GRN", "Jeshil çaj japonez", ("sencha",), Decimal("900"), ("50 g", "100 g")),
        CatalogProduct(
            "BLK", "Çaj i zi Assam", ("assam",), Decimal("700"), ("Ahmad 100 g", "Twinings 100 g")
        ),
    )
)


def test_a_count_of_bottles_goes_to_the_product_sold_by_volume() -> None:
    # the merchant restates three products; "two bottles" is the vinegar's count, not the
    # beans' (the latest product)
    order = parse(
        "c: dua oriz 5 kg, uthull molle 1 liter edhe fasule 2 kg",
        "m: Oriz 5 kg, uthull molle 1 L, fasule 2 kg. Uthull: 1 shishe apo 2?",
        "c: sì, due bottiglie grazie",
        catalog=PANTRY,
    )
    assert items(order) == [("RICE", 1, "5 kg"), ("VIN", 2, "1 L"), ("BEANS", 2, None)]
    order = parse(
        "c: oriz 1 kg, uthull 0.5 L dhe 3 kg fasule",
        "c: po, dy shishe",
        catalog=PANTRY,
    )
    assert items(order) == [("RICE", 1, "1 kg"), ("VIN", 2, "0.5 L"), ("BEANS", 3, None)]


def test_a_colour_word_that_opens_a_product_name_names_it() -> None:
    # "jeshil" (green) opens "Jeshil çaj japonez" and no variant is a colour: "1 jeshil" is
    # the green tea
    order = parse("c: me duhen 1 jeshil 100 g dhe 2 assam twinings", catalog=TEA)
    assert items(order) == [("GRN", 1, "100 g"), ("BLK", 2, "Twinings 100 g")]


FARM = Catalog(
    products=(
        CatalogProduct("MILK", "Qumësht dhie", ("qumesht",), Decimal("300"), ("1 L", "fshati 2 L")),
        CatalogProduct("HON", "Mjaltë mali", ("mjalte fshati",), Decimal("1500"), ()),
        CatalogProduct("BAG", "Pako letre", ("qese letre",), Decimal("50"), ()),
    )
)


def test_a_count_of_goods_with_a_village_word_is_the_order_not_an_address() -> None:
    # "fshati" (village) is also a variant word: "dy qumesht fshati e 3 mjalte" lists goods
    order = parse("c: dy qumesht fshati e 3 mjalte", catalog=FARM)
    assert order.is_order
    assert order.address is None
    assert items(order) == [("MILK", 2, "fshati 2 L"), ("HON", 3, None)]


def test_and_a_count_opens_the_next_product() -> None:
    # "... e 3 mjalte": the honey's count, not a part of the milk's name
    order = parse("c: dua 2 qumesht fshati e 3 mjalte mali", catalog=FARM)
    assert items(order) == [("MILK", 2, "fshati 2 L"), ("HON", 3, None)]
    order = parse("c: I'd like 2 qumesht 1 L and 3 mjalte", catalog=FARM)
    assert items(order) == [("MILK", 2, "1 L"), ("HON", 3, None)]


def test_pak_a_little_is_no_product() -> None:
    order = parse(
        "c: dua 2 qumesht 1 L",
        "c: e dua pak te ftohte nese mundeni",
        catalog=FARM,
    )
    assert items(order) == [("MILK", 2, "1 L")]


KIOSK = Catalog(
    products=(
        CatalogProduct("WTR", "Ujë burimi Glina", ("glina",), Decimal("60"), ("0.5 L", "1.5 L")),
        CatalogProduct("NUTS", "Arra të qëruara (kg)", ("arra",), Decimal("1800"), ()),
        CatalogProduct("FIG", "Fiq të thatë (me peshë)", ("fiq",), Decimal("1200"), ()),
        CatalogProduct("SALT", "Kripë deti", ("kripe",), Decimal("100"), ("500 g", "1 kg")),
    )
)


def test_water_in_other_languages_names_the_water() -> None:
    order = parse("c: hi, 3 bottles of water 1.5 L please", catalog=KIOSK)
    assert items(order) == [("WTR", 3, "1.5 L")]
    order = parse("c: vorrei 2 acqua da 0.5 L e 1 kg di sale", catalog=KIOSK)
    assert ("WTR", 2, "0.5 L") in items(order)


def test_whole_kilos_after_a_comma_count_a_product_sold_by_weight() -> None:
    order = parse("c: I'd like some walnuts (arra), about 2 kilos", catalog=KIOSK)
    assert items(order) == [("NUTS", 2, None)]
    order = parse("c: me sillni fiq, nja 3 kile, edhe kripe 1 kg", catalog=KIOSK)
    assert items(order) == [("FIG", 3, None), ("SALT", 1, "1 kg")]


def test_a_little_between_two_products_keeps_them_apart() -> None:
    # "kripe pak fiq": salt, and some figs - two products, not one name
    order = parse("c: dua nje arra, dy kilogram kripe pak fiq", catalog=KIOSK)
    products = [p for p, _q, _v in items(order)]
    assert "SALT" in products and "FIG" in products


BAKERY = Catalog(
    products=(
        CatalogProduct("CRS", "Kroasan me çokollatë", ("kroasan", "croissant"), Decimal("120"), ()),
        CatalogProduct(
            "BRD", "Bukë thekre", ("buke thekre", "rye bread", "Roggenbrot"), Decimal("150"), ()
        ),
    )
)


def test_one_more_of_a_line_already_ordered_adds_to_its_count() -> None:
    order = parse(
        "c: dua 2 kroasan dhe nje buke thekre",
        "m: Ok, 390 lek.",
        "c: edhe nje kroasan tjeter se erdhi motra",
        catalog=BAKERY,
    )
    assert items(order) == [("BRD", 1, None), ("CRS", 3, None)]
    order = parse(
        "c: 2 croissants and a rye bread please",
        "c: and one more rye bread please",
        catalog=BAKERY,
    )
    assert ("BRD", 2, None) in items(order)
    order = parse(
        "c: 2 Croissant und ein Roggenbrot", "c: noch ein Roggenbrot bitte", catalog=BAKERY
    )
    assert ("BRD", 2, None) in items(order)


def test_a_count_said_again_without_more_replaces_it() -> None:
    order = parse("c: dua 2 kroasan", "c: jo, 3 kroasan", catalog=BAKERY)
    assert items(order) == [("CRS", 3, None)]


LAMPS = Catalog(
    products=(
        CatalogProduct(
            "DESK", "Llambë tavoline", ("llambe tavoline", "desk lamp"), Decimal("2500"),
            ("e zezë", "e bardhë"),
        ),
        CatalogProduct(
            "FLOOR", "Llambë dyshemeje klasike", ("llambe dyshemeje", "floor lamp"),
            Decimal("5200"), ("e zezë", "ari"),
        ),
    )
)  # fmt: skip

SHIRTS = Catalog(
    products=(
        CatalogProduct(
            "LIN", "Këmishë liri", ("kemishe liri", "linen shirt"), Decimal("3000"),
            ("M / bezhë", "L / bezhë", "M / blu e errët", "L / blu e errët"),
        ),
    )
)  # fmt: skip


def test_the_offer_picked_by_its_place_takes_the_colour_said_with_it() -> None:
    # both lamps come in black: "the second one, in black" picks the floor lamp, in black
    for choice in ("te dyten, te zezen", "the second one, in black", "la seconda, nera"):
        order = parse(
            "c: pershendetje, kerkoj dicka per dhomen e studimit, cfare keni?",
            "m: Kemi llambë tavoline (e zezë, e bardhë) 2500 dhe llambë dyshemeje (e zezë, ari) "
            "5200.",
            "c: " + choice,
            "c: Blerta Kola, Rr. Myslym Shyri 12, Tirane, 069 123 4567",
            catalog=LAMPS,
        )
        assert items(order) == [("FLOOR", 1, "e zezë")]


def test_one_of_each_colour_keeps_the_size_already_said_and_both_is_no_third_line() -> None:
    order = parse(
        "c: a keni kemishe liri ne L?",
        "m: Po, në bezhë dhe blu të errët. Cilën?",
        "c: nji bezhe nji blu e erret, te dyja L",
        "c: Arben Gashi, Rr. Dardania 5, Prizren, 044 123 456",
        catalog=SHIRTS,
    )
    assert items(order) == [("LIN", 1, "L / bezhë"), ("LIN", 1, "L / blu e errët")]
    order = parse(
        "c: linen shirt size M please",
        "m: Beige or dark blue?",
        "c: one beige one dark blue, both M",
        catalog=SHIRTS,
    )
    assert items(order) == [("LIN", 1, "M / bezhë"), ("LIN", 1, "M / blu e errët")]


def test_a_sentence_about_calling_on_this_number_is_no_part_of_the_address() -> None:
    order = parse(
        "c: dua 2 kroasan",
        "c: Mira Leka, rr. Sami Frasheri, pallati 5, kati 3. me merrni ne kete numer kur te vini",
        catalog=BAKERY,
    )
    assert order.address == "rr. Sami Frasheri, pallati 5, kati 3"
    order = parse(
        "c: 2 croissants please",
        "c: Rr. Ismail Qemali 14, apartment 9. call me on this number when you are here",
        catalog=BAKERY,
    )
    assert order.address == "Rr. Ismail Qemali 14, apartment 9"


def test_a_quarter_named_qyteti_leads_the_address() -> None:
    # "Qyteti i Ri" (a quarter), then the building details: all of it is the address
    order = parse(
        "c: dua 3 kroasan",
        "c: Qyteti i Ri, godina 4, shkalla 2. Besa Hoxha 068 222 3344",
        catalog=BAKERY,
    )
    assert order.address == "Qyteti i Ri, godina 4, shkalla 2"


RUN = Catalog(
    products=(
        CatalogProduct(
            "RJK", "Xhaketë vrapimi", ("xhakete vrapimi", "running jacket"), Decimal("5000"),
            ("S / e kuqe", "M / e kuqe", "L / e kuqe", "S / blu", "M / blu", "L / blu"),
        ),
    )
)  # fmt: skip


def test_big_or_small_said_of_a_person_is_no_size() -> None:
    order = parse(
        "c: dy xhakete vrapimi, nje e kuqe per djalin e madh M, nje blu per vajzen e vogel S",
        catalog=RUN,
    )
    assert items(order) == [("RJK", 1, "M / e kuqe"), ("RJK", 1, "S / blu")]
    order = parse(
        "c: two running jackets: a red M for my big brother and a blue L for me",
        catalog=RUN,
    )
    assert items(order) == [("RJK", 1, "M / e kuqe"), ("RJK", 1, "L / blu")]


def test_a_correction_changes_the_line_whose_word_it_keeps_after_the_last_correction_word() -> None:
    lines = (
        "c: dua 2 xhakete vrapimi, nje te kuqe M, nje blu L",
        "m: Ok: e kuqe M dhe blu L.",
    )
    order = parse(*lines, "c: bone S te kuqen", catalog=RUN)
    assert items(order) == [("RJK", 1, "S / e kuqe"), ("RJK", 1, "L / blu")]
    order = parse(*lines, "c: prit se M i rri e madhe, bone S te kuqen", catalog=RUN)
    assert items(order) == [("RJK", 1, "S / e kuqe"), ("RJK", 1, "L / blu")]


MARKERS = Catalog(
    products=(
        CatalogProduct("MK6", "Markera pako 6 copë", ("markera",), Decimal("400"), ("zi", "mix")),
        CatalogProduct("MK12", "Markera pako 12 copë", ("markera",), Decimal("700"), ("zi", "mix")),
    )
)

SLIPPERS = Catalog(
    products=(
        CatalogProduct(
            "SLP", "Pantofla shtëpie", ("pantofla", "slippers"), Decimal("900"),
            ("28-30 / blu", "31-33 / blu", "28-30 / mix", "31-33 / mix"),
        ),
        CatalogProduct("CAP", "Kapelë leshi", ("kapele",), Decimal("700"), ()),
    )
)  # fmt: skip


def test_the_number_of_a_pack_picks_the_name_that_holds_it_and_mixed_names_mix() -> None:
    order = parse("c: a 12-pack of markers (markera), the mixed colours one", catalog=MARKERS)
    assert items(order) == [("MK12", 1, "mix")]
    order = parse("c: 2 markera 6-pack, mixed colours", catalog=MARKERS)
    assert items(order) == [("MK6", 2, "mix")]


def test_a_word_after_a_slash_in_a_range_variant_is_its_own_part() -> None:
    # "31-33 / mix": "mix" is no unit of the range; the merchant's "mix 31-33" fills the line
    order = parse(
        "c: pantofla per djalin, numri 32",
        "m: Po, pantofla mix 31-33, 900 lekë.",
        "c: ok, e marr",
        catalog=SLIPPERS,
    )
    assert items(order) == [("SLP", 1, "31-33 / mix")]


def test_at_the_brothers_in_gheg_names_the_recipient_not_the_street() -> None:
    order = parse(
        "c: dua 2 kroasan",
        "c: te vllau Besnik Krasniqi, Ferizaj, rr. Dëshmorët 12, 044 555 666",
        catalog=BAKERY,
        country="XK",
    )
    assert order.customer_name == "Besnik Krasniqi"
    assert order.address == "rr. Dëshmorët 12"
    order = parse(
        "c: dua 2 kroasan",
        "c: te babi Agim Berisha, Peje, rr. Mbreteresha Teuta 3, 049 111 222",
        catalog=BAKERY,
        country="XK",
    )
    assert order.customer_name == "Agim Berisha"
    assert order.address == "rr. Mbreteresha Teuta 3"


MUGS = Catalog(
    products=(
        CatalogProduct("MUG-W", "Filxhan qeramike i bardhë", ("white mug",), Decimal("600"), ()),
        CatalogProduct("MUG-G", "Filxhan qeramike jeshil", ("green mug",), Decimal("600"), ()),
    )
)


def test_a_breakdown_by_colour_of_a_shared_name_orders_each_product() -> None:
    # "3 filxhana, 2 te bardhe dhe 1 jeshil": each colour picks the product whose name holds it
    order = parse("c: dua 3 filxhana qeramike, 2 te bardhe dhe 1 jeshil", catalog=MUGS)
    assert items(order) == [("MUG-W", 2, None), ("MUG-G", 1, None)]
    order = parse("c: I'd like 3 ceramic filxhan, 2 white and 1 green", catalog=MUGS)
    assert items(order) == [("MUG-W", 2, None), ("MUG-G", 1, None)]
