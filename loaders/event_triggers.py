"""Event triggers: which words make an event of which ontology type, and which do not.

A trigger word ("shot", "coup", "talks", "detained") gives a mention with a type;
vague words (plural generics, negated, hypothetical or prospective events such as
"a warrant for his arrest") make none, so that the graph holds events that
happened, not every word that sounds like one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import gazetteer as gz, modality
from .actors import is_passive, objects, prep_objects
from .entity_types import PERSON_NOUNS
from .nlp import table_of

TRIGGERS = {
    "shoot": "shooting", "shooting": "shooting", "gunman": "shooting", "gunmen": "shooting", "gunfire": "shooting",
    "bombing": "bombing", "bomb": "bombing", "explosion": "bombing", "blast": "bombing", "explode": "bombing",
    "detonate": "bombing", "detonation": "bombing",
    "poison": "poisoning", "poisoning": "poisoning",
    # poisons and nerve agents named in reporting stand for the poisoning itself
    **{agent: "poisoning" for agent in gz.POISONS},
    "assassination": "assassination_attempt", "assassinate": "assassination_attempt",
    "kill": "attack", "killing": "attack", "murder": "attack", "massacre": "attack", "go": "bombing",
    "invasion": "invasion", "invade": "invasion",
    "mutiny": "mutiny", "coup": "mutiny", "rebellion": "mutiny", "putsch": "mutiny", "takeover": "mutiny",
    "uprising": "mutiny", "revolt": "mutiny", "insurrection": "mutiny",
    "topple": "mutiny", "overthrow": "mutiny", "depose": "mutiny",  # only by soldiers: see _overthrown
    "occupy": "mutiny", "refuse": "mutiny", "turn": "mutiny",  # only soldiers against their own: see _mutinied
    # intrusions into computer systems
    "breach": "attack", "cyberattack": "attack", "heist": "attack",
    # taking or pounding a place
    "capture": "attack", "overrun": "attack", "siege": "attack", "shelling": "attack", "shell": "attack",
    "bombardment": "attack", "bombard": "attack", "gunfight": "shooting", "pound": "attack", "level": "attack",
    "talk": "negotiation", "talks": "negotiation", "negotiation": "negotiation", "negotiate": "negotiation",
    "consultations": "negotiation",
    "ceasefire": "negotiation", "truce": "negotiation", "meet": "meeting", "meeting": "meeting", "host": "meeting", "summit": "meeting",
    "summon": "meeting", "receive": "meeting", "call": "meeting",  # only "was called in": see _received_envoy
    "speak": "meeting", "telephone": "meeting", "phone": "meeting",  # only a call held: see _phoned
    "interference": "election_interference", "meddling": "election_interference", "interfere": "election_interference",
    "arrest": "arrest", "detain": "arrest", "recapture": "arrest", "pick": "arrest", "detention": "arrest", "custody": "arrest",
    "round": "arrest",  # "were rounded up": see the "pick up" reading; a "round" of talks: see _round_of_talks
    "order": "other",  # only "ordered two diplomats out of the country": see _ordered_out
    "send": "other",  # only "sent home five diplomats": see _ordered_out
    "take": "arrest",  # only "taken from their homes" (``_taken_from_home``)
    "attack": "attack", "strike": "attack", "raid": "attack", "airstrike": "attack", "ambush": "attack",
    "offensive": "attack", "assault": "attack", "storm": "attack", "seize": "attack", "crackdown": "attack",
    "sanction": "sanction", "measures": "sanction", "freeze": "sanction", "ban": "sanction", "embargo": "sanction", "countermeasures": "sanction",
    "freezes": "sanction", "bans": "sanction", "restrictions": "sanction", "block": "sanction", "list": "sanction", "declare": "sanction",
    "label": "sanction", "brand": "sanction", "classify": "sanction", "proscribe": "sanction", "name": "sanction",
    "outlaw": "sanction", "bar": "sanction",  # "bar" only as an entry ban: see from_entering
    "blacklist": "sanction", "designate": "sanction", "redesignate": "sanction", "add": "sanction", "place": "sanction", "put": "sanction", "fighting": "attack", "clashes": "attack", "drills": "other", "drill": "other", "exercise": "other",
    "hack": "election_interference", "hacking": "election_interference", "rig": "election_interference",
    "rigging": "election_interference", "obstruct": "election_interference", "meddle": "election_interference",
    "sway": "election_interference", "manipulate": "election_interference",  # only of a vote: _ELECTION_WORDS
    "agree": "negotiation", "agreement": "negotiation", "deal": "negotiation", "accord": "negotiation",
    "sign": "negotiation", "initial": "negotiation", "bullet": "shooting", "bullets": "shooting", "gunshot": "shooting",
    "gunshots": "shooting", "downing": "attack", "crash": "attack", "come": "attack",
    "beating": "attack", "hijack": "attack", "hijacking": "attack", "kidnap": "attack", "kidnapping": "attack",
    "abduct": "attack", "abduction": "attack", "wound": "attack", "fire": "attack", "launch": "attack", "injure": "attack", "die": "attack", "gun": "shooting", "stab": "attack", "stabbing": "attack",
    "blaze": "attack",  # only a blaze told as destroying something: see _destructive_fire
    "beat": "attack", "torch": "attack", "burn": "attack", "arson": "attack", "firefight": "shooting", "hit": "attack",
    "strangle": "attack", "strangling": "attack", "theft": "attack", "steal": "attack",  # (theft: see _digital_theft)
    "collapse": "attack", "fall": "attack",  # a victim's symptoms ("fell ill", "collapsed"): see taken_ill
    "recall": "other", "sever": "other", "break": "other", "free": "other", "release": "other",
    "damage": "attack", "cut": "attack", "sabotage": "attack",  # only of cables and pipelines: see _line_cut
    "blow": "bombing", "land": "attack", "clash": "attack", "fight": "attack", "riot": "attack", "rioting": "attack", "barrage": "attack", "execute": "attack",
    "sit": "negotiation",
    "set": "attack", "ram": "attack", "ramming": "attack", "cannon": "attack",  # see _other_violence
    # removals from office and exchanges of prisoners: events of no ontology type of their own
    **{w: "other" for w in ("dismiss", "dismissal", "sack", "sacking", "swap", "exchange", "remove", "plot",
                            "escape", "jailbreak", "relieve", "replace", "expel", "expulsion", "sentence",
                            "convict", "jail", "trial", "strip", "close", "closure", "extradite",
                            "extradition", "deport", "deportation")},
    # leaving office: "the minister resigned", "announced his resignation", "a no-confidence vote ousted X"
    **{w: "other" for w in ("resign", "resignation", "quit", "step", "vote", "motion")},
}
# "other" events whose arguments are who did it to whom ("X dismissed Y") or who took part ("a swap").
REMOVALS = {"dismiss", "dismissal", "sack", "sacking", "remove", "relieve", "replace", "strip"}  # not "fire": "fired
# rockets"; "strip" only of a standing ("stripped X of his citizenship")
_STRIPPED = {"citizenship", "nationality", "immunity", "rank", "title", "passport", "licence", "license", "seat",
             "mandate", "medal", "post"}
# Expulsions of diplomats and court sentences: "other" events whose doer acts on a person.
EXPULSIONS = {"expel", "expulsion", "sentence", "convict", "jail", "deport", "deportation"}
_VERDICTS = {"sentence", "convict", "jail"}
EXCHANGES = {"swap", "exchange"}
RESIGNATIONS = {"resign", "resignation", "quit", "step"}  # see left_office
CONFIDENCE_VOTES = {"vote", "motion"}  # see confidence_vote
# Kinds of "other" events: a removal from office, an expulsion, a court's verdict and a trial are different
# happenings even when told in the same paragraph.
_OTHER_FAMILIES = {**{w: "removal" for w in REMOVALS | {"fire"}}, "expel": "expulsion", "expulsion": "expulsion",
                   "order": "expulsion", "send": "expulsion",
                   "declare": "expulsion", "sentence": "verdict", "convict": "verdict", "jail": "verdict",
                   "trial": "trial", "close": "closure", "closure": "closure", "extradite": "extradition",
                   "extradition": "extradition", **{w: "exchange" for w in EXCHANGES}, "recall": "recall",
                   "deport": "deportation", "deportation": "deportation",
                   "sever": "ties", "break": "ties", "free": "exchange", "release": "exchange",  # (a swap frees)
                   **{w: "resignation" for w in RESIGNATIONS}, "vote": "vote", "motion": "vote"}
# What a state closes as an act against a neighbour or a state: "closed its land border with X"
CLOSED = {"border", "crossing", "crossings", "frontier", "airspace", "embassy", "consulate", "mission"}


# Talks of two kinds that are never one happening: a call between two capitals and an envoy summoned.
_TALKS_FAMILIES = {"speak": "call", "telephone": "call", "phone": "call", "summon": "summons", "receive": "summons",
                   "call": "summons"}


def talks_family(tok) -> str | None:
    """"spoke by telephone" is a call, "summoned the ambassador" a summons; other talks have no kind."""
    return _TALKS_FAMILIES.get(tok.lemma_.lower())


def other_family(tok) -> str | None:
    """The kind of "other" event a trigger tells, if it has one."""
    return _OTHER_FAMILIES.get(tok.lemma_.lower())
_CAPTIVES = {"prisoner", "prisoners", "detainee", "detainees", "hostage", "hostages", "captive", "captives", "pow",
             "pows"}
_SERIES = {"several", "many", "numerous", "dozens", "multiple", "various", "two", "three", "four", "five", "some"}
# Triggers that add a victim to an event told elsewhere but never make an event of their own.
DEPENDENT = {"die", "collapse", "fall"}


def taken_ill(tok) -> bool:
    """"X fell violently ill on September 27", "collapsed shortly after drinking tea": a person struck down,
    told with the day it happened (a poisoning's own date, when the story tells one)."""
    if tok.pos_ != "VERB" or not (tok.lemma_ == "collapse" or tok.lemma_ == "fall" and any(
            c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in ("ill", "sick", "unwell", "unconscious")
            for c in tok.children)):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she"))


TRIGGER_KEYS = frozenset(TRIGGERS)

_ELECTION_LEMMAS = {"interference", "meddling", "interfere", "hack", "hacking", "rig", "rigging", "obstruct",
                    "meddle", "sway", "manipulate"}

_ELECTION_WORDS = re.compile(r"\b(election|elections|vote|campaign|poll|polls|ballot)\b", re.I)

_DEVICES = {"bomb", "device", "explosive", "explosives", "charge", "grenade", "mine", "ied"}
_REACHED_DEALS = {"agreement", "deal", "accord"}
_REACH_VERBS = {"reach", "strike", "broker", "seal", "clinch", "hammer"}
_PARTY_NOUNS = {"group", "movement", "rebels", "insurgents", "militia", "separatists", "guerrillas", "faction"}
_DEAL_WORDS = {"ceasefire", "truce", "deal", "cessation", "peace", "agreement", "accord", "armistice"}
_SIGNED_DEALS = _DEAL_WORDS | {"treaty", "pact", "memorandum", "text", "declaration", "roadmap"}


def _deal_before(tok) -> list:
    """"a peace deal, signed in Malino in December 2001": the deal just before a participle the parser hung on
    the main verb (a participle set off by a comma right after the deal's noun phrase)."""
    doc = tok.doc
    if tok.dep_ == "relcl" and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep":
        prep = tok.head.head  # "the X Declaration on friendly relations that A and B signed" (the "on" on the deal
        return [prep.head, doc[prep.i - 1]]  # or, misparsed, on the verb: the word before it)
    if tok.tag_ in ("VBD", "VBN") and tok.dep_ in ("acl", "relcl"):  # "the X Treaty, which the two governments
        k = tok.i - 1  # signed in 2024", with the clause hung on its subject: the deal before "which"
        while k > 0 and k > tok.i - 6 and doc[k].lower_ not in ("which", "that"):
            k -= 1
        if doc[k].lower_ in ("which", "that") and k >= 2:
            return [doc[k - 2] if doc[k - 1].text == "," else doc[k - 1]]
    if tok.tag_ != "VBN" or tok.dep_ not in ("advcl", "acl", "conj") or tok.i < 2 or doc[tok.i - 1].text != ",":
        return []
    return [doc[tok.i - 2]]

_OBJECT_VERBS = {"strike", "attack", "raid", "storm", "wound", "injure", "hijack", "kidnap", "abduct"}  # verbs that make an event only with an object

GROUPS = {"shooting": "violence", "bombing": "violence", "poisoning": "violence", "assassination_attempt": "violence",
          "attack": "violence", "negotiation": "talks", "meeting": "talks"}

# More specific types win when mentions merge ("the attack" + "was shot" → shooting).
SPECIFIC = {"attack": 0, "assassination_attempt": 1, "shooting": 2, "bombing": 2, "poisoning": 3}

_NEEDS_NOUN = {"talk", "strike", "attack", "gun", "raid", "storm", "custody", "meet", "negotiate", "bargain",
               "wound", "injure", "hijack", "kidnap", "abduct"}

_VERB_ONLY_PAST = {"meet", "negotiate", "seize", "bargain"}

_HYPOTHETICAL = {"would", "will", "could", "might", "may", "threaten", "plan", "vow", "call", "prevent", "avoid",
                 "urge", "demand", "warn", "fear", "seek", "want", "propose", "risk"}

_PROSPECTIVE = {"warrant", "order", "call", "demand", "request", "plan", "threat", "vow", "bid", "push", "proposal",
                "appeal", "plea", "hope", "offer"}


@dataclass
class EventMention:
    tok: object
    type: str
    date: str | None = None
    place: str | None = None
    roles: list[tuple[str, str]] = field(default_factory=list)  # (actor id, role type)
    relative: tuple[int, int, str] | None = None  # (anchor verb token, amount, "day"/"month") from its date
    same: bool = False  # "the same day": the date of the previous dated mention
    weak: bool = False  # the date is the report's ("X said on Thursday it had …"), not the event's own
    event: int | None = None  # index of the merged event
    dependent: bool = False  # "X died at the scene": only a detail of an event told elsewhere
    by: frozenset = frozenset()  # the states (or bodies) that imposed a sanction: two states' acts are two events
    later: bool = False  # dated "days later" / "the following day": after the event told before, not that one
    sent: int = -1  # where its sentence starts (from the builder's index: Token.sent rescans the parse)


def group(t: str) -> str:
    return GROUPS.get(t, t)


# triggers ----------------------------------------------------------------------------
_ENVOY_WORDS = {"ambassador", "envoy", "diplomat", "chargé", "charge", "minister", "delegation", "counterpart",
                "representative", "emissary", "attaché", "commissioner", "consul", "nuncio", "d'affaires", "d'affaire",
                "affaires"}  # "chargé d'affaires", which the tokenizer splits


_COURT_WORDS = {"court", "hearing", "tribunal", "questioning", "trial", "prosecutor", "interrogation", "police"}


def _received_envoy(tok) -> bool:
    """Summoning or receiving a person, told in the past: a diplomatic meeting ("summoned the Iranian ambassador",
    "was received by Niger's foreign minister"), not "received a letter" or "summoned to court"."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") or any(
            p.lemma_ in _COURT_WORDS for c in tok.children if c.dep_ == "prep" for p in c.children):
        return False  # "was summoned to court", "summoned for questioning"
    people = objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"]
    if tok.lemma_ == "call":  # only "the ambassador was called in to the ministry", "called in the ambassador"
        if not any(c.dep_ == "prt" and c.lower_ == "in" for c in tok.children):
            people = prep_objects(tok, ("in",))  # (the parser's reading of "called in the ambassador")
            if not people:
                return False
    people += [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(p.ent_type_ == "PERSON" or p.lemma_.lower() in _ENVOY_WORDS for q in people for p in (q, *q.conjuncts))


_FIGURATIVE_COUPS = {"judicial", "constitutional", "legal", "parliamentary", "soft", "electoral", "institutional",
                     "media"}


def _phoned(tok) -> bool:
    """"X and his Iranian counterpart, Y, spoke by telephone", "the envoy telephoned both negotiators": a call
    that was held (past, not denied) is a meeting of its parties; "mobile phone lines", "spoke to reporters"
    are none."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") or modality.negated(tok):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ != "VBD" for c in tok.children):
        return False  # "has spoken by phone with foreign officials": calls over a time, none dated
    if tok.lemma_ != "speak":
        return bool(objects(tok))
    parties = any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) or any(
        c.dep_ == "nsubj" and any(x.dep_ == "conj" for x in c.subtree) for c in tok.children)
    return parties and any(p.lower_ in ("telephone", "phone", "hotline") or p.lower_ == "link" and any(
        x.lower_ == "video" for x in p.children) for c in tok.children  # (not "spoke to AFP by phone")
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "on", "over") for p in c.children)


