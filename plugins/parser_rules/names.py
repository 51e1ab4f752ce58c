"""Customer names: "Jam Arta", "Emri: ...", "Name is ...", "Sono ...", "Ich bin ...", a signature
of capitalised words next to the phone or address, or the name the merchant thanks."""

from __future__ import annotations

import re

from plugins.parser_rules.lexicon import any_of, has_intent, lexicon, load, word_list, word_set
from plugins.parser_rules.memo import memoised_text
from plugins.parser_rules.normalize import fold, tokenize
from plugins.parser_rules.places import find_cities
from plugins.parser_rules.variants import SIZE_LETTERS

_NAME = r"((?:[A-ZÇËÜÖÄŠŽĆČĐ][\w'’ëçÇË-]+)(?:\s+[A-ZÇËÜÖÄŠŽĆČĐ][\w'’ëçÇË-]+){0,2})"
# a title before the name is not part of it: "në emër të Dr. Ilir Bushati", "for Mrs. Ana Leka"
_TITLE = r"(?:(?:dr|prof|ing|av|mr|mrs|ms|herr|frau|sig|sig\.ra|dott|z|znj|zj)\.?\s+)?"
# "jam noterja Ilda Shehu", "une jom kapiteni Arben …": the writer, then a lower-case word
# (a role) before the name; a weak intro, since the word may be a relative ("jam djali Arber")
# or a preposition ("jam prej KF Rinia")
# "Kontakt sekretarja Mimoza Hoxha", "contact manager Ana Leka": the person the shop calls,
# after their role in lower case (weak too: "kontakt prej Tetove …")
_ROLE = (
    r"(?:jam|une jam|unë jam|jom|une jom|unë jom|kontakti|kontakt|contact)"
    r"\s+(?-i:[a-zëç]{4,})(?=\s+(?-i:[A-ZÇËŠŽ]))"
)
_ROLE_INTRO = re.compile(_ROLE, re.IGNORECASE)
_INTRO = re.compile(
    r"(?:\b(?:" + _ROLE + "|"
    r"jam|une jam|unë jam|jom|un jom|unë jom|une jom|"
    r"emri(?: im| em| jem| i saj| i tij)?(?: eshte| është| osht| asht)?|"
    # "Kam emrin Besnik Hoxha", "e kom emrin …": the writer's name, said as "I have the name"
    r"(?:e )?(?:kam|kom) emrin|"
    # Gheg: "emni jem o …", "emni i saj âsht …"
    r"emni(?: jem| im| i saj| i tij)?(?: o| osht| asht| âsht| është| eshte)?|"
    r"emri:|name(?: is)?|my name is|her name is|his name is|si chiama|ihr name ist|"
    # "Emrat: Naim … dhe Fexhrije …", "Names: …": the first of the names listed under the
    # label (not "Emrat Dardan & Besarta": the names printed on the goods)
    r"emrat:|names:|nomi:|namen:|"
    r"sein name ist|er heisst|sie heisst|sie heißt|er heißt|"
    # "Babai quhet Gjergj …", "my dad is called …": the person named by "is called"
    r"quhet|quhem|quhemi|thirret|is called|heißt|heisst|heisse|"
    r"trajneri|trajnerja|trajnerit|mesuesi|mesuesja|mësuesi|mësuesja|doktori|doktoresha|"
    r"coach|trainer|teacher|lehrer|lehrerin|insegnante|maestra|maestro|"
    # "an den Hausverwalter Gentian Hasa", "to the caretaker …": who takes the parcel
    r"(?:(?:an|to|for|per|për|für|a)\s+)?(?:den|die|the|our|il|la|al|alla|unseren|unsere)?\s*"
    r"(?:hausverwalter|hausverwalterin|hauswart|verwalter|caretaker|concierge|custode|portinaio|"
    r"kujdestari|kujdestarja|kujdestarit|administratori|administratorja|administratorit)|"
    r"i['’]m|i am|this is|nome|mi chiamo|sono|"
    r"ich bin|ich heisse|ich heiße|mein name ist|per|për|for|für|an|to|recipient|marresi|marrësi|"
    # "Za Dejan Stojanovski" (mk/sr/hr/bs "for"); "Kontakti Arlinda Bexheti", "contact Ana Leka",
    # "Kontaktperson …", "kontakt osoba …": the person the shop calls; only a capital after
    # them ("Kontakti: mësuesja Shpresa …" leaves the title to its own label)
    r"(?:za|kontakti|kontakt|contact|contact person|kontaktperson|kontakt osoba|kontakt lice|"
    r"kontaktues|kontaktuese|ansprechpartner|ansprechpartnerin|persona di contatto|referente|"
    # "Sender James Whitfield", "Dërguesi: Ilir …": the sender who gives a name for the waybill
    r"sender|dërguesi|derguesi|dërguesja|derguesja|absender|absenderin|mittente)"
    # "kontakti im Besnik Ademi": the contact, "mine", before the name
    r"(?:\s+(?:im|jem|ime|jonë|jone|yne|ynë))?"
    # where the contact person is: "Kontakt në kantier Agim …", "contact on site Mark …",
    # "Kontakt vor Ort Jonas …" (one or two lower-case words after a place preposition)
    r"(?:\s+(?:ne|në|n|te|tek|on|at|in|im|am|vor|sul|in)(?:\s+(?-i:[a-zëç]+)){1,2})?"
    r"(?=\s*[:\-]?\s+(?-i:[A-ZÇËÜÖÄŠŽĆĐ]))|"
    r"destinatario|empfänger|c/o|"
    r"ne emer te|në emër të|n emer te|n emër të|n'emer te|n'emër të|na emer|"
    # "Me emër të Valmira …": "with the name of", as "në emër të" (a name printed on goods is
    # "me emrin …", left out above)
    r"me emer te|me emër të|me emer të|me emër te|"
    # "faktura n emer Fitore …", "porosia ne emrin tim Teuta …": the order's own name
    r"(?:ne|në|n|n')\s?(?:emer|emër|emrin)(?:\s+(?:tim|tem|jem))?|"
    # a booking held in someone's name: "prenotazione a nome di …", "booking under …",
    # "reserviert auf den Namen …" (not "me emrin …": a name printed on goods)
    r"a nome di|in nome di|intestat[oa] a|(?:booking|booked|reservation|reserved) under|"
    # "rezervimi me emrin Elona …": the booking's name (a booking holds no printed goods)
    r"(?:rezervimi|rezervim|rezervoni|rezervoje|rezervo) me em[eë]?r(?:in)?|"
    r"under the name(?: of)?|auf den namen(?: von)?)\s*[:\-]?\s+)" + _TITLE + _NAME,
    re.IGNORECASE,
)
# "book it under Teuta Morina", "Buchung auf Julia Brenner", "shkruje Nexhat Hoti", "Jas sum
# Bujar Rexhepi", "edhe unë Lorena Pema": the name the order is written under, or the writer's
_NAME_INTROS = re.compile(
    r"(?<![\w'’])(?:"
    + "|".join(re.escape(w) for w in sorted(word_list("name_intros"), key=len, reverse=True))
    + r")\s*[:\-]?\s+"
    + _TITLE
    + _NAME,
    re.IGNORECASE,
)
# a relative named for the parcel: "to my brother Gent Xhafa", "per mia zia Liri Gega", "an
# meinen Vater Fatmir Basha", "te motra ime Ana" (a relative to call, "chiamate mio cugino
# Ardit", is only a contact); run only when a word of kinship is in the text
_RELATIVE = re.compile(
    r"(?:\b(?:"
    r"(?:(?:to|for|per|për|für|fur|an|a)\s+)(?:my|our)\s+(?:brother|sister|mother|mum|mom|"
    r"father|dad|son|daughter|cousin|aunt|uncle|friend|wife|husband|grandma|grandmother|grandpa|"
    r"grandfather|niece|nephew|sister-in-law|brother-in-law|mother-in-law|father-in-law|"
    r"grandson|granddaughter|neighbour|neighbor|colleague)|"
    # "his mom is Anila Meta", "seine Mutter ist …", "sua madre è …": the relative who takes it
    r"(?:his|her|their)\s+(?:mom|mum|mother|dad|father|aunt|uncle|grandma|grandmother|grandpa|"
    r"grandfather)\s+is|"
    r"(?:seine|ihre)\s+(?:mutter|mama|tante|oma)\s+ist|(?:sein|ihr)\s+(?:vater|papa|onkel|opa)\s+ist|"
    r"(?:sua|la\s+sua)\s+(?:madre|mamma|zia|nonna)\s+è|(?:suo|il\s+suo)\s+(?:padre|papà|zio|nonno)\s+è|"
    r"(?:(?:per|a)\s+)(?:mio|mia)\s+(?:fratello|sorella|madre|mamma|padre|papà|papa|figlio|"
    r"figlia|cugino|cugina|zia|zio|amica|amico|moglie|marito|nonna|nonno|cognata|cognato|"
    r"suocera|suocero|nipote|nuora|genero|vicina|vicino|collega)|"
    r"(?:(?:für|fur|an|zu)\s+)(?:meinem|meinen|meiner|meine|mein)\s+(?:bruder|schwester|mutter|"
    r"mama|vater|papa|sohn|tochter|cousine|cousin|tante|onkel|frau|mann|oma|opa|freundin|freund|"
    r"schwägerin|schwagerin|schwager|schwiegermutter|schwiegervater|schwiegertochter|"
    r"schwiegersohn|nichte|neffe|enkel|enkelin|nachbarin|nachbar|kollegin|kollege)|"
    r"(?:(?:per|për|te|tek)\s+)?(?:vellait|vëllait|motres|motrës|nenes|nënës|nanes|babait|djalit|"
    r"vajzes|vajzës|kushririt|kushëririt|kushrires|tezes|tezës|dajes|dajës|xhaxhait|gjyshes|"
    r"gjyshës|shoqes|shoqës|shokut|burrit|gruas|kunates|kunatës|kunatit|vjehrres|vjehrrës|"
    r"vjehrrit|mbeses|mbesës|nipit|fqinjit|fqinjes|fqinjës|halles|hallës|emtes|emtës|nuses|"
    r"dhendrit|dhëndrit)(?:\s+(?:tim|time|sime|tem|tone))?|"
    # "për vëllain tim Fatmir …": the relative in the accusative after "për"
    r"(?:(?:per|për)\s+)(?:vellain|vëllain|motren|motrën|nenen|nënën|nanen|nanën|babain|djalin|"
    r"vajzen|vajzën|kushririn|kushëririn|kushriren|kushërirën|tezen|tezën|dajen|dajën|"
    r"xhaxhain|gjyshen|gjyshën|gjyshin|shoqen|shoqën|shokun|burrin|gruan|hallen|hallën|emten|"
    r"emtën|nusen|dhendrin|dhëndrin)"
    r"(?:\s+(?:tim|time|tem|teme|tone|tonë))?|"
    # Gheg "te vllau Ardian …", "te babi Agim …": at the relative's place
    r"(?:(?:te|tek)\s+)(?:motra|vellai|vëllai|vllai|vllau|vëllau|vellau|babi|baba|nena|nëna|"
    r"nana|babai|djali|vajza|gjyshja|gjyshi|"
    r"tezja|daja|xhaxhai|kushëriri|kushriri|kushërira|kushrira|shoqja|shoku|burri|gruaja|"
    r"kunata|kunati|vjehrra|vjehrri|mbesa|nipi|halla|emta|nusja|dhendri|dhëndri)"
    r"(?:\s+(?:im|ime|jem|jeme))?|"
    r"(?:motra|vellai|vëllai|nena|nëna|nana|babai|djali|vajza|gjyshja|gjyshi|tezja|daja|"
    r"xhaxhai|kushëriri|kushriri|kushërira|kushrira|shoqja|shoku|burri|gruaja|halla|emta|"
    # the familiar forms with "my": "Babi im Fatmir …", "nana jeme Hava …", "vllau jem …"
    r"babi|baba|mami|mama|nana|nanë|vllau|vllai|vëllau|vellau)\s+"
    r"(?:im|ime|jem|jeme)|"
    # "My father Isa Kelmendi, village …", "Mia mamma Drita Meta, tel …", "Nome di mio padre
    # …": written from abroad, the parent or relative named at the head of the details
    r"(?<![\w-])(?:my|our)\s+(?:brother|sister|mother|mum|mom|father|dad|son|daughter|grandma|"
    r"grandmother|grandpa|grandfather|wife|husband|aunt|uncle|cousin|niece|nephew)|"
    r"(?<![\w-])(?:nome\s+di\s+)?(?:mio|mia)\s+(?:fratello|sorella|madre|mamma|padre|papà|papa|"
    r"figlio|figlia|nonna|nonno|zia|zio|moglie|marito)|"
    # "Gjyshi Rexhë Morina, fsh. …": the relative named at the head of the details (not
    # "Nëna Terezë", a street's name, nor "jam djali Arber", the writer)
    r"(?<!jam )(?<!jom )(?:motra|vellai|vëllai|babai|djali|vajza|gjyshja|gjyshi|tezja|daja|xhaxhai|"
    r"kushëriri|kushriri|kushërira|kushrira|burri|gruaja|"
    # the Gheg and familiar forms: "vllau Ilir …", "mama Hava …", "nana Fatime …", "babi Rexhep"
    r"vllau|vllai|vëllau|vellau|mama|mamaja|nana|nanë|babi|gjyshe|gjysh|halla|emta|"
    r"dajë|xhaxha|hallë|teze|tezë|kunata|kunati|nusja|dhëndri|dhendri))\s*[:\-]?\s+)"
    + _TITLE
    + _NAME,
    re.IGNORECASE,
)
# words of kinship (English): one in the text lets _RELATIVE look for a relative named for the
# parcel; contact reads "at my mum's" as whose home the address is by them
KIN = frozenset(word_list("kin_words"))
_THANKS = re.compile(
    r"\b(?:faleminderit|flm|rrofsh|grazie|thanks|thank you|thx|danke|merci|ju faleminderit|"
    r"perfetto|ok|mire|në rregull|ne rregull|rregull|"
    # the merchant greets the customer by name: "Përshëndetje Ervin", "Hi Sarah"
    r"pershendetje|përshëndetje|miredita|mirëdita|mirembrema|mirëmbrëma|hi|hello|hallo|ciao|"
    r"hey|dear|zdravo)"
    r",?\s+([A-ZÇËÜÖÄŠŽĆ][\w'’ëç-]+)",
    re.IGNORECASE,
)
# "Mirë jemi 😊 Ervin, ta dërgojmë …": a known given name opening a sentence, then a comma
_VOCATIVE = re.compile(r"(?:^|[.!?]\s+|[^\w\s,.!?'’\"]\s*)([A-ZÇË][a-zçë]{2,}),\s")
# words that are never a name: "Mirëdita, a e keni …" does not sign the message, nor does
# a one-word yes ("Gut.", "Perfetto.", "Dobro.")
NOT_NAME = (
    word_set("not_name")
    | word_set("greetings")
    | frozenset(fold(w) for w in load("intents.json")["agree"] if " " not in w)
    | word_set("school_grades")  # "sie kommt in die 1. Klasse"
    | word_set("additive")  # "Dazu Kurzhanteln", "Noch Servietten": "also" and the goods
    | frozenset(["und", "and", "oder", "or", "e", "oppure"])
)


