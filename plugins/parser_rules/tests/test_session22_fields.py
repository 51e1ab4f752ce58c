"""Session 22: customer fields and order detection (invented shops and wording)."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import named_catalog, parse

MOVER = named_catalog(("KRT-M", "Karton i mesem"), ("TRS-KS", "Transport ne Kosove"))
PHARMACY = named_catalog(("VIT-C", "Vitamina C"), ("TNS-M", "Aparat tensioni"))
BAR = named_catalog(("BRR-KZ", "Birre Korca e zeze"), ("BRR-KB", "Birre Korca e bardhe"))
PLUMBER = named_catalog(("RPR-BOJ", "Riparim bojleri"))
GYM = named_catalog(("ABN-M", "Abonim mujor"), ("PRS-TR", "Trajner personal"))
TOURS = named_catalog(("TUR-BR", "Tur ne Berat"))
BOATS = named_catalog(("KJK-1", "Kajak per 1 ore"))
AC = named_catalog(("KLM-12", "Klima 12000 BTU"), ("SRV-KLM", "Servis klime"))
SCHOOL = named_catalog(("KRS-B", "Kurs autoshkolle kategoria B"))
HOTEL = named_catalog(("DHM-2", "Dhome dyshe"))
PHONES = named_catalog(("EKR-A54", "Ekran Samsung A54"))
SOFAS = named_catalog(("DVN-3", "Divan 3 vendesh"))


def test_the_full_name_the_merchant_thanks_is_the_customer() -> None:
    """A removal firm: the writer gives their own full name and their sister's; the merchant
    thanks the writer, who is the customer."""
    order = parse(
        "c: Pershendetje, dua 5 karton te mesem edhe transport ne Kosove",
        "m: Po, 5 kartona + transporti 180 €. Të dhënat?",
        "c: Une: Arben Krasniqi 078 331 22 40. Per motren: Lule Krasniqi, "
        "Rr. Agim Ramadani 14, Prishtine, 044 220 118",
        "m: Faleminderit Arben, të hënën vijmë.",
        catalog=MOVER,
        country="XK",
    )
    assert order.customer_name == "Arben Krasniqi"


def test_a_given_name_alone_thanked_leaves_the_recipient_named_in_full() -> None:
    """A pharmacy: the writer signs with a given name only, the order goes to the person named
    in full."""
    order = parse(
        "c: dua nje aparat tensioni per babain",
        "m: Po, 35 €. Ku ta dërgojmë?",
        "c: Per babain: Sami Leka, Rr. Kavajes 40, Tirane, 069 112 3344. Flm, Ema",
        "m: Faleminderit Ema, nesër arrin.",
        catalog=PHARMACY,
    )
    assert order.customer_name == "Sami Leka"


def test_where_the_writer_lives_yields_to_the_town_of_the_work() -> None:
    """A pharmacy delivering to a mother's flat: the town where the writer lives is not the
    delivery town named earlier."""
    order = parse(
        "c: Mirdita, nana ime ne Durres ka nevoje per vitamina C, 2 kuti",
        "m: Po, 2 kuti 1200 lekë. Adresa?",
        "c: Rr. Skenderbeu, pallati 4, ap. 12. Emri Mira Cela 069 441 2290, une jetoj ne Tirane",
        catalog=PHARMACY,
    )
    assert order.city == "Durres"


def test_a_town_word_opening_a_sentence_of_goods_is_the_product() -> None:
    """A bar ordering beer: "Korca e zeze po mbaron" names the beer, not the town."""
    order = parse(
        "c: Pershendetje, kemi nje lokal ne Vlore. Korca e zeze po na mbaron, duam 24 shishe",
        "m: Po, 24 shishe. Adresa dhe emri?",
        "c: Rr. Sheshi i Flamurit 5, Genti 069 551 2290",
        catalog=BAR,
    )
    assert order.city == "Vlore"


def test_the_town_the_merchant_writes_after_the_street_is_the_city() -> None:
    """A plumber: the customer gives a street and no town, the merchant writes it back with
    its town."""
    order = parse(
        "c: Tung, me duhet riparim bojleri sot",
        "m: Po, 25 €. Adresa?",
        "c: Rr. Fehmi Agani 30, kati 2. Liridon Gashi 044 612 998",
        "m: E shënova: Liridon Gashi, Rr. Fehmi Agani 30, Prishtinë. Vijmë në 15:00.",
        catalog=PLUMBER,
        country="XK",
    )
    assert order.city == "Prishtine"


def test_the_name_an_order_is_written_under() -> None:
    """A gym and a tour desk: "shkruje Arta Berisha", "book it under …", "Buchung auf …"."""
    gym = parse(
        "c: dua abonim mujor",
        "m: 30 €. Emri?",
        "c: shkruje Arta Berisha, 044 331 765",
        catalog=GYM,
        country="XK",
    )
    assert gym.customer_name == "Arta Berisha"
    tour = parse(
        "c: Hi, one tour to Berat on Saturday please. Book it under Sarah Miles, +44 7700 900 112",
        catalog=TOURS,
    )
    assert tour.customer_name == "Sarah Miles"
    kayak = parse(
        "c: Hallo, ein Kajak für 1 Stunde am Freitag, Buchung auf Jonas Weber, +49 151 2233 4455",
        catalog=BOATS,
    )
    assert kayak.customer_name == "Jonas Weber"


def test_services_had_before_are_no_new_order() -> None:
    """An air-conditioning firm, a driving school and a hotel: the customer speaks of what the
    shop installed, an enrolment or a booking already made."""
    installed = parse(
        "c: Pershendetje, vitin e kaluar na montuat 2 klima 12000 BTU dhe tani nuk ftohin. "
        "Eshte ne garanci?",
        "m: Po, garancia 2 vjet. Emri i porosisë?",
        "c: Porosia ishte ne emer te Arben Leka",
        "m: E gjetëm, tekniku vjen të enjten.",
        "c: faleminderit, ju pres",
        catalog=AC,
    )
    assert not installed.is_order
    booked = parse(
        "c: Pershendetje, kemi rezervu 2 dhoma dyshe per te shtunen ne emer te Ilir Hoxha. "
        "nuk na ka ardh konfirmimi, a eshte ne rregull?",
        "m: Përshëndetje Ilir! Po, është konfirmuar.",
        catalog=HOTEL,
    )
    assert not booked.is_order
    enrolled = parse(
        "c: Pershendetje, jam regjistruar ne kursin e autoshkolles kategoria B qe fillon te "
        "henen po me doli pune jashte. A mund te me ktheni leket?",
        "m: Po, kthehen deri 48 orë para fillimit.",
        "c: me mire kthejini ne te njejten llogari",
        "m: Ok, brenda 3 ditësh.",
        catalog=SCHOOL,
    )
    assert not enrolled.is_order


def test_wanting_an_answer_orders_nothing() -> None:
    """A phone repair shop: "dua përgjigje për ekranin" asks, it does not order."""
    order = parse(
        "c: ekrani Samsung A54 qe ma nderruat u prish prape",
        "m: Na sillni telefonin ta shohim.",
        "c: tani per tani dua pergjigje per ekranin",
        catalog=PHONES,
    )
    assert not order.is_order


def test_i_will_let_you_know_is_a_hesitation() -> None:
    """A sofa shop: "po e shoh edhe në një vend tjetër e ju lajmërohem" defers."""
    order = parse(
        "c: Pershendetje, sa e ka divani 3 vendesh gri?",
        "m: 450 €, transporti falas.",
        "c: mire, 1 divan 3 vendesh gri. po e shoh edhe ne nje vend tjeter e ju lajmerohem",
        catalog=SOFAS,
    )
    assert not order.is_order


CATERING = named_catalog(("MEN-DSM", "Meny dasme"), ("TRT-3K", "Torte 3 kate"))


def test_a_hall_in_lower_case_by_its_own_name_is_the_address() -> None:
    """A caterer for a wedding: "salla Ylberi" is where the food goes, in the town said before."""
    order = parse(
        "c: Pershendetje, dasma me 12 shtator ne Gjilan, salla Ylberi. Duam torte 3 kate",
        "m: Po, torta 3 katëshe 180 €. Emri dhe numri?",
        "c: Blerim Rama 044 551 302",
        catalog=CATERING,
        country="XK",
    )
    assert order.address == "salla Ylberi"
    assert order.city == "Gjilan"


def test_the_albanian_form_of_presevo_is_kept() -> None:
    """A caterer again: "në Preshevë" as written is the town's Albanian name."""
    order = parse(
        "c: Pershendetje, dasma me 12 shtator ne Presheve, salla Ylberi. Duam torte 3 kate",
        "m: Po, torta 3 katëshe 180 €. Emri dhe numri?",
        "c: Blerim Rama 044 551 302",
        catalog=CATERING,
        country="XK",
    )
    assert order.city == "Presheve"


