"""Entity resolution across articles: map a new article's entities onto stored ones.

Within an article the extractor already links "Lt. Gen. X Y", "Y" and "the
general". Across articles the same actor must land on the same node, so
before an upsert each new entity is compared with stored entities of the same
label: equal names or aliases merge; a lone surname merges only when exactly
one stored person carries it; near-identical spellings ("Zelensky" and
"Zelenskyy") merge via rapidfuzz when the first names do not contradict.
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


def resolve(result: ExtractionResult, store: GraphStore) -> tuple[ExtractionResult, list[dict[str, Any]]]:
    """Return ``result`` with entity ids rewritten to stored ids, and the merges made."""
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
    if not remap:
        return result, []
    data = result.model_dump()
    for e in data["entities"]:
        e["id"] = remap.get(e["id"], e["id"])
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
    return ExtractionResult.model_validate(data), merges
