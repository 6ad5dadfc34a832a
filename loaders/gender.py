"""Whether a pronoun can stand for a person: "he" is not a woman named before it.

Coreference picks the latest salient person; when two people are in play ("Grace
Wanjiru said police had arrested him") the pronoun's sex rules one out. A person's
sex is read from a courtesy title ("Mrs", "Sir") or, failing that, from the given
name with ``gender-guesser``'s name lists (40,000 first names across many
countries). Names the lists do not know, or give to both sexes, rule nothing out.
"""
from __future__ import annotations

from functools import lru_cache

_PRONOUN_SEX = {"he": "male", "him": "male", "his": "male", "himself": "male",
                "she": "female", "her": "female", "herself": "female"}
_TITLE_SEX = {"mr": "male", "sir": "male", "lord": "male", "king": "male", "prince": "male",
              "mrs": "female", "ms": "female", "miss": "female", "madam": "female", "dame": "female",
              "lady": "female", "queen": "female", "princess": "female"}


def load() -> None:
    """Read the name lists now (about a second), not on the first pronoun of the first article."""
    _detector()


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gg  # (loads its name lists once per process)

    return gg.Detector(case_sensitive=False)


@lru_cache(maxsize=20000)
def name_sex(given: str) -> str | None:
    """"male", "female" or None (unknown or given to both) for a given name."""
    guess = _detector().get_gender(given)
    return guess if guess in ("male", "female") else None  # (not "mostly_…": "Riek" is mostly female there)


def person_sex(ent) -> str | None:
    """A person's sex from a courtesy title, else from the first word of a name of two words or more."""
    for t in ent.titles:
        sex = _TITLE_SEX.get(t.lower().rstrip("."))
        if sex:
            return sex
    words = ent.name.split()
    return name_sex(words[0]) if len(words) > 1 and words[0].isalpha() else None


def other_sex(builder, pron) -> frozenset:
    """The people named so far whose sex, by title or given name, the pronoun ``pron`` rules out."""
    want = _PRONOUN_SEX.get(pron.lower_)
    if want is None:
        return frozenset()
    return frozenset(eid for eid, ent in builder.entities.items()
                     if ent.type == "Person" and (sex := person_sex(ent)) is not None and sex != want)