# size letters answered alone ("M, dy copë") are never a name
_SIZE_LETTERS = frozenset(s.lower() for s in SIZE_LETTERS)
# feasts said after "për / for" ("Për Kurban Bajram du me porosit …"): an occasion, not a person
# (a single word that is also a given name, "Bajram", stays a name)
_OCCASIONS = frozenset(
    ["kurban", "ramazan", "bajram", "bayram", "bajrami", "krishtlindje", "krishtlindjet"]
    + ["pashke", "pashket", "pashkeve", "novruz", "nevruz", "bozhiq", "bozhik", "shen"]
    + ["valentin", "valentinit", "vitit", "ri", "natale", "pasqua", "weihnachten", "ostern"]
    + ["christmas", "easter", "eid", "fitr", "adha"]
)


def plausible_name(text: str) -> bool:
    parts = text.split()
    if not 1 <= len(parts) <= 3:
        return False
    if len(parts) == 1 and (
        len(fold(parts[0]).strip(".,:;!?'’")) < 2 or fold(parts[0]) in _SIZE_LETTERS
    ):
        return False
    lex = lexicon()
    named = known_given(parts[0].strip(".,:;!?'’"))
    if (len(parts) > 1 or not named) and all(
        fold(p.strip(".,:;!?'’")) in _OCCASIONS for p in parts
    ):
        return False  # "Kurban Bajram", "Krishtlindje": a feast
    for k, p in enumerate(parts):
        f = fold(p.strip(".,:;!?'’"))
        if not p[:1].isupper() or f in NOT_NAME or any(c.isdigit() for c in p):
            return False
        if f in lex.numbers:
            return False
        if f in lex.street_words and not (named and k == len(parts) - 1 and k > 0):
            return False  # "Dorina Sheshi": a family name that is a street word
        if lex.concept(f) is not None and not named:
            # "Bianchi", "Kuqi" are family names after a given name; a known given name that is
            # also a lexicon word ("Shqipe", "Granit") is a name
            return False
    return True


