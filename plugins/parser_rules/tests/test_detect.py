"""Is it an order? One small conversation per detection rule, written for these tests (not taken
from any corpus), in the languages each rule covers."""

from plugins.parser_rules.tests.conftest import items, parse

DETAILS = "Ana Hoxha, Rr. Kavajes 3, Tirane, 069 223 1180"


# --- cancellations after the details ------------------------------------------------------
def test_cancel_in_every_person_and_spelling() -> None:
    for cancel in (
        "me falni, e anulojme, na u prish plani",
        "e anullova une, flm",
        "po heq dore, nuk kam para tani",
        "ndryshova mendje, flm",
    ):
        o = parse(f"c: Dua xhupin e zi. {DETAILS}", "m: Ne rregull, niset neser", f"c: {cancel}")
        assert not o.is_order, cancel


def test_bought_or_found_elsewhere_cancels() -> None:
    for opening, cancel in (
        ("Dua nje unaze argjendi", "me fal, e gjeta me lire diku tjeter"),
        ("Dua nje unaze argjendi", "s'ka nevoje, motra na e bleu nje"),
        ("I'd like a silver ring", "sorry, I found one cheaper elsewhere"),
        ("Vorrei un anello d'argento", "scusate, l'ho trovato altrove"),
        ("Ich nehme einen Silberring", "Entschuldigung, woanders gekauft"),
    ):
        o = parse(f"c: {opening}. {DETAILS}", "m: ok", f"c: {cancel}")
        assert not o.is_order, cancel


def test_please_in_a_cancelling_sentence_orders_nothing() -> None:
    for cancel in ("storno bitte", "annullate per favore", "anulojeni ju lutem"):
        o = parse(f"c: Zwei Tassen blau. {DETAILS}", "m: ok", f"c: {cancel}")
        assert not o.is_order, cancel


def test_order_words_inside_a_negation_do_not_commit() -> None:
    for retreat in ("s'po e marr me, flm", "nuk e dua ma", "jo, nuk i marrim"):
        o = parse("c: po i marr 2 filxhana blu", "m: ok, adresa?", f"c: {retreat}")
        assert not o.is_order, retreat


def test_cancelling_the_order_of_its_only_item_cancels_the_order() -> None:
    o = parse(
        f"c: Xhupin e zi e dua. {DETAILS}",
        "m: Dergohet te henen",
        "c: me falni, e anulojme porosine e xhupit, na doli i ngushte",
    )
    assert not o.is_order
    # dropping one item of two keeps the order
    for drop in ("anuloni filxhanat", "anuloni filxhanat nga porosia"):
        o = parse(f"c: Dua xhupin e zi dhe 2 filxhana blu. {DETAILS}", "m: ok", f"c: {drop}")
        assert o.is_order and items(o) == [("JKT", 1, "e zezë")], drop


def test_the_merchant_confirming_a_cancellation() -> None:
    for merchant in ("Ne rregull, porosia u anulua.", "Ok, storniert.", "Done, order cancelled."):
        o = parse(
            f"c: Dua xhupin e zi. {DETAILS}",
            "m: Niset neser",
            "c: me falni, na ndodhi dicka",
            f"m: {merchant}",
        )
        assert not o.is_order, merchant


# --- questions that never become a commitment --------------------------------------------
def test_a_price_or_stock_question_without_its_question_mark() -> None:
    for question in (
        "xhupi i zi sa kushton",
        "Xhupin e zi ne stok e keni",
        "2 filxhana te bardhe sa bejne",
        "Was kostet die Lederjacke schwarz",
        "leather jacket black in stock",
        "giacca di pelle nera quanto costa",
    ):
        o = parse(f"c: {question}", "m: 9000 lek", "c: ok faleminderit")
        assert not o.is_order, question


def test_a_relative_clause_is_not_a_question() -> None:
    o = parse(f"c: 2 filxhana si ato qe keni ne foto. {DETAILS}")
    assert o.is_order and items(o)[0][:2] == ("CUP", 2)


def test_ordering_and_asking_the_delivery_price_in_one_sentence() -> None:
    o = parse(
        "c: po e marr xhupin e zi, sa e keni transportin", "m: 200", "c: ok. Rr. Kavajes 3, Tirane"
    )
    assert o.is_order and items(o) == [("JKT", 1, "e zezë")]


# --- earlier purchases: status, complaints, exchanges --------------------------------------
def test_the_items_of_a_status_question_are_not_a_new_order() -> None:
    o = parse(
        "c: Pershendetje, porosia e pare kur vjen? 2 filxhana blu dhe unaza",
        "m: Ne cfare emri?",
        "c: Ana Hoxha, Rr. Kavajes 3, Tirane, 069 223 1180",
    )
    assert not o.is_order
    for status in (
        "Hi, I ordered two blue cups, has it shipped?",
        "Ciao, le 2 tazzine blu non sono ancora arrivate",
        "A u nis porosia? Xhup i zi L",
    ):
        o = parse(f"c: {status}", "m: name?", f"c: {DETAILS}")
        assert not o.is_order, status


def test_a_pluperfect_order_complaint() -> None:
    o = parse(
        "c: Cizmet qe erdhen jane 38, une i kisha porositur 39!",
        "m: Na falni, neser ju sjellim 39",
        "c: ok po shpejt",
    )
    assert not o.is_order


def test_a_bought_item_and_an_exchange_in_the_next_sentence() -> None:
    o = parse(
        "c: bleva nje bluze M per vajzen por i vjen e vogel. A mund ta ndrroj me L?",
        "m: Po, brenda 14 diteve",
        "c: ok e sjell neser",
    )
    assert not o.is_order


