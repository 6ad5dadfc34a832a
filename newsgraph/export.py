"""Export a piece of the graph for drawing tools: GraphML, GEXF, Cytoscape.js, D3, DOT, CSV, HTML.

    from newsgraph.export import select, write
    sub = select(store, around="Orlov", hops=2)
    info = write(sub, "graphml", "orlov.graphml")   # {"paths", "nodes", "edges", "bytes"}

``select`` picks the nodes and edges (a neighbourhood, a canned query's
result, or everything) through the generic GraphStore methods, so both stores
export the same thing. Article nodes and provenance edges (MENTIONS,
REPORTED_BY) are left out unless asked for: every relation already carries its
evidence (sentence, offsets, extractor, confidence, and the article's title,
date, path and url).

Attribute conventions for the XML formats (GraphML, GEXF), following Neo4j's
APOC export so the files round-trip:
- node ``label`` is the display name (what Gephi and yEd show); ``labels`` is
  the Neo4j label list (``:Person:Actor``);
- edge ``label`` and ``rel_type`` are the relationship type;
- scalar values keep their types (string, double, long, boolean); lists and
  dicts are JSON strings (``aliases``, ``by``, ``evidence``).
"""
from __future__ import annotations

import csv
import html as html_lib
import json
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from newsgraph.errors import NewsgraphError
from newsgraph.graph import GraphStore
from newsgraph.lookup import (_by_names, _confidence, _display, _edge_date, _evidence, _Nodes,
                              _symmetric, filtered_graph, local_graph, reach, resolve_name)
from newsgraph.schema.vocabulary import ACTOR_LABELS, VOCAB

FORMATS = ("graphml", "gexf", "cytoscape", "json", "dot", "csv", "html")
EXTENSIONS = {"graphml": ".graphml", "gexf": ".gexf", "cytoscape": ".cyjs", "json": ".json", "dot": ".dot",
              "csv": "", "html": ".html"}

# Colours (Tableau 10) and shapes per label, shared by DOT and HTML.
STYLE = {
    "Person": ("#4e79a7", "ellipse", "ellipse"),
    "Organisation": ("#f28e2b", "box", "round-rectangle"),
    "Country": ("#59a14f", "hexagon", "hexagon"),
    "Location": ("#76b7b2", "house", "triangle"),
    "Event": ("#e15759", "diamond", "diamond"),
    "Source": ("#b07aa1", "note", "rectangle"),
    "Article": ("#9c755f", "note", "tag"),
}
DEFAULT_STYLE = ("#bab0ac", "ellipse", "ellipse")
EDGE_COLOURS = {
    "actor": "#555555", "event": "#c0392b", "place": "#2c7a7b", "provenance": "#aaaaaa",
}


class ExportError(NewsgraphError):
    exit_code = 2


