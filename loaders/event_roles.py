"""Who took part in an event and how: TARGET_OF, PERPETRATOR_OF, PARTICIPATED_IN, and where.

Read from the trigger's arguments in active ("X shot Y"), passive ("Y was shot by
X") and nominal ("an Israeli strike on Y", "talks between A and B", "the coup
led by X") forms; delegations take part in the nearest talks.
"""
from __future__ import annotations

from . import gazetteer as gz, modality
from .actors import (actors, agent_of_passive, along_with, demonym_of, indefinite, is_passive, named_after,
                     objects, partners_of, passive_conjunct, prep_objects, subject)
from .entities import country_entity, entity_of
from .state_leaders import country_known
from .event_dates import OWN_TIME, SPELLS, caught_when
from .event_triggers import (AIRCRAFT, CONFIDENCE_VOTES, DEPENDENT, DRILLS, EXCHANGES, REMOVALS, RESIGNATIONS,
                             TRIGGERS, fired_from_office, group, measures_in_force, one_of, other_family, trigger_type)

_VICTIM_NOUNS = {"killing", "assassination", "murder", "arrest", "detention", "poisoning", "shooting",
                 "removal", "dismissal", "sacking", "ouster"}  # "Garang's removal": Garang was removed

# Deeds whose "of" object was done to, though their possessor did them ("Iraq's invasion of Kuwait").
_DEED_NOUNS = {"invasion", "bombing", "stabbing", "hacking", "kidnapping", "abduction", "execution", "expulsion",
               "deportation", "jailing", "imprisonment", "beating", "torture", "lynching", "beheading"}

# Diplomats named by office ("expelled 15 Russian diplomats", "expelled Uganda's ambassador").
_ENVOY_NOUNS = {"ambassador", "envoy", "diplomat", "attaché", "attache", "consul", "chargé", "charge"}

_VICTIM_VERBS = {"target", "kill", "hit", "topple", "oust", "wound", "injure", "depose", "poison"}

_RELEASE_VERBS = {"free", "release", "return", "hand", "swap", "exchange", "repatriate"}

# Verbs whose subject takes part in the talks they govern ("A and B signed a ceasefire").
_TALK_VERBS = {"hold", "begin", "resume", "suspend", "sign", "reach", "agree", "broker", "attend", "join", "host",
               "conclude", "open", "mediate"}

# Passive verbs whose agent did the event ("carried out by", "mediated by"), unlike "condemned by".
_AGENT_VERBS = {"lead", "carry", "stage", "launch", "order", "conduct", "claim", "mount", "execute", "commit",
                "perpetrate", "mastermind", "organise", "organize", "plan", "mediate", "broker", "host", "chair",
                "hold", "sponsor", "orchestrate", "fire"}

_PERPETRATE_VERBS = {"launch", "carry", "stage", "mount", "conduct", "order", "lead", "oversee", "claim",
                     "execute", "unleash", "commit", "begin", "start", "plan", "mastermind", "orchestrate",
                     "organise", "organize"}

_PARTICIPANT_ROLES = {"violence": ("PERPETRATOR_OF", "TARGET_OF"), "arrest": ("PERPETRATOR_OF", "TARGET_OF"),
                      "mutiny": ("PERPETRATOR_OF", "TARGET_OF"), "invasion": ("PERPETRATOR_OF", "TARGET_OF"),
                      "sanction": (None, "TARGET_OF"), "talks": ("PARTICIPATED_IN", "PARTICIPATED_IN"),
                      "election_interference": ("PERPETRATOR_OF", "TARGET_OF"), "other": (None, None)}


# participants -------------------------------------------------------------------------
_BROKER_VERBS = {"mediate", "broker", "facilitate", "host", "sponsor", "convene"}


def _envoy_sends(builder, envoy) -> list[str]:
    """The state or body a diplomat named only by office speaks for ("India's acting high commissioner",
    "the EU ambassador", "the Iranian envoy")."""
    out = []
    for c in envoy.children:
        eid = entity_of(builder, c) if c.dep_ in ("compound", "nmod", "poss") else None
        demonym = gz.demonym_of_token(c) if c.dep_ in ("amod", "compound") and eid is None else None
        if eid and builder.label(eid) in ("Organisation", "Country"):
            out.append(eid)
        elif demonym:
            out.append(country_entity(builder, demonym, c.text))
    return out


_MEANS_NOUNS = {"drone", "jet", "warplane", "aircraft", "helicopter", "gunboat", "warship", "troop", "soldier",
                "force", "artillery", "gunner", "unit", "vessel", "ship", "boat", "cutter", "patrol"}
_BODY_OF_FIGHTERS = {"column", "convoy", "unit", "position", "base", "camp", "patrol", "group", "band"}


def _owned_means(builder, tok) -> tuple[list[str], list[str]]:
    """"its drones had struck a column of X fighters": the owner of the means is the doer and the fighters'
    body the target, when the parse names neither as an actor."""
    if tok.pos_ != "VERB" or group(trigger_type(tok) or "") != "violence" or is_passive(tok):
        return [], []
    subj = subject(tok)
    doers = [a for c in (subj.children if subj is not None and subj.lemma_ in _MEANS_NOUNS else ())
             if c.dep_ == "poss" for a in actors(builder, c, ("Organisation", "Country"))]
    targets = [a for o in objects(tok) if o.lemma_ in _BODY_OF_FIGHTERS for p in prep_objects(o, ("of",))
               for c in (p, *p.children) if c.dep_ in ("pobj", "compound") for a in actors(builder, c, ("Organisation",))]
    return doers, list(dict.fromkeys(targets))


def participants(builder, tok, etype) -> list[tuple[str, str]]:
    found = _participants(builder, tok, etype)
    if not found:
        doers, targets = _owned_means(builder, tok)
        found = [(a, "PERPETRATOR_OF") for a in doers] + [(a, "TARGET_OF") for a in targets if a not in doers]
    if any(r == "PERPETRATOR_OF" for _a, r in found):  # "suspected al-Shabaab militants killed …": only suspected
        found = [(a, "SUSPECTED_OF" if r == "PERPETRATOR_OF" and _hedged_actor(builder, tok, a) else r)
                 for a, r in found]
    if _expels(tok, etype):  # "expelled Ivan Petrov, a Russian diplomat": the diplomat, not Russia, was expelled;
        named = [(a, r) for a, r in found if r != "TARGET_OF" or builder.label(a) == "Person"]  # "expelled 15
        found = named if any(r == "TARGET_OF" for _a, r in named) else found + [  # Russian diplomats": Russia was
            (a, "TARGET_OF") for a in _diplomats_state(builder, tok) if (a, "TARGET_OF") not in found]
    if tok.lemma_ == "come":  # "came under fire": the subject was fired on, whoever fired is the doer
        hit = {a for c in tok.children if c.dep_ == "nsubj" for a in actors(builder, c)}
        found = [(a, r) for a, r in found if not (r == "PERPETRATOR_OF" and a in hit)] + [
            (a, "PERPETRATOR_OF") for p in prep_objects(tok, ("from",)) for a in actors(builder, p)]
    if tok.lemma_.lower() in REMOVALS or fired_from_office(tok):  # "the Republic of the Congo has replaced the
        # commander of its forces": the state is where it happened; whoever decided is named apart (or not at all)
        found = [(a, r) for a, r in found if r != "PERPETRATOR_OF" or builder.label(a) != "Country"]
    return found


_OUSTING_VERBS = {"oust", "topple", "overthrow", "depose", "remove", "unseat"}
_RULE_NOUNS = {"government", "administration", "regime", "rule", "cabinet"}


