"""Lookup commands: who, path, neighbours, timeline, explain, search.

Each is a thin wrapper over a function in ``newsgraph.lookup``; ``--json``
prints that function's result unchanged.
"""
from __future__ import annotations

import click

from newsgraph import lookup
from newsgraph.cli_common import echo_json, json_option, store_options, table
from newsgraph.schema.vocabulary import VOCAB


def _date_param(ctx, param, value):
    if value is None:
        return None
    try:
        lookup.parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def _types_param(ctx, param, value):
    out = []
    for v in value or ():
        for t in v.split(","):
            t = t.strip().upper()
            if not t:
                continue
            if t not in VOCAB.relations:
                raise click.BadParameter(f"unknown relationship type {t!r} (one of: {', '.join(VOCAB.relations)})")
            out.append(t)
    return out


def date_option(name, help_text):
    return click.option(name, callback=_date_param, metavar="DATE", help=help_text)


type_option = click.option("--type", "types", multiple=True, callback=_types_param, metavar="TYPE",
                           help="Only these relationship types (repeat, or comma-separate).")


def _oneline(text) -> str:
    """Whitespace (newlines included) collapsed, so a sentence never breaks a table row."""
    return " ".join(str(text or "").split())


def _conf(v) -> str:
    return "" if v is None else f"{v:.2f}"


def _props(props: dict, skip=("by",)) -> str:
    parts = []
    for k, v in sorted((props or {}).items()):
        if k in skip or v in (None, "", []):
            continue
        parts.append(f"{k}={', '.join(map(str, v)) if isinstance(v, list) else v}")
    return "; ".join(parts)


def _source_line(ev: dict) -> str:
    where = ev.get("article_title") or ev.get("article_path") or ev["article"]
    bits = [where]
    if ev.get("article_published"):
        bits.append(ev["article_published"])
    if ev.get("article_url"):
        bits.append(ev["article_url"])
    return ", ".join(bits)


def _entity_header(node: dict) -> list[str]:
    lines = [f"{node.get('name') or node.get('title') or node['id']}  [{node['label']}]  {node['id']}"]
    for field in ("aliases", "titles", "roles"):
        if node.get(field):
            lines.append(f"  {field}: {', '.join(node[field])}")
    for field in ("kind", "type", "date", "summary"):
        if node.get(field):
            lines.append(f"  {field}: {node[field]}")
    return lines


