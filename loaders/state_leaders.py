"""Heads of state and government: which state a "President X" or "the prime minister, Y" leads.

The state is read from the title's own qualifier ("US President", "Kenya's
President", "President X of France"), else the one state the sentence or its
paragraph acts through, else the one state the article's lede is set in
(``home_country``): an unqualified "President X" in a story from Bucharest is
Romania's.
"""
from __future__ import annotations

from . import gazetteer as gz
from .entities import country_entity, entity_of


def _etype(builder, eid):
    return builder.entities[eid].type if eid else None


def titles(builder, sent) -> None:
    """"US President Joe Biden", "Kenya's President William Ruto", "President X said Israel…"."""
    for m, eid in builder.mentions_in(sent):
        if m.type != "Person" or not m.titles:
            continue
        title = m.titles[0]
        if title.lower() not in gz.STATE_LEADER_TITLES or any(t.lower_ == "former" for t in sent.doc[max(0, m.start - 6):m.start]):
            continue
        country = _title_country(builder, sent, m)
        known = gz.leader_state(builder.entities[eid].name)  # "President Recep Tayyip Erdoğan" leads Turkey
        known = country_entity(builder, known) if known and country_known(builder, known) else None
        if known and (country is None or country and _two_leaders(builder, sent, m) or country == "" and any(
                e == known for _m, e in builder.mentions_in(sent))):
            country = known  # (also when the sentence names the state only in another role: "Peskov, President
            # Vladimir Putin's spokesman, denied any involvement by the Kremlin")
        if country:
            ev = builder.evidence(sent.doc[m.start], "rule:state-leader-title", 0.75)
            builder.add_relation("LEADS", eid, country, ev, role=title)
            builder.add_role(eid, f"{title} of {builder.entities[country].name}")
        elif country is None and not _two_leaders(builder, sent, m) and not _foreign_tie(sent.doc, m):
            ev = builder.evidence(sent.doc[m.start], "rule:state-leader-home", 0.6)
            builder.home_leaders.append((eid, home_country(builder), ev, title))


_TIE_NOUNS = {"ally", "friend", "counterpart", "guest", "patron", "backer", "protégé", "rival"}


def _foreign_tie(doc, m) -> bool:
    """"Hasina, a close ally of Prime Minister X", "his Indian counterpart, X": a leader named through a tie
    to someone of the story is as likely another state's; the story's state is no safe guess."""
    root = doc[m.start:m.end].root
    return (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in _TIE_NOUNS) or (
        root.dep_ == "appos" and root.head.lemma_ in _TIE_NOUNS)


def leads_home(builder) -> None:
    """Unqualified titles lead the story's state only if nothing in the article says which state they lead
    ("US President Donald Trump" in one paragraph, "President Trump" in a story from Brasília). With two
    states acting in the lede ("The US and Britain struck…"), the one no other leader is said to lead; else
    the state the lede's subject is qualified by, else the state the story names far more than any other."""
    for eid, country, ev, title in builder.home_leaders:
        led = [(r.target, r.source) for r in builder.relations.values() if r.type == "LEADS"
               and builder.entities[r.target].type == "Country"]
        if any(who == eid and state != country for state, who in led):
            continue
        if any(r.type == "LEADS" and r.source == eid and builder.label(r.target) == "Organisation"
               and builder.org_kind(r.target) == "government" for r in builder.relations.values()):
            continue  # "the Government of National Unity, led by Prime Minister X": the government he leads says
            # whose prime minister he is, not the story's state
        if country is None:
            country = _unled_story_state(builder, {state for state, _ in led})
        if country:
            builder.add_relation("LEADS", eid, country, ev, role=title)
            builder.add_role(eid, f"{title} of {builder.entities[country].name}")


def _unled_story_state(builder, led: set[str]) -> str | None:
    """The story's state that no named leader is said to lead, by the fallbacks ``leads_home`` lists."""
    free = [c for c in _lede_subject_states(builder) if c not in led]
    if len(free) == 1:
        return free[0]
    lede = lede_state(builder)
    return lede if lede and lede not in led else main_state(builder, led)


