"""Dependency-parse frames for actor-to-actor relations: sanctions, accusations, negotiations.

Each frame reads who did what to whom in active ("the US sanctioned X"),
passive ("X was sanctioned by the US") and nominal ("sanctions on X", "talks
between A and B") form, across coordination. Each rule id is recorded as the
evidence's ``extractor``; hedging lowers the confidence and is written on the
edge, denials and negations drop the accusation. Accusations also leave a
*claim* (accused, accusers, the clause) that ``events`` turns into
ACCUSED_OF / SUSPECTED_OF edges when the clause names an event.
"""
from __future__ import annotations

import re
from itertools import combinations

from newsgraph.schema import entity_id

from . import gazetteer as gz
from . import modality
from .actors import (COUNT_WORDS, actor_before, actors, agent_of_passive, along_with, comma_named, conjuncts,
                     demonym_of, indefinite, individuals, is_passive, led_by_owner, named_after, names_in_run, objects,
                     pair_between, partners_of, passive_conjunct, prep_objects, states_of, subject)
from .entities import FAMILY_GROUPS, body_state, country_entity, entity_of
from .entity_types import noun_type
from .event_roles import halted_sides, parties_around_talks, spell_sides, state_of_title
from .event_triggers import (BAN_VERBS, IMPOSE, IN_FORCE, MEASURES, MILITARY_TITLES, TERROR_VERBS, added_to_list, banned_body,
                             followed_with, freeze_on_assets, from_entering, list_named_far, placing_verb, sanctions_held,
                             subject_to_measures, terror_designation, terror_label, trigger_type, visa_restrictions)
from .state_leaders import country_known, main_state

_SANCTION_VERBS = {"sanction", "blacklist"}
_LIKE_MEASURES = {"matching", "similar", "identical", "parallel", "punitive", "restrictive", "reciprocal"}
_SANCTION_NOUNS = {"sanction", "sanctions", "measures", "penalties", "embargo", "countermeasures"}
_IMPOSE_VERBS = IMPOSE | {"levy"}
_ACCUSE_VERBS = {"accuse", "blame", "charge", "indict", "hold"}
_SUSPECT_VERBS = {"suspect", "link", "tie"}
_NEGOTIATE_VERBS = {"negotiate", "talk", "mediate", "bargain"}
_TALK_NOUNS = {"talks", "negotiations", "ceasefire", "truce", "deal", "agreement", "dialogue", "negotiation",
               "meeting", "summit", "accord", "rapprochement"}
# Verbs told of a deal already in force: "to review a ceasefire between A and B" is about a real ceasefire.
_DEAL_USES = {"review", "monitor", "violate", "breach", "extend", "renew", "uphold", "respect", "implement",
              "threaten", "undermine", "observe", "enforce", "honour", "honor", "consolidate", "strengthen"}
_AGREE_VERBS = {"agree", "sign", "initial", "meet", "negotiate", "hold", "conclude", "reach", "resume", "begin", "open"}
_DEAL_NOUNS = {"deal", "agreement", "accord", "memorandum", "treaty", "pact", "truce", "ceasefire"}
_DELEGATES = {"delegation", "delegations", "negotiators", "envoys", "envoy", "team", "teams", "side", "sides"}


def _add(builder, rel, src, tgt, tok, rule, base, **props):
    conf, cues = modality.confidence(base, tok, builder.sentence(tok))
    if cues:
        props["hedge"] = cues
    return builder.add_relation(rel, src, tgt, builder.evidence(tok, rule, conf), **props)


# sanctions -------------------------------------------------------------------------
def _reason(tok) -> str | None:
    for c in _reason_preps(tok):
        return " ".join(t.text for t in c.subtree)[len(c.text) + 1:] or None
    return None


def _reason_preps(tok) -> list:
    """The "for …"/"over …" a sanction was imposed for: on the act, or on the verb that imposed the
    sanctions named by a noun ("imposed sanctions on X over the poisoning of Y")."""
    heads = [tok] + ([tok.head] if tok.dep_ == "dobj" and tok.head.lemma_ in _IMPOSE_VERBS else [])
    heads += [t for p in prep_objects(tok, ("on", "against")) + prep_objects(heads[-1], ("on", "against"))
              for t in (p, *p.conjuncts)]  # (or hung on the targets: "on a senior officer … over the poisoning")
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("for", "over")]


def sanctions(builder, sent) -> None:
    for tok in builder.tokens({"add", "place", "put"}, sent):  # "The EU added three generals, including X, to its
        if added_to_list(tok) and not is_passive(tok) and not passive_conjunct(tok) and not modality.negated(tok):
            named = [e for o in objects(tok) for e in _named_in(builder, o)]
            named += [e for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"  # "added A, described as
                      for e in _named_in(builder, c) if e not in named]  # …, and B" (B hung on the verb)
            named += [e for p in along_with(tok) for e in _named_in(builder, p) if e not in named]
            named += [e for t in _along_with_clause(builder, tok) for e in [builder.token_entity[t.i]]
                      if e not in named]
            named += [e for e in _among_them(builder, max([tok.i] + [o.i for o in objects(tok)])) if e not in named]
            # ("added 12 people to its list, among them X and Y")
            named += [e for o in objects(tok) if o.pos_ == "PROPN" for e in actors(builder, o, ("Country",))]  # "put Cuba back on its
            by = _acting(builder, subject(tok)) or _owner_acting(builder, subject(tok))  # list of state sponsors …"
            if not by and tok.dep_ == "conj" and subject(tok) is not None and subject(tok).lower_ in ("it", "they"):
                by = _acting(builder, subject(tok.head))  # "X sanctioned …, and in April it added Y"
            if not named and tok.i + 1 < len(builder.doc) and builder.doc[tok.i + 1].lower_ in ("both", "them"):
                named = _group_named_before(builder, builder.doc[tok.i + 1])  # "added both to its regime"
            if not named and builder.last_sanction and any(
                    c.dep_ == "amod" and c.lower_ == "same" for o in objects(tok) for c in o.children):
                last = set(builder.last_sanction[1])  # "added the same three businessmen to its own list"
                named = list(dict.fromkeys(r.source for r in list(builder.relations.values())
                                           if r.type == "SANCTIONED_BY" and r.target in last))
            _targets(builder, named, by, tok, "rule:added-to-list", 0.8, act=tok.i if by else None)
            if by:
                builder.last_sanction = (tok.i, by)
                if not named:  # "added two senior Houthi figures and a trading company to its list": named later
                    _remember_described(builder, tok, objects(tok), by)
        elif added_to_list(tok) and (inverted := _names_after(tok)) and not modality.negated(tok) \
                and not agent_of_passive(tok):  # "Also added to the list was X"
            _extend_last_sanction(builder, tok, inverted, "rule:also-sanctioned", act=True)
        elif added_to_list(tok) and (is_passive(tok) or passive_conjunct(tok)) and not modality.negated(tok):
            # "the group was added the same year to the UN Security Council's sanctions list"
            lists = prep_objects(tok, ("to", "on"))
            owners = [c for p in lists for c in p.children if c.dep_ == "poss"] + [
                c for p in lists for m in p.children if m.dep_ in ("compound", "nmod") for c in (m, *m.children)
                if c.dep_ in ("compound", "nmod") and builder.label(entity_of(builder, c)) == "Organisation"]
            # ("placed on a U.S. Treasury sanctions list"; not the state a "Haiti sanctions list" is about)
            owners += [o for p in lists for o in prep_objects(p, ("of",))]  # "the sanctions list of the Council"
            owners += [c for p in lists for c in p.children if c.dep_ == "amod" and gz.demonym_of_token(c)
                       and country_known(builder, gz.demonym_of_token(c))]  # "the American sanctions list"
            _sanction(builder, tok, agent_of_passive(tok) + owners,
                      [c for c in tok.children if c.dep_ == "nsubjpass"] or _shared_subject(builder, tok),
                      "rule:added-to-list-passive")
        elif (far := list_named_far(tok)) is not None and not modality.negated(tok):
            # the list hung deep inside the names added to it: the names before it are the targets
            named = _named_between(builder, tok.i + 1, far.i) + _along_with_clause(builder, tok)
            _sanction(builder, tok, [subject(tok)], named or objects(tok), "rule:added-to-list")
            # ("added 12 people to the bloc's list, among them X and Y": the names come after the list)
    for tok in builder.tokens({"follow"}, sent):
        act = _followed_act(tok) if builder.last_sanction else None
        if act is not None and not modality.negated(tok):
            _follow_last_sanction(builder, tok, sent, act)
    for tok in builder.tokens({"bar", "ban"}, sent):
        if _entry_ban(tok):  # "The State Department barred both from entering the United States"
            objs = objects(tok) or [t for t in builder.doc[tok.i + 1:tok.i + 2] if t.lower_ in ("both", "them")]
            _sanction(builder, tok, _imposers(subject(tok)),
                      [t for o in objs for t in _earlier_targets(builder, o) or [o]], "rule:entry-ban")
    for tok in builder.tokens(_SANCTION_KEYS, sent):
        if tok.lower_ in MEASURES and tok.pos_ == "NOUN":
            if visa_restrictions(tok):
                _measure_imposed(builder, tok)
            continue
        if tok.lower_ == "frozen" and tok.dep_ == "amod" and tok.head.lemma_ in ("asset", "fund", "account") \
                and tok.head.dep_ == "dobj" and tok.head.head.lemma_ == "have":  # "it had frozen assets …" (parsed
            verb, owners = tok.head.head, _asset_owners([tok.head])  # as "had" + adjective)
            if owners:
                _sanction(builder, tok, [subject(verb)], owners, "rule:asset-freeze")
            continue
        if tok.lemma_ in _SANCTION_VERBS and tok.pos_ == "VERB" and not modality.negated(tok):
            if (inverted := _names_after(tok)) and not agent_of_passive(tok):
                _extend_last_sanction(builder, tok, inverted, "rule:also-sanctioned", act=True)
                continue  # "Also sanctioned were X and Y": the act told before
            if is_passive(tok):
                targets = [c for c in tok.children if c.dep_ == "nsubjpass"] or ([subject(tok)] if tok.dep_ == "acl" else [])
                agents, rule = agent_of_passive(tok), "rule:sanction-passive"
            else:
                targets, agents, rule = objects(tok), [subject(tok)], "rule:sanction-active"
                if not targets and tok.dep_ == "relcl" and _relative_object(tok):  # "X is a smuggling network …
                    targets = [_relative_antecedent(builder, tok.head, ("Person", "Organisation", "Country"))]
                    # that the US Treasury sanctioned in 2024": the network
            _sanction(builder, tok, agents, targets, rule)
        elif tok.lemma_ in ("freeze", "block") and tok.pos_ == "VERB" and not modality.negated(tok):
            owners = _asset_owners([o for o in objects(tok) if o.lemma_ in ("asset", "fund", "account", "property")])
            if owners and not any(actors(builder, o) for o in owners):  # "of six officials, including X" (the parser
                owners += prep_objects(tok, ("including",))  # hangs "including" on the verb)
            if owners:  # "froze the assets of X", "blocked any US-held assets of six officials, including X"
                _sanction(builder, tok, _imposers(subject(tok)), owners, "rule:asset-freeze")
        elif tok.lower_ in _SANCTION_NOUNS and tok.pos_ == "NOUN" and (
                tok.lower_ != "measures" or tok.head.lemma_ in _IMPOSE_VERBS or any(
                    c.dep_ == "amod" and c.lower_ in _LIKE_MEASURES for c in tok.children)):
            targets = prep_objects(tok, ("on", "against"))
            if tok.dep_ == "dobj" and tok.head.lemma_ in _IMPOSE_VERBS:  # "announced sanctions on X" (on the verb),
                targets += [t for t in prep_objects(tok.head, ("on", "against"))  # "imposed sanctions on X, on two
                            if t.i > tok.i and t not in targets]  # people …, and on Y" (the second "on" on the verb)
            if tok.dep_ == "nsubjpass" and tok.head.lemma_ in _IMPOSE_VERBS:  # "sanctions were imposed on X by Y"
                own = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]
                targets = targets or prep_objects(tok.head, ("on", "against"))
                by = agent_of_passive(tok.head) + [p for t in targets for p in prep_objects(t, ("by",))]
                _sanction(builder, tok.head, own + by, targets, "rule:sanctions-imposed")  # "by" misattached too
                continue
            if not targets and tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_ == "hit" \
                    and is_passive(tok.head.head):  # "X and Y were hit with US sanctions on Tuesday"
                verb = tok.head.head
                own = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
                held = [c for c in verb.children if c.dep_ == "nsubjpass"]
                _sanction(builder, tok, own, held, "rule:hit-with-sanctions")
                continue
            if not targets and tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ == "VERB" \
                    and tok.head.head.lemma_ not in IN_FORCE:
                verb = tok.head.head  # "Washington has placed X under sanctions"
                if is_passive(verb):  # "X was placed under sanctions by the United States in 2015", "were placed
                    own = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]  # under UN sanctions"
                    _sanction(builder, tok, agent_of_passive(verb) or own,
                              [c for c in verb.children if c.dep_ == "nsubjpass"], "rule:placed-under-sanctions")
                    continue
                placed = [o for o in objects(verb) if o.lower_ not in ("that", "which", "whom")] or (
                    [_relative_antecedent(builder, verb.head, ("Person", "Organisation")), *_with_after_clause(verb)]
                    if verb.dep_ == "relcl" and _relative_object(verb) else objects(verb))
                _sanction(builder, tok, [subject(verb)], placed, "rule:placed-under-sanctions")  # ("a company that
                continue  # the Treasury placed under sanctions in June": the company)
            if not targets and tok.dep_ == "pobj" and tok.head.lower_ == "under":
                verb, named = _placed_list(builder, tok.head)  # "placed X, two of his associates and a firm, Y,
                if verb is not None:  # under sanctions" with "under" hung on the last of them
                    _sanction(builder, tok, [subject(verb)], named, "rule:placed-under-sanctions")
                    continue
            held = sanctions_held(tok)
            if not targets and held is not None:
                own = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
                _sanction(builder, tok, own, [subject(held)], "rule:under-sanctions")
                continue  # "X, who is under US sanctions", "X remains under UN sanctions", "is subject to EU sanctions"
            if not targets and tok.dep_ == "dobj" and tok.head.lemma_ in _IMPOSE_VERBS and (
                    earlier := _likewise_targets(builder, tok)):  # "Britain imposed similar measures in June"
                _sanction(builder, tok, [subject(tok.head)], earlier, "rule:similar-measures")
                continue
            if not targets:
                if tok.dep_ == "dobj" and tok.head.lemma_ in _IMPOSE_VERBS:  # "X imposed sanctions on two officials"
                    _remember(builder, tok, [subject(tok.head)])
                continue
            agents = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]
            if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB":
                agents.append(subject(tok.head.head))  # "Canada followed with matching measures against X"
            noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok  # "a package of sanctions"
            if noun.head.lemma_ in _IMPOSE_VERBS and noun.dep_ in ("dobj", "conj"):
                verb = noun.head if noun.dep_ == "dobj" else noun.head.head
                agents = [subject(verb)] + agents
            _sanction(builder, tok, agents, targets, "rule:sanctions-on")
    for tok in builder.tokens({"add"}, sent):  # after the sanctions this sentence imposed
        _added_to_its_list(builder, tok, sent)


def _along_with_clause(builder, tok) -> list:
    """"added X, which is run from Dubai, to its list, together with its chief executive, Y": the parser hung
    the "together with" on the relative clause about X; Y is added as well (a token of each name)."""
    out = []
    for p in (p for o in objects(tok) for c in o.children if c.dep_ == "relcl" for v in (c, *c.conjuncts)
              for p in along_with(v)):
        names = set(_named_in(builder, p))
        out += [t for t in p.subtree if builder.token_entity.get(t.i) in names
                and builder.token_entity.get(t.i + 1) != builder.token_entity[t.i]]  # (the name's last word)
    return out


def _added_to_its_list(builder, tok, sent) -> None:
    """"… announced asset freezes against the same two men and added a third name to its list: X": a plain
    "its list" right after a sanction in the same sentence, or of the body that imposed the last one, is that
    sanction's list (the names may follow a colon)."""
    last = builder.last_sanction
    if last is None or not (sent.start <= last[0] < tok.i or set(_acting(builder, subject(tok))) & set(last[1])) \
            or added_to_list(tok) or modality.negated(tok) \
            or not any(p.lemma_ == "list" and any(c.dep_ == "poss" for c in p.children)
                       for p in prep_objects(tok, ("to",))):
        return
    objs = objects(tok)
    named = [e for o in objs for e in individuals(builder, o)]
    if not named and any(o.lemma_ == "name" for o in objs):
        named = _names_after_colon(builder, tok, sent)[:_count(objs)]
    _targets(builder, named, list(last[1]), tok, "rule:added-to-its-list", 0.75, act=last[0])


def _names_after_colon(builder, tok, sent) -> list[str]:
    """"…: Brigadier General X, commander of …": the people or bodies a colon after ``tok`` introduces."""
    colon = next((t for t in builder.doc[tok.i:sent.end] if t.text == ":"), None)
    if colon is None:
        return []
    found = (builder.token_entity.get(t.i) for t in builder.doc[colon.i + 1:sent.end]
             if t.dep_ in ("dobj", "appos", "conj", "ROOT", "npadvmod"))
    return list(dict.fromkeys(e for e in found if e and builder.label(e) in ("Person", "Organisation")))


def _count(objs) -> int:
    """"a third name" is one, "two more names" two."""
    return max([1] + [COUNT_WORDS.get(c.lower_, 1) for o in objs for c in o.children if c.dep_ == "nummod"])


def _placed_list(builder, under):
    """The placing verb above a misattached "under (sanctions)" and the named tokens of its object list
    (up to the "under"), or (None, [])."""
    verb = placing_verb(under)
    if verb is None:
        return None, []
    obj = next((o for o in objects(verb) if o.i < under.i), None)
    if obj is None:
        return None, []
    return verb, _named_between(builder, obj.left_edge.i, under.i)


def _named_between(builder, start: int, end: int) -> list:
    """A token of each person or body named in ``doc[start:end]`` (a list of targets), not a name that
    only qualifies a common noun ("a Nouadhibou shipping firm") nor one found by coref."""
    named, seen = [], set()
    for t in builder.doc[start:end]:
        eid = builder.token_entity.get(t.i)
        if eid and eid not in seen and t.i not in builder.coref_tokens \
                and builder.label(eid) in ("Person", "Organisation") \
                and not (t.dep_ in ("compound", "amod") and t.head.pos_ == "NOUN"  # not "a Nouadhibou shipping firm"
                         and t.head.lemma_ not in FAMILY_GROUPS):  # (but "the Mombasa clan" names the clan)
            seen.add(eid)
            named.append(t)
    return named


def _repeated_by(p) -> list:
    """"held by X and by Y": the second "by" joined to the first."""
    by = p.head
    if by.lower_ != "by":
        return []
    joined = list(by.conjuncts) or [c for c in _held_verb(by).children if c.dep_ == "conj" and c.lower_ == "by"]
    return [o for c in joined if c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]


def _held_verb(by):
    """The verb that holds the assets "held by X" (the parser joins a second "and by Y" to the sentence's
    verb: "freeze any assets held by X, …, and by Y")."""
    held = by.head
    while held.dep_ == "acl" and held.head.dep_ in ("dobj", "pobj"):
        held = held.head.head
    return held


def _with_after_clause(relcl) -> list:
    """"X, a company that the Treasury placed under sanctions in June, together with its owner, Y": the
    "together with" the parser hung on the verb above the relative clause belongs to it."""
    above = relcl.head
    while above.pos_ != "VERB" and above.head.i != above.i:
        above = above.head
    return [p for p in along_with(above) if p.i > relcl.i] if above.pos_ == "VERB" else []


def _names_after(verb) -> list:
    """"Also sanctioned were X and Y", "Also added to the list was X": a passive told subject last."""
    return [t for c in named_after(verb) for t in (c, *c.conjuncts)] if verb.tag_ == "VBN" else []


def _relative_object(verb) -> bool:
    """"… that the US Treasury sanctioned", "which Washington placed under sanctions": the relative pronoun
    (read as the object, or as a "mark" by the parser) is what the clause acts on."""
    return any(c.dep_ in ("mark", "dobj") and c.lower_ in ("that", "which", "whom") for c in verb.children)