def lower_name(text: str) -> bool:
    """Two lower-case words that could only be a name: no lexicon word among them."""
    lex = lexicon()
    parts = text.split()
    for p in parts:
        f = fold(p)
        if (
            not f.isalpha()
            or len(f) < 3
            or f in NOT_NAME
            or f in lex.street_words
            or f in lex.numbers
        ):
            return False
        if lex.concept(f) is not None or any(ps.find([f]) for ps in lex.intents.values()):
            return False
        if f in word_set("stopwords"):
            return False
    return True


def known_given(word: str) -> bool:
    return fold(word) in lexicon().given_names


def _given_of_dative(word: str) -> str | None:
    """ "Besnikut", "Artës", "Ilirit": a known given name with an Albanian case ending; the name."""
    for ending in ("ut", "it", "es", "ës", "s"):
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= 3 and known_given(base):
            return base
    for ending in ("es", "ës", "s"):
        base = word[: -len(ending)] + "a"  # "Artës" → "Arta"
        if word.endswith(ending) and len(base) >= 3 and known_given(base):
            return base
    return None


def _given_of_accusative(word: str) -> str | None:
    """ "Klodianin", "Besnikun", "Artën": a known given name in the definite accusative; the
    name."""
    for ending, tail in (("in", ""), ("un", ""), ("ën", "a"), ("en", "a")):
        base = word[: -len(ending)] + tail
        if word.endswith(ending) and len(base) >= 3 and known_given(base):
            return base
    return None


