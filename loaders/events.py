"""Event nodes: one per real event, with type, date, place, participants and evidence.

This module assembles the steps kept in their own modules: ``event_triggers``
(which words are events), ``event_dates`` (when), ``event_roles`` (who, where),
``event_merge`` (one node per event). It also turns accusations read by
``relations`` ("accuses X of overseeing the attack") into ACCUSED_OF /
SUSPECTED_OF edges on the event their clause names.
"""
from __future__ import annotations

import datetime
import re

from newsgraph.schema import Event, event_id

from . import dates, modality
from .actors import actor_before, actors, agent_of_passive, is_passive, objects, prep_objects, subject
from .event_dates import apply_relative, lede_day, previous_day, resolve_date
from .event_merge import merge_mentions
from .event_roles import (MEDIATE_VERBS, among_them, delegations, identified, participants, place_of, state_led_by,
                          state_of_title)
from .event_triggers import (DEPENDENT, IMPOSE, SPECIFIC, TRIGGER_KEYS, TRIGGERS, EventMention, followed_with, group,
                             talks_family, trigger_type, vague)


def apply(builder, doc) -> None:
    mentions = _mentions(builder, doc)
    _coup_acts(builder, mentions)
    delegations(builder, doc, None, mentions)
    identified(builder, mentions)
    among_them(builder, mentions)
    events = merge_mentions(mentions, builder.article.published)
    apply_relative(builder, mentions, events)
    events = merge_mentions([m for ev in events for m in ev], builder.article.published)
    _story_day_sanctions(builder, events)
    by_tok: dict[int, str] = {}
    claimed = _claimed(builder)
    alleged = _alleged(builder, mentions)
    for ev in events:
        if all(m.dependent for m in ev):
            continue  # "X died" with no attack told: a death, not an event we type
        if all(m.type == "sanction" for m in ev) and not _sanction_told(ev):
            continue
        eid = _emit(builder, ev, claimed, any(m.tok.i in alleged for m in ev))
        if eid:
            for m in ev:
                by_tok[m.tok.i] = eid
    _claims(builder, doc, by_tok)
    _arrested_suspects(builder)
    _plotters_held(builder)
    _story_suspicions(builder, doc)
    _bare_claims(builder, doc)
    _talks_sides(builder, doc, by_tok)
    _negotiators_take_part(builder, doc, by_tok)
    _accused_of_deed_told(builder, doc, by_tok)


_COUP_WORDS = {"coup", "putsch", "mutiny", "takeover"}  # (not a rebellion: a war has many attacks)


def _coup_acts(builder, mentions: list[EventMention]) -> None:
    """"Soldiers stormed the army headquarters in a gun battle, in what the government called an attempted
    coup": the storming and the shooting are the coup's own acts, one mutiny. A violent mention in the sentence
    of a coup word, dated as it is (or the coup undated) and aimed at no one named, is retyped to the coup."""
    dated = {m.tok.i: m.date for m in mentions}
    coups: dict[int, list] = {}  # sentence start -> its coup words (also "what X called a coup", no mention)
    for m in mentions:
        if group(m.type) != "violence" or any(builder.label(a) == "Person" for a, r in m.roles if r == "TARGET_OF"):
            continue
        sent = builder.sentence(m.tok)
        if sent.start not in coups:
            coups[sent.start] = [t for t in builder.tokens(_COUP_WORDS, sent)
                                 if trigger_type(t) == "mutiny" and not _ruled_out(t)]
        if any(dated.get(t.i) is None or m.date is None or dated[t.i] == m.date for t in coups[sent.start]):
            m.type = "mutiny"
            m.roles = [(a, r) for a, r in m.roles if r == "PERPETRATOR_OF"]


def _ruled_out(tok) -> bool:
    """"blamed on a commando rather than a coup attempt", "not a coup": the word names what it was not."""
    up = (tok.head, tok.head.head)
    return any(t.lower_ in ("than", "instead") for t in up) or any(
        c.dep_ == "neg" for t in (tok, *up) for c in t.children)


_BROKER_WORDS = MEDIATE_VERBS | {"mediator", "mediation", "auspices"}