def _imposers(subj) -> list:
    """Who acts when the measures themselves are the subject: "The EU measures freeze any assets held by X
    and bar him from entering", "Britain's sanctions freeze …" (the body or state that owns them)."""
    if subj is None or subj.lower_ not in _SANCTION_NOUNS:
        return [subj]
    return [c for c in subj.children if c.dep_ in ("compound", "poss", "amod")] or [subj]


def _asset_owners(assets) -> list:
    """"the assets of X", "X's assets", "assets belonging to X and Y": whose assets were frozen."""
    owners = [p for o in assets for p in prep_objects(o, ("of",))]
    owners += [p for o in assets for c in o.children if c.dep_ == "acl" and c.lemma_ in ("belong", "own", "hold")
               for p in [*prep_objects(c, ("to", "by")), *agent_of_passive(c)]]  # ("held by X and by Y")
    owners += [q for p in owners for q in _repeated_by(p)]
    return owners + [c for o in assets for c in o.children if c.dep_ == "poss"]


def _measure_imposed(builder, tok) -> None:
    """"imposed an asset freeze and a travel ban on X": measures of a sanction, imposed by the subject."""
    noun = tok.head if tok.dep_ == "conj" and tok.head.pos_ != "VERB" else tok  # ("imposed travel bans and asset
    # freezes on X" parsed with "freezes" a conjunct of the verb: the verb's own object)
    if subject_to_measures(noun):  # "announced that X and Y were subject to an asset freeze and a travel ban"
        be = noun.head.head.head
        targets = [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")]
        speaker = next((c for c in be.head.children if c.dep_ == "nsubj"), None) if be.dep_ == "ccomp" else None
        if speaker is not None:  # "the Foreign Office announced that …": the announcing body's act
            _sanction(builder, tok, [speaker], targets, "rule:subject-to-measures")
        else:
            _extend_last_sanction(builder, tok, targets, "rule:subject-to-measures")
        return
    if noun.dep_ == "nsubjpass" and noun.head.lemma_ in _IMPOSE_VERBS:  # "Travel bans were also imposed on X"
        verb = noun.head
        targets = prep_objects(verb, ("on", "against")) or prep_objects(noun, ("on", "against"))
        if targets and agent_of_passive(verb):
            _sanction(builder, tok, agent_of_passive(verb), targets, "rule:measures-imposed")
        elif targets and not modality.negated(verb):
            _extend_last_sanction(builder, tok, targets, "rule:measures-imposed", act=True)
        return
    verb = followed_with(noun)
    if verb is not None:  # "The Foreign Office followed hours later with asset freezes on X and Y"
        targets = prep_objects(tok, ("on", "against")) or prep_objects(noun, ("on", "against"))
        if targets:
            _sanction(builder, tok, [subject(verb)], targets, "rule:measures-imposed")
        return
    if noun.dep_ not in ("dobj", "conj", "ccomp") or noun.head.lemma_ not in _IMPOSE_VERBS and not (
            noun.head.lemma_ == "order" and freeze_on_assets(noun)):
        return  # ("announced asset freezes …" with "freezes" read as a clause of its own)
    verb = noun.head
    targets = _asset_owners(prep_objects(tok, ("on",))) if freeze_on_assets(tok) else []
    targets = targets or prep_objects(tok, ("on", "against")) or prep_objects(noun, ("on", "against")) or prep_objects(
        verb, ("on", "against")) or [t for c in (*noun.children, *verb.children) if c.dep_ == "prep"
                                     and c.lower_ in ("on", "against") for t in _raised_names(builder, c)]
    # ("had frozen the assets of, and imposed travel bans on, A, B and C": the names after the bare "on")
    targets += [c for t in targets if not actors(builder, t) for c in (*tok.children, *noun.children)
                if c.dep_ == "appos" and c.i > t.i]  # "… on the commander of X, Gen. Y" (Y hung on the measure)
    if targets:
        _sanction(builder, tok, [subject(verb)], targets, "rule:measures-imposed")
    else:
        _remember(builder, tok, [subject(verb)])


def _extend_last_sanction(builder, tok, targets, rule: str, act: bool = False) -> None:
    """Measures told with no one imposing them ("X and Y were subject to an asset freeze", "Travel bans were
    also imposed on Z"): the people and bodies they name are targets of whoever imposed the sanctions told
    before (and of that act, when ``act``)."""
    if builder.last_sanction is None:
        return
    anchor, by = builder.last_sanction
    named = [t for g in targets for t in actors(builder, g, ("Person", "Organisation"))]
    _targets(builder, named, by, tok, rule, 0.7, act=anchor if act else None)


def _sanction_anchor(builder, tok) -> int:
    """The token later listings hang their targets on: this act if it is an event trigger ("sanctioned"),
    else the sanction told before ("blacklisted" after "imposed sanctions on Tuesday")."""
    last = builder.last_sanction
    if trigger_type(tok) == "sanction" or last is None or _older_year(builder, builder.doc[last[0]], tok):
        return tok.i  # (not onto "designated by Washington in 2015" told before: an older act)
    return last[0]


def _older_year(builder, then, now) -> bool:
    """Whether the act at ``then`` is told with a year before the article's and the one at ``now`` with none."""
    year = (builder.article.published or "")[:4]
    years = lambda tok: [t.text for t in builder.sentence(tok) if t.ent_type_ == "DATE" and re.fullmatch(
        r"(19|20)\d\d", t.text)]
    return bool(year) and any(y < year for y in years(then)) and not years(now)


def _likewise_targets(builder, tok) -> list:
    """"Britain imposed similar (matching, identical) measures": a token of each target of the sanction told just
    before, by another actor, in this sentence or the one before."""
    if not any(c.dep_ == "amod" and c.lower_ in ("similar", "matching", "identical", "parallel") for c in tok.children):
        return []
    last = builder.last_sanction
    if last is None or set(actors(builder, subject(tok.head), ("Country", "Organisation"))) & set(last[1]):
        return []
    here = builder.sentence(tok)
    if not (here.start <= last[0] < tok.i or _told_just_before(builder, here, last[0], 1)):
        return []
    by, told = set(last[1]), builder.sentence(builder.doc[last[0]])
    targets = list(dict.fromkeys(r.source for r in builder.relations.values()  # (those that act named)
                                 if r.type == "SANCTIONED_BY" and r.target in by and any(
                                     told.start_char <= ev.start < told.end_char for ev in r.evidence)))
    firsts = {e: m.start for m, e in builder.mentions}
    return [builder.doc[firsts[t]] for t in targets if t in firsts]


def _remember(builder, tok, agents) -> None:
    """The article's last sanctioning actor and act: later "designated X", "also listed is Y" extend it."""
    by = [a for g in agents for a in actors(builder, g, ("Country", "Organisation"))]
    if by:
        builder.last_sanction = (_sanction_anchor(builder, tok), by)


def _states_behind(builder, by: list[str], _seen: frozenset = frozenset()) -> list[str]:
    """A sanctioning agency's state ("the US Treasury" → the United States): sanctions are the state's act."""
    out = list(by)
    for a in by:
        union = gz.UNION_BODIES.get(builder.entities[a].name) if builder.label(a) == "Organisation" else None
        if union:  # "the Council of the EU added X": the union's act
            uid = builder.add_entity(entity_id("Organisation", union), "Organisation", union, kind="international")
            out += [uid] if uid not in out else []
        if builder.org_kind(a) != "government" or a in _seen:
            continue  # a ministry or the Treasury acts for its state; an army or armed group does not sanction
        ent = builder.entities[a]
        states = [r.target for r in list(builder.relations.values())
                  if r.type == "PART_OF" and r.source == a and builder.label(r.target) == "Country"]
        agency = gz.lookup_agency(ent.name)
        if not states and agency and agency[2] and gz.country_by_code(agency[2]) and country_known(
                builder, gz.country_by_code(agency[2])):  # "the US Treasury imposed …" in a story naming the US
            states = [country_entity(builder, gz.country_by_code(agency[2]))]
        if not states:  # "the Treasury's Office of Foreign Assets Control": the state of the body it is part of
            parents = [r.target for r in list(builder.relations.values()) if r.type == "PART_OF" and r.source == a
                       and builder.label(r.target) == "Organisation"]
            states = [s for p in parents for s in _states_behind(builder, [p], _seen | {a})
                      if builder.label(s) == "Country"]
        last = [s for s in (builder.last_sanction or ((), ()))[1] if builder.label(s) == "Country"]
        if not states and len(last) == 1:  # "Britain sanctioned X. The Foreign Office said it had frozen …"
            states = last
        out += [s for s in states if s not in out]
    return out


_COMMITTEE_NOUNS = {"committee", "panel", "subcommittee", "mission"}
# People who act for the body they serve ("UN experts accused …", "recruited by officers of X").
_STAFF = {"expert", "investigator", "monitor", "inspector", "official", "prosecutor", "researcher", "analyst",
          "lawmaker", "legislator", "senator", "leader", "commander", "officer", "agent", "operative", "handler",
          "member", "spy"}


def _staff_of(builder, noun, types=("Organisation", "Country")) -> list[str]:
    """The body a staff noun names as the one they serve: "UN experts", "the party's lawmakers" (a name before
    the noun) or "officers of X", "agents of Y's intelligence ministry"."""
    if noun is None or noun.lemma_ not in _STAFF:
        return []
    found = [a for c in noun.children if c.dep_ in ("compound", "poss") and c.i in builder.token_entity
             for a in actors(builder, c, types)]
    return found or [a for p in prep_objects(noun, ("of",)) for a in actors(builder, p, types)]


def _acting(builder, agent, types=("Country", "Organisation")) -> list[str]:
    """Actors an agent names; "the council's Haiti sanctions committee" acts for the council, "Dbeibah's
    government" for the body (or state) he leads."""
    found = actors(builder, agent, types)
    if not found and agent is not None and (agent.lemma_ in _COMMITTEE_NOUNS or agent.lemma_ in ("head", "leader")
                                            and any(p.lemma_ in ("state", "government") for p in agent.subtree)):
        found = [a for c in agent.children if c.dep_ == "poss" for a in actors(builder, c, ("Organisation",))]
        # ("the bloc's heads of state imposed travel bans": the bloc acts)
    if not found and agent is not None and agent.lemma_ in ("government", "administration", "regime", "cabinet"):
        found = led_by_owner(builder, agent)
    if not found and agent is not None and agent.tag_ == "NNS":
        found = _staff_of(builder, agent, ("Organisation",))  # "UN experts accused …": the UN
    if not found and agent is not None and agent.lower_ == "meeting":  # "EU ministers meeting in X sanctioned …",
        found = [a for c in agent.children if c.dep_ == "compound" and c.tag_ == "NNS"  # parsed as a "meeting"
                 for a in _acting(builder, c, types)]
    return found


def _owner_acting(builder, noun) -> list[str]:
    """"the incoming US administration", "the Cuban government": the state that owns the acting noun."""
    if noun is None or noun.lemma_ not in ("administration", "government", "authority", "authorities"):
        return []
    found = [a for c in noun.children if c.dep_ in ("compound", "poss") for a in actors(builder, c, ("Country",))]
    found += [country_entity(builder, gz.demonym_of_token(c), c.text) for c in noun.children
              if c.dep_ == "amod" and gz.demonym_of_token(c) and country_known(builder, gz.demonym_of_token(c))]
    return found


# What a follower's "own" act is made of: "followed with its own listing" (no "on X": the same targets)
_OWN_MEASURES = {"listing", "designation", "sanction", "measure", "restriction", "freeze", "ban", "blacklisting"}


def _followed_act(tok):
    """The word for a follower's act ("suit" in "The EU and Britain followed suit", "listing" in "Brussels
    followed with its own listing"): another actor's act on the targets just told, with no target of its own.
    None otherwise."""
    if tok.pos_ != "VERB" or is_passive(tok):
        return None
    return next((o for o in objects(tok) if o.lower_ == "suit"), None) or next((
        p for w in tok.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children
        if p.dep_ in ("pobj", "pcomp") and (p.lemma_ in _OWN_MEASURES or p.lower_ == "listing")
        and not prep_objects(p, ("on", "against", "of"))), None)  # ("its own listing" parsed as a gerund)


def _follow_last_sanction(builder, tok, sent, act) -> None:
    """A state or bloc that followed suit right after a sanction (this sentence or the one before) sanctioned
    that sanction's targets; they are the targets of its own act too, when the word for that act is an event's
    ("followed with its own sanctions the following year")."""
    anchor, last_by = builder.last_sanction
    before = builder.sentence(builder.doc[sent.start - 1]).start if sent.start else sent.start
    if anchor < before:
        return  # a sanction told paragraphs before: what was followed is not clear
    by = [a for a in _states_behind(builder, _acting(builder, subject(tok))) if a not in last_by]
    named = list(dict.fromkeys(r.source for r in list(builder.relations.values())
                               if r.type == "SANCTIONED_BY" and r.target in set(last_by)))
    _targets(builder, named, by, tok, "rule:followed-suit", 0.7,
             act=act.i if trigger_type(act) == "sanction" else None)


def _entry_ban(tok) -> bool:
    """"barred X from entering the country", "banned them from travelling to the bloc": an entry ban, a sanction."""
    return tok.pos_ == "VERB" and tok.lemma_ in ("bar", "ban") and not is_passive(tok) and not modality.negated(tok) \
        and from_entering(tok)


def _earlier_targets(builder, obj) -> list:
    """"both", "them", "the same two men" after a sanction: a token of each target that sanction named."""
    same = obj.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ == "same" for c in obj.children)
    if obj.lower_ not in ("both", "them") and not same or not builder.last_sanction:
        return []
    last = set(builder.last_sanction[1])
    named = list(dict.fromkeys(r.source for r in builder.relations.values()
                               if r.type == "SANCTIONED_BY" and r.target in last))
    first = {}
    for t in builder.doc[:obj.i]:
        if builder.token_entity.get(t.i) in named and t.i not in builder.coref_tokens:
            first.setdefault(builder.token_entity[t.i], t)
    return list(first.values())


def _raised_names(builder, prep) -> list:
    """"imposed travel bans on, A, B and C": a preposition left without its object takes the list of names that
    follows the comma after it (the object shared by two coordinated verbs)."""
    doc = builder.doc
    if any(c.dep_ in ("pobj", "pcomp") for c in prep.children) or prep.i + 2 >= len(doc) \
            or doc[prep.i + 1].text != ",":
        return []
    return [t for _e, t in names_in_run(builder, prep.i + 2, 1, ("Person", "Organisation"))]


def _sanction(builder, tok, agents, targets, rule) -> None:
    reason = _reason(tok)
    by = _states_behind(builder, [a for g in agents for a in _acting(builder, g)])
    last = builder.last_sanction
    if not by and last and len(last[1]) >= 2 and any(
            g is not None and g.lemma_ in ("government", "country", "nation", "ally", "side", "capital")
            and any(c.lower_ in ("both", "two") for c in g.children) for g in agents):
        by = list(last[1])  # "Both governments blacklisted X": the two that imposed the sanctions told before
    by += [country_entity(builder, gz.demonym_of_token(g), g.text) for g in agents  # "under American sanctions"
           if g is not None and g.dep_ == "amod" and gz.demonym_of_token(g) and not actors(builder, g)]
    targets = [t for g in targets for t in _pronoun_target(builder, tok, g)]
    targets = [t for g in targets for t in (g is not None and g.tag_ == "NNS" and _earlier_targets(builder, g) or [g])]
    # "travel bans against the same two men": those the sanction before named
    named = {entity_of(builder, g) for g in targets if g is not None}
    by = [a for a in by if a not in named]  # a target the parser also coordinated with the agents is no agent
    _remember_described(builder, tok, targets, by)
    tg = list(dict.fromkeys(t for g in targets for t in _targeted(builder, g) if t not in by))  # not "its own"
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    if verb is not None and targets:  # "imposed sanctions on 20 officials, among them X" (hung on the verb)
        tg += [e for p in prep_objects(verb, ("among", "including")) if p.pos_ != "PRON"
               for e in individuals(builder, p) if e not in tg]
        tg += [e for p in along_with(verb) for e in _targeted(builder, p) if e not in tg and e not in by]
        # "designated X, along with two of its leaders, A and B"
    if any(t is not None for t in targets):
        tg += [e for e in _among_them(builder, max(t.i for t in targets if t is not None)) if e not in tg]
    if by and tok.dep_ != "relcl":  # "X, whom Washington sanctioned in 2020": an older act, told in passing
        builder.last_sanction = (_sanction_anchor(builder, tok), by)
    for a in by:
        for t in tg:
            _add(builder, "SANCTIONED_BY", t, a, tok, rule, 0.85, reason=reason)
    anchor = builder.last_sanction
    if tg and by and anchor and anchor[0] != tok.i and tok.dep_ != "relcl":  # "blacklisted X" after the sanctions
        builder.extra_roles.setdefault(anchor[0], []).extend((t, "TARGET_OF") for t in tg)
    elif tg and by and trigger_type(tok) == "sanction":  # "froze the assets of X": X is the act's target
        builder.extra_roles.setdefault(tok.i, []).extend((t, "TARGET_OF") for t in tg)
    if tg and by:
        for c in _reason_preps(tok):
            builder.claims.append({"accused": tg, "by": by, "span": (c.i, c.right_edge.i + 1),
                                   "kind": "ACCUSED_OF", "token": tok.i, "rule": rule + "-reason"})


def _pronoun_target(builder, tok, g) -> list:
    """"Britain outlawed X in 2017 and Washington designated it …": an unlinked "it"/"them" after a
    coordinated act stands for that act's target."""
    if g is None or g.lower_ not in ("it", "them") or g.i in builder.token_entity or tok.dep_ != "conj":
        return [g]
    first = [o for o in objects(tok.head) if o.i < g.i and entity_of(builder, o)]
    return first or [g]


def _among_them(builder, end: int) -> list[str]:
    """"… on seven people it said ran a network, among them X and Y": the names a trailing "among them" or
    "including" lists, however the parser hung it. Only a list of names counts: a description ("among them
    the director of X") names no one this way."""
    doc = builder.doc
    sent = doc[end].sent if end < len(doc) else None
    if sent is None:
        return []
    k = None
    for t in doc[end + 1:sent.end - 1]:
        if t.text == ";" or (t.dep_ == "cc" and t.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "conj" and c.i > t.i and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
                for c in t.head.children)):
            return []  # "…, and Washington has imposed measures on …, including X": another act's list
        if t.text == "," and (doc[t.i + 1].lower_ == "including" or (
                doc[t.i + 1].lower_ == "among" and doc[t.i + 2].lower_ in ("them", "whom", "those"))):
            k = t.i
            break
    if k is None:
        return []
    starts = {m.start: (m, eid) for m, eid in builder.mentions_in(sent)}
    p = k + (2 if doc[k + 1].lower_ == "including" else 3)
    out: list[str] = []
    while p < sent.end:
        while p < sent.end and p not in starts and (doc[p].pos_ in ("DET", "ADJ", "NUM") or doc[p].dep_ == "amod"
                                                     or gz.is_title_word(doc[p].text.capitalize())):
            p += 1  # "retired General X", "the firm X"
        if p not in starts:
            p = _named_after_description(builder.doc, p, sent.end, starts)
        if p not in starts or starts[p][0].type not in ("Person", "Organisation"):
            break
        m, eid = starts[p]
        out.append(eid)
        p = m.end
        while p < sent.end and doc[p].text == "," and p + 1 in starts and starts[p + 1][0].type not in (
                "Person", "Organisation"):
            p = starts[p + 1][0].end  # ", alias X," / a place in apposition: skip it
        if p < sent.end and doc[p].text == "," and p + 1 < sent.end and doc[p + 1].lower_ == "and":
            p += 2
        elif p < sent.end and doc[p].lower_ in (",", "and"):
            p += 1
        else:
            break
    return list(dict.fromkeys(out))


_GROUP_COUNTS = {"both": 2, "pair": 2, "two": 2, "three": 3, "four": 4}
_COUNTED_PEOPLE = {"man", "woman", "official", "officer", "suspect", "men", "women"}


def _group_size(g) -> int | None:
    """How many a plural pronoun or counted description stands for: "both", "the two men", "the pair" (0 for
    "them", any number); None when the word names no group."""
    if g.lower_ == "them":
        return 0
    if g.lower_ in _GROUP_COUNTS and g.pos_ in ("PRON", "NUM", "NOUN", "DET"):
        return _GROUP_COUNTS[g.lower_]
    if g.lemma_ in _COUNTED_PEOPLE or g.lower_ in _COUNTED_PEOPLE:
        return next((_GROUP_COUNTS[c.lower_] for c in g.children if c.lower_ in _GROUP_COUNTS), None)
    return None


