"""Lookups (who, path, neighbours, timeline, explain, search) through the CLI, on both stores.

The graph is the hand-made fixture in tests/fixtures/export/sample.py, so the
answers are known exactly and do not depend on extraction quality.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph import lookup
from newsgraph.cli import cli

_spec = importlib.util.spec_from_file_location("ng_sample", Path(__file__).parent / "fixtures" / "export" / "sample.py")
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)

ORLOV = "person:pavel-orlov"
SHOOTING = "event:shooting:2026-02-06:volokolamskoye-highway"


@pytest.fixture
def graph(store):
    sample.load(store)
    return store


@pytest.fixture
def run(graph):
    """Invoke the CLI against the fixture graph's store; returns the click Result."""
    store_args = ["--neo4j"] if graph.kind == "neo4j" else ["--store", str(graph.path)]
    runner = CliRunner()

    def go(*args, ok=True):
        res = runner.invoke(cli, [*args, *store_args], catch_exceptions=False)
        if ok:
            assert res.exit_code == 0, res.output + (res.stderr if res.stderr_bytes else "")
        return res
    return go


def js(res):
    return json.loads(res.stdout)


# date handling ------------------------------------------------------------------------

def test_partial_dates_sort_and_span():
    dates = ["2023-02-05", None, "2023", "2026-02-06", "2023-02", "2018", "2023-06"]
    assert sorted(dates, key=lookup.date_key) == ["2018", "2023", "2023-02", "2023-02-05", "2023-06",
                                                   "2026-02-06", None]
    assert lookup.in_range("2023", since="2023-06")          # a year overlaps a later month
    assert not lookup.in_range("2023-02", since="2023-03")
    assert lookup.in_range("2023-02-05", since="2023-02", until="2023-02")
    assert not lookup.in_range(None, since="2020")
    with pytest.raises(ValueError):
        lookup.parse_date("2023-13")


# who ----------------------------------------------------------------------------------

def test_who_profile_by_name_alias_and_id(run):
    for name in ("Pavel Orlov", "orlov", "General Orlov", ORLOV):
        data = js(run("who", name, "--json"))
        assert data["entity"]["id"] == ORLOV
    ent = data["entity"]
    assert ent["titles"] == ["Lt. Gen."] and ent["roles"] == ["deputy head of the GRU"]
    rels = data["relations"]
    assert set(rels) == {"ACCUSED <-", "ACCUSED_OF ->", "MEMBER_OF ->", "NEGOTIATED_WITH --",
                         "PARTICIPATED_IN ->", "SANCTIONED_BY ->", "TARGET_OF ->"}
    member = rels["MEMBER_OF ->"][0]
    assert member["counterpart"] == "organisation:gru" and member["articles"] == 2
    assert member["confidence"] == pytest.approx(0.9)
    assert "evidence" not in member
    accused_of = rels["ACCUSED_OF ->"][0]
    assert accused_of["date"] == "2018" and [b["name"] for b in accused_of["by"]] == ["United Kingdom"]
    assert [r["date"] for r in rels["TARGET_OF ->"]] == ["2023-02-05", "2026-02-06"]
    assert rels["ACCUSED <-"][0]["counterpart_name"] == "United Kingdom"


def test_who_human_table_and_evidence(run):
    out = run("who", "Orlov").stdout
    assert "Pavel Orlov  [Person]  person:pavel-orlov" in out
    assert "titles: Lt. Gen." in out and "roles: deputy head of the GRU" in out
    header = next(line for line in out.splitlines() if line.startswith("relation"))
    row = next(line for line in out.splitlines() if line.startswith("MEMBER_OF ->"))
    assert header.index("counterpart") == row.index("GRU")  # aligned columns
    ev = run("who", "Orlov", "--evidence")
    assert "Lt. Gen. Pavel Orlov, deputy head of the GRU, was shot in Moscow on Friday." in ev.stdout
    assert "General shot in Moscow, 2026-02-07" in ev.stdout
    data = js(run("who", "Orlov", "--evidence", "--json"))
    sentences = {v["sentence"] for v in data["relations"]["MEMBER_OF ->"][0]["evidence"]}
    assert len(sentences) == 2


def test_ambiguous_name_lists_candidates_and_fails(run):
    res = run("who", "Belov", ok=False)
    assert res.exit_code == 5
    assert "Igor Belov" in res.stderr and "Oleg Belov" in res.stderr and "person:oleg-belov" in res.stderr
    res = run("who", "Belov", "--json", ok=False)
    assert res.exit_code == 5
    for cmd in (["path", "Belov", "Orlov"], ["neighbours", "Belov"], ["timeline", "Belov"],
                ["explain", "Belov", "LEADS", "GRU"]):
        assert run(*cmd, ok=False).exit_code == 5, cmd


def test_unknown_name_suggests_closest(run):
    res = run("who", "Orlv", ok=False)
    assert res.exit_code == 4
    assert "no entity named 'Orlv'" in res.stderr and "Pavel Orlov (person:pavel-orlov" in res.stderr
    assert "Anton Markov" not in res.stderr  # only the close ones
    res = run("neighbours", "Markof", ok=False)
    assert res.exit_code == 4 and "Anton Markov" in res.stderr


