"""`newsgraph export`: a neighbourhood, a query result or the whole graph, for drawing tools."""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import click

from newsgraph import export as ex
from newsgraph.cli_common import echo_json, json_option, store_options
from newsgraph.cli_lookup import _date_param, _types_param

BY_SUFFIX = {".graphml": "graphml", ".gexf": "gexf", ".cyjs": "cytoscape", ".json": "json", ".dot": "dot",
             ".gv": "dot", ".html": "html", ".htm": "html"}


def register(cli: click.Group) -> None:
    @cli.command("export")
    @click.option("--around", metavar="NAME", help="Export the neighbourhood of NAME (name, alias or id).")
    @click.option("--hops", default=2, show_default=True, type=click.IntRange(0, 6),
                  help="With --around: how many hops to include.")
    @click.option("--query", metavar="NAME", help="Export the result of a canned query (`newsgraph query list`).")
    @click.option("--param", "params", multiple=True, metavar="K=V", help="A query parameter (repeatable).")
    @click.option("--all", "all_nodes", is_flag=True, help="Export the whole graph.")
    @click.option("--type", "types", multiple=True, callback=_types_param, metavar="TYPE",
                  help="Only these relationship types (repeat, or comma-separate).")
    @click.option("--since", callback=_date_param, metavar="DATE", help="Drop events and dated relations before DATE.")
    @click.option("--until", callback=_date_param, metavar="DATE", help="Drop events and dated relations after DATE.")
    @click.option("--articles", is_flag=True, help="Keep Article nodes and MENTIONS/REPORTED_BY edges.")
    @click.option("--format", "-f", "fmt", type=click.Choice(ex.FORMATS),
                  help="Output format (default: from the -o suffix).")
    @click.option("-o", "--output", required=True, metavar="FILE",
                  help="File to write ('-' for stdout); for csv, a directory for nodes.csv and relationships.csv.")
    @click.option("--title", help="Page title (html).")
    @json_option
    @store_options
    def export_cmd(around, hops, query, params, all_nodes, types, since, until, articles, fmt, output, title,
                   as_json, store):
        """Export part of the graph: --around NAME [--hops K] | --query NAME [--param k=v] | --all.

        \b
        Formats:
          graphml    GraphML for Gephi, Cytoscape desktop, yEd (typed attributes)
          gexf       GEXF 1.2 for Gephi
          cytoscape  Cytoscape.js elements JSON
          json       node-link JSON for D3 (nodes + links)
          dot        Graphviz DOT (dot -Tsvg FILE.dot > FILE.svg)
          csv        nodes.csv + relationships.csv for neo4j-admin database import
          html       one self-contained page (cytoscape.js inlined; works offline)

        Every relation carries its evidence (sentences, offsets, rule, confidence
        and the source article). Prints "wrote FILE: N nodes, M edges" on stderr.
        """
        if fmt is None:
            fmt = BY_SUFFIX.get(Path(output).suffix.lower())
            if fmt is None:
                raise click.UsageError(f"cannot tell the format from {output!r}; pass --format ({', '.join(ex.FORMATS)})")
        if (query is None) and params:
            raise click.UsageError("--param needs --query")
        t0 = time.perf_counter()
        sub = ex.select(store, around=around, hops=hops, query=query, params=params, all_nodes=all_nodes,
                        types=types or None, since=since, until=until, articles=articles)
        if output == "-":
            if fmt == "csv":
                raise click.UsageError("--format csv writes two files; give a directory with -o")
            with tempfile.TemporaryDirectory() as tmp:
                info = ex.write(sub, fmt, Path(tmp) / f"export{ex.EXTENSIONS[fmt]}", title=title)
                sys.stdout.write(Path(info["paths"][0]).read_text("utf-8"))
                sys.stdout.flush()
            info["paths"] = ["<stdout>"]
        else:
            info = ex.write(sub, fmt, output, title=title)
        info["seconds"] = round(time.perf_counter() - t0, 3)
        target = info["paths"][0] if len(info["paths"]) == 1 else \
            f"{os.path.dirname(info['paths'][0]) or '.'}/{{{','.join(os.path.basename(p) for p in info['paths'])}}}"
        click.echo(f"wrote {target}: {info['nodes']} nodes, {info['edges']} edges", err=True)
        if as_json and output != "-":
            echo_json(info)