def trigger_type(tok) -> str | None:
    """The event type ``tok`` triggers, or None. Memoised per doc (in ``user_data``, as the downing cue): the
    date, role and merge rules ask again of the same words, and the answer reads nothing but the parse."""
    memo = tok.doc.user_data.get(_TRIGGER_TYPES)
    if memo is None:
        memo = tok.doc.user_data[_TRIGGER_TYPES] = {}
    i = tok.i
    if i not in memo:
        memo[i] = _trigger_type(tok)
    return memo[i]


_TRIGGER_TYPES = "_trigger_types"


def _trigger_type(tok) -> str | None:
    lemma = tok.lemma_.lower()
    etype = TRIGGERS.get(lemma) or (TRIGGERS.get(tok.lower_) if tok.pos_ == "NOUN" else None)
    if etype is None or tok.pos_ not in ("NOUN", "VERB", "PROPN"):
        return None
    if lemma == "coup" and any(c.dep_ in ("amod", "compound") and c.lower_ in _FIGURATIVE_COUPS for c in tok.children):
        return None  # "a judicial coup against the Serb people", "a constitutional coup": a charge, not a mutiny
    if non_grata(tok):
        return "other"  # "declared a Russian diplomat persona non grata": an expulsion
    if lemma == "seize" and any(c.lower_ == "power" for c in objects(tok)) and tok.tag_ == "VB" and \
            tok.head.lemma_ in ("attempt", "try") and tok.head.tag_ in ("VBD", "VBN") and not modality.negated(tok.head):
        return "mutiny"  # "soldiers attempted to seize power": the attempt is the event

    if lemma in ("order", "send"):
        return "other" if _ordered_out(tok) else None
    if lemma in ("collapse", "fall"):
        return "attack" if taken_ill(tok) else None
    if lemma in ("set", "ram", "cannon") or lemma == "exchange" and any(o.lower_ == "fire" for o in objects(tok)):
        return "attack" if _other_violence(tok, lemma) else None
    if lemma in _OVERTHROW_VERBS and not _overthrown(tok):
        return None  # "the commander who toppled President X in 2021": a coup; not "plotted to topple"

    if lemma in ("speak", "telephone", "phone"):
        return "meeting" if _phoned(tok) else None
    if lemma in ("summon", "receive", "call") and not _received_envoy(tok):
        return None  # "Iraq summoned the Iranian ambassador", "X was received by the foreign minister"
    if lemma == "host" and not (tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN") and any(
            o.ent_type_ in ("PERSON", "NORP", "GPE") for o in objects(tok))):
        return None  # "President X hosted his Tajik counterpart": a meeting; not "Qatar has hosted talks"
    if lemma == "go" and not (tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)
                              and any(c.dep_ == "nsubj" and c.lemma_ in _DEVICES for c in tok.children)):
        return None  # "a device went off beside her convoy"; not "talks went on"
    if lemma in ("kidnap", "abduct", "hijack") and _quoted(tok):
        return None  # '"kidnapped by the American justice system"': a figure of speech in a quote
    if lemma in _REACH_VERBS and tok.pos_ == "VERB" and any(o.lemma_ in _DEAL_WORDS | {"bargain", "compromise"}
                                                          for o in objects(tok)):
        return None  # "struck a deal with X": the deal is the event (a negotiation), no strike
    if lemma == "gun" and tok.pos_ == "VERB":  # "was gunned down"
        return "shooting" if any(c.lower_ == "down" for c in tok.children) else None
    if lemma in _NEEDS_NOUN and tok.pos_ == "VERB" and lemma not in _VERB_ONLY_PAST:
        has_victim = objects(tok) or any(c.dep_ == "nsubjpass" for c in tok.children) or any(
            c.dep_ == "ccomp" and any(w.lower_ == "what" and w.i < c.i for w in c.children) for c in tok.children)
        # ("struck what the army called launch sites": the object is a free relative)
        if not (lemma in _OBJECT_VERBS and has_victim and (tok.tag_ in ("VBD", "VBN", "VBZ") or _ongoing(tok))):
            return None
    if lemma == "agree" and not (tok.pos_ == "VERB" and (any(t.lower_ in _DEAL_WORDS for t in tok.subtree)
                                                        or _parties_agree(tok))):
        return None
    if lemma in _REACHED_DEALS and not (tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass")
                                        and tok.head.lemma_ in _REACH_VERBS) and not _dated_deal(tok):
        return None  # "the agreement was reached", "struck a deal": the deal made; not "the deal" in passing
    if lemma in ("sign", "initial") and not (tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN") and any(
            t.lower_ in _SIGNED_DEALS for t in (
                *objects(tok), *(c for c in tok.children if c.dep_ == "nsubjpass"),
                *([tok.head] if tok.dep_ in ("relcl", "acl") else []), *_deal_before(tok)))):
        return None  # "signed a peace deal", "the treaty was initialled by A and B", "the peace deal they
        # initialled", "a declaration of principles signed in Doha"; not "signed a decree"
    if tok.pos_ == "VERB" and lemma in _VERB_ONLY_PAST and tok.tag_ not in ("VBD", "VBN") and not (
            tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("after", "before")):
        return None
    if lemma == "blast" and tok.pos_ == "VERB" and any(t.lower_ == "water" for p in prep_objects(tok, ("with",))
                                                      for t in p.subtree):
        return "attack"  # "blasted the boat with water cannon": no bomb
    if lemma == "shoot" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children):
        return None  # "shot down 34 drones" is an interception, not a shooting
    if lemma == "sanction" and tok.pos_ != "VERB" and not _imposed(tok):
        return None
    if not visa_restrictions(tok):
        return None
    if (lemma in _SANCTION_ACTS or tok.lower_ in _SANCTION_ACTS) and not _sanction_act(tok):
        return None
    if lemma in _ELECTION_LEMMAS and not _ELECTION_WORDS.search(tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text
                                                                 if lemma not in ("interference", "meddling")
                                                                 else tok.sent.text):
        return "attack" if lemma in ("hack", "hacking") and _intrusion(tok) else None
    if lemma == "breach" and not _intrusion(tok):
        return None  # "a breach of the ceasefire", "breached the truce": no attack on a system
    if lemma in ("theft", "steal") and not _digital_theft(tok):
        return None  # "stole cryptocurrency from an exchange", "the theft of customer records": a cyberattack
    if lemma == "break" and _mutinied(tok):
        return "mutiny"  # "soldiers broke into the armoury"
    if lemma == "break" and tok.pos_ == "VERB" and any(
            t.lemma_.lower() in _SYSTEMS for p in prep_objects(tok, ("into",)) for t in (p, *p.children)):
        return "attack"  # "had broken into the networks of X"
    if lemma == "fire" and fired_from_office(tok):
        return "other"  # "Arévalo fired the head of the national police": a removal from office
    if lemma == "fire" and tok.pos_ == "VERB" and tok.dep_ != "acl" and not objects(tok) and not is_passive(tok) \
            and any(c.dep_ == "prep" and c.lower_ in ("on", "at", "into") for c in tok.children):
        return "shooting"  # "gunmen fired on her car", "troops fired into the crowd"
    if lemma == "fire" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ == "open" \
            and tok.head.tag_ in ("VBD", "VBN", "VBZ") and not modality.negated(tok.head):
        return "attack" if any(p.lemma_.lower() in _MUNITIONS - _GUNS for p in prep_objects(tok.head, ("with",))
                               + prep_objects(tok, ("with",))) \
            else "shooting"  # "two men opened fire on the bus"; not "opened fire with mortars"
    if lemma in ("fire", "blaze") and tok.pos_ == "NOUN" and _destructive_fire(tok):
        return "attack"  # "the fire that destroyed the shopping centre", "an arson fire"
    if lemma in ("fire", "launch", "blaze") and not (tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN", "VBZ") and any(
            o.lemma_.lower() in _MUNITIONS for o in objects(tok))):
        return None  # "fired rockets at", "launched drones at": an attack; not "fired the minister"
    if lemma in ("extradite", "extradition") and not _extradited(tok):
        return None  # "was extradited in 2022", "a court ordered his extradition"; not "sought his extradition"
    if lemma in ("close", "closure") and not _closes_border(tok):
        return None  # "closed its border with X", "the closure of the embassy"; not "closed the case"
    if lemma in REMOVALS and not _removes_person(tok):
        return None  # "dismissed the claims", "sacked the city": not a removal from office
    if lemma in RESIGNATIONS and not left_office(tok):
        return None  # "the minister resigned", "announced his resignation"; not "refused to resign", "stepped up"
    if lemma in CONFIDENCE_VOTES and not confidence_vote(tok):
        return None  # "lost a no-confidence vote", "voted X out of office"; not "the vote" of an election
    if lemma == "trial" and not _went_on_trial(tok):
        return None  # "went on trial in Podgorica on Tuesday"; not "the trial" talked about, nor "will face trial"
    if lemma in EXPULSIONS and not _person_expelled_or_sentenced(tok):
        return None  # "expelled a Russian diplomat", "was sentenced to eight years"; not "a sentence" of text
    if lemma in EXCHANGES and not _of_captives(tok):
        return None  # "an exchange of fire", "a currency exchange"
    if lemma == "raid" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and any(
            t.lemma_ in _ARREST_VERBS and t.pos_ == "VERB" for t in tok.sent) and not any(
            t.lemma_ in ("kill", "wound", "injure", "die") for t in tok.sent):
        return "arrest"  # "detained the suspects in a raid on a house": the arrest, not an attack
    if lemma in ("arrest", "detain") and tok.pos_ == "VERB" and tok.tag_ == "VB" and tok.dep_ in (
            "xcomp", "advcl", "relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None  # "soldiers sent to arrest him", "a warrant to detain X": meant, not done
    if lemma == "round" and tok.pos_ == "NOUN":
        return "negotiation" if _round_of_talks(tok) else None  # "a follow-up round in Istanbul broke up"
    if lemma in ("pick", "round") and not (tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "up"
                                                                       for c in tok.children)
                                and any(t.ent_type_ == "PERSON" or t.lemma_.lower() in _PEOPLE for c in tok.children
                                        if c.dep_ in ("nsubjpass", "dobj") for t in c.subtree)):
        return None  # "X and Y were picked up in separate raids": arrested; not "picked a candidate"
    if lemma == "plot" and not _plot_against(tok):
        return None  # "the plot of the film"; a plot is an event when it is to overthrow or kill someone
    if lemma == "escape" and not (tok.lemma_ == "jailbreak" or any(
            p.lemma_ in ("prison", "jail", "custody", "detention", "cell") for p in prep_objects(tok, ("from", "out")))):
        return None  # "escaped from prison in January 2024"; not "escaped injury"
    if lemma == "detention" and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                                        for c in tok.children):
        return None  # "ordered them held in pretrial detention": custody, not the arrest
    if lemma in DRILLS and not _military_drill(tok):
        return None
    if lemma in ("crash", "downing") and not _aircraft_downed(tok):
        return None
    if lemma == "come" and _came_under_fire(tok):
        return "attack"  # "the convoy came under fire from rifles on Sunday"
    if lemma == "come":  # "the jet that came down on Wednesday", in a story of an aircraft brought down
        vehicle = tok.head if tok.dep_ == "relcl" else next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if not (any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) and vehicle is not None
                and vehicle.lemma_.lower() in AIRCRAFT and _aircraft_downed(vehicle)):
            return None
    if lemma == "consultations" and tok.dep_ == "pobj" and tok.head.lower_ == "for":
        return None  # "recalled its ambassador for consultations": no talks
    if lemma == "recall" and not _recalls_envoy(tok):
        return None  # "recalled its ambassador": a diplomatic act of its own; not "recalled the events"
    if lemma in ("damage", "cut", "sabotage") or lemma == "sever" and not _cuts_ties(tok):
        return "attack" if _line_cut(tok) else None  # "severed an undersea cable", "the pipeline was damaged"
    if lemma in ("sever", "break") and not _cuts_ties(tok):
        return None  # "severed diplomatic relations", "broke off ties"; not "broke the ceasefire"
    if lemma == "blow" and (modality.negated(tok) or not (tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN") and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in tok.children))):
        return None  # "a car bomb blew up outside the station", "blew up a bridge"; not "a row blew over"
    if lemma == "sit" and not (tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN") and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) and prep_objects(tok, ("with",))):
        return None  # "had sat down with the rebels' envoys": talks; not "sat in parliament"
    if lemma in ("free", "release") and not _captives_freed(tok):
        return None  # "freed 135 political prisoners", "the hostages were released"; not "released a statement"
    if lemma == "execute" and not _done_to(tok, person=True):
        return None  # "executing men and boys"; not "executed the plan"
    if lemma == "land" and not _struck_by_munitions(tok):
        return None  # "two mortar shells landed near X"; not "the plane landed"
    if lemma == "hit" and not (_struck_by_munitions(tok) or _hit_in_the_body(tok)):
        return None  # "drones hit the oil field", "X was hit in the chest"; not "hit by sanctions"
    if lemma == "burn" and not _burnt_places(tok):
        return None  # "rioters burned much of the capital's business district"; not "burned his passport"
    if lemma in ("beat", "torch") and not _done_to(tok, person=lemma == "beat"):
        return None  # "was beaten outside her home", "crowds torched 19 buildings"; not "beat the deadline"
    if lemma == "seize" and _seat_seized_by_soldiers(tok):
        return "mutiny"  # "soldiers seized the state broadcaster": a coup
    if lemma in ("occupy", "refuse", "turn"):
        return "mutiny" if _mutinied(tok) else None
    if lemma == "seize" and not any(c.ent_type_ in ("GPE", "LOC", "FAC") or any(
            a.dep_ == "appos" and a.lemma_.lower() in _HELD_PLACES for a in c.children) for c in objects(tok)):
        return None if not any(c.lower_ == "power" for c in objects(tok)) else "mutiny"
    if lemma == "capture" and tok.pos_ == "VERB" and not _place_taken(tok) and _person_taken(tok):
        return "arrest"  # "X, who was captured in a rural hideout in March"
    if lemma in ("capture", "overrun", "shell", "bombard", "pound", "level") and not _place_taken(tok):
        return None  # "captured the city", "the capture of El Fasher", "shelled Kara-Bulak"; not "captured a suspect"
    if lemma == "take" and _soldiers_took_over(tok):
        return "mutiny"  # "soldiers of the X brigade took over the main barracks"
    if lemma == "take" and not _taken_from_home(tok):
        return None
    if lemma == "fight" and not _fighting_told(tok):
        return None
    if lemma in ("riot", "rioting") and (tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod")):
        return None  # "the riots of May 2024"; not "riot police"
    return etype


def _fighting_told(tok) -> bool:
    """"after fighting in the X region left 80 dead", "fought a six-week war in 2020": fighting told as a
    happening (a gerund standing as a noun, or a war or battle fought); not "vowed to fight corruption"."""
    if tok.pos_ != "VERB":
        return False
    if tok.lower_ == "fighting" and tok.dep_ in ("pcomp", "nsubj", "pobj") and not objects(tok) and not any(
            c.dep_ == "prep" and c.lower_ in ("for", "against", "over") for c in tok.children):
        return True
    return tok.tag_ in ("VBD", "VBN") and any(o.lemma_ in ("war", "battle") for o in objects(tok))


_LINES = {"cable", "pipeline", "interconnector", "link", "line"}


def _line_cut(tok) -> bool:
    """A cable, pipeline or power link cut, severed or damaged (a verb with it as object or passive subject),
    or "the sabotage of a pipeline": an attack on infrastructure. Not "cut aid" nor "damaged relations"."""
    if tok.pos_ == "NOUN":
        args = prep_objects(tok, ("of", "on"))
    elif tok.pos_ == "VERB":
        args = objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"]
    else:
        return False
    return any(a.lemma_.lower() in _LINES and (a.lemma_.lower() not in ("link", "line") or any(
        c.lower_ in ("power", "data", "fibre", "fiber", "optic", "fibre-optic", "telecommunications", "undersea",
                     "subsea", "gas", "rail", "railway") for c in a.children)) for t in args for a in (t, *t.conjuncts))


def _person_taken(tok) -> bool:
    """A named person captured: the object, the passive subject, or the name a "who" clause hangs on."""
    args = objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"]
    if tok.dep_ == "relcl" and any(a.lower_ in ("who", "whom") for a in args):
        args.append(tok.head)
    return any(a.ent_type_ == "PERSON" for a in args)


def _taken_from_home(tok) -> bool:
    """"were taken from their homes by plainclothes officers": an arrest; "took part", "taken to hospital" not."""
    return tok.pos_ == "VERB" and is_passive(tok) and any(
        p.lemma_ in ("home", "house", "apartment", "flat", "cell") for p in prep_objects(tok, ("from",)))


_HELD_PLACES = {"town", "city", "village", "base", "airport", "airfield", "outpost", "outposts", "camp", "camps",
                "garrison", "positions", "position", "district", "port", "border", "crossing", "station", "building",
                "buildings", "compound", "headquarters", "hideout", "hideouts", "bases", "villages", "neighbourhood",
                "stronghold", "capital"}


def _place_taken(tok) -> bool:
    """A town, a base or a named place taken or shelled (objects, "the capture of X", "X was overrun")."""
    if any(p.lemma_ in ("footage", "camera", "video", "film", "tape") for p in prep_objects(tok, ("on", "by", "in"))):
        return False  # "captured on security footage"
    args = objects(tok) + prep_objects(tok, ("of",)) + [c for c in tok.children if c.dep_ == "nsubjpass"
                                                       and c.lower_ not in ("who", "which", "that")]
    if tok.dep_ == "relcl" and tok.head.pos_ in ("PROPN", "NOUN") and any(c.dep_ == "nsubj" for c in tok.children):
        args.append(tok.head)  # "El Fasher, which the paramilitaries captured"
    args += [c for a in args for c in a.children if c.dep_ == "appos"]  # "El Fasher, the army's last stronghold"
    return any(a.ent_type_ in ("GPE", "LOC", "FAC") or a.lemma_.lower() in _HELD_PLACES for a in args)


_SEATS_OF_POWER = {"broadcaster", "television", "radio", "palace", "presidency", "parliament", "statehouse"}
_SOLDIERS = {"soldier", "troop", "officer", "mutineer", "army", "military", "guard", "guardsman", "guardsmen",
             "putschist", "junta"}


_OVERTHROW_VERBS = {"topple", "overthrow", "depose"}
MILITARY_TITLES = {"gen", "general", "col", "colonel", "capt", "captain", "lt", "lieutenant", "maj", "major",
                    "brig", "brigadier", "commander", "sgt", "sergeant", "adm", "admiral", "marshal"}
_SOLDIER_WORDS = _SOLDIERS | MILITARY_TITLES | {"forces", "soldiers", "officers", "troops"}  # as written


def _overthrown(tok) -> bool:
    """A government or its head overthrown by soldiers, told as done ("the commander who toppled President X",
    "Gen. Y overthrew the elected government"): a coup. Plots and wishes to topple someone are not."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") or modality.negated(tok) or modality.hypothetical(tok):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that") and tok.dep_ == "relcl":
        subj = tok.head
    agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    for s in ([subj] if subj is not None else []) + agents:
        words = {t.lower_.rstrip(".") for t in s.subtree if t.i <= s.i} | {s.lemma_.lower()}
        if words & _SOLDIER_WORDS:
            return True
    return False


_DESTROY_VERBS = {"destroy", "gut", "gutte", "ravage", "damage", "engulf", "raze", "consume"}  # ("gutted": "gutte")


def _destructive_fire(noun) -> bool:
    """A fire told as a deed: "the fire that destroyed the shopping centre", "an arson fire", "the blaze gutted the
    depot" (not "opened fire", "came under fire" or "a fire broke out" with no damage told)."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ == "arson" for c in noun.children):
        return True
    verbs = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    if noun.dep_ == "nsubj":
        verbs.append(noun.head)
    return any(v.lemma_ in _DESTROY_VERBS and v.pos_ == "VERB" and not modality.negated(v) for v in verbs)


def _seat_seized_by_soldiers(tok) -> bool:
    """"Soldiers seized the state broadcaster", "mutineers took over the presidential palace", "members of the
    Rapid Intervention Unit seized their own barracks"."""
    seats = _SEATS_OF_POWER | _ARMED_POSTS
    return tok.pos_ == "VERB" and _soldiers_did(tok) and any(
        o.lemma_.lower() in seats or any(c.dep_ == "compound" and c.lower_ in seats for c in o.children)
        for o in objects(tok))


def _soldiers_took_over(tok) -> bool:
    """"Soldiers took over the state broadcaster", "fighters of the X brigade took control of the barracks": a seat
    of power or an armed post taken by soldiers, as ``_seat_seized_by_soldiers`` reads "seized". (A town taken by
    troops is war, not a mutiny.)"""
    if tok.pos_ != "VERB" or modality.negated(tok) or not _soldiers_did(tok):
        return False
    if any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
        held = objects(tok)
    else:
        held = [p for o in objects(tok) if o.lower_ == "control" for p in prep_objects(o, ("of",)) + prep_objects(
            tok, ("of",))]  # ("took control of X": the parser hangs "of X" on either word)
    seats = _SEATS_OF_POWER | _ARMED_POSTS
    return any(h.lemma_.lower() in seats or any(c.dep_ == "compound" and c.lower_ in seats for c in h.children)
               for h in held)  # (not "the rebels' headquarters": troops taking an enemy's post is war)


# Posts soldiers hold for their own side: seized by its soldiers, a mutiny.
_ARMED_POSTS = {"barracks", "barrack", "armoury", "armory", "garrison", "arsenal"}
# Units whose members are soldiers ("members of the Rapid Intervention Unit", "fighters of the Sabri Brigade").
_UNIT_WORDS = {"unit", "battalion", "brigade", "regiment", "division", "corps", "company", "platoon", "guard", "force",
               "forces", "army", "navy", "police"}
_MEMBERS = {"member", "fighter", "man", "men", "officer", "personnel"}


def _soldiers_did(verb) -> bool:
    """The verb's subject (through "and") is soldiers, troops, mutineers or members of an armed unit."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "broke into the armoury and seized weapons"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lemma_.lower() in _SOLDIERS or subj.lower_ in _SOLDIERS:
        return True
    ofs = prep_objects(subj, ("of", "from"))  # "a group of guardsmen", "troops from a rifle battalion"
    return any(p.lemma_.lower() in _SOLDIERS or p.lower_ in _SOLDIERS for p in ofs) or (
        subj.lemma_.lower() in _MEMBERS and any(p.lemma_.lower() in _UNIT_WORDS for p in ofs))


def _mutinied(verb) -> bool:
    """Soldiers against their own command: "occupied (broke into) the armoury", "refused orders", "turned their
    weapons on their officers"."""
    if verb.pos_ != "VERB" or modality.negated(verb) or not _soldiers_did(verb):
        return False
    objs = objects(verb)
    if verb.lemma_ == "occupy":
        return any(o.lemma_.lower() in _ARMED_POSTS | _SEATS_OF_POWER for o in objs)
    if verb.lemma_ == "refuse":
        return any(o.lemma_.lower() == "order" for o in objs)
    if verb.lemma_ == "break":
        return any(p.lemma_.lower() in _ARMED_POSTS for p in prep_objects(verb, ("into",)))
    return any(o.lemma_.lower() in ("weapon", "gun", "arm", "rifle") for o in objs) and bool(
        prep_objects(verb, ("on", "against")))


_ARREST_VERBS = {"arrest", "detain", "capture", "apprehend", "seize", "nab"}


_PLOT_GOALS = {"overthrow", "kill", "assassinate", "topple", "attack", "destabilise", "destabilize", "oust",
               "bomb", "murder", "seize", "depose", "abduct", "kidnap"}


def _plot_against(tok) -> bool:
    """"a plot to overthrow Captain X", "a coup plot", "an assassination plot"."""
    if tok.pos_ == "VERB":
        return any(c.dep_ == "xcomp" and c.lemma_ in _PLOT_GOALS for c in tok.children) and tok.tag_ in ("VBD", "VBN")
    return any((c.dep_ in ("acl", "relcl", "xcomp") and c.lemma_ in _PLOT_GOALS)
               or (c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("coup", "assassination", "bomb", "murder"))
               for c in tok.children)


def _quoted(tok) -> bool:
    """Inside quotation marks within its sentence (counted back to the sentence start)."""
    doc, n, i = tok.doc, 0, tok.i - 1
    while i >= 0 and not doc[i + 1].is_sent_start:
        n += doc[i].is_quote
        i -= 1
    return n % 2 == 1


_SYSTEMS = {"exchange", "bank", "network", "system", "systems", "server", "servers", "database", "platform",
            "computer", "computers", "account", "accounts", "wallet", "wallets", "email", "emails"}


def _intrusion(tok) -> bool:
    """"breached the exchange", "the 2014 breach of Sony Pictures", "hacked the bank's servers": an attack on a
    body or its computer systems (not "a breach of the ceasefire")."""
    targets = objects(tok) + prep_objects(tok, ("of", "at", "on", "into"))
    if tok.dep_ == "nsubjpass":
        targets.append(tok)
    return any(t.ent_type_ in ("ORG", "FAC") or t.lemma_.lower() in _SYSTEMS or any(
        c.lemma_.lower() in _SYSTEMS for c in t.children if c.dep_ == "compound") for t in targets) or (
        tok.pos_ == "NOUN" and any(c.ent_type_ == "ORG" for c in tok.children if c.dep_ in ("compound", "poss")))


_DIGITAL_GOODS = {"cryptocurrency", "crypto", "bitcoin", "ether", "record", "data", "datum", "token"}  # (lemmas)


def _digital_theft(tok) -> bool:
    """"stole cryptocurrency worth $600 million", "the 2022 theft of millions of customer records from X": a
    theft of data or digital money is a cyberattack (not "stole a car", "the theft of cattle")."""
    goods = objects(tok) + prep_objects(tok, ("of", "from"))
    return any(t.lemma_.lower() in _DIGITAL_GOODS for g in goods for t in g.subtree)


def _dated_deal(tok) -> bool:
    """"the 2016 peace agreement between the state and the FARC", "a peace deal … signed in Pretoria in
    November 2022", "the 1995 Dayton agreement", "a deal signed in Barbados in October 2023": a deal told
    with its own time and its parties, its name or where it was signed is an event of its own, however
    briefly told."""
    if tok.pos_ != "NOUN":
        return False
    peace = any(c.lower_ in ("peace", "ceasefire") or c.lemma_ == "peace" for c in tok.children)
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)  # "the 1995 Dayton agreement"
    made = [c for c in tok.subtree if c.dep_ in ("acl", "relcl") and c.lemma_ in ("sign", "reach", "broker", "seal")]
    if not (peace or named or made):
        return False
    own = [c for c in tok.children if c.dep_ in ("nummod", "compound", "amod", "npadvmod")]
    own += [t for c in made for t in c.subtree]  # "a deal between A and B signed in Pretoria in 2022" (hung on B)
    dated = any(t.ent_type_ == "DATE" and any(ch.isdigit() for ch in t.text) for t in own)
    parties = any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children) or any(
        t.dep_ == "prep" and t.lower_ == "in" for t in own) or named
    return dated and parties


def _parties_agree(tok) -> bool:
    """"India and China agreed on Wednesday to draw up a road map": two named parties agreeing together."""
    named = lambda t: t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or (  # "Ethiopia's government"
        t.lower_ in ("government", "authorities", "officials") and any(
            c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in t.children)) or (
        t.lemma_ in _PARTY_NOUNS and t.dep_ == "conj")  # "Thailand and the main insurgent group agreed"
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and tok.tag_ in ("VBD", "VBN") and named(subj) \
        and any(c.dep_ == "conj" and named(c) for c in subj.children)


def fired_from_office(tok) -> bool:
    """"President X fired his defence minister": a named leader or body removing an official; not "fired
    rockets", "fired on protesters" or "the board fired the chief executive"."""
    if tok.lemma_ != "fire" or tok.pos_ != "VERB" or any(
            c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "upon", "towards") and not any(
                p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in tok.children):
        return False  # (not "on Monday")
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    named = subj is not None and any(t.ent_type_ in ("PERSON", "GPE", "ORG") for t in subj.subtree)
    return named and not any(o.lemma_.lower() in _MUNITIONS for o in objects(tok)) and _removes_person(tok)


def _extradited(tok) -> bool:
    """"X was extradited to the United States", "a court ordered his extradition": a person handed over (or
    ordered to be), not an extradition sought, requested or fought (negated and modal ones: ``vague``)."""
    if tok.pos_ == "VERB":
        return tok.tag_ in ("VBD", "VBN")
    return tok.dep_ == "dobj" and tok.head.lemma_ in ("order", "approve", "grant", "authorise", "authorize")


def _closes_border(tok) -> bool:
    """"Burundi closed its land border with Rwanda", "the closure of the Iranian embassy" (negated and modal
    ones: ``vague``)."""
    if tok.pos_ == "VERB":
        return tok.tag_ in ("VBD", "VBN", "VBZ") and any(
            o.lemma_.lower() in CLOSED for o in objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"])
    return any(p.lemma_.lower() in CLOSED for p in prep_objects(tok, ("of",)))


def _removes_person(tok) -> bool:
    """"Y was dismissed", "X sacked Y", "Y's dismissal", "the dismissal of Y": a person (or a title) removed;
    "removed" only from an office ("was removed as army commander", "removed from his post")."""
    if tok.lemma_ == "relieve" and not any(c.dep_ == "prep" and c.lower_ == "of" and any(
            p.lemma_ in ("duty", "post", "function", "command", "position", "responsibility") for p in c.children)
            for c in tok.children) and not any(o.dep_ == "dobj" and o.lemma_.lower() in _OFFICE_NOUNS
                                               for o in tok.children):
        return False  # "relieved of his duties", "relieved the commander of the base"; not "officials were relieved"
    replacing = tok.tag_ == "VBG" and tok.dep_ == "advcl" and any(
        o.dep_ == "dobj" and o.ent_type_ == "PERSON" for o in tok.children) and any(
        t.lemma_ in ("name", "appoint", "promote", "install") for t in tok.doc[max(0, tok.i - 30):tok.i])
    # ("named Y as commander of the zone, replacing X": X is removed, however the parser hangs the clause)
    if tok.lemma_ == "replace" and not replacing and (tok.pos_ != "VERB" or any(
            c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
                                    or not (any(c.dep_ == "nsubjpass" for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) or any(
                o.dep_ == "dobj" and o.lemma_.lower() in _OFFICE_NOUNS for o in tok.children))):
        return False  # "X replaced the army chief", "replaced X with Y", "X was replaced"; not "Y replaced X as chief"
    if tok.lemma_ == "strip" and not any(c.dep_ == "prep" and c.lower_ == "of" and any(
            p.lemma_ in _STRIPPED for p in c.children) for t in (tok, *objects(tok)) for c in t.children):
        return False  # "stripped X of his citizenship" (the "of" on the verb or on X); not "stripped the building"
    if tok.lemma_ == "remove" and not any(c.dep_ == "prep" and (c.lower_ == "as" or (c.lower_ == "from" and any(
            p.lemma_ in ("post", "office", "position", "command", "job", "role") for p in c.children)))
            for c in tok.children):
        return False
    if tok.pos_ == "VERB":
        args = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
        if not _done(tok) and not replacing:
            return False
    else:
        args = [c for c in tok.children if c.dep_ == "poss"] + [
            p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return any(a.ent_type_ == "PERSON" or a.pos_ == "PROPN" or a.lemma_.lower() in _OFFICE_WORDS or any(
        x.lemma_.lower() in _OFFICE_WORDS for x in a.children if x.dep_ in ("compound", "amod")) for a in args)


_EXPELLED = {"diplomat", "ambassador", "envoy", "attaché", "attache", "consul", "official", "officer", "journalist",
             "correspondent", "national", "citizen", "staff", "member", "priest", "bishop", "nun", "missionary"}


def non_grata(tok) -> bool:
    """"declared X persona non grata", "X was declared persona non grata": an expulsion told the diplomats' way."""
    return tok.lemma_ == "declare" and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN", "VBZ") \
        and not modality.negated(tok) and any(t.lower_ == "grata" for t in tok.subtree)


_LEFT_WITH = {"announce", "tender", "hand", "submit", "offer", "accept", "force", "prompt", "trigger", "lead",
              "cause", "follow"}  # "announced his resignation", "led to the resignations of"
_CONFIDENCE_OUTCOMES = {"lose", "pass", "win", "survive", "reject", "defeat", "carry", "oust", "topple", "remove",
                        "approve", "hold"}


def _done(verb) -> bool:
    """A verb telling what happened (past or perfect, not negated): "resigned", "has announced"."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN", "VBZ") and not modality.negated(verb)


def left_office(tok) -> bool:
    """"The minister resigned", "was forced to resign", "quit as deputy prime minister", "stepped down as
    army chief", "announced his resignation", "led to the resignations of two ministers": someone left office.
    Not "refused to resign", "demanded his resignation", "stepped up attacks", "quit the talks"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN":
        if lemma != "resignation":
            return False
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "prt") else tok.head
        return verb.lemma_ in _LEFT_WITH and _done(verb) and tok.dep_ in ("dobj", "pobj", "nsubjpass")
    if tok.pos_ != "VERB":
        return False
    if lemma == "step" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children):
        return False  # "stepped down"; not "stepped up its attacks"
    if lemma == "quit" and not any(c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "dobj" and c.lemma_.lower() in (
            "post", "office", "job", "position", "government", "cabinet", "party") for c in tok.children):
        return False  # "quit as deputy prime minister", "quit his post"; not "quit the talks"
    if tok.tag_ == "VB" and tok.dep_ == "xcomp" and tok.head.lemma_ == "force" and _done(tok.head):
        return True  # "was forced to resign"
    return _done(tok) and tok.dep_ not in ("xcomp", "amod") and not modality.hypothetical(tok)


def confidence_vote(tok) -> bool:
    """"X lost a no-confidence vote", "a confidence vote in 2023 that ousted the prime minister", "the motion
    was defeated", "parliament voted X out of office": a vote on a government that took place."""
    if tok.pos_ == "VERB":  # "voted Prime Minister X out of office"
        return tok.lemma_ == "vote" and _done(tok) and any(c.lower_ == "out" for c in tok.children) and any(
            c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
    if tok.pos_ != "NOUN" or not any("confidence" in t.lower_ for t in tok.subtree if t.i < tok.i + 4):
        return False  # ("a vote of no confidence")
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    took_place = verb.lemma_ in _CONFIDENCE_OUTCOMES and _done(verb)
    return took_place or any(c.dep_ == "relcl" and c.lemma_ in _CONFIDENCE_OUTCOMES and _done(c)
                             for c in tok.children)


def _went_on_trial(tok) -> bool:
    """"Five men went on trial", "X stood trial in 2023", "were put on trial": a trial that opened."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" else tok.head if tok.dep_ == "dobj" else None
    return verb is not None and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and (
        verb.lemma_ in ("go", "put", "place") and tok.dep_ == "pobj" or verb.lemma_ == "stand" and tok.dep_ == "dobj") \
        and not modality.negated(verb)


# People an act is done to ("twelve suspects were picked up", "civilians executed", "an activist beaten").
_PEOPLE = PERSON_NOUNS | {"suspect", "people", "militant", "member", "soldier", "protester", "civilian", "boy", "girl"}


def _recalls_envoy(tok) -> bool:
    """"X recalled its ambassador (in Y)", "the ambassador was recalled": a state calls its envoy home."""
    if not _done(tok):
        return False
    args = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(a.lemma_.lower() in _ENVOY_WORDS - {"minister", "delegation", "counterpart"} for a in args)


_TIES = {"relation", "relations", "tie", "ties"}


def _cuts_ties(tok) -> bool:
    """"severed diplomatic relations with X", "broke off ties": the break is an event (not "broke the truce")."""
    if not _done(tok):
        return False
    args = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(a.lemma_.lower() in _TIES or a.lower_ in _TIES for a in args)


_WOUNDS = {"chest", "head", "neck", "leg", "legs", "arm", "arms", "shoulder", "back", "stomach", "abdomen", "face",
           "hand", "foot", "thigh", "hip"}


def _hit_in_the_body(tok) -> bool:
    """"X was hit in the chest when his patrol came under fire": a person wounded, told by the part of the body,
    in a sentence of violence (not "hit in the face by the ball")."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or modality.negated(tok) or not any(
            c.dep_ == "nsubjpass" for c in tok.children) or not any(
            p.lower_ in _WOUNDS for p in prep_objects(tok, ("in",))):
        return False
    agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if agents:
        return any(a.lemma_.lower() in _ARMS_AND_ATTACKERS | {"bullet", "shrapnel", "round"} for a in agents)
    return any(t.i != tok.i and t.lemma_ != "hit" and (group(trigger_type(t) or "") == "violence" or t.lemma_ in (
        "fire", "shoot", "gunman", "gunfire", "bullet", "shot")) for t in tok.sent)  # (a shooting in the sentence)


def _struck_by_munitions(tok) -> bool:
    """"drones hit the oil field", "the depot was hit by a missile": a strike, told with the munition."""
    if not _done(tok):
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"] + [
        p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(d.lemma_.lower() in _MUNITIONS | {"airstrike", "strike"} for d in doers)


def _captives_freed(tok) -> bool:
    """"Nicaragua freed 135 political prisoners", "the two hostages were released on Friday": captives set free."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") or modality.negated(tok):
        return False
    args = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(a.lemma_.lower() in _CAPTIVES or a.lower_ in _CAPTIVES for a in args)


def _done_to(tok, person: bool) -> bool:
    """A past act done to someone (``person``) or something: "X was beaten", "torched 19 buildings"."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN", "VBG") or modality.negated(tok):
        return False
    args = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not person:
        return bool(args)
    return any(a.ent_type_ == "PERSON" or a.lemma_.lower() in _PEOPLE for a in args)


# What is burned in an attack (not "burned his passport", "burned fuel").
_BURNT = {"building", "house", "home", "shop", "store", "office", "headquarters", "church", "mosque", "temple",
          "school", "camp", "village", "district", "market", "warehouse", "station", "vehicle", "car", "bus", "truck",
          "embassy", "parliament", "depot", "hotel", "property", "town", "city", "neighbourhood", "quarter"}


def _burnt_places(tok) -> bool:
    """"Rioters burned much of Chinatown", "crowds burned shops and houses": places or buildings burned, in
    the past."""
    if not _done_to(tok, person=False):
        return False
    args = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    args += [p for a in args if a.lower_ in ("much", "part", "parts", "most") for p in prep_objects(a, ("of",))]
    return any(x.lemma_.lower() in _BURNT or x.ent_type_ in ("GPE", "LOC", "FAC")
               for a in args for x in (a, *a.conjuncts))


_CANNON_VERBS = {"turn", "fire", "use", "aim", "train", "direct", "blast"}


# What comes under fire in a fight: a convoy, a patrol, a post, troops (not a minister under criticism).
_UNDER_FIRE = {"convoy", "patrol", "vehicle", "car", "truck", "bus", "train", "base", "post", "position", "camp",
               "checkpoint", "troop", "soldier", "unit", "ship", "boat", "vessel", "helicopter", "aircraft", "plane",
               "village", "town", "outpost", "barracks", "motorcade", "column"}


def _came_under_fire(tok) -> bool:
    """"The convoy came under fire (attack) from gunmen": its subject was attacked, told in the past. Only a
    place, a vehicle or troops, or fire from arms: "the minister came under fire from lawmakers" is criticism."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") or modality.negated(tok) or not any(
            p.lower_ in ("fire", "attack", "shelling", "bombardment") for p in prep_objects(tok, ("under",))):
        return False
    froms = prep_objects(tok, ("from",))
    if any(p.lemma_.lower() in _ARMS_AND_ATTACKERS for p in froms):
        return True  # "came under fire from gunmen"
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in _UNDER_FIRE and not any(
        p.lemma_.lower() in _CRITICS or p.ent_type_ in ("PERSON", "ORG", "NORP") for p in froms)  # ("… from fans")


_CRITICS = {"fan", "activist", "lawmaker", "critic", "opposition", "group", "campaigner", "politician", "media",
            "press", "union", "party", "public", "supporter", "resident", "parent", "official", "minister"}


def _other_violence(tok, lemma: str) -> bool:
    """Violence told without a violent word, in the past: "set fire to a survey camp", "rammed a fishing boat",
    "turned a water cannon on the boat", "exchanged fire with armed men"."""
    if lemma == "cannon":  # (the noun, as the object of a past act)
        verb = tok.head
        return tok.dep_ == "dobj" and verb.lemma_ in _CANNON_VERBS and verb.tag_ in ("VBD", "VBN") \
            and not modality.negated(verb) and not modality.hypothetical(verb)
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") or modality.negated(tok) or modality.hypothetical(tok):
        return False
    if lemma == "set":  # (not "set fire to their rifles": weapons burnt at a disarmament ceremony)
        burnt = [p for c in (*tok.children, *(x for o in objects(tok) for x in o.children))
                 if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        return any(o.lower_ == "fire" for o in objects(tok)) and any(
            p.lemma_.lower() not in _MUNITIONS | {"weapon", "rifle", "gun", "arm"} for p in burnt)
    if lemma == "ram":
        return bool(objects(tok)) or any(c.dep_ == "nsubjpass" for c in tok.children)
    return True  # "exchanged fire with"


def _by_doing(tok) -> bool:
    """"responded by expelling a diplomat", "retaliated by ordering out ten": a past act told as its means."""
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head.tag_ in ("VBD", "VBN")


def _ordered_out(tok) -> bool:
    """"Slovakia ordered two Russian diplomats out of the country", "were ordered to leave", "had sent home five
    Tanzanians": an expulsion."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") and not _by_doing(tok) or modality.negated(tok):
        return False  # ("retaliated by ordering out …")
    people = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and _expellable(_antecedent(c))]
    if tok.lemma_ == "send":
        return bool(people) and any(c.lower_ == "home" and c.dep_ in ("advmod", "prt", "npadvmod", "dobj")
                                    for c in tok.children)
    out = any(c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod") for c in tok.children) or any(
        c.dep_ == "xcomp" and c.lemma_ == "leave" for c in tok.children)
    return bool(people) and out


