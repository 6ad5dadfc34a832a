"""Dependency-parse rules for actor-to-actor relations.

Each rule has an id (recorded as the evidence's ``extractor``) and a base
confidence. These are the first, deliberately plain rules; see issue 3.
"""
from __future__ import annotations

from .entities import entity_of

_LEADER_NOUNS = {"head", "chief", "leader", "boss", "director", "commander", "president", "chairman",
                 "founder", "ruler", "premier"}


def _subjects(verb):
    return [c for c in verb.children if c.dep_ in ("nsubj",)]


def _objects(verb):
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")]


def _conjuncts(tok):
    return [tok, *tok.conjuncts]


def _ids(builder, tokens):
    out = []
    for t in tokens:
        for c in _conjuncts(t):
            eid = entity_of(builder, c)
            if eid and eid not in out:
                out.append(eid)
    return out


def sanctions(builder, sent) -> None:
    for tok in sent:
        if tok.lemma_ != "sanction" or tok.pos_ != "VERB":
            continue
        ev = builder.evidence(tok, "rule:sanction-verb", 0.85)
        if any(c.dep_ == "nsubjpass" for c in tok.children):
            targets = _ids(builder, [c for c in tok.children if c.dep_ == "nsubjpass"])
            agents = _ids(builder, [g for a in tok.children if a.dep_ == "agent" for g in a.children])
        else:
            agents = _ids(builder, _subjects(tok))
            targets = _ids(builder, _objects(tok))
        for a in agents:
            for t in targets:
                builder.add_relation("SANCTIONED_BY", t, a, ev)


def accusations(builder, sent) -> None:
    for tok in sent:
        if tok.lemma_ != "accuse" or tok.pos_ != "VERB":
            continue
        ev = builder.evidence(tok, "rule:accuse-verb", 0.8)
        for a in _ids(builder, _subjects(tok)):
            for t in _ids(builder, _objects(tok)):
                builder.add_relation("ACCUSED", a, t, ev)


def negotiations(builder, sent) -> None:
    for tok in sent:
        if tok.lemma_ not in ("negotiate", "talk") or tok.pos_ != "VERB":
            continue
        partners = [p for prep in tok.children if prep.lower_ == "with" for p in prep.children if p.dep_ == "pobj"]
        ev = builder.evidence(tok, "rule:negotiate-with", 0.75)
        for a in _ids(builder, _subjects(tok)):
            for b in _ids(builder, partners):
                builder.add_relation("NEGOTIATED_WITH", a, b, ev)


def appositions(builder, sent) -> None:
    """"X, a deputy head of ... the GRU" → MEMBER_OF; "Wagner boss X" → LEADS."""
    for tok in sent:
        person = builder.token_entity.get(tok.i)
        if not person or builder.entities[person].type != "Person":
            continue
        for appos in (c for c in tok.children if c.dep_ == "appos"):
            role = " ".join(t.text for t in appos.lefts if t.dep_ in ("amod", "compound")) + " " + appos.text
            role = role.strip()
            orgs = [builder.token_entity[t.i] for t in appos.subtree if t.i in builder.token_entity
                    and builder.entities[builder.token_entity[t.i]].type == "Organisation"]
            if orgs:
                rel = "LEADS" if appos.lemma_ in _LEADER_NOUNS and not any(
                    t.lower_ in ("deputy", "vice", "assistant", "former") for t in appos.lefts) else "MEMBER_OF"
                builder.add_relation(rel, person, orgs[-1], builder.evidence(tok, "rule:apposition-role", 0.8),
                                     role=role)
                builder.add_role(person, role)
        for comp in (c for c in tok.children if c.dep_ == "compound" and c.lemma_ in _LEADER_NOUNS):
            org = next((builder.token_entity[t.i] for t in comp.children if t.i in builder.token_entity
                        and builder.entities[builder.token_entity[t.i]].type == "Organisation"), None)
            if org:
                builder.add_relation("LEADS", person, org, builder.evidence(tok, "rule:org-role-compound", 0.8),
                                     role=comp.text)
                builder.add_role(person, f"{comp.text} of {builder.entities[org].name}")


RULES = (sanctions, accusations, negotiations, appositions)


def apply(builder, doc) -> None:
    for sent in doc.sents:
        for rule in RULES:
            rule(builder, sent)
