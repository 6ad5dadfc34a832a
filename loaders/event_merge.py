"""One node per real event: merging mentions of the same event.

Mentions merge when their type group agrees, their dates are compatible (a
report's weak date yields to the event's own), and they share an actor in the
same role or a place, or one hangs from the other in the parse; an undated
"the attack" is the story's latest event of its kind, an indefinite "a rocket
attack" starts a new one.
"""
from __future__ import annotations

from datetime import date

from .actors import indefinite
from .event_triggers import SPECIFIC, EventMention, group, other_family, talks_family
from .nlp import table_of


# merging -------------------------------------------------------------------------------
def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


class _Parse:
    """Answers read off the parse during one merge, each asked once: every mention is fitted against every
    event, and the same pair of triggers is tested for a link several times (``Token.sent`` and
    ``Token.head`` walk and build objects on every read)."""

    def __init__(self, published: str | None = None):
        self._links: dict[tuple[int, int], bool] = {}
        self._lede: dict[int, bool] = {}
        self.year = int(published[:4]) if published else None

    def linked(self, a, b) -> bool:
        key = (a.i, b.i)
        if key not in self._links:
            self._links[key] = _linked(a, b)
        return self._links[key]

    def opens_story(self, tok) -> bool:
        """In the first sentence of the parse."""
        if tok.i not in self._lede:
            self._lede[tok.i] = tok.i < table_of(tok.doc).lede_end  # (Token.sent builds spans on every read)
        return self._lede[tok.i]


def merge_mentions(mentions: list[EventMention], published: str | None = None) -> list[list[EventMention]]:
    """Group mentions that are one event: same type group, compatible dates, shared actors or place."""
    events: list[list[EventMention]] = []
    parse = _Parse(published)
    for m in sorted(mentions, key=lambda m: (m.date is None, m.weak, m.tok.i)):
        scored = [(sc, idx) for idx, ev in enumerate(events) if (sc := _fit(ev, m, events, parse)) is not None
                  and not _awaits_relative(ev, m, parse)]
        if scored:
            events[max(scored)[1]].append(m)
        else:
            events.append([m])
    return events


def _fit(ev: list[EventMention], m: EventMention, events: list[list[EventMention]],
         parse: _Parse | None = None) -> tuple | None:
    """How well mention ``m`` fits event ``ev`` (higher is better), or None when it cannot be the same."""
    parse = parse if parse is not None else _Parse()
    if group(ev[0].type) != group(m.type) or not _types_agree(ev, m, parse):
        return None
    if m.by and any(x.by and not x.by & m.by for x in ev):
        return None  # Britain's sanctions and the United States' are two acts
    if m.by and m.date is None and not any(x.by for x in ev) and _years_before(
            {x.date for x in ev if x.date}, parse.year):
        return None  # "Britain froze the assets of X" (undated, the story's) is not the listing of 2024 by no one named
    if _other_expeller(ev, m):
        return None  # "Tanzania expelled two diplomats, weeks after Nairobi had sent home five Tanzanians"
    if (m.later or any(x.later for x in ev)) and not {r for x in ev for r in x.roles} & set(m.roles) and not any(
            x.sent == m.sent for x in ev):
        return None  # "Days later X was shot dead": a second event, after the one told before (not its own sentence)
    dates_ = {x.date for x in ev if x.date and not x.weak}
    roles_ev = {r for x in ev for r in x.roles}  # the same actor in the same role
    clash = not all(_compatible(m.date, d) for d in dates_)
    later = m.weak and _reported_later(m, dates_, ev)
    if clash and not (m.weak and roles_ev & set(m.roles) and _within_a_year(m.date, dates_)) and not later:
        return None  # a report's weak date yields only to an event that shares its actors (and is not one of
        # years before: "Norway has ordered a diplomat out, the ministry said on Wednesday" is not its 2023 act)
    places = {x.place for x in ev if x.place}
    shared = bool(roles_ev & set(m.roles)) or (m.place in places if m.place else False)
    same_day = m.date is not None and m.date in dates_ and len(m.date) == 10
    linked = any(parse.linked(x.tok, m.tok) for x in ev)
    nested = any(d.startswith(m.date) or m.date.startswith(d) for d in dates_) if m.date else False
    if not (shared or same_day or linked or m.date is None or nested or later):
        return None
    if m.type == "sanction" and (m.date is None or len(m.date) <= 7) and dates_ and all(len(d) <= 7 for d in dates_) \
            and _own_targets(ev, m) and not linked:
        return None  # "designated X and Y" is not the act "in 2015" that listed someone else, nor is "a week later
        # it sanctioned Y" the January act on X
    if m.dependent and not m.date and not (linked or shared) and abs(min(x.tok.i for x in ev) - m.tok.i) > 80:
        return None  # "X died" belongs to an attack told close by
    if m.date is None and not shared and not linked and indefinite(m.tok) and not _only_one(events, m) \
            and not (parse.opens_story(m.tok) and not any(
                parse.opens_story(x.tok) and group(x.type) == group(m.type) for e in events for x in e)):
        return None  # "a rocket attack" introduces an event; it is not "the attack" told before (but the lede's
        # "a cyber attack" is the story's own, which later sentences date)
    if m.date and len(m.date) < 10 and nested and not (shared or same_day or linked) and indefinite(m.tok):
        return None  # "an air strike earlier this month" is not the attack of the 24th of that month
    if m.date is None and _demonstrative(m.tok):  # "that attack", "this killing": the one just told
        before = [x.tok.i for x in ev if x.tok.i < m.tok.i]
        return (bool(before), shared, -(m.tok.i - max(before)) if before else -len(m.tok.doc))
    # an undated "the attack" is the story's latest event of that kind, not an old one nearby
    recency = max(dates_, default="") if m.date is None and not shared and not m.roles else ""
    if m.date is None and parse.opens_story(m.tok):  # the lede tells the story's own (latest) event, whoever is in it
        return (max(dates_, default=""), shared, same_day, linked, -min(abs(x.tok.i - m.tok.i) for x in ev))
    told_before = m.date is None and any(x.tok.i < m.tok.i for x in ev)  # "the attack" points back, not ahead
    return (shared, same_day, linked, recency, told_before, -min(abs(x.tok.i - m.tok.i) for x in ev))


