"""Round 2 rules for unseen shops: Greek words of diaspora customers, the Albanian ablative
plural ("-ash", "-esh"), a foreign mobile read in the country the conversation names. Invented
shops and sentences, not corpus lines."""

from decimal import Decimal

from core.plugin_api import Catalog, CatalogProduct
from plugins.parser_rules.catalog_match import key_of, variant_digits
from plugins.parser_rules.phones import to_e164
from plugins.parser_rules.tests.conftest import items, parse

LEATHER = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("WAL", "Kuletë meshkuj", (), Decimal("2000"), ("E zezë", "Kafe", "Bordo")),
        CatalogProduct("NAME", "Gravim emri (deri 10 shkronja)", (), Decimal("300"), ()),
        CatalogProduct("KEYS", "Mbajtëse çelësash", (), Decimal("900"), ("zi", "kafe")),
    ),
)


def test_greek_numbers_colours_and_and() -> None:
    o = parse("c: thelo kulete, ena mavro kai ena bordo", catalog=LEATHER)
    assert items(o) == [("WAL", 1, "E zezë"), ("WAL", 1, "Bordo")]
    o = parse("c: dua dio mbajtese celesash kafe", catalog=LEATHER)
    assert items(o) == [("KEYS", 2, "kafe")]


def test_ablative_plural_meets_the_catalog_word() -> None:
    assert key_of("celesash") == key_of("celesat") == key_of("celesin")
    assert key_of("shkronjash") == key_of("shkronjat")
    assert key_of("fresh") == "fresh"  # too short a root: nothing is stripped
    o = parse("c: dua nje mbajtese per celesat, te zeze", catalog=LEATHER)
    assert items(o) == [("KEYS", 1, "zi")]


def test_a_mobile_read_in_the_country_the_conversation_names() -> None:
    # a Greek mobile written without prefix, in a conversation from Athens
    assert to_e164("694 123 4567", "AL", ("GR",)) == "+306941234567"
    # an Albanian mobile with its trunk prefix stays Albanian whatever country is named
    assert to_e164("069 123 4567", "AL", ("GR",)) == "+355691234567"
    o = parse(
        "c: dua nje kulete kafe",
        "c: Eleni Dhimitri, Odos Kifisias 12, Janina, kinito 697 111 2233",
        catalog=LEATHER,
    )
    assert o.phone == "+306971112233"
    assert o.city == "Janinë"
    assert o.address is not None and o.address.startswith("Odos Kifisias 12")


SCARVES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SCF", "Shall leshi", (), Decimal("15"), ("gri", "bordo", "blu navy")),
        CatalogProduct("CAP", "Kapele dimri", (), Decimal("12"), ("e zezë", "blu", "blu navy")),
    ),
)


def test_a_colour_reaches_the_one_shade_of_it() -> None:
    o = parse("c: dua 3 shalle, 2 gri e nje blu", catalog=SCARVES)
    assert items(o) == [("SCF", 2, "gri"), ("SCF", 1, "blu navy")]
    o = parse("c: ich nehme einen Schal in Rot", catalog=SCARVES)
    assert items(o) == [("SCF", 1, "bordo")]
    # the colour itself is sold: it is that one, not the shade
    o = parse("c: dua nje kapele blu", catalog=SCARVES)
    assert items(o) == [("CAP", 1, "blu")]


SHOES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("RUN", "Atlete vrapimi", (), Decimal("50"), ("40", "41", "42", "43")),
        CatalogProduct("SOCK", "Çorape sportive", (), Decimal("4"), ("S", "M", "L")),
    ),
)


def test_a_count_word_after_a_size_number_starts_the_next_line() -> None:
    o = parse("c: dua 2 pale atlete vrapimi", "m: cili numer?", "c: nje 43 nje 41", catalog=SHOES)
    assert items(o) == [("RUN", 1, "43"), ("RUN", 1, "41")]
    o = parse("c: two pairs of running shoes atlete vrapimi, one 42 one 40", catalog=SHOES)
    assert items(o) == [("RUN", 1, "42"), ("RUN", 1, "40")]
    # a plain count after the size is still the count
    o = parse("c: atlete vrapimi 42, 2 pale", catalog=SHOES)
    assert items(o) == [("RUN", 2, "42")]


