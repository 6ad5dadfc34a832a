"""Entity resolution across articles: map a new article's entities onto stored ones.

Within an article the extractor already links "Lt. Gen. X Y", "Y" and "the
general". Across articles the same actor must land on the same node, so
before an upsert each new entity is compared with stored entities of the same
label: equal names or aliases merge; a lone surname merges only when exactly
one stored person carries it; near-identical spellings ("Zelensky" and
"Zelenskyy") merge via rapidfuzz when the first names do not contradict.
Events told again by a later article (same kind, compatible date, a shared
actor in the same role or the same place) land on the stored event node.
Every merge is logged on the store so it can be inspected.
"""
from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from newsgraph.schema import ExtractionResult, fold

from .base import GraphStore, node_names

FUZZY_THRESHOLD = 92


def _first_names_compatible(a: str, b: str) -> bool:
    pa, pb = fold(a).split(), fold(b).split()
    if len(pa) < 2 or len(pb) < 2:
        return True
    fa, fb = pa[0].rstrip("."), pb[0].rstrip(".")
    return fa == fb or fa[:1] == fb[:1] and (len(fa) == 1 or len(fb) == 1)


def _surname_bearers(surname: str, candidates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [c for c in candidates if fold(c["name"]).split()[-1:] == [surname]]


def _match(entity, candidates: list[dict[str, Any]]) -> tuple[dict[str, Any], str] | None:
    names = {fold(entity.name)} | {fold(a) for a in entity.aliases}
    exact = [c for c in candidates if names & node_names(c)]
    if entity.type == "Person":
        exact = [c for c in exact if _first_names_compatible(entity.name, c["name"])]
        parts = fold(entity.name).split()
        if len(parts) == 1 and len(_surname_bearers(parts[0], candidates)) > 1:
            return None  # "Petrovic" when two Petrovics are stored: no support to pick one
    if len(exact) == 1:
        return exact[0], "name-or-alias"
    if len(exact) > 1:
        return None
    if entity.type == "Person":
        parts = fold(entity.name).split()
        if len(parts) == 1:  # lone surname: only with exactly one stored bearer
            bearers = _surname_bearers(parts[0], candidates)
            return (bearers[0], "unique-surname") if len(bearers) == 1 else None
        fuzzy = [c for c in candidates if len(fold(c["name"]).split()) > 1
                 and _first_names_compatible(entity.name, c["name"])
                 and fuzz.token_sort_ratio(fold(entity.name), fold(c["name"])) >= FUZZY_THRESHOLD]
    else:
        fuzzy = [c for c in candidates
                 if fuzz.ratio(fold(entity.name), fold(c["name"])) >= FUZZY_THRESHOLD and len(entity.name) > 5]
    return (fuzzy[0], "fuzzy-name") if len(fuzzy) == 1 else None


# Event types that name the same kind of happening ("the attack" and "the shooting").
_EVENT_GROUPS = {"shooting": "violence", "bombing": "violence", "poisoning": "violence", "attack": "violence",
                 "assassination_attempt": "violence", "negotiation": "talks", "meeting": "talks"}
_ROLE_TYPES = {"TARGET_OF", "PERPETRATOR_OF", "PARTICIPATED_IN", "ACCUSED_OF", "SUSPECTED_OF"}


def _event_actors(result: ExtractionResult, event_id: str, remap: dict[str, str]) -> set[tuple[str, str]]:
    return {(remap.get(r.source, r.source), r.type) for r in result.relations
            if r.target == event_id and r.type in _ROLE_TYPES}


def _stored_actors(store: GraphStore, event_id: str) -> set[tuple[str, str]]:
    return {(e["source"], e["type"]) for e in store.edges_of(event_id) if e.get("type") in _ROLE_TYPES}


def _match_event(event, result, store, candidates, remap) -> dict[str, Any] | None:
    """A stored event of the same kind, a compatible date ("2018" and "2018-03") and a shared actor in the
    same role or the same place: the second article tells the same event."""
    group = _EVENT_GROUPS.get(event.type, event.type)
    mine = _event_actors(result, event.id, remap)
    place = remap.get(event.location, event.location) if event.location else None
    hits = []
    for c in candidates:
        if _EVENT_GROUPS.get(c.get("type"), c.get("type")) != group or not event.date or not c.get("date"):
            continue
        if not (event.date.startswith(c["date"]) or c["date"].startswith(event.date)):
            continue
        if mine & _stored_actors(store, c["id"]) or (place and place == c.get("location")):
            hits.append(c)
    return hits[0] if len(hits) == 1 else None


def _resolve_events(result, store, remap, merges) -> None:
    candidates = None
    for ev in result.events:
        if store.get(ev.id) is not None:
            continue
        candidates = candidates if candidates is not None else store.nodes("Event")
        hit = _match_event(ev, result, store, candidates, remap)
        if hit is not None:
            remap[ev.id] = hit["id"]
            merges.append({"from": ev.id, "into": hit["id"], "name": f"{ev.type} {ev.date}",
                           "rule": "event-date-and-actor",
                           "article": result.articles[0].id if result.articles else None})


def resolve(result: ExtractionResult, store: GraphStore) -> tuple[ExtractionResult, list[dict[str, Any]]]:
    """Return ``result`` with entity and event ids rewritten to stored ids, and the merges made."""
    remap: dict[str, str] = {}
    merges: list[dict[str, Any]] = []
    by_label: dict[str, list[dict[str, Any]]] = {}
    for ent in result.entities:
        if store.get(ent.id) is not None:
            continue
        cands = by_label.setdefault(ent.type, store.nodes(ent.type))
        hit = _match(ent, cands)
        if hit is not None:
            node, why = hit
            remap[ent.id] = node["id"]
            merges.append({"from": ent.id, "into": node["id"], "name": ent.name, "rule": why,
                           "article": result.articles[0].id if result.articles else None})
    _resolve_events(result, store, remap, merges)
    if not remap:
        return result, []
    data = result.model_dump()
    for e in data["entities"]:
        e["id"] = remap.get(e["id"], e["id"])
    for ev in data["events"]:
        ev["id"] = remap.get(ev["id"], ev["id"])
    for r in data["relations"]:
        r["source"] = remap.get(r["source"], r["source"])
        r["target"] = remap.get(r["target"], r["target"])
        if "by" in r["properties"]:
            r["properties"]["by"] = sorted({remap.get(b, b) for b in r["properties"]["by"]})
    for ev in data["events"]:
        if ev.get("location"):
            ev["location"] = remap.get(ev["location"], ev["location"])
    data["relations"] = [r for r in data["relations"] if r["source"] != r["target"]]
    data["entities"] = list({e["id"]: e for e in data["entities"]}.values())
    data["events"] = list({e["id"]: e for e in data["events"]}.values())
    return ExtractionResult.model_validate(data), merges
