"""When an event happened: dates attached to a trigger, resolved against publication.

A trigger's date is the DATE the parse attaches to it (its own phrase, then the
verb it hangs from, then the verb that reports it, the last one "weak"); "the
same day" is the previous day-precise date; "a day after" dates one event from
the clause it is measured against once merging has dated that clause.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import dates
from .event_triggers import TRIGGER_KEYS, EventMention, group, measures_in_force, trigger_type
from .modality import SAY_VERBS

RELATIVE = re.compile(r"^(?:less than |more than |just |only )?(a|an|one|two|three|four|five|six|seven|\d+) "
                       r"(day|days|week|weeks|month|months|year|years)$", re.I)

_SPAN = re.compile(r"\b(between|from)\s+\w*\s*\d{4}\s+(and|to|until)\s+\w*\s*\d{4}\b|\b\d{4}\s*[-–]\s*\d{2,4}\b", re.I)

_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


# dates -------------------------------------------------------------------------------
DATE_WORD = re.compile(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                        r"may|june|july|august|september|october|november|december)$", re.I)

_SPEECH = SAY_VERBS  # one list of verbs of saying (modality)

_STATEMENT_NOUNS = {"statement", "message", "video", "post", "communique", "communiqué", "speech", "interview",
                    "announcement", "briefing", "press conference", "letter", "broadcast"}

_DATE_DEPS = ("prep", "npadvmod", "advmod", "tmod", "poss", "nmod", "compound", "nummod", "amod")


SPELLS = {"round", "day", "week", "month", "session", "series", "hour"}  # "two rounds of talks", "three days of …"


def _own_phrase(table, tok) -> set[int]:
    """The trigger's subtree, less the parts whose dates belong to something else (one walk):
    "was detained … and is expected to appear on Friday" (another clause), "sanctions over the attack
    last year" (another event), "X, who succeeded Y in January 2025, met Z" (a relative clause about a
    participant), "the raid, in a statement released on Monday" (the statement)."""
    own = {tok.i}
    deps, heads, children, lemmas, lowers = table.deps, table.heads, table.children, table.lemma_lowers, table.lowers
    toks = table.tokens  # (indices and plain strings: spaCy tokens only for trigger_type and a conjunct's class)
    stack = [c for c in children[tok.i] if not (deps[c] == "conj" and toks[c].pos_ in ("VERB", "AUX"))]
    sanction = trigger_type(tok) == "sanction"
    while stack:
        t = stack.pop()
        if lemmas[t] in _STATEMENT_NOUNS:
            continue
        if deps[t] in ("relcl", "acl") and heads[t] != tok.i and not trigger_type(toks[heads[t]]) and (
                deps[t] == "relcl" or sanction and toks[t].tag_ in ("VBN", "VBG")):  # ("sanctions on the owner
            continue  # of a tanker suspected of cutting two cables last month": the tanker's deed, not the day)
        if deps[t] not in ("compound", "amod") and (lowers[t] in TRIGGER_KEYS or lemmas[t] in TRIGGER_KEYS) \
                and trigger_type(toks[t]):
            continue
        own.add(t)
        stack.extend(children[t])
    return own


def _outside_clauses(table, i: int, deps) -> set[int]:
    """Subtrees of token ``i``'s children in ``deps``, less any clause (relcl, ccomp, advcl) inside them."""
    out: set[int] = set()
    for c in table.children[i]:
        if table.deps[c] not in deps:
            continue
        tree = table.subtree(c)
        inner = [a for a in tree if a != c and table.deps[a] in ("relcl", "ccomp", "advcl")]
        out |= tree.difference(*(table.subtree(a) for a in inner)) if inner else tree
    return out


def _governing_verb(tok):
    """The verb a noun trigger hangs from ("carried out an attack", "killed in a strike")."""
    v = tok
    for _ in range(4):
        if v.head == v:
            return None
        v = v.head
        if v.pos_ in ("VERB", "AUX"):
            return v
    return None


def _closing_spell(tok, verb) -> bool:
    """"Negotiators ended three days of talks in Muscat on Monday": the spell of talks closed that day (not
    "Colombia ended talks with the ELN on Friday", a decision of its own)."""
    return verb.lemma_ in ("end", "conclude", "wrap", "close") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lemma_ in SPELLS and tok.head.head.head.i == verb.i


