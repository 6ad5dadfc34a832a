"""Event nodes: triggers, types, dates, places, participants, and one node per real event.

A trigger word ("shot", "coup", "talks", "detained") gives a *mention* with an
ontology type; its date is the DATE attached to it in the parse, resolved
against publication ("on Friday", "in 2023"); "a day after" dates one event
from another. Mentions of the same event ("was shot … on Friday", "the
attack", "the shooting") merge into one node when type group, date and
participants or place agree. Vague words (plural generics, negated or
hypothetical events) make no event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.schema import Event, event_id

from . import dates, modality
from . import gazetteer as gz
from .entities import country_entity
from .actors import actors, agent_of_passive, is_passive, objects, prep_objects, subject

TRIGGERS = {
    "shoot": "shooting", "shooting": "shooting", "gunman": "shooting", "gunmen": "shooting", "gunfire": "shooting",
    "bombing": "bombing", "bomb": "bombing", "explosion": "bombing", "blast": "bombing", "explode": "bombing",
    "poison": "poisoning", "poisoning": "poisoning", "novichok": "poisoning",
    "assassination": "assassination_attempt", "assassinate": "assassination_attempt",
    "kill": "attack", "killing": "attack", "murder": "attack",
    "invasion": "invasion", "invade": "invasion",
    "mutiny": "mutiny", "coup": "mutiny", "rebellion": "mutiny", "putsch": "mutiny", "takeover": "mutiny",
    "talk": "negotiation", "talks": "negotiation", "negotiation": "negotiation", "negotiate": "negotiation",
    "ceasefire": "negotiation", "truce": "negotiation", "meet": "meeting", "meeting": "meeting", "summit": "meeting",
    "interference": "election_interference", "meddling": "election_interference", "interfere": "election_interference",
    "arrest": "arrest", "detain": "arrest", "detention": "arrest", "custody": "arrest",
    "attack": "attack", "strike": "attack", "raid": "attack", "airstrike": "attack", "ambush": "attack",
    "offensive": "attack", "assault": "attack", "storm": "attack", "seize": "attack", "crackdown": "attack",
    "sanction": "sanction", "fighting": "attack", "clashes": "attack", "drills": "other",
    "hack": "election_interference", "hacking": "election_interference", "rig": "election_interference",
    "rigging": "election_interference", "obstruct": "election_interference", "meddle": "election_interference",
    "agree": "negotiation", "bullet": "shooting", "bullets": "shooting", "gunshot": "shooting",
    "gunshots": "shooting", "wound": "attack", "injure": "attack",
}
_TRIGGER_KEYS = frozenset(TRIGGERS)
_ELECTION_LEMMAS = {"interference", "meddling", "interfere", "hack", "hacking", "rig", "rigging", "obstruct",
                    "meddle"}
_ELECTION_WORDS = re.compile(r"\b(election|elections|vote|campaign|poll|polls|ballot)\b", re.I)
_DEAL_WORDS = {"ceasefire", "truce", "deal", "cessation", "peace", "agreement", "accord", "armistice"}
_OBJECT_VERBS = {"strike", "attack", "raid", "storm", "wound", "injure"}  # verbs that make an event only with an object
GROUPS = {"shooting": "violence", "bombing": "violence", "poisoning": "violence", "assassination_attempt": "violence",
          "attack": "violence", "negotiation": "talks", "meeting": "talks"}
# More specific types win when mentions merge ("the attack" + "was shot" → shooting).
_SPECIFIC = {"attack": 0, "assassination_attempt": 1, "shooting": 2, "bombing": 2, "poisoning": 3}
_NEEDS_NOUN = {"talk", "strike", "attack", "gun", "raid", "storm", "custody", "meet", "negotiate", "bargain",
               "wound", "injure"}
_VERB_ONLY_PAST = {"meet", "negotiate", "seize", "bargain"}
_VICTIM_NOUNS = {"killing", "assassination", "murder", "arrest", "detention", "poisoning", "shooting"}
_HYPOTHETICAL = {"would", "will", "could", "might", "may", "threaten", "plan", "vow", "call", "prevent", "avoid",
                 "urge", "demand", "warn", "fear", "seek", "want", "propose", "risk"}
_VICTIM_VERBS = {"target", "kill", "hit", "topple", "oust", "wound", "injure", "depose", "poison"}
# Verbs whose subject takes part in the talks they govern ("A and B signed a ceasefire").
_TALK_VERBS = {"hold", "begin", "resume", "suspend", "sign", "reach", "agree", "broker", "attend", "join", "host",
               "conclude", "open", "mediate"}
# Passive verbs whose agent did the event ("carried out by", "mediated by"), unlike "condemned by".
_AGENT_VERBS = {"lead", "carry", "stage", "launch", "order", "conduct", "claim", "mount", "execute", "commit",
                "perpetrate", "mastermind", "organise", "organize", "plan", "mediate", "broker", "host", "chair",
                "hold", "sponsor", "orchestrate", "fire"}
_PROSPECTIVE = {"warrant", "order", "call", "demand", "request", "plan", "threat", "vow", "bid", "push", "proposal",
                "appeal", "plea", "hope", "offer"}
_PERPETRATE_VERBS = {"launch", "carry", "stage", "mount", "conduct", "order", "lead", "oversee", "claim",
                     "execute", "unleash", "commit", "begin", "start"}
_DURATION = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|more than|"
                       r"nearly|about|over|hours?|decades?)\b.*\b(minutes?|hours?|days?|weeks?|months?|years?|decades?)\b",
                       re.I)
_RELATIVE = re.compile(r"^(?:less than |more than |just |only )?(a|an|one|two|three|four|five|six|seven|\d+) "
                       r"(day|days|week|weeks)$", re.I)
_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_PARTICIPANT_ROLES = {"violence": ("PERPETRATOR_OF", "TARGET_OF"), "arrest": ("PERPETRATOR_OF", "TARGET_OF"),
                      "mutiny": ("PERPETRATOR_OF", "TARGET_OF"), "invasion": ("PERPETRATOR_OF", "TARGET_OF"),
                      "sanction": (None, "TARGET_OF"), "talks": ("PARTICIPATED_IN", "PARTICIPATED_IN"),
                      "election_interference": ("PERPETRATOR_OF", "TARGET_OF"), "other": (None, None)}


@dataclass
class _Mention:
    tok: object
    type: str
    date: str | None = None
    place: str | None = None
    roles: list[tuple[str, str]] = field(default_factory=list)  # (actor id, role type)
    relative: tuple[int, int] | None = None  # (anchor verb token, days from the anchor's date)
    same: bool = False  # "the same day": the date of the previous dated mention
    weak: bool = False  # the date is the report's ("X said on Thursday it had …"), not the event's own
    event: int | None = None  # index of the merged event


def group(t: str) -> str:
    return GROUPS.get(t, t)


# triggers ----------------------------------------------------------------------------
def _trigger_type(tok) -> str | None:
    lemma = tok.lemma_.lower()
    etype = TRIGGERS.get(lemma) or (TRIGGERS.get(tok.lower_) if tok.pos_ == "NOUN" else None)
    if etype is None or tok.pos_ not in ("NOUN", "VERB", "PROPN"):
        return None
    if lemma in _NEEDS_NOUN and tok.pos_ == "VERB" and lemma not in _VERB_ONLY_PAST:
        has_victim = objects(tok) or any(c.dep_ == "nsubjpass" for c in tok.children)
        if not (lemma in _OBJECT_VERBS and has_victim and tok.tag_ in ("VBD", "VBN", "VBZ")):
            return None
    if lemma == "agree" and not (tok.pos_ == "VERB" and any(t.lower_ in _DEAL_WORDS for t in tok.subtree)):
        return None
    if tok.pos_ == "VERB" and lemma in _VERB_ONLY_PAST and tok.tag_ not in ("VBD", "VBN") and not (
            tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("after", "before")):
        return None
    if lemma == "shoot" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children):
        return None  # "shot down 34 drones" is an interception, not a shooting
    if lemma == "sanction" and tok.pos_ != "VERB" and not (tok.lower_ == "sanctions" and tok.dep_ == "dobj"
                                                            and tok.head.lemma_ in ("impose", "announce", "slap")):
        return None
    if lemma in _ELECTION_LEMMAS and not _ELECTION_WORDS.search(tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text
                                                                 if lemma not in ("interference", "meddling")
                                                                 else tok.sent.text):
        return None
    if lemma == "seize" and not any(c.ent_type_ in ("GPE", "LOC", "FAC") for c in objects(tok)):
        return None if not any(c.lower_ == "power" for c in objects(tok)) else "mutiny"
    return etype


def _vague(tok, date: str | None) -> bool:
    """Generic, negated or hypothetical mentions are no event ("attacks on officers", "has not been arrested")."""
    if modality.negated(tok) or (tok.dep_ in ("conj",) and modality.negated(tok.head)):
        return True
    head = tok if tok.pos_ == "VERB" else tok.head
    for t in (head, head.head):
        as_subject = tok.dep_ in ("nsubj", "nsubjpass") and t.i == tok.head.i  # "the attack was planned"
        if (t.lemma_ in _HYPOTHETICAL and not as_subject) or any(c.lower_ in ("would", "will", "could", "might", "should", "must", "can")
                                            for c in t.children):
            return True
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN" \
            and tok.head.head.lemma_ in _PROSPECTIVE:
        return True  # "a warrant for his arrest", "calls for talks": not (yet) an event
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lower_ not in ("talks", "negotiations", "strikes", "airstrikes"):
        return not (date and len(date) >= 7)
    if tok.lower_ in ("strikes", "airstrikes") and not date:
        return True
    if any(c.dep_ == "det" and c.lower_ in ("no", "any", "every", "each") for c in tok.children):
        return True
    if tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("nobody", "none", "no-one")
                                  for c in tok.children):
        return True  # "nobody has been detained"
    return False


# dates -------------------------------------------------------------------------------
_DATE_WORD = re.compile(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                        r"may|june|july|august|september|october|november|december)$", re.I)
_SPEECH = {"say", "announce", "report", "tell", "state", "confirm", "claim", "declare", "add", "write"}
_DATE_DEPS = ("prep", "npadvmod", "advmod", "tmod", "poss", "nmod", "compound", "nummod", "amod")


def _governing_verb(tok):
    """The verb a noun trigger hangs from ("carried out an attack", "killed in a strike")."""
    v = tok
    for _ in range(4):
        if v.head == v:
            return None
        v = v.head
        if v.pos_ in ("VERB", "AUX"):
            return v
    return None


def _scopes(tok) -> list[set[int]]:
    """Token sets whose dates belong to a trigger, best first: its own phrase, its verb's, its speaker's."""
    own = {t.i for t in tok.subtree}
    for t in tok.subtree:  # "sanctions … over the attack last year": that date is the attack's
        if t.i != tok.i and t.i in own and t.dep_ not in ("compound", "amod") and _trigger_type(t):
            own -= {x.i for x in t.subtree}
    scopes = [own]
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    if verb is not None and tok.pos_ == "VERB" and tok.dep_ in ("advcl", "conj", "xcomp") and not _after_mark(tok):
        verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else verb
    if verb is not None and verb.i != tok.i and not (tok.pos_ != "VERB" and _own_time(verb)):
        scopes.append({t.i for c in verb.children if c.dep_ in _DATE_DEPS for t in c.subtree} - own)
    if tok.pos_ != "VERB":
        return scopes  # "said … backed the takeover": the saying's date is not the takeover's
    speech = verb if verb is not None else tok
    for _ in range(3):
        if speech.dep_ == "ccomp" and speech.head.lemma_ in _SPEECH:
            scopes.append({t.i for c in speech.head.children if c.dep_ in _DATE_DEPS for t in c.subtree})
            break
        if speech.head == speech:
            break
        speech = speech.head
    return scopes


# Verbs whose date is their own act, not the event they govern: "detained X over the bombing",
# "charged X with hacking", "suspended the talks on Friday".
_OWN_TIME = {"charge", "accuse", "blame", "sanction", "suspect", "suspend", "halt", "freeze", "end", "cancel",
             "abandon", "resume", "quit", "withdraw", "cite", "condemn", "deny", "investigate", "mark",
             "commemorate", "announce", "welcome", "back", "praise", "recognise", "recognize", "reject"}


def _own_time(verb) -> bool:
    return verb.lemma_ in _OWN_TIME or _trigger_type(verb) is not None


def _after_mark(tok) -> bool:
    return any(c.dep_ in ("mark", "prep") and c.lower_ in ("after", "before") for c in tok.children) or (
        tok.dep_ == "pobj" and tok.head.lower_ in ("after", "before"))


def _date_in_scope(builder, scope: set[int], published):
    """(ISO date, "same" flag) from DATE entities in ``scope``, else from bare weekday/month words."""
    for ent in builder.date_ents():
        if ent.root.i not in scope:
            continue
        text = ent.text
        if "old" in text or _RELATIVE.match(text.strip()):
            continue
        if re.search(r"\bsame (day|evening|morning|night|afternoon)\b", text, re.I):
            return None, True
        iso = dates.resolve(text, published)
        if iso:
            return iso, False
    for i in builder.date_words():
        if i not in scope:
            continue
        t = builder.doc[i]
        phrase = builder.doc[t.left_edge.i:t.right_edge.i + 1].text if t.dep_ != "ROOT" else t.text
        iso = dates.resolve(phrase, published) or dates.resolve(t.text, published)
        if iso:
            return iso, False
    return None, False


def _previous_day(builder, tok, published) -> str | None:
    """"the same day": the last day-precise date written before ``tok``."""
    for ent in reversed(builder.date_ents()):
        if ent.end <= tok.i and "same" not in ent.text.lower():
            iso = dates.resolve(ent.text, published)
            if iso and len(iso) == 10:
                return iso
    return None


def _relative(builder, tok) -> tuple[int, int] | None:
    """"met a day after …" / "came a day after delegations met": (anchor verb, days from it)."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and _after_mark(tok.head):  # "a day after X held talks"
        tok = tok.head
    if not _after_mark(tok):
        return None
    clause = tok if tok.pos_ == "VERB" else tok.head
    head = clause.head if clause.dep_ in ("advcl", "prep") else None
    if tok.dep_ == "pobj":
        head = tok.head.head
    if head is None:
        return None
    after = any(c.lower_ == "after" for c in [*clause.children, tok.head])
    for ent in builder.date_ents():
        m = _RELATIVE.match(ent.text.strip())
        if m and ent.root.head.i in (clause.i, head.i, tok.i):
            n = _NUM.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 1)
            if m.group(2).startswith("week"):
                n *= 7
            return head.i, (-n if after else n)
    return None


