"""Mentions to entities: typing, titles, agencies, capitals, sources, and name clustering.

spaCy's NER proposes spans; these rules decide what each span is in our
ontology (a state, a place, a cited outlet, an organisation, a person) and
which mentions name the same actor ("Lt. Gen. Vladimir X", "X"; "Rapid
Support Forces", "RSF"). Pronouns and descriptions ("the general") are
linked afterwards by ``coref``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span

from newsgraph.schema import entity_id, fold

from . import entity_types, gazetteer as gz
from .dates import MONTHS, WEEKDAYS
from .entity_names import ACRONYM, acronyms, described_units, named_as_body, party_name, ruled_by
from .modality import doc_text
from .nlp import TokenTable, table_of
from .table_components import positions_by_value

_SOURCE_VERBS = {"report", "cite", "quote", "publish", "tell", "broadcast"}
# Nouns right after a name that make the name an organisation ("Wagner boss", "M23 rebel group").
_ORG_CUES = {"boss", "group", "company", "mercenaries", "mercenary", "militia", "forces", "party", "movement",
             "agency", "ministry", "service", "fighters", "army", "rebels", "rebel", "chief", "leader",
             "founder", "spokesman", "commander", "militants", "guerrillas", "troops", "members"}
# Prepositions after which a capital is a place, not its state ("in Moscow", "near Kyiv").
_LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "into", "from", "to", "through",
             "toward", "towards", "over", "on", "onto", "within", "beyond", "via"}
# Verbs whose "at"/"to" object is someone addressed, not a place.
_ADDRESS_VERBS = {"point", "turn", "appeal", "lash", "look", "aim", "direct", "reach", "hit", "swing"}
# Nouns of which a capital is a part ("Beirut's southern suburbs").
_PLACE_PARTS = {"suburb", "suburbs", "outskirts", "centre", "center", "streets", "airport", "area", "region",
                "district", "skies", "residents", "mayor", "hospital", "street", "square", "neighbourhood",
                "neighborhood", "city", "metro", "port", "province", "embassy", "university"}
_STOP = {"of", "the", "for", "and", "de", "du", "la", "al", "in", "on", "wal", "wa", "el", "ul", "fi", "li", "des", "et"}
_PARTICLES = ("al-", "el-", "Al-", "El-")


@dataclass
class Mention:
    """One typed mention: where it is, what it is, and the name and titles read from it."""

    start: int
    end: int
    type: str
    name: str
    surface: str
    titles: list[str] = field(default_factory=list)
    kind: str | None = None
    alias: str | None = None  # an extra name for the entity (a capital standing for its state)


# classification -----------------------------------------------------------------
# Lower-case kind words the NER may take into a body's name ("the ruling ZANU-PF party"): not part of it.
_TRAILING_KINDS = {"party", "group", "movement", "militia", "gang", "cartel", "network", "faction"}


@lru_cache(maxsize=1 << 14)
def _clean(text: str) -> str:
    """A mention's text without its possessive, leading "the" and edge punctuation (memoised: a pure
    function of the string, asked for every mention several times)."""
    text = text.strip()
    for suffix in ("'s", "’s", "'"):
        text = text.removesuffix(suffix)
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip(" ,.;:\"“”")


def _is_source_context(span) -> bool:
    """"X reports", "according to X", "told X", "X reported that…"."""
    root, head = span.root, span.root.head
    if root.dep_ == "nsubj" and head.lemma_ in _SOURCE_VERBS:
        return True
    if root.dep_ in ("dobj", "dative") and head.lemma_ == "tell":
        return True
    if root.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and span.doc[head.i - 1].lower_ == "according":
        return True
    return False


_OUTLET_NOUNS = {"broadcaster", "newspaper", "daily", "outlet", "tabloid", "magazine", "weekly", "website",
                 "channel", "portal", "television", "radio", "tv", "site", "journal", "paper"}
_OUTLET_AFTER = {"television", "tv", "radio", "newspaper", "daily", "broadcaster", "magazine", "weekly"}
_OUTLET_WORDS = {"news", "radio", "television", "tv", "broadcasting", "press", "gazette", "times", "herald",
                 "tribune", "journal", "post", "insight", "monitor", "star", "inquirer", "observer", "chronicle",
                 "courier", "mail", "telegraph", "express", "mirror", "standard", "daily", "weekly", "dispatch",
                 "globe", "télé", "tele", "folha", "jornal", "diario", "diário", "noticias", "notícias", "gazeta",
                 "hora", "correio", "presse", "zeitung", "kurier", "novosti", "vesti", "corporation", "nación",
                 "nacion", "tiempo", "mundo", "país", "pais", "prensa", "universal", "sanomat", "channel",
                 "reporteros", "guardian", "bulletin", "gleaner", "sentinel", "examiner", "statesman", "today"}
# words newspaper and broadcaster names are made of (also in the languages of the places they serve)


_APPOSED_OUTLETS = _OUTLET_NOUNS | {"agency", "network"}  # "X, an independent news site, …"
_MEDIA_WORDS = {"news", "tv", "television", "radio"}
_NAME_SPLIT = re.compile(r"[\s/]+")


def _outlet_after(doc, end: int) -> bool:
    """A lower-case outlet word right after a name ("al-Manar television", "the Lusa news agency")."""
    nxt = doc[end]
    low = nxt.lower_  # ("news agency" can only start with the word "news": slice the two words only then)
    return (low in _OUTLET_AFTER or low == "news" and doc[end:end + 2].text.lower() == "news agency") \
        and nxt.text[:1].islower()


def _unknown_outlet(span, text: str) -> bool:
    """An outlet not in the gazetteer, read from how it is cited: "the state broadcaster X",
    "the news agency X", "X reported." (no object), "according to X", "told X" (a news-like name)."""
    doc = span.doc
    # (asked of every name: the cues are read from the doc's table, spaCy's Tokens only past them)
    table = table_of(doc)
    start, end, n = span.start, span.end, len(doc)
    ri = table.root(start, end)
    hi = table.heads[ri]
    root, head = table.tokens[ri], table.tokens[hi]
    prev = table.tokens[start - 1] if start > 0 else None
    deps, lemmas, lowers, kids = table.deps, table.lemmas, table.lowers, table.children
    rdep, hlemma, hlower = deps[ri], lemmas[hi], lowers[hi]
    cue = None
    if any(deps[c] == "appos" and lemmas[c] in _APPOSED_OUTLETS and (lemmas[c] in _OUTLET_AFTER or any(
            lowers[g] == "news" or lemmas[g] in _OUTLET_NOUNS for g in kids[c])) for c in kids[ri]):
        # ("X, the Haitian daily, reported": the noun alone says outlet)
        cue = "apposed"  # "Kaktus Media, an independent news site in Bishkek, reported"
    elif prev is not None and table.texts[start - 1][:1].islower() and (
            lowers[start - 1] in _OUTLET_NOUNS or (lowers[start - 1] == "agency" and lowers[start - 2] == "news")
            or (lowers[start - 1] == "station" and lowers[start - 2] in ("television", "radio", "tv"))):
        cue = "noun"
    elif end < n and _outlet_after(doc, end):
        cue = "after"  # "al-Manar television reported", "the Lusa news agency"
    elif {w.lower() for w in _NAME_SPLIT.split(text)} & _MEDIA_WORDS and \
            span.label_ in ("ORG", "WORK_OF_ART", "PRODUCT"):
        cue = "after"  # "Geo News", "the Korean Central News Agency", "Xinhua news agency": media by name
    elif rdep == "nsubj" and hlemma in ("report", "publish") and hi == end \
            and prev is not None and prev.text == "," and hi + 1 < n \
            and doc[hi + 1].is_punct and doc[hi + 1].text != ",":
        return not (gz.lookup_agency(text) or gz.lookup_country(text) or gz.capital_country(text))  # ", X reported."
    elif rdep == "nsubj" and hlemma in ("report", "broadcast", "publish") and hi >= end:
        cue = "reported"
    elif rdep == "nsubj" and hlemma == "say" and hi >= end and any(
            c.dep_ in ("advcl", "acl") and c.lower_ == "citing" for c in (*root.children, *head.children)):
        cue = "citing"  # "The Globe and Mail, citing two sources familiar with the inquiry, said …" (a news-like
        # name: not "the Vietnam Fisheries Society said, citing survivors' accounts")
    elif rdep == "pobj" and hlower == "to" and hi > 0 and doc[hi - 1].lower_ == "according":
        cue = "according"
    elif rdep in ("dobj", "dative") and hlemma == "tell":
        cue = "told"
    elif rdep == "conj" and head.ent_type_ and gz.lookup_outlet(head.text):
        cue = "told"  # "sent by Reuters and the Taipei Times": beside a known outlet, a news-like name
    elif rdep == "pobj" and (hlower == "to" and head.head.lemma_ in ("speak", "talk", "describe", "confirm", "explain")
                             or hlower == "with" and head.head.lemma_ == "interview"):
        cue = "told"  # "survivors who spoke to the Daily Monitor", "in an interview with X"
    elif rdep == "pobj" and hlower == "by" and head.head.lemma_ == "publish":
        cue = "published"  # "messages published by the New Zealand Herald" (a newspaper's name says so)
    elif rdep == "pobj" and hlower == "by" and head.head.lemma_ in ("quote", "cite", "interview", "reach", "see",
                                                                    "obtain", "review"):
        cue = "quoted"  # "sources quoted by Jeune Afrique", "reached by telephone by VOA Somali", "a document
        # seen by X"

    if cue is None or gz.lookup_agency(text) or gz.lookup_country(text) or gz.capital_country(text) \
            or gz.demonym_country(text):
        return False  # "the Dominican newspaper X": the demonym is no outlet
    if cue in ("quoted", "according", "told", "reported") and _says_body(text, root):
        return False  # "interviewed by the Financial Crimes Commission", "according to the X (ACR), the police unit"
    if cue == "quoted" or cue == "apposed" and span.label_ == "PERSON" and any(
            c.dep_ == "appos" and c.lemma_ in _OUTLET_AFTER for c in root.children):
        return True  # ("Les Dépêches de Brazzaville, a newspaper close to the government": tagged as a person)
    cue = "according" if cue == "apposed" else cue
    if cue == "reported" and any(c.dep_ in ("advcl", "acl") and c.lower_ == "citing"
                                 for c in (*root.children, *head.children)) and span.label_ != "PERSON" \
            and not gz.org_kind(text) and not any(w.lower() in gz.ORG_HEADS for w in _NAME_SPLIT.split(text)):
        return True  # "X, citing sources close to the inquiry, reported that …": how a news outlet writes (not
        # "the Interior Ministry, citing police reports, reported …")
    if cue == "after":
        return not any(t.lower_ in ("for", "of", "with", "at") and not (
            t.lower_ == "with" and t.head.lemma_ == "interview")  # (but "in an interview with CBC News")
            for t in doc[max(0, span.start - 3):span.start])
    if cue == "noun":
        return not _employer(doc, _cue_start(doc, prev.i))  # not "a reporter for the broadcaster X"
    words = {w.lower() for w in _NAME_SPLIT.split(text)}
    if gz.org_kind(text) and not words & _OUTLET_WORDS:
        return False
    if cue == "reported":
        # "…, X reported." with no object of its own: a citation ("the ministry reported 30 deaths" is not)
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > head.i for c in head.children):
            return bool(words & _OUTLET_WORDS) and not any(c.dep_ == "dobj" for c in head.children)
            # ("The Borneo Bulletin reported that …": a newspaper's name says so; "the ministry reported 30 deaths")
        return span.label_ != "PERSON" or bool(words & _OUTLET_WORDS)
    if cue == "according":  # (not "according to Dineo Mokoena, a spokesman for the police": a person)
        return span.label_ != "PERSON" and not any(c.dep_ == "appos" and c.lemma_.lower() in entity_types.PERSON_NOUNS
                                                   for c in root.children)
    if cue == "told" and text.isupper() and 2 <= len(text) <= 5 and not gz.org_kind(text):
        return True  # "his sister told CBC that …": an acronym no body of the gazetteer bears
    return bool(words & _OUTLET_WORDS)


_BODY_NAME_WORDS = {"centre", "center", "unit", "agency", *gz.ORG_HEADS}


def _says_body(text: str, root) -> bool:
    """A name or apposition that says body, not outlet: "… Commission", "… Authority", "X, the police unit"."""
    words = {w.lower() for w in _NAME_SPLIT.split(text)}
    if words & _OUTLET_WORDS:
        return False
    return bool(words & _BODY_NAME_WORDS) or any(c.dep_ == "appos" and c.lemma_.lower() in _BODY_NAME_WORDS
                                                 for c in root.children)


_MEDIUM_NOUNS = {"channel", "account", "page", "post", "posts", "message", "video", "feed", "group", "profile"}


def _medium(span) -> bool:
    """A platform named as the medium: "on Telegram", "in a Facebook post", "its Telegram channel"."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("on", "via", "through", "over"):
        return True  # ("recruited over Telegram")
    return root.dep_ in ("compound", "nmod", "amod", "poss") and root.head.lemma_.lower() in _MEDIUM_NOUNS
    # ("one of its Telegram channels")


_SETTLEMENTS = {"town", "city", "village", "district", "province", "region", "county", "camp", "forests", "island",
                "islands", "islets"}
_SITE_NOUNS = {"base", "airbase", "airport", "airfield", "district", "province", "governorate", "camp", "forest",
               "area", "areas", "valley", "market", "neighbourhood", "neighborhood", "border", "crossing", "region",
               "port", "terminal", "island", "islands", "islet", "islets", "oilfield", "facility", "facilities",
               "refinery", "reef", "shoal", "atoll", "peninsula", "harbour", "harbor"}
# Last words of natural features' names ("X Shoal", "Y Reef", "Z Strait").
_NAMED_FEATURES = {"shoal", "reef", "atoll", "strait", "straits", "bay", "gulf", "river", "rivers", "lake", "island",
                   "islands", "islets", "mountains", "hills", "valley", "peninsula", "desert", "forest", "plateau"}
_TAKEN_VERBS = {"seize", "overrun", "storm", "besiege", "shell", "retake", "encircle", "bombard", "raze", "recapture"}
_WHERE_PREPS = {"near", "outside", "around", "inside", "across"}


_PLACE_OFFICES = {"mayor", "governor", "outskirts", "residents", "people", "population", "bishop", "archbishop"}


