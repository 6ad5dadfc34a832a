"""One name, one type, read from what the article says the name is.

The NER types each span on its own and often guesses wrong on names it has
not seen: a gang or a party read as a person ("the Los Choneros gang"), an
envoy read as an organisation ("Morgan X, the U.S. deputy special envoy"), an
acronym in capitals read as a person. The article usually says what the name
is somewhere — a describing noun before it ("the broadcaster X", "envoy X"),
after it ("the X gang", "the X air base") or in an apposition ("X, the state
mining company") — so the cues of every mention of the name are pooled, and
when they agree, every mention of that name takes the type they give.
"""
from __future__ import annotations

import re
from collections import Counter


from . import gazetteer as gz
from .modality import doc_text
from .nlp import table_of

# Nouns that describe a human being ("X, a senior officer", "envoy X").
PERSON_NOUNS = {
    "officer", "official", "envoy", "minister", "spokesman", "spokeswoman", "spokesperson", "lawyer",
    "attorney", "reporter", "journalist", "correspondent", "editor", "commander", "general", "colonel",
    "diplomat", "ambassador", "president", "leader", "chief", "head", "director", "founder", "deputy",
    "adviser", "advisor", "aide", "businessman", "businesswoman", "tycoon", "billionaire", "oligarch",
    "politician", "lawmaker", "legislator", "senator", "activist", "analyst", "prosecutor", "judge",
    "citizen", "national", "man", "woman", "son", "daughter", "wife", "husband", "brother", "sister",
    "father", "mother", "cousin", "nephew", "negotiator", "mediator", "secretary", "governor", "mayor",
    "chairman", "chairwoman", "boss", "warlord", "militant", "fighter", "soldier", "captain", "major",
    "lieutenant", "sergeant", "suspect", "defector", "dissident", "opponent", "critic", "candidate",
    "rapper", "singer", "priest", "cleric", "imam", "bishop", "scholar", "researcher", "professor",
    "doctor", "student", "spy", "courier", "contractor", "banker", "executive", "entrepreneur",
    "investor", "owner", "veteran", "pilot", "sheikh", "emir", "king", "queen", "prince", "princess",
    "ruler", "successor", "predecessor", "strongman", "kingpin", "smuggler", "trafficker", "hacker",
    "member", "fellow", "lecturer", "academic", "scientist", "engineer", "presenter", "columnist",
    "teacher", "preacher", "pastor", "monk", "farmer", "trader", "merchant", "shopkeeper", "driver", "mechanic",
    "nurse", "poet", "writer", "novelist", "blogger", "photographer", "cameraman", "economist", "accountant",
    "teenager", "fisherman", "sailor", "herder", "headman", "businessperson", "consul", "attaché", "attache",
    "councillor", "councilor", "mp", "magistrate", "commissioner", "inspector", "detective", "operative",
    "financier", "facilitator", "handler", "recruiter", "gunman", "bomber", "assassin", "hostage", "employee",
    "staffer",
}
# Nouns that describe a body ("the X gang", "X, the state mining company").
ORG_NOUNS = {
    "group", "gang", "cartel", "party", "company", "firm", "agency", "militia", "movement", "organisation",
    "organization", "network", "bank", "ministry", "force", "forces", "army", "coalition", "alliance",
    "faction", "union", "council", "committee", "court", "conglomerate", "manufacturer", "producer",
    "operator", "exporter", "importer", "supplier", "airline", "carrier", "subsidiary", "brigade",
    "battalion", "regiment", "affiliate", "front", "authority", "institute", "foundation", "charity",
    "syndicate", "outfit", "insurgency", "factions", "groups", "militias", "companies", "consortium", "corporation", "conglomerate", "bloc", "regime",
    "broadcaster", "newspaper", "daily", "outlet", "magazine", "tabloid", "weekly", "website", "station",
    "channel", "network", "watchdog", "ngo", "think-tank", "contractor", "shipper", "refinery", "mine",
    "exchange", "fund", "trust", "holding", "plc", "ltd", "unit", "wing", "cell", "directorate", "offshoot", "branch",
    "parliament", "legislature", "assembly", "senate", "commission", "tribunal", "church", "diocese", "archdiocese",
    "navy",
}
# Nouns that describe a place ("the X air base", "the town of X").
PLACE_NOUNS = {
    "town", "city", "village", "district", "province", "region", "base", "airbase", "airport", "airfield",
    "port", "camp", "border", "crossing", "capital", "neighbourhood", "neighborhood", "suburb", "island",
    "peninsula", "valley", "county", "governorate", "municipality", "settlement", "prison", "enclave",
    "oblast", "hamlet", "outpost", "checkpoint", "harbour", "harbor", "oasis", "strait", "gulf", "river",
}
# Last words of company names ("Arvand Sea Logistics", "Lianfeng Trading Ltd").
COMPANY_WORDS = {"logistics", "industries", "ltd", "inc", "corp", "llc", "plc", "gmbh", "holdings", "trading",
                 "electronics", "shipping", "airlines", "airways", "technologies", "technology", "systems",
                 "petroleum", "energy", "enterprises", "investments", "exchange", "engineering", "group",
                 "refining", "mining", "minerals", "resources", "services", "consulting", "construction",
                 "fisheries", "maritime", "marine", "health", "capital", "finance", "financial", "securities",
                 "insurance", "partners", "ventures", "solutions", "metals", "alloys", "chemicals", "pharma",
                 "pharmaceuticals", "telecom", "telecoms", "media", "foods", "agro", "motors", "aviation",
                 "freight", "shipyard", "shipyards", "steel", "oil", "gas", "power", "properties", "realty"} | {
    f.lower().rstrip(".") for f in gz.COMPANY_FORMS}  # and the legal forms ("… Trading FZE")
