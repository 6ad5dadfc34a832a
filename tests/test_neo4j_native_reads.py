"""Neo4jStore's native neighbours / paths / subgraph answer exactly as the generic GraphStore ones.

Differential: every native answer is compared with the generic code of
graph/base.py run on the SAME Neo4j data (``GraphStore.paths(store, ...)``,
which loads the whole graph) and with the embedded store holding the same
upserts. Graphs: the contract fixture (tests/fixtures/neo4j/results.json,
with hostile names), the lookup/export fixture (tests/fixtures/export/sample.py)
and a seeded synthetic graph built to be full of ties (equal-length paths,
parallel edges of several types and both directions, equal evidence counts,
uneven fringe sizes), so the generic tie-break rules are really exercised.
"""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import networkx as nx
import pytest

from newsgraph.errors import StoreError
from newsgraph.graph import EmbeddedStore, GraphStore
from newsgraph.schema import RELATION_TYPES, Article, Entity, Evidence, ExtractionResult, Relation
from test_store_contract import HOSTILE_ORG, HOSTILE_PERSON, load

_spec = importlib.util.spec_from_file_location("ng_sample_native",
                                               Path(__file__).parent / "fixtures" / "export" / "sample.py")
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)

HOSTILE_IDS = [HOSTILE_ORG, HOSTILE_PERSON, "x'}) MATCH (n) DETACH DELETE n //", "`", "$id", "", " ",
               "person:ivan-petrov'", "person:ivan-petrov\x00", "Ivan Petrov"]
HOSTILE_TYPES = ["MEMBER_OF`]-() DETACH DELETE r //", "member_of", "MENTIONS|MEMBER_OF", "`", "$t"]
TYPE_SETS = [None, [], ["MEMBER_OF", "SANCTIONED_BY"], ["PARTICIPATED_IN", "NEGOTIATED_WITH"],
             ["ACCUSED", "NEGOTIATED_WITH", "SANCTIONED_BY", "LEADS"], ["MENTIONS"], ["MENTIONS", "REPORTED_BY"],
             ["NOT_A_TYPE"], ["MEMBER_OF", HOSTILE_TYPES[0]]]


# --------------------------------------------------------------------------- helpers
def records(g: nx.MultiDiGraph) -> tuple:
    """A graph as comparable data: node records and (source, target, key, record) edges."""
    assert type(g) is nx.MultiDiGraph
    nodes = sorted(g.nodes(data=True), key=lambda t: t[0])
    edges = sorted(g.edges(keys=True, data=True), key=lambda t: t[2])
    return nodes, edges


class Snapshot:
    """The generic GraphStore reads on one to_networkx() of a store (so a big all-pairs sweep
    loads the Neo4j graph once, not once per call); the code run is graph/base.py's own."""

    def __init__(self, store):
        self.g = store.to_networkx()

    def to_networkx(self):
        return self.g.copy()

    def ask(self, method, *args, **kw):
        return getattr(GraphStore, method)(self, *args, **kw)

    def path_graph(self, types) -> nx.MultiGraph:
        """The undirected graph the generic paths() searches (to count parallel-edge ties)."""
        und = nx.MultiGraph()
        for u, v, k, d in self.g.edges(keys=True, data=True):
            if d["type"] not in ("MENTIONS", "REPORTED_BY") and not (types and d["type"] not in types):
                und.add_edge(u, v, key=k)
        return und


def no_whole_graph_reads(store, monkeypatch):
    """Make every whole-graph read of the store fail: native reads must not use them."""
    def boom(*_a, **_k):
        raise AssertionError("native read loaded the whole graph")
    for name in ("nodes", "edges", "to_networkx", "_nodes"):
        monkeypatch.setattr(store, name, boom)


