"""Graph stores: the GraphStore interface, the embedded networkx store and Neo4j."""
from .base import GraphStore, UpsertStats
from .embedded import EmbeddedStore

__all__ = ["EmbeddedStore", "GraphStore", "UpsertStats"]
