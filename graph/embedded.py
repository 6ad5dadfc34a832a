"""The embedded store: a networkx MultiDiGraph persisted to one JSON file.

Needs nothing started. Writes are atomic (temp file, fsync, rename) and
serialised with a lock file, and every batch re-reads the file under the lock,
so two concurrent ``ingest`` runs both land and a crash mid-write leaves the
previous file intact. The JSON is written in sorted order, which makes
re-ingesting the same article leave the file byte-for-byte unchanged.
"""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import networkx as nx
from filelock import FileLock, Timeout

from newsgraph.errors import StoreError
from newsgraph.schema import ExtractionResult

from .base import GraphStore, UpsertStats, result_edges, result_nodes
from .merge import merge_edge, merge_node

FORMAT = "newsgraph-embedded"
VERSION = 1
DEFAULT_PATH = Path("newsgraph-data") / "graph.json"
LOCK_TIMEOUT = 120


class EmbeddedStore(GraphStore):
    kind = "embedded"

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path or os.environ.get("NEWSGRAPH_STORE") or DEFAULT_PATH)
        if self.path.is_dir():
            self.path = self.path / "graph.json"
        self._lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT)
        self._in_batch = False
        self.graph = nx.MultiDiGraph()
        self.merges: list[dict[str, Any]] = []
        self._load()

    # persistence ------------------------------------------------------------------
    def _load(self) -> None:
        self.graph = nx.MultiDiGraph()
        self.merges = []
        if not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise StoreError(f"{self.path}: cannot read the store ({exc})",
                             hint="restore it from a backup or point --store elsewhere") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise StoreError(f"{self.path}: not a newsgraph store file",
                             hint="point --store at a newsgraph graph.json or a new path")
        for n in data.get("nodes", []):
            self.graph.add_node(n["id"], **n)
        for e in data.get("edges", []):
            self.graph.add_edge(e["source"], e["target"], key=e["id"], **e)
        self.merges = data.get("merges", [])

    def _dump(self) -> str:
        nodes = [self.graph.nodes[n] for n in sorted(self.graph.nodes)]
        edges = sorted((d for _, _, d in self.graph.edges(data=True)), key=lambda d: d["id"])
        data = {"format": FORMAT, "version": VERSION, "nodes": nodes, "edges": edges, "merges": self.merges}
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"

    def save(self) -> None:
        """Atomically replace the store file: a crash leaves either the old or the new file."""
        text = self._dump()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".graph-", suffix=".tmp", dir=self.path.parent)
            try:
                os.fchmod(fd, self._file_mode())
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write(text)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                if os.path.exists(tmp):
                    os.unlink(tmp)
                raise
            dir_fd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write the store ({exc.strerror})") from None

    def _file_mode(self) -> int:
        """Keep the store's permissions across rewrites; a new store gets 0644 (mkstemp makes 0600)."""
        try:
            return self.path.stat().st_mode & 0o777
        except OSError:
            return 0o644

    @contextmanager
    def batch(self) -> Iterator["EmbeddedStore"]:
        """Hold the lock, re-read the file, apply upserts, write once; on error write nothing."""
        if self._in_batch:
            yield self
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire()
        except Timeout:
            raise StoreError(f"{self.path}: store is locked by another newsgraph process",
                             hint="wait for the other ingest to finish") from None
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot lock the store ({exc.strerror})") from None
        self._in_batch = True
        try:
            self._load()
            yield self
            self.save()
        except BaseException:
            self._load() if self.path.exists() else None
            raise
        finally:
            self._in_batch = False
            self._lock.release()

    # writes ---------------------------------------------------------------------
    def upsert(self, result: ExtractionResult) -> UpsertStats:
        with self.batch():
            return self._upsert(result)

    def _upsert(self, result: ExtractionResult) -> UpsertStats:
        stats = UpsertStats()
        g = self.graph
        for node in result_nodes(result):
            nid = node["id"]
            existing = g.nodes[nid] if nid in g else None
            if node["label"] == "Article":
                stats.articles_seen += 1
                stats.articles_added += existing is None
            else:
                stats.count_node(node["label"], existing is None)
            merged = merge_node(dict(existing) if existing else None, node)
            g.add_node(nid)
            g.nodes[nid].clear()
            g.nodes[nid].update(merged)
        for edge in result_edges(result):
            old = g.get_edge_data(edge["source"], edge["target"], key=edge["id"])
            if old is None:
                stats.edges_added += 1
            elif edge["type"] != "MENTIONS":
                stats.edges_merged += 1
            merged = merge_edge(dict(old) if old else None, edge)
            if old is not None:
                g.remove_edge(edge["source"], edge["target"], key=edge["id"])
            g.add_edge(edge["source"], edge["target"], key=edge["id"], **merged)
        return stats

    def record_merge(self, entry: dict[str, Any]) -> None:
        """Keep an inspectable log of cross-article entity merges."""
        if entry not in self.merges:
            self.merges.append(entry)

    # reads ----------------------------------------------------------------------
    def get(self, node_id: str) -> dict[str, Any] | None:
        return dict(self.graph.nodes[node_id]) if node_id in self.graph else None

    def nodes(self, label: str | None = None) -> list[dict[str, Any]]:
        return [dict(d) for _, d in sorted(self.graph.nodes(data=True)) if label is None or d["label"] == label]

    def edges(self, types: list[str] | None = None) -> list[dict[str, Any]]:
        out = [dict(d) for _, _, d in self.graph.edges(data=True) if not types or d["type"] in types]
        return sorted(out, key=lambda d: d["id"])

    def edges_of(self, node_id: str) -> list[dict[str, Any]]:
        if node_id not in self.graph:
            return []
        out = [dict(d) for _, _, d in self.graph.out_edges(node_id, data=True)]
        out += [dict(d) for _, _, d in self.graph.in_edges(node_id, data=True)]
        return sorted(out, key=lambda d: d["id"])

    def to_networkx(self) -> nx.MultiDiGraph:
        return self.graph.copy()

    def stats(self) -> dict[str, Any]:
        labels: dict[str, int] = {}
        for _, d in self.graph.nodes(data=True):
            labels[d["label"]] = labels.get(d["label"], 0) + 1
        types: dict[str, int] = {}
        evidence = 0
        for _, _, d in self.graph.edges(data=True):
            types[d["type"]] = types.get(d["type"], 0) + 1
            evidence += len(d.get("evidence", []))
        return {"store": f"embedded:{self.path}", "nodes": self.graph.number_of_nodes(),
                "edges": self.graph.number_of_edges(), "labels": dict(sorted(labels.items())),
                "relationship_types": dict(sorted(types.items())), "evidence": evidence,
                "merges": len(self.merges)}
