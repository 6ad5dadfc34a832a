"""The GraphStore interface both stores implement, and the records they exchange.

Nodes and edges cross the interface as plain dicts:

- node: ``{"id", "label", "name", "aliases", ...label properties}``
- edge: ``{"id", "type", "source", "target", "properties", "evidence": [...]}``

so lookups, queries and exports work the same on the embedded store and Neo4j.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import networkx as nx

from newsgraph.schema import ExtractionResult, fold


@dataclass
class UpsertStats:
    articles_added: int = 0
    articles_seen: int = 0
    nodes_added: dict[str, int] = field(default_factory=dict)
    nodes_merged: dict[str, int] = field(default_factory=dict)
    edges_added: int = 0
    edges_merged: int = 0

    def count_node(self, label: str, added: bool) -> None:
        bucket = self.nodes_added if added else self.nodes_merged
        bucket[label] = bucket.get(label, 0) + 1

    def absorb(self, other: "UpsertStats") -> None:
        self.articles_added += other.articles_added
        self.articles_seen += other.articles_seen
        for label, n in other.nodes_added.items():
            self.nodes_added[label] = self.nodes_added.get(label, 0) + n
        for label, n in other.nodes_merged.items():
            self.nodes_merged[label] = self.nodes_merged.get(label, 0) + n
        self.edges_added += other.edges_added
        self.edges_merged += other.edges_merged

    def as_dict(self) -> dict[str, Any]:
        def total(d, *labels):
            return sum(n for k, n in d.items() if not labels or k in labels)
        ents = ("Person", "Organisation", "Country", "Location", "Source")
        return {
            "articles": {"added": self.articles_added, "already_stored": self.articles_seen - self.articles_added},
            "entities": {"added": total(self.nodes_added, *ents), "merged": total(self.nodes_merged, *ents)},
            "events": {"added": total(self.nodes_added, "Event"), "merged": total(self.nodes_merged, "Event")},
            "relations": {"added": self.edges_added, "merged": self.edges_merged},
        }


def result_nodes(result: ExtractionResult) -> list[dict[str, Any]]:
    """The node records an ExtractionResult contributes."""
    nodes: list[dict[str, Any]] = []
    for a in result.articles:
        nodes.append({"id": a.id, "label": "Article", "title": a.title, "published": a.published,
                      "url": a.url, "path": a.path, "source": a.source})
    for e in result.entities:
        rec = {"id": e.id, "label": e.type, "name": e.name, "aliases": list(e.aliases)}
        if e.type == "Person":
            rec.update(titles=list(e.titles), roles=list(e.roles))
        if e.kind:
            rec["kind"] = e.kind
        nodes.append(rec)
    for ev in result.events:
        nodes.append({"id": ev.id, "label": "Event", "name": f"{ev.type} {ev.date or ''}".strip(),
                      "type": ev.type, "date": ev.date, "summary": ev.summary, "location": ev.location,
                      "evidence": [v.model_dump() for v in ev.evidence]})
    return nodes


def result_edges(result: ExtractionResult) -> list[dict[str, Any]]:
    return [{"id": r.id, "type": r.type, "source": r.source, "target": r.target,
             "properties": dict(r.properties), "evidence": [v.model_dump() for v in r.evidence]}
            for r in result.relations]


def node_names(node: dict[str, Any]) -> set[str]:
    """Folded name and aliases: what a user may type to mean this node."""
    out = {fold(node.get("name") or "")} | {fold(a) for a in node.get("aliases") or []}
    out.discard("")
    return out


class GraphStore(ABC):
    """Upsert extraction results and read the graph back."""

    kind = "abstract"

    @abstractmethod
    def upsert(self, result: ExtractionResult) -> UpsertStats:
        """Merge one article's result: by id, evidence appended, never a duplicate node or edge."""

    @contextmanager
    def batch(self) -> Iterator["GraphStore"]:
        """Group several upserts into one durable write (a no-op where each upsert already is)."""
        yield self

    @abstractmethod
    def get(self, node_id: str) -> dict[str, Any] | None: ...

    @abstractmethod
    def nodes(self, label: str | None = None) -> list[dict[str, Any]]: ...

    @abstractmethod
    def edges(self, types: list[str] | None = None) -> list[dict[str, Any]]: ...

    @abstractmethod
    def stats(self) -> dict[str, Any]: ...

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # Generic reads built on nodes()/edges(); stores may override with native queries.
    def find(self, name: str, label: str | None = None) -> list[dict[str, Any]]:
        """Nodes whose id, name or alias equals ``name`` (case- and accent-insensitive)."""
        node = self.get(name)
        if node is not None:
            return [node]
        key = fold(name).removeprefix("the ")
        hits = [n for n in self.nodes(label) if n["label"] != "Article" and
                (key in node_names(n) or ("the " + key) in node_names(n))]
        return sorted(hits, key=lambda n: n["id"])

    def edges_of(self, node_id: str) -> list[dict[str, Any]]:
        return [e for e in self.edges() if node_id in (e["source"], e["target"])]

    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph as a MultiDiGraph (node attrs = record, edge key = relation id)."""
        g = nx.MultiDiGraph()
        for n in self.nodes():
            g.add_node(n["id"], **n)
        for e in self.edges():
            g.add_edge(e["source"], e["target"], key=e["id"], **e)
        return g

    def subgraph(self, node_ids: set[str], types: list[str] | None = None) -> nx.MultiDiGraph:
        g = self.to_networkx()
        sub = g.subgraph(node_ids).copy()
        if types:
            drop = [(u, v, k) for u, v, k, d in sub.edges(keys=True, data=True) if d["type"] not in types]
            sub.remove_edges_from(drop)
        return sub

    def neighbours(self, node_id: str, hops: int = 1, types: list[str] | None = None) -> nx.MultiDiGraph:
        """Nodes within ``hops`` of ``node_id`` (either direction), with the edges among them."""
        g = self.to_networkx()
        if types:
            g.remove_edges_from([(u, v, k) for u, v, k, d in g.edges(keys=True, data=True)
                                 if d["type"] not in types])
        if node_id not in g:
            return nx.MultiDiGraph()
        reach = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), node_id, cutoff=hops)
        return g.subgraph(reach).copy()

    def paths(self, a: str, b: str, max_hops: int = 4, all_paths: bool = False,
              types: list[str] | None = None) -> list[list[dict[str, Any]]]:
        """Shortest path(s) from a to b as lists of edge records, ignoring direction and MENTIONS."""
        return select_paths(self.to_networkx(), a, b, max_hops, all_paths, types)


PATH_SKIP = ("MENTIONS", "REPORTED_BY")  # paths never go through provenance


def _evidence_count(edge: dict[str, Any]) -> int:
    return len(edge["evidence"])


def select_paths(g: nx.MultiDiGraph, a: str, b: str, max_hops: int | None, all_paths: bool,
                 types: list[str] | None, evidence_count: Callable[[dict], int] = _evidence_count
                 ) -> list[list[dict[str, Any]]]:
    """Shortest path(s) on ``g`` ignoring direction and provenance; between two hop nodes the
    edge with the most evidence wins. Both stores call this, so ties break the same way."""
    und = nx.MultiGraph()
    und.add_nodes_from(g.nodes)
    for u, v, k, d in g.edges(keys=True, data=True):
        if d["type"] in PATH_SKIP or (types and d["type"] not in types):
            continue
        und.add_edge(u, v, key=k, **d)
    if a not in und or b not in und:
        return []
    try:
        node_paths = list(nx.all_shortest_paths(und, a, b)) if all_paths else [nx.shortest_path(und, a, b)]
    except nx.NetworkXNoPath:
        return []
    out = []
    for p in node_paths:
        if max_hops is not None and len(p) - 1 > max_hops:
            continue
        out.append([sorted(und.get_edge_data(u, v).values(), key=lambda d: -evidence_count(d))[0]
                    for u, v in zip(p, p[1:])])
    return out
