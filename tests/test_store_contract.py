"""The GraphStore contract, run over BOTH stores (embedded and Neo4j) through the `store` fixture.

The fixture graph is tests/fixtures/neo4j/results.json: three hand-made
ExtractionResults (one per article) using every relationship type, and names
with quotes, backticks, braces and a Cypher fragment.
"""
from __future__ import annotations

import json

from conftest import FIXTURES
from newsgraph.schema import Evidence, ExtractionResult, Relation, entity_id

RESULTS = FIXTURES / "neo4j" / "results.json"
HOSTILE_ORG = 'x"}) DETACH DELETE n //'
HOSTILE_PERSON = "Seán O'Brien `the` {Brace}"


def fixture_results() -> list[ExtractionResult]:
    return [ExtractionResult.model_validate(r) for r in json.loads(RESULTS.read_text("utf-8"))]


def load(store) -> None:
    for res in fixture_results():
        store.upsert(res)


def snapshot(store) -> tuple:
    stats = {k: v for k, v in store.stats().items() if k != "store"}
    return store.nodes(), store.edges(), stats


def test_counts_after_ingest(store):
    load(store)
    st = store.stats()
    assert st["labels"] == {"Article": 3, "Country": 2, "Event": 4, "Location": 2, "Organisation": 3,
                            "Person": 4, "Source": 1}
    assert st["nodes"] == 19 and st["edges"] == 42
    assert st["relationship_types"]["SANCTIONED_BY"] == 2
    assert st["relationship_types"]["MENTIONS"] == 22
    assert set(st) == {"store", "nodes", "edges", "labels", "relationship_types", "evidence", "merges"}
    assert st["store"].startswith(store.kind + ":")


def test_ingesting_twice_changes_nothing(store):
    load(store)
    before = snapshot(store)
    for res in fixture_results():
        up = store.upsert(res)
        assert up.articles_added == 0 and up.edges_added == 0 and not up.nodes_added
    assert snapshot(store) == before


def test_upsert_stats(store):
    results = fixture_results()
    first = store.upsert(results[0]).as_dict()
    assert first["articles"] == {"added": 1, "already_stored": 0}
    assert first["entities"] == {"added": 12, "merged": 0}
    assert first["events"] == {"added": 3, "merged": 0}
    second = store.upsert(results[1]).as_dict()
    assert second["entities"] == {"added": 0, "merged": 4}
    # SANCTIONED_BY and ACCUSED Valdoria -> Petrov were already stored: merged, not added
    assert second["relations"]["merged"] == 2


def test_evidence_appended_once_and_properties_keep_first_value(store):
    load(store)
    petrov, valdoria = entity_id("Person", "Ivan Petrov"), entity_id("Country", "Valdoria")
    [sanction] = [e for e in store.edges(["SANCTIONED_BY"]) if e["source"] == petrov]
    assert sanction["target"] == valdoria
    assert [ev["article"] for ev in sanction["evidence"]] == ["article:00000000000000a1", "article:00000000000000a2"]
    assert sanction["properties"] == {"reason": "election interference"}
    load(store)
    [again] = [e for e in store.edges(["SANCTIONED_BY"]) if e["source"] == petrov]
    assert again == sanction


def test_symmetric_relation_stored_once(store):
    load(store)
    [neg] = store.edges(["NEGOTIATED_WITH"])
    assert (neg["source"], neg["target"]) == ("country:ostmark", "country:valdoria")
    assert len(neg["evidence"]) == 2


def test_by_lists_union(store):
    load(store)
    shot = next(e for e in store.edges(["SUSPECTED_OF"]))
    extra = Relation(type="SUSPECTED_OF", source=shot["source"], target=shot["target"],
                     properties={"by": ["person:marta-kovac"]},
                     evidence=[Evidence(article="article:00000000000000a3", sentence="s", start=0, end=1,
                                        extractor="rule:x", confidence=0.5)])
    res = fixture_results()[0].model_copy(update={"relations": [extra]})
    store.upsert(res)
    [merged] = store.edges(["SUSPECTED_OF"])
    assert merged["properties"]["by"] == ["country:ostmark", "person:marta-kovac"]
    assert len(merged["evidence"]) == 2


def test_node_merge_semantics(store):
    load(store)
    petrov = store.get("person:ivan-petrov")
    assert petrov["name"] == "Ivan Petrov" and petrov["label"] == "Person"
    assert petrov["titles"] == ["Gen.", "General"]
    assert petrov["aliases"] == ["Petrov"]
    ostmark = store.get("country:ostmark")
    assert ostmark["aliases"] == ["Ostmarkian"]
    article = store.get("article:00000000000000a3")
    assert article == {"id": "article:00000000000000a3", "label": "Article", "title": None, "published": None,
                       "url": None, "path": None, "source": None}
    event = store.get("event:shooting:2025-03-01:ivan-petrov")
    assert event["type"] == "shooting" and event["date"] == "2025-03-01"
    assert event["location"] == "location:old-town" and len(event["evidence"]) == 1
    assert store.get("person:nobody") is None