def main_state(builder, led: set[str]) -> str | None:
    """The state the story is mostly about, when no other leader is said to lead it: named at least three
    times and at least twice as often as any other state no one is said to lead ("Armenia's security service
    said …" in a story that also names Azerbaijan, whose president is named as such)."""
    counts = _state_mentions(builder)
    counts = {c: n for c, n in counts.items() if c in builder.entities and c not in led}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _state_mentions(builder) -> dict[str, int]:
    """How often the article names each state: by name, by the capital standing for it, or by a demonym
    ("South Korean police", "the Kyrgyz bank"). Counted once per article."""
    if not hasattr(builder, "_state_counts"):
        from collections import Counter

        from newsgraph.schema import entity_id

        counts: Counter = Counter()
        for m, eid in builder.mentions:
            ent = builder.entities.get(eid)
            name = ent.name if ent is not None and ent.type == "Country" else \
                gz.capital_country(ent.name) if ent is not None and ent.type == "Location" \
                and not _venue(builder.doc[m.end - 1]) else None
            if name:
                counts[entity_id("Country", name)] += 1
        previous = None
        for t in builder.doc:
            name = gz.demonym_of_token(t)
            if name and name != previous and t.i not in builder.token_entity and t.dep_ in ("amod", "compound"):
                counts[entity_id("Country", name)] += 1  # "South Korean" once
            previous = name
        builder._state_counts = dict(counts)
    return builder._state_counts


def lede_state(builder) -> str | None:
    """"Cameroon's government and a coalition … agreed …, Swiss mediators said": the one state the lede's
    subject names (not every state in the sentence, as ``home_country`` wants), else the dominant one."""
    if not hasattr(builder, "_lede_state"):
        builder._lede_state = lede_subject_state(builder) or main_state(builder, set())
    return builder._lede_state