def _scopes(builder, tok) -> list[set[int]]:
    """Token sets whose dates belong to a trigger, best first: its own phrase, its verb's, its speaker's.
    (Subtrees are read from the builder's token table: the same clauses are scoped for many triggers.)"""
    table = builder.table
    own = _own_phrase(table, tok)
    scopes = [own]
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_ == "responsibility":
        # "X claimed responsibility for the attack on Wednesday": the day of the claim (the parser may hang it
        # on "attack"); "the attack" is the one told before, dated there
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        return [set()] if definite else scopes
    if tok.pos_ == "VERB":  # "was shot and wounded on Monday": the date hangs on the verb joined to it
        scopes += [table.below(c.i, _DATE_DEPS) - own for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in SPELLS:
        spell = tok.head.head  # "two rounds of talks in Doha last month": the date hangs on "rounds"
        scopes.append(table.below(spell.i, _DATE_DEPS))
    if tok.pos_ == "VERB" and tok.dep_ == "relcl" and tok.head.ent_type_ == "DATE":
        # "since January 2020, when a drone killed X": the date the clause hangs from is its own
        scopes.insert(1, set(table.subtree(tok.head.i) - table.subtree(tok.i)))
    if tok.pos_ == "VERB" and tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN" and not trigger_type(tok.head):
        noun = tok.head  # "a 2024 operation that killed X", "the raid in March that killed Y", "a 2013 agreement
        # negotiated by A and B": the noun's date
        scopes.append(table.below(noun.i, _DATE_DEPS, skip=tok.i))
    if tok.pos_ == "VERB" and tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head.pos_ == "VERB":
        scopes.append(table.below(tok.head.head.i, _DATE_DEPS) - own)  # "responded on Tuesday by expelling X"
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    if verb is not None and tok.pos_ == "VERB" and tok.dep_ in ("advcl", "conj", "xcomp") and not _after_mark(tok):
        verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else verb
    if verb is not None and verb.i != tok.i and not (tok.pos_ != "VERB" and _own_time(verb) and not (
            verb.lemma_ == "announce" and tok.dep_ in ("dobj", "ccomp", "conj")
            and trigger_type(tok) in ("sanction", "arrest")) and not _closing_spell(tok, verb)):
        # ("announced the arrest of X on Monday"; "ended three days of talks on Monday": the talks' last day)
        # "announced sanctions", "announced asset freezes and travel bans" (the parser's clause or conjunct)
        scopes.append(table.below(verb.i, _DATE_DEPS) - own)
    if verb is not None and verb.i != tok.i and verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB" \
            and verb.head.lemma_ in ("agree", "decide", "vote", "move") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):  # "agreed on Friday to keep sanctions"
        scopes.append(table.below(verb.head.i, _DATE_DEPS) - own)
    if verb is not None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.lemma_ == "follow" \
            and verb.head.pos_ == "VERB":  # "Canada followed within hours, announcing sanctions of its own"
        scopes.append(table.below(verb.head.i, _DATE_DEPS) - own)
    if verb is not None and verb.i != tok.i and verb.dep_ == "relcl" and verb.head.ent_type_ == "DATE":
        # "since March 2023, when A and B backed the plan during talks in Ohrid": the date the clause hangs from
        scopes.append(set(table.subtree(verb.head.i) - table.subtree(verb.i)))
    clause = _outer_clause(verb) if verb is not None and (verb.i == tok.i or trigger_type(verb) is None) else None
    if clause is not None:
        outer = clause.head
        below = table.below(outer.i, _DATE_DEPS, skip=clause.i)
        scopes.append(below if caught_when(clause, outer) else _Coarse(below))
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and verb is not None and verb.i == tok.head.i \
            and group(trigger_type(tok) or "") == "violence":
        # "A roadside bomb hit a convoy carrying X near Quetta on Tuesday": the date hangs deeper in the clause
        scopes.append(_outside_clauses(table, verb.i, ("dobj", "prep")) - own)
    if tok.pos_ == "NOUN" and tok.lower_ in ("talks", "negotiations", "consultations", "meeting", "summit"):
        # "two days of talks in Almaty, between A and B, which ended on Thursday" (the clause hung on B)
        sent_end = next((t.i for t in tok.doc[tok.i:] if t.is_sent_end), len(tok.doc) - 1)
        scopes.append({x.i for t in tok.doc[tok.i + 1:sent_end + 1] if t.dep_ == "relcl"
                       and t.lemma_ in ("end", "conclude", "begin", "start", "open", "close", "wrap")
                       and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in t.children)
                       for x in t.subtree})
    if tok.pos_ != "VERB" and tok.lower_ != "custody" and measures_in_force(tok) is None:
        # "said … backed the takeover": the saying's date is not the takeover's (but "said on Friday X was in
        # custody": held by then; "announced on Tuesday that X was subject to an asset freeze": in force then)
        return scopes
    speech = verb if verb is not None else tok
    for _ in range(3):
        if speech.dep_ == "ccomp" and speech.head.lemma_ in _SPEECH:
            scopes.append(table.below(speech.head.i, _DATE_DEPS))
            said = speech.head
            if said.dep_ == "conj" and said.head.pos_ == "VERB" and not any(  # "summoned X on Wednesday and
                    c.dep_ in ("nsubj", "nsubjpass") for c in said.children):  # informed him that …": one sitting
                scopes.append(table.below(said.head.i, _DATE_DEPS))
            break
        if speech.head == speech:
            break
        speech = speech.head
    return scopes

