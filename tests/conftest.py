"""Shared fixtures: the real spaCy extractor (loaded once), and stores of both kinds.

The ``store`` fixture is parametrised over the embedded store and Neo4j so one
suite checks both implementations of GraphStore. Neo4j tests need the server
started by ``scripts/neo4j start`` (``make test`` does it). Under CI, or with
NEWSGRAPH_NEO4J_TESTS=1, a missing server is a failure; elsewhere the tests
skip with one line saying why.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


def neo4j_required() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("NEWSGRAPH_NEO4J_TESTS"))


@pytest.fixture(scope="session")
def extractor():
    from newsgraph.loaders import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def _neo4j_session():
    """One driver for the session; None (skip) when no server and not required."""
    try:
        from newsgraph.graph.neo4j_store import Neo4jStore
    except ImportError as exc:
        if neo4j_required():
            pytest.fail(f"Neo4j store cannot be imported: {exc}")
        pytest.skip(f"Neo4j store not available: {exc}")
    from newsgraph.errors import StoreError

    try:
        store = Neo4jStore.from_env(default_uri="bolt://127.0.0.1:7687")
        store.stats()
    except StoreError as exc:
        if neo4j_required():
            pytest.fail(f"Neo4j is required here but not reachable: {exc}")
        pytest.skip(f"Neo4j not running ({exc}); start it with scripts/neo4j start")
    yield store
    store.close()


@pytest.fixture
def neo4j_store(_neo4j_session):
    _neo4j_session.clear()
    return _neo4j_session


@pytest.fixture
def embedded_store(tmp_path):
    from newsgraph.graph import EmbeddedStore

    return EmbeddedStore(tmp_path / "graph.json")


@pytest.fixture(params=["embedded", "neo4j"])
def store(request):
    return request.getfixturevalue(f"{request.param}_store")