def lede_subject_state(builder) -> str | None:
    """The one state the lede's subject names ("Japan froze …", "Police in the Maldives …", "Moldovan
    authorities said …"), or None when it names none or several."""
    if not hasattr(builder, "_lede_subject"):
        subjects = _lede_subject_states(builder)
        if not subjects:
            sents = builder.sents()
            root = sents[0].root if sents else None
            clauses = [root, *(c for c in root.children if c.dep_ == "ccomp")] if root is not None else []
            subj = [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]  # "…, mediators said"
            owners = [c for s in subj for t in (s, *s.conjuncts) for c in t.children if c.dep_ == "poss"] + [
                p for s in subj for t in (s, *s.conjuncts) for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj"]  # "Police in the Maldives have arrested …"
            subjects = list(dict.fromkeys(e for c in owners for e in [entity_of(builder, c)]
                                          if _etype(builder, e) == "Country"))
            if not subjects:  # "Moldovan authorities said …", "Eight Mexican soldiers were killed …"
                names = {gz.demonym_of_token(c) for s in subj for t in (s, *s.conjuncts) for c in t.children
                         if c.dep_ in ("amod", "compound") and gz.demonym_of_token(c)}
                subjects = [country_entity(builder, n) for n in names if country_known(builder, n)]
        builder._lede_subject = subjects[0] if len(subjects) == 1 and not _untagged_subject_state(builder) else None
    return builder._lede_subject


def _lede_subject_tokens(builder) -> list:
    """The lede's main subject and its conjuncts ("The United States and Britain launched strikes…")."""
    sents = builder.sents()
    root = sents[0].root if sents else None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    return [subj, *subj.conjuncts] if subj is not None else []


def _lede_subject_states(builder) -> list[str]:
    """States that are the lede's main subject."""
    states = [entity_of(builder, t) for t in _lede_subject_tokens(builder)]
    return list(dict.fromkeys(e for e in states if _etype(builder, e) == "Country"))


def _untagged_subject_state(builder) -> bool:
    """A state the NER left untagged among the lede's subjects ("Ghana and Togo traded …" with Togo missed)."""
    return any(entity_of(builder, t) is None and t.pos_ == "PROPN" and gz.lookup_country(t.text)
               for t in _lede_subject_tokens(builder))


def _title_country(builder, sent, m) -> str | None:
    """The state a title's holder leads; "" when the sentence rules every guess out, None when it is silent."""
    doc = sent.doc
    from .entities import title_before

    _titles, first = title_before(doc, m.start)
    if first > sent.start:  # "US President", "Kenya's President", "Colombian President"
        prev = doc[first - 1] if doc[first - 1].text not in ("'s", "’s") else doc[first - 2]
        eid = entity_of(builder, prev)
        if _etype(builder, eid) == "Country":
            return eid
        if _etype(builder, eid) == "Organisation":
            return ""  # "European Commission President X": a body's president, no state's
        name = gz.demonym_of_token(prev)
        if name:
            return country_entity(builder, name, prev.text)
        if prev.lower_ == "former":
            return ""
    if m.end + 1 < len(doc) and doc[m.end].lower_ == "of":  # "President Emmanuel Macron of France"
        eid = entity_of(builder, doc[m.end + 1])
        if _etype(builder, eid) == "Country":
            return eid
    host = _host_capital(builder, doc, m) or _government_of(builder, doc, m)
    if host:
        return host
    # otherwise the one state the sentence names, not as a qualifier of another person
    said = _speech_content(doc, m) | _others_clauses(builder, sent, m)
    chain = _clause_chain(doc[m.start:m.end].root)
    near = [t for t in sent if _clause_verb(t).i in chain]
    cands, subjects = _states_named(builder, sent, m, first, said, near)
    if not cands:  # no state in the leader's own clauses: the one state acting elsewhere in the sentence ("…
        cands, subjects = _states_named(builder, sent, m, first, said, list(sent))  # in retaliation for what
        if len(subjects) != 1:  # Washington says …"), else none (but "…, as Moscow described them, … to the
            return "" if cands else _neighbour_country(builder, sent)  # CAR at the invitation of President X")
        cands = subjects
    if len(subjects) == 1 and _acted_on(builder, sent, doc[m.start], subjects[0]):
        # "The US sanctioned officials of the government of President X": the state acts on X's, not its own
        others = [c for c in cands if c != subjects[0]]
        return others[0] if len(others) == 1 else ""
    if len(subjects) == 1:  # "President X … what Washington says …": the state acting in the sentence
        return subjects[0]
    if len(cands) == 1:
        return cands[0]
    if cands:
        return ""  # several states: none of them, and not the story's either
    return _neighbour_country(builder, sent)


def _states_named(builder, sent, m, first: int, said: set[int], tokens) -> tuple[list[str], list[str]]:
    """The states ``tokens`` name (as subject, object or owner, by capital or by a state noun's demonym),
    and which of them are subjects; not in what the leader says, nor qualifying a title."""
    cands, subjects = [], []
    for t in tokens:
        if t.i in builder.coref_tokens or (first <= t.i < m.end) or t.i in said or _qualifies_title(t):
            continue
        eid = entity_of(builder, t)
        if _etype(builder, eid) == "Country" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "pobj"):
            cands.append(eid)
            if t.dep_ in ("nsubj", "nsubjpass"):
                subjects.append(eid)
        elif _etype(builder, eid) == "Location" and gz.capital_country(builder.entities[eid].name) \
                and not builder.tokens(_VISIT_VERBS, sent) and not _venue(t):  # "met X in Kigali": a host's capital
            cands.append(country_entity(builder, gz.capital_country(builder.entities[eid].name))
                         if country_known(builder, gz.capital_country(builder.entities[eid].name)) else None)
        elif t.dep_ == "amod" and t.head.lower_ in gz.STATE_NOUNS and gz.demonym_of_token(t) \
                and not _qualifies_person(builder, t):
            name = gz.demonym_of_token(t)
            cands.append(country_entity(builder, name, t.text) if country_known(builder, name) else None)
    return list(dict.fromkeys(c for c in cands if c)), list(dict.fromkeys(subjects))


def _government_of(builder, doc, m) -> str | None:
    """"the Mexican government of President X", "Kenya's administration under President Y": the state of the
    government the leader heads."""
    root = doc[m.start:m.end].root
    if root.dep_ != "pobj" or root.head.lower_ not in ("of", "under"):
        return None
    gov = root.head.head
    if gov.lemma_ not in ("government", "administration", "regime", "cabinet"):
        return None
    for c in gov.children:
        if c.dep_ == "poss" and _etype(builder, entity_of(builder, c)) == "Country":
            return entity_of(builder, c)
        name = gz.demonym_of_token(c) if c.dep_ in ("amod", "compound") else None
        if name and country_known(builder, name):
            return country_entity(builder, name)
    return None