def _coup_targets(builder, tok) -> list[str]:
    """Who a coup removed: "seized power from (the elected government of) X", "seized power in 2021, ousting
    X", "took power by overthrowing X", "the coup that toppled X", "a coup against X". The power seized is the
    verb's, so a coup word hung on it ("seized power in a coup") reads that verb too."""
    verb = tok
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB":
        verb = tok.head.head  # "seized power in a coup"
    ousted = objects(tok) if tok.lemma_ in _OUSTING_VERBS and tok.pos_ == "VERB" else []
    for v in {tok, verb}:
        if any(o.lower_ == "power" for o in objects(v)):
            ousted += prep_objects(v, ("from",))
        ousted += prep_objects(v, ("against",)) if v.pos_ == "NOUN" else []
        for c in v.children:
            if c.dep_ in ("relcl", "acl") or c.dep_ in ("advcl", "conj") and c.tag_ == "VBG":
                if c.lemma_ in _OUSTING_VERBS and not modality.negated(c):  # ("ousting X"; not "and in 2023
                    ousted += objects(c)  # removed X from the cabinet": a later act of its own)
            elif c.dep_ == "prep" and c.lower_ == "by":  # "by ousting X"
                ousted += [o for g in c.children if g.dep_ == "pcomp" and g.lemma_ in _OUSTING_VERBS
                           for o in objects(g)]
    out = []
    for o in ousted:
        heads = [o] if o.lemma_.lower() not in _RULE_NOUNS else [
            c for c in o.children if c.dep_ == "poss"] + prep_objects(o, ("of",))  # "X's elected government"
        out += [a for h in heads for x in (h, *h.conjuncts) for a in actors(builder, x, ("Person", "Country"))
                if a not in out]
    return out


def _caught_while(builder, tok) -> list[str]:
    """"X was reversing out of her driveway when a device beneath the seat detonated", "X was hit in the chest
    when two men fired": the one the attack caught (``event_dates.caught_when``) is its target."""
    clause = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    while clause is not None and clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head  # "when two men pulled alongside and fired": the "when" is on the first verb
    if clause is None or clause.dep_ not in ("advcl", "relcl"):
        return []
    main = clause.head
    if clause.dep_ == "relcl":  # "… on Thursday when a device detonated" (hung on the day)
        main = main.head.head if main.dep_ == "pobj" else main
    if not caught_when(clause, main):
        return []
    held = [c for c in main.children if c.dep_ == "nsubjpass"] if is_passive(main) else [subject(main)]
    return [a for g in held if g is not None for a in actors(builder, g, ("Person",))]


def _diplomats_state(builder, tok) -> list[str]:
    """"expelled 15 Russian diplomats", "ordering out 10 Norwegian diplomats", "the expulsion of two Croatian
    diplomats": the state whose unnamed diplomats were sent away, when the article names it."""
    args = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + prep_objects(tok, ("of",))
    out = []
    for a in args:
        if a.tag_ != "NNS" or a.lemma_.lower() not in _ENVOY_NOUNS:
            continue  # (not "a Russian diplomat": one person, named elsewhere or not)
        dem = demonym_of(a)
        state = gz.demonym_of_token(dem) if dem is not None else None
        if state and country_known(builder, state):
            out.append(country_entity(builder, state))
    return out


def _expels(trigger, etype: str) -> bool:
    """An expulsion or a verdict trigger ("expelled", "declared … persona non grata", "ordered two diplomats
    out", "sent home five Tanzanians"; the last two are triggers only in that sense)."""
    return etype == "other" and other_family(trigger) in ("expulsion", "verdict", "deportation")  # (not "declared X a terrorist
    # organisation": a sanction)


_HEDGES = {"suspected", "alleged", "presumed", "purported", "apparent"}


def _hedged_actor(builder, tok, eid: str) -> bool:
    """Whether the sentence names ``eid`` under a hedge: "suspected X militants", "alleged X gunmen"."""
    sent = builder.sentence(tok)
    for i in range(sent.start, sent.end):
        if builder.token_entity.get(i) != eid:
            continue
        t = builder.doc[i]
        for noun in (t, t.head, t.head.head):
            if any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in _HEDGES for c in noun.children):
                return True
            if noun.dep_ not in ("compound", "amod", "nmod", "poss"):
                break
    return False


_OUTLIVED = {"survive", "escape", "avoid"}  # "survived being shot": the subject was the target


def _who_left(builder, tok) -> list[str]:
    """Who left office: the one who resigned ("the minister resigned", "his resignation", "the resignations of
    A and B"), lost the vote ("X lost a confidence vote", "a motion against X", "a vote that ousted X") or was
    voted out ("voted X out of office")."""
    if tok.pos_ == "VERB" and tok.lemma_ == "vote":
        held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    elif tok.pos_ == "VERB":
        held = [subject(tok.head if tok.dep_ == "xcomp" else tok)]  # ("was forced to resign")
    else:
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        held = [c for c in tok.children if c.dep_ == "poss"] + prep_objects(tok, ("of", "against")) + [
            o for c in tok.children if c.dep_ == "relcl" for o in objects(c) if o.ent_type_ == "PERSON"]
        # (a vote "that ousted the prime minister" of years before is not the one now in office)
        if not held and tok.lemma_ != "motion" and verb.lemma_ in ("announce", "tender", "hand", "submit", "lose"):
            held = [subject(verb)]  # "X announced his resignation" (no possessor read), "X lost the vote"
    return [a for g in held if g is not None for a in actors(builder, g, ("Person",))]


