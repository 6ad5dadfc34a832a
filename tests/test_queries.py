"""The canned query library: headers, expected rows on both stores, and a Neo4j/embedded differential.

Expected rows are checked through the `store` fixture, i.e. once with the
Cypher files on Neo4j and once with queries/embedded.py on the embedded store.
The differential tests run every query with several parameter sets on Neo4j
and on the embedded store holding the same data and compare the rows exactly.
The Browser test does what queries/README.md tells users: log in to Neo4j
Browser (headless Chromium via Playwright), `:param`, paste a file, run it.
"""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from conftest import ROOT
from newsgraph.cli import cli
from newsgraph.errors import InputError, NotFoundError
from newsgraph.queries import get_query, list_queries, prepare_params, run_query
from newsgraph.queries.embedded import EMBEDDED, SYMMETRIC
from newsgraph.queries.registry import parse_query
from newsgraph.schema import RELATION_TYPES
from test_store_contract import HOSTILE_ORG, load

QUERY_DIR = ROOT / "queries"
REQUIRED = {"actor_profile", "neighbourhood", "shortest_paths", "who_sanctioned_whom", "accusations",
            "negotiation_network", "actor_timeline", "co_participants", "most_connected",
            "relationship_evidence", "articles_mentioning", "duplicate_candidates"}

# Parameter sets for the differential test: examples, ambiguous names, filters, hostile text.
DIFF_PARAMS = {
    "actor_profile": [{"name": "Ivan Petrov"}, {"name": "valdoria"}, {"name": "Petrov"}, {"name": HOSTILE_ORG},
                      {"name": "nobody"}],
    "neighbourhood": [{"name": "Ivan Petrov"}, {"name": "Ostmark", "hops": 1, "types": ["NEGOTIATED_WITH", "ACCUSED"]},
                      {"name": "Valdoria", "hops": 4}, {"name": "Kovac", "hops": 3, "types": ["MENTIONS"]},
                      {"name": "Valdoria", "hops": 0}],
    "shortest_paths": [{"source": "Marta Kovac", "target": "Ivan Petrov"}, {"source": "Valdoria", "target": "Ostmark"},
                       {"source": "NDA", "target": HOSTILE_ORG}],
    "who_sanctioned_whom": [{}, {"actor": "NDA"}, {"actor": "valdoria"}, {"actor": "nobody"}],
    "accusations": [{"name": "Valdoria"}, {"name": "Petrov"}, {"name": "Ostmark"}, {"name": "Kovac"}],
    "negotiation_network": [{}, {"actor": "Kovac"}, {"actor": "nobody"}],
    "actor_timeline": [{"name": "Ivan Petrov"}, {"name": "Ostmark"}, {"name": "Marta Kovac"}],
    "co_participants": [{"name": "Ostmark"}, {"name": "Oleg Petrov"}, {"name": "Ivan Petrov"}],
    "most_connected": [{}, {"limit": 2}, {"limit": 0}],
    "relationship_evidence": [{"source": "Ivan Petrov", "target": "Valdoria"},
                              {"source": "Valdoria", "target": "Ivan Petrov", "type": "ACCUSED"},
                              {"source": "event:negotiation:2025-02-27:port-lira", "target": "Port Lira"}],
    "articles_mentioning": [{"name": "Valdoria"}, {"name": "Kovac"}, {"name": "Port Lira"}, {"name": "nobody"}],
    "duplicate_candidates": [{}, {"min_similarity": 0.3}, {"min_similarity": 1.0}],
}


def test_every_query_has_a_header_and_a_python_twin():
    files = sorted(QUERY_DIR.glob("*.cypher"))
    names = {q.name for q in list_queries()}
    assert names == {f.stem for f in files}
    assert REQUIRED <= names
    assert set(EMBEDDED) == names
    for q in list_queries():
        assert q.description and len(q.description.splitlines()) == 1
        assert f"{q.name}.cypher" == q.filename
        for p in q.params:
            assert f"${p.name}" in q.cypher, f"{q.name}: param {p.name} unused"
        used = set(re.findall(r"\$([A-Za-z_]\w*)", q.cypher))
        assert used == {p.name for p in q.params}, f"{q.name}: undeclared parameters {used}"