# Verbs whose date is their own act, not the event they govern: "detained X over the bombing",
# "charged X with hacking", "suspended the talks on Friday".
OWN_TIME = {"charge", "accuse", "blame", "sanction", "suspect", "suspend", "halt", "freeze", "end", "cancel",
             "abandon", "quit", "withdraw", "cite", "condemn", "deny", "investigate", "mark",
             "commemorate", "announce", "welcome", "back", "praise", "recognise", "recognize", "reject",
             "claim", "discuss", "respond", "react", "avenge", "vow", "mourn", "probe",
             "convict", "sentence", "acquit", "indict", "prosecute", "try", "jail", "extradite", "fine"}


def _own_time(verb) -> bool:
    return verb.lemma_ in OWN_TIME or trigger_type(verb) is not None


def _after_mark(tok) -> bool:
    return any(c.dep_ in ("mark", "prep") and c.lower_ in ("after", "before") for c in tok.children) or (
        tok.dep_ == "pobj" and tok.head.lower_ in ("after", "before"))


@lru_cache(maxsize=4096)
def _relative_form(text: str):
    """How a date phrase counts from the event told before ("same day", "the following month", "two weeks
    later", "hours later", "days later"), or None for a date of its own."""
    if re.search(r"\bsame (day|evening|morning|night|afternoon)\b", text, re.I):
        return "day"
    if _NEXT_DAY.search(text):
        return "next"
    if _THAT_YEAR.search(text):
        return "year"
    if _THAT_MONTH.search(text):
        return ("plus", 0, "month")  # "Later that same month, a prosecutor was shot": another event
    following = _FOLLOWING.match(text.strip())
    if following:  # "The following month, a drone strike killed X": a month after the event told before
        unit = following.group(1).lower()
        return ("plus", 7, "day") if unit == "week" else ("plus", 12 if unit == "year" else 1, "month")
    later = _N_LATER.match(text.strip())
    if later and _NUM.get(later.group(1).lower()):  # "Two months later": counted from the event told before
        n, unit = _NUM[later.group(1).lower()], later.group(2).lower().rstrip("s")
        if unit in ("month", "year"):
            return ("plus", n * (12 if unit == "year" else 1), "month")
        return ("plus", n * (7 if unit == "week" else 1), "day")
    if _HOURS_LATER.search(text):
        return "day"
    if _DAYS_LATER.search(text):
        return "month"
    return None