def _host_capital(builder, doc, m) -> str | None:
    """"met Prime Minister X in Addis Ababa", "travelled to Asmara for talks with President Y": a leader
    met or talked with in a capital leads that capital's state (the visitor, the subject, does not)."""
    root = doc[m.start:m.end].root
    verb = None
    if root.dep_ == "dobj" and root.head.lemma_ in ("meet", "visit", "receive", "host"):
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "with":
        noun = root.head.head
        if noun.lemma_ in ("talk", "meeting", "meet", "discussion", "summit"):
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else noun
    if verb is None or verb.pos_ not in ("VERB", "NOUN"):
        return None
    for c in (*verb.children, *root.children):  # "met X in Addis Ababa" hangs "in" on either
        if c.dep_ == "prep" and c.lower_ in ("in", "to"):
            for p in c.children:
                eid = entity_of(builder, p)
                name = gz.capital_country(builder.entities[eid].name) if _etype(builder, eid) == "Location" else None
                if name and country_known(builder, name):
                    return country_entity(builder, name)
    return None


_VISIT_VERBS = frozenset({"meet", "visit", "travel", "fly", "arrive", "host", "hold", "attend", "summit"})


def _speech_content(doc, m) -> set[int]:
    """"President X said Russia had not given up", "Prime Minister X accused Belgrade of …", "President X,
    who has sought closer ties with Washington": what the leader says, does to or seeks from a state is
    about other states as often as his own, so states named there say nothing about which one he leads."""
    root = doc[m.start:m.end].root
    own = {t.i for c in root.children if c.dep_ in ("relcl", "acl", "appos") and c.i >= m.end for t in c.subtree}
    if root.dep_ != "nsubj":
        return own
    verbs = [root.head, *(v for v in root.head.conjuncts if not any(c.dep_.startswith("nsubj") for c in v.children))]
    return own | {t.i for v in verbs for c in v.children if c.dep_ in ("ccomp", "dobj", "prep", "xcomp", "advcl", "dative",
                                                                      "advmod")  # "moved closer to Washington"
                  and not (c.dep_ == "prep" and c.lower_ in ("in", "at")) for t in c.subtree}  # where he speaks


def _clause_verb(tok):
    """The verb of the clause a token is in (itself if it is one)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _clause_chain(tok) -> set[int]:
    """The clause a token is in, the clauses above it, and subjectless participle clauses on the token
    ("President X, addressing governors in Minsk, said …")."""
    verb = _clause_verb(tok)
    own = {c.i for h in (tok, verb) for c in h.children if c.dep_ in ("acl", "advcl") and c.tag_ in ("VBG", "VBN")
           and not any(x.dep_.startswith("nsubj") for x in c.children) and (h is tok or tok.i < c.i < verb.i)}
    return {verb.i, *(a.i for a in verb.ancestors)} | own


def _others_clauses(builder, sent, m) -> set[int]:
    """"President X condemned …, and Deputy Minister Y said they would sabotage talks with the Vatican":
    a clause another person is the subject of says nothing about the state X leads."""
    own = builder.token_entity.get(m.start)
    root = sent.doc[m.start:m.end].root
    above = {t.i for t in root.ancestors}
    out: set[int] = set()
    for t in sent:
        if t.dep_ == "nsubj" and t.head.i not in above and t.head.i != root.i and t.head.pos_ in ("VERB", "AUX"):
            who = entity_of(builder, t)
            if who and who != own and _etype(builder, who) == "Person":
                out |= {x.i for x in t.head.subtree}
    return out


def _qualifies_title(tok) -> bool:
    """"met Rwanda's president, Paul Kagame", "Iran's foreign minister": the state of another office."""
    head = tok.head
    return tok.dep_ == "poss" and head.pos_ == "NOUN" and (
        head.lower_ in gz.TITLE_WORDS or head.lemma_.lower() in gz.ROLE_NOUNS
        or head.lower_ in {"envoy", "minister", "ambassador", "counterpart"})


def _acted_on(builder, sent, person_tok, state) -> bool:
    """The person is inside the object of the verb the state is subject of ("X imposed sanctions on …
    the government of President Y", "X detained a man accused of plotting to kill President Y")."""
    subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and entity_of(builder, t) == state
                 and t.i not in builder.coref_tokens), None)
    if subj is None or subj.left_edge.i <= person_tok.i <= subj.right_edge.i:
        return False
    verb = subj.head
    tok = person_tok
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if tok.dep_ == "advcl" and person_tok.i < tok.i and (subj is None or subj.left_edge.i <= person_tok.i <= subj.right_edge.i):
        return False  # "The US reimposed sanctions after President X pulled out": X acts in his own clause
    return tok.head.i == verb.i and tok.i != verb.i and tok.dep_ in ("dobj", "prep", "advcl", "xcomp", "npadvmod", "attr", "dative")