def test_readme_lists_every_query_with_a_browser_example():
    readme = (QUERY_DIR / "README.md").read_text("utf-8")
    for q in list_queries():
        assert f"`{q.name}`" in readme, q.name
    assert ":param" in readme and "http://localhost:7474/browser" in readme


def test_cypher_symmetric_types_match_vocabulary():
    # actor_profile hard-codes the symmetric types so it runs as-is in the Browser.
    text = get_query("actor_profile").cypher
    assert re.search(r"type\(r\) IN \[(.*?)\] THEN 'both'", text).group(1) == ", ".join(f"'{t}'" for t in SYMMETRIC)
    for q in list_queries():
        body = "\n".join(l for l in q.cypher.splitlines() if not l.startswith("//"))
        types = re.findall(r"'([A-Z][A-Z_]+)'", body)
        for group in re.findall(r"\[\w*:([A-Z_|]+)", body) + re.findall(r"-\[\w*:([A-Z_|]+)", body):
            types += group.split("|")
        assert set(types) <= set(RELATION_TYPES), f"{q.name}: {set(types) - set(RELATION_TYPES)}"


def test_parse_rejects_bad_headers():
    with pytest.raises(ValueError):
        parse_query("MATCH (n) RETURN n", "x.cypher")
    with pytest.raises(ValueError):
        parse_query("// name: y\n// description: d\nRETURN 1", "x.cypher")
    with pytest.raises(ValueError):
        parse_query("// name: x\n// description: d\n// param: a = notjson\nRETURN $a", "x.cypher")


def test_params_are_typed_and_checked():
    q = get_query("neighbourhood")
    assert prepare_params(q, {"name": "X", "hops": "3", "types": "MEMBER_OF, LEADS"}) == \
        {"name": "X", "hops": 3, "types": ["MEMBER_OF", "LEADS"]}
    assert prepare_params(q, {"name": "X", "types": '["LEADS"]'})["types"] == ["LEADS"]
    assert prepare_params(q, {"name": "X"}) == {"name": "X", "hops": 2, "types": []}
    assert prepare_params(get_query("duplicate_candidates"), {"min_similarity": "0.5"}) == {"min_similarity": 0.5}
    with pytest.raises(InputError, match="wants an int"):
        prepare_params(q, {"name": "X", "hops": "two"})
    with pytest.raises(InputError, match="needs --param name"):
        prepare_params(q, {})
    with pytest.raises(InputError, match="no parameter 'colour'"):
        prepare_params(q, {"name": "X", "colour": "red"})
    with pytest.raises(InputError, match="'MEMBEROF' is not a relationship type"):
        prepare_params(q, {"name": "X", "types": "MEMBEROF"})
    with pytest.raises(InputError, match="not a relationship type"):
        prepare_params(get_query("relationship_evidence"), {"source": "a", "target": "b", "type": "knows"})
    with pytest.raises(NotFoundError):
        get_query("no_such_query")
    assert get_query("most-connected").name == "most_connected"


# --------------------------------------------------------------------------- expected rows, both stores
@pytest.fixture
def loaded(store):
    load(store)
    return store


