"""Which actors a syntactic argument names.

A subject or object is rarely a bare name: "Russian and Ukrainian
delegations", "Ethiopia's government and the TPLF", "Wagner boss Yevgeny
Zorin", "ELN fighters". These helpers turn an argument token into entity
ids, following coordination, appositions, demonyms and possessive states, so
every relation rule reads its arguments the same way.
"""
from __future__ import annotations

from collections import Counter

from . import gazetteer as gz
from .entities import body_state, country_entity, entity_of
from .modality import CHARGE_VERBS, SAY_VERBS, speakers_next_verb
from .nlp import table_of
from .state_leaders import country_known

# Nouns for members of a named group: "ELN fighters", "Houthi targets", "Hamas officials".
_MEMBER_NOUNS = {"fighters", "militants", "rebels", "members", "officials", "forces", "troops", "soldiers",
                 "targets", "positions", "leaders", "commanders", "gunmen", "operatives", "delegation",
                 "negotiators", "units", "mercenaries", "guerrillas", "spokesman", "leadership", "campaign",
                 "ministers", "diplomats", "lawmakers", "prosecutors", "investigators", "envoys", "agents",
                 "representatives", "emissaries", "delegates", "intermediaries"}
_SUBJ = ("nsubj", "nsubjpass")
# Verbs whose object did what the infinitive after it says ("the shooting prompted Uganda to accuse Kenya"):
# the object is the infinitive's subject. (Not requests such as "urged Washington to sanction X": nothing
# says it happened.)
_OBJECT_CONTROL = {"prompt", "lead", "force", "cause", "spur", "persuade", "compel", "drive", "provoke",
                   "oblige", "convince"}
_SPEECH = SAY_VERBS  # one list of verbs of saying (modality)


def conjuncts(tok) -> list:
    """The token and everything coordinated with it ("the US, the EU and Britain"), also when the parser
    hangs the next item on an apposition ("X, a former senator, and Y, a shipping firm")."""
    out = [tok, *tok.conjuncts]
    table = table_of(tok.doc)  # (the appositions are looked for in the token table: most tokens have none)
    deps, lowers, kids = table.deps, table.lowers, table.children
    for a in [c for t in out for c in kids[t.i] if deps[c] == "appos"]:
        if any(deps[x] == "cc" and lowers[x] == "and" for x in kids[a]):  # not "X, a figure in Y, or Z"
            out += [c for c in table.tokens[a].conjuncts if c.i > a and c not in out]
    if deps[tok.i] == "pobj":
        out += [c for c in _list_hung_on_earlier_noun(tok) if c not in out]
    if deps[tok.i] in ("nsubj", "nsubjpass") and len(out) == 1 and any(
            deps[x] == "cc" and lowers[x] == "and" for x in kids[tok.i]):
        out += _later_subjects(tok)  # ("A, who commands the base, and B, who runs the unit, directed …": after
    return out  # two relative clauses the parser may hang B on the verb as a second subject, leaving A's "and"
    # joining nothing; the later subjects are A's conjuncts)


def _later_subjects(subj) -> list:
    """The subjects of ``subj``'s verb after it, with the same relation: the parser's split of one subject in two."""
    return [c for c in subj.head.children if c.i > subj.i and c.dep_ == subj.dep_]


def _list_hung_on_earlier_noun(tok) -> list:
    """"X was placed under sanctions by the United States, the European Union and Britain": the parser hangs
    "the European Union and Britain" on X as an apposition (or a conjunct) across the "by" phrase. A list that
    goes on right after the object, hung on a word before it, with its own "and", continues the object."""
    doc = tok.doc
    comma = tok.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    nxt = doc[comma + 1]
    app = next((a for a in [nxt, *nxt.ancestors] if a.dep_ in ("appos", "conj")), None)
    if app is None or app.left_edge.i != comma + 1 or app.head.i >= tok.left_edge.i or not any(
            c.dep_ == "cc" and c.lower_ == "and" for c in app.children):
        return []
    return [app, *app.conjuncts]


def states_of(builder, tok) -> list[str]:
    """States a state-noun stands for: "Russian and Ukrainian delegations", "Ethiopia's government"."""
    if tok.lower_ not in gz.STATE_NOUNS or any(c.dep_ == "nummod" for c in tok.children):
        return []  # "16 Venezuelan officials" are individuals, not the state
    out = []
    froms = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
    froms += [x for c in froms for x in c.conjuncts if x.dep_ == "conj" and x.lower_ in ("from", "of")]
    sides = [p for c in froms for p in c.children if p.dep_ == "pobj"]  # "… from the GNU and from the LNA"
    for p in sides:  # "delegations from Russia and Ukraine", "officials from ASEAN"
        if p.lower_ in ("sides", "countries", "governments", "neighbours", "neighbors") and any(
                c.lower_ in ("both", "two") for c in p.children):
            out += _last_pair_of_states(builder, p)  # "delegations from both sides met again in Istanbul"
            continue
        for d in conjuncts(p):
            eid = entity_of(builder, d)
            if eid and (builder.entities[eid].type == "Country" or (
                    builder.entities[eid].type == "Organisation" and tok.lower_ in _DELEGATIONS)):
                out.append(eid)  # "delegations from the GNU and from the LNA": the bodies they speak for
    if tok.lower_ in ("officials", "authorities", "government", "regime", "administration", "leadership"):
        places = prep_objects(tok, ("in",))  # "officials in Kinshasa" speak for Congo
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ == "in" and nxt.head == tok.head and nxt.head != tok:
            places += [p for p in nxt.children if p.dep_ == "pobj"]  # "accused the authorities in Kabul of …"
        for p in places:
            eid = entity_of(builder, p)
            ent = builder.entities.get(eid) if eid else None
            state = eid if ent is not None and ent.type == "Country" else (
                gz.capital_country(ent.name) if ent is not None and ent.type == "Location" else None)
            if state and state == eid:
                out.append(eid)
            elif state:
                out.append(country_entity(builder, state, p.text))
    for c in tok.children:
        if c.dep_ == "poss":
            eid = entity_of(builder, c)
            if eid and builder.entities[eid].type == "Country":
                out.append(eid)
        elif c.dep_ in ("amod", "compound", "nmod"):
            for d in conjuncts(c):
                name = gz.demonym_of_token(d)
                if name:
                    out.append(country_entity(builder, name, d.text))
                else:
                    eid = entity_of(builder, d)
                    if eid and (builder.entities[eid].type == "Country" or (
                            c is not d or c.dep_ == "compound") and tok.lower_ in _DELEGATIONS
                                and builder.entities[eid].type == "Organisation"):
                        out.append(eid)  # ("British, Spanish and European Union negotiators": the bloc too; "a
                        # KLF team": the body it speaks for)
    return out