def _antecedent(arg):
    """"an officer whom Kenya had expelled": the noun a relative pronoun stands for."""
    verb = arg.head
    if arg.lower_ in ("whom", "who", "that") and verb.dep_ == "relcl":
        return verb.head
    return arg


def _expellable(noun) -> bool:
    """A diplomat, an officer, a national, or people named by their state ("five Tanzanians")."""
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in _EXPELLED or (
        noun.tag_ in ("NNS", "NNPS") and gz.demonym_country(noun.text) is not None)


def _person_expelled_or_sentenced(tok) -> bool:
    """"Montenegro expelled a Russian diplomat", "the expulsion of two Croatian diplomats", "X was sentenced to
    eight years": a person expelled or sentenced, in the past; not "sentence" as a noun of prose."""
    if tok.lemma_ in _VERDICTS:  # "a court sentenced 17 opposition politicians to …", "convicted 14 people"
        if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") or modality.negated(tok):
            return False
        args = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
        by_court = any(c.dep_ == "nsubj" and c.lemma_ in ("court", "tribunal", "judge", "jury") for c in tok.children)
        return any(a.ent_type_ == "PERSON" or a.pos_ in ("PROPN", "PRON") or a.lemma_.lower() in _CONVICTS
                   for a in args) and (by_court if tok.lemma_ != "sentence" else any(
                       c.dep_ == "prep" and c.lower_ in ("to", "in") for c in tok.children))
        # ("convicted"/"jailed" only as a court's act: "X, who was jailed in 2025" is told in passing)
    if tok.pos_ == "VERB":
        by_doing = _by_doing(tok)  # "responded by expelling a diplomat"
        by_doing = by_doing or tok.tag_ == "VB" and tok.dep_ == "xcomp" and tok.head.lemma_ in _CAUSING \
            and tok.head.tag_ in ("VBD", "VBG", "VBN")  # "…, prompting Nairobi to expel two diplomats"
        if tok.tag_ not in ("VBD", "VBN", "VBZ") and not by_doing or modality.negated(tok):
            return False
        args = [_antecedent(c) for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    else:
        args = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return any(_expellable(a) for a in args)


_CAUSING = {"prompt", "force", "lead", "spur", "push", "compel", "cause"}  # what made the act happen


# Who a court convicts, sentences or jails.
_CONVICTS = _EXPELLED | PERSON_NOUNS | {"people", "person", "inmate", "defendant", "prisoner", "detainee",
                                       "accused", "he", "she", "they", "him", "them"}


_OFFICE_WORDS = {"chief", "head", "minister", "commander", "general", "director", "governor", "official",
                 "officer", "spokesman", "ambassador", "prosecutor", "judge", "president", "premier", "he", "she",
                 "him", "her", "captain", "colonel", "mayor", "secretary"}


_OFFICE_NOUNS = _OFFICE_WORDS - {"he", "she", "him", "her"}  # an office named as an object ("relieved the commander")


def _of_captives(tok) -> bool:
    """"a prisoner swap", "the exchange of 150 detainees"."""
    near = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")] + [
        p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    if tok.pos_ == "VERB":
        if tok.tag_ not in ("VBD", "VBN") or modality.negated(tok):
            return False  # "agreed to exchange 1,000 prisoners": a plan, not a swap that happened
        near += objects(tok)
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(p.lemma_.lower() in ("fire", "gunfire", "view", "letter",
                                                                            "blow", "shot") for p in c.children)
           for c in tok.children):
        return False  # "an exchange of fire"
    if tok.pos_ == "NOUN" and any(t.lemma_.lower() in ("free", "release") for t in tok.sent):
        return True  # "X freed four soldiers and Y returned two in an exchange at the border"
    return any(x.lemma_.lower() in _CAPTIVES or x.lower_ in _CAPTIVES for x in near)