def _person_is_place(span) -> bool:
    """A place the NER read as a person: "the town of X", "the X air base", "in X, in the north"."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in _SETTLEMENTS:
        return True
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in _PLACE_OFFICES \
            and len(span) <= 2 and not (span.end < len(doc) and doc[span.end].text in ("'s", "’s")):
        return True  # "the mayor of Tumaco", "the governor of Kandahar": a place an office is of
    if span.end < len(doc) and doc[span.end].lower_ in _SITE_NOUNS:
        return True
    if len(span) > 1 and span[-1].lower_ in _NAMED_FEATURES and span[-1].text[:1].isupper() \
            and not gz.lookup_country(_clean(span.text)):  # (not "the Marshall Islands": a state)
        return True  # "Thomas Shoal", "Mantaro Rivers": a feature's name ends with what it is
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "air" and doc[span.end + 1].lower_ == "base":
        return True
    if span.end + 2 < len(doc) and doc[span.end].lower_ == "and" and doc[span.end + 2].lower_ in _SITE_NOUNS \
            and doc[span.end + 1].text[:1].isupper():
        return True  # "the Kalapani and Lipulekh areas"
    return _place_by_use(span)


def _place_by_use(span) -> bool:
    """"raided homes in Narva and in Tapa", "near X", "seized Goma": what is done there is done to a place.
    Not "confidence in X" or "the trust in X's …" (a noun's "in" may take a person)."""
    root, doc = span.root, span.doc
    if span.end < len(doc) and doc[span.end].text in ("'s", "’s"):
        return False
    if root.dep_ == "dobj" and root.head.lemma_ in _TAKEN_VERBS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ == "storming":
        return True  # "the storming of Montrouis"
    if root.dep_ != "pobj":
        return False
    prep = root.head
    verb = prep.head.head if prep.dep_ == "conj" and prep.head.pos_ == "ADP" else prep.head  # "in X and in Y"
    return prep.lower_ in _WHERE_PREPS or (prep.lower_ == "in" and verb.pos_ in ("VERB", "AUX")
                                           and verb.lemma_ not in _TRUST_VERBS)


# Bodies a capital seats ("the foreign ministry in Moscow", "officials in Kabul"): there, the capital is its state.
_SEATED_BODIES = {"ministry", "government", "authority", "official", "leadership", "regime", "administration",
                  "junta", "parliament", "cabinet", "presidency"}
_AT_BUILDING = {"outside", "at", "near", "inside", "behind", "opposite", "into", "from"}  # a body's building
# Moods and regards a capital holds as its state ("concern in Canberra", "closely watched in Beijing").
_MOODS = {"concern", "attention", "alarm", "anger", "worry", "unease", "fear", "frustration", "irritation",
          "suspicion", "dismay", "disquiet", "nervousness", "scepticism", "skepticism", "watch", "welcome", "view"}
# Messages a capital receives as its state ("a signal to Moscow", "a warning to Beijing").
_MESSAGES = {"signal", "message", "warning", "letter", "note", "appeal", "ultimatum", "rebuke"}
# What a capital does as its state in a relative clause after it.
_STATE_ACTS = {"accuse", "blame", "say", "deny", "reject", "condemn", "demand", "warn", "insist", "protest",
               "claim", "announce", "sanction", "expel", "recall", "summon", "respond", "dismiss", "threaten"}
_TRUST_VERBS = {"have", "believe", "trust", "invest", "interest", "confide", "participate", "succeed", "join"}


def _capital_is_place(span) -> bool:
    """"in northwest Moscow", "the Moscow area", "Beirut's suburbs" are places; "Kyiv said" is the state."""
    root = span.root
    if any(c.dep_ in ("amod", "compound") and c.i < span.start for c in root.children):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "on" and "blame" in (
            root.head.head.lemma_, root.head.head.head.lemma_):  # "blamed the attack on Kyiv": the state
        return False
    if any(c.dep_ == "relcl" and c.lemma_ in _STATE_ACTS and any(
            x.dep_ == "nsubj" and x.lower_ in ("which", "that") for x in c.children) for c in root.children):
        return False  # "protests from Caracas, which accused Washington of …": the state acts
    if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE:
        # "pointed the finger at Moscow", "turned to Moscow for help": addressed as an actor
        prep, held = root.head, root.head.head
        if prep.lower_ == "in" and (held.lemma_.lower() in _SEATED_BODIES or held.lemma_ in _MOODS or (
                held.text == "Office" and held.pos_ == "PROPN")) and not (  # (named: "the Foreign Office in London")
                held.dep_ == "pobj" and held.head.lower_ in _AT_BUILDING):  # not "outside Parliament in Wellington"
            return False  # "the foreign ministry in Moscow", "concern in Canberra", "closely watched in Canberra"
        if prep.lower_ == "to" and held.lemma_ in _MESSAGES:
            return False  # "a signal to Moscow"
        return not (prep.lower_ in ("at", "to", "towards", "toward") and held.lemma_ in _ADDRESS_VERBS)
    if root.dep_ in ("compound", "poss") and root.head.lower_ in _PLACE_PARTS:
        return True
    if root.dep_ == "appos" and root.head.lemma_ in ("capital", "city"):
        return True
    if root.dep_ == "compound" and root.head.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return False


def _strip_direction(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in gz.DIRECTIONS:
        words = words[1:]
    return " ".join(words)


# Lower-case words after a place name that say what kind of unit it is ("Lahj province"): the place is
# named without them. A coast or a border of a region is a stretch of it, not a place of its own.
_UNIT_WORDS = {"province", "district", "region", "state", "governorate", "county", "department", "prefecture",
               "regency", "territory", "municipality", "oblast"}
_STRETCH_WORDS = {"coast", "coastline", "seaboard", "shore", "shores", "border", "borderlands"}


# Last words of a unit's name, which a rank word may open ("the Major Crimes Unit"), beside the body heads
# (gz.ORG_HEADS: "Division", "Office", "Command" …) that ``gz.org_kind`` already reads.
_UNIT_NAMES = {"unit", "squad", "section", "branch", "team", "task", "cell", "centre", "center"}
# Last words that make a name a body's, never a place's ("West Bank", "Earls Court" end otherwise).
_BODY_LAST_WORDS = {"police", "army", "navy", "ministry", "forces", "force", "guard", "guards", "corps", "agency",
                    "directorate", "bureau", "party", "militia", "brigade", "brigades", "battalion", "regiment",
                    "council", "commission", "gendarmerie", "constabulary"}


def _place(span, text: str) -> tuple[str, str, str | None] | None:
    """A GPE/LOC span: a state, a capital standing for one, a place, or nothing (a macro-region)."""
    words = text.split()
    if len(words) >= 2 and words[-1] in _STRETCH_WORDS:
        return None  # "the Pacific coast"
    if len(words) >= 2 and words[-1] in gz.STATE_DESCRIPTIONS:
        return None  # "the small Gulf kingdom": a state told before, described (see coref)
    if len(words) >= 2 and words[-1] in _UNIT_WORDS and words[-2][:1].isupper():
        text = " ".join(words[:-1])  # "Lahj province" is Lahj
    country = gz.lookup_country(text) or gz.lookup_country(_strip_direction(text))
    if country in gz.TERRITORIES:
        return "Location", country, None  # "a Hong Kong trading company": a place, not a state that acts
    if country:
        return "Country", country, None
    if len(words) >= 2 and words[-1].lower() in _BODY_LAST_WORDS and words[-1][:1].isupper():
        return "Organisation", text, None  # "Zimbabwe Republic Police", "Kosovo Security Force" tagged as places
    if gz.demonym_country(text):
        return None  # "US and Ukrainian officials": a demonym, read by the actor rules
    capital = gz.capital_country(text)
    seat = gz.SEATS.get(text)
    if seat and not _capital_is_place(span):  # "accused Brussels of …": the union seated there, not Belgium
        return "Organisation", seat, text
    if capital and not _capital_is_place(span):
        return "Country", capital, text
    if fold(text) in gz.REGIONS or fold(_strip_direction(text)) in gz.REGIONS or not text[:1].isupper():
        return None
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lemma_ in FAMILY_GROUPS and span.root.head.i == span.end \
            and span.root.dep_ == "compound":
        return "Organisation", text, f"{text} {doc[span.end].text}"  # "the Caribe Norte clan": a gang, named
    return "Location", text, None


# Groups a name can stand before ("the Caribe Norte clan", "the Kiprop gang"): the NER tags such a name as a
# place or a person.
FAMILY_GROUPS = {"clan", "gang", "cartel", "syndicate", "network", "cell"}


def _family_group(span) -> bool:
    """"the Santos clan", "the Ortiz Vega network", "Mexico's Sinaloa cartel", "the so-called Abdali cell": a
    crime family's (or a plot's) group after a name the NER tagged as a person or a people. It is named with
    its noun, which keeps it apart from the family's members ("its leader, Joseph Santos") when the surnames
    are clustered."""
    doc = span.doc
    if span.end >= len(doc) or len(span) > 3 or not _names_a_group(doc, span.start) \
            or not all(t.text[:1].isupper() for t in span) or gz.demonym_country(span.text):
        return False  # ("a Haitian gang leader": a gang of that country, unnamed)
    nxt = doc[span.end]
    if nxt.lemma_ not in FAMILY_GROUPS or not nxt.text.islower():
        return False
    return len(span) == 1 or any(  # two words are a family's name when one of the family is named
        e.label_ == "PERSON" and len(e) > len(span) and e.text.endswith(" " + span.text) for e in doc.ents)


def _names_a_group(doc, start: int) -> bool:
    """The words before a name make it a group's own ("the", "Mexico's", "the so-called"), not a
    description of an unnamed one ("a Kiprop family network")."""
    if start == 0:
        return False
    before = doc[start - 1]
    if before.lower_ == "called" and start >= 3 and doc[start - 3].lower_ == "so":
        return True
    return before.lower_ == "the" or before.tag_ == "POS"


_OUTLET_TAIL = re.compile(r"\s+(news agency|newspaper|daily|broadcaster|news site|website|television)$")  # lower case:
# a description after the name ("KCNA news agency"), not part of it ("Kuwait News Agency")


# Last words of a law, a resolution, a treaty or a sanctions programme: an instrument, not an actor.
_INSTRUMENT_WORDS = {"Act", "Resolution", "Agreement", "Accord", "Accords", "Treaty", "Convention", "Protocol",
                     "Regime", "Declaration", "Law", "Charter", "Statute", "Decree", "Sanctions"}
_INSTRUMENT_AFTER = {"act", "programme", "program", "regime"}


def _instrument(span, text: str) -> bool:
    """A name of two words or more ending as a law, a treaty or a sanctions regime does, or followed by
    "act"/"programme"/"regime" ("the Global Magnitsky programme")."""
    words = [w for w in text.split() if not w.isdigit()]
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return bool(words) and (words[-1] in _INSTRUMENT_WORDS or after in _INSTRUMENT_AFTER) and len(words) >= 2


_CURRENCIES = {"dollar", "yuan", "euro", "rouble", "ruble", "pound", "peso", "rupee", "shilling", "naira", "franc",
               "dinar", "rial", "riyal", "lira", "won", "yen", "cedi", "rand", "kwacha", "birr", "taka", "dirham",
               "bolivar", "bolívar", "hryvnia", "lari", "dram", "manat", "som", "tenge", "kyat", "riel"}


# Bodies a sentence can open with as a common noun ("Police said …", "Army spokesman X").
_GENERIC_BODIES = {"army", "police", "navy", "military", "government", "ministry", "directorate", "gendarmerie",
                   "prosecutors", "investigators", "authorities"}


def _saints_place(span, raw: str, text: str) -> bool:
    """"in St. George's last year": a place named for a saint keeps its "'s" (the NER tags it inside the
    name) unless it owns a noun ("St. Lucia's government") or is a known place without it."""
    return span.label_ in ("GPE", "LOC", "FAC") and raw.rstrip().endswith(("'s", "’s")) and text.split()[0] in (
        "St.", "St", "Saint") and len(text.split()) == 2 and span.root.dep_ != "poss" and not (
        gz.lookup_country(text) or gz.is_city(text))


def _saints_places_owning(mentions: list[Mention]) -> None:
    """"St. George's police" where the article also writes "in St. George's": the same place, owning."""
    full = {m.name.removesuffix("'s"): m.name for m in mentions if m.type == "Location" and m.name.endswith("'s")}
    for m in mentions:
        if m.type == "Location" and m.name in full:
            m.name = full[m.name]


def classify(span) -> Mention | None:
    """Type, canonical name and titles of an NER span, or None to ignore it."""
    label = span.label_
    table = table_of(span.doc)
    raw = table.span_text(span.start, span.end)  # (Span.text re-joins the tokens)
    text = _clean(raw)
    if not text or len(text) < 2 or (raw.strip().endswith(".") and gz.is_title_word(raw.strip())):
        return None  # ("Brig.": a rank the NER took for a name)
    if _saints_place(span, raw, text):
        text += "'s"  # "St. George's", "St. John's": the place is named with the possessive
    mk = lambda t, n, **kw: Mention(span.start, span.end, t, n, raw.strip(), **kw)
    if text in gz.GAZETTES:
        return None  # "listed in the EU's Official Journal": a document
    if text.lower() in gz.POISONS:
        return None  # "killed with VX, a banned nerve agent": a substance, no actor
    if len(span) == 3 and span[0].lower_ in ("pro", "anti") and span[1].text == "-":
        return None  # "a pro-Kremlin channel", "anti-Russian": a stance, not the body or state it names
    if text in gz.PLATFORMS and _medium(span):
        return None  # "posted on Telegram", "its Facebook page": where something was said, not who
    if gz.DESIGNATION_LABEL.fullmatch(text):
        return None  # "designated X as Specially Designated Global Terrorists": a status, not a body
    if len(span) == 1 and label == "ORG" and text.lower() in _GENERIC_BODIES and span[0].is_sent_start:
        return None  # "Army spokesman Col. X said …": a common noun capitalised at the sentence start (coref
        # reads it as the army the article names)
    if table.lemma_lowers[span.end - 1] in _CURRENCIES or (
            span.end < len(table.tokens) and table.lemma_lowers[span.end] in _CURRENCIES):
        return None  # "$40 million in US dollars", "paid in Chinese yuan": a currency, no actor
    outlet = gz.lookup_outlet(text)
    if outlet and label in ("ORG", "PERSON", "WORK_OF_ART", "GPE", "NORP", "PRODUCT", "FAC") and (
            label != "GPE" or _is_source_context(span)):
        return mk("Source", outlet)
    if label in ("ORG", "PERSON", "WORK_OF_ART", "GPE", "NORP", "PRODUCT", "FAC") and _unknown_outlet(span, text):
        return mk("Source", _OUTLET_TAIL.sub("", text) or text)  # "KCNA news agency" is KCNA
    agency = gz.lookup_agency(text)
    if agency and label in ("ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT", "LOC"):
        return mk("Organisation", agency[0], kind=agency[3])
    named = named_as_body(span)
    if named and label in ("GPE", "LOC", "NORP", "PERSON"):  # "the armed forces, known as the Tatmadaw"
        return mk("Organisation", text, kind=gz.org_kind(named) or gz.org_kind(text))
    if label == "ORG" and ruled_by(span) and not gz.org_kind(text) and not gz.lookup_agency(text):
        return mk("Person", text)  # "the elected government of Aung San Suu Kyi"
    body = party_name(span, text)
    if body:
        start, name = body
        return Mention(start, span.end, "Organisation", name, span.doc[start:span.end].text, kind=gz.org_kind(name))
    if label in ("GPE", "LOC", "FAC") and text in gz.LEGISLATURES:
        return mk("Organisation", text, kind="government")  # "removed by Congress", "debated in Congress"
    if label in ("GPE", "LOC", "FAC"):
        placed = _place(span, text)
        if placed is None:
            return None
        type_, name, alias = placed
        if type_ == "Organisation":
            agency = gz.lookup_agency(name)
            return mk(type_, name, alias=alias, kind=agency[3] if agency else None if alias else gz.org_kind(name))
        if type_ == "Location" and label == "FAC" and gz.org_kind(text) in ("government", "military"):
            return mk("Organisation", text, kind=gz.org_kind(text))
        return mk(type_, name, alias=alias)
    if label in ("PERSON", "NORP") and _family_group(span):
        noun = span.doc[span.end]
        return Mention(span.start, span.end + 1, "Organisation", f"{text} {noun.text}", f"{raw.strip()} {noun.text}",
                       kind="armed_group")
    if label == "PERSON" and _person_is_place(span):
        return mk("Location", text)
    if label == "PERSON" and gz.capital_country(text):  # "Pristina accused Belgrade": a capital, not a person
        placed = _place(span, text)
        return mk(placed[0], placed[1], alias=placed[2]) if placed else None
    if label == "PERSON" and gz.lookup_country(text) and text[:1].isupper():  # "accused neighbouring Benin"
        return mk("Country", gz.lookup_country(text))
    if label == "PERSON" and len(span) == 1 and gz.demonym_country(text):
        return None  # "the head of the Lao police": a demonym, read by the actor rules
    if label == "PERSON":
        titles, name = gz.split_title(text)
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if nxt is not None and nxt.lower_ in _ORG_CUES and len(name.split()) == 1:
            return mk("Organisation", name, kind=gz.org_kind(nxt.text) or "other")
        if not name or gz.is_title_word(name):
            return None  # "Brig" (the tokenizer cut its period off) is a rank, not a person
        if len(span) == 1 and span.start == span.sent.start and nxt is not None and nxt.pos_ == "NOUN" \
                and nxt.text.islower() and span.root.dep_ == "compound" and span.root.head.i == nxt.i:
            return None  # "Helicopter gunships struck …": a common noun capitalised at the start of a sentence
        return mk("Person", name, titles=titles)
    if label == "ORG" and gz.capital_country(text):  # a capital the NER took for an organisation
        placed = _place(span, text)
        return mk(placed[0], placed[1], alias=placed[2]) if placed else None
    if label == "ORG" and text.islower():
        return None  # "army, navy and air force units": common nouns, not a name
    if label == "ORG" and span.end < len(span.doc) and span.doc[span.end].text in ("Minister", "Secretary") \
            and text.split()[-1].lower() not in _BODY_LAST_WORDS:
        return None  # "Fisheries Minister X", "National Security Minister Y": a portfolio, not a body
    if label in ("ORG", "PERSON") and text.split()[-1] in gz.STATE_DESCRIPTIONS:
        return None  # "the Pacific nation('s)", "the Gulf kingdom": a description of a state, which coref reads
    if label == "ORG" and gz.demonym_country(text):
        return None  # "Ugandan officials" tagged ORG: a demonym, read as its state where it acts
    if label == "ORG":
        country = gz.lookup_country(text)
        if country:
            return mk("Country", country)
        if _instrument(span, text):
            return None  # "the Special Economic Measures Act", "Resolution 1701", "the Global Magnitsky programme"
        if text in gz.TITLE_WORDS or fold(text) in gz.REGIONS or _title_head(span, text):
            return None
        words = text.split()
        if len(words) >= 2 and words[-1] in _TRAILING_KINDS and words[-2][:1].isupper():
            return mk("Organisation", " ".join(words[:-1]), kind=gz.ORG_HEADS.get(words[-1]))  # "the ZANU-PF party"
        titles, name = gz.split_title(text)
        if titles and 2 <= len(name.split()) <= 3 and all(w[:1].isupper() for w in name.split()) \
                and not gz.org_kind(name) and not gz.lookup_country(name) and not gz.lookup_agency(name) \
                and name.split()[-1].lower() not in _UNIT_NAMES:  # (not "the Major Crimes Unit")
            return mk("Person", name, titles=titles)  # "toppled President Alpha Condé" tagged as a body
        return mk("Organisation", text, kind=gz.org_kind(text))
    if label == "NORP":
        return _norp(span, text, mk)
    return None


def _title_head(span, text: str) -> bool:
    """"Defence Cabinet Secretary X": the NER's "Defence Cabinet" is the front of a title, not a body."""
    words = text.split()
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and len(words) == 2 and words[0] in gz.MINISTRY_DOMAINS \
        and f"{words[1]} {nxt.text}" in gz.TITLES


def _norp(span, text, mk) -> Mention | None:
    """A group name that acts ("the Houthis said") is an organisation; demonyms are handled elsewhere."""
    if gz.demonym_country(text) or gz.demonym_country(text.rstrip("s")) or gz.lookup_country(text):
        return None
    root = span.root
    if re.fullmatch(r"[A-Z]+-?\d+", text) or re.fullmatch(r"[A-Z]{2,6}", text):  # "M23", "TPLF"
        return mk("Organisation", text, kind="armed_group")
    if root.dep_ in ("nsubj", "nsubjpass") and root.tag_ in ("NNPS", "NNP") and text.endswith("s"):
        if root.dep_ == "pobj" and root.head.lower_ not in ("by", "against", "with", "on"):
            return None
        return mk("Organisation", text, kind="armed_group")
    return None


# titles -----------------------------------------------------------------------------
_MINISTER_OF = re.compile(r"(?:(?:Deputy|Vice|Assistant|First Deputy|State) )?(?:Minister|Secretary) (?:of|for) "
                          r"(?:(?:State )?[A-Z][\w-]+(?:,? and | )?){1,4}$")


# Words before "Affairs" in a portfolio ("Foreign Affairs Minister", "Internal Affairs Minister").
_AFFAIRS_WORDS = gz.MINISTRY_DOMAINS | {"Internal", "External", "Veterans", "Religious", "Economic", "Social",
                                       "Consumer", "Legal"}


def title_before(doc, start: int) -> tuple[list[str], int]:
    """Titles written just before a name ("US Secretary of State", "Lt. Gen.") and where they begin.

    Looks at a window of a few tokens (titles are short), not the whole sentence: this runs
    for every person mention and must stay cheap.
    """
    lo = max(0, start - 8)
    base = doc[lo].idx
    # the words before, as written: the doc text between them (what Span.text re-joins token by token)
    prefix = doc_text(doc)[base:doc[start].idx].rstrip() if start < len(doc) else doc[lo:start].text.rstrip()
    titles: list[str] = []
    pos = len(prefix)
    office = _MINISTER_OF.search(prefix)
    if office:  # "Vice Minister of Public Security X": an office named by its portfolio
        titles.append(office.group(0).strip())
        pos = office.start()
    changed = True
    while changed:
        changed = False
        head = prefix[:pos]
        last = head.rsplit(None, 1)[-1] if head.strip() else ""
        for t in _titles_ending_with(last):
            if head.endswith(t) and (len(head) == len(t) or not head[-len(t) - 1].isalnum()):
                titles.insert(0, t)
                pos = len(head[: -len(t)].rstrip())
                changed = True
                break
    head = prefix[:pos].rstrip()
    if titles and titles[0] in ("Minister", "Secretary", "Cabinet Secretary") and head.rsplit(None, 1)[-1:] and \
            head.rsplit(None, 1)[-1] in gz.MINISTRY_DOMAINS:  # "Security Minister", "Mines Minister"
        word = head.rsplit(None, 1)[-1]
        pos = len(head) - len(word)
        rest = head[:pos].rstrip().rsplit(None, 1)[-1:]
        if word == "Affairs" and rest and rest[0] in _AFFAIRS_WORDS:  # "Foreign Affairs
            word = f"{rest[0]} {word}"  # Minister X", "Internal Affairs Minister Y"
            pos = len(head[:pos].rstrip()) - len(rest[0])
        titles[0] = f"{word} {titles[0]}"
    char = base + pos
    first = start
    while first > lo and doc[first - 1].idx >= char and not doc[first - 1].is_sent_start:
        first -= 1
    return titles, first


@lru_cache(maxsize=1)
def _titles_by_last_word() -> dict[str, tuple[str, ...]]:
    """Capitalised titles grouped by their last word, longest first ("Lt. Gen." before "Gen.")."""
    out: dict[str, list[str]] = {}
    for t in sorted(gz.TITLES, key=len, reverse=True):
        if t[:1].isupper():
            out.setdefault(t.split()[-1], []).append(t)
    return {k: tuple(v) for k, v in out.items()}


def _titles_ending_with(word: str) -> tuple[str, ...]:
    return _titles_by_last_word().get(word, ())


# gazetteer matches and descriptions ---------------------------------------------------
class _Words:
    """Texts and lemmas of a document read once: the mention rules filter on these plain strings first
    instead of walking spaCy tokens five times. The finders ask for a set of words (``with_text``,
    ``with_lower``, ``with_lemma``) or a test of a word (``where_text``, once per distinct word)."""

    def __init__(self, doc, table: TokenTable | None = None):
        self.doc = doc
        self.table = table if table is not None else TokenTable(doc)
        self.tokens = self.table.tokens
        self.texts = self.table.texts
        self.lemmas = self.table.lemmas
        self._by: dict[str, dict[str, list[int]]] = {}  # "text", "lower", "lemma", "lemma_lower" -> word -> indices

    def _text_index(self) -> dict[str, list[int]]:
        """Token indices by text, made on first ask."""
        return self._index("text", self.texts)

    def _index(self, name: str, words: list[str]) -> dict[str, list[int]]:
        """Token indices by one column's words (``words``), made on first ask of ``name``."""
        by = self._by.get(name)
        if by is None:
            by = self._by[name] = positions_by_value(words)
        return by

    def _tokens(self, hits: list[int]) -> list:
        hits.sort()
        tokens = self.tokens
        return [tokens[i] for i in hits]

    def _with(self, by: dict[str, list[int]], words) -> list:
        """Tokens whose word in index ``by`` is in ``words``, in order, by set lookups."""
        if len(words) < len(by):
            return self._tokens([i for w in words if w in by for i in by[w]])
        return self._tokens([i for w, at in by.items() if w in words for i in at])

    def where_text(self, pred) -> list:
        """Tokens whose text satisfies ``pred``, in order, testing each distinct text once."""
        return self._tokens([i for w, at in self._text_index().items() if pred(w) for i in at])

    def with_text(self, words) -> list:
        """Tokens whose text is in ``words`` (a set or dict), in order, by set lookups."""
        return self._with(self._text_index(), words)

    def with_lower(self, words) -> list:
        """Tokens whose lower-cased text is in ``words``, in order (each distinct text lower-cased once)."""
        by = self._by.get("lower")
        if by is None:
            by = self._by["lower"] = {}
            for w, at in self._text_index().items():
                by.setdefault(w.lower(), []).extend(at)
        return self._with(by, words)

    def with_lemma(self, lemmas, lower: bool = False) -> list:
        """Tokens whose lemma (lower-cased with ``lower``) is in ``lemmas``, in order."""
        if lower:
            return self._with(self._index("lemma_lower", self.table.lemma_lowers), lemmas)
        return self._with(self._index("lemma", self.lemmas), lemmas)


def _agency_mentions(doc, taken: set[int], words: _Words) -> list[Mention]:
    """Agency acronyms and names the NER missed ("the HUR", "CSP-DPA" aside)."""
    out = []
    for tok in words.where_text(lambda w: gz.lookup_agency(w) is not None):
        if tok.i in taken or not (tok.is_upper and len(tok) >= 2 or tok.pos_ == "PROPN" and tok.is_title):
            continue
        hit = gz.lookup_agency(tok.text)
        if hit and not tok.is_upper and not any(fold(n) == fold(tok.text) and not n.isupper() for n in (hit[0], *hit[1])):
            continue  # "the Nueva Ola movement" is no "OLA": an acronym is written in capitals
        if hit and tok.pos_ in ("PROPN", "NOUN"):
            end = _agency_end(doc, tok, hit[0], taken)
            out.append(Mention(tok.i, end, "Organisation", hit[0], doc[tok.i:end].text, kind=hit[3]))
    return out


def _agency_end(doc, tok, canon: str, taken: set[int]) -> int:
    """Where a known agency's name ends: "Treasury Department" after a state the NER took for itself is
    one name, so that "the … Department" heading a clause is the agency."""
    for end in range(min(tok.i + 4, len(doc)), tok.i + 1, -1):
        span = doc[tok.i:end]
        if not any(t.i in taken for t in span) and (hit := gz.lookup_agency(span.text)) and hit[0] == canon:
            return end
    return tok.i + 1


def _possessor_country(tok) -> str | None:
    """The state that owns a noun: "Russia's …" or a demonym ("Russian …")."""
    for c in tok.children:
        if c.dep_ == "poss":
            full = " ".join(t.text for t in c.subtree if t.dep_ != "case")
            name = gz.lookup_country(_clean(full)) or gz.capital_country(_clean(full))
            if name:
                return name
        if c.dep_ in ("amod", "compound", "nmod"):
            name = gz.demonym_of_token(c) or gz.lookup_country(c.text)
            if name:
                return name
    return None


_DESCRIBED = {"agency", "service", "intelligence", "directorate", "chief", "head", "spy"}


def _description_mentions(doc, taken: set[int], words: _Words) -> list[Mention]:
    """"Russia's military intelligence agency" → the GRU, read from a state and what the agency does."""
    out = []
    for tok in words.with_lemma(_DESCRIBED):
        if tok.i in taken or tok.lemma_ not in ("agency", "service", "intelligence", "directorate", "chief",
                                                   "head", "spy"):
            continue
        country = _possessor_country(tok)
        if not country:
            continue
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and not gz.demonym_of_token(c)]
        words = " ".join([*(m.text for m in mods), tok.text] if tok.lemma_ not in ("chief", "head")
                         else [m.text for m in mods])
        canon = gz.agency_by_description(gz.country_code(country), words)
        if canon:
            hit = gz.lookup_agency(canon)
            target = tok if tok.lemma_ not in ("chief", "head") else mods[-1] if mods else None
            if target is not None and target.i not in taken:
                out.append(Mention(target.i, target.i + 1, "Organisation", canon, words, kind=hit[3]))
    return out


def _demonym_for(country: str) -> str | None:
    """"South Korean" for South Korea (not the bare "Korean"), "Iranian" for Iran."""
    code = gz.country_code(country)
    own = [d for d, c in gz.DEMONYMS.items() if c == code]
    if country in own:
        return country  # "Myanmar military": the state's name is its own adjective
    return next((d for d in own if " " in d and d.split()[0] == country.split()[0]), None) or next(
        (d for d in own if " " not in d), None) or (own[0] if own else None)


def _owner_beside(tok) -> str | None:
    """"Myanmar air force officers", "Colombian army troops": the state qualifies the noun the institution
    itself qualifies."""
    if tok.dep_ != "compound" or tok.head.pos_ != "NOUN" or tok.lower_ not in ("army", "force"):
        return None  # ("Haitian police officers" leave the police to its own name: the Haitian National Police)
    for c in tok.head.children:
        if c.i < tok.i and c.dep_ in ("amod", "compound"):
            name = gz.demonym_of_token(c) or gz.lookup_country(c.text)
            if name and all(t.dep_ in ("amod", "compound") for t in c.doc[c.i + 1:tok.i]):
                return name
    return None


def _institution_mentions(doc, taken: set[int], words: _Words) -> list[Mention]:
    """"the Sudanese army", "Lebanon's parliament", "Niger's presidential guard": a state's institution."""
    out = []
    for tok in words.with_lower(gz.INSTITUTIONS | {"office", "force", "forces"}):
        two_words = tok.i > 0 and (tok.lower_, doc[tok.i - 1].lower_) in (("force", "air"), ("forces", "armed"))
        # ("air force", "armed forces")
        if tok.i in taken or tok.pos_ != "NOUN" or not (tok.lower_ in gz.INSTITUTIONS or two_words or (
                tok.lower_ == "office" and any(c.dep_ == "amod" and c.lower_ == "foreign" for c in tok.children))):
            continue  # "Pakistan's foreign office" as well as "Lebanon's parliament"
        if tok.dep_ == "appos" and tok.head.i in taken and tok.head.ent_type_ == "ORG":
            continue  # "the Policia Judiciaria, Kenya's criminal police,": a description of the named body
        country = _possessor_country(tok) or _owner_beside(tok)
        if not country:
            field = next((c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.i not in taken
                          and c.text.capitalize() in gz.MINISTRY_DOMAINS), None)
            if tok.lower_ == "ministry" and field is not None and field.i == tok.i - 1 and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                name = f"{field.text.capitalize()} Ministry"  # "the interior ministry" of the story's state
                out.append(Mention(field.i, tok.i + 1, "Organisation", name, name, kind="government"))
            continue
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.i not in taken
                and not gz.demonym_of_token(c) and c.ent_type_ not in ("GPE", "NORP")]
        first = min([m.i for m in mods] + [tok.i])
        if first - 1 in taken and doc[first - 1].ent_type_ not in ("GPE", "NORP"):
            continue
        words = " ".join(t.text for t in doc[first:tok.i + 1]).lower()
        own = next((c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.i < first), None)
        short = own is not None and own.text in ("US", "U.S.", "UK", "U.K.") and tok.lower_ == "embassy"
        name = f"{own.text.replace('.', '')} {words}" if short else f"{_demonym_for(country) or country} {words}"
        surface = doc[own.i:tok.i + 1].text if own is not None else name
        kind = "military" if tok.lower_ in ("army", "navy", "guard", "military", "junta", "force", "forces") \
            else "government"
        out.append(Mention(first, tok.i + 1, "Organisation", name, surface, kind=kind, alias=_seated_in(doc, tok, name)))
    return out