def _participants(builder, tok, etype) -> list[tuple[str, str]]:
    g = group(etype)
    doer, done_to = _PARTICIPANT_ROLES.get(g, (None, None))
    if tok.lemma_.lower() in REMOVALS or _expels(tok, etype) or fired_from_office(tok):  # "dismissed the chief"
        doer, done_to = "PERPETRATOR_OF", "TARGET_OF"
        if tok.lemma_ == "replace" and is_passive(tok):  # "He was replaced by Gen. X": X succeeds, X did not remove
            return [(a, done_to) for c in tok.children if c.dep_ == "nsubjpass" for a in actors(builder, c)]
    elif tok.lemma_.lower() in RESIGNATIONS | CONFIDENCE_VOTES:
        return [(a, "TARGET_OF") for a in _who_left(builder, tok)]
    elif tok.lemma_.lower() == "trial":  # "Five men went on trial": the defendants
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        return [(a, "TARGET_OF") for g in [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                for a in actors(builder, g, ("Person", "Organisation"))]
    elif tok.lemma_.lower() == "plot":  # "a plot to overthrow X": X its target; the plotters are only accused
        goal = [c for c in tok.children if c.dep_ in ("acl", "relcl", "xcomp")]
        return [(a, "TARGET_OF") for g in goal for o in objects(g) for a in actors(builder, o)]
    elif tok.lemma_.lower() in ("escape", "jailbreak"):  # "his escape from prison": the escapee did it
        doer, done_to = "PERPETRATOR_OF", None
        if tok.pos_ == "NOUN":
            return [(a, doer) for c in tok.children if c.dep_ == "poss" for a in actors(builder, c)]
    elif tok.lemma_.lower() in ("extradite", "extradition"):  # the person handed over
        held = [c for c in tok.children if c.dep_ in ("nsubjpass", "poss")] + (objects(tok) if tok.pos_ == "VERB" else [])
        return [(a, "TARGET_OF") for g in held for a in actors(builder, g, ("Person",))]
    elif tok.lemma_.lower() in ("close", "closure"):  # "Burundi closed its land border with Rwanda": Rwanda
        shut = objects(tok) + prep_objects(tok, ("of",)) + [c for c in tok.children if c.dep_ == "nsubjpass"]
        against = [a for o in shut for p in prep_objects(o, ("with", "to")) for a in actors(builder, p, ("Country",))]
        out = [(a, "PERPETRATOR_OF") for a in (actors(builder, subject(tok), ("Country", "Organisation"))
                                              if tok.pos_ == "VERB" and not is_passive(tok) else [])]
        return out + [(a, "TARGET_OF") for a in against]
    elif tok.lemma_.lower() in EXCHANGES:  # both sides of a prisoner swap take part in it
        doer, done_to = "PARTICIPATED_IN", None
    elif tok.lemma_.lower() in ("theft", "steal", "break"):  # a cyberattack: whose systems or goods were taken
        held = prep_objects(tok, ("from",)) + [o for s in prep_objects(tok, ("into",)) + [
            p for g in prep_objects(tok, ("of",)) for p in prep_objects(g, ("from",))]  # "theft of records from X"
            for o in (s, *prep_objects(s, ("of",)), *(c for c in s.children if c.dep_ == "poss"))]
        out = [(a, "TARGET_OF") for g in held for a in actors(builder, g)]
        thief = subject(tok) if tok.pos_ == "VERB" else None
        return out + [(a, "PERPETRATOR_OF") for a in actors(builder, thief) if (a, "TARGET_OF") not in out]
    elif tok.lemma_.lower() == "fight":  # "A and B fought a six-week war": neither alone did it, and annotators
        return []  # seldom list the sides of a whole war (kept as an event with its date and place only)
    if tok.lemma_.lower() in DRILLS or tok.lower_ in DRILLS:  # who holds military drills takes part in them
        doer = "PARTICIPATED_IN"
    be = measures_in_force(tok) if g == "sanction" else None
    if be is not None:  # "X and Y were subject to an asset freeze and a travel ban": X and Y
        held = [c for c in be.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who")]
        return [(a, done_to) for c in held or [subject(be)] for a in actors(builder, c)]  # ("X, which has been …")
    out: list[tuple[str, str]] = []
    add = lambda ids, role: out.extend((a, role) for a in ids if role)
    if tok.lemma_ in DEPENDENT:  # "X died at the scene", "X fell ill": the victim
        return [(a, done_to) for a in actors(builder, subject(tok)) if done_to]
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lower_ == "responsibility" \
            and tok.head.head.head.lemma_ in ("claim", "take", "accept", "admit"):  # "X claimed responsibility for"
        verb = tok.head.head.head
        if not any(c.dep_ == "neg" for c in verb.children):
            out.extend((a, doer) for a in actors(builder, subject(verb)) if doer)
    if tok.dep_ == "pobj" and tok.head.lower_ == "in":  # "took part in talks", "participated in the raid"
        h = tok.head.head
        verb = h.head if h.lower_ == "part" else h
        part = h if h.lower_ == "part" else next((o for o in objects(verb) if o.lower_ == "part"), None)
        denied = modality.negated(verb) or (part is not None and any(c.lower_ == "no" for c in part.children))
        if not denied and (verb.lemma_ in ("participate", "engage") or (
                verb.lemma_ in ("take", "play") and part is not None)):  # not "had played no part in the bombing"
            out.extend((a, doer) for a in _speakers_units(builder, verb) or actors(builder, subject(verb)) if doer)
    if tok.lower_ == "custody" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into"):
        verb = tok.head.head  # "X were in custody", "X is being held in custody", "police took X into custody"
        if verb.lemma_ in ("be", "remain", "stay") or is_passive(verb):
            add([a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for a in actors(builder, c)], done_to)
        elif verb.lemma_ in ("take", "hold", "keep"):
            add([a for o in objects(verb) for a in actors(builder, o)], done_to)
            add(actors(builder, subject(verb)), doer)
        return out
    if tok.lemma_ == "arrest" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        verb = tok.head.head  # "X was placed under house arrest", "they put him under arrest"
        if verb.pos_ == "VERB" and is_passive(verb):
            add([a for c in verb.children if c.dep_ == "nsubjpass" for a in actors(builder, c)], done_to)
        elif verb.pos_ == "VERB":
            add([a for o in objects(verb) for a in actors(builder, o)], done_to)
        elif verb.lemma_ in ("be", "remain"):
            add(actors(builder, subject(verb)), done_to)
    if g == "talks":  # "Chinese-brokered talks", "Qatari-mediated negotiations": the broker takes part
        for c in tok.children:
            if c.dep_ == "amod" and c.lemma_ in ("broker", "mediate", "host", "sponsor", "back", "facilitate"):
                for d in c.children:
                    state = gz.demonym_of_token(d) if d.dep_ in ("npadvmod", "amod", "compound") else None
                    if state:
                        add([country_entity(builder, state, d.text)], doer)
                    elif d.dep_ in ("npadvmod", "compound"):
                        add(actors(builder, d), doer)
    if tok.pos_ == "VERB" and tok.dep_ == "relcl" and tok.head.lemma_.lower() in AIRCRAFT:
        up = tok.head  # "X and Y were among those on board the jet that came down": they were its targets
        for _ in range(6):
            if up.head == up:
                break
            up = up.head
            if up.pos_ in ("AUX", "VERB"):
                if up.lemma_ == "be":
                    add([a for c in up.children if c.dep_ == "nsubj" for a in actors(builder, c)], done_to)
                break
    if g == "mutiny":  # "seized power from X", "ousting the elected government of X", "the coup that toppled X"
        add(_coup_targets(builder, tok), done_to)
    if g == "violence" and done_to:  # "drove a car into the convoy of the minister", "hit a vehicle he was in"
        hit = objects(tok) + prep_objects(tok, ("on", "against", "into", "at", "targeting", "beside", "near",
                                                 "outside"))
        if tok.pos_ == "VERB" and is_passive(tok):
            hit += [c for c in tok.children if c.dep_ == "nsubjpass"]
        if tok.lemma_ == "come" and tok.pos_ == "VERB":  # "the convoy of X came under fire (from Y)": X the target,
            hit += [c for c in tok.children if c.dep_ == "nsubj"]  # Y the doer (see ``participants``)
        if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":  # "a bomb hit his car", "ripped through the convoy of X"
            hit += objects(tok.head) + prep_objects(tok.head, ("on", "into", "at", "beside", "near", "under",
                                                               "through"))
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":  # "opened fire on the motorcade of X"
            hit += prep_objects(tok.head, ("on", "at", "into"))
        add([a for p in hit for a in _owners(builder, p)], done_to)
        add(_caught_while(builder, tok), done_to)
    if g == "talks":  # "under the mediation of Tanzania", "talks …, hosted by Qatar"
        add(_mediators(builder, tok), doer)
    if g == "talks" and tok.dep_ == "nsubj" and tok.head.lemma_ == "bring" and any(
            c.lower_ == "together" for c in tok.head.children):  # "the meeting brought together A and her
        add([a for o in objects(tok.head) for t in (o, *o.conjuncts)  # counterpart, B"
             for x in (t, *(c for c in t.children if c.dep_ == "appos")) for a in actors(builder, x)], doer)
    if g == "talks":  # "That deal, brokered by Qatar and Turkey, …", "talks in May, in a process mediated by X"
        nouns = [tok] + [c for c in tok.children if tok.pos_ == "VERB" and c.dep_ in ("nsubjpass", "dobj")]
        nouns += [t for t in tok.sent if t.lemma_ in ("process", "framework", "format") and t.dep_ == "pobj"]
        add([a for n in nouns for c in n.children if c.dep_ == "acl" and c.lemma_ in _BROKER_VERBS
             for p in _brokered_by(c) for a in actors(builder, p)], doer)
    if tok.pos_ == "VERB" and tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("xcomp", "oprd") and is_passive(tok.head) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "X was found shot dead", "was left stabbed": the passive subject is the victim, nobody is the doer
        add([a for c in tok.head.children if c.dep_ == "nsubjpass" for a in actors(builder, c)], done_to)
        return out
    if tok.pos_ == "VERB" and tok.tag_ == "VBN" and not is_passive(tok) and passive_conjunct(tok):
        # "X, who was removed by parliament and arrested in 2022": the passive's subject was arrested too
        add([a for c in tok.head.children if c.dep_ == "nsubjpass" for a in actors(builder, c)], done_to)
        return out
    if _expels(tok, etype) and other_family(tok) == "expulsion":  # "expelled Uganda's ambassador": the state he
        add([a for o in objects(tok) + prep_objects(tok, ("of",)) if o.lemma_.lower() in _ENVOY_NOUNS  # speaks for
             and o.tag_ == "NN" and not actors(builder, o) for c in o.children if c.dep_ == "poss"
             for a in actors(builder, c, ("Country",))], done_to)  # (not "a Russian diplomat": named elsewhere)
    if tok.pos_ == "VERB":
        if is_passive(tok):
            add([a for c in tok.children if c.dep_ == "nsubjpass" for a in actors(builder, c)], done_to)
            if tok.dep_ == "acl" and one_of(tok.head):
                add(actors(builder, subject(tok)), done_to)  # "X was among 12 people sanctioned by the EU"
            if tok.dep_ in ("xcomp", "pcomp", "ccomp") and tok.head.lemma_ in _OUTLIVED and not any(
                    c.dep_ == "nsubjpass" for c in tok.children):  # "X survived being shot", "escaped being killed"
                add(actors(builder, subject(tok.head)), done_to)
            if tok.lemma_ in ("summon", "receive", "call"):  # "Russia's chargé d'affaires was summoned to the
                add([a for c in tok.children if c.dep_ == "nsubjpass" and not actors(builder, c)
                     for a in _envoy_sends(builder, c)], done_to)
            if tok.lemma_ in ("summon", "call"):  # "… was summoned (called in) to the Foreign Office": the body
                add([a for p in prep_objects(tok, ("to",)) for a in actors(builder, p, ("Organisation", "Country"))],
                    doer)
            add([a for p in along_with(tok) for a in actors(builder, p)], done_to)  # "killed alongside Y"
            add([a for p in agent_of_passive(tok) for a in actors(builder, p)], doer)
        else:
            add(actors(builder, subject(tok)), doer)
            add([a for o in objects(tok) for a in actors(builder, o)], done_to)
            if tok.lemma_ in ("summon", "receive", "call"):  # "summoned India's high commissioner", "the EU
                called_in = prep_objects(tok, ("in",)) if tok.lemma_ == "call" else []  # ambassador"; "called in X"
                add([a for o in called_in for a in actors(builder, o)], done_to)  # (the parser's "in X")
                add([a for o in objects(tok) + called_in if not actors(builder, o) for a in _envoy_sends(builder, o)],
                    done_to)
            if tok.lemma_ in ("fire", "launch"):  # "fired rockets at northern Israel"
                add([a for o in [tok, *objects(tok)] for p in prep_objects(o, ("at", "on", "into", "towards"))
                     for a in actors(builder, p)], done_to)
            if g == "talks":
                add([a for p in prep_objects(tok, ("with",)) for a in actors(builder, p)], doer)
                add([a for o in objects(tok) for p in partners_of(o) for a in actors(builder, p)], doer)
        return out
    if not (tok.dep_ == "dobj" and tok.head.lemma_ == "blame"):  # "blamed the attack on X": X is accused
        add([a for p in prep_objects(tok, ("on", "against", "targeting")) for a in actors(builder, p)], done_to)
    if tok.lower_ == "sanctions" and tok.dep_ == "dobj":  # "X imposed sanctions on Y on Monday"
        return out
    add([a for p in prep_objects(tok, ("by",)) for a in actors(builder, p)], doer)
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":  # "was hit by several bullets"
        add([a for c in tok.head.head.children if c.dep_ == "nsubjpass" for a in actors(builder, c)], done_to)
    if g == "talks":  # "initialled by A and B in the presence of US President C"
        add([a for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
             if p.lemma_ == "presence" for x in prep_objects(p, ("of",)) for a in actors(builder, x)], doer)
    if g == "talks":  # "A and B gave backing to the plan during talks in Ohrid", "agreed … after three days of talks"
        add(parties_around_talks(builder, tok)[0], doer)
    if g == "talks" and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_ in _TRAVEL:
        add(actors(builder, subject(tok.head.head)), doer)  # "X travelled to Asmara for talks with Y"
    host = _hosting_verb(tok) if g == "talks" else None
    if host is not None:  # "X hosted Y in Nairobi for two days of talks": host and guests took part
        add(actors(builder, subject(host)) + [a for o in objects(host) for a in actors(builder, o)], doer)
    if g == "talks" or tok.lemma_.lower() in EXCHANGES:
        from .relations import _between_after_place  # "talks in Almaty, the Kazakh capital, between A and B"

        sides = prep_objects(tok, ("between", "with")) or _between_after_place(tok) or [
            p for c in tok.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
            for p in prep_objects(c, ("between",))]  # "a ceasefire that China brokered in January between A and B"
        sides = sides or spell_sides(tok) or halted_sides(tok) or (prep_objects(tok.head, ("with",)) if tok.dep_ == "dobj" and
                                              tok.head.lemma_ in ("hold", "have", "conduct", "open") else [])
        # ("held talks in Vientiane with X": the "with" hung on the verb)
        add([a for p in sides for t in (p, *p.conjuncts) for a in actors(builder, t)], doer)
    victim = tok.lower_ in _VICTIM_NOUNS
    holders = [tok, *prep_objects(tok, ("of",))] + ([tok.head] if tok.dep_ == "dobj" else [])
    for p in holders:  # "the downing of the plane carrying X" (however the parse hangs "carrying"): X was the target
        add([a for c in p.children if c.dep_ in ("acl", "advcl") and c.lemma_ == "carry" and c.i > tok.i
             for o in objects(c) for a in actors(builder, o)], done_to)
    of_objects = prep_objects(tok, ("of",)) + [p for c in tok.children if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"
                                               for p in prep_objects(c, ("of",))]  # "the stabbing last March of X"
    add([a for p in of_objects for a in actors(builder, p)], done_to if victim or tok.lower_ in _DEED_NOUNS else None)
    if g == "arrest" and tok.tag_ == "NNS":  # "27 arrests, including that of X"
        add([a for p in prep_objects(tok, ("including",)) if p.lower_ in ("that", "those")
             for q in prep_objects(p, ("of",)) for a in actors(builder, q)], done_to)
    for c in tok.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and not TRIGGERS.get(c.lemma_.lower()):
            found = actors(builder, c)
            demonym = gz.demonym_of_token(c) if c.dep_ in ("amod", "compound") else None
            if not found and demonym:  # "an Israeli strike"
                found = [country_entity(builder, demonym, c.text)]
            if c.dep_ == "compound" and tok.lemma_ in ("agreement", "deal", "accord", "treaty"):
                found = [a for a in found if builder.label(a) == "Country"]  # "the Dayton agreement": a place's name
            add(found, done_to if victim else doer)
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            if c.lemma_ in _AGENT_VERBS:  # "an attack carried out by X", "talks mediated by Y"
                add([a for p in agent_of_passive(c) for a in actors(builder, p)], doer)
            if g == "talks" and c.dep_ == "relcl" and c.lemma_ in _BROKER_VERBS and not is_passive(c) and all(
                    x.lower_ in ("that", "which") for x in objects(c)):
                add(actors(builder, subject(c)), doer)  # "the ceasefire that Tanzania brokered in Arusha"
            if c.lemma_ in _VICTIM_VERBS and not modality.negated(c):  # (not "the coup, which did not topple X")
                add([a for o in objects(c) for a in actors(builder, o)], done_to)
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj" \
        else tok  # "mediated months of indirect talks"
    if holder.dep_ in ("dobj",) and holder.head.lemma_ in _PERPETRATE_VERBS | _TALK_VERBS:
        role = doer if g != "talks" or holder.head.lemma_ in _TALK_VERBS else None
        doer_tok = subject(holder.head)
        if doer_tok is not None and doer_tok.dep_ == "nsubjpass" and doer_tok.head != holder.head:
            doer_tok = None  # "X was being driven home … and their passengers opened fire" (joined by the parser
            # to the passive clause): the one the passive was done to did not do the deed
        add(actors(builder, doer_tok), role)
    for t in tok.subtree:  # "the attack in Mombasa, Kenya, which targeted X": the clause is the attack's
        if t.dep_ == "relcl" and t.lemma_ in _VICTIM_VERBS and t.head.i != tok.i and t.head.ent_type_ in (
                "GPE", "LOC", "FAC"):
            add([a for o in objects(t) for a in actors(builder, o)], done_to)
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB" and g in (
            "mutiny", "violence", "invasion") and not is_passive(tok.head.head) \
            and tok.head.head.lemma_ not in OWN_TIME and tok.head.head.lemma_ not in ("say", "die", "kill"):
        add(actors(builder, subject(tok.head.head)), doer)  # "X pushed aside the leaders in a putsch"
    if tok.lemma_.lower() in EXCHANGES and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "as") \
            and tok.head.head.pos_ == "VERB":  # "A freed four soldiers and B returned two in an exchange"
        verb = tok.head.head
        verbs = [verb, *verb.conjuncts]
        if verb.dep_ in ("ccomp", "conj") and verb.head.lemma_ in _RELEASE_VERBS:
            verbs.append(verb.head)  # "A freed four soldiers and B returned two …" parsed as one clause in the other
        add([a for v in verbs for a in actors(builder, subject(v))], doer)
    if g == "mutiny" and tok.dep_ == "pobj" and tok.head.lower_ == "during" \
            and tok.head.head.lemma_ in ("negotiate", "talk", "bargain", "parley"):
        add([a for p in prep_objects(tok.head.head, ("with",)) for a in actors(builder, p)], doer)  # the mutineers
    if tok.dep_ == "nsubjpass" and (tok.head.lemma_ in _PERPETRATE_VERBS or g == "talks" and tok.head.lemma_ in
                                    _BROKER_VERBS | {"chair"}):  # "the mutiny was led by X", "the talks were
        add([a for p in agent_of_passive(tok.head) for a in actors(builder, p)], doer)  # chaired by Y"
    if tok.dep_ in ("nsubj",) and tok.head.lemma_ in ("target", "kill", "hit", "wound"):
        add([a for o in objects(tok.head) for a in actors(builder, o)], done_to)
    clause = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    if g == "violence" and done_to and clause is not None and clause.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in clause.children) and not any(r == done_to for _, r in out):
        # "X was leaving a courthouse when a bomb went off beside her convoy": X was the target
        add([a for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")
             for a in actors(builder, c, ("Person",))], done_to)
    return out