# "Ina Bregu jam", "Arta Hoxha jom": the name before a postposed "I am"
_NAME_THEN_JAM = re.compile(
    r"(?<![\w'’])([A-ZÇËÜÖÄŠŽĆ][\w'’ëç-]+\s+[A-ZÇËÜÖÄŠŽĆ][\w'’ëç-]+)\s+(?:jam|jom|po jam)\b"
)
_GIVEN_THEN_JAM = re.compile(
    r"(?<![\w'’])([A-ZÇËÜÖÄŠŽĆ][\w'’ëç-]{2,20})\s+(?:jam|jom)\b(?=\s*(?:[,.;!\n]|$))"
)
# "Arta Morina o emri i saj", "Arta Morina është emri", "Arta Morina is her name": the name
# said before the words that label it
_NAME_THEN_LABEL = re.compile(
    r"(?<![\w'’])([A-ZÇËÜÖÄŠŽĆ][\w'’ëç-]+\s+[A-ZÇËÜÖÄŠŽĆ][\w'’ëç-]+),?\s+"
    r"(?i:(?:o|osht|asht|âsht|është|eshte|e)\s+emri|(?:o|osht|asht|âsht)\s+emni|"
    r"(?:is|it's)\s+(?:her|his|my|the)\s+name|è\s+il\s+(?:suo|mio)\s+nome|"
    r"ist\s+(?:ihr|sein|mein)\s+name)\b"
)


