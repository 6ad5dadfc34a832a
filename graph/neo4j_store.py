"""The Neo4j store: the same GraphStore contract as the embedded store, on a Neo4j 5 server.

How records map onto Neo4j
--------------------------
- A node record ``{"id", "label", ...}`` becomes a node with that label (plus
  ``:Actor`` for Person/Organisation/Country) whose properties are the record's
  fields. ``None`` fields are listed in ``_nulls`` (Neo4j cannot store null),
  values Neo4j cannot store natively (maps, mixed lists) are JSON strings
  listed in ``_json``. ``names_folded`` (folded name + aliases, for ``find``)
  and ``aliases_text`` (for the full-text index) are derived on every write.
- An edge record becomes a relationship of its type carrying ``id``, its
  ``properties`` as plain relationship properties (so ``r.role``, ``r.by`` work
  in Cypher; their keys are listed in ``_props``) and its evidence as parallel
  lists ``evidence_article``, ``evidence_sentence``, ``evidence_start``,
  ``evidence_end``, ``evidence_extractor``, ``evidence_confidence``.
- Entity merges (graph/resolve.py) are ``:Merge`` nodes.

Writes
------
One managed write transaction (``execute_write``, retried by the driver on
transient errors) per upsert, i.e. per article. Inside it the store takes a
write lock on one ``:NewsgraphMeta`` node (serialising concurrent writers),
reads the stored records for the ids in the batch, merges them in Python with
graph/merge.py (the exact semantics of the embedded store) and writes them
back with ``UNWIND $rows`` + ``MERGE``. Labels and relationship types are
checked against the vocabulary before they are formatted into Cypher; every
value travels as a parameter.

Errors
------
Driver errors never escape raw and are never swallowed: they become one-line
StoreErrors ("Cannot reach Neo4j at bolt://…", "authentication failed for user
'neo4j' at …", "Neo4j refused the request …: <code>: <message>") with the
driver's exception kept as ``__cause__``.

Reads inside ``batch()`` (entity resolution before each upsert) are served from
a per-label cache that the store's own writes keep current.
"""
from __future__ import annotations

import hashlib
import json
import operator
import os
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator

import networkx as nx

from newsgraph.errors import StoreError
from newsgraph.schema import ACTOR_LABELS, LABELS, RELATION_TYPES, ExtractionResult, constraint_statements

from .base import PATH_SKIP, GraphStore, UpsertStats, node_names, result_edges, result_nodes, select_paths
from .merge import merge_edge, merge_node

try:  # the driver is a hard dependency, but keep the import error readable
    from neo4j import GraphDatabase
    from neo4j import exceptions as nx_exc
except ImportError as exc:  # pragma: no cover
    raise ImportError(f"the neo4j Python driver is not installed ({exc}); pip install neo4j") from exc

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "newsgraph-dev"

EVIDENCE_FIELDS = ("article", "sentence", "start", "end", "extractor", "confidence")
EVIDENCE_PROPS = tuple(f"evidence_{f}" for f in EVIDENCE_FIELDS)
# Node properties derived on write and never part of the record.
DERIVED_NODE_PROPS = {"names_folded", "aliases_text", "_nulls", "_json"} | set(EVIDENCE_PROPS)
EDGE_INTERNAL = {"id", "_props", "_nulls", "_json"} | set(EVIDENCE_PROPS)
META_LABEL = "NewsgraphMeta"
MERGE_LABEL = "Merge"
PUSH_CHUNK = 500
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

_HINT_START = ("start the bundled server with `scripts/neo4j start` (or `make neo4j`), "
               "or point NEO4J_URI at your own Neo4j")
_HINT_AUTH = "set NEO4J_USER / NEO4J_PASSWORD (the bundled server uses neo4j / newsgraph-dev)"


# --------------------------------------------------------------------------- validation
def check_label(label: str) -> str:
    """A vocabulary label, safe to format into Cypher (never user text)."""
    if label not in LABELS:
        raise StoreError(f"refusing unknown node label {label!r}",
                         hint=f"labels come from schema/vocabulary.toml: {', '.join(LABELS)}")
    return label


def check_type(rel_type: str) -> str:
    """A vocabulary relationship type, safe to format into Cypher."""
    if rel_type not in RELATION_TYPES:
        raise StoreError(f"refusing unknown relationship type {rel_type!r}",
                         hint=f"types come from schema/vocabulary.toml: {', '.join(RELATION_TYPES)}")
    return rel_type


def _label_of(labels: Iterable[str]) -> str | None:
    for label in labels:
        if label in LABELS:
            return label
    return None