# Things people travel in or live in: an attack on them is an attack on their owner or passenger.
_PROPERTY = {"convoy", "motorcade", "car", "vehicle", "home", "house", "residence", "office", "helicopter", "plane",
             "jet", "suv", "truck", "boat", "compound", "headquarters"}


_POSITIONS = {"camp", "base", "position", "hideout", "stronghold", "outpost", "depot", "barracks"}
_PREMISES = {"headquarters", "office", "offices", "premises", "refinery", "terminal", "plant", "facility",
             "warehouse", "studio", "studios", "newsroom"}  # a body's premises: an attack on them is on the body


def _owners(builder, noun) -> list[str]:
    """"the convoy of Somalia's security minister", "her armoured convoy", "a vehicle he was travelling in":
    the person whose vehicle or home was hit."""
    if noun.lemma_.lower() in _POSITIONS:  # "struck three ADF camps", "shelled the group's positions": the force
        return [a for c in noun.children if c.dep_ in ("compound", "poss", "nmod")
                for a in actors(builder, c, ("Organisation",))]
    if noun.lemma_.lower() not in _PROPERTY | _PREMISES:
        return []
    found = [a for c in noun.children if c.dep_ == "poss" for a in actors(builder, c, ("Person",))]
    found += [a for p in prep_objects(noun, ("of", "carrying")) for a in actors(builder, p, ("Person",))]
    if noun.lemma_.lower() in _PREMISES:  # "the headquarters of the X Association", "X's refinery": named bodies
        found += [e for c in [*(c for c in noun.children if c.dep_ == "poss"), *prep_objects(noun, ("of",))]
                  if c.i not in builder.coref_tokens for e in [entity_of(builder, c)]
                  if e and builder.label(e) == "Organisation"]
    found += [a for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_ in ("travel", "ride", "carry", "live", "sit")
              for x in (subject(c), *objects(c)) if x is not None and x.i != noun.i for a in actors(builder, x, ("Person",))]
    return found