def _seated_in(doc, tok, name: str) -> str | None:
    """"the Chinese embassy in Manila": the embassy's longer name, kept as an alias."""
    if tok.lower_ != "embassy" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "in" \
            or doc[tok.i + 2].ent_type_ != "GPE":
        return None
    end = tok.i + 3
    while end < len(doc) and doc[end].ent_type_ == "GPE" and doc[end].ent_iob_ == "I":
        end += 1
    return f"{name} in {doc[tok.i + 2:end].text}"


def _office_mentions(doc, taken: set[int], words: _Words) -> list[Mention]:
    """"the Attorney General's Office", "the Prosecutor's Office": an office named for the post that heads
    it, which the NER seldom tags."""
    out = []
    for tok in words.with_text(("Office",)):
        if tok.i in taken or tok.i < 2 or doc[tok.i - 1].tag_ != "POS":
            continue
        start = tok.i - 1
        while start - 1 >= 0 and tok.i - start <= 4 and doc[start - 1].text[:1].isupper() \
                and (doc[start - 1].is_alpha or _INITIALS.fullmatch(doc[start - 1].text)) \
                and start - 1 not in taken and doc[start - 1].lower_ != "the":
            start -= 1  # ("the U.S. Attorney's Office")
        if start == tok.i - 1 or doc[tok.i - 2].text not in _OFFICE_POSTS:
            continue
        name = doc[start:tok.i + 1].text
        if start > 0 and start - 1 in taken and _INITIALS.fullmatch(doc[start - 1].text):
            name = f"{doc[start - 1].text} {name}"  # "the U.S. Attorney's Office" (its state's initials tagged apart)
        out.append(Mention(start, tok.i + 1, "Organisation", name, name, kind="government"))
    return out


_OFFICE_POSTS = {"General", "Prosecutor", "Ombudsman", "Comptroller", "Auditor", "Advocate", "Procurator", "Attorney"}
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")

# Nouns for a place a name stands for: "the village of X", "the Y district", "X, a town near the border".
_PLACE_NOUNS = {"village", "town", "city", "district", "province", "region", "county", "governorate", "municipality",
                "hamlet", "commune", "prefecture", "township", "locality", "suburb", "neighbourhood", "neighborhood",
                "oasis", "settlement"}


def _named_place_run(doc, end: int, taken: set[int], step: int) -> tuple[int, int] | None:
    """The capitalised name words that end before ``end`` (``step`` -1) or start at ``end`` (``step`` +1), none
    taken by another mention; at most four words (see ``_name_run``)."""
    a, b = _name_run(doc, end, taken, 4, step, lambda t, first: t.pos_ == "PROPN" and bool(_NAME_WORD.match(t.text)))
    return (a, b) if b > a else None


