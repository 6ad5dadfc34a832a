"""CLI behaviour: exit codes, one-line errors, JSON contract, help and README coverage."""
import json
import re

import click
import pytest
from click.testing import CliRunner

from conftest import FIXTURES, ROOT
from newsgraph.cli import cli

ARTS = FIXTURES / "articles"
BAD = FIXTURES / "bad"


@pytest.fixture
def run(tmp_path):
    runner = CliRunner()

    def _run(*args, input=None):
        return runner.invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)
    return _run


def _commands(group, prefix=""):
    for name, cmd in sorted(group.commands.items()):
        yield prefix + name, cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + name + " ")


def test_every_command_has_help_and_is_in_readme(run):
    readme = (ROOT / "README.md").read_text()
    for name, cmd in _commands(cli):
        res = run(*name.split(), "--help")
        assert res.exit_code == 0, name
        assert cmd.help or cmd.short_help, f"{name} has no help text"
        assert f"newsgraph {name}" in readme, f"README does not show `newsgraph {name}`"


def test_ingest_then_stats_and_show(run, tmp_path):
    store = tmp_path / "g.json"
    res = run("ingest", ARTS, "--store", store)
    assert res.exit_code == 0, res.output
    assert "articles:  4 added" in res.output
    res = run("stats", "--store", store, "--json")
    data = json.loads(res.output)
    assert data["labels"]["Article"] == 4 and data["edges"] > 0
    res = run("show", "European Union", "--store", store)
    assert res.exit_code == 0 and "SANCTIONED_BY" in res.output


def test_ingest_json_summary_and_idempotent(run, tmp_path):
    store = tmp_path / "g.json"
    first = json.loads(run("ingest", ARTS / "summit_talks.txt", "--store", store, "--json").output)
    again = json.loads(run("ingest", ARTS / "summit_talks.txt", "--store", store, "--json").output)
    assert first["articles"] == {"added": 1, "already_stored": 0}
    assert again["articles"] == {"added": 0, "already_stored": 1}
    assert again["entities"]["added"] == 0 and again["relations"]["added"] == 0


def test_extract_json_contract(run):
    res = run("extract", ARTS / "harbour_sanctions.txt", "--json")
    assert res.exit_code == 0
    data = json.loads(res.output)
    assert set(data) >= {"articles", "entities", "events", "relations"}
    assert set(data["articles"][0]) >= {"id", "path", "published", "title"}
    for e in data["entities"]:
        assert set(e) >= {"id", "type", "name", "aliases"}
        assert e["type"] in {"Person", "Organisation", "Country", "Location", "Source"}
    for e in data["events"]:
        assert set(e) >= {"id", "type", "date", "summary"}
    ids = {e["id"] for e in data["entities"]} | {e["id"] for e in data["events"]} | {data["articles"][0]["id"]}
    text = (ARTS / "harbour_sanctions.txt").read_text().split("\n", 1)[1].strip()
    for r in data["relations"]:
        assert set(r) >= {"type", "source", "target", "properties", "evidence"}
        assert r["source"] in ids and r["target"] in ids
        for ev in r["evidence"]:
            assert set(ev) >= {"article", "sentence", "start", "end", "extractor", "confidence"}
            assert text[ev["start"]:ev["end"]] == ev["sentence"]


def test_extract_from_stdin(run):
    res = run("extract", "-", "--json", input="date 2024-03-01\nThe UK sanctioned the Harbour Board.")
    assert res.exit_code == 0
    assert json.loads(res.output)["articles"][0]["published"] == "2024-03-01"


@pytest.mark.parametrize("name", ["empty.txt", "image.txt", "latin1.txt", "notes.docx", "malformed.jsonl"])
def test_bad_input_one_line_error_and_store_untouched(run, tmp_path, name):
    store = tmp_path / "g.json"
    assert run("ingest", ARTS / "summit_talks.txt", "--store", store).exit_code == 0
    before = store.read_bytes()
    res = run("ingest", ARTS / "harbour_sanctions.txt", BAD / name, "--store", store)
    assert res.exit_code == 2
    first = res.output.strip().splitlines()[0]
    assert first.startswith("Error: ") and name in first
    assert "Traceback" not in res.output
    assert store.read_bytes() == before


def test_malformed_jsonl_names_the_line(run):
    res = run("extract", BAD / "malformed.jsonl")
    assert res.exit_code == 2 and "malformed.jsonl:2" in res.output


def test_missing_path_exit_code(run):
    res = run("ingest", "no/such/file.txt", "--store", "x.json")
    assert res.exit_code == 2 and "no/such/file.txt: no such file" in res.output


def test_unknown_name_suggests(run, tmp_path):
    store = tmp_path / "g.json"
    run("ingest", ARTS, "--store", store)
    res = run("show", "Europen Unon", "--store", store)
    assert res.exit_code == 4
    assert "no entity named" in res.output and "European Union" in res.output


def test_corrupt_store_is_one_line_error(run, tmp_path):
    store = tmp_path / "g.json"
    store.write_text("garbage")
    res = run("stats", "--store", store)
    assert res.exit_code == 3 and res.output.startswith("Error: ") and "Traceback" not in res.output


def test_schema_command(run):
    res = run("schema")
    assert "SANCTIONED_BY" in res.output and "poisoning" in res.output
    assert "CREATE CONSTRAINT" in run("schema", "--cypher").output
