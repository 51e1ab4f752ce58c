"""Session 8, dev19 part B (home textiles, parapharmacy, cakes): general mechanisms, tested on
invented shops of other trades (hardware, pet food, cosmetics, stationery) and invented
messages - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

HARDWARE = Catalog(
    products=(
        CatalogProduct("DRL", "Trapan elektrik", ("drill", "trapano"), Decimal("6500"), ()),
        CatalogProduct("SCR", "Vida inoksi", ("vida", "screws"), Decimal("300"), ("4 mm", "6 mm")),
        CatalogProduct(
            "BITS",
            "Set majash 3 copë në kuti",
            ("set majash", "drill bit set"),
            Decimal("1200"),
            ("druri", "metali"),
        ),
    )
)

COSMETICS = Catalog(
    products=(
        CatalogProduct(
            "HSP", "Sprej për flokë", ("hair spray",), Decimal("900"), ("150 ml", "300 ml")
        ),
        CatalogProduct("LIP", "Buzëkuq mat", ("lipstick",), Decimal("1100"), ("e kuqe", "nude")),
    )
)

PETS = Catalog(
    products=(
        CatalogProduct(
            "TRT", "Biskota qeni", ("dog treats",), Decimal("250"), ("pulë", "viç", "çokollatë")
        ),
        CatalogProduct(
            "BOWL", "Tas ushqimi", ("bowl",), Decimal("700"), ("e kuqe", "blu", "e bardhë")
        ),
    )
)


def test_an_order_after_the_street_is_not_more_of_the_address() -> None:
    # the street, then in the same message what to bring: the order is read, the address ends
    o = parse(
        "c: Arben Krasniqi 044 123 456, Peje rr. Mbreteresha Teute nr 8, "
        "ma sillni nje trapan elektrik edhe 2 vida 6 mm",
        catalog=HARDWARE,
        country="XK",
    )
    assert sorted(items(o)) == [("DRL", 1, None), ("SCR", 2, "6 mm")]
    assert o.address == "rr. Mbreteresha Teute nr 8"
    o = parse(
        "c: Ana Leka 069 123 4567, Rruga Kavajes 40, dua nje trapan elektrik",
        catalog=HARDWARE,
    )
    assert items(o) == [("DRL", 1, None)]
    assert o.address == "Rruga Kavajes 40"


def test_a_shop_named_as_a_landmark_does_not_label_the_number_as_the_shops() -> None:
    o = parse(
        "c: 1 unaze",
        "c: Mira Kola, Rr. Skenderbeu 3, prane dyqanit Ema. 069 765 4321",
    )
    assert o.phone == "+355697654321"
    o = parse("c: 1 unaze", "c: Mira Kola, behind the shop Lux. 069 765 4321")
    assert o.phone == "+355697654321"
    # the shop's own number still yields to the customer's
    o = parse(
        "c: 1 unaze",
        "c: Mira Kola, Rr. Skenderbeu 3, 069 765 4321. numri i dyqanit 068 111 2233",
    )
    assert o.phone == "+355697654321"


def test_a_village_typed_in_lower_case_alone_in_its_part_is_the_place() -> None:
    o = parse(
        "c: 1 kafe 500 g",
        "c: Gezim Doda, softaj, afer shkolles. 044 321 654",
        country="XK",
    )
    assert o.city == "Softaj"
    assert o.address is not None and o.address.endswith("afer shkolles")


def test_spray_words_of_several_spellings_reach_the_spray() -> None:
    assert items(parse("c: dua nje spraj per floke 300 ml", catalog=COSMETICS)) == [
        ("HSP", 1, "300 ml")
    ]
    assert items(parse("c: qe dy spraja per floke, 150 ml", catalog=COSMETICS)) == [
        ("HSP", 2, "150 ml")
    ]


def test_the_pieces_a_set_holds_are_no_count() -> None:
    o = parse("c: I'd like the drill bit set, the 3 piece one, for metal", catalog=HARDWARE)
    assert items(o) == [("BITS", 1, "metali")]
    o = parse("c: Ich möchte das 3-teilige Set majash für Metall", catalog=HARDWARE)
    assert items(o) == [("BITS", 1, "metali")]
    # a count of pieces is still a count
    assert items(parse("c: I'll take 3 pieces of the drill", catalog=HARDWARE)) == [
        ("DRL", 3, None)
    ]


def test_a_short_spelling_of_chocolate_is_the_flavour() -> None:
    o = parse(
        "c: a i keni biskotat per qen?",
        "m: Po, me pule, vic dhe cokollate, 250 leke.",
        "c: dy pule e tre cokolat",
        "c: Ana Leka, Rr. Kavajes 4, Tirane, 069 123 4567",
        catalog=PETS,
    )
    assert sorted(items(o)) == [("TRT", 2, "pulë"), ("TRT", 3, "çokollatë")]


def test_a_given_name_in_the_dative_after_leave_it_to_is_the_receiver() -> None:
    o = parse(
        "c: 1 unaze",
        "c: Zyra Alfa, rr. Deshmoret 4, Prizren. ja lini Ilirit ne recepsion. 049 111 222",
        country="XK",
    )
    assert o.customer_name == "Ilir"


def test_a_count_in_total_adds_up_the_lines_and_changes_none() -> None:
    o = parse(
        "c: dua tas ushqimi blu edhe te kuqe nga 2 secila",
        "m: Po, 700 leke copa. Adresa?",
        "c: prit edhe nje te bardhe, beje 5 gjithsej",
        catalog=PETS,
    )
    assert sorted(items(o)) == [
        ("BOWL", 1, "e bardhë"),
        ("BOWL", 2, "blu"),
        ("BOWL", 2, "e kuqe"),
    ]
    o = parse(
        "c: two red bowls and two blue ones",
        "c: also one white, make it 5 in total",
        catalog=PETS,
    )
    assert sorted(items(o)) == [("BOWL", 1, "e bardhë"), ("BOWL", 2, "blu"), ("BOWL", 2, "e kuqe")]


STATIONERY = Catalog(
    products=(
        CatalogProduct("NB", "Fletore A4", ("notebook", "quaderno"), Decimal("250"), ()),
        CatalogProduct("PEN", "Stilolaps blu", ("pen", "penna"), Decimal("100"), ()),
    )
)


def test_the_merchants_count_with_the_sum_it_makes_counts_the_open_line() -> None:
    o = parse(
        "c: do you have the A4 notebooks?",
        "m: Yes, 250 lek each. 3 pcs = 750 lek",
        "c: ok great",
        "c: Ana Leka, Rr. Kavajes 4, Tirane, 069 123 4567",
        catalog=STATIONERY,
    )
    assert items(o) == [("NB", 3, None)]
    # a sum the count and the price do not make counts nothing
    o = parse(
        "c: do you have the A4 notebooks?",
        "m: Yes, 250 lek each. 3 pcs = 900 lek",
        "c: ok great",
        "c: Ana Leka, Rr. Kavajes 4, Tirane, 069 123 4567",
        catalog=STATIONERY,
    )
    assert items(o) == [("NB", 1, None)]


BAKERY = Catalog(
    products=(
        CatalogProduct(
            "PIE-APL", "Byrek me mollë", ("apple pie",), Decimal("900"), ("6 persona", "12 persona")
        ),
        CatalogProduct(
            "PIE-CHS", "Byrek me djathë", ("cheese pie",), Decimal("800"), ("1 kg", "2 kg")
        ),
        CatalogProduct(
            "PIE-SPN",
            "Byrek me spinaq",
            ("spinach pie",),
            Decimal("800"),
            ("6 persona", "12 persona"),
        ),
    )
)


def test_a_street_abbreviation_before_a_lower_case_given_name_starts_the_street() -> None:
    o = parse("c: 1 unaze", "c: dergese ne rr. adem jashari, pall. 4, ap. 2, Fier. 069 111 2233")
    assert o.address == "rr. adem jashari, pall. 4, ap. 2"


def test_a_turkish_street_and_the_turkish_name_of_a_kosovo_town() -> None:
    o = parse(
        "c: 1 kafe 500 g",
        "c: Mamuşa, Okul sokağı no 12. Elif Demir, 044 987 654",
        country="XK",
    )
    assert o.address == "Okul sokağı no 12"
    assert o.city == "Mamushe"


def test_a_count_taken_back_gives_the_later_count() -> None:
    o = parse("c: dua vida 4 mm dy pako ose jo nji mjafton", catalog=HARDWARE)
    assert items(o) == [("SCR", 1, "4 mm")]
    o = parse("c: I want 6 mm screws three packs or no two", catalog=HARDWARE)
    assert items(o) == [("SCR", 2, "6 mm")]
    o = parse("c: Ich möchte Schrauben 6 mm drei Packungen oder nein zwei", catalog=HARDWARE)
    assert items(o) == [("SCR", 2, "6 mm")]


def test_asking_whether_a_thing_can_be_ordered_orders_nothing_yet() -> None:
    # the shop does not make what was asked about and lists what it has: the order is the one
    # the customer then places, not the asked-about thing read as one of the listed
    o = parse(
        "c: si può ordinare un byrek con le noci?",
        "m: Me arra nuk bëjmë, na vjen keq. Abbiamo byrek me mollë, al formaggio, agli spinaci.",
        "c: allora un byrek agli spinaci per 12 persone",
        "c: Ana Leka, Rr. Kavajes 4, Tirane, 069 123 4567",
        catalog=BAKERY,
    )
    assert items(o) == [("PIE-SPN", 1, "12 persona")]
    o = parse(
        "c: can one order a walnut pie?",
        "m: Sorry, we don't make walnut pie. We have apple pie, cheese, spinach.",
        "c: ok then a spinach pie, for 12 people",
        "c: Ana Leka, Rr. Kavajes 4, Tirane, 069 123 4567",
        catalog=BAKERY,
    )
    assert items(o) == [("PIE-SPN", 1, "12 persona")]


PIZZA = Catalog(
    products=(
        CatalogProduct(
            "PZ-MRG", "Picë margarita", ("margherita",), Decimal("800"), ("4 persona", "8 persona")
        ),
        CatalogProduct(
            "PZ-VEG",
            "Picë me perime",
            ("veggie pizza",),
            Decimal("850"),
            ("4 persona", "8 persona"),
        ),
        CatalogProduct(
            "PZ-CHK", "Picë pule", ("chicken pizza",), Decimal("900"), ("30 cm", "40 cm")
        ),
    )
)


def test_the_feature_said_after_a_shared_word_names_the_one_product() -> None:
    # "pizza" is every product's word; "for 8 people, with chicken" is one chicken pizza (not
    # a veggie pizza for 8 and a chicken pizza)
    for text in (
        "c: pershendetje, dua nje pice per ditelindjen e djalit, per rreth 8 veta, me pule",
        "c: hi, I'd like a pizza for my son's party on Saturday, for about 8 people, with chicken",
        "c: ciao, vorrei una pizza per la festa di sabato, per circa 8 persone, con pollo",
    ):
        o = parse(text, "c: Ana Leka, Rr. Kavajes 4, Tirane, 069 123 4567", catalog=PIZZA)
        assert items(o) == [("PZ-CHK", 1, None)], text


BAGS = Catalog(
    products=(
        CatalogProduct(
            "BP-LTH",
            "Çantë shpine lëkure",
            ("leather backpack",),
            Decimal("6000"),
            ("e zezë", "kafe"),
        ),
        CatalogProduct(
            "BP-CNV",
            "Çantë shpine pëlhure me xhepa anësorë",
            ("canvas backpack",),
            Decimal("2500"),
            ("e zezë", "blu", "gri"),
        ),
    )
)


def test_the_merchant_naming_one_product_in_the_variant_chosen_switches_to_it() -> None:
    # "backpacks … in black" fit both; the merchant's answer names the canvas one in black
    o = parse(
        "c: do you have those backpacks from your story? in black",
        "m: Yes, the canvas backpack comes in black, blue and grey, 2500 lek.",
        "c: great I'll take it",
        "c: Ana Leka, Rr. Kavajes 4, Tirane, 069 123 4567",
        catalog=BAGS,
    )
    assert items(o) == [("BP-CNV", 1, "e zezë")]
    # another product offered in a sentence of its own, without that variant, is an
    # alternative: the item stays
    o = parse(
        "c: do you have those backpacks from your story? in black",
        "m: Yes, black, 6000 lek. We also have the canvas backpack in blue.",
        "c: great I'll take it",
        "c: Ana Leka, Rr. Kavajes 4, Tirane, 069 123 4567",
        catalog=BAGS,
    )
    assert items(o) == [("BP-LTH", 1, "e zezë")]


RUGS = Catalog(
    products=(
        CatalogProduct(
            "RUG",
            "Qilim me vija",
            ("striped rug",),
            Decimal("5000"),
            ("80x150", "120x170", "160x230"),
        ),
        CatalogProduct("MAT", "Tapet banjoje", ("bath mat",), Decimal("900"), ("e bardhë", "gri")),
    )
)


def test_the_merchant_listing_the_sizes_it_has_chooses_none() -> None:
    # three sizes written as the catalog writes them, joined by commas and "and": a list of
    # what the shop has, not a confirmation of the first
    for lines in (
        (
            "c: Ana Leka, Rr. Kavajes 4, Tirane, 069 123 4567. dua qilimin me vija nga posti",
            "m: Faleminderit! Ne cilen mase? Kemi 80x150, 120x170 dhe 160x230.",
            "c: do ta mas dhomen e ju shkruaj",
        ),
        (
            "c: Ana Leka, Rr. Kavajes 4, Tirane, 069 123 4567. I want the striped rug you posted",
            "m: Thanks! Which size? We have 80x150, 120x170 and 160x230.",
            "c: I'll measure the room and let you know",
        ),
    ):
        assert items(parse(*lines, catalog=RUGS)) == [("RUG", 1, None)]