@dataclass
class ExportGraph:
    """What is exported: node and edge records (edges enriched with date, confidence, article info)."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    meta: dict[str, Any] = field(default_factory=dict)


# selection ---------------------------------------------------------------------------

def _parse_params(params: Iterable[str] | dict[str, Any] | None) -> dict[str, Any]:
    if params is None:
        return {}
    if isinstance(params, dict):
        return dict(params)
    out: dict[str, Any] = {}
    for p in params:
        if "=" not in p:
            raise ExportError(f"--param {p!r} is not k=v")
        k, v = p.split("=", 1)
        out[k.strip()] = v
    return out


def _query_graph(store: GraphStore, name: str, params: dict[str, Any],
                 known: set[str]) -> tuple[set[str], set[str] | None]:
    """Node ids (and relation ids, when the rows name any) found anywhere in a canned query's rows.

    Every string value (also inside lists and nested dicts) that is the id of a
    stored node selects that node; ``rel:…`` values select those relations.
    """
    from newsgraph.queries import run_query

    rows = run_query(store, name, params)
    node_ids: set[str] = set()
    edge_ids: set[str] = set()

    def visit(v: Any) -> None:
        if isinstance(v, dict):
            for x in v.values():
                visit(x)
        elif isinstance(v, (list, tuple, set)):
            for x in v:
                visit(x)
        elif isinstance(v, str):
            if v.startswith("rel:"):
                edge_ids.add(v)
            elif v in known:
                node_ids.add(v)

    visit(rows)
    return node_ids, (edge_ids or None)


def select(store: GraphStore, around: str | None = None, hops: int = 2, query: str | None = None,
           params: Iterable[str] | dict[str, Any] | None = None, all_nodes: bool = False,
           types: list[str] | None = None, since: str | None = None, until: str | None = None,
           articles: bool = False) -> ExportGraph:
    """Pick what to export: ``around`` NAME within ``hops``, a ``query`` result, or ``all_nodes``.

    ``types`` keeps only those relationship types (with ``--all``, nodes left
    without any relation are dropped too); ``since``/``until`` drop Events and
    dated relations outside the range; ``articles`` keeps Article nodes and
    MENTIONS/REPORTED_BY edges.
    """
    chosen = sum(bool(x) for x in (around, query, all_nodes))
    if chosen != 1:
        raise ExportError("choose exactly one of --around NAME, --query NAME or --all")
    meta: dict[str, Any] = {"generator": "newsgraph", "store": store.stats().get("store"),
                            "types": list(types or []), "since": since, "until": until}
    if around:
        node = resolve_name(store, around)
        g = local_graph(store, node["id"], hops, types, since, until, articles=articles)
        if node["id"] not in g:
            g.add_node(node["id"], **node)
        dist = reach(g, node["id"], hops)
        g = g.subgraph(dist).copy()
        for nid, d in dist.items():
            g.nodes[nid]["distance"] = d  # hops from the centre (the HTML page lays out rings by it)
        meta.update(selection="around", around=node["id"], around_name=_display(node), hops=hops)
    elif query:
        g = filtered_graph(store, types, since, until, articles=articles)
        p = _parse_params(params)
        node_ids, edge_ids = _query_graph(store, query, p, set(g.nodes))
        if edge_ids is not None:
            node_ids |= {x for u, v, k in g.edges(keys=True) if k in edge_ids for x in (u, v)}
        g = g.subgraph(node_ids).copy()
        if edge_ids is not None:
            g.remove_edges_from([(u, v, k) for u, v, k in g.edges(keys=True) if k not in edge_ids])
        meta.update(selection="query", query=query, params=p)
    else:
        g = filtered_graph(store, types, since, until, articles=articles)
        if types:
            g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0])
        meta.update(selection="all")
    nodes = _Nodes(store)
    node_recs = []
    for nid, d in sorted(g.nodes(data=True)):
        rec = dict(d)
        rec.setdefault("id", nid)
        nodes.cache[nid] = rec
        node_recs.append(rec)
    edge_recs = []
    for _u, _v, d in sorted(g.edges(data=True), key=lambda t: t[2]["id"]):
        e = dict(d)
        e["properties"] = dict(e.get("properties") or {})
        e["evidence"] = _evidence(e, nodes)
        e["date"] = _edge_date(e, nodes)
        e["confidence"] = _confidence(e)
        e["articles"] = len({v["article"] for v in e["evidence"]})
        e["symmetric"] = _symmetric(e["type"])
        e["by_names"] = [b["name"] for b in _by_names(e, nodes)]
        edge_recs.append(e)
    return ExportGraph(node_recs, edge_recs, meta)


# shared helpers ----------------------------------------------------------------------

def _labels(label: str) -> list[str]:
    return [label, "Actor"] if label in ACTOR_LABELS else [label]


def _best_sentence(edge: dict[str, Any]) -> str | None:
    ev = sorted(edge.get("evidence") or [], key=lambda v: -v["confidence"])
    return ev[0]["sentence"] if ev else None


NODE_SKIP = {"id", "label"}
EDGE_RESERVED = {"id", "type", "source", "target", "label", "rel_type", "date", "confidence", "articles",
                 "evidence_count", "sentence", "evidence", "symmetric"}


def _flat_node(n: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"label": _display(n, n["id"]), "labels": ":" + ":".join(_labels(n["label"]))}
    for k, v in n.items():
        if k not in NODE_SKIP:
            out[k] = v
    return out


def _flat_edge(e: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": e["id"], "label": e["type"], "rel_type": e["type"], "date": e.get("date"),
                           "confidence": e.get("confidence"), "articles": e.get("articles"),
                           "evidence_count": len(e.get("evidence") or []), "sentence": _best_sentence(e),
                           "symmetric": e.get("symmetric", False),
                           "evidence": e.get("evidence") or []}
    for k, v in (e.get("properties") or {}).items():
        out[("prop_" + k) if k in EDGE_RESERVED else k] = v
    return out


def _typed(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One Python type per attribute across all records (GraphML/GEXF keys are typed); None dropped."""
    kinds: dict[str, set[str]] = {}
    for r in records:
        for k, v in r.items():
            if v is None:
                continue
            t = ("bool" if isinstance(v, bool) else "int" if isinstance(v, int)
                 else "float" if isinstance(v, float) else "str" if isinstance(v, str) else "json")
            kinds.setdefault(k, set()).add(t)
    final = {}
    for k, ts in kinds.items():
        if ts == {"bool"}:
            final[k] = "bool"
        elif ts == {"int"}:
            final[k] = "int"
        elif ts <= {"int", "float"}:
            final[k] = "float"
        elif ts == {"str"}:
            final[k] = "str"
        else:
            final[k] = "json"
    out = []
    for r in records:
        row = {}
        for k, v in r.items():
            if v is None:
                continue
            t = final[k]
            if t == "float":
                v = float(v)
            elif t == "json":
                v = json.dumps(v, ensure_ascii=False, sort_keys=True)
            row[k] = v
        out.append(row)
    return out