def _settlement_mentions(doc, taken: set[int], words: _Words) -> list[Mention]:
    """"the village of Pazigyi", "the neighbouring district of Tank", "the Jahra and Hawalli governorates",
    "Takalout, a village near the border": a name the NER left untagged that a place noun says is a place."""
    out: list[Mention] = []
    seen = set(taken)
    for noun in words.with_lemma(_PLACE_NOUNS, lower=True):
        if not noun.text.islower() or noun.pos_ != "NOUN":
            continue
        runs = []
        if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "of" and doc[noun.i + 1].head.i == noun.i:
            runs.append(_named_place_run(doc, noun.i + 2, seen, +1))  # "the village of X"
        if noun.i > 0 and doc[noun.i - 1].dep_ == "compound":  # "the Shahrak-e Gharb district"
            runs.append(_named_place_run(doc, noun.i, seen, -1))
            for c in doc[noun.i - 1].conjuncts:  # "the Jahra and Hawalli governorates"
                runs.append(_named_place_run(doc, c.i + 1, seen, -1))
        if noun.dep_ == "appos" and noun.head.i < noun.i and doc[noun.head.i + 1].text == ",":  # "X, a village"
            runs.append(_named_place_run(doc, noun.head.i + 1, seen, -1))
        for run in runs:
            if run is None:
                continue
            a, b = run
            name = doc[a:b].text
            if gz.lookup_country(name) or gz.demonym_country(name) or fold(name) in gz.REGIONS \
                    or gz.lookup_agency(name) or doc[a].is_sent_start and b - a == 1:
                continue
            if a > 0 and (doc[a - 1].text == "-" or doc[a - 1].text[:1].isupper() and not doc[a - 1].is_sent_start
                          or doc[a - 1].dep_ == "compound" and doc[a - 1].head.i == noun.i) \
                    or b < len(doc) and doc[b].text[:1].isupper() and doc[b].i != noun.i:
                continue  # a name cut short ("Shahrak-e Gharb", "Tierra Caliente", "Tell Hamis"): not this
            out.append(Mention(a, b, "Location", name, name))
            seen.update(range(a, b))
    return out


def _missed_surnames(doc, mentions: list[Mention], words: _Words) -> list[Mention]:
    """A surname the NER missed or mislabelled ("sanctioned Dagalo" read as a LANGUAGE) after the full name."""
    fulls = {}
    for m in mentions:
        if m.type == "Person" and len(m.name.split()) > 1:
            fulls.setdefault(m.name.split()[-1], m)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for tok in words.with_text(fulls):
        m = fulls.get(tok.text)
        if m is not None and tok.i not in taken and tok.i > m.start and tok.pos_ == "PROPN" \
                and tok.ent_type_ not in ("PERSON", "GPE", "ORG", "LOC", "FAC"):
            out.append(Mention(tok.i, tok.i + 1, "Person", tok.text, tok.text))
    return out


_BODY_NOUNS = {"gang", "cartel", "clan", "syndicate", "militia", "alliance", "faction", "brigade", "movement", "coalition", "party"}


def _named_before_body(doc, taken: set[int], words: _Words) -> list[Mention]:
    """"the head of the Gran Bwa gang", "the Chin Hills militia": capitalised words the NER left untagged,
    followed by a lower-case word for a group, name that group."""
    out = []
    for noun in words.with_text(_BODY_NOUNS):
        end = noun.i
        start = _name_start(doc, end, taken, 4)
        if start == end or end in taken or not (start > 0 and doc[start - 1].lower_ in ("the", "'s", "’s")):
            continue
        name = doc[start:end].text
        if end - start == 1 and noun.lemma_ in FAMILY_GROUPS and not gz.demonym_country(name):
            end, name = end + 1, f"{name} {noun.text}"  # "the Kiprop gang": a surname alone would cluster with
            # its members
        out.append(Mention(start, end, "Organisation", name, name, kind="armed_group" if noun.lower_ != "party"
                           else "political_party"))
    return out


def described_name_end(doc, noun) -> int | None:
    """Where the name a describing noun is set beside ends ("X, the country's parliament,"): the comma before
    "the" and the noun's modifiers, read from the words (the parser often hangs such a noun on the verb
    instead of the name), or the comma after the name the parser saw it in apposition to ("the X, the
    dominant alliance of …"). None when the noun describes no name so."""
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text in (",", ".", ";"):
        k = noun.i - 1
        while k > max(0, noun.i - 6) and (doc[k].dep_ in ("poss", "case", "amod", "compound") or doc[k].pos_ == "ADJ") \
                and not doc[k].text[:1].isupper():
            k -= 1
        if doc[k].lower_ == "the" and k >= 2 and doc[k - 1].text == ",":
            return k - 1
    if noun.dep_ == "appos" and noun.head.i < noun.i and doc[noun.head.i + 1].text == ",":
        return noun.head.i + 1
    return None


def _equated_names(doc, taken: set[int], words: _Words) -> list[Mention]:
    """"the Kuralai, the country's parliament": capitalised words the NER left untagged, equated
    with a lower-case noun for a body ("parliament", "ruling party"), name that body. The definite
    article before the name keeps people out ("Peter, the party's founder" has none)."""
    out = []
    for noun in words.with_text(entity_types.ORG_NOUNS):
        end = described_name_end(doc, noun)
        if end is None or doc[end - 1].pos_ != "PROPN" or end - 1 in taken:
            continue
        start = _name_start(doc, end, taken, 4)
        if start < end and start > 0 and doc[start - 1].lower_ == "the":
            name = doc[start:end].text
            out.append(Mention(start, end, "Organisation", name, name, kind=gz.org_kind(name)))
    return out


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?$")


def _name_start(doc, end: int, taken: set[int], most: int, tagged_verb: bool = False) -> int:
    """Where a run of up to ``most`` capitalised name words the NER left untagged starts, read back from
    ``end`` (no state names or demonyms: "the Chin Hills militia", not "the Chinese militia"). With
    ``tagged_verb`` a first name the tagger took for a verb ("Hatem" in "Hatem Zlitni") still counts."""
    def word(tok, first: bool) -> bool:
        return (tok.pos_ == "PROPN" or (tagged_verb and tok.dep_ == "compound" and not first)) \
            and bool(_NAME_WORD.match(tok.text)) and not gz.demonym_country(tok.text) \
            and not gz.lookup_country(tok.text)

    return _name_run(doc, end, taken, most, -1, word)[0]


def _name_run(doc, edge: int, taken: set[int], most: int, step: int, word) -> tuple[int, int]:
    """(start, end) of the run of up to ``most`` name words read from ``edge`` leftwards (``step`` -1, the run
    ends at ``edge``) or rightwards (+1, it starts there), each passing ``word(token, is_first)`` and none in
    ``taken``; empty when none does. A hyphen joining two capitalised parts ("Agyei-Ansah", "Haute-Kotto")
    is inside one name word."""
    i = edge - 1 if step < 0 else edge
    first = last = None
    words, joined = 0, False
    while 0 <= i < len(doc) and i not in taken and words < most:
        tok = doc[i]
        nxt = i + step
        if tok.text == "-" and first is not None and 0 <= nxt < len(doc) and nxt not in taken \
                and not tok.whitespace_ and not doc[i - 1].whitespace_ and doc[nxt].text[:1].isupper():
            i, joined = nxt, True
            continue
        if not word(tok, first is None):
            break
        first = i if first is None else first
        last = i
        words += 0 if joined else 1
        joined = False
        i = nxt
    if first is None:
        return edge, edge
    return (last, first + 1) if step < 0 else (first, last + 1)


def _missed_people(doc, taken: set[int], words: _Words) -> list[Mention]:
    """"Hatem Zlitni, a researcher at X": two or three capitalised words the NER left untagged, equated by
    an apposition with a noun for a human being, are a person (the apposition is the evidence)."""
    out = []
    for noun in (t for t in words.with_lemma(entity_types.PERSON_NOUNS, lower=True) if t.text[:1].islower()):
        if noun.dep_ != "appos" or noun.head.i >= noun.i or noun.head.i in taken:
            continue
        end = noun.head.i + 1
        if end >= len(doc) or doc[end].text != ",":
            continue
        start = _name_start(doc, end, taken, 3, tagged_verb=True)
        if end - start < 2 or (start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start):
            continue
        if any(_date_word(doc[i]) for i in range(start, end)) or (start > 0 and doc[start - 1].is_quote):
            continue  # a quoted alias ("alias "El Tigre," a commander") names someone already named
        name = doc[start:end].text
        out.append(Mention(start, end, "Person", name, name, titles=title_before(doc, start)[0]))
    return out


def _known_as_names(doc, taken: set[int], words: _Words) -> list[Mention]:
    """"The unit, known inside Somalia as Bureau 71, …": capitalised words (and a number) the NER left
    untagged after "known as" name the noun the phrase describes, typed by that noun (a unit, a network, a
    man)."""
    out = []
    for known in words.with_text({"known"}):
        noun = known.head
        kind = entity_types.noun_type(noun) if known.dep_ == "acl" and noun.text[:1].islower() else None
        as_ = next((c for c in known.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if kind not in ("Organisation", "Person") or as_ is None:
            continue
        start = end = as_.i + 1
        while end < len(doc) and end - start < 5 and end not in taken and (
                doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() or end > start and doc[end].like_num):
            end += 1
        if end > start and doc[start].pos_ == "PROPN":
            name = doc[start:end].text
            out.append(Mention(start, end, kind, name, name, kind=gz.org_kind(name) if kind == "Organisation" else None))
    return out


def _sworn_in(doc, taken: set[int], words: _Words) -> list[Mention]:
    """"Iliesa Drauna was sworn in as prime minister": two or three capitalised words the NER left untagged,
    sworn in (only a person takes an oath of office)."""
    out = []
    for verb in words.with_lemma({"swear"}):
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.i in taken or not any(c.lower_ == "in" for c in verb.children):
            continue
        end = subj.i + 1
        start = _name_start(doc, end, taken, 3)
        if end - start >= 2 and all(doc[i].pos_ == "PROPN" for i in range(start, end)):
            name = doc[start:end].text
            out.append(Mention(start, end, "Person", name, name, titles=title_before(doc, start)[0]))
    return out


_RANKS = {"Col", "Lt", "Gen", "Maj", "Brig", "Capt", "Sgt", "Adm", "Cpl", "Cmdr"}
_RANK_PATTERN = re.compile(r"\b(" + "|".join(sorted(_RANKS)) + r")\.")


# What an outlet is called where it is cited by name ("the news site X", "the X news agency", "state television
# X", "the independent broadcaster X", "the X television channel").
_CITED_AS = {"newspaper", "broadcaster", "magazine", "tabloid", "weekly", "daily", "outlet", "website", "television"}
_NEWS_KINDS = {"site", "agency", "outlet", "website", "portal"}  # only after "news"


_CUE_WORDS = _CITED_AS | _NEWS_KINDS | {"channel"}


def _cited_outlets(doc, words: "_Words") -> list[tuple[int, int]]:
    """Outlet names read from the words that cite them, whatever the NER made of them (often nothing, or a
    place inside the name: "Myanmar Now", "N1", "the APA news agency", "the magazine Proceso")."""
    out = []
    for t in words.with_text(_CUE_WORDS):
        news = t.i > 0 and doc[t.i - 1].lower_ == "news" and t.lower_ in _NEWS_KINDS
        channel = t.lower_ == "channel" and t.i > 0 and doc[t.i - 1].lower_ in ("television", "tv")
        if not (news or channel or t.lower_ in _CITED_AS):
            continue
        end = t.i + 1  # the name after the cue
        while end < len(doc) and (_name_word(doc[end]) or doc[end].lower_ in ("of", "de", "del") and end + 1 < len(
                doc) and _name_word(doc[end + 1]) and end > t.i + 1):
            end += 1
        if end > t.i + 1:
            out.append((t.i + 1, end))
            continue
        first = t.i - (2 if news or channel else 1)  # the name before "news agency", "television channel"
        start = first + 1
        while start - 1 >= 0 and _name_word(doc[start - 1]):
            start -= 1
        if start <= first and (news or channel or t.lower_ in ("newspaper", "broadcaster", "magazine")):
            out.append((start, first + 1))
    for t in words.with_lower({"told"}):  # "told G1 that …", "told N1": a name with a digit is no person's
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and any(c.isdigit() for c in nxt.text) and len(nxt.text) <= 6 \
                and t.i + 2 < len(doc) and doc[t.i + 2].lower_ in ("that", ",", "on", "in", "."):
            out.append((t.i + 1, t.i + 2))
    return [(a, b) for a, b in out if not _state_word(doc[a:b].text) and not _employer(doc, _cue_start(doc, a))]


def _cue_start(doc, i: int) -> int:
    """Where "the Dominican newspaper" begins, walking back over its lower-case and demonym words."""
    j = i - 1
    while j >= 0 and (doc[j].text[:1].islower() or doc[j].ent_type_ or doc[j].text == "-") \
            and doc[j].pos_ != "ADP" and not (doc[j].pos_ in ("VERB", "AUX")
                                                and doc[j].dep_ not in ("amod", "compound")):
        j -= 1  # (over "the exiled", "Poland-based"; not past "told")
    return j + 1


def _employer(doc, start: int) -> bool:
    """"a reporter for the newspaper X", "editor of the broadcaster Y": where someone works, not a citation."""
    return start > 0 and doc[start - 1].lower_ in ("for", "of", "with", "at")


def _name_word(tok) -> bool:
    """A word of an outlet's name: capitalised ("JoongAng", "N1"), or the hyphen and article of "al-Masirah"."""
    doc = tok.doc
    if tok.text == "-" or tok.lower_ in ("al", "el"):  # inside "Al-Wasat", "al-Masirah"
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return tok.i > 0 and nxt is not None and (tok.text == "-" or nxt.text == "-") \
            and (nxt.text[:1].isupper() or nxt.text == "-")
    domain = _DOMAIN.fullmatch(tok.text) is not None
    return tok.text[:1].isupper() and (tok.is_alpha or any(c.isdigit() for c in tok.text) or domain) \
        and (tok.ent_type_ != "DATE" or domain) and tok.pos_ != "DET"


_DOMAIN = re.compile(r"[A-Z][\w-]*\.[a-z]{2,4}")  # "Kun.uz", "Klix.ba": a news site named by its address


def _state_word(text: str) -> bool:
    """"the Dominican newspaper", "Kenyan television": a state, not the outlet's name."""
    return bool(gz.lookup_country(text) or gz.demonym_country(text) or gz.lookup_agency(text))


def _ranked_names(doc, words: _Words) -> list[tuple[int, int]]:
    """Capitalised words after an abbreviated military rank ("Col. Innocent Bahati Rugero", "Maj. Gen. X"):
    a person's name, whatever the NER made of it (a place, or a person cut in two)."""
    out = []
    for hit in _RANK_PATTERN.finditer(doc.user_data.get("_text") or doc.text):
        span = doc.char_span(hit.start(1), hit.end(1), alignment_mode="expand")
        if span is None or span.text not in (hit.group(1), hit.group(1) + "."):
            continue  # ("Maj." is one token: the tokenizer keeps the ranks whole)
        i = span.end + (1 if span.end < len(doc) and doc[span.end].text == "." else 0)
        while i < len(doc) and doc[i].text.rstrip(".") in _RANKS | {"."}:  # "Maj. Gen."
            i += 1
        j = i
        while j < len(doc) and j - i < 7 and (doc[j].text[:1].isupper() and doc[j].is_alpha
                                              or doc[j].lower_ in ("al", "bin", "ibn", "-")):
            j += 1
        whole = i < len(doc) and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B" and all(
            doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "I" for k in range(i + 1, j)) and (
            j == len(doc) or doc[j].ent_iob_ != "I")
        if j - i >= 2 and doc[j - 1].text[:1].isupper() and not whole and not gz.lookup_country(doc[i:j].text):
            out.append((i, j))
    return sorted(set(out + _spelled_rank_names(doc, words)))


_SPELLED_RANKS = {"Brigadier", "Colonel", "Lieutenant", "Captain", "Major", "Sergeant", "Admiral", "General",
                  "Corporal", "Commodore"}
_NOT_NAMES = {"General", "Assembly", "Command", "Staff", "Council", "Directorate", "Headquarters", "Secretary",
              "Prosecutor", "Intelligence", "Security", "Court", "Office", "Inspector", "Department", "Service"}


def _spelled_rank_names(doc, words: _Words) -> list[tuple[int, int]]:
    """"the army's spokesman, Brigadier Sampath Liyanage": two or three capitalised words the NER left
    untagged after a rank written out are a person ("General Assembly", "Major General" are not names)."""
    out = []
    for rank in words.with_text(_SPELLED_RANKS):  # (a rank word is rare, the walk is not)
        i = rank.i + 1
        while i < len(doc) and doc[i].text in _SPELLED_RANKS:  # "Lieutenant Colonel", "Brigadier General"
            i += 1
        j = i
        while j < len(doc) and j - i < 4 and doc[j].is_title and doc[j].is_alpha and doc[j].text not in _NOT_NAMES \
                and doc[j].ent_type_ in ("", "PERSON"):
            j += 1
        if 2 <= j - i <= 3 and (j == len(doc) or not (doc[j].is_title and doc[j].is_alpha)) and not all(
                doc[k].ent_type_ == "PERSON" for k in range(i, j)) and not gz.lookup_country(doc[i:j].text):
            out.append((i, j))
    return out


def _group_adjectives(ents, mentions: list[Mention]) -> list[Mention]:
    """"a Houthi spokesman", "Houthi targets" name the Houthis when the article calls them so."""
    groups = {m.name for m in mentions if m.type == "Organisation" and m.name.endswith("s")}
    for m in mentions:  # the NER sometimes calls the adjective a place
        if m.type == "Location" and m.name + "s" in groups:
            m.type, m.name, m.kind = "Organisation", m.name + "s", "armed_group"
    taken = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(span.start, span.end, "Organisation", span.text + "s", span.text, kind="armed_group")
            for span in ents if span.label_ in ("NORP", "ORG") and span.text + "s" in groups
            and span.start not in taken]


