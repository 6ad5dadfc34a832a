"""Find the node a user means, and answer questions about it.

A NAME may be an id, a name or an alias. Several matches raise
AmbiguousNameError listing them; none raises NotFoundError with the closest
names and aliases (rapidfuzz) as a hint.

Every function here reads the store only through the generic GraphStore
methods (``find``, ``get``, ``nodes``, ``edges``, ``edges_of``,
``to_networkx``, ``paths``), so the embedded store and Neo4j give the same
answers. Results are plain JSON-able dicts: the CLI prints them as tables or,
with ``--json``, as they are.

Dates are ISO strings of any precision (``2023``, ``2023-02``,
``2023-02-05``). They sort by (year, month, day) with missing parts first, so
2023 < 2023-02 < 2023-02-05, and they are always shown as written. A partial
date is a span when filtering: ``2023`` is on or after ``--since 2023-06``.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Iterable

import networkx as nx
from rapidfuzz import fuzz, process

from newsgraph.errors import AmbiguousNameError, NotFoundError
from newsgraph.graph import GraphStore
from newsgraph.schema import RELATION_TYPES, fold
from newsgraph.schema.vocabulary import VOCAB

SKIP_IN_PROFILE = ("MENTIONS",)
PROVENANCE = ("MENTIONS", "REPORTED_BY")
EVENT_ROLES = tuple(n for n, s in VOCAB.relations.items() if s.group == "event")

# dates ------------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTH_END = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def parse_date(value: str) -> tuple[int, int, int]:
    """``YYYY[-MM[-DD]]`` as a sort key with missing parts as 0; ValueError otherwise."""
    m = _DATE.match(value.strip()) if isinstance(value, str) else None
    if not m:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    if m.group(2) and not 1 <= mo <= 12 or m.group(3) and not 1 <= d <= _MONTH_END[mo - 1]:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return (y, mo, d)


def date_key(value: str | None) -> tuple:
    """Sort key: undated last, then 2023 < 2023-02 < 2023-02-05 < 2023-03."""
    if not value:
        return (1, 0, 0, 0)
    try:
        return (0, *parse_date(value))
    except ValueError:
        return (1, 0, 0, 0)


def date_span(value: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """First and last day a partial date can mean: 2023 -> (2023,1,1)..(2023,12,31)."""
    y, m, d = parse_date(value)
    if not m:
        return (y, 1, 1), (y, 12, 31)
    if not d:
        return (y, m, 1), (y, m, _MONTH_END[m - 1])
    return (y, m, d), (y, m, d)


def in_range(value: str | None, since: str | None = None, until: str | None = None) -> bool:
    """Whether a (partial) date may fall in [since, until]; undated values never do when a bound is set."""
    if not since and not until:
        return True
    if not value:
        return False
    try:
        lo, hi = date_span(value)
    except ValueError:
        return False
    if since and hi < date_span(since)[0]:
        return False
    if until and lo > date_span(until)[1]:
        return False
    return True


# names ------------------------------------------------------------------------------

def _display(node: dict[str, Any] | None, fallback: str = "") -> str:
    if not node:
        return fallback
    if node.get("label") == "Article":
        return node.get("title") or node.get("path") or node["id"]
    return node.get("name") or node["id"]


def _name_choices(store: GraphStore, labels: Iterable[str] | None = None) -> list[tuple[str, dict]]:
    """(text, node) for every name and alias of every non-Article node."""
    out = []
    wanted = set(labels) if labels else None
    for n in store.nodes():
        if n["label"] == "Article" or (wanted and n["label"] not in wanted):
            continue
        texts = [n.get("name") or n["id"]] + list(n.get("aliases") or [])
        for t in dict.fromkeys(t for t in texts if t):
            out.append((t, n))
    return out


def _fuzzy(store: GraphStore, text: str, limit: int, cutoff: float,
           labels: Iterable[str] | None = None) -> list[dict[str, Any]]:
    choices = _name_choices(store, labels)
    if not choices or not text.strip():
        return []
    hits = process.extract(fold(text), [fold(t) for t, _ in choices], scorer=fuzz.WRatio,
                           limit=None, score_cutoff=cutoff)
    best: dict[str, dict[str, Any]] = {}
    for _choice, score, idx in hits:
        matched, node = choices[idx]
        exact = fold(matched) == fold(text)
        score = 100.0 if exact else float(score)
        prev = best.get(node["id"])
        if prev is None or score > prev["score"]:
            best[node["id"]] = {"id": node["id"], "label": node["label"], "name": node.get("name"),
                                "matched": matched, "score": round(score, 1)}
    ranked = sorted(best.values(), key=lambda h: (-h["score"], h["name"] or "", h["id"]))
    return ranked[:limit]


def suggestions(store: GraphStore, name: str, limit: int = 5) -> list[str]:
    """The closest names and aliases, as ``"Name (id)"`` strings, for an unknown NAME."""
    hits = _fuzzy(store, name, limit, 60)
    floor = max(60.0, hits[0]["score"] - 15) if hits else 0
    out = []
    for h in (h for h in hits if h["score"] >= floor):
        via = f", alias {h['matched']!r}" if h["matched"] != h["name"] else ""
        out.append(f"{h['name']} ({h['id']}{via})")
    return out


def resolve_name(store: GraphStore, name: str, label: str | None = None) -> dict[str, Any]:
    hits = store.find(name, label)
    if len(hits) == 1:
        return hits[0]
    if not hits:
        close = suggestions(store, name)
        hint = ("did you mean: " + "; ".join(close)) if close else "run `newsgraph search TEXT` or `newsgraph stats`"
        raise NotFoundError(f"no entity named {name!r}", hint=hint)
    cands = [{"id": h["id"], "label": h["label"], "name": h.get("name")} for h in hits]
    listing = "; ".join(f"{c['name']} [{c['label']}] ({c['id']})" for c in cands)
    raise AmbiguousNameError(f"{name!r} matches {len(hits)} entities: {listing}", candidates=cands,
                             hint="pass the id instead of the name")


def search(store: GraphStore, text: str, limit: int = 10, label: str | None = None,
           cutoff: float = 60) -> list[dict[str, Any]]:
    """Fuzzy search over names and aliases: best match per node, best first."""
    return _fuzzy(store, text, limit, cutoff, [label] if label else None)


# profile ----------------------------------------------------------------------------

class _Nodes:
    """A small per-call cache of node lookups (each ``get`` is a round trip on Neo4j)."""

    def __init__(self, store: GraphStore):
        self.store = store
        self.cache: dict[str, dict[str, Any] | None] = {}

    def __call__(self, node_id: str) -> dict[str, Any] | None:
        if node_id not in self.cache:
            self.cache[node_id] = self.store.get(node_id)
        return self.cache[node_id]

    def name(self, node_id: str) -> str:
        return _display(self(node_id), node_id)


def _symmetric(rel_type: str) -> bool:
    spec = VOCAB.relations.get(rel_type)
    return bool(spec and spec.symmetric)


def _articles(edge: dict[str, Any]) -> list[str]:
    return sorted({v["article"] for v in edge.get("evidence") or []})


def _confidence(edge: dict[str, Any]) -> float | None:
    return max((v["confidence"] for v in edge.get("evidence") or []), default=None)


def _edge_date(edge: dict[str, Any], nodes: _Nodes) -> str | None:
    """The date of a relation: its own ``date`` property, else the date of the event it touches."""
    props = edge.get("properties") or {}
    if props.get("date"):
        return props["date"]
    for end in (edge["target"], edge["source"]):
        n = nodes(end)
        if n and n.get("label") == "Event" and n.get("date"):
            return n["date"]
    return None


def _by_names(edge: dict[str, Any], nodes: _Nodes) -> list[dict[str, Any]]:
    by = (edge.get("properties") or {}).get("by") or []
    if isinstance(by, str):
        by = [by]
    return [{"id": b, "name": nodes.name(b), "label": (nodes(b) or {}).get("label")} for b in by]


def _evidence(edge: dict[str, Any], nodes: _Nodes) -> list[dict[str, Any]]:
    """Evidence records with the article's title, date, path and url added."""
    out = []
    for v in edge.get("evidence") or []:
        art = nodes(v["article"]) or {}
        out.append({**v, "article_title": art.get("title"), "article_published": art.get("published"),
                    "article_path": art.get("path"), "article_url": art.get("url"),
                    "article_source": art.get("source")})
    return out