_DELEGATIONS = {"officials", "delegations", "delegation", "negotiators", "representatives", "envoys", "team",
                "teams"}
_RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}
_QUANTIFIERS = {"one", "some", "several", "many", "most", "each", "all", "two", "three", "dozens", "hundreds",
                "thousands", "scores", "both", "none"}


def pair_between(builder, tok) -> list[str]:
    """"Fighting between the army and the Simba Front … Talks between the two sides": the two actors (states or
    bodies) last set against each other with "between" before ``tok``, the pair the story names most."""
    doc = tok.doc
    start = builder.sentence(tok).start
    pairs = _pairs_set_against(builder, doc[max(0, start - 250):tok.i]) or (  # (also earlier in its own
        # sentence: "Fighting between A and B resumed, a week after the two sides signed a ceasefire")
        _pairs_set_against(builder, doc[tok.i:]) if start < table_of(doc).lede_end else [])
    # (the lede's "the warring parties blamed each other": the pair the story sets against each other later)
    if not pairs:
        return []
    told = _mention_counts(builder)
    return max(pairs, key=lambda p: (min(told[p[0]], told[p[1]]), pairs.index(p)))


def _pairs_set_against(builder, tokens) -> list[list[str]]:
    """The (state or body) pairs told with "between A and B" or "A has been at war with B" in ``tokens``."""
    pairs = []
    for t in tokens:
        if t.lower_ == "between":
            first = next((c for c in t.children if c.dep_ == "pobj"), None)
            second = next((c for c in first.children if c.dep_ == "conj"), None) if first is not None else None
        elif t.lower_ in ("with", "against") and _at_war(t) is not None:
            # "The Simba Front has been at war with Kenya's army since April 2023"
            verb = _at_war(t)
            first = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            second = next((c for c in t.children if c.dep_ == "pobj"), None)
        else:
            continue
        a, b = (entity_of(builder, x) if x is not None else None for x in (first, second))
        if a and b and a != b and all(builder.entities[e].type in ("Country", "Organisation") for e in (a, b)):
            pairs.append([a, b])
    return pairs


def _at_war(prep):
    """The verb of "X has been at war with Y" ("with" on the verb or on "war"), else None."""
    head = prep.head
    if head.lower_ in ("war", "fighting") and head.dep_ == "pobj" and head.head.lower_ == "at":
        return head.head.head
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "prep" and c.lower_ == "at" and any(
            p.lower_ == "war" for p in c.children) for c in head.children):
        return head
    return None


def _last_pair_of_states(builder, tok) -> list[str]:
    """The last two states coordinated before ``tok`` ("Pakistan and Afghanistan … the two governments")."""
    doc = tok.doc
    if tok.lower_ == "sides" and (between := pair_between(builder, tok)):
        return between
    if tok.dep_ == "nsubj" and tok.head.tag_ == "VBG" and tok.head.dep_ in ("advcl", "conj", "dep"):
        main = tok.head.head  # "sanctioned by Britain and the US, both governments accusing X of …": the pair the
        for t in main.subtree:  # clause it comments on names
            eid, other = builder.token_entity.get(t.i), builder.token_entity.get(t.head.i)
            if t.i < tok.i and t.dep_ == "conj" and eid and other and eid != other and all(
                    builder.entities[e].type == "Country" for e in (eid, other)):
                return [other, eid]
    start = builder.sentence(tok).start  # not this sentence's own subjects ("Qatar and Turkey brokered … between
    pairs = []  # the two governments")
    for t in reversed(doc[max(0, start - 250):start]):
        eid = builder.token_entity.get(t.i)
        if eid and builder.entities[eid].type == "Country" and t.dep_ == "conj":
            other = builder.token_entity.get(t.head.i)
            if other and other != eid and builder.entities[other].type == "Country":
                pairs.append([other, eid])
    if pairs:  # the pair the story is about (its states named most often), the last told of equals
        told = _mention_counts(builder)
        return max(pairs, key=lambda p: (min(told[p[0]], told[p[1]]), -pairs.index(p)))
    seen: list[str] = []  # none told together: the two states named last ("Azerbaijan's ministry … Yerevan")
    for t in reversed(doc[max(0, tok.i - 150):tok.i]):
        eid = builder.token_entity.get(t.i)
        if t.i >= start and (t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)):
            continue  # "Qatar and Turkey brokered a ceasefire between the two governments": the brokers
        if eid and builder.entities[eid].type == "Country" and eid not in seen:
            seen.append(eid)
            if len(seen) == 2:
                return seen[::-1]
    return []


def indefinite(noun) -> bool:
    """Told with "a"/"an": something newly introduced ("a man later identified as X", "an attack")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _mention_counts(builder) -> Counter:
    """How often the article names each actor (counted once per article)."""
    if getattr(builder, "_mention_counts", None) is None:
        builder._mention_counts = Counter(eid for _m, eid in builder.mentions)
    return builder._mention_counts


def _neighbour(builder, tok) -> str | None:
    """"its neighbour" when "its" is a state: the last other state named before (within about a paragraph)."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    own = entity_of(builder, owner) if owner is not None else None
    if own is None or builder.entities[own].type != "Country":
        return None
    for t in reversed(tok.doc[max(0, tok.i - 150):tok.i]):
        eid = builder.token_entity.get(t.i)
        if eid and eid != own and builder.entities[eid].type == "Country":
            return eid
    return None


# Plural nouns for a pair of states told before ("the two governments", "the two former Soviet republics").
_PAIRED_STATES = {"governments", "countries", "sides", "neighbours", "neighbors", "nations", "states", "republics",
                  "capitals", "allies", "rivals", "powers", "kingdoms", "monarchies", "colonies"}
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
_SETS = {"pair": 2, "duo": 2, "trio": 3}
_PEOPLE_NOUNS = {"men", "women", "leaders", "suspects", "officers", "officials", "brothers", "presidents",
                 "ministers", "defendants", "journalists", "detainees", "hostages", "activists", "generals"}