def _resolve(builder, tok, published: str | None):
    """(ISO date, relative anchor, same-as-previous flag, weak flag) for a trigger."""
    rel = _relative(builder, tok)
    scopes = _scopes(tok)
    for k, scope in enumerate(scopes):
        iso, same = _date_in_scope(builder, scope, published)
        if iso or same:
            return iso, rel, same, k == len(scopes) - 1 and k >= 1 and _speech_scoped(tok)
    return None, rel, False, False


def _speech_scoped(tok) -> bool:
    """The last scope of a verb trigger is its speaker's when it is reported speech."""
    t = tok
    for _ in range(3):
        if t.dep_ == "ccomp" and t.head.lemma_ in _SPEECH:
            return True
        if t.head == t:
            return False
        t = t.head
    return False


# participants -------------------------------------------------------------------------
def _participants(builder, tok, etype) -> list[tuple[str, str]]:
    g = group(etype)
    doer, done_to = _PARTICIPANT_ROLES.get(g, (None, None))
    out: list[tuple[str, str]] = []
    add = lambda ids, role: out.extend((a, role) for a in ids if role)
    if tok.pos_ == "VERB":
        if is_passive(tok):
            add([a for c in tok.children if c.dep_ == "nsubjpass" for a in actors(builder, c)], done_to)
            add([a for p in agent_of_passive(tok) for a in actors(builder, p)], doer)
        else:
            add(actors(builder, subject(tok)), doer)
            add([a for o in objects(tok) for a in actors(builder, o)], done_to)
            if g == "talks":
                add([a for p in prep_objects(tok, ("with",)) for a in actors(builder, p)], doer)
        return out
    add([a for p in prep_objects(tok, ("on", "against", "targeting")) for a in actors(builder, p)], done_to)
    if tok.lower_ == "sanctions" and tok.dep_ == "dobj":  # "X imposed sanctions on Y on Monday"
        return out
    add([a for p in prep_objects(tok, ("by",)) for a in actors(builder, p)], doer)
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":  # "was hit by several bullets"
        add([a for c in tok.head.head.children if c.dep_ == "nsubjpass" for a in actors(builder, c)], done_to)
    if g == "talks":
        add([a for p in prep_objects(tok, ("between", "with")) for a in actors(builder, p)], doer)
    victim = tok.lower_ in _VICTIM_NOUNS
    add([a for p in prep_objects(tok, ("of",)) for a in actors(builder, p)], done_to if victim else None)
    for c in tok.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and not TRIGGERS.get(c.lemma_.lower()):
            found = actors(builder, c)
            demonym = gz.demonym_of_token(c) if c.dep_ in ("amod", "compound") else None
            if not found and demonym:  # "an Israeli strike"
                found = [country_entity(builder, demonym, c.text)]
            add(found, done_to if victim else doer)
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            if c.lemma_ in _AGENT_VERBS:  # "an attack carried out by X", "talks mediated by Y"
                add([a for p in agent_of_passive(c) for a in actors(builder, p)], doer)
            if c.lemma_ in _VICTIM_VERBS:
                add([a for o in objects(c) for a in actors(builder, o)], done_to)
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj" \
        else tok  # "mediated months of indirect talks"
    if holder.dep_ in ("dobj",) and holder.head.lemma_ in _PERPETRATE_VERBS | _TALK_VERBS:
        role = doer if g != "talks" or holder.head.lemma_ in _TALK_VERBS else None
        add(actors(builder, subject(holder.head)), role)
    for t in tok.subtree:  # "the attack in Salisbury, England, which targeted X": the clause is the attack's
        if t.dep_ == "relcl" and t.lemma_ in _VICTIM_VERBS and t.head.i != tok.i and t.head.ent_type_ in (
                "GPE", "LOC", "FAC"):
            add([a for o in objects(t) for a in actors(builder, o)], done_to)
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB" and g in (
            "mutiny", "violence", "invasion") and not is_passive(tok.head.head) \
            and tok.head.head.lemma_ not in _OWN_TIME and tok.head.head.lemma_ not in ("say", "die", "kill"):
        add(actors(builder, subject(tok.head.head)), doer)  # "X pushed aside the leaders in a putsch"
    if tok.dep_ == "nsubjpass" and tok.head.lemma_ in _PERPETRATE_VERBS:  # "the mutiny was led by X"
        add([a for p in agent_of_passive(tok.head) for a in actors(builder, p)], doer)
    if tok.dep_ in ("nsubj",) and tok.head.lemma_ in ("target", "kill", "hit", "wound"):
        add([a for o in objects(tok.head) for a in actors(builder, o)], done_to)
    return out