def _brokers(builder) -> set[str]:
    """Actors named within a few words of mediating or hosting ("talks mediated by Qatar", "Turkish-brokered",
    "under the auspices of the AU"): a third party, not a side."""
    out = set()
    for tok in builder.tokens(_BROKER_WORDS):
        for j in range(max(tok.sent.start, tok.i - 4), min(tok.sent.end, tok.i + 5)):
            eid = builder.token_entity.get(j)
            if eid:
                out.add(eid)
    return out


# Bodies that attend talks as third parties (the UN, the AU, the Red Cross, a bishops' conference), not sides.
_THIRD_PARTIES = {"international", "other", "media"}


def _talks_sides(builder, doc, by_tok: dict[int, str]) -> None:
    """The two sides that took part in the same talks negotiated with each other, however the talks were
    told ("peace talks between the government and the ELN", "a ceasefire agreed by Pakistan and Afghanistan").
    A third party at the table may be a mediator, so only talks with exactly two sides, neither of them named
    as mediating or hosting anywhere in the story, are paired."""
    first: dict[str, int] = {}
    for i, eid in sorted(by_tok.items()):
        first.setdefault(eid, i)
    brokers = _brokers(builder)
    for eid, i in first.items():
        if builder.events[eid].type != "negotiation" and talks_family(doc[i]) != "call":
            continue  # (talks, and a call between two capitals: "the foreign ministers of A and B spoke by phone")
        sides = [r.source for r in builder.relations.values() if r.type == "PARTICIPATED_IN" and r.target == eid
                 and builder.label(r.source) in ("Country", "Organisation")]
        if len(sides) == 2 and not set(sides) & brokers and not any(
                builder.org_kind(a) in _THIRD_PARTIES for a in sides if builder.label(a) == "Organisation"):
            builder.add_relation("NEGOTIATED_WITH", sides[0], sides[1], builder.evidence(doc[i], "rule:talks-sides", 0.6))


def _negotiators_take_part(builder, doc, by_tok: dict[int, str]) -> None:
    """Sides the relation rules read as negotiating with each other ("talks between the government and the
    rebels", "A delegation from X sat down with envoys of Y") take part in the talks their sentence tells,
    when it tells exactly one."""
    talks: dict[int, set[str]] = {}
    for i, eid in by_tok.items():
        if builder.events[eid].type == "negotiation":
            talks.setdefault(doc[i].idx, set()).add(eid)
    for r in list(builder.relations.values()):
        if r.type != "NEGOTIATED_WITH":
            continue
        for ev in r.evidence:
            told = {e for at, ids in talks.items() if ev.start <= at < ev.end for e in ids}
            if len(told) == 1:
                eid = next(iter(told))
                for side in (r.source, r.target):
                    builder.add_relation("PARTICIPATED_IN", side, eid, ev.model_copy(update={
                        "extractor": "rule:negotiators-take-part", "confidence": 0.6}))


def _accused_of_deed_told(builder, doc, by_tok: dict[int, str]) -> None:
    """"After the grenade attack on a police post on Monday, Kenya accused Uganda of sheltering the men": one
    accused in the sentence that tells one violent event, and not already in it, is accused of that event (by
    the accuser). The link is loose, so the edge is weak; an accused told with the deed is usually blamed for it."""
    told: dict[int, set[str]] = {}
    for i, eid in by_tok.items():  # (keyed as evidence is: the sentence's offset without leading space)
        if group(builder.events[eid].type) == "violence":
            told.setdefault(builder.evidence(doc[i], "rule:accused-of-deed-told", 0.5).start, set()).add(eid)
    roles = {(r.source, r.target) for r in builder.relations.values() if r.target in builder.events}
    for r in list(builder.relations.values()):
        if r.type != "ACCUSED":
            continue
        ev = r.evidence[0]
        ids = told.get(ev.start, set())
        if len(ids) == 1:
            eid = next(iter(ids))
            if (r.target, eid) not in roles and (r.source, eid) not in roles:
                builder.add_relation("ACCUSED_OF", r.target, eid, ev.model_copy(update={
                    "extractor": "rule:accused-of-deed-told", "confidence": 0.5}), by=[r.source])