def _last_people(builder, tok, n: int, here: bool = False) -> list[str]:
    """The last ``n`` distinct persons named before the sentence of ``tok`` (within a few sentences), or
    before ``tok`` itself when ``here`` ("arrested X and Y, accusing the pair of …")."""
    start = tok.i if here else builder.sentence(tok).start
    if not here:
        named = _named_with_unnamed(builder, tok, n)
        if named:
            return named
    seen: list[str] = []
    for t in reversed(tok.doc[max(0, start - 200):start]):
        eid = builder.token_entity.get(t.i)
        if eid and builder.entities[eid].type == "Person" and eid not in seen and not _telling(t):
            seen.append(eid)
            if len(seen) == n:
                return seen[::-1]
    return []


_HELD_PLURALS = {"suspects", "men", "women", "detainees", "accused", "defendants"}


def _last_listed_people(builder, tok) -> list[str]:
    """The people listed together ("X, Y and Z") in the sentence before ``tok``'s, if one list of two or more
    names is there: what "the suspects" or "the men" then point back to."""
    start = builder.sentence(tok).start
    if start == 0:
        return []
    lists = []
    for t in builder.sentence(tok.doc[start - 1]):
        eid = builder.token_entity.get(t.i)
        if eid and builder.entities[eid].type == "Person" and t.dep_ != "conj" and any(
                c.dep_ == "conj" for c in t.children):
            names = [builder.token_entity.get(c.i) for c in conjuncts(t)]
            if all(n and builder.entities[n].type == "Person" for n in names):
                lists.append(list(dict.fromkeys(names)))
    return lists[0] if len(lists) == 1 and len(lists[0]) >= 2 else []


def _described_as(builder, tok) -> list[str]:
    """The names a plural noun is described as: "two people it described as the gang's financiers, X, who …,
    and Y, a contractor" (the names hang on the description inside the relative clause)."""
    return [e for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_ == "describe"
            for x in c.children if x.dep_ == "prep" and x.lower_ == "as" for p in x.children if p.dep_ == "pobj"
            for q in p.children if q.dep_ == "appos" for t in conjuncts(q) for e in [entity_of(builder, t)] if e]


_SPY_SERVICE_NOUNS = {"agency", "service", "services", "intelligence"}