def test_expected_rows(loaded):
    s = loaded
    q = lambda query, **p: run_query(s, query, p)

    assert q("who_sanctioned_whom") == [
        {"sanctioner_id": "country:valdoria", "sanctioner": "Valdoria",
         "target_id": "organisation:northern-defence-agency", "target": "Northern Defence Agency",
         "reason": None, "evidence": 1, "articles": ["article:00000000000000a1"]},
        {"sanctioner_id": "country:valdoria", "sanctioner": "Valdoria", "target_id": "person:ivan-petrov",
         "target": "Ivan Petrov", "reason": "election interference", "evidence": 2,
         "articles": ["article:00000000000000a1", "article:00000000000000a2"]},
    ]

    prof = q("actor_profile", name="petrov")
    assert {(r["relation"], r["direction"], tuple(r["counterpart_ids"])) for r in prof} == {
        ("ACCUSED", "in", ("country:valdoria",)),
        ("ACCUSED_OF", "out", ("event:poisoning:2018:ivan-petrov",)),
        ("MEMBER_OF", "out", ("organisation:northern-defence-agency",)),
        ("SANCTIONED_BY", "out", ("country:valdoria",)),
        ("TARGET_OF", "out", ("event:shooting:2025-03-01:ivan-petrov",)),
    }
    assert prof[0]["titles"] == ["Gen.", "General"] and prof[0]["aliases"] == ["Petrov"]
    ost = q("actor_profile", name="Ostmark")
    assert ("NEGOTIATED_WITH", "both") in {(r["relation"], r["direction"]) for r in ost}

    hood = q("neighbourhood", name="Ostmark", hops=1, types=["NEGOTIATED_WITH", "ACCUSED"])
    assert hood == [{"actor": "country:ostmark", "id": "country:valdoria", "label": "Country", "name": "Valdoria",
                     "distance": 1}]
    two = q("neighbourhood", name="Ivan Petrov", hops=2)
    assert {(r["id"], r["distance"]) for r in two} >= {("country:valdoria", 1), ("country:ostmark", 2),
                                                       ("person:oleg-petrov", 2), ("location:old-town", 2)}
    assert all(r["label"] != "Article" for r in two)

    paths = q("shortest_paths", source="Valdoria", target="Ostmark")
    assert [[st["type"] for st in r["steps"]] for r in paths] == [["ACCUSED"], ["NEGOTIATED_WITH"]]
    assert paths[1]["steps"][0]["evidence"][0]["sentence"].startswith("Foreign Minister Marta Kovac")
    long = q("shortest_paths", source="Marta Kovac", target="Ivan Petrov")
    assert {r["hops"] for r in long} == {4} and len(long) == 11

    acc = q("accusations", name="Valdoria")
    assert [(r["role"], r["relation"], r["accused_id"], r["about_id"]) for r in acc] == [
        ("accused", "ACCUSED", "country:valdoria", "country:valdoria"),
        ("accused", "SUSPECTED_OF", "country:valdoria", "event:shooting:2025-03-01:ivan-petrov"),
        ("accuser", "ACCUSED", "person:ivan-petrov", "person:ivan-petrov"),
        ("accuser", "ACCUSED_OF", "person:ivan-petrov", "event:poisoning:2018:ivan-petrov"),
    ]
    assert acc[1]["accusers"] == ["Ostmark"] and acc[3]["date"] == "2018"

    net = q("negotiation_network")
    assert [(r["a_id"], r["b_id"], r["via"]) for r in net] == [
        ("country:ostmark", "country:valdoria", "NEGOTIATED_WITH"),
        ("country:ostmark", "person:marta-kovac", "event:meeting:undated:marta-kovac"),
        ("country:ostmark", "person:marta-kovac", "event:negotiation:2025-02-27:port-lira"),
        ("country:ostmark", "person:oleg-petrov", "event:negotiation:2025-02-27:port-lira"),
        ("person:marta-kovac", "person:oleg-petrov", "event:negotiation:2025-02-27:port-lira"),
    ]

    tl = q("actor_timeline", name="Marta Kovac")
    assert [(r["date"], r["event_type"], r["role"], r["places"]) for r in tl] == [
        ("2025-02-27", "negotiation", "PARTICIPATED_IN", ["Port Lira"]),
        (None, "meeting", "PARTICIPATED_IN", []),
    ]

    co = q("co_participants", name="Ostmark")
    assert [(r["id"], r["shared_events"]) for r in co] == [("person:marta-kovac", 2), ("person:oleg-petrov", 1)]

    top = q("most_connected", limit=3)
    assert [(r["id"], r["degree"]) for r in top] == [("country:valdoria", 6), ("country:ostmark", 5),
                                                     ("person:ivan-petrov", 5)]
    assert top[0]["articles"] == 3
    assert top[0]["relation_types"] == ["ACCUSED", "NEGOTIATED_WITH", "SANCTIONED_BY", "SUSPECTED_OF"]

    evid = q("relationship_evidence", source="Ivan Petrov", target="Valdoria", type="SANCTIONED_BY")
    assert [(r["article"], r["title"], r["confidence"]) for r in evid] == [
        ("article:00000000000000a1", "Talks in Port Lira; general shot", 0.9),
        ("article:00000000000000a2", "Sanctions extended", 0.9),
    ]
    assert evid[1]["sentence"].startswith("Valdoria's sanctions on Ivan Petrov")
    assert evid[1]["end_char"] - evid[1]["start_char"] == len(evid[1]["sentence"])

    arts = q("articles_mentioning", name="Valdoria")
    assert [(r["article"], r["published"]) for r in arts] == [
        ("article:00000000000000a1", "2025-03-01"), ("article:00000000000000a2", "2025-03-05"),
        ("article:00000000000000a3", None)]

    dup = q("duplicate_candidates")
    assert [(r["a_id"], r["b_id"], r["reason"]) for r in dup] == [
        ("organisation:northern-defence-agency", "organisation:northern-defense-agency", "similar spelling"),
        ("person:ivan-petrov", "person:oleg-petrov", "same surname"),
    ]