def register(cli: click.Group) -> None:
    @cli.command()
    @click.argument("name")
    @click.option("--evidence", is_flag=True, help="Also print the evidence sentences and their sources.")
    @json_option
    @store_options
    def who(name, evidence, as_json, store):
        """An actor's profile: aliases, titles, roles, and relations by type and direction.

        NAME is a name, an alias or an id. Each relation shows its counterpart,
        date, best confidence and the number of supporting articles.
        """
        data = lookup.who(store, name, evidence=evidence)
        if as_json:
            echo_json(data)
            return
        click.echo("\n".join(_entity_header(data["entity"])))
        if not data["relations"]:
            click.echo("\n(no relations stored)")
            return
        rows = []
        for group, rels in data["relations"].items():
            for r in rels:
                by = ", ".join(b["name"] for b in r["by"])
                details = "; ".join(x for x in (_props(r["properties"], ("by", "date")),
                                                f"by {by}" if by else "") if x)
                rows.append([group, r["counterpart_name"], r["counterpart_label"], r["date"] or "",
                             _conf(r["confidence"]), r["articles"], details])
        click.echo()
        click.echo(table(rows, ["relation", "counterpart", "label", "date", "conf", "articles", "details"]))
        if evidence:
            for group, rels in data["relations"].items():
                for r in rels:
                    click.echo(f"\n{group} {r['counterpart_name']}  ({r['relation']})")
                    for ev in r["evidence"]:
                        click.echo(f"  \"{_oneline(ev['sentence'])}\"")
                        click.echo(f"      {_source_line(ev)}  [{ev['extractor']}, {ev['confidence']:.2f}]")

    @cli.command()
    @click.argument("a")
    @click.argument("b")
    @click.option("--max-hops", default=4, show_default=True, type=click.IntRange(1, 12),
                  help="Longest path to look for.")
    @click.option("--all", "all_paths", is_flag=True, help="All shortest paths, not just one.")
    @type_option
    @json_option
    @store_options
    def path(a, b, max_hops, all_paths, types, as_json, store):
        """The shortest path (or --all shortest paths) between A and B.

        Each hop shows the relationship, its direction and its best evidence
        sentence. Provenance edges (MENTIONS) are not followed.
        """
        data = lookup.path(store, a, b, max_hops=max_hops, all_paths=all_paths, types=types or None)
        if as_json:
            echo_json(data)
            return
        for i, hops in enumerate(data["paths"], 1):
            if i > 1:
                click.echo()
            click.echo(f"path {i}: {len(hops)} hop{'s' if len(hops) != 1 else ''}")
            rows = []
            for n, h in enumerate(hops, 1):
                arrow = {"->": f"-[{h['type']}]->", "<-": f"<-[{h['type']}]-", "--": f"-[{h['type']}]-"}[h["direction"]]
                rows.append([n, h["from_name"], arrow, h["to_name"], _conf(h["confidence"]),
                             f"\"{_oneline(h['sentence'])}\"" if h["sentence"] else ""])
            click.echo(table(rows, ["#", "from", "relation", "to", "conf", "evidence"]))

    @cli.command()
    @click.argument("name")
    @click.option("--hops", default=1, show_default=True, type=click.IntRange(1, 6), help="How far to go.")
    @type_option
    @date_option("--since", "Drop events (and dated relations) before DATE (YYYY[-MM[-DD]]).")
    @date_option("--until", "Drop events (and dated relations) after DATE.")
    @json_option
    @store_options
    def neighbours(name, hops, types, since, until, as_json, store):
        """Nodes within --hops of NAME, with the relations that reach them."""
        data = lookup.neighbours(store, name, hops=hops, types=types or None, since=since, until=until)
        if as_json:
            echo_json(data)
            return
        e = data["entity"]
        click.echo(f"{e['name']}  [{e['label']}]  {e['id']}: {len(data['neighbours'])} neighbours "
                   f"within {hops} hop{'s' if hops != 1 else ''}")
        if not data["neighbours"]:
            return
        rows = []
        for n in data["neighbours"]:
            via = "; ".join(
                {"->": f"{v['from_name']} -[{v['type']}]->", "<-": f"{v['from_name']} <-[{v['type']}]-",
                 "--": f"{v['from_name']} -[{v['type']}]-"}[v["direction"]] for v in n["via"])
            rows.append([n["hops"], n["name"], n["label"], n["date"] or "", via, n["id"]])
        click.echo(table(rows, ["hops", "name", "label", "date", "via", "id"]))

    @cli.command()
    @click.argument("name", required=False)
    @date_option("--since", "Events on or after DATE (YYYY[-MM[-DD]]; partial dates count as spans).")
    @date_option("--until", "Events on or before DATE.")
    @json_option
    @store_options
    def timeline(name, since, until, as_json, store):
        """Events in date order with participants and roles (all, or NAME's).

        Partial dates sort before fuller ones in the same span
        (2023 < 2023-02 < 2023-02-05) and are shown as written; undated
        events come last.
        """
        data = lookup.timeline(store, name, since=since, until=until)
        if as_json:
            echo_json(data)
            return
        if data["entity"]:
            click.echo(f"timeline of {data['entity']['name']} [{data['entity']['label']}]")
        if not data["events"]:
            click.echo("(no events)")
            return
        rows = []
        for ev in data["events"]:
            people = "; ".join(
                f"{p['name']} ({p['role']}" + (f", {p['detail']}" if p["detail"] else "")
                + (f", by {', '.join(p['by'])}" if p["by"] else "") + ")" for p in ev["participants"])
            summary = _oneline(ev["summary"])
            summary = summary if len(summary) <= 80 else summary[:79] + "…"
            rows.append([ev["date"] or "undated", ev["type"], ev["location"] or "", people, summary])
        click.echo(table(rows, ["date", "event", "where", "participants (role)", "summary"]))

    @cli.command()
    @click.argument("args", nargs=-1, required=True, metavar="RELATION-ID | A TYPE B")
    @json_option
    @store_options
    def explain(args, as_json, store):
        """Full provenance of one relation: every article, sentence, offsets, rule, confidence, by.

        Give a relation id (from `who --json`; a unique prefix is enough), or
        three arguments: A TYPE B, e.g. `explain "United Kingdom" ACCUSED Alekseyev`.
        """
        if len(args) == 1:
            data = lookup.explain(store, args[0])
        elif len(args) == 3:
            data = lookup.explain(store, args[0], args[1], args[2])
        else:
            raise click.UsageError("give RELATION-ID, or A TYPE B (three arguments)")
        if as_json:
            echo_json(data)
            return
        arrow = "-" if data["symmetric"] else "->"
        click.echo(f"{data['source']['name']} -[{data['type']}]{arrow} {data['target']['name']}")
        info = [["relation", data["relation"]],
                ["source", f"{data['source']['name']} [{data['source']['label']}] ({data['source']['id']})"],
                ["target", f"{data['target']['name']} [{data['target']['label']}] ({data['target']['id']})"]]
        if data["date"]:
            info.append(["date", data["date"]])
        for k, v in sorted(data["properties"].items()):
            if k != "by" and v not in (None, "", []):
                info.append([k, ", ".join(map(str, v)) if isinstance(v, list) else v])
        if data["by"]:
            info.append(["alleged by", ", ".join(f"{b['name']} ({b['id']})" for b in data["by"])])
        info.append(["confidence", _conf(data["confidence"])])
        info.append(["articles", data["articles"]])
        click.echo(table(info, ["field", "value"]))
        click.echo(f"\nevidence ({len(data['evidence'])}):")
        rows = [[i, v["article_title"] or v["article_path"] or "", v["article_published"] or "",
                 f"{v['start']}-{v['end']}", v["extractor"], _conf(v["confidence"]), v["article"]]
                for i, v in enumerate(data["evidence"], 1)]
        click.echo(table(rows, ["#", "article", "published", "chars", "rule", "conf", "article id"]))
        for i, v in enumerate(data["evidence"], 1):
            click.echo(f"  [{i}] \"{_oneline(v['sentence'])}\"")

    @cli.command()
    @click.argument("text")
    @click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
    @click.option("--label", type=click.Choice(list(VOCAB.labels)), help="Only nodes with this label.")
    @json_option
    @store_options
    def search(text, limit, label, as_json, store):
        """Fuzzy search over names and aliases (best match per node)."""
        hits = lookup.search(store, text, limit=limit, label=label)
        if as_json:
            echo_json({"query": text, "results": hits})
            return
        if not hits:
            click.echo(f"no names or aliases close to {text!r}")
            return
        click.echo(table([[h["score"], h["name"], h["label"],
                           h["matched"] if h["matched"] != h["name"] else "", h["id"]] for h in hits],
                         ["score", "name", "label", "matched alias", "id"]))