# path ---------------------------------------------------------------------------------

def test_path_hops_with_types_and_evidence(run):
    data = js(run("path", "Markov", "Igor Belov", "--json"))
    (hops,) = data["paths"]
    assert [(h["from_name"], h["type"], h["direction"], h["to_name"]) for h in hops] == [
        ("Anton Markov", "NEGOTIATED_WITH", "--", "Pavel Orlov"),
        ("Pavel Orlov", "MEMBER_OF", "->", "GRU"),
        ("GRU", "LEADS", "<-", "Igor Belov")]
    assert hops[0]["sentence"].startswith("Orlov, a member of the GRU, negotiated with Anton Markov")
    out = run("path", "Markov", "Igor Belov").stdout
    assert "-[MEMBER_OF]->" in out and "<-[LEADS]-" in out and "path 1: 3 hops" in out


def test_path_all_and_max_hops(run):
    data = js(run("path", "Orlov", "Russia", "--all", "--json"))
    assert len(data["paths"]) == 1 and len(data["paths"][0]) == 2
    data = js(run("path", "Oleg Belov", "United States", "--all", "--json"))
    assert len(data["paths"]) == 1  # via the talks and Orlov
    res = run("path", "Markov", "Igor Belov", "--max-hops", "2", ok=False)
    assert res.exit_code == 4 and "within 2 hops" in res.stderr


# neighbours ---------------------------------------------------------------------------

def test_neighbours_hops_types_since(run):
    one = js(run("neighbours", "Orlov", "--json"))
    assert {n["id"] for n in one["neighbours"]} == {
        "country:united-kingdom", "country:united-states", "organisation:gru", "person:anton-markov",
        "event:poisoning:2018:salisbury", "event:negotiation:2023-02:abu-dhabi", SHOOTING,
        "event:sanction:2023-02-05:pavel-orlov"}
    assert all(n["hops"] == 1 for n in one["neighbours"])
    two = js(run("neighbours", "Orlov", "--hops", "2", "--json"))
    assert {"country:russia", "person:igor-belov", "country:ukraine"} <= {n["id"] for n in two["neighbours"]}
    russia = next(n for n in two["neighbours"] if n["id"] == "country:russia")
    assert russia["hops"] == 2 and russia["via"][0]["from"] == "organisation:gru"
    typed = js(run("neighbours", "Orlov", "--hops", "2", "--type", "MEMBER_OF", "--type", "LEADS,PART_OF",
                   "--json"))
    assert {n["id"] for n in typed["neighbours"]} == {"organisation:gru", "person:igor-belov", "country:russia"}
    since = js(run("neighbours", "Orlov", "--since", "2023-03", "--json"))
    ids = {n["id"] for n in since["neighbours"]}
    assert SHOOTING in ids and "event:poisoning:2018:salisbury" not in ids
    assert "event:sanction:2023-02-05:pavel-orlov" not in ids and "person:anton-markov" in ids
    assert run("neighbours", "Orlov", "--type", "NOPE", ok=False).exit_code == 2
    assert run("neighbours", "Orlov", "--since", "2023-13", ok=False).exit_code == 2
    out = run("neighbours", "Orlov").stdout
    assert "8 neighbours within 1 hop" in out


# timeline -----------------------------------------------------------------------------

def test_timeline_orders_partial_dates_and_shows_them_as_written(run):
    data = js(run("timeline", "--json"))
    assert [e["date"] for e in data["events"]] == ["2018", "2023", "2023-02", "2023-02-05", "2023-06",
                                                    "2026-02-06", None]
    shooting = next(e for e in data["events"] if e["id"] == SHOOTING)
    roles = {(p["name"], p["role"]) for p in shooting["participants"]}
    assert roles == {("Pavel Orlov", "TARGET_OF"), ("Ukraine", "SUSPECTED_OF")}
    assert next(p for p in shooting["participants"] if p["role"] == "SUSPECTED_OF")["by"] == ["Russia"]
    assert shooting["location"] == "Volokolamskoye Highway"
    out = run("timeline").stdout.splitlines()
    firsts = [line.split()[0] for line in out[2:]]
    assert firsts == ["2018", "2023", "2023-02", "2023-02-05", "2023-06", "2026-02-06", "undated"]


def test_timeline_of_actor_with_range(run):
    data = js(run("timeline", "Orlov", "--since", "2023", "--until", "2023-02", "--json"))
    assert [e["id"] for e in data["events"]] == ["event:negotiation:2023-02:abu-dhabi",
                                                  "event:sanction:2023-02-05:pavel-orlov"]
    assert data["entity"]["id"] == ORLOV
    data = js(run("timeline", "--since", "2026", "--json"))
    assert [e["id"] for e in data["events"]] == [SHOOTING]


# explain ------------------------------------------------------------------------------