_NOUN_TYPE = {**{n: "Location" for n in PLACE_NOUNS}, **{n: "Organisation" for n in ORG_NOUNS},
              **{n: "Person" for n in PERSON_NOUNS}}
# Nouns that are both ("a Hamas commander" describes a person; "the commander X" too): a noun right
# after a name modifies it ("the Wagner boss" is not Wagner), so these only count before or in apposition.
# Head nouns that a body's name may modify and still stand for the body ("the M23 rebel movement").
BODY_HEADS = {"group", "movement", "militia", "gang", "cartel", "party", "organisation", "organization",
              "faction", "network", "alliance", "coalition", "company", "firm"}
_AFTER_ONLY_BODY = {"group", "gang", "cartel", "party", "company", "firm", "militia", "movement", "network",
                    "faction", "brigade", "battalion", "regiment", "syndicate", "outfit", "base", "airbase",
                    "airport", "airfield", "camp", "province", "district", "region", "county", "governorate",
                    "crossing", "prison", "bank", "forces", "force", "army", "alliance", "coalition", "front"}
_MEMBERS_OF_BODIES = {"spokesman", "spokeswoman", "spokesperson", "commander", "commanders", "founder", "editor",
                      "publisher", "chairman", "chairwoman",
                      "financier", "fighters", "militants", "leadership", "political", "military"}
_INCIDENTS = {"attack", "attacks", "bombing", "massacre", "raid", "blast", "ambush", "shooting", "siege",
              "offensive", "killings", "clashes", "uprising"}
_PLACE_PREPS = {"in", "near", "outside", "inside"}
_MOVE_VERBS = {"send", "travel", "fly", "return", "go", "move", "deploy", "flee", "head", "arrive", "transfer",
               "withdraw", "retreat", "march", "drive", "sail", "deport", "extradite", "airlift", "evacuate"}
_PLACE_AFTER = {"regency", "prefecture", "department", "enclave", "municipality", "commune", "oblast", "township",
                "subdistrict", "sub-district", "tehsil", "woreda", "canton"}
# Lower-case units that name a place after "of" ("the department of X"; not "the Department of X").
_OF_PLACES = {"department", "state", "province", "region", "district", "prefecture", "regency", "county",
              "municipality", "governorate", "island", "enclave", "post", "crossing", "oblast", "commune"}


def noun_type(tok) -> str | None:
    found = _NOUN_TYPE.get(tok.lemma_.lower()) or _NOUN_TYPE.get(tok.lower_)
    if found == "Organisation" and tok.lower_.endswith(("er", "or")) and any(
            c.dep_ == "prep" and c.lower_ in ("at", "with") for c in tok.children):
        return "Person"  # "a producer at X", "a contractor with Y": someone who works there, not a firm
    return found


