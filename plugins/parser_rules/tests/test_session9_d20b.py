"""Session 9, dev20 part B (kitchenware, sports nutrition, baby gear): general mechanisms,
tested on invented shops of other trades (jewellery, paint, snacks, doors, phones) and invented
messages - no corpus lines."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

JEWELS = Catalog(
    products=(
        CatalogProduct(
            "CHN", "Zinxhir qafe", ("zinxhir", "necklace chain"), Decimal("4000"), ("argjend", "ar")
        ),
        CatalogProduct("BOX", "Kuti dhuratë", ("gift box",), Decimal("300"), ()),
    )
)

PAINT = Catalog(
    products=(
        CatalogProduct(
            "WALL",
            "Bojë muri 10 L",
            ("boje muri", "wall paint"),
            Decimal("3500"),
            ("e bardhë", "gri", "bezhë"),
        ),
        CatalogProduct("ROLL", "Rul bojatisjeje", ("rul", "paint roller"), Decimal("600"), ()),
    )
)

SNACKS = Catalog(
    products=(
        CatalogProduct(
            "BAR",
            "Bar drithërash",
            ("cereal bar", "Müsliriegel"),
            Decimal("1.2"),
            ("mjaltë", "kakao"),
        ),
        CatalogProduct("NUTS", "Arra të qëruara", ("walnuts", "Walnüsse"), Decimal("6"), ()),
    ),
    currency="EUR",
)

DOORS = Catalog(
    products=(
        CatalogProduct(
            "DOOR", "Derë e brendshme", ("interior door", "porta interna"), Decimal("12000"), ()
        ),
        CatalogProduct("HNDL", "Dorezë inox", ("maniglia", "doreze"), Decimal("900"), ()),
    )
)


def test_ar_is_gold_in_a_variant() -> None:
    # "ar" (gold) as the shop writes the variant; "të arta" / "gold" as the customer says it
    o = parse(
        "c: dua 1 zinxhir te arte",
        "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567",
        catalog=JEWELS,
    )
    assert items(o) == [("CHN", 1, "ar")]
    o = parse(
        "c: one gold necklace chain please",
        "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567",
        catalog=JEWELS,
    )
    assert items(o) == [("CHN", 1, "ar")]


ANA = "c: Ana Kola, Rr. Dibres 5, Tirane, 069 123 4567"
ARBEN = "c: Arben Krasniqi, Rr. Nena Tereze 4, Prishtine, 044 123 456"


def test_a_restatement_after_ok_then_splits_one_product_by_variant() -> None:
    # "Ok, atëherë 1 … dhe 1 …": a yes and "then" open the merchant's restatement; the measure
    # of the product's own name ("10 L") is no count
    o = parse(
        "c: dua 2 boje muri te bardha",
        "c: jo prit, njeren e dua gri",
        "m: Ok, atehere 1 boje muri 10 L e bardhe dhe 1 boje muri 10 L gri. 7000 lek.",
        ANA,
        catalog=PAINT,
    )
    assert sorted(items(o)) == [("WALL", 1, "e bardhë"), ("WALL", 1, "gri")]
    o = parse(
        "c: 2 kova boje muri, e bardhe",
        "m: Ok, so: 1 boje muri 10 L e bardhe and 1 boje muri 10 L bezhe, 7000 lek?",
        "c: yes. " + ANA[3:],
        catalog=PAINT,
    )
    assert sorted(items(o)) == [("WALL", 1, "bezhë"), ("WALL", 1, "e bardhë")]


def test_cash_after_pay_is_no_product() -> None:
    # German "bar" (cash) after "zahlt" is not the cereal bar
    o = parse(
        "c: Hallo, 2 Packungen Walnüsse bitte",
        ARBEN,
        "m: Faleminderit!",
        "c: er zahlt bar",
        catalog=SNACKS,
    )
    assert items(o) == [("NUTS", 2, None)]


def test_a_declined_way_to_pay_does_not_decline_the_order() -> None:
    o = parse(
        "c: 2 arra te qeruara",
        ARBEN + ". a mund te paguaj me karte?",
        "m: Me karte nuk kemi mundesi, vetem cash ne dorezim.",
        "c: ok",
        catalog=SNACKS,
    )
    assert o.is_order and items(o) == [("NUTS", 2, None)]
    o = parse(
        "c: 2 walnuts please",
        ARBEN + ". can I pay by card?",
        "m: Sorry, we don't take cards, cash on delivery only.",
        "c: fine",
        catalog=SNACKS,
    )
    assert o.is_order and items(o) == [("NUTS", 2, None)]
    # the goods declined still decline the order
    o = parse(
        "c: 2 walnuts please",
        ARBEN,
        "m: Sorry, we don't have walnuts any more.",
        "c: fine",
        catalog=SNACKS,
    )
    assert not o.is_order


def test_the_delivery_fee_is_no_product() -> None:
    # "transporti" is the delivery fee, not a door ("porta")
    o = parse(
        "c: dua 1 doreze inox",
        "c: edhe nje tjeter, e madhe",
        "m: Doreza e madhe eshte 900 lek. Gjithsej 1800 + transporti 200.",
        "c: Perfekt. " + ANA[3:],
        catalog=DOORS,
    )
    assert [sku for sku, _q, _v in items(o)] == ["HNDL"]


PENCILS = Catalog(
    products=(
        CatalogProduct(
            "P12", "Set lapsash me ngjyra 12 copë", ("colour pencils 12",), Decimal("500"), ()
        ),
        CatalogProduct(
            "P24", "Set lapsash me ngjyra 24 copë", ("colour pencils 24",), Decimal("900"), ()
        ),
        CatalogProduct("ERS", "Gomë", ("eraser",), Decimal("300"), ()),
    )
)

TOWELS = Catalog(
    products=(
        CatalogProduct(
            "BATH", "Peshqir banje", ("bath towel",), Decimal("900"), ("set 2", "set 4")
        ),
        CatalogProduct("BEACH", "Peshqir plazhi", ("peshqir", "beach towel"), Decimal("1200"), ()),
    )
)


def test_the_answer_to_a_shipping_question_quotes_the_fee() -> None:
    # "do you ship to …?" - "Yes, 300 lek": the fee, not the product sold at 300
    o = parse(
        "c: Hi! do you ship to Durres?",
        "m: Yes, all over Albania, 300 lek, 1-2 days.",
        "c: great, I want one gold necklace chain",
        ANA,
        catalog=JEWELS,
    )
    assert items(o) == [("CHN", 1, "ar")]
    o = parse(
        "c: a dergoni ne Shkup?",
        "m: Po, me kurier, 300 den.",
        "c: mire. dua nje zinxhir argjendi",
        ANA,
        catalog=JEWELS,
    )
    assert items(o) == [("CHN", 1, "argjend")]


def test_a_number_and_unit_of_one_name_tell_which_set() -> None:
    # "set lapsash 24 copë": the 24 and its unit are words of one of the names, not a count
    o = parse("c: 2 set lapsash me ngjyra 24 cope", ANA, catalog=PENCILS)
    assert items(o) == [("P24", 2, None)]
    o = parse(
        "c: dua lapsa me ngjyra, 3 sete",
        "m: Ok: 2 set lapsash 12 cope + 1 set lapsash 24 cope = 1900 lek.",
        "c: po. " + ANA[3:],
        catalog=PENCILS,
    )
    assert sorted(items(o)) == [("P12", 2, None), ("P24", 1, None)]


def test_a_variant_word_of_the_ordered_product_keeps_it() -> None:
    # "set" is how the bath towels are sold; the beach towel's alias is the bare kind word:
    # "3 sete peshqirash" changes the count of the towels in the order
    o = parse(
        "c: dua peshqir banje, set 4",
        "c: jo, ma bej 3 sete peshqirash",
        ANA,
        catalog=TOWELS,
    )
    assert items(o) == [("BATH", 3, "set 4")]


BARBER = Catalog(
    products=(
        CatalogProduct("PRE", "Pre-shave vaj", ("pre", "pre shave"), Decimal("900"), ()),
        CatalogProduct("RAZ", "Brisk rroje", ("brisk", "razor"), Decimal("500"), ()),
        CatalogProduct("FOAM", "Shkumë rroje", ("shkume", "shaving foam"), Decimal("400"), ()),
    )
)

COFFEE = Catalog(
    products=(
        CatalogProduct(
            "BEAN1",
            "Kafe kokërr Arabica 250 g",
            ("arabica 250",),
            Decimal("6"),
            ("Brazil", "Etiopi"),
        ),
        CatalogProduct(
            "BEAN2",
            "Kafe kokërr Arabica 1 kg",
            ("arabica 1kg",),
            Decimal("20"),
            ("Brazil", "Etiopi"),
        ),
        CatalogProduct("MUG", "Filxhan", ("cup",), Decimal("3"), ("e bardhë", "e zezë")),
    ),
    currency="EUR",
)


def test_the_word_opening_a_restatement_names_no_product() -> None:
    # "Pra: …" opens the merchant's restatement; it is not a misspelt "pre"
    o = parse(
        "c: a keni brisqe rroje?",
        "m: Po, 500 lek.",
        "c: dua 2 brisqe",
        "m: Pra 2 brisqe = 1000 lek.",
        "c: ne rregull. " + ANA[3:],
        catalog=BARBER,
    )
    assert items(o) == [("RAZ", 2, None)]


def test_the_big_one_moves_to_the_larger_sibling_product() -> None:
    # the sizes are separate products of one name: "the big one" is the larger product, the
    # variant (origin) kept
    o = parse(
        "c: sa kushton kafe kokerr arabica 250 g Etiopi?",
        "m: 6€.",
        "c: ok, dua nje",
        "c: a e keni edhe me te madhe?",
        "m: Po, 1 kg 20€.",
        "c: ok ma mire te madhen atehere",
        ANA,
        catalog=COFFEE,
    )
    assert items(o) == [("BEAN2", 1, "Etiopi")]
    o = parse(
        "c: 1 arabica 1kg, Brazil please",
        "c: actually make it the small one",
        ANA,
        catalog=COFFEE,
    )
    assert items(o) == [("BEAN1", 1, "Brazil")]


DOORBELLS = Catalog(
    products=(
        CatalogProduct(
            "BELL", "Zile dere me kamerë", ("video doorbell", "zile me kamere"), Decimal("7500"), ()
        ),
        CatalogProduct("BELL0", "Zile dere pa tel", ("wireless doorbell",), Decimal("2500"), ()),
        CatalogProduct("LOCK", "Bravë dere", ("door lock",), Decimal("3000"), ()),
    )
)

TYRES = Catalog(
    products=(
        CatalogProduct(
            "TYRE",
            "Gomë makine verore",
            ("summer tyre",),
            Decimal("6000"),
            ("15 inch", "16 inch", "17 inch"),
        ),
        CatalogProduct(
            "RIM", "Disk alumini", ("alloy rim",), Decimal("9000"), ("15 inch", "16 inch")
        ),
    )
)


def test_camera_in_english_names_a_camera() -> None:
    # "camera" is a camera in English (an inner tube only in Italian cycling shops)
    o = parse("c: I need a door lock", "c: and a doorbell with camera", ANA, catalog=DOORBELLS)
    assert sorted(items(o)) == [("BELL", 1, None), ("LOCK", 1, None)]


def test_looking_for_a_product_is_no_purpose() -> None:
    # "looking for a …" seeks the product; "for a …" after another product says its purpose
    o = parse(
        "c: Hi, one door lock please",
        "c: also looking for a wireless doorbell",
        ANA,
        catalog=DOORBELLS,
    )
    assert sorted(items(o)) == [("BELL0", 1, None), ("LOCK", 1, None)]


DOGFOOD = Catalog(
    products=(
        CatalogProduct(
            "ADULT",
            "Ushqim qeni i rritur",
            ("dog food adult", "Hundefutter"),
            Decimal("3500"),
            ("3 kg", "12 kg"),
        ),
        CatalogProduct(
            "PUP", "Ushqim për këlysh", ("puppy food",), Decimal("3800"), ("3 kg", "12 kg")
        ),
    )
)


def test_a_number_before_the_advice_counts_nothing() -> None:
    # "Për qen 3 vjeç me 12 kg rekomandojmë …": the 12 kg says for which dog
    o = parse(
        "c: Hallo, ich brauche Hundefutter, er ist 3 Jahre alt, ca. 12 kg",
        "m: Per qen 3 vjec me 12 kg rekomandojme ushqimin e rritur 3 kg, 3500 lek.",
        "c: ok, das bitte",
        ANA,
        catalog=DOGFOOD,
    )
    assert items(o) == [("ADULT", 1, "3 kg")]


HELMETS = Catalog(
    products=(
        CatalogProduct(
            "KIDH",
            "Helmetë biçiklete për fëmijë",
            ("kids helmet",),
            Decimal("2500"),
            ("48-52 cm", "52-56 cm"),
        ),
        CatalogProduct(
            "PROH",
            "Helmetë Pro me dritë",
            ("pro helmet",),
            Decimal("5500"),
            ("48-56 cm", "56-62 cm"),
        ),
        CatalogProduct("BELLB", "Zile biçiklete", ("bike bell",), Decimal("400"), ()),
    )
)


def test_a_range_said_in_words_names_the_range_variant() -> None:
    # "nga 48 deri 52", "from 52 to 56": the range variant with those ends
    o = parse("c: dua nje helmete per femije, nga 48 deri 52", ANA, catalog=HELMETS)
    assert items(o) == [("KIDH", 1, "48-52 cm")]
    o = parse("c: one kids helmet, from 52 to 56 please", ANA, catalog=HELMETS)
    assert items(o) == [("KIDH", 1, "52-56 cm")]


def test_a_variant_only_the_ordered_offer_sells_chooses_it() -> None:
    # the merchant offers the helmet asked about and another; the customer's range is the
    # first one's, though a word ("deri") was said with the other
    o = parse(
        "c: a keni helmete per femije?",
        "m: Helmete per femije 48-52 cm 2500 lek, ose Pro me drite nga 48 deri 56 cm 5500 lek.",
        "c: ate te thjeshten, nga 48 deri 52",
        ANA,
        catalog=HELMETS,
    )
    assert items(o) == [("KIDH", 1, "48-52 cm")]


def test_the_month_of_a_pregnancy_is_no_count() -> None:
    # "jam në muajin e 8": which month, not eight of the item
    o = parse(
        "c: dua nje helmete per femije 52-56 cm",
        "c: jam ne muajin e 8 dhe dua ta kem gati",
        ANA,
        catalog=HELMETS,
    )
    assert items(o) == [("KIDH", 1, "52-56 cm")]


def test_a_yes_pointing_at_the_typed_address_takes_it() -> None:
    # "po po ajo, nr është i njëjti …": the address the merchant typed from the last order
    o = parse(
        "c: 2 doreza inox",
        "m: T'i sjellim te adresa e heres se kaluar, Rr. Kavajes, pallati 7, kati 2, "
        "ne emer te Besa Leka?",
        "c: po po ajo, nr esht i njejti 069 222 3344",
        catalog=DOORS,
    )
    assert o.customer_name == "Besa Leka"
    assert o.address is not None and o.address.startswith("Rr. Kavajes, pallati 7")
    assert o.phone == "+355692223344"


def test_the_caretaker_of_a_tower_takes_the_parcel() -> None:
    # "an den Hausverwalter …": the recipient; "Kulla B" (tower B) is part of the address;
    # "Seine Nummer" is a label, not a name
    o = parse(
        "c: Grüezi, zwei Türgriffe bitte, doreze inox",
        "c: Bitte an den Hausverwalter Ilir Marku liefern, Residenca Diell, Kulla C, "
        "Durres. Seine Nummer 068 111 22 33",
        catalog=DOORS,
    )
    assert o.customer_name == "Ilir Marku"
    assert o.address == "Residenca Diell, Kulla C"
    assert o.phone == "+355681112233"


def test_a_name_said_before_its_label_is_the_name() -> None:
    # "Besa Leka o emri i saj" (Gheg "o" = is), "Ana Duka is her name"
    o = parse(
        "c: 1 zinxhir argjendi per motren",
        "c: Rr. Dibres 5, Tirane",
        "c: Besa Leka o emri i saj, nr 069 123 4567",
        catalog=JEWELS,
    )
    assert o.customer_name == "Besa Leka"
    o = parse(
        "c: one silver necklace chain for my sister",
        "c: Rr. Dibres 5, Tirane. Ana Duka is her name, 069 123 4567",
        catalog=JEWELS,
    )
    assert o.customer_name == "Ana Duka"