def flat_networkx(sub: ExportGraph) -> nx.MultiDiGraph:
    """The export as a MultiDiGraph with scalar, consistently typed attributes (for GraphML/GEXF)."""
    g = nx.MultiDiGraph()
    for k, v in sub.meta.items():
        if isinstance(v, (str, int, float, bool)):
            g.graph[k] = v
    for n, attrs in zip(sub.nodes, _typed([_flat_node(n) for n in sub.nodes])):
        g.add_node(n["id"], **attrs)
    for e, attrs in zip(sub.edges, _typed([_flat_edge(e) for e in sub.edges])):
        g.add_edge(e["source"], e["target"], key=e["id"], **attrs)
    return g


def _json_default(o: Any) -> Any:
    return str(o)


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# writers -----------------------------------------------------------------------------

def write_graphml(sub: ExportGraph, path: Path) -> list[Path]:
    g = flat_networkx(sub)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(g, path, encoding="utf-8", prettyprint=True)
    return [path]


def write_gexf(sub: ExportGraph, path: Path) -> list[Path]:
    from networkx.readwrite.gexf import GEXFWriter

    g = flat_networkx(sub)
    g.graph.clear()  # GEXF's <meta> has no free-form graph attributes
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(g)
    # networkx writes <graph name="">, which the GEXF schema does not allow: drop it.
    writer.graph_element.attrib.pop("name", None)
    creator = writer.xml.find("meta/creator")
    if creator is not None:
        creator.text = f"newsgraph (NetworkX {nx.__version__})"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        writer.write(fh)
    return [path]


def cytoscape_elements(sub: ExportGraph) -> dict[str, Any]:
    """Cytoscape.js elements JSON (``cytoscape({elements: data.elements})`` loads it)."""
    nodes = []
    for n in sub.nodes:
        data = {k: v for k, v in n.items() if v is not None}
        data["name"] = _display(n, n["id"])
        data["labels"] = _labels(n["label"])
        nodes.append({"group": "nodes", "data": data, "classes": " ".join(_labels(n["label"]))})
    edges = []
    for e in sub.edges:
        data = {k: v for k, v in e.items() if v is not None}
        data["label"] = e["type"]
        data["sentence"] = _best_sentence(e)
        edges.append({"group": "edges", "data": data,
                      "classes": e["type"] + (" symmetric" if e.get("symmetric") else "")})
    return {"format": "newsgraph-cytoscape", "data": sub.meta, "directed": True, "multigraph": True,
            "elements": {"nodes": nodes, "edges": edges}}


def write_cytoscape(sub: ExportGraph, path: Path) -> list[Path]:
    _write_text(path, json.dumps(cytoscape_elements(sub), ensure_ascii=False, indent=1,
                                 default=_json_default) + "\n")
    return [path]


def node_link(sub: ExportGraph) -> dict[str, Any]:
    """D3 node-link JSON (also ``networkx.node_link_graph(data, edges="links")``)."""
    return {"directed": True, "multigraph": True, "graph": sub.meta,
            "nodes": [dict(n) for n in sub.nodes],
            "links": [{**e, "key": e["id"]} for e in sub.edges]}


def write_json(sub: ExportGraph, path: Path) -> list[Path]:
    _write_text(path, json.dumps(node_link(sub), ensure_ascii=False, indent=1, default=_json_default) + "\n")
    return [path]


