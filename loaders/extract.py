"""The extraction pipeline: articles in, ExtractionResults out.

The model is loaded once per Extractor and texts go through ``nlp.pipe`` in
batches: the rules add little on top of the parse, so throughput stays close
to the bare pipeline's.
"""
from __future__ import annotations

import gc
from functools import lru_cache
from typing import Iterable, Iterator

from newsgraph.schema import Article, ExtractionResult

from . import coref, entities, events, gender, relations, roles
from .builder import ArticleBuilder
from .nlp import load_nlp

EXTRACTOR_VERSION = "rules-0.1"


class Extractor:
    def __init__(self, model: str | None = None):
        self.nlp = load_nlp(model)
        gender.load()  # the given-name lists, once per process like the model
        _freeze_loaded()

    def extract(self, article: Article) -> ExtractionResult:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[ExtractionResult]:
        articles = list(articles)
        docs = self.nlp.pipe((a.text for a in articles), batch_size=batch_size)
        for article, doc in zip(articles, docs):
            yield self._read(article, doc)

    def _read(self, article: Article, doc) -> ExtractionResult:
        builder = ArticleBuilder(article, doc)
        entities.collect(builder, doc)  # entities are the base every later stage needs: no guard
        for stage in (coref.link, roles.apply, coref.link_qualified, relations.apply, events.apply,
                      relations.apply_denials, _provenance):
            builder.run_rule(stage, doc)
        return builder.result()


@lru_cache(maxsize=1)
def _freeze_loaded() -> None:
    """Move what is loaded so far (the model's vocab and lookup tables, the name lists: ~100,000 objects that live
    as long as the process) out of the garbage collector's generations, once per process.

    The rules and results allocate enough long-lived objects to trigger one or two full collections per 160
    articles, and each re-walked that whole heap (about 65 ms apiece, a tenth of the rules' time); only what is
    made later is walked now. Garbage is collected first, so that nothing already unreachable is kept."""
    gc.collect()
    gc.freeze()


def _provenance(builder: ArticleBuilder, doc) -> None:
    """MENTIONS for every node the article names, REPORTED_BY for cited outlets."""
    first_token: dict[str, int] = {}
    for i, eid in sorted(builder.token_entity.items()):
        first_token.setdefault(eid, i)
    art = builder.article.id
    coref = builder.coref_tokens
    named = {e for j, e in builder.token_entity.items() if j not in coref}  # named by a mention of their own
    for eid, i in first_token.items():
        if i in coref and eid not in named:  # (one pass over the tokens, not one per entity)
            continue
        ev = builder.evidence(doc[i], "rule:mention", 1.0)
        builder.add_relation("MENTIONS", art, eid, ev)
        if builder.entities[eid].type == "Source":
            builder.add_relation("REPORTED_BY", art, eid, builder.evidence(doc[i], "rule:cited-source", 0.9))
    for event in list(builder.events.values()):
        if event.evidence:
            builder.add_relation("MENTIONS", art, event.id, event.evidence[0])


def extract(article: Article, model: str | None = None) -> ExtractionResult:
    """Extract one article with the (cached) default model."""
    return Extractor(model).extract(article)