def _direction(edge: dict[str, Any], node_id: str) -> str:
    if _symmetric(edge["type"]):
        return "--"
    return "->" if edge["source"] == node_id else "<-"


def profile(store: GraphStore, name: str) -> dict[str, Any]:
    """The node, and its relations grouped by type and direction, with evidence.

    Groups are keyed ``"TYPE ->"`` (outgoing), ``"TYPE <-"`` (incoming) or
    ``"TYPE --"`` (symmetric). Each relation names its counterpart and carries
    the date, the best confidence, the number of supporting articles, the
    properties (role, by ...) and the evidence.
    """
    node = resolve_name(store, name)
    nodes = _Nodes(store)
    nodes.cache[node["id"]] = node
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in store.edges_of(node["id"]):
        if e["type"] in SKIP_IN_PROFILE:
            continue
        outgoing = e["source"] == node["id"]
        other = nodes(e["target"] if outgoing else e["source"]) or {}
        key = f"{e['type']} {_direction(e, node['id'])}"
        groups[key].append({
            "relation": e["id"], "type": e["type"], "direction": _direction(e, node["id"]),
            "counterpart": other.get("id"), "counterpart_name": _display(other),
            "counterpart_label": other.get("label"), "date": _edge_date(e, nodes),
            "properties": e.get("properties") or {}, "by": _by_names(e, nodes),
            "confidence": _confidence(e), "articles": len(_articles(e)),
            "evidence": _evidence(e, nodes),
        })
    for rels in groups.values():
        rels.sort(key=lambda r: (date_key(r["date"]), r["counterpart_name"] or "", r["relation"]))
    return {"entity": node, "relations": {k: groups[k] for k in sorted(groups)}}


