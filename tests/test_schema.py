"""Schema validation: the vocabulary, ids and the pydantic models' rules."""
import pytest
from pydantic import ValidationError

from newsgraph.schema import (ACTOR_LABELS, EVENT_TYPES, RELATION_TYPES, VOCAB, Article, Entity, Event,
                              Evidence, ExtractionResult, Relation, article_id, constraints_cypher,
                              entity_id)
from conftest import ROOT

ONTOLOGY = ROOT.parent / "shared" / "ONTOLOGY.md"


def ev(**kw):
    base = dict(article="article:x", sentence="S.", start=0, end=2, extractor="rule:test", confidence=0.5)
    base.update(kw)
    return Evidence(**base)


def test_vocabulary_matches_ontology_doc():
    if not ONTOLOGY.exists():
        pytest.skip("shared/ONTOLOGY.md not beside the repo")
    doc = ONTOLOGY.read_text()
    for rel in RELATION_TYPES:
        assert f"`{rel}`" in doc, rel
    for et in EVENT_TYPES:
        assert f"`{et}`" in doc, et
    assert set(ACTOR_LABELS) == {"Person", "Organisation", "Country"}


def test_constraints_file_is_generated_from_vocabulary():
    assert (ROOT / "schema" / "constraints.cypher").read_text() == constraints_cypher()
    for label in VOCAB.labels:
        assert f"FOR (n:{label}) REQUIRE n.id IS UNIQUE" in constraints_cypher()


@pytest.mark.parametrize("date", ["2026-02-06", "2026-02", "2023", None])
def test_iso_dates_of_any_precision(date):
    assert Event(id="event:x", type="shooting", date=date).date == date


@pytest.mark.parametrize("date", ["2026-13", "06/02/2026", "2026-02-30", "last Friday", "26"])
def test_bad_dates_refused(date):
    with pytest.raises(ValidationError):
        Event(id="event:x", type="shooting", date=date)


def test_unknown_event_type_refused():
    with pytest.raises(ValidationError, match="not in the ontology"):
        Event(id="event:x", type="picnic")


@pytest.mark.parametrize("conf", [-0.1, 1.01])
def test_confidence_must_be_in_unit_interval(conf):
    with pytest.raises(ValidationError):
        ev(confidence=conf)


def test_evidence_offsets_ordered():
    with pytest.raises(ValidationError):
        ev(start=10, end=5)


def test_stable_ids():
    a = Entity(type="Person", name="Ana  María Ortiz")
    assert a.id == entity_id("Person", "Ana María Ortiz") == "person:ana-maria-ortiz"
    assert article_id("Some  text\n") == article_id("Some text")
    assert Article(text="Some text").id == article_id("Some text")
    assert article_id("Some text") != article_id("Other text")


def test_entity_aliases_cleaned():
    e = Entity(type="Person", name="Ana Ortiz", aliases=["Ortiz", "Ortiz", "Ana Ortiz", " Ortiz "])
    assert e.aliases == ["Ortiz"]


def test_relation_domain_and_range_enforced():
    p = Entity(type="Person", name="Ana Ortiz")
    org = Entity(type="Organisation", name="Harbour Board")
    loc = Entity(type="Location", name="Lyon")
    ok = Relation(type="MEMBER_OF", source=p.id, target=org.id, evidence=[ev()])
    ExtractionResult(entities=[p, org], relations=[ok])
    with pytest.raises(ValidationError, match="cannot go from"):
        ExtractionResult(entities=[p, loc], relations=[Relation(type="MEMBER_OF", source=p.id, target=loc.id)])
    with pytest.raises(ValidationError, match="unknown node"):
        ExtractionResult(entities=[p], relations=[Relation(type="LEADS", source=p.id, target="organisation:x")])


def test_unknown_relation_type_refused():
    with pytest.raises(ValidationError):
        Relation(type="LIKES", source="a", target="b")


def test_symmetric_relation_stored_once():
    a = Relation(type="NEGOTIATED_WITH", source="country:b", target="country:a")
    b = Relation(type="NEGOTIATED_WITH", source="country:a", target="country:b")
    assert (a.source, a.target) == ("country:a", "country:b")
    assert a.id == b.id
    assert Relation(type="ACCUSED", source="country:b", target="country:a").id != \
        Relation(type="ACCUSED", source="country:a", target="country:b").id


def test_self_relation_refused():
    with pytest.raises(ValidationError):
        Relation(type="ACCUSED", source="country:a", target="country:a")


def test_extra_fields_refused():
    with pytest.raises(ValidationError):
        Entity(type="Person", name="X", colour="red")
