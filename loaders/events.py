"""Event nodes: a trigger word, a type from the ontology, a date, a place, participants.

A first rule set (see issue 3): trigger lemmas map to event types; the date
is the sentence's DATE entity resolved against publication; the place is a
Location in the sentence; the person or state in the sentence's subject or
object takes a role.
"""
from __future__ import annotations

from newsgraph.schema import Event, event_id

from . import dates

TRIGGERS = {
    "shoot": "shooting", "shooting": "shooting", "gun": "shooting", "gunman": "shooting",
    "bombing": "bombing", "bomb": "bombing", "explosion": "bombing", "blast": "bombing",
    "poison": "poisoning", "poisoning": "poisoning", "novichok": "poisoning",
    "assassination": "assassination_attempt", "invasion": "invasion", "invade": "invasion",
    "mutiny": "mutiny", "coup": "mutiny", "rebellion": "mutiny", "uprising": "mutiny",
    "talk": "negotiation", "negotiation": "negotiation", "negotiate": "negotiation",
    "ceasefire": "negotiation", "meet": "meeting", "meeting": "meeting", "summit": "meeting",
    "interference": "election_interference", "meddling": "election_interference",
    "arrest": "arrest", "detain": "arrest", "detention": "arrest",
    "attack": "attack", "strike": "attack", "raid": "attack", "airstrike": "attack",
}
_NEEDS_NOUN = {"talk", "strike", "meet", "attack", "gun"}  # verbs too vague on their own


def _date_in(sent, published):
    for ent in sent.ents:
        if ent.label_ == "DATE":
            iso = dates.resolve(ent.text, published)
            if iso:
                return iso
    return None


def apply(builder, doc) -> None:
    published = builder.article.published
    for sent in doc.sents:
        seen_types = set()
        for tok in sent:
            etype = TRIGGERS.get(tok.lemma_.lower())
            if etype is None or etype in seen_types:
                continue
            if tok.lemma_.lower() in _NEEDS_NOUN and tok.pos_ != "NOUN":
                continue
            seen_types.add(etype)
            date = _date_in(sent, published)
            place = next((builder.token_entity[t.i] for t in sent if t.i in builder.token_entity
                          and builder.entities[builder.token_entity[t.i]].type == "Location"), None)
            anchor = place or etype
            ev = builder.evidence(tok, f"rule:event-trigger:{tok.lemma_.lower()}", 0.6)
            eid = builder.add_event(Event(id=event_id(etype, date, anchor), type=etype, date=date,
                                          summary=sent.text.strip()[:200], location=place, evidence=[ev]))
            if place:
                builder.add_relation("OCCURRED_IN", eid, place, ev)