# building -------------------------------------------------------------------------------
def _mentions(builder, doc) -> list[EventMention]:
    published = builder.article.published
    claimed, claimants = _claimed(builder), _claimed(builder, "by")
    out: list[EventMention] = []
    for tok in builder.tokens(TRIGGER_KEYS):
        etype = trigger_type(tok)
        if etype is None:
            continue
        if tok.dep_ in ("compound", "amod") and trigger_type(tok.head):
            continue  # "novichok attack": the head carries the event
        for c in tok.children:
            ct = TRIGGERS.get(c.lemma_.lower())
            if c.dep_ in ("compound", "amod") and ct and SPECIFIC.get(ct, -1) > SPECIFIC.get(etype, -1):
                etype = ct
        date, relative, same, weak = resolve_date(builder, tok, published)
        if same:
            date = previous_day(builder, tok, published, same)
        if vague(tok, date):
            continue
        denied = modality.denied_by(tok)  # "Moscow denied interfering": no perpetrator, only the denial
        roles = [(a, r) for a, r in participants(builder, tok, etype) + builder.extra_roles.get(tok.i, [])
                 if not (r == "PERPETRATOR_OF" and (a in claimed.get(tok.i, ()) or a in claimants.get(tok.i, ())
                                                    or denied))]  # alleged, not done
        if tok.lemma_ == "meet" and tok.pos_ == "VERB" and not any(
                a for o in objects(tok) + prep_objects(tok, ("with",)) for a in actors(builder, o)) and len(
                {a for a, _ in roles}) < 2:
            continue  # "X met the press": a meeting needs another party
        if tok.lower_ == "custody":  # "in custody" is an arrest only of someone named
            roles = [r for r in roles if r[1] == "TARGET_OF"]
            if not roles:
                continue
        m = EventMention(tok, etype, date, place_of(builder, tok), roles, relative, bool(same), weak=weak,
                         dependent=tok.lemma_ in DEPENDENT, by=_sanctioners(builder, tok) if etype == "sanction" else frozenset(),
                         later=same in ("next", "month") or isinstance(same, tuple), sent=builder.sentence(tok).start)
        if m.dependent and not m.roles:
            continue
        out.append(m)
    return out


def _sanctioners(builder, tok) -> frozenset:
    """The states behind a sanction act ("Britain sanctioned", "the Treasury imposed sanctions"): an agency
    counts as the state it is part of, so that the two are one act."""
    return frozenset(_state_above(builder, a) for a in _sanction_agents(builder, tok))


def _sanction_agents(builder, tok) -> list[str]:
    """The states and bodies that imposed a sanction act, as the sentence names them."""
    first = tok
    while first.dep_ == "conj" and first.pos_ != "VERB" and first.head.pos_ != "VERB":
        first = first.head  # "announced asset freezes and travel bans": the bans are the freezes' act
    verb = tok if tok.pos_ == "VERB" else followed_with(first) or first.head  # ("Britain followed with …")
    if verb.pos_ != "VERB":
        return []
    agents = agent_of_passive(verb) if is_passive(verb) else [subject(verb)]
    if verb.dep_ == "amod" and verb.head.pos_ == "PROPN" and verb.head.i > verb.i:
        agents = [actor_before(builder, verb)]  # "OFAC on Wednesday designated X" read as an adjective of X
    return list(dict.fromkeys(a for g in agents if g is not None
                              for a in actors(builder, g, ("Country", "Organisation"))))


def _state_above(builder, eid: str, hops: int = 3) -> str:
    """The state a body is part of, through its parent bodies ("OFAC" → "the Treasury" → the United States),
    else the body itself."""
    cur = eid
    for _ in range(hops):
        up = [r.target for r in builder.relations.values() if r.type == "PART_OF" and r.source == cur]
        state = next((u for u in up if builder.label(u) == "Country"), None)
        if state:
            return state
        if not up:
            break
        cur = up[0]
    return eid


def _alleged(builder, mentions: list[EventMention]) -> set[int]:
    """Trigger tokens an accusation is about: the first event named in each accusation's clause."""
    out = set()
    for claim in builder.claims:
        lo, hi = claim["span"]
        inside = sorted(m.tok.i for m in mentions if lo <= m.tok.i < hi and group(m.type) not in ("talks", "sanction"))
        if inside:
            out.add(inside[0])
    return out


