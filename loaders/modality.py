"""Polarity, hedging and attribution of a statement.

A denied accusation is not an accusation; "offering no evidence",
"allegedly" or "suspected" weaken a claim. These helpers read that off the
clause so that relation rules can drop, weaken and annotate edges the same
way everywhere: the cue text goes on the edge (``hedge``) and the confidence
is multiplied by ``HEDGE_FACTOR``.
"""
from __future__ import annotations

from .nlp import table_of

HEDGE_FACTOR = 0.7
_HEDGE_WORDS = {"allegedly", "alleged", "reportedly", "suspected", "apparently", "purportedly", "likely",
                "possibly", "probably", "may", "might", "could", "believed", "presumably", "unconfirmed",
                "unverified", "claimed", "rumoured", "rumored"}
_HEDGE_PHRASES = ("no evidence", "without evidence", "without providing evidence", "without offering evidence",
                  "offered no proof", "without proof", "did not provide evidence", "unsubstantiated")
# Words inside an accusation's clause that mark it as unproven ("sanctioned him for alleged interference").
CLAIM_HEDGES = {"alleged", "allegedly", "suspected", "purported", "reported", "reportedly", "possible"}
_MODALS = {"may", "might", "could"}  # hedges only as modal verbs ("in May 2021" is a date)
_DENY_VERBS = {"deny", "reject", "dismiss", "refute", "rebuff"}


def negated(tok) -> bool:
    """"did not accuse", "never sanctioned", "has neither confirmed nor denied".
    (Read from the doc's token table: asked for most triggers and verbs.)"""
    table = table_of(tok.doc)
    deps, lowers = table.deps, table.lowers
    return any(deps[c] == "neg" or lowers[c] in ("never", "neither") for c in table.children[tok.i])


def speakers_next_verb(tok) -> bool:
    """"X said Y did not allow … and accused Z", "X denied that his group had played any part … and accused the
    police": a simple past joined to a reported clause built with "did", a modal or a perfect ("had", "has",
    "have" with a participle) cannot share that auxiliary, so it is the speaker's own second verb, not part of what
    was reported."""
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or tok.head.dep_ != "ccomp":
        return False
    return any(c.dep_ == "aux" and (c.lemma_ == "do" or c.tag_ == "MD" or c.lower_ in ("had", "has", "have")
                                    and tok.head.tag_ == "VBN") for c in tok.head.children)


def denied_by(tok) -> bool:
    """The clause sits under a denial verb ("denied that it had attacked…", "denies arming")."""
    if speakers_next_verb(tok):
        return False
    head = tok
    for _ in range(3):
        if head.dep_ in ("ccomp", "xcomp", "dobj", "pcomp") and head.head.lemma_ in _DENY_VERBS:
            if head.dep_ == "ccomp" and head.i < head.head.i and _remark_on_claim(head.head):
                return False  # "X accused Y of …, a charge Y denies": the denial is a remark on the accusation
            if head.dep_ == "ccomp" and head.i < head.head.i and any(
                    t.text == ";" for t in tok.doc[head.i:head.head.i]):
                return False  # "X accused Y of …; Moscow denied involvement": two clauses, not what was denied
            return not negated(head.head)
        if head.head == head:
            break
        head = head.head
    return False


def _remark_on_claim(deny) -> bool:
    """"…, a charge Asmara denies": the denial's subject is a claim noun, so it comments on what came before."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(t.lemma_ in ("charge", "allegation", "claim", "accusation")
                                                        for t in c.subtree) for c in deny.children)


def doc_text(doc) -> str:
    """The document's text, joined once (``Doc.text`` re-joins every token on each read)."""
    text = doc.user_data.get("_text")
    if text is None:
        text = doc.user_data["_text"] = doc.text
    return text


def hedges(tok, sent=None) -> list[str]:
    """Hedge cues bearing on ``tok``: words in its clause and phrases anywhere in the sentence."""
    sent = sent if sent is not None else tok.sent
    low = doc_text(sent.doc)[sent.start_char:sent.end_char].lower()  # Span.text re-joins every token
    cues = [p for p in _HEDGE_PHRASES if p in low]
    table = table_of(tok.doc)  # (the clause's words read as indices into the token table)
    i, lowers, kids = tok.i, table.lowers, table.children
    head = table.heads[i]
    clause = sorted({*kids[i], head, *kids[head]})
    cues += [lowers[j] for j in clause if lowers[j] in _HEDGE_WORDS
             and (table.tokens[j].tag_ == "MD" or lowers[j] not in _MODALS)
             and not (table.lemmas[j] == "claim" and _responsibility_claimed(table, i, j))]
    return list(dict.fromkeys(cues))


def _responsibility_claimed(table, i: int, j: int) -> bool:
    """"X claimed the attack", "the attack was claimed by X", "an attack claimed by X": responsibility claimed
    by the doer, not a hedged report (unlike "the claimed attack")."""
    if j == table.heads[i] and table.deps[i] == "dobj":
        return True
    passive = (j == table.heads[i] and table.deps[i] == "nsubjpass") or (
        table.heads[j] == i and table.deps[j] == "acl")
    return passive and any(table.deps[c] == "agent" for c in table.children[j])


def confidence(base: float, tok, sent=None) -> tuple[float, list[str]]:
    """Base confidence lowered by hedging, with the cues found."""
    cues = hedges(tok, sent)
    return (round(base * HEDGE_FACTOR, 3) if cues else base), cues


# Verbs that report what someone says ("X said Y …", "X told reporters …"): one list for every rule.
SAY_VERBS = frozenset({"say", "tell", "claim", "allege", "state", "insist", "argue", "charge", "add", "assert",
                       "write", "announce", "report", "confirm", "declare", "inform", "notify", "retort",
                       "counter"})
# Verbs that charge their object with a deed ("accused the army of …", "holds him responsible").
CHARGE_VERBS = frozenset({"accuse", "suspect", "blame", "charge", "convict", "hold"})


def speaker(tok):
    """The subject of the speech verb a clause is reported under ("X said Y was behind it")."""
    head = tok
    for _ in range(4):
        if head.dep_ == "ccomp" and head.head.lemma_ in SAY_VERBS | {"suggest", "believe", "conclude"}:
            return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        if head.head == head:
            return None
        head = head.head
    return None


_BELIEF_VERBS = {"suggest", "believe", "suspect", "allege", "think", "assess", "indicate", "conclude", "fear",
                 "speculate", "accuse", "blame"}


def belief_source(tok):
    """Who merely believes a clause ("reports suggested Russia had run …"): the subject of a belief verb above it."""
    head = tok
    for _ in range(4):
        if head.dep_ in ("ccomp", "xcomp") and head.head.lemma_ in _BELIEF_VERBS:
            return next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) or head.head
        if head.head == head:
            return None
        head = head.head
    return None


_MODAL_WORDS = {"would", "will", "could", "might", "should", "must", "can", "may"}
_WISH_VERBS = {"propose", "call", "urge", "demand", "want", "seek", "hope", "plan", "offer", "push", "suggest"}


def hypothetical(tok) -> bool:
    """"the next step should be a meeting between X and Y", "called for talks": not (yet) a fact."""
    head = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    table = table_of(tok.doc)  # (children read from the doc's table; a Token made only for a modal word's tag)
    lowers, kids, tokens = table.lowers, table.children, table.tokens
    for t in (head, head.head):
        if any(lowers[c] in _MODAL_WORDS and tokens[c].tag_ == "MD" for c in kids[t.i]) or t.lemma_ in _WISH_VERBS:
            return True
    return False