# --------------------------------------------------------------------------- encoding
def _storable(value: Any) -> bool:
    """Can Neo4j hold this as a property value as it is (and give it back equal)?"""
    if isinstance(value, (str, bool, int, float)):
        return not isinstance(value, int) or isinstance(value, bool) or -2**63 <= value < 2**63
    if isinstance(value, list):
        if not value:
            return True
        kinds = {type(v) for v in value}
        return len(kinds) == 1 and kinds.pop() in (str, bool, int, float) and all(_storable(v) for v in value)
    return False


def _encode_fields(fields: dict[str, Any], props: dict[str, Any]) -> None:
    nulls, js = [], []
    for k, v in fields.items():
        if v is None:
            nulls.append(k)
        elif _storable(v):
            props[k] = v
        else:
            props[k] = json.dumps(v, ensure_ascii=False, sort_keys=True)
            js.append(k)
    props["_nulls"] = sorted(nulls)
    props["_json"] = sorted(js)


def _encode_evidence(evidence: list[dict[str, Any]], props: dict[str, Any]) -> None:
    for f in EVIDENCE_FIELDS:
        props[f"evidence_{f}"] = [ev[f] for ev in evidence]


def _decode_evidence(props: dict[str, Any]) -> list[dict[str, Any]]:
    cols = [props.get(p) or [] for p in EVIDENCE_PROPS]
    return [dict(zip(EVIDENCE_FIELDS, row)) for row in zip(*cols)]


def encode_node(rec: dict[str, Any]) -> dict[str, Any]:
    """Node record -> Neo4j property map (see the module docstring)."""
    fields = {k: v for k, v in rec.items() if k not in ("label", "evidence") and k not in DERIVED_NODE_PROPS}
    props: dict[str, Any] = {}
    _encode_fields(fields, props)
    if "evidence" in rec:
        _encode_evidence(rec["evidence"] or [], props)
    if rec.get("label") != "Article":
        props["names_folded"] = sorted(node_names(rec))
        props["aliases_text"] = " | ".join(rec.get("aliases") or [])
    return props


def decode_node(labels: Iterable[str], props: dict[str, Any]) -> dict[str, Any]:
    rec: dict[str, Any] = {"label": _label_of(labels)}
    js = set(props.get("_json") or [])
    for k, v in props.items():
        if k in DERIVED_NODE_PROPS:
            continue
        rec[k] = json.loads(v) if k in js else v
    for k in props.get("_nulls") or []:
        rec[k] = None
    if "evidence_article" in props:
        rec["evidence"] = _decode_evidence(props)
    return rec


def encode_edge(rec: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = {"id": rec["id"]}
    user = dict(rec.get("properties") or {})
    clash = {k: user.pop(k) for k in list(user) if k in EDGE_INTERNAL or k.startswith("evidence_")}
    fields: dict[str, Any] = {}
    for k, v in user.items():
        fields[k] = v
    _encode_fields(fields, props)
    if clash:  # a property named like one of ours: keep it, JSON-encoded under a safe key
        props["_clash"] = json.dumps(clash, ensure_ascii=False, sort_keys=True)
    props["_props"] = sorted(user)
    _encode_evidence(rec.get("evidence") or [], props)
    return props


def decode_edge(rel_type: str, source: str, target: str, props: dict[str, Any]) -> dict[str, Any]:
    js = set(props.get("_json") or [])
    user: dict[str, Any] = {}
    for k in props.get("_props") or []:
        if k in props:
            user[k] = json.loads(props[k]) if k in js else props[k]
    for k in props.get("_nulls") or []:
        user[k] = None
    if props.get("_clash"):
        user.update(json.loads(props["_clash"]))
    return {"id": props["id"], "type": rel_type, "source": source, "target": target,
            "properties": user, "evidence": _decode_evidence(props)}


def _copy(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, list) else v) for k, v in rec.items()}