def _states_spy_service(builder, tok) -> list[str]:
    """"Serbia's intelligence service", "Afghanistan's intelligence agency", "Russian military intelligence":
    the one intelligence body of that state the article names, when it names exactly one."""
    if tok.lemma_ != "intelligence" and not any(c.lower_ == "intelligence" and c.dep_ in ("compound", "amod")
                                                for c in tok.children):
        return []
    owner = next((entity_of(builder, c) for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        name = next((gz.demonym_of_token(c) for c in tok.children if c.dep_ in ("amod", "compound")
                     and gz.demonym_of_token(c)), None)
        owner = country_entity(builder, name) if name and country_known(builder, name) else None
    if owner is None or builder.entities[owner].type != "Country":
        return []
    state = builder.entities[owner].name
    found = [e for e, d in builder.entities.items()
             if d.type == "Organisation" and builder.org_kind(e) == "intelligence" and (
                 body_state(builder, e) == owner
                 or (gz.lookup_agency(d.name) or (None, None, None))[2] == gz.country_code(state))]
    return found if len(found) == 1 else []


def _telling(t) -> bool:
    """"…, NBI Director X told a news briefing": the one who tells of the men is not one of them."""
    head = t if t.dep_ == "nsubj" else t.head if t.dep_ == "compound" and t.head.dep_ == "nsubj" else None
    return head is not None and head.head.lemma_ in SAY_VERBS


def _named_with_unnamed(builder, tok, n: int) -> list[str]:
    """"sanctioned X, two of his associates and a firm …, barring the three men": the group the same
    sentence told before, named and counted (only the named can be returned)."""
    sent = builder.sentence(tok)
    named: list[str] = []
    counted = 0
    for t in tok.doc[sent.start:tok.i]:
        eid = builder.token_entity.get(t.i)
        if eid and builder.entities[eid].type == "Person" and eid not in named and t.i not in builder.coref_tokens:
            named.append(eid)
        elif t.lower_ in COUNT_WORDS and t.head.i != tok.i and t.dep_ in (
                "nummod", "appos", "conj", "dobj", "nsubj", "pobj") and (
                t.head.lower_ in _PEOPLE_NOUNS or t.head.lemma_ in ("associate", "aide", "relative", "son", "brother")
                or any(p.lower_ == "of" and any(q.tag_ == "NNS" for q in p.children) for p in t.children)):
            counted += COUNT_WORDS[t.lower_]
    return named if named and counted and len(named) + counted == n else []


def _last_coordinated_states(builder, tok, n: int) -> list[str]:
    """The last ``n`` states named together in one coordination before ``tok``."""
    start = builder.sentence(tok).start
    for t in reversed(tok.doc[max(0, start - 250):start]):
        eid = builder.token_entity.get(t.i)
        if eid and builder.entities[eid].type == "Country" and t.dep_ != "conj" and t.conjuncts:
            states = list(dict.fromkeys(builder.token_entity.get(c.i) for c in (t, *t.conjuncts)
                                        if builder.label(builder.token_entity.get(c.i) or "") == "Country"))
            if len(states) == n:
                return states
    return []


# People and machines that act for a body: "M23 fighters attacked", "a China Coast Guard ship blasted".
_AGENT_NOUNS = {"fighter", "gunman", "soldier", "militant", "commando", "ship", "vessel", "boat",
                "unit", "troop", "force", "cell", "patrol", "squad", "detachment", "platoon", "battalion",
                "brigade", "wing", "faction"}
# People who act for their body when they do or are charged with a deed ("GRU officers carried out …", "accused
# GRU officers of …"), not when the deed is done to them ("sanctions on two air force officers").
_ACTING_STAFF = {"officer", "agent", "operative", "spy"}


def _acts_or_accused(tok) -> bool:
    """A plural subject of an active verb, or the object of a charging verb."""
    return tok.tag_ == "NNS" and (tok.dep_ == "nsubj" and not is_passive(tok.head) or tok.dep_ == "dobj"
                                  and tok.head.lemma_ in CHARGE_VERBS)


# Agent nouns that act for their body in the singular too ("an ADF cell", "a China Coast Guard ship",
# "a patrol of the border force", "a hardline wing of the movement").
_ONE_BODY_NOUNS = {"ship", "vessel", "boat", "cell", "patrol", "squad", "detachment", "platoon", "battalion",
                   "brigade", "wing", "faction"}
# People who speak and act for the body named in front of them ("EU foreign ministers agreed …").
_BODY_STAFF = {"prosecutor", "investigator", "spokesperson", "lawyer"}  # speak for the body they work at
_VOICE_NOUNS = {"minister", "official", "diplomat", "leader", "envoy", "negotiator", "ruler"}
# Nouns that stand for a state when the words around them name it ("the authorities in Cotonou").
_STATE_VOICES = {"authorities", "government", "regime", "administration", "leadership"}


def led_by_owner(builder, noun) -> list[str]:
    """"Dbeibah's government", "the government of President X": the government body its leader leads, else
    his state."""
    owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, ("of",))
    people = [e for c in owners for e in [entity_of(builder, c)] if e and builder.entities[e].type == "Person"]
    led = [r.target for r in builder.relations.values() if r.type == "LEADS" and r.source in people]
    bodies = [t for t in led if builder.org_kind(t) == "government"]
    return bodies[:1] or [t for t in led if builder.label(t) == "Country"][:1]


def comma_named(builder, tok) -> str | None:
    """"dismissed the army chief, Gen. X, on Tuesday" when the parser does not make X an apposition:
    a role noun followed by a comma and a person's name (titles skipped) is that person."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS") or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    i = tok.i + 2
    while i < len(doc) and i not in builder.token_entity and i - tok.i < 6 and (
            doc[i].pos_ == "PROPN" or doc[i].lower_ in ("retired", "former", "ex", "acting", ".")):
        i += 1  # "Gen.", "retired Brig."
    eid = builder.token_entity.get(i) if i < len(doc) else None
    if eid and builder.entities[eid].type == "Person" and i not in builder.coref_tokens:
        return eid
    return None


# Unnamed officials who sit at a table for their state ("Kenya's foreign minister met …").
_TALKING_OFFICIALS = {"minister", "chief", "diplomat", "envoy", "negotiator", "delegation", "head", "official",
                      "secretary", "representative", "team"}
_TABLE_VERBS = {"meet", "sit", "negotiate", "talk", "hold", "sign", "agree"}


def _at_the_table(tok) -> bool:
    """Whether ``tok`` is a side of a meeting or talks verb: its subject, object or "with" partner."""
    verb = tok.head if tok.dep_ in ("nsubj", "dobj") else tok.head.head if (
        tok.dep_ == "pobj" and tok.head.lower_ == "with") else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ not in _TABLE_VERBS:
        return False
    return verb.lemma_ != "hold" or any(o.lemma_ in ("talk", "talks", "negotiation", "meeting") for o in objects(verb))


# Bodies of a state its demonym names ("the Lao police", "the Kenyan army").
_STATE_FORCE_WORDS = {"police", "army", "military", "navy", "government", "ministry", "coast", "intelligence"}


_LED_BODY_NOUNS = {"organisation", "organization", "group", "gang", "network", "militia", "movement", "cartel",
                   "clan", "syndicate", "faction", "party"}


def _body_led_by_owner(builder, tok) -> str | None:
    """"his organisation", "her party": the one body the person a possessive pronoun stands for is said to lead."""
    owner = next((entity_of(builder, c) for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None or builder.label(owner) != "Person":
        return None
    led = {r.target for r in builder.relations.values() if r.type == "LEADS" and r.source == owner
           and builder.label(r.target) == "Organisation"}
    return led.pop() if len(led) == 1 else None


_OVERSIGHT_HEADS = {"commission", "committee", "authority", "council", "board", "ombudsman", "union", "association"}


def the_police(builder) -> str | None:
    """The one police force the article names, if it names exactly one ("a plain-clothes police squad", "Police
    Chief X"); a police commission or union is no force."""
    found = [i for i, e in builder.entities.items() if e.type == "Organisation" and "police" in e.name.lower().split()
             and e.name.split()[-1].lower() not in _OVERSIGHT_HEADS]
    return found[0] if len(found) == 1 else None


def _one(builder, tok, depth: int = 0) -> list[str]:
    eid = entity_of(builder, tok)
    if eid:
        return [eid]
    if depth > 2:
        return []
    if tok.lower_ in _RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":  # "X, who was killed" → X
        return _one(builder, tok.head.head, depth + 1)
    if tok.lower_ in ("they", "it", "we") and tok.dep_ in _SUBJ and tok.head.dep_ == "ccomp" \
            and tok.head.head.lemma_ in _SPEECH and (tok.lower_ == "we" or tok.head.i > tok.head.head.i):
        # "M23 fighters said they had seized Goma" (not '"They came to kill a senator," the minister said':
        # quoted before the verb, "they" are others)
        speaker = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.i != tok.i:
            return _one(builder, speaker, depth + 1)
    agent = tok.lemma_ in _AGENT_NOUNS or tok.lemma_ in _ACTING_STAFF and _acts_or_accused(tok)
    if agent and tok.pos_ == "NOUN" and not any(  # (not "its suicide squad, the X Brigade")
            c.dep_ == "appos" and entity_of(builder, c) for c in tok.children):  # "a China Coast Guard ship", "M23 fighters",
        foreign = any(gz.demonym_of_token(c) for c in tok.children if c.dep_ in ("amod", "compound"))
        owners = [entity_of(builder, c) or (the_police(builder) if c.lower_ == "police" and not foreign else None)
                  for c in tok.children if c.dep_ in ("compound", "nmod", "poss")]  # "soldiers of
        owners += [entity_of(builder, p) for p in prep_objects(tok, ("of", "from"))]  # the 12th Regiment"
        owners = [o for o in owners if o and builder.entities[o].type == "Organisation"
                  and builder.entities[o].kind not in ("company", "media")]
        if owners and (tok.tag_ == "NNS" or tok.lemma_ in _ONE_BODY_NOUNS):
            return owners[:1]
    if tok.lemma_ in _LED_BODY_NOUNS and tok.tag_ == "NN":  # "accusing his organisation of …": the one body he leads
        led = _body_led_by_owner(builder, tok)
        if led:
            return [led]
    if tok.lemma_ in ("neighbour", "neighbor") and tok.tag_ == "NN":  # "Kenya accusing its neighbour of …"
        other = _neighbour(builder, tok)
        if other:
            return [other]
    if tok.pos_ == "NOUN" and tok.lemma_ in _SPY_SERVICE_NOUNS:
        named = _states_spy_service(builder, tok)  # "accused Serbia's intelligence service of …": the BIA, named
        if named:
            return named
    if tok.pos_ == "NOUN" and tok.lemma_ in _TALKING_OFFICIALS and _at_the_table(tok) and not any(
            entity_of(builder, c) for c in tok.children if c.dep_ in ("appos", "compound", "nmod")):  # (named)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)  # "Kenya's spy chief sat down with …"
        state = entity_of(builder, owner) if owner is not None else None
        if state and builder.entities[state].type == "Country":
            return [state]
        for body in prep_objects(tok, ("of",)):  # "talks with the head of the Lao police": Laos at the table
            names = [(gz.demonym_of_token(c), c) for c in body.children if c.dep_ in ("amod", "compound")]
            named = [(n, c) for n, c in names if n]
            if named and entity_of(builder, body) is None and body.lemma_ in _STATE_FORCE_WORDS:
                return [country_entity(builder, named[0][0], named[0][1].text)]
    if tok.lower_ in _STATE_VOICES and tok.pos_ == "NOUN":  # "the authorities in Kabul": before the readings
        ruling = [e for c in tok.children if c.dep_ in ("compound", "nmod") for e in [entity_of(builder, c)]
                  if e and builder.entities[e].type == "Organisation"]
        if ruling and not any(c.dep_ in ("poss", "nmod") for c in tok.children):  # "the Taliban authorities in Kabul",
            return ruling[:1]  # "the Houthi government": the body that governs
        if ruling:  # "Afghanistan's Taliban government": the body that governs and its state
            return ruling[:1] + [s for s in states_of(builder, tok)[:1] if s not in ruling]
        led = led_by_owner(builder, tok)
        if led:
            return led
        voiced = states_of(builder, tok)  # below take the noun for something else
        if voiced:
            return voiced[:1]
    if tok.tag_ == "NNS" and tok.pos_ == "NOUN" and any(
            c.dep_ == "poss" and c.lemma_ in ("country", "government", "side", "nation") and any(
                q.lower_ in ("two", "both") for q in c.children) for c in tok.children):
        return _last_pair_of_states(builder, tok)  # "between the two countries' foreign secretaries"
    if tok.tag_ == "NNS" and tok.lemma_ in _VOICE_NOUNS | _BODY_STAFF:  # "European Union foreign ministers",
        # "NATO officials", "prosecutors at the Department of Justice"
        owners = [entity_of(builder, c) for c in tok.children if c.dep_ in ("compound", "nmod")]
        owners = [o for o in owners if o and builder.entities[o].type in ("Organisation", "Country")]
        if owners:
            return owners[:1]
        if tok.lemma_ in _BODY_STAFF:
            owners = [o for p in prep_objects(tok, ("at", "from")) for o in actors(builder, p, ("Organisation",))]
            if owners:
                return owners
        if tok.lemma_ == "official" and any(c.dep_ == "amod" and gz.demonym_of_token(c) for c in tok.children):
            return states_of(builder, tok)  # "Pakistani officials have accused …": the state speaks
    if tok.tag_ == "NNS" and tok.pos_ == "NOUN":  # "three firms, A, B and C": the apposition names them
        named = [a for c in tok.children if c.dep_ == "appos" for t in (c, *c.conjuncts)
                 for a in _one(builder, t, depth + 1) if builder.entities[a].type != "Location"]
        named = _described_as(builder, tok) + named  # "two people it described as the gang's financiers, X, … and Y"
        if named:  # (a place hung there by the parser names none of them: "officials … in Foz do Iguaçu")
            return list(dict.fromkeys(named))
    if tok.pos_ == "NOUN":  # "the dead men, identified by police as X and Y", "an officer it named as X"
        named = [a for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_ in ("identify", "name")
                 for x in c.subtree if x.dep_ == "prep" and x.lower_ == "as"  # ("as" may hang on the agent)
                 for p in x.children if p.dep_ == "pobj" for t in conjuncts(p)
                 for a in _one(builder, t, depth + 1) or [
                     e for q in t.children if q.dep_ == "appos" for e in [entity_of(builder, q)] if e]]
        if named:
            return list(dict.fromkeys(named))
    for c in tok.children:  # "17 people …, including X and Y", "100 targets, including X"
        if c.dep_ == "prep" and c.lower_ == "including":
            return [a for p in c.children if p.dep_ == "pobj" for t in conjuncts(p) for a in _one(builder, t, depth + 1)]
    if tok.lower_ in _PAIRED_STATES and any(
            c.lower_ in ("two", "both") for c in tok.children):
        pair = _last_pair_of_states(builder, tok)  # "the two governments": the two states told together before
        if pair:
            return pair
    if tok.lower_ in ("them", "both", "it", "him", "her") and tok.dep_ == "dobj" and tok.head.dep_ == "advcl" \
            and tok.head.tag_ == "VBG":
        # "sanctioned X and Y on Monday, accusing them of …": those the main verb acted on
        return [a for o in objects(tok.head.head) for t in conjuncts(o) for a in _one(builder, t, depth + 1)]
    if tok.lower_ in _SETS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return _last_people(builder, tok, _SETS[tok.lower_], here=True)  # "accusing the pair of …"
    if tok.pos_ == "NUM" and tok.lower_ in COUNT_WORDS and COUNT_WORDS[tok.lower_] > 1 and tok.dep_ in (
            "dobj", "nsubj", "nsubjpass") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return _last_people(builder, tok, COUNT_WORDS[tok.lower_])  # "accused the three of …": the people named
    count = next((COUNT_WORDS[c.lower_] for c in tok.children if c.dep_ == "nummod" and c.lower_ in COUNT_WORDS), 0)
    both = any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in tok.children)
    if tok.lower_ in _PEOPLE_NOUNS and (count or both) and (both or any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children)):
        count = count or 2  # "accused both men of …"
        return _last_people(builder, tok, count)  # "the three leaders", "the two men": the people named before
    if tok.lower_ in _HELD_PLURALS and tok.dep_ in ("nsubj", "nsubjpass") and not count and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        listed = _last_listed_people(builder, tok)  # "… X, Y and Z of spying. The suspects were detained …"
        if listed:
            return listed
    if tok.lower_ in ("governments", "countries", "nations", "states", "juntas") and any(
            c.lower_ in ("three", "four") for c in tok.children):
        n = 3 if any(c.lower_ == "three" for c in tok.children) else 4
        return _last_coordinated_states(builder, tok, n)  # "Mali, Burkina Faso and Niger … the three countries"
    if tok.tag_ == "NNS" and any(c.dep_ == "appos" and (builder.token_entity.get(c.i) or "").startswith("person:")
                                 for c in tok.children):  # "the suspects, X, 34, and Y, 27"
        return [a for c in tok.children if c.dep_ == "appos" for t in conjuncts(c) for a in _one(builder, t, depth + 1)
                if builder.entities[a].type == "Person"]
    if any(c.dep_ == "nummod" for c in tok.children) and tok.tag_ == "NNS":
        named = [a for c in tok.children if c.dep_ == "appos" for t in conjuncts(c) for a in _one(builder, t, depth + 1)
                 if builder.entities[a].type == "Person"]  # "two suspects, X and Y": those named
        return named  # "16 Venezuelan officials", "four suspected members": individuals, unnamed
    if tok.dep_ == "appos" or (tok.dep_ == "conj" and tok.head.dep_ == "appos"):  # "X, the man …"
        head = tok.head if tok.dep_ == "appos" else tok.head.head
        eid = entity_of(builder, head)
        if eid:
            return [eid]
    for c in tok.children:  # "cartel boss X", "the group's leader, Gen. Y"
        if c.dep_ == "appos":  # "another tycoon, the Thai businessman X": the name hung on the second noun
            eid = entity_of(builder, c) or (next((entity_of(builder, a) for a in c.children if a.dep_ == "appos"
                                                  and entity_of(builder, a)), None) if c.pos_ == "NOUN" else None)
            if eid and builder.entities[eid].type in ("Person", "Organisation", "Country"):
                return [eid]
    for c in tok.children:  # "sanctions on a commander of the militia Kataib Hezbollah, X" (X hung on the name)
        if c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN" and tok.lemma_ in gz.ROLE_NOUNS:
            for p in c.children:
                for o in (p, *(a for a in p.children if a.dep_ == "appos")):
                    for a in o.children:
                        eid = entity_of(builder, a) if a.dep_ == "appos" else None
                        if eid and builder.entities[eid].type == "Person":
                            return [eid]
    if tok.lower_ == "counterpart":  # "accused his Kyrgyz counterpart": the leader of that state
        state = next((gz.demonym_of_token(c) for c in tok.children if c.dep_ in ("amod", "compound")
                      and gz.demonym_of_token(c)), None)
        if state:
            from newsgraph.schema import entity_id

            cid = entity_id("Country", state)
            leaders = {r.source for r in builder.relations.values() if r.type == "LEADS" and r.target == cid
                       and builder.entities[r.source].type == "Person"}
            if len(leaders) == 1:
                return [leaders.pop()]
    named = comma_named(builder, tok)
    if named and tok.tag_ == "NNS":  # "detained the suspects, X, 34, and Y, 27"
        head = next(t for t in tok.doc[tok.i + 2:] if builder.token_entity.get(t.i) == named
                    and builder.token_entity.get(t.head.i) != named)
        return list(dict.fromkeys([named] + [a for t in head.conjuncts for a in _one(builder, t, depth + 1)
                                             if builder.entities[a].type == "Person"]))
    if named:
        return [named]
    states = states_of(builder, tok)
    if states:
        return states
    if tok.lower_ in _MEMBER_NOUNS:
        found = _member_group(builder, tok)
        if found:
            return found
    for c in tok.children:  # "a coalition called the Congo River Alliance", "a group known as X"
        if c.dep_ == "acl" and c.lemma_ in ("call", "name", "know", "dub"):
            for o in c.children:
                if o.dep_ in ("oprd", "attr", "dobj") or (o.dep_ == "prep" and o.lower_ == "as"):
                    hit = entity_of(builder, o) or next((entity_of(builder, p) for p in o.children
                                                         if entity_of(builder, p)), None)
                    if hit:
                        return [hit]
    led = _led_by_clause(builder, tok)
    if led:
        return led
    if tok.lower_ in ("times", "rounds", "shots"):  # "shooting the 53-year-old a dozen times"
        for c in tok.children:
            if c.dep_ == "amod" and c.i in builder.coref_tokens:
                return [builder.token_entity[c.i]]
    if tok.lower_ in _QUANTIFIERS:  # "dozens of Houthi targets", "one of the suspects"
        found = [a for p in prep_objects(tok, ("of",)) for a in _one(builder, p, depth + 1)]
        if found:
            return found
    return []


