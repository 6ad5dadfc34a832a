"""The `newsgraph` command line: thin wrappers over newsgraph.api and friends."""
from __future__ import annotations

import importlib
import importlib.util
import sys

import click

from newsgraph import api
from newsgraph.cli_common import NewsgraphGroup, echo_json, json_option, store_options, table
from newsgraph.lookup import profile

# Command modules contributed by other parts of the tool; each has register(cli).
COMMAND_MODULES = ("newsgraph.cli_query", "newsgraph.cli_lookup", "newsgraph.cli_export")


@click.group(cls=NewsgraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def cli():
    """Turn news articles into a knowledge graph of actors and events.

    Reads .txt and .jsonl articles, extracts persons, organisations, countries,
    places, events and their relations (each with its evidence sentence), and
    stores them in an embedded graph file or in Neo4j.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--model", envvar="NEWSGRAPH_SPACY_MODEL", help="spaCy model name or path.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extract in N parallel processes.")
@json_option
@store_options
def ingest(paths, model, workers, as_json, store):
    """Extract PATHS (files, folders, or - for stdin) and merge them into the store."""
    bar = {"bar": None}

    def start(n):
        if n > 1:
            bar["bar"] = click.progressbar(length=n, label="extracting", file=sys.stderr)
            bar["bar"].__enter__()

    def step(k):
        if bar["bar"] is not None:
            bar["bar"].update(k)

    try:
        summary = api.ingest(paths, store, model=model, workers=workers, progress=step, on_articles=start)
    finally:
        if bar["bar"] is not None:
            bar["bar"].__exit__(None, None, None)
    if as_json:
        echo_json(summary)
        return
    a, e, v, r = (summary[k] for k in ("articles", "entities", "events", "relations"))
    click.echo(f"articles:  {a['added']} added, {a['already_stored']} already stored")
    click.echo(f"entities:  {e['added']} added, {e['merged']} merged")
    click.echo(f"events:    {v['added']} added, {v['merged']} merged")
    click.echo(f"relations: {r['added']} added, {r['merged']} merged")
    click.echo(f"store:     {summary['store']}")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--model", envvar="NEWSGRAPH_SPACY_MODEL", help="spaCy model name or path.")
@json_option
def extract(paths, model, as_json):
    """Extract PATHS and print the result without storing it."""
    result = api.extract_paths(paths, model=model)
    data = result.to_json()
    if as_json:
        echo_json(data)
        return
    names = {e["id"]: e["name"] for e in data["entities"]}
    names.update({e["id"]: f"{e['type']} {e['date'] or ''}".strip() for e in data["events"]})
    click.echo(table([[e["type"], e["name"], ", ".join(e["aliases"])] for e in data["entities"]],
                     ["type", "name", "aliases"]))
    click.echo()
    click.echo(table([[e["type"], e["date"] or "", e["location"] or ""] for e in data["events"]],
                     ["event", "date", "location"]))
    click.echo()
    rows = [[names.get(r["source"], r["source"]), r["type"], names.get(r["target"], r["target"]),
             f"{max(v['confidence'] for v in r['evidence']):.2f}"]
            for r in data["relations"] if r["type"] not in ("MENTIONS",)]
    click.echo(table(rows, ["source", "relation", "target", "conf"]))


@cli.command()
@json_option
@store_options
def stats(as_json, store):
    """Count nodes by label and relationships by type."""
    data = store.stats()
    if as_json:
        echo_json(data)
        return
    click.echo(f"store: {data['store']}")
    click.echo(f"nodes: {data['nodes']}   relationships: {data['edges']}   evidence: {data['evidence']}")
    click.echo(table([[k, v] for k, v in data["labels"].items()], ["label", "count"]))
    click.echo(table([[k, v] for k, v in data["relationship_types"].items()], ["relationship", "count"]))


@cli.command()
@click.argument("name")
@json_option
@store_options
def show(name, as_json, store):
    """Show an entity (NAME, alias or id): aliases and relations with evidence."""
    data = profile(store, name)
    if as_json:
        echo_json(data)
        return
    node = data["entity"]
    click.echo(f"{node.get('name')}  [{node['label']}]  {node['id']}")
    for field in ("aliases", "titles", "roles"):
        if node.get(field):
            click.echo(f"  {field}: {', '.join(node[field])}")
    for group, rels in data["relations"].items():
        click.echo(f"\n{group}")
        for r in rels:
            click.echo(f"  {r['counterpart_name']} ({r['counterpart_label']})"
                       + (f" {r['properties']}" if r["properties"] else ""))
            for ev in r["evidence"]:
                click.echo(f"      \"{ev['sentence']}\"  [{ev['extractor']}, {ev['confidence']:.2f}]")


@cli.command("schema")
@click.option("--cypher", is_flag=True, help="Print the Neo4j constraints instead of the docs.")
def schema_cmd(cypher):
    """Print the vocabulary (labels, relationship types, event types)."""
    from newsgraph.schema import constraints_cypher, docs_markdown

    click.echo(constraints_cypher() if cypher else docs_markdown(), nl=False)


def _register_modules() -> None:
    for name in COMMAND_MODULES:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name).register(cli)


_register_modules()


def main() -> None:
    cli(prog_name="newsgraph")


if __name__ == "__main__":
    main()