def test_hostile_parameter_values_are_data(loaded):
    before = loaded.stats()
    for name in ("actor_profile", "accusations", "actor_timeline", "articles_mentioning"):
        run_query(loaded, name, {"name": "x'}) DETACH DELETE n //"})
        run_query(loaded, name, {"name": 'x"}) MATCH (m) DETACH DELETE m //'})
    rows = run_query(loaded, "actor_profile", {"name": HOSTILE_ORG})
    assert rows and rows[0]["name"] == HOSTILE_ORG
    assert loaded.stats() == before


# --------------------------------------------------------------------------- Neo4j only
@pytest.fixture
def both(neo4j_store, embedded_store):
    load(neo4j_store)
    load(embedded_store)
    return neo4j_store, embedded_store


def test_every_cypher_file_compiles(neo4j_store):
    for q in list_queries():
        rows = neo4j_store.run("EXPLAIN " + q.cypher, q.example_params())
        assert rows == []
        for p in q.params:  # the header's example is what `:param name => EXAMPLE` evaluates in the Browser
            literal = p.browser().split(" => ", 1)[1]
            [row] = neo4j_store.run(f"RETURN {literal} AS v")
            assert row["v"] == p.example and type(row["v"]) is type(p.example)


def test_differential_fixture_graph(both):
    neo, emb = both
    assert neo.nodes() == emb.nodes() and neo.edges() == emb.edges()
    checked = 0
    for q in list_queries():
        for params in DIFF_PARAMS[q.name] + [q.example_params()]:
            cypher = run_query(neo, q.name, params)
            python = run_query(emb, q.name, params)
            assert cypher == python, f"{q.name} {params}"
            assert run_query(neo, q.name, params, engine="python") == cypher
            checked += 1
    assert checked > 40