def who(store: GraphStore, name: str, evidence: bool = False) -> dict[str, Any]:
    """``newsgraph who``: the profile; evidence sentences only when asked for."""
    data = profile(store, name)
    if not evidence:
        for rels in data["relations"].values():
            for r in rels:
                r.pop("evidence")
    return data


# paths ------------------------------------------------------------------------------

def _hop(edge: dict[str, Any], frm: str, nodes: _Nodes) -> dict[str, Any]:
    to = edge["target"] if edge["source"] == frm else edge["source"]
    ev = sorted(edge.get("evidence") or [], key=lambda v: -v["confidence"])
    best = ev[0] if ev else {}
    art = nodes(best["article"]) if best else None
    return {
        "from": frm, "from_name": nodes.name(frm), "to": to, "to_name": nodes.name(to),
        "type": edge["type"], "relation": edge["id"],
        "direction": "--" if _symmetric(edge["type"]) else ("->" if edge["source"] == frm else "<-"),
        "properties": edge.get("properties") or {},
        "confidence": _confidence(edge), "articles": len(_articles(edge)),
        "sentence": best.get("sentence"), "article": best.get("article"),
        "article_title": (art or {}).get("title"),
    }


def path(store: GraphStore, a: str, b: str, max_hops: int = 4, all_paths: bool = False,
         types: list[str] | None = None) -> dict[str, Any]:
    """The shortest path(s) between two nodes, each hop with its type and best evidence sentence."""
    na, nb = resolve_name(store, a), resolve_name(store, b)
    nodes = _Nodes(store)
    nodes.cache.update({na["id"]: na, nb["id"]: nb})
    if na["id"] == nb["id"]:
        return {"from": na, "to": nb, "paths": [[]]}
    raw = store.paths(na["id"], nb["id"], max_hops=max_hops, all_paths=all_paths, types=types)
    if not raw:
        raise NotFoundError(f"no path between {_display(na)!r} and {_display(nb)!r} within {max_hops} hops",
                            hint="raise --max-hops, or check both with `newsgraph neighbours`")
    out = []
    for edges in raw:
        cur, hops = na["id"], []
        for e in edges:
            hop = _hop(e, cur, nodes)
            hops.append(hop)
            cur = hop["to"]
        out.append(hops)
    out.sort(key=lambda hs: [(h["type"], h["to_name"]) for h in hs])
    return {"from": {k: na.get(k) for k in ("id", "label", "name")},
            "to": {k: nb.get(k) for k in ("id", "label", "name")}, "paths": out}


# neighbourhoods -----------------------------------------------------------------------

def filtered_graph(store: GraphStore, types: list[str] | None = None, since: str | None = None,
                   until: str | None = None, articles: bool = False) -> nx.MultiDiGraph:
    """The stored graph without provenance (unless asked), keeping only ``types`` and dated ranges.

    ``since``/``until`` drop Events dated outside the range and relations whose
    own ``date`` property is outside it; undated things stay.
    """
    return _filter(store.to_networkx(), types, since, until, articles)


def local_graph(store: GraphStore, node_id: str, hops: int, types: list[str] | None = None,
                since: str | None = None, until: str | None = None,
                articles: bool = False) -> nx.MultiDiGraph:
    """``filtered_graph`` cut to the ``hops`` ball around ``node_id``, read from the store's ball only.

    Filters only remove nodes and edges, so everything the filtered graph
    reaches within ``hops`` lies inside the unfiltered ball: fetching that ball
    (natively on Neo4j) and filtering it gives the same answer as filtering the
    whole graph, without reading the whole graph.
    """
    keep_prov = articles or bool(set(types or ()) & set(PROVENANCE))
    fetch = list(types) if types else None
    if fetch is None and not keep_prov:
        fetch = [t for t in RELATION_TYPES if t not in PROVENANCE]
    return _filter(store.neighbours(node_id, hops, fetch), types, since, until, articles)