DRILLS = {"drill", "drills", "exercise"}
_GUNS = {"rifle", "gun", "weapon", "bullet", "shot", "round", "arms", "arm"}
_MUNITIONS = {"rocket", "missile", "drone", "shell", "mortar", "projectile", "grenade", "bomb", "salvo", "barrage",
              "cannon", "shot", "round", "torpedo", "flare", "artillery", "bullet", "tear", "gas", "arm", "arms",
              "rifle", "gun", "weapon"}
# Who or what fires in a fight ("came under fire from gunmen", "hit by shrapnel").
_ARMS_AND_ATTACKERS = _MUNITIONS | _SOLDIERS | {"gunman", "militant", "fighter", "rebel", "attacker", "sniper",
                                                "insurgent", "jihadist", "assailant"}
_MILITARY = {"military", "army", "navy", "naval", "troops", "forces", "warships", "warplanes", "missile", "joint",
             "units", "fleet", "live-fire", "war", "combat", "air", "amphibious", "nuclear"}


def _military_drill(tok) -> bool:
    """"large-scale military exercises", "China's military began drills": not "exercise restraint"."""
    if tok.pos_ != "NOUN":
        return False
    return any(t.lower_ in _MILITARY for t in tok.sent)


AIRCRAFT = {"plane", "jet", "aircraft", "airliner", "helicopter", "airplane"}
_DOWNING_CUES = re.compile(r"\b(downing|shot down|brought (?:the \w+ )?down|explosion|missile|sabotage|bomb)\b", re.I)


