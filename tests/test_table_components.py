"""table_components: the table versions of spaCy's attribute ruler and lemmatizer must give every token
exactly the attributes spaCy's own components give (they exist only to be faster)."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.pipeline import AttributeRuler

from newsgraph.loaders.nlp import load_shipped
from newsgraph.loaders.table_components import AnchoredEntityRuler, TableAttributeRuler, speed_up

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    folders = [ROOT / "examples" / "articles", ROOT / "tests" / "fixtures" / "articles", ROOT / "eval" / "articles"]
    return [p.read_text(encoding="utf-8") for f in folders for p in sorted(f.glob("*.txt"))]


def _attrs(doc) -> list[tuple]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    spacy_own, tables = load_shipped(), load_shipped()
    speed_up(tables)
    return spacy_own, tables


def test_components_are_swapped(pipelines):
    _, tables = pipelines
    assert isinstance(tables.get_pipe("attribute_ruler"), TableAttributeRuler)
    assert type(tables.get_pipe("lemmatizer")).__name__.startswith("Table")


def test_same_attributes_on_every_token(pipelines):
    spacy_own, tables = pipelines
    texts = _texts()
    assert len(texts) >= 20
    for a, b in zip(spacy_own.pipe(texts), tables.pipe(texts)):
        assert _attrs(a) == _attrs(b)


def test_same_matches_as_the_matcher(pipelines):
    spacy_own, tables = pipelines
    ours = tables.get_pipe("attribute_ruler")
    theirs = spacy_own.get_pipe("attribute_ruler")
    for text in _texts()[:8]:
        doc = spacy_own.make_doc(text)
        for name in ("tok2vec", "tagger", "parser"):
            doc = spacy_own.get_pipe(name)(doc)
        assert ours.match(doc) == sorted(set(theirs.match(doc)))


def _ruled(patterns, text: str, table: bool):
    nlp = load_shipped()
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    if table:
        speed_up(nlp)
    return nlp(text)


def test_later_pattern_wins_and_multi_token_patterns_apply():
    patterns = [
        {"patterns": [[{"LOWER": "bans"}]], "attrs": {"POS": "VERB", "TAG": "VBZ"}},
        {"patterns": [[{"LOWER": {"IN": ["travel", "visa"]}}, {"LOWER": "bans"}]], "index": 1,
         "attrs": {"POS": "NOUN", "TAG": "NNS"}},
        {"patterns": [[{"LOWER": {"REGEX": "^kamau$"}}]], "attrs": {"LEMMA": "Kamau!"}},
    ]
    text = "Kenya imposed travel bans on Peter Kamau, and Uganda bans his visits."
    ours, theirs = _ruled(patterns, text, True), _ruled(patterns, text, False)
    assert _attrs(ours) == _attrs(theirs)
    assert [t.tag_ for t in ours if t.lower_ == "bans"] == ["NNS", "VBZ"]
    assert [t.lemma_ for t in ours if t.text == "Kamau"] == ["Kamau!"]


def test_a_pattern_the_index_cannot_read_keeps_the_matcher():
    patterns = [{"patterns": [[{"LOWER": "peace"}, {"LOWER": "talks", "OP": "+"}]], "attrs": {"LEMMA": "talk"}}]
    text = "The peace talks in Nairobi resumed on Monday."
    nlp = load_shipped()
    nlp.get_pipe("attribute_ruler").add_patterns(patterns)
    speed_up(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    assert ruler._compiled() == ()
    assert _attrs(nlp(text)) == _attrs(_ruled(patterns, text, False))
    assert type(ruler).match is not AttributeRuler.match  # still the subclass, using spaCy's path inside


def test_the_anchored_entity_ruler_finds_spacys_matches_in_spacys_order():
    """Token patterns run only on docs holding their words: the matches must be exactly spaCy's."""
    from spacy.pipeline import EntityRuler

    from newsgraph.loaders.nlp import BODIES, load_nlp

    nlp = load_nlp()
    ruler = nlp.get_pipe(BODIES)
    assert isinstance(ruler, AnchoredEntityRuler)
    texts = _texts() + ["The Saudi-led coalition and the ECOWAS-led alliance struck.",
                        "Members of the Workers' Party of Korea met Unit 29155 and the People's Army."]
    for text in texts:
        doc = nlp.make_doc(text)  # (the patterns read only the words)
        assert ruler.match(doc) == EntityRuler.match(ruler, doc)