def _before(doc, m) -> str | None:
    """"the broadcaster Belsat", "US envoy Morgan X", "the town of X": a describing noun just before."""
    if m.start == 0:
        return None
    prev = doc[m.start - 1]
    if prev.lower_ == "of" and m.start >= 2 and (doc[m.start - 2].lower_ in PLACE_NOUNS or (
            doc[m.start - 2].text in _OF_PLACES)) and m.name.split()[-1].lower() not in gz.ORG_HEADS:
        return "Location"  # "the department of Cortés", "the western state of Zulia" (not "the licensing
        # department of the X Mining Authority": a body's name)
    if prev.pos_ == "NOUN" and prev.text[:1].islower() and prev.head.i in range(m.start, m.end):
        return noun_type(prev)
    return None


def _after(doc, m, root) -> str | None:
    """"the Los Choneros gang", "the X air base": the name modifies a head noun saying what it is."""
    if m.end >= len(doc):
        return None
    nxt = doc[m.end]
    close = next((t.i for t in doc[m.end + 1:m.end + 7] if t.text == ")"), None) if nxt.text == "(" else None
    if close is not None and close + 1 < len(doc) and doc[close + 1].lower_ in BODY_HEADS:
        return noun_type(doc[close + 1])  # "the X (New Wave) movement": a gloss between the name and its noun
    if nxt.lower_ == "air" and m.end + 1 < len(doc) and doc[m.end + 1].lower_ == "base":
        return "Location"
    if nxt.lower_ in _PLACE_AFTER and root.head.i == nxt.i and root.dep_ in ("compound", "nmod", "amod"):
        return "Location"  # "in Nduga regency", "the Artibonite department", "near the Dahagram enclave"
    if nxt.text[:1].islower() and nxt.lower_ in _AFTER_ONLY_BODY and root.head.i == nxt.i \
            and root.dep_ in ("compound", "nmod", "amod"):
        return noun_type(nxt)
    head = root.head
    if head.lower_ in BODY_HEADS and root.dep_ in ("compound", "nmod", "amod") and 0 < head.i - m.end <= 2 and all(
            t.text.islower() and t.pos_ in ("ADJ", "NOUN") for t in doc[m.end:head.i]) and not (
            m.type == "Location" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)):
        return noun_type(head)  # "the M23 rebel movement", "the Shabaab militant group" (not "a Mombasa shipping
        # firm": a firm of that place)
    if m.type == "Location" and nxt.lower_ == "'s" and m.end + 1 < len(doc):
        k = m.end + 1
        while k < len(doc) - 1 and (doc[k].pos_ == "ADJ" or doc[k].lower_ == "deputy") and doc[k].text.islower():
            k += 1
        if doc[k].lower_ in _MEMBERS_OF_BODIES or (doc[k].lower_ == "head" and doc[k + 1].lower_ == "of"):
            return "Organisation"  # "M23's political leader", "M23's head of operations": places have none
    if nxt.lower_ == "and" and m.end + 2 < len(doc) and doc[m.end + 1].lower_ == "its" and (
            doc[m.end + 2].lemma_ in ("director", "owner", "chairman", "founder", "manager", "subsidiary", "chief")
            or doc[m.end + 3:m.end + 4].text in ("director", "manager")):
        return "Organisation"  # "blacklisted Meridian Crest and its director, X"
    if m.type == "Person" and nxt.lower_ in _INCIDENTS and root.head.i == nxt.i and root.dep_ in ("compound", "nmod") \
            and m.start > 0 and doc[m.start - 1].lower_ == "the":
        return "Location"  # "the Nasir attack", "the Banjska raid": where it happened
    return None