def _merge_key(entry: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(entry, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:24]


# --------------------------------------------------------------------------- Cypher fragments
_ANY_LABEL = "|".join(LABELS)
_NODE_RETURN = "RETURN labels(n) AS labels, properties(n) AS props"
_EDGE_RETURN = ("RETURN type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, "
                "properties(r) AS props")




def _allowed_types(types: Any, skip: Iterable[str] = ()) -> list[str] | None:
    """The vocabulary types an edge may have under the generic filter ``if types and type not in types``.

    None when every type passes (no ``types`` and nothing skipped); [] when none can. Unknown names
    in ``types`` are never formatted into Cypher: they match no stored edge (writes only store
    vocabulary types), exactly as in the generic filter."""
    if not types and not skip:
        return None
    return [check_type(t) for t in RELATION_TYPES if (not types or t in types) and t not in skip]


def _rel_types(allowed: list[str] | None) -> str:
    """``:`A`|`B``` for a relationship pattern ('' = any type)."""
    return "" if allowed is None else ":" + "|".join(f"`{check_type(t)}`" for t in allowed)


def _whole(value: Any, what: str, none_ok: bool = False) -> int | None:
    """A hop count, checked to be a whole number before it is formatted into Cypher."""
    if value is None and none_ok:
        return None
    try:
        return int(operator.index(value))
    except TypeError:
        raise StoreError(f"{what} must be a whole number, not {value!r}") from None


def _generic_paths(g: nx.MultiDiGraph, a: str, b: str, max_hops: int | None, all_paths: bool,
                   types: Any) -> list[list[dict[str, Any]]]:
    """GraphStore.paths' selection on ``g`` (nodes by id, edges by id, as to_networkx); edge data
    are the lightweight rows of Neo4jStore.paths, whose evidence count is min(nev): zip() of the
    evidence columns stops at the shortest."""
    return select_paths(g, a, b, max_hops, all_paths, types, evidence_count=lambda d: min(d["nev"]))


class Neo4jStore(GraphStore):
    """GraphStore on a Neo4j 5 server (bolt://, neo4j://, neo4j+s:// for Aura)."""

    kind = "neo4j"

    def __init__(self, uri: str = DEFAULT_URI, user: str = DEFAULT_USER, password: str = DEFAULT_PASSWORD,
                 database: str | None = None, connection_timeout: float = 10.0):
        self.uri, self.user, self.database = uri, user, database or None
        self._schema_ready = False
        self._pending_merges: list[dict[str, Any]] = []
        self._cache: dict[str, dict[str, dict[str, Any]]] | None = None  # label -> id -> record, inside batch()
        self._written: dict[str, dict[str, Any]] = {}
        self._driver = None
        scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
        if scheme not in BOLT_SCHEMES:
            raise StoreError(f"invalid NEO4J_URI {uri!r}: the scheme must be one of {', '.join(BOLT_SCHEMES)}",
                             hint="use bolt://host:7687, neo4j://host:7687 or neo4j+s://… for Aura")
        try:
            self._driver = GraphDatabase.driver(uri, auth=(user, password),
                                                connection_timeout=connection_timeout,
                                                max_transaction_retry_time=15.0,
                                                notifications_min_severity="OFF")
        except (ValueError, nx_exc.ConfigurationError) as exc:
            raise StoreError(f"invalid NEO4J_URI {uri!r}: {exc}",
                             hint="use bolt://host:7687, neo4j://host:7687 or neo4j+s://… for Aura") from exc
        try:
            self._call(self._driver.verify_connectivity)
        except BaseException:
            self._driver.close()
            raise

    @classmethod
    def from_env(cls, default_uri: str | None = None) -> "Neo4jStore":
        """Connect with NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (and optional NEO4J_DATABASE)."""
        env = os.environ
        return cls(uri=env.get("NEO4J_URI") or default_uri or DEFAULT_URI,
                   user=env.get("NEO4J_USER") or DEFAULT_USER,
                   password=env.get("NEO4J_PASSWORD") or DEFAULT_PASSWORD,
                   database=env.get("NEO4J_DATABASE") or None)

    # ----------------------------------------------------------------------- plumbing
    def _call(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn``, turning driver errors into one-line StoreErrors (the cause is kept)."""
        try:
            return fn()
        except StoreError:
            raise
        except nx_exc.AuthError as exc:
            raise StoreError(f"authentication failed for user {self.user!r} at {self.uri}",
                             hint=_HINT_AUTH) from exc
        except (nx_exc.ServiceUnavailable, nx_exc.SessionExpired) as exc:
            raise StoreError(f"Cannot reach Neo4j at {self.uri}", hint=_HINT_START) from exc
        except nx_exc.Neo4jError as exc:
            msg = " ".join(str(exc.message or exc).split())
            raise StoreError(f"Neo4j refused the request at {self.uri}: {exc.code}: {msg}") from exc
        except nx_exc.DriverError as exc:
            raise StoreError(f"Neo4j driver error talking to {self.uri}: {type(exc).__name__}: {exc}") from exc

    def _session(self):
        return self._driver.session(database=self.database)

    def _read(self, fn: Callable, *args: Any) -> Any:
        def go():
            with self._session() as s:
                return s.execute_read(fn, *args)
        return self._call(go)

    def _write(self, fn: Callable, *args: Any) -> Any:
        self.apply_constraints()

        def go():
            with self._session() as s:
                return s.execute_write(fn, *args)
        return self._call(go)

    def run(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> list[dict[str, Any]]:
        """Run one Cypher statement in a managed transaction; rows as dicts."""
        def work(tx):
            return tx.run(cypher, params or {}).data()
        return self._write(work) if write else self._read(work)

    def close(self) -> None:
        if getattr(self, "_driver", None) is None:
            return
        try:
            if self._pending_merges:
                self._flush_merges()
        finally:
            self._driver.close()
            self._driver = None

    # ----------------------------------------------------------------------- schema
    def apply_constraints(self, force: bool = False) -> list[str]:
        """Create the schema's constraints and indexes (IF NOT EXISTS: idempotent)."""
        if self._schema_ready and not force:
            return []
        statements = [s.rstrip(";") for s in constraint_statements()]
        for rel_type in RELATION_TYPES:
            statements.append(f"CREATE INDEX rel_{rel_type.lower()}_id IF NOT EXISTS "
                              f"FOR ()-[r:`{check_type(rel_type)}`]-() ON (r.id)")
        statements.append(f"CREATE CONSTRAINT merge_key IF NOT EXISTS FOR (m:{MERGE_LABEL}) REQUIRE m.key IS UNIQUE")
        statements.append(f"CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (m:{META_LABEL}) REQUIRE m.id IS UNIQUE")

        def go():
            with self._session() as s:
                for stmt in statements:  # schema commands need their own (auto-commit) transactions
                    try:
                        s.run(stmt).consume()
                    except nx_exc.ClientError as exc:
                        # the same rule under another name (a database set up by hand): already what we want
                        if exc.code != "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists":
                            raise
                s.run("CALL db.awaitIndexes(60)").consume()
        self._call(go)
        self._schema_ready = True
        return statements

    def clear(self) -> None:
        """Delete every node and relationship (constraints and indexes stay)."""
        def go():
            with self._session() as s:
                s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        self._call(go)
        self._pending_merges.clear()

    # ----------------------------------------------------------------------- writes
    @staticmethod
    def _lock(tx) -> None:
        """Serialise newsgraph writers: read-merge-write must see the latest committed state."""
        tx.run(f"MERGE (m:{META_LABEL} {{id: 'store'}}) SET m.written = timestamp()").consume()

    @staticmethod
    def _read_nodes(tx, by_label: dict[str, list[str]]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for label, ids in by_label.items():
            q = f"UNWIND $ids AS id MATCH (n:`{check_label(label)}` {{id: id}}) {_NODE_RETURN}"
            for row in tx.run(q, ids=sorted(set(ids))):
                rec = decode_node(row["labels"], row["props"])
                found[rec["id"]] = rec
        return found

    @staticmethod
    def _labels_for(tx, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        q = f"MATCH (n:{_ANY_LABEL}) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels"
        return {r["id"]: _label_of(r["labels"]) for r in tx.run(q, ids=sorted(set(ids)))}

    @staticmethod
    def _read_edges(tx, by_type: dict[str, list[str]]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for rel_type, ids in by_type.items():
            q = f"UNWIND $ids AS id MATCH ()-[r:`{check_type(rel_type)}` {{id: id}}]->() {_EDGE_RETURN}"
            for row in tx.run(q, ids=sorted(set(ids))):
                found[row["props"]["id"]] = decode_edge(row["type"], row["source"], row["target"], row["props"])
        return found

    def _write_records(self, tx, nodes: list[dict[str, Any]], edges: list[dict[str, Any]],
                       merges: list[dict[str, Any]]) -> UpsertStats:
        """Merge node and edge records into the graph inside transaction ``tx``."""
        stats = UpsertStats()
        self._lock(tx)
        for n in nodes:
            check_label(n["label"])
        for e in edges:
            check_type(e["type"])
        by_label: dict[str, list[str]] = {}
        for n in nodes:
            by_label.setdefault(n["label"], []).append(n["id"])
        stored = self._read_nodes(tx, by_label)
        wanted = {n["id"]: n["label"] for n in nodes}
        for nid, rec in stored.items():
            label = wanted[nid]
            if rec["label"] != label:
                raise StoreError(f"node {nid!r} is stored as {rec['label']}, not {label}")
        current: dict[str, dict[str, Any]] = {}
        for n in nodes:
            existing = current.get(n["id"]) or stored.get(n["id"])
            if n["label"] == "Article":
                stats.articles_seen += 1
                stats.articles_added += existing is None
            else:
                stats.count_node(n["label"], existing is None)
            current[n["id"]] = merge_node(dict(existing) if existing else None, n)
        # nodes, one statement per label
        rows_by_label: dict[str, list[dict[str, Any]]] = {}
        for rec in current.values():
            rows_by_label.setdefault(rec["label"], []).append({"id": rec["id"], "props": encode_node(rec)})
        for label, rows in rows_by_label.items():
            extra = " SET n:Actor" if label in ACTOR_LABELS else ""
            q = (f"UNWIND $rows AS row MERGE (n:`{check_label(label)}` {{id: row.id}}) "
                 f"SET n = row.props{extra} RETURN count(n) AS c")
            tx.run(q, rows=rows).consume()
        # edges
        labels = {rec["id"]: rec["label"] for rec in current.values()}
        missing = {x for e in edges for x in (e["source"], e["target"]) if x not in labels}
        labels.update(self._labels_for(tx, sorted(missing)))
        by_type: dict[str, list[str]] = {}
        for e in edges:
            by_type.setdefault(e["type"], []).append(e["id"])
        stored_edges = self._read_edges(tx, by_type)
        merged_edges: dict[str, dict[str, Any]] = {}
        for e in edges:
            old = merged_edges.get(e["id"]) or stored_edges.get(e["id"])
            if old is None:
                stats.edges_added += 1
            elif e["type"] != "MENTIONS":
                stats.edges_merged += 1
            merged_edges[e["id"]] = merge_edge(dict(old) if old else None, e)
        groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for e in merged_edges.values():
            for end in (e["source"], e["target"]):
                if labels.get(end) is None:
                    raise StoreError(f"{e['type']} edge {e['id']} refers to node {end!r}, which is not stored")
            key = (check_type(e["type"]), check_label(labels[e["source"]]), check_label(labels[e["target"]]))
            groups.setdefault(key, []).append({"source": e["source"], "target": e["target"], "id": e["id"],
                                               "props": encode_edge(e)})
        for (rel_type, sl, tl), rows in sorted(groups.items()):
            q = (f"UNWIND $rows AS row MATCH (a:`{sl}` {{id: row.source}}) MATCH (b:`{tl}` {{id: row.target}}) "
                 f"MERGE (a)-[r:`{rel_type}` {{id: row.id}}]->(b) SET r = row.props RETURN count(r) AS c")
            written = tx.run(q, rows=rows).single()["c"]
            if written != len(rows):
                raise StoreError(f"wrote {written} of {len(rows)} {rel_type} edges: an endpoint is missing")
        if merges:
            self._write_merges(tx, merges)
        self._written = current  # the attempt that commits runs last
        return stats

    @staticmethod
    def _write_merges(tx, merges: list[dict[str, Any]]) -> None:
        rows = []
        for m in merges:
            props: dict[str, Any] = {}
            _encode_fields(dict(m), props)
            props["key"] = _merge_key(m)
            rows.append(props)
        tx.run(f"UNWIND $rows AS row MERGE (m:{MERGE_LABEL} {{key: row.key}}) SET m = row", rows=rows).consume()

    def upsert(self, result: ExtractionResult) -> UpsertStats:
        """One article (or result) in one managed transaction: all of it lands, or none of it."""
        nodes, edges = result_nodes(result), result_edges(result)
        merges = list(self._pending_merges)
        stats = self._write(lambda tx: self._write_records(tx, nodes, edges, merges))
        self._pending_merges = [m for m in self._pending_merges if m not in merges]
        self._cache_written()
        return stats

    def upsert_records(self, nodes: list[dict[str, Any]], edges: list[dict[str, Any]],
                       merges: list[dict[str, Any]] | None = None) -> UpsertStats:
        """Merge ready-made records (``newsgraph push``) in one transaction."""
        stats = self._write(lambda tx: self._write_records(tx, list(nodes), list(edges), list(merges or [])))
        self._cache_written()
        return stats

    def record_merge(self, entry: dict[str, Any]) -> None:
        """Log a cross-article entity merge; written with the next upsert (same transaction)."""
        if entry not in self._pending_merges:
            self._pending_merges.append(dict(entry))

    def _flush_merges(self) -> None:
        merges = list(self._pending_merges)
        if merges:
            self._write(lambda tx: self._write_merges(tx, merges))
        self._pending_merges = [m for m in self._pending_merges if m not in merges]

    @contextmanager
    def batch(self) -> Iterator["Neo4jStore"]:
        """Each upsert is already its own transaction; leftover merge log entries are written at the end.

        Inside a batch, ``nodes(label)`` and ``get`` answer from a per-label cache that this store's
        own writes keep current (entity resolution asks for every label's nodes once per article).
        Writes by other processes during the batch are not seen by those reads; writes themselves
        always merge with what is committed. On an error the merge log entries not yet written are
        dropped with the failed work."""
        if self._cache is not None:  # nested
            yield self
            return
        self._cache = {}
        try:
            yield self
        except BaseException:
            self._pending_merges.clear()
            raise
        finally:
            self._cache = None
        self._flush_merges()

    def _cache_written(self) -> None:
        if self._cache is None:
            return
        for nid, rec in self._written.items():
            if rec["label"] in self._cache:
                self._cache[rec["label"]][nid] = rec

    def _cached_label(self, label: str) -> dict[str, dict[str, Any]]:
        assert self._cache is not None
        if label not in self._cache:
            self._cache[label] = {n["id"]: n for n in self._nodes(label)}
        return self._cache[label]

    # ----------------------------------------------------------------------- reads
    def get(self, node_id: str) -> dict[str, Any] | None:
        prefix = node_id.split(":", 1)[0]
        label = next((l for l in LABELS if l.lower() == prefix), None)
        if self._cache is not None and label is not None:
            rec = self._cached_label(label).get(node_id)
            return _copy(rec) if rec is not None else None

        def work(tx):
            if label is not None:
                row = tx.run(f"MATCH (n:`{label}` {{id: $id}}) {_NODE_RETURN}", id=node_id).single()
                if row is not None:
                    return row
            return tx.run(f"MATCH (n:{_ANY_LABEL}) WHERE n.id = $id {_NODE_RETURN} LIMIT 1", id=node_id).single()
        row = self._read(work)
        return decode_node(row["labels"], row["props"]) if row else None

    def nodes(self, label: str | None = None) -> list[dict[str, Any]]:
        if self._cache is not None and label is not None:
            return [_copy(r) for _, r in sorted(self._cached_label(check_label(label)).items())]
        return self._nodes(label)

    def _nodes(self, label: str | None = None) -> list[dict[str, Any]]:
        pattern = f"`{check_label(label)}`" if label else _ANY_LABEL

        def work(tx):
            return [decode_node(r["labels"], r["props"])
                    for r in tx.run(f"MATCH (n:{pattern}) {_NODE_RETURN} ORDER BY n.id")]
        return self._read(work)

    def edges(self, types: list[str] | None = None) -> list[dict[str, Any]]:
        pattern = ":" + "|".join(f"`{check_type(t)}`" for t in types) if types else ""

        def work(tx):
            return [decode_edge(r["type"], r["source"], r["target"], r["props"])
                    for r in tx.run(f"MATCH ()-[r{pattern}]->() {_EDGE_RETURN} ORDER BY r.id")]
        return sorted(self._read(work), key=lambda d: d["id"])

    def edges_of(self, node_id: str) -> list[dict[str, Any]]:
        def work(tx):
            q = (f"MATCH (n:{_ANY_LABEL} {{id: $id}})-[r]-() WITH DISTINCT r {_EDGE_RETURN}")
            return [decode_edge(r["type"], r["source"], r["target"], r["props"]) for r in tx.run(q, id=node_id)]
        return sorted(self._read(work), key=lambda d: d["id"])

    def find(self, name: str, label: str | None = None) -> list[dict[str, Any]]:
        """Nodes whose id, name or alias equals ``name`` (folded), via ``names_folded``."""
        node = self.get(name)
        if node is not None:
            return [node]
        from newsgraph.schema import fold

        key = fold(name).removeprefix("the ")
        pattern = f"`{check_label(label)}`" if label else _ANY_LABEL

        def work(tx):
            q = (f"MATCH (n:{pattern}) WHERE NOT n:Article AND ($key IN n.names_folded OR $the IN n.names_folded) "
                 f"{_NODE_RETURN} ORDER BY n.id")
            return [decode_node(r["labels"], r["props"]) for r in tx.run(q, key=key, the="the " + key)]
        return self._read(work)

    def merges(self) -> list[dict[str, Any]]:
        def work(tx):
            out = []
            for r in tx.run(f"MATCH (m:{MERGE_LABEL}) RETURN properties(m) AS p ORDER BY m.key"):
                p = dict(r["p"])
                p.pop("key", None)
                rec = {k: (json.loads(v) if k in (p.get("_json") or []) else v)
                       for k, v in p.items() if k not in ("_nulls", "_json")}
                rec.update({k: None for k in p.get("_nulls") or []})
                out.append(rec)
            return out
        return self._read(work)

    def stats(self) -> dict[str, Any]:
        def work(tx):
            labels = {}
            for label in LABELS:
                c = tx.run(f"MATCH (n:`{label}`) RETURN count(n) AS c").single()["c"]
                if c:
                    labels[label] = c
            types = {}
            for t in RELATION_TYPES:
                c = tx.run(f"MATCH ()-[r:`{t}`]->() RETURN count(r) AS c").single()["c"]
                if c:
                    types[t] = c
            evidence = tx.run("MATCH ()-[r]->() WHERE r.evidence_article IS NOT NULL "
                              "RETURN coalesce(sum(size(r.evidence_article)), 0) AS c").single()["c"]
            merges = tx.run(f"MATCH (m:{MERGE_LABEL}) RETURN count(m) AS c").single()["c"]
            return labels, types, evidence, merges
        labels, types, evidence, merges = self._read(work)
        return {"store": f"neo4j:{self.uri}", "nodes": sum(labels.values()), "edges": sum(types.values()),
                "labels": dict(sorted(labels.items())), "relationship_types": dict(sorted(types.items())),
                "evidence": evidence, "merges": merges}

    # ----------------------------------------------------------------------- native traversals
    # neighbours / paths / subgraph answer exactly as the generic GraphStore methods (graph/base.py)
    # do on the whole graph, but read only the part of the graph the answer depends on, in one read
    # transaction (element ids are only meaningful inside one). Relationship types are formatted
    # into Cypher only after check_type; variable-length bounds only after _whole(); every value
    # is a $parameter.

    @staticmethod
    def _lookup(tx, ids: list[str]) -> dict[str, str]:
        """id -> elementId of the stored nodes with these ids (one index seek per label)."""
        if not ids:
            return {}
        union = " UNION ".join(f"MATCH (n:`{check_label(l)}` {{id: id}}) RETURN n" for l in LABELS)
        q = f"UNWIND $ids AS id CALL (id) {{ {union} }} RETURN id, elementId(n) AS eid"
        return {r["id"]: r["eid"] for r in tx.run(q, ids=ids)}

    @staticmethod
    def _induced(tx, eids: list[str], allowed: list[str] | None) -> nx.MultiDiGraph:
        """The nodes with these element ids and the edges among them (of ``allowed`` types; None: all)."""
        g = nx.MultiDiGraph()
        q = f"UNWIND $eids AS eid MATCH (n) WHERE elementId(n) = eid {_NODE_RETURN}"
        for rec in sorted((decode_node(r["labels"], r["props"]) for r in tx.run(q, eids=eids)),
                          key=lambda n: n["id"]):
            g.add_node(rec["id"], **rec)
        if allowed == []:
            return g
        q = (f"UNWIND $eids AS eid MATCH (n) WHERE elementId(n) = eid "
             f"MATCH (n)-[r{_rel_types(allowed)}]->(m) WHERE elementId(m) IN $eids "
             f"RETURN type(r) AS type, n.id AS source, m.id AS target, properties(r) AS props")
        edges = [decode_edge(r["type"], r["source"], r["target"], r["props"]) for r in tx.run(q, eids=eids)]
        for e in sorted(edges, key=lambda d: d["id"]):
            g.add_edge(e["source"], e["target"], key=e["id"], **e)
        return g

    def subgraph(self, node_ids: set[str], types: list[str] | None = None) -> nx.MultiDiGraph:
        """The stored nodes among ``node_ids`` and the edges among them (only ``types``, if given)."""
        if node_ids is None:  # networkx reads None as "every node"
            return GraphStore.subgraph(self, node_ids, types)
        wanted = [node_ids] if isinstance(node_ids, str) else list(node_ids)
        ids = sorted({x for x in wanted if isinstance(x, str)})
        allowed = _allowed_types(types)

        def work(tx):
            if not ids:
                return nx.MultiDiGraph()
            union = " UNION ".join(f"MATCH (n:`{check_label(l)}`) WHERE n.id IN $ids RETURN n" for l in LABELS)
            eids = [r["eid"] for r in tx.run(f"CALL () {{ {union} }} RETURN elementId(n) AS eid", ids=ids)]
            return self._induced(tx, eids, allowed)
        return self._read(work)

    def neighbours(self, node_id: str, hops: int = 1, types: list[str] | None = None) -> nx.MultiDiGraph:
        """Nodes within ``hops`` of ``node_id`` (either direction), with the edges among them.

        Two statements: the ball, by Neo4j's pruning breadth-first var-length expand (not path
        enumeration), and the edges among it."""
        bound = _whole(hops, "hops", none_ok=True)
        allowed = _allowed_types(types)

        def work(tx):
            if not isinstance(node_id, str):
                return nx.MultiDiGraph()
            start = self._lookup(tx, [node_id]).get(node_id)
            if start is None:
                return nx.MultiDiGraph()
            if allowed == [] or (bound is not None and bound <= 0):
                ball = [start]
            else:
                upper = "" if bound is None else str(bound)
                q = (f"MATCH (a) WHERE elementId(a) = $start MATCH (a)-[{_rel_types(allowed)}*0..{upper}]-(x) "
                     f"WITH DISTINCT x WHERE x:{_ANY_LABEL} RETURN elementId(x) AS eid")
                ball = [r["eid"] for r in tx.run(q, start=start)]
            return self._induced(tx, ball, allowed)
        return self._read(work)

    def paths(self, a: str, b: str, max_hops: int = 4, all_paths: bool = False,
              types: list[str] | None = None) -> list[list[dict[str, Any]]]:
        """Shortest path(s) from a to b as lists of edge records, ignoring direction and MENTIONS.

        Runs the generic answer's own search (networkx's bidirectional BFS, or its BFS from ``a``
        for ``all_paths``) against Neo4j one level at a time: one statement per expanded fringe
        (at most ``max_hops`` of them) fetches that fringe's neighbours and every relationship
        joining them, then the networkx code of GraphStore.paths runs on that fetched region and
        one last statement reads the chosen edges. The region holds the complete adjacency of
        every node the search expands, so the search takes the same steps, meets at the same node
        and breaks ties (which neighbour, which parallel edge) the same way as on the whole graph.
        The region is built in to_networkx order (nodes by id, edges by id; Python's string order
        is Neo4j's ORDER BY order), which is what those ties follow. Unbounded (``max_hops=None``)
        it expands until a fringe is empty.
        """
        limit = _whole(max_hops, "max_hops", none_ok=True)
        allowed = _allowed_types(types, skip=PATH_SKIP)

        def work(tx):
            if not isinstance(a, str) or not isinstance(b, str):
                return []
            found = self._lookup(tx, sorted({a, b}))
            if a not in found or b not in found:
                return []
            if a == b:
                return [[]] if limit is None or limit >= 0 else []
            if not allowed:
                return []  # no edge may be walked
            ids = {found[a]: a, found[b]: b}        # elementId -> id, for every node fetched
            rels: dict[str, dict[str, Any]] = {}     # elementId -> lightweight edge
            seen = ({found[a]}, {found[b]})          # forward (pred) and reverse (succ) balls
            fringe = ([found[a]], [found[b]])
            depth = [0, 0]
            q = (f"UNWIND $fringe AS eid MATCH (v) WHERE elementId(v) = eid "
                 f"MATCH (v)-[{_rel_types(allowed)}]-(w:{_ANY_LABEL}) WITH DISTINCT v, w "
                 f"MATCH (v)-[r]-(w) WITH v, w, collect(DISTINCT r) AS rs "
                 f"RETURN elementId(w) AS w, w.id AS wid, [r IN rs | {{eid: elementId(r), id: r.id, "
                 f"type: type(r), source: startNode(r).id, target: endNode(r).id, "
                 f"nev: [p IN $evidence | size(coalesce(r[p], []))]}}] AS rels")
            while fringe[0] and fringe[1]:
                if limit is not None and depth[0] + depth[1] + 1 > limit:
                    return []  # any path is longer than max_hops: the generic answer drops it too
                side = 0 if len(fringe[0]) <= len(fringe[1]) else 1
                new, met = [], False
                for row in tx.run(q, fringe=fringe[side], evidence=list(EVIDENCE_PROPS)):
                    w = row["w"]
                    ids[w] = row["wid"]
                    for r in row["rels"]:
                        rels[r["eid"]] = r
                    if w not in seen[side]:
                        seen[side].add(w)
                        new.append(w)
                    met = met or w in seen[1 - side]
                fringe = (new, fringe[1]) if side == 0 else (fringe[0], new)
                depth[side] += 1
                if met:
                    break
            else:
                return []
            region = nx.MultiDiGraph()
            region.add_nodes_from(sorted(ids.values()))
            for r in sorted(rels.values(), key=lambda r: r["id"]):
                region.add_edge(r["source"], r["target"], key=r["id"], **r)
            chosen = _generic_paths(region, a, b, limit, all_paths, types)
            wanted = sorted({e["eid"] for hops in chosen for e in hops})
            full = {}
            if wanted:
                q2 = f"UNWIND $eids AS eid MATCH ()-[r]->() WHERE elementId(r) = eid {_EDGE_RETURN}, eid"
                full = {row["eid"]: decode_edge(row["type"], row["source"], row["target"], row["props"])
                        for row in tx.run(q2, eids=wanted)}
            return [[full[e["eid"]] for e in hops] for hops in chosen]
        return self._read(work)


def push(source: GraphStore, target: Neo4jStore, chunk: int = PUSH_CHUNK) -> dict[str, Any]:
    """Copy every node, edge and merge-log entry of ``source`` into ``target`` (merging, idempotent)."""
    nodes, edges = source.nodes(), source.edges()
    merges = getattr(source, "merges", None) or []
    merges = list(merges() if callable(merges) else merges)
    total = UpsertStats()
    for i in range(0, len(nodes), chunk):
        total.absorb(target.upsert_records(nodes[i:i + chunk], []))
    for i in range(0, len(edges), chunk):
        total.absorb(target.upsert_records([], edges[i:i + chunk]))
    if merges:
        target.upsert_records([], [], merges)
    return {"nodes": len(nodes), "edges": len(edges), "merges": len(merges), "upsert": total.as_dict(),
            "target": target.stats()}
