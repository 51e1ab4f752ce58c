"""Session 17 (variants, contact fields and detection). Invented shops, people, streets and
sentences (none from a corpus); each test fails when its rule is reverted."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

# --- variants

FEED = catalog_of(
    ("FEED", "Ushqim pulash (misër)", "12", ("Thes 25 kg", "Paletë 40 thasë")),
    ("SALT", "Kripë për rrugë", "6", ("Thes 10 kg", "Big bag 1 t")),
)


def test_a_count_of_sacks_is_the_sack_not_the_pallet_of_sacks() -> None:
    # the pallet's "thasë" met alone would name the pallet; counted, it is the single sack
    for line in (
        "c: me duhen 12 thasa ushqim pulash",
        "c: dua 7 thasë ushqim pulash",
        "c: I need 15 sacks of ushqim pulash",
        "c: ich brauche 9 Säcke ushqim pulash",
    ):
        o = parse(line, catalog=FEED)
        assert items(o)[0][2] == "Thes 25 kg", line
    o = parse("c: dua 12 thasa ushqim pulash", catalog=FEED)
    assert items(o) == [("FEED", 12, "Thes 25 kg")]


def test_a_pallet_said_stays_the_pallet() -> None:
    o = parse("c: dua 1 paletë ushqim pulash", catalog=FEED)
    assert items(o) == [("FEED", 1, "Paletë 40 thasë")]


# --- the name

PRINT = catalog_of(
    ("INK-EP", "Bojë për printer Epson", "14", ("Epson 103", "Epson 664")),
    ("PAPER", "Letër fotografike", "9", ()),
)


def test_a_brand_after_for_is_the_device_not_a_person() -> None:
    o = parse(
        "c: 2 bojëra për Epson EcoTank L3150 a keni",
        "m: Po, Epson 103, 14€",
        "c: ok. Rr. Iliria 12, Ferizaj, 049 555 218",
        catalog=PRINT,
        country="XK",
    )
    assert o.customer_name is None


def test_a_person_after_for_is_still_the_name() -> None:
    o = parse(
        "c: 2 bojëra Epson 103 për Arta Gashi, Rr. Iliria 12, Ferizaj, 049 555 218",
        catalog=PRINT,
        country="XK",
    )
    assert o.customer_name == "Arta Gashi"


# --- the address: a village before its town


def test_a_village_before_its_town_is_the_address() -> None:
    o = parse(
        "c: Dua nje xhup lekure te zeze",
        "m: Ok, adresa?",
        "c: Fitore Krasniqi, Zhur, Prizren. 049 312 770",
        country="XK",
    )
    assert (o.address, o.city) == ("Zhur", "Prizren")


def test_a_village_near_a_town_with_a_landmark_keeps_the_landmark() -> None:
    # "te Prizreni" is the town the village is near; the house by its landmark is the address
    o = parse(
        "c: Dua nje xhup lekure te zeze",
        "c: Ne Zhur, te Prizreni. Fitore Krasniqi, shtepia e Gashajve perballe shkolles."
        " 049 312 770",
        country="XK",
    )
    assert o.address == "shtepia e Gashajve perballe shkolles"


# --- a name typed in lower case after "I am / my name is"


def test_lower_case_name_after_i_am_ends_the_address() -> None:
    o = parse(
        "c: Dua nje xhup lekure te zeze",
        "c: dergojeni ne durres rruga skenderbeu numer 40 kati i trete une jam blerina dauti"
        " numri 069 441 2083",
    )
    assert o.customer_name == "Blerina Dauti"
    assert o.address == "rruga skenderbeu numer 40 kati i trete"


def test_capitalised_name_after_i_am_ends_the_address_too() -> None:
    o = parse(
        "c: Dua nje xhup lekure te zeze",
        "c: dergojeni ne durres rruga skenderbeu numer 40 kati i trete une jam Blerina Dauti"
        " numri 069 441 2083",
    )
    assert o.address == "rruga skenderbeu numer 40 kati i trete"


def test_lower_case_name_after_my_name_label() -> None:
    o = parse(
        "c: Dua nje xhup lekure te zeze",
        "c: nisni ne kukes lagja 3 pallati 7 kati 1 emri arben lleshi tel 068 222 4719",
    )
    assert o.customer_name == "Arben Lleshi"


# --- a variant asked about, then "that one then"


def test_the_size_asked_about_then_taken_in_the_same_message() -> None:
    o = parse(
        "c: dua kafe turke 250 g",
        "m: 250 g 600 lek",
        "c: pash qe e keni edhe ne pako tjeter, ajo 500 g sa kushton? ate bone atehere",
    )
    assert items(o) == [("COF", 1, "500 g")]


def test_the_size_only_asked_about_stays_asked() -> None:
    o = parse("c: dua kafe turke 250 g", "m: 250 g 600 lek", "c: ajo 500 g sa kushton?")
    assert items(o) == [("COF", 1, "250 g")]


# --- a measure right after a product is that product's

PANTRY = catalog_of(
    ("HON", "Mjaltë mali", "900", ("250 g", "500 g")),
    ("NUT", "Arra të qëruara", "700", ("250 g", "500 g")),
)


def test_the_measure_after_the_first_product_does_not_tie_the_second() -> None:
    for line in ("c: dua mjaltë mali 500 g e arra 250 g", "c: vorrei mjaltë 500 g e arra 250g"):
        o = parse(line, catalog=PANTRY)
        assert sorted(items(o)) == [("HON", 1, "500 g"), ("NUT", 1, "250 g")], line


# --- a fraction beside a measure is one key

BOXES = catalog_of(
    ("BOX", "Enë inoksi për vitrinë", "800", ("1/1 40 mm", "1/1 65 mm", "1/3 65 mm", "1/9 100 mm")),
)


def test_a_fraction_with_a_measure_names_its_variant() -> None:
    o = parse("c: me duhen ene inoksi, te thellat 6,5 cm 1/3, kater cope", catalog=BOXES)
    assert items(o) == [("BOX", 4, "1/3 65 mm")]
    o = parse("c: 2 ene inoksi 1/9 te thella 10 cm", catalog=BOXES)
    assert items(o) == [("BOX", 2, "1/9 100 mm")]


# --- is it an order?


def test_asking_whether_a_paid_order_is_done_is_no_order() -> None:
    o = parse(
        "c: Mirmbrama, porosia e unazes a u kry? e kam pagu para 2 ditesh",
        "m: Po, unaza eshte gati, neser e nisim",
        "c: ok, a mundeni me e dergu heret?",
    )
    assert not o.is_order
    assert o.customer_name is None


def test_waiting_for_other_goods_to_arrive_is_no_order() -> None:
    for line in (
        "c: ok atehere pres ato ne te kuqe, me lajmero kur te vijne",
        "c: ok then I'll wait for the red ones, let me know when they come",
    ):
        o = parse(
            "c: keni xhup lekure? dua nje te kuq",
            "m: Xhup lekure kemi vetem te zeze dhe kafe, te kuqet vijne javen tjeter",
            line,
        )
        assert not o.is_order, line


# --- a phone number's country


def test_a_nine_digit_06x_number_is_montenegrin_not_austrian() -> None:
    o = parse(
        "c: Dobar dan, dva šolje porcelanske bijele",
        "c: Budva, Mediteranska 14, Jovana Radović 068 317 245",
        country="AL",
    )
    assert o.phone == "+38268317245"


def test_an_austrian_mobile_written_at_home_stays_austrian() -> None:
    o = parse("c: Dua nje xhup lekure te zeze", "c: Linz, Landstraße 12, 0676 318 2290")
    assert o.phone == "+436763182290"


def test_a_student_dormitory_with_its_number_is_the_address() -> None:
    o = parse(
        "c: Dua nje xhup lekure te zeze",
        "c: po. Erion Dervishi, konvikti nr 5, dhoma 112",
        "c: cel 068 331 2207",
    )
    assert o.address == "konvikti nr 5, dhoma 112"