def _disambiguate_countries(mentions: list[Mention]) -> None:
    """A short state name inside a longer one the article uses ("Congo" with "Democratic Republic of Congo")."""
    by_surface = {_clean(m.surface): m.name for m in mentions if m.type == "Country"}
    for m in mentions:
        if m.type != "Country":
            continue
        short = _clean(m.surface)
        longer = [n for n in by_surface if n != short and n.endswith(" " + short)]
        if longer and by_surface[longer[0]] != m.name:
            m.alias, m.name = short, by_surface[longer[0]]


# clustering ---------------------------------------------------------------------------
@lru_cache(maxsize=1 << 14)
def _name_tokens(name: str) -> tuple[str, ...]:
    """A name's folded words without particles ("al-"), as a tuple: memoised, since clustering compares
    every pair of person names."""
    out = []
    for w in fold(name).split():
        for p in _PARTICLES:
            w = w.removeprefix(p.lower())
        out.append(w)
    return tuple(out)


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(full[i:i + n] == part for i in range(len(full) - n + 1))


def _cluster_persons(mentions: list[Mention]) -> dict[int, str]:
    """Mention index → canonical full name: "X" and "Gen. Y X" go to "Y X", the latest fitting full name."""
    persons = [(i, m) for i, m in enumerate(mentions) if m.type == "Person"]
    canon: dict[int, str] = {}
    fulls = sorted({m.name for _, m in persons if len(m.name.split()) > 1}, key=len, reverse=True)
    full_of: dict[str, str] = {}
    for f in fulls:  # a shorter full name inside a longer one is the same person
        full_of[f] = next((g for g in fulls if len(g) > len(f) and _contains(_name_tokens(g), _name_tokens(f))
                           and full_of.get(g, g) == g), f)
    last_seen: dict[str, int] = {}
    for i, m in persons:
        toks = _name_tokens(m.name)
        if m.name in full_of and full_of[m.name] == m.name:
            canon[i] = m.name
        else:
            cands = [f for f in fulls if full_of[f] == f and _contains(_name_tokens(f), toks)]
            if len(cands) > 1:
                before = [c for c in cands if c in last_seen]
                cands = [max(before, key=lambda c: last_seen[c])] if before else cands[:1]
            canon[i] = cands[0] if cands else m.name
        last_seen[canon[i]] = i
    return canon


@lru_cache(maxsize=1 << 14)
def _initials(name: str) -> str:
    """"UN Support Mission" -> "USM" (memoised: a pure function of the name, asked for every organisation pair)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _STOP]
    return "".join(w[0] for w in words).upper()


def _cluster_orgs(doc, mentions: list[Mention]) -> dict[int, str]:
    """Mention index → canonical org name: acronyms, "(ACR)", ", the ACR", "known as", "X Group"."""
    orgs = [(i, m) for i, m in enumerate(mentions) if m.type == "Organisation"]
    canon = {i: m.name for i, m in orgs}
    longs = [m.name for _, m in orgs if len(m.name.split()) > 1]
    for i, m in orgs:
        if m.name.isupper() and 2 <= len(m.name) <= 6:
            full = next((n for n in longs if _initials(n) == m.name), None)
            if full:
                canon[i] = full
        base = re.sub(r"\s+(group|movement|organisation|organization)$", "", m.name, flags=re.I)
        if base != m.name and any(o.name == base for _, o in orgs):
            canon[i] = base
    by_start = {m.start: i for i, m in enumerate(mentions)}
    alias_of: dict[str, str] = {}
    for i, m in orgs:  # explicit aliases written next to the name
        j = _alias_after(doc, m.end)
        k = by_start.get(j) if j is not None else None
        if k is not None and mentions[k].end < len(doc) and (doc[mentions[k].end].lower_ in ("'s", "’s") or (
                doc[mentions[k].end].is_lower and doc[mentions[k].end].pos_ in ("NOUN", "ADJ"))):
            continue  # "the EEAS, the EU's diplomatic arm", "MINURSO, the UN peacekeeping mission": the other body
            # owns or qualifies it, it is not a name of it
        if k is not None and mentions[k].type == "Organisation" and canon.get(k) == mentions[k].name:
            alias_of.setdefault(mentions[k].name, canon[i])
    for i, m in orgs:  # "X, the militant alliance better known as the Pakistani Taliban or TTP"
        k = _known_as_after(doc, m, by_start)
        if k is not None and mentions[k].type == "Organisation":
            alias_of.setdefault(mentions[k].name, canon[i])
            j = _alias_after(doc, mentions[k].end)  # "… or TTP"
            if j is not None and by_start.get(j) is not None and mentions[by_start[j]].type == "Organisation":
                alias_of.setdefault(mentions[by_start[j]].name, canon[i])
    for i, m in orgs:  # every later mention of the alias goes to the same organisation
        name, seen = canon[i], set()
        while name in alias_of and alias_of[name] != name and name not in seen:  # aliases of aliases
            seen.add(name)
            name = alias_of[name]
        canon[i] = name
    for i, m in orgs:  # "Haitian police" is the "Haiti National Police" the article names
        named = _named_institution(m, [o for _, o in orgs if o is not m])
        if named:
            canon[i] = named
    by_office = {}  # "the Defence Ministry" is the "Ministry of Defence" named before
    for i, m in orgs:
        key = _ministry_key(m.name)
        if key:
            canon[i] = by_office.setdefault(key, canon[i])
    for i, m in orgs:  # "the Front's leader" after "the Citizens' Front for Renewal": its head word alone
        if m.name.lower() in gz.ORG_HEADS and m.name.istitle():
            whole = {canon[k] for k, o in orgs if m.name in o.name.split() and len(o.name.split()) > 1}
            if len(whole) == 1:
                canon[i] = whole.pop()
    return canon


_MINISTRY = re.compile(r"^(?:(?P<a>[A-Z][a-z]+(?: Affairs)?) Ministry|Ministry of (?:the )?(?P<b>[A-Z][a-z]+)"
                       r"(?: Affairs)?)$")


def _ministry_key(name: str) -> str | None:
    """One key for "Defence Ministry" and "Ministry of Defence", "Interior Ministry" and "Ministry of the
    Interior" (a state named in front keeps them apart: "Kenyan Defence Ministry" is not matched)."""
    m = _MINISTRY.match(name)
    if not m:
        return None
    word = (m.group("a") or m.group("b")).split()[0].lower()
    return {"defense": "defence", "home": "interior"}.get(word, word)


def _known_as_after(doc, m: Mention, by_start: dict[int, int]) -> int | None:
    """Index of the mention named by "…, the militant alliance better known as (the) X" right after ``m``."""
    if m.end >= len(doc) or doc[m.end].text != ",":
        return None
    for t in doc[m.end + 1:min(len(doc), m.end + 10)]:
        if t.lower_ == "known" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "as":
            j = t.i + 2
            if j < len(doc) and doc[j].lower_ == "the":
                j += 1
            return by_start.get(j) if j in by_start else by_start.get(j - 1)
        if t.pos_ == "VERB" or t.text in (".", ";"):
            return None
    return None


def _named_institution(m: Mention, others: list[Mention]) -> str | None:
    words = m.name.split()
    if len(words) < 2 or words[0] not in gz.DEMONYMS:
        return None
    country = gz.demonym_country(words[0]) or ""
    noun, middle = words[-1].lower(), [w.lower() for w in words[1:-1]]
    army = noun in _ARMY_WORDS or noun == "forces"
    for o in others:
        low = o.name.lower()
        same_body = (noun in low.split() or noun in _ARMY_WORDS and low.endswith(_ARMY_NAMES)) and not (
            army and not low.startswith((country.lower(), words[0].lower(), "armed forces of")))
        # (not the Revolutionary Armed Forces of Colombia, nor a military academy: a state's army is named
        # for the state first, and ends with what it is)
        if o.name != m.name and same_body and (country.lower() in low or words[0].lower() in low) \
                and all(w in low.split() for w in middle):  # "Nepali home ministry" is no foreign ministry
            return o.name
    return None


# "the Israeli army" is the Israel Defense Forces, "the Angolan military" the Angolan Armed Forces
_ARMY_WORDS = {"army", "military"}
_ARMY_NAMES = ("army", "armed forces", "defense forces", "defence forces", "military")


_ALIAS_OPENERS = {"(", ",", "known", "or"}


def _alias_after(doc, end: int) -> int | None:
    """Token index of a name given as an alias right after ``end``: "(ELN)", ", the CNE", ", or FARC",
    ", known as the Tatmadaw"."""
    if end >= len(doc) or doc[end].lower_ not in _ALIAS_OPENERS:
        return None  # (every form below opens with one of these: no four-word slice for the rest)
    toks = [t.lower_ for t in doc[end:end + 4]]
    if toks[:3] == [",", "known", "by"]:  # ", known by its Estonian acronym KAPO", ", known by the initials X"
        k = next((t.i for t in doc[end + 3:end + 7] if t.lower_ in ("acronym", "initials", "abbreviation")), None)
        return k + 1 if k is not None and k + 1 < len(doc) else None
    for pattern in (["("], [",", "the"], [",", "or"], [",", "known", "as", "the"], [",", "known", "as"],
                    ["known", "as"], ["known", "as", "the"], ["or"]):
        if toks[:len(pattern)] == pattern and end + len(pattern) < len(doc):
            return end + len(pattern)
    return None


def _known_as(doc, mentions: list[Mention]) -> dict[int, int]:
    """Person mention index → index of the person it is an alias of ("X, widely known as Y")."""
    by_start = {m.start: i for i, m in enumerate(mentions)}
    out = {}
    for i, m in enumerate(mentions):
        if m.type != "Person":
            continue
        j = _alias_after(doc, m.end)
        k = by_start.get(j) if j is not None and "known" in doc[m.end:j].text else None
        if k is None and m.end + 1 < len(doc) and doc[m.end].text == ",":  # ", widely known as"
            t = m.end + 1
            while t < len(doc) and doc[t].pos_ == "ADV":
                t += 1
            if doc[t:t + 2].text.lower() == "known as":
                q = t + 2
                while q < len(doc) and doc[q].is_quote:  # 'better known as "Fito"'
                    q += 1
                k = by_start.get(q)
        if k is None and m.end + 2 < len(doc) and doc[m.end].text == ",":  # ", who is known by the nom de guerre X"
            window = doc[m.end + 1:min(len(doc), m.end + 12)]
            known = next((t for t in window if t.lower_ == "known"), None)
            if known is not None and all(t.lower_ in _KNOWN_FILLERS for t in doc[m.end + 1:known.i]):
                j = known.i + 1
                while j < len(doc) and j < known.i + 7 and j not in by_start and doc[j].lower_ in _KNOWN_FILLERS:
                    j += 1
                k = by_start.get(j)
        if k is None and m.end + 2 < len(doc) and doc[m.end].text == ",":  # ", the RSF commander known as Y"
            window = doc[m.end + 1:min(len(doc), m.end + 11)]
            known = next((t for t in window if t.lower_ == "known" and t.i + 1 < len(doc)
                          and doc[t.i + 1].lower_ == "as"), None)
            if known is not None and window[0].lower_ in ("the", "a", "an") and all(
                    t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "ADV") and t.text != "," for t in doc[m.end + 1:known.i]):
                q = known.i + 2
                while q < len(doc) and doc[q].is_quote:
                    q += 1
                k = by_start.get(q)
        if k is None and m.end + 2 < len(doc) and doc[m.end].text == ",":  # ", whose real name is X", ", born X"
            j = m.end + 1
            while j < len(doc) and j < m.end + 7 and j not in by_start and doc[j].lower_ in _REAL_NAME_FILLERS:
                j += 1
            if any(t.lower_ in ("name", "born") for t in doc[m.end + 1:j]):
                k = by_start.get(j)
        if k is not None and mentions[k].type != "Person" and doc[mentions[k].start - 1].is_quote \
                and mentions[k].type in ("Location", "Organisation") and not mentions[k].kind:
            for o in mentions:  # 'X, known as "El Gato"': a man's nickname, whatever the NER made of it
                if o.name == mentions[k].name:
                    o.type = "Person"
        if k is not None and mentions[k].type == "Person":
            out[k] = i
    return out


_REAL_NAME_FILLERS = {"whose", "real", "full", "birth", "given", "legal", "name", "is", "was", "born"}


_KNOWN_FILLERS = {"who", "is", "was", "also", "better", "widely", "popularly", "as", "by", "the", "his", "her", "nom",
                  "de", "guerre", "name", "alias", "moniker", "nickname", "'", "\"", "“"}


# collection --------------------------------------------------------------------------
_NAME_PARTICLES = {"e", "i", "ul", "ud", "al", "el", "ad", "as", "ash", "ut", "u", "o"}
_IZAFE = {"e", "i", "ul", "ud", "ut", "u", "o"}  # "-e-", "-i-", "-ul-" join the words of a group's name


def _particle_chains(doc, ents) -> list:
    """"Lashkar" + "-e-Taiba", "Tehrik" + "-i-" + "Taliban": a name glued by hyphens and a particle
    ("e", "i", "ul", "al") is one organisation, whatever the NER cut. Two capitalised words joined by a hyphen
    alone ("Israel-Hamas") are left as they are."""
    if "-" not in (doc.user_data.get("_text") or doc.text):
        return ents
    out, skip_to = [], -1
    for k, ent in enumerate(ents):
        if ent.start < skip_to:
            continue
        j, particles = ent.end, set()
        while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                and (doc[j + 1].is_title or doc[j + 1].lower_ in _NAME_PARTICLES) and doc[j + 1].is_alpha:
            particles |= {doc[j + 1].lower_} & _NAME_PARTICLES
            j += 2
        if j == ent.end or not particles or doc[j - 1].lower_ in _NAME_PARTICLES:
            inner = ent.label_ == "PERSON" and any(  # (only a person's span is retyped: no walk for the rest)
                t.lower_ in _IZAFE and t.i > ent.start and doc[t.i - 1].text == "-" for t in ent)
            out.append(Span(doc, ent.start, ent.end, label="ORG") if inner else ent)
            continue
        end = max([j] + [e.end for e in ents[k + 1:] if e.start < j])
        skip_to = end
        out.append(Span(doc, ent.start, end, label="ORG" if particles & _IZAFE or ent.label_ in ("NORP", "GPE")
                        else ent.label_))
    return out


def _acronymed_bodies(doc, ents) -> list:
    """"Jama'at Nusrat al-Islam wal-Muslimin (JNIM)" tagged as a person: a name followed by a bracketed acronym
    is a body's (people are not given acronyms)."""
    out = []
    for e in ents:
        j = e.end
        if e.label_ == "PERSON" and len(e) >= 2 and j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" \
                and ACRONYM.fullmatch(doc[j + 1].text):
            e = Span(doc, e.start, e.end, label="ORG")
        out.append(e)
    return out


def _name_tail(doc, span, nxt):
    """"San Pedro" + "Sula", "Novi" + "Sad", "Rezaul Karim" + "Talukder": a place or person name the NER stopped
    one capitalised word short of (not a state's name, and only one untagged proper noun that ends the name)."""
    end = span.end
    if span.label_ not in ("GPE", "LOC", "PERSON") or end + 1 >= len(doc) or (nxt is not None and nxt.start == end):
        return span
    word, after = doc[end], doc[end + 1]
    unknown = span.label_ == "PERSON" and word.pos_ == "VERB" and not word.is_sent_start and after.is_punct
    # ("Mahad Hirsi" + "Guled," with the name tagged as a past-tense verb: no verb is capitalised mid-sentence)
    if not ((word.pos_ == "PROPN" or unknown) and word.is_title and not word.ent_type_ and doc[end - 1].whitespace_
            and after.pos_ != "PROPN" and not after.text[:1].isupper()
            and not (span.label_ == "PERSON" and word.dep_ == "compound")):  # not "the Kingmi Papua church"
        return span
    if gz.lookup_country(span.text) or gz.capital_country(span.text) or gz.lookup_country(word.text) \
            or word.lower_ in gz.ORG_HEADS or gz.split_title(word.text)[0]:
        return span
    return Span(doc, span.start, end + 1, label=span.label_)