# "sono la figlia di Ramiz Koçi", "I'm the son of …": the parent the writer orders for
_CHILD_OF = re.compile(
    r"\b(?:(?:la\s+)?(?:figlia|figlio|nipote)\s+di|(?:the\s+)?(?:daughter|son|grandson|"
    r"granddaughter)\s+of|(?:die\s+)?(?:tochter|enkelin)\s+von|(?:der\s+)?(?:sohn|enkel)\s+von)"
    r"\s+" + _NAME,
    re.IGNORECASE,
)


# "I merr Arta Leka", "e pranon Ben Gashi", "ia dorëzoni Ilir Hoxhës": the person who receives
# the parcel, named after the verb (the name's capitals are required: the verb is common)
_RECEIVES = re.compile(
    r"(?<![\w'’])(?:[IiEe] (?:merr|pranon|merr n[eë] dor[eë])|(?:ia|ja) (?:dorezoni|dorëzoni|"
    r"jepni|lini))\s*:?\s+" + _TITLE + _NAME
)


# "thuaj Gjon Marku", "pyetni për infermieren Ana Leka", "ask for nurse Ana Leka", "chiedete di
# Ana Leka", "fragen Sie nach Ana Leka": the person the courier asks for at the door, after the
# verb of telling or asking and at most one lower-case word (a trade or a kinship)
_ASK_FOR = re.compile(
    r"(?<![\w'’])(?i:thuaj|thuj|thoni|thuani|thueni|pyet(?:ni)? p[eë]r|pyes(?:ni)? p[eë]r|"
    r"k[eë]rko(?:ni)?|"
    r"(?:ask|call) for|tell|chiedete di|chiedi di|chiedete (?:per|a)|cercate|fragen sie nach|"
    # "kontaktoni vëllain tim Arianit Memeti": the person the shop is to contact
    r"kontaktoni|kontaktojeni|kontaktoje|"
    r"fragt nach|frag nach)\s*:?\s+(?:[a-zëç]+\s+){0,2}(?i:" + _TITLE + ")" + _NAME
)


# "dërgojeni te Arlind Memeti, …", "qoje tek Besa Krasniqi": the person the parcel is sent to,
# after a verb of sending and "te / tek" (at someone's)
_SEND_TO = re.compile(
    r"(?<![\w'’])(?i:d[eë]rgo(?:je|jeni|ni|jini)?|qo(?:je|jeni|ni)?|[cç]o(?:je|jeni|ni)|"
    r"sill(?:e|ni)?|sjell(?:ni)?|nis(?:e|ni|eni)?)\s+(?i:te|tek)\s+" + _NAME
)
_SEND_TO_WORDS = any_of("rgo", "qo", "co", "ço", "sill", "sjell", "nis")


# a word each match of these holds: _CHILD_OF and _ASK_FOR read case-blind (an ASCII text's
# lower case), _RECEIVES as written
_CHILD_OF_WORDS = any_of("figli", "nipote", "daughter", "son", "tochter", "enkel", "sohn")
_RECEIVES_WORDS = any_of("merr", "pranon", "dorezoni", "dorëzoni", "jepni", "lini")
_ASK_FOR_WORDS = any_of(
    "thu", "tho", "pyet", "pyes", "rko", "for", "tell", "chied", "cercate", "frag", "kontakto"
)
# a word each match of _INTRO holds, read case-blind as _CHILD_OF_WORDS is (an ASCII text's
# lower case): a piece of every intro word the regex lists ("emri" in "emrin" and "kam emrin",
# "name" in "my name is" and "namen:", "verwalter" in "an den Hausverwalter", "sender" in
# "Absender"); the short words ("për", "for", "an", "to", "za") only as whole words, as the
# regex reads them (a word boundary before, a space, ":" or "-" after). Keep it in step with
# _INTRO: a new intro word needs its piece here (test_session23_speed_contact.py checks each)
_INTRO_WORDS = re.compile(
    "|".join(
        re.escape(w)
        for w in (
            *("jam", "jom", "kontakt", "contact", "emri", "emni", "emrat", "emer", "emër"),
            *("name", "nome", "nomi", "chiama", "chiamo", "sono", "heiss", "heiß", "quhe"),
            *("thirret", "called", "trajner", "mesues", "mësues", "doktor", "coach", "trainer"),
            *("teacher", "lehrer", "insegnante", "maestr", "verwalter", "hauswart", "caretaker"),
            *("concierge", "custode", "portinaio", "kujdestar", "administrator", "i'm", "i’m"),
            *("i am", "this is", "ich bin", "recipient", "marresi", "marrësi", "ansprechpartner"),
            *("contatto", "referente", "sender", "dergues", "dërgues", "mittente", "c/o"),
            *("destinatario", "empfänger", "intestat", "under", "rezerv"),
        )
    )
    + r"|\b(?:per|për|for|für|an|to|za)\b"
)
# the same for _NAME_INTROS: one of its words ("under", "shkruani", "jas sum")
_NAME_INTRO_WORDS = any_of(*(w.lower() for w in word_list("name_intros")))