def _apposition(doc, m, root) -> str | None:
    """"X, the state mining company", "X, a senior officer of Y": the noun the name is equated with (hung on
    the name's last word when the parser split the name: "Comando do Xingu, a gang")."""
    last = doc[m.end - 1]
    for c in (*root.children, *(last.children if last.i != root.i else ())):
        if c.dep_ == "appos" and any(p.dep_ == "poss" and p.lower_ in ("its", "his", "her", "their")
                                     for p in c.children):
            continue  # "a dealer based in X, its owner, Y": the next item of a list, not a description of X
        if c.dep_ == "appos" and c.i >= m.end and not c.ent_type_ and c.text[:1].islower():
            if c.lower_ == "one":  # "X, one of the largest factions within Y"
                c = next((p for q in c.children if q.dep_ == "prep" and q.lower_ == "of"
                          for p in q.children if p.dep_ == "pobj"), c)
            if m.type == "Person" and len(m.name.split()) > 1 and c.lower_.endswith(("er", "or")):
                return None  # "X Y, a bureau de change operator": a trade names a person as well as a firm
            return noun_type(c)
    head = root.head
    if head.i > m.end and m.end < len(doc) and doc[m.end].text == "," and head.pos_ == "NOUN" \
            and head.text[:1].islower() and head.i <= m.end + 6 and not head.ent_type_:
        return noun_type(head)  # "X, al-Qaeda's affiliate in the Sahel" parsed with X hanging on "affiliate"
    if root.dep_ == "appos" and root.head.i < m.start and root.head.ent_type_ != "ORG" and not m.name.isupper() \
            and (up := _person_noun_above(root.head)) is not None and up.i >= m.start - 12 \
            and doc[m.start - 1].text == "," and m.name.split()[-1].lower() not in gz.ORG_HEADS:
        return "Person"  # "Its spokesman on national security, X", "the envoy for the Horn of Africa, X", "a former
        # employee of the company, X": the parser hung X on the last noun; the person noun above names it (not
        # "officers of the X Agency, XA": a body's acronym)
    if root.dep_ == "appos" and root.head.i < m.start and not root.head.ent_type_ \
            and root.head.text[:1].islower() and root.head.i >= m.start - 6:
        noun = root.head
        if m.type == "Person" and doc[m.start - 1].text == "," and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and (noun.head.head.lemma_ in gz.LEADER_NOUNS or noun.head.head.lemma_ in _MEMBERS_OF_BODIES):
            return None  # "the leader of the X gang, Y": Y is the leader the parser hung on "gang"
        return noun_type(noun)  # "the group's founder, X" — the describing noun comes first
    return None


def _person_noun_above(noun):
    """The person noun a phrase object hangs under ("spokesman" above "security" in "spokesman on national
    security"), or None when the object is itself a person noun or no person noun governs it."""
    if noun.dep_ != "pobj" or noun_type(noun) == "Person":
        return None
    up = noun
    while up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.pos_ == "NOUN":
        up = up.head.head
        if noun_type(up) == "Person":
            return up
    return None


def _shape(doc, m, root) -> str | None:
    """What the name itself says: "KATIBA", "AKCESK" in capitals is not a person; "Radwan Force" ends
    in a body's head noun; a bare name in a place after "in" is a place."""
    words = m.name.split()
    if m.type == "Person" and len(words) == 1 and m.name.isupper() and len(m.name) >= 3:
        return "Organisation"
    if m.type == "Person" and len(words) > 1 and (words[-1].lower() in gz.ORG_HEADS or words[-1].lower().rstrip(
            ".") in COMPANY_WORDS) and words[-1][:1].isupper():
        return "Organisation"
    if m.type == "Person" and len(words) > 1 and "the" in (doc[m.start].lower_, doc[max(m.start - 1, 0)].lower_) \
            and _plural_noun(doc[m.end - 1]):
        return "Organisation"  # "the Iron Serpents", "the Southside Nomads": no person is a "the" and a plural
    if m.type == "Person" and len(words) > 1 and _group_name(words):
        return "Organisation"  # "Saraya Ansar al-Fajr", "Jaish al-Adl": named as a unit or a band of followers
    if m.type in ("Person", "Organisation") and len(words) > 1 and words[-1][:1].isupper() \
            and words[-1].lower() in _SITE_HEADS:
        return "Location"  # "Owen Roberts International Airport", "Teko Barracks", "Maghaberry Prison": a site
    if m.type == "Person" and not m.titles and root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS \
            and root.head.head.pos_ in ("VERB", "NOUN") and not any(c.dep_ == "case" for c in root.children):
        return "Location"  # "raided a house in Banja Luka", "the attack in El Obeid"
    if m.type == "Person" and not m.titles and len(words) == 1 and root.dep_ == "pobj" and root.head.lower_ in (
            "to", "from") and root.head.head.lemma_ in _MOVE_VERBS and not any(
                e.label_ == "PERSON" and len(e) > 1 and e[-1].text == m.name for e in doc.ents):
        return "Location"  # "sent a delegation to Naqoura", "fled from Kidal" (not a named person's surname)
    if m.type in ("Organisation", "Person") and not m.titles and root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lower_ in _PLACE_PARTS:
        return "Location"  # "on the edge of X", "the outskirts of Y"
    if m.type == "Organisation" and root.dep_ == "conj" and root.head.dep_ == "pobj" \
            and root.head.head.lower_ in ("in", "near", "around") and root.head.pos_ == "PROPN" \
            and words[-1].lower() not in gz.ORG_HEADS:
        return "Location"  # "raids in Sitra and X"
    if m.type == "Organisation" and root.dep_ == "pobj" and root.head.lower_ in ("near", "outside", "around", "in") \
            and not m.name.isupper() and words[-1].lower() not in gz.ORG_HEADS and not any(
                c.dep_ in ("case", "det") for c in root.children) and doc[m.start - 1].lower_ != "the":
        return "Location"  # "near Kidal", "in El Adde": not "in the Senate"
    return None


