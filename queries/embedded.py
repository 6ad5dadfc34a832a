"""networkx/Python equivalents of every canned `.cypher` query.

Each function takes a GraphStore and the query's parameters and returns the
same rows, in the same order, as the Cypher file returns on Neo4j over the same
graph. The rules mirrored from Cypher:

- names match like ``n.id = $name OR toLower($name) IN [toLower(name), toLower(alias)…]``;
- ``ORDER BY`` puts nulls last when ascending;
- ``collect()`` skips nulls.

tests/test_queries.py runs both over the same data and compares the rows.
"""
from __future__ import annotations

import itertools
from typing import Any, Callable

import networkx as nx

from newsgraph.schema import ACTOR_LABELS, VOCAB

PROVENANCE = ("MENTIONS", "REPORTED_BY")
SYMMETRIC = tuple(n for n, s in VOCAB.relations.items() if s.symmetric)
NEGOTIATION_EVENTS = ("negotiation", "meeting")
ACCUSATION_EVENT_RELS = ("ACCUSED_OF", "SUSPECTED_OF")
MAX_NEIGHBOURHOOD_HOPS = 4
MAX_PATH_HOPS = 6


class _View:
    """The store's records, indexed once per query."""

    def __init__(self, store):
        self.nodes: dict[str, dict[str, Any]] = {n["id"]: n for n in store.nodes()}
        self.edges: list[dict[str, Any]] = store.edges()
        self.out: dict[str, list[dict[str, Any]]] = {}
        self.inc: dict[str, list[dict[str, Any]]] = {}
        for e in self.edges:
            self.out.setdefault(e["source"], []).append(e)
            self.inc.setdefault(e["target"], []).append(e)

    def label(self, node_id: str) -> str | None:
        n = self.nodes.get(node_id)
        return n["label"] if n else None

    def name(self, node_id: str) -> str | None:
        return (self.nodes.get(node_id) or {}).get("name")

    def touching(self, node_id: str) -> list[dict[str, Any]]:
        return self.out.get(node_id, []) + self.inc.get(node_id, [])

    def matching(self, name: str, labels: tuple[str, ...] = ACTOR_LABELS) -> list[dict[str, Any]]:
        return [n for nid, n in sorted(self.nodes.items()) if n["label"] in labels and matches(n, name)]


def lower_names(node: dict[str, Any]) -> list[str]:
    return [x.lower() for x in [node.get("name")] + list(node.get("aliases") or []) if x is not None]


def matches(node: dict[str, Any], name: str) -> bool:
    """Cypher: ``n.id = $name OR toLower($name) IN [x IN [n.name] + coalesce(n.aliases, []) | toLower(x)]``."""
    return node["id"] == name or name.lower() in lower_names(node)


def _nl(value: Any) -> tuple:
    """Sort key with Cypher's ascending null placement (nulls last)."""
    return (value is None, value if value is not None else 0)


def _evidence_articles(edge: dict[str, Any]) -> list[str]:
    return sorted({ev["article"] for ev in edge.get("evidence") or []})


# --------------------------------------------------------------------------- queries
def actor_profile(store, name: str) -> list[dict[str, Any]]:
    v = _View(store)
    rows = []
    for a in v.matching(name):
        groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for e in v.touching(a["id"]):
            if e["type"] in PROVENANCE:
                continue
            outgoing = e["source"] == a["id"]
            direction = "both" if e["type"] in SYMMETRIC else ("out" if outgoing else "in")
            other = v.nodes[e["target"] if outgoing else e["source"]]
            groups.setdefault((e["type"], direction), []).append(other)
        base = {"id": a["id"], "label": a["label"], "name": a.get("name"), "aliases": list(a.get("aliases") or []),
                "titles": list(a.get("titles") or []), "roles": list(a.get("roles") or []), "kind": a.get("kind")}
        if not groups:
            rows.append({**base, "relation": None, "direction": None, "counterpart_ids": [], "counterparts": []})
        for (rel, direction), others in groups.items():
            others = sorted(others, key=lambda n: n["id"])
            rows.append({**base, "relation": rel, "direction": direction,
                         "counterpart_ids": [o["id"] for o in others],
                         "counterparts": [o["name"] for o in others if o.get("name") is not None]})
    return sorted(rows, key=lambda r: (r["id"], _nl(r["relation"]), _nl(r["direction"])))