# merging -------------------------------------------------------------------------------
def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _merge(mentions: list[_Mention]) -> list[list[_Mention]]:
    """Group mentions that are one event: same type group, compatible dates, shared actors or place."""
    events: list[list[_Mention]] = []
    for m in sorted(mentions, key=lambda m: (m.date is None, m.weak, m.tok.i)):
        best = None
        for idx, ev in enumerate(events):
            if group(ev[0].type) != group(m.type):
                continue
            if not _types_agree(ev, m):
                continue
            dates_ = {x.date for x in ev if x.date and not x.weak}
            if not m.weak and not all(_compatible(m.date, d) for d in dates_):
                continue
            if m.weak and dates_ and not all(_compatible(m.date, d) for d in dates_) and not (
                    {r for x in ev for r in x.roles} & set(m.roles)):
                continue  # a report's date yields only to an event that shares its actors
            actors_ev = {r for x in ev for r in x.roles}  # the same actor in the same role
            places = {x.place for x in ev if x.place}
            shared = bool(actors_ev & set(m.roles)) or (m.place in places if m.place else False)
            same_day = m.date is not None and m.date in dates_ and len(m.date) == 10
            same_sent = any(_linked(x.tok, m.tok) for x in ev)
            nested = any(d.startswith(m.date) or m.date.startswith(d) for d in dates_) if m.date else False
            if shared or same_day or same_sent or m.date is None or nested:
                dist = min(abs(x.tok.i - m.tok.i) for x in ev)
                # an undated "the attack" is the story's latest event of that kind, not an old one nearby
                recency = max(dates_, default="") if m.date is None and not shared and not m.roles else ""
                if m.date is None and not shared and not same_sent and _indefinite(m.tok) and not _only_one(
                        events, m):
                    continue  # "a rocket attack" introduces an event; it is not "the attack" told before
                score = (shared, same_day, same_sent, recency, -dist)
                if best is None or score > best[0]:
                    best = (score, idx)
        if best is None:
            events.append([m])
        else:
            events[best[1]].append(m)
    return events