def _claimed(builder, side: str = "accused") -> dict[int, set[str]]:
    """Token → actors accused or suspected in a clause covering it: they did it only allegedly. With ``side``
    "by", the accusers, who do not do the deed they accuse another of ("Ukraine accused Russia of launching an
    attack on Kyiv, killing three": "killing" is Russia's, alleged)."""
    out: dict[int, set[str]] = {}
    for claim in builder.claims:
        for i in range(*claim["span"]):
            out.setdefault(i, set()).update(claim.get(side) or ())
    return out


def _emit(builder, ev: list[EventMention], claimed: dict[int, set[str]], alleged: bool = False) -> str | None:
    etype = max((m.type for m in ev), key=lambda t: SPECIFIC.get(t, 0))
    date = max((m.date for m in ev if m.date and not m.weak), key=len, default=None) or max(
        (m.date for m in ev if m.date), key=len, default=None)
    place = next((m.place for m in ev if m.place), None)
    roles = [r for m in ev for r in m.roles]
    if date is None and not roles and not alleged and not (place and group(etype) == "violence"):
        return None  # an undated event nobody took part in or is accused of is too vague to keep (an attack
        # on a named place is not: "a bomb exploded against the police station at X, killing three officers")
    anchor = place or next((a for a, _ in roles), None) or etype
    family = {talks_family(m.tok) for m in ev}
    if len(family) == 1 and None not in family:  # a call and a summons the same day by the same state are two
        anchor = f"{anchor} {family.pop()}"  # events (kept apart in the merge): their ids must differ too
    first = min(ev, key=lambda m: m.tok.i)
    sent = builder.sentence(first.tok)  # Token.sent rescans the parse; Span.text re-joins every token
    evidence = [builder.evidence(m.tok, f"rule:event-trigger:{m.tok.lemma_.lower()}", 0.7 if m.date else 0.5)
                for m in sorted(ev, key=lambda m: m.tok.i)]
    by = frozenset(b for m in ev for b in m.by)
    told = builder.sanction_by.get(event_id(etype, date, anchor))
    if etype == "sanction" and by and told and not by & told:
        anchor = f"{anchor} {min(by)}"  # Britain's sanctions on X the same day as Washington's: a second act
    if etype == "sanction" and by:
        builder.sanction_by[event_id(etype, date, anchor)] = by
    eid = builder.add_event(Event(id=event_id(etype, date, anchor), type=etype, date=date,
                                  summary=modality.doc_text(sent.doc)[sent.start_char:sent.end_char].strip()[:200], location=place, evidence=evidence))
    if place:
        builder.add_relation("OCCURRED_IN", eid, place, evidence[0])
    for m in ev:
        for actor, role in list(m.roles):
            if role == "PARTICIPATED_IN" and group(m.type) == "talks":
                state = state_led_by(builder, actor) or state_of_title(builder, actor)
                if state and (state, role) not in m.roles:
                    m.roles.append((state, role))
        hedged = None  # (confidence, cues, believer) of the trigger: read off the parse once per mention
        for actor, role in m.roles:
            if role == "PERPETRATOR_OF" and builder.label(actor) == "Person":
                actor = _voice_for(builder, actor) or actor  # "the group's spokesman, X, claimed the attack"
            if role == "PERPETRATOR_OF" and actor in claimed.get(m.tok.i, ()):
                continue  # "accuses X of overseeing the attack": ACCUSED_OF, not PERPETRATOR_OF
            if role == "PERPETRATOR_OF" and etype == "arrest" and builder.label(actor) == "Country":
                continue  # "the Philippines arrested two men": the arresting force is what an analyst records
            if hedged is None:
                hedged = (*modality.confidence(0.7, m.tok, builder.sentence(m.tok)), modality.belief_source(m.tok))
            conf, cues, believer = hedged[0], list(hedged[1]), hedged[2]  # (a fresh cue list per edge, as before)
            props = {"hedge": cues} if cues else {}
            if role == "PERPETRATOR_OF" and (cues or believer is not None):
                role = "SUSPECTED_OF"
                by = actors(builder, believer) if believer is not None else []
                if by:
                    props["by"] = by
            elif role == "PERPETRATOR_OF" and group(etype) == "violence" and builder.label(actor) == "Person":
                said = _said_by(builder, m.tok, actor)
                if said is not None:  # "the minister said X had planned the bombings": X is accused of them
                    role = "ACCUSED_OF"
                    props["by"] = said
                    for accuser in said:
                        builder.add_relation("ACCUSED", accuser, actor, builder.evidence(m.tok, "rule:said-deed", conf),
                                             **({"hedge": cues} if cues else {}))
            builder.add_relation(role, actor, eid, builder.evidence(m.tok, f"rule:event-role:{role.lower()}", conf),
                                 **props)
        if etype == "sanction":
            _sanctioned_by_act(builder, m)
    return eid


