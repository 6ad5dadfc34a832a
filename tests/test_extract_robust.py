"""No reading rule fails on any article we have, and one that does fail costs only its own reading."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from newsgraph.loaders import read_articles
from newsgraph.schema import Article

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent


def _all_articles():
    folders = [p for p in (ROOT / "eval").glob("**/articles") if p.is_dir()] + [ROOT / "examples" / "articles"]
    return read_articles([str(p) for p in folders])


def test_no_rule_fails_on_any_article(extractor, caplog):
    articles = _all_articles()
    assert len(articles) > 40
    with caplog.at_level(logging.WARNING, logger="newsgraph.loaders"):
        results = list(extractor.extract_many(articles))
    assert len(results) == len(articles)
    assert not [r.message for r in caplog.records if "failed" in r.message]


def test_a_failing_rule_loses_only_its_own_reading(extractor, caplog, monkeypatch):
    from newsgraph.loaders import relations

    def broken(builder, sent):
        raise ValueError("unexpected parse")

    monkeypatch.setattr(relations, "RULES", (broken, *relations.RULES))
    with caplog.at_level(logging.WARNING, logger="newsgraph.loaders"):
        res = extractor.extract(Article(text="The European Union sanctioned Ivan Petrenko on Monday.",
                                        published="2026-05-08", path="x.txt"))
    assert any(r.type == "SANCTIONED_BY" for r in res.relations)  # the other rules still read the sentence
    assert any("rule broken failed on x.txt: ValueError: unexpected parse" in r.message for r in caplog.records)