# "Furra Kujtimi (Kujtim Alimadhi)": the person behind a business name, in brackets
_BRACKETED = re.compile(r"\(\s*" + _NAME + r"\s*\)")


# ", Besnik" closing the text or its line: a given name after a family name and a comma
_INVERTED = re.compile(r",[ \t]{0,3}([A-ZÇË][a-zçëüöäß]{1,20})[ \t]*(?:$|[.!\n])", re.MULTILINE)
_WORD = re.compile(r"\w+")


# "me emrin e Dr. Elona …", "with the name of Mrs. …": a name printed on goods is no person
# ("me emrin Arta"), but one that carries a title is the person the parcel is for
_TITLED_NAME = re.compile(
    r"\b(?:me emrin|me emër|me emer|with the name(?: of)?|col nome(?: di| del| della)?|"
    r"mit dem namen(?: von)?)\s+(?:e\s+|të\s+|te\s+|t['’]\s*)?"
    r"(?:dr|prof|ing|av|mr|mrs|ms|herr|frau|sig|sig\.ra|dott|dott\.ssa|z|znj|zj)\.?\s+" + _NAME,
    re.IGNORECASE,
)


# the labels that name the field itself ("Name:", "emri", "nome"), not "for" or "I am"
_NAME_LABELS = word_set("name_labels")
# the name typed, then straight the phone number (or nothing)
_THEN_NUMBER = re.compile(r"\s*[,;]?\s*(?:\+|\d|$)")


# "…, Töss. Me emrin Albulena Rama. Numri …": "with the name" opening a sentence, a full name
# after it, is the order's name (a name printed on goods follows the goods: "tortë me emrin …")
_SENTENCE_NAME = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?i:me\s+em(?:rin|ër|er)(?:\s+t[eë])?)\s*[:\-]?\s+" + _NAME
)