_NOT_PARTIES = {"say", "tell", "report", "announce", "state", "add", "confirm", "claim", "deny", "kill", "die",
                "attack", "arrest", "detain", "collapse", "break", "end", "resume", "stall", "fail"}


# Nouns of a third party's role in talks: "under the mediation / auspices / chairmanship of X".
_MEDIATION_NOUNS = {"mediation", "auspices", "chairmanship", "aegis", "sponsorship", "patronage", "facilitation",
                    "stewardship", "supervision"}


def _mediators(builder, tok) -> list[str]:
    """Third parties told around a talks word: "under the mediation of Tanzania and Rwanda" anywhere in its
    sentence (the parser hangs the phrase on the verb, the place or the date), "Omani mediators", "Kenya and
    Uganda held talks in Nairobi, hosted by Tanzania" (on the verb the talks are the object of)."""
    found = [a for u in builder.tokens({"under"}, builder.sentence(tok)) for p in u.children
             if p.dep_ == "pobj" and (p.lemma_ in _MEDIATION_NOUNS or p.lower_ in _MEDIATION_NOUNS)
             for x in prep_objects(p, ("of",)) for a in actors(builder, x)]
    for m in builder.tokens({"mediator"}, builder.sentence(tok)):  # "Omani mediators shuttled between …"
        for c in [x for c in m.children if c.dep_ in ("amod", "compound") for x in (c, *c.conjuncts)]:
            state = gz.demonym_of_token(c)  # ("Egyptian and Qatari mediators": both)
            if state:
                found.append(country_entity(builder, state, c.text))
    verb = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok  # "a round of talks between A
    for c in [*(verb.children if verb is not None else ()), *noun.subtree]:  # and B, brokered by X," (in its phrase)
        if c.dep_ in ("advcl", "acl") and c.lemma_ in _BROKER_VERBS and is_passive(c):
            found += [a for x in _brokered_by(c) for a in actors(builder, x)]
    return list(dict.fromkeys(found))


def _brokered_by(verb) -> list:
    """"brokered by Tanzania together with the African Union and Norway": the agents and whoever
    brokered beside them."""
    return agent_of_passive(verb) + along_with(verb) + [p for a in agent_of_passive(verb) for p in along_with(a)]


def _verb_around_talks(tok):
    """The verb whose clause the talks frame ("during talks in Ohrid", "after three days of talks"), when its
    subjects are the parties (not "X said after the talks", not "the talks collapsed")."""
    where = _where_they_met(tok)
    if where is not None:
        return where
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_ in SPELLS | {"year"} \
            and t.head.head.dep_ == "pobj":
        t = t.head.head  # "three days of talks"
    if t.dep_ != "pobj" or t.head.lower_ not in ("during", "after", "at", "following") and not (
            t.head.lower_ == "in" and t.head.head.lemma_ in _IN_TALKS_VERBS):
        return None
    verb = t.head.head
    agreed = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ in _AGREE_VERBS and c.i < t.i), None)
    if verb.lemma_ in modality.SAY_VERBS and agreed is not None:  # "A and B have agreed to free …, the UN said on Sunday,
        verb = agreed  # after two weeks of talks": the parse hangs the talks on the report, the sides agreed
    if verb.pos_ != "VERB" or verb.lemma_ in _NOT_PARTIES or is_passive(verb):
        return None
    return verb


