"""Session 20: the customer's address, city and name (invented shops and wording)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import parse


def test_town_of_a_stay_is_no_delivery_town() -> None:
    # the customer is on holiday in the town and collects: nothing is sent anywhere
    order = parse(
        "c: Pershendetje, jam ne Durres per pushime, a ma ruani nje xhup lekure te zi?",
        "m: Po, e kemi. Emri dhe numri?",
        "c: Ilir Hoxha 069 221 4408",
    )
    assert order.is_order
    assert order.customer_name == "Ilir Hoxha"
    assert order.city is None


def test_town_abroad_beside_the_phone_is_where_the_writer_is() -> None:
    order = parse(
        "c: Hi, can you keep 2 t-shirt M for me? I collect them on Friday",
        "m: Sure. Name and phone?",
        "c: Tom Reed, I'm in London till Thursday, +44 7700 900 431",
    )
    assert order.is_order
    assert order.city is None


def test_where_the_customers_come_from_is_no_delivery_town() -> None:
    order = parse(
        "c: a i keni 2 cizme dimri 39? vijme sot",
        "m: Po, 2 palë 39. Emri?",
        "c: jemi nga Korca, vijme pas dreke. Emri Arben Leka, tel 069 551 2290",
    )
    assert order.is_order
    assert order.city is None


def test_town_the_goods_are_sent_to_is_kept() -> None:
    sent = parse(
        "c: dua 2 bluza M, dergojeni ne Vlore ju lutem",
        "m: Ok. Emri dhe numri?",
        "c: Arta Leka 069 443 1200",
    )
    assert sent.city == "Vlore"
    beside_phone = parse(
        "c: dua 2 bluza M",
        "m: Ok. Emri dhe numri?",
        "c: Arta Leka 069 443 1200, ne Vlore ju lutem",
    )
    assert beside_phone.city == "Vlore"


def test_plural_name_label_introduces_the_first_name() -> None:
    order = parse(
        "c: dua 2 bluza M, i marrim vete",
        "m: Ok, 3000 lekë. Emrat dhe numri?",
        "c: Emrat: Besim Kola dhe Vesa Kola, tel 069 551 2290",
    )
    assert order.customer_name == "Besim Kola"


def test_order_in_my_name_introduces_the_name() -> None:
    order = parse(
        "c: dua 2 bluza M",
        "m: Ok, 3000 lekë. Emri dhe numri?",
        "c: porosia ne emrin tim Blerta Kola, dhe numri 069 551 2290",
    )
    assert order.customer_name == "Blerta Kola"


def test_given_name_the_shop_thanks_takes_the_family_name_typed_after_it() -> None:
    order = parse(
        "c: Hallo, 2 T-Shirt M bitte, die Rechnung auf Drita Lleshi",
        "m: Gerne. Telefon?",
        "c: 0176 2209 4518",
        "m: Danke Drita, bis morgen.",
    )
    assert order.customer_name == "Drita Lleshi"


def test_two_given_names_share_the_family_name() -> None:
    order = parse(
        "c: Hi, 2 t-shirt M please, we collect them",
        "m: Sure. Names and phone?",
        "c: Names: Anna and Paul Becker, mobile +44 7700 900 431",
    )
    assert order.customer_name == "Anna Becker"


def test_two_word_landmark_after_the_house_number_is_a_hint() -> None:
    # "next to", "close to": a landmark of two words after the numbered street, as "afër"
    for hint in ("next to the pharmacy", "close to the old mosque"):
        order = parse(
            "c: Hi, 2 t-shirt M please",
            "m: Sure, 3000 lekë. Address?",
            f"c: Rruga Kavajes 45, {hint}, Tirane. Jon Doko 069 551 2290",
        )
        assert order.address == "Rruga Kavajes 45", hint
        assert order.city == "Tirane", hint


def test_house_described_after_the_street_number_is_a_hint() -> None:
    order = parse(
        "c: dua 2 bluza M",
        "m: Ok, 3000 lekë. Adresa?",
        "c: Peje, lagjja Dardania rr. Agim Ramadani nr 12 shtepia me dere te kuqe",
        "c: Arta Leka 044 221 305",
    )
    assert order.address == "lagjja Dardania rr. Agim Ramadani nr 12"
    assert order.city == "Peje"


def test_relative_named_after_the_house_number_ends_the_address() -> None:
    order = parse(
        "c: dua 2 bluza M",
        "m: Ok, 3000 lekë. Adresa?",
        "c: ne Korce rr. Fan Noli 31 motra ime Vesa Kola i merr 069 551 2290",
    )
    assert order.address == "rr. Fan Noli 31"
    assert order.customer_name == "Vesa Kola"


def test_given_name_in_the_genitive_after_in_the_name_of() -> None:
    order = parse(
        "c: dua 2 bluza M, i marr vete",
        "m: Ok, 3000 lekë. Në emër të kujt?",
        "c: ruajini ne emer te Ilirit",
    )
    assert order.customer_name == "Ilir"