def intro_names(text: str) -> list[tuple[int, int, str, float]]:
    """Introduced names with a score: (start, end, name, score)."""
    out = []
    for m in _SENTENCE_NAME.finditer(text) if "me em" in text.lower() else ():
        name = m.group(1)
        if len(name.split()) >= 2 and plausible_name(name) and not find_cities(tokenize(name)):
            out.append((m.start(1), m.end(1), name, 4.0))
    for m in _TITLED_NAME.finditer(text):
        name = m.group(1)
        if plausible_name(name) and not find_cities(tokenize(name)):
            out.append((m.start(1), m.end(1), name, 4.0))
    for m in _BRACKETED.finditer(text) if "(" in text else ():
        name = m.group(1)
        if len(name.split()) >= 2 and known_given(name.split()[0]) and plausible_name(name):
            out.append((m.start(1), m.end(1), name, 3.0))
    for m in _NAME_THEN_JAM.finditer(text) if ("jam" in text or "jom" in text) else ():
        name = m.group(1)
        if plausible_name(name) and not find_cities(tokenize(name)):
            out.append((m.start(1), m.end(1), name, 3.5))
    for m in _GIVEN_THEN_JAM.finditer(text) if ("jam" in text or "jom" in text) else ():
        # "…, Kushtrimi jam, 045 …": a given name alone (or in its definite form) then "jam"
        name = m.group(1)
        base = name[:-1] if name[-1:] in ("i", "a") else name
        if known_given(name) or (len(base) >= 3 and known_given(base)):
            out.append((m.start(1), m.end(1), name, 3.0))
    low = text.lower()
    for m in _NAME_THEN_LABEL.finditer(text) if "em" in low or "nam" in low or "nom" in low else ():
        name = m.group(1)
        if plausible_name(name) and not find_cities(tokenize(name)):
            out.append((m.start(1), m.end(1), name, 4.5))
    # the regexes below run only where their leading words can be (an ASCII text, lower-cased,
    # holds them exactly as the case-blind regex reads them; any other text is searched)
    ascii_low = text.lower() if text.isascii() else None
    for m in (
        _CHILD_OF.finditer(text) if ascii_low is None or _CHILD_OF_WORDS.search(ascii_low) else ()
    ):
        name = m.group(1)
        if len(name.split()) >= 2 and plausible_name(name):
            out.append((m.start(1), m.end(1), name, 2.5))
    for m in _RECEIVES.finditer(text) if _RECEIVES_WORDS.search(text) else ():
        name = m.group(1)
        if len(name.split()) >= 2 and plausible_name(name) and not find_cities(tokenize(name)):
            out.append((m.start(1), m.end(1), name, 4.5))
        elif len(name.split()) == 1:
            # "ia lini Besnikut në recepsion": a given name alone, in the dative
            base = _given_of_dative(name)
            if base is not None:
                out.append((m.start(1), m.start(1) + len(base), base, 2.0))
    for m in (
        _ASK_FOR.finditer(text) if ascii_low is None or _ASK_FOR_WORDS.search(ascii_low) else ()
    ):
        name = m.group(1)
        if (
            len(name.split()) >= 2
            and name[:1].isupper()
            and plausible_name(name)
            and not find_cities(tokenize(name))
        ):
            out.append((m.start(1), m.end(1), name, 4.5))
        elif len(name.split()) == 1:
            # "pyesni për Klodianin", "kërkoni Artën": a given name alone, in the accusative
            base = _given_of_accusative(name)
            if base is not None:
                out.append((m.start(1), m.start(1) + len(base), base, 2.0))
    for m in (
        _SEND_TO.finditer(text) if ascii_low is None or _SEND_TO_WORDS.search(ascii_low) else ()
    ):
        words = m.group(1).split()
        while len(words) > 2 and not plausible_name(" ".join(words)):
            words = words[:-1]
        name = " ".join(words)
        if (
            len(words) >= 2
            and known_given(words[0])
            and plausible_name(name)
            and not find_cities(tokenize(name))
        ):
            out.append((m.start(1), m.start(1) + len(name), name, 4.0))
    lowered = text.lower()
    matches = (
        list(_INTRO.finditer(text)) if ascii_low is None or _INTRO_WORDS.search(ascii_low) else []
    )
    matches += [
        m
        for m in (
            _NAME_INTROS.finditer(text)
            if ascii_low is None or _NAME_INTRO_WORDS.search(ascii_low)
            else ()
        )
        if m.group(1)[:1].isupper()
    ]
    kin: list[re.Match[str]] = []
    if not KIN.isdisjoint(_WORD.findall(lowered)):
        kin = list(_RELATIVE.finditer(text))
        matches = kin + matches
    for m in matches:
        name = m.group(1)
        # "Per Drita Rexhepi, 044..." / "Jam Arben Hoxha"; drop trailing words that are not names
        words = name.split()
        while words and not plausible_name(" ".join(words)):
            words = words[:-1]
        if len(words) == 3 and find_cities(tokenize(words[-1])):
            words = words[:-1]  # "une jom Bujar Kryeziu Herisau Kasernenstrasse 17": the town
        intro = fold(m.group(0).split()[0])
        typed = name.split()[:2]
        if (
            len(words) == 1
            and len(typed) == 2
            and intro.rstrip(":") in _NAME_LABELS
            and typed[1][:1].isupper()
            and typed[1].isalpha()
            and fold(typed[1]) not in NOT_NAME
            and fold(typed[1]) not in lexicon().street_words
            and _THEN_NUMBER.match(text, m.start(1) + len(" ".join(typed))) is not None
        ):
            # "Name: Katrin Vogel, +49 …": two capitalised words right after the name label,
            # closed by the number, are the name even when the second is also a lexicon word
            # ("vogël" is small)
            words = typed
        if (
            not words
            and intro not in _FOR_WORDS
            and len(typed) == 2
            and name.islower()
            and known_given(typed[0])
            and lower_name(" ".join(typed))
        ):
            # "une jam valon hasani numri …", "emri ilir dedja": a given name and a family name
            # typed in lower case after "I am / my name is"
            written = " ".join(typed)
            out.append((m.start(1), m.start(1) + len(written), written.title(), 3.0))
            continue
        if not words:
            continue
        score = 4.0 + (0.5 if len(words) > 1 else 0.0)
        if _ROLE_INTRO.match(m.group(0)):
            score = 1.0  # "jam noterja Ilda Shehu": a name when nothing better is said
        elif _OWN_NAME.search(m.group(0)[: m.start(1) - m.start()]):
            # "Fletëdërgesa në emrin tim Klea Duka, marrësi Blend …", "Sender James …, To: …":
            # the name the writer puts the order under beats the recipient named beside it
            score += 0.5
        towns = find_cities(tokenize(" ".join(words)), minor=False)
        if towns and towns[0].start == 0 and towns[0].end == len(words):
            continue  # "Adresa e nënës: Kumanovë, …": the town the label leads to, no name
        if (
            intro in _FOR_WORDS
            and not known_given(words[0])
            and _ASKED_AFTER.match(text, m.end(1)) is not None
        ):
            continue  # "a keni fshirëse për Fiat Punto?": what the goods are for, asked
        if (
            intro in ("per", "for", "to", "an", "für", "fur")
            and len(words) < 2
            and not known_given(words[0])
        ):
            # "per Drilona": an unknown single word after "for" is a name only when nothing
            # better is said (it may be an occasion or a place)
            name = words[0]
            after = text[m.start(1) + len(name) :].lstrip(" ")
            if (
                find_cities(tokenize(name))
                or lexicon().concept(fold(name))
                or fold(name) in lexicon().product_exact  # "gemahlen für Filter": goods
                or (after and after[0] not in ",.;:!\n")
            ):
                continue  # "per Samsung S23", "per Prishtine"
            score = 0.9
        name = " ".join(words)
        start = m.start(1)
        said = fold(text[m.start() : m.start(1)]).split()
        if len(words) == 1 and said[-1:] == ["te"] and not known_given(name):
            # "rezervoje ne emer te Gentit", "në emër të Artës": the given name in the genitive
            name = _given_of_dative(name) or name
        inverted = _INVERTED.match(text, start + len(name)) if len(words) == 1 else None
        if inverted is not None and known_given(inverted.group(1)) and not known_given(name):
            # "Name Kastrati, Besnik": the family name, a comma, then the given name
            out.append((start, inverted.end(1), f"{inverted.group(1)} {name}", score + 0.5))
            continue
        if (
            m in kin
            and fold(m.group(0).split()[0]) not in _TO_PERSON
            and _AND_ALSO.search(text, 0, m.start()) is not None
            and any(m2.end(1) <= m.start() for m2 in matches if m2 not in kin)
        ):
            # "emri em Leutrim Morina edhe nana Shpresa Morina": a relative named with "and"
            # after the writer's own name travels along; the writer is the customer
            score -= 1.0
        tail = [t.text for t in tokenize(text[start + len(name) : start + len(name) + 30])][:4]
        if has_intent("backup_number", tail):
            # "une jam Arlind Hasani nese ju duhet": the writer's own name, given in passing
            # after the recipient's details
            score = 1.5
        out.append((start, start + len(name), name, score))
    return out