# Last words of the names of sites (places where things happen, not bodies that act).
_SITE_HEADS = {"airport", "airbase", "airfield", "barracks", "prison", "jail", "penitentiary", "hospital", "highway",
               "bridge", "square", "palace", "hotel", "stadium"}


def _body_name(name: str) -> bool:
    """A name that ends in a body's head noun or a company's word ("… Party", "… Marine Systems")."""
    words = name.split()
    return len(words) > 1 and words[-1][:1].isupper() and (
        words[-1].lower() in gz.ORG_HEADS or words[-1].lower().rstrip(".") in COMPANY_WORDS)


def _plural_noun(tok) -> bool:
    """"Serpents", "Nomads": a plural noun (by tag, or a lemma the plural "-s" comes off), not "Jones"."""
    return tok.tag_ in ("NNPS", "NNS") or (tok.lower_.endswith("s") and not tok.lower_.endswith(("ss", "us", "is"))
                                           and tok.lemma_.lower() == tok.lower_[:-1])


# Arabic, Persian and Urdu words for a unit, a front or a movement that open armed groups' names
# ("Saraya" brigades, "Kataib" battalions, "Jaish" army, "Harakat" movement, "Liwa" brigade ...).
GROUP_WORDS = {"saraya", "kataib", "kata'ib", "jaish", "harakat", "liwa", "jabhat", "hizb", "tanzim", "asaib",
               "asa'ib", "lashkar", "tehrik", "tehreek", "faylaq", "quwat", "sipah", "firqat"}
# Words that open people's names as well ("Ansar" supporters, "Jund" soldiers): a group's only when a
# particle-joined word follows ("Ansar al-Sharia", "Jund al-Aqsa"), not "Ansar Abbasi".
_GROUP_WORDS_WEAK = {"ansar", "jund", "jamaat", "jama'at", "jamaat-ul", "ahrar", "muhajirin"}


def _group_name(words: list[str]) -> bool:
    first = words[0].lower().replace("’", "'")
    if first in GROUP_WORDS:
        return True
    return first in _GROUP_WORDS_WEAK and any(
        w.lower().startswith(("al-", "ul-", "ud-", "ut-", "ad-", "ash-", "as-", "el-")) or w.lower() in GROUP_WORDS
        for w in words[1:])


_PLACE_PARTS = {"edge", "outskirts", "centre", "center", "heart", "suburbs", "streets", "suburb", "environs"}


def _cues(doc, m) -> list[str]:
    root = doc[table_of(doc).root(m.start, m.end)] if m.end - m.start > 1 else doc[m.start]
    return [t for t in (_before(doc, m), _after(doc, m, root), _apposition(doc, m, root), _shape(doc, m, root),
                        _human(doc, m, root), _titled(doc, m), _belonged_to(doc, m), _has_officers(doc, m),
                        _bearing(root)) if t]


_BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts"}


def _bearing(root) -> str | None:
    """"the mountains south of Palu", "20 km north of X", "the outskirts of X": a place."""
    head = root.head
    return "Location" if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _BEARINGS else None


# Offices and parts only a body has: "the secretary-general of X", "a member of X's central committee".
_BODY_OFFICES = {"member", "chairman", "chairwoman", "chairperson", "treasurer", "founder", "secretary-general"}
_BODY_PARTS = {"committee", "headquarters", "rank", "wing", "membership", "politburo", "secretariat", *_BODY_OFFICES}


def _has_officers(doc, m) -> str | None:
    """"Emmanuel Kisanga, the deputy secretary-general of Chadema", "a member of Chadema's central committee":
    a name the NER took for a person that has members, a chairman or a central committee is a body."""
    if m.type != "Person" or m.end - m.start != 1:
        return None
    root = doc[m.start]
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < root.i:  # "the secretary-general of X"
        owner = head.head
        return "Organisation" if _office(doc, owner) in _BODY_OFFICES and owner.text.islower() else None
    if root.dep_ == "poss" and head.text.islower() and _office(doc, head) in _BODY_PARTS:  # "X's central committee"
        return "Organisation"
    return None