def test_differential_on_extracted_articles(neo4j_store, embedded_store, extractor):
    """Real extraction output (the example articles) through the ingest path, then every query on both."""
    from newsgraph.graph.resolve import resolve
    from newsgraph.loaders import read_articles

    results = [extractor.extract(a) for a in read_articles([str(ROOT / "examples" / "articles")])]
    for store in (neo4j_store, embedded_store):
        for _ in range(2):  # twice: counts must not change
            with store.batch():
                for res in results:
                    res, merges = resolve(res, store)
                    for m in merges:
                        store.record_merge(m)
                    store.upsert(res)
    assert neo4j_store.nodes() == embedded_store.nodes()
    assert neo4j_store.edges() == embedded_store.edges()
    ns, es = neo4j_store.stats(), embedded_store.stats()
    assert {k: v for k, v in ns.items() if k != "store"} == {k: v for k, v in es.items() if k != "store"}
    top = run_query(embedded_store, "most_connected", {"limit": 3})
    names = [r["name"] for r in top] or ["nobody"]
    for q in list_queries():
        sets = [q.example_params()]
        if {"name"} <= {p.name for p in q.params}:
            sets += [{**q.example_params(), "name": n} for n in names]
        if q.name in ("shortest_paths", "relationship_evidence") and len(names) > 1:
            sets.append({"source": names[0], "target": names[1]})
        for params in sets:
            assert run_query(neo4j_store, q.name, params) == run_query(embedded_store, q.name, params), \
                f"{q.name} {params}"


# --------------------------------------------------------------------------- CLI
def test_cli_list_show_and_run_on_embedded(tmp_path, embedded_store):
    load(embedded_store)
    runner = CliRunner()
    res = runner.invoke(cli, ["query", "list"])
    assert res.exit_code == 0
    for q in list_queries():
        assert q.name in res.output
    res = runner.invoke(cli, ["query", "list", "--json"])
    assert {q["name"] for q in json.loads(res.output)} == {q.name for q in list_queries()}
    res = runner.invoke(cli, ["query", "show", "neighbourhood"])
    assert res.output.startswith(':param name => "Vladimir Alekseyev"\n:param hops => 2\n')
    store = str(embedded_store.path)
    res = runner.invoke(cli, ["query", "run", "most_connected", "--param", "limit=2", "--json", "--store", store])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == run_query(embedded_store, "most_connected", {"limit": 2})
    res = runner.invoke(cli, ["query", "run", "actor_profile", "-p", "name=Ivan Petrov", "--store", store])
    assert res.exit_code == 0 and "SANCTIONED_BY" in res.stdout
    res = runner.invoke(cli, ["query", "run", "shortest_paths", "-p", "source=Valdoria", "-p", "target=Ostmark",
                              "--store", store])
    assert "path 2:" in res.stdout
    res = runner.invoke(cli, ["query", "run", "neighbourhood", "-p", "name=X", "-p", "hops=two", "--store", store])
    assert res.exit_code == 2 and "wants an int" in res.output
    res = runner.invoke(cli, ["query", "run", "nope", "--store", store])
    assert res.exit_code == 4 and "no canned query named 'nope'" in res.output
    res = runner.invoke(cli, ["query", "run", "actor_profile", "-p", "name", "--store", store])
    assert res.exit_code == 2 and "not key=value" in res.output


def test_cli_push_and_run_on_neo4j(neo4j_store, embedded_store, monkeypatch):
    load(embedded_store)
    monkeypatch.setenv("NEO4J_URI", neo4j_store.uri)
    runner = CliRunner()
    store = str(embedded_store.path)
    for _ in range(2):
        res = runner.invoke(cli, ["push", "--store", store, "--json"])
        assert res.exit_code == 0, res.output
        out = json.loads(res.stdout)
        assert out["target"]["nodes"] == 19 and out["target"]["edges"] == 42
    assert neo4j_store.nodes() == embedded_store.nodes() and neo4j_store.edges() == embedded_store.edges()
    res = runner.invoke(cli, ["query", "run", "neighbourhood", "-p", "name=Ostmark", "-p", "hops=1",
                              "-p", "types=NEGOTIATED_WITH,ACCUSED", "--neo4j", "--json"])
    assert res.exit_code == 0, res.output
    assert [r["id"] for r in json.loads(res.stdout)] == ["country:valdoria"]
    res = runner.invoke(cli, ["push", "--store", str(embedded_store.path) + ".missing"])
    assert res.exit_code == 3 and "no embedded store to push" in res.output


