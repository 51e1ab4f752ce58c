"""Session 21 (dev44, first half): invented shops and sentences, none taken from a corpus. Each
test names the trade it is written in."""

from __future__ import annotations

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import catalog_of, items, parse

# a furniture shop that sells its delivery as a product
FURNITURE = catalog_of(
    ("SOFA", "Divan këndor", "450", ("gri", "bezhë")),
    ("VAZO", "Vazo dekorative", "5", ()),
    ("DEL", "Dërgesa", "10", ("Tiranë", "Durrës")),
)
ANA = "c: Ana Leka, Rr. Myslym Shyri 12, Tiranë, 069 123 4567"


def test_a_question_about_paying_on_delivery_is_no_delivery_question() -> None:
    """Furniture shop: "Pagesë në dorëzim?" asks how the customer pays; a yes to it takes no
    delivery line."""
    o = parse(
        "c: dua divanin këndor gri",
        "m: Divan këndor gri 450€. Pagesë në dorëzim?",
        "c: po",
        ANA,
        catalog=FURNITURE,
    )
    assert items(o) == [("SOFA", 1, "gri")]


def test_a_clock_time_beside_the_delivery_noun_is_no_fee() -> None:
    """Furniture shop: "dërgesa vjen 15:00–17:00" says when, not what the delivery costs."""
    o = parse(
        "c: dua divanin këndor bezhë",
        ANA,
        "m: Në rregull, dërgesa vjen nesër 15:00–17:00.",
        catalog=FURNITURE,
    )
    assert items(o) == [("SOFA", 1, "bezhë")]


def test_the_price_of_another_product_beside_the_delivery_noun_is_no_fee() -> None:
    """Furniture shop: "dërgesa ju sjell edhe vazon (5€)": the amount is the vase's price."""
    o = parse(
        "c: dua divanin këndor gri edhe vazon dekorative",
        ANA,
        "m: Në rregull, dërgesa ju sjell edhe vazon dekorative (5€) nesër.",
        catalog=FURNITURE,
    )
    assert sorted(items(o)) == [("SOFA", 1, "gri"), ("VAZO", 1, None)]


# a drinking-water supplier: a monthly plan counted in deliveries, and the delivery fee
WATER = catalog_of(
    ("BOT", "Bombol uji 19 L", "2", ()),
    ("PLAN", "Abonim mujor", "30", ("10 dërgesa", "20 dërgesa")),
    ("DEL", "Dërgesa", "3", ()),
)


def test_deliveries_counted_in_a_plan_are_no_delivery_fee() -> None:
    """Water supplier: "Abonimi: 20 dërgesa në muaj 30€" counts the plan's deliveries; 30€ is
    the plan's price, not a delivery fee."""
    o = parse(
        "c: dua abonimin mujor me 20 dergesa",
        "m: Abonimi: 20 dërgesa në muaj 30€.",
        ANA,
        catalog=WATER,
    )
    assert items(o) == [("PLAN", 1, "20 dërgesa")]


# a dry cleaner that collects from home
CLEANER = catalog_of(
    ("SUIT", "Pastrim kostumi", "8", ()),
    ("PICK", "Marrje nga shtëpia", "3", ()),
)


def test_the_recipients_label_names_no_goods() -> None:
    """Dry cleaner: "Marrësi: Ana Leka" is whose the parcel is; "marrësi" is not the pickup
    ("Marrje") the catalog sells."""
    o = parse(
        "c: dua pastrim kostumi, 2 kostume. I sjell vete ne dyqan",
        "m: Në rregull, 16€. Të dhënat e marrësit?",
        "c: Marrësi: Ana Leka, Rr. Myslym Shyri 12, Tiranë, 069 123 4567",
        catalog=CLEANER,
    )
    assert items(o) == [("SUIT", 2, None)]


def test_same_is_no_product_word() -> None:
    """Print shop: "the same colours" does not name the "same day" printing the shop sells."""
    shop = Catalog(
        products=(
            CatalogProduct("POST", "Poster A2", (), Decimal("6"), ()),
            CatalogProduct("FAST", "Printim ekspres", ("same day",), Decimal("10"), ()),
        )
    )
    o = parse(
        "c: Hi, I need 3 posters A2, the same colours as the sample I sent.",
        "c: Mark Jones, Rr. Kavajes 10, Tirana, 069 222 3344",
        catalog=shop,
    )
    assert items(o) == [("POST", 3, None)]


# a car-parts shop
PARTS = catalog_of(
    ("WIP", "Fshirëse xhami", "12", ("Golf 4", "Golf 5")),
    ("MAT", "Tapete gome", "25", ()),
)


def test_a_span_of_years_is_no_phone_number() -> None:
    """Car parts: "Golf 4 1998-2004" gives the model's years, not a phone number."""
    o = parse(
        "c: dua fshirëse xhami për Golf 4 1998-2004. Arben Gashi, Rr. Dibrës 5, Tiranë",
        catalog=PARTS,
    )
    assert o.phone is None


# a carpenter
CARPENTER = catalog_of(
    ("TAB", "Tavolinë druri", "120", ()),
    ("CHR", "Karrige druri", "40", ()),
)


def test_a_yes_to_the_shops_sum_of_prices_commits() -> None:
    """Carpenter: the shop sums the order's prices ("120€ + 160€ = 280€"); "ajde ok" and the
    customer's name place the order."""
    o = parse(
        "c: sa kushton tavolina e drurit me 4 karrige druri?",
        "m: Tavolinë druri 120€ + 4 karrige 160€ = 280€.",
        "c: ajde ok. Arben Gashi",
        catalog=CARPENTER,
    )
    assert o.is_order
    assert sorted(items(o)) == [("CHR", 4, None), ("TAB", 1, None)]


