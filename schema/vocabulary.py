"""The vocabulary as data: read once from ``vocabulary.toml``.

Everything that needs to know which labels, relationship types or event types
exist (validation, the Neo4j constraints, Cypher builders, docs) asks this
module, so adding a type is a one-file change.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources


@dataclass(frozen=True)
class LabelSpec:
    name: str
    actor: bool
    description: str
    properties: tuple[str, ...]
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class RelationSpec:
    name: str
    group: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    description: str
    symmetric: bool = False
    _actor_labels: tuple[str, ...] = field(default=(), repr=False)

    def _expand(self, labels: tuple[str, ...]) -> set[str]:
        out: set[str] = set()
        for label in labels:
            out.update(self._actor_labels if label == "Actor" else (label,))
        return out

    @property
    def domain_labels(self) -> set[str]:
        return self._expand(self.domain)

    @property
    def range_labels(self) -> set[str]:
        return self._expand(self.range)

    @cached_property
    def _domain_set(self) -> frozenset[str]:
        return frozenset(self._expand(self.domain))

    @cached_property
    def _range_set(self) -> frozenset[str]:
        return frozenset(self._expand(self.range))

    def allows(self, source_label: str, target_label: str) -> bool:
        """True when ``source_label -[self]-> target_label`` fits the schema (label sets expanded once:
        every edge of every result is checked)."""
        return source_label in self._domain_set and target_label in self._range_set


@dataclass(frozen=True)
class Vocabulary:
    labels: dict[str, LabelSpec]
    relations: dict[str, RelationSpec]
    event_types: dict[str, str]
    edge_properties: dict[str, str] = field(default_factory=dict)

    @property
    def actor_labels(self) -> tuple[str, ...]:
        return tuple(n for n, s in self.labels.items() if s.actor)

    @property
    def entity_labels(self) -> tuple[str, ...]:
        """Labels an extraction may emit as entities (not Event or Article)."""
        return tuple(n for n in self.labels if n not in ("Event", "Article"))

    def relation(self, name: str) -> RelationSpec:
        try:
            return self.relations[name]
        except KeyError:
            raise KeyError(f"unknown relationship type {name!r}") from None

    def relations_in(self, *groups: str) -> tuple[str, ...]:
        return tuple(n for n, s in self.relations.items() if s.group in groups)


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    raw = tomllib.loads(resources.files(__package__).joinpath("vocabulary.toml").read_text("utf-8"))
    labels = {
        name: LabelSpec(
            name=name,
            actor=bool(spec.get("actor")),
            description=spec["description"],
            properties=tuple(spec["properties"]),
            kinds=tuple(spec.get("kinds", ())),
        )
        for name, spec in raw["labels"].items()
    }
    actors = tuple(n for n, s in labels.items() if s.actor)
    relations = {
        name: RelationSpec(
            name=name,
            group=spec["group"],
            domain=tuple(spec["domain"]),
            range=tuple(spec["range"]),
            description=spec["description"],
            symmetric=bool(spec.get("symmetric")),
            _actor_labels=actors,
        )
        for name, spec in raw["relations"].items()
    }
    return Vocabulary(labels=labels, relations=relations, event_types=dict(raw["event_types"]),
                      edge_properties=dict(raw.get("edge_properties", {})))


VOCAB = load_vocabulary()
LABELS = tuple(VOCAB.labels)
ACTOR_LABELS = VOCAB.actor_labels
ENTITY_LABELS = VOCAB.entity_labels
RELATION_TYPES = tuple(VOCAB.relations)
ACTOR_RELATIONS = VOCAB.relations_in("actor")
EVENT_ROLES = VOCAB.relations_in("event")
EVENT_TYPES = tuple(VOCAB.event_types)


def constraint_statements() -> list[str]:
    """Idempotent Neo4j DDL: a unique id per label, a name index, a full-text index."""
    out = []
    for label in LABELS:
        low = label.lower()
        out.append(
            f"CREATE CONSTRAINT {low}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;"
        )
    for label in LABELS:
        if "name" in VOCAB.labels[label].properties:
            out.append(f"CREATE INDEX {label.lower()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name);")
    named = "|".join(l for l in LABELS if "name" in VOCAB.labels[l].properties)
    out.append(
        f"CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:{named}) ON EACH [n.name, n.aliases_text];"
    )
    return out


def constraints_cypher() -> str:
    header = (
        "// Generated from schema/vocabulary.toml by `newsgraph schema --cypher`.\n"
        "// Do not edit by hand: tests check this file matches the vocabulary.\n"
    )
    return header + "\n".join(constraint_statements()) + "\n"


def docs_markdown() -> str:
    """The vocabulary as Markdown, for `newsgraph schema` and the README."""
    lines = ["## Node labels", "", "| label | actor | description | properties |", "| --- | --- | --- | --- |"]
    for s in VOCAB.labels.values():
        lines.append(f"| `{s.name}` | {'yes' if s.actor else 'no'} | {s.description} | {', '.join(s.properties)} |")
    lines += ["", "## Relationship types", "", "| type | from | to | description |", "| --- | --- | --- | --- |"]
    for r in VOCAB.relations.values():
        arrow = " (symmetric)" if r.symmetric else ""
        lines.append(f"| `{r.name}`{arrow} | {', '.join(r.domain)} | {', '.join(r.range)} | {r.description} |")
    lines += ["", "## Event types", "", ", ".join(f"`{t}`" for t in EVENT_TYPES), ""]
    lines += ["## Relationship properties", "", "| property | meaning |", "| --- | --- |"]
    lines += [f"| `{k}` | {v} |" for k, v in VOCAB.edge_properties.items()] + [""]
    return "\n".join(lines)