def _office(doc, noun) -> str:
    """The lower-case office a noun names, "secretary-general" whole (the parser heads it on "general")."""
    return doc[max(0, noun.i - 2):noun.i + 1].text.lower() if noun.lower_ == "general" else noun.lemma_.lower()


# Titles only people hold, written before a name ("President X", "Gen. Y").
# Courtesy titles: one capitalised word after one is a surname ("Mr Ormsby", "Ms. Achieng").
_COURTESY = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."}
_PERSONAL_TITLES = {"President", "Minister", "Senator", "Gen.", "General", "Col.", "Colonel", "Lt.", "Maj.", "Capt.",
                    "Sheikh", "Pope", "King", "Queen", "Prince", "Judge", "Archbishop", "Bishop", "Cardinal",
                    "Governor", "Mayor", "Commissioner", "Brig.", *_COURTESY}


def _belonged_to(doc, m) -> str | None:
    """"both men belonged to Los Lobos": what people belong to is a body."""
    root = doc[table_of(doc).root(m.start, m.end)]
    verb = root.head.head
    return "Organisation" if root.dep_ == "pobj" and root.head.lower_ == "to" and verb.lemma_ == "belong" \
        and verb.tag_ in ("VBD", "VBZ", "VBP") else None  # (not "assets belonging to X")


def _titled(doc, m) -> str | None:
    """"at the invitation of President Faustin-Archange Touadéra" (the NER took the name for a body): a
    personal title right before two or more capitalised words makes a person."""
    if m.type == "Person" or m.start == 0 or doc[m.start - 1].text not in _PERSONAL_TITLES:
        return None
    words = m.name.split()
    least = 1 if doc[m.start - 1].text in _COURTESY else 2
    if not least <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or any(
            w.lower() in gz.ORG_HEADS or w.lower() in BODY_HEADS for w in words):
        return None
    return "Person"


def _human(doc, m, root) -> str | None:
    """"X, a 47-year-old former schoolteacher", "X, 52,": only people have ages. Read for names the NER took
    for organisations ("who" is no cue: the parser hangs "the National Assembly, who …" on the body)."""
    last = m.name.split()[-1]
    if m.type == "Location" and _personal_name(doc, m.name) and doc[m.end:m.end + 2].text.lower() == ", who":
        return "Person"  # "Tatsiana Lazarenka, who until 2022 presented a programme" (the NER's place)
    if m.type == "Location" and _aged(doc, m) and not (gz.is_city(m.name) or gz.capital_country(m.name)):
        return "Person"  # "Daulet Ormanov, 57, whose fortune …" (the NER's place)
    if m.type == "Organisation" and _aged(doc, m) and _personal_name(doc, m.name):
        return "Person"  # "Delroy Ebanks, 58," (a surname in -s, which the test below leaves to bodies)
    if m.type != "Organisation" or last.endswith("s") or last.lower() in gz.ORG_HEADS or last.isupper():
        return None
    if _aged(doc, m):
        return "Person"
    for c in root.children:
        if c.i < m.end:
            continue
        if c.dep_ == "appos" and any(t.lower_ in ("year", "years") and any(
                a.lower_ == "old" for a in t.head.subtree) for t in c.lefts for t in t.subtree):
            return "Person"
        if c.dep_ == "relcl" and (c.lemma_ in _PERSONAL_ACTS or _personal_name(doc, m.name)) and any(
                s.dep_ == "nsubj" and s.lower_ == "who" for s in c.children) and doc[m.end].text == ",":
            return "Person"  # "X, who had led the ministry for eight months": what a person does in office
            # ("Aizada Toktosunova, who until last month ran the post": a first name and a surname, no body word)
    return None


def _aged(doc, m) -> bool:
    """"X, 52,": a number set off by commas right after a name is an age."""
    return m.end + 2 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].like_num \
        and doc[m.end + 2].text == ","


_PERSONAL_ACTS = {"lead", "head", "serve", "resign", "die", "flee", "marry", "retire", "study"}


