"""Roles of people and structure of organisations: LEADS, MEMBER_OF, PART_OF.

Read from the ways news copy introduces people: appositions ("X, a deputy
head of Russia's military intelligence agency"), modifiers ("Wagner boss Y",
"a TPLF spokesman"), titles (read in ``state_leaders``), passives ("the army,
led by Gen. Z"), appointments ("was named head of Y", "declared himself
president") and
possessive states ("Iran's Revolutionary Guards" → PART_OF Iran).
"""
from __future__ import annotations
import re

from newsgraph.schema import entity_id

from . import entity_types, gazetteer as gz
from . import modality
from .coref import OWNED_BODY_NOUNS, owner_state, state_army
from .actors import (actors, agent_of_passive, conjuncts, is_passive, names_in_run, objects, prep_objects, subject,
                     the_police)
from .entities import country_entity, entity_of
from .state_leaders import country_known, home_country, home_of_title, leads_home, lede_subject_state, titles

# Fields a chief can head inside an organisation ("EU foreign policy chief", "the army's intelligence chief").
_DOMAINS = {"policy", "security", "intelligence", "defence", "defense", "trade", "operations", "finance", "health",
            "energy", "justice", "interior", "communications", "press", "staff", "cyber", "marketing", "sales",
            "procurement", "logistics", "commercial", "financial", "technical", "operational", "legal"}
_PART_NOUNS = {"unit", "arm", "wing", "branch", "subsidiary", "division", "affiliate", "faction", "offshoot",
               "department", "directorate", "agency", "service", "subgroup", "squad", "cell", "splinter"}
_LEAD_VERBS = {"lead", "head", "command", "run", "chair", "rule", "found"}
_PART_KINDS = {"government", "military", "intelligence"}


def _etype(builder, eid):
    return builder.entities[eid].type if eid else None


def _role_text(noun) -> str:
    """"deputy head", "military intelligence chief", "caretaker prime minister"."""
    mods = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and not entity_of_text(t)]
    words = [t.text for t in mods] + [noun.text]
    tail = _hyphen_tail(noun)
    if tail is not None:
        words[-1] += "-" + tail.text  # "secretary-general" headed on "secretary"
    return " ".join(words)


def _hyphen_tail(noun):
    """The word joined after a role noun by a hyphen ("general" of "secretary-general"), when the parser
    heads the compound on its first word."""
    if noun.i + 2 < len(noun.doc) and noun.nbor(1).text == "-" and not noun.whitespace_:
        return noun.nbor(2)
    return None


def entity_of_text(tok) -> bool:
    return tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or gz.demonym_country(tok.text) is not None


# Words that put a head over a part of a body ("the agency's Lamu zone commander", "a regional police chief"):
# a member of the body, not its leader.
_SUB_UNITS = {"zone", "regional", "region", "district", "sector", "provincial", "province", "branch", "station",
              "field", "area", "division", "county", "local", "municipal", "theatre", "theater"}


def _role_noun(noun) -> tuple[str, str] | None:
    """("LEADS"|"MEMBER_OF", role) for a role noun, from its words and qualifiers."""
    role = _role_text(noun)
    low = role.lower()
    words = set(low.replace("-", " ").split())  # "vice-president", "deputy-head": subordinate too
    lemma = noun.lemma_.lower()
    compound = f"{noun.nbor(-1).lower_} {noun.lower_}" if noun.i > 0 else noun.lower_
    if noun.i > 1 and noun.nbor(-1).text == "-" and not noun.nbor(-1).whitespace_:
        compound = f"{noun.nbor(-2).lower_}-{noun.lower_}"  # "secretary-general", "director-general"
    elif _hyphen_tail(noun) is not None:
        compound = f"{noun.lower_}-{_hyphen_tail(noun).lower_}"  # the same, headed on "secretary"
    words |= set(compound.replace("-", " ").split()[:-1])  # "vice-president" split by the parser
    det = next((c.lower_ for c in noun.children if c.dep_ == "det"), None)
    former = "former" in words or "ex" in words or any(c.lower_ == "former" for c in noun.children)
    if former and "former" not in role.split():
        role = f"former {role}"
    is_leader = lemma in gz.LEADER_NOUNS or compound in gz.LEADER_NOUNS or noun.lower_ in gz.LEADER_NOUNS
    if is_leader and not words - {"former", "ex"} & gz.SUBORDINATE and det != "a" and not words & _SUB_UNITS:
        return "LEADS", role  # (a former head led the body too: "the former chief executive of X")
    if is_leader or lemma in gz.MEMBER_NOUNS:
        return "MEMBER_OF", role
    return None


_TIES = {"link", "tie", "connection", "relation", "contact", "relationship"}


def _works_at(noun) -> tuple[str, str] | None:
    """"a China specialist at the Lowy Institute", "a researcher with X": a person noun placed at a body."""
    if noun.tag_ != "NN" or noun.lemma_.lower() in gz.TITLE_WORDS or not (any(
            c.dep_ == "prep" and c.lower_ in ("at", "with") for c in noun.children) or _working_for(noun)):
        return None
    if any(c.lower_ == "former" for c in noun.children):
        return None
    if any(p.lemma_ in _TIES for p in prep_objects(noun, ("with",))) or noun.lemma_ in ("man", "woman", "person"):
        return None  # "a man with close links to X": ties to a body, no post in it
    low = noun.lemma_.lower()
    if low in entity_types.PERSON_NOUNS or low.endswith(("ist", "er", "or", "ant", "ent")) or _working_for(noun):
        return "MEMBER_OF", _role_text(noun)
    return None


def _working_for(noun) -> list:
    """"a British engineer working for X", "a pilot employed by Y": the prepositions of the work clause."""
    return [p for c in noun.children if c.dep_ == "acl" and c.lemma_ in ("work", "employ")
            for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in ("for", "at", "with", "by")]


def _nearest_body(builder, pron) -> str | None:
    """"A state designated a group a terrorist organisation …, and its leader, X": an "its" the resolver gave to a
    state, after a body named earlier in its own sentence, is that body's, the nearest one, unless a body is the
    sentence's subject ("The EU sanctioned X, and its foreign policy chief said …": the resolver's reading stands).
    (Only a state's reading is overturned: "the GRU and the FSB, and four GRU officers: its head" is the GRU's.)"""
    doc, start = pron.doc, builder.sentence(pron).start
    if any(doc[j].dep_ in ("nsubj", "nsubjpass") and builder.label(builder.token_entity[j]) == "Organisation"
           for j in range(start, pron.i) if j in builder.token_entity):
        return None
    for j in range(pron.i - 1, start - 1, -1):
        eid = builder.token_entity.get(j)
        if eid is None or doc[j].pos_ == "PRON" or builder.label(eid) != "Organisation":
            continue
        root = doc[j]
        while root.head != root and builder.token_entity.get(root.head.i) == eid:
            root = root.head  # (the name's head word: "the National Police's" is one possessive)
        if root.dep_ in ("compound", "nmod", "amod"):
            continue  # (a name used as a modifier: "placed on a US Treasury sanctions list, along with its leader")
        if root.dep_ == "poss":
            return None  # an owner before it: the resolver's reading of "its" stands ("the National Police's unit
            # …, its spokesman")
        return eid
    return None


def _org_of_role(builder, noun) -> str | None:
    """The organisation or state a role noun is about: its compound, possessor or "of/for" object."""
    lefts = [_nearest_body(builder, c) or entity_of(builder, c)
             if c.lower_ in ("its", "their") and builder.label(entity_of(builder, c) or "") == "Country"
             else entity_of(builder, c) for c in noun.lefts if c.dep_ in ("compound", "poss", "nmod", "amod")]
    lefts += [entity_of(builder, x) for c in noun.lefts if c.dep_ == "compound"  # "Hezbollah's secretary-general"
              for x in c.lefts if x.dep_ == "poss"]
    lefts += [home_country(builder) for c in noun.lefts if c.dep_ == "poss" and c.lemma_ in ("country", "nation")
              and any(d.lower_ == "the" for d in c.children)]  # "the country's transitional president"
    placed = _working_for(noun) or [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("at", "with")]
    for want in ("Organisation", "Country"):  # "Russia's military intelligence chief" heads the agency
        for eid in lefts:
            if eid and _etype(builder, eid) == want and not (want == "Country" and placed and not any(
                    c.dep_ == "poss" for c in noun.lefts)):  # "a New Zealand pilot working for X", "an Iraq
                return eid  # researcher at X": X's (the state is the subject or the nationality)
    preps = [c for c in noun.children if c.dep_ == "prep"] + _working_for(noun)
    preps += [p for a in noun.rights if a.dep_ == "amod" for p in a.children if p.dep_ == "prep"]  # "director general of"
    preps += [q for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "into") for p in c.children
              for q in p.children if q.dep_ == "prep" and q.lower_ in ("at", "with")]  # "a researcher on X at Y"
    for c in preps:
        if c.lower_ in ("of", "for", "at", "in", "with", "from", "by"):  # "a lawmaker from the ruling X party"
            for p in c.children:  # "commander of the X Armed Forces' 2nd Battalion": the battalion, not its owner
                eid = entity_of(builder, p) if p.dep_ == "pobj" else None
                if eid and _etype(builder, eid) == "Organisation" and any(
                        x.dep_ == "poss" and entity_of(builder, x) for x in p.children):
                    return eid
            for t in c.subtree:
                if t.i > c.i:
                    eid = entity_of(builder, t)
                    if eid and _etype(builder, eid) == "Organisation":
                        return eid
            for p in c.children:  # "the head of Russia" (not "the head of Russia's troops")
                eid = entity_of(builder, p)
                if eid and _etype(builder, eid) == "Country":
                    return eid
    for c in noun.lefts:
        if c.dep_ == "amod" and gz.demonym_of_token(c):
            return country_entity(builder, gz.demonym_of_token(c), c.text)
    if _chief_of_staff(noun):
        return _armed_forces(builder)
    return None  # "a police spokeswoman", "an army spokesman": coref links the noun to the body it stands for


def _staff_chief(noun) -> list:
    """The "staff" of "chief of (the defence) staff", or nothing."""
    return [p for p in prep_objects(noun, ("of",)) if p.lemma_ == "staff"] if noun.lemma_ == "chief" else []


def _chief_of_staff(noun) -> bool:
    """"chief of the defence staff", "chief of defence staff", "chief of the general staff": the head of a
    state's armed forces, whose staff is no body of its own."""
    return any(m.lower_ in ("defence", "defense", "general") for p in _staff_chief(noun) for m in p.children)