def dot_quote(text: Any) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped, newlines as \\n."""
    s = str(text).replace("\\", "\\\\").replace('"', '\\"')
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return f'"{s}"'


def to_dot(sub: ExportGraph) -> str:
    lines = ["digraph newsgraph {",
             "  graph [overlap=false, splines=true, fontname=\"Helvetica\", rankdir=LR];",
             "  node [style=filled, fontname=\"Helvetica\", fontsize=11, fontcolor=\"#ffffff\"];",
             "  edge [fontname=\"Helvetica\", fontsize=9];"]
    for n in sub.nodes:
        colour, shape, _ = STYLE.get(n["label"], DEFAULT_STYLE)
        tip = n.get("summary") or ", ".join(n.get("aliases") or [])
        attrs = {"label": _display(n, n["id"]) + (f"\n{n['date']}" if n.get("date") and n["label"] == "Event"
                                                  and n["date"] not in _display(n, n["id"]) else ""),
                 "shape": shape, "fillcolor": colour, "tooltip": tip or n["label"], "class": n["label"]}
        lines.append(f"  {dot_quote(n['id'])} [" + ", ".join(f"{k}={dot_quote(v)}" for k, v in attrs.items()) + "];")
    for e in sub.edges:
        spec = VOCAB.relations.get(e["type"])
        colour = EDGE_COLOURS.get(spec.group if spec else "", "#555555")
        attrs = {"label": e["type"], "id": e["id"], "color": colour, "fontcolor": colour,
                 "tooltip": _best_sentence(e) or e["type"]}
        if e.get("symmetric"):
            attrs["dir"] = "none"
        lines.append(f"  {dot_quote(e['source'])} -> {dot_quote(e['target'])} ["
                     + ", ".join(f"{k}={dot_quote(v)}" for k, v in attrs.items()) + "];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_dot(sub: ExportGraph, path: Path) -> list[Path]:
    _write_text(path, to_dot(sub))
    return [path]


# neo4j-admin import CSV
NODE_COLUMNS = [("id:ID", "id"), (":LABEL", None), ("name", "name"), ("aliases:string[]", "aliases"),
                ("titles:string[]", "titles"), ("roles:string[]", "roles"), ("kind", "kind"),
                ("type", "type"), ("date", "date"), ("summary", "summary"), ("location", "location"),
                ("title", "title"), ("published", "published"), ("url", "url"), ("path", "path"),
                ("source", "source"), ("evidence", "evidence")]
ARRAY_DELIMITER = ";"


def _csv_cell(v: Any, kind: str = "string") -> str:
    if v is None:
        return ""
    if kind.endswith("[]"):
        return ARRAY_DELIMITER.join(str(x).replace(ARRAY_DELIMITER, ",").replace("\n", " ") for x in v)
    if kind == "boolean":
        return "true" if v else "false"
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return str(v).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def _prop_columns(edges: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """(header, key, kind) for relationship properties, typed by the values seen."""
    kinds: dict[str, set[str]] = {}
    for e in edges:
        for k, v in (e.get("properties") or {}).items():
            if v is None:
                continue
            t = ("boolean" if isinstance(v, bool) else "int" if isinstance(v, int)
                 else "float" if isinstance(v, float) else "string[]" if isinstance(v, list)
                 else "string")
            kinds.setdefault(k, set()).add(t)
    cols = []
    for k in sorted(kinds):
        ts = kinds[k]
        kind = next(iter(ts)) if len(ts) == 1 else ("float" if ts <= {"int", "float"} else "string")
        name = ("prop_" + k) if k in EDGE_RESERVED else k
        cols.append((name if kind == "string" else f"{name}:{kind}", k, kind))
    return cols


def write_csv(sub: ExportGraph, path: Path) -> list[Path]:
    """nodes.csv and relationships.csv in the directory ``path``, for ``neo4j-admin database import``."""
    if path.suffix.lower() == ".csv":
        raise ExportError(f"{path}: for --format csv, -o names a directory (nodes.csv and "
                          "relationships.csv are written into it)")
    if path.exists() and not path.is_dir():
        raise ExportError(f"{path}: exists and is not a directory")
    path.mkdir(parents=True, exist_ok=True)
    nodes_path, rels_path = path / "nodes.csv", path / "relationships.csv"
    with open(nodes_path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow([h for h, _ in NODE_COLUMNS])
        for n in sub.nodes:
            row = []
            for header, key in NODE_COLUMNS:
                if key is None:
                    row.append(ARRAY_DELIMITER.join(_labels(n["label"])))
                else:
                    row.append(_csv_cell(n.get(key), header.split(":", 1)[1] if ":" in header else "string"))
            w.writerow(row)
    props = _prop_columns(sub.edges)
    base = [":START_ID", ":END_ID", ":TYPE", "id", "date", "confidence:float", "articles:int",
            "evidence_count:int", "sentence", "evidence"]
    with open(rels_path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(base + [h for h, _, _ in props])
        for e in sub.edges:
            row = [e["source"], e["target"], e["type"], e["id"], _csv_cell(e.get("date")),
                   _csv_cell(e.get("confidence")), _csv_cell(e.get("articles")),
                   str(len(e.get("evidence") or [])), _csv_cell(_best_sentence(e)),
                   _csv_cell(e.get("evidence") or [])]
            row += [_csv_cell((e.get("properties") or {}).get(k), kind) for _, k, kind in props]
            w.writerow(row)
    return [nodes_path, rels_path]


# html --------------------------------------------------------------------------------

JS_ENV = "NEWSGRAPH_CYTOSCAPE_JS"
JS_HINT = ("run scripts/js-deps in a newsgraph checkout (fetches cytoscape from the npm registry), "
           f"or set {JS_ENV} to a cytoscape.min.js file")


def find_cytoscape_js() -> Path:
    """The cytoscape.js UMD build to inline: $NEWSGRAPH_CYTOSCAPE_JS, package assets, or tests/js/node_modules."""
    cands: list[Path] = []
    if os.environ.get(JS_ENV):
        cands.append(Path(os.environ[JS_ENV]))
    try:
        cands.append(Path(str(resources.files("newsgraph").joinpath("assets", "cytoscape.min.js"))))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover
        pass
    repo = Path(__file__).resolve().parent.parent
    cands.append(repo / "tests" / "js" / "node_modules" / "cytoscape" / "dist" / "cytoscape.min.js")
    cands.append(Path.home() / ".cache" / "newsgraph" / "js" / "cytoscape.min.js")
    for c in cands:
        if c.is_file():
            return c
    raise ExportError("cytoscape.js is needed for --format html but was not found", hint=JS_HINT)


def _template() -> str:
    return resources.files("newsgraph").joinpath("assets", "export.html").read_text("utf-8")


def _script_safe(text: str) -> str:
    """Text that cannot close or confuse the <script> element it is inlined into."""
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def to_html(sub: ExportGraph, title: str | None = None) -> str:
    js = find_cytoscape_js().read_text("utf-8")
    data = cytoscape_elements(sub)
    data["style"] = {label: {"color": c, "shape": s} for label, (c, _dot, s) in STYLE.items()}
    data["edge_colours"] = {t: EDGE_COLOURS.get(spec.group, "#555555") for t, spec in VOCAB.relations.items()}
    title = title or ("newsgraph: " + (sub.meta.get("around_name") and f"around {sub.meta['around_name']}"
                                       or sub.meta.get("query") and f"query {sub.meta['query']}" or "all"))
    payload = json.dumps(data, ensure_ascii=False, default=_json_default, sort_keys=True)
    fill = {"{{TITLE}}": html_lib.escape(title), "/*{{CYTOSCAPE_JS}}*/": _script_safe(js),
            "{{GRAPH_JSON}}": _script_safe(payload)}
    # One pass, so text inserted for one placeholder is never scanned for another.
    return re.sub("|".join(re.escape(k) for k in fill), lambda m: fill[m.group(0)], _template())


def write_html(sub: ExportGraph, path: Path, title: str | None = None) -> list[Path]:
    _write_text(path, to_html(sub, title))
    return [path]


WRITERS = {"graphml": write_graphml, "gexf": write_gexf, "cytoscape": write_cytoscape, "json": write_json,
           "dot": write_dot, "csv": write_csv, "html": write_html}


def write(sub: ExportGraph, fmt: str, out: str | os.PathLike, title: str | None = None) -> dict[str, Any]:
    """Write ``sub`` as ``fmt`` to ``out`` (a directory for csv); returns what was written."""
    if fmt not in WRITERS:
        raise ExportError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    path = Path(out)
    if fmt != "csv" and path.is_dir():
        raise ExportError(f"{path}: is a directory; give a file name")
    try:
        paths = write_html(sub, path, title) if fmt == "html" else WRITERS[fmt](sub, path)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return {"format": fmt, "paths": [str(p) for p in paths], "nodes": len(sub.nodes), "edges": len(sub.edges),
            "bytes": sum(p.stat().st_size for p in paths)}


__all__ = ["ExportError", "ExportGraph", "FORMATS", "cytoscape_elements", "flat_networkx", "node_link", "select",
           "to_dot", "write"]