TYRES = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "SUM", "Goma vere Barum Bravuris", (), Decimal("70"), ("195/65 R15", "215/55 R17 94V")
        ),
    ),
)


def test_a_size_typed_as_a_digit_run_is_not_a_phone_number() -> None:
    assert variant_digits(["215/55 R17 94V"]) == {"21555", "2155517", "215551794"}
    o = parse("c: dua 4 goma barum 215 55 17. Gent Hoxha, tel 044 123 456", catalog=TYRES)
    assert items(o) == [("SUM", 4, "215/55 R17 94V")]
    assert o.phone == "+38344123456"
    # a run of the first three groups only
    o = parse("c: goma barum 195 65 15, 2 cope", catalog=TYRES)
    assert items(o) == [("SUM", 2, "195/65 R15")]
    assert o.phone is None


SWEETS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("BON", "Bonbone (kuti 6 copë)", (), Decimal("9"), ("Qumësht", "Lajthi")),
        CatalogProduct("TEA", "Çaj mali", (), Decimal("4"), ("100 g", "250 g")),
        CatalogProduct("MUG", "Filxhan qeramike", (), Decimal("6"), ("e bardhë", "blu")),
    ),
)
ADDRESS = "c: Ana Hoxha, Rr. Kavajes 4, Tirane 0691234567"


def test_as_you_say_takes_the_count_the_merchant_proposes() -> None:
    o = parse(
        "c: a keni bonbone me lajthi? me duhen 12",
        "m: Vijne ne kuti me 6 cope. Pra 2 kuti lajthi?",
        "c: po ashtu",
        ADDRESS,
        catalog=SWEETS,
    )
    assert items(o) == [("BON", 2, "Lajthi")]
    o = parse(
        "c: I'd like hazelnut bonbone, 18 pieces",
        "m: They come in boxes of 6, so 3 boxes of Lajthi?",
        "c: yes, like that",
        ADDRESS,
        catalog=SWEETS,
    )
    assert items(o) == [("BON", 3, "Lajthi")]


def test_yes_to_that_takes_the_product_the_merchant_proposes() -> None:
    o = parse(
        "c: dua caj mali 250 g",
        "m: Me cajin shkon shume mire nje filxhan qeramike blu",
        "c: po ate",
        ADDRESS,
        catalog=SWEETS,
    )
    assert items(o) == [("TEA", 1, "250 g"), ("MUG", 1, "blu")]
    # a question about it is no yes
    o = parse(
        "c: dua caj mali 250 g",
        "m: Me cajin shkon shume mire nje filxhan qeramike blu",
        "c: sa kushton ai?",
        ADDRESS,
        catalog=SWEETS,
    )
    assert items(o) == [("TEA", 1, "250 g")]


MENSWEAR = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SUIT", "Kostum Classic Fit gri", (), Decimal("200"), ("48", "50", "52")),
        CatalogProduct("BELT", "Rrip lëkure", (), Decimal("25"), ("Black 110cm", "Brown 110cm")),
        CatalogProduct("TIE", "Kravatë mëndafshi", (), Decimal("30"), ("Bordo", "Blu")),
        CatalogProduct("TRH", "Trahana shtëpie", (), Decimal("5"), ("e ëmbël", "e thartë")),
    ),
)


def test_a_catalog_word_of_two_product_groups_is_each() -> None:
    # "rrip" is a leash and a belt: "cintura" / "Gürtel" reach the catalog's "Rrip"
    o = parse("c: vorrei una cintura marrone", catalog=MENSWEAR)
    assert items(o) == [("BELT", 1, "Brown 110cm")]
    o = parse("c: ich möchte einen schwarzen Gürtel", catalog=MENSWEAR)
    assert items(o) == [("BELT", 1, "Black 110cm")]


