"""Cross-article entity resolution: one id per actor, no merge without support, a log of merges."""
from __future__ import annotations

from newsgraph.graph.resolve import resolve
from newsgraph.schema import Article, Entity, ExtractionResult


def result(text: str, *entities: Entity) -> ExtractionResult:
    return ExtractionResult(articles=[Article(text=text, published="2026-01-01")], entities=list(entities))


def person(name: str, *aliases: str, titles=()) -> Entity:
    return Entity(type="Person", name=name, aliases=list(aliases), titles=list(titles))


def ingest(store, res: ExtractionResult):
    """What newsgraph.api.ingest does per article: resolve, log merges, upsert (in one locked batch)."""
    with store.batch():
        res, merges = resolve(res, store)
        for m in merges:
            store.record_merge(m)
        store.upsert(res)
    return res, merges


def test_full_name_surname_and_titled_name_get_one_id(embedded_store):
    first, _ = ingest(embedded_store, result("a", person("Vladimir Alekseyev", "Lt. Gen. Vladimir Alekseyev",
                                                         titles=["Lt. Gen."])))
    second, merges = ingest(embedded_store, result("b", person("Alekseyev")))
    third, _ = ingest(embedded_store, result("c", person("Vladimir Alekseyev", "Alekseyev")))
    ids = {first.entities[0].id, second.entities[0].id, third.entities[0].id}
    assert ids == {"person:vladimir-alekseyev"}
    assert merges and merges[0]["rule"] == "unique-surname" and merges[0]["into"] == "person:vladimir-alekseyev"
    assert embedded_store.stats()["merges"] >= 1  # the log is kept with the store and can be inspected


def test_people_sharing_a_surname_are_not_merged(embedded_store):
    ingest(embedded_store, result("a", person("Jovan Petrovic", "Petrovic")))
    marko, merges = ingest(embedded_store, result("b", person("Marko Petrovic", "Petrovic")))
    assert marko.entities[0].id == "person:marko-petrovic" and merges == []
    lone, merges = ingest(embedded_store, result("c", person("Petrovic")))
    assert lone.entities[0].id == "person:petrovic" and merges == []  # two bearers: no support


def test_spelling_variants_merge_by_rapidfuzz(embedded_store):
    ingest(embedded_store, result("a", person("Volodymyr Zelenskyy")))
    res, merges = ingest(embedded_store, result("b", person("Volodymyr Zelensky")))
    assert res.entities[0].id == "person:volodymyr-zelenskyy"
    assert merges[0]["rule"] == "fuzzy-name"


def test_different_first_names_block_fuzzy_merge(embedded_store):
    ingest(embedded_store, result("a", person("Kim Jong Un")))
    res, merges = ingest(embedded_store, result("b", person("Kim Jong Nam")))
    assert res.entities[0].id == "person:kim-jong-nam" and merges == []


def test_organisation_alias_merges(embedded_store):
    ingest(embedded_store, result("a", Entity(type="Organisation", name="Rapid Support Forces", aliases=["RSF"])))
    res, merges = ingest(embedded_store, result("b", Entity(type="Organisation", name="RSF")))
    assert res.entities[0].id == "organisation:rapid-support-forces"
    assert merges[0]["rule"] == "name-or-alias"


def _with_event(text, date, *, actor="Sergei Skripal", role="TARGET_OF", etype="poisoning"):
    from newsgraph.schema import Event, Evidence, Relation, event_id

    p = person(actor)
    ev = Event(id=event_id(etype, date, actor), type=etype, date=date)
    art = Article(text=text, published="2026-01-01")
    evidence = Evidence(article=art.id, sentence=text, start=0, end=len(text), extractor="test", confidence=1.0)
    return ExtractionResult(articles=[art], entities=[p], events=[ev],
                            relations=[Relation(type=role, source=p.id, target=ev.id, evidence=[evidence])])


def test_same_event_told_by_a_second_article_is_one_node(embedded_store):
    first, _ = ingest(embedded_store, _with_event("The 2018 poisoning of Skripal.", "2018"))
    second, merges = ingest(embedded_store, _with_event("Skripal was poisoned in March 2018.", "2018-03"))
    assert second.events[0].id == first.events[0].id
    assert any(m["rule"] == "event-date-and-actor" for m in merges)
    assert len(embedded_store.nodes("Event")) == 1


def test_events_of_other_years_or_actors_stay_apart(embedded_store):
    ingest(embedded_store, _with_event("The 2018 poisoning of Skripal.", "2018"))
    ingest(embedded_store, _with_event("The 2020 poisoning of Skripal.", "2020"))
    ingest(embedded_store, _with_event("The 2018 poisoning of Navalny.", "2018", actor="Alexei Navalny"))
    assert len(embedded_store.nodes("Event")) == 3