def neighbourhood(store, name: str, hops: int = 2, types: list[str] | None = None) -> list[dict[str, Any]]:
    v = _View(store)
    types = list(types or [])
    g = nx.Graph()
    g.add_nodes_from(v.nodes)
    for e in v.edges:
        if (not types and e["type"] not in PROVENANCE) or e["type"] in types:
            g.add_edge(e["source"], e["target"])
    cutoff = min(int(hops), MAX_NEIGHBOURHOOD_HOPS)
    rows = []
    if cutoff < 1:
        return rows
    for a in v.matching(name):
        for nid, dist in nx.single_source_shortest_path_length(g, a["id"], cutoff=cutoff).items():
            if nid == a["id"]:
                continue
            b = v.nodes[nid]
            rows.append({"actor": a["id"], "id": nid, "label": b["label"],
                         "name": b.get("name") if b.get("name") is not None else b.get("title"),
                         "distance": dist})
    return sorted(rows, key=lambda r: (r["actor"], r["distance"], r["id"]))


def _step(v: _View, e: dict[str, Any]) -> dict[str, Any]:
    return {"relation": e["id"], "type": e["type"], "source": e["source"], "target": e["target"],
            "evidence": [{"article": ev["article"], "sentence": ev["sentence"], "confidence": ev["confidence"]}
                         for ev in e.get("evidence") or []]}


def shortest_paths(store, source: str, target: str) -> list[dict[str, Any]]:
    v = _View(store)
    g = nx.Graph()
    g.add_nodes_from(v.nodes)
    parallel: dict[frozenset, list[dict[str, Any]]] = {}
    for e in v.edges:
        if e["type"] in PROVENANCE:
            continue
        g.add_edge(e["source"], e["target"])
        parallel.setdefault(frozenset((e["source"], e["target"])), []).append(e)
    rows = []
    for a in v.matching(source):
        for b in v.matching(target):
            if a["id"] == b["id"]:
                continue
            try:
                node_paths = list(nx.all_shortest_paths(g, a["id"], b["id"]))
            except nx.NetworkXNoPath:
                continue
            for p in node_paths:
                if len(p) - 1 > MAX_PATH_HOPS:
                    continue
                choices = [parallel[frozenset((x, y))] for x, y in zip(p, p[1:])]
                for combo in itertools.product(*choices):
                    rows.append({"source": a["id"], "target": b["id"], "hops": len(p) - 1, "path_ids": list(p),
                                 "path": [v.name(n) for n in p], "steps": [_step(v, e) for e in combo],
                                 "_key": [e["id"] for e in combo]})
    rows.sort(key=lambda r: (r["source"], r["target"], r["path_ids"], r["_key"]))
    for r in rows:
        del r["_key"]
    return rows


def who_sanctioned_whom(store, actor: str = "") -> list[dict[str, Any]]:
    v = _View(store)
    rows = []
    for e in v.edges:
        if e["type"] != "SANCTIONED_BY":
            continue
        t, s = v.nodes[e["source"]], v.nodes[e["target"]]
        if actor != "" and not (matches(t, actor) or matches(s, actor)):
            continue
        rows.append({"sanctioner_id": s["id"], "sanctioner": s.get("name"), "target_id": t["id"],
                     "target": t.get("name"), "reason": (e.get("properties") or {}).get("reason"),
                     "evidence": len(e.get("evidence") or []), "articles": _evidence_articles(e)})
    return sorted(rows, key=lambda r: (r["sanctioner_id"], r["target_id"]))