def _group_named_before(builder, g) -> list[str]:
    """"The Treasury sanctioned A and B. It accused both of …", "Prosecutors accuse the two men of …": a plural
    pronoun or counted description the coreference left alone stands for the last list of people or bodies
    (of that many, if counted) named before it in its sentence or the one before."""
    if g is None or g.i in builder.token_entity:
        return []
    size = _group_size(g)
    if size is None:
        return []
    doc = builder.doc
    here = builder.sentence(g)
    start = builder.sentence(doc[here.start - 1]).start if here.start > 0 else here.start
    groups: dict[int, list[str]] = {}  # first name of a list → the list's actors
    for m, eid in builder.mentions:
        if not start <= m.start < g.i or m.type not in ("Person", "Organisation"):
            continue
        first = doc[m.start:m.end].root
        while first.dep_ in ("conj", "appos") and first.head.i in builder.token_entity:
            first = first.head  # "A, a deputy head of X, and B": B hangs on A ("A, B and C" on A or B)
        members = groups.setdefault(first.i, [])
        if eid not in members:
            members.append(eid)
    lists = [v for v in groups.values() if len(v) >= 2 and (size == 0 or len(v) == size)]
    return lists[-1] if lists else []


def _named_after_description(doc, p: int, end: int, starts: dict) -> int:
    """"a transporter named as X", "the director of SEBIN, Gen. X": where the name a description gives starts
    (``p`` itself when there is none)."""
    for k in range(p, min(end, p + 9)):
        t = doc[k]
        if t.pos_ == "NOUN" and t.text.islower() and k + 1 in starts and starts[k + 1][0].type == "Person":
            return k + 1  # "the Cali businessman X"
        if t.lower_ in ("named", "identified") and k + 1 < end and doc[k + 1].lower_ == "as":
            j = k + 2
        elif t.lower_ == "called" and k > p and doc[k - 1].pos_ == "NOUN":  # "a fuel distributor called X"
            return k + 1 if k + 1 in starts and starts[k + 1][0].type in ("Person", "Organisation") else p
        elif t.text == "," and k > p:
            j = k + 1
        elif t.pos_ in ("VERB", "AUX") or t.lower_ in ("who", "which", "that", ";"):
            return p
        else:
            continue
        while j < end and j not in starts and (gz.is_title_word(doc[j].text) or doc[j].text == "."):
            j += 1
        return j if j in starts and starts[j][0].type == "Person" else p
    return p


def _targeted(builder, g) -> list[str]:
    """Who a sanction's target phrase names: its actors, else those a common noun lists ("senior figures,
    including X", "three firms, A and B")."""
    found = individuals(builder, g)
    if g is not None and g.pos_ == "NOUN" and found and noun_type(g) == "Person":
        found = [a for a in found if builder.label(a) != "Country"]  # "a Haitian gang leader": a person, not Haiti
    if not found and g is not None and g.pos_ == "NOUN":
        found = _named_in(builder, g)
    return found


def _remember_described(builder, tok, targets, by) -> None:
    """"sanctions on a senior commander of the militia …" naming no one: the next "The commander, X," is
    the person sanctioned (``described_named``)."""
    if not by:
        return
    for g in (g for g in targets if g is not None):
        listed = {entity_of(builder, c) for c in (g, *g.conjuncts)}  # "X, Y and two financiers": the
        listed_too = [x for a in g.children if a.dep_ == "appos" and a.pos_ == "NOUN" and entity_of(builder, a) is None
                      for x in (a, *a.conjuncts)]  # "on a minister, a senator … and a company" (hung as appositions)
        for t in (g, *g.conjuncts, *listed_too):  # financiers are not X or Y, whom their coordination reaches
            if t.pos_ == "NUM" and t.lower_ in COUNT_WORDS:  # "two of his subordinates"
                t = next((p for p in prep_objects(t, ("of",)) if p.tag_ == "NNS"), t)
                plural = t.tag_ == "NNS"
            else:
                plural = t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in t.children)  # "two former officials"
            if t.pos_ == "NOUN" and not set(_described_actors(builder, t)) - listed and (plural or t.tag_ == "NN" and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) or t.tag_ == "NN" and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in t.children) and prep_objects(t, ("of",))):
                # "a former senator", "the Dubai-registered owner of a tanker" (described, not yet named)
                builder.described.append((t.lemma_, by, tok.i))
                if plural:
                    builder.described_plural.add(tok.i)


def _described_actors(builder, noun) -> list[str]:
    """The actors a described target stands for, leaving out the state a demonym only describes it by ("a
    Somali hacking unit" is not Somalia)."""
    found = actors(builder, noun)
    if any(c.dep_ in ("amod", "compound") and gz.demonym_of_token(c) for c in noun.children):
        found = [a for a in found if builder.label(a) != "Country"]
    return found


_PEOPLE_WORDS = {"man", "woman", "person", "individual"}
_FIRM_WORDS = {"company", "firm", "business", "entity"}
_SAME_KIND = {w: _FIRM_WORDS - {w} for w in _FIRM_WORDS}  # "sanctions on three companies" … "The three firms, A, …"
_NAMED_LATER = 200  # tokens: how far after "sanctions on three men" the names of the three may come


def described_named(builder, sent) -> None:
    """"The commander, Haider X, …": a described target of an earlier sanction, now named. After a counted
    plural ("sanctions on three men", "… and two of his subordinates") also "The three, A, B and C", "One of
    the men, A," and "identified the financiers as A and B", each naming some of them."""
    for item in list(builder.described):
        lemma, by, trigger = item
        plural = trigger in builder.described_plural
        keys = {lemma} | _SAME_KIND.get(lemma, set()) | (_PEOPLE_WORDS | set(COUNT_WORDS) | {"one"} if plural
                                                          else set())
        for tok in builder.tokens(frozenset(keys), sent):
            if tok.i <= trigger or plural and tok.i - trigger > _NAMED_LATER:
                continue  # (a counted group is named within a few sentences, not anywhere after)
            named = _described_now_named(builder, tok, lemma, plural) or (
                _named_with_description(builder, tok, lemma) if tok.i - trigger <= _NAMED_LATER else [])
            if named:
                _targets(builder, named, by, tok, "rule:sanction-described", 0.7, act=trigger, accused=trigger)
                if not plural:
                    builder.described.remove(item)
                break


def _named_with_description(builder, tok, lemma: str) -> list[str]:
    """"sanctions on a deputy mines minister, a senator and a logging company", then "X, deputy minister for
    operations at the ministry", "Senator Y", "Z Inc., a Monrovia-registered company": the name the described
    noun is now apposed to, or the title it now stands in, soon after."""
    if tok.dep_ == "appos" and tok.lemma_ == lemma and not any(c.dep_ == "det" and c.lower_ == "the"
                                                               for c in tok.children):
        eid = entity_of(builder, tok.head)
        return [eid] if eid and builder.entities[eid].type in ("Person", "Organisation") else []
    if tok.pos_ == "PROPN" and tok.lower_ == lemma and tok.i + 1 < len(builder.doc):
        eid = builder.token_entity.get(tok.i + 1)  # "Senator Prince Y": the title word before the name
        return [eid] if eid and builder.entities[eid].type == "Person" else []
    return []


def _described_now_named(builder, tok, lemma: str, plural: bool) -> list[str]:
    """Who ``tok`` ("the commander", "the three", "one of the men", "the financiers") names, if anyone."""
    anchor = tok
    if plural and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in (
            "one", *COUNT_WORDS):  # "One of the men, X,"
        anchor = tok.head.head
    elif not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    named = [builder.token_entity[t.i] for c in anchor.children if c.dep_ == "appos"
             for t in (c, *c.conjuncts) if t.i in builder.token_entity]
    named += [e for c in anchor.children if c.dep_ == "acl" and c.lower_ == "known"  # "The unit, known as X,"
              for p in prep_objects(c, ("as",)) for e in [entity_of(builder, p)] if e]
    if plural and not named and tok.dep_ == "dobj" and tok.head.lemma_ in ("identify", "name"):
        named = [e for p in prep_objects(tok.head, ("as",)) for t in conjuncts(p)  # "identified the financiers
                 for e in [entity_of(builder, t)] if e]  # as A and B"
    if not named:
        one = comma_named(builder, anchor)
        named = [one] if one else []
    kinds = ("Person", "Organisation") if plural or noun_type(anchor) == "Organisation" else ("Person",)
    return [e for e in dict.fromkeys(named) if builder.entities[e].type in kinds]  # ("The unit, X,": a body)


def _targets(builder, named, by, tok, rule: str, conf: float, act: int | None = None,
             accused: int | None = None) -> None:
    """Each named target SANCTIONED_BY each sanctioning actor; the targets join the act told at token ``act``
    (TARGET_OF), and are ACCUSED too when that act accused its targets in the same breath (``accused``)."""
    charged = accused is not None and bool(named) and _accused_them(builder, accused, by)
    for a in by:
        for t in named:
            _add(builder, "SANCTIONED_BY", t, a, tok, rule, conf)
            if charged:
                _add(builder, "ACCUSED", a, t, builder.doc[accused], rule + "-accused", 0.6)
    if accused is not None and named and by:  # "sanctions on two officers over the poisoning of X": the
        for c in _reason_preps(builder.doc[accused]):  # officers named later are accused of the poisoning
            builder.claims.append({"accused": list(named), "by": list(by), "span": (c.i, c.right_edge.i + 1),
                                   "kind": "ACCUSED_OF", "token": accused, "rule": rule + "-reason"})
    if act is not None and named:
        builder.extra_roles.setdefault(act, []).extend((t, "TARGET_OF") for t in named)


def _accused_them(builder, trigger: int, by: list[str]) -> bool:
    """"imposed sanctions on a magnate and two associates, accusing them of …": the act's described targets
    were accused in the same breath, so whoever is named as one of them later was accused too."""
    verb = builder.doc[trigger]
    verb = verb.head if verb.pos_ != "VERB" else verb
    return any(c.dep_ == "advcl" and c.lemma_ in ("accuse", "blame") and any(
        o.lower_ in ("them", "him", "her", "it") for o in objects(c)) for c in verb.children) or any(
        t.dep_ == "relcl" and t.lemma_ == "accuse" and t.head.pos_ == "NOUN" and t.head.i not in builder.token_entity
        and (any(c.dep_ == "nsubj" and (c.lower_ in ("they", "it", "we") or set(actors(builder, c)) & set(by))
                 for c in t.children) or any(set(actors(builder, p)) & set(by) for p in agent_of_passive(t)))
        for t in verb.subtree)  # "sanctions on a militia leader they accuse of …" (the leader named later; not
    # "… whom rights groups accuse of abuses": someone else's charge)


def statement_named(builder, sent) -> None:
    """"The US imposed sanctions on a former senator …. OFAC said in a statement that X, who …, had …":
    the person the sanctioning body's statement is about, after a sanction that named no one."""
    if not builder.described:
        return
    _lemma, by, trigger = builder.described[0]
    if trigger >= sent.start or sent.start - trigger > 120:
        return
    side = set(by)
    for _ in range(2):  # the Treasury's OFAC speaks for the United States
        side |= {r.source for r in builder.relations.values() if r.type == "PART_OF" and r.target in side}
    for say in builder.tokens({"say", "state"}, sent):
        who = subject(say) if say.pos_ == "VERB" else None
        speakers = actors(builder, who, ("Country", "Organisation")) if who is not None \
            and who.i not in builder.coref_tokens else []  # (not "police said": a body guessed by coref)
        if not (set(speakers) & side or any(_own_body(builder, s, by) for s in speakers)):
            continue
        if trigger in builder.described_plural and any(
                builder.label(s) == "Country" for s in speakers):
            continue  # after "sanctions on 16 officials", only the sanctioning body's own statement names them
        clauses = [c for c in say.children if c.dep_ == "ccomp"]
        clauses += [a for c in say.children if c.dep_ == "prep" for p in c.children  # "said in a statement that X …"
                    if p.lemma_ in ("statement", "announcement", "release", "notice") for a in p.children
                    if a.dep_ == "acl" and any(m.dep_ == "mark" or m.lower_ == "that" for m in a.children)]
        issuers = [s for s in speakers if builder.label(s) == "Organisation" and s not in by]  # OFAC, whose
        for clause in clauses:  # statement names the target, imposed the sanction too
            subj = subject(clause) or next((g for c in clause.children if c.dep_ == "aux" for g in c.children
                                            if g.dep_ == "nsubj"), None)  # "X, who …, had used" hung on "had"
            named = [t for t in actors(builder, subj, ("Person", "Organisation")) if t not in side and t not in speakers]
            _targets(builder, named, by + issuers, clause, "rule:sanction-statement", 0.6, act=trigger,
                     accused=trigger)
            if named and issuers and builder.last_sanction and builder.last_sanction[0] == trigger:
                builder.last_sanction = (trigger, list(dict.fromkeys([*builder.last_sanction[1], *issuers])))


def _own_body(builder, org: str, states: list[str]) -> bool:
    """A government body not tied to another state ("the Foreign Office" when Britain sanctions)."""
    if builder.org_kind(org) != "government":
        return False
    tied = {r.target for r in builder.relations.values() if r.type == "PART_OF" and r.source == org}
    return not tied or bool(tied & set(states))


_TARGETED = {"target", "sanction", "name", "list", "hit", "blacklist", "designate"}


def those_targeted(builder, sent) -> None:
    """"Those targeted include X and Y": named targets of the sanction told in the sentence before."""
    for tok in builder.tokens({"include"}, sent):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok.pos_ == "VERB" else None
        if subj is None or tok.lemma_ != "include" or not (subj.pos_ in ("NOUN", "PRON") and any(
                c.dep_ in ("acl", "relcl", "amod") and c.lemma_ in _TARGETED for c in subj.children)):
            continue  # "Those targeted include X", "The gang leaders sanctioned include Y"
        verb = _previous_sanction(builder, sent)
        named = list(dict.fromkeys(entity_of(builder, t) for o in objects(tok) for t in conjuncts(o)
                                   if entity_of(builder, t)))  # not "members of the council"
        agents = [a for c in subj.children if c.dep_ in ("acl", "relcl") for p in agent_of_passive(c)
                  for a in actors(builder, p, ("Country", "Organisation"))]
        if agents:  # "Those listed by the EU include X": the EU's act, whatever was told last
            last = builder.last_sanction
            _targets(builder, named, agents, tok, "rule:those-targeted", 0.75,
                     act=last[0] if last and set(last[1]) & set(agents) else None)
            continue
        if verb is not None:
            by, anchor = actors(builder, subject(verb), ("Country", "Organisation")), verb.i
        elif builder.last_sanction is not None:  # "…imposed identical measures. Those listed include X"
            anchor, by = builder.last_sanction
        else:
            continue
        _targets(builder, named, by, tok, "rule:those-targeted", 0.75, act=anchor)


def among_them(builder, sent) -> None:
    """"… added six people to its sanctions list. Among them, according to the Official Journal, was X":
    the names an "Among them was/were" sentence gives right after a sanction."""
    first = sent[0]
    if first.lower_ != "among" or len(sent) < 3 or sent[1].lower_ not in ("them", "those") \
            or first.head.lemma_ != "be" or not builder.last_sanction:
        return
    anchor, by = builder.last_sanction
    if not _told_just_before(builder, sent, anchor, 1):
        return  # the sanction must be the one told in the sentence before
    named = [e for c in first.head.children if c.dep_ in ("nsubj", "attr") for e in _named_in(builder, c)]
    _targets(builder, list(dict.fromkeys(named)), by, first.head, "rule:among-them", 0.7, act=anchor)


def _told_just_before(builder, sent, anchor: int, back: int) -> bool:
    """Whether token ``anchor`` lies in one of the ``back`` sentences before ``sent``."""
    sents = builder.sents()
    k = next(i for i, s in enumerate(sents) if s.start == sent.start)
    return k > 0 and sents[max(0, k - back)].start <= anchor < sents[k - 1].end


def on_the_list(builder, sent) -> None:
    """"Also on the list is X, a judge …", "One of the sanctioned companies, X, …": a name the sentence after a
    sanction adds to those it targeted."""
    if not builder.last_sanction:
        return
    anchor, by = builder.last_sanction
    if not _told_just_before(builder, sent, anchor, 3):
        return  # the sanction must be told in the last few sentences ("the list", "the sanctioned firms" point back)
    named = []
    for tok in builder.tokens({"list"}, sent):  # "Also on the list is X"
        prep = tok.head
        if tok.dep_ == "pobj" and prep.lower_ == "on" and prep.head.lemma_ == "be" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            named += [e for c in prep.head.children if c.dep_ in ("nsubj", "attr") for e in _named_in(builder, c)]
    for tok in builder.tokens({"sanctioned", "listed", "designated"}, sent):  # "One of the sanctioned firms, X,"
        noun = tok.head
        if tok.dep_ == "amod" and noun.tag_ == "NNS" and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lower_ == "one":
            named += [e for c in (*noun.head.head.children, *noun.children) if c.dep_ == "appos"
                      for e in [entity_of(builder, c)] if e]  # (the parser may hang the name on the plural)
    if named:
        _targets(builder, list(dict.fromkeys(named)), by, sent[0], "rule:on-the-list", 0.7, act=anchor)
    bound = [e for v in _bound_by_measures(builder, sent) for e in _subjects_named(builder, v) if e not in named]
    if bound:  # "A and the two other men, B and C, will have any assets frozen and are barred from travelling"
        _targets(builder, list(dict.fromkeys(bound)), by, sent[0], "rule:measures-on-them", 0.7, act=anchor,
                 accused=anchor)


_LIST_KINDS = {"sanctions", "sanction", "terror", "terrorist", "terrorism", "black", "blacklist", "consolidated"}


def on_whose_list(builder, sent) -> None:
    """"X has been on the UN Security Council's sanctions list since 2001", "X is on the US State Department's
    list of terrorist organisations", "X remains on a US blacklist": a standing listing by the list's owner."""
    for tok in builder.tokens({"list", "blacklist"}, sent):
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" else None
        if verb is None or verb.lemma_ not in ("be", "remain", "stay", "appear") or modality.negated(verb) \
                or modality.hypothetical(verb):
            continue
        kinds = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")} | {
            t.lower_ for p in prep_objects(tok, ("of",)) for t in p.subtree}
        if tok.lower_ != "blacklist" and not kinds & _LIST_KINDS or kinds & {"target", "targets", "victims", "enemies"}:
            continue  # (not "is on the list of speakers", nor on an armed group's "list of terror targets")
        owners = [a for c in tok.children if c.dep_ in ("poss", "compound", "nmod")
                  for a in actors(builder, c, ("Country", "Organisation"))]
        owners += [country_entity(builder, st, c.text) for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
                   for st in [gz.demonym_of_token(c)] if st and not entity_of(builder, c)]
        listed = [a for c in verb.children if c.dep_ == "nsubj" for a in actors(builder, c, ("Person", "Organisation"))]
        for a in dict.fromkeys(owners):
            for t in listed:
                if a != t and builder.org_kind(a) != "armed_group":
                    _add(builder, "SANCTIONED_BY", t, a, tok, "rule:on-whose-list", 0.75)


def barred_from_state(builder, sent) -> None:
    """"X, Y and the Z centre would be barred from China, Hong Kong and Macau": an entry ban told by the states
    barred from, when no one else is named as barring."""
    for tok in builder.tokens({"barred", "banned"}, sent):
        if not is_passive(tok) or agent_of_passive(tok) or modality.negated(tok) or any(
                c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in tok.children) or any(
                c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in tok.children) \
                or any(a.lemma_ in ("warn", "threaten") for a in tok.ancestors):
            continue  # (an announced ban "would be" in force; one that "could be", or "if …", is a threat)
        states = [a for p in prep_objects(tok, ("from",)) for a in actors(builder, p, ("Country",))][:1]
        barred = [a for c in tok.children if c.dep_ == "nsubjpass"
                  for a in actors(builder, c, ("Person", "Organisation"))]
        for a in states:
            for t in barred:
                _add(builder, "SANCTIONED_BY", t, a, tok, "rule:barred-from-state", 0.7)


