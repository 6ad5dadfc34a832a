"""Collects what the rules read from one parsed article into an ExtractionResult.

The builder owns identity inside an article: every mention resolves to one
entity id, aliases accumulate on it, and a fact stated twice keeps one edge
with two pieces of evidence.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsgraph.schema import (Article, Entity, Event, Evidence, ExtractionResult, Relation,
                              VOCAB, relation_id)

from spacy.tokens import Span

from .event_dates import RELATIVE
from .nlp import TokenTable


@dataclass
class _EntityDraft:
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    kind: str | None = None


@lru_cache(maxsize=None)
def _allowed(rel_type: str, s_label: str, t_label: str) -> bool:
    """Whether the schema allows the edge either way round for a symmetric type (memoised: the vocabulary
    is fixed for the process, and ``RelationSpec.allows`` re-expands its label sets on every call)."""
    spec = VOCAB.relations[rel_type]
    return spec.allows(s_label, t_label) or (spec.symmetric and spec.allows(t_label, s_label))


class ArticleBuilder:
    def __init__(self, article: Article, doc):
        self.article = article
        self.doc = doc
        self.entities: dict[str, _EntityDraft] = {}
        self.events: dict[str, Event] = {}
        self.relations: dict[str, Relation] = {}
        self.token_entity: dict[int, str] = {}  # token index -> entity id
        self.mentions: list = []  # (Mention, entity id) in document order, set by entities.collect
        self._sent_of: list[int] | None = None
        self._sents: list = []
        self._dates: list | None = None
        self._by_sent: dict | None = None
        self._entity_keys: tuple[int, list[int]] | None = None  # (len(token_entity), its keys sorted)
        self._index: dict[str, list[int]] | None = None
        self._found: dict[frozenset | tuple, tuple[list[int], list]] = {}  # keys asked for -> (indices, tokens)
        self._evidence: dict[tuple, Evidence] = {}
        self._date_words: list[int] | None = None
        self._table: TokenTable | None = None
        self._date_roots: list[tuple] | None = None
        self.coref_tokens: set[int] = set()
        self.deferred_coref: list[int] = []  # descriptions resolved after roles ("the Hamas leader")  # tokens linked by coref (pronouns, descriptions)
        self.claims: list[dict] = []  # accusations and suspicions whose object may be an event
        self.story_claims: list[dict] = []  # suspicions naming no event: about the story's attack
        self.extra_roles: dict[int, list] = {}  # trigger token -> (actor, role) read outside its sentence
        self.home_leaders: list[tuple] = []  # unqualified "President X": the lede's state, if nothing else says
        self.denials: list[dict] = []  # who denied what, where (relations.denials)
        self.last_sanction: tuple | None = None  # (trigger token, sanctioning actors) told last (relations)
        self.described: list[tuple] = []  # (noun lemma, sanctioning actors, trigger) of "sanctions on a commander"
        self.described_plural: set[int] = set()  # sanctions told on a counted plural ("two officials")
        self.equated: dict[str, set[str]] | None = None  # body noun -> bodies equated with it (coref)
        self.sanction_by: dict[str, frozenset] = {}  # sanction event id -> the states or bodies that imposed it

    # rules --------------------------------------------------------------------
    def run_rule(self, rule, *args) -> None:
        """Run one reading rule; a rule that trips over an unusual parse loses its own reading of that
        sentence, not the whole article (the failure is logged with the rule and the article)."""
        try:
            rule(self, *args)
        except Exception as exc:  # noqa: BLE001 - heuristics over a statistical parse; see docstring
            import logging

            logging.getLogger("newsgraph.loaders").warning(
                "rule %s failed on %s: %s: %s", getattr(rule, "__name__", rule), self.article.path or self.article.id,
                type(exc).__name__, exc)

    # evidence -----------------------------------------------------------------
    def evidence(self, token_or_span, extractor: str, confidence: float) -> Evidence:
        """Evidence for the sentence holding ``token_or_span``; offsets index article.text."""
        sent = self.sentence(token_or_span)
        memo = (sent.start, extractor, confidence)  # rules re-read the same sentence often: one object each
        if memo in self._evidence:
            return self._evidence[memo]
        raw = self.article.text[sent.start_char:sent.end_char]  # Span.text re-joins every token
        start = sent.start_char + (len(raw) - len(raw.lstrip()))  # no paragraph breaks in the evidence
        end = sent.end_char - (len(raw) - len(raw.rstrip()))
        ev = self._evidence[memo] = Evidence(article=self.article.id, sentence=self.article.text[start:end],
                                             start=start, end=end, extractor=extractor,
                                             confidence=round(confidence, 3))
        return ev

    def sents(self) -> list:
        """The document's sentences, computed once (``Doc.sents`` rescans the parse on every call)."""
        if self._sent_of is None:
            self.sentence(self.doc[0])
        return self._sents

    def sentence(self, token_or_span):
        """The sentence of a token or span, from a per-document index (``Token.sent`` rescans the doc)."""
        if self._sent_of is None:
            self._sents = list(self.doc.sents)
            if len(self._sents) > 1 and len(self._sents[0]) <= 8 and self._sents[0][-1].text in ("–", "—", "-"):
                # "MUSCAT –" parsed apart (nlp._DATELINE) still belongs to the lede it heads
                self._sents[:2] = [self.doc[self._sents[0].start:self._sents[1].end]]
            self._sent_of = [0] * len(self.doc)
            for k, s in enumerate(self._sents):
                for i in range(s.start, s.end):
                    self._sent_of[i] = k
        i = token_or_span.i if hasattr(token_or_span, "i") else token_or_span.start
        return self._sents[self._sent_of[i]]

    @property
    def table(self) -> TokenTable:
        """The article's tokens and their strings, read from spaCy once (see ``nlp.TokenTable``)."""
        if self._table is None:
            self._table = TokenTable(self.doc)
        return self._table

    def tokens(self, keys, sent=None) -> list:
        """Tokens whose lemma or lower-case form is in ``keys`` (within ``sent`` if given), in order.

        Rules ask for their trigger words here instead of walking every token: one pass over the
        document builds the index, and throughput stays close to the bare pipeline's.
        """
        if self._index is None:
            self._index = {}
            table = self.table
            for i, (lemma, lower) in enumerate(zip(table.lemma_lowers, table.lowers)):
                self._index.setdefault(lemma, []).append(i)
                if lower != lemma:
                    self._index.setdefault(lower, []).append(i)
        # a tuple of the keys is a cheaper exact key than a frozenset built on every call (rules pass sets)
        key = keys if type(keys) is frozenset else tuple(keys)
        found = self._found.get(key)
        if found is None:  # indices and their Token objects, made once (Doc.__getitem__ builds a new one each time)
            index = self._index
            hits = [index[k] for k in key if k in index]  # (most keys are not in the article)
            # one key's list is already in order and without repeats: only several are merged
            at = hits[0] if len(hits) == 1 else sorted({i for same in hits for i in same})
            toks = self.table.tokens
            found = self._found[key] = (at, [toks[i] for i in at])
        at, toks = found
        if not at:
            return []  # (most asks find nothing: no sentence bounds to read)
        if sent is not None:
            return toks[bisect.bisect_left(at, sent.start):bisect.bisect_left(at, sent.end)]
        return list(toks)

    def entity_tokens_in(self, sent) -> list[int]:
        """Indices of the tokens standing for an entity inside ``sent``, in order. The sorted keys of
        ``token_entity`` are kept until it grows (entries are set, never removed: its length tells), so the
        per-sentence rules do not sort the whole article's tokens for each sentence."""
        if self._entity_keys is None or self._entity_keys[0] != len(self.token_entity):
            self._entity_keys = (len(self.token_entity), sorted(self.token_entity))
        keys = self._entity_keys[1]
        return keys[bisect.bisect_left(keys, sent.start):bisect.bisect_left(keys, sent.end)]

    def mentions_in(self, sent) -> list:
        """(Mention, entity id) pairs starting inside ``sent``, from a per-sentence index."""
        if self._by_sent is None:
            self._by_sent = {}
            for m, eid in self.mentions:
                self._by_sent.setdefault(self.sentence(self.doc[m.start]).start, []).append((m, eid))
        return self._by_sent.get(sent.start, [])

    def date_words(self) -> list[int]:
        """Token indices of weekday and month names outside DATE entities (the NER misses some)."""
        if self._date_words is None:
            from .event_dates import DATE_WORD  # one pattern for both

            table = self.table
            # (a day or month name, with the newline "$" allows, is 3 to 10 characters and starts with one of
            # these capitals: the pattern runs on few words)
            self._date_words = [i for i, w in enumerate(table.texts) if 3 <= len(w) <= 10 and w[:1] in "MTWFSJAOND"
                                and DATE_WORD.match(w)
                                and table.tokens[i].ent_type_ in ("", "TIME")]  # "on Sunday night" is a TIME entity
        return self._date_words

    def date_ents(self):
        """DATE entities of the document, computed once."""
        if self._dates is None:
            self._dates = [d for e in self.doc.ents if e.label_ == "DATE" for d in _split_date(e)]
        return self._dates

    def date_roots(self) -> list[tuple]:
        """(DATE entity, its root's index, its text) for each DATE entity, computed once: ``Span.root`` and
        ``Span.text`` walk the span on every read, and every trigger's date scopes test every DATE."""
        if self._date_roots is None:
            self._date_roots = [(e, e.root.i, e.text) for e in self.date_ents()]
        return self._date_roots

    # entities -----------------------------------------------------------------
    def add_entity(self, ent_id: str, type_: str, name: str, alias: str | None = None,
                   titles: list[str] | None = None, kind: str | None = None) -> str:
        draft = self.entities.get(ent_id)
        if draft is None:
            draft = self.entities[ent_id] = _EntityDraft(type=type_, name=name, kind=kind)
        elif len(name) > len(draft.name) and type_ != "Country":
            draft.aliases.add(draft.name)
            draft.name = name
        if alias and alias != draft.name:
            draft.aliases.add(alias)
        for t in titles or []:
            if t not in draft.titles:
                draft.titles.append(t)
        if kind and not draft.kind:
            draft.kind = kind
        return ent_id

    def add_role(self, ent_id: str, role: str) -> None:
        draft = self.entities.get(ent_id)
        if draft is not None and role and role not in draft.roles:
            draft.roles.append(role)

    def label(self, node_id: str) -> str | None:
        if node_id in self.entities:
            return self.entities[node_id].type
        if node_id in self.events:
            return "Event"
        if node_id == self.article.id:
            return "Article"
        return None

    def org_kind(self, node_id: str | None) -> str | None:
        """An organisation's kind: the one it was given, else what its name's head noun says."""
        ent = self.entities.get(node_id) if node_id else None
        if ent is None or ent.type != "Organisation":
            return None
        from . import gazetteer as gz  # the gazetteer imports nothing of the builder's

        return ent.kind or gz.org_kind(ent.name)

    # relations ----------------------------------------------------------------
    def add_relation(self, rel_type: str, source: str, target: str, evidence: Evidence,
                     **properties: Any) -> Relation | None:
        """Add an edge if the schema allows it; a repeat adds evidence, not an edge."""
        spec = VOCAB.relations[rel_type]
        s_label, t_label = self.label(source), self.label(target)
        if source == target or s_label is None or t_label is None:
            return None
        if not _allowed(rel_type, s_label, t_label):
            return None
        if rel_type in ("SANCTIONED_BY", "ACCUSED") and relation_id("PART_OF", source, target, False) in self.relations:
            return None  # a state does not sanction its own body, nor a body accuse its own state ("the US Treasury
            # sanctioned the agency" is not the Treasury sanctioned: a description resolved to the wrong actor)
        rid = relation_id(rel_type, source, target, spec.symmetric)
        props = {k: v for k, v in properties.items() if v not in (None, "", [], {})}
        rel = self.relations.get(rid)
        if rel is None:
            rel = Relation(type=rel_type, source=source, target=target, properties=props, evidence=[evidence])
            self.relations[rid] = rel
        else:
            for k, v in props.items():
                if k == "by" and isinstance(v, list):
                    rel.properties["by"] = sorted(set(rel.properties.get("by", [])) | set(v))
                else:
                    rel.properties.setdefault(k, v)
            if evidence.key() not in {e.key() for e in rel.evidence}:
                rel.evidence.append(evidence)
        return rel

    def add_event(self, event: Event) -> str:
        existing = self.events.get(event.id)
        if existing is None:
            self.events[event.id] = event
        else:
            keys = {e.key() for e in existing.evidence}
            existing.evidence.extend(e for e in event.evidence if e.key() not in keys)
            if not existing.location and event.location:
                existing.location = event.location
        return event.id

    # result -------------------------------------------------------------------
    def result(self) -> ExtractionResult:
        entities = [
            Entity(id=i, type=d.type, name=d.name, aliases=sorted(d.aliases - {d.name}),
                   titles=d.titles, roles=d.roles, kind=d.kind)
            for i, d in self.entities.items()
        ]
        return ExtractionResult(articles=[self.article], entities=entities,
                                events=list(self.events.values()), relations=list(self.relations.values()))


_SPELL_UNITS = {"hour", "day", "week", "month", "year"}


def _split_date(ent) -> list:
    """"in 2023, weeks after Nairobi had …": the NER runs a date and the spell after the comma into one
    DATE ("2023, weeks"); the date is its own, the spell dates another clause (kept only when it counts:
    "two days")."""
    comma = next((t.i for t in ent if t.text == ","), None)
    if comma is None or not any(t.like_num for t in ent.doc[ent.start:comma]) or not any(
            t.lemma_ in _SPELL_UNITS for t in ent.doc[comma + 1:ent.end]):
        return [ent]
    out = [Span(ent.doc, ent.start, comma, label="DATE")]
    spell = ent.doc[comma + 1:ent.end]
    if RELATIVE.match(spell.text.strip()):
        out.append(Span(ent.doc, spell.start, spell.end, label="DATE"))
    return out
