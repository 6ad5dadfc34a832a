"""The embedded store: merge by id, byte-for-byte idempotency, atomic and locked writes."""
import json
import os
import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT
from newsgraph.api import ingest
from newsgraph.errors import StoreError
from newsgraph.graph import EmbeddedStore
from newsgraph.schema import Article, Entity, Evidence, ExtractionResult, Relation


def _fact(text: str, published="2025-01-01") -> ExtractionResult:
    """One article stating: the EU sanctioned Harbour Board (evidence = the whole text)."""
    art = Article(text=text, published=published)
    eu = Entity(type="Organisation", name="European Union", aliases=["EU"])
    hb = Entity(type="Organisation", name="Harbour Board")
    ev = Evidence(article=art.id, sentence=text, start=0, end=len(text), extractor="rule:test", confidence=0.8)
    return ExtractionResult(articles=[art], entities=[eu, hb],
                            relations=[Relation(type="SANCTIONED_BY", source=hb.id, target=eu.id, evidence=[ev])])


def test_same_article_twice_is_byte_for_byte_equal(tmp_path):
    path = tmp_path / "g.json"
    store = EmbeddedStore(path)
    ingest([str(FIXTURES / "articles")], store)
    first = path.read_bytes()
    summary = ingest([str(FIXTURES / "articles")], EmbeddedStore(path))
    assert path.read_bytes() == first
    assert summary["articles"]["added"] == 0 and summary["articles"]["already_stored"] == 4
    assert summary["entities"]["added"] == 0 and summary["relations"]["added"] == 0


def test_second_article_adds_evidence_not_an_edge(embedded_store):
    embedded_store.upsert(_fact("The EU sanctioned the Harbour Board."))
    stats = embedded_store.upsert(_fact("Harbour Board was sanctioned by the EU on Monday."))
    assert stats.edges_added == 0 and stats.edges_merged == 1
    [edge] = embedded_store.edges(["SANCTIONED_BY"])
    assert len(edge["evidence"]) == 2
    assert {e["sentence"] for e in edge["evidence"]} == {
        "The EU sanctioned the Harbour Board.", "Harbour Board was sanctioned by the EU on Monday."}
    assert len(embedded_store.nodes("Organisation")) == 2


def test_store_survives_reopen(tmp_path):
    EmbeddedStore(tmp_path / "g.json").upsert(_fact("The EU sanctioned the Harbour Board."))
    again = EmbeddedStore(tmp_path / "g.json")
    assert again.find("EU")[0]["name"] == "European Union"
    assert again.stats()["edges"] == 1


def test_failed_write_keeps_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "g.json"
    store = EmbeddedStore(path)
    store.upsert(_fact("The EU sanctioned the Harbour Board."))
    before = path.read_bytes()

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(StoreError, match="cannot write"):
        store.upsert(_fact("Another article: the EU sanctioned the Harbour Board again."))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_error_inside_batch_writes_nothing(tmp_path):
    path = tmp_path / "g.json"
    store = EmbeddedStore(path)
    store.upsert(_fact("The EU sanctioned the Harbour Board."))
    before = path.read_bytes()
    with pytest.raises(RuntimeError):
        with store.batch():
            store.upsert(_fact("A second article about the Harbour Board and the EU."))
            raise RuntimeError("crash mid-batch")
    assert path.read_bytes() == before
    assert store.stats()["labels"]["Article"] == 1


def test_corrupt_store_is_refused_not_overwritten(tmp_path):
    path = tmp_path / "g.json"
    path.write_text("{not json")
    with pytest.raises(StoreError, match="cannot read the store"):
        EmbeddedStore(path)
    path.write_text(json.dumps({"hello": "world"}))
    with pytest.raises(StoreError, match="not a newsgraph store"):
        EmbeddedStore(path)
    assert json.loads(path.read_text()) == {"hello": "world"}


_WRITER = """
import sys
from newsgraph.graph import EmbeddedStore
from newsgraph.schema import Article, Entity, ExtractionResult
store = EmbeddedStore(sys.argv[1])
for i in range(int(sys.argv[3])):
    text = f"{sys.argv[2]} article {i}"
    store.upsert(ExtractionResult(articles=[Article(text=text)],
                                  entities=[Entity(type="Person", name=f"{sys.argv[2]} Person {i}")]))
"""


def test_concurrent_writers_lose_nothing(tmp_path):
    path = tmp_path / "g.json"
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(path), name, "15"])
             for name in ("Alpha", "Beta")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    stats = EmbeddedStore(path).stats()
    assert stats["labels"] == {"Article": 30, "Person": 30}


def test_store_path_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_STORE", str(tmp_path / "env.json"))
    store = EmbeddedStore()
    store.upsert(_fact("The EU sanctioned the Harbour Board."))
    assert (tmp_path / "env.json").exists()


def test_rewrites_keep_file_permissions(tmp_path):
    path = tmp_path / "g.json"
    store = EmbeddedStore(path)
    store.upsert(_fact("The EU sanctioned the Harbour Board."))
    assert path.stat().st_mode & 0o777 == 0o644
    path.chmod(0o640)
    store.upsert(_fact("The Harbour Board was sanctioned by the EU again."))
    assert path.stat().st_mode & 0o777 == 0o640