_LED_NOUNS = {"troops", "forces", "unit", "units", "group", "militia", "party", "agency", "service", "army",
              "organisation", "organization", "movement", "company", "force", "command"}


def _led_by_clause(builder, tok) -> list[str]:
    """"the troops he commanded", "the group she founded": the organisation that person is said to lead."""
    if tok.lower_ not in _LED_NOUNS:
        return []
    for c in tok.children:
        if c.dep_ == "relcl" and c.lemma_ in ("command", "lead", "head", "run", "found"):
            who = next((s for s in c.children if s.dep_ == "nsubj"), None)
            person = entity_of(builder, who) if who is not None else None
            if person and builder.entities[person].type == "Person":
                led = [r.target for r in builder.relations.values() if r.type == "LEADS" and r.source == person
                       and builder.entities[r.target].type == "Organisation"]
                return led[:1] if len(led) == 1 else []
    return []


def _member_group(builder, tok) -> list[str]:
    """"ELN fighters", "Hamas-led fighters", "Russian Wagner mercenaries": the group, else the state."""
    left = [t for c in tok.lefts if c.dep_ in ("compound", "amod", "npadvmod", "poss", "nmod") for t in c.subtree]
    left += [t for p in prep_objects(tok, ("of",)) for t in p.subtree]  # "fighters of the M23 rebel group"
    for t in left:
        eid = entity_of(builder, t)
        if eid and builder.entities[eid].type == "Organisation":
            return [eid]
    for t in left:
        eid = entity_of(builder, t)
        if eid and builder.entities[eid].type == "Country":
            return [eid]
        name = gz.demonym_of_token(t)
        if name:
            return [country_entity(builder, name, t.text)]
    return []


