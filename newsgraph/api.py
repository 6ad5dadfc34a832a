"""The public library API; every CLI command is a thin wrapper over one of these.

    from newsgraph.api import open_store, ingest, extract_paths
    with open_store() as store:
        summary = ingest(["examples/articles"], store)
"""
from __future__ import annotations

import os
from typing import Any, Callable, Iterable, Sequence

from newsgraph.errors import NewsgraphError, StoreError
from newsgraph.graph import EmbeddedStore, GraphStore, UpsertStats
from newsgraph.graph.merge import merge_node
from newsgraph.graph.resolve import resolve
from newsgraph.loaders import read_articles
from newsgraph.schema import Article, ExtractionResult

INGEST_CHUNK = 64


def open_store(path: str | None = None, neo4j: bool | None = None) -> GraphStore:
    """The embedded store at ``path`` (default ./newsgraph-data/graph.json), or Neo4j.

    Neo4j is chosen by ``neo4j=True`` or, when ``neo4j`` is None and no path is
    given, by NEO4J_URI being set.
    """
    use_neo4j = neo4j if neo4j is not None else (path is None and bool(os.environ.get("NEO4J_URI")))
    if use_neo4j:
        try:
            from newsgraph.graph.neo4j_store import Neo4jStore
        except ImportError as exc:  # pragma: no cover - shipped with the package
            raise StoreError(f"Neo4j store unavailable: {exc}") from None
        return Neo4jStore.from_env()
    return EmbeddedStore(path)


def _extract_all(articles: Sequence[Article], model: str | None, workers: int,
                 progress: Callable[[int], None] | None) -> Iterable[ExtractionResult]:
    if workers > 1 and len(articles) > 1:
        from newsgraph.loaders.parallel import extract_parallel
        yield from extract_parallel(articles, model=model, workers=workers, progress=progress)
        return
    from newsgraph.loaders import Extractor

    extractor = Extractor(model)
    for res in extractor.extract_many(articles):
        if progress:
            progress(1)
        yield res


def ingest(paths: Sequence[str], store: GraphStore, model: str | None = None, workers: int = 1,
           progress: Callable[[int], None] | None = None,
           on_articles: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Read, extract, resolve and upsert. Every file is read and checked before anything is written."""
    articles = read_articles(paths)
    if on_articles:
        on_articles(len(articles))
    results = list(_extract_all(articles, model, workers, progress))
    total = UpsertStats()
    merges: list[dict[str, Any]] = []
    for start in range(0, len(results), INGEST_CHUNK):
        with store.batch():
            for res in results[start:start + INGEST_CHUNK]:
                res, merged = resolve(res, store)
                for m in merged:
                    if hasattr(store, "record_merge"):
                        store.record_merge(m)
                merges.extend(merged)
                total.absorb(store.upsert(res))
    summary = total.as_dict()
    summary["entity_merges"] = len(merges)
    summary["store"] = store.stats()["store"]
    return summary


def combine(results: Iterable[ExtractionResult]) -> ExtractionResult:
    """One result for several articles: same-id entities merge, events and edges union."""
    articles, entities, events, relations = {}, {}, {}, {}
    for res in results:
        for a in res.articles:
            articles.setdefault(a.id, a)
        for e in res.entities:
            if e.id in entities:
                old = entities[e.id].model_dump()
                merged = merge_node({**old, "label": e.type}, {**e.model_dump(), "label": e.type})
                merged.pop("label")
                entities[e.id] = type(e).model_validate(merged)
            else:
                entities[e.id] = e
        for ev in res.events:
            events.setdefault(ev.id, ev)
        for r in res.relations:
            if r.id in relations:
                keys = {x.key() for x in relations[r.id].evidence}
                relations[r.id].evidence.extend(x for x in r.evidence if x.key() not in keys)
            else:
                relations[r.id] = r.model_copy(deep=True)
    return ExtractionResult(articles=list(articles.values()), entities=list(entities.values()),
                            events=list(events.values()), relations=list(relations.values()))


def extract_paths(paths: Sequence[str], model: str | None = None) -> ExtractionResult:
    """Extract without storing (``newsgraph extract``)."""
    articles = read_articles(paths)
    return combine(_extract_all(articles, model, 1, None))


__all__ = ["NewsgraphError", "combine", "extract_paths", "ingest", "open_store"]