def _personal_name(doc, name: str) -> bool:
    """Two or three capitalised words, none of a body's name, one of them no English word the model knows
    ("Aizada Toktosunova"; not "Sea Watch" nor "Southern Brotherhood")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) and not any(
        w.lower() in gz.ORG_HEADS for w in words) and any(not doc.vocab.has_vector(w.lower()) for w in words)


def _unlabelled_uses(doc, mentions: list) -> list:
    """Other places the article writes a mention's name that the NER left untagged ("the Los Choneros
    gang" when only a later "Los Choneros" was tagged): their context is evidence too. Found with one
    text search over all the names (cheap), not a walk over every token."""
    from .entities import Mention

    by_surface = {}
    table = table_of(doc)
    for m in mentions:
        if m.type not in ("Person", "Organisation", "Location"):
            continue  # (tested first: only these names are written out)
        surface = table.span_text(m.start, m.end)
        if surface[:1].isupper():
            by_surface.setdefault(surface, m)
    if not by_surface:
        return []
    shorts = _company_short_forms(by_surface)
    covered = bytearray(len(doc))
    for m in mentions:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    out = []
    for start, end, surface in _name_hits(doc_text(doc), sorted([*by_surface, *shorts], key=len, reverse=True)):
        span = doc.char_span(start, end)
        if span is not None and not any(covered[span.start:span.end]):
            m = by_surface.get(surface) or shorts[surface]
            out.append(Mention(span.start, span.end, m.type, m.name, m.surface if surface in by_surface else surface,
                               titles=[]))
    return out


def _company_short_forms(by_surface: dict) -> dict:
    """"Lamu Blue Reef" for "Lamu Blue Reef Fisheries": a firm of three words or more named again
    without its trade word (two words at least remain, and not a state's name)."""
    out = {}
    for surface, m in by_surface.items():
        words = surface.split()
        if m.type == "Organisation" and len(words) >= 3 and words[-1].lower().rstrip(".") in COMPANY_WORDS:
            short = " ".join(words[:-1])
            if short not in by_surface and not gz.lookup_country(short) and not gz.demonym_country(words[0]):
                out[short] = m
    return out


def _surname_votes(votes: dict[str, Counter]) -> None:
    """"Rusdi Lamaloga" with no cue of its own, then "Lamaloga, a former religious teacher": a full name
    with no cues takes the person cues of the surname it ends with (the same man named again)."""
    people = {n for n, t in votes.items() if " " not in n and set(t) == {"Person"}}
    for name, tally in votes.items():
        if not tally and " " in name and name.split()[-1] in people:
            tally["Person"] += 1


_WORD_CHAR = re.compile(r"\w")


def _name_hits(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    r"""(start, end, name) of what ``re.finditer(r"(?<!\w)(?:name1|name2|…)(?!\w)", text)`` finds, found with
    ``str.find``: each article's names make a new alternation, and compiling it cost more than the search.
    As the regex does, the leftmost whole-word use wins, at one start the name earlier in ``names`` (the
    longer), and hits do not overlap."""
    found = []
    for rank, name in enumerate(names):
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            if not (pos and _WORD_CHAR.match(text, pos - 1)) and not _WORD_CHAR.match(text, end):
                found.append((pos, rank, end, name))
            pos = text.find(name, pos + 1)
    found.sort()
    out, after = [], 0
    for pos, _rank, end, name in found:
        if pos >= after:  # (sorted by start, then rank: the first at each start is the regex's choice)
            out.append((pos, end, name))
            after = end
    return out


def settle(doc, mentions: list) -> list:
    """Retype every mention of a name whose cues all agree on one type other than its NER guess.

    Only the three confusable types move (Person, Organisation, Location); states, cited outlets and
    gazetteer agencies (which carry a ``kind`` from the gazetteer) keep their type. Returns the
    untagged uses of the names (typed like the rest), which are mentions the NER missed.
    """
    votes: dict[str, Counter] = {}
    missed = _unlabelled_uses(doc, mentions)
    agency = {m.name: gz.lookup_agency(m.name) is not None for m in mentions}
    movable = [m for m in [*mentions, *missed] if m.type in ("Person", "Organisation", "Location")
               and not agency.get(m.name) and m.name not in gz.TERRITORIES and m.name not in gz.LEGISLATURES]
    for m in movable:
        votes.setdefault(m.name, Counter()).update(_cues(doc, m))
    _surname_votes(votes)
    for m in movable:
        tally = votes.get(m.name)
        if not tally or len(tally) != 1:
            continue
        new = next(iter(tally))
        if new == "Person" and m.type == "Organisation" and _body_name(m.name):
            continue  # "the Cambodia National Rescue Party" after "Its predecessor,", "X Marine Systems, a
            # contractor": a noun people and bodies share is no cue against a body's own name
        if new != m.type and not (m.type == "Location" and gz.capital_country(m.name)):
            if m.type == "Person" and new != "Person":
                m.titles = []
            elif new == "Person" and not m.titles:
                from .entities import title_before

                m.titles = title_before(doc, m.start)[0]  # "President X" the NER took for a body
            m.type = new
            if new == "Organisation" and not m.kind:
                m.kind = gz.org_kind(m.name) or None
            elif new != "Organisation":
                m.kind = None
    return [m for m in missed if m.type != "Person" or len(m.name.split()) > 1]


def short_names(mentions: list, vocab=None) -> None:
    """"Sepehr" after "Sepehr Motor Industries", "Huaxin Tongda" after "Shenzhen Huaxin Tongda
    Electronics": a company or body named again by the leading words of its name is that body, whatever
    type the NER gave the short form. Only names ending in a body's head word qualify, so "Islamic State"
    stays apart from "Islamic State Mozambique Province" and "Hezbollah" from "Kataib Hezbollah"."""
    longs = [m for m in mentions if m.type == "Organisation" and len(m.name.split()) > 1
             and m.name.split()[-1].lower().rstrip(".") in COMPANY_WORDS | set(gz.ORG_HEADS)]
    coined = [m for m in mentions if m.type == "Organisation" and len(m.name.split()) > 1 and m not in longs and (
        m.name.split()[0].lower() in _FORMATION_WORDS or vocab is not None and not vocab.has_vector(
            m.name.split()[0].lower()))]  # "Bloque Libertador del Sur", "Drechtmeer Techniek"
    groups = [m for m in mentions if m.type == "Organisation" and len(m.name.split()) > 1
              and m.name.split()[0].lower() in GROUP_WORDS]
    for m in mentions:
        words = m.name.split()
        if m.type not in ("Person", "Organisation", "Location") or gz.lookup_agency(m.name) or m.titles \
                or gz.capital_country(m.name) or gz.lookup_country(m.name):
            continue  # ("in Dhaka" is the city, whatever "Dhaka Metropolitan Police" is called for short)
        for big in groups:  # "al-Ashtar" after "Saraya al-Ashtar" (not "Hezbollah" after "Kataib Hezbollah")
            if big.name.split()[1:] == words and words[0].lower().startswith(("al-", "el-", "ul-", "ad-")):
                m.type, m.name, m.kind = "Organisation", big.name, big.kind
                break
        else:
            if not _leading_words(m, words, longs) and not (m.type == "Person" and any(
                    p.type == "Person" and p is not m and words[-1] in p.name.split() for p in mentions)) and not (
                    m.type == "Location" and len(words) == 1):  # ("in Jalisco" after "Jalisco New Generation Cartel")
                _leading_words(m, words, [b for b in coined if b.start < m.start and (
                    len(words) > 1 or b.name.split()[0].lower() not in _FORMATION_WORDS)], strict=True)
                # (a person's surname stays a person: "Kamau" of "Peter Kamau", not of "Kamau Holdings")


# First words of armed formations' names in Spanish and Portuguese ("Bloque Libertador del Sur").
_FORMATION_WORDS = {"bloque", "frente", "comando", "comandos", "columna", "brigada", "ejército", "ejercito",
                    "movimiento", "fuerzas"}


def _leading_words(m, words: list[str], longs: list, strict: bool = False) -> bool:
    """"Sepehr" for "Sepehr Motor Industries": the name's leading words (or those after a one-word
    place, "Huaxin Tongda" for "Shenzhen Huaxin Tongda Electronics"). ``strict``: the leading words only,
    named after the whole ("Drechtmeer" after "Drechtmeer Techniek", "Bloque Libertador" after "Bloque
    Libertador del Sur")."""
    for big in longs:
        full = big.name.split()
        if len(full) <= len(words) or big.name == m.name:
            continue
        if strict:
            if full[:len(words)] == words:
                m.type, m.name, m.kind = "Organisation", big.name, big.kind
                return True
            continue
        if full[:len(words)] == words or (len(full) > len(words) + 1 and full[1:1 + len(words)] == words) or (
                full[1:] == words and (gz.demonym_country(full[0]) or gz.lookup_country(full[0]))
                and big.start < m.start):
            # "Federal Police" after "Australian Federal Police" (not a bare "the Foreign Ministry" told before
            # "the Russian Foreign Ministry": that is the home state's)
            m.type, m.name, m.kind = "Organisation", big.name, big.kind
            return True
    return False