BAKERY = named_catalog(("TRT-DTL", "Torte ditelindje"), ("BKL-1", "Bakllava tepsi"))
TAILOR = named_catalog(("QEP-PNT", "Qepje pantallonash"))


def test_the_cousin_who_collects_is_the_name() -> None:
    """A bakery: the writer abroad names only the cousin who collects the cake."""
    order = parse(
        "c: Hi, one birthday cake for Saturday please",
        "m: Sure, 25 €. Who picks it up?",
        "c: My cousin Dritan Hoxha will pick it up on Saturday, his number 069 441 2290",
        catalog=BAKERY,
    )
    assert order.customer_name == "Dritan Hoxha"


def test_the_relative_the_shop_is_to_contact_is_the_name() -> None:
    """A caterer: "kontaktoni vëllain tim Gent Leka" gives the person to deal with."""
    order = parse(
        "c: Pershendetje, kemi nje lokal. Kontakti Gent Leka 069 331 2284, duam 2 bakllava tepsi",
        "m: Po. Adresa?",
        "c: Rr. Dibres 5, Tirane. jam jashte, per gjithcka kontaktoni vellain tim Arben Leka "
        "069 331 2285",
        catalog=BAKERY,
    )
    assert order.customer_name == "Arben Leka"


def test_my_contact_then_the_name() -> None:
    """A bakery supplying a restaurant: "kontakti im Besa Krasniqi"."""
    order = parse(
        "c: 3 bakllava tepsi per restorantin, Rr. Ilirida 12, Tetove. kontakti im Besa Krasniqi "
        "070 221 334",
        catalog=BAKERY,
        country="MK",
    )
    assert order.customer_name == "Besa Krasniqi"


def test_a_town_typed_after_the_full_name_is_no_part_of_it() -> None:
    """A tailor: "une jom Agim Rexha Gjilan" names the writer, then the town."""
    order = parse(
        "c: dua qepje pantallonash, 2 palë",
        "m: Po, 2 palë 20 €. Të dhënat?",
        "c: une jom Agim Rexha Gjilan Rr. Idriz Seferi 12 tel 044 512 330",
        catalog=TAILOR,
        country="XK",
    )
    assert order.customer_name == "Agim Rexha"


def test_the_name_given_to_the_shops_question_beats_a_child_named_before() -> None:
    """A bakery: the daughter whose birthday it is was named first; the parent answers the
    shop's "në ç'emër?"."""
    order = parse(
        "c: Pershendetje, vajza ime Ana mbush 6 vjec te shtunen, dua nje torte ditelindje",
        "m: Urime! Torta 30 €. Në ç'emër ta shënojmë?",
        "c: Xhenisa Dervishi, 069 551 2290",
        catalog=BAKERY,
    )
    assert order.customer_name == "Xhenisa Dervishi"