_AGREE_VERBS = {"agree", "sign", "reach", "strike", "seal", "accept", "commit", "settle", "endorse", "initial"}
# Verbs whose subjects are in the talks "in talks" follows: "spent six hours in talks", "engaged in talks".
_IN_TALKS_VERBS = {"spend", "engage", "lock", "remain"}


def _where_they_met(tok):
    """"a meeting on Tuesday in the border city of X, where A and his Colombian counterpart agreed to …":
    the clause on the meeting's place tells who met there."""
    places = [p for p in tok.head.children if p.dep_ == "prep" and p.lower_ in ("in", "at") and p.i > tok.i] \
        if tok.dep_ == "dobj" else []  # ("overshadowed a meeting on Tuesday in X, where …": on the verb)
    for c in (t for top in (tok, *places) for t in top.subtree):
        if c.dep_ == "relcl" and c.lemma_ in _AGREE_VERBS | {"meet", "discuss"} and c.head.i > tok.i \
                and c.head.ent_type_ in ("GPE", "LOC", "FAC") \
                and any(x.dep_ == "advmod" and x.lower_ == "where" for x in c.children):
            return c
    return None


# Verbs of a third party at talks (the sides negotiate; these only take part).
MEDIATE_VERBS = {"broker", "mediate", "host", "chair", "co-chair", "facilitate", "sponsor", "convene", "oversee"}


def parties_around_talks(builder, tok) -> tuple[list[str], bool]:
    """Those acting in the clause talks frame ("A and B backed the plan during talks in Ohrid"), and whether
    they were the sides (not "Qatar and Turkey brokered a ceasefire at talks": the brokers take part only)."""
    verb = _verb_around_talks(tok)
    if verb is None:
        return [], False
    return list(dict.fromkeys(a for t in _subjects(verb) for a in actors(builder, t))), \
        verb.lemma_ not in MEDIATE_VERBS


def _subjects(verb) -> list:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return [subj, *subj.conjuncts] if subj is not None else []


_UNIT_WORDS = {"unit", "units", "forces", "troops", "ships", "aircraft", "warplanes", "soldiers"}


def _speakers_units(builder, verb) -> list[str]:
    """"The Eastern Theater Command said army and navy units were taking part": the speaker's own units."""
    subj = subject(verb)
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head != clause:
        clause = clause.head
    if subj is None or subj.lower_ not in _UNIT_WORDS or clause.dep_ != "ccomp" or clause.head.lemma_ != "say":
        return []
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return actors(builder, speaker, ("Organisation",)) if speaker is not None else []


def _hosting_verb(tok):
    """The "host"/"welcome"/"bring" verb a "for (two days of) talks" hangs on, or None."""
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "pobj":
        t = t.head.head  # "for two days of talks"
    if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.pos_ == "VERB" \
            and t.head.head.lemma_ in ("host", "welcome", "bring", "invite", "receive"):
        return t.head.head
    return None