def _types_agree(ev: list[_Mention], m: _Mention) -> bool:
    """A shooting and a poisoning are two events; a generic "attack" can be either."""
    specific = {x.type for x in ev if _SPECIFIC.get(x.type, 0) >= 2}
    if _SPECIFIC.get(m.type, 0) < 2 or not specific or m.type in specific:
        return True
    return any(_linked(x.tok, m.tok) for x in ev)


def _only_one(events: list[list[_Mention]], m: _Mention) -> bool:
    """The article has exactly one dated event of this type ("he led a coup" = the coup)."""
    same = [ev for ev in events if any(x.type == m.type for x in ev) and any(x.date for x in ev)]
    return len(same) == 1


def _indefinite(tok) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _linked(a, b, hops: int = 2) -> bool:
    """One trigger hangs from the other ("seized power in a 2021 coup"): one event told twice."""
    for x, y in ((a, b), (b, a)):
        t = x
        for _ in range(hops):
            if t.head == t:
                break
            t = t.head
            if t == y:
                return True
    return False


def _apply_relative(builder, mentions: list[_Mention], events: list[list[_Mention]]) -> None:
    """"a day after": date an event from the clause it is measured against, once merging dated it."""
    ev_of = {id(m): ev for ev in events for m in ev}
    by_tok = {m.tok.i: m for m in mentions}
    published = builder.article.published
    for m in mentions:
        if m.relative is None or any(x.date for x in ev_of[id(m)]):
            continue
        anchor_i, days = m.relative
        anchor = builder.doc[anchor_i]
        base, _same = _date_in_scope(builder, {t.i for c in anchor.children if c.dep_ in _DATE_DEPS
                                               for t in c.subtree}, published)
        if base is None:
            subj = [anchor] + [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
            other = next((by_tok[t.i] for t in subj if t.i in by_tok), None)
            if other is not None:
                base = next((x.date for x in ev_of[id(other)] if x.date), None)
        if base and len(base) == 10:
            m.date = dates.shift(base, days)


# building -------------------------------------------------------------------------------
def _mentions(builder, doc) -> list[_Mention]:
    published = builder.article.published
    claimed = _claimed(builder)
    out: list[_Mention] = []
    for tok in builder.tokens(_TRIGGER_KEYS):
        etype = _trigger_type(tok)
        if etype is None:
            continue
        if tok.dep_ in ("compound", "amod") and _trigger_type(tok.head):
            continue  # "novichok attack": the head carries the event
        for c in tok.children:
            ct = TRIGGERS.get(c.lemma_.lower())
            if c.dep_ in ("compound", "amod") and ct and _SPECIFIC.get(ct, -1) > _SPECIFIC.get(etype, -1):
                etype = ct
        date, relative, same, weak = _resolve(builder, tok, published)
        if same:
            date = _previous_day(builder, tok, published)
        if _vague(tok, date):
            continue
        if etype == "sanction" and not (date and len(date) == 10):
            continue
        denied = modality.denied_by(tok)  # "Moscow denied interfering": no perpetrator, only the denial
        roles = [(a, r) for a, r in _participants(builder, tok, etype)
                 if not (r == "PERPETRATOR_OF" and (a in claimed.get(tok.i, ()) or denied))]  # alleged, not done
        if tok.lemma_ == "meet" and tok.pos_ == "VERB" and not any(
                a for o in objects(tok) + prep_objects(tok, ("with",)) for a in actors(builder, o)) and len(
                {a for a, _ in roles}) < 2:
            continue  # "X met the press": a meeting needs another party
        if tok.lower_ == "custody":  # "in custody" is an arrest only of someone named
            roles = [r for r in roles if r[1] == "TARGET_OF"]
            if not roles:
                continue
        m = _Mention(tok, etype, date, _place(builder, tok), roles, relative, same, weak=weak)
        out.append(m)
    return out


def _place(builder, tok) -> str | None:
    scope = [tok] + ([tok.head] if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass") else [])
    for t in scope:
        for p in prep_objects(t, ("in", "at", "near", "outside", "inside", "on")):
            for x in p.subtree:
                eid = builder.token_entity.get(x.i)
                if eid and builder.entities[eid].type in ("Location", "Country"):
                    return eid
    return None


def _delegations(builder, doc, events, mentions) -> None:
    """"the Russian delegation was led by X": X and Russia took part in the nearest talks."""
    talks = [(m.tok.i, m) for m in mentions if group(m.type) == "talks"]
    if not talks:
        return
    for tok in builder.tokens({"delegation", "team", "side", "negotiators"}):
        if tok.lower_ not in ("delegation", "team", "side", "negotiators"):
            continue
        near = [m for i, m in talks if abs(i - tok.i) < 80]
        if not near:
            continue
        m = min(near, key=lambda x: abs(x.tok.i - tok.i))
        ids = actors(builder, tok)
        verb = tok.head
        if tok.dep_ == "nsubjpass" and verb.lemma_ in ("lead", "head"):
            ids += [a for p in agent_of_passive(verb) for a in actors(builder, p)]
        m.roles.extend((a, "PARTICIPATED_IN") for a in ids if (a, "PARTICIPATED_IN") not in m.roles)


def apply(builder, doc) -> None:
    mentions = _mentions(builder, doc)
    _delegations(builder, doc, None, mentions)
    events = _merge(mentions)
    _apply_relative(builder, mentions, events)
    events = _merge([m for ev in events for m in ev])
    by_tok: dict[int, str] = {}
    claimed = _claimed(builder)
    alleged = _alleged(builder, mentions)
    for ev in events:
        eid = _emit(builder, ev, claimed, any(m.tok.i in alleged for m in ev))
        if eid:
            for m in ev:
                by_tok[m.tok.i] = eid
    _claims(builder, doc, by_tok)


def _state_led_by(builder, actor: str) -> str | None:
    """The state a head of state or government leads (read by roles.titles)."""
    for rel in builder.relations.values():
        if rel.type == "LEADS" and rel.source == actor and builder.entities[rel.target].type == "Country":
            return rel.target
    return None


def _alleged(builder, mentions: list[_Mention]) -> set[int]:
    """Trigger tokens an accusation is about: the first event named in each accusation's clause."""
    out = set()
    for claim in builder.claims:
        lo, hi = claim["span"]
        inside = sorted(m.tok.i for m in mentions if lo <= m.tok.i < hi and group(m.type) not in ("talks", "sanction"))
        if inside:
            out.add(inside[0])
    return out


def _claimed(builder) -> dict[int, set[str]]:
    """Token → actors accused or suspected in a clause covering it: they did it only allegedly."""
    out: dict[int, set[str]] = {}
    for claim in builder.claims:
        for i in range(*claim["span"]):
            out.setdefault(i, set()).update(claim["accused"])
    return out


def _emit(builder, ev: list[_Mention], claimed: dict[int, set[str]], alleged: bool = False) -> str | None:
    etype = max((m.type for m in ev), key=lambda t: _SPECIFIC.get(t, 0))
    date = max((m.date for m in ev if m.date and not m.weak), key=len, default=None) or max(
        (m.date for m in ev if m.date), key=len, default=None)
    place = next((m.place for m in ev if m.place), None)
    roles = [r for m in ev for r in m.roles]
    if date is None and not roles and not alleged:
        return None  # an undated event nobody took part in or is accused of is too vague to keep
    anchor = place or next((a for a, _ in roles), None) or etype
    first = min(ev, key=lambda m: m.tok.i)
    evidence = [builder.evidence(m.tok, f"rule:event-trigger:{m.tok.lemma_.lower()}", 0.7 if m.date else 0.5)
                for m in sorted(ev, key=lambda m: m.tok.i)]
    eid = builder.add_event(Event(id=event_id(etype, date, anchor), type=etype, date=date,
                                  summary=first.tok.sent.text.strip()[:200], location=place, evidence=evidence))
    if place:
        builder.add_relation("OCCURRED_IN", eid, place, evidence[0])
    for m in ev:
        for actor, role in list(m.roles):
            if role == "PARTICIPATED_IN" and m.type == "negotiation":
                state = _state_led_by(builder, actor)
                if state and (state, role) not in m.roles:
                    m.roles.append((state, role))
        for actor, role in m.roles:
            if role == "PERPETRATOR_OF" and actor in claimed.get(m.tok.i, ()):
                continue  # "accuses X of overseeing the attack": ACCUSED_OF, not PERPETRATOR_OF
            conf, cues = modality.confidence(0.7, m.tok, builder.sentence(m.tok))
            props = {"hedge": cues} if cues else {}
            believer = modality.belief_source(m.tok)
            if role == "PERPETRATOR_OF" and (cues or believer is not None):
                role = "SUSPECTED_OF"
                by = actors(builder, believer) if believer is not None else []
                if by:
                    props["by"] = by
            builder.add_relation(role, actor, eid, builder.evidence(m.tok, f"rule:event-role:{role.lower()}", conf),
                                 **props)
    return eid


def _claims(builder, doc, by_tok: dict[int, str]) -> None:
    """Accusations and suspicions whose clause names an event become ACCUSED_OF / SUSPECTED_OF."""
    for claim in builder.claims:
        lo, hi = claim["span"]
        events = list(dict.fromkeys(by_tok[i] for i in range(lo, hi) if i in by_tok
                                    and group(builder.events[by_tok[i]].type) not in ("talks", "sanction")))
        tok = doc[claim["token"]]
        conf, cues = modality.confidence(0.75, tok, builder.sentence(tok))
        inside = [t.lower_ for t in doc[lo:hi] if t.lower_ in modality.CLAIM_HEDGES]  # "for alleged interference"
        if inside and not cues:
            conf = round(conf * modality.HEDGE_FACTOR, 3)
        cues = list(dict.fromkeys([*cues, *inside]))
        kind = "SUSPECTED_OF" if cues and claim["kind"] == "ACCUSED_OF" and not claim["by"] else claim["kind"]
        for eid in events[:1]:
            for a in claim["accused"]:
                props = {"by": claim["by"]} if claim["by"] else {}
                if cues:
                    props["hedge"] = cues
                builder.add_relation(kind, a, eid, builder.evidence(tok, claim["rule"], conf), **props)
