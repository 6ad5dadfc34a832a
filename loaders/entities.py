"""Mentions to entities: typing, title stripping, sources, and in-article coreference.

spaCy's NER proposes spans; these rules decide what each span is in our
ontology (a state, a place, a cited outlet, an organisation, a person) and
which mentions name the same actor ("Lt. Gen. Vladimir X", "X").
"""
from __future__ import annotations

from newsgraph.schema import entity_id

from . import gazetteer as gz

_SOURCE_VERBS = {"report", "say", "cite", "quote", "publish"}
_ORG_CUES = {"boss", "group", "company", "mercenaries", "militia", "force", "forces", "party", "movement",
             "agency", "ministry", "service", "fighters", "army", "rebels"}


def _is_source_context(span) -> bool:
    """"X reports", "according to X", "X reported that…", "told X"."""
    root = span.root
    head = root.head
    if root.dep_ in ("nsubj",) and head.lemma_ in _SOURCE_VERBS and head.lemma_ != "say":
        return True
    if root.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and span.doc[head.i - 1].lower_ == "according":
        return True
    return False


def classify(span) -> tuple[str, str, list[str]] | None:
    """Return (type, canonical name, titles) for an NER span, or None to ignore it."""
    label = span.label_
    text = span.text.strip().removesuffix("'s").removesuffix("’s")
    if text.lower().startswith("the "):
        text = text[4:]
    if not text:
        return None
    if label in ("ORG", "PERSON", "WORK_OF_ART", "GPE") and gz.lookup_outlet(text) and (
        _is_source_context(span) or label != "GPE"
    ):
        if _is_source_context(span) or label == "ORG":
            return "Source", gz.lookup_outlet(text), []
    if label == "GPE":
        country = gz.lookup_country(text)
        if country:
            return "Country", country, []
        return "Location", text, []
    if label in ("LOC", "FAC"):
        return "Location", text, []
    if label == "PERSON":
        titles, name = gz.split_title(text)
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if nxt is not None and nxt.lower_ in _ORG_CUES:
            return "Organisation", name, []
        return ("Person", name, titles) if name else None
    if label == "ORG":
        country = gz.lookup_country(text)
        if country:
            return "Country", country, []
        return "Organisation", text, []
    return None


def collect(builder, doc) -> None:
    """Turn NER spans into entities on the builder, resolving surnames to full names."""
    persons: dict[str, str] = {}  # folded surname -> person id
    pending = []
    for span in doc.ents:
        typed = classify(span)
        if typed is None:
            continue
        type_, name, titles = typed
        if type_ == "Person":
            parts = name.split()
            if len(parts) == 1 and parts[0].lower() in persons:
                eid = persons[parts[0].lower()]
                builder.add_entity(eid, "Person", builder.entities[eid].name, alias=name, titles=titles)
                _map_tokens(builder, span, eid)
                continue
            if len(parts) == 1:
                pending.append((span, name, titles))
                continue
            eid = entity_id("Person", name)
            persons[parts[-1].lower()] = eid
            alias = span.text.strip() if titles else None
            builder.add_entity(eid, "Person", name, alias=alias, titles=titles)
        else:
            eid = entity_id(type_, name)
            surface = span.text.strip().removesuffix("'s")
            builder.add_entity(eid, type_, name, alias=surface if surface != name else None)
        _map_tokens(builder, span, eid)
    for span, name, titles in pending:  # a lone surname seen before its full name
        eid = persons.get(name.lower()) or entity_id("Person", name)
        full = builder.entities[eid].name if eid in builder.entities else name
        builder.add_entity(eid, "Person", full, alias=name, titles=titles)
        _map_tokens(builder, span, eid)


def _map_tokens(builder, span, eid: str) -> None:
    for tok in span:
        builder.token_entity[tok.i] = eid


def entity_of(builder, token) -> str | None:
    """The entity a token belongs to, looking into compounds and possessives."""
    if token.i in builder.token_entity:
        return builder.token_entity[token.i]
    for child in token.children:
        if child.dep_ in ("compound", "flat") and child.i in builder.token_entity:
            return builder.token_entity[child.i]
    return None