def _bound_by_measures(builder, sent) -> list:
    """Verbs telling what a sanction does to its subjects, with no one doing it: "will have their assets
    frozen", "are barred from travelling to the bloc"."""
    out = []
    for tok in builder.tokens({"frozen", "blocked"}, sent):
        if tok.head.lemma_ == "have" and tok.dep_ in ("ccomp", "xcomp", "oprd", "acomp", "amod") and any(
                t.lemma_ in ("asset", "fund", "account", "property") for t in (*tok.children, *tok.head.children)):
            out.append(tok.head)
    for tok in builder.tokens({"barred", "banned"}, sent):
        if is_passive(tok) and not agent_of_passive(tok) and from_entering(tok):
            out.append(tok)
    return [v for v in out if not modality.negated(v)]


def _subjects_named(builder, verb) -> list[str]:
    """The people and bodies a verb's subject names, through coordination and appositions ("A and the two
    other men, B and C")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) or subject(verb)
    if subj is None:
        return []
    toks = [t for c in conjuncts(subj) for a in (c, *(x for x in c.children if x.dep_ == "appos"))
            for t in conjuncts(a)]
    return [e for t in toks for e in [entity_of(builder, t)]
            if e and builder.entities[e].type in ("Person", "Organisation")]


def targets_accused(builder, sent) -> None:
    """"sanctions on … a trading company, X, accused of laundering money": a target the sanction describes as
    accused is accused by whoever sanctions it (the act's own words, not the narrator's)."""
    for tok in builder.tokens({"accused"}, sent):
        if tok.dep_ != "acl" or tok.tag_ != "VBN" or agent_of_passive(tok) or modality.negated(tok):
            continue
        noun = tok.head
        named = [e for t in (noun, *[c for c in noun.children if c.dep_ == "appos"]) for e in [entity_of(builder, t)]
                 if e and builder.label(e) in ("Person", "Organisation")]
        for target in dict.fromkeys(named):
            by = [r.target for r in builder.relations.values() if r.type == "SANCTIONED_BY" and r.source == target
                  and any(sent.start_char <= ev.start < sent.end_char for ev in r.evidence)]
            for a in by:
                _add(builder, "ACCUSED", a, target, tok, "rule:sanctioned-accused", 0.65)


_LIST_VERBS = {"designate", "list", "add", "name", "blacklist", "target"}  # also "sanction" without agent


_LISTING_DOCUMENTS = {"resolution", "list", "order", "decision", "designation", "notice", "decree", "listing",
                      "regulation", "package", "text"}


def _listed(tok) -> list:
    """Who a listing verb names: "designated X and Y", "Also added to the list was X", "Also listed is X",
    "Among those named is X"."""
    if tok.pos_ != "VERB" or modality.negated(tok):
        return []
    inverted = named_after(tok)
    if inverted and (tok.dep_ == "acl" or is_passive(tok)):
        return inverted  # "Among those named is X", "Also listed was Y"
    if tok.lemma_ == "designate" and not is_passive(tok):
        return [] if _labels(tok) else objects(tok)  # "designated it a terrorist organisation": a label
    if tok.lemma_ == "add" and not any(c.dep_ == "prep" and c.lower_ == "to" and any(
            p.lemma_ in ("list", "blacklist") for p in c.children) for c in tok.children):
        return []
    if tok.lemma_ in ("name", "list") and not is_passive(tok) and subject(tok) is not None and \
            subject(tok).lemma_ in _LISTING_DOCUMENTS:
        return objects(tok)  # "The resolution names X, Y and Z"
    if tok.lemma_ in ("list", "add", "designate", "name", "blacklist") and is_passive(tok):
        return [c for c in tok.children if c.dep_ == "nsubjpass"] + along_with(tok) + inverted
    return []


_OBJECT_LINKS = {"among", "including", "include"}


def _named_in(builder, obj) -> list[str]:
    """Persons and organisations an object names, through appositions and "among them"/"including"
    lists ("four companies, among them X and its director, Y"; "four of the targets, X, Y and Z"), but
    not inside relative clauses or other phrases about them ("who shipped parts to Z")."""
    out: list[str] = []
    stack = [obj]
    while stack:
        t = stack.pop()
        eid = entity_of(builder, t)
        if eid and builder.entities[eid].type in ("Person", "Organisation") and eid not in out:
            out.append(eid)
        counted = t.pos_ == "NUM" or t.lower_ in ("some", "several", "all", "both", "many", "most")
        for c in t.children:
            if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "poss", "compound", "amod") or (
                    c.dep_ == "prep" and c.lower_ not in _OBJECT_LINKS and not (counted and c.lower_ == "of")) \
                    or c.i in builder.coref_tokens and c.dep_ == "poss":
                continue  # ("four of the targets, X, Y and Z": the names may hang on "targets")
            stack.append(c)
    return out


def _active_listing(builder, tok, sanctioners: list[str]) -> list[str]:
    """"The EU listed four companies …", "Britain designated …", "the bloc further targeted X": an
    active listing verb whose subject is an actor already sanctioning in this article."""
    if tok.pos_ != "VERB" or is_passive(tok) or modality.negated(tok) or tok.lemma_ == "add":
        return []
    if tok.lemma_ == "designate" and _labels(tok):
        return []
    subj = actors(builder, subject(tok), ("Country", "Organisation"))
    follower = tok.dep_ == "advcl" and tok.head.lemma_ == "follow"  # "The EU followed in December, listing X"
    new_act = (tok.lemma_ in ("designate", "blacklist") or follower) and all(
        builder.label(a) == "Country" or builder.org_kind(a) in ("government", "international") for a in subj)
    sanctioners = set(sanctioners) | {r.target for r in builder.relations.values() if r.type == "SANCTIONED_BY"}
    if not subj or not (set(subj) <= sanctioners or new_act):  # "Britain designated four of them, …"
        return []  # (any actor that has sanctioned someone in this article so far, not only the last one)
    listed = [e for o in objects(tok) for e in _named_in(builder, o)]
    for c in tok.children:  # "listed four companies, among them X and Y" (the list hangs on the verb)
        if c.dep_ == "prep" and c.lower_ in _OBJECT_LINKS:
            listed += [e for p in c.children if p.dep_ == "pobj" for e in _named_in(builder, p)]
            listed += [e for p in c.children if p.dep_ == "pobj" for a in p.children if a.dep_ in ("appos", "conj")
                       for e in _named_in(builder, a)]
    return list(dict.fromkeys(listed))


_UNDER_VERBS = {"place", "put", "hit"}
_MEASURE_WORDS = MEASURES | {"sanction", "sanctions", "measure", "measures", "embargo"}


def _under_measures(tok) -> bool:
    """"X was placed under an asset freeze and a travel ban", "was hit with sanctions": a listing told
    without its agent (who is the one imposing the sanctions the article tells)."""
    return any(c.dep_ == "prep" and c.lower_ in ("under", "with") and any(
        p.lemma_ in _MEASURE_WORDS or p.lower_ in _MEASURE_WORDS for p in c.children) for c in tok.children)


def _agentless(builder, tok) -> list[str]:
    """"X, a front company in Hong Kong, which was also sanctioned": a passive listing with no agent
    extends the sanction the article is telling."""
    if tok.pos_ != "VERB" or not is_passive(tok) or agent_of_passive(tok) or modality.negated(tok):
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if tok.dep_ == "relcl" and subj and subj[0].lower_ in ("which", "who", "that"):
        subj = [_relative_antecedent(builder, tok.head)]
    return [t for g in subj + along_with(tok) for t in actors(builder, g, ("Person", "Organisation"))]





def _described_by(noun):
    """"X, the same team blamed by Y", "X is the team blamed by Y": the name a describing noun stands for (an
    apposition's head, a predicate's subject), else the noun itself."""
    if noun.dep_ == "appos" and noun.head.i < noun.i:
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), noun)
    return noun


def _relative_antecedent(builder, noun, types=("Person", "Organisation")):
    """"X Ltd, a front company registered in Cyprus, which was also sanctioned": the parser hangs the
    clause on the nearest noun (Cyprus); the actor it describes is the one the phrase is about ("whom"
    asks for a person: "X, commander of a brigade of the army, whom London accused")."""
    tok = noun
    for _ in range(6):
        eid = entity_of(builder, tok)
        if eid and builder.entities[eid].type in types:
            return tok
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "X is a faction (that) Washington blames for …"
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
        if tok.dep_ not in ("pobj", "prep", "acl", "appos") or tok.head == tok:
            break
        tok = tok.head
    return noun


def sanction_listings(builder, sent) -> None:
    """Names added to a sanctions list told earlier in the article, under the same sanctioning actor."""
    last = builder.last_sanction
    if last is None:
        return
    _document_names(builder, sent, last)
    for tok in builder.tokens(_LISTING_KEYS, sent):
        if tok.lemma_ not in _LIST_VERBS | _UNDER_VERBS and tok.lemma_ != "sanction":
            continue
        by = last[1]
        if tok.lemma_ == "sanction" or tok.lemma_ in _UNDER_VERBS:
            named = _agentless(builder, tok) if tok.lemma_ == "sanction" or _under_measures(tok) else []
        elif tok.lemma_ == "target" and _measures_target(tok):
            named = _measure_targets(builder, tok)
        else:
            named = [t for g in _listed(tok) for t in actors(builder, g, ("Person", "Organisation"))]
            active = _active_listing(builder, tok, last[1])
            if active:  # "The EU further targeted X": the EU alone, not every sanctioning actor so far
                by = _states_behind(builder, actors(builder, subject(tok), ("Country", "Organisation")))
                named += [t for t in active if t not in named]
        named = [t for t in named if t not in by]
        _targets(builder, named, by, tok, "rule:sanction-listing", 0.75, act=last[0])


def _measures_target(verb) -> bool:
    """"The measures, announced in Brussels, target X": the sanction told before, now naming its targets (the
    parser may take "target" for a noun in X's name, with the measures still its subject)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "compound" and verb.head.dep_ == "appos":
        subj = verb.head.head  # (or the name hung on "measures" as an apposition)
    return (verb.pos_ == "VERB" or verb.dep_ == "compound") and subj is not None and not modality.negated(verb) and (
        subj.lemma_ in _MEASURE_WORDS or subj.lower_ in _MEASURE_WORDS or subj.lemma_ in _LISTING_DOCUMENTS)


def _measure_targets(builder, verb) -> list[str]:
    """Those the measures target, with "along with two associates and five companies, among them A and B" (the
    parser may hang the list on the first name, or leave the verb without an object and make the name the root)."""
    objs = objects(verb) if verb.dep_ != "compound" else [verb.head]  # ("target" taken for a noun in the name)
    if not objs and verb.i + 1 < len(builder.doc) and verb.i + 1 in builder.token_entity:
        objs = [builder.doc[verb.i + 1].head if builder.doc[verb.i + 1].dep_ == "compound" else builder.doc[verb.i + 1]]
    found = [e for o in objs for e in _named_in(builder, o)]
    withs = along_with(verb) + [p for o in objs for p in along_with(o)]
    found += [e for p in withs for t in conjuncts(p) for e in _named_in(builder, t)]
    return list(dict.fromkeys(found))


def _document_names(builder, sent, last) -> None:
    """"The listing names X, Y and Z": the parser often takes "names" for a plural noun after a listing
    document; the people it names are the targets of the sanction told before."""
    for tok in builder.tokens({"name", "list"}, sent):
        if tok.pos_ != "NOUN" or tok.lower_ not in ("names", "lists") or tok.i == 0 or any(
                c.dep_ in ("det", "poss") for c in tok.children):
            continue
        first = next((t for t in sent if t.pos_ == "NOUN"), None)  # "The resolution, adopted on …, names X"
        if first is None or first.lemma_ not in _LISTING_DOCUMENTS or not (
                builder.doc[tok.i - 1].lemma_ in _LISTING_DOCUMENTS or builder.doc[tok.i - 1].text == ","):
            continue
        named = list(dict.fromkeys(e for t in builder.doc[tok.i + 1:sent.end] for e in [builder.token_entity.get(t.i)]
                                   if e and builder.label(e) in ("Person", "Organisation") and e not in last[1]))
        _targets(builder, named, last[1], tok, "rule:listing-names", 0.7, act=last[0])


# What sanctions programmes list people as: "Specially Designated Global Terrorists", "terrorist financiers",
# "significant narcotics traffickers", "kingpins".
_LISTED_AS = {"financier", "facilitator", "trafficker", "kingpin", "terrorist"}


def _labels(verb) -> bool:
    """"designated it a terrorist organisation", "designated X as a threat", "designated X a threat to national
    security" (a complement the parser may leave unattached): a label, not a listing. A sanctions category
    ("designated X as terrorist financiers", "as narcotics traffickers") is the listing itself."""
    comps = [c for c in verb.children if c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")]
    if comps:
        heads = [p for c in comps for p in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])]
        return not any(h.lemma_.lower() in _LISTED_AS or h.lower_.removesuffix("s") in _LISTED_AS for h in heads)
        # ("as Specially Designated Global Terrorists": the capitalised plural keeps its "s" in the lemma)
    doc = verb.doc
    return any(o.right_edge.i + 1 < len(doc) and doc[o.right_edge.i + 1].lower_ in ("a", "an")
               and doc[o.right_edge.i + 1].ent_type_ != "DATE" for o in objects(verb))  # not "…, a day later"


def _previous_sanction(builder, sent):
    """The last active "X sanctioned …" verb in this sentence or the one before."""
    sents = builder.sents()
    k = next(i for i, s in enumerate(sents) if s.start == sent.start)
    verbs = [t for s in sents[max(0, k - 1):k + 1] for t in builder.tokens({"sanction"}, s)
             if t.pos_ == "VERB" and t.lemma_ == "sanction" and not is_passive(t)]
    return verbs[-1] if verbs else None


# accusations -----------------------------------------------------------------------
_WARRING_SIDES = {"side", "party", "faction", "rival", "camp", "belligerent"}  # "the warring parties blamed
# each other": the pair told at war or "between"


def _each_side_the_other(accusers, accused) -> bool:
    """"Each side has accused the other of …"."""
    return any(g is not None and g.lemma_ == "side" and any(c.lower_ == "each" for c in g.children)
               for g in accusers) and any(g.lower_ == "other" for g in accused)


def _sides_each_other(accusers, accused) -> bool:
    """"The warring parties blamed each other for …" (sides the sentence does not name)."""
    return any(g is not None and g.lemma_ in _WARRING_SIDES and g.tag_ == "NNS" for g in accusers) and any(
        g.lower_ == "other" and any(c.lower_ == "each" for c in g.children) for g in accused)


def _each_other(builder, tok, sides: list[str], confidence: float) -> None:
    """"A and B blamed each other for the attack": each accuses the other, of the deed the clause names."""
    span = _claim_span(tok)
    for a, b in combinations(sides, 2):
        _add(builder, "ACCUSED", a, b, tok, "rule:accuse-each-other", confidence)
        _add(builder, "ACCUSED", b, a, tok, "rule:accuse-each-other", confidence)
        if span is not None and _kind_of_claim(tok) == "ACCUSED_OF":
            for accused, by in ((a, b), (b, a)):
                builder.claims.append({"accused": [accused], "by": [by], "span": span, "kind": "ACCUSED_OF",
                                       "token": tok.i, "rule": "rule:accuse-each-other"})


def _kind_of_claim(tok) -> str:
    """An accusation, or a mere suspicion ("suspected each other of …")."""
    return "SUSPECTED_OF" if tok.lemma_ in _SUSPECT_VERBS else "ACCUSED_OF"


def _claim_span(tok):
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "with", "over", "in", "to"):
            return (c.i, c.right_edge.i + 1)
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "oprd", "acomp"):
            return (c.i, c.right_edge.i + 1)
    return None


def pointed_finger(builder, sent) -> None:
    """"X pointed the finger at Y": an accusation in idiom, and a suspicion of the attack it is over."""
    for tok in builder.tokens({"point"}, sent):
        if tok.pos_ != "VERB" or modality.negated(tok) or not (any(o.lower_ == "finger" for o in objects(tok)) or (
                not objects(tok) and any(builder.label(a) in ("Country", "Organisation")
                                         for p in prep_objects(tok, ("at",)) for a in actors(builder, p)))):
            continue  # "pointed the finger at Y", "was quick to point at the rebels"
        by = actors(builder, subject(tok))
        suspects = [x for p in prep_objects(tok, ("at",)) for x in actors(builder, p)]
        for a in by:
            for t in suspects:
                _add(builder, "ACCUSED", a, t, tok, "rule:pointed-finger", 0.7)
        span = next(((c.i, c.right_edge.i + 1) for c in tok.children if c.dep_ == "prep" and c.lower_ in (
            "for", "over")), None)
        claim = {"accused": suspects, "by": by, "span": span, "kind": "ACCUSED_OF" if by else "SUSPECTED_OF",
                 "token": tok.i, "rule": "rule:pointed-finger"}  # a named accuser accuses; "fingers point" suspect
        if suspects:  # "pointed the finger at Y" with no "over the attack": the story's attack
            (builder.claims if span else builder.story_claims).append(claim)


_MARK_NOUNS = {"hallmark", "hallmarks", "fingerprint", "fingerprints", "signature", "trademark", "trademarks"}


def _teller(tok, sent):
    """Who tells the clause of ``tok``: the subject of the speech verb it is reported under ("X said the
    attack bore …"), of a speech verb set in it ("Police traced …, X said", "Investigators, she said, had …"),
    or of the sentence's own speech verb."""
    who = modality.speaker(tok) or next((g for c in tok.children if c.dep_ == "parataxis"
                                         and c.lemma_ in modality.SAY_VERBS for g in c.children
                                         if g.dep_ == "nsubj"), None)
    if who is None and sent.root.lemma_ in modality.SAY_VERBS:
        who = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    return who


_BEAR_FORMS = {"bore", "bear", "bears", "borne", "bearing", "carried", "carries", "carry"}


def bore_hallmarks(builder, sent) -> None:
    """"X said the bombing bore the hallmarks of Y", "the attack bore 'all the fingerprints' of Y": the speaker
    accuses Y, of the deed that bore the marks (or of the story's attack, when the parse loses the deed).
    "bore no hallmarks of Y" accuses no one."""
    doc = sent.doc
    for tok in builder.tokens(_MARK_NOUNS, sent):
        verb = tok.head if tok.dep_ in ("dobj", "attr") and tok.head.lemma_ in ("bear", "carry") else next(
            (t for t in doc[max(sent.start, tok.i - 5):tok.i] if t.lower_ in _BEAR_FORMS), None)  # (or a
        # "bore" the tagger took for a noun)
        suspects = [x for p in prep_objects(tok, ("of",)) for x in actors(builder, p)]
        if verb is None or not suspects or modality.negated(verb) or any(
                t.lower_ in ("no", "none", "not") for t in doc[verb.i + 1:tok.i]):
            continue
        who = _teller(verb, sent)
        by = [a for a in actors(builder, who) if a not in suspects] if who is not None else []
        for a in by:
            for t in suspects:
                _add(builder, "ACCUSED", a, t, tok, "rule:bore-hallmarks", 0.65)
        deed = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
        span = (deed.i, deed.right_edge.i + 1) if deed is not None else None
        claim = {"accused": suspects, "by": by, "span": span, "kind": "ACCUSED_OF" if by else "SUSPECTED_OF",
                 "token": tok.i, "rule": "rule:bore-hallmarks"}
        (builder.claims if span else builder.story_claims).append(claim)


# What a speaker says "points to" someone: "intelligence reports pointed to X", "everything points to Y".
_CLUE_NOUNS = {"evidence", "everything", "intelligence", "report", "clue", "sign", "trail", "finding", "indication",
               "information", "investigation", "inquiry", "data", "all"}


def points_to(builder, sent) -> None:
    """"The minister said intelligence reports pointed to X": the speaker accuses X (the evidence does not)."""
    for tok in builder.tokens({"point"}, sent):
        subj = subject(tok)
        if tok.pos_ != "VERB" or subj is None or subj.lemma_.lower() not in _CLUE_NOUNS or modality.negated(tok):
            continue
        who = modality.speaker(tok)
        by = actors(builder, who) if who is not None else []
        for a in by:
            for t in (x for p in prep_objects(tok, ("to",)) for x in actors(builder, p) if x not in by):
                _add(builder, "ACCUSED", a, t, tok, "rule:points-to", 0.65)