def test_explain_by_triple_and_by_id(run):
    data = js(run("explain", "Orlov", "MEMBER_OF", "GRU", "--json"))
    assert data["type"] == "MEMBER_OF" and data["articles"] == 2 and len(data["evidence"]) == 2
    ev = data["evidence"][0]
    assert {"article", "sentence", "start", "end", "extractor", "confidence", "article_title"} <= set(ev)
    assert [v["article_published"] for v in data["evidence"]] == ["2023-06-25", "2026-02-07"]
    assert ev["end"] - ev["start"] == len(ev["sentence"])
    by_id = js(run("explain", data["relation"], "--json"))
    assert by_id == data
    assert js(run("explain", data["relation"][4:12], "--json"))["relation"] == data["relation"]  # prefix
    accused = js(run("explain", "Orlov", "accused_of", "poisoning 2018", "--json"))
    assert [b["name"] for b in accused["by"]] == ["United Kingdom"]
    out = run("explain", "Orlov", "ACCUSED_OF", "event:poisoning:2018:salisbury").stdout
    assert "alleged by  United Kingdom (country:united-kingdom)" in out
    assert '"In 2018 Britain accused Orlov of the Salisbury poisoning."' in out
    assert "272-329" in out  # character offsets


def test_explain_symmetric_either_way_and_errors(run):
    a = js(run("explain", "Markov", "NEGOTIATED_WITH", "Orlov", "--json"))
    b = js(run("explain", "Orlov", "NEGOTIATED_WITH", "Markov", "--json"))
    assert a["relation"] == b["relation"] and a["symmetric"]
    res = run("explain", "GRU", "MEMBER_OF", "Orlov", ok=False)
    assert res.exit_code == 4 and "other way" in res.stderr
    assert run("explain", "rel:doesnotexist", ok=False).exit_code == 4
    assert run("explain", "Orlov", "LIKES", "GRU", ok=False).exit_code == 4
    assert run("explain", "Orlov", "GRU", ok=False).exit_code == 2


# search -------------------------------------------------------------------------------

def test_search_names_and_aliases(run):
    data = js(run("search", "kremlin", "--json"))
    top = data["results"][0]
    assert top["id"] == "country:russia" and top["matched"] == "the Kremlin"
    data = js(run("search", "belov", "--json"))
    assert {r["id"] for r in data["results"][:2]} == {"person:igor-belov", "person:oleg-belov"}
    data = js(run("search", "Volokolamsk", "--label", "Location", "--json"))
    assert [r["id"] for r in data["results"]] == ["location:volokolamskoye-highway"]
    out = run("search", "nothing-like-this-zzzz").stdout
    assert "no names or aliases close" in out


def test_every_lookup_json_is_valid(run):
    for cmd in (["who", "GRU"], ["who", "Russia", "--evidence"], ["path", "Ukraine", "GRU"],
                ["neighbours", "GRU", "--hops", "3"], ["timeline"], ["timeline", "Markov"],
                ["explain", "Igor Belov", "LEADS", "GRU"], ["search", "Abu"]):
        res = run(*cmd, "--json")
        assert isinstance(json.loads(res.stdout), dict), cmd


def test_lookups_same_on_both_stores(graph):
    """Library-level answers are store-independent: compare with an embedded copy."""
    from newsgraph.graph import EmbeddedStore
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        ref = EmbeddedStore(Path(tmp) / "g.json")
        sample.load(ref)
        for fn, args in ((lookup.who, ("Orlov", True)), (lookup.timeline, (None,)),
                         (lookup.neighbours, ("GRU", 2)), (lookup.path, ("Markov", "Ukraine")),
                         (lookup.explain, ("Orlov", "MEMBER_OF", "GRU")), (lookup.search, ("Markov",))):
            assert json.loads(json.dumps(fn(graph, *args), sort_keys=True)) == \
                json.loads(json.dumps(fn(ref, *args), sort_keys=True)), fn.__name__


@pytest.mark.parametrize("hops, since", [(1, None), (2, None), (2, "2026"), (3, "2020")])
def test_neighbours_and_export_around_read_only_the_local_ball(graph, monkeypatch, hops, since):
    """Same answer as filtering the whole graph; on Neo4j without ever loading the whole graph
    (the embedded store holds it in memory anyway)."""
    from newsgraph import export

    g = lookup.filtered_graph(graph, None, since, None)
    dist = lookup.reach(g, ORLOV, hops)
    want_edges = sorted(d["id"] for _, _, d in g.subgraph(dist).edges(data=True))

    def refuse(*_a, **_k):
        raise AssertionError("read the whole graph")

    if graph.kind == "neo4j":
        monkeypatch.setattr(type(graph), "to_networkx", refuse)
    got = lookup.neighbours(graph, ORLOV, hops=hops, since=since)
    assert {n["id"]: n["hops"] for n in got["neighbours"]} == {k: v for k, v in dist.items() if k != ORLOV}
    assert got["edges"] == len(want_edges)
    local = export.select(graph, around=ORLOV, hops=hops, since=since)
    assert sorted(n["id"] for n in local.nodes) == sorted(dist)
    assert sorted(e["id"] for e in local.edges) == want_edges
