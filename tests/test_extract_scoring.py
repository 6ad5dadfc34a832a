"""The in-process scorer (``python -m newsgraph.evaluate``) follows the shared harness's rules."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from newsgraph.evaluate import score_one

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _gold():
    return {"article": "a.txt", "entities": [
        {"name": "Vladimir Alekseyev", "type": "Person", "aliases": ["Alekseyev"]},
        {"name": "United States", "type": "Country", "aliases": ["US"]},
        {"name": "Kremlin", "type": "Organisation", "aliases": [], "optional": True}],
        "relations": [{"type": "SANCTIONED_BY", "source": "Vladimir Alekseyev", "target": "United States"}],
        "events": [{"key": "shot", "type": "shooting", "date": "2026-02-06",
                    "participants": [{"actor": "Vladimir Alekseyev", "role": "TARGET_OF"}]}]}


def _pred(extra_entities=()):
    ents = [{"id": "p", "type": "Person", "name": "Vladimir Alekseyev", "aliases": []},
            {"id": "c", "type": "Country", "name": "United States", "aliases": []}, *extra_entities]
    return {"entities": ents, "events": [{"id": "e", "type": "attack", "date": "2026-02-06"}],
            "relations": [{"type": "SANCTIONED_BY", "source": "p", "target": "c"},
                          {"type": "TARGET_OF", "source": "p", "target": "e"}]}


def test_perfect_prediction_scores_one():
    res, _ = score_one(_pred(), _gold())
    assert all(res[k].prf()[2] == 1.0 for k in ("entities", "relations", "roles", "events"))
    assert res["dates"] == (1, 1)


def test_second_node_for_one_actor_is_a_false_positive_and_optional_counts_neither_way():
    res, notes = score_one(_pred([{"id": "p2", "type": "Person", "name": "Alekseyev", "aliases": []},
                                  {"id": "k", "type": "Organisation", "name": "Kremlin", "aliases": []}]), _gold())
    assert (res["entities"].tp, res["entities"].fp, res["entities"].fn) == (2, 1, 0)
    assert any("duplicate" in n for n in notes)


@pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="shared harness not present")
def test_same_numbers_as_the_shared_harness():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "score.py")
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    for pred in (_pred(), _pred([{"id": "p2", "type": "Person", "name": "Alekseyev", "aliases": []}])):
        mine, _ = score_one(json.loads(json.dumps(pred)), _gold())
        theirs, _ = shared.score_one(pred, _gold())
        for k in ("entities", "relations", "roles", "events"):
            assert (mine[k].tp, mine[k].fp, mine[k].fn) == (theirs[k].tp, theirs[k].fp, theirs[k].fn)
        assert mine["dates"] == theirs["dates"]
