"""nlp.TokenTable: the plain per-token lists the rules read must say exactly what spaCy's tokens say."""
from __future__ import annotations

import pytest

from newsgraph.loaders.nlp import TokenTable

pytestmark = pytest.mark.slow

TEXT = ("The United States on Tuesday sanctioned Gen. Mohamed Hamdan Dagalo, who leads the Rapid Support "
        "Forces, and seven companies that it said had supplied the group with money.\n\n"
        "Secretary of State Antony Blinken said the RSF, which denied the charges, had killed men and boys "
        "in a town near El Fasher in 2023, a day after talks in Jeddah ended.")


@pytest.fixture(scope="module")
def doc(extractor):
    return extractor.nlp(TEXT)


def test_strings_match_the_tokens(doc):
    table = TokenTable(doc)
    assert table.texts == [t.text for t in doc]
    assert table.lemmas == [t.lemma_ for t in doc]
    assert table.lowers == [t.lower_ for t in doc]
    assert table.lemma_lowers == [t.lemma_.lower() for t in doc]
    assert table.deps == [t.dep_ for t in doc]


def test_tree_matches_the_parse(doc):
    table = TokenTable(doc)
    assert table.heads == [t.head.i for t in doc]
    for t in doc:
        assert table.children[t.i] == [c.i for c in t.children]
        assert table.subtree(t.i) == {x.i for x in t.subtree}
        deps = ("prep", "npadvmod", "nsubj")
        assert table.below(t.i, deps) == {x.i for c in t.children if c.dep_ in deps for x in c.subtree}
        assert table.below(t.i, deps, skip=t.i + 1) == {
            x.i for c in t.children if c.dep_ in deps and c.i != t.i + 1 for x in c.subtree}


def test_the_benchmark_baseline_is_the_model_as_shipped():
    """The throughput baseline must not carry our components or ruler patterns (they are extraction work)."""
    from newsgraph.loaders.nlp import BODIES, PARAGRAPHS, TITLES, load_nlp, load_shipped

    shipped, ours = load_shipped(), load_nlp()
    assert not {BODIES, PARAGRAPHS, TITLES} & set(shipped.pipe_names)
    assert {BODIES, PARAGRAPHS, TITLES} <= set(ours.pipe_names)
    assert len(shipped.get_pipe("attribute_ruler").patterns) < len(ours.get_pipe("attribute_ruler").patterns)


def test_a_verb_after_a_long_subject_and_its_day_is_the_clause_verb_not_a_modifier(extractor):
    """The parser may read "… Control on Tuesday designated McAllister" as a designated McAllister; the repair
    puts the verb back at the head of its clause, with its subject, day and object."""
    doc = extractor.nlp("In a separate step, the US Treasury's Office of Foreign Assets Control on Tuesday "
                        "designated McAllister, Vega Moreno and two Lamu-registered companies under its anti-drug "
                        "programme, blocking any property they own in the United States.")
    verb = next(t for t in doc if t.text == "designated")
    assert verb.dep_ == "ROOT"
    assert {c.text: c.dep_ for c in verb.children}.get("McAllister") == "dobj"
    assert {c.text: c.dep_ for c in verb.children}.get("Office") == "nsubj"
    assert len(list(doc.sents)) == 1


def test_the_pipeline_is_loaded_once_per_process():
    """Loading takes about a second: every extractor and helper shares one pipeline."""
    from newsgraph.loaders.nlp import load_nlp

    assert load_nlp() is load_nlp()
