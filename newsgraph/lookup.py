"""Find the node a user means, and describe it.

A NAME may be an id, a name or an alias. Several matches raise
AmbiguousNameError listing them; none raises NotFoundError with the closest
names (rapidfuzz) as a hint.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from rapidfuzz import process, fuzz

from newsgraph.errors import AmbiguousNameError, NotFoundError
from newsgraph.graph import GraphStore

SKIP_IN_PROFILE = ("MENTIONS",)


def suggestions(store: GraphStore, name: str, limit: int = 5) -> list[str]:
    choices = {n["id"]: n.get("name") or n["id"] for n in store.nodes() if n["label"] != "Article"}
    hits = process.extract(name, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
    return [f"{choice} ({key})" for choice, _score, key in hits]


def resolve_name(store: GraphStore, name: str, label: str | None = None) -> dict[str, Any]:
    hits = store.find(name, label)
    if len(hits) == 1:
        return hits[0]
    if not hits:
        close = suggestions(store, name)
        hint = ("did you mean: " + "; ".join(close)) if close else "run `newsgraph stats` to see what is stored"
        raise NotFoundError(f"no entity named {name!r}", hint=hint)
    cands = [{"id": h["id"], "label": h["label"], "name": h.get("name")} for h in hits]
    listing = "; ".join(f"{c['name']} [{c['label']}] ({c['id']})" for c in cands)
    raise AmbiguousNameError(f"{name!r} matches {len(hits)} entities: {listing}", candidates=cands,
                             hint="pass the id instead of the name")


def profile(store: GraphStore, name: str) -> dict[str, Any]:
    """The node, and its relations grouped by type and direction, with evidence."""
    node = resolve_name(store, name)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in store.edges_of(node["id"]):
        if e["type"] in SKIP_IN_PROFILE:
            continue
        outgoing = e["source"] == node["id"]
        other = store.get(e["target"] if outgoing else e["source"]) or {}
        key = f"{e['type']} {'->' if outgoing else '<-'}"
        groups[key].append({
            "relation": e["id"], "counterpart": other.get("id"), "counterpart_name": other.get("name"),
            "counterpart_label": other.get("label"), "date": other.get("date"),
            "properties": e.get("properties", {}),
            "confidence": max((v["confidence"] for v in e.get("evidence", [])), default=None),
            "articles": len({v["article"] for v in e.get("evidence", [])}),
            "evidence": e.get("evidence", []),
        })
    return {"entity": node, "relations": {k: groups[k] for k in sorted(groups)}}