def _armed_forces(builder) -> str | None:
    """The one state armed force the article names ("the Kenya Defence Forces"), if only one."""
    found = [e for e, d in builder.entities.items() if d.type == "Organisation" and d.kind == "military"
             and state_army(d.name)]
    return found[0] if len(found) == 1 else None


_MINISTRY_WORDS = {"ministry", "department"}


def _capital_opener(builder, tok) -> str | None:
    """"In Beijing, foreign ministry spokesman X said …": a sentence that opens on a capital speaks from that
    capital, so an unnamed state's body in it is that state's (when the story names the state)."""
    sent = builder.sentence(tok)
    if len(sent) < 4 or sent[0].lower_ != "in" or sent[1].ent_type_ != "GPE":
        return None
    end = 1
    while end < len(sent) and sent[end].ent_type_ == "GPE" and (end == 1 or sent[end].ent_iob_ == "I"):
        end += 1
    if end >= len(sent) or sent[end].text != ",":
        return None
    state = gz.capital_country(sent[1:end].text)
    return country_entity(builder, state) if state and country_known(builder, state) else None


def _ministry_of(builder, noun) -> str | None:
    """"the Russian foreign ministry spokeswoman", "Iran's foreign ministry spokesman": the ministry a role
    noun names as a lowercase compound, made an organisation named for its state ("Iranian foreign ministry")."""
    ministry = next((c for c in noun.lefts if c.dep_ == "compound" and c.lower_ in _MINISTRY_WORDS), None)
    if ministry is None:
        return None
    mods = [t for t in (*ministry.lefts, *noun.lefts) if t.i < ministry.i]
    words = [t.lower_ for t in mods if t.dep_ in ("amod", "compound") and t.text.islower()]
    if not words:
        return None
    country = None
    for t in mods:
        country = gz.demonym_of_token(t) if t.dep_ == "amod" else None
        if not country:
            eid = entity_of(builder, t)
            country = builder.entities[eid].name if eid and _etype(builder, eid) == "Country" else None
        if country:
            break
    demonyms = gz.demonyms_of(country) if country else ()
    if not demonyms:
        return None
    name = f"{demonyms[0]} {' '.join(words)} {ministry.lower_}"
    eid = entity_id("Organisation", name)
    builder.add_entity(eid, "Organisation", name, alias=f"{country}'s {' '.join(words)} {ministry.lower_}",
                       kind="government")
    state = entity_id("Country", country)
    if state in builder.entities:  # (made here, the ministry is no mention ``state_bodies`` reads)
        builder.add_relation("PART_OF", eid, state, builder.evidence(ministry, "rule:state-body", 0.7))
    return eid


_PLACE_UNITS = {"district", "city", "town", "province", "region", "state", "municipality", "county", "village",
                "department", "governorate", "prefecture", "borough", "constituency"}


_NOT_OF_STATE = {"opposition", "rebel", "protest", "religious", "spiritual", "militia", "union", "community", "tribal",
                 "student", "separatist", "exiled", "dissident", "party", "movement", "former"}


_LEADING_ORGANS = {"bureau", "politburo", "leadership", "presidency"}  # heading these is leading the body
# Parts of a body whose head belongs to the body ("head of an operations directorate of X"; not "chief of staff of X").
_UNIT_NOUNS = {"directorate", "department", "unit", "division", "branch", "section", "desk", "cell", "wing",
               "brigade", "battalion", "regiment", "office", "command"}
_TRADE_UNION = re.compile(r"\b(?:Trade|Workers|Employees|Teachers|Journalists|Miners|Dockers|Labou?r)\b")


def _the_forces_commander(builder, noun, org) -> bool:
    """"The BDF commander, Brig. Gen. X": the one commander of a state's armed force, set off by commas (not
    "Hamas commander X", one of an armed group's many)."""
    return builder.org_kind(org) == "military" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(c.dep_ == "appos" for c in noun.children)


def _link(builder, person, noun, rule, predicate: bool = False, one_of: bool = False, org: str | None = None,
          former: bool = False) -> None:
    """``person`` holds the office ``noun`` names in the body it is of (or ``org``, when the caller read the body
    elsewhere); ``former`` when the office is told as a past one."""
    found = _role_noun(noun) or _works_at(noun)
    org = org or (_ministry_of(builder, noun) if found and found[0] == "MEMBER_OF" else None) or \
        _org_of_role(builder, noun) or home_of_title(builder, noun, found, predicate)
    if not found or not org:
        return
    rel, role = found
    role = f"former {role}" if former and "former" not in role.split() else role
    if rel == "MEMBER_OF" and noun.lemma_ == "minister" and not set(role.lower().split()) & gz.SUBORDINATE \
            and re.search(r"\bMinistry\b", builder.entities[org].name):  # "the MOIS and its minister, X"
        rel = "LEADS"
    if one_of or (rel == "LEADS" and noun.tag_ == "NNS" and noun.lemma_ == "commander"
                  and _etype(builder, org) == "Organisation"):
        rel, role = "MEMBER_OF", noun.lemma_.lower()  # "one of the gang's most powerful leaders", "four X
        # commanders, among them A and B": one among several, a member
    if rel == "LEADS" and noun.lower_ == "commander" and _etype(builder, org) != "Country" and (
            rule == "rule:modifier-role" or any(c.dep_ == "compound" and entity_of(builder, c) == org
                                                for c in noun.children)) and not _the_forces_commander(builder, noun, org):
        rel = "MEMBER_OF"  # "(the) Hamas commander X" is one of its commanders; "Wagner boss X" is its boss
    if rel == "LEADS" and any(t.dep_ in ("compound", "amod") and t.lower_ in _DOMAINS and entity_of(builder, t) is None
                              for t in noun.lefts) and not any(
            entity_of(builder, t) == org for t in noun.lefts if t.dep_ == "compound" and t.i == noun.i - 1):
        rel = "MEMBER_OF"  # "EU foreign policy chief": heads a part of the EU, belongs to the EU
    if rel == "LEADS" and _etype(builder, org) == "Organisation" and any(
            c.dep_ == "poss" and entity_of(builder, c) == org for c in noun.children) and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.text.islower() and entity_of(
                builder, p) is None for p in c.children) for c in noun.children) and not (
            builder.org_kind(org) == "military" and _staff_chief(noun)):
        rel = "MEMBER_OF"  # "the OLA's head of foreign relations": heads a part, belongs to the whole (not "the
        # GDF's chief of staff": a force's chief of staff commands it)
    if rel == "LEADS" and _etype(builder, org) == "Organisation" and any(
            (p.text.islower() or p.pos_ == "PROPN") and entity_of(builder, p) is None
            and p.lemma_ not in _LEADING_ORGANS and any(
                c.dep_ == "poss" and entity_of(builder, c) == org for c in p.children)
            for p in prep_objects(noun, ("of",))):
        rel = "MEMBER_OF"  # "the head of al-Shabaab's explosives network", "the commander of the army's Third
        # Division": heads a part, belongs to the whole (not "the head of Hamas's political bureau": its leading organ)
    if rel == "LEADS" and _etype(builder, org) == "Organisation" and any(
            p.lemma_ in _UNIT_NOUNS and entity_of(builder, p) is None and any(
                entity_of(builder, x) == org for x in prep_objects(p, ("of",)))
            for p in prep_objects(noun, ("of",))):
        rel = "MEMBER_OF"  # "head of an operations directorate of the X Air Force": heads a part, belongs to X
    if rel == "LEADS" and _etype(builder, org) == "Organisation" and any(
            p.text.islower() and entity_of(builder, p) is None for p in prep_objects(noun, ("for",))) and any(
            entity_of(builder, x) == org for x in prep_objects(noun, ("at", "in"))):
        rel = "MEMBER_OF"  # "director-general for legal affairs at the X Ministry": a department's head
    if rel == "LEADS" and rule != "rule:modifier-role" and _etype(builder, org) == "Organisation" and _placed(builder, noun):
        rel = "MEMBER_OF"  # "the commander of the National Police in Antioquia": heads its branch there
    if rel == "LEADS" and _etype(builder, org) == "Organisation" and not any(
            entity_of(builder, p) == org for p in prep_objects(noun, ("of",))) and any(
            p.lemma_ in _PLACE_UNITS or _etype(builder, entity_of(builder, p)) == "Location"
            for p in prep_objects(noun, ("of",))):
        rel = "MEMBER_OF"  # "the CHP mayor of the Atasehir district": heads a place, belongs to the party
    if rel == "LEADS" and "secretary" in role.lower() and builder.entities[org].kind == "political_party" \
            and not _TRADE_UNION.search(builder.entities[org].name):  # (a trade union's secretary-general leads it)
        rel = "MEMBER_OF"  # a party's secretary-general runs its office; its leader is someone else
    if _etype(builder, org) == "Country":
        if rel != "LEADS" or noun.lemma_.lower() not in {"president", "minister", "leader", "ruler", "king", "premier",
                                                         "chancellor", "emir", "head"}:
            return
        if set(role.lower().split()) & _NOT_OF_STATE:
            return  # "the Russian opposition leader X" leads no state
    if builder.add_relation(rel, person, org, builder.evidence(noun, rule, 0.8), role=role):
        builder.add_role(person, f"{role} of {builder.entities[org].name}")


def _placed(builder, noun) -> bool:
    """A role held in one place ("in Antioquia department", "in the north"): a branch head, not the head."""
    of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    if not of:
        return False  # "Wagner boss X in Minsk": the place is where X was, not what X heads
    for t in (noun, *of):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "in" and any(
                    _etype(builder, entity_of(builder, p)) == "Location" or p.lower_ in _AREA_NOUNS
                    or (p.dep_ == "pobj" and any(q.lower_ in _AREA_NOUNS for q in p.subtree)) for p in c.children):
                return True
    return False


_AREA_NOUNS = {"province", "department", "region", "district", "state", "county", "north", "south", "east", "west",
               "northwest", "northeast", "southwest", "southeast", "city", "capital"}


_SELF_VERBS = {"declare", "proclaim", "crown"}
_APPOINT_VERBS = {"appoint", "name", "elect", "choose", "select", "install", "make", "swear", "confirm"}
_SUCCEED_VERBS = {"succeed", "replace", "take", "return"}  # "succeeded Y as head", "took over as leader"
_ROLE_VERBS = frozenset(_SELF_VERBS | _APPOINT_VERBS | _SUCCEED_VERBS)