def _aircraft_downed(tok) -> bool:
    """"the downing of the plane", "the jet crash" when the story tells of an attack on it; not every crash."""
    if "_downing_cue" not in tok.doc.user_data:  # the story is of an aircraft brought down
        tok.doc.user_data["_downing_cue"] = bool(_DOWNING_CUES.search(modality.doc_text(tok.doc))) and any(
            t.lemma_.lower() in AIRCRAFT for t in tok.doc)
    return tok.doc.user_data["_downing_cue"] and (tok.pos_ == "NOUN" or tok.lemma_ == "come")


def _ongoing(tok) -> bool:
    """"began attacking ships", "accused X of attacking a base": an -ing form that tells of acts done."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("begin", "start", "continue", "resume"):
        return True
    if tok.dep_ != "pcomp" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    if owner.dep_ == "pobj" and owner.head.dep_ == "agent":  # "is suspected by police of abducting …"
        owner = owner.head.head
    return owner.lemma_ in ("accuse", "suspect")


IMPOSE = {"impose", "announce", "slap", "adopt", "approve", "unveil", "introduce", "extend", "renew", "reimpose",
           "keep", "maintain", "prolong", "expand", "tighten"}  # renewing or extending sanctions is an act too
# Designating a group a terrorist organisation is a sanction on it (asset freezes and bans follow in law).
TERROR_VERBS = frozenset({"designate", "redesignate", "re-designate", "list", "declare", "label", "brand", "classify",
                          "proscribe", "name", "ban"})
# ("banned as a terrorist organisation in 2015": only with the label, see ``terror_designation``)
_TERROR_HEADS = {"organisation", "organization", "group", "entity", "outfit"}


BAN_VERBS = frozenset({"outlaw", "proscribe"})  # a state banning a group: a sanction with no label needed


def banned_body(tok) -> bool:
    """What a state can outlaw as a body: a name, "the group"/"the party", or "it"/"them" standing for one."""
    return tok.pos_ == "PROPN" or tok.lower_ in ("it", "them") or tok.lemma_.lower() in (
        "group", "party", "organisation", "organization", "movement", "militia", "network", "outfit", "wing")


def terror_label(tok) -> bool:
    """"a (foreign) terrorist organisation", "a terror group"."""
    return tok.lemma_.lower() in _TERROR_HEADS and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("terrorist", "terror") for c in tok.children)


def terror_designation(tok) -> bool:
    """"designated X a terrorist organisation", "has listed X as a terrorist organisation"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in TERROR_VERBS:
        return False
    labels = [c for c in tok.children if c.dep_ in ("dobj", "oprd", "xcomp", "attr", "npadvmod")]
    for c in tok.children:  # "declared X a terrorist organisation" read as a clause: "X (is) a … organisation"
        if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN"):
            labels += [c, *(g for g in c.children if g.dep_ in ("dobj", "oprd", "attr"))]
    labels += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    labels += [a for o in labels if o.dep_ == "dobj" for a in o.children if a.dep_ == "appos"]  # hung on the name
    return any(terror_label(t) for t in labels) or tok.lemma_.lower() in _NAMING_VERBS and any(
        t.lemma_.lower() == "terrorist" and t.pos_ == "NOUN" for t in labels)  # "declared X an individual terrorist"


