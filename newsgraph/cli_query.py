"""`newsgraph query list|show|run` (the canned query library) and `newsgraph push` (embedded -> Neo4j)."""
from __future__ import annotations

import json
import time

import click

from newsgraph.cli_common import echo_json, json_option, store_options, table
from newsgraph.errors import InputError, StoreError


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--param {pair!r} is not key=value", hint="for example --param name=\"Vladimir Alekseyev\"")
        out[key.strip()] = value
    return out


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        if all(isinstance(v, (str, int, float)) for v in value):
            return ", ".join(str(v) for v in value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)


def _print_steps(rows) -> None:
    """shortest_paths reads better as paths than as a table."""
    for i, r in enumerate(rows, 1):
        click.echo(f"path {i}: {' - '.join(str(n) for n in r['path'])}  ({r['hops']} hops)")
        for s in r["steps"]:
            click.echo(f"  {s['source']} -[{s['type']}]-> {s['target']}")
            for ev in s["evidence"]:
                click.echo(f"      \"{ev['sentence']}\"  [{ev['article']}, {ev['confidence']:.2f}]")


def register(cli: click.Group) -> None:
    @cli.group("query")
    def query():
        """Canned queries: Cypher files on Neo4j, networkx equivalents on the embedded store."""

    @query.command("list")
    @json_option
    def list_cmd(as_json):
        """List the canned queries, their parameters and example values."""
        from newsgraph.queries import list_queries

        qs = list_queries()
        if as_json:
            echo_json([{"name": q.name, "description": q.description, "file": q.filename,
                        "params": [{"name": p.name, "type": p.type_name, "example": p.example,
                                    "required": p.required} for p in q.params]} for q in qs])
            return
        rows = []
        for q in qs:
            params = " ".join(f"{p.name}={json.dumps(p.example, ensure_ascii=False)}" + ("" if p.required else "*")
                              for p in q.params)
            rows.append([q.name, params, q.description])
        click.echo(table(rows, ["query", "params (* = optional)", "description"]))

    @query.command("show")
    @click.argument("name")
    def show_cmd(name):
        """Print a query's Cypher with the Browser `:param` lines to paste first."""
        from newsgraph.queries import get_query

        q = get_query(name)
        for p in q.params:
            click.echo(p.browser())
        click.echo(q.cypher.rstrip())

    @query.command("run")
    @click.argument("name")
    @click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
                  help="A query parameter (repeatable); typed like the header's example (ints stay ints, "
                       "lists are comma-separated or JSON).")
    @json_option
    @store_options
    def run_cmd(name, params, as_json, store):
        """Run canned query NAME on the store (Neo4j: the Cypher file; embedded: its networkx twin)."""
        from newsgraph.queries import run_query

        started = time.perf_counter()
        rows = run_query(store, name, _parse_params(params))
        took = time.perf_counter() - started
        if as_json:
            echo_json(rows)
            return
        if not rows:
            click.echo("(no rows)")
        elif name.replace("-", "_").removesuffix(".cypher") == "shortest_paths":
            _print_steps(rows)
        else:
            headers = list(rows[0])
            click.echo(table([[_cell(r.get(h)) for h in headers] for r in rows], headers))
        click.echo(f"{len(rows)} row(s) in {took * 1000:.0f} ms from {store.kind}", err=True)

    @cli.command("push")
    @click.option("--store", "store_path", type=click.Path(dir_okay=True), envvar="NEWSGRAPH_STORE",
                  help="Embedded store to copy (default ./newsgraph-data/graph.json; env NEWSGRAPH_STORE).")
    @click.option("--clear", is_flag=True, help="Delete everything in the Neo4j database first.")
    @json_option
    def push_cmd(store_path, clear, as_json):
        """Copy the embedded store into Neo4j at NEO4J_URI (merging: pushing twice changes nothing)."""
        from pathlib import Path

        from newsgraph.graph import EmbeddedStore
        from newsgraph.graph.embedded import DEFAULT_PATH
        from newsgraph.graph.neo4j_store import Neo4jStore, push

        path = Path(store_path) if store_path else DEFAULT_PATH
        if path.is_dir():
            path = path / "graph.json"
        if not path.exists():
            raise StoreError(f"{path}: no embedded store to push",
                             hint="run `newsgraph ingest PATH...` first, or pass --store")
        source = EmbeddedStore(path)
        started = time.perf_counter()
        with Neo4jStore.from_env() as target:
            if clear:
                target.clear()
            summary = push(source, target)
        summary["seconds"] = round(time.perf_counter() - started, 3)
        if as_json:
            echo_json(summary)
            return
        t = summary["target"]
        click.echo(f"pushed {summary['nodes']} nodes, {summary['edges']} relationships, "
                   f"{summary['merges']} merge records from {path} in {summary['seconds']:.1f} s")
        click.echo(f"{t['store']} now holds {t['nodes']} nodes, {t['edges']} relationships, "
                   f"{t['evidence']} evidence records")