def appointed(builder, sent) -> None:
    """"X declared himself the head of a new government", "X was sworn in as president", "X was appointed head
    of Y", "Y chose X as its leader", "X succeeded Z as head of Y", "X took over as leader of Y"."""
    for tok in builder.tokens(_ROLE_VERBS, sent):
        lemma = tok.lemma_
        if lemma not in _ROLE_VERBS or tok.pos_ != "VERB" or modality.negated(tok):
            continue
        as_nouns = prep_objects(tok, ("as",))
        own = [t for c in tok.children for t in (c, *c.children) if t.lower_ in ("himself", "herself")]
        if own:  # "declared himself the head of …", "proclaimed himself president"
            nouns = [own[0].head] if own[0].head.i != tok.i else [
                c for c in tok.children if c.dep_ in ("dobj", "oprd", "xcomp", "attr") and c.i != own[0].i]
            people = actors(builder, subject(tok), ("Person",))
        elif lemma in _APPOINT_VERBS and is_passive(tok):  # "X was appointed head of Y", "sworn in as president"
            nouns = [c for c in tok.children if c.dep_ in ("oprd", "attr", "xcomp")] + as_nouns
            people = [a for c in tok.children if c.dep_ == "nsubjpass" for a in actors(builder, c, ("Person",))]
        elif lemma in _APPOINT_VERBS and lemma != "swear":  # "the party chose X as its new leader"
            nouns = as_nouns + [c for c in tok.children if c.dep_ in ("oprd", "xcomp")]
            people = [a for o in objects(tok) for a in actors(builder, o, ("Person",))]
        elif lemma in _SUCCEED_VERBS and (lemma != "take" or any(c.lower_ == "over" for c in tok.children)) \
                and tok.tag_ in ("VBD", "VBZ", "VBN") and tok.dep_ != "xcomp":  # not "named to replace him as"
            nouns, people = as_nouns, actors(builder, subject(tok), ("Person",))
        else:
            continue
        for person in people:
            for noun in nouns:
                if noun.pos_ == "NOUN":
                    _link(builder, person, noun, "rule:appointed", predicate=True)


def appositions(builder, sent) -> None:
    """"X, a deputy head of …", "the group's leader, Gen. X", "Wagner boss X"."""
    tokens = builder.table.tokens
    for tok in [tokens[i] for i in builder.entity_tokens_in(sent)]:
        person = entity_of(builder, tok)
        if _etype(builder, person) != "Person" or tok.i in builder.coref_tokens:
            continue
        if tok.dep_ == "appos" and entity_of(builder, tok.head) != person:
            _link(builder, person, tok.head, "rule:apposition-role")
            noun = _role_noun_above(builder, tok.head) or _role_before_place(builder, tok.head)
            if noun is not None:  # "a senior commander of the militia Kataib Hezbollah, X" (X hung on the name),
                _link(builder, person, noun, "rule:apposition-role")  # "its envoy for the Great Lakes, X"
            if tok.head.lower_ == "one":  # "One of its lawmakers, X"
                for noun in prep_objects(tok.head, ("of",)):
                    if noun.tag_ == "NNS":
                        _link(builder, person, noun, "rule:one-of-role", one_of=True)
        elif (twin := _twin_object(tok)) is not None:
            _link(builder, person, twin, "rule:apposition-role")
        elif (group := _listed_under(builder, tok)) is not None:
            _link(builder, person, group, "rule:apposition-role")  # "two RSF commanders, A and B", "three IRGC
            # officers, including X"
        for c in tok.children:
            if c.dep_ == "appos" and entity_of(builder, c) is None:
                _link(builder, person, c, "rule:apposition-role")
                for k in [*c.conjuncts, *(x for p in prep_objects(c, ("of",)) for x in p.conjuncts)]:
                    if k.pos_ == "NOUN" and entity_of(builder, k) is None and _role_noun(k) and not any(
                            a.dep_ == "appos" and entity_of(builder, a) for a in k.children):  # (not "…, a British
                        # national, and its commercial director, Y": Y's own role)
                        _link(builder, person, k, "rule:apposition-role")  # "X, the head of Y and the country's
                        # transitional president" (the parser may hang the second noun on Y)
            if c.dep_ == "appos" and entity_of(builder, c) is None and any(
                    q.lower_ in ("all", "both") and q.dep_ in ("nsubj", "det", "predet", "nmod") for q in c.children):
                listed = [o for o, _t in names_in_run(builder, tok.i, -1, ("Person",))] + [
                    entity_of(builder, k) for k in tok.conjuncts]  # ("A, B and C, all of them officers of Y": on A)
                for other in listed:  # "A, B and C, all of them officers of Y"
                    if other and other != person and _etype(builder, other) == "Person":
                        _link(builder, other, c, "rule:apposition-role")
            if c.dep_ == "appos" and c.lower_ == "one":  # "X, one of the most powerful leaders of the Y gang"
                for noun in prep_objects(c, ("of",)):
                    if noun.tag_ == "NNS":
                        _link(builder, person, noun, "rule:one-of-role", one_of=True)
            if c.dep_ == "appos":
                for g in _past_alias(builder, c, person):
                    _link(builder, person, g, "rule:apposition-role")
            if c.dep_ in ("compound", "amod") and entity_of(builder, c) is None and (
                    c.pos_ == "NOUN" or (c.pos_ == "ADJ" and c.lower_ in gz.LEADER_NOUNS)):  # "Wagner chief X"
                _link(builder, person, c, "rule:modifier-role")
        _owner_then_role(builder, tok, person)
    for m, person in builder.mentions_in(sent):
        if m.type == "Person" and (noun := _role_before_comma(builder, m)) is not None:
            _link(builder, person, noun, "rule:apposition-role")


def _listed_under(builder, tok):
    """The plural role noun a name is listed under: the second of "two RSF field commanders, A and B", or
    "three IRGC officers, including X" / "…, among them X" (the first of an apposition is read as one)."""
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first is not tok and first.dep_ == "appos":
        noun = first.head
    elif first.dep_ == "pobj" and first.head.lower_ in ("including", "among") and first.head.dep_ == "prep":
        noun = first.head.head
        if noun.pos_ == "VERB":  # "arrested four X commanders, among them A and B" ("among" hung on the verb)
            noun = next((o for o in noun.children if o.dep_ == "dobj" and o.i < first.i), noun)
    else:
        return None
    return noun if noun.tag_ == "NNS" and entity_of(builder, noun) is None and _role_noun(noun) else None


def _twin_object(tok):
    """"citing a spokesman for the X, Colonel Y": the parser makes the name a second object (or subject, or an
    adverbial noun) of a verb, but it names the role noun whose phrase ends just before the comma."""
    while tok.head != tok and tok.left_edge.i <= tok.head.i < tok.i:  # "Colonel" may head the name
        tok = tok.head
    if tok.dep_ not in ("dobj", "npadvmod", "nsubj") or tok.head.pos_ != "VERB" \
            or (tok.head.i > tok.i and tok.dep_ == "nsubj") or tok.left_edge.i < 2 or tok.doc[tok.left_edge.i - 1].text != "," \
            or any(t.pos_ == "NOUN" for t in tok.lefts):  # (not "…, police spokesman X told reporters")
        return None
    comma = tok.left_edge.i - 1
    up = tok.doc[comma - 1]
    while up.head != up and up.head.right_edge.i < comma and up.head.i < comma:
        up = up.head
        if up.pos_ == "NOUN" and _role_noun(up):
            return up
    return None


def _owner_then_role(builder, tok, person) -> None:
    """"Hezbollah, whose secretary-general X", "the group's deputy leader X": a possessor, lower-case role
    words, then the name (the parser hangs the possessor on the name itself)."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    org = entity_of(builder, poss) if poss is not None and (
        poss.i not in builder.coref_tokens or poss.lower_ == "whose") else None  # (a described owner may be misread)
    if org is None or _etype(builder, org) != "Organisation":
        return
    words = [t for t in tok.doc[poss.i + 1:tok.i] if t.i not in builder.token_entity]
    if not words or not all(t.is_lower or t.text == "-" for t in words):
        return
    role = "".join(t.text_with_ws for t in words).replace(" - ", "-").replace(" -", "-").replace("- ", "-").strip()
    low = role.lower().split()
    if low[-1] in gz.LEADER_NOUNS:
        rel = "MEMBER_OF" if set(low) & gz.SUBORDINATE else "LEADS"
    elif low[-1] in gz.MEMBER_NOUNS:
        rel = "MEMBER_OF"
    else:
        return
    builder.add_relation(rel, person, org, builder.evidence(tok, "rule:owner-role", 0.75), role=role)


_DESCRIBE_VERBS = {"describe", "identify", "name", "list", "know", "see"}


def described_as(builder, sent) -> None:
    """"X, described in the listing as M23's head of operations", "Y was identified as the group's chief
    financier": a role given through a verb of describing."""
    for tok in builder.tokens({"as"}, sent):
        verb = tok.head
        if verb.dep_ == "pobj" and verb.head.dep_ == "prep":  # "described in the listing as …" (hung on "listing")
            verb = verb.head.head
        elif verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep" \
                and verb.head.head.head.lemma_ in _DESCRIBE_VERBS:  # "describe in documents seen by AP as …"
            verb = verb.head.head.head  # (hung on "seen")
        if tok.dep_ != "prep" or verb.lemma_ not in _DESCRIBE_VERBS or verb.pos_ != "VERB":
            continue
        who = verb.head if verb.dep_ in ("acl", "advcl") else next(
            (c for c in verb.children if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and verb.tag_ == "VBN")), None) \
            or next((c for c in verb.children if c.dep_ == "dobj"), None)  # "the Treasury described X as …"
        people = [entity_of(builder, who)] if who is not None else []
        people += _whom_described(builder, verb)
        for person in dict.fromkeys(p for p in people if _etype(builder, p) == "Person"):
            for noun in (p for p in tok.children if p.dep_ == "pobj" and p.pos_ == "NOUN"):
                _link(builder, person, noun, "rule:described-as")


def _whom_described(builder, verb) -> list[str]:
    """"Colonel X, whom officials named as the handler and described as an officer of Y", "A and B, both of
    whom Treasury described as members of Z": the people the relative pronoun stands for."""
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else verb
    if clause.dep_ != "relcl":
        return []
    objs = [c for c in clause.children if c.dep_ == "dobj"]
    if not any(o.lower_ in ("whom", "who") or any(t.lower_ == "whom" for t in o.subtree) for o in objs):
        return []
    head = clause.head
    found = [e for t in (head, *head.conjuncts) for e in [entity_of(builder, t)] if e]
    if not found and head.pos_ == "NOUN" and head.tag_ == "NNS" and head.left_edge.i > 0 \
            and builder.doc[head.left_edge.i - 1].text == ",":  # "A and B, two nationals whom X describes as …"
        found = [e for e, _t in names_in_run(builder, head.left_edge.i - 2, -1, ("Person",))]
    return found