def individuals(builder, tok) -> list[str]:
    """Actors across coordination, without a state that only qualifies people ("sanctions on North Korean
    operatives and a bank": the operatives and the bank are targeted, not North Korea)."""
    out: list[str] = []
    for t in ([] if tok is None else conjuncts(tok)):
        for eid in _one(builder, t):
            kind = builder.entities[eid].type
            if kind in ("Person", "Organisation", "Country") and eid not in out and not (
                    kind == "Country" and t.tag_ == "NNS" and t.pos_ == "NOUN"):
                out.append(eid)
    return out


def actors(builder, tok, types=("Person", "Organisation", "Country")) -> list[str]:
    """Entity ids of actors an argument token names, across coordination."""
    out: list[str] = []
    if tok is None:
        return out
    for t in conjuncts(tok):
        for eid in _one(builder, t):
            if eid not in out and builder.entities[eid].type in types:
                out.append(eid)
    return out


def _modifier_split_off(subj):
    """"The opposition Kenya People's Alliance accused …": the parser may make "opposition" a subject of its own
    beside "Alliance". A one-word common-noun subject right before another subject of the same verb modifies it."""
    if subj.pos_ != "NOUN" or any(c.dep_ != "det" for c in subj.children):
        return subj
    return next((c for c in _later_subjects(subj) if c.left_edge.i == subj.i + 1), subj)