_PARTY_WORDS = {"party", "pati", "front", "movement", "alliance", "congress", "union", "league"}


_TRADE_TAILS = {"transfer", "transfers", "remittance", "remittances", "import", "export", "contracting", "transport"}


def _trade_after(doc, cur, nxt) -> int | None:
    """End of "<name> for <Trade Words>" when the capitalised words after "for" end in a trade ("Money
    Transfer", "General Trading"), tagged as one organisation or left untagged; else None."""
    if cur.label_ not in ("GPE", "LOC", "ORG", "PERSON", "FAC") or cur.end + 2 >= len(doc) \
            or doc[cur.end].lower_ != "for":
        return None
    end = cur.end + 1
    while end < len(doc) and end - cur.end <= 4 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == cur.end + 1 or doc[end - 1].lower_ not in entity_types.COMPANY_WORDS | _TRADE_TAILS:
        return None
    if nxt is not None and nxt.start < end and not (
            nxt.start == cur.end + 1 and nxt.end == end and nxt.label_ == "ORG"):
        return None  # (a name of its own there, not the trade)
    return end


def _join_split_names(doc, ents) -> tuple:
    """Names the NER cut in two: "Hassan Sheikh" + "Mohamud" (two person spans side by side) is one
    person; "Tehreek-e-" + "Taliban" (a span ending in a hyphen glued to the next) is one organisation."""
    ents = _acronymed_bodies(doc, _particle_chains(doc, list(ents)))
    if len(ents) < 2:
        return tuple(_company_form(doc, _name_tail(doc, e, None), None) for e in ents)
    out = []
    i = 0
    while i < len(ents):
        cur = _name_tail(doc, ents[i], ents[i + 1] if i + 1 < len(ents) else None)
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and cur.label_ in ("GPE", "LOC") and nxt.label_ in ("GPE", "LOC") and nxt.start == cur.end \
                and doc[cur.end - 1].lower_ in ("del", "de", "la", "el", "al", "des", "do", "da"):
            out.append(Span(doc, cur.start, nxt.end, label=cur.label_))  # "Valle del" + "Cauca"
            i += 2
            continue
        trade = _trade_after(doc, cur, nxt)
        if trade is not None:
            out.append(Span(doc, cur.start, trade, label="ORG"))  # "Dar al-Salam" + "for" + "Money Transfer",
            i += 2 if nxt is not None and nxt.end == trade else 1  # "Al-Huda for General Trading": a firm named
            continue  # for its trade, the Arabic way
        if nxt is not None and cur.label_ in ("GPE", "LOC") and nxt.label_ in ("GPE", "LOC", "ORG") \
                and nxt.start - cur.end <= 2 and doc[cur.end].lower_ == "and" \
                and gz.lookup_country(doc[cur.start:nxt.end].text.removeprefix("the ")):
            out.append(Span(doc, cur.start, nxt.end, label="GPE"))  # "St Vincent" + "and the" + "Grenadines"
            i += 2
            continue
        if nxt is not None and cur.label_ == "PERSON" and nxt.label_ == "FAC" and nxt.start == cur.end:
            out.append(Span(doc, cur.start, nxt.end, label="FAC"))  # "John F. Kennedy" + "International
            i += 2  # Airport": a place named for a person
            continue
        bridged = _particle_bridge(doc, cur, nxt)
        if bridged is not None:  # "Foz" + "do" + "Iguaçu", "Comando" + "do" + "Tapajós"
            out.append(bridged)
            i += 2 if nxt is not None and nxt.end == bridged.end else 1
            continue
        if nxt is not None and cur.label_ == "ORG" and nxt.label_ == "ORG" and nxt.start == cur.end + 1 \
                and doc[cur.end].text == "," and _ministry_of(cur) and any(t.lower_ == "and" for t in nxt):
            out.append(Span(doc, cur.start, nxt.end, label="ORG"))  # "Ministry of Police, National Security and
            i += 2  # Correctional Services": a ministry's list of portfolios is one name
            continue
        if nxt is not None and cur.label_ == "ORG" and nxt.label_ == "NORP" and nxt.start == cur.end + 1 \
                and doc[cur.end].lower_ == "of":  # "the Liberation Tigers" + "of" + "Tamil" + "Eelam"
            end = nxt.end
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and doc[end].ent_type_ in ("", "ORG", "NORP"):
                end += 1
            out.append(Span(doc, cur.start, end, label="ORG"))
            i += 2
            continue
        if nxt is not None and _and_tail(doc, cur, nxt):
            out.append(Span(doc, cur.start, nxt.end, label="ORG"))  # "Office for Kosovo" + "and Metohija"
            i += 2
            continue
        if nxt is not None and nxt.start == cur.end and cur.label_ == "ORG" and len(cur) > 2 \
                and doc[cur.end - 1].lower_ in ("the", "of") and nxt.label_ in ("ORG", "GPE"):
            out.append(Span(doc, cur.start, nxt.end, label="ORG"))  # "the Council of the" + "EU"
            i += 2
            continue
        if nxt is not None and nxt.start == cur.end:
            last = doc[cur.end - 1]
            if cur.label_ in ("GPE", "LOC", "ORG", "PERSON") and nxt.label_ in ("GPE", "LOC", "ORG", "PERSON") and \
                    last.whitespace_ == " " and gz.lookup_country(f"{cur.text} {nxt.text}"):
                out.append(Span(doc, cur.start, nxt.end, label="GPE"))  # "Burkina" + "Faso"
                i += 2
                continue
            if cur.label_ == "PERSON" and nxt.label_ in ("PERSON", "DATE", "TIME") and last.whitespace_ == " " \
                    and (len(nxt) == 1 or (nxt.label_ == "PERSON" and len(nxt) == 2 and nxt[1].is_title)) and nxt[0].is_title and nxt[0].pos_ == "PROPN" and not gz.split_title(nxt.text)[0] \
                    and (nxt.label_ == "PERSON" or not _date_word(nxt[0])):  # "Nadine" + "Marchand" taken for a date
                out.append(Span(doc, cur.start, nxt.end, label="PERSON"))
                i += 2
                continue
            if cur.label_ in ("PERSON", "GPE", "NORP") and nxt.label_ == "ORG" and last.whitespace_ == " " \
                    and nxt[-1].lower_ in _PARTY_WORDS and cur.start > 0 and doc[cur.start - 1].lower_ in (
                        "the", "opposition", "ruling", "governing"):
                out.append(Span(doc, cur.start, nxt.end, label="ORG"))  # "the opposition Umoja Kenya" +
                i += 2  # "Haki Party": one party's name the NER cut in two
                continue
            if last.text.endswith("-") and not last.whitespace_ and nxt[0].is_title:
                end, k = nxt.end, i + 2
                after = ents[k] if k < len(ents) else None
                if after is not None and after.start == end and after.label_ == "GPE" and \
                        (end + len(after) >= len(doc) or doc[after.end].is_punct):
                    end, k = after.end, k + 1  # "Tehreek-e-Taliban Pakistan,"
                out.append(Span(doc, cur.start, end, label="ORG"))
                i = k
                continue
        out.append(_company_form(doc, cur, nxt))
        i += 1 + (nxt is not None and out[-1].end >= nxt.end)
    return tuple(out)


def _ministry_of(span) -> bool:
    """"(the) Ministry of …", "Department for …"."""
    k = 1 if span[0].lower_ == "the" else 0
    return len(span) > k + 2 and span[k].lower_ in ("ministry", "department", "office") \
        and span[k + 1].lower_ in ("of", "for")


_BRIDGES = {"do", "da", "dos", "das", "de", "del", "di", "du", "des"}


def _particle_bridge(doc, cur, nxt):
    """Two names the NER cut at a Romance particle between them: "Foz" + "do Iguaçu" is one place, "Cartel"
    + "de Sinaloa" or "Comando" + "do Tapajós" (a one-word "person" or a body before a place) one organisation,
    a person's name cut before "da Silva" one person. A multi-word person before a place stays as it is
    ("… de Lima" can be a surname)."""
    if cur.end + 1 >= len(doc) or doc[cur.end].lower_ not in _BRIDGES or not doc[cur.end].is_lower \
            or not doc[cur.end + 1].is_title:
        return None
    places = ("GPE", "LOC", "FAC")
    if nxt is None or nxt.start != cur.end + 1:  # "Foz do Iguaçu" with "Iguaçu" untagged
        j = cur.end + 1
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and not doc[j].ent_type_:
            j += 1
        if cur.label_ in places and j > cur.end + 1 and not gz.lookup_country(cur.text) \
                and (j == len(doc) or not doc[j].is_title) and (nxt is None or nxt.start >= j):
            return Span(doc, cur.start, j, label="LOC")
        return None
    if cur.label_ in places and nxt.label_ in places:
        label = "LOC" if gz.lookup_country(cur.text) is None else None
    elif cur.label_ == "PERSON" and nxt.label_ == "PERSON":
        label = "PERSON"
    elif (cur.label_ == "ORG" or cur.label_ == "PERSON" and len(cur) == 1) and nxt.label_ in (*places, "ORG"):
        label = "ORG"
    else:
        label = None
    return Span(doc, cur.start, nxt.end, label=label) if label else None


def _company_form(doc, span, nxt):
    """"Aurora Norte DTVM", "Atlas Trading LLC": a company's legal form after its name belongs to the name
    (whatever the NER made of either part)."""
    end = span.end
    if end >= len(doc) or doc[end].text not in gz.COMPANY_FORMS or not doc[end - 1].whitespace_ \
            or span.label_ not in ("ORG", "PRODUCT", "PERSON", "GPE", "WORK_OF_ART", "FAC"):
        return span
    if nxt is not None and nxt.start == end and nxt.end > end + 1:
        return span
    return Span(doc, span.start, end + 1, label="ORG")


def _and_tail(doc, cur, nxt) -> bool:
    """"Office for Kosovo and Metohija", "Party of Action and Solidarity": a body's name of the form "X of/for Y
    and Z" that the NER cut at the "and" (one capitalised word after it, not a state or a known body, and no
    name going on after it)."""
    if cur.label_ != "ORG" or nxt.start != cur.end + 1 or doc[cur.end].lower_ != "and" or len(nxt) != 1:
        return False
    if len(cur) < 3 or doc[cur.end - 2].lower_ not in ("of", "for") or not doc[cur.end - 1].text[:1].isupper():
        return False
    word = nxt[0]
    after = doc[nxt.end] if nxt.end < len(doc) else None
    return nxt.label_ in ("ORG", "GPE", "LOC") and word.is_title and not gz.lookup_country(word.text) \
        and not gz.lookup_agency(word.text) and not (after is not None and after.text[:1].isupper())


def _date_word(tok) -> bool:
    return tok.lower_ in WEEKDAYS or tok.lower_ in MONTHS or tok.lower_.rstrip(".") in (
        m[:3] for m in MONTHS) or any(ch.isdigit() for ch in tok.text)


# Mentions the NER leaves untagged, found in this order (later finders skip what earlier ones took).
# People who belong to a body named just before them ("the TPNPB commander X", "ELN fighters").
_MEMBER_HEADS = {"commander", "commanders", "spokesman", "spokeswoman", "spokesperson", "leader", "leaders", "chief",
                 "fighters", "militants", "members", "member", "founder", "official", "officials", "gunmen", "rebels"}


def _acronym_before_member(doc, taken: set[int], words: _Words) -> list[Mention]:
    """"the TPNPB commander X", "BLF fighters": an unknown all-capitals word qualifying a member noun is the
    body's acronym, whatever the NER made of it (often nothing)."""
    out = []
    for tok in words.with_text({w for w in words.texts if len(w) >= 3 and w.isalpha() and w.isupper()}):
        if tok.i in taken or tok.dep_ != "compound" or tok.head.lower_ not in _MEMBER_HEADS \
                or tok.head.i != tok.i + 1 or gz.lookup_country(tok.text) or gz.demonym_country(tok.text) \
                or tok.text in gz.TITLE_WORDS or gz.lookup_outlet(tok.text):
            continue
        out.append(Mention(tok.i, tok.i + 1, "Organisation", tok.text, tok.text, kind=None))
    return out


def _body_before_title(doc, taken: set[int], words: _Words) -> list[Mention]:
    """"Australian Federal Police Deputy Commissioner X": a body's name written before a person's title,
    which the NER folds into nothing (the title is kept as the person's, the body becomes a mention)."""
    out = []
    for tok in words.with_lower(_TITLED_BODY_HEADS):
        i = tok.i
        if i in taken or not tok.is_title or i + 1 >= len(doc) or doc[i + 1].text not in gz.TITLE_WORDS:
            continue
        start = i
        while start > 0 and i - start < 4 and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "ADJ") \
                and start - 1 not in taken and doc[start - 1].text not in gz.TITLE_WORDS:
            start -= 1
        if start == i:
            continue
        name = doc[start:i + 1].text
        out.append(Mention(start, i + 1, "Organisation", name, name, kind=gz.org_kind(name)))
    return out


_TITLED_BODY_HEADS = frozenset(_BODY_LAST_WORDS | {"service"})  # "… Police Deputy Commissioner X"


_UNTAGGED_FINDERS = (_agency_mentions, _description_mentions, _institution_mentions, _office_mentions,
                     _missed_people, _sworn_in, _known_as_names, _equated_names, _named_before_body, _acronym_before_member, _body_before_title,
                     _settlement_mentions)


def mentions_of(doc, table: TokenTable | None = None) -> list[Mention]:
    """Typed mentions in document order: NER spans fixed by rules, plus agencies and descriptions.
    (``table``: the doc's token strings if already read, see ``nlp.TokenTable``.)"""
    out: list[Mention] = []
    dropped: set[int] = set()
    ents = _join_split_names(doc, doc.ents)  # doc.ents is a property that rebuilds its spans on every read
    words = _Words(doc, table)
    ranked = _ranked_names(doc, words)
    if ranked:  # "Col. Innocent Bahati Rugero" tagged as a place: the rank says it is a person
        cut = {i for a, b in ranked for i in range(a, b)}
        ents = [e for e in ents if not cut & set(range(e.start, e.end))]
        ents += [Span(doc, a, b, label="PERSON") for a, b in ranked]
        ents.sort(key=lambda e: e.start)
    cited = _cited_outlets(doc, words)
    if cited:  # "the news site Myanmar Now": the outlet, not the state inside its name
        cut = {i for a, b in cited for i in range(a, b)}
        ents = [e for e in ents if not cut & set(range(e.start, e.end))]
    before: dict[int, tuple[list[str], int]] = {}  # title_before by start: both loops below ask for it

    def titled(start: int) -> tuple[list[str], int]:
        if start not in before:
            before[start] = title_before(doc, start)
        return before[start]

    for span in ents:
        if span.label_ == "PERSON":
            titles, first = titled(span.start)
            dropped.update(range(first, span.start))
    common: set[str] | None = None  # "novichok" written as a common noun (made when a one-word person asks)
    texts = words.texts
    for span in ents:
        if span.start in dropped and span.label_ != "GPE":
            continue
        if out and out[-1].type == "Person" and span.start < out[-1].end:
            continue  # the surname a particle chain took into the name before it (``_extend_particles``)
        if span.label_ == "PERSON" and len(span) == 1 and (span[0].tag_ == "JJ" or span[0].dep_ == "amod" or (
                span[0].dep_ == "conj" and span[0].head.tag_ == "JJ")):
            continue  # "baseless and Russophobic", "a Vincentian associate": a word that qualifies, no one named
        if span.label_ == "PERSON" and len(span) == 1:
            if common is None:
                common = {w for w in words.texts if w.islower() and w.isalpha()}
            if span.text.lower() in common:
                continue
        if span.start <= 2 and span.text.isupper() and len(span.text) > 3 and span.end < len(doc) and doc[
                span.end].text in ("–", "—", "-", "("):
            continue  # "WASHINGTON – …": a dateline says where the story was filed, not who is in it
        bracket = next((i for i in range(span.start + 1, span.end) if texts[i] == "("), None)
        if bracket is not None:  # "Revolutionary Army of the Coast (ERL": the acronym is a mention of its own
            span = Span(doc, span.start, bracket, label=span.label_)
        if span.start > 0 and texts[span.start - 1].lower() in entity_types.GROUP_WORDS \
                and texts[span.start - 1][:1].isupper() and (not out or out[-1].end < span.start):
            span = Span(doc, span.start - 1, span.end, label="ORG")  # "Kataib" + "Jund al-Rafidain": the
            # unit word the NER left out (or took for a people) opens the group's name
        m = classify(span)
        if m is None:
            continue
        if m.type == "Organisation" and m.end - m.start == 1 and not m.kind and _named_after_person_noun(doc, m):
            m.type = "Person"  # "ministry spokeswoman Lusine Harutyunyan" with only the surname tagged, as a body
        if m.type == "Person":
            _extend_left(doc, m, dropped)
            _extend_particles(doc, m)
        if m.type == "Location":
            _extend_hyphenated(doc, m)
        if m.type in ("Organisation", "Location") and _hyphenated_first_name(doc, m):
            m.end, m.type, m.kind, m.alias = m.end + 1, "Person", None, None  # "Anna-Kaisa" + "Rautio"
            m.name = m.surface = doc[m.start:m.end].text
        if m.type == "Country" and m.end < len(doc) and doc[m.end].pos_ == "PROPN" and gz.lookup_country(
                doc[m.start:m.end + 1].text.removesuffix("'s")) == m.name:
            m.end += 1  # "Burkina" + "Faso's": the NER tagged half of the state's name
        if m.type == "Person" and m.end < len(doc) and doc[m.end].ent_type_ == "DATE" and doc[m.end].text in (
                "May", "June", "April", "August") and not (m.end + 1 < len(doc) and doc[m.end + 1].like_num):
            m.name, m.end = f"{m.name} {doc[m.end].text}", m.end + 1  # "Theresa May": a surname, not a month
        if m.type == "Person":
            m.titles = [*titled(span.start)[0], *m.titles]
        out.append(m)
    for a, b in cited:
        name = doc[a:b].text
        out.append(Mention(a, b, "Source", gz.lookup_outlet(name) or name, name))
    out.sort(key=lambda m: m.start)
    taken = {i for m in out for i in range(m.start, m.end)} | {
        i for e in ents if e.label_ in ("PERSON", "ORG", "GPE", "DATE") for i in range(e.start, e.end)}
    for finder in _UNTAGGED_FINDERS:  # each sees the tokens the ones before it took
        found = finder(doc, taken, words)
        out += found
        taken |= {i for m in found for i in range(m.start, m.end)}
    out += [Mention(a, b, "Organisation", name, name, kind="military") for a, b, name in described_units(
        doc, taken, words.texts)]
    out += [Mention(a, b, "Organisation", name, name, kind=kind) for a, b, name, kind in acronyms(
        doc, taken, words.texts, {m.name: m.kind for m in out if m.type == "Organisation" and m.name.isupper()})]
    out += _group_adjectives(ents, out)
    out += _missed_surnames(doc, out, words)
    _hyphenated_surnames(doc, out)
    _cities_read_as_people(out)
    _retype_surnames(out)
    before = {id(m): m.type for m in out}
    out += entity_types.settle(doc, out)
    retyped = [m for m in out if m.type == "Person" and before.get(id(m), "Person") != "Person"]
    for m in retyped:  # a name the cues made a person ("Daulet Ormanov, 57," read as a place): its given names
        _extend_left(doc, m, set())  # too, and its surname where the NER missed it ("sanctioned Ormanov")
    if retyped:
        out += _missed_surnames(doc, out, words)
    _settled_surnames(out)
    _saints_places_owning(out)
    _one_type_per_name(out)
    entity_types.short_names(out, doc.vocab)
    out += _bracketed_acronyms(doc, out, words)
    _bracketed_acronym_types(doc, out)
    _disambiguate_countries(out)
    out = _extend_over_place(doc, _extend_to_acronym(doc, sorted(out, key=lambda m: m.start)))
    out = _without_peoples(doc, _without_unnamed_police(_cut_branch_place(doc, _split_body_of_body(doc, out))))
    return _without_credits(doc, out)