def accusations(store, name: str) -> list[dict[str, Any]]:
    v = _View(store)
    rows = []
    for a in v.matching(name):
        aid = a["id"]
        for e in v.touching(aid):
            if e["type"] != "ACCUSED":
                continue
            x, y = v.nodes[e["source"]], v.nodes[e["target"]]
            rows.append({"actor": aid, "role": "accuser" if x["id"] == aid else "accused", "relation": "ACCUSED",
                         "accuser_ids": [x["id"]], "accusers": [x.get("name")], "accused_id": y["id"],
                         "accused": y.get("name"), "about_id": y["id"], "about": y.get("name"), "date": None})
        for e in v.edges:
            if e["type"] not in ACCUSATION_EVENT_RELS:
                continue
            x, ev = v.nodes[e["source"]], v.nodes[e["target"]]
            if x["label"] not in ACTOR_LABELS or ev["label"] != "Event":
                continue
            by = list((e.get("properties") or {}).get("by") or [])
            if x["id"] != aid and aid not in by:
                continue
            accusers = sorted((n for n in v.nodes.values() if n["label"] in ACTOR_LABELS and n["id"] in by),
                              key=lambda n: n["id"])
            rows.append({"actor": aid, "role": "accused" if x["id"] == aid else "accuser", "relation": e["type"],
                         "accuser_ids": sorted(by), "accusers": [n.get("name") for n in accusers],
                         "accused_id": x["id"], "accused": x.get("name"), "about_id": ev["id"],
                         "about": ev.get("name"), "date": ev.get("date")})
    return sorted(rows, key=lambda r: (r["actor"], r["role"], r["relation"], r["accused_id"], r["about_id"],
                                       r["accuser_ids"]))


def negotiation_network(store, actor: str = "") -> list[dict[str, Any]]:
    v = _View(store)
    pairs = []
    for e in v.edges:
        if e["type"] == "NEGOTIATED_WITH":
            pairs.append((v.nodes[e["source"]], v.nodes[e["target"]], e["type"], None))
    for ev in v.nodes.values():
        if ev["label"] != "Event" or ev.get("type") not in NEGOTIATION_EVENTS:
            continue
        parts = [v.nodes[e["source"]] for e in v.inc.get(ev["id"], [])
                 if e["type"] == "PARTICIPATED_IN" and v.label(e["source"]) in ACTOR_LABELS]
        for x, y in itertools.permutations(parts, 2):
            if x["id"] < y["id"]:
                pairs.append((x, y, ev["id"], ev.get("date")))
    rows = []
    for x, y, via, date in pairs:
        a, b = (x, y) if x["id"] < y["id"] else (y, x)
        if actor != "" and not (matches(a, actor) or matches(b, actor)):
            continue
        rows.append({"a_id": a["id"], "a": a.get("name"), "b_id": b["id"], "b": b.get("name"), "via": via,
                     "date": date})
    return sorted(rows, key=lambda r: (r["a_id"], r["b_id"], r["via"]))


def actor_timeline(store, name: str) -> list[dict[str, Any]]:
    v = _View(store)
    rows = []
    for a in v.matching(name):
        for e in v.out.get(a["id"], []):
            ev = v.nodes[e["target"]]
            if ev["label"] != "Event":
                continue
            places = sorted((v.nodes[p["target"]] for p in v.out.get(ev["id"], []) if p["type"] == "OCCURRED_IN"),
                            key=lambda n: n["id"])
            rows.append({"actor": a["id"], "date": ev.get("date"), "event_id": ev["id"], "event_type": ev.get("type"),
                         "role": e["type"], "summary": ev.get("summary"),
                         "places": [p.get("name") for p in places]})
    return sorted(rows, key=lambda r: (r["actor"], _nl(r["date"]), r["event_id"], r["role"]))


def co_participants(store, name: str) -> list[dict[str, Any]]:
    v = _View(store)
    rows = []
    for a in v.matching(name):
        shared: dict[str, set[str]] = {}
        for e in v.out.get(a["id"], []):
            if v.label(e["target"]) != "Event":
                continue
            for back in v.inc.get(e["target"], []):
                o = back["source"]
                if o != a["id"] and v.label(o) in ACTOR_LABELS:
                    shared.setdefault(o, set()).add(e["target"])
        for oid, events in shared.items():
            o = v.nodes[oid]
            rows.append({"actor": a["id"], "id": oid, "label": o["label"], "name": o.get("name"),
                         "shared_events": len(events), "events": sorted(events)})
    return sorted(rows, key=lambda r: (r["actor"], -r["shared_events"], r["id"]))