def subject(verb):
    """The subject token of a verb, looking through participles, infinitives and relative clauses.

    "accusing Kyiv of …" takes the main clause's subject; "the officials sent to negotiate" the
    noun they modify; "X was among the officials sent to …" the X.
    """
    seen = 0
    via_conj = False
    tok = verb
    while tok is not None and seen < 6:
        seen += 1
        for c in tok.children:
            if c.dep_ in _SUBJ and c.lower_ not in ("who", "which", "that"):
                return _modifier_split_off(c)
        if tok.dep_ == "relcl":
            noun = tok.head
            if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "among") and (
                    noun.head.lower_ == "among" or noun.head.head.lower_ in _QUANTIFIERS) and seen < 6:
                # "X was one of the officials who went", "X was among the officials sent"
                up = noun.head.head
                tok = up if up.pos_ in ("AUX", "VERB") else up.head
                continue
            return _named_before_comma(tok) or noun
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and not via_conj and tok.head.lower_ not in (
                "after", "before", "while", "since", "despite"):  # "accuses X of overseeing": X oversaw
            owner = tok.head.head
            controller = next((c for c in owner.children if c.dep_ in ("dobj", "obj")
                               or (c.dep_ == "nsubj" and owner.pos_ == "ADJ")), None)
            if controller is not None:
                return controller
            if owner.dep_ == "relcl" and owner.lemma_ in ("accuse", "suspect", "blame", "charge"):
                return owner.head  # "16 officials it accused of obstructing the vote": the officials did it
        if speakers_next_verb(tok):
            via_conj = True  # "X told reporters that Y did not allow … and accused Z": a past verb cannot
            tok = tok.head.head  # share "did", so it is the speaker's second verb
            continue
        if tok.dep_ == "xcomp" and tok.head.lemma_ in _OBJECT_CONTROL and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            controller = next((c for c in tok.head.children if c.dep_ in ("dobj", "obj") and c.i < tok.i), None)
            if controller is not None:  # "the shooting prompted Uganda to accuse Kenya": Uganda accuses
                return controller
        if (tok.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep") or (tok.dep_ == "acomp" and seen > 1)) \
                and tok.head != tok:  # ("was quick to point at": through the adjective to its subject)
            via_conj = via_conj or tok.dep_ == "conj"  # "accused X of Y-ing and imposed …": not X's act
            tok = tok.head
            continue
        if tok.dep_ == "acl":
            noun = tok.head
            if noun.dep_ == "pobj" and (noun.head.lower_ == "among" or (  # "X was among 12 people sanctioned by"
                    noun.head.lower_ == "of" and noun.head.head.lower_ in _QUANTIFIERS)):  # "X was one of five
                if noun.head.lower_ == "of" and noun.head.head.dep_ == "appos":
                    return noun.head.head.head  # "X, one of the men arrested on Monday"
                tok = noun.head.head if noun.head.lower_ == "among" else noun.head.head.head  # officials sanctioned"
                continue
            if tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].text == "," and noun.pos_ == "NOUN" \
                    and seen < 6:  # "dismissed the sanctions as coercive measures, accusing X of …": the one
                up = noun  # who dismissed them accuses (the parser hangs the participle on the last noun)
                while up.head != up and up.pos_ not in ("VERB", "AUX"):
                    up = up.head
                if up.pos_ in ("VERB", "AUX") and up.i < tok.i:
                    tok = up
                    continue
            return noun
        break
    return _fronted_subject(verb) if verb.dep_ == "ROOT" and verb.pos_ == "VERB" else None