# a florist that sends bouquets
FLORIST = catalog_of(
    ("ROS", "Buqetë me trëndafila", "30", ("e vogël", "e madhe")),
    ("CARD", "Kartolinë", "2", ()),
)


def test_the_name_the_order_is_put_under_beats_the_recipients() -> None:
    """Florist: "fatura në emrin tim Ilir Hoxha, marrësi Teuta Berisha": the order's name is
    the writer's, the bouquet goes to the recipient."""
    o = parse(
        "c: dua nje buqete me trendafila te madhe",
        "c: Fatura në emrin tim Ilir Hoxha, marrësi Teuta Berisha, Rr. Elbasanit 20, Tiranë, "
        "069 555 1234",
        catalog=FLORIST,
    )
    assert o.customer_name == "Ilir Hoxha"


def test_the_sender_named_for_the_order_beats_the_recipient() -> None:
    """Florist: "Sender Mark Jones. To: Anna Weber, …": the sender's name is the order's."""
    o = parse(
        "c: Hi, one big bouquet of roses please",
        "c: Sender Mark Jones. To: Anna Weber, Rr. Elbasanit 20, Tirana, 069 555 1234",
        catalog=FLORIST,
    )
    assert o.customer_name == "Mark Jones"


# a dental clinic
DENTIST = catalog_of(
    ("CLEAN", "Pastrim dhëmbësh", "30", ()),
    ("WHITE", "Zbardhim dhëmbësh", "120", ()),
    ("XRAY", "Radiografi", "15", ()),
)


def test_the_shops_registered_booking_that_closes_the_chat_is_the_order() -> None:
    """Dental clinic: "U regjistrua: Besa Krasniqi, e hënë 10:00 radiografi + pastrim …" opens
    the shop's restatement; the booked name is no unread goods and nobody disputes it."""
    o = parse(
        "c: pershendetje, dua pastrim dhembesh te henen",
        "m: Po, e hënë 10:00. Para pastrimit bëjmë një radiografi (15€).",
        "c: ok. Besa Krasniqi 044 123 456",
        "m: U regjistrua: Besa Krasniqi, e hënë 10:00 radiografi + pastrim dhëmbësh.",
        catalog=DENTIST,
    )
    assert sorted(items(o)) == [("CLEAN", 1, None), ("XRAY", 1, None)]


# a hair salon
SALON = catalog_of(
    ("CUT", "Prerje flokësh", "10", ()),
    ("DYE", "Ngjyrosje flokësh", "25", ()),
)


def test_the_hour_chosen_among_the_shops_times_is_no_count() -> None:
    """Hair salon: the shop offers "10:00 ose 14:00"; "ok 14 më përshtatet" picks the hour,
    and the colouring asked for after it is one."""
    o = parse(
        "c: dua nje prerje flokesh neser",
        "m: Po, nesër kemi ora 10:00 ose 14:00.",
        "c: ok 14 me pershtatet. a beni edhe ngjyrosje flokesh?",
        "m: Po, ngjyrosja 25€.",
        "c: po e dua edhe ate. Besa Krasniqi 044 123 456",
        catalog=SALON,
    )
    assert sorted(items(o)) == [("CUT", 1, None), ("DYE", 1, None)]


# a jeweller that engraves names
JEWELLER = catalog_of(
    ("NECK", "Varëse me emër", "40", ("argjend", "ar")),
    ("BOX", "Kuti dhuratë", "3", ()),
)


def test_the_name_answering_the_question_for_the_writers_own_beats_the_engraved_one() -> None:
    """Jeweller: "Emri Lea Gashi" is the name to engrave; "Arta Gashi 069 …", answering "Emri
    juaj dhe nr?", is the customer's."""
    o = parse(
        "c: dua nje varese me emer argjend. Emri Lea Gashi",
        "m: Në rregull, 40€. Emri juaj dhe nr?",
        "c: Arta Gashi 069 123 4567",
        catalog=JEWELLER,
    )
    assert o.customer_name == "Arta Gashi"


# a kitchen-worktop maker
WORKTOPS = catalog_of(
    ("TOP", "Pllakë kuzhine", "200", ("granit", "mermer")),
    ("SINK", "Lavaman", "80", ()),
)


def test_granite_in_the_definite_form_is_the_granite_variant() -> None:
    """Kitchen worktops: "graniti" is the variant "granit" (no coffee beans, "grani")."""
    o = parse(
        "c: dua nje pllake kuzhine, ate graniti. Arben Gashi, Rr. Dibrës 5, Tiranë, 069 123 4567",
        catalog=WORKTOPS,
    )
    assert items(o) == [("TOP", 1, "granit")]


# a car service
GARAGE = catalog_of(
    ("OIL", "Servis motori", "40", ()),
    ("AIR", "Filtër ajri", "15", ()),
    ("WASH", "Larje makine", "8", ()),
)


def test_the_shops_counted_list_before_a_polite_request_for_the_number_is_the_order() -> None:
    """Car service: "E shtunë 10:00 – 1 servis motori + 1 filtër ajri. Na lini një numër
    kontakti ju lutem" asks for the details as "Numri?" does; the number given accepts the
    list, and the wash it leaves out goes."""
    o = parse(
        "c: pershendetje, dua servis motori, filter ajri edhe larje makine te shtunen",
        "m: E shtunë 10:00 – 1 servis motori + 1 filtër ajri. Na lini një numër kontakti ju lutem",
        "c: 049 212 803",
        catalog=GARAGE,
    )
    assert sorted(items(o)) == [("AIR", 1, None), ("OIL", 1, None)]
