"""Table-driven versions of spaCy's attribute ruler and lemmatizer, giving the same token attributes.

Why: in ``en_core_web_md`` these two components cost about 4 ms per news article, a fifth of the whole
parse, and nearly all of it is per-token Python. The AttributeRuler runs a Matcher over ~180 patterns
whose set-membership and regex predicates are Python callbacks, then builds a Span per match; yet every
pattern of the shipped model tests only a token's tag, lower form, dependency label or whitespace flag,
so an index on those values finds the same matches with a dict lookup per distinct value of the doc (the
tokens grouped by value first), and one ``Doc.from_array`` writes each attribute's last value per token.
The rule lemmatizer's answer depends only on the word, its POS and its morphology, but spaCy keeps no memo
for base forms (most nouns and verbs), so a table keyed on those three values answers nearly every token
without calling the rules again.

Matches are applied in spaCy's order (pattern id, then start), so a later pattern still overrides an
earlier one on the same token. A ruler holding a pattern the index cannot read (an operator such as
``OP``, another attribute or predicate) keeps spaCy's own matching; so does a lemmatizer in a mode other
than "rule" or "lookup". ``tests/test_table_components.py`` compares the attributes with spaCy's
components on the fixture and example articles.
"""
from __future__ import annotations

import re
import warnings

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, EntityRuler

# pattern keys the index reads, each a column of the doc array (in this order)
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3, "ORTH": 4}
_READ = [TAG, LOWER, DEP, IS_SPACE, ORTH]
# attributes the matches may set, written back through Doc.from_array
_WRITABLE = (POS, TAG, MORPH, LEMMA, DEP)


class _Unsupported(Exception):
    """A pattern the index cannot read: the ruler keeps spaCy's Matcher."""


def _test(strings, key: str, value):
    """One token test as (column, kind, operand), values hashed as the Matcher hashes them."""
    if key not in _COLUMNS:
        raise _Unsupported(key)
    col = _COLUMNS[key]
    if key == "IS_SPACE":
        if not isinstance(value, bool):
            raise _Unsupported(value)
        return col, "eq", int(value)
    if isinstance(value, str):
        return col, "eq", strings.add(value)
    if isinstance(value, dict) and len(value) == 1:
        (op, operand), = value.items()
        if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in operand):
            return col, op, frozenset(strings.add(v) for v in operand)
        if op == "REGEX" and isinstance(operand, str):
            return col, op, re.compile(operand)
    raise _Unsupported(value)


def _token_spec(strings, spec: dict) -> tuple:
    if not spec or any(k in ("OP", "_") for k in spec):
        raise _Unsupported(spec)
    return tuple(_test(strings, k.upper(), v) for k, v in spec.items())


def _passes(strings, memo: dict, row, tests) -> bool:
    for col, kind, operand in tests:
        value = row[col]
        if kind == "eq":
            if value != operand:
                return False
        elif kind == "IN":
            if value not in operand:
                return False
        elif kind == "NOT_IN":
            if value in operand:
                return False
        else:  # REGEX, on the string as the Matcher reads it (a word's answer never changes: memoised)
            key = (operand, value)
            hit = memo.get(key)
            if hit is None:
                hit = memo[key] = operand.search(strings[value]) is not None
            if not hit:
                return False
    return True


def _follows(strings, memo: dict, rows, start: int, rest) -> bool:
    """The tokens after the first pass the pattern's later tests (and the doc is long enough)."""
    if start + len(rest) >= len(rows):
        return False
    return all(_passes(strings, memo, rows[start + 1 + k], tests) for k, tests in enumerate(rest))


# columns a first token is filed under, most selective first
_INDEX_ORDER = [_COLUMNS[k] for k in ("LOWER", "ORTH", "TAG", "DEP", "IS_SPACE")]


def _filed(tests) -> tuple:
    """The column a pattern's first token is filed under (None: tried on every token), the values it is
    filed under, and the tests left to run on that token."""
    for col in _INDEX_ORDER:
        for k, (c, kind, operand) in enumerate(tests):
            if c == col and kind in ("eq", "IN"):
                return col, ([operand] if kind == "eq" else sorted(operand)), tests[:k] + tests[k + 1:]
    return None, [], tests