def _past_alias(builder, c, person) -> list:
    """'X, alias "El Mono," a regional commander of Y': the appositions hung on the nickname."""
    out = []
    for _ in range(3):
        if entity_of(builder, c) not in (None, person) or not (c.lower_ in ("alias", "aka") or any(
                t.is_quote or t.lower_ in ("alias", "aka") for t in c.subtree if t.i < c.i)):
            break
        nxt = [g for g in c.children if g.dep_ == "appos" and entity_of(builder, g) is None]
        out += nxt
        c = next((g for g in c.children if g.dep_ == "appos"), None)
        if c is None:
            break
    return out


def office_of_title(builder, sent) -> None:
    """"Attorney General X" heads "the Attorney General's Office" the article names."""
    offices = {d.name.lower().removesuffix("'s office").removesuffix("’s office"): e
               for e, d in builder.entities.items() if d.type == "Organisation" and d.name.lower().endswith("office")}
    if not offices:
        return
    for m, eid in builder.mentions_in(sent):
        for title in (m.titles if m.type == "Person" else []):
            org = offices.get(title.lower())
            if org:
                builder.add_relation("LEADS", eid, org, builder.evidence(sent.doc[m.start], "rule:office-of-title", 0.8),
                                     role=title)


def whose_force(builder, sent) -> None:
    """"Khalifa Haftar, whose Libyan National Army launched …": the force, movement or party a person is
    named as having is the one he leads."""
    doc = sent.doc
    for tok in builder.tokens({"whose"}, sent):
        if tok.dep_ != "poss":
            continue
        verb = tok.head.head
        person = entity_of(builder, verb.head) if verb.dep_ == "relcl" else (
            entity_of(builder, doc[tok.i - 2]) if tok.i >= 2 and doc[tok.i - 1].text == "," else None)
        org = entity_of(builder, tok.head)
        if _etype(builder, person) == "Person" and builder.org_kind(org) in ("military", "armed_group",
                                                                            "political_party"):
            builder.add_relation("LEADS", person, org, builder.evidence(tok, "rule:whose-force", 0.6))


def titled_modifier(builder, sent) -> None:
    """"LNA spokesman Brig. Gen. X", "Interior Ministry spokesman Col. Y": a role noun written before the
    person's rank (the parser often loses the link across the abbreviated rank)."""
    from .entities import title_before

    doc = sent.doc
    for m, eid in builder.mentions_in(sent):
        if m.type != "Person" or not m.titles:
            continue
        _titles, first = title_before(doc, m.start)
        noun = doc[first - 1] if first > sent.start else None
        if noun is not None and noun.pos_ == "NOUN" and noun.text.islower() and (
                noun.lemma_ in gz.MEMBER_NOUNS or noun.lemma_ in gz.LEADER_NOUNS):
            _link(builder, eid, noun, "rule:modifier-role")


_STAFF = {"executive", "official", "officer", "director", "manager", "member", "commander", "leader", "employee",
          "aide", "staff"}


def listed_staff(builder, sent) -> None:
    """"two of its former executives, chief executive A and finance director B": people listed under a plural
    staff noun of a body, each with the office written before the name, hold that office in the body."""
    doc = sent.doc
    for m, eid in builder.mentions_in(sent):
        if m.type != "Person" or m.start <= sent.start:
            continue
        root = doc[m.start:m.end].root
        staff = root
        while staff.dep_ == "conj" and staff.head.i < staff.i:
            staff = staff.head
        staff = staff.head if staff.dep_ == "appos" else _counted_before(staff)
        count = staff if staff.pos_ == "NUM" else None
        if count is not None:  # "two of its employees, A and B"
            staff = next((p for c in count.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                          if p.dep_ == "pobj"), count)
        office = doc[m.start - 1]
        if staff.i == root.i or staff.tag_ != "NNS" or staff.lemma_ not in _STAFF:
            continue
        if office.pos_ != "NOUN" or not office.text.islower() or office.head.i not in range(m.start, m.end):
            office = staff  # no office of their own: what the list calls them ("two of its employees")
        org = _listed_with(builder, count, staff) or _org_of_role(builder, staff)
        if org and _etype(builder, org) == "Organisation":  # ("finance director": a part's head, a member)
            _link(builder, eid, office, "rule:listed-staff", org=org,
                  former=any(c.lower_ == "former" for c in staff.children))


def _counted_before(first):
    """"designated X and two of its employees, A and B": the count whose phrase ends right before the list's
    comma, when the parser made A a second object rather than its apposition; else ``first`` itself."""
    comma = first.left_edge.i - 1
    noun = first.doc[comma - 1] if comma > 0 and first.doc[comma].text == "," else None
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NUM":
        return noun.head.head
    return first


def _listed_with(builder, count, staff) -> str | None:
    """"designated X and two of its employees": "its" is X, the body the count is coordinated with."""
    if count is None or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in staff.children):
        return None
    before = count.doc[count.left_edge.i - 1] if count.left_edge.i > 0 else None
    body = count.head if count.dep_ == "conj" else before.head if before is not None and before.dep_ == "cc" \
        else None  # (or a second object after "and", as the parser may hang it)
    eid = entity_of(builder, body) if body is not None else None
    return eid if eid and _etype(builder, eid) == "Organisation" else None


def org_title(builder, sent) -> None:
    """"NBI Director Leopoldo Abad", "Senate President Clara Bermudez", "UN Secretary-General X": a body's
    name, then a capitalised office, then the person."""
    doc = sent.doc
    for m, eid in builder.mentions_in(sent):
        if m.type != "Person":
            continue
        j = m.start - 1
        words = []
        while j >= sent.start and m.start - j <= 4 and (doc[j].text[:1].isupper() or doc[j].text == "-") \
                and doc[j].i not in builder.token_entity:
            words.insert(0, doc[j].text)
            j -= 1
        org = builder.token_entity.get(j) if j >= sent.start else None
        if not words or not org or _etype(builder, org) != "Organisation":
            continue
        office = "".join(w if w == "-" else f" {w}" for w in words).replace(" -", "-").replace("- ", "-").strip()
        low = office.lower()
        last = low.split()[-1] if low.split() else ""
        if low in gz.LEADER_NOUNS or last in gz.LEADER_NOUNS:
            rel = "MEMBER_OF" if set(low.split()) & gz.SUBORDINATE else "LEADS"
        elif last in gz.MEMBER_NOUNS:
            rel = "MEMBER_OF"
        else:
            continue
        builder.add_relation(rel, eid, org, builder.evidence(doc[m.start], "rule:org-title", 0.75), role=office)


def person_of_body(builder, sent) -> None:
    """"Senator X of the Democratic Centre party", "Y of Human Rights Watch": a person named with "of" and
    a body belongs to it."""
    doc = sent.doc
    for m, eid in builder.mentions_in(sent):
        k = _after_alias(doc, m.end, sent.end)
        if k + 3 < sent.end and doc[k].text == "," and doc[k + 1].like_num and doc[k + 2].text == ",":
            k += 3  # "Corporal X, 27, of the Kenya Defence Forces"
        elif k + 2 < sent.end and doc[k].text == "," and doc[k + 1].lower_ == "of" and doc[k + 2].lower_ == "the":
            k += 1  # "Opposition leader X, of the New National Party,"
        if m.type != "Person" or k + 1 >= sent.end or doc[k].lower_ != "of":
            continue
        j = k + 1
        while j < sent.end and doc[j].lower_ in ("the",) or (j < sent.end and doc[j].pos_ == "ADJ" and
                                                              not doc[j].ent_type_):
            j += 1  # "the right-wing …"
        while j < sent.end and doc[j].text == "-" or (j < sent.end and doc[j].pos_ in ("ADJ", "NOUN") and
                                                       doc[j].text.islower() and j not in builder.token_entity):
            j += 1
        org = builder.token_entity.get(j)
        if org and _etype(builder, org) == "Organisation" and builder.entities[org].kind not in ("media",):
            head = _heading_title(m.titles)
            builder.add_relation("LEADS" if head else "MEMBER_OF", eid, org, builder.evidence(
                doc[m.start], "rule:person-of-body", 0.6), **({"role": head} if head else {}))


_HEAD_TITLES = {"commissioner", "director", "director-general", "chairman", "chairwoman", "president", "commander",
                "secretary-general", "governor"}


def _heading_title(titles: list[str]) -> str | None:
    """The title written before a name when it heads a body ("Commissioner X of the police"), not when
    qualified ("Deputy Commissioner X", "Assistant Director Y")."""
    words = " ".join(titles).lower().split()  # (["Deputy", "Police Commissioner"] is one qualified title)
    if not words or words[-1] not in _HEAD_TITLES or set(words) & gz.SUBORDINATE:
        return None
    return " ".join(words)


_OWN_BODIES = {"party", "movement", "organisation", "organization", "union", "alliance", "coalition", "group"}


def own_body(builder, sent) -> None:
    """"His party, the Nepali Congress, accused …", "X's movement, Y": the person belongs to the body named."""
    for m, eid in builder.mentions_in(sent):
        if m.type != "Organisation":
            continue  # (tested first: only a body's name is rooted)
        root = builder.table.tokens[builder.table.root(m.start, m.end)]
        if root.dep_ != "appos" or root.head.lemma_ not in _OWN_BODIES:
            continue
        for owner in (c for c in root.head.children if c.dep_ == "poss"):
            person = entity_of(builder, owner)
            if _etype(builder, person) == "Person":
                builder.add_relation("MEMBER_OF", person, eid, builder.evidence(root.head, "rule:own-body", 0.65),
                                     role="member")


_UNDER = frozenset({"under"})


def under_secretary(builder, sent) -> None:
    """"X, the Treasury's under secretary for terrorism, …", "the Treasury's acting under secretary, X": the
    parser reads "under" as a preposition, so the office hangs on the body; the person is the body's member."""
    doc = sent.doc
    for tok in builder.tokens(_UNDER, sent):
        if tok.lower_ != "under" or tok.i + 1 >= sent.end or doc[tok.i + 1].lemma_ != "secretary" or tok.i < 2:
            continue
        k = tok.i - 1
        while k > sent.start and (doc[k].pos_ == "ADJ" or doc[k].lower_ in ("acting", "deputy", "assistant")):
            k -= 1
        if doc[k].text not in ("'s", "’s"):
            continue
        body_tok = doc[k - 1]
        body = entity_of(builder, body_tok)
        if _etype(builder, body) != "Organisation":
            continue
        people = [entity_of(builder, body_tok.head)] if body_tok.dep_ == "appos" else []
        people += [entity_of(builder, c) for h in {body_tok, body_tok.head, tok.head} for c in h.children
                   if c.dep_ == "appos"]
        end = doc[tok.i + 1].right_edge.i + 1
        for person in dict.fromkeys(p for p in people if _etype(builder, p) == "Person"):
            builder.add_relation("MEMBER_OF", person, body, builder.evidence(tok, "rule:under-secretary", 0.7),
                                 role=doc[k + 1:end].text)