def place_of(builder, tok) -> str | None:
    scope = [tok] + ([tok.head] if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass") else [])
    scope += [tok.head.head] if tok.lemma_ == "trial" and tok.dep_ == "pobj" else []  # "went on trial in X"
    scope += [c for c in tok.children if tok.pos_ == "VERB" and c.dep_ == "conj" and c.pos_ == "VERB" and not any(
        x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]  # "was shot and wounded in Nairobi"
    scope += [c for c in tok.children if c.dep_ == "nsubj" and c.lemma_ in ("court", "tribunal")]  # "a court in X
    for t in scope:  # sentenced …": where the court sits
        for p in prep_objects(t, ("in", "at", "near", "outside", "inside", "on")):
            for x in p.subtree:
                eid = builder.token_entity.get(x.i)
                if eid and builder.entities[eid].type in ("Location", "Country") and not (
                        x.i in builder.coref_tokens and x.dep_ == "poss"):  # not "in the country's history"
                    return eid
    return None


_TRAVEL = {"travel", "fly", "arrive", "go", "head", "come", "return", "meet"}


def spell_sides(tok) -> list:
    """"two rounds of talks in Doha last month between A and B": the sides hang on "rounds", or on the verb
    that governs it, right after the talks."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in SPELLS | {"year"}):
        return []
    spell = tok.head.head
    sides = prep_objects(spell, ("between",))
    if not sides and spell.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and spell.head.pos_ == "VERB":
        sides = [p for c in spell.head.children if c.dep_ == "prep" and c.lower_ == "between" and c.i > tok.i
                 for p in c.children if p.dep_ == "pobj"]
    return sides


_HALT_VERBS = {"halt", "end", "stop", "pause", "freeze", "suspend", "quell", "calm"}


def halted_sides(tok) -> list:
    """"A ceasefire brokered by X in 2024 halted a year of fighting between A and B": the sides of the deal are
    those of the fighting it ended."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ not in _HALT_VERBS or tok.head.pos_ != "VERB":
        return []
    fights = objects(tok.head)
    fights += [p for o in fights for p in prep_objects(o, ("of",))]  # "a year of fighting between …"
    return [p for o in fights for p in prep_objects(o, ("between",))]


_DELEGATES = {"delegation", "team", "side", "negotiators", "representatives", "delegates", "facilitator", "mediator",
              "mediators", "envoy"}


def delegations(builder, doc, events, mentions) -> None:
    """"the Russian delegation was led by X": X and Russia took part in the nearest talks; so did an envoy
    "shuttling between" the parties."""
    talks = [(m.tok.i, m) for m in mentions if group(m.type) == "talks"]
    if not talks:
        return
    for tok in builder.tokens(_DELEGATES):
        if tok.lower_ not in _DELEGATES or tok.pos_ != "NOUN":
            continue
        near = _near_talks(talks, tok, tok.dep_ == "nsubjpass" and tok.head.lemma_ in ("lead", "head"))
        if not near:
            continue
        m = _nearest(near, tok, talks)
        ids = actors(builder, tok)
        ids += [a for c in tok.children if c.dep_ == "appos" for a in actors(builder, c, ("Person",))]  # "its facilitator, X"
        ids += [a for c in tok.children if c.dep_ == "poss" for a in actors(builder, c)]  # "Malaysia's facilitator"
        if tok.dep_ == "dobj" and tok.head.lemma_ in ("head", "lead") and tok.lower_ == "team":
            ids += actors(builder, subject(tok.head), ("Person",))  # "X, who heads the government's negotiating team"
        if tok.lower_ == "mediators":
            ids += [a for p in prep_objects(tok, ("from",)) for a in actors(builder, p)]  # "mediators from Norway and Y"
        if tok.lower_ in ("representatives", "delegates"):
            for p in prep_objects(tok, ("of", "from")):  # "representatives of the BRN, headed by its negotiator, X"
                ids += actors(builder, p)
                ids += [a for c in p.children if c.dep_ == "acl" and c.lemma_ in ("lead", "head")
                        for q in agent_of_passive(c) for x in (q, *(g for g in q.children if g.dep_ == "appos"))
                        for a in actors(builder, x, ("Person",))]
        verb = tok.head
        if tok.dep_ == "nsubjpass" and verb.lemma_ in ("lead", "head"):
            ids += [a for p in agent_of_passive(verb) for a in actors(builder, p)]
        ids += [a for c in tok.children if c.dep_ == "acl" and c.lemma_ in ("lead", "head")  # "a delegation led by X"
                for p in agent_of_passive(c) for a in actors(builder, p)]
        if tok.dep_ in ("nsubj", "nsubjpass"):  # "the team … included Adm. X", "the delegation includes Y"
            ids += [a for v in (verb, *verb.conjuncts) if v.lemma_ == "include" and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in v.children)
                    for o in objects(v) for a in actors(builder, o, ("Person",))]
        m.roles.extend((a, "PARTICIPATED_IN") for a in ids if (a, "PARTICIPATED_IN") not in m.roles)
    for tok in builder.tokens({"lead", "head"}):  # "Kenya's delegation was led by X. Uganda's was headed by Y"
        owner = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if tok.pos_ != "VERB" or owner is None or not any(c.dep_ == "case" for c in owner.children) \
                or not any(t.lower_ in _DELEGATES for t in builder.doc[max(0, tok.i - 60):tok.i]):
            continue  # (a bare possessive for a subject: the noun told just before is left out)
        near = _near_talks(talks, tok, True)
        if near:
            m = _nearest(near, tok, talks)
            ids = actors(builder, owner) + [a for p in agent_of_passive(tok) for a in actors(builder, p)]
            m.roles.extend((a, "PARTICIPATED_IN") for a in ids if (a, "PARTICIPATED_IN") not in m.roles)
    for tok in builder.tokens({"attend", "part"}):  # "the meeting was attended by X and by Y"; "Y also took part"
        near = _near_talks(talks, tok)
        if not near:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        before = [x for x in near if x.tok.i < tok.i] or near  # "X also took part": in talks told before
        m = next((x for x in near if subj is not None and x.tok.i == subj.i), None) or _nearest(before, tok, talks)
        ids = []
        if tok.lemma_ == "attend" and tok.pos_ == "VERB" and is_passive(tok):
            agents = [p for a in (c for c in tok.children if c.dep_ == "agent") for p in a.children if p.dep_ == "pobj"]
            agents += [p for c in tok.children if c.dep_ == "conj" and c.lower_ == "by" for p in c.children]
            for p in agents:
                ids += actors(builder, p)
                ids += [a for c in p.children if c.dep_ == "acl" and c.lemma_ in ("lead", "head")
                        for q in _agents(c) for a in actors(builder, q)]
        elif tok.lower_ == "part" and tok.dep_ == "dobj" and tok.head.lemma_ == "take" and not any(
                c.dep_ == "prep" for c in tok.head.children):  # "X also took part" (in the talks told just before)
            ids = actors(builder, subject(tok.head))
        m.roles.extend((a, "PARTICIPATED_IN") for a in ids if (a, "PARTICIPATED_IN") not in m.roles)
    for tok in builder.tokens({"represent"}):  # "while the rebels are represented by Y"
        near = _near_talks(talks, tok)
        if tok.pos_ != "VERB" or not is_passive(tok) or not near:
            continue
        m = _nearest(near, tok, talks)
        ids = [a for c in tok.children if c.dep_ == "nsubjpass" for a in actors(builder, c)]
        ids += [a for p in agent_of_passive(tok) for a in actors(builder, p)]
        m.roles.extend((a, "PARTICIPATED_IN") for a in ids if (a, "PARTICIPATED_IN") not in m.roles)
    for tok in builder.tokens({"shuttle"}):  # "envoy X spent weeks shuttling between Beirut and Jerusalem"
        near = _near_talks(talks, tok)
        if tok.pos_ != "VERB" or tok.lemma_ != "shuttle" or not near or not prep_objects(tok, ("between",)):
            continue
        m = min(near, key=lambda x: abs(x.tok.i - tok.i))
        ids = actors(builder, subject(tok), ("Person",))
        m.roles.extend((a, "PARTICIPATED_IN") for a in ids if (a, "PARTICIPATED_IN") not in m.roles)


_THE_DEAD = {"victim", "victims", "dead", "deceased", "body", "bodies"}


def _a_doer_before(noun, violent) -> bool:
    """"Witnesses said a man on a motorcycle fired six shots. Police identified the man as X": "the man" is the
    one a sentence since the violence made the doer of something, not the victim."""
    start = max((m.tok.sent.start for m in violent if m.tok.i < noun.i), default=0)
    return any(t.lower_ == noun.lower_ and t.dep_ == "nsubj" for t in noun.doc[start:noun.i])


def _named_as(builder, verb, who) -> list[str]:
    """The people "identified (named) … as A and B" names: the "as" hangs on the verb or on the one named."""
    return [a for p in prep_objects(verb, ("as",)) + [x for o in who for x in prep_objects(o, ("as",))]
            for t in (p, *p.conjuncts) for a in actors(builder, t, ("Person",))]


def _victims_identified(builder, mentions) -> None:
    """"A drone strike killed a senior commander of X … The military identified the man as Y", "identified the
    most senior of the dead as Brig. Gen. Z": the one named is the victim of the violent event told last before."""
    violent = [m for m in mentions if group(m.type) == "violence"]
    held = [m for m in mentions if m.type == "arrest"]
    for tok in builder.tokens({"identify", "name"}):
        if tok.pos_ != "VERB" or modality.negated(tok) or not violent:
            continue
        who = objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not any(w.lower_ in _THE_DEAD or any(p.lower_ in _THE_DEAD for p in prep_objects(w, ("of",)))
                   or w.lower_ in ("man", "woman") and not _a_doer_before(w, violent) for w in who):
            continue  # ("identified the gunman as X": not a victim; "named the men as X": those held, as a rule)
        named = _named_as(builder, tok, who)
        before = [m for m in violent + held if 0 <= tok.i - m.tok.i < 300]
        m = max(before, key=lambda x: x.tok.i) if before else None
        if named and m is not None and m.type != "arrest":  # ("police arrested three men … named the men as X")
            m.roles.extend((a, "TARGET_OF") for a in named if (a, "TARGET_OF") not in m.roles)


_HELD = {"them", "him", "her", "suspects", "suspect", "men", "man", "women", "woman", "ringleader", "leader",
         "detainee", "detainees", "mastermind", "national", "citizen", "resident"}


def identified(builder, mentions) -> None:
    """"… were detained on Tuesday, the office said, identifying them only as Thomas R. and Martina K.":
    the people named are those arrested."""
    _victims_identified(builder, mentions)
    arrests = [(m.tok.i, m) for m in mentions if m.type == "arrest"]
    for _i, m in arrests:  # "Also detained was X", "Among those arrested was Y", "arrested, along with Z"
        if m.tok.pos_ == "VERB":  # "arrested three men …, including a mechanic, X" (hung on the verb)
            listed = [p for c in _clause_preps(m.tok, ("including", "among")) for p in c.children
                      if p.dep_ == "pobj" and p.pos_ != "PRON"]
            listed += [a for p in listed for a in p.children if a.dep_ == "appos"]
            named = [a for p in named_after(m.tok) + along_with(m.tok) + listed for a in actors(builder, p, ("Person",))]
            m.roles.extend((a, "TARGET_OF") for a in named if (a, "TARGET_OF") not in m.roles)
    for tok in builder.tokens({"include"}):  # "The other detainees include X, a cleric, and Y"
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        before = [m for i, m in arrests if 0 <= tok.i - i < 300]
        if tok.pos_ == "VERB" and subj is not None and before and (subj.lemma_ in _HELD or any(
                c.dep_ in ("acl", "relcl") and c.lemma_ in ("detain", "arrest", "hold", "capture", "seize")
                for c in subj.children)):  # "Those detained include X", "The people arrested include Y"
            named = [a for o in objects(tok) for a in actors(builder, o, ("Person",))]
            m = max(before, key=lambda x: x.tok.i)
            m.roles.extend((a, "TARGET_OF") for a in named if (a, "TARGET_OF") not in m.roles)
    for tok in builder.tokens({"identify", "name", "suspect", "detainee", "ringleader", "man", "woman"}):
        if tok.lemma_ in ("man", "woman") and not (tok.tag_ == "NN" and any(
                c.dep_ == "amod" and c.lower_ in _ORDINALS for c in tok.children)) and not _the_held(tok):
            continue  # "The second man, X, …" after "detained the two men", "The men, X and Y, …"; not any man
        if tok.pos_ == "NOUN" and tok.lemma_ in ("suspect", "detainee", "ringleader", "man", "woman"):
            # "The Iranian suspect, Reza Karimi, …" after the arrests are told
            before = [m for i, m in arrests if 0 <= tok.i - i < 200]
            named = [a for c in tok.children if c.dep_ == "appos" for a in actors(builder, c, ("Person",))] or (
                _names_after_comma(builder, tok))  # "arrested two suspects, X and Y" with the names hung elsewhere
        elif tok.pos_ == "VERB" and (any(o.lower_ in _HELD for o in objects(tok)) or any(
                c.dep_ == "nsubjpass" and (c.lemma_ in _HELD or c.lower_ == "they" or any(
                    p.lemma_ in _HELD for p in prep_objects(c, ("of",)))) for c in tok.children)
                or (tok.dep_ == "acl" and tok.head.lemma_ in _HELD and not (
                    indefinite(tok.head) and tok.head.dep_ == "pobj"))):
            # ("They were named as A, B and C"; not "handed it to a man later identified as X": someone new)
            # "two suspects, identified as X and Y"; "Two of the suspects were named by prosecutors as X"
            # "identifying them only as X and Y", "named the alleged ringleader as X", "was identified as X"
            before = [m for i, m in arrests if 0 <= tok.i - i < 200]
            named = _named_as(builder, tok, objects(tok))
        else:
            continue
        if before and named:
            m = max(before, key=lambda x: x.tok.i)
            m.roles.extend((a, "TARGET_OF") for a in named if (a, "TARGET_OF") not in m.roles)


_ORDINALS = {"second", "other", "first", "third", "younger", "older", "elder"}


def _the_held(tok) -> bool:
    """"The men, X and Y, …", "Both women, …": the plural people told as held, named in apposition."""
    return tok.tag_ == "NNS" and any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "both", "all")
                                     for c in tok.children) and any(c.dep_ == "appos" for c in tok.children)


