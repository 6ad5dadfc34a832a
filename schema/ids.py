"""Stable identifiers.

Ids are derived from content, never from insertion order, so re-ingesting the
same article or the same fact always lands on the same node or edge.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_NON_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ASCII fold used for comparing names ("Zelenskyy" vs "ZELENSKYY").

    Memoised: a pure function of the string, and the gazetteer and name rules fold the same names
    thousands of times per article."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", text).strip().lower()


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """A name as an id part (memoised like ``fold``: every mention and edge asks for it)."""
    return _NON_SLUG.sub("-", fold(text)).strip("-") or "x"


def normalise_text(text: str) -> str:
    """Whitespace-normalised text: the article id ignores re-wrapping and trailing blanks."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def short_hash(*parts: str, length: int = 16) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:length]


def article_id(text: str) -> str:
    return "article:" + short_hash(normalise_text(text))


def entity_id(label: str, name: str) -> str:
    return f"{label.lower()}:{slug(name)}"


def event_id(event_type: str, date: str | None, anchor: str) -> str:
    """An event is keyed by type, date and an anchor (its place or main participant)."""
    return f"event:{event_type}:{date or 'undated'}:{slug(anchor)}"


@lru_cache(maxsize=1 << 16)
def relation_id(rel_type: str, source: str, target: str, symmetric: bool = False) -> str:
    """Content-derived edge id (memoised: rules state the same fact many times; a sha256 each time adds up)."""
    if symmetric and target < source:
        source, target = target, source
    return "rel:" + short_hash(rel_type, source, target)