def traced_to(builder, sent) -> None:
    """"Investigators, she said, had traced the plan to X": whoever traced a deed to X (or, for unnamed
    investigators, the one who tells it) accuses X."""
    for tok in builder.tokens({"trace"}, sent):
        if tok.pos_ != "VERB" or is_passive(tok) or modality.negated(tok) or not objects(tok):
            continue
        by = actors(builder, subject(tok), ("Country", "Organisation", "Person"))
        if not by:  # "Police traced …, X said", "Investigators, she said, had traced …"
            who = _teller(tok, sent)
            by = actors(builder, who, ("Country", "Organisation", "Person")) if who is not None else []
        ends = prep_objects(tok, ("to",)) + [p for o in objects(tok) for p in prep_objects(o, ("to",))]
        for a in by:  # ("to" hung on the deed: "traced the attack to X")
            for t in (x for p in ends for x in actors(builder, p) if x not in by):
                _add(builder, "ACCUSED", a, t, tok, "rule:traced-to", 0.65)


def condemned_conduct(builder, sent) -> None:
    """"X condemned Y's conduct", "condemned what it called Y's 'reckless' conduct", "condemned Y for …": a
    condemnation of what an actor did accuses that actor (not "condemned the attack", which names no one)."""
    for tok in builder.tokens({"condemn", "denounce"}, sent):
        if tok.pos_ != "VERB" or is_passive(tok) or modality.negated(tok):
            continue
        objs = objects(tok) + [o for c in tok.children if c.dep_ == "ccomp" and c.lemma_ == "call"
                               for o in c.children if o.dep_ in ("oprd", "dobj") and o.lower_ != "what"]
        accused = [a for o in objs for c in o.children if c.dep_ == "poss" for a in actors(builder, c)]
        if prep_objects(tok, ("for",)) or any(prep_objects(o, ("for",)) for o in objects(tok)):  # "condemned Y for …"
            accused += [a for o in objects(tok) for a in actors(builder, o)]
        by = _acting(builder, subject(tok), ("Person", "Organisation", "Country"))
        accused = [t for t in accused if t not in by]
        for a in by:
            for t in accused:
                _add(builder, "ACCUSED", a, t, tok, "rule:condemned-conduct", 0.65)
        span = next(((c.i, c.right_edge.i + 1) for o in (tok, *objects(tok)) for c in o.children
                     if c.dep_ == "prep" and c.lower_ == "for"), None)
        if by and accused and span:  # "condemned Y for the shelling": accused of the shelling
            builder.claims.append({"accused": accused, "by": by, "span": span, "kind": "ACCUSED_OF",
                                   "token": tok.i, "rule": "rule:condemned-conduct"})


def _on_deep(objs) -> list:
    """"blamed a week of defections on X": the "on" the parser hung deeper in the object (its first)."""
    ons = [t for o in objs for t in o.subtree if t.dep_ == "prep" and t.lower_ == "on" and t.head.i != o.i]
    return [p for p in ons[0].children if p.dep_ == "pobj"] if ons else []


def _demonym_state(builder, dem) -> str:
    """The state a demonym token names, made an actor of the article."""
    return country_entity(builder, gz.demonym_of_token(dem), dem.text)


def _demonym_blamed(builder, noun) -> list[str]:
    """"blamed the defections on Chinese money", "on Russian agents": the state the demonym names (not "on a
    Myanmar drug gang": a body from there, not its state)."""
    if noun_type(noun) == "Organisation" or indefinite(noun):
        return []
    dem = demonym_of(noun)
    return [_demonym_state(builder, dem)] if dem is not None else []


_TROOP_NOUNS = {"troop", "soldier", "force", "patrol", "gunner", "sailor", "army", "military", "navy", "marine",
                "warship", "militiaman", "guard"}


def _demonym_troops(builder, noun) -> list[str]:
    """"accused Ugandan troops of killing …": the state's armed force when the article names one, else the
    state (not "a Ugandan soldier": one man's deed is not his state's)."""
    if noun is None or noun.lemma_ not in _TROOP_NOUNS or indefinite(noun) or noun.text[:1].isupper():
        return []
    dem = demonym_of(noun)
    before = noun.doc[noun.i - 1] if noun.i else None
    if dem is None and before is not None and before.head.i == noun.head.i and before.dep_ in ("dative", "dobj") \
            and gz.demonym_of_token(before):
        dem = before  # "accused Ugandan troops" parsed as two objects
    if dem is None:
        return []
    state = _demonym_state(builder, dem)
    forces = [e for e, d in builder.entities.items() if d.type == "Organisation" and d.kind == "military"
              and body_state(builder, e) == state]
    others = [a for c in conjuncts(noun)[1:] if (a := entity_of(builder, c))]  # "Ugandan troops and the X
    # militia" (a name, not "… and the Russian fighters", a demonym of no one body)
    return (forces if len(forces) == 1 else [state]) + [a for a in others if a not in forces + [state]]


def _not_dates(toks) -> list:
    return [t for t in toks if t.ent_type_ not in ("DATE", "TIME")]  # "blamed … on Monday"


