"""The canned query library: `.cypher` files with a header, and their networkx equivalents.

    from newsgraph.queries import list_queries, run_query
    rows = run_query(store, "actor_profile", {"name": "Vladimir Alekseyev"})

On Neo4j the Cypher file runs as-is; on the embedded store ``queries/embedded.py``
answers the same name with the same rows.
"""
from .registry import Param, Query, coerce_param, get_query, list_queries, prepare_params, run_query

__all__ = ["Param", "Query", "coerce_param", "get_query", "list_queries", "prepare_params", "run_query"]
