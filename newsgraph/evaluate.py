"""Score extraction against hand-made gold files: ``python -m newsgraph.evaluate ARTICLE_DIR GOLD_DIR``.

The rules are those of ../shared/eval/score.py (the shared harness) so both
print the same numbers, but the extractor runs in this process: the model is
loaded once for the whole set instead of once per article, which makes the
edit-score loop of rule writing fast.

    entities   name or alias match, type must agree; a second node for one actor is a false positive
    relations  actor-actor triples (NEGOTIATED_WITH symmetric)
    roles      actor -> event triples, events aligned by type group and year
    events     event nodes aligned by type group and year; exact date accuracy on matched events
Optional gold items count neither way.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

REL_TYPES = {"SANCTIONED_BY", "NEGOTIATED_WITH", "ACCUSED", "MEMBER_OF", "LEADS", "PART_OF"}
ROLE_TYPES = {"TARGET_OF", "PERPETRATOR_OF", "PARTICIPATED_IN", "ACCUSED_OF", "SUSPECTED_OF"}
ENTITY_TYPES = {"Person", "Organisation", "Country", "Location", "Source"}
METRICS = ("entities", "relations", "roles", "events")
# Event types that count as the same kind of event when aligning with gold.
_GROUPS = {"shooting": "violence", "bombing": "violence", "poisoning": "violence",
           "assassination_attempt": "violence", "attack": "violence", "assassination": "violence",
           "negotiation": "talks", "meeting": "talks"}


def norm(s: Any) -> str:
    """Names compare case-, accent- and punctuation-blind, without a leading "the"."""
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    s = re.sub(r"^(the) ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def _names(e: dict) -> set[str]:
    out = {norm(e.get("name", ""))} | {norm(a) for a in e.get("aliases") or []}
    out.discard("")
    return out


def _group(t: str | None) -> str:
    t = (t or "").lower()
    return _GROUPS.get(t, t)


def _year(d: Any) -> str | None:
    m = re.match(r"(\d{4})", str(d or ""))
    return m.group(1) if m else None


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


# alignment --------------------------------------------------------------------
def _align_entities(pred: list[dict], gold: list[dict]) -> dict[str, Any]:
    """pred id -> gold entity, "DUP" (a second node for an already matched actor) or None."""
    mapping: dict[str, Any] = {}
    taken: set[str] = set()
    order = sorted(pred, key=lambda e: 0 if any(norm(e.get("name", "")) == norm(g["name"]) for g in gold) else 1)
    for e in order:
        pn, best = _names(e), None
        for g in gold:
            if pn & _names(g) and (best is None or norm(e.get("name", "")) == norm(g["name"])):
                best = g
        if best is None:
            mapping[e["id"]] = None
        elif best["name"] in taken:
            mapping[e["id"]] = "DUP"
        else:
            mapping[e["id"]] = best
            taken.add(best["name"])
    return mapping


def _align_events(pred: dict, gold_events: list[dict], pred_actors: dict) -> dict[str, Any]:
    """Greedy best-pair alignment: same type group; exact date > same year > undated; shared actors."""
    pairs = []
    for pid, e in pred.items():
        for g in gold_events:
            if _group(g["type"]) != _group(e.get("type")):
                continue
            py, gy = _year(e.get("date")), _year(g.get("date"))
            if py and gy and py != gy:
                continue
            same_day = str(e.get("date") or "") == str(g.get("date") or "") and py
            sc = 4 if same_day else 2 if py and py == gy else 0
            sc += len(pred_actors.get(pid, set()) & {p["actor"] for p in g["participants"]})
            pairs.append((sc, pid, g["key"], g))
    pairs.sort(key=lambda x: -x[0])
    ev_map: dict[str, Any] = {pid: None for pid in pred}
    used: set[str] = set()
    for _sc, pid, gk, g in pairs:
        if ev_map[pid] is None and gk not in used:
            ev_map[pid] = g
            used.add(gk)
    return ev_map


# scoring ----------------------------------------------------------------------
def _score_entities(pents, gents, emap, notes) -> Tally:
    t, matched = Tally(), set()
    for e in pents:
        g = emap[e["id"]]
        if g is None:
            t.add(0, 1, 0)
            notes.append(f"  FP entity {e.get('type')} {e.get('name')}")
        elif g == "DUP":
            t.add(0, 1, 0)
            notes.append(f"  FP duplicate entity {e.get('name')}")
        elif g.get("optional"):
            continue
        elif g["type"] == e.get("type"):
            t.add(1, 0, 0)
            matched.add(g["name"])
        else:
            t.add(0, 1, 0)
            notes.append(f"  FP type {e.get('name')}: {e.get('type')} != {g['type']}")
    for g in gents:
        if not g.get("optional") and g["name"] not in matched:
            t.add(0, 0, 1)
            notes.append(f"  FN entity {g['type']} {g['name']}")
    return t


def _rel_key(tp: str, s: str, o: str) -> tuple:
    return (tp, *sorted([s, o])) if tp == "NEGOTIATED_WITH" else (tp, s, o)


def _by_type(by_type: dict | None, metric: str, pred: set, gold: set, at: int = 0) -> None:
    """Per relation or role type tallies (``--by-type``): which kinds of fact are missed or invented."""
    if by_type is None:
        return
    for key in pred | gold:
        tally = by_type.setdefault((metric, key[at]), Tally())
        tally.add(int(key in pred and key in gold), int(key in pred and key not in gold), int(key in gold and key not in pred))


def _score_relations(pred, gold, gname, notes, by_type=None) -> Tally:
    gold_rel, opt_rel = set(), set()
    for r in gold["relations"]:
        (opt_rel if r.get("optional") else gold_rel).add(_rel_key(r["type"], r["source"], r["target"]))
    pred_rel = set()
    for r in pred.get("relations", []):
        if r.get("type") in REL_TYPES:
            s, o = gname(r.get("source")), gname(r.get("target"))
            pred_rel.add(_rel_key(r["type"], s or f"?{r.get('source')}", o or f"?{r.get('target')}"))
    pred_rel -= opt_rel
    t = Tally(len(pred_rel & gold_rel), len(pred_rel - gold_rel), len(gold_rel - pred_rel))
    _by_type(by_type, "relations", pred_rel, gold_rel)
    notes += [f"  FP rel {x}" for x in sorted(pred_rel - gold_rel)]
    notes += [f"  FN rel {x}" for x in sorted(gold_rel - pred_rel)]
    return t


def _score_events(pevents, gevents, ev_map, notes) -> tuple[Tally, tuple[int, int]]:
    t, ok, n = Tally(), 0, 0
    used = {g["key"] for g in ev_map.values() if isinstance(g, dict)}
    for pid, g in ev_map.items():
        if g is None:
            t.add(0, 1, 0)
            notes.append(f"  FP event {pevents[pid].get('type')} {pevents[pid].get('date')}")
        elif not g.get("optional"):
            t.add(1, 0, 0)
            n += 1
            same = str(pevents[pid].get("date") or "") == str(g.get("date") or "")
            ok += same
            if not same:
                notes.append(f"  date {g['key']}: {pevents[pid].get('date')} != {g.get('date')}")
    for g in gevents:
        if not g.get("optional") and g["key"] not in used:
            t.add(0, 0, 1)
            notes.append(f"  FN event {g['type']} {g.get('date')}")
    return t, (ok, n)


def _score_roles(pred, gevents, ev_map, gname, notes, by_type=None) -> Tally:
    gold_roles, opt_roles = set(), set()
    for g in gevents:
        for p in g["participants"]:
            bucket = opt_roles if (p.get("optional") or g.get("optional")) else gold_roles
            bucket.add((p["actor"], p["role"], g["key"]))
    pred_roles = set()
    for r in pred.get("relations", []):
        if r.get("type") in ROLE_TYPES:
            a = gname(r.get("source")) or f"?{r.get('source')}"
            g = ev_map.get(r.get("target"))
            pred_roles.add((a, r["type"], g["key"] if isinstance(g, dict) else f"?{r.get('target')}"))
    pred_roles -= opt_roles
    t = Tally(len(pred_roles & gold_roles), len(pred_roles - gold_roles), len(gold_roles - pred_roles))
    _by_type(by_type, "roles", pred_roles, gold_roles, at=1)
    notes += [f"  FP role {x}" for x in sorted(pred_roles - gold_roles)]
    notes += [f"  FN role {x}" for x in sorted(gold_roles - pred_roles)]
    return t


def score_one(pred: dict, gold: dict) -> tuple[dict[str, Any], list[str]]:
    """Tallies for one article (entities, relations, roles, events, dates) and readable notes."""
    notes: list[str] = []
    by_type: dict = {}
    gents = gold["entities"]
    pents = [e for e in pred.get("entities", []) if e.get("type") in ENTITY_TYPES]
    emap = _align_entities(pents, gents)
    gname: Callable[[str], str | None] = lambda pid: (emap.get(pid)["name"] if isinstance(emap.get(pid), dict)
                                                      else None)
    out: dict[str, Any] = {"entities": _score_entities(pents, gents, emap, notes),
                           "relations": _score_relations(pred, gold, gname, notes, by_type)}
    pevents = {e["id"]: e for e in pred.get("events", [])}
    pred_actors: dict[str, set] = {}
    for r in pred.get("relations", []):
        if r.get("type") in ROLE_TYPES and gname(r.get("source")):
            pred_actors.setdefault(r.get("target"), set()).add(gname(r.get("source")))
    ev_map = _align_events(pevents, gold["events"], pred_actors)
    out["events"], out["dates"] = _score_events(pevents, gold["events"], ev_map, notes)
    out["roles"] = _score_roles(pred, gold["events"], ev_map, gname, notes, by_type)
    out["by_type"] = by_type
    return out, notes


# running ----------------------------------------------------------------------
def evaluate(article_dir: Path, gold_dir: Path, predict: Callable[[Path], dict] | None = None,
             verbose: bool = False, out=sys.stdout, by_type: bool = False) -> dict[str, Any]:
    """Score every GOLD_DIR/*.gold.json; ``predict`` maps an article path to `extract --json` output."""
    predict = predict or _in_process_predictor()
    totals = {k: Tally() for k in METRICS}
    kinds: dict = {}
    dates = [0, 0]
    failures = 0
    for gpath in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gpath.read_text())
        apath = article_dir / gold["article"]
        try:
            pred = predict(apath)
        except Exception as exc:  # as the shared harness: only its entities count, as missed
            failures += 1
            print(f"{apath.name}: no extraction ({exc})", file=out)
            totals["entities"].add(0, 0, sum(1 for e in gold["entities"] if not e.get("optional")))
            continue
        res, notes = score_one(pred, gold)
        for k in METRICS:
            totals[k].add(res[k].tp, res[k].fp, res[k].fn)
        for key, t in res["by_type"].items():
            kinds.setdefault(key, Tally()).add(t.tp, t.fp, t.fn)
        dates[0] += res["dates"][0]
        dates[1] += res["dates"][1]
        print(f"{apath.name}: " + " ".join(f"{k}={res[k].prf()[2]:.2f}" for k in METRICS), file=out)
        if verbose and notes:
            print("\n".join(notes), file=out)
    for k, t in totals.items():
        p, r, f = t.prf()
        print(f"{k:9s} P={p:.2f} R={r:.2f} F1={f:.2f} (tp={t.tp} fp={t.fp} fn={t.fn})", file=out)
    if by_type:
        for (metric, kind), t in sorted(kinds.items()):
            p, r, f = t.prf()
            print(f"  {metric:9s} {kind:16s} P={p:.2f} R={r:.2f} F1={f:.2f} (tp={t.tp} fp={t.fp} fn={t.fn})", file=out)
    acc = dates[0] / dates[1] if dates[1] else 0.0
    print(f"event dates exact: {dates[0]}/{dates[1]} ({acc:.0%}); articles without extraction: {failures}",
          file=out)
    print(" ".join(f"{k}_F1={totals[k].prf()[2]:.2f}" for k in METRICS), file=out)
    return {"totals": totals, "dates": tuple(dates)}


def _in_process_predictor(model: str | None = None) -> Callable[[Path], dict]:
    """Extract with one Extractor (model loaded once); same JSON as `newsgraph extract --json`."""
    from newsgraph.api import combine
    from newsgraph.loaders import Extractor, read_articles

    extractor = Extractor(model)

    def predict(path: Path) -> dict:
        return combine(extractor.extract_many(read_articles([str(path)]))).to_json()

    return predict


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("article_dir", type=Path)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--verbose", "-v", action="store_true", help="list every FP/FN")
    ap.add_argument("--model", help="spaCy model name or path")
    ap.add_argument("--by-type", action="store_true", help="also P/R/F1 per relation and role type")
    args = ap.parse_args(argv)
    if not args.gold_dir.is_dir() or not any(args.gold_dir.glob("*.gold.json")):
        print(f"{args.gold_dir}: no *.gold.json files", file=sys.stderr)
        return 2
    print(f"== {args.article_dir} against {args.gold_dir}")
    evaluate(args.article_dir, args.gold_dir, _in_process_predictor(args.model), verbose=args.verbose,
             by_type=args.by_type)
    return 0


if __name__ == "__main__":
    sys.exit(main())
