"""How a stored node or edge absorbs a new observation of the same thing.

Both stores use these functions so that "merge" means the same everywhere:
lists become sorted unions, the fullest name wins, evidence is appended once.
The results are deterministic, which keeps re-ingestion byte-for-byte stable.
"""
from __future__ import annotations

from typing import Any

LIST_FIELDS = ("aliases", "titles", "roles")


def evidence_key(ev: dict) -> tuple:
    return (ev["article"], ev["start"], ev["end"], ev["extractor"])


def merge_evidence(old: list[dict], new: list[dict]) -> list[dict]:
    seen = {evidence_key(e): e for e in old}
    for e in new:
        seen.setdefault(evidence_key(e), e)
    return sorted(seen.values(), key=evidence_key)


def merge_node(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """Fold ``new`` into ``old``: names become aliases, lists union, empty values never overwrite."""
    if old is None:
        out = dict(new)
        for f in LIST_FIELDS:
            if f in out:
                out[f] = sorted(set(out[f]) - {out.get("name")})
        if "evidence" in out:
            out["evidence"] = merge_evidence([], out["evidence"])
        return out
    out = dict(old)
    names = {old.get("name"), new.get("name")} - {None}
    if new.get("name") and old.get("label") != "Country" and len(new["name"]) > len(old.get("name") or ""):
        out["name"] = new["name"]
    for f in LIST_FIELDS:
        if f in old or f in new:
            vals = set(old.get(f, [])) | set(new.get(f, []))
            if f == "aliases":
                vals |= names
            out[f] = sorted(vals - {out.get("name")})
    for k, v in new.items():
        if k in LIST_FIELDS or k in ("name", "evidence"):
            continue
        if out.get(k) in (None, "", []) and v not in (None, "", []):
            out[k] = v
    if "evidence" in old or "evidence" in new:
        out["evidence"] = merge_evidence(old.get("evidence", []), new.get("evidence", []))
    return out


def merge_edge(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """Same fact seen again: evidence grows, ``by`` lists union, other properties keep the first value."""
    if old is None:
        out = dict(new)
        out["properties"] = dict(new.get("properties") or {})
        out["evidence"] = merge_evidence([], new.get("evidence", []))
        return out
    out = dict(old)
    props = dict(old.get("properties") or {})
    for k, v in (new.get("properties") or {}).items():
        if isinstance(v, list) and isinstance(props.get(k), list):
            props[k] = sorted(set(props[k]) | set(v))
        else:
            props.setdefault(k, v)
    out["properties"] = props
    out["evidence"] = merge_evidence(old.get("evidence", []), new.get("evidence", []))
    return out