def _after_alias(doc, i: int, end: int) -> int:
    """"X, alias "El Tigre", of Y": the token after a nickname set off by commas, else ``i``."""
    if i + 2 < end and doc[i].text == "," and (doc[i + 1].lower_ in ("alias", "aka") or (
            doc[i + 1].lower_ == "known" and doc[i + 2].lower_ == "as")):
        close = next((t.i for t in doc[i + 2:min(end, i + 12)] if t.text == ","), None)
        return close + 1 if close is not None else i
    return i


def _role_before_place(builder, tok):
    """"its special envoy for the Great Lakes, X": the role noun whose place or remit the parser hung the
    name on."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "to", "in", "on") or tok.head.head.pos_ != "NOUN" \
            or _etype(builder, entity_of(builder, tok)) not in (None, "Location"):
        return None
    return tok.head.head if _role_noun(tok.head.head) else None


def _role_noun_above(builder, org_tok):
    """The role noun an organisation's name is the "of" object of ("commander of the militia X")."""
    if _etype(builder, entity_of(builder, org_tok)) != "Organisation":
        return None
    h = org_tok.head if org_tok.dep_ == "appos" else org_tok
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ == "NOUN" and _role_noun(h.head.head):
        return h.head.head
    return None


def _role_before_comma(builder, m):
    """"… on the commander of the X Air Force, Gen. Y, and three other officers": a name set off by commas right
    after a body that a role noun is "of" holds that role, however the parser hung the name."""
    doc = builder.doc
    k = m.start - 1
    while k > 0 and (gz.is_title_word(doc[k].text) or doc[k].text == "."):
        k -= 1  # ("Gen." or "Gen" + ".")
    if k < 1 or doc[k].text != "," or (m.end < len(doc) and doc[m.end].text not in (",", ".", ";")):
        return None
    return _role_noun_above(builder, doc[k - 1])


def _is_institution(builder, org: str, owner_tok) -> bool:
    """"Lebanon's parliament" is read as the Lebanese parliament: it is the state's, no PART_OF needed."""
    owner = entity_of(builder, owner_tok)
    name = builder.entities[org].name
    return bool(owner) and any(name.startswith(d + " ") for d in gz.demonyms_of(builder.entities[owner].name))


def _noun_before_comma(tok):
    """", led by X" read as a clause of the main verb: the parser's slip; it modifies the noun before the comma."""
    doc = tok.doc
    if tok.dep_ == "advcl" and tok.i >= 2 and doc[tok.i - 1].text == "," and doc[tok.i - 2].pos_ in ("NOUN", "PROPN"):
        return doc[tok.i - 2]
    return None


_PARTY_QUALIFIERS = {"opposition", "ruling", "governing", "banned", "outlawed", "exiled", "main", "rival"}


def led_by(builder, sent) -> None:
    """"the Sudanese army, led by Gen. X", "the group is now led by Y", "X leads Y", "X (co-)founded Y"."""
    for tok in builder.tokens(_LEAD_VERBS, sent):
        if tok.lemma_ not in _LEAD_VERBS or tok.pos_ != "VERB":
            continue
        if is_passive(tok) or (tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)):
            org_tok = next((c for c in tok.children if c.dep_ == "nsubjpass"), None) or (
                tok.head if tok.dep_ == "acl" else _noun_before_comma(tok)) or (
                next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if tok.dep_ == "conj" else None) or (  # "who have controlled Sanaa … and are led by X"
                tok.head.head if tok.dep_ == "conj" and tok.head.dep_ == "acl" else None)  # "X, formally known as
            # Y and led by Z"
            people = [a for p in agent_of_passive(tok) for a in actors(builder, p, ("Person",))]
        else:
            org_tok = next((c for c in tok.children if c.dep_ == "dobj"), None)
            people = actors(builder, subject(tok), ("Person",))
            if tok.dep_ == "relcl" and _etype(builder, entity_of(builder, tok.head)) == "Person":
                people = [entity_of(builder, tok.head)]  # "X, who commands …, and Y": X alone
            if org_tok is None and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
                org_tok = _described_body(builder, tok.head)  # "Y, the firm he heads": the body the noun describes
            if org_tok is not None and tok.lemma_ == "chair" and org_tok.lemma_ == "board":
                org_tok = next(iter(prep_objects(org_tok, ("of",))), org_tok)  # "chairs the board of X": X
        co = tok.lemma_ == "found" and tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "co"
        if co and not people and tok.head.dep_ == "appos":  # "X, an officer who co-founded Y" (parsed as acl)
            people = actors(builder, tok.head.head, ("Person",))
        if org_tok is not None and entity_of(builder, org_tok) is None and is_passive(tok):
            org_tok = _described_body(builder, org_tok) or org_tok  # "X, an alliance of armed groups led by Y"
        orgs = actors(builder, org_tok, ("Organisation",)) if org_tok is not None else []
        if not orgs and org_tok is not None and org_tok.lower_ in _PARTY_QUALIFIERS and org_tok.i + 1 < len(sent.doc):
            nxt = builder.token_entity.get(org_tok.i + 1)  # "who leads the opposition Rally for X" (the parser
            orgs = [nxt] if nxt and _etype(builder, nxt) == "Organisation" else []  # took "opposition" for the object)
        if orgs and org_tok.pos_ == "NOUN" and entity_of(builder, org_tok) is None \
                and org_tok.lemma_ in _FORCE_PARTS | _DELEGATIONS:  # "who commands RSF units in North Darfur",
            # "an ADF cell commanded by X", "a CHDA delegation headed by X": one of its commanders or envoys
            role = f"head of {org_tok.lemma_}" if org_tok.lemma_ in _DELEGATIONS else "commander"
            for p in people:
                for o in orgs:
                    builder.add_relation("MEMBER_OF", p, o, builder.evidence(tok, "rule:commands-units", 0.7),
                                         role=role)
            continue
        if org_tok is not None and org_tok.pos_ == "NOUN" and entity_of(builder, org_tok) is None and any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in org_tok.children):
            orgs = []  # "commands the IRGC's ground forces", "heads the crime unit of X": a part of X, not X
        if not orgs and org_tok is not None and tok.lemma_ in ("lead", "rule") and not is_passive(tok) \
                and tok.dep_ == "relcl" and not modality.negated(tok):  # "X, who has led Togo since 2005"
            orgs = actors(builder, org_tok, ("Country",)) if org_tok.pos_ == "PROPN" else []  # not "the Cuban side"
        if not orgs and org_tok is not None and not is_passive(tok):  # "who heads the OLA's southern command"
            whole = [a for c in org_tok.children if c.dep_ == "poss" or (c.dep_ == "compound" and org_tok.pos_ == "NOUN"
                                                                         and org_tok.lemma_ in _FORCE_PARTS)
                     for a in actors(builder, c, ("Organisation",))]  # ("who commands RSF operations in X")
            whole += [a for p in prep_objects(org_tok, ("of",)) for a in actors(builder, p, ("Organisation",))]
            for p in people:
                for o in whole:
                    builder.add_relation("MEMBER_OF", p, o, builder.evidence(tok, "rule:heads-part-of", 0.7),
                                         role=f"head of {org_tok.text}")
            continue
        rel, role = ("MEMBER_OF", "co-founder") if co else ("LEADS", {"lead": "leader", "found": "founder"}.get(
            tok.lemma_, tok.lemma_))
        parents = [a for c in org_tok.children if c.dep_ == "poss" for a in actors(builder, c, ("Organisation",))] + [
            a for q in prep_objects(org_tok, ("of",)) for a in actors(builder, q, ("Organisation",))] \
            if org_tok is not None and rel == "LEADS" and not is_passive(tok) else []  # "who heads the KPS's
        for p in people:  # Terrorism Investigation Unit": he leads the unit and belongs to the police
            for o in orgs:
                builder.add_relation(rel, p, o, builder.evidence(tok, "rule:led-by", 0.8), role=role)
                for whole in (w for w in parents if w != o):
                    builder.add_relation("MEMBER_OF", p, whole, builder.evidence(tok, "rule:heads-part-of", 0.7),
                                         role=f"head of {builder.entities[o].name}")


_DELEGATIONS = {"delegation", "team", "side", "mission"}  # a body's delegation: heading it is not leading the body
_FORCE_PARTS = {"unit", "force", "troop", "fighter", "brigade", "battalion", "operation", "wing", "branch",
                "division", "detachment", "cell", "squad"}


def _described_body(builder, noun):
    """"Viv Ansanm, an alliance of armed groups led by X": the named body an apposition describes."""
    tok = noun
    for _ in range(3):
        if tok.dep_ == "appos" and _etype(builder, entity_of(builder, tok.head)) == "Organisation":
            return tok.head
        if tok.head == tok or tok.dep_ not in ("pobj", "prep", "appos"):
            return None
        tok = tok.head
    return None


def speaks_for(builder, sent) -> None:
    """"X, who speaks for the NUG", "Y, who works for the agency", "A and B, who write for X": members."""
    for tok in builder.tokens({"speak", "work", "write"}, sent):
        if tok.pos_ != "VERB" or tok.dep_ != "relcl" or _etype(builder, entity_of(builder, tok.head)) != "Person":
            continue
        people = [e for c in conjuncts(tok.head) for e in [entity_of(builder, c)] if _etype(builder, e) == "Person"]
        for o in prep_objects(tok, ("for",)):
            for org in actors(builder, o, ("Organisation",)):
                for person in people:
                    builder.add_relation("MEMBER_OF", person, org, builder.evidence(tok, "rule:speaks-for", 0.7),
                                         role={"speak": "spokesperson", "write": "writer"}.get(tok.lemma_, "staff"))


def _part_noun(appos):
    """The part noun of an apposition: "the armed wing of Y", "one of the factions within Y"."""
    if appos.lemma_ in _PART_NOUNS or appos.lower_ in _STATE_PART_NOUNS:
        return appos
    if appos.lower_ == "one":
        for q in appos.children:
            if q.dep_ == "prep" and q.lower_ == "of":
                p = next((x for x in q.children if x.dep_ == "pobj"), None)
                if p is not None and p.lemma_ in _PART_NOUNS:
                    return p
    return None


_BODY_WORDS = {"army", "military", "navy", "police", "group", "movement", "party", "militia", "ministry", "agency"}