def _date_in_scope(builder, scope: set[int], published):
    """(ISO date, "same" flag) from DATE entities in ``scope``, else from bare weekday/month words. A date
    written out wins over a relative one in the same scope ("A week later, on September 9, …")."""
    deferred = None
    for ent, root, text in builder.date_roots():
        if root not in scope:
            continue
        if "old" in text or RELATIVE.match(text.strip()):
            continue
        if _SPAN.search(text):
            return None, False  # "between 2015 and 2020": a period of many acts, not one event's date
        relative = _relative_form(text)
        if relative is not None:
            deferred = deferred or (None, relative)
            continue
        iso = _resolve_ent(builder, ent, published)
        if iso:
            return iso, False
    if deferred:
        return deferred
    for t in builder.tokens(_ANAPHOR_WORDS):  # "the following day", "Days later" the NER did not tag as a date
        if t.i not in scope:
            continue
        if t.lower_ == "later" and any(c.lower_ in ("hours", "minutes", "moments") for c in (*t.children, t.head)):
            return None, "day"
        if t.lower_ == "hours" and t.dep_ == "pobj" and t.head.lower_ == "within" and not any(
                c.like_num for c in t.children):  # "was arrested within hours" (not "to leave within 72 hours": a
            return None, "hours"  # deadline, no time of the act)
        if t.lower_ == "later" and any(c.lower_ in ("days", "weeks") for c in (*t.children, t.head)):
            return None, "month"
        if t.dep_ in ("npadvmod", "pobj") and any(c.dep_ == "amod" and c.lower_ in ("following", "next")
                                                  for c in t.children):
            return None, "next"
    for i in builder.date_words():
        if i not in scope:
            continue
        t = builder.doc[i]
        phrase = builder.doc[t.left_edge.i:t.right_edge.i + 1].text if t.dep_ != "ROOT" else t.text
        iso = dates.resolve(phrase, published) or dates.resolve(t.text, published)
        if iso:
            return iso, False
    return None, False


_BARE_MONTH = re.compile(r"^(?:in |early |late |mid-)?(" + "|".join(dates.MONTHS) + r")$", re.I)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_MONTH_WORD = re.compile(r"\b(" + "|".join(dates.MONTHS) + r")\b", re.I)


def _resolve_ent(builder, ent, published) -> str | None:
    text = _TERM.sub("", ent.text)  # "in March to 15 years": the NER runs the date into a prison term
    iso = dates.resolve(text, published)
    return _month_in_told_year(builder, ent, iso, published) if iso and _BARE_MONTH.match(text.strip()) else iso


_TERM = re.compile(r"\s+(?:to|for)\s+(?:\d+|\w+)\s+(?:years?|months?|days?)\b.*$", re.I)


def _month_in_told_year(builder, ent, iso: str, published) -> str:
    """"early 2024, when a drone attack killed three soldiers in January": a month with no year of its own
    is in the one year its sentence names, not the latest such month before publication."""
    years = {m.group(0) for other in builder.date_ents() if other.sent == ent.sent and other != ent
             and not _MONTH_WORD.search(other.text) for m in [_YEAR.search(other.text)] if m}  # not "in May 2022"
    if len(years) != 1:
        return iso
    dated = f"{next(iter(years))}{iso[4:]}"
    return dated if not published or dated <= published else iso


_ANAPHOR_WORDS = frozenset({"day", "morning", "evening", "night", "later", "hours"})
_NEXT_DAY = re.compile(r"\b(the )?(following|next) (day|morning|evening|night)\b|\ba day later\b", re.I)
_THAT_MONTH = re.compile(r"\blater (that|the same|that same) month\b", re.I)
_N_LATER = re.compile(r"^(\w+) (days?|weeks?|months?|years?) later$", re.I)
_FOLLOWING = re.compile(r"^(?:the )?(?:following|next) (week|month|year)$", re.I)
_DAYS_LATER = re.compile(r"^(days|weeks|a few days|several days|a week|two weeks) later$", re.I)
_HOURS_LATER = re.compile(r"^(hours|minutes|moments|a few hours|several hours) later$", re.I)
_THAT_YEAR = re.compile(r"\b(later|earlier) (that|the same) year\b|\bthat same year\b|\bthe same year\b", re.I)