_POLICE_QUALIFIERS = ("federal", "national", "state", "border", "counter-terrorism", "anti-terrorism")


def _unnamed_police(m: Mention) -> bool:
    """"Thai police", "Brazilian federal police": a state's police described, not named."""
    if not m.name.lower().endswith(" police") or gz.lookup_country((m.surface or m.name).split()[0]):
        return False  # ("Kosovo police": the state's own name, as the force is called)
    rest = m.name[: -len(" police")]
    qualifier = next((q for q in _POLICE_QUALIFIERS if rest.endswith(" " + q)), None)
    if qualifier:
        rest = rest[: -len(qualifier) - 1]
    return rest in gz.DEMONYMS


# Credit lines of wire copy: "Reporting by X in Nairobi; Editing by Y", "Associated Press writer X contributed
# to this report", "Additional reporting by Z". Who wrote the story is not in it.
_CREDIT_LINE = re.compile(
    r"(?im)^[ \t(]*(?:(?:additional )?reporting|writing|editing|compiled|edited|written) by\b[^\n]*$"
    r"|^[^\n]{0,200}\bcontributed(?: reporting)? to this (?:report|story)[^\n]*$"
    r"|^[^\n]{0,200}\bcontributed reporting\b[^\n]*$")


def _without_credits(doc, out: list[Mention]) -> list[Mention]:
    """People and places named only in the story's credit lines are dropped (the outlet stays a source)."""
    spans = [(m.start(), m.end()) for m in _CREDIT_LINE.finditer(doc_text(doc))]  # (Doc.text re-joins every token)
    if not spans:
        return out
    credited = {i for i, m in enumerate(out) if m.type in ("Person", "Location")
                and any(a <= doc[m.start].idx < b for a, b in spans)}
    if not credited:
        return out
    elsewhere = {m.name for i, m in enumerate(out) if i not in credited}
    return [m for i, m in enumerate(out) if i not in credited or m.name in elsewhere]


def _without_unnamed_police(out: list[Mention]) -> list[Mention]:
    """A described police force is no actor of its own (a described actor who is never named is not an
    entity) unless the article names the force it stands for ("Haitian police" for the Haiti National
    Police, which the later clustering joins it to)."""
    if any(m.type == "Organisation" and "Police" in m.name.split() for m in out):
        return out
    return [m for m in out if not (m.type == "Organisation" and _unnamed_police(m))]


def _bracketed_acronyms(doc, mentions: list[Mention], words: _Words) -> list[Mention]:
    """"U.S. Central Command (CENTCOM)": an acronym in brackets after an organisation the NER left untagged
    is a mention of it (so the alias is kept), and so is each later "CENTCOM" the NER left untagged too."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        j = m.end + 1
        if m.type in ("Organisation", "Source") and j + 1 < len(doc) and doc[m.end].text == "(" \
                and doc[j + 1].text == ")" and j not in taken and ACRONYM.fullmatch(doc[j].text):
            out.append(Mention(j, j + 1, m.type, doc[j].text, doc[j].text, kind=m.kind))
    if out:
        first = {m.name: m for m in out}
        out += [Mention(t.i, t.i + 1, first[t.text].type, t.text, t.text, kind=first[t.text].kind)
                for t in words.with_text(first) if t.i > first[t.text].start and t.i not in taken]
    return out


def _bracketed_acronym_types(doc, mentions: list[Mention]) -> None:
    """"the Australian Broadcasting Corporation (ABC)": the bracketed acronym of a cited outlet is the
    outlet (its later uses too), whatever type the NER gave it; a body's bracketed acronym is a body's."""
    sources = {m.end: m for m in mentions if m.type == "Source"}
    bodies = {m.end: m for m in mentions if m.type == "Organisation"}
    renamed, retyped = {}, {}
    for m in mentions:
        body = bodies.get(m.start - 1)
        if body is not None and m.type in ("Location", "Person") and doc[m.start - 1].text == "(" \
                and m.end < len(doc) and doc[m.end].text == ")" and m.name.isupper() and len(m.name) >= 2:
            retyped[m.name] = body.kind  # "the Armed Forces of Côte d'Ivoire (FACI)": a body's acronym
        if m.type in ("Location", "Person") and len(m.name.split()) == 1 and m.start >= 3 and doc[m.start - 1].lower_ \
                in ("acronym", "initials", "abbreviation") and any(t.lower_ == "known" for t in doc[m.start - 5:m.start]):
            body = next((b for end, b in bodies.items() if 0 < m.start - end <= 8), None)
            if body is not None:  # "the National Intelligence Service, known by its Swahili abbreviation Huduma"
                retyped[m.name] = body.kind
        src = sources.get(m.start - 1)
        if src is not None and m.type == "Organisation" and doc[m.start - 1].text == "(" and m.end < len(doc) \
                and doc[m.end].text == ")" and m.name.isupper() and _initials(src.name) == m.name:
            renamed[m.name] = src.name
    for m in mentions:
        if m.type == "Organisation" and m.name in renamed:
            m.type, m.name, m.kind = "Source", renamed[m.name], None
        elif m.type in ("Location", "Person") and m.name in retyped:
            m.type, m.kind, m.titles = "Organisation", retyped[m.name], []


def _extend_over_place(doc, out: list[Mention]) -> list[Mention]:
    """"United Nations Assistance Mission in Afghanistan (UNAMA)" tagged as an organisation and a state:
    the acronym's initials say the place is part of the organisation's name; a "… Mission in <place>"
    is named for where it serves, acronym or not."""
    drop: set[int] = set()
    for k in range(len(out) - 1):
        m, place = out[k], out[k + 1]
        if m.type == "Organisation" and m.name.split()[-1] in ("Experts", "Inquiry") and place.type in (
                "Country", "Location") and doc[m.end].lower_ == "on" and place.start - m.end <= 2 \
                and place.end - place.start <= 5:  # "the UN Panel of Experts on Haiti": named for its brief
            full = doc[m.start:place.end].text.removeprefix("the ").removeprefix("The ")
            m.end, m.name, m.surface = place.end, full, full
            drop.add(k + 1)
            continue
        if m.type != "Organisation" or place.type not in ("Country", "Location") or place.start != m.end + 1 \
                or doc[m.end].lower_ not in ("in", "for", "of"):
            continue
        if m.name.split()[-1] == "Mission" and doc[m.end].lower_ == "in" and place.end - place.start <= 3:
            full = doc[m.start:place.end].text.removeprefix("the ").removeprefix("The ")
            m.end, m.name, m.surface = place.end, full, full  # "the UN Support Mission in Libya": one name
            drop.add(k + 1)
            continue
        if _service_of_state(doc, m, place) and any(
                o.name == place.name and o.type == place.type for j, o in enumerate(out) if j != k + 1):
            full = doc[m.start:place.end].text.removeprefix("the ").removeprefix("The ")
            m.end, m.name, m.surface = place.end, full, full  # "the State Security Service of Abkhazia" (and
            drop.add(k + 1)  # "… of Georgia": two services), when the article names the state apart too
            continue
        if place.end + 2 >= len(doc) or doc[place.end].text != "(" or doc[place.end + 2].text != ")":
            continue
        full = doc[m.start:place.end].text.removeprefix("the ").removeprefix("The ")
        if _initials(full) == doc[place.end + 1].text and _initials(m.name) != doc[place.end + 1].text:
            m.end, m.name, m.surface = place.end, full, full
            drop.add(k + 1)
    return [m for k, m in enumerate(out) if k not in drop] if drop else out


_SERVICE_HEADS = {"Service", "Police", "Guard", "Army", "Forces", "Force", "Committee", "Agency", "Bureau",
                  "Directorate", "Gendarmerie"}


def _service_of_state(doc, m: Mention, place: Mention) -> bool:
    """"the State Security Service" + "of" + "Georgia" tagged apart: a generic service's name with the state
    or territory it belongs to, which tells two such services apart ("… of Abkhazia")."""
    words = m.name.split()
    return doc[m.end].lower_ == "of" and len(words) >= 2 and words[-1] in _SERVICE_HEADS \
        and not gz.lookup_agency(m.name) and place.end - place.start <= 3 and doc[place.start].text[:1].isupper() \
        and not (place.end < len(doc) and doc[place.end].text in ("'s", "’s"))  # ("the Quds Force of Iran's Guards")


def _split_body_of_body(doc, out: list[Mention]) -> list[Mention]:
    """"the Intelligence Organisation of the Islamic Revolutionary Guard Corps (IRGC)" tagged as one name:
    the acronym names the body after "of", which is a body of its own (the part keeps its full name)."""
    added = []
    for m in out:
        if m.type != "Organisation" or m.end + 2 >= len(doc) or doc[m.end].text != "(" or doc[m.end + 2].text != ")":
            continue
        acr = doc[m.end + 1].text
        if not acr.isupper() or _initials(m.name) == acr:
            continue
        of = next((t.i for t in doc[m.start + 1:m.end - 1] if t.lower_ == "of" and _initials(
            doc[t.i + 1:m.end].text) == acr), None)
        if of is None:
            continue
        first = of + 2 if doc[of + 1].lower_ == "the" else of + 1
        inner = doc[first:m.end].text
        added.append(Mention(first, m.end, "Organisation", inner, inner, kind=m.kind))
        m.end = of
    return sorted(out + added, key=lambda m: m.start) if added else out


_BRANCHED_BODIES = {"police", "army", "forces", "guard", "gendarmerie", "command", "navy", "prosecutor's"}


def _cut_branch_place(doc, out: list[Mention]) -> list[Mention]:
    """"the National Police in Meta department" tagged as one name: a force and where its branch is. The
    place is cut off (and kept as a place) when a province word follows or the body is a force with branches;
    "… Mission in Afghanistan (UNAMA)" keeps its place (``_extend_over_place``)."""
    added = []
    for m in out:
        if m.type != "Organisation" or m.end - m.start < 3:
            continue  # (only an organisation's name of three words or more can hold "in": no walk for the rest)
        cut = next((t.i for t in doc[m.start + 1:m.end - 1] if t.lower_ == "in"), None)
        if cut is None or (m.end < len(doc) and doc[m.end].text == "("):
            continue
        after = doc[m.end].lower_ if m.end < len(doc) else ""
        if not (after in _PLACE_WORDS or after == "department" or doc[cut - 1].lower_ in _BRANCHED_BODIES):
            continue
        end = m.end - 1 if doc[m.end - 1].lower_ in _PLACE_WORDS + ("department",) else m.end  # "… department"
        if end <= cut + 1 or not all(t.text[:1].isupper() for t in doc[cut + 1:end]):
            continue
        place = doc[cut + 1:end].text
        added.append(Mention(cut + 1, end, "Location", place, place))
        m.end = cut
        m.name = m.surface = _clean(doc[m.start:cut].text)
    return sorted(out + added, key=lambda m: m.start) if added else out


def _extend_to_acronym(doc, out: list[Mention]) -> list[Mention]:
    """"South Sudan People's Defence Forces (SSPDF)" read as a state and an organisation: the acronym's
    initials say the state's name is part of the organisation's."""
    for m in out:  # "Movement-in-Opposition (SPLM-IO)" read as just "Movement"
        if m.type == "Organisation" and m.end + 2 < len(doc) and doc[m.end].text == "-" \
                and not doc[m.end - 1].whitespace_:
            end = m.end
            while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text != "(":
                end += 1
            if end < len(doc) and doc[end].text == "(" and doc[end - 1].text[:1].isupper():
                m.end, m.name = end, doc[m.start:end].text.removeprefix("the ").removeprefix("The ")
                m.surface = m.name
    drop: set[int] = set()
    for k in range(1, len(out)):
        m, prev = out[k], out[k - 1]
        if m.type != "Organisation" or prev.end != m.start or prev.type not in ("Country", "Location"):
            continue
        if m.end + 2 >= len(doc) or doc[m.end].text != "(" or doc[m.end + 2].text != ")":
            continue
        acr = doc[m.end + 1].text
        full = doc[prev.start:m.end].text
        if acr.isupper() and _initials(m.name) != acr and _initials(full) == acr:
            m.start, m.name, m.surface = prev.start, full, full
            drop.add(k - 1)
    return [m for k, m in enumerate(out) if k not in drop] if drop else out


_PLACE_WORDS = ("strip", "region", "province", "state", "city", "district", "governorate", "oblast", "area")


def _named_after_person_noun(doc, m: Mention) -> bool:
    """A one-word name after untagged capitalised given names and a lower-case person noun ("spokeswoman
    Lusine Harutyunyan")."""
    i = m.start - 1
    while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].dep_ == "compound" and doc[i].text[:1].isupper() \
            and not doc[i].ent_type_ and doc[i].is_alpha:
        i -= 1
    return i < m.start - 1 and i >= 0 and doc[i].is_lower and doc[i].lower_ in entity_types.PERSON_NOUNS


def _extend_left(doc, m: Mention, titles: set[int]) -> None:
    """"Col. Assimi Goïta" tagged as just "Goïta": take back given names the NER left out."""
    root = table_of(doc).root(m.start, m.end)
    i = m.start - 1
    while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].dep_ == "compound" and doc[i].head.i == root \
            and doc[i].is_alpha and doc[i].text[:1].isupper() and doc[i].text not in gz.TITLE_WORDS \
            and i not in titles and not doc[i].ent_type_:
        i -= 1
    if i + 1 < m.start:
        m.name = f"{doc[i + 1:m.start].text} {m.name}"
        m.start = i + 1


# Lower-case particles inside European and Arabic surnames ("von der Leyen", "van der Berg", "da Silva").
_SURNAME_PARTICLES = _BRIDGES | {"von", "van", "der", "den", "la", "le", "bin", "ibn", "ter"}


