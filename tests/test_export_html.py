"""The HTML export in headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Checks: one self-contained file (no network request is even attempted), no
console errors or warnings, the drawn node and edge counts match the export,
a real mouse click on an edge shows its evidence sentence and source article,
the type and date filters hide what they should, and a screenshot is taken
(set NEWSGRAPH_SCREENSHOT=PATH to keep it, e.g. docs/screenshot-export.png).

Needs the playwright pip package (it drives the system Chromium; no browser
download) and cytoscape.js from scripts/js-deps. Missing pieces skip locally
and fail under CI.
"""
from __future__ import annotations

import importlib.util
import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph import export as ex
from newsgraph.cli import cli

pytestmark = pytest.mark.browser

_spec = importlib.util.spec_from_file_location("ng_sample", Path(__file__).parent / "fixtures" / "export" / "sample.py")
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def required() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("NEWSGRAPH_BROWSER_TESTS"))


def missing(what: str):
    if required():
        pytest.fail(f"{what} (required under CI)")
    pytest.skip(what)


def chromium_path() -> str | None:
    for cand in (os.environ.get("NEWSGRAPH_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                 shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if cand and Path(cand).exists():
            return cand
    return None


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("the playwright Python package is not installed (pip install playwright)")
    exe = chromium_path()
    if exe is None:
        missing("Chromium is not installed (scripts/system-deps)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page_file(embedded_store, tmp_path):
    try:
        ex.find_cytoscape_js()
    except ex.ExportError:
        missing("cytoscape.js is missing (run scripts/js-deps)")
    sample.load(embedded_store)
    out = tmp_path / "graph.html"
    res = CliRunner().invoke(cli, ["export", "--around", "Orlov", "--hops", "2", "--format", "html", "-o", str(out),
                                   "--store", str(embedded_store.path)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert res.stderr.strip() == f"wrote {out}: 18 nodes, 18 edges"
    return out, ex.select(embedded_store, around="Orlov", hops=2)


def open_page(browser, path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    console, requests = [], []
    page.on("console", lambda m: console.append((m.type, m.text)))
    page.on("pageerror", lambda e: console.append(("pageerror", str(e))))

    def route(r):
        if not r.request.url.startswith("file://"):
            requests.append(r.request.url)
            r.abort()
        else:
            r.continue_()
    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_function("window.newsgraph && window.newsgraph.ready", timeout=20000)
    return page, console, requests


def test_page_is_self_contained(page_file):
    path, _ = page_file
    text = path.read_text("utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=", text, re.I)
    assert "cytoscape" in text
    assert not any(p in text for p in ("{{TITLE}}", "{{CYTOSCAPE_JS}}", "{{GRAPH_JSON}}"))
    assert len(re.findall(r"</script", text, re.I)) == 3  # data, library, app: nothing closes early


def test_page_loads_draws_and_shows_evidence_on_click(browser, page_file, tmp_path):
    path, sub = page_file
    page, console, requests = open_page(browser, path)
    try:
        assert requests == []
        assert [c for c in console if c[0] in ("error", "pageerror", "warning")] == []
        drawn = page.evaluate("""() => {
            const cy = window.newsgraph.cy, ext = cy.extent();
            const inView = (bb) => bb.x2 >= ext.x1 && bb.x1 <= ext.x2 && bb.y2 >= ext.y1 && bb.y1 <= ext.y2;
            return {nodes: cy.nodes().filter(n => n.visible() && inView(n.boundingBox())).length,
                    edges: cy.edges().filter(e => e.visible()).length};
        }""")
        assert drawn == {"nodes": len(sub.nodes), "edges": len(sub.edges)}
        assert page.inner_text("#counts") == "showing 18 of 18 nodes, 18 of 18 relationships"
        legend = page.inner_text("#legend")
        for label in ("Person", "Country", "Event", "Organisation", "Location"):
            assert label in legend

        # Clicking a node shows its profile.
        point = page.evaluate("""(id) => {
            const cy = window.newsgraph.cy, n = cy.getElementById(id);
            cy.fit(n, 300);
            const p = n.renderedPosition(), r = cy.container().getBoundingClientRect();
            return {x: r.left + p.x, y: r.top + p.y};
        }""", "person:pavel-orlov")
        page.mouse.click(point["x"], point["y"])
        assert "Pavel Orlov [Person]" in page.inner_text("#details")

        edge = next(e for e in sub.edges if e["type"] == "SUSPECTED_OF")
        sentence = edge["evidence"][0]["sentence"]
        # Zoom onto the edge so its midpoint is clear of nodes, then click there with the mouse.
        point = page.evaluate("""(id) => {
            const cy = window.newsgraph.cy, e = cy.getElementById(id);
            cy.fit(e, 200);
            const p = e.renderedMidpoint(), r = cy.container().getBoundingClientRect();
            return {x: r.left + p.x, y: r.top + p.y};
        }""", edge["id"])
        page.mouse.click(point["x"], point["y"])
        page.wait_for_selector("#details .evidence", timeout=5000)
        details = page.inner_text("#details")
        assert sentence in details
        assert "SUSPECTED_OF" in details and "General shot in Moscow" in details
        assert "alleged by: Russia" in details
        assert page.get_attribute("#details .evidence a", "href") == "https://news.example/1"

        page.evaluate("() => { window.newsgraph.cy.fit(undefined, 30); }")
        shot = Path(os.environ.get("NEWSGRAPH_SCREENSHOT") or tmp_path / "export.png")
        shot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shot))
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
        assert [c for c in console if c[0] in ("error", "pageerror")] == []
    finally:
        page.close()


def test_filters_by_type_and_date(browser, page_file):
    path, sub = page_file
    page, console, _ = open_page(browser, path)
    try:
        counts = lambda: page.evaluate("window.newsgraph.visibleCounts()")  # noqa: E731
        occurred = sum(e["type"] == "OCCURRED_IN" for e in sub.edges)
        page.uncheck('input[data-type="OCCURRED_IN"]')
        assert counts()["edges"] == len(sub.edges) - occurred
        page.check('input[data-type="OCCURRED_IN"]')
        assert counts()["edges"] == len(sub.edges)
        page.click("#no-types")
        assert counts()["edges"] == 0 and counts()["nodes"] == len(sub.nodes)
        page.click("#all-types")

        page.fill("#since", "2026")
        events = [n for n in sub.nodes if n["label"] == "Event"]
        kept = [n for n in events if not n.get("date") or n["date"] >= "2026"]
        assert counts()["nodes"] == len(sub.nodes) - len(events) + len(kept)
        page.fill("#since", "2023")
        page.fill("#until", "2023-02")  # a span: 2023-02 and 2023-02-05 stay, 2023-06 and 2018 go
        visible = set(page.evaluate("window.newsgraph.cy.nodes('[label = \"Event\"]').not('.filtered').map(n => n.id())"))
        assert visible == {n["id"] for n in events
                           if n.get("date") in ("2023-02", "2023-02-05") or not n.get("date")}
        page.fill("#until", "2023-99")
        assert "bad" in (page.get_attribute("#until", "class") or "")
        assert [c for c in console if c[0] in ("error", "pageerror")] == []
    finally:
        page.close()


def test_missing_cytoscape_gives_a_clear_error(embedded_store, tmp_path, monkeypatch):
    sample.load(embedded_store)
    monkeypatch.setenv(ex.JS_ENV, str(tmp_path / "nope.js"))
    monkeypatch.setattr(ex, "find_cytoscape_js", lambda: (_ for _ in ()).throw(
        ex.ExportError("cytoscape.js is needed for --format html but was not found", hint=ex.JS_HINT)))
    res = CliRunner().invoke(cli, ["export", "--all", "-o", str(tmp_path / "x.html"),
                                   "--store", str(embedded_store.path)])
    assert res.exit_code == 2 and "scripts/js-deps" in res.stderr
    assert not (tmp_path / "x.html").exists()