# Who a listing names when it does not name them: "designating five people and seven companies".
_LISTED_KINDS = {"person", "people", "individual", "company", "firm", "entity", "official", "officer", "man",
                 "woman", "member", "leader", "commander", "businessman", "executive", "deputy", "associate"}
_NAMING_VERBS = {"designate", "declare", "list", "classify"}  # (not "branded the protesters terrorists": a slur)


MEASURES = {"freeze", "ban", "freezes", "bans", "restrictions"}  # "an asset freeze and a travel ban", "asset freezes",
# "visa restrictions" (only visa or travel restrictions: see ``visa_restrictions``)


def visa_restrictions(tok) -> bool:
    """"imposed visa restrictions on 20 officials": a sanction; other restrictions ("movement restrictions") are not."""
    return tok.lower_ != "restrictions" or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("visa", "travel")
                                               for c in tok.children)
_SANCTION_ACTS = MEASURES | {"measures", "embargo", "countermeasures", "blacklist", "designate", "add", "place", "put", "block",
                             "outlaw", "bar"} | set(TERROR_VERBS)


def subject_to_measures(noun) -> bool:
    """"X and Y were subject to an asset freeze and a travel ban": measures in force on the subject."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "subject" \
        and noun.head.head.head.lemma_ == "be"


_FOLLOW_VERBS = {"follow", "respond", "retaliate", "reply"}


def followed_with(noun):
    """The verb of "X followed (responded, retaliated) with asset freezes on Y" (measures as the subject's
    act; also with "freezes" parsed as a clause that "with" marks), else None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_ in _FOLLOW_VERBS:
        return noun.head.head
    if noun.dep_ == "advcl" and noun.head.lemma_ in _FOLLOW_VERBS and any(
            c.dep_ == "mark" and c.lower_ == "with" for c in noun.children):
        return noun.head
    return None