_FOR_WORDS = frozenset(["per", "for", "to", "an", "für", "fur"])
# the writer's own name for the order: "në emrin tim", "sender", "dërguesi", "Absender"
_OWN_NAME = re.compile(
    r"\b(?:em(?:ë|e)?r(?:in)?\s+(?:tim|tem|jem)|sender|d(?:ë|e)rgues(?:i|ja)|absender(?:in)?|"
    r"mittente)\b",
    re.IGNORECASE,
)
# the words that name the person a parcel goes to, before a relative ("për motrën", "to my …")
_TO_PERSON = _FOR_WORDS | frozenset(["te", "tek", "a", "zu"])
# "… edhe nana …", "… and my mum …": "and" right before a relative named second
_AND_ALSO = re.compile(r"\b(?:edhe|dhe|and|und|e anche|anche)\s*$", re.IGNORECASE)


def intro_start(text: str, start: int) -> int:
    """Where the words introducing the name found at ``start`` begin ("… kati i dyte une jam
    valon hasani": at "une"), or ``start`` when none lead it."""
    for m in _INTRO.finditer(text, max(0, start - 40), start + 40):
        if m.start(1) == start:
            return m.start()
    # "rr. Bratstvo 31 vellai im Arbër Memeti e pret": the relative's kinship word (and its
    # possessive) before the name
    lead = tokenize(fold(text[max(0, start - 30) : start]))
    k = len(lead)
    if k and lead[k - 1].text in _MINE and k > 1 and lead[k - 2].text in KIN:
        k -= 2
    elif k and lead[k - 1].text in KIN:
        k -= 1
    if k < len(lead) and not text[max(0, start - 30) + lead[-1].end : start].strip():
        return max(0, start - 30) + lead[k].start
    return start


_MINE = word_set("possessive_before") | word_set("possessive_after")


_ASKED_AFTER = re.compile(r"[^,.;:!?\n]{0,40}\?")


@memoised_text  # asked for each merchant message twice: its words and its thanks (memo.py)
def _thanked_words(text: str) -> tuple[str, ...]:
    """The word after each thanks or greeting in ``text`` (``_THANKS``), in order."""
    return tuple(m.group(1) for m in _THANKS.finditer(text))


def addressed_words(text: str) -> set[str]:
    """The (folded) words the merchant thanks or greets the customer by, also those that are
    lexicon words ("Grazie Bianca!": a name that is also a colour)."""
    return {fold(w) for w in _thanked_words(text)} - NOT_NAME


def thanked_names(text: str) -> list[str]:
    """The names the merchant thanks, greets or addresses the customer by."""
    found = [w for w in _thanked_words(text) if plausible_name(w)]
    # "Mirëdita zonja Drita!", "Një numër, zoti Gjon?": a known given name after a title
    titled = [
        m.group(2)
        for m in (_HONORIFIC.finditer(text) if _HONORIFIC_WORDS.search(fold(text)) else ())
        if fold(m.group(1)) in _HONORIFICS and known_given(m.group(2))
    ]
    vocative = [m.group(1) for m in _VOCATIVE.finditer(text) if known_given(m.group(1))]
    return found + titled + vocative


_HONORIFICS = word_set("honorifics")
# one search for them all: a title the regex takes is folded one character for one (fold), so
# the folded text holds it; a text that holds none is not searched for a title and a name
_HONORIFIC_WORDS = any_of(*_HONORIFICS)
_HONORIFIC = re.compile(r"(?<![\w'’])([^\W\d_]+)\.?\s+([A-ZÇËÜÖÄŠŽĆ][\w'’ëç-]+)")
