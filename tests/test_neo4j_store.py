"""Neo4jStore against the real server: schema, atomic batched writes, injection safety, errors, push, CLI.

Needs `scripts/neo4j start` (make test does it); without a server these tests
skip with one line, except the "cannot reach" ones, which need no server.
"""
from __future__ import annotations

import json
import threading

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from newsgraph.cli import cli
from newsgraph.errors import StoreError
from newsgraph.graph.neo4j_store import Neo4jStore, check_label, check_type, push
from test_store_contract import HOSTILE_ORG, fixture_results, load

UNREACHABLE = "bolt://127.0.0.1:1"


# --------------------------------------------------------------------------- errors (no server needed)
def test_unreachable_server_is_one_clear_error():
    with pytest.raises(StoreError) as info:
        Neo4jStore(uri=UNREACHABLE, connection_timeout=3)
    assert str(info.value) == f"Cannot reach Neo4j at {UNREACHABLE}"
    assert "scripts/neo4j start" in info.value.hint
    assert info.value.__cause__ is not None  # the driver error is kept, not swallowed


def test_unreachable_server_cli_exit_code(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", UNREACHABLE)
    res = CliRunner().invoke(cli, ["stats", "--neo4j"])
    assert res.exit_code == 3
    lines = res.output.strip().splitlines()
    assert lines[0] == f"Error: Cannot reach Neo4j at {UNREACHABLE}" and lines[1].startswith("Hint: ")
    assert "Traceback" not in res.output


def test_invalid_uri():
    with pytest.raises(StoreError, match="invalid NEO4J_URI"):
        Neo4jStore(uri="http://127.0.0.1:7474")


def test_labels_and_types_are_validated_before_formatting():
    assert check_label("Person") == "Person" and check_type("MEMBER_OF") == "MEMBER_OF"
    for bad in ("Person`) DETACH DELETE n //", "person", "Actor", ""):
        with pytest.raises(StoreError, match="unknown node label"):
            check_label(bad)
    for bad in ("KNOWS", "MEMBER_OF]->() DETACH DELETE n //"):
        with pytest.raises(StoreError, match="unknown relationship type"):
            check_type(bad)


# --------------------------------------------------------------------------- against the server
def test_bad_password_is_one_clear_error(neo4j_store):
    with pytest.raises(StoreError) as info:
        Neo4jStore(uri=neo4j_store.uri, user=neo4j_store.user, password="wrong-password-for-test")
    assert str(info.value) == f"authentication failed for user 'neo4j' at {neo4j_store.uri}"
    assert "NEO4J_PASSWORD" in info.value.hint


def test_bad_password_cli_exit_code(neo4j_store, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", neo4j_store.uri)
    monkeypatch.setenv("NEO4J_PASSWORD", "wrong-password-for-cli-test")
    res = CliRunner().invoke(cli, ["query", "run", "most_connected", "--neo4j"])
    assert res.exit_code == 3
    assert res.output.startswith("Error: authentication failed for user 'neo4j' at ")
    assert len(res.output.strip().splitlines()) == 2


def test_constraints_and_indexes_are_applied_idempotently(neo4j_store):
    neo4j_store.apply_constraints(force=True)
    neo4j_store.apply_constraints(force=True)
    constraints = {r["name"]: r for r in neo4j_store.run("SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type")}
    for label in ("Person", "Organisation", "Country", "Location", "Source", "Event", "Article"):
        c = constraints[f"{label.lower()}_id"]
        assert c["labelsOrTypes"] == [label] and c["properties"] == ["id"] and c["type"] == "UNIQUENESS"
    indexes = {r["name"]: r for r in neo4j_store.run("SHOW INDEXES YIELD name, type, properties, state")}
    assert indexes["entity_names"]["type"] == "FULLTEXT"
    assert set(indexes["entity_names"]["properties"]) == {"name", "aliases_text"}
    assert indexes["person_name"]["state"] == "ONLINE" and "rel_member_of_id" in indexes


def test_unique_id_constraint_is_enforced(neo4j_store):
    load(neo4j_store)
    with pytest.raises(StoreError, match="already exists"):
        neo4j_store.run("CREATE (:Person {id: 'person:ivan-petrov'})", write=True)


def test_fulltext_index_finds_names_and_aliases(neo4j_store):
    load(neo4j_store)
    rows = neo4j_store.run("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node "
                           "RETURN node.id AS id ORDER BY id", {"q": "Valdorian"})
    assert [r["id"] for r in rows] == ["country:valdoria"]


def test_upsert_is_all_or_nothing(neo4j_store):
    load(neo4j_store)
    before = neo4j_store.stats()
    node = {"id": "person:half-written", "label": "Person", "name": "Half Written", "aliases": []}
    edge = {"id": "rel:broken", "type": "MEMBER_OF", "source": "person:half-written",
            "target": "organisation:not-stored", "properties": {}, "evidence": []}
    with pytest.raises(StoreError, match="not stored"):
        neo4j_store.upsert_records([node], [edge])
    bad = {"id": "thing:x", "label": "Thing", "name": "x"}
    with pytest.raises(StoreError, match="unknown node label"):
        neo4j_store.upsert_records([node, bad], [])
    assert neo4j_store.get("person:half-written") is None
    assert neo4j_store.stats() == before


def test_values_round_trip_exactly(neo4j_store):
    load(neo4j_store)
    odd = {"id": "rel:odd", "type": "ACCUSED", "source": "country:ostmark", "target": "person:ivan-petrov",
           "properties": {"allegation": HOSTILE_ORG, "nested": {"a": [1, "b"]}, "mixed": [1, "x"], "none": None,
                          "id": "clash", "evidence_article": "clash too", "n": 3, "f": 0.25, "flag": True,
                          "empty": []},
           "evidence": [{"article": "article:00000000000000a2", "sentence": "it's {x} `y` \"z\"", "start": 0,
                         "end": 17, "extractor": "rule:test", "confidence": 1.0}]}
    neo4j_store.upsert_records([], [odd])
    [back] = [e for e in neo4j_store.edges(["ACCUSED"]) if e["id"] == "rel:odd"]
    assert back == odd
    raw = neo4j_store.run("MATCH ()-[r {id: 'rel:odd'}]->() RETURN r.allegation AS a, r.n AS n")
    assert raw == [{"a": HOSTILE_ORG, "n": 3}]


def test_concurrent_writers_both_land(neo4j_store, embedded_store):
    results = fixture_results()
    errors = []

    def work(res):
        try:
            for _ in range(3):
                neo4j_store.upsert(res)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
    threads = [threading.Thread(target=work, args=(r,)) for r in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    load(embedded_store)
    # which article lands first decides "first value wins" properties; nodes, edges and evidence must all be there
    strip = lambda st: {k: v for k, v in st.items() if k != "store"}
    assert strip(neo4j_store.stats()) == strip(embedded_store.stats())
    evidence = lambda store: {e["id"]: e["evidence"] for e in store.edges()}
    assert evidence(neo4j_store) == evidence(embedded_store)


def test_push_copies_the_embedded_store_idempotently(neo4j_store, embedded_store):
    load(embedded_store)
    embedded_store.record_merge({"from": "person:petrov", "into": "person:ivan-petrov", "name": "Petrov",
                                 "rule": "unique-surname", "article": None})
    first = push(embedded_store, neo4j_store, chunk=7)
    second = push(embedded_store, neo4j_store, chunk=7)
    assert first["target"] == second["target"]
    assert second["upsert"]["relations"]["added"] == 0
    assert neo4j_store.nodes() == embedded_store.nodes() and neo4j_store.edges() == embedded_store.edges()
    assert neo4j_store.merges() == embedded_store.merges


def test_cli_ingest_neo4j_twice_keeps_counts(neo4j_store, monkeypatch, extractor):
    monkeypatch.setenv("NEO4J_URI", neo4j_store.uri)
    runner = CliRunner()
    arts = str(FIXTURES / "articles")
    first = runner.invoke(cli, ["ingest", arts, "--neo4j", "--json"])
    assert first.exit_code == 0, first.output
    stats1 = neo4j_store.stats()
    assert stats1["nodes"] > 0
    second = runner.invoke(cli, ["ingest", arts, "--neo4j", "--json"])
    assert second.exit_code == 0, second.output
    summary = json.loads(second.stdout)
    assert summary["articles"]["added"] == 0 and summary["relations"]["added"] == 0
    assert neo4j_store.stats() == stats1
    shown = runner.invoke(cli, ["stats", "--neo4j", "--json"])
    assert json.loads(shown.stdout) == stats1


def test_failed_batch_leaves_no_merge_log(neo4j_store):
    with pytest.raises(RuntimeError):
        with neo4j_store.batch():
            neo4j_store.record_merge({"from": "a", "into": "b", "name": "n", "rule": "r", "article": None})
            raise RuntimeError("extraction blew up")
    with neo4j_store.batch():
        pass
    assert neo4j_store.stats()["merges"] == 0


def test_transient_failures_are_retried(neo4j_store, monkeypatch):
    from neo4j.exceptions import ServiceUnavailable

    calls = []
    real = Neo4jStore._write_records

    def flaky(self, tx, *args):
        calls.append(1)
        if len(calls) == 1:
            raise ServiceUnavailable("connection dropped mid-transaction")
        return real(self, tx, *args)
    monkeypatch.setattr(Neo4jStore, "_write_records", flaky)
    stats = neo4j_store.upsert(fixture_results()[0])
    assert len(calls) == 2 and stats.articles_added == 1
    assert neo4j_store.stats()["labels"]["Article"] == 1


def test_shipped_constraints_file_runs(neo4j_store):
    """schema/constraints.cypher (what `newsgraph schema --cypher` prints) runs as-is, twice."""
    from conftest import ROOT

    text = (ROOT / "schema" / "constraints.cypher").read_text("utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
    statements = [s.strip() for s in body.split(";") if s.strip()]
    assert statements
    for _ in range(2):
        for stmt in statements:
            neo4j_store.run(stmt, write=True)
    names = {r["name"] for r in neo4j_store.run("SHOW CONSTRAINTS YIELD name")}
    assert {"person_id", "article_id", "event_id"} <= names