def _two_leaders(builder, sent, m) -> bool:
    """"President A accused President B": the story's state cannot be both's."""
    return any(o is not m and o.type == "Person" and o.titles and o.titles[0].lower() in gz.STATE_LEADER_TITLES
               and builder.token_entity.get(o.start) != builder.token_entity.get(m.start)
               for o, _ in builder.mentions_in(sent))


def home_country(builder) -> str | None:
    """The one state the lede is set in: every state its first sentence refers to (by name, demonym,
    capital or inside an organisation's name) must be the same one, and the article names it."""
    if not hasattr(builder, "_home"):
        builder._home = None
        sents = builder.sents()
        lede = sents[0] if sents else None
        names = set()
        for t in lede or ():
            eid = builder.token_entity.get(t.i)
            ent = builder.entities[eid] if eid else None
            if ent is not None and ent.type == "Country":
                names.add(ent.name)
            elif ent is not None and ent.type == "Location" and gz.capital_country(ent.name) and not _venue(t):
                names.add(gz.capital_country(ent.name))
            elif gz.demonym_of_token(t) or (t.pos_ == "PROPN" and gz.lookup_country(t.text)):
                names.add(gz.demonym_of_token(t) or gz.lookup_country(t.text))
        if len(names) == 1 and country_known(builder, next(iter(names))):
            from newsgraph.schema import entity_id

            builder._home = entity_id("Country", next(iter(names)))
    return builder._home


def _venue(tok) -> bool:
    """"after five days of talks in Panama City": a capital where talks were held sets no story there."""
    while tok.dep_ == "compound" and tok.head != tok:  # "Panama" in "Panama City"
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and tok.head.head.lemma_ in (
        "talk", "talks", "negotiation", "meeting", "summit", "conference", "round", "consultation")


def _neighbour_country(builder, sent) -> str | None:
    """No state in the sentence: the one state the neighbouring sentences of the paragraph name as actors."""
    sents = builder.sents()
    k = next(i for i, s in enumerate(sents) if s.start == sent.start)
    found = []
    for j in (k - 1, k + 1):
        if 0 <= j < len(sents) and "\n\n" not in builder.doc[min(sents[j].end, sent.end) - 1:max(
                sents[j].start, sent.start) + 1].text_with_ws:
            for t in sents[j]:
                eid = entity_of(builder, t)
                if _etype(builder, eid) == "Country" and t.i not in builder.coref_tokens and t.dep_ in (
                        "nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and not gz.capital_country(t.text):
                    # the main clause's subject, named as a state ("Washington urged calm" speaks for another)
                    found.append(eid)
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None


def _qualifies_person(builder, tok) -> bool:
    """"Serbian lawmaker Dragan Ilic": the demonym describes a person, not a state in the story."""
    head = tok.head
    for _ in range(3):
        if _etype(builder, entity_of(builder, head)) == "Person" or any(
                _etype(builder, entity_of(builder, c)) == "Person" for c in head.children if c.dep_ == "appos"):
            return True
        if head.dep_ not in ("compound", "amod", "appos") or head.head == head:
            return False
        head = head.head
    return False


def country_known(builder, name: str) -> bool:
    """Only states the article names as such (not just through a demonym or a city) lead someone."""
    from newsgraph.schema import entity_id

    return entity_id("Country", name) in builder.entities


def home_of_title(builder, noun, found, predicate: bool = False) -> str | None:
    """"The interim prime minister, X", "declared himself the head of a new government", "sworn in as
    president": a state's leader named with no state heads the story's state."""
    if not found or found[0] != "LEADS":
        return None
    of_state = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.lemma_ in _STATE_WORDS and not any(x.dep_ in ("poss", "compound") for x in p.children)]
    if found[1].lower() not in gz.STATE_LEADER_TITLES and not (of_state and noun.lemma_ in ("head", "leader")):
        return None
    if not (predicate or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)) or any(
            c.dep_ == "poss" or (c.dep_ == "prep" and not of_state) for c in noun.children):
        return None  # "a president", "the party's president", "the president of the club"
    return home_country(builder)


_STATE_WORDS = {"government", "state", "junta", "country", "nation", "republic"}
