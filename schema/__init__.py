"""The newsgraph ontology in code: vocabulary data, ids and pydantic models."""
from .ids import article_id, entity_id, event_id, relation_id, slug, fold
from .models import Article, Entity, Event, Evidence, ExtractionResult, Relation, check_iso_date
from .vocabulary import (ACTOR_LABELS, ACTOR_RELATIONS, ENTITY_LABELS, EVENT_ROLES, EVENT_TYPES,
                         LABELS, RELATION_TYPES, VOCAB, constraint_statements, constraints_cypher,
                         docs_markdown)

__all__ = [
    "ACTOR_LABELS", "ACTOR_RELATIONS", "ENTITY_LABELS", "EVENT_ROLES", "EVENT_TYPES", "LABELS",
    "RELATION_TYPES", "VOCAB", "Article", "Entity", "Event", "Evidence", "ExtractionResult",
    "Relation", "article_id", "check_iso_date", "constraint_statements", "constraints_cypher",
    "docs_markdown", "entity_id", "event_id", "fold", "relation_id", "slug",
]