def _sanctioned_by_act(builder, m: EventMention) -> None:
    """"Brussels adopted its 14th package of measures against Russia", "imposed punitive measures on Kosovo":
    the act's targets are SANCTIONED_BY whoever imposed it, when no other rule tied them to anyone."""
    targets = [a for a, r in m.roles if r == "TARGET_OF"]
    if not targets or m.tok.dep_ == "relcl":
        return  # (negated acts made no mention: see ``vague``)
    tied = {r.source for r in builder.relations.values() if r.type == "SANCTIONED_BY"}
    tok = m.tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "adopted its 14th package of measures": the package's verb
    agents = _sanction_agents(builder, tok)
    named = {builder.token_entity.get(p.i) for p in prep_objects(m.tok, ("on", "against")) if p.pos_ == "PROPN"}
    for t in targets:
        if t in tied or builder.label(t) == "Country" and t not in named:
            continue  # (a state only named as such: not "sanctions on Belarusian officials")
        for a in agents:
            builder.add_relation("SANCTIONED_BY", t, a, builder.evidence(m.tok, "rule:sanction-act", 0.6))


def _voice_for(builder, person: str) -> str | None:
    """The body a spokesperson speaks for: a spokesman claiming an attack claims it for the group."""
    return next((r.target for r in builder.relations.values() if r.type == "MEMBER_OF" and r.source == person
                 and "spokes" in str(r.properties.get("role", "")).lower()), None)


def _said_by(builder, tok, actor: str):
    """The accusers of a person's deed told in someone's words ("the minister said X planned the bombings"):
    None when the speaker is unnamed ("officials said") or speaks for the doer ("the group said its
    commander …"). Attacks by states and groups that officials report are told as facts, not charges."""
    who = modality.speaker(tok)
    if who is None:
        return None
    said = [a for a in actors(builder, who) if builder.label(a) != "Source"]
    if not said or actor in said or any(_same_side(builder, a, actor) for a in said):
        return None  # "officials said", "the group said its fighters …", "CENTCOM said it struck …"
    return said


def _same_side(builder, a: str, b: str) -> bool:
    """One speaks for the other: a part, member or leader of it, or it of them."""
    return any(r.type in ("PART_OF", "MEMBER_OF", "LEADS") and {r.source, r.target} == {a, b}
               for r in builder.relations.values())


def _story_day_sanctions(builder, events: list[list[EventMention]]) -> None:
    """"The United States also imposed sanctions on X and Y": an undated act told in the main clause of a
    story about a dated day is taken to be of that day (the lede's), the way a reader takes it."""
    day = lede_day(builder, [m for ev in events for m in ev], builder.article.published)
    # (or the lede's own day: "The Justice Department on Tuesday charged …")
    if day is None:
        return
    for ev in events:
        if any(m.date for m in ev) or not all(m.type == "sanction" for m in ev):
            continue
        if any(r == "TARGET_OF" for m in ev for _, r in m.roles) and any(
                _told_as_act(m.tok) and not any(t.ent_type_ == "DATE" for t in builder.sentence(m.tok)) for m in ev):
            for m in ev:
                m.date = day


def _told_as_act(tok) -> bool:
    """A past-tense verb of a main clause, or the object of one: not a relative clause told in passing,
    nor a perfect ("has sanctioned X"), which tells that it happened, not when."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and verb.dep_ not in (
        "relcl", "acl", "advcl", "pcomp") and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _sanction_told(ev: list[EventMention]) -> bool:
    """A sanction event needs its day, or a year and someone named as its target: "sanctions" in passing
    ("under sanctions since 2019", "the sanctions bite") is background, not an act."""
    dates = [m.date for m in ev if m.date]
    return any(len(d) == 10 for d in dates) or bool(dates) and (any(r == "TARGET_OF" for m in ev for _, r in m.roles)
                                                              or any(_told_with_doer(m.tok) for m in ev if m.date))


_DOERS_VERBS = IMPOSE | {"sanction", "place", "designate", "blacklist", "add", "put"}


def _told_with_doer(tok) -> bool:
    """"The Treasury sanctioned the group's leader in January", "the EU imposed sanctions on … in 2024": an act
    told with the one who did it, not "sanctions" in passing."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "pobj") else None
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_ in _DOERS_VERBS and any(
        c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in verb.children)


