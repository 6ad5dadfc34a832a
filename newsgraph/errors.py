"""Every error newsgraph raises on purpose derives from NewsgraphError.

The CLI turns these into one clear line and an exit code; anything else is a
bug. ``hint`` says how to fix the problem.
"""
from __future__ import annotations


class NewsgraphError(Exception):
    exit_code = 1
    hint: str | None = None

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class InputError(NewsgraphError):
    """A file or line that cannot be read as an article."""

    exit_code = 2


class StoreError(NewsgraphError):
    """The graph store cannot be read, written or reached."""

    exit_code = 3


class NotFoundError(NewsgraphError):
    """No entity, event, relation or query matches what was asked for."""

    exit_code = 4


class AmbiguousNameError(NewsgraphError):
    """A name matches several entities; ``candidates`` lists them."""

    exit_code = 5

    def __init__(self, message: str, candidates: list[dict] | None = None, hint: str | None = None):
        super().__init__(message, hint)
        self.candidates = candidates or []


class ModelError(NewsgraphError):
    """The spaCy model cannot be loaded."""

    exit_code = 6