def accusations(builder, sent) -> None:
    for tok in builder.tokens(_ACCUSE_KEYS, sent):
        lemma = tok.lemma_
        if tok.pos_ != "VERB" or lemma not in _ACCUSE_VERBS | _SUSPECT_VERBS or modality.negated(tok):
            continue
        if modality.denied_by(tok):
            continue
        small = next((c for c in tok.children if c.lower_ == "responsible"), None) or (  # "holds him responsible"
            next((c for c in tok.head.children if c.lower_ == "responsible"), None)  # "the man X holds responsible"
            if tok.dep_ == "relcl" else None) or next(  # "held the Front responsible" parsed as "responsible Front"
            (c for o in objects(tok) for c in o.children if c.lower_ == "responsible" and c.dep_ == "amod"), None)
        if lemma == "hold" and small is None:
            continue
        blamed_on = (_not_dates(prep_objects(tok, ("on",))) or _not_dates(
            [p for o in objects(tok) + agent_of_passive(tok) for p in prep_objects(o, ("on",))]) or _not_dates(
            _on_deep(objects(tok)))) if lemma == "blame" else []  # "… on X" (on the object, or on the agent: "blamed by the government on X")
        if blamed_on and is_passive(tok):  # "a drone strike blamed on Ukraine", "the attack was blamed on X by Y"
            accused, accusers = blamed_on, agent_of_passive(tok)
        elif blamed_on:
            accused, accusers = blamed_on, [subject(tok)]
        elif tok.dep_ in ("relcl", "advcl") and not is_passive(tok) and all(
                o.lower_ in ("that", "which", "whom", "who") for o in objects(tok)) and (
                tok.dep_ == "relcl" or objects(tok)):
            # "a firm (that) it accused of moving money": the firm, by whoever "it" is in the main clause
            # ("three men in Quetta whom it accused of …" parsed as an adverbial clause: the noun before "whom")
            noun = tok.head if tok.dep_ == "relcl" else _before_relative(objects(tok)[0])
            whom = any(o.lower_ in ("whom", "who") for o in objects(tok))
            accused = [noun.head if noun.dep_ == "appos" and entity_of(builder, noun) is None else
                       _relative_antecedent(builder, noun, ("Person",) if whom else ("Person", "Organisation"))]
            accusers = [subject(tok)]
            if accusers[0] is not None and accusers[0].lower_ in ("it", "they") and not actors(builder, accusers[0]):
                root = builder.sentence(tok).root
                accusers = [next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)]
        elif is_passive(tok):
            accused = [c for c in tok.children if c.dep_ == "nsubjpass"] or (  # "X is the team blamed by Y for …"
                [_described_by(tok.head)] if tok.dep_ == "acl" else []) or (  # "were detained and accused by X of …"
                [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")] if tok.dep_ == "conj" else [])
            accusers = agent_of_passive(tok)
        else:
            accused = objects(tok) or [c for c in (small.children if small is not None else [])
                                       if c.dep_ == "nsubj"]
            if lemma == "hold" and tok.dep_ == "relcl":
                accused = [tok.head]
            accusers = [subject(tok)] if not (lemma == "hold" and tok.dep_ == "relcl") else [
                c for c in tok.children if c.dep_ == "nsubj"]
        kind = _kind_of_claim(tok)
        acc = [a for g in accused for a in (not blamed_on and _demonym_troops(builder, g)) or actors(builder, g) or (
            _demonym_blamed(builder, g) if blamed_on else []) or _group_named_before(builder, g)]
        if not acc and tok.dep_ in ("relcl", "advcl"):  # "eight officials it accused of …, among them Gen. X"
            acc = _among_them(builder, tok.i)
        accusers = [s for g in accusers for s in _issuer(g)]
        by = [a for g in accusers for a in _acting(builder, g, ("Person", "Organisation", "Country"))]
        if not by and _each_side_the_other(accusers, accused) or _sides_each_other(accusers, accused):
            by = pair_between(builder, tok)  # "Each side has accused the other of …": the pair told with "between"
            # or at war (not the two states named last: those may be the mediators)
            _each_other(builder, tok, by, 0.7)
            continue
        if any(g.lower_ == "other" and any(c.lower_ == "each" for c in g.children) or g.lower_ == "another"
               for g in accused) and len(by) >= 2:  # "Both governments have accused each other of …"
            _each_other(builder, tok, by, 0.75)
            continue
        if acc and set(by) <= set(acc) and tok.dep_ == "conj":  # "X said Yerevan was …, and accused Armenia
            who = modality.speaker(tok.head)  # of …": a misattached conjunct of "said"
            by = actors(builder, who) if who is not None else _nearest_speaker(builder, tok)
        by = _with_states(builder, by)
        by += [st for g in accusers for st in _demonym_official(builder, g) if st not in by and st not in acc]
        if by and set(by) <= set(acc) and any(g is not None and g.i in builder.coref_tokens and g.lemma_ in (
                "government", "authorities", "regime") for g in accusers):  # "The government accused Washington"
            by = [s for s in [main_state(builder, set(acc))] if s]  # in a story that names the US first: the
            # government is the story's other state, not the one it accuses
        if kind == "ACCUSED_OF":
            for a in by:
                for t in acc:
                    _add(builder, "ACCUSED", a, t, tok, f"rule:{lemma}-{'passive' if is_passive(tok) else 'active'}",
                         0.8)
        span = _claim_span(tok) or (_claim_span(small) if small is not None else None) or next(
            ((c.i, c.right_edge.i + 1) for g in accused + (agent_of_passive(tok) if is_passive(tok) else [])
             for c in g.children  # "accused Benin of a role in …", "is suspected by police of abducting …"
             if c.dep_ == "prep" and c.lower_ in ("of", "over") and c.i > tok.i), None)
        if blamed_on:
            span = next(((o.left_edge.i, o.right_edge.i + 1) for o in objects(tok)), span)
            if tok.dep_ == "acl" and is_passive(tok):
                span, kind = (tok.head.i, tok.head.i + 1), ("SUSPECTED_OF" if not by else kind)
            elif is_passive(tok):  # "The bombing was blamed on X": the subject is the deed
                span = next(((c.i, c.i + 1) for c in tok.children if c.dep_ == "nsubjpass"), span)
                kind = "SUSPECTED_OF" if not by else kind
            elif tok.dep_ == "relcl" and trigger_type(tok.head):  # "…, an attack the government blamed on X"
                span = (tok.head.i, tok.head.i + 1)
        if span and not blamed_on and tok.dep_ == "relcl" and trigger_type(tok.head) and not any(
                trigger_type(t) for t in tok.doc[span[0]:span[1]]):  # "an attack the government accused X of
            span = (tok.head.i, tok.head.i + 1)  # carrying out": the attack the clause hangs on
        if acc and not span and lemma == "blame" and tok.dep_ == "advcl" and tok.tag_ == "VBG":
            told = next((c for c in tok.head.children if c.dep_ == "ccomp"), None)  # "X killed Y, the army said,
            if told is not None:  # blaming Z": the deed told in the clause the blamer reports
                span, kind = (told.left_edge.i, told.right_edge.i + 1), kind if by else "SUSPECTED_OF"
        if acc and span:
            builder.claims.append({"accused": acc, "by": by, "span": span, "kind": kind, "token": tok.i,
                                   "rule": f"rule:{lemma}-of"})
        elif acc and lemma == "suspect" and not is_passive(tok) and objects(tok):  # "Analysts had suspected X":
            builder.claims.append({"accused": acc, "by": by, "span": (tok.i, tok.i), "kind": kind, "token": tok.i,
                                   "rule": "rule:suspected", "story": True})  # of the story's attack


_STATEMENT_NOUNS = {"statement", "communique", "communiqué", "report", "letter", "complaint", "note"}


def _issuer(g) -> list:
    """"A statement from Golden Lotus accused Washington …": the statement's issuer accuses."""
    if g is None or g.lemma_ not in _STATEMENT_NOUNS:
        return [g]
    return [c for c in g.children if c.dep_ == "poss"] + prep_objects(g, ("from", "by", "of")) or [g]


def _before_relative(pron):
    """The noun a relative pronoun follows: "three men in Quetta whom …" → "men" (past a place phrase)."""
    doc = pron.doc
    k = pron.i - 1
    while k > pron.sent.start and doc[k].pos_ not in ("NOUN", "PROPN"):
        k -= 1
    tok = doc[k]
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head.head  # "men in Quetta": the men
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB":
        tok = next((o for o in objects(tok.head.head) if o.i < tok.i), tok)  # "arrested three men in Quetta"
    return tok


def blame_laid(builder, sent) -> None:
    """"X laid the blame on Y", "put the blame for the attack squarely on Z": the noun form of blaming."""
    for tok in builder.tokens({"blame"}, sent):
        verb = tok.head
        if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or verb.lemma_ not in ("lay", "put", "place", "pin", "cast") \
                or modality.negated(verb) or modality.denied_by(verb):
            continue
        ons = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "on" and t.i > tok.i]
        accused = [a for p in _not_dates([c for o in ons[:1] for c in o.children if c.dep_ == "pobj"])
                   for a in actors(builder, p)]  # ("the blame for the killings on X": "on" may hang on the deed)
        by = [a for a in _acting(builder, subject(verb), ("Person", "Organisation", "Country")) if a not in accused]
        by = _with_states(builder, by)
        for a in by:
            for t in accused:
                _add(builder, "ACCUSED", a, t, verb, "rule:laid-blame", 0.75)
        for_deed = next(((c.i, min([c.right_edge.i + 1] + [o.i for o in ons])) for c in (*tok.children, *verb.children)
                         if c.dep_ == "prep" and c.lower_ == "for"), None)
        if accused:  # with no "for the attack": the story's attack
            (builder.claims if for_deed else builder.story_claims).append(
                {"accused": accused, "by": by, "span": for_deed, "kind": "ACCUSED_OF", "token": verb.i,
                 "rule": "rule:laid-blame-for" if for_deed else "rule:laid-blame"})


def behind(builder, sent) -> None:
    """"Officials said Iran was behind the attack": a suspicion, on the word of whoever said it."""
    for tok in builder.tokens({"behind"}, sent):
        if tok.dep_ != "prep" or tok.head.lemma_ != "be" or modality.negated(tok.head):
            continue
        said = modality.speaker(tok.head)
        who = said or modality.belief_source(tok.head)
        suspects = actors(builder, subject(tok.head))
        if not suspects:
            continue
        by = actors(builder, who) if who is not None else []
        kind = "ACCUSED_OF" if said is not None and by and not modality.hedges(tok.head) else "SUSPECTED_OF"
        builder.claims.append({"accused": suspects, "by": by, "span": (tok.i, tok.right_edge.i + 1),
                               "kind": kind, "token": tok.i, "rule": "rule:behind"})  # said outright: an accusation
        if kind == "ACCUSED_OF":  # "Uganda said the Front was behind the attack": Uganda accuses the Front
            for a in _with_states(builder, by):
                for t in suspects:
                    if a != t:
                        _add(builder, "ACCUSED", a, t, tok, "rule:said-behind", 0.7)


_CASE_NOUNS = {"case", "charges", "charge", "accusations", "allegations", "lawsuit", "indictment", "warrant"}


def responsibility(builder, sent) -> None:
    """"The EU said X was responsible for …", "the case against X for armed mutiny": claims without a verb of
    accusing."""
    for tok in builder.tokens(_RESPONSIBLE_KEYS, sent):
        if tok.lower_ == "responsible" and tok.pos_ == "ADJ" and not modality.negated(tok.head) \
                and not modality.negated(tok):
            accused = [a for c in [*tok.children, *tok.head.children] if c.dep_ in ("nsubj", "nsubjpass")
                       for a in actors(builder, c)]
            holder = tok.head.head if tok.dep_ == "amod" and tok.head.dep_ == "dobj" else tok.head
            if holder.lemma_ == "hold":  # "said Canada held the Guards responsible": the Guards, not Canada
                accused = [a for o in objects(holder) for a in actors(builder, o)]
            who = modality.speaker(tok.head if tok.dep_ == "acomp" else tok) or modality.belief_source(tok)
            if holder.lemma_ == "hold":
                who = modality.speaker(holder) or who
            by = actors(builder, who) if who is not None else []
            if not accused or not by:
                continue
            for a in by:
                for t in accused:
                    _add(builder, "ACCUSED", a, t, tok, "rule:said-responsible", 0.7)
            span = _claim_span(tok)
            if span:
                builder.claims.append({"accused": accused, "by": by, "span": span, "kind": "ACCUSED_OF",
                                       "token": tok.i, "rule": "rule:said-responsible"})
        elif tok.lower_ == "responsibility" and tok.dep_ == "dobj" and tok.head.lemma_ in ("bear", "carry") \
                and not modality.negated(tok.head):  # "said Kampala bore full responsibility for the escalation"
            who = modality.speaker(tok.head)
            by = actors(builder, who) if who is not None else []
            accused = [t for t in actors(builder, subject(tok.head)) if t not in by]
            for a in by:
                for t in accused:
                    _add(builder, "ACCUSED", a, t, tok, "rule:said-bears-responsibility", 0.7)
            span = next(((c.i, c.right_edge.i + 1) for c in (*tok.children, *tok.head.children)
                         if c.dep_ == "prep" and c.lower_ == "for"), None)
            if by and accused and span:  # "bore full responsibility for the escalation"
                builder.claims.append({"accused": accused, "by": by, "span": span, "kind": "ACCUSED_OF",
                                       "token": tok.i, "rule": "rule:said-bears-responsibility"})
        elif tok.lower_ in _CASE_NOUNS and tok.pos_ == "NOUN":
            accused = [a for p in prep_objects(tok, ("against",)) for a in actors(builder, p)]
            span = next(((c.i, c.right_edge.i + 1) for c in tok.children
                         if c.dep_ == "prep" and c.lower_ in ("for", "over")), None)
            if accused and span:
                builder.claims.append({"accused": accused, "by": [], "span": span, "kind": "ACCUSED_OF",
                                       "token": tok.i, "rule": "rule:case-against"})


def denials(builder, sent) -> None:
    """"X denies arming the group": recorded on X's accusation edges as a denial, never as an accusation."""
    for tok in builder.tokens({"deny", "reject", "dismiss", "refute"}, sent):
        if tok.lemma_ not in ("deny", "reject", "dismiss", "refute") or tok.pos_ != "VERB" or modality.negated(tok):
            continue
        near = [*tok.children, *tok.head.children, tok.head]
        if any(t.lower_ in ("neither", "nor") for t in near) or (tok.dep_ == "conj" and modality.negated(tok.head)):
            continue  # "has neither confirmed nor denied involvement"
        who = actors(builder, subject(tok))
        ev = builder.evidence(tok, "rule:denial", 0.8)
        for rel in builder.relations.values():
            accused = rel.target if rel.type == "ACCUSED" else rel.source if rel.type in (
                "ACCUSED_OF", "SUSPECTED_OF") else None
            if accused in who:
                rel.properties["denied"] = True
                rel.properties.setdefault("denial", ev.sentence)
        builder.denials.append({"who": who, "token": tok.i, "evidence": ev})


# negotiations ----------------------------------------------------------------------
def negotiations(builder, sent) -> None:
    for tok in builder.tokens(_TALK_KEYS, sent):
        if tok.lemma_ in _NEGOTIATE_VERBS and (tok.pos_ == "VERB" or tok.dep_ in ("xcomp", "advcl")):
            _pairs(builder, tok, actors(builder, subject(tok)) or _deal_maker(builder, tok),
                   [a for p in prep_objects(tok, ("with",)) for a in actors(builder, p)], "rule:negotiate-with")
            if tok.lemma_ == "mediate" and not modality.hypothetical(tok):  # "X mediated between A and B"
                between = [a for p in prep_objects(tok, ("between",)) for t in (p, *p.conjuncts)
                           for a in actors(builder, t)]
                for a, b in combinations(list(dict.fromkeys(between)), 2):
                    _add(builder, "NEGOTIATED_WITH", a, b, tok, "rule:mediated-between", 0.7)
        if tok.lower_ in _TALK_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
            for held in (c for c in tok.children if c.dep_ == "relcl" and c.lemma_ in ("hold", "conduct", "have")):
                _pairs(builder, tok, actors(builder, subject(held)),  # "the negotiations his government had
                       [a for p in prep_objects(held, ("with",)) for a in actors(builder, p)], "rule:talks-held-with")
            sides = prep_objects(tok, ("between",)) or _between_after_place(tok) or spell_sides(tok) or halted_sides(
                tok) or [
                p for c in tok.children if c.dep_ in ("relcl", "acl") for p in prep_objects(c, ("between",))]
            # ("a ceasefire that China brokered in Kunming between A and B")
            hypothetical = modality.hypothetical(tok) and not (
                tok.lower_ in _DEAL_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_ in _DEAL_USES)
            between = [a for p in sides for a in actors(builder, p) if not hypothetical]
            for a, b in combinations(between, 2):
                _add(builder, "NEGOTIATED_WITH", a, b, tok, "rule:talks-between", 0.75)
            states = _side_states(builder, sides) or _official_states(builder, between)
            if len(states) == 2 and not hypothetical:  # "between the Armenian foreign minister and
                _add(builder, "NEGOTIATED_WITH", *states, tok, "rule:talks-between-states", 0.7)  # his Azerbaijani…"
            parties, sides = parties_around_talks(builder, tok)
            for a, b in combinations(parties if sides else [], 2):  # "A and B backed the plan during talks"
                if (builder.label(a) == "Person") == (builder.label(b) == "Person"):
                    _add(builder, "NEGOTIATED_WITH", a, b, tok, "rule:parties-during-talks", 0.65)
            partners = [a for p in prep_objects(tok, ("with",)) for a in actors(builder, p)]
            if partners and tok.dep_ in ("dobj", "nsubjpass", "pobj"):
                verb = tok.head if tok.dep_ != "pobj" else tok.head.head
                if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass"):  # "held several rounds of talks with X"
                    verb = verb.head
                if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ in ("after", "into"):
                    verb = verb.head.head  # "after weeks of negotiations with X", "into months of negotiations"
                if verb.pos_ in ("VERB", "AUX"):
                    into = tok.head.lower_ == "into" or tok.head.head.head.lower_ == "into"
                    sides = [a for o in objects(verb) for a in actors(builder, o)] if into else []
                    sides = sides or (actors(builder, next(iter(agent_of_passive(verb)), None)) if is_passive(verb)
                                      else []) or actors(builder, subject(verb))
                    _pairs(builder, tok, sides, partners, "rule:talks-with")  # ("forced X into talks with Y": X;
                    # "was adopted by X after weeks of negotiations with Y": X)
        if tok.lemma_ in ("host", "receive", "sit", "bring") and tok.pos_ == "VERB" and not modality.hypothetical(tok):
            _hosted_for_talks(builder, tok)
        if tok.lemma_ in _AGREE_VERBS and tok.pos_ == "VERB":
            subj = subject(tok)
            if subj is None:
                continue
            deal_with = [a for o in objects(tok) if o.lower_ in _TALK_NOUNS or o.lemma_ in _DEAL_NOUNS
                         for p in partners_of(o) for a in actors(builder, p)]
            if not deal_with and tok.lemma_ == "sign" and tok.dep_ == "relcl" and tok.head.lemma_ in _DEAL_NOUNS:
                deal_with = [a for p in prep_objects(tok, ("with",)) for a in actors(builder, p)]
                # "the memorandum of understanding it signed with X in 2024"
            if deal_with and not modality.hypothetical(tok):  # "signed a peace deal with the TPLF in 2022"
                _pairs(builder, tok, actors(builder, subj), deal_with, f"rule:{tok.lemma_}-deal-with")
            sides = actors(builder, subj)
            if len(sides) < 2 and subj.tag_ == "NNS":  # "The home secretaries of the two countries, A for Nepal
                sides = list(dict.fromkeys(sides + [  # and B for India, met"
                    e for c in subj.children if c.dep_ == "appos" for t in c.subtree
                    for e in [entity_of(builder, t)] if e and builder.label(e) == "Person"]))
            delegates = subj.lower_ in _DELEGATES
            if delegates and len(sides) < 2:  # "Negotiators for Congo's government and the M23 movement …"
                sides = list(dict.fromkeys(sides + [a for p in prep_objects(subj, ("for", "from", "of"))
                                                    for a in actors(builder, p, ("Country", "Organisation"))]))
            leaders = [a for c in subj.children if c.dep_ == "acl" and c.lemma_ in ("lead", "head")
                       for g in agent_of_passive(c) for a in actors(builder, g, ("Person",))] if (
                delegates and len(sides) < 2) else []
            sides = list(dict.fromkeys(leaders + sides))  # "Government negotiators led by Defence Minister X met …":
            # X and the state, one side (each negotiating with those met, not with each other)
            about_talks = any(o.lower_ in _TALK_NOUNS or any(c.lower_ in _TALK_NOUNS for c in o.children
                                                             if c.dep_ == "compound")
                              or any(p.lower_ in _TALK_NOUNS for p in prep_objects(o, ("of",)))  # "a round of talks"
                              for o in objects(tok))
            with_others = any(actors(builder, p) or p.lower_ in ("representatives", "delegates", "envoys", "officials")
                              for p in prep_objects(tok, ("with",)))  # "envoys of A and B met with C": one side
            if len(sides) >= 2 and not with_others and not leaders and (
                    delegates or about_talks or tok.lemma_ in ("agree", "sign", "initial", "negotiate", "meet")):
                for a, b in combinations(sides, 2):
                    _add(builder, "NEGOTIATED_WITH", a, b, tok, f"rule:{tok.lemma_}-coordinated", 0.7)
                states = _official_states(builder, [x for x in sides if builder.label(x) == "Person"])
                if len(states) == 2:  # "Kosovo's Krasniqi and Serbia's Djordjevic met": their states negotiated
                    _add(builder, "NEGOTIATED_WITH", *states, tok, f"rule:{tok.lemma_}-officials-states", 0.65)
            elif tok.lemma_ == "meet" and not delegates and tok.tag_ in ("VBD", "VBN") and not modality.hypothetical(tok):
                partners = [a for p in prep_objects(tok, ("with",)) + objects(tok) for a in actors(
                    builder, p, ("Person", "Country"))]  # "X met Rwanda's president, Paul Kagame, in Kigali"
                partners += [a for p in prep_objects(tok, ("with",)) + objects(tok) for a in actors(
                    builder, p, ("Organisation",)) if builder.entities[a].kind not in ("media",)]
                counterpart = any(p.lemma_ == "counterpart" for p in prep_objects(tok, ("with",)) + objects(tok))
                official = lambda a: builder.entities[a].type != "Person" or _office_title(builder.entities[a].titles) \
                    or counterpart or any(r.source == a and r.type in ("LEADS", "MEMBER_OF")  # ("met his
                                          for r in builder.relations.values())  # counterpart": both in office)
                left = actors(builder, subj, ("Person", "Country"))
                if any(official(a) for a in left + partners):  # officials or a body meeting: talks
                    _pairs(builder, tok, [a for a in left if official(a) or any(_body(builder, b) for b in partners)],
                           [a for a in partners if official(a) or any(_body(builder, b) for b in left)],
                           "rule:met-with")  # (two people meet as sides only when both hold office: not a
                    # handler and his source, nor plotters)
            elif delegates and tok.lemma_ == "meet":
                partners = [a for p in prep_objects(tok, ("with",)) + objects(tok) for a in actors(builder, p)]
                _pairs(builder, tok, sides, partners, "rule:delegation-met")


def _deal_maker(builder, verb) -> list[str]:
    """"X freed 52 prisoners in a deal negotiated with Y": a participle on a deal noun was done by the subject
    of the clause the deal belongs to."""
    if verb.dep_ != "acl" or verb.head.lemma_ not in _DEAL_NOUNS:
        return []
    up = verb.head
    while up.dep_ in ("pobj", "prep", "dobj", "conj") and up.head is not up:
        up = up.head
        if up.pos_ in ("VERB", "AUX"):
            return actors(builder, subject(up), ("Country", "Organisation", "Person"))
    return []


_RANK_WORDS = MILITARY_TITLES | {"cpl", "corporal", "pvt", "private", "cmdr", "mr", "ms", "mrs", "dr"}


def _office_title(titles) -> bool:
    """A title that is an office ("President", "Foreign Minister", "Ambassador"), not only a rank or an
    honorific: a colonel meeting a contact is no side of talks, a minister is."""
    return any(set(t.lower().replace(".", " ").replace("-", " ").split()) - _RANK_WORDS for t in titles)


def _body(builder, eid: str) -> bool:
    return builder.entities[eid].type != "Person"


def _hosted_for_talks(builder, tok) -> None:
    """"X hosted Somalia's security minister, Y, in Nairobi for two days of talks", "the delegation from
    Kinshasa sat down with envoys of the FPK": host and guest (and their states) negotiated. A host of two
    sides' delegations is a third party: the two sides negotiated with each other (the host takes part in the
    talks, through the event roles, but negotiated with neither)."""
    if tok.lemma_ == "sit":
        if not any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
            return
        guests = prep_objects(tok, ("with",))
    else:
        fors = [p for p in prep_objects(tok, ("for",)) if p.lower_ in _TALK_NOUNS or any(
            q.lower_ in _TALK_NOUNS for q in prep_objects(p, ("of",)))]
        if not fors:
            return
        guests = objects(tok)
    if tok.lemma_ == "bring":  # "Tuesday brought the defence ministers of A, B and C to Lomé for talks"
        sides = list(dict.fromkeys(a for g in guests for a in actors(builder, g) or [
            x for p in prep_objects(g, ("of", "from")) for x in actors(builder, p, ("Country", "Organisation"))]))
        for a, b in combinations(sides, 2):
            _add(builder, "NEGOTIATED_WITH", a, b, tok, "rule:brought-for-talks", 0.65)
        return
    subj = subject(tok)
    hosts = actors(builder, subj)
    if subj is not None and not hosts and subj.lower_ in _DELEGATES:
        hosts = [a for p in prep_objects(subj, ("from", "of", "for")) for a in actors(builder, p, ("Country", "Organisation"))]
        hosts += [country_entity(builder, gz.capital_country(builder.entities[e].name)) for p in prep_objects(
            subj, ("from",)) for e in [entity_of(builder, p)] if e and builder.label(e) == "Location"
                  and gz.capital_country(builder.entities[e].name)
                  and country_known(builder, gz.capital_country(builder.entities[e].name))]  # "from Kinshasa"
    if subj is not None and subj.lower_ in _DELEGATES:  # "The delegation …, headed by Justice Minister X"
        hosts += [a for c in subj.children if c.dep_ == "acl" and c.lemma_ in ("head", "lead")
                  for p in agent_of_passive(c) for a in actors(builder, p, ("Person",))]
    others = [a for g in guests for a in actors(builder, g) or [
        x for p in prep_objects(g, ("of", "from")) for x in actors(builder, p, ("Organisation", "Country"))]]
    sides = [a for a in dict.fromkeys(others) if builder.label(a) != "Person" and a not in hosts]
    if tok.lemma_ == "host" and len(sides) == 2:  # "Egypt hosted Israeli and Hamas delegations for talks": the
        _add(builder, "NEGOTIATED_WITH", *sides, tok, "rule:hosted-sides", 0.65)  # guests negotiate, the
        return  # host mediates
    for people in (True, False):  # people with people, states and bodies with states and bodies
        _pairs(builder, tok, [h for h in hosts if (builder.label(h) == "Person") == people],
               [o for o in others if (builder.label(o) == "Person") == people], f"rule:{tok.lemma_}-for-talks")
    states = _official_states(builder, [a for a in hosts + others if builder.label(a) == "Person"])
    if len(states) == 2:
        _add(builder, "NEGOTIATED_WITH", *states, tok, f"rule:{tok.lemma_}-for-talks-states", 0.65)


_PLACE_NOUNS = {"capital", "city", "town", "resort", "venue"}


_TALKS_OPENED = {"open", "hold", "begin", "start", "resume", "launch", "convene", "host", "chair", "broker",
                 "mediate", "continue", "end", "conclude", "wrap", "break"}  # verbs of talks' course


def _between_after_place(tok) -> list:
    """"talks in Almaty, the Kazakh capital, between A and B": the parser hangs "between" on the place."""
    doc = tok.doc
    for j in range(tok.i + 1, min(len(doc), tok.i + 16)):
        t = doc[j]
        if t.lower_ == "between" and t.dep_ == "prep":
            head = t.head
            place = head.ent_type_ in ("GPE", "LOC", "FAC") or head.lemma_ in _PLACE_NOUNS
            if place and tok.i < head.i < t.i:
                return [c for c in t.children if c.dep_ == "pobj"]
            if head == tok.head and tok.dep_ in ("dobj", "nsubj", "nsubjpass") and head.lemma_ in _TALKS_OPENED:
                return [c for c in t.children if c.dep_ == "pobj"]  # "opened talks in X on Monday between A and B"
            return []
        if t.is_sent_end or t.lower_ in (";", "and") or (t.pos_ == "VERB" and t.dep_ != "acl"):
            return []
    return []


def _side_states(builder, sides) -> list[str]:
    """The states each side of a talk is qualified by ("Armenian Foreign Minister X", "his Azerbaijani
    counterpart"), one per side."""
    out = []
    for p in sides:
        for side in (p, *p.conjuncts):
            names = {gz.demonym_of_token(t) for t in side.subtree if t.dep_ in ("amod", "nmod")
                     and t.i < side.i and gz.demonym_of_token(t)}
            if len(names) != 1 or not country_known(builder, next(iter(names))):
                return []
            out.append(country_entity(builder, next(iter(names))))
    out = list(dict.fromkeys(out))
    return out if len(out) == 2 else []


def _nearest_speaker(builder, tok) -> list[str]:
    """Who says the clause ``tok`` is in, when the parser lost the subject of "said": the person named
    last before the verb of saying ("In Baku, X, a spokesman for Y, said …")."""
    head = tok.head
    for _ in range(6):
        if head.lemma_ in _SAY_VERBS and head.pos_ == "VERB":
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return actors(builder, subj)
            sent = builder.sentence(head)
            person = next((builder.token_entity[i] for i in range(head.i - 1, sent.start - 1, -1)
                           if builder.label(builder.token_entity.get(i, "")) == "Person"), None)
            return [person] if person else []
        if head.head == head:
            return []
        head = head.head
    return []


def _official_states(builder, people) -> list[str]:
    """The two states two officials at talks serve ("X, the U.S. envoy, and Venezuela's minister, Y")."""
    states = [state_of_title(builder, p) for p in people if builder.label(p) == "Person"]
    out = list(dict.fromkeys(s for s in states if s))
    return out if len(out) == 2 and len(states) == 2 else []


def _pairs(builder, tok, left, right, rule) -> None:
    for a in left:
        for b in right:
            if a != b:
                _add(builder, "NEGOTIATED_WITH", a, b, tok, rule, 0.75)


def delegation_heads(builder, sent) -> None:
    """"The Indian delegation was led by X, while the Chinese side was headed by Y": the heads of two sides
    told in one sentence negotiated with each other."""
    heads = []
    for tok in builder.tokens({"lead", "head"}, sent):
        side = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if tok.pos_ != "VERB" or not is_passive(tok) or side is None or side.lemma_ not in _DELEGATES:
            continue
        people = [a for g in agent_of_passive(tok) for a in actors(builder, g, ("Person",))]
        if people:
            heads.append((tok, people[0]))
    for (t1, a), (_t2, b) in combinations(heads, 2):
        _pairs(builder, t1, [a], [b], "rule:delegation-heads")


_ACCUSATION_NOUNS = {"accusation", "allegation", "accusations", "allegations"}
_CHARGE_NOUNS = {"charge", "charges"}  # only with a that-clause: "the government's charge that X had …"
_REPEAT_VERBS = {"repeat", "echo", "reiterate", "renew", "level", "make"}  # "repeated the government's charge"


_STATE_VOICES = ("foreign ministry", "ministry of foreign affairs", "foreign office", "presidency", "government",
                 "state department", "foreign affairs ministry", "defence ministry", "defense ministry",
                 "ministry of defence", "ministry of defense")


_OFFICIAL_NOUNS = {"counterpart", "minister", "envoy", "diplomat", "ambassador", "spokesman", "spokeswoman",
                   "spokesperson", "official"}


def _demonym_official(builder, g) -> list[str]:
    """"Her Ugandan counterpart, X, hit back, accusing Kenya of …": an official a demonym ties to a state speaks
    for it (the person is the accuser too, through the apposition)."""
    if g is None or g.pos_ != "NOUN" or g.lemma_ not in _OFFICIAL_NOUNS or g.tag_ != "NN":
        return []
    dem = demonym_of(g)
    return [_demonym_state(builder, dem)] if dem is not None else []


def _with_states(builder, by: list[str]) -> list[str]:
    """The accusers and the states their bodies speak for (``_voice_of_state``), as a new list."""
    return by + [st for a in by for st in [_voice_of_state(builder, a)] if st and st not in by]


def _voice_of_state(builder, eid: str) -> str | None:
    """"Belarus's foreign ministry accused Brussels": a foreign ministry or presidency speaks for its state, and
    so does a state's force named only by its demonym ("Philippine police accused the pair …")."""
    ent = builder.entities[eid]
    low = ent.name.lower()
    words = ent.name.split()
    if ent.type == "Organisation" and len(words) == 2 and words[1].islower() and gz.demonym_country(words[0]):
        return country_entity(builder, gz.demonym_country(words[0]))  # "Philippine police": the state's own force
    if ent.type != "Organisation" or not any(v in low for v in _STATE_VOICES):
        return None
    return body_state(builder, eid)


def accusation_nouns(builder, sent) -> None:
    """"Kinshasa's accusation that Rwanda was sending troops", "Moscow's allegations against Kyiv": the
    noun form, with the accuser as possessor (or "by") and the accused as the clause's subject or "against"."""
    for tok in builder.tokens(_ACCUSATION_NOUNS | _CHARGE_NOUNS, sent):
        if tok.pos_ != "NOUN" or modality.negated(tok.head):
            continue
        charge = tok.lower_ in _CHARGE_NOUNS
        accusers = [c for c in tok.children if c.dep_ in ("poss", "compound")] + prep_objects(tok, ("by", "from"))
        accused = [] if charge else prep_objects(tok, ("against",))
        for c in tok.children:  # "the accusation that Rwanda was sending troops"
            if c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                accused += [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
        if tok.dep_ == "dobj" and tok.head.lemma_ in _REPEAT_VERBS and accused:
            accusers.append(subject(tok.head))  # "X repeated the government's charge that Y …": X accuses too
        by = [a for g in accusers for a in actors(builder, g)]
        acc = [a for g in accused for a in actors(builder, g)]
        for a in by:
            for t in acc:
                _add(builder, "ACCUSED", a, t, tok, "rule:accusation-noun", 0.7)


_ORCHESTRATE = {"plan", "fund", "direct", "order", "orchestrate", "mastermind", "finance", "sponsor", "organise",
                "organize", "carry", "arm", "back", "commission", "stage", "perpetrate", "commit", "mount", "fire"}


def said_behind_it(builder, sent) -> None:
    """"X said the bombing had been planned, funded and directed by Y": the speaker accuses Y of it."""
    for tok in builder.tokens(_BEHIND_VERBS, sent):
        if tok.pos_ != "VERB" or not is_passive(tok) or modality.negated(tok) or not (
                tok.lemma_ in _ORCHESTRATE or _runs(tok) and any(
                    c.dep_ == "nsubjpass" and c.lemma_ in _HOSTILE_NOUNS for c in tok.children)):
            continue  # ("the network was run from Libya by X", not "the port is run by X")
        clause = tok
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head  # "planned, funded and directed by Y": the agent hangs on the last verb
        speech = clause.head if clause.dep_ == "ccomp" and clause.head.lemma_ in modality.SAY_VERBS else next(
            (c for c in clause.children if c.dep_ == "parataxis" and c.lemma_ in modality.SAY_VERBS), None)
        # ("The attack, he told parliament, had been ordered by Y": the speech verb in parentheses)
        agents = agent_of_passive(tok) or [a for v in tok.conjuncts for a in agent_of_passive(v)]
        source = _according_to(clause) if speech is None else None  # "According to X, the bombing was ordered by Y"
        if (speech is None and source is None) or not agents:
            continue
        by = _with_states(builder, actors(builder, subject(speech) if speech is not None else source))
        accused = [a for g in agents for x in (g, *g.conjuncts) for a in _demonym_troops(builder, x)
                   or actors(builder, x, ("Country", "Organisation", "Person"))]  # ("… by Ugandan soldiers")
        accused = list(dict.fromkeys(accused))
        for a in by:
            for t in accused:
                if a != t:
                    _add(builder, "ACCUSED", a, t, tok, "rule:said-behind", 0.65)
        what = [c for c in clause.children if c.dep_ == "nsubjpass"]
        if accused and by and what:
            builder.claims.append({"accused": accused, "by": by, "span": (what[0].left_edge.i, what[0].i + 1),
                                   "kind": "ACCUSED_OF", "token": tok.i, "rule": "rule:said-behind"})


def _according_to(verb):
    """The one an "according to X" on a clause's verb cites, if any."""
    return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"
                 for t in c.children if t.dep_ == "prep" and t.lower_ == "to"
                 for p in t.children if p.dep_ == "pobj"), None)


