"""Neo4jStore reads: the generic whole-graph neighbours/paths beside the native Cypher ones, same run.

    python benchmarks/neo4j_reads.py [--articles 2000] [--samples 10] [--wipe]

Builds a synthetic graph from hand-made ExtractionResults (``--articles``
articles, each reporting a few relations among a pool of people,
organisations and countries, plus MENTIONS/REPORTED_BY provenance), copies it
into the Neo4j at NEO4J_URI (default bolt://127.0.0.1:7687; start one with
``scripts/neo4j start``), then times, on the same store and the same sampled
nodes/pairs, ``GraphStore.neighbours/paths(store, ...)`` (the generic code:
whole graph per call) and ``store.neighbours/paths(...)`` (native), checks
that both answer the same, and prints milliseconds per call.

The database is cleared first: it must be empty, or pass ``--wipe``.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(n_articles: int, seed: int = 1):
    from newsgraph.schema import Article, Entity, Evidence, ExtractionResult, Relation

    rng = random.Random(seed)
    n_people, n_orgs, n_countries = max(10, n_articles // 5), max(5, n_articles // 12), max(4, n_articles // 40)
    people = [Entity(type="Person", name=f"Person {i}") for i in range(n_people)]
    orgs = [Entity(type="Organisation", name=f"Organisation {i}") for i in range(n_orgs)]
    countries = [Entity(type="Country", name=f"Country {i}") for i in range(n_countries)]
    actors = people + orgs + countries
    wires = [Entity(type="Source", name=f"Wire {i}") for i in range(5)]
    shapes = [("ACCUSED", actors, actors), ("NEGOTIATED_WITH", actors, actors),
              ("SANCTIONED_BY", actors, orgs + countries), ("MEMBER_OF", people, orgs),
              ("LEADS", people, orgs + countries), ("PART_OF", orgs, orgs + countries)]
    results = []
    for i in range(n_articles):
        text = f"Synthetic benchmark article number {i}."
        art = Article(text=text, title=f"Article {i}", published=f"2025-{1 + i % 12:02d}")
        ev = Evidence(article=art.id, sentence=text, start=0, end=len(text), extractor="bench", confidence=0.6)
        ents, rels = {}, []
        for _ in range(rng.randint(2, 6)):
            rtype, dom, rng_ = rng.choice(shapes)
            # a few popular actors (countries, big organisations) appear far more often: hubs
            src = rng.choice(dom[: max(3, len(dom) // 10)]) if rng.random() < 0.3 else rng.choice(dom)
            tgt = rng.choice(rng_[: max(3, len(rng_) // 10)]) if rng.random() < 0.3 else rng.choice(rng_)
            if src.id == tgt.id:
                continue
            ents[src.id], ents[tgt.id] = src, tgt
            rels.append(Relation(type=rtype, source=src.id, target=tgt.id, evidence=[ev]))
        wire = rng.choice(wires)
        rels += [Relation(type="MENTIONS", source=art.id, target=e, evidence=[ev]) for e in ents]
        ents[wire.id] = wire
        rels.append(Relation(type="REPORTED_BY", source=art.id, target=wire.id, evidence=[ev]))
        results.append(ExtractionResult(articles=[art], entities=list(ents.values()), relations=rels))
    return results


def timed(fn, *args, **kw):
    t0 = time.perf_counter()
    out = fn(*args, **kw)
    return out, (time.perf_counter() - t0) * 1000


def records(g):
    return (sorted(g.nodes(data=True), key=lambda t: t[0]),
            sorted(g.edges(keys=True, data=True), key=lambda t: t[2]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--samples", type=int, default=10, help="nodes / pairs timed per operation")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--wipe", action="store_true", help="clear a non-empty Neo4j database first")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))

    from newsgraph.graph import EmbeddedStore, GraphStore
    from newsgraph.graph.neo4j_store import Neo4jStore, push

    store = Neo4jStore.from_env()
    if store.stats()["nodes"] and not args.wipe:
        print("the Neo4j database is not empty; pass --wipe to clear it for the benchmark", file=sys.stderr)
        return 2
    store.clear()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        emb = EmbeddedStore(Path(tmp) / "graph.json")
        with emb.batch():
            for res in build(args.articles, args.seed):
                emb.upsert(res)
        push(emb, store)
    st = store.stats()
    print(f"graph: {args.articles} articles -> {st['nodes']} nodes, {st['edges']} edges "
          f"({st['relationship_types'].get('MENTIONS', 0)} MENTIONS), loaded in {time.perf_counter() - t0:.1f}s; "
          f"Neo4j {store.uri}")

    rng = random.Random(args.seed)
    actors = sorted(n["id"] for n in store.nodes() if n["label"] in ("Person", "Organisation", "Country"))
    hubs = [a for a in actors if a.startswith("country:")]
    nodes = rng.sample(actors, args.samples)
    pairs = [tuple(rng.sample(actors, 2)) for _ in range(args.samples)]

    cases = [
        ("neighbours hops=1", [((n,), {"hops": 1}) for n in nodes], "neighbours"),
        ("neighbours hops=2, 3 types", [((n,), {"hops": 2, "types": ["MEMBER_OF", "LEADS", "PART_OF"]})
                                        for n in nodes], "neighbours"),
        ("neighbours hops=1, hub country", [((h,), {"hops": 1}) for h in hubs[: args.samples]], "neighbours"),
        ("paths (shortest)", [(p, {}) for p in pairs], "paths"),
        ("paths all_paths=True", [(p, {"all_paths": True}) for p in pairs], "paths"),
        ("paths max_hops=2", [(p, {"max_hops": 2}) for p in pairs], "paths"),
    ]
    print(f"{'operation':34} {'calls':>5} {'generic ms/call':>16} {'native ms/call':>15} {'speed-up':>9}  result")
    for label, calls, method in cases:
        gen_ms, nat_ms, sizes = [], [], []
        for a, kw in calls:
            # warm-up-free, alternating: generic (whole graph per call) then native, same arguments
            want, g_ms = timed(getattr(GraphStore, method), store, *a, **kw)
            got, n_ms = timed(getattr(store, method), *a, **kw)
            if method == "neighbours":
                assert records(got) == records(want), (label, a, kw)
                sizes.append(got.number_of_nodes())
            else:
                assert got == want, (label, a, kw)
                sizes.append(len(want[0]) if want else 0)
            gen_ms.append(g_ms)
            nat_ms.append(n_ms)
        g, n = statistics.median(gen_ms), statistics.median(nat_ms)
        what = (f"median {statistics.median(sizes):.0f} nodes" if method == "neighbours"
                else f"median {statistics.median(sizes):.0f} hops, {sum(1 for s in sizes if s)}/{len(sizes)} found")
        print(f"{label:34} {len(calls):5d} {g:16.1f} {n:15.1f} {g / n:8.0f}x  {what} (identical)")
    store.clear()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