def synthetic(n_articles: int, n_people: int, n_orgs: int, n_countries: int, seed: int,
              facts: int = 4) -> list[ExtractionResult]:
    """Hand-made ExtractionResults: few actors, many articles, so relations repeat across articles
    (evidence counts 1..n), pairs carry several types in both directions, and shortest paths tie."""
    rng = random.Random(seed)
    people = [Entity(type="Person", name=f"Person {seed}-{i}") for i in range(n_people)]
    orgs = [Entity(type="Organisation", name=f"Org {seed}-{i}") for i in range(n_orgs)]
    countries = [Entity(type="Country", name=f"Country {seed}-{i}") for i in range(n_countries)]
    actors = people + orgs + countries
    wire = Entity(type="Source", name=f"Wire {seed}")
    shapes = [("ACCUSED", actors, actors), ("NEGOTIATED_WITH", actors, actors),
              ("SANCTIONED_BY", actors, orgs + countries), ("MEMBER_OF", people, orgs),
              ("LEADS", people, orgs + countries), ("PART_OF", orgs, orgs + countries)]
    out = []
    for i in range(n_articles):
        text = f"Synthetic article {seed}-{i}."
        art = Article(text=text, title=f"Synthetic {i}")
        ev = Evidence(article=art.id, sentence=text, start=0, end=len(text), extractor="synthetic",
                      confidence=0.5)
        rels, ents = [], {}
        for _ in range(facts):
            rtype, dom, rng_ = rng.choice(shapes)
            src, tgt = rng.choice(dom), rng.choice(rng_)
            if src.id == tgt.id:
                continue
            ents[src.id], ents[tgt.id] = src, tgt
            rels.append(Relation(type=rtype, source=src.id, target=tgt.id, evidence=[ev]))
        ents[wire.id] = wire
        rels += [Relation(type="MENTIONS", source=art.id, target=e, evidence=[ev]) for e in ents if e != wire.id]
        rels.append(Relation(type="REPORTED_BY", source=art.id, target=wire.id, evidence=[ev]))
        out.append(ExtractionResult(articles=[art], entities=list(ents.values()), relations=rels))
    return out


def load_results(store, results) -> None:
    with store.batch():
        for r in results:
            store.upsert(r)


def reopened(embedded):
    """The embedded store read back from its file. A store that has just ingested keeps networkx
    insertion (upsert) order in memory, so its generic tie-breaks follow ingestion history; read
    back, nodes and edges are in id order, as to_networkx() gives them from Neo4j."""
    return EmbeddedStore(embedded.path)


def check_all(native, snap, ids, pairs, hops_list=(0, 1, 2, 3), type_sets=TYPE_SETS, embedded=None,
              typed_pairs=40):
    """native == generic (== embedded) for neighbours, subgraph and paths over the given ids/pairs
    (every pair without a type filter, the first ``typed_pairs`` of them with each filter)."""
    generic = snap.ask
    stats = {"multi": 0, "parallel": 0, "paths": 0}
    for types in type_sets:
        for nid in ids:
            for hops in hops_list:
                want = records(generic("neighbours", nid, hops, types))
                assert records(native.neighbours(nid, hops, types)) == want, (nid, hops, types)
                if embedded is not None:
                    assert records(embedded.neighbours(nid, hops, types)) == want, (nid, hops, types)
        for k in (1, 3, 7):
            chosen = set(ids[::k]) | {"person:nobody", HOSTILE_ORG}
            want = records(generic("subgraph", chosen, types))
            assert records(native.subgraph(chosen, types)) == want, (k, types)
            if embedded is not None:
                assert records(embedded.subgraph(chosen, types)) == want
        for a, b in (pairs if types is None else pairs[:typed_pairs]):
            for all_paths in (False, True):
                for max_hops in ((4, 2) if types is None else (4,)):
                    want = generic("paths", a, b, max_hops=max_hops, all_paths=all_paths, types=types)
                    got = native.paths(a, b, max_hops=max_hops, all_paths=all_paths, types=types)
                    assert got == want, (a, b, all_paths, max_hops, types)
                    if embedded is not None:
                        assert embedded.paths(a, b, max_hops=max_hops, all_paths=all_paths, types=types) == want
                    stats["paths"] += bool(want)
                    stats["multi"] += len(want) > 1
                    if want and max_hops == 4 and not all_paths:
                        und = snap.path_graph(types)
                        stats["parallel"] += any(und.number_of_edges(e["source"], e["target"]) > 1
                                                 for e in want[0])
    return stats


