"""One small conversation per rule, written for these tests, in each language the rule covers."""

from plugins.parser_rules.tests.conftest import items, parse


# --- detection ----------------------------------------------------------------------------
def test_order_albanian() -> None:
    o = parse(
        "c: Pershendetje, dua 2 bluza masa L",
        "m: 3000 lek. Adresa?",
        "c: Tirane, Rr. Myslym Shyri 40. Ilir Dushi 068 423 4455",
    )
    assert o.is_order and items(o) == [("TSH", 2, "L")]


def test_order_gheg() -> None:
    o = parse(
        "c: po du ni xhup lekure te zi",
        "m: 9000 lek",
        "c: hajt ma qoni n'Peje, rr. Eliot Engel 3. Agim 044 321 654",
    )
    assert o.is_order and items(o) == [("JKT", 1, "e zezë")]


def test_order_english_italian_german() -> None:
    assert items(parse("c: I'd like two cups, blue please. Sent to Rr. Durresit 5, Tirana")) == [
        ("CUP", 2, "blu")
    ]
    assert items(parse("c: Vorrei due tazzine bianche. Via Roma 4, Milano, 333 765 4321")) == [
        ("CUP", 2, "e bardhë")
    ]
    assert items(parse("c: Ich möchte zwei Tassen in Blau. Hauptstrasse 3, Stuttgart")) == [
        ("CUP", 2, "blu")
    ]


def test_price_question_is_not_an_order() -> None:
    assert not parse("c: Sa kushton xhupi i lekures?", "m: 9000 lek", "c: ok faleminderit").is_order
    assert not parse(
        "c: How much is the olive oil?", "m: 1100 ALL", "c: thanks, I'll think about it"
    ).is_order


def test_hesitation_after_an_order_cancels_it() -> None:
    assert not parse(
        "c: Dua nje unaze argjendi", "m: 4000 lek. Adresa?", "c: hmm po e mendoj edhe pak"
    ).is_order
    assert not parse("c: Vorrei un anello d'argento", "m: 4000 lek", "c: ci penso, grazie").is_order


def test_cancellation() -> None:
    o = parse(
        "c: Dua 2 filxhana blu. Durres, Rr. Taulantia 9",
        "m: ok, nisen neser",
        "c: me fal, anuloje porosine",
    )
    assert not o.is_order
    assert not parse(
        "c: Eine Lederjacke bitte, Prizren", "m: ok", "c: Bitte stornieren, doch nicht"
    ).is_order


def test_return_or_complaint_is_not_an_order() -> None:
    assert not parse(
        "c: Cizmet qe i mora jane te vogla, a mund t'i kthej?", "m: Po, brenda 14 diteve"
    ).is_order
    assert not parse("c: The olive oil I bought arrived broken, I want a refund").is_order


# --- quantities and variants --------------------------------------------------------------
def test_number_words() -> None:
    assert items(parse("c: dua tri bluza M, Tirane")) == [("TSH", 3, "M")]
    assert items(parse("c: a couple of silver rings please, Rr. Kavajes 3 Tirane")) == [
        ("RING", 2, None)
    ]
    assert items(parse("c: drei Tassen blau bitte, Rr. Kavajes 3, Tirane")) == [("CUP", 3, "blu")]


def test_x_notation() -> None:
    assert items(parse("c: Porosi:\nBluze XL x2\nUnaze x1\nRr. Kavajes 3, Tirane")) == [
        ("TSH", 2, "XL"),
        ("RING", 1, None),
    ]


def test_measure_is_the_variant() -> None:
    assert items(parse("c: dua gjysem kile kafe turke, Rr. Kavajes 3, Tirane")) == [
        ("COF", 1, "500 g")
    ]
    assert items(parse("c: I want a 3-litre olive oil, 14 Green Lanes, London")) == [
        ("OIL", 1, "3 L")
    ]


def test_n_units_of_the_unit_variant() -> None:
    assert items(parse("c: vorrei due chili di caffè macinato, Via Po 3, Torino")) == [
        ("COF", 2, "1 kg")
    ]


def test_shoe_size_and_pair() -> None:
    assert items(parse("c: dua nje pale cizme nr 39, Rr. Kavajes 3, Tirane")) == [("BOOT", 1, "39")]


def test_two_variants_two_items() -> None:
    o = parse("c: dua dy cizme dimri, nje nr 38 dhe nje nr 40. Rr. Kavajes 3, Tirane")
    assert sorted(items(o)) == [("BOOT", 1, "38"), ("BOOT", 1, "40")]


# --- corrections ---------------------------------------------------------------------------
def test_quantity_correction_albanian() -> None:
    o = parse("c: dua 2 vaj ulliri 1 L", "m: ok", "c: jo, ma bej 4", "c: Rr. Kavajes 3, Tirane")
    assert items(o) == [("OIL", 4, "1 L")]