def _story_attack(builder) -> str | None:
    """The one attack on a named person the story is about, if there is exactly one."""
    attacks = {r.target for r in builder.relations.values() if r.type == "TARGET_OF" and r.target in builder.events
               and group(builder.events[r.target].type) == "violence" and builder.label(r.source) == "Person"}
    if len(attacks) > 1:  # "In 2024, another mayor was shot dead": the story's own attack is the one in the lede
        sents = builder.sents()
        lede_end = sents[min(1, len(sents) - 1)].end_char if sents else 0
        attacks = {a for a in attacks if min(e.start for e in builder.events[a].evidence) < lede_end}
    published = builder.article.published or ""
    recent = lambda ids: {a for a in ids if not builder.events[a].date or not published
                          or builder.events[a].date[:4] >= published[:4]
                          or builder.events[a].date[:7] >= dates.shift_months(published, -2)}  # not one of 2021
    attacks = recent(attacks)
    if not attacks:  # "A roadside bomb tore through a convoy carrying the home minister …": the lede's attack
        sents = builder.sents()
        lede_end = sents[0].end_char if sents else 0
        attacks = recent({e.id for e in builder.events.values() if group(e.type) == "violence"
                          and min(x.start for x in e.evidence) < lede_end and e.date and len(e.date) == 10})
    return attacks.pop() if len(attacks) == 1 else None  # with two, which one is meant is not ours to guess


def _story_suspicions(builder, doc) -> None:
    """"Officials pointed the finger at X", naming no event, in a story of one attack: X is suspected of it."""
    attack = _story_attack(builder)
    if attack is None:
        return
    first = min(e.start for e in builder.events[attack].evidence)
    for claim in builder.story_claims:
        tok = doc[claim["token"]]
        if tok.idx < first:
            continue  # told before the attack is: about something else
        for a in claim["accused"]:
            if (a, "TARGET_OF") in (
                    (r.source, r.type) for r in builder.relations.values() if r.target == attack):
                continue
            builder.add_relation(claim["kind"], a, attack, builder.evidence(tok, claim["rule"], 0.6),
                                 **({"by": claim["by"]} if claim["by"] else {}))


def _bare_claims(builder, doc) -> None:
    """"JNIM claimed responsibility late on Sunday", naming no event: it claims the story's attack."""
    attack = _story_attack(builder) or _latest_violence(builder)
    if attack is None:
        return
    first = min(e.start for e in builder.events[attack].evidence)
    for tok in builder.tokens({"responsibility"}):
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_ not in ("claim", "take", "accept") or modality.negated(verb) \
                or any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in (*tok.children, *verb.children)) \
                or tok.idx < first:
            continue
        for a in actors(builder, subject(verb), ("Organisation", "Person", "Country")):
            builder.add_relation("PERPETRATOR_OF", a, attack, builder.evidence(tok, "rule:claimed-responsibility", 0.7))


def _latest_violence(builder) -> str | None:
    """The only violent event dated within a week of publication, if there is one."""
    pub = builder.article.published
    recent = [e.id for e in builder.events.values() if group(e.type) == "violence" and e.date and pub
              and len(e.date) == 10 and 0 <= (datetime.date.fromisoformat(pub) - datetime.date.fromisoformat(e.date)).days <= 7]
    return recent[0] if len(recent) == 1 else None


# An arrest told with its own offence, and no violence in it ("on suspicion of money laundering").
_OTHER_OFFENCE = re.compile(r"\bon (?:suspicion|charges?) of (?![^.;]*\b(?:attack|bomb|blast|shoot|kill|murder|"
                            r"assassinat|plot|ambush|poison|arson|it\b|the (?:crime|killing|attack)))", re.I)
_SUSPECT_WORDS = re.compile(r"\b(suspects?|attacks?|bombings?|blasts?|shootings?|killings?|assassination)\b", re.I)