def _fronted_subject(verb):
    """"Within hours of Monday's blast, the Taliban's chief spokesman, X, accused …": the parser hangs the
    subject as an apposition inside the fronted phrase; the noun phrase just before the verb is its subject."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].is_punct:
        i -= 1
    if i < 0 or i == verb.i - 1:
        return None  # (only when a comma closes the phrase before the verb)
    tok, top = verb.doc[i], None
    for _ in range(4):
        if tok.dep_ != "appos" or tok.head.i >= verb.i:
            break
        top, tok = tok, tok.head
    if top is None or not any(a.dep_ == "prep" and a.i < top.i for a in verb.children):
        return None
    return top


def agent_of_passive(verb) -> list:
    """The pobj tokens of a passive verb's "by" agent.

    The parser often hangs the agent on the object of a preposition before it ("was designated under
    the X programme by the Treasury"): a "by" there is still the verb's agent when the verb has none.
    """
    found = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if found:  # "ordered by X, a gang …, and by its leader, Y": the second "by" joined to the verb
        found += [p for a in verb.children if a.dep_ == "conj" and a.lower_ == "by" for p in a.children
                  if p.dep_ == "pobj"]
    if found or not is_passive(verb):
        return found
    return [p for a in verb.children if a.dep_ == "prep" and a.lower_ in ("under", "for", "in", "on", "to")
            for o in a.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
            for b in o.children if b.dep_ == "prep" and b.lower_ == "by"
            for p in b.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]


def _named_before_comma(relcl):
    """The name just before ", which …" when the parser hung the clause on an earlier common noun.

    "designated under a programme by the Office of Foreign Assets Control (OFAC), which also froze …":
    the clause tells what the Office did, not the programme.
    """
    noun, doc = relcl.head, relcl.doc
    first = relcl.left_edge
    if noun.pos_ != "NOUN" or first.lower_ != "which" or first.i < 2 or doc[first.i - 1].text != ",":
        return None
    tok = doc[first.i - 2]
    while tok.text == ")" or tok.dep_ in ("punct", "appos") and tok.head.i < tok.i:
        tok = tok.head if tok.text != ")" else doc[tok.i - 1]
    best = None
    while tok != noun and tok.right_edge.i <= first.i - 1 and tok.head != tok:
        if tok.pos_ == "PROPN" and tok.dep_ != "compound":
            best = tok
        tok = tok.head
    return best if tok == noun or best is not None else None


def is_passive(verb) -> bool:
    """(These three read the children from the doc's token table: they run for most verbs and triggers.)"""
    table = table_of(verb.doc)
    deps = table.deps
    return any(deps[c] in ("nsubjpass", "auxpass") or deps[c] == "agent" and verb.tag_ != "VBD"
               for c in table.children[verb.i]) or (deps[verb.i] == "acl" and verb.tag_ == "VBN")
    # (a past tense with an "agent" is the parser's slip: "they spoke by telephone")


def passive_conjunct(verb) -> bool:
    """"X was placed under UN sanctions in 2018 and added to the EU's list in 2023", "who was removed by
    parliament and arrested in 2022": a participle joined to a passive verb, with no subject or object of its
    own, is passive too (its subject is the first verb's)."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and is_passive(verb.head) and not objects(verb) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def demonym_of(noun):
    """The demonym modifying a noun ("Chinese money", "Ugandan troops", "15 Russian diplomats"), or None."""
    return next((c for c in noun.children if c.dep_ in ("amod", "compound") and gz.demonym_of_token(c)), None)


def objects(verb) -> list:
    table = table_of(verb.doc)
    deps, kids, toks = table.deps, table.children, table.tokens
    out = [toks[c] for c in kids[verb.i] if deps[c] in ("dobj", "obj", "dative")]
    for c in kids[verb.i]:  # "accused neighbouring Ivory Coast of …" parsed as a verb "neighbouring" + object
        if deps[c] in ("xcomp", "amod") and table.lowers[c] in ("neighbouring", "neighboring") and not out:
            out += [toks[o] for o in kids[c] if deps[o] in ("dobj", "obj")]
    return out


def partners_of(deal) -> list:
    """Who a deal or talks are "with": on the noun, or on its "of" phrase ("a memorandum of understanding with
    X", "a declaration of principles with Y", parsed with "with" under the second noun)."""
    return prep_objects(deal, ("with",)) or [p for q in prep_objects(deal, ("of",)) for p in prep_objects(q, ("with",))]


def prep_objects(tok, preps: tuple[str, ...]) -> list:
    """pobj tokens of the given prepositions under ``tok`` ("sanctions on X", "talks with Y"), and of a
    repeated preposition joined to one ("sanctions on X and on Y")."""
    table = table_of(tok.doc)
    deps, lowers, kids = table.deps, table.lowers, table.children
    heads = [c for c in kids[tok.i] if deps[c] == "prep" and lowers[c] in preps]
    if heads:
        heads += [q.i for c in heads for q in table.tokens[c].conjuncts if q.dep_ == "conj" and q.lower_ in preps]
    return [table.tokens[p] for c in heads for p in kids[c] if deps[p] in ("pobj", "pcomp")]


def names_in_run(builder, i: int, step: int, labels: tuple[str, ...]) -> list:
    """(entity id, first token) of each actor of ``labels`` in the run of names that starts at token ``i`` and
    goes left (``step`` -1) or right (+1) through names, titles, commas and "and", within the sentence: a list
    such as "Col. A, Maj. B and Capt. C" however the parser hung it."""
    doc, sent = builder.doc, builder.sentence(builder.doc[i])
    out, seen = [], set()
    j = i
    while sent.start <= j < sent.end and (j in builder.token_entity or doc[j].text in (",", ".", "and")
                                          or doc[j].pos_ == "PROPN"):
        eid = builder.token_entity.get(j)
        if eid and eid not in seen and builder.entities[eid].type in labels:
            seen.add(eid)
            out.append((eid, doc[j]))
        j += step
    return out


def actor_before(builder, tok):
    """The last state or body named before ``tok`` in its sentence: the agent of a verb the parser read as
    an adjective ("OFAC on Wednesday designated X" with "designated" hung on X)."""
    for t in reversed(builder.doc[tok.sent.start:tok.i]):
        eid = builder.token_entity.get(t.i)
        if eid and builder.entities[eid].type in ("Country", "Organisation"):
            return t
    return None


def along_with(verb) -> list:
    """"X was also designated, along with Y", "were arrested on Wednesday, along with Y", "X was hit with
    a freeze, as were three firms, A and B": the others the verb names beside its subject."""
    out = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "along" for w in c.children
           if w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
    out += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and any(
        x.lower_ in ("along", "together") for x in c.children) for p in c.children if p.dep_ == "pobj"]
    out += [p for c in verb.children if c.dep_ == "advmod" and c.lower_ == "together"  # "together with Y"
            for w in c.children if w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
    out += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "alongside"  # "killed alongside Y"
            for p in c.children if p.dep_ == "pobj"]
    return out + [s for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "be" and any(  # ", as were Y and Z"
        m.dep_ == "mark" and m.lower_ == "as" for m in c.children) for s in c.children if s.dep_ == "nsubj"]


def named_after(verb) -> list:
    """Who an inverted sentence names after a participle: "Also detained was X", "Among those arrested
    was Y" (the names come after the verb of being)."""
    if verb.dep_ == "acl" and verb.head.pos_ in ("PRON", "NOUN") and verb.head.dep_ == "pobj" and \
            verb.head.head.lower_ == "among" and verb.head.head.head.lemma_ == "be":  # "Among the firms named were
        return [c for c in verb.head.head.head.children if c.dep_ in ("nsubj", "attr")]
    be = next((c for c in verb.children if c.dep_ == "auxpass" and c.i > verb.i), None)
    if be is None and verb.dep_ == "csubj" and verb.head.lemma_ == "be" and verb.head.i > verb.i:
        be = verb.head  # "Also sanctioned were X and Y"
    if be is None:
        return []
    return [a for a in be.children if a.dep_ in ("attr", "nsubj") and a.i > be.i] + [
        a for a in verb.children if a.dep_ == "nsubj" and a.i > be.i]  # ("was Brig. X": X hung on the verb)