def _filter(g: nx.MultiDiGraph, types, since, until, articles) -> nx.MultiDiGraph:
    wanted = set(types or ())
    keep_prov = articles or bool(wanted & set(PROVENANCE))
    drop_edges = []
    for u, v, k, d in g.edges(keys=True, data=True):
        if wanted and d["type"] not in wanted:
            drop_edges.append((u, v, k))
        elif not keep_prov and d["type"] in PROVENANCE:
            drop_edges.append((u, v, k))
        elif (since or until) and (d.get("properties") or {}).get("date") and \
                not in_range(d["properties"]["date"], since, until):
            drop_edges.append((u, v, k))
    g.remove_edges_from(drop_edges)
    drop_nodes = [n for n, d in g.nodes(data=True)
                  if (not keep_prov and d.get("label") == "Article")
                  or ((since or until) and d.get("label") == "Event" and d.get("date")
                      and not in_range(d["date"], since, until))]
    g.remove_nodes_from(drop_nodes)
    return g


def reach(g: nx.MultiDiGraph, node_id: str, hops: int) -> dict[str, int]:
    """Distance (ignoring direction) of every node within ``hops`` of ``node_id``."""
    if node_id not in g:
        return {}
    return dict(nx.single_source_shortest_path_length(g.to_undirected(as_view=True), node_id, cutoff=hops))