_RUN_VERBS = {"run", "direct", "control", "finance", "fund", "organise", "organize", "operate", "handle",
              "mastermind", "orchestrate", "sponsor", "bankroll", "recruit", "equip", "set", "establish", "form"}
# ("set" only as "set up": "the cell had been set up by X")
_HOSTILE_NOUNS = {"cell", "network", "ring", "plot", "operation", "campaign", "scheme", "team", "squad", "module"}


_BEHIND_VERBS = _ORCHESTRATE | _RUN_VERBS


def _runs(tok) -> bool:
    """A verb of running a body: "run", "financed", "set up" (not "set" alone: "set fire to", "set a date")."""
    return tok.lemma_ in _RUN_VERBS and (tok.lemma_ != "set" or any(c.dep_ == "prt" and c.lower_ == "up"
                                                                    for c in tok.children))


def _training_camp(noun) -> bool:
    """"(the suspects had been) trained at camps run by X": camps where attackers were trained."""
    return noun.lemma_ == "camp" and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "in") \
        and noun.head.head.lemma_ == "train"


def said_run_by(builder, sent) -> None:
    """"the service said it had dismantled a sabotage cell allegedly run by Russia's GRU", "a spy ring directed
    by Iran, officials said": whoever reports the plot accuses the one said to run it."""
    for tok in builder.tokens(_RUN_VERBS, sent):
        if not _runs(tok) or tok.dep_ != "acl" or tok.tag_ != "VBN" or not (
                tok.head.lemma_ in _HOSTILE_NOUNS or _training_camp(tok.head)) or modality.negated(tok):
            continue
        say = next((a for a in tok.ancestors if a.lemma_ in modality.SAY_VERBS and a.pos_ == "VERB"), None)
        if say is None:
            say = next((c for c in sent.root.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_ in
                        modality.SAY_VERBS), None) if sent.root.lemma_ not in modality.SAY_VERBS else sent.root
        if say is None or modality.negated(say):
            continue
        doers = [a for p in agent_of_passive(tok) for a in actors(builder, p, ("Country", "Organisation", "Person")) or [
            e for c in p.children if c.dep_ == "compound" for e in [entity_of(builder, c)]  # "the GRU military
            if e and builder.label(e) == "Organisation"]]  # intelligence service"
        speakers = _acting(builder, next((c for c in say.children if c.dep_ == "nsubj"), None),
                           ("Country", "Organisation", "Person"))
        speakers += [st for a in speakers for st in [_voice_of_state(builder, a)] if st and st not in speakers]
        for a in speakers:
            for t in doers:
                if a != t:
                    _add(builder, "ACCUSED", a, t, tok, "rule:said-run-by", 0.6)


# Verbs that, said of an actor, allege wrongdoing ("officials say Rwanda arms the rebels"); the second set
# only with an armed group or weapons as object ("backs the M23 rebels", not "backs the peace plan").
_WRONG_VERBS = {"arm", "fund", "finance", "bankroll", "sponsor", "harbour", "harbor", "orchestrate", "mastermind",
                "torture", "rig", "hack", "smuggle", "traffic", "destabilise", "destabilize", "meddle", "interfere",
                "recruit", "fuel", "stoke", "incite", "instigate", "foment", "provoke", "bribe", "infiltrate",
                "smear", "torpedo", "persecute", "repress", "spy", "plunder", "abuse"}
_AIDING_VERBS = {"back", "support", "supply", "train", "shelter", "command", "control", "help", "aid",
                 "send", "ship", "deliver", "provide", "equip"}
_ARMED_WORDS = {"rebel", "rebels", "militant", "militants", "militia", "militias", "terrorist", "terrorists",
                "insurgent", "insurgents", "jihadist", "jihadists", "fighter", "fighters", "gang", "gangs", "weapon",
                "rocket", "rockets", "explosives", "bombs", "rifles", "guns", "munitions", "shells", "mortars",
                "weapons", "arms", "drone", "drones", "ammunition", "missile", "missiles", "mercenary", "mercenaries",
                "attackers", "gunmen", "bombers", "assailants", "plotters", "cell", "separatists"}
_PLOT_VERBS = {"plan", "direct", "order", "organise", "organize", "coordinate"}
_COVERT_DEEDS = {"operation", "plot", "campaign", "assault", "offensive", "raid", "hit"}
# Violence one side says the other did ("the ministry said Armenian units had fired on its positions").
_HARM_VERBS = {"attack", "kill", "shell", "bomb", "bombard", "fire", "shoot", "strike", "massacre", "execute",
               "abduct", "kidnap", "loot", "ambush", "raid", "assassinate", "poison", "murder", "breach", "violate",
               "blow", "sabotage", "torture", "burn", "assault", "target", "open"}  # ("opened fire": see below)
_VIOLENT = {"attack", "bombing", "shooting", "assassination_attempt", "poisoning"}
# Verbs that say who did a deed told as a noun ("the raid had been carried out by an ADF cell", "X staged the
# ambush"): an accusation when a speaker reports them about another side.
_DEED_VERBS = {"carry", "stage", "launch", "perpetrate", "commit", "conduct", "mount"}
# Verbs of laying a bomb ("the device had been planted by fighters of X", "X's men detonated the charge"): the one
# said to have done it is accused of the story's bombing even when the device is no event word of its own.
_DEVICE_VERBS = {"plant", "detonate", "set"}
_DEVICE_NOUNS = {"device", "bomb", "explosive", "explosives", "ied", "mine", "charge", "landmine", "grenade"}
_SAY_VERBS = modality.SAY_VERBS


def _set_off(verb) -> bool:
    """A parenthetical clause between commas: the word before its first word is a comma."""
    first = min(t.i for t in verb.subtree if not t.is_punct)
    return first > 0 and verb.doc[first - 1].text == ","


def _reported_by(clause):
    """The verb of saying a clause is reported under: "X said Y …", also through "X said there was no doubt
    that Y …" and "X said it was clear that Y …", and the speech verb in parentheses ("The bomb, he said, had
    been planted by Y")."""
    aside = next((c for c in clause.children if c.dep_ == "parataxis" and c.lemma_ in _SAY_VERBS
                  and c.pos_ == "VERB" and _set_off(c) and not any(x.dep_ in ("ccomp", "xcomp") for x in c.children)),
                 None)  # (set off by commas, with
    # no clause of its own: not "X planted the device; the minister said the toll could rise")
    if aside is not None and clause.dep_ == "ROOT":
        return aside
    head = clause
    for _ in range(3):
        if head.dep_ == "ccomp" and head.head.lemma_ in _SAY_VERBS | _FINDING_VERBS and head.head.pos_ == "VERB":
            return head.head
        up = head.head
        if head.dep_ in ("acl", "ccomp") and up.lemma_ in _CERTAIN_WORDS:  # "no doubt that Y …"
            head = up.head if up.dep_ in ("attr", "acomp", "dobj") else up
            continue
        if head.dep_ in ("advcl", "ccomp") and up.lemma_ == "be" and any(
                c.dep_ in ("attr", "acomp") and c.lemma_ in _CERTAIN_WORDS for c in up.children):
            head = up  # "there was no doubt" with the that-clause hung on "was"
            continue
        return None
    return None


_CERTAIN_WORDS = {"doubt", "clear", "evidence", "certain", "obvious", "proof"}
# Verbs of an inquiry's finding ("the agency concluded that X had directed the attacks"): reported like speech.
_FINDING_VERBS = {"conclude", "find", "determine", "establish", "assess"}
# Nouns of the men a person or body sends ("Karimi's unit had directed the stabbing"): the deed is the owner's.
_OWNED_HANDS = {"unit", "network", "cell", "men", "agent", "operative", "militia", "fighter", "henchman", "squad"}


def _owner_of_hands(builder, noun) -> list[str]:
    """"X's unit", "Y's network", "Z's men": the one named as owning those who did the deed."""
    if noun is None or noun.lemma_ not in _OWNED_HANDS:
        return []
    return [a for c in noun.children if c.dep_ == "poss" for a in actors(builder, c)]


def said_wrongdoing(builder, sent) -> None:
    """"Officials in Kinshasa say Rwanda backs the M23 rebels", "Rwanda 'arms, trains and commands' the
    rebels, she told the council": an accusation made by reporting what the other side does."""
    verbs = _WRONG_VERBS | _AIDING_VERBS | _PLOT_VERBS | _HARM_VERBS | _DEED_VERBS | _DEVICE_VERBS
    for tok in builder.tokens(verbs, sent):
        if tok.pos_ != "VERB" or tok.lemma_ not in verbs or modality.negated(tok) \
                or modality.hypothetical(tok) or modality.denied_by(tok):
            continue
        if tok.lemma_ == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            continue
        if tok.lemma_ == "open" and not any(o.lower_ == "fire" for o in objects(tok)):
            continue  # only "had opened fire on our positions"
        if tok.lemma_ == "set" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
            continue  # only "set off the bomb"
        clause = tok
        while clause.dep_ == "conj" and clause.head.pos_ == "VERB":  # "arms, trains and commands"
            clause = clause.head
        if clause.dep_ == "xcomp" and clause.head.lemma_ in ("try", "seek", "attempt") and tok.lemma_ in _WRONG_VERBS:
            clause = clause.head  # "said X was trying to torpedo the talks" (not "was not trying to")
            if modality.negated(clause) or modality.hypothetical(clause):
                continue
        if tok.lemma_ == "recruit" and not is_passive(clause):
            continue  # only "had been recruited by X" (an agent's handlers), not "X recruited more teachers"
        say = _reported_by(clause)
        source = _according_to(clause) or (_according_to(clause.head) if say is None and clause.dep_ in (
            "xcomp", "advcl") else None)  # "According to the Treasury, X used trawlers to smuggle cocaine"
        if say is None and source is not None and tok.lemma_ in _WRONG_VERBS | _HARM_VERBS:
            if tok.lemma_ in _HARM_VERBS and (_according_to(clause) is None or any(
                    o.lower_ in _ARMED_WORDS for o in objects(tok))):
                continue  # ("… troops killed the attackers, according to police": no wrong done; the source must
                # vouch for this clause, not for the one it hangs on)
            doer = next(iter(agent_of_passive(clause)), None) if is_passive(clause) else subject(clause)
            doers = actors(builder, doer, ("Country", "Organisation", "Person")) or [
                e for c in (doer.children if doer is not None else ()) if c.dep_ == "compound"
                for e in [entity_of(builder, c)] if e and builder.label(e) == "Organisation"]  # "a X Coast Guard cutter"
            sources = _with_states(builder, actors(builder, source, ("Country", "Organisation", "Person")))
            if tok.lemma_ in _HARM_VERBS and not _blames_other_side(builder, tok, sources, doers):
                continue  # ("According to the army, its troops shelled …": no accusation)
            for a in sources:
                for t in doers:
                    if a != t:
                        _add(builder, "ACCUSED", a, t, tok, "rule:according-to-wrongdoing", 0.6)
            continue
        if say is None or modality.negated(say) or tok.lemma_ in _DEED_VERBS and (
                say.dep_ == "relcl" or say.lemma_ == "claim"):
            continue  # (not "… launched an offensive, weeks after bombings that the group claimed")
        passive = is_passive(clause)  # "the bombing had been planned, funded and directed by X"
        done = [c for c in clause.children if c.dep_ == "nsubjpass"] if passive else objects(tok) or [
            o for v in tok.conjuncts if v.i > tok.i and tok.lemma_ in _PLOT_VERBS  # "directed and paid for the
            for o in objects(v) + prep_objects(v, ("for",))]  # stabbing": the deed both verbs are about
        if tok.lemma_ in _PLOT_VERBS | _DEED_VERBS and not any(trigger_type(t) in _VIOLENT or (
                tok.lemma_ in _PLOT_VERBS and t.lemma_ in _COVERT_DEEDS) for t in done):
            continue  # ("had directed the operation from across the border": the deed told before)
        if tok.lemma_ in _DEVICE_VERBS and (not any(t.lower_ in _DEVICE_NOUNS or trigger_type(t) == "bombing"
                                                    for t in done) or any(c.lower_ in ("safely", "controlled")
                                                                          for c in tok.subtree)):
            continue  # ("planted trees", "set off for the capital", "the bomb squad safely detonated a device")
        if tok.lemma_ in _AIDING_VERBS and not _armed(builder, [
                t for o in done + prep_objects(tok, ("with", "to")) for t in o.subtree]):
            continue
        agent = agent_of_passive(tok) or agent_of_passive(clause)
        doers = [a for p in agent for a in actors(builder, p, ("Country", "Organisation", "Person"))
                 or _staff_of(builder, p)] if passive \
            else actors(builder, subject(clause), ("Country", "Organisation", "Person")) or _staff_of(
                builder, subject(clause)) or _owner_of_hands(builder, subject(clause))
        speakers = _speakers(builder, say) or (_speakers(builder, say.head) if say.dep_ == "ccomp" and (
            say.head.lemma_ in _SAY_VERBS) else [])  # "X said investigators had concluded that Y …": X relays it
        if tok.lemma_ in _HARM_VERBS | _DEED_VERBS | _PLOT_VERBS | _DEVICE_VERBS and not _blames_other_side(
                builder, tok, speakers, doers):
            continue
        for a in speakers:
            for t in doers:
                if a != t:
                    _add(builder, "ACCUSED", a, t, tok, "rule:said-wrongdoing", 0.6)
        deed = next((t for t in done if trigger_type(t) in _VIOLENT), None)
        if tok.lemma_ in _DEED_VERBS | _PLOT_VERBS and deed is not None and doers:  # the doers are accused of it
            builder.claims.append({"accused": [d for d in doers if d not in speakers], "by": speakers,
                                   "span": (deed.i, deed.i + 1), "kind": "ACCUSED_OF" if speakers else "SUSPECTED_OF",
                                   "token": tok.i, "rule": "rule:said-deed"})
        elif tok.lemma_ in _DEVICE_VERBS and doers and speakers:  # the device, not the blast: the story's bombing
            builder.story_claims.append({"accused": [d for d in doers if d not in speakers], "by": speakers,
                                         "span": None, "kind": "ACCUSED_OF", "token": tok.i,
                                         "rule": "rule:said-planted"})


_RELATIVES = {"that", "who", "which", "whom"}


def said_of_them(builder, sent) -> None:
    """"X, a company that the EU said had helped finance the RSF", "Y, a gang leader it says has been smuggling
    rifles", "an espionage cell that prosecutors say took its orders from Z": a wrong the speaker of a relative
    clause says the noun it hangs on did accuses what that noun names."""
    verbs = _WRONG_VERBS | _AIDING_VERBS | _PLOT_VERBS | _DEED_VERBS
    for say in builder.tokens(_SAY_VERBS, sent):
        if say.dep_ != "relcl" or say.pos_ != "VERB" or modality.negated(say):
            continue
        told = [c for c in say.children if c.dep_ == "ccomp" and not any(
            s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in _RELATIVES for s in c.children)]
        nxt = next((t for t in say.doc[say.i + 1:say.i + 4] if t.pos_ == "VERB"), None)
        if not told and nxt is not None and nxt.dep_ in ("ccomp", "conj") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
            told = [nxt]  # ("a gang leader it says has been smuggling rifles": the clause hung on the main verb)
        deeds = [v for c in told if not modality.negated(c) for v in (c, *(
            x for x in c.children if x.dep_ == "xcomp")) if v.lemma_ in verbs and not modality.negated(v)
                 and _wrong_told(builder, v)]
        if not deeds:
            continue
        noun = say.head  # (the one word the clause hangs on, not its conjuncts: "X and its chairman, Y, who …")
        named = [noun, *(c for c in noun.children if c.dep_ == "appos")] + ([noun.head] if noun.dep_ == "appos" else [])
        accused = next(([e] for t in named for e in [entity_of(builder, t)]
                        if e and builder.label(e) in ("Person", "Organisation", "Country")), [])
        speakers = _speakers(builder, say)
        if not speakers and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in say.children):
            speakers = actors(builder, subject(sent.root), ("Country", "Organisation"))  # "Britain sanctioned X,
            # a gang leader it says …": the main clause's actor says it
        for a in _with_states(builder, speakers):
            for t in accused:
                if a != t:
                    _add(builder, "ACCUSED", a, t, deeds[0], "rule:said-of-them", 0.6)


def _armed(builder, tokens) -> bool:
    """Armed men among the words: "rebels", "drones", "rifles", or an armed group the article names."""
    return any(t.lower_ in _ARMED_WORDS or (builder.entities.get(entity_of(builder, t) or "") is not None and
                                            builder.entities[entity_of(builder, t)].kind == "armed_group")
               for t in tokens)


def _wrong_told(builder, verb) -> bool:
    """Whether a verb of the wrongdoing sets tells a wrong: a wrong verb itself ("smuggled", "financed"), help to
    armed men ("supplied the rebels with drones", not "helped build a hospital"), or a violent deed done or
    planned ("carried out the attack", not "conducted a review")."""
    if verb.lemma_ in _WRONG_VERBS:
        return True
    done = [t for o in objects(verb) + prep_objects(verb, ("with", "to", "for")) for t in o.subtree]
    if verb.lemma_ in _AIDING_VERBS:
        done += [t for x in verb.children if x.dep_ == "xcomp" for t in x.subtree]
        return _armed(builder, done)
    return any(trigger_type(t) in _VIOLENT or verb.lemma_ in _PLOT_VERBS and t.lemma_ in _COVERT_DEEDS for t in done)


_ATTACKER_NOUNS = {"attacker", "assailant", "gunman", "bomber", "kidnapper", "abductor", "killer", "raider",
                   "perpetrator", "hijacker", "saboteur"}


def said_attackers_of(builder, sent) -> None:
    """"The minister said the attackers were fighters of X", "… said the assailants belonged to X": naming
    the group the story's attackers came from accuses it (and the speaker's side, not a narrator's fact)."""
    for noun in builder.tokens(_ATTACKER_KEYS, sent):
        verb = noun.head
        if noun.dep_ != "nsubj" or noun.lemma_ not in _ATTACKER_NOUNS or modality.negated(verb) \
                or modality.hypothetical(verb):
            continue
        if verb.lemma_ == "belong":
            groups = prep_objects(verb, ("to",))
        elif verb.lemma_ == "be":
            groups = [c for c in verb.children if c.dep_ == "attr"]
        else:
            continue
        say = _reported_by(verb)
        if say is None or modality.negated(say):
            continue
        doers = [a for g in groups for a in actors(builder, g, ("Organisation", "Country"))]
        doers += [a for g in groups for a in _faction_of(builder, g) if a not in doers]
        speakers = _speakers(builder, say)
        if not doers or not _blames_other_side(builder, verb, speakers, doers):
            continue
        for a in speakers:
            for t in doers:
                _add(builder, "ACCUSED", a, t, verb, "rule:said-attackers-of", 0.65)
        builder.story_claims.append({"accused": doers, "by": speakers, "span": None,
                                     "kind": "ACCUSED_OF" if speakers else "SUSPECTED_OF", "token": verb.i,
                                     "rule": "rule:said-attackers-of"})