def most_connected(store, limit: int = 10) -> list[dict[str, Any]]:
    v = _View(store)
    rows = []
    for nid, a in sorted(v.nodes.items()):
        if a["label"] not in ACTOR_LABELS:
            continue
        rels = [e for e in v.touching(nid) if e["type"] not in PROVENANCE]
        if not rels:
            continue
        articles = sum(1 for e in v.inc.get(nid, []) if e["type"] == "MENTIONS" and v.label(e["source"]) == "Article")
        rows.append({"id": nid, "label": a["label"], "name": a.get("name"), "degree": len(rels),
                     "relation_types": sorted({e["type"] for e in rels}), "articles": articles})
    rows.sort(key=lambda r: (-r["degree"], r["id"]))
    return rows[:max(int(limit), 0)]


def relationship_evidence(store, source: str, target: str, type: str = "") -> list[dict[str, Any]]:
    v = _View(store)
    labels = ACTOR_LABELS + ("Event", "Location", "Source")
    rows = []
    for a in v.matching(source, labels):
        for b in v.matching(target, labels):
            for e in v.touching(a["id"]):
                if {e["source"], e["target"]} != {a["id"], b["id"]} or a["id"] == b["id"]:
                    continue
                if type != "" and e["type"] != type:
                    continue
                for ev in e.get("evidence") or []:
                    art = v.nodes.get(ev["article"])
                    art = art if art and art["label"] == "Article" else {}
                    rows.append({"relation": e["id"], "type": e["type"], "source_id": e["source"],
                                 "target_id": e["target"], "article": ev["article"], "title": art.get("title"),
                                 "published": art.get("published"), "sentence": ev["sentence"],
                                 "start_char": ev["start"], "end_char": ev["end"], "extractor": ev["extractor"],
                                 "confidence": ev["confidence"]})
    return sorted(rows, key=lambda r: (r["relation"], r["article"], r["start_char"], r["end_char"],
                                       r["extractor"], r["source_id"]))


def articles_mentioning(store, name: str) -> list[dict[str, Any]]:
    v = _View(store)
    rows = []
    for a in v.matching(name, ACTOR_LABELS + ("Location", "Source", "Event")):
        for e in v.inc.get(a["id"], []):
            art = v.nodes[e["source"]]
            if e["type"] != "MENTIONS" or art["label"] != "Article":
                continue
            rows.append({"entity": a["id"], "article": art["id"], "title": art.get("title"),
                         "published": art.get("published"), "path": art.get("path")})
    return sorted(rows, key=lambda r: (r["entity"], _nl(r["published"]), r["article"]))


def _bigrams(text: str) -> list[str]:
    return list(dict.fromkeys(text[i:i + 2] for i in range(len(text) - 1)))


def duplicate_candidates(store, min_similarity: float = 0.8) -> list[dict[str, Any]]:
    v = _View(store)
    actors = [n for _, n in sorted(v.nodes.items()) if n["label"] in ACTOR_LABELS]
    rows = []
    for a, b in itertools.combinations(actors, 2):
        if a["label"] != b["label"]:
            continue
        an, bn = a["name"].lower(), b["name"].lower()
        ag, bg = _bigrams(an), _bigrams(bn)
        similarity = 0.0 if not ag and not bg else 2.0 * sum(1 for g in ag if g in bg) / (len(ag) + len(bg))
        if any(x in lower_names(b) for x in lower_names(a)):
            reason = "shared name or alias"
        elif (bn.startswith(an + " ") or bn.endswith(" " + an) or an.startswith(bn + " ")
              or an.endswith(" " + bn)):
            reason = "name part of the other"
        elif (a["label"] == "Person" and len(an.split(" ")) > 1 and len(bn.split(" ")) > 1
              and an.split(" ")[-1] == bn.split(" ")[-1]):
            reason = "same surname"
        elif similarity >= min_similarity:
            reason = "similar spelling"
        else:
            continue
        rows.append({"label": a["label"], "a_id": a["id"], "a": a["name"], "b_id": b["id"], "b": b["name"],
                     "reason": reason, "similarity": similarity})
    return sorted(rows, key=lambda r: (r["label"], r["a_id"], r["b_id"]))


EMBEDDED: dict[str, Callable[..., list[dict[str, Any]]]] = {
    f.__name__: f for f in (actor_profile, neighbourhood, shortest_paths, who_sanctioned_whom, accusations,
                            negotiation_network, actor_timeline, co_participants, most_connected,
                            relationship_evidence, articles_mentioning, duplicate_candidates)
}