def test_a_reorder_after_speaking_of_a_purchase_stands() -> None:
    o = parse(
        "c: kam blere para nje muaji filxhana, jane shume te mire. Dua edhe 2 blu. " + DETAILS
    )
    assert o.is_order and items(o)[-1] == ("CUP", 2, "blu")


def test_a_return_policy_question_beside_a_list_keeps_the_order() -> None:
    o = parse(f"c: 2 filxhana blu. {DETAILS}. A mund t'i kthej nese nuk me pelqejne?")
    assert o.is_order and items(o) == [("CUP", 2, "blu")]


# --- hesitation and wholesale --------------------------------------------------------------
def test_hesitation_families() -> None:
    for opening, close in (
        ("A e keni unazen e argjendit?", "ok, po flas me burrin edhe ju shkruj"),
        ("A e keni unazen e argjendit?", "faleminderit per informacionin"),
        ("Do you have the silver ring?", "thanks for the info, I need to ask my wife"),
        ("Avete l'anello d'argento?", "grazie, ci devo pensare"),
        ("A e keni unazen e argjendit?", "hajt se m'duhet me mendu pak"),
        ("Habt ihr den Silberring?", "danke, ich muss es mir noch überlegen"),
    ):
        o = parse(f"c: {opening}", "m: 4000 lek", f"c: {close}")
        assert not o.is_order, close


def test_wholesale_enquiries() -> None:
    for enquiry in (
        "Kemi nje bar, na duhen 100 filxhana te bardhe, cmimi per sasi?",
        "We are a reseller, 100 white cups, what is your price",
        "Wir brauchen 100 Tassen weiss, gibt es Mengenrabatt",
        "Ci servono 100 tazzine bianche, prezzo per quantità?",
    ):
        o = parse(f"c: {enquiry}", "m: 250 lek cope", "c: ok")
        assert not o.is_order, enquiry


def test_a_list_under_a_condition_is_still_ordered() -> None:
    for line in (
        "2 filxhana blu nese i keni ne stok",
        "2 blue cups if you have them in stock",
        "Zwei Tassen blau, wenn ihr sie auf Lager habt",
    ):
        o = parse(f"c: {line}")
        assert o.is_order and items(o) == [("CUP", 2, "blu")], line


# --- the merchant declines ------------------------------------------------------------------
def test_a_shipping_refusal_is_a_retreat() -> None:
    for merchant in (
        "Jo, vetem Shqiperi",
        "Sorry, we don't ship there",
        "Leider liefern nur in AL",
    ):
        o = parse("c: A dergoni ne Prishtine? Vaj ulliri 3 L", f"m: {merchant}", "c: ok")
        assert not o.is_order, merchant


def test_yes_to_the_merchant_s_alternative_commits() -> None:
    for merchant, yes in (
        ("500 g na ka mbaruar, t'ju dergojme 4 pako 250 g?", "po ok"),
        ("Sorry, 500 g is sold out. Four 250 g packs instead?", "yes fine"),
    ):
        o = parse(f"c: dua 2 kafe turke 500 g. {DETAILS}", f"m: {merchant}", f"c: {yes}")
        assert o.is_order, yes
        no = parse(f"c: dua 2 kafe turke 500 g. {DETAILS}", f"m: {merchant}", "c: jo, flm")
        assert not no.is_order


def test_asking_for_a_photo_or_about_shipping_is_not_ordering() -> None:
    for ask in (
        "me dergoni ju lutem nje foto te xhupit te zi",
        "Can you send me a photo of the black leather jacket?",
        "Schickt mir bitte ein Foto von der Lederjacke schwarz",
        "Mandatemi una foto della giacca di pelle nera",
        "a dergoni ne Kosove xhupin e zi?",
    ):
        assert not parse(f"c: {ask}", "m: ok", "c: flm").is_order, ask
    # pointing at a photo, and asking to be sent the goods, still order
    assert parse("c: dua ate xhupin e zi ne foto. Rr. Kavajes 3, Tirane").is_order
    assert parse("c: e dua kete foto, xhupin e zi ne L").is_order
    o = parse("c: mund te me dergoni 2 xhupa te zi ne Prishtine?", "m: po", f"c: {DETAILS}")
    assert o.is_order and items(o) == [("JKT", 2, "e zezë")]


def test_wanting_to_know_is_asking() -> None:
    for ask in (
        "Pershendetje, dua te di sa kushton xhupi i zi",
        "desha me dit a e keni xhupin e zi ne L",
        "I'd like to know the price of the black leather jacket",
        "Vorrei sapere il prezzo della giacca di pelle nera",
        "Ich möchte wissen, ob die Lederjacke schwarz noch da ist",
    ):
        assert not parse(f"c: {ask}", "m: 9000", "c: ok flm").is_order, ask
    o = parse("c: dua te di sa kushton xhupi i zi", "m: 9000", "c: ok e dua. Rr. Kavajes 3, Tirane")
    assert o.is_order and items(o) == [("JKT", 1, "e zezë")]


def test_moving_the_delivery_is_not_cancelling() -> None:
    for line in (
        "mos i nisni sot, por neser se s'jam ne shtepi",
        "please don't send it today, tomorrow is better",
        "non mandate oggi, domani per favore",
    ):
        o = parse(f"c: Dua 2 filxhana blu. {DETAILS}", "m: ok, nisen sot", f"c: {line}")
        assert o.is_order, line
    o = parse(f"c: Dua 2 filxhana blu. {DETAILS}", "m: ok", "c: please don't send it, sorry")
    assert not o.is_order
