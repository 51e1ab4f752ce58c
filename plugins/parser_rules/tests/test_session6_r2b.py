"""Session 6, round 2 (b): rules read from the errors of eval/dev14 part b (dried fruit and
nuts, home appliances, knitwear). Every case is invented here, none copied from a corpus."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct

from .conftest import items, parse

SEEDS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "FARA",
            "Fara kungulli",
            ("fara kungulli", "pumpkin seeds"),
            Decimal("4"),
            ("200 g e pjekur", "500 g e pjekur", "200 g e papjekur", "500 g e papjekur"),
        ),
        CatalogProduct(
            "LULE",
            "Fara luledielli",
            ("luledielli", "sunflower seeds"),
            Decimal("3"),
            ("250 g", "500 g", "1 kg"),
        ),
        CatalogProduct(
            "KAFE",
            "Kafe turke",
            ("kafe", "coffee"),
            Decimal("5"),
            ("250 g e bluar", "250 g kokerr"),
        ),
    ),
)


def test_gheg_participle_meets_the_standard_variant_word() -> None:
    # Gheg "-un / -una" is the standard participle "-ur / -ura"
    assert items(parse("c: dua 200 g fara kungulli te pjekuna", catalog=SEEDS)) == [
        ("FARA", 1, "200 g e pjekur")
    ]
    assert items(parse("c: m'duhen 500 g fara kungulli te papjekuna", catalog=SEEDS)) == [
        ("FARA", 1, "500 g e papjekur")
    ]
    assert items(parse("c: po du kafe turke 250 g te blueme", catalog=SEEDS)) == [
        ("KAFE", 1, "250 g e bluar")
    ]


def test_italian_roasted_meets_the_albanian_variant() -> None:
    assert items(parse("c: vorrei 500 g di semi di zucca tostati", catalog=SEEDS)) == [
        ("FARA", 1, "500 g e pjekur")
    ]


def test_gheg_half_without_its_ending() -> None:
    # "gjys kile", "gjysë kile": half a kilo
    assert items(parse("c: po du gjys kile luledielli", catalog=SEEDS)) == [("LULE", 1, "500 g")]
    assert items(parse("c: dua gjysë kile luledielli", catalog=SEEDS)) == [("LULE", 1, "500 g")]


def test_half_a_kilo_before_the_next_product_is_that_products() -> None:
    # "nji kile X edhe gjysem kile Y": the half kilo is Y's, not a second line of X
    assert items(
        parse("c: dua nji kile luledielli edhe gjysem kile fara kungulli te pjekura", catalog=SEEDS)
    ) == [("LULE", 1, "1 kg"), ("FARA", 1, "500 g e pjekur")]


NUTS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("WAL", "Arra", ("walnuts",), Decimal("7"), ("250 g", "500 g", "1 kg")),
        CatalogProduct(
            "MIXW", "Miks rrush i thate me arra", ("trail mix",), Decimal("5"), ("250 g", "500 g")
        ),
        CatalogProduct("FIG", "Fiq te thate", ("dried figs",), Decimal("6"), ("500 g", "1 kg")),
    ),
)


def test_a_measure_after_and_is_the_next_products() -> None:
    # "X and <measure> of Y": the measure after "and" is Y's; it does not make X a product
    # sold in one size only
    assert items(
        parse("c: vorrei mezzo chilo di noci e un chilo di fichi secchi", catalog=NUTS)
    ) == [
        ("WAL", 1, "500 g"),
        ("FIG", 1, "1 kg"),
    ]
    assert items(parse("c: half a kilo of walnuts and a kilo of dried figs", catalog=NUTS)) == [
        ("WAL", 1, "500 g"),
        ("FIG", 1, "1 kg"),
    ]


HEAT = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "PUMP",
            "Pompe nxehtesie",
            ("heat pump", "pompa di calore", "Wärmepumpe"),
            Decimal("90000"),
            ("8000 W", "12000 W", "16000 W"),
        ),
        CatalogProduct("FILT", "Filter uji", ("water filter",), Decimal("900"), ()),
    ),
)


def test_a_number_in_thousands_names_the_capacity_not_a_count() -> None:
    assert items(parse("c: dua nje pompe nxehtesie 12 mije", catalog=HEAT)) == [
        ("PUMP", 1, "12000 W")
    ]
    assert items(parse("c: I'd like a heat pump, the 16k one", catalog=HEAT)) == [
        ("PUMP", 1, "16000 W")
    ]
    assert items(parse("c: vorrei una pompa di calore da 8 mila", catalog=HEAT)) == [
        ("PUMP", 1, "8000 W")
    ]
    assert items(parse("c: ich nehme die Wärmepumpe mit 16 Tausend", catalog=HEAT)) == [
        ("PUMP", 1, "16000 W")
    ]


def test_the_thousands_word_said_after_the_product_was_asked_about() -> None:
    order = parse(
        "c: cfare pompe nxehtesie me duhet per 80 m2?",
        "m: Ju keshillojme 12000 W, 8000 W nuk mjafton",
        "c: ok ma sillni nje 12 mijeshe atehere",
        catalog=HEAT,
    )
    assert items(order) == [("PUMP", 1, "12000 W")]


def test_one_container_in_a_correction_is_the_new_count() -> None:
    order = parse(
        "c: dua dy qese luledielli nga 250 g",
        "m: 250 g jane 2 €",
        "c: jo, ma mire nje qese 1 kg",
        catalog=SEEDS,
    )
    assert items(order) == [("LULE", 1, "1 kg")]
    order = parse(
        "c: two bags of sunflower seeds, 250 g each",
        "m: 2 € a bag",
        "c: actually better a bag of 1 kg",
        catalog=SEEDS,
    )
    assert items(order) == [("LULE", 1, "1 kg")]


def test_a_correction_then_a_question_of_its_own_is_still_said() -> None:
    order = parse(
        "c: dua dy qese luledielli nga 250 g",
        "m: 250 g jane 2 €",
        "c: hmm jo ma mire nje qese gjysem kile, del me lire?",
        "m: Po, 500 g 3.5 €",
        "c: ok ajo",
        catalog=SEEDS,
    )
    assert items(order) == [("LULE", 1, "500 g")]


SKI = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "GLV", "Doreza skie", ("ski gloves", "guanti da sci"), Decimal("20"), ("kids", "adult")
        ),
        CatalogProduct("SOCK", "Çorape termike", ("thermal socks",), Decimal("8"), ("S", "M", "L")),
        CatalogProduct("WAX", "Dyll skie", ("ski wax",), Decimal("6"), ()),
    ),
)


def test_the_merchants_restatement_in_pairs_said_yes_to_is_the_order() -> None:
    # counted in pairs ("2 palë"), one product in two variants, then a yes
    order = parse(
        "c: dua doreza skie per dy femijet e mi, nje per vete, edhe corape termike M",
        "m: Pra: 2 pale doreza skie kids, 1 pale doreza skie adult dhe 1 pale corape termike M. "
        "Ne rregull?",
        "c: po ashtu",
        catalog=SKI,
    )
    assert sorted(items(order)) == [("GLV", 1, "adult"), ("GLV", 2, "kids"), ("SOCK", 1, "M")]


def test_the_restated_list_in_english_with_pairs() -> None:
    order = parse(
        "c: ski gloves for my two kids and me, and thermal socks size L",
        "m: So: 2 pairs of ski gloves kids, 1 pair of ski gloves adult and 1 pair of thermal "
        "socks L. Is that right?",
        "c: yes exactly",
        catalog=SKI,
    )
    assert sorted(items(order)) == [("GLV", 1, "adult"), ("GLV", 2, "kids"), ("SOCK", 1, "L")]


VESTS = Catalog(
    currency="ALL",
    products=(
        CatalogProduct(
            "VEST", "Jelek pambuku", ("jelek", "vest"), Decimal("3000"), ("M", "L", "XL")
        ),
        CatalogProduct("CAP", "Kapele", ("kapele", "cap"), Decimal("900"), ()),
    ),
)


def test_a_town_named_great_is_no_size() -> None:
    # "Dibra e Madhe" is a town (Debar); its "e madhe" is not the size L
    order = parse(
        "c: dua dy jeleke XL",
        "c: Arben Hoxha, rr. Ilindenska 4, Dibra e Madhe, 075 111 222",
        catalog=VESTS,
        country="MK",
    )
    assert items(order) == [("VEST", 2, "XL")]
    assert order.city == "Debar"


def test_only_one_because_someone_else_bought_the_other() -> None:
    order = parse(
        "c: dua dy jeleke XL",
        "c: me fal, ma bej vetem nje jelek, motra e ka marre nje",
        catalog=VESTS,
    )
    assert items(order) == [("VEST", 1, "XL")]
    order = parse(
        "c: dua dy jeleke XL", "c: vetem nje jelek pra, djali e ka marre nje", catalog=VESTS
    )
    assert items(order) == [("VEST", 1, "XL")]


SCARVES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "SCF",
            "Shall mëndafshi",
            ("shall", "scarf", "sciarpa", "Schal"),
            Decimal("25"),
            ("blu", "e kuqe", "e bardhe"),
        ),
    ),
)


def test_also_another_of_the_product_in_a_new_variant_is_a_line_of_its_own() -> None:
    order = parse("c: dua nje shall blu", "c: edhe ni shall t bardh per nanen", catalog=SCARVES)
    assert items(order) == [("SCF", 1, "blu"), ("SCF", 1, "e bardhe")]
    order = parse(
        "c: a blue scarf please", "c: and also a red scarf for my sister", catalog=SCARVES
    )
    assert items(order) == [("SCF", 1, "blu"), ("SCF", 1, "e kuqe")]
    order = parse("c: una sciarpa blu", "c: anche una sciarpa rossa", catalog=SCARVES)
    assert items(order) == [("SCF", 1, "blu"), ("SCF", 1, "e kuqe")]


def test_a_correction_naming_the_product_again_still_changes_the_line() -> None:
    order = parse("c: dua nje shall blu", "c: jo, ma mire shallin e kuq", catalog=SCARVES)
    assert items(order) == [("SCF", 1, "e kuqe")]


def test_one_each_for_a_group_of_people_said_by_number() -> None:
    order = parse(
        "c: dua nje shall blu per vete", "c: edhe nga nje shall te kuq per te tre", catalog=SCARVES
    )
    assert items(order) == [("SCF", 1, "blu"), ("SCF", 3, "e kuqe")]
    order = parse("c: ich möchte je einen roten Schal für beide", catalog=SCARVES)
    assert items(order) == [("SCF", 2, "e kuqe")]
    order = parse("c: nga nje shall te kuq per te dyja motrat", catalog=SCARVES)
    assert items(order) == [("SCF", 2, "e kuqe")]
    # an age after the number is no group
    order = parse("c: nga nje shall blu per te dy vjec", catalog=SCARVES)
    assert items(order) == [("SCF", 1, "blu")]


THREAD = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SCARF", "Shall pambuku", ("shall",), Decimal("12"), ("gri", "e kuqe")),
        CatalogProduct("SHIRT", "Bluze pambuku", ("bluze",), Decimal("15"), ("S", "M", "L")),
        CatalogProduct(
            "YARN",
            "Pambuk per qendisje",
            ("fill pambuku", "embroidery cotton"),
            Decimal("2"),
            ("gri 50 g", "gri 100 g", "e kuqe 50 g", "e kuqe 100 g", "natyrale 100 g"),
        ),
    ),
)


def test_the_word_a_name_opens_with_is_that_product() -> None:
    # "pambuk" opens "Pambuk per qendisje" and only qualifies the scarf and the shirt
    assert items(parse("c: me duhet pambuk gri 100 g", catalog=THREAD)) == [
        ("YARN", 1, "gri 100 g")
    ]


def test_the_big_one_among_the_variants_in_the_words_already_chosen() -> None:
    order = parse("c: dua fill pambuku gri", "c: ma bej 4 te medhenjte", catalog=THREAD)
    assert items(order) == [("YARN", 4, "gri 100 g")]
    order = parse(
        "c: dua pambuk gri 50 g",
        "m: gri e kemi 50 g dhe 100 g",
        "c: ok, 3 te medhenjte atehere",
        catalog=THREAD,
    )
    assert items(order) == [("YARN", 3, "gri 100 g")]


POTS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "POT",
            "Tenxhere presioni",
            ("pressure cooker", "pentola a pressione"),
            Decimal("60"),
            ("3 L", "5 L", "7 L"),
        ),
    ),
)


def test_a_size_said_not_to_be_enough_is_the_old_value() -> None:
    order = parse(
        "c: dua nje tenxhere presioni 5 L",
        "c: prit, ma mire nje me te madhe, jemi 6 veta, 5 litrat nuk mjaftojne",
        catalog=POTS,
    )
    assert items(order) == [("POT", 1, "7 L")]
    order = parse(
        "c: a pressure cooker 5 L please",
        "c: actually make it bigger, the 5 litres won't be enough",
        catalog=POTS,
    )
    assert items(order) == [("POT", 1, "7 L")]


def test_we_will_look_at_it_and_tell_you_is_no_order_yet() -> None:
    order = parse(
        "c: na duhen 6 tenxhere presioni 7 L per restorantin",
        "m: Per 6 cope ju bejme 10% ulje. T'jua dergojme oferten?",
        "c: po dergojeni, e shikojme me ortakun dhe ju themi",
        catalog=POTS,
    )
    assert not order.is_order
    order = parse(
        "c: we need 6 pressure cookers 7 L for our kitchen",
        "m: 10% off for 6. Shall I send the quote?",
        "c: yes send it, we'll get back to you after we talk to the chef",
        catalog=POTS,
    )
    assert not order.is_order
    order = parse(
        "c: ci servono 6 pentole a pressione da 7 L",
        "m: Per 6 pezzi 10% di sconto. Vi mando il preventivo?",
        "c: sì mandatelo, ne parliamo e vi faremo sapere",
        catalog=POTS,
    )
    assert not order.is_order


def test_where_the_writer_is_abroad_yields_to_the_delivery_town() -> None:
    order = parse(
        "c: dua nje tenxhere presioni 5 L per nenen ne Korce",
        "c: Drita Leka, rr. Republika 12, 069 123 4567",
        "c: une jam ne Zurich, numri im +41 79 555 12 34",
        catalog=POTS,
    )
    assert order.city == "Korce"
    assert order.phone == "+355691234567"
    order = parse(
        "c: a pressure cooker 7 L for my aunt in Vlora please",
        "c: Mira Doci, Rruga Pavaresia 3, 068 222 3344",
        "c: I'm in Munich, my number is +49 151 2345 6789",
        catalog=POTS,
    )
    assert order.city == "Vlore"
    assert order.phone == "+355682223344"


def test_the_house_right_behind_a_landmark_is_the_address() -> None:
    order = parse(
        "c: dua nje tenxhere presioni 5 L",
        "c: Ilir Gjoni. Ne Bradashesh pyesni per furren e Benit, shtepia prapa furres",
        "c: 068 333 4455",
        catalog=POTS,
    )
    assert order.address == "shtepia prapa furres"


def test_directions_before_the_house_are_left_out() -> None:
    order = parse(
        "c: dua nje tenxhere presioni 7 L",
        "c: Agim Kryeziu, kur hyni ne fshat shpija e dyte mas kishes, dera e kalter",
        "c: 049 222 333",
        catalog=POTS,
        country="XK",
    )
    # (session 13: how the house looks, "dera e kaltër", finds the door and stays)
    assert order.address == "shpija e dyte mas kishes, dera e kalter"