# --------------------------------------------------------------------------- fixture graphs
@pytest.mark.parametrize("fixture", ["contract", "sample"])
def test_native_equals_generic_on_fixtures(fixture, neo4j_store, embedded_store, monkeypatch):
    loader = load if fixture == "contract" else sample.load
    loader(neo4j_store)
    loader(embedded_store)
    ids = [n["id"] for n in neo4j_store.nodes()] + ["person:nobody", HOSTILE_ORG, HOSTILE_PERSON]
    generic_store = Snapshot(neo4j_store)
    pairs = [(x, y) for x in ids for y in ids][::2]  # half of all ordered pairs, both directions of many
    # the generic code run directly on the live Neo4j store agrees with the snapshot (a few calls)
    some = ids[0], ids[len(ids) // 2]
    assert GraphStore.paths(neo4j_store, *some, all_paths=True) == generic_store.ask("paths", *some, all_paths=True)
    assert records(GraphStore.neighbours(neo4j_store, some[1], 2)) == records(generic_store.ask("neighbours",
                                                                                               some[1], 2))
    assert records(GraphStore.subgraph(neo4j_store, set(ids[::2]))) == records(
        generic_store.ask("subgraph", set(ids[::2])))
    no_whole_graph_reads(neo4j_store, monkeypatch)
    stats = check_all(neo4j_store, generic_store, ids, pairs, hops_list=(0, 1, 2, 3, None),
                      type_sets=TYPE_SETS[:4] + TYPE_SETS[5:], embedded=reopened(embedded_store))
    assert stats["paths"] > 50


def test_generic_called_on_the_live_store(neo4j_store):
    """The reference is literally ``GraphStore.<method>(neo4j_store, ...)`` (no snapshot)."""
    load(neo4j_store)
    for args in (("person:ivan-petrov", 1, None), ("country:ostmark", 2, None),
                 ("person:marta-kovac", 3, ["PARTICIPATED_IN", "NEGOTIATED_WITH"]), ("person:nobody", 1, None)):
        assert records(neo4j_store.neighbours(*args)) == records(GraphStore.neighbours(neo4j_store, *args))
    ids = [n["id"] for n in neo4j_store.nodes()]
    for a, b in [(ids[i], ids[-1 - i]) for i in range(len(ids))]:
        for all_paths in (False, True):
            assert neo4j_store.paths(a, b, all_paths=all_paths) == GraphStore.paths(neo4j_store, a, b,
                                                                                    all_paths=all_paths)
    chosen = set(ids[::2]) | {"person:nobody"}
    for types in (None, ["MEMBER_OF", "MENTIONS"]):
        assert records(neo4j_store.subgraph(chosen, types)) == records(GraphStore.subgraph(neo4j_store, chosen,
                                                                                          types))


# --------------------------------------------------------------------------- ties
@pytest.mark.parametrize("seed", [7, 11])
def test_native_equals_generic_on_a_graph_full_of_ties(seed, neo4j_store, embedded_store, monkeypatch):
    results = synthetic(n_articles=60, n_people=10, n_orgs=6, n_countries=5, seed=seed)
    load_results(neo4j_store, results)
    load_results(embedded_store, results)
    generic_store = Snapshot(neo4j_store)
    actors = sorted(n["id"] for n in neo4j_store.nodes() if n["label"] != "Article")
    rng = random.Random(seed)
    pairs = [(x, y) for x in actors for y in actors]
    rng.shuffle(pairs)
    no_whole_graph_reads(neo4j_store, monkeypatch)
    type_sets = [None, ["ACCUSED", "NEGOTIATED_WITH", "SANCTIONED_BY"], ["MEMBER_OF", "PART_OF", "LEADS"]]
    stats = check_all(neo4j_store, generic_store, actors[::3], pairs[:100], hops_list=(1, 2),
                      type_sets=type_sets, embedded=reopened(embedded_store))
    # the sweep really hit the tie-break rules: several equal shortest paths, parallel edges on a hop
    assert stats["multi"] > 10 and stats["parallel"] > 10, stats


def test_paths_ties_between_equal_evidence_parallel_edges(neo4j_store, embedded_store):
    """Two actors joined by four relations of equal evidence: the generic pick (first in the
    undirected graph's insertion order, which is not simply the smallest id) is reproduced."""
    a, b = Entity(type="Country", name="Aland"), Entity(type="Organisation", name="Bloc")
    c = Entity(type="Person", name="Cara")
    text = "Aland, Bloc and Cara."
    art = Article(text=text)
    ev = Evidence(article=art.id, sentence=text, start=0, end=len(text), extractor="t", confidence=0.5)
    rels = [Relation(type=t, source=s.id, target=o.id, evidence=[ev]) for t, s, o in [
        ("ACCUSED", a, b), ("ACCUSED", b, a), ("SANCTIONED_BY", b, a), ("NEGOTIATED_WITH", a, b),
        ("PART_OF", b, a), ("LEADS", c, b), ("LEADS", c, a), ("ACCUSED", c, a), ("SANCTIONED_BY", c, b)]]
    res = ExtractionResult(articles=[art], entities=[a, b, c], relations=rels)
    for st in (neo4j_store, embedded_store):
        st.upsert(res)
    embedded_store = reopened(embedded_store)
    for x, y in [(a.id, b.id), (b.id, a.id), (c.id, a.id), (a.id, c.id), (c.id, b.id)]:
        for types in (None, ["ACCUSED"], ["SANCTIONED_BY", "PART_OF"], ["NEGOTIATED_WITH", "LEADS"]):
            for all_paths in (False, True):
                want = GraphStore.paths(neo4j_store, x, y, all_paths=all_paths, types=types)
                assert neo4j_store.paths(x, y, all_paths=all_paths, types=types) == want
                assert embedded_store.paths(x, y, all_paths=all_paths, types=types) == want
    # more evidence wins over insertion order
    second = Article(text="Bloc and Aland again.")
    ev2 = Evidence(article=second.id, sentence=second.text, start=0, end=len(second.text), extractor="t",
                   confidence=0.5)
    more = Relation(type="PART_OF", source=b.id, target=a.id, evidence=[ev2])
    for st in (neo4j_store, embedded_store):
        st.upsert(ExtractionResult(articles=[second], entities=[a, b], relations=[more]))
    embedded_store = reopened(embedded_store)
    [[hop]] = neo4j_store.paths(a.id, b.id)
    assert hop["type"] == "PART_OF" and len(hop["evidence"]) == 2
    assert [[hop]] == GraphStore.paths(neo4j_store, a.id, b.id) == embedded_store.paths(a.id, b.id)


# --------------------------------------------------------------------------- edge cases and hostile input
def test_unknown_ids_bounds_and_self_paths(neo4j_store, embedded_store):
    load(neo4j_store)
    load(embedded_store)
    embedded_store = reopened(embedded_store)
    petrov, ostmark = "person:ivan-petrov", "country:ostmark"
    for st in (neo4j_store, embedded_store):
        assert records(st.neighbours("person:nobody")) == records(nx.MultiDiGraph())
        assert st.paths("person:nobody", petrov) == st.paths(petrov, "person:nobody") == []
        assert st.paths("person:nobody", "person:nobody") == []
        assert records(st.subgraph(set())) == records(nx.MultiDiGraph())
        assert records(st.subgraph({"person:nobody"})) == records(nx.MultiDiGraph())
    for args in [(petrov, petrov), (petrov, petrov, 0), (petrov, petrov, -1), (petrov, ostmark, 0),
                 (petrov, ostmark, 1), (petrov, ostmark, 2), (petrov, ostmark, 9),
                 ("article:00000000000000a1", petrov), ("article:00000000000000a1", "article:00000000000000a3")]:
        for all_paths in (False, True):
            want = GraphStore.paths(neo4j_store, *args, all_paths=all_paths)
            assert neo4j_store.paths(*args, all_paths=all_paths) == want, args
            assert embedded_store.paths(*args, all_paths=all_paths) == want, args
    for hops in (-1, 0, 5, True, None):
        want = records(GraphStore.neighbours(neo4j_store, petrov, hops))
        assert records(neo4j_store.neighbours(petrov, hops)) == want, hops
        assert records(embedded_store.neighbours(petrov, hops)) == want, hops
    # a single id given as a string is that node, as networkx reads it
    assert records(neo4j_store.subgraph(petrov)) == records(GraphStore.subgraph(neo4j_store, petrov))
    assert set(neo4j_store.subgraph(petrov)) == {petrov}


def test_hostile_ids_and_types_are_values_never_cypher(neo4j_store, embedded_store):
    load(neo4j_store)
    load(embedded_store)
    embedded_store = reopened(embedded_store)
    before = neo4j_store.stats(), neo4j_store.nodes(), neo4j_store.edges()
    ids = [n["id"] for n in neo4j_store.nodes()]
    for bad in HOSTILE_IDS:
        for hops in (1, 3):
            want = records(GraphStore.neighbours(neo4j_store, bad, hops))
            assert records(neo4j_store.neighbours(bad, hops)) == want
            assert records(embedded_store.neighbours(bad, hops)) == want
        for other in ("person:ivan-petrov", bad):
            assert neo4j_store.paths(bad, other, all_paths=True) == GraphStore.paths(neo4j_store, bad, other,
                                                                                     all_paths=True)
            assert neo4j_store.paths(other, bad) == GraphStore.paths(neo4j_store, other, bad)
        chosen = {bad, "person:ivan-petrov"}
        assert records(neo4j_store.subgraph(chosen)) == records(GraphStore.subgraph(neo4j_store, chosen))
    # the hostile-named nodes themselves are ordinary ids
    hostile_nodes = [i for i in ids if i.startswith(("organisation:x-detach", "person:sean-o-brien"))]
    assert len(hostile_nodes) == 2
    for nid in hostile_nodes:
        assert records(neo4j_store.neighbours(nid, 2)) == records(GraphStore.neighbours(neo4j_store, nid, 2))
        for other in ids:
            assert neo4j_store.paths(nid, other, all_paths=True) == GraphStore.paths(neo4j_store, nid, other,
                                                                                     all_paths=True)
    # unknown / hostile type names match nothing (as in the generic filter) and never reach Cypher
    for types in [[t] for t in HOSTILE_TYPES] + [HOSTILE_TYPES, ["MEMBER_OF", HOSTILE_TYPES[0]], "MEMBER_OF"]:
        for nid in ("person:ivan-petrov", "country:ostmark"):
            want = records(GraphStore.neighbours(neo4j_store, nid, 2, types))
            assert records(neo4j_store.neighbours(nid, 2, types)) == want, types
            assert records(embedded_store.neighbours(nid, 2, types)) == want, types
            assert neo4j_store.paths(nid, "person:marta-kovac", types=types) == GraphStore.paths(
                neo4j_store, nid, "person:marta-kovac", types=types)
        assert records(neo4j_store.subgraph(set(ids), types)) == records(GraphStore.subgraph(neo4j_store, set(ids),
                                                                                            types))
    assert (neo4j_store.stats(), neo4j_store.nodes(), neo4j_store.edges()) == before


@pytest.mark.parametrize("bad", ["1 RETURN 1 //", "2", 1.5, [1]])
def test_hop_bounds_must_be_whole_numbers(neo4j_store, bad):
    load(neo4j_store)
    with pytest.raises(StoreError, match="whole number"):
        neo4j_store.neighbours("person:ivan-petrov", bad)
    with pytest.raises(StoreError, match="whole number"):
        neo4j_store.paths("person:ivan-petrov", "country:ostmark", max_hops=bad)


def test_every_vocabulary_type_can_be_asked_for(neo4j_store):
    load(neo4j_store)
    for t in RELATION_TYPES:
        assert records(neo4j_store.neighbours("country:ostmark", 2, [t])) == records(
            GraphStore.neighbours(neo4j_store, "country:ostmark", 2, [t]))