def neighbours(store: GraphStore, name: str, hops: int = 1, types: list[str] | None = None,
               since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """Nodes within ``hops`` of NAME, each with its distance and the relations that reach it."""
    node = resolve_name(store, name)
    g = local_graph(store, node["id"], hops, types, since, until)
    if node["id"] not in g:  # an Event outside the date range, or an Article
        g.add_node(node["id"], **node)
    dist = reach(g, node["id"], hops)
    out = []
    for nid, d in dist.items():
        if nid == node["id"]:
            continue
        data = g.nodes[nid]
        via = []
        for u, v, e in list(g.in_edges(nid, data=True)) + list(g.out_edges(nid, data=True)):
            other = u if v == nid else v
            if dist.get(other) == d - 1:
                direction = "--" if _symmetric(e["type"]) else ("->" if u == other else "<-")
                via.append({"relation": e["id"], "type": e["type"], "from": other,
                            "from_name": _display(g.nodes[other], other), "direction": direction,
                            "confidence": _confidence(e), "articles": len(_articles(e))})
        via.sort(key=lambda x: (x["type"], x["from_name"]))
        out.append({"id": nid, "label": data.get("label"), "name": _display(data, nid), "hops": d,
                    "date": data.get("date"), "via": via})
    out.sort(key=lambda n: (n["hops"], n["label"] or "", n["name"].lower(), n["id"]))
    sub = g.subgraph(dist)
    return {"entity": {k: node.get(k) for k in ("id", "label", "name")}, "hops": hops,
            "types": list(types or []), "since": since, "until": until, "neighbours": out,
            "edges": sub.number_of_edges()}


# timeline ---------------------------------------------------------------------------

def timeline(store: GraphStore, name: str | None = None, since: str | None = None,
             until: str | None = None) -> dict[str, Any]:
    """Events in date order with their participants and roles (optionally those of one actor)."""
    focus = resolve_name(store, name) if name else None
    nodes = _Nodes(store)
    events = {n["id"]: n for n in store.nodes("Event")}
    nodes.cache.update(events)
    edges = store.edges()
    wanted: set[str] | None = None
    if focus is not None:
        if focus["label"] == "Event":
            wanted = {focus["id"]}
        else:
            wanted = {e["target"] if e["source"] == focus["id"] else e["source"]
                      for e in edges if focus["id"] in (e["source"], e["target"])
                      and e["type"] not in PROVENANCE}
    parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    places: dict[str, list[str]] = defaultdict(list)
    for e in edges:
        if e["target"] in events and e["type"] in EVENT_ROLES:
            props = e.get("properties") or {}
            parts[e["target"]].append({
                "id": e["source"], "name": nodes.name(e["source"]),
                "label": (nodes(e["source"]) or {}).get("label"), "role": e["type"],
                "detail": props.get("role"), "by": [b["name"] for b in _by_names(e, nodes)],
                "confidence": _confidence(e), "relation": e["id"]})
        elif e["source"] in events and e["type"] == "OCCURRED_IN":
            places[e["source"]].append(nodes.name(e["target"]))
    rows = []
    for eid, ev in events.items():
        if wanted is not None and eid not in wanted:
            continue
        if not in_range(ev.get("date"), since, until):
            continue
        location = places.get(eid) or ([nodes.name(ev["location"])] if ev.get("location") else [])
        rows.append({
            "id": eid, "date": ev.get("date"), "type": ev.get("type"), "summary": ev.get("summary") or "",
            "location": ", ".join(sorted(set(location))) or None,
            "participants": sorted(parts.get(eid, []), key=lambda p: (p["role"], p["name"])),
            "articles": len({v["article"] for v in ev.get("evidence") or []}),
        })
    rows.sort(key=lambda r: (date_key(r["date"]), r["type"] or "", r["id"]))
    return {"entity": {k: focus.get(k) for k in ("id", "label", "name")} if focus else None,
            "since": since, "until": until, "events": rows}


# explain ----------------------------------------------------------------------------

def find_relation(store: GraphStore, relation_id: str) -> dict[str, Any]:
    """An edge by id (``rel:…``, with or without the prefix, or a unique prefix of it)."""
    rid = relation_id.strip()
    key = rid if rid.startswith("rel:") else "rel:" + rid
    edges = store.edges()
    exact = [e for e in edges if e["id"] in (rid, key)]
    if exact:
        return exact[0]
    pref = [e for e in edges if e["id"].startswith(key)] if len(key) > len("rel:") else []
    if len(pref) == 1:
        return pref[0]
    if len(pref) > 1:
        cands = [{"id": e["id"], "type": e["type"], "source": e["source"], "target": e["target"]} for e in pref]
        raise AmbiguousNameError(f"relation id prefix {relation_id!r} matches {len(pref)} relations: "
                                 + "; ".join(c["id"] for c in cands[:10]), candidates=cands,
                                 hint="give more characters of the id")
    raise NotFoundError(f"no relation with id {relation_id!r}",
                        hint="relation ids are shown by `newsgraph who NAME --json`; or use `explain A TYPE B`")


def find_relations_between(store: GraphStore, a: str, rel_type: str, b: str) -> list[dict[str, Any]]:
    rel_type = rel_type.upper()
    if rel_type not in VOCAB.relations:
        raise NotFoundError(f"unknown relationship type {rel_type!r}",
                            hint="one of: " + ", ".join(VOCAB.relations))
    na, nb = resolve_name(store, a), resolve_name(store, b)
    ids = {na["id"], nb["id"]}
    hits = [e for e in store.edges_of(na["id"]) if e["type"] == rel_type
            and {e["source"], e["target"]} == ids
            and (e["source"] == na["id"] or _symmetric(rel_type))]
    if not hits:
        back = [e for e in store.edges_of(na["id"]) if e["type"] == rel_type
                and e["source"] == nb["id"] and e["target"] == na["id"]]
        hint = (f"the stored relation goes the other way: explain {_display(nb)!r} {rel_type} {_display(na)!r}"
                if back else "see `newsgraph who NAME` for the relations stored")
        raise NotFoundError(f"no {rel_type} relation from {_display(na)!r} to {_display(nb)!r}", hint=hint)
    return hits


def explain(store: GraphStore, relation: str, rel_type: str | None = None,
            target: str | None = None) -> dict[str, Any]:
    """Full provenance of one edge: every supporting article, sentence, offsets, rule, confidence, `by`."""
    if rel_type is None:
        edge = find_relation(store, relation)
    else:
        edge = find_relations_between(store, relation, rel_type, target or "")[0]
    nodes = _Nodes(store)
    src, tgt = nodes(edge["source"]) or {}, nodes(edge["target"]) or {}
    evidence = sorted(_evidence(edge, nodes),
                      key=lambda v: (date_key(v["article_published"]), v["article"], v["start"]))
    return {
        "relation": edge["id"], "type": edge["type"], "symmetric": _symmetric(edge["type"]),
        "source": {"id": edge["source"], "name": _display(src, edge["source"]), "label": src.get("label")},
        "target": {"id": edge["target"], "name": _display(tgt, edge["target"]), "label": tgt.get("label")},
        "date": _edge_date(edge, nodes), "properties": edge.get("properties") or {},
        "by": _by_names(edge, nodes), "confidence": _confidence(edge),
        "articles": len(_articles(edge)), "evidence": evidence,
    }