def test_quantity_correction_english_german() -> None:
    assert items(
        parse("c: two blue cups please", "c: actually make it five. Rr. Kavajes 3, Tirane")
    ) == [("CUP", 5, "blu")]
    assert items(parse("c: zwei Tassen blau", "c: statt zwei nur eins. Rr. Kavajes 3, Tirane")) == [
        ("CUP", 1, "blu")
    ]


def test_variant_correction_italian_german() -> None:
    assert items(
        parse("c: una giacca di pelle nera", "c: anzi, marrone invece di nera. Via Po 3, Torino")
    ) == [("JKT", 1, "kafe")]
    assert items(
        parse("c: eine Lederjacke schwarz", "c: lieber braun statt schwarz. Hauptstrasse 3, Bern")
    ) == [("JKT", 1, "kafe")]


def test_removal() -> None:
    o = parse(
        "c: dua nje unaze dhe 2 filxhana blu",
        "c: filxhanat hiqi, vetem unazen. Rr. Kavajes 3, Tirane",
    )
    assert items(o) == [("RING", 1, None)]


# --- details ---------------------------------------------------------------------------------
def test_details_and_evidence() -> None:
    msgs = (
        "c: dua nje unaze argjendi",
        "m: 4000 lek, adresa?",
        "c: Shkoder, Rr. Vasil Shanto 12. Jam Teuta Marku, 069 456 7788",
    )
    o = parse(*msgs)
    assert (o.customer_name, o.city, o.address, o.phone) == (
        "Teuta Marku",
        "Shkoder",
        "Rr. Vasil Shanto 12",
        "+355694567788",
    )
    ev = o.evidence["phone"]
    assert ev.message_index == 2 and msgs[2][3:][ev.start : ev.end] == "069 456 7788"
    assert o.items[0].unit_price is not None and o.missing == []
    assert 0 < o.confidence <= 1


def test_missing_fields_for_the_follow_up() -> None:
    o = parse("c: dua 2 bluza")
    assert o.is_order
    assert set(o.missing) == {"variant", "customer_name", "phone", "address", "city"}


def test_shop_and_courier_numbers_are_not_the_customer_s() -> None:
    o = parse(
        "c: dua nje unaze",
        "m: Per info na thirrni ne 068 200 3030",
        "c: Tirane, Rr. Kavajes 3. Ana 069 456 7788",
    )
    assert o.phone == "+355694567788"


def test_without_a_catalog_the_customer_words_are_the_product() -> None:
    from core.plugin_api import Catalog

    o = parse(
        "c: Dua 3 byrekë me spinaq per neser. Rr. Kavajes 3, Tirane. Jam Ana Kola",
        catalog=Catalog(),
    )
    assert o.is_order and o.items[0].product is None and o.items[0].quantity == 3


def test_without_a_catalog_people_and_days_are_not_goods() -> None:
    from core.plugin_api import Catalog

    o = parse(
        "c: A mund te me beni nje torte me fruta per 20 veta? Rr. Kavajes 3, Tirane. "
        "Ana 069 456 7788",
        "m: Po, 5000 lek",
        "c: ok e dua",
        catalog=Catalog(),
    )
    assert [i.name for i in o.items] == ["torte me fruta"]


def test_without_a_catalog_the_thing_asked_about() -> None:
    from core.plugin_api import Catalog

    o = parse(
        "c: Is the handmade wooden bowl still available?",
        "m: Yes!",
        "c: Great, I'd like one. 5 High Street, Leeds, +44 7911 123456",
        catalog=Catalog(),
    )
    assert o.is_order and [i.name for i in o.items] == ["handmade wooden bowl"]


def test_address_typed_by_the_merchant_and_confirmed() -> None:
    o = parse(
        "c: dua nje unaze argjendi",
        "c: Adresen e keni nga porosia e kaluar",
        "m: Korce, Rr. Fan Noli 12, a?",
        "c: Po",
    )
    assert (o.city, o.address) == ("Korce", "Rr. Fan Noli 12")


def test_lower_case_name_beside_the_number() -> None:
    o = parse(
        "c: dua nje unaze argjendi. fier, lagjja 11 nentori, pallati 4. besnik doda 068 423 4455"
    )
    assert o.customer_name == "Besnik Doda" and o.phone == "+355684234455"


def test_street_named_after_a_city_is_not_the_city() -> None:
    o = parse("c: dua nje unaze. Shkoder, Rruga Elbasanit 12. Ana 069 456 7788")
    assert (o.city, o.address) == ("Shkoder", "Rruga Elbasanit 12")


def test_no_order_still_reports_the_delivery_details() -> None:
    """A cart sent through the channel's catalog is not in the text; its address is."""
    o = parse("c: Ja dergova shportën. Adresa: Rr. Durresit 12, Tirane, 069 555 1234")
    assert not o.is_order and o.items == []
    assert (o.address, o.city, o.phone) == ("Rr. Durresit 12", "Tirane", "+355695551234")