def _groups(values) -> dict[int, list[int]]:
    """Token positions (in order) by value of one column, so that a pattern filed under a value is tried once
    per distinct value of the doc, not once per token."""
    return positions_by_value(values.tolist())


def positions_by_value(values) -> dict:
    """Positions (in order) of each value in ``values``: one pass, and no empty list made per position, as
    ``setdefault`` would (the token-table indexes read it too)."""
    out: dict = {}
    for i, v in enumerate(values):
        same = out.get(v)
        if same is None:
            out[v] = [i]
        else:
            same.append(i)
    return out


def _where(values, keys) -> dict[int, list[int]]:
    """Token positions by value, for only the few values ``keys`` (one numpy scan each)."""
    return {key: at for key in keys if (at := np.flatnonzero(values == key).tolist())}


def _one_column(tests) -> int | None:
    """The column all of a token's tests read, if they read only one (their answer is then the value's)."""
    cols = {col for col, _, _ in tests}
    return cols.pop() if len(cols) == 1 else None


_FEW = 8  # an index of this many values or fewer is looked up value by value, not by grouping every token


class TableAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with an index in place of the Matcher (same patterns, same results)."""

    _table: tuple | None = None

    def add(self, patterns, attrs, index=0):
        super().add(patterns, attrs, index)
        self._table = None
        self.__dict__.pop("_passing", None)

    def _compiled(self):
        if self._table is None:
            try:
                self._table = self._compile()
            except _Unsupported:
                self._table = ()
        return self._table

    def _compile(self) -> tuple:
        strings, morphology = self.vocab.strings, self.vocab.morphology
        filed: list[dict[int, list]] = [{} for _ in _COLUMNS]
        everywhere: list = []
        sets: list[dict[int, int]] = []
        for attr_id, attrs in enumerate(self.attrs):
            if any(a not in _WRITABLE for a in attrs):
                raise _Unsupported(attrs)
            # the normalised morphology hash, as set_token_attrs stores it
            sets.append({a: (morphology.add(strings[v]) if a == MORPH else v) for a, v in attrs.items()})
            for pattern in self.matcher.get(str(attr_id))[1]:
                specs = [_token_spec(strings, spec) for spec in pattern]
                col, values, first = _filed(specs[0])
                entry = (attr_id, len(specs), first, tuple(specs[1:]))
                if col is None:
                    everywhere.append(entry)
                for v in values:
                    filed[col].setdefault(v, []).append(entry)
        columns = tuple((col, index) for col, index in enumerate(filed) if index)
        return columns, tuple(everywhere), sets

    def _hits(self, doc, table) -> list[tuple[int, list[int], int]]:
        """(attr_id, starts, length) of every match: the filed patterns by the doc's distinct values of their
        column, a pattern's other tests only on the tokens that have the value."""
        columns, everywhere, _ = table
        array = doc.to_array(_READ)
        strings, memo = self.vocab.strings, self.__dict__.setdefault("_regex_memo", {})
        groups: dict[int, dict[int, list[int]]] = {}
        rows: list = []  # the rows as lists, made when a pattern tests more than its filed value

        def grouped(col: int) -> dict[int, list[int]]:
            if col not in groups:
                groups[col] = _groups(array[:, col])
            return groups[col]

        hits = []
        for col, index in columns:
            found = _where(array[:, col], index) if len(index) <= _FEW else grouped(col)
            for value, at in found.items():
                for attr_id, length, first, rest in index.get(value, ()):
                    if not first and not rest:
                        hits.append((attr_id, at, length))
                        continue
                    rows = rows or array.tolist()
                    hits.append((attr_id, [s for s in at if (not first or _passes(strings, memo, rows[s], first))
                                           and (not rest or _follows(strings, memo, rows, s, rest))], length))
        for entry in everywhere:
            rows = rows or array.tolist()
            hits.append((entry[0], self._everywhere(entry, rows, grouped), entry[1]))
        return hits

    def _everywhere(self, entry, rows, grouped) -> list[int]:
        """Starts of a pattern filed under no value (a regex): one whose first token's tests read one column is
        tested once per value in the process, and the doc's values are picked by set operations."""
        strings, memo = self.vocab.strings, self.__dict__["_regex_memo"]
        _, _, first, rest = entry
        col = _one_column(first)
        if col is None:
            at = [s for s in range(len(rows)) if _passes(strings, memo, rows[s], first)]
        else:
            by_value = grouped(col)
            passing, seen = self.__dict__.setdefault("_passing", {}).setdefault(entry, (set(), set()))
            for value in by_value.keys() - seen:
                if _passes(strings, memo, rows[by_value[value][0]], first):
                    passing.add(value)
                seen.add(value)
            at = sorted(s for value in by_value.keys() & passing for s in by_value[value])
        return [s for s in at if not rest or _follows(strings, memo, rows, s, rest)]

    def match(self, doc):
        table = self._compiled()
        if not table:
            return super().match(doc)
        strings = self.vocab.strings
        found = {(attr_id, s, s + length) for attr_id, at, length in self._hits(doc, table) for s in at}
        return sorted((attr_id, strings[str(attr_id)], s, e) for attr_id, s, e in found)

    def __call__(self, doc):
        """spaCy's match-then-set, without the list of matches between: each attribute's final value per token
        is gathered (a later pattern overriding an earlier one) and written with one ``Doc.from_array``."""
        table = self._compiled()
        if not table:
            return super().__call__(doc)
        try:
            self._write(doc, self._hits(doc, table), table[2])
            return doc
        except Exception as e:  # as spaCy's own __call__
            return self.get_error_handler()(self.name, self, [doc], e)

    def _write(self, doc, hits, sets) -> None:
        at_parts: dict[int, list] = {}  # attribute -> token positions, then their values, in pattern order
        value_parts: dict[int, list] = {}
        for attr_id, at, length in sorted(hits, key=lambda h: h[0]):  # (stable) in pattern order: later wins
            if not at:
                continue
            index = self.indices[attr_id]
            offset = index if index >= 0 else length + index
            if not 0 <= offset < length:
                return self.set_annotations(doc, self.match(doc))  # spaCy raises its own error for this
            tokens = at if offset == 0 else [s + offset for s in at]
            for a, v in sets[attr_id].items():
                at_parts.setdefault(a, []).extend(tokens)
                value_parts.setdefault(a, []).extend([v] * len(tokens))
        if not at_parts:
            return
        columns = sorted(at_parts)
        values = doc.to_array(columns)
        for k, a in enumerate(columns):
            # the last value written to a token wins: its first occurrence in the reversed lists
            tokens, last = np.unique(np.array(at_parts[a][::-1]), return_index=True)
            values[tokens, k] = np.array(value_parts[a][::-1], dtype=values.dtype)[last]
        doc.from_array(columns, values)

    def set_annotations(self, doc, matches):
        table = self._compiled()
        if not table:
            return super().set_annotations(doc, matches)
        sets = table[2]
        columns = sorted({a for attr_id, *_ in matches for a in sets[attr_id]})
        if not columns:
            return
        values = doc.to_array(columns)
        where = {a: k for k, a in enumerate(columns)}
        for attr_id, _, start, end in matches:  # sorted: a later pattern overrides an earlier one
            index = self.indices[attr_id]
            i = start + index if index >= 0 else end + index
            if not start <= i < end:
                return super().set_annotations(doc, matches)  # spaCy raises its own error for this
            for a, v in sets[attr_id].items():
                values[i, where[a]] = v
        doc.from_array(columns, values)