def _extend_particles(doc, m: Mention) -> None:
    """"Ursula von der Leyen" tagged as "Ursula von": the particles and the capitalised surname after them
    belong to the name (at most two particles, then one surname word no other mention holds)."""
    end = m.end
    while end > m.start + 1 and doc[end - 1].lower_ in _SURNAME_PARTICLES:
        end -= 1  # ("Ursula von" with the particle inside the span)
    j = end
    while j < len(doc) and j - end < 2 and doc[j].lower_ in _SURNAME_PARTICLES and doc[j].is_lower:
        j += 1
    if j == end or j >= len(doc) or not doc[j].text[:1].isupper() or not doc[j].is_alpha or (
            j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I"):
        return  # (the surname may be tagged on its own, even as a body: "der" + "Leyen"; not the start of a longer name)
    words = m.name.split()
    while words and words[-1].lower() in _SURNAME_PARTICLES:
        words.pop()
    m.name = " ".join(words + [t.text for t in doc[end:j + 1]])
    m.end = j + 1


_HYPHENATED_NAME = re.compile(r"[A-Z][a-zà-ÿ]+-[A-Z][a-zà-ÿ]+")


def _hyphenated_first_name(doc, m: Mention) -> bool:
    """"Finland's interior minister, Anna-Kaisa Rautio, …" with only "Anna-Kaisa" tagged (as a body): a
    hyphenated given name, then a capitalised surname no other mention holds, between commas or after a
    role noun, is a person."""
    e = m.end
    if not _HYPHENATED_NAME.fullmatch(m.name) or e + 1 >= len(doc) or doc[e].ent_type_ or not (
            doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper() and doc[e].text[1:].islower()):
        return False
    before = doc[m.start - 1] if m.start else None
    return doc[e + 1].text in (",", ")") and before is not None and before.text == "," or (
        before is not None and before.lemma_.lower() in gz.ROLE_NOUNS)


def _extend_hyphenated(doc, m: Mention) -> None:
    """"Rostov-on-Don", "Stratford-upon-Avon" tagged as just "Rostov": the whole hyphenated name."""
    e = m.end
    if e + 2 < len(doc) and doc[e].text == "-" and doc[e + 1].lower_ in ("on", "upon", "am", "sur", "an", "le", "en") \
            and doc[e + 2].text == "-" and e + 3 < len(doc) and doc[e + 3].text[:1].isupper() \
            and not any(doc[i].whitespace_ for i in range(e - 1, e + 3)):
        m.end = e + 4
        m.name = m.surface = doc[m.start:m.end].text


def _settled_surnames(mentions: list[Mention]) -> None:
    """"Nkwenti said" (tagged ORG) after "Comfort Nkwenti, a 47-year-old …" was settled as a person: the
    bare surname goes with the full name."""
    surnames = {_name_tokens(m.name.split()[-1]) for m in mentions if m.type == "Person" and len(m.name.split()) > 1}
    for m in mentions:  # (folded: "Al-Barouni" opening a sentence is "Salem al-Barouni")
        if m.type in ("Organisation", "Location") and " " not in m.name and _name_tokens(m.name) in surnames \
                and not m.kind and not gz.lookup_agency(m.name) and not gz.capital_country(m.name):
            m.type = "Person"  # ("Lazarenka" tagged as a facility after "Tatsiana Lazarenka, who …")


_MOVABLE = ("Person", "Organisation", "Location", "Source")


def _one_type_per_name(mentions: list[Mention]) -> None:
    """One name, one node: a name the NER typed two ways in one article ("Hurriyet reported" as an outlet,
    "Hurriyet" elsewhere as a person; "Yundum" once a place, once a body) is one actor of the type most of
    its mentions carry."""
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type in _MOVABLE and not gz.lookup_agency(m.name) and not gz.capital_country(m.name):
            by_name.setdefault(m.name, []).append(m)
    for name, ms in by_name.items():
        types = Counter(m.type for m in ms)
        if len(types) < 2:
            continue
        best = max(types, key=lambda t: (types[t], t == "Source", -min(m.start for m in ms if m.type == t)))
        # the most mentions; on a tie an outlet (typed so from how the article cites it), else the type first written
        kind = next((m.kind for m in ms if m.type == best and m.kind), None)
        for m in ms:
            if m.type != best:
                m.type, m.kind = best, kind if best == "Organisation" else None
                if best != "Person":
                    m.titles = []


def _hyphenated_surnames(doc, mentions: list[Mention]) -> None:
    """"Koné-Diabaté said …" with the NER tagging only "Koné" (as a place): a hyphenated surname of a person
    the article names in full is that person."""
    surnames = {m.name.split()[-1] for m in mentions if m.type == "Person" and "-" in m.name.split()[-1]}
    if not surnames:
        return
    for m in mentions:
        j = m.end
        if m.type == "Person" or j + 1 >= len(doc) or doc[j].text != "-" or doc[j - 1].whitespace_ \
                or doc[j].whitespace_:
            continue
        joined = doc[m.start:j + 2].text
        if joined in surnames:
            m.end, m.name, m.surface, m.type, m.kind, m.alias = j + 2, joined, joined, "Person", None, None


def _retype_surnames(mentions: list[Mention]) -> None:
    """One name, one type: "Petro wrote" (tagged ORG) is the person Gustavo Petro; "Kigali" tagged PERSON
    is the place the article elsewhere calls Kigali; "Gaza" is the "Gaza Strip"."""
    fulls = [_name_tokens(m.name) for m in mentions if m.type == "Person" and len(m.name.split()) > 1]
    places = {m.name for m in mentions if m.type == "Location"}
    for m in mentions:
        toks = _name_tokens(m.name)
        if m.type in ("Organisation", "Location") and not gz.lookup_agency(m.name) and not m.kind \
                and not gz.capital_country(m.name) and len(toks) <= 2 and any(_contains(f, toks) for f in fulls):
            m.type, m.kind = "Person", None
        elif m.type == "Person" and len(toks) == 1 and (m.name in places or gz.capital_country(m.name)) \
                and not any(_contains(f, toks) for f in fulls):
            m.type = "Location"
    for m in mentions:
        if m.type == "Location":
            longer = [p for p in places if p.lower().startswith(m.name.lower() + " ")
                      and p.lower().split()[-1] in _PLACE_WORDS]
            if longer:
                m.alias, m.name = m.name, longer[0]


def _one_congo(mentions: list[Mention]) -> None:
    """Bare "Congo" is the Republic of the Congo in the gazetteer, but in a story that also names Kinshasa,
    the DRC or the Democratic Republic it is that state (news copy shortens it so)."""
    names = {m.name for m in mentions if m.type == "Country"} | {
        gz.capital_country(m.name) for m in mentions if m.type == "Location" and gz.capital_country(m.name)}
    drc, roc = gz.country_by_code("CD"), gz.country_by_code("CG")
    if drc in names and roc in names and not any("Brazzaville" in m.surface for m in mentions):
        for m in mentions:
            if m.type == "Country" and m.name == roc and "Republic" not in m.surface:
                m.name = drc


def collect(builder, doc) -> None:
    """Turn mentions into entities on the builder; every token of a mention maps to its entity."""
    mentions = mentions_of(doc, builder.table)
    _one_congo(mentions)
    person_canon = _cluster_persons(mentions)
    org_canon = _cluster_orgs(doc, mentions)
    plural = {n for n in (org_canon.get(i) or m.name for i, m in enumerate(mentions) if m.type == "Organisation")}
    for i, m in enumerate(mentions):  # "Houthi gunmen" beside "the Houthis": one movement
        name = org_canon.get(i) or m.name
        if m.type == "Organisation" and name + "s" in plural:
            org_canon[i] = name + "s"
    known = _known_as(doc, mentions)
    for k, i in list(known.items()):  # every later "El Flaco" is the man first called that
        known.update({j: i for j, o in enumerate(mentions) if j > k and o.type == "Person"
                      and o.name == mentions[k].name and j not in known})
    same_as = {person_canon.get(k, mentions[k].name): person_canon.get(i, mentions[i].name)
               for k, i in known.items()}  # "al-Khazraji" clustered under the real name is the known man
    owned = _owned_names(doc, mentions, org_canon)
    ids: dict[int, str] = {}
    for i, m in enumerate(mentions):
        name = person_canon.get(i) or org_canon.get(i) or m.name
        if m.type == "Person" and same_as.get(name, name) != name:
            name = same_as[name]
        if i in known:
            j = known[i]
            name = person_canon.get(j, mentions[j].name)
        eid = entity_id(m.type, name)
        ids[i] = eid
        alias = m.alias or (_clean(m.surface) if _clean(m.surface) != name else None)
        builder.add_entity(eid, m.type, name, alias=alias, titles=m.titles, kind=m.kind)
        if m.type == "Organisation" and (whole := _written_with_state(doc, m, name)):
            builder.add_entity(eid, m.type, name, alias=whole)
        if i in owned and owned[i] != name:
            builder.add_entity(eid, m.type, name, alias=owned[i])
        if m.type == "Person" and m.name != name:
            builder.add_entity(eid, m.type, name, alias=m.name)
        if m.titles and m.type == "Person":
            builder.add_entity(eid, m.type, name, alias=" ".join([*m.titles, m.name]))
        for t in range(m.start, m.end):
            builder.token_entity[t] = eid
    builder.mentions = [(m, ids[i]) for i, m in enumerate(mentions)]


# People nouns a people's name qualifies ("Tuareg rebels", "Zaghawa fighters", "Sahrawi protesters").
_PEOPLE_HEADS = {"rebel", "fighter", "separatist", "militia", "militiaman", "people", "community", "civilian",
                 "herder", "refugee", "minority", "activist", "protester", "extremist", "villager", "insurgent",
                 "nationalist"}


def _state_owner(doc, m: Mention) -> tuple[str, str] | None:
    """The state that owns a body's mention from outside its name, with the words that say so:
    ("Kenya", "Kenya's Defence Ministry") for "Kenya's Defence Ministry", ("Kenya", "Defence Ministry in
    Nairobi") for "the Defence Ministry in Nairobi"."""
    head = doc[m.start:m.end].root
    for c in head.children:
        if c.i < m.start and c.dep_ == "poss":  # (the possessor itself: a demonym inside the name is the name's)
            name = gz.lookup_country(_clean(doc[c.left_edge.i:c.i + 1].text)) or gz.capital_country(c.text)
            if name:
                return name, doc[c.left_edge.i:m.end].text
        elif c.i == m.end and c.dep_ == "prep" and c.lower_ == "in":
            seat = next((p for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"), None)
            if seat is not None and (name := gz.capital_country(seat.text)):
                return name, _clean(doc[m.start:seat.i + 1].text)
    return None


def _owned_names(doc, mentions: list[Mention], canon: dict[int, str]) -> dict[int, str]:
    """Mention index → the body's name as written with its owning state ("Oman's Foreign Ministry"),
    kept as an alias.

    Where one generic name is owned by two states in the article ("Kenya's Defence Ministry" …
    "Uganda's Defence Ministry"), the two are two bodies: each mention's canonical name takes its
    owner's adjective ("Kenyan Defence Ministry"), and a mention with no owner of its own is the body
    last named with one (the first, before any)."""
    owners = {i: _state_owner(doc, m) for i, m in enumerate(mentions) if m.type == "Organisation"}
    groups: dict[str, list[int]] = {}
    for i in owners:
        groups.setdefault(canon.get(i, mentions[i].name), []).append(i)
    for name, idx in groups.items():
        states = [owners[i][0] for i in idx if owners[i]]
        if len(set(states)) < 2 or states_in_name(name):
            continue
        last = states[0]
        for i in idx:
            last = owners[i][0] if owners[i] else last
            canon[i] = f"{_demonym_for(last) or last} {name}"
    return {i: o[1] for i, o in owners.items() if o}


def _cities_read_as_people(mentions: list[Mention]) -> None:
    """"El Obeid", "Banja Luka", "Bandar Abbas" tagged as people: a name of two words or more, with no title,
    that a town of some size goes by is that town, unless the article also writes it inside a longer person's
    name."""
    people = [m for m in mentions if m.type == "Person"]
    for m in people:
        if m.titles or m.kind or " " not in m.name or not gz.is_city(m.name):
            continue  # (one word may be a given name or a surname as well: "Ali", "Castro", "Victoria")
        if any(o is not m and o.name != m.name and (o.name.endswith(" " + m.name) or o.name.startswith(m.name + " "))
               for o in people):
            continue
        m.type = "Location"


def _without_peoples(doc, mentions: list[Mention]) -> list[Mention]:
    """A one-word name written only as the qualifier of a people noun ("Tuareg separatists", "a Hutu
    militia", "Uyghur activists") names a people, not a place or a person (the NER tags some so). Bodies named
    so ("M23 fighters") are left alone."""
    def qualifier(m: Mention) -> bool:
        tok = doc[m.start]
        led = m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in ("led", "dominated")
        return m.end - m.start == 1 and (led or tok.dep_ in ("amod", "compound")
                                         and tok.head.lemma_.lower() in _PEOPLE_HEADS)  # ("a Tuareg-led alliance")
    names = {}
    for m in mentions:
        names.setdefault(m.name, []).append(m)
    drop = {n for n, ms in names.items() if all(qualifier(m) for m in ms)
            and ms[0].type in ("Location", "Person") and n[1:].islower()  # (not a body: "M23 fighters", "RSF")
            and not ms[0].kind and not gz.lookup_country(n) and not gz.capital_country(n) and not gz.lookup_agency(n)}
    return [m for m in mentions if m.name not in drop]


def _written_with_state(doc, m: Mention, name: str) -> str | None:
    """"U.S. Treasury" as written, when the NER cut the state off a known agency's name.

    The state stays its own mention; the whole spelling is kept as an alias so that readers (and
    lookups by the name the article used) find the agency under it."""
    for k in (1, 2, 3):  # "U.S.", "United States": the state's words just before
        if m.start - k < 0:
            break
        whole = f"{table_of(doc).span_text(m.start - k, m.start)} {_clean(m.surface)}"
        hit = gz.lookup_agency(whole)
        if hit and hit[0] == name and whole != name:
            return whole
    return None


def country_entity(builder, name: str, surface: str | None = None) -> str:
    """The id of a state's entity, creating it when only a demonym or possessive names it."""
    eid = entity_id("Country", name)
    builder.add_entity(eid, "Country", name, alias=surface if surface and surface != name else None)
    return eid


def states_in_name(name: str) -> list[str]:
    """The states a body's first two words name ("Kenya Coast Guard", "Chinese foreign ministry", "Sudan's army")."""
    return [c for w in name.split()[:2] for c in [gz.demonym_country(w) or gz.lookup_country(w.removesuffix("'s"))]
            if c]


def body_state(builder, eid: str) -> str | None:
    """The state a body belongs to by its name ("Belarus's foreign ministry", "Chinese foreign ministry": a state
    or demonym among its first two words) or by a PART_OF edge to a state; None if neither says."""
    for country in states_in_name(builder.entities[eid].name):
        if entity_id("Country", country) in builder.entities:
            return entity_id("Country", country)
    return next((r.target for r in builder.relations.values() if r.type == "PART_OF" and r.source == eid
                 and builder.entities[r.target].type == "Country"), None)


def entity_of(builder, token) -> str | None:
    """The entity a token stands for: its own mention, a linked description or pronoun, or a compound.
    (Asked for many tokens per article: the words and the parse are read from the builder's table.)"""
    i, te = token.i, builder.token_entity
    if i in te:
        return te[i]
    table = builder.table
    texts, deps, n = table.texts, table.deps, len(table.texts)
    if gz.is_title_word(texts[i]):  # "Also listed was Brig. X": the
        nxt = i + 2 if i + 1 < n and texts[i + 1] == "." else i + 1
        eid = te.get(nxt)  # parser, split at the full stop, hangs the title, not the name
        if eid and builder.entities[eid].type == "Person":
            return eid
    if i + 1 < n and deps[i].startswith("nsubj") and token.pos_ == "NOUN":
        eid = te.get(i + 1)  # "Opposition lawmaker X accused …" parsed with two subjects
        heads = table.heads
        if eid and builder.entities[eid].type == "Person" and any(
                heads[t] == heads[i] and deps[t] == deps[i] for t in range(i + 1, min(i + 5, n)) if te.get(t) == eid):
            return eid
    if i - 1 in te and table.heads[i - 1] == i and deps[i - 1] in ("compound", "flat"):
        eid = te[i - 1]  # (only the word just before, a child of this one, can be the name)
        if builder.entities[eid].type == "Person":
            return eid
    if table.lemma_lowers[i] in entity_types.BODY_HEADS:  # "the M23 rebel movement", "the Wagner mercenary group"
        for c in table.children[i]:
            if deps[c] in ("compound", "nmod") and c in te and c < i:
                eid = te[c]
                if builder.entities[eid].type == "Organisation" and all(
                        deps[t] in ("compound", "amod", "nmod") or t in te or texts[t] in "()"
                        for t in range(c + 1, i)):  # ("the X (New Wave) movement": a gloss between)
                    return eid
    return None
