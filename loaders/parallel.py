"""Extraction in worker processes (``ingest --workers N``).

Each worker loads the spaCy model once (pool initializer) and pipes a chunk
of articles through it; results come back as plain dicts and are re-validated.
"""
from __future__ import annotations

import multiprocessing as mp
from typing import Callable, Iterator, Sequence

from newsgraph.schema import Article, ExtractionResult

_EXTRACTOR = None


def _init(model: str | None) -> None:
    global _EXTRACTOR
    from .extract import Extractor

    _EXTRACTOR = Extractor(model)


def _work(chunk: list[dict]) -> list[dict]:
    arts = [Article.model_validate(a) for a in chunk]
    return [r.model_dump() for r in _EXTRACTOR.extract_many(arts)]


def extract_parallel(articles: Sequence[Article], model: str | None, workers: int,
                     progress: Callable[[int], None] | None = None, chunk_size: int = 8
                     ) -> Iterator[ExtractionResult]:
    chunks = [[a.model_dump() for a in articles[i:i + chunk_size]]
              for i in range(0, len(articles), chunk_size)]
    ctx = mp.get_context("spawn")
    with ctx.Pool(processes=workers, initializer=_init, initargs=(model,)) as pool:
        for out in pool.imap(_work, chunks):
            for data in out:
                if progress:
                    progress(1)
                yield ExtractionResult.model_validate(data)
