"""Loaders: read articles from files and extract entities, events and relations."""
from .extract import Extractor, extract
from .readers import read_articles

__all__ = ["Extractor", "extract", "read_articles"]