def _plus(iso: str, n: int, unit: str) -> str | None:
    """``iso`` moved on by ``n`` months (kept as precise as it was) or ``n`` days (a month when not a day)."""
    if unit == "month":
        if len(iso) == 4 and n % 12 == 0:  # "in 2017 … the following year": 2018
            return str(int(iso) + n // 12)
        return dates.shift_months(iso, n) if len(iso) >= 7 else iso
    return dates.shift(iso, n) if len(iso) == 10 else iso[:7]


def previous_day(builder, tok, published, kind="day") -> str | None:
    """"the same day": the last day-precise date written before ``tok``; "the following day" the day after
    it; "later that year" the year of the last date written before; "days later" its month."""
    coarse = None
    for ent in reversed(builder.date_ents()):
        if ent.end > tok.i or "same" in ent.text.lower() or _NEXT_DAY.search(ent.text) or _THAT_YEAR.search(
                ent.text) or _DAYS_LATER.search(ent.text) or _HOURS_LATER.search(ent.text) or _N_LATER.match(
                ent.text.strip()) or _THAT_MONTH.search(ent.text) or _FOLLOWING.match(ent.text.strip()):
            continue
        iso = _resolve_ent(builder, ent, published)
        if iso and isinstance(kind, tuple):
            return _plus(iso, kind[1], kind[2])
        if iso and kind == "year":
            return iso[:4]
        if iso and kind == "month":  # "days later": the month of the event told before, the day unknown
            return iso[:7] if len(iso) >= 7 else None
        if iso and kind == "hours":
            return iso  # "arrested within hours" of a day (or of a coup told as "in June 2024"): that date, as told
        if iso and len(iso) == 10:
            return iso if kind == "day" else dates.shift(iso, 1)
        if iso and kind == "day" and coarse is None:
            coarse = iso
    return coarse


def _inside_after_phrase(tok):
    """"two days after an engineer at a firm that builds sonar was arrested": the parser may hang the verb
    deep inside the "after" phrase's noun; that noun (the object of "after") stands for the clause. The
    trigger itself when no such phrase is above it."""
    t = tok
    for _ in range(6):
        if t.dep_ == "pobj" and t.head.lower_ in ("after", "before") and t is not tok and any(
                c.dep_ == "npadvmod" for c in t.head.children):  # (only a counted "N days after")
            return t
        if t.head.i == t.i or t.dep_ == "ROOT":
            break
        t = t.head
    return tok


def _relative(builder, tok) -> tuple[int, int, str] | None:
    """"met a day after …" / "came a day after delegations met", "two months after X led a mutiny":
    (anchor verb, amount from it, "day" or "month"; years count as twelve months)."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and _after_mark(tok.head):  # "a day after X held talks"
        tok = tok.head
    if not _after_mark(tok):
        tok = _inside_after_phrase(tok)
        if tok is None or not _after_mark(tok):
            return _measured_from_clause(tok)
    clause = tok if tok.pos_ == "VERB" else tok.head
    head = clause.head if clause.dep_ in ("advcl", "prep") else None
    if tok.dep_ == "pobj":
        head = tok.head.head
    if head is None:
        return None
    after = any(c.lower_ == "after" for c in [*clause.children, tok.head])
    near = {clause.i, head.i, tok.i} | {c.i for c in clause.children if c.dep_ == "mark" and c.lower_ in (
        "after", "before")}  # ("four days" may hang on the "after" that opens the clause)
    for ent in builder.date_ents():
        m = RELATIVE.match(ent.text.strip())
        if m and ent.root.head.i in near:
            n = _NUM.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 1)
            unit = m.group(2).lower().rstrip("s")
            n *= {"week": 7, "year": 12}.get(unit, 1)
            return head.i, (-n if after else n), ("month" if unit in ("month", "year") else "day")
    for c in clause.children:  # "Hours after the talks ended": the same day as the talks
        if c.dep_ in ("npadvmod", "advmod") and c.lower_ in ("hours", "minutes", "moments", "shortly") \
                and c.i < clause.i and any(x.lower_ == "after" for x in (*clause.children, *c.children)):
            return head.i, 0, "day"
    for c in clause.children:  # "a day after soldiers seized …" with no DATE entity on "a day"
        if c.dep_ == "npadvmod" and c.lemma_ in ("day", "week", "month", "year") and c.i < clause.i:
            amount = next((q for q in c.children if q.dep_ in ("det", "nummod")), None)
            n = _NUM.get(amount.lower_) if amount is not None else None
            if n:
                n *= {"week": 7, "year": 12}.get(c.lemma_, 1)
                return head.i, (-n if after else n), ("month" if c.lemma_ in ("month", "year") else "day")
    return None


_SOON = ("hours", "minutes", "moments", "shortly")


def _event_named(prep):
    """The event trigger an "after"/"before" phrase names ("after the shooting"), if it names one and no date."""
    if prep.dep_ != "prep" or prep.lower_ not in ("after", "before") or any(t.ent_type_ == "DATE" for t in prep.subtree):
        return None
    return next((p for p in prep.children if p.dep_ == "pobj" and trigger_type(p) is not None), None)


def _hours_after_event(verb) -> tuple[int, int, str] | None:
    """"Hours after the shooting, a bomb tore through …": the same day as the event the phrase names, whether
    the parser hangs "Hours" on the phrase or the phrase on "Hours"."""
    soon = [a for a in verb.children if a.dep_ in ("npadvmod", "advmod") and a.lower_ in _SOON]
    for c in verb.children:
        if _event_named(c) is not None and any(a.dep_ in ("npadvmod", "advmod") and a.lower_ in _SOON
                                               for a in c.children):
            return _event_named(c).i, 0, "day"
    for c in (c for a in soon for c in a.children):
        if _event_named(c) is not None:
            return _event_named(c).i, 0, "day"
    return None


def _measured_from_clause(tok) -> tuple[int, int, str] | None:
    """"Hours after the talks ended, a drone strike killed two people": the event is dated from the clause
    it is measured against (its own clause's "after …" with "hours", "a day", "two days" before it)."""
    verb = tok if tok.pos_ == "VERB" else (tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None)
    soon = _hours_after_event(verb) if verb is not None and verb.pos_ == "VERB" else None
    if soon:
        return soon
    if verb is None or verb.pos_ != "VERB" or (verb is not tok and trigger_type(verb) is None):
        return None  # "the attack came a day after X met": the told attack dates the meeting, not the reverse
    for c in verb.children:
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in ("after", "before")), None)
        if c.dep_ != "advcl" or mark is None:
            continue
        n = None
        for a in verb.children:
            if a.dep_ in ("npadvmod", "advmod") and a.i < c.i:
                if a.lower_ in ("hours", "minutes", "moments", "shortly"):
                    n = 0
                elif a.lemma_ in ("day", "week"):
                    q = next((x for x in a.children if x.dep_ in ("det", "nummod")), None)
                    n = _NUM.get(q.lower_) if q is not None else None
                    n = n * 7 if n and a.lemma_ == "week" else n
        if n is not None:
            return c.i, (n if mark.lower_ == "after" else -n), "day"
    return None