def test_find(store):
    load(store)
    assert [n["id"] for n in store.find("Ivan Petrov")] == ["person:ivan-petrov"]
    assert [n["id"] for n in store.find("NDA")] == ["organisation:northern-defence-agency"]
    assert [n["id"] for n in store.find("nda")] == ["organisation:northern-defence-agency"]
    assert [n["id"] for n in store.find("the Valdorian")] == ["country:valdoria"]
    assert [n["id"] for n in store.find("Sean O'Brien `the` {Brace}")] == ["person:sean-o-brien-the-brace"]
    assert [n["id"] for n in store.find("country:ostmark")] == ["country:ostmark"]
    assert store.find("Petrov", label="Country") == []
    assert [n["id"] for n in store.find("Petrov", label="Person")] == ["person:ivan-petrov"]
    assert store.find("nobody at all") == []


def test_hostile_names_stored_verbatim(store):
    load(store)
    before = store.stats()
    org = store.get(entity_id("Organisation", HOSTILE_ORG))
    assert org["name"] == HOSTILE_ORG
    person = store.get(entity_id("Person", HOSTILE_PERSON))
    assert person["name"] == HOSTILE_PERSON
    [member] = [e for e in store.edges_of(person["id"]) if e["type"] == "MEMBER_OF"]
    assert member["properties"]["role"] == 'says "hi" `x` {y}'
    assert [n["id"] for n in store.find(HOSTILE_ORG)] == [org["id"]]
    assert store.stats() == before


def test_edges_of_and_nodes_by_label(store):
    load(store)
    ids = [e["id"] for e in store.edges_of("country:ostmark")]
    assert ids == sorted(ids) and len(ids) == 8
    assert [n["id"] for n in store.nodes("Country")] == ["country:ostmark", "country:valdoria"]
    assert [e["type"] for e in store.edges(["LEADS"])] == ["LEADS"]


def test_neighbours_and_paths(store):
    load(store)
    g = store.neighbours("person:ivan-petrov", hops=1, types=["MEMBER_OF", "SANCTIONED_BY"])
    assert set(g.nodes) == {"person:ivan-petrov", "organisation:northern-defence-agency", "country:valdoria"}
    [path] = store.paths("person:marta-kovac", "country:ostmark")
    assert len(path) == 2 and path[0]["type"] == "PARTICIPATED_IN"
    assert store.paths("person:marta-kovac", "person:nobody") == []


def test_record_merge(store):
    entry = {"from": "person:petrov", "into": "person:ivan-petrov", "name": "Petrov", "rule": "unique-surname",
             "article": "article:00000000000000a2"}
    with store.batch():
        store.record_merge(entry)
        store.record_merge(dict(entry))
        store.upsert(fixture_results()[0])
    assert store.stats()["merges"] == 1


def test_both_stores_answer_identically(neo4j_store, embedded_store):
    """The same upserts give the same records and the same answers from every GraphStore method."""
    for st in (neo4j_store, embedded_store):
        load(st)
        load(st)
    a, b = neo4j_store, embedded_store
    assert a.nodes() == b.nodes() and a.edges() == b.edges()
    strip = lambda st: {k: v for k, v in st.stats().items() if k != "store"}
    assert strip(a) == strip(b)
    for label in ("Person", "Country", "Event", "Article"):
        assert a.nodes(label) == b.nodes(label)
    assert a.edges(["MEMBER_OF", "ACCUSED"]) == b.edges(["MEMBER_OF", "ACCUSED"])
    ids = [n["id"] for n in b.nodes()]
    for nid in ids:
        assert a.get(nid) == b.get(nid)
        assert a.edges_of(nid) == b.edges_of(nid)
    for name in ("Petrov", "petrov", "NDA", "the Valdorian", "Kovac", "Port Lira", HOSTILE_ORG, HOSTILE_PERSON,
                 "shooting 2025-03-01", "nobody"):
        assert a.find(name) == b.find(name), name
    for start, hops, types in (("person:ivan-petrov", 1, None), ("country:ostmark", 2, None),
                               ("person:marta-kovac", 3, ["PARTICIPATED_IN", "NEGOTIATED_WITH"])):
        ga, gb = a.neighbours(start, hops, types), b.neighbours(start, hops, types)
        assert sorted(ga.nodes) == sorted(gb.nodes)
        assert sorted(ga.edges(keys=True)) == sorted(gb.edges(keys=True))
    for x in ids[::3]:
        for y in ids[1::4]:
            assert a.paths(x, y, all_paths=True) == b.paths(x, y, all_paths=True), (x, y)