def part_of(builder, sent) -> None:
    """"Iran's Revolutionary Guards" → PART_OF Iran; "X, which is part of Y"; agencies and their state."""
    for m, eid in builder.mentions_in(sent):
        if m.type != "Organisation":
            continue
        kind = builder.entities[eid].kind
        head = builder.table.tokens[builder.table.root(m.start, m.end)]
        agency = gz.lookup_agency(builder.entities[eid].name)
        for c in head.children:
            whole = entity_of(builder, c) if c.dep_ == "poss" and (
                c.i not in builder.coref_tokens or c.lower_ in _BODY_WORDS) else None
            if _etype(builder, whole) == "Organisation" and whole != eid:  # "the PLA's Eastern Theater Command"
                builder.add_relation("PART_OF", eid, whole, builder.evidence(head, "rule:possessive-body", 0.7))
            whole = [a for p in (c.children if c.dep_ == "prep" and c.lower_ == "of" else [])
                     for a in actors(builder, p, ("Organisation",)) if p.dep_ == "pobj" and p.i not in builder.coref_tokens]
            if whole and whole[0] != eid and m.end <= c.i <= _after_acronym(sent.doc, m.end) + 1:
                # "the Quds Force of Iran's Revolutionary Guard", "the Criminal Investigation Bureau (CIB) of X Police"
                builder.add_relation("PART_OF", eid, whole[0], builder.evidence(head, "rule:body-of-body", 0.7))
            if c.dep_ == "poss" and not _is_institution(builder, eid, c) and (
                    kind in ("government", "intelligence", "military") or (agency and agency[3] in _PART_KINDS)
                    or builder.org_kind(eid) is None):  # (or of no known kind: "Italy's Carabinieri")
                # ("Sudan's paramilitary Rapid Support Forces" is at war with the state, not part of it)
                owner = entity_of(builder, c)
                if _etype(builder, owner) == "Country":
                    builder.add_relation("PART_OF", eid, owner, builder.evidence(head, "rule:possessive-state", 0.75))
        own_name = builder.entities[eid].name
        for other, ent in builder.entities.items():  # "Intelligence Organisation of the IRGC" (one NER span)
            if other != eid and ent.type == "Organisation" and (
                    own_name.endswith(" of " + ent.name) or own_name.endswith(" of the " + ent.name)):
                builder.add_relation("PART_OF", eid, other, builder.evidence(head, "rule:body-of-body", 0.7))
        if agency and agency[2]:
            name = gz.country_by_code(agency[2])
            from newsgraph.schema import entity_id

            cid = entity_id("Country", name) if name else None
            if cid in builder.entities and any(builder.token_entity.get(t.i) == cid for t in sent):
                builder.add_relation("PART_OF", eid, cid, builder.evidence(head, "rule:agency-state", 0.7))
    for m, eid in builder.mentions_in(sent):  # "X, the armed wing of Y", "X, a unit of Y"
        if m.type != "Organisation":
            continue
        head = builder.table.tokens[builder.table.root(m.start, m.end)]
        for c in head.children:
            if c.dep_ == "appos" and entity_of(builder, c) is None and c.lemma_ in _STATE_ORGANS \
                    and (state := owner_state(builder, c)) in builder.entities:  # "the X, the country's parliament",
                builder.add_relation("PART_OF", eid, state, builder.evidence(c, "rule:part-apposition", 0.75))
                continue  # "Y, Kenya's criminal investigation police"
            part = _part_noun(c) if c.dep_ == "appos" and entity_of(builder, c) is None else None
            if part is not None:
                whole = [e for p in (x for q in part.children if q.dep_ == "prep" and q.lower_ in ("of", "within")
                                     for x in q.children) for e in actors(builder, p, ("Organisation", "Country"))]
                whole += [e for p in part.children if p.dep_ in ("poss", "compound", "nmod") and p.i not in
                          builder.coref_tokens for e in actors(builder, p, ("Organisation", "Country")) if e != eid]
                # "al-Qaeda's affiliate", "an al-Shabaab unit"
                whole += _demonym_state(builder, eid, part)  # "the Indian paramilitary force that guards the border"
                for w in whole[:1]:
                    builder.add_relation("PART_OF", eid, w, builder.evidence(c, "rule:part-apposition", 0.75))
    for m, eid in builder.mentions_in(sent):  # "United Nations Support Mission in Libya" is part of the UN
        if m.type != "Organisation":
            continue  # (only an organisation's name holds another's: no walk over the entities)
        name = builder.entities[eid].name
        for other, ent in builder.entities.items():
            if name.startswith(ent.name + " ") and other != eid and ent.type == "Organisation" \
                    and len(ent.name.split()) >= 2 and name.split()[len(ent.name.split())][:1].isupper():
                builder.add_relation("PART_OF", eid, other, builder.evidence(sent.doc[m.start], "rule:named-within", 0.65))
    for tok in builder.tokens({"part"}, sent):
        if tok.lower_ == "part" and tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be":
            whole = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children for a in actors(builder, p, ("Organisation", "Country"))]
            if not whole:  # "part of a broader coalition called X"
                whole = [e for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree
                         for e in [entity_of(builder, t)] if e and _etype(builder, e) == "Organisation"][:1]
            for part in actors(builder, subject(tok.head), ("Organisation",)):
                for w in whole:
                    builder.add_relation("PART_OF", part, w, builder.evidence(tok, "rule:part-of", 0.8))


def _both_named(builder, noun) -> list[str]:
    """"both men", "the two suspects": the two people the sentence before names side by side."""
    if noun is None or noun.tag_ != "NNS" or not any(c.lower_ in ("both", "two") for c in noun.children):
        return []
    sents = builder.sents()
    k = next((i for i, x in enumerate(sents) if x.start <= noun.i < x.end), 0)
    for t in (sents[k - 1] if k else ()):
        people = [e for c in (t, *t.conjuncts) for e in [entity_of(builder, c)] if _etype(builder, e) == "Person"]
        if t.dep_ != "conj" and len(dict.fromkeys(people)) == 2:
            return list(dict.fromkeys(people))
    return []


# Head nouns of a state body's name ("Atomic Energy Organization of Iran", "National Police of Colombia").
_STATE_BODY_HEADS = {"organization", "organisation", "agency", "office", "ministry", "commission", "court", "police",
                     "service", "council", "authority", "directorate", "bureau", "department", "tribunal", "guard"}


def _after_acronym(doc, i: int) -> int:
    """The token after a bracketed acronym at ``i`` ("Bureau (CIB) of"), else ``i``."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
        return i + 3
    return i


_STATE_PART_NOUNS = {"force", "forces", "agency", "service", "police", "unit", "department", "directorate", "ministry"}
# What a state's own body is called in an apposition that gives its state ("the X, the country's parliament").
_STATE_ORGANS = _STATE_PART_NOUNS | {"parliament", "legislature", "assembly", "senate", "court", "army", "navy",
                                     "guard", "gendarmerie", "regulator", "authority", "tribunal", "commission",
                                     "council", "intelligence", "military", "office", "bureau", "prosecutor"}



def _demonym_state(builder, org: str, noun) -> list[str]:
    """"X, the Indian paramilitary force", "Y, Kenya's elite police unit": a state's body, unless the
    organisation is a known armed group ("Sudan's paramilitary RSF" fights the state)."""
    if noun.lower_ not in _STATE_PART_NOUNS or builder.entities[org].kind == "armed_group":
        return []
    for c in noun.children:
        name = gz.demonym_of_token(c) if c.dep_ in ("amod", "compound") else None
        if name and country_known(builder, name):
            return [country_entity(builder, name)]
    return []


def belongs_to(builder, sent) -> None:
    """"The gang belongs to Viv Ansanm" (PART_OF); "he said both men belonged to Los Lobos" (MEMBER_OF)."""
    for tok in builder.tokens({"belong"}, sent):
        if tok.lemma_ != "belong" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP") \
                or modality.negated(tok) or modality.hypothetical(tok) or any(
                    c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
            continue
        bodies = [a for p in prep_objects(tok, ("to",)) for a in actors(builder, p, ("Organisation",))]
        for part in actors(builder, subject(tok), ("Organisation", "Person")) or _both_named(builder, subject(tok)):
            for w in (w for w in bodies if w != part):
                if builder.label(part) == "Organisation":
                    builder.add_relation("PART_OF", part, w, builder.evidence(tok, "rule:belongs-to", 0.75))
                else:
                    builder.add_relation("MEMBER_OF", part, w, builder.evidence(tok, "rule:belongs-to", 0.7),
                                         role="member")


def named_for_state(builder, sent) -> None:
    """"the Atomic Energy Organization of Iran", "the National Police of X": a state body named for its state
    (an institution's head noun before "of"; "Revolutionary Armed Forces of X" has none)."""
    for m, eid in builder.mentions_in(sent):
        name = builder.entities[eid].name if m.type == "Organisation" else ""
        body, _, tail = name.rpartition(" of ")
        state = gz.lookup_country(tail) if body else None
        if state and body.split()[-1].lower() in _STATE_BODY_HEADS and country_known(builder, state):
            builder.add_relation("PART_OF", eid, country_entity(builder, state),
                                 builder.evidence(sent.doc[m.start], "rule:named-for-state", 0.65))


def serves_as(builder, sent) -> None:
    """"X, who serves as a deputy chief of the GRU", "X is the head of Y"."""
    for tok in builder.tokens({"serve", "work", "act", "be", "remain", "become"}, sent):
        if tok.lemma_ not in ("serve", "work", "act", "be", "remain", "become") or tok.pos_ not in ("VERB", "AUX"):
            continue
        nouns = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                 if p.dep_ == "pobj"] + [c for c in tok.children if c.dep_ == "attr"]
        people = actors(builder, subject(tok), ("Person",))
        for person in people:
            for noun in nouns:
                _link(builder, person, noun, "rule:serves-as")


_POSTED = {"assign", "post", "attach", "second", "station"}


def posted_to(builder, sent) -> None:
    """"X was assigned to the Philippine Navy's Northern Command", "an officer posted to the embassy": the
    person serves in that body (and so in the body it is part of)."""
    for tok in builder.tokens(_POSTED, sent):
        if tok.lemma_ not in _POSTED or tok.pos_ != "VERB" or not is_passive(tok) and tok.dep_ != "acl":
            continue
        people = [a for c in tok.children if c.dep_ == "nsubjpass" for a in actors(builder, c, ("Person",))]
        if tok.dep_ == "acl":  # "an officer assigned to …" → the person the noun stands for
            people += actors(builder, tok.head, ("Person",))
        bodies = [a for p in prep_objects(tok, ("to",)) for t in (p, *p.children) if t.dep_ in ("pobj", "poss")
                  for a in actors(builder, t, ("Organisation",))]
        for person in people:
            for body in dict.fromkeys(bodies):
                builder.add_relation("MEMBER_OF", person, body, builder.evidence(tok, "rule:posted-to", 0.7),
                                     role=f"{tok.lower_} to")  # "assigned to", "posted to"