class _Coarse(set):
    """A scope whose date counts only at month or year precision (see ``_outer_clause``)."""


def caught_when(clause, outer) -> bool:
    """"X was leaving a gym on Tuesday when a gunman opened fire", "was being driven home when …", "was hit in
    the chest when two men fired": a "when" clause on one telling what someone was doing (or what hit them)
    happened at that very time - the day counts, not only the month, and that someone was caught in it."""
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in clause.children):
        return False
    kids = list(outer.children)
    doing = outer.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids)
    return doing or any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids) or (
        outer.lemma_ in HURT and any(c.dep_ == "nsubjpass" for c in kids))


HURT = {"hit", "strike", "wound", "injure", "stab", "shoot"}  # what an attack did to the one it caught


def _outer_clause(verb):
    """"In October 2025 the two sides fought …, before Qatar brokered a ceasefire during talks in Doha":
    a clause joined by "before", "after", "until" or "when" happened in the same month or year as the
    clause it hangs from (not on the same day). Returns that joined clause (its head is the outer one)."""
    while verb is not None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(
            c.dep_ in ("mark", "npadvmod") for c in verb.children):  # (not "… and a day after X blacklisted Y")
        verb = verb.head  # "when two men pulled alongside and opened fire": the "when" is on the first verb
    if verb is None or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("before", "after", "until", "when") for c in verb.children):
        return None
    return verb


def resolve_date(builder, tok, published: str | None):
    """(ISO date, relative anchor, same-as-previous flag, weak flag) for a trigger."""
    rel = _relative(builder, tok)
    scopes = _scopes(builder, tok)
    first_since = _first_time_since(builder, tok)
    if first_since:  # "met face to face for the first time since April": April is the meeting before
        scopes = [(_Coarse(sc - first_since) if isinstance(sc, _Coarse) else sc - first_since) for sc in scopes]
    inner = _after_clause(builder, tok, rel[0]) if rel is not None else None
    if inner:  # "arrested two men on Thursday, a day after the US imposed sanctions": the day outside the
        # "after" clause is the anchor's, the one this event is counted back from
        scopes = [(_Coarse(sc & inner) if isinstance(sc, _Coarse) else sc & inner) for sc in scopes]
    for k, scope in enumerate(scopes):
        iso, same = _date_in_scope(builder, scope, published)
        if isinstance(scope, _Coarse) and (same or (iso and len(iso) == 10)) and trigger_type(tok) != "sanction":
            continue  # (a sanction announced on a day is in force from that day: "announced on Tuesday that X …")
        if iso or same:
            return iso, rel, same, k == len(scopes) - 1 and k >= 1 and _speech_scoped(tok)
    return None, rel, False, False