def test_two_letters_swapped_reach_the_catalog_word() -> None:
    o = parse("c: dua dy pako tarhana te tharte", catalog=MENSWEAR)
    assert items(o) == [("TRH", 2, "e thartë")]


def test_only_keeps_every_product_its_sentence_names() -> None:
    o = parse(
        "c: dua kravaten bordo dhe rripin e zi",
        "m: rripi ka mbaruar per momentin",
        "c: atehere vetem kravaten, edhe kostumin gri 50",
        ADDRESS,
        catalog=MENSWEAR,
    )
    assert sorted(items(o)) == [("SUIT", 1, "50"), ("TIE", 1, "Bordo")]


def test_what_a_relative_bought_is_not_the_variant_ordered() -> None:
    o = parse(
        "c: rripin e lekures e keni? vellai e mori te zezin vjet",
        "m: Po, ne te zi dhe kafe",
        "c: une dua kafen",
        ADDRESS,
        catalog=MENSWEAR,
    )
    assert items(o) == [("BELT", 1, "Brown 110cm")]


def test_the_merchant_names_what_the_customer_ordered_in_other_words() -> None:
    o = parse(
        "c: Vorrei l'abito grigio elegante, taglia 50",
        "m: Kostum Classic Fit gri 50, 200 euro",
        "c: e una cravatta blu",
        ADDRESS,
        catalog=MENSWEAR,
    )
    assert items(o) == [("SUIT", 1, "50"), ("TIE", 1, "Blu")]


KITCHEN = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("KET", "Ibrik elektrik", (), Decimal("2900"), ("inox", "xham", "e bardhë")),
        CatalogProduct("PRO", "Pluhur proteine", (), Decimal("40"), ("Vanilje", "Çokollatë")),
    ),
)


def test_i_need_orders() -> None:
    o = parse(
        "c: sa kushton ibriku elektrik?",
        "m: 2900 lek. E kemi inox, xham dhe te bardhe",
        "c: me duhen 2 prej xhami",
        ADDRESS,
        catalog=KITCHEN,
    )
    assert items(o) == [("KET", 2, "xham")]
    o = parse("c: na duhet nje ibrik elektrik inox", ADDRESS, catalog=KITCHEN)
    assert items(o) == [("KET", 1, "inox")]


def test_a_reason_clause_does_not_make_the_choice_past() -> None:
    o = parse(
        "c: pluhur proteine me vanilje, 2 cope",
        "m: ok",
        "c: vetem nje ma mire se ende s'e kam provu",
        ADDRESS,
        catalog=KITCHEN,
    )
    assert items(o) == [("PRO", 1, "Vanilje")]
    # without the reason word it is still about the order not yet arrived
    o = parse("c: pluhur proteine me vanilje ende s'ka ardhur", catalog=KITCHEN)
    assert not o.is_order


def test_can_you_do_it_asks_for_the_service() -> None:
    o = parse(
        "c: dua kuleten e zeze",
        "m: 2000 lek",
        "c: a mund te gravoni emrin?",
        "m: Po, vetem iniciale, 300 lek",
        "c: ok A.B. ne kulete",
        ADDRESS,
        catalog=LEATHER,
    )
    assert sorted(items(o)) == [("NAME", 1, None), ("WAL", 1, "E zezë")]
    # "can I pay by card" asks nothing of the shop's goods
    o = parse(
        "c: a mund te paguaj me karte?",
        "m: Po",
        "c: dua kuleten bordo",
        ADDRESS,
        catalog=Catalog(
            currency="ALL",
            products=(
                *LEATHER.products,
                CatalogProduct("GIFT", "Kartë dhuratë", (), Decimal("1000"), ()),
            ),
        ),
    )
    assert items(o) == [("WAL", 1, "Bordo")]