def _years_before(dates_: set[str], year: int | None) -> bool:
    """Every date is of a year before the one before publication (a story's own acts are this year's or last)."""
    return bool(year and dates_) and all(int(d[:4]) < year - 1 for d in dates_)


def _within_a_year(date: str | None, others: set[str]) -> bool:
    """Every one of ``others`` falls in the year of ``date`` or the year before."""
    return date is None or all(int(d[:4]) >= int(date[:4]) - 1 for d in others)


def _other_expeller(ev: list[EventMention], m: EventMention) -> bool:
    """Expulsions by two different states are two acts (tit for tat), however close they are told."""
    if m.type != "other" or other_family(m.tok) != "expulsion":
        return False
    mine = {a for a, r in m.roles if r == "PERPETRATOR_OF"}
    theirs = {a for x in ev if other_family(x.tok) == "expulsion" for a, r in x.roles if r == "PERPETRATOR_OF"}
    return bool(mine) and bool(theirs) and not mine & theirs


def _own_targets(ev: list[EventMention], m: EventMention) -> bool:
    """Both name whom they target, and no one is in both."""
    mine = {a for a, r in m.roles if r == "TARGET_OF"}
    theirs = {a for x in ev for a, r in x.roles if r == "TARGET_OF"}
    return bool(mine) and bool(theirs) and not mine & theirs


def _awaits_relative(ev: list[EventMention], m: EventMention, parse: _Parse | None = None) -> bool:
    """"a day after soldiers seized the broadcaster", "hours after the talks ended, a strike killed …": a
    mention dated only relative to another clause waits for that date (``apply_relative``) before it may
    join a dated event; an older event of the same kind told elsewhere is not it."""
    parse = parse if parse is not None else _Parse()
    return m.date is None and m.relative is not None and any(x.date for x in ev) and not any(
        parse.linked(x.tok, m.tok) for x in ev)


def _reported_later(m: EventMention, dates_: set[str], ev: list[EventMention]) -> bool:
    """"X have detained two men, the service said on Thursday" … "both were detained on Wednesday": a
    report dated a few days after the same kind of event tells that event, not a second one."""
    if not m.date or len(m.date) != 10 or not dates_ or any(len(d) != 10 for d in dates_):
        return False
    if m.type not in {x.type for x in ev} and m.type != "attack":
        return False  # (a generic "the attack" reported later is the bombing or shooting told before)
    told = date.fromisoformat(m.date)
    return all(0 < (told - date.fromisoformat(d)).days <= 7 for d in dates_)


def _types_agree(ev: list[EventMention], m: EventMention, parse: _Parse | None = None) -> bool:
    """A shooting and a poisoning are two events; a generic "attack" can be either."""
    parse = parse if parse is not None else _Parse()
    kinds = {other_family(x.tok) for x in ev if x.type == "other"} - {None}
    kind = other_family(m.tok) if m.type == "other" else None
    if kind and kinds and kind not in kinds and not any(parse.linked(x.tok, m.tok) and not _conjoined(x.tok, m.tok)
                                                         for x in ev):
        return False  # a diplomat's expulsion and a court's verdict are two events, even told in one sentence
    talks = {talks_family(x.tok) for x in ev} - {None}
    if talks and talks_family(m.tok) and talks_family(m.tok) not in talks and not any(
            parse.linked(x.tok, m.tok) for x in ev):
        return False  # a call between two ministers and an envoy summoned the same day are two events
    specific = {x.type for x in ev if SPECIFIC.get(x.type, 0) >= 2}
    if SPECIFIC.get(m.type, 0) < 2 or not specific or m.type in specific:
        return True
    return any(parse.linked(x.tok, m.tok) for x in ev)


def _conjoined(a, b) -> bool:
    """"X ordered two diplomats out and its minister stepped down": two verbs joined by "and" tell two acts."""
    return a.dep_ == "conj" and a.head == b or b.dep_ == "conj" and b.head == a


def _only_one(events: list[list[EventMention]], m: EventMention) -> bool:
    """The article has exactly one dated event of this type ("he led a coup" = the coup)."""
    same = [ev for ev in events if any(x.type == m.type for x in ev) and any(x.date for x in ev)]
    return len(same) == 1


def _demonstrative(tok) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in tok.children)


def _linked(a, b, hops: int = 2) -> bool:
    """One trigger hangs from the other ("seized power in a 2021 coup"): one event told twice.
    (Walked on the doc table's head indices: ``Token.head`` builds a Token per read.)"""
    heads = table_of(a.doc).heads
    for x, y in ((a.i, b.i), (b.i, a.i)):
        t = x
        for _ in range(hops):
            if heads[t] == t:
                break
            t = heads[t]
            if t == y:
                return True
    return False