def measures_in_force(tok):
    """The "were" of "X were subject to an asset freeze and a travel ban" when ``tok`` is one of the joined
    measure words (its subjects are the targets), else None; also of "X has been under (subject to) US
    sanctions since 2023", a sanction in force whose start the article dates."""
    noun = tok.head if tok.dep_ == "conj" else tok
    if subject_to_measures(noun):
        return noun.head.head.head
    return sanctions_since(tok)


IN_FORCE = {"be", "remain", "come", "fall", "stay"}  # "… under sanctions": in force on the subject


def sanctions_held(tok):
    """The verb that holds "under sanctions" or "subject to sanctions" in force on its subject ("X, who is under
    US sanctions", "X remains subject to EU sanctions"), else None."""
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    verb = prep.head if prep.lower_ == "under" else prep.head.head if (
        prep.lower_ == "to" and prep.head.lower_ == "subject") else None
    return verb if verb is not None and verb.lemma_ in IN_FORCE else None


def sanctions_since(tok):
    """The "has been" of "X has been under US sanctions since 2015" or "X, which has been subject to EU
    sanctions since 2023": sanctions told as in force from a dated start, which annotators and analysts take
    as the act of that date. None otherwise."""
    verb = sanctions_held(tok) if tok.lower_ == "sanctions" else None
    if verb is None:
        return None
    since = [p for c in (*verb.children, *tok.children) if c.dep_ == "prep" and c.lower_ == "since"
             for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "DATE"]
    return verb if since else None


def placing_verb(under):
    """The "place"/"put"/"bring" verb an "under (sanctions)" belongs to, looking up through the object
    list the parser may have hung it on ("placed X, two aides and a firm, Y, under sanctions"), or None."""
    verb = under.head
    for _ in range(4):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ == "VERB" and verb.lemma_ in ("place", "put", "bring") else None


def _imposed(tok) -> bool:
    """"imposed sanctions on X", "adopted a package of sanctions", "imposed an asset freeze and a travel
    ban": sanctions as an act."""
    if tok.lower_ not in MEASURES | {"sanctions", "measures", "embargo", "countermeasures"}:
        return False
    if followed_with(tok.head if tok.dep_ == "conj" else tok) is not None:
        return True  # "Britain followed with asset freezes on X"
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and placing_verb(tok.head) is not None:
        return True  # "placed several firms under sanctions in 2024" (also with "under" hung on the last firm)
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_ == "hit":
        return True  # "were hit with US sanctions on Tuesday"
    if any(c.dep_ == "acl" and c.lemma_ in IMPOSE and c.tag_ == "VBN" and any(
            t.ent_type_ == "DATE" for t in c.subtree) for c in tok.children):
        return True  # "X was already under US Treasury sanctions, imposed in 2022": the act, dated
    if sanctions_since(tok) is not None:
        return True  # "has been under EU sanctions since 2023": the act of 2023
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    if noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "pobj", "ccomp"):
        noun = noun.head
    return (noun.dep_ in ("dobj", "ccomp") and noun.pos_ == "NOUN" and (
        noun.head.lemma_ in IMPOSE or noun.head.lemma_ == "order" and freeze_on_assets(noun))) or (
        # ("announced asset freezes and travel bans against …" with "freezes" read as a clause)
        subject_to_measures(noun) and tok.lower_ != "sanctions")


def freeze_on_assets(noun) -> bool:
    """"a six-month freeze on the assets of X": a freeze of someone's assets, whoever orders it."""
    return noun.lemma_ == "freeze" and any(o.lemma_ in ASSET_NOUNS for p in noun.children
                                           if p.dep_ == "prep" and p.lower_ == "on" for o in p.children)


ASSET_NOUNS = {"asset", "fund", "account", "property"}


