"""Pydantic models of what extraction produces and the stores keep.

One concept per class; validators enforce the ontology (labels, relation
domain and range, event types, date precision, confidence range) so that a bad
fact is refused where it is made, not discovered later in Neo4j.
"""
from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .ids import article_id, entity_id, relation_id
from .vocabulary import ENTITY_LABELS, EVENT_TYPES, VOCAB

_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

EntityType = Literal["Person", "Organisation", "Country", "Location", "Source"]


def check_iso_date(value: str | None) -> str | None:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)."""
    if value is None or value == "":
        return None
    if not _ISO_DATE.match(value):
        raise ValueError(f"date {value!r} is not ISO (YYYY, YYYY-MM or YYYY-MM-DD)")
    if len(value) == 10:
        import datetime as _dt

        _dt.date.fromisoformat(value)
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Article(_Model):
    """One ingested document; its id is a hash of the normalised text."""

    text: str = Field(repr=False)
    id: str = ""
    title: str | None = None
    published: str | None = None
    url: str | None = None
    path: str | None = None
    source: str | None = None

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("article text is empty")
        return v

    _date = field_validator("published")(classmethod(lambda cls, v: check_iso_date(v)))

    @model_validator(mode="after")
    def _stable_id(self) -> "Article":
        if not self.id:
            object.__setattr__(self, "id", article_id(self.text))
        return self

    def record(self) -> dict[str, Any]:
        return {"id": self.id, "path": self.path, "published": self.published, "title": self.title,
                "url": self.url, "source": self.source}


class Evidence(_Model):
    """Where a fact was read: article, sentence, its offsets, the rule and a confidence."""

    article: str
    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    extractor: str
    confidence: float = Field(ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _offsets(self) -> "Evidence":
        if self.end < self.start:
            raise ValueError("evidence end is before start")
        return self

    def key(self) -> tuple:
        return (self.article, self.start, self.end, self.extractor)


class Entity(_Model):
    """An actor, place or source. ``id`` defaults to a slug of type and name."""

    type: EntityType
    name: str = Field(min_length=1)
    id: str = ""
    aliases: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    kind: str | None = None

    @field_validator("name")
    @classmethod
    def _strip(cls, v: str) -> str:
        v = " ".join(v.split())
        if not v:
            raise ValueError("entity name is blank")
        return v

    @model_validator(mode="after")
    def _check(self) -> "Entity":
        if not self.id:
            object.__setattr__(self, "id", entity_id(self.type, self.name))
        kinds = VOCAB.labels[self.type].kinds
        if self.kind is not None and kinds and self.kind not in kinds:
            raise ValueError(f"{self.type} kind {self.kind!r} not in {kinds}")
        aliases = [a for a in dict.fromkeys(" ".join(a.split()) for a in self.aliases) if a and a != self.name]
        object.__setattr__(self, "aliases", aliases)
        return self

    @property
    def label(self) -> str:
        return self.type


class Event(_Model):
    """Something that happened: a typed node with an ISO date of any precision."""

    id: str
    type: str
    date: str | None = None
    summary: str = ""
    location: str | None = None  # id of a Location/Country; the OCCURRED_IN edge carries it too
    evidence: list[Evidence] = Field(default_factory=list)

    @field_validator("type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        if v not in EVENT_TYPES:
            raise ValueError(f"event type {v!r} not in the ontology ({', '.join(EVENT_TYPES)})")
        return v

    _iso = field_validator("date")(classmethod(lambda cls, v: check_iso_date(v)))


class Relation(_Model):
    """A typed, directed edge with its properties and the evidence it was read from."""

    type: str
    source: str
    target: str
    properties: dict[str, Any] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)

    @field_validator("type")
    @classmethod
    def _known(cls, v: str) -> str:
        if v not in VOCAB.relations:
            raise ValueError(f"relationship type {v!r} not in the ontology")
        return v

    @model_validator(mode="after")
    def _canonical(self) -> "Relation":
        if self.source == self.target:
            raise ValueError(f"{self.type} relation from {self.source} to itself")
        if VOCAB.relations[self.type].symmetric and self.target < self.source:
            src, tgt = self.target, self.source
            object.__setattr__(self, "source", src)
            object.__setattr__(self, "target", tgt)
        return self

    @property
    def id(self) -> str:
        return relation_id(self.type, self.source, self.target, VOCAB.relations[self.type].symmetric)


class ExtractionResult(_Model):
    """Everything read from one or more articles; relations are checked against the schema."""

    articles: list[Article] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

    @model_validator(mode="after")
    def _domain_and_range(self) -> "ExtractionResult":
        labels = {e.id: e.type for e in self.entities}
        labels.update({e.id: "Event" for e in self.events})
        labels.update({a.id: "Article" for a in self.articles})
        for rel in self.relations:
            spec = VOCAB.relations[rel.type]
            src, tgt = labels.get(rel.source), labels.get(rel.target)
            if src is None or tgt is None:
                missing = rel.source if src is None else rel.target
                raise ValueError(f"{rel.type} refers to unknown node {missing!r}")
            if not spec.allows(src, tgt) and not (spec.symmetric and spec.allows(tgt, src)):
                raise ValueError(f"{rel.type} cannot go from {src} to {tgt}")
        return self

    def to_json(self) -> dict[str, Any]:
        """The `newsgraph extract --json` contract read by the evaluation harness."""
        return {
            "articles": [{"id": a.id, "path": a.path, "published": a.published, "title": a.title}
                         for a in self.articles],
            "entities": [{"id": e.id, "type": e.type, "name": e.name, "aliases": e.aliases,
                          "titles": e.titles, "roles": e.roles, "kind": e.kind} for e in self.entities],
            "events": [{"id": e.id, "type": e.type, "date": e.date, "summary": e.summary,
                        "location": e.location, "evidence": [v.model_dump() for v in e.evidence]}
                       for e in self.events],
            "relations": [{"id": r.id, "type": r.type, "source": r.source, "target": r.target,
                           "properties": r.properties, "evidence": [v.model_dump() for v in r.evidence]}
                          for r in self.relations],
        }