_BOARDS = {"board", "boards", "council", "committee", "commission", "staff"}


def board_seat(builder, sent) -> None:
    """"X, who sat on the board of Y", "X sits on the boards of Y and Z": a seat makes a member of each body
    named."""
    for tok in builder.tokens({"sit", "serve"}, sent):
        if tok.pos_ != "VERB" or modality.negated(tok):
            continue
        seats = [p for p in prep_objects(tok, ("on",)) if p.lower_ in _BOARDS]
        bodies = [a for s in seats for o in prep_objects(s, ("of",)) for a in actors(builder, o, ("Organisation",))]
        if not bodies:
            continue
        people = actors(builder, subject(tok), ("Person",))
        for person in people:
            for body in dict.fromkeys(bodies):
                builder.add_relation("MEMBER_OF", person, body, builder.evidence(tok, "rule:board-seat", 0.7),
                                     role="board member")


_LEFT_OFFICE = {"remove", "dismiss", "sack", "replace", "succeed", "oust", "relieve", "resign", "fire"}


def replaced_as(builder, sent) -> None:
    """"X was removed as commanding general of the army and was replaced by Y": X held that office, and
    Y now holds it."""
    for tok in builder.tokens(_LEFT_OFFICE, sent):
        if tok.pos_ != "VERB" or tok.lemma_ not in _LEFT_OFFICE \
                or tok.tag_ not in ("VBD", "VBN") or tok.dep_ == "xcomp" or modality.negated(tok):
            continue  # "whom the council had named to replace him": not (yet) done
        nouns = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                 if p.dep_ == "pobj"]
        nouns += [p for d in prep_objects(tok, ("of", "from")) if d.lemma_ in ("duty", "post", "position", "role")
                  for c in d.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                  if p.dep_ == "pobj"]  # "relieved of his duties as chairman of X"
        commanding = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                      if p.dep_ == "pcomp" and p.lemma_ in _LEAD_VERBS for o in p.children if o.dep_ == "dobj"]
        held = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
        if tok.dep_ == "conj" and not held:  # "… was removed as … and was replaced by Y"
            held = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        people = [a for g in held for a in actors(builder, g, ("Person",))]
        for person in people:
            for noun in nouns:
                _link(builder, person, noun, "rule:removed-as")
            for noun in commanding:  # "removed as commanding general of the Peruvian Army": its head
                org = _org_of_role(builder, noun)
                if org and _etype(builder, org) == "Organisation":
                    builder.add_relation("LEADS", person, org, builder.evidence(tok, "rule:removed-as", 0.7),
                                         role=f"{noun.head.text} {noun.text}")
        if tok.lemma_ in ("replace", "succeed"):
            successors = [a for p in agent_of_passive(tok) for a in actors(builder, p, ("Person",))] if is_passive(
                tok) else actors(builder, subject(tok), ("Person",))
            if not is_passive(tok) and prep_objects(tok, ("with",)):  # "Maduro replaced X with Gen. Y": Y succeeds
                successors = [a for p in prep_objects(tok, ("with",)) for a in actors(builder, p, ("Person",))]
            _take_offices(builder, successors, people, tok, "rule:replaced-by")


_NAMING_VERBS = {"name", "appoint", "choose", "pick", "tap", "select", "elect", "nominate", "install"}


def named_successor(builder, sent) -> None:
    """"His deputy, Y, was named to succeed him", "elected Y as his successor": Y takes the offices the one he
    succeeds holds in the article."""
    for tok in builder.tokens(_NAMING_VERBS | {"succeed", "replace"}, sent):
        if tok.pos_ != "VERB" or modality.negated(tok):
            continue
        if tok.lemma_ in ("succeed", "replace") and tok.dep_ == "xcomp" and tok.head.lemma_ in _NAMING_VERBS \
                and is_passive(tok.head) and not modality.negated(tok.head):
            new = [a for c in tok.head.children if c.dep_ == "nsubjpass" for a in actors(builder, c, ("Person",))]
            old = [a for o in objects(tok) for a in actors(builder, o, ("Person",))]
        elif tok.lemma_ in _NAMING_VERBS and not is_passive(tok):
            heirs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                     if p.dep_ == "pobj" and p.lemma_ == "successor"]
            heirs += [p for o in objects(tok) for c in o.children if c.dep_ == "prep" and c.lower_ == "as"
                      for p in c.children if p.dep_ == "pobj" and p.lemma_ == "successor"]  # (as hung on the object)
            old = [a for h in heirs for c in h.children if c.dep_ == "poss" for a in actors(builder, c, ("Person",))]
            new = [a for o in objects(tok) for a in actors(builder, o, ("Person",))] if old else []
        else:
            continue
        gone = _left_office_lately(builder, tok)
        old = [a for a in old if a in gone] or (gone[-1:] if old else [])  # ("as his successor": the one who left,
        _take_offices(builder, new, old, tok, "rule:named-successor")  # not the president who named the heir)


def _take_offices(builder, successors: list[str], people: list[str], tok, rule: str) -> None:
    """Each successor holds the offices (LEADS, MEMBER_OF with their roles) the people they succeed hold."""
    offices = [(r.type, r.target, r.properties.get("role")) for r in list(builder.relations.values())
               if r.source in people and r.type in ("LEADS", "MEMBER_OF")]
    for who in successors:
        for rel, org, role in offices:
            if who not in people:
                builder.add_relation(rel, who, org, builder.evidence(tok, rule, 0.65), role=role)


_LEAVING_NOUNS = {"removal", "dismissal", "ouster", "resignation", "sacking", "departure"}


def _left_office_lately(builder, tok) -> list[str]:
    """People told as removed, dismissed, ousted or resigning in this sentence or the two before, in order."""
    sents = builder.sents()
    here = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
    out: list[str] = []
    for sent in sents[max(0, here - 2):here + 1]:
        for t in builder.tokens(_LEFT_OFFICE | _LEAVING_NOUNS | {"vote"}, sent):
            if t.lemma_ in _LEAVING_NOUNS:
                args = [c for c in t.children if c.dep_ == "poss"] + prep_objects(t, ("of",))
            elif t.pos_ == "VERB" and (t.lemma_ in _LEFT_OFFICE - {"replace", "succeed"} or (
                    t.lemma_ == "vote" and any(c.lower_ == "out" for c in t.children))):
                args = objects(t) + [c for c in t.children if c.dep_ in ("nsubjpass",)] + (
                    [subject(t)] if t.lemma_ == "resign" else [])
            else:
                continue
            out += [a for g in args if g is not None for a in actors(builder, g, ("Person",)) if a not in out]
    return out


def owner_of(builder, sent) -> None:
    """"Zorin's Wagner mercenaries": a person's armed group or company is one he leads; "his party" he is in."""
    for m, eid in builder.mentions_in(sent):
        if m.type != "Organisation":
            continue
        if builder.entities[eid].kind not in ("armed_group", "company", "political_party", "other", None):
            continue
        head = sent.doc[m.start:m.end].root
        holders = [head] + ([head.head] if head.dep_ == "compound" else [])  # "Zorin's Wagner mercenaries"
        for c in (c for h in holders for c in h.children):
            person = entity_of(builder, c) if c.dep_ == "poss" else None
            if _etype(builder, person) == "Person" and c.i not in builder.coref_tokens:
                builder.add_relation("LEADS", person, eid, builder.evidence(head, "rule:possessive-leader", 0.6),
                                     role="leader")
            elif _etype(builder, person) == "Person" and c.lower_ in ("his", "her") \
                    and builder.entities[eid].kind == "political_party":  # "his Democratic Progressive Party"
                builder.add_relation("MEMBER_OF", person, eid, builder.evidence(head, "rule:possessive-party", 0.5),
                                     role="member")


def minister_of_ministry(builder, sent) -> None:
    """"Defence Minister Sergei Shoigu" leads "the defence ministry" when the article names both."""
    ministries = {e.name.lower(): i for i, e in builder.entities.items()  # not "Russian defence ministry":
                  if e.type == "Organisation" and ("ministry" in e.name.lower()  # whose minister is unknown
                                                   or e.name.lower().startswith("department of"))
                  and e.name.split()[0] not in gz.DEMONYMS}
    if not ministries:
        return
    for m, eid in builder.mentions_in(sent):
        if m.type != "Person":
            continue
        deputy = any(t.lower() in ("deputy", "vice") for t in m.titles)
        root = sent.doc[m.start:m.end].root
        nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        offices = list(m.titles) + [_role_text(n) for n in nouns if n.lower_ == "minister"]  # "its justice minister, X"
        for title in offices:
            words = title.lower().split()
            if "former" in words or "ex" in words or any(
                    t.lower_ == "former" for n in nouns for t in n.lefts):  # "a former deputy interior minister"
                continue
            if len(words) >= 3 and words[0] in ("minister", "secretary") and words[1] == "of":
                words = [*(w for w in words[2:] if w != "the"), words[0]]  # "Minister of Defence" = "Defence Minister"
            if len(words) >= 2 and words[-1] in ("minister", "secretary"):  # "Justice Secretary X" heads the
                fields = [" ".join(words[k:-1]) for k in range(len(words) - 2, max(-1, len(words) - 5), -1)]
                org = next((i for field in fields for n, i in ministries.items() if words[-1] == "minister" and (
                    f"{field} ministry" in n or f"ministry of {field}" in n or f"ministry of the {field}" in n)
                    or f"department of {field}" in n), None)  # Department of Justice; "Foreign Affairs Minister
                # X" the Ministry of Foreign Affairs (a ministry's "foreign secretary" is its top civil servant)
                if org:
                    low = "deputy" in words or "vice" in words or deputy
                    rel, role = ("MEMBER_OF", f"deputy {title}") if low else ("LEADS", title)
                    builder.add_relation(rel, eid, org, builder.evidence(sent.doc[m.start], "rule:minister-title",
                                                                         0.7), role=role)


_POLICE_HEADS = {"chief", "inspector-general", "commissioner", "head", "director", "superintendent", "director-general"}


def _word_before_titles(builder, sent, m) -> str:
    from .entities import title_before

    first = title_before(sent.doc, m.start)[1]
    return sent.doc[first - 1].lower_ if first > sent.start else ""