_FACTION_NOUNS = {"faction", "wing", "cell", "unit", "splinter", "branch", "offshoot", "group", "subgroup"}


def _faction_of(builder, noun) -> list[str]:
    """"a faction of X loyal to Y", "a splinter group of X led by Y": the body a faction is of, and the one
    it follows."""
    if noun.lemma_ not in _FACTION_NOUNS:
        return []
    found = [a for p in prep_objects(noun, ("of",)) for a in actors(builder, p, ("Organisation",))]
    found += [a for n in (noun, *prep_objects(noun, ("of",))) for c in n.children  # ("loyal" may hang on X)
              if c.dep_ == "amod" and c.lower_ == "loyal"
              for p in prep_objects(c, ("to",)) for a in actors(builder, p, ("Person", "Organisation"))]
    found += [a for c in noun.children if c.dep_ == "acl" and c.lemma_ in ("lead", "head", "command")
              for p in agent_of_passive(c) for a in actors(builder, p, ("Person",))]
    return list(dict.fromkeys(found))


def _speakers(builder, say) -> list[str]:
    """Who says it (the subject of the verb of saying), and the state a foreign ministry speaks for."""
    subj = next((c for c in say.children if c.dep_ == "nsubj"), None) or (
        subject(say) if say.dep_ == "conj" else None)  # "X accused Y of … and said Z had …": X
    speakers = actors(builder, subj) or ([a for c in subj.children if c.dep_ == "poss" for a in actors(builder, c)]
                                         if subj is not None and subj.lemma_ in _VOICE_OF else [])
    # ("Netanyahu's office said …", "the minister's spokesman said …": they speak for the owner)
    return speakers + [st for a in speakers for st in [_voice_of_state(builder, a)] if st and st not in speakers]


_VOICE_OF = {"office", "spokesman", "spokeswoman", "spokesperson", "aide", "camp", "lawyer", "press"}


def _blames_other_side(builder, verb, speakers: list[str], doers: list[str]) -> bool:
    """Violence told by a speaker is an accusation only against another side, named: not "the US military
    and Somalia's government said a US strike killed …" (its own act), not "the group's units attacked …"
    said by its spokesman, not "they killed him" (a pronoun the reader cannot check)."""
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
        return False
    if set(doers) & set(speakers):
        return False
    ties = {(r.source, r.target) for r in builder.relations.values() if r.type in ("MEMBER_OF", "LEADS", "PART_OF")}
    return not any((a, t) in ties or (t, a) in ties for a in speakers for t in doers)


def attributed(builder, sent) -> None:
    """"a theft that the FBI has attributed to the Lazarus Group", "the 2014 breach, which the United States
    publicly attributed to Pyongyang": the attributing actor accuses the one named of the deed."""
    for tok in builder.tokens({"attribute", "ascribe", "pin"}, sent):
        if tok.pos_ != "VERB" or modality.negated(tok) or modality.denied_by(tok):
            continue
        accused = [a for p in prep_objects(tok, ("to", "on")) for a in actors(builder, p)]
        if is_passive(tok):
            accusers = [a for p in agent_of_passive(tok) for a in actors(builder, p)]
            deed = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        else:
            accusers = actors(builder, subject(tok))
            deed = next(iter(objects(tok)), None)
        if deed is not None and deed.lower_ in ("which", "that") and tok.dep_ == "relcl":
            deed = tok.head  # "the breach, which X attributed to Y"
        elif deed is None and tok.dep_ == "relcl":
            deed = tok.head
        accused = [a for a in accused if a not in accusers]
        for a in accusers:
            for t in accused:
                _add(builder, "ACCUSED", a, t, tok, "rule:attributed-to", 0.75)
        if accused and deed is not None:
            builder.claims.append({"accused": accused, "by": accusers, "span": (deed.i, deed.i + 1),
                                   "kind": "ACCUSED_OF", "token": tok.i, "rule": "rule:attributed-to"})


_SUSPICION_VERBS = {"arrest", "detain", "investigate", "hold", "question", "charge", "indict", "jail", "convict"}


def on_suspicion(builder, sent) -> None:
    """"X said it had detained Major Y on suspicion of passing coordinates", "investigating A, B and C on
    suspicion of …": whoever holds or investigates someone on suspicion accuses them."""
    for tok in builder.tokens({"suspicion", "suspicions", "charge", "charges"}, sent):
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "over") or tok.pos_ != "NOUN":
            continue
        verb = tok.head.head
        if verb.pos_ != "VERB" or verb.lemma_ not in _SUSPICION_VERBS or modality.negated(verb):
            continue
        if is_passive(verb):
            held = [c for c in verb.children if c.dep_ == "nsubjpass"]
            by = [a for p in agent_of_passive(verb) for a in actors(builder, p)]
        else:
            held, by = objects(verb), actors(builder, subject(verb))
        accused = [a for g in held for a in actors(builder, g, ("Person", "Organisation"))]
        for a in by:
            if builder.label(a) in ("Person", "Organisation", "Country"):
                for t in accused:
                    if t != a:
                        _add(builder, "ACCUSED", a, t, tok, "rule:on-suspicion", 0.7)


def _shared_subject(builder, verb) -> list:
    """"X, which has fought … and is listed as …": the subject a conjoined verb shares with the first one
    (through the relative pronoun, the noun it stands for)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    first = verb.head
    subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "who", "that") and first.dep_ == "relcl":
        k = subj.i - 1
        while k > 0 and (subj.doc[k].text in (",", ")", "(") or subj.doc[k].text.isupper() and subj.doc[k - 1].text == "("):
            k -= 1  # "the Kurdistan Workers' Party (PKK), which …": the name right before the pronoun
        if builder.label(entity_of(builder, subj.doc[k]) or "") in ("Person", "Organisation"):
            return [subj.doc[k]]
        return [_relative_antecedent(builder, first.head)]
    return [subj] if subj is not None else []


def terror_designations(builder, sent) -> None:
    """"The US designated the TTP a foreign terrorist organisation in 2010", "X, which Washington designated a
    terrorist organisation", "has listed X as a terrorist organisation", "a gang the government has declared a
    terrorist organisation": the designating state sanctioned the group."""
    for tok in builder.tokens(TERROR_VERBS, sent):
        if not terror_designation(tok) or modality.negated(tok):
            continue
        if is_passive(tok):
            targets, agents = [c for c in tok.children if c.dep_ == "nsubjpass"] or _shared_subject(builder, tok), \
                agent_of_passive(tok)
            agents = agents or [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"  # "listed as a
                                for p in c.children for a in prep_objects(p, ("by",))] or [  # terrorist group by X"
                a for c in tok.children if c.dep_ in ("oprd", "attr") for a in prep_objects(c, ("by",))]
            # ("was designated a terrorist organisation by Washington", "by" hung on the label)
            listed = [t for a in agents[-1:] for t in _list_goes_on(builder, a)]
            agents += listed
            targets = [t for t in targets if t not in listed]
        else:
            targets = [o for o in objects(tok) if not terror_label(o) and o.lower_ not in ("which", "that", "whom")]
            targets += [t for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN")
                        for t in _small_clause_named(c)]  # "declared X a terrorist organisation" as a clause
            agents = [subject(tok)]
            if not targets and tok.dep_ == "relcl":  # "X, which Washington designated …": X
                targets = [_relative_antecedent(builder, tok.head)]
        _sanction(builder, tok, agents, targets, "rule:terror-designation")


def _small_clause_named(c) -> list:
    """The named side of a small clause the parser made of "X a terrorist organisation": the subject when
    the clause's head is the label, else the head (with the label as its object)."""
    if terror_label(c):
        return [s for s in c.children if s.dep_ == "nsubj"]
    return [c]


def _list_goes_on(builder, last) -> list:
    """"by Turkey, the United States and the European Union": the names after an agent that the parser hung
    elsewhere (as an apposition of the subject) when the list is plainly one: only commas, "and", articles
    and names of states or bodies up to the end of the clause."""
    out, i, doc = [], last.i + 1, builder.doc
    while i < len(doc) and (doc[i].text in (",", "and", "the") or i in builder.token_entity):
        i += 1
    tail = doc[last.i + 1:i]
    if i < len(doc) and doc[i].text not in (".", ";") or not any(t.lower_ == "and" for t in tail):
        return []
    for t in tail:  # one token per name: its last
        eid = builder.token_entity.get(t.i)
        if eid and builder.label(eid) in ("Country", "Organisation") and builder.token_entity.get(t.i + 1) != eid:
            out.append(t)
    return out


_LISTING_VERBS = frozenset({"designate", "blacklist", "name", *BAN_VERBS})


def designations(builder, sent) -> None:
    """"OFAC designated X and two firms he controls, A and B", "X was designated by the Treasury": a listing
    verb with a state or a public body as its agent is a sanction act of its own (a label such as
    "designated it a terrorist organisation" is read by ``terror_designations``)."""
    for tok in builder.tokens(_LISTING_VERBS, sent):
        if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN", "VBZ") + (("VB",) if tok.lemma_ in BAN_VERBS else ()) \
                or modality.negated(tok) or terror_designation(tok) or _labels(tok):
            continue
        if tok.lemma_ in BAN_VERBS and not any(banned_body(o) for o in objects(tok) + [
                c for c in tok.children if c.dep_ == "nsubjpass"]):
            continue  # "outlawed the practice": no body banned
        own = [c for c in tok.children if c.dep_ == "nsubj"]  # "a day after OFAC designated X": the "adjective"
        if is_passive(tok):  # has a subject of its own
            targets, agents = [c for c in tok.children if c.dep_ == "nsubjpass"], agent_of_passive(tok)
        elif tok.dep_ == "amod" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i and (
                tok.tag_ == "VBD" or tok.head.dep_ == "ROOT" or own):  # (the name taken for the sentence's root)
            targets, agents = [tok.head], own or [actor_before(builder, tok)]  # "OFAC on Wednesday designated X"
        else:  # (parsed with the verb as an adjective of X)
            targets, agents = objects(tok), [subject(tok)]
        by = [a for g in agents for a in actors(builder, g, ("Country", "Organisation"))]
        if tok.lemma_ == "name" and not (by and all(builder.entities[a].name in gz.SANCTIONS_AUTHORITIES for a in by)):
            continue  # "OFAC named three nationals, A, B and C": only a sanctions body's naming is a listing
        if by and all(builder.label(a) == "Country" or builder.org_kind(a) in ("government", "international")
                      for a in by):
            _sanction(builder, tok, agents, targets, "rule:designated")


def alleged(builder, sent) -> None:
    """"The Treasury alleged that X had met gang leaders", "Prosecutors allege that X ordered the killing": the
    one alleging accuses whoever the alleged clause says did it (and of the deed it names)."""
    for tok in builder.tokens({"allege"}, sent):
        if tok.pos_ != "VERB" or is_passive(tok) or modality.negated(tok) or modality.denied_by(tok):
            continue
        for clause in (c for c in tok.children if c.dep_ == "ccomp"):
            doers = [a for c in clause.children if c.dep_ in ("nsubj",) for a in actors(builder, c)]
            if not doers and is_passive(clause):  # "alleging that the operation had been bankrolled by X"
                doers = [a for p in agent_of_passive(clause) for a in actors(builder, p)]
            by = [a for a in _acting(builder, subject(tok), ("Person", "Organisation", "Country")) if a not in doers]
            by = _with_states(builder, by)
            for a in by:
                for t in doers:
                    _add(builder, "ACCUSED", a, t, tok, "rule:alleged", 0.7)
            if doers:
                builder.claims.append({"accused": doers, "by": by, "span": (clause.i, clause.right_edge.i + 1),
                                       "kind": "ACCUSED_OF" if by else "SUSPECTED_OF", "token": tok.i,
                                       "rule": "rule:alleged"})


# Trigger words each rule asks ``builder.tokens`` for, built once (a frozenset is the index's cheapest key).
_SANCTION_KEYS = frozenset(_SANCTION_VERBS | _SANCTION_NOUNS | MEASURES | {"frozen", "block"})
_LISTING_KEYS = frozenset(_LIST_VERBS | {"sanction"} | _UNDER_VERBS)
_ACCUSE_KEYS = frozenset(_ACCUSE_VERBS | _SUSPECT_VERBS)
_RESPONSIBLE_KEYS = frozenset(_CASE_NOUNS | {"responsible", "responsibility"})
_ATTACKER_KEYS = frozenset(_ATTACKER_NOUNS)
_TALK_KEYS = frozenset(_NEGOTIATE_VERBS | _TALK_NOUNS | _AGREE_VERBS | {"host", "receive", "sit", "bring"})

# Parts in a plot or an attack that naming someone as accuses them ("named X as the cell's handler").
_CULPRIT_ROLES = {"handler", "mastermind", "ringleader", "organiser", "organizer", "perpetrator", "gunman", "attacker",
                  "bomber", "killer", "assassin", "recruiter", "financier", "plotter", "shooter", "culprit",
                  "coordinator", "instigator", "orchestrator"}


def named_as_culprit(builder, sent) -> None:
    """"Tanzanian officials named Col. X as the cell's handler", "X, whom police identified as the gunman": naming
    someone as the one who ran or did the deed accuses them."""
    for tok in builder.tokens({"name", "identify"}, sent):
        if tok.pos_ != "VERB" or modality.negated(tok):
            continue
        roles = [p for p in prep_objects(tok, ("as",)) + [q for o in objects(tok) for q in prep_objects(o, ("as",))]
                 if p.lemma_.lower() in _CULPRIT_ROLES]  # ("as" may hang on the one named)
        if not roles:
            continue
        if is_passive(tok):
            named, by = [c for c in tok.children if c.dep_ == "nsubjpass"], agent_of_passive(tok)
        else:
            named, by = objects(tok) or [c for c in tok.children if c.dep_ == "oprd"], [subject(tok)]
            if tok.dep_ == "relcl" and all(o.lower_ in ("whom", "who", "that") for o in named):
                named = [_relative_antecedent(builder, tok.head, ("Person", "Organisation"))]
        accused = [a for g in named for a in actors(builder, g, ("Person", "Organisation"))]
        by = [g for g in by if g is not None]
        accusers = _with_states(builder, [a for g in by for a in _acting(builder, g, ("Person", "Organisation",
                                                                                       "Country"))])
        accusers += [st for g in by for st in states_of(builder, g) if st not in accusers]
        for a in accusers:
            for t in accused:
                if a != t:
                    _add(builder, "ACCUSED", a, t, tok, "rule:named-as-culprit", 0.7)


_SENT_THINGS = {"order", "instruction", "command", "weapon", "arm", "explosive"}  # (not money: "the money for the
# hospital came from the World Bank")


def came_from(builder, sent) -> None:
    """"He said the order came from the leadership of X", "every instruction came from Tehran", a speaker
    quoted: orders or arms said to come from someone accuse them, in a sentence of violence or armed men."""
    before = builder.sentence(builder.doc[sent.start - 1]) if sent.start else sent
    if not any(trigger_type(t) in _VIOLENT or t.lower_ in _ARMED_WORDS or t.lemma_ in ("plot", "attack")
               for t in (*before, *sent)):
        return  # (orders or arms of a violent story: also told in the sentence before)
    for tok in builder.tokens({"come"}, sent):
        if tok.lemma_ != "come" or tok.pos_ != "VERB" or modality.negated(tok) or modality.hypothetical(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in _SENT_THINGS:
            continue
        say = _reported_by(tok) or _quoted_speech(tok)
        if say is None or modality.negated(say):
            continue
        froms = prep_objects(tok, ("from",))
        sources = [a for p in froms for x in (p, *prep_objects(p, ("of", "in")))
                   for a in _with_states(builder, actors(builder, x, ("Person", "Organisation", "Country")))]
        sources += [country_entity(builder, st) for p in froms for e in [entity_of(builder, p)]
                    if e and builder.label(e) == "Location" for st in [gz.capital_country(builder.entities[e].name)]
                    if st]  # "came from Tehran": the capital stands for its state
        speakers = _speakers(builder, say)
        sources = [a for a in dict.fromkeys(sources) if builder.label(a) != "Organisation" or builder.org_kind(a) in (
            "armed_group", "military", "intelligence", "government")]  # ("… came from the Red Cross": no wrong)
        if not _blames_other_side(builder, tok, speakers, sources):
            continue
        for a in speakers:
            for t in sources:
                if a != t:
                    _add(builder, "ACCUSED", a, t, tok, "rule:came-from", 0.6)


def _quoted_speech(verb):
    """The verb of saying hung on the quoted clause it closes ('"… came from Tehran," an official told reporters');
    a clause hung on its verb of saying is ``_reported_by``'s."""
    return next((c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_ in _SAY_VERBS
                 and c.pos_ == "VERB" and c.i > verb.i), None)


_AUTHOR_WORDS = {"author", "architect", "brains", "planner"}  # ("the intellectual author of the attack")


def said_culprit(builder, sent) -> None:
    """"Police said X was the mastermind behind the bombing", "He said the gang's leader, Y, was the
    'intellectual author' of the attack": a speaker naming someone the culprit of a deed accuses them, and of
    that deed (or, with none named, of the story's attack)."""
    for tok in builder.tokens(_CULPRIT_ROLES | _AUTHOR_WORDS, sent):
        be = tok.head
        if tok.dep_ != "attr" or be.lemma_ != "be" or modality.negated(be) or modality.hypothetical(be):
            continue
        say = _reported_by(be)
        if say is None or modality.negated(say):
            continue
        objs = prep_objects(tok, ("of", "behind"))
        deeds = [p for p in objs if trigger_type(p) in _VIOLENT or p.lemma_ in (
            "attack", "plot", "bombing", "killing", "murder", "assassination", "ambush", "shooting")]
        if (objs or tok.lemma_ in _AUTHOR_WORDS) and not deeds:
            continue  # ("the author of the report", "the organiser of Saturday's peace march")
        accused = [a for c in be.children if c.dep_ == "nsubj"
                   for x in (c, *(d for d in c.children if d.dep_ == "appos"))
                   for a in actors(builder, x, ("Person", "Organisation"))]
        speakers = _speakers(builder, say)
        for a in speakers:
            for t in accused:
                if a != t:
                    _add(builder, "ACCUSED", a, t, tok, "rule:said-culprit", 0.7)
        if accused and speakers:
            claim = {"accused": [t for t in accused if t not in speakers], "by": speakers, "kind": "ACCUSED_OF",
                     "token": tok.i, "rule": "rule:said-culprit"}
            if deeds:
                builder.claims.append({**claim, "span": (deeds[0].i, deeds[0].i + 1)})
            else:
                builder.story_claims.append({**claim, "span": None})


RULES = (sanctions, designations, delegation_heads, described_named, statement_named, said_behind_it, those_targeted,
         among_them, on_the_list, on_whose_list, barred_from_state, sanction_listings, accusations, blame_laid,
         said_run_by, accusation_nouns, pointed_finger, points_to, traced_to, bore_hallmarks, condemned_conduct,
         responsibility, behind, negotiations, said_wrongdoing, said_of_them, said_attackers_of, targets_accused,
         attributed, on_suspicion, terror_designations, alleged, named_as_culprit, said_culprit, came_from)


def apply(builder, doc) -> None:
    for sent in builder.sents():
        for rule in RULES:
            builder.run_rule(rule, sent)
    _parent_bodies_sanction(builder)


def _parent_bodies_sanction(builder) -> None:
    """A body's listing is also its parent body's act: "the Treasury's Office of Foreign Assets Control added X"
    sanctions X for the Treasury, and "the Security Council's committee" for the UN. Run once the whole article
    is read, since the PART_OF edge is often told after the listing."""
    parents: dict[str, list[str]] = {}
    for r in builder.relations.values():
        if r.type == "PART_OF" and builder.label(r.source) == builder.label(r.target) == "Organisation":
            parents.setdefault(r.source, []).append(r.target)
    for r in [r for r in builder.relations.values() if r.type == "SANCTIONED_BY" and r.target in parents]:
        for body in parents[r.target]:
            builder.add_relation("SANCTIONED_BY", r.source, body, r.evidence[0].model_copy(
                update={"extractor": "rule:parent-body"}), **r.properties)


def apply_denials(builder, doc) -> None:
    """Run after events, so that denials reach ACCUSED_OF/SUSPECTED_OF edges too."""
    for sent in builder.sents():
        denials(builder, sent)
