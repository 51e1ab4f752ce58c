"""Session 23 (one product in several variant lines): invented shops and sentences, none from
a corpus. The shop's restatement names each variant of one product with its count by the
variant's words alone, its band left unsaid ("1 i rritur + 2 fëmijë" for "fëmijë 3-12 vjeç")."""

from __future__ import annotations

from plugins.parser_rules.tests.conftest import catalog_of, items, parse

ZOO = catalog_of(
    ("ZOO", "Biletë kopshti zoologjik", "5", ("të rritur", "fëmijë 3-12 vjeç", "pensionist 65+")),
    ("PARK", "Parkim", "2", ()),
)


def test_the_shops_restatement_names_an_age_band_by_its_word() -> None:
    """A zoo: the customer asks one ticket for herself and two for the girls; the shop's "Ok: 1
    biletë të rritur + 2 fëmijë" gives the child band its 2 though "3-12 vjeç" is not said."""
    o = parse(
        "c: pershendetje, sa kushton bileta per kopshtin zoologjik?",
        "m: Të rritur 5€, fëmijë 3-12 vjeç 3€, pensionist 4€",
        "c: nje per mua dhe dy per vajzat",
        "m: Ok: 1 biletë të rritur + 2 fëmijë = 11€. Emri?",
        "c: Arben Gashi 044 111 222",
        catalog=ZOO,
    )
    assert sorted(items(o)) == [("ZOO", 1, "të rritur"), ("ZOO", 2, "fëmijë 3-12 vjeç")]


CLIMB = catalog_of(
    ("WALL", "Kletterhalle Tageseintritt", "14", ("Erwachsene", "Kinder 6-14 J.", "Kinder 3-5 J.")),
)


def test_a_word_two_bands_share_names_neither() -> None:
    """Guard, in German: a climbing hall with two child bands. "2 Kinder" names neither band,
    so the shop's restatement does not give it one of them."""
    o = parse(
        "c: Hallo, wir möchten am Samstag in die Kletterhalle, Tageseintritt",
        "m: Erwachsene 14€, Kinder 6-14 J. 9€, Kinder 3-5 J. 5€",
        "c: zwei Erwachsene und zwei Kinder",
        "m: Alles klar: 2 Erwachsene + 2 Kinder. Name?",
        "c: Lena Berisha 0176 555 1234",
        catalog=CLIMB,
    )
    assert ("WALL", 2, "Kinder 6-14 J.") not in items(o)
    assert ("WALL", 2, "Kinder 3-5 J.") not in items(o)


def test_the_restatement_in_english_names_the_band_by_its_word() -> None:
    """A go-kart track in English: "1 adult + 2 juniors" for "junior 8-14"."""
    catalog = catalog_of(
        ("KART", "Go-kart session 10 min", "15", ("adult", "junior 8-14", "mini 5-7")),
    )
    o = parse(
        "c: hi, how much is a go-kart session?",
        "m: Adult 15€, junior 8-14 10€, mini 5-7 8€",
        "c: one for me and two for my boys, they are 9 and 11",
        "m: Ok: 1 adult + 2 juniors = 35€. Your name?",
        "c: Drita Hoxha 044 123 456",
        catalog=catalog,
    )
    assert sorted(items(o)) == [("KART", 1, "adult"), ("KART", 2, "junior 8-14")]


SKI = catalog_of(
    ("PASS", "Skipass ditor", "30", ("i rritur", "fëmijë 6-14 vjeç", "pensionist 65+")),
    ("CAMP", "Kamp dimëror për fëmijë (çmimi për fëmijë)", "90", ("3 ditë", "5 ditë")),
    ("PARK", "Parkim", "5", ()),
)


def test_a_band_word_another_products_name_holds_is_still_the_lines_variant() -> None:
    """A ski resort whose winter camp is "për fëmijë": in the shop's "Totali: 1 pensionist + 2
    fëmijë + parkim" the piece "2 fëmijë" is a line of the day pass the order holds, not a
    piece of the camp nobody ordered."""
    o = parse(
        "c: pershendetje, a ka ulje per pensionistet ne skipass? do vij me dy nipat 8 e 11 vjec",
        "m: Po, skipass ditor pensionist 65+ 20€, fëmijë 6-14 vjeç 18€",
        "c: mire. edhe parkim se vijme me makine",
        "m: Totali: 1 pensionist + 2 fëmijë + parkim = 61€. Emri?",
        "c: Liri Dema 069 444 5566",
        catalog=SKI,
    )
    assert sorted(items(o)) == [
        ("PARK", 1, None),
        ("PASS", 1, "pensionist 65+"),
        ("PASS", 2, "fëmijë 6-14 vjeç"),
    ]