def added_to_list(tok) -> bool:
    """"added X to its sanctions list", "placed X on its sanctions list", "added six names to the bloc's
    sanctions regime": a listing that is a sanction."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    by_committee = subj is not None and any(q.lower_ in _LIST_KINDS for q in subj.children)  # "the sanctions
    return tok.lemma_ in ("add", "place", "put") and tok.pos_ == "VERB" and (any(  # committee added X to its list"
        _to_sanctions_list(c, by_committee) for c in tok.children) or _added_to_those_sanctioned(tok))


def _added_to_those_sanctioned(tok) -> bool:
    """"sanctioned the army in 2021, and in April it added two generals, X and Y": "added" joined to a
    sanctioning verb, with no list or place named, adds names to those the subject sanctioned."""
    return tok.lemma_ == "add" and tok.dep_ == "conj" and tok.head.lemma_ in ("sanction", "designate", "blacklist") \
        and any(c.dep_ == "dobj" for c in tok.children) and not any(c.dep_ in ("prep", "dative") for c in tok.children
                                                                 if c.lower_ not in ("in", "on", "at", "during"))


def _to_sanctions_list(prep, by_committee: bool = False) -> bool:
    """"to its sanctions list", "on the bloc's sanctions regime", "to its list of Specially Designated …"."""
    return prep.dep_ == "prep" and prep.lower_ in ("to", "on") and any(p.lower_ == "sanctions" or p.lemma_ in (
        "list", "blacklist", "regime") and (  # ("to its sanctions list" with "list" taken for a verb)
        p.lemma_ == "blacklist" or by_committee or any(q.lower_ in _LIST_KINDS for q in p.subtree if q.i != p.i)
        or _own_list_after_sanctions(p)) for p in prep.children)


def _own_list_after_sanctions(noun) -> bool:
    """"was placed under UN sanctions in 2018 and added to the European Union's own list in 2023": a list
    called another body's "own" right after sanctions were told (in the forty words before) is a sanctions
    list too."""
    if noun.lemma_ != "list" or not any(c.lower_ == "own" for c in noun.children) and not (
            [c.lower_ for c in noun.children] == ["the"]):  # ("Also added to the list was X")
        return False
    doc = noun.doc
    return any(t.lower_ in _LIST_KINDS for t in doc[max(0, noun.i - 40):noun.i])


def list_named_far(tok):
    """"added X, a dealer based in Y, its owner, Z, and W, a refinery registered in V, to its sanctions list"
    with the list hung deep inside the names: the "to (its sanctions list)" preposition, or None."""
    if tok.lemma_ != "add" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return None  # (a list of its own: "added X to Y"; the far one may follow objects: "added him, …, to its list")
    return next((t for t in tok.subtree if t.i > tok.i and t.head.i != tok.i and _to_sanctions_list(t)), None)


# Words that make a list a sanctions list ("its list of Specially Designated Global Terrorists").
_LIST_KINDS = {"sanctions", "sanction", "blacklist", "terrorist", "terrorists", "terrorism", "designated",
               "sanctioned", "consolidated", "magnitsky"}  # the US and UK human-rights sanctions lists


_ROUND_ORDER = {"follow-up", "last", "first", "second", "third", "fourth", "fifth", "next", "latest", "new", "final",
                "previous", "earlier", "another", "fresh"}
_TALK_WORDS = {"talks", "negotiations", "negotiation", "dialogue", "mediation", "consultations"}


def _round_of_talks(tok) -> bool:
    """"A follow-up round in Istanbul in November broke up", "the last round, held in December, ended …": a round
    of the talks the story tells (talks named in its sentence or the sixty words before), not "a round of
    sanctions" nor "fired a round"."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "two rounds of talks" is the talks' own mention; "a round of sanctions" is none
    if not any(c.lower_ in _ROUND_ORDER or c.lower_ == "follow"  # ("follow-up" split by the tokenizer)
               for c in tok.children if c.dep_ in ("amod", "compound")):
        return False
    sent = tok.sent
    return any(t.lower_ in _TALK_WORDS for t in tok.doc[max(0, sent.start - 60):sent.end])


def from_entering(verb) -> bool:
    """"… from entering / travelling to / visiting …" on a verb of barring: an entry ban."""
    return any(p.lemma_ in ("enter", "travel", "visit") for c in verb.children
               if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ in ("pcomp", "pobj"))


def _sanction_act(tok) -> bool:
    """Words that are a sanction only in some uses: "imposed a travel ban", "the measures, announced on
    Monday", "froze the assets of X", "blacklisted him in 2024" (a listing with a time of its own; without
    one it extends the sanctions told before, see ``relations.sanction_listings``)."""
    lemma = tok.lemma_.lower()
    if lemma in TERROR_VERBS and terror_designation(tok):  # told in passing ("X, which Washington has designated
        passing = tok.dep_ == "relcl" or (tok.dep_ == "conj" and tok.head.dep_ == "relcl") or any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children)  # "… and is listed as …": a status
        return not passing or any(t.ent_type_ == "DATE" for t in tok.subtree)  # …"): only with a date
    if lemma in ("add", "place", "put"):
        return added_to_list(tok) and tok.tag_ in ("VBD", "VBN") or list_named_far(tok) is not None
    if tok.pos_ == "VERB":
        if lemma in ("freeze", "block"):  # "froze the assets of X", "blocked any US-held assets of X"
            return any(o.lemma_ in ("asset", "fund", "account", "property") for o in objects(tok))
        if lemma in BAN_VERBS:  # "Britain outlawed the group in 2017" (not "to outlaw it": no act yet)
            return tok.tag_ in ("VBD", "VBN") and tok.dep_ != "relcl" and any(
                banned_body(o) for o in objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"])
        if lemma in ("bar", "ban") and from_entering(tok):  # "Washington barred X from entering the US in 2024"
            return tok.tag_ in ("VBD", "VBN") and not modality.negated(tok)
        if lemma in ("list", "blacklist", "designate") and tok.tag_ == "VBG" and tok.dep_ == "advcl" and any(
                t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lemma_ in _LISTED_KINDS
                for o in objects(tok) for t in (o, *o.conjuncts)):
            return any(c.dep_ in ("prep", "npadvmod") and any(t.ent_type_ == "DATE" for t in c.subtree)
                       for c in tok.head.children)  # "The EU followed in December, listing X and two deputies"
            # (a named target: not "responded on Monday, listing three demands")
        if lemma in ("blacklist", "designate"):  # not "X, which Washington designated in 2009": in passing
            told = [tok.head] if tok.dep_ == "ccomp" and tok.head.lemma_ in modality.SAY_VERBS else []
            return tok.tag_ in ("VBD", "VBN") and tok.dep_ != "relcl" and any(
                c.dep_ in ("prep", "npadvmod") and any(t.ent_type_ == "DATE" for t in c.subtree)
                for c in (*tok.children, *(k for s in tok.children if s.dep_ == "nsubj" for k in s.children),
                          *(c for h in told for c in h.children if c.dep_ in ("prep", "npadvmod"))))
            # (the subject's "in 2022" too: "The Treasury in 2022 blacklisted X"; the report's: "the ministry
            # said on Wednesday it had blacklisted six people")
        return False
    if tok.lower_ == "measures" and tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and any(
            c.dep_ in ("acl", "relcl") and c.lemma_ in IMPOSE for c in tok.children):
        return True  # "The measures, announced on Monday, freeze …": the sanctions told before, dated
    return _imposed(tok)


def _bare_plural(tok) -> bool:
    """"markets", "hospitals": plural nouns with no determiner, number or name: things in general."""
    return tok.tag_ == "NNS" and not tok.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod", "compound") for c in tok.children)


def one_of(noun) -> bool:
    """"X was among 12 people sanctioned", "X was one of five officials sanctioned": a class a named one is in."""
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and (prep.lower_ == "among" and prep.head.lemma_ == "be" or prep.lower_ == "of" and (
        prep.head.lower_ in ("one", "two", "three") or prep.head.pos_ == "NUM"))


def vague(tok, date: str | None) -> bool:
    """Generic, negated or hypothetical mentions are no event ("attacks on officers", "has not been arrested")."""
    if modality.negated(tok) or (tok.dep_ in ("conj",) and modality.negated(tok.head)):
        return True
    if tok.pos_ == "VERB" and tok.dep_ in ("acl", "amod") and tok.head.tag_ == "NNS" and not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.head.children) and not one_of(tok.head):
        return True  # "men detained over alleged links", "prisoners held at Mitiga": a class of people
    if _dated_deal(tok):
        return False  # "threatens the 2016 peace agreement": the deal of 2016 happened, whatever threatens it now
    if tok.lemma_ == "crackdown" and not date and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                      for c in tok.children):
        return True  # "using gold revenue to bankroll a crackdown on critics": a campaign, not one happening
    head = tok if tok.pos_ == "VERB" else tok.head
    # (the children of the head and its head, read from the doc's table: asked for every trigger)
    table = table_of(tok.doc)
    deps, lowers, kids = table.deps, table.lowers, table.children
    if any(deps[c] == "mark" and lowers[c] in ("whether", "if") for t in (head.i, table.heads[head.i])
           for c in kids[t]):
        return True  # "declined to say whether a ceasefire had been discussed": an open question, no event
    for t in (head, head.head):
        as_subject = tok.dep_ in ("nsubj", "nsubjpass") and t.i == tok.head.i  # "the attack was planned"
        done = t.lemma_ == "plan" and tok.dep_ == "dobj" and t.i == tok.head.i and t.tag_ in ("VBD", "VBN") \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)  # "had planned the bombings"
        if (t.lemma_ in _HYPOTHETICAL and not as_subject and not done and t.i != tok.i) or any(  # ("was called
            # in": the trigger's own "call" is no call for something)
                lowers[c] in ("would", "will", "could", "might", "should", "must", "can") for c in kids[t.i]):
            return True
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN" \
            and tok.head.head.lemma_ in _PROSPECTIVE:
        return True  # "a warrant for his arrest", "calls for talks": not (yet) an event
    if tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children) and objects(tok) \
            and all(_bare_plural(o) and o.lemma_.lower() not in _MUNITIONS for o in objects(tok)) \
            and not (date and len(date) == 10 and any(t.ent_type_ == "DATE" for t in tok.subtree)):
        return True  # "the army, which has bombed markets and hospitals": a record, not one event (but "had
        # shelled positions … on Monday" is one day's attack)
    if tok.lemma_.lower() in DRILLS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False  # "taking part in the drills": the exercise told before
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and any(c.lower_ == "mass" for c in tok.children):
        return not date  # "the mass killings of civilians in El Geneina in 2023": one massacre
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lower_ not in (
            "talks", "negotiations", "consultations", "strikes", "airstrikes"):
        if trigger_type(tok) == "sanction":
            return False  # "imposed sanctions on two officials": one act, however many measures and targets
        if date and any(c.dep_ == "nummod" for c in tok.children):
            return False  # "two military takeovers in 1987": counted happenings of a told year
        if date and any(p.tag_ in ("NN", "NNP") and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the")
                                                         for d in p.children) or p.ent_type_ in ("GPE", "FAC", "ORG")
                        for p in prep_objects(tok, ("on", "against"))):
            return False  # "arson attacks on a kosher restaurant in Sydney in 2024": one target's, that year
        return not (date and len(date) >= 7)
    if tok.lower_ in ("strikes", "airstrikes") and not date:
        return True
    if any(c.dep_ == "det" and c.lower_ in ("no", "any", "every", "each") for c in tok.children):
        return True
    for c in tok.children:  # "the killing of several generals", "attacks on three officers": a series, not one event
        if c.dep_ == "prep" and c.lower_ in ("of", "on") and trigger_type(tok) != "sanction":  # one act, many targets
            for p in c.children:
                if p.tag_ == "NNS" and any(q.dep_ in ("amod", "nummod", "det") and q.lower_ in _SERIES
                                           for q in p.children):
                    return True
    verb = tok.head.head if tok.lower_ == "custody" and tok.dep_ == "pobj" else tok  # "none of them is in custody"
    if verb.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("nobody", "none", "no-one") for c in verb.children):
        return True  # "nobody has been detained"
    return False