def police_chief(builder, sent) -> None:
    """"Inspector-General of Police X", "Police Chief Y" leads the one police force the article names."""
    if not builder.tokens({"police"}, sent):
        return
    force = the_police(builder)
    if force is None:
        return  # none, or two forces: whose chief is not said
    for m, eid in builder.mentions_in(sent):
        if m.type != "Person":
            continue
        for title in m.titles:
            words = set(title.lower().replace(" of ", " ").split())
            if m.titles and title == m.titles[0] and _word_before_titles(builder, sent, m) == "police":
                words.add("police")  # "Police Commissioner X" (only "Commissioner" is a title word)
            if "police" in words and words & _POLICE_HEADS:
                deputy = any(set(t.lower().replace("-", " ").split()) & gz.SUBORDINATE for t in m.titles)
                rel, role = ("MEMBER_OF", " ".join(m.titles)) if deputy else ("LEADS", title)  # ("Deputy" may be a
                builder.add_relation(rel, eid, force, builder.evidence(sent.doc[m.start], "rule:police-title", 0.7),
                                     role=role)  # title of its own)


def deputy_of(builder, sent) -> None:
    """"Commissioner X of the police … with his deputy, Y, taking charge": Y serves (as deputy) in the body X
    heads or serves in, when X holds office in exactly one body."""
    for tok in builder.tokens({"deputy"}, sent):
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        chief = builder.token_entity.get(poss.i) if poss is not None and tok.pos_ == "NOUN" else None
        if chief is None or _etype(builder, chief) != "Person":
            continue
        bodies = list(dict.fromkeys(r.target for r in builder.relations.values() if r.source == chief and r.type in (
            "LEADS", "MEMBER_OF") and _etype(builder, r.target) == "Organisation"))
        if len(bodies) != 1:
            continue
        for c in tok.children:
            for who in actors(builder, c, ("Person",)) if c.dep_ == "appos" else ():
                if who != chief:
                    builder.add_relation("MEMBER_OF", who, bodies[0], builder.evidence(tok, "rule:deputy-of", 0.65),
                                         role="deputy")


RULES = (appositions, speaks_for, own_body, under_secretary, described_as, office_of_title, whose_force, titled_modifier, org_title, listed_staff, person_of_body, titles, led_by, part_of, belongs_to, named_for_state, serves_as, replaced_as, named_successor,
         owner_of, minister_of_ministry, appointed, police_chief, posted_to, board_seat, deputy_of)


_STATE_KINDS = ("government", "military", "intelligence")


def state_bodies(builder) -> None:
    """A state's ministries, forces, services and embassies are PART_OF the state, read from the name
    ("Belarusian Foreign Ministry", "Guyana Defence Force", "UAE Ministry of Defence") or a possessive
    ("China's foreign ministry", "Sudan's army") when the article names that state."""
    from newsgraph.schema import entity_id

    placed = {r.source for r in builder.relations.values() if r.type == "PART_OF"}  # a body is part of one thing
    for m, eid in builder.mentions:
        if eid in placed or not _state_body(builder, eid):
            continue
        ent = builder.entities[eid]
        root = builder.doc[m.start:m.end].root
        named = _state_in_name(ent.name, builder.org_kind(eid) != "military")
        poss = None if named else _owning_state(builder, root)  # (the name's own state first: "the U.S.
        # Attorney's Office in San Juan")
        agency = gz.lookup_agency(ent.name)
        state = poss or named or (
            gz.country_by_code(agency[2]) if agency and agency[2] else None)  # "SEBIN": Venezuela's, if it is named
        sid = state if poss else (entity_id("Country", state) if state else None)
        sid = sid or _capital_opener(builder, root)  # "In Islamabad, Foreign Office spokeswoman X said …"
        if sid and sid in builder.entities and sid != eid:
            builder.add_relation("PART_OF", eid, sid, builder.evidence(root, "rule:state-body", 0.7))
            placed.add(eid)
    _owned_descriptions(builder, placed)
    _home_bodies(builder, placed)


def _owned_descriptions(builder, placed: set) -> None:
    """"Moldova's security service" that coref linked to the Information and Security Service: the possessive
    (or demonym) says whose body the named one is."""
    for i in sorted(builder.coref_tokens):
        tok, eid = builder.doc[i], builder.token_entity[i]
        if eid in placed or tok.lemma_ not in OWNED_BODY_NOUNS or not _state_body(builder, eid):
            continue
        sid = owner_state(builder, tok)
        if sid and sid in builder.entities:
            builder.add_relation("PART_OF", eid, sid, builder.evidence(tok, "rule:state-body", 0.7))
            placed.add(eid)


# Head words of a state institution's generic name ("the Interior Ministry", "the National Guard", "the
# Department of Foreign Affairs", "the Supreme Court"): a name any state's body may bear.
_INSTITUTION_HEADS = {"Ministry", "Department", "Police", "Guard", "Court", "Office", "Bureau", "Council",
                      "Directorate", "Agency", "Service", "Services", "Committee"}


def _this_and_last(builder, tok) -> list:
    """The sentence of ``tok`` and the one before it."""
    sent = builder.sentence(tok)
    return [builder.sentence(builder.doc[sent.start - 1]), sent] if sent.start > 0 else [sent]


def _home_bodies(builder, placed: set) -> None:
    """A state institution named without its state ("the Interior Ministry said") in a story set in one state
    (every state its lede refers to is that one): that state's, the way a reader takes it."""
    home = home_country(builder)
    lede = None if home else lede_subject_state(builder)  # else the state the lede's subject names, for a body
    if not (home or lede):  # told in a sentence that names no other state
        return
    for m, eid in builder.mentions:
        ent = builder.entities[eid]
        words = set(ent.name.split())
        if eid in placed or ent.type != "Organisation" or not words & _INSTITUTION_HEADS \
                or builder.org_kind(eid) not in _STATE_KINDS or gz.lookup_agency(ent.name) \
                or any(gz.lookup_country(w) or gz.demonym_country(w) for w in ent.name.replace("'s", "").split()):
            continue
        root = builder.doc[m.start:m.end].root
        if lede and any(builder.label(e) == "Country" and e != lede for sent in _this_and_last(builder, root)
                        for _m, e in builder.mentions_in(sent)):
            continue
        builder.add_relation("PART_OF", eid, home or lede, builder.evidence(root, "rule:home-state-body", 0.55))
        placed.add(eid)


# Words of a body's name that make it a state's when a state owns it ("Turkey's National Intelligence
# Organisation") even though its head noun says nothing of its kind.
_STATE_NAME_WORDS = {"National", "State", "Federal", "Intelligence", "Security", "Defence", "Defense", "Border",
                     "Armed", "Revolutionary", "Republican", "Royal", "Bureau", "Directorate", "Office", "Wing",
                     "Police", "Gendarmerie"}


def _state_body(builder, eid: str) -> bool:
    kind = builder.org_kind(eid)
    words = set(builder.entities[eid].name.split())
    if words & _CIVIL_HEADS:  # "the National University of Mongolia" is no organ of the state
        return False
    return kind in _STATE_KINDS or (kind is None and bool(words & _STATE_NAME_WORDS))


_CIVIL_HEADS = {"University", "College", "School", "Academy", "Museum", "Hospital", "Foundation", "Association",
                "Institute", "Library", "Theatre", "Orchestra"}


def _owning_state(builder, root) -> str | None:
    """The state that owns a body's mention: "Venezuela's Defence Ministry", "the Atomic Energy Organization of
    Iran", or the noun it is set beside: "India's foreign intelligence agency, the Research and Analysis Wing"."""
    nouns = [root]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i not in builder.token_entity:
        nouns.append(root.head)
    for noun in nouns:
        for c in noun.children:
            eid = entity_of(builder, c) if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") else None
            if c.dep_ == "prep":
                eid = next((entity_of(builder, p) for p in c.children if p.dep_ == "pobj"), None)
            if eid and _etype(builder, eid) == "Country":
                return eid
    return None


def _state_in_name(name: str, of_state: bool = True) -> str | None:
    """"Belarusian Foreign Ministry" → Belarus, "Guyana Defence Force" → Guyana, "US Treasury" → United States."""
    words = name.split()
    if len(words) > 2 and words[0] == "Royal":
        words = words[1:]  # "Royal Thai Navy", "Royal Malaysian Police": the state after the crown's word
    if len(words) < 2:
        return None
    for n in (4, 3, 2, 1):  # ("Republic of Sierra Leone Armed Forces": four words of the state)
        head = " ".join(words[:n])
        if n < len(words):
            found = gz.lookup_country(head) or gz.demonym_country(head)
            if found:
                return found
    for i in range(1, len(words) - 1):  # "Commonwealth of X Police Force", "Royal Y and Z Police Force": the
        for n in (5, 4, 3, 2, 1):  # state's name (inside the body's) right before the force's own words
            if i + n < len(words) and set(words[i + n:]) <= _PLAIN_FORCE_WORDS | {"Service", "Forces"}:
                found = gz.lookup_country(" ".join(words[i:i + n]))
                if found:
                    return found
    if len(words) >= 3:  # "Border Guard Bangladesh": the state's name closing a body's name
        found = gz.lookup_country(words[-1])
        if found and words[-2][:1].isupper() and gz.org_kind(" ".join(words[:-1])):
            return found
    body, _, tail = name.rpartition(" of ")
    if body and (of_state or set(body.removeprefix("the ").split()) <= _PLAIN_FORCE_WORDS):  # "Prosecutor's Office
        return gz.lookup_country(tail)  # of Bosnia and Herzegovina", "Armed Forces of Côte d'Ivoire"; not the
    return None  # "Revolutionary Armed Forces of Colombia" or "Gaitanist Army of Colombia" that rebels named


_PLAIN_FORCE_WORDS = {"Armed", "Forces", "Army", "Navy", "Air", "Force", "Defence", "Defense", "Royal", "Gendarmerie",
                      "Police", "Guard", "Coast", "The"}  # a state's own forces are named plainly: "Armed Forces of X"


def apply(builder, doc) -> None:
    for sent in builder.sents():
        for rule in RULES:
            builder.run_rule(rule, sent)
    builder.run_rule(state_bodies)
    builder.run_rule(bloc_bodies)
    leads_home(builder)


def bloc_bodies(builder) -> None:
    """"KFOR", "the UN Support Mission in Libya", "the Council of the EU": part of the bloc, when the article
    names the bloc too (never created for it)."""
    from newsgraph.schema import entity_id

    placed = {r.source for r in builder.relations.values() if r.type == "PART_OF"}
    for m, eid in builder.mentions:
        ent = builder.entities[eid]
        if eid in placed or ent.type != "Organisation":
            continue
        bloc = next((b for n in (ent.name, *ent.aliases) for b in [gz.bloc_of(n)] if b), None)
        bid = entity_id("Organisation", bloc) if bloc else None
        if bid and bid in builder.entities and bid != eid:
            head = builder.table.tokens[builder.table.root(m.start, m.end)]
            builder.add_relation("PART_OF", eid, bid, builder.evidence(head, "rule:bloc-body", 0.7))
            placed.add(eid)