def test_yes_to_the_product_proposed_with_a_count() -> None:
    o = parse(
        "c: dua caj mali 250 g. cfare shkon me te?",
        "m: Me cajin shkojne filxhanat qeramike blu, 6 euro",
        "c: ok ato, kater",
        ADDRESS,
        catalog=SWEETS,
    )
    assert items(o) == [("TEA", 1, "250 g"), ("MUG", 4, "blu")]


FARM = Catalog(
    currency="ALL",
    products=(
        CatalogProduct("CHZ", "Djathë lope (kg)", (), Decimal("900"), ()),
        CatalogProduct("HON", "Mjaltë bliri", (), Decimal("1500"), ("500 g", "1 kg")),
    ),
)


def test_kilos_after_the_name_of_a_product_sold_by_the_kilo_count_it() -> None:
    assert items(parse("c: dua djathe lope nja tre kile", ADDRESS, catalog=FARM)) == [
        ("CHZ", 3, None)
    ]
    assert items(parse("c: vorrei formaggio djathe lope 2 kg", ADDRESS, catalog=FARM)) == [
        ("CHZ", 2, None)
    ]
    # sold in kilo jars: the kilo is the variant, not the count
    assert items(parse("c: dua mjalte bliri 1 kg", ADDRESS, catalog=FARM)) == [("HON", 1, "1 kg")]


SHIRTS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("SLIM", "Këmishë Slim e bardhë", (), Decimal("30"), ("40", "42", "44")),
        CatalogProduct("CLS", "Këmishë Classic", (), Decimal("30"), ("White 42", "White 44")),
        CatalogProduct("RKM", "Raki mani", (), Decimal("10"), ("0.5L", "1L")),
        CatalogProduct("RKR", "Raki rrushi", (), Decimal("9"), ("0.5 L", "1 L")),
    ),
)


def test_a_word_after_no_names_the_product_not_wanted() -> None:
    o = parse("c: dua nje kemishe te bardhe jo slim, te gjere, 44", ADDRESS, catalog=SHIRTS)
    assert items(o) == [("CLS", 1, "White 44")]
    o = parse("c: a shirt kemishe, not slim, white 42 please", ADDRESS, catalog=SHIRTS)
    assert items(o) == [("CLS", 1, "White 42")]
    o = parse(
        "c: raki keni?",
        "m: po, 10 euro litri",
        "c: jo mani, rrushi",
        "m: 0.5 L apo 1 L?",
        "c: nje litri",
        ADDRESS,
        catalog=SHIRTS,
    )
    assert items(o) == [("RKR", 1, "1 L")]


WALLETS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("WW", "Portofol femrash", (), Decimal("25"), ("E zezë", "Rozë pudër")),
        CatalogProduct("WM", "Portofol meshkujsh", (), Decimal("25"), ("Zi", "Kafe e hapur")),
        CatalogProduct("CL", "Clutch mbrëmjeje", (), Decimal("40"), ("Oro", "Nero")),
    ),
)


def test_a_shade_word_alone_does_not_name_a_variant_of_another_colour() -> None:
    o = parse(
        "c: vorrei la pochette clutch oro",
        "m: La clutch oro, 40 euro",
        "c: e il portafoglio rosa cipria",
        ADDRESS,
        catalog=WALLETS,
    )
    assert items(o) == [("CL", 1, "Oro"), ("WW", 1, "Rozë pudër")]
    # the shade with its own colour still names it
    o = parse("c: dua portofol meshkujsh kafe te hapur", ADDRESS, catalog=WALLETS)
    assert items(o) == [("WM", 1, "Kafe e hapur")]


SUITS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct(
            "KID", "Kostum për djem", (), Decimal("40"), ("6 vjeç", "8 vjeç", "10 vjeç")
        ),
        CatalogProduct("NAVY", "Kostum Slim Fit blu", (), Decimal("150"), ("48", "50", "52")),
        CatalogProduct("GREY", "Kostum Slim Fit gri", (), Decimal("150"), ("48", "50", "52")),
        CatalogProduct("BEI", "Kostum Classic Fit bezhë", (), Decimal("150"), ("50", "52")),
    ),
)