# --------------------------------------------------------------------------- Neo4j Browser
def _browser_or_skip():
    import os
    import shutil

    strict = bool(os.environ.get("CI") or os.environ.get("NEWSGRAPH_BROWSER_TESTS"))
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        (pytest.fail if strict else pytest.skip)("the playwright Python package is not installed")
    exe = next((c for c in (os.environ.get("NEWSGRAPH_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                            shutil.which("chromium-browser")) if c and os.path.exists(c)), None)
    if exe is None:
        (pytest.fail if strict else pytest.skip)("Chromium is not installed (scripts/system-deps)")
    return sync_playwright, exe


@pytest.mark.browser
def test_every_query_runs_in_neo4j_browser(neo4j_store):
    """What queries/README.md tells users: log in at /browser, `:param k => v`, paste the file, run it."""
    import os
    import time

    sync_playwright, exe = _browser_or_skip()
    load(neo4j_store)
    http = os.environ.get("NEWSGRAPH_NEO4J_HTTP", "http://127.0.0.1:7474")
    password = os.environ.get("NEO4J_PASSWORD") or "newsgraph-dev"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, headless=True,
                                    args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"])
        context = browser.new_context(viewport={"width": 1400, "height": 900},
                                      permissions=["clipboard-read", "clipboard-write"])
        page = context.new_page()
        page.goto(f"{http}/browser/")
        page.wait_for_selector("[data-testid=username]", timeout=30000)
        page.fill("[data-testid=boltaddress]", neo4j_store.uri.split("://", 1)[1])
        page.fill("[data-testid=username]", neo4j_store.user)
        page.fill("[data-testid=password]", password)
        page.click("[data-testid=connect]")
        page.wait_for_selector("text=Getting started with Neo4j Browser", timeout=30000)

        def run(text: str, done=("Started streaming", "(no changes, no records)", "ERROR")) -> str:
            before = page.locator("[data-testid=frame]").count()
            page.evaluate("t => navigator.clipboard.writeText(t)", text)
            page.locator("[data-testid=activeEditor]").click()
            page.keyboard.press("Control+V")  # pasted, as a user would: no auto-closed brackets or quotes
            page.keyboard.press("Control+Enter")
            deadline = time.time() + 20
            while time.time() < deadline:
                frames = page.locator("[data-testid=frame]")
                if frames.count() > before:
                    body = frames.first.inner_text()
                    if any(d in body for d in done):
                        return body
                time.sleep(0.1)
            raise AssertionError(f"the Browser did not answer {text[:60]!r}")

        def clear() -> None:  # the Browser keeps at most 30 frames; start each query with an empty stream
            page.locator("[data-testid=activeEditor]").click()
            page.keyboard.insert_text(":clear")
            page.keyboard.press("Control+Enter")
            deadline = time.time() + 10
            while page.locator("[data-testid=frame]").count() and time.time() < deadline:
                time.sleep(0.05)

        for q in list_queries():
            clear()
            params = {**q.example_params(), **DIFF_PARAMS[q.name][0]}
            for key, value in params.items():
                body = run(f":param {key} => {json.dumps(value, ensure_ascii=False)}", done=(f'"{key}"',))
                assert "ERROR" not in body, body
            body = run(q.cypher)
            assert "ERROR" not in body, f"{q.name}: {body[-500:]}"
            m = re.search(r"Started streaming (\d+) records?", body)
            shown = int(m.group(1)) if m else 0
            assert m or "no records" in body, body[-300:]
            assert shown == len(run_query(neo4j_store, q.name, params)), q.name
        browser.close()