class _TableLemmas:
    """Mixed into the lemmatizer's own class: one table keyed on (orth, POS, morphology)."""

    def __call__(self, doc):
        if self.mode not in ("rule", "lookup"):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        table, strings = self.__dict__.setdefault("_lemma_table", {}), self.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        out, changed = rows[:, 3].copy(), False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            value = table.get(key)
            if value is None:
                value = table[key] = strings.add(self.lemmatize(doc[i])[0])
            out[i], changed = value, True
        if changed:
            doc.from_array([LEMMA], out)
        return doc


class AnchoredEntityRuler(EntityRuler):
    """spaCy's EntityRuler whose token patterns run only on the docs that hold the words they need.

    Why: the Matcher pays a Python call per token for each set or regex test of a pattern (our well-known
    bodies' plural-possessive names test every token twice), yet a pattern with a required token of fixed
    ORTH or LOWER ("'", "led", "Unit") cannot match a doc without that word. Each doc is matched by a
    Matcher holding only the patterns whose words it has, in their order (one Matcher per such set, made
    once): the same matches, in the same order, as the patterns left out match nothing there.
    """

    def match(self, doc):
        plan = self._plan()
        if plan is None:
            return super().match(doc)
        self._require_patterns()
        matcher = self._matcher_for(plan, _present(doc, plan[2]))
        with warnings.catch_warnings():  # (as spaCy's own match)
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = (list(matcher(doc)) if matcher is not None else []) + list(self.phrase_matcher(doc))
        final_matches = set([(m_id, start, end) for m_id, start, end in matches if start != end])
        return sorted(final_matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def _plan(self):
        """(label, [(pattern, the (column, value) sets it needs)], every needed value), remade when the
        patterns change; None for token patterns under several labels (their order across labels is not kept
        here: spaCy's own Matcher is used)."""
        key = tuple((label, len(patterns)) for label, patterns in self.token_patterns.items())
        cached = self.__dict__.get("_anchor_plan")
        if cached is not None and cached[0] == key:
            return cached[1]
        plan = None
        if len(self.token_patterns) == 1:
            (label, patterns), = self.token_patterns.items()
            strings = self.nlp.vocab.strings
            needs = [(pattern, _needs(strings, pattern)) for pattern in patterns]
            values = np.array(sorted({v for _, need in needs for options in need for _, v in options}), dtype="uint64")
            plan = (label, needs, values)
        self.__dict__["_anchor_plan"] = (key, plan)
        self.__dict__["_anchored_matchers"] = {}
        return plan

    def _matcher_for(self, plan, present: set) -> Matcher | None:
        label, needs, _ = plan
        active = tuple(k for k, (_, need) in enumerate(needs) if all(options & present for options in need))
        made = self.__dict__["_anchored_matchers"]
        if active not in made:
            matcher = None
            if active:
                matcher = Matcher(self.nlp.vocab)
                matcher.add(label, [needs[k][0] for k in active])
            made[active] = matcher
        return made[active]


_ANCHOR_COLUMNS = {"ORTH": 0, "TEXT": 0, "LOWER": 1}


def _needs(strings, pattern: list[dict]) -> list[frozenset]:
    """For each token a pattern must match (no operator, or "+") whose ORTH or LOWER is fixed: the
    (column, value hash) pairs that token can be."""
    out = []
    for spec in pattern:
        if spec.get("OP", "+") != "+":
            continue
        for key, value in spec.items():
            col = _ANCHOR_COLUMNS.get(key.upper())
            if col is None:
                continue
            if isinstance(value, str):
                out.append(frozenset({(col, strings.add(value))}))
            elif isinstance(value, dict) and list(value) == ["IN"]:
                out.append(frozenset((col, strings.add(v)) for v in value["IN"]))
    return out


def _present(doc, values) -> set:
    """The (column, value) pairs of the doc's ORTH and LOWER columns among ``values``."""
    array = doc.to_array([ORTH, LOWER])
    hits = np.isin(array, values)  # (a doc holds few of the needed words: only those become Python ints)
    return {(col, v) for col in (0, 1) for v in array[hits[:, col], col].tolist()}


def speed_up(nlp) -> None:
    """Swap in the table versions of the pipeline's attribute ruler and lemmatizer, keeping their
    patterns and lookup tables, and the anchored version of its entity rulers (a no-op for components
    that are not spaCy's own)."""
    for name in nlp.pipe_names:
        component = nlp.get_pipe(name)
        if type(component) is AttributeRuler:
            component.__class__ = TableAttributeRuler
        elif type(component) is EntityRuler:
            component.__class__ = AnchoredEntityRuler
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        cls = type(lemmatizer)
        if not issubclass(cls, _TableLemmas) and hasattr(lemmatizer, "rule_lemmatize"):
            lemmatizer.__class__ = type("Table" + cls.__name__, (_TableLemmas, cls), {})