def test_days_do_not_name_a_size_in_years() -> None:
    o = parse(
        "c: a ma dergoni kostumin per djem ne Zvicer?",
        "m: Po, arrin per rreth 10 dite",
        ADDRESS,
        catalog=SUITS,
    )
    assert items(o) == [("KID", 1, None)]


def test_a_line_said_vaguely_yields_to_the_product_named_fully() -> None:
    o = parse(
        "c: dua kostumin",
        "m: cilin?",
        "c: kostumin slim fit blu 48",
        ADDRESS,
        catalog=SUITS,
    )
    assert items(o) == [("NAVY", 1, "48")]
    # "edhe" adds a second one
    o = parse(
        "c: dua kostumin per djem",
        "m: ok",
        "c: edhe kostumin slim blu 50",
        ADDRESS,
        catalog=SUITS,
    )
    assert sorted(items(o)) == [("KID", 1, None), ("NAVY", 1, "50")]


GARAGE = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("TYR", "Goma dimri Vredestein", (), Decimal("80"), ("205/55 R16",)),
        CatalogProduct("FIT", "Montim + balancim 4 goma", (), Decimal("20"), ()),
    ),
)


def test_a_service_named_in_another_language() -> None:
    o = parse(
        "c: Hi, I need 4 winter tyres goma dimri vredestein 205/55 R16",
        "m: 80€ each, fitting and balancing 20€",
        "c: ok, please keep them for me with the fitting",
        ADDRESS,
        catalog=GARAGE,
    )
    assert sorted(items(o)) == [("FIT", 1, None), ("TYR", 4, "205/55 R16")]
    for text in (
        "c: vorrei 4 gomme vredestein 205/55 R16 e anche il montaggio",
        "c: ich brauche 4 Reifen vredestein 205/55 R16 und die Reifenmontage",
    ):
        o = parse(text, ADDRESS, catalog=GARAGE)
        assert sorted(items(o)) == [("FIT", 1, None), ("TYR", 4, "205/55 R16")]


RIMS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("RIM", "Fellne alumini Ronal", (), Decimal("120"), ('16"', '17"', '18"')),
    ),
)


def test_asking_the_price_of_another_size_does_not_choose_it() -> None:
    o = parse(
        "c: dua fellne ronal 17sh, 4 cope",
        "m: 120 euro copa",
        "c: e 18shat sa jan",
        "m: 150 euro copa",
        "c: ok, atehere keto, po i marr",
        ADDRESS,
        catalog=RIMS,
    )
    assert items(o) == [("RIM", 4, '17"')]
    o = parse(
        "c: vorrei 4 fellne ronal da 17",
        "m: 120 l'uno",
        "c: quanto costano quelli da 18?",
        "m: 150",
        "c: va bene, prendo quelli da 18",
        ADDRESS,
        catalog=RIMS,
    )
    assert items(o) == [("RIM", 4, '18"')]


VITAMINS = Catalog(
    currency="EUR",
    products=(
        CatalogProduct("MG", "Magnez 3 Forte", (), Decimal("9"), ("60 tableta", "120 tableta")),
        CatalogProduct("ZN", "Zink 25 mg", (), Decimal("8"), ()),
        CatalogProduct("SH", "Shaker 2 në 1", (), Decimal("5"), ()),
    ),
)


def test_a_count_after_make_it_is_not_part_of_a_numbered_name() -> None:
    o = parse(
        "c: magnez 3 forte, ato 60shet, 3 pako",
        "m: Po, 9 euro pakoja",
        "c: a po, magnezat boni 2 se ka edhe burri ni pako",
        ADDRESS,
        catalog=VITAMINS,
    )
    assert items(o) == [("MG", 2, "60 tableta")]
    # the number the name holds stays part of it
    o = parse("c: dua zink 25 mg, 2 kuti", ADDRESS, catalog=VITAMINS)
    assert items(o) == [("ZN", 2, None)]