def _after_clause(builder, tok, anchor: int) -> set[int] | None:
    """The tokens of the clause that holds ``tok`` and hangs on ``anchor`` (the "a day after …" clause), or
    None when ``tok`` is not below the anchor."""
    clause = tok
    while clause.head.i != anchor:
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    return set(builder.table.subtree(clause.i))


def _first_time_since(builder, tok) -> set[int]:
    """Tokens of "(for the first time) since X", "the fourth round since X", "the worst attack since X" in the
    trigger's sentence: X dates an earlier occasion, or the start of a count, never this one."""
    table = builder.table  # (the word index, not a walk over the sentence: every trigger's date asks this)
    out = set()
    doc = builder.doc
    for t in builder.tokens(("since",), builder.sentence(tok)):
        head = table.heads[t.i]
        if table.deps[t.i] == "mark" and table.deps[head] in ("advcl", "acl") and doc[table.heads[head]].pos_ == "NOUN":
            t = doc[head]  # "the fourth round since the two sides agreed in 2019 to …": the whole clause
        elif not (table.deps[t.i] == "prep" and (table.lowers[head] == "time" or doc[head].pos_ == "NOUN")):
            continue
        span = set(table.subtree(t.i))
        if tok.i not in span:  # (the occasion told inside: "since the strike in January 2020")
            out |= span
    return out


def _speech_scoped(tok) -> bool:
    """The last scope of a verb trigger is its speaker's when it is reported speech."""
    t = tok
    for _ in range(3):
        if t.dep_ == "ccomp" and t.head.lemma_ in _SPEECH:
            return True
        if t.head == t:
            return False
        t = t.head
    return False


def apply_relative(builder, mentions: list[EventMention], events: list[list[EventMention]]) -> None:
    """"a day after": date an event from the clause it is measured against, once merging dated it."""
    ev_of = {id(m): ev for ev in events for m in ev}
    by_tok = {m.tok.i: m for m in mentions}
    published = builder.article.published
    for m in mentions:
        if m.relative is None or any(x.date for x in ev_of[id(m)]):
            m.relative = None  # dated by its event: free to merge on the second pass
            continue
        anchor_i, amount, unit = m.relative
        anchor = builder.doc[anchor_i]
        base, _same = _date_in_scope(builder, builder.table.below(anchor.i, _DATE_DEPS), published)
        if base is None:
            subj = [anchor] + [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
            other = next((by_tok[t.i] for t in subj if t.i in by_tok), None)
            if other is not None:
                base = next((x.date for x in ev_of[id(other)] if x.date), None) or _told_before(
                    mentions, other, ev_of)
            elif anchor.lemma_ == "come" and any(s.dep_ == "nsubj" and s.pos_ == "NOUN" for s in subj):
                base = lede_day(builder, sorted(mentions, key=lambda m: m.tok.i), published, 2)  # "Canada's
                # announcement came a day after …": the story's own act, of the lede's day
        if base and len(base) == 10:
            m.date = dates.shift(base, amount) if unit == "day" else dates.shift_months(base, amount)
        m.relative = None  # tried once; undated, it merges like any undated mention on the second pass


def _told_before(mentions: list[EventMention], other: EventMention, ev_of: dict) -> str | None:
    """"The massacre came four days after X imposed sanctions": "the massacre", undated here, is the massacre
    told earlier, dated where that telling was merged with its day."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in other.tok.children):
        return None
    return next((x.date for m in mentions if m.tok.i < other.tok.i and m.tok.lemma_ == other.tok.lemma_
                 for x in ev_of[id(m)] if x.date and len(x.date) == 10), None)


def lede_day(builder, mentions: list[EventMention], published: str | None, sentences: int = 1) -> str | None:
    """The day the lede tells: the first fully dated event of its first ``sentences`` sentences (the day may
    come in the second: "The measures, announced on Wednesday, …"), else the day its main clause carries."""
    sents = builder.sents()
    if not sents:
        return None
    told = sents[min(sentences, len(sents)) - 1].end
    day = next((m.date for m in mentions if m.tok.i < told and m.date and len(m.date) == 10), None)
    if day is None:
        day = resolve_date(builder, sents[0].root, published)[0]
    return day if day and len(day) == 10 else None
