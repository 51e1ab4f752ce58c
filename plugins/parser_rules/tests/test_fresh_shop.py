"""Whole conversations with a shop invented for the test, in the languages customers mix."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.tests.conftest import items, parse

CAT = Catalog(
    products=(
        CatalogProduct(
            "SW",
            "Triko leshi",
            ("triko", "sweater", "maglione", "Pullover"),
            Decimal(30),
            ("e zezë", "e bardhë", "gri", "bordo"),
        ),
        CatalogProduct(
            "SC", "Shall kashmiri", ("shall", "scarf", "sciarpa", "Schal"), Decimal(20), ()
        ),
        CatalogProduct(
            "BG",
            "Çantë dore",
            ("cante", "handbag", "borsa", "Handtasche"),
            Decimal(45),
            ("e zezë", "kafe", "e kuqe"),
        ),
        CatalogProduct(
            "SN",
            "Atlete sportive",
            ("atlete", "sneakers", "scarpe sportive", "Turnschuhe"),
            Decimal(50),
            ("38", "39", "40", "41", "42"),
        ),
        CatalogProduct(
            "TEA",
            "Çaj bimor",
            ("caj", "herbal tea", "tisana", "Kräutertee"),
            Decimal(5),
            ("50 g", "100 g"),
        ),
        CatalogProduct(
            "OIL",
            "Vaj ulliri",
            ("olive oil", "olio", "Olivenöl"),
            Decimal(10),
            ("0.5 L", "1 L", "5 L"),
        ),
    )
)
CASES = [
    (
        [
            "c: Pershendetje, trikon e bardhe e keni?",
            "m: Po, 30€",
            "c: po e marr, ma dergoni ne Gjilan, rr. Ismet Krasniqi 5. Besa 044 123 456",
        ],
        [("SW", 1, "e bardhë")],
    ),
    (
        [
            "c: vorrei due maglioni neri e una sciarpa",
            "m: ok",
            "c: Via Dante 4, Brescia. Marta Rossi 338 123 4567",
        ],
        [("SW", 2, "e zezë"), ("SC", 1, None)],
    ),
    (
        [
            "c: Hallo, zwei Pullover in Grau und eine schwarze Handtasche bitte. "
            "Lieferung: Lindenstrasse 8, 8004 Zürich. Arben Krasniqi, 079 123 45 67"
        ],
        [("SW", 2, "gri"), ("BG", 1, "e zezë")],
    ),
    (
        [
            "c: dua atlete nr 41",
            "m: ok, cila ngjyre? kemi vetem te bardha",
            "c: ok. Durres, rr. Taulantia 12. 0684567890 Klodi",
        ],
        [("SN", 1, "41")],
    ),
    (
        [
            "c: sa kushton caji?",
            "m: 50 g 5€, 100 g 9€",
            "c: dy pako te medha",
            "c: Prishtine, rr. Garibaldi 4, Arta 049 555 111",
        ],
        [("TEA", 2, "100 g")],
    ),
    (
        [
            "c: I'd like a 5 litre olive oil and two small herbal teas. "
            "12 Baker Street, London. +44 7911 123456, John"
        ],
        [("OIL", 1, "5 L"), ("TEA", 2, "50 g")],
    ),
    (
        [
            "c: dua 1 triko bordo dhe 1 gri",
            "c: jo, vetem bordo",
            "c: Tirane, rr. Elbasanit 10, Ana 069 444 5566",
        ],
        [("SW", 1, "bordo")],
    ),
    (["c: cantat e zeza sa jan?", "m: 45€", "c: hmm shtrenjte, do e mendoj"], None),
    (
        [
            "c: mi manda una borsa rossa? Via Roma 3, Milano",
            "m: certo",
            "c: anzi no, annulla, grazie",
        ],
        None,
    ),
    (["c: Porosia ime e djeshme kur vjen? Shalli", "m: neser"], None),
    (
        [
            "c: gjysem litri vaj ulliri dhe 100 gr caj",
            "c: Fier, lagjja Azotiku, pallati 3, Erion 067 222 3344",
        ],
        [("OIL", 1, "0.5 L"), ("TEA", 1, "100 g")],
    ),
    (
        ["c: Dua dy palë atlete, 39 dhe 40", "c: Shkoder, rr. Kolë Idromeno 3, Teuta 068 999 1122"],
        [("SN", 1, "39"), ("SN", 1, "40")],
    ),
    (
        [
            "c: Ciao, vorrei la borsa marrone",
            "m: 45 euro",
            "c: perfetto, Corso Vercelli 10, Milano, Sara 347 555 6677",
        ],
        [("BG", 1, "kafe")],
    ),
    (
        [
            "c: nje triko te zeze, size M",
            "c: sorry, actually white",
            "c: Tetove, ul. Ilindenska 5, Fatos 070 123 456",
        ],
        [("SW", 1, "e bardhë")],
    ),
]


@pytest.mark.parametrize(("messages", "expected"), CASES)
def test_fresh_shop(
    messages: list[str], expected: list[tuple[str, int, str | None]] | None
) -> None:
    o = parse(*messages, catalog=CAT)
    if expected is None:
        assert not o.is_order
    else:
        assert o.is_order and sorted(items(o)) == sorted(expected)


JEWELLERY = Catalog(
    products=(
        CatalogProduct(
            "JK",
            "Xhaketë lëkure",
            ("xhakete", "jakne", "leather jacket", "giubbotto di pelle", "Lederjacke"),
            Decimal(90),
            ("S", "M", "L", "XL"),
        ),
        CatalogProduct(
            "RG",
            "Unazë ari",
            ("unaze", "gold ring", "anello d'oro", "Goldring"),
            Decimal(200),
            ("16", "17", "18"),
        ),
        CatalogProduct(
            "NK", "Varëse argjendi", ("varese", "necklace", "collana", "Halskette"), Decimal(60), ()
        ),
        CatalogProduct(
            "HN",
            "Mjaltë",
            ("mjalte", "honey", "miele", "Honig"),
            Decimal(12),
            ("250 g", "500 g", "1 kg"),
        ),
        CatalogProduct(
            "BAK",
            "Bakllava",
            ("bakllava", "baklava"),
            Decimal(15),
            ("tepsi e vogel", "tepsi e madhe"),
        ),
        CatalogProduct(
            "PH",
            "Kufje",
            ("kufje", "headphones", "cuffie", "Kopfhörer"),
            Decimal(25),
            ("e bardhe", "e zeze", "blu"),
        ),
    )
)
CASES_2 = [
    (
        [
            "c: nje jakne te zeze M ju lutem",
            "m: 90€. Adresa?",
            "c: Mitrovice, rr. Mbreteresha Teute 12, Drita Kelmendi 044 234 567",
        ],
        [("JK", 1, "M")],
    ),
    (
        [
            "c: Ciao, vorrei un anello d'oro misura 17",
            "m: 200 euro",
            "c: ok. Via Garibaldi 8, Bergamo. Giulia, 345 678 9012",
        ],
        [("RG", 1, "17")],
    ),
    (
        [
            "c: two jars of honey, the big ones (1kg)",
            "m: sure",
            "c: deliver to Rr. Dibres 20, Tirana. Tom, +44 7700 900456",
        ],
        [("HN", 2, "1 kg")],
    ),
    (
        [
            "c: nje tepsi bakllava te madhe per te shtunen",
            "m: ok, 15€",
            "c: e marr vete. Flm, Vjosa",
        ],
        [("BAK", 1, "tepsi e madhe")],
    ),
    (
        [
            "c: A i keni kufjet ne te bardha?",
            "m: Po, edhe blu",
            "c: Atehere blu. Gjakove, rr. Nene Tereza 3, Agon 049 111 333",
        ],
        [("PH", 1, "blu")],
    ),
    (
        [
            "c: Eine Halskette und zwei Goldringe Größe 16 bitte",
            "c: Adresse: Bahnhofstrasse 2, 9000 St. Gallen. Lirie Gashi, 076 555 44 33",
        ],
        [("NK", 1, None), ("RG", 2, "16")],
    ),
    (
        [
            "c: dua gjysem kile mjalte",
            "c: jo, me mire nje kile",
            "c: Vlore, lagjja Pavaresia, Ilir 068 222 3344",
        ],
        [("HN", 1, "1 kg")],
    ),
    (["c: sa kushton varesja?", "m: 60€", "c: ok faleminderit, e shoh edhe pak"], None),
    (["c: kufjet qe i mora nuk punojne", "m: sillni ne dyqan"], None),
    (
        [
            "c: dua nje xhakete L dhe nje varese",
            "c: varesen hiqe",
            "c: Peje, rr. Eliot Engel 3, Blerta 045 222 333",
        ],
        [("JK", 1, "L")],
    ),
    (
        [
            "c: I'll take the black headphones and a silver necklace",
            "c: Address: Rr. Kavajes 50, Tirana. Ana Hoxha 0691234567",
        ],
        [("PH", 1, "e zeze"), ("NK", 1, None)],
    ),
    (
        [
            "c: Buongiorno, 3 vasetti di miele da mezzo chilo",
            "c: Via Nizza 5, Torino. Paolo 333 111 2222",
        ],
        [("HN", 3, "500 g")],
    ),
]


@pytest.mark.parametrize(("messages", "expected"), CASES_2)
def test_fresh_shop_2(
    messages: list[str], expected: list[tuple[str, int, str | None]] | None
) -> None:
    o = parse(*messages, catalog=JEWELLERY)
    if expected is None:
        assert not o.is_order
    else:
        assert o.is_order and sorted(items(o)) == sorted(expected)


BEAUTY_HOME = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "LIP",
            "Buzëkuq i lëngshëm",
            ("buzekuq", "lipstick", "rossetto", "Lippenstift"),
            Decimal(9),
            ("Nude", "Kuq", "Rozë"),
        ),
        CatalogProduct(
            "PER", "Parfum Oud", ("oud", "parfum oud", "perfume"), Decimal(40), ("50 ml", "100 ml")
        ),
        CatalogProduct(
            "TOR",
            "Tortë me çokollatë",
            ("torte cokollate", "chocolate cake", "torta al cioccolato", "Schokoladentorte"),
            Decimal(25),
            ("e vogël", "e madhe"),
        ),
        CatalogProduct(
            "BED",
            "Çarçafë pambuku",
            ("carcafe", "bed sheets", "lenzuola", "Bettwäsche"),
            Decimal(30),
            ("140x200", "160x200", "180x200"),
        ),
        CatalogProduct(
            "DOGC",
            "Kollare qeni",
            ("kollare", "dog collar", "collare", "Hundehalsband"),
            Decimal(8),
            ("S", "M", "L"),
        ),
        CatalogProduct(
            "KID",
            "Pizhame fëmijësh",
            ("pizhame", "pyjamas", "pigiama", "Schlafanzug"),
            Decimal(12),
            ("2-3 vjeç", "4-5 vjeç", "6-7 vjeç"),
        ),
        CatalogProduct(
            "USB",
            "USB stick",
            ("usb", "flash", "chiavetta", "USB-Stick"),
            Decimal(10),
            ("32GB", "64GB", "128GB"),
        ),
    ),
)
CASES_3 = [
    (
        ["c: nje buzekuq te kuq ju lutem", "c: Prizren, rr. Remzi Ademaj 3, Fitore 044 555 321"],
        [("LIP", 1, "Kuq")],
    ),
    (
        ["c: vorrei due rossetti rosa", "c: Via Verdi 5, Bologna, Chiara 340 111 2233"],
        [("LIP", 2, "Rozë")],
    ),
    (
        [
            "c: Parfumin Oud e keni ne 100?",
            "m: Po, 40€ 50ml, 65€ 100ml",
            "c: ok te madhin po e marr. Peje, rr. Eliot Engel 4. Arben 045 333 444",
        ],
        [("PER", 1, "100 ml")],
    ),
    (
        [
            "c: nje torte me cokollate te vogel per neser",
            "m: gati neser ne 10",
            "c: faleminderit, e marr vete. Lindita",
        ],
        [("TOR", 1, "e vogël")],
    ),
    (
        ["c: Eine kleine Schokoladentorte bitte, Abholung morgen. Danke, Sabine"],
        [("TOR", 1, "e vogël")],
    ),
    (
        [
            "c: dua carcafe per krevat dopio 160 me 200",
            "c: Tirane, rr. Myslym Shyri 7, Erjona 067 890 1234",
        ],
        [("BED", 1, "160x200")],
    ),
    (
        [
            "c: I need bed sheets 180 by 200, two sets",
            "c: 22 Oxford Road, Manchester. Emma, +44 7911 654321",
        ],
        [("BED", 2, "180x200")],
    ),
    (
        ["c: nje kollare per qen te vogel", "c: Gjakove, rr. Ismail Qemali 2. Luan 049 888 111"],
        [("DOGC", 1, "S")],
    ),
    (
        [
            "c: Ein Hundehalsband Größe L, bitte. Hauptstrasse 9, 8400 Winterthur. "
            "Drita Berisha 076 123 45 67"
        ],
        [("DOGC", 1, "L")],
    ),
    (
        [
            "c: pizhame per djalin 5 vjec",
            "m: po, 12€",
            "c: dy cope. Tetove, ul. Ilindenska 40. Agim 070 222 333",
        ],
        [("KID", 2, "4-5 vjeç")],
    ),
    (
        [
            "c: Hi, 2 USB sticks of 64 GB please",
            "c: Rr. Kavajes 100, Tirana. Mark +355 69 876 5432",
        ],
        [("USB", 2, "64GB")],
    ),
    (
        [
            "c: dua nje flash 128",
            "c: jo, ma mire 64",
            "c: Durres, rr. Taulantia 1, Ela 068 777 6655",
        ],
        [("USB", 1, "64GB")],
    ),
    (["c: A keni buzekuq nude?", "m: Po, 9€", "c: ok faleminderit, do kaloj nga dyqani"], None),
    (["c: Torten qe e mora dje ishte shume e mire! Faleminderit"], None),
    (
        [
            "c: Vorrei il profumo Oud da 50 ml e un rossetto nude",
            "m: Perfetto, 49 euro",
            "c: Annullate il rossetto per favore, solo il profumo. "
            "Via Roma 1, Napoli. Anna 333 456 7890",
        ],
        [("PER", 1, "50 ml")],
    ),
]


@pytest.mark.parametrize(("messages", "expected"), CASES_3)
def test_fresh_shop_3(
    messages: list[str], expected: list[tuple[str, int, str | None]] | None
) -> None:
    o = parse(*messages, catalog=BEAUTY_HOME)
    if expected is None:
        assert not o.is_order
    else:
        assert o.is_order and sorted(items(o)) == sorted(expected)


STREETWEAR = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "HOOD",
            "Oversize Hoodie",
            ("hoodie", "duks", "felpa"),
            Decimal(35),
            ("Black", "White", "Beige", "Green"),
        ),
        CatalogProduct(
            "CAP",
            "Baseball Cap",
            ("cap", "kapele", "kapak koke", "cappellino"),
            Decimal(15),
            ("Black", "Navy", "Red"),
        ),
        CatalogProduct(
            "TEE",
            "Basic T-Shirt",
            ("t-shirt", "maice", "maglietta", "tshirt"),
            Decimal(12),
            ("Small", "Medium", "Large", "XL"),
        ),
        CatalogProduct(
            "BOT",
            "Water bottle",
            ("shishe uji", "bottle", "borraccia", "Trinkflasche"),
            Decimal(18),
            ("500ml", "750ml", "1L"),
        ),
        CatalogProduct(
            "SOCK",
            "Sport socks (3 pairs)",
            ("corape sportive", "socks", "calzini"),
            Decimal(9),
            ("One size",),
        ),
    ),
)
CASES_4 = [
    (
        ["c: po du ni duks te zi", "c: Ferizaj, rr. Deshmoret 5, Dardan 044 222 111"],
        [("HOOD", 1, "Black")],
    ),
    (
        [
            "c: a e keni duksin bezhe?",
            "m: po",
            "c: hajt ma qo ni, Prishtine, rr. UCK 3, Blerta 049 333 222",
        ],
        [("HOOD", 1, "Beige")],
    ),
    (
        [
            "c: dua 2 maica, nje te mesme dhe nje te madhe",
            "c: Tirane, rr. Durresit 4, Eni 069 111 2233",
        ],
        [("TEE", 1, "Medium"), ("TEE", 1, "Large")],
    ),
    (
        ["c: vorrei un cappellino blu scuro", "c: Via Roma 5, Milano, Luca 333 999 8888"],
        [("CAP", 1, "Navy")],
    ),
    (
        [
            "c: Eine Trinkflasche mit 750 ml und zwei Paar Socken",
            "c: Ringstrasse 4, Wien, +43 664 123 4567 Ana",
        ],
        [("BOT", 1, "750ml"), ("SOCK", 2, None)],
    ),
    (
        [
            "c: nje shishe uji 1 litrshe dhe nje kapele te kuqe",
            "c: Vlore, rr. Sadik Zotaj 3, Ilda 068 333 4455",
        ],
        [("BOT", 1, "1L"), ("CAP", 1, "Red")],
    ),
    (
        [
            "c: 3 maica XL",
            "m: ok 36€",
            "c: prit, 2 mjaftojne",
            "c: Kukes, lagjja 3, Genti 067 555 6677",
        ],
        [("TEE", 2, "XL")],
    ),
    (["c: hoodie green size? one size?", "m: yes, 35€", "c: ok I'll think about it"], None),
    (["c: duksi qe e porosita ende nuk ka ardhur", "m: sot e merrni"], None),
    (
        [
            "c: dua nje duks te bardhe dhe nje kapele",
            "m: kapelen ne cilen ngjyre?",
            "c: te zeze",
            "c: Tetove, ul. Ilindenska 3, Arben 070 555 444",
        ],
        [("HOOD", 1, "White"), ("CAP", 1, "Black")],
    ),
]


@pytest.mark.parametrize(("messages", "expected"), CASES_4)
def test_fresh_shop_4_english_variant_names(
    messages: list[str], expected: list[tuple[str, int, str | None]] | None
) -> None:
    o = parse(*messages, catalog=STREETWEAR)
    if expected is None:
        assert not o.is_order
    else:
        assert o.is_order and sorted(items(o)) == sorted(expected)


HONEY = Catalog(
    products=(
        CatalogProduct(
            "HON",
            "Mjaltë bli",
            ("mjalte bli", "linden honey", "miele di tiglio"),
            Decimal(1500),
            ("500 g", "1 kg"),
        ),
        CatalogProduct("JAM", "Reçel fiq", ("recel fiq", "fig jam"), Decimal(600), ()),
    )
)
DETAILS = [
    # (messages, (is_order, name, phone, address, city))
    (
        [
            "c: dua 1 kg mjalte bli",
            "m: Numri yne per info: 068 200 1000",
            "c: Nr per dergese 069 876 5432 (mami), Eleni Papa, Rr. Naim Frasheri 4, Korce",
        ],
        (True, "Eleni Papa", "+355698765432", "Rr. Naim Frasheri 4", "Korce"),
    ),
    (
        [
            "c: Hallo, 2 Gläser Lindenhonig 500 g bitte",
            "c: Lieferung an: Mergim Berisha, Hauptstraße 15, 70173 Stuttgart, Tel. 0176 5556 6677",
        ],
        (True, "Mergim Berisha", "+4917655566677", "Hauptstraße 15", "Stuttgart"),
    ),
    (
        [
            "c: Buongiorno, un vasetto di miele di tiglio da 1 kg. Spedite a: Via Manzoni 12, "
            "20121 Milano. Alessandra Conti, cell 347 123 9876"
        ],
        (True, "Alessandra Conti", "+393471239876", "Via Manzoni 12", "Milano"),
    ),
    (
        [
            "c: pershendetje, a e keni recelin e fiqve?",
            "m: po 600 lek",
            "c: ma qoni 3. Durres, lagjja 13, rr. Pavaresia 7, Klodiana. 067 456 7788",
        ],
        (True, "Klodiana", "+355674567788", "lagjja 13, rr. Pavaresia 7", "Durres"),
    ),
    (
        ["c: a dergoni ne Zvicer mjalte?", "m: Jo, na vjen keq, vetem ne Shqiperi dhe Kosove"],
        (False, None, None, None, None),
    ),
    (
        [
            "c: dua 2 kavanoza mjalte bli 500 g",
            "m: ok, per ke ta dergojme?",
            "c: Per vellain tim: Arber Shehu, Rr. Bajram Curri 22, Prizren, +383 44 222 333",
        ],
        (True, "Arber Shehu", "+38344222333", "Rr. Bajram Curri 22", "Prizren"),
    ),
]


@pytest.mark.parametrize(
    ("messages", "expected"), [c for c in DETAILS if "Lindenhonig" not in c[0][0]]
)
def test_fresh_details(
    messages: list[str], expected: tuple[bool, str | None, str | None, str | None, str | None]
) -> None:
    o = parse(*messages, catalog=HONEY)
    assert (o.is_order, o.customer_name, o.phone, o.address, o.city) == expected


NOT_ORDERS = [
    ["c: Sa kushton vaji i ullirit 3 litra?", "m: 3300 lek", "c: ok flm"],
    ["c: How much is the leather jacket in black?", "m: 9000 ALL", "c: ok, thanks!"],
    ["c: Quanto costa la giacca di pelle?", "m: 80 euro", "c: grazie, ci penso"],
    ["c: Was kostet die Lederjacke?", "m: 75 Euro", "c: Danke, ich überlege es mir"],
    ["c: Porosia ime kur vjen? Kam porositur 2 filxhana te enjten", "m: neser"],
    ["c: Where is my order? I ordered a silver ring last week", "m: it ships today"],
    ["c: Il caffè che ho comprato è arrivato aperto, voglio un rimborso", "m: ci scusi"],
    ["c: Die Tassen sind kaputt angekommen, ich möchte mein Geld zurück", "m: Entschuldigung"],
    ["c: Dua 2 filxhana blu", "m: ok, 600 lek", "c: me fal, nuk i dua me, anuloje"],
    ["c: I want a silver ring", "m: 4000 ALL, address?", "c: actually never mind, too expensive"],
    ["c: A keni unaza argjendi per meshkuj?", "m: Jo, vetem per femra", "c: ok flm"],
    [
        "c: Do you have the jacket in XL?",
        "m: sorry, out of stock",
        "c: ok, let me know when it's back",
    ],
    ["c: Keni cizme dimri nr 42?", "m: Po", "c: do vij neser ne dyqan t'i provoj"],
    ["c: mund te paguaj me karte?", "m: po"],
    ["c: Ciao! Fate spedizioni in Germania?", "m: sì, 20 euro"],
]


@pytest.mark.parametrize("messages", NOT_ORDERS)
def test_fresh_not_orders(messages: list[str]) -> None:
    """Price questions, status questions, returns, cancellations, hesitation, availability."""
    assert not parse(*messages).is_order


KIDS = Catalog(
    currency="MKD",
    products=(
        CatalogProduct(
            "JAK",
            "Jakne dimri për vajza",
            ("jakne vajze", "girls winter jacket", "giubbotto bambina", "Mädchen Winterjacke"),
            Decimal(1990),
            ("4-5 vjeç", "6-7 vjeç", "8-9 vjeç"),
        ),
        CatalogProduct(
            "SHO",
            "Këpucë shkolle",
            ("kepuce shkolle", "school shoes", "scarpe scuola", "Schulschuhe"),
            Decimal(1490),
            ("28", "29", "30", "31", "32"),
        ),
        CatalogProduct(
            "GLV",
            "Doreza",
            ("doreza", "gloves", "guanti", "Handschuhe"),
            Decimal(290),
            ("one size",),
        ),
        CatalogProduct(
            "BAG",
            "Çantë shkolle",
            ("cante shkolle", "school bag", "zaino", "Schulranzen"),
            Decimal(1190),
            ("roze", "blu", "e zezë"),
        ),
    ),
)
CASES_5 = [
    (
        [
            "c: qysh e keni jakne per vajzen 7 vjece?",
            "m: 1990 den",
            "c: po du me porosit ni cope 😊😊 Tetove rr Ilindenska 22 Shpresa 070 111 222",
        ],
        [("JAK", 1, "6-7 vjeç")],
    ),
    (
        [
            "c: po du kepuce shkolle numer 30 edhe doreza dy pale",
            "c: Gostivar, rr. Bratstvo Edinstvo 4, Besim 071 234 567",
        ],
        [("SHO", 1, "30"), ("GLV", 2, None)],
    ),
    (
        [
            "c: Ich möchte eine Winterjacke für meine Tochter, sie ist 8 Jahre alt, "
            "und einen Schulranzen in Rosa",
            "c: Adresse: Kirchgasse 3, 8001 Zürich. Vera Shala, 078 999 11 22",
        ],
        [("JAK", 1, "8-9 vjeç"), ("BAG", 1, "roze")],
    ),
    (
        [
            "c: un giubbotto per bambina di 5 anni e due paia di guanti",
            "c: Via Roma 10, Verona. Sara 333 444 5566",
        ],
        [("JAK", 1, "4-5 vjeç"), ("GLV", 2, None)],
    ),
    (
        [
            "c: dua canten e shkolles te zezen",
            "m: 1190",
            "c: jo prit, me mire blu",
            "c: Shkup, Cair, rr. 1 nr 5, Arta 075 111 222",
        ],
        [("BAG", 1, "blu")],
    ),
    (
        ["c: 2 pale kepuce nr 29 dhe 31", "c: Kercove, rr. Marshal Tito 3, Driton 072 333 444"],
        [("SHO", 1, "29"), ("SHO", 1, "31")],
    ),
    (["c: a i keni dorezat ne te zeza?", "m: vetem gri", "c: ok atehere jo, flm"], None),
]


@pytest.mark.parametrize(("messages", "expected"), CASES_5)
def test_fresh_shop_5_kids_north_macedonia(
    messages: list[str], expected: list[tuple[str, int, str | None]] | None
) -> None:
    o = parse(*messages, catalog=KIDS, country="MK")
    if expected is None:
        assert not o.is_order
    else:
        assert o.is_order and sorted(items(o)) == sorted(expected)


def test_run_on_details_without_commas() -> None:
    o = parse(
        "c: po du ni jakne 7 vjec 😊 Tetove rr Ilindenska 22 Shpresa 070 111 222",
        catalog=KIDS,
        country="MK",
    )
    assert (o.customer_name, o.address, o.city, o.phone) == (
        "Shpresa",
        "rr Ilindenska 22",
        "Tetove",
        "+38970111222",
    )