def among_them(builder, mentions) -> None:
    """"Three suspects were detained on Tuesday … Among them was X, a serving army major": X was arrested
    (the latest arrest told in the two hundred words before)."""
    arrests = [m for m in mentions if m.type == "arrest"]
    for tok in builder.tokens({"among"}):
        pron = next((c for c in tok.children if c.dep_ == "pobj" and c.lower_ in ("them", "those")), None)
        if pron is None or tok.head.lemma_ != "be" or not any(c.dep_ == "pobj" for c in tok.children):
            continue
        before = [m for m in arrests if 0 < tok.i - m.tok.i < 200]
        named = [a for c in tok.head.children if c.dep_ in ("nsubj", "attr") for a in actors(builder, c, ("Person",))]
        if before and named:
            m = max(before, key=lambda x: x.tok.i)
            m.roles.extend((a, "TARGET_OF") for a in named if (a, "TARGET_OF") not in m.roles)


def _clause_preps(verb, words: tuple[str, ...]) -> list:
    """Prepositions of the verb's own clause, wherever the parser hung them ("arrested three men in connection
    with the bombing, including X": "including" hangs on "connection"), not inside a clause of their own."""
    out, stack = [], list(verb.children)
    while stack:
        t = stack.pop()
        if t.dep_ in ("relcl", "acl", "ccomp", "advcl", "xcomp", "conj", "parataxis"):
            continue
        if t.dep_ == "prep" and t.lower_ in words:
            out.append(t)
            continue
        stack.extend(t.children)
    return out


def _names_after_comma(builder, tok) -> list[str]:
    """Persons listed right after "<noun>," ("two suspects, Ivan Mora and Luis Vera"), however parsed."""
    doc, out, i = tok.doc, [], tok.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return out
    i += 1
    while i < len(doc) and i - tok.i < 16:
        eid = builder.token_entity.get(i)
        if eid and builder.label(eid) == "Person":
            if eid not in out:
                out.append(eid)
        elif doc[i].lower_ not in ("and", ",") and not doc[i].text[:1].isupper():
            break
        i += 1
    return out


def _agents(verb) -> list:
    """Agents of a passive, with "… by X and by Y" read as two (the parser hangs the second "by" on the first)."""
    out = list(agent_of_passive(verb))
    for a in (c for c in verb.children if c.dep_ == "agent"):
        out += [p for c in a.children if c.dep_ == "conj" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    return out


def _near_talks(talks: list, tok, led: bool = False) -> list:
    """Talks told within 80 words of a delegation word; for a delegation said to be led by someone, else those
    in the 150 words before it ("The talks, …, were chaired by X. [a paragraph] Kenya's delegation was led by Y")."""
    return [m for i, m in talks if abs(i - tok.i) < 80] or (
        [m for i, m in talks if 0 < tok.i - i < 150] if led else [])


def _nearest(near: list, tok, talks: list):
    """The talks a delegation or attendee belongs to: the nearest mention, passing over talks dated before
    the article's latest ones ("the committee that monitors the 2024 ceasefire")."""
    latest = max((m.date for _, m in talks if m.date), default="")
    recent = [m for m in near if not m.date or m.date >= latest[:len(m.date)]] or near
    return min(recent, key=lambda x: abs(x.tok.i - tok.i))


def state_led_by(builder, actor: str) -> str | None:
    """The state a head of state or government leads (read by roles.titles)."""
    for rel in builder.relations.values():
        if rel.type == "LEADS" and rel.source == actor and builder.entities[rel.target].type == "Country":
            return rel.target
    return None


def state_of_title(builder, actor: str) -> str | None:
    """"Indian External Affairs Minister X", "Kenya's Foreign Minister Y": the state a titled official
    serves, read from the word before the title, when the article names that state."""
    from newsgraph.schema import entity_id

    from .entities import entity_of, title_before

    doc = builder.doc
    for m, eid in builder.mentions:
        if eid != actor or not m.titles:
            continue
        _titles, first = title_before(doc, m.start)
        prev = first - 1
        while prev >= 0 and first - prev < 6 and doc[prev].text[:1].isupper() and not gz.demonym_of_token(
                doc[prev]) and builder.label(entity_of(builder, doc[prev]) or "") != "Country":
            prev -= 1  # "Indian External Affairs Minister X": title words the gazetteer does not list
        if prev >= 0 and doc[prev].text in ("'s", "’s"):
            prev -= 1
        if prev < 0:
            continue
        state = entity_of(builder, doc[prev])
        if state and builder.entities[state].type == "Country":
            return state
        name = gz.demonym_of_token(doc[prev])
        if name and entity_id("Country", name) in builder.entities:
            return entity_id("Country", name)
    for m, eid in builder.mentions:  # "X, the U.S. special envoy", "Venezuela's deputy foreign minister, Y"
        if eid != actor:
            continue
        root = doc[m.end - 1]
        for c in root.children:  # "Serbia's Milica Djordjevic", "Kosovo's deputy prime minister Besa Krasniqi"
            owner = c if c.dep_ == "poss" else next((g for g in c.children if g.dep_ == "poss"), None) if (
                c.dep_ == "compound" and c.pos_ == "NOUN") else None
            state = entity_of(builder, owner) if owner is not None else None
            if state and builder.entities[state].type == "Country":
                return state
        nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        for noun in (n for n in nouns if (n.pos_ == "NOUN" or n.lower_ in gz.ROLE_NOUNS)
                     and entity_of(builder, n) is None):  # ("Uganda's Security Minister, X": a capitalised title)
            for c in noun.children:
                state = entity_of(builder, c) if c.dep_ in ("poss", "nmod", "compound") else None
                if state and builder.entities[state].type == "Country":
                    return state
                name = gz.demonym_of_token(c) if c.dep_ == "amod" else None
                if name and entity_id("Country", name) in builder.entities:
                    return entity_id("Country", name)
    return None