def _arrested_suspects(builder) -> None:
    """People arrested in a story about one attack on a named person are suspected of it, by their captors."""
    rels = list(builder.relations.values())
    attack = _story_attack(builder)
    if attack is None:
        return
    named_victim = any(r.target == attack and r.type == "TARGET_OF" and builder.label(r.source) == "Person"
                       for r in rels)
    involved = {r.source for r in rels if r.target == attack}
    when = builder.events[attack].date or ""
    for arrest in (e for e in builder.events.values() if e.type == "arrest"):
        if not named_victim and not any(_SUSPECT_WORDS.search(x.sentence) for x in arrest.evidence):
            continue  # a story about an unnamed victim: only arrests told as of suspects, or over the attack
        if arrest.date and when and arrest.date[:len(when)] < when[:len(arrest.date)]:
            continue  # an arrest before the attack is another story
        if any(_OTHER_OFFENCE.search(x.sentence) for x in arrest.evidence):
            continue  # "detained X on suspicion of money laundering": held over something else
        held = [r for r in rels if r.target == arrest.id and r.type == "TARGET_OF"]
        by = [r.source for r in rels if r.target == arrest.id and r.type == "PERPETRATOR_OF"]
        for r in held:
            if r.source in involved or builder.entities[r.source].type != "Person":
                continue  # a victim detained, or a state "arrested", is no suspect
            ev = r.evidence[0].model_copy(update={"extractor": "rule:arrested-suspect", "confidence": 0.55})
            builder.add_relation("SUSPECTED_OF", r.source, attack, ev, **({"by": by} if by else {}))


_FOILED = re.compile(r"\b(foil|thwart|plot|attempted coup|coup attempt|plan(?:ned|ning)? (?:a|to))", re.I)


def _plotters_held(builder) -> None:
    """"Authorities said they had foiled a coup attempt and arrested six officers, including X": people
    arrested in the sentence that tells a coup or mutiny are suspected of it, by their captors."""
    rels = list(builder.relations.values())
    coups = [e for e in builder.events.values() if e.type == "mutiny"]
    for arrest in (e for e in builder.events.values() if e.type == "arrest"):
        told = {(x.start, x.end) for x in arrest.evidence if _FOILED.search(x.sentence)}  # not a coup that took
        for coup in (c for c in coups if told & {(x.start, x.end) for x in c.evidence}):  # power and held people
            involved = {r.source for r in rels if r.target == coup.id}
            by = [r.source for r in rels if r.target == arrest.id and r.type == "PERPETRATOR_OF"]
            for r in rels:
                if r.target == arrest.id and r.type == "TARGET_OF" and r.source not in involved \
                        and builder.label(r.source) == "Person":
                    ev = r.evidence[0].model_copy(update={"extractor": "rule:plotters-held", "confidence": 0.55})
                    builder.add_relation("SUSPECTED_OF", r.source, coup.id, ev, **({"by": by} if by else {}))


_DEED_WORDS = {"operation", "plot", "violence"}  # nouns for a violent deed that are no event trigger of their own


def _the_deed(tok) -> bool:
    """"the attack", "the killing", "that operation": a deed the reader already knows, named by a noun alone
    (a violent event's trigger word, or one of a few words for it)."""
    return tok.pos_ == "NOUN" and (tok.lower_ in _DEED_WORDS or group(trigger_type(tok) or "") == "violence") \
        and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in tok.children)


def _claims(builder, doc, by_tok: dict[int, str]) -> None:
    """Accusations and suspicions whose clause names an event become ACCUSED_OF / SUSPECTED_OF."""
    for claim in builder.claims:
        lo, hi = claim["span"]
        events = list(dict.fromkeys(by_tok[i] for i in range(lo, hi) if i in by_tok
                                    and group(builder.events[by_tok[i]].type) not in ("talks", "sanction")))
        if not events and (claim.get("story") or any(t.lower_ in ("it", "this") and t.dep_ in ("pobj", "dobj")
                                                     or _the_deed(t) for t in doc[lo:hi])):
            story = _story_attack(builder)  # "accused Iran of being behind it", "… of ordering the killing": the
            # story's attack, told before
            if story and min(e.start for e in builder.events[story].evidence) < doc[lo].idx:
                events = [story]
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
